"""The build of the invented passages (tests/invented) against the key figures answered for them.

Floors, not estimates: see tests/invented/README.md.
"""

from __future__ import annotations

import csv
import sys
import unicodedata
from collections import defaultdict

import pytest
from conftest import ROOT

from helpers.engine.build import build

sys.path.insert(0, str(ROOT / "tools"))
import score  # noqa: E402  (the key metrics and money group as the evaluator counts them)

INVENTED = ROOT / "tests" / "invented"
RECALL_FLOOR, PRECISION_FLOOR = 0.97, 0.92  # 0.984, 0.939 measured
# slogans as the evaluator scores them, every answer counted (borderline too): 0.913, 0.991
SLOGAN_RECALL_FLOOR, SLOGAN_PRECISION_FLOOR = 0.89, 0.96
PLAIN = csv.QUOTE_NONE  # the slogan files are plain tab-separated: a straight quote is text


def _rows(name: str, quoting: int = csv.QUOTE_MINIMAL) -> list[dict[str, str]]:
    with open(INVENTED / name, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=quoting))


def _key(report_id: str, value: str, unit: str, metric: str) -> tuple:
    unit = "人" if unit in ("名", "位") else unit
    return report_id, round(float(value), 2), unit, score._group(metric)


@pytest.fixture(scope="module")
def invented_build(tmp_path_factory):
    corpus = tmp_path_factory.mktemp("invented")
    for row in _rows("passages.tsv"):
        (corpus / f"{row['passage_id']}.txt").write_text(row["text"] + "\n", encoding="utf-8")
    out = tmp_path_factory.mktemp("invented_out")
    build(corpus, out, progress=False)
    with open(out / "figures.csv", encoding="utf-8-sig", newline="") as f:
        return [
            r for r in csv.DictReader(f) if r["value"] and score._group(r["metric"]) in score.KEY
        ]


def test_key_figures_of_the_invented_passages_hold_their_floor(invented_build):
    answers = [r for r in _rows("answers.tsv") if score._group(r["metric"]) in score.KEY]
    wanted = defaultdict(int)
    for r in answers:
        wanted[_key(r["passage_id"], r["value"], r["unit"], r["metric"])] += 1
    ours = defaultdict(int)
    for r in invented_build:
        ours[_key(r["report_id"], r["value"], r["unit"], r["metric"])] += 1
    found = sum(min(n, ours[k]) for k, n in wanted.items())
    right = sum(min(n, wanted[k]) for k, n in ours.items())
    assert found / len(answers) >= RECALL_FLOOR
    assert right / len(invented_build) >= PRECISION_FLOOR


def _built_table(tmp_path, passages: str, table: str) -> list[dict]:
    """The rows of `table` built from a plain passages file, one report per passage."""
    corpus, out = tmp_path / "corpus", tmp_path / "out"
    corpus.mkdir()
    for row in _rows(passages, PLAIN):
        (corpus / f"{row['passage_id']}.txt").write_text(row["text"] + "\n", encoding="utf-8")
    build(corpus, out, progress=False)
    with open(out / table, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def _built_pages(tmp_path, pages: str, table: str) -> list[dict]:
    """The rows of `table` built from a folder of whole invented pages, one report per file."""
    build(INVENTED / pages, tmp_path / "out", progress=False)
    with open(tmp_path / "out" / table, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def _built(tmp_path, source: str, table: str) -> list[dict]:
    """A set is a plain passages file (one passage a line) or a folder of whole pages."""
    if (INVENTED / source).is_dir():
        return _built_pages(tmp_path, source, table)
    return _built_table(tmp_path, source, table)


def _slogan_build(tmp_path, passages: str) -> set[tuple[str, str]]:
    rows = _built(tmp_path, passages, "slogans.csv")
    return {(r["report_id"], score.canonical_slogan(r["slogan"])) for r in rows}


@pytest.mark.parametrize(
    "passages, answers, floors",
    [
        (
            "slogan_passages.tsv",
            "slogan_answers.tsv",
            (SLOGAN_RECALL_FLOOR, SLOGAN_PRECISION_FLOOR),
        ),
        ("slogan_passages_2.tsv", "slogan_answers_2.tsv", (0.90, 0.88)),  # 0.922, 0.904 measured
        # whole reports: 0.910 / 0.835 before any rule made from them, 0.936 / 0.986 after
        ("slogan_pages", "slogan_answers_3.tsv", (0.92, 0.96)),
        # whole reports, recall the hard part: 0.897 / 0.875 before, 0.923 / 0.973 after
        ("slogan_pages_2", "slogan_answers_4.tsv", (0.90, 0.95)),
        # whole reports full of quoted distractors: 0.891 / 0.750 before, 0.922 / 0.881 after
        ("slogan_pages_3", "slogan_answers_5.tsv", (0.90, 0.86)),
        # whole reports, half traditional: 0.931 / 0.961 before, 0.947 / 0.992 after
        ("slogan_pages_4", "slogan_answers_6.tsv", (0.93, 0.97)),
    ],
)
def test_slogans_of_the_invented_passages_hold_their_floor(tmp_path, passages, answers, floors):
    ours = _slogan_build(tmp_path, passages)
    wanted = {
        (r["passage_id"], score.canonical_slogan(r["slogan"]))
        for r in _rows(answers, PLAIN)
        if r["slogan"] != "-"
    }
    found = wanted & ours
    assert len(found) / len(wanted) >= floors[0]
    assert len(found) / len(ours) >= floors[1]


def _figure_build(tmp_path, passages: str) -> list[dict]:
    return [r for r in _built(tmp_path, passages, "figures.csv") if r["value"]]


def _matched(answers: list[dict], ours: list[dict]) -> list[tuple[dict, dict]]:
    """Each answer with a figure of the build of its value, unit and metric group, once each."""
    free = defaultdict(list)
    for r in ours:
        free[_key(r["report_id"], r["value"], r["unit"], r["metric"])].append(r)
    pairs = []
    for a in answers:
        candidates = free[_key(a["passage_id"], a["value"], a["unit"], a["metric"])]
        if candidates:
            pairs.append((a, candidates.pop(0)))
    return pairs


# (passages, answers): key metrics recall and precision, as_of_year recall and precision of the
# matched figures, each floor a point or two under what was measured after the rules made from
# the set (in the comment)
FIGURE_SETS = [
    # 0.927 / 0.965; 0.838 / 0.953
    ("figure_passages_2.tsv", "figure_answers_2.tsv", (0.91, 0.95), (0.82, 0.93)),
    # 0.984 / 0.941; 0.817 / 0.952
    ("figure_passages_3.tsv", "figure_answers_3.tsv", (0.97, 0.92), (0.80, 0.93)),
    # 0.946 / 0.966; 0.967 / 0.935
    ("figure_passages_4.tsv", "figure_answers_4.tsv", (0.93, 0.95), (0.95, 0.92)),
    # whole reports full of precision traps: key 0.977 / 0.894 before any rule made from them;
    # after, 0.996 / 0.918, as_of 0.971 / 0.957
    ("figure_pages", "figure_answers_5.tsv", (0.98, 0.90), (0.95, 0.94)),
    # whole reports, nouns away from their numbers and dating: key 0.900 / 0.951 before any
    # rule made from them; after, 0.964 / 0.964, as_of 0.993 / 0.979
    ("figure_pages_2", "figure_answers_6.tsv", (0.95, 0.95), (0.97, 0.96)),
    # whole reports, dating the hard part: key 0.984 / 0.984, as_of 0.907 / 1.0 before any rule
    # made from them; after, as_of 0.953 / 1.0 (a publication line above recommended articles)
    ("figure_pages_3", "figure_answers_7.tsv", (0.97, 0.97), (0.93, 0.98)),
    # long work summaries and features: key 0.984 / 0.975 before any rule made from them;
    # after, 0.984 / 0.984; as_of of all matched figures 0.897 precision
    ("figure_pages_4", "figure_answers_8.tsv", (0.97, 0.97), (0.95, 0.88)),
]


@pytest.mark.parametrize("passages, answers, key_floors, as_of_floors", FIGURE_SETS)
def test_the_later_invented_figure_sets_hold_their_floors(
    tmp_path, passages, answers, key_floors, as_of_floors
):
    built = _figure_build(tmp_path, passages)
    wanted = _rows(answers, PLAIN)
    key_answers = [r for r in wanted if score._group(r["metric"]) in score.KEY]
    ours = [r for r in built if score._group(r["metric"]) in score.KEY]
    pairs = _matched(key_answers, ours)
    assert len(pairs) / len(key_answers) >= key_floors[0]
    assert len(pairs) / len(ours) >= key_floors[1]
    pairs = _matched(wanted, built)
    stated = [(a, r) for a, r in pairs if a["as_of_year"]]
    given = [(a, r) for a, r in pairs if r["as_of_year"]]
    same = lambda a, r: a["as_of_year"] == r["as_of_year"][:4]  # noqa: E731
    assert sum(same(a, r) for a, r in stated) / len(stated) >= as_of_floors[0]
    assert sum(same(a, r) for a, r in given) / len(given) >= as_of_floors[1]


# the invented pages: metadata and place as the evaluator compares them (whitespace and width
# ignored); floors under what was measured after the rules made from each set (in the comment)
# Every column of a page set is held at 0.95 unless its entry says lower.
PAGE_FLOOR = 0.95
PAGE_COLUMNS = ("title", "source", "published", "province", "county", "township")


def _floors(**lower: float) -> dict[str, float]:
    return {column: lower.get(column, PAGE_FLOOR) for column in PAGE_COLUMNS}


PAGE_SETS = [
    (
        "pages",
        "page_answers.csv",
        # title 0.975, source 1.0, published 0.975, province 1.0, county 1.0, township 1.0
        _floors(),
    ),
    (
        "pages_2",
        "page_answers_2.csv",
        # title 1.0, source 1.0, published 1.0, province 1.0, county 1.0, township 0.95
        _floors(township=0.925),
    ),
    (
        "pages_3",
        "page_answers_3.csv",
        # title 0.975, source 1.0, published 0.975, province 1.0, county 1.0, township 0.975
        _floors(),
    ),
    (
        "pages_4",
        "page_answers_4.csv",
        # every column 1.0 (30 pages)
        _floors(),
    ),
    (
        "pages_5",
        "page_answers_5.csv",
        # excerpts, 16 of 40 without a headline: title 0.625 before any rule made from them;
        # after, title 0.975, source 0.975, published 1.0, province 1.0, county 1.0,
        # township 0.975
        _floors(),
    ),
    (
        "pages_6",
        "page_answers_6.csv",
        # excerpts again, other sites: title 0.875, source 0.80, county 0.90 before any rule
        # made from them; after, title 0.95, source 0.975, published 0.975, province 1.0,
        # county 0.975, township 0.95
        _floors(title=0.925, township=0.925),
    ),
    (
        "pages_7",
        "page_answers_7.csv",
        # the place the hard part: province 0.95, prefecture 0.925, county 0.925, township 0.925
        # before any rule made from them; after, 1.0, 0.975, 0.975, 0.95; title, source and
        # published 1.0
        _floors(township=0.925),
    ),
    (
        "pages_8",
        "page_answers_8.csv",
        # news sites' furniture: title 0.80, source 0.875, township 0.875 before any rule made
        # from them; after, title 1.0, source 0.95, province, prefecture and county 1.0,
        # township 0.925
        _floors(source=0.925, township=0.9),
    ),
]


def _squash(cell: str) -> str:
    return "".join(unicodedata.normalize("NFKC", cell or "").split())


@pytest.mark.parametrize("pages, answers_file, floors", PAGE_SETS)
def test_the_invented_pages_hold_their_floors(tmp_path, pages, answers_file, floors):
    build(INVENTED / pages, tmp_path, progress=False)
    with open(tmp_path / "reports.csv", encoding="utf-8-sig", newline="") as f:
        ours = {r["report_id"]: r for r in csv.DictReader(f)}
    with open(INVENTED / answers_file, encoding="utf-8", newline="") as f:
        answers = list(csv.DictReader(f))
    for column, floor in floors.items():
        same = sum(_squash(ours[a["report_id"]][column]) == _squash(a[column]) for a in answers)
        assert same / len(answers) >= floor, column
