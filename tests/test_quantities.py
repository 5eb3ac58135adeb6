"""The number grammar: what is a quantity (value, unit, qualifier, exact span) and what is not."""

from __future__ import annotations

import random
import re

import pytest

from helpers.extract.figures import quantities
from helpers.extract.figures.quantities import find_quantities
from helpers.extract.lexicon import load_table, load_words

# (text, [(value, value_high, unit, qualifier, raw)]): values worked out by hand from the
# contract's normalisation (money in 元, area in 亩, 万 = 10^4, ranges as value/value_high).
GOOD = [
    ("共投入资金2400多万元", [(24_000_000, None, "元", "over", "2400多万元")]),
    ("产量3000—3500斤", [(3000, 3500, "斤", "", "3000—3500斤")]),
    ("人均约1800元", [(1800, None, "元", "about", "1800元")]),
    ("流转土地1.2万亩", [(12_000, None, "亩", "", "1.2万亩")]),
    ("贫困户86户321人", [(86, None, "户", "", "86户"), (321, None, "人", "", "321人")]),
    ("覆盖率达百分之三十", [(30, None, "%", "", "百分之三十")]),
    ("养殖三千头牛", [(3000, None, "头", "", "三千头")]),
    ("资金不足5万元", [(50_000, None, "元", "under", "5万元")]),
    ("每户补助3至5万元", [(30_000, 50_000, "元", "", "3至5万元")]),
    # the range's upper end rounded: one range, not its end alone
    ("每名党员联系8至12余户群众", [(8, 12, "户", "over", "8至12余户")]),
    ("按照7:3比例分红", [(70, None, "%", "", "7:3"), (30, None, "%", "", "7:3")]),
    ("修建道路12.5公里", [(12.5, None, "公里", "", "12.5公里")]),
    ("全县1,236户5,120人", [(1236, None, "户", "", "1,236户"), (5120, None, "人", "", "5,120人")]),
    # a number written in two parts, 万 then 千: one number (3×10^4 + 4×10^3)
    # a bare 千 or 百 that a qualifier rounds is a count; 千家万户 is an idiom (BAD below)
    ("领办合作社近千家", [(1000, None, "家", "about", "千家")]),
    ("帮扶百余户", [(100, None, "户", "over", "百余户")]),
    # 数 that ends a noun (总数) does not make the numeral after it indefinite
    ("全村党员总数十名", [(10, None, "名", "", "十名")]),
    ("贫困人口3万4千多人", [(34_000, None, "人", "over", "3万4千多人")]),
    ("帮扶1万2千户", [(12_000, None, "户", "", "1万2千户")]),
    # a 万 that ends one number stays apart from the next one
    ("投入3万元，购买4千只", [(30_000, None, "元", "", "3万元"), (4000, None, "只", "", "4千只")]),
    # measure words of counted things (量词)
    ("发放菌袋8000袋", [(8000, None, "袋", "", "8000袋")]),
    ("销售蜂蜜120箱", [(120, None, "箱", "", "120箱")]),
    ("调处纠纷45起", [(45, None, "起", "", "45起")]),
    ("每户入了5股", [(5, None, "股", "", "5股")]),
    ("投放鱼苗3万尾", [(30_000, None, "尾", "", "3万尾")]),
    ("安装路灯200盏", [(200, None, "盏", "", "200盏")]),
    # 平方公里 is area: ×1500 into 亩 (1 km² = 1,500 亩)
    ("辖区面积12平方公里", [(18_000, None, "亩", "", "12平方公里")]),
    # a space before %
    ("占全县人口的12 %", [(12, None, "%", "", "12 %")]),
    # a fraction after a word of share
    ("占全市总数的1/4", [(25, None, "%", "", "1/4")]),
    # ... or a small one before the noun it quantifies
    ("约有1/5的农户种上了茶叶", [(20, None, "%", "", "1/5")]),
    # a compound unit as written; years counted as 个年头
    ("开展政策宣讲2.4万场次", [(24_000, None, "场次", "", "2.4万场次")]),
    ("他扎根山村已有12个年头", [(12, None, "年", "", "12个年头")]),
    # two neighbouring Chinese digits: an approximate range
    ("一年收入三四万元", [(30_000, 40_000, "元", "", "三四万元")]),
    # a scaled count whose unit is the noun after it
    ("结对帮扶5.2万贫困户", [(52_000, None, "户", "", "5.2万")]),
    ("选派两千干部驻村", [(2000, None, "人", "", "两千")]),
    ("带动1200余农户", [(1200, None, "户", "over", "1200余")]),
    # 千米 is a unit (公里), not 千 + 米
    ("修通道路23.5千米", [(23.5, None, "公里", "", "23.5千米")]),
    # 万 before 股金 is money, not a count of shares
    ("注入30万股金", [(300_000, None, "元", "", "30万")]),
    # durations in digits are figures (of metric other); a share a few words after 占
    ("3年来，村里修路", [(3, None, "年", "", "3年")]),
    ("5年内全部建成", [(5, None, "年", "", "5年")]),
    ("深度贫困村占全市1/4", [(25, None, "%", "", "1/4")]),
    ("驻村1个多月", [(1, None, "个月", "over", "1个多月")]),
    # 万元 after 过 or 超 is 10,000 元, bounded
    ("家庭年收入超万元", [(10_000, None, "元", "over", "万元")]),
    ("项目总投资近亿元", [(100_000_000, None, "元", "about", "亿元")]),
    # 万 with no unit in a clause about buying is money
    ("镇里筹出45万统一购置收割机", [(450_000, None, "元", "", "45万")]),
    # 块 is spoken 元 after a word of earning or spending; otherwise a count of pieces
    ("一年挣了6000块", [(6000, None, "元", "", "6000块")]),
    ("开垦了4块坡地", [(4, None, "块", "", "4块")]),
    ("村里补贴了2块菜园给他", [(2, None, "块", "", "2块")]),  # a count of the noun after it
    ("年产值超亿元", [(100_000_000, None, "元", "over", "亿元")]),
    # durations and cases in digits; a rounded count of years is a span of history, not a date
    (
        "开车要1.5小时，步行40分钟",
        [(1.5, None, "小时", "", "1.5小时"), (40, None, "分钟", "", "40分钟")],
    ),
    ("去年共救治重症病人26例", [(26, None, "例", "", "26例")]),
    ("这座古镇已有1300多年历史", [(1300, None, "年", "over", "1300多年")]),
]

# Numbers that are not quantities: dates, times, ordinals, phone numbers, page counters.
BAD = [
    # 名列 is "ranks", not a count of persons
    "考核得分92名列全市前茅",
    # the last group of a number whose thousands a space sets apart is not a number of its own
    "全旗共投入资金23 400万元",
    "全旗共有农户4 260户",
    "这里是远近闻名的亿元村",  # 亿元村: a village that earns that much, a rank
    "这是第四十七次座谈会",  # the tail of an ordinal whose 第 the number grammar passed over
    "今年签约亿元项目",  # a class of projects by size
    "全县上下都在谈亿元",  # a lone 亿元 without its bound (近, 超, 过) is no amount
    # several thousand, a few dozen: indefinite amounts, not stated ones
    "数千名群众赶来",
    "几十名志愿者",
    "若干万元",
    "企业有数万职工",
    "千家万户都受益",
    # a duration in Chinese numerals, a fixed term, a count of listed points, a scale
    "工作五个白天",
    "走了两个多小时",
    "坚持“五位一体”",
    "形成两个观点：一是",
    "以万人计的就业",
    "2019年10月21日",
    "发布时间:10:21",
    "荣获第3名",
    "联系电话0731-1234567",
    "第二批驻村工作队",
    "十三五期间",
    "从2019起全面推开",  # a year, 起 meaning "from"
    "成为股东",
    "日期6/28",  # a date, not a fraction
    "定于6/28的会上通报",  # a date before 的: its denominator is no share's
    "在3/5的会议上通报",  # a day after 在, though its denominator could be a share's
    "三五成群",  # not neighbouring digits, and no scale
    "2016贫困户",  # a year glued to a noun
    "围绕四个方面开展工作",  # a count of listed points
    "“1只、2只、3只……”他数着羊",  # counting aloud
    # listed points in digits too; a time back; thousands upon thousands; a married couple
    "存在7个方面的问题",
    "1个月前他来到村里",
    "3年前这里还很穷",
    "成百上千名志愿者参与进来",
    "老两口子在家种地",
]


@pytest.mark.parametrize("text, expected", GOOD)
def test_quantities_are_read_with_value_unit_qualifier_and_span(text, expected):
    found = [
        (q.value, q.value_high, q.unit, q.qualifier, text[q.start : q.end])
        for q in find_quantities(text)
    ]
    assert found == expected


@pytest.mark.parametrize("text", BAD)
def test_dates_times_ordinals_and_phone_numbers_are_not_quantities(text):
    assert find_quantities(text) == []


@pytest.mark.parametrize(
    "text, value",
    [
        ("投入69.6亿元", 6_960_000_000),  # 69.6 * 10^8 is 6959999999.999999 in binary floats
        ("收入1.15万元", 11_500),
        ("面积0.35万亩", 3_500),
        ("资金2.3亿元", 230_000_000),
    ],
)
def test_scaled_values_carry_no_binary_float_noise(text, value):
    (q,) = find_quantities(text)
    assert q.value == value and repr(q.value) == f"{value}.0"


# A narrow column's hard wrap (flip-book yearbooks, PDF conversions) can put a number at the end
# of one line and its unit at the start of the next, with an image caption or a credit line
# dropped in between. Values: the number as written times its unit's scale.
WRAPPED = [
    ("全镇共识别建档立卡贫困户236\n户，贫困人口870人。", [(236, "户"), (870, "人")]),
    ("累计带动贫困群众增收达到了3\n万元以上。", [(30_000, "元")]),  # not 万元 alone
    ("全村精准识别贫困人口1250\n通往县城的公路\n人，其中低保户40户。", [(1250, "人"), (40, "户")]),
    (
        "当年帮扶贫困户35户共计108\n（石门镇党政办 供稿）\n人，户均增收2000元。",
        [(35, "户"), (108, "人"), (2000, "元")],
    ),
]
NOT_WRAPPED = [
    "全乡贫困户数合计为 1682\n人均纯收入3000元。",  # 人均 opens a new word
    "合计1682\n人，",  # too short a line to be wrapped prose
    "全乡有贫困户1682。\n人，",  # the line ends its sentence
    "今年以来该村帮扶贫困户35\n图为帮扶现场\n人口普查结果。",  # 人口: a word, not a unit
    "全面完成脱贫目标任务到2020\n年底全部脱贫。",  # a year
]


@pytest.mark.parametrize("text, expected", WRAPPED)
def test_a_unit_wrapped_onto_the_next_line_still_belongs_to_its_number(text, expected):
    assert [(q.value, q.unit) for q in find_quantities(text)] == expected


@pytest.mark.parametrize("text", NOT_WRAPPED)
def test_a_line_ending_in_a_number_is_not_joined_to_a_word(text):
    joined = [q for q in find_quantities(text) if "\n" in text[q.start : q.end]]
    assert joined == []


# Random text made of the characters the implicit-unit pattern cares about.
SPELLING_PIECES = [
    "1", "2", "0", "9", "19", "20", "2016", "1998", "3", "12", ".", ",", ":", "：", "/", "、",
    "年", "月", "以来", "起", "已", "全", "。", "，", "\n", " ", "万", "亿", "多", "元", "万元",
    "占", "的", "比例", "分红", "一", "三", "五", "双", "第", "个", "抓", "促", "党建", "脱贫",
    "亩", "户", "人", "金", "本", "个、2个、3个", "1/3", "2:1", "2016年以来", "2019年", "2018已",
]  # fmt: skip


def test_one_pass_for_implicit_units_finds_what_the_two_patterns_found():
    # persons (带动1.5万贫困人口) and households (13.6万贫困户) were two patterns and two passes
    lead = quantities.LEAD_PATTERN
    number = (
        rf"{quantities.NUMBER_START}(?P<lead>{lead})?(?<![\d.第])(?<!\d,)(?<!\d[-/])(?<!\d\x20)"
        rf"(?P<num>{quantities.NUM_AR}|{quantities.NUM_CN})(?P<q1>多|余)?(?P<scale>[十百千万亿]{{0,2}})"
        rf"(?P<q2>多|余)?"
    )
    # ... and a noun composed of the poverty modifiers and a head of its kind (建档立卡户)
    heads = {row["head"]: row["kind"] for row in load_table("counted_heads")}
    poor = "(" + "|".join(sorted(load_words("poverty_modifiers"), key=len, reverse=True)) + ")+"

    def composed(kind: str) -> str:
        return (
            poor
            + "("
            + "|".join(sorted((h for h in heads if heads[h] == kind), key=len)[::-1])
            + ")"
        )

    persons = re.compile(
        number + r"(?=(建档立卡|农村|城乡)?(贫困|困难|低收入|易地搬迁|搬迁)?"
        r"(人口|群众|村民|农民|劳动力|居民|党员干部|干部|党员|农牧民|牧民|蚕农|果农|菜农|职工)"
        rf"|{composed('person')})"
    )
    households = re.compile(
        number
        + rf"(?=(建档立卡)?(贫困|困难|低收入|脱贫|搬迁)户|农户|贫困家庭|{composed('household')})"
    )
    pieces = SPELLING_PIECES + [
        "贫困",
        "人口",
        "户",
        "农户",
        "农民",
        "建档立卡",
        "约",
        "近",
        "余",
        "千",
        "低收入",
        "经济薄弱",
        "建档立卡户",
    ]
    rng = random.Random(3)
    found = 0
    for _ in range(6000):
        text = "".join(rng.choices(pieces, k=rng.randint(1, 12)))
        expected = sorted(
            [(m.span(), "人") for m in persons.finditer(text)]
            + [(m.span(), "户") for m in households.finditer(text)]
        )
        got = [
            (m.span(), "人" if m["persons"] is not None else "户")
            for m in quantities.IMPLICIT_UNIT.finditer(text)
        ]
        assert got == expected, text
        found += len(got)
    assert found >= 100


@pytest.mark.parametrize(
    "text, value, unit",
    [
        # a bare 万 before a noun composed of a register's word and a head: its head's unit
        ("对全县9.86万建档立卡户逐户落实帮扶责任", 98600, "户"),
        ("帮助2.3万低收入农户增收", 23000, "户"),  # a count of households, not money
        ("全市1.1万经济薄弱户纳入监测", 11000, "户"),
        ("带动1.7万建档立卡贫困人口就业", 17000, "人"),
        ("5.2万低收入农民参加培训", 52000, "人"),
    ],
)
def test_a_bare_count_takes_the_unit_of_a_composed_poor_noun_after_it(text, value, unit):
    assert [(q.value, q.unit) for q in find_quantities(text)] == [(value, unit)]


@pytest.mark.parametrize(
    "text, value, qualifier",
    [
        # tenths said with 成: a share in %, with its bound
        ("约三成的卫星工厂缺乏稳定订单", 30, "about"),
        ("贫困户占务工人员的六成以上", 60, "over"),
        ("七成左右的劳动力外出务工", 70, "about"),
        ("石漠化面积占八成。", 80, ""),
        # ... right before the noun it is a share of, after a word of how much
        ("全县近七成贫困户加入了合作社", 70, "about"),
        ("我省超过六成县域地处山区", 60, "over"),
        # ... or with its bound before its noun
        ("该村六成以上耕地为砂石坡地", 60, "over"),
    ],
)
def test_tenths_said_with_cheng_are_a_share(text, value, qualifier):
    assert [(q.value, q.unit, q.qualifier) for q in find_quantities(text)] == [
        (value, "%", qualifier)
    ]


@pytest.mark.parametrize(
    "text", ["他八成是忘了", "制度一成不变", "牛肉烤到七成熟", "按三七分成", "村里近八成是老人"]
)
def test_words_that_hold_cheng_are_no_share(text):
    assert find_quantities(text) == []
