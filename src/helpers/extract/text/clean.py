"""From decoded page text to the article text every offset refers to.

One rule reads the gazetteer (a kicker over a headline that opens with its place): it imports
extract/places when it is first asked, so that cleaning text alone loads no place tables."""

from __future__ import annotations

import functools
import html
import itertools
import re
from dataclasses import dataclass, field

import numpy as np

from helpers.extract.lexicon import load_table
from helpers.extract.text import boilerplate as bp
from helpers.extract.text import meta as page_meta
from helpers.extract.text.reflow import reflowed
from helpers.extract.text_units import COMMA_NOT_IN_A_NUMBER, HAN_RUNS, han_count, has_han

# Full-width digits and Latin letters -> ASCII; ideographic and no-break spaces -> space.
FULLWIDTH = {
    cp: cp - 0xFEE0
    for cp in list(range(0xFF10, 0xFF1A))
    + list(range(0xFF21, 0xFF3B))
    + list(range(0xFF41, 0xFF5B))
}
FULLWIDTH.update(
    {
        0x3000: 0x20,
        0x00A0: 0x20,
        0x2002: 0x20,
        0x2003: 0x20,
        0x2009: 0x20,
        0x200B: None,
        0xFEFF: None,
        0xFF05: ord("%"),
        0xFF0B: ord("+"),
        0xFF0D: ord("-"),
    }
)
FULLWIDTH_CHARS = re.compile(f"[{re.escape(''.join(map(chr, FULLWIDTH)))}]")
# "12．5" -> "12.5": a full-width point between digits is a decimal point, and so is a middle
# dot, unless it parts a month from a day ("“10·17”扶贫日", "5·12") with no amount's unit after.
FULLWIDTH_POINT = re.compile(r"(?<=\d)．(?=\d)")
DOTTED_NUMBER = re.compile(r"(?<!\d)(?P<before>\d+)·(?P<after>\d+)(?!\d)")
# What follows a day's name: a closing mark, a pause, or the event or day it names
AFTER_A_DAY = re.compile(
    r"[”\"」』）)\s，,。、；;：:]|$|扶贫日|纪念日|事件|地震|洪|灾|特大|专项|活动|行动|讲话|精神"
)


def _dotted(m: re.Match) -> str:
    month, day = m["before"], m["after"]
    a_day = len(month) <= 2 and len(day) <= 2 and 1 <= int(month) <= 12 and 1 <= int(day) <= 31
    if a_day and AFTER_A_DAY.match(m.string, m.end()):
        return m.group()
    return f"{month}.{day}"  # "3·6公顷", "2·5倍": a decimal point


# "鄉(xiāng)" -> "鄉": romanisation glued after a character, recognised by its tone marks; a
# two-character word's gloss is one run of two syllables: "共享(gòngxiǎng)", "乡村(xiāngcūn)".
TONE_VOWELS = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"
# A particle read in the neutral tone is glossed without a mark: "的(de)", "們(men)". Only the
# particle's own syllable is a gloss: "(ha)" after 公顷 or "(km)" after 公里 is a unit.
NEUTRAL_GLOSSES = {
    "de": "的地得",
    "le": "了",
    "zhe": "着著",
    "men": "们們",
    "zi": "子",
    "me": "么麼",
    "ne": "呢",
    "ma": "吗嗎",
    "ba": "吧",
    "ge": "个個",
    "tou": "头頭",
}
NEUTRAL_GLOSS = "|".join(
    f"(?<=[{chars}])[(（]{syllable}[)）]" for syllable, chars in NEUTRAL_GLOSSES.items()
)
TONED_GLOSS = (
    rf"(?<=[\u4e00-\u9fff])[(（](?=[a-zü{TONE_VOWELS}]*[{TONE_VOWELS}])"  # 鄉( with a tone mark
    rf"[a-zü{TONE_VOWELS}]{{1,14}}[)）]"  # xiāng), xiāngcūn)
)
GLOSS_OPENING = re.compile(rf"[(（][a-zü{TONE_VOWELS}]")
# a gloss printed twice ("來(lái)(lái)") goes with the first
PINYIN = re.compile(rf"(?:{TONED_GLOSS}|{NEUTRAL_GLOSS})(?:[(（][a-zü{TONE_VOWELS}]{{1,14}}[)）])*")
SPACES = re.compile(r"[ \t\r\f\v\xa0\u2000-\u200a\u202f]+")  # a web page's &nbsp; is a space
# Anti-scraping "jammer" codes that forum software (Discuz and the like) scatters through posts
# as hidden text: runs of one- or two-character ASCII tokens between spaces, at the start or end
# of a line or glued to Chinese ("' d5 `6 | ~* t9 X5 N 某村…", "…基地。7 ?6 _% T& e"). Real
# text has no run of four such tokens.
JAMMER = re.compile(
    r"(?:(?<=^)|(?<=[\u4e00-\u9fff。，！？：”；]))[ \t]*(?:[!-~]{1,2}[ \t]){3,}[!-~]{0,2}"
    r"(?=[ \t]*(?:$|[\u4e00-\u9fff“]))",
    re.M,
)
JAMMER_CORE = re.compile(r"(?:[!-~]{1,2}[ \t]){3,}")  # what every JAMMER match contains
# Bytes decoded with the wrong codec: "?" glued to Latin letters, digits or another "?"
# ("總人口?.6萬", a digit lost), the replacement character, or the classic GBK/UTF-8 mix-ups. A lone
# "?" between words ("难题何解?问题") is a question mark.
MOJIBAKE = re.compile(
    r"\?[a-zA-Z\u00c0-\u024f;.\d]|\?[^\s?。，,！!]{0,2}\?|\ufffd|锟斤拷|烫烫烫|屯屯屯"
)

TRADITIONAL_SHARE = 0.04
MAX_TITLE_LINES = 3
MAX_TITLE_CHARS = 80


@dataclass(slots=True)
class Cleaned:
    """The article text and what cleaning learnt on the way."""

    text: str
    script: str
    flags: list[str] = field(default_factory=list)
    title: str = ""
    meta_lines: list[str] = field(default_factory=list)
    header_context: list[str] = field(default_factory=list)
    # the chrome removed below the article: a copyright footer may still name the outlet
    footer_context: list[str] = field(default_factory=list)
    # the account a self-media page was posted by (百家号, 头条号…), printed by its headline
    account: str = ""


@functools.cache
def _t2s():
    import opencc

    return opencc.OpenCC("t2s")


def to_simplified(text: str) -> str:
    """Traditional -> simplified characters with OpenCC's phrase-aware table, then the variant
    characters OpenCC leaves alone (data/dictionaries/variant_chars.tsv).

    >>> to_simplified("陜西省洋縣")
    '陕西省洋县'
    >>> to_simplified("群衆跟著幹，成效顯著")
    '群众跟着干，成效显著'
    """
    return ZHE_PARTICLE.sub("着", _standardise(_t2s().convert(text)))


# Traditional script writes the aspect particle 着 as 著, which OpenCC's t2s keeps ("跟著干",
# "流传著"); 著 stays where it means "notable" or "to write" (显著, 著名, 著作, 土著).
ZHE_PARTICLE = re.compile(r"(?<![显卓昭土名巨编原论专合遗新拙])著(?![名作称述录书者])")


def restore_place_names(text: str) -> str:
    """Undo OpenCC where it changed an official place name: 乾安县 is written with 乾 in
    simplified Chinese too, but OpenCC's t2s turns it into 干安县.

    >>> restore_place_names("吉林省松原市干安县")
    '吉林省松原市乾安县'
    """
    pattern, names = _restorations()
    return pattern.sub(lambda m: names[m.group()], text) if names else text


@functools.cache
def _restorations() -> tuple[re.Pattern, dict[str, str]]:
    """Converted form -> official name, for the gazetteer names OpenCC alters (computed once,
    from the gazetteer, only when a traditional page is met). Names under three characters are
    left out: their converted forms occur inside other words (干县 in 骨干县)."""
    from helpers.extract.places import gazetteer as gz

    names = gz.all_names()
    # one conversion of all the names, a line each, not 41,000 calls: OpenCC's phrases never
    # span a line break, so each line converts as the name alone would (3x faster)
    lines = to_simplified("\n".join(names)).split("\n")
    if len(lines) != len(names):
        raise ValueError("a gazetteer name holds a line break")
    table = {}
    for name, converted in zip(names, lines):
        if converted != name and converted not in names and len(converted) >= 3:
            table[converted] = name
    keys = sorted(table, key=len, reverse=True)
    return re.compile("|".join(map(re.escape, keys)) or "(?!)"), table


@functools.cache
def _variants() -> tuple[re.Pattern, dict[int, str]]:
    table = {ord(r["variant"]): r["standard"] for r in load_table("variant_chars")}
    return re.compile(f"[{re.escape(''.join(map(chr, table)))}]"), table


def _standardise(text: str) -> str:
    """Variant characters to their standard form (a pass only when the text has one)."""
    pattern, table = _variants()
    return text.translate(table) if pattern.search(text) else text


def normalize(text: str) -> str:
    """Full-width digits, letters and spaces to ASCII; line ends to \\n; escaped and doubled
    punctuation mended.

    >>> normalize("收入达１２．５万元"), normalize("&ldquo;党建+&rdquo;模式&nbsp;")
    ('收入达12.5万元', '“党建+”模式 ')
    >>> normalize("<p>帮扶<b>35户</b>，人均<3000元</p>")
    '\\n帮扶35户，人均<3000元\\n'
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "&" in text and HTML_ENTITY.search(text):
        # a scraper that kept the page's markup escapes: "&ldquo;党建+&rdquo;", "&nbsp;&nbsp;"
        text = html.unescape(text).replace("\xa0", " ")
    if "<" in text and MARKUP.search(text):
        # markup a scraper kept: "<p>…</p>" paragraphs, a "<br/>" inside one, a spam site's
        # empty decoy tags. A block tag ends its line, an inline tag goes.
        text = MARKUP.sub(lambda m: "\n" if m["name"].lower() in BLOCK_TAGS else "", text)
    if FULLWIDTH_CHARS.search(text):  # most pages have none: skip the per-character pass
        text = text.translate(FULLWIDTH)
    if any(code in text.lower() for code in ESCAPED_BLOCKS):
        text = ESCAPED_MARK.sub(lambda m: chr(int(m[1], 16)), text)
    text = DOUBLED_MARK.sub(r"\1", text)
    text = FULLWIDTH_POINT.sub(".", text)
    return DOTTED_NUMBER.sub(_dotted, text) if "·" in text else text


HTML_ENTITY = re.compile(r"&(#\d{2,6}|#x[0-9a-fA-F]{2,5}|[a-zA-Z]{2,8});")
# An HTML tag: a Latin name right after "<" (so "<3000元" is no tag), attributes on its line.
MARKUP = re.compile(r"</?(?P<name>[a-zA-Z][a-zA-Z0-9]{0,9})(?:\s[^<>\n]{0,300})?\s*/?>")
BLOCK_TAGS = frozenset(
    "p br div li ul ol tr td th table h1 h2 h3 h4 h5 h6 section article blockquote".split()
)
# A punctuation mark a scraper left as its escape code, its backslash lost: "增收2.8万元u2026u2026"
# for "……". Only the code points of the punctuation blocks, after anything but a Latin letter.
ESCAPED_BLOCKS = ("u20", "u30", "uff")
ESCAPED_MARK = re.compile(
    r"(?<![A-Za-z])\\?u(20[0-6][0-9a-fA-F]|30[0-3][0-9a-fA-F]|[fF][fF][0-5][0-9a-fA-F])"
)
# A comma a scraper printed twice, or before a full stop: "攻坚,,第一书记", "有为,。近年来".
DOUBLED_MARK = re.compile(r"([，,、；;])\1+|[，,](?=[。])")


def remove_pinyin(text: str) -> str:
    """Drop romanisation glued to characters: tone-marked, or a particle's neutral tone.

    >>> remove_pinyin("鄉(xiāng)黨委書記")
    '鄉黨委書記'
    """
    # most pages have no gloss: one search for a bracket before a letter says so, and spares
    # them the gloss pattern's look-behinds at every character
    if not GLOSS_OPENING.search(text):
        return text
    return PINYIN.sub("", text)


def detect_script(text: str) -> tuple[str, str]:
    """('traditional' | 'simplified', the text in simplified characters).

    A page mostly in simplified script keeps its script, but a paragraph in traditional script
    within it (a quoted Hong Kong or Taiwan source, a pasted old document) is converted too,
    so that its slogans and terms are spelled like everyone else's (一事一議 -> 一事一议).
    """
    converted = to_simplified(text)
    if converted == text:
        return "simplified", text
    if _traditional(text, converted):
        return "traditional", converted
    lines, simple = text.split("\n"), converted.split("\n")
    if len(lines) != len(simple):
        return "simplified", text
    mixed = [
        restore_place_names(b) if a != b and _traditional(a, b) else a
        for a, b in zip(lines, simple)
    ]
    return "simplified", "\n".join(mixed)


def _points(text: str):
    return np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)


def _traditional(text: str, converted: str) -> bool:
    """Whether enough of the text's Chinese characters changed in conversion."""
    if converted == text:
        return False  # the common case, decided by one comparison in C
    han = han_count(text)
    if len(converted) != len(text):
        changed = han
    else:  # code points compared as arrays: a traditional page changes on most of its lines
        changed = int(np.count_nonzero(_points(text) != _points(converted)))
    return bool(han) and changed / han >= TRADITIONAL_SHARE


def clean(raw_text: str) -> Cleaned:
    """Article text without page chrome, in simplified script, with flags for every change."""
    flags: list[str] = []
    text = normalize(raw_text)
    unpinyined = remove_pinyin(text)
    if unpinyined != text:
        flags.append("pinyin_removed")
    # the look-behinds make JAMMER slow on every character; its core is cheap to look for first
    unjammed = JAMMER.sub("", unpinyined) if JAMMER_CORE.search(unpinyined) else unpinyined
    if unjammed != unpinyined:
        flags.append("jammer_removed")
        unpinyined = unjammed
    script, text = detect_script(unpinyined)
    if script == "simplified" and text != unpinyined:
        flags.append("converted_traditional_lines")  # a paragraph in traditional script
    text = _standardise(text)  # 陜 -> 陕 in simplified pages too
    if script == "traditional":
        text = restore_place_names(text)
        flags.append("converted_traditional")
    spaced = [SPACES.sub(" ", line).strip() for line in _relined(text.split("\n"))]
    unwrapped = reflowed(spaced)
    if len(unwrapped) < len(spaced):
        flags.append("wrapped_lines_joined")  # a PDF's or a narrow column's margin
        # a gloss the margin broke ("產(chǎ" / "n)業") is whole again only now
        spaced = [remove_pinyin(line) for line in unwrapped]
    lines = [_digits_set_in(_punctuation_set_in(line)) for line in spaced]
    if lines != spaced:
        flags.append("number_spaces_closed")  # "贫困户 47 户" -> "贫困户47户"
    lines = [line for line in lines if line]
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
    lines = [headlines.get(i, line) for i, line in enumerate(lines) if i not in page_titles]
    kept, title, meta, header, footer, removed, account = _strip_page(lines)
    account = account or card
    header = [*header_titles, *account_lines, *header]
    if removed["chrome"]:
        flags.append("boilerplate_removed")
    if removed["spam"]:
        flags.append("spam_removed")
    body = "\n".join(kept)
    if MOJIBAKE.search(body):
        flags.append("mojibake")
    return Cleaned(body, script, flags, title, meta, header, footer, account)


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
        # its page on the next line, or after the issue's date: "2019年11月04日 星期一"
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
            re.sub(r"\s", "", THREAD_TAGS.sub("", other)).startswith(headline) for other in below
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
        m = PAGE_TITLE.match(line)
        if i in page_titles or m is None:
            continue
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


# Pages converted from Word or PDF set a space on each side of a number: "贫困户 47 户 183 人",
# "2014 年", "投资 260 万元". Such a space is typesetting, not a word break; without it the
# number reads with its unit, its year and its words as anywhere else. Only a plain number
# between Chinese on both sides, or opening a line a narrow column wrapped, is closed up:
# dates and times ("来源:某某网 2021-06-08 10:48", a byline's fields) and Latin words keep
# their spaces.
SPACED_NUMBER = re.compile(
    r"(?:(?<=[\u4e00-\u9fff\u3000-\u303f\uff00-\uffef“”‘’])|^) ?"
    r"(?!(?:19|20)\d{2}\.\d{1,2}\.\d{1,2}(?!\d))"  # a dotted date keeps its spaces,
    r"(?!(?:19|20)\d{2}年\d{1,2}月\d{1,2}日)"  # as does a written one ("来源：某报 2021年6月8日")
    r"(?P<number>\d+(?:[.,]\d+)*) ?(?=[\u4e00-\u9fff%‰])"
)


# Some sites set a space on each side of every Chinese comma and full stop: "全组53户 , 其中
# 低保户7户 。". The marks take no spaces in Chinese; without them the sentence
# reads as it would anywhere else, as do the words inside quotation marks ("“ 幸福路 ”"). Spaces
# outside quotation marks, by brackets, colons and dashes stay: they part a headline's phrases
# ("支部当“红娘” 牛羊进了家") and a page's buttons ("【打印】 【关闭】").
COMMAS_AND_STOPS = "，,。、；;！!？?"
SPACE_BY_A_MARK = re.compile(
    rf"(?<=[\u4e00-\u9fff\d”’）){COMMAS_AND_STOPS}]) +(?=[{COMMAS_AND_STOPS}])"
    rf"|(?<=[{COMMAS_AND_STOPS}]) +(?=[\u4e00-\u9fff\d“‘（({COMMAS_AND_STOPS}])"
    r"|(?<=[“‘]) +|(?<=\S) +(?=[”’])"  # inside quotation marks: "“ 幸福路 ”"
)


def _punctuation_set_in(line: str) -> str:
    """A line without the spaces its layout set around its punctuation (see above).

    >>> _punctuation_set_in("吃住在村 , 当好先锋 。 “ 四会 ” 引领")
    '吃住在村,当好先锋。“四会” 引领'
    """
    if " " not in line:
        return line
    return SPACE_BY_A_MARK.sub("", line)


# Thousands set apart by a space, as the national standard for writing numbers (GB/T 15835)
# allows: "贫困户1 128户3 496人", "资金4 870万元". One to three digits, then groups of exactly
# three: right after a word, a colon or a list's comma, then a unit, a word, a % or a decimal
# point; or set apart from the words before, then their unit ("报销 3 920万元", and on a page
# that sets every number apart, "收益 1 960 万元", "脱贫 1 126 户 3 471 人"). A date
# ("2021-06-08 10:48") or a code has no such groups; numbers set apart on both sides ("某村
# 205 640 已脱贫") are a table's columns.
THOUSANDS_SPACED = re.compile(
    r"(?<=[\u4e00-\u9fff：、，（])\d{1,3}(?: \d{3})+(?![\d:])(?= ?[\u4e00-\u9fff%.])"
    r"|(?<![^\s])\d{1,3}(?: \d{3})+(?= ?[万亿]?[元户人亩个名])"
)


def _digits_set_in(line: str) -> str:
    """A line without the spaces its layout set around and inside its numbers (see above).

    >>> _digits_set_in("全组 85 户 317 人，投资 260 万元，占 12 %")
    '全组85户317人，投资260万元，占12%'
    >>> _digits_set_in("贫困户1 128户"), _digits_set_in("某某新闻 2020-10-11 乡村笔记")
    ('贫困户1128户', '某某新闻 2020-10-11 乡村笔记')
    """
    if " " not in line:
        return line
    line = THOUSANDS_SPACED.sub(lambda m: m.group().replace(" ", ""), line)
    return SPACED_NUMBER.sub(r"\g<number>", line)


# A page whose line breaks were lost (a scraper that joined its paragraphs, a text field of a
# JSON export) is one line of chrome and prose together; judged whole, it was dropped whole as
# chrome or as spam. Such a line is cut where its paragraphs ended: at a run of two or more
# spaces (what is left of an indent or a separator), and, when it is longer than any
# paragraph, after every sentence (。！？ and their closing quotes). Pages with their line
# breaks are left as they were.
FEW_LINES = 3  # a page of at most this many lines whose longest line is ...
JOINED_PARAGRAPHS = 200  # ... longer than this is cut at runs of spaces;
JOINED_SENTENCES = 2000  # longer than this, after every sentence too
HUGE_LINE = 20_000  # a line this long is cut after every sentence in any page
SENTENCE_END = re.compile(r"[。！？!?][”’」』）)]?")
SPACE_RUN = re.compile(r"[ \t]{2,}")


# A page that lost its line breaks may open with its byline run into the article: "发布时间：
# 2019-01-15 来源：某某网 去年，某村…", "（某某日报 2021.4.12）脱贫攻坚收官之后，…". The fields
# before the first clause of prose go on a line of their own, where the byline rules read them.
HEAD_FIELD = re.compile(
    r"(发布时间|发布日期|发表时间|更新时间|发布|时间|日期|来源|稿源|信息来源|作者|原标题)\s*[:：]"
    r"|(?<!\d)(19|20)\d{2}\s*[-./年]\s*\d{1,2}\s*[-./月]\s*\d{1,2}(?!\d)"
)
PROSE_CHUNK = re.compile(rf"[，。；;！？!?]|{COMMA_NOT_IN_A_NUMBER}")
# "截至 2020年6月30日 全县…": a date a clause of prose opens with is the figures', not a byline's
TIME_PREPOSITION = re.compile(r"^(截至|截止|到|至|从|自|于|在)\s*(19|20)\d{2}")
LEADING_BRACKET = re.compile(r"^\s*([（(][^（）()]{2,30}?[）)])\s*(?=\S)")
HEAD_LINES = 8  # the first lines of a page with words, where a byline stands ...
MAX_HEAD_CHARS = 80
LEAD_CHARS = 40


def _lead_paragraph(line: str) -> bool:
    return len(line.strip()) >= LEAD_CHARS and bool(SENTENCE_END.search(line))


def _byline_apart(line: str) -> list[str]:
    """The line, or its opening byline fields and the prose after them as two lines.

    The fields end at the last chunk that is one (a label and its value, a date, a clock time);
    the words between it and the first clause go with the prose: they open its lead ("某某日报讯
    (记者 某某 通讯员 某某)6月19日，…").

    >>> _byline_apart("2019.03.11 08:03  某某日报讯(记者 王某 通讯员 李某)3月8日,某村…")
    ['2019.03.11 08:03', '某某日报讯(记者 王某 通讯员 李某)3月8日,某村…']
    """
    bracket = LEADING_BRACKET.match(line)
    if bracket and HEAD_FIELD.search(bracket[1]) and PROSE_CHUNK.search(line, bracket.end()):
        return [bracket[1], line[bracket.end() :]]
    fields_apart = _fields_apart(line)
    if fields_apart:
        return fields_apart
    chunks = line.strip().split(" ")
    prose = next((k for k, chunk in enumerate(chunks) if PROSE_CHUNK.search(chunk)), None)
    if not prose:
        return [line]
    fields = [k for k in range(prose) if _head_chunk(chunks, k)]
    if not fields:
        return [line]
    head = " ".join(chunks[: fields[-1] + 1]).strip()
    if len(head) > MAX_HEAD_CHARS or TIME_PREPOSITION.match(head) or not HEAD_FIELD.search(head):
        return [line]
    if AGENCY_DATELINE_END.search(head):
        return [line]  # "某某网某地2019年6月10日电 （记者）…": the lead's own dateline
    return [head, " ".join(chunks[fields[-1] + 1 :]).strip()]


# Fields set apart by wide gaps ("2019-08-02 10:16  某某日报  记者 王 某  8月的某县，…"): the
# gaps show where each ends, and the prose is what follows the last of them.
FIELD_GAP = re.compile(r"[ \t]{2,}")  # normalize() has made an ideographic space a space
BYLINE_ROLE = re.compile(r"^(本报)?(记者|通讯员|特约记者|作者|文|图|摄影|编辑|责编)\s*[\s/|｜:：]")
DAY_MONTH_YEAR = (
    r"(?<!\d)\d{1,2}\.\d{1,2}\.(19|20)\d{2}(?!\d)"  # "11.06.2016", as some sites print it
)
FIELD_SEGMENT = re.compile(
    rf"{HEAD_FIELD.pattern}|{DAY_MONTH_YEAR}|^\d{{1,2}}:\d{{2}}(:\d{{2}})?$"
    rf"|{BYLINE_ROLE.pattern}"
    r"|^《?[\u4e00-\u9fff]{2,12}》?(日报|晚报|报|网|电视台|广播电视台|新闻|周刊|杂志|融媒体中心)$"
)
MAX_FIELD_SEGMENT = 40
HAN_CHAR = re.compile(r"[\u4e00-\u9fff]")


def _fields_apart(line: str) -> list[str]:
    """[fields, prose] of a line whose byline fields are set apart by gaps, else []."""
    segments = [seg for seg in FIELD_GAP.split(line.strip()) if seg]
    prose = next((k for k, seg in enumerate(segments) if PROSE_CHUNK.search(seg)), None)
    if not prose:
        return []
    head = segments[:prose]
    if not all(len(seg) <= MAX_FIELD_SEGMENT and FIELD_SEGMENT.search(seg) for seg in head):
        return []
    joined = "  ".join(head)
    if TIME_PREPOSITION.match(joined) or not (
        HEAD_FIELD.search(joined) or re.search(DAY_MONTH_YEAR, joined) or BYLINE_ROLE.match(joined)
    ):
        return []
    return [joined, "  ".join(segments[prose:])]


AGENCY_DATELINE_END = re.compile(r"\d{1,2}日(电|讯)$")
# A chunk of a byline: a label with its value ("点击数：1042"), a date, a clock time, or a bare
# label whose value is the next chunk ("来源 新华社").
HEAD_CHUNK = re.compile(
    rf"{HEAD_FIELD.pattern}|^[^\W\d_]{{1,6}}\s*[:：]\S{{0,20}}$|(?<!\d)\d{{1,2}}:\d{{2}}(:\d{{2}})?$"
)
BARE_LABEL = re.compile(r"^(来源|稿源|作者|时间|发布时间|日期|编辑|责任编辑)[:：]?$")


def _head_chunk(chunks: list[str], k: int) -> bool:
    return bool(
        HEAD_CHUNK.search(chunks[k])
        or (k > 0 and BARE_LABEL.match(chunks[k - 1]) and chunks[k])
        or BARE_LABEL.match(chunks[k])
    )


def _relined(lines: list[str]) -> list[str]:
    few = sum(1 for line in lines if line.strip()) <= FEW_LINES
    out: list[str] = []
    with_words = 0
    for line in lines:
        if with_words < HEAD_LINES and HAN_CHAR.search(line):  # a tag's line holds no words
            with_words += 1
            # the site's clock ("今天是 2020年06月11日 星期四 欢迎访问…") is no byline
            head, *rest = [line] if bp.TODAY_LINE.match(line.strip()) else _byline_apart(line)
            if rest:
                out.append(head)
                line = rest[0]
            if _lead_paragraph(line):
                with_words = HEAD_LINES  # ... above the article's first paragraph
        if len(line) > (JOINED_SENTENCES if few else HUGE_LINE):
            line = SENTENCE_END.sub(r"\g<0>\n", line)
        if few and len(line) > JOINED_PARAGRAPHS:
            line = SPACE_RUN.sub("\n", line)
        out += line.split("\n")
    return out


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
    return {
        i
        for i, line in enumerate(lines[:SITE_TOP_LINES])
        if bp.BODY_SITE.match(line.strip())
        and any(
            (bp.is_navigation(below) or bp.BREADCRUMB.search(below)) and not bp.is_meta(below)
            for below in lines[i + 1 : i + 1 + MENU_BELOW]
        )
    }


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
        if body and (_headline_over_byline(lines, body[0]) or _question_headline(lines[body[0]])):
            body = body[1:]  # a long headline with a comma reads as prose; its byline says not
        elif len(body) > 1 and _page_summary(lines, body):
            body = body[1:]
        else:
            break
    # a page of short lines (a flip-book's) has no prose to start after: its first line will do
    related = _related_list(lines, body[0] if body else 0)
    body = [i for i in body if i not in related]
    points = _summary_points_over_byline(lines, body)
    summary_points, body = set(body[:points]), body[points:]
    first_body = body[0] if body else len(lines)
    last_body = body[-1] if body else len(lines) - 1
    prose = set(body)
    site_names = _forum_posters(lines) | _body_over_its_menu(lines)
    header, footer, meta, kept_idx = [], [], [], []
    for i, line in enumerate(lines):
        in_header, in_tail = i < first_body, i > last_body
        if spam[i]:
            removed["spam"] += 1
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
    title_idx = _title_lines(lines, [i for i in kept_idx if i not in summary_points], first_body)
    # the headline alone: a subtitle line ("——某县脱贫纪实") or a series' label line ("…系列之一")
    # printed with it is not part of it
    headline_idx = [i for i in title_idx if not NOT_THE_HEADLINE_LINE.search(lines[i].strip())]
    on_epaper = any(bp.EPAPER_PAGE.match(line) for line in header)
    if len(headline_idx) >= 2 and (
        _kicker(lines[headline_idx[0]], lines[headline_idx[1]])
        or _place_alone(lines[headline_idx[0]])
        or (on_epaper and _column_label(lines[headline_idx[0]], lines[headline_idx[1]]))
    ):
        headline_idx = headline_idx[1:]
    headline_idx = _listed_alone(lines, headline_idx, header)
    headline_idx = _below_its_type_label(lines, headline_idx)
    if _runs_on(lines, headline_idx or title_idx):
        headline_idx = title_idx = []
    account = page_meta.self_media_account(lines, (headline_idx or title_idx or [-1])[0])
    if account and len(headline_idx) > 1 and lines[headline_idx[-1]].strip().startswith(account):
        headline_idx = headline_idx[:-1]  # the account's name under the headline, not its end
    title = tidy_title(" ".join(lines[i] for i in headline_idx or title_idx))
    title = _as_printed(title, lines[:PRINTED_SEARCH])
    if not title and kept_idx:
        title = _doubled_opening(lines[kept_idx[0]]) or _glued_to_its_dateline(lines[kept_idx[0]])
    if not title:
        title = next(filter(None, map(_headline_with_its_time, meta)), "")
    if not title:
        # a repost that lost its headline names it at its end: "原标题：…"
        title = next((tidy_title(line) for line in lines if ORIGINAL_TITLE.match(line.strip())), "")
    return [lines[i] for i in kept_idx], title, meta, header, footer, removed, account


LIST_MARK = re.compile(r"^[\s·•●▪◆■□◇○\-]+")


def _listed_alone(lines: list[str], headline_idx: list[int], header: list[str]) -> list[int]:
    """The one line of a headline block that the page's own list of its headlines names (an
    e-paper's "本版新闻" list): its kicker above and its subtitle below are not the headline."""
    if not headline_idx:
        return headline_idx
    listed = {LIST_MARK.sub("", line).strip() for line in header if LIST_MARK.match(line)}
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
    r"(?=本[报网]讯|(?!.本[报网]讯)(?:中国)?[\u4e00-\u9fff]{2}(?:网|日报|晚报|报|台)"
    r"(?:[\u4e00-\u9fff]{2,4})?(?:讯|消息))"
    r".{2,14}?(?:讯|消息)\s*[(（]?\s*(?:记者|采访人员|通讯员|特约)"
)


# A blog prints the post's title with its time in brackets: "某某县：标题 (2016-07-14 09:31:22)";
# a page may print a headline that opens with its place before the byline's date.
HEADLINE_WITH_TIME = re.compile(
    rf"^(?P<headline>\S.{{4,60}}?)\s*[(（]{bp.YMD}{bp.WEEKDAY}\s*\d{{1,2}}:\d{{2}}(:\d{{2}})?[)）]$"
    # a headline on the byline's line: "某县:标题 2019.06.12 9:15 来源:某某日报"
    r"|^(?!(来源|来自|稿源|出处|作者|编辑|责编|发布|时间|日期|文|图)[:：])"
    r"(?P<headline2>[^\s:：]{1,8}[:：][^\s]{4,40})\s+(19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}"
)


def _headline_with_its_time(meta_line: str) -> str:
    m = HEADLINE_WITH_TIME.match(meta_line.strip())
    headline = m and (m["headline"] or m["headline2"])
    return tidy_title(headline) if headline and _titleish(headline) else ""


def _glued_to_its_dateline(first_line: str) -> str:
    m = GLUED_DATELINE.match(first_line)
    return tidy_title(m["headline"]) if m else ""


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


def _headline_over_byline(lines: list[str], i: int) -> bool:
    """Whether line `i`, taken for the first paragraph, is a headline: short enough, no full
    stop, and the next line that is not blank is the date and source line."""
    if not _titleish(lines[i].strip()):
        return False
    # the share buttons and counters a page prints between its headline and byline are skipped
    following = (
        line.strip()
        for line in lines[i + 1 : i + 8]
        if line.strip() and not (_widget(line.strip()) or _button_row(line))
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
    headlines = [line.strip() for line in lines[: body[0]] if _titleish(line.strip())]
    return bool(headlines) and any(
        line.strip() == headlines[-1] for line in lines[body[0] + 1 : body[1]]
    )


# A feature's points set out as marked lines under its headline, before its byline.
SUMMARY_POINT = re.compile(r"^\s*[➤▶►●■◆★▪•]")


def _summary_points_over_byline(lines: list[str], body: list[int]) -> int:
    """How many marked summary lines open `body` with the page's byline right after them."""
    points = len(list(itertools.takewhile(lambda i: SUMMARY_POINT.match(lines[i]), body)))
    if points == 0 or points == len(body):
        return 0
    between = range(body[points - 1] + 1, body[points])
    return points if any(bp.is_meta(lines[i]) for i in between) else 0


def _question_headline(line: str) -> bool:
    """A long headline that asks or exclaims ("山区县如何念好“致富经”?——某县的启示") reads as
    prose by its length and its ?; without a comma or a full stop it is not a paragraph."""
    return _titleish(line) and len(line) <= 60 and not CLAUSE_PUNCT.search(line)


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


FOOTER_PROSE = re.compile(r"(本网|本站|版权|转载|授权|侵权|不代表|免责|法律责任)")


def _footerish(line: str) -> bool:
    return len(FOOTER_PROSE.findall(line)) >= 1 and not re.search(r"(脱贫|扶贫|党建|贫困)", line)


def _title_lines(lines: list[str], kept_idx: list[int], first_body: int) -> list[int]:
    """The headline: the kept lines just above the first byline, else a short first line."""
    # an account's or a poster's name over its byline ("某某发布" / "原创 某某发布 2019-08-21", a
    # forum's reply "某某 发表于 …") is printed again in a byline: the page's author, not its
    # headline
    if any(bp.FLIPBOOK.match(lines[i]) for i in range(min(first_body, len(lines)))):
        # a flip-book's page of a yearbook or a chronicle: the line over the text is the book's
        # running head (its chapter), and the page opens inside an entry
        return []
    bylines = _bylines(lines, first_body)
    kept_idx = [i for i in kept_idx if i >= first_body or not _named_in(lines[i], bylines)]
    meta_idx = [i for i in range(first_body) if bp.is_meta(lines[i])]
    if meta_idx and bp.TIME_AGO_FIRST.match(lines[meta_idx[0]]):
        # an app prints its account's name over the time it posted ("某某观察" / "3小时前"); a
        # time line that names the account itself ("某某新闻 3小时前") leaves the headline above
        kept_idx = [i for i in kept_idx if i != meta_idx[0] - 1]
    header_kept = [i for i in kept_idx if i < first_body]
    below = _below_the_byline(lines, header_kept, meta_idx, first_body)
    if meta_idx and not any(i < meta_idx[0] for i in header_kept) and below:
        return below  # an app's or an e-paper's page: masthead or byline first, then headline
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
            if block and not all(_button_row(lines[k]) for k in range(i + 1, block[0])):
                break
            block.insert(0, i)
        # the titleish lines right above the byline: a summary paragraph above them ends the
        # headline, so a headline printed above the summary too is not printed twice
        while block and not _titleish(lines[block[-1]]):
            block.pop()
        run = list(itertools.takewhile(lambda k: _titleish(lines[k]), reversed(block)))
        block = run[::-1][-MAX_TITLE_LINES:]
        if _account_over_date(lines, block, meta_idx[0]):
            block = block[:-1]
        if block:
            return block
    below_chrome = _below_site_chrome(lines, header_kept)
    if below_chrome:
        return below_chrome
    if (
        header_kept
        and _titleish(lines[header_kept[0]])
        and header_kept[0] == min(kept_idx, default=-1)
    ):
        return _with_its_second_line(lines, header_kept)
    return _title_below_lead(lines, kept_idx, first_body)


# A bulletin's name in its masthead, often spaced out: "工 作 简 报", "扶贫动态".
BULLETIN_NAME = re.compile(r"^[\u4e00-\u9fff]{0,8}(简报|动态|通讯|快报|专报|信息)$")
ACCOUNT_NAME_CHARS = 12  # an account's or a poster's name is short
ACCOUNT_OVER_DATE_CHARS = 8
HEADLINE_GOES_ON = re.compile(r"[:：、，,“\"‘（(《—-]$")


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
    name = line.strip()
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
        if not _titleish(lines[i]):
            break
        block.append(i)
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
    # and a colon, a headline whole without the phrase
    return not phrase or bool(PLACE_COLON.match(opening[mentions[-1].end :]))


PLACE_KICKER_CHARS = 14
VILLAGE_TAIL = re.compile(r"^[\u4e00-\u9fff]{0,4}(村|嘎查|社区|屯)$")


def _place_alone(line: str) -> bool:
    """Whether a line over the headline names only a place, the story's address: "某某镇某某村"
    set as a kicker over "牛棚连着党支部…"."""
    line = line.strip()
    if not 2 <= len(line) <= PLACE_KICKER_CHARS or " " in line:
        return False
    from helpers.extract.places.locate import find_mentions  # the gazetteer loads only if asked

    covered = 0
    for mention in find_mentions(line):
        if mention.start != covered:
            break
        covered = mention.end
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
            if between and all(_titleish(lines[i]) for i in between):
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
    r"^(——|—|--|原标题\s*[:：])|系列之[一二三四五六七八九十\d]+$"
    # the body that signs a speech or a report, under its headline: "中共某某县委"; the
    # speaker with a role: "县委书记 某某某"
    rf"|{page_meta.SIGNING_BODY.pattern}"
    r"|^[\u4e00-\u9fff、]{0,16}(书记|县长|市长|州长|区长|旗长|主任|部长|局长|镇长|乡长|主席)"
    r"\s+[\u4e00-\u9fff·]{2,4}$"
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


# A first line that is only half a headline: a kicker ending in a colon ("某某村:") or a column's
# label in brackets ("【走向小康·决战决胜】"); the headline goes on, or stands, on the next line.
HALF_HEADLINE = re.compile(r"([:：]\s*$)|^【[^】]{1,24}】\s*$")


def _with_its_second_line(lines: list[str], header_kept: list[int]) -> list[int]:
    first = header_kept[0]
    second = next((i for i in header_kept[1:2] if _titleish(lines[i])), None)
    adjacent = second is not None and not any(lines[k].strip() for k in range(first + 1, second))
    if adjacent and _kicker(lines[first], lines[second]):
        return [second]  # a couplet over "某县：…", no byline below them
    m = HALF_HEADLINE.search(lines[first].strip())
    if m is None or not adjacent:
        return [first]
    return [first, second] if m.group(1) else [second]


def _below_site_chrome(lines: list[str], header_kept: list[int]) -> list[int]:
    """A page without a byline whose header has a kept line (the site's name, an app banner),
    then removed chrome (a breadcrumb, a search box), then the headline: the last block of
    adjacent titleish lines, not the first line."""
    titleish = [i for i in header_kept if _titleish(lines[i])]
    if len(titleish) < 2:
        return []
    last = titleish[-1]
    block = [last]
    for i in reversed(titleish[:-1]):
        if not all(not lines[k].strip() or _button_row(lines[k]) for k in range(i + 1, block[0])):
            break
        block.insert(0, i)
    first = titleish[0]
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


def _titleish(line: str) -> bool:
    return (
        4 <= len(line) <= MAX_TITLE_CHARS
        and "。" not in line
        and han_count(line) >= 4
        and not NOT_A_HEADLINE.search(line)
    )


# A byline ("某某网记者 张三", "记者张三通讯员李四") or an author's affiliation with its postcode
# ("(某某学院 贵州 凯里 556011)") where a headline would stand.
NOT_A_HEADLINE = re.compile(
    r"^\S{0,12}?((记者|通讯员|摄影|摄)\s*[\u4e00-\u9fff·]{2,3}(\s+[\u4e00-\u9fff·]{2,3})*\s*)+$"
    r"|\d{6}\s*[)）]?$"
    # a byline without a name ("本刊记者"), authors joined by + ("张三+李四+王五")
    r"|^(本报|本刊|本网|本台)?(特约)?(记者|通讯员|评论员)$"
    r"|^[\u4e00-\u9fff·]{2,3}([+＋][\u4e00-\u9fff·]{2,3}){2,}$"
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
    r"|^[\u4e00-\u9fff]{1,10}[〔\[［(（](19|20)\d{2}[〕\]］)）]\s*\d{1,4}\s*号$"
    # a pull quote: a motto or a saying set apart in its quotation marks, often in bold
    r"|^\*\*|^“[^“”]*[，,、；;][^“”]*”$"
    # the tail of a sentence an excerpt cut: it opens with punctuation, with 的, with the end of
    # a speaker's name ("…静说，“…”"), or closes a quotation it never opened
    r"|^[，,。、；;：:！!？?）)”」』]|^的(?!确)|^[\u4e00-\u9fff]{0,2}说[，,:：]|^[^“]*”"
)


# "原标题:某某" on reposts; a byline glued after the headline: "某某标题 本报记者 张三".
# and a portal's table's own field: "标 题：…", "名 称：…"
ORIGINAL_TITLE = re.compile(r"^(原标?题|标\s*题|名\s*称)\s*[:：]\s*")
# A forum's or a repost's tag before a headline, its buttons after it: "[本地新闻] 标题 [复制链接]",
# "【转】标题", "[默认] 标题".
THREAD_TAGS = re.compile(
    r"^\s*(\[[^\[\]\s]{1,6}\]|【(转|转载|转帖|原创|分享|推荐|置顶|精华)】)\s*|\s*\[(复制链接|打印本页)\]\s*$"
    # a platform's buttons run into the headline's line: "搜索 文档 标题", "申请入驻 标题"
    r"|^((搜索|文档|申请入驻|登录|注册|下载)\s+)+(?=\S{6})"
)
# A headline wholly in the brackets a page sets it in: "【某县：标题】".
BRACKETED_HEADLINE = re.compile(r"^【(?P<headline>[^【】]{6,60})】$")
GLUED_BYLINE = re.compile(
    r"\s+(本报|本网)?(特约记者|记者|通讯员|作者)\s*[:：]?\s*[\u4e00-\u9fff·]{2,4}"
    r"([\s、,，]+[\u4e00-\u9fff·]{2,4})*$"
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
LABEL_BRACKET = re.compile(r"^(【[^】]{1,24}】|\[[\u4e00-\u9fff·]{2,12}\])\s*")  # "[脱贫攻坚]标题"
# and glued to a place's kicker: "某某日报福贡:标题"; but a paper that is the headline's subject
# stays: "人民日报关注西吉：…", "某某日报头版点赞…"
PAPER_FIRST = re.compile(
    r"^[\u4e00-\u9fff]{2,10}(日报|晚报|电子报|电子版|时报|数字报)"
    r"(\s*[-–—_|｜]\s*|\s+|\s*[:：]\s*|(?=(?!关注|聚焦|点赞|报道|头版|刊发|刊登|推介|专访)"
    r"[\u4e00-\u9fff]{2,6}[:：]\S{6}))"
)
# A series' label before the headline on its line: "“某某”系列报道 标题".
SERIES_LABEL = re.compile(r"^\S{2,30}?(系列报道|系列之[一二三四五六七八九十\d]+)\s+")
# A multi-page article's page number after its headline: "标题【3】", "标题(3)". A series'
# part is written in Chinese numerals ("标题（三）") and stays (COLUMN_TAIL).
PAGE_NUMBER = re.compile(r"\s*(【\d{1,2}】|[(（]\s*\d{1,2}\s*[)）])$")
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
    title = GLUED_BYLINE.sub("", ORIGINAL_TITLE.sub("", THREAD_TAGS.sub("", title))).strip()
    bracketed = BRACKETED_HEADLINE.match(title)
    title = bracketed["headline"] if bracketed else title
    for tag in (FORUM_TAG, COPY_LINK, FILE_EXTENSION):
        title = tag.sub("", title).strip()
    if len(BARS.findall(title)) >= 2:
        return ""  # "某某网 | 本地通 | 影讯 | …": a menu, not a headline
    for label in (
        AGENCY_LEAD,
        BREADCRUMB,
        LABEL_BAR,
        LABEL_BRACKET,
        PAPER_FIRST,
        BAR_TAIL,
        DOUBLE_HYPHEN_TAIL,
        SITE_TAIL,
        PAGE_NUMBER,
        COLUMN_TAIL,
        SERIES_LABEL,
    ):
        shorter = label.sub("", title, count=1).strip()
        if label is LABEL_BAR and len(shorter) <= len(title) - len(shorter):
            continue
        if len(shorter) >= MIN_HEADLINE:
            title = shorter
    return _once(title)


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
