"""Headlines and outlets on pages as mirrors, forums, aggregators and e-paper dumps print them.

A real corpus holds many copies of an article on sites other than its outlet's: a forum thread
with its posters and floors, a Tieba repost, a spam mirror with hot links, an aggregator with
its counters, an e-paper's continued page, a big5 gateway's address. Their furniture is no
headline, and the source is what the page states, or nothing. Each case is an invented page
top; the expected values follow the conventions in `docs/data.md` (title and source only when
the text states them).
"""

from __future__ import annotations

import pytest

from helpers.engine.pipeline import analyse
from helpers.extract.records import ManifestRow
from helpers.extract.text.clean import normalize

BODY = (
    "近年来，某某县坚持抓党建促脱贫，选派第一书记86名驻村帮扶，全县贫困户2150户全部脱贫，"
    "村集体经济收入普遍达到5万元以上。"
)


def page(
    *header: str, body: str = BODY, tail: tuple[str, ...] = (), normalized: bool = False
) -> dict[str, str]:
    manifest = ManifestRow("r", "r.txt", "", "utf-8", "ok", "")
    text = "\n".join([*header, body, *tail]) + "\n"
    if normalized:  # as the build reads a file: its lines relined, its spaces closed
        text = normalize(text)
    report = analyse("r", text, manifest, with_terms=False).report
    return {"title": report.title, "source": report.source, "published": report.published}


@pytest.mark.parametrize(
    "header, title",
    [
        # a forum thread: its tag and link button around the headline, the poster over 楼主
        (
            [
                "宁县：党员带头种苹果 - 本地新闻 - 某某论坛",
                "[本地新闻] 宁县：党员带头种苹果 [复制链接]",
                "黄土高坡",
                "楼主",
                "发表于 2019-6-1 10:00:12",
            ],
            "宁县：党员带头种苹果",
        ),
        # a thread whose title is not in the excerpt: its links are no headline
        (
            ["某某论坛 › 本地资讯 › 查看内容", "上一主题 下一主题", "老区后生", "楼主"],
            "",
        ),
        # a Tieba repost: the bar's banner and the repost's tag
        (
            ["威宁吧 - 百度贴吧", "【转】威宁县：党员结对帮扶见实效", "只看楼主 收藏 回复"],
            "威宁县：党员结对帮扶见实效",
        ),
        # a thread's counters, its link button alone, the headline, its buttons
        (
            [
                "查看: 1200|回复: 3",
                "[复制链接]",
                "凉山深处的“领头雁”——某乡一个彝寨的脱贫路",
                "只看该作者 楼主 电梯直达",
            ],
            "凉山深处的“领头雁”——某乡一个彝寨的脱贫路",
        ),
        # an e-paper's page that goes on from page one has no headline of its own
        (["某某日报", "2017年05月03日 星期三 第02版：综合新闻", "（上接第一版）"], ""),
        # a photo's caption over the article, by its mark or its credit
        (["▲某乡党员在大棚里查看蔬菜长势 摄影 李某某"], ""),
        (
            ["首页 > 县区动态", "△某村村民在晾晒核桃（资料图）", "漾濞：核桃树下的党支部"],
            "漾濞：核桃树下的党支部",
        ),
        # a row of bracketed buttons, one with spaces in it, is no headline
        (
            [
                "某县人民政府",
                "首页 | 政务公开 | 政务服务",
                "【字体:大 中 小】【打印本页】【关闭窗口】",
            ],
            "",
        ),
        # a gambling site's spam line over a mirror's menu and the headline
        (
            [
                "北京赛车pk10开奖直播,重庆时时彩计划网页版,幸运飞艇官网,彩票走势图大全",
                "网站首页 | 新闻中心 | 社会 | 地方 | 财经",
                "当前位置:首页 > 新闻中心 > 地方",
                "某镇:支部领着干 党员带头冲",
                "发布时间:2019-03-22 浏览:1832次",
            ],
            "某镇:支部领着干 党员带头冲",
        ),
        # a document's number is no headline
        (["某组报〔2019〕68号"], ""),
        # a section's label over the headline
        (
            [
                "某某州人民政府网",
                "首页 > 新闻中心 > 县市动态",
                "乡村振兴专栏",
                "",
                "岚皋：魔芋产业里的党旗红",
                "来源：安康日报 时间：2019年3月2日",
            ],
            "岚皋：魔芋产业里的党旗红",
        ),
        # the page's title with its channel and site after dashes, then the headline again
        (
            [
                "平利：茶园里的党员先锋岗-县区新闻-某某资讯网",
                "平利：茶园里的党员先锋岗",
                "来源：安康日报",
            ],
            "平利：茶园里的党员先锋岗",
        ),
        # a gateway's address and an English portal's name and menu over the headline
        (
            [
                "big5.example.gov.cn/gate/big5/www.example.gov.cn/xwzx/",
                "某某市人民政府  简体 | 繁体",
                "镇坪：支部引领中药材产业",
            ],
            "镇坪：支部引领中药材产业",
        ),
        (
            [
                "Yushu Prefecture Portal",
                "Home | News | Government | Tourism | 中文版",
                "囊谦：牧区党支部领办合作社",
                "Source:    Author: 才让    Hits: 12",
            ],
            "囊谦：牧区党支部领办合作社",
        ),
        # an aggregator's poster and counters under the headline
        (
            ["弥勒：党员示范田里话丰收", "发布者：admin   浏览：   评论：0"],
            "弥勒：党员示范田里话丰收",
        ),
        (
            ["泸水：党员帮扶暖民心", "来自公众号：泸水发布   5月6日", "阅读 1200   点赞 30"],
            "泸水：党员帮扶暖民心",
        ),
        # a WeChat article's topic line between its byline and its headline
        (
            [
                "原创 某乡发布 某乡发布 2020-11-23 18:05",
                "收录于话题 #脱贫攻坚 31个",
                "",
                "某乡：党员养蜂带富一方",
            ],
            "某乡：党员养蜂带富一方",
        ),
        # a WeChat card without its headline: the account's byline is no headline
        (["镇宁发布  2020-08-03", "原创  镇宁县融媒体中心  镇宁发布", "点击上方蓝字关注我们"], ""),
        # a spam mirror's row of hot links over the headline
        (
            [
                "首页 > 三农 > 正文",
                "热门:在线观看高清 | 注册送38元 | 最新电影在线看",
                "",
                "凤山县某村:黄牛入股 贫困户年底分红",
            ],
            "凤山县某村:黄牛入股 贫困户年底分红",
        ),
        # an e-paper's PDF button over the headline
        (
            [
                "某某日报",
                "2016年11月09日 星期三",
                "第03版：旗县新闻",
                "版面导航  上一版  下一版",
                "PDF版",
                "",
                "察右前旗：党员“三带”助脱贫",
            ],
            "察右前旗：党员“三带”助脱贫",
        ),
        # a party body's site: its name over its menu, no headline in the excerpt
        (
            [
                "某市委统战部",
                "首页 | 统战要闻 | 党派工作 | 民族宗教 | 非公经济",
                "当前位置：首页 > 县区动态",
            ],
            "",
        ),
        (
            [
                "繁體 | English",
                "某市工商业联合会",
                "某市总商会",
                "首页 | 工商联动态 | 商会工作 | 会员服务",
            ],
            "",
        ),
        # ... but under a work report's headline the body's name is its issuer, not furniture
        (
            ["某县抓党建促脱贫攻坚工作汇报", "中共某县委组织部", "（2017年9月）"],
            "某县抓党建促脱贫攻坚工作汇报",
        ),
        # a row of bracketed buttons with the page's counter, under the headline
        (
            ["通榆团县委：团建跟着党建走", "【打印】【关闭】 浏览次数：241"],
            "通榆团县委：团建跟着党建走",
        ),
        # a blog's counter over the post's title
        (["关注人气：97", "驻村日记：雨夜走访"], "驻村日记：雨夜走访"),
        # a platform's buttons run into the headline's line, a headline set in its brackets
        (["搜索 文档 某村抓党建促脱贫攻坚工作汇报"], "某村抓党建促脱贫攻坚工作汇报"),
        (["【桑珠孜区：党建聚力“鲁藏同心”】"], "桑珠孜区：党建聚力“鲁藏同心”"),
        # an app's download banner, a site's visit counter, a forum engine's credit
        (["下载新某某客户端 随时随地看某某 打开", "网站访问量"], ""),
        (
            [
                "某某在线论坛 - Powered by Discuz!",
                "【转帖】某镇:“支部+社区工厂”让群众家门口就业",
                "查看: 2417 | 回复: 6",
            ],
            "某镇:“支部+社区工厂”让群众家门口就业",
        ),
        # a government page's bracketed properties over the headline
        (
            [
                "[ 索引号 ] 11500238009413612X/2020-00315    [ 发文机关 ] 某县扶贫办",
                "",
                "红池坝镇:党建引领铺就高山脱贫路",
                "发布日期:2020-11-27 14:05    来源:某县扶贫办",
            ],
            "红池坝镇:党建引领铺就高山脱贫路",
        ),
    ],
)
def test_a_mirrors_furniture_is_no_headline(header, title):
    assert page(*header)["title"] == title


@pytest.mark.parametrize(
    "header, body, tail, source",
    [
        # an aggregator's credit at the end
        (["宜章：党员带头种脐橙"], BODY, ("本文来自：宜章发布", "上一篇：某某新闻"), "宜章发布"),
        # a lead that says where its story was reported
        ([], "据四川日报报道，" + BODY, (), "四川日报"),
        ([], "据统计，" + BODY, (), ""),
        # "来源：本站" on a government's portal names no outlet, and the portal is none
        (
            ["某某县人民政府网", "首页 | 政务公开 | 新闻动态 | 政务服务", "某乡：庭院经济促增收"],
            "发布日期：2018-12-04 来源：本站 浏览次数：563\n" + BODY,
            ("主办：某某县人民政府办公室",),
            "",
        ),
        # an account named with its kind and its quotes
        (["门源：党员亮身份"], BODY, ("文章来源：微信公众号“门源先锋”",), "门源先锋"),
        # a closing byline of a county media centre, a space before its reporters
        (["某某论坛 › 新闻"], BODY, ("（彝良县融媒体中心 记者 陈某 胡某）",), "彝良县融媒体中心"),
        # a 来源 line below the repost's original headline, a disclaimer after it
        (
            [],
            BODY,
            (
                "原标题：灵山：荔枝林里的党旗红",
                "来源：钦州日报",
                "【声明】本站转载此文目的在于传递更多信息，并不代表赞同其观点和对其真实性负责。",
            ),
            "钦州日报",
        ),
        # an official account's card with its posting time, a media centre's reporters at the end
        (
            ["某区发布 2020-11-27 18:05", "某区消费扶贫助力农特产品出山"],
            BODY,
            ("(某区融媒体中心 记者 陈某 通讯员 黄某)",),
            "某区发布",
        ),
    ],
)
def test_the_source_is_what_a_mirror_page_states(header, body, tail, source):
    assert page(*header, body=body, tail=tail)["source"] == source


@pytest.mark.parametrize(
    "title, signature, source",
    [
        # a work report's issuer is named by its title
        ("泸定县委组织部2019年抓党建促脱贫攻坚工作总结", "", "泸定县委组织部"),
        # ... and spelled in full by its signature, when that is the same body
        (
            "泸定县委组织部2019年抓党建促脱贫攻坚工作总结",
            "中共泸定县委组织部",
            "中共泸定县委组织部",
        ),
    ],
)
def test_a_work_reports_issuer_is_its_source(title, signature, source):
    tail = (signature, "2019年12月5日") if signature else ()
    assert page(title, "", body=BODY, tail=tail)["source"] == source


def test_a_paragraph_that_opens_with_two_labels_is_kept():
    # a yearbook's entry under its labels, not a row of buttons: its figures are read
    text = "【荣誉】【生态建设】年内完成荒山造林2600亩，退耕还林补植补造800亩。"
    manifest = ManifestRow("r", "r.txt", "", "utf-8", "ok", "")
    figures = analyse("r", "某县年鉴\n" + text + "\n", manifest, with_terms=False).figures
    assert sorted(f.value for f in figures if f.unit == "亩") == [800, 2600]


# What a second reader found the first version of these rules did wrong, kept as guards.
@pytest.mark.parametrize(
    "header, title",
    [
        # a headline that ends in a body's kind, over its dated source line
        (
            ["某村成立村民议事委员会", "发布时间：2020-06-12 | 来源：某县人民政府网"],
            "某村成立村民议事委员会",
        ),
        # a headline about an app, about a photo contest, about a film being shot
        (["我县推动全县党员下载“学习强国”APP"], "我县推动全县党员下载“学习强国”APP"),
        (["“我身边的脱贫故事” 摄影大赛"], "“我身边的脱贫故事” 摄影大赛"),
        (["脱贫攻坚微电影 摄制完成"], "脱贫攻坚微电影 摄制完成"),
        # a thread's title right over 楼主 is no poster's name
        (
            ["某某论坛 » 新闻资讯", "[复制链接]", "某县某镇:支部引领 产业兴村", "楼主", "电梯直达"],
            "某县某镇:支部引领 产业兴村",
        ),
        # a speech's title over its speaker, whose roles are listed
        (
            [
                "在全县抓党建促脱贫攻坚工作推进会上的讲话",
                "县委常委、组织部部长  刘某某",
                "(2017年3月15日)",
            ],
            "在全县抓党建促脱贫攻坚工作推进会上的讲话",
        ),
        # a kicker before a headline is no row of hot links
        (["热点：党建引领 某村走出致富路"], "热点：党建引领 某村走出致富路"),
    ],
)
def test_headlines_that_look_like_furniture_are_kept(header, title):
    assert page(*header)["title"] == title


@pytest.mark.parametrize(
    "header, body, tail, source",
    [
        # a photo's or a figure's credit is not the article's source
        (
            ["某村党支部领办合作社助农增收", "2020-06-12 10:30 作者：张三 题图来自：视觉中国"],
            BODY,
            (),
            "",
        ),
        # WeChat's author alone, its time on the next line, names no outlet
        (["某村党支部领办合作社助农增收", "原创 张三", "2020-11-27 18:05"], BODY, (), ""),
        # the whole media centre, not its first letters; "据该县…" names none
        ([], "据青阳县融媒体中心报道，" + BODY, (), "青阳县融媒体中心"),
        ([], "据该县融媒体中心报道，" + BODY, (), ""),
        # a county portal's copyright alone: the site's host, not the article's source
        (
            ["某县人民政府", "首页 政务公开 政务服务 互动交流", "某县：党员示范户带出文明新风"],
            BODY,
            ("版权所有:某县人民政府   蜀ICP备13025981号",),
            "",
        ),
        # 来源：本站 on a party body's own site: the body is its voice
        (
            ["青阳先锋", "某村党支部领办合作社助农增收"],
            "来源：本站 发布时间：2020-06-12\n" + BODY,
            ("中共青阳县委组织部 版权所有",),
            "中共青阳县委组织部",
        ),
    ],
)
def test_sources_that_look_like_a_mirrors_are_read_as_stated(header, body, tail, source):
    assert page(*header, body=body, tail=tail)["source"] == source


def test_a_table_row_with_a_long_label_is_no_menu():
    rows = "贫困户人均纯收入 | 3500元 | 5200元 | 8600元\n建档立卡贫困户 | 120户 | 60户 | 0户"
    manifest = ManifestRow("r", "r.txt", "", "utf-8", "ok", "")
    figures = analyse("r", "某村脱贫攻坚成效显著\n" + BODY + "\n" + rows + "\n", manifest).figures
    assert {3500, 5200, 8600, 120, 60} <= {f.value for f in figures}


# Pages of the fourteenth pass: each case names what a blind reader wrote for such a page.
@pytest.mark.parametrize(
    "header, body, expected",
    [
        # "本报某地…电" is the paper's own dateline: the paper is named by its masthead, whose
        # page label ("B03版：") has no 第
        (
            [
                "某某农民报",
                "首页 | 版面导航 | 往期回顾",
                "某某农民报 B03版：乡村",
                "放大 缩小 默认",
                "某镇：党员带头种植中药材",
            ],
            "本报某镇6月2日电 " + BODY,
            {"title": "某镇：党员带头种植中药材", "source": "某某农民报"},
        ),
        # ... and without any masthead, 本报 names nothing
        (
            ["某镇：党员带头种植中药材"],
            "本报某镇6月2日电 " + BODY,
            {"title": "某镇：党员带头种植中药材", "source": ""},
        ),
        # a masthead with its edition, its date between it and its page line: no headline
        (
            ["某某日报(汉)", "2020年06月04日 星期四", "第A05版:要闻", "上一版   下一版", "[图片]"],
            BODY,
            {"title": "", "source": "某某日报"},
        ),
        # a 来源 line naming the platform an account posts on: the account is the source
        (
            [
                "某市：支部领办合作社 山区群众增收",
                "某市发布",
                "2021-03-12 09:46",
                "来源：澎湃新闻·澎湃号·政务",
            ],
            BODY,
            {"title": "某市：支部领办合作社 山区群众增收", "source": "某市发布"},
        ),
        # a study app's platform labels over the headline are no part of it
        (
            [
                "学习强国",
                "学习平台",
                "甘肃学习平台",
                "某县：“红色驿站”建在田间地头",
                "来源：某某新闻",
                "2019-07-24",
            ],
            BODY,
            {"title": "某县：“红色驿站”建在田间地头", "source": "某某新闻"},
        ),
        (["学习强国", "四川学习平台"], BODY, {"title": ""}),
    ],
)
def test_papers_own_datelines_platforms_and_study_apps(header, body, expected):
    got = page(*header, body=body)
    assert {k: got[k] for k in expected} == expected


@pytest.mark.parametrize(
    "header, body, tail, expected",
    [
        # a portal's row of a font switch, an empty counter and buttons, over a headline-less page
        (
            [
                "某县人民政府",
                "首页  政务动态  信息公开",
                "字体:【大】【中】【小】   浏览次数:   【打印】【关闭】",
            ],
            BODY,
            (),
            {"title": ""},
        ),
        # a disclosure table: an empty 发布机构 before 生成日期 names no source; the portal's
        # name and its section over the table are no headline
        (
            [
                "某县人民政府 信息公开",
                "索 引 号:01234567-8/202005-00012     信息分类:扶贫开发",
                "发布机构:                         生成日期:2020-05-12",
                "某县“党建+扶贫”带动贫困村增收",
                "发布时间:2020-05-12 10:20    阅读次数:312",
            ],
            BODY,
            (),
            {"title": "某县“党建+扶贫”带动贫困村增收", "source": ""},
        ),
        # a site's name and its motto over a page without a headline
        (["某某农业网 - 三农资讯门户", "首页 | 农业资讯 | 扶贫动态"], BODY, (), {"title": ""}),
        # an official account's name alone under the headline, its 来源 line below
        (
            [
                "岢岚县:支部领办合作社 山货卖出好价钱",
                "岢岚发布",
                "点击上方蓝字 关注我们",
                "来源:某某日报",
            ],
            BODY,
            (),
            {"title": "岢岚县:支部领办合作社 山货卖出好价钱", "source": "某某日报"},
        ),
        # a speech's headline over its speaker's role alone and its day
        (
            ["在全县抓党建促脱贫攻坚推进会上的讲话", "县委副书记、县长", "（2019年3月5日）"],
            BODY,
            (),
            {"title": "在全县抓党建促脱贫攻坚推进会上的讲话"},
        ),
        # a blog's copy that names the original headline in brackets after its text
        (
            ["close"],
            BODY,
            ("（原标题：某县：支部建在产业链上）",),
            {"title": "某县：支部建在产业链上"},
        ),
    ],
)
def test_portal_widgets_disclosure_tables_and_a_reposts_original_title(
    header, body, tail, expected
):
    got = page(*header, body=body, tail=tail)
    assert {k: got[k] for k in expected} == expected


# A second reader's misfires of the fourteenth pass's rules, each mended.
@pytest.mark.parametrize(
    "header, expected",
    [
        # a headline's second line that ends in 发布 is no account: its stem is no place
        (
            ["某县2020年脱贫攻坚", "成绩单发布", "来源：某某日报"],
            {"title": "某县2020年脱贫攻坚 成绩单发布"},
        ),
        # a headline about a study platform is a headline
        (["建好用好党员学习平台"], {"title": "建好用好党员学习平台"}),
        # two phrases ending in 网 and 平台 are a headline, not a site's name and motto
        (
            ["织密防返贫监测网 - 某县搭建兜底保障平台"],
            {"title": "织密防返贫监测网 - 某县搭建兜底保障平台"},
        ),
        # a paper's own account on a platform names the paper
        (
            ["某县：支部领办合作社", "某县发布", "2021-03-12 09:46", "来源：某某日报百家号"],
            {"source": "某某日报"},
        ),
    ],
)
def test_what_the_fourteenth_pass_rules_must_leave(header, expected):
    got = page(*header)
    assert {k: got[k] for k in expected} == expected


# The second blind round of the fourteenth pass: furniture of portals, apps, blogs, mirrors and
# documents over pages with and without a headline.
@pytest.mark.parametrize(
    "header, expected",
    [
        (["某县人民政府", "繁体 | 简体", "无障碍 | 智能问答"], {"title": ""}),
        (["中国某某网", "首页 | 滚动 | 国内 | 国际 | 社会 | 财经", "参与互动"], {"title": ""}),
        (["某某日报 数字报刊", "[上一篇] [下一篇] [返回目录]", "本报记者 张 三"], {"title": ""}),
        (["分享到:QQ空间 新浪微博 微信"], {"title": ""}),
        (["微信公众号文章 - 搜狗微信搜索 镜像", "公众号:某县组工"], {"title": ""}),
        (
            ["某某头条 · 地方 · 某市", "某县：党员带头种茶 群众增收"],
            {"title": "某县：党员带头种茶 群众增收"},
        ),
        (["张某的博客", "http://blog.example.com/u/28319 [订阅][手机订阅]"], {"title": ""}),
        (["中共某县委办公室文件", "某办发〔2017〕8号"], {"title": ""}),
        # 百家号's card: the paper's official account under the headline is the source
        (
            [
                "百度首页",
                "设置",
                "登录",
                "某县：党旗飘在茶园里",
                "某某日报",
                "某某日报官方帐号",
                "关注",
            ],
            {"title": "某县：党旗飘在茶园里", "source": "某某日报"},
        ),
        # a blog lists its post with the day before the headline
        (
            ["2017-03-20 某县:工作队帮扶 贫困户学技术找出路"],
            {"title": "某县:工作队帮扶 贫困户学技术找出路"},
        ),
        # a source "unknown" is none; a subtitle whose headline was lost is no headline
        (["某县：支部领办合作社", "来源:未知  阅读(213)"], {"source": ""}),
        (["——记某乡某村第一书记"], {"title": ""}),
        # a mirror glued its spam after a bar on the headline's line: the headline stays
        (
            ["某县:“党建+劳务”鼓起钱袋子|国产精品无码专区在线观看免费"],
            {"title": "某县:“党建+劳务”鼓起钱袋子"},
        ),
        # an app's account over its posting time and its label of the author
        (["某地三农观察", "11-23 09:41 · 优质三农领域创作者", "关注"], {"title": ""}),
    ],
)
def test_the_second_blind_rounds_furniture(header, expected):
    got = page(*header)
    assert {k: got[k] for k in expected} == expected


@pytest.mark.parametrize(
    "header, tail, expected",
    [
        # a page's keywords joined by commas over its headline are no paragraph of the article
        (
            [
                "阆中市,党建扶贫,驻村帮扶,乡村振兴,阆中新闻,南充新闻",
                "阆中：“支部+电商”卖出好价钱",
                "2020-08-14 10:21　来源：网络　编辑：小编",
            ],
            (),
            {"title": "阆中：“支部+电商”卖出好价钱", "source": "", "published": "2020-08-14"},
        ),
        # ... nor a hacked mirror's row of gambling brands
        (
            [
                "威尼斯人官网,皇冠体育投注,九游会登录,真人平台注册送彩金",
                "首页 > 地方 > 正文",
                "会同：党员带头种黄精",
                "2019年05月12日09:31  来源：怀化新闻网",
            ],
            (),
            {"title": "会同：党员带头种黄精", "source": "怀化新闻网"},
        ),
        # a portal's table of properties names its document; a blank 发布机构 names no office
        (
            [
                "宁远县人民政府信息公开",
                "索 引 号：  00321-2019-0087          主题分类：  扶贫",
                "发布机构：                         发文日期：",
                "名　　称：  宁远县推行“积分超市”激发脱贫内生动力",
                "成文日期：  2019-05-06              发布日期：  2019-05-08",
                "宁远县推行“积分超市”激发脱贫内生动力",
            ],
            (),
            {
                "title": "宁远县推行“积分超市”激发脱贫内生动力",
                "source": "",
                "published": "2019-05-08",
            },
        ),
        # a self-media copy: its 本文来源 line above the platform's disclaimer names the outlet
        (
            ["麻栗坡：党员“背篓服务队”走村串寨"],
            (
                "本文来源：麻栗坡县融媒体中心",
                "返回搜狐，查看更多",
                "平台声明：该文观点仅代表作者本人，搜狐号系信息发布平台，搜狐仅提供信息存储空间服务。",
                "阅读 (3120)",
            ),
            {"source": "麻栗坡县融媒体中心"},
        ),
        # an e-paper's page label ("A07 | 要闻") and a row of zoom buttons are no headline
        (
            [
                "某某日报电子版",
                "2018年06月21日 星期四",
                "A07 | 要闻",
                "PDF下载　　【放大】【缩小】【默认】",
            ],
            (),
            {"title": ""},
        ),
        # a WeChat copy's account and its link to the whole article under the headline
        (
            ["镇宁：“支部+蜂农”甜了日子", "", "镇宁发布　　　　　　　阅读全文", "来源 | 安顺日报"],
            (),
            {"title": "镇宁：“支部+蜂农”甜了日子", "source": "安顺日报"},
        ),
        # a site's section page title and a forum's site with its motto: no headline
        (["黔东南热点网_黔东南新闻_本地资讯", "热门关键词：  雷山  扶贫"], (), {"title": ""}),
        (
            ["凯里网 - 凯里人自己的网上家园", "凯里网 » 论坛 » 凯里新闻 » 查看内容"],
            (),
            {"title": ""},
        ),
        # a red-headed document: its issuer over its 关于 line is the headline, its attachment
        # link and number are not
        (
            [
                "附件下载：鹤组发〔2017〕9号.doc",
                "中共鹤峰县委组织部文件",
                "鹤组发〔2017〕9号",
                "中共鹤峰县委组织部",
                "关于开展“党员结对帮扶”活动的通知",
            ],
            (),
            {"title": "中共鹤峰县委组织部关于开展“党员结对帮扶”活动的通知"},
        ),
        # a site's channel reporting under its own name
        (
            [
                "首页 | 新闻 | 湖南",
                "您的位置：国际在线 > 湖南频道 > 地市新闻",
                "国际在线湖南频道报道（记者 张某）：在桑植县，村党支部领办的合作社今年带动贫困户"
                "312户种植茶叶，户均增收4000元。",
            ],
            (),
            {"source": "国际在线湖南频道"},
        ),
        # another article's tail saved above this one's headline, with the links between them
        (
            [
                "村民们说，今年的油茶长势喜人，合作社还承诺年底按股分红。（完）",
                "上一篇：某县召开2019年基层党建工作推进会",
                "下一篇：某市“万企帮万村”行动成效明显",
                "泸溪：党员“领头雁”带活椪柑产业",
                "2019/11/08 10:12   稿源：团结报   点击：986",
            ],
            (),
            {
                "title": "泸溪：党员“领头雁”带活椪柑产业",
                "source": "团结报",
                "published": "2019-11-08",
            },
        ),
        # a date with a two-digit year and its time; the paper in the reporters' brackets
        (
            [
                "珲春：驻村工作队把“空壳村”变成“产业村”",
                "18-09-21 08:31",
                "（延边日报记者 朴某某 通讯员 金某）",
            ],
            (),
            {"source": "延边日报", "published": "2018-09-21"},
        ),
        # a county media centre's reporter under the date: a byline, not a headline
        (
            ["2018-09-26 16:40:11", "巫溪县融媒体中心记者 李 玲 实习生 王 婷"],
            (),
            {"title": "", "source": "巫溪县融媒体中心"},
        ),
        # a byline naming the outlet's two sites joined by a dash is no page title
        (
            ["通江：千名干部沉一线", "2019年10月08日 10:35  来源:四川新闻网-巴中新闻网"],
            (),
            {"title": "通江：千名干部沉一线", "source": "四川新闻网-巴中新闻网"},
        ),
        # a flip-book's page, the book first: the book is the source, its section no headline
        (
            ["肇州年鉴2019 - 第88页", "上一页  下一页  目录", "", "扶贫开发"],
            (),
            {"title": "", "source": "肇州年鉴2019"},
        ),
        # a headline broken after its place and colon
        (
            [
                "红网",
                "首页 > 县市区 > 桑植",
                "",
                "桑植县：",
                "党建引领老区脱贫奔小康",
                "2018-12-04 09:27:35    作者：方 晶",
            ],
            (),
            {"title": "桑植县：党建引领老区脱贫奔小康"},
        ),
    ],
)
def test_the_fifteenth_pass_page_furniture(header, tail, expected):
    got = page(*header, tail=tail)
    assert {k: got[k] for k in expected} == expected


def test_what_the_fifteenth_pass_rules_must_leave():
    from helpers.extract.text import boilerplate as bp

    # a sentence of short clauses is prose, not a row of keywords: it ends its sentence
    clauses = "村里修了路,通了水,建了房,办了厂,富了民,也留住了一批返乡创业的年轻人和大学生。"
    assert bp.is_body(clauses) and not bp.keyword_row(clauses)
    # a short article of its own closed by （完） above its editor's line keeps its headline
    got = page(
        "松桃：党员带头养蜂",
        "2019-04-02 10:11 来源：铜仁日报",
        body="近年来，松桃县坚持党员带头，全县建成养蜂合作社12个，带动贫困户330户增收。（完）",
        tail=("责任编辑：杨某",),
    )
    assert (got["title"], got["source"]) == ("松桃：党员带头养蜂", "铜仁日报")


@pytest.mark.parametrize(
    "header, expected",
    [
        # a page's own article closed by （完） under its byline, another article after it
        (
            [
                "镇宁县召开脱贫攻坚推进会",
                "来源：安顺日报 2019-07-03",
                "7月2日，镇宁县召开脱贫攻坚推进会，全县96支驻村工作队队长参加会议。（完）",
                "紫云县：扶贫车间开到家门口",
                "来源：安顺日报 2019-07-02",
            ],
            {"title": "镇宁县召开脱贫攻坚推进会"},
        ),
        # a site's or a column's name in a field is no document's name
        (
            [
                "网站名称：某某县人民政府门户网站",
                "某县：党员带头种刺梨",
                "2019-07-03 来源：某县融媒体中心",
            ],
            {"title": "某县：党员带头种刺梨"},
        ),
        (
            ["栏目名称：脱贫攻坚工作动态", "某县：党员带头种刺梨", "2019-07-03"],
            {"title": "某县：党员带头种刺梨"},
        ),
        # parallel headlines are no keyword rows
        (
            ["产业兴、百姓富、生态美、乡风淳、党建强", "2020-06-01 来源：某某日报"],
            {"title": "产业兴、百姓富、生态美、乡风淳、党建强"},
        ),
        (
            ["种茶,养蜂,办民宿,搞电商,建车间", "2020-06-01 来源：某某日报"],
            {"title": "种茶,养蜂,办民宿,搞电商,建车间"},
        ),
        # a headline ending in 动态 before its site; a paginated article; a site before a headline
        (["脱贫攻坚新动态_铜仁网", "2020-06-01"], {"title": "脱贫攻坚新动态"}),
        # a reporter's rank in brackets names no outlet; a channel reported through 据
        (["某县：党员带头种刺梨", "2019-07-03", "（实习记者 张晓明）"], {"source": ""}),
        (["某县：党员带头种刺梨", "2019-07-03", "（特约记者 王 强）"], {"source": ""}),
    ],
)
def test_what_the_fifteenth_pass_furniture_rules_must_leave(header, expected):
    got = page(*header)
    assert {k: got[k] for k in expected} == expected

    # a site's name before a headline that ends in 家园 leaves the headline in the title
    assert "搬迁群众住进新家园" in page("天山网 - 搬迁群众住进新家园")["title"]


@pytest.mark.parametrize(
    "header, expected",
    [
        # a forum thread: its poster over 发表于 is no headline; the thread's tag and (转) go
        (
            [
                "某某论坛 - 某某人自己的网上家园",
                "[乡镇动态] 彝良县“头雁”工程让支部强起来(转)",
                " [复制链接]",
                "乌蒙小哥",
                "发表于 2016-5-12 09:13:27 |只看该作者 |倒序浏览",
            ],
            {"title": "彝良县“头雁”工程让支部强起来", "published": "2016-05-12"},
        ),
        # a flip-book's page named with an underscore, a compilation's year in brackets
        (["凤山县年鉴2019_第88页", "第88页"], {"title": "", "source": "凤山县年鉴2019"}),
        (
            ["河池市抓党建促脱贫攻坚案例选编(2019) - 第12页"],
            {"title": "", "source": "河池市抓党建促脱贫攻坚案例选编(2019)"},
        ),
        # a 网易号 share card's prompts and its sign-up button
        (
            [
                "网易首页 > 网易号 > 正文",
                "申请入驻",
                "",
                "五峰:党员中心户带出茶叶“致富经”",
                "0",
                "分享至",
                "",
                "用微信扫码二维码",
                "分享至好友和朋友圈",
            ],
            {"title": "五峰:党员中心户带出茶叶“致富经”"},
        ),
        # a blog's name over its menu from home
        (["乌蒙山下的家", "首页 | 文章 | 相簿 | 留言 | 关于我", "分类:转贴文章"], {"title": ""}),
    ],
)
def test_the_fifteenth_pass_second_round_furniture(header, expected):
    got = page(*header)
    assert {k: got[k] for k in expected} == expected


@pytest.mark.parametrize(
    "header, tail, expected",
    [
        # "来源：本站原创" names no outlet; an 作者 field naming a body does
        (
            [
                "某某县人民政府网",
                "首页 新闻中心",
                "阿合奇县“访惠聚”工作队助力产业发展",
                "作者:阿合奇县委宣传部   来源:本站原创   浏览次数:316",
            ],
            [],
            {"title": "阿合奇县“访惠聚”工作队助力产业发展", "source": "阿合奇县委宣传部"},
        ),
        # an app's account over its posting time with the author's label: the account is no
        # headline, and its footer "本文为 … 原创" names it as the source
        (
            [
                "黔东南乡村观察",
                "2020-07-15 10:02 · 优质三农领域创作者",
                "关注",
                "",
                "台江县:合作社里的“党员示范田”",
            ],
            ["举报/反馈", "本文为 黔东南乡村观察 原创,未经授权不得转载"],
            {"title": "台江县:合作社里的“党员示范田”", "source": "黔东南乡村观察"},
        ),
        # a blog's repost mark with its colon before the headline
        (
            [
                "塞北老兵的博客",
                "正文 字体大小:大 中 小",
                "转载:扎鲁特旗驻村日记——嘎查里的新变化",
                "(2017-09-02 20:11:45)",
            ],
            [],
            {"title": "扎鲁特旗驻村日记——嘎查里的新变化", "published": "2017-09-02"},
        ),
        # a journal's issue line under the headline, its name in title marks: the source
        (
            [
                "期刊文章 > 新长征 > 2019年第8期",
                "",
                "榆树市:“红色代办”跑出为民加速度",
                "",
                "《新长征》 2019年第8期",
                "",
                "文/本刊记者 赵某某",
            ],
            [],
            {"title": "榆树市:“红色代办”跑出为民加速度", "source": "新长征"},
        ),
    ],
)
def test_the_sixteenth_pass_page_furniture(header, tail, expected):
    got = page(*header, tail=tuple(tail))
    assert {k: got[k] for k in expected} == expected


@pytest.mark.parametrize(
    "header, tail, expected",
    [
        # the paper's own 本报原创 is still no outlet; "本文为本报原创" names none either
        (
            ["某某日报", "柘荣县：党员带头种太子参", "来源：本报原创"],
            ["本文为本报原创"],
            {"source": ""},
        ),
        # a 转载 word inside a headline is the headline's
        (["社评：转载须注明出处的规矩不能破"], [], {"title": "社评：转载须注明出处的规矩不能破"}),
        # a headline that names a periodical's issue is still the headline
        (
            ["《求是》2020年第5期刊发的文章在基层引起热烈反响", "2020-03-02 09:00"],
            [],
            {"title": "《求是》2020年第5期刊发的文章在基层引起热烈反响"},
        ),
    ],
)
def test_what_the_sixteenth_pass_furniture_rules_must_leave(header, tail, expected):
    got = page(*header, tail=tuple(tail))
    assert {k: got[k] for k in expected} == expected


@pytest.mark.parametrize(
    "header, tail, expected",
    [
        # a portal's tagline under its name, and a date bar with its sign-in links, over the
        # headline: both are the site's
        (
            [
                "瑞金市人民政府",
                "红军摇篮 · 红色故都",
                "首页 | 政务公开 | 网上办事",
                "2018-09-03 星期一   登录 | 注册",
                "位置：网站首页 > 乡镇动态",
                "",
                "叶坪乡：“党员+合作社”种出致富果",
                "",
                "2018-09-03",
            ],
            [],
            {"title": "叶坪乡：“党员+合作社”种出致富果", "published": "2018-09-03"},
        ),
        # a site's name with its motto, and a row of share targets, are no headline
        (
            ["乡村资讯网 - 新农村 新生活", "首页 | 政策 | 扶贫", "2019/04/11 10:02 阅读(312)"],
            [],
            {"title": ""},
        ),
        (
            ["发布时间：2020-06-02 09:10 【字体：大 中 小】 分享到：", "微信 微博 QQ空间"],
            [],
            {"title": "", "published": "2020-06-02"},
        ),
        # a mobile page's menu and its button to the news app: no headline, no outlet
        (
            ["☰ 菜单    返回", "2019-02-15 10:42  手机看新闻", "A-  A+"],
            [],
            {"title": "", "source": ""},
        ),
        # a mirror's disclaimer in its copyright line names no outlet
        (
            ["精品资讯 | 国内 | 社会"],
            ["2019-2021 版权所有 本站文章均来自互联网，如有侵权请联系删除"],
            {"source": ""},
        ),
        # an e-paper's masthead over its page navigation is the source
        (
            [
                "甘孜日报",
                "2020-06-08 星期一",
                "版面导航  放大  缩小  默认",
                "",
                "理塘：党建引领 牦牛产业兴起来",
            ],
            [],
            {"source": "甘孜日报"},
        ),
        # an 作者 field that names an outlet
        (
            ["丹凤县：党员带头种核桃", "作者:陕西网  发布时间:2019-11-12  阅读量:320"],
            [],
            {"source": "陕西网"},
        ),
    ],
)
def test_the_sixteenth_pass_second_round_furniture(header, tail, expected):
    got = page(*header, tail=tuple(tail))
    assert {k: got[k] for k in expected} == expected


@pytest.mark.parametrize(
    "lead, source",
    [
        # a lead that opens with the paper that reported it, in title marks or not
        ("据《黔东南日报》报道 走进台江县的茶园，党员示范田里一片繁忙。", "黔东南日报"),
        # an outlet's own word for its report, with its reporter in brackets
        ("中国江西网报道（记者 刘某）：在于都县的蔬菜基地，党员带着群众种大棚。", "中国江西网"),
        # a place reported on is no outlet
        ("于都县报道显示，党员带着群众种大棚。", ""),
    ],
)
def test_the_sixteenth_pass_leads_that_name_their_outlet(lead, source):
    assert page(body=lead)["source"] == source


@pytest.mark.parametrize(
    "header, tail, expected",
    [
        # a second reader's probes of the sixteenth pass: short headlines with a middot or a
        # bar after a word ending in 网 stay headlines
        (["镇原 · 党建引领果业兴", "2019-03-02 10:00"], [], {"title": "镇原 · 党建引领果业兴"}),
        (
            ["织密防贫保障网 - 党员带头 群众安心", "2019-03-02"],
            [],
            {"title": "织密防贫保障网 - 党员带头 群众安心"},
        ),
        # a relay's 转自 before the outlet is cut, the outlet kept
        (["某县：党员带头种茶", "来源：转自人民网"], [], {"source": "人民网"}),
        (["某县：党员带头种茶", "来源：本网转自中国甘肃网"], [], {"source": "中国甘肃网"}),
        # a netizen's or the writer's own article names no outlet
        (
            ["某县：党员带头种茶", "2019-03-02"],
            ["本文为网友原创，不代表本站观点。"],
            {"source": ""},
        ),
    ],
)
def test_what_the_sixteenth_pass_second_round_rules_must_leave(header, tail, expected):
    got = page(*header, tail=tuple(tail))
    assert {k: got[k] for k in expected} == expected


def test_a_lead_that_cites_a_journals_issue_names_no_source():
    assert (
        page(body="《求是》2020年第11期发表的文章指出，党建引领脱贫攻坚成效明显。")["source"] == ""
    )


@pytest.mark.parametrize(
    "header, tail, expected",
    [
        # a printed yearbook's running head, its year in brackets and its page between dots:
        # the book's page, no headline, the book the source
        (
            ["丹凤年鉴(2018)                        · 147 ·", "乡镇概况", ""],
            [],
            {"title": "", "source": "丹凤年鉴(2018)"},
        ),
        (["通渭年鉴（2019）", "·88·", "党建扶贫"], [], {"title": "", "source": "通渭年鉴（2019）"}),
        # an app's account and "2年前" under the headline
        (
            [
                "快资讯",
                "推荐 热点 三农 健康 财经",
                "茶园里的“红色引擎”：党员带着乡亲奔小康",
                "乡土黄冈",
                "2年前",
                "关注",
            ],
            [],
            {"title": "茶园里的“红色引擎”：党员带着乡亲奔小康"},
        ),
        # a document site's upload notice over the document
        (
            [
                "文档投稿网 > 工作总结 > 正文",
                "立即下载  加入收藏",
                "本文由用户上传，仅供学习交流",
                "中共某某镇委员会关于2019年抓党建促脱贫攻坚工作情况的报告",
                "",
                "县委：",
            ],
            [],
            {"title": "中共某某镇委员会关于2019年抓党建促脱贫攻坚工作情况的报告"},
        ),
        # a portal's summary field left empty over the headline
        (
            [
                "索 引 号：1134/201809-00021",
                "发布机构：某县委组织部  生成日期：2018-09-05",
                "内容概述：",
                "",
                "某乡：“党建+茶叶”点亮脱贫路",
            ],
            [],
            {"title": "某乡：“党建+茶叶”点亮脱贫路"},
        ),
        # a WeChat account's card over the headline
        (
            [
                "微信号：hxrmtzx",
                "功能介绍：传播某县声音，讲好某县故事",
                "",
                "某县：“党建+光伏”点亮坝上致富路",
            ],
            ["来源：某某日报"],
            {"title": "某县：“党建+光伏”点亮坝上致富路", "source": "某某日报"},
        ),
        # a blog's profile card is no headline
        (
            ["老区后生的博客", "个人资料", "博客等级：", "博客积分：286", "关注人气：41"],
            [],
            {"title": ""},
        ),
        # an e-paper's foot names its paper
        (
            ["某乡：党员带头种蘑菇"],
            ["（上接第一版）", "甘孜日报社 版权所有"],
            {"source": "甘孜日报"},
        ),
    ],
)
def test_the_sixteenth_pass_third_round_furniture(header, tail, expected):
    got = page(*header, tail=tuple(tail))
    assert {k: got[k] for k in expected} == expected


@pytest.mark.parametrize(
    "header, expected",
    [
        # a second reader's probes of the third round: a yearbook's name alone over an entry a
        # site put online leaves the entry's heading the headline
        (
            ["岳西年鉴2019", "岳西县2018年脱贫攻坚工作综述", "来源：岳西县史志办 2019-12-03"],
            {"title": "岳西县2018年脱贫攻坚工作综述", "source": "岳西县史志办"},
        ),
        # a time right under the headline, no account between: the headline stays
        (["石门县峡谷村的脱贫故事", "2年前"], {"title": "石门县峡谷村的脱贫故事"}),
    ],
)
def test_what_the_sixteenth_pass_third_round_rules_must_leave(header, expected):
    got = page(*header)
    assert {k: got[k] for k in expected} == expected


LEAD_OF_AN_APP = (
    "{name}讯 走进恩施市白果乡的茶园，党员们正带着群众采摘夏茶。近年来，乡党委坚持抓党建促脱贫，"
    "全乡贫困户1200户全部脱贫。"
)


@pytest.mark.parametrize(
    "header, body, expected",
    [
        # an e-paper's PDF button between its page navigation and the headline
        (
            [
                "湘西团结报",
                "2019年05月21日 星期二",
                "第03版:乡村振兴",
                "上一版    下一版",
                " PDF下载  ",
                "",
                "保靖：“支部+茶园”让黄金茶成了致富茶",
                "",
                "本报记者 田某某 通讯员 彭某",
            ],
            BODY,
            {"title": "保靖：“支部+茶园”让黄金茶成了致富茶", "source": "湘西团结报"},
        ),
        # an app's short name over the headline, named again by the lead's dateline
        (
            ["云上", "", "恩施：驻村队员的“民情日记”"],
            LEAD_OF_AN_APP.format(name="云上"),
            {"title": "恩施：驻村队员的“民情日记”", "source": "云上"},
        ),
        # ... or by the byline under it
        (
            ["闽南+", "德化：党员“红马甲”跑出脱贫加速度", "闽南+ 作者:林某 陈某"],
            BODY,
            {"title": "德化：党员“红马甲”跑出脱贫加速度", "source": "闽南+"},
        ),
        # the e-paper's page name over the headline, then a couplet kicker: the headline alone
        (
            [
                "恩施日报 2018年09月12日 第04版",
                "版面导航：第01版：要闻 第04版：决战脱贫 第05版：综合",
                "决战脱贫",
                "",
                "茶园连着党支部  群众跟着党员走",
                "鹤峰：“党建+茶叶”鼓起群众钱袋子",
                "",
                "本报记者 向某某",
            ],
            BODY,
            {"title": "鹤峰：“党建+茶叶”鼓起群众钱袋子", "source": "恩施日报"},
        ),
        # another article's last sentence signed by its editor, then links, over this one
        (
            [
                "…新增就业岗位320个，确保群众搬得出、稳得住。（责任编辑：李某）",
                "上一篇：某某市召开防汛工作会议",
                "下一篇：某某区开展消防应急演练",
                "",
                "正安县：党建引领“三变”改革",
                "",
                "时间：19-05-16  来源：遵义日报  作者：王某某",
            ],
            BODY,
            {
                "title": "正安县：党建引领“三变”改革",
                "source": "遵义日报",
                "published": "2019-05-16",
            },
        ),
        # a relay that names where the article first appeared: the original
        (
            ["汝城县：一个村的“红色”脱贫路", "转载自：郴州网　　原载：郴州日报　　2020年3月2日"],
            BODY,
            {"source": "郴州日报", "published": "2020-03-02"},
        ),
        # a byline's outlet paired with its app
        (
            ["湖南日报·新湖南记者 周 某 通讯员 谭某 凤凰报道"],
            BODY,
            {"title": "", "source": "湖南日报·新湖南"},
        ),
        # a news site's name before the headline, on a company's copy of it
        (
            [
                "某某机械有限公司",
                "首页 公司简介 产品中心 新闻动态 联系我们",
                "怀化新闻网:溆浦党建“双带”助脱贫",
            ],
            BODY,
            {"source": "怀化新闻网"},
        ),
    ],
)
def test_the_seventeenth_pass_page_furniture(header, body, expected):
    got = page(*header, body=body)
    assert {k: got[k] for k in expected} == expected


@pytest.mark.parametrize(
    "header, body, tail, expected",
    [
        # the page's own article signed by its editor on a line of its own, a teaser of the next
        # below: that teaser's headline is not this page's
        (
            ["    “以前是干部推着群众走，现在是群众追着干部问项目。”村支书说，下一步"],
            "",
            [
                "【责任编辑:和某某】",
                "下一篇",
                "某县召开2019年抓党建促脱贫攻坚现场推进会",
                "2019-11-02 10:12:36  来源:某县委组织部",
                "    10月30日，某县在某镇召开抓党建促脱贫攻坚现场推进会，县委常委出席会议。",
            ],
            {"title": ""},
        ),
        # a dateline's name the page does not print alone names no outlet
        ([], LEAD_OF_AN_APP.format(name="乡村"), [], {"source": ""}),
        # a word that ends in 网 before a colon is no site
        (["互联网：某县电商扶贫的新路子"], BODY, [], {"source": ""}),
        # a labelled month and day without a year date nothing
        (["某某县党建引领脱贫攻坚", "时间：07-26 10:30"], BODY, [], {"published": ""}),
    ],
)
def test_what_the_seventeenth_pass_furniture_rules_must_leave(header, body, tail, expected):
    got = page(*header, body=body, tail=tuple(tail))
    assert {k: got[k] for k in expected} == expected


@pytest.mark.parametrize(
    "header, expected",
    [
        # another article's last lines, closed by the page's print and close buttons
        (
            [
                "产业链条，带动群众家门口就业。截至8月底，全县已建成扶贫车间41个，吸纳劳动力900人。",
                "",
                "【打印本页】 【关闭窗口】",
                "",
                "会昌县：支部建在脐橙园 党员带头闯市场",
                "",
                "2017年9月14日  来源：赣南日报",
            ],
            {
                "title": "会昌县：支部建在脐橙园 党员带头闯市场",
                "source": "赣南日报",
                "published": "2017-09-14",
            },
        ),
        # a list of related headlines, each dated in brackets before it, over the article
        (
            [
                "相关新闻",
                "[2018-04-12] 息县：党员带头搞养殖 贫困群众有奔头",
                "[2018-04-20] 潢川县召开驻村第一书记工作交流会",
                "光山县：“双述双评”让驻村干部沉下去",
                "2018/05/03 来源：信阳日报 作者：胡某某",
            ],
            {
                "title": "光山县：“双述双评”让驻村干部沉下去",
                "source": "信阳日报",
                "published": "2018-05-03",
            },
        ),
    ],
)
def test_the_seventeenth_pass_second_round_furniture(header, expected):
    got = page(*header)
    assert {k: got[k] for k in expected} == expected


def test_a_bracketed_date_before_a_byline_still_dates_the_page():
    # a byline dated in brackets names its people, not another article's headline
    got = page("某县：党员带头种花椒", "[2019-06-02] 来源：某某日报 记者 张某某")
    assert got["published"] == "2019-06-02"


@pytest.mark.parametrize(
    "header, body, tail, expected",
    [
        # a second reader's probes: the page's own short article signed off by its editor, a
        # teaser of the next below
        (
            ["望谟县：党员带头种板栗"],
            "　　本报讯（记者 张某）某村党支部带头种板栗，全村126户全部脱贫。（编辑：王某）",
            [
                "上一篇",
                "某县召开抓党建促脱贫攻坚推进会",
                "2019-11-02 来源：某县委组织部",
                "　　10月30日，某县召开抓党建促脱贫攻坚推进会，县委常委出席会议并讲话。",
            ],
            {"title": "望谟县：党员带头种板栗"},
        ),
        # a headline's first phrase that ends in 网 is no site
        (["天罗地网：某县织密防返贫监测网"], BODY, [], {"source": ""}),
        # a page's own date in brackets, with its counter or its supplier
        (
            ["某县：支部领着干 群众跟着富", "【2018-09-25】 点击数：1234 【字号：大 中 小】"],
            BODY,
            [],
            {"published": "2018-09-25"},
        ),
        # a paper's all-media desk is no app paired with it: the paper
        (
            ["某县：支部领着干 群众跟着富", "黔西南日报·融媒体记者 张某 通讯员 李某"],
            BODY,
            [],
            {"source": "黔西南日报"},
        ),
        # a column's name over the headline and its byline is no outlet
        (["扶贫日记", "驻村第一书记的一天", "扶贫日记 作者：李某"], BODY, [], {"source": ""}),
    ],
)
def test_what_the_seventeenth_pass_furniture_mends_hold(header, body, tail, expected):
    got = page(*header, body=body, tail=tuple(tail))
    assert {k: got[k] for k in expected} == expected


@pytest.mark.parametrize(
    "header, body, tail, expected",
    [
        # a second reader's probes of the mends: another article's tail with a subheading in it;
        # a brief above the page's headline; a news site before the headline's colon; a related
        # headline dated in brackets; an all-media desk; a 百家号 card under a two-line headline;
        # an app's name over the headline and its byline
        (
            [
                "村里还建起了扶贫车间，吸纳周边群众就业。",
                "产业兴旺",
                "如今，村里的茶园面积达到3000亩，群众增收有了保障。（责任编辑：王某）",
                "石阡县：党建引领茶产业",
                "来源：铜仁日报 2019-05-06",
            ],
            BODY,
            [],
            {"title": "石阡县：党建引领茶产业", "source": "铜仁日报", "published": "2019-05-06"},
        ),
        (
            [
                "本报讯（记者 张某）近日，县委组织部召开会议，部署基层党建工作。（责任编辑：王某）",
                "石阡县：党建引领茶产业",
                "来源：铜仁日报 2019-05-06",
            ],
            BODY,
            [],
            {"title": "石阡县：党建引领茶产业", "source": "铜仁日报"},
        ),
        (["人民网：贵州石阡党建引领脱贫攻坚"], BODY, [], {"source": "人民网"}),
        (
            ["某县党建引领促脱贫"],
            BODY,
            ["相关新闻：", "[2017-03-01] 铜仁市：第一书记带领群众脱贫致富"],
            {"published": ""},
        ),
        (
            ["竹山县：党建引领产业兴", "十堰日报·融媒体记者 李某 通讯员 王某"],
            BODY,
            [],
            {"source": "十堰日报"},
        ),
        (
            ["湖北竹山：党建引领产业兴", "贫困群众腰包鼓起来", "湖北日报官方帐号"],
            BODY,
            [],
            {"source": "湖北日报"},
        ),
        (["长江云", "竹山县：党建引领产业兴", "长江云 作者：李某"], BODY, [], {"source": "长江云"}),
    ],
)
def test_what_the_seventeenth_pass_second_mends_hold(header, body, tail, expected):
    got = page(*header, body=body, tail=tuple(tail))
    assert {k: got[k] for k in expected} == expected


def test_a_tv_programmes_greeting_keeps_its_sentence():
    # "大家好，欢迎收看…。今天…" opens a transcript: its facts are the report's
    manifest = ManifestRow("r", "r.txt", "", "utf-8", "ok", "")
    text = (
        "大家好，欢迎收看《脱贫攻坚进行时》。今天我们走进竹山县，党建引领带动贫困户1260户增收。\n"
    )
    figures = analyse("r", text, manifest, with_terms=False).figures
    assert [(f.raw, f.metric) for f in figures] == [("1260户", "beneficiary_households")]


@pytest.mark.parametrize(
    "header, body, tail, expected",
    [
        # the paper's reporters close the last paragraph in brackets; a forum's replies follow,
        # and an anti-copy tag sits after the bracket
        (
            [],
            BODY[:-1] + "。（黔东南日报记者 吴 某 通讯员 杨某）7 K# q2",
            ["回复", "使用道具 举报", "给雷山县点赞！"],
            {"source": "黔东南日报"},
        ),
        # one role, two names set apart by spaces: a byline, not a headline
        (["2018-05-02 09:30", "通讯员 刘 某 张某某"], BODY, [], {"title": ""}),
        # a column's label over a headline that opens with its place
        (
            [
                "丹凤县人民政府",
                "首页 > 新闻中心 > 镇办动态",
                "脱贫一线",
                "丹凤县棣花镇：党员带头种茶叶",
            ],
            BODY,
            [],
            {"title": "丹凤县棣花镇：党员带头种茶叶"},
        ),
        # a forum's thread buttons and a site's tag line are furniture, not headlines
        (["查看: 1024|回复: 2", "打印 上一主题 下一主题", "楼主"], BODY, [], {"title": ""}),
        (["热门标签:扶贫 党建 乡村振兴", "(记者 张某)"], BODY, [], {"title": ""}),
        # the outlet named under 来源于 at the article's foot
        ([], BODY, ["来源于:商洛日报", "发布日期:2019-06-03"], {"source": "商洛日报"}),
        # a view counter glued to the outlet, its count lost, on the posting line
        (
            ["镇安：党员带头种板栗", "2019-05-27 08:36:12  商洛日报次阅读"],
            BODY,
            [],
            {"title": "镇安：党员带头种板栗", "source": "商洛日报", "published": "2019-05-27"},
        ),
        # the body that supplied the text, alone on the first line: the source, not a headline
        (["    镇雄县委组织部供稿"], BODY, [], {"title": "", "source": "镇雄县委组织部"}),
        # a news site's name set apart before the headline on its line
        (
            ["中国江西网 会昌县：党员带头种脐橙", "首页 | 时政 | 社会"],
            BODY,
            [],
            {"title": "会昌县：党员带头种脐橙"},
        ),
        # an account's name over its posting line, named again by the follow prompt
        (
            [
                "镇雄发布",
                "镇雄县融媒体中心  2020-04-02",
                "",
                "镇雄：支部领着干 群众跟着富",
                "↑点击上方“镇雄发布”关注我们",
            ],
            BODY,
            [],
            {"title": "镇雄：支部领着干 群众跟着富"},
        ),
    ],
)
def test_the_eighteenth_pass_page_furniture(header, body, tail, expected):
    got = page(*header, body=body, tail=tuple(tail))
    assert {k: got[k] for k in expected} == expected


@pytest.mark.parametrize(
    "header, expected",
    [
        # a headline's first half that ends in 网 is no site
        (["织密一张网 守护贫困户", "2019-03-02 来源：某某日报"], "织密一张网 守护贫困户"),
        # a short line over a headline that does not open with a place may be its first half
        (["扶贫路上", "党员冲在最前面", "2019-03-02 来源：某某日报"], "扶贫路上 党员冲在最前面"),
    ],
)
def test_what_the_eighteenth_pass_furniture_rules_must_leave(header, expected):
    assert page(*header)["title"] == expected


@pytest.mark.parametrize(
    "header, expected",
    [
        # a portal's list of news, each dated in brackets after its headline, dates nothing
        (
            [
                "新闻动态",
                "· 石泉县召开抓党建促脱贫攻坚推进会  [2017-05-21]",
                "· 后柳镇：党员带头种桑养蚕助增收  [2017-05-19]",
                "更多>>",
            ],
            {"published": "", "title": ""},
        ),
        # a headline of the form "某地：…" split over two short lines is one headline, with no
        # byline under it and under a column's label
        (
            ["旬阳县：支部建在产业链上", "党员冲在脱贫最前沿"],
            {"title": "旬阳县：支部建在产业链上 党员冲在脱贫最前沿"},
        ),
        (
            ["【脱贫攻坚】", "旬阳县：支部建在产业链上", "党员冲在脱贫最前沿"],
            {"title": "旬阳县：支部建在产业链上 党员冲在脱贫最前沿"},
        ),
        # ... but not a subtitle that says its own clause, nor a columnist's name and button
        (
            ["旬阳县：支部建在产业链上", "“三个到位”推动精准扶贫落地"],
            {"title": "旬阳县：支部建在产业链上"},
        ),
        (["旬阳县：支部建在产业链上", "乡村观察员　关注"], {"title": "旬阳县：支部建在产业链上"}),
    ],
)
def test_the_eighteenth_pass_lists_and_split_headlines(header, expected):
    got = page(*header)
    assert {k: got[k] for k in expected} == expected


@pytest.mark.parametrize(
    "header, body, tail, expected",
    [
        # a second reader's probes: the line under "某地：…" that is the lead, a dateline, an
        # outlet or a subtitle that lost its dash is not the headline's second half
        (
            ["三都县：党建引领产业兴", "记者日前从县扶贫办获悉"],
            BODY,
            [],
            {"title": "三都县：党建引领产业兴"},
        ),
        (
            ["榕江县：党建引领产业兴", "榕江县融媒体中心讯"],
            BODY,
            [],
            {"title": "榕江县：党建引领产业兴"},
        ),
        (
            ["凤冈县：小茶叶撬动大产业", "贵州日报天眼新闻"],
            BODY,
            [],
            {"title": "凤冈县：小茶叶撬动大产业"},
        ),
        (
            ["平塘县：易地扶贫搬迁群众住新房", "记县扶贫办主任王某某"],
            BODY,
            [],
            {"title": "平塘县：易地扶贫搬迁群众住新房"},
        ),
        # a headline that ends its first phrase in 在线 keeps it
        (["便民服务在线 群众办事不出村"], BODY, [], {"title": "便民服务在线 群众办事不出村"}),
        # a photo's credit supplies no text
        ([], BODY, ["图片由张某某供稿"], {"source": ""}),
        # ... but reporters' bracket after a villager's quoted words closing the article is
        (
            [],
            BODY + "\n村民王某高兴地说：“跟着支部干，日子越过越有奔头了。”（贵州日报记者 吴某）",
            ["回复", "顶一下"],
            {"source": "贵州日报"},
        ),
        # a repost's notice in words: where the page took it from
        (
            ["2018.09.14　本文转自上观新闻，原载解放日报　作者：王某"],
            BODY,
            [],
            {"source": "上观新闻"},
        ),
    ],
)
def test_what_the_eighteenth_pass_second_reader_found(header, body, tail, expected):
    got = page(*header, body=body, tail=tuple(tail))
    assert {k: got[k] for k in expected} == expected


@pytest.mark.parametrize(
    "header, expected",
    [
        # a list of other articles above the article, closed by "更多>>"; or each with its date
        (
            [
                "热点推荐",
                "丁寨乡召开驻村工作推进会",
                "高乐山镇开展党员集中轮训",
                "清坪镇：小茶叶撬动大产业",
                "更多>>",
            ],
            {"title": "", "published": ""},
        ),
        (
            [
                "宿豫区召开经济薄弱村帮扶工作推进会　2016-09-21",
                "陆集镇：“一村一品”拓宽低收入农户增收路　2016-09-20",
                "县委组织部召开驻村工作队座谈会　2016-09-19",
            ],
            {"title": "", "published": ""},
        ),
        # the site's name with its date bar; a post addressed to a reader; an e-paper's
        # bracketed PDF button over the headline
        (
            ["项城市人民政府网　　今天是：", "时间：2018-12-07 10:20"],
            {"title": "", "published": "2018-12-07"},
        ),
        (
            ["@周口老乡:", "|", "项城市：党员带头办车间 贫困户家门口挣钱"],
            {"title": "项城市：党员带头办车间 贫困户家门口挣钱"},
        ),
        (
            [
                "沧州日报 2017年08月22日 第A03版:综合新闻",
                "[PDF版下载]",
                "",
                "献县：支部领着干 荒坡变果园",
                "本报讯（记者 李某）",
            ],
            {"title": "献县：支部领着干 荒坡变果园"},
        ),
    ],
)
def test_the_eighteenth_pass_third_round_furniture(header, expected):
    got = page(*header)
    assert {k: got[k] for k in expected} == expected


@pytest.mark.parametrize(
    "header, expected",
    [
        # a second reader's probes of the mends: a second half with a platform, a centre, a
        # grid's worker or 据点 in it is still the headline's
        (
            ["凤山县：党员直播带货忙", "电商平台卖山货"],
            {"title": "凤山县：党员直播带货忙 电商平台卖山货"},
        ),
        (
            ["万州区：党建引领产业兴", "据点变成了致富点"],
            {"title": "万州区：党建引领产业兴 据点变成了致富点"},
        ),
        # a site ending in 在线 before "某县：…"
        (["华声在线 桑植县：党员带头种白茶"], {"title": "桑植县：党员带头种白茶"}),
        # a supplying body of any kind, longer than a person's name
        (
            ["平塘县扶贫开发领导小组办公室供稿"],
            {"title": "", "source": "平塘县扶贫开发领导小组办公室"},
        ),
        (["镇雄县妇联供稿"], {"title": "", "source": "镇雄县妇联"}),
    ],
)
def test_what_the_eighteenth_pass_second_reader_found_again(header, expected):
    got = page(*header)
    assert {k: got[k] for k in expected} == expected


@pytest.mark.parametrize(
    "header, expected",
    [
        # a third reader's probes: the headline and byline above a list of other articles stay
        (
            [
                "会宁县：党建引领产业振兴结硕果",
                "发布时间：2020-05-12 来源：会宁县融媒体中心",
                "靖远县召开脱贫攻坚推进会",
                "景泰县开展消费扶贫活动",
                "平川区扎实推进村集体经济发展",
                "更多>>",
            ],
            {
                "title": "会宁县：党建引领产业振兴结硕果",
                "source": "会宁县融媒体中心",
                "published": "2020-05-12",
            },
        ),
        # a byline's outlet or reporter under "某地：…" is no second half
        (["会宁县：党建引领产业振兴", "甘肃日报记者"], {"title": "会宁县：党建引领产业振兴"}),
        (["会宁县：党建引领产业振兴", "白银日报全媒体"], {"title": "会宁县：党建引领产业振兴"}),
        # people who supplied the text are no source
        (["张明、李华供稿"], {"source": ""}),
        (["欧阳建国供稿"], {"source": ""}),
        # a headline that opens with @ and no colon is a headline
        (
            ["@会宁县建档立卡贫困户 好日子还在后头", "2020-05-12 来源：会宁县融媒体中心"],
            {"title": "@会宁县建档立卡贫困户 好日子还在后头"},
        ),
    ],
)
def test_what_the_eighteenth_pass_third_reader_found(header, expected):
    got = page(*header)
    assert {k: got[k] for k in expected} == expected


@pytest.mark.parametrize(
    "header, body, tail, expected",
    [
        # a video site's keyword spam over the headline is no headline
        (
            ["高清电影免费在线看,热门美剧全集在线,手机看片神器", "榕江县：支部领着种百香果"],
            BODY,
            (),
            {"title": "榕江县：支部领着种百香果"},
        ),
        # a headline that a repost names only at the end of its last paragraph
        (
            ["close"],
            BODY + "（原标题：富源县：党员带头养肉牛）",
            (),
            {"title": "富源县：党员带头养肉牛"},
        ),
        # ... and the outlet it names there
        (["close"], BODY + "(来源:黔西南日报)", (), {"source": "黔西南日报"}),
        # a journal database's record line is no headline
        (["文献类型:学位论文  下载次数:  在线阅读  收藏"], BODY, (), {"title": ""}),
        # a paper's app before its name in the byline: the two are the outlet
        (
            ["打开天山云APP", "天山云/伊犁日报记者 古丽 通讯员 王平 报道"],
            BODY,
            (),
            {"source": "天山云/伊犁日报"},
        ),
        # a series' label over the headline, with its number
        (
            [
                "“乡村振兴·陇原行”系列报道之五",
                "礼县：苹果园里的党员示范岗",
                "2020年06月22日 来源：陇南日报",
            ],
            BODY,
            (),
            {"title": "礼县：苹果园里的党员示范岗"},
        ),
        # a column's issue over a WeChat post, and the account the prompt to follow names
        (
            ["秭归先锋", "点击上方蓝字“秭归先锋”关注我们", "2019年先锋课堂 第42期"],
            BODY,
            (),
            {"title": ""},
        ),
        # an e-paper's site by its paper's name is no headline
        (
            ["黔东南日报 - 数字报刊平台", "2019年05月14日 星期二", "凯里市：党建引领产业兴"],
            BODY,
            (),
            {"title": "凯里市：党建引领产业兴"},
        ),
        # a headline glued to its dateline wins over a photo's caption below the lead
        (
            [],
            "会泽县：党员带头种中药材曲靖日报会泽讯(记者 李某 通讯员 张某)近日，会泽县金钟街道"
            "的中药材基地里，党员正带着群众采收重楼。",
            ("文章插图", "金钟街道中药材基地一角", BODY),
            {"title": "会泽县：党员带头种中药材", "source": "曲靖日报"},
        ),
        # a headline printed only at the end of the "you are here" trail
        (
            ["您的位置:首页>>政务公开>>乡镇动态>>紫云县猴场镇：党员带头种蜂糖李", "浏览次数:85"],
            BODY,
            (),
            {"title": "紫云县猴场镇：党员带头种蜂糖李"},
        ),
        # a bracketed dateline of a paper
        (
            ["「果园书记」的新账本"],
            "【大公报讯】(记者 张某 贵阳报道)" + BODY,
            (),
            {"source": "大公报"},
        ),
        # the print a repost names at its end, with its date and page
        (["close"], BODY, ("(毕节日报 2019-03-21 第3版)",), {"source": "毕节日报"}),
        (["close"], BODY, ("(毕节日报 2019-03-21 第3版)",), {"published": "2019-03-21"}),
        # a disclosure table's publication date, not the date it was written
        (
            ["成文日期 | 2019-11-02 | 发布日期 | 2019-11-05 |", "某镇：党员带头种茶"],
            BODY,
            (),
            {"published": "2019-11-05"},
        ),
    ],
)
def test_the_nineteenth_pass_page_furniture(header, body, tail, expected):
    got = page(*header, body=body, tail=tail)
    assert {k: got[k] for k in expected} == expected


@pytest.mark.parametrize(
    "header, expected",
    [
        # a headline about a film crew or a series is still a headline
        (["电影下乡进村寨 党员放映员跑遍全县"], {"title": "电影下乡进村寨 党员放映员跑遍全县"}),
        (["“精准扶贫”系列报道之后的回访"], {"title": "“精准扶贫”系列报道之后的回访"}),
        # a headline that names an issue and goes on is a headline
        (["农民夜校第5期开班 百名群众学技术"], {"title": "农民夜校第5期开班 百名群众学技术"}),
        # a section's name at the end of the trail is no headline
        (
            ["您的位置:首页>>政务公开>>乡镇动态", "紫云县猴场镇：党员带头种蜂糖李"],
            {"title": "紫云县猴场镇：党员带头种蜂糖李"},
        ),
        # a headline that opens with the account's name is more than the name
        (
            ["点击上方蓝字“石屏先锋”关注我们", "石屏先锋服务队进村帮农忙"],
            {"title": "石屏先锋服务队进村帮农忙"},
        ),
    ],
)
def test_what_the_nineteenth_pass_furniture_rules_must_leave(header, expected):
    got = page(*header)
    assert {k: got[k] for k in expected} == expected


@pytest.mark.parametrize(
    "header, body, tail, expected",
    [
        # a second reader's probes: a section's name ends the trail, not a headline
        (["当前位置：首页 > 专题专栏 > 打赢脱贫攻坚战专题报道"], BODY, (), {"title": ""}),
        # ... other separators between its steps
        (
            ["您的位置：首页 / 新闻中心 / 册亨县：党员带头种糯米蕉"],
            BODY,
            (),
            {"title": "册亨县：党员带头种糯米蕉"},
        ),
        # a headline named by its class's session stays a headline
        (
            ["青年干部培训班第3期", "2018-05-02 来源：望谟县委组织部"],
            BODY,
            (),
            {"title": "青年干部培训班第3期"},
        ),
        # a promotion of a series is no prompt to follow an account
        (
            ["点击关注“黔西南发布”，了解更多“樱桃红了”", "樱桃红了", "——记某村第一书记王某"],
            BODY,
            (),
            {"title": "樱桃红了"},
        ),
        # a photographer's role before the slash is no app
        (["摄影/六盘水日报记者 王某"], BODY, (), {"source": "六盘水日报"}),
        # a report's figures cited at the end are no outlet
        (["某县：产业兴旺"], BODY + "（来源：县统计局年报）", (), {"source": ""}),
        # the variants a second reader found: a bracketed paper with its author, a series'
        # number in brackets, an original headline in 【】, a dateline in 【】 with prose after it
        (["某县：产业兴旺"], BODY + "（来源：安顺日报 作者：李某）", (), {"source": "安顺日报"}),
        (
            [
                "“脱贫攻坚看黔西”系列报道（三）",
                "黔西县：支部领着种樱桃",
                "2020-06-18 来源：毕节日报",
            ],
            BODY,
            (),
            {"title": "黔西县：支部领着种樱桃"},
        ),
        (
            ["close"],
            BODY + "【原标题：镇宁：党员带头种蜂糖李】",
            (),
            {"title": "镇宁：党员带头种蜂糖李"},
        ),
        (["某县：产业兴旺"], "【安顺网讯】" + BODY, (), {"source": "安顺网"}),
    ],
)
def test_what_the_nineteenth_pass_second_reader_found(header, body, tail, expected):
    got = page(*header, body=body, tail=tail)
    assert {k: got[k] for k in expected} == expected


@pytest.mark.parametrize(
    "header, expected",
    [
        # two bodies issuing a document jointly over its 关于 line (a year after 关于)
        (
            [
                "中共望谟县委办公室 望谟县人民政府办公室",
                "关于2019年度脱贫攻坚考核结果的通报",
                "发布日期:2020-02-27",
            ],
            {"title": "关于2019年度脱贫攻坚考核结果的通报"},
        ),
        # ... one body over it is the document's issuer and part of its headline
        (
            ["中共望谟县委组织部", "关于2019年度抓党建促脱贫工作的报告", "发布日期:2020-02-27"],
            {"title": "中共望谟县委组织部关于2019年度抓党建促脱贫工作的报告"},
        ),
        # a periodical's edition, and a dateline after a lost indent's question marks
        (
            ["“夜校”点亮山村", "2018-07-25 09:12", "甘肃党的建设·农村版 2018年10期"],
            {"source": "甘肃党的建设"},
        ),
        # a portal's table naming its document between bars
        (
            ["标 题 | 某乡2018年脱贫攻坚工作总结 | 有效性 | |"],
            {"title": "某乡2018年脱贫攻坚工作总结"},
        ),
    ],
)
def test_the_nineteenth_pass_third_round_furniture(header, expected):
    got = page(*header)
    assert {k: got[k] for k in expected} == expected


def test_a_dateline_after_a_lost_indents_question_marks_names_the_outlet():
    assert page("某县：春耕忙", body="????闽北网4月2日讯(通讯员 张某)" + BODY)["source"] == "闽北网"


@pytest.mark.parametrize(
    "header, body, tail, expected",
    [
        # a font-size button and the view counter on one line, over the headline
        (
            [
                "某某新闻网 首页 > 县区",
                "【字体:大 中 小】 浏览次数:2741",
                "",
                "会宁县：党员带头种黄花菜",
            ],
            BODY,
            (),
            {"title": "会宁县：党员带头种黄花菜"},
        ),
        # a line of adult-site keywords over a gateway's page
        (
            ["国产精品日韩精品,欧美日韩一区,亚洲综合在线", "镇宁县：蜂糖李挂满枝头"],
            BODY,
            (),
            {"title": "镇宁县：蜂糖李挂满枝头"},
        ),
        # an account's name quoted before its kind is the account; a platform's quoted name is
        # printed with its quotes
        (["某县：茶园里的党课", "来源：“平利发布”微信公众号"], BODY, (), {"source": "平利发布"}),
        (
            ["某县：茶园里的党课", "来源：“学习强国”学习平台"],
            BODY,
            (),
            {"source": "“学习强国”学习平台"},
        ),
        # a document library's file name is the headline, without the site's brand above it
        (
            ["豆丁文库", "某镇抓党建促脱贫工作总结.docx", "文档格式:.docx 文档页数:6页"],
            BODY,
            (),
            {"title": "某镇抓党建促脱贫工作总结"},
        ),
        # a Tieba thread: the poster's numbered name under the title is not the headline
        (
            [
                "丹寨吧",
                "关注:8,112 贴子:45,020",
                "我们村这几年的变化",
                "只看楼主 收藏 回复",
                "苗岭阿哥2046",
            ],
            BODY,
            (),
            {"title": "我们村这几年的变化"},
        ),
        # a headline whose line break before the time and source was lost
        (
            ["网易 > 网易号 > 正文", "望谟县：板栗林里党旗红2020-09-03 10:12:45 来源: 黔西南日报"],
            BODY,
            (),
            {"title": "望谟县：板栗林里党旗红", "source": "黔西南日报", "published": "2020-09-03"},
        ),
        # a county newsroom's kind with no county names no outlet
        (["09.05.2021 10:20"], "(融媒体记者 张某 通讯员 李某)" + BODY, (), {"source": ""}),
        # an account alone after the time it posted
        (["榕江县：百香果熟了", "2019-07-22 16:40   榕江发布"], BODY, (), {"source": "榕江发布"}),
        # the day the source a repost names printed it, closing the last paragraph
        (["close"], BODY + "(来源:黔东南日报 2018年6月12日)", (), {"published": "2018-06-12"}),
        # a PDF viewer's page count and a WeChat prompt are no headlines
        (["第 3 页 / 共 8 页"], BODY, (), {"title": ""}),
        (["点击蓝字", "关注我们"], BODY, (), {"title": ""}),
    ],
)
def test_the_twentieth_pass_page_furniture(header, body, tail, expected):
    got = page(*header, body=body, tail=tail)
    assert {k: got[k] for k in expected} == expected


@pytest.mark.parametrize(
    "header, expected",
    [
        # a column's label alone on a line is no counter's row, and a headline may end in digits
        (["【扶贫日】", "某县：党员带头种茶"], {"title": "某县：党员带头种茶"}),
        (["某县扶贫车间吸纳就业500人"], {"title": "某县扶贫车间吸纳就业500人"}),
    ],
)
def test_what_the_twentieth_pass_furniture_rules_must_leave(header, expected):
    got = page(*header)
    assert {k: got[k] for k in expected} == expected


@pytest.mark.parametrize(
    "header, body, tail, expected",
    [
        # a forum's trail ends in the thread's title; the poster over 发表于 is not it
        (
            [
                "某某论坛 › 本地资讯 › 【转帖】剑河县：党员带头种钩藤",
                "青山绿水",
                "发表于 2018-4-2 10:12",
            ],
            BODY,
            (),
            {"title": "剑河县：党员带头种钩藤"},
        ),
        # a line of adult-video words, none of them a keyword alone
        (
            ["国产高清免费视频在线,日韩午夜福利影院,久久精品网址", "桐梓县：方竹笋成了致富笋"],
            BODY,
            (),
            {"title": "桐梓县：方竹笋成了致富笋"},
        ),
        # a masthead with its app's button over the headline
        (
            ["某某日报报刊社  下载APP", "赤水市：竹林里的党课"],
            BODY,
            (),
            {"title": "赤水市：竹林里的党课"},
        ),
        # a portal's table: its publishing office in a cell, its keywords row no headline
        (
            [
                "发布机构: | 盱眙县马坝镇人民政府 | 发文日期: | 2019-05-10 |",
                "文号: | | 关键词: | 扶贫 |",
                "马坝镇：稻虾田里的党员先锋岗",
                "发布日期:2019-05-10",
            ],
            BODY,
            (),
            {"title": "马坝镇：稻虾田里的党员先锋岗", "source": "盱眙县马坝镇人民政府"},
        ),
        # a headline broken inside its quotation is one line without a space
        (
            [
                "云南网 > 州市 > 正文",
                "孟连县:拉祜山寨的“党员",
                "示范岗”",
                "2020-07-08 17:03 来源:普洱日报",
            ],
            BODY,
            (),
            {"title": "孟连县:拉祜山寨的“党员示范岗”"},
        ),
        # a trail that lost the break after 正文
        (
            ["首页 > 河池新闻 > 正文凤山县金牙乡:支部领办养蜂场 石山里酿出甜日子"],
            BODY,
            (),
            {"title": "凤山县金牙乡:支部领办养蜂场 石山里酿出甜日子"},
        ),
        # an app before the paper in a dateline
        (["close"], "石榴云/新疆日报讯(记者 张某)" + BODY, (), {"source": "新疆日报"}),
    ],
)
def test_the_twentieth_pass_second_round_furniture(header, body, tail, expected):
    got = page(*header, body=body, tail=tail)
    assert {k: got[k] for k in expected} == expected


@pytest.mark.parametrize(
    "header, body, tail, expected",
    [
        # a search engine's report button, a study platform's banner
        (
            ["百度首页    登录", "发布时间：2020-11-27 18:05    作者：某某日报", "举报/反馈"],
            BODY,
            (),
            {"title": ""},
        ),
        (
            ["学习强国  |  贵州学习平台", "来源：黔南日报"],
            BODY,
            (),
            {"title": "", "source": "黔南日报"},
        ),
        # a Tieba bar's counters in 万
        (
            ["丹寨吧 - 百度贴吧", "进吧   关注：3.2万   贴子：12万", "【转】排调镇：党员带头种茶"],
            BODY,
            (),
            {"title": "排调镇：党员带头种茶"},
        ),
        # a blog's day of posting with its month in words over the headline
        (
            ["2018 九月 06 週四 09:12", "黎平县：侗寨里的党员示范户"],
            BODY,
            (),
            {"title": "黎平县：侗寨里的党员示范户"},
        ),
        # a dateline that names only its place names no outlet
        (["close"], "从江讯（融媒体记者 张某 通讯员 李某）" + BODY, (), {"source": ""}),
        # an account's name over its card
        (
            ["榕江发布", "微信号  rjfb_2016", "功能介绍  榕江县委宣传部官方发布平台。"],
            BODY,
            (),
            {"title": ""},
        ),
        # the outlet after the date, the reporter and the counter after it
        (
            [
                "独山县：扶贫车间开进村",
                "2021-04-08 10:05:33    独山县融媒体中心    记者：王某    阅读：847",
            ],
            BODY,
            (),
            {"source": "独山县融媒体中心"},
        ),
        # an aggregator's credit with the category it was filed in
        (
            ["麻江县：蓝莓熟了", "2019-08-26 由 黔东南日报 发表于 三农"],
            BODY,
            (),
            {"source": "黔东南日报"},
        ),
        # a headline glued to a regional news site's dateline
        (
            [],
            "隆德县：党员带头种中药材宁夏新闻网讯(记者 张某 通讯员 李某)" + BODY,
            (),
            {"title": "隆德县：党员带头种中药材", "source": "宁夏新闻网"},
        ),
        # an e-paper's place set over the headline is no part of it
        (
            [
                "某某日报 数字报",
                "第03版:县区新闻",
                "",
                "岷县梅川镇",
                "支部建在产业链上 药农富在家门口",
                "",
                "本报记者 张某",
            ],
            BODY,
            (),
            {"title": "支部建在产业链上 药农富在家门口"},
        ),
    ],
)
def test_the_twentieth_pass_third_round_furniture(header, body, tail, expected):
    got = page(*header, body=body, tail=tail)
    assert {k: got[k] for k in expected} == expected


@pytest.mark.parametrize(
    "header, body, tail, expected",
    [
        # what a second reader found the twentieth pass's page rules misread
        # a headline of everyday words some spam lines are built from
        (
            ["久久为功抓党建 精品山货在线卖 群众共享发展福利"],
            BODY,
            (),
            {"title": "久久为功抓党建 精品山货在线卖 群众共享发展福利"},
        ),
        # an attachment's file name under the byline is no headline
        (
            [
                "关于印发《某县抓党建促脱贫攻坚实施方案》的通知",
                "发布时间：2019-03-02",
                "某县抓党建促脱贫攻坚实施方案.docx",
            ],
            BODY,
            (),
            {"title": "关于印发《某县抓党建促脱贫攻坚实施方案》的通知"},
        ),
        # a headline that ends in its year is no poster's name
        (["【脱贫攻坚】", "脱贫攻坚战役决胜2020"], BODY, (), {"title": "脱贫攻坚战役决胜2020"}),
        # a field's label glued to the time and source is no headline
        (["发布日期： 2019-10-17 08:55:03 来源: 某某网"], BODY, (), {"title": ""}),
        (["首页 > 乡镇新闻 > 正文 字号：大 中 小 打印本页 关闭窗口"], BODY, (), {"title": ""}),
        # a person posting is no account
        (["某县：党员带头种茶", "2018-08-14 10:31 网站管理员发布"], BODY, (), {"source": ""}),
        # a 来源 label that names only a newsroom's kind is what the page states
        (["某县：党员带头种茶", "来源：融媒体中心"], BODY, (), {"source": "融媒体中心"}),
        # a straight quote closes a curly one: the headline's two lines keep their space
        (
            [
                '紫阳县推行“党建+茶产业"模式',
                "贫困群众家门口增收有门路",
                "2019-06-01 来源：安康日报",
            ],
            BODY,
            (),
            {"title": '紫阳县推行“党建+茶产业"模式 贫困群众家门口增收有门路'},
        ),
    ],
)
def test_what_the_twentieth_pass_second_reader_found(header, body, tail, expected):
    got = page(*header, body=body, tail=tail)
    assert {k: got[k] for k in expected} == expected


@pytest.mark.parametrize(
    "header, expected",
    [
        # a poster's name over when they posted, under the thread's buttons
        (
            [
                "剑河吧",
                "看帖  图片  精品  视频",
                "村里的钩藤丰收了，价格还不错",
                "只看楼主  收藏  回复",
                "清水江人",
                "发表于 3 天前  来自Android客户端",
            ],
            {"title": "村里的钩藤丰收了，价格还不错"},
        ),
        # a column's label over a headline that names its place
        (
            [
                "首页 > 新闻 > 信阳 > 正文",
                "第一书记",
                "商城县长竹园乡:茶山上来了“领头雁”",
                "2018年05月14日 11:02   来源:大河网",
            ],
            {"title": "商城县长竹园乡:茶山上来了“领头雁”"},
        ),
    ],
)
def test_the_twentieth_pass_posters_and_labels(header, expected):
    got = page(*header)
    assert {k: got[k] for k in expected} == expected


# A line of a county's name in UTF-8 read as GBK: what such a page's menu looks like.
GARBLED_PORTAL_NAME = "某县人民政府门户网站".encode().decode("gbk", errors="replace")


@pytest.mark.parametrize(
    "header, body, tail, expected",
    [
        # a portal's drop-down menus flattened, a heading over each row of links, then the
        # document's table of properties, the headline and its byline
        (
            [
                "某某县人民政府",
                "政务服务",
                "办事指南　在线办理　办件查询",
                "互动交流",
                "县长信箱　民意征集　在线访谈",
                "数据开放",
                "统计数据　统计公报　数据目录",
                "索引号: 11520000/2019-00412",
                "发布机构: 某某县扶贫办",
                "石桥镇：村村有了“党员示范岗”",
                "发布时间:2019-06-03 来源:县扶贫办 浏览次数:87",
            ],
            BODY,
            (),
            {"title": "石桥镇：村村有了“党员示范岗”", "published": "2019-06-03"},
        ),
        # ... with the spaces of the menus lost, the headline between the table and the byline
        (
            [
                "某某县人民政府门户网站首页政务公开新闻中心政务服务互动交流走进某某专题专栏",
                "索引号:000000000/2018-00913发布机构:某某县人民政府办公室",
                "河口乡推行“支部+合作社”模式",
                "来源:河口乡发布时间:2018-11-20 09:12:33",
            ],
            BODY,
            (),
            {"title": "河口乡推行“支部+合作社”模式", "source": "河口乡"},
        ),
        # a menu's name before its links; the accessibility bar
        (
            ["新闻中心:某县要闻 部门动态 乡镇动态 通知公告", "网站支持IPv6　无障碍浏览　手机版"],
            BODY,
            (),
            {"title": ""},
        ),
        # a portal's index number under its other label is no headline either
        (
            ["信息索引: 11513431MB1584270Y/2018-00316", "发布机构: 某县乡村振兴局"],
            BODY,
            (),
            {"title": ""},
        ),
        # a site's name in the wrong codec is neither the headline nor where the article starts
        (
            [GARBLED_PORTAL_NAME, "当前位置:首页 > 工作动态", "马营镇:党员带头养湖羊"],
            BODY,
            (),
            {"title": "马营镇:党员带头养湖羊"},
        ),
        # an e-paper's masthead with its date and page glued on
        (
            ["黔东南日报2019年3月12日第03版：要闻", "上一期  下一期", "台江：党员带头种油茶"],
            "本报讯 " + BODY,
            (),
            {"source": "黔东南日报", "published": "2019-03-12"},
        ),
        # a paper's app and a bar before its reporter
        (
            ["某某乡：有了“红色合伙人”", "南方日报客户端｜记者 李某", "2020-09-22 14:05"],
            BODY,
            (),
            {"source": "南方日报客户端"},
        ),
        # a forum poster's counters, a big5 gateway's credit, a byline crediting the pictures
        (
            ["[本地新闻] 某镇:党员先锋岗上岗了 [复制链接]", "山里娃", "主题 12 帖子 208 积分 530"],
            BODY,
            (),
            {"title": "某镇:党员先锋岗上岗了"},
        ),
        (
            ["本页面由某某网BIG5繁体网关提供", "某镇:菜园变成致富园"],
            BODY,
            (),
            {"title": "某镇:菜园变成致富园"},
        ),
        (
            ["某乡:党支部建在安置点上", "本报记者 吉克阿呷 文/图"],
            BODY,
            (),
            {"title": "某乡:党支部建在安置点上"},
        ),
        # a document library's buttons
        (["下载文档   收藏   侵权举报"], BODY, (), {"title": ""}),
        # a blog's repost: the platform's and the blog's names, the title with its posting time
        (
            ["某某博客", "山里人的博客", "[转载]某乡:党员挑起扶贫“金扁担”  (2016-04-12 09:30:05)"],
            BODY,
            (),
            {"title": "某乡:党员挑起扶贫“金扁担”", "published": "2016-04-12"},
        ),
        # a forum's counters with their numbers first; a byline with the pictures' credit and no
        # space; a bar like a stroke (丨) before the reporter; a table header with units per head
        (
            ["[原创] 某镇:扶贫车间挂牌了", "小马哥", "47主题312帖子896积分"],
            BODY,
            (),
            {"title": "某镇:扶贫车间挂牌了"},
        ),
        (
            ["某乡:党支部建在安置点上", "本报记者杨春燕 文/图"],
            BODY,
            (),
            {"title": "某乡:党支部建在安置点上"},
        ),
        (["某村:支部领着产业旺", "新甘肃客户端丨记者 李某"], BODY, (), {"source": "新甘肃客户端"}),
        (["村名 贫困户（户数） 贫困人口（万人） 人均收入（元/人）"], BODY, (), {"title": ""}),
        # an e-paper's masthead with its date in figures and its page's name in brackets
        (
            ["安康日报2017-10-16第02版（综合新闻）", "石门村：支部领着产业旺"],
            "本报讯 " + BODY,
            (),
            {"source": "安康日报", "published": "2017-10-16"},
        ),
        # a series' instalment line over the headline
        (
            ["平利县脱贫攻坚成就巡礼之三", "锦屏村：羊倌当上合伙人", "2019-05-10 来源：某某日报"],
            BODY,
            (),
            {"title": "锦屏村：羊倌当上合伙人"},
        ),
        # a mobile page's year over its day, in words or with a dash
        (["2019年", "10月15日 某某晚报"], BODY, (), {"published": "2019-10-15"}),
        (["2019", "10-15 某某晚报"], BODY, (), {"published": "2019-10-15"}),
        (["2019", "10月15日 某某晚报"], BODY, (), {"published": "2019-10-15"}),
        # a Tieba poster over his rank; a WeChat copy's author and account over 昨天 and its
        # collection; a document library's rating; a portal's table flattened with its breaks
        # lost; a gallery's mark after the headline; a bar between the time and the outlet
        (
            [
                "某某吧-百度贴吧",
                "我们村这几年真的变了",
                "只看楼主 收藏 回复",
                "山里的阿牛哥",
                "贴吧活跃用户 7",
            ],
            BODY,
            (),
            {"title": "我们村这几年真的变了"},
        ),
        (
            ["原创 陈某某 某县组工 昨天", "收录于合集", "#某某一线 45个"],
            BODY,
            (),
            {"source": "某县组工", "title": ""},
        ),
        (["4.5分(26人评价)1.2万阅读 137下载"], BODY, (), {"title": ""}),
        (
            [
                "索引号:0015-0107/2019-00058主题分类:扶贫发布机构:某县扶贫办成文日期:2019年09月16日"
                "名称:某镇以党建引领推动脱贫攻坚工作情况文号:发布日期:2019年09月18日有效性:"
            ],
            BODY,
            (),
            {"title": "某镇以党建引领推动脱贫攻坚工作情况", "published": "2019-09-18"},
        ),
        # a gallery's mark after the headline is cut, as four readers of five cut it
        (["某乡:光伏板下种出“甜日子”(图)"], BODY, (), {"title": "某乡:光伏板下种出“甜日子”"}),
        (["某县:果园里的党课", "2021-02-26 07:45 | 某某日报"], BODY, (), {"source": "某某日报"}),
        # a portal's table with bars between its cells names its document; share targets; a
        # headline glued to a dateline whose outlet is named after a place of three characters;
        # a counter glued after the outlet; a bar and the author after it
        (
            ["索引号： 0111-2019-00412 | 名称： 某镇“三个一”机制推动党建与脱贫融合 | 文号： |"],
            BODY,
            (),
            {"title": "某镇“三个一”机制推动党建与脱贫融合"},
        ),
        (["分享到：", "QQ空间 新浪微博 微信"], BODY, (), {"title": ""}),
        (
            ["泌阳某镇：红色老区走出富民路驻马店网讯（记者 张某）5月18日，" + BODY],
            "",
            (),
            {"title": "泌阳某镇：红色老区走出富民路", "source": "驻马店网"},
        ),
        (
            ["某镇：茶山上的党课", "2018-12-04 09:12某某日报浏览：1206次"],
            BODY,
            (),
            {"source": "某某日报"},
        ),
        (
            [
                "某镇：红色股份盘活薄弱村",
                "2020-07-08 10:23 | 某某日报·某某点 | 作者：刘某 | 阅读：2.3万",
            ],
            BODY,
            (),
            {"source": "某某日报·某某点"},
        ),
        # an app's prompt to scan and download; an outlet between a labelled time and a
        # counter; a 来源 with its reporter glued on; a day glued to its time, under a site's
        # clock that shows the day the page was read
        (["海报新闻客户端·扫码下载", "扫码下载海报新闻"], BODY, (), {"title": ""}),
        (
            ["某镇:老区支部领跑", "时间:2019-12-17 09:56   某某日报   点击:"],
            BODY,
            (),
            {"source": "某某日报"},
        ),
        (
            ["某镇:苗寨党员带头人", "来源:某某日报天眼新闻记者 杨某 通讯员 李某"],
            BODY,
            (),
            {"source": "某某日报天眼新闻"},
        ),
        (
            [
                "登录 | 注册 | 设为首页 | 加入收藏      2025年10月30日 星期四",
                "发布时间:2019-11-0509:21:33点击数:1023",
            ],
            BODY,
            (),
            {"published": "2019-11-05"},
        ),
        # a menu's links set one per line under the home link
        (["某某网", "首页", "时政", "临沂", "乡村振兴", "打开APP阅读"], BODY, (), {"title": ""}),
        # a news app's prompt and its accounts elsewhere are no headline
        (["某某网抖音号", "打开某某新闻,阅读体验更佳"], BODY, (), {"title": ""}),
        # a mobile page's date set as a block, its year over its day and its paper
        (["某某网", "2019", "10/15某某晚报"], BODY, (), {"published": "2019-10-15"}),
        # an e-paper's list of its page's headlines, then the article's own printed again
        (
            [
                "某某日报 数字报",
                "2018年07月20日 星期五 | 第02版:综合新闻",
                "本版导航:",
                "荒山变成了茶园",
                "某区开展汛期隐患排查",
                "荒山变成了茶园",
                "本报记者 张某",
            ],
            BODY,
            (),
            {"title": "荒山变成了茶园"},
        ),
    ],
)
def test_the_twenty_first_pass_page_furniture(header, body, tail, expected):
    got = page(*header, body=body, tail=tail)
    assert {k: got[k] for k in expected} == expected


@pytest.mark.parametrize(
    "header, expected",
    [
        # a headline that names a reporter's work is no byline
        (["记者走进大山深处"], {"title": "记者走进大山深处"}),
        # a kicker over a headline of three short phrases is no menu's heading
        (["龙潭村", "产业兴 百姓富 乡风美"], {"title": "产业兴 百姓富 乡风美"}),
        # what a second reader found the menu rules misread: a column's label over a headline
        # of spaced phrases, or before it with a colon
        (
            ["乡镇动态", "石桥镇 支部领着产业旺 群众腰包鼓起来"],
            {"title": "石桥镇 支部领着产业旺 群众腰包鼓起来"},
        ),
        (["工作动态", "抓党建 促脱贫 奔小康"], {"title": "抓党建 促脱贫 奔小康"}),
        (
            ["扶贫动态：抓党建 促脱贫 保小康 奔振兴"],
            {"title": "扶贫动态：抓党建 促脱贫 保小康 奔振兴"},
        ),
        # ... a headline of three short lines is no column of links
        (
            ["支部强起来", "产业兴起来", "群众富起来", "2019-10-15 来源：某某日报"],
            {"title": "支部强起来 产业兴起来 群众富起来"},
        ),
        # a portal's main menu over its row of links, whatever the links are
        (
            [
                "走进平利",
                "平利概况 历史文化 魅力平利",
                "老县镇召开党建促脱贫推进会",
                "2019-05-10 来源：老县镇",
            ],
            {"title": "老县镇召开党建促脱贫推进会"},
        ),
        (["专题专栏", "脱贫攻坚 乡村振兴 扫黑除恶"], {"title": ""}),
        (["政务公开：政策法规 人事任免 财政预决算 重点项目"], {"title": ""}),
        # a headline about a blog, an account or a reporter is still a headline; a series'
        # study is the headline when nothing else is
        (["县委书记开通民情博客", "2010-05-10 来源：县委办"], {"title": "县委书记开通民情博客"}),
        (["驻村第一书记开通了抖音号"], {"title": "驻村第一书记开通了抖音号"}),
        (["安康新闻丨记者探访老县镇扶贫车间"], {"title": "记者探访老县镇扶贫车间"}),
        (
            ["平利县茶产业扶贫调查之一", "——来自老县镇锦屏村的报告", "2019-05-10 来源：某某日报"],
            {"title": "平利县茶产业扶贫调查之一"},
        ),
        # ... nor a value of the table under a headline that stands over it
        (
            [
                "平利县：茶园里建起党小组 贫困户有了新营生",
                "索引号：11610000/2019-00123",
                "主题分类：扶贫开发",
                "扶贫开发 党建工作",
                "发布日期：2019-05-20",
            ],
            {"title": "平利县：茶园里建起党小组 贫困户有了新营生"},
        ),
        # ... nor the value of a portal's field set under its label a headline
        (
            [
                "镇安县：党员带头种香菇 贫困户有了新门路",
                "索引号：11610000/2019-00211",
                "发布机构：",
                "镇安县扶贫开发局",
                "发布日期：2019-05-20",
            ],
            {"title": "镇安县：党员带头种香菇 贫困户有了新门路"},
        ),
    ],
)
def test_what_the_twenty_first_pass_furniture_rules_must_leave(header, expected):
    got = page(*header)
    assert {k: got[k] for k in expected} == expected


@pytest.mark.parametrize(
    "header, body, tail, expected",
    [
        # the twenty-second pass: a headline glued to its date's label, to a date and hour with
        # 来源 right after, to the paper's own reporter
        (
            ["某乡：党员认领高山茶园发布时间：2021-04-11来源：某某都市报"],
            BODY,
            (),
            {"title": "某乡：党员认领高山茶园", "source": "某某都市报", "published": "2021-04-11"},
        ),
        (
            ["某县某乡：党支部牵头 搬迁后产业跟上2017-10-12 10:25:33来源：某某日报作者：王某"],
            BODY,
            (),
            {"title": "某县某乡：党支部牵头 搬迁后产业跟上", "source": "某某日报"},
        ),
        (
            [
                "石桥镇大湾村的“茶旅”新路本报记者 王某 通讯员 李某",
                "2019-04-18 09:12  来源：某某日报",
            ],
            BODY,
            (),
            {"title": "石桥镇大湾村的“茶旅”新路"},
        ),
        # a site's name glued after the headline, the name a line above opens with
        (
            ["某某吉林网 首页 > 延边", "某县某镇：“党建+木耳”撑起钱袋子某某吉林网"],
            BODY,
            (),
            {"title": "某县某镇：“党建+木耳”撑起钱袋子"},
        ),
        # the headline bulleted again after an e-paper's list of its page's headlines
        (
            [
                "2016年11月23日 第2版 综合新闻",
                "本版标题",
                "■ 某镇：猕猴桃园里建起党小组",
                "■ 某县农村公路建设提速",
                "",
                "■ 某镇：猕猴桃园里建起党小组",
            ],
            "本报讯（记者 杨某）" + BODY,
            (),
            {"title": "某镇：猕猴桃园里建起党小组"},
        ),
        # a news site's channel and 正文; a blog's post line with its repost button, its tab
        # title naming the blogger and the platform
        (
            ["某某网 海南频道 正文", "某乡：黎寨党员带头种咖啡"],
            BODY,
            (),
            {"title": "某乡：黎寨党员带头种咖啡"},
        ),
        (
            ["某某镇的“红色代办员”  (2015-06-22 20:31:07)  转载▼"],
            BODY,
            (),
            {"title": "某某镇的“红色代办员”", "published": "2015-06-22"},
        ),
        (["某镇：党员带头种茶_老周的博客_新浪博客"], BODY, (), {"title": "某镇：党员带头种茶"}),
        # a repost's 原标题 over its subtitle
        (
            ["原标题：某乡：石山深处党旗红", "——某县某乡抓党建促脱贫纪实", "来源：某某日报"],
            BODY,
            (),
            {"title": "某乡：石山深处党旗红"},
        ),
        # an account's name, a salutation or a widget's label
        (["某某县发布", "【摘要】按照全市的统一部署，工作组扎根一年多。"], BODY, (), {"title": ""}),
        (["各村(社区)党支部、镇直各单位："], BODY, (), {"title": ""}),
        (["日期:2014-05-20 来源:某县委组织部", "视力保护色："], BODY, (), {"title": ""}),
        (["文章阅读 | 图片阅读"], BODY, (), {"title": ""}),
        # a WeChat account's card is chrome, its date under it the article's
        (
            [
                "“背篓书记”的扶贫账本",
                "原创 王某 某某组工",
                "某某组工",
                "微信号 abc_2016",
                "功能介绍 中共某县委组织部官方微信公众号，发布组织工作动态。",
                "2019-07-22",
            ],
            BODY,
            (),
            {"published": "2019-07-22"},
        ),
        # an app page that lost its headline: the account's card names the source
        (
            ["某县融媒体中心", "百家号  2019-12-03 16:47  重庆某县融媒体中心官方帐号", "关注"],
            BODY,
            (),
            {"title": "", "source": "某县融媒体中心"},
        ),
        # outlets with a date and hour, a counter or a reporter glued on; a paper of one
        # character's name after the time
        (
            ["某镇:产业党小组建在林子里", "来源:某县融媒体中心2021-03-0916:42:18浏览量:1263"],
            BODY,
            (),
            {"source": "某县融媒体中心"},
        ),
        (
            ["某乡:党员带头 山上种树", "2019-05-1208:34:21来源:某某日报天眼新闻浏览:2186"],
            BODY,
            (),
            {"source": "某某日报天眼新闻"},
        ),
        (
            ["某县:工作队帮出庭院经济", "来源:某某日报记者阿依古丽·买买提 通讯员 李某"],
            BODY,
            (),
            {"source": "某某日报"},
        ),
        # the round's second sets: a Tieba's menu one item a line and its poster's rank under
        # his name; a forum's switches; a study app's prompt; a WeChat mirror's label of the
        # account; an app's account card under its menu
        (
            [
                "某某吧-百度贴吧--某某乡",
                "进吧",
                "看贴",
                "吧主推荐",
                "",
                "【转】某乡某村:支部领着种贡米,老乡腰包鼓起来",
                "只看楼主",
                "",
                "某州小幺妹",
                "铁杆吧友",
                "8",
            ],
            BODY,
            (),
            {"title": "某乡某村:支部领着种贡米,老乡腰包鼓起来"},
        ),
        (
            [
                "某某论坛 - Powered by Discuz!",
                "切换到窄版",
                "请 登录 后使用快捷导航",
                "没有帐号?立即注册",
            ],
            BODY,
            (),
            {"title": ""},
        ),
        (
            ["学习强国", "学习强国 APP,查看更多精彩内容", "", "某县某乡:党员红色驿站帮群众解难题"],
            BODY,
            (),
            {"title": "某县某乡:党员红色驿站帮群众解难题"},
        ),
        (
            [
                "微信公众号文章阅读",
                "某乡:党员“三带”助推脱贫",
                "",
                "公众号:某某党建",
                "发布时间: 2017年03月27日",
                "本文转载自微信公众号“某某党建”,如有侵权请联系删除",
            ],
            BODY,
            (),
            {"source": "某某党建"},
        ),
        (
            [
                "某乡:支部领着干 茶园变“金园”",
                "百度首页",
                "登录",
                "",
                "某县融媒体中心",
                "2019-07-15 18:22贵州某县融媒体中心官方帐号",
                "关注",
            ],
            BODY,
            (),
            {"source": "某县融媒体中心"},
        ),
        # the third round: a site's name glued after the headline, its name opening the trail's
        # line; a reporter and his correspondent glued on; the byline's outlet glued on; the
        # paper's name glued before the headline, named in the trail; a series' kicker over an
        # e-paper's headline; a masthead with its edition; a document library's notice
        (
            [
                "某县某镇:拉面经济带富“拉面村”某某新闻网",
                "2017-06-02 09:31:12  来源:某某日报",
                "某某新闻网首页 >> 新闻中心 >> 市州新闻",
            ],
            BODY,
            (),
            {"title": "某县某镇:拉面经济带富“拉面村”"},
        ),
        (
            [
                "某县某镇:“一村一品”让古镇贫困户挑上“金扁担”记者 陈某 通讯员 黄某",
                "2015-11-24 08:05  来源:某某日报",
            ],
            BODY,
            (),
            {"title": "某县某镇:“一村一品”让古镇贫困户挑上“金扁担”"},
        ),
        (
            [
                "某某新闻网 首页 | 县区",
                "某县某镇:瑶寨里的“党员夜话”来源:某某日报 2017-08-09 11:02 作者:记者 邓某",
            ],
            BODY,
            (),
            {"title": "某县某镇:瑶寨里的“党员夜话”", "source": "某某日报"},
        ),
        (
            [
                "中国某某网 > 某某日报 > 第05版:脱贫攻坚",
                "",
                "某某日报某县某乡驻村工作队把庭院经济做成了产业",
                "2020-07-15  第05版:脱贫攻坚  作者:本报记者 王某",
            ],
            BODY,
            (),
            {"title": "某县某乡驻村工作队把庭院经济做成了产业"},
        ),
        (
            [
                "某某日报",
                "2018年10月17日 星期三",
                "第05版:某某·综合",
                "上一版  下一版  本版标题导航",
                "",
                "闽东扶贫一线见闻",
                "某溪畔的“红色管家”",
                "——某县某镇党员联户帮扶记",
            ],
            BODY,
            (),
            {"title": "某溪畔的“红色管家”"},
        ),
        (
            [
                "某某日报农村版",
                "2014年09月19日 星期五",
                "第03版:市县",
                "上一版 下一版 | 返回目录",
                "",
                "某镇:驻村干部帮出“金鱼塘”",
            ],
            BODY,
            (),
            {"title": "某镇:驻村干部帮出“金鱼塘”", "source": "某某日报农村版"},
        ),
        (
            [
                "免费下载 | 文档分类 | 上传文档 | 登录 注册",
                "  搜索文档",
                "当前文档由 abc_1988 分享,仅供个人学习参考",
            ],
            BODY,
            (),
            {"title": ""},
        ),
        (
            ["某村 党支部带头种苹果", "2019-05-28 04:10 旺报 记者林某/综合报导"],
            BODY,
            (),
            {"source": "旺报"},
        ),
    ],
)
def test_the_twenty_second_pass_page_furniture(header, body, tail, expected):
    got = page(*header, body=body, tail=tail)
    assert {k: got[k] for k in expected} == expected


@pytest.mark.parametrize(
    "header, expected",
    [
        # a short headline of six characters stays; an e-paper's page named by a long name
        # stays its page; a headline that opens with a site's name is not cut at its end
        (["为脱贫添“牛劲”", "2016-03-10 来源：某某日报"], {"title": "为脱贫添“牛劲”"}),
        # what the second reader found the first rules misread: short headlines and one ending
        # in a colon; a field's label before a date; the paper's kind before a reporter; the
        # paper's reporter in a subtitle; a speech's subtitle under its speaker; a headline
        # that ends in the name of a menu's item
        (["背篓书记", "2019-05-10 来源：某某日报"], {"title": "背篓书记"}),
        (["山乡巨变", "2019-05-10 来源：某某日报"], {"title": "山乡巨变"}),
        (["扶贫路上，听他们说：", "2019-05-10 来源：某某日报"], {"title": "扶贫路上，听他们说："}),
        (["阅读次数：1234发布时间：2019-10-17"], {"title": ""}),
        (["某镇：茶山上的党课", "2019-05-28 04:10 晚报 记者 张某"], {"source": ""}),
        (
            ["脱贫路上的坚守——本报记者蹲点手记", "2019-05-10 来源：某某日报"],
            {"title": "脱贫路上的坚守——本报记者蹲点手记"},
        ),
        (
            ["某某网 首页 央视新闻", "某县脱贫经验再上央视新闻", "2019-05-10 来源：某某日报"],
            {"title": "某县脱贫经验再上央视新闻"},
        ),
        (
            ["第04版:决战决胜·脱贫攻坚", "某乡:“四好”创建让彝家新寨换了模样", "本报记者 吉某"],
            {"title": "某乡:“四好”创建让彝家新寨换了模样"},
        ),
        # what the second second reader found: a column's name over a headline glued to its
        # date's label; a notice's addressees; a year's range in a blog's title; a series'
        # headline over its subtitle; a paper that is the headline's subject; a headline that
        # opens with a phrase and a colon
        (
            [
                "乡村振兴",
                "某镇：支部领办合作社 群众增收有门路发布时间：2020-05-12 来源：某县融媒体中心",
            ],
            {"title": "某镇：支部领办合作社 群众增收有门路"},
        ),
        (["各乡镇党委、政府：", "2019-05-10 来源：某县委组织部"], {"title": ""}),
        (["全县各级党组织：", "2019-05-10 来源：某县委组织部"], {"title": ""}),
        (
            ["某县2016-2020年党建扶贫工作回顾 - 山里人的博客"],
            {"title": "某县2016-2020年党建扶贫工作回顾"},
        ),
        (
            ["某村脱贫见闻", "——记某村党支部带领群众脱贫", "2019-05-10 来源：某县融媒体中心"],
            {"title": "某村脱贫见闻"},
        ),
        (
            [
                "某某网 > 湖北日报 > 要闻",
                "湖北日报社定点帮扶村脱贫出列",
                "2019-05-10 来源：湖北日报",
            ],
            {"title": "湖北日报社定点帮扶村脱贫出列"},
        ),
        (
            ["垃圾分类：某村党员带头 人居环境大变样发布时间：2020-06-01"],
            {"title": "垃圾分类：某村党员带头 人居环境大变样"},
        ),
        # the fourth round: an advertisement and a gallery's items; a document library's button;
        # a Tieba poster's rank
        (["[广告] 某某梯田观景台门票在线预订 立减20元"], {"title": ""}),
        (["[图片] 某乡党员志愿者在村口值守", "[图片] 党员干部帮助贫困户春耕备耕"], {"title": ""}),
        (
            [
                "某某文档 | 首页 > 行业资料 > 党团工作",
                "某村驻村工作队2019年度工作总结",
                "下载此文档",
                "",
                "某村驻村工作队2019年度工作总结",
            ],
            {"title": "某村驻村工作队2019年度工作总结"},
        ),
    ],
)
def test_what_the_twenty_second_pass_furniture_rules_must_leave(header, expected):
    got = page(*header)
    assert {k: got[k] for k in expected} == expected


def normalized_page(*header: str, body: str = BODY, tail: tuple[str, ...] = ()) -> dict[str, str]:
    return page(*header, body=body, tail=tail, normalized=True)


@pytest.mark.parametrize(
    "header, body, tail, expected",
    [
        # a page's top run into one line by the scraper: menu, trail, headline, byline, lead
        (
            [],
            "某县人民政府 首页 政务公开 新闻中心 当前位置：首页 > 新闻中心 > 乡镇动态 "
            "某镇：合作社里建起党支部 发布时间：2019-04-16 09:20 来源：某县委组织部 "
            "字号：[ 大 中 小 ] 今年以来，某镇党委在合作社中建立党支部6个，带动贫困户入社。",
            (BODY, "责任编辑：张某", "版权所有 某县人民政府"),
            {
                "title": "某镇：合作社里建起党支部",
                "source": "某县委组织部",
                "published": "2019-04-16",
            },
        ),
        # ... an e-paper's: masthead, edition, buttons, headline, dateline and lead
        (
            [],
            "某某日报 2016年04月12日 星期二 第05版：县区 上一版 下一版 返回目录 "
            "某乡“党员中心户”带富一方 本报讯（记者 王某 通讯员 李某）四月的某乡，"
            "党员中心户正在田间教群众嫁接核桃。",
            (BODY, "责任编辑：张某", "版权所有 某某日报社"),
            {"title": "某乡“党员中心户”带富一方", "source": "某某日报", "published": "2016-04-12"},
        ),
        # a portal's table flattened with tabs between its cells
        (
            [
                "某县人民政府",
                "标题\t某村：党员户挂牌亮身份",
                "发布时间\t2018-03-05\t来源\t县扶贫办",
            ],
            BODY,
            (),
            {"title": "某村：党员户挂牌亮身份", "source": "县扶贫办", "published": "2018-03-05"},
        ),
        # an e-paper's bullet before the headline; an item of its list is no headline
        (
            ["某某日报 2018年12月07日 第3版", "◇ 某乡支部领办合作社", "本报讯（记者 张某）"],
            BODY,
            (),
            {"title": "某乡支部领办合作社"},
        ),
        (
            [
                "某某日报",
                "2018年12月07日　第3版　县区新闻",
                "本版导航：",
                " ◎ ",
                " ◎ 某县举办电商培训班",
                " ◎ 某县开展冬季送温暖活动",
            ],
            BODY,
            (),
            {"title": "", "source": "某某日报"},
        ),
        # a WeChat page: the account's card names the source; a byline a word a line
        (
            ["某县发布", "微信号 mouxianfabu", "功能介绍 某县委宣传部官方微信公众号。"],
            BODY,
            (),
            {"source": "某县发布"},
        ),
        (
            [
                "从“土坯房”到“小洋楼”",
                "某村党员带头搬新家",
                "原创",
                "某县融媒体中心",
                "某县发布",
                "2020-05-18",
            ],
            BODY,
            (),
            {"title": "从“土坯房”到“小洋楼” 某村党员带头搬新家", "source": "某县发布"},
        ),
        (
            [
                "某县发布",
                "2019-09-03 18:30",
                "某乡：支部引领扶贫车间开进村",
                "▲点击上方蓝色字体关注我们",
            ],
            BODY,
            (),
            {"title": "某乡：支部引领扶贫车间开进村", "source": "某县发布"},
        ),
        # a site's short name over its menu, then the byline: the page lost its headline
        (
            [
                "某省党建 · 某市",
                "首页 | 党建要闻 | 组织工作 | 基层党建",
                "发布时间：2020-10-28 来源：某县委组织部",
            ],
            BODY,
            (),
            {"title": "", "source": "某县委组织部"},
        ),
        # a reply's poster under its floor is no headline
        (
            ["某某论坛", "2#", " 山坳里的放羊娃", " 发表于 2021-04-07 20:13 | 只看该作者"],
            BODY,
            (),
            {"title": ""},
        ),
        # a forum's tab title loses the board, the forum and the software
        (
            [
                "某乡：党旗插到山垭口 - 新闻资讯 - 某某论坛 - Powered by Discuz!",
                "发表于 2018-9-27 10:12",
            ],
            BODY,
            (),
            {"title": "某乡：党旗插到山垭口"},
        ),
        # a document library's name with its brand in letters, the issuer under the headline
        (
            [
                "某某文库 WenKu",
                "首页 | 分类 | 上传",
                "关于某乡抓党建促脱贫攻坚情况的调研报告",
                "某县委组织部",
            ],
            BODY,
            (),
            {"title": "关于某乡抓党建促脱贫攻坚情况的调研报告"},
        ),
        # a site's name with its address; an offer; an image's placeholder; a zoom widget
        (
            [
                "某某网某某频道 www.example.com",
                "某乡：茶园里的党员先锋岗",
                "2016-08-19 来源：某某日报",
            ],
            BODY,
            (),
            {"title": "某乡：茶园里的党员先锋岗"},
        ),
        (
            ["发布时间：2小时前", "【点击领取】新人专享红包 最高88元"],
            "某某网讯（记者 李某）近日，" + BODY,
            (),
            {"title": ""},
        ),
        (["2019-04-22 11:05 来源：某某日报", "文章插图"], BODY, (), {"title": ""}),
        (
            [
                "某某日报",
                "2017年06月12日",
                "第03版:要闻",
                "放大+  缩小-  默认",
                "",
                "某镇:支部领着干 群众奔小康",
                "本报记者 马某",
            ],
            BODY,
            (),
            {"title": "某镇:支部领着干 群众奔小康"},
        ),
        # sources: a blog's repost notice; an office's unlabelled byline
        (
            ["某乡驻村扎根记(转载)", "(2014-06-09 21:17:33)", "转载自某某新闻网"],
            BODY,
            (),
            {"source": "某某新闻网"},
        ),
        (
            ["某镇把致富能手培养成村干部", "某县政府办    2017-03-14    阅读:1203"],
            BODY,
            (),
            {"source": "某县政府办"},
        ),
        # an e-paper's kicker over "某县：…" whose next words name another place
        (
            [
                "某某日报",
                "2017年09月21日",
                "第03版：县域经济",
                "抓党建促脱贫攻坚在基层",
                "雷山：西江党员“亮身份”带民富",
            ],
            "本报讯（通讯员 杨某）9月中旬，" + BODY,
            (),
            {"title": "雷山：西江党员“亮身份”带民富"},
        ),
    ],
)
def test_the_twenty_third_pass_page_furniture(header, body, tail, expected):
    got = normalized_page(*header, body=body, tail=tail)
    assert {k: got[k] for k in expected} == expected


@pytest.mark.parametrize(
    "header, expected",
    [
        # a document library's note that a user uploaded the file names no outlet
        (["某村党支部书记2019年度述职报告", "上传时间：2019-12-28 来源：网友投稿"], {"source": ""}),
        # a button framed between bars stays the page's furniture
        (["　| 收藏本版 |　", "查看: 2861|回复: 3"], {"title": ""}),
        # a line of chrome and prose under eighty characters is not cut
        (
            [
                "当前位置：首页 > 乡镇动态",
                "某镇：党员带头种核桃",
                "发布时间：2019-05-06 来源：某镇",
            ],
            {"title": "某镇：党员带头种核桃", "source": "某镇"},
        ),
        # a site's long name over its menu is the headline when it holds one
        (
            [
                "中国陇南网 宕昌县：支部建在产业链上 党员冲在最前沿",
                "首页 | 时政 | 社会 | 市州 | 经济",
                "当前位置:首页 > 市州",
                "2017-08-21 10:12",
            ],
            {"title": "宕昌县：支部建在产业链上 党员冲在最前沿"},
        ),
    ],
)
def test_what_the_twenty_third_pass_furniture_rules_must_leave(header, expected):
    got = normalized_page(*header)
    assert {k: got[k] for k in expected} == expected


@pytest.mark.parametrize(
    "header, body, expected",
    [
        # an app page that lost its headline: the account's card, not a headline
        (
            ["某县零距离", "2020-06-29 18:05 某某地区融媒体中心官方帐号", "关注"],
            BODY,
            {"title": "", "source": "某县零距离"},
        ),
        (["2019-07-11 18:02·某市发布", "关注"], BODY, {"title": "", "source": "某市发布"}),
        # a WeChat copy: its byline under the headline; its account at the top; its topics
        (
            ["某县某镇:工作队帮村里建起合作社", "某县好地方 2018-10-12"],
            BODY + "\n阅读原文    阅读 1268    在看 21",
            {"source": "某县好地方"},
        ),
        (
            ["点击上方蓝字关注我们", "某县发布", "2020-08-12 17:30"],
            BODY,
            {"title": "", "source": "某县发布"},
        ),
        (
            ["原创 王 丽 某县发布 2019-12-03", "收录于话题", "#脱贫攻坚", "63个"],
            BODY,
            {"title": "", "source": "某县发布"},
        ),
        (
            [
                "以下文章来源于某县党建 ,作者某县委组织部",
                "某县党建.",
                "某县人民政府官方信息发布平台",
            ],
            BODY,
            {"title": "", "source": "某县党建"},
        ),
        (["微信公众平台 | 文章快照", "阅读原文", "点击上方蓝字关注我们"], BODY, {"title": ""}),
        # a forum's reply: its poster and his rank; the opening post's poster after 楼主
        (["某山小老乡", "小吧主", "12"], "某某日报讯 记者 陈某 " + BODY, {"title": ""}),
        (
            [
                "某某论坛 - 某县人自己的网上家园",
                "首页 › 某县新闻 › 某镇：党建引领走出新路子",
                "查看: 1876|回复: 6",
                "楼主  某山小记者",
                "发表于 4 天前 | 只看该作者 | 倒序浏览 | 阅读模式",
                "",
                "某镇：党建引领走出新路子",
                "",
            ],
            BODY,
            {"title": "某镇：党建引领走出新路子"},
        ),
        # a list of other articles under 今日热点; a row of ads
        (
            [
                "某某新闻聚合 | 今日热点 | 旗县区",
                "今日热点",
                "1 某区:社区党建服务到家 2016-10-12",
                "2 某县:温室蔬菜带富一方 2016-10-11",
                "您的位置:首页 > 旗县区",
                "某镇:“党员联户”让小米走出大山",
                "时间:2016-10-11 来源:某某日报",
            ],
            BODY,
            {"title": "某镇:“党员联户”让小米走出大山", "source": "某某日报"},
        ),
        (
            [
                "最新网游排行榜  手游礼包免费领  单机游戏下载  热门小说在线阅读",
                "收藏本站 | 设为首页",
            ],
            "本报讯(记者 王某)" + BODY,
            {"title": ""},
        ),
        # a paper's credit with its page, under the headline
        (
            ["当前位置:首页 > 三农 > 正文", "某县:党建引领守牢防返贫底线", "某某日报 · 三农"],
            BODY,
            {"source": "某某日报"},
        ),
    ],
)
def test_the_twenty_third_pass_second_round_furniture(header, body, expected):
    got = normalized_page(*header, body=body)
    assert {k: got[k] for k in expected} == expected


@pytest.mark.parametrize(
    "header, body, expected",
    [
        # a short headline over its date on a WeChat copy stays the headline
        (["山乡巨变", "2019-05-10", "点击上方蓝字关注我们"], BODY, {"title": "山乡巨变"}),
        # a forum thread's closing credit after a post's chance event
        (
            ["某某论坛", "发表于 2015-11-23 16:42:10 | 只看该作者"],
            BODY + "\n(来源:某某日报 记者 王某)\n[发帖际遇] 某某 在论坛发帖时被小偷偷去了 2 金币.",
            {"source": "某某日报"},
        ),
    ],
)
def test_what_the_twenty_third_pass_second_round_must_leave(header, body, expected):
    got = normalized_page(*header, body=body)
    assert {k: got[k] for k in expected} == expected


@pytest.mark.parametrize(
    "header, body, expected",
    [
        # widgets and furniture: a font-size row, an e-paper's search, an ad, a site's tab title
        (
            [
                "某县人民政府",
                "您当前的位置:首页 > 新闻中心 > 乡镇动态",
                "文字大小:[大][中][小]   打印本页   关闭窗口",
            ],
            "本网讯(通讯员 王某)" + BODY,
            {"title": ""},
        ),
        (
            ["稿件搜索", "往期回顾", "某某日报", "2018年06月05日", "第03版:综合"],
            "(上接1版)" + BODY,
            {"title": "", "source": "某某日报"},
        ),
        (
            ["免费领取视频会员,点击进入活动页面", "资讯频道 > 某州 > 正文"],
            "某某报讯(通讯员 王某)" + BODY,
            {"title": ""},
        ),
        (
            ["某某红色文化网_某某精神_红色旅游_某市新闻", "来源:某某日报 时间:2018-07-02"],
            BODY,
            {"title": "", "source": "某某日报"},
        ),
        # a blog's post with the time it was posted on its line
        (
            ["某某的博客", "驻村日记:在某镇的第一个冬天 (2015-12-14 21:37:09)", "转载▼"],
            BODY,
            {"title": "驻村日记:在某镇的第一个冬天", "published": "2015-12-14"},
        ),
        # a flip-book's page of a paper, by its date
        (
            ["Page 6 - 某某日报2022年3月9日", "P. 6"],
            "户，今年全镇将持续巩固拓展脱贫攻坚成果。" + BODY,
            {"source": "某某日报", "published": "2022-03-09"},
        ),
        # a mirror's own line dates the copy; the article's byline under it dates the article
        (
            [
                "时间:2019-05-11 来源:网络整理 编辑:admin",
                "当前位置:首页 > 三农 > 正文",
                "某县:驻村工作队成了贫困户的“主心骨”",
                "2018年08月21日08:47  来源:某某网",
            ],
            BODY,
            {"published": "2018-08-21", "source": "某某网"},
        ),
        # a headline run into its byline on one line, under a menu of one item a line
        (
            [
                "某某新闻网",
                "首页",
                "新闻",
                "县域",
                "图片",
                "专题",
                "视频",
                "当前位置:首页>县域新闻>某县",
                "某县新闻,某县,易地扶贫搬迁,搬迁安置点,党支部,某县最新消息",
            ],
            "某县:搬迁点上建起党支部 群众有了“新家长” 2018-06-12 09:40:17 来源:某某日报 "
            "作者:韦某 字号:大 中 小 6月上旬,记者走进某县城郊的易地扶贫搬迁安置小区。" + BODY,
            {
                "title": "某县:搬迁点上建起党支部 群众有了“新家长”",
                "source": "某某日报",
                "published": "2018-06-12",
            },
        ),
    ],
)
def test_the_twenty_third_pass_third_round_furniture(header, body, expected):
    got = normalized_page(*header, body=body, tail=("责任编辑:张某", "版权所有 某某网"))
    assert {k: got[k] for k in expected} == expected


@pytest.mark.parametrize(
    "header, body, expected",
    [
        # what the second reader found the later rules misread: a short headline over its time
        # and a follow button; a time line that names the account itself; bylines of people; a
        # headline with game and lottery words
        (["扶贫路上党旗红", "2020-06-29 18:05", "关注"], BODY, {"title": "扶贫路上党旗红"}),
        (
            ["村里来了第一书记", "2020-06-29 18:05 某县发布官方帐号", "关注"],
            BODY,
            {"title": "村里来了第一书记"},
        ),
        (["某镇：党支部领办合作社", "原创 2020-05-18"], BODY + "\n阅读原文", {"source": ""}),
        (["某镇：党支部领办合作社", "田晓芳 2020-05-18"], BODY + "\n阅读原文", {"source": ""}),
        (["某镇：党支部领办合作社", "原创 张三 李四 王五 2019-12-03"], BODY, {"source": ""}),
        (
            ["少年沉迷网游 父亲沉迷彩票 扶贫干部帮这个家走出困境", "2019-05-10 来源：某某日报"],
            BODY,
            {"title": "少年沉迷网游 父亲沉迷彩票 扶贫干部帮这个家走出困境"},
        ),
    ],
)
def test_what_the_twenty_third_pass_later_rules_must_leave(header, body, expected):
    got = normalized_page(*header, body=body, tail=("责任编辑:张某",))
    assert {k: got[k] for k in expected} == expected


def test_an_e_papers_bullets_are_cut_from_the_headline_alike():
    # the list's marks and the headline's are one set: ○ and · too
    from helpers.extract.text.headline import tidy_title

    assert tidy_title("○ 某县召开脱贫攻坚推进会") == "某县召开脱贫攻坚推进会"
    assert tidy_title("◎ 某乡支部领办合作社") == "某乡支部领办合作社"


@pytest.mark.parametrize(
    "header, body, expected",
    [
        # a Discuz thread: the poster's name over his counts and rank, then 发表于, the
        # thread's title printed again at the end of the trail
        (
            [
                "某某论坛 - 某县人自己的网上家园",
                "某某论坛 » 乡镇风采 » 某镇：驻村工作队帮群众修通产业路【转】",
                "查看: 962 | 回复: 4",
                "山里的老黄牛",
                "主题 12  帖子 208  积分 655",
                "中级会员",
                "发表于 2018-5-9 10:21:33 | 只看该作者",
                "某镇：驻村工作队帮群众修通产业路",
            ],
            BODY,
            {"title": "某镇：驻村工作队帮群众修通产业路"},
        ),
        # ... the forum's name alone over a trail from the home page, the poster over 楼主
        (
            [
                "某县论坛",
                "首页 › 乡村杂谈 › 聊聊我们村的驻村书记",
                "查看: 1306|回复: 9",
                "河对岸的人",
                "楼主",
                "发表于 2017-9-2 21:40 | 只看该作者",
                "聊聊我们村的驻村书记",
            ],
            BODY,
            {"title": "聊聊我们村的驻村书记"},
        ),
        # a tab title of an e-paper: the paper's site, the page, the headline
        (
            ["某州日报数字报-第B2版-某乡：“两个带头人”工程育强村干部", "某州日报 2019年3月6日"],
            BODY,
            {"title": "某乡：“两个带头人”工程育强村干部"},
        ),
        # a place's news site named before the headline, set apart by a hyphen
        (
            ["咸宁网 - 通山某村：党员包片管护核桃林", "时间：2021-09-14  来源：咸宁日报"],
            BODY,
            {"title": "通山某村：党员包片管护核桃林", "source": "咸宁日报"},
        ),
        # the paper named only by the repost's closing notice, its date without brackets
        (
            ["某镇：党员“下地”帮 农户“进厂”干"],
            BODY,
            {"source": "某某日报", "published": "2016-06-02"},
        ),
        # a platform's name over the account's card: the account is the outlet
        (
            ["今日头条", "某县融媒", "2021-04-02 09:15", "关注", "", "某乡：支部带着群众种高山茶"],
            BODY,
            {"title": "某乡：支部带着群众种高山茶", "source": "某县融媒"},
        ),
        # an e-paper's trail names the paper among its steps
        (
            ["数字报 > 某州日报 > 2018年11月20日 > 第05版:县域"],
            "（上接1版）某镇把支部建在产业链上，全镇村集体经济收入普遍达到5万元以上。",
            {"source": "某州日报"},
        ),
        # an outlet after the date, then the page's buttons
        (
            ["某镇：田间地头的“流动党课”", "2020-10-12 08:40   某某日报   举报   收藏"],
            BODY,
            {"source": "某某日报"},
        ),
    ],
)
def test_the_twenty_fourth_pass_furniture(header, body, expected):
    tail = ("本文来源于《某某日报》2016年6月2日第3版",) if "下地" in header[0] else ()
    got = normalized_page(*header, body=body, tail=tail)
    assert {k: got[k] for k in expected} == expected


@pytest.mark.parametrize(
    "header, expected",
    [
        # a headline that opens with a net of its own, its subtitle after a dash
        (
            ["织密防返贫监测网——某县守住脱贫成果底线", "2022-03-01 来源：某某日报"],
            {"title": "织密防返贫监测网——某县守住脱贫成果底线"},
        ),
        # a short line over a trail whose last step is not printed below stays the headline
        (
            ["某县：党员户挂牌亮身份", "首页 › 新闻 › 乡镇动态", "2019-03-02 来源：某县融媒体中心"],
            {"title": "某县：党员户挂牌亮身份"},
        ),
        # a poster's rank alone is chrome; a headline over 发表于 in a blog stays
        (["驻村手记：第一次走访", "发表于 2016-3-12 20:11"], {"title": "驻村手记：第一次走访"}),
    ],
)
def test_what_the_twenty_fourth_pass_furniture_rules_must_leave(header, expected):
    got = normalized_page(*header, tail=("责任编辑:张某",))
    assert {k: got[k] for k in expected} == expected


@pytest.mark.parametrize(
    "header, body, expected",
    [
        # a Discuz poster's name, whether he is on line, his points: none is the headline
        (
            [
                "某某论坛 » 论坛 › 本地新闻 › 【转】某村：党员带头种油茶 贫困户捧上“铁饭碗”",
                "[乡村振兴] 【转】某村：党员带头种油茶 贫困户捧上“铁饭碗” [复制链接]",
                "山那边的老李",
                "山那边的老李 当前离线",
                "积分 906",
                "发表于 2017-11-6 09:47:12 | 只看该作者",
                "来源：某某日报",
            ],
            BODY,
            {"title": "某村：党员带头种油茶 贫困户捧上“铁饭碗”", "source": "某某日报"},
        ),
        # a Tieba thread's tab title, its poster and his level under the bar's name
        (
            [
                "某某吧-百度贴吧",
                "我们村这几年变化真大_某某吧_百度贴吧",
                "只看楼主 收藏 回复",
                "河边的阿妹",
                "某某吧 活跃吧友 6",
            ],
            BODY,
            {"title": "我们村这几年变化真大"},
        ),
        # a blog's post with its time and the button to repost it on its line
        (
            ["某某驻村日记_新浪博客", "驻村日记：在苗寨过的第一个冬天 (2016-01-12 21:40:18)转载▼"],
            BODY,
            {"title": "驻村日记：在苗寨过的第一个冬天", "published": "2016-01-12"},
        ),
        # an e-paper's page by its letter and its name, over a headline under a place kicker
        (
            ["某某日报", "2016年8月3日 星期三", "B05版 中国新闻", "", "驻村干部帮农户养羊"],
            BODY,
            {"title": "驻村干部帮农户养羊", "source": "某某日报"},
        ),
        # a repost whose only headline is its bracketed 原标题
        (
            [
                "网易首页 > 网易号 > 正文",
                "（原标题：某县：搬迁点上建起党群服务站）",
                "来源：某某日报",
            ],
            BODY,
            {"title": "某县：搬迁点上建起党群服务站"},
        ),
        # a content farm's disclaimer and its counters are no headline
        (
            ["首页 > 生活 > 三农 > 正文", "本文来自网络,如有侵权请联系删除", "阅读:1482  评论:0"],
            BODY,
            {"title": ""},
        ),
        # an aggregator's name over its trail to the text, the byline, then the headline
        (
            [
                "某某快报",
                "首页 > 时事 > 正文",
                "2017-03-02 18:40  阅读 326",
                "",
                "某村：党支部领路 山村甩掉穷帽",
            ],
            BODY,
            {"title": "某村：党支部领路 山村甩掉穷帽"},
        ),
        # a portal's tab title: its name and its section
        (
            [
                "某某县人民政府 - 乡镇动态",
                "首页 > 新闻动态 > 乡镇动态",
                "2018-07-12  来源:县委组织部",
            ],
            BODY,
            {"title": "", "source": "县委组织部"},
        ),
        # a document library's upload time, the document's own date under its issuer
        (
            [
                "文档分享网",
                "某镇2018年抓党建促脱贫工作总结",
                "上传者:abc123 | 上传时间:2019-01-08 | 页数:6",
                "某镇2018年抓党建促脱贫工作总结",
                "中共某镇委员会",
                "(2018年12月26日)",
            ],
            BODY,
            {"published": "2018-12-26"},
        ),
        # a WeChat copy's account named on a line of its own; a blog's repost of a journal
        (
            ["某镇：第一书记带着村民种木耳", "2017-04-26 某县发布", "公众号：某县发布"],
            BODY,
            {"source": "某县发布"},
        ),
        (
            ["[转载]某村的红色致富路 (2019-07-02 10:21:45)", "转自《某某扶贫》"],
            BODY,
            {"source": "某某扶贫"},
        ),
    ],
)
def test_the_twenty_fourth_pass_second_round_furniture(header, body, expected):
    got = normalized_page(*header, body=body, tail=("责任编辑:张某",))
    assert {k: got[k] for k in expected} == expected


@pytest.mark.parametrize(
    "header, body, expected",
    [
        # the account a mirror says hosts it is named after the article's own 来源
        (
            ["微信公众号文章 镜像", "公众号:某市组工"],
            BODY + "\n（本文来源:某县委组织部）",
            {"source": "某县委组织部"},
        ),
        # a prompt to follow an account is no label of the outlet
        (
            ["某镇：党员带头种茶", "2019-05-02 来源：某某日报", "关注公众号：某某网"],
            BODY,
            {"source": "某某日报"},
        ),
        # a line of points in a story is no poster's counts
        (
            ["某村推行积分制管理", "2019-05-02 来源：某某日报"],
            "全村党员积分 120 分以上的有16名。" + BODY,
            {"title": "某村推行积分制管理"},
        ),
    ],
)
def test_what_the_twenty_fourth_pass_second_round_must_leave(header, body, expected):
    got = normalized_page(*header, body=body, tail=("责任编辑:张某",))
    assert {k: got[k] for k in expected} == expected


@pytest.mark.parametrize(
    "header, expected",
    [
        # a WeChat repost: the reposting account and its time, "以下文章来源于", the first
        # account's card with its words on itself, then the headline
        (
            [
                "某县发布",
                "今天",
                "以下文章来源于某县组工 ，作者某县组工",
                "某县组工",
                "某县委组织部官方微信，发布全县组织工作动态。",
                "某县：“红色合伙人”拔掉穷根",
            ],
            {"title": "某县：“红色合伙人”拔掉穷根", "source": "某县组工"},
        ),
        # a content farm's tab title of its sections, its counters in brackets
        (
            [
                "某县新闻_某省地方资讯_百事通",
                "首页 | 本地 | 社会 | 民生 | 旅游",
                "阅读(236)  评论(0)  2天前",
            ],
            {"title": ""},
        ),
    ],
)
def test_the_twenty_fourth_pass_third_round_furniture(header, expected):
    got = normalized_page(*header, tail=("责任编辑:张某",))
    assert {k: got[k] for k in expected} == expected


@pytest.mark.parametrize(
    "header, body, tail, expected",
    [
        # what the second reader found the twenty-fourth pass's rules misread: a short headline
        # over a trail whose last step, a section's name, is printed again
        (
            [
                "为扶贫添“牛劲”",
                "首页 > 专题专栏 > 脱贫攻坚进行时",
                "2016-03-10 08:12 来源：某某日报",
                "脱贫攻坚进行时",
            ],
            BODY,
            (),
            {"title": "为扶贫添“牛劲”"},
        ),
        # a Tieba thread's title too short to stand alone
        (["扶贫_某某吧_百度贴吧"], BODY, (), {"title": ""}),
        # the paper of an e-paper's tab title is the source once its page is cut from it
        (["某州日报数字报-第A3版-某县：扶贫车间开到家门口"], BODY, (), {"source": "某州日报"}),
        # a sentence that tells where an idea was first printed is no repost's notice
        (
            ["某乡：茶企带农户", "2016-06-05 来源：某某新闻网"],
            BODY,
            ("某乡的模式，最早来源于某某日报2012年3月5日刊发的一篇调研文章。",),
            {"source": "某某新闻网", "published": "2016-06-05"},
        ),
        # a library's upload time over another date that is not the document's own
        (
            ["文档分享网", "某镇工作总结", "上传时间：2019-01-08", "文档有效期至2019年12月31日"],
            BODY,
            (),
            {"published": "2019-01-08"},
        ),
    ],
)
def test_what_the_twenty_fourth_pass_rules_must_leave(header, body, tail, expected):
    got = normalized_page(*header, body=body, tail=tail)
    assert {k: got[k] for k in expected} == expected


@pytest.mark.parametrize(
    "header, expected",
    [
        # a blog post's tab title is the post's, not the blog's name
        (
            ["驻村日记：某镇的第一个冬天_新浪博客", "发表于 2016-3-12 20:11"],
            {"title": "驻村日记：某镇的第一个冬天"},
        ),
        # a prompt to follow an account, set apart by a space, names no outlet
        (
            ["某镇：党员带头种茶", "2019-05-02 来源：某某日报", "扫码关注 公众号：某某网"],
            {"source": "某某日报"},
        ),
    ],
)
def test_what_the_twenty_fourth_pass_code_reader_found_in_page_tops(header, expected):
    got = normalized_page(*header, tail=("责任编辑:张某",))
    assert {k: got[k] for k in expected} == expected
