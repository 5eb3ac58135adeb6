"""Speed and memory of the build, against a baseline measured in the same run.

    python tools/bench.py              # 1k and 10k generated reports
    python tools/bench.py --sizes 1000 --huge   # add 100k
    python tools/bench.py --sizes --real --files 1 4 16 40   # real text; one file of N MB

Generated corpora: deterministic, from the seeds' paragraphs, with places drawn from the
gazetteer, other numbers, and the seeds' mix of scripts and encodings. Real text (`--real`): the
seeds and, when present, the dev reports of ../shared/dev/raw, repeated to ~2 MB. One-file rows
(`--files`): real text joined into one file of 1, 4, 16, 40 MB (a yearbook, a site dump).

Measured: the full build (`python -m helpers build --full`, whole process, all cores or one),
and the baseline, jieba's default mode segmenting the same text and nothing else (one process).
On real text also the warm throughput of both in one process, start-up excluded. Prints a
table, writes reports/bench.csv.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import os
import random
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
DEV = ROOT.parent / "shared" / "dev" / "raw"  # optional: real reports beside the project
WORK = ROOT / "data" / ".bench"


def places(rng: random.Random, n: int = 400) -> list[tuple[str, str]]:
    """(county, township) pairs drawn from the gazetteer."""
    with gzip.open(ROOT / "data" / "gazetteer" / "divisions.csv.gz", "rt", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    names = {r["code"]: r["name"] for r in rows}
    towns = [
        r
        for r in rows
        if r["level"] == "township"
        and r["parent_code"] in names
        and r["name"].endswith(("镇", "乡"))
    ]
    return [
        (names[t["parent_code"]], re.sub(r"^.*?[市县区](?=.+[镇乡]$)", "", t["name"]))
        for t in rng.sample(towns, n)
    ]


def paragraphs() -> list[tuple[str, bool]]:
    """Body paragraphs of the seeds, with whether they are in traditional script."""
    out = []
    for path in sorted(SEEDS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        traditional = "國" in text or "縣" in text
        out += [(line.strip(), traditional) for line in text.splitlines() if len(line.strip()) > 60]
    return out


def _other_number(digits: str, rng: random.Random) -> str:
    """Another number of the same length; a year stays a year of its era (2016 -> 2013..2021)."""
    if len(digits) == 4 and 1990 <= int(digits) <= 2030:
        return str(rng.randint(2013, 2021))
    return str(rng.randint(1, 10 ** len(digits)))


def generate(folder: Path, n: int, seed: int = 20261124) -> int:
    """Write n reports into `folder`; returns the bytes of text written."""
    rng = random.Random(seed)
    pool, where = paragraphs(), places(rng)
    folder.mkdir(parents=True, exist_ok=True)
    total = 0
    for i in range(n):
        county, town = rng.choice(where)
        body = rng.sample(pool, rng.randint(5, 10))
        traditional = sum(t for _, t in body) > len(body) / 2
        lines = [
            f"{county}{town}:党建引领脱贫攻坚",
            f"发布时间:20{rng.randint(15, 21)}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}"
            f" 来源:{county}融媒体中心",
        ]
        for text, _ in body:
            text = re.sub(r"\d+", lambda m: _other_number(m.group(), rng), text)
            lines.append(f"{town}{text}" if rng.random() < 0.3 else text)
        content = "\n".join(lines) + "\n"
        encoding = rng.choice(["utf-8", "big5"] if traditional else ["utf-8", "gb18030", "utf-8"])
        raw = content.encode(encoding, errors="ignore")
        (folder / f"r{i:06d}.txt").write_bytes(raw)
        total += len(content.encode("utf-8"))
    return total


def generate_elsewhere(folder: Path, n: int, seed: int = 20261205) -> list[tuple[str, str]]:
    """Write n reports, each about one county, with one paragraph that opens with another
    county ("某某县始终坚持…。") and gives its figures one or two sentences later; returns
    (report_id, other county) for each. The build should place that paragraph's figures there."""
    rng = random.Random(seed)
    pool = [text for text, traditional in paragraphs() if not traditional]
    where = places(rng)
    folder.mkdir(parents=True, exist_ok=True)
    truth = []
    for i in range(n):
        (county, town), (other, _) = rng.sample(where, 2)
        body = rng.sample(pool, 4)
        opening = rng.choice(
            ["始终坚持把抓党建促脱贫作为头号工程。", "党委把脱贫攻坚扛在肩上。各级干部下沉一线。"]
        )
        lines = [f"{county}{town}:党建引领脱贫攻坚", "发布时间:2019-05-12"]
        lines += body[:1] + [f"{other}{opening}{body[-1]}"] + body[1:-1]
        (folder / f"e{i:05d}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
        truth.append((f"e{i:05d}", other))
    return truth


SAMPLE_SECONDS = 0.5


def measure(cmd: list[str]) -> tuple[float, float, float]:
    """Wall seconds and peak memory of a command's process tree, in MB: (seconds, RSS, PSS).

    Summed RSS counts every page a forked worker shares with its parent once per process;
    PSS divides shared pages among the processes sharing them, so its sum is the memory the
    tree really occupies. Both are reported.
    """
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, cwd=ROOT)
    peak_rss = peak_pss = 0
    while True:
        rss, pss = _tree_memory(proc.pid)
        peak_rss, peak_pss = max(peak_rss, rss), max(peak_pss, pss)
        # Reading smaps_rollup walks every mapped page: at 10 Hz on three processes of ~1 GB
        # it competes with the build for the two cores (a 3.5 s run took 0.3 s longer).
        # Memory peaks last seconds. Waiting, not sleeping, ends the timing when the process
        # ends: a sleep rounded every run up to the next half second.
        try:
            proc.wait(timeout=SAMPLE_SECONDS)
            break
        except subprocess.TimeoutExpired:
            continue
    if proc.returncode:
        raise SystemExit(f"{' '.join(cmd)} failed with {proc.returncode}")
    return time.perf_counter() - started, peak_rss / 1024, peak_pss / 1024


def _tree_memory(pid: int) -> tuple[int, int]:
    """KB of resident (RSS) and proportional (PSS) memory of a process and its descendants."""
    rss = pss = 0
    stack = [pid]
    while stack:
        p = stack.pop()
        try:
            rollup = Path(f"/proc/{p}/smaps_rollup").read_text()
            rss += int(re.search(r"^Rss:\s+(\d+)", rollup, re.M).group(1))
            pss += int(re.search(r"^Pss:\s+(\d+)", rollup, re.M).group(1))
            for task in Path(f"/proc/{p}/task").iterdir():
                stack += [int(c) for c in (task / "children").read_text().split()]
        except (OSError, AttributeError):
            continue
    return rss, pss


BASELINE = """
import sys, logging, jieba
from pathlib import Path
from helpers.extract.text.ingest import decode
jieba.setLogLevel(logging.ERROR)
for p in sorted(Path(sys.argv[1]).glob("*.txt")):
    text, _ = decode(p.read_bytes())
    jieba.lcut(text)
"""
# The faster compatible segmenter the build uses for terms.csv, on the same text.
RJIEBA = BASELINE.replace(
    "import sys, logging, jieba", "import sys, logging, jieba, rjieba"
).replace("jieba.lcut(text)", "rjieba.cut(text, True)")


# Warm throughput, start-up excluded: each tool loads its dictionaries first, then the
# same decoded texts pass through it. Prints MB/s.
WARM = """
import sys, time, logging
from pathlib import Path
from helpers.extract.text.ingest import decode
files = sorted(Path(sys.argv[2]).glob("*.txt"))
if sys.argv[1] == "build":
    from helpers.engine.pipeline import prepare, process_reports
    from helpers.engine.work import STAGED_BYTES
    prepare()
    data = [(p.name, p.read_bytes()) for p in files]
    mb = sum(len(decode(raw)[0].encode()) for _, raw in data) / 1e6
    started = time.perf_counter()
    batch, size = [], 0  # in batches, stage by stage, as the build analyses them
    for i, (name, raw) in enumerate(data):
        batch.append((str(i), name, raw, True))
        size += len(raw)
        if size >= STAGED_BYTES:
            process_reports(batch)
            batch, size = [], 0
    process_reports(batch)
else:
    import jieba
    jieba.setLogLevel(logging.ERROR)
    jieba.initialize()
    texts = [decode(p.read_bytes())[0] for p in files]
    mb = sum(len(t.encode()) for t in texts) / 1e6
    started = time.perf_counter()
    for text in texts:
        jieba.lcut(text)
print(mb / (time.perf_counter() - started))
"""

# Every notebook, headless, on a finished build (as `make run` executes them).
NOTEBOOKS = """
import sys, tempfile
from pathlib import Path
import papermill
root, corpus, processed = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
with tempfile.TemporaryDirectory() as out:
    for notebook in sorted((root / "notebooks").glob("*.ipynb")):
        papermill.execute_notebook(
            str(notebook), str(Path(out) / notebook.name), cwd=str(notebook.parent),
            parameters={"corpus": corpus, "processed": processed, "export_dir": out},
            progress_bar=False, log_output=False, kernel_name="python3",
        )
"""

CORPUS_PASS = """
import sys
from pathlib import Path
from helpers.corpus import corpus_pass
corpus_pass.run(Path(sys.argv[1]))
"""


def real_corpus(folder: Path, megabytes: float = 2.0) -> None:
    """The seeds and the dev reports (when ../shared is there), repeated to ~`megabytes`."""
    sources = sorted(SEEDS.glob("*.txt")) + sorted(DEV.glob("*.txt"))
    folder.mkdir(parents=True, exist_ok=True)
    size, i = 0, 0
    while size < megabytes * 1e6:
        source = sources[i % len(sources)]
        raw = source.read_bytes()
        (folder / f"r{i:05d}_{source.name}").write_bytes(raw)
        size, i = size + len(raw), i + 1


def one_file(path: Path, megabytes: float) -> None:
    """Real report texts joined into one file of about `megabytes` MB of UTF-8."""
    from helpers.extract.text.ingest import decode

    texts = [
        decode(p.read_bytes())[0] for p in sorted(SEEDS.glob("*.txt")) + sorted(DEV.glob("*.txt"))
    ]
    parts, size, i = [], 0, 0
    while size < megabytes * 1e6:
        parts.append(texts[i % len(texts)])
        size, i = size + len(texts[i % len(texts)].encode()), i + 1
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(parts), encoding="utf-8")


def _row(n, label, seconds, mb, rss, pss) -> dict:
    return {
        "reports": n,
        "what": label,
        "seconds": round(seconds, 2),
        "MB_text": round(mb, 2),
        "MB_per_s": round(mb / seconds, 3),
        "reports_per_s": round(n / seconds, 1),
        "peak_rss_MB": round(rss, 1),
        "peak_pss_MB": round(pss, 1),
    }


def _build_cmd(corpus: Path, out: Path, jobs: int) -> list[str]:
    return [
        sys.executable, "-m", "helpers", "build", "--corpus", str(corpus), "--out", str(out),
        "--full", "--quiet", "--jobs", str(jobs),
    ]  # fmt: skip


def real_rows(jobs: int, repeat: int = 3) -> list[dict]:
    """Real report text: the build with one worker and with all, jieba, and warm throughputs.

    Each run takes 1.5 to 4 s, and this machine's speed drifts by up to 20 % over minutes: the
    runs are interleaved (every tool once per round, `repeat` rounds), so that the tools meet
    the same conditions, and each row is the median of its rounds, its memory the highest peak.
    """
    corpus = WORK / "real"
    if not corpus.exists():
        real_corpus(corpus)
    n = len(list(corpus.glob("*.txt")))
    mb = _text_mb(corpus)
    whole = {
        "real text: build --jobs 1": _build_cmd(corpus, WORK / "out-real", 1),
        f"real text: build --jobs {jobs}": _build_cmd(corpus, WORK / "out-real", jobs),
        "real text: jieba default mode": [sys.executable, "-c", BASELINE, str(corpus)],
    }
    warm = {f"real text, warm, one process: {tool}": tool for tool in ("build", "jieba")}
    runs: dict[str, list] = {label: [] for label in [*whole, *warm]}
    for _ in range(repeat):
        for label, cmd in whole.items():
            runs[label].append(measure(cmd))
        for label, tool in warm.items():
            out = subprocess.run(
                [sys.executable, "-c", WARM, tool, str(corpus)],
                capture_output=True,
                text=True,
                cwd=ROOT,
            )
            runs[label].append((mb / float(out.stdout.strip()), 0, 0))
    rows = []
    for label, measured in runs.items():
        seconds = statistics.median(r[0] for r in measured)
        rss, pss = max(r[1] for r in measured), max(r[2] for r in measured)
        rows.append(_row(n, label, seconds, mb, rss, pss))
        print(rows[-1], flush=True)
    return rows


def _timed(cmd: list[str], mb: float) -> tuple[float, float, float, float]:
    seconds, rss, pss = measure(cmd)
    return seconds, mb, rss, pss


def _text_mb(corpus: Path) -> float:
    return (
        sum(len(p.read_bytes().decode("utf-8", "ignore").encode()) for p in corpus.glob("*.txt"))
        / 1e6
    )


def file_rows(sizes: list[float]) -> list[dict]:
    """One file of each size, built alone with one worker: time should grow linearly."""
    rows = []
    for megabytes in sizes:
        folder = WORK / f"file-{megabytes:g}MB"
        if not folder.exists():
            one_file(folder / "one.txt", megabytes)
        label = f"one file of {megabytes:g} MB: build --jobs 1"
        rows.append(
            _row(1, label, *_timed(_build_cmd(folder, WORK / "out-file", 1), _text_mb(folder)))
        )
        print(rows[-1], flush=True)
    return rows


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", type=int, nargs="*", default=[1000, 10000])
    parser.add_argument("--real", action="store_true", help="rows on real report text")
    parser.add_argument(
        "--files", type=float, nargs="*", default=[], help="one-file rows of these sizes, in MB"
    )
    parser.add_argument("--huge", action="store_true", help="also 100k reports")
    parser.add_argument(
        "--repeat", type=int, default=3, help="runs per real-text row (the median is shown)"
    )
    parser.add_argument("--jobs", type=int, default=os.cpu_count())
    parser.add_argument(
        "--only",
        nargs="+",
        choices=["build", "stories", "notebooks", "jieba", "rjieba"],
        default=["build", "stories", "notebooks", "jieba", "rjieba"],
        help="which runs to measure",
    )
    args = parser.parse_args(argv)
    sizes = args.sizes + ([100_000] if args.huge else [])
    py = sys.executable
    rows = real_rows(args.jobs, args.repeat) if args.real else []
    rows += file_rows(args.files)
    for n in sizes:
        corpus = WORK / f"corpus-{n}"
        if not corpus.exists():
            generate(corpus, n)
        mb = _text_mb(corpus)
        runs = {
            "build": ("build", _build_cmd(corpus, WORK / f"out-{n}", args.jobs)),
            # the corpus pass alone, re-run on the finished build: it reads the texts back, as
            # after the Dask engine (the local build hashes them in its workers instead)
            "stories": (
                "corpus pass alone, texts read back (as after the Dask engine)",
                [py, "-c", CORPUS_PASS, str(WORK / f"out-{n}")],
            ),
            # all notebooks on the finished build (it must be current: run after "build")
            "notebooks": (
                "all notebooks, headless, on the build",
                [py, "-c", NOTEBOOKS, str(ROOT), str(corpus), str(WORK / f"out-{n}")],
            ),
            "jieba": ("baseline: jieba default mode", [py, "-c", BASELINE, str(corpus)]),
            "rjieba": ("rjieba (jieba-rs) same text", [py, "-c", RJIEBA, str(corpus)]),
        }
        for label, cmd in (runs[k] for k in args.only):
            rows.append(_row(n, label, *_timed(cmd, mb)))
            print(rows[-1], flush=True)
    out = ROOT / "reports" / "bench.csv"
    out.parent.mkdir(exist_ok=True)
    with open(out, "w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    columns = [
        "reports",
        "what",
        "seconds",
        "MB_per_s",
        "reports_per_s",
        "peak_rss_MB",
        "peak_pss_MB",
    ]
    widths = [8, 40, 8, 7, 8, 8, 8]
    print()
    print(" ".join(f"{c:>{w}}" if w != 40 else f"{c:<{w}}" for c, w in zip(columns, widths)))
    for r in rows:
        print(
            " ".join(
                f"{r[c]!s:>{w}}" if w != 40 else f"{r[c]!s:<{w}}" for c, w in zip(columns, widths)
            )
        )
    builds = [r for r in rows if r["what"] == "build"]
    if len(builds) >= 2:
        ratio = builds[1]["seconds"] / builds[0]["seconds"]
        print(f"time ratio {builds[1]['reports']} vs {builds[0]['reports']} reports: {ratio:.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
