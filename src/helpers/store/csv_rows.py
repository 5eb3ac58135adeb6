"""CSV lines of a table's Arrow columns, joined by Arrow's compute kernels.

Python's csv module spends about half a microsecond on every row it writes; the vocabulary table
has hundreds of rows per report, so writing its CSV cost more than making its Parquet. Arrow's
own CSV writer is fast but quotes every text value. The kernels below write what csv.writer
writes (QUOTE_MINIMAL, "\\n" line ends, missing values as nothing), column by column in C++:
a value is quoted, its quotes doubled, only when it holds a comma, a quote or a line break.
Unlike csv.writer, a carriage return is a line break here too: a reader would split the row at
a bare one.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from helpers.store.arrow_columns import scalar

NEEDS_QUOTES = '[",\r\n]'
SPECIAL_BYTES = (b",", b'"', b"\r", b"\n")  # the same characters, as UTF-8


def csv_lines(columns: Sequence) -> bytes:
    """The rows of these Arrow columns (int64 or large_string, as `arrow_columns` makes them,
    of equal length) as UTF-8 CSV lines, each ended by "\\n", without a header."""
    import pyarrow as pa
    import pyarrow.compute as pc

    if not columns or not len(columns[0]):
        return b""
    texts = [_quoted(column) if _is_text(column) else pc.cast(column, pa.large_string())
             for column in columns]  # fmt: skip
    rows = pc.binary_join_element_wise(
        *texts, scalar(","), null_handling="replace", null_replacement=""
    )
    return _utf8(pc.binary_join_element_wise(rows, scalar(""), scalar("\n")))


def _utf8(column) -> bytes:
    """A large_string column's values end to end, as UTF-8: its data buffer between the first
    value's start and the last one's end (a slice of a column shares a longer buffer)."""
    _, offsets, data = column.buffers()
    if data is None:
        return b""
    bounds = np.frombuffer(offsets, dtype=np.int64)[column.offset : column.offset + len(column) + 1]
    return memoryview(data)[bounds[0] : bounds[-1]].tobytes()


def _is_text(column) -> bool:
    import pyarrow as pa

    return pa.types.is_large_string(column.type)


def _quoted(column):
    """Values that hold a comma, a quote or a line break in quotes, their quotes doubled."""
    import pyarrow.compute as pc

    if not _may_need_quotes(column):  # most columns: ids, names, codes
        return column
    special = pc.match_substring_regex(column, NEEDS_QUOTES)
    doubled = pc.replace_substring(column, '"', '""')
    quoted = pc.binary_join_element_wise(scalar('"'), doubled, scalar('"'), scalar(""))
    return pc.if_else(special, quoted, column)


def _may_need_quotes(column) -> bool:
    """Whether the column's UTF-8 bytes hold any of the four characters: a search in C over the
    whole column, where the pattern is matched value by value (10x slower on a report's text
    columns, which mostly hold none)."""
    text = _utf8(column)
    return any(mark in text for mark in SPECIAL_BYTES)
