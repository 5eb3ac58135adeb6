"""Records -> DataFrames: the column contract, with explicit dtypes, in one place.

The dtypes are declared without pandas ("string", "Int64", "Float64", `Categories`): the build
encodes rows straight from records (io.encode_records) and needs pandas' dtypes only where a
frame is made (`typed`, `to_frame`, `load`).
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import fields
from itertools import repeat
from operator import attrgetter
from typing import TYPE_CHECKING

from helpers.extract.records import (
    Figure,
    ManifestRow,
    Passage,
    Report,
    Section,
    Slogan,
    TermCount,
    TermCounts,
)

if TYPE_CHECKING:
    import pandas as pd


class Categories(tuple):
    """The values of a categorical column, in order: pandas' CategoricalDtype, declared."""


METRICS = [
    "poor_households",
    "poor_persons",
    "lifted_households",
    "lifted_persons",
    "beneficiary_households",
    "beneficiary_persons",
    "poor_villages",
    "funds_yuan",
    "income_yuan",
    "area_mu",
    "party_members",
    "cadres",
    "population",
    "other",
]
# The columns and their order are the records' fields (extract/records.py): declared once. Here
# only what a field's type cannot say: the values of a categorical column.
FROM_ANNOTATION = {
    "str": "string",
    "int": "Int64",
    "int | None": "Int64",
    "float": "Float64",
    "float | None": "Float64",
}


def dtypes_of(record_type, categories: dict[str, Categories] | None = None) -> dict:
    """The table's dtypes: each field's from its annotation, a categorical column's values
    from `categories`."""
    categories = categories or {}
    return {
        f.name: categories.get(f.name) or FROM_ANNOTATION[str(f.type)] for f in fields(record_type)
    }


MANIFEST_DTYPES = dtypes_of(ManifestRow, {"status": Categories(["ok", "rejected"])})
REPORT_DTYPES = dtypes_of(Report, {"script": Categories(["simplified", "traditional"])})
SECTION_DTYPES = dtypes_of(Section)
FIGURE_DTYPES = dtypes_of(
    Figure,
    {
        "metric": Categories(METRICS),
        "qualifier": Categories(["", "about", "over", "under"]),
        "year_source": Categories(["", "stated", "relative", "carried", "published"]),
        "place_basis": Categories(["", "sentence", "paragraph", "section", "report"]),
        "scope": Categories(["", "village", "township", "county", "prefecture", "province"]),
        "period": Categories(["", "point", "annual", "cumulative"]),
    },
)
SLOGAN_DTYPES = dtypes_of(
    Slogan,
    {
        "kind": Categories(["quoted", "formula", "numbered"]),
        # "candidate" only between a report's extraction and the corpus pass, which settles it
        "recognised_by": Categories(
            [
                "structure",
                "name",
                "context",
                "lexicon",
                "list",
                "repeat",
                "corpus",
                "user",
                "candidate",
            ]
        ),
    },
)
TERM_DTYPES = dtypes_of(TermCount)
REUSE_DTYPES = dtypes_of(Passage)

TABLES = {
    "manifest": (ManifestRow, MANIFEST_DTYPES),
    "reports": (Report, REPORT_DTYPES),
    "sections": (Section, SECTION_DTYPES),
    "figures": (Figure, FIGURE_DTYPES),
    "slogans": (Slogan, SLOGAN_DTYPES),
    "terms": (TermCount, TERM_DTYPES),
}


def to_frame(name: str, records: Iterable) -> pd.DataFrame:
    """One table from its records, columns in contract order, dtypes declared above."""
    import pandas as pd

    record_type, dtypes = ALL_TABLES[name]
    columns = [f.name for f in fields(record_type)]
    # records are flat: attrgetter reads them without astuple's deep copy of every value
    row = attrgetter(*columns)
    frame = pd.DataFrame([row(r) for r in records], columns=columns)
    return typed(name, frame)


def term_columns(blocks: Iterable[TermCounts]) -> list[list]:
    """The vocabulary rows of several reports, in order, as the table's four columns."""
    report_id: list[str] = []
    section: list[int] = []
    term: list[str] = []
    count: list[int] = []
    for block in blocks:
        report_id += repeat(block.report_id, len(block))
        section += block.section
        term += block.term
        count += block.count
    return [report_id, section, term, count]


def typed(name: str, frame: pd.DataFrame, columns: list[str] | None = None) -> pd.DataFrame:
    """Cast a table read back from disk (or built) to its declared dtypes; only `columns` of
    it, in that order, when given."""
    dtypes = ALL_TABLES[name][1]
    if columns is not None:
        dtypes = {column: dtypes[column] for column in columns}
    frame = frame.reindex(columns=list(dtypes))
    for column, dtype in dtypes.items():
        if dtype == "string" or isinstance(dtype, Categories):
            frame[column] = frame[column].astype("string").fillna("")
        frame[column] = frame[column].astype(pandas_dtype(dtype))
    return frame


@functools.cache
def pandas_dtype(declared: str | Categories):
    """The pandas dtype of a declared one."""
    if isinstance(declared, Categories):
        import pandas as pd

        return pd.CategoricalDtype(list(declared))
    return declared


CORPUS_TABLES = {"reuse": (Passage, REUSE_DTYPES)}
ALL_TABLES = {**TABLES, **CORPUS_TABLES}
