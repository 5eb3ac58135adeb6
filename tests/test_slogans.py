"""Slogans by pattern: invented mottos, formulas and numbered formulas no list names."""

from __future__ import annotations

import pytest

from helpers.extract.slogans import canonical, extract_slogans, is_numbered


def slogans(text: str):
    return [(s.slogan, s.kind) for s in extract_slogans("r1", text, [])]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("全县牢固树立“强支部、兴产业、富群众”的理念。", [("强支部、兴产业、富群众", "quoted")]),
        ("以“党建领头、产业跟进”为抓手。", [("党建领头、产业跟进", "quoted")]),
        ("推行“村委+企业+基地+农户”模式。", [("村委+企业+基地+农户", "formula")]),
        ("积极构建党支部+电商+贫困户模式，效果明显。", [("党支部+电商+贫困户", "formula")]),
        ("落实“四帮四带”机制。", [("四帮四带", "numbered")]),
        ("推进“三联三创”活动。", [("三联三创", "numbered")]),
        ("健全“七个一”工作法。", [("七个一", "numbered")]),
        ("实现一乡一业、一村一策。", [("一乡一业", "numbered"), ("一村一策", "numbered")]),
        ("开展“红旗村创建”行动。", [("红旗村创建", "quoted")]),
    ],
)
def test_slogans_found_by_pattern(text, expected):
    assert slogans(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "“今年收入翻了一番，我们心里乐开了花。”村民李某说。",  # reported speech
        "他表示：“要把产业做大，让群众得实惠。”",  # reported speech
        "变“输血”为“造血”，破解“资金沉睡”难题。",  # metaphors and labels
        "千家万户都受益，大家一心一意谋发展。",  # idioms are not numbered formulas
        "村“两委”干部带头。",  # an institution, not a formula
    ],
)
def test_not_slogans(text):
    assert slogans(text) == []


def test_canonical_form_unifies_separators_and_quotes():
    assert (
        canonical("“抓党建 促脱贫 保小康”")
        == canonical("抓党建、促脱贫、保小康")
        == "抓党建、促脱贫、保小康"
    )
    assert canonical("‘党员+农户’") == "党员+农户"
    assert canonical("“村看村,户看户。”") == "村看村、户看户"


def test_numbered_formula_shapes():
    assert is_numbered("三会一课") and is_numbered("五个坚持") and is_numbered("八比对、六清退")
    assert not is_numbered("第一责任") and not is_numbered("一号工程")


def test_offsets_point_at_the_raw_mention():
    text = "坚持“抓党建、促脱贫”不动摇。"
    (s,) = extract_slogans("r1", text, [])
    assert text[s.start : s.end] == s.raw == "“抓党建、促脱贫”"
