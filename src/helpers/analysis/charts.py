"""Chart builders the notebooks call: each returns a matplotlib Figure, labelled with units."""

from __future__ import annotations

from datetime import date

import matplotlib.pyplot as plt
import pandas as pd

from helpers.analysis.style import source_note, use_style


def provenance(tables, today: date | None = None) -> str:
    """'Source: 10,000 reports (9,582 stories), build of 2026-11-24' for the line under every
    chart: the same words in every notebook, whether it counts stories or every copy (after
    `per_story` the table holds one copy a story, and says so), and the date the tables were
    built (build.json), not the day the chart is drawn."""
    info = getattr(tables, "info", None) or {}
    when = info.get("built") or (today or date.today()).isoformat()
    reports = tables.reports
    if {"story_id", "copies"} <= set(reports.columns) and len(reports):
        # each story's copies once: the same with every copy in the table or one a story
        story_rows = reports.drop_duplicates("story_id")
        stories, total = len(story_rows), int(story_rows["copies"].astype(int).sum())
    else:
        stories, total = 0, len(reports)
    if stories and stories != total:
        return f"Source: {total:,} reports ({stories:,} stories), build of {when}"
    return f"Source: {total:,} reports, build of {when}"


def _finished(fig, note: str = ""):
    """The end of every chart: the source line under it (what the figures come from, and when
    they were built), then the figure, ready to save."""
    if note:
        source_note(fig, note)
    return fig


def _whole_numbers(axis) -> None:
    """Ticks on whole numbers only: a count has no 0.2 of a report."""
    from matplotlib.ticker import MaxNLocator

    axis.set_major_locator(MaxNLocator(integer=True))


def barh(
    data: pd.DataFrame,
    label: str,
    value: str,
    title: str,
    xlabel: str,
    note: str = "",
    top: int = 20,
):
    """Horizontal bars, largest on top, value written at the end of each bar.

    A row whose label says the place (or value) is not stated is no bar among the places: it is
    left out and counted in the title."""
    use_style()
    unstated = data[label].astype(str).str.fullmatch(r"\(.*not stated\)")
    if unstated.any():
        n = float(data.loc[unstated, value].astype(float).sum())
        title = f"{title}\n({n:,.0f} {value} with it not stated, not drawn)"
        data = data[~unstated]
    data = data.head(top).iloc[::-1]
    fig, ax = plt.subplots(figsize=(8, max(2.5, 0.38 * len(data) + 1.2)))
    bars = ax.barh(data[label].astype(str), data[value].astype(float), color="#1f3a5f")
    ax.bar_label(
        bars, labels=[f"{v:,.0f}" for v in data[value].astype(float)], padding=3, fontsize=8
    )
    ax.set(title=title, xlabel=xlabel)
    ax.grid(axis="y", visible=False)
    ax.margins(x=0.12)
    if (data[value].astype(float) % 1 == 0).all():
        _whole_numbers(ax.xaxis)
    return _finished(fig, note)


# Approximate (longitude, latitude) of each provincial capital: enough to lay provinces out
# as a tile grid map that needs no boundary files and no download.
CAPITALS = {
    "北京市": (116.4, 39.9),
    "天津市": (117.2, 39.1),
    "河北省": (114.5, 38.0),
    "山西省": (112.5, 37.9),
    "内蒙古自治区": (111.7, 40.8),
    "辽宁省": (123.4, 41.8),
    "吉林省": (125.3, 43.9),
    "黑龙江省": (126.6, 45.8),
    "上海市": (121.5, 31.2),
    "江苏省": (118.8, 32.1),
    "浙江省": (120.2, 30.3),
    "安徽省": (117.3, 31.9),
    "福建省": (119.3, 26.1),
    "江西省": (115.9, 28.7),
    "山东省": (117.0, 36.7),
    "河南省": (113.7, 34.8),
    "湖北省": (114.3, 30.6),
    "湖南省": (113.0, 28.2),
    "广东省": (113.3, 23.1),
    "广西壮族自治区": (108.3, 22.8),
    "海南省": (110.3, 20.0),
    "重庆市": (106.5, 29.6),
    "四川省": (104.1, 30.7),
    "贵州省": (106.7, 26.6),
    "云南省": (102.7, 25.0),
    "西藏自治区": (91.1, 29.7),
    "陕西省": (108.9, 34.3),
    "甘肃省": (103.8, 36.1),
    "青海省": (101.8, 36.6),
    "宁夏回族自治区": (106.3, 38.5),
    "新疆维吾尔自治区": (87.6, 43.8),
    "台湾省": (121.5, 25.0),
    "香港特别行政区": (114.2, 22.3),
    "澳门特别行政区": (113.5, 22.2),
}
SHORT = {
    "内蒙古自治区": "内蒙古",
    "广西壮族自治区": "广西",
    "西藏自治区": "西藏",
    "宁夏回族自治区": "宁夏",
    "新疆维吾尔自治区": "新疆",
    "香港特别行政区": "香港",
    "澳门特别行政区": "澳门",
}


def tile_positions() -> dict[str, tuple[int, int]]:
    """Province -> (column, row) of a tile grid, from the capitals, without two on one tile."""
    taken: dict[tuple[int, int], str] = {}
    order = sorted(CAPITALS, key=lambda p: (-CAPITALS[p][1], CAPITALS[p][0]))
    for province in order:
        lon, lat = CAPITALS[province]
        col, row = round((lon - 87) / 3.6), round((46 - lat) / 2.9)
        ring = [
            (col + dc, row + dr)
            for d in range(4)
            for dc in range(-d, d + 1)
            for dr in range(-d, d + 1)
            if max(abs(dc), abs(dr)) == d
        ]
        cell = next(c for c in ring if c not in taken)
        taken[cell] = province
    return {p: c for c, p in taken.items()}


def province_tiles(values: pd.Series, title: str, label: str, note: str = ""):
    """A tile grid map: one square per province, shaded by `values` (indexed by province name)."""
    use_style()
    positions = tile_positions()
    vmax = float(values.max()) if len(values) and values.max() > 0 else 1.0
    fig, ax = plt.subplots(figsize=(8, 6.5))
    cmap = plt.get_cmap("Greys")
    for province, (col, row) in positions.items():
        v = float(values.get(province, 0) or 0)
        shade = cmap(0.15 + 0.75 * v / vmax) if v else "#ffffff"
        ax.add_patch(
            plt.Rectangle(
                (col, -row), 0.95, 0.95, facecolor=shade, edgecolor="#444444", linewidth=0.6
            )
        )
        dark = v and v / vmax > 0.5
        ax.text(
            col + 0.47,
            -row + 0.58,
            SHORT.get(province, province[:-1] if province[-1] in "省市" else province),
            ha="center",
            va="center",
            fontsize=7.5,
            color="white" if dark else "black",
        )
        if v:
            ax.text(
                col + 0.47,
                -row + 0.25,
                f"{v:,.0f}",
                ha="center",
                va="center",
                fontsize=7,
                color="white" if dark else "black",
            )
    cols = [c for c, _ in positions.values()]
    rows = [r for _, r in positions.values()]
    ax.set_xlim(min(cols) - 0.2, max(cols) + 1.2)
    ax.set_ylim(-max(rows) - 0.2, -min(rows) + 1.2)
    ax.set_aspect("equal")
    ax.set_axis_off()
    ax.set_title(f"{title}\n({label}; blank tiles: none)")
    return _finished(fig, note)


def dot_plot(
    data: pd.DataFrame,
    category: str,
    value: str,
    hue: str,
    title: str,
    xlabel: str,
    note: str = "",
    log: bool = True,
    top: int = 25,
):
    """Every value as a dot, a row per category, a marker per hue: nothing summed or hidden.

    At most `top` rows: the categories with the most values keep theirs; every other value is
    drawn on one last row, "others (N)", so the chart stays readable and no dot is dropped.
    """
    use_style()
    data = _top_and_others(data, category, top)
    cats = list(dict.fromkeys(data[category].astype(str)))
    fig, ax = plt.subplots(figsize=(8, max(2.5, 0.45 * len(cats) + 1.3)))
    markers = ["o", "s", "^", "D", "v"]
    for i, (name, group) in enumerate(data.groupby(hue, observed=True)):
        ys = [cats.index(str(c)) + (i - 0.5) * 0.18 for c in group[category]]
        ax.scatter(
            group[value].astype(float),
            ys,
            marker=markers[i % len(markers)],
            s=36,
            label=str(name),
            facecolors="none" if i % 2 else "#1f3a5f",
            edgecolors="#1f3a5f",
        )
    ax.set_yticks(range(len(cats)), cats)
    ax.invert_yaxis()
    if log:
        from matplotlib.ticker import FuncFormatter, LogLocator, NullFormatter

        ax.set_xscale("log")
        positive = data[value].astype(float)
        positive = positive[positive > 0]
        decades = (positive.max() / positive.min()) if len(positive) else 1
        ax.xaxis.set_major_locator(LogLocator(base=10, subs=(1, 2, 5) if decades < 1000 else (1,)))
        ax.xaxis.set_major_formatter(
            FuncFormatter(lambda v, _: f"{v:,.0f}" if v >= 1 else f"{v:g}")
        )
        ax.xaxis.set_minor_formatter(NullFormatter())
    ax.set(title=title, xlabel=xlabel)
    ax.legend(frameon=False, fontsize=8, loc="best")
    return _finished(fig, note)


def _top_and_others(data: pd.DataFrame, category: str, top: int) -> pd.DataFrame:
    """Rows of the `top` categories with the most rows, the rest relabelled "others (N)"."""
    labels = data[category].astype(str)
    if labels.nunique() <= top:
        return data.assign(**{category: labels})
    order = labels.value_counts(sort=True)
    keep = set(order.index[: top - 1])
    rest = len(order) - len(keep)
    relabelled = labels.where(labels.isin(keep), f"others ({rest})")
    ranked = {name: i for i, name in enumerate(order.index[: top - 1])}
    return (
        data.assign(**{category: relabelled})
        .assign(_rank=lambda d: d[category].map(ranked).fillna(len(ranked)))
        .sort_values("_rank", kind="stable")
        .drop(columns="_rank")
    )


def monthly(counts: pd.DataFrame, month: str, value: str, title: str, ylabel: str, note: str = ""):
    """Counts per month on a time axis: one bar per month, any span of years, a fixed size."""
    use_style()
    dates = pd.PeriodIndex(counts[month].astype(str), freq="M").to_timestamp()
    fig, ax = plt.subplots(figsize=(9, 3.8))
    ax.bar(dates, counts[value].astype(float), width=25, color="#1f3a5f")
    ax.set(title=title, ylabel=ylabel)
    _whole_numbers(ax.yaxis)
    fig.autofmt_xdate()
    return _finished(fig, note)


def quartile_bands(summary: pd.DataFrame, title: str, ylabel: str, note: str = ""):
    """Median by year with the band from the first to the third quartile, one line per metric
    (log scale); each point labelled with how many amounts it summarises."""
    use_style()
    fig, ax = plt.subplots(figsize=(9, 4.5))
    years = sorted(summary["year"].astype(str).unique())
    # years spaced by their distance: 2011 and 2014 are not neighbours
    numeric = all(y.isdigit() for y in years)
    x = {year: int(year) if numeric else i for i, year in enumerate(years)}
    groups = summary.groupby("metric")
    for k, (colour, (metric, rows)) in enumerate(zip(["#1f3a5f", "#b5651d", "#7a7a7a"], groups)):
        xs = [x[str(y)] for y in rows["year"]]
        ax.fill_between(xs, rows["q1"], rows["q3"], color=colour, alpha=0.18, linewidth=0)
        ax.plot(xs, rows["median"], marker="o", color=colour, label=f"{metric} (median, quartiles)")
        for xi, median, n in zip(xs, rows["median"], rows["amounts"]):
            # one metric's counts above its line, the next one's below: they never collide
            ax.annotate(f"n={n}", (xi, median), textcoords="offset points",
                        xytext=(0, 7 if k % 2 == 0 else -13), ha="center", fontsize=7,
                        color=colour)  # fmt: skip
    ax.set_xticks([x[y] for y in years], years)
    ax.set_yscale("log")
    ax.margins(x=0.06, y=0.15)  # room for the n= labels at either end
    ax.set(title=title, ylabel=ylabel)
    ax.legend(frameon=False, fontsize=8)
    return _finished(fig, note)


def grouped_bars(
    data: pd.DataFrame,
    x: str,
    group: str,
    value: str,
    title: str,
    ylabel: str,
    note: str = "",
    top: int = 6,
):
    """Bars of `value` per `x`, side by side per `group` (hatched, so they survive greyscale).

    Only the `top` groups with the most rows are drawn, so the chart stays readable for any
    corpus; the title says how many were left out (their values are not added into anything).
    """
    use_style()
    order = data[group].astype("string").value_counts().index[:top]
    left_out = data[group].nunique() - len(order)
    if left_out > 0:
        data = data[data[group].astype("string").isin(order)]
        title = f"{title}\n(the {len(order)} {group}s with most figures; {left_out} more not shown)"
    table = data.pivot_table(
        index=x, columns=group, values=value, aggfunc="max", observed=True
    ).sort_index()
    fig, ax = plt.subplots(figsize=(8, 4.5))
    width = 0.8 / max(1, len(table.columns))
    hatches = ["", "//", "..", "xx", "\\\\", "oo"]
    for i, column in enumerate(table.columns):
        xs = [j + i * width for j in range(len(table))]
        bars = ax.bar(
            xs,
            table[column].fillna(0),
            width,
            label=str(column),
            hatch=hatches[i % len(hatches)],
            edgecolor="#1f3a5f",
            color=["#1f3a5f", "#ffffff", "#9a9a9a", "#ffffff", "#d0d0d0"][i % 5],
        )
        if table.size <= 24:  # value labels only while they cannot collide
            ax.bar_label(
                bars,
                labels=[f"{v:,.0f}" if pd.notna(v) and v else "" for v in table[column]],
                fontsize=7,
                padding=2,
            )
    ax.set_xticks(
        [j + width * (len(table.columns) - 1) / 2 for j in range(len(table))],
        [str(v) for v in table.index],
    )
    ax.set(title=title, ylabel=ylabel)
    ax.legend(frameon=False, fontsize=8)
    return _finished(fig, note)


def histogram(
    values: pd.Series,
    title: str,
    xlabel: str,
    note: str = "",
    bins: int = 12,
    band: tuple[float, float] | None = None,
):
    """A histogram, with an optional shaded band of plausible values."""
    use_style()
    fig, ax = plt.subplots(figsize=(7, 3.8))
    ax.hist(values.astype(float), bins=bins, color="#1f3a5f", edgecolor="white")
    if band:
        ax.axvspan(*band, color="#d0d0d0", alpha=0.5, label=f"plausible {band[0]}–{band[1]}")
        ax.legend(frameon=False, fontsize=8)
    ax.set(title=title, xlabel=xlabel, ylabel="figures (个)")
    return _finished(fig, note)


def timeline(first: pd.DataFrame, title: str, note: str = "", top: int = 20):
    """First appearance per place of the most widespread slogans: a row each, a dot per place."""
    use_style()
    spread = first.groupby("slogan", observed=True).agg(
        places=("place", "nunique"), mentions=("mentions", "sum"), first_date=("first_date", "min")
    )
    widest = spread.sort_values(
        ["places", "mentions", "first_date"], ascending=[False, False, True]
    ).head(top)
    order = widest["first_date"].sort_values()
    data = first[first["slogan"].isin(order.index)]
    fig, ax = plt.subplots(figsize=(8, max(2.5, 0.38 * len(order) + 1.3)))
    ys = {s: i for i, s in enumerate(order.index)}
    # thousands of places on one row are a smear of dots: fainter and smaller as they grow,
    # each row labelled with its number of places
    per_row = data.groupby("slogan", observed=True)["place"].nunique()
    crowd = float(per_row.max()) if len(per_row) else 1.0
    ax.scatter(
        data["first_date"],
        [ys[s] for s in data["slogan"]],
        s=30 if crowd <= 40 else max(4.0, 30 * (40 / crowd) ** 0.5),
        alpha=1.0 if crowd <= 40 else max(0.12, 40 / crowd),
        color="#1f3a5f",
        linewidths=0,
    )
    # One label per row, the first adopter: labels of one row would pile up on each other.
    firsts = data.sort_values("first_date").drop_duplicates("slogan")
    for row in firsts.itertuples():
        ax.annotate(
            str(row.place)[:8],
            (row.first_date, ys[row.slogan]),
            xytext=(4, 3),
            textcoords="offset points",
            fontsize=6.5,
            color="#444444",
        )
    ax.set_yticks(range(len(order)), [f"{s[:16]} ({per_row.get(s, 0):,})" for s in order.index])
    ax.invert_yaxis()
    ax.set(title=title, xlabel="date of the first report using it (places in brackets)")
    return _finished(fig, note)


def heatmap(matrix: pd.DataFrame, title: str, xlabel: str, ylabel: str, note: str = ""):
    """A labelled matrix of counts, each cell written in it; size bounded by the matrix's."""
    use_style()
    rows, cols = matrix.shape
    fig, ax = plt.subplots(figsize=(min(12, 2 + 0.7 * cols), min(10, 1.6 + 0.5 * rows)))
    ax.imshow(matrix.values, cmap="Blues", aspect="auto")
    ax.set_xticks(range(cols), [str(c) for c in matrix.columns], rotation=45, ha="right")
    ax.set_yticks(range(rows), [str(r) for r in matrix.index])
    peak = matrix.values.max() if matrix.size else 0
    for i in range(rows):
        for j in range(cols):
            value = matrix.values[i, j]
            if value:
                colour = "white" if value > peak / 2 else "#1f3a5f"
                ax.text(j, i, f"{value:,}", ha="center", va="center", fontsize=7, color=colour)
    ax.set(title=title, xlabel=xlabel, ylabel=ylabel)
    ax.grid(False)
    return _finished(fig, note)


def adoption(curves: pd.DataFrame, title: str, ylabel: str, note: str = ""):
    """One step line per slogan: how many places had used it by each month."""
    use_style()
    fig, ax = plt.subplots(figsize=(9, 4.8))
    styles = ["-", "--", ":", "-."]
    for i, (slogan, rows) in enumerate(curves.groupby("slogan", sort=False, observed=True)):
        ax.step(rows["month"], rows["places"], where="post", linestyle=styles[i % 4],
                color=["#1f3a5f", "#7a7a7a", "#b5542c", "#3f7f4f"][i // 4 % 4],
                label=str(slogan)[:14])  # fmt: skip
    _whole_numbers(ax.yaxis)
    ax.set(title=title, ylabel=ylabel)
    ax.legend(frameon=False, fontsize=7, loc="upper left", bbox_to_anchor=(1.01, 1))
    fig.autofmt_xdate()
    return _finished(fig, note)
