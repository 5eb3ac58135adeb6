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


def overlapping_labels(fig) -> list[tuple[str, str]]:
    """Pairs of text labels (annotations, bar labels, tick labels) whose drawn boxes intersect."""
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    found = []
    for ax in fig.axes:
        texts = [t for t in ax.texts if t.get_text()]
        texts += [t for t in ax.get_yticklabels() + ax.get_xticklabels() if t.get_text()]
        boxes = [(t.get_text(), t.get_window_extent(renderer)) for t in texts]
        for i, (a, box_a) in enumerate(boxes):
            for b, box_b in boxes[i + 1 :]:
                if box_a.overlaps(box_b) and box_a.width and box_b.width:
                    found.append((a, b))
    return found


def test_timeline_labels_never_overlap_however_many_places():
    dates = pd.date_range("2015-01-01", periods=300, freq="7D")
    first = pd.DataFrame(
        {
            "slogan": [f"口号{i % 20}" for i in range(300)],
            "place": [f"某某县{i}" for i in range(300)],
            "first_date": dates,
            "mentions": 1,
        }
    )
    assert overlapping_labels(charts.timeline(first, "t", top=20)) == []


def test_bar_and_heatmap_labels_never_overlap():
    data = pd.DataFrame({"place": [f"某某县{i}" for i in range(40)], "n": range(4000, 0, -100)})
    assert overlapping_labels(charts.barh(data, "place", "n", "t", "n", top=25)) == []
    matrix = pd.DataFrame(
        [[i * j for j in range(12)] for i in range(12)],
        index=[f"某省{i}" for i in range(12)],
        columns=[f"某省{j}" for j in range(12)],
    )
    assert overlapping_labels(charts.heatmap(matrix, "t", "x", "y")) == []


def test_the_footer_gives_the_date_of_the_build_not_of_the_drawing(seeds_tables):
    from datetime import date

    built = seeds_tables.info["built"]
    assert charts.provenance(seeds_tables, today=date(1999, 1, 1)).endswith(f"build of {built}")


def test_quartile_bands_labels_do_not_overlap_and_the_size_is_bounded():
    # Two metrics whose medians sit close together every year: their n= labels must not collide.
    summary = pd.DataFrame(
        {
            "year": ["2016", "2017", "2018"] * 2,
            "metric": ["funds_yuan"] * 3 + ["income_yuan"] * 3,
            "amounts": [12, 30, 41, 9, 25, 33],
            "places": [10, 22, 30, 8, 20, 27],
            "q1": [20.0, 25, 30, 18, 22, 28],
            "median": [50.0, 60, 70, 48, 58, 69],
            "q3": [120.0, 150, 160, 110, 140, 150],
        }
    )
    fig = charts.quartile_bands(summary, "测试", "万元")
    assert overlapping_labels(fig) == []
    width, height = fig.get_size_inches() * 200
    assert max(width, height) <= 4000


def test_every_notebooks_footer_counts_the_same_reports_and_stories():
    from datetime import date

    import pandas as pd

    from helpers.analysis.summaries import per_story
    from helpers.store.io import Tables

    # five reports, three stories (a story with three copies): the same words whether a
    # notebook keeps every copy or one a story
    reports = pd.DataFrame(
        {
            "report_id": ["a", "a2", "a3", "b", "c"],
            "story_id": ["a", "a", "a", "b", "c"],
            "copies": [3, 3, 3, 1, 1],
        }
    )
    empty = pd.DataFrame({"report_id": []})
    tables = Tables(empty, reports, empty, empty, empty, empty, empty)
    everything = charts.provenance(tables, today=date(2020, 1, 1))
    assert everything.startswith("Source: 5 reports (3 stories)")
    assert charts.provenance(per_story(tables), today=date(2020, 1, 1)) == everything


def test_a_not_stated_row_is_counted_not_drawn_as_a_place():
    import pandas as pd

    data = pd.DataFrame({"place": ["甲县", "(place not stated)", "乙县"], "reports": [5, 9, 2]})
    fig = charts.barh(data, "place", "reports", "Reports by county", "reports")
    ax = fig.axes[0]
    assert [t.get_text() for t in ax.get_yticklabels()] == ["乙县", "甲县"]
    assert "9 reports with it not stated" in ax.get_title()


def test_years_on_a_chart_are_spaced_by_their_distance():
    import pandas as pd

    summary = pd.DataFrame(
        {
            "year": [2011, 2014, 2015],
            "metric": "funds_yuan",
            "median": [1.0, 2.0, 3.0],
            "q1": [0.5, 1.0, 2.0],
            "q3": [2.0, 3.0, 4.0],
            "amounts": [3, 4, 5],
        }
    )
    fig = charts.quartile_bands(summary, "t", "万元")
    xs = list(fig.axes[0].lines[0].get_xdata())
    # three years apart, then one: not three evenly spaced neighbours
    assert xs[1] - xs[0] == 3 * (xs[2] - xs[1])
