"""A page's date, headline and outlet, read from whole invented pages of shapes real sites print.

Each page is run through the pipeline as a report would be, so the line classes (chrome,
byline, spam) and the metadata rules are tested together.
"""

from __future__ import annotations

import pytest

from helpers.engine.pipeline import analyse
from helpers.extract.records import ManifestRow
from helpers.extract.text import boilerplate as bp
from helpers.extract.text.clean import clean

BODY = (
    "近年来，某某县坚持抓党建促脱贫，选派第一书记120名驻村帮扶，全县贫困户3200户全部脱贫，"
    "村集体经济收入普遍达到5万元以上。"
)


def page(*header: str, body: str = BODY) -> dict[str, str]:
    manifest = ManifestRow("r", "r.txt", "", "utf-8", "ok", "")
    report = analyse("r", "\n".join([*header, body]) + "\n", manifest, with_terms=False).report
    return {"title": report.title, "published": report.published, "source": report.source}


@pytest.mark.parametrize(
    "header, date",
    [
        # a date and a time, then a byline glued on
        (["某某县党建引领脱贫攻坚", "2019-03-08 09:12王某某 李某"], "2019-03-08"),
        (
            ["某某县党建引领脱贫攻坚", "2020-05-06 18:27:14 来源:某某日报、某某网记者 张三"],
            "2020-05-06",
        ),
        (["某某县党建引领脱贫攻坚", "发布时间：2019年10月21日 10:21  浏览次数:"], "2019-10-21"),
        (["某某县党建引领脱贫攻坚", "发布日期:2018/6/28"], "2018-06-28"),
        # a repost: the date its 来源 line or its first printing gives, not the repost's own
        (
            ["某某县党建引领脱贫攻坚", "发表于 2018-3-5 10:22:11", "来源：某某日报 2018年3月4日"],
            "2018-03-04",
        ),
        (
            [
                "某某县党建引领脱贫攻坚",
                "时间：2023-02-14 来源：互联网",
                "原文刊发于《某某日报》2017年09月27日",
            ],
            "2017-09-27",
        ),
        # a two-digit year after its label; the publication date, not the update's
        (["某某县党建引领脱贫攻坚", "发布时间：19-06-10 08:30 优质创作者"], "2019-06-10"),
        (
            [
                "某某县党建引领脱贫攻坚",
                "【更新时间：2019-06-12 17:45】 【发布时间：2019-06-10 09:20】",
            ],
            "2019-06-10",
        ),
        # an outlet paired with its app before the date: a byline, not another article's title
        (["某某县党建引领脱贫攻坚", "某某晚报·某某壹点 2018-06-28"], "2018-06-28"),
        # day first
        (["某某县党建引领脱贫攻坚", "28.06.2016  23:44"], "2016-06-28"),
        # a two-digit year before the clock time; a date among widgets; an e-paper's dateline
        (["某某县党建引领脱贫攻坚", "21-03-05 09:12 来源:某某网"], "2021-03-05"),
        (["某某县党建引领脱贫攻坚", "【字体: 】【2019年07月02日】【责任编辑:张某】"], "2019-07-02"),
        (["2021年04月06日 星期二 某某晚报", "某某县党建引领脱贫攻坚"], "2021-04-06"),
        (["某某县党建引领脱贫攻坚", "二〇一九年十月二十一日"], "2019-10-21"),
        # the outlet printed before the date
        (["某某县党建引领脱贫攻坚", "某某农民报 2020-04-25 01:33 大字"], "2020-04-25"),
        # the year, then month/ day; a government page's table of properties
        (
            ["某某频道 > 正文", "2021 11/ 02 08:15", "来源: 某某社", "某某县党建引领脱贫攻坚"],
            "2021-11-02",
        ),
        (
            ["主题分类 | 扶贫 | 文号 | 某政发〔2021〕8号", "发布日期 | 2021-04-19 | 有效性 | 有效"],
            "2021-04-19",
        ),
    ],
)
def test_the_page_date_is_read_in_every_shape_sites_print(header, date):
    assert page(*header)["published"] == date


def test_a_dateline_without_a_year_gives_no_date():
    body = "本报讯(记者 张三)6月12日，" + BODY
    assert page("某某县党建引领脱贫攻坚", body=body)["published"] == ""


@pytest.mark.parametrize(
    "header, title",
    [
        # rows of widgets above the headline: accessibility and login, a search box, a font
        # zoom, a forum's buttons, a blog's counters, a portal's catalogue and property fields,
        # a row of search keywords under a heading
        (
            ["登录 注册 网站无障碍", "某某县开展扶贫日活动", "2017-10-18 来源：某某网"],
            "某某县开展扶贫日活动",
        ),
        (
            ["请输入关键字 搜索", "某某县开展扶贫日活动", "2017-10-18 来源：某某网"],
            "某某县开展扶贫日活动",
        ),
        (
            ["放大 缩小 默认", "某某县开展扶贫日活动", "2017-10-18 来源：某某网"],
            "某某县开展扶贫日活动",
        ),
        (
            ["楼主", "电梯直达", "某某县开展扶贫日活动", "发表于 2017-10-18 10:22"],
            "某某县开展扶贫日活动",
        ),
        (
            ["博客等级：12", "博客积分：1,536", "某某县开展扶贫日活动", "2017-10-18 来源：某某网"],
            "某某县开展扶贫日活动",
        ),
        (
            ["公开目录：脱贫攻坚", "某某县开展扶贫日活动", "2017-10-18 来源：某某网"],
            "某某县开展扶贫日活动",
        ),
        (
            ["是否有效： 是", "某某县开展扶贫日活动", "2017-10-18 来源：某某网"],
            "某某县开展扶贫日活动",
        ),
        (
            [
                "热门推荐：扶贫贷款怎么申请 贫困户认定标准",
                "某某县开展扶贫日活动",
                "2017-10-18 来源：某某网",
            ],
            "某某县开展扶贫日活动",
        ),
        # a headline after its place that ends in 网 as a word is no site's name
        (["龙门：党建引领织密保障网", "2017-10-18 来源：某某网"], "龙门：党建引领织密保障网"),
        # an e-paper's kicker over a headline that opens with its place and a colon; the print
        # edition's citation below them is no part of the headline
        (
            [
                "某某日报",
                "2017年10月18日 星期三",
                "陕西平利县推动搬迁群众就近就业",
                "平利：社区工厂让搬迁群众稳得住",
                "本报记者 张某",
                "《某某日报》（2017年10月18日 06版）",
            ],
            "平利：社区工厂让搬迁群众稳得住",
        ),
        # a headline that says 放大 and 缩小, and one saying who issued something, are headlines
        (["放大优势 缩小差距", "2017-10-18 来源：某某网"], "放大优势 缩小差距"),
        (
            ["某县扶贫典型案例由县委组织部发布", "2017-10-18 来源：某某网"],
            "某县扶贫典型案例由县委组织部发布",
        ),
        # an e-paper's name beside the headline, joined by a dash: not part of it
        (["某某日报数字报-某某县开展扶贫日活动", "2017-10-18"], "某某县开展扶贫日活动"),
        (["某某县开展扶贫日活动 - 某某日报数字报", "2017-10-18"], "某某县开展扶贫日活动"),
        # a page's label over the article is no part of the headline
        (
            ["新闻详情", "某某县开展扶贫日活动", "某某网 2017-10-18 18:53:33 浏览量：1024"],
            "某某县开展扶贫日活动",
        ),
        # site chrome above the headline: a row of institutions, a menu, a font-size widget
        (
            [
                "某某市人大 某某市政府 某某市政协",
                "首页 政务公开 网上办事 互动交流 投资某某",
                "文字大小:",
                "某某县开展扶贫日活动",
                "2017-10-18 18:53 (来源:某某办)",
            ],
            "某某县开展扶贫日活动",
        ),
        # a breadcrumb's last step
        (
            ["某某网 正文", "大山深处的脱贫路", "2018-05-24 21:56:30 来源: 某某网"],
            "大山深处的脱贫路",
        ),
        # a submission byline with a postcode above and below the headline
        (
            ["某某县农业局(410000)张三 李四", "为脱贫添“牛劲”", "某某县农业局(410000)张三李四"],
            "为脱贫添“牛劲”",
        ),
        # a repost's label
        (
            ["原标题:奋战扶贫一线 传递扶贫力量", "2021-02-26 来源:某某日报"],
            "奋战扶贫一线 传递扶贫力量",
        ),
        # a byline glued on the headline
        (["某某村的新路子 本报记者 张三", "2020-01-02 09:00"], "某某村的新路子"),
        # a list of other articles is not the headline
        (
            ["- · 某某征稿启事[06/30]", "某某镇党建促脱贫", "发布时间:2019-07-01"],
            "某某镇党建促脱贫",
        ),
        # adult-site spam above the page: removed, and the headline still found
        (
            [
                "亚洲无码一区二区三区,精品视频在线观看,免费播放,国产精品",
                "某某村脱贫记",
                "2018-05-24 来源:某某网",
            ],
            "某某村脱贫记",
        ),
        # garbage with no Chinese words is no headline
        (["@ME:", "|"], ""),
        # an e-paper: the masthead, the date and the page label stand above the headline
        (
            ["某某日报", "2021年03月02日", "第B06版:乡村振兴", "合作社开进贫困村"],
            "合作社开进贫困村",
        ),
        (["展开通版", "当前版:03版", "支部引路 产业铺路"], "支部引路 产业铺路"),
        # ... its switches named otherwise, and a widget's pair of buttons over the headline
        (
            [
                "版面导航请点击:",
                "展开版面",
                "收起版面",
                "当前版:05版",
                "发布日期:",
                "合作社里分红忙",
            ],
            "合作社里分红忙",
        ),
        (["二维码 收起", "山村怎样念好“致富经”"], "山村怎样念好“致富经”"),
        # a portal's links to its own outlets, run into one line, are no headline
        (["某某新闻网", "某某新闻网论坛", "某某手机报"], ""),
        # authors joined by +, one with a name of four characters, are no headline
        (["卓玛+王某某+扎西顿珠"], ""),
        # an e-paper's link to past issues over the headline
        (["稿件检索", "往期浏览", "翻过最陡的“坡”", "发布时间:2020年09月16日"], "翻过最陡的“坡”"),
        # a group's photograph under the lead is no headline
        (["“走进边疆”记者团在界碑前合影"], ""),
        # a site's name, then a breadcrumb, then the headline: not the site's name
        (
            ["某某省农业农村厅", "您现在的位置:首页>工作动态>市县动态", "某某县的扶贫车间"],
            "某某县的扶贫车间",
        ),
        # a byline without a name, authors joined by +, a photo's caption: no headline
        (["本刊记者"], ""),
        (["王某+李某某+赵某"], ""),
        (["张某某(右)在大棚里查看秧苗"], ""),
        # a repost's shorter label, a page title's "--channel--site" tail, widgets after it
        (["原题:山沟里的养蜂人", "2019-05-01 来源:某某网"], "山沟里的养蜂人"),
        (["沂河边的第一书记--某某频道--某某新闻", "2019-05-01 09:00"], "沂河边的第一书记"),
        (["某某县三链协同促增收", "某某党建网 打印 纠错", "来源:某某研究"], "某某县三链协同促增收"),
        # a kicker ending in a colon goes on on the next line, read as one line; a column's
        # label in brackets stands above the headline; a multi-page article's page number stays,
        # as the dev gold keeps a part's "( 三 )" and seven blind readers kept "(2)" and "【2】"
        (
            ["某某乡某某村:", "一个贫困村的振兴路", "本报记者 张某 王某"],
            "某某乡某某村:一个贫困村的振兴路",
        ),
        (["【决战决胜脱贫攻坚】", "大山深处起新城", "——某某县脱贫纪实"], "大山深处起新城"),
        (["党支部成了主心骨【2】", "2020年05月09日08:12 来源:某某网"], "党支部成了主心骨【2】"),
        (["党支部成了主心骨(3)", "2020年05月09日08:12 来源:某某网"], "党支部成了主心骨(3)"),
        # ... and a part of a series, in Chinese numerals
        (["党支部成了主心骨（三）", "2020年05月09日08:12 来源:某某网"], "党支部成了主心骨（三）"),
        # a long headline with a comma, its byline below the share buttons; a series' label
        (
            [
                "“十年回访，再看新村”系列报道 某某村三任第一书记的接力答卷",
                "0",
                "分享至",
                "(来源:某某报)",
            ],
            "某某村三任第一书记的接力答卷",
        ),
        # the page's summary above the breadcrumb and headline: the lead, printed again below
        (
            [
                "走进某某县某某村，一派欣欣向荣的景象，村民们正忙着采摘新鲜的蔬菜，脸上洋溢着笑容。",
                "您当前的位置 : 国内新闻>",
                "某某村原第一书记——以生命诠释初心",
                "某某网 时间:2021-02-20 10:48",
                "走进某某县某某村，一派欣欣向荣的景象，村民们正忙着采摘新鲜的蔬菜，脸上洋溢着笑容。",
            ],
            "某某村原第一书记——以生命诠释初心",
        ),
        # a headline that asks, long enough to pass for prose
        (
            ["山区县如何念好“强村经”?——来自某某县以党建引领集体经济发展的调查"],
            "山区县如何念好“强村经”?——来自某某县以党建引领集体经济发展的调查",
        ),
        # a kicker of two short phrases over a headline that opens with its own place
        (
            [
                "首页 > 专题",
                "党旗飘在山乡 初心写在田间",
                "岚县“驻村干部”扎根一线",
                "2018-04-27 来源：某某网",
            ],
            "岚县“驻村干部”扎根一线",
        ),
        # but a line that goes on from the two phrases is the rest of the headline
        (
            [
                "产业兴村  党建先行",
                "推动某某镇茶产业发展再上新台阶",
                "发布时间:2017-10-09 作者:张三",
            ],
            "产业兴村 党建先行 推动某某镇茶产业发展再上新台阶",
        ),
    ],
)
def test_the_headline_is_picked_from_among_chrome_kickers_and_bylines(header, title):
    assert page(*header)["title"] == title


@pytest.mark.parametrize(
    "header, body, source",
    [
        (
            ["某某县党建引领脱贫", "2020-05-06 18:27:14 来源:某某日报、某某网记者 张三"],
            BODY,
            "某某日报",
        ),
        (["某某县党建引领脱贫", "某某农民报 2020-04-25 01:33 大字"], BODY, "某某农民报"),
        (["Page 583 - 某某县年鉴2016", "P. 583"], BODY, "某某县年鉴2016"),
        (["某某县党建引领脱贫"], "中新网某地6月12日电 " + BODY, "中新网"),
        (["某某县党建引领脱贫"], BODY + "\n(某某报记者张三 通讯员李四)", "某某报"),
        # "本报讯" names no outlet
        (["某某县党建引领脱贫"], "本报讯(记者 张三)" + BODY, ""),
        (["某某乡人民政府2018年工作总结及2019年工作计划"], BODY, "某某乡人民政府"),
        # the lead's dateline: a 讯 before the byline, a bracketed one, a byline naming the paper
        (["某某县党建引领脱贫"], "某某网讯 通讯员 张某 报道:" + BODY, "某某网"),
        (["某某县党建引领脱贫"], "(某某广播网5月6日)" + BODY, "某某广播网"),
        (["某某县党建引领脱贫"], "某某日报记者 张某 " + BODY, "某某日报"),
        # an e-paper's dateline ending with the paper
        (["2021年04月06日 星期二 某某晚报", "某某县党建引领脱贫"], BODY, "某某晚报"),
        # a 来源 line names the article's source before a portal's publishing office does
        (
            [
                "某某县党建引领脱贫",
                "发布机构：某某县人民政府办公室",
                "来源：某某镇人民政府 日期：2021-03-09",
            ],
            BODY,
            "某某镇人民政府",
        ),
        # a periodical's name in title marks, brackets and all; where a repost was first printed;
        # an aggregator's credit; a view counter glued on
        (["某某县党建引领脱贫", "来源：《共产党员（某省）》2019年14期"], BODY, "共产党员（某省）"),
        (
            ["某某县党建引领脱贫", "来源：网络", "原文刊发于《某某日报》2017年09月27日"],
            BODY,
            "某某日报",
        ),
        (["某某县党建引领脱贫", "2018-12-05 由 某某传媒网 发表"], BODY, "某某传媒网"),
        (["某某县党建引领脱贫", "来源：某某县委组织部浏览次数：1268"], BODY, "某某县委组织部"),
        # a paper's e-paper beside the headline on its line, before or after it: the paper
        (["某某日报数字报 - 某某县党建引领脱贫", "2021-03-09"], BODY, "某某日报"),
        (["某某县党建引领脱贫_某某晚报电子报", "2021-03-09"], BODY, "某某晚报"),
        # an e-paper's masthead in title marks, its date and page in brackets after it
        (["《某某日报》（2021年03月09日 第 05 版）", "某某县党建引领脱贫"], BODY, "某某日报"),
        # ... but a website's name there is only the host's page title, no source
        (["某某县党建引领脱贫_某某新闻网", "2021-03-09"], BODY, ""),
        # labels set off by 丨, or 来源于; a byline of text and photos; the paper and its reporter
        (["某某县党建引领脱贫", "来源丨某某发布", "2021-03-09 09:30"], BODY, "某某发布"),
        (["某某县党建引领脱贫", "2021-03-09 来源于：某某党建"], BODY, "某某党建"),
        (["某某县党建引领脱贫", "文/图 某某日报记者 张某", "2021年3月9日"], BODY, "某某日报"),
        (["某某县党建引领脱贫", "某某日报 记者 张某 通讯员 李某", "2021.03.09"], BODY, "某某日报"),
        # a county's media brand, a body on its own portal, on the date's line
        (["某某县党建引领脱贫", "2021-03-09 18:22 某某融媒"], BODY, "某某融媒"),
        (["某某县党建引领脱贫", "某某县委组织部 2021-03-09"], BODY, "某某县委组织部"),
        # a paper paired with its app or site by a middot or a dash, on the date's line
        (["某某县党建引领脱贫", "2021-03-09 10:21 某某晚报·某某壹点"], BODY, "某某晚报·某某壹点"),
        (["某某县党建引领脱贫", "某某晚报·某某壹点 2021-03-09"], BODY, "某某晚报·某某壹点"),
        (["某某县党建引领脱贫", "某某网-某某日报 2021-03-09"], BODY, "某某网-某某日报"),
        (["某某县党建引领脱贫", "2021-03-09 07:30 某某新闻客户端"], BODY, "某某新闻客户端"),
        # datelines naming only the outlet, then the story or the reporter
        (["某某县党建引领脱贫"], "某某发展网讯 6月8日，" + BODY, "某某发展网"),
        (["某某县党建引领脱贫"], "某某在线消息 4月的山区，" + BODY, "某某在线"),
        (["某某县党建引领脱贫"], "【某某经济联播讯 记者张某】" + BODY, "某某经济联播"),
        (["某某县党建引领脱贫"], "某某TV(记者 张某 某地报道)" + BODY, "某某TV"),
        # ... but a menu line that opens with the site's name is no dateline
        (
            ["某某县党建引领脱贫"],
            "某某生活网 | 本地通 | 影讯 | 公交 | 地图 | 天气 | 商圈 | 城市生活网\n" + BODY,
            "",
        ),
        # the paper of a reporter named in the lead, a byline line opening with the paper
        (["某某县党建引领脱贫"], "日前，某某日报全媒记者走进" + BODY, "某某日报"),
        (["某某县党建引领脱贫", "某某日报 张某 李某 发布时间:2020年07月27日"], BODY, "某某日报"),
        # an agency's dateline on the headline's line, a paper's name before the headline
        (["新华社某地9月21日电 题:某某县党建引领脱贫"], BODY, "新华社"),
        (["某某日报:某某县 党建引领扶贫工程重实效"], BODY, "某某日报"),
        # a paper's all-media desk in the lead's byline
        (["某某县党建引领脱贫"], BODY + "\n(某某日报全媒记者张某 通讯员 李某 摄)", "某某日报"),
        # the next label glued to the outlet's name
        (
            ["某某县党建引领脱贫", "2021-10-11 8:13:19来源:某某新闻中心作者: 投稿"],
            BODY,
            "某某新闻中心",
        ),
        # an e-paper: the paper's masthead above its page label is the outlet
        (["某某晚报", "2020年05月06日", "第05版:要闻", "合作社开进贫困村"], BODY, "某某晚报"),
        # ... but a site's name alone, on a page that is not an e-paper, is not
        (["某某晚报", "合作社开进贫困村"], BODY, ""),
        # the metadata line an e-paper system leaves at the page's end
        (
            ["合作社开进贫困村"],
            BODY + "\n2020-05-06 1 1 某某日报 c1234.html 1 合作社开进贫困村 /enpproperty-->",
            "某某日报",
        ),
        # a byline line of the outlet's reporters; the outlet, the date and a column
        (["合作社开进贫困村", "某某日报记者 张某 通讯员 李某 王某"], BODY, "某某日报"),
        (["合作社开进贫困村", "文 |《某某》新闻周刊记者 张某 李某"], BODY, "《某某》新闻周刊"),
        (["合作社开进贫困村", "来源:《某某》杂志"], BODY, "《某某》杂志"),
        (["合作社开进贫困村", "某某新闻 2020-10-11 乡村笔记"], BODY, "某某新闻"),
        # a periodical without its issue or its title marks
        (["合作社开进贫困村", "来源:《某某研究》2023年第9期"], BODY, "某某研究"),
        (["Page 112 - 某某党史资料 总第三十二辑"], BODY, "某某党史资料"),
        # the issuing body in a government page's table of properties
        (
            [
                "主题分类 | 扶贫 | 文号 | 某政发〔2021〕8号",
                "发布机构 | 某某乡人民政府 | 有效性 | 有效",
            ],
            BODY,
            "某某乡人民政府",
        ),
    ],
)
def test_the_source_is_read_from_labels_datelines_and_bylines(header, body, source):
    assert page(*header, body=body)["source"] == source


@pytest.mark.parametrize(
    "byline, source",
    [
        # a magazine's name in its title marks over its reporter: the name without the marks,
        # whatever its kind (a 半月刊 or a name with no kind at all)
        ("《某某经济周刊》 记者 王某", "某某经济周刊"),
        ("《某某论坛》记者 李某 赵某", "某某论坛"),
        ("《某某日报》特约记者 孙某", "某某日报"),
        ("2020年03月18日 《某某半月刊》 记者 钱某 通讯员 周某", "某某半月刊"),
        # a book quoted in a byline names no reporter's outlet
        ("作者 吴某  《某某乡志》编委会", ""),
    ],
)
def test_a_publication_in_its_title_marks_over_its_reporter_is_the_source(byline, source):
    assert page("某某乡的第一书记和乡亲们", byline)["source"] == source


def test_a_sites_dateline_names_it_and_not_its_bureau():
    # 某某在线 with the place and the day it filed from; its 某省站 is a bureau of it
    lead = "华声在线黎平11月3日消息(贵州站记者 吴某)今天上午，" + BODY
    assert page("某乡实施扶贫工程", body=lead)["source"] == "华声在线"


def test_an_outlet_dateline_below_a_gallerys_long_captions_is_the_source():
    captions = [
        "合作社开进贫困村",
        "某某镇的蔬菜大棚连成一片，村民们在棚里忙着采摘、分拣、装箱，准备把新鲜蔬菜发往省城的各大超市。",
        "http://img.example.cn/2019/0311/a1.jpg",
        "某某乡的光伏电站去年的发电收益全部用于村里的公益岗位和贫困户分红，村民们都拍手称赞这件好事。",
        "http://img.example.cn/2019/0311/a2.jpg",
    ]
    body = "某某新闻网消息(记者 张某 通讯员 李某)3月10日，" + BODY
    assert page(*captions, body=body)["source"] == "某某新闻网"


def test_a_headline_copied_without_its_quotes_is_read_as_the_page_printed_it():
    # the page's own title line lost the quotes and the colon; the article prints them
    header = ["某县 荒坡变成花果山", "来源:某某网 2020-01-02", "某县:荒坡变成“花果山”"]
    assert page(*header)["title"] == "某县:荒坡变成“花果山”"


def test_a_headline_printed_twice_and_run_into_the_text_is_read_once():
    run_in = "某县产业扶贫的调研报告某县产业扶贫的调研报告 一、基本情况。" + BODY
    assert page(body=run_in)["title"] == "某县产业扶贫的调研报告"
    # a lead that does not open with a repeat gives no headline
    assert page(body="某县产业扶贫的调研报告显示，" + BODY)["title"] == ""


@pytest.mark.parametrize(
    "lead, title, source",
    [
        # headline, then an outlet of brand and medium, its place, 讯 and the byline's role
        ("岭上茶香助农增收大众网泰安讯(通讯员 刘某)“今年", "岭上茶香助农增收", "大众网"),
        (
            "古寨里来了驻村队长中国江西网吉安讯(记者 何某)入冬以来",
            "古寨里来了驻村队长",
            "中国江西网",
        ),
        (
            "贵州某县:易地搬迁户住进新楼黔南日报讯 (记者 杨某) 近日",
            "贵州某县:易地搬迁户住进新楼",
            "黔南日报",
        ),
        # the paper's own 本报讯 names no outlet, but still ends the headline
        ("党员带头种出致富果本报讯(通讯员 周某)在某镇", "党员带头种出致富果", ""),
        # a site whose name ends in 在线
        (
            "某县:扶贫车间办到家门口华声在线宁德讯(采访人员 郑某 通讯员 林某)“在这里",
            "某县:扶贫车间办到家门口",
            "华声在线",
        ),
        # ... or in 新闻, as apps name themselves (a twin of a page whose site ends in 网)
        (
            "某市:小作坊撑起致富梦封面新闻宜宾讯(采访人员 罗某 通讯员 何某)“在这儿做工",
            "某市:小作坊撑起致富梦",
            "封面新闻",
        ),
    ],
)
def test_a_headline_run_into_its_dateline_is_cut_where_the_dateline_starts(lead, title, source):
    got = page(body=lead + BODY)
    assert (got["title"], got["source"]) == (title, source)


def test_a_headline_over_share_buttons_and_a_byline_naming_an_app_is_the_headline():
    # the 来源 line names an app (客户端), as share buttons do: it is the byline, not a button
    header = [
        "当前位置: 郊区 > 乡村故事 > 正文",
        "结了一门“城里亲戚”，这个区的山村更美了、村民的腰包也更鼓了……",
        "分享到:",
        " (8)",
        " 收藏",
        "来源:某某日报客户端 作者:王某 2021-05-12 09:30",
        "摘要:“以‘百企帮百村’行动为抓手，推动城乡协同发展。”区委组织部负责人这样说。",
    ]
    got = page(*header)
    assert got == {
        "title": "结了一门“城里亲戚”，这个区的山村更美了、村民的腰包也更鼓了……",
        "published": "2021-05-12",
        "source": "某某日报客户端",
    }


def test_a_reporter_of_a_site_named_online_names_it():
    # "某某在线记者": the site, as "某某新闻网记者" names its
    assert page("云南在线记者 李某", BODY)["source"] == "云南在线"


def test_a_reposts_request_to_credit_it_names_no_source():
    # "转载请注明出处：http://…" asks for a credit; the reporter's paper in the byline is the source
    body = "《柳编车间增收忙》由某某新闻网提供，转载请注明出处:http://fy.example.com/583217.html，谢谢合作!"
    assert page("某某日报记者 孙某 通讯员 葛某", BODY, body=body)["source"] == "某某日报"


def test_a_lead_that_mentions_a_paper_is_not_cut_into_a_headline():
    # prose before the dateline (a comma) or no reporter after it: no headline was lost
    assert page(body="近日，某镇召开会议本报讯(记者 王某)" + BODY)["title"] == ""
    assert page(body="某县扶贫车间的故事登上某某日报讯息版面。" + BODY)["title"] == ""


def test_an_outlet_glued_after_the_headline_on_its_repeat_is_the_source():
    # the page printed the headline, then the headline again with the byline run into it
    header = ["某县:茶园连成致富路", "某县:茶园连成致富路某某新闻客户端 记者 张某"]
    assert page(*header)["source"] == "某某新闻客户端"
    # a headline followed by other words is no byline
    assert page("某县:茶园连成致富路", "某县:茶园连成致富路某某网友留言")["source"] == ""


@pytest.mark.parametrize(
    "header, body, source",
    [
        # a site's dateline that ends with the outlet; an outlet, the site's address, the time
        (["合作社开进贫困村", "2021-03-15 某某新闻"], BODY, "某某新闻"),
        (["合作社开进贫困村", "2022-07-01 10:05 某某晚报"], BODY, "某某晚报"),
        (
            ["合作社开进贫困村", "某某网 http://www.example.cn 时间:2020-05-06 09:12"],
            BODY,
            "某某网",
        ),
        # a journal database's label on its own line, the journal's name on the next
        (["合作社开进贫困村"], BODY + "\n出处\n《某某论坛》\n2015年第3期", "某某论坛"),
        # a reporter of the outlet named in the opening paragraphs, not in a byline
        (["合作社开进贫困村"], "3月2日，某某晚报记者走进大山深处。\n" + BODY, "某某晚报"),
        (["合作社开进贫困村"], "3月2日，本报记者走进大山深处。\n" + BODY, ""),
        # ... but not a reporter someone speaks to, or one a report is taken from
        (["合作社开进贫困村"], "他在接受某某日报记者采访时说，日子好了。\n" + BODY, ""),
        (["合作社开进贫困村"], "老李告诉某某晚报记者，今年收入翻番。\n" + BODY, ""),
        (["合作社开进贫困村"], "据某某社记者了解，全乡已全部脱贫。\n" + BODY, ""),
        # a site's section after the date is no outlet; a lone label over prose names none
        (["合作社开进贫困村", "2021-03-15 图片新闻"], BODY, ""),
        (["合作社开进贫困村"], BODY + "\n来源\n近年来，全县坚持党建引领，成效明显。", ""),
        # the outlet that holds the page's copyright; a company that holds it is no outlet
        (["合作社开进贫困村"], BODY + "\n版权所有:某某日报  技术支持:某某科技", "某某日报"),
        (["合作社开进贫困村"], BODY + "\n版权所有:某某信息科技有限公司", ""),
    ],
)
def test_an_outlet_named_outside_the_bylines_is_the_source_when_no_byline_names_one(
    header, body, source
):
    assert page(*header, body=body)["source"] == source


def test_a_sentence_broken_across_lines_is_not_a_headline():
    # the page broke its lines before the commas: "山高路远" goes on into the next line
    broken = ["山高路远", "，驻村干部一次次走进农户家中", "；春去秋来，他们把村子当成了家……"]
    assert page(*broken)["title"] == ""
    # a stray mark on its own line after the headline breaks no sentence
    assert page("山高路远 初心不改", "、")["title"] == "山高路远 初心不改"
    # a headline followed by its story keeps its place
    assert page("山高路远 初心不改")["title"] == "山高路远 初心不改"


def test_a_topic_pages_banner_over_the_byline_is_not_the_headline():
    header = ["某某网“山乡行”系列报道专题", "某某频道 > 正文", "2021-05-06 10:20", "来源: 某某网"]
    assert page(*header, "山村合作社的新账本", body=BODY)["title"] == "山村合作社的新账本"
    # a headline that ends in 专题 is still a headline
    header = ["某某县举办乡村振兴政策宣讲专题", "2021-05-06 10:20 来源: 某某网"]
    assert page(*header)["title"] == "某某县举办乡村振兴政策宣讲专题"


def test_a_label_of_the_articles_kind_repeated_at_the_subtitles_end_is_not_the_headline():
    header = ["驻村帮扶工作纪实", "青山绿水换新颜", "——某某县某某村驻村帮扶工作纪实"]
    assert page(*header)["title"] == "青山绿水换新颜"
    # a subtitle that does not end with the first line leaves the first line the headline
    header = ["驻村帮扶工作纪实", "青山绿水换新颜", "——某某县某某村产业发展侧记"]
    assert page(*header)["title"] != "青山绿水换新颜"


@pytest.mark.parametrize(
    "header, title",
    [
        # an e-paper's column name on its own line over the headline
        (
            ["第05版:要闻", "基层传真", "三百名党员 扎根在山乡", "2021年05月06日 星期四 某某日报"],
            "三百名党员 扎根在山乡",
        ),
        # two short halves of one headline stay together; so does a site's two-line headline
        (["党建引领", "某县在行动", "2021年05月06日 星期四 某某日报"], "党建引领 某县在行动"),
        (
            ["春到山乡", "驻村工作队带领群众种茶致富", "2021年05月06日 来源:某某网"],
            "春到山乡 驻村工作队带领群众种茶致富",
        ),
    ],
)
def test_a_column_name_over_the_headline_is_not_part_of_it(header, title):
    assert page(*header)["title"] == title


def test_an_outlet_dateline_with_the_date_glued_on_is_the_source():
    assert page("合作社开进贫困村", body="某某在线讯3月9日，" + BODY)["source"] == "某某在线"


def test_a_journal_page_dates_its_article_on_a_line_with_the_author_glued_on():
    # a journal site's layout: headline, subtitle, "date+author", "journal year issue", keywords
    header = ["进入手机版", "", "山路弯弯通小康", "——某某县乡村道路建设侧记", "", "2020-11-05赵某"]
    header += ["", "某某组工 2020年8期", "关键词:道路 小康", "", "赵某", ""]
    assert page(*header) == {
        "title": "山路弯弯通小康",
        "published": "2020-11-05",
        "source": "某某组工",
    }


def test_a_headline_printed_over_a_summary_and_again_over_its_byline_is_read_once():
    lead = "据某某县统计，今年全县新修通村公路120公里，沿线群众出行难问题基本解决。"
    headline = "图说小康|120公里!某某县通村公路连起致富路"
    header = [headline, lead, headline, "来源:某某新闻 2020-09-14 10:02", "分享", "分享到微信"]
    assert page(*header, body=lead + "\n" + BODY) == {
        "title": "120公里!某某县通村公路连起致富路",
        "published": "2020-09-14",
        "source": "某某新闻",
    }


def test_spam_lines_are_removed_and_flagged():
    manifest = ManifestRow("r", "r.txt", "", "utf-8", "ok", "")
    text = "某某村脱贫记\n亚洲无码一区二区三区,精品视频在线观看,国产精品\n" + BODY + "\n"
    result = analyse("r", text, manifest, with_terms=False)
    assert "无码" not in result.text and "spam_removed" in result.report.quality


def test_a_forum_reposts_headline_under_its_lead_is_the_title():
    lead = (
        "6月3日，某某县清水镇首家光伏扶贫电站在红星村并网发电，年收益可达12万元，惠及贫困户56户。"
    )
    rest = (
        "电站由村党支部牵头建设，收益全部用于村级公益岗位和贫困户分红，群众积极性很高，效果明显。"
    )
    headline = "某某县清水镇首家光伏扶贫电站并网发电"
    assert page("@ME:", "|", lead, headline, "电站一角", body=rest)["title"] == headline
    # a caption or a line that says something else is no headline; nor is a sentence
    assert page("@ME:", lead, "电站一角", body=rest)["title"] == ""
    assert page("@ME:", lead, "全县各村召开党员大会部署秋收工作", body=rest)["title"] == ""
    # the team that signs the text at its end says what the lead says, but closes the story
    signature = "某某县清水镇光伏扶贫电站驻村工作队"
    assert page("@ME:", lead, body=rest + "\n" + signature)["title"] == ""


# Layouts whose headline stands below the byline or among furniture of their own: an app's
# account name over its byline, an e-paper's masthead, a government page's table of properties,
# a forum thread, a blog post, a document site's file name.
@pytest.mark.parametrize(
    "header, title",
    [
        # a WeChat article: the account's name, its byline, the headline, the article's credits
        (
            [
                "某某发布",
                "原创 某某发布 2020-05-12 09:30",
                "山村夜校亮起来",
                "文字 | 钱某某 图片：孙 某",
                "阅读原文",
            ],
            "山村夜校亮起来",
        ),
        # a news app: the account's name over the time it posted
        (
            ["某某观察", "5小时前 · 关注", "某县：电商扶贫开新路", "来源：某某日报"],
            "某县：电商扶贫开新路",
        ),
        (
            ["百度首页 登录", "某某融媒 | 发布于 2020-05-12 10:23", "某镇：党员帮种一亩田"],
            "某镇：党员帮种一亩田",
        ),
        # the account's name between the headline and a posting time with its weekday
        (
            ["某乡：合作社里的新农人", "某乡发布", "2021年04月08日 星期四 16:02"],
            "某乡：合作社里的新农人",
        ),
        # a government page: the table of properties, then the headline
        (
            [
                "某县人民政府 | 政务公开",
                "首页 > 政务公开 > 扶贫信息",
                "索 引 号：1234/2019-00012 主题分类：扶贫",
                "发布机构：某县扶贫办 发文日期：2019-05-06",
                "名 称：驻村工作队实现全覆盖",
                "驻村工作队实现全覆盖",
            ],
            "驻村工作队实现全覆盖",
        ),
        # an e-paper: the masthead with its date and editors, or its list of the page's articles
        (["某某日报 2019.03.12 星期二 A2 要闻 责编：张某", "“茶山支部”领着干"], "“茶山支部”领着干"),
        (
            [
                "某某日报 | 2018年05月14日 | 星期一",
                "[上一版] [下一版] [本版PDF] [返回目录]",
                "●本版新闻",
                "·全省帮扶推进会召开",
                "·帮扶队进了每个村",
                "帮扶队进了每个村",
            ],
            "帮扶队进了每个村",
        ),
        # a reporters' byline of roles and names, with no outlet or colon, under the subtitle
        (["黄河边的合作梦", "——某镇产业扶贫见闻", "记者 张某某 通讯员 李某"], "黄河边的合作梦"),
        # a self-media account's name between the headline and its bare posting time
        (
            ["某镇：党员领着种花椒", "", "云上某州", "2021-03-08 10:42", "来源：某某号"],
            "某镇：党员领着种花椒",
        ),
        # but a headline broken after a comma keeps its second half over the time
        (["山路修通了，", "花椒出山了", "2021-03-08 10:42"], "山路修通了， 花椒出山了"),
        # a place set as the kicker over the headline
        (["龙泉镇石门村", "茶香飘出致富路", "2020-07-15 09:16 来源:某某网"], "茶香飘出致富路"),
        # a page title with its site's name after a hyphen
        (["稻田里的党课-某某新闻网", "2020-07-15 09:16"], "稻田里的党课"),
        # a blog post's title with its time in brackets
        (["某某的博客", "某县：千名干部下乡蹲点 (2016-07-14 09:31:22)"], "某县：千名干部下乡蹲点"),
        # a document site: the file's name, its properties, the headline again
        (
            [
                "某某文库",
                "某乡2018年扶贫工作总结.doc",
                "文档页数：5页 | 下载积分：10",
                "某乡2018年扶贫工作总结",
            ],
            "某乡2018年扶贫工作总结",
        ),
    ],
)
def test_a_headline_among_an_app_an_epaper_or_a_portal_furniture(header, title):
    assert page(*header)["title"] == title


def test_a_forum_thread_title_without_its_tags_or_its_posters_name():
    header = [
        "[转帖]某村：党员带头建菜园 [复制链接]",
        "网友小王",
        "楼主",
        "发表于 2017-5-9 13:22 | 只看该作者",
    ]
    body = BODY + "\n回复\n网友小王 发表于 2017-5-9 13:40"
    assert page(*header, body=body)["title"] == "某村：党员带头建菜园"


def test_a_headline_that_opens_with_a_reporter_is_no_byline():
    assert page("记者走进扶贫车间", "2019-05-06 10:00 来源：某某网")["title"] == "记者走进扶贫车间"


@pytest.mark.parametrize(
    "header, body, source",
    [
        # an e-paper's masthead before its site's name, or glued to its date, names the paper
        (
            [
                "某某日报数字报 | 某某新闻网",
                "2018年11月02日 星期五",
                "第03版：县域经济",
                "合作社里分红忙",
            ],
            BODY,
            "某某日报",
        ),
        (
            [
                "某某日报数字报 2016年08月30日 周二",
                "版次：07 / 版名：地方新闻 上一版 下一版",
                "千名干部驻村",
            ],
            BODY,
            "某某日报",
        ),
        # the outlet between the time and its reporters
        (
            ["一颗桃子的脱贫账", "2019-08-02 10:16 某某日报 记者 谭 某 通讯员 罗某"],
            BODY,
            "某某日报",
        ),
        # an account's own article
        (["某某组工", "原创 某某组工 2018-06-29", "夜校点亮贫困村"], BODY, "某某组工"),
        # a county's media centre in the lead's dateline keeps its whole name
        (["合作社里分红忙"], "临泽县融媒体中心讯（记者 张某）" + BODY, "临泽县融媒体中心"),
        # a repost that names its paper in brackets at its end
        (
            ["合作社里分红忙", "2019-08-02 10:16"],
            BODY + "\n（某某日报）\n上一篇：某县新闻",
            "某某日报",
        ),
        # a repost's closing line with its paper, its date and its reporter
        (
            ["合作社里分红忙"],
            BODY + "\n（原载《某某日报》2017年11月21日 记者 张某某）",
            "某某日报",
        ),
        # a work report's issuer in brackets under its headline
        (["某乡2018年度脱贫攻坚工作总结", "（某某乡人民政府）"], BODY, "某某乡人民政府"),
    ],
)
def test_the_outlet_of_a_masthead_a_byline_an_account_or_a_closing_line(header, body, source):
    assert page(*header, body=body)["source"] == source


@pytest.mark.parametrize(
    "line, published, source",
    [
        # a page that lost its line breaks: the byline's fields run into the article's first clause
        (
            "发布时间：2019-01-15 来源：某某县人民政府网 去年，全县坚持党建引领，" + BODY,
            "2019-01-15",
            "某某县人民政府网",
        ),
        # an official account's card, its posting time after its name: the account posted it,
        # as WeChat's own byline ("原创 某某发布 2018-04-23") would say
        (
            "某某发布 2018.04.23 点击上方蓝字关注我们 去年，某村党支部带领群众种下猕猴桃820亩。",
            "2018-04-23",
            "某某发布",
        ),
        # a repost's bracketed dateline glued to the lead
        (
            "（某某日报 2021.4.12）脱贫攻坚收官之后，某镇把工作重心转向巩固成果。" + BODY,
            "2021-04-12",
            "某某日报",
        ),
        # fields set apart by wide gaps; the outlet alone in its gap, then the reporters
        (
            "2020-11-03 08:41  某某晚报  记者 周 某 通讯员 郑某某  初冬的某县，茶农们忙着修剪茶树。"
            + BODY,
            "2020-11-03",
            "某某晚报",
        ),
        # a bare label with its value in the next gap; the lead's own dateline stays in the lead
        (
            "时间 2017.05.22　16:08  来源 某某社  某某社某地5月22日电（记者 孙某）清晨，" + BODY,
            "2017-05-22",
            "某某社",
        ),
        # a view counter between the date and the lead
        (
            "2018-09-14 10:02:11   浏览数：388  某某网讯（通讯员 吴 某）9月13日，某镇召开会议。"
            + BODY,
            "2018-09-14",
            "某某网",
        ),
        # the date day first
        (
            "11.06.2016  08:15  近日，某市出台帮扶薄弱村的实施意见，鼓励各村发展产业。",
            "2016-06-11",
            "",
        ),
    ],
)
def test_a_byline_run_into_the_first_line_of_a_page_is_read(line, published, source):
    got = page(body=line)
    assert (got["published"], got["source"]) == (published, source)


def test_a_byline_run_into_the_lead_is_read_below_a_long_page_header():
    # six lines of chrome, a column label and a headline above it: still the page's head
    header = [
        "某某新闻网 | 某某日报 | 某某晚报    [设为首页] [加入收藏]",
        "新闻首页 | 要闻 | 县市新闻 | 专题 | 图片 | 评论",
        "当前位置：某某新闻网 > 县市新闻",
        "【乡村振兴进行时】",
        "某县：合作社开到家门口",
    ]
    line = (
        "2021-06-02 07:50:12  来源：某某日报  作者：钱某  点击："
        "本报讯　入夏以来，某县的合作社忙着收购。"
    )
    got = page(*header, body=line + "\n" + BODY)
    assert (got["published"], got["source"]) == ("2021-06-02", "某某日报")


def test_a_menu_run_into_its_trail_is_page_chrome():
    # no break between the menu and "you are here": the line is still chrome, not a headline
    header = [
        "网站首页 新闻中心 政务公开 网上办事 公共服务 互动交流 专题专栏 数据开放"
        "您现在的位置：首页 >> 信息公开 >> 扶贫工作 >> 工作动态",
        "某乡开展扶贫日活动",
        "2018-10-17 09:30 来源：某乡人民政府",
    ]
    assert page(*header)["title"] == "某乡开展扶贫日活动"


def test_a_first_line_of_prose_with_a_date_in_it_keeps_its_place():
    # a date inside the first clause is no byline: nothing is cut before it
    got = page(body="2019年5月6日，某县召开推进会 会上，全县部署了驻村工作。" + BODY)
    assert got["published"] == ""


@pytest.mark.parametrize(
    "header, title, source",
    [
        # SEO link rows over the headline
        (
            [
                "深圳装修公司 东莞搬家公司 杭州二手房出售 广州代理记账 苏州小程序开发",
                "茶山上的第一书记",
                "发布日期:2018/5/29 来源:某某新闻网",
            ],
            "茶山上的第一书记",
            "某某新闻网",
        ),
        # the original headline printed under the headline
        (
            [
                "某县：党旗插在草场上",
                "原标题：某县草地畜牧业里的党员身影",
                "2018/3/30 11:05 来源:某某日报",
            ],
            "某县：党旗插在草场上",
            "某某日报",
        ),
        # a paper's box mark before its byline
        (
            ["支部书记挑大梁", "——我市抓党建系列报道之三", "□本报记者 向某 王某"],
            "支部书记挑大梁",
            "",
        ),
        # the outlet in brackets
        (["合作社分红了", "【来源：某县委组织部】 2019-03-02"], "合作社分红了", "某县委组织部"),
    ],
)
def test_seo_rows_original_titles_marked_bylines_and_bracketed_outlets(header, title, source):
    got = page(*header)
    assert (got["title"], got["source"]) == (title, source)


# What the layouts' rules above must leave alone (a second reader's cases).
@pytest.mark.parametrize(
    "headline",
    [
        "图说扶贫",  # a role's word opening a headline is no byline
        "编辑部的故事",
        "关注留守儿童",  # one widget word among a headline's words
        "点赞脱贫户",
        "扶贫先扶志",  # no book's running head without its page or year
        "织密保障网——某县多措并举防返贫",  # a dash is no forum's banner
        "刚刚过去的这一年",  # 刚刚 not followed by a time or the line's end
        "着力抓党建 合力促脱贫",  # a headline may open with 着, 地 or a quotation of its own
        "地处深山的幸福村",
        "“三变”改革激活一池春水",
    ],
)
def test_headlines_that_look_like_furniture_stay_headlines(headline):
    assert page(headline, "来源：某某日报 2020-05-06")["title"] == headline


def test_a_date_inside_a_headline_is_not_the_pages_date():
    got = page("某县2019年12月26日正式脱贫摘帽", "来源：某某日报 2020-05-06")
    assert (got["title"], got["published"]) == ("某县2019年12月26日正式脱贫摘帽", "2020-05-06")


def test_an_epaper_metadata_line_repeating_the_headline_names_no_account():
    body = BODY + "\n2020-10-13 1 1 某某日报 c215052.html 1 某村的新路子 /enpproperty-->"
    assert page("某村的新路子", "来源：某某日报 2020-05-06", body=body)["title"] == "某村的新路子"


def test_a_body_line_of_five_short_parts_is_kept():
    # five parts of a motto set between two paragraphs: no row of links in the body
    motto = "产业发展有奔头 就业增收有门路 住房安全有保障 看病就医有着落 孩子上学有希望"
    after = "如今，村里的变化有目共睹，群众的日子越过越红火，大家都说党的政策好。"
    page_text = "\n".join(["某村的五个有", "来源：某某日报 2020-05-06", BODY, motto, after])
    assert motto in clean(page_text + "\n").text


def test_a_lead_opening_with_a_date_keeps_it_for_its_figures():
    got = page(body="截至 2020年6月30日 全县累计脱贫1200户，贫困发生率降到1%。")
    assert got["published"] == ""


def test_a_glued_byline_after_blank_lines_is_still_read():
    got = page(body="\n" * 6 + "发布时间：2019-01-15 来源：某某县人民政府网 去年，" + BODY)
    assert (got["published"], got["source"]) == ("2019-01-15", "某某县人民政府网")


@pytest.mark.parametrize(
    "closing, source",
    [("（据某某日报）", "某某日报"), ("（某某果蔬专业社）", ""), ("（本报记者）", "")],
)
def test_a_closing_bracket_names_an_outlet_only(closing, source):
    assert page("合作社开进贫困村", body=BODY + "\n" + closing)["source"] == source


def test_related_articles_with_their_dates_do_not_date_the_page():
    # the page states no date of its own; the related list's dates are the other articles'
    body = BODY + "\n相关新闻\n某县召开全县党建工作会议 2021/03/26\n某市表彰一批先进党组织 21-01-15"
    assert page("支部领着种木耳", "来源:某某日报 阅读:2871", body=body)["published"] == ""


@pytest.mark.parametrize(
    "header, title",
    [
        (
            [
                "某某新闻网",
                "县域新闻",
                "支部领着办社 红枣林里话增收",
                "2016.10.21 08:40 来源:某某日报",
            ],
            "支部领着办社 红枣林里话增收",
        ),
        (
            [
                "某县人民政府",
                "聚焦乡村振兴·乡镇行",
                "某镇:“支部+木耳”鼓起钱袋子",
                "来源:某某日报 阅读:2871",
            ],
            "某镇:“支部+木耳”鼓起钱袋子",
        ),
        # the headline on the byline's line
        (
            [
                "某某网 首页 | 新闻 | 县区",
                "某县:党员“领头雁”带飞扶贫产业 2019.06.12 9:15 来源:某某日报",
            ],
            "某县:党员“领头雁”带飞扶贫产业",
        ),
    ],
)
def test_a_section_a_series_label_or_the_bylines_line_around_the_headline(header, title):
    assert page(*header)["title"] == title


@pytest.mark.parametrize(
    "closing, source",
    [
        ("本文系某某日报原创稿件。", "某某日报"),
        ("(原载《某某日报》)", "某某日报"),
    ],
)
def test_the_paper_that_wrote_a_repost_named_at_its_end(closing, source):
    assert (
        page("茶旅融合带富山里人", "2018.9.30 09:12", body=BODY + "\n" + closing)["source"]
        == source
    )


@pytest.mark.parametrize(
    "header, title, source",
    [
        # an e-paper's masthead: the paper, a bar, the date, the page
        (
            [
                "某某日报 | 2015.12.10 | 要闻",
                "某村:支部领办茶社 山里人吃上生态饭",
                "记者：郑某 通讯员 吴某",
            ],
            "某村:支部领办茶社 山里人吃上生态饭",
            "某某日报",
        ),
        (
            ["某某日报数字报 | 2019.07.04 | A03版", "某乡:党支部领着群众种出好日子"],
            "某乡:党支部领着群众种出好日子",
            "某某日报",
        ),
        # the paper and its page on the line over the headline
        (
            ["某某日报 第4版 乡村", "某村 老支书领着乡亲种木耳", "通讯员 关某"],
            "某村 老支书领着乡亲种木耳",
            "某某日报",
        ),
    ],
)
def test_an_epaper_masthead_with_its_date_or_page_names_the_paper(header, title, source):
    got = page(*header)
    assert (got["title"], got["source"]) == (title, source)


def test_a_features_marked_summary_points_over_its_byline_are_not_its_article():
    # the points under the headline are long and punctuated like prose; the byline after them
    # still belongs to the header, so it names the outlet, and the headline stays the headline
    header = [
        "大漠深处的党旗",
        "➤ 某旗地处沙漠腹地，牧民居住分散，党员集中难、活动开展难，基层组织一度松散",
        "➤ 党员中心户把牧民组织起来，合作社让沙地里长出了肉苁蓉，牧民人均增收三千多元",
        "文 |《某某》周刊记者 张某 李某某",
    ]
    got = page(*header)
    assert (got["title"], got["source"]) == ("大漠深处的党旗", "《某某》周刊")


# Excerpts whose headline was lost: what stands where it stood is a guide line, a counter, an
# e-paper's navigation, a byline, a pull quote or a section heading, and the title stays empty.
@pytest.mark.parametrize(
    "header",
    [
        [
            "发布时间：2020-08-03 16:20  来源：某县委组织部",
            "导读：党员当上联络员，小事不出组、大事不出村",
        ],
        ["相关新闻", "· 某县光伏电站成了铁杆庄稼", "· 某市召开推进会", "本文导航"],
        ["站内搜索：[请输入关键字] 搜索", "您是本站第 20451 位访客"],
        ["某某日报  2018年09月14日  星期五  第03版：综合新闻", "上一版  下一版  本版标题导航"],
        ["分享到：微信  微博", "来源：某某日报   2018-10-22 09:48   作者：张某 李某"],
        [
            "某某日报  2019-03-26  版次：05",
            "【本版导读】",
            "· 某旗：羊倌变股东",
            "· 某县扶贫车间见闻",
        ],
        ["**“支部建在产业链上，党员聚在产业链上”**"],
        ["二、主要工作开展情况"],
        ["（三）壮大村集体经济"],
        ["第三编 乡镇篇"],
        # an excerpt cut mid-sentence opens with the sentence's tail: punctuation, 的, the end of
        # a speaker's name, the close of a quotation opened above the cut
        ["，一起去看看驻村干部的扶贫故事吧！"],
        ["的“穷中之穷、难中之难”"],
        ["兰说，“路修通了，心也就通了！”"],
        ["作社”应运而生"],
    ],
)
def test_an_excerpt_without_its_headline_has_no_title(header):
    assert page(*header)["title"] == ""


@pytest.mark.parametrize(
    "header, title",
    [
        # a feature's label line over the headline
        (
            [
                "专题：决战决胜脱贫攻坚",
                "某乡：“党建+茶叶”让荒山变金山",
                "2019-05-21 08:40:16 编辑：张某",
            ],
            "某乡：“党建+茶叶”让荒山变金山",
        ),
        # a column's label, then a kicker couplet over a headline that opens with its place
        (
            [
                "【三晋脱贫纪实】",
                "千名干部下乡村 百村换了新面貌",
                "山西：驻村干部全覆盖 党建扶贫拧成一股绳",
                "2016-03-21 来源：某某日报",
            ],
            "山西：驻村干部全覆盖 党建扶贫拧成一股绳",
        ),
        # an e-paper's series label of two phrases around a middle dot
        (
            ["某某日报 2019年12月06日 第02版", "走进新时代 · 山区纪行", "寿宁县：党建引领茶产业"],
            "寿宁县：党建引领茶产业",
        ),
        # a paper's name run into a headline that opens with its place and a colon
        (
            ["甘肃日报礼县：党员带头种苹果 山里群众有了金果子", "2020-03-16 07:58  来源：甘肃日报"],
            "礼县：党员带头种苹果 山里群众有了金果子",
        ),
        # one phrase over a "某县：…" headline, under the byline, is its kicker
        (
            [
                "发布时间：2019-03-05 08:12  浏览次数：962",
                "大山里党旗红",
                "布拖县：支部建在安置点 搬迁群众有了主心骨",
            ],
            "布拖县：支部建在安置点 搬迁群众有了主心骨",
        ),
    ],
)
def test_a_headline_under_its_label_or_kicker_or_glued_to_its_paper(header, title):
    assert page(*header)["title"] == title


def test_a_flip_books_page_has_no_headline_only_its_running_head():
    # a yearbook's page opens inside an entry; the line over it is the chapter's running head
    got = page("Page 88 - 某县年鉴2019", "P. 88", "乡镇党委工作", body="标任务，全乡举全力" + BODY)
    assert (got["title"], got["source"]) == ("", "某县年鉴2019")


@pytest.mark.parametrize(
    "header, body, source",
    [
        # a repost's 转自 line under the poster's line, a 稿源 line at the end
        (
            ["[转载] 某乡：党员带头种桑养蚕", "楼主 某某 发表于 2017-8-9 10:12", "转自：某某日报"],
            BODY,
            "某某日报",
        ),
        (["合作社里分红忙"], BODY + "\n稿源：某某县融媒体中心", "某某县融媒体中心"),
        # a body that supplied the text, in brackets at the end
        (["合作社里分红忙"], BODY + "\n（中共某某县委组织部供稿）", "中共某某县委组织部"),
        # a journal article's record
        (
            [
                "党建引领精准扶贫的县域实践",
                "【作者】 张某 李某",
                "【刊名】 某某经济研究  2019年第8期",
            ],
            BODY,
            "某某经济研究",
        ),
        # an app's reporter, the name set with spaces
        (["2019-07-23 07:32", "某某日报客户端记者 李 阳  通讯员 胡 某 燕"], BODY, "某某日报客户端"),
        # a dateline's outlet and 讯 on the line of the date
        (["某某日报讯　　2019-07-15"], BODY, "某某日报"),
        # a WeChat article's account, its author's name between 原创 and it
        (["山村夜校亮起来", "原创 张某某 某某发布 2020-03-05"], BODY, "某某发布"),
    ],
)
def test_the_outlet_of_a_repost_a_journal_an_app_or_an_account(header, body, source):
    assert page(*header, body=body)["source"] == source


@pytest.mark.parametrize(
    "header, body, title",
    [
        # a repost that lost its headline names it at its end
        (
            ["资讯 > 社会 > 正文", "字体：大 中 小"],
            BODY + "\n原标题：某村：支部领路 百香果铺就脱贫路",
            "某村：支部领路 百香果铺就脱贫路",
        ),
        # a site's name over the headline with a bar, not a site's section
        (
            ["某某新闻网｜某县某村：党支部带领村民种出致富果", "2020-10-15 10:48:19"],
            BODY,
            "某县某村：党支部带领村民种出致富果",
        ),
        # a portal's sponsors and login bar are no headline
        (["中共某某县委  某某县人民政府  主办", "用户登录  |  免费注册  站内搜索：搜索"], BODY, ""),
    ],
)
def test_a_headline_at_the_end_of_a_repost_or_after_a_sites_name(header, body, title):
    assert page(*header, body=body)["title"] == title


def test_a_publication_line_above_a_list_of_recommended_articles_dates_the_page():
    lines = [
        BODY,
        "（记者 张某 通讯员 李某）",
        "责任编辑：王某",
        "发布时间：2018-09-26 16:40",
        "推荐阅读",
        "脱贫群众的幸福账本",
        "党员示范户的“致富经”",
        "扫一扫，关注我们",
        "本网站所刊登的信息和各种专栏资料，未经协议授权，禁止下载使用。",
    ]
    assert page("某镇：党建引领乡村旅游", body="\n".join(lines))["published"] == "2018-09-26"


TRAILING_CHROME = [
    "网友评论",
    "请登录后发表评论 登录 | 注册",
    "关注我们：微信公众号 官方微博",
    "友情链接：中国政府网 | 人民网 | 新华网",
    "热门推荐",
    "1 “扶贫车间”开到了家门口",
    "2 乡村医生的出诊包",
    "3 第一书记的“土味”直播",
    "4 老党员的三十年守村路",
    "5 夜校里的新农民",
    "6 土特产搭上直播快车",
]


@pytest.mark.parametrize(
    "closing, source",
    [
        ("（某某县融媒体中心 供稿）", "某某县融媒体中心"),  # with a space before 供稿
        ("（某某日报记者 林某 通讯员 陈某）", "某某日报"),  # the paper's reporters
        ("中共某某乡委员会", "中共某某乡委员会"),  # the body that signs a work report
    ],
)
def test_a_closing_line_names_the_source_above_the_pages_trailing_chrome(closing, source):
    body = "\n".join([BODY, closing, *TRAILING_CHROME])
    assert page("合作社里分红忙", body=body)["source"] == source


@pytest.mark.parametrize(
    "header, title",
    [
        # an e-paper's labelled kicker and subtitle, and its byline kept under them
        (
            [
                "某某日报 数字报",
                "2016年11月24日 星期四",
                "第05版：脱贫攻坚",
                "【引题】脱贫攻坚一线见闻",
                "悬崖村的“钢梯党课”",
                "——某县一个高山彝寨的组织力变化",
                "□本报记者 李某 吴某某",
            ],
            "悬崖村的“钢梯党课”",
        ),
        # a county portal's long name over its table of properties
        (
            [
                "某某黎族苗族自治县人民政府门户网站",
                "索 引 号： 00809420-5/2017-00214",
                "信息分类： 乡镇动态",
                "发布机构： 某某乡人民政府",
                "文    号：",
                "某某乡召开抓党建促脱贫攻坚工作推进会",
            ],
            "某某乡召开抓党建促脱贫攻坚工作推进会",
        ),
        # the table's own title field, with the fields after it
        (
            [
                "索 引 号：011090532/2018-17532",
                "标    题：我市扎实推进抓党建促脱贫攻坚",
                "有 效 性：有效",
            ],
            "我市扎实推进抓党建促脱贫攻坚",
        ),
        # a WeChat article's prompt and 原创 mark, an account over "今天"
        (
            ["点击上方蓝字  关注我们", "原创", "某村：“支部+旅游”走出脱贫路"],
            "某村：“支部+旅游”走出脱贫路",
        ),
        (
            ["某某组工  今天", "点击上方蓝字关注我们", "某乡：支部领办民宿 带富一方山民"],
            "某乡：支部领办民宿 带富一方山民",
        ),
        # a big5 gateway's link back, and no headline after it
        (["返回簡(jiǎn)體版", "首頁 | 新聞 | 專題"], ""),
    ],
)
def test_headlines_among_a_news_sites_furniture(header, title):
    assert page(*header)["title"] == title


@pytest.mark.parametrize(
    "byline, source",
    [
        # a date written out keeps the space that parts it from the outlet before it
        ("来源：某某晚报 2021年6月8日 10:23", "某某晚报"),
        ("原创  某某发布  2021年6月8日 10:23", "某某发布"),
        # an outlet after a date written out or with slashes, and its time
        ("2021年6月8日 10:23　某某新闻网", "某某新闻网"),
        ("2021/06/08 某某新闻网", "某某新闻网"),
    ],
)
def test_an_outlet_beside_a_date_in_any_of_its_spellings(byline, source):
    got = page("某乡：合作社里分红忙", byline)
    assert (got["source"], got["published"]) == (source, "2021-06-08")


@pytest.mark.parametrize(
    "header, title, source",
    [
        # a headline with a comma reads as prose; its byline, below the buttons, says not
        (
            [
                "在雪山脚下，一群党员把牧场变成了“金库”",
                "分享到： 微信 微博 QQ空间 【字体：大 中 小】",
                "来源：某某日报",
            ],
            "在雪山脚下，一群党员把牧场变成了“金库”",
            "某某日报",
        ),
        # a subtitle below the buttons is not the headline
        (
            ["草原上的红色驿站", "【字体：大 中 小】", "——某旗以党建引领牧区振兴纪实"],
            "草原上的红色驿站",
            "",
        ),
    ],
)
def test_share_buttons_under_a_headline_do_not_part_it_from_its_lines(header, title, source):
    got = page(*header)
    assert (got["title"], got["source"]) == (title, source)


# Page tops as apps, forums, portals and e-papers print them (a blind reading of 80 invented
# page tops found each shape; these are other pages of the same shapes).
@pytest.mark.parametrize(
    "header, title, source, published",
    [
        # an app: the account and the time it posted, after the headline or before it
        (["某某新闻", "山村里的合作社", "某某新闻 3小时前", "关注"], "山村里的合作社", "", ""),
        (
            [
                "某县：合作社分红了",
                "某某发布 3月12日",
                "点击蓝字 关注我们",
                "来源 | 某县乡村振兴局",
            ],
            "某县：合作社分红了",
            "某县乡村振兴局",
            "",
        ),
        (
            ["某某新闻", "某镇：茶园里的新农人", "2小时前 · 某某新闻", "分享 收藏"],
            "某镇：茶园里的新农人",
            "",
            "",
        ),
        # a forum: the category before the headline, the poster over the time of the post
        (
            [
                "某某论坛 - 网上家园",
                "[乡村振兴] 某乡：药材撬动大产业  [复制链接]",
                "山里人家",
                "发表于 2018-12-28 20:14:33 | 只看该作者",
                "转自 某县发布",
            ],
            "某乡：药材撬动大产业",
            "某县发布",
            "2018-12-28",
        ),
        # a gateway's script switch, a portal's column, a list of other articles above
        (
            [
                "某某网 > 地方 > 正文",
                "繁體 | 簡體",
                "石头缝里长出致富林",
                "2017年07月12日 10:08:26  来源：某某网",
            ],
            "石头缝里长出致富林",
            "某某网",
            "2017-07-12",
        ),
        (
            [
                "某县人民政府",
                "通知公告",
                "关于2019年度贫困村退出的公示",
                "发布日期：2019-12-03    发布单位：某县扶贫开发局",
            ],
            "关于2019年度贫困村退出的公示",
            "某县扶贫开发局",
            "2019-12-03",
        ),
        (
            [
                "最新文章",
                "· 农村新政策：这几类人可以申请 2021-05-13",
                "正文",
                "桑叶“变”成致富网",
                "发布时间：2021-05-10  来源：某江报",
            ],
            "桑叶“变”成致富网",
            "某江报",
            "2021-05-10",
        ),
        # a source that names no outlet; a reposting site's notice; a repost's banner
        (["茶香飘出大山", "2020-08-19  来源：网络  阅读："], "茶香飘出大山", "", "2020-08-19"),
        (
            ["花椒红了", "文章转载自微信公众号：某县发布", "2020-05-27 21:05  阅读 368"],
            "花椒红了",
            "某县发布",
            "2020-05-27",
        ),
        # an e-paper's masthead names the paper
        (
            ["某江日报数字报", "版次：04  版名：乡村振兴  2020-11-05", "村里的新股东"],
            "村里的新股东",
            "某江日报",
            "2020-11-05",
        ),
    ],
)
def test_page_tops_of_apps_forums_portals_and_e_papers(header, title, source, published):
    got = page(*header)
    assert (got["title"], got["source"], got["published"]) == (title, source, published)


def test_a_papers_mark_before_its_byline_and_the_sites_clock_above_it_are_read_as_before():
    got = page("某镇：小山药撬动大产业", "■ 本报记者 张某 2021-05-11")
    assert got["published"] == "2021-05-11"
    got = page(
        "今天是 2020年06月11日 星期四 欢迎访问某县人民政府网！",
        "某县：怀药产业助农增收",
        body="来源：某县融媒体中心 2020-06-11 近年来，某县大力发展怀药产业，带动贫困户增收。",
    )
    assert (got["source"], got["published"]) == ("某县融媒体中心", "2020-06-11")


def test_an_agencys_dateline_with_its_year_dates_the_page_and_names_the_outlet():
    got = page("黄土地上的新产业", body="中新网兰州2018年5月3日电 （记者 某某）近年来，" + BODY)
    assert (got["source"], got["published"]) == ("中新网", "2018-05-03")


# Tenth pass, from a third blind set of page tops: self-media accounts, app prompts, a portal's
# property table, an English date, a document site's widgets.
@pytest.mark.parametrize(
    "header, expected",
    [
        # a self-media account between the headline and its posting time is the source, not the
        # headline's end, however the time is labelled
        (
            ["百家号", "岚县：党支部领着搬迁户种沙棘", "吕梁微讯", "发布时间：21-05-11 09:40"],
            {"title": "岚县：党支部领着搬迁户种沙棘", "source": "吕梁微讯"},
        ),
        (
            [
                "腾讯新闻",
                "登录",
                "首页 > 正文",
                "宕昌：“党建+中药材”富了山里人",
                "陇南日报",
                "2020-11-05 10:30",
                "关注",
            ],
            {"title": "宕昌：“党建+中药材”富了山里人", "source": "陇南日报"},
        ),
        # ... after the time, with a middot; an official account's tail is not its name
        (
            [
                "今日头条",
                "首页 / 正文",
                "永顺：村里的“红色代办员”",
                "原创2020-08-14 18:02·湘西融媒",
            ],
            {"title": "永顺：村里的“红色代办员”", "source": "湘西融媒"},
        ),
        (
            ["今日头条", "海原：合作社里的党员", "2020-08-19 08:53 · 固原日报社官方头条号"],
            {"source": "固原日报社"},
        ),
        # ... or in a card above the headline
        (
            [
                "搜狐",
                "登录",
                "首页 新闻 视频",
                "吕梁发布",
                "文章 5230 总阅读 312万",
                "+关注",
                "兴县：党支部建在移民新村",
                "2021-04-02 11:20",
            ],
            {"title": "兴县：党支部建在移民新村", "source": "吕梁发布"},
        ),
        # an app's channel under the headline names the outlet on any page
        (
            [
                "某某客户端",
                "下载",
                "更多",
                "打开APP",
                "云南沧源：佤山党员带头种茶",
                "新华社客户端云南频道",
                "2019-11-03 08:45",
            ],
            {"title": "云南沧源：佤山党员带头种茶", "source": "新华社客户端云南频道"},
        ),
        # ... but a short line under the headline of a portal is the headline's second line
        (
            [
                "某某网",
                "客户端下载",
                "首页 > 新闻",
                "安龙县：“支部+合作社”",
                "带出山里人的致富新路",
                "2018-09-14 11:05:27 来源：黔西南日报",
            ],
            {"title": "安龙县：“支部+合作社” 带出山里人的致富新路", "source": "黔西南日报"},
        ),
        # an app's prompts, its read-aloud and font buttons, a kicker in square brackets
        (
            [
                "打开“学习强国”APP 阅读原文",
                "宁夏西吉：党员带头种马铃薯",
                "来源：宁夏学习平台",
                "2020-07-21",
                "听新闻",
                "A- A+",
            ],
            {"title": "宁夏西吉：党员带头种马铃薯", "source": "宁夏学习平台"},
        ),
        (
            ["头条 下载头条APP 登录", "湖南古丈：茶园里的党员", "2020-08-14 18:02·古丈融媒"],
            {"title": "湖南古丈：茶园里的党员", "source": "古丈融媒"},
        ),
        (
            [
                "打开凤凰新闻，查看更多高清图片",
                "定西渭源：党员能人种出“金土豆”",
                "2018-07-27 14:02:11 来源：中国甘肃网",
            ],
            {"title": "定西渭源：党员能人种出“金土豆”"},
        ),
        (
            [
                "央视新闻客户端 打开",
                "[脱贫攻坚]青海囊谦：牧民“抱团”闯市场",
                "2020年05月17日 21:08",
                "来源：央视新闻客户端",
            ],
            {"title": "青海囊谦：牧民“抱团”闯市场"},
        ),
        # an app page dated only by "3天前" and a view count still has its headline
        (
            [
                "打开人民日报客户端 阅读更多",
                "四川旺苍：撂荒地变成“聚宝盆”",
                "3天前  浏览量1.4万",
                "听新闻",
            ],
            {"title": "四川旺苍：撂荒地变成“聚宝盆”", "published": ""},
        ),
        # a portal's property table: the issuing office, and the publication date over the date
        # of writing; its search and section labels are not the headline
        (
            [
                "某某县人民政府",
                "请输入关键字",
                "搜索",
                "高级检索",
                "政府信息公开",
                "索引号：115227/2019-00031 信息分类：扶贫开发",
                "发文机关：中共三都县委组织部 成文日期：2019-03-01",
                "文 号： 发布日期：2019-03-05",
                "三都县“四个一”工作法推动党建扶贫双促进",
            ],
            {
                "title": "三都县“四个一”工作法推动党建扶贫双促进",
                "source": "中共三都县委组织部",
                "published": "2019-03-05",
            },
        ),
        # an English date on a bilingual site
        (
            ["阿克苏：工作队员把党课上到田间地头", "Published: March 5, 2019  来源：天山网"],
            {"published": "2019-03-05", "source": "天山网"},
        ),
        (["柯坪县：党员夜校开课了", "Posted Nov. 12, 2018"], {"published": "2018-11-12"}),
        # a document site's search row and its viewer's buttons
        (
            [
                "豆丁网",
                "热门搜索：工作总结 述职报告 心得体会",
                "首页 文档 上传",
                "预览",
                "放大 缩小 全屏",
                "新寨村党建扶贫经验交流材料",
            ],
            {"title": "新寨村党建扶贫经验交流材料"},
        ),
    ],
)
def test_self_media_accounts_app_prompts_and_property_tables(header, expected):
    got = page(*header)
    assert {field: got[field] for field in expected} == expected


@pytest.mark.parametrize(
    "header, expected",
    [
        # a speech signed under its headline and subtitle: the body is the source, not the
        # headline's end
        (
            [
                "产业兴村 把“小木耳”做成“大产业”",
                "——在全市抓党建促脱贫现场会上的发言",
                "中共柞水县委",
                "（2018年6月12日）",
            ],
            {"title": "产业兴村 把“小木耳”做成“大产业”", "source": "中共柞水县委"},
        ),
        (
            [
                "关于和静县驻村工作队助推脱贫攻坚的调研报告",
                "巴州党校课题组",
                "发布时间：2019-06-18",
            ],
            {"title": "关于和静县驻村工作队助推脱贫攻坚的调研报告", "source": "巴州党校课题组"},
        ),
        # a document's own kind of copy stays in its headline
        (
            [
                "政府工作报告（摘登）",
                "——2020年1月9日在甘南县人民代表大会上",
                "发布日期：2020-01-13",
            ],
            {"title": "政府工作报告（摘登）"},
        ),
        # a leading group's office before the bulletin's date
        (
            [
                "古田县扶贫开发工作简报",
                "第9期",
                "古田县扶贫开发领导小组办公室 2017年8月28日",
                "平湖镇“党建+”模式助推精准脱贫",
            ],
            {"source": "古田县扶贫开发领导小组办公室", "published": "2017-08-28"},
        ),
    ],
)
def test_signed_documents_their_signing_body_and_their_kind_of_copy(header, expected):
    got = page(*header)
    assert {field: got[field] for field in expected} == expected


@pytest.mark.parametrize(
    "closing, source",
    [
        ("（供稿：紫阳县委组织部）", "紫阳县委组织部"),
        ("（岚皋县委组织部供稿）", "岚皋县委组织部"),
        ("（镇宁县扶贫办）", "镇宁县扶贫办"),
        # a bracket that holds no body is not a credit
        ("（完）", ""),
    ],
)
def test_the_body_credited_at_an_articles_end_is_its_source(closing, source):
    got = page("某县：党员带头种茶", body=BODY + "\n" + closing + "\n2019年3月5日")
    assert got["source"] == source


@pytest.mark.parametrize(
    "header, body_tail, expected",
    [
        # 头条 in a menu or a share bar makes no self-media page, and a byline's name under the
        # headline is no account
        (
            [
                "首页 | 头条新闻 | 政务公开 | 专题",
                "党建引领脱贫攻坚见实效",
                "张伟",
                "2020-08-14 10:30",
            ],
            "",
            {"source": ""},
        ),
        (
            ["分享到：微信 微博 今日头条", "岷县：党建引领聚合力", "正式发布", "2020-08-14"],
            "",
            {"source": ""},
        ),
        # an author's affiliation or a photo's credit at the end is no source
        (["某县：党员带头种茶"], "（作者系渭源县委组织部）", {"source": ""}),
        (["某县：党员带头种茶"], "（图片由渭源县委宣传部提供）", {"source": ""}),
        # a headline's line that ends in 党委 is no signing body
        (
            ["脱贫路上", "石门村有个好党委", "2020-08-14 10:30"],
            "",
            {"title": "脱贫路上 石门村有个好党委"},
        ),
        # a month's name, not a word that begins like one
        (["某县：党员带头种茶", "Decision 5, 2019 作者：张三"], "", {"published": ""}),
    ],
)
def test_look_alikes_of_accounts_credits_signing_bodies_and_dates(header, body_tail, expected):
    got = page(*header, body=BODY + ("\n" + body_tail if body_tail else ""))
    assert {field: got[field] for field in expected} == expected


def test_a_sentence_that_tells_readers_to_open_an_app_is_kept():
    line = "打开手机APP，贫困户就能查询扶贫资金到账情况和各项帮扶政策。"
    assert not bp.is_chrome(line)


def test_a_speech_title_without_its_speaker_or_its_day():
    header = [
        "某某县人民政府网",
        "首页 > 政务公开 > 领导讲话",
        "在全县抓党建促脱贫攻坚工作推进会上的讲话",
        "县委书记 王建国",
        "（2018年2月26日，根据录音整理）",
        "发布日期：2018-02-27 信息来源：县委办",
    ]
    assert page(*header)["title"] == "在全县抓党建促脱贫攻坚工作推进会上的讲话"


def test_a_content_farms_repost_takes_the_papers_name_and_date_from_its_closing_notice():
    header = ["某某资讯网 — 每日精选好文", "同仁：党支部领着群众挪穷窝",
              "2012-03-28 14:06:31 来源:网络整理 编辑:admin"]  # fmt: skip
    notice = "声明：本文转自黄南日报（2018年11月06日），版权归原作者所有，如有侵权请联系删除。"
    got = page(*header, body=BODY + "\n" + notice)
    assert (got["source"], got["published"]) == ("黄南日报", "2018-11-06")


@pytest.mark.parametrize(
    "header, expected",
    [
        # an outlet paired with its app, then its reporters: a byline, not a menu
        (
            [
                "某某壹点",
                "打开APP",
                "莒南：党员带着村民种出“金银花”",
                "齐鲁晚报·齐鲁壹点 记者 张伟 通讯员 王芳",
                "2019-06-20 15:18",
            ],
            {"title": "莒南：党员带着村民种出“金银花”", "source": "齐鲁晚报·齐鲁壹点"},
        ),
        # "来源：本网" names the site whose page it is
        (
            [
                "甘肃党建网",
                "登录 | 注册 | 网站地图",
                "首页 > 党建动态 > 市县传真",
                "宕昌：“一村一品”背后的党支部力量",
                "作者：本网记者 来源：本网 时间：2018-03-29",
            ],
            {"source": "甘肃党建网", "published": "2018-03-29"},
        ),
    ],
)
def test_an_outlet_and_its_app_over_reporters_and_a_sites_own_article(header, expected):
    got = page(*header)
    assert {field: got[field] for field in expected} == expected


@pytest.mark.parametrize(
    "header, expected",
    [
        # a saved page's title, its headline then the portal, with the headline printed once
        (
            ["兴县东关镇：搬迁户住上新楼房 - 兴县人民政府门户网站", "首页 | 政务公开 | 互动交流"],
            {"title": "兴县东关镇：搬迁户住上新楼房"},
        ),
        # "来源：" giving the site's address
        (
            ["利川：党员带头种茶", "来源：http://www.lichuan.gov.cn 时间：2019-05-10"],
            {"source": "http://www.lichuan.gov.cn", "published": "2019-05-10"},
        ),
        # a masthead dated in Chinese numerals, with its weekday
        (
            ["大公報", "大公報　二〇一九年三月五日（星期二）", "同心：移民村裏的黨員示範戶"],
            {"title": "同心：移民村里的党员示范户", "source": "大公报", "published": "2019-03-05"},
        ),
        # a county portal's name beside its script switches
        (
            [
                "秀山县人民政府 繁体版 | 简体版 | 无障碍",
                "秀山：电商党支部带富山乡",
                "发布时间：2021-03-02",
            ],
            {"title": "秀山：电商党支部带富山乡", "published": "2021-03-02"},
        ),
        # an e-paper's list of its page's headlines names the headline under its kicker
        (
            [
                "贵州日报 2019年05月08日 第03版：要闻",
                "本版新闻：",
                "· 全省春耕生产有序推进",
                "· 册亨布依山寨的党员先锋队",
                "驻村干部扎根布依山寨",
                "册亨布依山寨的党员先锋队",
                "本报记者 刘明",
            ],
            {"title": "册亨布依山寨的党员先锋队", "source": "贵州日报"},
        ),
        # a county media centre's app name over the headline; a video player's text under it
        (
            [
                "智慧桐梓",
                "桐梓：方竹林里的党员示范岗",
                "视频加载中...",
                "视频：桐梓县融媒体中心 出品",
                "00:00 / 01:58",
                "来源：遵义日报　2020-06-11 09:20",
            ],
            {"title": "桐梓：方竹林里的党员示范岗", "source": "遵义日报"},
        ),
        # a video's own credit is not the article's source
        (
            ["曹县：淘宝村里的红色引擎", "视频来源：曹县融媒体中心", "2019-11-02 来源：大众日报"],
            {"source": "大众日报", "published": "2019-11-02"},
        ),
        # an account that wrote its own article prints its name twice
        (
            ["会泽：搬迁新区里的党员服务站", "曲靖发布 曲靖发布 2020-07-15"],
            {"source": "曲靖发布", "published": "2020-07-15"},
        ),
        # the kind of event over a headline that ends with it; a session's number stays
        (
            ["新闻发布会", "张家口市抓党建促脱贫工作新闻发布会", "发布时间：2019-10-12"],
            {"title": "张家口市抓党建促脱贫工作新闻发布会"},
        ),
        (
            ["渭源县脱贫攻坚新闻发布会（第二场）", "——党建扶贫专场", "发布日期：2020-05-20"],
            {"title": "渭源县脱贫攻坚新闻发布会（第二场）"},
        ),
        # an editor's note between the headline and its byline
        (
            [
                "邳州：“党建+电商”让薄弱村变了样",
                "编者按：",
                "薄弱村如何增收？邳州市把电商作为村级党组织带富的抓手，走出了一条新路。",
                "2019-04-18 09:10　来源：徐州日报",
            ],
            {"title": "邳州：“党建+电商”让薄弱村变了样", "source": "徐州日报"},
        ),
    ],
)
def test_site_titles_mastheads_players_accounts_and_editors_notes(header, expected):
    got = page(*header)
    assert {field: got[field] for field in expected} == expected


@pytest.mark.parametrize(
    "header, body_tail, expected",
    [
        # a broadcast script signed off by its station and reporters
        (
            ["【稿件名称】岳西：党员带头办起茶叶合作社"],
            "\n（主持人）感谢记者发回的报道。\n岳西县融媒体中心 王磊 陈静 报道",
            {"title": "岳西：党员带头办起茶叶合作社", "source": "岳西县融媒体中心"},
        ),
        # a work report's salutation is the speech's first line, not the headline's last
        (
            [
                "发布时间：2021-01-25 16:42 来源：某县人民政府",
                "政府工作报告",
                "——2021年1月18日在某县第十七届人民代表大会第五次会议上",
                "县长 李明",
                "各位代表：",
            ],
            "",
            {"title": "政府工作报告"},
        ),
    ],
)
def test_a_broadcasts_sign_off_and_a_speechs_salutation(header, body_tail, expected):
    got = page(*header, body=BODY + body_tail)
    assert {field: got[field] for field in expected} == expected


@pytest.mark.parametrize(
    "header, expected",
    [
        # short headlines that open like an app's name but name no county
        (["智慧农业", "发布时间：2020-01-02"], {"title": "智慧农业"}),
        (["云上牧场", "发布时间：2020-01-02"], {"title": "云上牧场"}),
        # a headline whose last phrase ends in 网 after a bar is no page title with its site
        (
            ["决战决胜脱贫攻坚｜某县织密防返贫监测网", "发布时间：2020-01-02"],
            {"title": "某县织密防返贫监测网"},
        ),
        # a menu before a portal's name is no headline
        (
            ["首页 | 政务公开 | 互动交流 - 某县人民政府门户网站", "发布时间：2020-01-02"],
            {"title": ""},
        ),
        # a short main title over a longer one that ends with it is no label of a kind
        (
            ["扶贫路上", "某县干部奔走在扶贫路上", "发布时间：2020-01-02"],
            {"title": "扶贫路上 某县干部奔走在扶贫路上"},
        ),
        # a 来源 line's address names the site, not the article's path
        (
            ["某县：党员带头种茶", "来源：http://www.mx.gov.cn/art/2019/10/15/art_123.html"],
            {"source": "http://www.mx.gov.cn"},
        ),
    ],
)
def test_look_alikes_of_app_names_site_titles_labels_and_addresses(header, expected):
    got = page(*header)
    assert {field: got[field] for field in expected} == expected


@pytest.mark.parametrize(
    "header, expected",
    [
        # a bulletin's masthead and issue, its issuer and date, then its article's headline
        (
            [
                "组 织 工 作 简 报",
                "第7期",
                "中共望奎县委组织部　　　　2018年4月2日",
                "望奎：“双培双带”激活村级发展",
            ],
            {"title": "望奎：“双培双带”激活村级发展", "published": "2018-04-02"},
        ),
        # a paper the headline is about stays in it
        (
            ["光明日报关注会宁：党员带头种小杂粮 山乡日子越过越好", "2019-09-02"],
            {"title": "光明日报关注会宁：党员带头种小杂粮 山乡日子越过越好"},
        ),
        # an app's account under the headline, over its month-day posting time and card
        (
            [
                "百家号",
                "隆德：党员带头种中药材",
                "六盘山下老马",
                "10-12 09:15　宁夏本地优质创作者　+关注",
            ],
            {"title": "隆德：党员带头种中药材", "source": "六盘山下老马"},
        ),
    ],
)
def test_bulletin_mastheads_papers_in_headlines_and_app_cards(header, expected):
    got = page(*header)
    assert {field: got[field] for field in expected} == expected


@pytest.mark.parametrize(
    "header, expected",
    [
        # a portal's section label over the headline is no bulletin's masthead
        (
            [
                "首页",
                "工作动态",
                "某县召开脱贫攻坚推进会",
                "发布时间：2020-05-12 来源：某县扶贫办",
                "会议现场",
            ],
            {"title": "某县召开脱贫攻坚推进会", "source": "某县扶贫办"},
        ),
        # a headline's second line over a bare month-day time is no account
        (
            ["今日头条", "隆德县某村：党员带头", "种中药材鼓起钱袋子", "10-12 09:15"],
            {"source": ""},
        ),
    ],
)
def test_look_alikes_of_bulletin_mastheads_and_app_accounts(header, expected):
    got = page(*header)
    assert {field: got[field] for field in expected} == expected


# Twelfth pass: page tops the blind readers' pages showed. Every page is invented.
@pytest.mark.parametrize(
    "header, body, expected",
    [
        # WeChat: the account's name alone over the date, the headline printed again under
        # "原创 X X" with no date: the headline, and the account as the source
        (
            [
                "巴州组工",
                "2017-05-09",
                "巴州区：“三联三帮”让贫困户有了主心骨",
                "原创 巴州组工 巴州组工",
                "巴州区：“三联三帮”让贫困户有了主心骨",
            ],
            BODY,
            {"title": "巴州区：“三联三帮”让贫困户有了主心骨", "source": "巴州组工"},
        ),
        # ... and its card with "今天", the day it was read, beside the name printed twice
        (
            [
                "宁县组工 2019-07-01",
                "党课｜驻村书记讲党课：把支部建在产业链上",
                "原创 宁县组工 宁县组工 今天",
            ],
            BODY,
            {"source": "宁县组工"},
        ),
        # an 作者 field naming a body, longer than a person's name
        (
            [
                "丽江市扶贫开发办公室",
                "首页 > 工作动态 > 县区动态",
                "永胜县扶贫小额信贷工作情况汇报",
                "作者：永胜县扶贫办  发布时间：2018-03-12  点击数：",
            ],
            BODY,
            {"title": "永胜县扶贫小额信贷工作情况汇报", "source": "永胜县扶贫办"},
        ),
        # the site's name and its paper's on a line of their own over the headline
        (
            ["宁夏新闻网 - 固原日报", "泾源县：党支部建在合作社上", "2019-05-02 来源：固原日报"],
            BODY,
            {"title": "泾源县：党支部建在合作社上", "source": "固原日报"},
        ),
        # a university's site name before its menu
        (
            [
                "西北农林科技大学新闻网 首页 | 综合新闻 | 媒体西农 | 校园动态",
                "【定点扶贫】学校定点帮扶合阳县：从“输血”到“造血”",
                "发布日期:2020-11-02",
            ],
            BODY,
            {"title": "学校定点帮扶合阳县：从“输血”到“造血”"},
        ),
        # a government that holds the page's copyright hosts the site; the copyright names no
        # source (five of six blind readers, thirteenth pass, left such pages' source empty),
        # and a company's even less
        (
            ["当前位置:首页 >> 新闻中心", "城关区召开对口帮扶工作座谈会"],
            BODY + "\n【打印】【关闭】\n城关区人民政府版权所有  陇ICP备09012345号",
            {"source": ""},
        ),
        (
            ["当前位置:首页 >> 新闻中心", "城关区召开对口帮扶工作座谈会"],
            BODY + "\n【打印】【关闭】\n版权所有:兰州某某网络科技有限公司  陇ICP备09012345号",
            {"source": ""},
        ),
        # an official account under the headline, over its time, on any page
        (
            ["首页 / 正文", "礼县：党支部领着果农闯市场", "天水发布", "2020-08-12 17:43"],
            BODY,
            {"source": "天水发布"},
        ),
        # an app page: the account's card (name over its time) above the headline
        (
            [
                "腾讯网 首页 > 正文",
                "阿坝州融媒",
                "2019-09-09 15:12",
                "红原：驻村工作队把党课开到草原上",
                "企鹅号",
            ],
            BODY,
            {"title": "红原：驻村工作队把党课开到草原上", "source": "阿坝州融媒"},
        ),
        # a platform's name over a shared article; an English menu and Source label
        (
            [
                "学习强国",
                "桦川县：党支部领办合作社让贫困户年年分红",
                "来源:佳木斯日报",
                "2021-01-12",
            ],
            BODY,
            {"title": "桦川县：党支部领办合作社让贫困户年年分红", "source": "佳木斯日报"},
        ),
        (
            [
                "Home | News | Regions",
                "Updated: Mar 5, 2021 10:22 | Source: 柳州日报",
                "三江：党建引领 侗乡群众稳稳脱贫",
            ],
            BODY,
            {"title": "三江：党建引领 侗乡群众稳稳脱贫", "source": "柳州日报"},
        ),
        # an enterprise paper's e-paper: its name over its date and page line
        (
            ["中国石油报", "2020年07月14日 第03版:基层", "驻村工作队：“石油红”扎根贫困山村"],
            BODY,
            {"title": "驻村工作队：“石油红”扎根贫困山村", "source": "中国石油报"},
        ),
    ],
)
def test_twelfth_pass_page_tops(header, body, expected):
    found = page(*header, body=body)
    assert {key: found[key] for key in expected} == expected


@pytest.mark.parametrize(
    "raw, read",
    [
        ("“10·17”扶贫日", "“10·17”扶贫日"),  # a month and a day: a date's name, kept
        ("5·12地震", "5·12地震"),
        ("资金3·5万元", "资金3.5万元"),  # an amount's unit after it: a decimal point
        ("比例为0·85", "比例为0.85"),  # no month 0: a decimal point
        ("12．5万元", "12.5万元"),
        ("大棚3·6公顷，公路2·5公里，增长2·5倍", "大棚3.6公顷，公路2.5公里，增长2.5倍"),
    ],
)
def test_a_middle_dot_between_numbers_is_a_date_or_a_decimal_point(raw, read):
    from helpers.extract.text.clean import normalize

    assert normalize(raw) == read


@pytest.mark.parametrize(
    "header, body, expected",
    [
        # a short headline over its posting time on a self-media page is the headline
        (
            ["百家号", "党旗飘扬在脱贫一线", "2019-09-09 15:12"],
            BODY,
            {"title": "党旗飘扬在脱贫一线"},
        ),
        # an e-paper's headline that ends in 捷报 is no paper's name
        (
            ["某某村脱贫攻坚再传捷报", "2020年07月14日 第03版：要闻"],
            BODY,
            {"title": "某某村脱贫攻坚再传捷报", "source": ""},
        ),
        # a headline's second line that ends in 先锋 is no account
        (
            ["某村党支部书记王某：", "甘当群众脱贫致富先锋", "2019-09-09 10:12"],
            BODY,
            {"source": ""},
        ),
        # a headline printed twice on one line, and a headline of two phrases with a dash
        (
            ["党建引领脱贫路 党建引领脱贫路", "2019-09-09 来源：某某县融媒体中心"],
            BODY,
            {"title": "党建引领脱贫路", "source": "某某县融媒体中心"},
        ),
        (
            ["织密防贫保障网 - 脱贫路上传喜报", "2019-09-09 来源：某某县融媒体中心"],
            BODY,
            {"title": "织密防贫保障网 - 脱贫路上传喜报"},
        ),
        # the body a footer names under 主管 is not the holder of the copyright
        (
            ["某县召开扶贫工作推进会", "2019-09-09"],
            BODY + "\n主管 中共某某市委宣传部 版权所有 某某日报社 黔ICP备12345678号",
            {"source": ""},
        ),
        # a photo's English credit is no source
        (
            ["某县召开扶贫工作推进会", "2019-09-09 10:12 Image Source: 某某图片网"],
            BODY,
            {"source": ""},
        ),
    ],
)
def test_look_alikes_of_the_twelfth_pass_page_tops(header, body, expected):
    found = page(*header, body=body)
    assert {key: found[key] for key in expected} == expected


def test_a_bulletin_with_its_contents_over_a_headline_of_two_lines():
    # masthead, issue, editor and date, the contents, then its headline on two lines
    found = page(
        "组 工 动 态",
        "第 12 期（总第 168 期）",
        "中共渭源县委组织部编     2018 年 6 月 20 日",
        "【本期导读】",
        "● 渭源县实施“双培双带”工程助推脱贫攻坚",
        "渭源县实施“双培双带”工程",
        "助推脱贫攻坚",
    )
    assert found == {
        "title": "渭源县实施“双培双带”工程 助推脱贫攻坚",
        "published": "2018-06-20",
        "source": "中共渭源县委组织部",
    }
