"""Slogans: quoted mottos, A+B formulas and numbered formulas, by pattern, not by list."""

from __future__ import annotations

import bisect
import re

from helpers.extract.lexicon import user_words
from helpers.extract.numbers import parse_chinese
from helpers.extract.records import Section, Slogan
from helpers.extract.text_units import wrapped_line
from helpers.extract.vocabulary import jieba_dictionary
from helpers.extract.vocabulary.formulas import (
    COUNTED_THING,
    ORDINAL,
    PLACE_SEGMENT,
    SEGMENT,
    UNQUOTED,
    VISITING_PARTY,
    counts_things,
    known_formula_within,
    name_like,
    names_joined,
    numbered_end,
    numerals_of_narrative,
    plus_formulas,
    said_again,
    trim_formula,
)
from helpers.extract.vocabulary.quotations import (
    app_prompt,
    conferred,
    corpus_candidate,
    metaphor_word,
    nicknamed,
    numeral_led,
    pole_of_a_change,
    recognise_quote,
)
from helpers.extract.vocabulary.slogan_words import (
    CANDIDATE,
    LEXICON,
    LIST,
    MAX_NAME_CHARS,
    MAX_SLOGAN_CHARS,
    NUMERAL,
    PART_SPLIT,
    REPEAT,
    SENTENCE_END,
    STRUCTURE,
    USER,
    WRAP,
    canonical,
    fixed_terms,
    lexicon,
    numbered_lexicon,
)

PAIRS = {"“": "”", "‘": "’", "「": "」", "『": "』"}
# A motto that sets one thing beside another, twice, unquoted as a subheading prints it:
# "一个支部一座堡垒，一名党员一面旗帜" (not "一个大棚就是一个小银行", a speaker's likeness).
ONE_MEASURED = r"一[个名位座面根把盏支条张]"
THING = r"(?:(?!一)[\u4e00-\u9fff])"  # a character of the thing, up to the next 一
ONE_THING = rf"{ONE_MEASURED}{THING}{{1,3}}?"
PAIRED_ONES = re.compile(
    rf"{ONE_THING}{ONE_THING}[，,、；;]\s*{ONE_THING}{ONE_MEASURED}{THING}{{1,3}}"
    r"(?=[，,。；;、！!\s“]|$)"
)
# A thing done now and then, its word said twice around 没 or 不: "有一搭没一搭", "一阵不一阵".
NOW_AND_THEN = re.compile(r"一(\w)[没不]一\1")
# Some sites print straight quotes ("…"); they pair up in order within a line.
STRAIGHT = '"'
# ... and single ones for a quotation inside such a quote ("…按照'支部+合作社'的办法…")
STRAIGHT_SINGLE = "'"
QUOTE_MARKS = re.compile(
    f"[{re.escape(''.join(PAIRS) + ''.join(PAIRS.values()) + STRAIGHT + STRAIGHT_SINGLE)}\n]"
)
# A reform named with its formula in the national list ("三变改革"): the slogan is the formula.
REFORM = "改革"


def quote_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every quotation, inner ones too; text[start:end] includes the marks.

    A quotation ends with its line, unless the layout wrapped the line (a yearbook, a PDF: the
    line stops without closing punctuation); then it may go on over the break, up to
    MAX_SLOGAN_CHARS characters of text.
    """
    spans, stack, line_start, straight, single = [], [], 0, None, None
    for mark in QUOTE_MARKS.finditer(text):
        i, ch = mark.start(), mark.group()
        if ch == STRAIGHT_SINGLE:
            if straight is not None or stack:  # elsewhere an apostrophe, or Latin text's
                if single is None:
                    single = i
                else:
                    spans.append((single, i + 1))
                    single = None
        elif ch == STRAIGHT:
            if straight is None:
                straight = i
            else:
                spans.append((straight, i + 1))
                straight, single = None, None
        elif ch in PAIRS:
            stack.append((ch, i))
        elif stack and ch == PAIRS[stack[-1][0]]:
            _, start = stack.pop()
            if "\n" not in text[start:i] or len(WRAP.sub("", text[start:i])) <= MAX_SLOGAN_CHARS:
                spans.append((start, i + 1))
        elif ch == "\n":
            line = text[line_start:i]
            if not (stack and wrapped_line(line)):
                stack.clear()
            line_start, straight, single = i + 1, None, None
    return sorted(spans)


# Quotes in one list: “双包”、“双建”、“双带”(“四双”), or set side by side (“一事一议”“某某”):
# separated only by 、 , ( ) and spaces, if at all.
LIST_GAP = re.compile(r"^[、，,()（）\s]{0,3}$")


MIN_KNOWN_PART_CHARS = 3  # a part of two characters (“三变”) could be any word's


def _quote_lists(text: str, spans: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """Runs of outer quotations that stand in one list."""
    runs: list[list[tuple[int, int]]] = []
    for start, end in spans:
        if runs and LIST_GAP.match(text[runs[-1][-1][1] : start]):
            runs[-1].append((start, end))
        else:
            runs.append([(start, end)])
    return runs


def _outermost(spans: list[tuple[int, int]]) -> set[tuple[int, int]]:
    """The spans not strictly inside another (s < start and end < e), in one sorted pass."""
    outer, reach, i = set(), -1, 0
    ordered = sorted(spans)
    while i < len(ordered):
        j = i
        while j < len(ordered) and ordered[j][0] == ordered[i][0]:
            j += 1
        group = ordered[i:j]  # same start: none strictly contains another
        outer.update(sp for sp in group if not sp[1] < reach)
        reach = max(reach, max(e for _, e in group))
        i = j
    return outer


def _quoted_earlier_within(m: re.Match, known: dict[str, str]) -> tuple[int, int] | None:
    """The span of a formula the report quoted elsewhere that opens an unquoted run: "确定了一村
    一品一主体发展方向" after “一村一品一主体” is that formula, not "…一主体发"."""
    run = canonical(m.group())
    longest = max(
        (k for k in known if len(k) >= MIN_KNOWN_PART_CHARS and run.startswith(k)),
        key=len,
        default="",
    )
    if not longest or re.match(rf"[{NUMERAL}]", run[len(longest) :]):
        return None  # "一村一品一特色" after “一村一品”: a longer formula of its own
    return m.start(), m.start() + len(longest)


def _inside_a_word(text: str, at: int) -> bool:
    """Whether the numeral at `at` is inside a word that starts just before it ("老两口"), not a
    fixed term a formula opens with ("村两委一肩挑": 两委)."""
    return any(
        jieba_dictionary.is_word(text[max(0, at - 1) : at + length])
        and canonical(text[at : at + length]) not in fixed_terms()
        for length in (1, 2, 3)
    )


def extract_slogans(
    report_id: str, text: str, sections: list[Section], with_candidates: bool = False
) -> list[Slogan]:
    """Every slogan mention in `text`, in text order, with offsets of its raw span.

    `with_candidates`: also the quotations only the corpus can settle (`corpus_candidate`),
    marked `recognised_by="candidate"`; the build's corpus pass keeps or drops them.
    """
    starts = [s.start for s in sections]
    found: list[tuple[int, int, str]] = []
    spans = quote_spans(text)
    covered = bytearray(len(text))  # a byte per character, not a list's 8
    kinds: dict[tuple[int, int], tuple[str, str] | None] = {}
    outers = _outermost(spans)
    for start, end in spans:
        outer = (start, end) in outers
        kinds[(start, end)] = recognise_quote(text, start, end, outer)
        if outer:
            covered[start:end] = b"\x01" * (end - start)
    # A list of quoted names shares its nature: once one item is a slogan, the other short
    # name-like items are too (实施“双包”、“双建”、“双带”: only the first follows the verb).
    # A motto of several parts beside a quoted word is no list of names: a clause may follow
    # a metaphor after a comma (打出“组合拳”，“某某、某某”成为…).
    outers = [sp for sp in spans if sp in outers]
    for run in _quote_lists(text, outers):
        if len(run) > 1 and any(kinds[sp] and name_like(text[sp[0] + 1 : sp[1] - 1]) for sp in run):
            for sp in run:
                content = text[sp[0] + 1 : sp[1] - 1]
                if kinds[sp] is None and name_like(content) and not metaphor_word(content):
                    kinds[sp] = ("numbered" if numeral_led(content) else "quoted", LIST)
    # A name the report has shown to be a slogan is one wherever it quotes it again (开展“某某”
    # 活动, then “某某”工作队), whatever surrounds the later quotes.
    known = {}
    for sp in outers:
        if kinds[sp]:
            content = text[sp[0] + 1 : sp[1] - 1]
            known.setdefault(canonical(content), kinds[sp][0])
            # a motto of two names (“挂包帮、转走访”) names each: a headline may quote one
            for part in PART_SPLIT.split(content):
                if MIN_KNOWN_PART_CHARS <= len(part) and name_like(part):
                    known.setdefault(canonical(part), kinds[sp][0])
    for sp in outers:
        kind = known.get(canonical(text[sp[0] + 1 : sp[1] - 1]))
        # not the title given by the campaign's name (获评“…”), nor a part of a motto as one
        # pole of a change (从“住上好房子”向“过上好日子”转变)
        if (
            kinds[sp] is None
            and kind
            and not conferred(text, *sp)
            and not pole_of_a_change(text, *sp)
        ):
            kinds[sp] = (kind, REPEAT)
    # ... and a name the report shows to be a nickname (被人叫作“三差村”) is one in its headline too
    nicknames = {canonical(text[sp[0] + 1 : sp[1] - 1]) for sp in outers if nicknamed(text, *sp)}
    for sp in outers:
        content = canonical(text[sp[0] + 1 : sp[1] - 1])
        if kinds[sp] and content in nicknames and content not in lexicon():
            kinds[sp] = None
    for sp in outers if with_candidates else ():
        if kinds[sp] is None and corpus_candidate(text, *sp):
            kinds[sp] = ("quoted", CANDIDATE)
    found += [(start, end, *kind) for (start, end), kind in kinds.items() if kind]
    for m in plus_formulas(text):
        if not any(covered[m.start() : m.end()]):
            s, e = trim_formula(text, m.start(), m.end())
            # an open formula keeps its plus: "深化党建+工作" names 党建+
            open_formula = text[e - 1 : e] == "+"
            if (
                (e - s >= 5 or open_formula)
                and not names_joined(text[s:e])
                and not app_prompt(text[s:e])
            ):
                found.append((s, e, "formula", STRUCTURE))
    for m in UNQUOTED.finditer(text):
        if (
            not any(covered[m.start() : m.end()])
            and not ORDINAL.search(m.group())  # "一名第一书记": a count and an ordinal
            and not counts_things(m.group())
            and not VISITING_PARTY.search(m.group())
            and not numerals_of_narrative(text, m)
            and not said_again(SEGMENT.findall(m.group()))
            and not NOW_AND_THEN.search(m.group())
            and not any(PLACE_SEGMENT.match(seg) for seg in SEGMENT.findall(m.group()))
            and not jieba_dictionary.is_word(m.group())
            and not jieba_dictionary.is_word(m.group()[:4])
            # a numeral that is part of the word before it ("老四", "统一", "老两口", "隔三差五")
            and not _inside_a_word(text, m.start())
        ):
            start, end = (
                known_formula_within(m)
                or _quoted_earlier_within(m, known)
                or (m.start(), numbered_end(text, m))
            )
            if not jieba_dictionary.is_word(text[max(start, end - 4) : end]):
                # not an idiom after a noun: "村两委一家一户走访" (household by household)
                found.append((start, end, "numbered", STRUCTURE))
    for m in PAIRED_ONES.finditer(text):
        if not any(covered[m.start() : m.end()]):
            found.append((m.start(), m.end(), "numbered", STRUCTURE))
    for start, end in _list_summaries(text):
        if not any(covered[start:end]):
            found.append((start, end, "numbered", STRUCTURE))
    known_formulas = numbered_lexicon()
    if known_formulas:
        # a national formula inside a speaker's long words is still the formula ("确保两不愁
        # 三保障全面达标"): only the quotes that are slogans, or as short as a name, are taken
        taken = bytearray(len(text))
        for sp in outers:
            if kinds[sp] or sp[1] - sp[0] <= MAX_NAME_CHARS + 2:
                taken[sp[0] : sp[1]] = b"\x01" * (sp[1] - sp[0])
        for start, end, *_ in found:
            taken[start:end] = b"\x01" * (end - start)
        for m in known_formulas.finditer(text):
            if not any(taken[m.start() : m.end()]):
                # a reform by its formula, as the golds write “三变”改革: 三变
                end = m.end() - len(REFORM) if m.group().endswith(REFORM) else m.end()
                found.append((m.start(), end, "numbered", LEXICON))
    found = _with_user_lists(text, found)
    repeats = _repeated_lines(text)
    found = [f for f in found if not any(lo <= f[0] < hi for lo, hi in repeats)]
    out = []
    for start, end, kind, basis in sorted(found):
        raw = text[start:end]
        section = max(0, bisect.bisect_right(starts, start) - 1) if starts else 0
        out.append(
            Slogan(
                report_id=report_id,
                section=sections[section].section if sections else 0,
                slogan=canonical(raw),
                kind=kind,
                raw=raw,
                start=start,
                end=end,
                recognised_by=basis,
                slogan_id=f"{report_id}#s{start}",
            )
        )
    return out


# A page prints its headline again (the article's own title under the site's, "原标题：…"):
# the second printing is the same mention, not another. Only headline-like lines count.
REPRINT_LABEL = re.compile(r"^\s*(原标题|原题|标题)\s*[:：]\s*")
REPRINT_CHARS = (6, 60)


REPRINT_LINES = 20  # a page prints its headline again within its first lines


def _repeated_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each short line among the first ones that an earlier line already holds,
    as a whole or as its end (the site's copy may carry a locator before it)."""
    seen: list[str] = []
    repeats, at = [], 0
    for line in text.split("\n", REPRINT_LINES)[:REPRINT_LINES]:
        core = REPRINT_LABEL.sub("", line).strip()
        if REPRINT_CHARS[0] <= len(core) <= REPRINT_CHARS[1] and not SENTENCE_END.search(core):
            if any(core in earlier for earlier in seen):
                repeats.append((at, at + len(line)))
            seen.append(core)
        at += len(line) + 1
    return repeats


# A list summed up by a numbered name of as many items: "开好党员会、群众会、组长会三会".
SUMMARY_NAME = re.compile(rf"[{NUMERAL}][\u4e00-\u9fff](?=[\s，,。；;)）]|$)", re.M)
LIST_BOUNDARY = re.compile(r"[，,。；;：:\s“”]")
ITEM_CHARS = (2, 12)


def _list_summaries(text: str):
    """(start, end) of each numbered name that sums up the 、-list before it ("…、户长会四会"),
    when its numeral is the number of items listed and every item is a few characters long."""
    if "、" not in text:
        return
    for m in SUMMARY_NAME.finditer(text):
        if COUNTED_THING.match(m.group()[1]):
            continue
        if text[m.start() - 1 : m.start()] == "的":
            continue  # "群众增收、企业增效的双赢": a word the list describes, not its name
        lo = max(0, m.start() - (ITEM_CHARS[1] + 1) * 10)
        boundaries = list(LIST_BOUNDARY.finditer(text, lo, m.start()))
        listed = text[boundaries[-1].end() if boundaries else lo : m.start()]
        items = listed.split("、")
        count = parse_chinese(m.group()[0].replace("双", "两"))
        if (
            len(items) >= 2
            and count == len(items)
            and all(ITEM_CHARS[0] <= len(item) <= ITEM_CHARS[1] for item in items)
        ):
            yield m.start(), m.end()


def _with_user_lists(text: str, found: list[tuple]) -> list[tuple]:
    """The research team's own lists (see lexicon.use_lexicon): every mention of a phrase of
    its `slogans.txt` is a slogan (recognised_by = user), none of its `not_slogans.txt` is."""
    refused = {canonical(w) for w in user_words("not_slogans")}
    if refused:
        found = [f for f in found if canonical(text[f[0] : f[1]]) not in refused]
    taken = bytearray(len(text))
    for start, end, *_ in found:
        taken[start:end] = b"\x01" * (end - start)
    for phrase in user_words("slogans"):
        at = text.find(phrase)
        while at >= 0:
            end = at + len(phrase)
            if not any(taken[at:end]):
                kind = "numbered" if phrase[0] in NUMERAL else "quoted"
                found.append((at, end, kind, USER))
                taken[at:end] = b"\x01" * (end - at)
            at = text.find(phrase, end)
    return found
