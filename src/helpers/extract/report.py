"""A report's row: its headline, date, outlet, byline and the place it is mainly about.

The place is voted by the headline, the lead and every mention (extract/places/regions.py);
a county report that tells one village's story is about that village's township when the text
names no other township of the county and the headline does not name the county alone.
"""

from __future__ import annotations

import re

from helpers.extract.places import gazetteer as gz
from helpers.extract.places import regions
from helpers.extract.places.locate import (
    COUNTY_CODE,
    PROVINCE_CODE,
    TOWNSHIP_CODE,
    VILLAGE_AFTER,
    find_mentions,
    strip_trailing_place_name,
)
from helpers.extract.records import Place, Report
from helpers.extract.text import boilerplate as bp
from helpers.extract.text import headline as hl
from helpers.extract.text import meta
from helpers.extract.text.clean import Cleaned


def describe(
    report_id: str, cleaned: Cleaned, located: list, page_context: list[str], path: str
) -> tuple[Report, str, Place, int]:
    """(the report's row, its place's code, its Place, where its headline ends in the text)."""
    text = cleaned.text
    lines = text.split("\n")
    title_end = _title_end(text, cleaned.title)
    lead_line = next(
        (ln for ln in lines if len(ln) > 40 and text.find(ln) >= title_end),
        lines[0] if lines else "",
    )
    lead_end = text.find(lead_line) + len(lead_line) if lead_line else 0
    lead_start = lead_end - len(lead_line)
    # a lead that lost the line break after its headline opens with it: its dateline follows
    glued = len(cleaned.title) if cleaned.title and lead_line.startswith(cleaned.title) else 0
    dated_lead = _dated_lead(lines, lead_line[glued:])
    # a byline's body ("来源：某县委组织部") speaks for the report more than a site's banner does
    context = regions.context_codes(page_context) + regions.context_codes(cleaned.meta_lines)
    # the place in a dateline, the lead's or the headline line's ("某某社某地8月8日电 题:…"),
    # is where the outlet files from
    dateline_start = lead_start + glued
    datelines = [(dateline_start, dateline_start + meta.dateline_length(lead_line[glued:]))]
    if lines:
        datelines.append((0, meta.dateline_length(lines[0])))
    voters = [loc for loc in located if not any(a <= loc.start < b for a, b in datelines)]
    code, place = regions.report_place(text, voters, title_end, lead_end, context)
    headline_end = _headline_end(text, title_end)
    province_only = _names_only_a_province(
        text, voters, title_end, lead_end
    ) or _speaks_for_province(text[:headline_end], voters, headline_end, code, text)
    if len(code) > 2 and province_only:
        # "某省：…" with a lead about the whole province, then one village's story: the
        # province's report, not the village's county's
        code = province_only
        place = gz.place_of(code, regions.name_as_written(located, code))
    prefecture_only = _speaks_for_prefecture(text, voters, headline_end, code)
    if len(code) > 4 and prefecture_only:
        # a city's or a prefecture's report that tells one county's story: "全市…", "某州…"
        code = prefecture_only
        place = gz.place_of(code, regions.name_as_written(located, code))
    prefecture_lead = _lead_speaks_for_prefecture(text, voters, headline_end, lead_start, code)
    if len(code) > 4 and prefecture_lead:
        code = prefecture_lead
        place = gz.place_of(code, regions.name_as_written(located, code))
    opened_with = _headline_opens_with_place(text, voters, headline_end, code)
    if opened_with:
        # "某市：…" over one county's or one township's story: the headline says whose report it is
        code = opened_with
        place = gz.place_of(code, regions.name_as_written(located, code))
    if len(code) == 9 and _township_is_an_example(text, located, code, headline_end, context):
        code = code[:6]
        place = gz.place_of(code, regions.name_as_written(located, code))
    town = _township_of_headline_village(text, text[:headline_end], located, code)
    if town:
        # "某县某村：…" over a lead that writes "某县某镇某村": the village's township is named.
        # It outranks the anecdote test just above: a village the headline names is the story,
        # not an example of the county's.
        code, place = town, gz.place_of(town, regions.name_as_written(located, town))
    if (
        len(code) == 6
        and not place.township
        and not _headline_names_county_alone(text[:headline_end], located, headline_end)
    ):
        # A report about one of the county's villages is about that village's township, unless
        # the text names another township of the county or the county more often.
        # the county as the text speaks of it, not as the prefix of a village's name ("某县某村")
        county_mentions = (
            sum(
                loc.code == code and not regions.VILLAGE_MENTION.match(text, loc.end)
                for loc in voters
            )
            + sum(
                # "该县" names it again; "全县" in a village's story says how the village compares
                named == code and text[at] in ANAPHOR_BY_NAME
                for at, named in regions.anaphora(text, voters)
            )
            + len(ALL_TOWNSHIPS.findall(text))
        )  # "全县12个乡镇": the county taken whole
        town = regions.village_township(text, code, county_mentions, headline_end)
        named = {loc.code for loc in located if len(loc.code) == 9 and loc.code.startswith(code)}
        if town and named <= {town}:
            code, place = town, gz.place_of(town, regions.name_as_written(located, town))
    byline = meta.author(cleaned.meta_lines, lead_line, lines[-1] if lines else "")
    glued_outlet = _outlet_glued_to_headline(lines[:GLUED_SEARCH], cleaned.title)
    closing = _closing_lines(lines)
    last_paragraph = next((line for line in reversed(lines) if bp.is_body(line)), "")
    # a content farm's repost names the paper it took the article from, with the paper's date,
    # in a notice at its end: that outlet and that date are the article's, not the farm's
    # (a notice the page kept among its bylines, too: "本文来源于《某某日报》2016年6月2日第3版")
    repost = meta.repost_credit(
        [*lines[-CLOSING_SEARCH:], *cleaned.footer_context, *cleaned.meta_lines]
    )
    report = Report(
        report_id=report_id,
        title=hl.on_one_line(_without_place_kicker(cleaned.title)),
        published=(repost[1] if repost else "")
        or meta.published(cleaned.meta_lines)
        # the lead's own dateline with its date: "某某网某地2019年6月10日电"
        or meta.published([dated_lead[: meta.dateline_length(dated_lead)]])
        # a publication line among the last lines, above a list of recommended articles
        or meta.published([ln for ln in lines[-CLOSING_SEARCH:] if PUBLISHED_LINE.match(ln)])
        # the print a repost names at its end, with its date: "（某某日报 2018-12-04 第2版）"
        or meta.published(
            [ln for ln in lines[-CLOSING_SEARCH:] if meta.CLOSING_SOURCE.match(ln.strip())]
        )
        # ... or closing the last paragraph: "…摘掉穷帽子。（来源：某某报 2015年11月20日）"
        or meta.published([meta.printed_closing_the_article(last_paragraph)]),
        source=(repost[0] if repost else "")
        or meta.source(
            cleaned.meta_lines,
            dated_lead,
            strip_trailing_place_name,
            last_line=lines[-1] if lines else "",
            header=cleaned.header_context,
            account=cleaned.account,
        )
        or meta.paper_closing_the_article(last_paragraph)
        or meta.as_signed(
            meta.issuer(cleaned.title, [ln.strip() for ln in lines[:ISSUER_SEARCH]]),
            meta.signing_body(closing),
        )
        or meta.source_in_headline(cleaned.title, lines[:4])
        or meta.masthead_in_byline(
            [*lines[:4], *cleaned.header_context], cleaned.meta_lines, dated_lead
        )
        or meta.outlet_byline(byline)  # "作者:某某发布": an account, not a person
        or glued_outlet
        or meta.outlet_in_body(lines, cleaned.footer_context)
        # the closing line with its date and reporters is a byline, kept with the meta lines
        or meta.closing_source([*closing, *cleaned.meta_lines[-CLOSING_SEARCH:]])
        or meta.signing_body(closing)
        or meta.outlet_beside_headline(cleaned.title, [*lines[:4], *cleaned.header_context])
        or meta.own_site(cleaned.meta_lines, cleaned.header_context)
        or meta.owner_unless_its_own(cleaned.meta_lines, cleaned.footer_context),
        author=byline,
        script=cleaned.script,
        province=place.province,
        prefecture=place.prefecture,
        county=place.county,
        township=place.township,
        adcode=place.adcode,
        n_chars=len(text),
        quality=";".join(cleaned.flags),
        path=path,
    )
    return report, code, place, title_end


HEADLINE_SEARCH = 40  # characters of the first line a column's label or a dateline may take
DATED_LEAD_SEARCH = 20  # lines in which a lead's outlet dateline is looked for
# A page that lost the line break after its headline: "标题某某客户端 记者 张三", "标题某某网某地讯
# (记者 张三)". The outlet ends in a medium's word, may be followed by its place and 讯, and a
# role opens the byline.
OUTLET_BYLINE_GLUED = re.compile(
    r"^(?P<outlet>[\u4e00-\u9fff]{2,10}(?:网|报|台|客户端|新闻|在线))"
    r"(?:[\u4e00-\u9fff]{2,4}?)?(?:讯|消息)?\s*"
    r"(?:\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\))?\s*"  # a pinyin gloss a site glued on
    r"[(（]?(?:记者|采访人员|通讯员)"
)
GLUED_SEARCH = 3  # first lines looked at
ISSUER_SEARCH = 8  # first lines where a work report's headline and its issuer stand
CLOSING_SEARCH = 5  # last lines where a repost names its paper or a work report is signed
AFTER_THE_ARTICLE = 6  # ... or the lines right after the article's last paragraph


def _closing_lines(lines: list[str]) -> list[str]:
    """The lines where an article closes: right after its last paragraph of prose (comments,
    links and lists of other articles may follow it), and the page's last lines."""
    prose = [i for i, line in enumerate(lines) if bp.is_body(line)]
    after = lines[prose[-1] + 1 : prose[-1] + 1 + AFTER_THE_ARTICLE] if prose else []
    return [*after, *lines[-CLOSING_SEARCH:]]


PUBLISHED_LINE = re.compile(r"^\s*(发布时间|发布日期|发表时间|发表日期|发稿时间)\s*[:：]")


def _outlet_glued_to_headline(first_lines: list[str], title: str) -> str:
    """The outlet of a first line that runs the headline into the lead's byline."""
    for line in first_lines:
        line = line.strip()
        if title and line.startswith(title):
            m = OUTLET_BYLINE_GLUED.match(line[len(title) :])
            if m:
                return m["outlet"]
    return ""


def _dated_lead(lines: list[str], lead_line: str) -> str:
    """The article's first line when it opens with its outlet's dateline ("某某网消息(记者…)"),
    though a gallery's long captions stand above it; else the lead line."""
    if meta.DATELINE.match(lead_line.strip()):
        return lead_line
    return next(
        (ln for ln in lines[:DATED_LEAD_SEARCH] if meta.DATELINE.match(ln.strip())), lead_line
    )


def _title_end(text: str, title: str) -> int:
    """Where the headline ends in the text, when the text opens with it; a column's label or an
    agency's dateline before it on its line ("【某某专栏】标题", "某某社某地8月8日电 题:标题")
    is part of the headline's line. 0 when the text does not open with the headline."""
    if not title:
        return 0
    at = text.find(title.split(" ")[0], 0, HEADLINE_SEARCH + len(title))
    # a kicker line (引题) may stand above the headline
    second_line_end = text.find("\n", text.find("\n") + 1) if text.count("\n") > 1 else len(text)
    if at < 0 or at > min(HEADLINE_SEARCH, second_line_end):
        return 0
    return at + len(title.replace(" ", "\n"))


def _township_of_headline_village(text: str, headline: str, located: list, code: str) -> str:
    """The township of the county `code` that the text writes right before a village the
    headline names ("某县高峰村：…", then "某县某镇高峰村"); '' when there is none."""
    if len(code) != COUNTY_CODE:
        return ""
    towns = [loc for loc in located if len(loc.code) == TOWNSHIP_CODE and loc.code.startswith(code)]
    for m in regions.VILLAGE_MENTION.finditer(headline):
        villages = regions.village_names(m["stem"])
        for loc in towns:
            if loc.start >= len(headline) and any(text.startswith(v, loc.end) for v in villages):
                return loc.code
    return ""


def _headline_names_county_alone(headline: str, located: list, title_end: int) -> bool:
    """Whether the headline names a county and no township or village within it ("某县：强化基层
    党组织…"): the report speaks for the county, though its story is one village's."""
    codes = [loc.code for loc in located if loc.start < title_end]
    return (
        any(len(c) == 6 for c in codes)
        and not any(len(c) > 6 for c in codes)
        and not regions.VILLAGE_MENTION.search(headline)
    )


# "全县", "该县", "全旗": the text speaking of the whole county; "全镇", "该乡": of the township.
# 全市 and 该市 count only for a county-level city: elsewhere they are the prefecture.
WHOLE_COUNTY = re.compile(r"[全该本](县|旗|区|市)(?![委政长级城直属场])")
WHOLE_TOWNSHIP = re.compile(r"[全该本](镇|乡)(?![党政长])")
ANAPHOR_BY_NAME = "该本"
# A county's townships taken together: "各乡镇", "各镇(街)", "全县18个乡镇", "全区11个街镇".
ALL_TOWNSHIPS = re.compile(
    r"(?<!在)(?:各|全[县旗区市]\d{1,3}个)(?:乡镇|街镇|镇街|镇|乡|街道|苏木)(?![长党政府干委中里])"
)  # not the field a township is compared in: "在全县各镇中名列前茅"
# A county named as the body that judges or honours a township: "某县县委", "获评某县…先进集体"
COUNTY_AS_BODY_AFTER = re.compile(r"[县市区旗]?(委|政府|人大|政协)")
HONOURED_BY_BEFORE = re.compile(r"(获评|评为|被评|授予|荣获|得到)$")
# A subtitle under the headline: "——某县某镇某村狠抓…侧记".
SUBTITLE = re.compile(r"^\s*(——|—|--)")


def _headline_end(text: str, title_end: int) -> int:
    """Where the headline ends, a subtitle line ("——…侧记") within the first lines included."""
    end = title_end
    for _ in range(3):
        next_end = text.find("\n", end + 1)
        line = text[end + 1 : next_end if next_end >= 0 else len(text)]
        if not SUBTITLE.match(line):
            if line.strip() and len(line) <= 40 and SUBTITLE.match(text[next_end + 1 :] or ""):
                end = next_end  # a repeated headline before the subtitle
                continue
            break
        end = next_end if next_end >= 0 else len(text)
    return end


# the colon after the place a headline opens with: "某市：…", "某县:…"
COLON_AFTER_PLACE = re.compile(r"\s*[:：]")


def _headline_opens_with_place(text: str, located: list, headline_end: int, code: str) -> str:
    """The place a headline opens with before a colon ("某市：…", "某省某县:…") when the votes
    chose a place within it and the headline names none; else ''."""
    in_headline = sorted(
        (loc for loc in located if loc.start < headline_end), key=lambda loc: loc.start
    )
    if not in_headline:
        return ""
    last = _run_of_names(in_headline)[-1]
    opened = last.code
    # "某省：" is also a national outlet's locale kicker over one village's story
    if len(opened) == PROVINCE_CODE or not COLON_AFTER_PLACE.match(text, last.end):
        return ""
    if any(loc.code.startswith(opened) and loc.code != opened for loc in in_headline):
        return ""
    townships = {loc.code for loc in located if len(loc.code) == TOWNSHIP_CODE}
    if len(opened) == COUNTY_CODE and len(code) > COUNTY_CODE and len(townships) == 1:
        # "某县：…" over one village's story: the township the votes chose stands, unless it is
        # only the lead's anecdote of a county report (`_township_is_an_example`); a county
        # report that names two of its townships is the county's
        return ""
    return opened if code.startswith(opened) and len(code) > len(opened) else ""


def _township_is_an_example(
    text: str, located: list, code: str, title_end: int, context: list[str] = ()
) -> bool:
    """Whether the township the votes chose is only the lead's anecdote of a county report: named
    once, or only in the first paragraph, not in the headline, while the text speaks of the whole
    county more than of it ("某镇某村的王某说…。这是某县…的缩影。全县…")."""
    named = [loc for loc in located if loc.code == code]
    if not named or named[0].start < title_end:
        return False
    lead_start = title_end + 1 if text[title_end : title_end + 1] == "\n" else title_end
    lead_end = text.find("\n", lead_start)
    lead_end = len(text) if lead_end < 0 else lead_end
    in_the_lead = not text[lead_start : named[0].start].count("\n") and all(
        loc.start <= lead_end for loc in named
    )
    if len(named) > 1 and not in_the_lead:
        return False
    county_suffix = gz.divisions()[code[:6]].name[-1] if code[:6] in gz.divisions() else "县"
    county_words = [w for w in WHOLE_COUNTY.findall(text) if w == county_suffix or w in "县旗"]
    # the county named again on its own ("某县有两个贫困村"), not as the prefix of a place in
    # it, and its townships taken together ("各镇", "全区11个街镇"): the county's report
    county_again = sum(
        loc.code == code[:6]
        and not _prefixes_a_place_in_it(text, loc, located)
        and not COUNTY_AS_BODY_AFTER.match(text, loc.end)  # "某县县委的肯定"
        and not HONOURED_BY_BEFORE.search(text, max(0, loc.start - 4), loc.start)
        for loc in located
    )
    county_scope = len(ALL_TOWNSHIPS.findall(text))
    township_words = len(WHOLE_TOWNSHIP.findall(text))
    if not context and all(loc.code == code for loc in located):
        # the only place the page names, and no masthead or banner names a county: its own
        # mentions speak for it too ("文丰村位于某镇…，是全县深度贫困村之一")
        township_words += len(named)
    return len(county_words) + county_again + county_scope > township_words


def _prefixes_a_place_in_it(text: str, loc, located: list) -> bool:
    """Whether a county's mention opens a longer name of a place within it ("某县某镇",
    "某县某某村")."""
    return any(
        other.start == loc.end and other.code.startswith(loc.code) and other.code != loc.code
        for other in located
    ) or _opens_a_village_name(text, loc)


def _opens_a_village_name(text: str, loc) -> bool:
    """ "某县某某村": a village of the county, by the gazetteer, named right after it."""
    village = regions.VILLAGE_MENTION.match(text, loc.end)
    return bool(village) and bool(gz.township_of_village(loc.code, village["stem"] + "村"))


def _without_place_kicker(title: str) -> str:
    """A headline without the province-and-county kicker a national site puts before it,
    separated by a space ("湖南桑植 标题" -> "标题"); a kicker with a colon ("某县:标题") and a
    place that is the headline's subject ("某县某村 标题") stay."""
    kicker, space, rest = title.partition(" ")
    if not space or len(kicker) > 8 or len(rest) < 6:
        return title
    mentions = find_mentions(kicker)
    covered = sum(m.end - m.start for m in mentions)
    province = mentions and any(len(code) == 2 for code in mentions[0].codes)
    return rest if covered == len(kicker) and len(mentions) >= 2 and province else title


def _names_only_a_province(text: str, located: list, title_end: int, lead_end: int) -> str:
    """The province, when the headline names it and the headline and the lead name no other
    place ("广西：…" and "近年来，广西各地…"), not even one of its villages ("某省某某村…");
    else ''."""
    in_headline = {loc.code for loc in located if loc.start < title_end}
    codes = {loc.code for loc in located if loc.start < lead_end}
    # A page without its headline has only its lead to say what it is about: a lead about the
    # province, then a village's story, is the province's report told through the village; a
    # lead that sets the scene, then a county as the subject, is the county's.
    if title_end == 0 and _first_place_below_is_a_village(text, located, lead_end):
        in_headline = codes
    if len(codes) != 1 or codes != in_headline or len(next(iter(codes))) != 2:
        return ""
    province = next(iter(codes))
    for m in regions.VILLAGE_MENTION.finditer(text[:title_end]):
        # a village of the province, named again below the headline: its story
        named = [v for v in regions.village_names(m["stem"]) if v in text[title_end:]]
        if any(gz.has_village(province, village) for village in named):
            return ""
    return province


def _first_place_below_is_a_village(text: str, located: list, lead_end: int) -> bool:
    """Whether the first place below the lead that is not a province is a village or a
    township: the names run together ("某省某县某某村") end in a village's name or a
    township's."""
    below = sorted(
        (loc for loc in located if loc.start >= lead_end and len(loc.code) > 2),
        key=lambda loc: loc.start,
    )
    if not below:
        return False
    last = _run_of_names(below)[-1]
    if len(last.code) >= 9:
        return True
    m = VILLAGE_AFTER_PLACE.match(text, last.end)
    return bool(m) and not regions.GENERIC_VILLAGE.search(m["stem"])


def _run_of_names(ordered: list) -> list:
    """The places named one right after another from the first of `ordered` (in text order):
    the parts of one full name ("某省某县某某镇")."""
    run = [ordered[0]]
    for loc in ordered[1:]:
        if loc.start != run[-1].end:
            break
        run.append(loc)
    return run


# A village's name right after its county's, its township's maybe between: "某县某某村党支部
# 书记", "某区某某镇的某某村" (locate.VILLAGE_AFTER: the 村 of a village's own party branch
# counts there, unlike in regions.VILLAGE_MENTION where "全村党员" must not).
VILLAGE_AFTER_PLACE = re.compile(
    r"(?:[\u4e00-\u9fff]{1,6}?(?:镇|乡|街道)的?)?" + VILLAGE_AFTER.pattern
)


# A headline that speaks for a whole province: "党的十八大以来我省…纪实", "全省…综述".
PROVINCE_SELF = re.compile(r"我省|全省")


def _speaks_for_province(
    headline: str, located: list, headline_end: int, code: str, text: str
) -> str:
    """The report's province when its headline (with the subtitle) names no place below a
    province and says 我省 or 全省, or the text speaks of the whole province more often than of
    the county the votes chose, by name or as 全县 ("像他这样的第一书记，全省共有…"); else ''."""
    below = [loc for loc in located if loc.start < headline_end and len(loc.code) > 2]
    if not code or below:
        return ""
    if PROVINCE_SELF.search(headline):
        return code[:2]
    whole_province = sum(
        not PROVINCE_COMPARED.match(text, m.end()) for m in PROVINCE_SELF.finditer(text)
    ) + _province_named_alone(text, [loc for loc in located if loc.start >= headline_end], code[:2])
    whole_below = len(WHOLE_BELOW_PROVINCE.findall(text)) + _named_within(located, code[:6])
    return code[:2] if whole_province >= MIN_PROVINCE_WORDS and whole_province > whole_below else ""


MIN_PROVINCE_WORDS = 2


def _speaks_for_prefecture(text: str, located: list, headline_end: int, code: str) -> str:
    """The county's prefecture when the headline names no county or township and the text
    speaks of the whole prefecture (全市, 全州, 我盟, or its name by itself) more often than of
    the county the votes chose (by name or as 全县); else ''."""
    prefecture = code[:4]
    if not _under_a_prefecture(located, headline_end, code):
        return ""
    own_suffix = _own_suffix(code)
    below_words = [*COUNTY_SELF.finditer(text)] + [
        m for m in PREFECTURE_SELF.finditer(text) if own_suffix and m[1] == own_suffix
    ]
    body = [loc for loc in located if loc.start >= headline_end]
    whole = _whole_prefecture_words(text, own_suffix, 0, len(text), located, prefecture)
    whole += _province_named_alone(text, body, prefecture)
    below = len(below_words) + _named_within(located, code[:6])
    # a prefecture's name is also how a county's story places itself ("某州的贫困村"): it has
    # to outnumber the county twice over
    return prefecture if whole >= MIN_PROVINCE_WORDS and whole > 2 * below else ""


def _lead_speaks_for_prefecture(
    text: str, located: list, headline_end: int, lead_start: int, code: str
) -> str:
    """The county's prefecture when the text from the lead's first line, up to the first county
    or township it names, speaks of the prefecture at least twice (全市, 我州, its name by itself):
    a prefecture's report, then one county's story; else ''."""
    prefecture = code[:4]
    if not _under_a_prefecture(located, headline_end, code):
        return ""
    below = [loc.start for loc in located if loc.start >= lead_start and len(loc.code) > 4]
    lead_end = min(below, default=len(text))
    whole = _whole_prefecture_words(
        text, _own_suffix(code), lead_start, lead_end, located, prefecture
    )
    whole += _province_named_alone(text, located, prefecture, (lead_start, lead_end))
    return prefecture if whole >= MIN_PROVINCE_WORDS else ""


def _under_a_prefecture(located: list, headline_end: int, code: str) -> bool:
    """Whether the votes chose a county (or a place in one) under a prefecture, and the headline
    names no county or township: a municipality's districts sit under no prefecture."""
    return (
        len(code) >= COUNTY_CODE
        and bool(gz.place_of(code[:4]).prefecture)
        and not any(loc.start < headline_end and len(loc.code) > 4 for loc in located)
    )


def _own_suffix(code: str) -> str:
    """市 or 区 when the county of `code` is a county-level city or a district, which says 全市
    or 全区 of itself; else ''."""
    county = gz.place_of(code[:6]).county or gz.place_of(code[:6]).prefecture
    return county[-1:] if county[-1:] in "市区" else ""


def _whole_prefecture_words(
    text: str, own_suffix: str, start: int, end: int, located: list, prefecture: str
) -> int:
    """全市, 我州, 该盟 … between `start` and `end` that speak of the whole prefecture: not a
    county-level city's own 全市 (unless the city named last before it is the prefecture:
    "某某市选派…全市"), nor the prefecture as the field a place is compared in."""
    cities = [loc for loc in located if loc.code[:4] == prefecture and len(loc.code) <= 6]
    return sum(
        (m[1] != own_suffix or _last_named_is(cities, m.start(), prefecture))
        and not PROVINCE_COMPARED.match(text, m.end())
        for m in PREFECTURE_SELF.finditer(text, start, end)
    )


def _last_named_is(located: list, before: int, code: str) -> bool:
    last = [loc for loc in located if loc.end <= before]
    return bool(last) and last[-1].code == code


PREFECTURE_SELF = re.compile(r"[全我本该](市|州|盟|地区)(?![委政长级城直属场])")
COUNTY_SELF = re.compile(r"[全我本该](县|旗)(?![委政长级城直属场])")


def _named_within(located: list, code: str) -> int:
    """Mentions of the place `code` (below a province) or of places within it, a full name
    ("某市某县某镇") counted once, as the place it ends with."""
    starts = {loc.start for loc in located}
    return sum(
        len(loc.code) > 2 and loc.code.startswith(code) and loc.end not in starts for loc in located
    )


def _province_named_alone(
    text: str, located: list, province: str, span: tuple[int, int] = (0, -1)
) -> int:
    """How often the text (or its `span`) names the province by itself ("内蒙古大地"), not as the
    head of a place's full name ("某省某县"): a national outlet's way of saying 全省."""
    starts = {loc.start for loc in located}
    begin, end = span[0], span[1] if span[1] >= 0 else len(text)
    return sum(
        begin <= loc.start < end
        and loc.code == province
        and loc.end not in starts
        and not PROVINCIAL_BODY.match(text, loc.end)
        for loc in located
    )


# The province's name at the head of a body's or a firm's ("某省委组织部", "某省大学", "某省分行",
# "某省移动"): the body, not the province spoken of.
PROVINCIAL_BODY = re.compile(
    r"(省|自治区|区)?[\u4e00-\u9fff]{0,6}?"
    r"(委|厅|局|办|院|校|大学|学院|银行|分行|公司|集团|中心|日报|电视台|移动|电信|联通|党的建设)"
    r"|(省|自治区)?级"
)
# The province as the field a county is compared in, not the subject: "居全省第一", "全省最后8个
# 贫困县之一", "全省唯一"; or the field of an honour: "全省优秀共产党员", "全省脱贫攻坚先进个人".
PROVINCE_COMPARED = re.compile(
    r"[^，,。；;]{0,12}?(第[一二三四五六七八九十\d](?!书记)|首[个家批]|唯一|前列|前茅|一流|之一|最后|排名)"
    r"|(脱贫攻坚|扶贫|农村|基层)?(优秀|先进|模范|劳动模范|最美|十佳|百佳|五一劳动|三八红旗|五四)"
)
WHOLE_BELOW_PROVINCE = re.compile(r"[全该本我](县|旗|区|市|州|盟)(?![委政长级城直属场])")
