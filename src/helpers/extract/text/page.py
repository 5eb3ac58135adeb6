"""The page around the article: the lines of its chrome (menus, counters, mastheads, a saved
page's title, forum posters, related links, footers), its bylines and its header, told apart
from the article's own lines."""

from __future__ import annotations

import itertools
import re

from helpers.extract.text import boilerplate as bp
from helpers.extract.text import headline as hl
from helpers.extract.text import meta as page_meta
from helpers.extract.text_units import garbled

ACCOUNT_TOP = 8  # first lines where a self-media page prints its account


def _account_alone(lines: list[str]) -> tuple[list[str], list[str]]:
    """The lines without the account's name printed alone at the top of a self-media page, the
    name WeChat prints twice under it ("某某组工" over "原创 某某组工 某某组工"); and those lines.
    The name alone is no headline."""
    top = lines[:ACCOUNT_TOP]
    twice = {m["outlet"] for m in map(page_meta.ACCOUNT_TWICE.match, top) if m}
    # ... and the undated line that prints it twice, between a headline and its repeat
    alone = [
        i
        for i, line in enumerate(top)
        if line in twice or (page_meta.ACCOUNT_TWICE.match(line) and not bp.is_meta(line))
    ]
    if not alone:
        return lines, []
    return [line for i, line in enumerate(lines) if i not in alone], [lines[i] for i in alone]


MASTHEAD_TOP = 6  # first lines where an e-paper prints its paper's name over its page line


def _masthead_over_its_page(lines: list[str]) -> int:
    """The line of an e-paper's name alone over its date and page ("某某报" / "2020年07月14日
    第03版：基层"); -1 if there is none."""
    for i, line in enumerate(lines[:MASTHEAD_TOP]):
        paper = page_meta.PAPER_MASTHEAD.match(line)
        # its page on the next line, or after the date: "2019年11月04日 星期一"
        below = lines[i + 1 : i + 3]
        if (
            paper
            and paper.end() >= len(line.rstrip())
            and len(paper["paper"]) <= MASTHEAD_CHARS
            and not NEWS_OF_A_KIND.search(paper["paper"])
            and any(page_meta.EPAPER_PAGE_IN_LINE.search(ln) for ln in below)
        ):
            return i
    return -1


MASTHEAD_CHARS = 8  # a paper's name: "国家电网报", "某某农民日报"


# ... not a headline's good news or report: "再传捷报", "喜报", "工作汇报", "情况通报"
NEWS_OF_A_KIND = re.compile(r"(捷|喜|汇|通|简|快|情|警|回|申|呈|预|公|海)报$")


# A page's own title, as a browser shows it, saved above the page: the headline, then the
# section and the site after underscores, bars or dashes ("标题_新闻中心_某某网", "标题 - 某某网").
PAGE_TITLE = re.compile(
    r"^(?P<headline>.{6,60}?)\s*(?:[_｜|]|\s-\s|-(?=(?:[^-]{2,12}-)?[^-]{2,12}$))\s*"
    r"[\u4e00-\u9fffA-Za-z·]{2,16}(?:\s*(?:[_｜|]|\s-\s|-)\s*[\u4e00-\u9fffA-Za-z·]{2,16})*$"
)


PAGE_TITLE_LINES = 3  # first lines where a saved page's title stands


HEADLINE_BELOW = 12  # lines below it in which its headline must be printed again


def _page_title_lines(lines: list[str]) -> dict[int, str]:
    """The first lines that are the page's title (its headline, then the site), when the
    headline is printed again below them: header chrome, not a headline with a site glued on."""
    found = {}
    for i, line in enumerate(lines[:PAGE_TITLE_LINES]):
        m = PAGE_TITLE.match(line)
        if m is None:
            continue
        headline = re.sub(r"\s", "", m["headline"])
        below = lines[i + 1 : i + 1 + HEADLINE_BELOW]
        # below it, perhaps with a forum's tags: "[本地新闻] 标题 [复制链接]"
        if any(
            re.sub(r"\s", "", hl.THREAD_TAGS.sub("", other)).startswith(headline) for other in below
        ):
            found[i] = line
    return found


# The site a page-title line names after its headline: a portal or a website (a paper so
# named says where it was printed: "标题 - 某某日报数字报"). A bare 网 is a site's only in a
# short name ("某某网"): a headline's last phrase may end in 网 too ("…织密防返贫监测网").
WEBSITE_NAME = re.compile(
    r"^[\u4e00-\u9fff]{2,6}网$|(网站|门户网站|门户网|人民政府|政府网|新闻网|在线|客户端|新闻中心)$"
)


def _titles_with_their_site(lines: list[str], page_titles: dict[int, str]) -> dict[int, str]:
    """Headlines of the first lines that are a page's title printed only once, with the site's
    name after them ("标题 - 某某县人民政府门户网站", "标题_某某网"): {line: the headline}.
    A line whose headline is printed below in part, or that is a menu, is left to the page."""
    found = {}
    for i, line in enumerate(lines[:PAGE_TITLE_LINES]):
        parts = [part.strip() for part in TITLE_PARTS.split(line) if part.strip()]
        if (
            len(parts) >= 2
            and SITE_FIRST.fullmatch(parts[0])
            and all(SITE_OR_SECTION.fullmatch(part) for part in parts[1:])
        ):
            found[i] = ""  # "某某网_某地新闻_本地资讯": a section's page title, no headline in it
            continue
        m = PAGE_TITLE.match(line)
        if i in page_titles or m is None or bp.is_meta(line):
            continue  # "2019年09月24日 来源:某某网-某地新闻网": a byline, its outlet's two sites
        headline = m["headline"].strip()
        site = re.split(r"[_｜|\-]", line[m.end("headline") :])[-1].strip()
        below = [other.strip() for other in lines[i + 1 : i + 1 + HEADLINE_BELOW]]
        if (
            WEBSITE_NAME.search(site)
            and not re.search(r"[_｜|]", headline)
            and not any(len(other) >= MIN_REPEATED and other in headline for other in below)
        ):
            found[i] = headline
    return found


MIN_REPEATED = 6  # characters of a headline's part printed again below the page's title
TITLE_PARTS = re.compile(r"[_｜|]|\s-\s")
SITE_FIRST = re.compile(r"[\u4e00-\u9fff]{1,10}(网|网站|在线|客户端|门户)")
SITE_OR_SECTION = re.compile(
    r"[\u4e00-\u9fff]{1,10}(网|网站|在线|客户端|新闻|资讯|动态|频道|首页|门户)"
)


# A forum post's floor under its poster's name: "楼主", "沙发", "3楼", "5#".
FORUM_FLOOR = re.compile(r"^(楼主|沙发|板凳|地板|\d{1,4}\s*楼|\d{1,4}#)$")


POSTER_NAME_CHARS = 12


# A user's name is one word: a thread's title over 楼主 has its colon or its spaced phrases.
NOT_A_USER_NAME = re.compile(r"[:：\s“”\"]")


def _forum_posters(lines: list[str]) -> set[int]:
    """The lines of posters' names, each over its post's floor: a user name, not a headline."""
    return {
        i
        for i in range(len(lines) - 1)
        if FORUM_FLOOR.match(lines[i + 1].strip())
        and len(lines[i].strip()) <= POSTER_NAME_CHARS
        and not bp.SENTENCE_PUNCT.search(lines[i])
        and not NOT_A_USER_NAME.search(lines[i].strip())
    }


SITE_TOP_LINES = 8


MENU_BELOW = 3


def _body_over_its_menu(lines: list[str]) -> set[int]:
    """Lines near the top naming a party or people's body over the site's menu or trail
    ("某市委统战部" / "首页 | 统战要闻 | …"): the site's owner, not a headline. The same name
    under a work report's headline, over its date and text, is the report's issuer."""
    owners = {
        i
        for i, line in enumerate(lines[:SITE_TOP_LINES])
        if bp.BODY_SITE.match(line.strip())
        and any(
            (bp.is_navigation(below) or bp.BREADCRUMB.search(below)) and not bp.is_meta(below)
            for below in lines[i + 1 : i + 1 + MENU_BELOW]
        )
    }
    # the page's first line right over a menu that starts at home: the site's or the blog's
    # name ("某某人在某地" / "首页 | 文章 | 相簿 | 留言"), a headline comes under the menu
    first = next((i for i, line in enumerate(lines[:SITE_TOP_LINES]) if line.strip()), None)
    if (
        first is not None
        and first + 1 < len(lines)
        and HOME_MENU.match(lines[first + 1].strip())
        and bp.is_navigation(lines[first + 1])
        and ONE_NAME.fullmatch(lines[first].strip())
    ):
        owners.add(first)
    return owners


HOME_MENU = re.compile(r"^(首页|网站首页|主页)\s*[|｜·•/]")
# a name, not a page's title with its site ("标题 - 某某网") nor a headline after a colon
ONE_NAME = re.compile(r"[\u4e00-\u9fffA-Za-z0-9·]{2,12}")


def _strip_page(lines: list[str]):
    """Split lines into article, title, byline lines and header chrome."""
    removed = {"chrome": 0, "spam": 0}
    # each line judged once: a paragraph of prose is kept without asking again
    spam = bp.spam_lines(lines)
    body = [
        i
        for i, line in enumerate(lines)
        if not spam[i] and bp.is_body(line) and not bp.is_chrome(line)
    ]
    # A headline, a summary, the headline printed again with its byline: each is dropped in turn.
    for _ in range(HEADER_PARAGRAPHS):
        if body and (
            hl.headline_over_byline(lines, body[0]) or hl.question_headline(lines[body[0]])
        ):
            body = body[1:]  # a long headline with a comma reads as prose; its byline says not
        elif len(body) > 1 and _page_summary(lines, body):
            body = body[1:]
        else:
            break
    while len(body) > 1 and garbled(lines[body[0]]):
        body = body[1:]  # a site's name or menu in the wrong codec is no prose to start from
    # a page of short lines (a flip-book's) has no prose to start after: its first line will do
    related = _related_list(lines, body[0] if body else 0)
    body = [i for i in body if i not in related]
    # a notice that reads as prose at the page's end (a platform's disclaimer) closes no article
    while len(body) > 1 and bp.FOOTER.search(lines[body[-1]]) and _footerish(lines[body[-1]]):
        body.pop()
    points = _summary_points_over_byline(lines, body)
    summary_points, body = set(body[:points]), body[points:]
    first_body = body[0] if body else len(lines)
    last_body = body[-1] if body else len(lines) - 1
    prose = set(body)
    site_names = _forum_posters(lines) | _body_over_its_menu(lines)
    listed = _list_over_the_article(lines, first_body)
    header, footer, meta, kept_idx = [], [], [], []
    for i, line in enumerate(lines):
        in_header, in_tail = i < first_body, i > last_body
        if spam[i]:
            removed["spam"] += 1
        elif i in listed:  # other articles' headlines (and their dates): no headline of this one
            removed["chrome"] += 1
            header.append(line)
        elif (in_header or in_tail) and bp.is_meta(line):
            meta.append(line)
            removed["chrome"] += 1
        elif i in related:
            removed["chrome"] += 1  # other articles' headlines: no context of this one's place
            footer.append(line)
        elif i not in prose and (
            i in site_names
            or bp.is_chrome(line)
            or (in_header and bp.is_header_chrome(line))
            or (in_tail and bp.is_footer(line))
        ):
            removed["chrome"] += 1
            if in_header:
                header.append(line)
            elif in_tail:
                footer.append(line)
        else:
            kept_idx.append(i)
    kept_idx = _drop_trailing_footer(lines, kept_idx, last_body, removed, footer)
    title, account = hl.choose(lines, kept_idx, summary_points, first_body, header, meta)
    return [lines[i] for i in kept_idx], title, meta, header, footer, removed, account


SUMMARY_PREFIX = 30  # characters of the first paragraph looked for again


HEADER_PARAGRAPHS = 3  # prose-like lines above the article a page may print


EDITORS_NOTE = re.compile(r"^\s*[【\[]?(编者按|编者的话|编前语|导语)[】\]]?\s*[:：]?\s*$")


def _page_summary(lines: list[str], body: list[int]) -> bool:
    """A page's summary printed above its headline: the first paragraph, printed again as the
    article's lead further down ("走进某村，…" above the breadcrumb and headline, then again),
    or printed under the headline before the page prints the headline again with its byline."""
    if EDITORS_NOTE.match(lines[body[0] - 1] if body[0] else "") and any(
        bp.is_meta(line) for line in lines[body[0] + 1 : body[1]]
    ):
        return True  # "编者按：" over a paragraph, then the article's byline
    first = lines[body[0]].strip()[:SUMMARY_PREFIX]
    if len(first) == SUMMARY_PREFIX and any(lines[i].strip().startswith(first) for i in body[1:]):
        return True
    headlines = [line.strip() for line in lines[: body[0]] if hl.titleish(line.strip())]
    return bool(headlines) and any(
        line.strip() == headlines[-1] for line in lines[body[0] + 1 : body[1]]
    )


# A feature's points set out as marked lines under its headline, before its byline.
SUMMARY_POINT = re.compile(r"^\s*[➤▶►●■◆★▪•]")


MORE_LINK = re.compile(r"^更多\s*(>>|»|›|…|\.\.\.)?$")
MIN_LISTED = 3  # headlines a site lists above the article, before its "更多>>"
LISTED_LINE_CHARS = 52  # a listed headline with its date and the spaces before it


def _list_over_the_article(lines: list[str], first_body: int) -> set[int]:
    """A list of other articles' headlines above the article: a run of at least two short lines
    each ending in its date ("某县召开推进会　2016-09-21"), or of at least three short lines closed
    by "更多>>"."""
    listed: set[int] = set()
    run: list[int] = []
    for i in range(min(first_body, len(lines))):
        line = lines[i].strip()
        if MORE_LINK.match(line) and len(run) >= MIN_LISTED:
            listed.update(run)
        # a list's lines stand together, under its heading: a blank line, a byline or the
        # heading itself starts a new run (the headline and byline above it are no items)
        if (
            not line
            or (bp.is_meta(line) and not _headline_and_its_date(line))
            or bp.RELATED_HEADING.match(line)
        ):
            run = []
        elif len(line) <= LISTED_LINE_CHARS and not bp.SENTENCE_END.search(line):
            run.append(i)
            dated = [k for k in run if _headline_and_its_date(lines[k])]
            if len(dated) >= 2:
                listed.update(dated)
        else:
            run = []
    return listed


LISTED_DATE = re.compile(r"\S\s+[\[【(（]?(19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}[\]】)）]?$")
MIN_LISTED_HAN = 8
PUBLISHER_BEFORE_DATE = re.compile(rf"{bp.PUBLISHER_END}$")


def _headline_and_its_date(line: str) -> bool:
    """Another article's headline and the day it ran, not a byline's labelled date."""
    dated = LISTED_DATE.search(line)
    return (
        dated is not None
        and bp.han_count(line) >= MIN_LISTED_HAN
        and not bp.META_LABEL.search(line)
        # not an outlet's or a publisher's name with the day: "某某县人民政府网 2020-05-12"
        and not PUBLISHER_BEFORE_DATE.search(line[: dated.start() + 1])
    )


def _summary_points_over_byline(lines: list[str], body: list[int]) -> int:
    """How many marked summary lines open `body` with the page's byline right after them."""
    points = len(list(itertools.takewhile(lambda i: SUMMARY_POINT.match(lines[i]), body)))
    if points == 0 or points == len(body):
        return 0
    between = range(body[points - 1] + 1, body[points])
    return points if any(bp.is_meta(lines[i]) for i in between) else 0


def _related_list(lines: list[str], first_body: int) -> set[int]:
    """The lines of the list of other articles under the article: from its heading ("相关新闻")
    to the page's end, but for a paragraph of prose; the heading may end the same line's list
    ("相关阅读：某县召开推进会")."""
    start = next(
        (i for i in range(first_body + 1, len(lines)) if bp.RELATED_HEADING.match(lines[i])),
        None,
    )
    if start is None:
        return set()
    return {
        i
        for i in range(start, len(lines))
        if len(lines[i]) <= bp.RELATED_PROSE_CHARS or not bp.SENTENCE_END.search(lines[i])
    }


def _drop_trailing_footer(lines, kept_idx, last_body, removed, footer):
    """A copyright notice at the end is often long prose: drop the tail block that reads as one
    (kept with the footer: a repost's notice names the paper it came from)."""
    while (
        kept_idx
        and kept_idx[-1] >= 0
        and bp.FOOTER.search(lines[kept_idx[-1]])
        and _footerish(lines[kept_idx[-1]])
    ):
        footer.append(lines[kept_idx.pop()])
        removed["chrome"] += 1
    return kept_idx


FOOTER_PROSE = re.compile(
    r"(本网|本站|版权|转载|授权|侵权|不代表|免责|法律责任|仅代表作者|信息发布平台|信息存储空间)"
)


def _footerish(line: str) -> bool:
    return len(FOOTER_PROSE.findall(line)) >= 1 and not re.search(r"(脱贫|扶贫|党建|贫困)", line)


# The close of an article: "（完）", "(全文完)", "【完】".
ARTICLE_END = re.compile(r"[（(【\[]\s*(完|全文完|终)\s*[)）】\]]\s*$")
# The editor who signs off the last sentence on its line: "…。（责任编辑：某某）" (on a line of its
# own, the sign-off may close the page's own article, a teaser of the next below it)
EDITOR_SIGN_OFF = re.compile(
    r"[。！？”][（(【\[]\s*(责任)?编辑\s*[:：]\s*[\u4e00-\u9fff·]{2,4}\s*[)）】\]]\s*$"
)
# A bare "上一篇" or "下一篇", or a related list's heading, under a sign-off: the page's own article
# ended there, and the headline below is another's ("上一篇：某某…" with its title is a link row,
# over this article).
TEASER_LABEL = re.compile(r"^\s*[【\[]?(上一篇|下一篇|上一条|下一条)[】\]]?\s*[:：]?\s*$")


def _teaser_follows(lines: list[str]) -> bool:
    below = next((line.strip() for line in lines if line.strip()), "")
    return bool(TEASER_LABEL.match(below) or bp.RELATED_HEADING.fullmatch(below))


def _headline_first(lines: list[str]) -> bool:
    """Whether the lines a sign-off closes open with a headline: the page's own article, not
    another's tail (which the page cut in its middle)."""
    first = next((line.strip() for line in lines if line.strip()), "")
    return hl.titleish(first) and not bp.is_body(first) and not SECTION_MARK.match(first)


# A section's own heading inside an article: "二是抓产业带动", "（三）…", "4.…".
SECTION_MARK = re.compile(r"^([一二三四五六七八九十]+是|[（(]?[一二三四五六七八九十\d]+[)）、.．])")


CLOSING_BUTTONS = re.compile(r"^\s*([【\[]\s*(打印本页|打印|关闭窗口|关闭)\s*[】\]]\s*){2,}$")
OTHER_TAIL_LINES = 6  # first lines in which another article's tail may end
OWN_TOP_LINES = 12  # lines after it in which this article's headline and byline stand


def _another_articles_tail(lines: list[str]) -> int:
    """How many first lines are the end of another article, saved above this one's headline:
    a paragraph closed by "（完）", then, below, a headline, a byline and prose."""
    for i, line in enumerate(lines[:OTHER_TAIL_LINES]):
        # its editor's sign-off, or the page's closing buttons under prose, end an article as
        # its "（完）" does, unless what they close opens like this page's own article
        signed_off = EDITOR_SIGN_OFF.search(line) or (
            CLOSING_BUTTONS.match(line) and any(bp.is_body(above) for above in lines[:i])
        )
        if not (ARTICLE_END.search(line) or signed_off):
            continue
        if any(bp.is_meta(above) for above in lines[:i]):
            continue  # a byline above: the page's own article ends there, another follows
        if not ARTICLE_END.search(line) and (
            _teaser_follows(lines[i + 1 :]) or _headline_first(lines[:i])
        ):
            continue
        below = lines[i + 1 : i + 1 + OWN_TOP_LINES]
        meta = next((k for k, other in enumerate(below) if bp.is_meta(other)), None)
        if (
            meta is not None
            and any(hl.titleish(other.strip()) for other in below[:meta])
            and any(bp.is_body(other) for other in lines[i + 2 + meta :])
        ):
            return i + 1
    return 0


def strip(lines: list[str]):
    """The article's lines, its headline, byline lines, header, footer, counts of what was
    removed, and the self-media account, from a page's lines."""
    other_tail = _another_articles_tail(lines)
    lines = [bp.without_spam_tail(line) for line in lines[other_tail:]]
    lines, account_lines = _account_alone(lines)
    above = page_meta.account_over_its_time(lines)
    card = lines.pop(above) if above >= 0 else ""  # "某某融媒" / "2019-09-09 15:12" / headline
    if card:
        account_lines.append(card)
    masthead = _masthead_over_its_page(lines)
    if masthead >= 0:  # "某某报" / "2020年07月14日 第03版:基层": the paper, not a headline
        account_lines.append(lines.pop(masthead))
    # a line printed twice in a row (a headline over its own repeat) is read once
    lines = [line for i, line in enumerate(lines) if i == 0 or line != lines[i - 1]]
    page_titles = _page_title_lines(lines)
    headlines = _titles_with_their_site(lines, page_titles)
    header_titles = [*page_titles.values(), *(lines[i] for i in headlines)]
    lines = [
        headlines.get(i, line)
        for i, line in enumerate(lines)
        if i not in page_titles and headlines.get(i) != ""
    ]
    kept, title, meta, header, footer, removed, account = _strip_page(lines)
    removed["chrome"] += other_tail  # another article's text: no context of this one's
    account = account or card
    header = [*header_titles, *account_lines, *header]
    return kept, title, meta, header, footer, removed, account
