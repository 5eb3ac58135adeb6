"""Reprints: reports that tell the same story share a `story_id`.

The same story is scraped from many sites: the county's page, the prefecture's, a paper, a
portal; with other chrome, in the other script, sometimes cut short. Cleaning has already taken
away chrome and script. What is left is compared as sets of character 5-grams:

- MinHash signatures and banded LSH, both in numpy (one array for the whole corpus), propose
  candidate pairs, almost surely those whose Jaccard similarity is 0.5 or
  more, in time linear in the corpus, never comparing all pairs;
- a candidate pair is one story when the smaller text's shingles are at least 85 % contained in
  the larger's, counted on both texts' full sets of shingle hashes (signatures only propose).
  Those sets are spilled to a temporary file on the first read, so that checking a pair reads
  two arrays back instead of reading and hashing two texts again. Containment, not Jaccard,
  because a copy cut to its first 60 % has a Jaccard of only 0.6 with the whole, yet is the
  same story; two reports that share a few template paragraphs stay apart.
"""

from __future__ import annotations

import functools
import os
import re
import tempfile
from collections.abc import Iterable, Iterator
from typing import NamedTuple

import numpy as np

# 40 bands of 3 rows: a pair of Jaccard 0.5 (a copy cut to half) becomes a candidate with
# probability 1 - (1 - 0.5**3)**40 = 0.995, a pair of 0.2 (shared template paragraphs) 0.28.
BANDS = (40, 3)
SHINGLE = 5
SAME_STORY_CONTAINMENT = 0.85
# Candidates whose containment, estimated from the signatures, falls short of this are not
# read again for the exact count (the estimate is noisy for texts of unequal length).
ESTIMATE_FLOOR = 0.7
# Runs of equal band values up to this size compare all their pairs; longer ones, linearly.
FULL_RUN = 32
PAIR_CHUNK = 20_000  # pairs compared at once: 20,000 × 120 × 4 bytes = 10 MB per side
NUM_PERM = BANDS[0] * BANDS[1]  # the signature's slots
# A 5-gram's hash: its code points as digits of a polynomial in BASE (mod 2**64, wrapping).
BASE = np.uint64(0x100000001B3)
# splitmix64's finaliser: every bit of a 5-gram's hash moves about half of the mixed bits.
MIX = (np.uint64(0xBF58476D1CE4E5B9), np.uint64(0x94D049BB133111EB))
FINALIZER = np.uint64(0xFF51AFD7ED558CCD)  # MurmurHash3's 64-bit mixing constant
LOW_32 = np.uint64(0xFFFFFFFF)
# Where an empty slot borrows its value: for slot i, the first filled slot among PROBES[i],
# the same sequence for every text, so that two texts' borrowed values agree exactly as often
# as the values they borrow (a fixed seed: signatures are comparable across runs).
PROBES = np.random.default_rng(20261127).integers(0, NUM_PERM, size=(NUM_PERM, 64))
MIN_SHINGLES = 20  # shorter texts (a headline and a line) are not compared
NOT_TEXT = re.compile(r"[^\u4e00-\u9fff0-9A-Za-z]")


def shingles(text: str) -> set[str]:
    """Character 5-grams of the text's letters, digits and Han characters.

    >>> sorted(shingles("党建引领, 脱贫"))
    ['党建引领脱', '建引领脱贫']
    """
    letters = NOT_TEXT.sub("", text)
    return {letters[i : i + SHINGLE] for i in range(len(letters) - SHINGLE + 1)}


def letter_points(text: str) -> np.ndarray:
    """The code points of the text's Han characters, ASCII digits and ASCII letters (what
    NOT_TEXT keeps), selected in numpy: 2.5x faster than the pattern, then encoding."""
    points = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
    han = (points >= 0x4E00) & (points <= 0x9FFF)
    digit = (points >= ord("0")) & (points <= ord("9"))
    upper = (points >= ord("A")) & (points <= ord("Z"))
    lower = (points >= ord("a")) & (points <= ord("z"))
    return points[han | digit | upper | lower]


def gram_hashes(text: str) -> np.ndarray:
    """The distinct 64-bit hashes of the text's 5-grams (the same 5-grams as `shingles`), in
    numpy: no Python object per 5-gram. Deterministic across processes and runs."""
    points = letter_points(text)
    n = len(points) - SHINGLE + 1
    if n <= 0:
        return np.empty(0, dtype=np.uint64)
    points = points.astype(np.uint64)
    hashes = np.zeros(n, dtype=np.uint64)
    with np.errstate(over="ignore"):
        for k in range(SHINGLE):
            hashes = hashes * BASE + points[k : k + n]
    hashes.sort()  # sort and drop repeats: faster than np.unique's hash table here
    return hashes[np.r_[True, hashes[1:] != hashes[:-1]]]


def signature(hashes: np.ndarray) -> np.ndarray:
    """MinHash of a set of 64-bit hashes, by one permutation: each hash is mixed once, its high
    bits choose one of NUM_PERM slots and its low bits are its value there; a slot keeps its
    least value. Two texts agree in a slot with probability their Jaccard similarity, as with
    NUM_PERM separate hash functions, for 1/NUM_PERM of the work (Li, Owen and Zhang 2012).

    A short text leaves slots empty; each borrows the value of a filled slot chosen by a
    sequence fixed for all texts ("optimal densification", Shrivastava 2017), which keeps the
    agreement probability equal to the Jaccard similarity.
    """
    with np.errstate(over="ignore"):
        mixed = (hashes ^ (hashes >> np.uint64(30))) * MIX[0]
        mixed = (mixed ^ (mixed >> np.uint64(27))) * MIX[1]
        mixed ^= mixed >> np.uint64(31)
        slots = ((mixed >> np.uint64(32)) * np.uint64(NUM_PERM)) >> np.uint64(32)
    slots = slots.astype(np.intp)
    low = np.full(NUM_PERM, np.iinfo(np.uint32).max, dtype=np.uint32)
    np.minimum.at(low, slots, (mixed & LOW_32).astype(np.uint32))
    empty = np.ones(NUM_PERM, dtype=bool)
    empty[slots] = False
    if empty.any() and not empty.all():
        filled = ~empty[PROBES[empty]]
        first = filled.argmax(axis=1)
        borrowed = PROBES[empty][np.arange(len(first)), first]
        # no filled slot among the probes (a text of a few 5-grams): the next filled slot
        stuck = ~filled.any(axis=1)
        if stuck.any():
            filled_slots = np.flatnonzero(~empty)
            after = np.searchsorted(filled_slots, np.flatnonzero(empty)[stuck]) % len(filled_slots)
            borrowed[stuck] = filled_slots[after]
        low[empty] = low[borrowed]
    return low


def verification_keys(hashes: np.ndarray) -> np.ndarray:
    """A text's 5-gram hashes cut to their high 32 bits, sorted and distinct: half the bytes
    to spill and read back. Two distinct 5-grams of a pair collide with odds of about
    grams² / 2**32 (0.002 for two texts of 3,000 characters), far below what moves a
    containment of hundreds of shingles across its threshold."""
    with np.errstate(over="ignore"):  # mixed first: a polynomial hash's high bits skip the last
        mixed = (hashes ^ (hashes >> np.uint64(33))) * FINALIZER  # character's code point
    keys = (mixed >> np.uint64(32)).astype(np.uint32)
    keys.sort()
    return keys[np.r_[True, keys[1:] != keys[:-1]]] if len(keys) else keys


class _Rows:
    """Signatures as rows of one array that grows: no Python object per report, and no second
    copy to stack them (100,000 reports: 48 MB once, not 96 MB at the peak)."""

    def __init__(self, expected: int):
        self.data = np.empty((max(expected, 16), NUM_PERM), dtype=np.uint32)
        self.n = 0

    def add(self, row: np.ndarray) -> None:
        if self.n == len(self.data):
            grown = np.empty((2 * self.n, NUM_PERM), dtype=np.uint32)
            grown[: self.n] = self.data
            self.data = grown
        self.data[self.n] = row
        self.n += 1

    def array(self) -> np.ndarray:
        return self.data[: self.n]


class Fingerprint(NamedTuple):
    """What the story grouping needs of one text, computed where the text is (a build worker):
    its MinHash signature (None for a text too short to compare), its number of distinct
    5-grams, and its verification keys (`verification_keys`) as bytes."""

    signature: np.ndarray | None
    n_grams: int
    keys: bytes


# Reprints are articles; a text longer than this (a yearbook, a site dump) is fingerprinted by
# its beginning, which its copies share too: its 5-grams would take 8 bytes each, several
# times over, while hashing (a 40 MB file: gigabytes).
FINGERPRINT_CHARS = 200_000


def fingerprint(text: str) -> Fingerprint:
    hashes = gram_hashes(text[:FINGERPRINT_CHARS])
    sig = signature(hashes) if len(hashes) >= MIN_SHINGLES else None
    return Fingerprint(sig, len(hashes), verification_keys(hashes).tobytes())


class StoryIndex:
    """Fingerprints of a corpus in order, then its stories.

    Signatures go to one growing array, verification keys to a temporary file in `scratch`:
    memory holds 480 bytes per report, whatever the texts' length.
    `expected`: how many reports will come, when known (the array is sized once).
    """

    def __init__(self, scratch: str | os.PathLike | None = None, expected: int = 0):
        self.spill = tempfile.TemporaryFile(dir=scratch)
        self.ids: list[str] = []
        self.sizes: list[int] = []
        self.spilled: list[tuple[int, int]] = []
        self.signatures = _Rows(expected)
        self.compared: list[int] = []  # row k of the signatures is the text ids[compared[k]]

    def add(self, report_id: str, print_: Fingerprint) -> None:
        if print_.signature is not None:
            self.signatures.add(print_.signature)
            self.compared.append(len(self.ids))
        self.ids.append(report_id)
        self.sizes.append(print_.n_grams)
        self.spilled.append((self.spill.tell(), len(print_.keys) // 4))
        self.spill.write(print_.keys)

    def close(self) -> None:
        """Let go of the spilled keys without grouping (a build that failed on the way)."""
        self.spill.close()

    def groups(self) -> dict[str, list[str]]:
        """report_id -> the report_ids of its story (itself included); closes the index.

        Banded LSH done in batch with numpy: one array of signatures, and per band a sort
        that puts reports with equal band values side by side. A run of equal values proposes
        all its pairs, or, when longer than FULL_RUN, each member with the first and the
        previous one (stories are joined transitively). Proposals must pass the containment
        estimated from the signatures, then the count on both full sets of keys.
        """
        with self.spill:
            self.spill.flush()
            fd = self.spill.fileno()

            def keys_of(i: int) -> np.ndarray:
                at, n = self.spilled[i]
                return np.frombuffer(os.pread(fd, 4 * n, at), dtype=np.uint32)

            parent = _join(self.ids, self.signatures.array(), self.compared, self.sizes, keys_of)
        self.signatures = _Rows(0)
        groups: dict[str, list[str]] = {}
        for report_id in self.ids:
            groups.setdefault(_root(parent, report_id), []).append(report_id)
        return {member: sorted(members) for members in groups.values() for member in members}


def story_groups(
    texts: Iterable[tuple[str, str]],
    scratch: str | os.PathLike | None = None,
    expected: int = 0,
) -> dict[str, list[str]]:
    """report_id -> the report_ids of its story (itself included), from (report_id, text)."""
    index = StoryIndex(scratch, expected)
    for report_id, text in texts:
        index.add(report_id, fingerprint(text))
    return index.groups()


def _join(ids, sig, compared, sizes, keys_of) -> dict[str, str]:
    """Union-find parents after checking every candidate pair whose members are not yet one."""
    parent = {r: r for r in ids}
    if len(compared) >= 2:
        n_grams = np.array([sizes[i] for i in compared], dtype=np.float64)
        last_a, a_keys = None, None
        for i, j in _candidate_pairs(sig, n_grams):
            a, b = compared[i], compared[j]
            ra, rb = _root(parent, ids[a]), _root(parent, ids[b])
            if ra == rb:
                continue  # already one story through other members: nothing to learn
            if a != last_a:  # pairs come sorted: the same first text many times in a row
                last_a, a_keys = a, keys_of(a)
            b_keys = keys_of(b)
            shared = len(np.intersect1d(a_keys, b_keys, assume_unique=True))
            if shared / max(1, min(len(a_keys), len(b_keys))) >= SAME_STORY_CONTAINMENT:
                parent[max(ra, rb)] = min(ra, rb)
    return parent


def _root(parent: dict[str, str], x: str) -> str:
    while parent[x] != x:
        parent[x] = parent[parent[x]]
        x = parent[x]
    return x


@functools.lru_cache(maxsize=FULL_RUN)
def _all_pairs(size: int):
    return np.triu_indices(size, 1)


def _run_pairs(order, same):
    """Pairs within runs of equal band keys: all pairs of a run of up to FULL_RUN members, and
    each member with the first and the previous one in a longer run (linear)."""

    bounds = np.flatnonzero(np.r_[True, ~same, True])
    left, right = [], []
    for start, end in zip(bounds[:-1], bounds[1:]):
        size = end - start
        if size < 2:
            continue
        members = order[start:end]
        if size <= FULL_RUN:
            a, b = _all_pairs(size)
            left.append(members[a])
            right.append(members[b])
        else:
            left += [np.full(size - 1, members[0]), members[:-1]]
            right += [members[1:], members[1:]]
    if not left:
        return np.array([], dtype=np.int64), np.array([], dtype=np.int64)
    return np.concatenate(left), np.concatenate(right)


def _candidate_pairs(sig, n_grams) -> Iterator[tuple[int, int]]:
    """Index pairs (i < j), in order and each once, whose band values agree in some band and
    whose estimated containment reaches ESTIMATE_FLOOR.

    Pairs are held as one int64 per pair (i << 32 | j), not as Python tuples in a set: a
    large corpus of templated reports proposes millions of them.
    """

    bands, rows = BANDS
    mix = np.array([0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9][:rows], np.uint64)
    pairs = np.empty(0, dtype=np.int64)  # accepted so far, sorted
    with np.errstate(over="ignore"):
        for band in range(bands):
            keys = (sig[:, band * rows : (band + 1) * rows] * mix).sum(axis=1)  # wraps: a hash
            order = np.argsort(keys, kind="stable")
            ordered = keys[order]
            same = ordered[1:] == ordered[:-1]
            if not same.any():
                continue
            left, right = _run_pairs(order, same)
            keep = left != right
            proposed = np.unique(
                (np.minimum(left, right)[keep] << 32) | np.maximum(left, right)[keep]
            )
            # a copy agrees in every band: a pair accepted in one is not estimated again
            proposed = proposed[~np.isin(proposed, pairs, assume_unique=True)]
            found = []
            # in chunks: comparing signatures row by row copies them, pairs × 120 values
            for at in range(0, len(proposed), PAIR_CHUNK):
                chunk = proposed[at : at + PAIR_CHUNK]
                a, b = chunk >> 32, chunk & 0xFFFFFFFF
                jaccard = (sig[a] == sig[b]).mean(axis=1)
                shared = jaccard * (n_grams[a] + n_grams[b]) / (1 + jaccard)
                found.append(chunk[shared / np.minimum(n_grams[a], n_grams[b]) >= ESTIMATE_FLOOR])
            if found:
                pairs = np.union1d(pairs, np.concatenate(found))
    for at in range(0, len(pairs), PAIR_CHUNK):
        chunk = pairs[at : at + PAIR_CHUNK]
        yield from zip((chunk >> 32).tolist(), (chunk & 0xFFFFFFFF).tolist())


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
