"""Reading input files: which files, which encoding, HTML's visible text, why a file is rejected."""

from __future__ import annotations

import hashlib
import itertools
import os
import re
from pathlib import Path

from helpers.errors import RejectedFile
from helpers.extract.lexicon import load_words

HTML_SUFFIXES = {".html", ".htm"}
# Files that sit beside the pages in a corpus folder but are not pages: a README, an index of
# sources, a spreadsheet, code. Read as a report, an index of 200 addresses gave 239 "figures"
# from its URL escapes (%E7 -> 7 %). They are listed in the manifest and not read.
NOT_PAGES = {
    ".md", ".rst", ".tsv", ".csv", ".json", ".jsonl", ".yml", ".yaml", ".toml", ".ini",
    ".py", ".ipynb", ".r", ".sql", ".xlsx", ".xls", ".parquet", ".log",
}  # fmt: skip
HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
MIN_HAN_CHARS = 10
MAX_ID_CHARS = 80

# Magic numbers of the binary formats a scraper drags in next to its pages.
BINARY_SIGNATURES = [
    (b"\x89PNG", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF8", "GIF image"),
    (b"%PDF", "PDF document"),
    (b"PK\x03\x04", "ZIP archive (or Office document)"),
    (b"\x1f\x8b", "gzip archive"),
    (b"Rar!", "RAR archive"),
    (b"7z\xbc\xaf", "7z archive"),
    (b"\xd0\xcf\x11\xe0", "old Office document"),
    (b"BM", "BMP image"),
    (b"RIFF", "RIFF media"),
    (b"\x00\x00\x01\x00", "icon"),
    (b"ID3", "MP3 audio"),
    (b"\x7fELF", "executable"),
]
BOMS = [
    (b"\xef\xbb\xbf", "utf-8-sig", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32", "utf-32"),
    (b"\xff\xfe", "utf-16", "utf-16"),
    (b"\xfe\xff", "utf-16", "utf-16"),
]
# Chinese encodings to try when the bytes are not UTF-8, widest first.
CHINESE_CODECS = ["gb18030", "big5hkscs", "big5"]
HTML_START = re.compile(rb"^\s*(<!doctype\s+html|<html|<head|<body|<meta|<div|<p[ >])", re.I)


def list_corpus(folder: Path) -> list[Path]:
    """Every non-hidden file below `folder`, sorted by relative path (stable across runs).

    Dangling links are listed too, so that the manifest can say why they were not read.
    """
    files = [
        p
        for p in folder.rglob("*")
        if (p.is_file() or _dangling(p))
        and not any(part.startswith(".") for part in p.relative_to(folder).parts)
    ]
    return sorted(files, key=lambda p: p.relative_to(folder).as_posix())


def _dangling(path: Path) -> bool:
    return path.is_symlink() and not path.exists()


def readable_paths(paths: list[str]) -> list[str]:
    """The paths as text that can be written to a table. A name whose bytes are not UTF-8
    (GBK names from a zip made on Chinese Windows and unpacked elsewhere; Python hands them
    over with escaped bytes) is read as GB18030, else Big5, one path component at a time, so
    that `报告.txt` shows as such. Bytes that fit neither, or a reading that would collide
    with another file's path, are written as \\xNN escapes: a path names one file."""
    readable = [_readable(path) for path in paths]
    taken: dict[str, int] = {}
    for shown in readable:
        taken[shown] = taken.get(shown, 0) + 1
    return [
        shown if shown == path or taken[shown] == 1 else _escaped(path)
        for path, shown in zip(paths, readable)
    ]


def readable_path(path: str) -> str:
    """One path as text (see `readable_paths`)."""
    return readable_paths([path])[0]


def _readable(path: str) -> str:
    return "/".join(_readable_part(part) for part in path.split("/"))


def _undecoded(part: str) -> bytes | None:
    """The bytes of a name Python could not read as UTF-8 (it hands them over escaped), or
    None for a name that is text."""
    try:
        part.encode("utf-8")
        return None
    except UnicodeEncodeError:
        return os.fsencode(part)


def _readable_part(part: str) -> str:
    raw = _undecoded(part)
    if raw is None:
        return part
    for codec in ("gb18030", "big5"):
        try:
            return raw.decode(codec)
        except UnicodeDecodeError:
            continue
    return _escaped_part(part)


def _escaped(path: str) -> str:
    return "/".join(_escaped_part(part) for part in path.split("/"))


def _escaped_part(part: str) -> str:
    """A name that is not UTF-8 with every byte from 0x80 up written as \\xNN (the whole
    name: a stretch that happens to be valid UTF-8 would otherwise show as a letter)."""
    raw = _undecoded(part)
    if raw is None:
        return part
    return "".join(f"\\x{b:02x}" if b >= 0x80 else chr(b) for b in raw)


def report_ids(relative_paths: list[str]) -> dict[str, str]:
    """Relative path -> report_id: the file stem, made unique and file-name safe.

    A stem shared by several files, or one too long for a file name, gets the first
    8 hex digits of the sha1 of its relative path appended, so ids never depend on
    the order files were found in.
    """
    stems = {p: _safe_stem(p) for p in relative_paths}
    # Stems equal but for case share one file name on macOS's and Windows' default file
    # systems (texts/Report.txt and texts/report.txt would overwrite each other).
    counts: dict[str, int] = {}
    for stem in stems.values():
        counts[stem.casefold()] = counts.get(stem.casefold(), 0) + 1
    ids = {}
    for path, stem in stems.items():
        if counts[stem.casefold()] > 1 or len(stem) > MAX_ID_CHARS or _reserved(stem):
            digest = hashlib.sha1(path.encode("utf-8")).hexdigest()[:8]
            stem = f"{stem[:MAX_ID_CHARS]}_{digest}"
        ids[path] = stem
    return ids


# Names Windows keeps for devices, with any extension: texts/CON.txt cannot be created there.
WINDOWS_DEVICES = re.compile(r"(?i)^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$")


def _reserved(stem: str) -> bool:
    return bool(WINDOWS_DEVICES.match(stem)) or stem.endswith((".", " "))


def _safe_stem(relative_path: str) -> str:
    stem = Path(relative_path).stem.strip() or "report"
    return re.sub(r"[\\/:*?\"<>|\x00-\x1f]", "_", stem)


def decode(raw: bytes, suffix: str = ".txt") -> tuple[str, str]:
    """Bytes of one file -> (text, encoding name); raises RejectedFile with a plain reason."""
    if suffix.lower() in NOT_PAGES:
        raise RejectedFile(f"not a report page (a {suffix.lower()} file beside the pages)")
    if not raw.strip():
        raise RejectedFile("empty file")
    for signature, kind in BINARY_SIGNATURES:
        if raw.startswith(signature) and not _looks_like_text(raw):
            raise RejectedFile(f"binary file ({kind})")
    text, encoding = _decode_text(raw)
    if _control_ratio(text) > 0.05:
        raise RejectedFile("binary file (control characters)")
    if suffix.lower() in HTML_SUFFIXES or HTML_START.match(raw[:200]):
        text = html_to_text(text)
    if sum(1 for _ in itertools.islice(HAN.finditer(text), MIN_HAN_CHARS)) < MIN_HAN_CHARS:
        raise RejectedFile(f"no Chinese text (fewer than {MIN_HAN_CHARS} Chinese characters)")
    return text, encoding


def _decode_text(raw: bytes) -> tuple[str, str]:
    for bom, codec, name in BOMS:
        if raw.startswith(bom):
            try:
                return raw.decode(codec), name
            except UnicodeDecodeError as err:
                if codec == "utf-8-sig" and (text := _mostly_utf8(raw)) is not None:
                    return text.removeprefix("\ufeff"), name
                raise RejectedFile(
                    f"undecodable: starts with a {name} mark but {err.reason}"
                ) from None
    if b"\x00" in raw:
        unmarked = _utf16_without_mark(raw)
        if unmarked is None:
            raise RejectedFile("binary file (NUL bytes, and not Chinese text in UTF-16 either)")
        return unmarked
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return _decode_chinese(raw)
    except RejectedFile:
        text = _mostly_utf8(raw)
        if text is None:
            raise
        return text, "utf-8"


# A UTF-8 page cut mid-character (a download's size limit) or with a stray byte is not lost
# for it: up to one bad byte in a thousand becomes U+FFFD, which the cleaner flags "mojibake".
# Text in another encoding read as UTF-8 fails on most of its non-ASCII bytes.
MAX_BAD_UTF8_SHARE = 0.001


def _mostly_utf8(raw: bytes) -> str | None:
    text = raw.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - raw.count("\ufffd".encode())  # U+FFFD written as such
    return text if bad <= max(1, len(raw) * MAX_BAD_UTF8_SHARE) else None


# A right UTF-16 decode of a report has 35-70 % of its Chinese characters among the commonest
# (seeds and dev, both scripts); random bytes do not decode at all (lone surrogates).
UTF16_MIN_SCORE = 0.2


def _utf16_without_mark(raw: bytes) -> tuple[str, str] | None:
    """UTF-16 without a byte-order mark, as some Windows tools save "Unicode" text: its ASCII
    characters bring the NUL bytes. Both byte orders are tried strictly, and the one that
    reads as Chinese is kept."""
    if len(raw) % 2:
        return None
    readings = {}
    for codec in ("utf-16-le", "utf-16-be"):
        try:
            readings[codec] = raw.decode(codec)
        except UnicodeDecodeError:
            continue
    scored = {codec: _chinese_score(text) for codec, text in readings.items()}
    best = max(scored, key=scored.get, default=None)
    if best is None or scored[best] < UTF16_MIN_SCORE:
        return None
    return readings[best], best


def _decode_chinese(raw: bytes) -> tuple[str, str]:
    """Ask charset-normalizer, then keep the strict decode that reads most like Chinese."""
    from charset_normalizer import from_bytes

    candidates: dict[str, str] = {}
    best = from_bytes(raw, cp_isolation=CHINESE_CODECS + ["utf_8"]).best()
    if best is not None and best.encoding:
        try:
            candidates[_codec_name(best.encoding)] = raw.decode(best.encoding)
        except (UnicodeDecodeError, LookupError):
            pass
    for codec in CHINESE_CODECS:
        try:
            candidates.setdefault(codec, raw.decode(codec))
        except UnicodeDecodeError:
            continue
    if not candidates:
        raise RejectedFile("undecodable: not UTF-8, GB18030 or Big5")
    name = max(candidates, key=lambda c: _chinese_score(candidates[c]))
    return candidates[name], name


def _codec_name(encoding: str) -> str:
    encoding = encoding.lower().replace("_", "-")
    return {
        "gb2312": "gb18030",
        "gbk": "gb18030",
        "cp936": "gb18030",
        "cp950": "big5",
        "big5-hkscs": "big5hkscs",
    }.get(encoding, encoding)


# The most frequent characters of Chinese news prose, in both scripts; a right
# decode is full of them, a wrong one is full of rare characters.
COMMON_CHARS = frozenset("".join(load_words("common_chars")))


def _chinese_score(text: str) -> float:
    han = HAN.findall(text)
    if not han:
        return 0.0
    return sum(ch in COMMON_CHARS for ch in han) / len(han) - text.count("\ufffd") / max(
        1, len(text)
    )


def _looks_like_text(raw: bytes) -> bool:
    """A text file that happens to start like a magic number (e.g. 'BM' or 'ID3')."""
    try:
        sample = raw[:4096].decode("utf-8")
    except UnicodeDecodeError:
        return False
    return _control_ratio(sample) < 0.01


CONTROL_CHARS = re.compile(r"[\x00-\x08\x0e-\x1f]")


def _control_ratio(text: str) -> float:
    sample = text[:20000]
    controls = len(CONTROL_CHARS.findall(sample))
    return controls / max(1, len(sample))


BLOCK_TAGS = [
    "p",
    "div",
    "br",
    "li",
    "tr",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "section",
    "article",
    "header",
    "footer",
    "table",
    "ul",
    "ol",
    "dd",
    "dt",
    "blockquote",
    "title",
]
INVISIBLE_TAGS = ["script", "style", "noscript", "template", "svg", "iframe", "object", "head"]


# <meta> tags that carry a page's publication date in CMSs of Chinese sites and elsewhere.
DATE_META = re.compile(
    r"(pubdate|publishdate|publish_date|firstpublishedtime|article:published_time|date|dc\.date)",
    re.I,
)
# "村集体经济壮大_某某县人民政府" -> the headline before the site name
TITLE_SITE_SUFFIX = re.compile(r"\s*[_|｜\-—–]+\s*[^_|｜\-—–]{2,30}$")


def html_to_text(html: str) -> str:
    """Visible text of an HTML page, one block element per line.

    The <title> (without the site name after "_" or "|") leads when the page has no <h1>, and
    a publication date from the page's <meta> tags comes first as a byline.
    """
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "lxml")
    title = TITLE_SITE_SUFFIX.sub("", soup.title.get_text(" ", strip=True)) if soup.title else ""
    published = ""
    for tag in soup.find_all("meta"):
        key = tag.get("name") or tag.get("property") or ""
        if DATE_META.fullmatch(key.strip()) and re.match(
            r"\d{4}-\d{1,2}-\d{1,2}", tag.get("content") or ""
        ):
            published = (tag.get("content") or "")[:10]
            break
    for tag in soup(INVISIBLE_TAGS):
        tag.decompose()
    for tag in soup.find_all(BLOCK_TAGS):
        tag.insert_before("\n")
        tag.insert_after("\n")
    for cell in soup.find_all(["td", "th"]):
        cell.insert_after(" ")  # cells of a row stay one line without gluing "年度" to "脱贫人数"
    body = soup.get_text()
    lines = [line.strip() for line in body.splitlines()]
    text = "\n".join(line for line in lines if line)
    if title and not soup.find("h1") and title not in text[:500]:
        text = f"{title}\n{text}"
    if published:
        first, _, rest = text.partition("\n")
        text = (
            f"{first}\n发布时间:{published}\n{rest}" if title else f"发布时间:{published}\n{text}"
        )
    return text


def sha256(raw: bytes) -> str:
    """Hex digest of the raw bytes."""
    return hashlib.sha256(raw).hexdigest()
