"""The pass over the whole corpus after every report is built: stories and shared passages.

It reads the cleaned texts back from the staging folder once, in report order, so that it
works the same after the local and the Dask engines, and rewrites `reports` with `story_id` and
`copies` and writes `reuse`. Memory holds one MinHash signature per report and one key per
distinct paragraph, not the texts.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

from helpers import heap
from helpers.corpus.reuse import PassageIndex
from helpers.corpus.slogan_evidence import settle
from helpers.corpus.stories import StoryIndex, fingerprint, story_ids
from helpers.errors import HelpersError
from helpers.extract.records import Passage
from helpers.store import arrow_columns, io

BATCH = 20_000  # rows per write: a batch of reuse rows, its texts and encodings, ~5 KB a row


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
    reports = io.read_staged(staging, "reports")
    ids = reports.column("report_id").to_pylist()
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
    heap.trim()  # the signatures and candidate pairs just freed: 45 MB of holes at 100k
    story = story_ids(groups, dict(zip(ids, reports.column("published").to_pylist())))
    copies = Counter(story.values())
    io.remove_staged(staging, "reports")
    writer = io.TableWriter(staging, "reports")
    for part in _with_stories(reports, story, copies):
        writer.write_encoded([part])
        heap.trim()
    writer.close()
    recognised = settle(staging, story, dict(zip(ids, reports.column("adcode").to_pylist())))
    shared = index.shared(story)
    index.release()  # the keys are no longer needed; the occurrences are
    io.remove_staged(staging, "reuse")
    writer = io.TableWriter(staging, "reuse")
    context = _context(reports, story)
    del reports
    for batch in _passages(staging, shared, context):
        writer.write_encoded([io.encode_records("reuse", batch)])
        heap.trim()  # each batch's text and encodings, tens of MB at 100k reports
    writer.close()
    return len(shared.reports), recognised


def _with_stories(reports, story: dict[str, str], copies: Counter) -> Iterator[io.Encoded]:
    """The staged reports encoded again with their story_id and copies, BATCH rows at a time
    (100,000 reports at once, as Python values and then as CSV and Arrow, took 250 MB)."""
    for at in range(0, max(reports.num_rows, 1), BATCH):  # one, empty, for the header
        part = reports.slice(at, BATCH)
        stories = [story[r] for r in part.column("report_id").to_pylist()]
        for column, values in (
            ("story_id", arrow_columns.strings(stories)),
            ("copies", arrow_columns.integers([copies[s] for s in stories])),
        ):
            part = part.set_column(part.schema.get_field_index(column), column, values)
        yield io.encode_table("reports", part)


def _context(reports, story: dict[str, str]) -> list[tuple]:
    """(story_id, published, province, prefecture, county) of every report, in order."""
    columns = [reports.column(c).to_pylist() for c in CONTEXT]
    return [(story[r], *rest) for r, *rest in zip(*columns)]


CONTEXT = ["report_id", "published", "province", "prefecture", "county"]


def _passages(staging: Path, shared, context: list[tuple]):
    """Batches of rows with their text and report context, in report order: each text is read
    once and no more than BATCH rows are held at a time (a template used by every report of a
    large corpus gives hundreds of thousands of rows)."""
    batch: list[Passage] = []
    text_of, text = None, ""
    rows = zip(
        shared.reports.tolist(), shared.starts.tolist(), shared.ends.tolist(),
        shared.keys.tolist(),
    )  # fmt: skip
    for number, start, end, key in rows:
        if number != text_of:
            text_of, text = number, io.read_text(staging, shared.ids[number])
        story_id, published, province, prefecture, county = context[number]
        passage = text[start:end]
        batch.append(
            Passage(f"{key:016x}", shared.ids[number], story_id, start, end, len(passage),
                    published, province, prefecture, county, passage)
        )  # fmt: skip
        if len(batch) == BATCH:
            yield batch
            batch = []
    yield batch
