"""The National Bureau of Statistics division codes (2023 and 2016 vintages), read once."""

from __future__ import annotations

import csv
import functools
import gzip
import re
from collections.abc import Mapping
from types import MappingProxyType
from typing import NamedTuple

from helpers.config import GAZETTEER_DIR
from helpers.extract.records import Place
from helpers.prebuilt import persisted, without_collection

# Pseudo-prefectures of the code table: municipalities' "市辖区"/"县", and the county-level
# cities governed directly by a province ("省直辖县级行政区划", e.g. 仙桃市, 天门市).
MUNICIPAL_PSEUDO = {"市辖区", "县"}
DIRECT_PSEUDO = re.compile(r"直辖县级行政区划$")
# Suffixes dropped to get the name people write: "某某市" -> "某某",
# "某某土家族苗族自治州" -> "某某".
# The 55 minority nationalities, as they appear in the names of autonomous units.
NATIONALITIES = (
    "蒙古|回|藏|维吾尔|苗|彝|壮|布依|朝鲜|满|侗|瑶|白|土家|哈尼|哈萨克|傣|黎|傈僳|佤|畲|高山|拉祜|"
    "水|东乡|纳西|景颇|柯尔克孜|土|达斡尔|仫佬|羌|布朗|撒拉|毛南|仡佬|锡伯|阿昌|普米|塔吉克|怒|"
    "乌孜别克|俄罗斯|鄂温克|德昂|保安|裕固|京|塔塔尔|独龙|鄂伦春|赫哲|门巴|珞巴|基诺|各"
)
ETHNIC_AUTONOMY = re.compile(
    rf"(?<=[\u4e00-\u9fff]{{2}})(?:(?:{NATIONALITIES})族)+(自治州|自治县|自治旗|自治区|乡|镇)$"
)
SUFFIXES = {
    "province": re.compile(r"(维吾尔自治区|壮族自治区|回族自治区|自治区|特别行政区|省|市)$"),
    "prefecture": re.compile(r"(自治州|地区|盟|市)$"),
    "county": re.compile(r"(自治县|自治旗|县|市|区|旗|特区|林区)$"),
    "township": re.compile(r"(街道|镇|乡|苏木|民族乡)$"),
}


class Division(NamedTuple):
    """One row of the code table. A tuple, not a dataclass: 50,000 of them are unpickled by
    every process, and a frozen dataclass's per-field restore costs 3x as much."""

    code: str
    level: str
    name: str
    parent: str
    vintages: str


@functools.cache
def divisions() -> Mapping[str, Division]:
    """Code -> Division for provinces, prefectures, counties and townships (2023 name preferred)."""
    columns = [column.split("\n") for column in _division_columns()]
    with without_collection():
        rows = map(Division._make, zip(*columns))
        return MappingProxyType(dict(zip(columns[0], rows)))


@persisted
def _division_columns() -> tuple[str, ...]:
    """The division table as one string per field, a line per division: five strings load in
    0.02 s with the table made from them, where 50,000 pickled tuples took 0.055 s."""
    table: dict[str, Division] = {}
    with gzip.open(GAZETTEER_DIR / "divisions.csv.gz", "rt", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            name = _strip_parent_prefix(row["name"], row["level"])
            div = Division(row["code"], row["level"], name, row["parent_code"], row["vintage"])
            if row["code"] not in table or "2023" in row["vintage"]:
                table[row["code"]] = div
    if any("\n" in value for div in table.values() for value in div):
        raise ValueError("a field of the division table holds a line break")
    return tuple("\n".join(column) for column in zip(*table.values()))


@functools.cache
def all_names() -> Mapping[str, tuple[str, ...]]:
    """Official name -> codes, with names only in the older vintage (乡 now 镇, merged)."""
    return MappingProxyType(_name_table())


@persisted
def _name_table() -> dict[str, tuple[str, ...]]:
    names: dict[str, set[str]] = {}
    with gzip.open(GAZETTEER_DIR / "divisions.csv.gz", "rt", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            name = _strip_parent_prefix(row["name"], row["level"])
            if name in MUNICIPAL_PSEUDO or DIRECT_PSEUDO.search(name):
                continue
            names.setdefault(name, set()).add(row["code"])
    return {k: tuple(sorted(v)) for k, v in names.items()}


@functools.cache
def official_name(code: str, name_hint: str = "") -> str:
    """The name of `code`, as the text wrote it when that is one of its official names, or the
    name of the county it succeeded (无为县 for 无为市)."""
    if name_hint and any(
        c == code or successor_county(c) == code for c in all_names().get(name_hint, ())
    ):
        return _without_its_county(code, name_hint)
    return divisions()[code].name


def _without_its_county(code: str, name: str) -> str:
    """A township listed once with its county before its name (曹县大集镇, a 2016 entry) has its
    own name too, which the contract's column wants."""
    county = divisions().get(divisions()[code].parent)
    if county and name.startswith(county.name):
        own = name[len(county.name) :]
        if code in all_names().get(own, ()):
            return own
    return name


def successor_county(code: str) -> str:
    """The county of the newest vintage with the same prefecture and short name as `code`, a
    county found only in an older one (无为县 -> 无为市); '' when there is none or several."""
    return _successors().get(code, "")


@functools.cache
def _successors() -> dict[str, str]:
    """Old-vintage county code -> its one successor (see `successor_county`), made once."""
    table = divisions()
    newest = max(d.vintages.split(";")[-1] for d in table.values())
    counties = [d for d in table.values() if d.level == "county"]
    current: dict[tuple[str, str], list[str]] = {}
    for d in counties:
        stem = short_name(d.name, "county")
        if stem and newest in d.vintages.split(";"):
            current.setdefault((d.parent, stem), []).append(d.code)
    successors = {}
    for d in counties:
        if newest in d.vintages.split(";"):
            continue
        found = [
            c for c in current.get((d.parent, short_name(d.name, "county")), []) if c != d.code
        ]
        if len(found) == 1:
            successors[d.code] = found[0]
    return successors


def _strip_parent_prefix(name: str, level: str) -> str:
    """Township names in the source carry their county ("仙桃市郑场镇"); keep "郑场镇"."""
    if level == "township":
        m = re.match(r"^[\u4e00-\u9fff]{2,6}?(市|县|区)(?=[\u4e00-\u9fff]{2,}(镇|乡|街道)$)", name)
        if m:
            return name[m.end() :]
    return name


def short_name(name: str, level: str) -> str:
    """The name without its administrative suffix, or '' when too little would remain."""
    stem = ETHNIC_AUTONOMY.sub("", name)
    if stem == name:
        stem = SUFFIXES[level].sub("", name)
    # a unit named after its own people is written by the people's name: 东乡族自治县 is 东乡,
    # 鄂温克族自治旗 鄂温克
    if stem.endswith("族") and stem[:-1] in NATIONALITY_NAMES:
        stem = stem[:-1]
    return stem if len(stem) >= 2 and stem != name else ""


NATIONALITY_NAMES = frozenset(NATIONALITIES.split("|"))


def chain(code: str) -> list[Division]:
    """The division and its ancestors, top first."""
    table = divisions()
    out = []
    while code and code in table:
        out.insert(0, table[code])
        code = table[code].parent
    return out


def is_ancestor(ancestor: str, code: str) -> bool:
    """Whether `ancestor` contains `code` (codes nest by prefix)."""
    return ancestor != code and code.startswith(ancestor)


@functools.cache
def place_of(code: str, hint: str = "") -> Place:
    """Contract columns for a code ('' gives an empty Place); county-level cities under a
    province go in `prefecture`."""
    if not code:
        return Place()
    fields = {"province": "", "prefecture": "", "county": "", "township": ""}
    adcode = ""
    for div in chain(code):
        name = official_name(div.code, hint if div.code == code else "")
        if div.level == "prefecture" and (
            div.name in MUNICIPAL_PSEUDO or DIRECT_PSEUDO.search(div.name)
        ):
            continue
        if div.level == "county" and DIRECT_PSEUDO.search(divisions()[div.parent].name):
            fields["prefecture"] = name
        else:
            fields[div.level] = name
        if div.level != "township":
            adcode = div.code.ljust(6, "0")
    return Place(adcode=adcode, **fields)


@functools.cache
def _village_blobs() -> tuple[Mapping[str, tuple[int, int]], bytes]:
    spans, data = _village_table()
    return MappingProxyType(spans), data


@persisted
def _village_table() -> tuple[dict[str, tuple[int, int]], bytes]:
    """County code -> where its villages lie in one UTF-8 text of "name<TAB>township code"
    lines, and that text.

    Eight hundred thousand villages as Python objects would take ~500 MB per worker; as one
    bytes object they take 18 MB, which loads as one copy (3,000 strings, one per county, took
    0.027 s), and a county is searched only when asked for.
    """
    lines: dict[str, list[str]] = {}
    with gzip.open(GAZETTEER_DIR / "villages.csv.gz", "rt", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            township = row["township_code"]
            lines.setdefault(township[:6], []).append(f"{row['name']}\t{township}")
    return lay_out(lines)


def lay_out(lines: Mapping[str, list[str]]) -> tuple[dict[str, tuple[int, int]], bytes]:
    """Each key's lines joined, end to end in one UTF-8 text, and where each key's part lies."""
    spans, parts, at = {}, [], 0
    for key, rows in lines.items():
        part = "\n".join(rows).encode("utf-8")
        spans[key] = (at, at + len(part))
        parts.append(part)
        at += len(part)
    return spans, b"".join(parts)


def prepare() -> None:
    """Load every table of the gazetteer now rather than at first use."""
    divisions(), all_names(), _village_blobs()


def townships_of(county_code: str, village: str) -> set[str]:
    """Township codes of the villages of this name in a county, read off the county's lines.

    A search in a few kilobytes of UTF-8 per call: parsing the county into a dict first cost
    more, and a cache of parsed counties missed on corpora that span the country. UTF-8 lets a
    name be found as bytes: no character's encoding appears inside another's.
    """
    spans, data = _village_blobs()
    if county_code not in spans:
        return set()
    start, end = spans[county_code]
    key, found, at = (village + "\t").encode("utf-8"), set(), start
    while (at := data.find(key, at, end)) != -1:
        if at == start or data[at - 1] == ord("\n"):  # the whole name, not a longer one's end
            line_end = data.find(b"\n", at, end)
            found.add(data[at + len(key) : line_end if line_end != -1 else end].decode("ascii"))
        at += len(key)
    return found


def village_variants(name: str) -> list[str]:
    """Spellings of a village name: as written, and without the 家 that official names
    often drop (陈家沟村 is registered as 陈沟村)."""
    variants = [name]
    if "家" in name[1:-1]:
        variants.append(name[0] + name[1:-1].replace("家", "", 1) + name[-1])
    return variants


def has_village(region_code: str, village: str) -> bool:
    """Whether a village of this name lies anywhere under a province or prefecture."""
    spans, _ = _village_blobs()
    counties = [county for county in spans if county.startswith(region_code)]
    return any(
        townships_of(county, variant)
        for variant in village_variants(village)
        for county in counties
    )


def township_of_village(county_code: str, village: str) -> str:
    """Township code of a village in a county, or '' when unknown or ambiguous."""
    for variant in village_variants(village):
        townships = townships_of(county_code, variant)
        if len(townships) == 1:
            return next(iter(townships))
    return ""
