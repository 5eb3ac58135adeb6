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
from helpers.extract.text_units import COMMA_NOT_IN_A_NUMBER, IN_SENTENCE_PUNCT

# What closes a line: the end of a sentence, or a colon that announces what follows. Unlike
# text_units.CLOSED_LINE (a line a layout left unclosed), a closing quotation mark or a semicolon
# at the margin ends no line here: "…的“四个一”" / "工作机制，…". A note in brackets may follow the
# end: "…实现脱贫。(新华社发 张三 摄)", "…。（完）".
SENTENCE_CLOSED = re.compile(r"[。！？!?…][”’」』)）]*(\s*[（(][^（()）\n]{1,24}[)）])?$")
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


def _goes_on(line: str, after: str, width: int, continued: bool, last: bool = False) -> bool:
    """Whether `line` runs on into `after`; `continued` if the line before ran on into it (a
    line inside a paragraph needs no comma of its own: the margin may fall between two);
    `last` if `after` is the text's last line, which an excerpt cuts anywhere."""
    return (
        bool(after)
        and width * SHORT_OF_MARGIN <= display_width(line) <= width * PAST_MARGIN
        # a sentence's end at the margin may end its paragraph, which dates its figures apart
        and not (SENTENCE_CLOSED.search(line) or ANNOUNCES.search(line))
        and (continued or bool(CLAUSE_MARK.search(line)))
        and not OWN_LINE.match(after)
        and not bp.is_meta(after)  # a headline at the margin, over its byline
        and (last or _in_a_paragraph(after, width))
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
    last = max((i for i, line in enumerate(lines) if line.strip()), default=-1)
    for i, line in enumerate(lines):
        if run and _goes_on(lines[i - 1], line, width, len(run) > 1, i == last):
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


# A page whose line breaks were lost (a scraper that joined its paragraphs, a text field of a
# JSON export) is one line of chrome and prose together; judged whole, it was dropped whole as
# chrome or as spam. Such a line is cut where its paragraphs ended: at a run of two or more
# spaces (what is left of an indent or a separator), and, when it is longer than any
# paragraph, after every sentence (。！？ and their closing quotes). Pages with their line
# breaks are left as they were.
FEW_LINES = 3  # a page of at most this many lines whose longest line is ...


JOINED_PARAGRAPHS = 200  # ... longer than this is cut at runs of spaces;


JOINED_SENTENCES = 2000  # longer than this, after every sentence too


HUGE_LINE = 20_000  # a line this long is cut after every sentence in any page


SENTENCE_END = re.compile(r"[。！？!?][”’」』）)]?")


SPACE_RUN = re.compile(r"[ \t]{2,}")


# A page that lost its line breaks may open with its byline run into the article: "发布时间：
# 2019-01-15 来源：某某网 去年，某村…", "（某某日报 2021.4.12）脱贫攻坚收官之后，…". The fields
# before the first clause of prose go on a line of their own, where the byline rules read them.
HEAD_FIELD = re.compile(
    r"(发布时间|发布日期|发表时间|更新时间|发布|时间|日期|来源|稿源|信息来源|作者|原标题)\s*[:：]"
    r"|(?<!\d)(19|20)\d{2}\s*[-./年]\s*\d{1,2}\s*[-./月]\s*\d{1,2}(?!\d)"
)


PROSE_CHUNK = re.compile(rf"[，。；;！？!?]|{COMMA_NOT_IN_A_NUMBER}")


# "截至 2020年6月30日 全县…": a date a clause of prose opens with is the figures', not a byline's
TIME_PREPOSITION = re.compile(r"^(截至|截止|到|至|从|自|于|在)\s*(19|20)\d{2}")


LEADING_BRACKET = re.compile(r"^\s*([（(][^（）()]{2,30}?[）)])\s*(?=\S)")


HEAD_LINES = 8  # the first lines of a page with words, where a byline stands ...


MAX_HEAD_CHARS = 80


LEAD_CHARS = 40


def _lead_paragraph(line: str) -> bool:
    return len(line.strip()) >= LEAD_CHARS and bool(SENTENCE_END.search(line))


def _byline_apart(line: str) -> list[str]:
    """The line, or its opening byline fields and the prose after them as two lines.

    The fields end at the last chunk that is one (a label and its value, a date, a clock time);
    the words between it and the first clause go with the prose: they open its lead ("某某日报讯
    (记者 某某 通讯员 某某)6月19日，…").

    >>> _byline_apart("2019.03.11 08:03  某某日报讯(记者 王某 通讯员 李某)3月8日,某村…")
    ['2019.03.11 08:03', '某某日报讯(记者 王某 通讯员 李某)3月8日,某村…']
    """
    bracket = LEADING_BRACKET.match(line)
    if bracket and HEAD_FIELD.search(bracket[1]) and PROSE_CHUNK.search(line, bracket.end()):
        return [bracket[1], line[bracket.end() :]]
    fields_apart = _fields_apart(line)
    if fields_apart:
        return fields_apart
    chunks = line.strip().split(" ")
    prose = next((k for k, chunk in enumerate(chunks) if PROSE_CHUNK.search(chunk)), None)
    if not prose:
        return [line]
    fields = [k for k in range(prose) if _head_chunk(chunks, k)]
    if not fields:
        return [line]
    head = " ".join(chunks[: fields[-1] + 1]).strip()
    if len(head) > MAX_HEAD_CHARS or TIME_PREPOSITION.match(head) or not HEAD_FIELD.search(head):
        return [line]
    if AGENCY_DATELINE_END.search(head):
        return [line]  # "某某网某地2019年6月10日电 （记者）…": the lead's own dateline
    return [head, " ".join(chunks[fields[-1] + 1 :]).strip()]


# Fields set apart by wide gaps ("2019-08-02 10:16  某某日报  记者 王 某  8月的某县，…"): the
# gaps show where each ends, and the prose is what follows the last of them.
FIELD_GAP = re.compile(r"[ \t]{2,}")  # normalize() has made an ideographic space a space


BYLINE_ROLE = re.compile(r"^(本报)?(记者|通讯员|特约记者|作者|文|图|摄影|编辑|责编)\s*[\s/|｜:：]")


DAY_MONTH_YEAR = (
    r"(?<!\d)\d{1,2}\.\d{1,2}\.(19|20)\d{2}(?!\d)"  # "11.06.2016", as some sites print it
)


FIELD_SEGMENT = re.compile(
    rf"{HEAD_FIELD.pattern}|{DAY_MONTH_YEAR}|^\d{{1,2}}:\d{{2}}(:\d{{2}})?$"
    rf"|{BYLINE_ROLE.pattern}"
    r"|^《?[\u4e00-\u9fff]{2,12}》?(日报|晚报|报|网|电视台|广播电视台|新闻|周刊|杂志|融媒体中心)$"
)


MAX_FIELD_SEGMENT = 40


HAN_CHAR = re.compile(r"[\u4e00-\u9fff]")


def _fields_apart(line: str) -> list[str]:
    """[fields, prose] of a line whose byline fields are set apart by gaps, else []."""
    segments = [seg for seg in FIELD_GAP.split(line.strip()) if seg]
    prose = next((k for k, seg in enumerate(segments) if PROSE_CHUNK.search(seg)), None)
    if not prose:
        return []
    head = segments[:prose]
    if not all(len(seg) <= MAX_FIELD_SEGMENT and FIELD_SEGMENT.search(seg) for seg in head):
        return []
    joined = "  ".join(head)
    if TIME_PREPOSITION.match(joined) or not (
        HEAD_FIELD.search(joined) or re.search(DAY_MONTH_YEAR, joined) or BYLINE_ROLE.match(joined)
    ):
        return []
    return [joined, "  ".join(segments[prose:])]


AGENCY_DATELINE_END = re.compile(r"\d{1,2}日(电|讯)$")


# A chunk of a byline: a label with its value ("点击数：1042"), a date, a clock time, or a bare
# label whose value is the next chunk ("来源 新华社").
HEAD_CHUNK = re.compile(
    rf"{HEAD_FIELD.pattern}|^[^\W\d_]{{1,6}}\s*[:：]\S{{0,20}}$|(?<!\d)\d{{1,2}}:\d{{2}}(:\d{{2}})?$"
)


BARE_LABEL = re.compile(r"^(来源|稿源|作者|时间|发布时间|日期|编辑|责任编辑)[:：]?$")


def _head_chunk(chunks: list[str], k: int) -> bool:
    return bool(
        HEAD_CHUNK.search(chunks[k])
        or (k > 0 and BARE_LABEL.match(chunks[k - 1]) and chunks[k])
        or BARE_LABEL.match(chunks[k])
    )


TABLE_FIELD = re.compile(
    r"(?<!\s)(索引号|信息索引|主题分类|信息分类|发布机构|发文机关|成文日期|生成日期|发文日期|发布日期"
    r"|名\s*称|文\s*号|有效性|公开方式)(?=[:：])"
)
GLUED_FIELDS = 3
# A blog's post or repost with the time it was posted on its line: "[转载]某镇的新路子
# (2014-06-03 10:24:51)", "驻村日记：某镇的第一个冬天 (2015-12-14 21:37:09)", and the blog's
# button to repost it after ("…(2015-01-12 21:40:18)转载▼").
TITLE_WITH_STAMP = re.compile(
    r"^(?P<title>([\[【]转载[\]】])?[^。，,；;]{4,80}?)\s*[(（]"
    r"(?P<stamp>(19|20)\d{2}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}(:\d{2})?)[)）]\s*(转载▼?)?$"
)
YEAR_ALONE = re.compile(r"^\s*(19|20)\d{2}年?\s*$")
MONTH_DAY_FIRST = re.compile(
    # (not a range of a table's cells under a year: "2019" / "10-15万元")
    r"^(1[0-2]|0?[1-9])((?P<sep>[/-])(3[01]|[12]\d|0?[1-9])(?![\d.万亿元户人个名%亩])"
    r"|月(3[01]|[12]\d|0?[1-9])日)"
)


# A page whose top the scraper ran into one line: its menu, trail, headline, byline and lead
# joined by spaces ("某某网 首页 新闻 当前位置：首页 > 乡镇动态 某镇：标题 发布时间：… 来源：…
# 字号：[ 大 中 小 ] 近年来，…", "某某日报 2015年06月30日 第03版：综合 上一版 下一版 标题 本报讯
# （记者 某某）…"). It is cut where a part of a page begins or ends, so that each part is a line
# again, as the rules for headlines and bylines read a page. Only a long line is cut that shows
# the page's chrome (a trail or an e-paper's buttons) and its byline (fields or a dateline), or a
# headline run into its byline's date and 来源; and only in its head, before its first full stop.
TRAIL_OPENS = r"(当前位置|您的位置|您现在的位置)\s*[:：]"
FIELD_OPENS = (
    r"(发布时间|发布日期|发表时间|时间|日期|来源|稿源|信息来源|作者|浏览次数|点击数|阅读|字号)"
    r"\s*[:：]"
)
DATE_OPENS = (
    r"(19|20)\d{2}\s*[-./年]\s*\d{1,2}\s*[-./月]\s*\d{1,2}日?(?=\s|$)"
    r"|\d{1,2}\.\d{1,2}\.(19|20)\d{2}(?=\s)"
)
DATELINE_OPENS = r"本报讯|本网讯|[\u4e00-\u9fff]{2,10}讯\s*[（(]"
EPAPER_BUTTONS = r"上一版|下一版|上一期|下一期|返回目录|版面导航|本版导航|标题导航|返回首页|PDF下载"
TOP_PART_KINDS = (  # a trail, a byline's fields, an e-paper's buttons, a dateline
    re.compile(rf"{TRAIL_OPENS}|\s[>›»]\s.*\s[>›»]\s"),
    re.compile(FIELD_OPENS),
    re.compile(EPAPER_BUTTONS),
    re.compile(DATELINE_OPENS),
)
# the spaces before a part: a trail, a field, a date, a dateline
PART_BEGINS = re.compile(
    rf"\s+(?={TRAIL_OPENS}|{FIELD_OPENS}|{DATE_OPENS}|{DATELINE_OPENS}"
    # an outlet's name before its date: "… 某某日报·某某客户端 2017-11-03 07:40"
    rf"|[\u4e00-\u9fff·]{{2,16}}(日报|晚报|网|客户端|融媒体中心)\s+({DATE_OPENS}))"
)
# the spaces after a part: an e-paper's button, the trail's last crumb, a font-size widget
PART_ENDS = re.compile(
    rf"(?:{EPAPER_BUTTONS})(\s+)"
    r"|[>›»]\s*[^\s>›»]{1,12}(\s+)(?![>›»])"
    r"|字号\s*[:：]?\s*[\[【]?\s*大\s*中\s*小\s*[\]】]?(\s+)"
    r"|字号\s*[:：]?\s*A\+\s*A-(\s+)"
)
HEADLINE_THEN_BYLINE = re.compile(
    r"^[^。，,；;！？!?]{8,40}?\s(19|20)\d{2}[-./年]\d{1,2}[-./月]\d{1,2}日?"
    r"(\s+\d{1,2}:\d{2}(:\d{2})?)?\s+(来源|作者)\s*[:：]"
)
FLATTENED_TOP = 80  # characters: a line of a page's top this long holds more than one part
TOP_PARTS = 3


def _top_apart(line: str) -> list[str]:
    """The line, or the parts of a page's top the scraper ran into it, a line each.

    >>> _top_apart("某县政府网 首页 当前位置：首页 > 乡镇动态 某镇：党员带头种茶 "
    ...            "发布时间：2019-05-06 来源：某县委组织部 "
    ...            "近年来，某镇党委把党支部建在茶叶产业链上，带动群众增收。")
    ['某县政府网 首页', '当前位置：首页 > 乡镇动态', '某镇：党员带头种茶', '发布时间：2019-05-06', \
'来源：某县委组织部 近年来，某镇党委把党支部建在茶叶产业链上，带动群众增收。']
    """
    stop = line.find("。")
    head = line if stop < 0 else line[:stop]
    trail, fields, buttons, dateline = (bool(kind.search(head)) for kind in TOP_PART_KINDS)
    # the page's chrome (a trail, an e-paper's buttons) and its byline (fields, a dateline):
    # not a line of prose or a fact sheet's fields ("村名：… 面积：… 来源：…"); or a headline run
    # into its byline's date and 来源 ("某县：标题 2018-06-12 09:40:17 来源：某某日报 作者：…")
    if len(line) < FLATTENED_TOP or not (
        ((trail or buttons) and (fields or dateline)) or HEADLINE_THEN_BYLINE.match(head)
    ):
        return [line]
    spaces = [m.span() for m in PART_BEGINS.finditer(head)]
    for m in PART_ENDS.finditer(head):
        spaces.append(m.span(m.lastindex))  # the spaces its branch captured
    parts, at = [], 0
    for begin, end in sorted(set(spaces)):
        if begin >= at:
            parts.append(line[at:begin])
            at = end
    parts.append(line[at:])
    parts = [part.strip() for part in parts if part.strip()]
    return parts if len(parts) >= TOP_PARTS else [line]


# A portal's table of the article's properties flattened with a tab between its cells
# ("标题\t某镇：…", "发布时间\t2017-02-21\t来源\t某县扶贫办"): a label's cell and its value's
# are read as the label and its value.
LABEL_CELL = re.compile(
    r"(?:(?<=^)|(?<=\t))\s*(标\s*题|名\s*称|发布时间|发布日期|时间|日期|来源|信息来源|作者|点击数"
    r"|浏览次数|编辑|责任编辑)\s*\t+(?=\S)"
)


# ... or one cell a line between its bars, an e-paper's list of its headlines ("| 本版导读 |" /
# "| 某镇：某村党员带头… |"): a cell printed again on a line of its own is the headline's; a
# button's, a banner's or a slogan's cell stays the page's furniture
FRAMED_CELL = re.compile(r"^\s*[|｜]\s*(?P<cell>[^|｜]+?)\s*[|｜]\s*$")


MENU_ITEM_HAN = 4
GAPS = 3  # runs of spaces that set a joined page's parts apart (a spaced name has one)


def _with_its_top_apart(lines: list[str], few: bool) -> list[str]:
    printed_again = {line.strip() for line in lines}
    out: list[str] = []
    with_words = 0
    for line in lines:
        if few and (
            len(line) > JOINED_SENTENCES
            or (len(line) > JOINED_PARAGRAPHS and len(SPACE_RUN.findall(line)) >= GAPS)
        ):
            out.append(line)  # a whole page on a line, cut below after its sentences or gaps
        elif with_words < HEAD_LINES and HAN_CHAR.search(line):
            # (a menu's items one a line, "首页" / "新闻" / …, are not the page's lines of words)
            with_words += len(HAN_CHAR.findall(line)) > MENU_ITEM_HAN
            cell = FRAMED_CELL.match(line)
            if cell and cell["cell"] in printed_again:
                line = cell["cell"]
            if not any(bp.table_column(c.strip()) for c in line.split("\t")[1:]):
                line = LABEL_CELL.sub(lambda m: m[1] + "：", line)
            out += _top_apart(line)
        else:
            out.append(line)
    return out


def relined(lines: list[str]) -> list[str]:
    few = sum(1 for line in lines if line.strip()) <= FEW_LINES
    lines = _with_its_top_apart(lines, few)
    out: list[str] = []
    with_words = 0
    for line in lines:
        if len(TABLE_FIELD.findall(line)) >= GLUED_FIELDS:
            # a portal's table of properties flattened with its breaks lost:
            # "索引号:…主题分类:扶贫发布机构:某县扶贫办…名称:某某…", a field a line again
            fields = TABLE_FIELD.sub(lambda m: "\n" + m.group() if m.start() else m.group(), line)
            out += [field.strip() for field in fields.split("\n")]
            continue
        posted = TITLE_WITH_STAMP.match(line.strip())
        if posted:
            # a blog's post: its title and the time it was posted on one line
            out += [posted["title"], posted["stamp"]]
            continue
        day = MONTH_DAY_FIRST.match(line.strip())
        if out and YEAR_ALONE.match(out[-1]) and day:
            # a mobile page's date set as a block, its year over its day: "2019" / "10/15某某报"
            year = out[-1].strip().rstrip("年")
            joint = "年" if day["sep"] is None else day["sep"]  # "2019" / "10月15日" reads 2019年…
            out[-1] = year + joint + line.strip()
            continue
        if with_words < HEAD_LINES and HAN_CHAR.search(line):  # a tag's line holds no words
            with_words += 1
            # the site's clock ("今天是 2020年06月11日 星期四 欢迎访问…") is no byline
            head, *rest = [line] if bp.TODAY_LINE.match(line.strip()) else _byline_apart(line)
            if rest:
                out.append(head)
                line = rest[0]
            if _lead_paragraph(line):
                with_words = HEAD_LINES  # ... above the article's first paragraph
        if len(line) > (JOINED_SENTENCES if few else HUGE_LINE):
            line = SENTENCE_END.sub(r"\g<0>\n", line)
        if few and len(line) > JOINED_PARAGRAPHS:
            line = SPACE_RUN.sub("\n", line)
        out += line.split("\n")
    return out
