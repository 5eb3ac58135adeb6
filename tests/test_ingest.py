"""Reading: encodings Chinese sites use, HTML, and rejected files with a plain reason."""

from __future__ import annotations

import os
import random
from pathlib import Path

import pytest
from conftest import SEEDS

from helpers import build, load
from helpers.errors import RejectedFile
from helpers.extract.text.ingest import decode, report_ids

# GBK has no no-break space; pages saved in GBK write a plain space there.
SIMPLIFIED = (SEEDS / "000_37b5edfbb28fc83f.txt").read_text(encoding="utf-8").replace("\xa0", " ")
TRADITIONAL = (SEEDS / "003_c9cdc7e4c40836ab.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "encoding, expected",
    [
        ("utf-8", "utf-8"),
        ("utf-8-sig", "utf-8-sig"),
        ("gbk", "gb18030"),
        ("gb18030", "gb18030"),
        ("utf-16", "utf-16"),
    ],
)
def test_simplified_text_decodes_from_each_encoding(encoding, expected):
    text, found = decode(SIMPLIFIED.encode(encoding))
    assert found == expected and text.replace("\ufeff", "") == SIMPLIFIED


# Invented short reports, one per script, with ASCII digits (which bring UTF-16's NUL bytes)
# and 一 (U+4E00, whose own low byte is NUL).
UNMARKED = [
    "黔东南州某县2020年实现贫困人口清零，一村一策，全县脱贫攻坚取得决定性胜利，共减贫3120户。",
    "某縣堅持黨建引領，2018年投入扶貧資金1200萬元，一戶一策幫扶貧困群眾，脫貧攻堅成效明顯。",
]


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("sample", UNMARKED)
def test_utf16_without_a_byte_order_mark_decodes_in_its_byte_order(codec, sample):
    text, found = decode(sample.encode(codec))
    assert (text, found) == (sample, codec)


def test_nul_bytes_that_read_as_no_chinese_text_in_utf16_stay_rejected():
    # Random bytes with NULs (lone surrogates: no UTF-16 at all), and UTF-16 of text in another
    # language: still rejected, with a reason that says what was tried.
    noise = bytes(random.Random(3).getrandbits(8) for _ in range(4000)) + b"\x00\x00"
    english = ("Party building leads poverty alleviation in 2019. " * 20).encode("utf-16-le")
    for raw in (noise, english):
        with pytest.raises(RejectedFile, match="not Chinese text in UTF-16"):
            decode(raw)


def test_a_utf8_page_cut_mid_character_or_with_a_stray_byte_is_read_not_lost():
    # An invented report of 54 characters (130 bytes), cut inside its last character (a size
    # limit), or with one byte that is not UTF-8 inside: one bad stretch each, at most 1 in
    # 1,000 bytes or 1. It becomes U+FFFD; the rest reads as written.
    report = "某县坚持党建引领脱贫攻坚，2019年全县减贫1520户4630人，"
    report += "投入资金2300万元，群众满意度明显提升。"
    raw = report.encode()
    text, found = decode(raw[:-2])
    assert found == "utf-8" and text == report[:-1] + "\ufffd"
    text, found = decode(raw[:30] + b"\xff" + raw[30:])
    assert found == "utf-8" and text == report[:10] + "\ufffd" + report[10:]
    text, found = decode(b"\xef\xbb\xbf" + raw[:-2])  # with a UTF-8 mark
    assert found == "utf-8-sig" and text == report[:-1] + "\ufffd"


def test_bytes_that_are_not_mostly_utf8_are_still_undecodable():
    # Twenty bad bytes in 200: not a damaged UTF-8 page, and not GB18030 or Big5 either.
    raw = ("党建引领脱贫攻坚" * 8).encode()[:180] + b"\xff\xfe" * 10
    with pytest.raises(RejectedFile, match="undecodable"):
        decode(raw)


def test_a_damaged_utf8_page_builds_and_is_flagged(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    report = "某县脱贫纪实\n河北省阜平县2019年全县贫困户减少120户，贫困人口减少350人，群众满意。\n"
    (corpus / "cut.txt").write_bytes(report.encode()[:-3])  # cut inside "。"
    build(corpus, tmp_path / "out", jobs=1, cache=False, progress=False)
    tables = load(tmp_path / "out")
    assert tables.manifest["status"].tolist() == ["ok"]
    assert "mojibake" in tables.reports["quality"].iloc[0]
    assert sorted(tables.figures["value"].tolist()) == [120, 350]


def test_traditional_text_decodes_from_big5():
    sample = "溫縣以黨建為統攬，加強組織建設築牢戰鬥堡壘，全縣貧困戶三千五百餘戶。" * 3
    text, found = decode(sample.encode("big5"))
    assert found.startswith("big5") and text == sample


@pytest.mark.parametrize(
    "raw, reason",
    [
        (b"", "empty file"),
        (b"  \n\t ", "empty file"),
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "binary file (PNG image)"),
        (b"%PDF-1.4\n" + bytes(range(256)) * 4, "binary file (PDF document)"),
        (b"PK\x03\x04" + bytes(range(256)) * 4, "binary file (ZIP"),
        (b"This page is in English only, nothing Chinese here.", "no Chinese text"),
    ],
)
def test_unreadable_input_is_rejected_with_a_plain_reason(raw, reason):
    with pytest.raises(RejectedFile) as err:
        decode(raw)
    assert str(err.value).startswith(reason)


def test_random_bytes_are_rejected_not_crashed():
    rng = random.Random(7)
    raw = bytes(rng.randrange(256) for _ in range(4000))
    with pytest.raises(RejectedFile):
        decode(raw)


def test_html_gives_visible_text_only():
    html = (
        "<html><head><title>某县:党建促脱贫</title><style>p{color:red}</style>"
        "<script>var x='隐藏的脚本文字不应出现';</script></head><body><h1>某县:党建促脱贫</h1>"
        "<p>全县共有贫困户1200户3600人，今年投入资金500万元。</p><div>第二段落的文字内容在这里。</div></body></html>"
    )
    text, _ = decode(html.encode("utf-8"), ".html")
    assert "贫困户1200户3600人" in text and "隐藏" not in text and "color" not in text
    assert "今年投入资金500万元。\n第二段落" in text


def test_report_ids_stay_unique_and_safe():
    ids = report_ids(
        ["a/报告.txt", "b/报告.txt", "c.html", "c.txt", "x" * 300 + ".txt", "空 格.txt"]
    )
    assert len(set(ids.values())) == 6
    assert ids["空 格.txt"] == "空 格"
    assert all(len(i) <= 90 for i in ids.values())
    assert ids["a/报告.txt"] != ids["b/报告.txt"] and ids["a/报告.txt"].startswith("报告_")


def test_report_ids_never_share_a_file_name_on_any_common_file_system():
    # macOS and Windows ignore case in file names, and Windows refuses device names and names
    # ending in a dot or a space: each of these gets the path's digest, like a shared stem.
    paths = [
        "Report.txt",
        "report.txt",
        "con.txt",
        "Aux.html",
        "com1.txt",
        "结尾.txt",
        "村.",
        "ok.txt",
    ]
    ids = report_ids(paths)
    assert len({i.casefold() for i in ids.values()}) == len(paths)
    assert ids["Report.txt"].startswith("Report_") and ids["report.txt"].startswith("report_")
    assert ids["con.txt"].startswith("con_") and ids["Aux.html"].startswith("Aux_")
    assert ids["com1.txt"].startswith("com1_")
    assert ids["ok.txt"] == "ok" and ids["结尾.txt"] == "结尾"


def test_a_mixed_corpus_builds_and_accounts_for_every_file(tmp_path):
    corpus = tmp_path / "corpus"
    (corpus / "深 层" / "更深").mkdir(parents=True)
    (corpus / "gbk.txt").write_bytes(SIMPLIFIED.encode("gbk"))
    (corpus / "big5.txt").write_bytes(TRADITIONAL.encode("big5", errors="ignore"))
    (corpus / "utf16.txt").write_bytes(SIMPLIFIED.encode("utf-16"))
    (corpus / "深 层" / "更深" / "页面.html").write_bytes(
        "<html><body><h1>测试县:党建引领</h1><p>全县有贫困户120户350人，投入资金80万元，带动群众脱贫致富。</p></body></html>".encode()
    )
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "noise.txt").write_bytes(os.urandom(2048))
    (corpus / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n" + os.urandom(512))
    out = tmp_path / "out"
    summary = build(corpus, out, jobs=1, cache=False, progress=False)
    manifest = load(out).manifest.set_index("path")
    assert summary.files == 7 == len(manifest)
    assert (
        manifest.loc["gbk.txt", "encoding"] == "gb18030"
        and manifest.loc["gbk.txt", "status"] == "ok"
    )
    assert manifest.loc["big5.txt", "encoding"].startswith("big5")
    assert manifest.loc["utf16.txt", "encoding"] == "utf-16"
    assert manifest.loc["深 层/更深/页面.html", "status"] == "ok"
    assert manifest.loc["empty.txt", "reason"] == "empty file"
    assert manifest.loc["noise.txt", "status"] == "rejected"
    assert manifest.loc["image.png", "reason"] == "binary file (PNG image)"
    reports = load(out).reports.set_index("report_id")
    assert (
        reports.loc["big5", "script"] == "traditional" and reports.loc["big5", "county"] == "温县"
    )
    assert reports.loc["gbk", "township"] == "大峪镇"


def test_read_corpus_gives_one_row_per_file(tmp_path):
    from helpers import read_corpus

    frame = read_corpus(SEEDS)
    assert list(frame["report_id"]) == sorted(p.stem for p in SEEDS.iterdir())
    assert (frame["n_chars"] == frame["text"].str.len()).all() and (frame["reason"] == "").all()
    (tmp_path / "a.txt").write_bytes(b"")
    assert read_corpus(tmp_path)["reason"].tolist() == ["empty file"]


def test_file_names_that_are_not_utf8_build_and_show_readably(tmp_path):
    # A zip made on Chinese Windows and unpacked on Linux leaves GBK bytes in names; Python
    # hands them over as escaped bytes, which crashed the build when written to a table.
    # Invented names: a GBK folder, a GBK file name that collides with a UTF-8 one once read,
    # and bytes that are neither GBK nor Big5.
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    text = "某县脱贫纪实\n河北省阜平县2019年全县贫困户减少120户，贫困人口减少350人。\n".encode()
    names = {
        "村档/a.txt".encode("gbk"): "村档/a.txt",  # the folder is GBK, the file ASCII
        "扶贫.txt".encode("gbk"): "\\xb7\\xf6\\xc6\\xb6.txt",  # collides with the next: escaped
        "扶贫.txt".encode(): "扶贫.txt",
        b"odd\xff.txt": "odd\\xff.txt",  # neither GBK nor Big5
    }
    try:
        for name in names:
            path = os.path.join(os.fsencode(corpus), name)
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "wb") as f:
                f.write(text)
    except (OSError, UnicodeError):
        pytest.skip("this file system keeps only UTF-8 names")
    build(corpus, tmp_path / "out", jobs=1, cache=False, progress=False)
    manifest = load(tmp_path / "out").manifest
    assert sorted(manifest["path"]) == sorted(names.values())
    assert (manifest["status"] == "ok").all() and manifest["report_id"].is_unique
    texts = sorted(p.stem for p in (tmp_path / "out" / "texts").glob("*.txt"))
    assert texts == sorted(manifest["report_id"])


@pytest.mark.parametrize("name", ["README.md", "SOURCES.tsv", "index.csv", "notes.json"])
def test_files_beside_the_pages_are_listed_not_read(name):
    # an index of sources full of URL escapes (%E7%9B) would otherwise give "7%" figures
    raw = "某县 https://example.org/%E7%9B%98/1 抓党建促脱贫工作综述\n".encode()
    with pytest.raises(RejectedFile, match="not a report page"):
        decode(raw, Path(name).suffix)


def test_pages_of_any_other_suffix_are_still_read():
    raw = "某县抓党建促脱贫工作综述，全县脱贫一千二百户。".encode()
    for suffix in (".txt", ".html", ".shtml", ".php", ""):
        assert decode(raw, suffix)[0]
