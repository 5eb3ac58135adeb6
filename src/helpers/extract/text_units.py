"""Sentences and clauses: the units a figure's context is read from."""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Sequence
from operator import attrgetter

SENTENCE_END = "。！？!?\n"
# A count's number in digits or in Chinese numerals ("24", "1.5", "二十四"), where a pattern
# reaches over one count to the next: the persons of "二十四户四十三人" follow their 户 as those
# of "24户43人" do.
COUNT_NUMBER = r"(?:[\d.]+|[〇零一二两三四五六七八九十百千]+)"
# An ASCII comma between digits ("1,236户", "浏览:2,314") is a thousands separator, not a
# clause break.
COMMA_NOT_IN_A_NUMBER = r"(?<!\d),|,(?!\d{3}(?!\d))"
# A space after a number and its unit, before a label and its own number, parts the fields of
# a ledger's line as a comma would: "某村 建档立卡182户573人 已脱贫169户538人 未脱贫13户35人".
# Before words alone it is a pause in one clause: "贫困户56户 已全部脱贫出列".
FIELD_SPACE = r"(?<=[\d%户人元亩个名]) +(?=[\u4e00-\u9fff]{1,8}\d)"
CLAUSE_END = re.compile(rf"[，；;。！？!?：:\n]|{COMMA_NOT_IN_A_NUMBER}|{FIELD_SPACE}")
# A document's title in its marks: "《关于某事项的通知》"; its numbers and years are its name's.
BOOK_TITLE = re.compile(r"《[^《》\n]{1,40}》")
# A page's web address: its digits are no figures, its dates no stated dates.
# An e-paper's page by its number, with the letter of its section: "A05版", "3 版" (第 before
# it where a pattern wants it).
PAGE_NUMBER = r"[A-Z]?\d{1,3}\s*版"
WEB_ADDRESS = re.compile(r"(?:https?://|www\.)[\x21-\x7e]+", re.I)
OPEN_QUOTES, CLOSE_QUOTES = "“‘「『", "”’」』"
# Only these characters change the state of the sentence splitter: visit them, skip the rest.
SENTENCE_MARKS = re.compile(f"[{re.escape(OPEN_QUOTES + CLOSE_QUOTES + SENTENCE_END)}]")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence; a full stop inside quotation marks does not end one,
    so a quotation and the attribution after it ("……。”董俊义说。") stay together."""
    spans, start, depth = [], 0, 0
    for mark in SENTENCE_MARKS.finditer(text):
        i, ch = mark.start(), mark.group()
        if ch in OPEN_QUOTES:
            depth += 1
        elif ch in CLOSE_QUOTES:
            depth = max(0, depth - 1)
        elif ch == "\n" or (ch in SENTENCE_END and depth == 0):
            depth = 0 if ch == "\n" else depth
            spans.append((start, i + 1))
            start = i + 1
    if start < len(text):
        spans.append((start, len(text)))
    return spans or [(0, len(text))]


def clause_bounds(text: str, start: int, end: int, s_start: int, s_end: int) -> tuple[int, int]:
    """The clause around text[start:end], inside the sentence [s_start, s_end)."""
    left = s_start
    for m in CLAUSE_END.finditer(text, s_start, start):
        left = m.end()
    m = CLAUSE_END.search(text, end, s_end)
    return left, (m.start() if m else s_end)


# A label and its value: "贫困户：45户", "脱贫人数:112人", as fact boxes and work summaries set
# them. The colon ends no clause there: the label is the number's noun.
LABEL_COLON = "：:"
LABEL_CHARS = 12


def label_before(text: str, clause_start: int, number_start: int, s_start: int) -> int:
    """Where the label of a number that opens its clause right after a colon starts (the
    clause before the colon, when it is no longer than a label); else `clause_start`."""
    colon = clause_start - 1
    if colon < s_start or text[colon] not in LABEL_COLON or text[clause_start:number_start].strip():
        return clause_start
    label_start = s_start
    for m in CLAUSE_END.finditer(text, s_start, colon):
        label_start = m.end()
    label = text[label_start:colon].strip()
    return label_start if 0 < len(label) <= LABEL_CHARS else clause_start


_START = attrgetter("start")
HAN_RUNS = re.compile(r"[\u4e00-\u9fff]+")
# A line that ends without closing punctuation was wrapped by the page layout (PDF, flip-book,
# yearbook): the sentence goes on on the next line. Shorter unclosed lines are headings.
CLOSED_LINE = re.compile(r"[。！？!?；;：:”’」』)）]\s*$")
WRAPPED_LINE_MIN = 8


def wrapped_line(line: str) -> bool:
    """Whether the layout wrapped this line: long enough to be prose, and left unclosed.

    >>> [wrapped_line(x) for x in ("全乡按照精准识别的要求开展", "一、基本情况", "全村脱贫了。")]
    [True, False, False]
    """
    return (
        len(line.strip()) >= WRAPPED_LINE_MIN
        and not CLOSED_LINE.search(line)
        and not table_row(line.strip())  # "2017年 36577 31" ends where it ends
    )


# A flattened table's row: a name or a year, then its numbers, a dash for an empty cell ("某某镇
# 612 1538 1", "合计 2295 5898 4", "2020 2135 3914 —"); a page's pager counts 1, 2, 3 … after
# 首页 or 上一页 instead.
TABLE_ROW = re.compile(
    r"^(?P<name>[\u4e00-\u9fff（）()]{2,14}|(?:19|20)\d{2}年?度?)"
    r"((\s+(-?\d[\d,]*(\.\d+)?%?|[—–－-]{1,2}|/)){2,})$"
)
EMPTY_CELL = re.compile(r"^([—–－-]{1,2}|/)$")
PAGER_WORD = re.compile(r"首页|上一?页|下一?页|尾页|末页|共|第")


def table_row(line: str) -> bool:
    m = TABLE_ROW.match(line)
    if not m or PAGER_WORD.search(m["name"]):
        return False
    numbers = [n for n in line[m.end("name") :].split() if not EMPTY_CELL.match(n)]
    counted = [float(n.replace(",", "").rstrip("%")) for n in numbers]
    if m["name"][0].isdigit() and all(1949 <= n <= 2100 for n in counted):
        return False  # "2021 2020 2019": an archive's years, not a year's row
    # "01 02 03": a pager, zero-padded; a row of dashes alone holds no table's numbers
    return bool(counted) and counted != list(range(1, len(numbers) + 1))


# Lines a page layout drops into a wrapped column: an image caption, a credit.
CAPTION_MAX = 20
IN_SENTENCE_PUNCT = re.compile(r"[。，,；;！？!?、：:“”]")
CREDIT_LINE = re.compile(r"^\s*[(（][^()（）\n]{2,18}[)）]\s*$")


def caption_line(line: str) -> bool:
    """A short line with no punctuation inside a sentence: an image caption, a credit line.

    >>> caption_line("村里新修的产业路"), caption_line("全村脱贫了，")
    (True, False)
    """
    body = line.strip()
    return 0 < len(body) <= CAPTION_MAX and not IN_SENTENCE_PUNCT.search(body)


def credit_line(line: str) -> bool:
    """A credit in brackets on a line of its own: "(某乡党政办 供稿)", "（摄影 某某）"."""
    return bool(CREDIT_LINE.match(line))


def han_count(text: str) -> int:
    """Chinese characters (basic block) in `text`, counted by runs: an object per run, not per
    character."""
    return sum(map(len, HAN_RUNS.findall(text)))


def has_han(text: str, n: int) -> bool:
    """Whether `text` has at least `n` Chinese characters (basic block): read up to the n-th,
    not counted to the end of a long line."""
    return bool(_han_at_least(n).match(text))


@functools.lru_cache(maxsize=8)
def _han_at_least(n: int) -> re.Pattern:
    # each step skips what is not Chinese, then takes one character that is: the classes are
    # disjoint, so backtracking never finds another way, and a failing line is read twice at most
    return re.compile(rf"(?:[^\u4e00-\u9fff]*[\u4e00-\u9fff]){{{n}}}")


def starting_within(items: Sequence, lo: int, hi: int) -> Sequence:
    """The items, sorted by `.start`, that start in [lo, hi): by bisection, so that a long
    text with thousands of places and figures is not scanned once per figure."""
    return items[
        bisect.bisect_left(items, lo, key=_START) : bisect.bisect_left(items, hi, key=_START)
    ]


def span_index(starts: Sequence[int], pos: int) -> int:
    """Index of the span (sentence, section) whose start is the last at or before `pos`."""
    return max(0, bisect.bisect_right(starts, pos) - 1)


# A row of a list or a flattened table: a short line of a name and its amounts, no sentence;
# the columns' names over the rows: "类别 金额 占比".
ROW_LINE = re.compile(r"^[^，,。；;！？!?：:]{2,40}$")
COLUMN_NAMES = re.compile(r"^[\u4e00-\u9fff]{2,6}(\s+[\u4e00-\u9fff]{2,6})+$")
# What leads such rows: a sentence that ends announcing them ("…报销3.45亿元。其中："), or a
# numbered heading ("二、资金使用（按类别）").
ROWS_LEAD = re.compile(r"[:：]$|^[一二三四五六七八九十]+、")
MAX_ROWS = 12


def lead_over_rows(text: str, start: int) -> tuple[int, int] | None:
    """For a row of a list without punctuation ("产业发展类 1.92亿元 28.1%"), the span of the
    line that leads the rows: it says what their amounts are and when; None for other lines."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", line_start)
    if not _row(text[line_start : line_end if line_end >= 0 else len(text)].strip()):
        return None
    end = line_start - 1
    for _ in range(MAX_ROWS):
        if end <= 0:
            return None
        begin = text.rfind("\n", 0, end) + 1
        line = text[begin:end].strip()
        if ROWS_LEAD.search(line):
            return begin, end
        if not (_row(line) or COLUMN_NAMES.match(line)):
            return None
        end = begin - 1
    return None


# What announces the rows after the sentence that gives their total: "。其中：", "，具体如下："
LIST_ANNOUNCED = re.compile(
    r"[。，,；;]?\s*(其中|(名单|情况|具体情况|结果|明细|具体)?如下|分别是|分别为)?\s*[:：]?\s*$"
)


def lead_sentence(text: str, lead: tuple[int, int]) -> tuple[int, int]:
    """The last sentence of a lead line, before what announces its rows: the sentence whose
    sums the rows break down ("今年1至9月，…报销3.45亿元。其中：")."""
    start, end = lead
    end = LIST_ANNOUNCED.search(text, start, end).start()
    stops = [i + 1 for i in range(start, end) if text[i] in SENTENCE_END]
    return (stops[-1] if stops else start), end


def _row(line: str) -> bool:
    # a bracket's commas are the row's own: "3. 王某（2组，1人）1365元"
    bare = BRACKETED.sub("", line)
    return bool(ROW_LINE.match(bare)) and any(ch.isdigit() for ch in bare)


BRACKETED = re.compile(r"[（(][^（）()]{0,20}[）)]")


# A line decoded with the wrong codec ("鍖栭殕鍥炴棌" for a UTF-8 name read as GBK) is made of
# rare characters: in real lines, even names and glossed ones, at most a fifth of the characters
# fall outside GB2312's level-1 set of common ones; in such a line, over half do.
GARBLED_SHARE, GARBLED_MIN_HAN = 0.4, 8


def garbled(line: str) -> bool:
    """Whether a (simplified) line reads as mojibake: mostly rare characters."""
    han = [ch for ch in line if "\u4e00" <= ch <= "\u9fff"]
    if len(han) < GARBLED_MIN_HAN:
        return False
    return sum(not _common_character(ch) for ch in han) / len(han) >= GARBLED_SHARE


@functools.cache
def _common_character(ch: str) -> bool:
    try:
        encoded = ch.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return 0xB0 <= encoded[0] <= 0xD7  # level 1: the 3,755 characters in everyday use
