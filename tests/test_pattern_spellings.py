"""Patterns rewritten to open with a character, not a look-behind, find what they found before.

A pattern that opens with a look-behind gives the regular expression engine no first character
to skip to, so it is tried at every character of a report; the rewritten patterns read their
first digit, year or numeral and check what stands before it afterwards. Here each is held to
its plain look-behind-first spelling (the reference, written out below) on random text made of
the characters these patterns care about.
"""

from __future__ import annotations

import random
import re

import pytest

from helpers.extract.figures import quantities, timing
from helpers.extract.vocabulary import slogans

NUM_AR = quantities.NUM_AR
NUMERAL = slogans.NUMERAL
REFERENCES = {
    "STATED": (
        timing.STATED,
        re.compile(
            r"(?<!\d)(?P<y>(?:19|20)\d{2})(?:年(?!以来|来|起|前|后)(?:(?P<m>\d{1,2})月)?"
            r"|(?=(?P<m2>\d{1,2})月))"
        ),
    ),
    "BARE_YEAR": (
        timing.BARE_YEAR,
        re.compile(
            r"(?:(?<=^)|(?<=[。，,；;！？\s]))(?P<y>(?:19|20)\d{2})(?=[已全共累该又还])", re.M
        ),
    ),
    "SINCE_YEAR": (timing.SINCE_YEAR, re.compile(r"(?<!\d)(?:19|20)\d{2}年(?:以来|来|起)")),
    "UNQUOTED": (
        slogans.UNQUOTED,
        re.compile(
            rf"(?<![{NUMERAL}\d第])(?:[{NUMERAL}](?!个)[^\W\d{NUMERAL}个的了是在和与及等]{{1,2}})"
            rf"{{1,3}}[{NUMERAL}][^\W\d{NUMERAL}个的了是在和与及等]{{1,3}}"
        ),
    ),
}
PIECES = [
    "1", "2", "0", "9", "19", "20", "2016", "1998", "3", "12", ".", ",", ":", "：", "/", "、",
    "年", "月", "以来", "起", "已", "全", "。", "，", "\n", " ", "万", "亿", "多", "元", "万元",
    "占", "的", "比例", "分红", "一", "三", "五", "双", "第", "个", "抓", "促", "党建", "脱贫",
    "亩", "户", "人", "金", "本", "个、2个、3个", "1/3", "2:1", "2016年以来", "2019年", "2018已",
]  # fmt: skip


@pytest.mark.parametrize("name", list(REFERENCES))
def test_a_rewritten_pattern_matches_where_and_what_its_reference_does(name):
    pattern, reference = REFERENCES[name]
    rng = random.Random(name)
    for _ in range(6000):
        text = "".join(rng.choices(PIECES, k=rng.randint(1, 14)))
        got = [(m.span(), m.groups()) for m in pattern.finditer(text)]
        expected = [(m.span(), m.groups()) for m in reference.finditer(text)]
        assert got == expected, text
        # searched between two positions, as a sentence is: what lies before the start still
        # counts for the look-behind, what lies after the end does not exist
        lo = rng.randint(0, len(text))
        hi = rng.randint(lo, len(text))
        got = [(m.span(), m.groups()) for m in pattern.finditer(text, lo, hi)]
        expected = [(m.span(), m.groups()) for m in reference.finditer(text, lo, hi)]
        assert got == expected, (text, lo, hi)


def test_the_random_texts_do_reach_every_pattern():
    # a reference that never matches would make the comparison above empty
    for name, (_, reference) in REFERENCES.items():
        rng = random.Random(name)
        texts = ["".join(rng.choices(PIECES, k=rng.randint(1, 14))) for _ in range(6000)]
        assert sum(bool(reference.search(t)) for t in texts) >= 10, name


def test_one_pass_for_implicit_units_finds_what_the_two_patterns_found():
    # persons (带动1.5万贫困人口) and households (13.6万贫困户) were two patterns and two passes
    lead = quantities.LEAD_PATTERN
    number = (
        rf"{quantities.NUMBER_START}(?P<lead>{lead})?(?<![\d.第])(?<!\d,)"
        rf"(?P<num>{NUM_AR}|{quantities.NUM_CN})(?P<q1>多|余)?(?P<scale>[十百千万亿]{{0,2}})"
        rf"(?P<q2>多|余)?"
    )
    persons = re.compile(
        number + r"(?=(建档立卡|农村|城乡)?(贫困|困难|低收入|易地搬迁|搬迁)?"
        r"(人口|群众|村民|农民|劳动力|居民|党员干部|干部|党员|农牧民|牧民|蚕农|果农|菜农|职工))"
    )
    households = re.compile(number + r"(?=(建档立卡)?(贫困|困难|低收入|脱贫|搬迁)户|农户|贫困家庭)")
    pieces = PIECES + ["贫困", "人口", "户", "农户", "农民", "建档立卡", "约", "近", "余", "千"]
    rng = random.Random(3)
    found = 0
    for _ in range(6000):
        text = "".join(rng.choices(pieces, k=rng.randint(1, 12)))
        expected = sorted(
            [(m.span(), "人") for m in persons.finditer(text)]
            + [(m.span(), "户") for m in households.finditer(text)]
        )
        got = [
            (m.span(), "人" if m["persons"] is not None else "户")
            for m in quantities.IMPLICIT_UNIT.finditer(text)
        ]
        assert got == expected, text
        found += len(got)
    assert found >= 100
