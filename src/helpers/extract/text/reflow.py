"""Paragraphs a page's layout broke at its right margin, joined again.

Text taken from a PDF, a flip-book, a document-sharing site or a narrow e-paper column keeps the
layout's line breaks: "新识别贫困户 52 户" / "187 人，贫困发生率…". Read line by line, the
figure loses its persons, a sentence its year, and a wrapped line of prose can pass for a
headline. Such pages show their margin: many lines of prose, left unclosed, all about one width.
A line that reaches that margin goes on on the next line; one that stops short of it ended
where its writer ended it (a heading, a paragraph's last line, a list's row).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from helpers.extract.text import boilerplate as bp
from helpers.extract.text_units import IN_SENTENCE_PUNCT

# What closes a line: the end of a sentence, or a colon that announces what follows. Unlike
# text_units.CLOSED_LINE (a line a layout left unclosed), a closing quotation mark or a semicolon
# at the margin ends no line here: "…的“四个一”" / "工作机制，…".
SENTENCE_CLOSED = re.compile(r"[。！？!?…][”’」』)）]*$")
ANNOUNCES = re.compile(r"[：:]$")
# What starts a chain of wrapped lines: a clause's comma or a sentence's end inside the line. A
# headline at the margin, often with quotation marks and no comma, is no paragraph's first line.
CLAUSE_MARK = re.compile(r"[，,、；;。！？!?]")
# What opens a line of its own: a numbered heading or item, a bullet, a byline's field.
OWN_LINE = re.compile(
    r"^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|\d{1,2}[、.．](?!\d)"
    r"|[一二三四五六七八九十]是|首先|其次|再次|最后"
    r"|第[一二三四五六七八九十\d]+[章节条部分]|[·•●▪◆■□◇○※]"
    r"|(?:来源|作者|编辑|责任编辑|记者|通讯员|发布时间|日期)[:：])"
)
MARGIN_WIDTH_MIN = 30  # display columns (15 Chinese characters): narrower lines are not prose
MARGIN_LINES = 3  # unclosed lines at one width that show the page has a margin
MARGIN_SHARE = 0.5  # of all unclosed lines of prose: on a wrapped page, nearly all of them
# Lines wider than the margin: on a wrapped page only the few the layout did not set (a link, a
# table's row); on a web page every paragraph that is a line of its own.
BEYOND_MARGIN = 1.1
BEYOND_SHARE = 0.25  # of the lines at the margin, past one (an SEO line, a link)
# How far short of the margin a wrapped line may stop: a layout breaks before a word or a
# number that does not fit, and half-width digits and letters make widths uneven.
SHORT_OF_MARGIN = 0.85
PAST_MARGIN = 1.04


# Marks the page printed full-width, which reading has made half-width ("，" -> ","): they took
# two columns in print.
PRINTED_FULL_WIDTH = set(",;:!?()")


def display_width(line: str) -> int:
    """Columns a line took in print: two for a Chinese character or a Chinese mark.

    >>> display_width("贫困户63户"), display_width("(2),")
    (10, 7)
    """
    return sum(
        2 if ch in PRINTED_FULL_WIDTH or unicodedata.east_asian_width(ch) in "WF" else 1
        for ch in line
    )


def _unclosed_prose(line: str) -> bool:
    # most lines of most pages end a sentence: that is asked first, the width last
    return (
        not (SENTENCE_CLOSED.search(line) or ANNOUNCES.search(line))
        and bool(IN_SENTENCE_PUNCT.search(line))  # prose, not a menu
        and display_width(line) >= MARGIN_WIDTH_MIN
    )


def margin(lines: Sequence[str]) -> int | None:
    """The width at which the layout broke this page's prose, or None if it did not.

    The band [w·0.85, w] holding the most unclosed lines of prose, if it holds at least three
    and half of them, and few lines run past it: a page whose paragraphs are each one line has
    few such lines ("一是…；"), they seldom share a width, and its paragraphs run far past it.
    """
    widths = sorted(
        display_width(line)
        for line, after in zip(lines, lines[1:])
        if after and _unclosed_prose(line)
    )
    best, best_count = None, 0
    lo = 0
    for hi, width in enumerate(widths):
        while widths[lo] < width * SHORT_OF_MARGIN:
            lo += 1
        if hi - lo + 1 > best_count:
            best, best_count = width, hi - lo + 1
    enough = max(MARGIN_LINES, MARGIN_SHARE * len(widths))
    if best is None or best_count < enough:
        return None
    # headings over paragraphs of a line each, or items "一是…；", may share a width by chance:
    # the paragraphs then run far past it
    beyond = sum(1 for line in lines if display_width(line) > best * BEYOND_MARGIN)
    return best if beyond <= 1 + BEYOND_SHARE * best_count else None


def _goes_on(line: str, after: str, width: int, continued: bool) -> bool:
    """Whether `line` runs on into `after`; `continued` if the line before ran on into it (a
    line inside a paragraph needs no comma of its own: the margin may fall between two)."""
    return (
        bool(after)
        and width * SHORT_OF_MARGIN <= display_width(line) <= width * PAST_MARGIN
        # a sentence's end at the margin may end its paragraph, which dates its figures apart
        and not (SENTENCE_CLOSED.search(line) or ANNOUNCES.search(line))
        and (continued or bool(CLAUSE_MARK.search(line)))
        and not OWN_LINE.match(after)
        and not bp.is_meta(after)  # a headline at the margin, over its byline
        and _in_a_paragraph(after, width)
    )


def _in_a_paragraph(line: str, width: int) -> bool:
    """Whether a line can be the rest of a paragraph: it reaches the margin in turn, or ends as
    a paragraph ends. A headline under a line of site chrome that happens to reach the
    margin does neither."""
    return (
        display_width(line) >= width * SHORT_OF_MARGIN
        or bool(SENTENCE_CLOSED.search(line) or ANNOUNCES.search(line))
        or line.endswith(("”", "’", "」", "』"))
    )


def _joined(line: str, after: str) -> str:
    # Chinese runs on without a space; two Latin words or numbers keep one between them
    if line[-1].isascii() and line[-1].isalnum() and after[0].isascii() and after[0].isalpha():
        return f"{line} {after}"
    return line + after


def reflowed(lines: list[str]) -> list[str]:
    """The lines, with every line that reached the page's margin joined to the next, where
    the paragraph so joined is prose (a list of other articles' headlines, each at the margin,
    is not)."""
    width = margin(lines)
    if width is None:
        return lines
    out: list[str] = []
    run: list[str] = []  # the lines of the paragraph being joined
    for i, line in enumerate(lines):
        if run and _goes_on(lines[i - 1], line, width, len(run) > 1):
            run.append(line)
            continue
        out += _paragraph(run)
        run = [line]
    return out + _paragraph(run)


def _paragraph(run: list[str]) -> list[str]:
    # prose ends a sentence somewhere, on its last line or inside one (a page break may cut the
    # paragraph); a list of headlines at the margin does neither
    if len(run) <= 1 or not (
        _ends_a_paragraph(run[-1]) or any(SENTENCE_INSIDE.search(line) for line in run)
    ):
        return run
    joined = run[0]
    for line in run[1:]:
        joined = _joined(joined, line)
    return [joined]


SENTENCE_INSIDE = re.compile(r"[。！？!?](?=.)")


def _ends_a_paragraph(line: str) -> bool:
    return bool(SENTENCE_CLOSED.search(line) or ANNOUNCES.search(line)) or line.endswith(
        ("”", "’", "」", "』")
    )
