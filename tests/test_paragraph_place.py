"""A figure takes the place its paragraph opens with when its own sentence names none.

Invented reports; the places are real divisions of the gazetteer, chosen far from the seeds.
"""

from __future__ import annotations

from conftest import ROOT
from test_figures import figures


def places(text: str) -> list[tuple[str, str, str]]:
    return [(f.raw, f.county or f.prefecture, f.place_basis) for f in figures(text)[0]]


REPORT = (
    "甘肃省临夏州抓党建促脱贫工作综述\n"
    "临夏州各县把党建工作与脱贫攻坚紧密结合。\n"
    "东乡族自治县始终坚持把抓党建促脱贫作为头号工程。各乡镇党委书记带头包村。"
    "全县去年脱贫3120户。\n"
    "各地还选派了第一书记。\n"
)


def test_a_figure_takes_the_county_its_paragraph_opens_with():
    # the paragraph's first sentence names the county; its figure comes two sentences later
    assert ("3120户", "东乡族自治县", "paragraph") in places(REPORT)


def test_a_place_named_mid_paragraph_does_not_move_the_figure():
    # a neighbour named in passing is not the paragraph's subject
    text = (
        "湖北省恩施州来凤县精准扶贫纪实\n"
        "该村地处偏远，与湖南省龙山县仅一河之隔，是省定贫困村。全村建档立卡户83户。\n"
    )
    raw, county, basis = places(text)[0]
    assert (raw, county) == ("83户", "来凤县") and basis != "paragraph"


def test_a_sentence_that_names_a_place_keeps_it():
    text = "四川省凉山州扶贫工作综述\n盐源县扎实推进易地搬迁。木里藏族自治县今年搬迁560户。\n"
    assert places(text) == [("560户", "木里藏族自治县", "sentence")]


def test_on_generated_reports_a_paragraph_about_another_county_places_its_figures_there(tmp_path):
    """Real paragraphs (the seeds'), each behind an invented opening that names another county
    of the gazetteer: the figures of that paragraph whose own sentence names no place must take
    that county in at least 90 % of cases."""
    import sys

    import pandas as pd

    from helpers.engine.build import build

    sys.path.insert(0, str(ROOT / "tools"))
    import bench

    truth = dict(bench.generate_elsewhere(tmp_path / "corpus", 40))
    build(tmp_path / "corpus", tmp_path / "out", jobs=1, progress=False, with_terms=False)
    figures = pd.read_csv(tmp_path / "out" / "figures.csv", encoding="utf-8-sig", dtype=str)
    texts = {rid: (tmp_path / "out" / "texts" / f"{rid}.txt").read_text("utf-8") for rid in truth}
    in_paragraph = []
    for f in figures.itertuples():
        text = texts[f.report_id]
        line_start = text.rfind("\n", 0, int(f.start)) + 1
        if text.startswith(truth[f.report_id], line_start) and f.place_basis != "sentence":
            in_paragraph.append(
                f.county == truth[f.report_id] or f.prefecture == truth[f.report_id]
            )
    assert len(in_paragraph) >= 40
    assert sum(in_paragraph) / len(in_paragraph) >= 0.9
    # the table says where the place came from: "paragraph" is one of its values
    assert (figures["place_basis"] == "paragraph").sum() >= 0.9 * len(in_paragraph)


def test_a_two_character_county_opening_its_paragraph_is_resolved():
    # 魏县 is two characters: alone it needs support, but a paragraph opening with it is about it
    text = "河北省邢台市扶贫纪实\n本市各县稳步推进。\n魏县始终坚持党建引领。去年全县脱贫2310户。\n"
    assert ("2310户", "魏县", "paragraph") in places(text)


def test_a_county_word_opening_a_line_is_not_taken_for_a_county():
    from helpers.extract.places.locate import COMMON_AFTER

    # 县里 / 县委 after a two-character name make it a common noun phrase
    assert COMMON_AFTER.match("里") and COMMON_AFTER.match("委") and not COMMON_AFTER.match("始")
