"""Views of the figures table, on small invented tables with hand-worked answers."""

from __future__ import annotations

import pandas as pd

from helpers.analysis import views as V
from helpers.store.tables import typed


def figures(rows: list[dict]) -> pd.DataFrame:
    """A figures table in the build's dtypes from a few hand-written rows."""
    base = {
        "province": "甲省",
        "prefecture": "乙市",
        "flags": "",
        "note": "",
        "raw": "",
        "unit": "",
    }
    return typed("figures", pd.DataFrame([{**base, **r} for r in rows]))


TABLE = figures(
    [
        # county A: two stocks of poor households; the larger (300) is the headline figure
        dict(
            report_id="r1", county="甲县", metric="poor_households", value=300, unit="户", start=0
        ),
        dict(
            report_id="r2", county="甲县", metric="poor_households", value=120, unit="户", start=0
        ),
        # a repaired fused number is never a headline figure
        dict(
            report_id="r3",
            county="甲县",
            metric="poor_households",
            value=900,
            unit="户",
            start=0,
            flags="suspect_fused",
        ),
        # county B: money, one total and one per-unit rate
        dict(report_id="r4", county="丙县", metric="funds_yuan", value=5e6, unit="元", start=0),
        dict(
            report_id="r4",
            county="丙县",
            metric="funds_yuan",
            value=3000,
            unit="元",
            start=9,
            flags="rate",
        ),
    ]
)


def test_headline_is_the_largest_clean_figure_per_place():
    head = V.headline_figures(TABLE, ["poor_households"], "county")
    assert head[["place", "value"]].values.tolist() == [["甲省 乙市 甲县", 300]]


def test_flagged_figures_are_kept_apart():
    clean, flagged = V.key_figures(TABLE, "county")
    assert flagged["value"].tolist() == [900]
    assert 900 not in clean["value"].tolist()


def test_money_leaves_out_rates_and_is_given_in_wan_yuan():
    money = V.money_figures(TABLE, "county")
    assert money["wan_yuan"].tolist() == [500.0]  # 5,000,000 元 = 500 万元


def test_household_sizes_pair_households_and_persons_of_one_span():
    pair = figures(
        [
            dict(
                report_id="r1",
                county="甲县",
                metric="poor_households",
                value=100,
                unit="户",
                start=5,
                raw="100户320人",
            ),
            dict(
                report_id="r1",
                county="甲县",
                metric="poor_persons",
                value=320,
                unit="人",
                start=5,
                raw="100户320人",
            ),
        ]
    )
    assert V.household_sizes(pair)["persons_per_household"].tolist() == [3.2]


def test_undated_figures_take_their_reports_year_only_when_asked():
    table = figures(
        [
            dict(
                report_id="r1",
                county="甲县",
                metric="funds_yuan",
                value=1e5,
                start=0,
                as_of_year=2017,
                year_source="stated",
            ),
            dict(report_id="r1", county="甲县", metric="funds_yuan", value=2e5, start=9),
            dict(report_id="r2", county="甲县", metric="funds_yuan", value=3e5, start=0),
        ]
    )
    reports = pd.DataFrame({"report_id": ["r1", "r2"], "published": ["2019-05-01", ""]})
    assert V.dated(table, reports) is table  # the default leaves the text's silence alone
    filled = V.dated(table, reports, fill_from_published=True)
    # r1's undated figure takes 2019 and says so; r2 states no date, so nothing is invented
    assert filled["as_of_year"].tolist() == [2017, 2019, pd.NA]
    assert filled["year_source"].tolist() == ["stated", "published", ""]
    assert V.year_basis(filled) == "year the figure describes: stated 1, published 1"


def test_money_quartiles_per_year_and_metric_by_hand():
    money_years = pd.DataFrame(
        {
            "year": ["2018"] * 5 + ["2019"],
            "metric": ["funds_yuan"] * 5 + ["funds_yuan"],
            "place": ["甲县", "乙县", "丙县", "丙县", "丁县", "甲县"],
            "wan_yuan": [10.0, 20.0, 30.0, 40.0, 50.0, 7.0],
        }
    )
    got = V.money_quartiles(money_years).set_index("year")
    # 2018: five amounts 10..50; pandas' linear quantiles: q1 = 20, median = 30, q3 = 40.
    assert got.loc["2018", ["amounts", "places", "q1", "median", "q3"]].tolist() == [
        5,
        4,
        20,
        30,
        40,
    ]
    assert got.loc["2019", ["amounts", "places", "median"]].tolist() == [1, 1, 7]
    assert V.money_quartiles(money_years.iloc[0:0]).empty


def test_money_unit_follows_the_typical_amount():
    # 亿元 only when the median amount reaches 1亿: one huge fund among small ones stays 万元.
    assert V.money_unit(pd.Series([1.2e8, 3e8, 9e9])) == ("亿元", 1e8)
    assert V.money_unit(pd.Series([5e4, 2e5, 9e9])) == ("万元", 1e4)
    assert V.money_unit(pd.Series([], dtype="float64")) == ("万元", 1e4)
