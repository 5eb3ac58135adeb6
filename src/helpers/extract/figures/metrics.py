"""What a number counts, read from the clause around it."""

from __future__ import annotations

import re

from helpers.extract.figures import counted_noun
from helpers.extract.figures.quantities import Quantity
from helpers.extract.lexicon import REGISTERED, alternation, cue, load_words
from helpers.extract.text_units import COUNT_NUMBER

POVERTY = cue("poverty_cues")
# "总人口1.5万人", "农业人口1.45万人"; not "贫困总人口", "减贫人口", "脱贫人口".
# A part of the population named by a word before 人口: 外出人口, 老年人口, 劳动力人口 …
POPULATION_PARTS = ("外出", "流动", "留守", "老年", "民族", "劳动力", "残疾", "搬迁")
NOT_A_PART = "".join(f"(?<!{part})" for part in POPULATION_PARTS)
POPULATION = re.compile(
    r"(?<!贫困)(?<!减贫)(?<!脱贫)(?<!返贫)"
    rf"(总人口|农业人口|户籍人口|常住人口|农村人口|人口总数|{NOT_A_PART}(?<![总业籍住村])人口)"
    r"(共有|共计|约|近|达|为|有|共)?$"
)
# Lifted out of poverty (a flow).
# 脱贫 as part of a noun (脱贫攻坚, 脱贫户, 脱贫致富) is not the verb.
NOT_LIFTED = cue("not_lifted_cues")
LIFTED = re.compile(
    rf"""
    (?<!未)(?<!未能)(?<!没有)(?<!未达)(?<!未达到)(?<!未实现)(  # 尚未达到脱贫标准的: the poor
        减贫                                        # 减贫1200人
      | (?<!增收)脱贫(?!{alternation(load_words("tuopin_as_noun"))})  # 脱贫320户, not 脱贫攻坚,
                                                    # 脱贫户, or an aim (增收脱贫, 脱贫增收)
      | 摘帽 | 出列                                # 贫困村出列5个
      | 脱了贫(?!困)                               # 8户也全部脱了贫, as it is said
      | [摘甩脱](掉|去)?了?[“"「]?(穷|贫困)帽        # 800名群众甩掉了“穷帽子”
      | (拔掉|拔除|拔出|斩断)了?[“"「]?穷根         # 3100名群众拔掉了“穷根”
      | 退出(?!机制)                               # 退出贫困村3个, not 退出机制
      | (走出|跳出|挣脱|告别)了?(贫困|穷困)(?![村县户])  # 136户走出贫困 (摆脱贫困 holds 脱贫)
      | (贫困人口|贫困户|贫困群众)(累计|共|净)?减少(?!到|至|为)  # 贫困人口减少800人, not 减少到
      | (实现|达到)了?[“"]?两不愁三保障              # the national criterion of having exited
                                                    # (稳定达到“两不愁三保障”标准)
      | 减少{REGISTERED}贫困(人口|户|群众)            # 减少(建档立卡)贫困人口3万人
      | (?<!安全)(?<!验收)(?<![水房路电网厕])达标(的有|的)?$  # 2019年达标189户 (Jiangsu's
                                                    # word), not 饮水安全达标, 验收达标
    )""",
    re.X,
)
# Stock of registered poor at a point in time.
STOCK = cue("poor_stock_cues")
DESIGNATED_AS = re.compile(r"(识别|确定|认定|评定|评为|列|纳入|成|作|被|定)为$")
# What is planned, not done: "未脱贫的12户将在年底前全部脱贫".
AIM = re.compile(r"将|计划|力争|确保|争取|预计|要在|要于|有望")
# A clause that only says by how much, after a sentence about the poor: "减少了90万人",
# "比上年末减少4907户".
REDUCED_BY = re.compile(
    r"((比|较)(上年|去年|前一年|年初)(末|底|同期)?)?(共|累计|净|共计)?(减少|减贫)了?"
)
# Those still left: poor only in a sentence about poverty.
STILL_LEFT = re.compile(r"只剩|剩余|尚有|还有|仅剩|还剩")
STRONG_HELP = cue("help_strong_cues")
WEAK_HELP = cue("help_weak_cues")
PARTY = re.compile(r"党员(?!干部|群众)|预备党员|入党")
CADRES = cue("cadre_cues")
# A count whose own noun says those counted are not poor: "5个非贫困村", "一般户40户".
NOT_POOR_NOUN = alternation(load_words("not_poor_nouns"))
NOT_POOR_AFTER = re.compile(rf"^(?:{NOT_POOR_NOUN})")
NOT_POOR_BEFORE = re.compile(rf"(?:{NOT_POOR_NOUN})$")
# "新增贫困人口13人": people added to the register in a period, a flow into the stock of poor,
# not the stock itself.
ADDED_TO_REGISTER = re.compile(
    r"(新增|新纳入|新识别(纳入|出)?|新增识别)(建档立卡)?(贫困|困难)(人口|户|群众)?(共计|共|为|达)?$"
)
# The households a count of persons is paired with: "新识别贫困户52户187人" reads 187人 as the
# persons of 52户, after the same words ("剩余15户52人" likewise).
PAIRED_HOUSEHOLDS = re.compile(rf"{COUNT_NUMBER}万?户$")


def _unpaired(left: str) -> str:
    return PAIRED_HOUSEHOLDS.sub("", left.rstrip())


# "12个村为某县一类贫困村": the villages are classed as poor, with the place that classes them
# "150个被确定为贫困村", "3个村为省级扶贫开发重点村": designated as poor
POOR_VILLAGE_AFTER = re.compile(
    r"^((村\S{0,6}?为|被?(确定|认定|识别|列|评定)为?)(?![^，,；;]{0,8}?(退出|出列|摘帽|脱贫))"
    r"[^，,；;非]{0,8}?)?"
    r"(省定|市定|县定|省级|市级|县级|国定|国家级|重点|深度|建档立卡)*"
    r"(贫困村|扶贫(开发)?(工作)?重点村)"
)
POOR_VILLAGE_BEFORE = re.compile(
    r"(?<!非)(省定|市定|县定|省级|国定|重点|深度|建档立卡)*贫困村(中|里|当中)?(共计|总计|总数为|总数|数量为|共有|共|有|达|为|退出|出列|摘帽)?$"
)
# "46个村整体脱贫", "还未脱贫的30个重点村": villages counted as they exit or have not yet
# exited are the poor villages, whatever their qualifiers ("重点", "嘎查村"); "186个村达到出列
# 标准" exit too.
VILLAGE_HEAD = r"(\S{0,4}?)(行政村|嘎查村|嘎查|村)"
VILLAGE_EXITS = re.compile(
    rf"^{VILLAGE_HEAD}(已|全部|整体|顺利|实现|如期|先后|相继|稳定|达到|具备|符合)*"
    # (the exit may be the whole of a quotation: 实现“脱贫摘帽”)
    r"([“\"「](脱贫|出列|退出|摘帽){1,2}[”\"」]|(脱贫|出列|退出|摘帽|(成为|变为|变成)非贫困村)(?!攻坚))"
)
VILLAGE_NOT_EXITED = re.compile(rf"({NOT_LIFTED.pattern}|未出列|未退出)的?$")
# The clause after a count that says all of those counted are poor.
ALL_OF_THEM_POOR = re.compile(
    r"^(人)?[，,]?(全部|全都|均|都|全)(是|为|属于?)(建档立卡)?贫困(户|人口|群众|家庭)"
)
# "目前还剩7户", "剩下的9户": those still poor after the exits a sentence lists.
REMAINING = re.compile(
    rf"(还剩|仅剩|只剩|剩余|剩下|余下|尚余)(的)?"
    # the rest named by what keeps them poor: "仅剩兜底户5户", "剩余低保贫困人口"
    r"((兜底|低保|五保|特困|贫困|建档立卡)[\u4e00-\u9fff]{0,3}?(户|人口|群众|对象))?"
    rf"({COUNT_NUMBER}万?户)?$"
)
# "300多户脱贫户", "12名已脱贫群众": the lifted named as a noun right after the count; or
# before it, as a label's head ("脱贫户数30户").
LIFTED_NOUN_AFTER = re.compile(r"^(已|稳定)?脱贫(户|人口|群众|对象)")
LIFTED_NOUN_BEFORE = re.compile(r"(已|稳定)?脱贫(户数?|人口|人数|群众|对象)(共|有|达|为|计)?$")
# "13万人脱贫", "120户已全部脱贫": lifted, whatever came before the count.
LIFTED_RIGHT_AFTER = re.compile(
    rf"^(的?({REGISTERED}贫困)?(人口|群众|户)?)(已|全部|稳定|实现|顺利|如期){{0,2}}"
    rf"脱贫(?!{alternation(load_words('tuopin_as_noun'))})"
)
# "全镇", "全村共有": the whole of a place just before a count.
WHOLE_PLACE = re.compile(r"(全|该)(村|镇|乡|县|市|区|旗|州)(共有|共|有)?$")
# "289户贫困户全部…": a poor-noun heads what follows the count.
POOR_NOUN_FIRST = re.compile(r"^(建档立卡)?(贫困户|贫困人口|贫困群众)")
# "2017年脱贫户51户", "2016年退出户17户": the households that exited in a year, a flow.
YEAR_OF_EXIT = re.compile(r"(19|20)\d{2}年度?(脱贫|退出|出列)(户|人口|群众)$")
# "全村401户1606人", "总户数530户", "共有农户908户": everyone who lives in a place, poor or not.
RESIDENTS = re.compile(
    rf"""(
        (全(村|乡|镇|嘎查|社区|屯|组)(共有|共|有|计|辖)?   # 全村有294户, 全村辖294户
      | 该村(共有|共|有|辖)?)
        (\d+个(村民小组|村民组|自然村|组|屯|行政村|村|社区|嘎查)[、，,]?)*  # 辖8个组、294户
      | 总户数(有|为|达)? | 总人口(为|达|有)? | 户籍人口 | 常住人口
      | {NOT_A_PART}人口(共有|共计|共|有|为|达)?     # 在册人口共有2150户, not 外出人口
      | (^|有)(居民|村民|农户)                    # 现有居民8000人, 共有农户908户
      | ^(共有|共计|共|拥有)                      # a clause that opens with the total
    )$""",
    re.X,
)
# "为42户贫困户", "使全村82户贫困户": a word of help or a preposition just before the count.
OBJECT_MARKER = re.compile(f"({alternation(load_words('object_markers'))})(全(村|镇|乡|县))?$")
MEMBERS = cue("member_cues")
PRICE = cue("price_cues")
SAVING = cue("saving_cues")
FUNDS = cue("funds_cues")
INCOME = cue("income_cues")
# What an industry or a place produces (产值, 生产总值): economic output, neither money put in
# nor money earned.
OUTPUT = cue("output_cues")
MONEY_CUES = f"{OUTPUT.pattern}|{FUNDS.pattern}|{INCOME.pattern}"


def classify(
    q: Quantity,
    left: str,
    right: str,
    sentence: str,
    before: str = "",
    written: str = "",
    lead: str = "",
) -> str:
    """Metric of a quantity from its clause: `left` and `right` are the clause around it,
    `before` the sentence's text before that clause, `written` the quantity with its lead
    qualifier (超过5万元), `lead` the line that leads the list the quantity's row is in."""
    if q.metric:
        return q.metric
    if q.unit == "亩":
        return "other" if AREA_PER_HEAD.search(left) else "area_mu"
    clause_before = re.split(r"[，,；;]", before.rstrip("，,；; "))[-1] if before else ""
    if q.unit.startswith("元"):
        return money(left, right, written, clause_before, before, lead)
    if q.unit == "个":
        if counted_noun.counts_another_kind("个", right, left):
            return "other"  # "贫困乡镇4个", "4个贫困县": not villages
        poor = _poor_villages(left, right) or counted_noun.counts_poverty_noun(
            "个", left, right, clause_before, before
        )
        return "poor_villages" if poor else "other"
    if PER_EACH_HELPED.search(left):
        return "other"  # "每带动1名贫困劳动力就业，奖补1000元": the unit of a reward's rate
    helpers = (
        HELPERS_SET_UP.search(clause_before.rstrip("，, ")) if counted_noun.nounless(left) else None
    ) or HELPERS_SET_UP_IN_CLAUSE.search(left)
    if helpers and q.unit in ("人", "名"):
        # "全县1342名党员中，有520名已与贫困户结对": drawn from the helpers, not the helped
        return "party_members" if helpers["helpers"] == "党员" else "cadres"
    if SUBSET_AFTER.match(right):
        right = ""  # "全村386户中有贫困户171户": the noun after 中 is the part's, not the whole's
    whole = WHOLE_OF_ITS_OWN_NOUN.match(right)
    if whole and not counted_noun.after_measure(q.unit, whole["noun"]):
        right = whole["noun"]  # "3.1万户茶农中有贫困户1.2万户": the whole is the tea growers
    if q.unit in ("户", "人", "名") and SAMPLED_BEFORE.search(left):
        # "实地走访贫困户412户", "抽查的312户中": the households a cadre or an inspection visited,
        # not the place's poor
        return "other"
    if q.unit in ("户", "人", "名") and POOR_AMONG_PARTICIPANTS.search(before + left):
        # "发展养殖户2860户，其中贫困户2175户": the poor among those who took part
        return "beneficiary_households" if q.unit == "户" else "beneficiary_persons"
    if q.unit == "户":
        metric = households_or_persons("households", left, right, sentence)
    elif q.unit in ("人", "名"):
        metric = persons(left, right, sentence)
    else:
        return "other"
    kind = "households" if q.unit == "户" else "persons"
    if (
        metric == "other"
        and not ADDED_TO_REGISTER.search(_unpaired(left)[-10:])
        and counted_noun.counts_poverty_noun(q.unit, left, right, clause_before, before)
    ):
        lifted = LIFTED.search(left) or _lifted_after(right)
        return f"lifted_{kind}" if lifted else f"poor_{kind}"
    if (
        metric == "population"
        and counted_noun.COUNT_ENDS.match(right)
        and counted_noun.classed_before(q.unit, clause_before)
    ):
        # "纳入低收入农户管理系统的，共有9863户": all of the class, not the place's households
        return f"poor_{kind}"
    if metric in ("other", f"beneficiary_{kind}") and part_of_the_poor(left, before):
        return f"poor_{kind}"
    if metric in (f"poor_{kind}", f"beneficiary_{kind}") and LIFTED_SET_UP.match(before):
        # "拟脱贫人口中，一般贫困户…户…人，低保贫困户…": the lifted, by their kinds
        return f"lifted_{kind}"
    return metric


# A sentence that opens by setting up those lifted, its counts the kinds of them.
LIFTED_SET_UP = re.compile(
    r"^((19|20)\d{2}年度?)?[^，,。；;\d]{0,8}?(?<!未)(拟|已|实现|计划|预计)?(脱贫|退出)"
    r"的?(人口|户|群众|贫困户|贫困人口|对象|家庭)?(中|当中|之中)[，,：:]"
)


# A part of the poor the clause before counted, named by its own kind: "低收入农户11286户22413人，
# 其中低保、低保边缘户3092户5478人" (the households a benefit is paid to, among the poor).
_KIND_OF_PEOPLE = r"[\u4e00-\u9fff、]{0,12}?(户|人口|对象|家庭)(共|有|为)?$"
PART_OF = re.compile(rf"^其中{_KIND_OF_PEOPLE}")
PART_NOUN = re.compile(rf"^{_KIND_OF_PEOPLE}")  # a later part: "，五保户50户"
# ... named by its kind, not by the help it had ("其中享受产业奖补的贫困户"): those are helped
HELPED_PART = re.compile(r"的|带动|享受|帮扶|扶持|通过|参与|受益|结对|吸纳")
# (a PDF's text may set its numbers apart by spaces: "214 户 403 人")
LISTED_PART = re.compile(r"[\d.]+\s*万?(余|多)?\s*户(\s*[\d.]+\s*万?(余|多)?\s*人)?\s*、")
# the households and persons a clause ends with: "1938户5890人", "386户", "5890人"
COUNT_AT_END = re.compile(
    r"[\d.]+\s*万?(余|多)?\s*户(\s*[\d.]+\s*万?(余|多)?\s*人)?$|[\d.]+\s*万?(余|多)?\s*人$"
)
# a clause that only gives the share the count before is of: "占农业人口的17.6%"
SHARE_OF_THE_WHOLE = re.compile(r"(占|约占)[^，,\d]{0,12}?[\d.]+%")


HELPED_WHOLE = re.compile(r"带动|覆盖|发放|搬迁|帮扶|扶持|受益|吸纳|结对|享受|获得|参与")
PERSONS_OF_THE_WHOLE = re.compile(
    r"(涉及|共|计|合计|共计|共有)(贫困)?(人口|群众)?[\d.]+万?(余|多)?人"
)


def part_of_the_poor(left: str, before: str) -> bool:
    """Whether the count is a part of the poor the clause before 其中 counted, or one of the
    parts listed after it ("…1938户5890人，其中一般贫困户1502户，低保贫困户386户，五保户50户")."""
    # a ";" ends the list of parts: "…；务工人员410人" is no part
    clauses = [c.strip() for c in re.split(r"[，,]", re.split(r"[；;]", before)[-1].rstrip("，, "))]
    # the kinds the part is named by, listed with 、 ("其中低保、低保边缘户214户")
    if clauses and clauses[-1].endswith("、") and not re.search(r"\d", clauses[-1]):
        left = clauses.pop() + left.strip()
    # the parts listed with 、 before this one: "其中低保户18户、五保户6户"
    left = LISTED_PART.sub("", left.strip())
    if HELPED_PART.search(left):
        return False
    while not PART_OF.match(left):
        if clauses and clauses[-1] == "其中" and PART_NOUN.match(left):
            left = clauses.pop() + left  # "其中，一般贫困户…": 其中 set apart by its comma
            continue
        # a part listed after the first: its own noun, and the clause before a part too
        if not PART_NOUN.match(left) or len(clauses) < 2:
            return False
        part = clauses.pop()
        count = COUNT_AT_END.search(part)
        if not count:
            return False
        left = part[: count.start()]
    # the persons the households involve, counted in a clause of their own, are not the whole
    # named ("低收入农户2386户，涉及人口6931人，其中…")
    while len(clauses) >= 2 and (
        PERSONS_OF_THE_WHOLE.fullmatch(clauses[-1]) or SHARE_OF_THE_WHOLE.fullmatch(clauses[-1])
    ):
        clauses.pop()
    if not clauses:
        return False
    clause_before = clauses[-1]
    total = COUNT_AT_END.search(clause_before)
    if not total:
        return False
    unit = "户" if "户" in total.group() else "人"
    subject = clause_before[: total.start()].strip()
    return (
        counted_noun.subject_before(unit, subject)
        and not LIFTED.search(subject)
        # the parts of those a programme helped are helped too ("合作社带动贫困户120户，…，其中…")
        and not HELPED_WHOLE.search(subject)
    )


# Households or people visited or checked, the verb right before them or their noun (not
# 走访慰问, a visit that helps): those a cadre or an inspection saw, not the place's poor.
SAMPLED_BEFORE = re.compile(
    r"(走访|遍访|抽查|抽取|核查|排查|暗访|调查|访谈|随机抽取)了?的?"
    r"(建档立卡)?(贫困户|贫困家庭|贫困群众|贫困人口|农户|群众|户)?(\d+(\.\d+)?万?户)?$"
)


# A count followed by 中 is the whole a part is drawn from: what follows names the part.
SUBSET_AFTER = re.compile(r"^(中|当中|之中)")
# ... its own noun between them: "3.1万户茶农中有…", "1.2万名党员当中，有…".
WHOLE_OF_ITS_OWN_NOUN = re.compile(
    r"^(?P<noun>[\u4e00-\u9fff]{1,4}?)(中|当中|之中)(?=[^，,。；;]{0,3}有|[，,])"
)


# "超过50万元的村", "5万元以上的村": a bound that defines a class, not an amount. "60余万元的
# 资金" is an amount: 余 and 多 round a number, they do not bound a class.
CLASS_BOUND = re.compile(r"^(超过|不足|不到|低于|高于|少于|多于|大于|小于)|(以上|以下|以内)$")


# A clause that only says a sum was reached, so that the sum is of the money the clause before
# named: "合作社收入几乎为零，2020年达到了36万元".
REACHED = re.compile(r"(达到|达|增加到|增长到|提高到|增至|升至|突破|跃升至|为|共计|合计|总计)了?$")
# ... with the time of the sum between, the clause saying nothing else: "，增长到去年的130万元".
SUM_TIME = r"((19|20)\d{2}年(底|末|初)?|去年|今年|前年|当年|目前|现在)的"
REACHED_AT_A_TIME = re.compile(
    rf"^(又|再|已|已经|并|逐步)?(增加到|增长到|提高到|增至|升至|跃升至|达到){SUM_TIME}$"
)
# ... or only where a change of it started, under a topic the sentence set: "人均可支配收入
# 方面，某县由2015年的6428元提高到…"; not a price's or a debt's own change ("门票由去年的…").
CHANGED_FROM = re.compile(rf"^[\u4e00-\u9fff]{{0,4}}(由|从)({SUM_TIME})?(不足|近|约|超过|仅)?$")
TOPIC_SET = re.compile(r"方面[，,：:]")
# A clause that gives only the share per household or person of a sum the sentence named.
# Land per head or per household is a rate, not an area: "人均耕地不足1亩", "户均种植3亩".
AREA_PER_HEAD = re.compile(r"(人均|户均|每人|每户)[^，,；;]{0,6}$")
PER_UNIT_ALONE = re.compile(
    r"^(户均|人均|村均|笔均|每户|每人|每村|平均每户|平均每人|平均每村)(可|能)?(达|为|达到)?$"
)
# A clause that only compares with an earlier value of the sum the clause before named:
# "人均纯收入7260元，较去年的5140元增长41.2%", "比2015年的5820元".
COMPARED = re.compile(r"^(较|比|相比|同比|与)((19|20)\d{2}年(底|末)?)?[^，,。；;\d]{0,6}的?$")
# The difference that comparison finds: "比2015年的5820元增加1830元", "比全县平均水平高出6200元".
DIFFERENCE = re.compile(r"^(较|比)[^，,。；;]{0,20}?(增加|增长|提高|高出|多出|多)了?$")
# What a sum must reach to count: "认定标准为人均年收入6000元", "达到18万元方可认定为达标",
# "人均纯收入2300元的扶贫标准".
# Not a rate of help ("按照每村投入50万元的标准", "补助标准为每户1000元"): money per unit is
# money put in or earned.
STATUS_STANDARD = r"(认定|识别|扶贫|贫困|脱贫|退出|达标|考核)标准(线)?"
CRITERION_BEFORE = re.compile(STATUS_STANDARD + r"(为|是)?[^，,。；;\d]{0,10}$")
CRITERION_AFTER = re.compile(
    r"^(以上|以下)?(方可|才能|才可|即可|即为)|^的[^，,。；;\d]{0,2}" + STATUS_STANDARD
)
# A second bound joined to the first, both before the class they define: "集体经济总收入10万元
# 以上且经营性收入5万元以上的村".
JOINED_BOUND = re.compile(r"^(且|并且|和|或)[^，,。；;]{0,12}?\d[^，,。；;]{0,8}?的")


# A rate's unit of those helped: "每带动1名", "每吸纳1户".
PER_EACH_HELPED = re.compile(r"每(带动|吸纳|安置|帮扶|招用|聘用|新增|培训|转移)$")
# The helpers a clause sets up for the count after it to be drawn from: "全县1342名党员中".
HELPERS_SET_UP = re.compile(r"(?P<helpers>党员|干部|书记|工作队员|队员)(中|里|当中)$")
# ... or the same clause, with what marks the part: "全县书记中55岁以上的还有36人".
HELPERS_SET_UP_IN_CLAUSE = re.compile(
    r"(?P<helpers>党员|干部|书记|工作队员|队员)(中|里|当中)[^，,；;\d]{0,4}(\d+岁)?[^，,；;\d]{0,8}$"
)


# A person's or a field's takings over a time, said without a word of income: "一个月下来两千多块",
# "一年保底就有3000元", "一亩地能卖到五六千元". A verb of getting, or the time summed up, is said:
# "每人每年250元" alone is a rate of help.
EARNED_OVER_A_PERIOD = re.compile(
    r"(一个月|每个月|一天|一年|一年到头|一季|一茬|一亩地?|一窑|一棚)"
    r"(?=\S)(下来|加起来|算下来|保底)?(就|能|可|也|还)?(有|挣|赚|拿|卖到?|收入?|分|落个?|攒下?)?了?$"
)
# What one's produce sold for, said without a word of income: "光卖花椒就能有8000多元".
# ("卖掉8只得了": how many were sold may be said in digits)
SOLD_FOR = re.compile(r"卖[\u4e00-\u9fff、\d]{1,8}?(就|能|可|也|还){0,2}(有|挣|赚|收入?|得)了?$")


# A time alone before a sum said in 块 (spoken): "一个月3000块出头".
PERIOD_ALONE = re.compile(r"(?<!每)(一天|一个月|一年|一季|一茬)(下来)?$")
PER_UNIT_AFTER = re.compile(r"[一每]")  # "3块钱一斤": a price per unit after the sum
PER_HEAD = re.compile(r"[每均]")
HELP_OR_FEE = re.compile(r"补贴|补助|奖补|救助|慰问|费")


# A weight's worth earlier in the clause: "一斤茶叶能卖到", "每公斤多卖". (What a mu of land
# earns is a rate to some readers and income to others; a price per weight is a price to all.)
PER_WEIGHT = re.compile(r"[一每](斤|公斤|千克|吨)")
PER_WEIGHT_REACH = 12


# What a person paid out of pocket, for a stay in hospital or by themselves: "看一次病花了8700元",
# "自己只掏了600元", "自付300元", "报销后个人只需支付2300元". A household's cost, not money put
# into poverty work; not a programme's medical spending (就医支出, 住院费用) nor a donation with
# its purpose after it ("个人掏了3万元为村里修路").
OWN_SPENDING = re.compile(
    r"(住院|看病|治病|就医|自己|个人)[^，,。；;]{0,4}?(花了|花去|花|掏了|掏|支付|负担|承担)$|自付$"
)
PURPOSE_AFTER = re.compile(r"^(为|给|帮|用于|资助|捐)")


def money(
    left: str,
    right: str,
    written: str = "",
    clause_before: str = "",
    sentence_before: str = "",
    lead: str = "",
) -> str:
    """funds_yuan (put in), income_yuan (earned) or other (prices, savings, thresholds)."""
    if _price(left[-6:]) or _price(right[:6]) or SAVING.search(left[-8:]):
        return "other"
    weight = PER_WEIGHT.search(left[-PER_WEIGHT_REACH:])
    if weight and "元" not in left[-PER_WEIGHT_REACH:][weight.end() :]:
        # "一斤鲜叶比前年多卖了8块钱": what a jin sells for is a price; not a sum after a rate
        # per weight ("按每公斤补助2元的标准发放资金120万元")
        return "other"
    if OWN_SPENDING.search(left) and not PURPOSE_AFTER.match(right):
        return "other"
    if money_class_bound(left, right, written):
        return "other"
    if CRITERION_BEFORE.search(left) or CRITERION_AFTER.match(right):
        return "other"
    # a bracket after the sum opens its breakdown, whose words are the parts' own
    right_head = re.split(r"[(（]", right[:10], maxsplit=1)[0]
    head = list(re.finditer(MONEY_CUES, right_head))
    if head:
        return _kind_of_money(head[-1].group())
    near = _money_cues(left)
    if not near and (
        REACHED.search(left)
        or REACHED_AT_A_TIME.match(left.strip())
        or (CHANGED_FROM.match(left.strip()) and TOPIC_SET.search(sentence_before + clause_before))
        or COMPARED.match(left.strip())
        or DIFFERENCE.match(left.strip())
    ):
        # "…同比增长7.1%；全区同期为6189元": the sum the sentence named, a clause or two back
        near = _money_cues(clause_before) or _money_cues(sentence_before)
    if not near and SUM_SET_UP.search(clause_before) and ONLY_HAVING.match(left.strip()):
        # "上级下达的产业扶贫资金中，有186.4万元滞留…": a part of the sum the clause before set up
        near = _money_cues(clause_before)
    if not near and AMOUNT_ALONE.match(left.strip()):
        # "村集体第一次有了收入，约4.6万元": the sum the clause before ended by naming
        ended = clause_before.rstrip(" ，,")
        cues = _money_cues(ended)
        near = cues if cues and cues[-1].end() == len(ended) else []
    item_before = re.split(r"[：:]", clause_before)[-1].strip(" ，,")
    if (
        not near
        and SUM_ITEM.fullmatch(item_before)
        and NAME_ONLY.fullmatch(left)
        and not OWN_KIND_OF_SUM.search(left)
    ):
        # a run of sums by who gave them: "省级专项资金960万元，…，后方帮扶单位410万元" is
        # of a kind with the sums listed before it
        near = _money_cues(clause_before)
    if (
        not near
        and "块" in written
        and PERIOD_ALONE.search(left)
        and not PER_HEAD.search(left)  # "给每人一年250块": a rate of help
        and not PER_UNIT_AFTER.match(right)
        and not HELP_OR_FEE.search(clause_before)
    ):
        # "一个月3000块出头": spoken pay; not a rate of help ("发放取暖补贴，一年300块") nor a
        # price or a fee per unit ("3块钱一斤")
        return "income_yuan"
    earned = EARNED_OVER_A_PERIOD.search(left) or SOLD_FOR.search(left)
    if not near and earned and not right.startswith("的"):
        # not what a sum so said qualifies: "一个月有1000多元的房贷要还"
        return "income_yuan"  # "一个月下来两千多块", "一亩地能卖到五六千元": a time's takings
    if not near and PER_UNIT_ALONE.match(left.strip()):
        near = _money_cues(sentence_before)  # "领到分红，共计46.4万元，户均2000元"
    if not near and lead:
        # a row under the sentence that leads a list: "…报销3.45亿元。其中：" / "医疗救助 3215万元";
        # the first sum it names is the one the rows break down ("整合资金3.2亿元，带动增收
        # 1800元，具体如下：")
        near = _money_cues(lead)[:1]
    if near:
        return _kind_of_money(near[-1].group())
    return "other"


SUM_SET_UP = re.compile(r"(中|里|当中|之中)$")
SUM_ITEM = re.compile(r"[^\d，,。；;：:]{1,10}?[\d.]+万?(余|多)?元")
NAME_ONLY = re.compile(r"[\u4e00-\u9fff、]{2,10}")
# ... but a rate, a debt or a gain says its own kind: "每人每月2500元", "人均增加3000元",
# "村集体欠款12万元", "每户每年可得1200元"
OWN_KIND_OF_SUM = re.compile(r"每|均|欠|债|贷|增加|增长|可得|得到|挣|赚")
AMOUNT_ALONE = re.compile(r"^(约|大约|近|达|达到|共|共计|计|合计|总计|为)?$")
ONLY_HAVING = re.compile(r"^(其中)?(仍|还|尚|另)?(有|共有)?$")


def money_class_bound(left: str, right: str, written: str) -> bool:
    """Whether a sum with a bound (以上, 超过, 不足) names a class of villages or households:
    "10万元以上的村", "收入8万元以上且…的村". The level counted villages reached ("40个村集体
    经济收入达10万元以上") is their income, as the gold counts it."""
    return bool(CLASS_BOUND.search(written)) and bool(
        right.startswith("的") or JOINED_BOUND.match(right)
    )


def _kind_of_money(cue: str) -> str:
    if OUTPUT.fullmatch(cue):
        return "other"
    return "income_yuan" if INCOME.fullmatch(cue) else "funds_yuan"


# "分红金额", "补贴金额": 金额 names the amount of the word before it, which decides the kind.
AMOUNT_HEAD = "金额"


def _money_cues(text: str) -> list[re.Match]:
    cues = list(re.finditer(MONEY_CUES, text))
    if len(cues) > 1 and cues[-1].group() == AMOUNT_HEAD and cues[-2].end() == cues[-1].start():
        cues.pop()
    return cues


def _price(text: str) -> bool:
    """A price per unit; 造价 and 总价 are what a whole thing cost, 价值 what a thing is worth
    ("添置了价值46万元的农机具"), not a price per unit."""
    return any(
        not re.match(r"[造总]价", text[max(0, m.start() - 1) :])
        and not text.startswith("价值", m.start())
        for m in PRICE.finditer(text)
    )


def _lifted_after(right: str) -> bool:
    """A verb of exit after the count that is its own: "120户脱贫", but not the 脱贫 of the next
    number, "68万贫困人口累计脱贫52.1万" (the 68万 are the poor, the 52.1万 those lifted)."""
    m = LIFTED.search(right)
    if not m or NUMBER_NEXT.match(right, m.end()):
        return False
    return not SUBSET_COUNTED.search(right, 0, m.start())


# "136户贫困户中已有59户达到脱贫标准", "剩余26户贫困户已有19户…": the 脱贫 is the 59户's, a
# part of them counted between ("…的4户18人和…的15户60人全部脱贫" share the verb).
SUBSET_COUNTED = re.compile(r"((中|其中)(已有|有|已)?|已有)\d+(?:\.\d+)?万?(?:户|人|名|个)")


# A number right after a verb: the verb is that number's.
NUMBER_NEXT = re.compile(r"(了|达|共|近|约)?[\d〇一二两三四五六七八九十百千万]")


# "最贫困的300个村庄": poor said before the count, of the villages after it.
POOR_ADJECTIVE_BEFORE = re.compile(r"(?<![非不])贫困的$")
VILLAGE_NOUN = re.compile(r"(行政|嘎查)?村")


def _poor_villages(left: str, right: str) -> bool:
    right = re.split(r"\d", right, maxsplit=1)[0]
    if SAID_NOT_POOR_AFTER.match(right):
        return False  # "5个村属于非贫困村"
    if VILLAGE_NOT_EXITED.search(left[-8:]) and re.match(VILLAGE_HEAD, right):
        return not re.match(r"\S{0,4}?(乡|镇)", right)
    return bool(
        POOR_VILLAGE_AFTER.match(right)
        or counted_noun.designated("个", right)
        or POOR_VILLAGE_BEFORE.search(left)
        or VILLAGE_EXITS.match(right)
        or (POOR_ADJECTIVE_BEFORE.search(left) and VILLAGE_NOUN.match(right))
        # "2019年脱贫6300户、出列27个": only a village 出列s, so the count is of poor villages
        or bool(EXITED_BEFORE.search(left[-4:]))
        or bool(ALL_POOR_VILLAGES.match(right))
    )


# "9个村全部是深度贫困村", "有7个村是省定贫困村": the villages counted are poor ones (those
# said not to be are set aside first, SAID_NOT_POOR_AFTER)
ALL_POOR_VILLAGES = re.compile(
    r"^(行政|建制|嘎查)?村[，,]?(全部|全都|均|都|全)?(是|为|属于?|列为|被列为)"
    r"[^，,。；;\d]{0,8}贫困村"
)
# "5个村属于非贫困村"; but "12个村都已转为非贫困村" counts the poor villages that left the list
SAID_NOT_POOR_AFTER = re.compile(
    r"[^，,。；;]{0,4}((?<![成变转])(为|是|属)[^，,。；;]{0,4}非|不(是|属于?))[^，,。；;]{0,6}贫困村"
)
NOT_YET_MOVED = re.compile(r"尚未|没有|未能|仍未|还没|还未|未")


EXITED_BEFORE = re.compile(r"出列了?$")


# Relocation's help told as the move: "搬入新居", "搬进安置小区"; not any move ("外地迁入的农户").
MOVED_INTO_NEW_HOMES = re.compile(
    r"(搬入|搬进|迁入|住进|住上|入住)[^，,。；;]{0,4}(新居|新房|新村|新家|安置|小区|楼房)"
    r"|(搬出|搬离|迁出)(大山|深山|山区)"  # relocated out of the mountains
    # left their old houses: "告别了山顶的土坯房"; moved in, the poor after the verb:
    # "入住贫困户157户"
    r"|告别[^，,。；;]{0,8}(土坯房|危房|旧房|茅草房|土房|窝棚|木板房)"
    r"|(入住|搬入|迁入)(建档立卡)?(贫困|脱贫)(户|人口|群众)"
)
# A sentence about a poverty programme's project ("扶贫车间", "产业扶贫") counts those it
# reaches (employs, drives, benefits) as helped, poor or not. Not those who take part in the
# programme as helpers (参与扶贫, volunteers, staff), nor those who buy shares in it (members).
PROGRAMME = re.compile(r"扶贫(?!干部|工作|专干|队|办|局|日|部门|系统|志愿)")
TAKING_PART = re.compile(r"(参与|参加|投身|助力)[^，,。；;]{0,6}扶贫")
REACH = re.compile(r"带动|吸纳|就业|务工|增收|受益|惠及|覆盖|用工|雇用")
HELPERS_COUNTED = re.compile(r"志愿者|职工|员工|干部|专干|党员")
SHAREHOLDING = re.compile(r"入股|持股|参股|股东")


# ... but not inside a noun of persons, which names who they are: "1500位务工者回乡办厂"
LIVELIHOOD = re.compile(f"(?:{alternation(load_words('livelihood_aims'))})(?!者|人员|人口)")


def _livelihood_help(left: str, right: str) -> bool:
    """Whether the count is the object of help towards a living (income, wealth, work), the
    help verb before it: "带动周边农户就业300人", "为80位村民安排公益岗位". Such help is for
    those counted, poor or not; after the count the verb may be theirs as helpers ("200名技术员
    帮助农户增收"), and helpers named before the verb are its subject ("党员帮带300户")."""
    if not LIVELIHOOD.search(left + "|" + right):
        return False
    verbs = [
        m
        for m in WEAK_HELP.finditer(left)
        if not LIVELIHOOD.fullmatch(m.group()) and not VERB_IN_A_NOUN.match(left, m.end())
    ]
    marker = OBJECT_MARKER.search(left)
    if not verbs and not marker:
        return False
    if not marker and _helps_next(right):
        # "安排200名技术员帮助农户增收": those counted help; "为350名村民提供岗位" frames the
        # verb after them with 为, and they are helped
        return False
    helped = left[verbs[-1].end() :] if verbs else ""
    return not HELPERS_COUNTED.search(helped + "|" + right)


# A help verb that is the head of a noun: 促进会 (an association), 输出地, 转移支付.
VERB_IN_A_NOUN = re.compile(r"会|地|支付")
HELPER_REACH = 8  # characters after the count: its noun, then the verb
# Those taken off a benefit's rolls are not paid it: "清退不符合条件的低保对象36人".
REMOVED_FROM = re.compile(r"清退|取消|核减|剔除|清理|停发|退出")


def _helps_next(right: str) -> bool:
    """Whether the count's noun is followed by a help verb of its own (not an aim such as 增收):
    those counted are the helpers."""
    head = right[:HELPER_REACH]
    return any(
        not LIVELIHOOD.fullmatch(m.group())
        for pattern in (STRONG_HELP, WEAK_HELP, HELPING)
        for m in pattern.finditer(head)
    )


HELPING = re.compile(r"帮助|指导")


def _about_the_poor(clause: str, sentence: str) -> bool:
    """Whether a weak help verb in `clause` helps the poor: the sentence speaks of the poor, or
    a poverty programme's project reaches those counted (see PROGRAMME)."""
    if POVERTY.search(sentence):
        return True
    return bool(
        PROGRAMME.search(sentence)
        and REACH.search(clause)
        and not TAKING_PART.search(sentence)
        and not HELPERS_COUNTED.search(clause)
        and not SHAREHOLDING.search(clause)
    )


def persons(left: str, right: str, sentence: str) -> str:
    """Persons: population, party members, cadres, or the poverty metrics."""
    if left.endswith("一行"):
        return "other"  # "某某一行6人来到…": a visiting party, whoever it came to help
    # "农村低收入人口4.2万人" ends in 人口 but counts the poor, not everyone
    if POPULATION.search(left) and not counted_noun.subject_before("人", left):
        return "population"
    if LIFTED_RIGHT_AFTER.match(right):
        return "lifted_persons"  # "助13万人脱贫": the count is of those lifted, whoever helped
    near = left[-8:] + "|" + right[:12]
    if CADRES.search(near) and not STOCK.search(right[:4]):
        return "cadres"
    if PARTY.search(near):
        return "party_members"
    return households_or_persons("persons", left, right, sentence)


VERB_CHARS = 6  # of the clause before a count, where the verb of "verb + count + noun" stands
# The poor among those counted for taking part in something, right before the count: "全乡发展
# 肉牛养殖户1240户，其中贫困户530户", "参与合作社农户860户，其中贫困户312户"; not
# among a place's households ("全村共有农户408户，其中贫困户97户": the stock).
POOR_AMONG_PARTICIPANTS = re.compile(
    # (not 就业 or 务工: "全镇就业人口1.6万人，其中贫困人口900人" counts a place's workforce)
    r"(发展|参与|带动|覆盖|获贷|入股|吸纳|种植|养殖|入社|受益|惠及)"
    r"[^，,。；;\d]{0,12}[\d.]+万?余?多?(户|人|名)[，,]\s*其中(建档立卡)?(贫困户|贫困人口|贫困群众)$"
)


HOUSEHOLDS_PERSONS = re.compile(r"^[\d.]+万?(余|多)?[人名]")
CLAUSE_BREAK = re.compile(r"[，,；;。、]")


# Not lifted, however the exit is put: "未能实现脱贫", "没有达到脱贫标准的", "尚未稳定脱贫的"
NOT_YET_OUT = re.compile(r"(尚未|未能|未|没有|没能|无法)(如期|按期)?(实现|达到|达)?(稳定)?脱贫")
# Those on the register of help (not those newly taken in, a flow, nor those "纳入扶持" to be paid)
ON_THE_REGISTER_OF_HELP = re.compile(r"(?<!新)纳入(精准)?帮扶(范围|对象|名单|台账)?内?的")


def households_or_persons(kind: str, left: str, right: str, sentence: str) -> str:
    """poor_*, lifted_*, beneficiary_* or other for a count of households or persons."""
    if NOT_POOR_AFTER.match(right) or ADDED_TO_REGISTER.search(_unpaired(left)[-10:]):
        return "other"
    if MEMBERS.search(left[-4:]) and not POVERTY.search(left[-6:]):
        return "other"  # "吸纳社员486户": a cooperative's members, poor or not
    if NOT_LIFTED.search(right) or (
        (NOT_LIFTED.search(left[-12:]) or NOT_YET_OUT.search(left[-20:]))
        and not (_lifted_after(right) and not AIM.search(right))
    ):
        # "还有12户尚未脱贫"; but "剩余未脱贫人口18户全部达到脱贫标准" were lifted
        return f"poor_{kind}"
    if REMAINING.search(left) and not _lifted_after(right):
        return f"poor_{kind}"  # "2018年脱贫86户……目前仅剩5户": the rest, not the lifted
    unit = "户" if kind == "households" else "人"
    if OBJECT_MARKER.search(left) and counted_noun.after_measure(unit, right):
        return f"beneficiary_{kind}"  # "为42户贫困户配股": the poor as the object of help
    noun_at = counted_noun.noun_just_before(unit, left)
    if (
        noun_at is not None
        and OBJECT_MARKER.search(left[:noun_at])
        and not DESIGNATED_AS.search(left[:noun_at])  # "识别为贫困户12户": designated, not helped
        and not _lifted_after(right)
    ):
        return f"beneficiary_{kind}"  # "分别包联贫困户41户": the verb, its noun, then the count
    if YEAR_OF_EXIT.search(left):
        return f"lifted_{kind}"
    # the verb before the count and the noun after it: "减少" + "1.5万人" + "贫困人口" says
    # what "减少贫困人口1.5万人" says
    verb_and_noun = left[-VERB_CHARS:] + counted_noun.noun_after_measure(unit, right)
    if LIFTED.search(left) or _lifted_after(right) or LIFTED.search(verb_and_noun):
        return f"lifted_{kind}"
    if counted_noun.counts_assisted(unit, left, right) and not REMOVED_FROM.search(left):
        return f"beneficiary_{kind}"  # "低保对象36人": those a benefit is paid to
    # "全镇289户贫困户全部进行精准帮扶": all the poor of a place, the stock, as the subject; a
    # help verb after them does not make the count one of beneficiaries ("36户贫困户获得小额信贷"
    # without the whole-place scope still is).
    whole_stock = WHOLE_PLACE.search(left) and POOR_NOUN_FIRST.match(right)
    describes_next = counted_noun.modifies_next_noun(unit, right)
    clause = left if whole_stock or describes_next else left + "|" + right
    # "纳入帮扶的低收入农户": those on the register of help, the poor (not those it reached)
    clause = ON_THE_REGISTER_OF_HELP.sub("", clause)
    if (
        STRONG_HELP.search(clause)
        # a move is told of those counted, even when they are all the place's poor or the count
        # describes their noun first ("该村45户贫困户告别了茅草房"); not one still to come
        # ("还有20户尚未告别土坯房")
        or (
            MOVED_INTO_NEW_HOMES.search(left + "|" + right)
            and not NOT_YET_MOVED.search(left[-8:] + "|" + right[:12])
        )
        or (WEAK_HELP.search(clause) and _about_the_poor(clause, sentence))
        or (WEAK_HELP.search(verb_and_noun) and _about_the_poor(verb_and_noun, sentence))
        or (not describes_next and _livelihood_help(left, right))
    ):
        return f"beneficiary_{kind}"
    if LIFTED_NOUN_AFTER.match(right) or LIFTED_NOUN_BEFORE.search(left):
        return f"lifted_{kind}"  # after help: "帮扶1户脱贫户" counts those helped
    # the register's noun after the households' persons names the households too, however
    # long the persons' number: "…户1430人" and then the register's word
    after_persons = CLAUSE_BREAK.split(HOUSEHOLDS_PERSONS.sub("", right), maxsplit=1)[0]
    if STOCK.search(left[-12:]) or STOCK.search(right[:8]) or STOCK.match(after_persons):
        return f"poor_{kind}"
    still = list(STILL_LEFT.finditer(left[-12:]))
    if (
        still
        and (
            not left[-12:][still[-1].end() :].strip()
            or counted_noun.nounless(left[-12:][still[-1].end() :])
        )
        and (POVERTY.search(sentence) or LIFTED.search(sentence))
    ):
        # "今年脱贫40户，还有12户": those still poor, where the sentence speaks of poverty; not
        # "村里还有300人在外务工", nor "还有返乡创业青年95人" (a noun of their own between)
        return f"poor_{kind}"
    if RESIDENTS.search(left) and not POVERTY.search(left + right[:6]):
        return "population"
    return "other"
