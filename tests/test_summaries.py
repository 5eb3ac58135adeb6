"""Summaries the notebooks show, on small invented tables with hand-counted answers."""

from __future__ import annotations

import pandas as pd

from helpers.analysis import summaries as S


def test_count_by_labels_missing_values_and_sorts_largest_first():
    frame = pd.DataFrame({"source": ["甲报", "", "甲报", "乙网", None]}, dtype="string")
    counted = S.count_by(frame, "source")
    assert counted.values.tolist() == [["(not stated)", 2], ["甲报", 2], ["乙网", 1]]


def test_quality_flags_count_reports_per_flag():
    reports = pd.DataFrame(
        {"quality": ["boilerplate_removed;mojibake", "boilerplate_removed", ""]}, dtype="string"
    )
    assert S.quality_flags(reports).values.tolist() == [
        ["boilerplate_removed", 2],
        ["mojibake", 1],
    ]


def test_reports_by_month_leaves_undated_reports_out():
    reports = pd.DataFrame(
        {"published_date": pd.to_datetime(["2019-03-01", "2019-03-20", None, "2020-01-05"])}
    )
    assert S.reports_by_month(reports).values.tolist() == [["2019-03", 2], ["2020-01", 1]]


def test_place_label_is_the_chain_down_to_the_level_or_empty():
    frame = pd.DataFrame(
        {
            "province": ["甲省", "甲省"],
            "prefecture": ["乙市", "乙市"],
            "county": ["丙县", ""],
            "township": ["", ""],
        },
        dtype="string",
    )
    assert S.place_label(frame, "county").tolist() == ["甲省 乙市 丙县", ""]


def test_place_label_joins_only_the_names_present():
    # a chain with a level missing in the middle (a county named without its prefecture) or at
    # the top: single spaces between the names present, nothing where one is missing
    frame = pd.DataFrame(
        {
            "province": ["云南省", "", "云南省", None],
            "prefecture": ["", "", "大理州", "大理州"],
            "county": ["宾川县", "宾川县", "宾川县", "宾川县"],
            "township": ["", "", "", "州城镇"],
        },
        dtype="string",
    )
    assert S.place_label(frame, "county").tolist() == [
        "云南省 宾川县",
        "宾川县",
        "云南省 大理州 宾川县",
        "大理州 宾川县",
    ]
    assert S.place_label(frame, "township").tolist() == ["", "", "", "大理州 宾川县 州城镇"]


def test_per_story_keeps_one_copy_of_each_story_and_its_rows():
    from helpers.store.io import Tables

    reports = pd.DataFrame(
        {"report_id": ["a", "b", "c"], "story_id": ["a", "a", "c"]}, dtype="string"
    )
    rows = pd.DataFrame({"report_id": ["a", "b", "b", "c"]}, dtype="string")
    tables = Tables(rows, reports, rows, rows, rows, rows, rows.iloc[:0])
    once = S.per_story(tables)
    assert once.reports["report_id"].tolist() == ["a", "c"]  # b reprints a
    assert once.figures["report_id"].tolist() == ["a", "c"]
    assert len(once.manifest) == 4  # every file stays accounted for


def test_coverage_by_province_by_hand():
    from helpers.store.io import Tables

    reports = pd.DataFrame(
        {
            "report_id": ["a", "b", "c", "d"],
            "province": ["甲省", "甲省", "乙省", ""],
            "county": ["某县", "", "另县", ""],
            "quality": ["mojibake", "", "", "boilerplate_removed"],
        },
        dtype="string",
    )
    figures = pd.DataFrame(
        {
            "report_id": ["a", "a", "a", "b", "c"],
            "figure_id": ["a#1", "a#2", "a#3", "b#1", "c#1"],
            "flags": ["suspect_fused", "", "rate", "implausible", ""],
        },
        dtype="string",
    )
    empty = reports.iloc[:0]
    got = S.coverage_by(Tables(empty, reports, empty, figures, empty, empty, empty), "province")
    got = got.set_index("province")
    # 甲省: 2 reports, one cleaning flag (1/2), one without county (1/2); 4 figures, 2 per
    # report, 2 doubtful (suspect_fused, implausible; a rate is not doubtful) -> 0.5.
    assert got.loc["甲省"].tolist() == [2, 0.5, 0.5, 4, 2.0, 0.5]
    assert got.loc["乙省"].tolist() == [1, 0.0, 0.0, 1, 1.0, 0.0]
    assert got.loc["(not stated)", "figures"] == 0  # a report with no figures still counts
    assert got.index.tolist()[0] == "甲省"  # most reports first


def test_places_overview_counts_reports_sections_and_figures_per_place_by_hand():
    from helpers.store.io import Tables

    def places(rows):  # (province, prefecture, county, township) per row
        return pd.DataFrame(rows, columns=S.LEVELS, dtype="string").assign(
            report_id=[f"r{i}" for i in range(len(rows))]
        )

    county = ("甲省", "乙市", "丙县", "")
    province_only = ("甲省", "", "", "")
    reports = places([county, province_only])
    sections = places([county, county, ("", "", "", "")])
    figures = places([county, county, county, province_only])
    empty = reports.iloc[:0]
    got = S.places_overview(Tables(empty, reports, sections, figures, empty, empty, empty))
    got = got.set_index("place")
    # At county level a place that stops at its province is labelled by the province; a row
    # with no place at all is "(place not stated)". Most figures first.
    assert got.index.tolist() == ["甲省 乙市 丙县", "甲省", "(place not stated)"]
    assert got.loc["甲省 乙市 丙县"].tolist() == [1, 2, 3]
    assert got.loc["甲省"].tolist() == [1, 0, 1]
    assert got.loc["(place not stated)"].tolist() == [0, 1, 0]


def test_slogan_counts_say_how_each_slogan_was_recognised():
    from helpers.analysis.summaries import slogan_counts

    slogans = pd.DataFrame(
        {
            "report_id": ["a", "b", "c", "c"],
            "slogan": ["村企联建", "村企联建", "三联三帮", "三联三帮"],
            "kind": ["quoted", "quoted", "numbered", "numbered"],
            "raw": ["“村企联建”", "“村企联建”", "三联三帮", "“三联三帮”"],
            "recognised_by": ["corpus", "context", "structure", "structure"],
        }
    )
    counts = slogan_counts(slogans).set_index("slogan")
    assert counts.loc["村企联建", "recognised_by"] == "context;corpus"
    assert counts.loc["三联三帮", ["mentions", "reports"]].tolist() == [2, 1]
    assert "recognised_by" not in slogan_counts(slogans.drop(columns="recognised_by"))
