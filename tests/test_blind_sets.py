"""Sets written blind for #30 (eighth to tenth passes), held as floors.

Readers who had seen neither the code nor its output wrote each set from the conventions of
`../shared` (see `tests/invented/blind_sets/README.md`): sentences and paragraphs with every
figure's metric, excerpts with every figure's `as_of_year`, sentences with every slogan, and 80
page tops with their headline, outlet and date. Each was scored once before any rule was made
from it; the floors sit a point or two under the scores after (both in the README).
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

import pytest
from test_figures import figures  # noqa: F401 -- the analyse helper's module sets up the path

from helpers.engine.pipeline import analyse
from helpers.extract.records import ManifestRow
from helpers.extract.text.clean import normalize, to_simplified

SETS = Path(__file__).parent / "invented" / "blind_sets"
MONEY = {"funds_yuan", "income_yuan"}
KEY = {"poor_households", "poor_persons", "lifted_households", "lifted_persons", "poor_villages"}
KEY |= {"money", "area_mu"}


def _group(metric: str) -> str:
    return "money" if metric in MONEY else metric


def _rows(name: str) -> list[dict]:
    with open(SETS / name, encoding="utf-8") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def _read(text: str):
    manifest = ManifestRow("r", "r.txt", "", "utf-8", "ok", "")
    return analyse("r", normalize(text), manifest)


def _value(row: dict) -> float | None:
    try:
        return float(row["value"])
    except ValueError:
        return None


def _paired(answers: list[dict], found: list) -> list[tuple[dict, object]]:
    """Each answer with the first unpaired figure of its value, in text order."""
    used = [False] * len(found)
    pairs = []
    for answer in answers:
        value = _value(answer)
        at = next(
            (
                i
                for i, f in enumerate(found)
                if not used[i]
                and value is not None
                and f.value is not None
                and abs(f.value - value) < 1e-6
            ),
            None,
        )
        if at is not None:
            used[at] = True
            pairs.append((answer, found[at]))
    return pairs


def _key_scores(name: str, text_column: str) -> tuple[float, float]:
    by_text = defaultdict(list)
    for row in _rows(name):
        by_text[row[text_column]].append(row)
    return _key_scores_of(by_text.items())


def _key_scores_of(texts_and_answers) -> tuple[float, float]:
    """Key-metric recall and precision over (text, its answer rows) pairs."""
    gold = predicted = hit = 0
    for text, rows in texts_and_answers:
        found = _read(text).figures
        answers = [r for r in rows if r["raw"]]
        gold += sum(_group(r["metric"]) in KEY for r in answers)
        predicted += sum(_group(f.metric) in KEY for f in found)
        hit += sum(
            _group(a["metric"]) in KEY and _group(a["metric"]) == _group(f.metric)
            for a, f in _paired(answers, found)
        )
    return hit / gold, hit / predicted


@pytest.mark.parametrize(
    "name, column, floors",
    [
        # blind 0.944 / 0.949; after the rules made from it 0.985 / 0.975
        ("key_sentences_people.tsv", "sentence", (0.97, 0.96)),
        # blind 0.954 / 0.882; after 0.982 / 0.896 (the reader counted per-unit money as rates,
        # where the dev gold counts 每亩分红, 人均纯收入 as money)
        ("key_sentences_money.tsv", "sentence", (0.97, 0.88)),
        # blind, after the first two sets' rules: 0.935 / 0.947; after 0.976 / 0.984
        ("key_paragraphs.tsv", "sentence", (0.96, 0.97)),
    ],
)
def test_key_figures_of_the_blind_sentence_sets_hold_their_floors(name, column, floors):
    recall, precision = _key_scores(name, column)
    assert recall >= floors[0] and precision >= floors[1], (recall, precision)


def test_the_as_of_years_of_the_blind_excerpts_hold_their_floors():
    # blind: agreement 0.958, recall 0.969, precision 0.965; after 0.967 / 0.977 / 0.977
    by_text = defaultdict(list)
    for row in _rows("as_of_excerpts.tsv"):
        by_text[row["text"].replace("\\n", "\n")].append(row)
    same = stated = stated_same = given = given_same = total = 0
    for text, rows in by_text.items():
        for answer, figure in _paired(rows, _read("某县扶贫工作\n" + text + "\n").figures):
            want = answer["as_of_year"] or None
            got = str(figure.as_of_year) if figure.as_of_year else None
            total += 1
            same += want == got
            stated += bool(want)
            stated_same += bool(want) and want == got
            given += bool(got)
            given_same += bool(got) and want == got
    assert same / total >= 0.95
    assert stated_same / stated >= 0.96 and given_same / given >= 0.96


def _canon(slogan: str) -> str:
    plain = unicodedata.normalize("NFKC", to_simplified(slogan or ""))
    return re.sub(r"[\s、,，。;；:：“”‘’\"'「」『』·・]+", "", plain).replace("＋", "+")


def _slogan_scores(
    texts: dict[str, str],
    wanted: dict[str, Counter],
    distinct: bool = False,
    heading: str = "某县抓党建促脱贫\n",
) -> tuple[float, float]:
    """Recall and precision of the slogans found in each text against its wanted mentions;
    slogans still awaiting the corpus pass's evidence are not in a build. `distinct` counts
    each slogan once per text, as the evaluator does and as answers of one row per slogan do.
    A passage is read under an invented `heading`; a whole page is read as it is (`heading=""`).
    """
    hit = predicted = 0
    for tid, text in texts.items():
        found = Counter(
            _canon(s.slogan)
            for s in _read(heading + text + "\n").slogans
            if s.recognised_by != "candidate"
        )
        if distinct:
            found = Counter(set(found))
        predicted += sum(found.values())
        hit += sum(min(n, wanted[tid][k]) for k, n in found.items())
    gold = sum(sum(c.values()) for c in wanted.values())
    return hit / gold, hit / predicted


def test_the_slogans_of_the_blind_sentences_hold_their_floors():
    # every answer counts, borderline ones too, as the evaluator counts them; slogans still
    # awaiting the corpus pass's evidence are not in a build. Blind 0.886 / 0.894; after
    # 0.914 / 0.980
    wanted, sentences = defaultdict(Counter), {}
    for row in _rows("slogan_sentences.tsv"):
        sentences[row["id"]] = row["sentence"]
        if row["slogan"]:
            wanted[row["id"]][_canon(row["slogan"])] += 1
    recall, precision = _slogan_scores(sentences, wanted)
    assert recall >= 0.90 and precision >= 0.96, (recall, precision)


def _page_top_scores(folder: str, answers_file: str, squash) -> dict[str, float]:
    """The share of pages whose title, source and date agree with the answers, as `squash`
    leaves them."""
    right = Counter()
    answers = _rows(answers_file)
    for answer in answers:
        text = (SETS / folder / f"{answer['id']}.txt").read_text(encoding="utf-8")
        report = _read(text).report
        for field in ("title", "source", "published"):
            right[field] += squash(getattr(report, field)) == squash(answer[field])
    return {field: right[field] / len(answers) for field in ("title", "source", "published")}


def test_the_blind_page_tops_hold_their_floors():
    # blind: title 0.800, source 0.825, published 0.975; after 0.925 / 0.950 / 0.988
    squash = lambda s: re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))  # noqa: E731
    share = _page_top_scores("page_tops", "page_tops_answers.tsv", squash)
    assert share["title"] >= 0.91 and share["source"] >= 0.93, share
    assert share["published"] >= 0.97, share


def test_the_blind_report_places_hold_their_floors():
    # 60 invented reports of ten shapes (ninth pass), blind: county and township 0.967 (58 of
    # 60; the 45 the reader was sure of all right), the same before and after that pass's rules
    answers = _rows("report_places_answers.tsv")
    right, sure_wrong = Counter(), []
    for answer in answers:
        text = (SETS / "report_places" / f"{answer['report_id']}.txt").read_text(encoding="utf-8")
        report = _read(text).report
        for level in ("province", "prefecture", "county", "township"):
            same = getattr(report, level) == answer[level]
            right[level] += same
            if not same and answer["confidence"] == "sure":
                sure_wrong.append((answer["report_id"], level))
    n = len(answers)
    assert right["province"] == right["prefecture"] == n, right
    assert right["county"] / n >= 0.95 and right["township"] / n >= 0.95, right
    assert not sure_wrong


def test_the_second_blind_page_tops_hold_their_floors():
    # 80 more page tops (ninth pass): blind title 0.787, source 0.800, published 0.912; after
    # 0.925 / 0.900 / 0.975. Script and quotation marks are not what is scored.
    share = _page_top_scores("page_tops_2", "page_tops_2_answers.tsv", _squash)
    assert share["title"] >= 0.91 and share["source"] >= 0.88, share
    assert share["published"] >= 0.96, share


def test_the_blind_slogan_paragraphs_hold_their_floors():
    # 40 paragraphs (ninth pass), every answer counted, borderline too: blind recall 0.885,
    # precision 0.797; after 0.885 / 0.894. Most of what is left: pairs of unquoted formulas
    # the reader joins ("一户一策、一人一方") where the gold of the seeds and dev lists each
    wanted, paragraphs = defaultdict(Counter), {}
    for row in _rows("slogan_paragraphs.tsv"):
        paragraphs[row["id"]] = row["paragraph"]
    for row in _rows("slogan_paragraphs_answers.tsv"):
        if row["slogan"] != "-":
            wanted[row["id"]][_canon(row["slogan"])] += 1
    recall, precision = _slogan_scores(paragraphs, wanted)
    assert recall >= 0.87 and precision >= 0.88, (recall, precision)


def test_key_figures_of_the_blind_dense_passages_hold_their_floors():
    # 40 passages of work summaries, research reports, yearbook entries and flattened tables
    # (ninth pass), 945 figures: key recall 0.914, precision 0.953 blind; after 0.938 / 0.968
    answers = defaultdict(list)
    for row in _rows("key_passages_answers.tsv"):
        answers[row["id"]].append(row)
    recall, precision = _key_scores_of(
        (row["passage"], answers[row["id"]]) for row in _rows("key_passages.tsv")
    )
    assert recall >= 0.92 and precision >= 0.95, (recall, precision)


def test_the_third_blind_page_tops_hold_their_floors():
    # 80 page tops of the long tail (tenth pass: self-media accounts, app shares, document
    # sites, portals' property tables, 组工网, 人大 sites, English dates): blind title 0.850,
    # source 0.762, published 0.963; after 0.963 / 0.887 / 0.988
    share = _page_top_scores("page_tops_3", "page_tops_3_answers.tsv", _squash)
    assert share["title"] >= 0.95 and share["source"] >= 0.85, share
    assert share["published"] >= 0.97, share


def test_the_blind_slogan_bodies_hold_their_floors():
    # 40 report bodies with the slogans real reports hold, in their natural mix (tenth pass),
    # every answer counted: blind recall 0.896, precision 0.957; after 0.912 / 0.974
    wanted, bodies = defaultdict(Counter), {}
    for row in _rows("slogan_bodies.tsv"):
        bodies[row["id"]] = row["paragraph"].replace("\\n", "\n")
    for row in _rows("slogan_bodies_answers.tsv"):
        wanted[row["id"]][_canon(row["slogan"])] += 1
    recall, precision = _slogan_scores(bodies, wanted)
    assert recall >= 0.90 and precision >= 0.95, (recall, precision)


WHOLE = SETS / "whole_reports"


def _whole_reports(folder: Path = WHOLE) -> list[tuple[str, str, list[dict], dict]]:
    """(report_id, raw text, its gold figures, its gold report row) of every whole report."""
    figures_of, report_of = defaultdict(list), {}
    for path in sorted((folder / "gold").glob("*_figures.csv")):
        with open(path, encoding="utf-8") as f:
            for row in csv.DictReader(f):
                figures_of[row["report_id"]].append(row)
    for path in sorted((folder / "gold").glob("*_reports.csv")):
        with open(path, encoding="utf-8") as f:
            report_of |= {row["report_id"]: row for row in csv.DictReader(f)}
    return [
        (rid, (folder / "raw" / f"{rid}.txt").read_text(encoding="utf-8"), figures_of[rid], row)
        for rid, row in sorted(report_of.items())
    ]


def _squash(value: str) -> str:
    """A headline or outlet in simplified script, without spaces, quotation marks or brackets."""
    plain = unicodedata.normalize("NFKC", to_simplified(value or ""))
    return re.sub(r"[\s「」“”『』‘’\"]+", "", plain)


def _fields_right(reports) -> Counter:
    """How many of the whole reports' headline, outlet and date agree with their gold rows."""
    right = Counter()
    for _, text, _, answer in reports:
        report = _read(text).report
        for field in ("title", "source", "published"):
            right[field] += getattr(report, field) == answer[field]
    return right


def test_the_blind_whole_reports_hold_their_floors():
    # 57 whole invented pages with chrome by four readers (tenth pass), 2,382 figures. Key metrics
    # by the evaluator's matching, blind / after: 0.970, 0.970 / 0.979, 0.979 (xa); 0.882, 0.924 /
    # 0.973, 0.960 (xb: a flattened table lost); the last two were scored after the first two's
    # rules: 0.967, 0.933 (xc, long reports; unchanged) and 0.897, 0.955 / 0.911, 0.960 (xd, short
    # items). Matched here on value alone, so a little higher or lower.
    reports = _whole_reports()
    recall, precision = _key_scores_of((text, rows) for _, text, rows, _ in reports)
    assert recall >= 0.94 and precision >= 0.94, (recall, precision)
    # headline, outlet and date of the 57: blind 49, 48 and 56 right; after 55 / 52 / 57
    right = _fields_right(reports)
    assert right["title"] >= 54 and right["source"] >= 50 and right["published"] >= 56, right


# Eleventh pass: five more blind sets, by readers who had seen neither the code nor its output.


def test_the_fourth_blind_page_tops_hold_their_floors():
    # 80 page tops (<title> lines with the site, e-papers' lists of their headlines, kickers,
    # Chinese-numeral mastheads, script switches, video players, WeChat accounts printed twice,
    # editors' notes, press conferences): blind title 0.875, source 0.863, published 0.975;
    # after 0.975 / 0.925 / 1.0
    share = _page_top_scores("page_tops_4", "page_tops_4_answers.tsv", _squash)
    assert share["title"] >= 0.96 and share["source"] >= 0.91, share
    assert share["published"] >= 0.98, share


@pytest.mark.parametrize(
    "name, floors",
    [
        # 40 short report bodies, one row per slogan: blind 0.898 / 0.989; after 0.929 / 1.0
        ("slogan_bodies_2", (0.92, 0.98)),
        # 40 work summaries, speeches and 述职 (each excerpt's slogans listed once), written
        # while the pass's first rules were made: blind 0.928 / 0.958; after 0.938 / 0.958
        ("slogan_summaries", (0.93, 0.95)),
    ],
)
def test_the_eleventh_pass_slogan_sets_hold_their_floors(name, floors):
    wanted, bodies = defaultdict(Counter), {}
    for row in _rows(f"{name}.tsv"):
        bodies[row["id"]] = row["paragraph"].replace("\\n", "\n")
    for row in _rows(f"{name}_answers.tsv"):
        wanted[row["id"]][_canon(row["slogan"])] = 1
    recall, precision = _slogan_scores(bodies, wanted, distinct=True)
    assert recall >= floors[0] and precision >= floors[1], (recall, precision)


def test_the_second_blind_whole_reports_hold_their_floors():
    # 45 whole pages by three more readers (eleventh pass), 1,368 figures: xe (WeChat, profiles,
    # research reports with tables, press conferences, radio scripts), xf (dense with numbers:
    # funds by category, ledgers, thousands set apart by a space), xg (written while the
    # pass's first rules were made: bulletins, 公示, app posts, yearbooks). Key metrics by the
    # evaluator, blind / after: 0.924, 0.958 / same (xe); 0.581, 0.910 / 0.943, 0.976 (xf);
    # 0.807, 0.981 / 0.917, 0.983 (xg). Matched here on value alone: 0.736 / 0.947 before the
    # pass, 0.930 / 0.973 after.
    reports = _whole_reports(SETS / "whole_reports_2")
    recall, precision = _key_scores_of((text, rows) for _, text, rows, _ in reports)
    assert recall >= 0.92 and precision >= 0.96, (recall, precision)
    # headline, outlet and date of the 45: before the pass 36, 39 and 45 right; after 39 / 41 / 45
    right = _fields_right(reports)
    assert right["title"] >= 39 and right["source"] >= 41 and right["published"] >= 45, right


# Twelfth pass: six more blind sets, by readers who had seen neither the code nor its output.


def test_the_third_blind_whole_reports_hold_their_floors():
    # 45 whole pages by three more readers, 886 figures: xh (outlets beyond county portals:
    # 共产党员网, 组工网, 人民网 channels, apps, township and 驻村工作队 WeChat, reposts), xi
    # (time and place: spans, flattened tables by year, East-West pairs, a prefecture by county),
    # xj (speeches, 述职, work summaries dense with slogans and money). Key metrics by the
    # evaluator, blind / after: 0.969, 0.960 / same (xh); 0.860, 0.980 / 0.977, 0.982 (xi:
    # tables by year); 0.918, 0.982 / 0.956, 0.983 (xj: thousands with their unit set apart).
    # Matched here on value alone: 0.907 / 0.976 before the pass, 0.967 / 0.978 after.
    reports = _whole_reports(SETS / "whole_reports_3")
    recall, precision = _key_scores_of((text, rows) for _, text, rows, _ in reports)
    assert recall >= 0.95 and precision >= 0.97, (recall, precision)
    # headline, outlet and date of the 45: before the pass 39, 37 and 45 right; after 43 / 41 / 45;
    # 40 sources since the thirteenth pass, where a government's copyright names no source (as
    # five other readers had it; this set's xi03 wants the government)
    right = _fields_right(reports)
    assert right["title"] >= 43 and right["source"] >= 40 and right["published"] >= 45, right


def test_the_fifth_blind_page_tops_hold_their_floors():
    # 80 page tops of sites beyond the county portal (party-building sites, national media's
    # channels, self-media reposts, apps, 政协 and 统战部 sites, universities, PDF bulletins,
    # English chrome, 10 in traditional script): blind title 0.887, source 0.900, published
    # 0.988; after 0.950 / 0.975 / 0.988
    share = _page_top_scores("page_tops_5", "page_tops_5_answers.tsv", _squash)
    assert share["title"] >= 0.94 and share["source"] >= 0.96, share
    assert share["published"] >= 0.98, share


def test_the_twelfth_pass_slogan_and_key_sets_hold_their_floors():
    # 40 news passages with slogans and their look-alikes, one row per slogan: blind 0.947 /
    # 0.939; after 0.956 / 0.965
    wanted, bodies = defaultdict(Counter), {}
    for row in _rows("slogan_news.tsv"):
        bodies[row["id"]] = row["paragraph"].replace("\\n", "\n")
    for row in _rows("slogan_news_answers.tsv"):
        wanted[row["id"]][_canon(row["slogan"])] = 1
    recall, precision = _slogan_scores(bodies, wanted, distinct=True)
    assert recall >= 0.95 and precision >= 0.96, (recall, precision)
    # 40 dense passages, nouns far from their numbers, flows in and out of the register, parts
    # by place: key blind 0.951 / 0.955; after 0.969 / 0.965
    answers = defaultdict(list)
    for row in _rows("key_passages_2_answers.tsv"):
        answers[row["id"]].append(row)
    recall, precision = _key_scores_of(
        (row["passage"].replace("\\n", "\n"), answers[row["id"]])
        for row in _rows("key_passages_2.tsv")
    )
    assert recall >= 0.96 and precision >= 0.96, (recall, precision)


# Thirteenth pass: page tops and whole pages in the dev pages' shape, where a third of the
# excerpts have no headline and two in five state no source.


@pytest.mark.parametrize(
    "folder, floors",
    [
        # mirrors, forums, Tieba, yearbook and e-paper dumps: blind 0.76 / 0.92; after 0.94 / 1.0
        ("page_tops_6", (0.92, 0.98)),
        # big5 gateways, aggregators, reposts, 据…报道 leads: blind 0.86 / 0.84; after 1.0 / 1.0
        ("page_tops_7", (0.98, 0.98)),
        # party bodies' sites, blogs, document sites, bulletins, written blind after the first
        # two sets' rules: blind 0.66 / 0.80; after 0.88 / 0.82
        ("page_tops_8", (0.86, 0.80)),
        # a crawler's odd orders, teasers of other articles, print and mobile pages, written
        # blind after the first two sets' rules: blind 0.80 / 0.82; after 0.86 / 0.82
        ("page_tops_9", (0.84, 0.80)),
    ],
)
def test_the_mirror_page_tops_hold_their_floors(folder, floors):
    share = _page_top_scores(folder, f"{folder}_answers.tsv", _squash)
    assert share["title"] >= floors[0] and share["source"] >= floors[1], share


def test_the_fourth_blind_whole_reports_hold_their_floors():
    # 45 whole pages in the dev pages' shape by three more readers, 1,270 figures: xk (village
    # news on mirrors), xl (big5 copies, yearbooks, summaries, slogans), xm (2014-16 and
    # 2019-21, monitoring, tables; written after the pass's first rules). Key metrics by the
    # evaluator, blind: 0.989, 0.979 (xk); 0.969, 0.957 (xl); 0.941, 0.965 (xm); no rule was
    # made from their figures. Matched here on value alone: 0.966 / 0.967.
    reports = _whole_reports(SETS / "whole_reports_4")
    recall, precision = _key_scores_of((text, rows) for _, text, rows, _ in reports)
    assert recall >= 0.95 and precision >= 0.95, (recall, precision)
    # headline, outlet and date of the 45: blind 39, 44 and 45 right; after 43 / 44 / 45
    right = _fields_right(reports)
    assert right["title"] >= 42 and right["source"] >= 43 and right["published"] >= 45, right


def test_the_blind_slogan_pages_hold_their_floors():
    # 20 whole pages dense with slogans and their look-alikes (225 rows, 50 borderline), each
    # slogan once per page: blind recall 0.924, precision 0.933; after 0.924 / 0.965 (the
    # titles of a choosing listed before its 评选 are honours)
    recall, precision = _slogan_share("slogan_pages", "s_slogans.csv")
    assert recall >= 0.91 and precision >= 0.95, (recall, precision)


def test_the_random_sample_blind_sets_hold_their_floors():
    # Written after every other rule of the thirteenth pass, as a crawl's random sample rather
    # than around traps. 50 page tops (portals 30 %, mirrors 20 %, e-papers 15 %, …): blind
    # title 0.92, source 0.88, published 0.98; after 0.96 / 0.94 / 1.0.
    share = _page_top_scores("page_tops_10", "page_tops_10_answers.tsv", _squash)
    assert share["title"] >= 0.94 and share["source"] >= 0.92, share
    # 15 whole pages (xn, 339 figures): key metrics by the evaluator blind 1.0 / 0.976, title
    # 0.867 (13 of 15); after, all 15 headlines, outlets and dates right
    reports = _whole_reports(SETS / "whole_reports_5")
    recall, precision = _key_scores_of((text, rows) for _, text, rows, _ in reports)
    assert recall >= 0.98 and precision >= 0.96, (recall, precision)
    right = _fields_right(reports)
    assert right["title"] >= 14 and right["source"] >= 14 and right["published"] >= 15, right


def test_the_fourteenth_pass_blind_sets_hold_their_floors():
    # Written after the pass's first rules, as a crawl's random sample in the real pages' mix
    # (each reader skimmed 30-70 of ../shared/real first). Page tops of the south and west
    # (page_tops_11) and of the north and east (page_tops_12): blind title / source 0.96 / 0.94
    # and 0.90 / 0.92; after 0.96 / 0.94 and 1.0 / 0.94.
    south = _page_top_scores("page_tops_11", "page_tops_11_answers.tsv", _squash)
    north = _page_top_scores("page_tops_12", "page_tops_12_answers.tsv", _squash)
    assert south["title"] >= FLOOR_14["south"][0] and south["source"] >= FLOOR_14["south"][1]
    assert north["title"] >= FLOOR_14["north"][0] and north["source"] >= FLOOR_14["north"][1]
    # 30 whole pages (xo: a random sample; xp: number-dense work summaries, speeches, yearbooks,
    # inspections), 723 figures. Key metrics by the evaluator blind 0.985 / 0.993 (xo) and
    # 0.957 / 0.937 (xp); after 0.985 / 0.993 and 1.0 / 0.979 (the rest of the poor with a
    # plan before it). Matched here on value alone.
    reports = _whole_reports(SETS / "whole_reports_6")
    recall, precision = _key_scores_of((text, rows) for _, text, rows, _ in reports)
    assert recall >= FLOOR_14["key"][0] and precision >= FLOOR_14["key"][1], (recall, precision)
    right = _fields_right(reports)
    assert right["title"] >= FLOOR_14["fields"][0] and right["source"] >= FLOOR_14["fields"][1]
    # 20 pages of slogans in real density (sy, 78 rows): blind recall and precision 0.949;
    # after 0.952 / 0.952 (each slogan once per page)
    recall, precision = _slogan_share("slogan_pages_2", "y_slogans.csv")
    assert recall >= FLOOR_14["slogans"][0] and precision >= FLOOR_14["slogans"][1]


# (title, source) of each page-top set; key metrics (recall, precision); whole pages' (titles,
# sources) right of 30; slogans (recall, precision)
FLOOR_14 = {
    "south": (0.94, 0.92),
    "north": (0.98, 0.92),
    "key": (0.98, 0.97),
    "fields": (28, 27),
    "slogans": (0.93, 0.93),
}


def test_the_fourteenth_pass_second_round_holds_its_floors():
    # Written after the pass's first rules and a second reader's mends, in the real pages' mix:
    # page tops from every province (13) and with more self-media copies (14): blind title /
    # source 0.78 / 0.88 and 0.86 / 0.92; after 0.92 / 0.90 and 0.96 / 0.94
    every = _page_top_scores("page_tops_13", "page_tops_13_answers.tsv", _squash)
    copies = _page_top_scores("page_tops_14", "page_tops_14_answers.tsv", _squash)
    assert every["title"] >= 0.88 and every["source"] >= 0.88, every
    assert copies["title"] >= 0.92 and copies["source"] >= 0.92, copies
    # 15 whole pages (xq, 284 figures), blind: key metrics by the evaluator 0.961 / 0.976,
    # as_of_year 1.0 / 1.0 (0.969 precision under the pass's starting code), every report field
    # right; no rule was made from them
    reports = _whole_reports(SETS / "whole_reports_7")
    recall, precision = _key_scores_of((text, rows) for _, text, rows, _ in reports)
    assert recall >= 0.95 and precision >= 0.97, (recall, precision)
    right = _fields_right(reports)
    assert right["title"] == right["source"] == right["published"] == 15, right
    # 20 pages of slogans in real density (sz, 105 rows), blind recall 0.905, precision 0.969
    # (the rows once per page: 0.899 / 0.952 after, one reader not counting “破零” of a sale)
    recall, precision = _slogan_share("slogan_pages_3", "z_slogans.csv")
    assert recall >= 0.88 and precision >= 0.94, (recall, precision)


def _slogan_share(folder: str, gold_file: str) -> tuple[float, float]:
    """(recall, precision) of the slogans of a folder of whole pages, each slogan once per page."""
    wanted = defaultdict(Counter)
    with open(SETS / folder / "gold" / gold_file, encoding="utf-8") as f:
        for row in csv.DictReader(f):
            wanted[row["report_id"]][_canon(row["slogan"])] = 1
    pages = {
        page.stem: page.read_text(encoding="utf-8")
        for page in sorted((SETS / folder / "raw").glob("*.txt"))
    }
    return _slogan_scores(pages, wanted, distinct=True, heading="")


def test_the_fifteenth_pass_blind_sets_hold_their_floors():
    # Written before any rule of the fifteenth pass, as a crawl's random sample in the real
    # pages' mix. Page tops of every province (15) and with more reprints, split headlines and
    # dates (16): blind title / source 0.80 / 0.86 and 0.92 / 0.88; after 0.98 / 0.94 and
    # 1.0 / 0.94.
    every = _page_top_scores("page_tops_15", "page_tops_15_answers.tsv", _squash)
    reprints = _page_top_scores("page_tops_16", "page_tops_16_answers.tsv", _squash)
    assert every["title"] >= 0.96 and every["source"] >= 0.92, every
    assert reprints["title"] >= 0.98 and reprints["source"] >= 0.92, reprints
    # 30 whole pages (xr: a random sample; xs: number-dense summaries, bulletins, reports),
    # 926 figures. By the evaluator, blind: key metrics 0.982 / 0.955 and 0.995 / 0.95, county
    # 1.0 and 0.80 (three pages naming only a township); after 0.988 / 0.966, 1.0 / 0.963 and
    # county 1.0 / 0.933 (温泉镇 is the name of 17 townships). Matched here on value alone.
    reports = _whole_reports(SETS / "whole_reports_8")
    recall, precision = _key_scores_of((text, rows) for _, text, rows, _ in reports)
    assert recall >= 0.98 and precision >= 0.95, (recall, precision)
    right = _fields_right(reports)
    assert right["title"] >= 28 and right["source"] >= 30 and right["published"] >= 30, right
    # 40 pages of slogans: in real density (ta, 84 rows) and in speeches, summaries and theory
    # texts with unquoted formulas (tb, 199 rows). By the evaluator, blind 0.974 / 0.95 and
    # 0.905 / 0.926; after 0.976 / 0.976 and 0.935 / 0.979. Each slogan once per page here.
    recall, precision = _slogan_share("slogan_pages_4", "ta_slogans.csv")
    assert recall >= 0.97 and precision >= 0.96, (recall, precision)
    recall, precision = _slogan_share("slogan_pages_5", "tb_slogans.csv")
    assert recall >= 0.92 and precision >= 0.96, (recall, precision)


def test_the_fifteenth_pass_second_round_holds_its_floors():
    # Written after the pass's first rules, before a second reader's mends: page tops of every
    # province (17), blind title / source 0.86 / 0.96; after 0.96 / 1.0
    share = _page_top_scores("page_tops_17", "page_tops_17_answers.tsv", _squash)
    assert share["title"] >= 0.94 and share["source"] >= 0.98, share
    # 15 whole pages (xt, 361 figures), blind by the evaluator: key metrics 0.98 / 0.986,
    # as_of_year 0.932 / 0.992, every headline, outlet and date right; after 0.993 / 1.0 (the
    # rest of the poor with their noun before the count and a plan after it)
    reports = _whole_reports(SETS / "whole_reports_9")
    recall, precision = _key_scores_of((text, rows) for _, text, rows, _ in reports)
    assert recall >= 0.98 and precision >= 0.99, (recall, precision)
    right = _fields_right(reports)
    assert right["title"] == right["source"] == right["published"] == 15, right
    # 20 pages of slogans in real density (tc, 83 rows), blind 0.986 / 0.986; no rule from it
    recall, precision = _slogan_share("slogan_pages_6", "tc_slogans.csv")
    assert recall >= 0.97 and precision >= 0.97, (recall, precision)


def test_the_sixteenth_pass_blind_sets_hold_their_floors():
    # Written before any rule of the sixteenth pass, as a crawl's random sample in the real
    # pages' mix (18): blind title / source 0.88 / 0.92; after 0.94 / 0.98
    share = _page_top_scores("page_tops_18", "page_tops_18_answers.tsv", _squash)
    assert share["title"] >= 0.92 and share["source"] >= 0.96, share
    # 30 whole pages (xu: a random sample; xv: number-dense summaries, 917 figures). By the
    # evaluator, blind: key metrics 0.92 / 0.975 and 0.979 / 0.967; after 0.968 / 0.976 and
    # 0.983 / 0.967 (the poor population counted in households, a year's sales, sums paid on
    # the poor's behalf). Matched here on value alone.
    reports = _whole_reports(SETS / "whole_reports_10")
    recall, precision = _key_scores_of((text, rows) for _, text, rows, _ in reports)
    assert recall >= 0.97 and precision >= 0.96, (recall, precision)
    right = _fields_right(reports)
    assert right["title"] >= 29 and right["source"] >= 29 and right["published"] >= 30, right
    # 40 pages of slogans: in real density (td, 98 rows) and everyday county news, whose
    # slogans are mostly quoted names (te, 144 rows, 44 of them borderline). By the evaluator,
    # blind 0.943 / 0.954 and 0.881 / 0.972; after 0.955 / 0.988 and 0.881 / 0.981. A
    # programme's brand (“积分超市”, “农民夜校”) was tried and left: it cost as much precision
    # on the real pages' answers as it gained recall here.
    recall, precision = _slogan_share("slogan_pages_7", "td_slogans.csv")
    assert recall >= 0.93 and precision >= 0.97, (recall, precision)
    recall, precision = _slogan_share("slogan_pages_8", "te_slogans.csv")
    assert recall >= 0.87 and precision >= 0.97, (recall, precision)


def test_the_sixteenth_pass_second_round_holds_its_floors():
    # Written after the pass's first rules: page tops of every province (19), blind title /
    # source 0.88 / 0.82; after 0.98 / 0.98 (site mottos, mobile menus, leads that name their
    # outlet)
    share = _page_top_scores("page_tops_19", "page_tops_19_answers.tsv", _squash)
    assert share["title"] >= 0.96 and share["source"] >= 0.96, share
    # 15 whole pages (xw, 359 figures), blind by the evaluator: key metrics 0.993 / 0.986,
    # as_of_year 1.0 / 0.978, every headline, outlet and date right; no rule from it
    reports = _whole_reports(SETS / "whole_reports_11")
    recall, precision = _key_scores_of((text, rows) for _, text, rows, _ in reports)
    assert recall >= 0.99 and precision >= 0.98, (recall, precision)
    right = _fields_right(reports)
    assert right["title"] == right["source"] == right["published"] == 15, right
    # 20 pages of slogans in real density (tf, 88 rows), blind 0.961 / 0.986; after 0.974 / 1.0
    # (a herd lent and returned, a speaker's next sentence)
    recall, precision = _slogan_share("slogan_pages_9", "tf_slogans.csv")
    assert recall >= 0.96 and precision >= 0.98, (recall, precision)


def test_the_sixteenth_pass_third_round_holds_its_floors():
    # Written after the second reader's mends: page tops as a random sample (20) and with more
    # reprints, split headlines and dates (21), blind title / source 0.84 / 0.92 and
    # 0.94 / 0.94; after 0.94 / 0.94 both (a document site's notice, a WeChat card, a blog's
    # profile, an app's "2年前"; a headline split over two lines is still read as its first)
    tops = _page_top_scores("page_tops_20", "page_tops_20_answers.tsv", _squash)
    assert tops["title"] >= 0.92 and tops["source"] >= 0.92, tops
    reprints = _page_top_scores("page_tops_21", "page_tops_21_answers.tsv", _squash)
    assert reprints["title"] >= 0.92 and reprints["source"] >= 0.92, reprints
    # 15 whole pages (xx, 314 figures), blind by the evaluator: key metrics 0.96 / 0.976,
    # figures recall 0.939 (a page letter-spacing its digits), title / source / township
    # 0.933; after 0.992 / 0.976, 0.99 and all three 1.0 (a yearbook's running head)
    reports = _whole_reports(SETS / "whole_reports_12")
    recall, precision = _key_scores_of((text, rows) for _, text, rows, _ in reports)
    assert recall >= 0.98 and precision >= 0.97, (recall, precision)
    right = _fields_right(reports)
    assert right["title"] == right["source"] == right["published"] == 15, right
    # 20 pages of slogans in real density (tg, 98 rows), blind 0.957 / 0.947; after
    # 0.957 / 0.957 (a shopping day is no numbered formula)
    recall, precision = _slogan_share("slogan_pages_10", "tg_slogans.csv")
    assert recall >= 0.95 and precision >= 0.95, (recall, precision)


def test_the_seventeenth_pass_blind_sets_hold_their_floors():
    # Written before any rule of the seventeenth pass: page tops as a crawl's random sample (22)
    # and from the outlets that carry most such pages (23), blind title / source 0.92 / 0.90
    # and 0.94 / 0.88; after 0.96 / 0.96 and 0.98 / 0.98 (an e-paper's PDF button and page
    # name, an app's name over the headline named again by its dateline, 原载 over 转载自)
    tops = _page_top_scores("page_tops_22", "page_tops_22_answers.tsv", _squash)
    assert tops["title"] >= 0.94 and tops["source"] >= 0.94, tops
    outlets = _page_top_scores("page_tops_23", "page_tops_23_answers.tsv", _squash)
    assert outlets["title"] >= 0.96 and outlets["source"] >= 0.96, outlets
    # 30 whole pages (xy, xz: 767 figures), blind by the evaluator: key metrics 0.993 / 0.978
    # and 0.989 / 0.954; after 0.993 / 0.978 and 0.989 / 0.964 (a weight's price). Matched
    # here on value alone.
    reports = _whole_reports(SETS / "whole_reports_13")
    recall, precision = _key_scores_of((text, rows) for _, text, rows, _ in reports)
    assert recall >= 0.98 and precision >= 0.96, (recall, precision)
    right = _fields_right(reports)
    assert right["title"] == right["source"] == right["published"] == 30, right
    # 40 pages of slogans: real density (th, 84 rows) and long documents (ti, 246 rows), blind
    # 0.961 / 0.986 and 0.972 / 0.946; after 0.974 / 0.987 and 0.972 / 0.963 (titles
    # conferred, 进一步, “两新”, a campaign's content)
    recall, precision = _slogan_share("slogan_pages_11", "th_slogans.csv")
    assert recall >= 0.96 and precision >= 0.98, (recall, precision)
    recall, precision = _slogan_share("slogan_pages_12", "ti_slogans.csv")
    assert recall >= 0.96 and precision >= 0.95, (recall, precision)


def test_the_seventeenth_pass_second_round_holds_its_floors():
    # Written after the pass's first rules: page tops (24), blind title / source / published
    # 0.92 / 0.96 / 0.96; after 0.94 / 0.98 / 1.0 (another article's tail closed by print
    # buttons, a related list dated in brackets)
    share = _page_top_scores("page_tops_24", "page_tops_24_answers.tsv", _squash)
    assert share["title"] >= 0.92 and share["source"] >= 0.96, share
    # 30 whole pages (ya; yb, the messier kind), blind by the evaluator: key metrics
    # 0.968 / 0.953 and 0.974 / 0.931; after 0.968 / 0.953 and 0.974 / 0.937 (the poor among a
    # workshop's workers). Their readers take amounts per mu as rates (see the README).
    reports = _whole_reports(SETS / "whole_reports_14")
    recall, precision = _key_scores_of((text, rows) for _, text, rows, _ in reports)
    assert recall >= 0.96 and precision >= 0.93, (recall, precision)
    right = _fields_right(reports)
    assert right["title"] >= 29 and right["source"] == right["published"] == 30, right
    # 20 pages of slogans (tj, 90 rows), blind 0.938 / 0.926; after 0.95 / 0.974 (a speaker's
    # statement, a fault criticised)
    recall, precision = _slogan_share("slogan_pages_13", "tj_slogans.csv")
    assert recall >= 0.94 and precision >= 0.96, (recall, precision)


def test_the_seventeenth_pass_third_round_holds_its_floors():
    # Written after the second round's rules: page tops from the outlets again (25), blind
    # title / source 0.98 / 0.94; after 1.0 / 0.98 (a 百家号 card's account over its holder,
    # a site-and-app dateline)
    share = _page_top_scores("page_tops_25", "page_tops_25_answers.tsv", _squash)
    assert share["title"] >= 0.98 and share["source"] >= 0.96, share
    # 15 whole pages (yc, 344 figures), blind by the evaluator: key metrics 0.993 / 0.971,
    # every headline, outlet, date and township right; no rule from it
    reports = _whole_reports(SETS / "whole_reports_15")
    recall, precision = _key_scores_of((text, rows) for _, text, rows, _ in reports)
    assert recall >= 0.99 and precision >= 0.97, (recall, precision)
    right = _fields_right(reports)
    assert right["title"] == right["source"] == right["published"] == 15, right
    # 20 pages of slogans (tk, 111 rows), blind 0.947 / 0.957; after 0.947 / 0.968 (a picture
    # of the past)
    recall, precision = _slogan_share("slogan_pages_14", "tk_slogans.csv")
    assert recall >= 0.94 and precision >= 0.96, (recall, precision)


def test_the_eighteenth_pass_blind_sets_hold_their_floors():
    # Written before any rule of the eighteenth pass: page tops as a crawl's random sample (26)
    # and pages whose headline or outlet is hard to cut (27), blind title / source 0.92 / 0.96
    # and 0.92 / 0.94; after 0.98 / 0.98 and 1.0 / 1.0 (a column's label over a headline that
    # names its place, a split headline, a site's name before the headline, a view counter glued
    # to the outlet, a supplying body alone on its line, an account's name over its posting line)
    tops = _page_top_scores("page_tops_26", "page_tops_26_answers.tsv", _squash)
    assert tops["title"] >= 0.96 and tops["source"] >= 0.96, tops
    hard = _page_top_scores("page_tops_27", "page_tops_27_answers.tsv", _squash)
    assert hard["title"] >= 0.98 and hard["source"] >= 0.98, hard
    # 30 whole pages (yd; ye, whose places and dates are the hard part), blind by the evaluator:
    # key metrics 0.991 / 0.982 and 0.99 / 0.985; after 0.991 / 0.982 and 1.0 / 0.985 (a change
    # whose first count has households and persons). Matched here on value alone. ye's reader
    # takes a WeChat account over the 来源 line under it, and a portal's 发布机构 over its
    # 信息来源: the two outlets the build does not give.
    reports = _whole_reports(SETS / "whole_reports_16")
    recall, precision = _key_scores_of((text, rows) for _, text, rows, _ in reports)
    assert recall >= 0.99 and precision >= 0.98, (recall, precision)
    right = _fields_right(reports)
    assert right["title"] == right["published"] == 30 and right["source"] >= 28, right
    # 40 pages of slogans: real density (tl, 82 rows) and work summaries and speeches (tm, 152
    # rows), blind 0.951 / 0.963 and 0.893 / 0.926; after 0.963 / 0.963 and 0.921 / 0.963
    # (formulas cut at 把 and 作为 and after an actor's 带贫, “四包”责任体系, a campaign's full
    # name, the deeds a campaign sets each role, the last of a list of titles chosen)
    recall, precision = _slogan_share("slogan_pages_15", "tl_slogans.csv")
    assert recall >= 0.96 and precision >= 0.96, (recall, precision)
    recall, precision = _slogan_share("slogan_pages_16", "tm_slogans.csv")
    assert recall >= 0.92 and precision >= 0.96, (recall, precision)


def test_the_eighteenth_pass_second_round_holds_its_floors():
    # Written after the pass's first rules: page tops (28), blind title / source / published
    # 0.96 / 0.92 / 1.0; after 0.96 / 0.94 / 1.0 (a repost's notice in words, 本文转自…)
    share = _page_top_scores("page_tops_28", "page_tops_28_answers.tsv", _squash)
    assert share["title"] >= 0.96 and share["source"] >= 0.94, share
    # 15 whole pages of the messier kind (yf, 373 figures), blind by the evaluator: key metrics
    # 0.987 / 0.969, as_of_year recall 0.879; after 0.987 / 0.969 and 0.977 (全年 after a ";"
    # takes up the year at the sentence's head)
    reports = _whole_reports(SETS / "whole_reports_17")
    recall, precision = _key_scores_of((text, rows) for _, text, rows, _ in reports)
    assert recall >= 0.98 and precision >= 0.96, (recall, precision)
    right = _fields_right(reports)
    assert right["title"] == right["source"] == right["published"] == 15, right
    # 40 pages of slogans: real density (tn, 93 rows) and news features full of speech, sayings
    # and nicknames (to, 128 rows), blind 0.973 / 0.948 and 0.96 / 0.923; after 0.973 / 0.948
    # and 0.96 / 0.952 (a cadre's nickname, a picture of the past told with 当时, what the
    # people say)
    recall, precision = _slogan_share("slogan_pages_17", "tn_slogans.csv")
    assert recall >= 0.97 and precision >= 0.94, (recall, precision)
    recall, precision = _slogan_share("slogan_pages_18", "to_slogans.csv")
    assert recall >= 0.96 and precision >= 0.95, (recall, precision)


def test_the_eighteenth_pass_third_round_holds_its_floors():
    # Written after the second round's rules: page tops (29), blind title / source / published
    # 0.90 / 0.94 / 0.94; after 0.96 / 0.94 / 0.96 (a list of other headlines above the article,
    # closed by 更多>> or each with its date; a site's name with its date bar)
    share = _page_top_scores("page_tops_29", "page_tops_29_answers.tsv", _squash)
    assert share["title"] >= 0.96 and share["source"] >= 0.94, share
    # 15 whole pages (yg, 347 figures), blind by the evaluator: key metrics 0.993 / 0.971, title
    # 0.867; after the same key metrics and every headline (an e-paper's bracketed PDF button,
    # a post addressed to a reader)
    reports = _whole_reports(SETS / "whole_reports_18")
    recall, precision = _key_scores_of((text, rows) for _, text, rows, _ in reports)
    assert recall >= 0.99 and precision >= 0.97, (recall, precision)
    right = _fields_right(reports)
    assert right["title"] == right["source"] == right["published"] == 15, right
    # 20 pages of slogans (tp, 85 rows), blind 0.96 / 0.986; after 0.973 / 0.986 (a style
    # carried on: 弘扬“某某干部好作风”)
    recall, precision = _slogan_share("slogan_pages_19", "tp_slogans.csv")
    assert recall >= 0.97 and precision >= 0.98, (recall, precision)


def test_the_nineteenth_pass_blind_sets_hold_their_floors():
    # Written before any rule of the nineteenth pass: page tops as a crawl's random sample (30)
    # and pages whose headline and outlet are hard to cut (31), blind title / source 0.92 /
    # 0.94 and 0.88 / 0.86; after 1.0 / 1.0 and 0.98 / 0.92 (a video site's keyword spam, a
    # headline named in brackets at the end of the last paragraph or only at the end of the
    # trail, a series' label, a column's issue, an e-paper's site, the account a prompt to
    # follow names, a headline glued to its dateline over a photo's caption, 【某报讯】, a
    # closing print with its date and page, a disclosure table's 发布日期). page_tops_31's
    # reader takes 来源 over 原载 and a paper's app's name (红网时刻): the build keeps 原载.
    tops = _page_top_scores("page_tops_30", "page_tops_30_answers.tsv", _squash)
    assert tops["title"] >= 0.98 and tops["source"] >= 0.98, tops
    hard = _page_top_scores("page_tops_31", "page_tops_31_answers.tsv", _squash)
    assert hard["title"] >= 0.96 and hard["source"] >= 0.9 and hard["published"] >= 0.94, hard
    # 30 whole pages (yh, a random sample; yi, whose dates are the hard part), blind by the
    # evaluator: key metrics 0.987 / 0.945 and 0.952 / 0.976; after 0.987 / 0.945 and 0.964 /
    # 0.988 (the rest of the poor "今年底可全部脱贫" are still poor; a flattened table whose
    # column names a criterion's amount). yi's reader dates 全年, 年初, 如今 and 当年 by the
    # page's year and lets a year at a sentence's head run past its ";": the build follows the
    # dev README, so its as_of_year recall there stays 0.73. Matched here on value alone.
    reports = _whole_reports(SETS / "whole_reports_19")
    recall, precision = _key_scores_of((text, rows) for _, text, rows, _ in reports)
    assert recall >= 0.97 and precision >= 0.96, (recall, precision)
    right = _fields_right(reports)
    assert right["title"] == right["published"] == 30 and right["source"] >= 29, right
    # 40 pages of slogans: real density (tq, 90 rows) and half long documents, half everyday news
    # (tr, 101 rows), blind 0.95 / 0.95 and 0.966 / 0.956; after 0.95 / 0.962 and 0.989 /
    # 0.989 (a team's members after 由 and before 组成, 党建+ of 党建+工作, an industry before its
    # 发展模式, a double share of income)
    recall, precision = _slogan_share("slogan_pages_20", "tq_slogans.csv")
    assert recall >= 0.94 and precision >= 0.95, (recall, precision)
    recall, precision = _slogan_share("slogan_pages_21", "tr_slogans.csv")
    assert recall >= 0.98 and precision >= 0.98, (recall, precision)


def test_the_nineteenth_pass_second_round_holds_its_floors():
    # Written after the pass's first rules: page tops (32), blind title / source / published
    # 1.0 / 1.0 / 1.0, and so after
    share = _page_top_scores("page_tops_32", "page_tops_32_answers.tsv", _squash)
    assert share["title"] >= 0.98 and share["source"] >= 0.98, share
    # 30 whole pages: a random sample (yj) and documents dense with numbers (yk: 述职, bulletins,
    # inspection feedback, a government work report, a yearbook), blind by the evaluator: key
    # metrics 0.993 / 0.968 and 0.912 / 0.947; after 0.993 / 0.968 and 0.949 / 0.962 (a class
    # named alone or with its total, then counts that say only when and how; the parts of the
    # poor after 其中; the households a cadre or an inspection visited; a part of a sum the
    # clause before set up; numbers set apart by spaces after an ASCII comma; a portal's table
    # that names its document between bars). yk's reader counts the rest of the poor to be
    # lifted by a plan as lifted, where the dev gold counts them poor. Matched here on value.
    reports = _whole_reports(SETS / "whole_reports_20")
    recall, precision = _key_scores_of((text, rows) for _, text, rows, _ in reports)
    assert recall >= 0.96 and precision >= 0.96, (recall, precision)
    right = _fields_right(reports)
    assert right["title"] >= 28 and right["source"] >= 29 and right["published"] == 30, right
    # 20 pages of slogans in real density (ts, 106 rows), blind (scored with the pass's first
    # code) 0.951 / 0.97; after 0.961 / 1.0 (a folkways motto before 新民风建设, 三变 unquoted,
    # the titles of a choosing, what the people often say)
    recall, precision = _slogan_share("slogan_pages_22", "ts_slogans.csv")
    assert recall >= 0.95 and precision >= 0.99, (recall, precision)


def test_the_nineteenth_pass_third_round_holds_its_floors():
    # Written after the second round's rules: page tops (33), blind title / source / published
    # 0.96 / 0.94 / 0.96; after 0.98 / 1.0 / 0.98 (adult spam words, a periodical's edition, a
    # lost indent's question marks before a dateline)
    share = _page_top_scores("page_tops_33", "page_tops_33_answers.tsv", _squash)
    assert share["title"] >= 0.96 and share["source"] >= 0.98, share
    # 30 whole pages: documents dense with numbers of other kinds (yl: 驻村工作队 summaries,
    # East-West pairing, 考核 scores, 人大 and 政协 inspections, an exit 公示, a 工作简报) and a
    # random sample (ym), blind by the evaluator: key metrics 0.935 / 0.939 and 0.988 / 0.975;
    # after 0.972 / 0.981 and 0.988 / 0.975 (households screened or checked, those to be lifted
    # set up before their kinds, 全乡 between a noun and its count, a rebate as
    # income, joint issuers over a 关于 line). Matched here on value alone.
    reports = _whole_reports(SETS / "whole_reports_21")
    recall, precision = _key_scores_of((text, rows) for _, text, rows, _ in reports)
    assert recall >= 0.97 and precision >= 0.97, (recall, precision)
    right = _fields_right(reports)
    assert right["title"] >= 28 and right["source"] >= 29 and right["published"] == 30, right
    # 20 pages of slogans (tt, 64 rows), blind 0.933 / 0.982; after 0.933 / 1.0 (an honour's list
    # a person is chosen into)
    recall, precision = _slogan_share("slogan_pages_23", "tt_slogans.csv")
    assert recall >= 0.93 and precision >= 0.99, (recall, precision)


def test_the_twentieth_pass_blind_sets_hold_their_floors():
    # Written before any rule of the twentieth pass: page tops as a crawl's random sample (34)
    # and from platforms other than portals (35: self-media accounts, 学习强国, document
    # libraries, forums), blind title / source 0.96 / 0.90 and 0.88 / 0.90; after 0.98 / 0.92
    # and 0.98 / 0.94 (adult spam fragments, a quoted account before its kind, a font button
    # with a counter, a document library's file name, a forum's numbered poster, a headline
    # glued to its time and 来源, an account alone after its posting time)
    for name, title, source in (("page_tops_34", 0.98, 0.92), ("page_tops_35", 0.98, 0.94)):
        got = _page_top_scores(name, f"{name}_answers.tsv", _squash)
        assert got["title"] >= title and got["source"] >= source, (name, got)
    # 30 whole pages: a random sample (yn) and pages whose place is the hard part (yo), blind by
    # the evaluator: key metrics 0.994 / 0.975 and 0.913 / 0.95; after 0.994 / 0.975 and 0.976 /
    # 0.953 (a flattened table on one line, an SEO run of places searched for news and weather,
    # a month without its year, a closing source with the day it printed). Matched on value.
    reports = _whole_reports(SETS / "whole_reports_22")
    recall, precision = _key_scores_of((text, rows) for _, text, rows, _ in reports)
    assert recall >= 0.98 and precision >= 0.96, (recall, precision)
    right = _fields_right(reports)
    assert right["title"] >= 29 and right["source"] == right["published"] == 30, right
    # 40 pages of slogans in real density (tu, 80 rows) and in official documents (tv, 167
    # rows), blind 0.933 / 0.946 and 0.955 / 0.938; after 0.96 / 0.947 and 0.981 / 0.963 (a
    # PDF's space inside a quotation, a province's own campaign names, a grade of stars, a
    # system's common name)
    recall, precision = _slogan_share("slogan_pages_24", "tu_slogans.csv")
    assert recall >= 0.95 and precision >= 0.94, (recall, precision)
    recall, precision = _slogan_share("slogan_pages_25", "tv_slogans.csv")
    assert recall >= 0.97 and precision >= 0.96, (recall, precision)


def test_the_twentieth_pass_second_round_holds_its_floors():
    # Written after the first round's rules: page tops as a random sample (36) and pages hard to
    # cut (37), blind 0.96 / 1.0 and 0.84 / 0.84; after 0.98 / 1.0 and 0.96 / 0.90 (a forum's
    # trail, a masthead with its app's button, a portal's table of fields, a headline broken
    # inside its quotation, a trail glued to the headline after 正文, an app before a dateline)
    for name, title, source in (("page_tops_36", 0.98, 1.0), ("page_tops_37", 0.96, 0.9)):
        got = _page_top_scores(name, f"{name}_answers.tsv", _squash)
        assert got["title"] >= title and got["source"] >= source, (name, got)
    # 30 whole pages: stories and features (yp) and a random sample (yq), blind 0.939 / 0.954
    # and 0.981 / 0.946 (yp scored with the pass's starting code, yq with its first round's)
    reports = _whole_reports(SETS / "whole_reports_23")
    recall, precision = _key_scores_of((text, rows) for _, text, rows, _ in reports)
    assert recall >= 0.96 and precision >= 0.95, (recall, precision)
    # 30 whole pages: documents dense with numbers (yr) and dates and periods (ys), blind 0.922 /
    # 0.959 and 0.959 / 0.976; after 0.965 / 0.961 and 0.971 / 0.988 (the persons a register's
    # households involve, its parts after a share or listed by 、, levels inside a relative
    # clause, Jiangsu's 达标, the rest who must still be lifted, a run of sums by who gave them)
    # (0.96 since the twenty-second pass: the rest not yet lifted that a plan will lift,
    # 确保剩余未脱贫的…全部达到脱贫标准, is poor for the build, as for the dev gold and `vk`'s
    # reader, and lifted for `ys`'s)
    reports = _whole_reports(SETS / "whole_reports_24")
    recall, precision = _key_scores_of((text, rows) for _, text, rows, _ in reports)
    assert recall >= 0.96 and precision >= 0.96, (recall, precision)
    # 40 pages of slogans, random (tw, 87 rows) and in stories (tx, 88 rows), blind 0.926 /
    # 0.949 and 0.919 / 0.919; after 0.938 / 0.987 and 0.919 / 0.952 (numerals inside a word,
    # a building by its floors, a nickname given with 把…叫作, a speaker's words in his sentence)
    recall, precision = _slogan_share("slogan_pages_26", "tw_slogans.csv")
    assert recall >= 0.93 and precision >= 0.98, (recall, precision)
    recall, precision = _slogan_share("slogan_pages_27", "tx_slogans.csv")
    assert recall >= 0.91 and precision >= 0.95, (recall, precision)


def test_the_twentieth_pass_third_round_holds_its_floors():
    # Written after the second round's rules: page tops as a random sample (38) and from other
    # platforms (39), blind 0.94 / 0.96 and 0.90 / 0.84; after 0.98 / 0.98 and 1.0 / 0.90
    for name, title, source in (("page_tops_38", 0.98, 0.98), ("page_tops_39", 1.0, 0.9)):
        got = _page_top_scores(name, f"{name}_answers.tsv", _squash)
        assert got["title"] >= title and got["source"] >= source, (name, got)
    # 30 whole pages: a random sample (yt) and documents dense with numbers (yu), blind 1.0 /
    # 0.974 and 0.892 / 0.931 (a table with its cells' bars, villages not yet out, villages that
    # shed their weak status after the class and its total)
    reports = _whole_reports(SETS / "whole_reports_25")
    recall, precision = _key_scores_of((text, rows) for _, text, rows, _ in reports)
    assert recall >= 0.97 and precision >= 0.95, (recall, precision)
    # 40 pages of slogans, random (ty, 67 rows) and in official documents (tz, 157 rows), blind
    # 0.968 / 0.968 and 0.965 / 0.971
    recall, precision = _slogan_share("slogan_pages_28", "ty_slogans.csv")
    assert recall >= 0.98 and precision >= 0.99, (recall, precision)
    recall, precision = _slogan_share("slogan_pages_29", "tz_slogans.csv")
    assert recall >= 0.96 and precision >= 0.97, (recall, precision)


def test_the_twenty_first_pass_blind_sets_hold_their_floors():
    # Page tops written before the rules made from them, in five rounds: random samples (40,
    # 43, 45, 47, 49), outlets hard to name (41, 51), county and prefecture portals with their
    # flattened menus and tables of properties (42), e-papers and national media (44), pages hard
    # to cut (46, 50), platforms other than portals (48). Blind title / source: 0.86 / 0.92, 0.96
    # / 0.82, 0.76 / 0.94, 0.98 / 0.94, 0.94 / 0.96, 0.98 / 0.98, 0.92 / 0.90, 0.94 / 0.96, 0.88 /
    # 0.88, 0.98 / 1.0, 0.94 / 0.84 and 0.96 / 0.90; after as asserted (a few answers are
    # reader conventions the build does not follow: the paper a repost first printed in, a
    # page's own site as its outlet).
    floors = {
        "page_tops_40": (0.98, 0.94),
        "page_tops_41": (1.0, 0.88),
        "page_tops_42": (1.0, 0.94),
        "page_tops_43": (0.98, 0.96),
        "page_tops_44": (0.98, 0.96),
        "page_tops_45": (1.0, 0.98),
        "page_tops_46": (1.0, 0.96),
        "page_tops_47": (0.96, 0.98),
        "page_tops_48": (0.96, 0.92),
        "page_tops_49": (1.0, 1.0),
        "page_tops_50": (1.0, 0.9),
        "page_tops_51": (0.98, 0.94),
    }
    for name, (title, source) in floors.items():
        got = _page_top_scores(name, f"{name}_answers.tsv", _squash)
        assert got["title"] >= title and got["source"] >= source, (name, got)


def test_the_twenty_first_pass_whole_pages_hold_their_floors():
    # 135 whole pages, each set scored blind by the evaluator with the code of its moment: a
    # random sample (yv: key 0.983 / 0.972) and what each number counts (yw: 0.931 / 0.958);
    # a random sample (yx: 0.968 / 1.0) and dates (yy: 0.965 / 0.98); stories told through money
    # (yz: 0.917 / 0.941); a random sample (va: 0.994 / 0.994) and the report's place (vb: 0.978 /
    # 0.978); a random sample (vc: 0.972 / 0.979) and dates (vd: 0.969 / 0.969); a random sample
    # (ve: 0.988 / 0.96). Matched on value here, as the other floors are.
    for name, recall_floor, precision_floor, titles in (
        ("whole_reports_26", 0.95, 0.96, 30),
        ("whole_reports_27", 0.96, 0.98, 29),
        ("whole_reports_28", 0.91, 0.94, 14),
        ("whole_reports_29", 0.98, 0.98, 30),
        ("whole_reports_30", 0.97, 0.97, 28),
        ("whole_reports_31", 0.98, 0.95, 15),
    ):
        reports = _whole_reports(SETS / name)
        recall, precision = _key_scores_of((text, rows) for _, text, rows, _ in reports)
        assert recall >= recall_floor and precision >= precision_floor, (name, recall, precision)
        assert _fields_right(reports)["title"] >= titles, name


def test_the_twenty_first_pass_slogan_pages_hold_their_floors():
    # 240 pages of slogans, blind recall / precision: random (ua 0.961 / 0.952, ud 0.952 /
    # 0.975, uf 0.933 / 0.965, uh 0.943 / 0.971, uj 0.953 / 0.964), official documents (ub 0.96 /
    # 0.96, ui 0.963 / 0.978, ul 0.948 / 1.0), stories (uc 0.953 / 0.942, uk 0.954 / 0.912),
    # county news (ue 0.961 / 0.904), national media (ug 0.961 / 0.98); after: a rounded
    # amount, a fault found in some, a behaviour said to fade, a product's brand, a formula cut
    # before the verb it serves, quotes inside a speaker's words
    for folder, prefix, recall_floor, precision_floor in (
        ("slogan_pages_30", "ua", 0.96, 0.97),
        ("slogan_pages_31", "ub", 0.96, 0.97),
        ("slogan_pages_32", "uc", 0.95, 0.96),
        ("slogan_pages_33", "ud", 0.96, 0.98),
        ("slogan_pages_34", "ue", 0.96, 0.96),
        ("slogan_pages_35", "uf", 0.94, 0.98),
        ("slogan_pages_36", "ug", 0.96, 0.98),
        ("slogan_pages_37", "uh", 0.94, 0.99),
        ("slogan_pages_38", "ui", 0.96, 0.99),
        ("slogan_pages_39", "uj", 0.95, 0.97),
        ("slogan_pages_40", "uk", 0.95, 0.94),
        ("slogan_pages_41", "ul", 0.94, 1.0),
    ):
        recall, precision = _slogan_share(folder, f"{prefix}_slogans.csv")
        assert recall >= recall_floor and precision >= precision_floor, (folder, recall, precision)


def test_the_twenty_second_pass_blind_sets_hold_their_floors():
    # Page tops written before the rules made from them, in two rounds: a random sample (52),
    # headlines hard to cut (53), outlets hard to name (54); a random sample (55) and platforms
    # other than portals (56). Blind title / source: 0.92 / 0.94, 0.78 / 1.0, 1.0 / 0.86, 0.96 /
    # 0.98 and 0.92 / 0.86; after as asserted (a page number a reader cut, a page's own site, a
    # document library's upload date are reader conventions the build does not follow).
    floors = {
        "page_tops_52": (0.98, 0.96),
        "page_tops_53": (0.94, 1.0),
        "page_tops_54": (1.0, 0.94),
        "page_tops_55": (0.94, 0.98),
        "page_tops_56": (0.96, 0.9),
        # the third round: a random sample (57: blind 0.92 / 0.94) and headlines hard to cut
        # (58: 0.90 / 0.96)
        "page_tops_57": (0.98, 0.96),
        "page_tops_58": (1.0, 0.98),
        # the fourth round: a random sample (59: 0.92 / 0.92) and outlets hard to name (60: 1.0 /
        # 0.94)
        "page_tops_59": (0.98, 0.92),
        "page_tops_60": (1.0, 0.94),
    }
    for name, (title, source) in floors.items():
        got = _page_top_scores(name, f"{name}_answers.tsv", _squash)
        assert got["title"] >= title and got["source"] >= source, (name, got)


def test_the_twenty_second_pass_whole_pages_hold_their_floors():
    # 90 whole pages, each set scored blind by the evaluator with the code of its moment: a
    # random sample (vf: key 0.995 / 0.963), what each number counts (vg: 0.937 / 0.906), a
    # random sample (vh: 0.947 / 0.947) and dates (vi: 0.957 / 0.963). Matched on value here.
    for name, recall_floor, precision_floor, titles in (
        ("whole_reports_32", 0.99, 0.96, 15),
        ("whole_reports_33", 0.97, 0.91, 14),
        ("whole_reports_34", 0.95, 0.94, 15),
        # (0.95: the twenty-fourth pass reads "一亩地纯收入也就200来块" as a figure, income as the
        # seeds' gold counts a return per mu; this set's reader, following gold/README's "per-unit
        # rates are other", did not)
        ("whole_reports_35", 0.95, 0.95, 14),
        # the third round: a random sample (vj: 0.974 / 0.919)
        ("whole_reports_36", 0.97, 0.91, 15),
        # the fourth round: a random sample (vk: 0.933 / 0.939) and what each number counts (vl:
        # 0.931 / 0.945)
        ("whole_reports_37", 0.95, 0.96, 14),
        ("whole_reports_38", 0.95, 0.94, 14),
    ):
        reports = _whole_reports(SETS / name)
        recall, precision = _key_scores_of((text, rows) for _, text, rows, _ in reports)
        assert recall >= recall_floor and precision >= precision_floor, (name, recall, precision)
        assert _fields_right(reports)["title"] >= titles, name


def test_the_twenty_second_pass_slogan_pages_hold_their_floors():
    # 160 pages of slogans, blind recall / precision: random (um 0.974 / 0.987), county news
    # (un 0.842 / 0.97), official documents (uo 0.947 / 0.993), random (up 0.967 / 0.952),
    # stories (uq 0.953 / 0.931); after: a party-building brand, a numbered programme, a
    # campaign of days, a festival's day, a medal, a question, a saying on everyone's lips
    for folder, prefix, recall_floor, precision_floor in (
        ("slogan_pages_42", "um", 0.97, 0.99),
        ("slogan_pages_43", "un", 0.88, 0.99),
        ("slogan_pages_44", "uo", 0.96, 0.99),
        ("slogan_pages_45", "up", 0.96, 0.99),
        ("slogan_pages_46", "uq", 0.95, 0.98),
        # the third round: official documents (ur 0.917 / 0.957)
        ("slogan_pages_47", "ur", 0.93, 0.97),
        # the fourth round: random (us 1.0 / 0.971) and county news (ut 0.94 / 0.926)
        ("slogan_pages_48", "us", 0.99, 0.98),
        ("slogan_pages_49", "ut", 0.94, 0.92),
    ):
        recall, precision = _slogan_share(folder, f"{prefix}_slogans.csv")
        assert recall >= recall_floor and precision >= precision_floor, (folder, recall, precision)


def test_the_twenty_third_pass_blind_sets_hold_their_floors():
    # Page tops written before the rules made from them, in three rounds: a random sample (61:
    # blind title / source 0.90 / 0.92), pages whose layout the scraper mangled (62: 0.72 /
    # 0.92), older portals' bylines (63: 1.0 / 0.94); a random sample (64: 0.96 / 0.94) and
    # platforms and reposts (65: 0.84 / 0.92); two random samples (66: 0.94 / 0.96, 67: 0.92 /
    # 0.92). After, as asserted (本站 named as the source and a 来源 over its 原载 are reader
    # conventions the build does not follow).
    floors = {
        "page_tops_61": (1.0, 1.0),
        "page_tops_62": (0.96, 0.98),
        "page_tops_63": (1.0, 0.96),
        "page_tops_64": (0.98, 0.98),
        "page_tops_65": (0.96, 0.98),
        "page_tops_66": (0.98, 0.96),
        "page_tops_67": (1.0, 0.96),
    }
    for name, (title, source) in floors.items():
        got = _page_top_scores(name, f"{name}_answers.tsv", _squash)
        assert got["title"] >= title and got["source"] >= source, (name, got)


def test_the_twenty_third_pass_whole_pages_hold_their_floors():
    # 120 whole pages, each set scored blind by the evaluator with the code of its moment: a
    # random sample (vm: key 0.968 / 0.968), numbers a researcher quotes (vn: 0.942 / 0.961),
    # official texts (vo: 0.967 / 0.912); a random sample (vp: 0.952 / 0.946), lists by place and
    # the rest of them (vq: 0.928 / 0.944), dates (vr: 0.995 / 0.945); two random samples (vs:
    # 0.969 / 0.969, vt: 1.0 / 0.952). Matched on value here.
    for name, recall_floor, precision_floor, titles in (
        ("whole_reports_39", 0.96, 0.96, 14),
        ("whole_reports_40", 0.97, 0.96, 15),
        ("whole_reports_41", 0.97, 0.91, 14),
        ("whole_reports_42", 0.95, 0.94, 15),
        ("whole_reports_43", 0.96, 0.94, 14),
        ("whole_reports_44", 0.99, 0.94, 15),
        ("whole_reports_45", 0.96, 0.96, 15),
        ("whole_reports_46", 0.99, 0.95, 15),
    ):
        reports = _whole_reports(SETS / name)
        recall, precision = _key_scores_of((text, rows) for _, text, rows, _ in reports)
        assert recall >= recall_floor and precision >= precision_floor, (name, recall, precision)
        assert _fields_right(reports)["title"] >= titles, name


def test_the_twenty_third_pass_slogan_pages_hold_their_floors():
    # 120 pages of slogans, blind recall / precision: random (uu 1.0 / 0.959), the campaign's
    # early years (uv 0.965 / 0.988); random (uw 0.987 / 1.0), official texts and speeches (ux
    # 0.945 / 0.958); random (uy 0.983 / 0.983), everyday county news (uz 0.897 / 0.953)
    for folder, prefix, recall_floor, precision_floor in (
        ("slogan_pages_50", "uu", 0.99, 0.94),
        ("slogan_pages_51", "uv", 0.97, 0.99),
        ("slogan_pages_52", "uw", 0.98, 0.99),
        ("slogan_pages_53", "ux", 0.95, 0.97),
        ("slogan_pages_54", "uy", 0.98, 0.99),
        ("slogan_pages_55", "uz", 0.92, 0.95),
    ):
        recall, precision = _slogan_share(folder, f"{prefix}_slogans.csv")
        assert recall >= recall_floor and precision >= precision_floor, (folder, recall, precision)


def test_the_twenty_fourth_pass_blind_sets_hold_their_floors():
    # Page tops written before the rules made from them, in three rounds: two random samples
    # (68: blind title / source 0.94 / 0.98, 69: 0.96 / 0.92) and headlines and outlets hard
    # to cut (70: 0.86 / 0.92); a random sample (71: 0.94 / 0.98) and platforms and reposts (72:
    # 0.78 / 0.86); a random sample (73: 0.94 / 0.94). After, as asserted (a place kicker on the
    # headline's line, 本站 named as the source and an e-paper's 引题 over its headline are
    # reader conventions the build does not follow).
    floors = {
        "page_tops_68": (0.98, 0.98),
        "page_tops_69": (0.96, 0.96),
        "page_tops_70": (0.90, 0.94),
        "page_tops_71": (1.0, 0.98),
        "page_tops_72": (0.90, 0.92),
        "page_tops_73": (0.98, 0.94),
    }
    for name, (title, source) in floors.items():
        got = _page_top_scores(name, f"{name}_answers.tsv", _squash)
        assert got["title"] >= title and got["source"] >= source, (name, got)


def test_the_twenty_fourth_pass_whole_pages_hold_their_floors():
    # 90 whole pages, each set scored blind by the evaluator with the code of its moment: two
    # random samples (vu: key 0.986 / 0.972, vv: 0.964 / 0.964) and what each number counts (vw:
    # 0.913 / 0.884); a random sample (vx: 0.986 / 0.96) and the numbers a researcher quotes (vy:
    # 0.938 / 0.977); a random sample (vz: 0.988 / 0.953). Matched on value here.
    for name, recall_floor, precision_floor, titles in (
        ("whole_reports_47", 0.98, 0.97, 15),
        ("whole_reports_48", 0.96, 0.96, 14),
        ("whole_reports_49", 0.93, 0.88, 15),
        ("whole_reports_50", 0.99, 0.96, 14),
        ("whole_reports_51", 0.95, 0.97, 12),
        ("whole_reports_52", 0.98, 0.95, 15),
    ):
        reports = _whole_reports(SETS / name)
        recall, precision = _key_scores_of((text, rows) for _, text, rows, _ in reports)
        assert recall >= recall_floor and precision >= precision_floor, (name, recall, precision)
        assert _fields_right(reports)["title"] >= titles, name


def test_the_twenty_fourth_pass_slogan_pages_hold_their_floors():
    # 100 pages of slogans, blind recall / precision: two random samples (wa 0.937 / 0.983, wb
    # 0.96 / 0.96); a random sample (wc 0.985 / 0.956) and official texts (wd 0.928 / 0.943); a
    # random sample (we 0.985 / 0.985)
    for folder, prefix, recall_floor, precision_floor in (
        ("slogan_pages_56", "wa", 0.93, 0.98),
        ("slogan_pages_57", "wb", 0.98, 0.98),
        ("slogan_pages_58", "wc", 0.98, 0.95),
        ("slogan_pages_59", "wd", 0.93, 0.94),
        ("slogan_pages_60", "we", 0.98, 0.97),
    ):
        recall, precision = _slogan_share(folder, f"{prefix}_slogans.csv")
        assert recall >= recall_floor and precision >= precision_floor, (folder, recall, precision)


def _twins_hold_their_floors(*sets) -> None:
    """Each twin set's key metrics, titles and slogans at or above its floors: rows of (folder,
    answers' prefix, (key recall, key precision), (slogan recall, slogan precision), titles)."""
    for name, prefix, key_floors, slogan_floors, titles in sets:
        reports = _whole_reports(SETS / name)
        recall, precision = _key_scores_of((text, rows) for _, text, rows, _ in reports)
        assert recall >= key_floors[0] and precision >= key_floors[1], (name, recall, precision)
        assert _fields_right(reports)["title"] >= titles, name
        recall, precision = _slogan_share(name, f"{prefix}_slogans.csv")
        assert recall >= slogan_floors[0] and precision >= slogan_floors[1], name


def test_the_twenty_fifth_pass_structural_twins_hold_their_floors():
    # 77 structural twins (whole_reports_53-62): each a page written with the layout and the
    # kinds of difficulty of one page whose answers we have (dev d01-h12, 40 of the real pages,
    # the seeds), and none of its words, names or numbers, by readers who saw neither the code
    # nor its output. A gap between a template's score and its twin's shows a rule that learned
    # words, not a phenomenon. Blind key metrics / slogans (evaluator): za 0.946 / 0.964,
    # 0.952 / 1.0; zb 0.941 / 1.0, 0.955 / 0.913; zc 0.949 / 1.0, 0.935 / 0.853; zd 1.0 / 1.0,
    # 0.938 / 1.0; ze 1.0 / 1.0, 0.917 / 0.846; zf 1.0 / 0.929, 0.875 / 1.0; zg 1.0 / 1.0,
    # 0.667 / 0.909; zh 0.758 / 1.0, 0.692 / 0.9; zi 0.941 / 1.0, 0.913 / 0.955; zj (the seeds'
    # twins) 0.962 / 0.962, 0.901 / 0.924. Matched on value here; a twin's reader followed its
    # template's calls where the conventions leave room (a quoted folk saying kept as a slogan,
    # a year carried from the sentence before), which the build does not follow.
    _twins_hold_their_floors(
        ("whole_reports_53", "za", (0.94, 0.96), (0.95, 1.0), 8),
        ("whole_reports_54", "zb", (0.98, 1.0), (1.0, 1.0), 8),
        ("whole_reports_55", "zc", (1.0, 1.0), (0.93, 0.87), 7),
        ("whole_reports_56", "zd", (1.0, 1.0), (0.93, 1.0), 8),
        ("whole_reports_57", "ze", (1.0, 1.0), (0.91, 0.78), 8),
        ("whole_reports_58", "zf", (1.0, 0.92), (0.87, 1.0), 8),
        ("whole_reports_59", "zg", (1.0, 1.0), (0.73, 1.0), 8),
        ("whole_reports_60", "zh", (0.84, 1.0), (0.69, 0.9), 6),
        ("whole_reports_61", "zi", (0.94, 1.0), (0.91, 0.95), 8),
        ("whole_reports_62", "zj", (0.96, 0.96), (0.92, 0.93), 5),
    )


def test_the_twenty_sixth_pass_structural_twins_hold_their_floors():
    # 64 structural twins of 64 more real pages with answers (whole_reports_63-70), by eight
    # readers who saw neither the code nor its output. Blind key metrics / slogans / titles
    # right (evaluator): zk 0.926 / 0.962, 0.667 / 1.0, 7 of 8; zl 0.938 / 0.882, 0.75 / 1.0,
    # 7; zm 0.931 / 1.0, 0.929 / 1.0, 8; zn 1.0 / 1.0, 0.765 / 0.722, 8; zo 0.9 / 1.0,
    # 0.895 / 0.81, 5; zp 0.92 / 0.92, 0.8 / 1.0, 8; zq 1.0 / 1.0, 0.818 / 0.9, 6; zr 1.0 / 1.0,
    # 0.75 / 0.818, 7. Matched on value here. Where a template's own answer was a judgement (a
    # multi-page article's 【2】 cut, a gallery's (图) kept), its twin's reader followed it.
    _twins_hold_their_floors(
        ("whole_reports_63", "zk", (0.96, 0.96), (0.66, 0.85), 7),
        ("whole_reports_64", "zl", (1.0, 0.88), (0.75, 1.0), 7),
        ("whole_reports_65", "zm", (0.93, 1.0), (0.92, 1.0), 8),
        ("whole_reports_66", "zn", (1.0, 1.0), (0.76, 0.86), 7),
        ("whole_reports_67", "zo", (0.95, 1.0), (0.89, 0.8), 6),
        ("whole_reports_68", "zp", (0.96, 0.92), (0.86, 1.0), 8),
        ("whole_reports_69", "zq", (1.0, 1.0), (0.81, 0.9), 7),
        ("whole_reports_70", "zr", (1.0, 1.0), (0.75, 0.81), 8),
    )


def test_the_twenty_sixth_pass_second_round_twins_hold_their_floors():
    # 64 twins of 64 further real pages (whole_reports_71-78), written while the first round's
    # rules were made and scored against them. Blind key metrics / slogans / titles right
    # (evaluator): zs 0.914 / 0.97, 0.867 / 1.0, 8 of 8; zt 0.926 / 1.0, 0.571 / 0.8, 8;
    # zu 1.0 / 0.857, 0.882 / 0.938, 8; zv 1.0 / 0.95, 0.667 / 0.8, 8; zw 0.75 / 0.923,
    # 0.947 / 0.947, 6; zx 1.0 / 0.958, 0.875 / 1.0, 7; zy 0.818 / 0.9, 1.0 / 1.0, 7;
    # zz 1.0 / 1.0, 0.867 / 0.929, 8. Matched on value here. zx04's township (康杨镇) is written
    # otherwise in the gazetteer (康扬镇), so its place cannot be found.
    _twins_hold_their_floors(
        ("whole_reports_71", "zs", (0.97, 1.0), (0.86, 1.0), 8),
        ("whole_reports_72", "zt", (0.96, 1.0), (0.57, 1.0), 8),
        ("whole_reports_73", "zu", (1.0, 0.85), (0.88, 0.93), 8),
        ("whole_reports_74", "zv", (1.0, 0.95), (0.66, 0.57), 8),
        ("whole_reports_75", "zw", (0.93, 0.93), (0.94, 0.94), 7),
        ("whole_reports_76", "zx", (1.0, 0.95), (0.87, 1.0), 7),
        ("whole_reports_77", "zy", (0.81, 0.9), (1.0, 1.0), 7),
        ("whole_reports_78", "zz", (1.0, 1.0), (0.86, 0.92), 8),
    )


def test_the_twenty_sixth_pass_third_round_twins_hold_their_floors():
    # 64 twins of the 64 real pages no twin had followed yet (whole_reports_79-86), written
    # after the second round's rules and scored against them. Blind county / key metrics /
    # slogans / titles right (evaluator): wf 0.875, 0.833 / 0.952, 0.8 / 1.0, 7 of 8; wg 0.875,
    # 0.941 / 1.0, 0.625 / 1.0, 8; wh 1.0, 0.889 / 1.0, 0.75 / 0.789, 8; wi 1.0, 1.0 / 0.909,
    # 0.667 / 1.0, 8; wj 1.0, 0.833 / 0.882, 0.714 / 1.0, 8; wk 1.0, 1.0 / 0.909, 0.762 / 0.889,
    # 7; wl 1.0, 0.923 / 1.0, 0.875 / 1.0, 8; wm 1.0, 0.931 / 1.0, 0.85 / 1.0, 6. Matched on
    # value here.
    _twins_hold_their_floors(
        ("whole_reports_79", "wf", (0.83, 0.95), (0.8, 0.8), 8),
        ("whole_reports_80", "wg", (0.94, 1.0), (0.62, 0.83), 8),
        ("whole_reports_81", "wh", (0.88, 1.0), (0.75, 0.75), 7),
        ("whole_reports_82", "wi", (1.0, 0.9), (0.66, 1.0), 8),
        ("whole_reports_83", "wj", (0.83, 0.88), (0.71, 1.0), 8),
        ("whole_reports_84", "wk", (1.0, 0.9), (0.76, 0.88), 8),
        ("whole_reports_85", "wl", (0.92, 1.0), (0.87, 1.0), 7),
        ("whole_reports_86", "wm", (0.93, 1.0), (0.85, 1.0), 7),
    )


def test_the_twenty_sixth_pass_dev_and_seed_twins_hold_their_floors():
    # A second twin of each dev page and seed, by five more readers (whole_reports_87-91),
    # written after the pass's rules and scored against them. Blind key metrics / slogans
    # (evaluator): wn 0.947 / 0.947, 0.952 / 1.0; wo 0.863 / 0.957, 0.909 / 1.0; wp 0.966 /
    # 0.983, 0.935 / 0.935; wq 1.0 / 0.976, 0.938 / 1.0; wr (the seeds') 0.987 / 0.987,
    # 0.951 / 0.929; every title right (evaluator). Matched on value here.
    _twins_hold_their_floors(
        ("whole_reports_87", "wn", (0.94, 0.94), (0.95, 1.0), 8),
        ("whole_reports_88", "wo", (0.94, 1.0), (0.9, 1.0), 8),
        ("whole_reports_89", "wp", (0.96, 0.98), (0.93, 0.93), 7),
        ("whole_reports_90", "wq", (1.0, 0.97), (0.93, 1.0), 8),
        ("whole_reports_91", "wr", (0.98, 0.98), (0.95, 0.92), 5),
    )
