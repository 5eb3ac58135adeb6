"""The build's tasks, shared by the local and Dask engines: files -> their records, in batches."""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import NamedTuple

from helpers import heap
from helpers.corpus.reuse import Keyed, paragraph_keys
from helpers.corpus.stories import Fingerprint, fingerprint
from helpers.engine.pipeline import process_reports
from helpers.extract.records import ManifestRow, ReportResult
from helpers.extract.vocabulary.slogan_words import CANDIDATE
from helpers.store import cache, tables
from helpers.store.io import Encoded, Spilled, TableWriter, encode_columns, encode_records

# (report_id, path relative to the corpus, absolute path, cache folder or "", with_terms)
Task = tuple[str, str, str, str, bool]
# How a result was obtained: counted in the build summary.
COMPUTED, CACHED, REPAIRED = "computed", "cached", "repaired"


def run_task(task: Task) -> tuple[ReportResult, str]:
    """Read one file and process it, or take its cached result; a bad cache entry is replaced."""
    return next(run_tasks([task]))


# Bytes of reports analysed together, stage by stage (see pipeline.process_reports): a chunk
# of articles at once, while a yearbook goes alone.
STAGED_BYTES = 1_000_000


def run_tasks(
    tasks: list[Task], cleaned: Callable[[str, str], object] | None = None
) -> Iterator[tuple[ReportResult, str]]:
    """`run_task` of each task, in order: the files read, up to STAGED_BYTES at a time, and the
    ones not in the cache analysed together (`cleaned`: see pipeline.process_reports)."""
    batch: list[_Read] = []
    size = 0
    for report_id, rel_path, path, cache_dir, with_terms in tasks:
        try:
            raw = Path(path).read_bytes()
        except OSError as err:
            batch.append(_Read(_unreadable(report_id, rel_path, Path(path), err), COMPUTED))
            continue
        entry = (
            cache.entry_path(cache_dir, raw, report_id, rel_path, with_terms) if cache_dir else None
        )
        found = entry is not None and entry.exists()
        cached = cache.read_entry(entry) if found else None
        if cached is not None:
            batch.append(_Read(cached, CACHED))
            continue
        batch.append(
            _Read((report_id, rel_path, raw, with_terms), REPAIRED if found else COMPUTED, entry)
        )
        size += len(raw)
        if size >= STAGED_BYTES:
            yield from _analysed(batch, cleaned)
            batch, size = [], 0
    yield from _analysed(batch, cleaned)


class _Read(NamedTuple):
    """A task once its file is read: its result, or the file to analyse and where to cache it."""

    found: ReportResult | tuple[str, str, bytes, bool] | None
    how: str
    entry: Path | None = None


def _analysed(
    batch: list[_Read], cleaned: Callable[[str, str], object] | None
) -> Iterator[tuple[ReportResult, str]]:
    """The batch's results in order; its files analysed together, then cached."""
    files = [r.found for r in batch if isinstance(r.found, tuple)]
    analysed = iter(process_reports(files, cleaned))
    del files
    # the files' bytes let go before the results are used: a yearbook's are tens of MB
    batch[:] = [r if isinstance(r.found, ReportResult) else r._replace(found=None) for r in batch]
    while batch:
        read = batch.pop(0)
        if read.found is not None:
            yield read.found, read.how
            continue
        result = next(analysed)
        if read.entry is not None:
            cache.write_entry(read.entry, result)
        yield result, read.how


def _unreadable(report_id: str, rel_path: str, path: Path, err: OSError) -> ReportResult:
    """A manifest row for a file that cannot be opened: a dangling link, no permission, …"""
    if path.is_symlink() and not path.exists():
        reason = "broken link"
    else:
        reason = f"unreadable: {err.strerror or err}"
    return ReportResult(ManifestRow(report_id, rel_path, "", "", "rejected", reason, 0))


def new_counts() -> dict[str, int]:
    return {"ok": 0, "figures": 0, "slogans": 0, CACHED: 0, REPAIRED: 0}


def write_text(path: Path, text: str) -> None:
    path.write_text(text, encoding="utf-8")


def accumulate(
    result: ReportResult,
    how: str,
    batch: dict[str, list],
    counts: dict[str, int],
    texts: Path,
    write: Callable[[Path, str], object] = write_text,
) -> None:
    """Add one report's records to the pending rows, write its text (with `write`), count it."""
    if how in (CACHED, REPAIRED):
        counts[how] += 1
    batch["manifest"].append(result.manifest)
    if result.report is None:
        return
    write(texts / f"{result.report.report_id}.txt", result.text)
    counts["ok"] += 1
    counts["figures"] += len(result.figures)
    # candidates are settled by the corpus pass, which counts the ones it keeps
    counts["slogans"] += sum(s.recognised_by != CANDIDATE for s in result.slogans)
    batch["reports"].append(result.report)
    for name in ("sections", "figures", "slogans"):
        batch[name] += getattr(result, name)
    if result.terms:
        batch["terms"].append(result.terms)  # a report's vocabulary stays in its columns


ROWS_PER_PART = 10_000  # rows encoded at once: bounds the memory of one huge file


def encode_pending(name: str, rows: list) -> list[Encoded]:
    """A table's pending rows encoded ROWS_PER_PART at a time, each part's records let go once
    encoded: one big file (a yearbook) then holds its records and one part's encoding at a
    time, not every copy of every table. The vocabulary's rows come as a `TermCounts` per
    report, and are cut into parts as columns."""
    if name == "terms":
        columns = tables.term_columns(rows)
        rows.clear()
        return [
            encode_columns(name, [column[at : at + ROWS_PER_PART] for column in columns])
            for at in range(0, max(len(columns[0]), 1), ROWS_PER_PART)
        ]
    return list(_encoded_parts(name, rows))


def _encoded_parts(name: str, rows: list) -> Iterator[Encoded]:
    """A table's rows encoded ROWS_PER_PART at a time (at least one part, for the header),
    each part's records let go as soon as it is encoded."""
    yield encode_records(name, rows[:ROWS_PER_PART])
    del rows[:ROWS_PER_PART]
    while rows:
        yield encode_records(name, rows[:ROWS_PER_PART])
        del rows[:ROWS_PER_PART]


def spill_pending(name: str, rows: list, folder: Path) -> Spilled:
    """A table's pending rows encoded a part at a time into files of `folder`, not into
    memory: a 36 MB yearbook has 600,000 figures, each with its sentence in the CSV and in
    Arrow, over a gigabyte once encoded. The main process streams the files into the tables."""
    if name == "terms":
        parts = iter(encode_pending(name, rows))
    else:
        parts = _encoded_parts(name, rows)
    writer = TableWriter(folder, name)
    for part in parts:
        writer.write_encoded([part])  # a row group per part: one part in memory at a time
    writer.close()
    return Spilled(folder / f"{name}.csv", folder / f"{name}.parquet")


LARGE_TEXT = 1_000_000  # characters: a yearbook or a site dump, not an article


# Characters of text held for hashing together: the texts of a chunk of articles (64 of a few
# thousand characters), while a yearbook is hashed as soon as it is analysed.
HASHED_TOGETHER = 1_000_000


def _digests(texts: list[tuple[str, str]]) -> list[tuple[str, Fingerprint, Keyed]]:
    """What the corpus pass needs of each text: its fingerprint and its paragraph keys."""
    return [(report_id, fingerprint(text), paragraph_keys(text)) for report_id, text in texts]


class Chunk(NamedTuple):
    """What a worker sends back for a run of reports: counts, each table's rows encoded, and
    what the corpus pass needs of each readable report's text (report_id, its fingerprint for
    the story grouping, its paragraph keys for shared passages)."""

    reports: int
    counts: dict[str, int]
    encoded: dict[str, list[Encoded | Spilled]]
    digests: list[tuple[str, Fingerprint, Keyed]]


def run_chunk(tasks: list[Task], texts: str) -> Chunk:
    """Process a run of reports, write their texts, and encode their rows for the tables.

    Encoding the rows (CSV bytes, Arrow) here, in the worker, leaves the main process only
    appending bytes: it would otherwise be the bottleneck (~2 ms a report, 40 % of the work).
    """
    batch = {name: [] for name in tables.TABLES}
    counts = new_counts()
    digests, large, result = [], False, None
    # The texts are written by a thread of their own: creating a file is kernel time (0.2 ms
    # apiece on some disks), spent without the GIL, so it overlaps the analysis of the next
    # report instead of adding to it.
    folder = Path(texts)
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="texts") as writer:
        written = []
        early: set[str] = set()  # reports whose text went to the writer from the analysis

        def write_soon(path: Path, text: str) -> None:
            if path.stem not in early:
                written.append(writer.submit(write_text, path, text))

        def write_cleaned(report_id: str, text: str) -> None:
            # as soon as the text is known: written while the rest of its batch is analysed
            written.append(writer.submit(write_text, folder / f"{report_id}.txt", text))
            early.add(report_id)

        # Texts are hashed here, in parallel, while they are at hand, but a few at a time: the
        # hashing runs 1.7x faster back to back than between two reports' analyses, which
        # push numpy's code and data out of the CPU's caches.
        waiting: list[tuple[str, str]] = []
        waiting_chars = 0
        for result, how in run_tasks(tasks, write_cleaned):
            large = large or len(result.text) > LARGE_TEXT
            accumulate(result, how, batch, counts, folder, write_soon)
            if result.report is not None:
                waiting.append((result.report.report_id, result.text))
                waiting_chars += len(result.text)
                if waiting_chars >= HASHED_TOGETHER:
                    digests += _digests(waiting)
                    waiting, waiting_chars = [], 0
        digests += _digests(waiting)
        del result, waiting  # the texts: only the records' copies in `batch` are needed now
        for done in written:
            done.result()  # a text that could not be written fails the chunk, as it would inline
    for report_id in early - {report.report_id for report in batch["reports"]}:
        (folder / f"{report_id}.txt").unlink(missing_ok=True)  # analysis failed after cleaning
    if large:
        heap.collect_and_trim()
        spill = Path(tempfile.mkdtemp(prefix="spill-", dir=folder.parent))
        encoded = {name: [spill_pending(name, batch.pop(name), spill)] for name in list(batch)}
    else:
        encoded = {name: encode_pending(name, batch.pop(name)) for name in list(batch)}
    return Chunk(len(tasks), counts, encoded, digests)
