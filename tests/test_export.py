"""Excel export: every table a sheet, a README sheet, Chinese and exact numbers intact."""

from __future__ import annotations

import openpyxl

from helpers.analysis.export import to_excel


def test_all_tables_go_to_one_workbook_with_a_readme(seeds_tables, tmp_path):
    path = to_excel(seeds_tables, tmp_path / "tables.xlsx")
    book = openpyxl.load_workbook(path, read_only=True)
    assert book.sheetnames[0] == "README"
    assert {"reports", "figures", "slogans", "reuse"} <= set(book.sheetnames)
    readme = list(book["README"].values)
    rows = {r[0]: r[2] for r in readme[1:]}
    assert rows["reports"] == len(seeds_tables.reports)
    header, *body = list(book["figures"].values)
    raw = header.index("raw")
    value = header.index("value")
    # Chinese intact: the sheet's raw spans are the table's, character for character
    assert [r[raw] for r in body] == seeds_tables.figures["raw"].tolist()
    # money as an exact number, not 12999999.999…
    assert all(v is None or float(v) == round(float(v), 6) for v in (r[value] for r in body))
