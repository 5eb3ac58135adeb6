"""Notebook entry point: load a build, built first when missing or from another corpus."""

from __future__ import annotations

import json
from pathlib import Path

from helpers.engine.build import BUILD_INFO, build
from helpers.errors import HelpersError
from helpers.extract.text.ingest import readable_path
from helpers.store.cache import code_version
from helpers.store.io import Tables, load


class OtherCorpusError(HelpersError):
    """`processed` holds the build of another corpus, which a notebook must not replace."""


def load_or_build(corpus: str | Path, processed: str | Path, rebuild: bool = False) -> Tables:
    """The tables of `corpus` in `processed`; built when missing or when the rules changed.

    A folder that holds the build of another corpus is never replaced silently (a notebook run
    with `processed` pointed at your build and `corpus` left at its default would otherwise
    rebuild it from the five seeds): it stops with a message naming both corpora, unless
    `rebuild=True` asks for it.
    """
    corpus, processed = Path(corpus).resolve(), Path(processed)
    info_path = processed / BUILD_INFO
    info = json.loads(info_path.read_text(encoding="utf-8")) if info_path.exists() else {}
    built_from = info.get("corpus")
    if built_from and built_from != readable_path(str(corpus)) and not rebuild:
        raise OtherCorpusError(
            f"{processed} holds the build of {built_from}, not of {corpus}: point `corpus` at "
            f"{built_from} to use it, choose another `processed` folder, or pass rebuild=True "
            f"to replace it"
        )
    if rebuild or not built_from or info.get("code_version") != code_version():
        build(corpus, processed, progress=False)
    return load(processed)
