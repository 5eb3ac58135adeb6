"""The build of ../shared/real against the answers written by hand for it (tests/real_answers).

Floors, not estimates: see tests/real_answers/README.md. Skipped where ../shared is absent.
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict

import pandas as pd
import pytest
from conftest import ROOT, SHARED

from helpers.engine.build import build

ANSWERS = ROOT / "tests" / "real_answers"
REAL = SHARED / "real" / "raw"
MONEY = {"funds_yuan", "income_yuan"}
# the scores measured when the answers were written, less a little room
FLOORS = {"title": 0.88, "source": 0.86, "published": 0.94}
KEY_RECALL_FLOOR = 0.95


def _squash(value) -> str:
    text = value if isinstance(value, str) else ""
    return "".join(unicodedata.normalize("NFKC", text).split())


@pytest.fixture(scope="module")
def real_build(tmp_path_factory):
    out = tmp_path_factory.mktemp("real")
    build(REAL, out, progress=False)
    return out


@pytest.mark.skipif(not REAL.is_dir(), reason="../shared/real not present")
@pytest.mark.parametrize("column", sorted(FLOORS))
def test_page_metadata_holds_its_floor(real_build, column):
    ours = pd.read_csv(real_build / "reports.csv").set_index("report_id")[column]
    answers = pd.read_csv(ANSWERS / "reports.csv", keep_default_na=False)
    same = sum(
        _squash(row[column]) == _squash(ours.get(row["report_id"], ""))
        for _, row in answers.iterrows()
    )
    assert same / len(answers) >= FLOORS[column]


@pytest.mark.skipif(not REAL.is_dir(), reason="../shared/real not present")
def test_key_figures_hold_their_floor(real_build):
    figures = pd.read_csv(real_build / "figures.csv")
    metrics = defaultdict(list)
    for row in figures.dropna(subset=["value"]).itertuples():
        unit = "人" if row.unit == "名" else row.unit
        metrics[(row.report_id, round(float(row.value), 2), unit)].append(_group(row.metric))
    answers = pd.read_csv(ANSWERS / "key_figures.csv")
    found = sum(
        _group(row.metric)
        in metrics[
            (row.report_id, round(float(row.value), 2), "人" if row.unit == "名" else row.unit)
        ]
        for row in answers.itertuples()
    )
    assert found / len(answers) >= KEY_RECALL_FLOOR


def _group(metric: str) -> str:
    return "money" if metric in MONEY else metric
