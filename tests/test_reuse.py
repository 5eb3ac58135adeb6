"""Reprints and shared passages, on invented corpora of the kinds real scrapes hold."""

from __future__ import annotations

import filecmp

import opencc
import pytest

from helpers import build, load

STORY = [
    "会宁县：党建引领小杂粮产业兴旺",
    "近年来，会宁县坚持把抓党建促脱贫攻坚作为头等大事，选派第一书记三百余名驻村帮扶，"
    "整合涉农资金发展小杂粮产业，带动贫困户一千二百户稳定增收，村集体经济收入普遍增长。",
    "在丁家沟村，村党支部牵头成立种植专业合作社，流转土地两千亩，统一供种、统一技术、"
    "统一收购，贫困户以土地和劳力入股，年底按股分红，户均增收三千元以上，群众积极性很高。",
    "县里还把产业发展成效作为考核基层党组织的重要内容，建立党员联系户制度，每名党员联系"
    "三到五户贫困户，定期走访，帮助解决生产生活中的实际困难，形成了党建和产业互促共进的局面。",
    "下一步，会宁县将继续完善利益联结机制，培育龙头企业和致富带头人，推动小杂粮产业由规模"
    "扩张向质量效益转变，让更多群众在产业发展中得到实惠，为乡村振兴打下坚实基础。",
]
SHARED = (
    "各地要坚持把党支部建在产业链上，推行支部加合作社加农户的组织方式，"
    "把党员培养成致富能手，把致富能手培养成党员，把党员致富能手培养成村干部，"
    "让党组织在脱贫攻坚一线发挥战斗堡垒作用。"
)  # 96 characters, copied into two different counties' reports


def page(lines: list[str], date: str, chrome: bool = False) -> str:
    head = ["首页 | 新闻中心 | 政务公开 | 互动交流", "当前位置：首页 > 基层动态"] if chrome else []
    return "\n".join([*head, lines[0], f"发布时间：{date} 来源：某某网", *lines[1:]]) + "\n"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("reprints")
    to_traditional = opencc.OpenCC("s2t")
    (folder / "a_original.txt").write_text(page(STORY, "2019-05-01"), encoding="utf-8")
    (folder / "b_portal.txt").write_text(page(STORY, "2019-05-03", chrome=True), encoding="utf-8")
    (folder / "c_hongkong.txt").write_text(
        to_traditional.convert(page(STORY, "2019-05-02")), encoding="utf-8"
    )
    cut = "\n".join(page(STORY, "2019-05-04").split("\n")[:4])  # headline, date, 60 % of the text
    (folder / "d_cut.txt").write_text(cut + "\n", encoding="utf-8")
    (folder / "e_other.txt").write_text(
        page(["靖远县：枸杞产业带富一方", "靖远县组织党员领办枸杞合作社，带动贫困户八百余户发展"
              "枸杞种植，并建设冷链仓储设施，拓宽销售渠道。", SHARED], "2020-03-01"),
        encoding="utf-8",
    )  # fmt: skip
    (folder / "f_third.txt").write_text(
        page(["东乡族自治县：马铃薯产业见实效", "东乡族自治县发展马铃薯产业，建设标准化种植基地"
              "五万亩，组建产销合作社，贫困群众增收明显。", SHARED], "2020-06-01"),
        encoding="utf-8",
    )  # fmt: skip
    (folder / "g_unrelated.txt").write_text(
        page(["某某镇召开安全生产工作会议", "会议要求各村各单位认真排查安全隐患，落实安全生产"
              "责任，确保人民群众生命财产安全，全镇安全形势总体平稳。"], "2021-01-05"),
        encoding="utf-8",
    )  # fmt: skip
    out = tmp_path_factory.mktemp("out") / "build"
    build(folder, out, jobs=1, cache=False, progress=False, with_terms=False)
    return folder, out


def test_a_story_and_its_reprints_share_the_earliest_copys_id(corpus):
    _, out = corpus
    reports = load(out).reports.set_index("report_id")
    copies = ["a_original", "b_portal", "c_hongkong", "d_cut"]
    assert set(reports.loc[copies, "story_id"]) == {"a_original"}  # published 2019-05-01
    assert reports.loc[copies, "copies"].tolist() == [4, 4, 4, 4]
    others = ["e_other", "f_third", "g_unrelated"]
    assert reports.loc[others, "story_id"].tolist() == others
    assert reports.loc[others, "copies"].tolist() == [1, 1, 1]


def test_a_paragraph_two_stories_share_is_one_cluster_with_exact_offsets(corpus):
    _, out = corpus
    reuse = load(out).reuse
    shared = reuse[reuse["passage"] == SHARED]
    assert sorted(shared["report_id"]) == ["e_other", "f_third"]
    assert shared["cluster_id"].nunique() == 1
    for row in shared.itertuples():
        text = (out / "texts" / f"{row.report_id}.txt").read_text(encoding="utf-8")
        assert text[row.start : row.end] == SHARED and row.chars == len(SHARED)
    # the reprints' paragraphs are one story, not reuse between stories; unrelated: nothing
    assert set(reuse["report_id"]) == {"e_other", "f_third"}


def test_building_twice_gives_byte_identical_tables(corpus, tmp_path):
    folder, out = corpus
    again = tmp_path / "again"
    build(folder, again, jobs=2, cache=False, progress=False, with_terms=False)
    for name in ("reports", "reuse"):
        assert filecmp.cmp(out / f"{name}.csv", again / f"{name}.csv", shallow=False), name


def test_the_pass_from_the_workers_digests_equals_the_pass_from_the_staged_texts(corpus, tmp_path):
    # The local build hashes each text in its worker; the Dask engine leaves the pass to read
    # the staged texts back. Both must give the same stories and shared passages.
    import shutil

    from helpers.corpus import corpus_pass

    _, out = corpus
    again = tmp_path / "again"
    shutil.copytree(out, again)
    corpus_pass.run(again)  # no digest: reads texts/ back
    for name in ("reports.csv", "reuse.csv"):
        assert (again / name).read_bytes() == (out / name).read_bytes()
    assert len(load(again).reuse) > 0


def test_the_pass_written_a_row_at_a_time_gives_the_same_rows(corpus, tmp_path, monkeypatch):
    # The pass rewrites the reports and writes shared passages in batches (each batch's memory
    # handed back after it); batches of one row give the same CSVs, row for row.
    import shutil

    from helpers import heap
    from helpers.corpus import corpus_pass

    _, out = corpus
    again = tmp_path / "again"
    shutil.copytree(out, again)
    trims = []
    monkeypatch.setattr(corpus_pass, "BATCH", 1)
    monkeypatch.setattr(heap, "trim", lambda: trims.append(1))
    corpus_pass.run(again)
    rows = len(load(again).reuse)
    assert rows >= 2
    for name in ("reports.csv", "reuse.csv"):
        assert (again / name).read_bytes() == (out / name).read_bytes(), name
    reports = len(load(again).reports)
    assert len(trims) >= reports + rows  # after every batch written


def test_freeing_memory_is_a_no_op_without_glibc(monkeypatch):
    import ctypes

    from helpers import heap

    heap.trim()  # on this platform, a real call that returns nothing
    monkeypatch.setattr(ctypes, "CDLL", lambda *a: (_ for _ in ()).throw(OSError("no libc")))
    heap._malloc_trim.cache_clear()
    try:
        heap.trim()
        assert heap._malloc_trim() is None
    finally:
        monkeypatch.undo()
        heap._malloc_trim.cache_clear()


def test_texts_hashed_one_by_one_or_together_give_the_same_stories(corpus, tmp_path, monkeypatch):
    # Workers hash a chunk's texts together (engine/work.py); a text over the limit is hashed
    # at once. With a limit of one character every text goes alone: the same stories and
    # shared passages, so the digests stay in report order either way.
    from helpers.engine import work

    folder, out = corpus
    monkeypatch.setattr(work, "HASHED_TOGETHER", 1)
    alone = tmp_path / "alone"
    build(folder, alone, jobs=1, cache=False, progress=False, with_terms=False)
    for name in ("reports.csv", "reuse.csv"):
        assert (alone / name).read_bytes() == (out / name).read_bytes(), name
    assert load(alone).reports["copies"].max() == 4  # the original and its three reprints
