"""Layout 2: a single-event page.

Order as the sites print it: the title (maybe a sub-title line), "About the
event:", description and objectives, a date line ("Tuesday, June 4, 2019 to
Wednesday, June 5, 2019"), the city, the venue, then labelled fields:
"Coordinating institution:" (kept as a span; institutions are extracted
later), "Coordinator of the event:" (a person: never stored, listed in
``skipped``), "Email:" (skipped), links to documents.

Robust to missing parts: without a date line, the place is the first line
after the description that names a place; without "About the event:", the
description starts after the title; a page cut off anywhere still gives its
event with what it shows.
"""

from __future__ import annotations

import re

from rcpkg.loaders.dates import date_line, date_line_problem, end_date_line
from rcpkg.loaders.layouts import blocks, labels
from rcpkg.loaders.layouts.assemble import Ctx, build_event, documents_in, subtitle_of, titles_of
from rcpkg.loaders.roles import find_cues
from rcpkg.loaders.layouts.blocks import Line
from rcpkg.loaders.layouts.locations import (
    Location, city_field, fact_field, meta_parts, mode_field, place_from_prose, venue_field,
)
from rcpkg.loaders.places import is_online, looks_like_place
from rcpkg.loaders.records import EventRecord, Span

ABOUT = re.compile(r"^\s*(about the event|about this event|acerca del evento|sobre el evento|descripci[oó]n|"
                   r"description)\s*:?\s*", re.IGNORECASE)
COORDINATING = re.compile(r"^\s*(coordinating institutions?|organizing institutions?|instituci[oó]n(?:es)? "
                          r"coordinadoras?|instituci[oó]n(?:es)? organizadoras?)\s*:?\s*", re.IGNORECASE)
COORDINATOR = re.compile(r"^\s*(coordinator of the event|event coordinator|contact person|coordinador(?:a)? del "
                         r"evento|persona de contacto|contacto|contact)\s*:?\s*", re.IGNORECASE)
EMAIL = re.compile(r"^\s*(e-?mail|correo(?: electr[oó]nico)?)\s*:?\s*", re.IGNORECASE)
DOCUMENTS = re.compile(r"^\s*(documents?|related documents|documentos?(?: relacionados)?|attachments?|anexos?|"
                       r"downloads?|descargas?|materiales|materials?)\s*:?\s*", re.IGNORECASE)
# (issue 13, round 29: or a two-column table's row, "Date      | 4 to 6 March 2019", "Fecha — 4 al 6 de marzo": the
# label is no place of a date-and-place line)
DATE_LABEL = re.compile(r"^\s*(date|dates|fecha|fechas)(?:\s*:|[ \t]*\|(?!.*\|)|[ \t]*\t|[ \t]+[—–](?=[ \t]))\s*", re.IGNORECASE)
VENUE_LABEL = re.compile(r"^\s*(venue|place|lugar|sede|location|ubicaci[oó]n)\s*:\s*", re.IGNORECASE)
MODE_LABEL = re.compile(r"^\s*(modalidad|modality|attendance(?: mode)?|mode)\s*:\s*", re.IGNORECASE)
CITY_LABEL = re.compile(r"^\s*(city|ciudad)\s*:\s*", re.IGNORECASE)


def _label(line: Line) -> tuple[str, int] | None:
    """Which field label a line starts with ("coordinating", …) and where its value starts."""
    for name, rx in (("coordinating", COORDINATING), ("coordinator", COORDINATOR), ("email", EMAIL),
                     ("documents", DOCUMENTS)):
        m = rx.match(line.text)
        if m and (":" in line.text[: m.end()] or not line.text[m.end():].strip()):
            return name, m.end()
    return None


_SLUG_WORD = re.compile(r"[a-z0-9]{3,}")
SLUG_COVER = 0.6  # share of the URL slug's words a line must hold to be the title it was made from


def _slug_words(url: str) -> set[str]:
    """The words (three characters or more) of a URL's last path segment: a CMS makes it from the title."""
    from urllib.parse import unquote, urlparse

    last = unquote(urlparse(url or "").path).rstrip("/").rsplit("/", 1)[-1]
    last = re.sub(r"\.(?:html?|php|aspx?)$", "", last, flags=re.IGNORECASE)
    return {w for w in _SLUG_WORD.findall(blocks.fold_keep(last)) if not w.isdigit()}


def _title_by_slug(ctx: Ctx, filled: list[Line], k: int) -> int | None:
    """issue 13: the line among the page's first ones (not navigation) that holds most of the words of the
    URL's slug ("…/events/seminar-access-education-migrant-children" → "Seminar on Access to Education for
    Migrant Children"), when one holds SLUG_COVER of them and is no sentence; the first such line on a tie. A
    site's name, a section heading or a post date printed before the title is then no title."""
    words = _slug_words(ctx.page.url)
    if len(words) < 2:
        return None
    best: tuple[float, int] | None = None
    for i in range(k, min(len(filled), k + 10)):
        t = blocks.clean(filled[i].text)
        if len(t) > 200 or t.endswith(".") or ". " in t or blocks.is_navigation(t):
            continue  # a sentence is no title
        cover = len(words & set(_SLUG_WORD.findall(blocks.fold_keep(t)))) / len(words)
        if cover >= SLUG_COVER and (best is None or cover > best[0]):
            best = (cover, i)
    return best[1] if best else None


def _header_name(text: str) -> bool:
    """A line that may be a site's name in its header: short, no sentence, no label, no date."""
    t = blocks.clean(text)
    return 0 < len(t) <= 90 and not t.endswith((".", ":")) and ". " not in t and not blocks.is_breadcrumb(t) \
        and date_line(t, 0) is None


_CELL_RUN_ON = re.compile(r"[ \t]+\|[ \t]*\S")  # a table row's value cell run on, its label cell blank


def parse_event(ctx: Ctx) -> list[EventRecord]:
    text = ctx.page.text
    lines = blocks.split_lines(text)
    filled = [ln for ln in lines if not ln.blank]
    k = 0
    while k < len(filled) and (blocks.is_navigation(filled[k].text)):
        ctx.skipped.append(f"navigation: {blocks.clean(filled[k].text)}")
        k += 1
    if k >= len(filled):
        return []
    # issue 13 (event22): the site's name printed over its menu bar ("SACM · South American Conference on
    # Migration" / "Home | About | Events" / "ES | EN" / "Home / Events / XX SACM") is the site's header, not the
    # event's title, even when it holds the words of the URL's slug: the title is looked for under the header
    top = blocks.site_header_end(filled, k)
    if top > k:
        while top < len(filled) and (blocks.is_navigation(filled[top].text)
                                     or blocks.is_language_switch(filled[top].text)):
            top += 1
        if top < len(filled):
            ctx.skipped.extend(f"site header: {blocks.clean(ln.text)}" for ln in filled[k:top])
            k = top
    else:
        # issue 13 (event27): the site's or process's name over the page's breadcrumb trail ("South American
        # Conference on Migration (SACM)" / "Home > Conferences > VI Conference"): its header, no title, even
        # when it holds the words of the URL's slug; the title is looked for under the trail
        crumb = next((i for i in range(k + 1, min(len(filled), k + 3)) if blocks.is_breadcrumb(filled[i].text)), None)
        if crumb is not None and all(_header_name(filled[i].text) for i in range(k, crumb)):
            top = crumb + 1
            while top < len(filled) and (blocks.is_navigation(filled[top].text)
                                         or blocks.is_language_switch(filled[top].text)):
                top += 1
            if top < len(filled) and _header_name(filled[top].text):  # a title under the trail, no date
                ctx.skipped.extend(f"site header: {blocks.clean(ln.text)}" for ln in filled[k:top])
                k = top
    j = _title_by_slug(ctx, filled, k)
    date_above = None
    if j is not None and j > k:  # the lines before the title the URL names: a site's or section's heading
        # issue 13 (event36): the event's date line printed over its title ("Wednesday, October 19, 2011 –
        # Friday, October 21, 2011" / "XI Conference" / "Brasília, Brazil"): the event's date line, no heading
        if j - 1 >= k and not blocks.is_breadcrumb(filled[j - 1].text) \
                and date_line(filled[j - 1].text, filled[j - 1].start, order=ctx.date_order) is not None:
            date_above = filled[j - 1]
        ctx.skipped.extend(f"page heading: {blocks.clean(ln.text)}" for ln in filled[k:j] if ln is not date_above)
        k = j
    title_line = filled[k]
    ts, te = title_line.stripped()
    titles, subtitle = titles_of(ctx, ts, te)
    rest = [ln for ln in filled[k + 1:] if not blocks.is_footer(ln.text)]
    if date_above is not None:
        rest.insert(0, date_above)
    for ln in filled[k + 1:]:
        if blocks.is_footer(ln.text):
            ctx.skipped.append(blocks.footer_note(ln))
    # issue 13 (mentions, round 12): the page's tail after the event (share buttons, the pager to the previous and
    # next events, a "Related events" list, "Back to events"): other events' titles and links, not this event's text
    # issue 13 (event15): the share buttons or the tags line printed under the event's date and place, before its
    # description ("Compartir: Facebook | Twitter", "Share: Facebook · X", "Tags: Vice-Ministerial Meeting"), are
    # widgets in the page's head, not its end: the line is passed over and the event's text read on. After the
    # text, a tags line ends it like the share buttons (the site's credit under it is no part of the event).
    tail = next((i for i, ln in enumerate(rest) if i > 0 and (_is_tail(ln.text) or _TAGS.match(ln.text))), None)
    while tail is not None and (_SHARE.match(blocks.clean(rest[tail].text)) or _TAGS.match(rest[tail].text)) \
            and _text_follows(rest, tail):
        ctx.skipped.append(f"share buttons or tags (line {rest[tail].no})")
        rest = rest[:tail] + rest[tail + 1:]
        tail = next((i for i, ln in enumerate(rest) if i >= tail and i > 0
                     and (_is_tail(ln.text) or _TAGS.match(ln.text))), None)
    if tail is not None:
        ctx.skipped.extend(f"page tail after the event (line {ln.no})" for ln in rest[tail:])
        rest = rest[:tail]

    about_i = next((i for i, ln in enumerate(rest) if ABOUT.match(ln.text) and len(blocks.clean(ln.text)) < 40
                    or (ABOUT.match(ln.text) and ":" in ln.text[:25])), None)
    # issue 13: the event's place and dates printed between the title and "About the event:" ("When: 3-5
    # June 2019" / "Where: Hotel Sheraton, Panama City", "Lugar y fecha: Lima, 3 de mayo de 2019")
    pre_loc, pre_dates = Location(), None
    name = titles[0].text if titles else blocks.clean(title_line.text)
    if about_i is not None and about_i >= 1:
        pre = [ln for ln in rest[:about_i] if _pre_field(ctx, ln)]
        if pre:
            for ln in pre:
                pre_dates = _read_pre_field(ctx, ln, pre_loc, name) or pre_dates
            kept = [ln for ln in rest[:about_i] if ln not in pre]
            rest = kept + rest[about_i:]
            about_i = len(kept)
    if about_i is not None and about_i == 1 and subtitle is None:
        subtitle = subtitle_of(ctx, rest[0], titles[0].lang if titles else None)
    # The date line first (not in the documents list), then the fields after it: a description
    # may itself say "Institución Coordinadora: …" before the date and the city.
    found = [_label(ln) for ln in rest]
    docs_i = next((i for i, lab in enumerate(found) if lab and lab[0] == "documents"), len(rest))
    date_i = next((i for i, ln in enumerate(rest[:docs_i]) if found[i] is None
                   and (date_line(ln.text, ln.start, order=ctx.date_order) or DATE_LABEL.match(ln.text)
                        or date_line_problem(ln.text, order=ctx.date_order)
                        or _date_place(ln, ctx.date_order) is not None)), None)
    field_i = next((i for i, lab in enumerate(found) if lab and i > (date_i if date_i is not None else -1)),
                   len(rest))

    desc_start = about_i + 1 if about_i is not None else 0
    body_end = date_i if date_i is not None else field_i
    body: list[Line] = []
    if about_i is not None:
        # "About the event: text…" inline: keep the text after the label as the first body line
        m = ABOUT.match(rest[about_i].text)
        inline = rest[about_i].text[m.end():] if m else ""
        if inline.strip():
            body.append(Line(rest[about_i].no, rest[about_i].start + m.end(), rest[about_i].end, inline))
    body.extend(rest[desc_start:body_end])

    dates = None
    if date_i is not None:
        dl = rest[date_i]
        m = DATE_LABEL.match(dl.text)
        value, value_start = (dl.text[m.end():], dl.start + m.end()) if m else (dl.text, dl.start)
        split = _date_place(dl, ctx.date_order) if not m else None
        if split is not None and split[0] is not None:  # issue 13 (event36): "<date> | <place>": the date part
            value, value_start = dl.text[:split[0]], dl.start
        dates = date_line(value, value_start, order=ctx.date_order)
        problem = None if dates else date_line_problem(value, order=ctx.date_order)
        if problem:
            ctx.warn(dl.no, f"date not understood ({problem})", value.strip())
        # "Start date: …" then "End date: …" on the next line: one range, and no venue
        nxt = rest[date_i + 1] if date_i + 1 < field_i else None
        joined = end_date_line(dates, nxt.text, nxt.start, order=ctx.date_order) if dates and nxt else None
        if joined:
            dates = joined
            date_i += 1
    loc = pre_loc
    if dates is None:
        dates = pre_dates
    if date_i is not None and loc.place is None and not loc.online and not DATE_LABEL.match(rest[date_i].text):
        # issue 13 (event22): the date line that also names the place ("12–14 October 2022 · Santiago, Chile",
        # "3 al 5 de mayo de 2021 | Quito, Ecuador"): its place is the event's, as on a listing's meta line
        from rcpkg.loaders.layouts.heads import meta_line

        meta = meta_line(rest[date_i], order=ctx.date_order)
        if meta is not None and any(p.kind == "place" for p in meta.parts):
            dates = meta_parts(ctx, loc, meta, text, rest[date_i].no, name, dates)
        elif (split := _date_place(rest[date_i], ctx.date_order)) is not None and split[0] is not None:
            # issue 13 (event36): a date part the rules cannot read (warned above) and the place after it
            # ("Jue 01.02.2017 08:30 h – Vie 02.02.2017 16:00 h | San José, Costa Rica"): the place is the event's
            dl = rest[date_i]
            if (sp := blocks.span(text, dl.start + split[1], dl.end)) is not None:
                city_field(ctx, loc, sp, dl.no, name)
    if date_i == 1 and subtitle is None and _MOTTO.fullmatch(blocks.clean(rest[0].text)):
        # issue 13 (event22): a motto in quotes between the title and the date line ("\"Migration and
        # integration: a shared agenda\"", "«Trabajo decente sin fronteras»") is the event's sub-title, not its text
        subtitle = subtitle_of(ctx, rest[0], titles[0].lang if titles else None)
        body = [ln for ln in body if ln is not rest[0]]
    above = labels.find(rest[date_i - 1].text) if date_i else None
    if above is not None and above.key == "dateplace" and above.value_start is None:
        # issue 13 (h-labels): "Lugar y fecha:" alone, "Asunción, Paraguay, 27 y 28 de agosto de 2019" under it
        sp = blocks.line_span(text, rest[date_i])
        got = fact_field(ctx, loc, "dateplace", sp, rest[date_i].no, name) if sp is not None else None
        dates = dates or got
        body = [ln for ln in body if ln is not rest[date_i - 1]]
    if date_i and loc.place is None and not loc.online and rest[date_i - 1] in body:
        # issue 13 (event29): the place line printed between the title and the date line ("San José, Costa
        # Rica" / "March 3–4, 2021"): the event's place, as a place line under the date
        cand = rest[date_i - 1]
        ct = blocks.clean(cand.text)
        if not _sentence(cand.text) and labels.find(cand.text) is None and looks_like_place(ct) \
                and not blocks.is_bullet(cand.text) and (sp := blocks.line_span(text, cand)) is not None:
            city_field(ctx, loc, sp, cand.no, name)
            if loc.place is not None or loc.online:
                body = [ln for ln in body if ln is not cand]
    after = rest[(date_i + 1) if date_i is not None else body_end:field_i]
    if date_i is None:
        # no date line: a place line may close the description
        for i, ln in enumerate(body):
            if looks_like_place(blocks.clean(ln.text)) and not blocks.is_bullet(ln.text):
                after = body[i:] + after
                body = body[:i]
                break
    under = False  # the value lines of a role or description label alone on its line
    cell_run = False  # issue 13 (round 29): a role row of a "label | value" table, whose value cell may run on
    for ln in after:
        lab = labels.find(ln.text)
        # ("Apoyo      | Programa X" / "           | Oficina Y": the second row's bar under the first's, no label)
        run_on = lab is None and cell_run and _CELL_RUN_ON.match(ln.text) is not None
        cell_run = run_on or (lab is not None and lab.key not in labels.FACT_KEYS and lab.value_start is not None
                              and "|" in ln.text[lab.end:lab.value_start + 1])
        if lab is not None and lab.key not in labels.FACT_KEYS or lab is None and under or run_on:
            # issue 13 (h-labels): a role or description field among the place lines ("Organizadores: X; Y",
            # "Institución anfitriona:" / "Universidad Nacional de Asunción") is the event's text, read with its
            # label (extract), never a venue
            if lab is not None:
                under = lab.value_start is None and lab.key != "ignore"
            if lab is None or lab.key != "ignore":
                body.append(ln)
            continue
        under = False
        if lab is None and (_sentence(ln.text) or _role_line(ln.text)):
            # issue 13 (event15): the description printed under the date and place lines, with no "About the
            # event" label: the event's text, never a venue (round 21: nor a short line that says who did what,
            # "Coordinated by the Presidency Pro Tempore (Uruguay).", "Organizado por la OIM.")
            body.append(ln)
            continue
        if lab is not None and lab.value_start is not None and not any(
                rx.match(ln.text) for rx in (CITY_LABEL, VENUE_LABEL, MODE_LABEL)):
            sp = _value_span(text, ln, lab.value_start)  # "Fecha y lugar: …", "• Sede: …", "| Where | … |"
            got = fact_field(ctx, loc, lab.key, sp, ln.no, name) if sp is not None else None
            dates = dates or got
            continue
        value = ln
        for rx in (CITY_LABEL, VENUE_LABEL, MODE_LABEL):
            m = rx.match(ln.text)
            if m:
                value = Line(ln.no, ln.start + m.end(), ln.end, ln.text[m.end():])
        sp = blocks.line_span(text, value)
        if sp is None:
            continue
        if MODE_LABEL.match(ln.text):
            mode_field(ctx, loc, sp, ln.no, name)
            continue
        if loc.place is None and not loc.online and (
                CITY_LABEL.match(ln.text) or not VENUE_LABEL.match(ln.text) and looks_like_place(sp.exact)):
            city_field(ctx, loc, sp, ln.no, name)
            continue
        if loc.venue is None and (not _URL_ONLY.match(sp.exact) or is_online(sp.exact)):
            venue_field(ctx, loc, sp, ln.no, name)
    place_from_prose(ctx, loc, body, name)  # issue 13 (rules5): "La reunión se llevó a cabo … en Managua"
    coordinating = None
    doc_text_start = rest[field_i].start if field_i < len(rest) else None
    i = field_i
    while i < len(rest):
        ln = rest[i]
        lab = _label(ln)
        if lab is None:
            i += 1
            continue
        which, vstart = lab
        value_lines = []
        inline = ln.text[vstart:].strip()
        j = i + 1
        while j < len(rest) and _label(rest[j]) is None and which in ("coordinating", "documents"):
            value_lines.append(rest[j])
            j += 1
        if which == "coordinating":
            if inline:
                coordinating = blocks.span(text, ln.start + vstart, ln.end)
            elif value_lines:
                coordinating = blocks.span(text, value_lines[0].start, value_lines[0].end)
        elif which == "coordinator":
            if inline or (i + 1 < len(rest) and _label(rest[i + 1]) is None):
                ctx.skipped.append("coordinator of the event (a person's name, not stored)")
                if not inline:
                    j = i + 2
        elif which == "email":
            ctx.skipped.append("email address of the event's contact (not stored)")
            if not inline and i + 1 < len(rest) and "@" in rest[i + 1].text:
                j = i + 2
        i = j
    documents = documents_in(text[doc_text_start:]) if doc_text_start is not None else ()
    body_docs = documents_in(" ".join(ln.text for ln in body))
    documents = tuple(dict.fromkeys(documents + tuple(d for d in body_docs if _DOC.search(d))))
    last = rest[-1] if rest else title_line
    if 0 < docs_i < len(rest) and docs_i >= field_i and not any(_label(ln) for ln in rest[docs_i + 1:]):
        # issue 13 (mentions, round 12): a documents list closing the page ("Descargas: Agenda (PDF) · Relatoría
        # (PDF)") names files, not the event's bodies: read for its links, outside the event's text
        ctx.skipped.append(f"documents list after the event's text (line {rest[docs_i].no})")
        last = rest[docs_i - 1]
    # issue 13 (rules5): lines after the contact e-mail that are no field and no prose are the site's
    # credit ("South American Conference on Migration - Technical Secretariat"), not the event's text
    mail = max((i for i, ln in enumerate(rest) if (_label(ln) or ("",))[0] == "email"), default=None)
    if mail is not None:
        end_i = mail + 1 if mail + 1 < len(rest) and "@" in rest[mail + 1].text else mail
        tail = rest[end_i + 1:]
        if tail and all(_label(ln) is None and len(blocks.clean(ln.text)) <= 120
                        and not blocks.clean(ln.text).endswith((".", ";", ":")) for ln in tail):
            for ln in tail:
                ctx.skipped.append(f"site credit after the event's fields (line {ln.no})")
            last = rest[end_i]
    ev = loc.apply(build_event(ctx, 0, span=Span.of(text, ts, last.end), titles=titles, subtitle=subtitle,
                               body=body, place=loc.place, online=loc.online, venue=loc.venue, dates=dates,
                               coordinating=coordinating, documents=documents, title_line=title_line.no))
    if dates is None:  # issue 13 (rules5): a sentence of the description dating the event
        from dataclasses import replace

        from rcpkg.loaders.layouts.assemble import description_dates

        said = description_dates(ctx, ev.description)
        if said is not None:
            ev = replace(ev, dates=said)
        else:
            ctx.warn(title_line.no, "event page without a date line", name)
    return [ev]


_URL_ONLY = re.compile(r"^\S*https?://\S+$")
_LINE_SEP = re.compile(r"[ \t]+(?:\||·|•)[ \t]+")
_YEAR = re.compile(r"(?:19|20)\d\d")


def _date_place(ln: Line, order: str | None):
    """issue 13 (event36): a date line that also names the place after a bar or dot ("30 y 31 de octubre de
    2017 · Santiago", "Santiago de Chile, 30 y 31 de octubre de 2017 · Sede: X", "Tue 01.02.2017 08:30 – Wed
    02.02.2017 16:00 | San José, Costa Rica"): (the offset where its date part ends or None, the offset where its
    place part starts), or None when the line is no such line. Cheap guards first: short, a bar or dot, a year."""
    t = ln.text
    if len(t) > 160 or ("|" not in t and "·" not in t and "•" not in t and not (":" in t and ("—" in t or "–" in t))) \
            or not _YEAR.search(t) or blocks.clean(t).endswith("."):
        # (issue 13, listing37b: or labelled cells apart by dashes, "Starts: Mon 6 Mar 2017 — Ends: … — Venue: …")
        return None
    from rcpkg.loaders.layouts.heads import meta_line

    meta = meta_line(ln, order=order)
    if meta is not None:
        if any(p.kind == "place" for p in meta.parts) and any(p.kind == "date" for p in meta.parts):
            return None, 0
        return None
    seps = list(_LINE_SEP.finditer(t))
    if len(seps) != 1:
        return None
    head, place = t[:seps[0].start()], blocks.clean(t[seps[0].end():])
    if date_line_problem(head, order=order) and looks_like_place(place):
        return seps[0].start(), seps[0].end()
    return None
# issue 13 (event22): a line that is only a quotation: a motto ("…", “…”, «…», '…')
_MOTTO = re.compile(r'(?:"[^"\n]{8,200}"|“[^”\n]{8,200}”|«[^»\n]{8,200}»|\'[^\'\n]{8,200}\'|‘[^’\n]{8,200}’)\.?')
# issue 13 (mentions, round 12): the first line of a page's tail after its event
_TAIL = re.compile(
    r"^(?:[«‹<←]+\s*)?(?:previous|prev|next|anterior|siguiente|pr[oó]ximo)(?:\s+(?:event|evento|post|entrada|art[ií]culo))?"
    r"\s*:|^[«‹<←]+\s*(?:back|volver|regresar)\b|^(?:back to|volver a|regresar a)\s+(?:the\s+|los\s+|la\s+)?(?:events?|"
    r"eventos|agenda|news|noticias|calendar|calendario|actividades|activities|inicio|home)\b|"
    r"^(?:related events|eventos relacionados|other events|otros eventos|more events|m[aá]s eventos|related posts|"
    r"entradas relacionadas|art[ií]culos relacionados|related articles|see also|ver tambi[eé]n|other activities|"
    r"otras actividades)\s*:?\s*$|"
    # issue 13 (roles3): other events' titles after the label on its line ("Otras actividades: X · Y"), and the
    # page's update stamp ("Última actualización: 12/06/2023", "Last updated: …")
    r"^(?:related events|eventos relacionados|other events|otros eventos|other activities|otras actividades|more events|"
    r"m[aá]s eventos)\s*:\s*\S|^(?:last updated|last update|last modified|[uú]ltima (?:actualizaci[oó]n|modificaci[oó]n)|"
    r"actualizado el|updated on)\s*:?\s*\d|"
    r"^(?:share|compartir)(?:\s+(?:on|en|this|esta|este)(?:\s+(?:event|evento|page|p[aá]gina))?)?\s*(?::|\||·|"
    r"(?:facebook|twitter|x|linkedin|whatsapp|email|correo)\b)",
    re.IGNORECASE)


_SHARE = re.compile(r"(?:share|compartir)\b", re.IGNORECASE)
_TAGS = re.compile(r"\s*(?:tags?|etiquetas?|keywords|palabras clave)\s*:", re.IGNORECASE)


def _value_span(text: str, ln: Line, value_start: int) -> Span | None:
    """A field's value on its line; issue 13 (event23): in a two-cell table row ("| Where | Lima, Peru |") without
    the bar closing its cell."""
    end = ln.end
    if ln.text.lstrip().startswith("|"):
        body = ln.text.rstrip()
        if body.endswith("|"):
            end = ln.start + len(body) - 1
    return blocks.span(text, ln.start + value_start, end)


def _sentence(text: str) -> bool:
    """A line of prose: more than fifteen words, or more than eight closed by a full stop (what
    :func:`~rcpkg.loaders.places.read_venue` calls a sentence, not a venue's name)."""
    t = blocks.clean(text)
    n = t.count(" ") + 1
    return n > 15 or (n > 8 and t.endswith("."))


def _role_line(text: str) -> bool:
    """A line with a role phrase ("Coordinated by X.", "Con el apoyo de Y"): the event's text (no venue's name
    holds one: "Hotel Sheraton", "Sede de la CEPAL", "Auditorio de la OEA" have none)."""
    return any(c.role != "mentioned" for c in find_cues(blocks.clean(text)))


def _text_follows(rest: list[Line], i: int) -> bool:
    """Whether the lines after a share line, before the next tail line, hold the event's text: a description
    label ("Descripción", "About the event:") or a line of prose (a long line with a sentence's full stop)."""
    for ln in rest[i + 1:]:
        t = blocks.clean(ln.text)
        if ABOUT.match(t) and (len(t) < 40 or ":" in t[:25]):
            return True
        if len(t) >= 80 and (t.endswith(".") or ". " in t):
            return True
        if _is_tail(ln.text):
            return False
    return False


def _is_tail(text: str) -> bool:
    t = blocks.clean(text)
    return bool(_TAIL.match(t)) or blocks.is_pager(t)
# issue 13: a field giving both ("Lugar y fecha: Lima, 3 de mayo de 2019", "Place and date: …")
PLACE_DATE_LABEL = re.compile(r"^\s*(lugar y fechas?|fechas? y lugar|place and dates?|dates? and place|"
                              r"where and when|when and where)\s*:\s*", re.IGNORECASE)
WHEN_LABEL = re.compile(r"^\s*(when|cu[aá]ndo|date and time|fecha y hora)\s*:\s*", re.IGNORECASE)
WHERE_LABEL = re.compile(r"^\s*(where|d[oó]nde)\s*:\s*", re.IGNORECASE)


def _pre_field(ctx: Ctx, ln: Line) -> bool:
    """Whether a line between the title and "About the event:" is a place or date field (or line)."""
    if any(rx.match(ln.text) for rx in (PLACE_DATE_LABEL, WHEN_LABEL, WHERE_LABEL, DATE_LABEL, CITY_LABEL,
                                         VENUE_LABEL, MODE_LABEL)):
        return True
    lab = labels.find(ln.text)
    if lab is not None and lab.key in labels.FACT_KEYS and lab.value_start is not None:
        return True
    from rcpkg.loaders.layouts.heads import meta_line

    return meta_line(ln, order=ctx.date_order) is not None


def _read_pre_field(ctx: Ctx, ln: Line, loc: Location, name: str):
    """Fill `loc` from a place field before the description; the dates a date field gives (or None)."""
    from rcpkg.loaders.layouts.heads import meta_line
    from rcpkg.loaders.layouts.locations import place_and_date

    text = ctx.page.text
    m = PLACE_DATE_LABEL.match(ln.text)
    if m:
        got, dates = place_and_date(ctx, ln.start + m.end(), ln.end, ln.no, name)
        if loc.place is None and not loc.online:
            loc.place, loc.online, loc.venue = got.place, got.online, loc.venue or got.venue
        return dates
    m = WHEN_LABEL.match(ln.text) or DATE_LABEL.match(ln.text)
    if m:
        value = ln.text[m.end():]
        dates = date_line(value, ln.start + m.end(), order=ctx.date_order)
        if dates is None:
            problem = date_line_problem(value, order=ctx.date_order)
            ctx.warn(ln.no, f"date not understood{f' ({problem})' if problem else ''}", value.strip())
        return dates
    for rx, field in ((WHERE_LABEL, "where"), (CITY_LABEL, "city"), (VENUE_LABEL, "venue"), (MODE_LABEL, "mode")):
        m = rx.match(ln.text)
        if m:
            sp = blocks.span(text, ln.start + m.end(), ln.end)
            if sp is None:
                return None
            if field == "mode":
                mode_field(ctx, loc, sp, ln.no, name)
            elif field == "where" and loc.place is None:
                _where(ctx, loc, sp, ln.no, name)
            elif field == "city" or (loc.place is None and looks_like_place(sp.exact)):
                city_field(ctx, loc, sp, ln.no, name)
            else:
                venue_field(ctx, loc, sp, ln.no, name)
            return None
    lab = labels.find(ln.text)
    if lab is not None and lab.key in labels.FACT_KEYS and lab.value_start is not None:
        sp = _value_span(text, ln, lab.value_start)  # issue 13 (h-labels): any place/date label
        return fact_field(ctx, loc, lab.key, sp, ln.no, name) if sp is not None else None
    meta = meta_line(ln, order=ctx.date_order)
    return meta_parts(ctx, loc, meta, text, ln.no, name, None)


def _where(ctx: Ctx, loc: Location, sp: Span, line: int, name: str) -> None:
    """A "Where:" field: a place, or a venue then its place ("Hotel Sheraton, Panama City")."""
    from rcpkg.loaders.places import resolve_place

    res = resolve_place(sp.exact)
    if res.resolved or res.online or res.hybrid:
        city_field(ctx, loc, sp, line, name)
        return
    cut = sp.exact.find(",")
    if cut > 0:
        tail = blocks.span(ctx.page.text, sp.start + cut + 1, sp.end)
        if tail is not None and resolve_place(tail.exact).resolved:
            loc.venue = blocks.span(ctx.page.text, sp.start, sp.start + cut)
            city_field(ctx, loc, tail, line, name)
            return
    venue_field(ctx, loc, sp, line, name)
_DOC = re.compile(r"\.(pdf|docx?|xlsx?|pptx?|zip)(\?|#|$)|/sites/default/files/|/documentos?/", re.IGNORECASE)
