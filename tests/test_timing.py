"""When a figure holds: as_of_year from stated years, relative expressions and the sentence before.

Every expected year below is worked out from the page date given with the text: 今年 is that
year, 去年 one before, 前年 two before; a range ends in its last year.
"""

from __future__ import annotations

import pytest

from helpers.extract.figures.extract import extract_figures
from helpers.extract.records import Section


def as_of(text: str, published: str = "2019-05-01") -> list[tuple[str, int | None, str]]:
    """(raw, as_of_year, year_source) of every figure of a one-section text."""
    section = Section("r", 0, "", "", "", "", "", 0, len(text))
    figures = extract_figures("r", text, [section], [], [], [""], published)
    return [(f.raw, f.as_of_year, f.year_source) for f in figures]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("今年全村脱贫35户。", [("35户", 2019, "relative")]),
        ("去年全村脱贫35户。", [("35户", 2018, "relative")]),
        ("前年全村脱贫35户。", [("35户", 2017, "relative")]),
        ("截至目前，全村还有贫困户12户。", [("12户", 2019, "relative")]),
        ("今年以来，全镇投入资金300万元。", [("300万元", 2019, "relative")]),
        ("上半年，全镇投入资金300万元。", [("300万元", 2019, "relative")]),
        # counted from a past year up to the report's day
        ("2014年以来，全县累计脱贫5200户。", [("5200户", 2019, "relative")]),
        ("自去年分红以来，合作社实现收入50万元。", [("50万元", 2019, "relative")]),
        # a range takes its end year
        ("2016年至2018年，全县累计脱贫5200户。", [("5200户", 2018, "stated")]),
        ("2016-2018年全县累计脱贫5200户。", [("5200户", 2018, "stated")]),
        # each clause its own year
        (
            "2017年脱贫120户，2018年脱贫96户。",
            [("120户", 2017, "stated"), ("96户", 2018, "stated")],
        ),
        # the year compared against is not the figure's year
        ("人均收入较2015年增长35%。", [("35%", None, "")]),
        # a later clause's year does not date an earlier figure
        ("全村有贫困户86户，2015年起实施易地搬迁。", [("86户", None, "")]),
        # vague: 近年来, 多年来
        ("近年来，全县投入资金1.2亿元。", [("1.2亿元", None, "")]),
    ],
)
def test_the_year_a_figure_describes(text, expected):
    assert as_of(text) == expected


def test_a_relative_expression_needs_a_date_the_page_states():
    assert as_of("今年全村脱贫35户。", published="") == [("35户", None, "")]
    # a stated year needs no page date
    assert as_of("2017年全村脱贫35户。", published="") == [("35户", 2017, "stated")]


def test_a_relative_year_carries_into_the_next_sentence_of_its_paragraph():
    text = "今年全镇脱贫120户。其中易地搬迁46户。\n新建道路12公里。"
    assert as_of(text) == [
        ("120户", 2019, "relative"),
        ("46户", 2019, "carried"),
        ("12公里", None, ""),  # a new paragraph: nothing carries
    ]


def test_a_stated_year_dates_only_its_own_sentence():
    assert as_of("2016年全村脱贫35户。新建道路12公里。") == [
        ("35户", 2016, "stated"),
        ("12公里", None, ""),
    ]


def test_present_state_words_do_not_carry():
    # "现有" is "existing" here, and it describes its own sentence only
    assert as_of("充分发挥现有工作队作用。全市组建工作队16个。") == [("16个", None, "")]


def test_as_of_now_carries_into_the_next_sentence_of_its_paragraph():
    # 目前 dates the state the paragraph goes on to describe (published 2019: see as_of)
    text = "目前，全县在外务工群众有1.2万人。县里在务工地建立流动党支部18个。\n新建道路12公里。"
    assert as_of(text) == [
        ("1.2万人", 2019, "relative"),
        ("18个", 2019, "carried"),
        ("12公里", None, ""),
    ]


def test_a_stated_month_gives_an_as_of_date():
    text = "截至2019年6月底，全县还有贫困户320户。"
    section = Section("r", 0, "", "", "", "", "", 0, len(text))
    (figure,) = extract_figures("r", text, [section], [], [], [""], "2019-08-01")
    assert (figure.as_of_year, figure.as_of) == (2019, "2019-06")


def test_lines_wrapped_by_the_page_layout_are_one_sentence():
    # a yearbook page printed in narrow columns: the sentence goes on across lines
    text = "2016年6月开展建档立卡回头看精\n准识别贫困人口537户1682人。"
    # one span, two rows (households and persons) sharing its raw text
    assert as_of(text, published="") == [("537户1682人", 2016, "stated")] * 2


def test_a_wrapped_sentence_starts_after_the_last_full_stop_of_the_line_above():
    # the sentence before ends inside a wrapped line: its year stays with it, and does not reach
    # the next sentence, however the lines broke
    text = (
        "2018年，全镇整乡推进基层党组织标\n准化建设。全镇9个党支部全部完成规范\n"
        "化建设，选派驻村工作队员42名。"
    )
    assert as_of(text, published="") == [("9个", None, ""), ("42名", None, "")]
    # a mark inside quotation marks ends no sentence: the year above still dates the line below
    text = "2018年，村党支部喊出“跟着支部走，脱贫不掉队！”的口号，全村\n128户贫困户全部签订责任书。"
    assert as_of(text, published="") == [("128户", 2018, "stated")]


@pytest.mark.parametrize("text", ["1937年全村有300户。", "到2050年全村达到300户。"])
def test_years_outside_the_programmes_era_date_no_figure(text):
    assert as_of(text) == [("300户", None, "")]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a relative time later in the sentence dates the whole report of that day
        (
            "村民李某入股6股，当天领到红利4800元。",
            [("6股", 2019, "relative"), ("4800元", 2019, "relative")],
        ),
        # a stated year later in the sentence speaks of another time: not taken
        ("全村已脱贫20户，2021年将全部脱贫。", [("20户", None, "")]),
    ],
)
def test_a_later_relative_time_in_the_sentence_dates_its_figures(text, expected):
    assert as_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the source dropped 年: a year still, opening its clause before 已/全/累…
        ("全村有贫困户40户。2017已脱贫26户。", [("40户", None, ""), ("26户", 2017, "stated")]),
        # a count has its unit and is never a year
        ("全村共有2017户，已脱贫300户。", [("2017户", None, ""), ("300户", None, "")]),
    ],
)
def test_a_year_whose_nian_was_dropped_still_dates_its_clause(text, expected):
    assert as_of(text, published="") == expected


def test_a_credit_line_dropped_into_a_wrapped_sentence_does_not_cut_its_year():
    # the column wraps "2017年末…" over three lines with a credit line between the second and
    # third: the year opens the sentence and dates its later clauses too
    text = (
        "2017年末全乡剩余贫困\n人口减少，脱贫团结村等村\n（某某乡党政办 供稿）\n群众412户1350人。"
    )
    assert as_of(text) == [("412户1350人", 2017, "stated")] * 2


@pytest.mark.parametrize(
    "text, expected",
    [
        # the two values of a change: the first at its own year, the second at the end's
        (
            "全市贫困户由2015年的6300户减少到2019年的410户。",
            [("6300户", 2015, "stated"), ("410户", 2019, "stated")],
        ),
        # the second value with no year of its own takes the sentence's time, never the first's
        (
            "截至2018年底，贫困人口由2014年的4.7万人减少到0.9万人。",
            [("4.7万人", 2014, "stated"), ("0.9万人", 2018, "stated")],
        ),
        (
            "截至目前，全县贫困人口由2.6万人减少到0.7万人。",
            [("2.6万人", None, ""), ("0.7万人", 2019, "relative")],
        ),
        (
            "全县贫困户由2015年的5200户减少到300户。",
            [("5200户", 2015, "stated"), ("300户", None, "")],
        ),
        # a year before a span counted up to the report's day: "2016年驻村以来"
        ("2016年驻村以来，他带领村民建成大棚12个。", [("12个", 2019, "relative")]),
        # ... with a long clause between the year and 以来
        (
            "2016年某某电力公司派出的驻村帮扶工作组进村以来，全村新修道路投入资金154万元。",
            [("154万元", 2019, "relative")],
        ),
        # 自 before the year and 后 closing its clause count up to the report's day too; a year
        # with 后 but no 自 dates its clause
        ("自2017年5月挂牌后，车间累计发放工资86万元。", [("86万元", 2019, "relative")]),
        ("2017年5月挂牌后，车间招收工人40名。", [("40名", 2017, "stated")]),
        # a year at the head of a sentence covers its comma clauses, not past a semicolon
        (
            "2017年全村脱贫46户，新修道路8公里；建成厂房3个。",
            [("46户", 2017, "stated"), ("8公里", 2017, "stated"), ("3个", None, "")],
        ),
    ],
)
def test_spans_and_clause_scope(text, expected):
    assert as_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "N年前" gives no year (the conventions, as docs/data.md says: 近年来, 多年来 and 年前
        # give none), neither from the sentence's year nor from the report's
        (
            "2018年全村人均纯收入达到9120元，而5年前只有2860元。",
            [("9120元", 2018, "stated"), ("2860元", None, "")],
        ),
        ("三年前，全村还有贫困户46户。", [("46户", None, "")]),
        # ... nor does the sentence before give it one
        (
            "今年全村脱贫35户。三年前，全村还有贫困户46户。",
            [("35户", 2019, "relative"), ("46户", None, "")],
        ),
        # "多年前" names no year
        ("多年前，全村还有贫困户46户。", [("46户", None, "")]),
    ],
)
def test_years_back(text, expected):
    assert as_of(text) == expected


def test_a_year_written_in_chinese_numerals_is_stated():
    # a county annal's style: 二〇一六年 is 2016, 二零二〇年底 is 2020; neither is a figure itself
    text = "二〇一六年，全县识别贫困村四十一个。至二零二〇年底，累计脱贫九千三百户。"
    assert as_of(text, "") == [("四十一个", 2016, "stated"), ("九千三百户", 2020, "stated")]


def test_a_year_of_the_places_history_dates_only_its_own_clause():
    # founded and made a city in those years; the counts after them are not of those years
    got = as_of("全市1985年设立地区，2002年撤地建市，下辖7个县区，总人口310万人。")
    assert [(raw, year) for raw, year, _ in got] == [("7个", None), ("310万人", None)]
    # a body founded that year is the year's news: the sum after it is dated by it
    got = as_of("2017年村里成立了合作社，整合资金80万元。")
    assert [(raw, year) for raw, year, _ in got] == [("80万元", 2017)]


def test_a_purposes_deadline_dates_no_deed_done_for_it():
    # the year a purpose clause sets (为确保…在2020年) is the aim's; the cadres sent for it were
    # sent whenever the page tells, here never
    got = as_of("为确保全乡贫困户在2020年全部脱贫，乡党委选派干部45名驻村帮扶。")
    assert [(raw, year) for raw, year, _ in got] == [("45名", None)]
    # a target's own figures are dated by its deadline
    got = as_of("力争到2021年，全县村集体经济收入均达到5万元以上。")
    assert [(raw, year) for raw, year, _ in got] == [("5万元以上", 2021)]


def test_the_start_of_a_change_dates_its_own_value_only():
    # 2013 is the start value's time; the count in the next clause is not of 2013
    got = as_of("全县贫困发生率由2013年底的15.2%降至1.1%，共有3120户实现脱贫。")
    assert [(raw, year) for raw, year, _ in got] == [
        ("15.2%", 2013),
        ("1.1%", None),
        ("3120户", None),
    ]


def test_a_year_in_a_documents_title_dates_nothing():
    got = as_of("按照《2018年驻村帮扶工作要点》，全县为73个贫困村选派工作队。")
    assert [(raw, year) for raw, year, _ in got] == [("73个", None)]


def test_a_body_set_up_at_county_level_is_no_history_of_the_place():
    # 成立县级…公司, 建制村, 创建市级: everyday words, not a division's founding
    got = as_of("2016年成立县级扶贫开发公司，整合资金5000万元。")
    assert [(raw, year) for raw, year, _ in got] == [("5000万元", 2016)]
    got = as_of("2018年实现建制村通硬化路，新修道路120公里。")
    assert [(raw, year) for raw, year, _ in got] == [("120公里", 2018)]


def test_a_sentence_that_goes_back_in_time_takes_no_carried_year():
    text = "目前，全县贫困人口已降至312人。过去，这里贫困户多达3000户。"
    assert as_of(text) == [("312人", 2019, "relative"), ("3000户", None, "")]


def test_a_year_before_the_colon_of_a_list_dates_every_item():
    text = "2018年各乡镇脱贫情况如下：甲镇脱贫412户；乙镇脱贫305户；丙乡脱贫197户。"
    assert [year for _, year, _ in as_of(text)] == [2018, 2018, 2018]


def test_a_year_of_one_item_does_not_date_the_next_after_a_semicolon():
    text = "2016年全村脱贫35户；新建道路12公里。"
    assert as_of(text) == [("35户", 2016, "stated"), ("12公里", None, "")]


def test_a_tables_last_row_is_no_line_the_layout_wrapped():
    # "2017年 36577 31" ends the table; the paragraph under it is not its sentence's rest, and
    # its counts take no year from the row
    text = (
        "某县历年脱贫情况（单位：人）：\n年份 脱贫人口 贫困村退出(个)\n"
        "2016年 28315 24\n2017年 36577 31\n"
        "全县17个乡镇党委书记与贫困户结对，5832名党员干部结对帮扶贫困户。\n"
    )
    counts = [(raw, year) for raw, year, _ in as_of(text) if raw in ("17个", "5832名")]
    assert counts == [("17个", None), ("5832名", None)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # the value compared against follows its year: that value is of that year; the change
        # after it and a growth rate take none from it
        (
            "2018年，全镇农民人均纯收入8210元，比2014年底的3960元增加4250元。",
            [("8210元", 2018, "stated"), ("3960元", 2014, "stated"), ("4250元", 2018, "stated")],
        ),
        ("人均收入较2015年增长35%。", [("35%", None, "")]),
        # a five-year plan's end or start: the eleventh plan ran 2006-2010, each next five later
        ("“十二五”末，全县还有贫困人口3.2万人。", [("3.2万人", 2015, "stated")]),
        ("十三五初期，全市有贫困村186个。", [("186个", 2016, "stated")]),
        ("“十三五”期间，全县投入扶贫资金12亿元。", [("12亿元", None, "")]),
    ],
)
def test_the_eighteenth_pass_years_of_a_comparison_and_a_plan(text, expected):
    assert as_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a second reader's probes: a plan's end or a year compared against dates no change
        ("与“十二五”末相比，全县农民人均纯收入增加4200元。", [("4200元", None, "")]),
        ("同2015年底相比，全县农民人均纯收入增加4200元。", [("4200元", None, "")]),
        # the part after a ";" that takes up the head's year by 全年 keeps it
        (
            "2016年，全镇组建工作队18个；全年实施项目57个，新修道路12公里。",
            [("18个", 2016, "stated"), ("57个", 2016, "stated"), ("12公里", 2016, "stated")],
        ),
        # a figure told of the past takes no later 现在
        (
            "以前种苞谷，一年收入不到3000元，现在每月能拿2400元。",
            [("3000元", None, ""), ("2400元", 2019, "relative")],
        ),
    ],
)
def test_what_the_eighteenth_pass_second_reader_found_in_years(text, expected):
    assert as_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a second reader's probes of the mends: a sentence that turned to now before its figure
        # takes the later 今年; a span up to now (经过过去五年) tells no past
        (
            "当初村里连一条水泥路都没有，如今全村硬化道路12公里，今年又新建了3座桥。",
            [("12公里", 2019, "relative"), ("3座", 2019, "relative")],
        ),
        (
            "经过过去五年的努力，全村人均纯收入达到9800元，目前已全部脱贫。",
            [("9800元", 2019, "relative")],
        ),
        # 年内 after a ";" under a target year is the report's year, not the target's: the
        # build leaves it undated rather than give it the target's
        (
            "到2020年，全县要实现贫困人口全部脱贫；年内完成易地扶贫搬迁1200户。",
            [("1200户", None, "")],
        ),
    ],
)
def test_what_the_eighteenth_pass_second_reader_found_again_in_years(text, expected):
    assert as_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a third reader's probes: a life's own turns are no turn to now
        (
            "以前，丈夫去世后，她一人拉扯孩子，一年收入不到3000元，现在每月收入2800元。",
            [("3000元", None, ""), ("2800元", 2019, "relative")],
        ),
        # 年底 after a ";" under a past year keeps it
        (
            "2016年，岷县实现减贫1.2万人；年底，全县贫困发生率降至3.5%。",
            [("1.2万人", 2016, "stated"), ("3.5%", 2016, "stated")],
        ),
    ],
)
def test_what_the_eighteenth_pass_third_reader_found_in_years(text, expected):
    assert as_of(text) == expected


@pytest.mark.parametrize(
    "text, published, expected",
    [
        # a month's end or a day named without its year is the report's year, and dates the
        # next sentence as 截至目前 does
        ("截至10月底，全乡共发放小额信贷560万元。", "2019-11-20", [("560万元", 2019, "relative")]),
        ("截止9月30日，全县脱贫户达到1830户。", "2019-11-20", [("1830户", 2019, "relative")]),
        (
            "截至十一月底，全镇建成扶贫车间9个。镇里还培训贫困劳动力420人。",
            "2019-12-03",
            [("9个", 2019, "relative"), ("420人", 2019, "carried")],
        ),
        # ... and the months so far, or 到 a month's end
        ("1至10月，全县发放扶贫贷款1.2亿元。", "2019-11-20", [("1.2亿元", 2019, "relative")]),
        ("到10月底，全县建成扶贫车间9个。", "2019-11-20", [("9个", 2019, "relative")]),
        # a month later than the page's own is of the year before: a January report's December
        ("截至12月底，全县累计减贫4126户。", "2020-01-08", [("4126户", 2019, "relative")]),
        # with its year stated the year is the stated one, on its own or at the sentence's head
        (
            "截至2017年10月底，全乡共发放小额信贷560万元。",
            "2019-11-20",
            [("560万元", 2017, "stated")],
        ),
        ("2018年，截至10月底，全县脱贫986户。", "2019-11-20", [("986户", 2018, "stated")]),
    ],
)
def test_the_twentieth_pass_yearless_dates(text, published, expected):
    assert as_of(text, published) == expected


def test_a_speakers_relative_year_in_the_quotation_before_does_not_date_the_next_sentence():
    # the village head's 去年 (2017 in a report of 2018) dates what he said, not the narrator's
    # count of the village that follows
    text = (
        "村支书站在田埂上算账。“去年全村种了380亩红米，每亩多收了900多元。”\n"
        "该村地处深山，全村286户1190人。"
    )
    assert as_of(text, "2018-04-02") == [
        ("380亩", 2017, "relative"),
        ("900多元", 2017, "relative"),
        ("286户1190人", None, ""),
        ("286户1190人", None, ""),
    ]


@pytest.mark.parametrize(
    "text, published, expected",
    [
        # a year the sentence states before a yearless month dates it
        (
            "回顾2016年的工作：截至12月底，全县减少贫困人口2.1万人。",
            "2019-03-01",
            [("2.1万人", 2016, "stated")],
        ),
        # a speaker's 去年 in corner quotes before the narrator's next sentence
        (
            "「去年全村种了380亩核桃。」村支书说。\\n全村有贫困户31户。",
            "2019-03-01",
            [("380亩", 2018, "relative"), ("31户", None, "")],
        ),
    ],
)
def test_what_the_twentieth_pass_second_readers_found_in_years(text, published, expected):
    assert as_of(text, published) == expected


def test_a_month_followed_by_qi_counts_from_then_up_to_the_report():
    # "2011年10月起" is a span up to the page's day, as "2014年起" is; a word that opens with
    # 起 (起草) is no such span
    assert as_of("2012年9月起，全区累计选派驻村干部3.1万名。", "2020-06-01") == [
        ("3.1万名", 2020, "relative")
    ]
    assert as_of("2018年3月起草的方案中，全县有贫困户5200户。", "2019-06-01") == [
        ("5200户", 2018, "stated")
    ]


def test_a_half_of_last_year_is_last_year():
    # "去年下半年" is a half of the year before the page's, not of its own
    assert as_of("去年下半年，全镇整合扶贫资金450万元。", "2017-06-14") == [
        ("450万元", 2016, "relative")
    ]
    assert as_of("下半年，全镇整合扶贫资金450万元。", "2017-06-14") == [
        ("450万元", 2017, "relative")
    ]
    # ... but counted from then is counted up to the page's day
    assert as_of("去年下半年起，全市对86个行政村展开摸底调查。", "2015-03-02") == [
        ("86个", 2015, "relative")
    ]


def test_a_half_of_a_stated_year_is_that_years_and_does_not_carry():
    # "2016年下半年" is dated by its year: its sentence is 2016, and the next sentence, which
    # states no time, is not dated by the page's year as a bare "下半年" would carry it
    text = "2016年下半年，某省为每个贫困村选派了工作队。3100名第一书记构成了帮扶格局。"
    assert as_of(text, "2018-04-26") == [("3100名", None, "")]
    assert as_of("2016年下半年，全县新建扶贫车间24个。", "2018-04-26") == [("24个", 2016, "stated")]
    # ... but counted from then up to the page's day
    assert as_of("2016年下半年以来，全县新建扶贫车间24个。", "2018-04-26") == [
        ("24个", 2018, "relative")
    ]


def test_a_half_of_last_year_counted_from_is_counted_up_to_now():
    # what the second reader found: "从去年下半年开始" runs up to the page's day
    assert as_of("从去年下半年开始，全区新建扶贫车间12个。", "2019-02-16") == [
        ("12个", 2019, "relative")
    ]


def test_a_half_of_last_year_counted_from_by_zi():
    assert as_of("自去年下半年开始，全区新建扶贫车间12个。", "2019-02-16") == [
        ("12个", 2019, "relative")
    ]


def test_a_year_that_ends_what_came_before_it_dates_nothing():
    # "2014年以前": the time before that year, not the year itself
    text = "某省帮扶资金由2014年以前的每年1200万元提高到3600万元。"
    assert as_of(text, "2016-05-01") == [("1200万元", None, ""), ("3600万元", None, "")]
    section = Section("r", 0, "", "", "", "", "", 0, len(text))
    figures = extract_figures("r", text, [section], [], [], [""], "2016-05-01")
    assert [f.year for f in figures] == [None, None]


def test_the_year_a_unit_or_a_body_was_set_up_dates_only_its_clause():
    # "1958年设立某某地区": the place's history; the counts after it are of no stated year
    text = "某市地处某省西部，1958年设立昭乌达地区，1983年撤地设市，辖两区七县，共有贫困村620个。"
    assert as_of(text, "2018-05-01") == [("620个", None, "")]
    # "于2020年3月挂牌成立": when the branch was set up, not when its members were counted
    text = "社区书记介绍：党支部于2020年3月挂牌成立，由镇党委2名干部兼任支委，服务搬迁群众426户。"
    assert as_of(text, "2021-05-01") == [("2名", None, ""), ("426户", None, "")]
    # ... but a year at the sentence's head dates the clauses after it
    assert as_of("2020年成立合作社，吸纳贫困户86户入社。", "2021-05-01") == [
        ("86户", 2020, "stated")
    ]


def test_a_time_before_the_sentences_year_takes_no_year_of_its_own():
    # "而5年前只有1668元": the year at the sentence's head is not the earlier value's
    text = "2018年，全村人均纯收入增加到12128元，而5年前只有1668元。"
    section = Section("r", 0, "", "", "", "", "", 0, len(text))
    figures = extract_figures("r", text, [section], [], [], [""], "2018-10-01")
    assert [(f.raw, f.year) for f in figures] == [("12128元", 2018), ("1668元", None)]
