"""Reading and writing the tables: CSV with BOM for Excel, Parquet for pandas, atomically."""

from __future__ import annotations

import contextlib
import functools
import json
import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from operator import attrgetter
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from helpers.errors import BuildInProgressError, HelpersError, OutputNotWritableError
from helpers.store.loaded import Deferred, Tables
from helpers.store.tables import ALL_TABLES, Categories, typed

if TYPE_CHECKING:
    import pandas as pd

FLOAT_COLUMNS = {"value", "value_high"}


def _number(value) -> str:
    """13000000.0 -> '13000000', 0.7 -> '0.7', missing (None, NaN, pandas' NA) -> ''."""
    if value is None:
        return ""
    try:
        value = float(value)
    except TypeError:  # pandas' NA
        return ""
    if value != value:  # NaN
        return ""
    return str(int(value)) if value.is_integer() else repr(value)


class Encoded(NamedTuple):
    """Rows of one table, ready to append: CSV lines (no header) as UTF-8 bytes, encoded where
    the rows were made (a build worker), and an Arrow table."""

    header: str
    csv: bytes
    arrow: object  # pyarrow.Table


class Spilled(NamedTuple):
    """Rows of one table encoded into a CSV file (header included) and a Parquet file, for a
    result too large to hold encoded in memory; `TableWriter.write_spilled` streams them."""

    csv: Path
    parquet: Path


def encode(frame: pd.DataFrame) -> Encoded:
    """A typed frame as CSV text and Arrow: the costly half of writing, done by build workers.

    Categories go to Arrow as plain strings (a category's codes could differ between batches);
    `load` casts them back.
    """
    import pandas as pd
    import pyarrow as pa

    csv_frame = frame.copy()
    for column in FLOAT_COLUMNS & set(frame.columns):
        csv_frame[column] = frame[column].map(_number).astype("string")
    text = csv_frame.to_csv(index=False, lineterminator="\n")
    header, _, body = text.partition("\n")
    body = body.encode("utf-8")
    plain = frame.astype(
        {c: "string" for c, t in frame.dtypes.items() if isinstance(t, pd.CategoricalDtype)}
    )
    return Encoded(header + "\n", body, pa.Table.from_pandas(plain, preserve_index=False))


def encode_records(name: str, records: list) -> Encoded:
    """`encode(tables.to_frame(name, records))` without pandas: the same CSV text, and the same
    Arrow table, schema and pandas metadata included, built from the records' columns.

    The build's workers encode every row this way; for the vocabulary table (hundreds of rows
    per report) pandas' frame, casts and CSV writer cost as much as counting the words.
    """
    columns = list(ALL_TABLES[name][1])
    # column by column: transposing with zip(*rows) walks 100,000s of row iterators per column
    # (the vocabulary table: 8x slower)
    return encode_columns(name, [tuple(map(attrgetter(column), records)) for column in columns])


def columns(name: str) -> list[str]:
    """The table's columns, in contract order."""
    return list(ALL_TABLES[name][1])


def encode_columns(name: str, values: list) -> Encoded:
    """`encode_records` of a table given as its columns' values, in contract order (a table
    read back from Parquet need not become records first)."""
    from helpers.store import arrow_columns

    dtypes = ALL_TABLES[name][1]
    arrays, written = [], []  # the Parquet column, and the one the CSV shows
    for col, (column, dtype) in zip(values, dtypes.items()):
        if column in FLOAT_COLUMNS:
            arrays.append(arrow_columns.floats(col))
            written.append(_numbers_as_written(col))
            continue
        if isinstance(dtype, Categories):
            allowed = set(dtype)  # typed() makes any other value missing
            if not allowed.issuperset(col):  # the scan in C; a rewrite only when needed
                col = tuple(v if v in allowed else None for v in col)
            arrays.append(arrow_columns.strings(col))
        elif dtype == "string":
            if None in col:
                col = [v if v is not None else "" for v in col]
            arrays.append(arrow_columns.strings(col))
        else:
            arrays.append(arrow_columns.integers(col))
        written.append(arrays[-1])
    return _encoded(name, arrays, written)


def encode_table(name: str, table) -> Encoded:
    """`encode_columns` of a table that is already Arrow in the table's schema (one read back
    from the staged Parquet): its CSV lines are joined from its columns, and no value becomes
    a Python object (the corpus pass rewrites 830,000 slogans at 100,000 reports)."""
    dtypes = ALL_TABLES[name][1]
    arrays = [table.column(column).combine_chunks() for column in dtypes]
    written = [
        _numbers_as_written(array.to_pylist()) if column in FLOAT_COLUMNS else array
        for column, array in zip(dtypes, arrays)
    ]
    return _encoded(name, arrays, written)


def _numbers_as_written(values) -> object:
    """A float column as the CSV shows it: 13000000, 0.7, nothing when missing (`_number`)."""
    from helpers.store import arrow_columns

    return arrow_columns.strings(tuple(map(_number, values)))


def _encoded(name: str, arrays: list, written: list) -> Encoded:
    """The table's header, the CSV lines of the `written` columns, and the Arrow table of
    `arrays` in the table's schema."""
    import pyarrow as pa

    from helpers.store.csv_rows import csv_lines

    return Encoded(
        ",".join(ALL_TABLES[name][1]) + "\n",
        csv_lines(written),
        pa.Table.from_arrays(arrays, schema=_arrow_schema(name)),
    )


# pandas' name for each of the tables' dtypes in the metadata it writes: (pandas_type,
# numpy_type). Categories reach Arrow as plain strings (see `encode`).
PANDAS_TYPES = {
    "string": ("object", "string"),
    "Int64": ("int64", "Int64"),
    "Float64": ("float64", "Float64"),
}


@functools.cache
def _arrow_schema(name: str):
    """The Arrow schema `encode` gives a typed frame of this table, with the metadata pandas
    writes (so that `pandas.read_parquet` restores the dtypes), made without importing pandas:
    the build uses pandas nowhere else. tests/test_io.py holds it to what pandas makes."""
    import pyarrow as pa

    arrow_types = {"string": pa.large_string(), "Int64": pa.int64(), "Float64": pa.float64()}
    fields, described = [], []
    for column, dtype in ALL_TABLES[name][1].items():
        kind = "string" if isinstance(dtype, Categories) else dtype
        fields.append(pa.field(column, arrow_types[kind]))
        pandas_type, numpy_type = PANDAS_TYPES[kind]
        described.append(
            {
                "name": column,
                "field_name": column,
                "pandas_type": pandas_type,
                "numpy_type": numpy_type,
                "metadata": None,
            }
        )
    metadata = {
        "index_columns": [],
        "column_indexes": [],
        "columns": described,
        "attributes": {},
        "creator": {"library": "pyarrow", "version": pa.__version__},
        "pandas_version": _pandas_version(),
    }
    return pa.schema(fields, metadata={"pandas": json.dumps(metadata)})


def _pandas_version() -> str:
    """The installed pandas' version, without importing pandas or importlib.metadata (9 ms of a
    build): kept with the lookups, under the size and time of pandas' own first file."""
    import importlib.util

    from helpers import prebuilt

    def read() -> str:
        import importlib.metadata

        return importlib.metadata.version("pandas")

    try:
        origin = importlib.util.find_spec("pandas").origin
        return prebuilt.load_or_build_from_file("io.pandas_version", origin, read)
    except (ImportError, ValueError, AttributeError, TypeError, OSError):
        return read()


class TableWriter:
    """Appends batches of one table to its CSV and Parquet files, never a whole table in memory."""

    def __init__(self, folder: Path, name: str):
        self.folder, self.name = folder, name
        self.csv = open(folder / f"{name}.csv", "wb")
        self.parquet = None
        self.header = True

    def write(self, frame: pd.DataFrame) -> None:
        self.write_encoded([encode(frame)])

    def write_encoded(self, parts: list[Encoded]) -> None:
        """Append encoded parts in order, as one Parquet row group."""
        import pyarrow as pa
        import pyarrow.parquet as pq

        if self.header:
            self.csv.write(parts[0].header.encode("utf-8-sig"))  # the BOM, once, for Excel
            self.header = False
        self.csv.write(b"".join(part.csv for part in parts))
        table = pa.concat_tables([part.arrow for part in parts])
        if self.parquet is None:
            self.parquet = pq.ParquetWriter(self.folder / f"{self.name}.parquet", table.schema)
        self.parquet.write_table(table)

    def write_spilled(self, spilled: Spilled) -> None:
        """Append a spilled part, a row group at a time, and remove its files."""
        import pyarrow.parquet as pq

        with open(spilled.csv, "rb") as f:
            header = f.readline()
            if self.header:
                self.csv.write(header)  # the spilled file's header carries the BOM
                self.header = False
            shutil.copyfileobj(f, self.csv)
        source = pq.ParquetFile(spilled.parquet)
        for group in range(source.num_row_groups):
            table = source.read_row_group(group)
            if self.parquet is None:
                self.parquet = pq.ParquetWriter(self.folder / f"{self.name}.parquet", table.schema)
            self.parquet.write_table(table)
        source.close()
        spilled.csv.unlink()
        spilled.parquet.unlink()

    def close(self) -> None:
        self.csv.close()
        if self.parquet is not None:
            self.parquet.close()


def staging_folder(out: Path) -> Path:
    """A fresh folder beside `out` to write into before the swap, readable as the umask allows.

    mkdtemp makes it 0700, and it becomes `out` itself: colleagues, a web server or Dask workers
    under another account could not read the build. It gets what the user's umask gives a folder.
    """
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=f".{out.name}.tmp-", dir=out.parent))
        os.chmod(staging, 0o777 & ~_umask())
        return staging
    except OSError as err:
        raise OutputNotWritableError(f"cannot write to {out.parent}: {err.strerror}") from None


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


@contextlib.contextmanager
def build_lock(out: Path, wait: bool = True) -> Iterator[None]:
    """Hold the lock of output folder `out` for one build.

    Two builds into one folder (a notebook's load_or_build and a terminal build) would remove
    each other's staging folder. The second waits for the first (saying so), or with
    `wait=False` stops with a message naming the process that holds the folder.
    """
    from filelock import FileLock, Timeout

    try:
        out.parent.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise OutputNotWritableError(f"cannot write to {out.parent}: {err.strerror}") from None
    lock = FileLock(str(out.parent / f".{out.name}.lock"))
    holder_file = out.parent / f".{out.name}.lock.pid"
    try:
        lock.acquire(timeout=0)
    except Timeout:
        holder = _read_holder(holder_file)
        if not wait:
            raise BuildInProgressError(
                f"another build is writing to {out} (pid {holder}); run again when it is done"
            ) from None
        print(f"waiting for another build writing to {out} (pid {holder}) …", file=sys.stderr)
        lock.acquire()
    try:
        holder_file.write_text(str(os.getpid()), encoding="utf-8")
        yield
    finally:
        # the holder's pid goes with it (the lock file itself stays: removing it while another
        # build waits on it would let a third take a new one beside it)
        holder_file.unlink(missing_ok=True)
        lock.release()


def _read_holder(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8").strip() or "unknown"
    except OSError:
        return "unknown"


def publish(staging: Path, out: Path) -> None:
    """Move a complete build into place; the previous build stays whole until the last moment."""
    recover(out)
    old = out.with_name(f".{out.name}.old")
    if old.exists():
        shutil.rmtree(old)
    if out.exists():
        os.replace(out, old)
    os.replace(staging, out)
    shutil.rmtree(old, ignore_errors=True)


def recover(out: Path) -> None:
    """After a crash between the two renames of `publish`, bring the previous build back."""
    old = out.with_name(f".{out.name}.old")
    if not out.exists() and old.exists():
        os.replace(old, out)


def clean_stale(out: Path) -> None:
    """Remove staging folders of builds that were killed."""
    for stale in out.parent.glob(f".{out.name}.tmp-*"):
        shutil.rmtree(stale, ignore_errors=True)


def load(out: str | Path = None) -> Tables:
    """The tables of a build folder as typed DataFrames (Parquet when present, else CSV), each
    read at its first use: a notebook holds only the tables it touches."""
    from helpers.config import PROCESSED_DIR

    folder = Path(out) if out is not None else PROCESSED_DIR
    recover(folder)
    if not folder.is_dir():
        raise HelpersError(
            f"no build at {folder}: run `python -m helpers build --out {folder}` first"
        )
    info_path = folder / "build.json"
    info = json.loads(info_path.read_text(encoding="utf-8")) if info_path.exists() else {}
    stamp = _stamp(folder)
    # partials of a module-level function, not closures: a Tables with unread tables pickles
    readers = {
        name: Deferred(functools.partial(_read_loaded, folder, stamp, name)) for name in ALL_TABLES
    }
    return Tables(**readers, info=info)


def _read_loaded(folder: Path, stamp: tuple, name: str, report_ids=None, columns=None):
    """A table of the build `load` found in `folder`, unless another has been published there
    since (its tables are not mixed into the view of the first)."""
    if _stamp(folder) != stamp:
        raise HelpersError(
            f"the build in {folder} was replaced after it was loaded; "
            f"load it again (helpers.load) to read its {name} table"
        )
    return _read_table(folder, name, report_ids, columns)


def _stamp(folder: Path) -> tuple:
    """What tells one published build from the next in the same place: `publish` renames a
    new folder into place (a new inode) and writes a new build.json."""
    try:
        info = (folder / "build.json").stat().st_mtime_ns
    except OSError:
        info = None
    try:
        return folder.stat().st_ino, info
    except OSError:
        return None, info


def _read_table(folder: Path, name: str, report_ids=None, columns=None):
    """One table, typed; only the rows of `report_ids` and the `columns` when given (from
    Parquet, the rest is never read into memory)."""
    import pandas as pd

    parquet, csv = folder / f"{name}.parquet", folder / f"{name}.csv"
    partitioned = folder / name
    rows = report_ids is not None
    wanted = None if columns is None else list(columns)
    if parquet.exists() or partitioned.is_dir():
        source = parquet if parquet.exists() else partitioned
        if rows:
            frame = _read_parquet_rows(source, report_ids, wanted)
            rows = False
        else:
            frame = pd.read_parquet(source, columns=wanted)
    elif csv.exists():
        needed = None if wanted is None else {*wanted, *(["report_id"] if rows else [])}
        frame = pd.read_csv(
            csv,
            encoding="utf-8-sig",
            dtype=str,
            keep_default_na=False,
            usecols=None if needed is None else needed.__contains__,
        )
        numeric = {c for c, t in ALL_TABLES[name][1].items() if t in ("Int64", "Float64")}
        for column in numeric & set(frame.columns):  # an empty field is a missing number
            frame[column] = pd.to_numeric(frame[column].replace("", None))
    else:
        frame = pd.DataFrame(columns=wanted or list(ALL_TABLES[name][1]))
    if rows:
        frame = frame[frame["report_id"].isin(report_ids)].reset_index(drop=True)
    frame = typed(name, frame, wanted)
    if name == "reports" and "published" in frame:
        frame = frame.assign(
            published_date=pd.to_datetime(frame["published"].replace("", None), errors="coerce")
        )
    return frame


def _read_parquet_rows(source: Path, report_ids, columns: list[str] | None) -> pd.DataFrame:
    """The rows of `report_ids` of a Parquet table (a file or a folder of parts), read a column
    at a time: each column is read whole, filtered and let go before the next, so that the
    whole table is never in memory beside its part. The kept stories' vocabulary at 100,000
    reports (27 million rows): 3.5 GB at the peak with Parquet's own row filter, 2.7 GB this
    way; the figures 3.1 and 2.7 GB. It is slower (terms 3.0 -> 6.6 s, figures 1.3 -> 1.8 s):
    every column takes fresh memory twice, and this machine's page faults are slow.

    Each column comes out as one chunk, as a filter in memory gives: a chunk per row group
    (~200 at 100k reports) made every later operation on the frame copy its columns again."""
    import pyarrow as pa
    import pyarrow.compute as pc
    import pyarrow.parquet as pq

    def column(name: str):
        return pq.read_table(source, columns=[name]).column(0)

    keep = pc.is_in(column("report_id"), value_set=pa.array(list(report_ids), pa.large_string()))
    keep = keep.combine_chunks()
    schema = pq.read_schema(source) if source.is_file() else pq.ParquetDataset(source).schema
    names = columns if columns is not None else schema.names
    arrays = [pc.filter(column(name), keep).combine_chunks() for name in names]
    picked = pa.schema([schema.field(name) for name in names], metadata=schema.metadata)
    return pa.Table.from_arrays(arrays, schema=picked).to_pandas()


def read_text(out: str | Path, report_id: str) -> str:
    """The cleaned text of one report, the one every offset refers to."""
    # plain os.path: pathlib's joins cost as much as the read itself for 100,000s of texts
    with open(os.path.join(out, "texts", report_id + ".txt"), encoding="utf-8") as f:
        return f.read()


def read_staged(staging: Path, name: str):
    """A staged table as one Arrow table, its Dask parts in order."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    single, parts = staging / f"{name}.parquet", staging / name
    files = [single] if single.exists() else sorted(parts.glob("part-*.parquet"))
    return pa.concat_tables([pq.ParquetFile(f).read() for f in files])  # see the corpus pass


def remove_staged(staging: Path, name: str) -> None:
    for old in (staging / f"{name}.csv", staging / f"{name}.parquet"):
        old.unlink(missing_ok=True)
    shutil.rmtree(staging / name, ignore_errors=True)
