"""Figures of a flattened table: a bulletin's or a yearbook's table saved as text.

A page that loses its table markup keeps a header line of column names with their units and one
line per row, a name and its numbers:

    乡镇 脱贫户数（户） 脱贫人数（人） 出列村（个）
    某某镇 612 1538 1
    合计 2295 5898 4

Each number is a figure whose unit and counted noun are its column's. Its metric is read as the
sentence "某某镇脱贫户数612户" would be; without the header the numbers are bare and not figures.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from helpers.extract.figures.metrics import classify
from helpers.extract.figures.quantities import QUANTITY, Quantity, _from_match
from helpers.extract.text.boilerplate import MIN_TABLE_COLUMNS, TABLE_COLUMN, table_row

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


def table_headers(text: str) -> list[tuple[int, int]]:
    """The spans of the tables' header lines: their units in brackets ("资金（万元）") are no
    amounts."""
    return [(start, start + len(line)) for start, line in _lines(text) if _header(line)]


def table_cells(text: str) -> Iterator[Quantity]:
    """A Quantity for every number of every flattened table in `text`, its metric preset; the
    cells of the rows above a total row (合计) hold that total's offset in `whole_at`, so that
    their figures name it as the whole they are part of."""
    columns: list[tuple[str, str]] = []
    rows: list[tuple[str, list[Quantity | None]]] = []
    for start, line in _lines(text):
        if columns and table_row(line.strip()) and len(line.split()) - 1 == len(columns):
            rows.append((line.split()[0], _row_cells(columns, start, line)))
            continue
        yield from _with_their_total(rows)
        rows = []
        columns = _header(line)  # the table ended, or none began; another may start here
    yield from _with_their_total(rows)


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


def _header(line: str) -> list[tuple[str, str]]:
    """The (name, unit) of each numeric column, if `line` is a table's header."""
    tokens = line.split()
    if not tokens:
        return []
    label_first = TABLE_COLUMN.match(tokens[0]) is None  # "乡镇", "单位": the rows' names
    columns = [TABLE_COLUMN.match(token) for token in tokens[label_first:]]
    if len(columns) < MIN_TABLE_COLUMNS or not all(columns):
        return []
    return [(m["head"], m["unit"]) for m in columns]


def _cell(name: str, head: str, unit: str, cell: str, at: int) -> Quantity | None:
    if not NUMBER.fullmatch(cell):
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
    subject = "" if TOTAL_ROW.match(name) else name
    probe = Quantity(0, 0, read.value, None, read.unit, "", 0)
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
    )
