"""A researcher's corrections, applied to the staged tables before the corpus pass.

A corrections file is a CSV a person edits in Excel or writes from a notebook
(`helpers.analysis.review`): one correction a line, `table` (reports | figures | slogans),
`id` (report_id | figure_id | slogan_id), `column` (a column to set, or `drop`, or `add`),
`value`, `note`, `who`, `when`; optionally `raw` and `sentence`, the row as it was reviewed,
so that a correction whose id moved (a rules change shifted the offsets) is found again.

Every correction is applied or listed as unmatched, with its reason, in
`corrections_applied.csv`; none is applied to another row, and a bad line is reported by its
number while the rest apply. Each corrected row says so in its `review` column.
"""

from __future__ import annotations

import csv
import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from helpers.errors import HelpersError
from helpers.extract.vocabulary.slogan_words import canonical
from helpers.store import io, tables

ID_COLUMN = {"reports": "report_id", "figures": "figure_id", "slogans": "slogan_id"}
# What a person may change: the judgements, not the offsets and ids that trace a row.
EDITABLE = {
    "reports": {
        "title", "published", "source", "author", "province", "prefecture", "county",
        "township", "adcode",
    },
    "figures": {
        "metric", "value", "value_high", "unit", "qualifier", "year", "as_of_year", "province",
        "prefecture", "county", "township", "village", "scope", "period", "part_of", "flags",
        "note",
    },
    "slogans": {"slogan", "kind"},
}  # fmt: skip
ACTIONS = {"drop", "add"}
APPLIED_COLUMNS = ["line", "table", "id", "column", "value", "status", "reason", "matched_id"]


class CorrectionsError(HelpersError):
    """The corrections file cannot be read at all (missing, not a CSV with the columns)."""


@dataclass
class Correction:
    line: int
    table: str
    id: str
    column: str
    value: str
    note: str = ""
    who: str = ""
    when: str = ""
    raw: str = ""
    sentence: str = ""


def read(path: str | Path) -> tuple[list[Correction], list[dict]]:
    """The corrections of a file, and an `unmatched` outcome for each line that is not one."""
    path = Path(path)
    if not path.is_file():
        raise CorrectionsError(f"corrections file not found: {path}")
    with open(path, encoding="utf-8-sig", newline="") as f:
        reader = csv.DictReader(f)
        missing = {"table", "id", "column", "value"} - set(reader.fieldnames or [])
        if missing:
            raise CorrectionsError(f"{path}: the header lacks {', '.join(sorted(missing))}")
        rows = [(number, row) for number, row in enumerate(reader, start=2)]
    good, bad = [], []
    for number, row in rows:
        c = Correction(number, **{k: (row.get(k) or "").strip() for k in Correction.__annotations__
                                  if k != "line"})  # fmt: skip
        problem = _problem(c)
        if problem:
            print(f"{path}:{number}: {problem}; the other corrections apply", file=sys.stderr)
            bad.append(_outcome(c, "unmatched", problem))
        else:
            good.append(c)
    return good, bad


def _problem(c: Correction) -> str:
    """Why a line is not a correction that can be applied, or ''."""
    if c.table not in ID_COLUMN:
        return f"unknown table {c.table!r} (reports, figures or slogans)"
    if not c.id and c.column != "add":
        return "no id"
    if c.column in ACTIONS:
        if c.column == "add":
            try:
                added = json.loads(c.value)
            except json.JSONDecodeError as err:
                return f"add needs a JSON object as its value ({err.msg})"
            if not isinstance(added, dict) or not {"raw", "sentence"} <= set(added):
                return 'add needs a JSON object with "raw" and "sentence"'
            if c.table == "reports":
                return "a report is added by adding its file to the corpus"
        return ""
    if c.column not in EDITABLE[c.table]:
        allowed = ", ".join(sorted(EDITABLE[c.table] | ACTIONS))
        return f"column {c.column!r} cannot be corrected in {c.table} ({allowed})"
    return _type_problem(c.table, c.column, c.value)


def _type_problem(table: str, column: str, value: str) -> str:
    dtype = tables.ALL_TABLES[table][1][column]
    if isinstance(dtype, tables.Categories) and value not in dtype:
        return f"{value!r} is not a value of {column} ({', '.join(v for v in dtype if v)})"
    if dtype in ("Int64", "Float64") and value:
        try:
            number = float(value)
        except ValueError:
            return f"{column} takes a number, not {value!r}"
        if dtype == "Int64" and number != int(number):
            return f"{column} takes a whole number, not {value!r}"
    return ""


def apply(staging: Path, path: str | Path) -> list[dict]:
    """Apply the file's corrections to the staged reports, figures and slogans; write
    `corrections_applied.csv` beside them; return its rows."""
    import pandas as pd

    corrections, outcomes = read(path)
    frames = {name: _staged(staging, name) for name in ID_COLUMN}
    for c in corrections:
        frame = frames[c.table]
        if c.column == "add":
            row, reason = _added_row(staging, c, frame)
            if row is None:
                outcomes.append(_outcome(c, "unmatched", reason))
                continue
            frames[c.table] = pd.concat([frame, pd.DataFrame([row])], ignore_index=True)
            outcomes.append(_outcome(c, "applied", reason, row[ID_COLUMN[c.table]]))
            continue
        at, reason = _find(c, frame)
        if at is None:
            outcomes.append(_outcome(c, "unmatched", reason))
            continue
        matched = frame.at[at, ID_COLUMN[c.table]]
        if c.column == "drop":
            frames[c.table] = frame.drop(index=at)
        else:
            frame[c.column] = frame[c.column].astype(object)
            frame.at[at, c.column] = _cast(c.table, c.column, c.value)
            frame.at[at, "review"] = _review(frame.at[at, "review"], c)
        outcomes.append(_outcome(c, "applied", reason, matched))
    for name, frame in frames.items():
        _write(staging, name, frame)
    _write_outcomes(staging / "corrections_applied.csv", outcomes)
    return outcomes


def _staged(staging: Path, name: str):
    return tables.typed(name, io.read_staged(staging, name).to_pandas()).astype(object)


def _write(staging: Path, name: str, frame) -> None:
    typed = tables.typed(name, frame.reset_index(drop=True))
    sort = {"figures": ["report_id", "start"], "slogans": ["report_id", "start"]}.get(name)
    if sort:
        typed = typed.sort_values(sort, kind="stable", ignore_index=True)
    io.remove_staged(staging, name)
    writer = io.TableWriter(staging, name)
    writer.write(typed)
    writer.close()


def _find(c: Correction, frame) -> tuple[object, str]:
    """The row a correction names: by its id, else (a figure or a slogan whose offsets moved)
    by its report, raw text and sentence; never a guess between two."""
    ids = frame[ID_COLUMN[c.table]].astype(str)
    hits = frame.index[ids == c.id]
    if len(hits) == 1:
        return hits[0], ""
    if c.table == "reports":
        return None, f"no report {c.id} in this build"
    report_id = c.id.split("#")[0]
    if not c.raw:
        return None, f"no row {c.id} in this build, and no raw text to find it again by"
    same = (frame["report_id"].astype(str) == report_id) & (frame["raw"].astype(str) == c.raw)
    if c.sentence and "sentence" in frame:
        same &= frame["sentence"].astype(str).str.replace(r"\s+", "", regex=True) == re.sub(
            r"\s+", "", c.sentence
        )
    hits = frame.index[same]
    if len(hits) == 1:
        return hits[0], f"found again by its raw text and sentence (the id is now {ids[hits[0]]})"
    if not len(hits):
        return None, f"no row {c.id} in this build, nor one with its raw text and sentence"
    return None, f"{c.id} moved and {len(hits)} rows have its raw text and sentence: not applied"


def _added_row(staging: Path, c: Correction, frame) -> tuple[dict | None, str]:
    """A missed figure or slogan, placed at its raw text within its sentence in the text."""
    added = json.loads(c.value)
    report_id = added.get("report_id") or c.id.split("#")[0]
    try:
        text = io.read_text(staging, report_id)
    except OSError:
        return None, f"no report {report_id} in this build"
    sentence = added["sentence"]
    at = text.find(sentence)
    inside = sentence.find(added["raw"])
    if at < 0 or inside < 0:
        return None, "its sentence, with its raw text, is not in the report's text"
    start = at + inside
    end = start + len(added["raw"])
    dtypes = tables.ALL_TABLES[c.table][1]
    row = {c_: None if dtypes[c_] in ("Int64", "Float64") else "" for c_ in frame.columns}
    same_report = frame[frame["report_id"].astype(str) == report_id]
    if len(same_report):  # place and section from a row of the same report
        for column in ("section", "province", "prefecture", "county", "township"):
            if column in row:
                row[column] = same_report.iloc[0][column]
    row |= {"report_id": report_id, "raw": added["raw"], "start": start, "end": end}
    if c.table == "figures":
        row |= {"sentence": sentence.strip(), "figure_id": f"{report_id}#{start}.9"}
    else:
        row |= {"slogan": canonical(added["raw"]), "kind": "quoted", "recognised_by": "user"}
        row["slogan_id"] = f"{report_id}#s{start}"
    for column, value in added.items():
        if column in EDITABLE[c.table]:
            problem = _type_problem(c.table, column, str(value))
            if problem:
                return None, problem
            row[column] = _cast(c.table, column, str(value))
    row["review"] = _review("", c)
    return row, ""


def _cast(table: str, column: str, value: str):
    dtype = tables.ALL_TABLES[table][1][column]
    if dtype in ("Int64", "Float64"):
        return None if value == "" else (int(float(value)) if dtype == "Int64" else float(value))
    return value


def _review(before, c: Correction) -> str:
    note = c.note or f"{c.column} {c.value}".strip()
    mark = f"corrected: {note}" + (f" ({c.who})" if c.who else "")
    before = "" if before is None or str(before) in ("", "nan", "<NA>") else str(before)
    return f"{before}; {mark}" if before else mark


def _outcome(c: Correction, status: str, reason: str, matched: str = "") -> dict:
    return dict(
        line=c.line, table=c.table, id=c.id, column=c.column, value=c.value, status=status,
        reason=reason, matched_id=matched,
    )  # fmt: skip


def _write_outcomes(path: Path, outcomes: list[dict]) -> None:
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=APPLIED_COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(sorted(outcomes, key=lambda o: o["line"]))
