"""Layout 4: a country page (".../country/costa-rica", "/pais/guatemala", "?country=CR").

Event titles each followed by "General Objective(s)" / "Specific objectives"
sections (Spanish "Objetivo(s) General(es)", "Objetivos Específicos"),
usually without location lines. The page's country (from its URL or the
metadata's ``country:``) is what each event *concerns* (``concerns``, with the
country's name as the page prints it when it does): listing an event on a
country page does not say where the event took place, which may be another
country or online. The event's place comes only from its own text: a labelled
line ("Lugar: …", "City: …", "Modalidad: virtual"), a line that is only a
place or an online marker, or a sentence that says so ("The workshop took
place in Guatemala City", "se realizó de manera virtual").

An objectives heading starts a new event when it is a "general" heading, or
a "specific" heading in an event that already has one (or before any event).
The title is the line just before that heading; the line before the title is
its sub-title's title when it is not an objective (not a bullet or numbered
item, no final "." or ";") and not part of the previous event's objectives
heading — then the two lines are title and sub-title. Lines before the first
event (page heading, intro) are skipped.
"""

from __future__ import annotations

import re
from dataclasses import replace

from rcpkg.loaders.dates import date_line, date_line_problem
from rcpkg.loaders.kinds import detect_kind
from rcpkg.loaders.layouts import blocks
from rcpkg.loaders.layouts.assemble import (
    Ctx, build_event, description_dates, page_country_place, subtitle_of, titles_of,
)
from rcpkg.loaders.layouts.blocks import Line
from rcpkg.loaders.layouts.locations import (
    CITY_LABEL, MODE_LABEL, VENUE_LABEL, Location, city_field, mode_field, place_from_prose, venue_field,
)
from rcpkg.loaders.places import looks_like_place
from rcpkg.loaders.records import EventRecord, Span

# issue 13 (country prose): a bare "Objective" / "Objetivos" / "Purpose" heads an event's objective as
# "General objective" does (a country page with no specific objectives)
_GENERAL = re.compile(r"^\s*(general\s+objectives?|objetivos?\s+generale?s?|objectives?|objetivos?|purpose|prop[oó]sito)"
                      r"\s*:?\s*$", re.IGNORECASE)
_SPECIFIC = re.compile(r"^\s*(specific\s+objectives?|objetivos?\s+espec[ií]ficos?)\s*:?\s*$", re.IGNORECASE)
# the page's own heading over its list of events, never an event's title
_LIST_HEADING = re.compile(r"^\s*(?:events in this country|eventos en este pa[ií]s)\s*:?\s*$", re.IGNORECASE)


def _could_be_title(line: Line) -> bool:
    t = blocks.clean(line.text)
    return (bool(t) and not blocks.is_bullet(line.text) and not t.endswith((".", ";", ":")) and not _LIST_HEADING.match(t)
            and not _GENERAL.match(t) and not _SPECIFIC.match(t) and len(t) < 200)


def parse_country(ctx: Ctx) -> list[EventRecord]:
    text = ctx.page.text
    lines = []
    for ln in blocks.split_lines(text):
        if ln.blank:
            continue
        if blocks.is_footer(ln.text):
            ctx.skipped.append(blocks.footer_note(ln))
            continue
        lines.append(ln)
    starts: list[int] = []  # index of each event's objectives heading
    has_specific = False
    for i, ln in enumerate(lines):
        if _GENERAL.match(ln.text):
            starts.append(i)
            has_specific = False
        elif _SPECIFIC.match(ln.text):
            if not starts or has_specific:
                starts.append(i)
            has_specific = True
    if not starts:
        return []
    # title blocks
    blocks_: list[tuple[int, int, int]] = []  # (first title line, first line after the title, heading)
    prev_heading = -1
    for h in starts:
        t = h - 1
        # "Lugar: …" or a date line between title and heading
        while t - 1 > prev_heading and (_is_location_line(lines[t]) or _is_date_line(lines[t])):
            t -= 1
        if t <= prev_heading:
            ctx.warn(lines[h].no, "objectives without an event title before them", blocks.clean(lines[h].text))
            blocks_.append((h, h, h))
            prev_heading = h
            continue
        first = t
        if t - 1 > prev_heading and _could_be_title(lines[t - 1]) and _could_be_title(lines[t]):
            above = lines[t - 2] if t - 2 >= 0 else None
            # two title-like lines after the previous event's objectives or at the page top:
            # title + sub-title, unless only the second names an event kind (page heading + title)
            prev_is_content = above is not None and t - 2 > prev_heading
            if not (detect_kind(lines[t].text) and not detect_kind(lines[t - 1].text)) and (
                    prev_is_content or t - 1 == prev_heading + 1 and prev_heading >= 0):
                first = t - 1
        blocks_.append((first, t + 1, h))
        prev_heading = h
    first_event_line = blocks_[0][0]
    for ln in lines[:first_event_line]:
        # the line's number, not its text: a page's intro may name a person (issue 13)
        ctx.skipped.append(f"before the first event: line {ln.no}")
    place = page_country_place(ctx)
    if ctx.page.country is None:
        ctx.warn(None, "country page whose country is unknown (neither its URL nor the metadata says)")
    events = []
    for n, (first, title_end, h) in enumerate(blocks_):
        end_idx = blocks_[n + 1][0] if n + 1 < len(blocks_) else len(lines)
        title_lines = lines[first:title_end]
        body = lines[title_end:end_idx]
        if title_lines:
            ts, te = title_lines[0].stripped()
            titles, subtitle = titles_of(ctx, ts, te)
            if len(title_lines) > 1 and subtitle is None:
                subtitle = subtitle_of(ctx, title_lines[1], titles[0].lang if titles else None)
            start = ts
        else:
            titles, subtitle, start = (), None, lines[h].start
        end = body[-1].end if body else lines[h].end
        name = titles[0].text if titles else blocks.clean(lines[h].text)
        loc, body = _own_location(ctx, body, name)
        event = build_event(ctx, n, span=Span.of(text, start, end), titles=titles, subtitle=subtitle,
                            body=body, place=loc.place, online=loc.online, venue=loc.venue,
                            title_line=lines[first].no)
        dates = description_dates(ctx, event.description)  # a date line or a sentence dating the event
        events.append(replace(loc.apply(event), concerns=place, dates=dates))
    return events


def _is_location_line(line: Line) -> bool:
    t = blocks.clean(line.text)
    if any(rx.match(line.text) for rx in (CITY_LABEL, VENUE_LABEL, MODE_LABEL)):
        return True
    return not blocks.is_bullet(line.text) and t not in {"-", "–", "—"} and looks_like_place(t)


def _is_date_line(line: Line) -> bool:
    return date_line(line.text) is not None or date_line_problem(line.text) is not None


def _own_location(ctx: Ctx, body: list[Line], name: str) -> tuple[Location, list[Line]]:
    """Where (or how) the event's own lines say it took place, and the body without the
    location lines."""
    text = ctx.page.text
    loc = Location()
    kept: list[Line] = []
    for ln in body:
        label = next((rx for rx in (CITY_LABEL, VENUE_LABEL, MODE_LABEL) if rx.match(ln.text)), None)
        if label is not None:
            m = label.match(ln.text)
            sp = blocks.span(text, ln.start + m.end(), ln.end)
            if sp is not None:
                field = city_field if label is CITY_LABEL else venue_field if label is VENUE_LABEL else mode_field
                field(ctx, loc, sp, ln.no, name)
            continue
        t = blocks.clean(ln.text)
        if (loc.place is None and not blocks.is_bullet(ln.text) and not _GENERAL.match(t) and not _SPECIFIC.match(t)
                and looks_like_place(t) and t not in {"-", "–", "—"}):
            sp = blocks.line_span(text, ln)
            if sp is not None:
                city_field(ctx, loc, sp, ln.no, name)
                continue
        kept.append(ln)
    place_from_prose(ctx, loc, kept, name)
    return loc, kept
