"""Printable HTML reports: Jinja2 templates with a shared print layout, no script.

A service keeps its report templates in ``<package>/templates`` and extends ``report_base.html``
(from here): an A4 page, black on white, tables that break cleanly across pages, charts as inline
SVG. Every figure a test or reader may check carries ``data-figure="<name>"``.
"""

from __future__ import annotations

import datetime as dt
from functools import cache
from typing import Any

from fastapi.responses import HTMLResponse
from jinja2 import ChoiceLoader, Environment, PackageLoader, select_autoescape

LEVEL_COLOURS = {"low": "#9fd8a4", "medium": "#ffd166", "high": "#ef6f6c"}


def _when(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M UTC")
    return str(value)


@cache
def environment(package: str) -> Environment:
    env = Environment(
        loader=ChoiceLoader([PackageLoader(package, "templates"),
                             PackageLoader("ptp_common.reports", "templates")]),
        autoescape=select_autoescape(["html"]),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals["level_colours"] = LEVEL_COLOURS
    env.filters["when"] = _when
    return env


def render(package: str, template: str, **context: Any) -> HTMLResponse:
    html = environment(package).get_template(template).render(**context)
    return HTMLResponse(html, headers={"Cache-Control": "no-store"})
