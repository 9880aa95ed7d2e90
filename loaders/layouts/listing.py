"""Layout 1: an events listing ("https://crmsv.org/events?page=3" saved as text).

Each event: a title line (title printed twice, once, in two languages, or
with a short sub-title), optional description paragraphs, then its location
on its own line — or, when the event has no description, at the end of the
title line ("XIX CRM Managua", "… abroad -"). Rules, in order:

1. navigation lines at the top ("Skip to main content") and the footer credit
   ("Design by …") are skipped (listed in ``skipped``);
2. a title line that ends with a location closes its event when the next
   line is not blank (the next event's title follows at once), or when no
   location line follows before the end of the page; the location is chosen
   so that what remains is a doubled title when it can be, else the longest
   place name at the end;
3. otherwise the event runs to the first line that is only a location
   (a place, an online marker, or "-"); a page cut off before it gives an
   event without a place, with a warning.
"""

from __future__ import annotations

import re
from dataclasses import replace

from rcpkg.loaders.layouts import blocks, heads
from rcpkg.loaders.layouts.assemble import Ctx, build_event, description_dates, place_of, titles_of
from rcpkg.loaders.layouts.blocks import Line
from rcpkg.loaders.dates import date_line, find_dates
from rcpkg.loaders.places import looks_like_place
from rcpkg.loaders.records import DateRange, EventRecord, Span
from rcpkg.loaders.titles import find_double

_MAX_PLACE_WORDS = 6


def location_suffix(text: str) -> int | None:
    """Offset in `text` where a location printed at the end of a title line starts."""
    words = [m for m in re.finditer(r"\S+", text)]
    if len(words) < 2:
        return None
    candidates: list[int] = []
    for k in range(1, min(_MAX_PLACE_WORDS, len(words) - 1) + 1):
        start = words[-k].start()
        cand = text[start:]
        if not (cand[0].isupper() or cand.strip() in {"-", "–", "—"}):
            continue
        if looks_like_place(cand):
            candidates.append(start)
    if not candidates:
        return None
    for start in candidates:  # a cut that leaves "X X" is the right one
        if find_double(text, 0, start):
            return start
    # issue 13: the longest place name that resolves whole ("… Retorno Asistido y Reintegración Managua,
    # Nicaragua": "Managua, Nicaragua", not "Reintegración Managua, Nicaragua"), else the longest
    from rcpkg.loaders.places import resolve_place

    whole = [c for c in candidates if not resolve_place(text[c:], alternates=False).problem]
    return min(whole) if whole else min(candidates)


def _is_location_line(line: Line) -> bool:
    t = blocks.clean(line.text)
    # (issue 13, listing16: a rule "———" parts entries; a lone "-" is a listing's "no place")
    return bool(t) and not blocks.is_bullet(line.text) and looks_like_place(t) and not blocks.is_separator(t)


def parse_listing(ctx: Ctx) -> list[EventRecord]:
    text = ctx.page.text
    lines = blocks.split_lines(text)
    n = len(lines)
    i = 0
    while i < n and (lines[i].blank or blocks.is_navigation(lines[i].text)):
        if not lines[i].blank:
            ctx.skipped.append(f"navigation: {blocks.clean(lines[i].text)}")
        i += 1
    top = blocks.site_header_end(lines, i)  # issue 13: a site's name over its menu bar is no event
    ctx.skipped.extend(f"site header: line {ln.no}" for ln in lines[i:top] if not ln.blank)
    i = top
    table = _table_header(lines[i:])
    if table is not None:
        return _parse_table(ctx, lines[i:], *table)
    found = _parse_month_days(ctx, lines[i:])  # issue 13 (layout19): "Marzo 2019" over "12 — Title, Place"
    if found is not None:
        return found
    found = _parse_marked(ctx, lines[i:])  # issue 13 (listing16): entries opened by a mark glyph
    if found is not None:
        return found
    found = _parse_cards(ctx, lines[i:])  # issue 13 (listing3): entries printed as cards of one repeated shape
    if found is not None:
        return found
    if heads.is_headed(lines[i:], order=ctx.date_order):
        return _parse_headed(ctx, lines[i:])
    events: list[EventRecord] = []

    def ahead_has_location(j: int) -> bool:
        while j < n and not blocks.is_footer(lines[j].text):
            if _is_location_line(lines[j]):
                return True
            j += 1
        return False

    if not ahead_has_location(i):  # issue 13 (listing2): a report's activities, each a paragraph under its title
        found = _parse_paragraphs(ctx, lines[i:])
        if found is None:  # issue 13 (listing4): news posts, each closed by its "Continue reading" link
            found = _parse_posts(ctx, lines[i:])
        if found is not None:
            return found

    while i < n:
        ln = lines[i]
        if ln.blank:
            i += 1
            continue
        if blocks.is_footer(ln.text):
            ctx.skipped.append(blocks.footer_note(ln))
            i += 1
            continue
        if heads.is_kind_badge(ln.text):  # issue 13 (listing36a): "[WORKSHOP]" over an entry's title is no title
            ctx.skipped.append(f"kind badge: line {ln.no}")
            i += 1
            continue
        if blocks.is_separator(ln.text):  # issue 13 (listing16): a share line, a rule, tags: no event's title
            ctx.skipped.append(f"separator: line {ln.no}")
            i += 1
            continue
        if blocks.is_pager(ln.text):  # issue 13: a pager after the last entry is no event's title
            ctx.skipped.append(f"pager: line {ln.no}")
            i += 1
            if events and _is_page_numbers(ln.text) and not _entry_follows(lines, i):
                # issue 13 (footer): the page numbers close the entries; what follows is the site's footer
                ctx.skipped.extend(f"footer after the pager: line {x.no}" for x in lines[i:] if not x.blank)
                break
            continue
        ls, le = ln.stripped()
        line_text = text[ls:le]
        if not events and _heading_over_entries(lines, i):  # issue 13 (listing16): "Past events" over the first
            ctx.skipped.append(f"heading over the entries: line {ln.no}")
            i += 1
            continue
        cut = location_suffix(line_text)
        closed = False
        if cut is not None:
            nxt = lines[i + 1] if i + 1 < n else None
            if nxt is not None and not nxt.blank and not _is_location_line(nxt):
                closed = True
            elif nxt is None or nxt.blank:
                closed = not ahead_has_location(i + 1)
        if closed:
            titles, subtitle = titles_of(ctx, ls, ls + cut)
            loc = blocks.span(text, ls + cut, le)
            name = titles[0].text if titles else line_text
            place, online = place_of(ctx, loc, ln.no, name)
            events.append(build_event(ctx, len(events), span=Span.of(text, ls, le), titles=titles,
                                      subtitle=subtitle, place=place, online=online, title_line=ln.no))
            i += 1
            continue
        j = i + 1
        # HTML listings print the link text and the heading on two lines: the copy is not a description
        if j < n and blocks.clean(lines[j].text) == blocks.clean(line_text):
            j += 1
        body_start = j
        while j < n and not _is_location_line(lines[j]) and not blocks.is_footer(lines[j].text) \
                and not blocks.is_pager(lines[j].text):
            j += 1
        titles, subtitle = titles_of(ctx, ls, le)
        name = titles[0].text if titles else line_text
        body = lines[body_start:j]
        if j < n and _is_location_line(lines[j]):
            loc = blocks.line_span(text, lines[j])
            place, online = place_of(ctx, loc, lines[j].no, name)
            end = loc.end if loc else lines[j].end
            next_i = j + 1
        else:
            ctx.warn(ln.no, "event without a location line (page cut off?)", name)
            place, online = _prose_place(ctx, body, name)
            filled = [b for b in lines[i + 1:j] if not b.blank]
            end = filled[-1].end if filled else le
            next_i = j
        ev = build_event(ctx, len(events), span=Span.of(text, ls, end), titles=titles, subtitle=subtitle,
                         body=body, place=place, online=online, title_line=ln.no)
        events.append(_with_description_dates(ctx, ev))
        i = next_i
    return events


def _heading_over_entries(lines: list[Line], i: int) -> bool:
    """Issue 13 (listing16): the page's short heading ("Past events", "Actividades 2019") over the first entry of a
    listing whose entries are parted by share lines or rules: a line of at most five words, no digit-only part, a
    blank line under it, then a title line with a sentence under it; only when the page prints separators."""
    t = blocks.clean(lines[i].text)
    if not t or len(t.split()) > 5 or heads._PROSE_END.search(t) or i + 1 >= len(lines) or not lines[i + 1].blank:
        return False
    rest = [ln for ln in lines[i + 1:] if not ln.blank]
    if len(rest) < 2 or not _report_title(blocks.clean(rest[0].text)) or _is_location_line(rest[1]) \
            or not re.search(r"[.!?]$", blocks.clean(rest[1].text)):
        return False
    return sum(blocks.is_separator(ln.text) for ln in rest) >= 2


def _is_page_numbers(text: str) -> bool:
    t = blocks.clean(text)
    return not blocks.MORE_LINK.match(t) and bool(re.search(r"\d", t))


def _entry_follows(lines: list[Line], i: int) -> bool:
    """An entry after the pager: a line followed by a description paragraph (a sentence)."""
    rest = [ln for ln in lines[i:] if not ln.blank]
    return any(len(blocks.clean(ln.text)) > 120 or blocks.clean(ln.text).endswith(".") for ln in rest)


def _prose_place(ctx: Ctx, body: list[Line], name: str):
    """Issue 13: an entry with no location line placed by its own sentences ("The workshop was held in
    Tacna", "Seminar held online"): that place or online mode, else none."""
    from rcpkg.loaders.layouts.locations import Location, place_from_prose

    loc = Location()
    place_from_prose(ctx, loc, [ln for ln in body if not ln.blank], name)
    if loc.place is None and not loc.online:
        found = _met_in(ctx, body)
        if found is not None:
            return place_of(ctx, found[0], found[1], name)
    if loc.place is None and loc.online:
        from rcpkg.loaders.records import PlaceMention

        return (PlaceMention(loc.mode, online=True) if loc.mode is not None else None), True
    return loc.place, loc.online


def _with_description_dates(ctx: Ctx, ev: EventRecord) -> EventRecord:
    from dataclasses import replace

    dates = description_dates(ctx, ev.description) or _met_on(ctx, ev.description) \
        or _lead_date(ctx, ev.description, hosted=True)
    return replace(ev, dates=dates) if dates else ev


# issue 13 (listing2): an entry's text that says its body met somewhere, maybe then when ("The Ad Hoc Group met in
# Lima on 3 and 4 May 2019", "Officials met last week in Panama City for …", "La red se reunió en Quito el 5 de junio
# de 2019", "los delegados se reunieron la semana pasada en San Salvador"): in a listing entry that meeting is the
# entry's event
_MET = re.compile(r"(?<![\w-])(?:met|gathered|se reuni(?:ó|o|eron)|sesion(?:ó|o|aron))(?:\s+(?!in\b|en\b)[\w-]+){0,3}?"
                  r"\s+(?:in|en)\s+(?:(?:the|la|el)\s+(?:city of|ciudad de)\s+)?", re.IGNORECASE)


_MET_ON = re.compile(r"(?<![\w-])(?:met|gathered|se reuni(?:ó|o|eron)|sesion(?:ó|o|aron))\s+(?:on|from|between|el|los "
                     r"d[ií]as|del|entre)\s+$", re.IGNORECASE)


def _met_in(ctx: Ctx, body: list[Line]):
    """The place span after "met in", and its line (see above); None when no such sentence names a place."""
    from rcpkg.loaders.layouts.locations import _PLACE_STOP, _PLACE_WORD, _place_words
    from rcpkg.loaders.places import resolve_place

    text = ctx.page.text
    for ln in body:
        for m in _MET.finditer(ln.text):
            stop = _PLACE_STOP.search(ln.text, m.end())
            words = list(_PLACE_WORD.finditer(ln.text, m.end(), stop.start() if stop else len(ln.text)))[:8]
            found = _place_words(ln.text, words, resolve_place)
            if found is not None:
                return Span.of(text, ln.start + found[0], ln.start + found[1]), ln.no
    return None


def _met_on(ctx: Ctx, description: Span | None):
    """The date right after "met in <place>" when it is the description's only date ("met in Guatemala City on 3
    and 4 October 2019")."""
    from rcpkg.loaders.dates import find_dates

    if description is None:
        return None
    found = find_dates(description.exact, description.start, order=ctx.date_order)
    if len(found) != 1:
        return None
    at = found[0].span.start - description.start
    if _MET_ON.search(description.exact, 0, at):
        return found[0]
    for m in _MET.finditer(description.exact, 0, at):
        gap = description.exact[m.end():at]
        if "\n" not in gap and re.fullmatch(r"[^.;:()\n]{2,60}?,?\s+(?:on|from|between|el|los d[ií]as|del|entre)\s+", gap):
            return found[0]
    return None


def _parse_headed(ctx: Ctx, lines: list[Line]) -> list[EventRecord]:
    """A listing whose entries print their place and date right under the title (see
    :mod:`rcpkg.loaders.layouts.heads`)."""
    text = ctx.page.text
    found, outside = heads.entries(lines, order=ctx.date_order)
    for ln in outside:
        if blocks.is_footer(ln.text):
            ctx.skipped.append(blocks.footer_note(ln))
        elif blocks.is_navigation(ln.text):
            ctx.skipped.append(f"navigation: line {ln.no}")
        else:  # a pager, a site credit: its text is not quoted (it may name a person)
            ctx.skipped.append(f"outside any entry: line {ln.no}")
    events: list[EventRecord] = []
    skip = _list_numbers([entry.title for entry in found])
    for entry in found:
        # issue 13 (listing): a CMS byline ("Posted on … by …"): the post's date and author, not the event's
        ctx.skipped.extend(f"byline: line {b.no}" for b in entry.bylines)
        ls, titles, subtitle, name = _title_read(ctx, entry.title, skip)
        place, online, dates, venue = _meta_facts(ctx, entry.metas, name)
        if place is None and not online and dates is None and not entry.metas and entry.body:
            place, online, dates = _opening_facts(ctx, entry.body[0], name)  # issue 13 (listing15)
        elif place is None and not online and dates is not None and entry.body and not entry.has("place"):
            place, online = _opening_place(ctx, entry.body[0], name)  # issue 13 (listing17)
        if place is None and not online and not entry.has("place"):
            ctx.warn(entry.title.no, "event without a location line", name)
            place, online = _prose_place(ctx, entry.body, name)
        last = max([entry.title, *[m.line for m in entry.metas], *entry.body], key=lambda x: (x.no, x.end))
        ev = build_event(ctx, len(events), span=Span.of(text, ls, last.end), titles=titles, subtitle=subtitle,
                         body=entry.body, place=place, online=online, venue=venue, dates=dates,
                         title_line=entry.title.no)
        events.append(ev if dates else _with_description_dates(ctx, ev))
    return events


def _meta_facts(ctx: Ctx, metas, name: str, dates=None):
    """The place (or online), dates and venue an entry's place-and-date lines state: the first
    place and the first date; a date not understood warns (a month and year alone, no day, is
    no date and no warning). `dates` already read elsewhere (a card's date badge) are kept."""
    text = ctx.page.text
    place, online, venue = None, False, None
    end_meta = None  # the line of a single first date, whose next line may give the range's last day
    edge_meta = None  # the line of a single first date, whose "Ends: …" cell (there or on the next line) ends it
    badge = dates is not None and dates.end is None  # a day read elsewhere (a card's "12" / "JUN 2018" badge)
    for meta in metas:
        for part in meta.parts:
            value = blocks.span(text, part.start, part.end)
            if value is None:
                continue
            if part.kind == "place" and place is None and not online:
                place, online = place_of(ctx, value, meta.line.no, name)
                vs = heads.venue_span(meta.line, part)  # issue 13 (listing): a venue with its address
                venue = blocks.span(text, *vs) if vs else None
            elif part.kind == "date" and dates is None:
                dates = heads.range_line(value.exact, value.start, order=ctx.date_order)
                if dates is None and not heads.no_day(value.exact):
                    dates = _in_heading_year(ctx, value, meta.line.no)
                    if dates is None:
                        ctx.warn(meta.line.no, f"date not understood for event {name!r}", value.exact)
                elif dates is not None and dates.end is None:
                    end_meta = meta.line.no
                    edge_meta = meta.line.no if part.edge != "end" else None
            elif part.kind == "date" and part.edge == "end" and dates is not None and dates.end is None \
                    and edge_meta is not None and meta.line.no in (edge_meta, edge_meta + 1):
                # issue 13 (listing37b): the cell labelled as the range's end after the first date's ("Starts: Wed 26
                # Apr 2023 — Ends: Thu 27 Apr 2023", "Inicio: … · Fin: …"): the range's last day, both quoted
                edge_meta = None
                end = heads.range_line(value.exact, value.start, order=ctx.date_order)
                if end is not None and end.end is None and end.start > dates.start:
                    dates = replace(dates, end=end.start, parts=(*dates.parts, end.span))
                elif end is not None and end.end is None and end.start < dates.start:
                    ctx.warn(meta.line.no, f"end date before the start date for event {name!r}", value.exact)
            elif part.kind == "date" and badge:
                # issue 13 (listing29): the card's badge gives the first day, its place-and-date line the whole range
                # ("12" / "JUN 2018" over "Foz do Iguaçu, Brasil · 2018-06-12 / 2018-06-13"): the range's last day,
                # when the line's range opens on the badge's day (both quoted)
                badge = False
                whole = heads.range_line(value.exact, value.start, order=ctx.date_order)
                if whole is not None and whole.end is not None and whole.start == dates.start:
                    dates = replace(dates, end=whole.end, parts=(*dates.parts, whole.span))
            elif part.kind == "date" and end_meta is not None and meta.kinds == {"date"} \
                    and (meta.line.no == end_meta + 1 and len(meta.parts) == 1
                         or meta.line.no == end_meta and len(meta.parts) == 2 and part is meta.parts[1]):
                # issue 13 (listing26): a day's date line right under the entry's first one ("2022-05-10" /
                # "2022-05-11"): the range's last day (a later day, within a month), both lines quoted; (listing35)
                # so is a day's date after the first one on its line, apart by a bar ("2023-12-05 | 2023-12-06")
                end = heads.range_line(value.exact, value.start, order=ctx.date_order)
                if end is not None and end.end is None and 0 < (end.start - dates.start).days <= 31:
                    dates = replace(dates, end=end.start, parts=(*dates.parts, end.span))
        end_meta = None if end_meta != meta.line.no else end_meta
    return place, online, dates, venue


def _in_heading_year(ctx: Ctx, value: Span, line_no: int) -> DateRange | None:
    """Issue 13 (layout19): an archive whose years are headings ("2017" on a line of its own) prints its entries'
    dates without the year ("Fecha: 5 de octubre"): the day and month read in the year of the nearest year heading
    above (the heading's year a part of the range's evidence); None when the value is no yearless day and month,
    or when no year heading is above it (a year is never guessed)."""
    from rcpkg.loaders.layouts.country import _heading_year
    from rcpkg.loaders.layouts.news import yearless_dates

    if not _YEARLESS_VALUE.search(value.exact):
        return None
    year = _heading_year(ctx.page.text, value.start)
    if year is None:
        return None
    got = [d for d in yearless_dates(ctx.page.text, value.start, value.end, int(year.exact))
           if d.span.start == value.start and d.span.end >= value.end - 1]
    return replace(got[0], parts=(year,)) if got else None


_YEARLESS_VALUE = re.compile(r"^[^\d]{0,12}[0-3]?\d\D[^\d]{2,20}$")  # a day and a month, no year (cheap pre-test)


# --- issue 13 (layout19): a calendar whose months are headings, each entry opened by its day --------------------------
# A CMS calendar or agenda prints a heading per month ("Marzo 2019", "APRIL 2018", "Junio de 2020") and under it one
# entry per event, its line opened by the day or days and a separator ("12 — Taller …, Ciudad de Panamá",
# "3-5. Regional Forum …", "27 | Reunión …"), the place maybe closing that line, its details on the lines under it.
# The entry's dates are its days read in the month and year of the heading above (the heading a part of the range's
# evidence); the entry runs to the next day line or month heading, the last one to its first blank line (what
# follows it, a pager or the footer, is no entry's).
_DAY_LEAD = re.compile(r"^[ \t]*(?P<d>[0-3]?\d(?:[ \t]*[-–][ \t]*[0-3]?\d)?)[ \t]*(?:[—–|:.)]|-(?=[ \t]))[ \t]+(?=\S)")


def _month_heading(ln: Line) -> bool:
    return not ln.blank and bool(heads.MONTH_YEAR.fullmatch(blocks.clean(ln.text)))


def _parse_month_days(ctx: Ctx, lines: list[Line]) -> list[EventRecord] | None:
    text = ctx.page.text
    marks: list[tuple[int, str]] = []  # (index, "H" a month heading / "D" a day line)
    for k, ln in enumerate(lines):
        if ln.blank:
            continue
        if _month_heading(ln):
            marks.append((k, "H"))
        elif _DAY_LEAD.match(ln.text):
            marks.append((k, "D"))
    days = [k for k, m in marks if m == "D"]
    if len(days) < 2 or not marks or marks[0][1] != "H":
        return None
    heading_of: dict[int, Line] = {}
    head = None
    for k, m in marks:
        if m == "H":
            head = lines[k]
        else:
            heading_of[k] = head
    starts = [k for k, _ in marks]
    first = starts[0]
    ctx.skipped.extend(f"outside any entry: line {ln.no}" for ln in lines[:first] if not ln.blank)
    events: list[EventRecord] = []
    for n_, (k, m) in enumerate(marks):
        stop = starts[n_ + 1] if n_ + 1 < len(starts) else len(lines)
        if m == "H":
            ctx.skipped.append(f"month heading: line {lines[k].no}")
            continue
        own = lines[k + 1:stop]
        if n_ + 1 == len(starts):  # the last entry: to its first blank line
            cut = next((j for j, x in enumerate(own) if x.blank), len(own))
            ctx.skipped.extend(f"outside any entry: line {x.no}" for x in own[cut:] if not x.blank)
            own = own[:cut]
        body = [x for x in own if not x.blank]
        ln = lines[k]
        dm = _DAY_LEAD.match(ln.text)
        ls, le = ln.stripped()
        ts = ln.start + dm.end()
        rest = text[ts:le]
        cut = location_suffix(rest)
        titles, subtitle = titles_of(ctx, ts, ts + cut if cut is not None else le)
        name = titles[0].text if titles else rest
        place, online = None, False
        if cut is not None:
            place, online = place_of(ctx, blocks.span(text, ts + cut, le), ln.no, name)
        hd = heading_of[k]
        hs, he = hd.stripped()
        got = find_dates(f"{dm.group('d')} {text[hs:he]}")
        dates = None
        if got and got[0].span.start == 0:
            d0 = ln.start + dm.start("d")
            dates = DateRange(got[0].start, got[0].end, Span.of(text, d0, ln.start + dm.end("d")),
                              parts=(Span.of(text, hs, he),))
        else:
            ctx.warn(ln.no, f"date not understood for event {name!r}", dm.group("d"))
        if place is None and not online:
            ctx.warn(ln.no, "event without a location line", name)
            place, online = _prose_place(ctx, body, name)
        end = body[-1].end if body else le
        ev = build_event(ctx, len(events), span=Span.of(text, ts, end), titles=titles, subtitle=subtitle,
                         body=body, place=place, online=online, dates=dates, title_line=ln.no)
        events.append(ev)
    return events


# issue 13 (listing): a listing printed as a table flattened to text, its cells apart by " | " or tabs, a header
# row naming the columns ("Event | Dates | Place | Organized by | Summary", "Evento | Fecha | Lugar | Organizan")
# and one entry a row
_CELL_GAP = re.compile(r"[ \t]+\|[ \t]+|[ \t]*\t[ \t]*")
# issue 13 (layout19): a table exported as plain text, its columns aligned with runs of spaces ("Date        Activity
# Venue"): cells apart by two spaces or more (a title never holds two spaces running, a sentence's cell may)
_WIDE_GAP = re.compile(r"[ \t]{2,}|[ \t]+\|[ \t]+")
_TITLE_COLUMN = re.compile(
    r"^(?:events?|eventos?|activit(?:y|ies)|actividad(?:es)?|titles?|t[ií]tulos?|names?|nombres?|"
    r"(?:event|activity) (?:name|title)|nombre de la actividad|nombre del evento|t[ií]tulo del evento|"
    r"meetings?|reuni[oó]n(?:es)?|workshops?|talleres?)$", re.IGNORECASE)


def _cells(ln: Line, gap: re.Pattern = _CELL_GAP) -> list[tuple[int, int]]:
    """The offsets in the page of a row's cells, without surrounding whitespace."""
    t = ln.text
    cuts, ends = [0], []
    if gap is _WIDE_GAP:  # (layout19) the row's indent and trailing spaces part no cells
        t = t.rstrip()
        cuts[0] = len(t) - len(t.lstrip())
    for m in gap.finditer(t, cuts[0]):
        ends.append(m.start())
        cuts.append(m.end())
    ends.append(len(t))
    return [blocks.strip_offsets(t, ln.start, a, b) for a, b in zip(cuts, ends)]


def _table_header(lines: list[Line]) -> tuple[int, list[str], re.Pattern] | None:
    """The index of a table's header row among `lines` and its column names: three or more cells, one of them
    an event's title column, one a date or place column, every one a short label; the row after it has as
    many cells."""
    from rcpkg.loaders.layouts import labels

    for k, ln in enumerate(lines):
        if ln.blank:
            continue
        gap = _CELL_GAP if "|" in ln.text or "\t" in ln.text else _WIDE_GAP
        if gap is _WIDE_GAP and "  " not in ln.text.strip():
            continue
        cells = _cells(ln, gap)
        names = [blocks.clean(ln.text[a - ln.start:b - ln.start]) for a, b in cells]
        if len(names) < 3 or any(not n or len(n.split()) > 5 for n in names):
            continue
        keys = [labels.classify(n) for n in names]
        if sum(bool(_TITLE_COLUMN.match(n)) for n in names) != 1 \
                or not any(kr and kr[0] in labels.FACT_KEYS for kr in keys):
            continue
        # (issue 13, listing36b: a rule under the header row, "-----", parts no row)
        nxt = next((x for x in lines[k + 1:] if not x.blank and not blocks.is_rule(x.text)), None)
        if nxt is not None and len(_cells(nxt, gap)) == len(names):
            return k, names, gap
    return None


def _parse_table(ctx: Ctx, lines: list[Line], head: int, names: list[str], gap: re.Pattern = _CELL_GAP
                 ) -> list[EventRecord]:
    from dataclasses import replace

    from rcpkg.loaders.layouts import labels
    from rcpkg.loaders.records import Section

    text = ctx.page.text
    for ln in lines[:head + 1]:
        if not ln.blank:
            ctx.skipped.append(f"{'table header' if ln is lines[head] else 'above the table'}: line {ln.no}")
    keys = [labels.classify(n) for n in names]
    title_col = next(c for c, n in enumerate(names) if _TITLE_COLUMN.match(n))
    events: list[EventRecord] = []
    k = head + 1
    width = len(names)
    rows: list[tuple[Line, list[Line]]] = []
    while k < len(lines) and (lines[k].blank or len(_cells(lines[k], gap)) == width
                              or blocks.is_rule(lines[k].text) and not rows):
        row = lines[k]
        k += 1
        if row.blank:
            continue
        if blocks.is_rule(row.text):  # issue 13 (listing36b): the rule under the header row
            ctx.skipped.append(f"rule: line {row.no}")
            continue
        # issue 13 (listing18): a row's details on the lines right under it, up to a blank line ("Convoca: …",
        # "Organizado por …"): the row's description, when they are no row, link or footer of their own
        details: list[Line] = []
        while k < len(lines) and not lines[k].blank and len(_cells(lines[k], gap)) != width \
                and not blocks.is_footer(lines[k].text) and not blocks.is_navigation(lines[k].text) \
                and not blocks.is_rule(lines[k].text):  # (issue 13, listing36b: a rule closes the table)
            details.append(lines[k])
            k += 1
        rows.append((row, details))
    notes = _row_notes(ctx, lines[k:], [_cells(row, gap)[title_col] for row, _ in rows])
    for n_, (row, details) in enumerate(rows):
        cells = _cells(row, gap)
        ts, te = cells[title_col]
        titles, subtitle = titles_of(ctx, ts, te)
        name = titles[0].text if titles else blocks.clean(text[ts:te])
        place, online, dates, body, sections = None, False, None, [], []
        for c, (a, b) in enumerate(cells):
            if c == title_col or a >= b:
                continue
            value = blocks.span(text, a, b)
            key = keys[c][0] if keys[c] else None
            if key == "date" and dates is None:
                dates = heads.range_line(value.exact, value.start, order=ctx.date_order)
                if dates is None:
                    ctx.warn(row.no, f"date not understood for event {name!r}", value.exact)
            elif key in {"place", "city", "country", "mode"} and place is None and not online:
                place, online = place_of(ctx, value, row.no, name)
            elif key == "about" and not body:
                body = [Line(row.no, a, b, text[a:b])]
            else:  # a role column ("Organized by"), or a column the layout does not read: a section under its name
                sections.append(Section(names[c], value))
        if details:
            body = body + details
        if notes.get(n_):
            body = body + notes[n_]
        if place is None and not online:
            ctx.warn(row.no, "event without a location line", name)
        end = details[-1].stripped()[1] if details else row.stripped()[1]
        ev = build_event(ctx, len(events), span=Span.of(text, row.stripped()[0], end), titles=titles, subtitle=subtitle,
                         body=body, place=place, online=online, dates=dates, title_line=row.no)
        ev = replace(ev, sections=ev.sections + tuple(sections))
        events.append(ev if dates else _with_description_dates(ctx, ev))
    noted = {ln.no for got in notes.values() for ln in got}
    for ln in lines[k:]:
        if ln.blank or ln.no in noted:
            continue
        if blocks.is_footer(ln.text):
            ctx.skipped.append(blocks.footer_note(ln))
        elif blocks.is_navigation(ln.text):
            ctx.skipped.append(f"navigation: line {ln.no}")
        elif len(blocks.clean(ln.text)) > 60 and _PROSE_LINE.search(blocks.clean(ln.text)):
            # (issue 13, layout19) a sentence after the table that names no row: read by no event, warned of
            ctx.warn(ln.no, "text after the table that names none of its events", blocks.clean(ln.text)[:120])
        else:
            ctx.skipped.append(f"after the table: line {ln.no}")
    return events


_PROSE_LINE = re.compile(r"[.;]$")


def _row_notes(ctx: Ctx, after: list[Line], title_cells: list[tuple[int, int]]) -> dict[int, list[Line]]:
    """Issue 13 (layout19): the notes a table prints under it, each opened by a row's title and a colon or a dash
    ("Regional Forum on …: convened by the ILO; hosted by …", "Taller …. — Organizado por …"): the row's details.
    A title is matched whole and exactly (case and accents folded), the longest first."""
    text = ctx.page.text
    keys = sorted(((blocks.fold_keep(text[a:b]).lower(), n) for n, (a, b) in enumerate(title_cells) if b - a >= 12),
                  key=lambda x: -len(x[0]))
    out: dict[int, list[Line]] = {}
    for ln in after:
        if ln.blank:
            continue
        t = blocks.fold_keep(ln.text.strip()).lower()
        for key, n in keys:
            if t.startswith(key) and re.match(r"\s*(?::|[—–]|\.\s*[—–-]|\s-)\s*\S", t[len(key):]):
                out.setdefault(n, []).append(ln)
                break
    return out


# --- issue 13 (listing2): a report's activities -------------------------------------------------------------------
# A report saved from a PDF (an annual report, a bulletin, a "memoria") prints no location line: its activities are
# paragraphs apart by blank lines, each opened by its title on a line of its own, the text wrapped over several
# lines; around them the report's title page, its table of contents ("2. Activities ........ 3"), its numbered
# section headings ("2. ACTIVITIES OF THE YEAR", "III. Actividades"), its running page footers ("Annual Report 2021
# | page 3", "Página 4 de 12", "- 5 -") and sections that tell no activity (an introduction, a financial statement).
# A paragraph whose first line is a title (short, no sentence's end, not ended by a word that goes on on the next
# line) and whose next lines are prose is an entry; a paragraph of prose right after an entry (the entry's text
# over a page break) is still the entry's; a section heading closes the entry and opens text no entry owns
# (skipped, with its line). An entry's place and dates are its head line's ("Montevideo, 2 December 2021"), else
# its sentences'.

_LEADER = re.compile(r"(?:\.\s?){4,}\s*\d+\s*$|…{2,}\s*\d+\s*$")
_RUNNING = re.compile(
    r"^(?:.{0,80}?\s[|·–—-]\s*)?(?:page|p[aá]g(?:ina)?\.?|p\.)\s*\d+(?:\s+(?:of|de)\s+\d+)?$|^[-–—]\s*\d+\s*[-–—]$|^\d{1,3}$",
    re.IGNORECASE)
_SECTION_NUMBER = re.compile(r"^(?:\d{1,2}\.|[IVX]{1,5}\.)\s+\S")  # "2. ", "III. " (not "2.1")
_GOES_ON = re.compile(
    r"(?:^|\s)(?:the|a|an|of|and|or|to|in|on|at|by|for|with|from|de|del|la|el|los|las|y|o|e|en|a|al|por|para|con|"
    r"que|un|una|su|sus)$|[,;:\-–—(]$", re.IGNORECASE)


def _report_noise(ln: Line) -> str | None:
    """What a report's line that is no activity's is: a contents line, a running footer, a footer credit."""
    t = blocks.clean(ln.text)
    if _LEADER.search(t):
        return "table of contents"
    if _RUNNING.match(t):
        return "running page footer"
    if blocks.is_footer(ln.text):
        return "footer"
    if blocks.is_separator(ln.text):  # issue 13 (listing16): a share line, a rule, a tags line
        return "separator"
    return None


def _section_heading(t: str) -> bool:
    return bool(_SECTION_NUMBER.match(t)) and len(t) <= 90 and not heads._PROSE_END.search(t) \
        or blocks.is_caps_heading(t) and not _LEADER.search(t)


def _report_title(t: str) -> bool:
    words = t.split()
    return 3 <= len(words) <= 20 and len(t) <= 160 and (t[:1].isupper() or t[:1].isdigit()) \
        and not re.search(r"[.!?;:…]$", t) and not _GOES_ON.search(t) and not re.search(r"[.!?;]\s+[A-ZÁÉÍÓÚÑ]", t) \
        and not _section_heading(t)


def _prose(lines: list[Line]) -> bool:
    text = " ".join(blocks.clean(ln.text) for ln in lines)
    return len(text) >= 60 and bool(re.search(r"[.!?]\s|[.!?]$", text))


def _parse_paragraphs(ctx: Ctx, lines: list[Line]) -> list[EventRecord] | None:
    """The entries of a report whose activities are paragraphs under their titles (see above); None when the page
    is not printed that way (fewer than two such paragraphs, or "Read more" links: a listing's entries)."""
    if any(_is_link(ln) for ln in lines if not ln.blank):
        return None
    paras: list[list[Line]] = []
    notes: list[str] = []
    cur: list[Line] = []
    for ln in lines:
        noise = None if ln.blank else _report_noise(ln)
        if ln.blank or noise:
            if noise:
                notes.append(f"{noise}: line {ln.no}")
            if cur:
                paras.append(cur)
                cur = []
            continue
        cur.append(ln)
    if cur:
        paras.append(cur)
    # an entry: (title line, body lines); None marks a section heading that closes the entry before it
    found: list[tuple[Line, list[Line]] | None] = []
    outside: list[Line] = []
    for para in paras:
        head = _unmarked(para[0].text)
        if _section_heading(head) and not _numbered_entry(head, para):
            found.append(None)
            outside.extend(para)
            continue
        if len(para) >= 2 and (_report_title(head) or _numbered_entry(head, para)) and _prose(para[1:]):
            found.append((para[0], list(para[1:])))
            continue
        last = found[-1] if found else None
        if last is not None and not _report_title(head) and not _section_heading(head):
            last[1].extend(para)  # the entry's text over a page break
        else:
            outside.extend(para)
    entries = [f for f in found if f is not None]
    if len(entries) < 2:
        return None
    ctx.skipped.extend(notes)
    ctx.skipped.extend(f"outside any activity: line {ln.no}" for ln in outside)
    text = ctx.page.text
    events: list[EventRecord] = []
    skip = _list_numbers([title for title, _body in entries])
    for title, body in entries:
        ls, titles, subtitle, name = _title_read(ctx, title, skip)
        place, online, dates = None, False, None
        head = blocks.clean(body[0].text)
        if len(head.split()) <= 12 and head[:1].isupper() and not _GOES_ON.search(head) \
                and (not heads._PROSE_END.search(head) or head.endswith(")")):
            place, online, dates = _report_head(ctx, body[0], name)
        elif _OPENING.match(body[0].text):  # issue 13 (listing4): "San José, Costa Rica, 20 y 21 de … de 2018. La …"
            place, online, dates, _rest = _dateline(ctx, body[0], name, pattern=_OPENING)
        if place is None and not online:
            place, online = _prose_place(ctx, body, name)
        if place is None and not online:
            ctx.warn(title.no, "event without a location line", name)
        ev = build_event(ctx, len(events), span=Span.of(text, ls, body[-1].end), titles=titles, subtitle=subtitle,
                         body=body, place=place, online=online, dates=dates, title_line=title.no)
        events.append(ev if dates else _with_description_dates(ctx, ev))
    return events


def _report_head(ctx: Ctx, ln: Line, name: str):
    """An entry's head line that is only its place and date, maybe with its mode in brackets ("Montevideo, 2
    December 2021 (in person and online)", "Lima, 4 de mayo de 2019"): its place, online mode and dates."""
    from rcpkg.loaders.layouts.locations import place_and_date

    s, e = ln.stripped()
    t = ctx.page.text[s:e]
    m = re.search(r"\s*\([^()]{2,40}\)$", t)
    if m:
        e = s + m.start()
    loc, dates = place_and_date(ctx, s, e, ln.no, name)
    if dates is None and loc.place is None:
        return None, False, None
    return loc.place, bool(loc.online and loc.place is None), dates


# --- issue 13 (listing3): entries printed as cards of one repeated shape (see :mod:`.cards`) ----------------------

def _parse_cards(ctx: Ctx, lines: list[Line]) -> list[EventRecord] | None:
    from rcpkg.loaders.layouts import cards as cardmod

    text = ctx.page.text
    found = cardmod.cards(text, lines, order=ctx.date_order)
    if found is None:
        return None
    good, outside, rules = found
    for ln in outside:
        if blocks.is_footer(ln.text):
            ctx.skipped.append(blocks.footer_note(ln))
        elif blocks.is_navigation(ln.text):
            ctx.skipped.append(f"navigation: line {ln.no}")
        else:
            ctx.skipped.append(f"outside any entry: line {ln.no}")
    ctx.skipped.extend(f"rule: line {ln.no}" for ln in rules)
    events: list[EventRecord] = []
    for card in good:
        title = card.title
        ls, le = title.stripped()
        titles, subtitle = titles_of(ctx, ls, le)
        name = titles[0].text if titles else blocks.clean(title.text)
        ctx.skipped.extend(f"{'heading' if k == 'H' else 'link'} over or under an entry: line {ln.no}"
                           for ln, k in zip(card.lines, card.kinds) if k in "HLF")
        badge = None
        if card.badge is not None:
            badge = cardmod.badge_date(text, card.lines[card.badge[0]:card.badge[1] + 1], order=ctx.date_order)
            if badge is None and cardmod.month_badge(card.lines[card.badge[0]:card.badge[1] + 1]):
                bl = card.lines[card.badge[0]]  # issue 13 (listing25): "NOV" / "2022": a month, no day
                ctx.warn(bl.no, f"date badge gives a month, no day (no dates stored) for event {name!r}",
                         blocks.clean(bl.text))
            elif badge is None:  # issue 13 (layout19): a one-line badge with no year ("15 / MAR"): warned, no date
                bl = card.lines[card.badge[0]]
                ctx.warn(bl.no, f"date badge gives no year (no dates stored) for event {name!r}", blocks.clean(bl.text))
        place, online, dates, venue = _meta_facts(ctx, card.metas, name, dates=badge)
        body = card.of("X")
        if place is None and not online and dates is not None and body:
            place, online = _opening_place(ctx, body[0], name)  # issue 13 (listing17): "Quito, Ecuador. Convocado …"
        if place is None and not online:
            ctx.warn(title.no, "event without a location line", name)
            place, online = _prose_place(ctx, body, name)
        last = max([title, *[m.line for m in card.metas], *body], key=lambda x: (x.no, x.end))
        ev = build_event(ctx, len(events), span=Span.of(text, ls, last.end), titles=titles, subtitle=subtitle,
                         body=body, place=place, online=online, venue=venue, dates=dates, title_line=title.no)
        events.append(ev if dates else _with_description_dates(ctx, ev))
    return events


# --- issue 13 (listing4): news posts closed by their "Continue reading" links ----------------------------------------
# A news archive or blog page prints no location line: each post is its title on a line of its own, its teaser
# paragraph (often opened by a press dateline, "Sucre, 23 November 2018 – The …", "Lima, 4 de mayo de 2019.- El …"),
# then a "Continue reading" / "Leer más" link. Each link closes a post: the post is the paragraph right above the
# link, under its title line (the paragraph's first line, or the one-line block above it). What lies between a
# link and the next post's title (the page's breadcrumb, heading and intro over the first post) or after the last
# link (a pager, an archive menu, the footer) is no post's: it is skipped, with its line. A post's place is its
# dateline's, else its sentences'; its dates are those its teaser states after the dateline ("hosted on 22 and 23
# November 2018"), else the dateline's when it is a range (a span of days is no release's date).

# (issue 13, listing15: a dash between two days, "17–19 September 2008", is the dates' own, no dateline's end)
_DATELINE = re.compile(r"^(?P<head>[^\n.;:!?]{3,80}?)\s*(?:[–—](?!\d)|\s-|\.-|\.\s?—)\s*(?=\S)")


def _post_title(ln: Line) -> bool:
    t = _unmarked(ln.text)
    return 2 <= len(t.split()) <= 25 and len(t) <= 200 and (t[:1].isupper() or t[:1].isdigit()) \
        and not heads._PROSE_END.search(t) and not blocks.is_footer(t) and not blocks.is_navigation(t) \
        and not blocks.is_pager(t) and not blocks.MORE_LINK.match(t)


def _unmarked(text: str) -> str:
    """A line's text without the mark glyph that may open an entry's title (issue 13, listing16), cleaned."""
    mark = blocks.entry_mark(text)
    return blocks.clean(text[mark:] if mark is not None else text)


def _post_blocks(lines: list[Line]) -> list[list[Line]]:
    out: list[list[Line]] = []
    cur: list[Line] = []
    for ln in lines:
        if ln.blank:
            if cur:
                out.append(cur)
                cur = []
        else:
            cur.append(ln)
    if cur:
        out.append(cur)
    return out


def _post_of(blocks_: list[list[Line]]) -> tuple[Line, list[Line]] | None:
    """The (title, teaser) of the blocks between two links: the last block under its first line, or under
    the one-line block above it."""
    if not blocks_:
        return None
    last = blocks_[-1]
    if len(last) >= 2 and _post_title(last[0]) and _prose(last[1:]):
        return last[0], list(last[1:])
    if len(blocks_) >= 2 and len(blocks_[-2]) == 1 and _post_title(blocks_[-2][0]) and _prose(last):
        return blocks_[-2][0], list(last)
    return None


def _parse_posts(ctx: Ctx, lines: list[Line]) -> list[EventRecord] | None:
    """The posts of a news page whose posts close with a "Continue reading" link (see above); None when the page
    is not printed that way (fewer than two links, or a link under no post)."""
    links = [k for k, ln in enumerate(lines) if not ln.blank and _is_link(ln)]
    # issue 13 (listing16): lines that part entries (share lines, rules, tags) close them when the page has no two
    # links; else they are no post's text (a page's own share line under its heading, a share line under each link)
    seps = [k for k, ln in enumerate(lines) if not ln.blank and k not in links and blocks.is_separator(ln.text)]
    if len(links) < 2:
        links, seps = seps, []
    if len(links) < 2:
        return None
    if seps:
        apart = set(seps)
        lines = [Line(ln.no, ln.start, ln.start, "") if k in apart else ln for k, ln in enumerate(lines)]
        ctx.skipped.extend(f"separator: line {lines[k].no}" for k in seps)
    posts: list[tuple[Line, list[Line]]] = []
    outside: list[Line] = []
    prev = 0
    for k in links:
        seg = lines[prev:k]
        if posts and all(x.blank for x in seg):  # issue 13 (listing16): "Tags: …" then "* * *": one closing group
            prev = k + 1
            continue
        found = _post_of(_post_blocks(seg))
        if found is None:
            return None
        posts.append(found)
        outside.extend(ln for ln in seg if not ln.blank and ln.no < found[0].no)
        prev = k + 1
    outside.extend(ln for ln in lines[prev:] if not ln.blank)
    for ln in outside:
        if blocks.is_footer(ln.text):
            ctx.skipped.append(blocks.footer_note(ln))
        elif blocks.is_navigation(ln.text):
            ctx.skipped.append(f"navigation: line {ln.no}")
        else:
            ctx.skipped.append(f"outside any post: line {ln.no}")
    ctx.skipped.extend(f"link under a post: line {lines[k].no}" for k in links)
    text = ctx.page.text
    events: list[EventRecord] = []
    skip = _list_numbers([title for title, _body in posts])
    for title, body in posts:
        ls, titles, subtitle, name = _title_read(ctx, title, skip)
        place, online, dated, rest = _dateline(ctx, body[0], name)
        opening = False
        if dated is None:  # issue 13 (listing15): "Lima, Peru — 5-6 December 2023. Peru hosted …"
            place, online, dated, rest = _dateline(ctx, body[0], name, pattern=_OPENING)
            opening = dated is not None and (place is not None or online)
            if not opening:  # a date with no place is no such sentence
                place, online, dated, rest = None, False, None, None
        if place is None and not online:
            place, online = _prose_place(ctx, body, name)
        if place is None and not online:
            ctx.warn(title.no, "event without a location line", name)
        ev = build_event(ctx, len(events), span=Span.of(text, ls, body[-1].end), titles=titles, subtitle=subtitle,
                         body=body, place=place, online=online, title_line=title.no)
        from dataclasses import replace

        tail = Span.of(text, rest, body[-1].end) if rest is not None else ev.description
        # a sentence that is only the entry's place and date heads the entry (a report's activity's head); a
        # press dateline's single day is the release's date
        dates = dated if opening else None
        dates = dates or description_dates(ctx, tail) or _met_on(ctx, tail) or _lead_date(ctx, tail)
        if dates is None and dated is not None and dated.end is not None:
            dates = dated
        events.append(replace(ev, dates=dates) if dates else ev)
    return events


# a listing entry's lead sentence whose subject hosted the entry's event at its date ("Montevideo hosted, from 14
# to 16 November 2017, the XVII Conference", "Lima acogió el 3 de mayo de 2019 la reunión"): the place or body
# that hosts it, the verb, then the date before any other clause
_HOSTED_AT = re.compile(r"(?<![\w-])(?:hosted|acogi[óo]|albergó|alberg[óo]|fue sede|was the venue|recibi[óo])\b[,\s]"
                        r"(?:[^.;:\n]{0,30}?\b)?(?:on|from|between|in|el|los d[ií]as|del|entre|desde)?\s*$", re.IGNORECASE)


def _lead_date(ctx: Ctx, tail: Span | None, *, hosted: bool = False):
    """The teaser's only dated phrase when it stands in its lead sentence (a news post's lead says what happened
    and when: "The Ministry hosted the exchange on 26 and 27 September 2018"); None otherwise. With `hosted`
    (any listing entry), only when the lead sentence's verb of hosting comes right before the date (above)."""
    from rcpkg.loaders.dates import find_dates

    if tail is None:
        return None
    if hosted and not _HOSTS.search(tail.exact):
        return None
    found = find_dates(tail.exact, tail.start, order=ctx.date_order)
    if len(found) != 1:
        return None
    at = found[0].span.start - tail.start
    lead = re.search(r"[.!?](?:\s|$)", tail.exact)
    if lead is not None and found[0].span.end - tail.start > lead.start():
        return None
    if hosted and not _HOSTED_AT.search(tail.exact, 0, at):
        return None
    return found[0]


_HOSTS = re.compile(r"hosted|acogi|alberg|fue sede|was the venue|recibi", re.IGNORECASE)


# a report's activity whose text opens with a sentence that is only its place and date ("Lima, Peru, 3 and 4 May
# 2019. The meeting …"): that sentence is the activity's head
_OPENING = re.compile(r"^(?P<head>\s*[A-ZÁÉÍÓÚÑ][^\n.;:!?]{2,80}?\d{4})\.(?:\s+|$)")


def _dateline(ctx: Ctx, ln: Line, name: str, *, pattern: re.Pattern = _DATELINE):
    """A teaser's press dateline ("Quito, 11 July 2018 – …", "Online, 4–8 June 2018 – …"): its place (or online
    mode), its dates, and the page offset where the teaser's own text starts; (None, False, None, None) when the
    teaser opens with none."""
    from rcpkg.loaders.layouts.locations import place_and_date

    m = pattern.match(ln.text)
    if m is None or not re.search(r"\d", m.group("head")):
        return None, False, None, None
    s = ln.start + m.start("head")
    e = ln.start + m.end("head")
    loc, dates = place_and_date(ctx, s, e, ln.no, name)
    if dates is None:
        return None, False, None, None
    return loc.place, bool(loc.online and loc.place is None), dates, ln.start + m.end()


# --- issue 13 (listing15): numbered entries, arrow links, an entry opened by its place and date ----------------------
# A listing may number its entries ("1. XXI South American Conference", "2) Taller …"): when every entry's title
# opens with a number and the numbers run one by one (up or down), the number is the list's, not the title's.
# A link under an entry may be an arrow and a few words naming what it opens ("→ Event page", "» Full report (PDF,
# 1.4 MB)", "› Ver programa", "→ Descargar el informe"): it closes the entry like a "Read more" link. An entry whose
# text opens with a sentence that is only its place and date ("Brasília, 19 to 21 October 2011. Brazil hosted …",
# "Santa Ana, El Salvador, miércoles 6 de septiembre de 2017. Convocado por …") is placed and dated by it.

_LIST_NUMBER = re.compile(r"(\d{1,3})[.)][ \t]+(?=\S)")


def _title_read(ctx: Ctx, line: Line, skip: dict[int, int]) -> tuple[int, list, object, str]:
    """An entry's title line read: (where its title starts, its titles, its subtitle, its name), past its list
    number when `skip` (from _list_numbers) has one for it."""
    ls, le = line.stripped()
    ls += skip.get(line.no, 0)
    if line.no not in skip and (mark := blocks.entry_mark(line.text)) is not None:  # issue 13 (listing16): "■ Title"
        ls = max(ls, line.start + mark)
    titles, subtitle = titles_of(ctx, ls, le)
    return ls, titles, subtitle, titles[0].text if titles else blocks.clean(line.text)


def _list_numbers(titles: list[Line]) -> dict[int, int]:
    """For each title line (by number) the offset past its list number, when all of two or more titles are
    numbered one by one (see above); {} otherwise."""
    if len(titles) < 2:
        return {}
    found = []
    for ln in titles:
        s, _e = ln.stripped()
        m = _LIST_NUMBER.match(ln.text, s - ln.start)
        if m is None:
            return {}
        found.append((ln.no, int(m.group(1)), m.end() - (s - ln.start)))
    steps = {b[1] - a[1] for a, b in zip(found, found[1:])}
    if steps != {1} and steps != {-1}:
        return {}
    return {no: k for no, _n, k in found}


_LINK_GLYPH = "→⟶➔➜⇒»›>▸▶►"
_FILE_NOTE = re.compile(r"\s*\((?:pdf|docx?|pptx?|xlsx?|zip|mp[34])\b[^()]{0,30}\)$", re.IGNORECASE)
_LINK_NOUN = re.compile(
    r"\b(?:page|report|programme|program|agenda|details|photos?|gallery|videos?|recording|registration|register|"
    r"download|documents?|presentations?|summary|minutes|website|site|conclusions|declaration|"
    r"p[aá]gina|informe|programa|detalles|fotos?|galer[ií]a|grabaci[oó]n|inscripci[oó]n|inscr[ií]base|descarga[r]?|"
    r"documentos?|presentaci[oó]n(?:es)?|resumen|acta|relator[ií]a|sitio|conclusiones|declaraci[oó]n)\b", re.IGNORECASE)


def _is_link(ln: Line) -> bool:
    """A "Read more" link, or an arrow and a few words naming what it opens (see above)."""
    t = blocks.clean(ln.text)
    if blocks.MORE_LINK.match(t):
        return True
    if not t or t[0] not in _LINK_GLYPH:
        return False
    words = _FILE_NOTE.sub("", t.lstrip(_LINK_GLYPH + " \t"))
    if blocks.MORE_LINK.match(words):
        return True
    return 0 < len(words.split()) <= 6 and not re.search(r"[.!?;:]", words) and bool(_LINK_NOUN.search(words))


def _numbered_entry(head: str, para: list[Line]) -> bool:
    """A numbered line over a paragraph that opens with a sentence of only a place and a date ("2. Fifth Plenary
    Meeting" / "Asunción, 2 to 4 May 2017. The delegations …"): a numbered entry, no report's section heading."""
    m = _LIST_NUMBER.match(head)
    return m is not None and len(para) >= 2 and _report_title(head[m.end():]) and bool(_OPENING.match(para[1].text))


# issue 13 (listing17): an entry dated by its head (a date in a column before its title, "25/06/2017   Workshop on
# …") whose text opens with a sentence that is only its place ("Valparaíso, Chile. Hosted by …", "Lima. La
# reunión …"): that sentence places the entry
_OPENING_PLACE = re.compile(r"^\s*(?P<head>[A-ZÁÉÍÓÚÑ][^\n.;:!?\d()]{2,60}?)\.(?:\s+|$)")


def _opening_place(ctx: Ctx, ln: Line, name: str):
    m = _OPENING_PLACE.match(ln.text)
    if m is None or not heads._is_place(m.group("head")):
        return None, False
    return place_of(ctx, Span.of(ctx.page.text, ln.start + m.start("head"), ln.start + m.end("head")), ln.no, name)


def _opening_facts(ctx: Ctx, ln: Line, name: str):
    """The place (or online mode) and dates of an entry whose text opens with a sentence that is only those (see
    above); (None, False, None) when it opens otherwise or names no place."""
    if not _OPENING.match(ln.text):
        return None, False, None
    place, online, dates, _rest = _dateline(ctx, ln, name, pattern=_OPENING)
    if dates is None or place is None and not online:
        return None, False, None
    return place, online, dates


# --- issue 13 (listing16): entries opened by a mark glyph ------------------------------------------------------------
# A listing may open each entry's title with the same mark glyph ("■ XVI Conference", "◆ Taller …", "► Workshop …
# (3–4 May 2019)", "• 12 de mayo de 2022 – Reunión …"), with or without blank lines between entries: each marked line
# that is title-like and has a line of text under it that is not marked the same way (no bullet list of names)
# opens an entry that runs to the next one. What lies above the first (the page's heading and intro) and after the
# last entry's pager or footer is no entry's; share lines, rules, tags lines and "Read more" links are no entry's
# text. An entry's place and dates are its title's date ("… (3–4 May 2019)"), its head lines under the title
# ("Quito, Ecuador | 3 y 4 de mayo de 2019"), its opening sentence ("Asunción, 3 y 4 de noviembre de 2016. …") or
# press dateline ("Quito, 3 May 2019 – …"), a location line closing its text, else its sentences.

_MARKED_TITLE_END = re.compile(r"[.!?;:…,]$")


def _marked_title(t: str) -> bool:
    return 2 <= len(t.split()) <= 30 and len(t) <= 240 and (t[:1].isupper() or t[:1].isdigit()) \
        and not _MARKED_TITLE_END.search(t) and not blocks.is_footer(t) and not blocks.is_pager(t)


def _dashed_head(ln: Line) -> bool:
    """A place-and-date line opened by a dash ("— 3–4 May 2017 · Quito (Ecuador)"): the head under an entry's
    title, no marked title (issue 13, listing31)."""
    t = ln.text.lstrip(" \t\u00a0")
    if t[:1] not in ("—", "–"):
        return False
    meta = heads.meta_line(ln)
    return meta is not None and {p.kind for p in meta.parts} >= {"date", "place"}


# issue 13 (listing37a): a year heading over a timeline's marked entries ("— 2016 —", "• 2019", "== Año 2020 ==",
# "Year 2021"): no entry's title and no entry's text
_YEAR_HEADING = re.compile(r"[\W_]*(?:(?:year|a[ñn]o)[ \t]+)?(?:19|20)\d\d[\W_]*", re.IGNORECASE)


def _year_heading(text: str) -> bool:
    t = text.strip(" \t\u00a0")
    return len(t) <= 24 and any(c.isdigit() for c in t) and bool(_YEAR_HEADING.fullmatch(t))


def _marked_titles(lines: list[Line]) -> list[int] | None:
    """The indexes in `lines` of the marked title lines of a page printed that way (see above), else None."""
    filled = [k for k, ln in enumerate(lines) if not ln.blank]
    by_glyph: dict[str, list[int]] = {}
    for pos, k in enumerate(filled):
        t = lines[k].text
        mark = blocks.entry_mark(t)
        if mark is None or blocks.is_separator(t) or _is_link(lines[k]) or _dashed_head(lines[k]) or _year_heading(t):
            continue
        by_glyph.setdefault(t[mark - 1::-1].strip(" \t\u00a0")[:1] or t.strip()[:1], []).append(pos)
    if not by_glyph:
        return None
    best = max(by_glyph.values(), key=len)
    if len(best) < 2:
        return None
    chosen = set(best)
    for pos in best:
        if pos + 1 >= len(filled) or pos + 1 in chosen:
            return None
        ln = lines[filled[pos]]
        if not _marked_title(_unmarked(ln.text)):
            return None
        nxt = lines[filled[pos + 1]]
        if blocks.is_separator(nxt.text) or _is_link(nxt) or blocks.is_footer(nxt.text) or blocks.is_pager(nxt.text):
            return None
    return [filled[p] for p in best]


def _parse_marked(ctx: Ctx, lines: list[Line]) -> list[EventRecord] | None:
    from rcpkg.loaders.layouts.heads import Meta

    starts = _marked_titles(lines)
    if starts is None:
        return None
    text = ctx.page.text
    ctx.skipped.extend(f"outside any entry: line {ln.no}" for ln in lines[:starts[0]] if not ln.blank)
    events: list[EventRecord] = []
    for n, k in enumerate(starts):
        stop = starts[n + 1] if n + 1 < len(starts) else len(lines)
        seg = [ln for ln in lines[k + 1:stop] if not ln.blank]
        body: list[Line] = []
        closed = False
        for j, ln in enumerate(seg):
            last = n + 1 == len(starts)
            closer = blocks.is_separator(ln.text) or _is_link(ln) or blocks.is_pager(ln.text)
            if last and (blocks.is_footer(ln.text) or closed and not closer
                         or blocks.is_pager(ln.text) and not blocks.MORE_LINK.match(blocks.clean(ln.text))):
                tail = seg[j:]
                # the last entry's link closes it: a title with a sentence under it after it is an entry no mark
                # opens, which this reading does not see (the page is left to the other readings)
                if any(_report_title(blocks.clean(a.text)) and _prose([b]) for a, b in zip(tail, tail[1:])):
                    return None
                ctx.skipped.extend(f"outside any entry: line {x.no}" for x in tail)
                break
            if closer:
                closed = closed or bool(body)
                ctx.skipped.append(f"separator: line {ln.no}")
            elif blocks.is_byline(ln.text):
                ctx.skipped.append(f"byline: line {ln.no}")
            elif _year_heading(ln.text):
                ctx.skipped.append(f"year heading: line {ln.no}")
            else:
                body.append(ln)
        title = lines[k]
        ls, le = title.stripped()
        ls = max(ls, title.start + (blocks.entry_mark(title.text) or 0))
        head = Line(title.no, ls, le, text[ls:le])
        metas: list[Meta] = []
        td = heads.title_date(head, order=ctx.date_order)
        if td is not None:
            head, metas = td[0], [td[1]]
        while body and len(metas) < 3 and (m := heads.meta_line(body[0], order=ctx.date_order)) is not None:
            metas.append(m)
            body = body[1:]
        titles, subtitle = titles_of(ctx, head.start, head.end)
        name = titles[0].text if titles else blocks.clean(head.text)
        place, online, dates, venue = _meta_facts(ctx, metas, name)
        if place is None and not online and body:
            p2, o2, d2 = _opening_facts(ctx, body[0], name)
            if p2 is not None or o2:
                place, online, dates = p2, o2, dates or d2
            else:
                p2, o2, dated, _rest = _dateline(ctx, body[0], name)
                if p2 is not None or o2:
                    place, online = p2, o2
                    dates = dates or (dated if dated is not None and dated.end is not None else None)
        if place is None and not online and len(body) > 1 and _is_location_line(body[-1]):
            loc = blocks.line_span(text, body[-1])
            place, online = place_of(ctx, loc, body[-1].no, name)
            body = body[:-1]
        if place is None and not online:
            ctx.warn(title.no, "event without a location line", name)
            place, online = _prose_place(ctx, body, name)
        last = max([title, *[m.line for m in metas], *body], key=lambda x: (x.no, x.end))
        ev = build_event(ctx, len(events), span=Span.of(text, ls, last.end), titles=titles, subtitle=subtitle,
                         body=body, place=place, online=online, venue=venue, dates=dates, title_line=title.no)
        events.append(ev if dates else _with_description_dates(ctx, ev))
    return events
