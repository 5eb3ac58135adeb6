"""Shared passages: paragraphs that two or more different stories carry, nearly word for word.

A prefecture's paragraph copied into its counties' reports, a template of measures handed down
with each county's numbers filled in: policy diffusion by copying. passim (the reference tool
for text reuse in newspaper archives) finds candidate pairs by shared rare n-grams, aligns them
locally and clusters the aligned passages. Reports reuse whole paragraphs far more often than
sentences inside them, so this pass takes the paragraph as the unit and a normalised key as the
candidate test, which is linear in the corpus and memory-light even when a template occurs in
every report:

- a paragraph of at least 50 characters is keyed by a hash of its letters and Han characters,
  with digits masked: the same paragraph with other numbers, other spacing or punctuation, or
  in the other script (cleaning converted it) has the same key;
- a key found in two or more different stories is a cluster, with one row per occurrence and
  exact offsets, so a passage used by 1,000 stories gives 1,000 rows, not 500,000 pairs.

Unlike passim it does not align inside paragraphs: a paragraph that was rewritten in part is
not found.
"""

from __future__ import annotations

import hashlib
import re
from array import array
from collections.abc import Iterable
from typing import NamedTuple

import numpy as np

from helpers.corpus.stories import NOT_TEXT  # the letters reprints are compared on

MIN_CHARS = 50
DIGITS = re.compile(r"\d+")


def passage_key(paragraph: str) -> str:
    """A 16-hex-digit key shared by paragraphs equal up to numbers, spacing and punctuation.

    >>> passage_key("全县投入资金300万元，") == passage_key("全县 投入资金 85万元。")
    True
    """
    return f"{_key(paragraph):016x}"


def _key(paragraph: str) -> int:
    letters = DIGITS.sub("0", NOT_TEXT.sub("", paragraph))
    return int.from_bytes(hashlib.blake2b(letters.encode("utf-8"), digest_size=8).digest(), "big")


def paragraphs(text: str) -> Iterable[tuple[int, int]]:
    """(start, end) of each line of at least MIN_CHARS characters."""
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        if len(line.strip()) >= MIN_CHARS:
            yield start, end
        start = end + 1


class Keyed(NamedTuple):
    """The long paragraphs of one text: their keys (as numbers), starts and ends, as typed
    arrays (a yearbook of 500,000 paragraphs takes 8 MB, not 75 MB of tuples)."""

    keys: array
    starts: array
    ends: array


def paragraph_keys(text: str) -> Keyed:
    """What the index needs of a text, computed where the text is (a build worker)."""
    keyed = Keyed(array("Q"), array("I"), array("I"))
    for start, end in paragraphs(text):
        keyed.keys.append(_key(text[start:end]))
        keyed.starts.append(start)
        keyed.ends.append(end)
    return keyed


class Shared(NamedTuple):
    """Occurrences of shared paragraphs: report numbers (positions in `ids`), spans, keys."""

    ids: list[str]
    reports: np.ndarray
    starts: np.ndarray
    ends: np.ndarray
    keys: np.ndarray


class PassageIndex:
    """Every long paragraph's key, report and span in typed arrays: 20 bytes a paragraph, so a
    corpus of 100,000 reports (a million paragraphs) takes 20 MB, not a dict's 200 MB."""

    def __init__(self) -> None:
        self.ids: list[str] = []
        self.keys = array("Q")
        self.reports = array("I")
        self.starts = array("I")
        self.ends = array("I")

    def add(self, report_id: str, text: str) -> None:
        self.add_keys(report_id, paragraph_keys(text))

    def add_keys(self, report_id: str, keyed: Keyed) -> None:
        self.reports.extend(array("I", [len(self.ids)]) * len(keyed.keys))
        self.ids.append(report_id)
        self.keys.extend(keyed.keys)
        self.starts.extend(keyed.starts)
        self.ends.extend(keyed.ends)

    def shared(self, story_of: dict[str, str]) -> Shared:
        """The occurrences of paragraphs that two or more stories share, in report order (then
        offset, then key), as arrays: a template used by every report of a large corpus gives
        as many rows as reports, and tuples of them would weigh 100 bytes each."""
        keys = np.frombuffer(self.keys, dtype=np.uint64)
        reports = np.frombuffer(self.reports, dtype=np.uint32)
        numbers = {story: i for i, story in enumerate(dict.fromkeys(story_of.values()))}
        story = np.array(
            [numbers.get(story_of.get(r), len(numbers) + i) for i, r in enumerate(self.ids)],
            dtype=np.int64,
        )  # a report without a story is a story of its own
        order = np.argsort(keys, kind="stable")
        ordered = keys[order]
        if len(order) == 0:
            empty = np.empty(0, dtype=np.int64)
            return Shared(self.ids, empty, empty, empty, empty.astype(np.uint64))
        runs = np.flatnonzero(np.r_[True, ordered[1:] != ordered[:-1]])
        stories = story[reports[order]]
        mixed = np.minimum.reduceat(stories, runs) != np.maximum.reduceat(stories, runs)
        chosen = order[np.repeat(mixed, np.diff(np.r_[runs, len(order)]))]
        numbers_, starts = reports[chosen].astype(np.int64), np.frombuffer(self.starts, np.uint32)
        starts, ends = starts[chosen].astype(np.int64), np.frombuffer(self.ends, np.uint32)[chosen]
        keys = keys[chosen]
        by = np.lexsort((keys, starts, numbers_))
        return Shared(self.ids, numbers_[by], starts[by], ends[by].astype(np.int64), keys[by])

    def clusters(self, story_of: dict[str, str]) -> list[tuple[str, str, int, int]]:
        """(cluster_id, report_id, start, end) of paragraphs two or more stories share."""
        found = self.shared(story_of)
        return sorted(
            (f"{key:016x}", found.ids[n], s, e)
            for n, s, e, key in zip(
                found.reports.tolist(), found.starts.tolist(), found.ends.tolist(),
                found.keys.tolist(),
            )
        )  # fmt: skip

    def release(self) -> None:
        self.__init__()
