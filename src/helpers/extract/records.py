"""Typed records: one per future table row. Field names are the column names.

Records are frozen, except the ones a report yields by the hundred (figures): a frozen
dataclass sets each field through object.__setattr__, three times the cost of a plain one, and
those inits were 3 % of the build. Nothing changes a record after it is made. A report's
vocabulary, hundreds of rows, is held as columns (`TermCounts`), not as a record a row.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import repeat


@dataclass(frozen=True, slots=True)
class ManifestRow:
    report_id: str
    path: str
    sha256: str
    encoding: str
    status: str  # "ok" | "rejected"
    reason: str
    n_bytes: int = 0


@dataclass(frozen=True, slots=True)
class Place:
    province: str = ""
    prefecture: str = ""
    county: str = ""
    township: str = ""
    adcode: str = ""


@dataclass(frozen=True, slots=True)
class Report:
    report_id: str
    title: str
    published: str
    source: str
    author: str
    script: str
    province: str
    prefecture: str
    county: str
    township: str
    adcode: str
    n_chars: int
    quality: str
    path: str = ""
    story_id: str = ""  # set by the corpus pass: reprints share the earliest copy's id
    copies: int = 1
    review: str = ""  # "corrected: NOTE" when a researcher's correction changed the row


@dataclass(frozen=True, slots=True)
class Section:
    report_id: str
    section: int
    heading: str
    province: str
    prefecture: str
    county: str
    township: str
    start: int
    end: int
    adcode: str = ""


@dataclass(slots=True)
class Figure:
    report_id: str
    section: int
    province: str
    prefecture: str
    county: str
    township: str
    village: str
    metric: str
    value: float | None
    value_high: float | None
    unit: str
    qualifier: str
    year: int | None
    as_of_year: int | None  # the year the figure describes: stated, relative or carried
    year_source: str  # "stated" | "relative" | "carried" | ""
    as_of: str  # "YYYY-MM" when a month is stated with the year, else ""
    figure_id: str  # "<report_id>#<start>.<k>": stable for the same input
    place_basis: str  # "sentence" | "section" | "report"
    scope: str  # the level the figure describes, "" when unknown
    period: str  # "point" | "annual" | "cumulative" | ""
    part_of: str  # figure_id of the whole this figure is a part of, else ""
    raw: str
    start: int
    end: int
    sentence: str
    flags: str = ""
    note: str = ""
    review: str = ""  # "corrected: NOTE" when a researcher's correction changed or added the row


@dataclass(frozen=True, slots=True)
class Slogan:
    report_id: str
    section: int
    slogan: str
    kind: str  # "quoted" | "formula" | "numbered"
    raw: str
    start: int
    end: int
    recognised_by: str = ""  # structure | name | context | lexicon | list | corpus | user
    slogan_id: str = ""  # report_id#s<start>: the same for the same file bytes
    review: str = ""  # "corrected: NOTE" when a researcher's correction changed or added the row


@dataclass(slots=True)
class TermCount:
    report_id: str
    section: int
    term: str
    count: int


@dataclass(slots=True)
class TermCounts:
    """One report's rows of the vocabulary table, as columns; iterated, its `TermCount`s.

    A record a row cost more than counting the words: 130,000 inits for 2 MB of reports.
    """

    report_id: str = ""
    section: list[int] = field(default_factory=list)
    term: list[str] = field(default_factory=list)
    count: list[int] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.term)

    def __iter__(self) -> Iterator[TermCount]:
        return map(TermCount, repeat(self.report_id), self.section, self.term, self.count)

    def rows(self) -> Iterator[tuple[str, int, str, int]]:
        """The rows as plain tuples, in column order."""
        return zip(repeat(self.report_id), self.section, self.term, self.count)

    @classmethod
    def from_rows(cls, rows: Iterable[tuple[str, int, str, int]]) -> TermCounts:
        """The rows of one report (its report_id in each) back as columns."""
        rows = list(rows)
        if not rows:
            return cls()
        _, section, term, count = (list(column) for column in zip(*rows))
        return cls(rows[0][0], section, term, count)


@dataclass(frozen=True, slots=True)
class Passage:
    """One occurrence of a passage that two or more different stories share."""

    cluster_id: str
    report_id: str
    story_id: str
    start: int
    end: int
    chars: int
    published: str
    province: str
    prefecture: str
    county: str
    passage: str


@dataclass(slots=True)
class ReportResult:
    """Everything the build learns from one input file."""

    manifest: ManifestRow
    report: Report | None = None
    text: str = ""
    sections: list[Section] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    slogans: list[Slogan] = field(default_factory=list)
    terms: TermCounts = field(default_factory=TermCounts)
