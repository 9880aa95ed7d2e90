"""Layout parsers: one module per page layout, all pure.

``parse_page(page)`` dispatches on ``page.layout`` (from the metadata), or on
:func:`detect_layout` when the metadata does not say:

- ``fields``: three or more label-only lines ("Ciudad", "Lugar", "Fecha",
  "Institución Coordinadora", "City", "Venue", …);
- ``event``: an "About the event:"/"Acerca del evento:" label or an event
  page's labelled fields ("Coordinating institution:", "Coordinator of the
  event:");
- ``country``: "General Objective(s)"/"Objetivo(s) General(es)" headings and
  no location lines, or a page whose URL names a country;
- ``listing`` otherwise.
"""

from __future__ import annotations

import re

from rcpkg.errors import LoaderError
from rcpkg.loaders.records import Page, ParseResult

LAYOUTS = ("listing", "event", "fields", "country")

_FIELD_LABEL = re.compile(
    r"^\s*(ciudad|lugar|fecha|acerca del evento|instituci[oó]n(es)? coordinadoras?|city|venue|date|"
    r"about the event|coordinating institutions?|email|e-mail|correo electr[oó]nico)\s*:?\s*$",
    re.IGNORECASE | re.MULTILINE,
)
_EVENT_LABEL = re.compile(
    r"^\s*(about the event|acerca del evento|sobre el evento|coordinating institutions?|"
    r"instituci[oó]n(es)? coordinadoras?|coordinator of the event|coordinador(a)? del evento)\s*:",
    re.IGNORECASE | re.MULTILINE,
)
_OBJECTIVE_HEADING = re.compile(
    r"^\s*(general objectives?|objetivos? generale?s?|specific objectives?|objetivos? espec[ií]ficos?)\s*:?\s*$",
    re.IGNORECASE | re.MULTILINE,
)


def detect_layout(text: str, *, country: str | None = None) -> str:
    """The layout of a page's text (see the module docstring)."""
    if len(_FIELD_LABEL.findall(text)) >= 3:
        return "fields"
    if _EVENT_LABEL.search(text):
        return "event"
    if _OBJECTIVE_HEADING.search(text):
        from rcpkg.loaders.layouts.blocks import split_lines
        from rcpkg.loaders.places import looks_like_place

        locations = sum(1 for ln in split_lines(text) if ln.text.strip() and looks_like_place(ln.text.strip()))
        if country or locations == 0:
            return "country"
    if country:
        return "country"
    return "listing"


def parse_page(page: Page) -> ParseResult:
    """The events a page shows. Pure: the page's text in, records out."""
    from rcpkg.loaders.layouts.assemble import Ctx

    layout = page.layout or detect_layout(page.text, country=page.country)
    if layout not in LAYOUTS:
        raise LoaderError(f"unknown layout; use one of {', '.join(LAYOUTS)}", path=page.path, value=layout)
    ctx = Ctx(page)
    if layout == "listing":
        from rcpkg.loaders.layouts.listing import parse_listing as parse
    elif layout == "event":
        from rcpkg.loaders.layouts.event import parse_event as parse
    elif layout == "fields":
        from rcpkg.loaders.layouts.fields import parse_fields as parse
    else:
        from rcpkg.loaders.layouts.country import parse_country as parse
    events = parse(ctx)
    if not events:
        ctx.warn(None, f"no events found in this {layout} page")
    return ParseResult(page, layout, tuple(events), tuple(page.warnings) + tuple(ctx.warnings), tuple(ctx.skipped))
