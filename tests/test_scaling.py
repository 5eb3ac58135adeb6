"""One long file costs time in proportion to its length.

Seconds are measured in `make bench`; here only a ratio on the same machine in the same run:
a text four times as long may take at most six times as long (linear growth gives ~4×; the
scans per figure this guards against gave ~9× for the same step).
"""

import time

from helpers.engine.pipeline import prepare, process_report

# An invented report paragraph with places, quotes, figures of several kinds and years.
PARAGRAPH = (
    "甘肃省定西市安定区坚持“支部建在产业链上”,2018年全区减少贫困人口3150户12480人,"
    "投入扶贫资金2.6亿元,其中财政资金1.1亿元。西寨镇新建村党支部带领群众种植马铃薯820亩,"
    "人均纯收入由2015年的2900元提高到2019年的8700元。“三变”改革带动农户640户。\n"
    # years counted back, a change without its own years, a semicolon, a listed summary,
    # bare 万 counts: each a rule that looks around its figure
    "而5年前只有1200元；贫困人口由3.1万减少到0.6万。开好党员会、群众会、组长会三会。\n"
)


def _cpu_seconds(text: str) -> float:
    raw = text.encode("utf-8")
    best = float("inf")
    for _ in range(2):  # the better of two runs: less noise from the rest of the machine
        started = time.process_time()
        process_report("long", "long.txt", raw)
        best = min(best, time.process_time() - started)
    return best


def test_time_grows_linearly_with_the_length_of_one_file():
    prepare()
    unit = len(PARAGRAPH.encode("utf-8"))
    short = PARAGRAPH * (250_000 // unit)  # ~0.25 MB
    long = PARAGRAPH * (1_000_000 // unit)  # ~1 MB
    ratio = _cpu_seconds(long) / _cpu_seconds(short)
    assert ratio < 6, f"4× the text took {ratio:.1f}× the time"
