"""Tables to Excel for colleagues: one sheet per table, a README sheet, Chinese intact."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

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
        readme.to_excel(writer, sheet_name="README", index=False)
    return path


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
