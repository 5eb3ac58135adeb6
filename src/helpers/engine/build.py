"""The build: a corpus folder -> tables, in parallel, cached, written atomically."""

from __future__ import annotations

import gc
import itertools
import json
import os
import shutil
import signal
import sys
from collections import deque
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from helpers.config import PROCESSED_DIR, SEEDS_DIR
from helpers.corpus import corpus_pass
from helpers.corpus.reuse import PassageIndex
from helpers.corpus.stories import StoryIndex
from helpers.engine.pipeline import prepare, release
from helpers.engine.work import (
    CACHED,
    REPAIRED,
    Chunk,
    Task,
    new_counts,
    run_chunk,
)
from helpers.errors import CorpusNotFoundError, HelpersError, OutputNotWritableError
from helpers.extract.lexicon import use_lexicon, user_lexicon
from helpers.extract.text.ingest import (
    list_corpus,
    readable_path,
    readable_paths,
    report_ids,
)
from helpers.store import io, tables
from helpers.store.cache import code_version
from helpers.store.corrections import apply as apply_corrections

CHUNK = 64  # reports per worker round trip: enough to amortise building their frames
IN_FLIGHT = 4  # chunks queued per worker
BATCH = 512  # reports per write: one Parquet row group
GC_THRESHOLD = 50_000  # new container objects between two of the collector's youngest passes
BUILD_INFO = "build.json"  # what was built from what; not a table


@dataclass(frozen=True, slots=True)
class BuildSummary:
    out: Path
    files: int
    ok: int
    rejected: int
    figures: int
    slogans: int
    from_cache: int
    cache_repaired: int = 0  # cache entries found unreadable, recomputed and replaced


def _ignore_interrupts() -> None:
    """Workers leave Ctrl-C to the main process, which stops the build with one message."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _chunks(tasks: list[Task], jobs: int, texts: Path, progress: bool) -> Iterator[Chunk]:
    """Chunks of CHUNK reports, processed and encoded, in input order whatever the number of
    workers: the files come out the same with one worker or many.

    At most IN_FLIGHT chunks per worker are queued: results wait in memory only briefly, so a
    corpus of any size runs in constant memory.
    """
    bar = _progress_bar(len(tasks)) if progress else _NoProgress()
    chunks = (tasks[i : i + CHUNK] for i in range(0, len(tasks), CHUNK))
    prepare()  # before any fork: workers inherit the lookups ready
    # The lookups (100,000s of objects) go out of the garbage collector's sight: its passes no
    # longer walk them (10 % of the build's time), and a forked worker's passes no longer write
    # to, and so copy, the pages it shares with the main process.
    gc.freeze()
    # A report makes ~5,000 container objects (records, tuples) that live until their chunk is
    # encoded: with the default threshold (700) the collector runs hundreds of times per chunk
    # and finds nothing, as records form no cycles (2 MB of real text: 0.09 s -> 0.03 s).
    # Forked workers inherit the setting.
    thresholds = gc.get_threshold()
    gc.set_threshold(GC_THRESHOLD, *thresholds[1:])
    try:
        if jobs <= 1 or len(tasks) < 2 * CHUNK:
            for chunk in chunks:
                yield run_chunk(chunk, str(texts))
                bar.update(len(chunk))
        else:
            # imported here: multiprocessing costs a one-worker build 0.01 s to import
            from concurrent.futures import ProcessPoolExecutor

            with ProcessPoolExecutor(max_workers=jobs, initializer=_ignore_interrupts) as pool:
                pending: deque = deque()
                for chunk in itertools.islice(chunks, jobs * IN_FLIGHT):
                    pending.append(pool.submit(run_chunk, chunk, str(texts)))
                while pending:
                    done = pending.popleft().result()
                    nxt = next(chunks, None)
                    if nxt is not None:
                        pending.append(pool.submit(run_chunk, nxt, str(texts)))
                    yield done
                    bar.update(done.reports)
    finally:
        gc.set_threshold(*thresholds)
        gc.unfreeze()
        release()
        bar.close()


class _NoProgress:
    """The bar when none is shown: tqdm's import (0.02 s) and its monitor thread, which a
    disabled bar still starts, are spared to builds in CI, notebooks and scripts."""

    def update(self, n: int) -> None:
        pass

    def close(self) -> None:
        pass


def _progress_bar(total: int):
    from tqdm import tqdm

    return tqdm(total=total, unit="report", file=sys.stderr)


def show_progress() -> bool:
    """A progress bar only on an interactive terminal, never in CI or notebooks."""
    return sys.stderr.isatty() and not os.environ.get("CI")


def build(
    corpus: str | Path = SEEDS_DIR,
    out: str | Path = PROCESSED_DIR,
    jobs: int | None = None,
    cache: bool = True,
    progress: bool | None = None,
    with_terms: bool = True,
    engine: str = "local",
    scheduler: str | None = None,
    wait: bool = True,
    corrections: str | Path | None = None,
    lexicon: str | Path | None = None,
) -> BuildSummary:
    """Build every table from the files in `corpus` into `out`; returns counts of what was done.

    `corpus` is a folder (searched recursively) or a single file. `engine="dask"` runs the same
    per-report function over a Dask bag (on the cluster at `scheduler`, or local processes) and
    writes one Parquet part per partition. While another build writes to `out`, this one waits
    (`wait=False`: raises BuildInProgressError). Whatever happens, `out` holds either the
    previous build or the whole new one, and no staging folder is left behind.

    `corrections`: a researcher's corrections file (see store/corrections.py), applied to the
    extracted tables before the corpus pass; every correction's outcome is written to
    `corrections_applied.csv`. `lexicon`: a folder of word lists named as in
    data/dictionaries/, added to the shipped ones (see extract/lexicon.py).
    """
    corpus, out = Path(corpus), Path(out)
    if corrections is not None and not Path(corrections).is_file():
        raise HelpersError(f"corrections file not found: {corrections}")
    use_lexicon(lexicon)
    if engine not in ("local", "dask"):
        raise HelpersError(f"unknown engine {engine!r}: use 'local' or 'dask'")
    root, files = _corpus_files(corpus)
    rel_paths = readable_paths([p.relative_to(root).as_posix() for p in files])
    ids = report_ids(rel_paths)
    cache_dir = str(out.parent / ".cache" / out.name) if cache else ""
    tasks = [
        (ids[rel], rel, str(path), cache_dir, with_terms) for rel, path in zip(rel_paths, files)
    ]
    del files, rel_paths, ids  # Path objects of a large corpus weigh ~60 MB per 100k files
    with io.build_lock(out, wait=wait):
        io.clean_stale(out)
        staging = io.staging_folder(out)
        try:
            if engine == "dask":
                from helpers.engine import distributed

                (staging / "texts").mkdir()
                counts, digest = distributed.run(tasks, staging, scheduler), None
            else:
                counts, digest = _write_local(tasks, staging, jobs or os.cpu_count() or 1, progress)
            if corrections is not None:
                apply_corrections(staging, corrections)
            return _finish(
                corpus, out, staging, with_terms, len(tasks), counts, digest, corrections
            )
        except OSError as err:
            raise OutputNotWritableError(
                f"could not write the build to {out.parent}: {err.strerror or err}"
                f"{f' ({err.filename})' if err.filename else ''}; "
                f"the previous build in {out} is intact"
            ) from None
        finally:
            shutil.rmtree(staging, ignore_errors=True)  # gone already when the build was published


def _corpus_files(corpus: Path) -> tuple[Path, list[Path]]:
    """(the folder paths are relative to, the files): a folder's files, or one file alone."""
    if corpus.is_file():
        return corpus.parent, [corpus]
    if not corpus.is_dir():
        raise CorpusNotFoundError(f"corpus folder not found: {corpus}")
    return corpus, list_corpus(corpus)


def _write_local(
    tasks: list[Task], staging: Path, jobs: int, progress: bool | None
) -> tuple[dict, corpus_pass.Digest]:
    """Process the tasks here and write their rows into `staging`; returns the counts and what
    the corpus pass needs of the texts, gathered as the chunks come in."""
    texts = staging / "texts"
    texts.mkdir()
    writers = {name: io.TableWriter(staging, name) for name in tables.TABLES}
    counts = new_counts()
    digest = corpus_pass.Digest(StoryIndex(staging, expected=len(tasks)), PassageIndex())
    try:
        shown = show_progress() if progress is None else progress
        _write_in_order(_chunks(tasks, jobs, texts, shown), writers, counts, digest)
    except BaseException:
        digest.stories.close()  # its temporary file, at once rather than whenever collected
        raise
    finally:
        for writer in writers.values():
            writer.close()
    return counts, digest


def _write_in_order(
    chunks: Iterator[Chunk], writers: dict, counts: dict, digest: corpus_pass.Digest
) -> None:
    """Tally the chunks and append their rows to the tables, in input order, in batches of a
    fixed size: the files are the same whatever the number of workers, and memory stays flat
    however large the corpus.

    The batches are written by a thread of their own, in order: Parquet's encoding and the
    writes run outside the GIL while the next chunk is analysed (with one worker, in this
    process). At most two batches wait.
    """
    pending: list[Chunk] = []
    flushing: deque = deque()
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="tables") as table_writer:
        try:
            for chunk in chunks:
                for key, n in chunk.counts.items():
                    counts[key] += n
                for report_id, print_, keyed in chunk.digests:
                    digest.stories.add(report_id, print_)
                    digest.passages.add_keys(report_id, keyed)
                pending.append(chunk)
                if len(pending) * CHUNK >= BATCH:
                    while len(flushing) >= 2:
                        flushing.popleft().result()  # a failed write stops the build here
                    flushing.append(table_writer.submit(_flush, pending, writers))
                    pending = []
            flushing.append(table_writer.submit(_flush, pending, writers))
            while flushing:
                flushing.popleft().result()
        except BaseException:  # a failed write, Ctrl-C: the batches still queued are moot
            for waiting in flushing:
                waiting.cancel()
            raise


def _finish(
    corpus: Path,
    out: Path,
    staging: Path,
    with_terms: bool,
    n_files: int,
    counts: dict,
    digest: corpus_pass.Digest | None = None,
    corrections: str | Path | None = None,
) -> BuildSummary:
    """Group reprints and find shared passages, record what was built from what, move the
    build into place, summarise."""
    _, recognised = corpus_pass.run(staging, digest)
    info = {
        "corpus": readable_path(str(corpus.resolve())),
        "code_version": code_version(),
        "with_terms": with_terms,
        # what the tables depend on beyond the corpus and the rules, for whoever reads them later
        "corrections": readable_path(str(Path(corrections).resolve())) if corrections else "",
        "lexicon": str(user_lexicon() or ""),
        # the day only, for chart footers; build.json is not a table, the tables stay identical
        "built": date.today().isoformat(),
    }
    (staging / BUILD_INFO).write_text(
        json.dumps(info, ensure_ascii=False, indent=1), encoding="utf-8"
    )
    io.publish(staging, out)
    return BuildSummary(
        out,
        n_files,
        counts["ok"],
        n_files - counts["ok"],
        counts["figures"],
        counts["slogans"] + recognised,
        counts[CACHED],
        counts[REPAIRED],
    )


def _flush(pending: list[Chunk], writers: dict) -> None:
    """Append the pending chunks' rows to every table (an empty table still gets its header)."""
    for name, writer in writers.items():
        parts: list = []
        for chunk in pending:
            for part in chunk.encoded[name]:
                if isinstance(part, io.Spilled):
                    _write(writer, parts)  # what came before it, in order
                    writer.write_spilled(part)
                    parts = []
                else:
                    parts.append(part)
        _write(writer, parts)
    for chunk in pending:
        spilled = [
            p for parts in chunk.encoded.values() for p in parts if isinstance(p, io.Spilled)
        ]
        for folder in {p.csv.parent for p in spilled}:
            shutil.rmtree(folder, ignore_errors=True)
    pending.clear()


def _write(writer: io.TableWriter, parts: list) -> None:
    """Append encoded parts as one row group (an empty table still gets its header)."""
    if parts and (any(len(part.arrow) for part in parts) or writer.parquet is None):
        writer.write_encoded(parts)
