"""Layout parsers: one module per page layout, all pure.

``parse_page(page)`` dispatches on ``page.layout`` (from the metadata), or on
:func:`detect_layout` when the metadata does not say:

- ``fields``: two or more label-only lines "Ciudad"/"Lugar"/"Fecha"/"City"/
  "Venue"/"Date", or one of those labels repeated (one per event);
- ``event``: an "About the event:"/"Acerca del evento:" label or an event
  page's labelled fields ("Coordinating institution:", "Coordinator of the
  event:");
- ``country``: objectives headings ("General Objective(s)", "Objetivo(s)
  General(es)", "Specific objectives", …) and no line that is only a city,
  an online marker or "-" (a country name alone is the page's heading), or a
  page whose URL names a country;
- ``news``: an article or press release: a dateline opening the body ("Quito, 14 de
  octubre de 2019 —") or a publication line ("Published 3 March 2022"), or a press
  marker ("Press release", "Comunicado de prensa"), with prose paragraphs and no
  line that is only a date; or, with none of those, a headline and only prose lines, one of
  which names a numbered meeting of the processes ("La LXVII Conferencia Suramericana sobre
  Migraciones concluyó …");
- ``listing`` otherwise.
"""

from __future__ import annotations

import re

from rcpkg.errors import LoaderError
from rcpkg.loaders.records import Page, ParseResult

LAYOUTS = ("listing", "event", "fields", "country", "news")

# issue 13 (silent18): a title of two sentences, or one run to its full stop with a role participle ("Held under
# the Presidency …, through its … . The Vice-Ministers …"): prose taken for a title, whose names no rule reads
_PROSE_TITLE = re.compile(r"[a-záéíóúñ)]\.\s+[A-ZÁÉÍÓÚÑ][a-záéíóúñ]|[a-záéíóúñ)]\.\s*$")
_FIELD_LABEL = re.compile(r"^[ \t]*(ciudad|lugar|fecha|city|venue|date)[ \t]*(:.*)?$", re.IGNORECASE | re.MULTILINE)
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
    labels = [(m.group(1).lower(), m.group(2) is None) for m in _FIELD_LABEL.finditer(text)]
    label_only = sum(1 for _, alone in labels if alone)
    repeated = any(labels.count(x) > 1 for x in set(labels))
    if label_only >= 2 or (labels and repeated):
        return "fields"
    event_labels = [m.group(1).lower() for m in _EVENT_LABEL.finditer(text)]
    # A single-event page prints "About the event:" (or "Coordinator of the event:") once. A
    # coordinating-institution label alone says nothing: a listing's description may say
    # "Institución Coordinadora: …", once or event after event.
    about = [x for x in event_labels if not x.startswith(("coordinating", "instituci"))]
    if about and all(about.count(x) == 1 for x in about):
        return "event"
    if _looks_like_news(text) or (not _OBJECTIVE_HEADING.search(text) and _reads_as_news(text)):
        return "news"
    if _OBJECTIVE_HEADING.search(text):
        from rcpkg.loaders.layouts.blocks import split_lines

        locations = sum(1 for ln in split_lines(text) if _is_city_or_online(ln.text))
        if country or locations == 0:
            return "country"
    if country or _COUNTRY_LIST.search(text):  # issue 13: "Events in this country" heads a country page's events
        return "country"
    return "listing"


_COUNTRY_LIST = re.compile(r"^\s*(events in this country|eventos en este pa[ií]s)\s*:?\s*$", re.IGNORECASE | re.MULTILINE)


_PRESS = re.compile(r"^\s*(press release|news release|comunicado de prensa|comunicado|nota de prensa|"
                    r"bolet[ií]n de prensa|noticias?|news)\s*:?\s*$", re.IGNORECASE | re.MULTILINE)


def _looks_like_news(text: str) -> bool:
    """An article: a dateline, a publication line or a press marker near the top, prose
    (a line of 200 characters or more), and no line that is only a date (a listing's)."""
    from rcpkg.loaders.dates import date_line
    from rcpkg.loaders.layouts.blocks import split_lines
    from rcpkg.loaders.layouts.news import _PUBLISHED, AGENCY_DATELINE, dateline

    lines = [ln for ln in split_lines(text) if not ln.blank]
    top = lines[:8]
    datelined = any(dateline(text, ln) or AGENCY_DATELINE.match(ln.text) for ln in top[1:6]) \
        or any(_PUBLISHED.match(ln.text) for ln in top)
    # prose: a line of 200 characters or more; after a dateline or a publication line, a short
    # article's sentences will do (a line of 120 characters or more that ends a sentence)
    if not any(len(ln.text) >= 200 for ln in lines) and not (
            datelined and any(len(ln.text) >= 120 and ln.text.rstrip().endswith(".") for ln in lines)):
        return False
    marked = any(_PUBLISHED.match(ln.text) for ln in top) or datelined \
        or any(_PRESS.match(ln.text) or AGENCY_DATELINE.match(ln.text) for ln in top)
    if not marked:
        return False
    return not any(date_line(ln.text, ln.start) for ln in lines if not _PUBLISHED.match(ln.text))


def _reads_as_news(text: str) -> bool:
    """A short article with no dateline, publication line or press marker: a headline, then only prose
    lines (each of 60 characters or more, ending a sentence), one of which (120 characters or more)
    names a numbered meeting of the processes; no line that is only a date."""
    from rcpkg.loaders.dates import date_line
    from rcpkg.loaders.layouts.blocks import split_lines
    from rcpkg.loaders.layouts.news import meeting_mentions

    lines = [ln for ln in split_lines(text) if not ln.blank]
    if len(lines) < 2 or len(lines) > 12:
        return False
    body = lines[1:]
    if not all(len(ln.text.strip()) >= 60 and ln.text.rstrip().endswith((".", ".\"", ".”")) for ln in body):
        return False
    if any(date_line(ln.text, ln.start) for ln in lines):
        return False
    return any(len(ln.text) >= 120 and meeting_mentions(text, ln.start, ln.end) for ln in body)


def _is_city_or_online(line: str) -> bool:
    from rcpkg.loaders.places import looks_like_place, resolve_place

    t = line.strip()
    if not t or not looks_like_place(t):
        return False
    res = resolve_place(t, alternates=False)
    return res.online or res.city is not None or not res.resolved


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
    elif layout == "country":
        from rcpkg.loaders.layouts.country import parse_country as parse
    else:
        from rcpkg.loaders.layouts.news import parse_news as parse
    events = []
    for event in parse(ctx):
        if event.titles:
            events.append(event)
        else:  # a block with no title (a stray field run): nothing identifies it as an event
            ctx.warn(None, "a block with no title was not taken as an event", event.span.exact[:80])
    for event in events:  # issue 13 (silent18): a title that is prose, never read for roles
        title = event.titles[0]
        if len(title.text) >= 100 and _PROSE_TITLE.search(title.text):
            ctx.warn(page.text.count("\n", 0, title.span.start) + 1,
                     "an event's title reads as sentences of prose, naming whom it names (the page's entries may "
                     "be cut at the wrong lines)", title.text)
    if not events and layout != "news":  # a news page says itself why it gives no event
        ctx.warn(None, f"no events found in this {layout} page")
    if layout != "news":
        _fields_outside_events(ctx, events)
    return ParseResult(page, layout, tuple(events), tuple(page.warnings) + tuple(ctx.warnings), tuple(ctx.skipped))


def _fields_outside_events(ctx, events) -> None:
    """issue 13 (no silent drop): a coordinating-institution or role field ("Institución coordinadora:",
    "Organizers:") on a line that no event of the page holds is read by none: a warning names its line and
    text, so that a layout that cut an event short never loses its institutions in silence."""
    from rcpkg.loaders.layouts import labels
    from rcpkg.loaders.layouts.blocks import clean, split_lines

    spans = sorted((e.span.start, e.span.end) for e in events)
    for ln in split_lines(ctx.page.text):
        if ln.blank or any(a <= ln.start < b for a, b in spans):
            continue
        lab = labels.find(ln.text)
        if lab is not None and lab.key in ("coordinating", "role"):
            ctx.warn(ln.no, f"a {lab.text.strip()!r} field outside any event was not read", clean(ln.text))
