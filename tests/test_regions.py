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
