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


def test_keyness_counts_only_the_two_sides_it_is_given():
    # Three reports: target "t", reference "r", and "x" in neither when a reference is named
    # (its 丙 must not count). The frame's index is not 0..n-1, as after a filter. Target: 甲 3
    # of 4 tokens; reference: 甲 1 and 乙 3 (丙 is in no side and is left out).
    terms = pd.DataFrame(
        {
            "report_id": ["t", "t", "r", "r", "x"],
            "section": [0] * 5,
            "term": ["甲", "乙", "甲", "乙", "丙"],
            "count": [3, 1, 1, 3, 50],
        },
        index=[10, 3, 7, 99, 5],
    )
    named = keyness(terms, ["t"], reference=["r"], min_count=1).set_index("term")
    assert sorted(named.index) == ["乙", "甲"]
    assert named.loc["甲", ["target", "reference"]].tolist() == [3, 1]
    # the 2×2 of 甲: [[3, 1], [1, 3]], expected 2 everywhere: Yates (|3-2|-0.5)²/2 × 4 = 0.5
    assert named.loc["甲", "statistic"] == pytest.approx(0.5)
    # by default every other report is the reference: x's 丙 (50 tokens) now counts there
    default = keyness(terms, ["t"], min_count=1).set_index("term")
    assert default.loc["丙", ["target", "reference"]].tolist() == [0, 50]


def test_word_cloud_draws_with_the_cjk_font():
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        fig = word_cloud({"党建": 10, "脱贫": 7, "合作社": 3})
    assert fig.axes


def test_texts_of_reads_each_text_when_asked_and_kwic_reads_them_so(tmp_path):
    # Three texts in a build's texts/ folder; the view keeps two (as per_story keeps stories).
    from helpers.analysis.text import load_texts, texts_of

    folder = tmp_path / "texts"
    folder.mkdir()
    for report_id, text in [("b", "乙村合作社"), ("a", "甲镇合作社带动"), ("c", "丙县合作社")]:
        (folder / f"{report_id}.txt").write_text(text, encoding="utf-8")
    texts = texts_of(tmp_path, ["c", "a", "zz"])  # "zz" has no text: left out
    assert list(texts) == ["a", "c"] and len(texts) == 2
    (folder / "a.txt").write_text("甲镇合作社扩大", encoding="utf-8")  # read when asked, not before
    assert texts["a"] == "甲镇合作社扩大"
    with pytest.raises(KeyError):
        texts["b"]  # in the folder, not in the view
    hits = kwic(texts, "合作社", window=2)
    assert hits["report_id"].tolist() == ["a", "c"]
    assert hits["left"].tolist() == ["甲镇", "丙县"]
    assert load_texts(tmp_path) == {"a": "甲镇合作社扩大", "b": "乙村合作社", "c": "丙县合作社"}


def test_keyness_leaves_out_place_names_unless_asked():
    # a region's own places dominate its key terms: 黔南 (a prefecture's short form) and 龙里县
    # (a county) are left out by default; 茶叶 is not a place
    terms = pd.DataFrame(
        {
            "report_id": ["t", "t", "t", "r", "r"],
            "section": [0] * 5,
            "term": ["黔南", "龙里县", "茶叶", "茶叶", "其他"],
            "count": [9, 8, 7, 1, 20],
        }
    )
    assert set(keyness(terms, ["t"], min_count=1)["term"]) == {"茶叶", "其他"}
    kept = keyness(terms, ["t"], min_count=1, drop_places=False)
    assert {"黔南", "龙里县"} <= set(kept["term"])


def test_an_empty_table_is_shown_as_a_sentence(capsys):
    from helpers.analysis.interactive import show

    show(pd.DataFrame({"place": []}), "money put in")
    assert "No rows: money put in" in capsys.readouterr().out
