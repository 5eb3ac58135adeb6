"""latest() and total() on a small invented table, each expected value worked out by hand."""

from __future__ import annotations

import pandas as pd
import pytest

from helpers.analysis.aggregate import AggregationError, latest, total
from helpers.store.tables import typed


def figures(rows: list[dict]) -> pd.DataFrame:
    base = {"province": "甲省", "prefecture": "乙市", "county": "丙县", "flags": "", "raw": ""}
    frame = pd.DataFrame([{**base, **r} for r in rows])
    frame["figure_id"] = [f"{r}#{s}.0" for r, s in zip(frame["report_id"], frame["start"])]
    return typed("figures", frame)


POOR = figures(
    [
        # 丙县's registered poor households as stated in three years, and once by a township
        dict(
            report_id="r1",
            start=1,
            metric="poor_households",
            value=900,
            unit="户",
            as_of_year=2016,
            period="point",
        ),
        dict(
            report_id="r2",
            start=1,
            metric="poor_households",
            value=400,
            unit="户",
            as_of_year=2018,
            period="point",
        ),
        dict(
            report_id="r3",
            start=1,
            metric="poor_households",
            value=650,
            unit="户",
            as_of_year=2017,
            period="point",
        ),
        dict(
            report_id="r3",
            start=9,
            metric="poor_households",
            value=80,
            unit="户",
            as_of_year=2019,
            period="point",
            township="丁镇",
        ),
        # an undated figure cannot be the latest
        dict(report_id="r4", start=1, metric="poor_households", value=10, unit="户"),
    ]
)


def test_latest_is_the_county_figure_of_the_latest_year_with_its_evidence():
    row = latest(POOR, "poor_households", "county").iloc[0]
    # 2018 is the latest year among the county's own figures (the 2019 one is a township's)
    assert (row["value"], row["as_of_year"], row["report_id"], row["n_figures"]) == (
        400,
        2018,
        "r2",
        3,
    )


def test_stocks_of_different_years_are_never_added():
    with pytest.raises(AggregationError, match="stock"):
        total(POOR, "poor_households", "county", period="point")


FUNDS = figures(
    [
        dict(
            report_id="r1",
            start=1,
            metric="funds_yuan",
            value=5_000_000,
            unit="元",
            as_of_year=2018,
            period="annual",
        ),
        # a part of the 5,000,000: counted in its whole already
        dict(
            report_id="r1",
            start=20,
            metric="funds_yuan",
            value=2_000_000,
            unit="元",
            as_of_year=2018,
            period="annual",
            part_of="r1#1.0",
        ),
        dict(
            report_id="r2",
            start=1,
            metric="funds_yuan",
            value=3_000_000,
            unit="元",
            as_of_year=2019,
            period="annual",
        ),
        # a per-household subsidy rule, not an amount put in
        dict(
            report_id="r2",
            start=30,
            metric="funds_yuan",
            value=5000,
            unit="元",
            period="annual",
            flags="rate",
        ),
        # a reprint of r2 on another site: the same figure, once
        dict(
            report_id="r2-copy",
            start=7,
            metric="funds_yuan",
            value=3_000_000,
            unit="元",
            as_of_year=2019,
            period="annual",
        ),
        # a running total since 2014
        dict(
            report_id="r5",
            start=1,
            metric="funds_yuan",
            value=9_000_000,
            unit="元",
            as_of_year=2019,
            period="cumulative",
        ),
    ]
)
REPORTS = pd.DataFrame(
    {"report_id": ["r1", "r2", "r2-copy", "r5"], "story_id": ["r1", "r2", "r2", "r5"]}
)


def test_total_refuses_to_add_a_years_flow_to_a_running_total():
    with pytest.raises(AggregationError, match="different periods"):
        total(FUNDS, "funds_yuan", "county", reports=REPORTS)


def test_total_adds_one_period_once_per_story_without_parts_or_rates():
    row = total(FUNDS, "funds_yuan", "county", period="annual", reports=REPORTS).iloc[0]
    # 5,000,000 (r1) + 3,000,000 (r2; its reprint and its 5,000 rate left out; r1's part too)
    assert (row["total"], row["n_figures"]) == (8_000_000, 2)
    assert row["figure_ids"] == "r1#1.0;r2#1.0"
    assert repr(float(row["total"])) == "8000000.0"  # exact, no float noise


def test_nothing_to_compare_gives_an_empty_table_not_an_error():
    assert latest(POOR, "funds_yuan", "county").empty
    assert total(POOR, "funds_yuan", "county").empty


def test_latest_table_of_metrics_nobody_reported_is_empty_with_its_columns():
    from helpers.analysis.aggregate import latest_table

    table = latest_table(POOR, ["funds_yuan", "area_mu"], "county")
    assert table.empty and "figure_id" in table.columns


def test_region_table_joins_counts_latest_stocks_and_annual_money():
    from helpers.analysis.aggregate import region_table
    from helpers.store.io import Tables

    reports = typed(
        "reports",
        pd.DataFrame(
            {
                "report_id": ["r1", "r2", "r2-copy", "r3", "r4", "r5"],
                "story_id": ["r1", "r2", "r2", "r3", "r4", "r5"],
                "province": "甲省", "prefecture": "乙市", "county": "丙县", "script": "simplified",
            }
        ),
    )  # fmt: skip
    both = pd.concat([POOR, FUNDS], ignore_index=True)
    empty = pd.DataFrame()
    tables = Tables(empty, reports, empty, both, empty, empty, empty)
    row = region_table(tables, "county").iloc[0]
    assert (row["place"], row["reports"], row["stories"]) == ("甲省 乙市 丙县", 6, 5)
    assert (row["poor_households"], row["poor_households_year"], row["poor_households_n"]) == (
        400,
        2018,
        3,
    )
    assert (row["funds_yuan_annual"], row["funds_yuan_n"]) == (8_000_000, 2)
