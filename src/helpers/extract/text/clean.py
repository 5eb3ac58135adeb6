"""From decoded page text to the article text every offset refers to: characters made one
standard (width, markup, script, glosses, jammer text), lines set as the page printed them, and
the page's chrome set apart (`page`) with its headline (`headline`)."""

from __future__ import annotations

import functools
import html
import re
from dataclasses import dataclass, field

import numpy as np

from helpers.extract.lexicon import load_table
from helpers.extract.text import page
from helpers.extract.text.reflow import reflowed, relined
from helpers.extract.text_units import han_count

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
# ... but a letter-spaced number is digits alone ("全县 1 5 1 个"), which a jammer never is
SPACED_DIGITS_ONLY = re.compile(r"[\d. \t]+")


def _jammed(m: re.Match[str]) -> str:
    return m.group() if SPACED_DIGITS_ONLY.fullmatch(m.group()) else ""


# Bytes decoded with the wrong codec: "?" glued to Latin letters, digits or another "?"
# ("總人口?.6萬", a digit lost), the replacement character, or the classic GBK/UTF-8 mix-ups. A lone
# "?" between words ("难题何解?问题") is a question mark.
MOJIBAKE = re.compile(
    r"\?[a-zA-Z\u00c0-\u024f;.\d]|\?[^\s?。，,！!]{0,2}\?|\ufffd|锟斤拷|烫烫烫|屯屯屯"
)


TRADITIONAL_SHARE = 0.04


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
    unjammed = JAMMER.sub(_jammed, unpinyined) if JAMMER_CORE.search(unpinyined) else unpinyined
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
    spaced = [SPACES.sub(" ", line).strip() for line in relined(text.split("\n"))]
    unwrapped = reflowed(spaced)
    if len(unwrapped) < len(spaced):
        flags.append("wrapped_lines_joined")  # a PDF's or a narrow column's margin
        # a gloss the margin broke ("產(chǎ" / "n)業") is whole again only now
        spaced = [remove_pinyin(line) for line in unwrapped]
    lines = [_digits_set_in(_punctuation_set_in(line)) for line in spaced]
    if lines != spaced:
        flags.append("number_spaces_closed")  # "贫困户 47 户" -> "贫困户47户"
    lines = [line for line in lines if line]
    kept, title, meta, header, footer, removed, account = page.strip(lines)
    if removed["chrome"]:
        flags.append("boilerplate_removed")
    if removed["spam"]:
        flags.append("spam_removed")
    body = "\n".join(kept)
    if MOJIBAKE.search(body):
        flags.append("mojibake")
    return Cleaned(body, script, flags, title, meta, header, footer, account)


# Pages converted from Word or PDF set a space on each side of a number: "贫困户 47 户 183 人",
# "2014 年", "投资 260 万元". Such a space is typesetting, not a word break; without it the
# number reads with its unit, its year and its words as anywhere else. Only a plain number
# between Chinese on both sides, or opening a line a narrow column wrapped, is closed up:
# dates and times ("来源:某某网 2021-06-08 10:48", a byline's fields) and Latin words keep
# their spaces.
SPACED_NUMBER = re.compile(
    # after a word or a mark, the ASCII comma many sites print too ("队员 918 人,2.1 万名")
    # (not after an English date's: "March 5, 2019")
    r"(?:(?<=[\u4e00-\u9fff\u3000-\u303f\uff00-\uffef“”‘’])|(?<=[\u4e00-\u9fff%)][,;])|^) ?"
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


# A letter-spaced page sets a space between every digit: "全县 1 5 1 个行政村", "9 3 2 7 户".
# Two digits or more, each alone, then a unit: a pager ("1 2 3 4 下一页") has none, and a list's
# number ("1. 5个村") has no space before its point.
DIGITS_SPACED = re.compile(
    r"(?:(?<=[\u4e00-\u9fff：、，（ ])|^)\d(?: \d| \. \d|\.\d){1,8}(?= ?[万亿]?[元户人个名亩%期版])"
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
    line = DIGITS_SPACED.sub(lambda m: m.group().replace(" ", ""), line)
    line = THOUSANDS_SPACED.sub(lambda m: m.group().replace(" ", ""), line)
    return SPACED_NUMBER.sub(r"\g<number>", line)
