"""Slogans the corpus recognises: a quoted name is kept when stories from two places quote it."""

from __future__ import annotations

import pytest

from helpers import build, load
from helpers.corpus.slogan_evidence import supported_phrases


def page(title: str, body: str, date: str) -> str:
    return f"{title}\n发布时间：{date} 来源：某某网\n{body}\n"


# Three different stories. “村企联建” is quoted in two counties (a formula that travels);
# “户企共富” only in one county, twice (its own pages repeating it); “产业提质” in one story
# and its reprint elsewhere, which is one voice.
REPORTS = {
    "a.txt": page(
        "会宁县：村企携手促增收",
        "会宁县各村依托“村企联建”发展特色种植，带动农户稳定增收，村集体经济逐年壮大。"
        "县里还依托“户企共富”引导企业吸纳本地劳动力，让群众在家门口就业。",
        "2019-05-01",
    ),
    "b.txt": page(
        "靖远县：枸杞产业带富一方",
        "靖远县组织党员领办枸杞合作社，依托“村企联建”，建起冷链仓储设施，拓宽销售渠道，"
        "贫困群众增收明显，合作社成员逐年增加，产业规模不断扩大。",
        "2020-03-01",
    ),
    "c.txt": page(
        "会宁县：小杂粮产业见实效",
        "会宁县整合涉农资金发展小杂粮产业，全县总结“户企共富”做法，建成加工车间十余个，"
        "产品销往省内外，务工群众收入稳定，村级集体经济实力明显增强。",
        "2021-01-05",
    ),
    "d.txt": page(
        "东乡族自治县：马铃薯产业见实效",
        "东乡族自治县建设标准化种植基地五万亩，依托“产业提质”组建产销合作社，贫困群众"
        "增收明显，马铃薯加工企业落户园区，带动周边农户发展订单种植。",
        "2020-06-01",
    ),
}


@pytest.fixture(scope="module")
def tables(tmp_path_factory):
    corpus = tmp_path_factory.mktemp("evidence")
    for name, text in REPORTS.items():
        (corpus / name).write_text(text, encoding="utf-8")
    reprint = REPORTS["d.txt"].replace("来源：某某网", "来源：临夏州融媒体中心")
    (corpus / "e_reprint.txt").write_text(reprint, encoding="utf-8")
    out = tmp_path_factory.mktemp("out") / "processed"
    summary = build(corpus, out, jobs=1, cache=False)
    return load(out), summary


def test_a_phrase_quoted_in_two_places_is_a_slogan_the_corpus_recognised(tables):
    t, _ = tables
    rows = t.slogans[t.slogans["slogan"] == "村企联建"]
    assert sorted(rows["report_id"].map(dict(zip(t.reports.report_id, t.reports.county)))) == [
        "会宁县",
        "靖远县",
    ]
    assert set(rows["recognised_by"]) == {"corpus"}


def test_one_place_or_one_story_is_not_evidence(tables):
    t, _ = tables
    assert t.reports["county"].tolist().count("会宁县") == 2  # one place, two stories
    assert "户企共富" not in set(t.slogans["slogan"])
    assert "产业提质" not in set(t.slogans["slogan"])  # a story and its reprint: one voice


def test_no_candidate_is_left_in_a_finished_build(tables):
    t, summary = tables
    assert "candidate" not in set(t.slogans["recognised_by"].astype(str))
    assert summary.slogans == len(t.slogans)  # the summary counts what the table holds


def test_supported_phrases_counts_stories_and_known_places_only():
    # (report_id, phrase): 两联两帮 a candidate in a and a slogan by structure in b
    rows = [("a", "两联两帮"), ("b", "两联两帮"), ("c", "三联三促"), ("d", "三联三促")]
    story = {"a": "a", "b": "b", "c": "c", "d": "d"}
    # 两联两帮: a candidate in a, a slogan by structure in b, two places -> kept;
    # 三联三促: two stories, but one place unknown -> one known place only
    assert supported_phrases(
        rows, story, {"a": "620422", "b": "620421", "c": "620422", "d": ""}
    ) == {"两联两帮"}
