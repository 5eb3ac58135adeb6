"""figures: every reported quantity with its metric, year, place and provenance."""

from __future__ import annotations

import bisect
import dataclasses
import re
from dataclasses import dataclass, field

from helpers.extract.figures import counted_noun, metrics
from helpers.extract.figures.figure_place import figure_place
from helpers.extract.figures.fused import MAX_SIZE as MAX_HOUSEHOLD_SIZE
from helpers.extract.figures.fused import plausible_max, split_fused
from helpers.extract.figures.metrics import (
    ALL_OF_THEM_POOR,
    ALL_POOR_VILLAGES,
    NOT_POOR_AFTER,
    NOT_POOR_BEFORE,
    PAIRED_HOUSEHOLDS,
    POVERTY,
    REDUCED_BY,
    STRONG_HELP,
    classify,
    money_class_bound,
)
from helpers.extract.figures.period import is_rate, period, whole_scope
from helpers.extract.figures.quantities import Quantity, find_quantities
from helpers.extract.figures.tables import table_cells, table_headers
from helpers.extract.figures.timing import (
    BASELINE,
    CN_DIGITS,
    CN_YEAR,
    SPAN_BREAK,
    YEARS_AGO,
    AsOf,
    Timeline,
    compared_value_year,
    dates_its_clause_only,
    plan_edges,
)
from helpers.extract.lexicon import cue
from helpers.extract.records import Figure, Section, Slogan
from helpers.extract.text_units import (
    BOOK_TITLE,
    CLAUSE_END,
    COUNT_NUMBER,
    WEB_ADDRESS,
    caption_line,
    clause_bounds,
    label_before,
    lead_over_rows,
    lead_sentence,
    sentence_spans,
    span_index,
    wrapped_line,
)

# "2014年脱贫…", "截至2017年底", "截止20196月" (month glued to the year); not 2016年以来
# (not "2013年以前": what came before that year)
YEAR = re.compile(r"(?<!\d)(?P<y>(19|20)\d{2})(?:年(?!以来|来|起|以前|之前)|(?=\d{1,2}月))")
# "其中某某村1250人": a part of the figure before it, counted the same way.
OF_WHICH = re.compile(r"^(其中|内含|含)")
# "包括…", "含…": a part named after its whole, inside the clause.
PART_WORDS = re.compile(r"(其中|包括|内含)[^，,；;]{0,12}$")
MEMBERS_OR_WORKERS = cue("member_or_worker_cues")
# "吸纳260人就业", "带动80户入社": a whole that a project employs or takes in; the poor among
# them ("其中贫困户64名") are those it helps.
JOINED_OR_EMPLOYED = re.compile(r"^[^，,；;。]{0,4}?(就业|务工|入社|入股|加入|上岗)")
# The clause before a part ("其中贫困人口35人") that helps or takes in its whole, counted or
# not: "茶厂吸纳周边群众务工，其中…".
HELPED_WHOLE = re.compile(
    rf"""({STRONG_HELP.pattern})
      | 带动 | 吸纳 | 加入 | 入社 | 入股
      | (安排|解决|提供|新增|促进)[^，,；;]{{0,6}}(就业|务工)   # not 就业人口: a status
    """,
    re.X,
)
# The poor counted among a workshop's or a cooperative's people: "车间工人中贫困群众有32人".
WORKERS_AMONG = re.compile(
    r"(社员|(?<!两委)(?<!班子)(?<!委员会)成员|会员|股东|工人|员工|职工|务工人员|就业人员|从业人员)"
    r"(中|当中|里)[^，,；;\d]{0,8}$"
)  # not a committee's members ("村两委成员中贫困户有2户": the stock)
DISPLAY_REACH = 4  # figures after a display number among which its explanation is looked for
# A part's helped whole is not villages helped: the poor households of "结对帮扶8个村" are the
# villages' stock.
VILLAGES_HELPED = re.compile(
    r"[\d一二两三四五六七八九十百千]个[^，,；;]{0,8}村|(帮扶|结对|联系)[^，,；;]{0,8}(村|社区)(?!民)"
)
# "某某村1860人", "二组共86户": a clause that only names a place before its number.
BARE_PLACE = re.compile(
    r"[\u4e00-\u9fff]{1,8}?(村|组|社区|屯|寨|镇|乡|县|区)?(共|有|共有|计|达|为)?"
)
# The rest of a list by place: "其余各村合计", "其他各乡镇共计"
REST_OF_THE_LIST = re.compile(
    r"(其余|其他|另外)(各|的)?(村|镇|乡|乡镇|街道|县|区|县区|县市区|单位)(合计|共计|共|计)?"
)
# ... and by their number, after items of the list named by place: "某镇计划减贫268户1012人，
# 某镇194户733人，其余13个乡镇共757户2785人" (not the rest after a part: "其中贫困户412户分布在
# 5个村，其余13个村共2788户": the households not poor)
REST_COUNTED = re.compile(
    r"(其余|其他|另外)(\d{1,3}|[一二三四五六七八九十]{1,3})个"
    r"(村|镇|乡|乡镇|街道|县|区|县区|县市区)([（(][^()（）]{1,10}[)）])?(合计|共计|共|计)?"
)
# The rest of the sentence's first count, after a part of it: "…，其余7户".
REST_ALONE = re.compile(r"(其余|其他|剩下)(的)?")
# ... with nothing of its own after it but where the rest are or what they still are: "其余6个
# 分布在…", "其余7户仍在…"
REST_SAID_OF = re.compile(r"分布|位于|集中|散布|属于|为|是|尚|仍|还|正在")
# Those lifted set up as the whole the list's parts are drawn from: "2017年减贫人口中".
THOSE_LIFTED_LISTED = re.compile(
    r"(?<![未没])(减贫|脱贫)(人口|人数|户数|户|对象)(中|里|当中|之中)$"
)
LISTED_BY_PLACE = re.compile(  # a clause that opens with a place's name, not the whole place's
    r"(?:^|[，,、；;:：])\s*(?!全|该|本|各|农村|辖区|山区)[\u4e00-\u9fff]{1,6}(镇|乡|村|县|区|街道)"
    r"[^，,、；;。\d]{0,8}?\d+(\.\d+)?万?[户人]"
)
# A list item that names its own kind of household: "吸纳贫困户50户、种植大户8户".
OWN_HOUSEHOLD_NOUN = re.compile(r"^[\u4e00-\u9fff]{1,6}户$")
# A clause that only says "persons": "人口9.3万", "人口为320人".
BARE_PERSONS_WORD = re.compile(r"^(人口|人数)(为|达|共|约|近)?$")
# "以上的", "以下各": the count bounds a class of places ("30户以上的自然村").
CLASS_BOUND = re.compile(r"(以上|以下)[的各]")
# "由2014年的4.6万人减少到2017年的1.2万人": the second figure is the same quantity later; the
# persons of a count in households and persons may stand between ("由…的44415户108121人减少到…").
CHANGE_TO = re.compile(
    r"^(?:[\d.]+万?(?:余|多)?[人名])?[^，,；;。！？\n]{0,6}?"
    r"(减少|下降|降低|降|减|增加|增长|提高|提升|上升|增|扩大|缩小|发展|达)(到|至|为)[^，,；;。！？\n]{0,10}$"
)
# "投入1.06亿元，比去年增加6000多万元": the change is of the same quantity.
INCREMENT = re.compile(r"(比|较|同比)[^，,；;]{0,6}(增加|增长|减少|下降|提高|多)了?$")
# "2013年人均纯收入1668元，2017年达到10180元": a later year and a verb, the noun left implicit.
ELLIPTIC = re.compile(
    r"(到|至|截至|截止)?((19|20)\d{2}年(底|末|初)?|今年|去年|当年|目前|现在|如今)(已|又|再)?"
    r"(达到|达|增至|增加到|增长到|提高到|提升到|上升到|下降到|降至|减少到|减至|为|是|突破|超过|实现)?"
)


@dataclass(slots=True)
class _Report:
    """What every figure of one report reads."""

    report_id: str
    text: str
    sections: list[Section]
    section_starts: list[int]
    section_codes: list[str]
    located: list
    timeline: Timeline
    poor_village_counts: set = field(default_factory=set)  # (section, value) of poor villages
    # the metric of the last count of households or persons of a size: (section, value, unit)
    people_counts: dict = field(default_factory=dict)


@dataclass(slots=True)
class _Sentence:
    """What the figures of one sentence share: its span and text, and what the figures before
    them in it counted — a part (其中…) or an elliptic clause counts what they counted."""

    index: int
    start: int
    end: int
    text: str
    shown: str  # stripped, one string shared by all its figures (a long file has 100,000s)
    metric_of_unit: dict[str, str] = field(default_factory=dict)
    first_metric_of_unit: dict[str, str] = field(default_factory=dict)  # the sentence's whole
    value_of_unit: dict[str, float] = field(default_factory=dict)
    counted_members: dict[str, bool] = field(default_factory=dict)
    end_of_unit: dict[str, int] = field(default_factory=dict)
    plain_money: list[float] = field(default_factory=list)  # 元 written without 万/亿
    whole_of_unit: dict[str, str] = field(default_factory=dict)  # figure_id of the last whole


def extract_figures(
    report_id: str,
    text: str,
    sections: list[Section],
    located,
    slogans: list[Slogan],
    section_codes: list[str] | None = None,
    published: str = "",
) -> list[Figure]:
    """Every figure of one report, in text order; combined spans (364户1075人) give two rows.

    `published` (YYYY-MM-DD, as the page states it) resolves 今年, 去年, 目前 … to years.
    """
    skip = [(s.start, s.end) for s in slogans] + [m.span() for m in BOOK_TITLE.finditer(text)]
    skip += [m.span() for m in WEB_ADDRESS.finditer(text)]  # "%E7%9B": not 7 %
    quantities = find_quantities(text, skip)
    if TABLE_HEADER_HINT.search(text):
        quantities = _with_table_cells(text, quantities)
    sentences = sentence_spans(text)
    sentence_starts = [s for s, _ in sentences]
    report = _Report(
        report_id,
        text,
        sections,
        [s.start for s in sections],
        section_codes or [""] * len(sections),
        located,
        Timeline(text, published),
    )
    groups = _combine(text, quantities)
    del quantities  # the groups hold them, and let each go once it is read (below)
    fused = split_fused(text, groups, sentences, report.section_starts, report.section_codes)
    figures: list[Figure] = []
    sentence: _Sentence | None = None
    for at, group in enumerate(groups):
        groups[at] = None  # a yearbook's 600,000 quantities would otherwise outlive their rows
        raw_start = group[0].start
        si = span_index(sentence_starts, raw_start)
        if sentence is None or sentence.index != si:
            s_start, s_end = sentences[si]
            sentence_text = text[s_start:s_end]
            sentence = _Sentence(si, s_start, s_end, sentence_text, sentence_text.strip())
        previous_span = sentences[si - 1] if si > 0 else None
        reading = fused.get(id(group[0]))
        parts = reading.parts if reading else [(q, q.value, q.unit) for q in group]
        rows = [
            _figure(report, sentence, group, k, q, value, unit, reading, previous_span)
            for k, (q, value, unit) in enumerate(parts)
        ]
        figures += _households_of_their_persons(rows, sentence)
    _respective_years(text, sentences, figures)
    return _explained_display_numbers(figures)


def _households_of_their_persons(pair: list[Figure], sentence: _Sentence) -> list[Figure]:
    """A pair "N户M人" whose persons are the poor or those lifted, as the noun before them
    says ("剩余贫困人口中，某乡521户2089人"): the households are theirs, not any households."""
    if (
        len(pair) == 2
        and pair[0].unit == "户"
        and pair[1].unit == "人"
        and pair[0].metric == "other"
        and pair[1].metric.startswith(("poor_", "lifted_"))
    ):
        pair[0].metric = pair[1].metric.replace("persons", "households")
        sentence.metric_of_unit["户"] = pair[0].metric  # the next pair of the list reads it
    return pair


# A column's unit in brackets after its name: a text without one has no table to read.
TABLE_HEADER_HINT = re.compile(r"[\u4e00-\u9fff][（(][^（）()\s]{1,4}[）)]\s|单位[:：]|[户人]数\s")


def _with_table_cells(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """The quantities with the cells of the text's flattened tables in place of any other
    reading of their numbers: a row's last number is no count of the next row's first word
    ("…1\n头陀镇" is not 1头)."""
    cells = list(table_cells(text))
    if not cells:
        return quantities
    # the header's units ("资金（万元）") are not amounts; a criterion's amount in a column's
    # name is ("集体收入超5万元的村（个）")
    header = {at for a, b in table_headers(text) for at in range(a, b)}
    taken = {at for q in cells for at in range(q.start, q.end)}
    rest = [
        # a criterion's amount in a column's name bounds a class: no money put in or earned
        dataclasses.replace(q, metric="other") if header.intersection(range(q.start, q.end)) else q
        for q in quantities
        if not taken.intersection(range(q.start, q.end))
        and (_stated_amount(text, q) or not header.intersection(range(q.start, q.end)))
    ]
    return sorted([*rest, *cells], key=lambda q: (q.start, q.end))


def _stated_amount(text: str, q: Quantity) -> bool:
    """A sum written with its digits and unit ("5万元"), not a unit alone ("万元")."""
    return bool(q.unit) and any(ch.isdigit() for ch in text[q.start : q.end])


# "2016年、2017年分别退出1个和14个": the years listed before 分别 date the counts after it, in turn
RESPECTIVE_YEARS = re.compile(
    r"(?:19|20)\d{2}年?(?:(?:、|和|及|与)(?:19|20)\d{2}年?)+[^，,。；;\d]{0,12}?分别"
)
LISTED_YEAR = re.compile(r"(?:19|20)\d{2}")
NEW_CLAUSE = re.compile(r"[，,；;。][^\d]")  # a break not followed by the list's next number


def _respective_years(text: str, sentences: list[tuple[int, int]], figures: list[Figure]):
    """Date each count after "某年、某年分别" by its year, when there are as many counts in the
    clause as years (the year nearest before them would date them all). Changes `figures`."""
    starts = [s for s, _ in sentences]
    by_sentence: dict[int, list[Figure]] = {}
    for figure in figures:
        by_sentence.setdefault(span_index(starts, figure.start), []).append(figure)
    for index, in_sentence in by_sentence.items():
        s_start, s_end = sentences[index]
        m = RESPECTIVE_YEARS.search(text, s_start, s_end)
        if m is None:
            continue
        years = [int(y) for y in LISTED_YEAR.findall(m.group())]
        counts: list[list[Figure]] = []  # a combined span's rows ("120户450人") are one count
        previous_end = m.end()
        for figure in in_sentence:
            if figure.start < m.end():
                continue
            if counts and figure.start == counts[-1][0].start:
                counts[-1].append(figure)
                continue
            if NEW_CLAUSE.search(text, previous_end, figure.start):
                break
            counts.append([figure])
            previous_end = figure.end
        if len(counts) != len(years):
            continue
        for year, rows in zip(years, counts):
            for figure in rows:
                figure.year = figure.as_of_year = year
                figure.year_source = "stated"


def _explained_display_numbers(figures: list[Figure]) -> list[Figure]:
    """A number set alone on its line, as a page's data card or pull quote ("8765元" over "全组
    人均可支配收入增长到8765元"), counts what the sentence that explains it says: the metric of
    the next figure with its value and unit, in the following sentences. Changes `figures` in
    place and returns it."""
    for i, figure in enumerate(figures):
        if figure.metric != "other" or figure.sentence != figure.raw:
            continue
        for later in figures[i + 1 : i + 1 + DISPLAY_REACH]:
            if later.sentence == later.raw or (later.value, later.unit) != (
                figure.value,
                figure.unit,
            ):
                continue
            if later.metric == "other":
                break  # the explanation counts nothing key: the card stays as it is
            # the metric only: the card's own line states no year, so it dates nothing
            figure.metric = later.metric
            shown_alone = "a number shown alone: read as the sentence after it"
            figure.note = "; ".join(filter(None, (figure.note, shown_alone)))
            break
    return figures


def _figure(
    report: _Report, sentence: _Sentence, group, k: int, q: Quantity, value, unit: str,
    reading, previous_span,
) -> Figure:  # fmt: skip
    """One row: the `k`-th reading of a group of quantities (364户1075人 gives two)."""
    text = report.text
    raw_start, raw_end = group[0].start, group[-1].end
    s_start, s_end = sentence.start, sentence.end
    section = (
        max(0, bisect.bisect_right(report.section_starts, raw_start) - 1)
        if report.section_starts
        else 0
    )
    code = report.section_codes[section] if report.section_codes else ""
    figure_id = f"{report.report_id}#{raw_start}.{k}"
    c_start, c_end = clause_bounds(text, q.context_start, q.end, s_start, s_end)
    labelled = label_before(text, c_start, q.context_start, s_start)
    if labelled < c_start:
        # "贫困户：45户" reads as "贫困户45户": the label is the clause's noun
        left = text[labelled : c_start - 1] + text[c_start : q.context_start]
        c_start = labelled
    else:
        left = text[c_start : q.context_start]
    right = text[q.end : c_end]
    metric = _metric(report, sentence, q, value, unit, left, right, c_start, raw_start)
    if unit == "个" and metric == "poor_villages" and not ALL_POOR_VILLAGES.match(right):
        # not when every village is poor ("9个村全部是贫困村"): the count of all the villages
        # then says nothing of poverty where it comes again
        report.poor_village_counts.add((section, value))
    elif unit == "个" and metric == "other" and _the_villages_again(report, section, value, right):
        metric = "poor_villages"
    people = (section, value, _kind_of(unit))
    named_before = report.people_counts.get(people, "")
    if metric == "other" and THOSE_AGAIN.search(left) and named_before.startswith(POOR_OR_LIFTED):
        metric = named_before  # "在这2318户中": the poor just counted
    if unit in ("户", "人", "名"):
        report.people_counts[people] = metric  # the last count of that size names it
    sentence.metric_of_unit[unit] = metric
    sentence.first_metric_of_unit.setdefault(unit, metric)
    sentence.value_of_unit[unit] = value or 0
    sentence.counted_members[_kind_of(unit)] = bool(
        MEMBERS_OR_WORKERS.search(left[-8:]) or JOINED_OR_EMPLOYED.match(right)
    )
    sentence.end_of_unit[unit] = q.end
    flags, notes = list(q.flags), list(q.notes)
    if unit == "元" and value is not None and not reading:
        value = _money_scale(text, sentence, q, value, flags, notes)
    if reading:
        flags.append("suspect_fused")
        notes.append(reading.note)
    elif _implausible(value, unit, metric, code):
        flags.append("implausible")
        notes.append(
            f"{value:g}{unit} is more than a place of this level can have; kept as written"
        )
    when = report.timeline.as_of(raw_start, (c_start, c_end), (s_start, s_end), previous_span)
    if q.row_year:
        when = AsOf(q.row_year, "stated")  # a table's row of a year: "2016 11245 33418 65"
    if is_rate(text[c_start : q.start]):  # the clause with its lead (不超过)
        flags.append("rate")
        notes.append("a per-unit amount, limit or rule (每…/人均/可贷款/不超过), not a total")
    place = figure_place(
        text,
        report.sections[section] if report.sections else None,
        code,
        report.located,
        s_start,
        s_end,
        raw_start,
    )
    if place.conflict:
        flags.append("place_conflict")
        notes.append("the sentence names a place outside the section's; placed there")
    part = OF_WHICH.match(left.strip()) or PART_WORDS.search(left)
    part_of = sentence.whole_of_unit.get(unit, "") if part else ""
    if q.whole_at >= 0:
        part_of = f"{report.report_id}#{q.whole_at}.0"  # a table's row, under its total row
    if not part:
        sentence.whole_of_unit[unit] = figure_id
    before = text[s_start:raw_start]
    return Figure(
        report_id=report.report_id,
        section=report.sections[section].section if report.sections else 0,
        province=place.province,
        prefecture=place.prefecture,
        county=place.county,
        township=place.township,
        village=place.village,
        metric=metric,
        value=value,
        value_high=q.value_high,
        unit=unit,
        qualifier=q.qualifier,
        year=q.row_year or _year(text, s_start, raw_start),
        as_of_year=when.year,
        year_source=when.source,
        as_of=when.month,
        figure_id=figure_id,
        place_basis=place.basis,
        scope=whole_scope(before) or place.named_level,
        period=period(left, before),
        part_of=part_of,
        raw=text[raw_start:raw_end],
        start=raw_start,
        end=raw_end,
        sentence=sentence.shown,
        flags=";".join(dict.fromkeys(flags)),
        note="; ".join(dict.fromkeys(notes)),
    )


# Households taken off the register as wrongly listed are no longer counted as poor.
# Not those left after them: "剔除错评户后贫困户还有320户".
TAKEN_OFF_THE_REGISTER = re.compile(r"(清退|剔除|清理出)(?![^，,。；;]*后)[^，,。；;]{0,12}$")
# ... but "成为非贫困村" is an exit: the villages were poor
NOT_POOR_NOUN = re.compile(
    r"([^，,。；;、\d和与及]{1,12}?的)?(?<![为成])非(贫困|建档立卡)(村|户|人口)"
)  # the count's own noun, a 的-clause at most between: not "32户贫困户带动非贫困户"
# The poor not yet lifted: what is left of them, or a count said not to be lifted yet.
REMAINING_BEFORE = re.compile(
    r"(剩下|剩余|余下|还剩|只剩|仅剩|尚余|尚有|仍有)(未脱贫)?(的)?"
    # with the noun between: "剩余贫困户189户504人将于年底前全部脱贫"
    r"(建档立卡)?(贫困户|贫困人口|贫困群众|未脱贫户|未脱贫人口)?$"
)
REMAINING_CHARS = 12
PLANNED = r"将|计划|力争|确保|争取|预计"  # the words of a plan
# ... the plan said before the rest: "确保剩余89户173人全部脱贫"
# ("已将剩余32户脱贫销号": 将 there is 把, the deed done)
PLAN_BEFORE_THE_REST = re.compile(
    r"(?<!已)(计划|力争|确保|争取|预计)[^，,。；;]{0,4}(剩下|剩余|还剩|尚余)(未脱贫)?(的)?$"
)
# ... the rest listed before this count: "剩余的23个贫困村、5203户…"
COUNTS_LISTED_BEFORE = re.compile(r"(\d+(\.\d+)?万?(个|户|人|名)[^，,。；;、\d和]{0,6}(、|和))+$")
# ... or the time they will be by: "剩余4户14人今年底可全部脱贫"
TO_BE_LIFTED = re.compile(
    rf"[\d.万]*[户人名]?[^，,。；;]{{0,10}}?({PLANNED}|要在|要于|有望|可望|可于"
    r"|(年底|年内|年末|月底|明年|今年|下半年)前?(可|能)"
    # "剩下的34户109人都要摘帽", "还需要脱贫", "必须全部脱贫": what must still be done (not
    # 主要, 要求: "主要靠兜底脱贫", "已按要求全部脱贫" were done)
    r"|(必须|务必|(?<!主)要(?!求))(?=[^，,。；;]{0,4}(脱贫|摘帽|出列|退出|销号)))"
)
# ... or the plan before them: "要在年底前完成剩余3.2万贫困人口的脱贫验收"
TO_BE_DONE_BEFORE = re.compile(rf"({PLANNED}|(?<![主需重只])要)[^，,。；;]{{0,12}}(完成|实现)")
PERSONS_OF_THE_HOUSEHOLDS = re.compile(rf"^{COUNT_NUMBER}万?(余|多)?(人|名)")
NOT_YET_LIFTED = re.compile(r"[\d.万]*[户人名]?(还|仍|尚)?(没有?|未)(能)?(稳定)?脱贫")


# A short line ending in a colon over a paragraph names what its counts count: "贫困村情况：".
HEADING_OVER = re.compile(r"^[^\d，,。；;！？!?]{2,16}[:：]$")


def _heading_over(text: str, start: int) -> str:
    """The heading line over the paragraph a sentence opens, or ''."""
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip() or line_start == 0:
        return ""
    previous = text[text.rfind("\n", 0, line_start - 1) + 1 : line_start - 1].strip()
    return previous if HEADING_OVER.match(previous) else ""


def _lead_text(text: str, start: int) -> str:
    """The sentence that leads the list a row is in, or ''."""
    lead = lead_over_rows(text, start)
    if not lead:
        return ""
    start, end = lead_sentence(text, lead)
    return text[start:end]


def _metric(
    report: _Report, sentence: _Sentence, q: Quantity, value, unit: str, left: str, right: str,
    c_start: int, raw_start: int,
) -> str:  # fmt: skip
    """The metric from the clause (metrics.classify), then from the figures before it in the
    sentence when the clause names nothing of its own."""
    text = report.text
    left_words = left.strip()
    # the persons of "监测对象46户153人" are named by the noun before their households
    unpaired = PAIRED_HOUSEHOLDS.sub("", left_words)
    if (
        NOT_POOR_AFTER.match(right)
        or (
            NOT_POOR_BEFORE.search(unpaired)
            # the edge households a low-income register counts among its own ("低收入农户…，其中
            # 低保、低保边缘户214户") are a part of it; those it monitors are not
            and not (
                "低保边缘" in unpaired
                and metrics.part_of_the_poor(unpaired, text[sentence.start : c_start])
            )
        )
    ):
        return "other"
    _, comma, item = left_words.rpartition("、")
    if (
        comma
        and unit in ("户", "人", "名")
        and OWN_HOUSEHOLD_NOUN.match(item)
        and not POVERTY.search(item)
        and not counted_noun.subject_before(unit, item)
        # a part of the poor before, its kinds listed ("其中低保、低保边缘户…")
        and not metrics.part_of_the_poor(left_words, text[sentence.start : c_start])
    ):
        return "other"  # not the poor households of the list's first item
    probe = Quantity(
        start=q.start,
        end=q.end,
        value=value,
        value_high=q.value_high,
        unit=unit,
        qualifier=q.qualifier,
        context_start=q.context_start,
        metric=q.metric,
    )
    # a group that opens its line may continue a sentence the layout wrapped
    wrapped = _wrapped_left(text, c_start)
    above = text[text.rfind("\n", 0, max(0, c_start - 1)) + 1 : c_start].strip()
    prose_above = PROSE_PUNCT.search(above) or ("、" in above and not HEADING_MARK.match(above))
    if text[c_start:raw_start].strip() and not (
        prose_above and not ENDS_WITH_A_COUNT.search(wrapped)
    ):
        # a clause that opens its line with words before the number goes on from a line of
        # prose above that the layout broke ("…38家，带" / "动贫困户1143户", a yearbook's narrow
        # column); not from a headline, a numbered heading ("二、易地搬迁、稳定脱贫") or a row
        # that ends with its own count ("贫困村68个，已出列60个" / "贫困人口3.2万人")
        wrapped = ""
    metric = classify(
        probe,
        wrapped + left.strip(),
        right,
        sentence.text,
        before=_heading_over(text, sentence.start) + text[sentence.start : c_start],
        written=text[q.context_start : q.end],
        lead=_lead_text(text, q.start),
    )
    if unit in ("户", "人", "名") and CLASS_BOUND.match(text, q.end - 2, q.end + 1):
        metric = "other"  # "30户以上的自然村", "50人以下各村": a class's bound, not a count
    if unit.startswith("元") and money_class_bound(
        left.strip(), right, text[q.context_start : q.end]
    ):
        return "other"  # a class of villages by their income, part of a sum or not
    if NOT_POOR_NOUN.match(text, q.end):
        return "other"  # "68个贫困人口较多的非贫困村": counted as not poor, whatever came before
    if metric.startswith("poor_") and TAKEN_OFF_THE_REGISTER.search(
        PAIRED_HOUSEHOLDS.sub("", left.strip())
    ):
        return "other"  # "清退识别不准的贫困户9户": taken off the register, no longer poor
    before_the_rest = COUNTS_LISTED_BEFORE.sub("", PAIRED_HOUSEHOLDS.sub("", left.strip()))
    if metric.startswith("lifted_") and (
        (
            REMAINING_BEFORE.search(before_the_rest[-REMAINING_CHARS:])
            and (
                TO_BE_LIFTED.match(text, q.end)
                or TO_BE_DONE_BEFORE.search(left)
                or PLAN_BEFORE_THE_REST.search(before_the_rest[-12:])
            )
        )
        or NOT_YET_LIFTED.match(text, q.end)
    ):
        # "剩下的15户52人将在年底前脱贫", "确保剩余89户全部脱贫", "剩余的23个贫困村、5203户将
        # 于年底脱贫", "还剩9户没脱贫": those still poor, whatever is planned ("剩下的3户通过兜底
        # 实现脱贫" were lifted)
        metric = "poor_" + metric[len("lifted_") :]
    if metric in ("population", "other") and unit in ("户", "人", "名"):
        after = text[q.end : min(sentence.end, q.end + 24)]
        after = PERSONS_OF_THE_HOUSEHOLDS.sub("", after)  # the persons of "93户402人"
        if ALL_OF_THEM_POOR.match(after):
            # "全村93户402人，全部是贫困人口": everyone counted is poor; a cooperative's members
            # or a workshop's workers who all are poor are those it helps
            kind = "households" if unit == "户" else "persons"
            members = MEMBERS_OR_WORKERS.search(left[-8:]) or JOINED_OR_EMPLOYED.match(right)
            return f"beneficiary_{kind}" if members else f"poor_{kind}"
    earlier = sentence.metric_of_unit
    whole = sentence.first_metric_of_unit.get(unit, "")
    if (
        metric == "other"
        and REST_ALONE.fullmatch(left.strip())
        # no noun of its own ("其余13个乡镇" counts towns): the clause ends there or goes on
        and (counted_noun.COUNT_ENDS.match(right) or REST_SAID_OF.match(right))
        and whole.startswith("poor_")
    ):
        # "剩余26户贫困户已有19户达到脱贫标准，其余7户…": the rest of the poor is poor (the rest
        # after those lifted, "已有236户稳定脱贫，其余18户…", is not counted by them)
        return whole
    if metric in ("other", "population") and unit in ("户", "人"):
        # "2017年减贫人口中，某镇1320人、某镇1180人，其余8个乡镇7115人": parts of those lifted
        first_clause = re.split(r"[，,；;：:]", text[sentence.start : c_start], maxsplit=1)[0]
        item = left.strip().rpartition("、")[2]
        if THOSE_LIFTED_LISTED.search(first_clause) and (
            _bare(item) or REST_COUNTED.fullmatch(item)
        ):
            return "lifted_households" if unit == "户" else "lifted_persons"
    if REDUCED_BY.fullmatch(left.strip()) and earlier.get(unit, "").startswith("poor_"):
        # "贫困人口从…减少到…，减少了90万人": the fall in the poor just counted is those lifted;
        # the fall in poor villages is those that left the list, still poor villages
        if earlier[unit] == "poor_villages":
            return earlier[unit]
        return "lifted_" + earlier[unit][len("poor_") :]
    if (
        unit in earlier
        and LISTED_AFTER.fullmatch(text[sentence.end_of_unit[unit] : q.context_start])
        and not counted_noun.after_measure(unit, right)
        and not counted_noun.counts_another_kind(unit, right)
    ):
        return earlier[unit]  # "包联贫困户41户、67户": a count listed after one of the same noun
    if (
        metric == "population"
        and BARE_PERSONS_WORD.match(left.strip())
        and earlier.get("户", "").startswith(("poor_", "lifted_"))
    ):
        # "贫困户3.6万户，人口11.2万": the persons of the poor households just counted
        return earlier["户"].replace("households", "persons")
    if (
        metric == "population"
        and earlier.get("户", "").startswith(("poor_", "lifted_", "beneficiary_"))
        and _persons_of_households(text, unit, q, earlier, sentence.end_of_unit)
        # the persons the households involve, not the village's whole people (共有人口1520人):
        # "涉及人口6931人", or a total of them alone ("实现脱贫的有498户，共1346人")
        and (
            "涉及" in text[sentence.end_of_unit["户"] : q.context_start]
            or (
                THEIR_PERSONS_TOTAL.fullmatch(text[sentence.end_of_unit["户"] : q.context_start])
                # a household's people, not a village's: "贫困户45户，共1520人" is the village's
                and value <= MAX_HOUSEHOLD_SIZE * sentence.value_of_unit.get("户", 0)
            )
        )
    ):
        # "低收入农户共2386户，涉及人口6931人": the persons of the households, not the place's
        return earlier["户"].replace("households", "persons")
    if metric != "other":
        if metric.startswith("poor_") and WORKERS_AMONG.search(left):
            return "beneficiary_" + metric[5:]  # "车间工人中贫困群众有32人": the poor it employs
        if OF_WHICH.match(left.strip()) and metric.startswith("poor_"):
            clause_before = re.split(r"[，,；;]", text[sentence.start : c_start].rstrip("，, "))[-1]
            helped_whole = HELPED_WHOLE.search(clause_before) and not VILLAGES_HELPED.search(
                clause_before
            )
            if sentence.counted_members.get(_kind_of(unit)) or helped_whole:
                # The poor among a cooperative's members or a workshop's workers, or among
                # those the clause before says were helped or taken in, are those it helps;
                # not the poor households of villages it helps ("结对帮扶8个村，其中贫困户…").
                return "beneficiary_" + metric[5:]
        return metric
    # A part ("其中…") counts what its whole counts unless its own clause says otherwise
    # ("总人口2.3万人，其中贫困人口9800人").
    changed_to = unit in earlier and CHANGE_TO.search(
        text[sentence.end_of_unit.get(unit, 0) : q.context_start]
    )
    if _persons_of_households(text, unit, q, earlier, sentence.end_of_unit):
        # "低收入农户3.1万户、10.2万人": the persons of the households just counted, before what
        # a part counts ("户籍人口5892户2.61万人，其中脱贫户1023户4216人": the persons lifted)
        return earlier["户"].replace("households", "persons")
    if (
        unit in earlier
        and not counted_noun.counts_another_kind(unit, right, left)
        # "186个村出列、6个乡镇摘帽": towns listed after villages are not villages
        and not (unit == "个" and DIVISION_COUNTED.match(right))
        # "…9个原省定重点村…，全镇34个村两委班子": the villages' bodies and funds are all the
        # place's, not those counted before (unless named as a part of them: 其中)
        and not (unit == "个" and PLAIN_VILLAGES.match(right) and not OF_WHICH.match(left.strip()))
        and (
            OF_WHICH.match(left.strip())
            or _bare(left)
            or changed_to
            or INCREMENT.search(left)
            or counted_noun.nounless(left)
            # "退出贫困村25个；2015年减贫2.58万人、退出32个": the same flow, its noun said once
            or FLOW_ALONE.fullmatch(left.strip().rpartition("、")[2])
            or (
                FLOW_BY_PLACE.fullmatch(left.strip().rpartition("、")[2])
                and earlier[unit].startswith("lifted_")
            )
            or (
                REST_COUNTED.fullmatch(left.strip())
                and LISTED_BY_PLACE.search(text[sentence.start : c_start])
            )
            or (
                unit in ("户", "人", "名")
                and earlier[unit].startswith("poor_")
                and _a_kind_of_them(left)
            )
        )
    ):
        return earlier[unit]
    return metric


# The villages named again by their count: "全镇有深度贫困村7个……7个村全部出列", "14个重点村".
# Not when they only qualify another noun: "公路通到7个村的村委会" counts the road's reach.
# Nor a village's bodies and facilities: "9个村党总支", "16个村卫生室".
VILLAGES_AGAIN = re.compile(
    # ... with the designation they had: "9个原省定重点村"
    # or by the name the province gave them: "这139个薄弱村"
    r"((原有?)?([省市县]定|[省市县]级)?(重点|贫困|(集体)?(经济)?薄弱))?"
    r"(行政村|嘎查村|嘎查|村委会|村)(?![民委级庄落镇的党卫两集])"
)


# A count of the place's villages by their bodies, funds or people: "34个村党组织", "34个村集体经济
# 收入", "18个村两委班子" (all the villages, not a part of the poor ones counted before).
PLAIN_VILLAGES = re.compile(r"(行政村|村|嘎查|社区)(党|集体|卫生|两委|干部|书记|委|级|民|小组)")


# A flow said by its verb alone, its noun said in the list's first item: "…退出贫困村25个；2015年
# 减贫2.58万人、退出32个".
FLOW_ALONE = re.compile(
    r"((19|20)\d{2}年(底|末)?)?(又|再|已|共|累计|计划)?(退出|出列|摘帽|减贫|脱贫|达标转化|转化)了?"
)
# ... or by place, its verb said again: "某镇计划减少贫困人口2100人，某镇计划减少1800人" (a fall
# of those lifted; after a stock, "有贫困人口5000人，某镇计划减少800人", it is no part of it)
FLOW_BY_PLACE = re.compile(
    r"[\u4e00-\u9fff]{1,8}?(镇|乡|县|区|街道)(今年|明年)?(计划|预计)?(减少|减贫|脱贫|退出|出列)了?"
)


# Households or persons named again by their count after a demonstrative: "贫困户2318户……在这
# 2318户中", "上述386人".
THOSE_AGAIN = re.compile(r"(这|這|这些|這些|上述|以上)$")
POOR_OR_LIFTED = ("poor_", "lifted_")


def _the_villages_again(report: _Report, section: int, value, right: str) -> bool:
    """Whether a count of villages repeats the count of poor villages the report gave before,
    in the same section (another town's part counts its own): the same villages, spoken of
    again as 村."""
    return (section, value) in report.poor_village_counts and bool(VILLAGES_AGAIN.match(right))


def _kind_of(unit: str) -> str:
    """人 and 名 count the same people."""
    return "人" if unit == "名" else unit


def _money_scale(text: str, sentence: _Sentence, q: Quantity, value, flags, notes):
    """An amount in 元; a total in 万元 that is the sum of the plain amounts before it read in
    元 is read without its 万 and flagged."""
    written = text[q.start : q.end]
    if not SCALED.search(written):
        sentence.plain_money.append(value)
    elif _spurious_scale(value, sentence.plain_money, text[sentence.start : q.start]):
        notes.append(
            f"suspect_unit: the parts before it add up to {value / 1e4:g}元; "
            f"{written} read without its 万 (as written: {value:g}元)"
        )
        flags.append("suspect_unit")
        value /= 1e4
    return value


def _combine(text: str, quantities: list[Quantity]) -> list[list[Quantity]]:
    """Group '364户1075人' (households then persons, or the reverse) into one span."""
    groups: list[list[Quantity]] = []
    for q in quantities:
        last = groups[-1][-1] if groups else None
        if (
            last
            and len(groups[-1]) == 1
            and last.end == q.start
            and {last.unit, q.unit} in ({"户", "人"}, {"户", "名"})
            and not last.qualifier
        ):
            groups[-1].append(q)
        else:
            groups.append([q])
    return groups


SCALED = re.compile(r"[万萬亿億]")
# A total announced as the sum of what came before: 加起来, 合计, 共计, 三笔收入共…
SUM_CUE = re.compile(r"(加起来|加在一起|合计|共计|总计|一共|总共|共)[^，。；,;]{0,6}$")


def _spurious_scale(value: float, parts: list[float], before: str) -> bool:
    """Whether a total in 万元 is the sum of the plain amounts before it, read in 元: the
    source added a 万 by mistake ("4200元、2800元、29000元，加起来达到36000万元").

    >>> _spurious_scale(36000e4, [4200, 2800, 29000], "三笔收入加起来达到")
    True
    >>> _spurious_scale(3.6e4, [1.2e4, 2.4e4], "合计")  # 3.6万元 is the sum as written
    False
    """
    return (
        len(parts) >= 2
        and SUM_CUE.search(before[-12:]) is not None
        and abs(sum(parts) * 1e4 - value) < 0.5
    )


COUNT_ENDS_ITS_CLAUSE = re.compile(r"[\d.]+万?[户人名个]?([\d.]+万?[人名])?[，,、；;。]")


PROSE_PUNCT = re.compile(r"[，,。；;]")  # a line of prose, not a headline's
HEADING_MARK = re.compile(r"^[（(]?[一二三四五六七八九十\d]+[)）、.．]")
ENDS_WITH_A_COUNT = re.compile(r"\d\s*[\u4e00-\u9fff]?$")


def _wrapped_left(text: str, start: int) -> str:
    """For a clause that opens its line: the last clause of the line before, when the page's
    layout wrapped the sentence there (that line ends without closing punctuation), e.g.
    "…两年共脱贫\n1120户4870人。", "…，带\n动贫困户1143户。". '' otherwise."""
    line_end = start
    while line_end > 0 and text[line_end - 1] in " \t\u3000":
        line_end -= 1
    if line_end == 0 or text[line_end - 1] != "\n":
        return ""
    line_start = text.rfind("\n", 0, line_end - 1) + 1
    line = text[line_start : line_end - 1]
    if (
        line_start > 0
        and caption_line(line)
        and not re.search(r"\d", line)
        and COUNT_ENDS_ITS_CLAUSE.match(text, start)
    ):
        # "…脱贫46户" / a photo's caption / "173人，…": the layout set a caption between; a count
        # with its own words after it ("173人外出务工") opens a clause under a heading instead
        above_start = text.rfind("\n", 0, line_start - 1) + 1
        above = text[above_start : line_start - 1]
        if wrapped_line(above):
            return CLAUSE_END.split(above)[-1]
    if not wrapped_line(line):
        return ""
    return CLAUSE_END.split(line)[-1]


def _persons_of_households(text, unit, q, previous, previous_end) -> bool:
    """A count of persons joined by a mere 、 or 和 to a count of households before it, the
    households' noun maybe between ("22户贫困户，45人")."""
    households = previous.get("户", "")
    if unit not in ("人", "名") or not (
        households.endswith("_households") or households == "population"
    ):
        return False
    between = text[previous_end["户"] : q.context_start]
    between = between[len(counted_noun.noun_after_measure("户", between)) :]
    if re.fullmatch(r"[、，,和及共]?", between):
        return True
    # "还有12户尚未脱贫，涉及31人": a clause of their own that only counts them
    clause = re.split(r"[，,]", between)
    return (
        len(clause) == 2
        and not re.search(r"\d", between)
        and bool(PERSONS_INVOLVED.fullmatch(clause[1]))
    )


TOTAL_WORDS = r"共有|共计|合计|总计|共|计"  # words that total a count: "共1346人"
# A total of the persons alone after their households: "实现脱贫的有498户，共1346人".
THEIR_PERSONS_TOTAL = re.compile(rf"[，,]({TOTAL_WORDS})")
# the next item of a list, with its year: "2016年12个、2017年21个"
DIVISION_COUNTED = re.compile(r"(乡镇|乡|镇|街道|县市区|县区|县|区|市|州|盟|旗)")
LISTED_AFTER = re.compile(r"(?:、|和|及|以及)(?:(?:19|20)\d{2}年(?:底|末)?)?")
PERSONS_INVOLVED = re.compile(
    rf"(涉及|{TOTAL_WORDS})(贫困)?(人口|群众)?"
    r"|(人数|人口数)(为|是|达)?"  # "尚未脱贫的还有15168户，人数为6.59万人"
)


# A clause that names a kind of the poor the sentence counted before, by a relative clause
# alone: "…，其中有劳动能力的7352户，无劳动能力的3884户", "在这些贫困人口中，因病致贫的有2470人，
# 缺资金的有3900人".
KIND_OF_THEM = re.compile(r"[^\d，,；;。]{1,14}?的(有|为|是|共|计|达)?")
# ... not those a programme helped, which are its beneficiaries, nor those the register took in
# or out ("清退不符合条件的126户")
HELPED_KIND = re.compile(
    r"带动|享受|帮扶|扶持|通过|参与|受益|结对|吸纳|帮助|救助"
    r"|清退|剔除|退出|识别|纳入|新增|核减|调整|不符合|错评|漏评|返贫|脱贫|非|减少|增加|务工|在外"
)


def _a_kind_of_them(left: str) -> bool:
    left = left.strip()
    return KIND_OF_THEM.fullmatch(left) is not None and not HELPED_KIND.search(left)


def _bare(left: str) -> bool:
    """A clause that only names a place or subgroup before its number: '新房村2570人'."""
    left = left.strip()
    if not left:
        return True
    if ELLIPTIC.fullmatch(left) or REST_OF_THE_LIST.fullmatch(left):
        return True
    m = BARE_PLACE.fullmatch(left)
    return bool(m and m[1])


def _year(text: str, s_start: int, pos: int) -> int | None:
    # a yearbook's or a document's year in Chinese numerals ("二〇一六年") states it as well
    compared = compared_value_year(text, pos)
    if compared:
        return compared  # "较2014年的2380元": the value compared against, of that year
    stated = [(m.start(), int(m["y"])) for m in YEAR.finditer(text, s_start, pos)] + [
        (m.start(), int(m["y"].translate(CN_DIGITS))) for m in CN_YEAR.finditer(text, s_start, pos)
    ]
    stated += [(at, year) for at, _, year in plan_edges(text, s_start, pos)]
    # "较2019年增长35%": the year compared against is not the year of the figure, nor one of
    # the place's history in a clause of its own ("2001年撤县设市，辖12个乡镇")
    years = [
        (at, y)
        for at, y in stated
        if not BASELINE.search(text, max(s_start, at - 3), at)
        and not _history_clause(text, at, pos)
    ]
    if not years or YEARS_AGO.search(text, max(years)[0], pos):
        return None  # "2018年…，而5年前只有1668元": a time before the year, which gives none
    return max(years)[1]


def _history_clause(text: str, at: int, pos: int) -> bool:
    """A year that dates only its own clause (see timing), in a clause before the figure's."""
    return bool(SPAN_BREAK.search(text, at, pos)) and dates_its_clause_only(text, at)


def _implausible(value, unit: str, metric: str, code: str) -> bool:
    if (
        value is None
        or unit not in ("人", "户")
        or not metric.startswith(("poor_", "lifted_", "beneficiary_", "population"))
    ):
        return False
    limit = plausible_max(len(code))
    return value > (limit if unit == "人" else limit / 2)
