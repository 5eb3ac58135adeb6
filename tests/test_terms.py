"""Vocabulary: domain words stay whole, stop words go, the fast segmenter agrees with jieba."""

from __future__ import annotations

from helpers.extract.records import Section, Slogan
from helpers.extract.vocabulary.terms import count_terms, segment, tokens


def test_domain_words_and_place_names_stay_whole():
    words = tokens("甘肃省会宁县驻村工作队帮助建档立卡贫困户发展村集体经济")
    assert {"会宁县", "驻村工作队", "建档立卡", "贫困户", "村集体经济"} <= set(words)


def test_stop_words_numbers_and_single_characters_are_dropped():
    words = tokens("我们的村里有120户，并且已经全部脱贫了。")
    assert "我们" not in words and "120" not in words and "的" not in words and "脱贫" in words


def test_rjieba_agrees_with_jieba_on_almost_every_span():
    text = (
        "河北省邯郸市魏县沙口集乡党委坚持党建引领，发展家庭手工业，带动贫困户脱贫致富。"
        "县财政投入扶贫资金，建设扶贫车间，驻村工作队和第一书记帮助群众增收。"
    ) * 5

    def spans(words):
        out, i = set(), 0
        for w in words:
            out.add((i, i + len(w)))
            i += len(w)
        return out

    a, b = spans(segment(text, "rjieba")), spans(segment(text, "jieba"))
    assert len(a & b) / len(a | b) >= 0.95


def test_slogans_count_as_one_term_each():
    text = "坚持“三会一课”制度，推行“党支部+合作社”模式。"
    slogans = [
        Slogan("r", 0, "三会一课", "numbered", "“三会一课”", 2, 8),
        Slogan("r", 0, "党支部+合作社", "formula", "“党支部+合作社”", 13, 22),
    ]
    counts = {
        t.term: t.count
        for t in count_terms(
            "r", text, [Section("r", 0, "", "", "", "", "", 0, len(text))], slogans
        )
    }
    assert (
        counts["三会一课"] == 1
        and counts["党支部+合作社"] == 1
        and counts["制度"] == 1
        and counts["推行"] == 1
    )


def test_a_reports_counts_are_columns_in_section_then_term_order():
    # two sections; 脱贫 twice in the second. Rows: section by section, terms in code-point order
    text = "发展产业增收\n巩固脱贫成果脱贫"
    sections = [
        Section("r9", 0, "", "", "", "", "", 0, 7),
        Section("r9", 1, "", "", "", "", "", 7, len(text)),
    ]
    counted = count_terms("r9", text, sections, [])
    assert counted.report_id == "r9"
    assert len(counted.section) == len(counted.term) == len(counted.count) == len(counted)
    rows = list(zip(counted.section, counted.term))
    assert rows == sorted(rows)  # sections ascending, and terms sorted within each
    by_row = {(s, t): n for s, t, n in zip(counted.section, counted.term, counted.count)}
    assert by_row[(1, "脱贫")] == 2 and by_row[(0, "产业")] == 1 and (0, "脱贫") not in by_row
    # iterated, the same rows as records, report_id in each
    assert [(r.report_id, r.section, r.term, r.count) for r in counted] == list(counted.rows())


def test_term_columns_join_reports_in_order_and_rows_read_back():
    from helpers.extract.records import TermCounts
    from helpers.store.tables import term_columns

    a = TermCounts("a", [0, 0, 1], ["产业", "扶贫", "脱贫"], [2, 1, 5])
    b = TermCounts("b", [3], ["党建"], [4])
    assert term_columns([a, TermCounts(), b]) == [
        ["a", "a", "a", "b"],
        [0, 0, 1, 3],
        ["产业", "扶贫", "脱贫", "党建"],
        [2, 1, 5, 4],
    ]
    assert TermCounts.from_rows(a.rows()) == a
    assert TermCounts.from_rows([]) == TermCounts() and not TermCounts()
