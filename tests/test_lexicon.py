"""Word lists as data: every list loads, has no duplicates, and compiles to a working pattern."""

from __future__ import annotations

import re

import pytest

from helpers.config import DICTIONARIES_DIR
from helpers.extract.lexicon import alternation, cue, load_words

LISTS = sorted(p.stem for p in DICTIONARIES_DIR.glob("*.txt"))


@pytest.mark.parametrize("name", LISTS)
def test_every_list_loads_without_blanks_comments_or_duplicates(name):
    words = load_words(name)
    assert words and all(w and not w.startswith("#") and w == w.strip() for w in words)
    if name != "common_chars":  # lines of characters, not words
        assert len(set(words)) == len(words), [w for w in words if words.count(w) > 1]


def test_alternation_keeps_file_order_and_escapes_literals():
    assert alternation(("投入", "投资")) == "投入|投资"
    assert re.fullmatch(alternation(("1+1", "a.b")), "1+1")
    assert not re.fullmatch(alternation(("a.b",)), "axb")


@pytest.mark.parametrize(
    "name, good, bad",
    [
        ("funds_cues", "共筹集资金", "村民收入"),
        ("income_cues", "村集体收入", "投入"),
        ("cadre_cues", "驻村工作队", "贫困户"),
    ],
)
def test_a_cue_list_finds_its_words_and_only_them(name, good, bad):
    assert cue(name).search(good) and not cue(name).search(bad)


def test_units_table_is_consistent_per_normalised_unit():
    from helpers.extract.lexicon import load_table

    rows = load_table("units")
    spellings = [r["spelling"] for r in rows]
    assert len(set(spellings)) == len(spellings)
    for column in ("chinese", "bare_scale"):
        by_unit: dict[str, set[str]] = {}
        for r in rows:
            by_unit.setdefault(r["unit"], set()).add(r[column])
        assert all(len(v) == 1 for v in by_unit.values()), (column, by_unit)
    assert {r["chinese"] for r in rows} <= {"yes", "scaled", "no"}
    assert all(int(r["factor"]) >= 1 for r in rows)
    # area is always 亩 and money always 元 (the contract)
    assert {r["unit"] for r in rows if r["spelling"] in ("公顷", "亩")} == {"亩"}


def test_a_shipped_list_that_is_missing_is_an_error_not_an_empty_list():
    from helpers.extract.lexicon import load_words

    # a rule reading a list that is not there would silently find nothing
    with pytest.raises(FileNotFoundError, match="no_such_list"):
        load_words("no_such_list")
