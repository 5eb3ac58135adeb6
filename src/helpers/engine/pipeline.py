"""The heart of the build: files' bytes -> their reports' records, stage by stage. Pure: no shared
state (a caller may ask to be told of each text once it is cleaned)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import PurePath

from helpers import heap
from helpers.errors import RejectedFile
from helpers.extract.figures import extract as figs
from helpers.extract.places import gazetteer as gz
from helpers.extract.places import regions
from helpers.extract.records import (
    Figure,
    ManifestRow,
    Place,
    Report,
    ReportResult,
    Section,
    Slogan,
    TermCounts,
)
from helpers.extract.report import describe
from helpers.extract.text import clean as cleaning
from helpers.extract.text.ingest import decode, sha256
from helpers.extract.text_units import starting_within
from helpers.extract.vocabulary import jieba_dictionary, slogan_words, slogans, terms


def process_report(
    report_id: str, rel_path: str, raw: bytes, with_terms: bool = True
) -> ReportResult:
    """Everything the build learns from one file; an unreadable file becomes a rejected row."""
    return process_reports([(report_id, rel_path, raw, with_terms)])[0]


def process_reports(
    files: list[tuple[str, str, bytes, bool]],
    cleaned: Callable[[str, str], object] | None = None,
) -> list[ReportResult]:
    """`process_report` of each (report_id, rel_path, raw bytes, with_terms), in order.

    The reports go through the analysis stage by stage, each stage over all of them in turn:
    back to back, a stage's patterns, tables and code stay in the processor's caches, where
    the next stage's would push them out (cleaning, places and vocabulary run 20-40 % faster
    so). Keep the batch to a few megabytes of text: all of it is held until the last stage.

    `cleaned(report_id, text)` is called as soon as a report's text is known, before the
    other stages: the build writes the texts meanwhile. A report that then fails is rejected,
    its text written all the same.
    """
    pending: list[_Report] = []
    results: list[ReportResult | _Report] = []
    for report_id, rel_path, raw, with_terms in files:
        digest = sha256(raw)
        try:
            text, encoding = decode(raw, PurePath(rel_path).suffix)
        except RejectedFile as why:
            results.append(
                ReportResult(
                    ManifestRow(report_id, rel_path, digest, "", "rejected", str(why), len(raw))
                )
            )
            continue
        manifest = ManifestRow(report_id, rel_path, digest, encoding, "ok", "", len(raw))
        pending.append(_Report(report_id, text, manifest, with_terms))
        results.append(pending[-1])
    _analyse_all(pending, cleaned)
    return [r.result() if isinstance(r, _Report) else r for r in results]


LARGE_TEXT = 1_000_000  # characters: a yearbook or a site dump, not an article


def prepare() -> None:
    """Load the gazetteer, its automaton and the dictionaries now.

    Called in the main process before workers are forked, so that they share these
    structures instead of each loading its own (see helpers/prebuilt.py).
    """
    gz.prepare()
    analyse("", WARM_UP, ManifestRow("", "", "", "utf-8", "ok", "", 0))


def release() -> None:
    """Let go of the lookups `prepare` loaded (they reload on demand): once the workers are
    done, the corpus pass needs none of them, and they are ~100 MB of the main process's peak."""
    import importlib
    import pkgutil

    from helpers import extract

    for info in pkgutil.walk_packages(extract.__path__, prefix=f"{extract.__name__}."):
        module = importlib.import_module(info.name)
        for value in vars(module).values():
            if (
                callable(getattr(value, "cache_clear", None))
                and value.__module__ == module.__name__
            ):
                value.cache_clear()


# Touches every lazily loaded table: traditional script, a place chain, a figure, a quote.
WARM_UP = "標題\n某省某縣：“一村一品”帶動脫貧。\n2019年全县贫困户減少120户。\n"


def analyse(
    report_id: str, raw_text: str, manifest: ManifestRow, with_terms: bool = True
) -> ReportResult:
    """Records of one decoded report."""
    report = _Report(report_id, raw_text, manifest, with_terms)
    _analyse_all([report])
    return report.result()


@dataclass(slots=True)
class _Report:
    """One report on its way through the stages: its input, what each stage found, and the
    fault that stopped it, if one did."""

    report_id: str
    raw_text: str
    manifest: ManifestRow
    with_terms: bool
    cleaned: cleaning.Cleaned | None = None
    located: list = field(default_factory=list)
    page_context: list[str] = field(default_factory=list)
    report: Report | None = None
    sections: list[Section] = field(default_factory=list)
    section_codes: list[str] = field(default_factory=list)
    slogans: list[Slogan] = field(default_factory=list)
    settled: list[Slogan] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    terms: TermCounts = field(default_factory=TermCounts)
    fault: Exception | None = None

    def result(self) -> ReportResult:
        if self.fault is not None:
            # A fault in the rules on one page (none is known: 11,000 fuzzed pages ran clean)
            # is that page's row in the manifest, named so that it can be reported, not the
            # end of a build that may have run for an hour.
            err = self.fault
            reason = (
                f"not analysed: the rules failed on it ({type(err).__name__}: {err}); please report"
            )
            return ReportResult(replace(self.manifest, status="rejected", reason=reason))
        return ReportResult(
            self.manifest,
            self.report,
            self.cleaned.text,
            self.sections,
            self.figures,
            self.slogans,
            self.terms,
        )


def _analyse_all(
    reports: list[_Report], cleaned: Callable[[str, str], object] | None = None
) -> None:
    """Each stage over every report still standing, in order; `cleaned` told of each text."""
    for stage in STAGES:
        for report in reports:
            if report.fault is None:
                try:
                    stage(report)
                # one report's failure must not end a build
                except Exception as err:  # noqa: BLE001
                    report.fault = err
                if len(report.raw_text) + len(report.cleaned.text if report.cleaned else "") > (
                    LARGE_TEXT
                ):
                    # a yearbook's stage leaves hundreds of MB freed but held (the place-name
                    # matches, the decoded page): given back before the next stage stacks on it
                    heap.trim()
        if stage is _clean and cleaned is not None:
            for report in reports:
                if report.fault is None:
                    cleaned(report.report_id, report.cleaned.text)


def _clean(r: _Report) -> None:
    r.cleaned = cleaning.clean(r.raw_text)
    r.raw_text = ""  # the page as decoded is not needed again


def _locate(r: _Report) -> None:
    # Page chrome and bylines often name the site's own place ("欢迎光临某某县人民政府",
    # "来源: 某某县融媒体中心"): weak votes, and support for the places the article names.
    r.page_context = r.cleaned.header_context + r.cleaned.meta_lines
    r.located = regions.locate(r.cleaned.text, r.page_context, jieba_dictionary.is_word)


def _describe(r: _Report) -> None:
    """The report's row, its sections and its slogans."""
    text = r.cleaned.text
    r.report, code, place, title_end = describe(
        r.report_id, r.cleaned, r.located, r.page_context, r.manifest.path
    )
    r.sections, r.section_codes = _sections(r.report_id, text, r.located, code, place, title_end)
    r.slogans = slogans.extract_slogans(r.report_id, text, r.sections, with_candidates=True)
    # candidates wait for the corpus's evidence: the other tables must not depend on it
    r.settled = [s for s in r.slogans if s.recognised_by != slogan_words.CANDIDATE]


def _figures(r: _Report) -> None:
    r.figures = figs.extract_figures(
        r.report_id,
        r.cleaned.text,
        r.sections,
        r.located,
        r.settled,
        r.section_codes,
        r.report.published,
    )


def _terms(r: _Report) -> None:
    if r.with_terms:
        r.terms = terms.count_terms(r.report_id, r.cleaned.text, r.sections, r.settled)


STAGES = (_clean, _locate, _describe, _figures, _terms)


def _sections(
    report_id: str, text: str, located, report_code: str, report_place: Place, title_end: int
) -> tuple[list[Section], list[str]]:
    cuts = regions.headings(text, located, report_code, skip_until=title_end)
    bounds = [(0, 0, "", report_code)] if not cuts or cuts[0][0] > 0 else []
    bounds += [(start, end, text[start:end], code) for start, end, code in cuts]
    sections, codes = [], []
    for i, (start, heading_end, heading, _) in enumerate(bounds):
        end = bounds[i + 1][0] if i + 1 < len(bounds) else len(text)
        if heading:
            code = regions.section_code(located, start, end, heading_end, report_code)
            hint = next(
                (loc.text for loc in starting_within(located, start, end) if loc.code == code), ""
            )
            place = gz.place_of(code, hint if hint in gz.all_names() else "")
        else:
            code, place = report_code, report_place
        sections.append(
            Section(
                report_id,
                i,
                heading,
                place.province,
                place.prefecture,
                place.county,
                place.township,
                start,
                end,
                place.adcode,
            )
        )
        codes.append(code)
    return sections, codes
