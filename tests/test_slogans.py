"""Slogans by pattern: invented mottos, formulas and numbered formulas no list names."""

from __future__ import annotations

import pytest

from helpers.extract.vocabulary.formulas import is_numbered
from helpers.extract.vocabulary.slogan_words import canonical
from helpers.extract.vocabulary.slogans import extract_slogans


def slogans(text: str):
    return [(s.slogan, s.kind) for s in extract_slogans("r1", text, [])]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("全县牢固树立“强支部、兴产业、富群众”的理念。", [("强支部、兴产业、富群众", "quoted")]),
        ("以“党建领头、产业跟进”为抓手。", [("党建领头、产业跟进", "quoted")]),
        ("推行“村委+企业+基地+农户”模式。", [("村委+企业+基地+农户", "formula")]),
        ("积极构建党支部+电商+贫困户模式，效果明显。", [("党支部+电商+贫困户", "formula")]),
        # the formula ends at its last node: what it does and its kind come after
        (
            "推行村党支部+龙头企业+基地+农户产业带动模式。",
            [("村党支部+龙头企业+基地+农户", "formula")],
        ),
        # a party's saying in parallel parts is a motto, however it is introduced
        (
            "群众中流传着一句顺口溜：“想增收、找支部；要致富、靠党员。”",
            [("想增收、找支部、要致富、靠党员", "quoted")],
        ),
        # a national motto a speaker habitually quotes; a national formula quoted alone
        ("干部们常说“扶贫先扶志、扶贫必扶智”。", [("扶贫先扶志、扶贫必扶智", "quoted")]),
        ("县里提出“支部建在产业链上”。", [("支部建在产业链上", "quoted")]),
        # campaign labels of the word list, quoted with no campaign word after them
        ("全乡14个村集体经济全部实现“破零”。", [("破零", "quoted")]),
        ("通过飞地抱团，全县32个村实现“消薄”，村均收入12万元。", [("消薄", "quoted")]),
        ("全镇86名党员干部与贫困户“结穷亲”。", [("结穷亲", "quoted")]),
        # a national formula in a speaker's long words; parallel parts that end alike
        (
            "他说：“下一步，我们将继续巩固提升，确保两不愁三保障全面达标，坚决打赢这场硬仗。”",
            [("两不愁三保障", "numbered")],
        ),
        (
            "省委提出“产业发展到哪里，党组织就覆盖到哪里”。",
            [("产业发展到哪里、党组织就覆盖到哪里", "quoted")],
        ),
        # an unquoted formula without the word of the sentence its last part ran into
        ("要把双培双带贯穿村级组织建设全过程。", [("双培双带", "numbered")]),
        ("（一）一户一策精准帮扶。", [("一户一策", "numbered")]),
        # counts of one in a motto are not sums
        ("“不让一户掉队、不让一人返贫”", [("不让一户掉队、不让一人返贫", "quoted")]),
        # a kind word after a list item's formula is not part of it
        (
            "建立一周一调度、一月一研判工作机制。",
            [("一周一调度", "numbered"), ("一月一研判", "numbered")],
        ),
        # an unquoted formula without the verb's particle before it or the 的 / 等 after it
        ("全镇形成了支部+茶企+茶农的增收格局。", [("支部+茶企+茶农", "formula")]),
        ("全镇构建起小区+单元+院落三级服务网格。", [("小区+单元+院落", "formula")]),
        # ... nor the plain verbs a villager or a report says it with ("搞", "开展")
        ("我们屯里也在搞支部+合作社+养牛户，牛卖得好。", [("支部+合作社+养牛户", "formula")]),
        ("各村开展党建+电商，把山货卖到网上。", [("党建+电商", "formula")]),
        # ... but 的 and 等 inside a word stay ("目的地", "中等")
        ("全村打造茶园+民宿+旅游目的地。", [("茶园+民宿+旅游目的地", "formula")]),
        ("推行企业+中等职业学校。", [("企业+中等职业学校", "formula")]),
        (
            "乡里实施了党建+民宿、党建+研学等项目。",
            [("党建+民宿", "formula"), ("党建+研学", "formula")],
        ),
        ("落实“四帮四带”机制。", [("四帮四带", "numbered")]),
        ("推进“三联三创”活动。", [("三联三创", "numbered")]),
        ("健全“七个一”工作法。", [("七个一", "numbered")]),
        ("实现一乡一业、一村一策。", [("一乡一业", "numbered"), ("一村一策", "numbered")]),
        # a national numbered formula of the lexicon is one unquoted too
        ("全乡坚持六个精准要求。", [("六个精准", "numbered")]),
        # unquoted, the formula without the kind of thing it names after it (as quoted)
        ("坚持两联两帮制度。", [("两联两帮", "numbered")]),
        ("推广三议一定工作法。", [("三议一定", "numbered")]),
        ("各村逐户落实一户一技帮扶，效果明显。", [("一户一技", "numbered")]),
        ("开展“红旗村创建”行动。", [("红旗村创建", "quoted")]),
        # parts framed alike are a motto's, however long one of them is
        (
            "号召青年“到边疆去、到山区去、到群众最需要的地方去”。",
            [("到边疆去、到山区去、到群众最需要的地方去", "quoted")],
        ),
        # a year in a theme is not a sum said
        ("举办“纪念建村60周年、喜迎丰收节”活动。", [("纪念建村60周年、喜迎丰收节", "quoted")]),
        # a campaign's name that speaks in the first person, named as a campaign
        ("全乡深入开展“我为乡亲解难题”实践活动。", [("我为乡亲解难题", "quoted")]),
        # a numeral's measure word, then the noun it measures, even a word that names a kind
        # of work (帮扶): the item whole
        (
            "坚持一户一本台账、一户一张帮扶卡。",
            [("一户一本台账", "numbered"), ("一户一张帮扶卡", "numbered")],
        ),
        # a campaign named …行 has a name before 行
        ("开展“春风送暖行”活动。", [("春风送暖行", "quoted")]),
        # one thing furthered by means of another
        ("党建引领“以实促强”，把强村列为硬指标。", [("以实促强", "quoted")]),
        # where the work rests, ending in a body's name: a motto, not a kind of body
        ("坚持“工作重心在支部”理念。", [("工作重心在支部", "quoted")]),
        # a formula of the lexicon (一村一品) whose last word runs on into a longer one (品牌)
        (
            "各村做到一村一主业、一村一品牌。",
            [("一村一主业", "numbered"), ("一村一品牌", "numbered")],
        ),
    ],
)
def test_slogans_found_by_pattern(text, expected):
    assert slogans(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "“今年收入翻了一番，我们心里乐开了花。”村民李某说。",  # reported speech
        "他表示：“要把产业做大，让群众得实惠。”",  # reported speech
        "变“输血”为“造血”，破解“资金沉睡”难题。",  # metaphors and labels
        "千家万户都受益，大家一心一意谋发展。",  # idioms are not numbered formulas
        "村“两委”干部带头。",  # an institution, not a formula
        "实行“一对一”结对帮扶。",  # a way of pairing people, not a motto
        # a saying of the terrain's shares of hills, water and fields
        "这里七山二水一分田，耕地稀少。",
        "当地“九山半水半分田”，群众增收难。",
        # speech in quotes: a connective, the hours of a story told
        "他说“当干部，就要带头干，干给群众看”。",
        "为了“白天在镇上开会，凌晨两点赶回村里”。",
        "这里是“难中之难、艰中之艰”的深度贫困地区。",  # an epithet of the hardest case
        "全县实现“脱贫摘帽”。",  # the term for a county's exit
        "这里号称“万花之乡”。",  # a word led by a large numeral, not a numbered formula
        "开展争创“模范户”活动。",  # an honour strived for
        "开展争创“红旗支部”活动。",  # an honour a village strives for
        "变“输血扶贫工程”为造血扶贫。",  # the pole a change starts from
        # kinds of village a campaign rates, named again as the campaign's requirements
        "启动“乡风文明样板村”评选，“乡风文明样板村”须有村规民约。",
        # a set of places counted by their kind, a family's generations, a visiting party
        "全市“两区五县”统一部署。",
        "全省四市九县联合开展巡查。",
        "老张家“五代同堂”，日子越过越红火。",
        "副局长赵千山一行5人到村里调研。",
        "帮助群众克服“懒、散、慢”的消极心理。",  # a mindset to overcome, not a motto
        # a sentence in quotes: clauses joined by connectives, a long clause beside a short
        # one, a sum earned, a formula inside a sentence
        "“虽然山路远、天气冷，但只要肯干，就没有过不去的坎”成了他的口头禅。",
        "那段日子“白天走访农户，晚上整理档案资料一直到凌晨”。",
        "“每月1500元，比在外打工还强”。",
        "“全组除了两户外出的，都靠贷款+养牛实现了增收”。",
        # not numbered formulas: a place whose name starts with a numeral, a family's size,
        # one after another, several thousand, a thing said twice
        "来到四方镇双河村调研。",
        "他家一家五口都在村里。",
        "翻过一座又一座山。",
        "成千上万名群众赶来。",
        "一家一家地走访。",
        # a rhyme the village passed around, or quoted as the picture of its past
        "以前村里流传一句“有事找不到人、村部大门一把锁”，现在变了。",
        "“山路弯、穷根深、有女莫嫁山里人”是其真实写照。",
        # people's names joined by +, a byline, not a model
        "赵某某+钱某+孙某某",
        # one by one, or while doing another thing: a numeral and its noun said again
        "工作队一户一户摸清底数。",
        "队员们一村一村核对，一边走一边记。",
        # an idiom led by 一 in scare quotes, even when a practice guards against it
        "过去开会是“一言堂”，如今大家都愿意说话。",
        "杜绝了“一言堂”。",
        # a quoted list of roles, in either kind of quotation marks
        "村里的“支书、主任、会计”拧成一股绳。",
        "建立由「村支书、驻村干部、网格员」组成的帮扶小组。",
        # a folk saying the speaker then calls an old saying; a sentence of his own in quotes
        "“人心齐，泰山移。”在村民大会上，老周用这句老话给大家鼓劲。",
        "“这几句话不是挂在墙上的，是要落到田里去的。”",
        # the choosing of an honour's holders
        "开展“致富之星”评选，评出“致富之星”36名。",
        "全县组织开展“脱贫光荣户”评选。",
        # a word led by 一 that opens a quoted phrase: a role or a turn of phrase
        "各级党组织书记要当好“一线指挥员”。",
        "受灾后不少群众“一夜返贫”。",
        # one by one: a numeral and its unit said again around 比
        "果园产量一年比一年高。",
        # a rhyme named as one after it; a villager's words with a sum in words
        "过去村里流传着「路难走，水难喝」的顺口溜。",
        "“今年桃子结得好，一斤能卖到四块五。”",
        # speech: a demonstrative, a guess; what is grown; an attitude; a place's nickname
        "群众问：“城里来的干部能在这山沟里待几天？”",
        "“今年挂果多，估计又能卖个好价钱。”",
        "主导产业是“马铃薯、冷凉蔬菜、肉牛”。",
        "少数党员存在“等一等、看一看”的心态。",
        "这里是“红军的摇篮、将军的故乡”。",
        # arithmetic and an app's prompt joined by +
        "形成“1+1>2”的效果。",
        "点赞+在看，让更多人看到山村的变化！",
        # a product named after its city, a festival's day, a thing counted, a standing body
        "当地的“三亚芒果”远近闻名。",
        "每年的“三月三”，村里都办活动。",
        "打造“九朵梅花”非遗品牌。",
        "各村成立了“红白理事会”。",
        # a nickname people give; a villager's words that date themselves; an honour chosen
        "曾经的山乡，人称「三无乡」。",
        "「今年的茶长得好，又是一个丰收年。」",
        "县里每年评选“十佳农家乐”。",
        # a term of the field in quotes
        "村里建起了“扶贫车间”。",
        # the roles of a working group, its leaders and its organisers
        "组织“包村领导、驻村队长、第一书记”三方力量上门。",
        # what is done, in scare quotes before 活动
        "开展“走访”活动。",
        # a rounded amount in Chinese numerals is money, not a numbered formula
        "新建村道耗资百余万元。",
        # a grade, a brand, a hotline, fixed terms with numerals, an honour being chosen
        "全乡评出“四星级”村党组织12个。",
        "合作社的“岭上红”牌苹果销往全国。",
        "群众可拨打“96128”热线反映问题。",
        "村支书和村主任“一肩挑”。",
        "防止党建和业务“两张皮”。",
        "镇里开展“五好文明户”创评活动。",
        # single characters listed, then counted as things: the things, not a motto
        "关键要管好“人、财、物”三个方面。",
        # two characters ending in 行 are a verb: each body's share of a duty
        "压实乡镇“主抓”责任、村级组织“执行”责任。",
        # what a list describes, not the list's numbered name
        "实现了农户增收、企业增效的双赢。",
        # a verb ending in 行: a way of going, not a campaign
        "产业发展从“单打独斗”转向“抱团前行”。",
        # 以前 is no means
        "他说“以前促销很难”。",
    ],
)
def test_not_slogans(text):
    assert slogans(text) == []


def test_canonical_form_unifies_separators_and_quotes():
    assert (
        canonical("“抓党建 促脱贫 保小康”")
        == canonical("抓党建、促脱贫、保小康")
        == "抓党建、促脱贫、保小康"
    )
    assert canonical("‘党员+农户’") == "党员+农户"
    assert canonical("“村看村,户看户。”") == "村看村、户看户"


def test_numbered_formula_shapes():
    assert is_numbered("三会一课") and is_numbered("五个坚持") and is_numbered("八比对、六清退")
    assert not is_numbered("第一责任") and not is_numbered("一号工程")


def test_offsets_point_at_the_raw_mention():
    text = "坚持“抓党建、促脱贫”不动摇。"
    (s,) = extract_slogans("r1", text, [])
    assert text[s.start : s.end] == s.raw == "“抓党建、促脱贫”"


# Names recognised by their context: a programme verb before, a campaign noun after, a list
# of quoted items one of which qualifies.
GOOD_NAMES = [
    ("全面开展“入户走访”，摸清底数。", [("入户走访", "quoted")]),
    ("深入推进村党组织“联建共育”，成效明显。", [("联建共育", "quoted")]),
    ("抓好“三化”建设，夯实基础。", [("三化", "numbered")]),
    ("省里“525”工程惠及全县。", [("525", "numbered")]),
    (
        "全面实施“双培”、“双联”、“双帮”(“三双”)工程。",
        [
            ("双培", "numbered"),
            ("双联", "numbered"),
            ("双帮", "numbered"),
            ("三双", "numbered"),
        ],
    ),
    ("被省委树立为全省的“山城经验”。", [("山城经验", "quoted")]),
    # a dictionary word named by the programme's kind right after it: a name, not a metaphor
    ("村里实行“红黑榜”制度，每月评比一次。", [("红黑榜", "quoted")]),
    ("县委组织部启动“主心骨”工程。", [("主心骨", "quoted")]),
    # a programme set as the lever of the work; a fight named by its end
    ("全乡以“村企联建”为抓手推进产业发展。", [("村企联建", "quoted")]),
    ("全县打响“消费扶贫攻坚战”。", [("消费扶贫攻坚战", "quoted")]),
    # a campaign's kind names even a two-character word; a policy or a fight is named too
    ("全市启动“暖冬”行动。", [("暖冬", "quoted")]),
    ("全县打好“清仓”攻坚战。", [("清仓", "quoted")]),
    ("全面落实“先诊疗后付费”政策。", [("先诊疗后付费", "quoted")]),
    (
        "做到一户一张明白卡、一户一本台账、一户一名责任人。",
        [
            ("一户一张明白卡", "numbered"),
            ("一户一本台账", "numbered"),
            ("一户一名责任人", "numbered"),
        ],
    ),
]

# Quoted, but not slogans: fixed terms of plans and institutions, party routines, scare-quoted
# adjectives and metaphors that are ordinary words, speech.
BAD_NAMES = [
    "属“十三五”贫困村。",
    "组织村“两委班子”成员学习。",
    "组织开展“主题党日”专项活动。",
    "建立“联动式”责任、“滚动式”工作。",
    "实施“领头羊”培育工程以前。",
    "村口道路开展“美颜”工程。",  # two characters say what the work does
    # a practice criticised, and the upkeep of a thing, are not programmes
    "坚决杜绝“花架子”工程。",
    "反对搞“一刀切”制度。",
    "做好“农家书屋”管理工作。",
    "补齐“短板”，增强“造血”能力。",
    "省里“2019”年的文件。",
]


@pytest.mark.parametrize("text, expected", GOOD_NAMES)
def test_names_are_recognised_by_their_context(text, expected):
    assert slogans(text) == expected


@pytest.mark.parametrize("text", BAD_NAMES)
def test_fixed_terms_routines_adjectives_and_metaphors_are_not_slogans(text):
    assert slogans(text) == []


def recognised(text: str):
    return [(s.slogan, s.recognised_by) for s in extract_slogans("r1", text, [])]


@pytest.mark.parametrize(
    "text, expected",
    [
        # parallel parts, a numbered formula, an A+B model: the phrase's own structure
        ("坚持“强基础、优服务、促增收”。", [("强基础、优服务、促增收", "structure")]),
        ("推行“合作社+贫困户”模式。", [("合作社+贫困户", "structure")]),
        # a campaign's name by its ending, with no context
        ("“金秋助农攻坚年”已经启动。", [("金秋助农攻坚年", "name")]),
        # a name introduced by a programme verb or followed by 活动
        ("深入开展“红色堡垒”创建活动。", [("红色堡垒", "context")]),
        # the first item follows the verb; the others are slogans as items of its list
        (
            "实施“双包”、“结对共建”、“双带”。",
            [("双包", "context"), ("结对共建", "list"), ("双带", "list")],
        ),
    ],
)
def test_each_slogan_says_how_it_was_recognised(text, expected):
    assert recognised(text) == expected


@pytest.mark.parametrize(
    "text, candidate",
    [
        ("“以购代捐”让农产品有了销路。", "以购代捐"),  # a mechanism: ends in a verb
        ("各村依托“村企联建”共同发展。", "村企联建"),
        ("村里有了“阳台经济”。", None),  # a label: ends in a noun
        ("他被评为“致富带头人”。", None),  # an honour
        ("实现由“大水漫灌”到“精准滴灌”的转变。", None),  # poles of a change
        ("明确“种什么、怎么种”。", None),  # questions
        ("她笑着说“日子越过越红火”。", None),  # speech
        ("打好“组合拳”。", None),  # too short for a name no context supports
    ],
)
def test_corpus_candidates_are_verb_headed_names_only(text, candidate):
    found = [
        s.slogan
        for s in extract_slogans("r1", text, [], with_candidates=True)
        if s.recognised_by == "candidate"
    ]
    assert found == ([candidate] if candidate else [])
    assert all(s.recognised_by != "candidate" for s in extract_slogans("r1", text, []))


def test_a_formula_opens_with_a_word_not_the_close_of_a_bracket():
    # an excerpt cut inside a gloss leaves its closing bracket before the formula's words
    assert [s for s, _ in slogans("）龙头企业+贫困户的路子越走越宽。")] == ["龙头企业+贫困户"]
    # a bracket inside a part is the part's own ("企业（合作社）")
    assert [s for s, _ in slogans("推行企业（合作社）+基地+农户模式。")] == [
        "企业(合作社)+基地+农户"
    ]


def test_formulas_searched_near_each_plus_are_the_patterns_own_matches():
    import random

    from helpers.extract.vocabulary.formulas import FORMULA, plus_formulas

    rng = random.Random(7)
    alphabet = "党支部合作社农户基地公司+ \n，（）(村＋"
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 80))) for _ in range(3000)]
    texts += ["推行“支部 + 合作社 +  农户”模式", "+党支部+", "公司+基地+农户+"]
    for text in texts:
        assert [m.span() for m in plus_formulas(text)] == [m.span() for m in FORMULA.finditer(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a motto of single-character virtues is one word
        ("以“勤、实、廉、效”的作风推进工作。", [("勤实廉效", "quoted")]),
        # a motto the layout broke over two lines (a yearbook page), indentation and all
        (
            "全乡按照“产业、就业、教育、兜\n        底”的要求开展帮扶工作，取得成效。",
            [("产业、就业、教育、兜底", "quoted")],
        ),
    ],
)
def test_mottos_of_single_characters_and_mottos_wrapped_by_the_layout(text, expected):
    assert slogans(text) == expected


LONG_PARALLEL = (
    "有活动场地、有规章制度、有骨干队伍、有固定经费、有工作台账、有服务记录、有群众口碑、有发展成效"
)
LONG_PARTS = "把退伍军人培养成产业带头人、把产业带头人发展成党员、把党员骨干选进村两委班子"


@pytest.mark.parametrize(
    "text, expected",
    [
        # a motto of many clauses framed alike, longer than a name, or with longer parts
        (f"各村做到“{LONG_PARALLEL}”。", [(LONG_PARALLEL, "quoted")]),
        (f"围绕“{LONG_PARTS}”的目标推进。", [(LONG_PARTS, "quoted")]),
        # a long quote of clauses not framed alike is speech or narrative
        ("村民说“路修通了，水也来了，日子越过越红火，孩子们上学也方便多了”。", []),
    ],
)
def test_a_long_motto_of_clauses_framed_alike_is_one_slogan(text, expected):
    assert slogans(text) == expected


def test_straight_quotes_pair_up_in_order_within_their_line():
    text = '推行"强村带弱村、党员带群众"的做法,培养"懂技术、会经营、善管理"的带头人。'
    assert slogans(text) == [
        ("强村带弱村、党员带群众", "quoted"),
        ("懂技术、会经营、善管理", "quoted"),
    ]
    # an unpaired mark at a line's end does not pair with one on the next line
    assert slogans('他说"我们要努力\n"一村一品"见成效') == [("一村一品", "numbered")]


def test_a_name_once_shown_to_be_a_slogan_is_one_at_every_quote():
    # the first quote follows a campaign verb; the second stands where nothing marks a name
    text = "开展“红色引擎”行动。“红色引擎”让村里变了样。"
    assert slogans(text) == [("红色引擎", "quoted")] * 2
    assert [s.recognised_by for s in extract_slogans("r1", text, [])] == ["context", "repeat"]
    # a quote never shown to be a slogan stays none, however often it recurs
    assert slogans("大家“抱团发展”，“抱团发展”成了共识。") == []


def test_a_motto_of_one_group_leading_another_is_no_list_of_roles():
    assert slogans("推行“书记带委员、委员带党员”的办法。") == [("书记带委员、委员带党员", "quoted")]
    assert slogans("选派“第一书记、驻村队员、大学生村官”到村。") == []


def test_a_quote_does_not_run_over_a_closed_line_or_past_a_slogans_length():
    # the first line ends with a full stop: its open quote ends there
    assert slogans("他说“我们要\n努力。\n“一村一品”见成效") == [("一村一品", "numbered")]
    # an unclosed mark on a wrapped line does not pair with one far below
    long_wrapped = "这一段文字很长没有标点“开头\n" + "接着是很长很长的一段叙述文字" * 4 + "”结尾"
    assert slogans(long_wrapped) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # a campaign named by an ordinal: only with a campaign's ending
        ("县委把脱贫攻坚作为“一号工程”来抓。", ["一号工程"]),
        ("他被评为“第一书记”标兵。", []),
        # a numbered requirement, quoted: a numeral and one word
        ("各村党支部全面达到“六好”标准。", ["六好"]),
        # a numeral before a place counts places: not a rule
        ("“三县”联动推进。", []),
        # a named gathering
        ("村里每月开一次“院坝议事会”。", ["院坝议事会"]),
        # a quoted list of the people who take part is not a motto
        ("组织“驻村队员、大学生村官、乡镇干部”下沉一线。", []),
        # quotes set side by side with no mark between are one list
        ("乡里推行“四议两公开”“群众评事”等办法。", ["四议两公开", "群众评事"]),
        ("“退役军人、种养能手、返乡青年”组成志愿服务队。", []),
        # ... whose common words in scare quotes stay metaphors
        ("镇里深化“三变”“输血”改革，农户收入增加。", ["三变"]),
        ("推行“两联”“造血”“扶智”，贫困户稳定增收。", ["两联", "扶智"]),
        # ... but a motto of deeds whose parts end in roles is one
        (
            "推行“把能人培养成党员、把党员培养成村干部”。",
            ["把能人培养成党员、把党员培养成村干部"],
        ),
        # a rhyme that opens a story, then goes back in time or into the scene
        ("“山路十八弯，出门难上难”，20年前的黄土坡村不通公路。", []),
        ("“金秋稻谷黄，满垄好风光”，走进河口镇的万亩良田，一派丰收景象。", []),
        ("“路窄车难行，下雨一身泥”，这就是过去柳树沟的真实画面。", []),
        # a whole sentence quoted that is not about the work: a rhyme, a line of verse
        ("“河水清清绕村流，稻花香里鱼儿游。”走进南河村，满眼都是丰收景象。", []),
        # ... but about the work it is a motto, wherever it stands
        (
            "“村看村，户看户，群众看支部。”要壮大产业，党员必须带头。",
            ["村看村、户看户、群众看支部"],
        ),
        # ... and a vow ends in "！": “…，决不收兵！”
        ("“不胜不休，决不后退！”驻村伊始，他立下誓言。", ["不胜不休、决不后退"]),
        # what a place was like in the past, and what a rhyme said of it
        ("过去，这里“种一坡，收一箩，煮一锅”。", []),
        ("“天旱地干难种粮，十年九年饿断肠”，道出了当年的窘境。", []),
        ("“吃饭靠天，花钱靠借”，曾是一些村民的生活状态。", []),
        # a couplet on a door, a saying introduced as the people's
        ("老王家门口贴着一副对联：“脱贫不忘党恩情，致富牢记好政策。”", []),
        ("群众曾说“看病难、难看病”。", []),
        # speech about a secretary, quoted as a whole sentence, is no motto of his work
        ("“王书记天天来我们家，谁家有事都找他。”村民说起他就竖大拇指。", []),
        # a motto after its verb, then what became of it, is no rhyme setting a scene
        ("村里坚持“支部带路、党员带头”，如今村集体收入翻了一番。", ["支部带路、党员带头"]),
        (
            "县里推行“支部建在链上、党员聚在链上”，过去一年新建合作社30个。",
            ["支部建在链上、党员聚在链上"],
        ),
        # a whole sentence the text calls a motto, a vow or a rule is one
        (
            "工作队喊出“一天当作两天用，苦干实干加油干。”的口号。",
            ["一天当作两天用、苦干实干加油干"],
        ),
        ("村里立下规矩：“不等不靠不伸手，自力更生奔小康。”", ["不等不靠不伸手、自力更生奔小康"]),
        # parts that say a role is there are a motto, not a list of roles
        ("推行“组组有党员、户户有能手”。", ["组组有党员、户户有能手"]),
        # a bank of trees is a metaphor, not a campaign ending in 行
        ("满山的油茶成了群众的“绿色银行”。", []),
        # ... a motto so quoted, followed by what it asks for, stays one
        ("“不等不靠，苦干实干”，全村群众齐上阵修通了公路。", ["不等不靠、苦干实干"]),
        # a folk saying is the people's, not a campaign's
        ("俗话说“人心齐，泰山移”。", []),
        # a count and an ordinal are not a numbered formula
        ("每村配备一名第一书记。", []),
        # a list summed up by a numbered name of as many items
        ("坚持开好支委会、党员会、群众会三会，凝聚人心。", ["三会"]),
        # ... but not when the numeral counts places
        ("甲县、乙县、丙县三县联动。", []),
    ],
)
def test_names_requirements_and_lists(text, expected):
    assert [slogan for slogan, _ in slogans(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the site's title, then the article's own (without the locator): one mention
        (
            "崇礼区：“四帮四联”铺就致富路\n“四帮四联”铺就致富路\n全区推行“四帮四联”机制，成效明显。",
            ["四帮四联", "四帮四联"],
        ),
        # the headline again after "原标题："
        (
            "沁源县织密“网格+楼长”服务链（图）\n原标题：沁源县织密“网格+楼长”服务链\n"
            "该县以“网格+楼长”为抓手。",
            ["网格+楼长", "网格+楼长"],
        ),
    ],
)
def test_a_headline_printed_again_is_not_another_mention(text, expected):
    assert [slogan for slogan, _ in slogans(text)] == expected


def test_a_metaphor_before_a_motto_takes_nothing_from_it():
    # a comma, then a clause whose subject is a motto: no list of names
    text = "镇里打出一套“连环招”，“底子清、路子明、法子活”让贫困户看到了希望。"
    assert slogans(text) == [("底子清、路子明、法子活", "quoted")]


@pytest.mark.parametrize(
    "text",
    [
        "驻村工作队同乡两委一起研究产业规划。",  # 一起: "together", after a fixed term
        "全镇决不让一组一户一人在致富路上掉队。",  # "not a single" group, household, person
        "省直单位选派的干部实行一驻两年的轮换办法。",  # a span of time closes no formula
        # a name that ends in a numeral ("老五"), an aspect particle in the clause after it
        "脱贫户刘老五攥着一把分红款，乐得直点头。",
        # an idiom after a fixed term: household by household, not a formula
        "工作队和村两委一家一户摸底，把底数摸清。",
    ],
)
def test_numerals_of_plain_narrative_are_no_numbered_formula(text):
    assert slogans(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "乡里请来几位老农开了一场“诸葛亮会”，共商种植计划。",  # a common noun, not a name
        "社区举办“庆丰收迎国庆联欢会”，居民欢聚一堂。",  # a celebration named by its theme
    ],
)
def test_common_meetings_and_celebrations_are_no_named_gatherings(text):
    assert slogans(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # a campaign's name, then what it does and the kind of thing it is
        ("自从“红土惠民”驻村工作开展以来，全旗变化很大。", ["红土惠民"]),
        ("“田园共富”片区发展模式在全县推开。", ["田园共富"]),
        # ... but not a body of people, a way of pairing, an honour or a set of places
        ("“东西携手”支援工作组进驻以后，变化明显。", []),
        ("“多对一”联户帮扶机制覆盖全乡。", []),
        ("全市“巾帼致富标兵”推选活动已经开始。", []),
        ("岭南“五镇两区”联防工作全面铺开。", []),
    ],
)
def test_a_name_before_what_the_campaign_does_and_its_kind(text, expected):
    assert [slogan for slogan, _ in slogans(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a national formula unquoted inside a run of numeral-led words is itself alone
        ("各乡每月排查一遍两不愁三保障落实情况。", ["两不愁三保障"]),
        ("支部以两学一做学习教育为抓手。", ["两学一做"]),
        # a task's target after a verb is no place name: the formula stands
        ("工作队坚持三进村三进户，吃住在村。", ["三进村三进户"]),
        # a programme named by digits, then its kind
        ("全市推广“5321”结对机制。", ["5321"]),
        # an unquoted formula's last part ends where the count of its kinds begins
        ("全乡推行合作社+党员+农户两类增收路子。", ["合作社+党员+农户"]),
    ],
)
def test_numbered_formulas_cut_to_their_own_words(text, expected):
    assert [slogan for slogan, _ in slogans(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "乡里每周一晚七点组织夜校学习。",  # a weekday and a clock time
        "每名干部联系四到六户群众。",  # a range of households
        "老乡们常说“人勤地不懒，家和日子兴”。",  # what people habitually say
        "村里老人爱讲一句侗族谚语“田坎不修，谷子难收”。",  # a folk proverb
        "依托“九龙鸡”养殖，贫困户人均增收。",  # a breed opening with a numeral
        "“三江绿茶”远销沿海各省。",  # a brand of produce
        "“云岭鲜果”品牌下的产品进了超市。",  # a brand, not a campaign
    ],
)
def test_weekdays_ranges_sayings_and_brands_are_not_slogans(text):
    assert slogans(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("全乡“寨寨通”公路全部硬化。", ["寨寨通"]),
        ("这几年“户户净”让村容大变。", ["户户净"]),
        ("家家户户都挂上了“光荣脱贫户”牌子。", []),  # 家家户户: every home, no programme
    ],
)
def test_a_programme_for_every_unit_says_the_unit_twice(text, expected):
    assert [slogan for slogan, _ in slogans(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "各村逐户核实两不愁、三保障落实情况。",
        "各村逐户核实两不愁 三保障落实情况。",
        "核实“两不愁，三保障”。",
    ],
)
def test_a_national_formula_is_found_and_counted_however_its_parts_are_set_apart(text):
    # one spelling for every way of writing it, so counts across pages add up
    assert [slogan for slogan, _ in slogans(text)] == ["两不愁三保障"]


def test_a_motto_parted_by_middots_is_one_slogan():
    text = "会议室挂着一块写有“肯吃苦·能攻坚·讲奉献”的匾。"
    assert slogans(text) == [("肯吃苦、能攻坚、讲奉献", "quoted")]


@pytest.mark.parametrize(
    "text",
    [
        "全县评出“美丽家庭”45户、“最美帮扶人”12名。",  # honours conferred
        "乡里严禁“数字脱贫”。",  # what a campaign guards against
        "“干部不先干，群众不会看。”这是老支书常挂在嘴边的话。",  # his habitual words
        "成立“包村干部、帮扶责任人、网格员”工作专班。",  # a list of roles
        # the titles a choosing confers, listed before it, whatever their endings
        "各乡镇开展“和睦邻里”“好儿媳好公婆”评选。",
        "年底评出“四星级党组织”17个。",
    ],
)
def test_honours_things_guarded_against_habitual_words_and_roles_are_not_slogans(text):
    assert slogans(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "乡里推行一村一品一乡一业。",
            [("一村一品一乡一业", "numbered")],
        ),  # a formula longer than the lexicon's
        ("全镇开展“最美庭院”创建活动。", [("最美庭院", "quoted")]),  # an honour made a campaign
        ("坚持“四个全面”战略布局。", [("四个全面", "numbered")]),  # 面 is no produce
    ],
)
def test_formulas_honour_campaigns_and_numbered_words_a_second_reader_checked(text, expected):
    assert slogans(text) == expected


# Tenth pass, from a blind set of report bodies in the natural mix of real reports and two of
# whole invented reports: names introduced by more verbs and kinds, parts of a known motto, a
# meeting's two-word name, and views held.
@pytest.mark.parametrize(
    "text, expected",
    [
        # a mechanism or a policy introduced by 实行
        ("镇党委联系企业实行“托管代养”，贫困户以扶贫资金参股。", ["托管代养"]),
        ("县里实行“村社合一”，带动农户入社。", ["村社合一"]),
        # ... but a common word so introduced is still a metaphor
        ("县里实行“造血”，群众增收。", []),
        # what is spread (推广) may be a crop, a variety or a practice: no name by the verb
        ("推广种植“羊肚菌”，带动群众增收。", []),
        ("推广“金皇后”玉米新品种。", []),
        # a model named for its place
        ("探索出脱贫攻坚的“镇安模式”。", ["镇安模式"]),
        # a programme taken as the work's lever
        ("乡党委把“联村抱团”作为消除薄弱村的重要抓手。", ["联村抱团"]),
        ("县里把“造血”作为脱贫的重要举措。", []),
        # a programme said to have become the work's lever
        ("“支部联建合作社”已成为推动产业发展的重要抓手。", ["支部联建合作社"]),
        # a two-character word named by 计划, as 行动 names one
        ("实施青年人才“归雁”计划，储备村级后备力量。", ["归雁"]),
        # what a programme does and its kind: 责任体系, 帮扶计划
        ("推行县领导包乡、部门包村的“双包联”责任体系。", ["双包联"]),
        # a meeting of two words is named; a school of two words is the common kind
        ("支部每月召开一次“屋场会”，把政策讲到家门口。", ["屋场会"]),
        ("乡里开办“农民夜校”30期。", []),
        # a view some hold, in quotes, is not a motto; one the work promotes is
        ("少数群众仍有“坐在门口晒太阳、等着政府送小康”的思想。", []),
        ("绝不能有“歇歇脚、喘口气”的想法。", []),
        ("引导群众树立“宁愿苦干、不愿苦熬”的思想。", ["宁愿苦干、不愿苦熬"]),
        # a product's brand is no lever; a fair is no meeting
        ("“宁强核桃”已成为当地响当当的品牌。", []),
        ("他在“茶博会”上推介本村茶叶。", []),
    ],
)
def test_names_introduced_by_more_verbs_and_kinds_and_views_held(text, expected):
    assert [s for s, _ in slogans(text)] == expected


def test_a_part_of_a_known_motto_quoted_alone_is_a_slogan_too():
    # the body shows “联村帮户、结对认亲” to be a motto; the headline quotes its first part
    text = "岚皋：“联村帮户”聚合力\n全县深入开展“联村帮户、结对认亲”活动，干部下沉一线。\n"
    assert [s for s, _ in slogans(text)] == ["联村帮户", "联村帮户、结对认亲"]


@pytest.mark.parametrize(
    "text",
    [
        # a manner of managing in scare quotes is no programme's name
        "对驻村干部实行“日志化”管理。",
        "推行村干部“积分化”管理。",
        # the levels of a system counted after their list
        "建立“市、县、乡、村”四级联动体系。",
    ],
)
def test_manners_and_counted_levels_are_not_slogans(text):
    assert slogans(text) == []


def test_a_numbered_formula_ending_in_hua_is_still_one():
    assert slogans("全面推进“四化”建设。") == [("四化", "numbered")]


def test_a_quoted_memory_of_the_party_branch_is_no_motto():
    text = "“那时候支部开会没人来，党员各顾各的。”当年全村党员只有30名。"
    assert slogans(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # a motto of four even parts on the party's work, quoted by a speaker
        (
            "“产业兴，靠支部；百姓富，靠党员。”县委组织部负责人说，全县党员都有联系户。",
            ["产业兴、靠支部、百姓富、靠党员"],
        ),
        # a quoted list spelled out before its numbered name: both are slogans
        (
            "各村推行“每名干部走访一户困难户、解决一个难题、留下一张连心卡”的“三个一”制度。",
            ["每名干部走访一户困难户、解决一个难题、留下一张连心卡", "三个一"],
        ),
        # what the text calls a slogan is one, whatever its clauses
        (
            "村民们喊出了“坐等不是出路，实干才有希望”的口号，开山修路。",
            ["坐等不是出路、实干才有希望"],
        ),
        # a programme named by digits before its kind of policy
        ("全县落实“3521”医疗保障政策和“985”兜底保障。", ["3521", "985"]),
    ],
)
def test_mottos_quoted_by_speakers_spelled_out_or_called_slogans(text, expected):
    assert [s for s, _ in slogans(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        # a villager's words in short parts are speech, not a motto
        "“跟着支部干，心里才踏实。”村民王大姐笑着说。",
        # a rhyme of a place's poor past after it is called poor
        "大坪村曾是远近有名的“空壳村”，“吃水靠肩挑，出门靠步行，娶妻难上难”。",
    ],
)
def test_speech_and_rhymes_of_the_past_are_not_mottos(text):
    assert [s for s, _ in slogans(text) if "、" in s] == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # called a slogan after a past described in another clause
        (
            "某村曾是远近闻名的贫困村，村两委喊出了“宁愿苦干，不愿苦熬”的口号。",
            ["宁愿苦干、不愿苦熬"],
        ),
        # a motto after the sentence turns to now
        (
            "这里曾是省级深度贫困村，如今“山上种果树，山下搞养殖”的发展路子越走越宽。",
            ["山上种果树、山下搞养殖"],
        ),
        # a villager's words before a national formula are no parts of it
        (
            "村民李大爷说：“现在吃穿不愁，住上了新房，看病也能报销”“两不愁三保障”在他家都实现了。",
            ["两不愁三保障"],
        ),
    ],
)
def test_look_alikes_of_past_rhymes_and_spelled_out_formulas(text, expected):
    assert [s for s, _ in slogans(text)] == expected


def test_an_accounts_card_with_its_follow_button_is_no_formula():
    assert slogans("10-12 09:15 宁夏本地优质创作者 +关注\n全村推行“支部+合作社”模式。") == [
        ("支部+合作社", "formula")
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a principle held to, quoted after its verb
        ("县里坚持“户借户用户还”，严禁挪作他用。", ["户借户用户还"]),
        ("该镇坚持“山上种树山下养畜”不动摇。", ["山上种树山下养畜"]),
        # a list of who does what, named by its campaign after it
        ("开展“支部联户、党员帮户”活动，每名党员联系3户。", ["支部联户、党员帮户"]),
    ],
)
def test_principles_held_to_and_lists_named_by_their_campaign(text, expected):
    assert [s for s, _ in slogans(text)] == expected


def test_a_common_word_held_to_stays_a_metaphor():
    assert slogans("坚持“输血”与“造血”并重。") == []


@pytest.mark.parametrize(
    "text",
    [
        # roles that set to work, or a centre for them, are no deeds a campaign names
        "全县“第一书记、驻村工作队员、帮扶责任人”行动起来。",
        "村里建起了“老人、妇女”活动中心。",
        # what a person or the poor hold to, and a short phrase held to, are no mottos
        "部分群众仍坚持“等靠要”思想。",
        "老李坚持“不给政府添麻烦”。",
        "全县坚持“零容忍”。",
    ],
)
def test_look_alikes_of_principles_and_named_deeds(text):
    assert slogans(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # a numbered title a village was given is an honour, as an unnumbered one is
        ("全乡已有12个村获评市级“五好村”，群众满意度明显提升。", []),
        # a day's name is no motto, whatever is held on it
        ("在第五个“扶贫日”活动中，全市募集善款860余万元。", []),
        ("今年“广西扶贫济困日”活动中，全区募集善款1.2亿元。", []),
        # a listed formula whose last segment is whole does not take the plan's words after it
        (
            "全镇实施一村一品、一户一策增收计划，带动贫困户稳定增收。",
            [("一村一品", "numbered"), ("一户一策", "numbered")],
        ),
    ],
)
def test_honours_days_and_the_words_after_a_listed_formula(text, expected):
    assert slogans(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a quoted list of a policy's terms, its sums and all, named so by the words after it
        (
            "全面落实健康扶贫“先诊疗后付费、一站式结算、90%报销”政策。",
            [("先诊疗后付费、一站式结算、90%报销", "quoted")],
        ),
        (
            "严格执行“户申请、村评议、乡审核、县审批”的要求。",
            [("户申请、村评议、乡审核、县审批", "quoted")],
        ),
        # two terms, or a list a speaker says, are not named so
        ("群众说“每月1500元，比在外打工还强”。", []),
    ],
)
def test_a_quoted_list_of_a_policys_terms_is_a_slogan(text, expected):
    assert slogans(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # an unquoted formula starts after the verb or the word that joins it to a name before
        (
            "要推动党支部+合作社+养殖户模式提质增效。",
            [("党支部+合作社+养殖户", "formula")],
        ),
        (
            "全面推行“支部+”模式，发展支部+企业+贫困户，带动群众增收。",
            [("支部+", "formula"), ("支部+企业+贫困户", "formula")],
        ),
        (
            "推广“联户联营”和党支部+龙头企业+农户模式。",
            [("党支部+龙头企业+农户", "formula")],
        ),
        # ... and a last part that names the work is kept, 模式 alone cut
        ("推广党建+电商+扶贫模式，今年网销山货300万元。", [("党建+电商+扶贫", "formula")]),
        # a national numbered formula said without quotes
        ("对已脱贫户坚持四个不摘，按照要求逐户巩固。", [("四个不摘", "numbered")]),
        # what the work fights, quoted alone or listed, is no slogan of its own
        ("坚决破除“干部干、群众看”现象。", []),
        ("坚决防止“数字脱贫”“被脱贫”。", []),
        ("对“虚假脱贫”“算账脱贫”零容忍。", []),
        # a saying quoted after 说过 is speech
        ("总书记说过，“幸福不会从天降，好日子是干出来的”。", []),
        # one link after another is a way of working, not a numbered formula
        ("把政策设计、工作部署、督促检查一环扣一环抓到位。", []),
        # what the people of a place call it is a picture, not a campaign's words
        ("这里耕地稀少，被当地群众称为“八分石头两分土”。", []),
        # a day's date in quotes is no name; a programme named by its digits is one
        ("组织开展“10·17”扶贫日募捐活动。", []),
        ("全县推行“742”挂图作战，逐户销号。", [("742", "numbered")]),
    ],
)
def test_the_fifteenth_pass_formulas_and_what_the_work_fights(text, expected):
    assert slogans(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # 发展 and 和 inside a formula's first word are no lead before it
        ("推行农业发展公司+合作社+贫困户的模式。", [("农业发展公司+合作社+贫困户", "formula")]),
        ("采取和美乡村+民宿+农户的办法。", [("和美乡村+民宿+农户", "formula")]),
        # a year in quotes before 攻坚 is a year
        ("全力打赢“2020”脱贫攻坚收官战。", []),
    ],
)
def test_what_the_fifteenth_pass_slogan_rules_must_leave(text, expected):
    assert slogans(text) == expected

    # a phenomenon the text welcomes is not one the work fights
    from helpers.extract.vocabulary.quotations import _guarded_against

    text = "村里出现了“能人回乡”现象，带回资金和项目。"
    assert not _guarded_against(text, text.index("“"), text.index("”") + 1)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a word that only opens with a large numeral ends the run: no numbered formula
        ("一杯清茶富了一方百姓。", []),
        ("党的政策温暖了千家万户。", []),
        # ... but a run that opens with one is still a campaign's name
        ("开展百城千县万村调研活动。", [("百城千县万村", "numbered")]),
        # a rate said in money is no formula
        ("群众参加义务劳动可以记分，一分抵一块钱用。", []),
        # the shares of a terrain, stones and soil too
        ("这里曾是“七分石头三分土”的穷山沟。", []),
        # the words on a thank-you pennant are thanks, not a campaign's motto; a banner's are
        ("村民送来一面锦旗，上面写着“心系群众办实事，倾情帮扶解民忧”。", []),
        (
            "村部墙上写着“支部带头、党员争先”。",
            [("支部带头、党员争先", "quoted")],
        ),
    ],
)
def test_the_sixteenth_pass_numerals_of_narrative_and_inscriptions(text, expected):
    assert slogans(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a scheme that lends a herd and takes the same back
        ("全县把“借牛还牛”作为产业扶贫的主要办法。", [("借牛还牛", "quoted")]),
        ("已有52户参与“贷羊还羊”。", [("贷羊还羊", "quoted")]),
        # a campaign's second look, quoted after what it looks at again (the dev gold's)
        ("镇党委对全镇脱贫户逐户“回头看”，确定监测户31户。", [("回头看", "quoted")]),
        # a quoted sentence after a sentence that names its speaker is what they went on to say
        (
            "村支书张某介绍，这几年村里变化很大。“支部带着干，大家有奔头，日子才能越过越红火。”",
            [],
        ),
    ],
)
def test_the_sixteenth_pass_schemes_and_speech(text, expected):
    assert slogans(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # money lent and paid back is a saying, not a scheme
        ("他常说“借钱还钱”是做人的本分。", []),
        # a motto of the party's work after a speaker's sentence is still a motto
        (
            "村支书张某介绍，村里推行积分管理。“富不富，看支部；强不强，看党员。”",
            [("富不富、看支部、强不强、看党员", "quoted")],
        ),
    ],
)
def test_what_the_sixteenth_pass_speech_rule_must_leave(text, expected):
    assert slogans(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a second reader's probes: a motto after a speaker's sentence, in no speaker's voice
        (
            "县委书记在大会上表示，要坚持党建引领。“支部建在产业上，党员聚在产业中。”这一做法在全县推广。",
            [("支部建在产业上、党员聚在产业中", "quoted")],
        ),
        # the pennants hang in the room; the motto is on the wall
        (
            "办公室里挂满了群众送来的锦旗，正面墙上写着“党建引领、产业兴村”八个大字。",
            [("党建引领、产业兴村", "quoted")],
        ),
        # a plaque may be a sign
        (
            "走进村部，墙上的牌匾写着“听党话、感党恩、跟党走”。",
            [("听党话、感党恩、跟党走", "quoted")],
        ),
    ],
)
def test_mottos_the_sixteenth_pass_speech_and_gift_rules_must_leave(text, expected):
    assert slogans(text) == expected


def test_a_shopping_day_and_a_historic_programme_are_no_slogans():
    assert slogans("借助“双十一”电商节，村里网店卖出茶叶3万斤；弘扬“两弹一星”精神。") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # an activity that pairs one of a kind with one household, named by 开展…活动
        (
            "石阡县开展“一名干部联系一户困难家庭”活动，全县结对1800户。",
            [("一名干部联系一户困难家庭", "quoted")],
        ),
        # a duty that outlasts a change, the verb of leaving said twice
        ("驻村工作队做到“不脱贫不脱岗”。", [("不脱贫不脱岗", "quoted")]),
        ("对已出列村坚持“摘帽不摘帮扶”，", [("摘帽不摘帮扶", "quoted")]),
        ("让外出务工党员“离土不离党”。", [("离土不离党", "quoted")]),
        # a campaign's theme, set with 以…为主要内容
        ("各村开展文明评议，以“勤俭孝善”为主要内容。", [("勤俭孝善", "quoted")]),
    ],
)
def test_the_seventeenth_pass_pairings_and_duties(text, expected):
    assert slogans(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # 进一步 and 统一 hold their 一: no "一步…一…" formula
        ("会议要求各乡镇进一步统一思想、压实责任。", []),
        ("推行一乡一业、一村一品。", [("一乡一业", "numbered"), ("一村一品", "numbered")]),
        # titles conferred on a body, one quote or a list of them
        ("该村党支部先后被评为“全省脱贫攻坚先进集体”“四星级党支部”。", []),
        ("合作社荣获“全国农民合作社示范社”称号。", []),
        # the new economic and social organisations are a fixed term
        ("全市“两新”组织党建工作推进会召开。", []),
        # a plight in the same shape is no duty
        ("前些年苹果价格低迷，果农“丰产不丰收”。", []),
        # a household of a kind named by a count alone stays a kind of household
        ("评选“十佳脱贫示范户”。", []),
    ],
)
def test_what_the_seventeenth_pass_slogan_rules_must_leave(text, expected):
    assert slogans(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a numbered standard a creation campaign strives for is its name
        ("以创建“五好村”为抓手，推动乡村振兴。", [("五好村", "numbered")]),
        # an unquoted mention of a formula the report quoted: that formula, not the word after
        (
            "聚焦“一乡一品一主体”，选准产业。全镇有9个村确定了一乡一品一主体发展方向。",
            [("一乡一品一主体", "numbered"), ("一乡一品一主体", "numbered")],
        ),
    ],
)
def test_the_seventeenth_pass_second_round_slogans(text, expected):
    assert slogans(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # titles given or chosen, numbered or not
        ("2019年该村获评省级“四好村”。", []),
        ("每季度考评一次，评选出“五星管家”给予表扬。", []),
        # a speaker's words closing the sentence in which they are said to speak
        (
            "村支书王某介绍，村里还注重从返乡青年中发展党员，“现在村里的能人，一多半都入了党”。",
            [],
        ),
        ("李大姐说，她家过去靠种玉米过日子，“起早贪黑干一年，落不下几个钱”。", []),
        # a fault some are criticised for, in clauses
        ("检查发现一些问题：有的村干部对产业发展“看起来重要、做起来次要”；有的作风漂浮。", []),
    ],
)
def test_what_the_seventeenth_pass_second_round_leaves_out(text, expected):
    assert slogans(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a motto the speaker's sentence takes up, a national one, one cut in parts alike
        ("县委书记说，要坚持“扶贫先扶志、扶贫必扶智”。", [("扶贫先扶志、扶贫必扶智", "quoted")]),
        ("镇长介绍，全镇推行“支部带头、党员示范”。", [("支部带头、党员示范", "quoted")]),
        (
            "他说，所谓“三变”就是“资源变资产、资金变股金”。",
            [("三变", "numbered"), ("资源变资产、资金变股金", "quoted")],
        ),
        # a name in a sentence that criticises some is still the name
        ("有的乡镇还没有把脱贫攻坚当作“头号工程”来抓。", [("头号工程", "quoted")]),
    ],
)
def test_mottos_the_seventeenth_pass_speech_and_fault_rules_must_leave(text, expected):
    assert slogans(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a second reader's probes of the seventeenth pass: a formula built on 统一; a longer
        # formula than the one quoted; the title given by a campaign's name; a service
        # 获得 (not conferred); a speaker's motto with none of a statement's words; what some
        # villages did well
        ("实行五统一管理，统一采购农资。", [("五统一管理", "numbered")]),
        (
            "坚持“一村一品”，各村形成了一村一品一特色的发展格局。",
            [("一村一品", "numbered"), ("一村一品一特色", "numbered")],
        ),
        ("以创建“四好村”为抓手，全县126个村获评省级“四好村”。", [("四好村", "numbered")]),
        ("贫困户都获得“先诊疗、后付费”的医疗服务保障。", [("先诊疗、后付费", "quoted")]),
        (
            "县委组织部部长张某介绍，不少村干部深有感触，“给钱给物，不如建个好支部”。",
            [("给钱给物、不如建个好支部", "quoted")],
        ),
        (
            "有的村走出了“支部引领、产业带动”的路子，有的村发展乡村旅游。",
            [("支部引领、产业带动", "quoted")],
        ),
        # a contest's topic is no slogan
        ("以“我身边的扶贫故事”为主题，开展征文比赛。", []),
    ],
)
def test_what_the_seventeenth_pass_mends_hold(text, expected):
    assert slogans(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a second reader's probes of the mends: 当年 and 以前 that tell no past; a fault
        # among problems named otherwise
        ("合作社成立后，当年就推行“种苗到户、技术到人”。", [("种苗到户、技术到人", "quoted")]),
        (
            "按照规划，年底以前全面实现“户户通水泥路、家家用上自来水”。",
            [("户户通水泥路、家家用上自来水", "quoted")],
        ),
        ("当前，部分基层党组织软弱涣散，有的村干部对扶贫工作“说起来重要、干起来次要”。", []),
    ],
)
def test_what_the_seventeenth_pass_second_mends_hold(text, expected):
    assert slogans(text) == expected


def test_titles_conferred_in_corner_quotes_are_no_slogans():
    # a traditional page's 「」 list after 被评为 reads as the same list in “”
    assert slogans("该村被评为「全县先进党组织」「五星级党组织」。") == []
    assert slogans("该村被评为“全县先进党组织”“五星级党组织”。") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # an unquoted formula taken as the thing done (把…作为), cut before what it is taken as
        ("县里把党建+光伏作为村集体增收的主渠道。", [("党建+光伏", "formula")]),
        # what it does before its kind: cut after an actor; a compound of work is the part
        ("推广支部+合作社+农户带贫模式，全乡建社21个。", [("支部+合作社+农户", "formula")]),
        ("探索党建+电商扶贫路径，带动群众网上卖山货。", [("党建+电商扶贫", "formula")]),
        # a numbered responsibility system, its numeral word a dictionary word
        ("建立县领导包乡、乡干部包村的“双包”责任制。", [("双包", "numbered")]),
        # a campaign's full name, longer than a short name, led by its verb
        (
            "全市深入实施“村级后备力量储备培养三年提升行动”，储备人才3000名。",
            [("村级后备力量储备培养三年提升行动", "quoted")],
        ),
        # the deeds a campaign sets each role, after its verb
        ("全镇推行“党员包片、干部联户”，每周走访一次。", [("党员包片、干部联户", "quoted")]),
    ],
)
def test_the_eighteenth_pass_slogans(text, expected):
    assert slogans(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the titles of a choosing, listed, the last of them too, before 评选活动
        "开展“致富之星”“孝老爱亲家庭”评选活动，表彰先进。",
        # a list of roles after a verb is who takes part, not what each does
        "组建由“第一书记、驻村队员、村干部”组成的工作队。",
        # 责任 quoted alone before 体系 is no numbered system
        "压实“责任”体系。",
    ],
)
def test_what_the_eighteenth_pass_slogan_rules_must_leave(text):
    assert slogans(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # a second reader's probes: 将 and 把 inside a name take nothing; a modifier before a
        # formula's kind is no part of it
        ("该市推广将乐县党建+林业模式。", [("将乐县党建+林业", "formula")]),
        ("创新将军村党支部+旅游公司+农户模式。", [("将军村党支部+旅游公司+农户", "formula")]),
        ("探索党建+扶贫新路径。", [("党建+扶贫", "formula")]),
        # tiers of a responsibility system, a project, a national programme, two roles run
        # together: none is a slogan
        ("压实县乡村“三级”责任体系。", []),
        ("实施“2019年农村饮水安全巩固提升工程”。", []),
        ("实施“全国农村义务教育学生营养改善计划”。", []),
        ("推行“党员干部、乡贤能人”结对帮扶。", []),
        # numbered standards a household is judged by are slogans, the last of a list too
        (
            "对照“两不愁三保障”“一超过”评定标准。",
            [("两不愁三保障", "quoted"), ("一超过", "numbered")],
        ),
        # a cadre's nickname; what villages left behind are called; a picture of the past; what
        # the people say
        ("在黄尾镇，提起“背包书记”储光明，没有人不知道。", []),
        ("村里剩下的是“三八六一九九部队”。", []),
        ("当时的洛古村，全村312户，“出门一身泥，住的是土坯房”。", []),
        ("刚搬来时，这里风大沙多，群众说“一年一场风，从春刮到冬”。", []),
        ("基地吸引周边群众。群众说：“跟着党员干，心里有底气。”", []),
        # a villager's sentence with its speaker after it, and a colloquial “啥”
        ("“工作队天天在村里，贫困户有困难当天就能反映上去。”贫困户李某说。", []),
        ("“驻村干部啥事都帮着办，心里踏实。”村民王某说。", []),
        # ... but a numbered tier of secretaries is a slogan, and so is a motto of the party's
        # work cut as one, whoever says it
        ("推行“五级书记”抓扶贫。", [("五级书记", "numbered")]),
        (
            "群众说：“产业兴，靠支部；百姓富，靠党员。”",
            [("产业兴、靠支部、百姓富、靠党员", "quoted")],
        ),
    ],
)
def test_what_the_eighteenth_pass_second_reader_found(text, expected):
    assert slogans(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a style or a spirit carried on, quoted after 弘扬 / 传承
        ("近年来，该县大力弘扬“老区干部好作风”，带领群众脱贫。", [("老区干部好作风", "quoted")]),
        # ... but not a short word so carried on
        ("发扬“钉钉子”精神。", []),
    ],
)
def test_the_eighteenth_pass_third_round_slogans(text, expected):
    assert slogans(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a second reader's probes of the mends: 将 taking a formula with no 作为 after it
        (
            "近年来，该县将党支部+合作社+贫困户模式推广到全县186个村。",
            [("党支部+合作社+贫困户", "formula")],
        ),
        # the people spoken to, not speaking
        ("他经常给群众讲“扶贫先扶志、扶贫必扶智”的道理。", [("扶贫先扶志、扶贫必扶智", "quoted")]),
        # a motto's shape, whoever says it
        (
            "老百姓说：“脱贫不脱贫，关键看支部”，村里86户全部脱贫。",
            [("脱贫不脱贫、关键看支部", "quoted")],
        ),
        # a campaign's full name ending in 大会战; a programme named after a cadre's nickname
        (
            "深入开展“基层党组织标准化规范化建设大会战”。",
            [("基层党组织标准化规范化建设大会战", "quoted")],
        ),
        ("该县实施“领头雁书记”培养计划。", [("领头雁书记", "quoted")]),
        # 创新 before 模式 is the formula's kind's word, not its last part's
        ("推行党建+电商+物流创新模式。", [("党建+电商+物流", "formula")]),
    ],
)
def test_what_the_eighteenth_pass_second_reader_found_again(text, expected):
    assert slogans(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a third reader's probes: a place's name that opens with 将; 将 as "will"
        (
            "近年来，将台堡镇党支部+合作社+贫困户模式成效显著。",
            [("将台堡镇党支部+合作社+贫困户", "formula")],
        ),
        ("今年，该县将继续党支部+合作社+贫困户模式。", [("党支部+合作社+贫困户", "formula")]),
        # a craft, a virtue and an honour carried on are no slogans
        ("传承“洮砚制作技艺”。", []),
        ("弘扬“中华民族传统美德”。", []),
        ("弘扬“全国脱贫攻坚楷模”马某的先进事迹。", []),
    ],
)
def test_what_the_eighteenth_pass_third_reader_found(text, expected):
    assert slogans(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the members a team is made of, joined by +, after 由 and before 组成
        (
            "由村支书+驻村队员+网格员组成服务小组，逐户走访。",
            [("村支书+驻村队员+网格员", "formula")],
        ),
        # an industry and its 发展 before the formula's kind: the industry is the part
        ("推行党建+产业发展模式，村村有产业。", [("党建+产业", "formula")]),
        # an open formula's work: "党建+" itself
        ("全县深化党建+工作，村集体经济全部破零。", [("党建+", "formula")]),
        # what the people are said to say often is theirs
        ("村民们常说：“党员带头干，致富有希望。”", []),
    ],
)
def test_the_nineteenth_pass_slogans(text, expected):
    assert slogans(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a double share of income is a count, not a numbered name
        ("贫困户入股务工，获得“双份收入”。", []),
        # 由于 and 自由 lead no formula; a work team is a part, not the formula's work
        ("探索党支部+工作队+农户模式。", [("党支部+工作队+农户", "formula")]),
        ("推行党建+旅游带动模式。", [("党建+旅游", "formula")]),
    ],
)
def test_what_the_nineteenth_pass_slogan_rules_must_leave(text, expected):
    assert slogans(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a motto of the folkways a campaign builds, quoted before 新民风建设
        ("该村把“勤孝和美”新民风建设与产业发展结合起来。", [("勤孝和美", "quoted")]),
        # the reform of the three changes, unquoted, is 三变 as the golds write it
        ("该县深化三变改革，盘活集体资源。", [("三变", "numbered")]),
        # a motto of the party's work, whoever is said to say it
        (
            "干部常说：“村富不富，关键看支部；户富不富，关键看党员。”",
            [("村富不富、关键看支部、户富不富、关键看党员", "quoted")],
        ),
    ],
)
def test_the_nineteenth_pass_second_round_slogans(text, expected):
    assert slogans(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a title chosen, numbered or not, and the titles of one choosing
        "去年市里评选“五面红旗村”，该村榜上有名。",
        "开展“好公婆、好儿媳”评选活动。",
        # what the people often say is theirs
        "群众常说：“跟着党员干，日子有奔头。”",
        # a village's economy built is no folkways campaign
        "把“空壳村”集体经济建设作为重点。",
    ],
)
def test_what_the_nineteenth_pass_second_round_must_leave(text):
    assert slogans(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # a second reader's probes: 由 of a village's name, members whose names hold 组成 or
        # 工作, a numbered list of two, a programme the people praise
        ("推广由家湾党支部+合作社+农户模式。", [("由家湾党支部+合作社+农户", "formula")]),
        ("推行村党支部+村民小组成员模式。", [("村党支部+村民小组成员", "formula")]),
        ("推行包村领导+第一书记+工作专班机制。", [("包村领导+第一书记+工作专班", "formula")]),
        ("建立“两份清单”。", [("两份清单", "numbered")]),
        ("村民都夸“四议两公开”让大伙心里亮堂。", [("四议两公开", "numbered")]),
    ],
)
def test_what_the_nineteenth_pass_second_reader_found(text, expected):
    assert slogans(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a person chosen into an honour's list; a campaign's list of products keeps its name
        ("今年，王某入选“陇原好人·身边好人”榜单。", []),
        ("12类产品入选上海市“百县百品”。", [("百县百品", "numbered")]),
        # 一边…一边 is "while"; a cadre's 先得 is speech
        ("贫困户张三保一边分拣一边说。", []),
        ("“要脱贫，先得把班子建强。”李某到村后，召开党员大会。", []),
    ],
)
def test_the_nineteenth_pass_third_round_slogans(text, expected):
    assert slogans(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a second reader's probes: a cadre's 常说 quotes a motto of the work
        (
            "县委书记常说“抓党建促脱贫，抓脱贫强党建。”",
            [("抓党建促脱贫、抓脱贫强党建", "quoted")],
        ),
        # 三变 of a narrator's count of changes is none; a standard named after 评选标准 is one
        ("村里实现了三变：路变宽了、房变新了。", []),
        ("按照评选标准“五个好”，对村党支部逐一打分。", [("五个好", "numbered")]),
        # a grading's standards are no titles chosen
        (
            "开展“好班子、好队伍、好机制、好业绩”评定。",
            [("好班子、好队伍、好机制、好业绩", "quoted")],
        ),
        # a thing used for the folkways is no motto; 一边一策 is a formula, 一户一户 is not
        ("借助“大喇叭”推进乡风建设。", []),
        ("推行一边一策、一寨一品。", [("一边一策", "numbered"), ("一寨一品", "numbered")]),
        ("党员们一边一户一户走访，一边一家一家算账。", []),
        # 先得 and 就得 of a motto are no speech
        ("提出“党员先行、群众先得”的工作要求。", [("党员先行、群众先得", "quoted")]),
    ],
)
def test_what_the_nineteenth_pass_third_reader_found(text, expected):
    assert slogans(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a PDF's text dropped a space into the quoted formula: one character on one side
        ("所有村级重大事务都要经过“四 议两公开”程序。", [("四议两公开", "numbered")]),
        ("紧扣“兴产业、促 增收、强支部”这条主线。", [("兴产业、促增收、强支部", "quoted")]),
        # parts of a motto set apart by spaces stay parts; single characters stay one word
        ("坚持“两不愁 三保障”标准。", [("两不愁三保障", "numbered")]),
        # a province's own campaign quoted bare before the team it sends
        ("镇党委依托“访惠聚”驻村工作队，帮助群众发展庭院经济。", [("访惠聚", "quoted")]),
        ("整改“挂包帮”“转走访”流于形式的问题。", [("挂包帮", "quoted"), ("转走访", "quoted")]),
        # a numbered programme of a region, unquoted
        ("嘎查依托十个全覆盖工程修通了硬化路。", [("十个全覆盖", "numbered")]),
        # the grading of branches by stars, and a system's common name, are no campaigns
        ("全乡开展“星级党支部”评定，力争年内评出五星级党支部6个。", []),
        ("推行“积分制”管理，每月公示一次。", []),
        ("每季度开展“党员示范户”挂牌评比。", []),
        # ... but the creation of starred branches is a campaign, as a numbered system is named
        ("开展“星级党支部”创建活动。", [("星级党支部", "quoted")]),
        ("推行“三制”管理。", [("三制", "numbered")]),
    ],
)
def test_the_twentieth_pass_slogans(text, expected):
    assert slogans(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # numerals inside a word of the sentence name no formula
        ("驻村干部隔三差五到大棚里转转。", []),
        ("老两口一早一晚赶着羊群上山。", []),
        ("一栋三层的厂房里机器轰鸣。", []),
        # what the villagers call a thing of theirs is its nickname
        ("群众把这种院坝里开的会叫作“板凳会”。", []),
        # a speaker's own words closing the sentence he speaks in
        ("老王说，今年还要再扩两个大棚，“不能光靠政府帮，得靠自己干”。", []),
        # a county government holds to a motto
        ("县委、县政府坚持“扶贫先扶智”，办起了技能培训班。", [("扶贫先扶智", "quoted")]),
    ],
)
def test_the_twentieth_pass_second_round_slogans(text, expected):
    assert slogans(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # what a place's people are said to have shouted is their slogan, a "不是" in it or not
        (
            "“等靠不是出路，苦干才有奔头”，这是岩脚村群众喊出的心声。",
            [("等靠不是出路、苦干才有奔头", "quoted")],
        ),
        # a picture of the past a place was, after the years ago
        ("二十年前这里还是“吃水靠天、出门靠腿”的穷山沟。", []),
        # the trouble the work solved, in the people's words
        ("解决了农户“种得出、卖不掉”的难题。", []),
        # a saying of the dictionary, whatever its numerals
        ("个别干部对帮扶户情况“一问三不知”。", []),
        # the short form of a province's campaign, as its cadres call it
        (
            "全省开展“规划到户、责任到人”工作，干部简称为“双到”。",
            [("规划到户、责任到人", "quoted"), ("双到", "numbered")],
        ),
    ],
)
def test_the_twentieth_pass_third_round_slogans(text, expected):
    assert slogans(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a national formula named with its trouble is still the formula
        ("着力破解“两不愁三保障”的难题。", [("两不愁三保障", "numbered")]),
        # a short dictionary word of numerals may be a formula
        ("严格落实“一岗双责”。", [("一岗双责", "numbered")]),
    ],
)
def test_what_the_twentieth_pass_third_round_must_leave(text, expected):
    assert slogans(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # what a second reader found the twentieth pass's slogan rules misread
        # a formula opening with a fixed term a word of the dictionary holds (村两委)
        ("全面推行村两委一肩挑。", [("两委一肩挑", "numbered")]),
        # an office naming its own programme is no nickname
        ("镇党委把这一帮扶机制叫作“三联三帮”。", [("三联三帮", "numbered")]),
        # a motto quoted after 介绍 keeps its 不能 and its 光荣
        (
            "第一书记介绍，工作队喊响了一句话，“脱贫不能等，致富靠苦干实干”。",
            [("脱贫不能等、致富靠苦干实干", "quoted")],
        ),
        (
            "驻村队长介绍，村里挂出了横幅，“脱贫光荣，等靠要可耻”。",
            [("脱贫光荣、等靠要可耻", "quoted")],
        ),
        # a PDF's space between the numbered halves of a formula
        ("严格执行“四议 两公开”工作法。", [("四议两公开", "numbered")]),
        # a grade of stars given by 授牌 is no campaign
        ("为“十星级文明户”授牌。", []),
        # what the people call a thing, said 管…叫
        ("村民们管这种火塘边的会叫“火塘会”。", []),
    ],
)
def test_what_the_twentieth_pass_second_reader_found(text, expected):
    assert slogans(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a rounded amount in numerals is no formula: 十几万人, 二十几户
        ("全县有十几万人外出务工，村里二十几户办起了民宿。", []),
        # a behaviour said to persist or to fade is what the work fights
        ("“睡在炕头晒太阳、伸手等着送温暖”的现象明显减少。", []),
        ("少数群众“等救济、要补贴”的现象仍有发生。", []),
        # ... but a phenomenon that appeared may be the work's own
        ("村里出现了“能人回乡、党员带头”的现象。", [("能人回乡、党员带头", "quoted")]),
        # a place's plight is its picture: 立足“…”的实际
        ("乡党委立足“有林无路、有果无市”的实际，修通了产业路。", []),
        # faults found, quoted in a list of problems
        ("个别村存在“重硬件、轻软件”“有阵地、无活动”的问题。", []),
        ("针对部分党员“年纪大、学历低”等问题，镇里办了夜校。", []),
        # ... but the national goal so named is still its name, and a problem named as a
        # whole's is named as the gold names such a formula
        ("着力解决“两不愁、三保障”问题。", [("两不愁三保障", "numbered")]),
        (
            "不少村班子“无人管事、无钱理事”的问题较为突出。",
            [("无人管事、无钱理事", "quoted")],
        ),
        # a formula made to further something ends before the verb
        ("以党建+产业推动乡村振兴。", [("党建+产业", "formula")]),
        # ... and before the 和 that joins it to a quoted one
        (
            "推行党建+电商和“支部+基地+农户”的模式。",
            [("党建+电商", "formula"), ("支部+基地+农户", "formula")],
        ),
        # a family by its head's name is no "一家一策"
        ("王三强一家种了5亩花椒。", []),
        ("坚持一家一策、一户一档。", [("一家一策", "numbered"), ("一户一档", "numbered")]),
        # a product's brand, as a tourism or a tea brand; a party-building brand is the work's
        ("依托“五彩梯田”旅游品牌办起农家乐。", []),
        ("注册了“云岭红”茶叶品牌。", []),
        ("打造“一村一品”品牌。", [("一村一品", "numbered")]),
        # a way of working likened to a scripture recited
        ("平利县：念好产业发展“山字经”", []),
        # 下一步: "next", no formula
        ("下一步石门镇将继续推进。", []),
        # a word of everyday speech that opens with a numeral
        ("老两口子一年能挣3万多元。", []),
        # how people lived, in parallel clauses of 的是
        ("十年前不少人家“吃的是洋芋蛋，走的是泥巴路”。", []),
        # a villager's sum in words, rounded, said in her clause
        ("她在车间务工，“一个月挣三千多，还能照顾娃”。", []),
        # ... but a target the text calls one keeps its sum
        ("镇里定下了“户均两亩茶、人均增千元”的目标。", [("户均两亩茶、人均增千元", "quoted")]),
        # the rules' near misses a second reader found: what is done in fact, a problem that is
        # addressed, the work's own brand, a part's own 推进 or 带动, 下 before a formula, a
        # phenomenon that grows
        ("以“不忘初心、牢记使命”的实际行动推动脱贫。", [("不忘初心、牢记使命", "quoted")]),
        (
            "针对“班子不全、方向不清、能力不强”的问题，县委选派第一书记。",
            [("班子不全、方向不清、能力不强", "quoted")],
        ),
        (
            "针对部分贫困户“一达标、两不愁、三保障”问题开展排查。",
            [("一达标、两不愁、三保障", "numbered")],
        ),
        (
            "打造“支部引领、党员带头”党建工作品牌。",
            [("支部引领、党员带头", "quoted")],
        ),
        ("探索党建+整村推进新路子。", [("党建+整村推进", "formula")]),
        (
            "推行党支部+合作社+示范带动户的模式。",
            [("党支部+合作社+示范带动户", "formula")],
        ),
        ("在驻村工作队帮助下一户一策制定脱贫计划。", [("一户一策", "numbered")]),
        (
            "“一人就业、全家脱贫”的现象还在不断增多。",
            [("一人就业、全家脱贫", "quoted")],
        ),
        # a fixed term in quotes (三资: a village's funds, assets and resources); a picture of
        # the past inside a speaker's words; an inspection's finding headed as it was found
        ("开展农村集体 “三资” 清理。", []),
        ("“以前我们这儿是‘出门一把锁、进门冷锅灶’，年轻人都往外跑。”他说。", []),
        ("（二）关于“落实‘2+6’政策体系有差距”的问题。", [("2+6", "formula")]),
        # a formula in single straight quotes inside a speaker's straight double ones
        (
            "\"合作社按照'支部+基地+农户'的办法经营。\"村支书说。",
            [("支部+基地+农户", "formula")],
        ),
        # what a second reader found the pass's rules misread: a motto of 的是 pictures no past;
        # a target by another name; a fault after a comma; a phenomenon that persists; a brand
        # of tourism; a formula before 推进 or 带动户均; a name with 一 before 一家; 一数一源;
        # 下一季; 合唱 before a method's name; a quote of straight singles inside curly doubles
        ("坚持“干的是事业、为的是群众”的工作导向。", [("干的是事业、为的是群众", "quoted")]),
        (
            "定下“户均养牛三头、年增收一万多”的发展目标。",
            [("户均养牛三头、年增收一万多", "quoted")],
        ),
        ("调研发现，部分村班子，“班子不强、带富无能”的问题仍然存在。", []),
        ("“白天睡大觉、晚上打麻将”的现象还比较普遍。", []),
        ("打造“山水花海、梯田人家”红色旅游品牌。", []),
        ("以党建+扶贫推进乡村振兴。", [("党建+扶贫", "formula")]),
        (
            "推行党支部+合作社+基地带动户均增收2000元。",
            [("党支部+合作社+基地", "formula")],
        ),
        ("李一鸣一家种了8亩茶。", []),
        ("建立一数一源的数据台账。", [("一数一源", "numbered")]),
        ("下一季一亩地能多收两百斤。", []),
        ("镇里组织合唱，推行“党建五字经”工作法。", [("党建五字经", "quoted")]),
        ("“我们就按'支部+合作社+农户'办。”村支书说。", [("支部+合作社+农户", "formula")]),
        # a saying of the land, however it goes on
        ("群众常说这里是“八分石头两分土，种地要在石缝里”。", []),
        # a year's harvests; an honour chosen by a search; a song's words
        ("茶农一年两茬收入，春天采茶。", []),
        ("县委组织部开展“最美驻村书记”寻访活动。", []),
        ("老人们唱起了山歌：“茶香飘过岭，党的恩情记心中。”", []),
    ],
)
def test_the_twenty_first_pass_slogans(text, expected):
    assert slogans(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the twenty-second pass: a party-building brand names the work (a craft's brand the
        # work promotes does not)
        ("乡党委打造“牧区先锋”党建品牌。", [("牧区先锋", "quoted")]),
        ("打造“苗绣花开”非遗扶贫品牌。", []),
        # a numbered name before its programme's kind
        ("实施村党组织带头人“双百”培育计划。", [("双百", "numbered")]),
        # a campaign of a number of days
        ("全县投入脱贫攻坚“冲刺90天”，集中补齐短板。", [("冲刺90天", "quoted")]),
        ("镇里召开“百日攻坚”推进会。", [("百日攻坚", "quoted")]),
        # a festival's day, a medal's words, a question put in quotes
        ("宋家沟乡开展“七一”主题党日活动。", []),
        ("为老党员颁发“光荣在党50年”纪念章。", []),
        ("“外面的产业，能不能搬回家门口？”村党支部拿到会上讨论。", []),
        # systems joined, then their use
        ("实行清单制+责任制+销号制管理。", [("清单制+责任制+销号制", "formula")]),
        ("推行清单制 + 责任制 + 销号制管理模式。", [("清单制+责任制+销号制", "formula")]),
        # what a second reader found: brands listed before 党建品牌, a root's brand (党参), a
        # discussion named by its question, two numerals of a method, a crew's days of work
        (
            "打造“红色管家”“先锋驿站”等一批党建品牌。",
            [("红色管家", "quoted"), ("先锋驿站", "quoted")],
        ),
        ("注册了“渭源白条”党参品牌。", []),
        ("开展“我为脱贫攻坚做什么？”大讨论活动。", [("我为脱贫攻坚做什么", "quoted")]),
        ("推行“三三”工作法。", [("三三", "numbered")]),
        ("施工队“奋战30天”，车间拔地而起。", []),
        ("颁发“光荣在党50年”纪念奖章。", []),
        # the round's second sets: a part of a motto as one pole of a change, a trouble of old,
        # a saying on everyone's lips, a folk song, a joke, a rhyme of how a place once was, an
        # e-paper's zoom buttons
        (
            "围绕“住上好房子、过上好日子”的目标，推动群众从“住上好房子”向“过上好日子”转变。",
            [("住上好房子、过上好日子", "quoted")],
        ),
        ("解决了群众“种什么、怎么种、卖给谁”的老难题。", []),
        ("“一年四季有鲜橙”，是当地人最爱挂在嘴边的话。", []),
        ("老人们喜欢唱山歌，“太阳出来照山坡，梯田一层又一层”。", []),
        ("网上流行过一句玩笑话：“宁要某县一张床，不要浦东一套房”。", []),
        ("某村原来散落在山梁上，吃水要到沟底去挑，“晴天一身土，雨天两腿泥”。", []),
        ("放大+  缩小-  默认", []),
        # the third round: what the formula does and the kind of thing it is, after it
        ("推行党支部+拉面店+贫困户帮带模式。", [("党支部+拉面店+贫困户", "formula")]),
        ("在某乡开展光伏+扶贫试点。", [("光伏+扶贫", "formula")]),
        # what the second second reader found: a cadre's motto on his lips; a campaign of a
        # hundred days; brands of produce listed under the party's; brands listed by their number
        (
            "“小康不小康，关键看老乡”，是扶贫干部挂在嘴边的一句话。",
            [("小康不小康、关键看老乡", "quoted")],
        ),
        ("全县上下掀起“大干100天”热潮。", [("大干100天", "quoted")]),
        ("培育了“石门银峰”“壶瓶山茶”等一批党建扶贫产业品牌。", []),
        (
            "打造“红色管家”“先锋驿站”等12个党建品牌。",
            [("红色管家", "quoted"), ("先锋驿站", "quoted")],
        ),
        # the fourth round: a product made to a standard is no standard of the work
        ("其中“某某白条党参”标准化种植示范基地3000亩。", []),
    ],
)
def test_the_twenty_second_pass_slogans(text, expected):
    assert slogans(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a noun of writing after its verb is no speaker's verb
        (
            "工作队推行“党员+果农+电商”的帮扶方式：党员负责开网店、拍照片、写介绍，果农负责采摘。",
            [("党员+果农+电商", "formula")],
        ),
        # a catchphrase is a saying, not a slogan
        ("老支书有句口头禅，“话说到群众心坎上，事才办得成”，逢人就讲。", []),
        # the words a requirement is followed by
        (
            "某镇按照“支部建在产业上”的部署要求，在合作社建立党支部12个。",
            [("支部建在产业上", "quoted")],
        ),
        # what a party branch does with its produce is no list of crops
        (
            "“党员带头种好菇，支部牵头卖好菇。”这是某村党支部定下的规矩。",
            [("党员带头种好菇、支部牵头卖好菇", "quoted")],
        ),
    ],
)
def test_the_twenty_third_pass_slogans(text, expected):
    assert slogans(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a speaker's verb after a quoted saying still marks it as said
        ("“日子越过越红火。”村民王某介绍说。", []),
        # what is grown, listed in quotes, stays a list of crops
        ("全县形成了“核桃、花椒、肉牛”三大产业。", []),
    ],
)
def test_what_the_twenty_third_pass_slogans_must_leave(text, expected):
    assert slogans(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a numeral and a word, not a place's name run into a character
        ("做到帮扶对象、帮扶措施、帮扶责任“三明确”。", [("三明确", "numbered")]),
        # an unquoted formula after the verb of the way taken
        ("镇里提出走核桃+乡村旅游的路子。", [("核桃+乡村旅游", "formula")]),
        # the four bad styles of work are a term
        ("坚决整治“四风”问题。", []),
    ],
)
def test_the_twenty_third_pass_second_round_slogans(text, expected):
    assert slogans(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a tea named by its place stays a tea; a method named by its place stays its name
        ("品尝“六安瓜片”新茶。", []),
        ("推行“七台河工作法”。", [("七台河工作法", "quoted")]),
    ],
)
def test_what_the_twenty_third_pass_second_round_slogans_must_leave(text, expected):
    assert slogans(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a pledge of one helper for one household, in quotes
        ("某县开展“一名党员带富一户贫困户”活动。", [("一名党员带富一户贫困户", "quoted")]),
        # a place's model and spirit (a model is called so too)
        ("被外界称为“卢氏模式”。", [("卢氏模式", "quoted")]),
        ("镇党委把“西畴精神”融入脱贫攻坚。", [("西畴精神", "quoted")]),
        # how often a place suffers is no formula; nor is truck after truck
        (
            "某乡地处行蓄洪区，十年九淹，在曾经“十年九旱”的沙地上推行一村一品。",
            [("一村一品", "numbered")],
        ),
        ("一辆辆三轮车拉着红枣驶向烘干厂。", []),
    ],
)
def test_the_twenty_third_pass_third_round_slogans(text, expected):
    assert slogans(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a general spirit is no place's, nor one named by a township's name that is a word too
        ("要弘扬“工匠精神”。", []),
        ("镇党委把“长征精神”融入产业发展。", []),
        # a nickname stays a nickname
        ("人称“五无乡”的某乡。", []),
        # a sentence about a man and his family is no pledge
        ("他说“一个人带一家人过日子不容易”。", []),
    ],
)
def test_what_the_twenty_third_pass_third_round_slogans_must_leave(text, expected):
    assert slogans(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # what the second reader found: a place whose second word is a place too; a corridor is
        # no way taken; the 的 after the verb is not the formula's
        ("位于“三江源”国家公园腹地。", []),
        ("打造红色文化走廊+乡村旅游。", [("红色文化走廊+乡村旅游", "formula")]),
        ("县委提出的党建+扶贫模式。", [("党建+扶贫", "formula")]),
    ],
)
def test_what_the_twenty_third_pass_later_slogan_rules_must_leave(text, expected):
    assert slogans(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a formula whose "+" the page lost as a space: its parts are the actors a model joins
        ("某镇探索“党建 产业”双轮驱动模式，带动群众增收。", "党建+产业"),
        ("推行“支部 合作社 农户”发展模式，全村入社农户达136户。", "支部+合作社+农户"),
    ],
)
def test_the_twenty_fourth_pass_slogans(text, expected):
    assert expected in [slogan for slogan, _ in slogans(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # parts that are deeds or numbered halves keep their separator
        ("坚持“抓党建 促脱贫”，全镇党员结对帮扶贫困户。", "抓党建、促脱贫"),
        ("做到“两不愁 三保障”全面达标。", "两不愁三保障"),
    ],
)
def test_what_the_twenty_fourth_pass_slogans_must_leave(text, expected):
    assert expected in [slogan for slogan, _ in slogans(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # the most common formula, its + lost to a space
        ("全县探索出“党建 扶贫”的新路子。", "党建+扶贫"),
        # a measure word's noun belongs to the formula
        ("全镇为贫困户建立一户一本台账，做到底数清楚。", "一户一本台账"),
    ],
)
def test_the_twenty_fourth_pass_second_round_slogans(text, expected):
    assert expected in [slogan for slogan, _ in slogans(text)]


def test_a_formulas_measure_word_keeps_no_word_that_runs_on():
    # "一户一张明白卡": the noun runs on past what the dictionary knows; the formula stops
    found = [slogan for slogan, _ in slogans("为贫困户发放一户一张明白卡。")]
    assert "一户一张明白" not in found


@pytest.mark.parametrize(
    "text, not_expected",
    [
        # what the second reader found: a sector's alleviation with a stray space is no formula
        ("全县推进“产业 扶贫”，成效明显。", "产业+扶贫"),
        ("全镇建起“扶贫 车间”12个。", "扶贫+车间"),
    ],
)
def test_what_the_twenty_fourth_pass_formulas_must_leave(text, not_expected):
    assert not_expected not in [slogan for slogan, _ in slogans(text)]


def test_poverty_alleviation_is_a_formulas_part_only_after_the_partys_side():
    found = [slogan for slogan, _ in slogans("全县推行“党建 产业 扶贫”，成效明显。")]
    assert "党建+产业+扶贫" not in found


@pytest.mark.parametrize(
    "text, expected",
    [
        # a diary's entry quoted after it is the writer's words, as a speaker's are
        ("翻开他的工作日记，其中一天写着“在乡里核对台账，凌晨才回到村里”。", []),
        ("笔记本上记着“走访农户二十三家、解决难题五件”。", []),
        # a nickname shown once is a nickname in the headline too
        ("“四难村”怎样变成了示范村？\n过去，某村被人叫作“四难村”。", []),
        # hats counted with their measure word: a metaphor, not a numbered formula
        ("过去，村里戴着“两顶旧帽子”。", []),
        # a rhyme quoted as the picture of a place's past, with when it was so between
        ("“吃水靠背、出门靠走，有女不嫁山里头”是它当年的真实写照。", []),
        # a summary's sentence that opens with the verb holds the motto up as its principle
        (
            "一是强化组织引领。坚持“强支部带产业促增收保稳定”，通过打造示范支部推进工作。",
            [("强支部带产业促增收保稳定", "quoted")],
        ),
        # "有一搭没一搭": a word said twice around 没, an idiom jieba does not list
        ("过去村里的组织生活有一搭没一搭，支部的凝聚力下降。", []),
        # one thing set beside another, twice, unquoted under a subheading: a motto
        (
            "共建美好家园\n一个支部一座堡垒，一名党员一盏明灯，“党旗红”成为全村的底色。",
            [("一个支部一座堡垒、一名党员一盏明灯", "numbered")],
        ),
        # ... not a speaker's likeness, nor a saying of one's own kind
        ("他说，一个大棚就是一个小银行，群众得实惠。", []),
        ("村里一个人一条心，一家人一股劲。", []),
    ],
)
def test_the_twenty_sixth_pass_quotations(text, expected):
    assert slogans(text) == expected
