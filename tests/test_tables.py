"""Flattened tables, ranges with both units, falls in the poor, moves and villages said poor.

Every case is invented; the expected rows are worked out by hand beside each case.
"""

from __future__ import annotations

import pytest

from helpers.engine.pipeline import analyse
from helpers.extract.records import ManifestRow
from helpers.extract.text import boilerplate as bp
from helpers.extract.text.clean import _digits_set_in, normalize

VOCABULARY = {
    "poor_households", "poor_persons", "lifted_households", "lifted_persons",
    "beneficiary_households", "beneficiary_persons", "poor_villages", "funds_yuan",
    "income_yuan", "area_mu", "population", "cadres", "party_members", "other",
}  # fmt: skip


def figures(text: str):
    manifest = ManifestRow("r1", "r1.txt", "", "utf-8", "ok", "")
    return analyse("r1", normalize(text), manifest, with_terms=False).figures


# A county bulletin whose table lost its markup: the header names each column and its unit, each
# row a township and its numbers. 脱贫户数 counts households lifted out, 脱贫人数 persons, 退出
# 贫困村 villages that left the list (poor villages, as 出列N个 counts them), 扶贫资金 money in
# 万元 (12.5万元 = 125,000 元).
BULLETIN = (
    "武胜县2019年脱贫攻坚统计公报\n"
    "2019年，全县脱贫攻坚任务全面完成。\n"
    "表2 2019年各乡镇脱贫情况\n"
    "乡镇 脱贫户数（户） 脱贫人数（人） 退出贫困村（个） 扶贫资金（万元）\n"
    "沿口镇 215 708 2 12.5\n"
    "烈面镇 164 533 1 9\n"
    "合计 379 1241 3 21.5\n"
    "注：本表数据为快报数。\n"
    "下一步，全县将巩固拓展脱贫攻坚成果，健全防止返贫动态监测和帮扶机制，推动乡村全面振兴。\n"
)


def test_a_flattened_tables_cells_are_figures_of_their_columns():
    rows = [(f.raw, f.metric, f.value, f.unit) for f in figures(BULLETIN)]
    assert ("215", "lifted_households", 215, "户") in rows
    assert ("708", "lifted_persons", 708, "人") in rows
    assert ("2", "poor_villages", 2, "个") in rows
    assert ("12.5", "funds_yuan", 125000, "元") in rows
    assert ("9", "funds_yuan", 90000, "元") in rows
    # the total row is read too, as the whole
    assert ("1241", "lifted_persons", 1241, "人") in rows
    assert ("21.5", "funds_yuan", 215000, "元") in rows


def test_a_rows_last_number_is_not_counted_in_the_next_rows_first_word():
    # "…2 12.5\n烈面镇": no 12.5烈 or 9合 is read across the line break
    rows = [(f.raw, f.unit) for f in figures(BULLETIN)]
    assert all(unit in {"户", "人", "个", "元"} for _, unit in rows if not _.startswith("20"))


def test_a_columns_noun_may_name_its_unit_and_a_bare_noun_is_not_read():
    # 户数 counts households and 人数 persons, whatever else they are; 面积 and 产量 could be in
    # any unit: nothing is guessed
    tail = (
        "下一步，全县将巩固拓展脱贫攻坚成果，健全防止返贫动态监测和帮扶机制，推动乡村全面振兴。\n"
    )
    counted = "表1 各村情况\n村名 户数 人数\n新庄村 120 415\n前进村 98 322\n" + tail
    assert [(f.raw, f.unit) for f in figures(counted)] == [
        ("120", "户"),
        ("415", "人"),
        ("98", "户"),
        ("322", "人"),
    ]
    measured = "表1 各村情况\n村名 面积 产量\n新庄村 120 415\n前进村 98 322\n" + tail
    assert not [f for f in figures(measured) if f.raw in {"120", "415", "98", "322"}]


# A prefecture's table by year, as a page prints it once its markup is gone: the year is the
# row's name, a dash an empty cell. Each cell is a figure of its row's year.
BY_YEAR = (
    "毕节市“十三五”减贫成效\n"
    "全市坚持以党建引领脱贫攻坚，各年减贫情况如下。\n"
    "年度 脱贫户数（户） 脱贫人数（人） 出列贫困村（个）\n"
    "2017 40215 152630 372\n"
    "2018年 51120 183377 —\n"
    "下一步，全市将巩固拓展脱贫攻坚成果，健全防止返贫动态监测和帮扶机制。\n"
)


def test_a_tables_rows_of_years_date_their_cells():
    rows = [(f.raw, f.metric, f.unit, f.year, f.as_of_year) for f in figures(BY_YEAR)]
    assert rows == [
        ("40215", "lifted_households", "户", 2017, 2017),
        ("152630", "lifted_persons", "人", 2017, 2017),
        ("372", "poor_villages", "个", 2017, 2017),
        ("51120", "lifted_households", "户", 2018, 2018),
        ("183377", "lifted_persons", "人", 2018, 2018),  # the dash is no figure
    ]


def test_a_unit_the_table_states_for_all_its_columns_is_each_columns():
    # "（单位：人）" over the table: 脱贫 and 未脱贫 count persons, as 建档立卡人数 says of itself;
    # 出列村（个） keeps its own unit
    text = (
        "江口县2019年脱贫攻坚工作总结\n全县坚持以党建引领脱贫攻坚，全年减贫成效明显。\n"
        "各乡镇脱贫情况（单位：人）\n乡镇 建档立卡人数 脱贫 未脱贫 出列村（个）\n"
        "怒溪镇 1532 1520 12 3\n桃映镇 985 980 5 2\n"
        "下一步，全县将巩固拓展脱贫攻坚成果，健全防止返贫动态监测和帮扶机制。\n"
    )
    rows = [(f.raw, f.unit) for f in figures(text)]
    assert rows == [
        *[("1532", "人"), ("1520", "人"), ("12", "人"), ("3", "个")],
        *[("985", "人"), ("980", "人"), ("5", "人"), ("2", "个")],
    ]


@pytest.mark.parametrize(
    "line, is_row",
    [
        ("沿口镇 215 708 2 12.5", True),
        ("合计 379 1241 3", True),
        ("首页 1 2 3 4 5", False),  # a pager
        ("栏目 1 2 3", False),  # 1, 2, 3 … counted in order
        ("2019 40215 152630 372", True),  # a year's row
        ("2021 2020 2019 2018", False),  # an archive's years
    ],
)
def test_a_table_row_is_kept_as_text_and_a_pager_is_not(line, is_row):
    assert bp.table_row(line) is is_row
    assert bp.is_navigation(line) is not is_row


@pytest.mark.parametrize(
    "text, expected",
    [
        # the unit written at both bounds: one range, 250 to 300 元
        ("全村流转土地1200亩，每亩年租金250元至300元。", (250, 300, "元")),
        ("46名村党组织书记拿到了5000元至2万元不等的奖励。", (5000, 20000, "元")),
        ("带动贫困户120户到180户不等。", (120, 180, "户")),
    ],
)
def test_a_range_with_its_unit_at_both_bounds_is_one_figure(text, expected):
    rows = [(f.value, f.value_high, f.unit) for f in figures(text) if f.unit == expected[2]]
    assert rows == [expected]


@pytest.mark.parametrize(
    "text",
    [
        # 由…提高到, 从…到: the same quantity at two times, not a range
        "人均纯收入由3000元提高到5000元。",
        "村集体经济收入从3000元到5000元。",
        "贫困户人均纯收入从3000元至5000元，翻了近一番。",
    ],
)
def test_a_change_between_two_amounts_is_two_figures(text):
    rows = [(f.value, f.value_high) for f in figures(text)]
    assert rows == [(3000, None), (5000, None)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # the fall since last year's end is those lifted out
        (
            "2018年末全县贫困人口剩余1432户2861人，比上年末减少4907户12375人。",
            [("poor_households", 1432), ("poor_persons", 2861),
             ("lifted_households", 4907), ("lifted_persons", 12375)],
        ),
        # the fall in poor villages is the villages that left the list: poor villages still
        (
            "全县贫困村从45个减少到12个，减少了33个。",
            [("poor_villages", 45), ("poor_villages", 12), ("poor_villages", 33)],
        ),
    ],
)  # fmt: skip
def test_a_fall_in_the_poor_just_counted(text, expected):
    rows = figures(text)
    assert [(f.metric, f.value) for f in rows] == expected
    assert {f.metric for f in rows} <= VOCABULARY


@pytest.mark.parametrize(
    "text, expected",
    [
        # those counted moved out of their old houses: helped, even all of a village's poor
        (
            "今年4月，该村52户贫困户告别半山腰的土坯房，搬进镇上的安置小区。",
            [("beneficiary_households", 52)],
        ),
        (
            "截至目前，已建成安置房600套，入住贫困户214户。",
            [("other", 600), ("beneficiary_households", 214)],
        ),
        # a share received
        (
            "合作社召开分红大会，48户贫困户每户分到900元。",
            [("beneficiary_households", 48), ("income_yuan", 900)],
        ),
        # ... but a village's poor counted, nothing told of them, stay the stock
        ("该村有贫困户52户。", [("poor_households", 52)]),
    ],
)
def test_the_poor_who_moved_or_received_a_share_are_helped(text, expected):
    assert [(f.metric, f.value) for f in figures(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("2014年，全乡识别贫困户1200户，8个村全部是深度贫困村。", 8),
        ("全县14个行政村均为贫困村。", 14),
        ("全镇12个村中，有5个村是省定贫困村。", 5),
    ],
)
def test_villages_counted_then_said_to_be_poor_are_poor_villages(text, expected):
    assert ("poor_villages", expected) in [(f.metric, f.value) for f in figures(text)]


def test_villages_said_not_to_be_poor_are_not():
    assert [(f.metric, f.value) for f in figures("全镇有6个村是非贫困村。")] == [("other", 6)]


def test_a_tables_rows_are_parts_of_its_total_row_and_are_placed_at_their_own_names():
    rows = {(f.raw, f.metric): f for f in figures(BULLETIN)}
    total = rows[("379", "lifted_households")]
    # each township's households lifted are part of the 合计 row's, so a sum over the county
    # counts them once
    assert rows[("215", "lifted_households")].part_of == total.figure_id
    assert rows[("164", "lifted_households")].part_of == total.figure_id
    assert total.part_of == ""
    # a row names its township; the total row names none and stays at the county; no row
    # opens a section of its own
    assert rows[("215", "lifted_households")].township == "沿口镇"
    assert (total.county, total.township) == ("武胜县", "")
    # the header's unit (万元) is no amount of 10,000 元
    assert not [f for f in figures(BULLETIN) if f.raw == "万元"]


def test_when_every_village_is_poor_the_count_of_villages_again_is_not_of_poor_villages():
    # all 9 villages are poor: "9个村党总支" counts party branches, "9个村卫生室" clinics, and
    # the 9 villages' income target speaks of income, not of poverty
    text = (
        "2014年，全乡识别贫困户2687户，9个村全部是深度贫困村。\n"
        "全乡9个村党总支、63个党支部冲在脱贫攻坚第一线，9个村卫生室全部达标。\n"
    )
    rows = [(f.raw, f.metric) for f in figures(text)]
    assert rows.count(("9个", "poor_villages")) == 1


@pytest.mark.parametrize(
    "text, expected",
    [
        # a move still to come: the poor who have not moved are the stock
        ("全村还有45户贫困户尚未告别土坯房。", [("poor_households", 45)]),
        # villages said not to be poor, with words between
        ("全镇有7个村为非建档立卡贫困村。", [("other", 7)]),
        ("全镇有7个村不是贫困村。", [("other", 7)]),
    ],
)
def test_a_move_not_made_and_villages_said_not_poor(text, expected):
    assert [(f.metric, f.value) for f in figures(text)] == expected


def test_a_tables_rates_and_averages_are_not_parts_of_its_total():
    text = (
        "表3 各乡镇贫困发生率\n"
        "乡镇 脱贫人数（人） 贫困发生率（%） 人均纯收入（元）\n"
        "沿口镇 708 1.2 9800\n"
        "烈面镇 533 0.9 9600\n"
        "合计 1241 1.1 9700\n"
        "下一步，全县将巩固拓展脱贫攻坚成果，健全防止返贫动态监测和帮扶机制，推动乡村全面振兴。\n"
    )
    parts = {f.raw: f.part_of for f in figures(text)}
    assert parts["708"] and not parts["1.2"] and not parts["9800"]


def test_a_zero_padded_pager_is_no_table_row():
    assert not bp.table_row("版面导航 01 02 03 04")


@pytest.mark.parametrize(
    "text, expected",
    [
        # 块 said for 元 in speech: money where the clause speaks of it or the sum is one
        ("“以前一年到头挣不到3000块，现在一个月就有2600块。”", [(3000, "元"), (2600, "元")]),
        ("“每天工钱90块，还不耽误接送孩子。”", [(90, "元")]),
        # ... but 块 before a noun counts pieces: plots, signs
        ("他家承包了3块地，种上了猕猴桃。", [(3, "块")]),
        ("村里立了2块牌子。", [(2, "块")]),
    ],
)
def test_kuai_said_for_yuan(text, expected):
    assert [(f.value, f.unit) for f in figures(text)] == expected


# Thousands set apart by a space (GB/T 15835 allows it): 2 046户 is 2,046 households. A date's
# time and a code keep their spaces.
@pytest.mark.parametrize(
    "text, expected",
    [
        ("全县建档立卡贫困户2 046户7 315人。", [(2046, "户"), (7315, "人")]),
        ("整合涉农资金5 260万元。", [(52_600_000, "元")]),
        ("全镇共有贫困户：1 350户。", [(1350, "户")]),
        ("累计投入帮扶资金1 024 500元。", [(1_024_500, "元")]),
        # a page that sets every number apart from its words and its unit
        (
            "全年投入各类扶贫资金 3 470 万元，其中财政资金 1 250 万元。",
            [(34_700_000, "元"), (12_500_000, "元")],
        ),
        ("2019年全乡实现脱贫 2 318 户 7 905 人。", [(2318, "户"), (7905, "人")]),
    ],
)
def test_thousands_set_apart_by_a_space_are_one_number(text, expected):
    assert [(f.value, f.unit) for f in figures("某县扶贫工作\n" + text)] == expected


def test_digits_before_a_space_that_are_no_leading_group_of_thousands_stay_apart():
    # four digits before the space (a year, a code) lead no group of thousands; a clock's
    # minutes are no group either; nor are numbers set apart on both sides (a ledger's
    # columns), while a row's sum set apart from its name has its unit at once
    assert _digits_set_in("文号2019 001号") == "文号2019 001号"
    assert _digits_set_in("时间 10:30 326人") == "时间 10:30 326人"
    assert _digits_set_in("石门村 205 640 已脱贫") == "石门村 205 640 已脱贫"
    assert _digits_set_in("大病保险报销 3 920万元") == "大病保险报销3920万元"


# A ledger's line parts its fields with spaces, not commas: each field is its own clause, so
# 已脱贫 decides the second pair (lifted) and 建档立卡 only the first (the registered poor).
def test_the_fields_of_a_ledgers_line_are_clauses_of_their_own():
    rows = figures("某镇分村台账\n石门村 建档立卡205户640人 已脱贫190户598人 未脱贫15户42人\n")
    assert [(f.value, f.metric) for f in rows] == [
        (205, "poor_households"), (640, "poor_persons"),
        (190, "lifted_households"), (598, "lifted_persons"),
        (15, "poor_households"), (42, "poor_persons"),
    ]  # fmt: skip


# Rows under the line that leads them say what their sums are: the lead's 报销 and 资金 make the
# rows' sums money put in (funds), and the lead's 今年 (2020, the page's date) dates the rows
# as it would the next sentence. A heading's stated year stays the heading's.
LISTED_SUMS = (
    "发布时间：2020-11-02\n"
    "某县健康扶贫工作\n"
    "今年1至10月，全县贫困人口住院费用各类保障共报销2.1亿元。其中：\n"
    "基本医保报销 1.36亿元\n"
    "医疗救助 2180万元\n"
    "三、资金投向（按类别）\n"
    "产业类 8600万元\n"
    "基础设施类 1.2亿元\n"
)


def test_rows_under_a_lead_take_its_kind_of_money_and_its_relative_time():
    rows = [(f.value, f.metric, f.as_of_year) for f in figures(LISTED_SUMS)]
    assert rows == [
        (210_000_000, "funds_yuan", 2020),
        (136_000_000, "funds_yuan", 2020),
        (21_800_000, "funds_yuan", 2020),
        (86_000_000, "funds_yuan", None),
        (120_000_000, "funds_yuan", None),
    ]


# Look-alikes a second reader found: a space before words alone is a pause, not a new field;
# a lead's last clause dates its rows and its first sum names them; a heading reaches no row
# through lines of prose.
@pytest.mark.parametrize(
    "text, expected",
    [
        ("全村建档立卡贫困户56户 已全部脱贫出列。", [(56, "lifted_households", None)]),
        ("截至目前 全县已有2.3万人 实现稳定脱贫。", [(23000, "lifted_persons", None)]),
        (
            "发布时间：2020-10-15\n去年全县共报销2.1亿元，今年1至9月共报销3.45亿元。其中：\n"
            "医疗救助 3215万元\n",
            [
                (210_000_000, "funds_yuan", 2019),
                (345_000_000, "funds_yuan", 2020),
                (32_150_000, "funds_yuan", 2020),
            ],
        ),
        (
            "全县统筹整合扶贫资金3.2亿元，带动贫困户人均增收1800元，具体如下：\n产业扶贫 1.5亿元\n",
            [(320_000_000, "funds_yuan", None), (1800, "income_yuan", None),
             (150_000_000, "funds_yuan", None)],
        ),
        (
            "一、资金投入情况\n全县扶贫工作稳步推进\n群众满意度不断提升\n村民张某家中存款 5万元\n",
            [(50_000, "other", None)],
        ),
    ],
)  # fmt: skip
def test_pauses_leads_and_headings_that_are_no_rows_lead(text, expected):
    rows = figures("某县扶贫工作\n" + text)
    assert [(f.value, f.metric, f.as_of_year) for f in rows] == expected


# A 公示's list under "名单如下：": each household's share, its group and size in brackets, is
# the money the lead sentence hands out (分配: earned by those who receive it).
def test_the_rows_of_a_notice_take_the_money_of_its_lead():
    rows = figures(
        "某村光伏收益分配公示\n本次分红对象为我村脱贫户12户30人，按人均1200元分红。名单如下：\n"
        "1. 马*兰（1组，4人）4800元\n2. 杨*福（3组，2人）2400元\n"
    )
    assert [(f.value, f.metric) for f in rows if f.unit == "元"][1:] == [
        (4800, "income_yuan"),
        (2400, "income_yuan"),
    ]


@pytest.mark.parametrize(
    "text, metric",
    [
        ("现将我村2020年度光伏收益分红如下：\n张某某 1200元\n李某 800元\n", "income_yuan"),
        ("现将2020年秋季学期雨露计划补助发放如下：\n甲镇 12.5万元\n乙镇 8.3万元\n", "funds_yuan"),
    ],
)
def test_what_a_lead_announces_keeps_its_money_word(text, metric):
    assert {f.metric for f in figures("某县扶贫工作\n" + text)} == {metric}


def test_a_table_that_states_several_units_gives_none_of_them_to_every_column():
    # "单位：个、户、人": which column is in which unit the header does not say
    text = (
        "某县2019年脱贫攻坚工作总结\n全县坚持以党建引领脱贫攻坚，全年减贫成效明显。\n"
        "各乡镇情况（单位：个、户、人）\n乡镇 贫困村 贫困户 贫困人口 脱贫人口\n"
        "城关镇 5 612 1538 1200\n"
        "下一步，全县将巩固拓展脱贫攻坚成果，健全防止返贫动态监测和帮扶机制。\n"
    )
    assert not [f for f in figures(text) if f.raw in {"5", "612", "1538"} and f.unit != "人"]


# A letter-spaced page sets a space between every digit, a decimal point too: "全县 1 5 1 个",
# "1 . 3 万人". Each digit alone, then a unit: one number.
@pytest.mark.parametrize(
    "text, expected",
    [
        ("全县 1 5 1 个行政村，选派第一书记 8 2 名。", [(151, "个"), (82, "名")]),
        ("全县已有 9 3 2 7 户 1 8 6 4 0 人实现稳定脱贫。", [(9327, "户"), (18640, "人")]),
        ("全镇总人口 1 . 3 万人。", [(13000, "人")]),
    ],
)
def test_digits_spaced_one_by_one_are_one_number(text, expected):
    assert [(f.value, f.unit) for f in figures("某县扶贫工作\n" + text)] == expected


def test_digits_spaced_one_by_one_without_a_unit_stay_apart():
    # a pager's page numbers have no unit after them
    assert _digits_set_in("1 2 3 4 5 下一页") == "1 2 3 4 5 下一页"
    assert _digits_set_in("第 1 2 期") == "第12期"  # a bulletin's issue


# A table whose line breaks were lost with its markup: header and rows on one line. Each year's
# row gives its households (户) and persons (人) lifted out in that year; a year the table marks
# as projected is still its row's year.
ONE_LINE_TABLE = (
    "近年来，某乡党委坚持抓党建促脱贫，各村党支部领办合作社，带动贫困户稳定增收。\n"
    "全乡脱贫情况如下：\n"
    "年份 脱贫户数（户） 脱贫人数（人） 2017年 126 431 2018年 98 302 2019年（预计） 40 115\n"
    "全乡将继续巩固脱贫成果。\n"
)


def test_a_table_on_one_line_is_read_row_by_row():
    got = [(f.raw, f.metric, f.year) for f in figures(ONE_LINE_TABLE)]
    assert got == [
        ("126", "lifted_households", 2017),
        ("431", "lifted_persons", 2017),
        ("98", "lifted_households", 2018),
        ("302", "lifted_persons", 2018),
        ("40", "lifted_households", 2019),
        ("115", "lifted_persons", 2019),
    ]


def test_a_line_of_numbers_that_does_not_fill_its_columns_is_no_table():
    # three numbers after two columns: no whole row each, so no cell is read as the table's
    text = "年份 脱贫户数（户） 脱贫人数（人） 2017年 126 431 2018年 98\n"
    assert [f.raw for f in figures(text) if "table_cell" in f.flags] == []


# A table saved with its cells' bars: each township's row under its header, as with spaces.
BARRED_TABLE = (
    "近年来，某县坚持抓党建促脱贫，各乡镇党委把脱贫攻坚作为头等大事来抓。\n"
    "表3 2019年分乡镇减贫情况\n"
    "乡镇 | 贫困村(个) | 年初贫困人口(人) | 当年减贫(人) |\n"
    "城关镇 | 4 | 2310 | 1208 |\n"
    "河口乡 | 7 | 3125 | 1466 |\n"
    "全县将继续巩固脱贫成果。\n"
)


def test_a_table_with_its_cells_bars_is_read_row_by_row():
    got = [(f.raw, f.metric) for f in figures(BARRED_TABLE)]
    assert got == [
        ("4", "poor_villages"),
        ("2310", "poor_persons"),
        ("1208", "lifted_persons"),
        ("7", "poor_villages"),
        ("3125", "poor_persons"),
        ("1466", "lifted_persons"),
    ]


def test_a_table_turned_on_its_side_counts_what_its_rows_name():
    # places across, kinds down: each cell counts its row's households, in its column's town
    text = (
        "近年来，某县坚持抓党建促脱贫，各乡镇党委把脱贫攻坚作为头等大事来抓。\n"
        "项目 河口镇（户） 桥头乡（户） 贫困户 215 186 已脱贫户 97 88\n"
        "全县将继续巩固脱贫成果。\n"
    )
    got = [(f.raw, f.metric) for f in figures(text)]
    assert got == [
        ("215", "poor_households"),
        ("186", "poor_households"),
        ("97", "lifted_households"),
        ("88", "lifted_households"),
    ]
