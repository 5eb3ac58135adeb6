"""Notebook entry point: load a build, built first when missing or from another corpus."""

from __future__ import annotations

import json
from pathlib import Path

from helpers.engine.build import BUILD_INFO, build
from helpers.store.cache import code_version
from helpers.store.io import Tables, load


def load_or_build(corpus: str | Path, processed: str | Path, rebuild: bool = False) -> Tables:
    """The tables of `corpus` in `processed`; (re)built when missing, stale or of another corpus."""
    corpus, processed = Path(corpus).resolve(), Path(processed)
    info_path = processed / BUILD_INFO
    info = json.loads(info_path.read_text(encoding="utf-8")) if info_path.exists() else {}
    stale = info.get("corpus") != str(corpus) or info.get("code_version") != code_version()
    if rebuild or stale:
        build(corpus, processed, progress=False)
    return load(processed)
