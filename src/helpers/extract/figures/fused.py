"""Fused numbers: "3551200人" was almost surely 355户1200人 before a 户 was lost."""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass

from helpers.extract.figures.quantities import Quantity
from helpers.extract.lexicon import cue
from helpers.extract.text_units import span_index

# People per household in rural China: about 2-5, allowing for one-person and large households.
MIN_SIZE, MAX_SIZE, TYPICAL_SIZE = 1.5, 6.0, 3.2
MIN_DIGITS = 3  # "34人" could be 3户4人, but two digits cannot be split with confidence
CLUSTER = 3  # a scrape that loses 户 once usually loses it throughout the page
# ... but a page's plausible four-digit counts ("1960人搬迁") are no evidence of it: two runs that
# show it are. A run of five digits or more that splits well (40163人 = 40户163人: a real count
# of people that long rarely splits into a household's size), or persons counted right after a
# noun of households ("贫困户3198人": 31户98人 lost its 户 between).
CLUSTER_EVIDENCE, EVIDENCE_DIGITS = 2, 5
HOUSEHOLDS_JUST_BEFORE = re.compile(r"户(共|有|共有|计)?$")
HOUSEHOLD_CONTEXT = cue("household_context_cues")
# The largest count of people a place of each level can report (by code length).
PLAUSIBLE_PERSONS = {0: 120_000_000, 2: 120_000_000, 4: 15_000_000, 6: 2_000_000, 9: 100_000}


@dataclass(frozen=True, slots=True)
class FusedReading:
    parts: list  # [(quantity, value, unit), ...]
    note: str


def plausible_max(code_length: int) -> int:
    """Most people a place whose code has this many digits can count."""
    return PLAUSIBLE_PERSONS.get(code_length, PLAUSIBLE_PERSONS[0])


def best_split(digits: str) -> tuple[int, int] | None:
    """The household/person reading of a digit run whose 户 was lost, if one is plausible.

    >>> best_split("3551200"), best_split("3396"), best_split("20171340"), best_split("34")
    ((355, 1200), (33, 96), None, None)
    """
    if len(digits) < MIN_DIGITS:
        return None
    options = []
    for cut in range(1, len(digits)):
        head, tail = digits[:cut], digits[cut:]
        if tail.startswith("0") or head.startswith("0"):
            continue
        households, persons = int(head), int(tail)
        if len(head) == 4 and 1949 <= households <= 2035:
            continue  # a year glued to a count, not a household count
        if households and MIN_SIZE <= persons / households <= MAX_SIZE:
            options.append((abs(persons / households - TYPICAL_SIZE), households, persons))
    return min(options)[1:] if options else None


def split_fused(
    text: str,
    groups: list[list[Quantity]],
    sentences,
    section_starts: list[int],
    section_codes: list[str],
) -> dict[int, FusedReading]:
    """id(quantity) -> its repaired reading, for the person counts that are fused.

    A run is split when it is implausible as persons for the place, or when it sits in a
    household context and the same page has at least CLUSTER such runs.
    """
    candidates = []
    sentence_starts = [s for s, _ in sentences]
    for group in groups:
        q = group[0]
        if len(group) == 1 and q.unit == "人" and q.digits and not q.qualifier:
            split = best_split(q.digits)
            s_start = sentence_starts[span_index(sentence_starts, q.start)]
            context = bool(
                HOUSEHOLD_CONTEXT.search(text[s_start : q.start])
                or HOUSEHOLD_CONTEXT.search(text[q.end : q.end + 4])
            )
            sec = max(0, bisect.bisect_right(section_starts, q.start) - 1)
            code = section_codes[sec] if section_codes else ""
            candidates.append((q, split, context, q.value > plausible_max(len(code))))
    cluster = sum(1 for _, split, context, _ in candidates if split and context)
    evidence = sum(
        1
        for q, split, context, _ in candidates
        if split
        and context
        and (
            len(q.digits) >= EVIDENCE_DIGITS
            or HOUSEHOLDS_JUST_BEFORE.search(text, max(0, q.start - 3), q.start)
        )
    )
    if evidence < CLUSTER_EVIDENCE:
        cluster = 0
    readings = {}
    for q, split, context, implausible in candidates:
        if not split or not (implausible or (context and cluster >= CLUSTER)):
            continue
        why = (
            f"{q.digits} persons is more than the place can have"
            if implausible
            else f"{cluster} digit runs on this page read as households+persons"
        )
        readings[id(q)] = _reading(q, split, why)
    _part_larger_than_its_whole(text, candidates, readings)
    _same_paragraph(text, candidates, readings)
    _among_paired_counts(text, candidates, readings, sentence_starts, sentences)
    return readings


# A part named after its whole: "现有村民635户2317人，其中贫困户98342人" (98户342人).
PART_OF_THE_WHOLE = re.compile(r"[，,；;。]?\s*其中")
WHOLE_REACH = 40  # characters between a whole and the part that names it


def _part_larger_than_its_whole(text, candidates, readings) -> None:
    """A count of people, given as a part (其中…) of the people counted just before it, that
    is larger than that whole: it lost its 户 ("村民6352317人，其中贫困户98342人")."""
    for before, (q, split, _, _) in zip(candidates, candidates[1:]):
        whole = before[0]
        if id(q) in readings or not split or not 0 < q.start - whole.end <= WHOLE_REACH:
            continue
        if not PART_OF_THE_WHOLE.search(text, whole.end, q.start):
            continue
        whole_persons = readings[id(whole)].parts[-1][1] if id(whole) in readings else whole.value
        if q.value > whole_persons:
            readings[id(q)] = _reading(q, split, "a part larger than the whole counted before it")


# Counts written "412户2158人" in a list: a run in the list with persons only, split well, lost
# its 户 ("锁南镇脱贫412户2158人，…，高山乡脱贫118617人"): two such pairs in its sentence show it.
PAIRED_COUNT = re.compile(r"\d+户\d+人")
PAIRED_EVIDENCE = 2


def _among_paired_counts(text, candidates, readings, sentence_starts, sentences) -> None:
    for q, split, _, _ in candidates:
        if id(q) in readings or not split or len(q.digits) < EVIDENCE_DIGITS:
            continue
        s_start, s_end = sentences[span_index(sentence_starts, q.start)]
        if len(PAIRED_COUNT.findall(text, s_start, s_end)) < PAIRED_EVIDENCE:
            continue
        why = "its sentence lists other counts as households and persons"
        readings[id(q)] = _reading(q, split, why)


LINE_BREAK = re.compile("\n")
PARAGRAPH_EVIDENCE = 2  # fused runs that show a paragraph lost its 户 throughout
MIN_PARAGRAPH_DIGITS = 4  # "1872人" yes, "872人" no: three digits split too many ways


def _same_paragraph(text: str, candidates: list, readings: dict[int, FusedReading]) -> None:
    """A paragraph where two runs lost their 户 lost it in its other counts of people too:
    "居民7962978人，其中贫困户111359人。已脱贫1872人" is 796户2978人, 111户359人, 18户72人."""
    if len(readings) < PARAGRAPH_EVIDENCE:
        return
    breaks = [m.start() for m in LINE_BREAK.finditer(text)]
    paragraph_of = {id(q): bisect.bisect_left(breaks, q.start) for q, *_ in candidates}
    fused_in = Counter(paragraph_of[key] for key in readings)
    for q, split, _, _ in candidates:
        paragraph = paragraph_of[id(q)]
        if (
            id(q) in readings
            or not split
            or len(q.digits) < MIN_PARAGRAPH_DIGITS
            or fused_in[paragraph] < PARAGRAPH_EVIDENCE
        ):
            continue
        why = f"{fused_in[paragraph]} other counts of this paragraph lost it"
        readings[id(q)] = _reading(q, split, why)


def _reading(q: Quantity, split: tuple[int, int], why: str) -> FusedReading:
    """The households and persons a fused run is read as, and the note that says why."""
    households, persons = split
    note = (
        f"probably {households}户{persons}人: 户 lost in the source ({why}; "
        f"{persons / households:.1f} persons per household)"
    )
    return FusedReading([(q, float(households), "户"), (q, float(persons), "人")], note)
