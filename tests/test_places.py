"""Places: the NBS gazetteer (2023 + 2016), short names, duplicates, renamed units, false hits.

Expected places are the official divisions as the National Bureau of Statistics lists them
(e.g. 阜平县 is under 保定市; 仙桃市 is a county-level city governed by 湖北省 directly).
"""

from __future__ import annotations

import pytest

from helpers.extract.places import gazetteer as gz
from helpers.extract.places import regions
from helpers.extract.places.regions import place_of_text

P = lambda *parts: tuple(parts) + ("",) * (4 - len(parts))  # noqa: E731


@pytest.mark.parametrize(
    "text, expected",
    [
        # full names, several provinces
        ("河北省阜平县发展食用菌产业。", P("河北省", "保定市", "阜平县")),
        ("安徽省金寨县光伏扶贫。", P("安徽省", "六安市", "金寨县")),
        ("四川省通江县银耳产业。", P("四川省", "巴中市", "通江县")),
        ("黑龙江省桦南县党建工作。", P("黑龙江省", "佳木斯市", "桦南县")),
        ("河南省兰考县弘扬焦裕禄精神。", P("河南省", "开封市", "兰考县")),
        ("山东省沂南县党建引领。", P("山东省", "临沂市", "沂南县")),
        ("陕西省延川县梁家河村。", P("陕西省", "延安市", "延川县")),
        ("山西省岢岚县易地搬迁。", P("山西省", "忻州市", "岢岚县")),
        ("西藏日喀则市拉孜县党建。", P("西藏自治区", "日喀则市", "拉孜县")),
        # suffix-less provinces and prefectures, autonomous units cited as 州/县
        ("宁夏西吉县马铃薯产业。", P("宁夏回族自治区", "固原市", "西吉县")),
        ("广西百色市田东县芒果产业。", P("广西壮族自治区", "百色市", "田东县")),
        ("内蒙古兴安盟突泉县扶贫车间。", P("内蒙古自治区", "兴安盟", "突泉县")),
        ("新疆和田地区皮山县驻村工作队。", P("新疆维吾尔自治区", "和田地区", "皮山县")),
        ("甘肃省临夏州东乡族自治县推进脱贫攻坚。", P("甘肃省", "临夏回族自治州", "东乡族自治县")),
        ("凉山州昭觉县党建引领脱贫。", P("四川省", "凉山彝族自治州", "昭觉县")),
        ("湖北恩施州建始县党建。", P("湖北省", "恩施土家族苗族自治州", "建始县")),
        ("贵州省毕节市威宁县选派第一书记。", P("贵州省", "毕节市", "威宁彝族回族苗族自治县")),
        ("青海省互助县党建引领。", P("青海省", "海东市", "互助土族自治县")),
        ("吉林省汪清县木耳产业。", P("吉林省", "延边朝鲜族自治州", "汪清县")),
        ("江西井冈山市率先脱贫摘帽。", P("江西省", "吉安市", "井冈山市")),
        ("定西:党建引领脱贫攻坚\n全市各级党组织积极行动。", P("甘肃省", "定西市")),
        # county-level cities under a province go in prefecture; municipalities have no prefecture
        ("湖北省仙桃市加强基层党建。", P("湖北省", "仙桃市")),
        ("海南省五指山市毛阳镇党建。", P("海南省", "五指山市", "", "毛阳镇")),
        ("重庆市城口县选派干部驻村。", P("重庆市", "", "城口县")),
        # townships: duplicates disambiguated by the county named nearby, else left empty
        ("浙江省永嘉县桥头镇发展纽扣产业。", P("浙江省", "温州市", "永嘉县", "桥头镇")),
        ("福建省宁德市寿宁县下党乡脱贫。", P("福建省", "宁德市", "寿宁县", "下党乡")),
        ("桥头镇党委组织党员学习。", P()),
        ("长安区召开党建工作会议。", P()),
        # several counties: the report stays at the prefecture
        ("赣州市:于都县、兴国县、宁都县、瑞金市、会昌县各有亮点。", P("江西省", "赣州市")),
        # false hits in running prose
        ("该村成立了专业合作社，带动全村发展，合作社社员增收。", P()),
        ("推进新村建设，改善人居环境。", P()),
        ("一名贫困户说，合作社带动大家致富。", P()),
    ],
)
def test_place_of_text(text, expected):
    place = place_of_text(text)
    assert (place.province, place.prefecture, place.county, place.township) == expected


def test_adcode_is_the_most_specific_county_or_higher_unit():
    assert place_of_text("浙江省永嘉县桥头镇发展纽扣产业。").adcode == "330324"
    assert place_of_text("定西:党建引领\n全市各级党组织。").adcode == "621100"
    assert place_of_text("海南省五指山市毛阳镇党建。").adcode == "469001"


def test_townships_renamed_since_2016_still_resolve():
    # Townships that became 镇 or were merged after 2016 exist only in the older vintage;
    # find one such pair in the gazetteer itself and check the old name resolves.
    names = gz.all_names()
    divisions = gz.divisions()
    old = next(
        name
        for name, codes in names.items()
        if name.endswith("乡")
        and len(codes) == 1
        and name[:-1] + "镇" in names
        and codes[0] in divisions
        and divisions[codes[0]].vintages == "2016"
        and len(names[name[:-1] + "镇"]) == 1
        and divisions[codes[0]].parent in divisions
    )
    county = divisions[divisions[names[old][0]].parent]
    place = place_of_text(f"{county.name}{old}党委扎实推进脱贫攻坚，全乡贫困户全部脱贫。")
    assert place.township == old and place.county == county.name


def test_short_names_strip_suffixes_and_nationalities():
    assert gz.short_name("邯郸市", "prefecture") == "邯郸"
    assert gz.short_name("怒江傈僳族自治州", "prefecture") == "怒江"
    assert gz.short_name("威宁彝族回族苗族自治县", "county") == "威宁"
    assert gz.short_name("魏县", "county") == ""  # one character would be left
    # a unit named after its own people is written by the people's name
    assert gz.short_name("东乡族自治县", "county") == "东乡"
    assert gz.short_name("鄂温克族自治旗", "county") == "鄂温克"
    assert gz.short_name("鄂伦春自治旗", "county") == "鄂伦春"


def test_a_short_name_is_the_unit_the_text_has_named_in_full():
    # 东乡 alone is also a district of Jiangxi; after 东乡族自治县 it is the Gansu county
    text = "在甘肃省东乡族自治县，驻村干部走家串户。东乡地处临夏州东部，东乡的山梁上种满了花椒。"
    codes = {loc.text: loc.code for loc in regions.locate(text)}
    assert codes["东乡"] == "622926"


def test_township_names_drop_the_county_prefix_of_the_source():
    assert gz._strip_parent_prefix("某某市大峪镇", "township") == "大峪镇"
    assert gz._strip_parent_prefix("城关镇", "township") == "城关镇"


def test_village_variants_include_the_name_without_jia():
    assert gz.village_variants("王家庄村") == ["王家庄村", "王庄村"]
    assert gz.village_variants("新村") == ["新村"]


def test_a_village_is_found_whole_in_its_county_only(monkeypatch):
    # Invented counties: 大沟村 must not be read off the end of 小大沟村, a name on the first
    # or the last line of a county counts, a name in two townships is ambiguous, and another
    # county's villages are not searched.
    layout = gz.lay_out(
        {
            "620101": ["小大沟村\t620101001", "大沟村\t620101002", "柳树村\t620101003"],
            "620102": ["大沟村\t620102009", "柳树村\t620102004", "柳树村\t620102005"],
        }
    )
    monkeypatch.setattr(gz, "_village_blobs", lambda: layout)
    assert gz.township_of_village("620101", "大沟村") == "620101002"
    assert gz.township_of_village("620101", "小大沟村") == "620101001"
    assert gz.township_of_village("620101", "柳树村") == "620101003"  # its county's last line
    assert gz.township_of_village("620102", "大沟村") == "620102009"  # its first line
    assert gz.township_of_village("620102", "柳树村") == ""  # two townships: ambiguous
    assert gz.township_of_village("620103", "大沟村") == ""  # a county with no villages listed
    assert gz.township_of_village("620101", "沟村") == ""


def test_villages_of_the_gazetteer_are_found_as_its_file_lists_them():
    # The oracle is the gazetteer's own file, parsed here with csv: every village whose name
    # is unique in its county, among the first 3,000 rows, maps to its township.
    import csv
    import gzip
    from collections import defaultdict
    from itertools import islice

    from helpers.config import GAZETTEER_DIR

    townships = defaultdict(set)
    with gzip.open(GAZETTEER_DIR / "villages.csv.gz", "rt", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            townships[(row["township_code"][:6], row["name"])].add(row["township_code"])
    checked = 0
    for (county, name), codes in islice(townships.items(), 3000):
        if len(codes) == 1:
            assert gz.township_of_village(county, name) == next(iter(codes)), (county, name)
            checked += 1
    assert checked > 2000


def test_every_alias_reads_back_its_codes():
    # the aliases are stored as two texts, a line per alias: names, and "full codes|abbreviated"
    import random

    from helpers.extract.places import locate as places

    names, lines = (text.split("\n") for text in places._aliases())
    assert len(names) == len(lines) > 50_000
    for index in random.Random(1).sample(range(len(names)), 2000):
        strong, weak = places._codes(index)
        assert strong or weak, names[index]
        assert all(code.isdigit() and len(code) in (2, 4, 6, 9, 12) for code in strong + weak)
        assert not set(strong) & set(weak)
    # a township name shared by many counties names each of them in full
    shared = places._codes(names.index("城关镇"))[0]
    assert len(shared) > 50 and all(len(code) == 9 for code in shared)


@pytest.mark.parametrize(
    "text, county",
    [
        # a short form ending where a full name begins does not take that name's first character:
        # 在中 (a township's short form) before 中阳县, 和平 before 平谷区, 从化 before 化德县
        ("记者在中阳县走访了三个村", "中阳县"),
        ("他和平谷区的驻村干部一起", "平谷区"),
        ("工作队从化德县出发", "化德县"),
    ],
)
def test_a_full_name_is_not_cut_by_a_short_form_overlapping_its_start(text, county):
    from helpers.extract.places.locate import find_mentions

    assert county in [m.text for m in find_mentions(text)]


def test_a_township_shared_by_several_places_is_the_one_that_has_the_village_named_after_it():
    from helpers.extract.places.locate import find_mentions, resolve

    # find a township name held by two or more townships, one of whose villages no other has
    names = gz.all_names()
    spans, data = gz._village_blobs()
    for name, codes in names.items():
        townships = [c for c in codes if len(c) == 9]
        if not name.endswith("乡") or len(townships) < 2 or len(townships) != len(codes):
            continue
        county = townships[0][:6]
        if county not in spans:
            continue
        start, end = spans[county]
        lines = data[start:end].decode().split("\n")
        village = next(
            (
                line.split("\t")[0]
                for line in lines
                if line.endswith(townships[0])
                and line.split("\t")[0].endswith("村")
                and not any(gz.townships_of(c[:6], line.split("\t")[0]) for c in townships[1:])
            ),
            None,
        )
        if village:
            break
    text = f"驻村工作队来到{name}{village}开展走访"
    resolved = dict((m.text, code) for m, code in resolve(find_mentions(text), text))
    assert resolved.get(name) == townships[0]
    # the same name alone, with no place above or below it, is left unresolved
    alone = f"驻村工作队来到{name}开展走访"
    assert name not in dict((m.text, c) for m, c in resolve(find_mentions(alone), alone))


def test_a_short_form_before_a_common_noun_of_areas_stands():
    from helpers.extract.places.locate import find_mentions, resolve

    # 陇西城区 is the town area of 陇西, not 西城区 (a district of Beijing) after a stray 陇
    text = "陇西城区新建扶贫车间3个，陇西县委书记到场"
    assert {code[:2] for _, code in resolve(find_mentions(text), text)} == {"62"}


def test_a_township_written_against_its_county_is_that_countys_whatever_its_village():
    from helpers.extract.places.locate import find_mentions, resolve

    # two townships called 清水镇 have a 立新村; the district written before it decides
    text = "门头沟区清水镇立新村的党员干部"
    resolved = dict((m.text, code) for m, code in resolve(find_mentions(text), text))
    assert resolved["清水镇"].startswith("110109")


def test_a_county_named_for_its_people_is_cited_without_zu():
    # 东乡族自治县 (Gansu) is written 东乡县, which is also a former county's name in Jiangxi;
    # the prefecture (临夏) and the county named in full around it decide for Gansu
    from helpers.extract.places.regions import place_of_text

    text = (
        "东乡县去年减贫4176户\n"
        "临夏日报讯 记者从东乡族自治县扶贫办获悉，2018年东乡县坚持抓党建促脱贫。"
    )
    place = place_of_text(text)
    assert (place.province, place.prefecture, place.county) == (
        "甘肃省",
        "临夏回族自治州",
        "东乡族自治县",
    )


def test_a_township_written_with_its_county_is_named_by_its_own_name():
    # The 2016 listing names some townships with their county before them (卓资县梨花镇); the
    # newer one by their own name, which the township column holds however the text wrote it
    place = place_of_text("卓资县梨花镇党委组织党员带头种植马铃薯，带动贫困户增收。")
    assert (place.county, place.township) == ("卓资县", "梨花镇")
