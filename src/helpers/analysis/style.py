"""Print-ready charts with Chinese labels: a CJK font shipped by a pip package, never downloaded."""

from __future__ import annotations

import functools
import importlib.util
from pathlib import Path

import matplotlib

matplotlib.use("Agg") if not matplotlib.get_backend().lower().startswith(
    ("module://", "qt", "tk", "macosx")
) else None
from cycler import cycler  # noqa: E402
from matplotlib import font_manager  # noqa: E402

from helpers.config import FIGURES_DIR  # noqa: E402

FONT_FILE = "NotoSansCJKsc-Regular.otf"
FONT_FAMILY = "Noto Sans CJK SC"
DPI = 200
MAX_PIXELS = 4000
# Greys and a dark blue that stay distinct when printed in black and white.
PALETTE = ["#1f3a5f", "#7a7a7a", "#b0b0b0", "#404040", "#5b84b1", "#d0d0d0"]


@functools.cache
def font_path() -> Path:
    """The Noto Sans CJK SC file inside the mplfonts package (read in place, never copied)."""
    spec = importlib.util.find_spec("mplfonts")
    if spec is None or not spec.submodule_search_locations:
        raise ImportError(
            "mplfonts is not installed: pip install mplfonts (it ships Noto Sans CJK SC)"
        )
    path = Path(next(iter(spec.submodule_search_locations))) / "fonts" / FONT_FILE
    if not path.exists():
        raise FileNotFoundError(f"{FONT_FILE} not found in {path.parent}")
    return path


def register_font() -> str:
    """Add the CJK font to matplotlib's font manager and make it the default; returns its family."""
    path = str(font_path())
    if path not in {f.fname for f in font_manager.fontManager.ttflist}:
        font_manager.fontManager.addfont(path)
    matplotlib.rcParams.update(
        {
            "font.family": "sans-serif",
            "font.sans-serif": [FONT_FAMILY, "DejaVu Sans"],
            "axes.unicode_minus": False,  # the CJK font has no U+2212; use the hyphen-minus
            "pdf.fonttype": 42,  # embed the font (subset) rather than Type 3 outlines
            "svg.fonttype": "path",  # text as outlines: the SVG renders the same everywhere
        }
    )
    return FONT_FAMILY


def use_style() -> None:
    """House style: CJK font, readable sizes, a greyscale-safe palette, no chart junk."""
    register_font()
    matplotlib.rcParams.update(
        {
            "figure.figsize": (8, 4.5),
            "figure.dpi": 100,
            "savefig.dpi": DPI,
            "font.size": 10,
            "axes.titlesize": 12,
            "axes.labelsize": 10,
            "axes.spines.top": False,
            "axes.spines.right": False,
            "axes.prop_cycle": cycler(color=PALETTE),
            "axes.grid": True,
            "grid.color": "#e0e0e0",
            "grid.linewidth": 0.6,
            "axes.axisbelow": True,
            "figure.constrained_layout.use": True,
        }
    )


def source_note(fig, text: str) -> None:
    """A provenance line under the chart ('Source: 5 reports, build of 2026-11-24')."""
    # Hung below the figure's bottom edge: saving with bbox_inches="tight" grows the canvas to
    # hold it, so it never overlaps tick labels or the axis label, whatever the chart's layout.
    fig.text(0.01, -0.01, text, ha="left", va="top", fontsize=7, color="#555555")


def save_figure(fig, name: str, folder: str | Path | None = None) -> list[Path]:
    """Write `name`.png (200 dpi), .svg, .pdf to reports/figures/ (or `folder`); returns paths."""
    out = Path(folder) if folder is not None else FIGURES_DIR
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    # A chart never exceeds MAX_PIXELS on a side: the builders bound their sizes, and this
    # lowers the resolution of anything that still would (a page holds no taller image).
    width, height = fig.get_size_inches()
    dpi = min(DPI, int(MAX_PIXELS / (max(width, height) + 1)))
    for suffix in ("png", "svg", "pdf"):
        path = out / f"{name}.{suffix}"
        fig.savefig(path, dpi=dpi, bbox_inches="tight", metadata=_metadata(suffix))
        paths.append(path)
    return paths


def _metadata(suffix: str) -> dict:
    """No creation dates inside the files, so re-running gives identical exports."""
    if suffix == "pdf":
        return {"CreationDate": None, "ModDate": None}
    if suffix == "svg":
        return {"Date": None}
    return {}


register_font()
