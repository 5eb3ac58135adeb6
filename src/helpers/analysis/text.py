"""Text-as-data helpers for notebooks: keyword in context, slogan spread, keyness, word clouds."""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Iterable, Mapping
from pathlib import Path

import numpy as np
import pandas as pd

from helpers.analysis.summaries import LEVELS
from helpers.store.io import read_text


def load_texts(processed: str | Path, report_ids: Iterable[str] | None = None) -> dict[str, str]:
    """report_id -> cleaned text, read from a build's texts/ folder (all of them in memory: at
    100,000 reports, 0.8 GB; `texts_of` reads them one at a time)."""
    return dict(texts_of(processed, report_ids).items())


class TextFolder(Mapping):
    """report_id -> cleaned text, each read from the build's texts/ folder when asked for and
    not kept: a pass over 100,000 texts (`kwic`) holds one at a time."""

    def __init__(self, processed: Path, report_ids: list[str]):
        self.processed, self.report_ids, self._known = processed, report_ids, frozenset(report_ids)

    def __getitem__(self, report_id: str) -> str:
        if report_id not in self._known:
            raise KeyError(report_id)
        return read_text(self.processed, report_id)

    def __iter__(self):
        return iter(self.report_ids)

    def __len__(self) -> int:
        return len(self.report_ids)

    def __repr__(self) -> str:
        return f"TextFolder({len(self)} texts in {Path(self.processed) / 'texts'})"


def texts_of(processed: str | Path, report_ids: Iterable[str] | None = None) -> TextFolder:
    """The cleaned texts of a build (of `report_ids` only, when given: e.g. the reports that
    `per_story` keeps), in report_id order, read one at a time as they are used."""
    present = sorted(p.stem for p in (Path(processed) / "texts").glob("*.txt"))
    if report_ids is not None:
        wanted = set(report_ids)
        present = [r for r in present if r in wanted]
    return TextFolder(Path(processed), present)


def most_specific_place(frame: pd.DataFrame) -> pd.Series:
    """The deepest non-empty of province/prefecture/county/township, per row."""
    place = pd.Series("", index=frame.index, dtype="string")
    for level in LEVELS:
        place = place.where(frame[level].fillna("") == "", frame[level].astype("string"))
    return place


def kwic(
    texts: Mapping[str, str],
    pattern: str,
    window: int = 20,
    sections: pd.DataFrame | None = None,
    regex: bool = False,
) -> pd.DataFrame:
    """Keyword in context: one row per match with `window` characters either side.

    Columns: report_id, section, place, left, match, right, start. `sections` (the build's
    sections table) supplies section numbers and places; without it they are empty.

    >>> kwic({"r1": "甲乙丙丁戊己庚"}, "丙丁", window=2)[["left", "match", "right"]].values.tolist()
    [['甲乙', '丙丁', '戊己']]
    """
    compiled = re.compile(pattern if regex else re.escape(pattern))
    rows = []
    for report_id in sorted(texts):  # one text at a time: `texts` may read them as asked
        text = texts[report_id]
        for m in compiled.finditer(text):
            left = text[max(0, m.start() - window) : m.start()].replace("\n", " ")
            right = text[m.end() : m.end() + window].replace("\n", " ")
            rows.append((report_id, m.start(), left, m.group(), right))
    hits = pd.DataFrame(rows, columns=["report_id", "start", "left", "match", "right"])
    hits = hits.astype(
        {
            "report_id": "string",
            "start": "Int64",
            "left": "string",
            "match": "string",
            "right": "string",
        }
    )
    if sections is None or hits.empty:
        hits = hits.assign(
            section=pd.array([pd.NA] * len(hits), dtype="Int64"),
            place=pd.array([""] * len(hits), dtype="string"),
        )
    else:
        spans = sections.assign(place=most_specific_place(sections))[
            ["report_id", "section", "start", "end", "place"]
        ]
        merged = hits.merge(
            spans.rename(columns={"start": "s_start", "end": "s_end"}), on="report_id", how="left"
        )
        inside = (merged["start"] >= merged["s_start"]) & (merged["start"] < merged["s_end"])
        hits = merged[inside.fillna(False)].drop(columns=["s_start", "s_end"])
    return hits[["report_id", "section", "place", "left", "match", "right", "start"]].reset_index(
        drop=True
    )


def _slogans_with_place(
    slogans: pd.DataFrame, reports: pd.DataFrame, sections: pd.DataFrame | None, level: str
) -> pd.DataFrame:
    """Slogan mentions with the place (of their section when known) and the report's date."""
    source = sections if sections is not None else reports.assign(section=0)
    places = source[["report_id", "section", *LEVELS]]
    dated = reports[["report_id", "published_date"]]
    return (
        slogans.merge(places, on=["report_id", "section"], how="left", validate="m:1")
        .merge(dated, on="report_id", how="left", validate="m:1")
        .assign(
            place=lambda d: d[level].fillna("").astype("string"),
            year=lambda d: d["published_date"].dt.year.astype("Int64"),
        )
    )


def slogan_table(
    slogans: pd.DataFrame,
    reports: pd.DataFrame,
    level: str = "province",
    sections: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Slogan × place (at `level`) × publication year: mentions and reports, long format."""
    return (
        _slogans_with_place(slogans, reports, sections, level)
        .groupby(["slogan", "place", "year"], dropna=False, as_index=False, observed=True)
        .agg(mentions=("raw", "size"), reports=("report_id", "nunique"))
        .sort_values(
            ["mentions", "slogan", "place"], ascending=[False, True, True], ignore_index=True
        )
    )


def first_appearance(
    slogans: pd.DataFrame,
    reports: pd.DataFrame,
    level: str = "province",
    sections: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Per slogan and place: the earliest dated report using it (diffusion), earliest first.

    Mentions whose report states no date or whose place does not reach `level` are left out:
    an empty place is not one more place.
    """
    found = _slogans_with_place(slogans, reports, sections, level).dropna(subset=["published_date"])
    found = found[found["place"] != ""]
    return (
        found.sort_values(["published_date", "report_id", "start"])
        .groupby(["slogan", "place"], as_index=False, observed=True)
        .agg(
            first_date=("published_date", "first"),
            first_report=("report_id", "first"),
            mentions=("raw", "size"),
        )
        .sort_values(["first_date", "slogan", "place"], ignore_index=True)
    )


def shared_slogans(
    slogans: pd.DataFrame,
    reports: pd.DataFrame,
    level: str = "province",
    sections: pd.DataFrame | None = None,
    min_places: int = 2,
) -> pd.DataFrame:
    """Slogans used in at least `min_places` places at `level`, with those places."""
    found = _slogans_with_place(slogans, reports, sections, level).query("place != ''")
    return (
        found.groupby("slogan", as_index=False, observed=True)
        .agg(
            places=("place", "nunique"),
            place_list=("place", lambda s: "、".join(sorted(set(s)))),
            mentions=("raw", "size"),
        )
        .query("places >= @min_places")
        .sort_values(
            ["places", "mentions", "slogan"], ascending=[False, False, True], ignore_index=True
        )
    )


def slogan_province_matrix(
    slogans: pd.DataFrame,
    reports: pd.DataFrame,
    chosen: Iterable[str],
    sections: pd.DataFrame | None = None,
    top_provinces: int = 15,
) -> pd.DataFrame:
    """Slogan × province: how many reports use each of the `chosen` slogans there.

    Rows keep the order of `chosen`; columns are the `top_provinces` provinces with most such
    reports, the rest summed into "others" so the matrix stays printable.
    """
    chosen = list(chosen)
    found = _slogans_with_place(slogans, reports, sections, "province")
    found = found[found["slogan"].isin(chosen) & (found["place"] != "")]
    matrix = (
        found.groupby(["slogan", "place"], observed=True)["report_id"]
        .nunique()
        .unstack(fill_value=0)
        .reindex(chosen, fill_value=0)
    )
    order = matrix.sum().sort_values(ascending=False, kind="stable").index
    matrix = matrix[order]
    if matrix.shape[1] > top_provinces:
        rest = matrix.iloc[:, top_provinces:].sum(axis=1)
        matrix = matrix.iloc[:, :top_provinces].assign(others=rest)
    matrix.index.name, matrix.columns.name = "slogan", "province"
    return matrix.astype(int)


def slogan_sections(slogans: pd.DataFrame, sections: pd.DataFrame, slogan: str) -> pd.DataFrame:
    """The sections (with their place and adcode) in which `slogan` appears, one row each."""
    used = slogans.loc[slogans["slogan"] == slogan, ["report_id", "section"]].drop_duplicates()
    return used.merge(sections, on=["report_id", "section"], how="left", validate="1:1")


def keyness(
    terms: pd.DataFrame,
    target: Iterable[str],
    reference: Iterable[str] | None = None,
    measure: str = "chi2",
    min_count: int = 2,
    drop_places: bool = True,
) -> pd.DataFrame:
    """Terms over-represented in the `target` reports against `reference` (default: all others).

    For each term a 2×2 table (term / other terms × target / reference) gives the statistic,
    signed positive when the term is relatively more frequent in the target, as quanteda's
    textstat_keyness does: `chi2` with Yates' continuity correction, or `lr` (G², log-likelihood).

    A region's reports name its own places far more than others do, so its key terms would be
    mostly place names; `drop_places` (the default) leaves out the names of provinces,
    prefectures and counties and their short forms (甘肃省 and 甘肃). Townships are kept: their
    short forms are too often ordinary words (新华, 团结).
    """
    if drop_places:
        terms = terms[~terms["term"].isin(place_words())]
    # Both sides summed in one pass over the rows, without a copy of either side: at 100,000
    # reports the vocabulary is 27 million rows, and the reference side is nearly all of them.
    in_target = terms["report_id"].isin(set(target)).to_numpy(dtype=bool)
    if reference is None:
        in_reference = ~in_target
    else:
        in_reference = terms["report_id"].isin(set(reference)).to_numpy(dtype=bool)
    counts = terms["count"].to_numpy(dtype="int64", na_value=0)
    sides = pd.DataFrame(
        {"target": np.where(in_target, counts, 0), "reference": np.where(in_reference, counts, 0)},
        index=terms.index,
    )
    table = sides.groupby(terms["term"], observed=True).sum()
    n_t, n_r = int(table["target"].sum()), int(table["reference"].sum())
    table = table[(table["target"] > 0) | (table["reference"] > 0)]
    table = table[(table["target"] + table["reference"]) >= min_count]
    stats = [
        _keyness_stat(a, b, n_t - a, n_r - b, measure)
        for a, b in zip(table["target"], table["reference"])
    ]
    out = table.assign(statistic=[s for s, _ in stats], p=[p for _, p in stats]).reset_index(
        names="term"
    )
    return out.sort_values(["statistic", "term"], ascending=[False, True], ignore_index=True)


@functools.cache
def place_words() -> frozenset[str]:
    """Names of provinces, prefectures and counties in the gazetteer, with their short forms.

    >>> {"甘肃省", "甘肃", "临夏"} <= place_words()
    True
    """
    from helpers.extract.places import gazetteer as gz

    words = set()
    for division in gz.divisions().values():
        if division.level in ("province", "prefecture", "county"):
            words.add(division.name)
            short = gz.short_name(division.name, division.level)
            if short:
                words.add(short)
    return frozenset(words)


def _keyness_stat(a: int, b: int, c: int, d: int, measure: str) -> tuple[float, float]:
    """Signed statistic and p-value (1 degree of freedom) of the table [[a, b], [c, d]]."""
    n = a + b + c + d
    rows, cols = (a + b, c + d), (a + c, b + d)
    observed = ((a, b), (c, d))
    expected = [[rows[i] * cols[j] / n if n else 0 for j in range(2)] for i in range(2)]
    if measure == "chi2":
        value = sum(
            (max(0.0, abs(observed[i][j] - expected[i][j]) - 0.5) ** 2) / expected[i][j]
            for i in range(2)
            for j in range(2)
            if expected[i][j] > 0
        )
    elif measure == "lr":
        value = 2 * sum(
            observed[i][j] * math.log(observed[i][j] / expected[i][j])
            for i in range(2)
            for j in range(2)
            if observed[i][j] > 0 and expected[i][j] > 0
        )
    else:
        raise ValueError(f"measure {measure!r}: use 'chi2' or 'lr'")
    sign = 1 if a > expected[0][0] else -1
    return sign * value, math.erfc(math.sqrt(max(value, 0) / 2))


def word_cloud(
    frequencies: Mapping[str, float],
    width: int = 1600,
    height: int = 900,
    max_words: int = 150,
    title: str = "",
):
    """A word cloud in the project's CJK font; a matplotlib Figure (same input, same picture)."""
    import matplotlib.pyplot as plt
    from wordcloud import WordCloud

    from helpers.analysis.style import font_path, use_style

    use_style()
    cloud = WordCloud(
        font_path=str(font_path()),
        width=width,
        height=height,
        max_words=max_words,
        background_color="white",
        colormap="cividis",
        random_state=7,
        prefer_horizontal=0.95,
    )
    cloud.generate_from_frequencies(
        {k: float(v) for k, v in frequencies.items() if v > 0} or {"—": 1.0}
    )
    fig, ax = plt.subplots(figsize=(width / 200, height / 200))
    ax.imshow(cloud.to_array(), interpolation="bilinear")
    ax.set_axis_off()
    if title:
        ax.set_title(title)
    return fig


def adoption_curves(
    slogans: pd.DataFrame,
    reports: pd.DataFrame,
    level: str = "county",
    sections: pd.DataFrame | None = None,
    top_n: int = 8,
) -> pd.DataFrame:
    """For the `top_n` slogans used in the most places: cumulative places using each, by month.

    One row per slogan and month in which at least one place used it for the first time;
    `places` is the number of distinct places at `level` that had used it by the end of that
    month (reports' publication dates; undated and unplaced mentions left out).
    """
    first = first_appearance(slogans, reports, level, sections)
    if first.empty:
        return pd.DataFrame(columns=["slogan", "month", "new_places", "places"])
    widest = (
        first.groupby("slogan", observed=True).size().sort_values(ascending=False, kind="stable")
    )
    chosen = first[first["slogan"].isin(widest.index[:top_n])]
    return (
        chosen.assign(month=chosen["first_date"].dt.to_period("M").dt.to_timestamp())
        .groupby(["slogan", "month"], as_index=False, observed=True)
        .size()
        .rename(columns={"size": "new_places"})
        .assign(places=lambda d: d.groupby("slogan", observed=True)["new_places"].cumsum())
        .sort_values(["slogan", "month"], ignore_index=True)
    )
