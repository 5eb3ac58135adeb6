"""The headline among a page's first lines: which kept lines above the byline or the lead are
the headline, which are its kicker, subtitle, column label or site name, and the headline's text
tidied of what pages print around it.

One rule reads the gazetteer (a kicker over a headline that opens with its place): it imports
extract/places when it is first asked, so that cleaning text alone loads no place tables."""

from __future__ import annotations

import itertools
import re

from helpers.extract.text import boilerplate as bp
from helpers.extract.text import meta as page_meta
from helpers.extract.text_units import HAN_RUNS, PAGE_NUMBER, garbled, han_count, has_han

MAX_TITLE_LINES = 3


MAX_TITLE_CHARS = 80
LINK_CHARS = 6  # a link's name in a site's column of them; three such lines are no headline
SITE_LINK = re.compile(r"(论坛|手机报|微博|微信|客户端|公众号|抖音号|头条号|视频号)$")


LIST_MARK = re.compile(r"^[\s·•●▪◆■□◇○\-]+")


def _listed_alone(lines: list[str], headline_idx: list[int], header: list[str]) -> list[int]:
    """The one line of a headline block that the page's own list of its headlines names (an
    e-paper's "本版新闻" list): its kicker above and its subtitle below are not the headline."""
    if not headline_idx:
        return headline_idx
    listed = {LIST_MARK.sub("", line).strip() for line in header if LIST_MARK.match(line)} - {""}
    # the block may have stopped at the kicker: the listed line may be the one right below it
    near = range(headline_idx[0], min(headline_idx[-1] + 2, len(lines)))
    named = [i for i in near if lines[i].strip() in listed]
    if len(named) == 1:
        return named
    # ... or the two lines of a headline the list prints on one
    first = headline_idx[0]
    if first + 1 < len(lines) and lines[first].strip() + lines[first + 1].strip() in listed:
        return [first, first + 1]
    return headline_idx


# A page that lost its line breaks and printed the headline twice runs both into the text:
# "某县调研报告某县调研报告 一、基本情况…". The repeat shows where the headline ends.
DOUBLED_OPENING = re.compile(r"^(?P<headline>[^。！？!?]{6,40}?)(?P=headline)")


def _doubled_opening(first_line: str) -> str:
    m = DOUBLED_OPENING.match(first_line)
    return tidy_title(m["headline"]) if m else ""


# A page that lost the line break after its headline runs it into the lead's dateline:
# "某县:标题某某网某地讯(记者…)", "标题本报讯(通讯员…)". The dateline's 讯 and the byline's role
# mark where the headline ends; an outlet's name is its place or brand (two characters) and its
# medium, or 中国 and more, since the headline's last words can't be told from it otherwise.
GLUED_DATELINE = re.compile(
    r"^(?P<headline>[^。！？!?，,；;]{6,40}?)"
    r"(?=本[报网]讯|(?!.本[报网]讯)(?:中国)?[\u4e00-\u9fff]{2}(?:新闻网|新闻|网|日报|晚报|报|台|在线)"
    r"(?:[\u4e00-\u9fff]{2,4})?(?:讯|消息))"
    r".{2,14}?(?:讯|消息)\s*[(（]?\s*(?:记者|采访人员|通讯员|特约)"
)


# A blog prints the post's title with its time in brackets: "某某县：标题 (2016-07-14 09:31:22)";
# a page may print a headline that opens with its place before the byline's date.
HEADLINE_WITH_TIME = re.compile(
    rf"^(?P<headline>\S.{{4,60}}?)\s*[(（]{bp.YMD}{bp.WEEKDAY}\s*\d{{1,2}}:\d{{2}}(:\d{{2}})?[)）]"
    r"(\s*转载\s*▼?)?(\s*\[编辑\]\s*\[删除\])?$"  # ... its repost or edit buttons after it
    # a headline on the byline's line: "某县:标题 2019.06.12 9:15 来源:某某日报"
    r"|^(?!(来源|来自|稿源|出处|作者|编辑|责编|发布|时间|日期|文|图)[:：])"
    r"(?P<headline2>[^\s:：]{1,8}[:：][^\s]{4,40})\s+(19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}"
    # ... or after its date, as a blog lists its posts: "2017-03-20 某县:标题 副题"
    r"|^(19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}\s+(?!\d|(来源|来自|作者|编辑|发布|浏览|分类))"
    r"(?P<headline3>[^\s:：]{1,8}[:：]\S.{4,40})$"
    # ... or glued to the byline's time and source, its line break lost: "标题2019-10-17 08:55:03
    # 来源: 某某日报"
    # (a headline: no label's colon at its end nor a field's name in it, no trail's arrow)
    r"|^(?P<headline4>[^\s:：>»][^>»]{6,60}?[^\s:：>»])"
    r"(19|20)\d{2}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}(:\d{2})?\s*(来源|来自|稿源)\s*[:：]"
    # ... or glued to the date's label: "标题发布时间：2021-04-11来源：某某报"
    r"|^(?P<headline5>[^\s:：>»][^>»]{6,60}?[^\s:：>»【（(\[])"
    r"((发布|更新|发表|上传|发文|公开|发稿)?(时间|日期)\s*[:：]\s*"
    # ... or to its outlet's label, the outlet and the date after: "标题来源:某某日报 2017-08-09"
    r"|(来源|稿源)\s*[:：]\s*[\u4e00-\u9fff]{2,16}\s*)(19|20)\d{2}[-/.年]\d{1,2}"
)


FIELD_WORDS = re.compile(r"来源|来自|稿源|出处|作者|编辑|责编|发布|时间|日期|录入|管理员")
# a field's label and its value ("阅读次数：1234", "所属分类：乡镇动态"), no headline before a date
LABELLED = re.compile(
    r"^(所属|信息|文章|新闻)?(分类|栏目)\s*[:：]|^(阅读|浏览|点击|访问)次数\s*[:：]"
    r"|^(当前|您的|您现在的|所在)位置\s*[:：]|^(活动)?名称\s*[:：]|^(问题)?类型\s*[:：]"
    r"|^(索引号|字体|字号|编号|标签|关键词|人气)\s*[:：]"
)


def _headline_with_its_time(meta_line: str) -> str:
    m = HEADLINE_WITH_TIME.match(meta_line.strip())
    headline = m and (
        m["headline"] or m["headline2"] or m["headline3"] or m["headline4"] or m["headline5"]
    )
    if (
        headline
        and (m["headline4"] or m["headline5"])
        and (FIELD_WORDS.search(headline) or LABELLED.match(headline) or bp.is_chrome(headline))
    ):
        return ""  # "发布日期：2019-…", "文章录入：管理员 2019-…": a field's label, not a headline
    return tidy_title(headline) if headline and titleish(headline) else ""


def _glued_to_its_dateline(first_line: str) -> str:
    m = GLUED_DATELINE.match(first_line)
    if not m:
        return ""
    headline, rest = m["headline"], first_line[m.end("headline") :]
    from helpers.extract.places.locate import places_from_start  # the gazetteer, only if asked

    for k in (2, 1):
        # an outlet named after a place of three or four characters ("…富民路驻马店网讯"): the
        # place is the outlet's, not the headline's last characters
        if len(headline) - k >= MIN_HEADLINE and places_from_start(headline[-k:] + rest) > k:
            headline = headline[:-k]
            break
    return tidy_title(headline)


# A page's <title> or a share line often prints the headline without its quotes and colon
# ("某县 荒坡变成花果山"), the article above its text with them ("某县:荒坡变成“花果山”").
# The printed form is the headline; it is looked for in the page's first lines.
PRINTED_SEARCH = 12


UNPRINTED = re.compile(r"[\s“”\"'‘’「」『』:：·,，!！?？]")


def _as_printed(title: str, first_lines: list[str]) -> str:
    """The headline as the page printed it, with the punctuation its plain copy lost."""
    plain = UNPRINTED.sub("", title)
    if not plain:
        return title
    for line in first_lines:
        printed = tidy_title(line)
        if len(printed) > len(title) and UNPRINTED.sub("", printed) == plain:
            return printed
    return title


def headline_over_byline(lines: list[str], i: int) -> bool:
    """Whether line `i`, taken for the first paragraph, is a headline: short enough, no full
    stop, and the next line that is not blank is the date and source line."""
    if not titleish(lines[i].strip()):
        return False
    # the share buttons and counters a page prints between its headline and byline are skipped
    # (not a byline that names an app: "来源:某某日报客户端 作者:…")
    following = (
        line.strip()
        for line in lines[i + 1 : i + 8]
        if line.strip()
        and (bp.is_meta(line.strip()) or not (_widget(line.strip()) or _button_row(line)))
    )
    first = next(following, "")
    return bool(first) and bp.is_meta(first)


def _widget(line: str) -> bool:
    return (
        bool(bp.ONLY_SYMBOLS.match(line) or bp.WIDGET_TAIL.search(line))
        or (len(line) <= 6 and bp.is_chrome(line))
        or line.rstrip(":：") in ("分享至", "分享到", "分享")
    )


BUTTON_ROW_CHARS = 40


def _button_row(line: str) -> bool:
    """The share and font-size buttons a page prints under its headline: "分享到： 微信 微博
    QQ空间", "【字体：大 中 小】"."""
    line = line.strip()
    return (
        len(line) <= BUTTON_ROW_CHARS
        and not bp.SENTENCE_PUNCT.search(line)
        and bool(bp.SHARE_WIDGETS.search(line) or bp.FONT_SIZE.search(line))
    )


CLAUSE_PUNCT = re.compile(r"[。，,；;]")


def question_headline(line: str) -> bool:
    """A long headline that asks or exclaims ("山区县如何念好“致富经”?——某县的启示") reads as
    prose by its length and its ?; without a comma or a full stop it is not a paragraph."""
    return titleish(line) and len(line) <= 60 and not CLAUSE_PUNCT.search(line)


def _title_lines(lines: list[str], kept_idx: list[int], first_body: int) -> list[int]:
    """The headline: the kept lines just above the first byline, else a short first line."""
    # an account's or a poster's name over its byline ("某某发布" / "原创 某某发布 2019-08-21", a
    # forum's reply "某某 发表于 …") is printed again in a byline: the page's author, not its
    # headline
    if any(
        bp.FLIPBOOK.match(lines[i]) or _book_page(lines, i)
        for i in range(min(first_body, len(lines)))
    ):
        # a flip-book's page of a yearbook or a chronicle: the line over the text is the book's
        # running head (its chapter), and the page opens inside an entry
        return []
    bylines = _bylines(lines, first_body)
    kept_idx = [
        i
        for i in kept_idx
        if i >= first_body
        or not (
            _named_in(lines[i], bylines)
            or _account_to_follow(lines, i, first_body)
            or garbled(lines[i])  # a site's name or menu in the wrong codec: no line to read
        )
    ]
    meta_idx = [i for i in range(first_body) if bp.is_meta(lines[i])]
    if (
        meta_idx
        and bp.TIME_AGO_FIRST.match(lines[meta_idx[0]])
        and (
            "·" in lines[meta_idx[0]]  # an app's card: "11-23 09:41 · 优质创作者", "3小时前 · 关注"
            or any(titleish(lines[i]) for i in kept_idx if i != meta_idx[0] - 1)
        )
    ):
        # an app prints its account's name over the time it posted ("某某观察" / "3小时前"); a
        # time line that names the account itself ("某某新闻 3小时前") leaves the headline above,
        # as does a time right under the headline with no other line to be one
        kept_idx = [i for i in kept_idx if i != meta_idx[0] - 1]
    header_kept = [
        i
        for i in kept_idx
        if i < first_body
        and not _over_its_card(lines, i)
        and not ACCOUNT_CARD.match(lines[i].strip())
        and not POSTED_AT.match(lines[i].strip())
        and not _over_its_posting(lines, i)
        and not _in_a_menu(lines, i)
        and not _link_under_home(lines, i)
    ]
    file_named = [
        i
        for i in header_kept
        if FILE_EXTENSION.search(lines[i].strip())
        and not (meta_idx and i > meta_idx[0])  # an attachment under the byline is no headline
        and not lines[i].strip().startswith("附件")
    ]
    if file_named:
        return file_named[:1]  # a document library's file name is the whole headline
    if (
        len(header_kept) >= 2
        and NUMBERED_USER.match(lines[header_kept[-1]].strip())
        and header_kept[-2] != header_kept[-1] - 1  # set apart by the thread's buttons
        and not YEAR_AT_END.search(lines[header_kept[-1]].strip())
    ):
        # a forum's poster under the thread's title: "某某山里人0855"
        header_kept = header_kept[:-1]
    if meta_idx and POSTED_AT.match(lines[meta_idx[0]].strip()):
        # a forum's poster over 发表于, under the thread's title: "芒部小伙" / "发表于 2015-8-22"
        above = [k for k in header_kept if k < meta_idx[0]]
        trail = any(_ending_the_trail(lines[k]) for k in range(meta_idx[0]) if k not in above)
        # ... or a reply's poster under the reply's floor ("2#" / "某某" / "发表于 …")
        floor = above and FLOOR_MARK.match(_previous_line(lines, above[-1]).strip())
        if above and (
            ((len(above) >= 2 or trail) and _poster_name(lines[above[-1]]))
            or (floor and LONG_POSTER_NAME.match(lines[above[-1]].strip()))
        ):
            # the thread's title is above the poster, or at the end of the forum's trail
            header_kept.remove(above[-1])
    below = _below_the_byline(lines, header_kept, meta_idx, first_body)
    if meta_idx and not any(i < meta_idx[0] for i in header_kept) and below:
        return below  # an app's or an e-paper's page: masthead or byline first, then headline
    if below and WECHAT_REPOST_NOTICE.match(lines[meta_idx[0]].strip()):
        # a WeChat repost: the reposting account and its time over "以下文章来源于某某", then the
        # first account's card, then the headline
        return below
    if (
        below
        and INDEX_FIELD.match(lines[meta_idx[0]])
        and bp.is_meta(_next_line(lines, below[-1]))
        # not a field's value set on the line under its label: "发布机构：" / "某县扶贫办"
        and not _previous_line(lines, below[0]).endswith((":", "："))
        # nor a value line when the headline stands over the table
        and not any(titleish(lines[k]) for k in header_kept if k < meta_idx[0])
    ):
        return below  # a portal's table of the document's properties, the headline, its byline
    above = [i for i in header_kept if meta_idx and i < meta_idx[0]]
    if below and len(above) == 1 and _account_named_again(lines, above[0], first_body):
        return below  # an account's name over its posting line ("某某发布" / "… 2020-03-18")
    # a bulletin's masthead ("某县组工 / 工作简报 / 第12期"), then its article
    masthead = [re.sub(r"\s", "", lines[k]) for k in range(meta_idx[0])] if meta_idx else []
    if (
        below
        and any(BULLETIN_NAME.match(line) for line in masthead)
        and any(bp.ISSUE_NUMBER.match(line) for line in masthead)
    ):
        return below
    if meta_idx:
        block: list[int] = []
        # The headline may stand a few chrome lines above the byline, but its own lines are
        # adjacent: a kept line above a removed menu or widget is site chrome, not headline.
        # A row of share and font-size buttons between its lines does not part them.
        for i in reversed([k for k in header_kept if k < meta_idx[0]]):
            if (
                block
                and not all(_button_row(lines[k]) for k in range(i + 1, block[0]))
                and not _original_mark(lines[i + 1 : block[0]])
            ):
                break
            block.insert(0, i)

        # the titleish lines right above the byline: a summary paragraph above them ends the
        # headline, so a headline printed above the summary too is not printed twice
        def headline_line(k: int) -> bool:
            # or the end of a quotation the line above left open: "…的“党员" / "示范岗”"
            return titleish(lines[k]) or (k - 1 in block and _quote_left_open(lines[k - 1]))

        while block and not headline_line(block[-1]):
            block.pop()
        run = list(itertools.takewhile(headline_line, reversed(block)))
        block = run[::-1][-MAX_TITLE_LINES:]
        if (
            len(block) == MAX_TITLE_LINES
            and all(len(lines[k].strip()) <= LINK_CHARS for k in block)
            and any(SITE_LINK.search(lines[k].strip()) for k in block)
        ):
            block = []  # a column of the site's links ("某某论坛" / "某某手机报"), one per line
        if block and block[0] - 1 in header_kept and _place_over_colon(lines[block[0] - 1]):
            block.insert(0, block[0] - 1)  # "某县：" / "党建引领…": the headline's first half
        if (
            len(block) == 2
            and _column_label(lines[block[0]], lines[block[1]])
            and _opens_with_a_place(lines[block[1]])
        ):
            block = block[1:]  # a column's label ("第一书记") over a headline that names its place
        if _account_over_date(lines, block, meta_idx[0]):
            block = block[:-1]
        named_site = (
            len(block) == 1
            and han_count(lines[block[0]]) <= SITE_NAME_HAN
            and SITE_NAME_LIKE.search(lines[block[0]].strip())
        )
        between = range(block[-1] + 1, meta_idx[0]) if named_site else range(0)
        if any(SITE_MENU.search(lines[k]) for k in between):
            # the site's name over its menu ("某某党建 · 某市" / "首页 | 要闻 | …"), then the
            # byline: the headline is under the byline, or the page lost it
            return below or _title_below_lead(lines, kept_idx, first_body)
        if below and any(TRAIL_TO_TEXT.search(lines[k]) for k in between):
            return below  # "某某快报" / "首页 > 时事 > 正文" / byline / the headline
        if (
            len(block) == 1
            and han_count(lines[block[0]]) <= SITE_NAME_HAN
            and (
                SITE_NAME_LIKE.search(lines[block[0]].strip()) or FORUM_NAME.search(lines[block[0]])
            )
        ):
            # the site's name over a trail whose last step is printed again under the byline
            # ("某某论坛" / "首页 › 杂谈 › 标题" / "发表于 …" / "标题"): the headline is that line
            again = _crumb_printed_below(lines, range(block[0] + 1, meta_idx[0]), kept_idx)
            if again:
                return again
        if block:
            return block
    below_chrome = _below_site_chrome(lines, header_kept)
    if below_chrome:
        return below_chrome
    # an app's or a site's short name alone over the headline ("某某点" / "某县：…"): its masthead
    under_name = list(itertools.dropwhile(lambda k: _name_alone(lines[k]), header_kept))
    if (
        under_name
        and titleish(lines[under_name[0]])
        and header_kept[0] == min(kept_idx, default=-1)
    ):
        return _with_its_second_line(lines, under_name)
    return _title_below_lead(lines, kept_idx, first_body)


def _quote_left_open(line: str) -> bool:
    """A quotation opened and not closed: a straight quote may close a curly one (“…")."""
    opened = line.count("“") + line.count("「")
    return opened > line.count("”") + line.count("」") + line.count('"')


def _joined(headline_lines: list[str]) -> str:
    """A headline's lines on one: a space between them, none inside a quotation."""
    joined = ""
    for line in headline_lines:
        joined += ("" if not joined or _quote_left_open(joined) else " ") + line.strip()
    return joined


# 【column】 too, and a site's name with its brand in letters: "某某网 DocIn"
NAME_ALONE = re.compile(
    r"[\u4e00-\u9fffA-Za-z+]{2,6}|【[\u4e00-\u9fff]{2,8}】"
    r"|[\u4e00-\u9fff]{2,6}\s*[A-Za-z][A-Za-z0-9]{1,9}"
)


def _name_alone(line: str) -> bool:
    """A name too short to be a headline: a site's, an app's or a column's."""
    return not titleish(line) and bool(NAME_ALONE.fullmatch(line.strip()))


PAGE_NUMBER_ALONE = re.compile(r"^[·・]?\s*\d{1,4}\s*[·・]?$")


def _book_page(lines: list[str], i: int) -> bool:
    """A printed book's running head with its page's number, on its line or the next
    ("某某年鉴(2017) · 263 ·", "某某年鉴（2018）" / "·156·"); a yearbook's name alone over an
    entry a site put online is not one."""
    m = bp.RUNNING_HEAD.match(lines[i].strip())
    if not m:
        return False
    if m.group().strip() != m["book"].strip():
        return True  # its number is on the line
    return bool(PAGE_NUMBER_ALONE.match(_next_line(lines, i)))


# A bulletin's name in its masthead, often spaced out: "工 作 简 报", "扶贫动态".
BULLETIN_NAME = re.compile(r"^[\u4e00-\u9fff]{0,8}(简报|动态|通讯|快报|专报|信息)$")


def _account_named_again(lines: list[str], at: int, first_body: int) -> bool:
    """A short name alone on its line that the page's header names again ("点击上方“某某发布”关注"):
    the account's, not a headline."""
    name = lines[at].strip()
    return bool(ACCOUNT_ALONE.fullmatch(name)) and any(
        name in lines[k] for k in range(first_body + 1) if k != at
    )


def _account_to_follow(lines: list[str], at: int, first_body: int) -> bool:
    """A short name alone on its line that a prompt to follow quotes ("点击上方蓝字“某某先锋”
    关注我们"): the account's, whatever it is called, not a headline."""
    name = lines[at].strip()
    if len(name) > ACCOUNT_NAME_CHARS:
        return False
    quoted = re.escape(f"“{name}”")
    prompt = re.compile(
        rf"{quoted}\s*(关注|订阅|公众号)|(关注|订阅)\s*{quoted}(?!\s*(系列|专栏|专题|栏目|报道))"
    )
    return any(prompt.search(lines[k]) for k in range(first_body) if k != at)


ACCOUNT_NAME_CHARS = 10  # an account's or a poster's name is short


ACCOUNT_OVER_DATE_CHARS = 8


HEADLINE_GOES_ON = re.compile(r"[:：、，,“\"‘（(《—-]$")


LIST_BULLETS = "◇◎○●■□◆▪•·"  # an e-paper's marks of the items of its list of articles
LISTED_ITEM = re.compile(rf"^\s*[{LIST_BULLETS}]\s*\S")
NOT_A_LISTED_HEADLINE = re.compile(r"记者|通讯员|摄[)）]?\s*$|^\s*\S\s*图为")


def _in_its_list(lines: list[str], title_idx: list[int], first_body: int) -> bool:
    """The headline taken is an item of an e-paper's list of the page's articles, each after a
    bullet ("◎ 某县举办…" / "◎ 某县开展…"), printed above an article that lost its own."""
    listed = [
        i
        for i in range(first_body)
        if LISTED_ITEM.match(lines[i])
        # (a bulleted byline or photo caption is no other article's headline)
        and not NOT_A_LISTED_HEADLINE.search(lines[i])
    ]
    labelled = any(EPAPER_LIST.search(lines[i]) for i in range(min(first_body, len(lines))))
    return (
        labelled  # "本版导航：", "本版导读"
        and len(listed) >= 2
        and bool(title_idx)
        and all(i in listed for i in title_idx)
        and sum(1 for i in listed if lines[i].strip() == lines[title_idx[0]].strip()) == 1
    )


WECHAT_REPOST_NOTICE = re.compile(r"^以下文章来源于")
FORUM_WORDS = r"论坛|社区|贴吧|吧|BBS"  # what a forum's name ends in
FORUM_NAME = re.compile(rf"({FORUM_WORDS})\s*$")
SITE_NAME_HAN = 8
# ... by its look: a site and its channel ("某某党建 · 某市"), or a medium's or an account's word
SITE_NAME_LIKE = re.compile(r"\S\s*[·•]\s*\S|(网|党建|组工|在线|新闻|发布|之窗|门户|快报|资讯)$")
# A site's menu: its home page and at least three more items between bars or spaces; its trail
# from the home page to the article's text ("首页 > 时事 > 正文").
SITE_MENU = re.compile(r"^\s*首页(\s*[|｜丨]\s*\S{2,8}|\s+\S{2,8}){3,}\s*$")
TRAIL_TO_TEXT = re.compile(r"^\s*首页\s*[>›»].*[>›»]\s*正文\s*$")


# A WeChat copy's byline, a word a line: "原创" / its author / its account / its date.
WECHAT_BYLINE_NAME = re.compile(r"^[\u4e00-\u9fffA-Za-z0-9·]{2,16}$")


def _original_mark(between: list[str]) -> bool:
    """The lines between a headline and its account's name are the rest of a WeChat byline:
    "原创" and the author's name."""
    words = [line.strip() for line in between if line.strip()]
    return (
        len(words) >= 2
        and words[0] == "原创"
        and all(WECHAT_BYLINE_NAME.match(w) for w in words[1:])
    )


def _account_over_date(lines: list[str], block: list[int], meta_line: int) -> bool:
    """A self-media page prints its account's name between the headline and a bare posting
    time ("标题" / "某某发布" / "2020-12-16 17:55"): a short line of words alone, under a headline
    that is already whole."""
    posted = lines[meta_line].strip()
    if len(block) < 2 or not (
        bp.DATE_ONLY.match(posted) or POSTED_AT.match(posted) or bp.RELATIVE_TIME.match(posted)
    ):
        return False
    name, above = lines[block[-1]].strip(), lines[block[-2]].strip()
    return (
        all(not lines[k].strip() for k in range(block[-1] + 1, meta_line))
        and 2 <= len(name) <= ACCOUNT_OVER_DATE_CHARS
        and han_count(name) == len(name)
        and len(above) > len(name)
        and not HEADLINE_GOES_ON.search(above)
        and not HALF_HEADLINE.search(above)
    )


POSTER_NAME = re.compile(r"^[\u4e00-\u9fffA-Za-z0-9_]{2,6}$")


def _over_its_posting(lines: list[str], at: int) -> bool:
    """A poster's name over the line that says when they posted ("某某" / "发表于 3 天前"), under
    the thread's title: a short headline alone over 发表于 is the headline."""
    below = _next_line(lines, at)
    if bp.POSTER_RANK.match(below):
        # "贴吧活跃用户 7" under a poster; on the page's first line (a reply's floor) only a name
        # a word long, not a headline over a rank
        return len(lines[at].strip()) <= ACCOUNT_NAME_CHARS and (at > 0 or _poster_name(lines[at]))
    if at == 0:
        return False
    return _poster_name(lines[at]) and bool(POSTED_AT.match(below))


def _next_line(lines: list[str], at: int) -> str:
    """The first non-empty line after `at`, stripped; ''."""
    for line in itertools.islice(lines, at + 1, None):
        if line.strip():
            return line.strip()
    return ""


INDEX_FIELD = re.compile(r"^\s*[\[【]?\s*(索\s*引\s*号|信息索引)")
# A portal's drop-down menus flattened: a heading ("政务服务", "走进某县") over its row of links
# ("办事指南 在线办理 办件查询"), neither of them a headline.
MENU_HEADING = re.compile(
    r"^(走进[\u4e00-\u9fff]{1,4}|[\u4e00-\u9fff]{0,4}"
    r"(公开|服务|交流|专栏|中心|开放|概况|互动|办事|新闻|动态|导航|数据|专题|政务))$"
)
MENU_ROW = re.compile(r"^[\u4e00-\u9fff]{2,8}([ \u3000]+[\u4e00-\u9fff]{2,8}){2,}$")


def _previous_line(lines: list[str], at: int) -> str:
    """The last non-empty line before `at`, stripped; ''."""
    for i in range(at - 1, -1, -1):
        if lines[i].strip():
            return lines[i].strip()
    return ""


def _in_a_menu(lines: list[str], at: int) -> bool:
    """A menu's heading over its row of links, or the row under it. A column's label over a
    headline of spaced phrases ("乡镇动态" / "某镇 支部领着产业旺 群众腰包鼓起来") is neither: the
    row holds links only when they name a portal's pages, or when menus stand stacked."""
    line = lines[at].strip()
    if MENU_HEADING.match(line):
        below = _next_line(lines, at)
        return _link_row(below) or (
            bool(MENU_ROW.match(below))
            and (bool(bp.MAIN_MENU.match(line)) or _under_a_menu(lines, at))
        )
    above = _previous_line(lines, at)
    if not (MENU_ROW.match(line) and MENU_HEADING.match(above)):
        return False
    heading_at = max(i for i in range(at) if lines[i].strip() == above)
    return _link_row(line) or bool(bp.MAIN_MENU.match(above)) or _under_a_menu(lines, heading_at)


def _link_under_home(lines: list[str], at: int) -> bool:
    """A menu's link, one per line under the home link: "首页" / "时政" / "乡村振兴"."""
    if len(lines[at].strip()) > LINK_CHARS:
        return False
    for k in range(at - 1, max(-1, at - 5), -1):
        above = lines[k].strip()
        if above in bp.HOME_LINKS:
            return True
        if len(above) > LINK_CHARS:
            return False
    return False


def _link_row(line: str) -> bool:
    return bp.is_navigation(line) or bool(MENU_ROW.match(line) and bp.portal_links(line.split()))


def _under_a_menu(lines: list[str], at: int) -> bool:
    """Whether the line over `at` is a row of a menu (not a trail: "首页 > 某栏目")."""
    over = _previous_line(lines, at)
    return ">" not in over and bool(MENU_ROW.match(over) or bp.is_navigation(over))


ACCOUNT_CARD = re.compile(r"^(微信号|功能介绍)\s*[:：]?\s*\S")


# The body that holds an account, after its posting time: "… 18:05 某地区融媒体中心官方帐号".
HELD_BY = re.compile(r"(?P<body>[\u4e00-\u9fff]{2,20})官方[帐账]号$")


def _held_by_a_body(time_line: str) -> bool:
    """The time line names the body that holds the account, not the account itself ("某某发布官方
    帐号" names the account: the line above it is a headline)."""
    held = HELD_BY.search(time_line)
    return bool(held) and not page_meta.ACCOUNT_END.match(held["body"])


def _over_its_card(lines: list[str], at: int) -> bool:
    """An account's name over its card ("某某发布" / "微信号 …" / "功能介绍 …"): no headline."""
    if len(lines[at].strip()) > ACCOUNT_NAME_CHARS:
        return False  # a headline the page printed over the card it lost the name of
    below = [line.strip() for line in lines[at + 1 : at + 6] if line.strip()][:2]
    # ... or over its posting time and its follow button ("某某零距离" / "2020-06-29 18:05 某某
    # 官方帐号" / "关注"): an app page that lost its headline
    posted = (
        len(below) == 2
        and bool(page_meta.POSTING_TIME.match(below[0]))
        and bool(page_meta.ACCOUNT_CARD_BELOW.match(below[1]))
        and (page_meta.account_like(lines[at].strip()) or _held_by_a_body(below[0]))
    )
    return posted or bool(ACCOUNT_CARD.match(_next_line(lines, at)))


# A user's name with the number the site gave it, no headline's words: "某某山里人0855"; not a
# headline that ends in its year ("…决胜2020").
NUMBERED_USER = re.compile(r"^[\u4e00-\u9fffA-Za-z_]{2,12}\d{3,6}$")
YEAR_AT_END = re.compile(r"(19[5-9]\d|20[0-3]\d)$")  # a year a report could name


def _poster_name(line: str) -> bool:
    """A user's name, one short word (after the thread's mark of its first post: "楼主 某某"): a
    headline over 发表于 (a blog's) is longer."""
    name = line.strip()
    return bool(POSTER_NAME.match(name) or OPENING_POSTER.match(name))


OPENING_POSTER = re.compile(r"^楼主\s+[\u4e00-\u9fffA-Za-z0-9_]{2,12}$")


# A reply's floor on a forum's page: "2#", "3楼" (not the opening post's); under it a poster's
# name may be longer than a word ("某某边上的放牛娃").
FLOOR_MARK = re.compile(r"^([2-9]|[1-9]\d{1,3})\s*[#＃楼]$")
LONG_POSTER_NAME = re.compile(r"^[\u4e00-\u9fffA-Za-z0-9_]{2,12}$")


# A forum's line under its poster's name: "发表于 2019-8-3 14:22:05 | 只看该作者".
POSTED_AT = re.compile(r"^(发表于|发布于)\s*\S")


TITLE_FIELD = re.compile(r"(名\s*称|标\s*题)\s*[:：]")  # a portal's table names its article


BYLINES_LOOKED_AT = 40  # of the header and of the page's end: enough for any page's bylines


TAIL_BYLINE_LINES = 30  # a page's last lines, where a forum's replies name their posters


def _bylines(lines: list[str], first_body: int) -> str:
    """The bylines of the header and the page's last lines, one per line of a string; not a
    portal's title field, nor an e-paper's metadata line, which print the headline itself."""
    ends = [
        *range(min(first_body, len(lines))),
        *range(max(first_body, len(lines) - TAIL_BYLINE_LINES), len(lines)),
    ]
    found = [
        lines[i].strip()
        for i in ends
        if bp.is_meta(lines[i])
        and not TITLE_FIELD.search(lines[i])
        and "enpproperty" not in lines[i]
        and not bp.DATE_ONLY.match(lines[i])
    ]
    return "\n" + "\n".join(found[:BYLINES_LOOKED_AT]) + "\n"


def _named_in(line: str, bylines: str) -> bool:
    name = line.strip().rstrip(".。")  # "某某党建." under "以下文章来源于某某党建"
    return (
        2 <= len(name) <= ACCOUNT_NAME_CHARS
        and " " not in name
        and name in bylines
        and f"\n{name}\n" not in bylines
    )


def _below_the_byline(
    lines: list[str], header_kept: list[int], meta_idx: list[int], first_body: int
) -> list[int]:
    """The headline printed under the page's first byline or masthead, right above the article
    or another byline: the adjacent titleish kept lines there (at most MAX_TITLE_LINES)."""
    if not meta_idx:
        return []
    block: list[int] = []
    for i in header_kept:
        if i < meta_idx[0]:
            continue
        if (
            block
            and i - block[-1] > 1
            and any(
                not bp.is_meta(lines[k]) and not bp.is_chrome(lines[k]) and lines[k].strip()
                for k in range(block[-1] + 1, i)
            )
        ):
            break
        if not titleish(lines[i]):
            break
        block.append(i)
    printed_again = [k for n, k in enumerate(block) if lines[k] in {lines[j] for j in block[:n]}]
    if printed_again:
        # an e-paper's list of the page's headlines, then the article's own, printed again
        block = block[block.index(printed_again[-1]) :]
    if not block or len(block) > MAX_TITLE_LINES:
        return []
    # what follows the headline is the article, a byline (kept or not) or chrome, not more of
    # the header
    after = [k for k in range(block[-1] + 1, first_body) if lines[k].strip()]
    if any(k in header_kept and not NOT_A_HEADLINE.search(lines[k].strip()) for k in after):
        return []
    if len(block) == 2 and (
        _kicker(lines[block[0]], lines[block[1]])
        or NOT_THE_HEADLINE_LINE.search(lines[block[0]].strip())
    ):
        return block[1:]
    return _with_its_second_line(lines, block) if len(block) == 2 else block


# A kicker printed above the headline, short phrases side by side: "党旗飘在山乡  初心写在田间".
KICKER_PLACE_CHARS = 12  # characters of the headline line its opening place is looked for in


SHORT_PHRASE = re.compile(r"^[\u4e00-\u9fff“”\"]{4,20}$")  # over "某县：…", a whole kicker


PLACE_COLON = re.compile(r"^[\u4e00-\u9fff]{0,4}[:：]")


COUPLET = re.compile(r"^[\u4e00-\u9fff“”\"]{3,10}(\s+[\u4e00-\u9fff“”\"]{3,10})+$")


def _kicker(first: str, second: str) -> bool:
    """Whether `first` is a kicker over the headline `second`: a couplet over a line that opens
    with its own place ("某县:…"). A line that goes on from the couplet ("…  助力某县…") is the
    rest of one headline."""
    phrase = SHORT_PHRASE.match(first.strip())
    if not COUPLET.match(first.strip()) and not phrase:
        return False
    from helpers.extract.places.locate import find_mentions  # the gazetteer loads only if asked

    opening = second.strip()[:KICKER_PLACE_CHARS]
    mentions = find_mentions(opening)
    if not mentions or mentions[0].start != 0:
        return False
    # one phrase over a headline is a kicker only when the headline opens "某县:": its own place
    # and a colon, a headline whole without the phrase (the places after the colon are the
    # headline's own: "某县：某寨党员…")
    return not phrase or any(PLACE_COLON.match(opening[m.end :]) for m in mentions)


PLACE_KICKER_CHARS = 14


def _opens_with_a_place(line: str) -> bool:
    from helpers.extract.places.locate import find_mentions  # the gazetteer loads only if asked

    mentions = find_mentions(line.strip()[:KICKER_PLACE_CHARS])
    return bool(mentions) and mentions[0].start == 0


VILLAGE_TAIL = re.compile(r"^[\u4e00-\u9fff]{0,4}(村|嘎查|社区|屯)$")


PLACE_OVER_COLON = re.compile(r"^[\u4e00-\u9fff]{2,12}[:：]$")


def _place_over_colon(line: str) -> bool:
    """A line that is only a place and a colon, the first half of a headline broken after it."""
    return bool(PLACE_OVER_COLON.match(line.strip())) and _place_alone(line.strip()[:-1])


def _place_alone(line: str) -> bool:
    """Whether a line over the headline names only a place, the story's address: "某某镇某某村"
    set as a kicker over "牛棚连着党支部…"."""
    line = line.strip()
    if not 2 <= len(line) <= PLACE_KICKER_CHARS or " " in line:
        return False
    from helpers.extract.places.locate import places_from_start  # the gazetteer, only if asked

    covered = places_from_start(line)
    return covered > 0 and (covered == len(line) or bool(VILLAGE_TAIL.match(line[covered:])))


# A page that broke its sentences across lines: the next line opens with the comma or semicolon
# that went on from this one ("沃野千里" / "，他们是…"), so this line is no headline.
RUN_ON_OPENING = re.compile(r"^[，,；;、]\s*[\u4e00-\u9fff]")


def _runs_on(lines: list[str], headline_idx: list[int]) -> bool:
    after = headline_idx[-1] + 1 if headline_idx else len(lines)
    return after < len(lines) and bool(RUN_ON_OPENING.match(lines[after].strip()))


TYPE_LABEL_CHARS = 8


KIND_OF_ARTICLE = re.compile(
    r"(发布会|座谈会|推进会|会议|纪实|报告|通知|公告|简报|访谈|综述|调查)$"
)


def _below_its_type_label(lines: list[str], headline_idx: list[int]) -> list[int]:
    """The headline under a label that names the article's kind: a page that prints
    "某某工作纪实" over the headline and its subtitle "——某某村某某工作纪实" repeats the
    label at the subtitle's end, so the line between is the headline."""
    if len(headline_idx) == 2:
        # "新闻发布会" over "某市某某工作新闻发布会": the kind, then the headline that ends with it
        label, headline = (lines[i].strip() for i in headline_idx)
        if (
            len(label) <= TYPE_LABEL_CHARS
            and KIND_OF_ARTICLE.search(label)
            and len(headline) > len(label)
            and headline.endswith(label)
        ):
            return headline_idx[1:]
    if len(headline_idx) != 1:
        return headline_idx
    label_idx = headline_idx[0]
    label = lines[label_idx].strip()
    for below in range(label_idx + 2, min(label_idx + 4, len(lines))):
        subtitle = lines[below].strip()
        if subtitle.startswith(("——", "—", "--")) and subtitle.endswith(label):
            between = [i for i in range(label_idx + 1, below) if not _button_row(lines[i])]
            if between and all(titleish(lines[i]) for i in between):
                return between
    return headline_idx


# A paper's column name set on its own line over the headline, on an e-paper's page: "组织振兴",
# "基层传真". Four characters and no punctuation over a longer headline line is a label there; a
# site's two-line headline ("春到山乡" / "工作队带领群众…") keeps both lines.
COLUMN_LABEL_LINE = re.compile(r"^[\u4e00-\u9fff]{2,4}$")


COLUMN_HEADLINE_CHARS = 8


def _column_label(first: str, second: str) -> bool:
    return bool(COLUMN_LABEL_LINE.match(first.strip())) and (
        han_count(second) >= COLUMN_HEADLINE_CHARS
    )


NOT_THE_HEADLINE_LINE = re.compile(
    r"^(——|—|--|原标题\s*[:：])"
    # a series' label and its number: "…系列报道之三", "…系列报道（三）", "…系列报道③"
    r"|系列(报道|访谈|评论|述评)?(之[一二三四五六七八九十\d]+|[（(][一二三四五六七八九十\d]+[）)]|[①-⑳])$"
    # ... or a series' instalment by its kind: "“某某”一线见闻之三", "脱贫纪实之二"
    r"|(见闻|纪实|纪行|手记|日记|札记|蹲点记|巡礼|走笔|盘点)\s*(之[一二三四五六七八九十\d]+|[（(][一二三四五六七八九十\d]+[）)]|[①-⑳])$"
    # the body that signs a speech or a report, under its headline: "中共某某县委"; the
    # speaker with a role: "县委书记 某某某"
    rf"|{page_meta.SIGNING_BODY.pattern}"
    r"|^[\u4e00-\u9fff、]{0,16}(书记|县长|市长|州长|区长|旗长|主任|部长|局长|镇长|乡长|主席)"
    r"\s+[\u4e00-\u9fff·]{2,4}$"
    # ... or the role alone: "县委书记", "县委副书记、县长"
    r"|^(([省市州县区旗]委|[镇乡]党委)?(常务)?副?(书记|县长|市长|州长|区长|旗长|镇长|乡长)、?){1,2}$"
    # the speech's salutation: "各位代表：", "同志们："
    r"|^(各位|同志们|女士们|朋友们|亲爱的)[^。，,]{0,12}[:：]$"
    # the day it was given, in brackets: "（2017年3月21日，根据录音整理）"
    r"|^[（(](19|20)\d{2}年\d{1,2}月\d{1,2}日[^（）()]*[）)]$"
    # a feature's or a column's label on its own line: "专题:决战决胜脱贫攻坚", "【走基层】",
    # "习语润心 · 闽东山区纪行"
    r"|^(专题|专栏|栏目|特别策划|系列报道)\s*[:：]|^【[^】]{1,24}】$"
    # a kicker or a subtitle an e-paper labels as such: "【引题】…", "副题：…"
    r"|^(【(引题|副题|肩题)】|(引题|副题|肩题)\s*[:：])"
    r"|^[\u4e00-\u9fff]{2,8}\s+[·•]\s+[\u4e00-\u9fff]{2,10}$"
)


SUBTITLE_DASHES = ("——", "—", "--")
# A first line that is only half a headline: a kicker ending in a colon ("某某村:") or a column's
# label in brackets ("【走向小康·决战决胜】"); the headline goes on, or stands, on the next line.
HALF_HEADLINE = re.compile(r"([:：]\s*$)|^【[^】]{1,24}】\s*$")


# A document's issuer on a line of its own, over the rest of its headline: "中共某县委组织部" /
# "关于深入开展…的实施意见".
ISSUER_ALONE = re.compile(
    r"^(中共)?[\u4e00-\u9fff]{2,24}(委员会|人民政府|党委|党工委|组织部|宣传部|办公室|扶贫办|领导小组)$"
)
ABOUT = re.compile(r"^关于[\u4e00-\u9fff“”\"\d]")
# Bodies that issue a document jointly, on one line over its "关于…" line: the headline is the
# "关于…" line ("某县委办公室 某县政府办公室" / "关于…的通报").
_BODY = (
    r"(中共)?[\u4e00-\u9fff]{2,24}"
    r"(委员会|人民政府|党委|党工委|组织部|宣传部|办公室|扶贫办|领导小组)"
)
JOINT_ISSUERS = re.compile(rf"^{_BODY}(\s+{_BODY})+$")


def _issuer_over_about(lines: list[str], title_idx: list[int]) -> bool:
    """Whether the first of `title_idx` is a document's issuer over its "关于…" line."""
    return (
        len(title_idx) >= 2
        and bool(ISSUER_ALONE.match(lines[title_idx[0]].strip()))
        and bool(ABOUT.match(lines[title_idx[1]].strip()))
    )


def _with_its_second_line(lines: list[str], header_kept: list[int]) -> list[int]:
    first = header_kept[0]
    second = next((i for i in header_kept[1:2] if titleish(lines[i])), None)
    adjacent = second is not None and not any(lines[k].strip() for k in range(first + 1, second))
    if adjacent and (_kicker(lines[first], lines[second]) or _place_alone(lines[first])):
        return [second]  # a couplet over "某县：…", or a place set over the headline
    if (
        adjacent
        and _column_label(lines[first], lines[second])
        and _opens_with_a_place(lines[second])
    ):
        return [second]  # a column's label ("扶贫一线") over a headline that names its place
    if adjacent and _issuer_over_about(lines, [first, second]):
        return [first, second]  # a document's issuer over its "关于…" line: one headline
    m = HALF_HEADLINE.search(lines[first].strip())
    if m is None or not adjacent:
        return _with_its_second_half(lines, header_kept, first)
    return [first, second] if m.group(1) else _with_its_second_half(lines, header_kept, second)


# A lead's first words, a dateline, an outlet's name or a subtitle that lost its dash ("记某某"):
# not the rest of a headline.
NOT_A_SECOND_HALF = re.compile(
    r"^(记(?!住|得|录|忆|载)|据(悉|了解|统计|介绍)|本报|本台)|(讯|消息|获悉|报道|介绍)$"
    # an outlet, its desk or its reporter ("某某日报记者", "某某日报农村版", "某某广电总台")
    r"|日报|晚报|新闻网|融媒|电视台|广电|总台|记者|通讯员|^[\u4e00-\u9fff]{2,10}新闻$"
)
PLACE_OPENS_HEADLINE = re.compile(r"^[\u4e00-\u9fff]{2,12}[:：]\s*[\u4e00-\u9fff“”\"]{4,}$")
SPLIT_HEADLINE_HAN = 30  # a headline split in two short lines ("某县：支部建在产业上" / "党员…")


def _with_its_second_half(lines: list[str], header_kept: list[int], at: int) -> list[int]:
    """The headline at `at`, with the line right under it when the layout split one headline
    of the form "某地：…" in two: a short line of words without a colon or quotes, the last kept
    line before the article."""
    after = [i for i in header_kept if i > at]
    if after != [at + 1]:
        return [at]
    head, rest = lines[at].strip(), lines[at + 1].strip()
    if (
        PLACE_OPENS_HEADLINE.match(head)
        and titleish(rest)
        # a subtitle names its own campaign or says its own clause: “三个到位”推动…
        and not re.search(r"[:：“”\"，,\s]", rest)  # nor a name and its button: "某某 关注"
        and not NOT_A_SECOND_HALF.search(rest)
        and han_count(head) + han_count(rest) <= SPLIT_HEADLINE_HAN
        and _opens_with_a_place(head)
    ):
        return [at, at + 1]
    return [at]


def _below_site_chrome(lines: list[str], header_kept: list[int]) -> list[int]:
    """A page without a byline whose header has a kept line (the site's name, an app banner),
    then removed chrome (a breadcrumb, a search box), then the headline: the last block of
    adjacent titleish lines, not the first line."""
    candidates = [i for i in header_kept if titleish(lines[i])]
    if len(candidates) < 2:
        return []
    last = candidates[-1]
    block = [last]
    for i in reversed(candidates[:-1]):
        if not all(not lines[k].strip() or _button_row(lines[k]) for k in range(i + 1, block[0])):
            break
        block.insert(0, i)
    first = candidates[0]
    if block[0] == first or any(
        k > last and not bp.SENTENCE_PUNCT.search(lines[k]) for k in header_kept
    ):
        return []  # the headline stands right above the article: no list or label between
    # a menu, breadcrumb or widget between them, not a site's name or a dateline
    removed_between = any(
        k not in header_kept
        and (bp.is_chrome(lines[k]) or bp.WIDGET_TAIL.search(lines[k]))
        and not _button_row(lines[k])  # share buttons under the headline do not end it
        for k in range(first + 1, block[0])
        if has_han(lines[k], 2)
    )
    return block[-MAX_TITLE_LINES:] if removed_between else []


# Reposts on forums put the headline under the first paragraph ("7月8日,某镇首家扶贫车间挂牌
# 成立。" then "某县某镇首家"扶贫车间"成立"): a short unpunctuated line just below the lead that
# says what the lead says.
BELOW_LEAD_LINES = 3  # kept lines looked at after the lead


HEADLINE_CHARS = (8, 40)


SHARED_BIGRAMS = 4


HEADLINE_PUNCT = re.compile(r"[。，,；;！？!?：:]")


def _title_below_lead(lines: list[str], kept_idx: list[int], first_body: int) -> list[int]:
    after = [i for i in kept_idx if i > first_body]
    if first_body >= len(lines):
        return []
    lead = _bigrams(lines[first_body])
    for n, i in enumerate(after[:BELOW_LEAD_LINES]):
        line = lines[i].strip()
        if (
            HEADLINE_CHARS[0] <= len(line) <= HEADLINE_CHARS[1]
            and han_count(line) >= HEADLINE_CHARS[0] - 2
            and not HEADLINE_PUNCT.search(line)
            and not NOT_A_HEADLINE.search(line)  # a photo's caption says what the lead says too
            and len(_bigrams(line) & lead) >= SHARED_BIGRAMS
            # a headline has the story below it; a line that only closes the text is its
            # signature ("某某驻村工作队")
            and any(_is_prose(lines[k]) for k in after[n + 1 :])
        ):
            return [i]
    return []


def _is_prose(line: str) -> bool:
    return len(line) > HEADLINE_CHARS[1] and bool(HEADLINE_PUNCT.search(line))


def _bigrams(line: str) -> set[str]:
    han = "".join(HAN_RUNS.findall(line))
    return {han[k : k + 2] for k in range(len(han) - 1)}


def titleish(line: str) -> bool:
    return (
        4 <= len(line) <= MAX_TITLE_CHARS
        and "。" not in line
        and han_count(line) >= 4
        and not NOT_A_HEADLINE.search(line)
        and not bp.keyword_row(line)
        and not garbled(line)
    )


# A byline ("某某网记者 张三", "记者张三通讯员李四") or an author's affiliation with its postcode
# ("(某某学院 贵州 凯里 556011)") where a headline would stand.
NOT_A_HEADLINE = re.compile(
    r"^\S{0,12}?((记者|通讯员|摄影|摄)\s*[\u4e00-\u9fff·]{2,3}(\s+[\u4e00-\u9fff·]{2,3})*\s*)+$"
    r"|\d{6}\s*[)）]?$"
    # a byline without a name ("本刊记者"), authors joined by + ("张三+李四+王五")
    r"|^(本报|本刊|本网|本台)?(特约)?(记者|通讯员|评论员)$"
    # ... a byline with its credit for the pictures: "本报记者 某某某某 文/图"
    r"|^(本报|本刊|本网|本台)?(特约|全媒体)?(记者|通讯员)\s+[\u4e00-\u9fff·]{2,5}"
    r"(\s+[\u4e00-\u9fff·]{2,5})*\s*(文/图|图/文|文/摄|文图|摄)?$"
    r"|^(本报|本刊|本网|本台)?(特约|全媒体)?(记者|通讯员)[\u4e00-\u9fff·]{2,4}\s*"
    r"(文/图|图/文|文/摄|文图)$"
    # a table's header, its units in brackets: "村名 贫困户(户) 贫困人口(人) 收入(万元)"
    r"|([(（](户|户数|人|人数|万人|万户|万元|元|元/人|亩|个|名|%)[)）].*){2,}"
    # (a Tibetan name or a compound surname's has four characters: "索南才让", "欧阳明月")
    r"|^[\u4e00-\u9fff·]{2,4}([+＋][\u4e00-\u9fff·]{2,4}){2,}$"
    # a photo's caption: "张三(左)与…", "…现场 摄影:李四"
    r"|[(（][左右中前后][一二三四五六]?[)）]|摄影?\s*[:：]"
    # ... or its credit at the end: "…生产情况 本报记者 摄", "…（通讯员 供图）", "… 摄影 张三",
    # "…（资料图）"; a photo's mark before it: "▲某村党员在…", "△图为…"
    rf"|(\s|记者|通讯员|[(（])(摄|供图)[)）]?$|{bp.PHOTO_CAPTION.pattern}"
    # a site's own name as the page title: "某某(中国)官方网站", its sponsors "某县委 某县政府 主办"
    r"|(官方网站|官网|主办)$|^(用户)?登录\s*[|｜]"
    # a dateline without its year: "04-21 14:25", "10/15某某晚报"
    r"|^\d{1,2}[-/]\d{1,2}(?![\d/-])"
    # a summary's or a page's guide: "导读:…", "【本版导读】", "本文导航"
    r"|^【?(本版|本期|本文)?(导读|导航|摘要|内容提要|核心提示|编者按)(】|\s*[:：]|$)"
    # a report's or a book's own section heading: "二、主要工作", "(三)…", "第二编 县域篇"
    r"|^[一二三四五六七八九十]{1,3}、|^[（(][一二三四五六七八九十]{1,3}[）)]"
    r"|^第[一二三四五六七八九十\d]{1,3}(编|章|节|篇|部分)(\s|$)"
    # a document's number: "某组报〔2019〕68号", "某政发[2020]12号"
    rf"|{bp.DOCUMENT_NUMBER.pattern}"
    # a periodical's issue line under the headline: "《某某》 2018年第37期"
    r"|^《[^《》]{2,12}》\s*(19|20)\d{2}\s*年?\s*第?\s*\d{1,3}\s*期$"
    # a pull quote: a motto or a saying set apart in its quotation marks, often in bold
    r"|^\*\*|^“[^“”]*[，,、；;][^“”]*”$"
    # the tail of a sentence an excerpt cut: it opens with punctuation, with 的, with the end of
    # a speaker's name ("…静说，“…”"), or closes a quotation it never opened
    r"|^[，,。、；;：:！!？?）)”」』]|^的(?!确)|^[\u4e00-\u9fff]{0,2}说[，,:：]|^[^“]*”"
)


# "原标题:某某" on reposts; a byline glued after the headline: "某某标题 本报记者 张三".
# and a portal's table's own field: "标 题：…", "名 称：…"
# An official account's name alone on its line ("某某发布", "某某组工"): under a headline, the
# account that posted it. Not 先锋 or 观察, which end headlines' lines too ("争当致富先锋").
ACCOUNT_ALONE = re.compile(r"[\u4e00-\u9fff]{2,5}(发布|组工|微讯|融媒)")
ORIGINAL_TITLE = re.compile(r"^(原标?题|标\s*题|名\s*称)\s*[:：]\s*")
# alone on its line or closing the last paragraph: "…均已退出。（原标题：…）"
# (or in 【】, "原题为", with the editor's name after it)
ORIGINAL_TITLE_BRACKETED = re.compile(
    r"[（(【]原标?题为?\s*[:：]\s*(?P<headline>[^（）()【】]{4,60})[）)】]"
    r"(\s*[（(【]责任编辑[^（）()【】]{0,12}[）)】])?$"
)


# A forum's or a repost's tag before a headline, its buttons after it: "[本地新闻] 标题 [复制链接]",
# "【转】标题", "[默认] 标题".
THREAD_TAGS = re.compile(
    r"^\s*(\[[^\[\]\s]{1,6}\]|【(转|转载|转帖|原创|分享|推荐|置顶|精华)】)\s*|\s*\[(复制链接|打印本页)\]\s*$"
    # a blog's mark of a repost, with its colon: "转载：标题"
    r"|^(转载|转帖)\s*[:：]\s*(?=\S{6})"
    # a platform's buttons run into the headline's line: "搜索 文档 标题", "申请入驻 标题"
    r"|^((搜索|文档|申请入驻|登录|注册|下载)\s+)+(?=\S{6})"
)


# A headline wholly in the brackets a page sets it in: "【某县：标题】".
BRACKETED_HEADLINE = re.compile(r"^【(?P<headline>[^【】]{6,60})】$")


# ... with a space before it, or glued when the paper names its own reporter: "标题本报记者 某某"
GLUED_BYLINE = re.compile(
    r"(\s+(本报|本网)?|(?<=[^\s—\-])(本报|本网))(特约记者|记者|通讯员|作者)\s*[:：]?\s*[\u4e00-\u9fff·]{2,4}"
    r"([\s、,，]+[\u4e00-\u9fff·]{2,4})*$"
    # ... or a reporter and the correspondent after him, glued on: "标题”记者 张某 通讯员 李某"
    r"|(?<=[\u4e00-\u9fff”\"])记者\s+[\u4e00-\u9fff·]{2,4}\s+通讯员\s+[\u4e00-\u9fff·]{2,4}$"
)


# What a page prints around its headline (each checked with an invented example in
# tests/test_clean.py): a news agency's dateline and 题:, a breadcrumb ending in >, a column's
# label before a bar or in 【】, a site's name after a bar, a paper's name before it.
AGENCY_LEAD = re.compile(r"^.{2,24}?\d{1,2}月\d{1,2}日电\s*题\s*[:：]\s*")


BREADCRUMB = re.compile(r"^.*[>＞]\s*")


# A column's label before a bar is shorter than the headline after it; a longer first part is
# the headline, and what follows the bar the site's name.
LABEL_BAR = re.compile(r"^[^|｜丨]{1,16}\s*[|｜丨]\s*")


BAR_TAIL = re.compile(r"\s*[|｜丨_][^|｜丨_]{1,24}$")
# A byline's outlet glued after the headline, its date cut before: "标题来源:某某日报".
SOURCE_TAIL = re.compile(r"(?<=\S)(来源|稿源)\s*[:：]\s*[\u4e00-\u9fff]{2,16}$")
# A forum's tab title names the board and the forum: "标题 - 某版块 - 某某论坛 - Powered by
# Discuz!".
FORUM_TAB_TAIL = re.compile(
    r"(\s+-\s+[^-]{1,20}?){0,3}\s+-\s+Powered\s+by\s+Discuz!?\s*$"
    r"|_[^_\s]{1,12}吧_百度贴吧$",  # a Tieba thread's: "标题_某某吧_百度贴吧"
    re.I,
)


# A blog's tab title names the blogger and the platform: "标题_某某的博客_新浪博客".
BLOG_TAB_TAIL = re.compile(
    r"(\s*_\s*|\s+[-–]\s+)[^_|｜丨]{1,24}?(\s*_\s*|\s+[-–]\s+)[\u4e00-\u9fffA-Za-z]{0,6}博客$"
    r"|\s+[-–]\s+[^_|｜丨\-–]{1,16}的(博客|日志)$"  # "标题 - 某某的博客"
)  # ... or "标题 - 某某的日志 - 网易博客"


LABEL_BRACKET = re.compile(r"^(【[^】]{1,24}】|\[[\u4e00-\u9fff·]{2,12}\])\s*")  # "[脱贫攻坚]标题"


# and glued to a place's kicker: "某某日报福贡:标题"; but a paper that is the headline's subject
# stays: "人民日报关注西吉：…", "某某日报头版点赞…"
PAPER_IS_THE_SUBJECT = re.compile(
    r"^(社|关注|聚焦|点赞|报道|头版|刊发|刊登|推介|专访|记者|走进|驻村|帮扶|定点|[“\"]|百名)"
)
PAPER_FIRST = re.compile(
    r"^[\u4e00-\u9fff]{2,10}(日报|晚报|电子报|电子版|时报|数字报)"
    r"(\s*[-–—_|｜]\s*|\s+|\s*[:：]\s*|(?=(?!关注|聚焦|点赞|报道|头版|刊发|刊登|推介|专访)"
    r"[\u4e00-\u9fff]{2,6}[:：]\S{6}))"
    # a news site's name, set apart by a space: "中国某某网 标题", "某某新闻网 标题", "某某在线
    # 某县：标题" (not a headline's first half that ends in 网 or 在线: "织密一张网 …",
    # "便民服务在线 群众…")
    r"|^(中国[\u4e00-\u9fff]{2,4}网|[\u4e00-\u9fff]{2,8}新闻网)\s+"
    r"|^[\u4e00-\u9fff]{2,6}在线\s+(?=[\u4e00-\u9fff]{2,8}[:：])"
)


# An e-paper's page before the headline on its line: "A03版：某镇：标题", "第5版:标题"; in a tab
# title after the paper's name: "某某日报数字报-第A3版-标题".
PAGE_LABEL = re.compile(rf"^(第\s*)?{PAGE_NUMBER}\s*[:：\-_–]\s*")


# An e-paper's bullet before the headline its list of the page's articles marks: "◇ 标题".
BULLET = re.compile(rf"^[{LIST_BULLETS}]\s*")


# A series' label before the headline on its line: "“某某”系列报道 标题".
SERIES_LABEL = re.compile(r"^\S{2,30}?(系列报道|系列之[一二三四五六七八九十\d]+)\s+")


# A forum's or a blog's mark of a repost after the headline: "标题(转)", "标题【转载】".
REPOST_MARK = re.compile(r"\s*[(（【\[](转|转载|转帖)[)）】\]]$")
# A gallery's mark after the headline: "标题(图)", "标题（组图）" (four readers of five cut it; a
# page number, "标题(2)", stays, as the dev gold keeps a part's "( 三 )").
PICTURE_MARK = re.compile(r"\s*[(（【\[](图|组图|多图|图文)[)）】\]]$")


# A column's name in brackets after the headline, as a paper's site prints it: "标题（深度关注·
# 某某专题）", "标题（扶贫攻坚）". A part of a series stays: "标题（三）", "标题（上篇）", a
# press conference's "（第三场）"; so does a
# bracket with digits (a document's number).
COLUMN_TAIL = re.compile(
    r"\s*[(（](?!第?[\s一二三四五六七八九十〇零上中下之续完]+(篇|部分|集|期|场|讲|季)?[)）])"
    # a document's own kind of copy: "政府工作报告（摘登）", "述职报告（摘要）"
    r"(?!(摘要|摘登|节选|摘编|全文|草案|试行)[)）])"
    r"[^()（）\d]{2,24}[)）]$"
)


# A forum's tags around a thread's title ("[转帖]标题 [复制链接]"), a list's bullet ("·标题"), a
# document site's file name ("标题.doc").
FORUM_TAG = re.compile(
    r"^\s*([\[【](转帖|转载|原创|分享|推荐|精华)[\]】]|[·•●◆■▪]"
    # a forum's category in square brackets: "[乡村振兴] 标题"
    r"|\[[\u4e00-\u9fff]{2,6}\](?=\s))\s*"
)


COPY_LINK = re.compile(r"\s*\[(复制链接|打印|只看该作者)\]")


FILE_EXTENSION = re.compile(r"\.(docx?|pdf|pptx?|wps|txt|xlsx?)$", re.I)


# A page title's tail naming its site after a hyphen: "标题-某某新闻网", "标题_某某日报".
SITE_TAIL = re.compile(
    r"\s*[-_–]\s*[\u4e00-\u9fffA-Za-z]{2,12}(网|日报|晚报|在线|新闻|频道|政府|门户|数字报|电子报)$"
    r"|\s*[-_–]\s*(每日|今日)头条$"
)


# A page title's tail after a double hyphen: "标题--山东频道--某某新闻".
DOUBLE_HYPHEN_TAIL = re.compile(r"\s*--.*$")


BARS = re.compile(r"[|｜丨]")


MIN_HEADLINE = 6  # characters a headline keeps after its page's labels are cut


def tidy_title(title: str) -> str:
    """The headline alone: without a repost's "原标题:" label, a byline glued after it, or what
    the page printed around it (an agency's dateline, a breadcrumb, a column's label, the
    site's or the paper's name), and printed once when the page printed it twice.

    >>> tidy_title("原标题:某某县党建引领脱贫"), tidy_title("某某村的新路子 本报记者 张三")
    ('某某县党建引领脱贫', '某某村的新路子')
    """
    original = ORIGINAL_TITLE_BRACKETED.fullmatch(title.strip())  # "（原标题：…）" alone
    title = original["headline"] if original else title
    title = GLUED_BYLINE.sub("", ORIGINAL_TITLE.sub("", THREAD_TAGS.sub("", title))).strip()
    bracketed = BRACKETED_HEADLINE.match(title)
    title = bracketed["headline"] if bracketed else title
    for tag in (FORUM_TAG, COPY_LINK, FILE_EXTENSION):
        title = tag.sub("", title).strip()
    if len(BARS.findall(title)) >= 2:
        return ""  # "某某网 | 本地通 | 影讯 | …": a menu, not a headline
    title = _without_place_site_first(title)
    for label in (
        AGENCY_LEAD,
        PAGE_LABEL,
        BULLET,
        BREADCRUMB,
        LABEL_BAR,
        LABEL_BRACKET,
        PAPER_FIRST,
        PAGE_LABEL,  # again, after the paper's name
        FORUM_TAB_TAIL,
        BLOG_TAB_TAIL,
        BAR_TAIL,
        SOURCE_TAIL,
        DOUBLE_HYPHEN_TAIL,
        SITE_TAIL,
        REPOST_MARK,
        PICTURE_MARK,
        COLUMN_TAIL,
        SERIES_LABEL,
    ):
        shorter = label.sub("", title, count=1).strip()
        if label is LABEL_BAR and len(shorter) <= len(title) - len(shorter):
            continue
        if len(shorter) >= MIN_HEADLINE:
            title = shorter
    return _once(title)


def _without_place_site_first(title: str) -> str:
    """The headline without a place's news site named before it by a hyphen ("某阳网 - 标题",
    "中国某省网-标题"); a headline's own first half may end in 网 ("织密防贫保障网 - …")."""
    m = PLACE_SITE_FIRST.match(title)
    if m is None or len(title) - m.end() < MIN_HEADLINE:
        return title
    return title[m.end() :] if page_meta.place_only(m["place"]) else title


# (not a site's title with its sections after underscores or bars: "某某网-种植_养殖_政策")
PLACE_SITE_FIRST = re.compile(
    r"^(中国)?(?P<place>[\u4e00-\u9fff]{2,4})网\s*[-–]\s*(?![^_|｜]*[_|｜])"
)


def _once(title: str) -> str:
    """A headline the page printed twice, with or without a space between: once."""
    half, rest = divmod(len(title), 2)
    if rest == 0 and title[:half] == title[half:]:
        return title[:half]
    first, space, second = title.partition(" ")
    while space:
        if first.strip() == second.strip():
            return first.strip()
        more, space, second = second.partition(" ")
        first = f"{first} {more}"
    return title


# A short line taken for the headline that names an account (某县发布, 某某融媒) or a page's
# furniture (版面概览), or a letter's salutation (各村党支部、镇直各单位：): no headline. (Short
# headlines are real, 背篓书记, 山乡巨变; so are headlines ending in a colon, 听他们说：.)
SHORT_HEADLINE_HAN = 6
SHORT_FURNITURE = re.compile(r"(发布|融媒|组工|党建|零距离|概览|导航)$")
SALUTATION = re.compile(
    r"^(尊敬的|各位|各|全县各|县直各|全市各|全体)[^。！？]{0,30}[:：]$"
    r"|[、，,](各|全体)?[^、，,。]{0,12}(单位|党支部|党委|部门|同志们|代表们)[:：]$"
)


def not_a_headline_alone(title: str) -> bool:
    """Whether a line taken for the headline is an account's name, furniture or a salutation."""
    short = han_count(title) < SHORT_HEADLINE_HAN
    return bool(title) and (
        (short and (_account_alone(title) or bool(SHORT_FURNITURE.search(title))))
        or bool(SALUTATION.search(title))
        or bool(SITE_TAB_TITLE.match(title))
        or _outlets_only(title)
    )


# A site's own outlets, a link each, run into one line: "某某新闻网论坛 某省手机报".
OUTLET_LINK = re.compile(rf"(?:{bp.WHOLE_MEDIA_NAME.pattern})(?:论坛|官方微信|官方微博)?")
FORUM_OR_ACCOUNT = re.compile(r"(网|报)论坛$|手机报$|官方(微信|微博)$")


def _outlets_only(title: str) -> bool:
    """Whether a line is only outlets' names: two or more, or one of a site's forum or
    account (one name ending in 报 or 台 alone may be a headline's last word: "…传捷报")."""
    parts = title.split()
    return all(OUTLET_LINK.fullmatch(part) for part in parts) and (
        len(parts) >= 2 or bool(FORUM_OR_ACCOUNT.search(title))
    )


# A site's own tab title: its name, then the words it wants found ("某某文化网_某某精神_红色旅游")
SITE_TAB_TITLE = re.compile(
    r"^[\u4e00-\u9fff]{2,12}网(_[\u4e00-\u9fff]{2,10}){2,}$"
    # ... a news site's name and a section, its brand cut: "某县新闻_某省地方资讯"
    r"|^[\u4e00-\u9fff]{2,8}(新闻|资讯)(_[\u4e00-\u9fff]{2,10})+$"
    # a portal's name and its section: "某县人民政府 - 乡镇动态"
    r"|^[\u4e00-\u9fff]{2,16}(人民政府|政府网|门户网站?)\s*[-–_|｜]\s*[\u4e00-\u9fff]{0,6}"
    r"(动态|新闻|要闻|信息|公开|频道|资讯)$"
)


# What names an e-paper's list of its page's headlines, over them (a ticker printed twice, or a
# menu printed for the desktop and for the phone, is no such list)
EPAPER_LIST = re.compile(r"本版|版面|标题导航")


# A series' label as an e-paper's kicker, over the headline it introduces: "某地扶贫一线见闻" /
# "某溪畔的红色管家" (not over a subtitle: "某村脱贫见闻" / "——记…" is the headline).
SERIES_KICKER = re.compile(r"^[\u4e00-\u9fff]{2,10}(一线见闻|见闻|纪行|走笔|巡礼)$")


def _series_kicker(lines: list[str], title_idx: list[int]) -> bool:
    return (
        len(title_idx) >= 2
        and bool(SERIES_KICKER.match(lines[title_idx[0]].strip()))
        and not lines[title_idx[1]].strip().startswith(SUBTITLE_DASHES)
    )


def _bulleted_again(lines: list[str], first_body: int) -> str:
    """An e-paper's list of the page's headlines, each after its bullet ("■ 某镇：标题"), then the
    article's own printed again, bullet and all, right above its byline or its lead."""
    above = [i for i in range(first_body) if lines[i].strip() and not bp.is_meta(lines[i])]
    if not above:
        return ""
    last = lines[above[-1]].strip()
    listed = {lines[i].strip() for i in above[:-1]}
    return tidy_title(last) if bp.BULLET_ITEM.match(last) and last in listed else ""


# A site's name as its page prints it first on a line of the top: "中国某某网 首页 > 某县".
SITE_OPENING = re.compile(
    r"^[\u4e00-\u9fffA-Za-z]{2,10}(网|日报|晚报|在线|电视台|客户端)(?=\s|$|首页|[>»|｜])"
)
SITE_LINES = 5  # the page's first lines, where its own name stands, after a row or two of chrome


# A paper's name as a page's trail or masthead prints it: "某某网 > 某某日报 > 第05版".
PAPER_TOKEN = re.compile(r"^[\u4e00-\u9fff]{2,8}(日报|晚报)$")
PAPER_SPLIT = re.compile(r"[\s>»|｜]+")


def _without_its_site(title: str, top_lines: list[str]) -> str:
    """The headline without the site's name glued after it ("标题某某网"), the name the page
    prints first on a line above, or the paper's glued before it ("某某日报标题"), the name its
    trail or masthead prints."""
    for line in top_lines[:SITE_LINES]:
        m = SITE_OPENING.match(line.strip())
        if m and title.endswith(m.group()) and len(title) - len(m.group()) >= MIN_HEADLINE:
            return title[: -len(m.group())].strip()
        for token in PAPER_SPLIT.split(line.strip()):
            rest = title[len(token) :]
            if (
                PAPER_TOKEN.match(token)
                and title.startswith(token)
                and len(rest) >= MIN_HEADLINE
                and not PAPER_IS_THE_SUBJECT.match(rest)
            ):
                return rest.strip()
    return title


def choose(
    lines: list[str],
    kept_idx: list[int],
    summary_points: set[int],
    first_body: int,
    header: list[str],
    meta: list[str],
) -> tuple[str, str]:
    """The headline of a page whose article lines are known (`kept_idx`, the first at
    `first_body`), and the self-media account printed over it ('' when none)."""
    named = _named_in_its_table(lines[:first_body])
    if named:
        at = next((i for i in range(first_body) if lines[i].strip() == named), -1)
        return tidy_title(named), page_meta.self_media_account(lines, at)
    title_idx = _title_lines(lines, [i for i in kept_idx if i not in summary_points], first_body)
    # the headline alone: a subtitle line ("——某县脱贫纪实") or a series' label line ("…系列之一")
    # printed with it is not part of it
    headline_idx = [
        i
        for k, i in enumerate(title_idx)
        if not (
            NOT_THE_HEADLINE_LINE.search(lines[i].strip()) or _series_kicker(lines, title_idx[k:])
        )
        or _issuer_over_about(lines, title_idx[k:])
    ]
    if not headline_idx and all(lines[i].strip().startswith(SUBTITLE_DASHES) for i in title_idx):
        title_idx = []  # a subtitle whose headline the excerpt lost: "——记某村第一书记"
    if not headline_idx and any(ORIGINAL_TITLE.match(lines[i].strip()) for i in title_idx):
        # a repost's "原标题：…" over its subtitle: the headline without the subtitle
        title_idx = [i for i in title_idx if not lines[i].strip().startswith(SUBTITLE_DASHES)]
    on_epaper = any(bp.EPAPER_PAGE.match(line) for line in header)
    page_names = _page_names([*header, *meta])
    while len(headline_idx) >= 2 and lines[headline_idx[0]].strip() in page_names:
        headline_idx = headline_idx[1:]  # the e-paper's page, by its name, over the headline
    if len(headline_idx) >= 2 and (
        _kicker(lines[headline_idx[0]], lines[headline_idx[1]])
        or _place_alone(lines[headline_idx[0]])
        or (on_epaper and _column_label(lines[headline_idx[0]], lines[headline_idx[1]]))
    ):
        headline_idx = headline_idx[1:]
    if len(headline_idx) >= 2 and JOINT_ISSUERS.match(lines[headline_idx[0]].strip()):
        if ABOUT.match(lines[headline_idx[1]].strip()):
            headline_idx = headline_idx[1:]
    headline_idx = _listed_alone(lines, headline_idx, header)
    headline_idx = _below_its_type_label(lines, headline_idx)
    if _runs_on(lines, headline_idx or title_idx):
        headline_idx = title_idx = []
    account = page_meta.self_media_account(lines, (headline_idx or title_idx or [-1])[0])
    if len(headline_idx) > 1 and (
        (account and lines[headline_idx[-1]].strip().startswith(account))
        or _account_alone(bp.WIDGET_WORDS.sub("", lines[headline_idx[-1]]).strip())
    ):
        headline_idx = headline_idx[:-1]  # the account's name under the headline, not its end
    if kept_idx and all(i > kept_idx[0] for i in headline_idx or title_idx):
        # a line below the lead (a photo's caption) is no headline when the lead opens with
        # one glued to its dateline: "标题某某网某地讯(记者…)"
        glued = _glued_to_its_dateline(lines[kept_idx[0]])
        if glued:
            headline_idx = title_idx = []
    if _in_its_list(lines, headline_idx or title_idx, first_body):
        headline_idx = title_idx = []
    title = tidy_title(_joined([lines[i] for i in headline_idx or title_idx]))
    title = _as_printed(title, lines[:PRINTED_SEARCH])
    title = _without_its_site(title, lines[:first_body])
    if not_a_headline_alone(title):
        title = ""
    if not title and kept_idx:
        title = _doubled_opening(lines[kept_idx[0]]) or _glued_to_its_dateline(lines[kept_idx[0]])
    if not title and (on_epaper or any(EPAPER_LIST.search(line) for line in header)):
        title = _bulleted_again(lines, first_body)
    if not title or han_count(title) < SHORT_HEADLINE_HAN:
        # a column's short name over a headline glued to its date: the headline
        title = next(filter(None, map(_headline_with_its_time, meta)), "") or title
    if not title:
        title = next(filter(None, map(_ending_the_trail, header)), "")
    if not title:
        title = next(filter(None, map(_glued_to_the_article_label, header)), "")
    if not title:
        # a repost that lost its headline names it at its end: "原标题：…"
        # ... or in brackets after its last paragraph: "（原标题：…）"
        title = next(filter(None, map(_original_title, lines)), "")
    return title, account


# An e-paper's pages by their names, in its dateline or its list of pages: "第02版：脱贫攻坚".
PAGE_NAME = re.compile(rf"第\s*{PAGE_NUMBER}\s*[:：]?\s*(?P<name>[\u4e00-\u9fff·]{{2,12}})")


def _page_names(header_lines: list[str]) -> set[str]:
    return {m["name"] for line in header_lines for m in PAGE_NAME.finditer(line)}


# A portal's table of a document's properties names it: "名　　称：某县…", "信息名称：…";
# the value ends at the gap before the table's next field.
TABLE_TITLE = re.compile(
    r"(?:^|(?<=\s))(?:信息|文件|文章|公文)?(?:名\s*称|标\s*题)\s*[:：]\s*"
    r"(?P<title>[^\s:：|｜][^:：]*?)(?=\s{2,}|\u3000|\s*[|｜]|$)"
)
# ... or its cells between bars, as a flattened table prints them: "标 题 | 某乡工作总结 | 有效性 |"
TABLE_TITLE_BARRED = re.compile(
    r"(?:^|(?<=[\s|｜]))(?:信息|文件|文章|公文)?(?:名\s*称|标\s*题)\s*[|｜]\s*(?P<title>[^|｜]+?)\s*[|｜]"
)
# ... or an e-paper's labelled fields: "【引题】…" / "【标题】某乡:…" / "【副题】——…"
TABLE_TITLE_BRACKETED = re.compile(r"^【(?:标\s*题|正\s*题|主标题)】\s*(?P<title>\S.*)$")
MIN_TABLE_TITLE_HAN = 6


def _named_in_its_table(header_lines: list[str]) -> str:
    """The headline a portal's table of properties gives its document, or ''."""
    for line in header_lines:
        m = (
            TABLE_TITLE.search(line.strip())
            or TABLE_TITLE_BARRED.search(line.strip())
            or TABLE_TITLE_BRACKETED.match(line.strip())
        )
        if m and bp.han_count(m["title"]) >= MIN_TABLE_TITLE_HAN:
            return m["title"].strip()
    return ""


# Where a headline's lines (joined by spaces as they are found in the text) read as one: after
# a colon ("某县：" / "标题"), and between a document's issuer and its "关于…" line.
JOIN_WITHOUT_SPACE = re.compile(r"(?<=[:：]) +(?=\S)|(?<=[\u4e00-\u9fff]) +(?=关于)")


def on_one_line(title: str) -> str:
    """The headline as a table prints it: its lines read as one line."""
    return JOIN_WITHOUT_SPACE.sub("", title)


def _original_title(line: str) -> str:
    """The headline a repost names as the original's ("原标题：…", "（原标题：…）"), or ''."""
    line = line.strip()
    if ORIGINAL_TITLE.match(line):
        return tidy_title(line)
    m = ORIGINAL_TITLE_BRACKETED.search(line)
    return tidy_title(m["headline"]) if m else ""


# The last step of a "you are here" trail, when it is the article's headline:
# "您的位置:首页>>政务公开>>某镇:老区支部“晒”出脱贫成绩单" (a section's name is shorter).
# A headline shows itself by a place's colon, a quotation or a space between its phrases; a
# section's name is a phrase ending in its kind ("…专题报道", "…工作动态").
TRAIL_STEP = re.compile(r"\s*(?:>>|»|[>›→]|\s[/\-－]\s)\s*")
TRAIL_HEADLINE_HAN = 10
HEADLINE_SIGN = re.compile(r"[:：“”\"]|[\u4e00-\u9fff]\s+[\u4e00-\u9fff]")
SECTION_END = re.compile(r"(动态|专题|专栏|报道|新闻|要闻|信息|公开|公告|通知|衔接|工作)$")


# A forum's trail needs no "you are here": "某某论坛 › 本地资讯 › 【转帖】标题"
FORUM_TRAIL = re.compile(rf"^\S{{2,10}}({FORUM_WORDS})\s*[›»]")
# ... nor does a trail from the home page, when its last step is printed again below
HOME_TRAIL = re.compile(r"^(首页|网站首页|主页)\s*(>>|[›»>→])")


def _crumb_printed_below(lines: list[str], trail_lines: range, kept_idx: list[int]) -> list[int]:
    """The line under the byline that prints the last step of a trail above it again, else []."""
    for k in trail_lines:
        line = lines[k].strip()
        if not (HOME_TRAIL.match(line) or FORUM_TRAIL.match(line)):
            continue
        crumb = re.sub(r"\s", "", tidy_title(TRAIL_STEP.split(line)[-1]))
        again = [
            i for i in kept_idx if i > trail_lines.stop and re.sub(r"\s", "", lines[i]) == crumb
        ]
        # (a section's name printed again is no headline: "…扶贫动态", "…工作")
        if len(crumb) >= MIN_HEADLINE and again and not SECTION_END.search(crumb):
            return again[:1]
    return []


def _ending_the_trail(line: str) -> str:
    if not (bp.POSITION_TRAIL.search(line) or FORUM_TRAIL.match(line.strip())):
        return ""
    last = re.sub(r"^正文(?=\S{8})", "", TRAIL_STEP.split(line)[-1].strip())  # "…>>正文标题"
    headline = (
        han_count(last) >= TRAIL_HEADLINE_HAN
        and HEADLINE_SIGN.search(last)
        and not SECTION_END.search(last)
        and titleish(last)
    )
    return tidy_title(last) if headline else ""


# A trail whose last step, 正文, lost the line break before the headline: "首页 > 某某新闻 >
# 正文某县某镇:支部领办养牛场".
GLUED_TO_ARTICLE_LABEL = re.compile(r"[>›»]\s*正文(?P<headline>[^\s>›»].{7,60})$")


def _glued_to_the_article_label(line: str) -> str:
    m = GLUED_TO_ARTICLE_LABEL.search(line.strip())
    return tidy_title(m["headline"]) if m and titleish(m["headline"]) else ""


def _account_alone(line: str) -> bool:
    """An official account's name alone on its line: a place's name and the account's kind
    ("某县发布", "某市组工"); "成绩单发布" is the end of a headline."""
    m = ACCOUNT_ALONE.fullmatch(line)
    if not m:
        return False
    from helpers.extract.places.locate import find_mentions  # the gazetteer loads only if asked

    stem = line[: m.start(1)]
    return any(mention.start == 0 and mention.end == len(stem) for mention in find_mentions(stem))
