"""The tables of a build, each read from disk the first time it is used.

At 100,000 reports the vocabulary table is 30 million rows (1.5 GB as a DataFrame) and the
figures table 2 million (1 GB); reading all seven took a notebook that only counts reports to
7.5 GB. `load()` now returns a `Tables` whose tables are read on first use, and `per_story`
defers its filter likewise, so a notebook holds only the tables it touches.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from helpers.store.tables import ALL_TABLES

if TYPE_CHECKING:
    import pandas as pd

FIELDS = (*ALL_TABLES, "info")


class Deferred:
    """A table not read yet, and how to read it: `read(report_ids, columns)` gives those
    columns of those reports' rows (all when None), so that a view of a few reports, or a count,
    never holds the whole table."""

    __slots__ = ("read",)

    def __init__(self, read: Callable[..., pd.DataFrame]):
        self.read = read


class Tables:
    """The build's tables as typed DataFrames: `tables.figures`, `tables.reports`, ... and
    `tables.info` (build.json: the corpus, the rules' version, the date of the build).

    Used like the named tuple it was: built from the tables in contract order or by name,
    `_replace`, `_asdict`, `_fields`, iteration. A table given as a `Deferred` is read at its
    first use and then kept.
    """

    __slots__ = ("_values",)
    _fields = FIELDS

    def __init__(self, *tables, **named):
        if len(tables) > len(FIELDS):
            raise TypeError(f"Tables takes at most {len(FIELDS)} tables, got {len(tables)}")
        values = dict(zip(FIELDS, tables))
        for name, value in named.items():
            if name not in FIELDS:
                raise TypeError(f"Tables has no table {name!r}; its tables are {FIELDS}")
            if name in values:
                raise TypeError(f"table {name!r} given twice")
            values[name] = value
        missing = [name for name in ALL_TABLES if name not in values]
        if missing:
            raise TypeError(f"Tables needs every table; missing: {', '.join(missing)}")
        values.setdefault("info", {})
        object.__setattr__(self, "_values", values)

    def __getattr__(self, name: str):
        values = object.__getattribute__(self, "_values")
        if name not in values:
            raise AttributeError(f"Tables has no table {name!r}; its tables are {FIELDS}")
        value = values[name]
        if isinstance(value, Deferred):
            value = values[name] = value.read()
        return value

    def __setattr__(self, name, value):
        raise AttributeError("Tables is read-only: use tables._replace(name=frame)")

    def unread(self, name: str, report_ids=None, columns=None):
        """The table's rows of `report_ids` and its `columns` (all when None), without keeping
        the table here if it is not read yet: for a view (`per_story`) that keeps only part of
        it, or a count that needs one column of 2 million rows, not all 30. A table read from
        disk is filtered as it is read, and comes with a fresh index."""
        value = self._values[name]
        if isinstance(value, Deferred):
            return value.read(report_ids, columns)
        if report_ids is not None:
            value = value[value["report_id"].isin(report_ids)].reset_index(drop=True)
        return value if columns is None else value[list(columns)]

    def __reduce__(self):
        # the named tables as they stand, read or not (a Deferred pickles with its reader)
        return (_from_values, (dict(self._values),))

    def is_read(self, name: str) -> bool:
        return not isinstance(self._values[name], Deferred)

    def _replace(self, **changes) -> Tables:
        return Tables(**{**self._values, **changes})

    def _asdict(self) -> dict:
        return {name: getattr(self, name) for name in FIELDS}

    def __iter__(self) -> Iterator:
        return (getattr(self, name) for name in FIELDS)

    def __len__(self) -> int:
        return len(FIELDS)

    def __repr__(self) -> str:
        shown = [
            f"{name}={len(self._values[name])} rows" if self.is_read(name) else f"{name}=(unread)"
            for name in ALL_TABLES
        ]
        return f"Tables({', '.join(shown)})"


def _from_values(values: dict) -> Tables:
    return Tables(**values)
