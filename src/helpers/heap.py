"""Handing the heap's free pages back to the system between large batches."""

from __future__ import annotations

import ctypes
import functools
import gc


@functools.cache
def _malloc_trim():
    try:
        return ctypes.CDLL(None).malloc_trim  # the process's own symbols: no library search
    except (OSError, AttributeError):
        return None  # not glibc


def trim() -> None:
    """glibc's `malloc_trim(0)`: return the free memory at the heap's top and in its holes.

    glibc raises its mmap threshold to the size of the last large block freed, so a batch's
    big buffers (a column's text, its CSV) come from the heap after the first batch. Whether
    their pages go back once freed then depends on what was allocated above them: encoding
    50,000 shared passages kept 30 MB or none, depending on nothing but allocation order. A
    no-op where there is no glibc.
    """
    release = _malloc_trim()
    if release is not None:
        release(0)


def collect_and_trim() -> None:
    """Collect cyclic garbage first: analysing one huge text leaves hundreds of megabytes of
    freed objects (place mentions, quantities) scattered through the heap; without this,
    encoding its rows stacked the tables' bytes on top of that, and a 40 MB file peaked at
    1.06 GB."""
    gc.collect()
    trim()
