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


def test_the_workbook_explains_its_columns_and_says_reprints_are_kept(seeds_tables, tmp_path):
    book = openpyxl.load_workbook(to_excel(seeds_tables, tmp_path / "t.xlsx"), read_only=True)
    readme = list(book["README"].values)
    # a reader must know whether a total over the sheet counts a reprinted story twice
    assert any(r[0] == "(reprints)" and "story_id" in r[1] for r in readme[1:])
    columns = list(book["columns"].values)
    described = {(r[0], r[1]) for r in columns[1:]}
    # every column of the figures sheet is described (the documentation is the source)
    header = next(book["figures"].values)
    assert {("figures", c) for c in header} <= described
