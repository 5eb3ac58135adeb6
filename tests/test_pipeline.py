"""One page end to end: metadata, place from page context, sections, figures' sections."""

from __future__ import annotations

from helpers.engine.pipeline import analyse
from helpers.extract.records import ManifestRow, TermCounts

PAGE = """某某网站
永嘉县人民政府
当前位置:首页 > 乡镇动态
桥头镇:纽扣产业带动群众增收
发布时间:2020-05-06 来源:永嘉县融媒体中心
今年以来，桥头镇党委坚持党建引领，带动全镇贫困户120户实现增收，纽扣产业年产值达到10亿元。"""

MULTI = """赣州:党建引领脱贫攻坚
2019年5月20日 来源:赣南日报
赣州市坚持以党建引领脱贫攻坚，各县区亮点纷呈，全市累计减贫50万人。
于都县:“党支部+合作社”带富一方
于都县发展蔬菜大棚3.5万亩，带动贫困户1.2万户增收，每户年均增收3000元。
兴国县:第一书记驻村帮扶
兴国县选派第一书记130名，投入帮扶资金2亿元，建档立卡贫困户全部脱贫。"""


def run(text: str):
    return analyse("r", text, ManifestRow("r", "r.txt", "", "utf-8", "ok", ""), with_terms=False)


def test_site_chrome_and_byline_supply_the_county_of_a_township_report():
    result = run(PAGE)
    r = result.report
    assert (r.title, r.published, r.source) == (
        "桥头镇:纽扣产业带动群众增收",
        "2020-05-06",
        "永嘉县融媒体中心",
    )
    assert (r.province, r.prefecture, r.county, r.township, r.adcode) == (
        "浙江省",
        "温州市",
        "永嘉县",
        "桥头镇",
        "330324",
    )
    assert "永嘉县人民政府" not in result.text and "当前位置" not in result.text


def test_a_city_report_with_county_headings_is_cut_into_sections():
    result = run(MULTI)
    r = result.report
    assert (r.province, r.prefecture, r.county) == ("江西省", "赣州市", "")
    assert [(s.heading[:4], s.county) for s in result.sections] == [
        ("", ""),
        ("于都县:", "于都县"),
        ("兴国县:", "兴国县"),
    ]
    by_raw = {f.raw: (f.section, f.county, f.metric) for f in result.figures}
    assert by_raw["50万人"] == (0, "", "lifted_persons")
    assert by_raw["1.2万户"] == (1, "于都县", "beneficiary_households")
    assert by_raw["130名"] == (2, "兴国县", "cadres")
    assert by_raw["2亿元"] == (2, "兴国县", "funds_yuan")


def test_reports_analysed_together_get_what_each_gets_alone():
    # the stages run over a batch of reports in turn; no report's records may depend on its
    # neighbours (a stage's state carried over, a result put in the wrong place)
    from helpers.engine.pipeline import process_report, process_reports

    files = [
        ("a", "a.txt", PAGE.encode("utf-8"), True),
        ("b", "b.txt", b"\x00\x01\x02binary\xff" * 40, True),  # rejected: not text
        ("c", "c.htm", f"<html><body><p>{MULTI}</p></body></html>".encode("gb18030"), False),
        ("d", "d.txt", MULTI.replace("赣州", "吉安").encode("utf-8"), True),
    ]
    together = process_reports(files)
    alone = [process_report(*f) for f in files]
    assert together == alone
    assert [r.manifest.status for r in together] == ["ok", "rejected", "ok", "ok"]
    assert together[2].terms == TermCounts() and len(together[3].terms) > 10


def test_a_batch_of_any_size_gives_the_same_build(tmp_path, monkeypatch):
    # files are read and analysed STAGED_BYTES at a time: one at a time must change nothing
    from helpers import build
    from helpers.engine import work

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i, page in enumerate([PAGE, MULTI, PAGE.replace("桥头镇", "瓯北镇"), MULTI]):
        (corpus / f"{i}.txt").write_text(page, encoding="utf-8")
    build(corpus, tmp_path / "together", jobs=1, cache=False, progress=False)
    monkeypatch.setattr(work, "STAGED_BYTES", 1)
    build(corpus, tmp_path / "apart", jobs=1, cache=False, progress=False)
    for table in ("manifest", "reports", "figures", "slogans", "terms", "sections"):
        together = (tmp_path / "together" / f"{table}.csv").read_bytes()
        assert together == (tmp_path / "apart" / f"{table}.csv").read_bytes(), table
