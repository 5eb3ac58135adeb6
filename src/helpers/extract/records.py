"""Typed records: one per future table row. Field names are the column names.

Records are frozen, except the ones a report yields by the hundred (terms, figures): a frozen
dataclass sets each field through object.__setattr__, three times the cost of a plain one, and
those inits were 3 % of the build. Nothing changes a record after it is made.
"""

from __future__ import annotations

from dataclasses import dataclass, field


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


@dataclass(frozen=True, slots=True)
class Slogan:
    report_id: str
    section: int
    slogan: str
    kind: str  # "quoted" | "formula" | "numbered"
    raw: str
    start: int
    end: int
    recognised_by: str = ""  # structure | name | context | lexicon | list | corpus


@dataclass(slots=True)
class TermCount:
    report_id: str
    section: int
    term: str
    count: int


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
    terms: list[TermCount] = field(default_factory=list)
