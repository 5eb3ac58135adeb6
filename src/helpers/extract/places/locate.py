"""Place names in running text, resolved against the gazetteer, and the place a text is about."""

from __future__ import annotations

import functools
import re
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from itertools import chain

from helpers.extract.lexicon import shipped_words
from helpers.extract.places import gazetteer as gz
from helpers.prebuilt import persisted

# A suffix-less name glued to what follows is part of another name: "北冷村", "黄河路".
PART_OF_LONGER = re.compile(r"^(村|社区|路|街|大道|河|湖|山|水库|镇|乡|县|市|区|省|族|人|籍)")
# A line that opens with a place and a colon or a dateline marker: "定西:…", "于都县丁家沟:…".
HEADING_POSITION = re.compile(r"^[\u4e00-\u9fff]{0,12}[:：—\-]|讯|消息")
# What follows a place that opens the headline as its locator: "某市“五个聚焦”…", "某县 某某…".
HEADLINE_PLACE_FOLLOWERS = ("“", '"', " ", "\u3000")
SHARE_TO_DESCEND = 0.6
# A line that opens with a county's name is about that county ("某县始终坚持…"), unless what
# follows makes the 县 part of a common noun (县里, 县委, 县城, 县级, 县长, 县域…).
COMMON_AFTER = re.compile(r"[里委城级长乡域内外]")


PROVINCE_CODE, PREFECTURE_CODE, COUNTY_CODE, TOWNSHIP_CODE = 2, 4, 6, 9  # digits at each level
TOWNSHIP_SUFFIX = re.compile(r"(镇|乡|街道|苏木)$")


@dataclass(slots=True)  # not frozen: a page has hundreds, and a frozen init costs 3×
class Mention:
    start: int
    end: int
    text: str
    codes: tuple[str, ...]
    strong: bool  # the official name as written, not a suffix-less short form


TOWNSHIP_SUFFIX_SWAP = {"乡": "镇", "镇": "乡"}
# The 村 of a common noun, not of a village's name: 村民, 村委, 村里 …
NOT_A_VILLAGE = "(?!民|委|干部|级|集体|两委|里|内|庄)"
WING_BANNER = re.compile(r"^[\u4e00-\u9fff]{2,3}(?P<side>左|右)翼(?P<rank>[前中后])旗$")


@persisted
def _aliases() -> tuple[str, str]:
    """The official names and their suffix-less short forms, a line each, and on the same
    line of the second text the codes each names in full and the ones it may abbreviate
    ("620422 620423|6204" : space-separated, full | abbreviated). Two strings load at once,
    where 71,000 tuples of codes took 14 ms to unpickle in every process; a name's codes are
    read when a text names it (`_codes`)."""
    aliases: dict[str, tuple[set, set]] = defaultdict(lambda: (set(), set()))
    generic = set(shipped_words("generic_division_names"))
    for name, codes in gz.all_names().items():
        for code in codes:
            level = gz.divisions()[code].level if code in gz.divisions() else _level_of(code)
            # two characters are a word before they are a place: "城区", "新镇", and the
            # streets some cities name with no suffix at all ("胜利", "团结", "新华")
            weak_full = (
                len(name) <= 2
                and (level == "township" or (level == "county" and name.endswith("区")))
            ) or name in generic

            aliases[name][1 if weak_full else 0].add(code)
            short = gz.short_name(name, level)
            if short and short not in gz.all_names():
                aliases[short][1].add(code)
            # "临夏州", "威宁县": autonomous units are usually cited as stem + 州/县/旗, and
            # ethnic townships as stem + 乡/镇 ("某某彝族苗族乡" as "某某乡"), even where the
            # stem or that name is another unit's too (东乡县 in two provinces): the units
            # named around it decide
            if short and (
                name.endswith(("自治州", "自治县", "自治旗"))
                or (level == "township" and name.endswith(("族乡", "族镇")))
            ):
                # a unit named for its people drops 族 too: 东乡族自治县 as 东乡县
                stem = short[:-1] if short.endswith("族") and len(short) >= 3 else short
                aliases[stem + name[-1]][0].add(code)
            # Inner Mongolia's banners of a wing, cited by the initial of their league's old
            # name: 科尔沁右翼中旗 as 科右中旗, 察哈尔右翼后旗 as 察右后旗
            wing = WING_BANNER.match(name)
            if wing:
                aliases[name[0] + wing["side"] + wing["rank"] + "旗"][0].add(code)
            # a 乡 that became a 镇 (or the reverse) outside the gazetteer's two vintages is
            # still written by its old suffix in older reports: "某某乡" for today's "某某镇"
            # a street by its office: 某某街道 as "某某办事处" (its full name is 某某街道办事处)
            if level == "township" and name.endswith("街道") and len(name) >= 4:
                office = name[:-2] + "办事处"
                if office not in gz.all_names():
                    aliases[office][0].add(code)
            other_suffix = TOWNSHIP_SUFFIX_SWAP.get(name[-1]) if level == "township" else None
            if other_suffix and len(name) >= 3 and name[:-1] + other_suffix not in gz.all_names():
                aliases[name[:-1] + other_suffix][0].add(code)
    names, codes = [], []
    for alias, (strong, weak) in sorted(aliases.items()):
        names.append(alias)
        codes.append(" ".join(sorted(strong)) + "|" + " ".join(sorted(weak - strong)))
    return "\n".join(names), "\n".join(codes)


@functools.cache
def _automaton():
    """Aho-Corasick over every alias: ahocorasick-rs scans ~30 M characters a second, about
    ten times pyahocorasick on this vocabulary, and builds in ~0.1 s (so it is not stored).
    With it the aliases, their lines of codes, and the codes read so far."""
    import ahocorasick_rs

    names, codes = _aliases()
    names = names.split("\n")
    return ahocorasick_rs.AhoCorasick(names), names, codes.split("\n"), {}


def _codes(index: int) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(codes the alias names in full, codes it may abbreviate), read once per alias."""
    _, _, lines, read = _automaton()
    found = read.get(index)
    if found is None:
        strong, _, weak = lines[index].partition("|")
        found = read[index] = (tuple(strong.split()), tuple(weak.split()))
    return found


LEVEL_OF_LENGTH = {2: "province", 4: "prefecture", 6: "county", 9: "township"}


def _level_of(code: str) -> str:
    return LEVEL_OF_LENGTH.get(len(code), "township")


def find_mentions(text: str, is_word: Callable[[str], bool] | None = None) -> list[Mention]:
    """Leftmost-longest gazetteer names in `text`, each with its candidate codes. With
    `is_word` (a dictionary's membership test), a short form that begins a longer word of the
    dictionary is no mention: 合作 (合作市) in "合作社", 延安 in "延安精神"."""
    automaton, names, _, _ = _automaton()
    hits = automaton.find_matches_as_indexes(text, overlapping=True)
    hits.sort(key=lambda hit: (hit[1], hit[1] - hit[2]))  # leftmost, then longest
    mentions, last_end = [], -1
    for at, (index, start, end) in enumerate(hits):
        if start < last_end:
            continue
        strong, weak = _codes(index)
        if strong and (
            _verb_between_offices(text, start, end)
            or _mountain_villages_of_a_region(text, start, names[index])
        ):
            continue
        if strong:
            mentions.append(Mention(start, end, names[index], strong, True))
        elif _region_called_qu(weak, text, end):
            # "广西区直机关工委", "宁夏区党委": an autonomous region called by its short name and
            # 区, whose 区 is no district's (西区, 夏区…)
            mentions.append(Mention(start, end, names[index], weak, False))
            end += 1
        elif (
            not PART_OF_LONGER.match(text[end : end + 2])
            and not _full_name_runs_on(hits, at, end, text)
            and not (is_word and _begins_a_word(text, start, end, is_word))
        ):
            mentions.append(Mention(start, end, names[index], weak, False))
        else:
            continue
        last_end = end
    return mentions


# "县扶贫办会同县委组织部": 会同 (together with) joins two offices; the county 会同县 is not named.
# A name whose stem is a common word, after an office's last character and before an office of
# its own level, is that word.
OFFICE_END = "办室局部委厅处院所站队组"
JOINING_VERBS = frozenset({"会同", "协同", "联同", "连同"})  # "together with"
OFFICE_AFTER = re.compile(
    r"(委|政府|人大|政协|直|财政|扶贫|农业|人社|民政|教育|卫|交通|水利|审计|纪委)"
)


def places_from_start(text: str) -> int:
    """How far the places named one after another from the text's start reach ("某县某镇" of
    "某县某镇某某村" when the village is not in the gazetteer): 0 when it opens with no place."""
    covered = 0
    for mention in find_mentions(text):
        if mention.start != covered:
            break
        covered = mention.end
    return covered


# A region named by its province's one-character name and a direction, then 山乡 ("mountain
# villages"): "扎根陇中山乡", "走进湘西山乡" name no township 中山乡 or 西山乡.
PROVINCE_INITIALS = frozenset("京津冀晋蒙辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝川蜀黔滇藏陕秦甘陇")
DIRECTION_AND_MOUNTAIN_VILLAGES = re.compile(r"[东南西北中]山乡")


def _mountain_villages_of_a_region(text: str, start: int, name: str) -> bool:
    return (
        start > 0
        and text[start - 1] in PROVINCE_INITIALS
        and DIRECTION_AND_MOUNTAIN_VILLAGES.fullmatch(name) is not None
    )


def _region_called_qu(codes: tuple[str, ...], text: str, end: int) -> bool:
    return text[end : end + 1] == "区" and any(
        len(code) == PROVINCE_CODE and gz.place_of(code).province.endswith("自治区")
        for code in codes
    )


def _verb_between_offices(text: str, start: int, end: int) -> bool:
    return (
        start > 0
        and text[start - 1] in OFFICE_END
        and end - start == 3
        and text[start : end - 1] in JOINING_VERBS
        and OFFICE_AFTER.match(text, end) is not None
    )


def _begins_a_word(text: str, start: int, end: int, is_word: Callable[[str], bool]) -> bool:
    return any(
        is_word(text[start : end + extra])
        for extra in (1, 2)
        if end + extra <= len(text) and "\u4e00" <= text[end + extra - 1] <= "\u9fff"
    )


def _full_name_runs_on(hits: list, at: int, end: int, text: str) -> bool:
    """Whether a full name starts inside the short form hits[at] and runs past it, leaving no
    word after the short form: in "站在中宁县" the short form 在中 would take the 中 of 中宁县,
    leaving 宁县, another county. In "陇西城区" the rest, 城区 (the town area), is a common noun
    of areas (data/dictionaries/area_nouns.txt): the short form 陇西 stands, not 西城区."""
    for index, start, later_end in hits[at + 1 :]:
        if start >= end:
            return False
        if later_end > end and _codes(index)[0] and text[end:later_end] not in _area_nouns():
            return True
    return False


# The end of a village's name: "天湾村还是…" (not 村民, 村委, 村里 …).
VILLAGE_END = re.compile(rf"村{NOT_A_VILLAGE}(?!口|头)")
VILLAGE_STEM_CHARS = (2, 4)


def _names_one_of_its_villages(code: str, text: str) -> bool:
    """Whether a county named once is supported by one of its villages named in the text
    ("岚县…" and "天湾村", a village the gazetteer has in 岚县)."""
    if _level_of(code) != "county":
        return False
    for m in VILLAGE_END.finditer(text):
        for size in range(VILLAGE_STEM_CHARS[0], VILLAGE_STEM_CHARS[1] + 1):
            stem = text[max(0, m.start() - size) : m.start()]
            if len(stem) == size and all("\u4e00" <= ch <= "\u9fff" for ch in stem):
                if gz.townships_of(code, stem + "村"):
                    return True
    return False


def _ends_in_an_area_noun(m: Mention, text: str) -> bool:
    """Whether a name like 西山区 or 中山区 may be a word's last character and a common noun of
    areas run together: "湘西山区" is the mountains of 湘西, "鲁中山区" those of 鲁中."""
    return (
        len(m.text) == 3
        and m.text[1:] in _area_nouns()
        and m.start > 0
        and "\u4e00" <= text[m.start - 1] <= "\u9fff"
    )


@functools.cache
def _area_nouns() -> frozenset[str]:
    return frozenset(shipped_words("area_nouns"))


def resolve(
    mentions: list[Mention], text: str, context: list[Mention] = ()
) -> list[tuple[Mention, str]]:
    """Pick one code per mention from the company it keeps; drop the ones with no support.

    A short form (定西, 于都) counts only next to its parent or child (赣州于都, 凉山州昭觉县),
    at the head of a heading or dateline (定西:…), or where the same unit is also named in
    full. An ambiguous name (城关镇 is in dozens of counties) takes the candidate whose ancestors
    or descendants are named elsewhere, and none when that does not decide.
    """
    everything = list(mentions) + list(context)
    all_codes = [c for m in everything for c in m.codes]
    strong_codes = {c for m in everything if m.strong for c in m.codes}
    # the prefectures of the counties named in full, which support their short forms
    above_counties = {c[:PREFECTURE_CODE] for c in strong_codes if len(c) == COUNTY_CODE}
    named, below = Counter(all_codes), Counter(chain.from_iterable(map(_prefixes, all_codes)))
    # Townships of one county named together support each other (城子镇、新合镇 and 狮子镇 are
    # common names, but only one county has all three): the other names with a township there.
    township_names: dict[str, set[str]] = defaultdict(set)
    for m in everything:
        if TOWNSHIP_SUFFIX.search(m.text):  # "团结", "解放" are words before they are places
            for c in m.codes:
                if len(c) == TOWNSHIP_CODE:
                    township_names[c[:COUNTY_CODE]].add(m.text)
    kin_of: dict[str, int] = {}  # codes recur across mentions: count their kin once
    resolved = []
    lone_townships = []  # townships of one name in the country, named once and alone
    for i, m in enumerate(mentions):
        candidates = m.codes
        # a township written against its county ("某区某某镇某某村") is settled by the county
        touching = i and mentions[i - 1].end == m.start
        by_village = "" if touching else _township_of_its_village(m, text)
        if by_village:
            # "某某乡某某村": of the townships of that name, the one that has the village
            resolved.append((m, by_village))
            continue
        if not m.strong:
            candidates = _supported_short_form(i, mentions, text, strong_codes, above_counties)
            # a short form shared by a unit and one inside it (灵寿 for 灵寿县 and its seat
            # 灵寿镇) is the larger unit's: the one a bare name stands for
            candidates = [
                c for c in candidates if not any(c.startswith(o) and c != o for o in candidates)
            ]
        support = {}
        for c in candidates:
            if c not in kin_of:
                kin_of[c] = _kin(c, named, below)
            # a name shared by a unit and its parent (a 县 and its 镇) does not support itself
            support[c] = kin_of[c] - _self_nesting(m.codes)[c]
            if len(c) == TOWNSHIP_CODE and m.text in township_names[c[:COUNTY_CODE]]:
                support[c] += len(township_names[c[:COUNTY_CODE]]) - 1
        if len(candidates) > 1:
            best = max(support[c] for c in candidates)
            top = [c for c in candidates if support[c] == best]
            if best > 0 and len(top) > 1:
                top = _one_unit_renumbered(top)
            candidates = top if best > 0 and len(top) == 1 else []
        elif (
            candidates
            and m.strong
            and not support[candidates[0]]
            and not _heading_position(text, m)
        ):
            # Two-character county names (魏县) and township names (40 000 of them, many
            # ordinary words) count only with a parent or child named, or when repeated.
            code = candidates[0]
            if (
                (
                    _level_of(code) == "township"
                    or (len(m.text) <= 2 and _level_of(code) != "province")
                    or _ends_in_an_area_noun(m, text)
                )
                and named[code] < 2
                and not _names_one_of_its_villages(code, text)
            ):
                if (
                    _level_of(code) == "township"
                    and TOWNSHIP_SUFFIX.search(m.text)
                    and not TRAVELLED_TO.search(text, max(0, m.start - 2), m.start)
                ):
                    lone_townships.append((m, code))
                candidates = []
        if candidates:
            resolved.append((m, candidates[0]))
    if not resolved and len({code for _, code in lone_townships}) == 1:
        # a page that names no other place (a work summary that starts inside its text, "文丰村
        # 位于某某镇东北部"): a township whose full name no other township in the country has
        # is where it is
        resolved = lone_townships[:1]
    return _counties_renamed(resolved)


# A village's name right after a township's: "某某乡清泉村", "某某乡清泉村党支部". Not 村民, 村委,
# 村级 … (the 村 of a common noun).
VILLAGE_AFTER = re.compile(rf"(?P<stem>[\u4e00-\u9fff]{{1,5}}?)村{NOT_A_VILLAGE}")


def _township_of_its_village(m: Mention, text: str) -> str:
    """The township code of a township's name written before one of its villages, when exactly
    one township of that name has a village so named (the division codes go down to villages):
    a township name alone is often a word, or shared by dozens of places; with its village it
    is one place. '' otherwise."""
    if not m.strong or not all(len(c) == TOWNSHIP_CODE for c in m.codes):
        return ""
    v = VILLAGE_AFTER.match(text, m.end)
    if v is None:
        return ""
    village = v.group()
    having = [
        c
        for c in m.codes
        if any(c in gz.townships_of(c[:COUNTY_CODE], name) for name in gz.village_variants(village))
    ]
    return having[0] if len(having) == 1 else ""


def _counties_renamed(resolved: list) -> list:
    """A county named by its old name beside a township of the county it became ("无为县鹤毛镇"
    after 无为县 became 无为市, with a new code) is that newer county: one place, not two."""
    codes = {code for _, code in resolved}
    renamed = {}
    for code in codes:
        successor = gz.successor_county(code) if len(code) == COUNTY_CODE else ""
        if successor and any(c.startswith(successor) for c in codes):
            renamed[code] = successor
    return [(m, renamed.get(code, code)) for m, code in resolved] if renamed else resolved


def _one_unit_renumbered(codes: list[str]) -> list[str]:
    """The newer code, when two tied codes are one township renumbered with its county
    (平泉县's 七家岱满族乡 became 平泉市's): one name, one prefecture, no vintage in common."""
    divisions = [gz.divisions().get(c) for c in codes]
    if len(divisions) != 2 or not all(divisions):
        return codes
    old, new = sorted(divisions, key=lambda d: d.vintages.split(";")[-1])
    if (
        old.name == new.name
        and old.code[:4] == new.code[:4]
        and not set(old.vintages.split(";")) & set(new.vintages.split(";"))
    ):
        return [new.code]
    return codes


def _supported_short_form(
    i: int, mentions: list[Mention], text: str, strong_codes: set[str], above_counties: set[str]
) -> list[str]:
    """The codes a short form may stand for here: a unit also named in full, a province, a
    prefecture at the head of a heading or with one of its counties named in full
    (`above_counties`), or a parent or child of a name written against it.
    Most short forms are settled by the first test: the heading and the neighbours are looked
    at only when needed (a township's short form has dozens of codes)."""
    m = mentions[i]
    heading = touching = None
    kept = []
    for c in m.codes:
        if c in strong_codes or len(c) == 2:  # a province's code has two digits
            kept.append(c)
            continue
        if len(c) == 4:  # a prefecture's
            if heading is None:
                heading = _heading_position(text, m)
            if heading:
                kept.append(c)
                continue
            if c in above_counties:
                kept.append(c)  # "某某选派…" where one of its counties is named in full
                continue
        if len(c) in (4, 6) and PLACE_BOOK.match(text, m.end):
            kept.append(c)  # "某某年鉴", "某某县志": a book named after its county or city
            continue
        if touching is None:
            touching = _touching_codes(i, mentions)
        if touching and any(_nested(c, o) for o in touching):
            kept.append(c)
    return kept


PLACE_BOOK = re.compile(r"(统计)?年鉴|[县市区州旗]?志(?![愿向气])")


@functools.lru_cache(maxsize=65536)
def _self_nesting(codes: tuple[str, ...]) -> dict[str, int]:
    """Code -> how many of the other codes of the same name contain it or lie inside it: a
    name's codes are fixed, and 城关镇's dozens of codes were compared pairwise per mention."""
    return {c: sum(1 for o in codes if _nested(o, c)) for c in codes}


@functools.lru_cache(maxsize=65536)
def _prefixes(code: str) -> tuple[str, ...]:
    """The codes of the units containing `code` (codes nest by prefix: 41 > 4108 > 410825 > …)."""
    return tuple(code[:n] for n in (2, 4, 6, 9) if n < len(code))


def _nested(a: str, b: str) -> bool:
    """Whether one of two codes contains the other."""
    return a != b and (a.startswith(b) or b.startswith(a))


def _kin(code: str, named: Counter, below: Counter) -> int:
    """Mentions of units that contain `code` or lie inside it."""
    return sum(named[p] for p in _prefixes(code)) + below[code]


def _touching_codes(i: int, mentions: list[Mention]) -> list[str]:
    """Candidate codes of the mentions written right against mention i (赣州于都)."""
    here, out = mentions[i], []
    for j in (i - 1, i + 1):
        if 0 <= j < len(mentions):
            other = mentions[j]
            if other.end == here.start or here.end == other.start:
                out += other.codes
    return out


# A place gone to, not the page's own: "组织党员赴某镇某村参观学习".
TRAVELLED_TO = re.compile(r"(赴|到|去|前往|来到|走进|考察)$")


def _heading_position(text: str, m: Mention) -> bool:
    line_start = text.rfind("\n", 0, m.start) + 1
    if (
        m.start == line_start
        and m.text.endswith(("县", "旗"))
        and not COMMON_AFTER.match(text, m.end)
    ):
        return True  # "魏县始终坚持…": a county opening its paragraph is its subject
    if m.start == 0 and text[m.end : m.end + 1] in HEADLINE_PLACE_FOLLOWERS:
        return True  # "某市“五个聚焦”…": a place opening the headline, before a quote or a space
    return m.start - line_start <= 12 and bool(
        HEADING_POSITION.search(text[line_start : m.end + 12])
    )


def dominant_code(weighted: list[tuple[str, float, bool]]) -> str:
    """The code a text is mainly about, from (code, weight, prominent) votes.

    Walk down from the province while one child clearly dominates its siblings and is
    either prominent (title, heading) or at least half as present as its parent. Where the
    siblings split the votes, the one the headline names wins; below a place the headline
    names, the walk goes on only to a child named there too, or mentioned as much as it.
    """
    score: dict[str, float] = defaultdict(float)
    direct: dict[str, float] = defaultdict(float)
    prominent: set[str] = set()
    for code, weight, is_prominent in weighted:
        direct[code] += weight
        for div in gz.chain(code):
            score[div.code] += weight
            if is_prominent and div.code == code:
                prominent.add(code)
    chosen, level_codes = "", [c for c in score if len(c) == 2]
    while level_codes:
        total = sum(score[c] for c in level_codes)
        best = max(level_codes, key=lambda c: (score[c], c))
        # a place is headlined when the headline names it or a place within it
        headlined = [c for c in level_codes if any(p.startswith(c) for p in prominent)]
        if total <= 0:
            break
        if len(headlined) == 1 and best not in headlined and score[headlined[0]] > 0:
            # The headline names one place and the body quotes another more often (a partner
            # city that helps, "某市某区来帮扶"): the report is about the headline's place.
            best = headlined[0]
        elif score[best] / total < SHARE_TO_DESCEND:
            # The body is split between siblings: the one the headline names, if it names one.
            if len(headlined) != 1:
                break
            best = headlined[0]
        elif len(chosen) == 2 and len(level_codes) == 1:
            # A province in a headline is often only a locator for national readers
            # ("广西某县…"): a prefecture below it that no sibling contests is followed.
            pass
        elif chosen in prominent and best not in prominent and score[best] < direct[chosen]:
            break  # a summary of a place the headline names, quoting one of its parts
        elif chosen and not (
            best in prominent or score[best] >= 0.5 * direct[chosen] or direct[chosen] == 0
        ):
            break
        chosen = best
        level_codes = [
            c for c in score if gz.divisions().get(c) and gz.divisions()[c].parent == chosen
        ]
    return chosen


def strip_trailing_place_name(name: str) -> str:
    """'新华网兰州' -> '新华网', '央广网贵州' -> '央广网': drop a place name at the end."""
    mentions = [m for m in find_mentions(name) if m.end == len(name) and m.start >= 2]
    outlet = name[: mentions[-1].start] if mentions else name
    # what is left must still name an outlet: "某某县融媒体中心" ends in a word, not a place
    return outlet if OUTLET_END.search(outlet) else name


OUTLET_END = re.compile(r"(网|报|社|台|客户端|频道|新闻|在线|TV)$")
