"""Arrow columns laid out by hand must equal what pyarrow.array makes of the same values."""

import math

import pyarrow as pa
import pytest

from helpers.store import arrow_columns

# Missing values at the first and last bit of a bitmap byte, and past the first byte.
GAPS = [0, 7, 8, 16]


def with_gaps(values):
    return [None if i in GAPS else v for i, v in enumerate(values)]


@pytest.mark.parametrize(
    "values",
    [
        [],
        ["扶贫", "", "Ⅲ类", "a,b\n“c”"],  # multi-byte, empty, punctuation the CSV quotes
        with_gaps([f"第{i}村" for i in range(17)]),
        [None, None],
    ],
)
def test_strings_match_pyarrow(values):
    assert arrow_columns.strings(values).equals(pa.array(values, pa.large_string()))


# The last and first code point of each UTF-8 length: 1 byte to U+007F, 2 to U+07FF, 3 to
# U+FFFF, 4 beyond; the byte offsets are summed from these widths.
EDGES = ["\x7f", "\x80", "\u07ff", "\u0800", "\uffff", "\U00010000", "\U0010ffff"]


@pytest.mark.parametrize(
    "values",
    [
        EDGES,
        ["".join(EDGES), "", "a" + "".join(reversed(EDGES)) + "z"],
        ("plain", "ascii", ""),  # a tuple, as the encoder passes a column; bytes = characters
        ("𠀀村", None, "é"),
    ],
)
def test_strings_offsets_at_every_utf8_width(values):
    column = arrow_columns.strings(values)
    assert column.equals(pa.array(list(values), pa.large_string()))
    offsets = column.buffers()[1]
    ends = [len((v or "").encode()) for v in values]
    assert list(memoryview(offsets).cast("q"))[1 : len(values) + 1] == [
        sum(ends[: i + 1]) for i in range(len(values))
    ]


@pytest.mark.parametrize("block", [1, 5, 1 << 20])
def test_strings_come_out_the_same_whatever_the_block_of_characters(monkeypatch, block):
    # Offsets are summed BLOCK characters at a time: a block smaller than one text, a block
    # ending inside a text, and one block for all. Empty texts first, last and between.
    monkeypatch.setattr(arrow_columns, "BLOCK", block)
    values = ["", "扶贫", "", "", "a" * 12 + "é", "😀村", None, "\u0800" * 7, "", ""]
    assert arrow_columns.strings(values).equals(pa.array(values, pa.large_string()))


@pytest.mark.parametrize("values", [[], [0, -1, 2**62], with_gaps(list(range(17))), [None]])
def test_integers_match_pyarrow(values):
    assert arrow_columns.integers(values).equals(pa.array(values, pa.int64()))


def test_floats_treat_nan_as_missing_as_pandas_does():
    values = [1.5, math.nan, None, 13000000.0, 0]
    expected = pa.array([1.5, None, None, 13000000.0, 0.0], pa.float64())
    got = arrow_columns.floats(values)
    assert got.equals(expected)
    assert got.null_count == 2


def test_a_scalar_compares_in_pyarrow_compute():
    import pyarrow.compute as pc

    column = arrow_columns.strings(["candidate", "quoted", None])
    assert pc.equal(column, arrow_columns.scalar("candidate")).to_pylist() == [True, False, None]
