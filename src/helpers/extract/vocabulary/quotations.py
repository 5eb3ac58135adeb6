"""Whether a quotation is a slogan: a campaign's name, a motto, a formula, or the lexicon's;
not speech, a saying, a role, an honour or a metaphor in scare quotes."""

from __future__ import annotations

import re

from helpers.extract.lexicon import alternation, load_words
from helpers.extract.vocabulary import jieba_dictionary
from helpers.extract.vocabulary.formulas import (
    ADJECTIVAL,
    COUNTED_THING,
    EPITHET,
    ORDINAL,
    PRODUCE_END,
    SEGMENT,
    SPOKEN,
    TERRAIN,
    counts_things,
    idiom,
    is_numbered,
    name_like,
    named_thing,
)
from helpers.extract.vocabulary.slogan_words import (
    CONTEXT,
    LEXICON,
    MAX_NAME_CHARS,
    MAX_SLOGAN_CHARS,
    NAME,
    NUMERAL,
    PART,
    PART_SPLIT,
    SENTENCE_END,
    STRUCTURE,
    TRAILING_PUNCT,
    WRAP,
    canonical,
    fixed_terms,
    lexicon,
    numbered_lexicon,
    verb_headed,
    without_stray_spaces,
)

# What a campaign name is followed by, or ends with: “某某提升”活动, “产业发展攻坚年”.
# (not a noun made a process: “某某党参”标准化种植, 制度化)
CAMPAIGN_AFTER = re.compile(f"^(的?(发展)?({alternation(load_words('campaign_nouns'))}))(?!化)")
# (a 行 campaign has a name before it, “健康扶贫行”, or goes first, “政策先行”; a verb ends in
# 行 too, “执行”, “抱团前行”, and so does a bank)
CAMPAIGN_END = re.compile(
    r"(年|(?<=[\u4e00-\u9fff]{2})(?<![银前同践进运通出远并航步飞执履实推举施])行"
    r"|计划|工程|行动|活动|战役|大会战|攻坚战|经验)$"
)
# ... or by what it does and then the kind of thing it is: “某某”驻村工作, “某某”网格治理模式.
# A way of pairing helpers with households, as 一对一 and 一对多 of the fixed terms.
PAIRING = re.compile(rf"^[{NUMERAL}多几]对[{NUMERAL}多几]$")
# Not a body or its people (“某某”援建工作组); not an honour or a set of places before it; not
# the upkeep of a thing (“某某”管理工作).
CAMPAIGN_AFTER_QUALIFIED = re.compile(
    r"(?!管理|运维|维护|建设|监管|验收|保障|服务|宣传|推进|落实|统计|申报|审核)"
    r"[\u4e00-\u9fff]{2,4}(工作|模式|机制|活动|行动|工程|体系|计划|责任制)(?![组队站室人员者])"
    # or the folkways it builds: “某某”新民风建设, “某某”好家风建设 (not 集体经济建设)
    r"|(新|好|文明)?(民风|乡风|家风|新风)建设"
)
# A named gathering of four or more characters: “院坝夜话会”, “群众说事会”.
# “院落会”: a meeting of two words is named too; a school of two words (“农民夜校”) is the
# common kind of school
GATHERING_END = re.compile(r"^[\u4e00-\u9fff]{3,}(会|夜校|讲堂|课堂)$|^[\u4e00-\u9fff]{2}会$")
# ... unless it is a party or a celebration, named by its theme (“喜迎丰年联欢会”): an event.
FESTIVITY_END = re.compile(
    r"(茶话会|联欢会|晚会|团拜会|庆祝会|座谈会|见面会"
    # a standing body, not a gathering: “红白理事会”, “某某协会”
    r"|理事会|委员会|协会|联合会|商会|研究会|促进会"
    # a fair, not a meeting: “茶博会”, “农交会”
    r"|博会|展会|交会|洽会|运会)$"
)


# A model named for its place or its way: “某某模式” of four characters or more (“新模式” is no
# name).
MODEL_NAME = re.compile(r"^[\u4e00-\u9fff]{2,8}模式$")


# A place's way of working or its spirit, named by the place: “某县经验”, “某县精神”, “某县做法”.
PLACE_MODEL_END = re.compile(r"(模式|经验|精神|做法|样板)$")


def _place_model(content: str) -> bool:
    from helpers.extract.places.locate import find_mentions  # the gazetteer loads only if asked

    end = PLACE_MODEL_END.search(content)
    if not end:
        return False
    mentions = find_mentions(content[: end.start()])
    return (
        bool(mentions)
        and mentions[0].start == 0
        and mentions[-1].end == end.start()
        # a county or a prefecture (as named_thing), or a township of a name too long to be a
        # word as well (王家坝精神; not 长征精神)
        and any(
            len(code) in (4, 6) or len(m.text) >= TOWNSHIP_NAME_CHARS
            for m in mentions
            for code in m.codes
        )
    )


TOWNSHIP_NAME_CHARS = 3


def _named_gathering(content: str) -> bool:
    """A gathering's own name; a dictionary word (a meeting to pool wits, a tea party) is the
    common noun, not a name."""
    return bool(
        GATHERING_END.match(content)
        and not FESTIVITY_END.search(content)
        and not jieba_dictionary.is_word(content)
    )


# A quoted list of roles or people is not a motto: “第一书记、驻村队员、大学生村官”.
ROLE_END = re.compile(
    r"(书记|支书|队员|村官|干部|人员|党员|代表|主任|会计|文书|组长|队长|领导|带头人|成员|能人|专干"
    r"|委员|群众|户|能手|青年|乡贤|大户|专家|志愿者|村民|妇女|老人|企业家|教师|医生|学生|军人"
    r"|责任人|联络员|网格员|信息员)$"
)
MAX_ROLE_CHARS = 7  # "返乡创业青年"; "把党员培养成致富能手" is a deed, not a role
ROLE_CLAUSE = re.compile(r"[有当做是成为]")  # "户户有能手": a clause about a role, not a role
# A motto's part in which one group leads another ("书记带委员、委员带党员"), not a role.
ONE_LEADS_ANOTHER = re.compile(
    r"^[\u4e00-\u9fff]{1,5}(带(?![头领])|促|帮(?!扶)|领(?![导办头]))[\u4e00-\u9fff]{1,5}$"
)
# A pledge of one helper for one household: “一名党员带富一户贫困户”, “一名干部联系一户”.
ONE_FOR_ONE = re.compile(
    r"^一(名|个|位)?[\u4e00-\u9fff]{1,4}(带富|带动|带领|联系|帮扶|结对|包保|帮|带|包)一(户|个|名|家)"
    r"[\u4e00-\u9fff]{0,6}$"
)
# A programme for every unit of a kind, the unit said twice: “村村通”, “组组通”, “户户亮”.
EVERY_UNIT = re.compile(r"^([村户组屯寨乡镇])\1[\u4e00-\u9fff]{1,2}$")
# A scheme that lends a herd and takes the same back from its young: “贷牛还牛”, “借羊还羊”.
LENT_AND_RETURNED = re.compile(r"^(贷|借|赊|领|租)([牛羊猪鸡鸭鹅兔驴马犊畜禽蜂苗种])(还|返)\2$")
# A chain of aims, 抓 one thing to further others: “抓党建促增收”, “抓党建促产业促治理”; or by
# means of one thing: “以党建促脱贫”, “以实促强”.
CHAIN_MOTTO = re.compile(
    r"^抓[\u4e00-\u9fff]{2,5}(促[\u4e00-\u9fff]{2,6}){1,3}$"
    r"|^以(?![前后来上下及往为便免致])[\u4e00-\u9fff]{1,5}(促(?!销)[\u4e00-\u9fff]{1,6}){1,3}$"
)
# A duty that outlasts a change, the verb of leaving said twice: “不脱贫不脱钩”, “摘帽不摘责任”,
# “离乡不离党”; not a plight so put (“丰产不丰收”, “找家支不找支部”).
NOT_UNTIL = re.compile(
    r"^不?(?P<verb>[脱摘离退出撤减降停断])[\u4e00-\u9fff]{1,2}不(?P=verb)[\u4e00-\u9fff]{1,3}$"
)
# A day's name, whatever is held on it: “扶贫日”, “某某扶贫济困日”.
DAY_NAME = re.compile(r"(扶贫|济困|纪念|宣传|活动)日$")
# An honour a place strives for or is given: 争创“某某示范村”, 评为“五好家庭”.
HONOUR_NAME_BEFORE = re.compile(
    r"(争创|创建|争当|评为|评选为|评出|评定为|荣获|获评|授予)[^，。；,;“”]{0,2}$"
)
HONOUR_NAME_END = re.compile(r"(村|户|家庭|社区|单位|支部|组织|集体|之家)$")
# ... not a motto that says where the work is or who it rests on: “工作重心在支部”, “致富靠支部”
WHERE_THE_WORK_IS = re.compile(r"[在靠看进到][\u4e00-\u9fff]{0,2}(村|户|支部|组织|社区)$")
MIN_KIND_OF_PLACE_CHARS = 6
# ... but a motto that sends or brings something to a place is one: “金融服务进乡村”, “资源到支部”.
TO_A_PLACE_END = re.compile(
    r"(进|到|入|下|兴|强|富|美|帮|带|联|包|驻)[\u4e00-\u9fff]{0,2}(乡村|村|户|家庭|社区|单位|支部|集体)$"
    # ... or that pairs someone with so many of them: “一名党员联系一户贫困户”
    rf"|(联系|结对|帮扶|包联|联|帮|带|包)[{NUMERAL}]+[户个名][\u4e00-\u9fff]{{0,4}}(村|户|家庭)$"
)
# A requirement followed by its words: 按照“某某”的部署要求, 围绕“某某”的思路 (not 的部署会).
FOLLOWED_BEFORE = re.compile(r"(按照|遵照|依照|对照|围绕|落实)$")
REQUIREMENT_AFTER = re.compile(r"的?(部署|总体|工作|目标)?(要求|部署|思路)(?!会|大会)")
# A programme verb just before the quote: 开展“回头看”, 实施“双包”, 推进党支部“结对共建”.
CAMPAIGN_BEFORE = re.compile(r"(开展|实施|推进|深化|启动|推行|深入开展|实行)[^，。；,;“”]{0,6}$")
ACTIVITY_AFTER = re.compile(r"(主题)?(活动|行动)(?!起来|迅速|中心|室|日|在|中|场所)")
# A deed of a role: "党员联户", "干部帮户"; "村干部", "党员" alone are the roles.
# ... with its verb, to tell it from two roles run together ("党员干部", "支部书记").
DEED_DONE = re.compile(
    r"^(党员|干部|支部|书记|能人|乡贤)[联包帮带结领访挂驻守亮][\u4e00-\u9fff]{0,2}$"
)
DEED_OF_A_ROLE = re.compile(r"^(党员|干部|支部|书记|能人|乡贤)[\u4e00-\u9fff]{1,3}$")
# A principle a county, a township, a village or a party body holds to, quoted right after its
# verb: 县里坚持“户贷户用户还”; a common word so quoted stays a metaphor (坚持“输血”与“造血”
# 并重), and what a person or the poor hold to is their own (仍坚持“等靠要”, 她坚持“…”).
# (or no one, in a summary's sentence that opens with the verb: "一是…。坚持“…”，通过…")
PRINCIPLE_BEFORE = re.compile(
    r"(县|市|区|旗|州|镇|乡|村|师市|委|党组|支部|政府|县里|市里|镇里|村里|我们|^|[。；;：:])"
    r"(坚持|践行|秉持|秉承|恪守)$",
    re.M,
)
MIN_PRINCIPLE_CHARS = 5  # “零容忍”, “问题导向”: a phrase, not a motto held to
# ... or a spirit or a style carried on: 大力弘扬“某某干部好作风”.
UPHELD_BEFORE = re.compile(r"(弘扬|发扬|传承|赓续)$")
UPHELD_THING = re.compile(r"(精神|技艺|工艺|美德|文化|楷模|模范|品质|事迹|传统|遗产)$")
# A programme said to have become the work's lever: “某某”已成为…的重要抓手.
BECAME_LEVER_AFTER = re.compile(
    r"[^，。；,;“”]{0,4}成为[^，。；,;“”]{0,12}(抓手|载体|路径|途径|法宝|引擎)"
)
# ... or taken as one: 把“某某”作为消除薄弱村的重要抓手.
TAKEN_AS_LEVER = re.compile(
    r"作为[^，。；,;“”]{0,14}(抓手|举措|载体|路径|途径|突破口|法宝|引擎|切入点)"
)
# A programme set as the lever of the work, or what a campaign is made of: 以“某某”为抓手,
# 以“某某”为统揽, 以“某某”为主要内容 (not a contest's 主题: 以“我身边的…”为主题开展征文).
LEVER = re.compile(r"为(统揽|抓手|载体|引领|突破口|切入点|主线|平台|主要内容|核心内容)")
# “616”工程: a programme named by its digits.
DIGIT_NAME = re.compile(r"^\d{3,4}$")
DIGIT_CAMPAIGN_AFTER = re.compile(
    r"^[^，。；,;“”]{0,6}(工程|计划|行动|活动|机制|模式|工作法|制度|政策|保障|体系)"
)
DIGIT_FIGHT_AFTER = re.compile(r"^[^，。；,;“”]{0,6}(作战|战略|攻坚)")
YEAR_DIGITS = re.compile(r"^(19|20)\d{2}$")
# Reported speech: a speaker and a verb of saying next to the quote.
SPEECH_BEFORE = re.compile(
    r"(说|说过|表示|介绍|指出|强调|告诉记者|坦言|讲道|感慨|称|道|问)\s*[:：,，]?\s*$"
)
SPEECH_AFTER = re.compile(
    # (not a noun after its verb: “…”的方式：负责拍照片、写介绍)
    r"^[,，]?[^。“”‘’\n]{0,24}?(?<![写作做听看])(说道|说|表示|介绍|坦言|告诉记者|感慨|所言)"
    r"(?=[:：,，。\s]|$)"
)
SAYING_BEFORE = re.compile(
    r"(俗话说|俗话讲|俗语说|常言道|常言说|老话说|老话讲|民间有句话|谚语|俗语|古语|"
    r"(常|总|爱|曾)(说|讲)|"  # 群众常说“…”: what people habitually say is theirs, not a campaign's
    # a couplet on a door, a song's words: "唱起了山歌："
    r"对联|有句老话|有句话|唱道|唱(起|出)了?(一首|几句)?(山歌|民歌|歌谣|小调|歌)?|唱(山歌|民歌|小调)|"
    r"(一句)?(玩笑话|俏皮话|口头禅)|"
    r"流传[着著]?(一句|一首|一段)?(话|顺口溜|民谣|歌谣)?|顺口溜|民谣|歌谣)[:：,，]?\s*$"
)
# A person's nickname: a few words and a role (“背包书记”, “修路书记”); a numbered one names tiers
# of the work (“五级书记”).
NICKNAME_ROLE = re.compile(r"^[\u4e00-\u9fff]{1,4}(书记|支书|主任|队长|村官)$")
# What the people say, quoted: theirs, unless it is a motto of the party's work cut as one.
# (not those spoken to: 给群众讲“…”, 向群众讲, 对老乡说)
PEOPLE_SAY = re.compile(
    # and how often they say it: "群众常说" (not 夸, whose quotation is what is praised)
    r"(?<![给向对跟和为与])(群众|老百姓|百姓|村民|乡亲们?|老乡)们?(都|常|常常|经常|总)?(说|讲)"
    r"[:：,，]?\s*$"
)
PEOPLE_SAY_CHARS = 9  # "乡亲们经常说：“"
# A motto's shape: "富不富", "小康不小康", "关键看支部".
MOTTO_SHAPE = re.compile(r"([\u4e00-\u9fff]{1,2})不\1|关键(看|在)")
# A rhyme quoted as the picture of a place's past: "“…”是其真实写照".
SAYING_AFTER = re.compile(
    # ... with whose and when between: "是它当年的真实写照", "正是这里过去的写照"
    r"[，,]?(就|正|便|曾)?是[^，,。；;！？“”]{0,8}?(真实|生动|形象)?写照"
    # "“…。”这是他常挂在嘴边的话", "“…”，是当地人最爱挂在嘴边的话"
    r"|[。！]?这是[^。！？]{0,12}(挂在嘴边|常说|口头禅)"
    r"|[，,]是(当地人|村民|群众|老百姓|老乡|乡亲们?|大家)[^。！？]{0,8}(挂在嘴边|常说|口头禅)"
    # "“人心齐，泰山移。”在村民大会上，他用这句老话给大家鼓劲"
    r"|[^。！？“”]{0,16}这(句|番)(老话|俗话|古话|谚语|顺口溜)"
    r"|的(顺口溜|民谣|俗语|老话|歌谣)"  # "流传着「山高石头多，出门就爬坡」的顺口溜"
    # "…”，道出了当年的窘境", "…”成了村民的口头禅", "…”，曾是一些村民的生活状态"
    r"|[，,]?((道出了|说出了)[^，。！？]{0,6}(窘境|困境|辛酸|艰辛|艰难|苦)"
    r"|成了[^。！？]{0,8}口头禅|曾是[^。！？]{0,12}(写照|状态|生活|日子))"
)
SAYING_AFTER_CHARS = 30
# The past a quote describes: "过去，这里“…”", "曾是“…”".
PAST_BEFORE = re.compile(
    r"(过去|以前|从前|当年|昔日|那时)[，,]?"
    r"(这里|这儿|我们这儿|我们这里|我们村|咱们村|咱村|村里|当地|村民们?|群众)?(曾|都)?是?$"
)
WORK_WORDS = re.compile(alternation(load_words("work_words")))
# ... unless the text calls it one: "喊出“…。”的口号", "立下规矩：“…。”"
CALLED_A_MOTTO = re.compile(r"的?(口号|号召|誓言|承诺|规矩|目标)")
MOTTO_GIVEN_BEFORE = re.compile(r"(喊出|提出|立下|号召|倡导|口号是?|规矩)[^，。；“”]{0,3}[:：]?$")
PARTY_WORK = re.compile(r"支部|党员|党组织|党委|书记|党建")
APP_PROMPTS = {"点赞", "在看", "转发", "分享", "收藏", "关注", "评论", "留言", "放大", "缩小"}


def app_prompt(formula: str) -> bool:
    """ "点赞+在看", and an account's card ending in its follow button: "某某创作者 +关注"."""
    parts = [p.strip() for p in re.split(r"[+＋]", formula)]
    return all(p in APP_PROMPTS for p in parts) or (len(parts) == 2 and parts[-1] == "关注")


# A verb tried once more ("等一等"); a place's epithet, what it is the cradle or home of.
RETRIED = re.compile(r"^(.)一\1$")
PLACE_EPITHET = re.compile(
    r"^[\u4e00-\u9fff]{1,6}的(摇篮|故乡|家乡|之乡|粮仓|明珠|后花园|门户|窗口|名片|乐园|圣地)$"
)
# A sum in a clause, in digits or money in words: "每月1500元", "一斤能卖到三块五" (not the
# "一户" and "一人" of a motto).
SUM_SAID = re.compile(
    r"\d(元|块|万|千|斤|公斤|亩|人|户|个|岁|米)|[一二两三四五六七八九十百千万](元|块|斤|公斤)"
    r"|[一二两三四五六七八九十]+[万千]多"  # "一年有两万多": a sum in words, rounded
)
# ... unless the text calls it a target: “户均两亩茶、人均增千元”的发展目标, …，这一目标
TARGET_AFTER = re.compile(r"的?[\u4e00-\u9fff]{0,4}目标|[，,]?这一目标")
# A clause that says what something was like: "住的是土坯房", "晴天走的是泥巴路", after the
# past it pictures (a motto of 的是, “干的是事业、为的是群众”, pictures no past).
DESCRIBED = re.compile(r"^[\u4e00-\u9fff]{1,3}的是")
PAST_PICTURED = re.compile(r"(以前|过去|从前|那时|年前|曾经|当年|早些年|原来)[^。！？]{0,40}$")
# Nor the words that join the clauses of a sentence: "虽然时间紧，但只要…就…", "不是…而是…".
CONNECTIVE = re.compile(
    r"虽然|但是|只要|而是|不是|因为|所以|如果|还得|一定要|这样|那样|这几|这些|哪儿|哪里"
    r"|凌晨|清晨|傍晚|深夜|昨天|去年|今年的"  # the hours of a story told (not 今天, as in
    # “今天再出发”)
)
# A motto's parts are short and of a length; a long part beside a short one is a sentence
# ("农闲时节，在村里帮着接送游客，…").
LONG_PART, LENGTH_SPREAD = 9, 4


def classify_quote(text: str, start: int, end: int, outer: bool) -> str | None:
    """Kind of slogan a quotation is, or None for speech, labels and metaphors."""
    found = recognise_quote(text, start, end, outer)
    return found[0] if found else None


def recognise_quote(text: str, start: int, end: int, outer: bool) -> tuple[str, str] | None:
    """(kind, how it was recognised) of a quotation that is a slogan, else None."""
    content = TRAILING_PUNCT.sub("", WRAP.sub("", text[start + 1 : end - 1])).strip()
    content = without_stray_spaces(content)
    if SENTENCE_END.search(content) or not 2 <= len(content) <= _longest_for(content):
        return None
    if (
        ASKED.search(text, start, end)
        and QUESTION.search(content)
        and not CAMPAIGN_AFTER.match(text[end : end + 8])
        and not DISCUSSION_AFTER.match(text, end)
    ):
        return None  # “外面的产业，能不能搬回家门口？”: a question put, not a motto
    if content.endswith("经") and SCRIPTURE_READ.search(text, max(0, start - 8), start):
        return None  # 念好党建扶贫“三字经”: a way of working likened to a scripture recited
    if text[max(0, start - 2) : start] == "关于" and PROBLEM_AFTER.match(text, end):
        return None  # 关于“…有差距”的问题: an inspection's finding, headed as it was found
    if any(TERRAIN.match(part) for part in PART_SPLIT.split(content)):
        return None  # “九分石头一分土，种地要在石缝里”: a saying of the land, however it goes on
    if DAY_OF_THE_YEAR.match(content) or HOLIDAY.match(content):
        return None  # “10·17”扶贫日, “七一”: a day's date, not a name
    if _guarded_against(text, start, end):
        return None  # 破除“干部干、群众看”现象: a practice the work fights, however it is worded
    if (
        PART_SPLIT.search(content)
        and HARDSHIP_AFTER.match(text, end)
        and canonical(content) not in lexicon()  # “两不愁、三保障”的实际要求: the goal
    ):
        return None  # 解决了“找不到销路、卖不上价钱”的难题: the trouble, in the people's words
    if (
        PART_SPLIT.search(content)
        and PROBLEM_AFTER.match(text, _after_sibling_quotes(text, end))
        and FAULT_FOUND_BEFORE.search(_before_sibling_quotes(text, start)[-FAULT_REACH:])
        and canonical(content) not in lexicon()  # 解决“两不愁、三保障”问题: the goal's name
        # “一达标、两不愁、三保障”问题: a standard the national formula is part of
        and not (is_numbered(content) and numbered_lexicon_in(content))
    ):
        # 个别村存在“重项目、轻党建”“有产业、无组织”的问题: a fault found in some, not a motto
        # (a problem named as a whole's, “班子不全、方向不清”问题突出, is named as the gold does)
        return None
    if conferred(text, start, end) and canonical(content) not in lexicon():
        return None  # 被评为“…先进党组织”“五星级党组织”: titles given, not mottos
    if _words_of_a_gift_or_a_diary(text, start):
        return None  # 送来一面锦旗，上面写着“…”: thanks given; 日记里写着“…”: a diary's entry
    if _speech_goes_on(text, start, end, content):
        return None  # 某书记介绍，…。“…，大家心里踏实。”: the speaker's next sentence
    if _said_in_its_sentence(text, start, end, content):
        return None  # 某书记介绍，镇里…，“致富带头人，大多数都是党员”。: the speaker's words
    if (
        SAYING_BEFORE.search(text, max(0, start - 12), start)
        or SAYING_AFTER.match(text, end, end + SAYING_AFTER_CHARS)
        or PAST_BEFORE.search(text, max(0, start - 12), start)
        or (
            text[end - 2 : end - 1] == "。"
            and not WORK_WORDS.search(content)
            and not CALLED_A_MOTTO.match(text, end)
            and not MOTTO_GIVEN_BEFORE.search(text, max(0, start - 8), start)
        )
    ):
        # A whole sentence quoted ("“…，…。”") that is not about the work is a rhyme, a line of
        # verse or a couplet (a vow ends in "！": “…，决不收兵！”); what a place was like in the
        # past is its picture, not a motto.
        # a folk saying quoted (俗话说“…”) is the people's, not a campaign's; but a saying of
        # the party's work in parallel parts is a motto however it is introduced: 俗话说“富不富、
        # 看支部；行不行、看党员”
        parts = [p for p in PART_SPLIT.split(content) if p]
        if (
            len(parts) >= 2
            and PARTY_WORK.search(content)
            and not _uneven(parts)
            and not SPOKEN.search(content)  # “…书记经常和我们聊家常…。”: speech about him
            and not RECOLLECTION.match(content)  # “那时候支部说话没人听…。”: a memory told
            # “…，…。”贫困户某某说: a villager's sentence, unless cut as a motto
            and not (SPEECH_AFTER.match(text[end : end + 30]) and not _party_motto(content))
            # 群众常说“跟着支部干，心里不慌”: the people's own words, unless a motto's shape (a
            # cadre's 常说 is a motto of the work)
            and not (
                PEOPLE_SAY.search(text, max(0, start - PEOPLE_SAY_CHARS), start)
                and not (_party_motto(content) or MOTTO_SHAPE.search(content))
            )
        ):
            return "quoted", STRUCTURE
        if all(canonical(p) in lexicon() for p in parts):
            return "quoted", LEXICON  # 干部们常说“扶贫先扶志、扶贫必扶智”: a national motto
        return None
    if (
        PEOPLE_SAY.search(text, max(0, start - PEOPLE_SAY_CHARS), start)
        and not _party_motto(content)
        and not MOTTO_SHAPE.search(content)
    ):
        return None  # 群众说“一年一场风，从春刮到冬”, “跟着党员干，心里有底气”: the people's words
    if RECOLLECTION.match(content) and PART_SPLIT.search(content):
        return None  # “那时候支部说话没人听，…”: a memory told in clauses, not a motto
    if CALLED_A_SLOGAN.match(text, end) and not SPOKEN.search(content):
        return "quoted", CONTEXT  # 喊出了“等不是办法，干才有希望”的口号: called a slogan
    if (
        (
            _rhyme_of_a_past(text, start)
            or (
                _told_of_the_past(text, start)
                and not CAMPAIGN_BEFORE.search(text[max(0, start - 12) : start])
            )
        )
        and len(PART_SPLIT.split(content)) >= 2
        and not PARTY_WORK.search(content)
        and not WORK_WORDS.search(content)
    ):
        return None  # 某村曾是有名的“穷山村”，“土墙房、半年粮，…”: a rhyme of its poor past
    named_by = NUMBERED_NAME_AFTER.match(text, end)
    if (
        named_by
        and is_numbered(named_by["name"])
        and len(PART_SPLIT.split(content)) >= 2
        and not SPOKEN.search(content)
    ):
        return "quoted", STRUCTURE  # “每名党员联系一户…、认领一个项目…”的“三个一”: its parts
    if outer and _spoken_context(text, start, end) and not _party_motto(content):
        # a speaker may quote a motto of the party's work: “富不富，看支部；…。”某负责人介绍
        if (
            SENTENCE_END.search(text[start:end])
            or len(content) > 12
            or SPEECH_AFTER.match(text[end : end + 30])
        ):
            return None
    if "+" in content or "＋" in content:
        if re.search(r"[<>=＜＞＝]", content) or app_prompt(content):
            return None  # “1+1>2”: arithmetic; "点赞+在看": an app's prompt, not a model
        clauses = [c for c in re.split(r"[，,；;]", content) if c]
        if len(clauses) > 1 and not all("+" in c or "＋" in c for c in clauses):
            return None  # a sentence in quotes that has a formula inside it
        return "formula", STRUCTURE
    if canonical(content) in fixed_terms() or ADJECTIVAL.match(content):
        return None
    if SYSTEM_NAME.match(content) and content[0] not in NUMERAL:
        return None  # 推行“积分制”管理, “坐班制”: a system's common name, not a campaign's
    if HELD_VIEW_AFTER.match(text, end) and HELD_BEFORE.search(text, max(0, start - 8), start):
        # 仍有“靠着墙根晒太阳”的思想: a view some hold, not the campaign's words (树立“…”的思想
        # promotes one)
        return None
    if nicknamed(text, start, end):
        # 人称“五无乡”, 被誉为“…”: what people call a place or a person (a way of working it is
        # known by is named so too: 被称为“某县模式”)
        return None
    named = (
        CAMPAIGN_AFTER.match(text[end : end + 8])
        or _qualified_campaign(content, text, end)
        or _party_brand(text, end)
        or (
            numeral_led(content)
            and not COUNTED_THING.match(content[1])  # “三区”人才计划: places counted
            and NUMBERED_PROGRAMME_AFTER.match(text, end)
        )
        or CAMPAIGN_BEFORE.search(text[max(0, start - 12) : start])
        or (
            FOLLOWED_BEFORE.search(text, max(0, start - 4), start)
            and REQUIREMENT_AFTER.match(text, end)
        )
        or (text[start - 1 : start] == "以" and LEVER.match(text, end))
        or (text[start - 1 : start] == "把" and TAKEN_AS_LEVER.match(text, end))
        or (
            len(content) >= MIN_PRINCIPLE_CHARS
            and (
                PRINCIPLE_BEFORE.search(text, max(0, start - 4), start) is not None
                or (
                    UPHELD_BEFORE.search(text, max(0, start - 4), start) is not None
                    # 发扬“老黄牛精神”, 传承“某某技艺”, 弘扬“…楷模”: a spirit, a craft, an honour
                    and not UPHELD_THING.search(content)
                )
            )
        )
        or BECAME_LEVER_AFTER.match(text, end)
    )
    if not named and PART_SPLIT.search(content) and _fault_of_some(text, start):
        return None  # 有的乡镇党委书记对党建工作“说起来重要、干起来次要”: a fault criticised
    after_list = _after_sibling_quotes(text, end)
    if not PART_SPLIT.search(content) and (
        (
            HONOUR_TITLE.search(content)
            and (not named or HONOUR_CHOSEN_AFTER.match(text, after_list))
        )
        # the titles of a choosing, listed: 开展“文明家庭”“好婆婆好媳妇”评选(活动), the last of
        # them too
        or (
            (
                after_list > end
                # a numbered standard last in the list is judged by, not chosen: “一超过”评定
                or (
                    QUOTES_BEFORE.search(text, max(0, start - 40), start)
                    and not is_numbered(content)
                )
            )
            and HONOUR_CHOSEN_AFTER.match(text, after_list)
        )
    ):
        # “五好家庭”: an honour conferred, 开展“脱贫之星”评选 the choosing of its holders;
        # 开展“最美庭院”创建活动 is a campaign
        return None
    if (
        PART_SPLIT.search(content)
        and all(HONOUR_PART.match(p) for p in PART_SPLIT.split(content) if p)
        and CHOSEN_AFTER.match(text, after_list)
    ):
        return None  # 开展“好婆婆、好媳妇”评选: the titles of one choosing, each a 好 or 最美
    if NAME_GIVING_KIND.match(text, end) and CRITICISED_BEFORE.search(
        text, max(0, start - 4), start
    ):
        return None
    if DIGIT_NAME.match(content):
        named = DIGIT_CAMPAIGN_AFTER.match(text[end : end + 10]) or (
            # a way of fighting named by its digits, not a year's: “742”挂图作战, not “2020”攻坚
            not YEAR_DIGITS.match(content) and DIGIT_FIGHT_AFTER.match(text[end : end + 10])
        )
        return ("numbered", CONTEXT) if named else None
    if content.isdigit():
        return None  # “12317”: a hotline's or a code's number, longer than a programme's
    if (_a_products_brand(text, end) and len(SEGMENT.findall(content)) < 2) or RATING.search(
        content
    ):
        return None  # “某某”牌小米: a brand; “五星级”党支部: a grade
    if (
        HONOUR_NAME_BEFORE.search(text, max(0, start - 10), start)
        and HONOUR_NAME_END.search(content)
        and not is_numbered(content)
    ):
        # 争创“省级文明村”: a title a village strives for; a numbered standard so striven for
        # is the creation campaign's name (以创建“四好村”为抓手), a title given never is (see
        # CONFERRED_BEFORE)
        return None
    if (
        NICKNAME_ROLE.match(content)
        and not is_numbered(content)
        # “领头雁书记”培养计划: a programme (not “某某书记”的扶贫故事, a story about one)
        and not (CAMPAIGN_AFTER.match(text[end : end + 8]) and text[end : end + 1] != "的")
        and not _qualified_campaign(content, text, end)
    ):
        return None  # 提起“背包书记”某某: what people call a cadre, not a campaign
    if DAY_NAME.search(content):
        return None  # “广东扶贫济困日”活动: the day's name, not a motto
    if is_numbered(content) and not idiom(content) and not named_thing(content):
        return "numbered", STRUCTURE
    parts = [p for p in PART_SPLIT.split(content) if p]
    if _policy_terms(parts, text, end) and not SPOKEN.search(content):
        # “5万元以下、3年期以内、免担保免抵押…”政策: a policy's terms, its sums and all
        return "quoted", CONTEXT
    # a campaign's name may speak in the first person: 开展“我为群众办实事”实践活动
    own_name = named and len(parts) == 1 and len(content) <= MAX_NAME_CHARS
    if (
        (SPOKEN.search(content) and not own_name)
        or (CONNECTIVE.search(content) and not _ending_alike(parts))
        or _uneven(parts)
        or all(EPITHET.match(p) for p in parts)
    ):
        return None
    if len(parts) >= 2 and (
        # “马铃薯、冷凉蔬菜、肉牛”: what is grown (not what is done with it: “…种好茶，…卖好茶”)
        all(PRODUCE_END.search(p) and not _done_with_produce(p) for p in parts)
        or all(RETRIED.match(p) for p in parts)  # “等一等、看一看”: an attitude
        or all(PLACE_EPITHET.match(p) for p in parts)  # “红军的摇篮、将军的故乡”: a nickname
    ):
        return None
    if (
        len(parts) >= 2
        and OPENS_ITS_SENTENCE.match(text[start - 1 : start])
        and SCENE_AFTER.match(text, end)
    ):
        return None  # “晴天一身土，雨天一身泥”，过去的…: a rhyme that sets the scene of a story
    if len(parts) >= 2 and SUM_SAID.search(content) and not TARGET_AFTER.match(text, end):
        # "每月1500元，比在外打工还强": a sum in a clause is said, not a motto (unless the text
        # calls it one: “户均一圈羊、人均增千元”的目标)
        return None
    if (
        len(parts) >= 2
        and all(DESCRIBED.match(p) for p in parts)
        and PAST_PICTURED.search(text, max(0, start - 48), start)
    ):
        return None  # 三年前…“住的是土坯房，喝的是望天水”: how people lived, not a motto
    if (
        len(parts) >= 2
        and all(
            ROLE_END.search(p) and len(p) <= MAX_ROLE_CHARS and not ROLE_CLAUSE.search(p)
            for p in LIST_WORDS.split(content)
            if p
        )
        and not all(ONE_LEADS_ANOTHER.match(p) for p in parts)
        and not (  # “党员联户、干部帮户”活动, 推行“党员联户、干部包户”: the deeds it sets
            (ACTIVITY_AFTER.match(text, end) and all(DEED_OF_A_ROLE.match(p) for p in parts))
            or (
                CAMPAIGN_BEFORE.search(text, max(0, start - 8), start)
                and all(DEED_DONE.match(p) for p in parts)
            )
        )
    ):
        return None  # a list of the people who take part, not a motto
    if len(parts) >= 2 and (all(PART.match(p) for p in parts) or _framed_alike(parts)):
        return "quoted", STRUCTURE
    if (
        len(parts) >= 3
        and all(len(p) == 1 and HAN_ONLY.match(p) for p in parts)
        and not MINDSET_AFTER.match(text, end)
    ):
        return "quoted", STRUCTURE  # “精、严、细、实”: a motto of single-character virtues
    if len(parts) == 1 and len(content) <= MAX_NAME_CHARS and ORDINAL.search(content):
        # “一号工程”: an ordinal names a campaign only with a campaign's ending, and not inside
        # a speaker's words, where ‘第一责任’ and ‘一号工程’ are a turn of phrase
        return ("quoted", NAME) if CAMPAIGN_END.search(content) and outer else None
    if len(parts) == 1 and (
        CHAIN_MOTTO.match(content)
        or ONE_FOR_ONE.match(content)
        or EVERY_UNIT.match(content)
        or LENT_AND_RETURNED.match(content)
        or NOT_UNTIL.match(content)
    ):
        return "quoted", STRUCTURE
    before = text[max(0, start - 10) : start]
    if (
        len(parts) == 1
        and HONOUR_NAME_BEFORE.search(before)
        and HONOUR_NAME_END.search(content)
        and not is_numbered(content)
    ):
        return None  # 争创“某某示范村”: an honour a village strives for, not a motto
    if len(parts) == 1 and CHANGE_BEFORE.search(before[-1:]) and CHANGE_TO_AFTER.match(text, end):
        return None  # 变“单打独斗”为“抱团发展”: a state changed from or to
    if (
        len(parts) == 1
        and MAX_NAME_CHARS < len(content) <= MAX_CAMPAIGN_NAME_CHARS
        and LONG_CAMPAIGN_END.search(content)
        and not re.search(r"\d", content)
        and CAMPAIGN_BEFORE.search(before[-12:])
    ):
        return "quoted", NAME  # 实施“某某队伍整体优化提升行动”: a campaign's full name
    if len(parts) == 1 and len(content) <= MAX_NAME_CHARS:
        kind = "numbered" if numeral_led(content) else "quoted"
        if canonical(content) in lexicon():
            return kind, LEXICON
        if (
            CAMPAIGN_END.search(content)
            or _named_gathering(content)
            or MODEL_NAME.match(content)
            or _place_model(content)
            or DAYS_CAMPAIGN.match(content)
        ):
            return kind, NAME
        if (
            numeral_led(content)
            and not COUNTED_THING.match(content[1])
            and not jieba_dictionary.is_word(content)
        ):
            return kind, STRUCTURE  # “六有”, “三清”: a numbered requirement
        if named and (
            numeral_led(content)
            or not jieba_dictionary.is_word(content)
            or _word_named_by_its_kind(content, text, end)
        ):
            if (
                len(content) >= MIN_KIND_OF_PLACE_CHARS
                and HONOUR_NAME_END.search(content)
                and not TO_A_PLACE_END.search(content)
                and not WHERE_THE_WORK_IS.search(content)
            ):
                return None  # “某某生态示范村”: a kind of village or household, not a motto
            # a common word in scare quotes ("领头羊", "短板") is a metaphor, not a name
            return kind, CONTEXT
    return None


SYSTEM_NAME = re.compile(
    r"^[\u4e00-\u9fff]{1,2}制$"
)  # 积分制, 坐班制 (not 党员积分制, a programme)
MAX_CAMPAIGN_NAME_CHARS = 20  # a campaign's full name, led by its verb (实施“…提升行动”)
# ... a campaign's, not a project's or a national programme's ("…巩固提升工程", "…改善计划")
LONG_CAMPAIGN_END = re.compile(r"(行动|行动计划|活动|大会战|会战|攻坚战|战役)$")


# A programme's own kind written right after the quote: “领头雁”工程, “红黑榜”制度. A word of
# the dictionary so set is the programme's name, not a metaphor in scare quotes; two characters
# before a work's kind (“硬化”工程, “变身”工程) still say what the work does.
NAME_GIVING_KIND = re.compile(r"工程|计划|行动|活动|制度|工作法")
MIN_WORD_NAME_CHARS = 3
# ... but a campaign's own kind names even a two-character word: “清零”行动, “春风”行动,
# 打好“清零”攻坚战; a work's kind after it still says what the work does.
CAMPAIGN_KIND = re.compile(r"(专项)?行动|攻坚战|计划")  # not 活动: “走访”活动 is what is done


# An honour conferred on a household, a person or a village, not a campaign's words; a grade
# of stars given to a branch (“星级党支部”评定) is one too, once it is the grading's.
HONOUR_TITLE = re.compile(
    rf"^(最美|十佳|[{NUMERAL}]+星级?|星级)|(家庭|文明户|光荣户|示范户|红旗手|标兵|能手|模范|之星)$"
)
# “某某”牌小米, “某某”茶叶品牌, 区域公用品牌: a product's brand (a party-building brand, 党建品牌,
# is the work's own name).
BRAND_AFTER = re.compile(r"牌(?!子)|(?P<kind>[^\W\d的等这一]{0,6})品牌")
# ... but the work's own brands: 党建工作品牌, 扶贫品牌, 服务品牌
WORKS_BRAND = re.compile(
    r"党|黨|扶贫|扶貧|帮扶|幫扶|振兴|振興|服务|服務|工作|治理|志愿|组织|組織|红色|紅色"
)


def numbered_lexicon_in(content: str) -> bool:
    """Whether a national numbered formula (两不愁三保障) is part of a quotation."""
    known = numbered_lexicon()
    return bool(known and known.search(content))


def pole_of_a_change(text: str, start: int, end: int) -> bool:
    """Whether a quote is where a change starts or ends: 从“…”向“…”转变, 由“…”到“…”."""
    return bool(
        CHANGE_BEFORE.search(text[max(0, start - 1) : start])
        and (CHANGE_TO_AFTER.match(text, end) or CHANGE_AFTER.match(text[end : end + 2]))
    )


def _party_brand(text: str, end: int) -> bool:
    """“某某”党建品牌: the name the party's work gives itself (not a product's or a craft's
    brand the work promotes, “某某”非遗扶贫品牌)."""
    m = BRAND_AFTER.match(text, BRAND_LIST_TAIL.match(text, _after_sibling_quotes(text, end)).end())
    return bool(
        m and m["kind"] and PARTY_BRAND.search(m["kind"]) and not PRODUCE_BRAND.search(m["kind"])
    )


def _a_products_brand(text: str, end: int) -> bool:
    m = BRAND_AFTER.match(text, end)
    # (a tourism brand is a product's, red or of service: 红色旅游品牌, 文旅服务品牌)
    return bool(m) and not (
        m["kind"] and WORKS_BRAND.search(m["kind"]) and not re.search("旅", m["kind"])
    )


RATING = re.compile(rf"^[{NUMERAL}]+(星级?|级)$")  # “五星级”: a grade; “三级”责任体系: its tiers
HONOUR_PART = re.compile(r"^(好|最美|十佳|优秀)[\u4e00-\u9fff]{1,4}$")
CHOSEN_AFTER = re.compile(r"评选|评比")  # not 评定, which grades by a standard
HONOUR_CHOSEN_AFTER = re.compile(
    r"(挂牌|授牌)?(评选|评比|创评|评定|寻访|推选|选树|遴选)|称号|\d+名|授牌|挂牌"
)
# The quotations listed after a quotation: "“文明家庭”“好婆婆好媳妇”评选", "“某某”、“某某”等".
SIBLING_QUOTE = re.compile(r"(?:[、，,和及与]?[“\"「][^“”\"「」\n]{1,12}[”\"」])+(等)?")


def _after_sibling_quotes(text: str, end: int) -> int:
    """Where the words after a list of quotations start, the quotation at `end` among them."""
    m = SIBLING_QUOTE.match(text, end)
    return m.end() if m else end


DAY_OF_THE_YEAR = re.compile(r"^(1[0-2]|0?[1-9])[·・.](3[01]|[12]\d|0?[1-9])$")
# ... or its month and day in two numerals, a festival's: “七一”, “八一”, “五四”, “三八”
HOLIDAY = re.compile(r"^(三八|五一|五四|六一|七一|八一|十一)$")
# A question in quotes ends in its mark and asks: “…，能不能搬回家门口？” (no reader's slogan
# of any set ends in one), unless it names a discussion held: “我为脱贫做什么？”大讨论活动.
ASKED = re.compile(r"[?？]\s*[”\"」』]$")
DISCUSSION_AFTER = re.compile(r"(大|专题)?讨论")
# A campaign of a number of days: “冲刺90天”, “百日攻坚”, “决战100天” (not a crew's “奋战30天”,
# told of the work done).
DAYS_CAMPAIGN = re.compile(
    rf"^((攻坚)?(冲刺|决战|决胜|攻坚|会战|大干)[\d{NUMERAL}]+[天日]"
    rf"|[\d{NUMERAL}]+[天日](攻坚|冲刺|会战|大会战|行动|决战|攻坚战))$"
)
PARTY_BRAND = re.compile(r"党(?!参)|黨(?!參)")  # (党参, a root, names a product)
PRODUCE_BRAND = re.compile(r"产业|产品|农产")  # “某某”等一批党建扶贫产业品牌: what is sold
# ... last of a list of them, or with 的 between: “红色管家”“先锋驿站”等一批党建品牌
BRAND_LIST_TAIL = re.compile(r"(等一批|等一系列|等\d+个|等|一批|的)?")
# A numbered name of a programme by what it does: “双百”培育计划, “三联”帮扶工程.
NUMBERED_PROGRAMME_AFTER = re.compile(r"[\u4e00-\u9fff]{2,4}(计划|工程|行动)")
# A practice the work fights: 坚决破除“…”, 防止“…”“…”, “…”现象, 对“…”“…”零容忍.
# A place's plight so quoted is its picture: 立足“有山无地、有水无渠”的实际 (县情, 现状).
HARDSHIP_AFTER = re.compile(
    r"的(老)?(难题|困境|窘境|尴尬|困扰|老大难|难处|苦恼|窘况"
    # ... not what is done in fact: “…”的实际行动, 实际成效, 实际要求
    r"|(客观|特殊|基本)?(实际(?![行成要需举工效体作运检])|现状|县情|乡情|镇情|村情))"
)
SCRIPTURE_READ = re.compile(r"(?<!合)[念唱][好活准响真]?[\u4e00-\u9fff]{0,6}$")
# (within the quote's sentence; 针对 alone addresses a problem, whoever's it is)
FAULT_FOUND_BEFORE = re.compile(r"(存在|个别|部分|少数|有的)[^。；;！？]*$")
FAULT_REACH = 24
PROBLEM_AFTER = re.compile(r"等?的?(问题|顾虑|担忧|短板|弊端|倾向|毛病|通病)")
FOUGHT_AFTER = re.compile(r"(零容忍|歪风|顽疾)")  # not 现象: "出现了“能人回乡”现象"
# A phenomenon said to persist or to fade is a behaviour the work fights: “…，…”的现象仍有发生,
# 明显减少 (a phenomenon that appeared, "出现了“…”的现象", may be the work's own).
PHENOMENON_FADING = re.compile(
    r"的?现象[^，。；,;“”]{0,3}"
    # (not a phenomenon that grows: “…”的现象还在不断增多)
    r"((仍|依然|依旧|还)然?(有发生|时有发生|存在|不同程度|(很|较为?|比较|十分|相当)?(严重|突出|普遍|多))"
    r"|时有|屡有|屡见|屡禁不止"
    r"|(明显|大大|大幅|逐步|有所)?减少|越来越少|少了|不见了?|消失|一去不复返|不复存在|成为历史"
    r"|绝迹|杜绝|得到(有效|根本)?(遏制|扭转|纠正)|(基本|彻底|根本)?(改变|扭转|根治))"
)
QUOTES_BEFORE = re.compile(r"(?:[“\"「][^“”\"「」\n]{1,12}[”\"」][、，,和及与]?)+$")


def _guarded_against(text: str, start: int, end: int) -> bool:
    """Whether the quotation at [start, end) names what the work fights, it and the quotations
    listed beside it: 坚决防止“数字脱贫”“被脱贫”, 破除“干部干、群众看”现象."""
    before = _before_sibling_quotes(text, start)
    return bool(
        PREVENTED_BEFORE.search(before[-4:])
        or FOUGHT_AFTER.match(text, _after_sibling_quotes(text, end))
        or PHENOMENON_FADING.match(text, _after_sibling_quotes(text, end))
    )


# A fault some are criticised for, in clauses, in a list of problems: 存在…问题：有的…对党建工作
# “说起来重要、干起来次要” (a name so quoted, 有的…没有把…当作“头号工程”, is still the name; what
# some villages did well, 有的村走出了“…、…”的路子, is a motto).
FAULT_OF_SOME = re.compile(r"有的[^，。；;“”]{1,24}$")
PROBLEMS_BEFORE = re.compile(r"问题|不足|短板|差距|弱项|不到位|不够|不强|不实|软弱|涣散|漂浮")
PROBLEMS_REACH = 60


def _fault_of_some(text: str, start: int) -> bool:
    some = FAULT_OF_SOME.search(text, max(0, start - 30), start)
    return bool(some) and bool(
        PROBLEMS_BEFORE.search(text, max(0, some.start() - PROBLEMS_REACH), some.start())
    )


# An honour conferred, on the quote or on the list it ends: 被评为“全省先进基层党组织”
# “五星级党组织”, 荣获“某某奖”. (争创 and 创建 also name a campaign: see HONOUR_NAME_BEFORE.)
TITLE_KIND_AFTER = re.compile(r"(文明)?(家庭|户|标兵|能手|之星|党支部|支部|党组织|集体|村)")
CONFERRED_BEFORE = re.compile(
    # with a qualifier between: 获评省级“…”
    r"(评为|评选为|评定为|评出|评选出|荣获|获评|授予|命名为)[^，。；,;“”\d]{0,4}$|评选$"
)


MEDAL_AFTER = re.compile(r"(荣誉|纪念)*奖?章|勋章|荣誉证书|奖牌")
SELECTED_BEFORE = re.compile(r"(入选|入围)[^，。；,;“”\d]{0,4}$")
LIST_AFTER = re.compile(r"(榜单|名单|名录|称号)")


def conferred(text: str, start: int, end: int) -> bool:
    """Whether the quote at [start, end), alone or ending a list of quotes, is a title given;
    not a campaign's name that opens the title ("评出“四好”文明家庭", "被评为“五兴”标兵")."""
    if TITLE_KIND_AFTER.match(text, end):
        return False
    if MEDAL_AFTER.match(text, end):
        return True  # 颁发“光荣在党50年”纪念章: the medal's words, given
    if SELECTED_BEFORE.search(text, max(0, start - 8), start) and LIST_AFTER.match(text, end):
        return True  # 入选“某某好人·身边好人”榜单 (a campaign's list of products is its name)
    return bool(CONFERRED_BEFORE.search(_before_sibling_quotes(text, start)))


def _before_sibling_quotes(text: str, start: int) -> str:
    """The text before a quotation and the quotations listed right before it."""
    before = text[max(0, start - 60) : start]
    siblings = QUOTES_BEFORE.search(before)
    return before[: siblings.start()] if siblings else before


# A speaker named with a verb of saying in the sentence before a quoted sentence of its own
SPEAKER_BEFORE = re.compile(r"(介绍|说|表示|坦言|告诉记者|感慨|谈到)[:：,，]")
SPEAKER_SENTENCE_CHARS = 80


def _speech_goes_on(text: str, start: int, end: int, content: str) -> bool:
    """A quoted whole sentence in a speaker's voice right after a sentence in which someone is
    said to speak: what they went on to say, unless it is a motto of the party's work."""
    if text[end - 2 : end - 1] not in ("。", "！") or not PART_SPLIT.search(content):
        return False
    before = text[max(0, start - SPEAKER_SENTENCE_CHARS) : start]
    if not before.endswith(("。", "！", "？")):
        return False
    said = SENTENCE_END.split(before[:-1])[-1]
    return (
        bool(SPEAKER_BEFORE.search(said))
        and bool(SPOKEN.search(content) or SPEAKERS_OWN_WORDS.search(content))
        and not _party_motto(content)
    )


# What a sentence does with a motto it quotes: holds to it, sets it, calls for it.
MOTTO_TAKEN_UP_BEFORE = re.compile(
    r"(坚持|做到|实现|推行|开展|实施|落实|围绕|按照|实行|树立|倡导|践行|提出|喊出|号召|口号|理念|要求"
    r"|原则|目标|宗旨|思路|机制|模式|形成)[^，。；,;“”]{0,4}$"
)
# The words a speaker's statement has and a motto's terse parts have not: "村里的能人，大多数
# 都是党员", "一年到头忙，手里还是没有几个钱".
STATEMENT_WORDS = re.compile(r"的|是|都|还|也|就|才|没有|大多|光靠|光凭")


def _said_in_its_sentence(text: str, start: int, end: int, content: str) -> bool:
    """A quoted pair of clauses that closes a sentence in which someone is said to speak, and
    that the sentence does not take up as a motto: "某某介绍，镇里…，“村里的致富带头人，大多数
    都是党员”。", "某某说，他家过去…，“一年到头忙，手里还是没有几个钱”。"."""
    closes = text[end : end + 1] in ("。", "！") or text[end - 2 : end - 1] in ("。", "！")
    if not closes or not PART_SPLIT.search(content):
        return False
    before = text[max(0, start - SPEAKER_SENTENCE_CHARS) : start]
    sentence = SENTENCE_END.split(before)[-1]
    parts = [p for p in PART_SPLIT.split(content) if p]
    return (
        bool(SPEAKER_BEFORE.search(sentence))
        and len({len(p) for p in parts}) > 1  # a motto's parts are cut alike
        and bool(STATEMENT_WORDS.search(content))  # “给钱给物，不如建个好支部” has none
        and not MOTTO_TAKEN_UP_BEFORE.search(before)
        and not _party_motto(content)
        and not all(canonical(p) in lexicon() for p in parts)
    )


# What a speaker's own sentence has besides the particles and pronouns of speech (SPOKEN) and a
# motto has not: everyone, a feeling, a condition, a result: "大家心里踏实", "穷根才能拔得掉";
# “支部建在产业上，党员聚在产业中” has none.
SPEAKERS_OWN_WORDS = re.compile(r"大家|心里|才能|才会|得[掉了到住]")


# The words on a thank-you pennant or letter, quoted after what they are written on (a plaque
# may be a sign: 墙上的牌匾写着“…” is a motto)
WRITTEN_ON_GIFT = re.compile(
    r"(锦旗|感谢信)[，,]?(上面|上边|上|正面)?(写着|写有|写上了?|绣着|绣有|印着|上书)[:：]?$"
)


# An entry of a diary or a notebook, quoted after it: "日记里有一天写着“…”", "笔记本上记着“…”"
# (its words are the writer's, as a speaker's are); what a wall or a board says is a sign's.
WRITTEN_IN_RECORD = re.compile(
    r"(日记|笔记|笔记本|本子|日志|记录本|一天|那天|一页|扉页)[^，,。；;“”]{0,4}"
    r"(写着|写道|写下了?|记着|记录着|记下了?)[:：]?$"
)


def nicknamed(text: str, start: int, end: int) -> bool:
    """Whether the quote at start..end is what people call a place or a person (人称“五无乡”,
    被誉为“…”), not a way of working it is known by (被称为“某县模式”)."""
    content = text[start + 1 : end - 1]
    return bool(NICKNAME_BEFORE.search(text, max(0, start - NICKNAME_REACH), start)) and not (
        MODEL_NAME.match(content) or _place_model(content)
    )


def _words_of_a_gift_or_a_diary(text: str, start: int) -> bool:
    before = text[max(0, start - 14) : start]
    return bool(WRITTEN_ON_GIFT.search(before) or WRITTEN_IN_RECORD.search(before))


# A name people give: "人称“五无乡”", "被誉为“…”", "素有“…”之称".
NICKNAME_BEFORE = re.compile(
    r"(人称|号称|被称为|被誉为|誉为|称之为|人们称|俗称|素有"
    # what the people of a place call it: "被当地群众称为“九分石头一分土”"
    r"|被[\u4e00-\u9fff]{0,6}(?<!简)(称为|称作|叫作|叫做)|(群众|百姓|村民|老乡|当地人)(都)?(称|叫)(它|其)?(为|作|做)?"
    # what the people call a thing of theirs: "村民们把这种会叫作“…”", "群众管它叫“…”" (not
    # what a county's office names its own programme: "县里把这项工作称为“…”工程")
    r"|(群众|村民|百姓|老乡|乡亲|当地人)们?(都|就)?把[\u4e00-\u9fff]{1,10}(称为|称作|叫作|叫做|叫成)"
    r"|管[\u4e00-\u9fff]{1,10}叫(作|做)?)$"
)
NICKNAME_REACH = 18
# What the words before a quote guard against, whatever follows it.
PREVENTED_BEFORE = re.compile(
    r"(杜绝|反对|防止|避免|克服|摒弃|严禁|禁止|纠正|破除|根除|纠治|防范|遏制|严防|力戒)了?$"
)
# A practice criticised, not a programme: 杜绝“豆腐渣”工程, 不搞“大锅饭”制度.
CRITICISED_BEFORE = re.compile(
    r"(杜绝|反对|防止|避免|克服|摒弃|消除|严禁|禁止|拒绝|整治|不|别|不能|不要|不再)搞?$"
)


def _word_named_by_its_kind(content: str, text: str, end: int) -> bool:
    if len(content) < MIN_WORD_NAME_CHARS:
        return bool(CAMPAIGN_KIND.match(text, end))
    return bool(NAME_GIVING_KIND.match(text, end) or CAMPAIGN_KIND.match(text, end))


# What names a quoted list as a policy's or a rule's terms, right after it
TERMS_NAMED_AFTER = re.compile(r"(的)?(政策|要求|标准|原则|办法|方针|规定)")
MIN_TERMS, MAX_TERM_CHARS = 3, 12


def _policy_terms(parts: list[str], text: str, end: int) -> bool:
    """A quoted list of three or more short terms that the words after it call a policy's, a
    rule's or a standard's: its parts may hold sums and differ in length."""
    return (
        len(parts) >= MIN_TERMS
        and all(len(p) <= MAX_TERM_CHARS for p in parts)
        and bool(TERMS_NAMED_AFTER.match(text, end))
    )


def _qualified_campaign(content: str, text: str, end: int) -> bool:
    """“某某”驻村工作: a campaign's name, then what it does and the kind of thing it is."""
    return bool(
        CAMPAIGN_AFTER_QUALIFIED.match(text, end, end + 10)
        and not numeral_led(content)
        and not counts_things(content)
        and not DESIGNATION.search(content)
        and not PAIRING.match(content)
    )


# A motto of many parts framed alike ("有场地、有制度、有队伍、…", "把甲培养成乙、把乙培养成甲、
# 把…培养成丙") may run longer, in all and in each part, than a name or a short motto.
MIN_FRAMED_PARTS = 3
MAX_FRAMED_CHARS = 80
FRAMED_PART = re.compile(r"^[\u4e00-\u9fff()（）0-9]{2,20}$")


def _framed_alike(parts: list[str]) -> bool:
    """Parts that all open with the same word (把, 有, 一家一户): one motto's parallel clauses."""
    return (
        len(parts) >= MIN_FRAMED_PARTS
        and len({p[0] for p in parts}) == 1
        and all(FRAMED_PART.match(p) for p in parts)
    )


def _longest_for(content: str) -> int:
    parts = [p for p in PART_SPLIT.split(content) if p]
    return MAX_FRAMED_CHARS if _framed_alike(parts) else MAX_SLOGAN_CHARS


def _ending_alike(parts: list[str]) -> bool:
    """Parallel parts that end in the same words: "脱贫攻坚到哪里，党建工作就跟进到哪里"."""
    return len(parts) >= 2 and len({p[-3:] for p in parts}) == 1 and len(parts[0]) >= 3


MOTTO_PART_CHARS = 6
MIN_MOTTO_PARTS = 4
CALLED_A_SLOGAN = re.compile(
    r"的?(口号|标语)"
    # what a place's people are said to have shouted: "“…”，这是某某人喊出的心声"
    r"|[，,]这是[^。！？，,]{1,16}喊出(的|来的)"
)
PAST_DESCRIBED = re.compile(
    r"曾是|曾经是|曾被称为|曾被叫作|过去是|昔日是"
    # "十多年前这里还是“…”的穷山窝"
    r"|(年前|以前|过去|当年)[^，,。；;]{0,6}?(还|都|仍)是"
)
PAST_SENTENCE_CHARS = 40


def _rhyme_of_a_past(text: str, start: int) -> bool:
    """Whether the quote goes on at once from what its sentence said a place was: "曾是…的
    “穷山村”，“…”"; not after a clause that turns to now ("曾是贫困村，如今“…”")."""
    said = SENTENCE_END.split(text[max(0, start - PAST_SENTENCE_CHARS) : start])[-1]
    ends = [m.end() for m in PAST_DESCRIBED.finditer(said)]
    if not ends:
        return False
    between = said[ends[-1] :]
    return not re.search(r"[，,；;]", between.rstrip("，, "))


# A sentence that tells of the past and has not turned to now when the quote comes: "某村地处…，
# 过去群众种植分散，“一家一户干不起来，…”".
PAST_OPENS = re.compile(
    r"(^|[，,])[\u4e00-\u9fff]{0,4}?(过去|(?<![年月日底])以前|从前|原来|原先|早些年|前些年|那时候?"
    r"|当年(?![就即便])"
    r"|当时(?!起)|刚(来|搬来|到|进村)(的)?时(候)?)"
    r"(?![起来])"
)  # "她家过去靠种玉米过日子，“…”"; not "从那时起", "年底以前", "当年就推行"
TURN_TO_NOW = re.compile(r"如今|现在|目前|近年|这几年|后来|自从|今年|去年|以来|变成|变为|成为|转变")


def _told_of_the_past(text: str, start: int) -> bool:
    said = SENTENCE_END.split(text[max(0, start - PAST_SENTENCE_CHARS) : start])[-1]
    opens = PAST_OPENS.search(said)
    return bool(opens) and not TURN_TO_NOW.search(said[opens.end() :])


# A numbered formula's name right after the quote that spells out its parts.
NUMBERED_NAME_AFTER = re.compile(r"的[“\"](?P<name>[^”\"]{2,8})[”\"]")


def _party_motto(content: str) -> bool:
    """Four or more short parts of one length on the party's work, as a motto is cut, with no
    speaker's words: “产业兴，靠支部；百姓富，靠党员”; a villager's “跟着支部干，心里有底” is
    speech."""
    parts = [p for p in PART_SPLIT.split(content) if p]
    return (
        len(parts) >= MIN_MOTTO_PARTS
        and len({len(p) for p in parts}) == 1
        and all(PART.match(p) and len(p) <= MOTTO_PART_CHARS for p in parts)
        and bool(PARTY_WORK.search(content))
        and not _uneven(parts)
        and not SPOKEN.search(content)
        and not RECOLLECTION.match(content)
    )


def _uneven(parts: list[str]) -> bool:
    """Parts of a sentence rather than of a motto; parts framed alike ("到边疆去、到山区去、
    到群众最需要的地方去") are a motto's, whatever their lengths."""
    if len(parts) < 2 or len({p[0] for p in parts}) == 1 or len({p[-1] for p in parts}) == 1:
        return False
    lengths = [len(p) for p in parts]
    return max(lengths) >= LONG_PART and max(lengths) - min(lengths) > LENGTH_SPREAD


def _spoken_context(text: str, start: int, end: int) -> bool:
    """A speaker and a verb of saying next to the quotation."""
    return bool(
        SPEECH_BEFORE.search(text[max(0, start - 8) : start])
        or SPEECH_AFTER.match(text[end : end + 30])
    )


# What a branch does with its produce is no list of crops: “党员带头种好茶，支部牵头卖好茶”.
DONE_WITH_PRODUCE = re.compile(r"[种卖养销收带领]")
PRODUCE_NAME_CHARS = 4  # "种猪", "冷凉蔬菜": a name; "党员带头种好茶": what is done


def _done_with_produce(part: str) -> bool:
    """A part that says what is done with a produce, not the produce's name."""
    return len(part) > PRODUCE_NAME_CHARS and bool(DONE_WITH_PRODUCE.search(part))


# “等、靠、要”的思想: a label of a mindset to overcome, not a motto to follow.
# A quoted sentence that opens in the past is someone's memory, not a motto.
RECOLLECTION = re.compile(r"^(那时候?|那会儿|过去|以前|当年|原来|从前|早些年|前些年)")
# A view or a habit named by what its holders think: “…”的思想, “…”的想法, “…”的心态.
HELD_VIEW_AFTER = re.compile(r"的(落后|消极|错误|陈旧)?(思想|想法|心态|念头|心理|观念|现象|倾向)")
HELD_BEFORE = re.compile(
    r"(有|存在|抱有|怀有|产生|克服|消除|摒弃|打消|转变|破除|改变|纠正|防止|杜绝)[^，。；,;“”]{0,4}$"
)
MINDSET_AFTER = re.compile(
    r"的?(落后|消极|错误)?(思想|心理|观念|习惯|意识|现象|倾向|问题)"
    # the things a sentence counts after naming them: “人、地、钱”三件事
    rf"|[{NUMERAL}]+(件事|个方面|样东西?|类|级)"  # “县、乡、村、组”四级: the levels counted
)
# A rhyme or a line of verse quoted to open a story, its next words going back in time or
# into the scene: "“…，…”，85年前，红军…", "“…”，如今的某村…", "“…”，一路上…", "“…”，这曾是…".
OPENS_ITS_SENTENCE = re.compile(r"^$|^[\n。！？!?]$")
SCENE_AFTER = re.compile(
    rf"[，,]\s*(?:(?:\d+|[{NUMERAL}几]+)多?年前|如今|过去(?![一两几]?年)|昔日|曾经|当年|那时|一路上?(?!走来)"
    r"|走进|来到"
    r"|这(?:曾|就|正|便)?是[^，。；！？]{0,16}(?:写照|景象|画面))"
)
# A question in quotation marks (“发展什么、如何发展”) asks; a slogan tells.
QUESTION = re.compile(
    r"什么|怎么|如何|哪|谁|为何|多少|吗|呢|能不能|是不是|要不要|有没有|行不行|会不会"
)
# One pole of a change (由“大水漫灌”到“精准滴灌”, 从“要我脱贫”向…转变) describes a state.
CHANGE_BEFORE = re.compile(r"(从|由|到|向|变|为|成)$")
CHANGE_AFTER = re.compile(r"^(到|向|转变|转向|变为|变成|式)")
CHANGE_TO_AFTER = re.compile(r"[为到向成]")  # 变“…”为…: used with .match at the quote's end
# An honour or a role, not a slogan: “中国好人”, “脱贫攻坚先进集体”, “第一责任人”.
DESIGNATION = re.compile(r"(人|者|员|集体|标兵|模范|楷模|之星|能手|状元|奖|称号)$")
HONOUR_BEFORE = re.compile(
    r"(评为|评选为|荣获|获得|授予|获评|当选|誉为|称为|被称)[^，。；,;“”]{0,4}$"
)
CANDIDATE_CHARS = (4, MAX_NAME_CHARS)


def corpus_candidate(text: str, start: int, end: int) -> bool:
    """Whether an unrecognised quotation could be a slogan if other places quote it too.

    A name of four to twelve Han characters that ends in a verb, as mechanisms and mottos do,
    and is not a dictionary word (a metaphor or an idiom in scare quotes), not speech, not a
    question, not an honour or a role (“中国好人”, “第一责任人”). The corpus pass keeps it only
    when stories from two or more places quote it.
    """
    content = text[start + 1 : end - 1]
    return (
        CANDIDATE_CHARS[0] <= len(content) <= CANDIDATE_CHARS[1]
        and HAN_ONLY.match(content) is not None
        and name_like(content)
        and not ORDINAL.search(content)
        and not DESIGNATION.search(content)
        and not QUESTION.search(content)
        and not CHANGE_BEFORE.search(text[max(0, start - 1) : start])
        and not CHANGE_AFTER.match(text[end : end + 2])
        and not HONOUR_BEFORE.search(text[max(0, start - 10) : start])
        and not _guarded_against(text, start, end)
        and not _spoken_context(text, start, end)
        and not jieba_dictionary.is_word(content)
        and verb_headed(content)
    )


HAN_ONLY = re.compile(r"^[\u4e00-\u9fff]+$")
LIST_WORDS = re.compile(r"[、,，;；\s和及与]+")


def metaphor_word(content: str) -> bool:
    """A common word in scare quotes (“输血”, “造血”) beside a name in a list stays a metaphor."""
    return jieba_dictionary.is_word(content) and not numeral_led(content)


def numeral_led(content: str) -> bool:
    """“三基”, “双包”: a numeral and one word, the shortest numbered formulas."""
    return len(content) == 2 and content[0] in NUMERAL
