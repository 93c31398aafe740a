"""The charts of a data card: observations per topic and per economy, and a line chart for
every series (series_key) with three or more periods; and the card's table of those series.

>>> chart_name("fiscal.revenue|CN|||level|CNY")
'charts/series/fiscal.revenue-cn-level-cny-7144328858a3.svg'
"""

from __future__ import annotations

import hashlib
import re

import pandas as pd

from econstats.publish.card_data import Release, economy_names, indicator_labels, labels
from econstats.publish.card_tables import economy_label, economy_order, md_table
from econstats.publish.charts import Point, bar_chart, line_chart

MIN_PERIODS = 3  # a series gets a line chart from this many distinct periods
ROW_ORDER = ["period_start", "period_end", "period", "doc_id", "char_start"]


def chart_name(series_key: str) -> str:
    """The path of a series' chart: readable parts of the key, then a hash of the whole key."""
    parts = series_key.split("|")
    readable = "-".join(part for part in (*parts[0:3], *parts[4:6]) if part)
    slug = re.sub(r"[^a-z0-9.]+", "-", readable.lower()).strip("-")
    digest = hashlib.sha256(series_key.encode("utf-8")).hexdigest()[:12]
    return f"charts/series/{slug}-{digest}.svg"


def charted_series(table: pd.DataFrame) -> list[str]:
    """The series keys with at least MIN_PERIODS distinct periods, sorted."""
    periods = table.groupby("series_key")["period"].nunique()
    return sorted(str(key) for key, n in periods.items() if n >= MIN_PERIODS)


def series_title(rows: pd.DataFrame, names: dict[str, str]) -> str:
    """'General public budget revenue (CN, level, CNY)': the label, then what sets the series
    apart (entity, breakdown, economy and partner, measure, unit)."""
    first = rows.iloc[0]
    partner = first["counterpart_area"]
    area = first["ref_area"] + (f"-{partner}" if isinstance(partner, str) and partner else "")
    details = [first["entity"], first["breakdown"], area, first["measure"], first["unit"]]
    shown = ", ".join(str(part) for part in details if isinstance(part, str) and part)
    return f"{names.get(first['indicator'], first['indicator'])} ({shown})"


def series_chart(rows: pd.DataFrame, names: dict[str, str], text: dict[str, str]) -> bytes:
    """The line chart of one series' rows."""
    rows = rows.sort_values(ROW_ORDER, kind="stable")
    points = [
        Point(str(row.period), float(row.value), row.status == "actual")
        for row in rows.itertuples(index=False)
    ]
    first = rows.iloc[0]
    y_label = f"{first['measure']} ({first['unit']})"
    legend = (text["legend.actual"], text["legend.other"])
    return line_chart(series_title(rows, names), text["series.x"], y_label, points, legend)


def chart_files(release: Release) -> dict[str, bytes]:
    """Every chart of the card, by path inside the release."""
    table, text = release.table, labels()
    topic_sizes = table["topic"].value_counts()
    topic_bars = [(topic, float(topic_sizes.get(topic, 0))) for topic in release.topics]
    names = economy_names()
    economy_bars = [
        (economy_label(code, names), float((table["ref_area"] == code).sum()))
        for code in economy_order(table)
    ]
    charts = {
        "charts/topics.svg": bar_chart(
            text["topics.title"], text["topics.x"], text["topics.y"], topic_bars
        ),
        "charts/economies.svg": bar_chart(
            text["economies.title"], text["economies.x"], text["economies.y"], economy_bars
        ),
    }
    indicators = indicator_labels()
    for key in charted_series(table):
        charts[chart_name(key)] = series_chart(table[table["series_key"] == key], indicators, text)
    return charts


def series_table(release: Release) -> str:
    """The card's list of series charts (or a sentence saying there are none)."""
    table, names = release.table, indicator_labels()
    keys = charted_series(table)
    if not keys:
        return (
            f"No series has {MIN_PERIODS} or more periods in this release, so there are no line "
            "charts."
        )
    rows = []
    for key in keys:
        part = table[table["series_key"] == key]
        link = f"[chart]({chart_name(key)})"
        rows.append(
            [f"`{key}`", series_title(part, names), part["period"].nunique(), len(part), link]
        )
    return md_table(["Series key", "Series", "Periods", "Observations", "Chart"], rows)
