"""Score a build's figures and slogans against a gold folder.

    python tools/score.py data/processed tests/gold [--prefix seeds]

A figure matches a gold row on (report, value, compatible unit): 人 and 名 are one class,
and a unit outside the known classes matches by value alone. Repeats count: a figure
stated twice is two rows. Key metrics group funds_yuan and income_yuan as "money".
Prints precision and recall overall and for the key metrics; returns them as a dict.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

UNIT_CLASS = {
    "户": "households",
    "人": "persons",
    "名": "persons",
    "人次": "person-times",
    "元": "yuan",
    "亩": "mu",
    "%": "percent",
}
KEY = {
    "poor_households",
    "poor_persons",
    "lifted_households",
    "lifted_persons",
    "poor_villages",
    "money",
    "area_mu",
}


def rows(path: Path) -> list[dict]:
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def _value(v: str):
    try:
        return float(str(v).replace(",", ""))
    except ValueError:
        return None


def _unit_class(unit: str) -> str:
    return UNIT_CLASS.get((unit or "").strip(), "other")


def _group(metric: str) -> str:
    return "money" if metric in ("funds_yuan", "income_yuan") else metric


def _compatible(a: str, b: str) -> bool:
    ca, cb = _unit_class(a), _unit_class(b)
    return ca == cb or "other" in (ca, cb) or {ca, cb} <= {"persons", "person-times"}


def match(gold: list[dict], pred: list[dict]):
    """Greedy multiset match; returns (pairs, missed gold rows)."""
    pool = defaultdict(list)
    for p in pred:
        pool[(p["report_id"], _value(p["value"]))].append(p)
    pairs, missed = [], []
    for g in gold:
        candidates = pool[(g["report_id"], _value(g["value"]))]
        hit = next((i for i, p in enumerate(candidates) if _compatible(g["unit"], p["unit"])), None)
        if hit is None:
            missed.append(g)
        else:
            pairs.append((g, candidates.pop(hit)))
    return pairs, missed


def canonical_slogan(s: str) -> str:
    s = unicodedata.normalize("NFKC", s or "")
    return re.sub(r"[\s、,，。;；:：“”‘’\"'「」『』·・]+", "", s)


def score(out: Path, gold_dir: Path, prefix: str = "seeds") -> dict:
    """Precision and recall of figures, key metrics and slogans of a build against gold."""
    gold = rows(gold_dir / f"{prefix}_figures.csv")
    ids = {g["report_id"] for g in gold}
    pred = [p for p in rows(out / "figures.csv") if p["report_id"] in ids]
    pairs, missed = match(gold, pred)
    key_gold = [g for g in gold if _group(g["metric"]) in KEY]
    key_pred = [p for p in pred if _group(p["metric"]) in KEY]
    key_hits = sum(
        _group(g["metric"]) == _group(p["metric"]) for g, p in pairs if _group(g["metric"]) in KEY
    )
    result = {
        "figure_precision": len(pairs) / max(1, len(pred)),
        "figure_recall": len(pairs) / max(1, len(gold)),
        "key_metric_precision": key_hits / max(1, len(key_pred)),
        "key_metric_recall": key_hits / max(1, len(key_gold)),
        "offsets_exact": _offsets_exact(out, pred),
        "missed": [f"{g['report_id'][:3]}:{g['raw']}:{g['metric']}" for g in missed],
        "wrong_metric": [
            f"{g['report_id'][:3]}:{g['raw']}:{g['metric']}->{p['metric']}"
            for g, p in pairs
            if _group(g["metric"]) in KEY and _group(g["metric"]) != _group(p["metric"])
        ],
    }
    slogans_gold = gold_dir / f"{prefix}_slogans.csv"
    if slogans_gold.exists() and (out / "slogans.csv").exists():
        g = {(r["report_id"], canonical_slogan(r["slogan"])) for r in rows(slogans_gold)}
        p = {
            (r["report_id"], canonical_slogan(r["slogan"]))
            for r in rows(out / "slogans.csv")
            if r["report_id"] in ids
        }
        result["slogan_precision"] = len(g & p) / max(1, len(p))
        result["slogan_recall"] = len(g & p) / max(1, len(g))
    return result


def _offsets_exact(out: Path, pred: list[dict]) -> float:
    """Share of figure rows whose raw is exactly text[start:end] of the cleaned text."""
    texts, ok = {}, 0
    for p in pred:
        rid = p["report_id"]
        if rid not in texts:
            texts[rid] = (out / "texts" / f"{rid}.txt").read_text(encoding="utf-8")
        ok += texts[rid][int(p["start"]) : int(p["end"])] == p["raw"]
    return ok / max(1, len(pred))


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("out", type=Path)
    parser.add_argument("gold", type=Path)
    parser.add_argument("--prefix", default="seeds")
    args = parser.parse_args(argv)
    result = score(args.out, args.gold, args.prefix)
    for key, value in result.items():
        if isinstance(value, float):
            print(f"{key}: {value:.3f}")
    for key in ("missed", "wrong_metric"):
        if result[key]:
            print(f"{key}: " + " | ".join(result[key]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
