"""The number grammar: every quantity with a unit, with its qualifier, range and exact span."""

from __future__ import annotations

import functools
import itertools
import re
from dataclasses import dataclass

from helpers.extract.figures.counted_noun import composed_noun
from helpers.extract.lexicon import REGISTERED, alternation, load_table, load_words
from helpers.extract.numbers import (
    CHINESE_NUMERALS,
    adjacent_range,
    parse_arabic,
    parse_chinese,
    scale_of,
    tidy,
)
from helpers.extract.text_units import caption_line, wrapped_line

# Units live in data/dictionaries/units.tsv: spelling, normalised unit, factor, and which
# numeral forms may carry them.
UNIT_ROWS = load_table("units")
# Unit as written -> (normalised unit, factor). Longest spellings first in UNIT_PATTERN.
SCALE_CHARS = frozenset("十百千万亿")  # the characters of a scale group
UNITS = {r["spelling"]: (r["unit"], int(r["factor"])) for r in UNIT_ROWS}
UNIT_PATTERN = "|".join(sorted(map(re.escape, UNITS), key=len, reverse=True))
# Units a Chinese numeral may carry in a report; elsewhere "两头", "十里", "三星" are words.
CHINESE_OK = frozenset(r["unit"] for r in UNIT_ROWS if r["chinese"] == "yes")
# "万亩", "千名", "百余人": a lone scale character before the unit.
BARE_SCALE_OK = frozenset(r["unit"] for r in UNIT_ROWS if r["bare_scale"] == "yes")
# Counted things a Chinese numeral may carry when it has a scale character: "三千头" is a herd,
# "两头" is not a number.
CHINESE_SCALED_OK = frozenset(r["unit"] for r in UNIT_ROWS if r["chinese"] == "scaled")
NUM_AR = r"\d+(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
NUM_CN = r"[零〇一二两三四五六七八九十百千万亿]+"
LEAD_QUALIFIERS = {
    "约": "about",
    "近": "about",
    "大约": "about",
    "将近": "about",
    "接近": "about",
    "超过": "over",
    "逾": "over",
    "多达": "over",
    "不少于": "over",
    "至少": "over",
    "不低于": "over",
    "不足": "under",
    "不超过": "under",
    "最多": "under",
    "不到": "under",
    "少于": "under",
    "低于": "under",
}
TAIL_QUALIFIERS = {
    "以上": "over",
    "出头": "over",  # "一个月3000块出头"
    "来": "about",  # "挣了4万来块"
    "多": "over",
    "余": "over",
    "以下": "under",
    "左右": "about",
    "上下": "about",
}
LEAD_PATTERN = "|".join(sorted(LEAD_QUALIFIERS, key=len, reverse=True))
# The patterns below open with an optional lead qualifier, then a number. This lookahead on the
# characters they can open with lets the regex engine pass over other positions ~4x faster.
NUMBER_START = (
    rf"(?=[\d{re.escape(''.join(sorted({lead[0] for lead in LEAD_QUALIFIERS})))}"
    rf"{NUM_CN[1:-2]}])"
)
# "约1800元", "2400多万元", "30余万株", "12万多名", "3000—3500斤", "3至5万元", "六大类", "3%以下"
QUANTITY = re.compile(
    rf"""
    {NUMBER_START}
    (?P<lead>{LEAD_PATTERN})?
    (?:(?<![\d.第])(?P<wan>\d+)(?P<wanscale>万|亿)(?=\d{{1,4}}[千百]))?  # "3万4千人": one number
    (?<![\d.第])(?<!\d,)(?<!\d[-/])(?<!\d\x20)     # not in a date (2021-05-17), nor the
    (?P<num>{NUM_AR}|{NUM_CN})                   # last group of "12 500" (thousands apart)
    (?P<q1>多|余)?
    (?P<scale>[十百千万亿]{{0,2}}?)            # lazy: "14.4千米" is 公里, not 千 + 米
    # spoken, about: "4万来块", "10来家"
    (?P<q2>多|余|来(?=块|元|斤|个|人|户|亩|头|只|名|家|间|座|吨|公斤|株|棵|公顷))?
    (?:(?P<dash>—|–|-|~|～|至|到)(?P<num2>{NUM_AR}|{NUM_CN})(?P<scale2>[十百千万亿]{{0,2}})
       (?P<q3>多|余)?)?                           # "5至10余户": the range's upper end rounded
    (?P<da>大)?
    (?P<space>\x20)?                          # "37 %": a space only before %
    (?P<unit>{UNIT_PATTERN})
    (?P<tail>以上|以下|左右|上下|多|余|出头)?
""",
    re.X | re.I,
)
# What a Chinese-numeral count of 个 lists rather than counts: 三个方面, 四个环节, 五个坚持 (not
# 五个重点村, 千余个重点贫困村: villages).
LISTED_POINTS = re.compile(
    r"^(方面|层面|环节|步骤|阶段|原则|重点(?![^，,。；;]{0,4}?[村户乡镇县])|坚持|到位|结合|一|不|字|意识|必须|聚焦|统筹"
    r"|观点|要点|特点|难题)"
)
# ... and in digits, only the nouns that never name a thing counted ("15个重点贫困村" counts).
LISTED_POINTS_IN_DIGITS = re.compile(r"^(方面|层面|环节|步骤|原则|要点|特点|观点)")
MAX_LISTED_POINTS = 20
# Units a bare 百/千/万 counts when a qualifier rounds it: "近千家企业", "百余户".
QUALIFIED_SCALE_OK = frozenset("户家个所座头只套间")
# Time counted in Chinese numerals with 个 (五个白天, 两个多小时): a duration, not a figure.
CN_DURATION = re.compile(r"^多?(白天|晚上|夜晚|小时|钟头|月|多月|星期|礼拜|昼夜|日日夜夜)")
# Counting aloud: "1头、2头、3头……"
COUNTING_ALOUD = re.compile(r"(?<![\d.])1(?P<u>\S{1,2})、2(?P=u)、3(?P=u)")
# "1500/亩", "800元/人/年": rates per unit.
RATE = re.compile(
    rf"""
    {NUMBER_START}(?P<lead>{LEAD_PATTERN})?
    (?<![\d.])(?<!\d,)(?P<num>{NUM_AR})(?P<scale>[万千]?)(?P<unit>元)?   # 800元, 1.5万
    /(?P<per>亩|人|户|年|月|天|斤|公斤|吨|平方米|头|只|株)                # /人
    (?:/(?P<per2>年|月|天))?                                               # /年
    """,
    re.X,
)
RATE_TAIL = re.compile(r"/(亩|人|户|年|月|天|斤|公斤|吨|平方米|头|只|株)")
# "注入50万启动股金": 万 with no unit, read as money only when the clause is about money.
BARE_MONEY = re.compile(
    rf"""
    (?<![\d.])(?<!\d,)(?<!\d\x20)(?P<num>{NUM_AR})  # 50, not the 0 of 1.50, 1,500 or 1 500
    (?P<q>多|余)?(?P<scale>[万亿])            # 50万, 30余万
    (?!(?:{UNIT_PATTERN})(?![金本])|[\d多余])  # no unit follows ("86万股金", "5万本金" are money)
    """,
    re.X,
)
MONEY_WORDS = re.compile(f"({alternation(load_words('money_words'))})")
# "贫困人口由58.17万减少到26.96万": 万 with no unit, counting the people or households the
# clause named before it (with no other number between).
COUNTED_BEFORE = re.compile(
    r"""
    (?P<noun>人口|群众|农民|村民|居民|劳动力|农户|户)
    (?:[^，,；;。！？\d]|(?:19|20)\d{2}年|\d+(?:\.\d+)?[万亿])*$    # words, years, the count before
    """,
    re.X,
)
# "带动1.5万贫困人口", "帮助3000余名"-less counts: a number whose 人 is the noun that follows;
# "22.23万贫困户", "3000余农户": one whose 户 is. One pattern for both, one pass over the text:
# a number followed by one noun cannot be followed by the other. Besides the words listed, a
# poor noun as counted_noun composes it: "9.86万建档立卡户", "2.3万低收入农户", "1.1万经济薄弱户".
IMPLICIT_UNIT = re.compile(
    rf"""
    {NUMBER_START}
    (?P<lead>{LEAD_PATTERN})?
    (?<![\d.第])(?<!\d,)(?<!\d[-/])(?<!\d\x20)     # not in a date (2021-05-17), nor the
    (?P<num>{NUM_AR}|{NUM_CN})                   # last group of "12 500" (thousands apart)
    (?P<q1>多|余)?(?P<scale>[十百千万亿]{{0,2}})(?P<q2>多|余)?
    (?=(?P<persons>{REGISTERED}(贫困|困难|低收入|易地搬迁|搬迁)?
       (结对|帮扶|驻村|包村|包联|扶贫|机关)*                # "16.3万结对帮扶干部"
       (人口|群众|村民|农民|劳动力|居民|党员干部|干部|党员|农牧民|牧民|蚕农|果农|菜农|职工)
       |{composed_noun("person")})
      |(?P<households>{REGISTERED}(贫困|困难|低收入|脱贫|搬迁)户|农户|贫困家庭
       |{composed_noun("household")}))
""",
    re.X,
)
# "占总数的1/2" -> 50 %: a fraction after a word of share, never a date such as 6/28.
# "占1/3", "的1/2": a share; also a few characters after 占 ("占全省1/3"). A bare "3/4" may be
# a date.
FRACTION = re.compile(r"(?<![\d/.])(?P<a>\d{1,2})/(?P<b>\d{1,2})(?![\d/])")
FRACTION_BEFORE = re.compile(r"[占的为达约近]$|占[\u4e00-\u9fff]{1,6}$")
# ... or a small fraction that quantifies a noun after it ("有1/3的村属于…", "1/5以上的农户"):
# a day of the month after 的 would need its month before the day
FRACTION_OF_NOUN = re.compile(r"(以上|左右|多)?的")
FRACTION_OF_NOUN_MAX = 10  # the denominators of shares said this way: 1/2 … 1/10
DATE_BEFORE = ("在", "于", "从", "至", "到")  # "在3/5的会议上": a day, not a share
# "总人口35万", "人口约2.6万": a population whose 人 is implied by 人口 just before it.
POPULATION_BARE = re.compile(
    rf"""
    人口(总数)?(约|近|达|为|有|共|共计|达到)?
    (?<![\d.])(?P<num>{NUM_AR})(?P<q1>多|余)?(?P<scale>[万亿])(?P<q2>多|余)?(?!{UNIT_PATTERN}|[\d多余])
""",
    re.X,
)
# "百分之三十" -> 30 %
PERCENT_CN = re.compile(rf"百分之(?P<num>{NUM_CN}|{NUM_AR})")
# "三成", "六成以上", "七成左右": tenths said with 成 -> 30 %, 60 %, 70 % (not a word that holds
# 成: "一成不变", "八成是", "七成熟")
TENTHS = re.compile(
    r"(?<![一二三四五六七八九十百千万两])(?P<num>[一二三四五六七八九])成(?P<tail>以上|左右|多)?"
    r"(?=[，,。；;、的）)”\s]|$)"
)
# ... or before the noun it is a share of, after a word of how much: "近七成贫困户", "超过六成县域"
# (not "八成是", "七成熟")
TENTHS_OF_A_NOUN = re.compile(
    r"(?:(?<=近)|(?<=约)|(?<=超过)|(?<=将近)|(?<=接近)|(?<=占)|(?<=达到))"
    r"(?P<num>[一二三四五六七八九])成(?P<tail>以上|左右|多)?(?=[\u4e00-\u9fff])(?![是熟的]|以上|左右|多)"
)
# ... or with its bound before the noun: "六成以上耕地为坡地"
TENTHS_BOUND_BEFORE_A_NOUN = re.compile(
    r"(?<![一二三四五六七八九十百千万两])(?P<num>[一二三四五六七八九])成(?P<tail>以上|左右)"
    r"(?=[\u4e00-\u9fff])(?!的)"
)
TENTHS_TAIL = {"以上": "over", "多": "over", "左右": "about"}
# "按照7:3比例分红" -> 70 % and 30 %
RATIO = re.compile(
    r"""
    (?<![\d.:])(?P<a>\d{1,2})\s*[:：]\s*(?P<b>\d{1,2})(?![\d:])   # 7:3, not a clock time 10:30:15
    (?=[^，,。；;]{0,4}(比例|比|分配|分成|分红))                  # a split: 比例, 分红
    """,
    re.X,
)
# Digits destroyed by mojibake: "总人口?.6万" -> a population whose leading digit is lost.
MOJIBAKE_NUMBER = re.compile(r"\?+(?P<rest>\.\d+[万亿]?|\d*[万亿])")
# After a year's number: a date (2019年底), a time back or on (3年前, 5年后), a grade or a
# generation; "3年来", "5年内" are durations, figures like "连续4年".
YEAR_FOLLOWERS = re.compile(r"^(底|末|初|度|前|后|级|代)")


@dataclass(slots=True)
class Quantity:
    """One stated quantity; start/end span the raw text (leading qualifiers excluded)."""

    start: int
    end: int
    value: float | None
    value_high: float | None
    unit: str
    qualifier: str
    context_start: int
    digits: str = ""  # plain digit run as written, for the fused-number check
    # tuples, one shared empty one by default: a yearbook has 600,000 quantities, most with
    # neither, and two empty lists apiece were 75 MB of its peak
    flags: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()
    metric: str = ""  # preset by patterns that know it (ratio shares)
    whole_at: int = -1  # where the whole it is part of starts (a table's total row), else -1
    row_year: int | None = None  # the year of a table's row it is a cell of ("2016 11245 …")


def find_quantities(text: str, skip: list[tuple[int, int]] = ()) -> list[Quantity]:
    """Every quantity in `text` outside the `skip` spans (slogans), in text order."""
    blocked = _mask(len(text), skip)
    found: list[Quantity] = []
    for m in QUANTITY.finditer(text):
        q = _from_match(text, m)
        if q and not any(blocked[q.start : q.end]):
            found.append(q)
    taken = _mask(len(text), [(q.start, q.end) for q in found])
    for finder in (
        _rates,
        _bare_money,
        _implicit_counts,
        _population_bare,
        _fractions,
        _percent_words,
        _tenths,
        _ratios,
        _mojibake,
        _wrapped_units,
    ):
        for q in finder(text):
            if not any(blocked[q.start : q.end]) and not any(taken[q.start : q.end]):
                found.append(q)
    taken = _mask(len(text), [(q.start, q.end) for q in found])
    for q in _bare_counts(text):  # last: 人口35万 is the population pattern's
        if not any(blocked[q.start : q.end]) and not any(taken[q.start : q.end]):
            found.append(q)
    aloud = _mask(len(text), (m.span() for m in COUNTING_ALOUD.finditer(text)))
    found = [q for q in found if not aloud[q.start]]
    found = sorted(found, key=lambda q: (q.start, q.end))
    for q in found:
        if q.unit == "块" and _spoken_money(text, q):
            q.unit = "元"
            q.notes += ("块 said for 元",)
    return _ranges_with_both_units(text, found)


# "一个月就有2500块", "挣不到3000块", "多卖两块钱": 块 said for 元, where no noun but money follows
# it (3块地 counts plots) and the clause speaks of money or the sum is one
MONEY_NOUN_AFTER = re.compile(r"钱|分红|工资|工钱|收入|租金|奖金")  # "一年还有3000块分红"
MONEY_SAID = re.compile(r"挣|赚|收入|工资|工钱|月薪|年薪|分红|补贴|奖励|卖|花|租金|拿|领|到手|存")
SPOKEN_SUM = 100
CLAUSE_BACK = 20


def _spoken_money(text: str, q: Quantity) -> bool:
    after = text[q.end : q.end + 1]
    if after and "\u4e00" <= after <= "\u9fff" and not MONEY_NOUN_AFTER.match(text, q.end):
        return False
    clause = re.split(r"[，,。；;！？!?\n“”]", text[max(0, q.start - CLAUSE_BACK) : q.start])[-1]
    return bool(MONEY_SAID.search(clause)) or (q.value or 0) >= SPOKEN_SUM


# A range that writes its unit twice, "250元至300元", "5000元到2万元不等": one quantity from the
# lower to the upper bound, as "250至300元" is. 到 also says a change ("从5万元到20万元" is
# before and after): it makes a range only before 不等.
RANGE_BETWEEN = re.compile(r"[至~～—–\-－]")
UNEVEN_AFTER = re.compile(r"不等")


def _ranges_with_both_units(text: str, found: list[Quantity]) -> list[Quantity]:
    merged: list[Quantity] = []
    for q in found:
        low = merged[-1] if merged else None
        if (
            low is not None
            and low.unit == q.unit
            and low.value_high is None
            and q.value_high is None
            and low.value is not None
            and q.value is not None
            and low.value < q.value
            and _range_mark(text, low, q)
        ):
            low.value_high, low.end = q.value, q.end
            low.notes += ("a range with its unit written at both bounds",)
            continue
        merged.append(q)
    return merged


def _range_mark(text: str, low: Quantity, high: Quantity) -> bool:
    between = text[low.end : high.start]
    if RANGE_BETWEEN.fullmatch(between):
        return not FROM_BEFORE.search(text, max(0, low.context_start - 1), low.context_start)
    return between == "到" and bool(UNEVEN_AFTER.match(text, high.end))


FROM_BEFORE = re.compile(r"[从由]$")  # "从5万元至20万元": a change, whatever joins it


def _mask(n: int, spans) -> bytearray:
    """One byte per character, 1 inside any span: 13 MB for a 40 MB file, not a list's 104 MB."""
    mask = bytearray(n + 1)
    for s, e in spans:
        s, e = max(0, s), min(n, e)
        if e > s:
            mask[s:e] = b"\x01" * (e - s)
    return mask


def _value(num: str) -> float | None:
    if num[0].isdigit():
        return parse_arabic(num)
    v = parse_chinese(num)
    return None if v is None else float(v)


# A lone 万/千/亿 before 元 is an amount ("年入万元", "增收千元", "近亿元") unless indefinite
# (数万元, 上万元), a ranking term (万元户, 亿元村: earning that much) or part of a larger numeral.
# A bare 万元 after a numeral is part of a larger number, after 数/几/上/成 an indefinite amount;
# after 超, 过, 逾 or 近 it is 10,000 元 with a bound ("收入超万元").
BARE_MONEY_BEFORE = re.compile(r"[\d数几上成十百千万亿两一二三四五六七八九〇零]$")
# 万元户, 亿元村, 亿元项目: ranks and classes by earnings or size, not amounts
BARE_MONEY_AFTER = re.compile(r"^(户|村|镇|乡|县|级|钱|项目|产业|企业|工程)")
# "支援某县资金万元": the sum's digits lost from the page (a noun of money names no amount, where
# "年入万元", "收入过万元" do)
DIGITS_LOST_BEFORE = re.compile(r"(资金|经费|款项|金额)$")
# A lone 亿元 is an amount only with its bound before it: "近亿元", "超亿元", "过亿元".
OVER_BEFORE = ("超", "过", "逾")
BOUND_BEFORE = ("近", *OVER_BEFORE)


def _bare_money_amount(text: str, m: re.Match) -> bool:
    """Whether "万元" standing alone is the amount 10,000 元 (see BARE_MONEY_BEFORE)."""
    return (
        m["num"] in "千万亿"
        and not m["scale"]
        # across spaces and a line break: "达到3\n万元" is 3万元 wrapped, not 万元 alone
        and not BARE_MONEY_BEFORE.search(
            text[max(0, m.start("num") - 4) : m.start("num")].rstrip(" \t\u3000\n")
        )
        and not BARE_MONEY_AFTER.match(text[m.end("unit") : m.end("unit") + 2])
        and not (
            DIGITS_LOST_BEFORE.search(text, max(0, m.start("num") - 2), m.start("num"))
            and not (m["q1"] or m["q2"])  # "资金万余元" is an amount, rounded
        )
        and (m["num"] != "亿" or text[max(0, m.start("num") - 1) : m.start("num")] in BOUND_BEFORE)
    )


# Spoken money: "块" after earning or spending words is 元 ("挣了3000块", "一年能赚1万多块"), when
# nothing it counts follows ("补贴了2块菜地", "卖了200块砖" count pieces).
KUAI_AS_MONEY = re.compile(
    r"(收入|挣|赚|卖|花|工资|收益|分红|拿到|领到|补贴|收|多了)了?[^，,。；;\d]{0,2}$"
)
KUAI_ENDS_THE_AMOUNT = re.compile(r"$|[，,。；;！？!?”’」）)\s]|多|左右|钱|的(收入|工资)")
# What stands right after a unit that makes the match a word, not a count: 人民, 名单, 股东.
NOT_A_COUNT_AFTER = {
    "口": "子",  # 两口子: a married couple
    "例": "如",  # 例如: for example
    "人": "民单称义誉次员士",
    "名": "民单称义誉次员士列",  # 名列: ranks
    "股": "东份民权金本票",
}


AFTER_UNIT_CHARS = 8  # what a unit's next words are read in: "千余个重点贫困村" holds its 村


def _from_match(text: str, m: re.Match) -> Quantity | None:
    """The quantity a QUANTITY match states, or None when the match is not one (a date, a
    word such as 人民 or 三个方面, a rate that _rates reads whole)."""
    num, unit_raw = m["num"], m["unit"].lower()
    chinese = not num[0].isdigit()
    unit, factor = UNITS.get(unit_raw, UNITS.get(m["unit"], (m["unit"], 1)))
    if m["space"] and unit != "%":
        return None
    value, adjacent_high = _value(num), None
    if value is None and chinese and not m["num2"]:
        value, adjacent_high = adjacent_range(num) or (None, None)
    if value is None:
        return None
    after = text[m.end("unit") : m.end("unit") + AFTER_UNIT_CHARS]
    if _not_a_quantity(text, m, num, unit, unit_raw, value, after):
        return None
    if unit == "个" and re.match(r"^(贫困户|农户|户|家庭)", after):
        unit = "户"
    if (
        unit == "块"
        and KUAI_AS_MONEY.search(text, max(0, m.start() - 8), m.start())
        and KUAI_ENDS_THE_AMOUNT.match(text, m.end())
    ):
        unit = "元"  # "一年能赚1万多块。": 块 is spoken 元 after a word of money
    scale = scale_of(m["scale"]) if m["scale"] else 1
    if m["wan"]:  # "3万4千": the 万 part added to the 千 part
        value += int(m["wan"]) * scale_of(m["wanscale"]) / scale
    high = None
    if m["num2"]:
        high = _value(m["num2"])
        if high is None:
            return None
        scale2 = scale_of(m["scale2"]) if m["scale2"] else scale
        if not m["scale"]:
            scale = scale2
        high = tidy(high * scale2 * factor)
        if high <= value * scale * factor:
            return None
    elif adjacent_high is not None:
        high = tidy(adjacent_high * scale * factor)
    qualifier = LEAD_QUALIFIERS.get(m["lead"] or "", "")
    for q in (m["q1"], m["q2"], m["q3"], m["tail"]):
        qualifier = qualifier or TAIL_QUALIFIERS.get(q or "", "")
    just_before = text[max(0, m.start("num") - 1) : m.start("num")]
    bounded_bare = num in ("千", "万", "亿") and just_before in OVER_BEFORE
    if unit_raw == "个多月" or bounded_bare:
        qualifier = qualifier or "over"  # "2个多月"; "超万元", "逾万元": more than 10,000 元
    start = m.start("wan") if m["wan"] else m.start("num")
    end = m.end("tail") if m["tail"] else m.end("unit")
    digits = (
        num
        if num.isdecimal()  # \d+: decimal digits only
        and not (m["q1"] or m["q2"] or m["scale"] or m["tail"] or m["num2"] or m["wan"])
        else ""
    )
    return Quantity(
        start=start,
        end=end,
        value=tidy(value * scale * factor),
        value_high=high,
        unit=unit,
        qualifier=qualifier,
        context_start=m.start(),
        digits=digits,
    )


def _not_a_quantity(
    text: str, m: re.Match, num: str, unit: str, unit_raw: str, value: float, after: str
) -> bool:
    """Whether a number and unit that QUANTITY matched are not a stated quantity."""
    chinese = not num[0].isdigit()
    # "百余万元" is a hundred 万 with 余 between: a stated amount, not a lone 百
    single_scale = len(num) == 1 and num in "十百千万亿" and not m["scale"]
    if chinese:
        if m.start("num") and text[m.start("num") - 1] in NUMERAL_OR_ORDINAL:
            return True  # "第二十三次": the tail of an ordinal whose head failed, not a count
        if _indefinite(text, m.start("num")):
            return True  # "数千名", "几十个": an indefinite amount, not a stated one
        scaled = not SCALE_CHARS.isdisjoint(num) or bool(m["scale"])
        allowed = unit in CHINESE_OK or (scaled and unit in CHINESE_SCALED_OK)
        if value == 1 or not allowed or (m["da"] and unit not in {"类", "项"}):
            return True  # "一个", "两委"; 大 only in "六大类", "十大项"
        qualified = m["lead"] or m["q1"] or m["q2"] or m["tail"]
        if (
            single_scale
            # ten villages or households is a count ("十个贫困村", "十户"); a lone 百, 千, 万 is
            # rounded or an idiom's, as 十 before a list's kind ("十项举措")
            and not (num == "十" and unit in QUALIFIED_SCALE_OK)
            and unit not in BARE_SCALE_OK
            and not (qualified and unit in QUALIFIED_SCALE_OK)
        ):
            return True  # "千家万户" is an idiom; "近千家", "百余户" are rounded counts
        if unit == "个" and LISTED_POINTS.match(after):
            return True  # "三个方面", "五个坚持": counts of listed points, not quantities
        if unit == "个" and CN_DURATION.match(after):
            return True  # "五个白天", "两个多小时": a duration in Chinese numerals
        if single_scale and after.startswith("计"):
            return True  # "万人计": on the scale of ten thousands, not a count
    elif m["da"]:
        return True
    if single_scale and unit == "元" and not _bare_money_amount(text, m):
        return True  # "数万元", "万元户"
    if unit == "元" and RATE_TAIL.match(after):
        return True  # "800元/人" is a rate; _rates reads it whole
    rounded = m["q1"] or m["q2"]  # "2000余年": a span of history; a date is never rounded
    if unit == "年" and ((value >= 100 and not rounded) or YEAR_FOLLOWERS.match(after)):
        return True  # "2019年" is a date, "五年来" a duration
    if unit == "个月" and after[:1] in ("前", "后"):
        return True  # "1个月前": a time back, not a duration
    if unit == "个" and value <= MAX_LISTED_POINTS and LISTED_POINTS_IN_DIGITS.match(after):
        return True  # "7个方面" in digits too: the points a report lists
    if after[:1] and after[:1] in NOT_A_COUNT_AFTER.get(unit, ""):
        return True  # 人民, 名单, 股东 (share capital)
    if unit == "立方" and unit_raw == "方" and not m["scale"]:
        return True
    if unit == "起" and re.fullmatch(r"(19|20)\d{2}", num):
        return True  # "2019起" is a year: from 2019 on
    if after.startswith("一体"):
        return True  # "五位一体", "三位一体": a fixed term
    return unit == "个" and after[:1] == "人" and not chinese  # "3个人": persons, read as 人


NUMERAL_OR_ORDINAL = frozenset(CHINESE_NUMERALS + "第")
THOUSANDS_UPON = re.compile(r"成[十百千万]上$")
# 数 is "several" before a numeral (数千名) but ends a noun before it too (总数十个, 人数三名)
NOUN_ENDING_IN_SHU = "总人户次个件分指倍系岁"


def _indefinite(text: str, start: int) -> bool:
    if THOUSANDS_UPON.search(text, max(0, start - 3), start):
        return True  # "成千上万名", "成百上千人": a great many
    before = text[max(0, start - 2) : start]
    if before.endswith("几") or before.endswith("若干"):
        return True
    return before.endswith("数") and not (len(before) == 2 and before[0] in NOUN_ENDING_IN_SHU)


def _rates(text: str):
    # a rate ends in "/亩", "/人"…: without one the text has none (one scan skipping from "/"
    # to "/", where RATE would try every numeral)
    if not RATE_TAIL.search(text):
        return
    for m in RATE.finditer(text):
        per = m["per"] + (f"/{m['per2']}" if m["per2"] else "")
        value = tidy(parse_arabic(m["num"]) * (scale_of(m["scale"]) if m["scale"] else 1))
        q = Quantity(
            start=m.start("num"),
            end=m.end(),
            value=value,
            value_high=None,
            unit=f"元/{per}",
            qualifier=LEAD_QUALIFIERS.get(m["lead"] or "", ""),
            context_start=m.start(),
            flags=("rate",),
            notes=(f"a rate per {per}",),
        )
        if not m["unit"]:
            q.notes += ("元 not written; read as money from the context",)
            q.flags += ("unit_inferred",)
        yield q


def _bare_money(text: str):
    for m in _bare_numbers(text):
        if IMPLICIT_UNIT.match(text, m.start()):
            continue  # "为1.2万贫困户购置化肥": a count of the noun after it, not money
        clause = _clause(text, m.start(), m.end())
        if MONEY_WORDS.search(clause):
            value = tidy(parse_arabic(m["num"]) * scale_of(m["scale"]))
            yield Quantity(
                start=m.start(),
                end=m.end(),
                value=value,
                value_high=None,
                unit="元",
                qualifier="over" if m["q"] else "",
                context_start=m.start(),
                flags=("unit_inferred",),
                notes=("元 not written; read as money from the context",),
            )


@functools.lru_cache(maxsize=2)
def _bare_numbers(text: str) -> tuple[re.Match, ...]:
    """Numbers in 万 or 亿 with no unit, found once for the two readings of them (money, and a
    count of the noun before)."""
    return tuple(BARE_MONEY.finditer(text))


def _bare_counts(text: str):
    for m in _bare_numbers(text):
        before = text[max(0, m.start() - BARE_COUNT_REACH) : m.start()]
        noun = COUNTED_BEFORE.search(before)
        if noun is None or MONEY_WORDS.search(_clause(text, m.start(), m.end())):
            continue
        unit = "户" if noun["noun"].endswith("户") else "人"
        yield Quantity(
            start=m.start(),
            end=m.end(),
            value=tidy(parse_arabic(m["num"]) * scale_of(m["scale"])),
            value_high=None,
            unit=unit,
            qualifier="over" if m["q"] else "",
            context_start=m.start(),
            flags=("unit_inferred",),
            notes=(f"{unit} not written; the count is of the {noun['noun']} named before it",),
        )


BARE_COUNT_REACH = 40  # characters before the number in which its noun is looked for
COUNTED = {"人": "people", "户": "households"}


def _implicit_counts(text: str):
    """Counts whose unit is the noun after them (带动1.5万贫困人口, 13.6万贫困户, 八千干部)."""
    for m in IMPLICIT_UNIT.finditer(text):
        unit = "人" if m["persons"] is not None else "户"
        chinese = not m["num"][0].isdigit()
        if chinese and SCALE_CHARS.isdisjoint(m["num"]) and not m["scale"]:
            continue  # "一村民", "三农民" are not counts
        if chinese and _indefinite(text, m.start("num")):
            continue  # "数万工人": several, not a stated count
        value = _value(m["num"])
        if value is None or (value < 10 and not m["scale"]):
            continue
        if not chinese and not m["scale"] and re.fullmatch(r"(19|20)\d{2}", m["num"]):
            continue  # a year glued to the noun, not a count
        qualifier = LEAD_QUALIFIERS.get(m["lead"] or "", "") or TAIL_QUALIFIERS.get(
            m["q1"] or m["q2"] or "", ""
        )
        yield Quantity(
            start=m.start("num"),
            end=m.end(),
            value=tidy(value * (scale_of(m["scale"]) if m["scale"] else 1)),
            value_high=None,
            unit=unit,
            qualifier=qualifier,
            context_start=m.start(),
            flags=("unit_inferred",),
            notes=(f"{unit} not written; the count is of the {COUNTED[unit]} named after it",),
        )


# A number closing a line, its unit opening the next prose line: a narrow column's hard wrap
# (flip-book yearbooks, PDF conversions), "…贫困人口537户1682\n人,…". Such layouts also drop an
# image caption or a credit line between the two: "1250\n通往县城的公路\n人", "13\n(某乡党政办
# 供稿)\n人". A caption is short and has no punctuation inside a sentence.
LINE_END_NUMBER = re.compile(r"(?<![\d.,])(\d+(?:\.\d+)?)[ \t\u3000]*\n")
# A line opening with 人均, 户均, 人口…: a new word, not the unit of the number above.
WORD_NOT_UNIT = re.compile(r"(人|户|元)(均|口|籍|数|次|民|员|头|主|型)")
CLAUSE_GOES_ON = re.compile(r"[，,、；;。]|[户人]")
NEXT_LINE_LOOK = 12  # characters of the next line read as the number's unit and tail


def _wrapped_units(text: str):
    if "\n" not in text:
        return
    for m in LINE_END_NUMBER.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        if not wrapped_line(text[line_start : m.end(1)]):
            continue  # a line that ends its sentence, or too short to be wrapped prose
        unit_at, caption = _unit_line(text, m.end())
        if unit_at is None:
            continue
        number = m[1]
        joined = number + text[unit_at : unit_at + NEXT_LINE_LOOK]
        found = QUANTITY.match(joined)
        if not found or found.start("num") or found.end("num") != len(number):
            continue
        q = _from_match(joined, found)
        if q is None or q.start != 0 or WORD_NOT_UNIT.match(joined, found.start("unit")):
            continue
        if caption and not CLAUSE_GOES_ON.match(joined, found.end()):
            continue  # across a caption, only a unit that visibly continues the clause
        q.start, q.context_start = m.start(1), m.start(1)
        q.end = unit_at + q.end - len(number)
        q.digits = ""  # not a digit run as written: no fused-number reading
        where = f"after the caption line “{caption}”" if caption else "on the next line"
        q.notes += (f"{q.unit} {where}: the layout wrapped the number from its unit",)
        yield q


def _unit_line(text: str, line_start: int) -> tuple[int | None, str]:
    """Where the next prose line starts (skipping its indentation and one caption line between),
    and that caption; (None, "") when the line after the number is not prose."""
    for hop in range(2):
        line_end = text.find("\n", line_start)
        line_end = len(text) if line_end < 0 else line_end
        line = text[line_start:line_end]
        body = line.lstrip(" \t\u3000")
        if not body:
            return None, ""
        at = line_start + len(line) - len(body)
        if hop == 0 and caption_line(body) and not QUANTITY.match("1" + body[:NEXT_LINE_LOOK]):
            line_start = line_end + 1
            continue
        return at, (text[: line_start - 1].rsplit("\n", 1)[-1].strip() if hop else "")
    return None, ""


def _percent(m: re.Match, value: float, notes: tuple[str, ...] = ()) -> Quantity:
    """A share in % spanning the whole match (1/2, 百分之三十, one part of 7:3)."""
    return Quantity(
        start=m.start(),
        end=m.end(),
        value=value,
        value_high=None,
        unit="%",
        qualifier="",
        context_start=m.start(),
        notes=notes,
    )


def _fractions(text: str):
    if "/" not in text:
        return
    for m in FRACTION.finditer(text):
        a, b = int(m["a"]), int(m["b"])
        if not 0 < a < b:
            continue
        if FRACTION_BEFORE.search(text, max(0, m.start() - 8), m.start()) or (
            b <= FRACTION_OF_NOUN_MAX
            and FRACTION_OF_NOUN.match(text, m.end())
            and text[m.start() - 1 : m.start()] not in DATE_BEFORE
        ):
            yield _percent(m, tidy(100 * a / b))


def _population_bare(text: str):
    for m in POPULATION_BARE.finditer(text):
        qualifier = (
            "about" if m[2] in ("约", "近") else TAIL_QUALIFIERS.get(m["q1"] or m["q2"] or "", "")
        )
        yield Quantity(
            start=m.start("num"),
            end=m.end(),
            value=tidy(parse_arabic(m["num"]) * scale_of(m["scale"])),
            value_high=None,
            unit="人",
            qualifier=qualifier,
            context_start=m.start("num"),
            flags=("unit_inferred",),
            notes=("人 not written after 人口",),
        )


def _clause(text: str, start: int, end: int) -> str:
    """The clause around [start, end): from the punctuation before to the one after, looked for
    within CLAUSE_REACH characters (a search to the ends of a 40 MB file per number would make
    one file's time quadratic; no real clause is that long)."""
    lo, hi = max(0, start - CLAUSE_REACH), min(len(text), end + CLAUSE_REACH)
    breaks_before = [m.end() for m in CLAUSE_BREAK.finditer(text, lo, start)]
    after = CLAUSE_BREAK.search(text, end, hi)
    left = breaks_before[-1] if breaks_before else (lo if lo > 0 else 0)
    return text[left : after.start() if after else hi]


CLAUSE_BREAK = re.compile(r"[，,；;。！？\n]")
CLAUSE_REACH = 400


def _percent_words(text: str):
    for m in PERCENT_CN.finditer(text):
        v = _value(m["num"])
        if v is not None:
            yield _percent(m, v)


def _tenths(text: str):
    if "成" not in text:
        return
    seen = set()
    for m in itertools.chain(
        TENTHS.finditer(text),
        TENTHS_OF_A_NOUN.finditer(text),
        TENTHS_BOUND_BEFORE_A_NOUN.finditer(text),
    ):
        if m.start() in seen:
            continue
        seen.add(m.start())
        lead = next((w for w in LEAD_QUALIFIERS if text.endswith(w, 0, m.start())), "")
        q = _percent(m, tidy(10 * parse_chinese(m["num"])), notes=("成 said for tenths",))
        q.qualifier = TENTHS_TAIL.get(m["tail"] or "", "") or LEAD_QUALIFIERS.get(lead, "")
        yield q


def _ratios(text: str):
    for m in RATIO.finditer(text):
        a, b = int(m["a"]), int(m["b"])
        if a + b == 0:
            continue
        for part in (a, b):
            yield _percent(m, tidy(100 * part / (a + b)), notes=(f"share of a {a}:{b} split",))


def _mojibake(text: str):
    for m in MOJIBAKE_NUMBER.finditer(text):
        yield Quantity(
            start=m.start(),
            end=m.end(),
            value=None,
            value_high=None,
            unit="",
            qualifier="",
            context_start=m.start(),
            flags=("mojibake",),
            notes=("digits lost to mojibake in the source; value unknown",),
        )
