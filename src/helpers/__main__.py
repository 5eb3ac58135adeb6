"""Command line: `python -m helpers build --corpus DIR --out DIR`."""

from __future__ import annotations

import argparse
import sys
import time

from helpers.config import PROCESSED_DIR, SEEDS_DIR
from helpers.errors import HelpersError


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m helpers", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    b = sub.add_parser("build", help="build the tables from a folder of reports")
    b.add_argument(
        "--corpus",
        default=str(SEEDS_DIR),
        help="folder of report files, or one file (default: seeds/)",
    )
    b.add_argument(
        "--out", default=str(PROCESSED_DIR), help="output folder (default: data/processed/)"
    )
    b.add_argument("--jobs", type=int, default=None, help="worker processes (default: all cores)")
    b.add_argument(
        "--full", action="store_true", help="ignore the cache and reprocess every report"
    )
    b.add_argument("--no-terms", action="store_true", help="skip the vocabulary table (faster)")
    b.add_argument("--quiet", action="store_true", help="print nothing but errors")
    b.add_argument(
        "--engine",
        choices=["local", "dask"],
        default="local",
        help="local worker processes, or a Dask bag (see --scheduler)",
    )
    b.add_argument(
        "--scheduler", default=None, help="Dask scheduler address, e.g. tcp://10.0.0.5:8786"
    )
    b.add_argument(
        "--no-wait",
        action="store_true",
        help="stop at once if another build is writing to --out (default: wait for it)",
    )
    b.add_argument(
        "--corrections",
        default=None,
        help="a CSV of corrections (table, id, column, value, note, who, when) applied to the "
        "tables; every outcome is written to corrections_applied.csv",
    )
    b.add_argument(
        "--lexicon",
        default=None,
        help="a folder of your own word lists, named as in data/dictionaries/, added to the "
        "shipped ones (default: data/user/ when it exists)",
    )
    args = parser.parse_args(argv)
    from helpers.engine.build import build

    started = time.perf_counter()
    try:
        summary = build(
            args.corpus,
            args.out,
            jobs=args.jobs,
            cache=not args.full,
            with_terms=not args.no_terms,
            engine=args.engine,
            scheduler=args.scheduler,
            wait=not args.no_wait,
            progress=False if args.quiet else None,  # else a bar on a terminal only
            corrections=args.corrections,
            lexicon=args.lexicon,
        )
    except HelpersError as err:
        print(f"error: {err}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(f"interrupted: the previous build in {args.out} is intact", file=sys.stderr)
        return 130
    if not args.quiet:
        print(
            f"{summary.files} files: {summary.ok} reports, {summary.rejected} rejected "
            f"(see manifest.csv); {summary.figures} figures, {summary.slogans} slogans "
            f"-> {summary.out} in {time.perf_counter() - started:.1f}s"
            + (f" ({summary.from_cache} from cache)" if summary.from_cache else "")
            + (
                f" ({summary.cache_repaired} bad cache entries recomputed)"
                if summary.cache_repaired
                else ""
            )
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
