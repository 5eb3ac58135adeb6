"""A quick look at a corpus folder before building: one row per file."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from helpers.errors import CorpusNotFoundError, RejectedFile
from helpers.extract.text.ingest import decode, list_corpus, report_ids


def read_corpus(folder: str | Path) -> pd.DataFrame:
    """One row per file: report_id, path, decoded text ('' if rejected), n_chars, encoding, why."""
    folder = Path(folder)
    if not folder.is_dir():
        raise CorpusNotFoundError(f"corpus folder not found: {folder}")
    files = list_corpus(folder)
    rel = [p.relative_to(folder).as_posix() for p in files]
    ids = report_ids(rel)
    rows = []
    for path, rel_path in zip(files, rel):
        try:
            text, encoding = decode(path.read_bytes(), path.suffix)
            reason = ""
        except RejectedFile as why:
            text, encoding, reason = "", "", str(why)
        rows.append((ids[rel_path], rel_path, text, len(text), encoding, reason))
    frame = pd.DataFrame(
        rows, columns=["report_id", "path", "text", "n_chars", "encoding", "reason"]
    )
    return frame.astype(
        {
            "report_id": "string",
            "path": "string",
            "text": "string",
            "n_chars": "Int64",
            "encoding": "string",
            "reason": "string",
        }
    )
