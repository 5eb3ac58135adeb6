"""Tables to Excel for colleagues: one sheet per table, a README sheet, Chinese intact."""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

from helpers.config import PROJECT_ROOT

# Excel's limits: a sheet holds 1,048,576 rows; a cell 32,767 characters.
MAX_ROWS = 1_048_575
MAX_CELL = 32_767
README = {
    "manifest": "every input file: read, or rejected with the reason",
    "reports": "one row per report: title, date, outlet, place, story_id (reprints), copies",
    "sections": "reports cut where their place changes",
    "figures": "one row per reported quantity, with its sentence, place, year and flags",
    "slogans": "one row per slogan mention",
    "terms": "vocabulary counts per section",
    "reuse": "one row per occurrence of a passage that two or more stories share",
}


def to_excel(tables, path: str | Path, names: list[str] | None = None) -> Path:
    """Write the tables (a `load()` result, or a dict of name -> DataFrame) to one .xlsx file.

    One sheet per table in `names` (default: all), and a first sheet "README" saying what one
    row of each is and how many rows were written. Tables longer than Excel allows are cut,
    and the README says so; long texts are cut to Excel's cell limit.
    """
    frames = tables._asdict() if hasattr(tables, "_asdict") else dict(tables)
    names = names or [n for n, f in frames.items() if isinstance(f, pd.DataFrame)]
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    notes = []
    with pd.ExcelWriter(path, engine="openpyxl") as writer:
        pd.DataFrame().to_excel(writer, sheet_name="README")  # first sheet, filled below
        for name in names:
            frame = _excel_safe(frames[name])
            cut = len(frame) > MAX_ROWS
            frame.head(MAX_ROWS).to_excel(writer, sheet_name=name[:31], index=False)
            written = min(len(frame), MAX_ROWS)
            notes.append(
                (name, README.get(name, ""), written, f"cut from {len(frame):,}" if cut else "")
            )
        readme = pd.DataFrame(notes, columns=["sheet", "one row is", "rows", "note"])
        readme = pd.concat([readme, pd.DataFrame([REPRINTS], columns=readme.columns)])
        readme.to_excel(writer, sheet_name="README", index=False)
        columns = column_dictionary()
        columns = columns[columns["table"].isin(names)]
        if len(columns):
            columns.to_excel(writer, sheet_name="columns", index=False)
    return path


# Whether reprints are in the sheets: they are, marked, so that a reader can count either way.
REPRINTS = (
    "(reprints)",
    "every copy of a story is kept; reports.story_id and copies mark reprints",
    None,
    "to count each story once, keep the rows whose report_id equals their story_id "
    "(helpers.analysis.summaries.per_story does this for all tables)",
)
DATA_DOC = PROJECT_ROOT / "docs" / "data.md"
TABLE_HEADING = re.compile(r"^## (\w+)\.csv")
TABLE_ROW = re.compile(r"^\| ([^|]+?) \| (.+) \|$")


def column_dictionary(doc: Path = DATA_DOC) -> pd.DataFrame:
    """(table, column, meaning) for every column the tables' documentation describes, read
    from docs/data.md so that the workbook and the documentation never disagree; empty when the
    documentation is not beside the package."""
    rows, table, in_columns = [], None, False
    lines = doc.read_text(encoding="utf-8").splitlines() if doc.is_file() else []
    for line in lines:
        heading = TABLE_HEADING.match(line)
        if heading or line.startswith("## "):
            table = heading[1] if heading else None
            continue
        # only the "| column | meaning |" tables: not the metric vocabulary's
        in_columns = line.startswith("| column | meaning |") or (
            in_columns and line.startswith("|")
        )
        row = TABLE_ROW.match(line)
        if table and in_columns and row and row[1] != "column" and not set(row[1]) <= set("-| "):
            for column in row[1].split(","):
                rows.append((table, column.strip().strip("`"), row[2].replace("`", "")))
    return pd.DataFrame(rows, columns=["table", "column", "meaning"])


def _excel_safe(frame: pd.DataFrame) -> pd.DataFrame:
    """Plain values Excel takes: categories as text, missing as empty, long text cut."""
    out = frame.copy()
    for column, dtype in out.dtypes.items():
        if isinstance(dtype, pd.CategoricalDtype) or dtype == "string":
            out[column] = out[column].astype(object).where(out[column].notna(), "")
            out[column] = out[column].map(lambda v: v[:MAX_CELL] if isinstance(v, str) else v)
        elif str(dtype) in ("Int64", "Float64"):
            out[column] = out[column].astype(object).where(out[column].notna(), None)
    return out
