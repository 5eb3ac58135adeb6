"""Notebook helpers on small invented inputs with hand-worked expectations."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from helpers.analysis.text import (
    first_appearance,
    keyness,
    kwic,
    shared_slogans,
    slogan_table,
    word_cloud,
)


def test_kwic_gives_window_either_side_with_section_and_place():
    texts = {"r1": "全县推行党支部+合作社模式。\n乙镇:推行党支部+合作社模式"}
    sections = pd.DataFrame(
        {
            "report_id": ["r1", "r1"],
            "section": [0, 1],
            "start": [0, 15],
            "end": [15, 40],
            "province": ["甲省", "甲省"],
            "prefecture": ["", ""],
            "county": ["丙县", "丙县"],
            "township": ["", "乙镇"],
        }
    )
    hits = kwic(texts, "合作社", window=3, sections=sections)
    assert hits[["section", "place", "left", "match", "right"]].values.tolist() == [
        [0, "丙县", "支部+", "合作社", "模式。"],
        [1, "乙镇", "支部+", "合作社", "模式"],
    ]


@pytest.fixture
def spread():
    reports = pd.DataFrame(
        {
            "report_id": ["a", "b", "c"],
            "published_date": pd.to_datetime(["2017-03-01", "2018-05-01", "2016-01-01"]),
            "province": ["甲省", "乙省", "甲省"],
            "prefecture": ["", "", ""],
            "county": ["", "", ""],
            "township": ["", "", ""],
        }
    )
    slogans = pd.DataFrame(
        {
            "report_id": ["a", "a", "b", "c"],
            "section": [0, 0, 0, 0],
            "slogan": ["抓党建、促脱贫", "三会一课", "抓党建、促脱贫", "三会一课"],
            "raw": ["x", "y", "x", "y"],
            "start": [1, 5, 1, 1],
        }
    )
    return slogans, reports


def test_slogan_table_counts_by_place_and_year(spread):
    slogans, reports = spread
    table = slogan_table(slogans, reports, "province")
    rows = {(r.slogan, r.place, int(r.year)): r.mentions for r in table.itertuples()}
    assert rows == {
        ("抓党建、促脱贫", "甲省", 2017): 1,
        ("抓党建、促脱贫", "乙省", 2018): 1,
        ("三会一课", "甲省", 2017): 1,
        ("三会一课", "甲省", 2016): 1,
    }


def test_first_appearance_orders_by_date(spread):
    slogans, reports = spread
    first = first_appearance(slogans, reports, "province")
    assert first[["slogan", "place", "first_report"]].values.tolist() == [
        ["三会一课", "甲省", "c"],
        ["抓党建、促脱贫", "甲省", "a"],
        ["抓党建、促脱贫", "乙省", "b"],
    ]


def test_shared_slogans_need_two_places(spread):
    slogans, reports = spread
    shared = shared_slogans(slogans, reports, "province")
    assert (
        shared["slogan"].tolist() == ["抓党建、促脱贫"]
        and shared["place_list"].iloc[0] == "乙省、甲省"
    )


def test_keyness_matches_the_two_by_two_formulas():
    # target: 甲 10 of 100 tokens; reference: 甲 5 of 200 tokens.
    terms = pd.DataFrame(
        {
            "report_id": ["t", "t", "r", "r"],
            "section": [0] * 4,
            "term": ["甲", "乙", "甲", "乙"],
            "count": [10, 90, 5, 195],
        }
    )
    # expected counts: E = row total × column total / 300 -> 5, 95 (target); 10, 190 (reference)
    yates = sum((abs(o - e) - 0.5) ** 2 / e for o, e in [(10, 5), (90, 95), (5, 10), (195, 190)])
    g2 = 2 * sum(o * math.log(o / e) for o, e in [(10, 5), (90, 95), (5, 10), (195, 190)])
    chi = keyness(terms, ["t"], measure="chi2").set_index("term")
    lr = keyness(terms, ["t"], measure="lr").set_index("term")
    assert chi.loc["甲", "statistic"] == pytest.approx(yates) and chi.loc[
        "乙", "statistic"
    ] == pytest.approx(-yates)
    assert lr.loc["甲", "statistic"] == pytest.approx(g2)
    assert chi.loc["甲", "p"] == pytest.approx(math.erfc(math.sqrt(yates / 2)))


def test_word_cloud_draws_with_the_cjk_font():
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        fig = word_cloud({"党建": 10, "脱贫": 7, "合作社": 3})
    assert fig.axes
