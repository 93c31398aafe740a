"""SVG charts for a release's data card: horizontal bar charts and line charts, drawn by hand.

A release must be byte-reproducible, so the charts are plain text written here: no clock, no
random ids, coordinates rounded to one decimal, text escaped for XML. Each chart is a standalone
SVG file with a <title> (read out by screen readers, shown by browsers on hover), a heading and
labelled axes.

>>> svg = bar_chart("Rows per topic", "Observations", "Topic", [("fiscal", 19), ("retail", 5)])
>>> svg.startswith(b'<?xml version="1.0" encoding="UTF-8"?>') and svg.endswith(b"</svg>\\n")
True
>>> svg == bar_chart("Rows per topic", "Observations", "Topic", [("fiscal", 19), ("retail", 5)])
True
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from xml.sax import saxutils

FONT = "font-family:'DejaVu Sans',Arial,'Noto Sans CJK SC',sans-serif"
CHAR_WIDTH = 7.0  # average advance of a 12 px character; a wide (CJK) one counts twice
MAX_LABEL = 36  # characters of a category or period label before it is cut with "…"
MIN_PLOT_WIDTH = 360.0  # a line chart's plot area, however few its periods
NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")  # characters XML 1.0 forbids
SCALES = ((1e12, " tn"), (1e9, " bn"), (1e6, " mn"), (1e3, " k"))  # tick labels: 18.65 tn


def escape(text: str) -> str:
    """``text`` for an XML text node: &, < and > escaped, characters XML forbids dropped.

    >>> escape("R&D <b>\x07")
    'R&amp;D &lt;b&gt;'
    """
    return saxutils.escape(NOT_XML.sub("", text))


@dataclass(frozen=True)
class Point:
    """One row on a line chart: its period label, value, and whether its status is actual."""

    period: str
    value: float
    actual: bool = True


def text_width(text: str) -> float:
    """Approximate width in pixels of ``text`` at 12 px.

    >>> text_width("abc"), text_width("零售")
    (21.0, 28.0)
    """
    wide = sum(1 for char in text if unicodedata.east_asian_width(char) in "WF")
    return CHAR_WIDTH * (len(text) + wide)


def cut(text: str, limit: int = MAX_LABEL) -> str:
    """``text`` cut to ``limit`` characters with an ellipsis.

    >>> cut("online marketing services and more", 10)
    'online ma…'
    """
    return text if len(text) <= limit else text[: limit - 1] + "…"


def number(value: float) -> str:
    """A tick or value label: short, with a scale word for large magnitudes.

    >>> number(18.65e12), number(2500000.0), number(-0.8), number(12.0), number(0.125)
    ('18.65 tn', '2.5 mn', '-0.8', '12', '0.125')
    """
    for scale, word in SCALES:
        if abs(value) >= scale:
            return f"{value / scale:.4g}{word}"
    return f"{value:.4g}"


def nice_ticks(low: float, high: float, count: int = 5) -> list[float]:
    """Round tick values covering [low, high], about ``count`` of them, steps of 1, 2 or 5.

    >>> nice_ticks(0, 19)
    [0.0, 5.0, 10.0, 15.0, 20.0]
    >>> nice_ticks(-0.8, 0.8)
    [-1.0, -0.5, 0.0, 0.5, 1.0]
    """
    if high == low:
        low, high = (low - 1, high + 1) if low == 0 else (low - abs(low) / 2, high + abs(high) / 2)
    raw = (high - low) / count
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(f * magnitude for f in (1, 2, 5, 10) if f * magnitude >= raw)
    first = math.floor(low / step)
    last = math.ceil(high / step)
    return [round(i * step, 12) + 0.0 for i in range(first, last + 1)]


def fmt(value: float) -> str:
    """A coordinate with at most one decimal.

    >>> fmt(12.0), fmt(3.14159)
    ('12', '3.1')
    """
    return f"{value:.1f}".rstrip("0").rstrip(".")


def label(x: float, y: float, text: str, anchor: str = "start", extra: str = "") -> str:
    """A <text> element at (x, y)."""
    return f'<text x="{fmt(x)}" y="{fmt(y)}" text-anchor="{anchor}"{extra}>{escape(text)}</text>'


def document(width: float, height: float, title: str, description: str, body: list[str]) -> bytes:
    """The SVG file: XML declaration, title, description, white background, then ``body``."""
    head = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{fmt(width)}" height="{fmt(height)}" '
        f'viewBox="0 0 {fmt(width)} {fmt(height)}" role="img">',
        f"<title>{escape(title)}</title>",
        f"<desc>{escape(description)}</desc>",
        f"<style>text{{{FONT};font-size:12px;fill:#222}} .head{{font-size:15px;"
        "font-weight:bold}} .axis{fill:#555}</style>",
        f'<rect width="{fmt(width)}" height="{fmt(height)}" fill="#ffffff"/>',
        label(12, 24, title, extra=' class="head"'),
    ]
    return ("\n".join([*head, *body, "</svg>"]) + "\n").encode("utf-8")


def bar_chart(title: str, x_label: str, y_label: str, bars: Sequence[tuple[str, float]]) -> bytes:
    """A horizontal bar chart: one bar per (category, value), in the order given."""
    left = 24 + max([text_width(cut(name)) for name, _ in bars] + [text_width(y_label)]) + 12
    plot_width, row = 420.0, 22.0
    top, height = 48.0, row * max(len(bars), 1)
    ticks = nice_ticks(0.0, max([value for _, value in bars] + [0.0]))
    span = ticks[-1] - ticks[0]
    width = left + plot_width + 60

    def x_of(value: float) -> float:
        return left + plot_width * (value - ticks[0]) / span

    body = []
    for tick in ticks:
        x = x_of(tick)
        body.append(
            f'<line x1="{fmt(x)}" y1="{fmt(top)}" x2="{fmt(x)}" '
            f'y2="{fmt(top + height)}" stroke="#e3e3e3"/>'
        )
        body.append(label(x, top + height + 16, number(tick), "middle", ' class="axis"'))
    for i, (name, value) in enumerate(bars):
        y = top + i * row
        body.append(label(left - 8, y + row / 2 + 4, cut(name), "end"))
        body.append(
            f'<rect x="{fmt(left)}" y="{fmt(y + 3)}" width="{fmt(x_of(value) - left)}" '
            f'height="{fmt(row - 6)}" fill="#3b6ea5"><title>{escape(name)}: '
            f"{escape(number(value))}</title></rect>"
        )
        body.append(label(x_of(value) + 4, y + row / 2 + 4, number(value)))
    body.append(
        f'<line x1="{fmt(left)}" y1="{fmt(top)}" x2="{fmt(left)}" '
        f'y2="{fmt(top + height)}" stroke="#222"/>'
    )
    body.append(label(left + plot_width / 2, top + height + 36, x_label, "middle"))
    body.append(label(12, top - 8, y_label, extra=' class="axis"'))
    description = f"{x_label} by {y_label}: " + "; ".join(f"{n} {number(v)}" for n, v in bars)
    return document(width, top + height + 48, title, description, body)


def median(values: list[float]) -> float:
    """The median of a non-empty list.

    >>> median([3.0, 1.0, 2.0]), median([1.0, 2.0])
    (2.0, 1.5)
    """
    ordered = sorted(values)
    middle = len(ordered) // 2
    return ordered[middle] if len(ordered) % 2 else (ordered[middle - 1] + ordered[middle]) / 2


def line_chart(
    title: str, x_label: str, y_label: str, points: Sequence[Point], legend: tuple[str, str]
) -> bytes:
    """A line chart over periods in the order they first appear in ``points``: a dot per row
    (hollow when not actual), a line through each period's median value. ``legend`` names the
    filled and the hollow dots; it is drawn only when both kinds are present."""
    periods = list(dict.fromkeys(point.period for point in points))
    values = [point.value for point in points]
    ticks = nice_ticks(min([*values, 0.0]), max([*values, 0.0]))
    left = 24 + max(text_width(number(tick)) for tick in ticks)
    longest = max(text_width(cut(period, 20)) for period in periods)
    step = max(48.0, longest * 0.75, MIN_PLOT_WIDTH / len(periods))
    top, plot_height = 56.0, 260.0
    bottom, right = top + plot_height, left + step * len(periods)

    def x_of(period: str) -> float:
        return left + step * (periods.index(period) + 0.5)

    def y_of(value: float) -> float:
        return bottom - plot_height * (value - ticks[0]) / (ticks[-1] - ticks[0])

    body = [*y_axis(ticks, left, right, y_of), *x_axis(periods, x_of, bottom)]
    medians = [median([p.value for p in points if p.period == period]) for period in periods]
    path = " ".join(
        f"{'L' if i else 'M'}{fmt(x_of(period))},{fmt(y_of(value))}"
        for i, (period, value) in enumerate(zip(periods, medians, strict=True))
    )
    body.append(f'<path d="{path}" fill="none" stroke="#3b6ea5" stroke-width="2"/>')
    body += [dot(x_of(p.period), y_of(p.value), p) for p in points]
    gap = longest * 0.6 + 28
    body.append(label((left + right) / 2, bottom + gap, x_label, "middle"))
    body.append(label(12, top - 10, y_label, extra=' class="axis"'))
    both = len({point.actual for point in points}) == 2
    if both:
        body.append(label(right + 12, top + 12, f"\u25cf {legend[0]}"))
        body.append(label(right + 12, top + 30, f"\u25cb {legend[1]}"))
    width = right + 24 + (max(map(text_width, legend)) + 24 if both else 0)
    marks = "; ".join(f"{p.period} {number(p.value)}" for p in points)
    description = f"{y_label} by {x_label}: {marks}"
    return document(
        max(width, text_width(title) * 1.25 + 24), bottom + gap + 16, title, description, body
    )


def y_axis(
    ticks: list[float], left: float, right: float, y_of: Callable[[float], float]
) -> list[str]:
    """Horizontal grid lines with their value labels (the zero line darker)."""
    lines = []
    for tick in ticks:
        y = fmt(y_of(tick))
        colour = "#888" if tick == 0 else "#e3e3e3"
        lines.append(
            f'<line x1="{fmt(left)}" y1="{y}" x2="{fmt(right)}" y2="{y}" stroke="{colour}"/>'
        )
        lines.append(label(left - 6, y_of(tick) + 4, number(tick), "end", ' class="axis"'))
    return lines


def x_axis(periods: list[str], x_of: Callable[[str], float], bottom: float) -> list[str]:
    """The period labels under the plot, slanted so that long ones do not overlap."""
    lines = []
    for period in periods:
        x, y = x_of(period), bottom + 14
        slant = f' transform="rotate(-35 {fmt(x)} {fmt(y)})"'
        lines.append(label(x, y, cut(period, 20), "end", slant))
    return lines


def dot(x: float, y: float, point: Point) -> str:
    """A row's marker: filled when its status is actual, hollow otherwise; hover shows it."""
    fill = "#3b6ea5" if point.actual else "#ffffff"
    return (
        f'<circle cx="{fmt(x)}" cy="{fmt(y)}" r="4" fill="{fill}" stroke="#3b6ea5" '
        f'stroke-width="1.5"><title>{escape(point.period)}: {escape(number(point.value))}'
        "</title></circle>"
    )
