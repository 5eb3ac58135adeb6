"""Page chrome by line: navigation, counters, share widgets, footers, meta lines and SEO spam."""

from __future__ import annotations

import pytest

from helpers.extract.text import boilerplate as bp
from helpers.extract.text.clean import normalize

# Invented lines of the shapes Chinese government and news sites put around an article.
CHROME = [
    "当前位置：首页 > 新闻中心 > 基层动态",
    "您是第 20345 位访问者",
    "设为首页 加入收藏",
    "上一篇：某某县召开扶贫大会",
    "责任编辑：张三",
    "版权所有：某某县人民政府 ICP备12345678号",
    "微信扫一扫 分享到朋友圈",
    "首页 | 新闻 | 政务 | 服务 | 互动",
    "主办单位 某某市人民政府办公室 备案号 滇icp备05001234号",  # lower case, mid-line
    "网站维护 某某县信息中心 黔公网安备 52262302000123号",
    "某某新闻网 > 正文",
    "访客数：8812",
    # a site's long row of links, divided by bars
    "某某生活网 | 某某本地通 | 某某影讯 | 某某公交 | 某某地图 | 某某天气"
    " | 某某连锁品牌店 | 某某小区 | 电影 | 明星",
]
# Article sentences: never chrome, even with numbers, places and colons.
ARTICLE = [
    "某某县坚持抓党建促脱贫，全县选派第一书记120名，帮扶贫困户3200户。",
    "今年以来，该镇共投入资金500万元，修建道路12公里。",
    "村党支部书记李四说：“我们要带领群众一起致富。”",
    "截至目前，全乡建档立卡贫困户已全部脱贫。",
    # a long line with four bars, but phrases longer than links between them
    "产业兴旺村里建起了合作社 | 贫困户家家入了股年底有分红 | 群众满意度年年提高 | 干部作风明显转变",
]
META = ["发布时间：2021-03-09 来源：某某日报", "作者：张三  来源：某某网"]
SPAM = ["某某县 某某乡 某某镇 某某村 某某县 某某乡 某某镇 某某村"]


@pytest.mark.parametrize("line", CHROME)
def test_page_chrome_is_recognised(line):
    assert bp.is_chrome(normalize(line))


@pytest.mark.parametrize("line", ARTICLE)
def test_article_sentences_are_not_chrome_spam_or_meta(line):
    line = normalize(line)
    assert not bp.is_chrome(line) and not bp.is_spam(line) and not bp.is_meta(line)


@pytest.mark.parametrize("line", META)
def test_bylines_and_datelines_are_meta(line):
    assert bp.is_meta(normalize(line))


@pytest.mark.parametrize("line", SPAM)
def test_a_run_of_place_names_is_spam(line):
    assert bp.is_spam(normalize(line))


def test_a_long_article_line_is_prose_by_its_chinese_characters():
    # 25 Chinese characters and a sentence mark make prose, however much else the line holds
    prose = "2019年，某某乡投入资金120万元用于发展产业，带动贫困群众增收致富，成效明显。"
    assert bp.is_body(prose)
    assert not bp.is_body("2019年，A县投入120万元。" + "1234567890，" * 30)  # 7 characters
    assert not bp.is_body(
        "某某乡发展产业带动贫困群众增收致富成效明显群众满意度高"
    )  # no punctuation


def test_keyword_spam_is_judged_line_by_line_when_the_page_is_scanned_at_once():
    # two distinct keywords make a line spam; one keyword on each of two lines does not, nor
    # does the same keyword twice. A character that lower() lengthens (İ) must not shift the
    # keywords of the following lines onto the wrong line.
    lines = [
        "İİİ 在线观看 某某",  # one keyword
        "国产精品 免费视频 某某",  # two: spam
        "免费视频",  # one
        "在线观看 在线观看",  # one, twice
        "无码 AV 合集",  # two, one in capitals: spam
        "全县贫困户120户，已全部脱贫。",
    ]
    assert bp.spam_lines(lines) == [False, True, False, False, True, False]
    assert [bp.is_spam(line) for line in lines] == bp.spam_lines(lines)
    # 40 İ lengthen the first line by 40 characters once lowered: counted in the original
    # text, the keywords of lines 2 and 3 would both fall on line 4, and make it spam
    shifted = ["İ" * 40 + " 在线观看", "免费视频", "国产精品", "某" * 40]
    assert bp.spam_lines(shifted) == [False, False, False, False]


def test_a_run_of_places_searched_for_news_and_weather_is_spam():
    # an SEO tail that names places by what is searched about them (新闻, 天气, 地图) as often as
    # by their own suffix
    line = (
        "榕江新闻 榕江扶贫 黔东南新闻 从江县新闻 雷山天气 剑河县 台江县 丹寨县新闻 "
        "黎平县 锦屏县 凯里市 榕江县地图 榕江天气"
    )
    assert bp.is_spam(line)


def test_a_sentence_that_names_the_news_of_places_is_no_spam():
    line = "榕江新闻、黔东南新闻等媒体先后报道了该村党支部领办合作社的做法，吸引了不少游客。"
    assert not bp.is_spam(line)


@pytest.mark.parametrize(
    "line, menu",
    [
        # a portal's row of links with no bars: each link names one of its pages
        ("统计数据　统计公报　数据目录", True),
        ("县长信箱 书记信箱 民意征集", True),
        # a menu's own name before its links
        ("新闻中心:某县要闻 部门动态 乡镇动态 通知公告", True),
        # a headline of short phrases, with a place and a colon before them, is no menu
        ("元江县:梯田米香 支部引领富 ( 三 )", False),
        ("产业兴 百姓富 乡风美", False),
        # a menu mostly of a portal's pages, a link of another name among them
        ("县长信箱 书记信箱 常见问题", True),
        # a portal's menus with the spaces between their links lost
        ("某某县人民政府门户网站首页政务公开新闻中心政务服务互动交流走进某某专题专栏", True),
        # a column's label before a headline of short phrases
        ("扶贫动态：抓党建 促脱贫 保小康 奔振兴", False),
    ],
)
def test_a_portal_menu_without_bars(line, menu):
    assert bp.is_navigation(line) is menu
