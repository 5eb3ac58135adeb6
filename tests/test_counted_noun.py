"""The noun a count counts decides its metric, wherever the sentence puts that noun.

Every sentence here is invented (other provinces, other numbers); the expected metric is what
the contract's vocabulary says the counted noun is, reasoned in the comment beside it.
"""

from __future__ import annotations

import pytest
from test_figures import figures

from helpers.extract.figures import counted_noun


def metrics(text: str) -> list[tuple[str, str]]:
    return [(f.raw, f.metric) for f in figures(text)[0]]


@pytest.mark.parametrize(
    "text, expected",
    [
        # the noun after the measure word, with a status and a level between
        ("截至2019年底，全省聚焦210个未退出贫困村开展攻坚。", [("210个", "poor_villages")]),
        ("全市312个省定经济薄弱村全部达标。", [("312个", "poor_villages")]),
        ("他们结对帮扶了58个困难村。", [("58个", "poor_villages")]),
        # a village named by its role in the help it gets; the levels that set the class
        ("去年全州17个帮扶村建起了光伏电站。", [("17个", "poor_villages")]),
        ("全州43个州、县两级重点贫困村通过验收。", [("43个", "poor_villages")]),
        # 建卡 is 建档立卡 said short
        # (三成 is a share, 30 %, of a metric of its own)
        (
            "该乡建卡户共有219户，其中因病致贫的占三成。",
            [("219户", "poor_households"), ("三成", "other")],
        ),
        # those a social-assistance benefit is paid to are its beneficiaries
        (
            "该镇现有低保对象1320人，五保户47户。",
            [("1320人", "beneficiary_persons"), ("47户", "beneficiary_households")],
        ),
        # the noun before, as the subject, with a span's verb between: both ends count it
        (
            "五年来，贫困村从6210个减少到2150个。",
            [("6210个", "poor_villages"), ("2150个", "poor_villages")],
        ),
        (
            "该县贫困人口已由2012年底的5.3万人减少到目前的1.1万人。",
            [("5.3万人", "poor_persons"), ("1.1万人", "poor_persons")],
        ),
        # the clause before sets up the set the count is drawn from
        ("全县建档立卡贫困村中，临河镇就有9个。", [("9个", "poor_villages")]),
        # regional names of the registered poor, and the persons of those households
        (
            "全区低收入农户3.1万户、10.2万人。",
            [("3.1万户", "poor_households"), ("10.2万人", "poor_persons")],
        ),
        ("该乡有贫困农户212户、806人。", [("212户", "poor_households"), ("806人", "poor_persons")]),
        ("全县共有建档立卡户1830户。", [("1830户", "poor_households")]),
        ("全镇共有扶贫对象960人。", [("960人", "poor_persons")]),
        # exits by year after the stock: each counts the villages the first clause named
        (
            "全乡共有8个贫困村，2016年退出1个，2018年退出2个。",
            [("8个", "poor_villages"), ("1个", "poor_villages"), ("2个", "poor_villages")],
        ),
        # nouns listed before 分别 are counted by the numbers after it, each by its kind
        (
            "全县贫困村、贫困户分别为32个、2100户。",
            [("32个", "poor_villages"), ("2100户", "poor_households")],
        ),
        # 人口 after a poverty word is the poor, not the population
        ("截至目前，全市农村低收入人口4.2万人。", [("4.2万人", "poor_persons")]),
        # the cause of poverty names the poor it caused
        ("其中，因病致贫的有320户。", [("320户", "poor_households")]),
        # an elliptic comparison keeps the noun of the clause before
        (
            "2018年全村人均纯收入达到9120元，而2013年只有2860元。",
            [("9120元", "income_yuan"), ("2860元", "income_yuan")],
        ),
        # a relative clause in 的, or a plan's name in quotes, between measure word and noun
        ("今年确定了43个基础条件较差的省定贫困村。", [("43个", "poor_villages")]),
        ("市里选派干部进驻27个“十四五”重点贫困村。", [("27个", "poor_villages")]),
        # ... but not a noun of another count: the 5 are townships, the 12 villages
        ("调查了5个乡镇的12个贫困村。", [("5个", "other"), ("12个", "poor_villages")]),
        ("帮扶涉及9个乡镇的贫困村。", [("9个", "other")]),
        # villages that become non-poor have exited: they are counted as poor villages
        ("2018年全镇6个村成为非贫困村。", [("6个", "poor_villages")]),
        # villages that exit, or have not yet, are the poor villages whatever they are called
        ("2019年全县有46个村整体脱贫出列。", [("46个", "poor_villages")]),
        ("盟里对尚未脱贫的318个嘎查村逐一建档。", [("318个", "poor_villages")]),
        # townships exiting are not villages
        ("2019年有6个乡镇脱贫摘帽。", [("6个", "other")]),
        # the lifted named as a noun after the count; helped, they are beneficiaries
        ("全村现有脱贫户340户。", [("340户", "lifted_households")]),
        ("全村现有340户脱贫户。", [("340户", "lifted_households")]),
        ("每名干部结对帮扶2户脱贫户。", [("2户", "beneficiary_households")]),
        # 人数 and 户数 are the number of persons and of households: the poverty word before
        # them says whose
        (
            "全乡贫困人数由2015年的2480人减少到2019年的96人。",
            [("2480人", "poor_persons"), ("96人", "poor_persons")],
        ),
        ("当年全旗低保人数412人。", [("412人", "beneficiary_persons")]),
        ("合作社社员人数315人。", [("315人", "other")]),
        # the register's words before 贫困 change nothing of whom a phrase names
        ("全州减少建档立卡贫困人口3.6万人。", [("3.6万人", "lifted_persons")]),
        ("当年减少农村贫困人口4100人。", [("4100人", "lifted_persons")]),
        ("全镇入社建档立卡贫困户730户。", [("730户", "beneficiary_households")]),
        ("全区7230万农村建档立卡贫困人口全部脱贫。", [("7230万", "lifted_persons")]),
        # qualifiers and modifiers in any order before the head
        ("覆盖全旗27个“十三五”建档立卡重点贫困村。", [("27个", "poor_villages")]),
        # a count rounded in Chinese numerals before 重点…村 counts villages, not key points
        ("推动全省千余个重点贫困村发生变化。", [("千余个", "poor_villages")]),
        ("会议明确了三个重点。", []),
        # a rounded count joined to the next one shares its noun; all of a village poor
        (
            "全乡2016年、2017年分别退出2个和10余个贫困村。",
            [("2个", "poor_villages"), ("10余个", "poor_villages")],
        ),
        (
            "全村86户342余人，全部是贫困人口。",
            [("86户342余人", "poor_households"), ("86户342余人", "poor_persons")],
        ),
        # the verb before a count and the noun after it make the phrase the cue names
        ("全旗累计减少2.6万人贫困人口。", [("2.6万人", "lifted_persons")]),
        ("全镇入社1280户贫困户。", [("1280户", "beneficiary_households")]),
        # ... and the persons after a count of households with its noun are theirs
        (
            "某村有37户贫困户，128人。",
            [("37户", "poor_households"), ("128人", "poor_persons")],
        ),
        # those added to the register in a year are a flow into the stock, however linked
        ("2017年新增贫困人口共计21人。", [("21人", "other")]),
        # a count before 中 is the whole the part after it is drawn from
        (
            "全村412户中有贫困户96户。",
            [("412户", "population"), ("96户", "poor_households")],
        ),
        ("合作社吸纳社员中，入社贫困农户230户。", [("230户", "beneficiary_households")]),
        # the households left after the exits a sentence lists are still poor
        (
            "2018年脱贫86户，目前仅剩5户。",
            [("86户", "lifted_households"), ("5户", "poor_households")],
        ),
        # a plan's period in quotes and its start between the noun and the change
        (
            "全县贫困人口由“十三五”初期的3.8万人减少到目前的0.9万人。",
            [("3.8万人", "poor_persons"), ("0.9万人", "poor_persons")],
        ),
        # the poor counted by the cause of their poverty
        ("全市因病因残致贫人口8.6万人。", [("8.6万人", "poor_persons")]),
    ],
)
def test_the_counted_noun_decides_the_metric(text, expected):
    assert metrics(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # 非贫困村 is the opposite of a poor village
        ("全镇有贫困户的非贫困村7个。", [("7个", "other")]),
        # another noun (项目) is what is counted, though a poor village is named before it
        ("帮助贫困村实施扶贫项目22个。", [("22个", "other")]),
        # a noun of another kind after the measure word
        ("全村有贫困户52户，新建厂房3个。", [("52户", "poor_households"), ("3个", "other")]),
        # newly registered poor are a flow into the register, not the stock
        ("2019年新增贫困人口41人。", [("41人", "other")]),
    ],
)
def test_a_poverty_word_near_a_count_of_something_else_does_not_count(text, expected):
    assert metrics(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # money by its verb of putting in, even with no 资金 beside it
        ("村里累计筹措资金520万元。", "funds_yuan"),
        ("党员带头入股8万元。", "funds_yuan"),
        ("合作社添置了3.4万元的农机具。", "funds_yuan"),
        ("三个部门联合出资45万元改建校舍。", "funds_yuan"),
        # 余 rounds an amount; it does not bound a class as 以上 does
        ("今年还将争取30余万元的扶贫资金。", "funds_yuan"),
        ("年收入10万元以上的村占六成。", "other"),
        # money earned by selling, or by a wage
        ("短短两个月便销售20余万元。", "income_yuan"),
        ("她在车间每月能拿2600元。", "income_yuan"),
        ("一家企业资助18万元修路。", "funds_yuan"),
        # money a project takes, and what a road cost to build (造价 is not a unit price)
        ("全镇落地产业项目2600余万元。", "funds_yuan"),
        ("新修的机耕道总造价45万元。", "funds_yuan"),
        ("市场上玉米单价2元。", "other"),
    ],
)
def test_money_by_its_verb(text, expected):
    assert [m for raw, m in metrics(text) if "元" in raw] == [expected]


def test_the_poor_among_those_a_project_employs_are_its_beneficiaries():
    # the whole is employed; the poor "of which" are helped, not the stock of poor (名 and 人
    # count the same people)
    assert metrics("车间吸纳420人就业，其中贫困户68名。")[1] == ("68名", "beneficiary_persons")
    # the poor of a village's residents are the stock
    assert metrics("全村共有612户，其中贫困户57户。")[1] == ("57户", "poor_households")


def test_a_bare_persons_word_after_poor_households_counts_their_persons():
    assert metrics("全市有贫困户3.6万户，人口11.2万。") == [
        ("3.6万户", "poor_households"),
        ("11.2万", "poor_persons"),
    ]
    # after a count of everyone's households it is the population
    assert metrics("全镇共4120户，人口1.3万。")[1][1] == "population"


def test_a_word_of_exit_that_names_a_quoted_role_is_no_exit():
    # 脱贫 modifies the quoted name of those trained; the count is not of people lifted
    assert metrics("全省培训脱贫“带头人”3.2万人。")[0][1] != "lifted_persons"


def test_residents_said_to_be_all_poor_are_the_poor():
    found = metrics("搬迁前，全村93户402人，均为建档立卡贫困户。")
    assert [m for _, m in found] == ["poor_households", "poor_persons"]


def test_a_sum_reached_is_of_the_money_the_clause_before_named():
    # 收入 stands in the first clause only; the second says the income reached a sum
    found = metrics("2015年合作社收入几乎为零，2020年增加到了36万元。")
    assert found == [("36万元", "income_yuan")]


def test_the_noun_pattern_is_composed_from_word_lists():
    # a modifier and a head that no rule names together still compose: 相对贫困 + 家庭
    assert counted_noun.after_measure("户", "相对贫困家庭")
    # a head of the wrong kind for the unit does not count
    assert not counted_noun.after_measure("个", "贫困户")
    assert counted_noun.nounless("2017年又退出")
    assert not counted_noun.nounless("")


@pytest.mark.parametrize(
    "text, expected",
    [
        # everyone who lives in a place is its population, households and persons alike
        ("石桥村全村523户1948人，建档立卡贫困户61户203人。", "population"),
        ("该镇总户数4120户。", "population"),
        ("共有农户615户、2230人。", "population"),
        # a verb before 村民 makes them the object of an action, not the residents
        ("合作社发动村民12人入股。", "other"),
    ],
)
def test_residents_of_a_place_are_its_population(text, expected):
    assert metrics(text)[0][1] == expected


def test_a_year_before_a_noun_of_exit_makes_a_flow():
    # "2016年脱贫户37户" lists the households that exited in 2016
    assert metrics("其中2016年脱贫户37户129人。") == [
        ("37户129人", "lifted_households"),
        ("37户129人", "lifted_persons"),
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        # the poor as the object of help are its beneficiaries, not the stock
        ("合作社为36户贫困户配股3.6万元。", "beneficiary_households"),
        ("每名党员包联5户贫困户。", "beneficiary_households"),
        ("产业园使全村75户贫困户稳定增收。", "beneficiary_households"),
        # the poor as the subject stay the stock
        ("全镇75户贫困户全部落实帮扶措施。", "poor_households"),
        # a plan's period in quotes between the subject and its count
        ("贫困人口由“十二五”期间的2万1千人减少到3千人。", "poor_persons"),
    ],
)
def test_the_poor_as_object_of_help_are_beneficiaries(text, expected):
    assert metrics(text)[0][1] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # 万 with no unit counts the people the clause named before it, both ends of a change
        (
            "全市贫困人口由2015年底的41.3万减少到12.6万。",
            [("41.3万", "poor_persons"), ("12.6万", "poor_persons")],
        ),
        ("68万贫困人口累计脱贫52.1万。", [("68万", "poor_persons"), ("52.1万", "lifted_persons")]),
        # and money when the clause is about money
        ("当天交易额4.2万。", [("4.2万", "income_yuan")]),
        # the population pattern keeps its own: one row, not two
        ("全县总人口达46万。", [("46万", "population")]),
    ],
)
def test_a_count_without_its_unit_takes_the_noun_before_it(text, expected):
    assert metrics(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the noun set up alone as the topic of the clauses after it, each with its year
        (
            "全州在册的贫困人口，2015年末为31.2万人，2020年末降至900人。",
            [("31.2万人", "poor_persons"), ("900人", "poor_persons")],
        ),
        # ... not a clause that counts something itself before the comma
        ("全镇贫困户发展茶叶2000亩，2018年为500户。", [("2000亩", "area_mu"), ("500户", "other")]),
        # the line that defines the class, a sum inside it, between the count and its noun
        (
            "全市还有2.4万名家庭人均纯收入低于3200元的在册贫困人口。",
            [("2.4万名", "poor_persons"), ("3200元", "other")],
        ),
        # what is left of the stock, said with 还剩 or 尚余
        ("全旗深度贫困嘎查村还剩4个。", [("4个", "poor_villages")]),
        ("全乡贫困户尚余58户。", [("58户", "poor_households")]),
    ],
)
def test_a_topic_a_criterion_or_a_remainder_still_names_the_counted_noun(text, expected):
    assert metrics(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a total, then its share per household, of the dividend the sentence named
        (
            "入社的150户农户今年领到分红，共计33万元，户均2200元。",
            [("33万元", "income_yuan"), ("2200元", "income_yuan")],
        ),
        # an earlier value compared with, of the income the clause before named
        (
            "全组人均纯收入9100元，较上年的7800元增长16.7%。",
            [("9100元", "income_yuan"), ("7800元", "income_yuan")],
        ),
        # a per-household share of funds put in stays funds
        (
            "镇里投入产业奖补资金80万元，户均4000元。",
            [("80万元", "funds_yuan"), ("4000元", "funds_yuan")],
        ),
    ],
)
def test_a_sum_said_only_as_a_total_a_share_or_a_comparison_takes_the_sentences_kind(
    text, expected
):
    assert [(raw, m) for raw, m in metrics(text) if "元" in raw] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # what is left of the poor, with a plan to lift them, is still the poor stock
        (
            "全村已脱贫64户251人，剩余的12户38人计划年内全部脱贫。",
            [
                ("64户251人", "lifted_households"),
                ("64户251人", "lifted_persons"),
                ("12户38人", "poor_households"),
                ("12户38人", "poor_persons"),
            ],
        ),
        ("全乡目前还有7户没有脱贫。", [("7户", "poor_households")]),
        # ... the plan said before the rest ("确保剩余…全部脱贫"), or the rest listed with its
        # villages before the households ("剩余的3个贫困村、…将…")
        (
            "明年确保剩余412户1306人全部脱贫。",
            [("412户1306人", "poor_households"), ("412户1306人", "poor_persons")],
        ),
        (
            "剩余的3个贫困村、640户2.2万人将于年底前全部脱贫。",
            [
                ("3个", "poor_villages"),
                ("640户2.2万人", "poor_households"),
                ("640户2.2万人", "poor_persons"),
            ],
        ),
        ("力争剩下的45户年内稳定脱贫。", [("45户", "poor_households")]),
        # ... or the time by which the rest can be lifted
        (
            "剩余9户27人今年底可全部脱贫。",
            [("9户27人", "poor_households"), ("9户27人", "poor_persons")],
        ),
        ("剩下的6户年内可望稳定脱贫。", [("6户", "poor_households")]),
        # ... hoped or expected, by a date or next year (a second reader's variants)
        ("剩余214户有望在年底全部脱贫。", [("214户", "poor_households")]),
        ("剩余17户明年可全部脱贫。", [("17户", "poor_households")]),
        # ... but 将 as 把 before the rest, with the deed done, lifted them
        ("2020年，全县已将剩余32户贫困户脱贫销号。", [("32户", "lifted_households")]),
        # ... but the rest lifted by a means said done are lifted
        ("剩下的5户通过政策兜底实现了脱贫。", [("5户", "lifted_households")]),
        # villages counted as not poor, though poor people live there
        (
            "全市向215个贫困村和96个贫困户较多的非贫困村派驻了工作队。",
            [("215个", "poor_villages"), ("96个", "other")],
        ),
        # the stock at its peak, with a link of time between noun and number
        (
            "全省贫困村从最多时的4100个减少到320个。",
            [("4100个", "poor_villages"), ("320个", "poor_villages")],
        ),
    ],
)
def test_the_poor_left_the_not_poor_and_the_stock_at_its_peak(text, expected):
    assert metrics(text) == expected


@pytest.mark.parametrize(
    "text",
    ["镇里拿出260万元修建冷库。", "合作社为80户农户发放扶贫小额信贷310万元。"],
)
def test_money_taken_out_or_lent_is_put_in(text):
    assert [m for raw, m in metrics(text) if "元" in raw] == ["funds_yuan"]


def test_a_verb_between_a_count_and_the_not_poor_leaves_the_count_its_own_noun():
    # 32户 are poor households the cooperative takes in; the 非贫困户 are another group
    assert metrics("合作社吸纳32户贫困户带动非贫困户共同增收。") == [
        ("32户", "beneficiary_households")
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        # spoken money: 块钱, and 块 after a word of selling, harvesting or earning more
        ("这些枣子卖了600块钱。", [("600块钱", "income_yuan")]),
        ("我家5亩魔芋今年能收2万多块。", [("5亩", "area_mu"), ("2万多块", "income_yuan")]),
        # a Chinese range of one or two
        ("一年收入一两万元不成问题。", [("一两万元", "income_yuan")]),
        # ... but a price per item stays a price, and 块 of land counts plots
        ("一幅刺绣能卖980元。", [("980元", "other")]),
        ("村里收回了3块地。", [("3块", "other")]),
    ],
)
def test_spoken_money_and_ranges(text, expected):
    assert metrics(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a count said to be of the class: 是 links the count to its noun
        (
            "该乡辖11个行政村，其中7个村是省级扶贫开发重点村。",
            [("11个", "other"), ("7个", "poor_villages")],
        ),
        ("全县186个行政村中有52个是贫困村。", [("186个", "other"), ("52个", "poor_villages")]),
        # ... but not of another class
        ("全县有9个村是全市的美丽乡村示范村。", [("9个", "other")]),
        # the whole a part is drawn from, with its own noun: the growers, not the poor
        (
            "全县2.4万户果农中有建档立卡贫困户8600户。",
            [("2.4万户", "other"), ("8600户", "poor_households")],
        ),
        # the poor among those counted for taking part are beneficiaries; among a place's
        # households they are the stock
        (
            "今年全乡发展肉牛养殖户1240户，其中贫困户530户。",
            [("1240户", "other"), ("530户", "beneficiary_households")],
        ),
        (
            "在扶贫车间务工的群众有2100人，其中建档立卡贫困人口860人。",
            [("2100人", "beneficiary_persons"), ("860人", "beneficiary_persons")],
        ),
        (
            "全村共有农户408户，其中贫困户97户。",
            [("408户", "population"), ("97户", "poor_households")],
        ),
        # the rest with their noun and a plan after them are still poor
        (
            "全乡已脱贫860户2910人，剩余贫困户75户212人将于年底前全部实现脱贫。",
            [
                ("860户2910人", "lifted_households"),
                ("860户2910人", "lifted_persons"),
                ("75户212人", "poor_households"),
                ("75户212人", "poor_persons"),
            ],
        ),
        # those who got a loan were helped
        ("全县累计获贷贫困户4300户。", [("4300户", "beneficiary_households")]),
    ],
)
def test_counts_said_to_be_a_class_drawn_from_a_whole_or_taking_part(text, expected):
    assert metrics(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the poor population, counted in households and persons, with a year and 的 between:
        # both values of the fall are the poor stock (the 由…减少到 shape)
        (
            "全村贫困人口已由2014年底的187户652人减少到9户23人。",
            [
                ("187户652人", "poor_households"),
                ("187户652人", "poor_persons"),
                ("9户23人", "poor_households"),
                ("9户23人", "poor_persons"),
            ],
        ),
        # 贫困人口 counted in households alone is the poor households
        (
            "该乡现有贫困人口1360户，占总户数的一成。",
            [("1360户", "poor_households"), ("一成", "other")],
        ),
        # a year's sales are earned
        ("他家养了十几箱蜂，一年能卖2万多元。", [("2万多元", "income_yuan")]),
    ],
)
def test_the_sixteenth_pass_counted_nouns_and_money(text, expected):
    assert metrics(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a price per weight is no year's income, however it is sold
        ("这里的土豆一斤卖到1.5元，比往年高。", [("1.5元", "other")]),
        # a village's whole population in households and persons is not poor
        (
            "全村总人口412户1530人，党员36名。",
            [
                ("412户1530人", "population"),
                ("412户1530人", "population"),
                ("36名", "party_members"),
            ],
        ),
    ],
)
def test_what_the_sixteenth_pass_number_rules_must_leave(text, expected):
    assert metrics(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a time's or a field's takings, said without a word of income
        ("“在车间干活，一个月下来三千多块，还能照顾老人。”", [("三千多块", "income_yuan")]),
        ("“种花椒好，一亩地能卖到七八千元。”", [("七八千元", "income_yuan")]),
        ("“今年我家分了2400元。”", [("2400元", "income_yuan")]),
        # a sum a change went to or started from, the money named in the clause before
        (
            "村集体经济收入从2015年的不足2万元，增长到去年的86万元。",
            [("2万元", "income_yuan"), ("86万元", "income_yuan")],
        ),
        (
            "农民人均纯收入方面，丹凤由2015年的6120元提高到去年的10980元。",
            [("6120元", "income_yuan"), ("10980元", "income_yuan")],
        ),
    ],
)
def test_the_sixteenth_pass_money_by_the_time_and_the_change(text, expected):
    assert metrics(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a rate of help per person and year stays a rate
        ("个人缴费部分由财政全额代缴，每人每年220元。", [("220元", "other")]),
        # a price per weight is no takings
        ("这里的花椒一斤能卖到60元。", [("60元", "other")]),
    ],
)
def test_what_the_sixteenth_pass_money_rules_must_leave(text, expected):
    assert metrics(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a second reader's probes: a time's loss, spending, savings, debt; a price's or a
        # debt's own change beside a clause on income; tax withheld
        "前年遇上猪瘟，一年下来亏了3万多元。",
        "他一年下来存了2万元。",
        "一个月有1000多元的房贷要还。",
        "景区旅游收入大幅增长，门票由去年的80元降到60元。",
        "村集体经济收入逐年增长，负债从2016年的40万元降到零。",
        "合作社销售收入逐年增加，每斤茶叶价格也增长到去年的120元。",
        "企业依法代扣代缴个人所得税1.2万元。",
    ],
)
def test_money_the_sixteenth_pass_rules_must_leave_alone(text):
    assert all(metric == "other" for raw, metric in metrics(text) if raw.endswith("元")), metrics(
        text
    )


@pytest.mark.parametrize(
    "text, expected",
    [
        # what a weight of the crop sells for is a price, however the clause says it
        ("合作社统一收购以后，今年一公斤茶青比去年多卖了6块钱。", [("6块钱", "other")]),
        ("“现在核桃每千克能卖到24元，比自己零卖强多了。”", [("24元", "other")]),
        # a clause the layout broke inside a word: the words on the line above are its own
        (
            "全镇建成香菇大棚210栋，发展民宿32家，带\n动贫困户865户。",
            [("210栋", "other"), ("32家", "other"), ("865户", "beneficiary_households")],
        ),
    ],
)
def test_the_seventeenth_pass_prices_and_broken_clauses(text, expected):
    assert metrics(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a year's takings from the crop stay income
        ("他家去年卖茶青收入2.6万元。", [("2.6万元", "income_yuan")]),
    ],
)
def test_what_the_seventeenth_pass_number_rules_must_leave(text, expected):
    assert metrics(text) == expected


def test_a_headline_over_a_lead_that_opens_with_its_count_says_nothing_of_it():
    # the headline's 带动 and 助力 are not the lead's: the lead reads as it reads alone
    lead = "“万善镇512户1430人建档立卡户只剩2户5人。”"
    headline = "某县：党建带动产业发展 产业助力脱贫攻坚"
    assert metrics(f"{headline}\n{lead}") == metrics(lead)
    # the register's noun after the persons is the households' too, however long the number
    assert metrics(lead)[:2] == [
        ("512户1430人", "poor_households"),
        ("512户1430人", "poor_persons"),
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        # the poor counted among a workshop's workers or a cooperative's members are helped
        (
            "车间工人中贫困群众有27人，月均工资2600元。",
            [("27人", "beneficiary_persons"), ("2600元", "income_yuan")],
        ),
        ("合作社社员中贫困户有45户。", [("45户", "beneficiary_households")]),
        # ... the poor among a village's households are its stock
        (
            "全村386户1402人中有贫困户96户335人。",
            [
                ("386户1402人", "population"),
                ("386户1402人", "population"),
                ("96户335人", "poor_households"),
                ("96户335人", "poor_persons"),
            ],
        ),
    ],
)
def test_the_seventeenth_pass_poor_among_workers(text, expected):
    assert metrics(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a second reader's probes: a sum after a rate per weight is the sum; a committee's
        # members are no workers; a numbered heading is no line of prose
        (
            "按照每公斤补助2元的标准向贫困户发放鲜叶收购补助资金120万元。",
            [("2元", "other"), ("120万元", "funds_yuan")],
        ),
        ("村两委成员中贫困户有2户。", [("2户", "poor_households")]),
        (
            "二、易地搬迁、稳定脱贫\n全县共有建档立卡贫困人口1.2万人。",
            [("1.2万人", "poor_persons")],
        ),
    ],
)
def test_what_the_seventeenth_pass_mends_hold_for_numbers(text, expected):
    assert metrics(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a second reader's probes of the mends: a numbered item of prose wrapped inside a word;
        # a line of crops listed with 、; a cooperative's members
        (
            "（二）强化结对帮扶。全县组织党员干部结对帮扶贫\n困户2360户，实现全覆盖。",
            [("2360户", "beneficiary_households")],
        ),
        (
            "全县通过发展茶叶、食用菌、中药材等产业带动贫\n困户1.2万户增收。",
            [("1.2万户", "beneficiary_households")],
        ),
        ("合作社成员中贫困户有45户。", [("45户", "beneficiary_households")]),
    ],
)
def test_what_the_seventeenth_pass_second_mends_hold_for_numbers(text, expected):
    assert metrics(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a change whose first count has households and persons: the second is the same stock
        (
            "全州建档立卡贫困人口由2014年的62318户241506人减少到2019年底的2106户6120人。",
            [
                ("62318户241506人", "poor_households"),
                ("62318户241506人", "poor_persons"),
                ("2106户6120人", "poor_households"),
                ("2106户6120人", "poor_persons"),
            ],
        ),
    ],
)
def test_the_eighteenth_pass_changes_of_a_stock(text, expected):
    assert metrics(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a clause that names the class alone, then counts that each say only when and how
        (
            "年初认定的集体经济薄弱村，全市共64个，今年已摘帽51个，剩余13个将于年底前完成。",
            [("64个", "poor_villages"), ("51个", "poor_villages"), ("13个", "poor_villages")],
        ),
        # ... or the class with its total first
        (
            "省定经济薄弱村42个，年内达标退出30个。",
            [("42个", "poor_villages"), ("30个", "poor_villages")],
        ),
        # parts of the poor the clause before counted, after 其中, by their own kinds
        (
            "全乡建档立卡扶贫对象2210户6380人，其中一般贫困户1730户5120人，五保户62户98人。",
            [
                ("2210户6380人", "poor_households"),
                ("2210户6380人", "poor_persons"),
                ("1730户5120人", "poor_households"),
                ("1730户5120人", "poor_persons"),
                ("62户98人", "poor_households"),
                ("62户98人", "poor_persons"),
            ],
        ),
        # households an inspection visited are a sample, not the stock
        (
            "督查组实地走访贫困户275户，调阅档案600余份。",
            [("275户", "other"), ("600余份", "other")],
        ),
        # a part of the sum the clause before set up
        ("下达的扶贫专项资金中，有92.6万元未按时拨付。", [("92.6万元", "funds_yuan")]),
        # numbers set apart by spaces after an ASCII comma are read with their units
        (
            "选派队员 640 人,1.8 万名党员干部结对帮扶。",
            [("640人", "cadres"), ("1.8万名", "cadres")],
        ),
    ],
)
def test_the_nineteenth_pass_counted_nouns(text, expected):
    assert metrics(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a flow told before the noun is an item of its own: each year's reduction is lifted
        (
            "2016年减少贫困人口1.3万人，2017年减少1.6万人。",
            [("1.3万人", "lifted_persons"), ("1.6万人", "lifted_persons")],
        ),
        # a count with a noun of its own after it is not the topic's
        (
            "两级贫困村540个、占总数的一半，全市1120个村，每个村都有贫困人口。",
            [("540个", "poor_villages"), ("1120个", "other")],
        ),
        # ... nor is a list of projects
        ("全县新建项目37个，年内完成21个。", [("37个", "other"), ("21个", "other")]),
        # a part of a place's households is no part of the poor
        (
            "全村农户408户，其中低保户20户。",
            [("408户", "other"), ("20户", "beneficiary_households")],
        ),
        # a visit that helps is no sample
        ("驻村干部走访慰问贫困户180户。", [("180户", "beneficiary_households")]),
        # an English date's year keeps its space
        ("2019年村民收入增加，全村务工收入中，有3000元来自外出务工。", [("3000元", "income_yuan")]),
    ],
)
def test_what_the_nineteenth_pass_counted_noun_rules_must_leave(text, expected):
    assert metrics(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # households screened or checked are a sample; those to be lifted, set up before their
        # kinds, are lifted; a place's whole between a noun and its count
        ("全县已排查建档立卡贫困户9120户31460人。", [("9120户31460人", "other")] * 2),
        ("验收组抽查建档立卡户860户。", [("860户", "other")]),
        (
            "拟退出人口中，一般贫困户2210户8650人，低保贫困户930户3120人。",
            [
                ("2210户8650人", "lifted_households"),
                ("2210户8650人", "lifted_persons"),
                ("930户3120人", "lifted_households"),
                ("930户3120人", "lifted_persons"),
            ],
        ),
        ("深度贫困村全镇共有7个。", [("7个", "poor_villages")]),
        # a cooperative's rebate is earned
        ("合作社向社员二次返利38万元。", [("二次", "other"), ("38万元", "income_yuan")]),
    ],
)
def test_the_nineteenth_pass_third_round_counted_nouns(text, expected):
    assert metrics(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a second reader's probes: 脱贫 inside another word, or negated, sets up no lifted
        (
            "在脱贫攻坚中，全乡共有建档立卡贫困户1320户4410人。",
            [("1320户4410人", "poor_households"), ("1320户4410人", "poor_persons")],
        ),
        (
            "全镇未脱贫人口中，一般贫困户52户180人。",
            [("52户180人", "poor_households"), ("52户180人", "poor_persons")],
        ),
        # ... but a year before the lifted set up is theirs
        (
            "2019年脱贫人口中，一般贫困户240户790人。",
            [("240户790人", "lifted_households"), ("240户790人", "lifted_persons")],
        ),
        # a part named by the help it had is helped; a ";" ends the parts
        (
            "全县贫困户3100户，其中享受光伏收益的贫困户1400户。",
            [("3100户", "poor_households"), ("1400户", "beneficiary_households")],
        ),
        # the parts of all a village's households are no parts of the poor
        (
            "全村共有农户412户，其中贫困户61户、党员户28户。",
            [("412户", "population"), ("61户", "poor_households"), ("28户", "other")],
        ),
        # those newly identified or paired, by year, are no class of the poor
        ("动态调整中新识别的贫困户，2018年6户，2019年9户。", [("6户", "other"), ("9户", "other")]),
        # 比预期提前 is a deed done; money put in to build an online shop is put in
        ("2019年，剩余的14户比预期提前半年实现脱贫。", [("14户", "lifted_households")]),
        ("镇里投入30万元建设网销服务站。", [("30万元", "funds_yuan")]),
    ],
)
def test_what_the_nineteenth_pass_second_reader_found(text, expected):
    assert metrics(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the second reader's variants: parts of the poor listed with 、 after 其中
        (
            "全村贫困户88户，其中低保户15户、五保户4户。",
            [("88户", "poor_households"), ("15户", "poor_households"), ("4户", "poor_households")],
        ),
        # visits to every household (遍访), to poor families
        ("驻村干部遍访贫困户720户。", [("720户", "other")]),
        ("工作队走访贫困家庭96户。", [("96户", "other")]),
        # a spaced number after a percentage's comma
        ("贫困发生率降至 0.9%,268 人实现脱贫。", [("0.9%", "other"), ("268人", "lifted_persons")]),
    ],
)
def test_the_nineteenth_pass_second_readers_variants(text, expected):
    assert metrics(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a sum alone in its clause is the one the clause before ended by naming
        ("合作社当年就有了盈利，约12.8万元。", [("12.8万元", "income_yuan")]),
        ("镇里向上争取到产业扶贫资金，共计360万元。", [("360万元", "funds_yuan")]),
    ],
)
def test_the_twentieth_pass_counted_nouns(text, expected):
    assert metrics(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a sum whose own clause names what it is keeps that
        ("村里有了收入，投入8万元修了路。", [("8万元", "funds_yuan")]),
        # a clause before that ends in no kind of money gives none
        ("村里修通了产业路，约40万元。", [("40万元", "other")]),
    ],
)
def test_what_the_twentieth_pass_counted_noun_rules_must_leave(text, expected):
    assert metrics(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the persons the low-income households involve are those households' persons
        (
            "全乡建档立卡的低收入农户共1518户，涉及人口4321人，其中五保户86户102人。",
            [
                ("1518户", "poor_households"),
                ("4321人", "poor_persons"),
                ("86户102人", "poor_households"),
                ("86户102人", "poor_persons"),
            ],
        ),
        # a part named after the share the whole is of, its kinds listed with 、
        (
            "共识别贫困户842户3130人，占农业人口的12.4%，其中低保、低保边缘户97户240人。",
            [
                ("842户3130人", "poor_households"),
                ("842户3130人", "poor_persons"),
                ("12.4%", "other"),
                ("97户240人", "poor_households"),
                ("97户240人", "poor_persons"),
            ],
        ),
        # levels listed inside the clause before the villages' noun
        ("5个曾列入省、市名单的经济薄弱村已全部出列。", [("5个", "poor_villages")]),
        # Jiangsu's word for having been lifted out
        (
            "2020年达标236户617人。",
            [("236户617人", "lifted_households"), ("236户617人", "lifted_persons")],
        ),
        # the rest who must still be lifted are still poor
        (
            "到年底，剩下的21户70人都要脱贫。",
            [("21户70人", "poor_households"), ("21户70人", "poor_persons")],
        ),
        # a run of sums by who gave them are all of the kind the first names
        (
            "全年筹措帮扶资金1520万元，按来源分：省级专项资金600万元，结对帮扶单位320万元。",
            [("1520万元", "funds_yuan"), ("600万元", "funds_yuan"), ("320万元", "funds_yuan")],
        ),
    ],
)
def test_the_twentieth_pass_second_round_counted_nouns(text, expected):
    assert metrics(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a standard the water or the houses reached is no lifting
        ("全村安全饮水达标农户208户。", [("208户", "other")]),
        # edge households counted on their own are not the poor
        ("全村另有低保边缘户16户。", [("16户", "other")]),
        # what is needed is no plan to lift: 需要 names a need
        (
            "全村有贫困户36户，需要帮扶12户。",
            [("36户", "poor_households"), ("12户", "beneficiary_households")],
        ),
    ],
)
def test_what_the_twentieth_pass_second_round_must_leave(text, expected):
    assert metrics(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # villages and households not yet out are still poor
        (
            "全县还有4个未出列村、58户未脱贫户。",
            [("4个", "poor_villages"), ("58户", "poor_households")],
        ),
        # villages that shed their weak status, after the class and its total with its year
        (
            "2018年初全县有经济薄弱村 64 个，全年完成消薄 40 个。",
            [("64个", "poor_villages"), ("40个", "poor_villages")],
        ),
        # the rest, said 余下, to be lifted later are still poor
        ("余下的2.6万名贫困群众将分两年逐步退出。", [("2.6万名", "poor_persons")]),
    ],
)
def test_the_twentieth_pass_third_round_counted_nouns(text, expected):
    assert metrics(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # what two second readers found the twentieth pass's rules misread
        # a village's whole people after its poor households (共有, not 涉及)
        (
            "全村有建档立卡贫困户86户，共有人口1520人，其中贫困人口263人。",
            [("86户", "poor_households"), ("1520人", "population"), ("263人", "poor_persons")],
        ),
        # those monitored or at the edge among the poor are no poor
        (
            "全县建档立卡贫困人口3.2万人，其中监测对象412人。",
            [("3.2万人", "poor_persons"), ("412人", "other")],
        ),
        # the parts of those a programme helped are helped
        (
            "合作社带动贫困户120户，涉及436人，其中低保户36户。",
            [
                ("120户", "beneficiary_households"),
                ("436人", "beneficiary_persons"),
                ("36户", "beneficiary_households"),
            ],
        ),
        # the living standard reached is no lifting
        ("全县住房安全达标1260户。", [("1260户", "other")]),
        ("全村饮水安全达标312户。", [("312户", "other")]),
        # 主要 and 要求 are no plan: those lifted were lifted
        (
            "2018年，剩下的11户32人主要靠兜底脱贫。",
            [("11户32人", "lifted_households"), ("11户32人", "lifted_persons")],
        ),
        (
            "2018年底，全村剩余的5户17人已按要求全部脱贫。",
            [("5户17人", "lifted_households"), ("5户17人", "lifted_persons")],
        ),
        # ... while 还需要 and 必须 are
        (
            "全村剩余的12户36人还需要脱贫。",
            [("12户36人", "poor_households"), ("12户36人", "poor_persons")],
        ),
        # counties and districts listed before the villages they hold are no villages
        ("全市8个县、区所辖的贫困村全部出列。", [("8个", "other")]),
        # a sum with no cue after money put in is not money put in
        ("扶持资金60万元，村集体欠款12万元。", [("60万元", "funds_yuan"), ("12万元", "other")]),
    ],
)
def test_what_the_twentieth_pass_second_readers_found(text, expected):
    assert metrics(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the twenty-second pass: those not yet up to the standard of exit are the poor
        (
            "全县尚未达到脱贫标准的建档立卡低收入农户还有679户1983人。",
            [("679户1983人", "poor_households"), ("679户1983人", "poor_persons")],
        ),
        # the poor counted again after a demonstrative
        (
            "全镇有贫困户2318户。在这2318户中，因缺资金致贫的就有1106户。",
            [
                ("2318户", "poor_households"),
                ("2318户", "poor_households"),
                ("1106户", "poor_households"),
            ],
        ),
        # a second kind of them, by a relative clause alone
        (
            "全县贫困户11236户，其中有劳动能力的7352户，无劳动能力的3884户。",
            [
                ("11236户", "poor_households"),
                ("7352户", "poor_households"),
                ("3884户", "poor_households"),
            ],
        ),
        # ... but not those the register took out
        (
            "对全县建档立卡户5.87万户逐户复核，清退不符合条件的126户。",
            [("5.87万户", "poor_households"), ("126户", "other")],
        ),
        # a class bounded by its income before the noun, then its counts over time
        (
            "人均年收入8000元以下的低收入农户，已由2017年的5200多户减少到目前的317户。",
            [
                ("8000元以下", "other"),
                ("5200多户", "poor_households"),
                ("317户", "poor_households"),
            ],
        ),
        # households on the register of help are the register, not those it reached
        (
            "全县纳入帮扶的低收入农户共有16218户。",
            [("16218户", "poor_households")],
        ),
        # all the villages by their plain noun are not the poor ones counted before them
        (
            "9个原省定重点村全部由第一书记驻村帮扶，全镇34个村党组织书记中，有26人兼任理事长。",
            [("9个", "other"), ("34个", "other"), ("26人", "cadres")],
        ),
        # what a second reader found: a kind of the place's people after its population or
        # of those lifted is no part of the poor; those newly taken in are a flow; exits put
        # in other words; fees paid for the poor are money put in
        ("全村共有农户560户，外出务工的650人。", [("560户", "population"), ("650人", "other")]),
        ("全县脱贫386户，新识别的12户。", [("386户", "lifted_households"), ("12户", "other")]),
        ("今年新纳入帮扶的低收入农户230户。", [("230户", "beneficiary_households")]),
        ("全县还有未能实现脱贫的贫困户120户。", [("120户", "poor_households")]),
        ("没有达到脱贫标准的贫困人口还有356人。", [("356人", "poor_persons")]),
        ("为贫困户代缴参合费用14.2万元。", [("14.2万元", "funds_yuan")]),
        # what the second second reader found: kinds of the poor listed without 其中; those not
        # yet out said after the count; a premium by another name
        (
            "全村贫困户1200户，有劳动能力的800户，无劳动能力的400户。",
            [
                ("1200户", "poor_households"),
                ("800户", "poor_households"),
                ("400户", "poor_households"),
            ],
        ),
        ("全县仍有56户未能实现脱贫。", [("56户", "poor_households")]),
        ("为贫困人口代缴新农合费用156万元。", [("156万元", "funds_yuan")]),
    ],
)
def test_the_twenty_second_pass_counted_nouns(text, expected):
    assert metrics(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # money lent is money put in
        ("信用社向贫困户放贷1260万元。", [("1260万元", "funds_yuan")]),
        ("工作队送去慰问金和物资共计3.4万元。", [("3.4万元", "funds_yuan")]),
        # villages that exit in quotes are the poor villages
        ("全县18个重点村实现“脱贫摘帽”。", [("18个", "poor_villages")]),
        # the rest of a list by their number, and a flow said again by place and verb
        (
            "全县计划减贫980户3102人，其中东关镇计划减贫210户680人，其余9个乡镇共770户2422人。",
            [
                ("980户3102人", "lifted_households"),
                ("980户3102人", "lifted_persons"),
                ("210户680人", "lifted_households"),
                ("210户680人", "lifted_persons"),
                ("9个", "other"),
                ("770户2422人", "lifted_households"),
                ("770户2422人", "lifted_persons"),
            ],
        ),
        (
            "今年白水镇计划减少贫困人口900人，黄河乡计划减少720人。",
            [("900人", "lifted_persons"), ("720人", "lifted_persons")],
        ),
        # the households of a pair whose persons a noun before named as poor
        (
            "剩余贫困人口中，红星乡316户1204人、青山镇207户815人。",
            [
                ("316户1204人", "poor_households"),
                ("316户1204人", "poor_persons"),
                ("207户815人", "poor_households"),
                ("207户815人", "poor_persons"),
            ],
        ),
    ],
)
def test_the_twenty_third_pass_counted_nouns(text, expected):
    assert metrics(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a place's households and people are not the poor because a count of the poor follows
        (
            "全村共有农户312户1086人，其中贫困户45户。",
            [
                ("312户1086人", "population"),
                ("312户1086人", "population"),
                ("45户", "poor_households"),
            ],
        ),
        # money a person pays himself is no money put in; a debt he owes is none either
        ("报销后个人只需支付2300元。", [("2300元", "other")]),
        ("他向亲戚借款3万元。", [("3万元", "other")]),
    ],
)
def test_what_the_twenty_third_pass_counted_nouns_must_leave(text, expected):
    assert metrics(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the parts of a set of those lifted, listed by place, the rest by their number
        (
            "2018年减贫人口中，城关镇1420人、石门乡980人，其余11个乡镇6230人。",
            [
                ("1420人", "lifted_persons"),
                ("980人", "lifted_persons"),
                ("11个", "other"),
                ("6230人", "lifted_persons"),
            ],
        ),
        # the rest of a list with a bracketed kind; a list in persons only
        (
            "今年全县计划减贫1.6万人，其中河口乡2100人、新桥镇1800人，其余19个乡镇(街道)1.21万人。",
            [
                ("1.6万人", "lifted_persons"),
                ("2100人", "lifted_persons"),
                ("1800人", "lifted_persons"),
                ("19个", "other"),
                ("1.21万人", "lifted_persons"),
            ],
        ),
        # what a patient pays himself is no money put in
        (
            "住院总费用3.2万元，报销后个人只需支付2600元。",
            [("3.2万元", "other"), ("2600元", "other")],
        ),
    ],
)
def test_the_twenty_third_pass_second_round_counted_nouns(text, expected):
    assert metrics(text) == expected


def test_the_parts_of_those_not_yet_lifted_are_not_lifted():
    # what the second reader found: 未脱贫人口中 holds 脱贫人口中, but sets up the poor
    assert metrics("全县未脱贫人口中，城关镇1320人、新店镇1180人，其余8个乡镇7115人。") == [
        ("1320人", "poor_persons"),
        ("1180人", "poor_persons"),
        ("8个", "other"),
        ("7115人", "poor_persons"),
    ]


def test_a_fall_said_by_place_after_a_stock_is_no_part_of_it():
    # a re-read found it: the flow said again by place takes the metric of a flow before it
    # (those lifted), not of a stock ("有贫困人口5000人")
    assert metrics("全县有贫困人口5000人，城关镇计划减少800人。") == [
        ("5000人", "poor_persons"),
        ("800人", "other"),
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        # the class set up by a relative clause without its noun, a verb of classing in it
        (
            "被确定为省定经济薄弱村的，全镇21个行政村里就占了7个。",
            [("21个", "other"), ("7个", "poor_villages")],
        ),
        (
            "截至今年6月，纳入全市低收入农户动态管理系统的，共有1.2万户、3.4万人。",
            [("1.2万户", "poor_households"), ("3.4万人", "poor_persons")],
        ),
        # the persons of the households just counted, by 人数 or a bare total
        (
            "截至2016年底，全县尚未脱贫的还有8213户，人数为2.6万人。",
            [("8213户", "poor_households"), ("2.6万人", "poor_persons")],
        ),
        (
            "全乡通过发展产业实现脱贫的有312户，共1046人。",
            [("312户", "lifted_households"), ("1046人", "lifted_persons")],
        ),
        # the villages said again by the name the province gave them
        (
            "全县集体经济薄弱村有86个。到今年9月，这86个薄弱村已全部达标。",
            [("86个", "poor_villages"), ("86个", "poor_villages")],
        ),
        # what one's produce sold for, and spoken 块 before a word of money
        ("“今年光卖核桃就能有6000多元。”老杨说。", [("6000多元", "income_yuan")]),
        ("“一年还有2400块分红。”村民说。", [("2400块", "income_yuan")]),
    ],
)
def test_the_twenty_fourth_pass_counted_nouns(text, expected):
    assert metrics(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a village's households and people, totalled, are its population
        ("全村有农户438户，共1620人。", [("438户", "population"), ("1620人", "population")]),
        # a clause that helps the poor is no class they are put in
        ("帮扶贫困户的，全镇共有干部120名。", [("120名", "cadres")]),
        # pieces of land after 块 stay pieces
        ("他家还有3块地没有流转。", [("3块", "other")]),
    ],
)
def test_what_the_twenty_fourth_pass_counted_nouns_must_leave(text, expected):
    assert metrics(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # spoken sums: about (来), a little over (出头), pay by the day or the month in 块
        ("“今年卖了4头牛，挣了3万来块。”", [("4头", "other"), ("3万来块", "income_yuan")]),
        ("“在车间上班，一个月2800块出头。”", [("2800块出头", "income_yuan")]),
        ("“俺俩一年下来能落个八千块钱左右。”", [("八千块钱左右", "income_yuan")]),
        # parts after 其中 set apart by its comma, the last a kind of the poor by its own name
        (
            "全县有贫困户3.2万户，其中，一般贫困户2.1万户，低保贫困户0.9万户，五保户0.2万户。",
            [
                ("3.2万户", "poor_households"),
                ("2.1万户", "poor_households"),
                ("0.9万户", "poor_households"),
                ("0.2万户", "poor_households"),
            ],
        ),
        # the lifted part counted between the whole and its verb; the rest of the whole
        (
            "截至目前，剩余31户贫困户已有22户达到脱贫标准，其余9户将在年底前全部清零。",
            [
                ("31户", "poor_households"),
                ("22户", "lifted_households"),
                ("9户", "poor_households"),
            ],
        ),
    ],
)
def test_the_twenty_fourth_pass_second_round_counted_nouns(text, expected):
    assert metrics(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "年来" is a span of years, no approximate count
        ("五年来，全县新建村级活动场所86个。", [("86个", "other")]),
        # a rest that counts towns, and a rest of the households not poor
        (
            "全县计划减贫4010户，其中甲镇780户、乙镇655户，其余9个乡镇1965户。",
            [
                ("4010户", "lifted_households"),
                ("780户", "lifted_households"),
                ("655户", "lifted_households"),
                ("9个", "other"),
                ("1965户", "lifted_households"),
            ],
        ),
        (
            "全村412户，其中贫困户96户，其余316户为一般农户。",
            [("412户", "population"), ("96户", "poor_households"), ("316户", "other")],
        ),
        # a rate of help in 元 stays a rate
        ("按照每人每年250元的标准发放补助。", [("250元", "funds_yuan")]),
    ],
)
def test_what_the_twenty_fourth_pass_second_round_must_leave(text, expected):
    assert metrics(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # what the second reader found: the rest after those lifted is not counted by them
        (
            "截至目前，全镇已有236户贫困户稳定脱贫，其余18户正在加快推进。",
            [("236户", "lifted_households"), ("18户", "other")],
        ),
        # 块 after a bare time word that counts pieces, a rate of help, a price per unit
        ("王家豆腐坊的豆腐远近闻名，一天80块，上午就卖光了。", [("80块", "other")]),
        ("村里给每户贫困户发放取暖补贴，一年300块。", [("300块", "other")]),
        ("每个月3块钱一斤的运费由合作社出。", [("3块钱", "other")]),
        # a class of villages that left poverty is no class of the poor
        ("被确定为脱贫出列村的，全县共有45个。", [("45个", "other")]),
        # a village's people are no household's: 34 a household is no household
        ("全村有贫困户45户，共1520人。", [("45户", "poor_households"), ("1520人", "population")]),
    ],
)
def test_what_the_twenty_fourth_pass_second_reader_found(text, expected):
    assert metrics(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # what a re-read of the code found: those left out of a class are not in it
        ("未被确定为贫困村的，全镇有9个。", [("9个", "other")]),
        # a rate of help per head, said in 块
        ("村里给每人一年250块。", [("250块", "other")]),
        # a total of the persons by 共有 after their households
        (
            "全镇实现脱贫的有498户，共有1346人。",
            [("498户", "lifted_households"), ("1346人", "lifted_persons")],
        ),
        # about, spoken, of other units
        ("全镇引进10来家企业。", [("10来家", "other")]),
    ],
)
def test_what_the_twenty_fourth_pass_code_reader_found(text, expected):
    assert metrics(text) == expected


def test_a_class_left_out_by_its_verb_sets_up_no_class():
    assert not counted_noun.classed_before("户", "未纳入低收入农户管理系统的")
    assert not counted_noun.classed_before("个", "规定为贫困村的")
    assert counted_noun.classed_before("个", "被列为省定贫困村的")


@pytest.mark.parametrize(
    "text, expected",
    [
        # the noun before, then "at one time had": the count is still the noun's
        ("全州贫困村一度多达920个。", [("920个", "poor_villages")]),
        # levels named together with no mark between them, before the noun's qualifiers
        (
            "上一轮帮扶中，23个市县两级帮扶低收入村全部通过验收。",
            [("23个", "poor_villages")],
        ),
        # money raised by pooling it is money put in
        ("动员乡亲凑起860多万元投进合作社。", [("860多万元", "funds_yuan")]),
        # what some of a flock sold for, how many said in digits, is income (块 is 元)
        (
            "去年养了20只羊，卖掉11只得了9000多块。",
            [("20只", "other"), ("11只", "other"), ("9000多块", "income_yuan")],
        ),
        # a bare 万 before cadres with what they do between: a count of cadres
        ("全省4.2万结对帮扶干部奔赴一线。", [("4.2万", "cadres")]),
        # the sum of the kinds of poor households listed before it: poor households too
        (
            "村里低保贫困户有9户、一般贫困户有27户，加起来36户，131人，都要在年底前脱贫。",
            [
                ("9户", "poor_households"),
                ("27户", "poor_households"),
                ("36户", "poor_households"),
                ("131人", "poor_persons"),
            ],
        ),
        # villages that reach the standard to exit are poor villages; the towns after them not
        (
            "2018年，全州将有143个村达到出列标准、5个乡镇实现脱贫摘帽。",
            [("143个", "poor_villages"), ("5个", "other")],
        ),
        # a municipality's name for its poor villages
        ("调研选取的17个经济困难村全部完成了班子调整。", [("17个", "poor_villages")]),
        # pulling up the root of poverty is leaving it, as taking off its hat is
        ("今年以来，全州2.6万名农村困难群众拔掉了“穷根”。", [("2.6万名", "lifted_persons")]),
    ],
)
def test_the_twenty_sixth_pass_counted_nouns(text, expected):
    assert metrics(text) == expected
