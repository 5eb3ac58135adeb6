"""Review the numbers before they are printed, and record each decision so that it holds.

What to check first comes out as tables with each row's sentence; a decision is one line,
appended to the corrections file that every later build applies (`--corrections`; `make run`
uses data/corrections.csv):

    from helpers.analysis import review
    review.correct(tables, "某报告#120.0", metric="income_yuan", note="revenue, not funds")
    review.drop(tables, "某报告#s45", note="a scare quote")
"""

from __future__ import annotations

import csv
import json
from datetime import date
from pathlib import Path

import pandas as pd

from helpers.analysis.views import is_doubtful
from helpers.config import PROJECT_ROOT

CORRECTIONS = PROJECT_ROOT / "data" / "corrections.csv"
COLUMNS = ["table", "id", "column", "value", "note", "who", "when", "raw", "sentence"]
KEY_METRICS = [
    "poor_households", "poor_persons", "lifted_households", "lifted_persons", "poor_villages",
    "funds_yuan", "income_yuan",
]  # fmt: skip


def weightiest(tables, top: int = 20) -> pd.DataFrame:
    """The key figures that weigh most in the numbers the notebooks print, largest first per
    metric: an error there moves a total or a place's latest value the most."""
    figures = tables.figures
    key = figures[figures["metric"].astype("string").isin(KEY_METRICS) & ~is_doubtful(figures)]
    ranked = key.sort_values(["metric", "value"], ascending=[True, False])
    columns = ["figure_id", "metric", "value", "unit", "as_of_year", "county", "raw", "sentence"]
    return ranked.groupby("metric", observed=True).head(top)[columns].reset_index(drop=True)


def flagged(tables) -> pd.DataFrame:
    """Figures the build flagged (a repaired number, an implausible one, a place conflict)."""
    figures = tables.figures
    rows = figures[figures["flags"].astype("string").fillna("") != ""]
    return rows[["figure_id", "metric", "value", "unit", "flags", "note", "raw", "sentence"]]


def lone_slogans(tables) -> pd.DataFrame:
    """Slogans only the corpus recognised, or that one report alone uses: the likeliest to be a
    scare quote or a label rather than a slogan."""
    slogans = tables.slogans
    reports_per = slogans.groupby("slogan", observed=True)["report_id"].transform("nunique")
    lone = slogans[(reports_per == 1) | (slogans["recognised_by"].astype("string") == "corpus")]
    return lone[["slogan_id", "slogan", "kind", "recognised_by", "raw"]].reset_index(drop=True)


def unplaced(tables) -> pd.DataFrame:
    """Reports whose place was not found: they are missing from every map and regional table."""
    reports = tables.reports
    rows = reports[reports["province"].astype("string").fillna("") == ""]
    return rows[["report_id", "title", "source", "published"]].reset_index(drop=True)


def correct(tables, row_id: str, note: str = "", who: str = "", path=CORRECTIONS, **columns):
    """Record new values for a row: a figure (`figure_id`), a slogan (`slogan_id`) or a report
    (`report_id`), e.g. `correct(tables, fid, metric="income_yuan", note="…")`."""
    table, found = _row(tables, row_id)
    for column, value in columns.items():
        _append(path, table, row_id, column, value, note, who, found)


def drop(tables, row_id: str, note: str = "", who: str = "", path=CORRECTIONS) -> None:
    """Record that a figure or a slogan is none: the next build leaves it out."""
    table, found = _row(tables, row_id)
    _append(path, table, row_id, "drop", "", note, who, found)


def add_figure(
    tables, report_id: str, raw: str, sentence: str, note: str = "", who: str = "",
    path=CORRECTIONS, **values,
) -> None:  # fmt: skip
    """Record a figure the rules missed: its raw text as the report writes it, the sentence it
    stands in, and its values (metric=…, value=…, unit=…)."""
    value = json.dumps({"raw": raw, "sentence": sentence, **values}, ensure_ascii=False)
    _append(path, "figures", report_id, "add", value, note, who, {})


def _row(tables, row_id: str) -> tuple[str, dict]:
    for table, column in (("figures", "figure_id"), ("slogans", "slogan_id")):
        frame = getattr(tables, table)
        hits = frame[frame[column].astype("string") == row_id]
        if len(hits):
            return table, hits.iloc[0].to_dict()
    if row_id in set(tables.reports["report_id"].astype("string")):
        return "reports", {}
    raise KeyError(f"no figure, slogan or report {row_id} in these tables")


def _append(path, table, row_id, column, value, note, who, found) -> None:
    path = Path(path)
    new = not path.exists()
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a", encoding="utf-8-sig" if new else "utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=COLUMNS)
        if new:
            writer.writeheader()
        writer.writerow(
            dict(
                table=table, id=row_id, column=column, value=value, note=note, who=who,
                when=date.today().isoformat(), raw=found.get("raw", ""),
                sentence=found.get("sentence", ""),
            )
        )  # fmt: skip
