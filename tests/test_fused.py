"""Fused numbers: a household count and a person count whose 户 was lost in scraping."""

from __future__ import annotations

import pytest

from helpers.engine.pipeline import analyse
from helpers.extract.figures.fused import best_split, plausible_max
from helpers.extract.records import ManifestRow


def _rows(text: str, fused_only: bool = False) -> list[tuple[str, float, str]]:
    """(raw, value, unit) of every figure of `text` read as a report, or of the repaired ones."""
    result = analyse("r1", text, ManifestRow("r1", "r1.txt", "", "utf-8", "ok", ""), False)
    return [
        (f.raw, f.value, f.unit)
        for f in result.figures
        if not fused_only or "suspect_fused" in f.flags
    ]


# Each split was worked out by hand as the only cut with 1.5-6 persons per household (the
# closest to 3.2 when several are): "2461150" -> 246户1150人 is 4.7 per household, while
# 24/61150 is 2548 and 2461/150 is 0.06.
GOOD_SPLITS = [
    ("2461150", (246, 1150)),
    ("58203", (58, 203)),  # 3.5 per household
    ("3121050", (312, 1050)),  # 3.4
    ("1023", (10, 23)),  # 2.3 (102/3 is 0.03)
]

# No plausible reading: every cut of 11111 gives 1/1111, 11/111 (10.1), 111/11 (0.1), 1111/1;
# two digits are never split; a cut that makes 0-led parts is not a reading; 2017 is a year.
BAD_SPLITS = ["11111", "99", "100000", "20171340"]


@pytest.mark.parametrize("digits, split", GOOD_SPLITS)
def test_a_fused_number_splits_where_household_size_is_plausible(digits, split):
    assert best_split(digits) == split


@pytest.mark.parametrize("digits", BAD_SPLITS)
def test_no_split_when_no_household_size_is_plausible(digits):
    assert best_split(digits) is None


def test_a_larger_place_allows_larger_counts():
    # An adcode's length says the place's level: province (2 digits), prefecture (4), county (6),
    # township (9). A county cannot count as many people as a province.
    assert plausible_max(2) > plausible_max(4) > plausible_max(6) > plausible_max(9)


def test_a_paragraph_that_lost_its_hu_twice_lost_it_in_its_other_counts_too():
    # 河畔镇 is a township (code of 9 digits): 6,402,319 and 185,562 people cannot live there,
    # so both runs are households+persons; the third count of the same paragraph, 2,468
    # "persons", is then read the same way: 24户68人 (2.8 per household).
    text = (
        "甘肃省会宁县河畔镇：党建引领脱贫攻坚\n"
        "河畔镇现有居民6402319人，其中贫困户185562人。2018年已脱贫2468人。\n"
        "另一段：全镇组织培训2468人次，参训群众1350人。\n"
    )
    rows = _rows(text, fused_only=True)
    assert ("2468人", 24, "户") in rows and ("2468人", 68, "人") in rows
    assert ("6402319人", 640, "户") in rows and ("185562人", 185, "户") in rows
    # another paragraph keeps its counts as written
    assert ("1350人", 1350, "人") in _rows(text)


def test_one_lost_hu_is_no_evidence_against_a_pages_plausible_four_digit_counts():
    # Only 9724318人 lost its 户 (972户4318人, 4.4 per household; 9.7 million people cannot
    # live in a township). 2150人 and 1340人 stand beside 搬迁 and 脱贫, household words, and could
    # be split (21户50人, 13户40人), but one long fused run on a page does not show that the
    # scrape lost 户 throughout: a lost 户 is shown by two runs of five digits or more.
    text = (
        "广西凤山县金牙瑶族乡：党建引领易地扶贫搬迁\n"
        "2016年底，全乡有建档立卡贫困户9724318人。\n"
        "三年来，全乡共有2150人搬迁到县城安置点，帮助搬迁劳动力就业1340人，全乡脱贫1340人。\n"
    )
    rows = _rows(text)
    assert ("9724318人", 972, "户") in rows and ("9724318人", 4318, "人") in rows
    assert ("2150人", 2150, "人") in rows and ("1340人", 1340, "人") in rows
    assert not any(raw in {"2150人", "1340人"} and unit == "户" for raw, _, unit in rows)


def test_persons_counted_right_after_a_noun_of_households_show_the_lost_hu():
    # "贫困户3198人", "脱贫户1236人", "脱贫户1545人": persons right after 户, three times in a
    # village, and each splits well (31户98人 3.2, 12户36人 3.0, 15户45人 3.0): the page lost 户
    text = (
        "会宁县丁家沟镇某村：党建引领脱贫\n"
        "该村有建档立卡贫困户3198人，2018年脱贫户1236人，2019年脱贫户1545人。\n"
    )
    rows = _rows(text)
    assert ("3198人", 31, "户") in rows and ("1545人", 45, "人") in rows


def test_a_run_in_a_list_of_households_and_persons_lost_its_hu():
    # "某镇脱贫412户2158人，某乡脱贫305户1601人，某乡脱贫118617人": its sentence writes the
    # other counts as households and persons; 118617 splits as 118户617人 (5.2 per household)
    text = (
        "积石山县：各乡镇脱贫情况\n"
        "吹麻滩镇脱贫412户2158人，大河家镇脱贫305户1601人，柳沟乡脱贫118617人，"
        "刘集乡脱贫197户1015人。\n"
    )
    rows = _rows(text)
    assert ("118617人", 118, "户") in rows and ("118617人", 617, "人") in rows


def test_a_part_larger_than_the_whole_counted_before_it_lost_its_hu():
    # 石门村 reads as a village of 河畔镇's county: 5,142,086 people cannot live in a township,
    # so the whole is 514户2086人; "其中贫困户76258人" cannot be more people than that whole
    # (76,258 is plausible for a township on its own): it is 76户258人 (3.4 per household); the
    # paragraph's third run follows, 1897人 -> 18户97人 (5.4)
    text = (
        "甘肃省会宁县河畔镇石门村党支部带领群众脱贫\n"
        "石门村现有村民5142086人，其中建档立卡贫困户76258人。2018年已脱贫1897人。\n"
    )
    rows = _rows(text, fused_only=True)
    assert ("76258人", 76, "户") in rows and ("76258人", 258, "人") in rows
    assert ("1897人", 18, "户") in rows
    # a part smaller than its whole stays as written
    plain = "甘肃省会宁县河畔镇：全镇共有人口12680人，其中贫困人口3120人。\n"
    assert ("3120人", 3120, "人") in _rows(plain)
