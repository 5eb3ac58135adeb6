"""Arrow columns made from Python values by laying out their buffers.

`pyarrow.array` imports pandas on its first call whenever pandas is installed (it checks
whether its argument is a pandas object): 0.15 s of a build process that uses pandas nowhere
else. The build only needs three column types, whose layouts Arrow's format fixes: a validity
bitmap (bit i set when value i is present, least significant bit first), then 64-bit offsets and
UTF-8 bytes for text, or one 8-byte slot per value for numbers.
"""

from __future__ import annotations

from array import array
from collections.abc import Sequence

import numpy as np


def strings(values: Sequence[str | None]):
    """A large_string column; None is missing."""
    import pyarrow as pa

    validity, missing = _validity(values)
    texts = ["" if v is None else v for v in values] if missing else values
    offsets, data = utf8_layout(texts)
    return pa.Array.from_buffers(
        pa.large_string(),
        len(values),
        [validity, pa.py_buffer(offsets), pa.py_buffer(data)],
        null_count=missing,
    )


def utf8_layout(texts: Sequence[str]) -> tuple[np.ndarray, bytes]:
    """(offsets, data): the texts' UTF-8 bytes end to end, and where each starts and ends.

    The text is encoded once, whole: encoding every value apart made a Python bytes object per
    value, most of the column's cost (the vocabulary has 100,000s of short words). A character's
    UTF-8 length follows from its code point (1 byte below U+0080, 2 below U+0800, 3 below
    U+10000, else 4), so the byte offsets are a running sum over the characters, read at the
    texts' ends.
    """
    joined = "".join(texts)
    data = joined.encode()
    offsets = np.zeros(len(texts) + 1, dtype=np.int64)
    np.cumsum(np.fromiter(map(len, texts), dtype=np.int64, count=len(texts)), out=offsets[1:])
    if len(data) != len(joined):  # not all ASCII: characters and bytes differ
        points = np.frombuffer(joined.encode("utf-32-le"), dtype=np.uint32)
        widths = np.searchsorted(UTF8_WIDTH_STEPS, points, side="right").astype(np.int64)
        byte_ends = np.concatenate(([0], np.cumsum(widths + 1)))
        offsets = byte_ends[offsets]
    return offsets, data


# Code points from which UTF-8 takes one more byte.
UTF8_WIDTH_STEPS = np.array([0x80, 0x800, 0x10000], dtype=np.uint32)


def scalar(value: str):
    """An Arrow string scalar, for comparisons in pyarrow.compute (which would otherwise make
    one with pyarrow.scalar, and import pandas)."""
    return strings([value])[0]


def integers(values: Sequence[int | None]):
    """An int64 column; None is missing."""
    import pyarrow as pa

    slots = array("q", [0 if v is None else v for v in values])
    validity, missing = _validity(values)
    return pa.Array.from_buffers(
        pa.int64(), len(values), [validity, pa.py_buffer(slots)], null_count=missing
    )


def floats(values: Sequence[float | None]):
    """A float64 column; None and NaN are missing (as pandas writes a float column)."""
    import pyarrow as pa

    values = [None if _absent(v) else float(v) for v in values]
    slots = array("d", [0.0 if v is None else v for v in values])
    validity, missing = _validity(values)
    return pa.Array.from_buffers(
        pa.float64(), len(values), [validity, pa.py_buffer(slots)], null_count=missing
    )


def _absent(value) -> bool:
    if value is None:
        return True
    try:
        return bool(value != value)  # NaN
    except TypeError:  # pandas' NA has no truth value
        return True


def _validity(values: Sequence) -> tuple[object, int]:
    """The validity bitmap (None when every value is present) and the count of missing."""
    import pyarrow as pa

    missing = values.count(None)
    if not missing:
        return None, 0
    # Read as a binary numeral, the string's last character is its lowest bit: value 0 must be
    # the last. Base-2 parsing is linear, unlike OR-ing 1 << i for every i.
    bits = "".join("0" if v is None else "1" for v in reversed(values))
    return pa.py_buffer(int(bits, 2).to_bytes((len(values) + 7) // 8, "little")), missing
