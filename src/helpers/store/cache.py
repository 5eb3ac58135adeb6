"""Per-report results kept between builds: keyed by input and rules, stored as checked JSON.

An entry is one file: a header line `helpers-cache <version> <sha256 of the body>` and a JSON
body. JSON rather than pickle, because loading a pickle runs code and a cache folder may be
shared; the checksum catches entries cut short by a full disk or a crash. A bad entry is
never fatal: it is ignored, recomputed and replaced.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import json
import os
from pathlib import Path

from helpers.config import (
    DICTIONARIES_DIR,
    GAZETTEER_DIR,
    PACKAGE_DIR,
    PIPELINE_VERSION,
)
from helpers.extract.lexicon import user_lexicon
from helpers.extract.records import (
    Figure,
    ManifestRow,
    Report,
    ReportResult,
    Section,
    Slogan,
    TermCounts,
)
from helpers.prebuilt import file_digest

FORMAT = b"helpers-cache"
FORMAT_VERSION = b"1"
# Only what changes a report's records: the extraction code and the data it reads. The engine
# (how results are written) and analysis (charts) do not invalidate the cache.
RULE_SOURCES = (
    (PACKAGE_DIR / "extract", "**/*.py"),
    (PACKAGE_DIR / "engine", "pipeline.py"),
    (DICTIONARIES_DIR, "*"),
    (GAZETTEER_DIR, "*.gz"),
)
_LISTS = {"sections": Section, "figures": Figure, "slogans": Slogan}


def code_version() -> str:
    """Hash of the rules: extraction code, dictionaries, gazetteer, and the research team's
    own word lists in force (changing one reprocesses the reports, as changing a rule does)."""
    folder = user_lexicon()
    return _rules_version() + (_lists_version(str(folder)) if folder else "")


@functools.cache
def _rules_version() -> str:
    digest = hashlib.sha256(PIPELINE_VERSION.encode())
    for folder, pattern in RULE_SOURCES:
        for path in sorted(folder.glob(pattern)):
            digest.update(path.relative_to(folder).as_posix().encode())
            digest.update(file_digest(path))
    return digest.hexdigest()[:16]


@functools.lru_cache(maxsize=8)
def _lists_version(folder: str) -> str:
    digest = hashlib.sha256()
    for path in sorted(Path(folder).glob("*.txt")):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return "+" + digest.hexdigest()[:8]


def entry_path(cache_dir: str, raw: bytes, report_id: str, rel_path: str, with_terms: bool) -> Path:
    """Where the result for these bytes, this id and path, and these rules is kept."""
    salt = f"\0{report_id}\0{rel_path}\0{with_terms}\0{code_version()}".encode()
    key = hashlib.sha256(raw + salt).hexdigest()
    return Path(cache_dir) / key[:2] / f"{key}.json"


def read_entry(path: Path) -> ReportResult | None:
    """The cached result, or None when the entry is missing, cut short, altered or foreign.

    Raises nothing for a bad entry: the caller recomputes and overwrites it.
    """
    try:
        data = path.read_bytes()
    except OSError:
        return None
    header, _, body = data.partition(b"\n")
    parts = header.split(b" ")
    if len(parts) != 3 or parts[:2] != [FORMAT, FORMAT_VERSION]:
        return None
    if hashlib.sha256(body).hexdigest().encode() != parts[2]:
        return None
    try:
        return _from_plain(json.loads(body.decode("utf-8")))
    except (ValueError, TypeError, KeyError):
        return None


def write_entry(path: Path, result: ReportResult) -> None:
    """Store atomically: a reader sees the old entry, no entry, or the whole new one."""
    body = json.dumps(_to_plain(result), ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    header = b" ".join([FORMAT, FORMAT_VERSION, hashlib.sha256(body).hexdigest().encode()])
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(f".{os.getpid()}.tmp")
    try:
        tmp.write_bytes(header + b"\n" + body)
        os.replace(tmp, path)
    except OSError:
        # A cache that cannot be written (full disk, read-only share) only costs time next build.
        tmp.unlink(missing_ok=True)


def _to_plain(result: ReportResult) -> dict:
    return {
        "manifest": dataclasses.asdict(result.manifest),
        "report": dataclasses.asdict(result.report) if result.report else None,
        "text": result.text,
        **{name: [dataclasses.astuple(r) for r in getattr(result, name)] for name in _LISTS},
        "terms": list(result.terms.rows()),  # rows, as the other lists: the same entries
    }


def _from_plain(plain: dict) -> ReportResult:
    return ReportResult(
        manifest=ManifestRow(**plain["manifest"]),
        report=Report(**plain["report"]) if plain["report"] else None,
        text=plain["text"],
        **{name: [cls(*row) for row in plain[name]] for name, cls in _LISTS.items()},
        terms=TermCounts.from_rows(plain["terms"]),
    )
