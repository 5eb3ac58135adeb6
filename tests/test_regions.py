"""Where a report and its sections are: title, lead and body vote; headings cut sections."""

from __future__ import annotations

from helpers.engine.pipeline import analyse
from helpers.extract.records import ManifestRow


def run(text: str):
    manifest = ManifestRow("r", "r.txt", "", "utf-8", "ok", "")
    return analyse("r", text, manifest, with_terms=False)


def test_the_headline_outweighs_places_mentioned_in_the_body():
    # 会宁县 and 靖远县 are both counties of 甘肃省白银市; the body names 靖远县 more often.
    text = (
        "会宁县：党建引领产业发展\n"
        "近年来，会宁县坚持抓党建促脱贫，学习借鉴靖远县的做法，组织干部赴靖远县考察枸杞产业，"
        "又与靖远县结成对子，全县贫困户全部实现脱贫。\n"
    )
    report = run(text).report
    assert (report.province, report.prefecture, report.county) == ("甘肃省", "白银市", "会宁县")


def test_a_prefecture_report_with_county_headings_is_cut_into_sections():
    text = (
        "白银市：抓党建促脱贫攻坚\n"
        "白银市各级党组织坚持把脱贫攻坚作为头等大事，选派干部驻村帮扶，取得了明显成效。\n"
        "会宁县：产业带动增收\n"
        "会宁县发展小杂粮产业，带动贫困户1200户增收，村集体经济收入普遍达到5万元以上。\n"
        "靖远县：党员带头致富\n"
        "靖远县组织党员领办合作社，带动贫困户860户发展枸杞种植，人均增收2000元以上。\n"
    )
    result = run(text)
    assert result.report.prefecture == "白银市" and result.report.county == ""
    counties = [s.county for s in result.sections]
    assert counties == ["", "会宁县", "靖远县"]
    # each section's figures take its place
    by_value = {f.value: f.county for f in result.figures}
    assert by_value[1200] == "会宁县" and by_value[860] == "靖远县"


def test_a_text_naming_no_place_has_none():
    report = run("党建引领脱贫攻坚\n各级党组织坚持把脱贫攻坚作为头等大事，取得明显成效。\n").report
    assert (report.province, report.county, report.adcode) == ("", "", "")


def test_the_place_in_a_dateline_is_where_the_outlet_files_from_not_the_subject():
    # 兰州 (Gansu's capital) in the dateline; the report is about 会宁县, of 白银市
    text = (
        "党建引领产业兴\n"
        "某某网兰州5月3日消息(记者 张三)近日，记者走进会宁县，看到会宁县党员干部带领群众发展"
        "小杂粮产业，全县贫困户收入稳步增长。\n"
    )
    report = run(text).report
    assert (report.prefecture, report.county) == ("白银市", "会宁县")


def test_a_province_in_the_headline_does_not_stop_the_walk_down():
    # national outlets locate a county by its province: "甘肃某地…"
    text = (
        "甘肃：大山深处的脱贫路\n"
        "甘肃省会宁县地处黄土高原，近年来会宁县坚持抓党建促脱贫，全县贫困户全部实现脱贫，"
        "村集体经济不断壮大。\n"
    )
    assert run(text).report.county == "会宁县"


def test_variant_characters_still_match_the_gazetteer():
    # 陜 is a variant of 陕 that OpenCC leaves as it is
    text = (
        "党建引领\n近日，陜西省洋县某某村党支部带领群众发展产业，贫困户收入稳步增长，效果明显。\n"
    )
    assert run(text).report.province == "陕西省"


def test_a_converted_page_keeps_official_names_opencc_would_change():
    # a page in traditional script about 乾安县 (吉林省松原市): OpenCC's t2s writes 干安县
    text = (
        "乾安縣：黨建引領脫貧攻堅\n"
        "近年來，吉林省松原市乾安縣堅持以黨建引領脫貧攻堅，選派駐村工作隊，發展特色產業。\n"
    )
    report = run(text).report
    assert (report.script, report.county) == ("traditional", "乾安县")


# Villages of 渭源县 (621123) in the NBS gazetteer: 杨家咀村 and 孔家坪村 lie in 莲峰镇,
# 罗家磨村 in 会川镇. The texts below are invented.
MANIFEST = ManifestRow("t", "t.txt", "", "utf-8", "ok", "", 0)


def _report(text: str):
    return analyse("t", text, MANIFEST).report


def test_a_report_about_one_village_is_about_its_township():
    text = (
        "渭源县杨家咀村:合作社带富一村人\n"
        "近日,记者走进渭源县杨家咀村,村党支部领办的中药材合作社正在收购当归。"
        "杨家咀村今年种植中药材1200亩,带动贫困户86户增收。\n"
    )
    report = _report(text)
    assert (report.county, report.township) == ("渭源县", "莲峰镇")


def test_villages_of_two_townships_leave_the_township_empty():
    text = (
        "渭源县:村村都有致富路\n"
        "渭源县杨家咀村发展中药材,杨家咀村带动贫困户86户。罗家磨村发展养殖,罗家磨村带动40户。\n"
    )
    report = _report(text)
    assert (report.county, report.township) == ("渭源县", "")


def test_a_village_named_once_is_not_enough():
    text = "渭源县推进产业扶贫\n渭源县今年种植中药材12万亩,孔家坪村建成加工厂一座。\n"
    assert _report(text).township == ""


def test_another_township_named_in_the_text_wins_over_the_village():
    text = (
        "渭源县会川镇:党建引领产业兴\n"
        "会川镇组织党员干部到杨家咀村学习,杨家咀村的中药材合作社带动贫困户86户。\n"
    )
    assert _report(text).township == "会川镇"
