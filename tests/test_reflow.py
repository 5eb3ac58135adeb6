"""Paragraphs a page's layout broke at its right margin, joined again (text/reflow.py).

Every page here is invented; its lines are cut where a PDF of about 28 Chinese characters a line
would cut them, so each expected join (or its absence) follows from the widths written beside it.
"""

from __future__ import annotations

from test_figures import figures

from helpers.extract.text.reflow import display_width, margin, reflowed

# 27 to 28 characters (54 to 56 columns) a line, the last line of each paragraph shorter
WRAPPED_REPORT = [
    "岷县扶贫工作简报",
    "2019年，全县按照精准识别的要求，对建档立卡贫困户逐户",
    "核查，新识别贫困户52户187人，清退不符合条件的贫困户9户",
    "31人。截至年底，全县尚有建档立卡贫困户1246户4380",
    "人，贫困发生率降至1.8%。",
    "二、主要做法",
    "县委组织部选派第一书记126名、驻村工作队员398名，实现",
    "贫困村驻村帮扶全覆盖，每名党员联系帮扶2至3户贫困户，",
    "带动群众发展中药材种植2.6万亩。",
]


def test_a_page_wrapped_at_its_margin_has_that_margin():
    assert margin(WRAPPED_REPORT) is not None
    assert 52 <= margin(WRAPPED_REPORT) <= 56


def test_lines_that_reach_the_margin_run_on_and_headings_stand_alone():
    assert (
        reflowed(WRAPPED_REPORT)
        == [
            "岷县扶贫工作简报",
            "".join(WRAPPED_REPORT[1:5]),
            "二、主要做法",  # a numbered heading never continues a paragraph
            "".join(WRAPPED_REPORT[6:9]),
        ]
    )


def test_a_figure_the_margin_cut_in_two_is_read_whole():
    # 1246户 / 4380人 were on two lines: the persons belong to the households, both poor
    text = "\n".join(WRAPPED_REPORT)
    poor = [(f.raw, f.metric, f.value) for f in figures(text)[0] if f.value in (1246, 4380)]
    assert poor == [
        ("1246户4380人", "poor_households", 1246),
        ("1246户4380人", "poor_persons", 4380),
    ]


def test_a_page_of_one_line_paragraphs_has_no_margin():
    page = [
        "镇原县召开抓党建促脱贫推进会",
        "会议指出，要坚持把脱贫攻坚作为头等大事，压实各级党组织责任，确保如期完成任务。",
        "会议要求，各乡镇要逐村逐户排查，做到底数清、情况明，",
        "全县128个贫困村要对照退出标准查漏补缺。",
    ]
    assert margin(page) is None
    assert reflowed(page) == page


def test_a_list_of_other_headlines_of_one_width_stays_a_list():
    # lines of about one width, left unclosed, but without a clause's punctuation: headlines
    related = [
        "相关新闻",
        "华池县举办致富带头人培训班 百余名党员参加培训学习",
        "庆城县实施村集体经济破零工程 带动贫困群众稳定增收",
        "合水县组织驻村干部观摩交流 比学赶超推动产业发展",
        "宁县开展扶贫领域作风问题专项治理 整改问题一百余个",
    ]
    assert reflowed(related) == related


def test_a_headline_at_the_margin_does_not_run_into_its_byline_or_its_paragraph():
    page = [
        "泾川县：“支部+合作社”让贫困户端上“金饭碗”，村集体",  # a headline that reaches it
        "2020-06-18 09:12 来源：平凉日报",
        *WRAPPED_REPORT[1:5],
    ]
    assert reflowed(page)[:2] == page[:2]


def test_a_sentence_or_an_announcement_at_the_margin_ends_its_line():
    # a paragraph that ends at the margin is still a paragraph: its years do not carry on;
    # a colon announces rows, which stand on lines of their own
    page = [
        *WRAPPED_REPORT[1:4],
        "人，贫困发生率降至1.8%，比上年下降3.2个百分点。",  # 54 columns, a sentence's end
        "2020年，全县计划脱贫1100户3900人，各类扶贫资金安排如下：",  # 56 columns, a colon
        "产业发展类 8600万元",
    ]
    # both reach the margin (54 columns, less the 15 % a layout may leave before a long word)
    assert display_width(page[3]) >= 46 and display_width(page[4]) >= 46
    assert reflowed(page) == ["".join(page[:4]), page[4], page[5]]


# A second reader's look-alikes: web pages whose lines share a width by chance.
ITEMS = [
    "主要做法如下：",
    "一是产业扶贫持续发力，全县发展核桃种植4万亩，带动贫困户286户增收；",
    "二是2017年新建成扶贫车间9个，吸纳贫困人口就业430人以上；",
    "三是易地扶贫搬迁稳步推进，全县搬迁安置贫困群众980户3600人；",
    "四是健康扶贫全面覆盖，全县贫困人口家庭医生签约率达100%；",
    "五是教育扶贫精准到人，资助贫困学生6200人次，无一人因贫辍学。",
]
HEADINGS = [
    "坚持党建引领，决战决胜脱贫攻坚",
    "强化组织保障，凝聚脱贫攻坚合力",
    "县委把脱贫攻坚作为头号工程，建立县级领导包乡、部门包村、干部包户的责任体系，"
    "全县选派第一书记126名、驻村工作队员398名，实现贫困村驻村帮扶全覆盖。",
    "聚焦产业发展，拓宽群众增收渠道",
    "各村党支部领办合作社，发展中药材、核桃和肉牛养殖，带动贫困户稳定增收，"
    "村集体经济收入全部突破5万元，其中10万元以上的村有23个。",
    "深化作风建设，确保脱贫成效真实",
    "开展扶贫领域腐败和作风问题专项治理，整改问题86个，问责干部31人，群众满意度明显提升。",
]
RELATED = [
    "武都区：党建引领产业兴，2017年带动贫困户1200户增收",
    "成县：支部建在产业链上，村里群众腰包鼓起来了",
    "康县：第一书记带头干，村集体经济收入突破50万元",
    "文县：易地扶贫搬迁群众稳得住，有就业，能致富",
]


def test_items_headings_and_headlines_of_one_width_are_left_as_they_are():
    # items that each end a clause, headings over one-line paragraphs that run far past them,
    # and other articles' headlines that end no sentence are no paragraph a margin broke
    for page in (ITEMS, HEADINGS, ["某县扶贫新闻", "全县脱贫攻坚工作有序推进。", *RELATED]):
        assert reflowed(page) == page


def test_an_excerpt_cut_inside_its_last_paragraph_keeps_the_number_the_margin_broke():
    # a corpus stores each page cut after about 2,000 bytes: the last line is the rest of a
    # paragraph that never ends, short and unclosed, and its number began on the line above
    cut = [
        *WRAPPED_REPORT[:5],
        "今年以来，县里整合涉农资金投入产业扶贫。累计种植当归4.",
        "6万亩，带动",
    ]
    assert reflowed(cut)[-1] == cut[-2] + cut[-1]
    assert ("4.6万亩", 46000.0, "area_mu") in {
        (f.raw, f.value, f.metric) for f in figures("\n".join(cut))[0]
    }


def test_a_paragraph_that_ends_with_a_note_in_brackets_is_still_joined():
    # "。(新华社发 张三 摄)", "。（完）": the sentence ended before the credit did
    for note in ("（新华社发 李明 摄）", "(完)", "（记者 王芳）"):
        page = [
            *WRAPPED_REPORT[:5],
            "县委组织部选派第一书记126名、驻村工作队员398名，累计有8",
            f"600多户贫困户通过经营牛肉面馆实现脱贫。{note}",
        ]
        assert reflowed(page)[-1] == page[-2] + page[-1]
    # a line of its own under a short paragraph is no part of it
    assert reflowed([*WRAPPED_REPORT[:5], "(完)"])[-1] == "(完)"
