"""Figures: the number grammar, metrics, qualifiers, years, places and fused numbers.

Every case is an invented sentence; expected values are worked out by hand in the case.
"""

from __future__ import annotations

import pytest

from helpers.engine.pipeline import analyse
from helpers.extract.figures.fused import best_split
from helpers.extract.records import ManifestRow
from helpers.extract.text.clean import normalize


def figures(text: str):
    result = analyse(
        "r1", normalize(text), ManifestRow("r1", "r1.txt", "", "utf-8", "ok", ""), with_terms=False
    )
    return result.figures, result.text


def found(text: str):
    return [(f.metric, f.value, f.unit) for f in figures(text)[0]]


@pytest.mark.parametrize(
    "text, expected",
    [
        # households and persons in one span give two rows
        (
            "全村共有建档立卡贫困户126户402人，是深度贫困村。",
            [("poor_households", 126, "户"), ("poor_persons", 402, "人")],
        ),
        (
            "2019年全乡脱贫88户265人。",
            [("lifted_households", 88, "户"), ("lifted_persons", 265, "人")],
        ),
        (
            "截至去年底尚有43户97人未脱贫。",
            [("poor_households", 43, "户"), ("poor_persons", 97, "人")],
        ),
        ("合作社带动贫困户150户增收。", [("beneficiary_households", 150, "户")]),
        # the helpers named before a help verb are its subject; those counted after it are helped
        (
            "45名镇干部帮带210户农户增收。",
            [("cadres", 45, "名"), ("beneficiary_households", 210, "户")],
        ),
        ("全县有市定贫困村27个。", [("poor_villages", 27, "个")]),
        ("全县共有行政村85个。", [("other", 85, "个")]),
        # money: scaled to 元, put in vs earned
        ("县财政投入资金2.5亿元建设扶贫车间。", [("funds_yuan", 250_000_000, "元")]),
        ("争取上级扶持资金1300多万元。", [("funds_yuan", 13_000_000, "元")]),
        ("村集体经济收入达到12.5万元。", [("income_yuan", 125_000, "元")]),
        ("每户年均分红3600元。", [("income_yuan", 3600, "元")]),
        ("按照每公斤8元的价格收购。", [("other", 8, "元")]),
        ("企业捐赠三百万元用于修路。", [("funds_yuan", 3_000_000, "元")]),
        # land, people, other units
        ("流转土地3.2万亩种植茶叶。", [("area_mu", 32_000, "亩")]),
        ("发展中药材两千三百亩。", [("area_mu", 2300, "亩")]),
        ("全镇总人口2.3万人。", [("population", 23_000, "人")]),
        ("选派45名干部驻村帮扶。", [("cadres", 45, "名")]),
        ("发展新党员12名。", [("party_members", 12, "名")]),
        ("开展培训1200人次。", [("other", 1200, "人次")]),
        ("贫困发生率降至0.8%。", [("other", 0.8, "%")]),
        ("建成光伏电站200千瓦。", [("other", 200, "千瓦")]),
        ("养殖肉牛560头。", [("other", 560, "头")]),
        ("产值增长了3倍。", [("other", 3, "倍")]),
        # a thousands separator is not a clause break: the persons still belong to 贫困户
        (
            "全县共有建档立卡贫困户2,345户8,765人。",
            [("poor_households", 2345, "户"), ("poor_persons", 8765, "人")],
        ),
        # a part counts what its own clause says, not what the whole counted
        (
            "全乡总人口1.8万人，其中贫困人口三千二百人。",
            [("population", 18_000, "人"), ("poor_persons", 3200, "人")],
        ),
        # a part with no noun of its own counts what the whole counted
        (
            "全村贫困户96户，其中一组41户。",
            [("poor_households", 96, "户"), ("poor_households", 41, "户")],
        ),
        # the poor among a cooperative's members are the ones it helps
        (
            "合作社现有社员320户，其中贫困户85户。",
            [("other", 320, "户"), ("beneficiary_households", 85, "户")],
        ),
        # a later year with only a verb repeats the earlier clause's noun
        (
            "2015年人均纯收入3200元，2018年达到7600元。",
            [("income_yuan", 3200, "元"), ("income_yuan", 7600, "元")],
        ),
        ("全县12个贫困村中有9个出列。", [("poor_villages", 12, "个"), ("poor_villages", 9, "个")]),
        # Chinese numerals with a scale carry counted things; a bare 两头 is a word
        ("年出栏生猪两万头，养鸡五千只。", [("other", 20_000, "头"), ("other", 5000, "只")]),
        # the stock by other names, before or after the count
        ("全乡现有贫困人员412人。", [("poor_persons", 412, "人")]),
        ("全乡共有857人扶贫对象。", [("poor_persons", 857, "人")]),
        # a part drawn from the set the clause names first, with its verb between
        (
            "全市48个重点贫困村中已出列31个。",
            [("poor_villages", 48, "个"), ("poor_villages", 31, "个")],
        ),
        # villages designated by a class composed of its words, not a listed phrase
        ("全县有27个村被确定为集体经济薄弱村。", [("poor_villages", 27, "个")]),
        ("耗资58万元修通了进村公路。", [("funds_yuan", 580_000, "元")]),
        # a village's households and people, after the groups it has
        (
            "全村有9个村民小组、347户1288人。",
            [("other", 9, "个"), ("population", 347, "户"), ("population", 1288, "人")],
        ),
        ("该村辖415户。", [("population", 415, "户")]),
        # lifted told as leaving poverty behind
        ("去年全乡有211户贫困户走出贫困。", [("lifted_households", 211, "户")]),
        # herders are counted as farmers are
        (
            "全苏木识别贫困牧户416户1290人。",
            [("poor_households", 416, "户"), ("poor_persons", 1290, "人")],
        ),
        # bare counts listed before the noun of the last: each counts it
        (
            "三年间全市分别有6个、9个、14个深度贫困村退出。",
            [("poor_villages", 6, "个"), ("poor_villages", 9, "个"), ("poor_villages", 14, "个")],
        ),
        # land per head or per household is a rate, not an area
        ("全村耕地1540亩，人均不足0.9亩。", [("area_mu", 1540, "亩"), ("other", 0.9, "亩")]),
        # a poor township or county counted by 个 is not a village, whatever came before it
        (
            "全州退出贫困村310个，摘帽贫困乡镇4个。",
            [("poor_villages", 310, "个"), ("other", 4, "个")],
        ),
        # the persons of households counted in a clause of their own
        (
            "目前还有9户尚未脱贫，涉及27人。",
            [("poor_households", 9, "户"), ("poor_persons", 27, "人")],
        ),
        # the rest, named by what keeps them poor
        (
            "全村累计脱贫301户，仅剩兜底户6户11人。",
            [
                ("lifted_households", 301, "户"),
                ("poor_households", 6, "户"),
                ("poor_persons", 11, "人"),
            ],
        ),
        # "still left" counts the poor only where the sentence is about poverty
        ("目前村里还有420人在外务工。", [("other", 420, "人")]),
        (
            "今年脱贫55户，还有8户。",
            [("lifted_households", 55, "户"), ("poor_households", 8, "户")],
        ),
        # newly identified poor are a flow into the register, not the stock
        ("今年新识别贫困人口118人。", [("other", 118, "人")]),
        # by how much the poor fell is those lifted
        (
            "全县贫困人口由4.1万人减少到0.3万人，减少了3.8万人。",
            [
                ("poor_persons", 41_000, "人"),
                ("poor_persons", 3000, "人"),
                ("lifted_persons", 38_000, "人"),
            ],
        ),
        # the poor after 2020, by their new name
        ("帮助1.4万相对贫困人口实现脱贫。", [("lifted_persons", 14_000, "人")]),
        # money by its verb: payment for produce is earned, a loan taken is put in
        ("合作社向农户支付货款86万元。", [("income_yuan", 860_000, "元")]),
        ("户均获贷3.2万元。", [("funds_yuan", 32_000, "元")]),
        # amounts in Chinese numerals: "three to five thousand", "a hundred-odd 万"
        ("过去一年只有三五千元的收入。", [("income_yuan", 3000, "元")]),
        ("修路耗资百余万元。", [("funds_yuan", 1_000_000, "元")]),
        # the poor villages named again by their count, as 村; not when they qualify a noun
        (
            "全镇有深度贫困村7个。两年来，7个村全部出列。",
            [("poor_villages", 7, "个"), ("poor_villages", 7, "个")],
        ),
        (
            "全镇有深度贫困村7个。公路已通到7个村的村委会。",
            [("poor_villages", 7, "个"), ("other", 7, "个")],
        ),
        # exits as they are said, and after a word of not yet
        ("去年剩下的6户也全部脱了贫。", [("lifted_households", 6, "户")]),
        (
            "全村剩余未脱贫人口9户23人全部达到脱贫标准。",
            [("lifted_households", 9, "户"), ("lifted_persons", 23, "人")],
        ),
        # the verb, its noun, then the counts: those paired with helpers, each of the list
        (
            "两名干部分别包联贫困户18户、23户。",
            [
                ("cadres", 2, "名"),
                ("beneficiary_households", 18, "户"),
                ("beneficiary_households", 23, "户"),
            ],
        ),
        # ... but a count listed after another with a noun of its own keeps its noun
        ("全州有深度贫困县4个、312个贫困村。", [("other", 4, "个"), ("poor_villages", 312, "个")]),
        # those who have left poverty, given work, are helped
        ("公益岗位安置脱贫劳动力86人。", [("beneficiary_persons", 86, "人")]),
        # the poor among the workers of a trade are those it helps
        (
            "全县物流从业人员2100人，其中贫困人口390人。",
            [("other", 2100, "人"), ("beneficiary_persons", 390, "人")],
        ),
        ("累计报销医疗费用52.3万元。", [("funds_yuan", 523_000, "元")]),
        ("全年鲜叶收购额达76万元。", [("income_yuan", 760_000, "元")]),
        # "still left" with a noun of its own between counts that noun
        (
            "去年全村脱贫18户，目前还有外出务工人员95人。",
            [("lifted_households", 18, "户"), ("other", 95, "人")],
        ),
        # a second reader's cases: 乡村 are villages; an aim is no exit; designated is not
        # helped; a fall of others than the poor is no exit
        ("今年已有26个贫困乡村实现出列。", [("poor_villages", 26, "个")]),
        ("目前全村未脱贫的9户将在年底前全部脱贫。", [("poor_households", 9, "户")]),
        ("经民主评议，新识别为建档立卡贫困户17户。", [("poor_households", 17, "户")]),
        (
            "全县低保对象由2100人减少到1600人，减少了500人。",
            [
                ("beneficiary_persons", 2100, "人"),
                ("beneficiary_persons", 1600, "人"),
                ("beneficiary_persons", 500, "人"),
            ],
        ),
        # ten alone is a count of villages or households; ten before a list's kind is not
        ("全旗十个贫困嘎查全部出列。", [("poor_villages", 10, "个")]),
        ("驻村干部结对帮扶十户贫困户。", [("beneficiary_households", 10, "户")]),
        ("县里出台了十项帮扶措施。", []),
        # a pair in Chinese numerals is read as its digits are: the persons follow their 户
        (
            "已脱贫六十户二百一十人，剩余十二户三十五人由政府兜底。",
            [
                ("lifted_households", 60, "户"),
                ("lifted_persons", 210, "人"),
                ("poor_households", 12, "户"),
                ("poor_persons", 35, "人"),
            ],
        ),
        (
            "全组二十三户八十一人，全部是贫困户。",
            [("poor_households", 23, "户"), ("poor_persons", 81, "人")],
        ),
        # "由A减少到B": B is the same quantity at a later time
        (
            "全县贫困人口由2015年的3.2万人减少到2019年的0.6万人。",
            [("poor_persons", 32_000, "人"), ("poor_persons", 6000, "人")],
        ),
        # a count whose 人 is the noun after it; a year glued to the noun is not a count
        ("项目带动2.4万贫困群众增收。", [("beneficiary_persons", 24_000, "人")]),
        ("扶贫车间吸纳三千余贫困劳动力就业。", [("beneficiary_persons", 3000, "人")]),
        # a cooperative's members are not beneficiaries as such; the poor among them are
        (
            "合作社吸纳社员210户，其中贫困户64户。",
            [("other", 210, "户"), ("beneficiary_households", 64, "户")],
        ),
        # a population whose 人 is implied by 人口
        ("全县辖14个乡镇，总人口约35万。", [("other", 14, "个"), ("population", 350_000, "人")]),
        (
            "贫困村退出23个，贫困人口减少1.1万人。",
            [("poor_villages", 23, "个"), ("lifted_persons", 11_000, "人")],
        ),
        # a rate keeps its per-unit, and its qualifier
        ("带动贫困户增收约600元/人。", [("income_yuan", 600, "元/人")]),
    ],
)
def test_figures_and_metrics(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text, qualifier",
    [
        ("投入约800万元。", "about"),
        ("带动近300户贫困户。", "about"),
        ("受益群众500人左右。", "about"),
        ("培训超过1000人次。", "over"),
        ("带动农户2000余户。", "over"),
        ("种植面积300亩以上。", "over"),
        ("分红不足500元。", "under"),
        ("发生率在2%以下。", "under"),
        ("新建道路12公里。", ""),
    ],
)
def test_qualifiers(text, qualifier):
    (figure,) = figures(text)[0]
    assert figure.qualifier == qualifier


def test_rate_is_flagged_and_keeps_qualifier():
    (f,), _ = figures("贫困户户均增收约1500元/年。")
    assert (f.value, f.unit, f.qualifier) == (1500, "元/年", "about")
    assert "rate" in f.flags.split(";")


def test_ranges_keep_both_ends_scaled():
    (a,), _ = figures("亩产3000—4000斤。")
    assert (a.value, a.value_high, a.unit) == (3000, 4000, "斤")
    (b,), _ = figures("每户补贴3至5万元。")
    assert (b.value, b.value_high) == (30_000, 50_000)


@pytest.mark.parametrize(
    "text",
    [
        "2018年7月16日召开会议。",  # a date
        "会议于上午9:30开始。",  # a clock time
        "咨询电话0931-8823456。",  # a phone number
        "一是抓党建，二是促脱贫。",  # list ordinals
        "坚持“三会一课”制度，开展“两学一做”。",  # numbers inside slogans
        "第一书记驻村，召开第三次会议。",  # ordinals
        "千百年来，这里的群众以种地为生。",  # not a number
        "抓两头、带中间，一站式服务。",  # idioms
    ],
)
def test_not_figures(text):
    assert found(text) == []


def test_offsets_index_the_cleaned_text():
    result, text = figures("全县１２个村投入资金１２．５万元，带动贫困户３６４户１０７５人脱贫。")
    assert result
    for f in result:
        assert text[f.start : f.end] == f.raw
    assert [f.raw for f in result][-2:] == ["364户1075人", "364户1075人"]


def test_year_is_the_one_the_clause_states():
    result, _ = figures("2014年脱贫32户，2015年脱贫41户，全县发展茶叶2000亩。")
    assert [f.year for f in result] == [2014, 2015, 2015]
    (f,), _ = figures("截至2017年底，全县有贫困户500户。")
    assert f.year == 2017
    # the year compared against is not the figure's year
    a, b = figures("2021年村集体收入28万元，较2020年增长40%。")[0]
    assert (a.year, b.year) == (2021, 2021)
    (c,), _ = figures("与2016年相比，产值增长12%。")
    assert c.year is None
    # a page that spaces its digits apart: "2016 年" is the year all the same
    (d,), _ = figures("2016 年全组脱贫 45 户。")
    assert (d.year, d.value) == (2016, 45)
    # a yearbook writes its years in Chinese numerals; the one nearest the figure is its year
    (e,), _ = figures("二〇一九年，全乡脱贫63户。")
    assert e.year == 2019
    (g,), _ = figures("2018年底至二〇一九年，全乡脱贫63户。")
    assert g.year == 2019


def test_years_listed_before_fenbie_date_the_counts_after_it_in_turn():
    found, _ = figures("2017年、2018年和2019年分别脱贫86户310人、64户203人和25户71人。")
    assert [(f.raw, f.year, f.as_of_year) for f in found][::2] == [
        ("86户310人", 2017, 2017),
        ("64户203人", 2018, 2018),
        ("25户71人", 2019, 2019),
    ]
    # as many years as counts, or the nearest year before (the list's last) stays the year
    found, _ = figures("2017年、2018年分别召开推进会，全乡脱贫64户。")
    assert [f.year for f in found] == [2018]


def test_a_spaced_layout_reads_nbsp_month_and_since_as_plain_text_does():
    # a web page's non-breaking spaces are spaces
    (money,), _ = figures("累计投入\xa086.5\xa0万元。")
    assert (money.value, money.unit) == (865_000, "元")
    # a month spaced from its year dates the figure to that month
    (d,), _ = figures("截至 2019 年 6 月底,全组脱贫 45 户。")
    assert (d.as_of_year, d.as_of) == (2019, "2019-06")
    # "2015 年以来" counts up to the page's date, as 2015年以来 does
    since = figures("发布时间:2019-05-01\n2015 年以来，全乡累计脱贫 1200 人。\n")[0][-1]
    assert (since.value, since.as_of_year) == (1200, 2019)
    # a bare 万 set apart from its number is money in a clause about money
    (bare,), _ = figures("合作社注入资金 12 万。")
    assert (bare.value, bare.unit) == (120_000, "元")
    # an ordinal set apart from 第 is no count; numbers set apart on each side with no unit
    # after them may be a table's columns ("某村 205 640 已脱贫", tests/test_tables.py), but a
    # group of three digits with its unit after it is thousands on a page that sets every
    # number apart: 1 500 户 is 1,500 households, not 500
    assert figures("该村成为全县第 2 个出列的贫困村。")[0] == []
    assert [(f.value, f.unit) for f in figures("全县共有贫困户 1 500 户。")[0]] == [(1500, "户")]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a fact box's labels and values: the label before the colon is the number's noun
        ("脱贫户数：38户，脱贫人数：127人。", [("lifted_households", 38), ("lifted_persons", 127)]),
        ("全乡建档立卡贫困户:64户213人。", [("poor_households", 64), ("poor_persons", 213)]),
        ("省级贫困村：9个；整合涉农资金：460万元。", [("poor_villages", 9), ("funds_yuan", 4.6e6)]),
        ("农民人均可支配收入：9120元。", [("income_yuan", 9120)]),
        # a colon that opens a sentence, not a value, leaves its clause as it is
        ("村里的情况是这样的：全村有农户64户。", [("population", 64)]),
    ],
)
def test_a_label_and_its_value_across_a_colon_read_as_one_clause(text, expected):
    assert [(f.metric, f.value) for f in figures(text)[0]] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # villages counted by a Chinese numeral before 重点村 (not "three key points")
        ("今年两个重点村摘帽出列。", [("poor_villages", 2)]),
        # moved into new homes, out of the mountains: relocation, those helped
        ("去年有1300名贫困群众住上新房。", [("beneficiary_persons", 1300)]),
        ("一年来全镇1.1万名群众搬离深山。", [("beneficiary_persons", 11000)]),
        # raising income, then out of poverty: the aim of help, as 脱贫增收
        ("合作社带动贫困人口430人增收脱贫。", [("beneficiary_persons", 430)]),
        # the programme a class of villages is the focus of; villages that exited, counted
        ("全州确定扶贫开发重点村88个。", [("poor_villages", 88)]),
        ("摘帽村：7个", [("poor_villages", 7)]),
        (
            "全县有贫困村40个，其中28个村已稳定退出。",
            [("poor_villages", 40), ("poor_villages", 28)],
        ),
        # the exit is the part's, counted after 中, not the whole's
        (
            "全村212户贫困户中已有180户实现脱贫。",
            [("poor_households", 212), ("lifted_households", 180)],
        ),
        # 扶贫对象 counts households or persons; 向 before those who receive
        ("全县共有扶贫对象1.8万户。", [("poor_households", 18000)]),
        ("向32户贫困户发放种羊。", [("beneficiary_households", 32)]),
    ],
)
def test_shapes_of_key_figures_from_invented_reports(text, expected):
    assert [(f.metric, f.value) for f in figures(text)[0]] == expected


def test_households_and_persons_spaced_apart_are_one_count():
    result = analyse(
        "r1", "全组共 86 户 305 人。", ManifestRow("r1", "r1.txt", "", "utf-8", "ok", "")
    )
    assert "number_spaces_closed" in result.report.quality  # the change is flagged
    households, persons = figures("全组共 86 户 305 人。")[0]
    assert (households.metric, persons.metric) == ("population", "population")
    assert households.raw == persons.raw == "86户305人"


def test_village_named_in_the_clause_narrows_the_place():
    result, _ = figures("其中石门村发展核桃800亩；杨柳村发展花椒500亩。")
    assert [f.village for f in result] == ["石门村", "杨柳村"]
    result, _ = figures("石门村、杨柳村等5个村发展花椒500亩。")
    assert {f.village for f in result} == {""}


def test_a_place_the_figures_clause_names_after_a_village_speaks_for_it():
    # "以某村为样板，…，截至2018年底，恩施州1200个贫困村…": the prefecture the figure's own
    # clause names is its place, not the village named clauses before as the model
    text = (
        "如今，在恩施州，以木龙垭村为样板，好路子不断延伸，"
        "截至2019年底，恩施州729个贫困村全部出列。"
    )
    result, _ = figures(text)
    assert [(f.value, f.village, f.scope) for f in result] == [(729, "", "prefecture")]
    # ... while the village's own count after its township, in the clause before, stays its
    result, _ = figures("木龙垭村隶属芭蕉侗族乡，全村共有农户412户。")
    assert [(f.value, f.village) for f in result] == [(412, "木龙垭村")]


def test_each_figure_of_a_sentence_listing_villages_takes_the_one_before_it():
    # the sentence's villages are read once for all its figures; each figure still takes the
    # last village named before it, and the first, named after its number, none
    result, _ = figures("共帮扶12户：河口村贫困户32户，沙坪村贫困户41户，青石村贫困户18户。")
    assert [(f.value, f.village) for f in result] == [
        (12, ""),
        (32, "河口村"),
        (41, "沙坪村"),
        (18, "青石村"),
    ]


def test_a_count_whose_own_noun_is_not_poor_does_not_take_the_poor_metric_of_its_list():
    # the list's first item counts poor households; the others name their own, other kinds
    result, _ = figures("扶贫车间带动贫困户150户、一般户30户、种植大户6户务工。")
    assert [(f.value, f.metric) for f in result] == [
        (150, "beneficiary_households"),
        (30, "other"),
        (6, "other"),
    ]
    # a clause with no noun before its count takes the last one's, but not a non-poor village
    result, _ = figures("今年，4个贫困村建起光伏电站，7个非贫困村也建起了光伏电站。")
    assert [(f.value, f.metric) for f in result] == [(4, "poor_villages"), (7, "other")]


def test_money_counted_in_kuai_is_in_yuan():
    result, _ = figures("他在合作社务工，一年能挣2万块钱，还种了两块地。")
    assert [(f.value, f.unit, f.metric) for f in result] == [(20000, "元", "income_yuan")]


@pytest.mark.parametrize(
    "digits, split",
    [
        ("4711340", (471, 1340)),
        ("2570", (25, 70)),
        ("620", (6, 20)),
        ("33105", (33, 105)),
        ("34", None),  # two digits: too short to split with confidence
        ("20171340", None),  # a year glued to a count is not a household count
        ("1000", None),  # no plausible household size: 1|000, 10|00, 100|0
    ],
)
def test_best_split(digits, split):
    assert best_split(digits) == split


def test_fused_numbers_are_repaired_and_flagged_when_the_page_shows_the_pattern():
    text = (
        "2016年全乡建档立卡贫困户3551200人。其中2017年脱贫45150人，2018年脱贫60201人，"
        "截至2018年底尚有250849人未脱贫。"
    )
    result, _ = figures(text)
    pairs = [(f.metric, f.value, f.flags) for f in result]
    assert ("poor_households", 355, "suspect_fused") in pairs and (
        "poor_persons",
        1200,
        "suspect_fused",
    ) in pairs
    assert ("lifted_households", 45, "suspect_fused") in pairs and (
        "lifted_persons",
        150,
        "suspect_fused",
    ) in pairs
    assert all("probably" in f.note for f in result)


def test_a_real_count_is_not_split():
    result, _ = figures("评出五星党员1340名，全村共1340人，年底分红总额为280500元。")
    assert [(f.value, f.flags) for f in result] == [(1340, ""), (1340, ""), (280500, "")]


def test_implausible_count_without_a_split_is_kept_and_flagged():
    result, _ = figures("浙江省永嘉县桥头镇：全镇建档立卡贫困人口共有9000000人。")
    (f,) = result
    assert f.value == 9_000_000 and "implausible" in f.flags


def test_the_whole_township_refers_back_to_the_township_last_named():
    # 解放沟镇 and 竹核乡 are both townships of 昭觉县 (NBS codes 513431xxx); the report is about
    # the county, so 全镇 in the second sentence can only mean the township named just before.
    result, _ = figures(
        "四川省凉山州昭觉县：党建引领脱贫攻坚\n昭觉县坚持党建引领，各乡镇协同推进。\n"
        "解放沟镇发展马铃薯产业。2019年全镇脱贫320户1200人。\n竹核乡发展肉牛养殖。"
    )
    assert [(f.county, f.township, f.value) for f in result] == [
        ("昭觉县", "解放沟镇", 320),
        ("昭觉县", "解放沟镇", 1200),
    ]
    # without a township named earlier, 全镇 narrows nothing
    result, _ = figures("四川省凉山州昭觉县：党建引领脱贫攻坚\n2019年全镇脱贫320户1200人。")
    assert {f.township for f in result} == {""}


def test_a_change_against_last_year_is_the_same_kind_of_money():
    from helpers.extract.records import Section

    text = "县财政投入扶贫资金2.1亿元，比去年增加5000多万元。"
    section = Section("r", 0, "", "", "", "", "", 0, len(text))
    from helpers.extract.figures.extract import extract_figures

    metrics = [f.metric for f in extract_figures("r", text, [section], [], [], [""])]
    assert metrics == ["funds_yuan", "funds_yuan"]


def _one_section_figures(text: str):
    from helpers.engine.pipeline import analyse
    from helpers.extract.records import ManifestRow

    manifest = ManifestRow("r", "r.txt", "", "utf-8", "ok", "")
    return analyse("r", text, manifest, with_terms=False).figures


def test_a_sentence_about_a_county_elsewhere_places_its_figures_there_and_flags_it():
    # a report about 会宁县 (甘肃省白银市) quoting a sentence about 东乡族自治县 (临夏州)
    text = (
        "会宁县：党建引领脱贫攻坚\n"
        "会宁县坚持抓党建促脱贫，全县贫困户全部实现脱贫，村集体经济收入稳步增长。"
        "学习东乡族自治县的经验，东乡族自治县建档立卡贫困户3200户。\n"
    )
    (far,) = [f for f in _one_section_figures(text) if f.value == 3200]
    assert (far.county, far.place_basis) == ("东乡族自治县", "sentence")
    assert "place_conflict" in far.flags


def test_period_scope_and_parts_are_read_from_the_sentence():
    text = (
        "会宁县：党建引领脱贫攻坚\n"
        "近年来，会宁县累计投入扶贫资金3.2亿元，其中产业扶贫资金1.1亿元。"
        "截至2019年底，全县现有贫困户1200户。2018年全县脱贫860户。\n"
    )
    rows = {f.value: f for f in _one_section_figures(text)}
    whole, part = rows[320_000_000], rows[110_000_000]
    assert (whole.period, part.period) == ("cumulative", "cumulative")
    assert part.part_of == whole.figure_id and whole.part_of == ""
    assert (rows[1200].period, rows[1200].scope) == ("point", "county")
    assert (rows[860].period, rows[860].scope) == ("annual", "county")
    assert len({f.figure_id for f in rows.values()}) == len(rows)


@pytest.mark.parametrize(
    "clause",
    [
        "每个党员帮带3户",
        "每户可贷款5万元",
        "最高补助2万元",
        "人均补助800元",
        "奖补资金不超过10万元",
    ],
)
def test_duties_limits_and_per_unit_amounts_are_rates(clause):
    (figure, *_) = _one_section_figures(f"某某县推进脱贫攻坚\n{clause}，效果明显。\n")
    assert "rate" in figure.flags


@pytest.mark.parametrize(
    "sentence",
    [
        "会宁县属于限制开发区域，全县有贫困户1200户。",  # 开发区 inside 开发区域
        "会宁县着力改变产业发展落后村的面貌，帮扶贫困户1200户。",  # a phrase ending in 村
    ],
)
def test_fragments_of_words_are_not_townships_or_villages(sentence):
    (figure,) = _one_section_figures(f"会宁县：党建引领\n{sentence}\n")
    assert (figure.township, figure.village) == ("", "")


@pytest.mark.parametrize(
    "text, expected",
    [
        # a list by year inherits the noun its first item was counted with
        (
            "贫困村退出情况分别为：2017年8个、2018年15个、2019年6个。",
            [("poor_villages", 8, "个"), ("poor_villages", 15, "个"), ("poor_villages", 6, "个")],
        ),
        # only villages 出列: an elided noun after the verb is poor villages
        (
            "2020年减贫4100户1.2万人、出列19个。",
            [
                ("lifted_households", 4100, "户"),
                ("lifted_persons", 12000, "人"),
                ("poor_villages", 19, "个"),
            ],
        ),
        # those still poor, with the plan to finish lifting them before them
        ("年底前要完成剩余1.8万贫困人口的脱贫验收。", [("poor_persons", 18000, "人")]),
        # ... but 主要 holds no plan: those were lifted
        (
            "2019年，该村主要通过产业帮扶实现剩余12户41人稳定脱贫。",
            [("lifted_households", 12, "户"), ("lifted_persons", 41, "人")],
        ),
        # a rounded amount after a noun of money is an amount, no lost digits
        ("今年共筹措帮扶资金万余元。", [("funds_yuan", 10000, "元")]),
        # the key villages' other half
        (
            "全县有扶贫开发工作重点村38个，非重点村96个。",
            [("poor_villages", 38, "个"), ("other", 96, "个")],
        ),
        # the poor taken into the minimum living guarantee are helped
        ("将符合条件的2300名贫困人口纳入农村低保。", [("beneficiary_persons", 2300, "名")]),
        # a province's name for its poor villages
        ("全州共有扶贫开发工作重点村214个。", [("poor_villages", 214, "个")]),
        # those monitored for a return to poverty are not the registered poor, persons too
        (
            "全县新增防返贫监测对象52户180人。",
            [("other", 52, "户"), ("other", 180, "人")],
        ),
        # a count of loans is no money; the average per loan or per village is the money's
        (
            "共发放扶贫小额贷款1.2万笔、6.1亿元，笔均5.1万元。",
            [("other", 12000, "笔"), ("funds_yuan", 610000000, "元"), ("funds_yuan", 51000, "元")],
        ),
        (
            "23个村集体经济总收入达到460万元，村均20万元。",
            [("other", 23, "个"), ("income_yuan", 4600000, "元"), ("income_yuan", 200000, "元")],
        ),
    ],
)
def test_lists_by_year_elided_nouns_and_averages_per_unit(text, expected):
    assert found(text) == expected


def test_a_count_over_villages_of_several_townships_stays_at_the_county():
    # the clause names two townships, each with a village, then counts all the villages: the
    # count is the county's, not the last-named township's; a township's own clause still is
    text = (
        "会宁县：党建引领\n工作队进驻会宁县会师镇南关村、郭城驿镇新堡村等6个贫困村开展帮扶。"
        "郭城驿镇有贫困户310户。\n"
    )
    across, own = _one_section_figures(text)
    assert (across.raw, across.county, across.township) == ("6个", "会宁县", "")
    assert (own.raw, own.township) == ("310户", "郭城驿镇")


# A page laid out in fixed-width lines (a yearbook, a PDF): the sentence goes on past the line
# break, so a count that opens a line reads its cue from the end of the line before.
WRAPPED = [
    (
        "全乡认真落实各项帮扶措施，2017年至2018年两年共计实现脱贫\n  860户3290人。\n",
        [("lifted_households", 860, "户"), ("lifted_persons", 3290, "人")],
    ),
    (
        "经过动态调整和回头看，全镇共识别建档立卡贫困户\n412户，其中因病致贫的占三成。\n",
        [("poor_households", 412, "户")],
    ),
]
NOT_WRAPPED = [
    # the line before is closed (。) or is a short heading: no context carries over
    ("全乡认真落实各项帮扶措施，取得明显成效。\n860户3290人。\n", "other"),
    ("脱贫成效\n860户3290人。\n", "other"),
]


@pytest.mark.parametrize("text, expected", WRAPPED)
def test_a_count_that_opens_a_wrapped_line_reads_the_line_before(text, expected):
    assert [f for f in found(text) if f[0] != "other"] == expected


@pytest.mark.parametrize("text, metric", NOT_WRAPPED)
def test_a_closed_line_or_a_heading_does_not_carry_over(text, metric):
    assert {f[0] for f in found(text)} == {metric}


def test_a_count_that_bounds_a_class_of_places_is_not_a_count():
    # villages of 50 or more poor households, not 50 households helped (帮扶 would say so)
    rows = found("县里帮扶贫困户50户以上的村每村奖励2万元。")
    assert ("other", 50, "户") in rows
    assert ("other", 40, "户") in found(
        "以简易路面解决了贫困群众出行难，帮扶40户以上各自然村通路。"
    )


@pytest.mark.parametrize(
    "text, expected",
    [
        # a lone 万/千 before 元 is the amount itself (10,000 元, 1,000 元)
        ("靠养蜂一项，老刘就能年入万元。", [("income_yuan", 10000, "元")]),
        ("通过务工，户均月入千元以上。", [("income_yuan", 1000, "元")]),
        # indefinite or a ranking term: no amount
        ("外欠医疗费数万元。", []),
        ("村里出了好几个万元户。", []),
        ("一年下来增收上万元。", []),
        # a noun of money right before it: the page lost the sum's digits ("资金35万元")
        ("省农业厅支持该县资金万元，用于修建村级活动场所。", []),
        # a one-character Chinese numeral is still a number
        ("每斤卖三元。", [("other", 3, "元")]),
    ],
)
def test_a_lone_scale_before_yuan_is_an_amount_unless_indefinite(text, expected):
    assert found(text) == expected


def test_a_total_in_wan_that_is_the_sum_of_plain_parts_loses_the_spurious_wan():
    # 5000 + 3000 + 1500 = 9500: the source's "9500万元" is 9,500 元, not 95 million
    text = "养猪收入5000元，种菜收入3000元，务工收入1500元，三项合计9500万元。"
    rows, _ = figures(text)
    total = rows[-1]
    assert (total.value, total.unit) == (9500, "元")
    assert "suspect_unit" in total.flags and "9500万元" in total.note
    # when the parts add up to the total as written, nothing is changed
    rows, _ = figures("两个项目分别投入1.2万元和2.4万元，合计3.6万元。")
    assert rows[-1].value == 36000 and not rows[-1].flags


def test_a_number_shown_alone_on_its_line_counts_what_the_next_sentence_says():
    # a data card over the sentence that explains it: the card's number is that figure again
    text = "变化看得见。\n8765元\n2020年,全组人均可支配收入增长到8765元。\n"
    card, body = figures(text)[0]
    assert card.raw == "8765元" and card.sentence == "8765元"
    assert card.metric == body.metric == "income_yuan"
    # its own line states no year: the year is the sentence's, not the card's
    assert (card.as_of_year, body.as_of_year) == (None, 2020)
    # a card whose explanation counts nothing key keeps its own reading and no note
    card, _ = figures("看变化。\n6个\n全镇6个小组都通了水泥路。\n")[0]
    assert (card.metric, card.note) == ("other", "")
    # a number alone whose value the next sentences do not state keeps its own reading
    (alone, _), _ = figures("变化看得见。\n8765元\n2020年,全组人均可支配收入增长到9000元。\n")
    assert alone.metric == "other"


def test_counts_whose_members_all_are_poor_or_a_part_of_a_helped_whole_are_beneficiaries():
    # members of a cooperative who all are poor are those it helps; so are the poor among the
    # households the clause before says it took in, counted there or not
    (members,), _ = figures("茶叶合作社吸纳社员57户,全部为贫困户。")
    assert members.metric == "beneficiary_households"
    (members,), _ = figures("茶叶合作社吸纳社员57户,全都是贫困户。")
    assert members.metric == "beneficiary_households"
    (part,), _ = figures("合作社带动周边农户入社,其中建档立卡贫困户39户。")
    assert part.metric == "beneficiary_households"
    # ... but not those of villages it helps, counted or not, nor the poor among the employed
    (households,), _ = figures("工作队负责帮扶全乡各行政村,其中贫困户520户。")
    assert households.metric == "poor_households"
    _, poor = figures("全镇就业人口1.6万人,其中贫困人口900人。")[0]
    assert poor.metric == "poor_persons"
    # those a project newly employs are helped
    _, employed = figures("去年车间新增就业260余人,其中贫困人口74人。")[0]
    assert employed.metric == "beneficiary_persons"
    # the poor households of the villages a team helps are the villages' stock
    (_, households), _ = figures("工作队负责帮扶14个贫困村,其中贫困户730户。")
    assert households.metric == "poor_households"
    # the poor among a place's population are its stock
    _, stock = figures("全乡总人口1.8万人,其中贫困人口2100人。")[0]
    assert stock.metric == "poor_persons"


def test_a_count_of_households_before_a_noun_is_not_read_as_money_too():
    # 万 then the noun it counts, in a clause about buying: one count, no phantom money
    (count,), _ = figures("为全镇1.3万贫困户统一购置了化肥。")
    assert (count.unit, count.metric) == ("户", "beneficiary_households")


def test_a_comparison_with_an_earlier_year_and_its_difference_are_the_same_money():
    # 5120元 is the income of 2016, the 3980元 the increase: both income, as the 9100元 is
    text = "去年全乡农民人均可支配收入达到9100元，比2016年的5120元增加3980元。"
    assert found(text) == [
        ("income_yuan", 9100, "元"),
        ("income_yuan", 5120, "元"),
        ("income_yuan", 3980, "元"),
    ]
    # the region's figure for the same period, after a clause with no money in it
    text = "上半年，全县农村居民人均可支配收入4870元，同比增长8.2%；全省同期为6030元。"
    assert [m for m, _, u in found(text) if u == "元"] == ["income_yuan", "income_yuan"]


# Where the counted noun stands away from the number (invented sentences; the expected metric
# is what the noun says, the year the item's own year).
@pytest.mark.parametrize(
    "text, expected",
    [
        # a list of exits by year after a colon whose topic is the poor villages
        (
            "全市贫困村分年度退出：2017年退出3个，2018年退出12个；剩余4个于今年全部退出。",
            [("poor_villages", 3, "个"), ("poor_villages", 12, "个"), ("poor_villages", 4, "个")],
        ),
        # the heading over the paragraph names what its counts count
        (
            "贫困村情况：\n全县共有64个，2018年退出21个。",
            [("poor_villages", 64, "个"), ("poor_villages", 21, "个")],
        ),
        (
            "贫困户情况：\n精准识别以来，全县共有4410户15208人。",
            [("poor_households", 4410, "户"), ("poor_persons", 15208, "人")],
        ),
        # a relative clause with a quoted word between count and noun; the next count drawn
        # from the same villages
        (
            "县里有26个今年要完成“摘帽”任务的经济薄弱村，已有19个提前达标。",
            [("poor_villages", 26, "个"), ("poor_villages", 19, "个")],
        ),
        # two counts sharing one noun
        (
            "2017年、2018年分别退出2个和9个贫困村。",
            [("poor_villages", 2, "个"), ("poor_villages", 9, "个")],
        ),
        # villages designated as poor, by the word for it or by the programme's name
        (
            "全乡18个行政村中，有7个被确定为贫困村。",
            [("other", 18, "个"), ("poor_villages", 7, "个")],
        ),
        ("东坪、西坪等4个村为省级扶贫开发重点村。", [("poor_villages", 4, "个")]),
    ],
)
def test_the_counted_noun_away_from_its_number(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # what a bought thing was worth, and money set aside in a budget, are money put in
        ("合作社添置了价值38万元的收割机。", [("funds_yuan", 380000, "元")]),
        ("县财政每年列支1500万元。", [("funds_yuan", 15000000, "元")]),
        # a poverty-prevention insurance reaches households: those it helps
        (
            "全县发放防贫保险金52万元，惠及418户。",
            [("funds_yuan", 520000, "元"), ("beneficiary_households", 418, "户")],
        ),
        # households watched for falling back into poverty are neither poor nor lifted
        (
            "县里将215户脱贫不稳定户和130户边缘易致贫户纳入动态监测。",
            [("other", 215, "户"), ("other", 130, "户")],
        ),
        # party members drawn from a set of party members, not those they help
        (
            "全镇860名党员中，有310名已与贫困户结对。",
            [("party_members", 860, "名"), ("party_members", 310, "名")],
        ),
        # the unit of a reward's rate
        (
            "每吸纳1名贫困劳动力就业，给予奖补800元。",
            [("other", 1, "名"), ("funds_yuan", 800, "元")],
        ),
        # a class of villages by their income stays a class when it is a part of a sum
        (
            "全县村集体经济收入全部达到4万元以上，其中收入20万元以上的村有31个。",
            [("income_yuan", 40000, "元"), ("other", 200000, "元"), ("other", 31, "个")],
        ),
        # secretaries drawn from the secretaries, in the same clause
        ("全县村党支部书记中55岁以上的还有36人。", [("other", 55, "岁"), ("cadres", 36, "人")]),
    ],
)
def test_money_by_its_verb_and_counts_that_are_not_the_poor(text, expected):
    assert found(text) == expected


def test_a_count_listed_with_its_own_noun_does_not_take_the_next_counts():
    # 11个 counts counties, its own noun before it; only the second count is of poor villages
    text = "全州至今尚有深度贫困县11个、1118个贫困村。"
    assert found(text) == [("other", 11, "个"), ("poor_villages", 1118, "个")]


def test_a_figure_of_the_whole_prefecture_after_a_county_named_as_its_model():
    # 全市 between the county and the count: the prefecture's 320 poor villages, not the county's
    text = "今年以来，黄冈全面推广罗田县的做法，向全市320个贫困村选派工作队。罗田县有贫困村56个。"
    places = [(f.raw, f.prefecture, f.county) for f in figures(text)[0]]
    assert places == [("320个", "黄冈市", ""), ("56个", "黄冈市", "罗田县")]


def test_a_figure_of_the_whole_before_a_county_named_after_it_stays_the_wholes():
    # 全市 opens the sentence: 303万 and 45万 count the prefecture; the county named after them,
    # as one of its parts, is not their place
    text = (
        "陕西省安康市脱贫攻坚综述\n"
        "全市总人口303万，其中少数民族人口4.5万，辖1区9县，汉阴县是全省首批退出的县。\n"
    )
    places = [(f.raw, f.prefecture, f.county) for f in figures(text)[0] if f.unit == "人"]
    assert places == [("303万", "安康市", ""), ("4.5万", "安康市", "")]
    # a county named before the figure is still its place
    text = "陕西省安康市脱贫攻坚综述\n汉阴县全县总人口31万，其中贫困人口2.6万。\n"
    assert {f.county for f in figures(text)[0] if f.unit == "人"} == {"汉阴县"}


def test_a_part_of_the_whole_placed_in_its_county_in_the_same_clause_keeps_it():
    # 全市 counts the whole; the part 分布在 a county in its own clause is that county's
    text = "广西桂林市脱贫攻坚综述\n全市共有贫困村260个，其中97个分布在龙胜各族自治县。\n"
    assert [(f.raw, f.county) for f in figures(text)[0]] == [
        ("260个", ""),
        ("97个", "龙胜各族自治县"),
    ]
    # 全县域 is a manner of planning, no whole the figure counts
    text = (
        "甘肃省定西市产业扶贫综述\n坚持全县域统筹，2019年新建马铃薯基地3.2万亩的渭源县成为样板。\n"
    )
    assert {f.county for f in figures(text)[0]} == {"渭源县"}


def test_the_city_a_meeting_was_held_in_is_not_the_place_of_its_figures():
    # the meeting's venue is a city of the region; the cadres it sends are the region's
    text = (
        "新疆维吾尔自治区驻村工作综述\n"
        "自治区3日在乌鲁木齐市召开驻村工作会议，1.2万名干部将进驻3500个村。"
    )
    assert {(f.province, f.prefecture) for f in figures(text)[0]} == {("新疆维吾尔自治区", "")}
    # an event held in a county frames the county's own doings
    text = (
        "云南省曲靖市消费扶贫综述\n在会泽县举行的消费扶贫签约仪式上，该县与12家企业签约1.6亿元。\n"
    )
    assert {f.county for f in figures(text)[0] if f.unit == "元"} == {"会泽县"}
    # a county that does what the sentence counts is still its place
    text = "在和田县，3200名干部进驻贫困村。"
    assert {f.county for f in figures(text)[0]} == {"和田县"}


@pytest.mark.parametrize(
    "text",
    [
        "会泽县是全省贫困人口最多的县，2014年建档立卡贫困人口达到15.6万人。",
        "宣威市贫困发生率居全省第一，建档立卡贫困人口8.3万人。",
    ],
)
def test_a_whole_a_county_is_measured_against_is_not_the_figures_place(text):
    # 是全省…最多的县, 居全省第一 compare the county with the province: the count is the county's
    assert [f.county for f in figures(text)[0] if f.unit == "人"] == [text[:3]]


def test_a_count_of_the_whole_the_county_is_one_of_is_the_wholes():
    # 12个 counts the province's counties, of which the county is one; 3.1万人 is the county's
    text = "泗水县是全省12个重点帮扶县之一，全县有建档立卡贫困人口3.1万人。"
    assert [(f.raw, f.county) for f in figures(text)[0]] == [("12个", ""), ("3.1万人", "泗水县")]
    # after a share of the prefecture's in a clause of its own, a count of the whole the county
    # is one of is still no count of the county's
    text = "福贡县贫困人口占全州的31.2%，是全国832个贫困县之一。"
    assert [(f.raw, f.county) for f in figures(text)[0]] == [("31.2%", ""), ("832个", "")]


@pytest.mark.parametrize(
    "text, expected",
    [
        # the rest of a list by place counts what the list's items count
        (
            "全县脱贫2046户6830人，其中城关镇512户1703人，其他各乡镇合计1534户5127人。",
            ["lifted_households", "lifted_persons"] * 3,
        ),
        # households taken off the register are no longer poor, persons paired with them neither
        (
            "动态调整中，清退识别不准的贫困户36户121人，全县尚有贫困户1802户。",
            ["other", "other", "poor_households"],
        ),
        # the persons of newly added households are a flow in, as the households are
        ("今年新识别贫困户18户57人。", ["other", "other"]),
        # those left after some were taken off are the poor
        ("剔除错评户后贫困户还有320户1150人。", ["poor_households", "poor_persons"]),
    ],
)
def test_the_rest_of_a_list_and_households_taken_off_or_added_to_the_register(text, expected):
    assert [f.metric for f in figures(text)[0]] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a yearbook's wrapped lines with a photo's caption set between a count of households
        # and its persons: the persons go on the households' clause
        (
            "　　【脱贫攻坚】 年内，全镇实现脱贫152户\n"
            "                                   某某村新建的产业路\n"
            "            611人，贫困发生率降至1.2%。",
            [("lifted_households", 152, "户"), ("lifted_persons", 611, "人"), ("other", 1.2, "%")],
        ),
    ],
)
def test_a_caption_between_a_wrapped_line_and_its_persons(text, expected):
    assert found(text) == expected


def test_a_short_line_with_a_number_is_no_caption_to_skip():
    # "全镇11个村" is a line of its own with a count: the persons below are not its households'
    text = "全镇实现脱贫的贫困户共有152户\n全镇11个村\n611人参加了培训。"
    assert ("lifted_persons", 611, "人") not in found(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a second reader's probes: a list's number is no digit of a letter-spaced count
        (
            "主要做法：\n1. 5个贫困村全部出列。\n2. 3名县领导包乡联村。",
            [("poor_villages", 5, "个"), ("cadres", 3, "名")],
        ),
        # a line that only opens like a WeChat card, or a document site's notice, keeps its text
        (
            "功能介绍：平台设有政策查询等模块，已录入贫困户3200户。",
            [("poor_households", 3200, "户")],
        ),
        (
            "本文由用户上传，仅供学习交流。2018年，全县共有贫困村65个，全年减贫5300人。",
            [("poor_villages", 65, "个"), ("lifted_persons", 5300, "人")],
        ),
        # a heading between a wrapped line and a count with its own words: another clause
        (
            "2018年某村顺利通过考核验收，实现脱贫退出46户\n劳务输出\n173人外出务工。",
            [("lifted_households", 46, "户"), ("other", 173, "人")],
        ),
    ],
)
def test_what_the_sixteenth_pass_layout_rules_must_leave(text, expected):
    assert found(text) == expected
