"""Numbers as Chinese reports write them: 1,300 / 1.5万 / 两千三百 / 一百零五 / 百余."""

from __future__ import annotations

import re

DIGITS = {
    "零": 0,
    "〇": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
SMALL_UNITS = {"十": 10, "百": 100, "千": 1000}
BIG_UNITS = {"万": 10_000, "亿": 100_000_000}
SCALES = {**SMALL_UNITS, **BIG_UNITS}
CHINESE_NUMERALS = "".join(DIGITS) + "".join(SCALES)


def parse_chinese(text: str) -> int | None:
    """Value of a Chinese numeral, or None when it is not well formed.

    >>> [parse_chinese(s) for s in ["三", "十二", "一百零五", "两千三百", "三万五千", "百", "千百"]]
    [3, 12, 105, 2300, 35000, 100, None]
    """
    if not text or any(ch not in CHINESE_NUMERALS for ch in text):
        return None
    total, section, digit = 0, 0, None
    last_small = 10_000
    for i, ch in enumerate(text):
        if ch in DIGITS:
            if digit is not None and DIGITS[ch] != 0 and text[i - 1] not in "零〇":
                return None  # "三五" is not a number
            digit = DIGITS[ch]
        elif ch in SMALL_UNITS:
            unit = SMALL_UNITS[ch]
            if unit >= last_small or (i and text[i - 1] in SMALL_UNITS):
                return None  # "千百", "百百"
            section += (1 if digit is None else digit) * unit
            digit, last_small = None, unit
        else:
            unit = BIG_UNITS[ch]
            section += digit or 0
            if section == 0:
                section = 1
            total = (total + section) * unit if unit > 10_000 else total + section * unit
            section, digit, last_small = 0, None, 10_000
    return total + section + (digit or 0)


# "六七万", "三四百": two neighbouring digits, an approximate range, then its scale.
ADJACENT = re.compile(
    r"^(?P<a>[一二两三四五六七八])(?P<b>[二两三四五六七八九])(?P<scale>[十百千万亿]+)$"  # 一两万
)


THREE_OR_FIVE = ("三", "五")  # "三五千元", "三五天": "three to five", said as a pair


def adjacent_range(text: str) -> tuple[float, float] | None:
    """(low, high) of a Chinese approximate range such as 六七万, or None.

    >>> adjacent_range("六七万"), adjacent_range("一两万"), adjacent_range("三五千")
    ((60000.0, 70000.0), (10000.0, 20000.0), (3000.0, 5000.0))
    >>> adjacent_range("三六万") is None
    True
    """
    m = ADJACENT.match(text)
    if not m or (DIGITS[m["b"]] != DIGITS[m["a"]] + 1 and (m["a"], m["b"]) != THREE_OR_FIVE):
        return None
    scale = parse_chinese("一" + m["scale"]) if len(m["scale"]) == 1 else None
    if scale is None:
        scale = 1
        for ch in m["scale"]:
            scale *= SCALES[ch]
    return float(DIGITS[m["a"]] * scale), float(DIGITS[m["b"]] * scale)


def parse_arabic(text: str) -> float:
    """'1,300' -> 1300.0, '1.45' -> 1.45."""
    return float(text.replace(",", ""))


def scale_of(chars: str) -> int:
    """Multiplier of scale characters after a number: '万' -> 10000, '千万' -> 10**7."""
    factor = 1
    for ch in chars:
        factor *= SCALES[ch]
    return factor


def tidy(value: float) -> float:
    """Drop float noise from scaling at any magnitude: at most 6 decimals and 12 significant
    digits, more than any report writes, so only binary noise goes.

    >>> tidy(1.45 * 10_000), tidy(69.6 * 100_000_000), tidy(100 / 3), tidy(0.7)
    (14500.0, 6960000000.0, 33.333333, 0.7)
    """
    return float(f"{round(value, 6):.12g}")
