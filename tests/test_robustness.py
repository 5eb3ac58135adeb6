"""What happens when…: concurrent builds, odd corpus paths, interrupted builds, full disks."""

from __future__ import annotations

import errno
import os
import shutil
import signal
import subprocess
import sys
import threading
import time

import pytest
from conftest import ROOT, SEEDS

from helpers import build, load
from helpers.errors import BuildInProgressError, OutputNotWritableError
from helpers.store import io

CLI = [sys.executable, "-m", "helpers", "build"]


def staging_left(out) -> list[str]:
    return [p.name for p in out.parent.glob(f".{out.name}.tmp-*")]


@pytest.fixture()
def previous(tmp_path):
    """An output folder holding a finished build of the seeds, and its manifest's bytes."""
    out = tmp_path / "out"
    build(SEEDS, out, jobs=1, cache=False, progress=False, with_terms=False)
    return out, (out / "manifest.csv").read_bytes()


# 1. Two builds into one folder ------------------------------------------------------------


def test_a_second_build_stops_with_a_message_when_asked_not_to_wait(previous):
    out, _ = previous
    with io.build_lock(out):
        run = subprocess.run(
            [*CLI, "--corpus", str(SEEDS), "--out", str(out), "--no-wait", "--no-terms"],
            capture_output=True,
            text=True,
        )
    assert run.returncode == 1 and "Traceback" not in run.stderr
    assert f"another build is writing to {out} (pid {os.getpid()})" in run.stderr
    with io.build_lock(out), pytest.raises(BuildInProgressError):
        with io.build_lock(out, wait=False):
            pass


def test_a_second_build_waits_for_the_first_and_both_finish(previous):
    out, _ = previous
    done = []
    with io.build_lock(out):
        waiting = threading.Thread(
            target=lambda: done.append(build(SEEDS, out, jobs=1, progress=False, with_terms=False))
        )
        waiting.start()
        time.sleep(1.0)
        assert not done  # still waiting for the lock this test holds
    waiting.join(timeout=120)
    assert done and done[0].ok == 5 and len(load(out).reports) == 5


def test_two_builds_started_together_both_succeed(tmp_path):
    out = tmp_path / "out"
    args = [*CLI, "--corpus", str(SEEDS), "--out", str(out), "--jobs", "1", "--no-terms"]
    runs = [subprocess.Popen(args, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    errors = [run.communicate(timeout=300)[1] for run in runs]
    assert [run.returncode for run in runs] == [0, 0], errors
    assert not any("Traceback" in e for e in errors)
    assert len(load(out).reports) == 5 and not staging_left(out)


# 3. Permissions follow the umask ----------------------------------------------------------


def test_the_output_is_as_readable_as_the_umask_allows(tmp_path):
    old = os.umask(0o022)
    try:
        out = tmp_path / "out"
        build(SEEDS, out, jobs=1, cache=False, progress=False, with_terms=False)
    finally:
        os.umask(old)
    assert out.stat().st_mode & 0o777 == 0o755  # not mkdtemp's 0700
    assert (out / "texts").stat().st_mode & 0o777 == 0o755
    assert (out / "reports.csv").stat().st_mode & 0o777 == 0o644


# 4. and 5. Odd corpus paths ---------------------------------------------------------------


def test_a_dangling_link_is_listed_as_rejected(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(SEEDS / "000_37b5edfbb28fc83f.txt", corpus / "a.txt")
    (corpus / "gone.txt").symlink_to(tmp_path / "deleted.txt")
    build(corpus, tmp_path / "out", jobs=1, cache=False, progress=False, with_terms=False)
    manifest = load(tmp_path / "out").manifest.set_index("path")
    assert len(manifest) == 2
    assert (manifest.loc["gone.txt", "status"], manifest.loc["gone.txt", "reason"]) == (
        "rejected",
        "broken link",
    )


def test_a_single_file_is_a_corpus_of_one(tmp_path):
    summary = build(SEEDS / "001_21d98ef2e5f3f12f.txt", tmp_path / "out", jobs=1, progress=False)
    assert (summary.files, summary.ok) == (1, 1)
    assert load(tmp_path / "out").manifest["path"].tolist() == ["001_21d98ef2e5f3f12f.txt"]


def test_a_missing_corpus_is_a_one_line_error(tmp_path):
    run = subprocess.run(
        [*CLI, "--corpus", str(tmp_path / "nowhere"), "--out", str(tmp_path / "out")],
        capture_output=True,
        text=True,
    )
    assert run.returncode == 1 and "not found" in run.stderr and "Traceback" not in run.stderr


# 6. make lab as root ----------------------------------------------------------------------


def test_make_lab_allows_root_only_when_the_user_is_root():
    printed = subprocess.run(
        ["make", "--no-print-directory", "-n", "lab"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    line = next(ln for ln in printed.splitlines() if "jupyter lab" in ln)
    assert "jupyter lab notebooks/" in line
    # run the command line make would run, with `echo` in place of jupyter
    args = subprocess.run(
        ["sh", "-c", "echo " + line.split("jupyter lab ", 1)[1]],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert ("--allow-root" in args) == (os.geteuid() == 0)


# 7. Ctrl-C --------------------------------------------------------------------------------


def test_ctrl_c_exits_130_with_one_line_and_keeps_the_previous_build(previous, tmp_path):
    out, before = previous
    corpus = tmp_path / "many"
    corpus.mkdir()
    for i in range(1000):  # enough work (several seconds) to be interrupted in the middle
        seed = sorted(SEEDS.iterdir())[i % 5]
        (corpus / f"r{i:03d}.txt").write_bytes(seed.read_bytes() + f"\n{i}".encode())
    run = subprocess.Popen(
        [*CLI, "--corpus", str(corpus), "--out", str(out), "--full", "--jobs", "2"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        # as from a terminal: Ctrl-C not ignored, whatever the test runner's own disposition
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    deadline = time.time() + 60

    def texts_written() -> int:
        return sum(1 for s in staging_left(out) for _ in (out.parent / s / "texts").glob("*"))

    while texts_written() < 50 and time.time() < deadline:  # in the middle of the work
        time.sleep(0.02)
    run.send_signal(signal.SIGINT)
    _, stderr = run.communicate(timeout=60)
    assert run.returncode == 130, stderr
    assert "Traceback" not in stderr and stderr.strip().startswith("interrupted:")
    assert (out / "manifest.csv").read_bytes() == before
    assert not staging_left(out)


# 8. A full disk ---------------------------------------------------------------------------


def test_a_full_disk_gives_a_clear_message_and_keeps_the_previous_build(previous, monkeypatch):
    out, before = previous

    def full(self, parts):
        raise OSError(errno.ENOSPC, "No space left on device", str(self.folder / self.name))

    monkeypatch.setattr(io.TableWriter, "write_encoded", full)
    with pytest.raises(OutputNotWritableError) as caught:
        build(SEEDS, out, jobs=1, cache=False, progress=False, with_terms=False)
    message = str(caught.value)
    assert "No space left on device" in message and str(out.parent) in message
    assert "previous build" in message
    assert (out / "manifest.csv").read_bytes() == before
    assert not staging_left(out)


# 9. A fresh clone stays clean after `make run` --------------------------------------------


@pytest.mark.parametrize("path", sorted((ROOT / "notebooks").glob("*.ipynb")), ids=lambda p: p.name)
def test_notebooks_are_committed_in_the_form_the_git_filter_writes(path, tmp_path):
    # `make setup` installs nbstripout as git's clean filter: if its output differs from the
    # committed bytes, `git status` calls the notebook modified after every run.
    copy = tmp_path / path.name
    shutil.copy(path, copy)
    nbstripout = shutil.which("nbstripout", path=os.path.dirname(sys.executable)) or "nbstripout"
    subprocess.run([nbstripout, str(copy)], check=True)
    assert copy.read_bytes() == path.read_bytes()


def test_a_fault_in_the_rules_on_one_report_rejects_that_report_not_the_build(
    tmp_path, monkeypatch
):
    # No page is known to make the rules fail (11,000 fuzzed pages ran clean), so the fault is
    # planted: finding the figures of the report "bad" raises, after the stages before it ran
    # for every report. The build goes on, and the manifest names it; the reports analysed
    # with it, before and after it, lose nothing.
    from helpers.engine import pipeline

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    page = "某县脱贫纪实\n河北省阜平县2019年全县贫困户减少120户，贫困人口减少350人。\n"
    for name in ("a_good", "bad", "z_good"):
        (corpus / f"{name}.txt").write_text(page, encoding="utf-8")
    extract_figures = pipeline.figs.extract_figures

    def faulty(report_id, *args, **kwargs):
        if report_id == "bad":
            raise ValueError("a planted fault")
        return extract_figures(report_id, *args, **kwargs)

    monkeypatch.setattr(pipeline.figs, "extract_figures", faulty)
    summary = build(corpus, tmp_path / "out", jobs=1, cache=False, progress=False)
    tables = load(tmp_path / "out")
    manifest = tables.manifest.set_index("report_id")
    assert summary.ok == 2 and summary.rejected == 1
    assert manifest.loc["a_good", "status"] == manifest.loc["z_good", "status"] == "ok"
    assert tables.figures.groupby("report_id").size().to_dict() == {"a_good": 2, "z_good": 2}
    assert set(tables.terms["report_id"]) == {"a_good", "z_good"}
    assert manifest.loc["bad", "status"] == "rejected"
    # its text was written once cleaned, while the other stages ran; it goes with the report
    texts = tmp_path / "out" / "texts"
    assert sorted(p.name for p in texts.iterdir()) == ["a_good.txt", "z_good.txt"]
    assert manifest.loc["bad", "reason"].startswith("not analysed: the rules failed on it")
    assert "ValueError: a planted fault" in manifest.loc["bad", "reason"]
