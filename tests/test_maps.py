"""Choropleth maps: codes to units, counts per unit, real boundaries drawn within bounds."""

import pandas as pd
import pytest

from helpers.analysis import maps
from helpers.analysis.views import place_codes


@pytest.mark.parametrize(
    "adcode, level, unit",
    [
        ("621123", "province", "620000"),  # 渭源县 -> 甘肃省
        ("621123", "prefecture", "621100"),  # -> 定西市
        ("621123", "county", "621123"),
        ("110108", "prefecture", "110100"),  # a Beijing district -> the municipality's city
        ("", "county", ""),
        ("62", "county", ""),  # a bare province prefix is not a 6-digit code
    ],
)
def test_unit_code(adcode, level, unit):
    assert maps.unit_code(adcode, level) == unit


def test_by_unit_counts_rows_per_unit_and_skips_unplaced_ones():
    reports = pd.DataFrame({"adcode": ["621123", "621102", "620100", "", "450000", "621123"]})
    # 450000 is a report about a whole province: no prefecture, no county of it is counted.
    assert maps.by_unit(reports, "prefecture").to_dict() == {"620100": 1, "621100": 3}
    assert maps.by_unit(reports, "province").to_dict() == {"450000": 1, "620000": 4}
    # 620100 (兰州市) is about a prefecture: not counted for any of its counties.
    assert maps.by_unit(reports, "county").to_dict() == {"621102": 1, "621123": 2}


def test_a_county_level_city_under_its_province_keeps_its_own_boundary():
    # 仙桃市 (429004) has no prefecture: at prefecture level it is drawn as itself.
    counted = maps.by_unit(pd.DataFrame({"adcode": ["429004"]}), "prefecture")
    assert counted.to_dict() == {"429004": 1}


def test_province_boundaries_are_real_and_simplified():
    shapes = maps.boundaries("province")
    assert len(shapes) >= 34  # 31 provinces, Hong Kong, Macao, Taiwan
    gansu = shapes["620000"]
    lon = [x for ring in gansu for x in ring[:, 0]]
    lat = [y for ring in gansu for y in ring[:, 1]]
    assert 92 < min(lon) < 94 and 108 < max(lon) < 109  # Gansu spans ~92.3°E to ~108.7°E
    assert 32 < min(lat) < 33 and 42 < max(lat) < 43
    assert sum(len(ring) for ring in gansu) < 5000  # simplified for a page, not survey detail


def test_county_boundaries_load_per_province():
    shapes = maps.boundaries("county", ("62",))
    assert "621123" in shapes and all(code.startswith("62") for code in shapes)


def test_choropleth_names_units_without_boundaries_and_stays_printable(tmp_path):
    from PIL import Image

    from helpers.analysis.style import save_figure

    values = pd.Series({"621123": 12, "621102": 3, "629999": 5})  # the last code does not exist
    fig = maps.choropleth(values, "county", "测试地图", "reports", note="invented data")
    notes = [t.get_text() for t in fig.texts]
    assert any("no boundary for 1: 629999" in n for n in notes)
    assert any("2 of" in n for n in notes)  # two units have data and a shape
    (png, *_) = save_figure(fig, "map", tmp_path)
    with Image.open(png) as image:
        assert max(image.size) <= 4000


def test_place_codes_from_names():
    frame = pd.DataFrame(
        {
            "province": ["甘肃省", "甘肃省", "湖北省", "", "广西壮族自治区"],
            "prefecture": ["定西市", "定西市", "仙桃市", "", ""],
            "county": ["渭源县", "", "", "", ""],
        }
    )
    assert place_codes(frame, "county").tolist() == ["621123", "621100", "429004", "", "450000"]
    assert place_codes(frame, "province").tolist() == ["620000", "620000", "420000", "", "450000"]


def test_every_map_has_the_south_china_sea_inset_with_its_boundary_line():
    from matplotlib.collections import LineCollection

    from helpers.analysis import maps

    for level, values in (("province", {"620000": 3}), ("county", {"622925": 2})):
        fig = maps.choropleth(pd.Series(values), level, "t", "reports")
        insets = fig.axes[0].child_axes
        assert len(insets) == 1
        lon0, lon1, lat0, lat1 = maps.INSET_BOX
        assert insets[0].get_ylim() == (lat0, lat1) and lat0 < 4  # down to the southernmost reefs
        lines = [c for c in insets[0].collections if isinstance(c, LineCollection)]
        assert lines and len(lines[0].get_segments()) >= 9  # the dashes of the boundary line
        assert all(spine.get_visible() for spine in insets[0].spines.values())  # a closed frame


def test_a_coverage_map_spanning_orders_of_magnitude_is_drawn_on_a_log_scale():
    from helpers.analysis import maps

    # 2 and 500 reports: on a linear scale the 2 would look like none
    wide = maps.choropleth(pd.Series({"620000": 2, "430000": 500}), "province", "t", "reports")
    narrow = maps.choropleth(pd.Series({"620000": 2, "430000": 5}), "province", "t", "reports")
    colorbar = [a for a in wide.axes if a is not wide.axes[0]][-1]
    assert colorbar.get_yscale() == "log"
    assert [a for a in narrow.axes if a is not narrow.axes[0]][-1].get_yscale() == "linear"
