"""What a number counts, read from its clause: the metric vocabulary of the contract."""

from __future__ import annotations

import pytest

from helpers.extract.figures.metrics import classify
from helpers.extract.figures.quantities import find_quantities


def metric_of(clause: str) -> str:
    """The metric of the first quantity of a one-clause sentence."""
    q = find_quantities(clause)[0]
    return classify(
        q, clause[: q.start], clause[q.end :], clause, written=clause[q.context_start : q.end]
    )


# Invented clauses, one per metric of the contract's vocabulary, with the cue that decides it.
GOOD = [
    ("全村共有贫困户86户", "poor_households"),  # 贫困户 + 有: a stock
    ("尚有贫困人口453人未脱贫", "poor_persons"),  # 尚有 … 未脱贫: still poor
    ("2018年脱贫320户", "lifted_households"),  # 脱贫 as a verb
    ("当年减贫1200人", "lifted_persons"),
    ("带动贫困户210户增收", "beneficiary_households"),  # 带动 … 贫困户
    ("省定贫困村12个", "poor_villages"),
    ("累计投入扶贫资金850万元", "funds_yuan"),  # 投入, 资金
    ("村集体经济收入达到18.6万元", "income_yuan"),  # 收入
    ("流转土地2400亩", "area_mu"),  # area is always area_mu
    ("发展党员26名", "party_members"),
    ("选派驻村干部1500名", "cadres"),
    ("全镇总人口3.2万人", "population"),
    ("建成项目42个", "other"),
    # 脱贫 right after the count wins over the cadres named before it
    ("组织干部入户结对助8万人脱贫", "lifted_persons"),
    # the national criterion of having exited poverty
    ("帮助3200户实现了“两不愁三保障”", "lifted_households"),
    ("推动2865户稳定达到“两不愁三保障”标准", "lifted_households"),
    # 贫困总人口 and 减贫人口 are not the total population
    ("全县贫困总人口达6.2万人", "poor_persons"),
    ("全年减贫人口达5100人", "lifted_persons"),
    # the whole of a place's poor households, as the subject of a help verb, is the stock
    ("全乡156户贫困户全部落实结对帮扶", "poor_households"),
    # dividends, shares and allocated funds
    ("村民当天领到红利3600元", "income_yuan"),
    ("以现金入股12万元", "funds_yuan"),
    ("合作社为贫困户配股3.1万元", "funds_yuan"),  # shares allotted to the poor: money put in
    ("合作社为贫困户赠股2.8万元", "funds_yuan"),  # shares given them: the same
    ("卖核桃和花椒收了3600元", "income_yuan"),  # what one's produce sold for
    ("他年前已经分过1800元", "income_yuan"),  # a dividend had before
    ("县里下拨党费80万元", "funds_yuan"),
    ("全县贫困村共计86个", "poor_villages"),
    ("当年减少贫困人口2.6万人", "lifted_persons"),
    # people added to the register in a year are a flow into the stock, not the stock
    ("2019年新增贫困人口48人", "other"),
    ("全县新纳入建档立卡贫困户35户", "other"),
    # 扶持 (support) is a verb of direct help: those it supports are its beneficiaries
    ("共扶持贫困人口4800人", "beneficiary_persons"),
    ("扶持贫困户320户发展产业", "beneficiary_households"),
    # the poor's "hat" taken off is an exit; villages classed as poor by a place's list
    ("全县8600名群众去年甩掉了穷帽子", "lifted_persons"),
    ("其中5个村为全县一类贫困村", "poor_villages"),
    ("主任李某一行4人到结对村走访慰问", "other"),  # a visiting party, not those it helps
    ("茶厂吸纳特困户9户务工", "beneficiary_households"),  # 特困: the extremely poor
    # poor households that join a cooperative are its beneficiaries
    ("动员135户贫困户加入合作社", "beneficiary_households"),
    # 金额 names the amount of the word before it: a dividend is income, a subsidy money put in
    ("年底分红金额6.8万元", "income_yuan"),
    ("发放补贴金额6.8万元", "funds_yuan"),
    # a bracket after the sum is its breakdown: the words inside are the parts' own
    ("共投资760万元（其中光伏收益分配12万元）", "funds_yuan"),
    # those a poverty programme's project employs are helped, poor or not (the seeds' and dev
    # gold count a workshop's or a water project's people so); its shareholders are members
    ("县里的扶贫车间吸纳260人就业", "beneficiary_persons"),
    # a count that describes a thing done for it with 的 keeps the help: 危房改造, 兜底保障
    ("今年完成73户贫困户的危房改造", "beneficiary_households"),
    ("全面落实了19户贫困户的兜底保障", "beneficiary_households"),
    # a programme's medical spending and a cadre's donation with its purpose are money put in
    ("县财政用于贫困群众就医支出2600万元", "funds_yuan"),
    ("全年兑现贫困人口住院补偿费用870万元", "funds_yuan"),
    ("老支书个人掏了5万元为村里修桥", "funds_yuan"),
    # buying the poor's produce is consumption help
    ("合作社以保护价收购了63户贫困户的土豆", "beneficiary_households"),
    # moving into new homes is help; moving in from elsewhere is not
    ("易地搬迁的412户群众今年搬进了安置小区", "beneficiary_households"),
    # a national programme's class of villages (整村推进, whole-village advancement) qualifies
    # the poor villages it names
    ("全旗共有7个整村推进贫困村", "poor_villages"),
    # poor said before the count, of the villages after it
    ("对口支援本省最贫困的450个行政村", "poor_villages"),
    # money a person paid out of pocket is their cost, not money put into the work
    ("这次做手术，老人看病总共花了8700元", "other"),
    ("报销以后，个人只掏了420元", "other"),
    ("扣除补助资金后自付1300元", "other"),
    # 带领 (lead) poor households into an industry helps them
    ("致富能手带领52户脱贫户种植魔芋", "beneficiary_households"),
    # moving into new homes is the relocation programme's help
    ("全旗已有1860户群众搬入新居", "beneficiary_households"),
    # a place's registered population, its verb of total after 人口
    ("全社区在册人口共有2150户", "population"),
    ("全社区人口共计7600人", "population"),
    ("这个组的人口共有430人", "population"),
    # 脱贫 joined to another aim (脱贫增收, 脱贫致富) names what help is for, not an exit
    ("茶叶合作社带动37户建档立卡户稳步脱贫增收", "beneficiary_households"),
    ("扶贫车间帮1800名贫困群众全部脱贫致富", "beneficiary_persons"),
    # help towards a living (work, income) is for those it counts, whether called poor or not
    ("食用菌基地带动邻近乡镇农户就业420人", "beneficiary_persons"),
    ("为350名有意愿的村民提供保洁岗位", "beneficiary_persons"),
    ("种植大户帮带96户农户种茶致富", "beneficiary_households"),
    # a count whose noun ends in 的 describes the noun after it; that noun's verbs are not its own
    ("过去有215户贫困户的某乡如今靠茶叶带动群众增收", "poor_households"),
    # ... but a body their thing passes through, after a preposition, does not: they are helped
    ("山区900多户贫困户的核桃经合作社收购后销往省外", "beneficiary_households"),
]

# Look-alikes: the cue word is part of another noun, or the count is of something else.
BAD = [
    ("召开脱贫攻坚推进会5次", "lifted_persons"),  # 脱贫攻坚 is a noun, not 脱贫
    ("对1.2万建档立卡户落实脱贫责任", "lifted_households"),  # 脱贫责任: a duty, not a deed
    ("吸纳社员486户", "beneficiary_households"),  # a cooperative's members, poor or not
    # households a project reaches that the sentence does not say are poor: shareholders
    ("23户入股农户年底分得红利5万元", "beneficiary_households"),
    ("通过产业扶贫吸纳入股农户23户", "beneficiary_households"),
    # those who take part in the programme as helpers, or its staff, are not those it helps
    ("全市共有4100人参与扶贫志愿服务", "beneficiary_persons"),
    ("该公司参与社会扶贫，带动员工260人捐款", "beneficiary_persons"),
    ("扶贫专干联系农户830户", "beneficiary_households"),
    ("近年来外地迁入的农户有37户", "beneficiary_households"),
    ("全村外出人口共有270人", "population"),
    ("帮扶非贫困的6个村", "poor_villages"),
    ("一般户58户", "poor_households"),  # 一般户: households that are not poor
    # without a whole-place scope, poor households that a verb helps are beneficiaries
    ("36户贫困户安装了屋顶光伏", "poor_households"),
    ("召开脱贫攻坚会议的干部300人", "lifted_persons"),  # 脱贫攻坚 is no verb
    ("其中集体收入10万元以上的村有12个", "income_yuan"),
    # helpers counted before their help verb; a livelihood word inside the counted noun
    ("组织80名农技员帮助农户增收", "beneficiary_persons"),
    ("带动1500名外出务工者回乡办厂", "beneficiary_persons"),  # the bound of a class of villages
    # the counted help (a verb of their own after them), a help verb inside a noun (促进会),
    # and those taken off a benefit's rolls
    ("县里安排200名技术员帮助农户增收", "beneficiary_persons"),
    ("促进会的300名会员实现就业", "beneficiary_persons"),
    ("清退不符合条件的低保对象36人", "beneficiary_persons"),
]


# Money that is neither put into poverty work nor earned: what an industry produces, and the
# level a household or a village must reach to count. A rate of help per unit stays money put in.
MONEY_KINDS = [
    ("茶叶年产值1.5亿元", "other"),  # output value, like a GDP figure
    ("全县生产总值完成86亿元", "other"),
    ("低收入农户认定标准为人均年收入6500元", "other"),  # the line a household is judged by
    ("村集体年收入达到20万元方可摘帽", "other"),  # the bar to clear, not a sum reached
    ("经营性收入8万元以上且总收入15万元以上的村达到40个", "other"),  # two bounds of one class
    ("每户补助标准为800元", "funds_yuan"),  # a rate of help is still money put in
    ("按照每村投入30万元的标准", "funds_yuan"),
    ("村干部每月报酬2200元", "income_yuan"),  # pay is earned
]


@pytest.mark.parametrize("clause, metric", MONEY_KINDS)
def test_output_and_thresholds_are_not_money_put_in_or_earned(clause, metric):
    assert metric_of(clause) == metric


@pytest.mark.parametrize("clause, metric", GOOD)
def test_the_clause_decides_the_metric(clause, metric):
    assert metric_of(clause) == metric


@pytest.mark.parametrize("clause, wrong", BAD)
def test_look_alike_cues_do_not_decide(clause, wrong):
    assert metric_of(clause) != wrong
