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
    # across years on purpose: refused, a stock counted every year is the same households
    with pytest.raises(AggregationError, match="stock"):
        total(POOR, "poor_households", "county", period="point", by_year=False)
    # by year (the default): one row a year, the township's 80 and the undated 10 left out
    rows = total(POOR, "poor_households", "county", period="point")
    assert list(zip(rows["year"], rows["total"])) == [(2016, 900), (2017, 650), (2018, 400)]


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
    rows = total(FUNDS, "funds_yuan", "county", period="annual", reports=REPORTS)
    # each year its own: 5,000,000 in 2018 (r1; its part left out), 3,000,000 in 2019 (r2;
    # its reprint and its undated 5,000 rate left out)
    assert list(zip(rows["year"], rows["total"], rows["figure_ids"])) == [
        (2018, 5_000_000, "r1#1.0"),
        (2019, 3_000_000, "r2#1.0"),
    ]
    # across years only when asked: 8,000,000 from the same two figures
    row = total(FUNDS, "funds_yuan", "county", "annual", REPORTS, by_year=False).iloc[0]
    assert (row["total"], row["n_figures"]) == (8_000_000, 2)
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
    # the latest year's money (2019: r2's 3,000,000), with its year: years are not added
    assert (row["funds_yuan_annual"], row["funds_yuan_year"], row["funds_yuan_n"]) == (
        3_000_000,
        2019,
        1,
    )


def _funds(rows):
    base = dict(metric="funds_yuan", unit="元", period="annual", as_of_year=2018)
    return figures([{**base, **r} for r in rows])


def test_a_sentence_copied_into_other_stories_is_added_once_from_the_earliest():
    # the same sentence in three stories (a prefecture's paragraph handed down), and one fact of
    # another sentence: 4,000,000 once (from r1, the earliest published) + 1,000,000
    same = "去年，全市投入扶贫资金400万元。"
    rows = _funds(
        [
            dict(report_id="r1", start=5, value=4_000_000, sentence=same),
            dict(report_id="r2", start=9, value=4_000_000, sentence=same),
            dict(report_id="r3", start=2, value=4_000_000, sentence=same),
            dict(report_id="r3", start=40, value=1_000_000, sentence="另投入100万元。"),
        ]
    )
    reports = pd.DataFrame(
        {
            "report_id": ["r1", "r2", "r3"],
            "story_id": ["r1", "r2", "r3"],
            "published": ["2018-03-01", "2018-05-01", "2018-04-01"],
        }
    )
    row = total(rows, "funds_yuan", "county", "annual", reports).iloc[0]
    assert (row["total"], row["figure_ids"]) == (5_000_000, "r1#5.0;r3#40.0")


def test_a_villages_count_placed_at_its_county_is_not_the_countys():
    # "全村投入…" placed at 丙县 (no village named) has scope village: not in the county's total
    rows = _funds(
        [
            dict(report_id="r1", start=1, value=2_000_000, scope="county", sentence="a"),
            dict(report_id="r2", start=1, value=300_000, scope="village", sentence="b"),
        ]
    )
    assert total(rows, "funds_yuan", "county", "annual").iloc[0]["total"] == 2_000_000


def test_counties_roll_up_into_their_prefecture_and_province_and_say_so():
    # two counties of 乙市 state their money; 乙市 states none: summed from 2 counties. 甲省
    # states its own: stated, not summed (the parts would count it again)
    rows = _funds(
        [
            dict(report_id="r1", start=1, value=1_000_000, sentence="a"),
            dict(report_id="r2", start=1, value=2_000_000, county="戊县", sentence="b"),
            dict(report_id="r3", start=1, value=9_000_000, prefecture="", county="", sentence="c"),
        ]
    )
    pref = total(rows, "funds_yuan", "prefecture", "annual").set_index("place")
    assert pref.loc["甲省 乙市", ["total", "basis"]].tolist() == [
        3_000_000,
        "summed from 2 counties",
    ]
    prov = total(rows, "funds_yuan", "province", "annual").set_index("place")
    assert prov.loc["甲省", ["total", "basis"]].tolist() == [9_000_000, "stated"]


def test_a_trajectory_has_one_value_per_place_and_year_the_latest_statement():
    from helpers.analysis.aggregate import trajectory

    rows = figures(
        [
            # 2018 stated twice: the later report's statement wins
            dict(report_id="a", start=1, metric="poor_persons", value=31000, unit="人",
                 as_of_year=2018, period="point"),
            dict(report_id="b", start=1, metric="poor_persons", value=30500, unit="人",
                 as_of_year=2018, period="point"),
            dict(report_id="b", start=9, metric="poor_persons", value=10000, unit="人",
                 as_of_year=2020, period="point"),
        ]
    )  # fmt: skip
    reports = pd.DataFrame(
        {"report_id": ["a", "b"], "story_id": ["a", "b"], "published": ["2019-01-01", "2020-06-01"]}
    )
    path = trajectory(rows, "poor_persons", "county", reports)
    assert list(zip(path["year"], path["value"])) == [(2018, 30500), (2020, 10000)]


def test_region_table_has_a_row_for_every_province_with_reports():
    from helpers.analysis.aggregate import region_table
    from helpers.store.io import Tables

    # three reports placed at county level in two provinces, one at province level: every
    # province with reports gets a row, its count including its counties' reports
    reports = typed(
        "reports",
        pd.DataFrame(
            {
                "report_id": ["a", "b", "c", "d"],
                "story_id": ["a", "b", "c", "d"],
                "province": ["甲省", "甲省", "庚省", "庚省"],
                "prefecture": ["乙市", "乙市", "辛市", ""],
                "county": ["丙县", "戊县", "壬县", ""],
                "script": "simplified",
            }
        ),
    )
    empty = pd.DataFrame()
    no_figures = FUNDS.iloc[0:0]
    tables = Tables(empty, reports, empty, no_figures, empty, empty, empty)
    table = region_table(tables, "province").set_index("place")
    assert table["reports"].to_dict() == {"甲省": 2, "庚省": 2}
