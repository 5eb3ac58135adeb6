"""Views of the figures table for charts: clean vs flagged, headline figures, household sizes.

Figures of one place often repeat or contain each other (a township total and its villages,
a fund and the money paid out of it), so these views pick or list figures; they never add
up stocks and flows or figures of different years as if they were one quantity.
"""

from __future__ import annotations

import pandas as pd

from helpers.analysis.summaries import DOUBTFUL_FLAGS, KEY_METRICS, place_label

DRILL_COLUMNS = [
    "report_id",
    "place",
    "metric",
    "value",
    "unit",
    "qualifier",
    "year",
    "as_of_year",
    "year_source",
    "raw",
    "sentence",
    "flags",
    "note",
]


def is_doubtful(figures: pd.DataFrame) -> pd.Series:
    """Rows whose flags say the number was repaired, is implausible, lost or inferred."""
    pattern = "|".join(DOUBTFUL_FLAGS)
    return figures["flags"].fillna("").str.contains(pattern)


def with_place(figures: pd.DataFrame, level: str) -> pd.DataFrame:
    """Figures with a `place` label down to `level` (those not reaching it: higher up)."""
    label = place_label(figures, level)
    for higher in ["township", "county", "prefecture", "province"]:
        if higher != level:
            label = label.where(label != "", place_label(figures, higher))
    return figures.assign(place=label.replace("", "(place not stated)"))


def place_codes(frame: pd.DataFrame, level: str) -> pd.Series:
    """The 6-digit division code (adcode) of each row's place at `level`, from its names; ''
    when the names do not resolve (a place not stated, or not at that level)."""
    depth = {"province": 1, "prefecture": 2}.get(level, 3)  # townships are mapped as counties
    names = frame[["province", "prefecture", "county"][:depth]].astype("string").fillna("")
    keys = pd.Series(
        list(names.itertuples(index=False, name=None)), index=frame.index, dtype=object
    )
    codes = {key: _code_of(*key) for key in set(keys)}
    return keys.map(codes).astype("string")


def _code_of(province: str, prefecture: str = "", county: str = "") -> str:
    """The code of the last named unit whose ancestors' names agree with the ones given."""
    from helpers.extract.places import gazetteer as gz

    name = county or prefecture or province
    for code in gz.all_names().get(name, ()):
        if len(code) > 6:
            continue
        place = gz.place_of(code)
        if place.province == province and (
            not county or not prefecture or place.prefecture == prefecture
        ):
            return code.ljust(6, "0")
    return ""


def key_figures(figures: pd.DataFrame, level: str = "county") -> tuple[pd.DataFrame, pd.DataFrame]:
    """(clean, flagged) key figures with their place; flagged ones kept apart, never mixed in."""
    key = with_place(figures[figures["metric"].isin(KEY_METRICS)], level)
    doubtful = is_doubtful(key)
    return key[~doubtful].reset_index(drop=True), key[doubtful].reset_index(drop=True)


def headline_figures(
    figures: pd.DataFrame, metrics: list[str], level: str = "county"
) -> pd.DataFrame:
    """Per place and metric, the largest single figure reported (with its year and raw text)."""
    clean, _ = key_figures(figures, level)
    chosen = clean[clean["metric"].isin(metrics) & ~clean["flags"].str.contains("rate")]
    top = chosen.sort_values(["value", "report_id"], ascending=[False, True]).drop_duplicates(
        ["place", "metric"]
    )
    return top[["place", "metric", "value", "unit", "year", "raw", "report_id"]].sort_values(
        ["metric", "value"], ascending=[True, False], ignore_index=True
    )


def comparison_table(figures: pd.DataFrame, level: str = "county") -> pd.DataFrame:
    """One row per place, one column per key metric: the largest single figure reported there."""
    head = headline_figures(figures, KEY_METRICS, level)
    table = head.pivot_table(
        index="place", columns="metric", values="value", aggfunc="max", observed=True
    )
    return table.reindex(columns=[m for m in KEY_METRICS if m in table.columns]).sort_index()


def dated(
    figures: pd.DataFrame, reports: pd.DataFrame, fill_from_published: bool = False
) -> pd.DataFrame:
    """Figures with the year they describe; optionally the undated ones dated by their report.

    `as_of_year` is empty where the text gives no time at all. Whether such a figure holds "as of
    the report's date" is the analyst's call: with `fill_from_published=True` it takes the year
    of its report's `published` date and `year_source` says "published".
    """
    if not fill_from_published:
        return figures
    published = figures["report_id"].map(
        reports.set_index("report_id")["published"].str.slice(0, 4).replace("", None)
    )
    fill = figures["as_of_year"].isna() & published.notna()
    return figures.assign(
        as_of_year=figures["as_of_year"].mask(fill, pd.to_numeric(published, errors="coerce")),
        year_source=figures["year_source"].astype("string").mask(fill, "published"),
    ).astype({"as_of_year": "Int64"})


def year_basis(figures: pd.DataFrame) -> str:
    """A chart subtitle saying how the years shown were found: "stated 12, relative 5 …"."""
    counts = figures["year_source"].astype("string").replace("", pd.NA).value_counts()
    parts = [f"{source} {n}" for source, n in counts.items()]
    return "year the figure describes: " + (", ".join(parts) if parts else "none")


def by_year(figures: pd.DataFrame, metrics: list[str], level: str = "county") -> pd.DataFrame:
    """Figures of `metrics` with a year (`as_of_year`): place × year, the largest of each pair."""
    clean, _ = key_figures(figures, level)
    dated_rows = clean[clean["metric"].isin(metrics) & clean["as_of_year"].notna()]
    return (
        dated_rows.rename(columns={"as_of_year": "year_of"})
        .groupby(["place", "metric", "year_of"], as_index=False, observed=True)
        .agg(value=("value", "max"), year_source=("year_source", "first"))
        .rename(columns={"year_of": "year"})
        .sort_values(["metric", "place", "year"], ignore_index=True)
    )


def household_sizes(figures: pd.DataFrame) -> pd.DataFrame:
    """Persons per household where a span states both (364户1075人): a sanity check of each pair."""
    pairs = figures[figures["unit"].isin(["户", "人"])].copy()
    pairs["kind"] = pairs["unit"].map({"户": "households", "人": "persons"})
    wide = pairs.pivot_table(
        index=["report_id", "start", "raw"],
        columns="kind",
        values="value",
        aggfunc="first",
        observed=True,
    )
    if not {"households", "persons"} <= set(wide.columns):
        return pd.DataFrame(
            columns=["report_id", "raw", "households", "persons", "persons_per_household", "flags"]
        )
    wide = wide.dropna(subset=["households", "persons"]).reset_index()
    flags = figures.drop_duplicates(["report_id", "start"]).set_index(["report_id", "start"])[
        "flags"
    ]
    wide["flags"] = [flags.get((r, s), "") for r, s in zip(wide["report_id"], wide["start"])]
    wide["persons_per_household"] = (wide["persons"] / wide["households"]).round(2)
    return wide[["report_id", "raw", "households", "persons", "persons_per_household", "flags"]]


def money_figures(figures: pd.DataFrame, level: str = "county") -> pd.DataFrame:
    """Every clean amount of money put in or earned (totals, not per-unit rates), with its place."""
    clean, _ = key_figures(figures, level)
    amounts = clean[
        clean["metric"].isin(["funds_yuan", "income_yuan"]) & ~clean["flags"].str.contains("rate")
    ]
    return amounts.assign(wan_yuan=amounts["value"] / 10_000).reset_index(drop=True)


def money_unit(yuan: pd.Series) -> tuple[str, float]:
    """("亿元", 1e8) when the typical amount is a hundred million yuan or more, else ("万元", 1e4):
    the unit a chart of these amounts should use.

    >>> money_unit(pd.Series([3e8, 5e8, 2e9])), money_unit(pd.Series([2e5, 8e6]))
    (('亿元', 100000000.0), ('万元', 10000.0))
    """
    values = pd.to_numeric(yuan, errors="coerce").dropna()
    if len(values) and values.median() >= 1e8:
        return "亿元", 1e8
    return "万元", 1e4


def money_by_year(money: pd.DataFrame) -> pd.DataFrame:
    """Amounts of `money_figures` that have a year, with the year as a label, oldest first."""
    dated_rows = money[money["as_of_year"].notna()]
    return dated_rows.assign(
        year=dated_rows["as_of_year"].astype("Int64").astype("string")
    ).sort_values(["year", "metric"], ignore_index=True)


def money_quartiles(money_years: pd.DataFrame) -> pd.DataFrame:
    """Per year and metric: how many amounts and places, and their quartiles in 万元.

    For a corpus where many places report: one row per year and metric instead of one dot per
    place. Quartiles of single amounts as reported (nothing summed).
    """
    columns = ["year", "metric", "amounts", "places", "q1", "median", "q3"]
    if money_years.empty:
        return pd.DataFrame(columns=columns)
    grouped = money_years.groupby(["year", "metric"], observed=True)["wan_yuan"]
    summary = grouped.agg(
        amounts="size",
        q1=lambda v: v.quantile(0.25),
        median="median",
        q3=lambda v: v.quantile(0.75),
    ).reset_index()
    places = money_years.groupby(["year", "metric"], observed=True)["place"].nunique()
    summary["places"] = summary.set_index(["year", "metric"]).index.map(places).astype(int)
    return summary[columns].sort_values(["metric", "year"], ignore_index=True)


def drill_down(figures: pd.DataFrame, level: str = "county") -> pd.DataFrame:
    """Every figure with the text it came from, for checking and quoting."""
    return with_place(figures, level)[DRILL_COLUMNS]
