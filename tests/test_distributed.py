"""The Dask engine gives the same tables as the local build, on a local two-worker cluster."""

from __future__ import annotations

import pandas as pd
import pytest
from conftest import SEEDS

from helpers import build, load
from helpers.engine.tables import TABLES


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
