"""Lookup structures derived from the gazetteer, built once and then loaded from disk.

Reading 50,000 divisions and 800,000 villages and compiling the place-name automaton takes
~2.5 s; every build worker (and every notebook kernel) would pay it. The results are pickled
into `data/.cache/lookups/`, keyed on the bytes of the gazetteer and of the code that derives
them, so a new process is ready in ~0.3 s and a changed rule or gazetteer rebuilds them.
"""

from __future__ import annotations

import contextlib
import functools
import gc
import hashlib
import os
import pickle
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

from helpers.config import DICTIONARIES_DIR, GAZETTEER_DIR, PROJECT_ROOT

T = TypeVar("T")
CACHE_DIR = PROJECT_ROOT / "data" / ".cache" / "lookups"
# The modules whose code shapes the derived structures.
DERIVING_MODULES = ("extract/places/gazetteer.py", "extract/places/locate.py")
# ... and the word lists they read.
DERIVING_WORDS = ("generic_division_names.txt",)


@functools.cache
def version() -> str:
    """The lookups' version: a digest of the gazetteer and of the code that derives from it."""
    digest = hashlib.sha256(f"{sys.version_info[:2]}{pickle.HIGHEST_PROTOCOL}".encode())
    here = Path(__file__).resolve().parent
    derived_from = [here / m for m in DERIVING_MODULES]
    derived_from += [DICTIONARIES_DIR / w for w in DERIVING_WORDS]
    for path in sorted(GAZETTEER_DIR.glob("*.gz")) + derived_from:
        digest.update(path.name.encode())
        digest.update(file_digest(path))
    return digest.hexdigest()[:16]


def file_digest(path: Path) -> bytes:
    """The SHA-256 of a file's bytes, read once a process while its size and time stay: the
    lookups' version and the per-report cache's both hash the 6 MB of gazetteer."""
    return _digest(Path(path), file_stamp(path))


@functools.lru_cache(maxsize=256)
def _digest(path: Path, stamp: str) -> bytes:
    return hashlib.sha256(path.read_bytes()).digest()


def _folders() -> list[Path]:
    """The project's cache folder, and a per-user temporary one when that is read-only."""
    user = os.getuid() if hasattr(os, "getuid") else os.getlogin()
    return [CACHE_DIR, Path(tempfile.gettempdir()) / f"helpers-lookups-{user}"]


def persisted(build: Callable[[], T]) -> Callable[[], T]:
    """Decorate a zero-argument builder: load its result from disk, or build and save it."""

    @functools.wraps(build)
    def load() -> T:
        name = f"{build.__module__.rsplit('.', 1)[-1]}.{build.__name__}-{version()}.pickle"
        return load_or_build(name, build)

    return load


def load_or_build(name: str, build: Callable[[], T]) -> T:
    """The value saved as `name` ("<what>-<version>.pickle"), or `build()`, then saved."""
    for folder in _folders():
        try:
            data = (folder / name).read_bytes()
        except OSError:
            continue
        try:
            with without_collection():
                return pickle.loads(data)
        except Exception:  # cut short, or written by other code: rebuild it
            continue
    value = build()
    data = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    for folder in _folders():
        if _write_atomically(folder / name, data):
            _remove_stale(folder, name)
            break
    return value


@contextlib.contextmanager
def without_collection() -> Iterator[None]:
    """No cyclic garbage collection inside: while 100,000s of containers are made, none of
    which can form a cycle, the collector would scan the growing heap again and again (~35 %
    of loading a lookup)."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()


def package_data(package: str, name: str) -> str:
    """The path of a data file shipped inside an installed package, found without importing
    the package (jieba's and stopwordsiso's imports do work of their own)."""
    import importlib.util

    return os.path.join(os.path.dirname(importlib.util.find_spec(package).origin), name)


def load_or_build_from_file(what: str, source: str | Path, build: Callable[[], T]) -> T:
    """`build()`, a value read out of another package's data file, saved under a name keyed on
    that file's size and modification time (a reinstalled package gets it read again)."""
    return load_or_build(f"{what}-{file_stamp(source)}.pickle", build)


def file_stamp(path: str | Path) -> str:
    """A file's size and modification time as "size.mtime": they change when a package is
    reinstalled."""
    stat = os.stat(path)
    return f"{stat.st_size}.{stat.st_mtime_ns}"


def _write_atomically(path: Path, data: bytes) -> bool:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
    except OSError:
        return False
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.replace(tmp, path)
        return True
    except OSError:
        Path(tmp).unlink(missing_ok=True)
        return False


def _remove_stale(folder: Path, current: str) -> None:
    """Older versions of the same structure: they will never be read again."""
    stem = current.rsplit("-", 1)[0]
    for old in folder.glob(f"{stem}-*.pickle"):
        if old.name != current:
            old.unlink(missing_ok=True)
