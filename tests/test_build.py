"""The build: CLI, determinism, atomic output, cache, parallel = serial."""

from __future__ import annotations

import filecmp
import shutil
import signal
import subprocess
import sys
import time

import pandas as pd
import pytest
from conftest import SEEDS

from helpers import build, load
from helpers.store.tables import TABLES

PY = sys.executable


def run_cli(*args, **kw):
    return subprocess.run([PY, "-m", "helpers", *args], capture_output=True, text=True, **kw)


def test_cli_builds_every_table(tmp_path):
    out = tmp_path / "out"
    done = run_cli("build", "--corpus", str(SEEDS), "--out", str(out), "--jobs", "1")
    assert done.returncode == 0, done.stderr
    for name in TABLES:
        assert (out / f"{name}.csv").read_bytes().startswith(b"\xef\xbb\xbf")  # BOM for Excel
        assert (out / f"{name}.parquet").exists()
    assert sorted(p.name for p in (out / "texts").iterdir()) == sorted(
        p.stem + ".txt" for p in SEEDS.iterdir()
    )


def test_missing_corpus_is_a_one_line_error_and_nonzero_exit(tmp_path):
    done = run_cli("build", "--corpus", str(tmp_path / "nope"), "--out", str(tmp_path / "out"))
    assert done.returncode == 1
    assert done.stderr.strip().count("\n") == 0 and "corpus folder not found" in done.stderr


def test_unwritable_output_is_a_clear_error(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    done = run_cli("build", "--corpus", str(SEEDS), "--out", str(blocker / "out"))
    assert done.returncode == 1 and "cannot write" in done.stderr


def test_workers_and_batches_do_not_change_the_files(tmp_path, monkeypatch):
    """Enough reports for several chunks, batches and two workers: the same bytes as one by one."""
    from helpers.engine import build as build_module

    monkeypatch.setattr(build_module, "CHUNK", 8)
    monkeypatch.setattr(build_module, "BATCH", 24)
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    counties = ["渭源县", "会宁县", "通渭县", "岷县", "临洮县"]
    for i in range(45):  # 6 chunks of 8 and a short one; 2 batches of 24 and a short one
        county = counties[i % len(counties)]
        (corpus / f"r{i:03d}.txt").write_text(
            f"{county}第{i}篇\n发布时间:2019-0{1 + i % 9}-12\n"
            f"{county}去年减少贫困人口{100 + i}户{400 + 3 * i}人,投入资金{i + 1}.5万元。"
            f"“一村一策”帮扶{20 + i}户。\n",
            encoding="gb18030" if i % 4 == 0 else "utf-8",
        )
    (corpus / "r999.txt").write_bytes(b"\x00\x01binary")  # a rejected row among them
    build(corpus, tmp_path / "serial", jobs=1, cache=False, progress=False)
    build(corpus, tmp_path / "pool", jobs=2, cache=False, progress=False)
    monkeypatch.setattr(build_module, "CHUNK", 1000)
    build(corpus, tmp_path / "one_chunk", jobs=1, cache=False, progress=False)
    assert len(pd.read_csv(tmp_path / "serial" / "manifest.csv")) == 46
    for name in TABLES:
        for suffix in ("csv", "parquet"):
            assert filecmp.cmp(
                tmp_path / "serial" / f"{name}.{suffix}",
                tmp_path / "pool" / f"{name}.{suffix}",
                shallow=False,
            ), name
        # Parquet row groups follow the batches; the CSV rows do not depend on the chunking.
        assert filecmp.cmp(
            tmp_path / "serial" / f"{name}.csv",
            tmp_path / "one_chunk" / f"{name}.csv",
            shallow=False,
        ), name


def test_same_input_gives_byte_identical_tables(tmp_path):
    build(SEEDS, tmp_path / "a", jobs=1, cache=False, progress=False)
    build(SEEDS, tmp_path / "b", jobs=2, cache=False, progress=False)
    for name in TABLES:
        for suffix in ("csv", "parquet"):
            assert filecmp.cmp(
                tmp_path / "a" / f"{name}.{suffix}",
                tmp_path / "b" / f"{name}.{suffix}",
                shallow=False,
            )


def test_second_build_comes_from_the_cache(tmp_path):
    build(SEEDS, tmp_path / "out", jobs=1, progress=False)
    again = build(SEEDS, tmp_path / "out", jobs=1, progress=False)
    assert again.from_cache == 5
    assert build(SEEDS, tmp_path / "out", jobs=1, cache=False, progress=False).from_cache == 0


def test_a_killed_build_leaves_the_previous_build_intact(tmp_path):
    out = tmp_path / "out"
    build(SEEDS, out, jobs=1, cache=False, progress=False)
    before = (out / "figures.csv").read_bytes()
    corpus = tmp_path / "big"
    corpus.mkdir()
    for i in range(2000):
        shutil.copy(SEEDS / "001_21d98ef2e5f3f12f.txt", corpus / f"r{i:04d}.txt")
    proc = subprocess.Popen(
        [
            PY,
            "-m",
            "helpers",
            "build",
            "--corpus",
            str(corpus),
            "--out",
            str(out),
            "--jobs",
            "1",
            "--full",
        ]
    )
    # killed once it is writing (its staging folder holds texts), not after a fixed delay: a
    # faster build would finish first and the test would test nothing
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and proc.poll() is None:
        if any(True for _ in tmp_path.glob(".out.tmp-*/texts/*")):
            break
        time.sleep(0.05)
    assert proc.poll() is None, "the build ended before it could be killed"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert (out / "figures.csv").read_bytes() == before
    assert len(load(out).reports) == 5


@pytest.mark.parametrize("name", list(TABLES))
def test_empty_and_one_row_tables_have_the_declared_dtypes(name):
    from dataclasses import fields

    from helpers.store.tables import pandas_dtype, to_frame

    record_type, dtypes = TABLES[name]
    empty = to_frame(name, [])
    declared = {k: pd.api.types.pandas_dtype(pandas_dtype(v)) for k, v in dtypes.items()}
    assert dict(empty.dtypes) == declared
    values = {
        f.name: (0 if f.type in ("int", "int | None") else None if "None" in f.type else "")
        for f in fields(record_type)
    }
    if name == "manifest":
        values["status"] = "ok"
    if name == "reports":
        values["script"] = "simplified"
    if name == "figures":
        values.update(metric="other", qualifier="")
    if name == "slogans":
        values.update(kind="quoted", recognised_by="structure")
    one = to_frame(name, [record_type(**values)])
    assert dict(one.dtypes) == dict(empty.dtypes) and len(one) == 1


def test_load_returns_typed_tables(seeds_tables):
    assert seeds_tables.figures["value"].dtype == "Float64"
    assert seeds_tables.figures["metric"].dtype == "category"
    assert seeds_tables.reports["published_date"].dtype.kind == "M"
    assert set(seeds_tables.manifest["status"]) == {"ok"}


def test_thousands_of_oddly_named_files_in_deep_folders_build_with_unique_ids(tmp_path):
    corpus = tmp_path / "corpus"
    body = "某县党建引领脱贫攻坚，全县贫困户{n}户全部脱贫，投入资金{n}万元。".encode()
    names = []
    for i in range(1500):
        folder = corpus.joinpath(*[f"层 {d}" for d in range(i % 7)])
        folder.mkdir(parents=True, exist_ok=True)
        name = ["报告 {i}.txt", "副本 {i}/same.txt", "x" * 200 + "{i}.txt", "县·乡 {i}.html"][
            i % 4
        ].format(i=i)
        (folder / name).parent.mkdir(exist_ok=True)
        (folder / name).write_bytes(body.replace(b"{n}", str(i + 1).encode()))
        names.append(name)
    summary = build(corpus, tmp_path / "out", jobs=2, cache=False, progress=False, with_terms=False)
    tables = load(tmp_path / "out")
    assert summary.files == 1500 == len(tables.manifest) == tables.manifest["report_id"].nunique()
    assert (tables.manifest["status"] == "ok").all()
    assert len(list((tmp_path / "out" / "texts").iterdir())) == 1500


@pytest.mark.parametrize("jobs", [1, 2])
def test_the_large_text_path_gives_the_same_tables(tmp_path, monkeypatch, jobs):
    # A text over LARGE_TEXT characters makes the worker hand free memory back between stages
    # and spill its rows, encoded a part at a time, to files the main process streams into the
    # tables (a 36 MB file of 676,000 figures peaked at 1.5 GB holding them encoded in memory).
    # The rows must not change; only the Parquet row groups may be cut differently.
    from helpers.engine import pipeline, work

    build(SEEDS, tmp_path / "normal", jobs=jobs, cache=False, progress=False)
    monkeypatch.setattr(work, "LARGE_TEXT", 10)
    monkeypatch.setattr(pipeline, "LARGE_TEXT", 10)
    monkeypatch.setattr(work, "ROWS_PER_PART", 7)  # several parts, several row groups
    build(SEEDS, tmp_path / "large", jobs=jobs, cache=False, progress=False)
    for name in TABLES:
        normal = (tmp_path / "normal" / f"{name}.csv").read_bytes()
        assert (tmp_path / "large" / f"{name}.csv").read_bytes() == normal, name
        assert pd.read_parquet(tmp_path / "large" / f"{name}.parquet").equals(
            pd.read_parquet(tmp_path / "normal" / f"{name}.parquet")
        ), name
    # the rows did go through the spill: a row group per part
    import pyarrow.parquet as pq

    assert pq.ParquetFile(tmp_path / "large" / "figures.parquet").num_row_groups > 1
    # the spilled parts are gone with the staging folder
    assert not [p.name for p in tmp_path.rglob("*") if "spill" in p.name or ".tmp-" in p.name]


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_text_that_cannot_be_written_fails_the_build_and_keeps_the_previous_one(
    tmp_path, monkeypatch, jobs
):
    # The texts are written by a thread of their own (helpers.engine.work), in this process or
    # in a worker; an error there (here: the disk fills up at the third report's text) must
    # still stop the build, with the message a failed write gives, and leave the build already
    # in `out` as it was.
    import errno

    from helpers.engine import build as build_module
    from helpers.engine import work
    from helpers.errors import OutputNotWritableError

    out = tmp_path / "out"
    build(SEEDS, out, jobs=1, cache=False, progress=False)
    before = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}
    third = sorted(p.name for p in (out / "texts").iterdir())[2]

    def fill_up(path, text):
        if path.name == third:
            raise OSError(errno.ENOSPC, "No space left on device", str(path))
        path.write_text(text, encoding="utf-8")

    monkeypatch.setattr(work, "write_text", fill_up)  # forked workers inherit it
    monkeypatch.setattr(build_module, "CHUNK", 1)  # five chunks: two workers take part
    spills = []
    index = build_module.StoryIndex

    def kept(*args, **kwargs):
        spills.append(index(*args, **kwargs))
        return spills[-1]

    monkeypatch.setattr(build_module, "StoryIndex", kept)
    with pytest.raises(OutputNotWritableError, match=f"No space left on device .*{third}"):
        build(SEEDS, out, jobs=jobs, cache=False, progress=False)
    assert {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()} == before
    assert not list(tmp_path.glob(".out.tmp-*"))  # no staging folder left
    assert [s.spill.closed for s in spills] == [True]  # its temporary file, not left to the GC


def test_a_table_that_cannot_be_written_fails_the_build_and_keeps_the_previous_one(
    tmp_path, monkeypatch
):
    # Batches go to the tables from a thread of their own (engine/build.py); a failed write
    # there must stop the build as it would inline: with the message, nothing half-published.
    import errno

    from helpers.engine import build as build_module
    from helpers.errors import OutputNotWritableError
    from helpers.store import io

    out = tmp_path / "out"
    build(SEEDS, out, jobs=1, cache=False, progress=False)
    before = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}
    monkeypatch.setattr(build_module, "CHUNK", 1)
    monkeypatch.setattr(build_module, "BATCH", 2)  # three batches from the five seeds
    batches = []
    write = io.TableWriter.write_encoded

    def fill_up(self, parts):
        batches.append(self.name)
        if len(batches) == 7:  # the second batch's first table (six tables a batch)
            raise OSError(errno.ENOSPC, "No space left on device", str(self.folder))
        write(self, parts)

    monkeypatch.setattr(io.TableWriter, "write_encoded", fill_up)
    with pytest.raises(OutputNotWritableError, match="No space left on device"):
        build(SEEDS, out, jobs=1, cache=False, progress=False)
    assert len(batches) >= 7
    assert {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()} == before
    assert not list(tmp_path.glob(".out.tmp-*"))


def test_the_bar_shows_only_when_asked_for_and_one_worker_starts_no_pool(tmp_path):
    # In a fresh process: with progress on, tqdm draws its bar on stderr ("5/5 [...report/s]");
    # with it off (CI, notebooks), tqdm is not even imported, nor its monitor thread started.
    # A one-worker build does not import multiprocessing either.
    script = (
        "import sys, threading\n"
        "from helpers import build\n"
        f"build({str(SEEDS)!r}, sys.argv[1], jobs=1, cache=False, progress=sys.argv[2] == 'on')\n"
        "print('tqdm' in sys.modules, 'multiprocessing' in sys.modules,\n"
        "      sorted(t.name for t in threading.enumerate()))\n"
    )
    shown = subprocess.run(
        [PY, "-c", script, str(tmp_path / "a"), "on"], capture_output=True, text=True
    )
    assert shown.returncode == 0, shown.stderr
    assert "5/5" in shown.stderr and "report/s" in shown.stderr
    quiet = subprocess.run(
        [PY, "-c", script, str(tmp_path / "b"), "off"], capture_output=True, text=True
    )
    assert quiet.returncode == 0, quiet.stderr
    assert quiet.stderr == ""
    assert quiet.stdout.strip() == "False False ['MainThread']"


def test_quiet_on_a_terminal_draws_no_bar(tmp_path, monkeypatch, capsys):
    # "print nothing but errors" holds for the progress bar too; without --quiet, a terminal
    # (here: a build told it is on one) gets its bar
    from helpers import __main__ as cli
    from helpers.engine import build as build_module

    monkeypatch.setattr(build_module, "show_progress", lambda: True)
    args = ["build", "--corpus", str(SEEDS), "--full", "--jobs", "1"]
    assert cli.main([*args, "--out", str(tmp_path / "a"), "--quiet"]) == 0
    assert capsys.readouterr() == ("", "")
    assert cli.main([*args, "--out", str(tmp_path / "b")]) == 0
    assert "5/5" in capsys.readouterr().err


def test_a_notebook_never_replaces_the_build_of_another_corpus(tmp_path):
    from helpers.engine.workflow import OtherCorpusError, load_or_build

    mine, other = tmp_path / "mine", tmp_path / "other"
    for folder, county in ((mine, "和政县"), (other, "东乡县")):
        folder.mkdir()
        (folder / "a.txt").write_text(f"{county}抓党建促脱贫，全县脱贫1200户。", encoding="utf-8")
    out = tmp_path / "out"
    assert len(load_or_build(mine, out).reports) == 1  # built: nothing was there
    # the default corpus of a notebook pointed at my build: stopped, naming both
    with pytest.raises(OtherCorpusError, match="mine"):
        load_or_build(other, out)
    assert "和政县" in load(out).figures["sentence"].iloc[0]  # my build is untouched
    # asked for on purpose, it is replaced
    tables = load_or_build(other, out, rebuild=True)
    assert "东乡县" in tables.figures["sentence"].iloc[0]
