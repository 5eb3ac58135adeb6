"""Property-based: no input crashes the per-report function, and offsets always hold."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from helpers.engine.pipeline import process_report

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
# Text that looks like the reports: Chinese words, digits, units, quotes, punctuation, line breaks.
PIECES = st.sampled_from(
    [
        "贫困户",
        "脱贫",
        "投入",
        "万元",
        "亩",
        "户",
        "人",
        "名",
        "个",
        "村",
        "镇",
        "县",
        "省",
        "“",
        "”",
        "‘",
        "’",
        "+",
        "、",
        "，",
        "。",
        ":",
        "\n",
        "(",
        ")",
        "约",
        "多",
        "余",
        "以上",
        "左右",
        "2018年",
        "其中",
        "河南省",
        "温县",
        "桥头镇",
        "三会一课",
        "?",
        "鎮(zhèn)",
    ]
)
REPORTISH = st.lists(
    st.one_of(PIECES, st.integers(0, 10**8).map(str), st.text(max_size=5)), max_size=80
).map("".join)


def _check(result):
    assert result.manifest.status in ("ok", "rejected")
    # a stage that raised turns the report into a rejected row "not analysed: the rules
    # failed…": a reason, but a failure of the rules, which no input may cause
    assert not result.manifest.reason.startswith("not analysed"), result.manifest.reason
    if result.report is None:
        assert result.manifest.reason
        return
    text = result.text
    for f in result.figures:
        assert text[f.start : f.end] == f.raw
    for s in result.slogans:
        assert text[s.start : s.end] == s.raw
    for sec in result.sections:
        assert 0 <= sec.start <= sec.end <= len(text)


@SETTINGS
@given(st.binary(max_size=3000))
def test_arbitrary_bytes_never_crash(raw):
    _check(process_report("r", "r.txt", raw, with_terms=False))


@SETTINGS
@given(st.text(max_size=600))
def test_arbitrary_unicode_never_crashes(text):
    _check(process_report("r", "r.txt", text.encode("utf-8", "surrogatepass"), with_terms=False))


@SETTINGS
@given(REPORTISH)
def test_report_like_text_keeps_every_offset_exact(text):
    _check(
        process_report(
            "r", "r.txt", ("某县党建扶贫工作取得成效。\n" + text).encode("utf-8"), with_terms=True
        )
    )


def test_the_check_catches_a_stage_that_raises(monkeypatch):
    """A planted fault: a stage raising on every page must fail the property check, not pass
    as one more rejected file with a reason."""
    import pytest

    from helpers.engine import pipeline

    def broken(report):
        raise IndexError("planted")

    stages = tuple(broken if s is pipeline._figures else s for s in pipeline.STAGES)
    monkeypatch.setattr(pipeline, "STAGES", stages)
    result = process_report("r", "r.txt", "某县党建扶贫工作取得成效，全县脱贫120户。".encode())
    with pytest.raises(AssertionError, match="not analysed"):
        _check(result)
