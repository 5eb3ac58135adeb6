"""The number grammar: what is a quantity (value, unit, qualifier, exact span) and what is not."""

from __future__ import annotations

import pytest

from helpers.extract.quantities import find_quantities

# (text, [(value, value_high, unit, qualifier, raw)]): values worked out by hand from the
# contract's normalisation (money in 元, area in 亩, 万 = 10^4, ranges as value/value_high).
GOOD = [
    ("共投入资金2400多万元", [(24_000_000, None, "元", "over", "2400多万元")]),
    ("产量3000—3500斤", [(3000, 3500, "斤", "", "3000—3500斤")]),
    ("人均约1800元", [(1800, None, "元", "about", "1800元")]),
    ("流转土地1.2万亩", [(12_000, None, "亩", "", "1.2万亩")]),
    ("贫困户86户321人", [(86, None, "户", "", "86户"), (321, None, "人", "", "321人")]),
    ("覆盖率达百分之三十", [(30, None, "%", "", "百分之三十")]),
    ("养殖三千头牛", [(3000, None, "头", "", "三千头")]),
    ("资金不足5万元", [(50_000, None, "元", "under", "5万元")]),
    ("每户补助3至5万元", [(30_000, 50_000, "元", "", "3至5万元")]),
    ("按照7:3比例分红", [(70, None, "%", "", "7:3"), (30, None, "%", "", "7:3")]),
    ("修建道路12.5公里", [(12.5, None, "公里", "", "12.5公里")]),
    ("全县1,236户5,120人", [(1236, None, "户", "", "1,236户"), (5120, None, "人", "", "5,120人")]),
]

# Numbers that are not quantities: dates, times, ordinals, phone numbers, page counters.
BAD = [
    "2019年10月21日",
    "发布时间:10:21",
    "荣获第3名",
    "联系电话0731-1234567",
    "第二批驻村工作队",
    "十三五期间",
]


@pytest.mark.parametrize("text, expected", GOOD)
def test_quantities_are_read_with_value_unit_qualifier_and_span(text, expected):
    found = [
        (q.value, q.value_high, q.unit, q.qualifier, text[q.start : q.end])
        for q in find_quantities(text)
    ]
    assert found == expected


@pytest.mark.parametrize("text", BAD)
def test_dates_times_ordinals_and_phone_numbers_are_not_quantities(text):
    assert find_quantities(text) == []


@pytest.mark.parametrize(
    "text, value",
    [
        ("投入69.6亿元", 6_960_000_000),  # 69.6 * 10^8 is 6959999999.999999 in binary floats
        ("收入1.15万元", 11_500),
        ("面积0.35万亩", 3_500),
        ("资金2.3亿元", 230_000_000),
    ],
)
def test_scaled_values_carry_no_binary_float_noise(text, value):
    (q,) = find_quantities(text)
    assert q.value == value and repr(q.value) == f"{value}.0"
