"""Writing and reading tables: exact numbers in CSV, batches, atomic publication, load()."""

from __future__ import annotations

import pandas as pd
import pytest

from helpers import load
from helpers.extract.records import ManifestRow
from helpers.store import io
from helpers.store.tables import ALL_TABLES, TABLES, to_frame


@pytest.mark.parametrize(
    "value, written",
    [(13_000_000.0, "13000000"), (0.7, "0.7"), (6_960_000_000.0, "6960000000"), (None, "")],
)
def test_numbers_are_written_as_people_write_them(value, written):
    assert io._number(value if value is not None else pd.NA) == written


def test_batches_append_to_one_table_with_one_header(tmp_path):
    writer = io.TableWriter(tmp_path, "manifest")
    for i in range(3):
        writer.write(to_frame("manifest", [ManifestRow(f"r{i}", f"r{i}.txt", "", "", "ok", "")]))
    writer.close()
    text = (tmp_path / "manifest.csv").read_text(encoding="utf-8-sig")
    assert text.count("report_id") == 1 and len(text.strip().split("\n")) == 4
    assert pd.read_parquet(tmp_path / "manifest.parquet")["report_id"].tolist() == [
        "r0",
        "r1",
        "r2",
    ]


def test_publish_replaces_the_build_whole(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / "old.txt").write_text("old")
    staging = io.staging_folder(out)
    (staging / "new.txt").write_text("new")
    io.publish(staging, out)
    assert sorted(p.name for p in out.iterdir()) == ["new.txt"] and not staging.exists()


def test_a_crash_between_the_two_renames_is_recovered(tmp_path):
    out = tmp_path / "out"
    old = tmp_path / ".out.old"  # what publish leaves if killed after its first rename
    old.mkdir()
    (old / "manifest.csv").write_text("x")
    io.recover(out)
    assert (out / "manifest.csv").read_text() == "x"


def test_load_reads_csv_when_parquet_is_missing(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    for name in TABLES:
        frame = to_frame(name, [])
        frame.to_csv(out / f"{name}.csv", index=False, encoding="utf-8-sig")
    tables = load(out)
    for name, (_, dtypes) in TABLES.items():
        frame = getattr(tables, name)
        assert list(frame.columns)[: len(dtypes)] == list(dtypes)
        assert len(frame) == 0


# the frame path's cast of a value outside the categories is what is compared against
@pytest.mark.filterwarnings("ignore:Constructing a Categorical")
def test_records_encode_as_their_frame_does_quotes_gaps_and_odd_categories_included():
    from helpers.extract.records import Figure, Slogan
    from helpers.store import tables
    from helpers.store.io import encode, encode_records

    def figure(i, value, metric="poor_persons", sentence="全村“两不愁”,共有120人。"):
        return Figure(
            "r1", 0, "甘肃省", "", "会宁县", "", "", metric, value, None, "人", "", 2019, None,
            "stated", "", f"r1#{i}.0", "sentence", "", "", "", "120人", i, i + 4, sentence,
        )  # fmt: skip

    rows = [
        figure(1, 120.0),
        figure(2, None),  # a missing value: empty in CSV, null in Arrow
        figure(3, 0.7, sentence='他说:"好",\n又说,好'),  # quote, comma and newline: quoted
        figure(4, 13000000.0, metric="not_a_metric"),  # outside the categories: missing
    ]
    slogans = [Slogan("r1", 0, "三会一课", "numbered", "三会一课", 5, 9, "structure")]
    for name, records in (("figures", rows), ("slogans", slogans), ("terms", [])):
        expected, got = encode(tables.to_frame(name, records)), encode_records(name, records)
        assert got.header == expected.header
        assert got.csv == expected.csv
        assert got.arrow.equals(expected.arrow, check_metadata=True)
    assert ",,人," in encode_records("figures", rows).csv.decode().split("\n")[1]  # 2: no value


def test_a_table_given_by_columns_encodes_as_pandas_encodes_its_frame():
    # the corpus pass re-encodes the staged reports from their Parquet columns; the reference
    # is the independent pandas path (a frame, its casts, to_csv and from_pandas)
    from operator import attrgetter

    from helpers.extract.records import Report
    from helpers.store import tables
    from helpers.store.io import columns, encode, encode_columns

    reports = [
        Report("r1", "某县脱贫", "2019-05-01", "某县融媒体中心", "", "simplified", "甘肃省",
               "白银市", "会宁县", "", "620422", 1200, "", "r1.txt", "r1", 2),
        Report("r2", "", "", "", "", "traditional", "", "", "", "", "", 0, "short", "r2.txt"),
    ]  # fmt: skip
    by_column = [list(map(attrgetter(c), reports)) for c in columns("reports")]
    expected = encode(tables.to_frame("reports", reports))
    got = encode_columns("reports", by_column)
    assert (got.header, got.csv) == (expected.header, expected.csv)
    assert got.arrow.equals(expected.arrow, check_metadata=True)


@pytest.mark.parametrize("name", list(ALL_TABLES))
def test_the_schema_made_without_pandas_is_the_one_pandas_makes(name):
    # the build writes Parquet with a schema it describes itself, so that it need not import
    # pandas; pandas must read those files exactly as if it had written them
    import pandas as pd

    from helpers.store.io import _arrow_schema, encode
    from helpers.store.tables import typed

    by_pandas = encode(typed(name, pd.DataFrame(columns=list(ALL_TABLES[name][1])))).arrow.schema
    assert _arrow_schema(name).equals(by_pandas, check_metadata=True)


@pytest.mark.parametrize(
    "texts",
    [
        ["平", "a,b", 'say "yes"', "two\nlines", "", None, '",', "  spaced ", "扶贫,产业"],
        ["无需引号"] * 5,  # a column with nothing to quote is taken as it is
        [None, None],
    ],
)
def test_csv_lines_are_what_the_csv_module_writes(texts):
    import csv
    import io as text_io

    from helpers.store import arrow_columns
    from helpers.store.csv_rows import csv_lines

    numbers = [-5, 0, None, 2**40, 7, 1, 2, 3, 4][: len(texts)]
    expected = text_io.StringIO()
    csv.writer(expected, lineterminator="\n").writerows(
        ("" if t is None else t, "" if n is None else n, "x") for t, n in zip(texts, numbers)
    )
    columns = [
        arrow_columns.strings(texts),
        arrow_columns.integers(numbers),
        arrow_columns.strings(["x"] * len(texts)),
    ]
    assert csv_lines(columns) == expected.getvalue().encode("utf-8")


def test_a_carriage_return_is_quoted_so_that_the_row_reads_back_whole():
    # csv.writer leaves a bare \r unquoted when lines end in \n; pandas would split the row
    import io as text_io

    from helpers.store import arrow_columns
    from helpers.store.csv_rows import csv_lines

    body = csv_lines([arrow_columns.strings(["a\rb", "c"]), arrow_columns.integers([1, 2])])
    assert body == b'"a\rb",1\nc,2\n'
    back = pd.read_csv(text_io.BytesIO(b"name,n\n" + body))
    assert back["name"].tolist() == ["a\rb", "c"] and back["n"].tolist() == [1, 2]


def test_csv_lines_of_a_slice_are_the_slice_s_rows():
    # Arrow arrays can be views into a longer buffer: the lines must start at the view
    from helpers.store import arrow_columns
    from helpers.store.csv_rows import csv_lines

    column = arrow_columns.strings(["first", "second", "third", "fourth"]).slice(1, 2)
    assert csv_lines([column, arrow_columns.integers([8, 9])]) == b"second,8\nthird,9\n"
    assert csv_lines([arrow_columns.strings([])]) == b""


def test_only_the_values_of_a_slice_decide_its_quoting():
    # a column is searched for the characters that need quotes within its own values: the
    # comma and the quote of the values around a slice do not count, its own do
    from helpers.store import arrow_columns
    from helpers.store.csv_rows import csv_lines

    column = arrow_columns.strings(["a,b", "plain", 'say "hi"', "c,d"])
    ones = arrow_columns.integers([1, 1])
    assert csv_lines([column.slice(1, 1), ones.slice(0, 1)]) == b"plain,1\n"
    assert csv_lines([column.slice(1, 2), ones]) == b'plain,1\n"say ""hi""",1\n'


def test_a_table_read_back_from_parquet_encodes_as_its_records_did(tmp_path):
    # the corpus pass rewrites staged tables from their Arrow columns; the bytes must be those
    # the records gave (quotes, gaps, floats, categories included)
    import pyarrow.parquet as pq

    from helpers.extract.records import Figure, Slogan
    from helpers.store.io import encode_records, encode_table

    figures = [
        Figure("r1", 0, "甘肃省", "", "会宁县", "", "", "poor_persons", value, None, "人", "",
               2019, None, "stated", "", f"r1#{i}.0", "sentence", "", "", "", "120人", i, i + 4,
               sentence, "", "")
        for i, (value, sentence) in enumerate(
            [(120.0, "全村共有120人。"), (None, '他说:"好",\n又说'), (0.7, "占0.7"), (1e7, "")]
        )
    ]  # fmt: skip
    slogans = [Slogan("r1", 0, "三会一课", "numbered", "“三会一课”", 5, 11, "candidate")]
    for name, records in (("figures", figures), ("slogans", slogans), ("slogans", [])):
        written = encode_records(name, records)
        pq.write_table(written.arrow, tmp_path / f"{name}.parquet")
        again = encode_table(name, pq.read_table(tmp_path / f"{name}.parquet"))
        assert (again.header, again.csv) == (written.header, written.csv)
        assert again.arrow.equals(written.arrow, check_metadata=True)


def test_a_build_leaves_no_pid_file_beside_its_output(tmp_path):
    from helpers.store.io import build_lock

    out = tmp_path / "out"
    with build_lock(out):
        assert (tmp_path / ".out.lock.pid").exists()  # who holds it, while it is held
    assert not (tmp_path / ".out.lock.pid").exists()
