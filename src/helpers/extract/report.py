"""A report's row: its headline, date, outlet, byline and the place it is mainly about.

The place is voted by the headline, the lead and every mention (extract/places/regions.py);
a county report that tells one village's story is about that village's township when the text
names no other township of the county.
"""

from __future__ import annotations

from helpers.extract.places import gazetteer as gz
from helpers.extract.places import regions
from helpers.extract.places.locate import strip_trailing_place_name
from helpers.extract.records import Place, Report
from helpers.extract.text import meta
from helpers.extract.text.clean import Cleaned


def describe(
    report_id: str, cleaned: Cleaned, located: list, page_context: list[str], path: str
) -> tuple[Report, str, Place, int]:
    """(the report's row, its place's code, its Place, where its headline ends in the text)."""
    text = cleaned.text
    lines = text.split("\n")
    title_end = (
        len(cleaned.title.replace(" ", "\n"))
        if cleaned.title and text.startswith(cleaned.title.split(" ")[0])
        else 0
    )
    lead_line = next((ln for ln in lines if len(ln) > 40), lines[0] if lines else "")
    lead_end = text.find(lead_line) + len(lead_line) if lead_line else 0
    context = regions.context_codes(page_context)
    lead_start = lead_end - len(lead_line)
    dateline_end = lead_start + meta.dateline_length(lead_line)
    voters = [loc for loc in located if not lead_start <= loc.start < dateline_end]
    code, place = regions.report_place(text, voters, title_end, lead_end, context)
    if len(code) == 6 and not place.township:
        # A report about one of the county's villages is about that village's township, unless
        # the text names another township of the county.
        town = regions.village_township(text, code)
        named = {loc.code for loc in located if len(loc.code) == 9 and loc.code.startswith(code)}
        if town and named <= {town}:
            code, place = town, gz.place_of(town, regions.name_as_written(located, town))
    byline = meta.author(cleaned.meta_lines, lead_line, lines[-1] if lines else "")
    report = Report(
        report_id=report_id,
        title=cleaned.title,
        published=meta.published(cleaned.meta_lines),
        source=meta.source(
            cleaned.meta_lines,
            lead_line,
            strip_trailing_place_name,
            last_line=lines[-1] if lines else "",
            header=cleaned.header_context,
        )
        or meta.issuer(cleaned.title)
        or meta.outlet_byline(byline),  # "作者:某某发布": an account, not a person
        author=byline,
        script=cleaned.script,
        province=place.province,
        prefecture=place.prefecture,
        county=place.county,
        township=place.township,
        adcode=place.adcode,
        n_chars=len(text),
        quality=";".join(cleaned.flags),
        path=path,
    )
    return report, code, place, title_end
