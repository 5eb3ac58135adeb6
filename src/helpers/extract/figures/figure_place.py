"""The place a figure is about: its sentence's, narrowed from or replacing its section's.

A report headed by one county often quotes a sentence about a township, a village, or a county
elsewhere ("某某旗某某镇…其中贫困户82户"): the sentence's place then wins, and a place
outside the section's is flagged, since the section's own figures are what a county table sums.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from helpers.extract.lexicon import alternation, load_words
from helpers.extract.places import gazetteer as gz
from helpers.extract.places.regions import GENERIC_VILLAGE, Located
from helpers.extract.records import Section
from helpers.extract.text_units import clause_bounds, starting_within

SAME_TOWN = re.compile(r"(全|该|本|此)(镇|乡)(?![长党政人])")
# Village names: up to five characters before 村, cut at words that cannot be part of a name.
VILLAGE = re.compile(r"(?P<name>[\u4e00-\u9fff]{1,5}?)村(?!民|委会|干部|级|集体|两委|党|里|内|庄)")
NAME_BREAK = re.compile(f".*({alternation(load_words('village_name_breaks'))})")
CONTEXT_CHARS = 40
# Most village names are two or three characters before 村; a longer one is taken only when the
# county's villages in the gazetteer include it, since it is more often a phrase ending in 村.
MAX_UNSUPPORTED_VILLAGE = 4  # characters, 村 included
LEVEL_OF_CODE = {2: "province", 4: "prefecture", 6: "county", 9: "township"}


@dataclass(frozen=True, slots=True)
class FigurePlace:
    """Contract place columns of a figure, where they came from, and whether they conflict."""

    province: str = ""
    prefecture: str = ""
    county: str = ""
    township: str = ""
    village: str = ""
    basis: str = ""  # "sentence" | "section" | "report" | ""
    conflict: bool = False  # the sentence names a place outside the section's
    named_level: str = ""  # the level of the place the sentence names, if it names one


def figure_place(
    text: str, section: Section | None, code: str, located, s_start: int, s_end: int, pos: int
) -> FigurePlace:
    """The place of the figure at `pos` in the sentence [s_start, s_end) of `section`.

    `code` is the section's division code. A county or prefecture the sentence names (before
    the figure, else the only one in it) replaces the section's place when it lies elsewhere
    (flagged as a conflict) and narrows it when it lies within; townships and villages narrow.
    """
    if section is None:
        return FigurePlace()
    basis = "section" if section.heading else "report"
    named = _whole_above(text, _named_unit(text, located, s_start, s_end, pos), pos)
    named_by = "sentence"
    if named is None and not any(
        len(u.code) <= 6 for u in starting_within(located, s_start, s_end)
    ):
        # "某某县始终坚持…。…。全县脱贫1.2万人": the paragraph named its place sentences before
        named, named_by = (
            _paragraph_unit(text, located, max(section.start, 0), s_start),
            "paragraph",
        )
    conflict = False
    if named and named.code != code:
        inside = not code or named.code.startswith(code)
        # a unit above the section's widens it only when the sentence says 全市 or 全省 of it
        above = bool(code) and code.startswith(named.code) and named.text != WHOLE_MARK
        if not above:
            conflict = not inside
            p = gz.place_of(named.code, named.text if named.text in gz.all_names() else "")
            section = Section(
                section.report_id,
                section.section,
                section.heading,
                p.province,
                p.prefecture,
                p.county,
                p.township,
                section.start,
                section.end,
                p.adcode,
            )
            code, basis = named.code, named_by
    place = _section_place(text, section, code, located, s_start, s_end, pos)
    if place[3] != section.township or place[4]:
        basis = "sentence"
    level = LEVEL_OF_CODE.get(len(named.code), "") if named else ""
    if place[4]:
        level = "village"
    elif place[3] and place[3] != section.township:
        level = "township"
    return FigurePlace(*place, basis=basis, conflict=conflict, named_level=level)


# How far into a paragraph its subject may stand: "近年来，某某县…", "2018年以来，某某地区…".
PARAGRAPH_SUBJECT_CHARS = 12


def _paragraph_unit(text: str, located, section_start: int, s_start: int):
    """The county or prefecture a paragraph opens with, as the subject of what follows: "某某县
    始终坚持…。…全县脱贫1.2万人". A place named later in the paragraph is more often a
    neighbour, a venue or a comparison ("与某某市一河之隔") than the subject."""
    p_start = max(text.rfind("\n", section_start, s_start) + 1, section_start)
    opening = min(s_start, p_start + PARAGRAPH_SUBJECT_CHARS)
    units = [loc for loc in starting_within(located, p_start, opening) if len(loc.code) <= 6]
    # a province opening the paragraph sets no narrower place; a county or prefecture does
    return units[0] if units and len(units[0].code) in (4, 6) else None


# The whole of the unit above a county the sentence named: "推广某县做法，向全市892个贫困村…".
WHOLE_MARK = "全"  # the text of a Located that stands for such a whole
WHOLE_ABOVE = re.compile(r"全(?P<level>市|州|盟|地区|省|区)(?![委政长级直属])")
# The whole a county is measured against, in a clause of its own before the figure's: "某县是
# 全省贫困人口最多的县，…贫困人口28.9万人"; but "是全省12个重点县之一" counts the province's.
MEASURED_AGAINST = re.compile(r"[是为居列占]$")
CLAUSE_BREAK = re.compile(r"[，,；;]")
ONE_OF = re.compile(r"[^，,。；;]*之一")


def _whole_above(text: str, named, pos: int):
    """The prefecture (or province) when the words between the county a sentence named and its
    figure say 全市 (全省): the figure counts the whole, not the county named as its model. A
    county-level city's 全市 is itself; an autonomous region says 全区."""
    if named is None or len(named.code) != 6:
        return named
    whole = None
    # "…，是全国592个重点县之一": the figure itself counts a whole the county is one of
    one_of = ONE_OF.match(text, pos)
    for m in WHOLE_ABOVE.finditer(text, named.end, pos):
        measured = MEASURED_AGAINST.search(text, m.start() - 1, m.start())
        if one_of or not (measured and CLAUSE_BREAK.search(text, m.end(), pos)):
            whole = m
    if whole is None:
        return named
    county = gz.place_of(named.code)
    if whole["level"] in ("省", "区"):
        if whole["level"] == "区" and not county.province.endswith("自治区"):
            return named
        code = named.code[:2]
    elif county.county and not county.county.endswith("市"):
        code = named.code[:4]
    else:
        return named
    return Located(named.start, named.end, code, WHOLE_MARK)


# Where a meeting was held, not what its figures count: "自治区12日在拉萨市召开…会议，2万余名干部…".
VENUE_BEFORE = re.compile(r"[在于]$")
VENUE_AFTER = re.compile(r"[^，,。；;]{0,8}?(召开|举行|举办)(?!的)")


def _venue(text: str, loc) -> bool:
    return bool(
        VENUE_BEFORE.search(text, max(0, loc.start - 1), loc.start)
        and VENUE_AFTER.match(text, loc.end)
    )


# The whole of the section's own place, said before a figure: "全州总人口512万，…，某县是…".
ITEM_BREAK = re.compile(r"[，,；;、]")
WHOLE_OF_ITS_OWN = re.compile(r"全(市|州|盟|地区|省|区|县|旗)(?![委政长级直属域])")


def _named_unit(text: str, located, s_start: int, s_end: int, pos: int):
    """The county or prefecture the sentence names for a figure: the last before it, else the
    only one in the sentence, unless the sentence has said the figure counts a whole (全州…)
    before it: a county named after the figure is then one of that whole's parts."""
    units = [
        loc
        for loc in starting_within(located, s_start, s_end)
        if len(loc.code) in (4, 6) and not _venue(text, loc)
    ]
    before = [u for u in units if u.start < pos]
    if before:
        return before[-1]
    if len(units) != 1:
        return None
    if WHOLE_OF_ITS_OWN.search(text, s_start, pos) and ITEM_BREAK.search(text, pos, units[0].start):
        return None  # "…总人口512万，…，某县是…": a later clause's or list item's county
    return units[0]


def _section_place(
    text: str, section: Section | None, code: str, located, s_start: int, s_end: int, pos: int
) -> tuple[str, str, str, str, str]:
    """The section's place, narrowed to a township or village the sentence names."""
    if section is None:
        return ("", "", "", "", "")
    base = (section.province, section.prefecture, section.county, section.township)
    county_code = code[:6] if len(code) >= 6 else ""
    towns = [
        loc
        for loc in starting_within(located, s_start, s_end)
        if len(loc.code) == 9 and (not county_code or loc.code.startswith(county_code))
    ]
    before = [t for t in towns if t.start < pos]
    town = before[-1] if before else (towns[0] if len(towns) == 1 else None)
    clause_start, _ = clause_bounds(text, pos, pos, s_start, s_end)
    if len({t.code for t in before if t.start >= clause_start}) > 1:
        town = None  # "进驻某乡某村、某镇某村…等8个贫困村": a count over several townships
    if town is None and not base[3] and SAME_TOWN.search(text, s_start, pos):
        # "全镇脱贫412户" refers back to the township last named in this section.
        town = next(
            (
                loc
                for loc in reversed(starting_within(located, section.start, s_start))
                if len(loc.code) == 9 and (not county_code or loc.code.startswith(county_code))
            ),
            None,
        )
    if town:
        p = gz.place_of(town.code, town.text if town.text in gz.all_names() else "")
        base = (p.province, p.prefecture, p.county, p.township)
        county_code = town.code[:6]
    village, village_at = _village(text, s_start, pos, s_end)
    if village and any(
        village_at < loc.start < pos and loc.start >= clause_start and len(loc.code) < 12
        for loc in starting_within(located, s_start, pos)
    ):
        # "以某某村为样板，…截至2018年底，某某州1110个贫困村…": a place the figure's own clause
        # names after the village speaks for it
        village = ""
    if len(village) > MAX_UNSUPPORTED_VILLAGE and not (
        county_code and gz.township_of_village(county_code, village)
    ):
        village = ""  # "产业发展落后村": a longer "name" must be a village of the county
    if village and not base[3] and county_code:
        township_code = gz.township_of_village(county_code, village)
        if township_code:
            p = gz.place_of(township_code)
            base = (p.province, p.prefecture, p.county, p.township)
    return (*base, village)


def _village(text: str, s_start: int, pos: int, s_end: int) -> tuple[str, int]:
    """The village a number belongs to: the last one named before it in its sentence, and
    where it is named.

    A list of villages (新房村、瓦高村2个贫困村) names no single one.
    """
    current, at = "", -1
    if text.find("村", s_start, s_end) == -1:
        return current, at  # most sentences name no village: skip the pattern's lazy scan
    mentions, single = _sentence_villages(text, s_start, s_end)
    for start, name, listed in mentions:
        if start >= pos:
            if not current and start - pos < CONTEXT_CHARS and single:
                return name, start
            break
        if name:
            current, at = ("", -1) if listed else (name, start)
    return current, at


@functools.lru_cache(maxsize=16)
def _sentence_villages(text: str, s_start: int, s_end: int) -> tuple[tuple, bool]:
    """((start, village name or "", whether it stands in a list) for each 村 pattern match of
    the sentence, whether the sentence has a single 村): the same for each of its figures, and
    a sentence listing villages and their counts has dozens (the text's hash is computed once
    and kept by the string, so the key costs nothing)."""
    mentions = tuple(
        (
            m.start(),
            _village_name(m["name"]),
            text[m.end() : m.end() + 1] in ("、", "和", "与", "及", "等")
            or text[max(0, m.start() - 1) : m.start()] == "、",
        )
        for m in VILLAGE.finditer(text, s_start, s_end)
    )
    return mentions, text.count("村", s_start, s_end) == 1


def _village_name(stem: str) -> str:
    cut = NAME_BREAK.match(stem)
    name = stem[cut.end() :] if cut else stem
    if len(name) < 2 or GENERIC_VILLAGE.search(name):
        return ""
    return name + "村"
