"""Tables are read on first use: a notebook holds only the tables it touches."""

from __future__ import annotations

import pandas as pd
import pytest

from helpers.analysis import summaries as S
from helpers.errors import HelpersError
from helpers.store.loaded import Deferred, Tables
from helpers.store.tables import ALL_TABLES


def counted(frame: pd.DataFrame, reads: list, name: str) -> Deferred:
    def read(report_ids=None, columns=None):
        reads.append(name)
        part = frame if report_ids is None else frame[frame["report_id"].isin(report_ids)]
        part = part.reset_index(drop=True)
        return part if columns is None else part[columns]

    return Deferred(read)


def test_a_table_is_read_once_and_only_when_used():
    reads: list[str] = []
    frame = pd.DataFrame({"report_id": ["r1", "r2"]}, dtype="string")
    tables = Tables(**{name: counted(frame, reads, name) for name in ALL_TABLES})
    assert reads == [] and "terms=(unread)" in repr(tables)
    assert len(tables.figures) == 2 and len(tables.figures) == 2
    assert reads == ["figures"]
    assert tables.is_read("figures") and not tables.is_read("terms")


def test_per_story_filters_a_table_when_it_is_first_used_and_keeps_only_the_part():
    reads: list[str] = []
    reports = pd.DataFrame(
        {"report_id": ["a", "b", "c"], "story_id": ["a", "a", "c"]}, dtype="string"
    )
    rows = pd.DataFrame({"report_id": ["a", "b", "b", "c"], "n": [1, 2, 3, 4]})
    lazy = {name: counted(rows, reads, name) for name in ALL_TABLES}
    tables = Tables(**{**lazy, "reports": reports})
    once = S.per_story(tables)
    assert reads == []  # nothing read to set up the view
    assert once.terms["n"].tolist() == [1, 4]  # b reprints a: its rows go
    assert reads == ["terms"]
    assert not tables.is_read("terms")  # the whole table was not kept beside its part
    assert len(once.manifest) == 4  # every file stays accounted for


def test_tables_still_behave_like_the_named_tuple_they_were():
    frame = pd.DataFrame({"report_id": ["r1"]}, dtype="string")
    tables = Tables(*[frame] * len(ALL_TABLES), info={"corpus": "x"})
    assert tables._fields[-1] == "info" and tables.info == {"corpus": "x"}
    assert set(tables._asdict()) == {*ALL_TABLES, "info"}
    replaced = tables._replace(figures=frame.iloc[:0])
    assert len(replaced.figures) == 0 and len(tables.figures) == 1
    with pytest.raises(TypeError, match="missing: reuse"):
        Tables(*[frame] * (len(ALL_TABLES) - 1))
    with pytest.raises(AttributeError, match="no table 'figure'"):
        tables.figure  # noqa: B018
    with pytest.raises(AttributeError, match="read-only"):
        tables.figures = frame


def test_load_reads_nothing_until_asked_and_refuses_a_build_replaced_since(tmp_path):
    from helpers import build, load

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(
        "某县脱贫纪实\n河北省阜平县2019年全县贫困户减少120户,贫困人口减少350人。\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    build(corpus, out, jobs=1, cache=False, progress=False)
    tables = load(out)
    assert not any(tables.is_read(name) for name in ALL_TABLES)
    assert tables.reports["county"].tolist() == ["阜平县"]
    assert [name for name in ALL_TABLES if tables.is_read(name)] == ["reports"]
    build(corpus, out, jobs=1, cache=False, progress=False)  # a new build published there
    with pytest.raises(HelpersError, match="replaced after it was loaded"):
        tables.figures  # noqa: B018
    assert sorted(load(out).figures["value"].tolist()) == [120, 350]


def _two_pages_and_a_reprint(tmp_path):
    """A build of two seed pages and a reprint of the first; returns its folder."""
    import shutil

    from conftest import SEEDS

    from helpers import build

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    pages = sorted(SEEDS.glob("*.txt"))[:2]
    for page in pages:
        shutil.copy(page, corpus / page.name)
    shutil.copy(pages[0], corpus / "zz_reprint.txt")
    build(corpus, tmp_path / "out", jobs=1, cache=False, progress=False)
    return tmp_path / "out"


def test_per_story_reads_from_disk_what_it_filters_from_memory(tmp_path):
    # the view over unread tables (Parquet filtered as it is read) against the same view over
    # tables read whole first: the same rows, columns and dtypes. Two seed pages and a reprint
    # of one of them, so that the view drops something.
    from helpers import load

    out = _two_pages_and_a_reprint(tmp_path)
    lazy = S.per_story(load(out))
    eager = S.per_story(Tables(**load(out)._asdict()))
    assert len(lazy.reports) == 2  # the reprint is not a story of its own
    assert set(lazy.figures["report_id"]) < set(load(out).figures["report_id"])
    for name in ALL_TABLES:
        pd.testing.assert_frame_equal(getattr(lazy, name), getattr(eager, name))


@pytest.mark.parametrize("stored", ["parquet", "csv"])
def test_a_part_of_a_table_read_from_disk_equals_that_part_of_the_whole(tmp_path, stored):
    # Columns and rows chosen as the table is read, against the same choice made in memory on
    # the table read whole: from Parquet, and from the CSV alone (a build copied without it).
    from helpers import load

    out = _two_pages_and_a_reprint(tmp_path)
    if stored == "csv":
        for parquet in out.glob("*.parquet"):
            parquet.unlink()
    whole = load(out).figures
    some = whole["report_id"].drop_duplicates().head(1)
    tables = load(out)
    part = tables.unread("figures", some, ["metric", "value"])
    assert not tables.is_read("figures")
    expected = whole[whole["report_id"].isin(some)][["metric", "value"]].reset_index(drop=True)
    assert 0 < len(part) < len(whole)
    pd.testing.assert_frame_equal(part, expected)
    pd.testing.assert_frame_equal(
        tables.unread("reports", columns=["n_chars"]), load(out).reports[["n_chars"]]
    )


def test_the_corpus_summary_counts_rows_without_reading_the_big_tables(tmp_path):
    # The counts come from one column of each table: the same numbers as the tables read
    # whole, and the figures, sections and slogans are still unread afterwards.
    from helpers import load

    out = _two_pages_and_a_reprint(tmp_path)
    for view in (load(out), S.per_story(load(out))):
        summary = dict(S.corpus_summary(view).itertuples(index=False))
        for name in ("figures", "sections", "slogans"):
            assert not view.is_read(name)
        whole = Tables(**view._asdict())
        assert summary["figures"] == len(whole.figures)
        assert summary["sections"] == len(whole.sections)
        assert summary["slogan mentions"] == len(whole.slogans)
        assert summary["distinct slogans"] == whole.slogans["slogan"].nunique()
    assert summary["figures"] < len(load(out).figures)  # the reprint's figures left out


def test_a_build_kept_only_as_csv_loads_the_same_tables(tmp_path):
    # Someone who keeps only the CSV files (Excel's format) still gets the same typed tables:
    # an empty field of a number column (a figure without a year) is a missing number.
    # This failed on the figures table ("Failed to parse string: ''") before.
    from helpers import load

    out = _two_pages_and_a_reprint(tmp_path)
    from_parquet = load(out)
    assert from_parquet.figures["year"].isna().any()  # the case that failed is present
    both = Tables(**from_parquet._asdict())
    for parquet in out.glob("*.parquet"):
        parquet.unlink()
    from_csv = load(out)
    for name in ALL_TABLES:
        pd.testing.assert_frame_equal(getattr(from_csv, name), getattr(both, name))


def test_tables_pickle_read_or_not_and_read_the_same_rows_after(tmp_path):
    # joblib caches and process pools pickle what a notebook hands them. An unread table
    # travels as its reader (folder, build stamp, name) and is read on the other side; a view
    # of unread tables (per_story) likewise.
    import pickle

    from helpers import load

    out = _two_pages_and_a_reprint(tmp_path)
    for make in (lambda: load(out), lambda: S.per_story(load(out))):
        tables = make()
        tables.reports  # noqa: B018 -- one table read, the others not
        copy = pickle.loads(pickle.dumps(tables))
        assert copy.is_read("reports") and not copy.is_read("figures")
        expected = make()
        for name in ALL_TABLES:
            pd.testing.assert_frame_equal(getattr(copy, name), getattr(expected, name))
        assert copy.info == expected.info


def test_coverage_by_place_reads_three_columns_of_the_figures_and_keeps_none(tmp_path):
    # The same table as over the figures read whole; the figures stay unread.
    from helpers import load

    out = _two_pages_and_a_reprint(tmp_path)
    lazy = S.per_story(load(out))
    got = S.coverage_by(lazy, "province")
    assert not lazy.is_read("figures")
    pd.testing.assert_frame_equal(got, S.coverage_by(Tables(**lazy._asdict()), "province"))
    assert got["figures"].sum() == len(lazy.figures)
