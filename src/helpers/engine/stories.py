"""Reprints: reports that tell the same story share a `story_id`.

The same story is scraped from many sites: the county's page, the prefecture's, a paper, a
portal; with other chrome, in the other script, sometimes cut short. Cleaning has already taken
away chrome and script. What is left is compared as sets of character 5-grams:

- MinHash signatures and LSH (datasketch) propose candidate pairs, almost surely those whose
  Jaccard similarity is 0.5 or more, in time linear in the corpus, never comparing all pairs;
- a candidate pair is one story when the smaller text's shingles are at least 85 % contained in
  the larger's, counted exactly on both texts (signatures only propose). Containment, not Jaccard,
  because a copy cut to its first 60 % has a Jaccard of only 0.6 with the whole, yet is the
  same story; two reports that share a few template paragraphs stay apart.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Callable, Iterable

NUM_PERM = 128
# 40 bands of 3 rows: a pair of Jaccard 0.5 (a copy cut to half) becomes a candidate with
# probability 1 - (1 - 0.5**3)**40 = 0.995, a pair of 0.2 (shared template paragraphs) 0.28.
BANDS = (40, 3)
SHINGLE = 5
SAME_STORY_CONTAINMENT = 0.85
# Candidates whose containment, estimated from the signatures, falls short of this are not
# read again for the exact count (the estimate is noisy for texts of unequal length).
ESTIMATE_FLOOR = 0.7
MIN_SHINGLES = 20  # shorter texts (a headline and a line) are not compared
NOT_TEXT = re.compile(r"[^\u4e00-\u9fff0-9A-Za-z]")


def shingles(text: str) -> set[str]:
    """Character 5-grams of the text's letters, digits and Han characters.

    >>> sorted(shingles("党建引领, 脱贫"))
    ['党建引领脱', '建引领脱贫']
    """
    letters = NOT_TEXT.sub("", text)
    return {letters[i : i + SHINGLE] for i in range(len(letters) - SHINGLE + 1)}


def signature(grams: set[str]):
    from datasketch import MinHash

    # crc32: deterministic across processes (unlike hash()) and computed in C (unlike the
    # default SHA-1 wrapper), so the same corpus always gives the same candidates, faster.
    minhash = MinHash(num_perm=NUM_PERM, seed=1, hashfunc=zlib.crc32)
    minhash.update_batch([g.encode("utf-8") for g in grams])  # order-free: no sort needed
    return minhash


def story_groups(
    texts: Iterable[tuple[str, str]], load_text: Callable[[str], str]
) -> dict[str, list[str]]:
    """report_id -> the report_ids of its story (itself included), from (report_id, text).

    `load_text(report_id)` reads an earlier text again to check a candidate pair exactly: the
    signatures only propose pairs, the shingle sets decide.
    """
    from datasketch import MinHashLSH

    lsh = MinHashLSH(num_perm=NUM_PERM, params=BANDS)
    signatures: dict[str, tuple] = {}  # report_id -> (hash values, shingle count)
    parent: dict[str, str] = {}

    def root(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for report_id, text in texts:
        parent[report_id] = report_id
        grams = shingles(text)
        if len(grams) < MIN_SHINGLES:
            continue
        minhash = signature(grams)
        for other in sorted(lsh.query(minhash)):
            if _estimate(minhash.hashvalues, len(grams), *signatures[other]) < ESTIMATE_FLOOR:
                continue
            if contained(grams, shingles(load_text(other))) >= SAME_STORY_CONTAINMENT:
                a, b = root(report_id), root(other)
                parent[max(a, b)] = min(a, b)
        lsh.insert(report_id, minhash)
        signatures[report_id] = (minhash.hashvalues, len(grams))
    groups: dict[str, list[str]] = {}
    for report_id in parent:
        groups.setdefault(root(report_id), []).append(report_id)
    return {member: sorted(members) for members in groups.values() for member in members}


def _estimate(values, n: int, other_values, other_n: int) -> float:
    """Containment of the smaller set in the larger, estimated from two signatures."""
    jaccard = float((values == other_values).mean())
    # |A ∩ B| = J (|A| + |B|) / (1 + J)
    return jaccard * (n + other_n) / (1 + jaccard) / max(1, min(n, other_n))


def contained(a: set[str], b: set[str]) -> float:
    """Share of the smaller set found in the larger: 1.0 for a copy cut short.

    >>> contained({"a", "b"}, {"a", "b", "c", "d"}), contained({"a"}, {"b"})
    (1.0, 0.0)
    """
    return len(a & b) / max(1, min(len(a), len(b)))


def story_ids(groups: dict[str, list[str]], published: dict[str, str]) -> dict[str, str]:
    """report_id -> story_id: the earliest-published member (undated last), ties the smallest id.

    >>> story_ids({"b": ["a", "b"], "a": ["a", "b"]}, {"a": "", "b": "2019-01-02"})
    {'b': 'b', 'a': 'b'}
    """
    return {
        report_id: min(members, key=lambda r: (published.get(r) or "9999", r))
        for report_id, members in groups.items()
    }
