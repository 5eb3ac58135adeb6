"""Metadata: the report's own date, outlet and byline, by general patterns."""

from __future__ import annotations

import pytest

from helpers.extract.text import meta

no_place = lambda s: s  # noqa: E731


@pytest.mark.parametrize(
    "lines, expected",
    [
        (["发布时间:2019-03-05 10:20 来源:某市日报"], "2019-03-05"),
        (["2021年6月8日 来源:新华网"], "2021-06-08"),
        (["日期：2020/11/2"], "2020-11-02"),
        # official documents write the date in Chinese numerals
        (["二〇二一年九月三十日"], "2021-09-30"),
        (["二〇二一年十三月三日"], ""),  # no 13th month
        ([], ""),
    ],
)
def test_published_date_comes_from_the_byline(lines, expected):
    assert meta.published(lines) == expected


@pytest.mark.parametrize(
    "lines, lead, expected",
    [
        (["来源:甘肃日报 作者:张三"], "", "甘肃日报"),
        (["来源： 人民网-贵州频道"], "", "人民网-贵州频道"),
        ([], "新华网兰州讯(记者 李四)近日，", "新华网"),
        ([], "央广网贵州频道消息:据报道", "央广网"),
        # an agency's regional desk that files under its own name, with the day it filed
        ([], "某某社客户端湖南频道5月6日电(记者 张三)近日，", "某某社客户端湖南频道"),
        ([], "某某社长沙5月6日电(记者 张三)近日，", "某某社"),
        ([], "近日，某县召开会议。", ""),
    ],
)
def test_source_is_the_label_or_the_dateline_outlet(lines, lead, expected):
    from helpers.extract.places.locate import strip_trailing_place_name

    assert meta.source(lines, lead, strip_trailing_place_name) == expected


@pytest.mark.parametrize(
    "lines, lead, last, expected",
    [
        (["作者:王小明 来源:某报"], "", "", "王小明"),
        ([], "某报讯(记者 刘洋 通讯员 陈晨)今年以来", "", "刘洋 陈晨"),
        ([], "某报讯(赵一 钱二)今年以来", "", "赵一 钱二"),
        ([], "今年以来，全县", "取得成效。(文 孙悟)", "孙悟"),
        (["责任编辑:周八"], "今年以来", "", ""),
        # a role followed by a space names the author, not only a role with a colon
        (["2021年5月6日 来源：某州日报 通讯员 吴九"], "", "", "吴九"),
        (["本报记者 郑十"], "", "", "郑十"),
        (["据记者了解"], "", "", ""),
    ],
)
def test_author_comes_from_byline_dateline_or_closing_credit(lines, lead, last, expected):
    assert meta.author(lines, lead, last) == expected


@pytest.mark.parametrize(
    "byline, outlet",
    [
        ("陇南发布", "陇南发布"),  # a government account
        ("定西日报", "定西日报"),
        ("会宁县融媒体中心", "会宁县融媒体中心"),
        ("高原地图", "高原地图"),  # a map/travel site's account
        ("黔东视窗", "黔东视窗"),  # a portal's kinds of name
        ("湘西之窗", "湘西之窗"),
        ("三农资讯", "三农资讯"),
        ("王小窗", ""),  # a person whose name ends in 窗
        ("张三", ""),  # people
        ("欧阳明", ""),
        ("张三 李四", ""),
        ("", ""),
    ],
)
def test_a_byline_naming_an_outlet_can_stand_for_the_source(byline, outlet):
    assert meta.outlet_byline(byline) == outlet


@pytest.mark.parametrize(
    "title, lines, expected",
    [
        # a site's name before an @ in its headline
        ("某某网@甘肃省临夏州的扶贫报告:山乡巨变", [], "某某网"),
        # a magazine's issue line under the headline
        ("支部建在产业链上", ["支部建在产业链上", "党建研究·上 2019年5期", "李四"], "党建研究"),
        ("支部建在产业链上", ["乡村振兴 2020年第12期"], "乡村振兴"),
        # a headline with an @ that is not a site's, and a line with a year that is no issue
        ("村民@合作社：一起富", ["2019年脱贫120户"], ""),
    ],
)
def test_an_outlet_named_in_or_under_the_headline(title, lines, expected):
    from helpers.extract.text.meta import source_in_headline

    assert source_in_headline(title, lines) == expected


def test_a_view_counter_glued_to_the_outlet_is_not_part_of_it():
    from helpers.extract.text.meta import source

    assert source(["来源:某某日报次阅读"], "", lambda n: n) == "某某日报"
    assert source(["来源:某某网1234次浏览"], "", lambda n: n) == "某某网"
    # an outlet whose name ends in a word like 阅读 but is more than it stays whole
    assert source(["来源:某某晚报"], "", lambda n: n) == "某某晚报"


def test_a_date_in_the_pages_address_is_not_its_stated_date():
    # the convention: a date the page address carries is not stated in the text
    assert meta.published(["本文网址：http://www.example.cn/2019-06/21/content_5521.htm"]) == ""
    # a date printed after the address still is
    assert meta.published(["某某网 http://www.example.cn 时间:2019-06-21 10:48"]) == "2019-06-21"
