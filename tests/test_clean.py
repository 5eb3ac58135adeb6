"""Cleaning: keep the article, drop the page, flag every change."""

from __future__ import annotations

import pytest

from helpers.extract.text.clean import (
    clean,
    detect_script,
    normalize,
    remove_pinyin,
)

PAGE = """网站首页 | 新闻中心 | 政务公开
今天是:2024年3月1日 星期五 您是第 20345 位访客
当前位置:首页 > 要闻 > 基层动态
桃源镇:党支部领办合作社助农增收
发布时间:2021-05-06 09:00 来源:某某日报 作者:李明
分享到:
桃源镇党委以党建引领产业发展，全镇12个村成立合作社，带动贫困户300余户增收，村集体收入平均达到8万元。
下一步，该镇将继续深化“党支部+合作社+农户”模式，推动乡村振兴。
责任编辑:王芳
版权所有 某某日报社 Copyright © 2021 ICP备12345678号
石家庄| 保定市| 邢台县| 正定县| 赵县| 平山县| 灵寿县| 行唐县| 新乐市| 晋州市|"""


def test_page_chrome_is_dropped_and_the_article_kept():
    cleaned = clean(PAGE)
    assert cleaned.text.splitlines()[0] == "桃源镇:党支部领办合作社助农增收"
    for chrome in ("网站首页", "今天是", "当前位置", "分享到", "责任编辑", "版权所有", "石家庄|"):
        assert chrome not in cleaned.text
    assert "带动贫困户300余户增收" in cleaned.text and "推动乡村振兴。" in cleaned.text
    assert {"boilerplate_removed", "spam_removed"} <= set(cleaned.flags)
    assert cleaned.title == "桃源镇:党支部领办合作社助农增收"
    assert any("来源:某某日报" in line for line in cleaned.meta_lines)


def test_traditional_script_is_converted_and_flagged():
    cleaned = clean(
        "溫縣以黨建為統攬，加強組織建設築牢戰鬥堡壘，全縣貧困戶產業扶貧措施疊加率達到百分之二百。"
    )
    assert cleaned.script == "traditional" and "converted_traditional" in cleaned.flags
    assert "温县以党建为统揽" in cleaned.text


def test_simplified_text_with_one_variant_character_is_left_alone():
    script, text = detect_script(
        "该县著名的茶叶产业带动贫困户增收，全县脱贫攻坚取得成效，群众生活明显改善。"
    )
    assert script == "simplified" and "著名" in text


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("鎮(zhèn)黨委", "鎮黨委"),
        ("鄉(xiāng)村振興", "鄉村振興"),
        ("農（nóng）戶", "農戶"),
        # a two-character word's gloss, both syllables in one bracket
        ("振興(zhènxīng)鄉村", "振興鄉村"),
        ("創新(chuàngxīn)機制", "創新機制"),
        ("合作社(ABC)成立", "合作社(ABC)成立"),  # not romanisation: no tone marks
        # a particle's neutral tone has no mark: its own syllable after it is its gloss ...
        ("帶來的(de)“成長煩惱”", "帶來的“成長煩惱”"),
        ("黨員們(men)說", "黨員們說"),
        # ... but letters after another character are a unit's symbol or a name
        ("流轉土地80公頃(ha)", "流轉土地80公頃(ha)"),
        ("修路3千米(km)", "修路3千米(km)"),
        # a gloss printed twice goes with the first
        ("近年來(lái)(lái)", "近年來"),
        ("贫困户(含低保户)", "贫困户(含低保户)"),
    ],
)
def test_romanisation_glued_to_characters_is_removed(raw, expected):
    assert remove_pinyin(raw) == expected


def test_full_width_digits_and_letters_become_ascii():
    assert normalize("收入达１２．５万元，ＡＢＣ　公司") == "收入达12.5万元，ABC 公司"


@pytest.mark.parametrize(
    "line, flagged",
    [
        ("全镇总?cè)丝?.8万。", True),
        ("产品\ufffd\ufffd销售", True),
        ("难题何解?问题就是导向。", False),
        ("为什么?怎么办?这是群众最关心的。", False),
    ],
)
def test_mojibake_is_flagged_but_kept(line, flagged):
    cleaned = clean("某县扶贫工作取得明显成效，群众收入稳步增长，党建引领作用突出。\n" + line)
    assert ("mojibake" in cleaned.flags) == flagged
    assert line.replace("\ufffd", "\ufffd") in cleaned.text


def test_a_traditional_paragraph_in_a_simplified_page_is_converted():
    """Invented: a simplified page quoting one paragraph in traditional script."""
    body = "本镇坚持党建引领，组织党员干部深入农户走访，帮助群众解决实际困难。" * 20
    page = f"某镇推进乡村振兴\n{body}\n會議強調，要堅持“四議兩公開”，落實村級組織責任。\n"
    cleaned = clean(page)
    assert cleaned.script == "simplified"
    assert "会议强调，要坚持“四议两公开”，落实村级组织责任。" in cleaned.text
    assert body in cleaned.text  # the simplified paragraphs are untouched
    assert "converted_traditional_lines" in cleaned.flags


def test_slogans_are_spelled_in_simplified_script_whatever_their_paragraph():
    from helpers.extract.vocabulary.slogan_words import canonical

    assert canonical("“一事一議”") == "一事一议"
    assert canonical("“五位一體”") == "五位一体"
    assert canonical("“抓黨建、促脫貧”") == "抓党建、促脱贫"
    # traditional script's 著 for the particle 着: a motto as the simplified gold writes it
    assert canonical("「幹部帶著幹、群衆跟著幹」") == "干部带着干、群众跟着干"
    assert canonical("“成效顯著”") == "成效显著"


JAMMED = [
    # (line with forum anti-scraping codes, the line as it should read)
    ("q3 `7 | ~* k9 Z2 W 本村成立种植合作社,带动农户120户。", "本村成立种植合作社,带动农户120户。"),
    ("投入资金50万元。4 ?1 _% R& e\" B! O& U' T0 J", "投入资金50万元。"),
    ("2 _, K) H8 Q3 d% t. @ 全镇脱贫3210人。", "全镇脱贫3210人。"),
]
KEPT = [
    "全县GDP增长8.5%,PM2.5浓度下降。",  # Latin and digits in prose
    "实施“1+N”帮扶模式,A级景区2个。",
    "电话 0931 1234 5678",  # a phone number: tokens too long to be a jammer run
]


@pytest.mark.parametrize("line, expected", JAMMED)
def test_forum_jammer_codes_are_removed_and_flagged(line, expected):
    page = "某村发展产业\n" + "本村坚持党建引领,组织党员干部带头发展特色产业,带动群众增收致富。" * 3
    cleaned = clean(f"{page}\n{line}\n")
    assert expected in cleaned.text
    assert "jammer_removed" in cleaned.flags


@pytest.mark.parametrize("line", KEPT)
def test_ascii_in_prose_is_not_a_jammer(line):
    from helpers.extract.text.clean import JAMMER

    assert JAMMER.sub("", line) == line


# PAGE with its line breaks lost, as some scrapers and JSON exports leave a page: the lines
# joined by runs of spaces (what an indent or a separator leaves), or by nothing at all.
def _joined(separator: str, repeat: int = 1) -> str:
    lines = PAGE.split("\n")
    body = lines[6:8] * repeat  # the two paragraphs, repeated to make a long page
    return separator.join(lines[:6] + body + lines[8:])


def test_a_page_whose_line_breaks_were_lost_keeps_its_article():
    # Judged as one line, the page was chrome (it holds a copyright line) or spam (it holds
    # a list of place names), and the whole article went with it.
    cleaned = clean(_joined("    "))
    assert "带动贫困户300余户增收" in cleaned.text and "推动乡村振兴。" in cleaned.text
    for chrome in ("网站首页", "版权所有", "石家庄|"):
        assert chrome not in cleaned.text


def test_a_long_page_joined_without_spaces_is_cut_after_its_sentences():
    # No space left between the lines: only a page longer than any paragraph (here 24 copies
    # of the body, over 2,000 characters) is cut, after each sentence.
    page = _joined("", repeat=24)
    assert len(page) > 2000
    cleaned = clean(page)
    # All but the first copy: with nothing between them, its sentence and the header's last
    # chrome ("分享到:") are one piece, judged chrome. Before, all 24 were dropped.
    assert cleaned.text.count("带动贫困户300余户增收") == 23
    assert "版权所有" not in cleaned.text


def test_pages_with_their_line_breaks_are_not_recut():
    # A page of many lines, one of them a long paragraph with double spaces inside: as it was.
    paragraph = "桃源镇党委以党建引领产业发展，全镇12个村成立合作社。  " * 30
    page = PAGE.replace("下一步，该镇", paragraph + "\n下一步，该镇")
    # (the spaces after its full stops are layout, dropped as everywhere)
    assert paragraph.strip().replace("  ", "") in clean(page).text


# Texts of digits, points, brackets, Chinese and Latin letters: what the rewritten patterns meet.
RANDOM_PIECES = ["1", "23", "．", "·", ".", "(", "（", ")", "）", "镇", "乡", "a", "zhèn", "xiāng",
                 "Li", " ", "\n", "。", "贫困户"]  # fmt: skip


def test_points_and_pinyin_are_found_as_by_their_look_behind_first_spellings():
    # The patterns look for the point or bracket first and check the character before it
    # after; the plain spellings below, which open with the look-behind, are the reference.
    import random
    import re

    from helpers.extract.text import clean

    tones = clean.TONE_VOWELS
    point = re.compile(r"(?<=\d)．(?=\d)")  # a middle dot is read apart (a date's or a point)
    pinyin = re.compile(
        rf"(?<=[\u4e00-\u9fff])[(（](?=[a-zü{tones}]*[{tones}])[a-zü{tones}]{{1,7}}[)）]"
    )
    rng = random.Random(7)
    for _ in range(3000):
        text = "".join(rng.choices(RANDOM_PIECES, k=rng.randint(1, 12)))
        assert clean.FULLWIDTH_POINT.sub(".", text) == point.sub(".", text), text
        assert clean.remove_pinyin(text) == pinyin.sub("", text), text


def test_has_han_agrees_with_the_count():
    import random

    from helpers.extract.text_units import han_count, has_han

    rng = random.Random(11)
    for _ in range(2000):
        text = "".join(rng.choices(RANDOM_PIECES + ["脱", "贫"], k=rng.randint(0, 20)))
        for n in (1, 3, 8):
            assert has_han(text, n) == (han_count(text) >= n), (text, n)


@pytest.mark.parametrize(
    "printed, headline",
    [
        # a news agency's dateline and 题:
        ("某某社兰州6月3日电 题:山村来了新书记", "山村来了新书记"),
        # a breadcrumb, then a column's label before a bar (the CJK 丨 too)
        ("首页 > 地方频道 > 扶贫手记丨支部建在产业链上", "支部建在产业链上"),
        ("基层传真|支部建在产业链上", "支部建在产业链上"),
        ("图说小康·十年乡村巨变记|8.6万名农民党员成了致富带头人", "8.6万名农民党员成了致富带头人"),
        # a first part longer than what follows the bar is the headline, before the site's name
        ("某某县十二个驻村工作队扎根山乡|某某县新闻网", "某某县十二个驻村工作队扎根山乡"),
        # a column's label in 【】, a site's name after a bar, a paper's name before it
        ("【决战脱贫】 党旗插在产业链上", "党旗插在产业链上"),
        ("党旗插在产业链上_某某新闻网", "党旗插在产业链上"),
        ("某某日报电子报 党旗插在产业链上", "党旗插在产业链上"),
        # printed twice, with a space or without
        ("党旗插在产业链上 党旗插在产业链上", "党旗插在产业链上"),
        ("党旗插在产业链上党旗插在产业链上", "党旗插在产业链上"),
        # a menu of bars is no headline
        ("某某网 | 本地通 | 天气", ""),
        # a colon kicker is part of the headline; a label would leave too little
        ("某县:强化基层党组织", "某县:强化基层党组织"),
        ("扶贫|脱贫", "扶贫|脱贫"),
        # a column's name in brackets after the headline; a part of a series is the headline's
        ("山乡党旗别样红（基层观察·聚焦组织振兴④）", "山乡党旗别样红"),
        ("山乡党旗别样红(脱贫一线)", "山乡党旗别样红"),
        ("山乡党旗别样红（下）", "山乡党旗别样红（下）"),
        ("山乡党旗别样红( 二 )", "山乡党旗别样红( 二 )"),
        ("山乡党旗别样红（上篇）", "山乡党旗别样红（上篇）"),
        ("山乡党旗别样红（第二部分）", "山乡党旗别样红（第二部分）"),
        # a bracket with digits is no column's name (a document's number)
        (
            "关于做好驻村工作的通知（某办发〔2019〕12号）",
            "关于做好驻村工作的通知（某办发〔2019〕12号）",
        ),
    ],
)
def test_the_headline_alone(printed, headline):
    from helpers.extract.text.headline import tidy_title

    assert tidy_title(printed) == headline


def test_a_line_printed_twice_in_a_row_is_read_once():
    from helpers.extract.text.clean import clean

    page = (
        "某村“三联三帮”兴了产业\n\n某村“三联三帮”兴了产业\n\n2020-09-17\n\n"
        + "正文说起某村的变化。" * 3
    )
    assert clean(page).text.count("三联三帮") == 1


def test_spaces_set_around_commas_and_stops_are_dropped():
    # a site that sets a space on each side of every comma and full stop (and inside its
    # quotation marks) reads as the same sentence without them
    body = "全村156户602人中 , 建档立卡贫困户就有63户247人 。 村里成立了 “ 巾帼合作社 ” 。"
    assert clean("某乡扶贫纪实\n" + body).text.endswith(
        "全村156户602人中,建档立卡贫困户就有63户247人。村里成立了 “巾帼合作社”。"
    )


def test_spaces_that_part_a_headlines_phrases_or_a_pages_buttons_stay():
    page = clean("支部当“红娘” 牛羊进了家\n【打印本页】 【关闭窗口】\n" + "某村发展养殖，" * 8)
    assert page.title == "支部当“红娘” 牛羊进了家"


def test_the_list_of_other_articles_under_the_article_is_not_its_text():
    article = "枣林村：合作社里分红忙\n" + "枣林村党支部领办合作社，带动贫困户86户增收。" * 3 + "\n"
    related = (
        "相关新闻\n"
        "· 沅陵县召开脱贫攻坚推进会 投入资金3200万元\n"
        "· 石门县：贫困户1200户喜领分红\n"
        "【打印】【关闭】\n"
    )
    text = clean(article + related).text
    # the headlines of the list name other places and other figures: none of them is kept
    assert "沅陵县" not in text and "1200户" not in text
    assert text.count("带动贫困户86户增收") == 3
    # a heading that runs into its first item, on the heading's own line
    assert "石门县" not in clean(article + "相关阅读：石门县贫困户1200户喜领分红\n").text
    # a paragraph of prose after the heading is an article's text, not a headline of the list
    story = (
        "石门县党委组织贫困户发展柑橘产业，今年全县柑橘产值突破十亿元，"
        "贫困户人均增收三千元以上，柑橘成了山里人的致富果。"
    )
    assert story in clean(article + "延伸阅读\n" + story + "\n").text


@pytest.mark.parametrize(
    "raw, expected",
    [
        # a comma printed twice, or before a full stop, is one mark
        ("脱贫攻坚,,第一书记担当有为,。近年来", "脱贫攻坚,第一书记担当有为。近年来"),
        ("帮扶贫困户，，共计", "帮扶贫困户，共计"),
        # an ellipsis and quotation marks a scraper left as escape codes, the backslash lost
        ("每年增收3.6万元u2026u2026村里", "每年增收3.6万元……村里"),
        ("他说\\u201c干就完了\\u201d", "他说“干就完了”"),
        # ... but a Latin word that holds such letters stays, as does the ellipsis and the dash
        ("menu2026 设置", "menu2026 设置"),
        ("山高路远……——记某村", "山高路远……——记某村"),
    ],
)
def test_escaped_and_doubled_punctuation_is_mended(raw, expected):
    assert normalize(raw) == expected
