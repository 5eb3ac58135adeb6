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
    value, most of the column's cost (the vocabulary has 100,000s of short words). Offsets count
    characters first; non-ASCII characters then add the bytes UTF-8 gives them beyond one.
    """
    joined = "".join(texts)
    data = joined.encode()
    lengths = np.fromiter(map(len, texts), dtype=np.int64, count=len(texts))
    offsets = np.zeros(len(texts) + 1, dtype=np.int64)
    np.cumsum(lengths, out=offsets[1:])
    if len(data) != len(joined):  # not all ASCII
        offsets[1:] += np.cumsum(_extra_bytes(joined, offsets[:-1], lengths))
    return offsets, data


# Characters looked at at once: work arrays of ~6 bytes a character (the code points, their
# extra bytes), so ~6 MB, whatever the column's size. Over the whole column at once, in int64,
# the corpus pass at 100k reports peaked 220 MB higher.
BLOCK = 1 << 20


def _extra_bytes(joined: str, starts: np.ndarray, lengths: np.ndarray) -> np.ndarray:
    """Per text, its UTF-8 bytes beyond one a character: a character takes one more byte from
    U+0080, two more from U+0800, three more from U+10000."""
    extra = np.zeros(len(lengths), dtype=np.int64)
    texts = np.flatnonzero(lengths)  # empty texts add nothing, and would confuse reduceat
    begins = starts[texts]
    first = 0
    while first < len(texts):
        block_start = int(begins[first])
        last = max(first + 1, int(np.searchsorted(begins, block_start + BLOCK)))
        block_end = int(begins[last]) if last < len(texts) else len(joined)
        points = np.frombuffer(joined[block_start:block_end].encode("utf-32-le"), dtype=np.uint32)
        wide = (points >= 0x80).astype(np.uint8)
        wide += points >= 0x800
        wide += points >= 0x10000
        extra[texts[first:last]] = np.add.reduceat(
            wide, begins[first:last] - block_start, dtype=np.int64
        )
        first = last
    return extra


def scalar(value: str):
    """An Arrow string scalar, for comparisons in pyarrow.compute (which would otherwise make
    one with pyarrow.scalar, and import pandas)."""
    return strings([value])[0]


def integers(values: Sequence[int | None]):
    """An int64 column; None is missing."""
    import pyarrow as pa

    validity, missing = _validity(values)
    slots = array("q", [0 if v is None else v for v in values] if missing else values)
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
