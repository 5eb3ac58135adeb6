"""When a figure holds: stated years, relative expressions, and time carried between sentences.

A report says when in many ways: "2017年脱贫…", "截至2018年底", "2016年至2018年累计", "今年以来",
"去年", "目前", or not at all, the time carried from the sentence before. Relative expressions
are resolved only against the date the page itself states; without it they stay unresolved.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from helpers.extract.numbers import parse_chinese
from helpers.extract.text_units import (
    BOOK_TITLE,
    credit_line,
    lead_over_rows,
    lead_sentence,
    wrapped_line,
)

# "2017年", "截至2019年6月底", "20196月" (month glued to the year); "2016-2018年" ends in 2018.
STATED = re.compile(
    r"""
    (?<!\d)(?P<y>(?:19|20)\d{2})
    (?:
        年(?!以来|来|起|前|后|以前|之前)(?:(?P<m>\d{1,2})月)?  # 2017年, 2019年6月 (not 2017年以来,
                                                      # nor 2013年以前: before it, not then)
      | (?=(?P<m2>\d{1,2})月)                          # 20196月: 年 lost, the month glued on
    )""",
    re.X,
)
# A year in Chinese numerals, as yearbooks and official documents write it: "二〇一四年",
# "二零一九年底".
CN_YEAR = re.compile(r"(?P<y>[一二][〇零一二三四五六七八九]{3})年(?!以来|来|起|前|后)")
CN_DIGITS = str.maketrans("〇零一二三四五六七八九", "00123456789")
# The end or the start of a five-year plan, named by its number: "“十二五”末" is 2015, "十三五初"
# 2016 (the eleventh plan ran 2006-2010, each next one five years later).
PLAN_EDGE = re.compile(r"[“\"]?十(?P<n>[一二三四])五[”\"]?(?:时期|期)?(?P<edge>末|初)")
PLAN_NUMBER = {"一": 1, "二": 2, "三": 3, "四": 4}


def plan_edges(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, int]]:
    """(start, end, year) of every plan's end or start named in `text[start:end]`."""
    found = []
    for m in PLAN_EDGE.finditer(text, start, len(text) if end is None else end):
        last_year = 2005 + 5 * PLAN_NUMBER[m["n"]]
        found.append((m.start(), m.end(), last_year if m["edge"] == "末" else last_year - 4))
    return found


# A year whose 年 the source dropped, opening a clause before an adverb of report: "。2016已脱贫
# 18户" (never a count: a count has its unit, and no count opens a clause bare).
BARE_YEAR = re.compile(
    r"(?:(?<=^)|(?<=[。，,；;！？\s]))(?P<y>(?:19|20)\d{2})(?=[已全共累该又还])", re.M
)
# Years a reported figure of these programmes can describe: from the PRC's founding to the
# farthest plan horizon such reports cite (2035).
FIRST_YEAR, LAST_YEAR = 1949, 2035
# "2014年以来", "2014年起": counted from then up to the report's day.
SINCE_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}年(?:以来|来|起)")
# Relative to the report's date: the offset in years from the year it was published.
RELATIVE = re.compile(
    r"今年以来|今年来|今年|去年|前年|上半年|下半年|年初以来|截至目前|截止目前|目前|现在|现有|至今|当前|当天"
)
RELATIVE_OFFSET = {"去年": -1, "前年": -2}
HALVES = ("上半年", "下半年")
YEAR_BEFORE_HALF = re.compile(r"(19|20)\d{2}年$")
STARTED = re.compile(r"开始|至今")  # "从去年下半年开始" (以来 is SINCE_AFTER's)
# A day or a month-end named without its year ("截至11月底", "截止9月30日"): the report's own year,
# as every reader of the golds resolves it, and like 截至目前 it dates the next sentence too.
# A month after the one the page is dated falls in the year before ("截至12月底" in January).
# A year the sentence states before it is that date's year ("2018年，截至10月底，…").
YEARLESS_DATE = re.compile(
    r"(?<![\d年])(?:截[至止](?:到)?|(?<![\u4e00-\u9fff])(?:到|至))\s*"
    r"(?P<m>1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])月"
    r"(?:底|末|份|初|中旬|上旬|下旬|(?:[1-9]|[12]\d|3[01])日)?"
    # ... and the months so far: "1至11月", "1-10月"
    r"|(?<![\d年月])(?:1|一)\s*[至\-—~～]\s*(?P<m2>1[0-2]|[2-9]|十[一二]?|[二三四五六七八九])月份?"
)
POINT_IN_TIME = frozenset(
    {
        "今年",
        "去年",
        "前年",
        "上半年",
        "下半年",
        "截至目前",
        "截止目前",
        "目前",
        "现在",
        "当前",
        "当天",
    }
)
# Expressions that name the report's year, and 目前 (as of now), carry into the next sentence
# (今年…。其中…; 目前，全县…。县里还…): three readers of the blind sets resolve them so; 现有 and
# 至今 describe the state in their own sentence ("现有工作队" is "the existing teams").
CARRIED = frozenset(
    {
        "今年以来",
        "今年来",
        "今年",
        "去年",
        "前年",
        "上半年",
        "下半年",
        "年初以来",
        "目前",
        "截至目前",
        "截止目前",
    }
)
# Words that take a sentence back before the report's time; not "原有的困难户中，有63户…",
# those who were poor, counted now.
GOES_BACK = re.compile(r"过去|以前|原来(?!的)|当初|之初|开始时|起初|曾经|昔日|从前|那时")
# A sentence that tells of the past before a figure ("以前守着几亩地，一年收入不到3000元"), not
# of a span up to now (经过过去五年, 自…之初), and has not turned to now before it.
PAST_TOLD = re.compile(
    r"(?<!经过)过去(?!的?[一两三四五六七八九十几\d]+年)|以前|当初|原来(?!的)|从前|那时"
)
TURNED_TO_NOW = re.compile(
    r"如今|现在|目前|这几年|今年|去年"
    # the party's help, or a body it set up, that changed things: "在党员帮扶下", "村党支部领办
    # 合作社后，" (not a life's own turns: "丈夫去世后", "在亲戚帮助下")
    r"|在[^，。；]{0,6}(党员|支部|干部|党组织|工作队|第一书记|合作社)[^，。；]{0,4}(帮扶|带动|帮助)下"
    r"|(支部|党组织|合作社|车间|基地|工作队)[^，。；]{0,8}后[，,]|回[村乡][^，。；]{0,10}后[，,]"
)
# The part after a ";" that takes up the year of the sentence's head: "2016年，…；全年脱贫…".
SAME_YEAR_GOES_ON = re.compile(r"\s*(全年|当年|同年|年内|年末|年底)")
# ... unless that year is a target ahead ("到2020年，…；年内完成…": 年内 is the report's year).
TARGET_BEFORE = re.compile(r"(到|至|力争|确保|计划)$")
# "较2019年增长35%", "比去年": the year compared against is not the figure's year.
BASELINE = re.compile(r"(较|比|比上|同比|相比|与|同|和)$")
# ... but it is the year of the value compared against, which follows it: "较2014年的2380元".
COMPARED_VALUE_YEAR = re.compile(r"(较|比|相比|与)(?P<y>(?:19|20)\d{2})年(底|末)?的$")
COMPARED_REACH = 12  # characters before a value in which its compared year is looked for


def compared_value_year(text: str, pos: int) -> int | None:
    """The year of a value compared against, stated right before it ("较2014年的2380元")."""
    m = COMPARED_VALUE_YEAR.search(text, max(0, pos - COMPARED_REACH), pos)
    return int(m["y"]) if m else None


# "5年前", "三年以前": a count of years back (多年前, 几年前 name none).
YEARS_AGO = re.compile(r"(?<![\d.])(?P<n>\d{1,2}|[一二两三四五六七八九十]{1,3})年(?:前|以前)")
SENTENCE_END = re.compile(r"[。！？!?\n]")
# "近年来", "年前", "多年来": no year can be given.
VAGUE_BEFORE = re.compile(r"(近|多|几|数|十|百)$")
# "自去年分红以来": counted from then up to the report's day.
# The clause between may be long: "2016年某某公司驻某村扶贫工作队入驻以来", though not a birth
# ("1990年出生的他当上村干部以来"). Used with .match at a position.
SINCE_AFTER = re.compile(
    r"(?![^，,；;。！？!?\n]{0,30}?出生)[^，,；;。！？!?\n]{0,30}?以来"
    # ... or 起 right after a month: "2011年10月起" counts from then, as "2014年起" does
    r"|起(?![来步草诉点源])"
)
# "自2017年5月挂牌后，…累计…": 自 before the year and 后 closing its clause count from then up to
# the report's day, as 以来 does.
SINCE_OPENERS = ("自",)
AFTER_THEN = re.compile(r"[^，,；;。！？!?\n]{0,12}?后(?=[，,])")
# "由…减少到…", "从…增加至…": a change between two values of one quantity.
FROM = re.compile(r"[由从](?![此而])[^，,；;。！？!?\n]*$")
CHANGE_TO = re.compile(
    r"(减少|下降|降低|降|减|增加|增长|提高|提升|上升|增|扩大|缩小|发展|攀升|跃升)(到了|到|至|为)"
)
SPAN_BREAK = re.compile(r"[，,；;。！？!?\n]")
# What a place's history records of a year: set up as a division, made a city, renamed; not a
# body founded that year ("2016年成立合作社，整合资金100万元" dates the sum).
HISTORY_EVENT = re.compile(
    r"(成立|设立|建立)(地区|专区|自治州|自治县|[县市州区乡镇])(?![级场域直属委政])"
    r"|撤[地县乡镇区]|(?<![创修新扩兴])建[市县镇](?![级场区设])|(?<!建)设[县市](?![级场区])"
    r"|建制(?!村)|始建|建于|更名|划归|升格"
    # ... the unit set up named with its kind: "1964年设立商洛地区，"
    r"|(成立|设立|建立)[\u4e00-\u9fff]{1,5}?(地区|专区|自治州|自治县|(?<![超城集门])市|县|州)(?![\u4e00-\u9fff])"
)
SPAN_REACH = 40  # characters: a span's two values stand within one short clause


@dataclass(frozen=True, slots=True)
class TimeMark:
    """One time expression: where it is, and the year (and month) it names once resolved."""

    start: int
    end: int
    year: int | None  # None: relative, and the page states no date
    month: int | None
    source: str  # "stated" | "relative"
    carries: bool = False  # may date the next sentence too


def _quoted(text: str, start: int, at: int) -> bool:
    """Whether a quotation opened in text[start:at] is still open at `at`."""
    stretch = text[start:at]
    return stretch.count("“") + stretch.count("「") > stretch.count("”") + stretch.count("」")


def time_marks(text: str, published: str) -> list[TimeMark]:
    """Every time expression of `text` in order, relative ones resolved against `published`.

    >>> [(m.year, m.source) for m in time_marks("去年脱贫20户，2019年6月底有5户", "2020-03-01")]
    [(2019, 'relative'), (2019, 'stated')]
    """
    pub_year = int(published[:4]) if published[:4].isdigit() else None
    pub_month = int(published[5:7]) if published[5:7].isdigit() else None
    marks = []
    titles = [t.span() for t in BOOK_TITLE.finditer(text)] if "《" in text else []
    for m in STATED.finditer(text):
        if BASELINE.search(text, max(0, m.start() - 3), m.start()):
            continue
        if any(a < m.start() < b for a, b in titles):
            continue  # "按照《2019年驻村帮扶要点》": a document's name, not a time
        if not FIRST_YEAR <= int(m["y"]) <= LAST_YEAR:
            continue  # 1937年 is history, 2050年 a vision: neither dates a reported figure
        if SINCE_AFTER.match(text, m.end()) or (
            text[max(0, m.start() - 1) : m.start()] in SINCE_OPENERS
            and AFTER_THEN.match(text, m.end())
        ):
            # "2017年驻村以来": counted from then up to the report's day, as 2017年以来
            marks.append(TimeMark(m.start(), m.end(), pub_year, None, "relative"))
            continue
        month = m["m"] or m["m2"]
        month = int(month) if month and 1 <= int(month) <= 12 else None
        marks.append(TimeMark(m.start(), m.end(), int(m["y"]), month, "stated"))
    for m in BARE_YEAR.finditer(text):
        if FIRST_YEAR <= int(m["y"]) <= LAST_YEAR:
            marks.append(TimeMark(m.start(), m.end(), int(m["y"]), None, "stated"))
    for m in CN_YEAR.finditer(text):
        year = int(m["y"].translate(CN_DIGITS))
        if FIRST_YEAR <= year <= LAST_YEAR and not BASELINE.search(
            text, max(0, m.start() - 3), m.start()
        ):
            marks.append(TimeMark(m.start(), m.end(), year, None, "stated"))
    if "五" in text:
        for at, end, year in plan_edges(text):
            if not BASELINE.search(text, max(0, at - 3), at):  # "与“十二五”末相比"
                marks.append(TimeMark(at, end, year, None, "stated"))
    for m in SINCE_YEAR.finditer(text):
        marks.append(TimeMark(m.start(), m.end(), pub_year, None, "relative"))
    for m in RELATIVE.finditer(text):
        if VAGUE_BEFORE.search(text, max(0, m.start() - 1), m.start()):
            continue
        if BASELINE.search(text, max(0, m.start() - 3), m.start()):
            continue
        if (
            m.group() in HALVES
            and text[max(0, m.start() - 2) : m.start()] in RELATIVE_OFFSET
            # "去年下半年起", "从去年下半年开始": counted up to now
            and not SINCE_AFTER.match(text, m.end())
            and not (
                text[max(0, m.start() - 3) : m.start() - 2] in ("从", "自")
                and STARTED.match(text, m.end())
            )
        ):
            continue  # "去年下半年": the half of the year named before it, dated by that year
        if (
            m.group() in HALVES
            and YEAR_BEFORE_HALF.search(text, max(0, m.start() - 5), m.start())
            and not SINCE_AFTER.match(text, m.end())
        ):
            continue  # "2015年下半年": the stated year's half, dated by the year's own mark
        offset = RELATIVE_OFFSET.get(m.group(), 0)
        if SINCE_AFTER.match(text, m.end()) or not pub_year:
            offset = 0
        year = pub_year + offset if pub_year else None
        marks.append(TimeMark(m.start(), m.end(), year, None, "relative", m.group() in CARRIED))
    for m in YEARLESS_DATE.finditer(text):
        sentence_start = max(text.rfind(end, 0, m.start()) for end in "。！？\n")
        if STATED.search(text, sentence_start + 1, m.start()):
            continue  # the stated year dates it
        written = m["m"] or m["m2"]
        month = int(written) if written.isdigit() else parse_chinese(written)
        year = pub_year
        if pub_year and pub_month and month > pub_month:
            year = pub_year - 1
        marks.append(TimeMark(m.start(), m.end(), year, month, "relative", True))
    marks.sort(key=lambda t: t.start)
    # "5年前": a time before, which the conventions give no year (as 近年来); its mark keeps
    # the figure from taking a year carried from the sentence before
    ago = (
        [TimeMark(m.start(), m.end(), None, None, "relative") for m in YEARS_AGO.finditer(text)]
        if "年前" in text or "年以前" in text
        else []
    )
    return sorted(marks + ago, key=lambda t: t.start)


@dataclass(frozen=True, slots=True)
class AsOf:
    """The time a figure describes: year, how it was found, and 'YYYY-MM' when a month is stated."""

    year: int | None = None
    source: str = ""  # "stated" | "relative" | "carried" | ""
    month: str = ""


class Timeline:
    """Time marks of one report, looked up by clause, sentence and paragraph."""

    def __init__(self, text: str, published: str):
        self.text = text
        self.marks = time_marks(text, published)
        self.starts = [m.start for m in self.marks]
        self.unwrapped: dict[int, int] = {}  # sentence start -> `_unwrapped_start`: per figure

    def _within(self, start: int, end: int) -> list[TimeMark]:
        lo = bisect.bisect_left(self.starts, start)
        hi = bisect.bisect_left(self.starts, end)
        return self.marks[lo:hi]

    def as_of(
        self,
        pos: int,
        clause: tuple[int, int],
        sentence: tuple[int, int],
        previous_sentence: tuple[int, int] | None,
    ) -> AsOf:
        """The figure at `pos`: its clause's time, else its sentence's, else the sentence before.

        In its clause the last mark before the figure wins ("2016年至2018年" ends in 2018), else
        the first after it; in the rest of the sentence a mark before the figure, else a relative
        one after it (a later stated year may speak of another time). From the sentence before,
        in one paragraph, only a relative expression carries over (今年…。其中…): a stated year
        there dates that sentence.
        """
        compared = compared_value_year(self.text, pos)
        if compared:
            return AsOf(compared, "stated")
        start = self.unwrapped.get(sentence[0])
        if start is None:
            start = self.unwrapped[sentence[0]] = self._unwrapped_start(sentence[0])
        sentence = (start, sentence[1])
        span = self._change_span(pos, sentence)
        if span is not None:
            return span
        mark = _nearest(self._within(*clause), pos)
        if mark is None:
            # a year at the head of a sentence covers its comma clauses, not past a ";"; a
            # relative time (截至目前, 今年) covers the whole sentence
            part = (
                max(self.text.rfind("；", sentence[0], pos), self.text.rfind(";", sentence[0], pos))
                + 1
            )
            before = self._within(sentence[0], pos)
            goes_on = SAME_YEAR_GOES_ON.match(self.text, part) and not any(
                TARGET_BEFORE.search(self.text, max(0, m.start - 2), m.start) for m in before
            )
            if part and not goes_on:
                # ... unless the year stands before the colon that opens a list of items: "2018年
                # 各乡镇脱贫情况如下：甲镇…；乙镇…", or the part after the ";" takes it up:
                # "2016年，…；全年脱贫1128户"
                before = [
                    m
                    for m in before
                    if m.start >= part or m.source == "relative" or self._opens_a_list(m, pos)
                ]
            # "2001年撤县设市，辖12个乡镇": a year of the place's history dates its own clause only;
            # so does the start of a change ("由2013年底的13.8%降至1.6%，共有4638户脱贫")
            before = [m for m in before if not self._own_clause_only(m, clause)]
            mark = before[-1] if before else None
        if mark is None:
            # a later clause's relative time dates the whole sentence's report ("王某入了8股,
            # 当天领到红利6720元"); a later stated year may be another time, and is not taken
            after = [m for m in self._within(pos, sentence[1]) if self._point_in_time(m)]
            # ... but not a figure told of the past before it: "以前…收入不到3000元。现在…"
            told = list(PAST_TOLD.finditer(self.text, sentence[0], pos))
            if told and not TURNED_TO_NOW.search(self.text, told[-1].end(), pos):
                after = []
            mark = after[0] if after else None
        if mark:
            return _as_of(mark, mark.source)
        lead = lead_over_rows(self.text, pos)
        if lead and self.text[lead[0] : lead[1]].rstrip().endswith(("：", ":")):
            lead = lead_sentence(self.text, lead)
            # a row of a list is the sentence that announced it going on: the relative time
            # of its last clause carries to the rows ("今年1至9月，…报销3.45亿元。其中：" /
            # "医疗救助 3215万元"), as it would to the next sentence; a heading's stated year
            # is the heading's
            relative = [m for m in self._within(*lead) if m.carries]
            if relative:
                return _as_of(relative[-1], "carried")
        if (
            previous_sentence
            and previous_sentence[1] <= sentence[0]
            # "目前…。过去，这里贫困户多达3000户": a sentence that goes back in time is not now
            and not GOES_BACK.search(self.text, sentence[0], pos)
        ):
            if "\n" not in self.text[previous_sentence[0] : sentence[0]].rstrip("\n"):
                # a speaker's 去年 inside the quotation before is the speaker's, not the next
                # sentence's: “去年全村种了460亩…。” / 全村312户…
                relative = [
                    m
                    for m in self._within(*previous_sentence)
                    if m.carries and not _quoted(self.text, previous_sentence[0], m.start)
                ]
                if relative:
                    return _as_of(relative[-1], "carried")
        return NO_TIME

    def _opens_a_list(self, mark: TimeMark, pos: int) -> bool:
        """Whether a colon follows `mark` before the first ";" between it and `pos`."""
        stretch = self.text[mark.end : pos]
        first_break = min(
            (i for i in (stretch.find("；"), stretch.find(";")) if i >= 0), default=-1
        )
        colon = min((i for i in (stretch.find("："), stretch.find(":")) if i >= 0), default=-1)
        return 0 <= colon < first_break

    def _change_span(self, pos: int, sentence: tuple[int, int]) -> AsOf | None:
        """A figure inside "由A减少到B" / "从A增加到B": A holds at its own time, B at the end's.

        A ("由2014年底的5.3万人") takes only a time between 由 and itself, else none: the
        sentence's 目前 or end year is B's. B takes a time between the verb and itself
        ("到2019年的"), else the sentence's before 由 ("截至2018年底，…由…到…"), else the
        report's 目前 after it, else none — never A's year. None when the figure is in no
        such span.
        """
        text = self.text
        opening = FROM.search(text, max(sentence[0], pos - SPAN_REACH), pos)
        if opening is None:
            return None
        at = opening.start()
        verb = CHANGE_TO.search(text, at, pos)
        if verb is None:
            if not CHANGE_TO.match(text, pos, min(sentence[1], pos + SPAN_REACH)):
                after = text[pos : min(sentence[1], pos + SPAN_REACH)]
                if not CHANGE_TO.search(after) or SPAN_BREAK.search(
                    after[: CHANGE_TO.search(after).start()]
                ):
                    return None
            own = self._within(at, pos)  # A: its own time only
            return _as_of(own[-1], own[-1].source) if own else NO_TIME
        own = self._within(verb.end(), pos) or self._within(sentence[0], at)
        if own:
            return _as_of(own[-1], own[-1].source)
        after = [m for m in self._within(pos, sentence[1]) if self._point_in_time(m)]
        return _as_of(after[0], after[0].source) if after else NO_TIME

    def _own_clause_only(self, mark: TimeMark, clause: tuple[int, int]) -> bool:
        """Whether a stated year outside the figure's clause dates only its own clause."""
        return (
            mark.source == "stated"
            and not clause[0] <= mark.start < clause[1]
            and dates_its_clause_only(self.text, mark.start)
        )

    def _point_in_time(self, mark: TimeMark) -> bool:
        """今年, 当天, 目前…: the report's time, not a span counted from it (2015年起, …以来)."""
        return (
            mark.source == "relative"
            and (
                self.text[mark.start : mark.end] in POINT_IN_TIME
                or YEARLESS_DATE.fullmatch(self.text, mark.start, mark.end) is not None
            )
            and not SINCE_AFTER.match(self.text, mark.end)
        )

    def _unwrapped_start(self, start: int) -> int:
        """The start of a sentence whose lines were hard-wrapped (no closing mark at line end),
        also across a credit line the layout dropped into it ("(某乡党政办 供稿)")."""
        while start > 0 and self.text[start - 1] == "\n":
            line_start = self.text.rfind("\n", 0, start - 1) + 1
            line = self.text[line_start : start - 1]
            if credit_line(line) and line_start > 0:
                above = self.text.rfind("\n", 0, line_start - 1) + 1
                if wrapped_line(self.text[above : line_start - 1]):
                    start = above
                    continue
            if not wrapped_line(line):
                break
            end = _last_sentence_end(line)
            if end is not None:
                # "…标准化建设。全乡6个村…规范化" / "建设，…": the sentence began in that line
                return line_start + end
            start = line_start
        return start


OPENING_MARKS, CLOSING_MARKS = "“‘《（(「『【", "”’》）)」』】"


def _last_sentence_end(line: str) -> int | None:
    """Where the last sentence that ends in `line` ends; None if none does. A mark inside
    quotation marks or brackets ends no sentence of the text (喊出“…不掉队！”的口号)."""
    depth, end = 0, None
    for i, ch in enumerate(line):
        if ch in OPENING_MARKS:
            depth += 1
        elif ch in CLOSING_MARKS:
            depth = max(0, depth - 1)
        elif ch in "。！？" and depth == 0:
            end = i + 1
    return end


def dates_its_clause_only(text: str, at: int) -> bool:
    """Whether the year written at `at` dates its own clause and not the clauses after it: a
    year of the place's history (2001年撤县设市), a change's start value (由2013年底的…降至…;
    not a span since then, "从2016年3月起，先后选派26名"), or a purpose's deadline ("为确保…在
    2019年按期脱贫，…联合64名村民": what was done for it is not dated by it; a target's own
    figures are, "力争到2021年，…达到30万元"), or when a body was set up ("于2019年11月成立")."""
    end = SPAN_BREAK.search(text, at)
    clause_end = end.start() if end else len(text)
    return bool(
        HISTORY_EVENT.search(text, at, clause_end)
        or (text[at - 1 : at] in ("由", "从") and CHANGE_TO.search(text, at, clause_end))
        or PURPOSE_BEFORE_YEAR.search(text, max(0, at - PURPOSE_REACH), at)
        or (text[at - 1 : at] == "于" and FOUNDED_ON.match(text, at) is not None)
    )


# When a body was set up, told inside its clause: "支部于2019年11月挂牌成立，…" (a year that heads
# the sentence, "2019年成立合作社，吸纳…", dates the clauses after it).
FOUNDED_ON = re.compile(
    r"(19|20)\d{2}年(\d{1,2}月)?(\d{1,2}日)?(挂牌|正式|注册|登记)?(成立|组建|设立|建立|创建|创办)"
)


# A purpose clause before its deadline: "为确保…在2019年", "为了实现2020年…".
PURPOSE_BEFORE_YEAR = re.compile(r"为了?(确保|保证|实现)[^，,；;。！？!?\n]{0,12}$")
PURPOSE_REACH = 20  # characters before the year in which the purpose's words are looked for


def _nearest(marks: list[TimeMark], pos: int) -> TimeMark | None:
    before = [m for m in marks if m.start < pos]
    if before:
        return before[-1]
    return marks[0] if marks else None


NO_TIME = AsOf()  # frozen: one for all the figures with no time


def _as_of(mark: TimeMark, source: str) -> AsOf:
    if mark.year is None:
        return NO_TIME
    month = f"{mark.year}-{mark.month:02d}" if mark.month else ""
    return AsOf(mark.year, source, month)
