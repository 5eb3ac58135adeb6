"""What kind of quantity in time a figure is, and the level of place it describes.

A stock (贫困户现有120户), a flow within one year (2018年脱贫96户) and a running total (累计投入
1.2亿元, 近五年) must not be added together; a county's figure and its townships' must not either.
"""

from __future__ import annotations

import re

# Running totals: "累计", "2014年以来", "近五年", "过去8年", "先后", "历年".
CUMULATIVE = re.compile(
    r"累计|以来|近[\d一二三四五六七八九十两几]+年|过去[\d一二三四五六七八九十两几]+年|先后|历年|多年来"
)
# A stock at a date: "现有", "截至", "尚有", "年底", "目前".
POINT = re.compile(r"现有|截至|截止|尚有|还有|剩余|共有|目前|现在|年底|年末|底数")
# Within one year: a stated year or a year-naming word.
ANNUAL = re.compile(
    r"(19|20)\d{2}年(?!以来|来|起|至|—|-)|今年|去年|当年|全年|上半年|下半年|年内|本年"
)
# "全村", "全镇", "全县": the whole of a place of that level.
WHOLE = re.compile(r"全(村|组|社区|镇|乡|街道|县|区|旗|市|州|盟|省|区域)")
WHOLE_LEVEL = {
    "村": "village", "组": "village", "社区": "village", "镇": "township", "乡": "township",
    "街道": "township", "县": "county", "区": "county", "旗": "county", "市": "prefecture",
    "州": "prefecture", "盟": "prefecture", "省": "province",
}  # fmt: skip
# Rates, duties and rules rather than amounts: per unit, per capita, limits and caps.
PER_UNIT = re.compile(
    r"(每[\u4e00-\u9fff]{0,5}?|人均|亩均|户均|年均|村均|可贷款?|可申请|最高可?|最多|不超过|上限|"
    r"标准为?|补助标准)[^，,；;]{0,6}$"
)


def period(left: str, sentence_before: str) -> str:
    """`cumulative`, `point`, `annual` or '' from the clause before a figure and its sentence.

    >>> period("累计投入", ""), period("现有贫困户", ""), period("2018年脱贫", ""), period("", "")
    ('cumulative', 'point', 'annual', '')
    """
    for context in (left, sentence_before):
        if CUMULATIVE.search(context):
            return "cumulative"
        if POINT.search(context):
            return "point"
        if ANNUAL.search(context):
            return "annual"
    return ""


def whole_scope(sentence_before: str) -> str:
    """The level a "全X" before the figure names, the last one ('' when none).

    >>> whole_scope("今年全镇脱贫"), whole_scope("全县有12个村，其中全村"), whole_scope("带动")
    ('township', 'village', '')
    """
    found = WHOLE.findall(sentence_before)
    return WHOLE_LEVEL.get(found[-1], "") if found else ""


def is_rate(left: str) -> bool:
    """A per-unit amount, a duty or a rule: 每户补助, 人均, 可贷款, 最高, 不超过."""
    return bool(PER_UNIT.search(left))
