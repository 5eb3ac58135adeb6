"""Slogans the corpus recognises: a quoted name that stories from several places quote alike.

A report alone cannot tell a local campaign's name in quotation marks (“以购代捐”, “村企联建”)
from a phrase a writer put in scare quotes. The corpus can: a phrase quoted by stories from two
or more places is a formula that travels, which is what a slogan is. Each report marks such
quotations as candidates (`slogans.corpus_candidate`); this pass, run once every report is
built, keeps the candidates the corpus supports, as `recognised_by = "corpus"`, and drops the
rest. It streams the slogans table: memory holds the candidates' phrases, not the table.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd

from ..extract.slogans import CANDIDATE, CORPUS
from . import io, tables

MIN_STORIES = 2  # reprints of one story are one voice
MIN_PLACES = 2  # one county's own pages repeating its phrase are one voice too
READ_ROWS = 50_000


def settle(staging: Path, story: dict[str, str], place: dict[str, str]) -> int:
    """Keep the supported candidates of the staged slogans table; returns how many were kept.

    `story` and `place` map each report to its story_id and to the place it is about (its
    adcode, "" when unknown: an unknown place is not counted as another place).
    """
    files = _parquet_files(staging)
    evidence = _evidence(files) if files else None
    if evidence is None:
        return 0  # no candidate: the table stands as written
    supported = supported_phrases(evidence, story, place)
    settled = staging / ".settled"
    settled.mkdir()
    writer = io.TableWriter(settled, "slogans")
    kept = 0
    writer.write(tables.to_frame("slogans", []))  # the header, even if no row is left
    for frame in _batches(files):
        candidate = frame["recognised_by"] == CANDIDATE
        chosen = candidate & frame["slogan"].isin(supported)
        kept += int(chosen.sum())
        frame.loc[chosen, "recognised_by"] = CORPUS
        writer.write(frame[~candidate | chosen].reset_index(drop=True))
    writer.close()
    shutil.rmtree(staging / "slogans", ignore_errors=True)  # the Dask engine's parts
    for suffix in (".csv", ".parquet"):
        (settled / f"slogans{suffix}").replace(staging / f"slogans{suffix}")
    settled.rmdir()
    return kept


def supported_phrases(
    evidence: pd.DataFrame, story: dict[str, str], place: dict[str, str]
) -> set[str]:
    """Candidate phrases quoted (as candidates or as slogans) by enough stories and places.

    `evidence` has the columns report_id, slogan, recognised_by: every row whose phrase is
    some report's candidate.

    >>> rows = pd.DataFrame({"report_id": ["a", "b", "c"], "slogan": ["村企联建"] * 3,
    ...                      "recognised_by": ["candidate"] * 3})
    >>> supported_phrases(rows, {"a": "a", "b": "a", "c": "c"}, {"a": "1", "b": "1", "c": "1"})
    set()
    >>> supported_phrases(rows, {"a": "a", "b": "b", "c": "c"}, {"a": "1", "b": "2", "c": ""})
    {'村企联建'}
    """
    if evidence.empty:
        return set()
    frame = evidence.assign(
        story=evidence["report_id"].map(story), place=evidence["report_id"].map(place)
    )
    frame["place"] = frame["place"].replace("", pd.NA)
    voices = frame.groupby("slogan", observed=True).agg(
        stories=("story", "nunique"), places=("place", "nunique")
    )
    chosen = voices[(voices["stories"] >= MIN_STORIES) & (voices["places"] >= MIN_PLACES)]
    return set(chosen.index)


def _parquet_files(staging: Path) -> list[Path]:
    single, parts = staging / "slogans.parquet", staging / "slogans"
    return [single] if single.exists() else sorted(parts.glob("part-*.parquet"))


def _evidence(files: list[Path]) -> pd.DataFrame | None:
    """The rows whose phrase is a candidate somewhere (None: there is no candidate): two column
    reads, not the table."""
    import pyarrow.compute as pc
    import pyarrow.parquet as pq

    columns = ["report_id", "slogan", "recognised_by"]
    kinds = [pq.read_table(f, columns=["slogan", "recognised_by"]) for f in files]
    phrases = set()
    for table in kinds:
        mask = pc.equal(table["recognised_by"], CANDIDATE)
        phrases.update(table.filter(mask)["slogan"].to_pylist())
    if not phrases:
        return None
    del kinds
    wanted = [("slogan", "in", sorted(phrases))]
    parts = [pq.read_table(f, columns=columns, filters=wanted).to_pandas() for f in files]
    return pd.concat(parts, ignore_index=True)


def _batches(files: list[Path]):
    """The staged table in order, READ_ROWS rows at a time, typed."""
    import pyarrow.parquet as pq

    for f in files:
        for batch in pq.ParquetFile(f).iter_batches(batch_size=READ_ROWS):
            yield tables.typed("slogans", batch.to_pandas())
