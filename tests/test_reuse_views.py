"""Views of the reuse table on an invented one, answers counted by hand."""

from __future__ import annotations

import pandas as pd

from helpers.analysis.reuse import province_flows, reused_passages, slogan_in_reuse

REUSE = pd.DataFrame(
    [
        # passage p1: written first in 甲省 (2018), copied by two stories of 乙省 and one of 甲省
        ("p1", "r1", "r1", 0, 60, "2018-01-01", "甲省", "A市", "a县", "模板段落一"),
        ("p1", "r2", "r2", 10, 70, "2019-01-01", "乙省", "B市", "b县", "模板段落一"),
        ("p1", "r3", "r3", 0, 60, "2019-06-01", "乙省", "C市", "c县", "模板段落一"),
        ("p1", "r4", "r4", 0, 60, "2020-01-01", "甲省", "D市", "d县", "模板段落一"),
        # passage p2: two stories of 乙省, the earlier undated one sorts last
        ("p2", "r5", "r5", 0, 55, "", "乙省", "B市", "e县", "模板段落二"),
        ("p2", "r2", "r2", 80, 135, "2019-01-01", "乙省", "B市", "b县", "模板段落二"),
    ],
    columns=["cluster_id", "report_id", "story_id", "start", "end", "published", "province",
             "prefecture", "county", "passage"],
)  # fmt: skip


def test_most_reused_passages_come_first_with_their_first_user():
    table = reused_passages(REUSE)
    assert table["cluster_id"].tolist() == ["p1", "p2"]
    first = table.iloc[0]
    assert (first["stories"], first["provinces"], first["first_report"]) == (4, 2, "r1")
    assert table.iloc[1]["first_report"] == "r2"  # the dated use, not the undated one


def test_flows_go_from_the_first_users_province_to_later_stories():
    flows = province_flows(REUSE)
    # p1: 甲省 -> 乙省 (r2, r3), 甲省 -> 甲省 (r4); p2's only dated use has no later story
    assert flows.loc["甲省", "乙省"] == 1  # one passage, whatever the number of stories
    assert flows.loc["甲省", "甲省"] == 1
    assert "乙省" not in flows.index


def test_a_slogans_mentions_inside_copied_passages_are_counted():
    slogans = pd.DataFrame(
        {"report_id": ["r2", "r2", "r9"], "slogan": ["抓党建促脱贫"] * 3,
         "start": [20, 200, 5], "end": [26, 206, 11]}
    )  # fmt: skip
    row = slogan_in_reuse(slogans, REUSE).iloc[0]
    assert (row["mentions"], row["in_reused_passage"]) == (3, 1)  # only r2's 20-26 is inside
