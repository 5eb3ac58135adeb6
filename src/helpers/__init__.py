"""helpers: scraped Chinese reports on party-building-led poverty alleviation -> tidy tables.

from helpers import build, load
build("seeds", "data/processed")
tables = load("data/processed")
tables.figures.query("metric == 'poor_households'")
"""

from .engine.build import build
from .engine.corpus import read_corpus
from .engine.io import Tables, load, read_text

__all__ = ["build", "load", "read_text", "read_corpus", "Tables"]
__version__ = "0.1.0"
