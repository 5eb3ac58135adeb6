"""The per-report cache: a data format with a checksum; a bad entry is recomputed, never fatal."""

from __future__ import annotations

import pytest

from helpers import build, load
from helpers.engine.pipeline import process_report
from helpers.store import cache

TEXT = "某某县某某镇：党建引领脱贫攻坚\n今年以来，该镇投入资金500万元，帮扶贫困户120户368人。\n"


@pytest.fixture()
def result():
    return process_report("r1", "r1.txt", TEXT.encode("utf-8"))


def test_an_entry_reads_back_equal_to_what_was_written(tmp_path, result):
    path = tmp_path / "e.json"
    cache.write_entry(path, result)
    assert cache.read_entry(path) == result
    assert path.read_bytes().startswith(b"helpers-cache 1 ")  # a data format, not a pickle


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: data[: len(data) // 2],  # cut short by a full disk
        lambda data: b"garbage\n" + data,  # not our header
        lambda data: data.replace(b"500", b"900"),  # altered: the checksum no longer fits
        lambda data: b"\x80\x04\x95" + data,  # a pickle's opening bytes
        lambda data: b"",
    ],
)
def test_a_damaged_entry_reads_as_missing(tmp_path, result, damage):
    path = tmp_path / "e.json"
    cache.write_entry(path, result)
    path.write_bytes(damage(path.read_bytes()))
    assert cache.read_entry(path) is None


def test_the_build_recomputes_and_replaces_bad_entries(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i in range(3):
        (corpus / f"r{i}.txt").write_text(TEXT.replace("500", str(500 + i)), encoding="utf-8")
    out = tmp_path / "out"
    first = build(corpus, out, jobs=1, progress=False)
    entries = sorted((tmp_path / ".cache").rglob("*.json"))
    assert len(entries) == 3 and first.from_cache == 0
    entries[0].write_bytes(b"\x00garbage")
    entries[1].write_bytes(entries[1].read_bytes()[:40])
    second = build(corpus, out, jobs=1, progress=False)
    assert (second.from_cache, second.cache_repaired) == (1, 2)
    third = build(corpus, out, jobs=1, progress=False)
    assert (third.from_cache, third.cache_repaired) == (3, 0)  # the bad entries were replaced
    fresh = tmp_path / "fresh"
    build(corpus, fresh, jobs=1, cache=False, progress=False)
    assert load(out).figures.equals(load(fresh).figures)


def test_only_extraction_code_and_data_are_in_the_cache_key():
    sources = [folder.name for folder, _ in cache.RULE_SOURCES]
    assert "analysis" not in sources and "extract" in sources
