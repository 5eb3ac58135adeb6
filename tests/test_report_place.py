"""The place a whole report is about, when its story is one township's or one village's.

Invented reports; the places are real divisions of the gazetteer, far from the seeds and dev.
"""

from __future__ import annotations

from test_figures import figures  # noqa: F401 -- the analyse helper's module sets up the path

from helpers.engine.pipeline import analyse
from helpers.extract.places import locate
from helpers.extract.records import ManifestRow
from helpers.extract.text.clean import normalize


def report_of(text: str):
    return analyse("r", normalize(text), ManifestRow("r", "r.txt", "", "utf-8", "ok", "", 0)).report


def place(text: str) -> tuple[str, str]:
    report = report_of(text)
    return report.county, report.township


def test_a_county_report_opening_with_one_townships_anecdote_stays_at_the_county():
    # the township is named once, in the lead's anecdote; the text speaks of the whole county
    text = (
        "党建引领脱贫攻坚\n"
        "“现在家门口就能打工，一个月能挣三千元。”三井镇新华村村民李大姐高兴地说。"
        "这只是岢岚县抓党建促脱贫的一个缩影。\n"
        "岢岚县是国家扶贫开发重点县。近年来，全县坚持党建引领，全县贫困发生率明显下降。"
        "全县各村都建立了合作社。\n"
    )
    assert place(text) == ("岢岚县", "")


def test_a_report_about_the_township_keeps_it():
    # the township is the subject and the text speaks of the whole township
    text = (
        "抓党建促脱贫\n"
        "今年以来，岢岚县三井镇充分发挥党建作用，积极围绕扶贫抓党建，取得明显成效。\n"
        "全镇各村党支部带头领办合作社，全镇贫困户全部落实帮扶措施。\n"
    )
    assert place(text) == ("岢岚县", "三井镇")


def test_a_headline_naming_the_county_alone_keeps_a_village_story_at_the_county():
    # 阳坪村 (a village of the gazetteer in 阳坪乡) is named again and again, but the headline
    # speaks for the county
    body = (
        "岢岚县阳坪村是典型的传统农业村，阳坪村党支部带领群众发展产业。"
        "如今阳坪村贫困发生率大幅下降。\n"
    )
    assert place("岢岚县：强化基层党组织 脱贫路上党旗红\n" + body)[1] == ""
    # with a headline that names no place, the village's township is the report's
    assert place("强化基层党组织 脱贫路上党旗红\n" + body)[1] == "阳坪乡"


def test_a_county_report_that_visits_one_village_names_the_county_more_and_stays_there():
    # 阳坪村 lies in 阳坪乡; the report names the county three times and the village twice
    visit = (
        "产业兴 百姓富\n"
        "岢岚县把党建工作融入产业发展，岢岚县各级党组织带头领办产业。\n"
        "在阳坪村，合作社的菌棚一字排开，阳坪村的支部书记介绍了今年的收成。\n"
        "如今，岢岚县的产业链条越拉越长。\n"
    )
    assert place(visit) == ("岢岚县", "")
    # the same village named more often than its county: the village's story, in its township
    story = visit.replace("如今，岢岚县的", "如今，阳坪村的") + "阳坪村的好日子才刚刚开始。\n"
    assert place(story) == ("岢岚县", "阳坪乡")


def test_the_county_written_before_its_village_does_not_outvote_the_village():
    # every mention of the village carries its county; the county alone is named once
    text = (
        "党支部领着干 乡亲们笑开颜\n"
        "在岢岚县阳坪村，合作社的菌棚一字排开。岢岚县阳坪村的支部书记介绍了收成。"
        "岢岚县供销社也来了。\n"
    )
    assert place(text) == ("岢岚县", "阳坪乡")


def test_a_village_the_headline_names_places_the_report_though_the_county_is_named_more():
    text = (
        "阳坪村的菌棚\n"
        "岢岚县把党建工作融入产业发展，岢岚县各级党组织带头领办产业。\n"
        "阳坪村的合作社建起菌棚。如今，岢岚县的产业链条越拉越长。\n"
    )
    assert place(text) == ("岢岚县", "阳坪乡")


def test_a_province_and_county_kicker_before_the_headline_is_cut():
    from helpers.extract.report import _without_place_kicker

    # a national site's locator, space-separated: cut
    assert _without_place_kicker("甘肃和政 党旗插在产业链上") == "党旗插在产业链上"
    # a colon kicker, or a county and its village as the headline's subject: kept
    assert _without_place_kicker("和政县:党旗插在产业链上") == "和政县:党旗插在产业链上"
    assert _without_place_kicker("和政县三合村 党旗插在产业链上") == "和政县三合村 党旗插在产业链上"
    # two words that are no places: kept
    assert _without_place_kicker("扶贫走新路 春雨润山乡") == "扶贫走新路 春雨润山乡"


def test_a_province_report_telling_one_villages_story_stays_at_the_province():
    # the headline and the lead name only the province; the story then visits one village
    text = (
        "山西：党建引领脱贫攻坚\n"
        "近年来，山西各地坚持党建引领，把支部建在产业链上，贫困群众收入稳步增长。\n"
        "在岢岚县阳坪村，党支部带领群众种植沙棘。岢岚县阳坪村的村民说，日子越过越好。\n"
        "岢岚县阳坪村党支部书记说，岢岚县今年还将扩大种植。岢岚县的干部常来阳坪村。\n"
    )
    report = report_of(text)
    assert (report.province, report.county) == ("山西省", "")


def test_a_page_without_headline_whose_lead_names_only_the_province_then_visits_a_village():
    # no headline: the lead speaks of the province, the story then goes to one village
    lead = (
        "近年来，贵州坚持以党建引领乡村振兴，各地把党组织建到合作社里，群众增收的路子越走越宽。\n"
    )
    story = (
        "在贵州省黔东南州雷山县白岩村，党支部书记带领村民种茶。雷山县的干部常到白岩村。\n"
        "雷山县白岩村的茶园连成了片，雷山县还将扩大种植。\n"
    )
    report = report_of(lead + story)
    assert (report.title, report.province, report.county) == ("", "贵州省", "")
    # the same lead over a county as the subject: the county's report
    county = (
        "雷山县地处山区，前些年发展较慢。近年来，雷山县把党建引领作为抓手，全县茶产业增收明显。\n"
        "雷山县委组织部负责人说，雷山县今年还将扩大茶园面积。\n"
    )
    report = report_of(lead + county)
    assert (report.province, report.county) == ("贵州省", "雷山县")


def test_the_visitors_a_local_outlets_headline_names_before_its_own_place_are_not_the_subject():
    # the county's own outlet: a partner city's bureau "came to our county"; the visit goes to
    # the county's townships, which the text names
    text = (
        "浙江省余姚市农业农村局来我县考察东西部协作项目\n"
        "5月8日至9日，浙江省余姚市农业农村局副局长一行来我县考察东西部协作项目，县领导陪同。\n"
        "考察组先后走访了三穗县台烈镇的茶叶基地和八弓镇的食用菌大棚，察看协作产业发展情况。"
        "余姚市将继续支持三穗发展特色产业，三穗县将用好协作资金。\n"
    )
    report = report_of(text)
    assert (report.province, report.county) == ("贵州省", "三穗县")
    # without the visit to "our county", the cooperation still makes the helped county the
    # subject: the helper province the headline names is the one that helps (see the test of
    # a helper province in the headline below)
    text = text.replace("来我县", "赴外地", 2)
    assert report_of(text).province == "贵州省"
    # with no word of cooperation the headline's place is the subject
    text = text.replace("东西部协作", "特色农业").replace("协作", "产业")
    assert report_of(text).province == "浙江省"


def test_a_headline_speaking_for_the_province_keeps_the_report_at_the_province():
    # the subtitle says 我省 and names no place; the body tours one county after another
    text = (
        "山乡巨变的答卷\n"
        "——党的十八大以来我省打赢脱贫攻坚战纪实\n"
        "在岢岚县三井镇，贫困户住进了新房。岢岚县的变化，是山西脱贫攻坚的一个缩影。"
        "岢岚县坚持党建引领，全县贫困发生率大幅下降。\n"
    )
    report = report_of(text)
    assert (report.province, report.county) == ("山西省", "")


def test_the_headline_place_wins_over_a_partner_city_the_body_quotes_more():
    # 三井镇 (岢岚县, 山西) is the headline's; the Shanghai district that helps it is named
    # more often in the body, but the report is about the town it helps
    text = (
        "三井镇新华村：党建引领乡村振兴\n"
        "“多亏了上海闵行区来帮扶，感谢上海闵行区。”村民说。"
        "近年来，上海闵行区对口帮扶岢岚县三井镇新华村，村里发展起了产业，群众增收明显。\n"
    )
    report = report_of(text)
    assert (report.province, report.county) == ("山西省", "岢岚县")


def test_a_headline_after_a_label_or_an_agency_dateline_still_speaks_for_the_province():
    body = (
        "在岢岚县阳坪村，党支部带领群众种植沙棘。岢岚县阳坪村的村民说，日子越过越好。"
        "岢岚县阳坪村党支部书记说，岢岚县今年还将扩大种植。\n"
    )
    # a column's label on the headline's line, a subtitle speaking for 我省
    labelled = "【砥砺十年】大山里的新生活\n大山里的新生活\n——我省十年山乡巨变纪实\n"
    assert report_of(labelled + body).province == "山西省"
    assert report_of(labelled + body).county == ""
    # the agency files from the provincial capital: its city is no place of the story
    dated = (
        "新华社太原5月6日电 题:一线显担当——山西省直机关干部驻村记\n"
        "这几年，山西从省直机关挑选了上千名年轻干部，派到各地的山村里当第一书记，"
        "和村民一起修路、建厂、办合作社。\n"
    )
    report = report_of(dated + body)
    assert (report.province, report.prefecture, report.county) == ("山西省", "", "")


def test_a_headline_naming_the_province_and_one_of_its_villages_is_that_villages_story():
    # 川口村 is a village of the gazetteer in 甘肃 (白银市平川区); the report is its own
    text = (
        "甘肃川口村：一条水渠润民心\n"
        "近年来，甘肃各地坚持党建引领，把支部建在产业链上，贫困群众收入稳步增长。\n"
        "川口村地处白银市平川区，去年修通了水渠，川口村的枸杞长得格外好。\n"
    )
    assert report_of(text).county == "平川区"


def test_a_short_name_shared_by_a_county_and_its_seat_is_the_countys():
    # 灵寿 names both 灵寿县 and its seat, 灵寿镇; the headline's bare 灵寿 is the county
    text = (
        "河北灵寿党建引领果农增收\n"
        "灵寿县地处太行山东麓，近年来坚持党建引领发展林果产业，全县果农收入连年增长。"
        "灵寿县的干部常年驻村，灵寿县各村都建起了果品合作社。\n"
    )
    assert place(text) == ("灵寿县", "")


def test_township_names_shared_across_the_country_are_placed_by_the_county_they_share():
    # 城子镇, 新合镇 and 狮子镇 each name townships of several counties; only 九江县 (360421)
    # has all three, so together they place the report there; as the text names three of its
    # townships alike, it stays at the county
    text = (
        "我区经济薄弱村帮扶见实效\n"
        "近年来，我区坚持党建引领，城子镇、新合镇、狮子镇的经济薄弱村全部建起了合作社，"
        "村集体收入普遍达到10万元以上。\n"
    )
    report = report_of(text)
    assert (report.prefecture, report.county, report.township) == ("九江市", "九江县", "")


def test_divisions_named_by_common_words_need_their_county_beside_them():
    # 产业园 and 胜利 are official names of one division each, far from here; in a text they
    # are an industrial park and a victory
    text = (
        "企业结对帮扶见实效\n"
        "某公司负责人到结对帮扶的平远县走访调研。村里的产业园建起来了，"
        "产业园里种满了茶树。干部群众团结一心，取得了胜利，胜利的喜悦写在脸上。\n"
    )
    report = report_of(text)
    assert (report.province, report.county) == ("广东省", "平远县")


def test_the_township_written_before_the_headlines_village_is_the_reports():
    # the headline names the county and one village (not in the gazetteer); the lead writes
    # its township before it, once, and the text speaks of the county more often
    text = (
        "岢岚县福兴村：合作社里的好日子\n"
        "天还没亮，忻州市岢岚县阳坪乡福兴村村民就来到养殖场。岢岚县推行“三变”改革以来，"
        "岢岚县各村都建起了合作社，岢岚县的干部常来村里。\n"
    )
    assert place(text) == ("岢岚县", "阳坪乡")


def test_an_ethnic_township_by_its_stem_and_a_township_renumbered_with_its_county():
    # 七家岱满族乡 is written 七家岱乡; 平泉县 became 平泉市 and the township took a new code:
    # named only with the prefecture, it is the township of the newer county
    text = (
        "山沟里的致富路\n"
        "初夏时节，河北省承德市七家岱乡的山坡上一片葱绿，村民们在合作社的大棚里忙着采摘。"
        "七家岱乡党委书记说，合作社带动了全乡群众增收。\n"
    )
    assert place(text) == ("平泉市", "七家岱满族乡")


def test_a_township_written_with_its_old_suffix_is_the_township_it_became():
    # 道台桥镇 of 依兰县 written 道台桥乡, as a report from before it became a 镇 would
    text = (
        "山沟里的致富路\n"
        "初夏时节，依兰县道台桥乡的山坡上一片葱绿，村民们在合作社的大棚里忙着采摘。"
        "道台桥乡党委书记说，合作社带动了全乡群众增收。\n"
    )
    assert place(text) == ("依兰县", "道台桥镇")


def test_a_county_by_its_old_name_beside_a_township_of_the_county_it_became_is_one_place():
    # 嫩江县 became 嫩江市 with a new code; 霍龙门镇 is named only under the new one
    text = (
        "嫩江县霍龙门镇：合作社里笑声多\n"
        "初夏时节，嫩江县霍龙门镇的山坡上一片葱绿，村民们在合作社的大棚里忙着采摘。"
        "嫩江县的干部说，合作社带动了全镇群众增收。\n"
    )
    assert place(text) == ("嫩江市", "霍龙门镇")


def test_a_prefecture_opening_the_headline_before_a_quote_places_the_report():
    text = (
        "庆阳“四个抓手”激活乡村产业\n"
        "全市各县区坚持党建引领，苹果、肉羊等产业规模逐年扩大，合作社带动群众增收。\n"
    )
    report = report_of(text)
    assert (report.province, report.prefecture, report.county) == ("甘肃省", "庆阳市", "")


def test_an_east_west_cooperation_report_is_about_the_western_province_it_helps():
    # the eastern province that helps is named as often as the western one
    text = (
        "山海情深：浙江帮扶四川脱贫纪实\n"
        "在东西部扶贫协作中，浙江的企业、社会组织纷纷行动。浙江援建的项目遍布四川各地，"
        "四川的农产品走进了浙江的超市。浙江干部说，四川群众的日子越过越好。\n"
    )
    assert report_of(text).province == "四川省"
    # a report about an eastern province's own poor villages, naming no western one, stays
    text = "江苏：经济薄弱村帮扶见实效\n近年来，江苏各地结对帮扶经济薄弱村，村集体收入普遍提高。\n"
    assert report_of(text).province == "江苏省"


def test_the_city_an_agency_files_from_is_no_place_of_the_story():
    # 兰州 in the dateline on the headline's line is where the agency files from (the text
    # names 兰州市 in full too, so the short name is read as a place); the report is the
    # province's, as its headline and lead say
    text = (
        "新华社兰州6月2日电 题:山沟里来了年轻人——甘肃省直机关干部驻村记\n"
        "这几年，甘肃从省直机关挑选了上千名年轻干部，派到各地的山村里当第一书记，"
        "和村民一起修路、建厂、办合作社。\n"
        "来自兰州市的第一书记带着村民种起了黄花菜。\n"
    )
    report = report_of(text)
    assert (report.province, report.prefecture) == ("甘肃省", "")


def test_a_yearbook_page_is_about_the_place_its_running_head_names():
    # the page names its county only in the book's title: "某某年鉴" is a book of that county
    text = (
        "Page 86 - 宁陕年鉴2019\n"
        "86 宁陕年鉴·2019\n"
        "户均增收1800元,解决了就近务工问题。\n"
        "【驻村帮扶】 这一年里,全县共派出工作队68支、队员204名,走访农户1.2万户次。\n"
    )
    assert report_of(text).county == "宁陕县"


def test_a_forum_threads_chrome_does_not_hide_the_headline_village():
    # a forum's banner and breadcrumb (›) above the thread: the headline still names the township
    text = (
        "平利论坛 - 平利人的网上家园\n"
        "首页 › 平利论坛 › 平利新闻 › 【转帖】长安镇中坝村：党员带头建起茶园\n"
        "[转帖]长安镇中坝村：党员带头建起茶园 [复制链接]\n"
        "网友小李\n"
        "发表于 2017-5-9 13:22 | 只看该作者\n"
        "5月8日，记者在村里看到，新建的茶园里十多位村民正在除草。全村18名党员每人带2户贫困户。\n"
        "网友小李 发表于 2017-5-9 13:40\n"
    )
    report = report_of(text)
    assert (report.title, report.county, report.township) == (
        "长安镇中坝村：党员带头建起茶园",
        "平利县",
        "长安镇",
    )


def test_a_report_on_a_helped_village_is_not_about_the_district_that_helps():
    # the helping district comes before its verb of help, the helped county and village after;
    # the district is named more often, but the report is the village's
    text = (
        "石门村的新茶园\n"
        "——佛山顺德区对口帮扶郁南县石门村见闻\n"
        "走进千官镇石门村，新修的水泥路一直通到山腰的茶园，茶农们正忙着采摘秋茶，"
        "全村贫困户58户都入了合作社。\n"
        "那年3月，佛山市顺德区派出工作队进驻石门村，和村党支部一起制定帮扶计划。"
        "两年来，顺德区共投入帮扶资金500万元，建成茶园300亩。\n"
    )
    report = report_of(text)
    assert (report.prefecture, report.county, report.township) == ("云浮市", "郁南县", "千官镇")


def test_a_county_sending_its_cadres_to_its_own_villages_is_no_helper():
    # "选派…入驻软弱村": the kinds of village it sends them to are its own
    text = (
        "第一书记扎根一线\n"
        "近年来，宁陕县先后选派86名第一书记入驻软弱村、贫困村，奋战在脱贫一线。"
        "全县贫困发生率由2015年的21.4%降到了1.2%。\n"
    )
    assert report_of(text).county == "宁陕县"


def test_a_helper_province_in_the_headline_names_who_helps_not_where():
    # an eastern province's cadres in a western county: the headline names the helper
    text = (
        "浙江援川干部的“羊肚菌账本”\n"
        "从理塘县城出发，沿着山路走两个多小时，才能到达禾尼乡的一个藏族村子。浙川协作以来，"
        "浙江挂职干部和村党支部一起建起羊肚菌基地，贫困户以土地入股，去年每户分红3200元。\n"
        "浙江的援建资金还用于修建村里的冷库。\n"
    )
    report = report_of(text)
    assert (report.province, report.county) == ("四川省", "理塘县")


def test_a_report_told_through_one_village_that_speaks_of_the_whole_province_is_the_provinces():
    # the headline names the province only; the lead is one village's story; the rest speaks
    # of the whole province (全省 three times, no county-wide word)
    text = (
        "18万名干部结对 江西贫困户有了“干部亲戚”\n"
        "宁都县黄陂镇的一位老人，今年多了一门亲戚：县里的一名党员干部每隔半月就来看她，帮她打理茶园。\n"
        "像这样的“干部亲戚”，全省已有18万余名。记者从省委组织部获悉，全省各级机关党员干部与贫困户"
        "结成对子，实现全省建档立卡户结对帮扶无遗漏。\n"
    )
    report = report_of(text)
    assert (report.province, report.prefecture, report.county) == ("江西省", "", "")


def test_a_county_compared_with_the_rest_of_its_province_stays_the_county():
    # 全省 as the field of comparison ("全省第一", "全省唯一") does not speak for the province
    text = (
        "脱贫路上的奋进答卷\n"
        "宁都县是全省贫困面较大的县之一，去年率先实现整县脱贫，在全省首批摘帽，"
        "脱贫成效考核居全省前列。全县抓党建促脱贫，贫困发生率降到了0.5%。\n"
    )
    assert report_of(text).county == "宁都县"


def test_a_helper_named_with_the_region_it_helps_in_one_word_is_the_helper():
    # 援藏: 援 and the short name of the region helped; the headline names both places
    text = (
        "广东援藏干部在林芝：巴宜区一个村子的“藏猪合作社”\n"
        "海拔3000米的巴宜区鲁朗镇，广东援藏干部又一次来到藏猪养殖合作社，贫困户以劳动力入股，"
        "去年每户分红2300元。广东援藏资金150万元用于建设养殖基地。\n"
    )
    report = report_of(text)
    assert (report.province, report.county) == ("西藏自治区", "巴宜区")


def test_cadres_who_help_are_no_helper_place():
    # 帮扶 before 干部 names the cadres: the county is the one whose villages they visit
    text = (
        "扶贫干部真帮实干\n"
        "近日，会宁县帮扶干部深入丁沟村走访，为贫困户送去了种子和化肥。会宁县帮扶干部还深入"
        "杨湾村开展工作。兰州市农科院提供了种子。\n"
    )
    assert report_of(text).county == "会宁县"


def test_a_helper_provinces_own_county_report_keeps_its_place():
    # plain 对口帮扶 inside an eastern province's own report, with the partner named in passing
    text = (
        "连州市：产业扶贫结硕果\n"
        "连州市深入推进对口帮扶，借鉴贵州省的经验发展茶叶产业，"
        "全市贫困户的年收入明显提高。贵州省的专家还来到连州市指导种植。\n"
    )
    assert report_of(text).county == "连州市"


def test_a_county_named_more_often_than_the_whole_province_stays_the_county():
    text = (
        "大山里的追梦人\n"
        "会宁县丁家沟镇的第一书记带领群众种植中药材，会宁县今年贫困户全部脱贫。"
        "会宁县的做法在全省引起反响，全省脱贫攻坚现场会在这里召开。\n"
    )
    assert report_of(text).county == "会宁县"


def test_a_national_outlet_that_names_the_province_by_itself_speaks_for_the_province():
    # a magazine writes "宁夏" where a provincial paper writes 全区: named alone three times
    # against one county named twice, the report is the region's
    text = (
        "六盘山下的新答卷\n"
        "宁夏集革命老区、民族地区、贫困地区于一体，脱贫任务重。近年来，宁夏把党支部建在产业链上，"
        "选派第一书记进驻每一个贫困村。\n"
        "在西吉县，驻村工作队帮助群众种马铃薯；西吉县的马铃薯如今卖到了南方。"
        "宁夏的做法，让党旗在脱贫一线高高飘扬。\n"
    )
    report = report_of(text)
    assert (report.province, report.prefecture, report.county) == ("宁夏回族自治区", "", "")


def test_a_province_at_the_head_of_a_bodys_name_does_not_speak_for_the_province():
    # "宁夏大学", "宁夏回族自治区委组织部": bodies, not the region spoken of; the county they
    # help is what the report is about
    text = (
        "高校驻村队的扶贫账\n"
        "宁夏大学派出工作队进驻西吉县火石寨乡的贫困村。宁夏大学的教授们帮助村里建起了冷库，"
        "宁夏回族自治区委组织部给予了表扬。西吉县的马铃薯从此卖上了好价钱。\n"
    )
    assert report_of(text).county == "西吉县"


def test_a_citys_report_told_through_one_county_is_the_citys():
    # 全市 three times against the county named once: the city's report, the county an example
    text = (
        "第一书记跑出脱贫加速度\n"
        "清晨六点，罗田县的一个村子里，第一书记已经在茶园里忙开了。\n"
        "近年来，全市共选派1200余名第一书记驻村帮扶，全市贫困村实现驻村工作队全覆盖，"
        "全市贫困发生率由12.1%降至0.9%。\n"
    )
    report = report_of(text)
    assert (report.prefecture, report.county) == ("黄冈市", "")


def test_a_county_level_city_says_quan_shi_of_itself():
    # 全市 in a county-level city's report is the county-level city, not its prefecture
    text = (
        "第一书记跑出脱贫加速度\n"
        "清晨六点，阆中市的一个村子里，第一书记已经在核桃园里忙开了。\n"
        "近年来，全市共选派300余名第一书记驻村帮扶，全市贫困村实现驻村工作队全覆盖，"
        "全市贫困发生率由10.1%降至0.8%。\n"
    )
    assert report_of(text).county == "阆中市"


def test_a_two_character_county_named_once_stands_when_one_of_its_villages_is_named():
    # 礼县 alone could be a word; 石碑村 is a village the gazetteer has in 礼县
    text = (
        "的时候，石碑村还是有名的穷村，年轻人外出打工的多。\n"
        "前年春天，礼县一家企业派出的驻村工作队进了村，队长第一件事就是挨家挨户开院落会。\n"
    )
    assert report_of(text).county == "礼县"
    # with no village of its own named, one bare mention is not enough
    alone = "前年春天，礼县一家企业派出的驻村工作队进了村，队长第一件事就是挨家挨户开院落会。\n"
    assert report_of(alone).county == ""


def test_a_district_name_run_together_from_a_word_and_a_common_noun_is_no_place():
    # "湘西山区": the mountains of 湘西, not Kunming's 西山区
    text = (
        "十八洞村的新路子\n"
        "秋日的湘西山区雾气还没散尽，村口已经停满了旅游大巴。十八洞村位于花垣县西南部，"
        "村党支部带着群众发展乡村旅游。\n"
    )
    assert report_of(text).county == "花垣县"


def test_a_content_farms_commercial_seo_lines_name_no_place():
    text = (
        "东莞网站建设 深圳外贸推广 上海注册公司 北京二手房出售 杭州SEO优化\n"
        "岚县是国家扶贫开发工作重点县。在王狮乡的一个贫困村，第一书记带着村干部争取到光伏项目，"
        "岚县的贫困群众尝到了党建促脱贫的甜头。\n"
        "上海注册公司 北京二手房出售 深圳外贸推广 武汉婚纱摄影\n"
    )
    assert (report_of(text).province, report_of(text).county) == ("山西省", "岚县")


def test_a_wing_banner_cited_by_its_short_name():
    # 科尔沁右翼前旗 is written 科右前旗
    text = "科右前旗的党员中心户带着牧民种饲草，科右前旗今年有1200户牧民增收。\n"
    assert report_of(text).county == "科尔沁右翼前旗"


def test_a_short_form_that_begins_a_dictionary_word_is_no_place():
    # 合作 is the short form of 合作市, but "合作社" is a cooperative
    text = (
        "临潭县的合作社\n"
        "临潭县古战镇的合作社带着群众养牦牛，合作社今年分红40万元，甘南的合作社越办越好。\n"
    )
    assert report_of(text).county == "临潭县"


def test_places_named_as_elsewhere_do_not_vote_for_the_report():
    # where migrants run their shops (a group of cities), where an accent is from, where goods
    # are sent: 循化县 is the report's place, named twice
    text = (
        "黄河岸边的循化县，每到春节，街上就多出许多操着广东口音回乡的年轻人。\n"
        "县委把党组织建到拉面店集中的地方，在广州、深圳、上海等城市成立流动党员党支部。"
        "循化的辣椒还运往北京。\n"
    )
    report = report_of(text)
    assert (report.province, report.county) == ("青海省", "循化撒拉族自治县")


def test_where_visitors_and_cadres_come_from_is_elsewhere():
    text = (
        "云舍村的土家山寨\n"
        "每到周末，来自重庆、湖南的游客就会涌进村里。江口县委驻村工作队进驻后，和村党支部一起"
        "发展乡村旅游，江口县的土家吊脚楼成了民宿。\n"
    )
    report = report_of(text)
    assert (report.province, report.county) == ("贵州省", "江口县")


def test_a_headline_opening_with_a_prefecture_and_a_colon_is_the_prefectures_report():
    # the lead quotes one village's secretary with the full chain of its county and township,
    # but the headline says whose report it is
    body = (
        "“全村贫困户都通过产业帮扶实现了脱贫。”湖北省黄冈市英山县温泉镇某某村党支部书记说。"
        "英山县温泉镇的做法在全市推开。\n"
    )
    report = report_of("黄冈：强堡垒 富百姓\n" + body)
    assert (report.prefecture, report.county, report.township) == ("黄冈市", "", "")
    # without the colon the headline is no place's: the votes (the county, twice) decide
    assert report_of("强堡垒 富百姓\n" + body).county == "英山县"


def test_a_headline_opening_with_a_county_and_a_colon_keeps_a_township_story_at_the_county():
    body = (
        "清晨，温泉镇的茶园里已经忙开了。温泉镇党委组织群众采茶，温泉镇贫困户人均增收两千元。"
        "英山县把这一做法推广开来。\n"
    )
    assert place("英山县：支部建在茶园里\n" + body) == ("英山县", "")
    # a headline that names the township too is the township's
    assert place("英山县温泉镇：支部建在茶园里\n" + body) == ("英山县", "温泉镇")


def test_a_provinces_name_before_a_colon_is_a_locale_kicker_not_the_subject():
    # a national agency writes "某省：" over one village's story told from its first line
    text = (
        "甘肃：四任第一书记接力帮扶一个村\n"
        "甘肃省定西市通渭县榜罗镇某某村，曾是出了名的软弱涣散村。四任第一书记接力帮扶，"
        "榜罗镇某某村如今整村脱贫。\n"
    )
    assert place(text) == ("通渭县", "榜罗镇")


def test_a_headline_under_a_kicker_line_is_still_the_headline():
    # the kicker (引题) on the first line, the headline "某市：…" on the second
    text = (
        "抓好党建促脱贫 脱贫攻坚促党建\n"
        "黄冈：强堡垒 富百姓\n"
        "“全村贫困户都通过产业帮扶实现了脱贫。”湖北省黄冈市英山县温泉镇某某村党支部书记说。\n"
    )
    report = report_of(text)
    assert report.title == "黄冈：强堡垒 富百姓"
    assert (report.prefecture, report.county) == ("黄冈市", "")


def test_a_lead_that_speaks_of_the_whole_prefecture_before_one_countys_story_is_the_prefectures():
    # no headline; the lead says 我市 and the city's name by itself before any county is named;
    # the village's story below names its county and township again and again
    story = (
        "英山县温泉镇某某村：茶园里的致富路\n"
        "某某村地处大别山腹地，英山县温泉镇把茶叶作为主导产业，温泉镇党委书记说，"
        "温泉镇今年茶叶收入翻了一番。英山县还为村里修了路。\n"
    )
    lead = (
        "黄冈市的乡村大地上，一条条水泥路蜿蜒向前，一座座村庄摘掉贫困标签。"
        "回顾我市决战脱贫攻坚的历程，每一步都写满奋斗。\n"
    )
    report = report_of(lead + story)
    assert (report.prefecture, report.county) == ("黄冈市", "")
    # a lead that names the city once only sets the scene: the story's county stands
    scene = "黄冈市的乡村大地上，一条条水泥路蜿蜒向前，一座座村庄摘掉贫困标签，处处是新气象。\n"
    assert report_of(scene + story).county == "英山县"


def test_a_sites_banner_naming_another_place_is_the_sites_not_the_storys():
    # the article names its county once, as the home of the firm that sent the team; the
    # banner of the site that reposts it names a city of another province
    story = (
        "2019年4月，英山县一家国有企业派出的驻村工作队进村。\n"
        "工作队和村党支部商量，决定发展中药材和肉羊养殖，吸纳贫困户47户入社。\n"
    )
    banner = "欢迎访问敦化市人民政府网站\n首页 | 政务公开 | 新闻中心\n"
    assert place(banner + story)[0] == "英山县"
    # a page that names no place of its own is the site's
    assert report_of(banner + "工作队进村以来，吸纳贫困户47户入社，户均增收4200元。\n").county == (
        "敦化市"
    )


def test_the_body_a_byline_names_outweighs_a_sites_banner():
    text = (
        "欢迎访问敦化市人民政府网站\n"
        "来源：中共英山县委组织部    发布时间：2019-11-05 17:32\n"
        "今年以来，我县坚持抓党建促脱贫，全县贫困发生率明显下降。\n"
    )
    assert place(text)[0] == "英山县"


def test_a_county_named_once_and_then_as_its_kind_is_named_as_often_as_its_name_would_be():
    # 该县 names the county again: twice, against the township's two mentions in its anecdote
    text = (
        "产业路上党旗红\n"
        "清晨，后柳镇的茶园里已是一片忙碌。后柳镇的茶农说，合作社让他们有了稳定收入。\n"
        "石泉县把产业发展作为脱贫攻坚的根本之策。该县组织党员领办合作社，"
        "该县各村都建起了扶贫产业基地，该县贫困群众人均增收明显。\n"
    )
    assert place(text) == ("石泉县", "")


def test_a_county_visited_to_learn_from_is_not_the_one_named_again():
    # 全县 after "赴某某县学习" speaks of the report's own county
    text = (
        "茶叶产业助农增收\n"
        "近年来，石泉县大力发展茶叶产业，石泉县贫困户户均增收3000元。今年，石泉县组织干部赴"
        "汉阴县学习经验。全县新建茶园12处，全县带动贫困户800户，全县共有合作社56家。\n"
    )
    assert place(text) == ("石泉县", "")


def test_a_township_named_once_in_the_lead_with_the_county_named_again_stays_at_the_county():
    # the lead's scene is in 格林镇; the next paragraph opens with the county by name: the
    # county's two poor villages are the report's subject
    text = (
        "喝热茶、话家常，在正安县格林镇的村委会，干部群众欢聚一堂。这是驻村工作队举办的茶话会。\n"
        "正安县有两个深度贫困村，共2100户农户7400人。工作队结合当地资源发展茶叶种植。\n"
    )
    assert place(text) == ("正安县", "")


def test_a_township_report_naming_its_county_again_keeps_the_township():
    # 全镇 and 该镇 twice against the county named once on its own: the township's report
    text = (
        "今年以来，正安县格林镇坚持党建引领，全镇各村党支部带头领办合作社。\n"
        "该镇还请来正安县农业部门的技术员，到村里讲授茶叶种植。\n"
    )
    assert place(text) == ("正安县", "格林镇")


def test_a_photo_caption_over_the_countys_townships_taken_together_stays_at_the_county():
    # "各乡镇" speaks of all the county's townships: the township of the photo is an example
    text = (
        "支部领办合作社 产业兴旺\n"
        "9月8日，靖边县东坑镇的合作社社员在大棚里采摘。去年以来，各乡镇以党建引领、"
        "集体增收为原则，成立了120家党支部领办合作社。\n"
    )
    assert place(text) == ("靖边县", "")


def test_a_township_report_naming_its_county_as_a_body_or_a_field_keeps_the_township():
    # the county as the body that praises or honours the township, or as the field it is
    # compared in, does not speak for the whole county
    text = (
        "抓党建促脱贫\n近年来，正安县格林镇党委坚持党建引领产业发展，带动贫困户312户增收，"
        "产业规模在全县各镇中名列前茅。该镇的做法得到正安县县委的肯定，还获评正安县脱贫攻坚先进集体。\n"
    )
    assert place(text) == ("正安县", "格林镇")


def test_a_prefectures_short_name_counts_where_one_of_its_counties_is_named_in_full():
    # 六盘水 alone is a short form; 盘州市, one of its county-level cities, named in full,
    # makes it the prefecture; 全市 twice after it: the prefecture's report
    text = (
        "800名第一书记扎根贫困村\n"
        "8月12日，在盘州市的一个山村，第一书记正和村民拉家常。\n"
        "为推动精准扶贫，六盘水选派800名市直机关干部到贫困村担任第一书记，全市所有贫困村都有了"
        "第一书记。今年上半年，全市2.1万名贫困群众摘掉了穷帽。\n"
    )
    report = report_of(text)
    assert (report.prefecture, report.county) == ("六盘水市", "")


def test_a_county_kicker_over_one_townships_story_keeps_the_township():
    # the headline opens with the county; the story, named township and all, is one village's
    # (two blind readers and a real page's reader placed such pages in the township)
    text = (
        "岢岚县：党支部领着干 荒坡变成致富园\n"
        "走进岢岚县三井镇新华村，漫山的沙棘挂满枝头。村党支部书记告诉记者，"
        "三井镇党委支持村里成立合作社，全村62户贫困户全部入社。\n"
        "三井镇还在各村推行“党支部+合作社”模式，全镇贫困户人均增收1200元。\n"
    )
    assert place(text) == ("岢岚县", "三井镇")


def test_huitong_as_a_verb_between_two_offices_names_no_county():
    # 会同 ("together with") between a county office and the county committee: the report is the
    # county's that signs it, not 会同县 of Hunan
    text = (
        "关于驻村帮扶工作专项督查情况的通报\n"
        "根据县委安排，县扶贫办会同县委组织部组成督查组，对全县52个贫困村驻村工作开展督查。\n"
        "全县共派驻第一书记52名。\n"
        "岢岚县脱贫攻坚领导小组办公室\n"
    )
    assert place(text)[0] == "岢岚县"
    # ... while the county named by its province is the county
    assert place("湖南省会同县委组织部开展驻村帮扶督查，全县派驻第一书记120名。\n")[0] == "会同县"


def test_a_county_kicker_over_two_townships_examples_stays_at_the_county():
    # the county's report tells two townships' doings: no one township is its subject
    text = (
        "岢岚县：支部领办合作社 群众增收有门路\n"
        "近年来，岢岚县推行村党支部领办合作社。\n"
        "三井镇党委引导各村成立合作社，三井镇新华村种植沙棘500亩，三井镇贫困户人均增收2000元。\n"
        "阳坪乡依托食用菌产业，带动贫困户320户。\n"
        "目前，全县已有86个村党支部领办合作社。\n"
    )
    assert place(text) == ("岢岚县", "")


def test_a_county_whose_name_begins_with_a_word_after_an_office_is_still_named():
    # 和平 is no verb that joins two offices: 和平县's committee is named
    assert (
        place("河源市委组织部和平县委组织部联合开展结对帮扶，共结对贫困户300户。\n")[0] == "和平县"
    )


def test_a_page_naming_only_a_township_no_other_in_the_country_shares_is_placed_there():
    # a village secretary's report that starts inside its text: no county, prefecture or
    # province is named, only a township whose full name is unique in the gazetteer (果耶镇 is
    # in 舟曲县 alone); 全县 once, as a comparison, does not make it the county's report
    text = (
        "一、基本情况\n"
        "新庄村位于果耶镇北部，距镇政府8公里，全村共186户812人，2014年识别建档立卡贫困户"
        "61户253人，是全县深度贫困村之一。\n"
        "二、主要工作\n"
        "协助村党支部落实“三会一课”，两年来召开支部党员大会18次。\n"
    )
    assert place(text) == ("舟曲县", "果耶镇")


def test_a_township_name_many_counties_share_places_nothing_on_its_own():
    # 温泉镇 is the name of townships in more than a dozen counties: nothing decides which
    text = (
        "近日，县委巡察组向温泉镇党委反馈专项巡察情况，走访贫困户312户，"
        "调阅资料1480余份，发现问题21个。\n"
    )
    assert place(text) == ("", "")


def test_a_unique_township_gone_to_does_not_place_the_page():
    # the party members went to 华士镇 to learn: it is where they went, not where the page is
    text = (
        "学习考察报告\n"
        "为拓宽发展思路，村党支部组织党员干部18人赴华士镇华西村参观学习，返回后召开座谈会3次。\n"
    )
    assert place(text) == ("", "")


def test_an_autonomous_region_called_by_its_short_name_and_qu_is_the_region():
    # "宁夏区直机关工委": the region's short name and 区, not a district named 夏区 or 西区
    text = (
        "宁夏区直机关工委组织开展“三进三帮”活动，推动政策、资金、干部进村。"
        "区直机关党员干部为群众办实事、解难题。\n"
    )
    assert report_of(text).province == "宁夏回族自治区"
    mentions = locate.find_mentions("广西区直机关工委")
    assert [(m.text, m.codes) for m in mentions] == [("广西", ("45",))]


def test_a_provinces_honours_are_not_a_province_wide_report():
    # "全省优秀共产党员" names an honour, not the province the report speaks for: the village's
    # county, named in the lead, is the report's
    text = (
        "记者近日来到湖南湘西土家族苗族自治州花垣县某某村，这里是“全省优秀共产党员”李某"
        "驻村帮扶的地方。\n"
        "某某村是深度贫困村，全村共有412户1780人。\n"
        "全省优秀共产党员、全省脱贫攻坚优秀村第一书记李某是某某村的驻村第一书记。\n"
    )
    assert place(text)[0] == "花垣县"


def test_a_place_a_distance_is_measured_from_is_not_where_the_story_is():
    # 方祥乡 is the village's township; 丹江镇 is named three times, each as where a distance
    # is measured from, and must not outvote it
    text = (
        "雷山县方祥乡某某村第一书记王某带领群众发展产业。\n"
        "某某村隶属方祥乡，距乡政府12公里、距县城所在地丹江镇58公里。"
        "部分农户搬迁到离丹江镇不足5公里的安置点，距丹江镇约4公里。\n"
    )
    assert place(text) == ("雷山县", "方祥乡")


def test_a_street_is_named_by_its_office():
    # 汤陵街道 of 谯城区, written as its office is called
    mentions = locate.find_mentions("在安徽省亳州市谯城区汤陵办事处某某社区")
    assert mentions[-1].text == "汤陵办事处"
    assert mentions[-1].codes == ("341602003",)


def test_a_regions_mountain_villages_are_no_township():
    # "陇中山乡": 陇中 (the middle of Gansu) and 山乡 (mountain villages), not the township 中山乡
    # of another county; the report is the county's its lead names
    assert locate.find_mentions("扎根陇中山乡 书写小康答卷") == []
    text = (
        "扎根陇中山乡 书写小康答卷\n"
        "本报讯 近日，会宁县组织全县驻村干部开展培训，全县贫困发生率降至1.2%。\n"
    )
    assert place(text)[0] == "会宁县"
    # ... while a township so named after its county, or after a preposition, is one
    assert [m.text for m in locate.find_mentions("平江县南山乡")] == ["平江县", "南山乡"]
