"""A researcher's corrections and own word lists survive every rebuild.

Invented two-report corpora; every expected value follows from the corrections written here.
"""

from __future__ import annotations

import csv

import pandas as pd
import pytest

from helpers import build, load

A = (
    "和政县抓党建促脱贫\n"
    "2019年，和政县投入扶贫资金1200万元，带动贫困户300户增收。全县开展“院坝议事”。\n"
)
B = "东乡县扶贫纪实\n东乡县有贫困村52个，贫困人口3.2万人。村里种了花椒800亩。\n"


@pytest.fixture()
def corpus(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a.txt").write_text(A, encoding="utf-8")
    (folder / "b.txt").write_text(B, encoding="utf-8")
    return folder


def write(path, rows):
    columns = ["table", "id", "column", "value", "note", "who", "when", "raw", "sentence"]
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=columns)
        writer.writeheader()
        for row in rows:
            writer.writerow({c: row.get(c, "") for c in columns})
    return path


def outcomes(out):
    return pd.read_csv(out / "corrections_applied.csv", encoding="utf-8-sig", dtype=str).fillna("")


def test_corrections_change_drop_add_and_move_and_say_so(corpus, tmp_path):
    out = tmp_path / "out"
    build(corpus, out, jobs=1, progress=False)
    t = load(out)
    money = t.figures[t.figures["raw"] == "1200万元"].iloc[0]
    slogan = t.slogans.iloc[0]
    text_b = (out / "texts" / "b.txt").read_text(encoding="utf-8")
    assert "800亩" in text_b
    fixes = write(
        tmp_path / "corrections.csv",
        [
            # 1,200万元 were funds; say they were income instead (a researcher's judgement)
            dict(table="figures", id=money["figure_id"], column="metric", value="income_yuan",
                 note="the county's revenue, see p. 3", who="LW"),
            dict(table="slogans", id=slogan["slogan_id"], column="drop", note="not a slogan"),
            # a figure the rules missed, given by its raw text and sentence
            dict(table="figures", id="b", column="add",
                 value='{"raw": "52个", "sentence": "东乡县有贫困村52个，", '
                       '"metric": "poor_villages", "value": 52, "unit": "个"}',
                 note="missed"),
            dict(table="reports", id="a", column="county", value="广河县", note="moved"),
            # a bad line and an id that never existed: reported, the rest applies
            dict(table="figures", id=money["figure_id"], column="start", value="3"),
            dict(table="figures", id="a#99999.0", column="metric", value="other"),
        ],
    )  # fmt: skip
    build(corpus, out, jobs=1, progress=False, corrections=fixes)
    t = load(out)
    fixed = t.figures.set_index("figure_id").loc[money["figure_id"]]
    assert fixed["metric"] == "income_yuan"
    assert fixed["review"] == "corrected: the county's revenue, see p. 3 (LW)"
    assert slogan["slogan_id"] not in set(t.slogans["slogan_id"])
    added = t.figures[t.figures["review"].str.contains("missed", na=False)].iloc[0]
    assert (added["metric"], added["value"], added["raw"]) == ("poor_villages", 52, "52个")
    assert text_b[added["start"] : added["end"]] == "52个"  # offsets like any other figure
    report = t.reports.set_index("report_id").loc["a"]
    assert (report["county"], report["review"]) == ("广河县", "corrected: moved")
    applied = outcomes(out)
    assert applied["status"].tolist() == ["applied"] * 4 + ["unmatched"] * 2
    # the build records which corrections file its tables depend on
    import json

    assert json.loads((out / "build.json").read_text(encoding="utf-8"))["corrections"].endswith(
        "corrections.csv"
    )
    assert "cannot be corrected" in applied.iloc[4]["reason"]
    assert "no row a#99999.0" in applied.iloc[5]["reason"]


def test_ids_are_the_same_with_other_files_another_order_and_two_workers(corpus, tmp_path):
    build(corpus, tmp_path / "one", jobs=1, progress=False)
    (corpus / "0_first.txt").write_text("临夏县抓党建，全县脱贫1500户。", encoding="utf-8")
    build(corpus, tmp_path / "two", jobs=2, progress=False)
    one, two = load(tmp_path / "one"), load(tmp_path / "two")
    for name, key in (("figures", "figure_id"), ("slogans", "slogan_id")):
        ids_one = set(getattr(one, name)[key])
        ids_two = set(getattr(two, name)[getattr(two, name)["report_id"] != "0_first"][key])
        assert ids_one == ids_two and ids_one


def test_a_correction_whose_id_moved_is_found_again_by_its_text_or_listed(corpus, tmp_path):
    out = tmp_path / "out"
    build(corpus, out, jobs=1, progress=False)
    area = load(out).figures.query("raw == '800亩'").iloc[0]
    fixes = write(
        tmp_path / "c.csv",
        [
            # the offsets moved (a rules change): the old id is gone, raw and sentence remain
            dict(table="figures", id="b#1.0", column="metric", value="other", note="not land",
                 raw="800亩", sentence=area["sentence"]),
            # moved, and nothing with that raw text: listed as unmatched, applied to nothing
            dict(table="figures", id="b#2.0", column="metric", value="other", raw="900亩"),
        ],
    )  # fmt: skip
    build(corpus, out, jobs=1, progress=False, corrections=fixes)
    assert load(out).figures.query("raw == '800亩'").iloc[0]["metric"] == "other"
    applied = outcomes(out)
    assert applied["status"].tolist() == ["applied", "unmatched"]
    assert applied.iloc[0]["matched_id"] == area["figure_id"]


def test_a_teams_own_slogans_and_not_slogans(corpus, tmp_path):
    lists = tmp_path / "mine"
    lists.mkdir()
    # a provincial campaign's name the rules do not know, and a quote the team rejects
    (lists / "slogans.txt").write_text("抓党建促脱贫\n", encoding="utf-8")
    (lists / "not_slogans.txt").write_text("院坝议事\n", encoding="utf-8")
    out = tmp_path / "out"
    try:
        build(corpus, out, jobs=1, progress=False, lexicon=lists)
        slogans = load(out).slogans
    finally:
        build(corpus, tmp_path / "plain", jobs=1, progress=False, lexicon="")
    mine = slogans[slogans["recognised_by"] == "user"]
    # counted under the spelling of the national lexicon, which writes its parts apart
    assert mine["slogan"].tolist() == ["抓党建、促脱贫"]
    assert "院坝议事" not in set(slogans["slogan"])
    plain = load(tmp_path / "plain").slogans
    assert "user" not in set(plain["recognised_by"].astype(str))  # the lists apply when given


def test_review_records_decisions_that_the_next_build_applies(corpus, tmp_path):
    from helpers.analysis import review

    out = tmp_path / "out"
    build(corpus, out, jobs=1, progress=False)
    t = load(out)
    # what to check first: the key figures, largest first, each with its sentence
    first = review.weightiest(t)
    assert "1200万元" in set(first["raw"]) and first["sentence"].str.len().min() > 0
    fixes = tmp_path / "decisions.csv"
    money = t.figures.query("raw == '1200万元'").iloc[0]["figure_id"]
    review.correct(t, money, metric="income_yuan", note="revenue", who="LW", path=fixes)
    review.drop(t, t.slogans.iloc[0]["slogan_id"], note="a label", path=fixes)
    review.add_figure(t, "b", "3.2万人", "贫困人口3.2万人。", path=fixes, metric="poor_persons")
    build(corpus, out, jobs=1, progress=False, corrections=fixes)
    applied = pd.read_csv(out / "corrections_applied.csv", encoding="utf-8-sig", dtype=str)
    assert applied["status"].tolist() == ["applied"] * 3
    assert load(out).figures.set_index("figure_id").loc[money, "metric"] == "income_yuan"
