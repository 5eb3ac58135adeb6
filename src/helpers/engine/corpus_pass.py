"""The pass over the whole corpus after every report is built: stories and shared passages.

It reads the cleaned texts back from the staging folder once, in report order, so that it
works the same after the local and the Dask engines, and rewrites `reports` with `story_id` and
`copies` and writes `reuse`. Memory holds one MinHash signature per report and one key per
distinct paragraph, not the texts.
"""

from __future__ import annotations

import shutil
from collections import Counter
from pathlib import Path
from typing import NamedTuple

import pandas as pd

from ..errors import HelpersError
from ..extract.records import Passage
from . import io, tables
from .reuse import PassageIndex
from .slogan_evidence import settle
from .stories import StoryIndex, fingerprint, story_ids

BATCH = 50_000  # reuse rows per write


class Digest(NamedTuple):
    """What the pass needs of every text, gathered during the build (the local engine's
    workers compute it while the text is at hand), in report order."""

    stories: StoryIndex
    passages: PassageIndex


def run(staging: Path, digest: Digest | None = None) -> tuple[int, int]:
    """Add story_id and copies to the staged reports, settle the slogans that need the corpus's
    evidence, and write the reuse table; returns (reuse rows, slogans the corpus recognised).

    Without `digest` (the Dask engine) the staged texts are read once to gather it.
    """
    reports = _read(staging, "reports")
    ids = reports["report_id"].tolist()
    if digest is None:
        digest = Digest(StoryIndex(staging, expected=len(ids)), PassageIndex())
        for report_id in ids:
            text = io.read_text(staging, report_id)
            digest.stories.add(report_id, fingerprint(text))
            digest.passages.add(report_id, text)
    if digest.stories.ids != ids:
        raise HelpersError("the corpus pass got its reports in another order than the table's")
    index = digest.passages
    groups = digest.stories.groups()
    story = story_ids(groups, dict(zip(ids, reports["published"])))
    copies = Counter(story.values())
    reports = reports.assign(
        story_id=[story[r] for r in ids], copies=[copies[story[r]] for r in ids]
    )
    _replace(staging, "reports", tables.typed("reports", reports))
    recognised = settle(staging, story, dict(zip(ids, reports["adcode"])))
    shared = index.shared(story)
    index.release()  # the keys are no longer needed; the occurrences are
    _remove(staging, "reuse")
    writer = io.TableWriter(staging, "reuse")
    for batch in _passages(staging, shared, reports):
        writer.write_encoded([io.encode_records("reuse", batch)])
    writer.close()
    return len(shared.reports), recognised


def _passages(staging: Path, shared, reports: pd.DataFrame):
    """Batches of rows with their text and report context, in report order: each text is read
    once and no more than BATCH rows are held at a time (a template used by every report of a
    large corpus gives hundreds of thousands of rows)."""
    fields = ["story_id", "published", "province", "prefecture", "county"]
    meta = list(reports[fields].itertuples(index=False, name=None))
    batch: list[Passage] = []
    text_of, text = None, ""
    rows = zip(
        shared.reports.tolist(), shared.starts.tolist(), shared.ends.tolist(),
        shared.keys.tolist(),
    )  # fmt: skip
    for number, start, end, key in rows:
        if number != text_of:
            text_of, text = number, io.read_text(staging, shared.ids[number])
        story_id, published, province, prefecture, county = meta[number]
        passage = text[start:end]
        batch.append(
            Passage(f"{key:016x}", shared.ids[number], story_id, start, end, len(passage),
                    published, province, prefecture, county, passage)
        )  # fmt: skip
        if len(batch) == BATCH:
            yield batch
            batch = []
    yield batch


def _read(staging: Path, name: str) -> pd.DataFrame:
    single, parts = staging / f"{name}.parquet", staging / name
    frame = pd.read_parquet(single if single.exists() else parts)
    return tables.typed(name, frame)


def _remove(staging: Path, name: str) -> None:
    for old in (staging / f"{name}.csv", staging / f"{name}.parquet"):
        old.unlink(missing_ok=True)
    shutil.rmtree(staging / name, ignore_errors=True)


def _replace(staging: Path, name: str, frame: pd.DataFrame) -> None:
    """Write one table whole, in place of its streamed file or its Dask parts."""
    _remove(staging, name)
    writer = io.TableWriter(staging, name)
    writer.write(frame)
    writer.close()
