"""Tidy summaries the notebooks show: counts by place, date, outlet, flag."""

from __future__ import annotations

import functools

import pandas as pd

from helpers.store.loaded import Deferred, Tables
from helpers.store.tables import METRICS

# The poverty counts, money and land of the contract's vocabulary: all but people and "other".
KEY_METRICS = [m for m in METRICS if m not in ("party_members", "cadres", "population", "other")]
DOUBTFUL_FLAGS = ("suspect_fused", "implausible", "mojibake", "unit_inferred")
LEVELS = ["province", "prefecture", "county", "township"]


def per_story(tables: Tables) -> Tables:
    """The tables with each story once: reprints (same `story_id`) keep only the copy that
    names the story, with its sections, figures, slogans and terms. The manifest and the reuse
    table stay whole. A build without story ids is returned as it is.

    A reprinted report's figures are the same figures: counting them per copy would inflate
    every count by region and every slogan's spread.
    """
    reports = tables.reports
    if "story_id" not in reports or (reports["story_id"].fillna("") == "").all():
        return tables
    kept = reports[reports["story_id"] == reports["report_id"]].reset_index(drop=True)
    ids = kept["report_id"]

    pick = {
        # read at first use, and then only the kept stories' rows
        name: tables.unread(name, ids)
        if tables.is_read(name)
        else Deferred(functools.partial(_kept_rows, tables, name, ids))
        for name in ("sections", "figures", "slogans", "terms")
    }
    return tables._replace(reports=kept, **pick)


def _kept_rows(tables: Tables, name: str, ids: pd.Series, report_ids=None, columns=None):
    """`per_story`'s rows of an unread table (a module-level function, so that the view
    pickles)."""
    chosen = ids if report_ids is None else ids[ids.isin(report_ids)]
    return tables.unread(name, chosen, columns)


def corpus_summary(tables: Tables) -> pd.DataFrame:
    """One row per measure of the build: files, reports, rejected, characters, figures, slogans."""
    m = tables.manifest
    # Counts need a column, not the tables: the figures alone are 1 GB at 100,000 reports.
    slogans = tables.unread("slogans", columns=["slogan"])
    rows = [
        ("input files", len(m)),
        ("reports read", int((m["status"] == "ok").sum())),
        ("files rejected", int((m["status"] == "rejected").sum())),
        ("characters of clean text", int(tables.reports["n_chars"].sum())),
        ("sections", len(tables.unread("sections", columns=["report_id"]))),
        ("figures", len(tables.unread("figures", columns=["report_id"]))),
        ("slogan mentions", len(slogans)),
        ("distinct slogans", slogans["slogan"].nunique()),
    ]
    return pd.DataFrame(rows, columns=["measure", "count"]).astype(
        {"measure": "string", "count": "Int64"}
    )


def count_by(frame: pd.DataFrame, column: str, label: str = "(not stated)") -> pd.DataFrame:
    """Rows per value of `column`, largest first; empty values become `label`."""
    return (
        frame.assign(**{column: frame[column].astype("string").replace("", label).fillna(label)})
        .groupby(column, as_index=False, observed=True)
        .size()
        .rename(columns={"size": "reports"})
        .sort_values(["reports", column], ascending=[False, True], ignore_index=True)
    )


def reports_by_month(reports: pd.DataFrame) -> pd.DataFrame:
    """Reports per publication month (reports without a date are left out and counted apart)."""
    dated = reports.dropna(subset=["published_date"])
    return (
        dated.assign(month=dated["published_date"].dt.to_period("M").astype("string"))
        .groupby("month", as_index=False, observed=True)
        .size()
        .rename(columns={"size": "reports"})
    )


def quality_flags(reports: pd.DataFrame) -> pd.DataFrame:
    """How many reports each cleaning flag touched."""
    flags = reports["quality"].str.split(";").explode()
    flags = flags[flags.notna() & (flags != "")]
    return (
        flags.value_counts()
        .rename_axis("flag")
        .reset_index(name="reports")
        .sort_values(["reports", "flag"], ascending=[False, True], ignore_index=True)
    )


def rejected_files(manifest: pd.DataFrame) -> pd.DataFrame:
    """Files the build could not read, with the reason."""
    return manifest.query("status == 'rejected'")[["path", "reason", "n_bytes"]].reset_index(
        drop=True
    )


def report_lengths(reports: pd.DataFrame, label_chars: int = 8) -> pd.DataFrame:
    """Report length in characters, labelled with the first characters of its title."""
    label = (
        reports["title"]
        .where(reports["title"] != "", reports["report_id"])
        .str.slice(0, label_chars)
    )
    return reports.assign(label=label)[["report_id", "label", "n_chars"]].sort_values(
        "n_chars", ascending=False, ignore_index=True
    )


def place_label(frame: pd.DataFrame, level: str) -> pd.Series:
    """'甘肃省 白银市 会宁县' down to `level`, for places that reach that level."""
    cols = LEVELS[: LEVELS.index(level) + 1]
    parts = frame[cols].astype("string").fillna("")
    # column by column, not a row-wise apply (28 s for 1.8 million figures): a space only
    # between two names, so that a missing level leaves no gap
    label = parts[cols[0]]
    for col in cols[1:]:
        part = parts[col]
        label = (label + " " + part).where((label != "") & (part != ""), label + part)
    return label.where(parts[level] != "", "").astype("string")


def places_overview(tables: Tables, level: str = "county") -> pd.DataFrame:
    """Per place at `level` (or the level above): reports, sections, figures."""

    def labelled(frame: pd.DataFrame) -> pd.Series:
        label = place_label(frame, level)
        for higher in reversed(LEVELS[: LEVELS.index(level)]):
            label = label.where(label != "", place_label(frame, higher))
        return label.replace("", "(place not stated)")

    reports = (
        tables.reports.assign(place=labelled(tables.reports))
        .groupby("place", observed=True)
        .size()
        .rename("reports")
    )
    # the place columns only: at 100k reports the figures table is 1 GB, its places a fifth
    sections = tables.unread("sections", columns=LEVELS)
    sections = labelled(sections).rename("place").to_frame().groupby("place").size()
    figures = tables.unread("figures", columns=LEVELS)
    figures = labelled(figures).rename("place").to_frame().groupby("place").size()
    sections, figures = sections.rename("sections"), figures.rename("figures")
    table = pd.concat([reports, sections, figures], axis=1).fillna(0).astype("int64")
    return table.reset_index(names="place").sort_values(
        ["figures", "sections", "place"], ascending=[False, False, True], ignore_index=True
    )


def slogan_counts(slogans: pd.DataFrame) -> pd.DataFrame:
    """Mentions and reports per canonical slogan, with its kind and how its mentions were
    recognised (`recognised_by` values, ";"-joined, when the build has that column)."""
    how = {"recognised_by": ("recognised_by", _ways)} if "recognised_by" in slogans else {}
    return (
        slogans.groupby("slogan", as_index=False, observed=True)
        .agg(
            kind=("kind", "first"),
            mentions=("raw", "size"),
            reports=("report_id", "nunique"),
            **how,
        )
        .sort_values(
            ["mentions", "reports", "slogan"], ascending=[False, False, True], ignore_index=True
        )
    )


def _ways(values: pd.Series) -> str:
    return ";".join(sorted(set(values.astype(str)) - {""}))


def cleaning_by_report(tables: Tables) -> pd.DataFrame:
    """One row per report: bytes read, characters kept, and the cleaning flags."""
    sizes = tables.manifest[["report_id", "n_bytes", "encoding"]]
    return tables.reports[["report_id", "title", "script", "n_chars", "quality"]].merge(
        sizes, on="report_id", how="left", validate="1:1"
    )[["report_id", "title", "encoding", "script", "n_bytes", "n_chars", "quality"]]


def figure_flags(figures: pd.DataFrame) -> pd.DataFrame:
    """How many figures carry each data-quality flag."""
    flags = figures["flags"].str.split(";").explode()
    flags = flags[flags.notna() & (flags != "")]
    return flags.value_counts().rename_axis("flag").reset_index(name="figures")


def coverage_by(tables: Tables, column: str = "province") -> pd.DataFrame:
    """Where the data is thin, per value of a report column (province, source, …): reports,
    the share whose cleaning flagged something, the share with no county resolved, figures
    per report and the share of them flagged doubtful (repaired, implausible, inferred)."""
    reports = tables.reports.assign(
        _key=tables.reports[column].astype("string").fillna("").replace("", "(not stated)")
    )
    # three columns of the figures, not all thirty (and not kept when the table is unread)
    figures = tables.unread("figures", columns=["report_id", "figure_id", "flags"]).merge(
        reports[["report_id", "_key"]], on="report_id", how="left"
    )
    flags = figures["flags"].astype("string").fillna("")
    figures = figures.assign(_doubtful=flags.str.contains("|".join(DOUBTFUL_FLAGS)))
    per_report = reports.groupby("_key", observed=True).agg(
        reports=("report_id", "size"),
        cleaning_flagged=("quality", lambda q: round((q.astype("string") != "").mean(), 3)),
        no_county=("county", lambda c: round((c.astype("string").fillna("") == "").mean(), 3)),
    )
    per_figure = figures.groupby("_key", observed=True).agg(
        figures=("figure_id", "size"), doubtful_figures=("_doubtful", "mean")
    )
    table = per_report.join(per_figure, how="left").fillna({"figures": 0})
    table["figures_per_report"] = (table["figures"] / table["reports"]).round(1)
    table["doubtful_figures"] = table["doubtful_figures"].round(3)
    table.index.name = column
    return table.reset_index().sort_values(["reports", column], ascending=[False, True])[
        [column, "reports", "cleaning_flagged", "no_county", "figures", "figures_per_report",
         "doubtful_figures"]
    ].reset_index(drop=True)  # fmt: skip


def unresolved_places(tables: Tables) -> pd.DataFrame:
    """Reports and sections whose place stops above county level, with what they do have."""
    cols = ["report_id", "section", "heading", *LEVELS]
    sections = tables.sections[cols]
    gaps = sections[
        (sections["county"] == "") & ~sections["prefecture"].isin(_county_level_prefectures(tables))
    ]
    return gaps.assign(
        resolved_to=place_label(gaps, "province").where(
            gaps["prefecture"] == "", place_label(gaps, "prefecture")
        )
    ).reset_index(drop=True)


def _county_level_prefectures(tables: Tables) -> set[str]:
    """Prefecture cells that hold a county-level city under its province (仙桃市): not a gap."""
    adcodes = tables.sections["adcode"].fillna("")
    return set(
        tables.sections.loc[
            adcodes.str.match(r"^\d{4}(?!00)\d{2}$") & (tables.sections["county"] == ""),
            "prefecture",
        ]
    )
