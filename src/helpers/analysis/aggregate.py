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


def latest(figures: pd.DataFrame, metric: str, level: str = "county", reports=None) -> pd.DataFrame:
    """One row per place at `level`: the figure of `metric` with the latest `as_of_year`.

    Only figures that state or imply their year count; ties go to the later report and
    position. Each row keeps its evidence (figure_id, report, raw text, sentence) and
    `n_figures`, how many dated figures of that place were compared.
    """
    rows = at_level(once_per_story(usable(figures, metric), reports), level)
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
) -> pd.DataFrame:
    """Per place at `level`: the sum of `metric` over figures that can be added.

    Drops repaired figures, rates and parts of a total (their whole is counted), takes a
    reprinted story once, and keeps only figures that describe the place itself, not its
    townships or villages. Refuses (AggregationError) to add figures of different periods
    (a stock to a flow, a running total to a year) unless `period` picks one, and to add
    stocks of different years. `figure_ids` lists the rows behind each number.
    """
    rows = at_level(once_per_story(usable(figures, metric), reports), level)
    if period is not None:
        rows = rows[rows["period"].astype("string") == period]
    periods = sorted(set(rows["period"].astype("string").fillna("")))
    if len(periods) > 1:
        named = ", ".join(p or "unstated" for p in periods)
        raise AggregationError(
            f"{metric} figures of different periods ({named}) cannot be added: a stock, a "
            f"year's flow and a running total count different things. Pass period='annual' "
            f"(or 'point', 'cumulative', '') to add one kind."
        )
    if periods == ["point"] or metric.startswith("poor_"):
        years = rows.groupby("place", observed=True)["as_of_year"].nunique(dropna=False)
        if (years > 1).any():
            place = years[years > 1].index[0]
            raise AggregationError(
                f"{metric} is a stock: adding {place}'s counts of different years would count "
                f"the same households again. Use latest() for one value per place."
            )
    grouped = rows.groupby(["place", "unit"], observed=True)
    result = grouped.agg(
        total=("value", lambda v: tidy(float(v.sum()))),
        n_figures=("value", "size"),
        figure_ids=("figure_id", lambda ids: ";".join(ids)),
    ).reset_index()
    return result.assign(metric=metric, period=periods[0] if periods else period or "")[
        ["place", "metric", "period", "total", "unit", "n_figures", "figure_ids"]
    ]


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
    label = at_level(reports.assign(village=""), level)
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
    money = money.set_index("place")[["total", "n_figures"]].rename(
        columns={"total": "funds_yuan_annual", "n_figures": "funds_yuan_n"}
    )
    table = table.join(money, how="left")
    return table.reset_index().sort_values(["reports", "place"], ascending=[False, True])
