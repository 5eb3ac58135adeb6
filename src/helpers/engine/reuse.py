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
from collections.abc import Iterable

MIN_CHARS = 50
NOT_TEXT = re.compile(r"[^\u4e00-\u9fffA-Za-z0-9]")
DIGITS = re.compile(r"\d+")


def passage_key(paragraph: str) -> str:
    """A 16-hex-digit key shared by paragraphs equal up to numbers, spacing and punctuation.

    >>> passage_key("全县投入资金300万元，") == passage_key("全县 投入资金 85万元。")
    True
    """
    letters = DIGITS.sub("0", NOT_TEXT.sub("", paragraph))
    return hashlib.blake2b(letters.encode("utf-8"), digest_size=8).hexdigest()


def paragraphs(text: str) -> Iterable[tuple[int, int]]:
    """(start, end) of each line of at least MIN_CHARS characters."""
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        if len(line.strip()) >= MIN_CHARS:
            yield start, end
        start = end + 1


class PassageIndex:
    """Paragraph keys seen so far; the first occurrence of a key is kept compactly and only
    keys seen twice grow a list, so memory follows the number of distinct paragraphs."""

    def __init__(self) -> None:
        self.first: dict[str, tuple[str, int, int]] = {}
        self.more: dict[str, list[tuple[str, int, int]]] = {}

    def add(self, report_id: str, text: str) -> None:
        for start, end in paragraphs(text):
            key = passage_key(text[start:end])
            if key in self.more:
                self.more[key].append((report_id, start, end))
            elif key in self.first:
                self.more[key] = [self.first.pop(key), (report_id, start, end)]
            else:
                self.first[key] = (report_id, start, end)

    def clusters(self, story_of: dict[str, str]) -> list[tuple[str, str, int, int]]:
        """(cluster_id, report_id, start, end) of paragraphs two or more stories share."""
        rows = []
        for key, occurrences in self.more.items():
            if len({story_of.get(r, r) for r, _, _ in occurrences}) >= 2:
                rows += [(key, r, s, e) for r, s, e in occurrences]
        return sorted(rows)
