"""The pass over the whole corpus after every report is built: stories and shared passages.

It reads the cleaned texts back from the staging folder once, in report order, so that it
works the same after the local and the Dask engines, and rewrites `reports` with `story_id` and
`copies` and writes `reuse`. Memory holds one MinHash signature per report and one key per
distinct paragraph, not the texts.
"""

from __future__ import annotations

import shutil
from collections import Counter
from pathlib import Path

import pandas as pd

from ..extract.records import Passage
from . import io, tables
from .reuse import PassageIndex
from .stories import story_groups, story_ids


def run(staging: Path) -> int:
    """Add story_id and copies to the staged reports and write the reuse table; returns its rows."""
    reports = _read(staging, "reports")
    ids = reports["report_id"].tolist()
    index = PassageIndex()

    def texts():
        for report_id in ids:
            text = _text(staging, report_id)
            index.add(report_id, text)
            yield report_id, text

    groups = story_groups(texts(), lambda report_id: _text(staging, report_id))
    story = story_ids(groups, dict(zip(ids, reports["published"])))
    copies = Counter(story.values())
    reports = reports.assign(
        story_id=[story[r] for r in ids], copies=[copies[story[r]] for r in ids]
    )
    _replace(staging, "reports", tables.typed("reports", reports))
    rows = index.clusters(story)
    _replace(staging, "reuse", tables.to_frame("reuse", _passages(staging, rows, reports)))
    return len(rows)


def _passages(staging: Path, rows, reports: pd.DataFrame) -> list[Passage]:
    """Rows with their text and report context; each text read once; ordered by cluster, then
    date, so a cluster reads from its first user on."""
    fields = ["story_id", "published", "province", "prefecture", "county"]
    meta = {r[0]: r[1:] for r in reports[["report_id", *fields]].itertuples(index=False)}
    by_report: dict[str, list] = {}
    for cluster_id, report_id, start, end in rows:
        by_report.setdefault(report_id, []).append((cluster_id, start, end))
    out = []
    for report_id, spans in by_report.items():
        text = _text(staging, report_id)
        story_id, published, province, prefecture, county = meta[report_id]
        for cluster_id, start, end in spans:
            passage = text[start:end]
            out.append(
                Passage(cluster_id, report_id, story_id, start, end, len(passage), published,
                        province, prefecture, county, passage)
            )  # fmt: skip
    return sorted(out, key=lambda p: (p.cluster_id, p.published or "9999", p.report_id, p.start))


def _text(staging: Path, report_id: str) -> str:
    return (staging / "texts" / f"{report_id}.txt").read_text(encoding="utf-8")


def _read(staging: Path, name: str) -> pd.DataFrame:
    single, parts = staging / f"{name}.parquet", staging / name
    frame = pd.read_parquet(single if single.exists() else parts)
    return tables.typed(name, frame)


def _replace(staging: Path, name: str, frame: pd.DataFrame) -> None:
    """Write one table whole, in place of its streamed file or its Dask parts."""
    for old in (staging / f"{name}.csv", staging / f"{name}.parquet"):
        old.unlink(missing_ok=True)
    shutil.rmtree(staging / name, ignore_errors=True)
    writer = io.TableWriter(staging, name)
    writer.write(frame)
    writer.close()
