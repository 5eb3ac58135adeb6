"""Shared fixtures: the project's folders and one build of the seeds per test session."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
GOLD = ROOT / "tests" / "gold"
SHARED = ROOT.parent / "shared"

os.environ.setdefault("MPLBACKEND", "Agg")


@pytest.fixture(scope="session")
def seeds_build(tmp_path_factory) -> Path:
    """The seeds built once into a temporary folder (no cache, so the rules really run)."""
    from helpers import build

    out = tmp_path_factory.mktemp("build") / "processed"
    build(SEEDS, out, jobs=1, cache=False, progress=False)
    return out


@pytest.fixture(scope="session")
def seeds_tables(seeds_build):
    from helpers import load

    return load(seeds_build)
