"""Every notebook runs headlessly on the seeds and, with parameters only, on another corpus."""

from __future__ import annotations

import shutil

import pytest
from conftest import ROOT, SEEDS
from PIL import Image

NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))


@pytest.fixture(scope="module")
def small_corpus(tmp_path_factory):
    """Two seeds: one as published, one re-encoded as GBK, as a user's own folder might be."""
    corpus = tmp_path_factory.mktemp("corpus")
    shutil.copy(SEEDS / "004_5c9b0b8151c6272d.txt", corpus / "traditional.txt")
    text = (SEEDS / "000_37b5edfbb28fc83f.txt").read_text(encoding="utf-8").replace("\xa0", " ")
    (corpus / "gbk.txt").write_bytes(text.encode("gbk"))
    return corpus


@pytest.fixture(scope="module")
def unreadable_corpus(tmp_path_factory):
    """A folder with nothing to read: an empty file and random bytes (a wrong folder)."""
    corpus = tmp_path_factory.mktemp("unreadable")
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "noise.txt").write_bytes(bytes(range(256)) * 8)
    return corpus


@pytest.mark.parametrize("corpus_name", ["seeds", "small", "unreadable"])
@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_executes_and_exports_its_charts(
    path, corpus_name, small_corpus, unreadable_corpus, tmp_path
):
    import papermill

    corpus = {"seeds": SEEDS, "small": small_corpus, "unreadable": unreadable_corpus}[corpus_name]
    figures = tmp_path / "figures"
    papermill.execute_notebook(
        str(path),
        str(tmp_path / path.name),
        cwd=str(path.parent),
        kernel_name="python3",
        parameters={
            "corpus": str(corpus),
            "processed": str(tmp_path / "processed"),
            "export_dir": str(figures),
        },
        progress_bar=False,
        log_output=False,
    )
    exported = {p.name for p in figures.iterdir()} if figures.exists() else set()
    if corpus_name == "unreadable":
        return  # it ran to the end (papermill raises on a failing cell); no chart is owed
    prefix = path.stem.split("_")[0]
    pngs = {n for n in exported if n.endswith(".png")}
    assert pngs and all(n.startswith(prefix) for n in pngs)
    for png in pngs:
        stem = png[:-4]
        assert {f"{stem}.svg", f"{stem}.pdf"} <= exported
        with Image.open(figures / png) as image:
            assert max(image.size) <= 4000, (png, image.size)  # printable, readable on screen


@pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")
def test_make_run_charts_the_corpus_it_was_given():
    # `make run CORPUS=… OUT=…` must hand that corpus to the notebooks, not leave them on their
    # default (the seeds): a dry run shows the commands it would execute
    import subprocess

    plan = subprocess.run(
        ["make", "-n", "run", "CORPUS=/tmp/some_reports", "OUT=/tmp/some_build"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "papermill" in plan
    assert '-p corpus "/tmp/some_reports"' in plan
    assert '-p processed "/tmp/some_build"' in plan
