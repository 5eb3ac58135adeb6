"""Tables a reader scrolls, sorted and searched in the browser: itables, offline.

`itables` renders a DataFrame as a DataTables widget: click a header to sort, type to filter.
In offline mode (`connected=False`) its JavaScript is embedded in the notebook once, so nothing
is fetched from a CDN, and an executed notebook opened later, without a kernel, still works.
Headless runs (nbconvert, papermill) just store the HTML. Charts stay matplotlib.
"""

from __future__ import annotations

import functools

import pandas as pd

# Tables larger than this are shown by their first and last rows (itables downsamples), so a
# notebook stays a few megabytes; the whole table is always one `to_excel` or `to_csv` away.
MAX_BYTES = 2_000_000


@functools.cache
def init() -> bool:
    """Load itables' JavaScript into this notebook once; False when itables is not installed."""
    try:
        import itables
    except ImportError:
        return False
    itables.init_notebook_mode(all_interactive=False, connected=False)
    return True


def show(frame: pd.DataFrame, caption: str = "", page_length: int = 15) -> None:
    """Display `frame` as a sortable, searchable table (a plain table without itables); a
    table with no rows is a sentence saying so, not pandas' "Empty DataFrame"."""
    from IPython.display import display

    if frame.empty:
        print(f"No rows{': ' + caption if caption else ''} — nothing in this corpus fits.")
        return

    if not init():
        display(frame)
        return
    import itables

    itables.show(
        frame,
        caption=caption or None,
        pageLength=page_length,
        maxBytes=MAX_BYTES,
        classes="display compact",
    )
