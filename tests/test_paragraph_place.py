"""A figure takes the place its paragraph opens with when its own sentence names none.

Invented reports; the places are real divisions of the gazetteer, chosen far from the seeds.
"""

from __future__ import annotations

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
