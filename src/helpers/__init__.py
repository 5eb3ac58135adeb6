"""helpers: scraped Chinese reports on party-building-led poverty alleviation -> tidy tables.

from helpers import build, load
build("seeds", "data/processed")
tables = load("data/processed")
tables.figures.query("metric == 'poor_households'")
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from helpers.engine.build import build
    from helpers.engine.corpus import read_corpus
    from helpers.store.io import Tables, load, read_text

__all__ = ["build", "load", "read_text", "read_corpus", "Tables"]
__version__ = "0.1.0"

# Resolved on first use (PEP 562), so that `import helpers.extract.text.clean` (a build worker, a
# script that only cleans text) does not load pandas and the build engine: ~0.3 s a process.
_HOMES = {
    "build": ".engine.build",
    "read_corpus": ".engine.corpus",
    "load": ".store.io",
    "read_text": ".store.io",
    "Tables": ".store.io",
}


def __getattr__(name: str):
    if name not in _HOMES:
        raise AttributeError(f"module 'helpers' has no attribute {name!r}")
    value = getattr(importlib.import_module(_HOMES[name], __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
