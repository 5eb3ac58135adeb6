"""Slogans the corpus recognises: a quoted name that stories from several places quote alike.

A report alone cannot tell a local campaign's name in quotation marks (“以购代捐”, “村企联建”)
from a phrase a writer put in scare quotes. The corpus can: a phrase quoted by stories from two
or more places is a formula that travels, which is what a slogan is. Each report marks such
quotations as candidates (`quotations.corpus_candidate`); this pass, run once every report is
built, keeps the candidates the corpus supports, as `recognised_by = "corpus"`, and drops the
rest. It streams the slogans table: memory holds the candidates' phrases, not the table.
"""

from __future__ import annotations

import shutil
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path

from helpers.extract.vocabulary.slogan_words import CANDIDATE, CORPUS
from helpers.store import arrow_columns, io

MIN_STORIES = 2  # reprints of one story are one voice
MIN_PLACES = 2  # one county's own pages repeating its phrase are one voice too
READ_ROWS = 50_000


def settle(staging: Path, story: dict[str, str], place: dict[str, str]) -> int:
    """Keep the supported candidates of the staged slogans table; returns how many were kept.

    `story` and `place` map each report to its story_id and to the place it is about (its
    adcode, "" when unknown: an unknown place is not counted as another place).
    """
    import pyarrow as pa
    import pyarrow.compute as pc

    files = _parquet_files(staging)
    evidence = _evidence(files) if files else None
    if evidence is None:
        return 0  # no candidate: the table stands as written
    supported = arrow_columns.strings(sorted(supported_phrases(evidence, story, place)))
    settled = staging / ".settled"
    settled.mkdir()
    writer = io.TableWriter(settled, "slogans")
    kept = 0
    writer.write_encoded([io.encode_records("slogans", [])])  # the header, even if no row is left
    for batch in _batches(files):
        table = pa.Table.from_batches([batch])
        by = table.column("recognised_by")
        candidate = pc.equal(by, arrow_columns.scalar(CANDIDATE))
        chosen = pc.and_(candidate, pc.is_in(table.column("slogan"), value_set=supported))
        kept += pc.sum(chosen).as_py() or 0
        table = table.set_column(
            table.schema.get_field_index("recognised_by"),
            "recognised_by",
            pc.if_else(chosen, arrow_columns.scalar(CORPUS), by),
        ).filter(pc.or_(pc.invert(candidate), chosen))
        writer.write_encoded([io.encode_table("slogans", table)])
    writer.close()
    shutil.rmtree(staging / "slogans", ignore_errors=True)  # the Dask engine's parts
    for suffix in (".csv", ".parquet"):
        (settled / f"slogans{suffix}").replace(staging / f"slogans{suffix}")
    settled.rmdir()
    return kept


def supported_phrases(
    evidence: Iterable[tuple[str, str]], story: dict[str, str], place: dict[str, str]
) -> set[str]:
    """Candidate phrases quoted (as candidates or as slogans) by enough stories and places.

    `evidence`: (report_id, phrase) of every row whose phrase is some report's candidate.

    >>> rows = [("a", "村企联建"), ("b", "村企联建"), ("c", "村企联建")]
    >>> supported_phrases(rows, {"a": "a", "b": "a", "c": "c"}, {"a": "1", "b": "1", "c": "1"})
    set()
    >>> supported_phrases(rows, {"a": "a", "b": "b", "c": "c"}, {"a": "1", "b": "2", "c": ""})
    {'村企联建'}
    """
    stories, places = defaultdict(set), defaultdict(set)
    for report_id, phrase in evidence:
        stories[phrase].add(story[report_id])
        if place.get(report_id):
            places[phrase].add(place[report_id])
    return {
        phrase
        for phrase, voices in stories.items()
        if len(voices) >= MIN_STORIES and len(places[phrase]) >= MIN_PLACES
    }


def _parquet_files(staging: Path) -> list[Path]:
    single, parts = staging / "slogans.parquet", staging / "slogans"
    return [single] if single.exists() else sorted(parts.glob("part-*.parquet"))


def _evidence(files: list[Path]) -> list[tuple[str, str]] | None:
    """(report_id, phrase) of the rows whose phrase is a candidate somewhere (None: there is no
    candidate): two column reads, not the table."""
    import pyarrow.compute as pc
    import pyarrow.parquet as pq

    # ParquetFile.read, not read_table: read_table's dataset layer makes Arrow scalars through
    # pyarrow.scalar, which imports pandas (see arrow_columns)
    candidate = arrow_columns.scalar(CANDIDATE)
    phrases = set()
    for f in files:
        table = pq.ParquetFile(f).read(columns=["slogan", "recognised_by"])
        phrases.update(
            table.filter(pc.equal(table["recognised_by"], candidate))["slogan"].to_pylist()
        )
    if not phrases:
        return None
    wanted = arrow_columns.strings(sorted(phrases))
    rows: list[tuple[str, str]] = []
    for f in files:
        part = pq.ParquetFile(f).read(columns=["report_id", "slogan"])
        part = part.filter(pc.is_in(part["slogan"], value_set=wanted))
        rows += zip(part["report_id"].to_pylist(), part["slogan"].to_pylist())
    return rows


def _batches(files: list[Path]):
    """The staged table in order, READ_ROWS rows at a time."""
    import pyarrow.parquet as pq

    for f in files:
        yield from pq.ParquetFile(f).iter_batches(batch_size=READ_ROWS)
