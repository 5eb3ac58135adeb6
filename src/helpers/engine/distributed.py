"""The build on Dask: the same per-report function mapped over a Dask bag.

Each partition processes its reports on a worker and writes its own Parquet (and CSV) part
under the staging folder: `figures/part-00000.parquet`, … `helpers.load` reads the folder of
parts the way it reads a single file. Workers must see the corpus and the output folder at the
same paths (a shared file system), as with any Dask cluster writing files.
"""

from __future__ import annotations

from pathlib import Path

from helpers.engine.work import (
    accumulate,
    encode_pending,
    new_counts,
    run_tasks,
)
from helpers.store import tables
from helpers.store.io import TableWriter

REPORTS_PER_PARTITION = 256


def _partition(item: tuple[int, list], staging: str) -> dict[str, int]:
    """Worker side: process one partition of tasks and write its table parts."""
    index, tasks = item
    folder = Path(staging)
    collected: dict[str, list] = {name: [] for name in tables.TABLES}
    counts = new_counts()
    for result, how in run_tasks(tasks):
        accumulate(result, how, collected, counts, folder / "texts")
    for name, records in collected.items():
        part = folder / name
        part.mkdir(exist_ok=True)
        writer = TableWriter(part, f"part-{index:05d}")
        writer.write_encoded(encode_pending(name, records))
        writer.close()
    return counts


def run(tasks: list, staging: Path, scheduler: str | None = None) -> dict[str, int]:
    """Map the tasks over a Dask bag; `scheduler`: a cluster address, or None: local processes."""
    import dask.bag as db

    chunks = [
        tasks[i : i + REPORTS_PER_PARTITION] for i in range(0, len(tasks), REPORTS_PER_PARTITION)
    ] or [[]]
    bag = db.from_sequence(list(enumerate(chunks)), npartitions=len(chunks))
    mapped = bag.map(_partition, staging=str(staging))
    if scheduler:
        from distributed import Client

        with Client(scheduler) as client:
            parts = client.compute(mapped).result()
    else:
        parts = mapped.compute(scheduler="processes")
    totals = new_counts()
    for part in parts:
        for key in totals:
            totals[key] += part[key]
    _join_csv(staging)
    return totals


def _join_csv(staging: Path) -> None:
    """One CSV per table (header once, BOM once) from the CSV parts, then drop the CSV parts."""
    for name in tables.TABLES:
        parts = sorted((staging / name).glob("part-*.csv"))
        with open(staging / f"{name}.csv", "wb") as out:
            for i, part in enumerate(parts):
                data = part.read_bytes()
                if i:
                    data = data.split(b"\n", 1)[1] if b"\n" in data else b""
                out.write(data)
                part.unlink()
