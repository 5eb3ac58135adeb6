"""Line-level page chrome: navigation, counters, bylines, footers and SEO spam.

Each predicate takes one whitespace-normalised line. The rules are generic page
furniture of Chinese government and news sites, not phrases of particular pages.
"""

from __future__ import annotations

import bisect
import functools
import re

from helpers.extract.lexicon import load_words
from helpers.extract.text_units import (  # noqa: F401 -- a table's row is a line's class too
    COMMA_NOT_IN_A_NUMBER,
    EMPTY_CELL,
    PAGE_NUMBER,
    han_count,
    has_han,
    table_row,
)
from helpers.extract.text_units import SENTENCE_END as SENTENCE_END_MARKS

# An e-paper's page label: "第A05版:要闻", "00004版:专刊", "B10:乡村振兴特刊", "当前版:01版",
# "B05版 中国新闻".
EPAPER_PAGE_LABEL = (
    rf"第?\s*[A-Z]?\d{{1,5}}\s*版\s*[:：]|第\s*{PAGE_NUMBER}|[A-Z]\d{{1,3}}\s*[:：]|当前版"
    r"|[A-Z]\d{1,3}\s*版\s+[\u4e00-\u9fff]{2,8}$"
)
EPAPER_PAGE = re.compile(f"^({EPAPER_PAGE_LABEL})")

POSTER_COUNT = r"(主题|帖子|回帖|积分|精华|威望|金钱|贡献)\s*[:：]?\s*\d{1,7}"
# A forum poster's rank, on the line under his name.
# (its level may stand on a line of its own: "铁杆吧友" / "8")
POSTER_RANK = re.compile(
    r"^(贴吧)?(活跃|资深|初级|核心|铁杆|忠实)?(用户|吧友)\s*\d{1,2}$|^(活跃|资深|初级|核心|铁杆|忠实)(吧友|粉丝)$"
    r"|^(小|大)?吧主$"  # a board's moderator
    # a Discuz board's ranks, and the opening post's mark under its poster's name
    r"|^(新手上路|注册会员|中级会员|高级会员|金牌会员|论坛元老|(超级)?版主|管理员|楼主)$"
    # ... the poster's counts: "主题 46  帖子 312  积分 1088", "积分 1382"
    rf"|^{POSTER_COUNT}(\s+{POSTER_COUNT})*$"
    # ... or whether he is on line: "某某 当前离线"
    r"|^\S{1,16}\s*当前(离线|在线)$"
    # a Tieba poster's level, after the bar's name: "某某吧 知名人士 10"
    r"|^([\u4e00-\u9fff]{1,10}吧\s+)?(初级|中级|高级|资深)?(粉丝|吧友|会员)\s*\d{1,2}$"
    r"|^([\u4e00-\u9fff]{1,10}吧\s+)?(正式会员|常驻会员|铁杆会员|核心会员|知名人士|人气楷模|意见领袖"
    r"|活跃吧友|铁杆吧友|资深吧友)\s*\d{0,2}$"
)

# Lines that are page furniture wherever they stand.
# "今天是:2024年03月05日 星期二", "您是第 20345 位访问者", "设为主页 加入收藏",
# "首页 > 杂志阅读>>…", "上一篇:…下一篇:…", "责任编辑:张三", "关键词:党建,脱贫"
CHROME = re.compile(
    r"^(今天是|今日是|当前位置|您的位置|您现在的位置|所在位置|位置[:：]|首页\s*[>»/›]|站内搜索|"
    r"设为(首页|主页)|加入收藏|[<>«»‹›\s]*(上一篇|下一篇|上一条|下一条)|分享(到|至)?\s*[:：]?\s*$|打印本?页|关闭(本页|窗口)|"
    r"返回(顶部|首页)|【?字号|(文字|字体)大小\s*[:：]\s*\[|扫一扫|责任编辑|责编|编辑\s*[:：]|审核\s*[:：]|校对\s*[:：]|"
    r"(热门|热搜|本文|文号)?(关键词|主题词)\s*[:：]|热门搜索\s*[:：]|"
    r"关键字\s*[:：]|(热门)?标签\s*[:：]|网站地图|免责声明|本文(来自|来源于|转自)(互联网|网络)|"
    r"版权所有|版权声明|copyright|©|主办\s*[:：]|承办\s*[:：]|"
    r"协办\s*[:：]|技术支持|联系(方式|电话|我们)\s*[:：]?|地址\s*[:：]|电话\s*[:：]|邮编\s*[:：]|传真\s*[:：]|"
    r"网站标识码|点击(次数|数|量)?\s*[:：]|浏览(次数|量)?\s*[:：]|阅读(次数|量)\s*[:：]|"
    # a forum's switches and prompts: "切换到窄版", "请 登录 后使用快捷导航", "没有帐号？立即
    # 注册"; a study app's prompt: "学习强国 APP，查看更多精彩内容"
    r"切换到[窄宽]版|开启辅助访问|请\s*登录\s*后使用快捷导航|没有帐号\s*[?？]?\s*立即注册|"
    # ... a post's chance event and its vote buttons: "[发帖际遇] …", "收藏0 分享 支持0 反对0"
    r"\[发帖际遇\]|收藏\s*\d+\s+分享|"
    r"\S{0,8}\s*(APP|App|app|客户端)\s*[,，]?\s*查看更多(精彩)?内容|"
    # an advertisement's or a gallery's item: "[广告] 门票在线预订", "[图片] 某乡党员在村口值守"
    r"[\[【](广告|推广)[\]】]|\[(图片|组图)\]\s*\S|"
    # a site's name with its address: "某某网某某频道 www.example.com"
    r"[\u4e00-\u9fff·]{2,16}\s+(https?://)?(www\.)?[\w-]+(\.[\w-]+)*\.(com|cn|net|org)(\.cn)?/?$|"
    # a WeChat account's blurb under its name: "某县人民政府官方信息发布平台"
    r"[\u4e00-\u9fff]{2,24}官方(信息)?发布平台\s*$|"
    # a WeChat article's snapshot as a mirror saves it: "微信公众平台 | 文章快照"
    r"微信公众平台(\s*[|｜]\s*文章快照)?\s*$|"
    # a WeChat article's topics, a tag a line: "#脱贫攻坚" (over the count of its articles)
    r"#[^#\s]{2,16}#?$|"
    # a content farm's offer and an image's placeholder: "【点击领取】新人专享红包", "文章插图"
    r"[\[【]点击(领取|下载)[\]】]|(文章|正文)?(插图|配图)\s*$|"
    r"(免费|限时)领取.{0,30}点击进入|点击进入活动页面|"
    # a document library's notice of who shared the file: "当前文档由 某某 分享，仅供个人学习参考"
    r"当前文档由\s*\S+\s*(分享|上传)|"
    # a WeChat account's card: its id and its blurb ("功能介绍 某县委组织部官方微信公众号，…"; not
    # a line that only opens like one and reports numbers)
    r"微信号\s*[:：]?\s*[A-Za-z][\w\-]{3,30}$|功能介绍\s*[:：]?[^\d]*$|"
    # an e-paper's page furniture: "第A05版:要闻", "B10:乡村振兴特刊", "当前版:01版", "展开通版"
    rf"{EPAPER_PAGE_LABEL}|(展开|收起|收缩|折叠)(通版|版面)\s*$|通版阅读|版面导航|"
    r"前一天|后一天|数字版首页|往期(回顾|浏览|查阅|报纸)\s*$|往期(查询|检索)\s*[:：]|上一版|下一版|"
    # an audio player or an app's prompt: "收听本文 00:00/00:00", "立即打开"
    r"收听本文|\d{2}:\d{2}\s*/\s*\d{2}:\d{2}|立即打开|打开APP|下载APP|"
    # ... "打开某某新闻,阅读体验更佳", and the site's accounts elsewhere: "某某网抖音号"
    r".{0,12}阅读体验更佳|^\S{0,12}扫码(下载|阅读|关注)\S{0,10}$|"
    r"[\u4e00-\u9fff]{2,8}(网|新闻|日报|晚报|发布|融媒|电视台|客户端)(官方)?(抖音号|快手号|微博|微信)$|"
    # a WeChat article's prompt, a big5 gateway's link back to the simplified page
    r"点击上方蓝字|点击蓝字|^点击关注|^关注我们$|长按(识别)?二维码|返回简体版|返回简体|原创\s*$|"
    # a PDF viewer's page count, a document library's record, a forum's thread buttons and
    # counters: "第 2 页 / 共 6 页", "文档格式：.doc 文档页数：4页", "只看楼主", "贴子：98,417"
    r"^第\s*\d+\s*页\s*[/／]\s*共\s*\d+\s*页$|文档(格式|页数|大小|热度|分类|标签)\s*[:：]|"
    r"只看楼主|(进吧\s+)?(关注\s*[:：]\s*[\d,.]+万?\s+)?[贴帖]子\s*[:：]\s*[\d,.]+万?|"
    # a search engine's report button, a study platform's banner, a blog's day of posting
    r"举报/?反馈$|学习强国\s*[|｜]\s*\S{2,4}学习平台$|"
    r"(19|20)\d{2}\s*[一二三四五六七八九十]{1,2}月\s*\d{1,2}\s*(週|周|星期)[一二三四五六日天]|"
    # ... and its greeting over the article: "大家好，欢迎关注！"
    r"(大家好[,，!！\s]*)?欢迎(关注|阅读|收看)[!！。]?\s*$|"
    # an e-paper's page and its editors, a blog's or a document site's properties
    r"版次\s*[:：]|版名\s*[:：]|版面导航|本版责编|博客地址|文档页数|文件大小|下载积分|"
    # ... and a journal database's record: "文献类型：期刊论文 下载次数："
    r"文献类型\s*[:：]|下载次数\s*[:：]|"
    # a blog's or a forum's counters: "博客积分：1,536", "查看: 2351|回复: 12"; a government
    # page's catalogue and property fields
    r"博客(等级|积分|访问)\s*[:：]|查看\s*[:：]\s*\d|(信息)?公开目录|是否有效\s*[:：]|"
    # a forum's thread links, an aggregator's poster and counters ("发布者：admin 浏览：")
    r"上一主题|下一主题|发布者\s*[:：]|\[?复制链接\]?$|"
    # a forum poster's counters under his name: "主题 47 帖子 312 积分 896"
    r"((主题|帖子|积分|精华|威望|金钱|贡献|好友|回帖|发帖)\s*[:：]?\s*\d+\s*){2,}(注册时间.*)?$|"
    r"(\d+\s*(主题|帖子|积分|精华|威望|金钱|贡献|好友|回帖|发帖)\s*){2,}(注册时间.*)?$|"
    # a big5 gateway's credit over the page: "本页面由某某网BIG5繁体网关提供"
    r"本页面?由\S{2,12}(BIG5|big5|Big5)\S{0,6}提供|"
    # a row of bracketed buttons ("【打印】【关闭】 浏览次数：241"), a blog's or a site's counters
    r"(【[^】]{1,10}】\s*){2,}((浏览|点击|阅读)(次数|量)?\s*[:：]?[\d\s]*)?$|(关注)?人气\s*[:：]\s*\d|网站访问量|"
    # ... or one button and the counter: "【字体:大 中 小】 浏览次数:1368"
    r"(【[^】]{1,10}】\s*)+((浏览|点击|阅读|访问)(次数|量|数)?\s*[:：]?\s*\d*\s*次?"
    r"|\d+\s*次(浏览|阅读|点击))\s*$|"
    r"(\[[^\]]{1,6}\]\s*){2,}$|"  # "[上一篇] [下一篇] [返回目录]"
    # a forum engine's credit in the page's title: "某某论坛 - Powered by Discuz!"
    r".{0,20}Powered by\b|"
    # a WeChat article's topic: "收录于话题 #某某 58个", "收录于合集", the collection on its own
    # line: "#某某一线 45个"
    r"收录于\s*(话题|合集)|^#[^#\s]{2,20}\s*\d+\s*个$|"
    # a document library's rating and counters: "4.5分(26人评价)1.2万阅读 137下载"
    r"\d(\.\d)?分\s*[(（]\d+人评价[)）]|\d+(\.\d+)?万?阅读\s*\d+下载|"
    # a Tieba poster's rank under his name: "贴吧活跃用户 7"
    rf"{POSTER_RANK.pattern}|"
    # ... or its column's issue: "2020年先锋学习 第186期"
    r"^(19|20)\d{2}年[\u4e00-\u9fff]{2,8}\s+第\s*\d{1,4}\s*期$|"
    # a reposting site's disclaimer: "【声明】本站转载此文…", "声明：本站文章均来自…"
    r"【声明】|声明\s*[:：]\s*本(站|网|平台|号|文)|"
    # a document site's notice over the text: "本文由用户上传，仅供学习交流"
    r"^本文(档)?由(用户|网友)上传[^。]{0,20}$|"
    # a WeChat account's card: "微信号：某某", "功能介绍：传播某县声音…" (short, no sentence), or
    # the account's words on itself: "某县委组织部官方微信，发布全县组织工作动态。"
    r"^(微信号|功能介绍)\s*[:：][^。\d]{0,30}$|"
    r"^[^，。\d]{2,20}(官方微信|官方公众号|微信公众号|官方[账帐]号)[，,。][^。\d]{0,30}。?$|"
    # an e-paper's note that the article runs on from or to another page: "（上接第一版）"
    r"[（(](上接|下转|接|转)第?\s*[\dA-Z一二三四五六七八九十]{1,3}\s*版[）)]$|"
    # a counter under a headline: "阅读 4206 点赞 58", "阅读 1527", "阅读:1482  评论:0",
    # "阅读(236)  评论(0)  2天前"
    r"(阅读|浏览)\s*[:：(（]?\s*\d+(\.\d+)?万?[)）]?"
    r"(\s*(点赞|在看|赞|评论|转发)\s*[:：(（]?\s*\d+[)）]?)*(\s*\d{1,2}(天|小时|分钟)前)?\s*$)",
    re.I,
)
# A site's address alone, with or without its scheme: "big5.example.gov.cn/gate/big5/…"
BARE_ADDRESS = re.compile(
    r"^(https?://)?([A-Za-z0-9-]+\.)+[A-Za-z]{2,6}(:\d+)?(/\S*)?"
    r"(\s*\[[^\]]{1,6}\])*$"  # a blog's address with its buttons: "… [订阅][手机订阅]"
)
# A share bar ("分享到：QQ空间 新浪微博 微信"); a search engine's mirror of a WeChat article
# ("微信公众号文章 - 搜狗微信搜索 镜像"); an app's breadcrumb set with middots
# ("某某头条 · 地方 · 某市")
SHARE_BAR = re.compile(r"^分享到\s*[:：]")
WECHAT_MIRROR = re.compile(r"搜狗微信|微信公众号文章\s*[-–_|]")
MIDDOT_CRUMBS = re.compile(r"^[\u4e00-\u9fff]{2,6}(\s*[·•]\s*[\u4e00-\u9fff]{2,4}){2,}$")
# A site's registration numbers, anywhere in the line: "京ICP备12345号", "某公网安备 3301…".
RECORD_NUMBER = re.compile(r"ICP备|公网安备", re.I)
VISITOR_COUNTER = re.compile(
    r"(您是第|访问量|访问人次|访客数?)\s*[:：]?\s*\d+|第\s*\d+\s*位\s*访(问者|客)"
)
TODAY_LINE = re.compile(r"^(今天是|今日是|今天|现在是)\s*[:：]?\s*\d{4}\s*[年\-/.]")
# "文字大小: 大 中 小", "字体: 大 中 小": the font-size widget.
FONT_SIZE = re.compile(r"(文字|字体|字号)(大小)?\s*[:：]|^【?[大中小]】?\s*【?[中小]】?")
SHARE_WIDGETS = re.compile(r"(微信公众号|官方微博|微信扫一扫|手机版|客户端|公众号|分享到|订阅)")
# A short header line naming the site or a sub-site: "某某日报网", "市县频道:", "某某传媒集团 主办"
SITE_NAME = re.compile(
    r"(网|网站|频道|分站|客户端|新闻中心|报社|集团\s*主办|主办|人民政府|政府门户|门户网站|政务网|日报|晚报|"
    r"融媒体中心|电视台|广播电视台|在线|数字报纸?|数字报刊(平台)?|电子报|电子版|网\S{0,4}站|的博客|"
    r"官方微信|官方微博|官方[账帐]号|公众号)"
    r"\s*[:：]?$"
)
BREADCRUMB = re.compile(r"(>>|»|[>›]\s*\S+\s*[>›]|\S\s*[>›]\s*\S)")
# The "you are here" trail run onto the menu or the site's name before it, as a scrape that
# lost the line break prints it: "首页 要闻 投资某市您现在的位置:首页 >> 扶贫工作",
# "县区分站:当前位置: 要闻".
POSITION_TRAIL = re.compile(r"(当前位置|您的位置|您现在的位置|所在位置)\s*[:：]")
POSITION_LINE_CHARS = 160
ONLY_SYMBOLS = re.compile(r"^[\d\s\W_]*$")
# Bylines and datelines of the page header: "发布时间:2021-03-09 | 来源:某某日报",
# "来源: 长城网 作者:霍文龙", "2020-07-02 16:22:00"
META_LABEL = re.compile(
    r"(来源于?|作者|发布时间|发布日期|发表时间|更新时间|时间|日期|记者|通讯员|文/|图/|供稿|出处|发布机构|"
    # a repost's or a journal's: "转自：某某日报", "稿源：某某融媒体中心", "【刊名】 某某研究"
    r"转自|转载自|稿源|刊名|(?:本文|文章)来自|来自(?:微信)?公众号|"
    # a government page's table of properties, a document site's uploader
    r"索\s*引\s*号|信息索引|公开目录|主题分类|公开方式|生成日期|发文日期|成文日期|责任部门|名\s*称|上传者)"
    r"\s*[:：/|｜丨]"  # "发布日期 | 2022-10-26": a government page's table of properties
    # ... or in brackets: "[ 索引号 ] 1150…/2020-00315 [ 发文机关 ] 某县扶贫办"
    r"|^[\[【]\s*(索\s*引\s*号|发文机关|发布机构|发布日期|成文日期|主题分类|来源)\s*[\]】]"
    r"|^以下文章来源于\S"  # a WeChat reprint's notice: "以下文章来源于某某日报，作者张三"
    # a reposting site's notice, with or without its colon: "文章转载自微信公众号：某某发布",
    # "转自 某某发布"
    r"|^(文章)?(转载自|转自|转贴自|转帖自)(微信公众号)?\s*[:：]?\s*([\u4e00-\u9fff]{2,12}|《[^《》]{2,20}》)$"
    # ... a mirror's label of the account, and its notice with the account in quotes: "公众号：某某
    # 党建", "本文转载自微信公众号“某某党建”，如有侵权请联系删除"
    r"|^(微信)?公众号\s*[:：]\s*\S{2,16}$|^本文(转载自|转自|来自|来源于)(微信)?公众号[“\"：:]?[^”\"，,]{2,16}[”\"]?"
    # more fields of a portal's table, with their colon: "信息分类：…", "文 号：", "有 效 性：有效"
    r"|(信息分类|分\s*类|文\s*号|主\s*题\s*词|有\s*效\s*性)\s*[:：]"
    # a journal article's record: "【刊名】 某某研究 2019年第8期"
    r"|^【(?:刊名|作者|作者单位|来源)】"
)
# A date with a clock time, day first or year first, anywhere in a short line: page bylines
# ("2019-03-08 09:12张三", "某某日报 2020-04-25 01:33 大字", "28.06.2016  23:44").
DATE_TIME = re.compile(
    r"(?<!\d)((19|20)\d{2}(\s*[-/.年]\s*|\s+(?=\d{2}/))\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?"
    r"|\d{1,2}\.\d{1,2}\.(19|20)\d{2})\s*\d{1,2}:\d{2}(:\d{2})?(?!\d)"
)
# A submission byline: unit, postcode in brackets, names ("某某县农业局(410000)张三 李四").
POSTCODE_BYLINE = re.compile(
    r"^[\u4e00-\u9fff]{2,20}[(（]\d{6}[)）]\s*[\u4e00-\u9fff·\s、,，]{2,20}$"
)
# A list of other articles: "- · 某某征稿启事[06/30]", "· 某某县召开会议 2019-06-30".
LINK_LIST = re.compile(r"^[-·•]\s*[·•]?\s*.{2,40}(\[\d{2}[-/]\d{2}\]|\d{4}-\d{2}-\d{2})$")
# What an outlet's name ends in: a byline's, not another article's headline.
OUTLET_TAIL = re.compile(r"(报|网|社|台|发布|新闻|中心|在线|频道|客户端|融媒)$")
# Another article in a list, with its date, after a bullet: "· 某地出台新规：… 2021-05-11"
# (not □■◆●: a paper prints those before its own byline, "■ 本报记者 张某 2021-05-11").
BULLET_DATED = re.compile(
    r"^[·•▪]\s*\S.{4,60}\s[\[【(（]?(19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}[\]】)）]?$"
)
# An outlet's name: one ending in a medium's word, alone or paired with its app or site by a
# middot or a dash ("某某晚报·某某壹点", "人民网-人民日报", "某某新闻客户端"); or a body that
# publishes on its own portal ("某某县委组织部", "某某县融媒体中心").
MEDIUM_END = r"(?:报|网|台|社|刊|杂志|在线|频道|新闻|客户端|融媒|融媒体中心)"
PUBLISHER_END = (
    rf"(?:{MEDIUM_END}|组织部|宣传部|人民政府|政府办公室|政府办|扶贫办|扶贫开发办公室"
    r"|领导小组办公室)"
)


def _outlet_name(end: str) -> str:
    """A name ending in `end`, alone or paired with a medium by a middot or a dash."""
    return (
        rf"[\u4e00-\u9fff]{{2,10}}{end}(?:[·\-—][\u4e00-\u9fff]{{2,8}})?"
        rf"|[\u4e00-\u9fff]{{2,8}}[·\-—][\u4e00-\u9fff]{{2,10}}{MEDIUM_END}"
    )


OUTLET_NAME = _outlet_name(PUBLISHER_END)
WHOLE_OUTLET_NAME = re.compile(f"(?:{OUTLET_NAME})")
# a medium's name only: "某县扶贫办" ends a headline as often as it names a publisher
WHOLE_MEDIA_NAME = re.compile(f"(?:{_outlet_name(MEDIUM_END)})")
# Where a repost says an article was first printed: "原文刊发于《某某日报》", "刊载于：《某某》"
PRINTED_IN = r"(?:原文)?(?:刊发|刊载|发表|原载)于?\s*[:：]?\s*(?=《)"
# An aggregator's credit: "2018-12-05 由 某某网 发表"
# ... with the category it was filed in: "由 某某日报 发表于 三农"
AGGREGATOR_CREDIT = re.compile(
    r"(?:^|\s)由\s+(?P<name>\S{2,16})\s+(?:发表|发布)(?:于\s*[\u4e00-\u9fff]{1,6})?\s*$"
)
# Another article's headline with its date, in a list of related ones: "某县召开推进会 2021/03/26",
# "某市新增两个森林乡村 19-12-27"; a byline names an outlet there ("某某日报 2021/03/26").
RELATED_ITEM = re.compile(
    r"^[·•]?\s*(?P<headline>[^\s:：|｜]{9,40})\s+((19|20)?\d{2}[-/.]\d{1,2}[-/.]\d{1,2})$"
)
# Flip-book page furniture: "Page 583 - 某某年鉴2016", "P. 583"
FLIPBOOK = re.compile(
    r"^(Page\s+\d+\s*[-–—]\s*\S|P\.\s*\d+$"
    r"|\S.{1,40}?(年鉴|志|纪要|汇编|文集|选编|年报|大事记)\s*[(（]?\d{0,4}[)）]?\s*[-–—_]\s*第\s*\d{1,4}\s*页$)",
    re.I,
)
# A breadcrumb's last step on news sites: "某某网 正文", "首页 正文", "某某网 某某频道 正文"; a
# page's label over the article: "新闻详情", "文章详情".
ARTICLE_LABEL = re.compile(
    r"^(\S{2,12}\s+)?\S{0,12}\s*[>»]?\s*正文$|^(新闻|文章|信息|内容)?详情(页)?$"
)
WEEKDAY = r"(\s*(星期|周)[一二三四五六日天])?"  # "2020年09月03日 星期四"
DATE_ONLY = re.compile(
    rf"^(\d{{4}}\s*[-/.年]\s*\d{{1,2}}\s*[-/.月]\s*\d{{1,2}}\s*日?{WEEKDAY}"
    rf"(\s+\d{{1,2}}:\d{{2}}(:\d{{2}})?)?{WEEKDAY}"
    r"|[〇零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日)$"
)
# A date with a two-digit year, then its time, opening a byline: "19-06-14 08:31", "发布时间：
# 19-06-14 08:31 来源：…" (the time says it is a date, not a range of numbers).
SHORT_YEAR_TIME = re.compile(
    r"^(?:(?:发布|发表)?(?:时间|日期)\s*[:：]\s*)?\d{2}-[01]\d-[0-3]\d\s+[0-2]?\d:[0-5]\d(:[0-5]\d)?(\s|$)"
)
# A byline in brackets on a line of its own: "（某某日报记者 张某 通讯员 李某）".
BRACKETED_BYLINE = re.compile(
    r"^[（(][\u4e00-\u9fff]{0,12}?(?:特约|首席|全媒体?|融媒体?)?(?:记者|通讯员)\s*"
    r"[\u4e00-\u9fff·]{2,4}(?:[\s、,，]+(?:(?:记者|通讯员|实习生)\s*)?[\u4e00-\u9fff·]{2,4})*[）)]$"
)
# The body that supplied the text, on a line of its own: "某某县委组织部供稿" (in brackets at the
# article's end it closes the article, see meta.SUPPLIED_BY).
SUPPLIED_LINE = re.compile(
    # a body's name, not a person's nor a photo's credit ("张某、李某供稿", "图片由某某供稿")
    r"^(?!图|照片|图片|文|通讯员)(?P<outlet>[\u4e00-\u9fff]{2,24}?"
    r"(?:部|委|办|局|政府|中心|镇|乡|街道|村|社|站|所|队|院|校|台|报|网|室|联|会|科|处|组|司|行|团|厅))"
    r"\s*供稿$"
)
# Footer text of a site's copyright notice, often a numbered list: "2、凡本网注明…版权均属…"
FOOTER = re.compile(
    r"(版权|转载|授权|本网|本站|免责|侵权|不代表本|联系我们|主办|承办|ICP|copyright|©|稿件"
    # a self-media platform's notice: "该文观点仅代表作者本人，某某号系信息发布平台…"
    r"|仅代表作者|信息发布平台|信息存储空间)",
    re.I,
)
SENTENCE_PUNCT = re.compile(rf"[。，；;！？!?]|{COMMA_NOT_IN_A_NUMBER}")
SENTENCE_END = re.compile(f"[{SENTENCE_END_MARKS}]")
PLACE_SUFFIX = re.compile(r"(省|市|县|区|旗|州|盟|镇|乡)$")
# What an SEO tail searches a place for: "某县新闻", "某地天气", "某县地图".
SEARCHED_ABOUT_A_PLACE = re.compile(
    r"^[\u4e00-\u9fff]{2,9}(新闻|地图|天气|旅游|美食|房价|招聘|酒店|景点|特产|资讯|百科|攻略|邮编|区号)$"
)
SPAM_SPLIT = re.compile(r"[|｜,，、/\s]+")
NAV_SPLIT = re.compile(r"[|｜·•/\s]+")


MENU_BARS, MENU_CHARS = 4, 200  # a row of links: four bars or more, up to 200 characters
SITE_NAME_TOKEN = re.compile(r"^[\u4e00-\u9fff]{2,14}(网|网站|在线|门户)$")
# A line of outlets' names alone: the site and its paper, "某某新闻网 - 某某日报"
# a paper, a station or a channel by its full kind; a site's short name ("天山网")
NAMED_OUTLET = (
    r"(?:[\u4e00-\u9fff]{2,10}?(?:新闻网|日报|晚报|时报|电视台|广播电视台|频道|客户端)"
    r"|[\u4e00-\u9fff]{2,4}网)"
)
OUTLETS_ALONE = re.compile(rf"^{NAMED_OUTLET}(?:\s*[-–—_|｜]\s*{NAMED_OUTLET})+$")
# An app's or a platform's name alone over a shared article: "学习强国", "今日头条"
PLATFORM_ALONE = re.compile(
    r"^(学习强国|今日头条|百家号|腾讯新闻|网易新闻|搜狐新闻|新浪新闻|凤凰新闻|一点资讯|企鹅号|大鱼号)$"
)
# A bulletin's or a magazine's label over its list of contents: "【本期导读】", "目录"
CONTENTS_LABEL = re.compile(r"^[【\[]?(本期导读|本期要目|本期目录|目\s*录|导\s*读)[】\]]?$")
# A menu in English: "Home | News | Regions"
ENGLISH_MENU = re.compile(r"^[A-Za-z][A-Za-z ]{1,20}(\s*[|｜]\s*[A-Za-z][A-Za-z ]{1,20}){2,}$")


# A table's header: a column's name with its unit in brackets, "脱贫户数（户）", "资金(万元)".
# A column's name may hold a criterion's amount: "集体收入超5万元的村（个）"
TABLE_COLUMN = re.compile(
    r"^(?P<head>[\u4e00-\u9fff](?:[\u4e00-\u9fff]|\d+(?:\.\d+)?(?=[万亿]?元)){0,12}[\u4e00-\u9fff])"
    r"[（(](?P<unit>[^（）()\s]{1,4})[）)]$"
)
MIN_TABLE_COLUMNS = 2


# A column whose noun names its unit: "脱贫人口", "贫困户数" count persons and households
UNIT_OF_NOUN = {"户数": "户", "人数": "人", "人口": "人", "村数": "个", "个数": "个"}


HAN_WORD = re.compile(r"^[\u4e00-\u9fff]{2,12}$")


def table_column(token: str) -> tuple[str, str] | None:
    """A header's column that names its unit, and that unit: "资金（万元）", "脱贫人数"."""
    if m := TABLE_COLUMN.match(token):
        return None if m["unit"][0].isdigit() else (m["head"], m["unit"])  # "新闻(12)": a count
    unit = UNIT_OF_NOUN.get(token[-2:]) if HAN_WORD.match(token) else None
    return (token, unit) if unit else None


def table_header(line: str) -> bool:
    tokens = line.split()
    return sum(1 for t in tokens if table_column(t)) >= MIN_TABLE_COLUMNS


BYLINE_ROLE_TOKENS = frozenset({"记者", "通讯员", "实习生", "特约记者", "本报记者"})


def is_navigation(line: str) -> bool:
    """A menu bar: "网站首页 | 新闻中心 | 政务公开", "首页 要闻 政务 民生 专题"."""
    if table_row(line) or table_header(line):
        return False
    bars = sum(line.count(bar) for bar in "|｜丨")
    if bars >= 2 and table_row(" ".join(t for t in NAV_SPLIT.split(line) if t)):
        return False  # a table's row with its cells' bars: "某某镇 | 6 | 4213 | 2106 |"
    if len(GLUED_MENU.findall(line)) >= GLUED_MENU_LINKS and not SENTENCE_PUNCT.search(line):
        return True  # a portal's menus with their spaces lost: "…首页政务公开新闻中心政务服务…"
    # a long row of links is a menu only when bars divide it: spaces also divide prose
    if len(line) > (MENU_CHARS if bars >= MENU_BARS else 60) or SENTENCE_PUNCT.search(line):
        return False
    tokens = [t for t in NAV_SPLIT.split(line) if t]
    labelled = (
        MENU_LABEL.match(tokens[0]) if tokens and line.count(":") + line.count("：") == 1 else None
    )
    if labelled and len(tokens) >= 3:
        # "新闻中心:某县要闻 部门动态 乡镇动态": the menu's name, then links to its pages (a
        # column's label before a headline, "扶贫动态：抓党建 促脱贫 保小康", links to none)
        links = [tokens[0][labelled.end() :], *tokens[1:]]
        return portal_links(links) or (
            bool(MAIN_MENU.match(tokens[0][: labelled.end() - 1]))
            and all(len(t) <= MENU_LINK_CHARS for t in links)
        )
    if BYLINE_ROLE_TOKENS.intersection(tokens):
        return False  # "某某晚报·某某壹点 记者 张某 通讯员 李某": a byline, not a menu
    if (
        len(tokens) >= AD_LINKS
        and sum(bool(AD_WORD.search(t)) for t in tokens) >= AD_LINKS - 1
        and all(len(t) <= AD_LINK_CHARS for t in tokens)
    ):
        return True  # a content farm's row of ads: "最新网游排行榜 手游礼包免费领 单机游戏下载"
    if len(tokens) >= 4 and (
        SITE_NAME_TOKEN.match(tokens[0])
        # a menu's items hold no digits: "贫困户人均纯收入 | 3500元 | 5200元" is a table's row
        or (bars >= 2 and len(tokens[0]) <= SITE_NAME_CHARS and not re.search(r"\d", line))
    ):
        tokens = tokens[1:]  # the site's name before its menu: "某某大学新闻网 首页 | 综合新闻 | …"
    longest = 8 if bars >= MENU_BARS else 6
    return (
        len(tokens) >= 3
        # an English menu's words are longer: "Home | Government | Tourism | 中文版"
        and all(len(t) <= (LATIN_MENU_WORD if t.isascii() else longest) for t in tokens)
        # a short row is a menu when its bars say so, when it opens with the home link, or
        # when every link is a portal's page: "统计数据 统计公报 数据目录"
        and (bars > 0 or len(tokens) >= 4 or tokens[0] in HOME_LINKS or portal_links(tokens))
    )


AD_WORD = re.compile(r"网游|手游|游戏|小说|彩票|棋牌|礼包|排行榜|免费(领|下载|看)|在线(阅读|观看)")
AD_LINKS = 3
AD_LINK_CHARS = 8  # a link's words; a headline's phrase runs longer


HOME_LINKS = frozenset({"首页", "网站首页", "返回首页", "主页"})
# A menu's own name before its links: "新闻中心:某县要闻 部门动态 乡镇动态"
# A portal's main menu by its usual links, found with the spaces between them lost.
GLUED_MENU = re.compile(
    r"首页|政务公开|新闻中心|政务服务|互动交流|专题专栏|信息公开|办事服务|政民互动|网上办事|机构概况"
)
GLUED_MENU_LINKS = 4
# A portal's main menus by their names: whatever their links, rows under these are menus.
MAIN_MENU = re.compile(
    r"^(走进[\u4e00-\u9fff]{1,4}(?<!村)|互动交流|政务服务|政务公开|专题专栏|数据开放|新闻中心|政民互动"
    r"|办事服务|信息公开|网上办事|公众参与|政府信息公开)$"
)
MENU_LINK_CHARS = 6
PORTAL_LINKS_SHARE = 2 / 3  # a menu may hold a link or two of other names ("视频某县")


def portal_links(tokens: list[str]) -> bool:
    """Whether a row of short words is mostly links to a portal's pages."""
    return bool(tokens) and (
        sum(1 for t in tokens if PORTAL_PAGE.search(t)) >= PORTAL_LINKS_SHARE * len(tokens)
    )


MENU_LABEL = re.compile(
    r"^[\u4e00-\u9fff]{0,4}(中心|公开|栏目|导航|动态|新闻|专栏|服务|互动)[:：](?=[\u4e00-\u9fff])"
)
# The pages a government portal's menus link to, by their last word.
PORTAL_PAGE = re.compile(
    r"(首页|概况|沿革|动态|公开|指南|制度|年报|解读|查询|信箱|服务|专栏|专题|数据|公报|目录|要闻"
    r"|公告|访谈|征集|投诉|办理|清单|交流|互动|之窗|办事|大厅|简介|职能|文件|资讯|设置|信息|计划"
    r"|新闻|视频|图片)$"
)


LATIN_MENU_WORD = 14


def is_chrome(line: str) -> bool:
    """Navigation, counters, share widgets, editor lines, copyright: never article text."""
    if ONLY_SYMBOLS.match(line) and table_row(line):
        return False  # a table's row of a year: "2016 11245 33418 65"
    if ONLY_SYMBOLS.match(line) or is_navigation(line) or OUTLETS_ALONE.match(line):
        return True
    if PLATFORM_ALONE.match(line) or ENGLISH_MENU.match(line) or CONTENTS_LABEL.match(line):
        return True
    if BARE_ADDRESS.match(line):
        return True
    # each of VISITOR_COUNTER's forms has 访 or 您是第: a search in C spares most prose lines
    # the pattern's scan
    if TODAY_LINE.match(line) or (
        ("访" in line or "您是第" in line) and VISITOR_COUNTER.search(line)
    ):
        return True
    if CHROME.match(line) or ("备" in line and RECORD_NUMBER.search(line)):
        return len(line) < 120 or bool(TODAY_LINE.match(line))
    if "位置" in line and POSITION_TRAIL.search(line):
        return len(line) < POSITION_LINE_CHARS and not SENTENCE_PUNCT.search(line)
    if len(line) <= 16 and (SHARE_WIDGETS.search(line) or FONT_SIZE.search(line)):
        return True
    if len(line) <= APP_PROMPT_CHARS and (APP_PROMPT.match(line) or VIDEO_PLAYER.match(line)):
        return True
    if len(line) <= APP_BANNER_CHARS and APP_BANNER.search(line):
        return True
    if LINK_LIST.match(line) or FLIPBOOK.match(line):
        return True
    if line.endswith(("正文", "详情", "详情页")) and ARTICLE_LABEL.match(line):
        return True
    return len(line) <= 60 and bool(BREADCRUMB.search(line)) and not SENTENCE_PUNCT.search(line)


# An app's prompt over or under the article: "打开“某某”APP 阅读原文", "打开某某新闻，查看更多
# 高清图片"; short, unlike a sentence that tells readers to open an app.
APP_PROMPT = re.compile(
    r"打开[^，,。\s]{1,12}?(APP|App|app|客户端)\s*(阅读|查看)?|打开[^，,。\s]{2,8}[，,\s]*(查看|阅读)(更多|全文|原文)"
)
APP_PROMPT_CHARS = 24
# An app's download banner: "下载某某客户端 随时随地看某某 打开",
# "下载“某某融媒”APP 看身边事 立即下载"
APP_BANNER = re.compile(r"^下载[“\"]?[^，。\s]{1,10}[”\"]?\s*(APP|App|app|客户端)|(立即|马上)下载$")
APP_BANNER_CHARS = 40
# A video player's text in a page's scrape: "视频加载中...", its clock "00:00 / 02:45", its
# credit "视频：某某融媒体中心 出品".
VIDEO_PLAYER = re.compile(
    r"^(视频|播放器)?(加载中|正在加载)[.。…]*$|^\d{1,2}:\d{2}\s*/\s*\d{1,2}:\d{2}$"
    r"|^视频\s*[:：]\s*\S.{1,20}(出品|制作|摄制)$"
)
# A line of page widgets after the site's name: "某某网 打印 纠错", "收藏 关闭".
WIDGET_TAIL = re.compile(
    r"(打印本?页?|纠错|收藏|关闭(窗口|本页)?|评论|分享|手机查看|手机阅读|订阅)\]?】?$"
)


# A bulletin's issue under its name: "第12期", "2019年第3期（总第45期）".
ISSUE_NUMBER = re.compile(
    r"^((19|20)\d{2}\s*年\s*)?第\s*[\d一二三四五六七八九十]+\s*期\s*([(（]总第\s*\d+\s*期[)）])?$"
)


# A county media centre's app, its name alone over the article: "智慧某某", "掌上某某APP", where
# 某某 is a county's or a city's name; "智慧农业", "云上牧场" are headlines.
COUNTY_APP = re.compile(
    r"^(智慧|掌上|云上)(?P<place>[\u4e00-\u9fff]{2,4})\s*(APP|App|app|客户端)?$"
)


# 学习强国's banner and its platforms: "学习强国" / "学习平台" / "甘肃学习平台"
STUDY_PLATFORM = re.compile(r"^(学习强国|学习平台|(?P<province>[\u4e00-\u9fff]{2,3})学习平台)$")


def _study_app_banner(line: str) -> bool:
    """A line of 学习强国's banner: the app, its platform, a province's platform."""
    from helpers.extract.places.gazetteer import all_names  # the gazetteer is loaded once

    tokens = line.split()
    matches = [STUDY_PLATFORM.match(token) for token in tokens]
    return bool(tokens) and all(
        m
        and (not m["province"] or any(m["province"] + end in all_names() for end in PROVINCE_ENDS))
        for m in matches
    )


PROVINCE_ENDS = ("省", "市", "自治区", "壮族自治区", "回族自治区", "维吾尔自治区")


def _county_app(line: str) -> bool:
    from helpers.extract.places.gazetteer import all_names  # the gazetteer is loaded once

    m = COUNTY_APP.match(line)
    return bool(m) and any(m["place"] + suffix in all_names() for suffix in "县市区旗")


# A site's topic page names itself over every article it holds: "某某“某某使命”科考报道专题".
# The banner names the topic page: "…报道专题", "…系列专栏", or a quoted campaign's "“某某”…专题".
TOPIC_BANNER = re.compile(
    r"(报道|系列|新闻|网)(专题|专栏)$|[”\"][^“”\"]{0,12}(专题|专栏)$"
    # a section's short name alone: "脱贫攻坚专栏", "党建专题"
    r"|^[\u4e00-\u9fff]{2,8}(专题|专栏)$"
)
TOPIC_BANNER_CHARS = 30


# What a page's header prints around the article and nothing else: a list of the other
# articles on an e-paper's page ("·某县召开推进会", "●本版新闻"), a row of widgets and account
# buttons ("百度首页 登录", "阅读原文", "返回列表 发新帖", "举报 收藏 分享"), a yearbook's running
# head ("212 某某年鉴·2018").
BULLET_ITEM = re.compile(r"^[·•●◆■▪]\s*\S")
AT_NAME = re.compile(r"^@[\u4e00-\u9fffA-Za-z0-9_]{2,20}\s*[:：]$")
TODAY_GLUED = re.compile(r"\S\s*(今天是|今日是)\s*[:：]")
# "某某论坛 - 网上家园", "某某吧 - 百度贴吧" (not a thread's tab title, "标题_某某吧_百度贴吧");
# a study app's province platform: "学习强国" / "学习平台" / "某省学习平台"
SITE_BANNER = re.compile(
    r"^\S{2,10}(论坛|贴吧|BBS)\s+[-–]\s+\S{2,20}$"
    # (a thread's title too short to stand alone stays with it: "扶贫_某某吧_百度贴吧")
    r"|^([^\s_]{1,5}_)?[^\s_]{1,12}吧\s*[-–_]\s*百度贴吧(\s*[-–_]{1,2}\s*\S{2,16})?$"
)
# A blog platform's or a blog's name over its post: "某某博客", "某某山里人的博客".
BLOG_NAME = re.compile(
    r"^([\u4e00-\u9fffA-Za-z]{1,10}的博客|(新浪|网易|搜狐|腾讯|和讯|凤凰|天涯|中华|博客中国)博客)$"
    # its tab title, a name and no post's title: "某某驻村日记_新浪博客" (not "驻村日记：某镇的…
    # _新浪博客")
    r"|^[^_|｜\s：:“”，,]{2,8}_(新浪|网易|搜狐|和讯|天涯)?博客$"
)
# A widget word alone ("阅读原文", "楼主") or two of them with at most a brand left ("百度首页
# 登录"); one beside other words is a headline's word ("关注留守儿童", "点赞脱贫户").
WIDGET_WORDS = re.compile(
    # (a share card's prompts first: "分享至好友和朋友圈" is one button, not 分享 and some words)
    r"分享至好友和朋友圈|用微信扫码二维码|^申请入驻$|搜索文档|下载此文档|"
    r"首页|登录|注册|搜索|检索|返回|列表|发新帖|阅读原文|写留言|留言|举报|收藏|分享|已?关注|粉丝|"
    r"相关推荐|楼主|回复|沙发|打印|关闭|收起|展开|评论|点赞|在看|二维码|长按识别|扫码|上一主题|下一主题|"
    r"上一版|下一版|上一期|下一期|返回目录|目录|(下载)?PDF\s*(版|下载|阅读|浏览){0,2}|版面导航|(繁體|簡體|繁体|简体)版?|"
    # an accessibility bar, a search box's prompt, a font zoom, a forum's thread buttons, an
    # e-paper's list of headlines, a government portal's catalogue
    r"下载文档|上传文档|侵权举报|会员中心|文档分享|稿件搜索|稿件检索|"
    r"网站无障碍|无障碍(浏览)?|关怀版|长辈版|长者模式|手机版|网站支持IPv6|设为首页|加入收藏|本站|请输入(搜索)?关键[字词]|请输入搜索内容|"
    r"放大\s*[+＋]?\s*缩小\s*[-－]?(\s*(默认|全屏))?|电梯直达|只看该作者|倒序浏览|阅读模式|本版标题导航|标题导航|信息公开目录|"
    r"^本版(新闻|导读|要目|标题|导航|文章|目录)[:：]?$|"
    r"公开目录|下载\S{0,6}(APP|App|客户端)|"
    # a masthead with its app's download button: "某某日报报刊社  下载APP"
    r"\S{2,16}\s+(下载|打开)\S{0,8}(APP|App|app|客户端)$|"
    # an app's page: its download button, its menu, its read-aloud and font-size buttons
    r"^下载$|^更多$|^预览$|上传|听新闻|A-\s*A\+|高级检索|^(政府)?信息公开$|"
    # a portal's and a news site's widgets, a link home alone: "智能问答", "参与互动", "百度首页"
    r"智能问答|参与互动|^[\u4e00-\u9fff]{0,4}首页$|^设置$|"
    # a font-size switch in brackets and a counter's label left empty: "字体:【大】【中】【小】",
    # "浏览次数:   【打印】"
    r"字[体号]\s*[:：]?\s*[【\[]大[】\]]\s*[【\[]中[】\]]\s*[【\[]小[】\]]|"
    r"(浏览|阅读|点击|访问)(次数|量|数)\s*[:：](?=\s*(【|$))|"
    # an e-paper's zoom buttons in brackets, a WeChat copy's link to the whole article, a
    # gallery's prompt: "【放大】【缩小】【默认】", "阅读全文", "左右滑动查看更多图片"
    r"[【\[]放大[】\]]\s*[【\[]缩小[】\]](\s*[【\[](默认|全屏)[】\]])?|阅读全文|"
    r"(左右)?滑动查看(更多)?图片|"
    # a mobile page's menu button and its link to the news app; a row of share targets
    r"☰\s*菜单|^菜单$|手机看新闻|"
    r"^(微信|微博|新浪微博|腾讯微博|QQ空间|QQ|朋友圈)(\s+(微信|微博|新浪微博|腾讯微博|QQ空间|QQ|朋友圈))+$|"
    # a blog's profile card; a portal's summary field left empty
    r"^个人资料$|博客(等级|积分|访问)|关注人气|加好友|发纸条|^内容(概述|摘要)[:：]$|"
    # a Tieba's menu, one item a line
    r"^(进吧|看贴|吧主推荐|精品区?)$|"
    # a page's colour for the eyes, its switch between reading the text and the pictures:
    # "视力保护色：", "文章阅读 | 图片阅读"
    r"视力保护色|护眼模式|文章阅读|图片阅读|文字版|图片版|版面概览"
)
WIDGET_ROW_CHARS, WIDGET_ROW_LEFTOVER = 30, 4  # a short line, a site's brand left at most
# a row is measured with its runs of spaces as one: sites pad their buttons apart
SPACES_RUN = re.compile(r"\s{2,}")
# A red-headed document's masthead: "中共某县委办公室文件", "某县人民政府文件"; its headline is
# the "关于…" line below.
DOCUMENT_MASTHEAD = re.compile(
    r"^(中共)?[\u4e00-\u9fff]{2,20}(委员会|委|政府|办公室|办|部|局)(\s*[\u4e00-\u9fff]{2,20}(办公室|政府))?\s*文件$"
)
# A book's running head needs its page number or its year: "212 某某年鉴·2018", "某某县志 56".
RUNNING_HEAD = re.compile(
    r"^(?=.*\d)([·・]?\s*\d{1,4}\s*[·・]?\s*)?"
    r"(?P<book>[\u4e00-\u9fff]{2,12}(年鉴|年报|[省市州县区旗]志)\s*[·・]?\s*([(（]?(19|20)\d{2}[)）]?)?)"
    # its year bare or in brackets, its page number bare or between dots: "某某年鉴(2017) · 263 ·"
    r"(\s*[·・]?\s*\d{1,4}\s*[·・]?)?$"
)
# A row of five links or more, each up to eight characters, over the article: SEO links
# ("某地装修公司 某地搬家公司 …"); in the body such a row may be a motto's parts.
LINK_ROW_TOKENS, LINK_ROW_TOKEN_CHARS = 5, 8
KEYWORD_CHARS = 24  # a search keyword in a row of them: "怎么申请扶贫贷款2024年最新扶贫政策"


# The heading of the list of other articles a page prints under its own ("相关新闻", "【推荐阅读】",
# "相关链接："): the headlines below it are other reports', their places and figures too.
RELATED_HEADING = re.compile(
    r"^[【\[]?(相关(新闻|阅读|文章|链接|报道|稿件|资讯|推荐)|推荐阅读|延伸阅读|热[点门](推荐|新闻|文章)"
    r"|精彩推荐|热门搜索|更多(新闻|阅读)|最新(新闻|文章)|往期(回顾|推荐|精选)|猜你喜欢|为你推荐|今日热点)[】\]]?\s*[:：]?"
)
# A spam site's row of hot links under its label: "热门：某某 | 某某 | 某某".
HOT_LABEL = re.compile(r"^[【\[]?(热门|热搜|热点|推荐)[】\]]?\s*[:：]")
# A paragraph of prose after such a heading is an article's, not a headline in the list.
RELATED_PROSE_CHARS = 40


# An e-paper's masthead with its page: "某某日报 第4版 乡村", "某某日报数字报 第02版".
PAPER_PAGE_LINE = re.compile(
    rf"^[\u4e00-\u9fff]{{2,10}}报(数字报)?\s*第?\s*{PAGE_NUMBER}"
    # the page alone with its section: "A12 | 中国新闻", "B03版｜要闻"
    r"|^[A-Z]\d{1,2}版?\s*[|｜:：]\s*[\u4e00-\u9fff]{2,8}$"
)
# A document's number on a line of its own: "某组通〔2016〕18号", "某政办发[2019]7号".
DOCUMENT_NUMBER = re.compile(
    r"^[\u4e00-\u9fff]{1,10}[〔\[［(（](19|20)\d{2}[〕\]］)）]\s*\d{1,4}\s*号$"
)
# An attachment's download link over a document: "附件下载：某组通〔2016〕18号.doc".
ATTACHMENT_LINK = re.compile(r"^(附件下载|附件|下载附件)\s*[:：]")
# A site's section over its articles: "县域新闻", "本地资讯", "乡镇动态".
SECTION_NAME = re.compile(r"^[\u4e00-\u9fff]{2,4}(新闻|资讯|动态|要闻|快讯|播报|公告|头条)$")
# A series' or column's label with a middot over the headline: "聚焦乡村振兴·乡镇行".
SERIES_LABEL = re.compile(
    r"^[\u4e00-\u9fff]{2,10}[·•・][\u4e00-\u9fff]{2,8}$"
    # a site's motto of two four-character phrases, set apart: "某某摇篮 · 红色某都"
    r"|^[\u4e00-\u9fff]{4}\s+[·•・]\s+[\u4e00-\u9fff]{4}$"
)


# A photo's caption by its credit or mark: "… 摄影 张三", "…（资料图）", "▲某村党员在…", "图为…"
PHOTO_CAPTION = re.compile(
    r"\s摄影\s+[\u4e00-\u9fff·]{2,4}$|[(（](资料图|资料图片|资料照片|图片来源[^()（）]*)[)）]$"
    r"|^[▲△▼▽◀▶]|^图为"
    # a group's photograph: "采访团在某某关前合影", "记者团大合影"
    r"|[\u4e00-\u9fff](大)?合影(留念)?$"
)
LATIN_WORDS = re.compile(r"^[A-Za-z][A-Za-z'&.\- ]{2,60}$")


def is_header_chrome(line: str) -> bool:
    """Chrome that only the page header has: short site names, sub-site labels, the banner of a
    site's topic page, lists of other articles, rows of widgets."""
    if SENTENCE_PUNCT.search(line):
        return False
    if LATIN_WORDS.match(line):
        return True  # "Huangnan Prefecture Portal": an English site name; a headline is Chinese
    if PHOTO_CAPTION.search(line):
        return True  # a photo over the article, its caption before the headline or the lead
    if len(line) <= 20 and WIDGET_TAIL.search(line):
        return True
    if len(line) <= TOPIC_BANNER_CHARS and TOPIC_BANNER.search(line):
        return True
    if len(line) <= 40 and (
        BULLET_ITEM.match(line)
        # "某某县人民政府网　今天是：": the site's name and its date bar; "@某某老乡:", a post
        # addressed to a reader
        or TODAY_GLUED.search(line)
        or AT_NAME.match(line.strip())
        or RELATED_HEADING.fullmatch(line.strip())  # "最新文章" over a list above the article
        or RUNNING_HEAD.match(line)
        or DOCUMENT_MASTHEAD.match(line.strip())
        or SHARE_BAR.match(line)
        or WECHAT_MIRROR.search(line)
        or MIDDOT_CRUMBS.match(line.strip())
        or SITE_BANNER.match(line)
        or BLOG_NAME.match(line.strip())
        or _study_app_banner(line)
        or SECTION_NAME.match(line)
        or SERIES_LABEL.match(line)
        or PAPER_PAGE_LINE.match(line)
        or _county_app(line)
        or ISSUE_NUMBER.match(line)
        or DOCUMENT_NUMBER.match(line.strip())
        or ATTACHMENT_LINK.match(line.strip())
    ):
        return True
    if len(SPACES_RUN.sub(" ", line)) <= WIDGET_ROW_CHARS and _widget_row(line):
        return True
    hot_row = sum(line.count(bar) for bar in "|｜") >= 2  # "热门：某某 | 某某 | 某某"
    heading = RELATED_HEADING.match(line) or (HOT_LABEL.match(line) if hot_row else None)
    if heading and all(len(t) <= KEYWORD_CHARS for t in NAV_SPLIT.split(line[heading.end() :])):
        return True  # "热门推荐：某某政策 某某条件": a row of search keywords under a heading
    tokens = [t for t in NAV_SPLIT.split(line) if t]
    if (
        len(tokens) >= LINK_ROW_TOKENS
        and all(len(t) <= LINK_ROW_TOKEN_CHARS for t in tokens)
        and not table_row(line)
        and not table_header(line)
    ):
        return True
    # "某某县人民政府 | 信息公开": the site's name, then its section; but "标题-某某新闻网" is a
    # page's title, its headline before the site's name
    site, _, rest = _site_and_rest(line)
    if GOVERNMENT_PORTAL.match(site) and not rest:
        return True  # "某某自治县人民政府门户网站": a long name, but a portal's own
    if SITE_WITH_TAGLINE.match(line.strip()):
        return True  # "某某信息网 - 三农资讯门户": a site's name and its motto, both the site's
    if PORTAL_AND_SECTION.match(line.strip()):
        return True  # "某县人民政府 信息公开": the portal, a space, then its section
    if EPAPER_SITE.match(line.strip()):
        return True  # "某某日报 - 数字报刊平台": the paper's e-paper site, not a headline's tail
    if len(site) > SITE_NAME_CHARS or not SITE_NAME.search(site) or QUOTED.search(site):
        return False  # "桑蚕“吐丝”织就致富网": a headline's quoted word, not a site's name
    if re.search(r"[:：]\s*\S", site):
        return False  # "某县：党建引领织密保障网": a headline after its place, not a site's name
    if len(rest) > SECTION_AFTER_SITE_CHARS:
        return False  # "某某新闻网｜某县某村：标题": the site's name over a headline, not a section
    return not re.search(r"\S{4,}\s*[-_–]\s*\S{3,}", site)


SECTION_AFTER_SITE_CHARS = 12


def _site_and_rest(line: str) -> tuple[str, str, str]:
    """The line's text before its first bar, the bar, and the text after it."""
    m = re.search(r"\s*[|｜]\s*", line)
    return (line[: m.start()], m.group(), line[m.end() :]) if m else (line, "", "")


SITE_NAME_CHARS = 16
QUOTED = re.compile(r"[“”\"「」]")
SITE_WITH_TAGLINE = re.compile(
    r"^[\u4e00-\u9fff]{2,8}(网|网站|在线)\s*[-–—_|｜]\s*"
    r"[\u4e00-\u9fff]{2,10}(门户|门户网站|之窗|信息港|网上家园|网上之家)$"
    # or a motto of two short phrases, or what the site gathers: "某某网 - 新农村 新生活",
    # "某某网 · 三农资讯", "某某资讯 - 某地新闻聚合"
    r"|^[\u4e00-\u9fff]{1,4}(网|网站|在线|资讯)\s*[-–—_|｜·•・]\s*"
    r"([\u4e00-\u9fff]{2,4}\s[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{0,6}(资讯|新闻|聚合|在线))$"
)
PORTAL_AND_SECTION = re.compile(
    r"^[\u4e00-\u9fff]{2,24}(人民政府|政府)(门户网站|网站)?\s+"
    r"[\u4e00-\u9fff]{0,6}(公开|中心|动态|要闻|专栏|专题|服务|新闻|概况|频道)$"
)
EPAPER_SITE = re.compile(
    r"^[\u4e00-\u9fff]{2,10}(日报|晚报|报)\s*[-–—_|｜·]?\s*(数字报纸?|数字报刊(平台)?|电子版|电子报)$"
)
GOVERNMENT_PORTAL = re.compile(r"^[\u4e00-\u9fff]{2,24}(人民政府|政府)(门户网站|网站|门户网|网)?$")
# A party or people's body naming its own site over its pages, alone or with a second name:
# "某市委统战部", "某县政协", "某市工商业联合会 某市总商会", "某省统一战线".
BODY_SITE = re.compile(
    r"^([\u4e00-\u9fff]{2,20}(委员会|联合会|总商会|商会|统战部|组织部|宣传部|政协|人大常委会|纪委监委"
    r"|纪委|监委|团委|妇联|工商联|统一战线|机关工委)(网|网站|门户网站)?\s*){1,2}$"
)


def _widget_row(line: str) -> bool:
    widgets = WIDGET_WORDS.findall(line)
    leftover = WIDGET_WORDS.sub("", line)
    if not widgets or re.search(r"\d", leftover):
        return False
    # the site's name beside its script and accessibility switches: "某县人民政府 繁体版 | 无障碍"
    site = re.sub(r"[\s|｜/]+", "", leftover)
    return (
        han_count(leftover) == 0
        or (len(widgets) >= 2 and han_count(leftover) <= WIDGET_ROW_LEFTOVER)
        or bool(GOVERNMENT_PORTAL.match(site))
        or (len(widgets) >= 2 and len(site) <= SITE_NAME_CHARS and bool(SITE_NAME.search(site)))
    )


# Datelines that carry more than a date: "2022年06月13日 星期一 某某报" (an e-paper's page),
# "2019-06-02李某某" (a journal's date with its author glued on), "某某新闻 2020-10-11 乡村笔记"
# (the outlet, the date and the column),
# "【字体: 】【2018年09月29日】【责任编辑:张三】" (a date among the page's widgets).
DATED_LINE = re.compile(
    r"^(19|20)\d{2}年\d{1,2}月\d{1,2}日\s*(星期.)?\s*[\u4e00-\u9fff]{0,10}$"
    r"|^(19|20)\d{2}-\d{1,2}-\d{1,2}\s*[\u4e00-\u9fff]{2,10}$"
    r"|^[\u4e00-\u9fff·]{2,12}\s+(19|20)\d{2}-\d{1,2}-\d{1,2}(\s+[\u4e00-\u9fff]{2,8})?$"
    r"|【(19|20)\d{2}年\d{1,2}月\d{1,2}日】"
    # an e-paper's masthead with its date and page glued on: "某某日报2017年10月16日第02版：要闻"
    r"|^[\u4e00-\u9fff]{2,10}(日报|晚报|报)\s*"
    r"(19|20)\d{2}(年\d{1,2}月\d{1,2}日|-\d{1,2}-\d{1,2})\s*(星期.)?\s*"
    rf"(第\s*{PAGE_NUMBER}\s*([:：]\s*[\u4e00-\u9fff·]{{2,8}}|[(（][\u4e00-\u9fff·]{{2,8}}[)）])?)?$"
)


# A byline line naming the outlet's reporters: "某某日报记者 张某 通讯员 李某",
# "文 |《某某》周刊记者 张某".
# A publication named in its title marks, the name without them: "《某某周刊》".
MARKED_PUBLICATION = r"《(?P<outlet_marked>[^《》\s]{2,12})》"
REPORTER_BYLINE = re.compile(
    r"^(?:(?:文|图|文/图|图/文|文图|图文|摄影|摄像|视频|编辑)\s*[|｜/:：]?\s*)?"
    # a publication in its title marks, whatever its kind: "《某某周刊》 记者 张某" (the name,
    # not the marks: the golds write 某某周刊)
    rf"(?:{MARKED_PUBLICATION}\s*"
    # its app before it: "某某云/某某日报记者 张某"
    r"|(?P<outlet>(?:(?!摄影|摄像|视频|编辑|责编|美编|作者|记者|通讯员|制图|设计|校对)"
    r"[\u4e00-\u9fff]{2,6}/)?[\u4e00-\u9fff《》]{2,12}?"
    r"(?:报|网|社|台|在线|周刊|杂志|新闻|客户端|融媒体中心|融媒中心|新闻中心|传媒中心)"
    # with its app: "某某网·某某新闻记者"; a bar before its reporter: "某某日报客户端｜记者 张某"
    r"(?:·(?!融媒|全媒)[\u4e00-\u9fff]{2,8}?)?)\s?)"
    # ... whose bar is followed by a reporter and his name alone ("｜记者 张某"), not by a
    # headline that opens with 记者 ("某某新闻丨记者探访…")
    r"(?:[|｜丨]\s?(?=(?:特约|首席|全媒体?|融媒体?)?记者\s*[\u4e00-\u9fff·]{2,4}(?:\s|$)))?"
    r"·?(?:特约|首席|全媒体?|融媒体?)?记者"  # or its desk: "某某日报·融媒体记者"
    # a name set with spaces between its characters: "记者 李 阳"
    r"\s*[\u4e00-\u9fff·](?:\s?[\u4e00-\u9fff·]){1,3}"
)
BYLINE_CHARS = 40


# A byline of roles and names with no outlet: "记者 张某某 通讯员 李某", "本报记者 王某 通讯员
# 赵 某", "文字 | 钱某 图片:孙 某". Each role is set apart from its name, or two roles follow each
# other ("记者张某通讯员李某"): a headline may open with a role's word ("图说扶贫", "编辑部的故事").
ROLE = (
    r"(?:本报|本台|本网|本刊)?(?:特约|首席|见习)?(?:记者|通讯员|实习生|摄影|文字|文|图片|图|编辑)"
)
NAME_OF_ROLE = r"(?:[\u4e00-\u9fff·]\s?){2,4}\s*"
# A role may name several, each set apart by a space: "通讯员 钟某 赖某某".
NAMES_OF_ROLE = rf"{NAME_OF_ROLE}(?:(?<=\s){NAME_OF_ROLE}){{0,3}}"
ROLE_BYLINE = re.compile(
    rf"^(?:{ROLE}(?:\s*[|｜:：/]\s*|\s+){NAMES_OF_ROLE})+$"
    rf"|^(?:(?:本报|本台|本网|本刊)?(?:记者|通讯员|实习生){NAME_OF_ROLE}){{2,}}$"
)
# A bilingual site's English byline: "Posted Nov. 12, 2018", "Published: March 5, 2019"
EN_DATE_LINE = re.compile(
    r"^((Published|Posted|Updated|Date)\s*(on)?\s*:?\s*)?"
    r"[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s*(19|20)\d{2}\b"
)
# A posting time alone on its line, its account's name on the line above: "3小时前".
TIME_AGO_FIRST = re.compile(
    r"^(\d{1,2}\s*(分钟|小时|天|周|个月|月|年)前|刚刚|昨天\s*\d{1,2}:\d{2})(\s*[·•]\s*关注)?\s*$"
    # a month and day with the time, and the app's label of its author: "11-23 09:41 · 优质创作者"
    r"|^((19|20)\d{2}-)?\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}\s*[·•]\s*\S{2,16}(创作者|认证)\s*$"
)
# An app's byline in relative time, alone or after the account's name: "3小时前 · 关注",
# "昨天 18:06", "某某扶贫 昨天".
RELATIVE_TIME = re.compile(
    r"^(\d{1,2}\s*(分钟|小时|天|周|个月|月|年)前|刚刚|昨天\s*\d{1,2}:\d{2})(\s*·|\s*$|\s+(浏览|阅读)量?\s*[\d.]+万?$)"
    r"|^(原创\s+)?[\u4e00-\u9fff]{2,12}\s+(\d{1,2}\s*(分钟|小时|天)前|刚刚|今天|昨天|前天)(\s+\d{1,2}:\d{2})?$"
    # the account, then the time it posted without a year: "某某新闻3小时前", "某某发布 3月2日",
    # "某某晨报 03-02 08:14 关注"
    r"|^[\u4e00-\u9fff]{1,10}(发布|新闻|日报|晚报|报|网|头条|观察|融媒|号|客户端|在线|台)\s*"
    r"(\d{1,2}\s*(分钟|小时|天)前|\d{1,2}月\d{1,2}日|\d{2}-\d{2}\s+\d{1,2}:\d{2})(\s*[·•]?\s*关注)?$"
    r"|^[\u4e00-\u9fff]{2,12}\s*(\d{1,2}\s*(分钟|小时|天)前|\d{1,2}月\d{1,2}日"
    r"|\d{2}-\d{2}\s+\d{1,2}:\d{2})\s*[·•]?\s*关注$"
    # the time first, then the account's badge and its follow button: "10-12 09:15 某地优质创作者
    # +关注"
    r"|^\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}(\s+[\u4e00-\u9fff]{2,16})?\s*\+?\s*关注$"
)
# A short line that states a full date set apart from its words on one side at least: an
# account's byline ("原创 某某发布 2018-06-29"), an e-paper's masthead ("某某日报 2019.06.12
# 星期三 A3 综合新闻", "某某日报数字报2016年08月30日 周二"), a bracketed or agency dateline
# ("（2018年06月12日）", "某某网2019年8月26日讯"); not a headline with a date inside
# ("某县2019年12月26日正式脱贫摘帽").
# Documents and some mastheads date themselves in Chinese numerals: "二〇一九年十月二十一日"
CN_YMD = (
    r"(?P<y>[〇○零一二三四五六七八九]{4})年(?P<m>[一二三四五六七八九十]{1,2})月"
    r"(?P<d>[一二三四五六七八九十]{1,3})日"
)
YMD = r"(?:19|20)\d{2}(?:\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2}|年\d{1,2}月\d{1,2}日)"
FULL_DATE = re.compile(
    rf"(?<![\u4e00-\u9fff\d]){YMD}(?!\d)"  # nothing Chinese before it
    rf"|(?<!\d){YMD}(?![\u4e00-\u9fff\d]|日)"  # or after it
    r"|(?<!\d)(?:19|20)\d{2}年\d{1,2}月\d{1,2}日(?=讯|电)"  # or an agency's 讯 or 电
    # a masthead's date in Chinese numerals, last on its line: "某某报 二〇一八年十月九日（星期二）"
    rf"|(?<![\u4e00-\u9fff]){CN_YMD}(?=\s*([（(]?(星期|周)[一二三四五六日天][)）]?)?\s*$)"
)
DATED_SHORT_LINE = 60


# The paper, its date and its page, as a site cites the print edition under a headline; or the
# magazine an article was printed in: "刊发于：《某某》2018年第32期".
PAPER_CITATION = re.compile(
    r"^\s*《\s*[\u4e00-\u9fff]{2,12}\s*》\s*[（(]\s*(19|20)\d{2}\s*年.{0,20}[)）]\s*$"
    rf"|^{PRINTED_IN}"
)


# What a government's or a party body's account is called at its end, after its place ("某某
# 发布", "某某观察"); not a verb's phrase ("正式发布", "最新发布").
ACCOUNT_KIND = r"(?:发布|观察|之声|组工|先锋|微讯|融媒)"
ACCOUNT_NAME = (
    r"(?!(?:正式|最新|重磅|权威|官方|独家|首次|今日|即时|信息|新闻|消息)(?:发布|观察))"
    rf"[\u4e00-\u9fff]{{2,5}}{ACCOUNT_KIND}"
)
# WeChat's byline without its time: "原创 张三", "原创 某某县融媒体中心 某某发布"; a headline
# after 原创 is no byline ("原创 山村夜校亮起来 群众心里亮堂了")
ORIGINAL_BYLINE = re.compile(
    r"^原创\s+([\u4e00-\u9fff·]{2,12}\s+)?[\u4e00-\u9fff·]{1,10}"
    rf"({ACCOUNT_KIND}|融媒体中心|中心|网|报|台)\s*$|^原创\s+[\u4e00-\u9fff·]{{2,4}}\s*$"
)


def is_meta(line: str) -> bool:
    """A byline or dateline: source, author, publication time."""
    if BULLET_DATED.match(line):
        return False  # "· 某地出台新规：… 2021-05-11": another article in a list, and its date
    related = RELATED_ITEM.match(line)
    if related and not (
        OUTLET_TAIL.search(related["headline"]) or WHOLE_MEDIA_NAME.fullmatch(related["headline"])
    ):
        return False  # another article's headline and date, not this one's byline
    if (
        DATE_ONLY.match(line)
        or SHORT_YEAR_TIME.match(line.strip())
        or BRACKETED_BYLINE.match(line.strip())
        or SUPPLIED_LINE.match(line.strip())
        or POSTCODE_BYLINE.match(line)
        or EN_DATE_LINE.match(line)
        or "enpproperty" in line
    ):
        return True  # an e-paper's metadata line: date, paper, page file, headline
    if ORIGINAL_BYLINE.match(line):
        return True  # WeChat's "原创 某某县融媒体中心 某某发布": the author, then the account
    if PAPER_CITATION.match(line) or AGGREGATOR_CREDIT.search(line):
        return True  # "《某某日报》（2020年08月28日 06版）": where the article was printed
    line = line.lstrip("□■◇◆○●◎※ ")  # "□本报记者 张某": a paper's mark before its byline
    if len(line) <= BYLINE_CHARS and (
        ROLE_BYLINE.match(line) or RELATIVE_TIME.match(line) or TIME_AGO_FIRST.match(line)
    ):
        return True
    if (
        len(line) <= DATED_SHORT_LINE
        and FULL_DATE.search(line)
        and not SENTENCE_PUNCT.search(line)
        and not TODAY_LINE.match(line)  # the site's clock, not the article's date
        and not VISITOR_COUNTER.search(line)
    ):
        return True
    if DATED_LINE.search(line) and len(line) <= 80:
        return True
    if DATE_TIME.search(line) and len(line) <= 80 and not SENTENCE_PUNCT.search(line):
        return True
    if (
        len(line) <= BYLINE_CHARS
        and (REPORTER_BYLINE.match(line) or _outlet_then_role(line))
        and not SENTENCE_PUNCT.search(line)
    ):
        return True  # "某某晚报·某某壹点 记者 张某 通讯员 李某"
    return len(line) <= 120 and bool(META_LABEL.search(line)) and han_count(line) < 40


def _outlet_then_role(line: str) -> bool:
    """An outlet alone, then a role: "某某晚报·某某壹点 记者 张某"."""
    tokens = line.split()
    return (
        len(tokens) >= 3
        and WHOLE_OUTLET_NAME.fullmatch(tokens[0]) is not None
        and tokens[1] in BYLINE_ROLE_TOKENS
    )


def is_footer(line: str) -> bool:
    """A line of a copyright or site-info footer."""
    return bool(FOOTER.search(line)) or is_chrome(line)


@functools.cache
def _spam_keywords():
    """One Aho-Corasick automaton for the keywords (lower case): a regex alternation tried
    them one by one at every character of every line."""
    import ahocorasick_rs

    words = list(dict.fromkeys(w.lower() for w in load_words("spam_keywords")))
    return ahocorasick_rs.AhoCorasick(words, matchkind=ahocorasick_rs.MatchKind.LeftmostFirst)


@functools.cache
def _spam_fragments():
    """The words spam lines are built from, each harmless alone (see spam_fragments.txt)."""
    import ahocorasick_rs

    words = list(dict.fromkeys(load_words("spam_fragments")))
    return ahocorasick_rs.AhoCorasick(words, matchkind=ahocorasick_rs.MatchKind.LeftmostFirst)


SPAM_FRAGMENTS = 4  # different fragments in one line without a full stop


def is_spam(line: str) -> bool:
    """An SEO tail: a long run of place names joined by separators, or adult/gambling keywords."""
    return spam_lines([line])[0]


def spam_lines(lines: list[str]) -> list[bool]:
    """`is_spam` of each line. The keywords are looked for in all the lines at once, one scan
    of the automaton for the page instead of one call per line: most pages have none."""
    lowered = "\n".join(lines).lower()
    keywords = _words_by_line(_spam_keywords(), lowered)
    fragments = _words_by_line(_spam_fragments(), lowered)
    return [
        len(keywords.get(i, ())) >= 2
        or (len(fragments.get(i, ())) >= SPAM_FRAGMENTS and not SENTENCE_END.search(line))
        or _place_name_run(line)
        for i, line in enumerate(lines)
    ]


def _words_by_line(automaton, lowered: str) -> dict[int, set[int]]:
    """line -> the automaton's words found in it, in one scan of the page."""
    found: dict[int, set[int]] = {}
    hits = automaton.find_matches_as_indexes(lowered)
    if hits:
        # lower() may lengthen a line (İ): the lines are found again in the lowered text
        starts = [0] + [m.end() for m in re.finditer("\n", lowered)]
        for word, start, _ in hits:
            found.setdefault(bisect.bisect_right(starts, start) - 1, set()).add(word)
    return found


def without_spam_tail(line: str) -> str:
    """A line without the spam a mirror glued after a bar: "标题|某某精品专区在线观看" is the
    headline; the line is spam whole only when its head is spam too."""
    head, bar, tail = line.partition("|") if "|" in line else line.partition("｜")
    if not bar or han_count(head) < MIN_HEADLINE_HAN or line.count("|") + line.count("｜") > 1:
        return line  # a menu, a row of spam links or an SEO run of place names: no headline
    spam_head, spam_tail = spam_lines([head, tail])
    return head.rstrip() if spam_tail and not spam_head else line


MIN_HEADLINE_HAN = 8


def _place_name_run(line: str) -> bool:
    """A long run of place names joined by separators (an SEO tail)."""
    if SENTENCE_PUNCT.search(line.replace(",", "")):
        return False  # prose: checked before splitting the line into tokens
    tokens = [t for t in SPAM_SPLIT.split(line) if t]
    if len(tokens) < 8:
        return False
    short = sum(len(t) <= 6 for t in tokens)
    placey = sum(bool(PLACE_SUFFIX.search(t) or SEARCHED_ABOUT_A_PLACE.search(t)) for t in tokens)
    return short >= 0.8 * len(tokens) and placey >= 0.5 * len(tokens)


PROSE_HAN = 25  # Chinese characters in a line of prose, at least


def is_body(line: str) -> bool:
    """A paragraph of article prose."""
    return has_han(line, PROSE_HAN) and bool(SENTENCE_PUNCT.search(line)) and not keyword_row(line)


# A page's keywords in a row, joined by commas: "某县,党建扶贫,第一书记,脱贫攻坚,某县新闻".
KEYWORD_SPLIT = re.compile(r"[,，]")  # not 、: "产业兴、百姓富、生态美、乡风淳" is a headline
KEYWORD_ROW_WORD_CHARS = 8
MIN_KEYWORDS = 6  # "种茶,养蜂,办民宿,搞电商,建车间" may head a page


def keyword_row(line: str) -> bool:
    """A row of short phrases joined by commas alone: a page's keywords (or a mirror's spam),
    not prose, which ends its sentences and runs longer between its commas."""
    line = line.strip()
    if SENTENCE_END.search(line) or re.search(r"[；;：:“”\s]", line):
        return False
    words = KEYWORD_SPLIT.split(line)
    return len(words) >= MIN_KEYWORDS and all(1 < len(w) <= KEYWORD_ROW_WORD_CHARS for w in words)
