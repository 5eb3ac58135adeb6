"""Figures of a flattened table: a bulletin's or a yearbook's table saved as text.

A page that loses its table markup keeps a header line of column names with their units and one
line per row, a name and its numbers:

    乡镇 脱贫户数（户） 脱贫人数（人） 出列村（个）
    某某镇 612 1538 1
    合计 2295 5898 4

Each number is a figure whose unit and counted noun are its column's. Its metric is read as the
sentence "某某镇脱贫户数612户" would be; without the header the numbers are bare and not figures.
A column may also name its unit by its noun ("脱贫人口", "贫困户数") or take the one the table
states for all ("（单位：人）"), and a row may be a year's ("2016 11245 33418 65"): its cells
are that year's.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from helpers.extract.figures.metrics import classify
from helpers.extract.figures.quantities import QUANTITY, Quantity, _from_match
from helpers.extract.text.boilerplate import (
    EMPTY_CELL,
    HAN_WORD,
    MIN_TABLE_COLUMNS,
    table_column,
    table_row,
)

# Metrics whose rows add up to their total row; a column of rates or averages does not.
ADDITIVE = frozenset(
    {
        "poor_households", "poor_persons", "lifted_households", "lifted_persons",
        "beneficiary_households", "beneficiary_persons", "poor_villages", "funds_yuan",
        "area_mu", "population", "cadres", "party_members",
    }
)  # fmt: skip
PER_UNIT = re.compile(r"均|率|每|比例|比重")
TOTAL_ROW = re.compile(r"^(合计|总计|小计|全县|全市|全区|全乡|全镇|总数)$")
NUMBER = re.compile(r"-?\d[\d,]*(\.\d+)?%?")
# The unit a table states for all its columns, on its header's line or the line above it
# (one unit: "单位：个、户、人" gives each column its own, in an order the header need not keep)
UNIT_STATED = re.compile(r"单位[:：]\s*(?P<unit>[\u4e00-\u9fff]{1,2})(?![\u4e00-\u9fff、,，/%])")
PLACE_HEAD = re.compile(r"[\u4e00-\u9fff]{1,8}(镇|乡|村|县|区|旗|街道)$")
# "2016年", and a year the table marks as a plan's: "2019年(预计)"
ROW_YEAR = re.compile(r"^(?P<year>(?:19|20)\d{2})年?度?([(（][\u4e00-\u9fff]{1,4}[)）])?$")


def table_headers(text: str) -> list[tuple[int, int]]:
    """The spans of the tables' header lines: their units in brackets ("资金（万元）") are no
    amounts."""
    return [
        (start, start + len(line))
        for (start, line), above in _with_the_line_above(text)
        if _header(_without_cell_bars(line), above)
    ]


def table_cells(text: str) -> Iterator[Quantity]:
    """A Quantity for every number of every flattened table in `text`, its metric preset; the
    cells of the rows above a total row (合计) hold that total's offset in `whole_at`, so that
    their figures name it as the whole they are part of."""
    columns: list[tuple[str, str]] = []
    rows: list[tuple[str, list[Quantity | None]]] = []
    for (start, line), above in _with_the_line_above(text):
        line = _without_cell_bars(line)
        if columns and table_row(line.strip()) and len(line.split()) - 1 == len(columns):
            rows.append((line.split()[0], _row_cells(columns, start, line)))
            continue
        yield from _with_their_total(rows)
        rows = []
        columns = _header(line, above)  # the table ended, or none began; another may start
        if not columns:
            yield from _with_their_total(_table_on_one_line(start, line, above))
    yield from _with_their_total(rows)


# A cell of such a line; a column's bracketed unit may have lost the space before the first
# row's name ("脱贫人数（人）2017年").
CELL_TOKEN = re.compile(r"(?:[^\s）)]|[）)](?!\d))+[）)]?")


CELL_BAR = re.compile(r"[|｜]")


def _without_cell_bars(line: str) -> str:
    """A table saved with its cells' bars ("平襄镇 | 6 | 4213 |") as one with spaces between
    them; a space for a bar keeps every offset."""
    return CELL_BAR.sub(" ", line) if len(CELL_BAR.findall(line)) >= 2 else line


def _table_on_one_line(start: int, line: str, above: str) -> list:
    """The rows of a table whose line breaks were lost with its markup, header and rows on one
    line: "年度 脱贫户数(户) 脱贫人数(人) 2016年 318 1002 2017年 402 1163"."""
    if not NUMBER.search(line):
        return []
    tokens = list(CELL_TOKEN.finditer(line))
    first_number = next((i for i, t in enumerate(tokens) if NUMBER.fullmatch(t.group())), 0)
    if first_number < 2:
        return []  # no header and row name before the first number
    # the header ends before the first row's name, which stands before the first number
    columns = _header(" ".join(t.group() for t in tokens[: first_number - 1]), above)
    width = len(columns) + 1
    body = tokens[first_number - 1 :]
    if not columns or len(body) % width or len(body) < width:
        return []
    rows = []
    for at in range(0, len(body), width):
        name, *cells = body[at : at + width]
        if NUMBER.fullmatch(name.group()) or not all(NUMBER.fullmatch(c.group()) for c in cells):
            return []
        row = line[name.start() : cells[-1].end()]
        rows.append((name.group(), _row_cells(columns, start + name.start(), row)))
    return rows


def _row_cells(columns, start: int, line: str) -> list[tuple[Quantity | None, bool]]:
    """Each cell of a row, and whether its column adds up to a total: not a rate or an average
    ("贫困发生率（%）", "户均面积（亩）", "人均纯收入（元）")."""
    name, *cells = line.split()
    found, at = [], start + line.index(name) + len(name)
    for (head, unit), cell in zip(columns, cells, strict=True):
        at = line.index(cell, at - start) + start
        quantity = _cell(name, head, unit, cell, at)
        additive = (
            quantity is not None and quantity.metric in ADDITIVE and not PER_UNIT.search(head)
        )
        found.append((quantity, additive))
        at += len(cell)
    return found


def _with_their_total(rows) -> Iterator[Quantity]:
    totals = [cells for name, cells in rows if TOTAL_ROW.match(name)]
    for name, cells in rows:
        for column, (cell, additive) in enumerate(cells):
            if cell is None:
                continue
            total = totals[0][column][0] if len(totals) == 1 else None
            if total and additive and not TOTAL_ROW.match(name):
                cell.whole_at = total.start
            yield cell


def _lines(text: str) -> Iterator[tuple[int, str]]:
    at = 0
    for line in text.split("\n"):
        yield at, line
        at += len(line) + 1


def _with_the_line_above(text: str) -> Iterator[tuple[tuple[int, str], str]]:
    above = ""
    for start, line in _lines(text):
        yield (start, line), above
        if line.strip():
            above = line


def _header(line: str, above: str = "") -> list[tuple[str, str]]:
    """The (name, unit) of each numeric column, if `line` is a table's header."""
    tokens = line.split()
    if not tokens:
        return []
    stated = UNIT_STATED.search(line) or UNIT_STATED.search(above)
    for_all = stated["unit"] if stated else ""
    label_first = _column(tokens[0], "") is None  # "乡镇", "年份": the rows' names
    columns = [_column(token, for_all) for token in tokens[label_first:]]
    if len(columns) < MIN_TABLE_COLUMNS or not all(columns):
        return []
    return columns


def _column(token: str, for_all: str) -> tuple[str, str] | None:
    """A column that names its unit, else a column of words under the unit stated for all."""
    named = table_column(token)
    if named or not for_all:
        return named
    return (token, for_all) if HAN_WORD.match(token) else None


def _cell(name: str, head: str, unit: str, cell: str, at: int) -> Quantity | None:
    if EMPTY_CELL.match(cell) or not NUMBER.fullmatch(cell):
        return None
    # the cell as a sentence would state it ("612户", "120万元"), so that 万 and 亿 scale it
    # and its unit takes its usual form
    stated = cell.rstrip("%") + unit
    m = QUANTITY.match(stated)
    if not m or m.end() != len(stated):
        return None
    read = _from_match(stated, m)
    if read is None:
        return None
    year = ROW_YEAR.match(name)
    subject = "" if TOTAL_ROW.match(name) or year else name
    probe = Quantity(0, 0, read.value, None, read.unit, "", 0)
    if subject and PLACE_HEAD.search(head):
        # a table turned on its side, places across and kinds down ("项目 甲镇（户） 乙镇（户）" /
        # "已脱贫户 120 200"): the row names what the cell counts, after it
        metric = classify(probe, head, subject, head + stated + subject, written=stated)
    else:
        metric = classify(probe, subject + head, "", subject + head + stated, written=stated)
    return Quantity(
        start=at,
        end=at + len(cell),
        value=read.value,
        value_high=None,
        unit=read.unit,
        qualifier="",
        context_start=at,
        flags=("table_cell",),
        notes=(f"a table's cell: row {name}, column {head}（{unit}）",),
        metric=metric,
        row_year=int(year["year"]) if year else None,
    )
