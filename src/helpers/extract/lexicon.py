"""Word lists kept as data: `data/dictionaries/<name>.txt`, one word per line, read once.

Lists are data so that a linguist can extend them without reading a regex, and so that
the cues a rule relies on can be reviewed in one place (as jieba's dict.txt, spaCy's
lex_attrs). A list keeps its file order: in an alternation the earlier word wins.
"""

from __future__ import annotations

import functools
import re

from helpers.config import DICTIONARIES_DIR


@functools.cache
def load_words(name: str) -> tuple[str, ...]:
    """The words of `data/dictionaries/<name>.txt`: blank lines and `#` comments skipped.

    >>> "投入" in load_words("funds_cues")
    True
    """
    path = DICTIONARIES_DIR / f"{name}.txt"
    with open(path, encoding="utf-8") as f:
        lines = (line.strip() for line in f)
        return tuple(line for line in lines if line and not line.startswith("#"))


@functools.cache
def load_table(name: str) -> tuple[dict[str, str], ...]:
    """Rows of `data/dictionaries/<name>.tsv` (tab-separated, a header line, `#` comments)."""
    with open(DICTIONARIES_DIR / f"{name}.tsv", encoding="utf-8") as f:
        lines = [line.rstrip("\n") for line in f if line.strip() and not line.startswith("#")]
    header = lines[0].split("\t")
    return tuple(dict(zip(header, line.split("\t"))) for line in lines[1:])


def alternation(words: tuple[str, ...]) -> str:
    """A regex alternation of literal words, in their order: ("投入", "投资") -> "投入|投资"."""
    return "|".join(map(re.escape, words))


def cue(name: str) -> re.Pattern[str]:
    """A compiled pattern that finds any word of the list `name`."""
    return re.compile(alternation(load_words(name)))
