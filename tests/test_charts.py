"""Charts: the CJK font comes from a pip package and covers every character of the seeds."""

from __future__ import annotations

import re
import warnings

import matplotlib.pyplot as plt
from conftest import SEEDS

from helpers.analysis import style as charts
from helpers.extract.text.clean import to_simplified


def _han_characters() -> str:
    text = "".join(p.read_text(encoding="utf-8") for p in SEEDS.glob("*.txt"))
    chars = set(re.findall(r"[\u4e00-\u9fff]", text + to_simplified(text)))
    return "".join(sorted(chars))


def test_font_is_read_from_the_mplfonts_package():
    path = charts.font_path()
    assert path.name == "NotoSansCJKsc-Regular.otf" and "mplfonts" in path.parts


def test_every_han_character_of_the_seeds_renders_without_a_missing_glyph(tmp_path):
    chars = _han_characters()
    assert len(chars) > 1000
    charts.use_style()
    fig, ax = plt.subplots(figsize=(12, 12))
    lines = [chars[i : i + 60] for i in range(0, len(chars), 60)]
    for i, line in enumerate(lines):
        ax.text(0, i, line, fontsize=6)
    ax.set_ylim(-1, len(lines))
    ax.set_title("−12 负数 (户)")  # U+2212 must not become a tofu box either
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        fig.savefig(tmp_path / "glyphs.png")
        charts.save_figure(fig, "glyphs", tmp_path)
    plt.close(fig)


def test_save_figure_writes_png_svg_and_pdf_with_the_font_embedded(tmp_path):
    fig, ax = plt.subplots()
    ax.bar(["贫困户", "脱贫户"], [364, 41])
    paths = charts.save_figure(fig, "01_test", tmp_path)
    assert sorted(p.suffix for p in paths) == [".pdf", ".png", ".svg"]
    assert all(p.stat().st_size > 0 for p in paths)
    pdf = (tmp_path / "01_test.pdf").read_bytes()
    assert b"NotoSansCJKsc" in pdf and b"/FontFile" in pdf
    from matplotlib.image import imread

    height, width = imread(tmp_path / "01_test.png").shape[:2]
    assert width >= 6.4 * 200 * 0.8  # 200 dpi (bbox tight trims a little)
    plt.close(fig)
