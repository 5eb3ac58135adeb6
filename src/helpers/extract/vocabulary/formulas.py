"""Formulas found without quotation marks: numbered formulas (三会一课, 一村一品) and A+B
formulas (党支部+合作社+农户), with what a run of numerals is when it is plain narrative."""

from __future__ import annotations

import re

from helpers.extract.text_units import has_han
from helpers.extract.vocabulary import jieba_dictionary
from helpers.extract.vocabulary.slogan_words import (
    MAX_NAME_CHARS,
    NUMERAL,
    PART_SPLIT,
    SENTENCE_END,
    canonical,
    fixed_terms,
    numbered_lexicon,
)

# A numbered formula is built of numeral-led segments: 三会一课, 四议两公开, 六个一, 四中心.
NUMBERED_PART = re.compile(rf"^(?:[{NUMERAL}]+[个项种大条]?[^{NUMERAL}\W\d]{{0,5}}?)+$")
SEGMENT = re.compile(rf"[{NUMERAL}]+[个项种大条]?[^{NUMERAL}\W\d]*")
# Unquoted numbered formulas need two numeral-led segments: 一村一品, 一周一座谈, 两学一做;
# not "一座又一座" (又: one after another) nor "五县一区都" (都 ends the formula).
NOT_IN_SEGMENT = "个的了着过是在和与及等又都也就接地对样"  # particles and verbs that end a segment
UNQUOTED = re.compile(
    rf"""
    (?<![{NUMERAL}\d第成周])                                  # not in a number, 第N, 成千上万, 周一
    (?:[{NUMERAL}](?!个)[^\W\d{NUMERAL}{NOT_IN_SEGMENT}]{{1,2}}){{1,3}}   # 一村, 一周一
    [{NUMERAL}][^\W\d{NUMERAL}{NOT_IN_SEGMENT}]{{1,3}}                 # 一品, 一座谈
    """,
    re.X,
)
# What an unquoted run of numeral-led words is when it is not a formula: a place's name
# ("四方镇双河村", a segment of three or more ending in a place's suffix), a family's size
# ("一家五口", "四代同堂").
# A verb before the suffix makes it a task's target, not a name: "三到村三到户", "一包村".
PLACE_SEGMENT = re.compile(r"^.{2,}(?<![到进入包联驻帮下])[省市县区旗州盟镇乡村屯组园]$")
FAMILY = re.compile(rf"家[{NUMERAL}]+口|代同堂")
# A saying of a place's terrain, shares of hills, water and fields: "八山一水一分田".
TERRAIN = re.compile(rf"^([{NUMERAL}半]+分?(石头|[山水田地林草石土沙坡])){{2,}}$")
# An epithet of the hardest case, not a motto: "难中之难、艰中之艰", "关键中的关键".
EPITHET = re.compile(r"^(.{1,2})中(之|的)\1$")
# A set of places counted by their kind: "一区三县", "两州一市" (a prefecture's parts).
PLACE_SET = re.compile(rf"^([{NUMERAL}]+个?[省市县区旗州盟镇乡]){{2,}}")
# A building by its count and its floors: "一栋四层的厂房", "两幢六层".
BUILDING = re.compile(rf"^[{NUMERAL}]+[栋幢座][{NUMERAL}]+层")
# "某某一行6人": a visiting party, after its leader's name.
VISITING_PARTY = re.compile(r"一行$")
# Numerals of plain narrative, not of a formula: 与支部一道 (一道, 一起: "together"), 不让
# 一乡一户掉队 ("not a single"), 驻村一届两年 (a span of time closes no formula).
TOGETHER = re.compile(r"^一[道起同齐并]")  # a segment that opens with it
WHILE = re.compile(r"一边(?!一)")  # 一边…一边: "while"; not 一边一策, a border's formula
# 一户一户走访, 一辆辆三轮车: "one household after another", "truck after truck"
ONE_BY_ONE = re.compile(r"一(.)一\1|一(.)\2")
NOT_A_SINGLE_BEFORE = re.compile(r"不(能|会)?[让落漏丢少使]下?$")
DURATION_END = re.compile(rf"[{NUMERAL}](年|个月|周|天)$")
# Harvests in a year: "一年两季收入", "一年三茬" (the year's yield, not 一月一公开).
HARVESTS = re.compile(rf"^一年[{NUMERAL}](季|茬|熟)")
# How often a place suffers: "十年九旱", "十年九涝" (a description, not a formula).
DISASTER_YEARS = re.compile(rf"^[十百]年[{NUMERAL}][旱涝淹灾荒]")
RANGE = re.compile(rf"[{NUMERAL}][到至或][{NUMERAL}]")  # "每名党员联系三到五户": a range
# "耗资百余万元", "十几万人", "十来年": an amount, rounded
ROUNDED = re.compile(rf"[{NUMERAL}](余|多|几|来)")
MONEY_IN_WORDS = re.compile(rf"[{NUMERAL}](块钱|元|毛钱|角钱)")  # "一分顶一块钱用": a rate
# A word whose 一 opens the run and is no numeral: "进一步统一思想" is 进一步, no "一步…一思想"
# ("五统一" is a formula, its 一 a numeral).
# (下一步: "next", not "一步…")
WORD_WITH_ONE = re.compile(r"[进统唯同单逐划之专万]一|下一(步|阶段|代|批|轮|次|年|季|站|期|届|周)")


def numerals_of_narrative(text: str, m: re.Match) -> bool:
    """Whether an unquoted run of numeral-led words says "together", "not a single" or a span
    of time rather than a numbered formula, or holds a word that only opens with a large
    numeral ("富了一方百姓", "千家万户")."""
    segments = SEGMENT.findall(m.group())
    return bool(
        any(TOGETHER.match(segment) for segment in segments)
        or WHILE.search(text, m.start(), m.end() + 1)
        or ONE_BY_ONE.search(m.group())
        or _large_numeral_word(segments[-1])
        or DURATION_END.search(m.group())
        or HARVESTS.match(m.group())
        or DISASTER_YEARS.match(m.group())
        or RANGE.search(m.group())
        or ROUNDED.search(m.group())
        or MONEY_IN_WORDS.search(text, m.start(), m.end() + 2)
        or NOT_A_SINGLE_BEFORE.search(text, max(0, m.start() - 4), m.start())
        or WORD_WITH_ONE.match(text, max(0, m.start() - 1))
        # "李二林一家种了4个棚": a family by its head's name, not "一家一策"
        # ("李一鸣一家种了…": a name may hold a 一 too; "一村一家合作社" is a formula)
        or (
            segments[-1].startswith("一家")
            and (not segments[0].startswith("一") or segments[-1][2:3] in FAMILY_DOES)
        )
        # a word of everyday speech that opens with a numeral: "两口子一年能拿", "一辈子"
        or _everyday_word(segments[0])
        # ... or that the run's last numeral opens, past its end: "村支两委一班人"
        or _everyday_word(segments[-1] + text[m.end() : m.end() + 1])
    )


FAMILY_DOES = "人种老口都也就住靠的养"  # what follows 一家 when it is a family: 一家人, 一家种


def _everyday_word(segment: str) -> bool:
    word = segment[:3]
    return len(word) == 3 and word[-1] in "子人" and jieba_dictionary.is_word(word)


def _large_numeral_word(segment: str) -> bool:
    """百姓, 万户: a word of the dictionary whose first character is a large numeral, ending the
    run ("百城千县万村" opens with one and is a campaign's name)."""
    return (
        segment[:1] in "百千万"
        and segment[1:2] not in NUMERAL
        and jieba_dictionary.is_word(segment[:2])
    )


# A model written as a formula: 党支部+合作社+贫困户, 公司+基地+农户(贫困户). It opens with a
# word: a bracket before it is the close of a gloss an excerpt cut ("产(chǎn)业大户+…").
FORMULA = re.compile(
    r"[\u4e00-\u9fff][\u4e00-\u9fff()（）]{1,11}(?:\s*\+\s*[\u4e00-\u9fff()（）]{2,12})+"
)
FORMULA_LEAD = re.compile(
    # the way taken: "提出走茶叶+旅游的路子" (not 走廊, 走马镇, 走村入户), before 提出 alone
    r".*((?:提出|坚持|探索|选择|决定)走|以|按照|通过|采取|采用|实行|推行|推广|构建|探索|形成|打造|创新|依托|实施|建立|推进|坚持|开展|搞"
    # a verb of furthering it, or the word joining it to a name before it: "推广“某某”和党支部+…"
    r"|推动|发展(?!公司|中心|集团|有限|协会|基金|银行)|完善|落实|深化|运用|借助|继续|提出"
    r"|(?<=[”\"」』)）])(?:和|及|与))"
    # the verb's particle ("形成了", "探索出", "提出的") is not the formula's
    r"(了|出了?|着|起|的)?"
)
# "把…作为", "将…推广": the formula is the thing taken.
TAKEN_LEAD = re.compile(r".*(?<!一)(把|将)(?!乐|军|来|近|手|关|握|其)")
# The formula's last part is a noun: a 的 or 等 after it ("…+农户的发展模式", "…+旅游等") ends it,
# as does the count of levels or kinds it sums up ("小区+单元+院落三级网格", "…+农户两种路子").
FORMULA_TAIL = re.compile(
    r"((?<!目)的|(?<![中平对相高初同均优上])等|[一二两三四五六七八九十](级|种|类|项|条)"
    # what the formula does, before its kind: "…+贫困户产业带动模式"
    # (扶贫 and 发展 only after an actor: "旅游扶贫" is the part itself, "…+贫困户扶贫" not)
    r"|(产业)?(带动|带贫|带富|帮带|增收|致富|合作|联动|经营|运营|运行|利益联结|(?:深度)?融合(?:发展)?"
    r"|(?<=[户社司地员众部人家])(?:发展|帮扶|扶贫)|(?<=产业)发展)?"
    r"(创新|(?<!创)新|有效|特色|长效)?(模式|形式|机制|方式|办法|路子|路径|途径|思路|试点)"
    # what it is taken as, after 把 or 将: "把党建+扶贫作为…的抓手"; what members make up
    r"|(作为|当作|列为|成为|(?<!小)组成(?!员)|构成)"
    # "深化党建+工作": the work of an open formula, not a part of it (工作队, 工作法 are parts)
    r"|^工作$"
    # what the formula is made to further, after its last part: "以党建+扶贫推动各项任务落实"
    # (not a part's own word: 整村推进, 示范带动户)
    r"|(?<=[\u4e00-\u9fff]{2})(推动|促进|助推|助力|赋能|引领|(?<!整村)推进|带动(?!户(?!均)|人(?!均)|者))"
    r"(?!会|中心|模式|机制)"
    r"(?=[\u4e00-\u9fff]{2})).*$"
)
# “联动式”, “滚动式”: an adjective in scare quotes, not a name.
ADJECTIVAL = re.compile(
    r"^[\u4e00-\u9fff]{0,2}(?![模形方样正])[\u4e00-\u9fff]式$"  # not 模式, 方式
    # “网格化”, “日志化”管理: a manner of managing, not a name (“四化” is numbered)
    r"|^(?![一二三四五六七八九十两双])[\u4e00-\u9fff]{2,3}化$"
)
ORDINAL = re.compile(rf"(第[{NUMERAL}]|[{NUMERAL}]号)")
# Mottos have no particles or pronouns of speech:
# "他们天天加班,我们天天学习" is a quote, not a slogan.
SPOKEN = re.compile(
    r"[了吗吧呢啊呀俺你他她咱啥咋]|(?<!自)我|这(?![样些几])|估计|就行|先得把|得先把"
)  # 自我管理 is no speaker


def counts_things(phrase: str) -> bool:
    """Numerals that count a family's members, a terrain's shares or a set of places: a
    description, not a numbered formula."""
    return bool(
        FAMILY.search(phrase)
        or TERRAIN.match(phrase)
        or PLACE_SET.match(phrase)
        or BUILDING.match(phrase)
    )


# A produce's brand or breed that opens with a numeral ("八角羊", "五指山红茶") ends in what is
# sold; no numbered requirement of one segment ends so.
PRODUCE_END = re.compile(r"[茶羊牛猪鸡鸭鹅鱼米果梨桃李椒菇薯瓜酒蜜枣柑橙柚莓笋藕豆参菜]$")


def is_numbered(content: str) -> bool:
    """Whether a phrase is a numbered formula (三会一课, 五个坚持, 八比对、六清退, 百千万)."""
    parts = [p for p in PART_SPLIT.split(content) if p]
    joined = "".join(parts)
    if not parts or ORDINAL.search(content) or counts_things(joined):
        return False
    if len(SEGMENT.findall(joined)) == 1 and PRODUCE_END.search(joined):
        return False  # but "两牛一猪", a household's herd by formula, is one
    for part in parts:
        if not NUMBERED_PART.match(part) or len(part) > 10:
            return False
        segments = SEGMENT.findall(part)
        if len(segments) == 1 and part[0] in "万千百" and part[1:2] not in NUMERAL:
            return False  # "万水之源", "千年古村": a word that starts with a large numeral
        nouns = re.sub(rf"[{NUMERAL}个项种大条]", "", part)
        if not (
            len(segments) >= 2
            or re.match(rf"^[{NUMERAL}]+[个项种大]", part)
            or len(nouns) >= 2
            or (not nouns and len(part) >= 3)
        ):
            return False
    return True


# A numeral before a place or a measure word counts things (三县, 两区, 五人, 八瓣), it names no
# rule.
MEASURE_OF_THINGS = "瓣朵棵株头只匹座顶"
COUNTED_THING = re.compile(f"[省市县区州盟旗镇乡村组户人名个位家年月天次{MEASURE_OF_THINGS}]")


MULTIPLE_EARNINGS = re.compile(rf"^[{NUMERAL}双][份倍](收入|工资|收益|薪金|报酬)$")
FORMULA_PART = re.compile(r"[\u4e00-\u9fff()（）]")


def names_joined(formula: str) -> bool:
    """People's names joined by + (a byline "张某+李某某+王某"), not a model: three or more
    parts of two or three characters, none of them a word of the dictionary."""
    parts = [p.strip() for p in re.split(r"[+＋]", formula)]
    return len(parts) >= 3 and all(
        2 <= len(p) <= 3 and not jieba_dictionary.is_word(p) for p in parts
    )


def plus_formulas(text: str):
    """FORMULA's matches, as `finditer` gives them, with the search started just before each
    "+": tried from every Han character, the pattern cost 4 % of a report's time.

    A match holds a "+", and starts at most 12 name characters (and the spaces) before its
    first one, so no match begins before the point each search starts from.
    """
    pos = 0
    while (plus := text.find("+", pos)) != -1:
        start = plus
        while start > pos and text[start - 1].isspace():
            start -= 1
        reach = max(pos, start - 12)
        while start > reach and FORMULA_PART.match(text, start - 1):
            start -= 1
        m = next(filter(None, (FORMULA.match(text, p) for p in range(start, plus + 1))), None)
        if m is None:  # this "+" joins no formula: look from the next one
            pos = plus + 1
            continue
        yield m
        pos = m.end()


# The rest of a list item after a numbered formula: "一户一份|脱贫计划表、".
ITEM_TAIL = re.compile(r"[\u4e00-\u9fff]{1,4}(?=[、，,。；;])")


# The kind of thing a numbered formula names, written after it: "三会一课制度", "四议两公开工作法",
# "三亮三比活动", or the help it shapes ("一户一技帮扶"). The formula is the name without it (as
# a quoted one is: “三会一课”制度).
KIND_WORD = re.compile(r"制度|活动|工作法|工作|模式|机制|行动|工程|要求|帮扶|改革")


def known_formula_within(m: re.Match) -> tuple[int, int] | None:
    """The span of a national formula (两不愁三保障, 两学一做) inside an unquoted run of
    numeral-led words that ran on into the words around it ("核查一次两不愁三保障情况"); not
    when the run goes on with a formula of its own ("一村一品一乡一业")."""
    known = numbered_lexicon()
    inner = known.search(m.group()) if known else None
    if not inner:
        return None
    before, after = m.group()[: inner.start()], m.group()[inner.end() :]
    if (after and after[0] in NUMERAL) or len(SEGMENT.findall(before)) >= 2:
        return None
    last_numeral = max(i for i, ch in enumerate(inner.group()) if ch in NUMERAL)
    last_word = inner.group()[last_numeral + 1 :]
    if after and len(last_word) == 1 and jieba_dictionary.is_word(last_word + after[0]):
        return None  # "一村一品牌": its last word, one character, is a longer word's (品牌)
    return m.start() + inner.start(), m.start() + inner.end()


# "三月三": a day of the lunar calendar, a festival.
LUNAR_DAY = re.compile(r"^[一二三四五六七八九十]{1,2}月[初]?[一二三四五六七八九十]{1,3}$")


def named_thing(content: str) -> bool:
    """“六安瓜片” (a tea of 六安), “三月三” (a festival): a numeral that is part of a place's
    name or a date, not a numbered formula's."""
    from helpers.extract.places.locate import find_mentions  # the gazetteer loads only if asked

    if LUNAR_DAY.match(content):
        return True
    if len(SEGMENT.findall(content)) == 1 and content[1:2] in MEASURE_OF_THINGS:
        return True  # “八瓣莲花”: a thing of eight petals
    if MULTIPLE_EARNINGS.match(content):
        return True  # “双份收入”: what a household earns twice over, not a programme
    # a prefecture or county of that name (六安, 七台河), not a township's short form (八八, 百城)
    mentions = find_mentions(content)
    if not mentions or mentions[0].start != 0:
        return False
    # (not a numeral and a word whose first character ends a place's name: “三明确” is 三 + 明确,
    # not 三明 + 确)
    numeral_and_word = (
        mentions[0].end == 2
        and len(content) == 3
        and jieba_dictionary.is_word(content[1:])
        and not find_mentions(content[1:])  # (“三江源”, “九江口”: 江源, 江口 are places too)
    )
    return any(len(code) in (4, 6) for code in mentions[0].codes) and not numeral_and_word


LONG_IDIOM_CHARS = 5  # shorter dictionary words with numerals may be formulas (一岗双责)


def idiom(content: str) -> bool:
    """“一言堂”, “一刀切”: a word of the dictionary led by 一, one segment long, or a phrase a
    word led by 一 opens, is an idiom in scare quotes, not a numbered formula (“三结合”, “百千万”
    are formulas)."""
    if len(content) >= LONG_IDIOM_CHARS and jieba_dictionary.is_word(content):
        return True  # “一问三不知”: a saying of the dictionary, however many numerals it holds
    if not content.startswith("一") or len(SEGMENT.findall(content)) != 1:
        return False
    # “一线指挥员”, “一夜返贫”: a word (一线, 一夜) opens it, not a count of things
    return jieba_dictionary.is_word(content) or (
        jieba_dictionary.is_word(content[:2]) and not COUNTED_THING.match(content[1])
    )


# What a numeral counts when it is said again one by one: "一年比一年高", "一边…一边…".
SAID_AGAIN_UNITS = "年天月日户家村步个次代批边遍趟层级环"


def said_again(segments: list[str]) -> bool:
    """Whether a numeral and its noun are only said again, one by one or while doing another
    thing ("一家一家地", "一户一户摸清", "一边编一边说"), not a formula's different parts."""
    first = segments[0] if segments else ""
    heads = {seg[:2] for seg in segments}
    return all(seg.startswith(first) for seg in segments) or (
        len(heads) == 1 and first[1:2] in SAID_AGAIN_UNITS
    )


def numbered_end(text: str, m: re.Match) -> int:
    """End of an unquoted numbered formula: without the kind word after it; a list item's
    whole noun ("一户一张联系卡、…"); else without a word of the sentence its last segment ran
    into, the parts of a formula being of a length ("双培双带贯穿" is 双培双带, "一户一策精准帮扶"
    is 一户一策; "四议两公开" and "一周一座谈" stay whole)."""
    end = _without_kind_word(text, m)
    item_end = _list_item_end(text, m.start(), end)
    if item_end != end or "、" == text[end : end + 1]:
        return item_end  # an item of a 、-list ends where the list says
    segments = SEGMENT.findall(text[m.start() : end])
    if (
        len(segments) >= 2
        and len(segments[-1]) > len(segments[0])
        # "一户一本台账，": after a measure word, a word that ends there is the noun it measures,
        # not the sentence's
        and not (
            segments[-1][1:2] in ITEM_MEASURES
            and (not has_han(text[end : end + 1], 1) or KIND_WORD.match(text, end))
        )
    ):
        extra = segments[-1][len(segments[0]) :]
        if len(extra) >= 2 and jieba_dictionary.is_word(extra):
            return end - len(extra)
    return end


def _without_kind_word(text: str, m: re.Match) -> int:
    """End of an unquoted numbered formula without the kind word its last segment ran into."""
    last_numeral = max(i for i in range(m.start(), m.end()) if text[i] in NUMERAL)
    for at in range(last_numeral + 2, m.end()):
        # right after a numeral's measure word the word is the noun it measures: "一户一张帮扶卡"
        measured = at == last_numeral + 2 and text[at - 1] in ITEM_MEASURES
        if KIND_WORD.match(text, at) and not measured:
            return at
    return m.end()


ITEM_MEASURES = "张份本套块条把间台册卡名位个支项"


def _list_item_end(text: str, start: int, end: int) -> int:
    """Where a numbered formula that is an item of a 、-list ends: at the item's end.

    "做到一户一张联系卡、一户一份脱贫计划表、…": each item is one formula, its noun included.
    """
    tail = ITEM_TAIL.match(text, end)
    last_numeral = max(i for i in range(start, end) if text[i] in NUMERAL)
    if (
        tail
        # "一户一张联系卡": a measure word after the last numeral, its noun still to come;
        # "一户一业" is whole, and what follows ("产业发展计划") is the plan's own words
        and text[last_numeral + 1 : last_numeral + 2] in ITEM_MEASURES
        and not KIND_WORD.match(text, end)
        and (text[start - 1 : start] == "、" or text[tail.end() : tail.end() + 1] == "、")
    ):
        return tail.end()
    return end


def name_like(content: str) -> bool:
    """Short, one part, no speech, not a fixed term or an adjective: could be a name."""
    return (
        2 <= len(content) <= MAX_NAME_CHARS
        and not PART_SPLIT.search(content)
        and not SPOKEN.search(content)
        and not SENTENCE_END.search(content)
        and canonical(content) not in fixed_terms()
        and not ADJECTIVAL.match(content)
    )


def trim_formula(text: str, start: int, end: int) -> tuple[int, int]:
    """Cut an unquoted formula at the verb before it and the 模式 after it."""
    first_part = text[start:end].split("+")[0]
    # matched in the text, not in a copy of the part: the word before the formula may be seen
    # (a 和 joins it to a quoted name only after the quote: "推广“某某”和党支部+…")
    # the verb before it, or the 把 or 将 that takes it ("县里把党建+扶贫作为…", "该县将党支部+
    # 合作社模式推广到…"; not the 将 of a name, 将乐县 or 将军村, nor the 把 of 一把手): the last
    verb = FORMULA_LEAD.match(text, start, start + len(first_part))
    taken = TAKEN_LEAD.match(text, start, start + len(first_part))
    if taken and taken.end() - 1 == start:
        taken = None  # a 将 or 把 that opens the run is a name's: 将台堡镇
    lead = max(filter(None, (verb, taken)), key=lambda m: m.end(), default=None)
    if lead:
        start = lead.end()
    joining = JOINED_TO_A_QUOTE.search(text, max(start, end - 2), end)
    if joining and text[end : end + 1] in '“"「':
        end = joining.start()  # "推行党建+光伏和“支部+…”": the word joining it to the next
    last = text[start:end].split("+")[-1]
    parts = [part.strip() for part in text[start:end].split("+")]
    used = SYSTEMS_USED.match(parts[-1])
    if used and all(part.endswith("制") for part in parts[:-1]):
        # "清单制+责任制+销号制管理(模式)": the systems, then their use
        return start, end - (len(parts[-1]) - used.end("system"))
    tail = FORMULA_TAIL.search(last)
    if tail and tail.start() == 0 and tail.group(3) and tail.group(4):
        # "党建+产业发展模式": 产业 is the part, its 发展 what the formula does
        end -= len(last) - tail.start(4)
        tail = None
    elif tail and tail.start() == 0 and (tail.group(3) or tail.group(4)):
        # "党建+电商+扶贫模式": what the tail would cut is the formula's last part itself
        tail = re.search(r"(模式|形式|机制|方式|办法|路子|路径|途径|思路).*$", last)
    if tail:
        end -= len(text[start:end].split("+")[-1]) - tail.start()
        made_of = MADE_OF.match(tail.group())
        by = text.rfind("由", start, start + len(first_part))
        if made_of and by >= 0:
            start = by + 1  # "由村书记+第一书记+驻村干部组成…": the members, without 由
    return start, end


SYSTEMS_USED = re.compile(r"(?P<system>[\u4e00-\u9fff]{1,6}制)管理")
JOINED_TO_A_QUOTE = re.compile(r"(以及|和|与|及|或|(?<![协共相一如])同|跟)$")
# What members make up, after 由 before the first of them.
MADE_OF = re.compile(r"(组成|构成)")
