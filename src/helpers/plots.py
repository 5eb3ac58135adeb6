"""Chart builders the notebooks call: each returns a matplotlib Figure, labelled with units."""
from __future__ import annotations

from datetime import date

import matplotlib.pyplot as plt
import pandas as pd

from .charts import source_note, use_style


def provenance(tables, today: date | None = None) -> str:
    """'Source: 5 reports, build of 2026-11-24' for the line under every chart."""
    when = (today or date.today()).isoformat()
    return f"Source: {len(tables.reports)} reports, build of {when}"


def barh(data: pd.DataFrame, label: str, value: str, title: str, xlabel: str, note: str = "",
         top: int = 20):
    """Horizontal bars, largest on top, value written at the end of each bar."""
    use_style()
    data = data.head(top).iloc[::-1]
    fig, ax = plt.subplots(figsize=(8, max(2.5, 0.38 * len(data) + 1.2)))
    bars = ax.barh(data[label].astype(str), data[value].astype(float), color="#1f3a5f")
    ax.bar_label(bars, labels=[f"{v:,.0f}" for v in data[value].astype(float)], padding=3, fontsize=8)
    ax.set(title=title, xlabel=xlabel)
    ax.grid(axis="y", visible=False)
    ax.margins(x=0.12)
    if note:
        source_note(fig, note)
    return fig
