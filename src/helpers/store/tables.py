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
PLACE = {"province": "string", "prefecture": "string", "county": "string", "township": "string"}

MANIFEST_DTYPES = {
    "report_id": "string",
    "path": "string",
    "sha256": "string",
    "encoding": "string",
    "status": Categories(["ok", "rejected"]),
    "reason": "string",
    "n_bytes": "Int64",
}
REPORT_DTYPES = {
    "report_id": "string",
    "title": "string",
    "published": "string",
    "source": "string",
    "author": "string",
    "script": Categories(["simplified", "traditional"]),
    **PLACE,
    "adcode": "string",
    "n_chars": "Int64",
    "quality": "string",
    "path": "string",
    "story_id": "string",
    "copies": "Int64",
    "review": "string",
}
SECTION_DTYPES = {
    "report_id": "string",
    "section": "Int64",
    "heading": "string",
    **PLACE,
    "start": "Int64",
    "end": "Int64",
    "adcode": "string",
}
FIGURE_DTYPES = {
    "report_id": "string",
    "section": "Int64",
    **PLACE,
    "village": "string",
    "metric": Categories(METRICS),
    "value": "Float64",
    "value_high": "Float64",
    "unit": "string",
    "qualifier": Categories(["", "about", "over", "under"]),
    "year": "Int64",
    "as_of_year": "Int64",
    "year_source": Categories(["", "stated", "relative", "carried", "published"]),
    "as_of": "string",
    "figure_id": "string",
    "place_basis": Categories(["", "sentence", "paragraph", "section", "report"]),
    "scope": Categories(["", "village", "township", "county", "prefecture", "province"]),
    "period": Categories(["", "point", "annual", "cumulative"]),
    "part_of": "string",
    "raw": "string",
    "start": "Int64",
    "end": "Int64",
    "sentence": "string",
    "flags": "string",
    "note": "string",
    "review": "string",
}
SLOGAN_DTYPES = {
    "report_id": "string",
    "section": "Int64",
    "slogan": "string",
    "kind": Categories(["quoted", "formula", "numbered"]),
    "raw": "string",
    "start": "Int64",
    "end": "Int64",
    # "candidate" only between a report's extraction and the corpus pass, which settles it
    "recognised_by": Categories(
        ["structure", "name", "context", "lexicon", "list", "corpus", "user", "candidate"]
    ),
    "slogan_id": "string",
    "review": "string",
}
TERM_DTYPES = {"report_id": "string", "section": "Int64", "term": "string", "count": "Int64"}

REUSE_DTYPES = {
    "cluster_id": "string",
    "report_id": "string",
    "story_id": "string",
    "start": "Int64",
    "end": "Int64",
    "chars": "Int64",
    "published": "string",
    "province": "string",
    "prefecture": "string",
    "county": "string",
    "passage": "string",
}
# Tables built report by report; the corpus pass adds the ones that need every report.
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
