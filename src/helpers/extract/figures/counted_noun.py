"""What a count counts: the noun phrase its number quantifies, wherever the sentence puts it.

A count's metric follows from the noun it counts, not from a cue word next to the number. That
noun stands in one of three places:

- after the measure word, with qualifiers between: "210个未退出贫困村", "35个省定经济薄弱村";
- before the number, as the clause's subject, with a verb between: "贫困村从61个减少到21个",
  "贫困人口由2014年底的5.3万人减少到1.1万人";
- in the clause before, which sets up a set the count is drawn from: "全县贫困村中，某镇就有9个",
  or names it alone as the topic of the counts after it: "全市贫困人口，2014年末为47.6万人".

A poverty noun is composed, not listed phrase by phrase: any of `poverty_modifiers.txt` (贫困,
低收入, 建档立卡, 经济薄弱 …) followed by a head of `counted_heads.tsv` (村, 户, 农户, 人口 …),
with the qualifiers of `noun_qualifiers.txt` (省定, 未退出 …) allowed around the modifier.
"""

from __future__ import annotations

import functools
import re

from helpers.extract.figures.period import WHOLE
from helpers.extract.lexicon import alternation, load_table, load_words
from helpers.extract.text_units import COUNT_NUMBER

# The kind of thing a unit counts.
UNIT_KIND = {"个": "village", "户": "household", "人": "person", "名": "person"}
YEAR = re.compile(r"(?:19|20)\d{2}年?")
# A period named by a plan in quotes: "由“十二五”期间的".
QUOTED_PERIOD = re.compile(r"[“\"][^”\"]{1,8}[”“\"]")
# Time said without a year: "五年前", "3年前", "过去", "当时".
TIME_WORDS = re.compile(r"[\d一二两三四五六七八九十]+年(?:前|以前)|过去|以前|此前|当时|那时")
# A clause that sets up the set a later count is drawn from: "全县贫困村中，".
SET_UP = re.compile(r"(中|里|当中|之中)$")
# Levels of government that name a class of poor villages together: "市、县两级贫困村",
# "市区两级帮扶低收入村".
LEVELS = r"(?:[省市州县区乡镇]、?)+[省市州县区乡镇][两三四]级"
# The line that defines the class, its sum included: "1.2万名年人均收入低于4000元的贫困人口".
CRITERION = (
    r"[^\d，,。；;、：:“”\"！？!?（）()]{0,12}?(?:低于|高于|不足|不到|超过|少于)"
    r"[\d.]+万?元(?:以下|以上)?的"
)
# What may stand between a measure word and its noun besides the noun's own qualifiers: a short
# relative clause ending in 的 ("43个基础条件较差的经济薄弱村"), a plan's name in quotes
# ("30个“十四五”低收入村") or the levels that set the class (LEVELS). Not a bare phrase:
# "22个项目覆盖贫困村" counts projects. No digit or clause break inside: "11个乡的11个贫困村"
# counts townships, not villages.
BEFORE_NOUN = re.compile(
    # levels listed inside the clause are one phrase: "7个曾列入省、市名单的经济薄弱村"
    rf"(?:(?:[^\d，,。；;、：:“”\"！？!?（）()]|[“\"][^”\"\d]{{1,6}}[”\"]"
    rf"|[省市州县区乡镇](级|定)?、(?=[省市州县区乡镇](级|定)?(名单|认定|帮扶|贫困|重点)))"
    rf"{{1,14}}?的"
    rf"|[“\"][^”\"]{{1,8}}[”\"]|{LEVELS}"
    rf"|{CRITERION})?"
)
# (not 、, which lists counts of their own nouns: "深度贫困县11个、1118个贫困村")
COORDINATED_COUNT = re.compile(rf"^(和|及|与){COUNT_NUMBER}(余|多)?万?(余|多)?(?P<unit>[个户人名])")
# ... but not a place of another level: "12个乡镇的贫困村" counts townships.
OTHER_LEVEL = re.compile(r"(乡|镇|县|市|区|州|旗|盟)的?$")


@functools.cache
def _heads() -> dict[str, str]:
    return {row["head"]: row["kind"] for row in load_table("counted_heads")}


POVERTY_NOUNS = "poverty_modifiers"
DIVISION = "division"  # counted_heads.tsv: 乡镇, 县 … are places above a village
# Those paid a social-assistance benefit named by it: "低保对象36人", "五保户6户".
ASSISTED_NOUNS = "assistance_modifiers"


@functools.cache
def _poverty_noun(modifiers: str = POVERTY_NOUNS) -> re.Pattern[str]:
    """`(qualifier)* ((modifier)+ (qualifier)*)+ head`, the head's kind in a group named after
    it ("省定贫困村", "建档立卡重点贫困村"); the modifiers are the words of the list `modifiers`."""
    qualifier = f"(?:{alternation(load_words('noun_qualifiers'))})"
    modifier = f"(?:{alternation(load_words(modifiers))})"
    heads = _heads()
    # a division's head last: "贫困乡村" is villages, "贫困乡镇" a division
    kinds = sorted(set(heads.values()), key=lambda kind: (kind == DIVISION, kind))
    by_kind = "|".join(
        f"(?P<{kind}>{alternation(tuple(h for h in heads if heads[h] == kind))})" for kind in kinds
    )
    # 非贫困村 is the opposite of a poor village
    return re.compile(f"{qualifier}*(?<!非)(?:{modifier}+{qualifier}*)+(?:{by_kind})")


def composed_noun(kind: str, modifiers: str = POVERTY_NOUNS) -> str:
    """The pattern of a poor noun of one kind of head, its modifiers and its head only
    ("建档立卡户", "低收入农户" for "household"), for a count that stands right before it."""
    heads = _heads()
    modifier = f"(?:{alternation(load_words(modifiers))})"
    return f"{modifier}+(?:{alternation(tuple(h for h in heads if heads[h] == kind))})"


@functools.cache
def _links() -> re.Pattern[str]:
    return re.compile(f"(?:{alternation(load_words('subject_links'))})*")


def _kind(match: re.Match[str]) -> str:
    return next(kind for kind, text in match.groupdict().items() if text)


# A head of either kind: "扶贫对象两千余户", "扶贫对象5600人" (counted_heads.tsv: kind "either").
EITHER = "either"


def _fits(match: re.Match[str], kind: str | None) -> bool:
    """Whether a poverty noun is of the kind a unit counts."""
    found = _kind(match)
    return found == kind or (found == EITHER and kind in ("household", "person"))


def after_measure(unit: str, right: str, nouns: str = POVERTY_NOUNS) -> bool:
    """Whether the noun right after the measure word is a poverty noun of the unit's kind.

    >>> after_measure("个", "未退出贫困村实现脱贫")
    True
    >>> after_measure("个", "项目覆盖贫困村")
    False
    >>> after_measure("个", "基础较差的省定贫困村"), after_measure("个", "乡的3个贫困村")
    (True, False)
    """
    kind = UNIT_KIND.get(unit)
    # "退出1个和14个贫困村": the noun after the second count is the first's too
    coordinated = COORDINATED_COUNT.match(right)
    if coordinated and coordinated["unit"] == unit:
        right = right[coordinated.end() :]
    noun = _poverty_noun(nouns).match(right)
    if noun and _fits(noun, kind):
        return True
    between = BEFORE_NOUN.match(right)
    if not between.end() or OTHER_LEVEL.search(between.group()):
        return False
    noun = _poverty_noun(nouns).match(right, between.end())
    return bool(noun and _fits(noun, kind))


def counts_another_kind(unit: str, right: str, left: str = "") -> bool:
    """Whether the poverty noun right after the measure word, or the clause's subject right
    before the number, is of another kind than the unit counts: "1个贫困乡镇", "贫困县4个" are
    not villages.

    >>> counts_another_kind("个", "贫困乡镇摘帽"), counts_another_kind("个", "贫困村出列")
    (True, False)
    >>> counts_another_kind("个", "", "摘帽贫困乡镇"), counts_another_kind("个", "", "退出贫困村")
    (True, False)
    """
    kind = UNIT_KIND.get(unit)
    noun = _poverty_noun().match(right)
    if noun:
        return not _fits(noun, kind)
    if "分别" in left:
        return False  # "贫困村、贫困户分别为32个、2100户": each count has its listed noun
    before = list(_poverty_noun().finditer(left))
    return bool(
        before
        and not _fits(before[-1], kind)
        and _links().fullmatch(YEAR.sub("", left[before[-1].end() :]))
    )


def noun_after_measure(unit: str, right: str) -> str:
    """The poverty noun of the unit's kind right after the measure word ("贫困人口" of
    "1.5万人贫困人口"), '' when there is none: with the verb before the count it makes the
    phrase the cue lists name ("减少" + "贫困人口")."""
    noun = _poverty_noun().match(right)
    return noun.group() if noun and _fits(noun, UNIT_KIND.get(unit)) else ""


# What a count and its noun may describe with 的 that then acts on its own: a place or a body
# ("有215户贫困户的某乡如今…带动…"), not a thing done for them ("56户贫困户的危房改造"), nor a
# body their thing passes through, after a preposition ("300户贫困户的土豆经合作社收购").
ACTOR_AFTER_DE = re.compile(
    r"的(?:(?!经|被|由|通过|向|给)[\u4e00-\u9fff]){0,4}?"
    r"(村|乡|镇|县|区|社区|组|合作社|企业|公司|基地|车间)(?!民|委|干部)"
)


def modifies_next_noun(unit: str, right: str) -> bool:
    """Whether the count's poverty noun ends in 的 before a place or body, so that count and
    noun describe it, and its verbs are not the count's: "曾有86户贫困户的某乡如今带动…".

    >>> modifies_next_noun("户", "贫困户的某乡带动"), modifies_next_noun("户", "贫困户的危房改造")
    (True, False)
    """
    noun = _poverty_noun().match(right)
    return bool(
        noun and _fits(noun, UNIT_KIND.get(unit)) and ACTOR_AFTER_DE.match(right, noun.end())
    )


def subject_before(unit: str, left: str, nouns: str = POVERTY_NOUNS) -> bool:
    """Whether the clause's subject, before the number, is a poverty noun of the unit's kind,
    with only a verb, an adverb or a year between ("贫困人口已由2014年底的").

    >>> subject_before("人", "贫困人口已由2014年底的")
    True
    >>> subject_before("户", "贫困户发展产业，种植")
    False
    """
    kind = UNIT_KIND.get(unit)
    listed, respectively, _ = left.partition("分别")
    if respectively:
        # "贫困村、贫困户分别为32个、2100户": the listed noun of the count's kind
        return any(_fits(m, kind) for m in _poverty_noun(nouns).finditer(listed))
    found = [
        m
        for m in _poverty_noun(nouns).finditer(left)
        if _fits(m, kind) or (kind == "household" and m.group().endswith(POPULATION_HEAD))
    ]
    if not found:
        return False
    gap = QUOTED_PERIOD.sub("", YEAR.sub("", left[found[-1].end() :]))
    gap = WHOLE_PLACE.sub("", gap)  # "深度贫困村全乡共有4个": the place the noun's count covers
    if kind == "person":
        gap = HOUSEHOLDS_OF_THE_COUNT.sub("", gap)  # "贫困人口由…的221户1007人": its persons
    return bool(_links().fullmatch(gap))


WHOLE_PLACE = re.compile(f"^{WHOLE.pattern}")  # "全乡", "全县": the whole of a place
# The poor population is counted in households as well as persons: "贫困人口由…的221户1007人".
POPULATION_HEAD = "人口"
HOUSEHOLDS_OF_THE_COUNT = re.compile(rf"{COUNT_NUMBER}(余|多)?万?(余|多)?户$")


# A count designated as a class: "36个村被确定为经济薄弱村", "12个村认定为省级重点村", or said to
# be one: "5个村是省级重点村", "209个行政村中有164个是贫困村"; not one designated for its exit
# ("被确定为脱贫出列村").
DESIGNATED = re.compile(
    r"(村[^，,。；;]{0,6}?为|村?(是|属于)|被?(确定|认定|识别|列|评定)为?)"
    r"(?![^，,。；;]{0,8}?(退出|出列|摘帽|脱贫))[^，,。；;非]{0,8}?"
)


def designated(unit: str, right: str) -> bool:
    """Whether the count is designated as a poverty noun of its unit's kind after it.

    >>> designated("个", "村被确定为经济薄弱村"), designated("个", "村被确定为示范村")
    (True, False)
    >>> designated("个", "是贫困村"), designated("个", "村是全市的示范村")
    (True, False)
    """
    opening = DESIGNATED.match(right)
    if not opening:
        return False
    noun = _poverty_noun().search(right, opening.start(), opening.end() + MAX_NOUN_CHARS)
    return bool(noun and _fits(noun, UNIT_KIND.get(unit)))


MAX_NOUN_CHARS = 12


def noun_just_before(unit: str, left: str) -> int | None:
    """Where the poverty noun of the unit's kind that the clause ends with starts, with only
    links between it and the number ("包联贫困户41户"); None when the clause ends otherwise."""
    found = [m for m in _poverty_noun().finditer(left) if _fits(m, UNIT_KIND.get(unit))]
    if found and _links().fullmatch(left[found[-1].end() :]):
        return found[-1].start()
    return None


def nounless(left: str) -> bool:
    """Whether a clause says nothing but when and how before its number, so that the number
    counts the noun an earlier clause named: "而五年前只有", "2016年退出".

    >>> nounless("而2013年只有")
    True
    >>> nounless("新建厂房")
    False
    """
    bare = TIME_WORDS.sub("", YEAR.sub("", left.strip("，, ")))
    return bool(bare) and bool(_links().fullmatch(bare))


def set_up_before(unit: str, clause_before: str) -> bool:
    """Whether the clause before ends by setting up a set of poverty nouns of the unit's kind
    that this count is drawn from ("全市经济薄弱村中").

    >>> set_up_before("个", "全省深度贫困村中")
    True
    """
    clause_before = clause_before.rstrip("，, ")
    if not SET_UP.search(clause_before):
        return False
    nouns = list(_poverty_noun().finditer(clause_before))
    return (
        bool(nouns)
        and _fits(nouns[-1], UNIT_KIND.get(unit))
        and (len(clause_before) - nouns[-1].end() <= 4)
    )


def classed_before(unit: str, clause_before: str) -> bool:
    """Whether the clause before is a relative clause without its noun that names the class the
    count is drawn from by a verb of classing ("被确定为省定经济薄弱村的，全镇就占了9个",
    "纳入低收入农户管理系统的，共有9863户").

    >>> classed_before("个", "被确定为省定经济薄弱村的")
    True
    >>> classed_before("户", "帮扶贫困户的")
    False
    """
    clause_before = clause_before.rstrip("，, ")
    if not clause_before.endswith("的"):
        return False
    nouns = [m for m in _poverty_noun().finditer(clause_before) if _fits(m, UNIT_KIND.get(unit))]
    if not nouns:
        return False
    after_noun = clause_before[nouns[-1].end() : -1]
    classed = CLASSED_AS.search(clause_before[: nouns[-1].start()])
    return (
        bool(classed)
        # not those left out of it: "未纳入…的", "未被确定为…的", "不再认定为…的"
        and not NOT_CLASSED.search(clause_before[: classed.start()])
        # a class of those that left poverty is no class of the poor: "被确定为脱贫出列村的"
        and not EXITED.search(clause_before[classed.end() :])
        and len(after_noun) <= CLASS_TAIL_CHARS
        and not any(ch.isdigit() for ch in clause_before)
    )


# The verbs that put a village, a household or a person in a class: "确定为", "纳入".
CLASSED_AS = re.compile(r"确定为|认定为|识别为|评定为|(?<![规指])定为|列为|列入|纳入")
NOT_CLASSED = re.compile(r"(未|没有?|不再|不|应|尚未)被?$")
# What the class's noun may name after it, a register or a list: "…农户动态管理系统的",
# "…贫困村名单的"; a longer tail is a clause of its own.
CLASS_TAIL_CHARS = 8
EXITED = re.compile(r"脱贫|出列|退出|摘帽|销号")


def topic_before(unit: str, clause_before: str, left: str) -> bool:
    """Whether the clause before names nothing but a poverty noun of the unit's kind, as the
    topic of the counts that follow, and this clause says only when and how before its number:
    "全市在册的贫困人口，2014年末为47.6万人".

    >>> topic_before("人", "全市在册的贫困人口", "2014年末为")
    True
    >>> topic_before("人", "贫困人口减少了1.2万人", "2019年末为")
    False
    """
    # (or the noun and the side of it the counts speak of: "贫困村退出方面，2016年退出9个")
    topic = ASPECT.sub("", clause_before.rstrip("，, "))
    if not nounless(left):
        return False
    nouns = list(_poverty_noun().finditer(topic))
    if not nouns or not _fits(nouns[-1], UNIT_KIND.get(unit)) or nouns[-1].end() != len(topic):
        return False
    # a count of the noun itself ("有11个…的经济薄弱村，已有9个提前达标") or none: not a count
    # of another noun before it ("贫困人口减少了1.2万人"); a sum that bounds the class is no
    # count ("家庭人均年收入8000元以下的低收入农户，已由…")
    topic = INCOME_BOUND.sub("", topic)
    return not any(ch.isdigit() for ch in topic) or bool(COUNT_OF_THE_NOUN.search(topic))


ASPECT = re.compile(r"(退出|出列|脱贫|减贫|摘帽)?(方面|情况)$")
INCOME_BOUND = re.compile(
    r"(低于|高于|不足|不到|超过|少于)[\d.]+[万千]?元(以下|以上|以内)?的?"
    r"|[\d.]+[万千]?元\s*([(（]含[)）])?\s*(以下|以上|以内)的?"
)


# "有11个今年要完成任务的经济薄弱村": a count, then words without a number, then its noun
COUNT_OF_THE_NOUN = re.compile(r"[\d.]+万?[个户人名][^\d，,。；;]*$")


# The words of a list's item before its count: when, the whole place, a plan, a verb of the
# list's topic ("2016年退出1个", "全县共有91个", "今年计划退出45个", "剩余14个").
ITEM_WORDS = re.compile(
    r"(?:(?:19|20)\d{2}年(?:度|底|末|初)?|今年|去年|前年|当年|明年|目前|年底|全(?:县|市|区|旗|乡|镇|村)"
    r"|计划|预计|拟|将|要|全部|分别|已|共有|共|有|还有|尚有|剩余|剩下|退出|出列|摘帽|脱贫|减少"
    r"|年内|达标|全年|完成|实现|消薄|脱薄)*"
)
# A clause of time alone before the list's counts: "精准识别以来", "2014年底时".
TIME_CLAUSE = re.compile(r"^[^\d，,。；;]{0,10}(以来|之后|以后|时|期间)$")


def listed_under(unit: str, before: str, left: str) -> bool:
    """Whether a count is an item of a list whose topic a colon introduced, a poverty noun of the
    count's kind, each item saying only when and how ("全县贫困村按年度退出：2016年退出1个，
    2017年退出15个；剩余15个于今年全部退出", a heading's "贫困村情况：全县共有91个，…").

    >>> listed_under("个", "全县贫困村按年度退出：2016年退出1个，", "2017年退出")
    True
    >>> listed_under("个", "帮扶单位情况：", "全县共有")
    False
    """
    text = before + left
    colon = max(text.rfind("："), text.rfind(":"))
    if colon < 0:
        return False
    topic = re.split(r"[，,；;。！？!?\n]", text[:colon])[-1]
    nouns = [m for m in _poverty_noun().finditer(topic) if _fits(m, UNIT_KIND.get(unit))]
    if not nouns:
        return False
    *earlier, own = re.split(r"[，,；;]", text[colon + 1 :])
    return ITEM_WORDS.fullmatch(own.strip()) is not None and all(
        _item(clause, unit) for clause in earlier
    )


def _item(clause: str, unit: str) -> bool:
    clause = clause.strip()
    count = re.search(rf"[\d.]+万?{unit}", clause)
    if count is None:
        return bool(TIME_CLAUSE.match(clause))
    return ITEM_WORDS.fullmatch(clause[: count.start()]) is not None


# A definition in brackets after a topic's noun: "经济薄弱村（年经营性收入低于10万元）".
BRACKETED = re.compile(r"[（(][^（）()]*[）)]")


def topic_chain(unit: str, before: str, left: str) -> bool:
    """Whether a count is one of a chain of counts that each say only when and how, after a
    clause that names nothing but a poverty noun of the count's kind as their topic ("年初确定的
    经济薄弱村，全县共87个，今年已摘帽79个，剩余8个…").

    >>> topic_chain("个", "确定的经济薄弱村，全县共87个，", "今年已摘帽")
    True
    >>> topic_chain("个", "确定的经济薄弱村，新建项目12个，", "今年已完成")
    False
    >>> topic_chain("个", "省定经济薄弱村37个，", "年内达标退出")
    True
    """
    if ITEM_WORDS.fullmatch(left.strip()) is None:
        return False
    clauses = re.split(r"[，,；;]", BRACKETED.sub("", before).rstrip("，,；; "))
    while clauses and re.search(rf"[\d.]+万?{unit}", clauses[-1]):
        if not _item(clauses[-1], unit):
            # ... or the topic with its total first: "省定经济薄弱村37个，年内达标退出21个"
            return _topic_with_its_total(unit, clauses[-1].strip())
        clauses.pop()
    if not clauses:
        return False
    topic = clauses[-1].strip()
    nouns = [m for m in _poverty_noun().finditer(topic) if _fits(m, UNIT_KIND.get(unit))]
    return (
        bool(nouns)
        and nouns[-1].end() == len(topic)
        and not any(c.isdigit() for c in topic)
        # "新识别的贫困户，…", "结对帮扶的贫困户，…": a flow or those helped, not the class
        and not FLOW_VERB.search(topic[: nouns[-1].start()])
    )


# A flow told before the noun makes the clause an item of its own, not a topic: "2014年减少贫困人口
# 1.12万人，2015年减少1.48万人".
FLOW_VERB = re.compile(
    r"减少|脱贫|退出|出列|摘帽|新增|增加|识别|清退|纳入|带动|帮扶|覆盖|结对|包联"
)


def _topic_with_its_total(unit: str, clause: str) -> bool:
    """Whether a clause names a poverty noun of the count's kind and its total, and nothing
    after the total: "省定经济薄弱村37个"."""
    count = list(re.finditer(rf"[\d.]+\s*万?(余|多)?\s*{unit}", clause))
    if not count or count[-1].end() != len(clause):
        return False
    prefix = clause[: count[-1].start()].rstrip()
    at = noun_just_before(unit, prefix)
    # its time may stand before it: "2017年初全县有经济薄弱村98个"
    timeless = re.sub(r"(19|20)\d{2}\s*年(初|底|末)?", "", prefix)
    return at is not None and not FLOW_VERB.search(prefix[:at]) and not re.search(r"\d", timeless)


def counts_poverty_noun(
    unit: str, left: str, right: str, clause_before: str = "", before: str = ""
) -> bool:
    """Whether a count in `unit` counts poor villages, households or persons, by its noun."""
    if unit not in UNIT_KIND:
        return False
    return (
        after_measure(unit, right)
        or _listed_before_the_noun(unit, left, right)
        or subject_before(unit, left)
        or set_up_before(unit, clause_before)
        or (COUNT_ENDS.match(right) is not None and classed_before(unit, clause_before))
        or topic_before(unit, clause_before, left)
        or listed_under(unit, before, left)
        or (COUNT_ENDS.match(right) is not None and topic_chain(unit, before, left))
    )


# A count with no noun of its own after it: "…，剩余8个将于年底前完成" (not "1343个村").
COUNT_ENDS = re.compile(r"^($|[，,；;。、）)]|将|于|已|全部|都|均|要|可)")


# Counts listed bare, the noun after the last of them: "分别有6个、9个、14个深度贫困村". Not a
# count with its own noun before it: "深度贫困县11个、1118个贫困村".
BARE_COUNT_LIST = re.compile(rf"^(?:、{COUNT_NUMBER}(余|多)?万?(余|多)?(?P<unit>[个户人名]))+")
NO_NOUN_BEFORE = re.compile(
    rf"(分别|分别有|有|为|是|共|共有|达到?|各|{COUNT_NUMBER}(余|多)?万?(余|多)?[个户人名]、)$"
)


def _listed_before_the_noun(unit: str, left: str, right: str) -> bool:
    listed = BARE_COUNT_LIST.match(right)
    return bool(
        listed
        and listed["unit"] == unit
        and NO_NOUN_BEFORE.search(left)
        and after_measure(unit, right[listed.end() :])
    )


def counts_assisted(unit: str, left: str, right: str) -> bool:
    """Whether a count in `unit` counts households or persons paid a social-assistance benefit,
    named by it after the measure word or as the clause's subject.

    >>> counts_assisted("人", "全乡低保对象共", ""), counts_assisted("户", "", "五保户集中供养")
    (True, True)
    """
    return after_measure(unit, right, ASSISTED_NOUNS) or subject_before(unit, left, ASSISTED_NOUNS)
