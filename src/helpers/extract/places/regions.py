"""Where a report and each of its sections are: place votes, headings, sections."""

from __future__ import annotations

import bisect
import functools
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from helpers.extract.lexicon import alternation, load_words
from helpers.extract.places import gazetteer as gz
from helpers.extract.places.locate import dominant_code, find_mentions, resolve
from helpers.extract.records import Place
from helpers.extract.text.boilerplate import table_row
from helpers.extract.text_units import starting_within

# Sub-headings that open a part about another place: "会宁县丁家沟镇:党建引领…",
# "于都:…", "一、兴国县:…", "(二)宁都县——…". Short, standalone, no full stop.
HEADING = re.compile(
    r"^(?:[一二三四五六七八九十]+[、.]|[(（][一二三四五六七八九十]+[)）]|\d{1,2}[、.])?\s*"
    r"(?P<lead>[\u4e00-\u9fff]{2,14})\s*(?:[:：]|——|—|-{1,2}|\s)"
)
MAX_HEADING_CHARS = 45
TITLE_WEIGHT, LEAD_WEIGHT, BODY_WEIGHT, CONTEXT_WEIGHT = 3.0, 2.0, 1.0, 0.5


@dataclass(frozen=True, slots=True)
class Located:
    """A resolved place mention with its offsets in the cleaned text."""

    start: int
    end: int
    code: str
    text: str


def locate(
    text: str, context_lines: list[str] = (), is_word: Callable[[str], bool] | None = None
) -> list[Located]:
    """Every place mention of `text` that resolves to one division (`is_word`: see
    `locate.find_mentions`; the pipeline passes jieba's dictionary, which this stage does not
    import)."""
    context = [m for line in context_lines for m in find_mentions(line, is_word)]
    mentions = find_mentions(text, is_word)
    return [Located(m.start, m.end, code, m.text) for m, code in resolve(mentions, text, context)]


def context_codes(context_lines: list[str]) -> list[str]:
    """Codes named in removed page chrome (a site's own place); used as weak votes."""
    joined = "\n".join(context_lines)
    return [code for _, code in resolve(find_mentions(joined), joined)]


def report_place(
    text: str, located: list[Located], title_end: int, lead_end: int, context: list[str]
) -> tuple[str, Place]:
    """The code and Place the report is mainly about: title, lead and mentions vote."""
    votes = []
    # "某市某区委统战部来我县开展帮扶": the visitors a local outlet's headline or lead names
    # before its own place are not what the report is about
    visits = [m.start() for m in VISITS_US.finditer(text, 0, max(title_end, lead_end))]
    starts = [loc.start for loc in located]
    for loc in located:
        if any(loc.start < at and _same_sentence(text, loc.start, at) for at in visits):
            votes.append((loc.code, BODY_WEIGHT, False))
        elif _helps_a_place_after(text, loc, located, starts) or _elsewhere(text, loc):
            votes.append((loc.code, BODY_WEIGHT * HELPER_WEIGHT, False))
        elif loc.start < title_end:
            votes.append((loc.code, TITLE_WEIGHT, True))
        elif loc.start < lead_end:
            votes.append((loc.code, LEAD_WEIGHT, False))
        else:
            votes.append((loc.code, BODY_WEIGHT, False))
    for at, code in anaphora(text, located):
        votes.append((code, LEAD_WEIGHT if at < lead_end else BODY_WEIGHT, False))
    # the site's own place, named in its chrome, supports a place the article names (one within
    # it or around it); over another place it is only the site's, not the story's
    named = {loc.code for loc in located}
    votes += [
        (code, CONTEXT_WEIGHT, False)
        for code in context
        if not named or any(code.startswith(n) or n.startswith(code) for n in named)
    ]
    code = dominant_code(votes)
    helpers = _helper_provinces()
    # East-West cooperation: the eastern province that helps is named as often as the western
    # one it helps, and the report is about the helped one; a headline that names the helper
    # ("某省援青干部的…") names who helps, not where. Where only the province is decided, any word
    # of cooperation will do; below it, only words that name the pair or the region helped
    # (闽宁协作, 援藏, 东西部协作): a helper province's own report may say 对口帮扶.
    cooperation = (
        WEST_NAMED.search(text) or _helper_helps().search(text)
        if len(code) > 2
        else COOPERATION.search(text) or _helper_helps().search(text)
    )
    provinces = {c[:2] for c, _, _ in votes}
    if code[:2] in helpers | {""} and cooperation and provinces & helpers and provinces - helpers:
        helped = dominant_code(
            [(c, w * HELPER_WEIGHT, False) if c[:2] in helpers else (c, w, p) for c, w, p in votes]
        )
        code = helped or code  # a split vote keeps the place the first vote found
    return code, gz.place_of(code, name_as_written(located, code))


# A place named again by its kind: "该县", "全县", "本镇", "我乡". Each names the place of that
# kind named last before it, and is a mention of it as much as its name would be: a report
# that names its county once and then says 该县 is as much about it as one that repeats the
# name.
ANAPHOR = re.compile(r"(该|本|我|全)(县|旗|镇|乡)(?![委政长级城直属场镇]|本土)")
ANAPHOR_LEVEL = {"县": "county", "旗": "county", "镇": "township", "乡": "township"}


def anaphora(text: str, located: list[Located]) -> list[tuple[int, str]]:
    """(offset, code) of each anaphor: the last place of its level named before it, but not one
    named only as where people went or who helped ("某县…赴某某县学习…全县" is the first). Not
    该市 or 全区: a city or a district may be a prefecture's or a county's, and a report of
    several places speaks of its prefecture so."""
    codes = []
    divisions = gz.divisions()
    starts = [loc.start for loc in located]
    antecedents = [
        loc
        for loc in located
        if loc.code in divisions
        and divisions[loc.code].level in ANAPHOR_LEVEL.values()
        and not _elsewhere(text, loc)
        and not _helps_a_place_after(text, loc, located, starts)
    ]
    antecedent_starts = [loc.start for loc in antecedents]
    for m in ANAPHOR.finditer(text):
        level = ANAPHOR_LEVEL[m[2]]
        before = antecedents[: bisect.bisect_left(antecedent_starts, m.start())]
        named = next(
            (loc.code for loc in reversed(before) if divisions[loc.code].level == level), None
        )
        if named:
            codes.append((m.start(), named))
    return codes


# A local outlet's headline on a visit to its own place: the places before it are the visitors'.
VISITS_US = re.compile(r"(来|到|莅临|赴)我(县|市|区|旗|州|盟|乡|镇)")


# "某市某区对口帮扶某县某村", "某局派出工作队进驻某村", "某区送12名干部到某县": the place
# that helps, before a verb of help whose object is another place, is not what the report is
# about.
# 帮扶 before a noun names who or what helps ("帮扶干部", "帮扶资金"), not a help given.
HELPS = re.compile(
    r"[^，,。；;！？\n]{0,10}?(?:(?:对口|结对|定点)?帮扶(?!干部|队员|责任人|单位|工作|资金|措施|项目|力量|对象)"
    r"|对口支援|援建|(?P<sent>(?:选派|派出|派驻|送)[^，,。；;]{0,10}?(?:进驻|驻|到|赴)))"
)
HELPED_PLACE = re.compile(
    r"[^，,。；;！？\n]{0,6}?(?P<stem>[\u4e00-\u9fff]{2,4})(村|嘎查|镇|乡|县|旗|市|州)"
)


def _helps_a_place_after(
    text: str, loc: Located, located: list[Located], starts: list[int]
) -> bool:
    """Whether a place is named as the one that helps another place named right after the verb
    of help: a place of the gazetteer outside the helper's own, or, for cadres sent into it
    ("派出工作队进驻某某村"), a village by its name."""
    verb = HELPS.match(text, loc.end)
    if not verb:
        return False
    helped = HELPED_PLACE.match(text, verb.end())
    if not helped or GENERIC_VILLAGE.search(helped["stem"]):
        return False  # "选派第一书记入驻软村、乱村": kinds of village, the helper's own
    after = located[
        bisect.bisect_left(starts, verb.end()) : bisect.bisect_left(starts, helped.end())
    ]
    if any(o.code.startswith(loc.code) for o in after):
        return False  # "某县帮扶本县某村": its own place
    return bool(after) or bool(verb["sent"])


# Places named as elsewhere: where goods go or migrants work ("运往广州", "在广州、上海等城市
# 成立流动党员党支部"), where a speaker's accent is from ("操着广东口音").
SENT_TO_BEFORE = re.compile(r"(运往|销往|远销|发往|卖到|销售到|输送到|外出到|赴)$")
GROUP_OF_PLACES_AFTER = re.compile(
    r"(?:[、，,和及与][\u4e00-\u9fff]{2,8}){0,6}?等(?:大中)?(?:城市|地|省市|省份|地区|发达地区)"
)
OF_THE_PLACE_AFTER = re.compile(r"(口音|方言|风味|客商|老乡|商人|籍)")


# Where visitors or cadres come from: "来自重庆、湖南的游客", "来自广州的驻村干部".
COME_FROM_BEFORE = re.compile(r"来自(?:[\u4e00-\u9fff]{2,8}[、和及与])*$")
COME_FROM_CHARS = 30
# A place a distance is measured from: "距县城所在地某某镇71公里", "离某某镇不足15公里".
DISTANCE_FROM_BEFORE = re.compile(r"(距|距离|离)[^，,。；;、]{0,10}$")
DISTANCE_AFTER = re.compile(
    r"(不足|不到|约|仅|只有|近|有|约有)?[\d.一二三四五六七八九十百几两]+(多|余)?(公里|千米|里|米|分钟|小时)"
)
DISTANCE_FROM_CHARS = 12


def _elsewhere(text: str, loc: Located) -> bool:
    return bool(
        SENT_TO_BEFORE.search(text, max(0, loc.start - 4), loc.start)
        or COME_FROM_BEFORE.search(text, max(0, loc.start - COME_FROM_CHARS), loc.start)
        or GROUP_OF_PLACES_AFTER.match(text, loc.end)
        or OF_THE_PLACE_AFTER.match(text, loc.end)
        or (
            DISTANCE_AFTER.match(text, loc.end)
            and DISTANCE_FROM_BEFORE.search(
                text, max(0, loc.start - DISTANCE_FROM_CHARS), loc.start
            )
        )
    )


def _same_sentence(text: str, start: int, end: int) -> bool:
    return not any(mark in text[start:end] for mark in "。！？\n")


# The words of the national East-West cooperation, not 帮扶 alone (most reports say it); those
# that name its pair of provinces or the region helped are WEST_NAMED.
WEST_NAMED = re.compile(
    r"东西部?扶贫协作|东西部?协作|扶贫协作"
    f"|({alternation(load_words('cooperation_pairs'))})协作"  # "闽宁协作": by its pair
)
COOPERATION = re.compile(f"{WEST_NAMED.pattern}|对口帮扶|对口支援|携手奔小康")
HELPER_WEIGHT = 0.25
HELPERS = "east_west_helper_provinces"


@functools.cache
def _helper_helps() -> re.Pattern[str]:
    """An eastern helper province named as the one that helps: "某市帮扶…", "某省援建…"."""
    names = [gz.short_name(name, "province") or name for name in load_words(HELPERS)]
    # "某省援藏干部", "某市援疆": 援 and the short name of the region helped
    return re.compile(
        f"({alternation(names)})[^，,。；;]{{0,6}}(帮扶|支援|援建|援助|协作|援[藏疆青川黔滇蒙甘宁桂渝陕])"
    )


@functools.cache
def _helper_provinces() -> frozenset[str]:
    """The codes of the eastern provinces that help western ones in the national East-West
    cooperation (data/dictionaries/east_west_helper_provinces.txt)."""
    names = set(load_words(HELPERS))
    return frozenset(c for c, d in gz.divisions().items() if len(c) == 2 and d.name in names)


def name_as_written(located: list[Located], code: str) -> str:
    """The official name as the text wrote it (a 2016 乡 rather than the 镇 it became)."""
    for loc in located:
        if loc.code == code and loc.text in gz.all_names():
            return loc.text
    return ""


def headings(
    text: str, located: list[Located], report_code: str, skip_until: int
) -> list[tuple[int, int, str]]:
    """(line start, line end, code) of sub-headings that open a part about another place."""
    out, pos = [], 0
    for line in text.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        if start < skip_until or len(line) > MAX_HEADING_CHARS or "。" in line:
            continue
        if table_row(line.strip()):
            continue  # "某某镇 215 708": a table's row names its place, and opens no part
        m = HEADING.match(line)
        if not m:
            continue
        lead_end = start + m.end("lead")
        codes = [loc.code for loc in starting_within(located, start, lead_end)]
        if not codes:
            continue
        code = max(codes, key=len)
        if code != report_code and (not report_code or gz.is_ancestor(report_code, code)):
            out.append((start, end, code))
    return out


def section_code(
    located: list[Located], start: int, end: int, heading_end: int, report_code: str
) -> str:
    """The code of one section: its own mentions vote, confined to the report's place."""
    votes = []
    for loc in starting_within(located, start, end):
        if report_code and not (
            loc.code.startswith(report_code) or report_code.startswith(loc.code)
        ):
            continue
        prominent = loc.start < heading_end
        votes.append((loc.code, TITLE_WEIGHT if prominent else BODY_WEIGHT, prominent))
    code = dominant_code(votes)
    if report_code and (not code or not code.startswith(report_code)):
        return report_code
    return code


def place_of_text(text: str) -> Place:
    """The place a short text is mainly about; its first line counts as the title."""
    located = locate(text)
    first_line = text.split("\n", 1)[0]
    return report_place(text, located, len(first_line), len(first_line), [])[1]


# A village name: up to six characters before 村, not 村民, 村委会, 村干部 …
VILLAGE_MENTION = re.compile(
    r"(?P<stem>[\u4e00-\u9fff]{2,6})村(?!民|委|干部|级|集体|两委|党|里|内|庄)"
)


# Words before 村 that make a kind of village, not a name: 贫困村, 示范村, 新农村, 幸福村.
GENERIC_VILLAGE = re.compile(f"({alternation(load_words('generic_village_words'))})$")


def village_names(stem: str) -> list[str]:
    """The village names a stem before 村 may end in, longest first ("某县高峰" -> "县高峰村",
    "高峰村"), without a kind of village ("新农村", "中心村") standing for a name."""
    tails = (stem[-k:] for k in range(len(stem), 1, -1))
    return [tail + "村" for tail in tails if not GENERIC_VILLAGE.fullmatch(tail)]


def village_township(
    text: str, county_code: str, county_mentions: int = 0, headline_end: int = 0
) -> str:
    """The township of the village a report is about, when the text names no township itself.

    A report about one village ("在某县某某村", repeated) is about that village's township: the
    village is looked up among the county's villages in the gazetteer. Only when every village
    the text names lies in that township, and the village is named at least twice and, unless
    the headline (the text before `headline_end`) names it, at least as often as the county: a
    county's report that visits one village names the county more often than the village.
    """
    counts: Counter = Counter()
    headlined = False
    for m in VILLAGE_MENTION.finditer(text):
        for village in village_names(m["stem"]):  # "某县某某村": the longest that is a village
            town = gz.township_of_village(county_code, village)
            if town:
                counts[town] += 1
                headlined = headlined or m.start() < headline_end
                break
    if len(counts) != 1:
        return ""
    ((town, mentions),) = counts.items()
    return town if mentions >= (2 if headlined else max(2, county_mentions)) else ""
