"""Slogans: quoted mottos, A+B formulas and numbered formulas, by pattern, not by list."""

from __future__ import annotations

import bisect
import functools
import re

from ..config import DICTIONARIES_DIR
from .clean import to_simplified
from .lexicon import load_words
from .records import Section, Slogan

PAIRS = {"“": "”", "‘": "’", "「": "」", "『": "』"}
QUOTE_MARKS = re.compile(f"[{re.escape(''.join(PAIRS) + ''.join(PAIRS.values()))}\n]")
NUMERAL = "一二两三四五六七八九十百千万双"
# Mottos are parallel parts of a few characters: "抓党建、促脱贫、保小康", "党建引领,产业兴村".
PART_SPLIT = re.compile(r"[、,，;；\s]+")
PART = re.compile(r"^[\u4e00-\u9fff()（）0-9]{2,12}$")
MAX_SLOGAN_CHARS = 40
# A numbered formula is built of numeral-led segments: 三会一课, 四议两公开, 六个一, 四中心.
NUMBERED_PART = re.compile(rf"^(?:[{NUMERAL}]+[个项种大条]?[^{NUMERAL}\W\d]{{0,5}}?)+$")
SEGMENT = re.compile(rf"[{NUMERAL}]+[个项种大条]?[^{NUMERAL}\W\d]*")
# Unquoted numbered formulas need two numeral-led segments: 一村一品, 一周一座谈, 两学一做.
UNQUOTED = re.compile(
    rf"(?<![{NUMERAL}\d第])(?:[{NUMERAL}](?!个)[^\W\d{NUMERAL}个的了是在和与及等]{{1,2}}){{1,3}}[{NUMERAL}][^\W\d{NUMERAL}个的了是在和与及等]{{1,3}}"
)
# A model written as a formula: 党支部+合作社+贫困户, 公司+基地+农户.
FORMULA = re.compile(r"[\u4e00-\u9fff()（）]{2,12}(?:\s*\+\s*[\u4e00-\u9fff()（）]{2,12})+")
FORMULA_LEAD = re.compile(
    r"^.*(以|按照|通过|采取|采用|实行|推行|推广|构建|探索|形成|打造|创新|依托|实施|建立|推进|坚持)"
)
FORMULA_TAIL = re.compile(r"(的?(模式|形式|机制|方式|办法|路子|思路)).*$")
# What a campaign name is followed by, or ends with: “某某提升”活动, “产业发展攻坚年”.
CAMPAIGN_AFTER = re.compile(
    r"^(的?(发展)?(活动|行动|工程|计划|模式|理念|机制|制度|工作法|战略|口号|主题|要求|思路|目标|格局"
    r"|体系|品牌|精神|工作|项目|建设|帮扶|扶贫|对口支援|经验|试点|创建))"
)
CAMPAIGN_END = re.compile(r"(年|行|计划|工程|行动|活动|战役|大会战|经验)$")
# A programme verb just before the quote: 开展“回头看”, 实施“双包”, 推进党支部“结对共建”.
CAMPAIGN_BEFORE = re.compile(r"(开展|实施|推进|深化|启动|推行|深入开展)[^，。；,;“”]{0,6}$")
# “联动式”, “滚动式”: an adjective in scare quotes, not a name.
ADJECTIVAL = re.compile(
    r"^[\u4e00-\u9fff]{0,2}(?![模形方样正])[\u4e00-\u9fff]式$"
)  # not 模式, 方式
# “616”工程: a programme named by its digits.
DIGIT_NAME = re.compile(r"^\d{3,4}$")
DIGIT_CAMPAIGN_AFTER = re.compile(r"^[^，。；,;“”]{0,6}(工程|计划|行动|活动)")
ORDINAL = re.compile(rf"(第[{NUMERAL}]|[{NUMERAL}]号)")
# Reported speech: a speaker and a verb of saying next to the quote.
SPEECH_BEFORE = re.compile(
    r"(说|表示|介绍|指出|强调|告诉记者|坦言|讲道|感慨|称|道|问)\s*[:：,，]?\s*$"
)
SPEECH_AFTER = re.compile(
    r"^[,，]?[^。“”‘’\n]{0,24}?(说道|说|表示|介绍|坦言|告诉记者|感慨|所言)(?=[:：,，。\s]|$)"
)
# Mottos have no particles or pronouns of speech:
# "他们天天加班,我们天天学习" is a quote, not a slogan.
SPOKEN = re.compile(r"[了吗吧呢啊呀俺我你他她咱]")
MAX_NAME_CHARS = 12
SENTENCE_END = re.compile(r"[。！？!?]")
TRAILING_PUNCT = re.compile(r"[。！？!?.\s]+$")


@functools.cache
def lexicon() -> frozenset[str]:
    """Well-known national campaign formulas: extra recall for one-phrase quotes only."""
    path = DICTIONARIES_DIR / "slogan_lexicon.txt"
    lines = path.read_text(encoding="utf-8").splitlines() if path.exists() else []
    return frozenset(canonical(x) for x in lines if x.strip() and not x.startswith("#"))


@functools.cache
def fixed_terms() -> frozenset[str]:
    """Quoted fixed terms that are not slogans (十三五, 两委班子), from data/dictionaries."""
    return frozenset(canonical(w) for w in load_words("fixed_terms"))


@functools.cache
def _dictionary_words() -> frozenset[str]:
    """jieba's dictionary: idioms (千家万户, 一心一意) are words there, local formulas are not."""
    import os

    import jieba

    with open(os.path.join(os.path.dirname(jieba.__file__), "dict.txt"), encoding="utf-8") as f:
        return frozenset(line.split(" ", 1)[0] for line in f)


def canonical(raw: str) -> str:
    """One spelling per slogan: quote marks dropped, separators as 、, no closing full stop.

    >>> canonical("“抓党建 促脱贫 保小康”")
    '抓党建、促脱贫、保小康'
    """
    s = to_simplified(raw.strip("“”‘’「」『』\"' "))  # one spelling whatever the paragraph
    s = TRAILING_PUNCT.sub("", s).replace("＋", "+").replace("（", "(").replace("）", ")")
    s = re.sub(r"\s*\+\s*", "+", s)
    return PART_SPLIT.sub("、", s).strip("、")


def quote_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every quotation, inner ones too; text[start:end] includes the marks."""
    spans, stack = [], []
    for mark in QUOTE_MARKS.finditer(text):
        i, ch = mark.start(), mark.group()
        if ch in PAIRS:
            stack.append((ch, i))
        elif stack and ch == PAIRS[stack[-1][0]]:
            _, start = stack.pop()
            spans.append((start, i + 1))
        elif ch == "\n":
            stack.clear()
    return sorted(spans)


def is_numbered(content: str) -> bool:
    """Whether a phrase is a numbered formula (三会一课, 五个坚持, 八比对、六清退, 百千万)."""
    parts = [p for p in PART_SPLIT.split(content) if p]
    if not parts or ORDINAL.search(content):
        return False
    for part in parts:
        if not NUMBERED_PART.match(part) or len(part) > 10:
            return False
        segments = SEGMENT.findall(part)
        nouns = re.sub(rf"[{NUMERAL}个项种大条]", "", part)
        if not (
            len(segments) >= 2
            or re.match(rf"^[{NUMERAL}]+[个项种大]", part)
            or len(nouns) >= 2
            or (not nouns and len(part) >= 3)
        ):
            return False
    return True


def classify_quote(text: str, start: int, end: int, outer: bool) -> str | None:
    """Kind of slogan a quotation is, or None for speech, labels and metaphors."""
    content = TRAILING_PUNCT.sub("", text[start + 1 : end - 1]).strip()
    if not 2 <= len(content) <= MAX_SLOGAN_CHARS or SENTENCE_END.search(content):
        return None
    if outer and (
        SPEECH_BEFORE.search(text[max(0, start - 8) : start])
        or SPEECH_AFTER.match(text[end : end + 30])
    ):
        if (
            SENTENCE_END.search(text[start:end])
            or len(content) > 12
            or SPEECH_AFTER.match(text[end : end + 30])
        ):
            return None
    if "+" in content or "＋" in content:
        return "formula"
    if canonical(content) in fixed_terms() or ADJECTIVAL.match(content):
        return None
    named = CAMPAIGN_AFTER.match(text[end : end + 8]) or CAMPAIGN_BEFORE.search(
        text[max(0, start - 12) : start]
    )
    if DIGIT_NAME.match(content):
        return "numbered" if DIGIT_CAMPAIGN_AFTER.match(text[end : end + 10]) else None
    if is_numbered(content):
        return "numbered"
    parts = [p for p in PART_SPLIT.split(content) if p]
    if SPOKEN.search(content):
        return None
    if len(parts) >= 2 and all(PART.match(p) for p in parts):
        return "quoted"
    if len(parts) == 1 and len(content) <= MAX_NAME_CHARS and not ORDINAL.search(content):
        if canonical(content) in lexicon() or CAMPAIGN_END.search(content):
            return "numbered" if _numeral_led(content) else "quoted"
        if named and (_numeral_led(content) or content not in _dictionary_words()):
            # a common word in scare quotes ("领头羊", "短板") is a metaphor, not a name
            return "numbered" if _numeral_led(content) else "quoted"
    return None


def _numeral_led(content: str) -> bool:
    """“三基”, “双包”: a numeral and one word, the shortest numbered formulas."""
    return len(content) == 2 and content[0] in NUMERAL


# Quotes in one list: “双包”、“双建”、“双带”(“四双”): separated only by 、 , ( ) and spaces.
LIST_GAP = re.compile(r"^[、，,()（）\s]{1,3}$")


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


def extract_slogans(report_id: str, text: str, sections: list[Section]) -> list[Slogan]:
    """Every slogan mention in `text`, in text order, with offsets of its raw span."""
    starts = [s.start for s in sections]
    found: list[tuple[int, int, str]] = []
    spans = quote_spans(text)
    covered = bytearray(len(text))  # a byte per character, not a list's 8
    kinds = {}
    outers = _outermost(spans)
    for start, end in spans:
        outer = (start, end) in outers
        kinds[(start, end)] = classify_quote(text, start, end, outer)
        if outer:
            covered[start:end] = b"\x01" * (end - start)
    # A list of quoted names shares its nature: once one item is a slogan, the other short
    # name-like items are too (实施“双包”、“双建”、“双带”: only the first follows the verb).
    outers = [sp for sp in spans if sp in outers]
    for run in _quote_lists(text, outers):
        if len(run) > 1 and any(kinds[sp] for sp in run):
            for sp in run:
                if kinds[sp] is None and _name_like(text[sp[0] + 1 : sp[1] - 1]):
                    kinds[sp] = (
                        "numbered" if _numeral_led(text[sp[0] + 1 : sp[1] - 1]) else "quoted"
                    )
    found += [(start, end, kind) for (start, end), kind in kinds.items() if kind]
    for m in FORMULA.finditer(text):
        if not any(covered[m.start() : m.end()]):
            s, e = _trim_formula(text, m.start(), m.end())
            if e - s >= 5:
                found.append((s, e, "formula"))
    for m in UNQUOTED.finditer(text):
        words = _dictionary_words()
        if (
            not any(covered[m.start() : m.end()])
            and m.group() not in words
            and m.group()[:4] not in words
        ):
            found.append((m.start(), _list_item_end(text, m.start(), m.end()), "numbered"))
    out = []
    for start, end, kind in sorted(found):
        raw = text[start:end]
        section = max(0, bisect.bisect_right(starts, start) - 1) if starts else 0
        out.append(
            Slogan(
                report_id,
                sections[section].section if sections else 0,
                canonical(raw),
                kind,
                raw,
                start,
                end,
            )
        )
    return out


# The rest of a list item after a numbered formula: "一户一份|脱贫计划表、".
ITEM_TAIL = re.compile(r"[\u4e00-\u9fff]{1,4}(?=[、，,。；;])")


def _list_item_end(text: str, start: int, end: int) -> int:
    """Where a numbered formula that is an item of a 、-list ends: at the item's end.

    "做到一户一张联系卡、一户一份脱贫计划表、…": each item is one formula, its noun included.
    """
    tail = ITEM_TAIL.match(text, end)
    if tail and (text[start - 1 : start] == "、" or text[tail.end() : tail.end() + 1] == "、"):
        return tail.end()
    return end


def _name_like(content: str) -> bool:
    """Short, one part, no speech, not a fixed term or an adjective: could be a name."""
    return (
        2 <= len(content) <= MAX_NAME_CHARS
        and not PART_SPLIT.search(content)
        and not SPOKEN.search(content)
        and not SENTENCE_END.search(content)
        and canonical(content) not in fixed_terms()
        and not ADJECTIVAL.match(content)
    )


def _trim_formula(text: str, start: int, end: int) -> tuple[int, int]:
    """Cut an unquoted formula at the verb before it and the 模式 after it."""
    span = text[start:end]
    lead = FORMULA_LEAD.match(span.split("+")[0])
    if lead:
        start += lead.end()
    tail = FORMULA_TAIL.search(text[start:end].split("+")[-1])
    if tail:
        end -= len(text[start:end].split("+")[-1]) - tail.start()
    return start, end
