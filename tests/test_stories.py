"""Reprint detection: the one-permutation MinHash and the grouping it proposes pairs for."""

from __future__ import annotations

import numpy as np

from helpers.corpus.stories import (
    MIN_SHINGLES,
    NUM_PERM,
    fingerprint,
    gram_hashes,
    signature,
    story_groups,
)


def _pair(rng: np.random.Generator, size: int, jaccard: float):
    """Two sets of `size` random 64-bit hashes each whose Jaccard similarity is `jaccard`:
    they share s = 2·size·J / (1 + J) hashes, since J = s / (2·size − s)."""
    shared = round(2 * size * jaccard / (1 + jaccard))
    pool = rng.choice(2**62, size=2 * size - shared, replace=False).astype(np.uint64)
    a = pool[:size]
    b = np.concatenate([pool[:shared], pool[size:]])
    return np.sort(a), np.sort(b)


def test_slots_agree_as_often_as_the_sets_overlap():
    # One pair's agreement has a standard deviation of sqrt(J(1-J)/120) (0.046 at J = 0.5);
    # the mean of 60 pairs, 0.006. A tolerance of 0.03 is five of those: a biased scheme
    # (slots that disagree for identical values, or that favour shared hashes) fails it.
    rng = np.random.default_rng(7)
    for size, jaccard in ((40, 0.5), (400, 0.5), (2000, 0.2), (2000, 0.8)):
        agreement = [
            np.mean(signature(a) == signature(b))
            for a, b in (_pair(rng, size, jaccard) for _ in range(60))
        ]
        assert abs(np.mean(agreement) - jaccard) < 0.03, (size, jaccard)


def test_a_short_text_fills_every_slot_with_values_of_its_own_hashes():
    # 25 hashes cannot reach 120 slots; the empty ones borrow from filled ones, so a slot
    # never keeps the "nothing seen" value and every value is one of the text's own.
    rng = np.random.default_rng(11)
    hashes = np.sort(rng.choice(2**62, size=25, replace=False).astype(np.uint64))
    sig = signature(hashes)
    own = set(signature(hashes[:1]).tolist())  # a single hash: every slot is its value
    assert len(own) == 1
    assert len(sig) == NUM_PERM and sig.dtype == np.uint32
    values = set()
    for h in hashes:
        values |= set(signature(np.array([h], dtype=np.uint64)).tolist())
    assert set(sig.tolist()) <= values
    assert 1 < len(set(sig.tolist())) <= 25


def test_the_signature_is_a_function_of_the_set():
    rng = np.random.default_rng(3)
    hashes = rng.choice(2**62, size=500, replace=False).astype(np.uint64)
    shuffled = np.concatenate([hashes[::-1], hashes[:50]])  # other order, repeats
    assert (signature(hashes) == signature(shuffled)).all()


def _han_text(rng: np.random.Generator, n: int) -> str:
    return "".join(chr(c) for c in rng.integers(0x4E00, 0x9FA5, size=n))


def test_a_copy_cut_short_is_the_same_story_and_shared_boilerplate_is_not():
    rng = np.random.default_rng(2026)
    story = [_han_text(rng, 120) for _ in range(5)]
    template = _han_text(rng, 120)
    original = "\n".join(story)
    cut = "\n".join(story[:3])  # Jaccard about 0.6 with the whole, contained in it entirely
    other = "\n".join([template] + [_han_text(rng, 120) for _ in range(4)])
    neighbour = "\n".join([template] + [_han_text(rng, 120) for _ in range(4)])
    groups = story_groups(
        [("a", original), ("b", cut), ("c", other), ("d", neighbour), ("e", "太短")]
    )
    assert groups["a"] == groups["b"] == ["a", "b"]
    assert groups["c"] == ["c"] and groups["d"] == ["d"]  # one paragraph in five in common
    assert groups["e"] == ["e"]


def test_a_text_too_short_to_compare_has_no_signature():
    text = "扶贫车间吸纳就业"  # 4 distinct 5-grams
    assert len(gram_hashes(text)) < MIN_SHINGLES
    assert fingerprint(text).signature is None


def test_the_letters_kept_are_those_of_the_pattern_for_every_code_point():
    # The numpy selection must keep exactly what NOT_TEXT keeps: checked on all of Unicode
    # (surrogates cannot be encoded), then on a text mixing scripts, digits and punctuation.
    from helpers.corpus.stories import NOT_TEXT, letter_points

    every = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF)
    kept = NOT_TEXT.sub("", every)
    assert letter_points(every).tolist() == [ord(c) for c in kept]
    assert len(kept) == (0x9FFF - 0x4E00 + 1) + 10 + 52
    mixed = "Ａ党建a-Z 9，脫貧ⅢⅣ２０"
    assert "".join(map(chr, letter_points(mixed))) == "党建aZ9脫貧"


def test_a_text_has_one_hash_per_distinct_five_gram():
    from helpers.corpus.stories import shingles

    rng = np.random.default_rng(5)
    for _ in range(20):
        text = _han_text(rng, 30) + " 2019年，ABC " + _han_text(rng, 10) * 3
        assert len(gram_hashes(text)) == len(shingles(text))


def test_candidate_pairs_are_the_pairs_some_band_proposes_and_the_estimate_keeps():
    # Reference: every pair whose hashed band agrees in at least one band (runs here stay under
    # FULL_RUN, so all their pairs are proposed), kept when the containment estimated from the
    # whole signatures reaches ESTIMATE_FLOOR. Copies agree in all 40 bands, near copies in
    # some, strangers in none.
    from itertools import combinations

    from helpers.corpus import stories

    rng = np.random.default_rng(5)
    base = rng.integers(0, 2**32, size=(12, 120), dtype=np.uint64)
    rows = [base[i % 12].copy() for i in range(30)]  # 18 copies of 12 texts
    for row in rows[12:20]:
        row[rng.choice(120, size=40, replace=False)] = rng.integers(0, 2**32, size=40)
    sig = np.array(rows, dtype=np.uint64)
    n_grams = rng.integers(200, 400, size=len(rows)).astype(np.float64)

    bands, width = stories.BANDS
    mix = np.array([0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9][:width], np.uint64)
    with np.errstate(over="ignore"):
        keys = [(sig[:, b * width : (b + 1) * width] * mix).sum(axis=1) for b in range(bands)]
    expected = []
    for i, j in combinations(range(len(rows)), 2):
        if any(k[i] == k[j] for k in keys):
            jaccard = float((sig[i] == sig[j]).mean())
            shared = jaccard * (n_grams[i] + n_grams[j]) / (1 + jaccard)
            if shared / min(n_grams[i], n_grams[j]) >= stories.ESTIMATE_FLOOR:
                expected.append((i, j))
    got = list(stories._candidate_pairs(sig, n_grams))
    assert got == expected
    assert (0, 24) in got and (0, 1) not in got  # copies always, strangers never
    assert len(expected) >= 18
