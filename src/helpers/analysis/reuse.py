"""Views of the reuse table: which passages travel, who wrote them first, where they went."""

from __future__ import annotations

import pandas as pd

UNDATED = "9999-99-99"  # sorts undated occurrences after every dated one


def _ordered(reuse: pd.DataFrame) -> pd.DataFrame:
    dated = reuse.assign(_date=reuse["published"].astype("string").replace("", UNDATED))
    return dated.sort_values(["cluster_id", "_date", "report_id", "start"])


def reused_passages(reuse: pd.DataFrame, top_n: int = 20) -> pd.DataFrame:
    """One row per passage: how many stories, reports and provinces use it, and its first use.

    Ordered by the number of stories, then provinces; `passage` is the first user's text.
    """
    if reuse.empty:
        return pd.DataFrame(
            columns=["cluster_id", "stories", "reports", "provinces", "first_published",
                     "first_report", "first_place", "passage"]
        )  # fmt: skip
    ordered = _ordered(reuse)
    first = ordered.drop_duplicates("cluster_id").set_index("cluster_id")
    counts = ordered.groupby("cluster_id", observed=True).agg(
        stories=("story_id", "nunique"),
        reports=("report_id", "nunique"),
        provinces=("province", lambda p: p[p != ""].nunique()),
    )
    place = (first["province"] + " " + first["prefecture"] + " " + first["county"]).str.strip()
    table = counts.assign(
        first_published=first["published"],
        first_report=first["report_id"],
        first_place=place,
        passage=first["passage"],
    )
    return (
        table.reset_index()
        .sort_values(["stories", "provinces", "cluster_id"], ascending=[False, False, True])
        .head(top_n)
        .reset_index(drop=True)
    )


def province_flows(reuse: pd.DataFrame, top_n: int = 12) -> pd.DataFrame:
    """Origin province (the passage's first dated user) × province of each later story using it.

    A cell counts passages; the diagonal is reuse inside one province. Provinces beyond the
    `top_n` most frequent are grouped as "others"; undated and unplaced uses are left out.
    """
    ordered = _ordered(reuse[reuse["province"].astype("string") != ""])
    ordered = ordered[ordered["_date"] != UNDATED]
    origin = ordered.drop_duplicates("cluster_id").set_index("cluster_id")["province"]
    later = ordered.assign(origin=ordered["cluster_id"].map(origin)).drop_duplicates(
        ["cluster_id", "story_id"]
    )
    later = later[
        later.groupby("cluster_id", observed=True).cumcount() > 0
    ]  # every story after the first
    if later.empty:
        return pd.DataFrame()
    keep = set(pd.concat([later["origin"], later["province"]]).value_counts().index[:top_n])
    label = lambda s: s.where(s.isin(keep), "others")  # noqa: E731
    flows = later.assign(origin=label(later["origin"]), destination=label(later["province"]))
    matrix = pd.crosstab(flows["origin"], flows["destination"], values=flows["cluster_id"],
                         aggfunc="nunique").fillna(0).astype(int)  # fmt: skip
    last = lambda labels: sorted(labels, key=lambda x: (x == "others", x))  # noqa: E731
    return matrix.loc[last(matrix.index), last(matrix.columns)]


def slogan_in_reuse(slogans: pd.DataFrame, reuse: pd.DataFrame) -> pd.DataFrame:
    """Per slogan: its mentions, and how many of them sit inside a passage copied between stories.

    A slogan that spreads only inside copied paragraphs travelled by copying; one written anew
    in each report travelled as an idea.
    """
    spans = reuse.groupby("report_id", observed=True)[["start", "end"]].apply(
        lambda d: list(zip(d.start, d.end))
    )
    inside = [
        any(s <= start and end <= e for s, e in spans.get(rid, []))
        for rid, start, end in zip(slogans["report_id"], slogans["start"], slogans["end"])
    ]
    counted = slogans.assign(in_reused_passage=inside).groupby("slogan", observed=True)
    return (
        counted.agg(mentions=("report_id", "size"), in_reused_passage=("in_reused_passage", "sum"))
        .assign(share=lambda d: (d["in_reused_passage"] / d["mentions"]).round(2))
        .sort_values(["mentions", "share"], ascending=[False, False])
        .reset_index()
    )
