"""The Dask engine gives the same tables as the local build, on a local two-worker cluster."""

from __future__ import annotations

import pandas as pd
import pytest
from conftest import SEEDS

from helpers import build, load
from helpers.analysis.summaries import per_story
from helpers.store.tables import TABLES


@pytest.fixture(scope="module")
def cluster():
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as local:
        yield local.scheduler_address


def test_dask_build_equals_local_build(tmp_path, cluster, monkeypatch):
    from helpers.engine import distributed as engine

    monkeypatch.setattr(engine, "REPORTS_PER_PARTITION", 2)  # three partitions for five reports
    build(SEEDS, tmp_path / "local", jobs=1, cache=False, progress=False)
    summary = build(
        SEEDS, tmp_path / "dask", cache=False, progress=False, engine="dask", scheduler=cluster
    )
    assert summary.ok == 5
    assert len(list((tmp_path / "dask" / "figures").glob("part-*.parquet"))) == 3
    local, dask = load(tmp_path / "local"), load(tmp_path / "dask")
    for name in TABLES:
        pd.testing.assert_frame_equal(getattr(local, name), getattr(dask, name), check_like=False)
    assert (tmp_path / "dask" / "figures.csv").read_bytes() == (
        tmp_path / "local" / "figures.csv"
    ).read_bytes()
    # the per-story view reads its rows filtered, from one file or from a folder of parts
    local, dask = per_story(load(tmp_path / "local")), per_story(load(tmp_path / "dask"))
    for name in TABLES:
        pd.testing.assert_frame_equal(getattr(local, name), getattr(dask, name))


def test_dask_parts_settle_the_corpus_slogans_as_the_local_build_does(
    tmp_path, cluster, monkeypatch
):
    # The corpus pass rewrites the slogans table from the Dask engine's parts: the phrase
    # quoted in two places is kept, the others dropped, exactly as after a local build.
    from test_slogan_evidence import REPORTS

    from helpers.engine import distributed as engine

    monkeypatch.setattr(engine, "REPORTS_PER_PARTITION", 2)
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, text in REPORTS.items():
        (corpus / name).write_text(text, encoding="utf-8")
    build(corpus, tmp_path / "local", jobs=1, cache=False, progress=False)
    build(corpus, tmp_path / "dask", cache=False, progress=False, engine="dask", scheduler=cluster)
    local, dask = load(tmp_path / "local"), load(tmp_path / "dask")
    pd.testing.assert_frame_equal(local.slogans, dask.slogans)
    assert set(dask.slogans["slogan"]) == {"村企联建"}
