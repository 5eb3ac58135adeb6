"""What a page says does not change with how a site printed it.

Each case reprints the invented pages of `tests/invented/pages_5` the way real sites do (in
traditional script, with pinyin glosses, with spaces around the punctuation, with doubled commas
and escaped ellipses, with the markup's escapes (&ldquo;, &nbsp;) or tags (<p>), with dates
written out or with slashes, under the page's own title, a breadcrumb or a menu run into its
trail, with share buttons under the headline, with a photo under the lead, with the byline run
into the lead, over a list of other articles) or as reports word them (the county named again
as 该县), and asserts that the report's row, its figures and its slogans are the ones the plain
page gives. No answer key is needed: the plain page's reading is the reference, whatever it is.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from pathlib import Path

import opencc
import pytest

from helpers.engine.pipeline import analyse
from helpers.extract.records import ManifestRow
from helpers.extract.text.clean import normalize

PAGES = sorted((Path(__file__).parent / "invented" / "pages_5").glob("*.txt"))
TO_TRADITIONAL = opencc.OpenCC("s2t")
TO_SIMPLIFIED = opencc.OpenCC("t2s")

# the glosses content farms glue after characters, a particle's neutral tone among them
GLOSSES = {
    "業": "yè", "產": "chǎn", "鎮": "zhèn", "鄉": "xiāng", "農": "nóng", "經": "jīng",
    "區": "qū", "動": "dòng", "個": "gè", "戶": "hù", "發": "fā", "的": "de", "們": "men",
}  # fmt: skip

# other articles' headlines, with places and figures of their own, under the article
RELATED = (
    "相关新闻\n· 漠河市召开推进会 投入资金3200万元\n"
    "· 三沙市：贫困户1200户喜领分红\n【打印】【关闭】\n"
)
BREADCRUMB = "当前位置：首页 > 新闻中心 > 扶贫动态\n字号：大 中 小  打印  关闭\n"


def traditional(text: str) -> str:
    return TO_TRADITIONAL.convert(text)


def glossed(text: str) -> str:
    return "".join(ch + (f"({GLOSSES[ch]})" if ch in GLOSSES else "") for ch in traditional(text))


def spaced(text: str) -> str:
    return re.sub(r"([，。、；！？])", r" \1 ", text)


def doubled(text: str) -> str:
    return text.replace("，", "，，").replace("…", "u2026")


def with_markup_escapes(text: str) -> str:
    """Quotes, dashes and indents as the page's markup escapes them, left unresolved by a
    scraper: "&ldquo;…&rdquo;", "&mdash;", "&nbsp;&nbsp;"."""
    escaped = text.replace("“", "&ldquo;").replace("”", "&rdquo;").replace("—", "&#8212;")
    return re.sub(r"(?m)^(?=.{30})", "&nbsp;&nbsp;&nbsp;&nbsp;", escaped)


def with_markup_tags(text: str) -> str:
    """Paragraphs as the scraper kept their tags ("<p>…</p>", a "<strong>" inside), with a
    spam site's empty decoy tags over the page."""
    tagged = re.sub(r"(?m)^(.{30,})$", r'<p style="text-indent:2em">\1</p>', text)
    tagged = re.sub(r"(\d+户)", r"<strong>\1</strong>", tagged)
    return '<b id="k3x9"></b><cite id="k3x9"></cite>\n' + tagged


ISO_DATE = re.compile(r"(?<!\d)(20\d\d)-(\d\d)-(\d\d)(?!\d)")


def dates_written_out(text: str) -> str:
    return ISO_DATE.sub(lambda m: f"{m[1]}年{int(m[2])}月{int(m[3])}日", text)


def dates_with_slashes(text: str) -> str:
    return ISO_DATE.sub(r"\1/\2/\3", text)


def under_its_page_title(text: str) -> str:
    """The browser's title of the page saved above it: the headline as the page prints it, with
    the section and the site. A page without a headline is left as it is."""
    title = reading(text)[0][0]
    printed = next(
        (line.strip() for line in text.split("\n") if title and plain(line) == title), ""
    )
    return f"{printed}_新闻中心_某某新闻网\n" + text if printed else text


SHARE_BUTTONS = "分享到： 微信 微博 QQ空间 【字体：大 中 小】"


def share_buttons_under_its_headline(text: str) -> str:
    """The share and font-size buttons printed right under the headline. A page without a
    headline is left as it is."""
    title = reading(text)[0][0]
    lines = text.split("\n")
    at = next((i for i, line in enumerate(lines) if title and plain(line) == title), None)
    if at is None:
        return text
    return "\n".join([*lines[: at + 1], SHARE_BUTTONS, *lines[at + 1 :]])


PHOTO = "[图片]\n驻村工作队员在田间查看长势 本报记者 摄"


def a_photo_under_the_lead(text: str) -> str:
    """A photo and its caption printed under the first paragraph."""
    lines = text.split("\n")
    lead = next((i for i, line in enumerate(lines) if len(line.strip()) >= 60), None)
    if lead is None:
        return text
    return "\n".join([*lines[: lead + 1], PHOTO, *lines[lead + 1 :]])


def under_a_breadcrumb(text: str) -> str:
    return BREADCRUMB + text


# the menu with the "you are here" trail run onto it, as a scrape that lost the break prints it
MENU_AND_TRAIL = (
    "网站首页 新闻中心 政务公开 网上办事 公共服务 互动交流 专题专栏"
    "您现在的位置：首页 >> 信息公开 >> 重点领域信息公开 >> 扶贫工作 >> 工作动态\n"
)


def under_a_menu_run_into_its_trail(text: str) -> str:
    return MENU_AND_TRAIL + text


def byline_run_into_the_lead(text: str) -> str:
    """The byline line and the first paragraph printed as one line, two spaces between, as a
    page that lost the break between them prints them."""
    lines = text.split("\n")
    byline = next((i for i, line in enumerate(lines[:8]) if BYLINE.search(line)), None)
    if byline is None:
        return text
    lead = next((j for j in range(byline + 1, len(lines)) if lines[j].strip()), None)
    if lead is None or len(lines[lead].strip()) < 40:
        return text
    lines[byline] = lines[byline].rstrip() + "  " + lines[lead].strip()
    del lines[byline + 1 : lead + 1]
    return "\n".join(lines)


BYLINE = re.compile(r"^\s*\S*(来源|发布时间|时间)\s*[:：]|^\s*(19|20)\d\d[-./年]\d")


def over_other_articles(text: str) -> str:
    return text.rstrip("\n") + "\n" + RELATED


def named_again_by_its_kind(text: str) -> str:
    """After its first mention in the article's prose, the report's county is named as 该县
    (该旗), as reports write it; not in a quotation, whose words are a slogan's or a speaker's,
    nor in the site's copyright line, which no report words."""
    county = reading(text)[0][5]
    prose = re.search(rf"^.*{county}.*$", text, re.M) if county[-1:] in ("县", "旗") else None
    while prose and len(prose.group()) < 40:
        prose = re.compile(rf"^.*{county}.*$", re.M).search(text, prose.end() + 1)
    if not prose:
        return text
    end = text.find(county, prose.start()) + len(county)
    # a quotation and the site's copyright line keep the name
    parts = re.split(r"(“[^”]*”|^.*版权所有.*$)", text[end:], flags=re.M)
    again = "".join(
        p if p.startswith("“") or "版权所有" in p else p.replace(county, "该" + county[-1])
        for p in parts
    )
    return text[:end] + again


def wrapped_at_a_margin(text: str, width: int = 64) -> str:
    """Paragraphs broken at a right margin, as text taken from a PDF or a narrow column keeps
    them: every line of prose wider than the margin cut where the next character would pass it
    (a Chinese character two columns wide, a digit or a letter one), inside numbers and words
    too."""
    lines = []
    for line in text.split("\n"):
        if "。" not in line:
            lines.append(line)
            continue
        piece, used = "", 0
        for ch in line:
            columns = 2 if unicodedata.east_asian_width(ch) in "WF" else 1
            if used + columns > width:
                lines.append(piece)
                piece, used = "", 0
            piece, used = piece + ch, used + columns
        lines.append(piece)
    return "\n".join(lines)


def wrapped_at_a_wide_margin(text: str) -> str:
    return wrapped_at_a_margin(text, width=100)


def plain(value) -> str:
    """A value in simplified script, without spaces."""
    return re.sub(r"\s+", "", TO_SIMPLIFIED.convert(str(value or "")))


def reading(text: str):
    """The page's report row, figures and slogans, in simplified script and without spaces."""
    result = analyse("r", normalize(text), ManifestRow("r", "r.txt", "", "utf-8", "ok", ""))

    report = result.report
    row = tuple(
        plain(getattr(report, field))
        for field in ("title", "source", "published", "province", "prefecture", "county")
    ) + (plain(report.township),)
    figures = Counter(
        (f.value, plain(f.unit), f.metric, f.year, f.as_of_year) for f in result.figures
    )
    slogans = Counter((plain(s.slogan), s.kind) for s in result.slogans)
    return row, figures, slogans


@pytest.fixture(scope="module")
def plain_readings():
    return {page.name: reading(page.read_text(encoding="utf-8")) for page in PAGES}


@pytest.mark.parametrize(
    "reprint",
    [
        traditional,
        glossed,
        spaced,
        doubled,
        with_markup_escapes,
        with_markup_tags,
        dates_written_out,
        dates_with_slashes,
        under_its_page_title,
        share_buttons_under_its_headline,
        a_photo_under_the_lead,
        under_a_breadcrumb,
        under_a_menu_run_into_its_trail,
        byline_run_into_the_lead,
        over_other_articles,
        named_again_by_its_kind,
        wrapped_at_a_margin,
        wrapped_at_a_wide_margin,
    ],
    ids=lambda reprint: reprint.__name__,
)
def test_a_reprinted_page_reads_as_the_plain_page(reprint, plain_readings):
    assert len(PAGES) == 40
    differ = []
    for page in PAGES:
        text = page.read_text(encoding="utf-8")
        if reprint is over_other_articles and ("漠河" in text or "三沙" in text):
            continue
        if reading(reprint(text)) != plain_readings[page.name]:
            differ.append(page.name)
    assert differ == []
