"""Report metadata from bylines and datelines: published date, source, author."""

from __future__ import annotations

import re

from helpers.extract.numbers import parse_chinese
from helpers.extract.text import boilerplate as bp
from helpers.extract.text_units import PAGE_NUMBER, WEB_ADDRESS

# "发布时间:2021-03-09", "2020-07-02 16:22:00", "2018年8月8日", "2017/10/09", "2022 05/ 13"
DATE = re.compile(
    r"(?<!\d)(?P<y>(19|20)\d{2})(\s*[-/.年]\s*|\s+(?=\d{2}/))(?P<m>\d{1,2})\s*[-/.月]\s*"
    # (a day glued to its time: "2019-11-0509:21:33")
    r"(?P<d>\d{1,2}(?!\d)|\d{2}(?=\d{1,2}:\d{2}))"
)
# An English date on a bilingual site's byline: "Published: March 5, 2019", "Mar. 5, 2019"
MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
MONTH_NAMES = (
    "jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t|tember)?"
    "|oct(ober)?|nov(ember)?|dec(ember)?"
)
EN_DATE = re.compile(
    rf"\b(?P<m>{MONTH_NAMES})\.?\s+(?P<d>\d{{1,2}})(,\s*|\s+)(?P<y>(19|20)\d{{2}})\b",
    re.I,
)
# A two-digit year before a clock time, as some sites print their bylines: "20-08-26 15:43"
SHORT_YEAR = re.compile(
    r"^(?:(?:发布|发表)?(?:时间|日期)\s*[:：]\s*)?(?P<y>\d{2})-(?P<m>\d{2})-(?P<d>\d{2})\s+\d{1,2}:\d{2}"
)
# ... or labelled as a date, with no time: "时间：18-07-26 来源：…"
SHORT_YEAR_LABELLED = re.compile(
    r"^(?:发布|发表)?(?:时间|日期)\s*[:：]\s*(?P<y>\d{2})-(?P<m>\d{2})-(?P<d>\d{2})(?![\d:])"
)
# A publication date labelled as such, on a line that also prints when the page was updated
# with its colon, or its bar in a flattened table: "发布日期 | 2020-07-08"
PUBLISHED_LABEL = re.compile(r"(?:发布|发表|刊发)(?:时间|日期)\s*[:：|｜]\s*")
# Day first, as some sites print it: "28.06.2016  23:44"
DAY_FIRST = re.compile(r"(?<![\d.])(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>(19|20)\d{2})(?![\d.])")
CN_DATE = re.compile(bp.CN_YMD)
CN_DIGIT = {ch: str(i) for i, ch in enumerate("〇一二三四五六七八九")} | {"零": "0", "○": "0"}
# "来源:某某日报", "来源: 某某网  作者:张三", "来源:某某在线"
# The name stops where the next label starts, even with no space: "来源:某某网作者:张三".
SOURCE = re.compile(
    # a video's or a photo's own credit ("视频来源：某某融媒体中心") is not the article's
    # ... nor a repost's request to credit it ("转载请注明出处：http://…")
    r"(?:(?<!视频)(?<!图片)(?P<label>来源于|来源|(?<!注明)出处|稿源|(?:文章)?转载自(?:微信公众号)?|转自|发布机构|发布单位|发文机关|刊名"
    # an aggregator's credit: "本文来自：某某发布", "来自公众号：某某发布"
    r"|(?:本文|文章)来自|来自(?:微信)?公众号"
    # the account a WeChat copy names on a line of its own: "公众号：某某发布" (not 关注公众号)
    r"|(?<![\u4e00-\u9fff])(?<!关注\s)(?:微信)?公众号"
    # (a portal's table sets the value in its own cell: "发布机构: | 某某镇人民政府 |")
    r"|刊发于|刊载于|原载|(?<!Image )(?<!Photo )(?<!Video )Source)\s*(?:[:：]\s*[|｜]|[:：|｜丨])"
    r"|【(?:刊名|来源)】"
    # a repost's notice, and a verb's label with a space: "以下文章来源于某某", "转自 某某发布"
    r"|^以下文章来源于|^(?:文章)?(?:转载自|转自|转贴自|转帖自)\s+"
    # ... or glued to an outlet on a line of its own, as a blog prints it: "转载自某某新闻网"
    r"|^(?:文章)?(?:转载自|转自)(?=[\u4e00-\u9fff]{2,12}(?:网|报|(?<!平)台)\s*$|《[^《》]{2,20}》\s*$)"
    # ... or a notice in words, with no colon: "本文转自某某新闻，原载某某日报"
    r"|(?:本文|此文)(?:转载自|转自)(?=[\u4e00-\u9fff《])|(?<=[，,])原载(?=[\u4e00-\u9fff《])"
    # where a repost says the article was first printed: "原文刊发于《某某日报》2017年9月27日"
    rf"|{bp.PRINTED_IN})\s*"
    # a periodical's name in title marks, brackets and all: "《共产党员（河北）》"
    # a site's address as its name: "来源：http://www.example.gov.cn"
    r"(?P<name>《[^《》\s]{2,30}》(?:杂志|期刊|月刊|半月刊|周刊|报)?|https?://[\w.\-]{4,60}"
    r"|(?:(?!作者|责任编辑|编辑|责编|发布(?:时间|日期|机构|单位|于|者)"
    # the next field of a portal's table, when this one is blank: "发布机构：  发文日期："
    r"|发文(?:日期|字号|机关)|成文日期|生成日期|文号|索引号|主题分类|信息分类|有效性"
    # (a counter glued after it: "某某新闻浏览:2186")
    r"|时间|日期|字号|字体|浏览|点击|人气|阅读[量数次:：])[^\s|｜,，、;；()（）:：【】\[\]]){2,30})"
    r"(?!\s*[:：])"
)
# Labels named after the article's own 来源: a portal's publishing office, in its table of
# properties, and the account a mirror names as hosting it ("公众号：某某组工" below
# "本文来源：某某部").
NAMED_LAST = frozenset({"发布机构", "发布单位", "发文机关", "公众号", "微信公众号"})
FIRST_PRINTED = frozenset({"原载", "刊发于", "刊载于"})

# What a 来源 label may name that is no outlet: "来源：网络", "信息来源：本网".
NO_OUTLET = frozenset(
    {
        "网络",
        "互联网",
        "网友",
        "综合",
        "转载",
        "本网",
        "本站",
        "本报",
        "本台",
        "网络整理",
        "网络转载",
        "未知",
        "不详",
        "佚名",
        # the site's own article ("来源：本站原创"), which names no outlet either
        "原创",
        "本站原创",
        "本网原创",
        "本报原创",
        "本台原创",
        "本刊原创",
    }
)
# A newsroom's kind without its county, before a reporter: "（融媒体记者 张某）" names no outlet
# (a 来源 label that says only 融媒体中心 is what the page states, and is kept).
BARE_NEWSROOM = frozenset({"融媒", "融媒体", "融媒体中心", "全媒体", "县融媒体中心"})
# A platform's channel for accounts, which a 来源 label may name instead of the account that
# posted: "澎湃新闻·澎湃号·政务", "百家号".
PAPERS_OWN_ACCOUNT = re.compile(
    r"^(?P<outlet>[\u4e00-\u9fff]{2,10}(报|网|台|社))(?!澎湃)\S{0,4}号$"
)
SELF_MEDIA_PLATFORM = re.compile(r"(澎湃|百家|头条|企鹅|网易|搜狐|大风|一点|新浪看点)号")
# An empty label is followed by the next label: "来源： 发布时间：2020-03-11" names no source.
LABEL_WORD = re.compile(
    r"(发布|时间|日期|作者|浏览|点击|编辑|字号|阅读|生成|索引|分类|文号|关键词)"
)
# "作者:张三", "记者/李四", and with a space only after an unambiguous role: "通讯员 彭五".
AUTHOR = re.compile(
    r"""
    (?:
        (?:作者|特约记者|记者|通讯员|撰稿|撰文|文)\s*[:：/]\s*     # "作者:张三", "记者/李四"
      | (?:(?<![\u4e00-\u9fff])|(?<=本报|本网|本台|本刊))          # at a word start, or 本报记者
        (?:作者|特约记者|记者|通讯员)\s+                           # "通讯员 王五": a space only
    )
    (?P<names>
        [\u4e00-\u9fff·]{2,4}                                     # 张三
        (?:[\s、,，]+[\u4e00-\u9fff·]{2,4}(?![\u4e00-\u9fff]|\s*[:：]))*  # 、李四 (not "编辑:")
    )""",
    re.X,
)
# Dateline of the lead: "某某日报讯(张三 李四)", "新华网兰州讯(记者王五)", "央广网贵州频道消息:"
DATELINE = re.compile(
    r"""
    ^(?:[\u4e00-\u9fff]{2,6}[/·])?                           # its app: "某某云/", "新某某·"
    (?P<outlet>[\u4e00-\u9fffA-Za-z]{2,16}?)(?:讯|消息|电)\s*   # 某某日报讯
    (?:[(（](?P<names>[^()（）]{2,30})[)）]|[:：]|(?=通讯员|记者|特约))   # (张三 李四), :, 通讯员
    """,
    re.X,
)
# "(文 李四)", "(记者 王某 通讯员 李某)" at the very end of the article
TRAILING_BYLINE = re.compile(
    r"""
    [(（](?:文|作者|记者|撰文|通讯员)\s*[:：/]?\s*                    # (记者
    (?P<names>[\u4e00-\u9fff·]{2,4}(?:[\s、,，]+[\u4e00-\u9fff·]{2,4})*)   # 王某 通讯员 李某
    [)）]\s*$
    """,
    re.X,
)
BYLINE_ROLES = re.compile(
    r"^(特约记者|记者|通讯员|实习生|作者|撰文|文|图|摄影|摄|编辑)(?=[:：/\s]|$)[:：/]?"
)
# An outlet printed before the page's date: "某某农民报 2020-04-25 01:33", with the site's address
# between them: "某某网 http://www.example.cn 时间:2021-02-20 10:48"; a repost's bracketed
# dateline: "（某某日报 2021.4.12）"; an e-paper's masthead: "某某日报 | 2015.12.10 | 要闻"
# A dateline that ends with the outlet: an e-paper's "2022年06月13日 星期一 某某报", a
# site's "2020-12-24 某某新闻"
OUTLET_AFTER_DATE = re.compile(
    rf"""
    ^((发布|发表|更新)?时间\s*[:：]\s*)?             # its label: "时间:2019-12-17 09:56   某某日报"
    {bp.YMD}\s*(星期.)?                        # 2022年06月13日 星期一, 2020-12-24, 2020/12/24
    (\s*\d{{1,2}}:\d{{2}}(:\d{{2}})?)?\s*           # 08:30
    ([|｜]\s*)?                                  # a bar between: "2021-02-26 07:45 | 某某网"
    (?P<outlet>{bp.OUTLET_NAME})
    # and the byline's other fields after it, set apart or by a bar, or a counter glued on, or
    # the page's buttons: "某某日报   举报   收藏"
    ((\s*[|｜]\s*|\s+)(记者|作者|编辑|阅读|浏览|点击)\s*[:：]?.*|(阅读|浏览)\s*[:：].*
    |(\s+(举报|收藏|分享|评论|打印|关注))+)?$
    """,
    re.X,
)
OUTLET_BEFORE_DATE = re.compile(
    # "某某日报讯 2019-07-15": the dateline's 讯 on the date's line
    rf"^[（(]?(?P<outlet>{bp.OUTLET_NAME}|[\u4e00-\u9fff·]{{2,16}}{bp.MEDIUM_END}"
    # an official account's card: "某某发布 2020-11-27 18:05"
    rf"|{bp.ACCOUNT_NAME})(?:讯|消息)?"
    r"\s*[|｜]?\s*"
    r"(?:(?:https?://|www\.)\S+\s*(?:时间\s*[:：])?\s*)?((19|20)\d{2}[-/.年]|[〇○零一二][〇○零一二三四五六七八九]{3}年)"
)
# A bulletin's editor before its date: "中共某某县委组织部编 2019年9月10日"
EDITED_BY = re.compile(
    r"^(?P<outlet>[\u4e00-\u9fff]{4,20}?(组织部|宣传部|办公室|委员会|党委|人民政府|扶贫办|局))"
    r"(编|编印|主办)\s*(19|20)\d{2}"
)
# A site's section, not an outlet, though it ends in 新闻 or 网: "2021-03-15 图片新闻".
SECTION_LABEL = re.compile(
    r"^(图片|国内|国际|本地|地方|社会|时政|综合|视频|滚动|头条|热点|今日|最新|要闻)(新闻|网)$"
)
# A news-agency dateline with place and date: "中新网某地6月12日电", "某某社某地3月2日讯"
AGENCY_DATELINE = re.compile(
    r"^(?!本[报网台刊])(?P<outlet>[\u4e00-\u9fff]{1,8}?(?:网|社|报|台|在线))(?P<desk>[\u4e00-\u9fff]{0,8}?)"
    # its year too: "…2019年6月10日电"; its hour: "某某网11月6日10时05分讯"
    r"(?:(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}日(?:\d{1,2}时(?:\d{1,2}分)?)?(?:电|讯|消息)"
)
# A site and its app named together in the dateline, with the hour: "某某网-某某客户端4月23日
# 10时讯": the outlet as it names itself.
SITE_AND_APP_DATELINE = re.compile(
    r"^(?P<outlet>[\u4e00-\u9fff]{2,8}(?:网|报|台)[-－—][\u4e00-\u9fff]{2,10}?(?:客户端|新闻))"
    r"\d{1,2}月\d{1,2}日(?:\d{1,2}时(?:\d{1,2}分)?)?(?:讯|电|消息)"
)
# An agency's regional desk filing under its own name: "某某社客户端某省频道4月5日电" is sent
# by that desk, which is the source as the dateline names it (a place alone is where it files).
DESK = re.compile(r"(客户端)?[\u4e00-\u9fff]{2,4}频道$")
# A site's regional channel reporting under its own name: "某某在线某省频道报道（记者 张某）：".
# (Its "某省频道消息:" names the site alone, as the seeds' gold records it: see DATELINE.)
CHANNEL_DATELINE = re.compile(
    r"^据?(?!本)(?P<outlet>[\u4e00-\u9fff]{2,8}?[\u4e00-\u9fff]{2,4}频道)"
    r"报道\s*(?:[(（][^()（）]{2,30}[)）])?\s*[:：]"
)
# A lead that opens with the outlet's own word for its report, its reporter in brackets:
# "某某在线报道（记者 张三）：".
OWN_REPORT = re.compile(
    rf"^(?!本)(?P<outlet>[\u4e00-\u9fff]{{2,8}}?{bp.MEDIUM_END})报道\s*(?=[(（](记者|通讯员))"
)
# A closing byline that names the outlet: "(某某报记者张三 通讯员李四)"; or the lead's
# opening one: "某某日报记者 张三 日前，…"
OUTLET_BYLINE = re.compile(r"[(（](?P<outlet>[\u4e00-\u9fff]{2,8}?)(?:特约|首席)?记者")
LEAD_OUTLET_BYLINE = re.compile(
    # paired with its app before it: "某某云/某某日报记者 张某"
    r"^(?P<outlet>(?:(?!摄影|摄像|视频|编辑|责编|美编|作者|制图|设计|校对)[\u4e00-\u9fff]{2,6}/)?"
    r"[\u4e00-\u9fff]{2,8}?(?:日报|晚报|报|网|社|台))"
    r"(?:特约|首席|全媒体?)?记者"
)
# A dateline that only names the outlet: "某某网讯 6月8日，…", "某某网讯6月8日，…",
# "【某某新闻联播讯 记者…】", "某某在线消息 4月的…", "某某日报9月16日 电(记者…)",
# "某某TV(记者 张某 某地报道)".
OUTLET_SUFFIX = r"(?:网|报|社|台|TV|在线|新闻|联播|频道|客户端|融媒体中心)"
BARE_DATELINE = re.compile(
    # (after the question marks of a lost indent: "????某某网3月29日讯")
    rf"^[?？]*【?(?P<outlet>[\u4e00-\u9fffA-Za-z]{{1,14}}?{OUTLET_SUFFIX})"
    # (in 【】, anything may follow: "【某某网讯】今年以来…")
    r"(?:(?:\d{1,2}月\d{1,2}日\s*)?(?:讯|消息|电)\s*(?:】|(?=\s|[(（]|记者|通讯员|\d{1,2}月))"
    r"|(?=[(（](?:记者|通讯员|特约)))"
)
# The outlet of a reporter named in the lead: "日前，某某日报全媒记者走进…"
OUTLET_REPORTER = re.compile(
    r"(?:^|(?<=[，,。(（\s]))(?P<outlet>[\u4e00-\u9fff]{2,8}?(?:日报|晚报|网|社|台))"
    r"(?:全媒体?|融媒体?|特约|首席)?记者"
)
# A byline line that opens with the outlet, then its reporters: "某某日报 张某 李某 发布时间:…"
OUTLET_THEN_NAMES = re.compile(
    r"^(?P<outlet>[\u4e00-\u9fff]{2,10}?(?:日报|晚报|报|网))\s+[\u4e00-\u9fff·]{2,4}(\s|$)"
)
# A dateline in brackets: "(某某广播网10月4日)"
BRACKETED_DATELINE = re.compile(
    r"^[(（](?P<outlet>[\u4e00-\u9fff]{2,10}?(?:网|社|报|台))\d{1,2}月\d{1,2}日[)）]"
)
# A flip-book page: "Page 583 - 某某县年鉴2016": the book is the source, the line no headline.
FLIPBOOK_PAGE = re.compile(
    r"^Page\s+\d+\s*[-–—]\s*(?P<book>\S.{1,40})$"
    # ... or the book first: "某某年鉴2019 - 第216页"
    r"|^(?P<book_first>\S.{1,40}?(年鉴|志|纪要|汇编|文集|选编|年报|大事记)\s*[(（]?\d{0,4}[)）]?)"
    r"\s*[-–—_]\s*第\s*\d{1,4}\s*页$",
    re.I,
)
ISSUE_DATE = re.compile(r"\s*(19|20)\d{2}年\d{1,2}月\d{1,2}日$")
# "某某乡人民政府2018年工作总结": an official work report names its issuing body first.
ISSUER_TITLE = re.compile(
    r"^(?P<body>[\u4e00-\u9fff]{2,16}?(?:人民政府|委员会|党委|党工委|办公室|人民代表大会"
    r"|组织部|宣传部|统战部|扶贫办|[省市州县区旗]委))"
    r"(?:关于)?(19|20)\d{2}年.{0,12}(?:总结|报告|计划|要点)"
)
# A lead that says where its story was reported: "据某某日报报道，…", "据某某新闻消息".
REPORTED_BY = re.compile(
    rf"^据(?!该|本|我)《?(?P<outlet>[\u4e00-\u9fff]{{2,12}}?{bp.MEDIUM_END})》?(?:此前|近日|日前)?(?:报道|消息)"
)
# The paper's own "本报讯", "本网讯" names no outlet.
SELF_REFERENCE = {"本报", "本网", "本台", "本刊", "本站"}
CHANNEL_TAIL = re.compile(r"(频道|分站|站|客户端|网站)$")
NAME = re.compile(r"^[\u4e00-\u9fff·]{2,4}$")


def published(meta_lines: list[str]) -> str:
    """The report's own date (YYYY-MM-DD) from its bylines; '' when none is stated. A date in
    the page's address ("本文网址：http://…/2018-10/18/…") is the site's filing, not stated. A
    repost that names where the article first appeared with its date ("来源：某某日报 2018年3月4日",
    "原文刊发于《某某日报》2017年09月27日") gives the article's own date, not the repost's."""
    meta_lines = [line for line in meta_lines if not DATED_HEADLINE_IN_A_LIST.match(line)]
    first_printed = [line for line in meta_lines if ORIGINAL_WITH_DATE.search(line)]
    # a portal's table of properties dates the document's writing (成文日期) before its
    # publication (发布日期): the labelled date wins
    labelled = [line for line in meta_lines if PUBLISHED_LABEL.search(line)]
    # a mirror's own line, its 来源 naming no outlet ("时间:2019-05-11 来源:网络整理"), dates the
    # copy; the article's byline below it ("2018年08月21日 来源:某某网") dates the article
    sourced = [line for line in meta_lines if not SOURCED_FROM_NOWHERE.search(line)]
    # a document library's upload time dates the copy, not the document: the document's own date
    # on a line of its own under its issuer ("（2018年12月26日）") dates it, if printed
    uploaded = any(UPLOADED.search(line) for line in meta_lines)
    own = [
        line
        for at, line in enumerate(sourced)
        if uploaded
        and DATE_ALONE.match(line.strip())
        # (not the upload time itself, set on the line under its label: "上传时间：" / "2019-01-08")
        and not (at and UPLOAD_LABEL_ALONE.search(sourced[at - 1]))
    ]
    return (
        _first_date(first_printed)
        or _first_date(labelled)
        or _first_date(own)
        or _first_date(sourced)
        or _first_date(meta_lines)
    )


UPLOADED = re.compile(r"上传(时间|日期|于)")
UPLOAD_LABEL_ALONE = re.compile(r"上传(时间|日期|于)\s*[:：]?\s*$")
DATE_ALONE = re.compile(rf"^[（(]?\s*({bp.YMD}|{bp.CN_YMD})\s*[)）]?$")


SOURCED_FROM_NOWHERE = re.compile(
    r"来源\s*[:：]\s*(网络整理|网络|互联网|网友投稿|转载|本站整理)\s*(\s|$)"
)


# Another article's headline in a list of related ones, its date in brackets before it:
# "[2018-04-12] 某县：党员带头搞养殖"; a byline so dated names its outlet or its people instead.
DATED_HEADLINE_IN_A_LIST = re.compile(
    r"^[·•]?\s*[\[【(（](19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}[\]】)）]\s*"
    r"(?!.*(来源|作者|编辑|记者|通讯员|发布|浏览|阅读|点击|字号|供稿))(?=(.*[\u4e00-\u9fff]){8})"
)


# A 来源 line that names an outlet, then a date; a line that says where it was first printed
ORIGINAL_WITH_DATE = re.compile(
    rf"(?:^|\s)来源\s*[:：]\s*[^\s\d:：]{{2,20}}\s+(?:19|20)\d{{2}}\s*[-/.年]|{bp.PRINTED_IN}"
)


def _first_date(meta_lines: list[str]) -> str:
    for line in (WEB_ADDRESS.sub(" ", line) for line in meta_lines):
        label = PUBLISHED_LABEL.search(line)
        m = (
            (label and DATE.match(line, label.end()))
            or DATE.search(line)
            or DAY_FIRST.search(line)
            or SHORT_YEAR.match(line)
            or SHORT_YEAR_LABELLED.match(line)
        )
        if m and 1 <= int(m["m"]) <= 12 and 1 <= int(m["d"]) <= 31:
            year = m["y"] if len(m["y"]) == 4 else f"20{m['y']}"
            return f"{year}-{int(m['m']):02d}-{int(m['d']):02d}"
        m = EN_DATE.search(line)
        if m and 1 <= int(m["d"]) <= 31:
            month = MONTHS.index(m["m"][:3].lower()) + 1
            return f"{m['y']}-{month:02d}-{int(m['d']):02d}"
        m = CN_DATE.search(line)
        if m:
            year = "".join(CN_DIGIT[ch] for ch in m["y"])
            month, day = parse_chinese(m["m"]), parse_chinese(m["d"])
            if (
                year.startswith(("19", "20"))
                and month
                and day
                and 1 <= month <= 12
                and 1 <= day <= 31
            ):
                return f"{year}-{month:02d}-{day:02d}"
    return ""


# A view counter the page glued to the outlet's name: "某某日报次阅读", "某某网 1234次浏览".
COUNTER_TAIL = re.compile(
    r"\s*\d*\s*((次|人次)?(阅读|浏览|点击|访问)(量|数)?|(浏览|点击|阅读)次数?)$"
    r"|\s*\d+\s*(次|人次)$"  # (the name read up to the counter's word: "某某网1234次浏览")
)


# A paper's all-media desk named with the outlet in a byline: "(某某日报全媒记者…" -> 某某日报;
# a county's media brand ("某某融媒") is the outlet itself.
MEDIA_DESK_TAIL = re.compile(r"(?<=[报网台社])(全媒体?|融媒体?)$")


# A periodical's issue printed after its name: "《某某研究》2023年第9期", "某某党史 总第三十二辑".
ISSUE_TAIL = re.compile(
    r"\s*(?:(?:19|20)\d{2}\s*年?\s*第?\s*\d{1,3}\s*期|总?第[\d一二三四五六七八九十百零〇]+[辑期卷])$"
)
WRAPPED_IN_TITLE_MARKS = re.compile(r"^[《〈](?P<name>[^《》〈〉]+)[》〉]$")


def source(
    meta_lines: list[str],
    lead: str,
    strip_place,
    last_line: str = "",
    header: list[str] = (),
    account: str = "",
) -> str:
    """The outlet or body the report names (see `_source`), without a view counter glued to it,
    a periodical's issue after it, or the title marks around it."""
    name = _source(meta_lines, lead, strip_place, last_line, header, account)
    name = RELAYED_FROM.sub("", name)
    if name in SELF_REFERENCE or NOT_AN_OUTLET.search(name):
        return ""  # "本报": the page's own paper, named nowhere else on it
    name = _without(ISSUE_TAIL, name)
    # "微信公众号“某某先锋”": the account's name, not its kind
    name = _without(ACCOUNT_KIND, name)
    # "“某某发布”微信公众号": the account; "“学习强国”学习平台": a name printed with its quotes
    quoted = QUOTED_THEN_KIND.match(name)
    if quoted:
        name = quoted["name"] if ACCOUNT_KIND_AFTER.fullmatch(quoted["kind"]) else name
    else:
        name = name.strip('“”"「」')
    name = _without(DAY_TAIL, name)  # "某某发布3月27日": the day it was posted
    name = _without(REPORTER_TAIL, name)  # "来源:某某日报记者 张某": the outlet, not its reporter
    # "《某某研究》": the periodical's name; "《某某》杂志" keeps its marks
    wrapped = WRAPPED_IN_TITLE_MARKS.match(name)
    name = wrapped["name"] if wrapped else name
    return _without(EPAPER_TAIL, _without(COUNTER_TAIL, _without(MEDIA_DESK_TAIL, name)))


# What a byline's place may hold that names no outlet: a mirror's disclaimer ("本站文章均来自
# 互联网"), a mobile page's button ("手机看新闻"), an e-paper's kind without its paper's name.
# (a traditional page is read in its own script: 來自, 轉自, 本網)
NOT_AN_OUTLET = re.compile(
    r"^(本站|本网|本網)(文章|内容|信息|資訊|资讯)|[来來]自(互联网|互聯網|网络|網絡)"
    r"|^(手机看新闻|数字报|电子版|电子报|作者)$"
    # a document library's note that a user uploaded the file: "来源：网友投稿"
    r"|^(网友|用户|会员)(投稿|上传|分享)$"
)
# A relay's word before the outlet it took the article from: "转自人民网", "本网转自某某网".
RELAYED_FROM = re.compile(r"^(本站|本网|本網)?[转轉]自\s*")
ACCOUNT_KIND = re.compile(r"^(微信)?公众号\s*")
QUOTED_THEN_KIND = re.compile(r"^[“\"「](?P<name>[^“”\"「」]{2,20})[”\"」](?P<kind>[^“”\"「」]*)$")
ACCOUNT_KIND_AFTER = re.compile(
    r"\s*((微信)?公众号|微信号|客户端|APP|App|app|抖音号|头条号|视频号)?"
)
REPORTER_TAIL = re.compile(
    r"(?<=[报网台社闻端心部])(全媒体|融媒体|首席|特约|见习)?(记者|通讯员)(?!站).*$"
)  # (a media centre's or a department's: "某县融媒体中心记者", "某县委组织部通讯员")
# "某某发布3月27日": the day it was posted; "某某网2018-09-10": a date glued on
DAY_TAIL = re.compile(
    r"\s*\d{1,2}月\d{1,2}日$|(?<=[\u4e00-\u9fff])\s*(19|20)\d{2}[-/.年]\d{1,2}([-/.月]\d{1,2}日?)?$"
    # ... and the hour glued to the day: "某某中心2021-03-0916:42" read up to its colon
    r"|(?<=[\u4e00-\u9fff])(19|20)\d{2}[-/.年]\d{1,2}[-/.月](\d{3,4}|\d{1,2}日\d{1,2})$"
)
EPAPER_TAIL = re.compile(
    r"(?<=报)(数字报纸?|数字报刊(平台)?|电子版|电子报)$"
)  # the paper, not its site


# A byline that names the outlet, then its reporters, a space between or none: "2019-08-02 10:16
# 某某日报 记者 张某", "… 某某网·某某新闻记者 张某".
OUTLET_BEFORE_REPORTER = re.compile(
    # (a one-character name after the time: "2019-05-28 04:10 某报 记者 张某")
    # (not the paper's kind alone: "晚报记者", "日报", "我报", "报社")
    r"(?:^|\s)(?P<outlet>(?:(?<=\d\s)(?![晚日我本该此报])[\u4e00-\u9fff]|[\u4e00-\u9fff]{2})"
    r"[\u4e00-\u9fff]{0,8}"
    r"(?:日报|晚报|报|网|台|社)"
    # paired with its app: "某某晚报·某某壹点 记者 张某"
    r"(?:·[\u4e00-\u9fff]{2,8})?)\s*(?:记者|通讯员)"
)
# ... or in its title marks, whatever its kind: "2019-05-06 《某某周刊》 记者 张某" (as
# boilerplate.REPORTER_BYLINE reads one that opens its line).
PUBLICATION_BEFORE_REPORTER = re.compile(
    rf"(?:^|\s){bp.MARKED_PUBLICATION}\s*(?:特约|首席)?(?:记者|通讯员)"
)
# ... or its view counter, the count lost: "2019-05-27 08:36:12  某某日报次阅读".
OUTLET_BEFORE_COUNTER = re.compile(
    r"^(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?\s+"
    r"(?P<outlet>[\u4e00-\u9fff]{2,10}(?:日报|晚报|报|网|台|融媒体中心))\s*\d*\s*次(?:阅读|浏览)"
)
# ... or an account alone after it, as an app prints its post: "2018-08-14 10:31   某某发布".
POSTED_BY_ACCOUNT = re.compile(
    r"^(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?\s+"
    r"(?P<outlet>[\u4e00-\u9fff]{2,8}(?:发布|融媒))$"  # an outlet's name: OUTLET_AFTER_DATE
)
# An account's own article: "原创 某某发布 2019-08-21 18:06" (WeChat) names the account.
# With its author between, "原创 张某某 某某发布 2020-03-05": the name before the date.
ORIGINAL_POST = re.compile(
    # (an author's name may have lost a character to a "?": "原创 刘?宁 某某组工 2019-04-17")
    # (or a two-character name with a space inside it: "原创 赵 丹 某某发布 2019-12-03")
    r"^原创\s+(?:[\u4e00-\u9fff·?]{2,12}\s+"
    r"|[\u4e00-\u9fff]\s[\u4e00-\u9fff]\s+(?=[\u4e00-\u9fff]{3}))?"
    r"(?P<outlet>[\u4e00-\u9fff]{2,12})\s+"
    r"((19|20)\d{2}|今天|昨天|前天|\d{1,2}天前|\d{1,2}月\d{1,2}日)"
    # with its time on the line above, the author and then the account: "原创 某某中心 某某发布"
    r"|^原创\s+[\u4e00-\u9fff·]{2,12}\s+(?P<outlet2>[\u4e00-\u9fff]{2,12})\s*$"
)
# WeChat prints the author, then the account: the same name twice when the account wrote it
# ("某某发布 某某发布 2019-08-02").
# ... or after the author's name under 原创: "原创 张某某 某某组工 昨天"
ORIGINAL_BY_AUTHOR = re.compile(
    r"^原创\s+[\u4e00-\u9fff·]{2,4}\s+(?P<outlet>[\u4e00-\u9fff]{2,12})"
    r"\s+(?:(19|20)\d{2}-\d{1,2}-\d{1,2}|\d{1,2}-\d{1,2}|今天|昨天|前天|\d{1,2}天前)\s*$"
)
ACCOUNT_TWICE = re.compile(
    r"^(?P<original>原创\s+)?(?P<outlet>[\u4e00-\u9fff]{2,12})\s+(?P=outlet)"
    r"(?:\s+(?:(19|20)\d{2}|今天|昨天|前天|\d{1,2}天前)"  # "今天": the day it was read
    # with nothing after it only under WeChat's 原创: a headline may be printed twice on a line
    r"|(?(original)\s*$|(?!)))"
)


# The site's own name over its page: "某某党建网", "某某先锋网".
SITE_OWN_NAME = re.compile(r"^[\u4e00-\u9fff]{2,12}(网|网站|在线|门户网站)$")


def says_its_own(meta_lines: list[str]) -> bool:
    """Whether a 来源 line says the article is the site's own ("来源：本站"): it names no outlet,
    and the site's owner is no source either."""
    return any(m["name"] in SELF_REFERENCE for line in meta_lines for m in SOURCE.finditer(line))


def owner_unless_its_own(meta_lines: list[str], footer: list[str]) -> str:
    """The body that holds the page's copyright (`site_owner`) when a 来源 line says the article
    is the site's own ("来源：本站") and the site is a party body's: its own voice. A copyright
    alone names the site's host, not the article's source, and a government's portal hosts its
    offices' pages: five of six blind readers left such a page's source empty."""
    owner = site_owner(footer)
    return owner if says_its_own(meta_lines) and not GOVERNMENT.search(owner) else ""


GOVERNMENT = re.compile(r"(人民政府|政府办公室|政府办)$")


def own_site(meta_lines: list[str], header: list[str]) -> str:
    """The site's name when a 来源 line says the article is its own ("来源：本网"), else ''."""
    own = any(m["name"] in ("本网", "本站") for line in meta_lines for m in SOURCE.finditer(line))
    # a news site is an outlet; a government's portal only hosts its offices' pages
    names = (
        line.strip()
        for line in header
        if SITE_OWN_NAME.match(line.strip()) and not bp.GOVERNMENT_PORTAL.match(line.strip())
    )
    return next(names, "") if own else ""


def _without(tail: re.Pattern[str], name: str) -> str:
    """`name` without what `tail` matches, unless that would leave less than a name."""
    shorter = tail.sub("", name)
    return shorter if len(shorter) >= 2 else name


def _source(
    meta_lines: list[str],
    lead: str,
    strip_place,
    last_line: str = "",
    header: list[str] = (),
    account: str = "",
) -> str:
    """The outlet or body the report names, from the most to the least explicit statement.

    A 来源 label; an outlet printed before the page's date; the account that posted a
    self-media page (`self_media_account`), not the agency its lead quotes; a flip-book's
    title; the lead's dateline ("某某网某地6月12日电"); a closing byline that names its paper.
    `strip_place` removes a trailing place name ("新华网兰州" -> "新华网").
    """
    labelled = [m for line in meta_lines for m in SOURCE.finditer(line)]
    labelled = [
        m
        for m in labelled
        if not DATE.match(m["name"])
        and not LABEL_WORD.match(m["name"])
        # "来源：网络": the label names no outlet; another line may
        and m["name"] not in NO_OUTLET
    ]
    # a relay's line that names where the article first appeared ("转载自：某某网  原载：某某日报")
    # gives the original; a portal's office is named last
    for m in sorted(
        labelled, key=lambda m: (m["label"] in NAMED_LAST, m["label"] not in FIRST_PRINTED)
    ):
        if account and SELF_MEDIA_PLATFORM.search(m["name"]):
            paper = PAPERS_OWN_ACCOUNT.match(m["name"])
            # "来源：澎湃新闻·澎湃号·政务" under "某某发布": the platform hosts it; "来源：某某日报
            # 百家号" names the paper that posted it there
            return paper["outlet"] if paper else account
        return m["name"]
    for line in meta_lines:
        m = bp.AGGREGATOR_CREDIT.search(line)
        if m:
            return m["name"]
    for line in meta_lines:
        m = OUTLET_BEFORE_DATE.match(line) or OUTLET_AFTER_DATE.match(line)
        if m and not SECTION_LABEL.match(m["outlet"]):
            return m["outlet"]
        if m := EDITED_BY.match(line):
            return m["outlet"]
    if account:
        return account
    # WeChat's "原创 某某组工 某某组工 今天" above the text, when no date was there to read it by
    twice = next(
        filter(
            None,
            (
                ACCOUNT_TWICE.match(line.strip()) or ORIGINAL_BY_AUTHOR.match(line.strip())
                for line in header
            ),
        ),
        None,
    )
    if twice:
        return twice["outlet"]
    for line in [*header, *meta_lines]:
        m = FLIPBOOK_PAGE.match(line)
        if m:
            # a paper's page by its date ("Page 6 - 某某日报2022年3月9日"): the paper
            return ISSUE_DATE.sub("", (m["book"] or m["book_first"]).strip())
        m = bp.RUNNING_HEAD.match(line.strip())
        if m:
            # a printed book's running head: "某某年鉴(2017) · 263 ·", or over "·156·"
            return m["book"].strip(" ·・")
    masthead = epaper_masthead(header, meta_lines)
    if masthead:
        return masthead
    m = SITE_AND_APP_DATELINE.match(lead)
    if m:
        return m["outlet"]
    m = AGENCY_DATELINE.match(lead)
    if m and DESK.search(m["desk"]):
        return m["outlet"] + m["desk"]
    channel = CHANNEL_DATELINE.match(lead) or OWN_REPORT.match(lead)
    if channel:
        return channel["outlet"]
    m = DATELINE.match(lead) or m
    if m and m["outlet"] not in SELF_REFERENCE and not place_only(m["outlet"]):
        outlet = m["outlet"]
        for _ in range(2):
            outlet = strip_place(CHANNEL_TAIL.sub("", outlet)) or outlet
        return outlet
    m = (
        BRACKETED_DATELINE.match(lead)
        or REPORTED_BY.match(lead)
        or LEAD_OUTLET_BYLINE.match(lead)
        or BARE_DATELINE.match(lead)
        or OUTLET_REPORTER.search(lead[:80])
    )
    if m and m["outlet"] not in SELF_REFERENCE and not m["outlet"].startswith("本"):
        return m["outlet"]
    for line in meta_lines:
        m = (
            OUTLET_THEN_NAMES.match(line)
            or bp.REPORTER_BYLINE.match(line)
            or OUTLET_BEFORE_REPORTER.search(line)
            or PUBLICATION_BEFORE_REPORTER.search(line)
            or OUTLET_BEFORE_COUNTER.match(line.strip())
            or _account_of_a_place(POSTED_BY_ACCOUNT.match(line.strip()))
            or bp.SUPPLIED_LINE.match(line.strip())
            or ORIGINAL_POST.match(line)
            or ACCOUNT_TWICE.match(line)
            or CLOSING_REPORTERS.match(line.strip())
        )
        if m:
            return _first_named(m)
    m = OUTLET_BYLINE.search(last_line) or OUTLET_BYLINE.search(lead)
    if (
        m
        and m["outlet"] not in SELF_REFERENCE
        and m["outlet"] not in BARE_NEWSROOM
        and not m["outlet"].startswith("本")
        and not m["outlet"].endswith("站")  # "(某省站记者…)": the outlet's bureau, not it
    ):
        return m["outlet"]
    return ""


def _account_of_a_place(m: re.Match | None) -> re.Match | None:
    """The match when its account is a place's ("某县发布"), not a person posting ("由张三发布",
    "网站管理员发布")."""
    if m is None:
        return None
    from helpers.extract.places.locate import places_from_start  # the gazetteer, only if asked

    return m if places_from_start(m["outlet"]) else None


def place_only(name: str) -> bool:
    """Whether a name is a place's alone: a dateline's place with no outlet before 讯 ("某县讯
    （融媒体记者…）" names none), a site's place before 网."""
    from helpers.extract.places.locate import places_from_start  # the gazetteer, only if asked

    return places_from_start(name) == len(name)


# A repost's closing line naming the paper it came from: "（某某日报）", "(来源:某某网)",
# "（据新华社）", "(原载《某某日报》)"; a cooperative (某某合作社) is no outlet.
CLOSING_SOURCE = re.compile(
    r"^[（(](?:来源\s*[:：]\s*|据|原载|转载自|转自|摘自)?《?"
    r"(?P<outlet>[\u4e00-\u9fff]{2,12}(?:日报|晚报|报|网|新华社|通讯社|报社|台))》?"
    # with its date and reporters: "(原载《某某日报》2017年11月21日 记者 张某)", or its date
    # and page: "(某某日报 2018-12-04 第2版)"
    r"(\s*(19|20)\d{2}(年\d{1,2}月\d{1,2}日|-\d{1,2}-\d{1,2}))?"
    rf"(\s*第\s*{PAGE_NUMBER})?"
    r"(\s*(记者|通讯员)[\u4e00-\u9fff\s]{2,16})?[）)]$"
)


# A body that supplied the text, in brackets at its end: "（中共某县委组织部供稿）".
SUPPLIED_BY = re.compile(
    r"^[（(](?:(?P<outlet>[\u4e00-\u9fff]{2,24})\s*供稿|供稿\s*[:：]\s*(?P<outlet2>[\u4e00-\u9fff]{2,24})"
    # a body alone in brackets at the end, as an office signs its post: "（某某县委组织部）"
    # not an author's affiliation or a photo's credit: "（作者系…）", "（图片由…）"
    r"|(?!作者|图片|图|此文|本文|文章)(?P<outlet3>[^（）()系由]{2,20}"
    r"(?:组织部|宣传部|扶贫办|办公室|人民政府|党委|县委|市委)))[）)]$"
)
# A closing bracket of the paper's reporters: "（某某日报记者 张某 通讯员 李某）".
CLOSING_REPORTERS = re.compile(
    r"^[（(](?P<outlet>[\u4e00-\u9fff]{2,12}(?:日报|晚报|报|网|台|社|融媒体中心))\s*(?:记者|通讯员)"
    r"[^（）()]{0,30}[）)]$"
    # a broadcast's sign-off: "某某县融媒体中心 张三 李四 报道"
    r"|^(?P<outlet2>[\u4e00-\u9fff]{2,12}(?:台|融媒体中心))\s*(?:记者)?\s*"
    r"(?:[\u4e00-\u9fff·]{2,3}\s*){1,4}报道$"
)
# The paper's reporters in brackets closing the article's last paragraph, with comments, links
# or a forum's replies below it, and perhaps an anti-copy tag after it: "…全部摘帽退出。（某某
# 日报记者 张某 通讯员 李某）", "…他说：“…。”（某某日报记者 张某）".
PARAGRAPH_CLOSING_REPORTERS = re.compile(
    r"[。！？!?”][（(](?P<outlet>[\u4e00-\u9fff]{2,10}?(?:日报|晚报|报|网|台|社|融媒体中心))"
    r"(?:特约|首席|全媒体?)?(?:记者|通讯员)[^（）()]{0,30}[）)][^\u4e00-\u9fff]{0,20}$"
)


# ... or the outlet a repost names there: "…讓更多群眾受益。（來源：某某網）"
# (a paper, not a report of figures: "（来源：县统计局年报）", "…工作简报", "…通报")
PARAGRAPH_CLOSING_SOURCE = re.compile(
    r"[\u4e00-\u9fff。！？!?”][（(【](?:来源|稿源|转自|转载自)\s*[:：]?\s*《?"
    r"(?P<outlet>[\u4e00-\u9fff]{2,12}?(?:日报|晚报|(?<![年简通月快公情季周汇])报|网|台|社"
    r"|融媒体中心|新闻)(?:-[\u4e00-\u9fff]{2,8}频道)?)》?"
    r"(?:\s*作者\s*[:：][^（）()【】]{1,12})?"
    # with the day it printed the article: "（來源：某某報 2015年11月20日）"
    r"(?P<printed>\s*(?:19|20)\d{2}(?:年\d{1,2}月\d{1,2}日|-\d{1,2}-\d{1,2}))?"
    r"[）)】][^\u4e00-\u9fff]{0,20}$"
)


def paper_closing_the_article(last_paragraph: str) -> str:
    """The paper whose reporters sign the article's last paragraph in brackets, or that it
    names as its source there; ''."""
    m = PARAGRAPH_CLOSING_REPORTERS.search(last_paragraph) or PARAGRAPH_CLOSING_SOURCE.search(
        last_paragraph
    )
    return m["outlet"] if m and not m["outlet"].startswith("本") else ""


def printed_closing_the_article(last_paragraph: str) -> str:
    """The day the source a repost names closing its last paragraph printed it, as written
    ("2015年11月20日"); ''."""
    m = PARAGRAPH_CLOSING_SOURCE.search(last_paragraph)
    return m["printed"].strip() if m and m["printed"] else ""


# The body that signs a work report at its end: "中共某某乡委员会", "某某县扶贫开发领导小组办公室".
SIGNATURE = re.compile(
    r"^(?P<outlet>(?:中共)?[\u4e00-\u9fff]{2,20}(?:委员会|人民政府|党委|党工委|办公室|组织部|扶贫办))$"
)


def as_signed(issuer: str, signature: str) -> str:
    """The issuer a work report's title names, as its signature spells it in full when the
    signature is the same body ("某县委组织部" signed "中共某县委组织部")."""
    return signature if issuer and signature.endswith(issuer) else issuer


def signing_body(last_lines: list[str]) -> str:
    """The body that signs a work report on a line of its own near its end; ''."""
    found = (SIGNATURE.match(line.strip()) for line in reversed(last_lines))
    return next((m["outlet"] for m in found if m), "")


def closing_source(last_lines: list[str]) -> str:
    """The paper a repost names in brackets on a line of its own at its end, or the body that
    supplied the text; ''."""
    found = (
        CLOSING_SOURCE.match(line.strip())
        or SUPPLIED_BY.match(line.strip())
        or CLOSING_REPORTERS.match(line.strip())
        for line in reversed(last_lines)
    )
    outlets = (_first_named(m) for m in found if m)
    return next(
        (o for o in outlets if o and o not in SELF_REFERENCE and not o.startswith("本")), ""
    )


def _first_named(m: re.Match) -> str:
    """The outlet a closing pattern caught, whichever of its forms matched."""
    return next((v for k, v in m.groupdict().items() if k.startswith("outlet") and v), "")


# An e-paper's page: its page label (`boilerplate.EPAPER_PAGE`), the paper's name printed
# above it ("某某日报", "某某日报 数字报纸"), and the page's metadata line that some e-paper
# systems leave at its end ("2020-10-13 1 1 某某日报 c215052.html 1 标题 /enpproperty-->").
PAPER_MASTHEAD = re.compile(
    # (with its edition glued on: "某某日报农村版")
    # (not the e-paper's kind alone: "数字报 > 某某日报")
    r"^《?(?!(数字|电子)报)(?P<paper>[\u4e00-\u9fff]{2,10}?(日报|晚报|报)((农村|海外|城市|周末)版)?)》?"
    r"\s*(数字报纸?|数字报刊(平台)?|电子版|电子报)?"
    # an edition in brackets: "某某日报(汉)", "某某报（农村版）"
    r"(?:[(（][\u4e00-\u9fff]{1,4}[)）])?"
    # then the site's name, the date, or nothing: "某某日报数字报 | 某某新闻网", "《某某日报》（…"
    # or its date glued on: "某某日报2017年10月16日第02版：综合新闻"
    r"(?=\s|[|｜（(]|$|(19|20)\d{2}年)"
)
EPAPER_METADATA = re.compile(
    r"(19|20)\d{2}-\d{2}-\d{2}(\s+\d+)*\s+(?P<paper>[\u4e00-\u9fff]{2,12})"
    r"\s+\S+\.html?\s.*enpproperty"
)


def epaper_masthead(header: list[str], meta_lines: list[str] = ()) -> str:
    """The paper an e-paper page belongs to, from its metadata line or its masthead; ''."""
    for line in meta_lines:
        m = EPAPER_METADATA.search(line)
        if m:
            return m["paper"]
    lines = [*header, *meta_lines]
    if not any(
        bp.EPAPER_PAGE.match(line)
        or EPAPER_PAGE_IN_LINE.search(line)
        or bp.EPAPER_SITE.match(line.strip())  # "某某日报 - 数字报刊平台"
        for line in lines
    ):
        return ""
    # the masthead on its own line, or as a step of the e-paper's trail ("数字报 > 某某日报 >
    # 2017年05月23日 > 第03版")
    steps = [step for line in lines for step in (line, *EPAPER_TRAIL_STEP.split(line)[1:])]
    return next((m["paper"] for step in steps if (m := PAPER_MASTHEAD.match(step.strip()))), "")


EPAPER_TRAIL_STEP = re.compile(r"\s*(?:>>|[>›»])\s*")


# An e-paper's page label inside its dateline or among its links: "2018年07月26日 第02版：要闻",
# "[上一版] [下一版]".
EPAPER_PAGE_IN_LINE = re.compile(
    rf"第\s*{PAGE_NUMBER}|上一版|下一版|版面导航|[A-Z]\d{{1,2}}\s+\S{{2,6}}\s+责编|版次\s*[:：]"
    r"|(?<![A-Za-z\d])[A-Z]\d{1,3}\s*版[:：]"  # "某某日报 A05版：市县新闻"
)


# A magazine's issue line under the headline: "某某杂志·下 2018年3期", "某某 2019年第12期".
PERIODICAL = re.compile(
    # with its half or its edition: "某某·下", "某某的建设·农村版"
    r"^《?(?P<outlet>[\u4e00-\u9fff]{2,12}?)》?(?:[·•・](?:[上中下半月刊]{1,2}|[\u4e00-\u9fff]{2,3}版))?\s*"
    r"(?:19|20)\d{2}\s*年?\s*第?\s*\d{1,2}\s*期(?!\S)"  # not "…期发表的文章" in a lead
)
# A site's name before an @ in its headline: "某某网@某某州的报告:…".
OUTLET_AT = re.compile(r"^(?P<outlet>[\u4e00-\u9fff]{2,8}?(?:网|报|台|在线|日报))\s*@")


# What a page prints beside its headline on the headline's line: its paper, after or before a
# dash, an underscore or a bar ("标题 - 某某日报数字报", "某某日报电子报 标题").
BESIDE_HEADLINE = re.compile(r"^[\s\-–—_|｜]*(?P<outlet>.+?)[\s\-–—_|｜]*$")


PAGE_BESIDE = re.compile(rf"[-–—_|｜]?\s*第?\s*{PAGE_NUMBER}\s*[-–—_|｜:：]?\s*$")


def outlet_beside_headline(title: str, lines: list[str]) -> str:
    """The paper a headline's own line names beside it: an e-paper's page is the paper's, the
    page's last word on its source. A website's name so printed is only the host's title
    (“标题_某某网”), no statement of a source; '' for it, as for a line of the headline alone."""
    for line in lines:
        if not title or title not in line or line.strip() == title:
            continue
        before, _, after = line.partition(title)
        # (without the e-paper's page between: "某某日报数字报-第A3版-标题")
        before = PAGE_BESIDE.sub("", before.strip())
        beside = BESIDE_HEADLINE.match(before or after.strip())
        if not beside:
            continue
        paper = PAPER_MASTHEAD.fullmatch(beside["outlet"])  # "某某日报电子报"
        if paper:
            return paper["paper"]
    return ""


def source_in_headline(title: str, first_lines: list[str]) -> str:
    """An outlet the headline or the lines around it name: a site before an @ in the headline,
    a magazine's issue line ("某某·下 2018年3期"), an agency's dateline or a paper's name on
    the headline's line; '' when none."""
    m = OUTLET_AT.match(title)
    if m:
        return m["outlet"]
    for line in first_lines:
        m = (
            PERIODICAL.match(line.strip())
            or AGENCY_DATELINE.match(line.strip())
            or PAPER_BEFORE_HEADLINE.match(line.strip())
            or PAPER_AND_ITS_PAGE.match(line.strip())
        )
        if m and not _phrase_in_net(m["outlet"]):
            return m["outlet"]
    return ""


# A repost's credit to a paper and its page, on a line of its own: "某某日报 · 三农".
PAPER_AND_ITS_PAGE = re.compile(
    r"^(?P<outlet>[\u4e00-\u9fff]{2,10}(日报|晚报|时报))\s*[·•]\s*[\u4e00-\u9fff]{2,6}(?<!版)$"
)


def _phrase_in_net(name: str) -> bool:
    """A headline's first phrase that only ends in 网 and counts it: "一张网：…"."""
    return name.endswith("网") and bool(re.match(r"[一二两三四五六七八九十]", name))


# A paper's or a news site's name printed before the headline on a repost: "某某日报:某县…",
# "某某新闻网:某县…", "某某网：某县…"; an agency's dateline on the headline's own line:
# "新华社某地9月21日电 题:…".
PAPER_BEFORE_HEADLINE = re.compile(
    r"^(?P<outlet>[\u4e00-\u9fff]{2,10}(?:日报|晚报|时报)|[\u4e00-\u9fff]{2,8}(?:新闻网|日报网)"
    r"|[\u4e00-\u9fff]{1,2}(?<!互联)(?<!物联)(?<!电)网)[:：]"  # "人民网：…", not "天罗地网：…"
)


# A name that opens the lead's dateline or a byline ("某某点讯 走进…", "某某+ 作者:张三"): with no
# medium's word in it, it is an outlet only when the page prints it alone over the headline too,
# as an app's or a site's masthead.
NAME_THEN_BYLINE = re.compile(
    r"^(?P<outlet>[\u4e00-\u9fffA-Za-z+]{2,10}?)(?:(?:讯|消息)\s|\s+(?:作者|记者|通讯员)\s*[:：\s])"
)
# Over a byline (not a dateline) a column's name may stand alone too ("扶贫日记" / "扶贫日记
# 作者：某某"), named by a column's kind of writing; an app's name is not ("某某云").
COLUMN_NAME = re.compile(
    r"(日记|故事|纪实|观察|视点|聚焦|一线|传真|风采|札记|手记|专栏|访谈|声音|时评|评论)$"
)


def masthead_in_byline(first_lines: list[str], meta_lines: list[str], lead: str) -> str:
    """The page's masthead when its lead's dateline or a byline names it again; ''."""
    printed_alone = {line.strip() for line in first_lines}
    for line in [lead, *meta_lines]:
        m = NAME_THEN_BYLINE.match(line.strip())
        if not m or m["outlet"] not in printed_alone or m["outlet"] in SELF_REFERENCE:
            continue
        if line is lead or not COLUMN_NAME.search(m["outlet"]):
            return m["outlet"]
    return ""


def dateline_length(lead: str) -> int:
    """Characters of the lead taken by its dateline ("某某网南宁9月30日消息"), else 0.

    The place in a dateline is where the outlet files from, not what the report is about.
    """
    m = AGENCY_DATELINE.match(lead) or DATELINE.match(lead)
    return m.end() if m else 0


def issuer(title: str, first_lines: list[str] = ()) -> str:
    """The body a work report names first ("某某乡人民政府2018年工作总结" -> "某某乡人民政府"), or
    in brackets under its headline ("某乡2018年工作总结" / "（某某乡人民政府）"), or a speech's or a
    study's signing body under it and its subtitle ("标题" / "——在…上的发言" / "中共某某县委")."""
    m = ISSUER_TITLE.match(title)
    if m:
        return m["body"]
    # the lines under the headline, wherever the page prints it (a document site, twice)
    for at, line in enumerate(first_lines):
        if not title or line != title:
            continue
        below = [ln for ln in first_lines[at + 1 : at + 4] if not SUBTITLE.match(ln)][:1]
        for line_below in below:
            m = ISSUER_BELOW.match(line_below) or SIGNING_BODY.match(line_below)
            if m:
                return m["body"]
    return ""


SUBTITLE = re.compile(r"^(——|—|--)")
# A body alone on its line, as a speech or a study is signed: "中共某某县委", "某某党校课题组".
# A body's name holds no clause: "某村有个好党委" is a headline.
SIGNING_BODY = re.compile(
    r"^(?P<body>(?![^\n]*[有个是的好])(中共)?[\u4e00-\u9fff]{2,20}?(县委|市委|州委|区委|旗委|盟委|地委"
    r"|党委|党工委|人民政府|组织部|宣传部|扶贫办|(领导小组)?办公室|课题组|调研组|党校|委员会))$"
)


ISSUER_BELOW = re.compile(
    r"^[（(](?P<body>[\u4e00-\u9fff]{2,20}?(?:人民政府|委员会|党委|党工委|办公室|局|扶贫办))[）)]$"
)


# What an outlet or a body is called at its end: a byline holding one of these is not a person.
OUTLET_TAIL = re.compile(
    r"(网|报|台|电视台|广播|站|社|中心|地图|新闻|在线|传媒|融媒|发布|频道|杂志|政府|委员会|办公室|局|部|办"
    # a portal's kind of name: "某某视窗", "某某之窗", "某某资讯"
    r"|视窗|之窗|门户|资讯|热线|论坛|头条|快讯)$"
)


def outlet_byline(byline: str) -> str:
    """A byline that names an outlet or a body, not a person ("作者:某某发布"), else ''.

    >>> outlet_byline("陇南发布"), outlet_byline("张三"), outlet_byline("张三 李四")
    ('陇南发布', '', '')
    """
    byline = byline.strip()
    return byline if " " not in byline and len(byline) >= 3 and OUTLET_TAIL.search(byline) else ""


# A label alone on its line, its name on the next: a journal database's "出处" / "《某某》".
LABEL_ALONE = re.compile(r"^(?:来源|出处|稿源)\s*[:：]?$")
LABELLED_NAME = re.compile(
    r"^(?P<name>《[^《》]{2,20}》|[\u4e00-\u9fff·]{2,16})(?![，,。\u4e00-\u9fff])"
)
# The page's copyright footer, when the holder is an outlet: "版权所有:某某日报 技术支持:…".
# A holder that is a company or a person is the site's owner, not a news outlet.
COPYRIGHT_HOLDER = re.compile(
    r"版权所有\s*[:：©]?\s*(?:©\s*)?(?P<outlet>[\u4e00-\u9fff]{2,12}?(?:日报|晚报|报|网|电视台|广播电台))"
    r"(?![\u4e00-\u9fff])"
    # an e-paper's foot: "某某日报社 版权所有", the paper's own
    r"|^(?P<paper>[\u4e00-\u9fff]{2,10}?(?:日报|晚报))社\s*版权所有"
    # "本文系某某日报原创稿件…": the paper that wrote it
    r"|^本文系(?P<author_outlet>[\u4e00-\u9fff]{2,12}?(?:日报|晚报|报|网))(?:原创|独家)"
    # an app's footer under an account's own article: "本文为 某某观察 原创"
    r"|^本文为\s*(?P<account>(?!本|作者|网友|笔者|博主|个人|原作者)[\u4e00-\u9fff]{2,12})\s*原创(?![\u4e00-\u9fff])"
)
BODY_REPORTER_SEARCH = 600  # characters of the text where a reporter's outlet may first be named
# ... as the one who tells the story: "，某某日报记者走进…", "某某日报记者近日在…采访" — not one
# someone speaks to ("接受某某日报记者采访", "告诉某某日报记者"), reports after ("据新华社记者"),
# or a photo's credit ("某某社记者 张某 摄").
NARRATING_REPORTER = re.compile(
    r"(?:^|(?<=[，,。\n]))(?:[\d月日]{2,6}[，,]?)?"
    r"(?P<outlet>[\u4e00-\u9fff]{2,8}?(?:日报|晚报|网|社|台))(?:全媒体?|融媒体?|特约|首席)?记者"
    r"(?:一行)?(?:近日|日前|先后|再次|专程)?(?:来到|走进|走访|深入|前往|赶到|跟随|随同|实地|探访|在)"
)


# A government or party body that holds the page's copyright owns the site that published it:
# "某某区人民政府版权所有", "版权所有：某某市扶贫开发办公室".
BODY_NAME = r"[\u4e00-\u9fff]{2,16}?(?:人民政府|政府|委员会|办公室|扶贫办|组织部|宣传部|党委|局)"
SITE_OWNER = re.compile(
    # the holder right before the words, or after the year of a "Copyright ©" line; not the
    # body a footer names before them under 主管 or 主办
    rf"(?:^|(?:19|20)\d{{2}}\s+)(?P<owner>{BODY_NAME})\s*版权所有"
    rf"|(?<![主承]管\s)(?<![主承]办\s)(?:^|(?<=\s))(?P<owner3>{BODY_NAME})版权所有"
    rf"|版权所有\s*[:：©]?\s*(?P<owner2>{BODY_NAME})(?![\u4e00-\u9fff])"
)


def site_owner(footer: list[str]) -> str:
    """The government or party body that holds the copyright of the page, '' if none does."""
    m = next(filter(None, map(SITE_OWNER.search, footer)), None)
    return (m["owner"] or m["owner2"] or m["owner3"]) if m else ""


def outlet_in_body(lines: list[str], footer: list[str] = ()) -> str:
    """The outlet the text names outside its bylines, when no byline did: a label whose name
    stands on the next line, the paper of the reporter who tells the story in the opening
    paragraphs ("某某日报记者来到…"), or the outlet that holds the page's copyright; ''."""
    for line, below in zip(lines, lines[1:]):
        m = LABEL_ALONE.match(line.strip()) and LABELLED_NAME.match(below.strip())
        if m:
            return m["name"].strip("《》")
    opening = "\n".join(lines)[:BODY_REPORTER_SEARCH]
    m = NARRATING_REPORTER.search(opening)
    if m and not m["outlet"].startswith("本"):
        return m["outlet"]
    m = next(filter(None, map(COPYRIGHT_HOLDER.search, [*lines, *footer])), None)
    holder = (m["outlet"] or m["paper"] or m["author_outlet"] or m["account"]) if m else ""
    return "" if NOT_AN_OUTLET.search(holder) else holder


# An 作者 label that names a body, longer than a person's name: "作者：某某县扶贫办".
AUTHOR_BODY = re.compile(
    r"作者\s*[:：]\s*(?P<body>[\u4e00-\u9fff]{3,20}?"
    r"(?:政府|委员会|办公室|局|部|办|委|中心|站|所|队"
    # or an outlet: "作者：某某网", "作者：某某日报"
    r"|网|日报|晚报|在线|电视台))(?![\u4e00-\u9fff])"
)


def author(meta_lines: list[str], lead: str, last_line: str) -> str:
    """The byline: an 作者 label, else names in the lead's dateline, else a closing (文 X)."""
    for line in meta_lines:
        if m := AUTHOR_BODY.search(line):
            return m["body"]
    for line in meta_lines:
        if line.startswith(("(", "（")):
            continue
        m = AUTHOR.search(line)
        if m:
            return _names(m["names"])
    m = DATELINE.match(lead)
    if m and m["names"]:
        names = _names(re.sub(r"(特约记者|记者|通讯员|实习生)", " ", m["names"]))
        if names:
            return names
    m = TRAILING_BYLINE.search(last_line)
    if m:
        return _names(m["names"])
    for line in meta_lines:
        m = AUTHOR.search(line)
        if m:
            return _names(m["names"])
    return ""


def _names(text: str) -> str:
    """'张三 李四' -> '张三 李四', '记者 王五' -> '王五'; '' unless every part is a name."""
    parts = [BYLINE_ROLES.sub("", p) for p in re.split(r"[\s、,，]+", text)]
    parts = [p for p in parts if p]
    if parts and all(NAME.match(p) for p in parts):
        return " ".join(parts)
    return ""


# A self-media platform's page (百家号, 头条号, 搜狐号, 网易号, 企鹅号…) prints the posting
# account where a newspaper prints its masthead: under the headline over the posting time
# ("标题" / "某某日报" / "2020-11-05 10:30"), after the time ("2020-08-14 18:02·某某融媒"), or as a
# card over the headline ("某某发布" / "文章 5230 总阅读 312万" / "+关注"). The account is the
# outlet when no line names one.
# A platform's own words: its name alone on a line, or its account furniture; not 头条 in a
# menu ("头条新闻") or a share bar ("今日头条").
PLATFORM_ALONE = re.compile(r"^(百家号|今日头条|头条|搜狐|网易|腾讯新闻|企鹅号|大鱼号|一点资讯)$")
SELF_MEDIA_PAGE = re.compile(
    rf"{PLATFORM_ALONE.pattern}"
    r"|百家号|头条号|搜狐号|网易号|企鹅号|大鱼号|一点资讯|创作者|下载头条|官方[帐账]号|^\+?关注$"
)
# A WeChat copy's own words: its prompt to follow, its account's ID, its counters. Its account
# prints its name by the time it posted; any short line under a headline is not taken for it
# (a headline's second line: "点击上方蓝字关注" / "党建引领聚合力" / "某村走出新路子" / date).
WECHAT_PAGE = re.compile(
    r"点击?上方.{0,4}(蓝字|蓝色字体?)|^微信号\s*[:：]?\s*[A-Za-z][\w-]{3,}$"
    r"|^阅读原文|^阅读\s*\d+\s*在看\s*\d+$"
)
# On other pages the line under the headline is an outlet only when its name says so
# ("某某客户端某某频道"); else it may be the headline's second line.
OUTLET_LIKE = re.compile(rf"{bp.MEDIUM_END}$")
# An account's name is longer than a person's ("张伟", "李明 张伟" are bylines).
MIN_ACCOUNT_CHARS = 4
POSTING_TIME = re.compile(
    # an app prints the month and day alone, with the time, by its follow card: "11-23 10:42
    # 某地优质创作者 +关注"
    rf"^(原创\s*)?((发布|发表)(时间|于)\s*[:：]?\s*)?({bp.YMD}|\d{{2}}-\d{{2}}-\d{{2}}"
    r"|\d{1,2}-\d{1,2}(?=\s+\d{1,2}:\d{2}.*(关注|创作者|官方[帐账]号)))"
    r"(\s*\d{1,2}:\d{2}(:\d{2})?)?"
)
# (not an app's label of its author: "优质三农领域创作者", "某某认证")
ACCOUNT_AFTER_TIME = re.compile(
    r"^\s*[·・]\s*(?P<name>(?![^\s·・]*(创作者|认证|作者))[^\s·・]{2,16})\s*$"
)
ACCOUNT_CARD_BELOW = re.compile(r"^\+?\s*关注$|^(文章|粉丝|总阅读|获赞|作品)\s*\d")
# the account's name, with its author's after a space ("某某客户端某某频道 张三")
ACCOUNT_NAME = re.compile(r"^(?P<name>[\u4e00-\u9fffA-Za-z0-9·]{2,12})(\s+[\u4e00-\u9fff·]{2,4})?$")
OFFICIAL_ACCOUNT_LINE = re.compile(r"^(?P<name>[\u4e00-\u9fff]{2,12})官方[帐账]号$")
OFFICIAL_ACCOUNT_TAIL = re.compile(r"(官方)?(头条号|帐号|账号|百家号|企鹅号|搜狐号|网易号)$")
ACCOUNT_SEARCH = 30  # lines of the page's top where the account and its posting time stand


def self_media_account(lines: list[str], headline_at: int) -> str:
    """The account that posted a self-media page's article, or "" on any other page.

    `headline_at` is the headline's line: the account stands just below it, or in a card just
    above it.
    """
    top = [line.strip() for line in lines[:ACCOUNT_SEARCH]]
    if headline_at < 0:
        return _card_without_headline(top)
    self_media = any(SELF_MEDIA_PAGE.search(line) for line in top)
    wechat = any(WECHAT_PAGE.search(line) for line in top)
    # a WeChat byline a word a line ("原创" / author / account / date) reaches further down
    below = 6 if "原创" in top[headline_at + 1 : headline_at + 3] else 3
    for i in range(headline_at + 1, min(headline_at + below, len(top))):
        official = OFFICIAL_ACCOUNT_LINE.match(top[i])
        if official:
            # "某某日报官方帐号" under the headline: 百家号's author card; under the account's own
            # name ("某某发布" / "某县委宣传部官方帐号") it names the body that holds the account
            above = ACCOUNT_NAME.match(top[i - 1]) if i - 1 > headline_at else None
            if above and _account_like(above["name"], self_media=False):
                return above["name"]
            return official["name"]
        aged = ACCOUNT_WITH_AGE.match(top[i])
        # the app's own name, printed over the page too, is the platform, not the account
        if aged and _account_like(aged["name"], self_media) and aged["name"] not in top[: i - 1]:
            return _without(OFFICIAL_ACCOUNT_TAIL, aged["name"])
        dated = NAME_THEN_TIME.match(top[i])
        if (
            dated
            and (self_media or wechat)
            and POSTING_TIME.fullmatch(dated["time"])
            and _an_account_by_its_name(dated["name"])
        ):
            return dated["name"]  # WeChat's byline under the headline: "某某好地方 2018-10-12"
        m = POSTING_TIME.match(top[i])
        if not m:
            continue
        after = ACCOUNT_AFTER_TIME.match(top[i][m.end() :])
        between = [ACCOUNT_NAME.match(line) for line in top[headline_at + 1 : i]]
        name = between[-1]["name"] if between and between[-1] else after["name"] if after else ""
        if _account_like(name, self_media):
            return _without(OFFICIAL_ACCOUNT_TAIL, name)
        break
    for i in range(max(0, headline_at - 4), headline_at):
        name = ACCOUNT_NAME.match(top[i])
        card = any(ACCOUNT_CARD_BELOW.match(line) for line in top[i + 1 : headline_at])
        platform = PLATFORM_ALONE.match(top[i])  # "今日头条" over "某某融媒" / time / 关注
        if name and card and not platform and _account_like(name["name"], self_media):
            return _without(OFFICIAL_ACCOUNT_TAIL, name["name"])
    # the account's card further down, under the app's menu: its name, its posting time, 关注
    return _card_without_headline(top[headline_at + 1 :], top[headline_at]) or _named_over_its_time(
        top[headline_at : headline_at + 2], self_media or wechat
    )


def _an_account_by_its_name(name: str) -> bool:
    """A name that can be an account's: longer than a person's, shorter than a headline's, not a
    byline's word (原创, 记者) nor a place alone (某县)."""
    from helpers.extract.places.locate import find_mentions  # the gazetteer loads only if asked

    if not ACCOUNT_NAME_SPAN[0] <= len(name) <= ACCOUNT_NAME_SPAN[1] or BYLINE_WORD.match(name):
        return False
    mentions = find_mentions(name)
    return not (len(mentions) == 1 and mentions[0].start == 0 and mentions[0].end == len(name))


ACCOUNT_NAME_SPAN = (4, 8)
BYLINE_WORD = re.compile(r"^(原创|记者|编辑|作者|通讯员|来源)")
NAME_THEN_TIME = re.compile(r"^(?P<name>[\u4e00-\u9fffA-Za-z0-9·]{2,12})\s+(?P<time>\d.*)$")


def _named_over_its_time(two_lines: list[str], self_media: bool) -> str:
    """A WeChat copy that lost its headline names its account over the time it posted
    ("点击上方蓝字关注" / "某某发布" / "2020-08-12 17:30"): the account, taken for a headline."""
    if len(two_lines) < 2 or not self_media:
        return ""
    name = ACCOUNT_NAME.fullmatch(two_lines[0])
    posted = POSTING_TIME.match(two_lines[1])
    if name and posted and posted.end() == len(two_lines[1]) and _account_like(name["name"], False):
        return _without(OFFICIAL_ACCOUNT_TAIL, name["name"])
    return ""


ACCOUNT_END = re.compile(rf"^{bp.ACCOUNT_NAME}$")  # a place's name, then its account's kind
CARD_LINES = 8  # an app page that lost its headline opens with the account's card
PLATFORM_FIRST = re.compile(r"^(百家号|头条号|企鹅号|搜狐号|网易号|澎湃号|大风号)\s*")


def _card_without_headline(top: list[str], above: str = "") -> str:
    """The account of an app page whose headline the copy lost: its name, its posting time
    (after the platform's name, if printed) and its follow button, one a line at the top."""
    for i in range(min(CARD_LINES, len(top) - 2)):
        name = ACCOUNT_NAME.match(top[i])
        posted = POSTING_TIME.match(PLATFORM_FIRST.sub("", top[i + 1]))
        if name and posted and ACCOUNT_CARD_BELOW.match(top[i + 2]):
            return _without(OFFICIAL_ACCOUNT_TAIL, name["name"])
        # another account's card, recommended under the article
        recommended = RECOMMENDED.match(top[i - 1] if i > 0 else above)
        if name and WECHAT_ID.match(top[i + 1]) and not WECHAT_ID.match(top[i]) and not recommended:
            return name["name"]  # a WeChat account's card: its name over its ID
        time = POSTING_TIME.match(top[i])
        after = ACCOUNT_AFTER_DOT.match(top[i][time.end() :]) if time else None
        if (
            after
            and ACCOUNT_CARD_BELOW.match(top[i + 1])
            and _an_account_by_its_name(after["name"])
        ):
            return after["name"]  # an app's card on one line: "2019-07-11 18:02·某某发布" / 关注
    return ""


ACCOUNT_AFTER_DOT = re.compile(r"^\s*[·・]\s*(?P<name>[\u4e00-\u9fffA-Za-z0-9]{2,12})$")


RECOMMENDED = re.compile(r"^(推荐|相关|更多)[\u4e00-\u9fff]{0,4}$")  # a heading: "推荐关注"
WECHAT_ID = re.compile(r"^微信号\s*[:：]?\s*[A-Za-z][\w-]{3,}$")


def account_like(name: str) -> bool:
    """Whether a name says it is an outlet's or an official account's ("某某发布", "某某日报")."""
    return _account_like(name, False)


def _account_like(name: str, self_media: bool) -> bool:
    """An outlet's or an official account's name anywhere ("某某网", "某某客户端某某频道",
    "某某发布"); on a self-media page any name longer than a person's."""
    return bool(OUTLET_LIKE.search(name) or ACCOUNT_END.search(name)) or (
        self_media and len(name) >= MIN_ACCOUNT_CHARS
    )


# An app's account with how long ago it posted, on one line: "某某发布 3天前"
ACCOUNT_WITH_AGE = re.compile(
    r"^(?P<name>[\u4e00-\u9fffA-Za-z0-9·]{2,12}?)\s*(\d{1,2}(天|小时|分钟)前|今天|昨天|前天)$"
)


def account_over_its_time(lines: list[str]) -> int:
    """On a self-media page, the line of the account's name printed over its posting time and
    above the headline ("某某州融媒" / "2019-09-09 15:12" / headline); -1 if there is none."""
    top = [line.strip() for line in lines[:ACCOUNT_SEARCH]]
    platform = any(SELF_MEDIA_PAGE.search(line) for line in top)
    if not platform and not any(WECHAT_PAGE.search(line) for line in top):
        return -1
    # a WeChat copy prints its account over its time at the very top ("某某发布" / "2019-09-03
    # 18:30" / headline); lower down, the account over the date is the headline's byline
    # (headline / "原创" / author / "某某发布" / date)
    reach = HEADLINE_TOP if platform else WECHAT_CARD_TOP
    for i, line in enumerate(top[:reach]):
        name = ACCOUNT_NAME.fullmatch(line)
        time = POSTING_TIME.match(top[i + 1]) if i + 1 < len(top) else None
        # the card's name says it is an outlet's or an official account's; a short headline
        # over its time does not, and prose, not a headline, follows it
        if not (name and time and _account_like(name["name"], False)):
            continue
        after = [x for x in top[i + 2 : i + 4] if x]
        if time.end() == len(top[i + 1]) and after and _headline_like(after[0], line):
            return i
    return -1


def _headline_like(line: str, account: str) -> bool:
    return len(account) < len(line) <= HEADLINE_CHARS and not bp.SENTENCE_END.search(line)


HEADLINE_CHARS = 40


HEADLINE_TOP = 6  # lines above which an account's card may stand over the headline
WECHAT_CARD_TOP = 2


# "声明：本文转自某某日报（2018年11月06日），版权归原作者所有": a repost's notice of its source, its
# date in brackets; or a line that is nothing but the notice: "本文来源于《某某日报》2015年7月8日
# 第2版" (not a sentence that tells where an idea was first printed, nor another article's link).
_CREDITED = (
    r"(本文|此文)?(转自|转载自|来源于|摘自)\s*"
    r"《?(?P<outlet>[\u4e00-\u9fff]{2,12}?(日报|晚报|时报|报|网|新闻|台))》?"
)
_CREDIT_DATE = r"(?P<y>(19|20)\d{2})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日"
REPOST_CREDIT = re.compile(rf"{_CREDITED}\s*[（(]\s*{_CREDIT_DATE}\s*[)）]")
REPOST_CREDIT_LINE = re.compile(
    rf"^[（(]?{_CREDITED}\s*{_CREDIT_DATE}\s*(第?\s*{PAGE_NUMBER})?\s*[)）]?[。.]?$"
)


def repost_credit(last_lines: list[str]) -> tuple[str, str] | None:
    """(outlet, YYYY-MM-DD) a repost's closing notice names, else None."""
    for line in last_lines:
        m = REPOST_CREDIT.search(line) or REPOST_CREDIT_LINE.match(line.strip())
        if m and 1 <= int(m["m"]) <= 12 and 1 <= int(m["d"]) <= 31:
            return m["outlet"], f"{m['y']}-{int(m['m']):02d}-{int(m['d']):02d}"
    return None
