"""Vocabulary: jieba with the domain dictionary, stop words removed, counts per section."""

from __future__ import annotations

import bisect
import functools
import logging
import re
from collections import Counter
from itertools import repeat
from pathlib import Path

from helpers import prebuilt
from helpers.config import DICTIONARIES_DIR
from helpers.extract.lexicon import load_words
from helpers.extract.places import gazetteer as gz
from helpers.extract.records import Section, Slogan, TermCounts

KEEP = re.compile(
    r"^[\u4e00-\u9fff][\u4e00-\u9fff+]+$"
)  # two or more characters, no digits or Latin
DOMAIN_FREQ = 50_000  # high enough that jieba prefers the domain word over its parts


@functools.cache
def domain_words() -> frozenset[str]:
    """Field terms, slogan lexicon and gazetteer names (prefecture, county and township level)."""
    return frozenset(_sorted_domain_words())


DOMAIN_SOURCES = ("domain_terms.txt", "slogan_lexicon.txt")


@functools.cache
def _domain_version() -> str:
    """What the domain words derive from: the gazetteer, the two word lists and this module."""
    import hashlib

    digest = hashlib.sha256(prebuilt.version().encode())
    for path in [DICTIONARIES_DIR / name for name in DOMAIN_SOURCES] + [Path(__file__)]:
        digest.update(path.read_bytes() if path.exists() else b"")
    return digest.hexdigest()[:16]


@functools.cache
def _sorted_domain_words() -> tuple[str, ...]:
    # kept in the lookups cache: walking the gazetteer's 45,000 names took 0.03 s a process
    return prebuilt.load_or_build(
        f"terms.domain_words-{_domain_version()}.pickle", _derive_domain_words
    )


def _derive_domain_words() -> tuple[str, ...]:
    words = set(load_words("domain_terms"))
    words |= {w.replace("、", "") for w in load_words("slogan_lexicon") if "+" not in w}
    words |= {
        name
        for name, codes in gz.all_names().items()
        if len(name) >= 3 and any(len(c) >= 4 for c in codes)
    }
    return tuple(sorted(words))


@functools.cache
def stop_words() -> frozenset[str]:
    """Chinese stop words of the stopwords-iso collection (package stopwordsiso), plus ours."""
    return _iso_stop_words() | frozenset(load_words("stop_words"))


def _iso_stop_words() -> frozenset[str]:
    # importing stopwordsiso parses every language's list (0.05 s a process): kept once read
    def read() -> frozenset[str]:
        import stopwordsiso

        return frozenset(stopwordsiso.stopwords("zh"))

    data = prebuilt.package_data("stopwordsiso", "stopwords-iso.json")
    return prebuilt.load_or_build_from_file("terms.iso_stop_words", data, read)


@functools.cache
def tokenizer():
    """A jieba tokenizer of its own (the global one stays untouched) with the domain words."""
    import jieba

    jieba.setLogLevel(logging.ERROR)
    tok = jieba.Tokenizer()
    tok.initialize()
    for word in sorted(domain_words()):
        tok.add_word(word, DOMAIN_FREQ)
    return tok


def _rjieba_segmenter_class():
    """rjieba's `Jieba`, or None when it is not installed. (Importing the package also builds
    a default segmenter the build never uses, 0.09 s once a build: under 5 % of one, so the
    plain import.)"""
    try:
        import rjieba
    except ImportError:
        return None
    return rjieba.Jieba


@functools.cache
def _fast_tokenizer_and_additions():
    segmenter = _rjieba_segmenter_class()
    if segmenter is None:
        return None, frozenset()
    tok = segmenter()
    words = _sorted_domain_words()

    def new_words() -> frozenset[str]:
        return frozenset(w for w in words if not tok.has_word(w))  # before any is added

    # kept in the lookups cache too (0.015 s a process), keyed on the installed rjieba, whose
    # built-in dictionary decides which words are new
    installed = _installed("rjieba")
    added = (
        prebuilt.load_or_build(
            f"terms.added_words-{_domain_version()}.{installed}.pickle", new_words
        )
        if installed
        else new_words()
    )
    for word in words:
        tok.add_word(word, DOMAIN_FREQ, None)
    return tok, added


def _installed(package: str) -> str:
    """The size and modification time of the file a package is imported from (a reinstall
    changes them), found without importing it; "" when there is no such file to go by."""
    import importlib.util

    try:
        return prebuilt.file_stamp(importlib.util.find_spec(package).origin)
    except (ImportError, ValueError, AttributeError, TypeError, OSError):
        return ""


def fast_tokenizer():
    """rjieba (jieba-rs, the Rust port: same dictionary and algorithm, ~25x faster), or None."""
    return _fast_tokenizer_and_additions()[0]


def added_words() -> frozenset[str]:
    """The domain words `fast_tokenizer` knows and jieba's own dictionary does not."""
    return _fast_tokenizer_and_additions()[1]


def segment(text: str, backend: str = "auto") -> list[str]:
    """Words of `text`: rjieba when installed (its tokens agree with jieba's on 99.9 % of spans,
    measured by `make bench`), else jieba. `backend` forces "jieba" or "rjieba"."""
    fast = fast_tokenizer() if backend in ("auto", "rjieba") else None
    if fast is not None:
        return fast.cut(text, True)
    return tokenizer().lcut(text, HMM=True)


def tokens(text: str) -> list[str]:
    """Content words of `text` (stop words, numbers, punctuation and single characters dropped).

    >>> tokens("建档立卡和贫困户如期脱贫")  # domain terms whole, 和 dropped
    ['建档立卡', '贫困户', '如期', '脱贫']
    """
    stops = stop_words()
    return [t for t in segment(text) if KEEP.match(t) and t not in stops]


KEPT_MAX = 200_000  # distinct words judged and remembered: ~25 MB at most


@functools.cache
def _kept() -> dict[str, bool]:
    """Word -> whether it is a content word: a vocabulary is bounded, the judgement repeats."""
    return {}


def _pieces(text: str, starts: list[int], slogans: list[Slogan]) -> list[tuple[int, str, bool]]:
    """(start, piece, is_slogan): the text cut at each slogan mention, which counts whole in its
    canonical form, and where each section starts, so that every word counts in its section."""
    pieces: list[tuple[int, str, bool]] = []

    def plain(begin: int, end: int) -> None:
        at = bisect.bisect_right(starts, begin)
        while at < len(starts) and starts[at] < end:
            pieces.append((begin, text[begin : starts[at]], False))
            begin = starts[at]
            at += 1
        pieces.append((begin, text[begin:end], False))

    cursor = 0
    for s in sorted(slogans, key=lambda s: s.start):
        if s.start >= cursor:
            plain(cursor, s.start)
            pieces.append((s.start, s.slogan, True))
            cursor = s.end
    plain(cursor, len(text))
    return pieces


def count_terms(
    report_id: str, text: str, sections: list[Section], slogans: list[Slogan]
) -> TermCounts:
    """Term counts per section, sections and terms in order; each slogan mention counts as one
    term in its canonical form."""
    starts = [s.start for s in sections] or [0]
    # plain dicts, not Counters: a Counter's missing key is a Python-level call per new word
    counts: dict[int, dict[str, int]] = {}
    words: dict[int, Counter] = {}
    for start, piece, is_slogan in _pieces(text, starts, slogans):
        section = (
            sections[max(0, bisect.bisect_right(starts, start) - 1)].section if sections else 0
        )
        bag = counts.setdefault(section, {})
        if is_slogan:
            bag[piece] = bag.get(piece, 0) + 1
        else:
            # one call for the whole piece: jieba cuts at every non-word character anyway, so
            # lines give the same words (line breaks come out as tokens the filter drops)
            words.setdefault(section, Counter()).update(segment(piece))
    # Every token counted first, then each distinct one judged once: the same counts as
    # filtering token by token, at a third of the regex and set lookups.
    kept = _kept()
    for section, seen in words.items():
        bag = counts[section]
        for word, n in seen.items():
            keep = kept.get(word)
            if keep is None:
                keep = kept[word] = bool(KEEP.match(word)) and word not in stop_words()
                if len(kept) > KEPT_MAX:
                    kept.clear()
            if keep:
                bag[word] = bag.get(word, 0) + n
    found = TermCounts(report_id)
    for section, bag in sorted(counts.items()):
        terms = sorted(bag)
        found.section += repeat(section, len(terms))
        found.term += terms
        found.count += map(bag.__getitem__, terms)
    return found
