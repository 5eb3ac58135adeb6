"""Chinese and Arabic numerals."""

import pytest

from helpers.extract.numbers import parse_chinese


@pytest.mark.parametrize(
    "text, value",
    [
        ("三", 3),
        ("十", 10),
        ("十二", 12),
        ("二十", 20),
        ("一百零五", 105),
        ("两千三百", 2300),
        ("三万五千", 35000),
        ("一亿二千万", 120_000_000),
        ("百", 100),
        ("千", 1000),
        ("万", 10_000),
        ("〇", 0),
        ("三百零八", 308),
    ],
)
def test_chinese_numerals(text, value):
    assert parse_chinese(text) == value


@pytest.mark.parametrize("text", ["千百", "百千万", "三五", "", "abc"])
def test_malformed_chinese_numerals_are_not_numbers(text):
    assert parse_chinese(text) is None
