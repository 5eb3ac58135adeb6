"""Chart builders: bounded by `top`, nothing summed, every dot drawn, omissions stated."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import pandas as pd  # noqa: E402

from helpers.analysis import charts  # noqa: E402


def test_barh_draws_only_the_top_rows():
    data = pd.DataFrame({"place": [f"县{i}" for i in range(30)], "n": range(30, 0, -1)})
    fig = charts.barh(data, "place", "n", "t", "n", top=10)
    (ax,) = fig.axes
    assert len(ax.patches) == 10
    assert [t.get_text() for t in ax.get_yticklabels()][-1] == "县0"  # largest on top


def test_dot_plot_draws_every_value_as_its_own_dot():
    data = pd.DataFrame(
        {"place": ["甲", "甲", "乙"], "v": [10.0, 20.0, 5.0], "metric": ["a", "b", "a"]}
    )
    fig = charts.dot_plot(data, "place", "v", "metric", "t", "v")
    dots = sum(len(c.get_offsets()) for c in fig.axes[0].collections)
    assert dots == 3  # two values of one place are two dots, never one sum


def test_grouped_bars_keeps_the_groups_with_most_rows_and_says_how_many_were_left_out():
    rows = [("2018", f"县{g}", 100.0) for g in range(9) for _ in range(9 - g)]
    data = pd.DataFrame(rows, columns=["year", "place", "value"])
    fig = charts.grouped_bars(data, "year", "place", "value", "Lifted", "户", top=3)
    ax = fig.axes[0]
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["县0", "县1", "县2"]
    assert "6 more not shown" in ax.get_title()


def test_grouped_bars_tolerates_missing_values():
    data = pd.DataFrame(
        {"year": ["2018", "2019"], "place": ["甲", "乙"], "value": pd.array([5, None], "Float64")}
    )
    charts.grouped_bars(data, "year", "place", "value", "t", "户")  # no "ambiguous NA" error
