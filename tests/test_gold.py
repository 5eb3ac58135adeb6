"""The seeds' build against the hand-checked gold tables (tests/gold, a copy of ../shared/gold)."""

from __future__ import annotations

import csv
import filecmp
import sys

import pytest
from conftest import GOLD, ROOT, SHARED

sys.path.insert(0, str(ROOT / "tools"))
import score  # noqa: E402

REPORT_COLUMNS = [
    "title",
    "published",
    "source",
    "author",
    "script",
    "province",
    "prefecture",
    "county",
    "township",
    "adcode",
]
SECTION_COLUMNS = ["heading", "province", "prefecture", "county", "township"]


def gold_rows(name: str) -> list[dict]:
    with open(GOLD / f"seeds_{name}.csv", encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


@pytest.mark.skipif(not (SHARED / "gold").is_dir(), reason="../shared/gold not present")
def test_vendored_gold_is_the_shared_gold():
    for path in (SHARED / "gold").glob("*.csv"):
        assert filecmp.cmp(path, GOLD / path.name, shallow=False), path.name


@pytest.mark.parametrize("column", REPORT_COLUMNS)
def test_reports_match_gold(seeds_tables, column):
    ours = seeds_tables.reports.set_index("report_id")
    for g in gold_rows("reports"):
        assert ours.loc[g["report_id"], column] == g[column], (g["report_id"], column)


def test_sections_match_gold(seeds_tables):
    ours = {(r.report_id, int(r.section)): r for r in seeds_tables.sections.itertuples()}
    gold = gold_rows("sections")
    assert len(ours) == len(gold)
    for g in gold:
        row = ours[(g["report_id"], int(g["section"]))]
        assert [getattr(row, c) for c in SECTION_COLUMNS] == [g[c] for c in SECTION_COLUMNS], g


@pytest.fixture(scope="module")
def scores(seeds_build):
    return score.score(seeds_build, GOLD)


# The floors are the scores the README's accuracy table claims: a drop fails the build.
def test_figure_precision_and_recall(scores):
    assert round(scores["figure_precision"], 3) >= 1.0, scores
    assert round(scores["figure_recall"], 3) >= 0.996, scores["missed"]


def test_key_metric_precision_and_recall(scores):
    assert round(scores["key_metric_precision"], 3) >= 1.0, scores["wrong_metric"]
    assert round(scores["key_metric_recall"], 3) >= 1.0, scores["wrong_metric"]


def test_every_figure_offset_points_at_its_raw(scores):
    assert scores["offsets_exact"] == 1.0


def test_slogan_precision_and_recall(scores):
    # 0.975, not 0.988: the seeds' gold counts 002's “一对一” (a pairing of cadre and household)
    # as a borderline slogan, while the later dev gold (h03) says “一对一” and “多对一” are not
    # slogans. The build follows the later convention (data/dictionaries/fixed_terms.txt).
    assert (
        round(scores["slogan_precision"], 3) >= 1.0 and round(scores["slogan_recall"], 3) >= 0.975
    ), scores


def test_fused_numbers_of_the_gold_are_all_flagged(seeds_tables):
    fused_gold = {
        (g["report_id"], float(g["value"]))
        for g in gold_rows("figures")
        if "suspect_fused" in g["flags"]
    }
    flagged = seeds_tables.figures[seeds_tables.figures["flags"].str.contains("suspect_fused")]
    ours = {(r.report_id, float(r.value)) for r in flagged.itertuples()}
    assert fused_gold <= ours
    assert flagged["note"].str.startswith("probably").all()
