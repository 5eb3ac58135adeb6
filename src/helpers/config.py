"""Paths and versions, defined once."""

from __future__ import annotations

import os
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent


def _project_root() -> Path:
    """The checkout this package was installed from (editable install), else the cwd."""
    if "HELPERS_PROJECT_ROOT" in os.environ:
        return Path(os.environ["HELPERS_PROJECT_ROOT"]).resolve()
    candidate = PACKAGE_DIR.parents[1]
    if (candidate / "pyproject.toml").exists():
        return candidate
    return Path.cwd()


PROJECT_ROOT = _project_root()
SEEDS_DIR = PROJECT_ROOT / "seeds"
PROCESSED_DIR = PROJECT_ROOT / "data" / "processed"
GAZETTEER_DIR = PROJECT_ROOT / "data" / "gazetteer"
DICTIONARIES_DIR = PROJECT_ROOT / "data" / "dictionaries"
# A research team's own word lists (same file names as data/dictionaries/), added to the
# shipped ones: the --lexicon folder, passed to worker processes through the environment.
USER_LEXICON_DEFAULT = PROJECT_ROOT / "data" / "user"
USER_LEXICON_VARIABLE = "HELPERS_USER_LEXICON"
FIGURES_DIR = Path(os.environ.get("HELPERS_FIGURES_DIR", PROJECT_ROOT / "reports" / "figures"))

# Bump when a change to the rules should invalidate cached per-report results.
PIPELINE_VERSION = "1"
