"""Word lists kept as data: `data/dictionaries/<name>.txt`, one word per line, read once.

Lists are data so that a linguist can extend them without reading a regex, and so that
the cues a rule relies on can be reviewed in one place (as jieba's dict.txt, spaCy's
lex_attrs). A list keeps its file order: in an alternation the earlier word wins.
"""

from __future__ import annotations

import functools
import os
import re
from pathlib import Path

from helpers.config import DICTIONARIES_DIR, USER_LEXICON_DEFAULT, USER_LEXICON_VARIABLE


def use_lexicon(folder: str | Path | None) -> None:
    """Add a research team's word lists to the shipped ones from now on, in this process and
    in the workers it starts: `folder` (else data/user/ when it exists; "" for none) holds
    files named as in data/dictionaries/, one entry per line."""
    if folder is None:
        folder = USER_LEXICON_DEFAULT if USER_LEXICON_DEFAULT.is_dir() else ""
    if os.environ.get(USER_LEXICON_VARIABLE, "") != str(folder):
        os.environ[USER_LEXICON_VARIABLE] = str(folder)
        load_words.cache_clear()


def user_lexicon() -> Path | None:
    """The folder of the research team's own word lists in force, if any."""
    folder = os.environ.get(USER_LEXICON_VARIABLE, "")
    return Path(folder) if folder and Path(folder).is_dir() else None


def user_words(name: str) -> tuple[str, ...]:
    """The entries of the team's own list `name` (`slogans`, `not_slogans`, a cue list …)."""
    folder = user_lexicon()
    return _read_words(folder / f"{name}.txt") if folder else ()


@functools.cache
def load_words(name: str) -> tuple[str, ...]:
    """The words of `data/dictionaries/<name>.txt`, then the team's own of that name (see
    `use_lexicon`): blank lines and `#` comments skipped.

    >>> "投入" in load_words("funds_cues")
    True
    """
    shipped = _read_words(DICTIONARIES_DIR / f"{name}.txt", required=True)
    return shipped + tuple(w for w in user_words(name) if w not in shipped)


def shipped_words(name: str) -> tuple[str, ...]:
    """The words of `data/dictionaries/<name>.txt` alone: for lists that shape the stored
    lookups (prebuilt.py), whose version covers the shipped files only."""
    return _read_words(DICTIONARIES_DIR / f"{name}.txt", required=True)


def _read_words(path: Path, required: bool = False) -> tuple[str, ...]:
    """A word list's entries; a shipped list that is missing is an error (the rules that read
    it would silently find nothing), a team's own list that is missing is none."""
    if not path.is_file():
        if required:
            raise FileNotFoundError(f"word list missing from the package data: {path}")
        return ()
    with open(path, encoding="utf-8-sig") as f:
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


# Words that may stand before 贫困 without changing whom a phrase names: a cue "入社贫困户" finds
# "入社" + "建卡" + "贫困户" and "入社" + "农村" + "贫困户" as well.
REGISTERED = "(?:建档立卡|建卡|农村|城乡|绝对|相对|深度)*"  # 相对贫困: the poor after 2020


def cue(name: str) -> re.Pattern[str]:
    """A compiled pattern that finds any word of the list `name`; a word that names the poor
    ("入社贫困户") finds them with the register's words before 贫困 too, and 贫困农户."""
    words = load_words(name)
    return re.compile(
        "|".join(
            re.escape(word).replace("贫困", REGISTERED + "贫困", 1).replace("贫困户", "贫困农?户")
            for word in words
        )
    )
