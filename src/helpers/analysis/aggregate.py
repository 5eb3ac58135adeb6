"""Numbers a paper can print: the latest value per place, and totals that refuse to mislead.

Figures of one place repeat and contain each other: a county's stock and its townships', a
fund and the part of it spent on roads, the same report reprinted, a stock counted every year.
`latest` picks one figure per place; `total` adds only what can be added and says why not.
"""

from __future__ import annotations

import pandas as pd

from helpers.analysis.summaries import LEVELS
from helpers.analysis.views import is_doubtful, place_codes, with_place
from helpers.errors import HelpersError
from helpers.extract.numbers import tidy

# Columns finer than each level: a county figure has no township or village.
FINER = {level: LEVELS[i + 1 :] + ["village"] for i, level in enumerate(LEVELS)}
SCOPES = ["province", "prefecture", "county", "township", "village"]
FINER_SCOPES = {level: SCOPES[SCOPES.index(level) + 1 :] for level in SCOPES}
EVIDENCE = ["figure_id", "report_id", "raw", "sentence", "as_of_year", "year_source", "period"]


class AggregationError(HelpersError, ValueError):
    """Figures that cannot be added up as asked (mixed periods or levels)."""


def at_level(figures: pd.DataFrame, level: str) -> pd.DataFrame:
    """Figures that describe exactly a place of `level`: named to it, not below it."""
    reach = figures[level].astype("string").fillna("") != ""
    finer = pd.Series(False, index=figures.index)
    for column in FINER[level]:
        finer |= figures[column].astype("string").fillna("") != ""
    rows = figures[reach & ~finer]
    if rows.empty:  # label helpers do not take empty frames
        return rows.assign(place=pd.Series(dtype="string"))
    return with_place(rows, level)


def usable(figures: pd.DataFrame, metric: str) -> pd.DataFrame:
    """Figures of `metric` that stand for an amount: not repaired, not a rate, not a part."""
    rows = figures[figures["metric"].astype("string") == metric]
    rate = rows["flags"].astype("string").fillna("").str.contains("rate")
    part = rows["part_of"].astype("string").fillna("") != ""
    return rows[~is_doubtful(rows) & ~rate & ~part]


def once_per_story(figures: pd.DataFrame, reports: pd.DataFrame | None) -> pd.DataFrame:
    """A reprinted story's figures once: the copy with the smallest report_id keeps them."""
    if reports is None or "story_id" not in reports:
        return figures
    story = figures["report_id"].map(reports.set_index("report_id")["story_id"])
    keyed = figures.assign(_story=story.fillna(figures["report_id"]))
    keyed = keyed.sort_values(["_story", "report_id", "start"])
    return keyed.drop_duplicates(["_story", "metric", "value", "unit", "raw"]).drop(
        columns="_story"
    )


def once_per_fact(figures: pd.DataFrame, reports: pd.DataFrame | None) -> pd.DataFrame:
    """A fact stated in several stories once: a figure whose sentence (digits included) stands in
    another story is kept from the earliest-published one (undated last, then the smallest
    report_id). A prefecture's paragraph copied into seven county reports adds its money once."""
    if figures.empty:
        return figures
    sentence = figures["sentence"].astype("string").fillna("").str.replace(r"\s+", "", regex=True)
    published = (
        figures["report_id"].map(reports.set_index("report_id")["published"])
        if reports is not None and "published" in reports
        else pd.Series("", index=figures.index)
    )
    keyed = figures.assign(
        _sentence=sentence,
        _published=published.astype("string").fillna("").replace("", "9999"),
    ).sort_values(["_published", "report_id", "start"])
    kept = keyed.drop_duplicates(["_sentence", "metric", "value", "unit", "raw"])
    return kept.drop(columns=["_sentence", "_published"]).sort_index()


def of_scope(figures: pd.DataFrame, level: str) -> pd.DataFrame:
    """Figures whose scope is not finer than `level`: "全村…户" placed at its county is the
    village's count, not the county's."""
    finer = set(FINER_SCOPES[level])
    scope = figures["scope"].astype("string").fillna("")
    return figures[~scope.isin(finer)]


def latest(figures: pd.DataFrame, metric: str, level: str = "county", reports=None) -> pd.DataFrame:
    """One row per place at `level`: the figure of `metric` with the latest `as_of_year`.

    Only figures that state or imply their year count; ties go to the later report and
    position. Each row keeps its evidence (figure_id, report, raw text, sentence) and
    `n_figures`, how many dated figures of that place were compared.
    """
    rows = at_level(of_scope(once_per_fact(usable(figures, metric), reports), level), level)
    rows = rows[rows["as_of_year"].notna()]
    columns = ["place", "adcode", "metric", "value", "unit", "n_figures", *EVIDENCE]
    if rows.empty:
        return pd.DataFrame(columns=columns)
    ordered = rows.sort_values(["place", "as_of_year", "report_id", "start"])
    counts = ordered.groupby("place", observed=True).size().rename("n_figures")
    last = ordered.drop_duplicates("place", keep="last").join(counts, on="place")
    last = last.assign(adcode=place_codes(last, level))
    return last[columns].sort_values("place", ignore_index=True)


def total(
    figures: pd.DataFrame,
    metric: str,
    level: str = "county",
    period: str | None = None,
    reports: pd.DataFrame | None = None,
    by_year: bool = True,
) -> pd.DataFrame:
    """Per place at `level` and per year: the sum of `metric` over figures that can be added.

    Each fact counts once: repaired figures, rates and parts of a total are dropped (their
    whole is counted), a sentence that stands in several stories counts from the earliest, and
    a figure counts only at its own scope (not a village's "全村…" placed at its county).
    Figures of different years are never added (`by_year=False` adds across years on purpose;
    figures with no year are then left out of neither). Refuses (AggregationError) to add
    different periods (a stock to a flow) unless `period` picks one, and to add stocks of
    different years.

    Above the county, a place's total is the one a report states for it, else the sum of its
    parts' totals (counties into prefectures, prefectures into provinces), which do not
    overlap; `basis` says which (`stated`, or `summed from N counties`). `figure_ids` lists
    the rows behind each number.
    """
    base = of_scope(once_per_fact(usable(figures, metric), reports), level)
    if period is not None:
        base = base[base["period"].astype("string") == period]
    periods = sorted(set(base["period"].astype("string").fillna("")))
    if len(periods) > 1:
        named = ", ".join(p or "unstated" for p in periods)
        raise AggregationError(
            f"{metric} figures of different periods ({named}) cannot be added: a stock, a "
            f"year's flow and a running total count different things. Pass period='annual' "
            f"(or 'point', 'cumulative', '') to add one kind."
        )
    if by_year:
        base = base[base["as_of_year"].notna()]
    stated = _stated_totals(at_level(base, level), metric, periods, by_year)
    if level in ("prefecture", "province"):
        parts_level = LEVELS[LEVELS.index(level) + 1]
        if parts_level == "township":
            parts_level = "county"
        parts = total(figures, metric, parts_level, period, reports, by_year)
        stated = _with_parts(stated, parts, level, parts_level, by_year)
    columns = ["place", "metric", "period", "year", "total", "unit", "n_figures", "basis"]
    result = stated.assign(metric=metric, period=periods[0] if periods else period or "")
    return result[[*columns, "figure_ids"]].sort_values(["place", "year"], ignore_index=True)


def _stated_totals(rows: pd.DataFrame, metric: str, periods: list[str], by_year: bool):
    """Sums of the figures that describe each place itself."""
    if (periods == ["point"] or metric.startswith("poor_")) and not by_year:
        years = rows.groupby("place", observed=True)["as_of_year"].nunique(dropna=False)
        if (years > 1).any():
            place = years[years > 1].index[0]
            raise AggregationError(
                f"{metric} is a stock: adding {place}'s counts of different years would count "
                f"the same households again. Use latest() for one value per place."
            )
    keys = ["place", "unit", "as_of_year"] if by_year else ["place", "unit"]
    if rows.empty:
        return pd.DataFrame(
            columns=["place", "year", "total", "unit", "n_figures", "basis", "figure_ids"]
        )
    grouped = rows.groupby(keys, observed=True, dropna=False)
    result = grouped.agg(
        total=("value", lambda v: tidy(float(v.sum()))),
        n_figures=("value", "size"),
        figure_ids=("figure_id", lambda ids: ";".join(ids)),
    ).reset_index()
    year = result["as_of_year"].astype("Int64") if by_year else pd.NA
    return result.assign(year=year, basis="stated").drop(columns="as_of_year", errors="ignore")


def _with_parts(stated, parts, level: str, parts_level: str, by_year: bool):
    """A place's stated totals, and for each year it states none, the sum of its parts'."""
    if parts.empty:
        return stated
    # a place's label names its path ("甲省 乙市 丙县"): the parent's is the path without the
    # last name; a unit with a level missing above it (a municipality's district) has none
    depth = LEVELS.index(level) + 1
    paths = parts["place"].astype("string").str.split(" ")
    parent = paths.map(lambda names: " ".join(names[:depth]) if len(names) == depth + 1 else "")
    parts = parts.assign(parent=parent)
    parts = parts[parts["parent"] != ""]
    if parts.empty:
        return stated
    keys = ["parent", "unit", "year"] if by_year else ["parent", "unit"]
    summed = (
        parts.groupby(keys, observed=True, dropna=False)
        .agg(
            total=("total", lambda v: tidy(float(v.sum()))),
            n_figures=("n_figures", "sum"),
            n_parts=("place", "nunique"),
            figure_ids=("figure_ids", lambda ids: ";".join(ids)),
        )
        .reset_index()
        .rename(columns={"parent": "place"})
    )
    plural = {"county": "counties", "prefecture": "prefectures"}[parts_level]
    summed = summed.assign(basis=summed["n_parts"].map(lambda n: f"summed from {n} {plural}"))
    if not by_year:
        summed = summed.assign(year=pd.NA)
    have = set(zip(stated["place"], stated["unit"], stated["year"].astype("string")))
    new = [
        (p, u, str(y) if pd.notna(y) else "<NA>") not in have
        for p, u, y in zip(summed["place"], summed["unit"], summed["year"])
    ]
    summed = summed[new].drop(columns="n_parts")
    if stated.empty:
        return summed
    return pd.concat([stated, summed], ignore_index=True)


def trajectory(
    figures: pd.DataFrame, metric: str, level: str = "county", reports=None
) -> pd.DataFrame:
    """One value per place per year: the latest statement about that year (the latest-published
    report, then its last figure). The first value of a change (由A减少到B) counts for its own
    year when it states one, else not at all, so a "from" value never stands for a later year.
    Each row keeps the figure it comes from."""
    rows = at_level(of_scope(usable(figures, metric), level), level)
    rows = rows[rows["as_of_year"].notna()]
    columns = [
        "place",
        "year",
        "value",
        "unit",
        "year_source",
        "figure_id",
        "report_id",
        "sentence",
    ]
    if rows.empty:
        return pd.DataFrame(columns=columns)
    published = (
        rows["report_id"].map(reports.set_index("report_id")["published"])
        if reports is not None
        else pd.Series("", index=rows.index)
    )
    ordered = rows.assign(
        _published=published.astype("string").fillna(""), year=rows["as_of_year"].astype("Int64")
    ).sort_values(["place", "year", "_published", "report_id", "start"])
    last = ordered.drop_duplicates(["place", "year"], keep="last")
    return last[columns].reset_index(drop=True)


def trajectories(
    figures: pd.DataFrame, metrics: list[str], level: str = "county", reports=None
) -> pd.DataFrame:
    """`trajectory` of each metric, one table with a `metric` column (for a chart per metric)."""
    frames = [trajectory(figures, m, level, reports).assign(metric=m) for m in metrics]
    return pd.concat(frames, ignore_index=True)


def latest_table(
    figures: pd.DataFrame, metrics: list[str], level: str = "county", reports=None
) -> pd.DataFrame:
    """Place × metric: each key metric's latest value, with its year and how many figures
    were compared, so that every cell can be traced (figure_id) and judged (n_figures)."""
    columns = ["place", "adcode", "metric", "value", "unit", "as_of_year", "n_figures", "figure_id"]
    frames = [f for f in (latest(figures, m, level, reports) for m in metrics) if len(f)]
    if not frames:
        return pd.DataFrame(columns=columns)
    return pd.concat(frames, ignore_index=True)[columns]


def region_table(tables, level: str = "province") -> pd.DataFrame:
    """One row per place at `level`, for a paper: reports, stories, the latest registered poor
    households and persons (with their year and the number of dated figures compared), and the
    money put in as annual flows (with the number of figures added). Nothing mixes periods or
    levels; a stock is never summed."""
    reports = tables.reports
    # every report within a place counts for it: a county's reports for its province too
    placed = reports[reports[level].astype("string").fillna("") != ""]
    finer = [c for c in FINER[level] if c in placed]
    label = with_place(placed.assign(**{c: "" for c in finer}), level)
    label = label.assign(adcode=place_codes(label, level))
    counts = label.groupby("place", observed=True).agg(
        adcode=("adcode", "first"),
        reports=("report_id", "size"),
        stories=("story_id", lambda s: s.replace("", pd.NA).nunique() or len(s)),
    )
    table = counts
    for metric in ("poor_households", "poor_persons"):
        last = latest(tables.figures, metric, level, reports).set_index("place")
        table = table.join(
            last[["value", "as_of_year", "n_figures"]].rename(
                columns={
                    "value": metric,
                    "as_of_year": f"{metric}_year",
                    "n_figures": f"{metric}_n",
                }
            ),
            how="left",
        )
    money = total(tables.figures, "funds_yuan", level, period="annual", reports=reports)
    # the latest year's money of each place, with its year: years are never added together
    money = money.sort_values(["place", "year"]).drop_duplicates("place", keep="last")
    money = money.set_index("place")[["total", "year", "n_figures", "basis"]].rename(
        columns={
            "total": "funds_yuan_annual",
            "year": "funds_yuan_year",
            "n_figures": "funds_yuan_n",
            "basis": "funds_yuan_basis",
        }
    )
    table = table.join(money, how="left")
    return table.reset_index().sort_values(["reports", "place"], ascending=[False, True])
