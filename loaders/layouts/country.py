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

An objectives heading starts a new event when it is a "general" heading (also a bare
"Objective", "Objetivos", "Purpose", or one printed inline, "Objective: To …"), or
a "specific" heading in an event that already has one (or before any event).

Issue 13 (country pages told in prose and in lists): a page may tell some or all of its
events with no objectives heading — a title line followed by its paragraph, a date or
place line ("12 March 2019 | Lima, Peru") or a labelled line ("Details: …"); such a title
is an event's before the first headed event (after the page's "Events in this country"
heading; without it, when the title names an event kind) and between headed events when
it names an event kind and is no objective ("To …", an infinitive) nor a section heading
("Results of the workshop"). A page may list its events as bullets, or one a line after
its list heading, each title followed by its place and dates in parentheses or after a
dash ("Taller sobre X (Quetzaltenango, 12 y 13 de marzo de 2019). Organizado por …").
A place the event's text names that the gazetteer does not know is a warning.
The title is the line just before that heading; the line before the title is
its sub-title's title when it is not an objective (not a bullet or numbered
item, no final "." or ";") and not part of the previous event's objectives
heading — then the two lines are title and sub-title. Lines before the first
event (page heading, intro) are skipped.
"""

from __future__ import annotations

import re
from dataclasses import replace

from rcpkg.loaders.dates import date_line, date_line_problem, find_dates
from rcpkg.loaders.kinds import detect_kind
from rcpkg.loaders.layouts import blocks, heads, labels
from rcpkg.loaders.layouts.assemble import (
    Ctx, build_event, description_dates, page_country_place, place_of, subtitle_of, titles_of,
)
from rcpkg.loaders.layouts.blocks import Line
from rcpkg.loaders.layouts.locations import (
    CITY_LABEL, FACT_KEYS, MODE_LABEL, VENUE_LABEL, Location, city_field, fact_field, meta_parts, mode_field,
    place_and_date, place_from_prose, venue_field,
)
from rcpkg.loaders.places import looks_like_place, resolve_place
from rcpkg.loaders.records import EventRecord, Section, Span

# issue 13 (country prose): a bare "Objective" / "Objetivos" / "Purpose" heads an event's objective as
# "General objective" does (a country page with no specific objectives)
_GENERAL = re.compile(r"^\s*(general\s+objectives?|objetivos?\s+generale?s?|objectives?|objetivos?|purpose|prop[oó]sito)"
                      r"\s*:?\s*$", re.IGNORECASE)
_SPECIFIC = re.compile(r"^\s*(specific\s+objectives?|objetivos?\s+espec[ií]ficos?)\s*:?\s*$", re.IGNORECASE)
# the page's own heading over its list of events, never an event's title
# issue 13 (round 11): "Events concerning Ecuador", "Activities in Belize and with Belize's participation",
# "Actividades en Bolivia o con participación boliviana:", "Eventos relacionados", "Participación en
# eventos", "Activities": a plural of events or activities, maybe qualified, alone on its line
_LIST_HEADING = re.compile(
    r"^\s*(?:(?:related|recent|past|previous|latest|main|key|national|country|our|other|selected|principales|"
    r"otr[oa]s|nuestr[oa]s)\s+)?"
    r"(?:events|activities|eventos|actividades|(?:participation|participaci[oó]n)\s+(?:in|en)\s+"
    r"(?:(?:the\s+|los\s+|las\s+)?(?:events|activities|eventos|actividades|meetings|reuniones)))"
    r"(?:\s+(?:relacionad[oa]s|recientes|destacad[oa]s|realizad[oa]s|anteriores|nacionales|pasad[oa]s|"
    r"principales))?"
    r"(?:\s+(?:in|en|of|de|del|concerning|regarding|related\s+to|relacionad[oa]s\s+con|with|con|about|sobre|"
    r"attended|held|hosted|organi[sz]ed|where|in\s+which|and|y|o|or|for|para)\b[^.;!?]{0,90})?"
    r"\s*:?\s*$", re.IGNORECASE)


def _page_preamble(ctx: Ctx, before: list[Line]):
    """The lines before a country page's first event, skipped (by number, not text: an intro may name
    a person, issue 13), and the country the page's events concern (with a warning when it is unknown)."""
    for ln in before:
        ctx.skipped.append(f"before the first event: line {ln.no}")
    concerns = page_country_place(ctx)
    if ctx.page.country is None:
        ctx.warn(None, "country page whose country is unknown (neither its URL nor the metadata says)")
    return concerns


# issue 13 (round 33): a "place | date | kind" line's last cell naming the event's kind ("Vice-Ministerial Meeting",
# "Reunión binacional", "Network meeting"): a bar or middle dot, then a few words without digits or stops
_KIND_TAIL = re.compile(r"[ \t][|·][ \t]+([^|·\d.;:!?]{3,40}?)[ \t]*$")


def _meta_line(line: Line, order: str | None = None):
    """heads.meta_line, and (round 33) the same line without a last cell that only names the event's kind, when
    the rest is a place-and-date line: "San José, Costa Rica | 2–4 mar 2005 | Reunión viceministerial"."""
    meta = heads.meta_line(line, order=order)
    if meta is not None or ("|" not in line.text and "·" not in line.text):
        return meta
    tail = _KIND_TAIL.search(line.text)
    if tail is None or len(tail.group(1).split()) > 4 or detect_kind(tail.group(1)) is None:
        return None
    cut = line.text[:tail.start()]
    meta = heads.meta_line(Line(line.no, line.start, line.start + len(cut), cut), order=order)
    return meta if meta is not None and "date" in meta.kinds else None


def _nav_free_meta(line: Line) -> bool:
    """A place-and-date line ("12 March 2019 | Lima, Peru"), not a list of places (the site's countries,
    "Argentina | Bolivia | Brasil | …", issue 13 round 11)."""
    meta = _meta_line(line)
    return meta is not None and not (len(meta.parts) > 3 and "date" not in meta.kinds)


def _link_line(text: str) -> bool:
    """A "Read more" / "Ver más" link line, maybe in parentheses or brackets ("(read more)", "[Leer más]")."""
    t = blocks.clean(text)
    inner = re.fullmatch(r"[(\[](.*)[)\]]", t)
    return bool(t) and blocks.is_pager(inner.group(1) if inner else t) and not re.search(r"\d", t)


def _could_be_title(line: Line) -> bool:
    t = blocks.clean(line.text)
    return (bool(t) and not blocks.is_bullet(line.text) and not t.endswith((".", ";", ":")) and not _LIST_HEADING.match(t)
            and not _GENERAL.match(t) and not _SPECIFIC.match(t) and len(t) < 200)


def parse_country(ctx: Ctx) -> list[EventRecord]:
    text = ctx.page.text
    lines = []
    shown = [ln for ln in blocks.split_lines(text) if not ln.blank]
    table = _table_events(ctx, shown)  # issue 13 (round 12): a table's header row reads as a menu bar
    if table:
        return table
    after_year: set[int] = set()  # issue 13 (round 25): the numbers of the lines right under a year heading
    year_above = False
    for ln in shown:
        if blocks.is_footer(ln.text):
            ctx.skipped.append(blocks.footer_note(ln))
            continue
        if _link_line(ln.text):
            # issue 13 (round 13, country3): a "(read more)" / "[Ver más]" link under an event's text is no
            # title (nor a sub-title of the next event)
            ctx.skipped.append(f"link line: line {ln.no}")
            continue
        if _YEAR_HEADING.match(ln.text):
            # issue 13 (round 12): a timeline's year heading ("2016") is no event's line; the day-and-month
            # head lines under it take its year (`_day_in_heading_year`)
            ctx.skipped.append(f"year heading: line {ln.no}")
            year_above = True
            continue
        if year_above:
            after_year.add(ln.no)
            year_above = False
        lines.append(ln)
    starts: list[int] = []  # index of each event's objectives heading
    has_specific = False
    for i, ln in enumerate(lines):
        if _GENERAL.match(ln.text) or (_GENERAL_INLINE.match(ln.text) and i > 0 and not _GENERAL_INLINE.match(lines[i - 1].text)):
            starts.append(i)
            has_specific = False
        elif _SPECIFIC.match(ln.text):
            if not starts or has_specific:
                starts.append(i)
            has_specific = True
    fielded = [] if starts else _field_starts(lines)
    if len(fielded) >= 2:
        # issue 13 (h-labels): titles each followed by a run of field lines ("When and where: …", "• Lugar: …")
        return _build(ctx, lines, [(i, i + 1, None) for i in fielded])
    if not starts:
        # issue 13 (country prose): no objectives heading at all: the events are bullets ("- Taller
        # sobre X (Quetzaltenango, 12 y 13 de marzo de 2019). Organizado por …") or each a title line
        # followed by its paragraph ("Regional Workshop on X" / "The workshop took place in …")
        # or each a paragraph opening with the event's name ("Workshop on X brought together …")
        return _lead_events(ctx, lines) or _bullet_events(ctx, lines) or _paragraph_events(ctx, lines, after_year)
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
    # issue 13 (country prose): events of the same page told with no objectives heading, each a title
    # line followed by its paragraph, a date or place line or a labelled line: before the first headed
    # event (after the page's list heading) or between two headed events (a title naming an event kind)
    listed = _after_list_heading(lines)
    extra: list[int] = []
    lo = listed if listed is not None and listed <= blocks_[0][0] else 0
    extra += _paragraph_starts(lines, lo, blocks_[0][0], need_kind=listed is None or listed > blocks_[0][0])
    for n, (_first, title_end, h) in enumerate(blocks_):
        hi = blocks_[n + 1][0] if n + 1 < len(blocks_) else len(lines)
        extra += [i for i in _paragraph_starts(lines, max(title_end, h + 2), hi, need_kind=True)
                  if not _objective_like(lines[i], ctx.page.lang)
                  and (_body_like(lines[i + 1], strong=True) or _titled(blocks.clean(lines[i].text)))]
    taken = {k for first, title_end, _h in blocks_ for k in range(first, title_end)} | {h for _f, _t, h in blocks_}
    heads_ = {h for _f, _t, h in blocks_}
    specs = [(first, title_end, h) for first, title_end, h in blocks_]
    for i in extra:
        top = _title_above(lines, i, lo if i < blocks_[0][0] else 0, ctx.page.lang)
        if top < i and (top in taken or top - 1 in heads_):
            top = i  # the line above is a headed event's title or its first objective
        specs.append((top, i + 1, None))
    specs.sort()
    return _build(ctx, lines, specs)


def _build(ctx: Ctx, lines: list[Line], specs: list[tuple[int, int, int | None]]) -> list[EventRecord]:
    """The events of title blocks (first title line, first line after the title, objectives heading or None)."""
    text = ctx.page.text
    place = _page_preamble(ctx, lines[:specs[0][0]])
    events = []
    for n, (first, title_end, h) in enumerate(specs):
        end_idx = specs[n + 1][0] if n + 1 < len(specs) else len(lines)
        title_lines = lines[first:title_end]
        body = lines[title_end:end_idx]
        t_loc, t_dates = Location(), None
        if title_lines:
            ts, te = title_lines[0].stripped()
            te, t_loc, t_dates = _title_with_meta(ctx, title_lines[0], ts, te)
            titles, subtitle = titles_of(ctx, ts, te)
            if len(title_lines) > 1 and subtitle is None:
                subtitle = subtitle_of(ctx, title_lines[1], titles[0].lang if titles else None)
            start = ts
        else:
            titles, subtitle, start = (), None, lines[h].start
        end = body[-1].end if body else (lines[h].end if h is not None else title_lines[-1].end)
        name = titles[0].text if titles else blocks.clean(lines[h if h is not None else first].text)
        loc, body, meta_dates = _own_location(ctx, body, name, t_loc)
        event = build_event(ctx, n, span=Span.of(text, start, end), titles=titles, subtitle=subtitle,
                            body=body, place=loc.place, online=loc.online, venue=loc.venue,
                            title_line=lines[first].no)
        # a date line or a sentence dating the event
        dates = t_dates or meta_dates or description_dates(ctx, event.description)
        events.append(replace(loc.apply(event), concerns=place, dates=dates))
    return events


# issue 13 (h-labels): the fields that open an event's lines under its title
_OPENING_FIELDS = FACT_KEYS | {"role", "coordinating", "about"}


def _field_starts(lines: list[Line]) -> list[int]:
    """Indices of title lines each followed by a field line ("When and where: …", "• Lugar: …", "Date")."""
    out = []
    for i in range(len(lines) - 1):
        ln = lines[i]
        if not _could_be_title(ln) or labels.find(ln.text, unknown=True) is not None or blocks.is_pager(ln.text) \
                or blocks.clean(ln.text).endswith(_PROSE_END) or _is_date_line(ln) or _is_location_line(ln):
            continue
        above = labels.find(lines[i - 1].text) if i > 0 else None
        if above is not None and above.value_start is None:
            continue  # the value of a label alone on its line ("Date" / "3 May 2019")
        lab = labels.find(lines[i + 1].text)
        if lab is not None and lab.key in _OPENING_FIELDS and not (out and out[-1] == i - 1):
            out.append(i)
    return out


_TITLE_PAREN = re.compile(r"\s*\(([^()]*)\)\s*$")
_TITLE_DASH = re.compile(r"\s[–—|]\s(?=[^–—|]*$)")
_DASH_SEP = re.compile(r"\s[—|]\s")
_COLUMN_GAP = re.compile(r"(?<=\S) {3,}(?=\S)")


def _title_with_meta(ctx: Ctx, line: Line, ts: int, te: int) -> tuple[int, Location, object]:
    """A title line that ends with the event's place and dates, in parentheses or after a dash
    ("Workshop on X (Tacna, 3 May 2019)", "Taller sobre X – Lima, 3 de mayo de 2019"): where the title
    ends, and that place and those dates; else (te, no place, None)."""
    text = ctx.page.text
    title = text[ts:te]
    tab = title.find("\t")
    if tab > 0 and len(title[:tab].split()) >= 2:
        # issue 13 (round 11): a table row flattened with tabs, "Title<TAB>19/09/2018 – 21/09/2018<TAB>Lugar"
        rest = ts + tab + len(title[tab:]) - len(title[tab:].lstrip())
        if _head_parts(text, rest, te, ctx.date_order):
            loc = Location()
            dates = _read_head(ctx, loc, line, blocks.clean(title[:tab]), rest)
            return ts + len(title[:tab].rstrip()), loc, dates
    gap = _COLUMN_GAP.search(title) if tab < 0 and "   " in title else None
    if gap is not None and len(title[:gap.start()].split()) >= 2 and _head_parts(text, ts + gap.end(), te, ctx.date_order):
        # issue 13 (round 29): a row of a table aligned with blanks, its columns title, dates and city ("Seminar
        # on X        7–8 Mar 2017        Valparaíso"): the title ends where the first run of blanks begins
        loc = Location()
        dates = _read_head(ctx, loc, line, blocks.clean(title[:gap.start()]), ts + gap.end())
        return ts + gap.start(), loc, dates
    for m in _DASH_SEP.finditer(title):
        # issue 13 (fields17): a title, then its place and dates each after a dash ("Taller sobre X — San Salvador —
        # 3 de abril de 2019"): the title ends at the first dash after which the rest is only a place and dates
        if len(title[:m.start()].split()) < 2 or _DASH_SEP.search(title, m.end()) is None:
            continue
        parts = _any_order_parts(text, ts + m.end(), te)
        kinds = {k for k, _s, _e in parts or ()}
        if kinds & {"date", "place"} and ("unknown" not in kinds or "date" in kinds):
            loc = Location()
            dates = _read_head(ctx, loc, line, blocks.clean(title[:m.start()]), ts + m.end())
            return ts + m.start(), loc, dates
        break
    for rx in (_TITLE_PAREN, _TITLE_DASH):
        m = rx.search(title)
        if m is None or len(title[:m.start()].split()) < 2:
            continue
        if rx is _TITLE_PAREN and heads._NO_DATE_CELL.fullmatch(m.group(1).strip()):
            # issue 13 (round 37): the title's parentheses say its date is not known yet ("Taller sobre X (fecha a
            # confirmar)", "Workshop on X (date TBC)"): no part of the title, no date, no warning
            return ts + m.start(), Location(), None
        if rx is _TITLE_PAREN:
            start, end = ts + m.start(1), ts + m.end(1)
        else:
            start, end = ts + m.end(), te
        probe, probe_dates = place_and_date(Ctx(ctx.page), start, end, line.no, "")
        if probe.place is None and not probe.online and probe_dates is None:
            continue
        name = blocks.clean(title[:m.start()])
        loc, dates = place_and_date(ctx, start, end, line.no, name)
        return ts + m.start(), loc, dates
    return te, Location(), None


# issue 13 (country prose): an objective printed inline, "Objective: To review …" / "Objetivo general: …"
_GENERAL_INLINE = re.compile(r"^\s*(general\s+objectives?|objetivos?\s+generale?s?|objectives?|objetivos?|purpose|"
                             r"prop[oó]sito)\s*:\s*\S", re.IGNORECASE)
_LABELLED = re.compile(r"^\s*[A-ZÁÉÍÓÚÑa-záéíóúñ][\w ]{1,30}:\s*\S")


def _labelled(t: str) -> bool:
    """A labelled line ("Details: …", "Lugar: …"), not a title whose prefix names the event's kind
    ("Webinar: Belize's Amnesty Programme", "Conversatorio en línea: Retorno y …", issue 13 round 11)."""
    if not _LABELLED.match(t):
        return False
    label = t.split(":", 1)[0].strip()
    return not (detect_kind(label) is not None and labels.find(t) is None and len(t.split(":", 1)[1].split()) >= 2)


def _title_above(lines: list[Line], i: int, lo: int, lang: str | None) -> int:
    """The first line of the title block ending at lines[i]: the line above when it is a title too
    (title and sub-title, "Workshop on X" / "Second meeting of the network"), else i. Not when only
    the second names an event kind (the line above is then a heading), nor when the line above is
    an objective, a date, place or labelled line, or follows another title-like line."""
    k = i - 1
    if k < lo or k < 0 or _paren_dated(lines[i]):
        return i  # (round 24: a title with its place and dates in parentheses is the whole title)
    above, t = lines[k], blocks.clean(lines[k].text)
    if not _could_be_title(above) or _is_location_line(above) or _is_date_line(above) or _labelled(t) \
            or _meta_line(above) is not None or blocks.is_pager(above.text) or _SECTION_WORD.match(t) \
            or _objective_like(above, lang):
        return i
    if detect_kind(lines[i].text) and not detect_kind(t):
        return i
    if k - 1 >= lo and _could_be_title(lines[k - 1]):
        return i  # three title-like lines: no telling
    return k


def _objective_like(line: Line, lang: str | None) -> bool:
    """An objective's line rather than an event's title: "To review …", "Fortalecer …" (an infinitive
    that is no event noun, such as "Taller")."""
    t = blocks.clean(line.text)
    words = t.split()
    first = words[0] if words else ""
    if first.lower() in ("to", "para"):
        return True
    # a Spanish infinitive opening a sentence-case line ("Fortalecer las capacidades …"), not an
    # adjective opening a title ("Consular Registration …")
    return (lang != "en" and bool(re.fullmatch(r"[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+(?:ar|er|ir)", first))
            and detect_kind(first) is None and len(words) > 1 and words[1][:1].islower())


def _body_like(line: Line, *, strong: bool = False) -> bool:
    """A line that starts or carries an event's text: a date or place line, a labelled line ("Details:
    …"), an objectives heading, or (unless `strong`) prose ending with a stop."""
    t = blocks.clean(line.text)
    if _is_date_line(line) or _is_location_line(line) or _GENERAL.match(t) or _SPECIFIC.match(t):
        return True
    if _labelled(t) or _is_head_line(line) or _nav_free_meta(line):
        return True
    if len(t.split()) <= 3 and _SECTION_WORD.match(t) or _BARE_LABEL.match(t):  # "Descripción", "Place"
        return True
    return not strong and t.endswith(_PROSE_END)


def _paragraph_starts(lines: list[Line], lo: int, hi: int, *, need_kind: bool, strong: bool = False,
                      after_year: set[int] | frozenset[int] = frozenset()) -> list[int]:
    """Indices in lines[lo:hi] of title lines each followed by its event's text (see `_body_like`). A line right
    under a timeline's year heading (line numbers `after_year`) that reads as a title needs no event kind."""
    out = []
    for i in range(lo, min(hi, len(lines) - 1)):
        ln = lines[i]
        t = blocks.clean(ln.text)
        if not _could_be_title(ln) or _is_location_line(ln) or _is_date_line(ln) or blocks.is_footer(ln.text) \
                or _labelled(t) or _meta_line(ln) is not None or blocks.is_pager(ln.text) or _is_head_line(ln):
            continue
        if out and out[-1] == i - 1:
            continue  # a title's next line is its text, not another title
        if i > 0 and lines[i - 1].no == ln.no - 1 and _wrapped_prose(lines, i - 1):
            continue  # issue 13 (round 26): a wrapped paragraph's next line, not a title
        if not _body_like(lines[i + 1], strong=strong) and (strong or not _wrapped_prose(lines, i + 1)):
            continue
        if _SECTION_WORD.match(t) or (not detect_kind(t) and not _paren_dated(ln) and not _row_dated(ln)
                                      and (not _titled(t) or need_kind and not _dated_head(lines[i + 1])
                                           and ln.no not in after_year and not _dated_paragraph(lines, i + 1))):
            continue
        out.append(i)
    return out


def _paragraph_end(lines: list[Line], j: int) -> int:
    """Issue 13 (round 26): the index of the last line of the paragraph that lines[j] opens: the lines that follow
    it with no blank line between (their numbers run on), at most eight, up to the first that ends a sentence
    (a paragraph printed on one line each, with no blank line between, is no wrapped paragraph: set 7's Peru page)."""
    k = j
    while k + 1 < len(lines) and k - j < 8 and lines[k + 1].no == lines[k].no + 1 \
            and not _STOP_END.search(lines[k].text):
        k += 1
    return k


_STOP_END = re.compile(r"[.!?][\"'”’»)]*\s*$")


def _wrapped_prose(lines: list[Line], j: int) -> bool:
    """Issue 13 (round 26): lines[j] opens a paragraph wrapped over several lines ("On 3 and 4 June 2021 the
    Ministry … convened in" / "Arequipa a forum …."): a long line of words, not ending with a stop itself,
    whose paragraph (the lines under it with no blank between) ends with one."""
    ln = lines[j]
    if len(ln.text) < 60 or len(ln.text.split()) < 8 or blocks.is_bullet(ln.text):
        return False
    k = _paragraph_end(lines, j)
    if k == j or not blocks.clean(lines[k].text).endswith("."):
        return False
    # issue 13 (round 27): a title over its paragraph printed on one long line is no wrapped paragraph: a
    # line wrapped at the width is about as long as the longest line under it
    widest = max(len(x.text.strip()) for x in lines[j:k + 1])
    if any(len(x.text.strip()) * 4 < widest * 3 for x in lines[j:k]):
        return False
    # every line but the last filled to the width (no menu bar over "EN | ES"), none a label's line nor
    # an event's own title ("Forum on X (Lima, 3 May 2019)")
    # (a table's row cut by tabs or runs of blanks is no prose)
    return all(len(x.text.strip()) >= 60 and not x.text.rstrip().endswith(":") and "\t" not in x.text
               and "   " not in x.text.strip() for x in lines[j:k]) \
        and not _labelled(blocks.clean(ln.text)) and not _paren_dated(ln)


def _dated_paragraph(lines: list[Line], j: int) -> bool:
    """Issue 13 (round 26): lines[j] opens a wrapped paragraph whose first sentence dates something ("Held in Tacna
    from 10 to 12 October 2016, the dialogue …"): the title-like line above it is an event's title even naming no
    event kind, as under a dated head line."""
    one_line = False
    if _wrapped_prose(lines, j):
        k = _paragraph_end(lines, j)
    elif _one_line_prose(lines, j):
        k, one_line = j, True
    else:
        return False
    para = " ".join(ln.text.strip() for ln in lines[j:k + 1])
    stop = _SENTENCE_END.search(para)
    found = find_dates(para[:stop.start() if stop else len(para)])
    # issue 13 (round 27): a paragraph on one line dates its event when it opens with the date ("Held in Oruro on
    # 21 March 2016, …", "En Cochabamba, el 9 de julio de 2019, …"), not a date anywhere in its first sentence
    if found and (not one_line or found[0].span.start <= _OPENING_DATE):
        return True
    # issue 13 (round 34): a paragraph that opens with a month and year only ("In March 2016 UNICEF …", "En
    # octubre de 2019 la …") dates its event as well (the event gets no day from it)
    if not found and any(c.isdigit() for c in para[:_OPENING_DATE + 12]):
        my = heads.MONTH_YEAR.search(para, 0, _OPENING_DATE + 12)
        if my is not None and my.start() <= _OPENING_DATE:
            return True
    return _para_head(para) is not None


def _para_head(para: str) -> int | None:
    """Issue 13 (round 27): the length of a place-and-date head that is a paragraph's first sentence ("Tarija,
    17/11/2021. The …", "Sucre, 3 de mayo de 2019. La …"), or None."""
    head = para.split(". ", 1)[0]
    if len(head) > 60 or len(head) == len(para) or "," not in head:
        return None
    parts = _any_order_parts(head, 0, len(head))
    return len(head) if parts is not None and any(k == "date" for k, _s, _e in parts) else None


# issue 13 (round 27): how far into a paragraph the date it opens with may start ("Celebrado en Oruro los días 21 …")
_OPENING_DATE = 45


def _one_line_prose(lines: list[Line], j: int) -> bool:
    """Issue 13 (round 27): lines[j] is a whole paragraph printed on one long line ("In Oruro, on 9 July 2019, the
    Ministry … ."): eight words or more ending with a stop, no bullet, label or title with its dates."""
    ln = lines[j]
    t = ln.text.strip()
    if len(t) < 60 or not _STOP_END.search(t) or blocks.is_bullet(ln.text) or "\t" in t or "   " in t:
        return False
    return len(t.split()) >= 8 and not _labelled(blocks.clean(ln.text)) and not _paren_dated(ln)


def _row_dated(line: Line) -> bool:
    """Issue 13 (round 33): a table row flattened with bars whose first cell is the title and a later cell only its
    date, maybe only a month ("| National Hearing on X | Apr 2016 | Cochabamba |"): an event's title by itself,
    naming no event kind and with no list heading over it."""
    t = line.text.strip()
    if not t.startswith("|") or t.count("|") < 3:
        return False
    cells = [c.strip() for c in t.strip("|").split("|")]
    if len(cells) < 2 or len(cells[0].split()) < 2:
        return False
    return any((parts := _any_order_parts(c, 0, len(c))) is not None
               and any(k in ("date", "month") for k, _s, _e in parts) for c in cells[1:] if c)


def _paren_dated(line: Line) -> bool:
    """Issue 13 (round 24, country24): a title line that ends with the event's dates, maybe with its place, in
    parentheses ("Regional Consultation on X (Cúcuta, 6–7 September 2018)", "Diálogo sobre X (Quito, del 6 al 7 de
    septiembre de 2018)"): an event's title by itself, even naming no event kind and with no list heading over it
    (a bare year, "Founding member (2000)", is no event's date)."""
    t = line.text.rstrip()
    if not t.endswith(")"):
        return False
    m = _TITLE_PAREN.search(t)
    if m is None or len(t[:m.start()].split()) < 2:
        return False
    parts = _any_order_parts(t, m.start(1), m.end(1))
    return parts is not None and any(k == "date" for k, _s, _e in parts)


def _dated_head(line: Line) -> bool:
    """Issue 13 (round 13, country3): a line that is only an event's dates, or its place and dates ("San Ignacio,
    Cayo District · 2022-08-30", "Caracas, 2007"): the line above it, when it reads as a title, is an event's
    title even when it names no event kind ("Regional Consultation on Seasonal Workers") and no list heading
    opens the page's events — the date under it says it is one."""
    if _is_date_line(line):
        return True
    parts = _any_order_parts(line.text, 0, len(line.text))
    if parts is not None and any(k in ("date", "month", "year") for k, _s, _e in parts):
        return True
    # issue 13 (round 33): "Paso Canoas, Costa Rica | 8 ago 2019 | Reunión binacional": place, date and kind cells
    meta = _meta_line(line) if "|" in line.text or "·" in line.text else None
    return meta is not None and "date" in meta.kinds


# a section heading of an event's text, never an event's title
_SECTION_WORD = re.compile(
    r"^(?:results?|outcomes?|agreements?|conclusions?|recommendations?|background|context|summary|description|"
    r"details|participants?|participating|documents?|comments?|resultados?|acuerdos?|conclusiones|"
    r"recomendaciones|antecedentes|contexto|resumen|descripci[oó]n|detalles|participantes|documentos?|"
    r"comentarios?|observaciones|notas?|notes?|more|m[aá]s)\b", re.IGNORECASE)


def _titled(t: str) -> bool:
    """A title-like line naming no event kind may still be an event's title when it reads as one:
    three words or more, capitalised, not a section heading ("Results of the meeting")."""
    words = t.split()
    return len(words) >= 3 and t[:1].isupper() and not _SECTION_WORD.match(t) and not blocks.is_caps_heading(t)


def _is_location_line(line: Line) -> bool:
    t = blocks.clean(line.text)
    if any(rx.match(line.text) for rx in (CITY_LABEL, VENUE_LABEL, MODE_LABEL)):
        return True
    return (not blocks.is_bullet(line.text) and t not in {"-", "–", "—"} and not _BARE_LABEL.match(t)
            and looks_like_place(t))


# issue 13: a field's label alone on its line, its value on the next ("Place" / "Tacna"): never a place
# itself ("Date" is also a town of Japan)
_BARE_LABEL = re.compile(r"^(?:(?P<place>place|venue|location|city|lugar|sede|ciudad|ubicaci[oó]n)|"
                         r"(?P<mode>mode|modality|modalidad)|dates?|fechas?|time|hora|when|cu[aá]ndo|where|"
                         r"d[oó]nde|description|descripci[oó]n|details|detalles)\s*:?$", re.IGNORECASE)


def _is_date_line(line: Line) -> bool:
    return date_line(line.text) is not None or date_line_problem(line.text) is not None


# issue 13 (round 36): a line that is only a month and its year ("2025-10", "October 2025", "octubre de 2025"): it
# opens its event's block like a date line, but dates nothing (a day is never guessed; a warning says so)
_ISO_MONTH = re.compile(r"\s*(?:19|20)\d\d-(?:0[1-9]|1[0-2])\s*")


def _is_month_line(line: Line) -> bool:
    from rcpkg.loaders.layouts.heads import MONTH_YEAR

    t = line.text.strip()
    if not t or len(t) > 24 or not t[-1:].isdigit():
        return False
    return _ISO_MONTH.fullmatch(t) is not None or MONTH_YEAR.fullmatch(t) is not None


def _own_location(ctx: Ctx, body: list[Line], name: str, loc: Location | None = None):
    """Where (or how) the event's own lines say it took place (after what its title line said,
    `loc`), the body without the location lines, and the dates a place-and-date line gives ("12 March
    2019 | Lima, Peru", or None)."""
    text = ctx.page.text
    loc = loc if loc is not None else Location()
    kept: list[Line] = []
    dates = None
    skip = set()
    for k, ln in enumerate(body):
        if k in skip:
            continue
        bare = _BARE_LABEL.match(blocks.clean(ln.text))
        if bare:
            if (bare.group("place") or bare.group("mode")) and k + 1 < len(body):
                sp = blocks.line_span(text, body[k + 1])  # "Place" / "Tacna": the value on the next line
                if sp is not None:
                    (mode_field if bare.group("mode") else city_field)(ctx, loc, sp, body[k + 1].no, name)
                    skip.add(k + 1)
                continue
            kept.append(ln)
            continue
        lab = labels.find(ln.text)
        if lab is not None and lab.key in FACT_KEYS and lab.value_start is not None:
            # issue 13 (h-labels): "When and where: Tegucigalpa, 3 and 4 September 2019", "• Fecha: 16/05/2019"
            sp = blocks.span(text, ln.start + lab.value_start, ln.end)
            if sp is not None:
                key = lab.key
                if key == "date" and (" · " in sp.exact or " | " in sp.exact):
                    # issue 13 (round 34): "Fecha: 1 y 2 de febrero de 2017 · San José", "Date: May 2019 | Online":
                    # a date label over a place-and-date value
                    key = "dateplace"
                dates = fact_field(ctx, loc, key, sp, ln.no, name) or dates
            continue
        meta = _meta_line(ln, order=ctx.date_order)
        if meta is not None and len(meta.parts) > 1:  # issue 13: "12 March 2019 | Lima, Peru"
            dates = meta_parts(ctx, loc, meta, text, ln.no, name, dates)
            continue
        if not any(blocks.clean(x.text).endswith(_PROSE_END) for x in kept) and _is_head_line(ln):
            # issue 13 (round 11): a head line under the title, "Santa Cruz de la Sierra, 14 y 15 de agosto
            # de 2024", "Wednesday, 25 May 2022 · 2:00–3:30 pm (CST) · Online"
            dates = _read_head(ctx, loc, ln, name) or dates
            continue
        label = next((rx for rx in (CITY_LABEL, VENUE_LABEL, MODE_LABEL) if rx.match(ln.text)), None)
        if label is not None:
            m = label.match(ln.text)
            sp = blocks.span(text, ln.start + m.end(), ln.end)
            if sp is not None:
                field = city_field if label is CITY_LABEL else venue_field if label is VENUE_LABEL else mode_field
                field(ctx, loc, sp, ln.no, name)
            continue
        t = blocks.clean(ln.text)
        # (issue 13, fields17: a role field, "Participan: Guatemala, Honduras.", names countries, not the place)
        if (loc.place is None and lab is None and not blocks.is_bullet(ln.text) and not _GENERAL.match(t)
                and not _SPECIFIC.match(t) and looks_like_place(t) and t not in {"-", "–", "—"}):
            sp = blocks.line_span(text, ln)
            if sp is not None:
                city_field(ctx, loc, sp, ln.no, name)
                continue
        kept.append(ln)
    place_from_prose(ctx, loc, kept, name)
    _page_city_first(ctx, loc)
    return loc, kept, dates


def _page_city_first(ctx: Ctx, loc: Location) -> None:
    """Issue 13: a name the event's text gives as its place that is both another country and a city of
    the page's country ("celebrado en Liberia" on Costa Rica's page) is that city: the page's country
    settles which of the two the text means (it never gives a place the text does not name)."""
    from rcpkg.loaders.places import country_info, resolve_city
    from rcpkg.loaders.records import PlaceMention

    p = loc.place
    iso2 = ctx.page.country
    if p is None or p.city_geonameid or not p.country_code or not iso2 or p.country_code == iso2:
        return
    city = resolve_city(p.span.exact, country=iso2, alternates=False)
    if city is None or city.country_code != iso2:
        return
    info = country_info(iso2)
    loc.place = PlaceMention(p.span, city_geonameid=city.geonameid, city_label_en=city.label_en,
                             city_label_es=city.label_es, country_code=iso2, country_geonameid=info.geonameid)


# --- issue 13 (country prose): country pages without objectives headings ----------------------------

def _after_list_heading(lines: list[Line]) -> int | None:
    """Index of the first line after the page's "Events in this country" heading, or None."""
    for i, ln in enumerate(lines):
        if _LIST_HEADING.match(blocks.clean(ln.text)):
            return i + 1
    return None


# a bullet's title ends at its parenthesis of place and dates, at a colon or a dash set off by spaces
# or at the full stop closing it before the sentence that tells the event ("Jornada sobre X. Con la …")
_BULLET_TITLE_END = re.compile(r"\s*\(|:\s|\t|\s[–—|-]\s|(?<=\w{3})\.\s+(?=[A-ZÁÉÍÓÚÑ])")


def _bullet_events(ctx: Ctx, lines: list[Line]) -> list[EventRecord]:
    """A country page listing its events as bullets, each the event's title, maybe its place and
    dates in parentheses ("(San José, 15 y 16 de mayo de 2019)", "(en línea, 7 de octubre de 2020)")
    or after a dash ("– Lima, 3 y 4 de mayo de 2019"), and the sentences that tell it (the following
    lines that are not bullets belong to it too). Only bullets after the page's list heading, or whose
    title names an event kind, are events. A page with no bullets may list its events one a line, each
    title followed by its place and dates in parentheses or after a dash (after the list heading)."""
    text = ctx.page.text
    first = _after_list_heading(lines)
    items: list[tuple[int, int, int]] = []  # (line index, title start, title end)
    bullets = any(blocks.is_bullet(ln.text) for ln in lines[first or 0:])
    for i, ln in enumerate(lines):
        if bullets:
            if not blocks.is_bullet(ln.text):
                continue
            s, e = blocks.bullet_body(ln.text, ln.start)
        else:
            if first is None or i < first or _labelled(blocks.clean(ln.text)) or _is_head_line(ln) \
                    or _is_date_line(ln):
                continue  # (issue 13 round 11: a head line "27 June 2019 | Tumbes, Peru" is no listed title)
            s, e = ln.stripped()
        body = text[s:e]
        m = _BULLET_TITLE_END.search(body)
        t_end = s + (m.start() if m else len(body.rstrip(" .")))
        title = text[s:t_end].strip()
        if len(title.split()) < 2 or title.endswith((".", ";")) or len(title) > 200 or _SECTION_WORD.match(title):
            continue
        if (first is None or i < first) and not detect_kind(title):
            continue
        if not bullets:  # a line of a plain list: its place or dates must follow its title
            if m is None or m.group().strip() not in ("(", "–", "—", "-", "|"):
                continue
            loc, dates, _ = _title_meta(Ctx(ctx.page), t_end, ln, title)  # (its warnings come when it is read)
            if loc.place is None and not loc.online and dates is None:
                continue
        items.append((i, s, t_end))
    if not items or not bullets and len(items) < 2 and items[0][0] != first:
        # issue 13 (round 13, country3): one line with a dash far below the list heading is no list (a footer,
        # "Secretaría Técnica – Oficina Regional · Buenos Aires"): a one-line list opens under its heading
        return []
    concerns = _page_preamble(ctx, lines[:items[0][0]])
    events = []
    for n, (i, ts, te) in enumerate(items):
        end_idx = items[n + 1][0] if n + 1 < len(items) else len(lines)
        ln = lines[i]
        loc, dates, body_start = _title_meta(ctx, te, ln, blocks.clean(text[ts:te]))
        if loc.place is None and not loc.online:
            # issue 13 (layout19): "Workshop on X, Guatemala City (14-15 September 2016)": the brackets give the
            # dates only, the place closes the title after a comma
            cut = _comma_place(text, ts, te)
            if cut is not None:
                loc, _ = place_and_date(ctx, cut[1], te, ln.no, blocks.clean(text[ts:cut[0]]))
                te = cut[0]
        titles, subtitle = titles_of(ctx, ts, te)
        body = []
        sp = blocks.span(text, body_start, ln.end)
        if sp is not None:
            lead = re.match(r"[\s.,;:–—-]*", text[sp.start:sp.end])
            s2 = sp.start + (lead.end() if lead else 0)
            if s2 < ln.end:
                body.append(Line(ln.no, s2, ln.end, text[s2:ln.end]))
        body += [x for x in lines[i + 1:end_idx] if not blocks.is_footer(x.text)]
        if n + 1 == len(items) and len(body) > 1:
            body = _trim_tail(ctx, body)  # issue 13 (fields16): a pager and the site's own line after the last item
        name = titles[0].text if titles else blocks.clean(ln.text)
        if loc.place is None and not loc.online:
            loc, body, meta_dates = _own_location(ctx, body, name)
            dates = dates or meta_dates
        end = body[-1].end if body else te
        event = build_event(ctx, n, span=Span.of(text, ts, end), titles=titles, subtitle=subtitle, body=body,
                            place=loc.place, online=loc.online, venue=loc.venue, title_line=ln.no)
        if dates is None:
            dates = description_dates(ctx, event.description)
        events.append(replace(loc.apply(event), concerns=concerns, dates=dates))
    return events



def _comma_place(text: str, ts: int, te: int) -> tuple[int, int] | None:
    """Where a title that ends with ", Place" ends and its place starts, when that place is a known one; else None."""
    from rcpkg.loaders.layouts.listing import location_suffix

    t = text[ts:te].rstrip()
    cut = location_suffix(t)
    if cut is None:
        return None
    head = t[:cut].rstrip()
    if not head.endswith(",") or len(head.split()) < 3 or resolve_place(t[cut:], alternates=False).problem:
        return None
    return ts + len(head) - 1, ts + cut


def _title_meta(ctx: Ctx, te: int, ln: Line, name: str):
    """The place (or online mode) and dates printed right after a listed event's title: in parentheses
    ("(Quetzaltenango, 12 y 13 de marzo de 2019)") or after a dash up to the sentence's end ("– Lima,
    3 y 4 de mayo de 2019."); and where the event's own text starts after them."""
    text = ctx.page.text
    rest = blocks.span(text, te, ln.end)
    if rest is None:
        return Location(), None, te
    if rest.exact.startswith("("):
        close = text.find(")", rest.start)
        if 0 < close <= ln.end:
            loc, dates = place_and_date(ctx, rest.start + 1, close, ln.no, name)
            return loc, dates, close + 1
    dash = re.match(r"[–—|-]\s+", rest.exact)
    if dash:
        start = rest.start + dash.end()
        stop = re.compile(r"\.(?:\s|$)").search(text, start, ln.end)
        end = stop.start() if stop else ln.end
        loc, dates = place_and_date(ctx, start, end, ln.no, name)
        if loc.place is not None or loc.online or dates is not None:
            return loc, dates, end
    return Location(), None, te


_PROSE_END = (".", ";", ":")


def _paragraph_events(ctx: Ctx, lines: list[Line], after_year: set[int] | frozenset[int] = frozenset()) -> list[EventRecord]:
    """A country page telling each event as a title line followed by its paragraph: a title-like
    line (no final stop, not a bullet) whose next line is prose (ends with a stop) or a date or
    place line. After the page's list heading any such line is an event's title; without that
    heading only one naming an event kind ("Workshop", "Reunión", …) is."""
    text = ctx.page.text
    first = _after_list_heading(lines)
    starts = _paragraph_starts(lines, first or 0, len(lines), need_kind=first is None, after_year=after_year)
    if not starts:
        return []
    # issue 13 (round 35): a date line that opens a block (after a blank line or a heading) with a title right under
    # it ("17–19 Sep 2008" / "VIII Conference on X" / "Montevideo" / its paragraph) is that title's date, not the
    # end of the block above; a heading line whose only "text" is such a date line is no event
    lead = {i: d for i in starts if (d := _lead_date(lines, _title_above(lines, i, first or 0, ctx.page.lang),
                                                     first or 0)) is not None}
    if lead:
        opened = set(lead.values())
        starts = [i for i in starts if i + 1 not in opened]
    top0 = _title_above(lines, starts[0], first or 0, ctx.page.lang)
    for ln in lines[:top0]:
        ctx.skipped.append(f"before the first event: line {ln.no}")
    concerns = page_country_place(ctx)
    if ctx.page.country is None:
        ctx.warn(None, "country page whose country is unknown (neither its URL nor the metadata says)")
    events = []
    firsts = [_title_above(lines, i, (starts[k - 1] + 1) if k else (first or 0), ctx.page.lang)
              for k, i in enumerate(starts)]
    for n, i in enumerate(starts):
        end_idx = (lead.get(starts[n + 1], firsts[n + 1])) if n + 1 < len(starts) else len(lines)
        top = firsts[n]
        ts, te = lines[top].stripped()
        te, t_loc, t_dates = _title_with_meta(ctx, lines[top], ts, te)
        titles, subtitle = titles_of(ctx, ts, te)
        if top < i and subtitle is None:
            subtitle = subtitle_of(ctx, lines[i], titles[0].lang if titles else None)
        body = lines[i + 1:end_idx]
        if n + 1 == len(starts):
            body = _trim_tail(ctx, body)
        name = titles[0].text if titles else blocks.clean(lines[top].text)
        loc, body, meta_dates = _own_location(ctx, body, name, t_loc)
        if i in lead and t_dates is None:
            ln_d = lines[lead[i]]
            meta_dates = date_line(ln_d.text, ln_d.start, order=ctx.date_order) or meta_dates
            if meta_dates is None and _is_month_line(ln_d):
                ctx.warn(ln_d.no, f"a date without a day not read for event {name!r}", blocks.clean(ln_d.text))
            elif meta_dates is None:
                ctx.warn(ln_d.no, f"a date not read (its day and month may be either way) for event {name!r}",
                         blocks.clean(ln_d.text))
        if loc.place is None and not loc.online and body and top == i and body[0] is lines[i + 1] \
                and (_wrapped_prose(lines, i + 1) or _one_line_prose(lines, i + 1)):
            # issue 13 (round 26): the place the paragraph's first sentence names ("Held in Tacna from …, the
            # dialogue …", "… convened in Arequipa a forum …") or its online mode; the sentence may run over lines
            k = _paragraph_end(lines, i + 1)
            p0, p1 = lines[i + 1].start, lines[k].end
            n_head = _para_head(text[p0:p1])
            if n_head is not None:
                # issue 13 (round 27): "Tarija, 17/11/2021. The Ombudsman …": the head's place and date
                meta_dates = _read_head(ctx, loc, Line(lines[i + 1].no, p0, p0 + n_head, text[p0:p0 + n_head]), name) \
                    or meta_dates
            else:
                _lead_place(ctx, loc, Line(lines[i + 1].no, p0, p1, text[p0:p1]), p0, name, prefer_city=True)
                if meta_dates is None:
                    # issue 13 (round 27): a first sentence that opens with the one date it gives ("In Oruro, on 9
                    # July 2019, the Directorate …", "El 9 de julio de 2019, en Oruro, …") dates the event
                    stop = _SENTENCE_END.search(text, p0, p1)
                    found = find_dates(text[p0:stop.start() if stop else p1], p0, order=ctx.date_order)
                    if len(found) == 1 and found[0].span.start - p0 <= _OPENING_DATE:
                        meta_dates = found[0]
        end = body[-1].end if body else lines[i].end
        event = build_event(ctx, n, span=Span.of(text, lines[lead[i]].start if i in lead else ts, end), titles=titles,
                            subtitle=subtitle, body=body, place=loc.place, online=loc.online, venue=loc.venue,
                            title_line=lines[top].no)
        dates = t_dates or meta_dates or description_dates(ctx, event.description)
        events.append(replace(loc.apply(event), concerns=concerns, dates=dates))
    return events


def _lead_date(lines: list[Line], top: int, lo: int) -> int | None:
    """Issue 13 (round 35): the index of the date line right above the title block starting at lines[top] when
    that line opens a block (a blank line, a skipped line or the start of the events above it) and is only a date
    ("17–19 Sep 2008", "8 al 10 de mayo de 2018", "2018-05-08"), or None. A date line printed under the text of
    the event above (no blank line between) stays that event's."""
    d = top - 1
    if d < lo or lines[top].no != lines[d].no + 1 or not (_is_date_line(lines[d]) or _is_month_line(lines[d])):
        return None
    if d > lo and lines[d - 1].no == lines[d].no - 1:
        return None
    return d


# --- issue 13 (country prose, sixth held-out set): paragraphs opening with the event's name --------

# where an event's name ends at the start of the paragraph that tells it: a colon ("XXIII Conferencia
# Regional sobre Migración: la Reunión …"), a dash before its place and dates ("… — online, 15-17
# September 2020."), a comma and a participle or relative clause (", celebrada en …", ", que tuvo lugar
# …", ", held in …"), or the verb of the sentence whose subject the name is ("… took place in", "… was
# held", "… brought together", "… met in", "… tuvo lugar", "… se celebró")
_LEAD_END = re.compile(
    r":\s|\s[–—]\s"
    r"|,\s+(?=(?:que|quien|el\s+cual|la\s+cual|celebrad[oa]|realizad[oa]|llevad[oa]|efectuad[oa]|desarrollad[oa]|"
    r"organizad[oa]|convocad[oa]|transmitid[oa]|inaugurad[oa]|held|which|that|organi[sz]ed|convened|hosted|"
    r"co-hosted|broadcast|streamed|taking|opened)\b)"
    r"|\s(?=(?:took\s+place|was|were|met|gathered|brought\s+together|convened|opened|closed|drew|welcomed|"
    r"se\s+(?:celebr[oó]|realiz[oó]|reuni[oó]|llev[oó]\s+a\s+cabo|desarroll[oó]|efectu[oó])|tuvo\s+lugar|"
    r"reuni[oó]|congreg[oó]|fue|sesion[oó]|convoc[oó])\b)")
# a sentence's own subject, never an event's name ("The workshop was held …", "Este taller se realizó …")
_LEAD_DETERMINER = re.compile(r"^(?:the|this|that|these|its|it|el|la|los|las|este|esta|estos|estas|su|sus|dicho|dicha)\b",
                              re.IGNORECASE)


def _lead_title(line: Line, listed: bool = False) -> int | None:
    """Where the event's name ends in a country page's paragraph that opens with it ("Workshop on X
    brought together …", "Reunión de la Red …, celebrada en …"), as an offset in the line's text;
    None when the paragraph does not open with an event's name. The name must name an event kind;
    under the page's list heading (`listed`), a name that reads as a title ("Dialogue on Refugee
    Integration") will do when its sentence dates the event."""
    t = line.text
    if blocks.is_bullet(t) or not blocks.clean(t).endswith(_PROSE_END):
        return None
    if ". " in t:
        cut = _title_sentence(t)
        if cut is not None:
            return cut
    m = _LEAD_END.search(t)
    if m is None:
        return None
    name = t[:m.start()].strip()
    words = name.split()
    if not 2 <= len(words) <= 25 or not (name[:1].isupper() or name[:1].isdigit()) or _LEAD_DETERMINER.match(name):
        return None
    if re.search(r"[.;!?]\s", name) or name.endswith((".", ";", ",")) or _SECTION_WORD.match(name):
        return None
    cut = len(t) - len(t.lstrip()) + len(name)
    if detect_kind(name) is None:
        rest = t[cut:]
        stop = _SENTENCE_END.search(rest)
        first = rest[:stop.start() if stop else len(rest)]
        if not (_titled(name) and (listed and find_dates(first) or _dash_place_year(rest))):
            return None
    return cut


# issue 13 (round 32): a paragraph's first sentence that is only the event's title ("Regional Workshop on X. On 4 March
# …", "Foro Regional sobre X. En junio de 2021 …"): its stop, then a capital
_TITLE_STOP = re.compile(r"(?<=[\w)])\.\s+(?=[A-ZÁÉÍÓÚÑ«\"“])")
# the only words a title printed as a sentence leaves in lower case (any other, "hosted", "discussed", is a verb's)
_TITLE_SMALL = frozenset("a al and at between by con contra de del e el en entre for from in la las los of on or para "
                         "por sobre the to with y".split())


def _title_sentence(t: str) -> int | None:
    """Issue 13 (round 32): where the event's title ends when the paragraph's first sentence is only that title: it
    names an event kind, has 2 to 20 words, no verb the lead names end at (`_LEAD_END`), and reads as a title (every
    word capitalised but articles and prepositions, so "Panama's Ministry hosted the meeting." is none); else None."""
    m = _TITLE_STOP.search(t)
    if m is None:
        return None
    name = t[:m.start()].strip()
    words = name.split()
    if not 2 <= len(words) <= 20 or not (name[:1].isupper() or name[:1].isdigit()) or _LEAD_DETERMINER.match(name):
        return None
    if re.search(r"[.;!?:,]", name) or _LEAD_END.search(name) or _SECTION_WORD.match(name):
        return None
    if any(w[:1].islower() and w.lower() not in _TITLE_SMALL for w in words) or detect_kind(name) is None:
        return None
    return len(t) - len(t.lstrip()) + len(name)


def _dash_place_year(rest: str) -> bool:
    """Issue 13 (round 30): the paragraph goes on after the event's name with a dash and a head that is only its
    place and year, closed by a stop ("… — Tegucigalpa, 2018. The …", "… — San José, 2021. El …"): a head as the
    dated ones, though a bare year is no date."""
    m = _DASH_HEAD.match(rest)
    if m is None:
        return False
    parts = _any_order_parts(rest, m.start(1), m.end(1))
    return parts is not None and {k for k, _s, _e in parts} >= {"place", "year"}


_DASH_HEAD = re.compile(r"\s*[–—]\s+([^–—.]{3,60}?)\.(?:\s|$)")


def _under_titled_head(lines: list[Line], i: int) -> bool:
    """Issue 13 (round 37): lines[i] is the paragraph of an event whose title and head line stand right above it
    ("Foro Nacional sobre X" / "📍 San Pedro Sula   📆 2019   🏷 Foro" / "Organizado por …"): its text, not an event
    whose name opens the paragraph."""
    if i < 2 or lines[i - 1].no != lines[i].no - 1 or lines[i - 2].no != lines[i].no - 2:
        return False
    return _dated_head(lines[i - 1]) and _could_be_title(lines[i - 2]) and not _dated_head(lines[i - 2])


def _lead_events(ctx: Ctx, lines: list[Line]) -> list[EventRecord]:
    """A country page telling each event in one paragraph that opens with the event's name, the name
    closed by the sentence's verb, a colon, a dash or a comma and a participle (see `_LEAD_END`); the
    name must name an event kind. Lines after a paragraph that open no event are its text when they
    are prose; a short line that is no prose ("Also in Peru") is outside every event. Only a page with
    two such paragraphs or more, and no bullets, is read so."""
    text = ctx.page.text
    if any(blocks.is_bullet(ln.text) for ln in lines):
        return []
    listed = _after_list_heading(lines)
    first = listed or 0
    items = [(i, _lead_title(ln, listed is not None)) for i, ln in enumerate(lines) if i >= first]
    items = [(i, cut) for i, cut in items if cut is not None and not _under_titled_head(lines, i)]
    if len(items) < 2:
        return []
    concerns = _page_preamble(ctx, lines[:items[0][0]])
    events = []
    for n, (i, cut) in enumerate(items):
        end_idx = items[n + 1][0] if n + 1 < len(items) else len(lines)
        ln = lines[i]
        ts, te = ln.start + len(ln.text) - len(ln.text.lstrip()), ln.start + cut
        titles, subtitle = titles_of(ctx, ts, te)
        name = titles[0].text if titles else blocks.clean(text[ts:te])
        loc, dates, body_start = _title_meta(ctx, te, ln, name)
        lead = re.match(r"[\s,:;.–—-]*", text[body_start:ln.end])
        s2 = body_start + (lead.end() if lead else 0)
        body = [Line(ln.no, s2, ln.end, text[s2:ln.end])] if s2 < ln.end else []
        for x in lines[i + 1:end_idx]:
            if blocks.is_footer(x.text) or not blocks.clean(x.text).endswith(_PROSE_END):
                ctx.skipped.append(f"outside any event: line {x.no}")
                continue
            body.append(x)
        if loc.place is None and not loc.online:
            loc, body, meta_dates = _own_location(ctx, body, name)
            dates = dates or meta_dates
        if loc.place is None and not loc.online:
            _lead_place(ctx, loc, ln, te, name)
        end = body[-1].end if body else te
        event = build_event(ctx, n, span=Span.of(text, ts, end), titles=titles, subtitle=subtitle, body=body,
                            place=loc.place, online=loc.online, venue=loc.venue, title_line=ln.no)
        if dates is None:
            dates = description_dates(ctx, event.description) or _lead_dates(ctx, ln, te)
        events.append(replace(loc.apply(event), concerns=concerns, dates=dates))
    return events


# the end of the paragraph's first sentence (not "U.S." nor "(IOM).": two lower-case letters before)
_SENTENCE_END = re.compile(r"(?<=[a-záéíóúñ)]{2})\.(?:\s+(?=[A-ZÁÉÍÓÚÑ«\"“])|\s*$)")
# "in San Pedro Sula", "en la Ciudad de Panamá", "en Montevideo": capitalised words after "in"/"en"
_LEAD_IN = re.compile(r"\b(?:[Ii]n|[Ee]n)\s+(?:(?:la|el|the)\s+)?(?P<p>[A-ZÁÉÍÓÚÑ][\w'-]*(?:\s+(?:de\s+|del\s+)?[A-ZÁÉÍÓÚÑ][\w'-]*){0,3})")
_LEAD_ONLINE = re.compile(r"\b(?:online|virtually|en\s+l[ií]nea|virtualmente|de\s+(?:manera|forma|modo)\s+virtual|"
                          r"(?:en\s+)?modalidad\s+virtual|in\s+(?:a\s+)?virtual\s+format|"
                          r"por\s+videoconferencia|by\s+videoconference)\b", re.IGNORECASE)


_MONTH_WORD = re.compile(r"(?:january|february|march|april|may|june|july|august|september|october|november|december|"
                         r"enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|"
                         r"noviembre|diciembre)\b", re.IGNORECASE)


def _lead_sentence(ln: Line, te: int) -> tuple[int, str]:
    """The first sentence of a paragraph opening with the event's name, after the name: its offset
    in the page and its text. That sentence's subject is the event, so what it dates and places is
    the event's."""
    rest = ln.text[te - ln.start:]
    m = _SENTENCE_END.search(rest)
    return te, rest[:m.start() if m else len(rest)]


def _lead_place(ctx: Ctx, loc: Location, ln: Line, te: int, name: str, prefer_city: bool = False) -> None:
    """The place ("… brought together … in San Pedro Sula on …", "… organizó en la Ciudad de Panamá
    este taller …") or online mode ("transmitido en línea el …") the sentence opening with the
    event's name states, when no other line did: the first "in"/"en" followed by capitalised words
    that name a known city or country (the longest such run)."""
    at, sentence = _lead_sentence(ln, te)
    country_only = None
    mode = _LEAD_ONLINE.search(sentence) if "virtual" in sentence or "nline" in sentence or "nea" in sentence \
        or "video" in sentence else None
    for m in _LEAD_IN.finditer(sentence):
        if mode is not None and mode.start() < m.start():
            break  # issue 13 (round 32): "En junio de 2021, en modalidad virtual, … la Oficina en Guatemala": the mode first
        if _MONTH_WORD.match(m.group("p")):
            continue  # issue 13 (round 34): "In March 2016 UNICEF …": a month, not the town of March
        words = list(re.finditer(r"\S+", m.group("p")))
        for k in range(len(words), 0, -1):
            cand = m.group("p")[:words[k - 1].end()]
            res = resolve_place(cand, alternates=False)
            if (res.city is not None or res.country is not None) and not res.problem and not res.online:
                start = at + m.start("p")
                sp = Span(start, start + len(cand), cand)
                if prefer_city and res.city is None:
                    # issue 13 (round 26): "the IOM Office in Peru convened in Arequipa": the city, not the
                    # country an office's name places
                    country_only = country_only or sp
                    break
                loc.place, _ = place_of(ctx, sp, ln.no, name)
                return
    if country_only is not None:
        loc.place, _ = place_of(ctx, country_only, ln.no, name)
        return
    m = mode
    if m:
        loc.online, loc.mode = True, Span(at + m.start(), at + m.end(), m.group())


def _lead_dates(ctx: Ctx, ln: Line, te: int):
    """The one dated phrase of the sentence opening with the event's name ("… met in Lima on 5 and 6
    December 2023", "… se reunió en Montevideo del 17 al 19 de septiembre de 2008"), else None."""
    at, sentence = _lead_sentence(ln, te)
    found = find_dates(sentence, at, order=ctx.date_order)
    return found[0] if len(found) == 1 else None


# --- issue 13 (h-country, round 11): an event's head line under its title -----------------------
# "Santa Cruz de la Sierra, 14 y 15 de agosto de 2024", "San Ignacio, Cayo District · 7 November 2022",
# "Wednesday, 25 May 2022 · 2:00–3:30 pm (CST) · Online", "República Dominicana, junio de 2011",
# a table row's cells cut by tabs: a short line (no sentence) that is only the event's place (or
# online mode) and dates, cut in parts at tabs, bars and middle dots; a clock time is no part of either.

# issue 13 (round 13, country3): a head line's parts may also be set apart by a run of spaces ("Quito   14/05/2024")
# or by the pictograms a CMS prints before them ("📍 Quito   📅 14/05/2024", "🗓 3 May 2019 ⏰ 10:00"): a symbol
# character (Unicode category So, with its variation selector) is a separator, never part of a place or date
_HEAD_SEP = re.compile(r"\t+|[ \t]+(?:\||·|•|—)[ \t]+|[ \t]{3,}|[ \t]*(?:[\u2190-\u21ff\u2300-\u2bff\U0001F000-\U0001FAFF]\ufe0f?)+[ \t]*")
_CLOCK = re.compile(r"\d{1,2}(?::\d{2}|\s*[ap]\.?\s?m\b)")
# a clock time, maybe a range, maybe with its zone: "(CST)", "(UTC-5)", "(hora de Lima)", and (round 13) "(local
# time)", "(Georgetown time)", "(hora local)"
_TIME_PART = re.compile(
    r"(?:(?:from|de|desde)\s+)?\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?\s?m\.?|h|hrs?\.?|horas)?"
    r"(?:\s*(?:[–—-]|to|a|hasta|until)\s*\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?\s?m\.?|h|hrs?\.?|horas)?)?"
    r"(?:\s*\(?\s*(?:[A-Z]{2,5}(?:\s*[+-−]\s*\d{1,2}(?::\d{2})?)?|hora\s+(?:de\s+[^()]{2,40}|local|oficial)|"
    r"[A-Z][\w'’ .-]{1,40}\s+time|local\s+time)\s*\)?)?", re.IGNORECASE)
# issue 13 (round 36): a head line's cell giving only the event's length ("four days", "2 days", "tres días", "una
# semana")
_DURATION = re.compile(r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|un[oa]?|dos|tres|cuatro|cinco|"
                       r"seis|siete|ocho|nueve|diez)\s+(?:full\s+|working\s+|h[aá]biles\s+)?(?:days?|weeks?|d[ií]as?|"
                       r"semanas?)(?:\s+(?:h[aá]biles|of\s+work(?:shops?)?|de\s+trabajo))?", re.IGNORECASE)
# issue 13 (round 13, country3): a year alone after the event's place ("Caracas, 2007", "Lima · 2019"): no
# date (no day), but the line is the event's head line
# a head line's closing full stop right after its year ("… de mayo de 2006.")
_YEAR_STOP = re.compile(r"(?<![\w/.-])(?:19|20)\d\d\.\s*$")
# "Encarnación (Itapúa)": a city and its region in parentheses
_REGION_PAREN = re.compile(r"([^(),]+?)\s*\(([^()]+)\)")
_YEAR_PART = re.compile(r"(?<![\w/.-])(?:19|20)\d\d(?![\w/.-])")
# a city with its district, department, province or region ("San Ignacio, Cayo District",
# "Tiquipaya, Cochabamba"): that city (the region is the second part, a known place of the same
# country or a capitalised name ending in a region word)
_REGION_WORD = re.compile(r"(?:district|department|province|state|region|county|parish|distrito|departamento|"
                          r"provincia|estado|regi[oó]n|municipio|cant[oó]n)\b", re.IGNORECASE)


def _city_with_region(value: str) -> int | None:
    """Where the city ends in "City, Region" (or "City (Region)", issue 13 fields17) when the whole does not
    resolve but the city does; else None."""
    paren = _REGION_PAREN.fullmatch(value)
    if "," not in value and paren is None or resolve_place(value).resolved:
        return None
    if paren is not None:
        head, tail = paren.group(1), paren.group(2)
    else:
        head, _, tail = value.partition(",")
    tail = tail.strip()
    city = resolve_place(head.strip(), alternates=False)
    if city.city is None or city.problem or not tail or len(tail.split()) > 4 or not tail[:1].isupper():
        return None
    rest = resolve_place(tail, alternates=False)
    same = rest.resolved and not rest.problem and (rest.country is None or city.country is None
                                                   or rest.country.iso2 == city.country.iso2)
    if same or _REGION_WORD.search(tail):
        return len(head.rstrip())
    if paren is not None and not rest.resolved and re.fullmatch(r"[\w'’ .-]+", tail):
        # issue 13 (fields17): "Encarnación (Itapúa)": a known city and, in parentheses, a name the gazetteer does
        # not know (its department): the city (a known place of another country is no such qualifier)
        return len(head.rstrip())
    return None


# issue 13 (round 37): a tag pictogram ("🏷", "🔖") before a head line's last cell: that cell is the event's tag
_TAG_MARKS = ("\U0001F3F7", "\U0001F516")


def _kind_cell(seg: str, tagged: bool) -> bool:
    """A head line's last cell that only names the event's kind ("Workshop", "Reunión", "Taller virtual") or, after
    a tag pictogram, a short tag without digits ("GRCM"); not a place the gazetteer knows."""
    if not seg or len(seg.split()) > 4 or any(ch.isdigit() for ch in seg) or not re.fullmatch(r"[\w'’\- ]+", seg):
        return False
    if tagged:
        return True
    if detect_kind(seg) is None:
        return False
    res = resolve_place(seg)
    return not (res.online or res.hybrid or res.resolved and not res.problem and looks_like_place(seg))


def _head_parts(text: str, start: int, end: int, order: str | None = None):
    """The parts of a head line text[start:end] as (kind, start, end): "date" (one dated phrase),
    "month" (a month and year, no day), "place" (a place, online or hybrid marker the gazetteer
    knows), "unknown" (a capitalised name it does not know, a place to warn about), "time"; None
    when the text is anything else (a sentence, a title)."""
    from rcpkg.loaders.layouts.heads import MONTH_YEAR

    line = text[start:end]
    t = line.strip()
    if _YEAR_STOP.search(t):
        # issue 13 (fields17): a head line closed by a full stop after its year ("Asunción, 4 y 5 de mayo de
        # 2006.", "Lima, 3 May 2019."): the stop is no part of it (a sentence still fails the parts below)
        end = start + line.rstrip().rfind(".")
        line = text[start:end]
        t = line.strip()
    if not t or len(t) > 140 or t.endswith((".", ";", ":", "!", "?")) and not re.search(r"\b[ap]\.m\.$", t):
        return None
    cuts, pos, tagged = [], 0, False
    for m in _HEAD_SEP.finditer(line):
        cuts.append((pos, m.start()))
        pos = m.end()
        tagged = any(c in m.group() for c in _TAG_MARKS)
    cuts.append((pos, len(line)))
    parts = []
    for n, (a, b) in enumerate(cuts):
        seg = line[a:b]
        if not seg.strip():
            continue
        if n and n == len(cuts) - 1 and _kind_cell(seg.strip(), tagged):
            # issue 13 (round 37): the line's last cell names the event's kind or is its tag ("📍 Tegucigalpa   📆
            # 2019   🏷 Foro", "Belmopan ◆ 2–4.10.2018 ◆ Workshop"): no place, no date; the line is still a head line
            parts.append(("kind", start + a, start + b))
            continue
        if heads._NO_DATE_CELL.fullmatch(seg.strip()):
            # issue 13 (round 37): a cell saying the date is not known yet ("San Ignacio ◆ date to be announced"):
            # no date, no warning; the line is still a head line
            parts.append(("time", start + a, start + b))
            continue
        if _CLOCK.search(seg) and _TIME_PART.fullmatch(seg.strip()):
            parts.append(("time", start + a, start + b))
            continue
        if (" d" in seg or " w" in seg or " s" in seg) and _DURATION.fullmatch(seg.strip()):
            # issue 13 (round 36): the event's length ("Panama City | 2012 | four days", "Lima · 2019 · tres días"):
            # no date, no place; the line is still the event's head line
            parts.append(("time", start + a, start + b))
            continue
        found = find_dates(seg, 0, order=order)
        if len(found) > 1:
            return None
        holes = [(found[0].span.start, found[0].span.end)] if found else []
        if found:
            parts.append(("date", start + a + holes[0][0], start + a + holes[0][1]))
        else:
            my = MONTH_YEAR.search(seg)
            if my:
                holes = [(my.start(), my.end())]
                parts.append(("month", start + a + my.start(), start + a + my.end()))
            elif (dm := _yearless(seg)) is not None:
                # issue 13 (round 12): a day and month without a year ("Nov 4–6 — Santiago" under a
                # timeline's year heading): its year is the heading's (see `_read_head`)
                holes = [dm]
                parts.append(("day", start + a + dm[0], start + a + dm[1]))
            elif len(years := list(_YEAR_PART.finditer(seg))) == 1:
                holes = [(years[0].start(), years[0].end())]
                parts.append(("year", start + a + holes[0][0], start + a + holes[0][1]))
        bounds = [0] + [x for h in holes for x in h] + [len(seg)]
        for x, y in zip(bounds[::2], bounds[1::2]):
            piece = seg[x:y]
            lead = len(piece) - len(piece.lstrip(" \t,;|·–—-"))
            piece = piece.strip(" \t,;|·–—-")
            if not piece:
                continue
            ps = start + a + x + lead
            pe = ps + len(piece)
            if found and _CLOCK.search(piece) and _TIME_PART.fullmatch(piece):
                parts.append(("time", ps, pe))  # "Wed, 10/06/2021 - 10:00 (local time)": the date's clock time
                continue
            prep = re.match(r"(?:in|en)\s+", piece)
            if prep and not resolve_place(piece).resolved:
                ps, piece = ps + prep.end(), piece[prep.end():]
            res = resolve_place(piece)
            if (res.resolved and not res.problem and looks_like_place(piece)) or res.online or res.hybrid:
                parts.append(("place", ps, pe))
            elif (cut := _city_with_region(piece)) is not None:
                parts.append(("place", ps, ps + cut))
            elif piece[:1].isupper() and len(piece.split()) <= 4 and re.fullmatch(r"[\w'’\- ,]+", piece) \
                    and detect_kind(piece) is None:
                parts.append(("unknown", ps, pe))
            else:
                return None
    kinds = {k for k, _s, _e in parts}
    if not kinds & {"date", "month", "place", "day"}:
        return None
    if kinds & {"day", "year"} and not kinds & {"place", "unknown"}:
        return None  # a day and month (or a year) alone is no head line ("4 de mayo" may be a date in a sentence)
    if "year" in kinds and len([p for p in parts if p[0] not in ("time", "kind")]) != 2:
        return None  # a year only with the event's place ("Caracas, 2007"), nothing else
    if "unknown" in kinds and not kinds & {"date", "month", "day", "year"}:
        return None  # a name alone, or with a clock time, may be anything: a title, a heading
    return parts


def _any_order_parts(text: str, start: int, end: int):
    """The head-line parts of text[start:end] whatever the order of a numeric date's day and month (issue 13
    round 13: "📍 Asunción   📅 12/08/2022" is a head line even where the page does not say which order it
    writes; its date is read, or warned about, in the page's order by `_read_head`)."""
    for order in (None, "dmy", "mdy"):
        parts = _head_parts(text, start, end, order)
        if parts is not None:
            return parts
    return None


def _is_head_line(line: Line) -> bool:
    """A line that is only an event's place and dates (see `_head_parts`), not a list of places."""
    parts = _any_order_parts(line.text, 0, len(line.text))
    if parts is None:
        return False
    places = [p for p in parts if p[0] in ("place", "unknown")]
    return len(places) <= 2 or any(p[0] in ("date", "month", "day", "year") for p in parts)


def _read_head(ctx: Ctx, loc: Location, ln: Line, name: str, start: int | None = None):
    """The place (or online mode) and dates of an event's head line (from `start` on) read into `loc`;
    the dates, or None."""
    text = ctx.page.text
    at = ln.start if start is None else start
    parts = _head_parts(text, at, ln.end, ctx.date_order) or _any_order_parts(text, at, ln.end) or []
    dates = None
    for kind, s, e in parts:
        sp = Span(s, e, text[s:e])
        if kind in ("place", "unknown"):
            city_field(ctx, loc, sp, ln.no, name)
        elif kind == "date" and dates is None:
            found = find_dates(sp.exact, s, order=ctx.date_order)
            dates = found[0] if found else None
            if dates is None:
                ctx.warn(ln.no, f"a date not read (its day and month may be either way) for event {name!r}", sp.exact)
        elif kind == "day" and dates is None:
            dates = _day_in_heading_year(ctx, sp, ln, name)
        elif kind in ("year", "month"):
            # a year or a month with no day: the event is not dated by it (a date is never guessed)
            ctx.warn(ln.no, f"a date without a day not read for event {name!r}", sp.exact)
    return dates


# issue 13 (round 12): a timeline's year heading, a year alone on its line ("2016", "Año 2019", "2019:")
# issue 13 (round 29): the year may sit between rule characters ("— 2014 —", "== 2019 ==", "[2021]", "## 2016")
_YEAR_HEADING = re.compile(r"^\s*(?:[—–=#*·•\[(-]+\s*)?(?:(?:year|a[nñ]o)\s+)?(?P<y>(?:19|20)\d\d)\s*:?\s*(?:[—–=#*·•\])-]+\s*)?$",
                           re.IGNORECASE)


def _yearless(seg: str) -> tuple[int, int] | None:
    """Where the one day-and-month phrase without a year of `seg` is ("Nov 4–6", "12 al 14 de octubre"),
    or None (no such phrase, or more than one)."""
    from rcpkg.loaders.layouts.news import yearless_dates

    got = yearless_dates(seg, 0, len(seg), 2000)  # (a leap year: any day of a calendar is read)
    if len(got) != 1:
        return None
    return got[0].span.start, got[0].span.end


def _heading_year(text: str, pos: int) -> Span | None:
    """The year of the nearest timeline year heading above `pos` (a line that is only a year), or None."""
    for m in reversed(list(re.finditer(r"(?m)^[^\n]*$", text[:pos]))):
        y = _YEAR_HEADING.match(m.group())
        if y:
            return Span(m.start() + y.start("y"), m.start() + y.end("y"), y.group("y"))
    return None


def _day_in_heading_year(ctx: Ctx, sp: Span, ln: Line, name: str):
    """The dates of a day-and-month phrase without a year in a head line (`sp`), read in the year of the
    timeline's year heading above it (the heading's year a part of the range's evidence); with no such
    heading, no date and a warning (a year is never guessed)."""
    from rcpkg.loaders.layouts.news import yearless_dates

    year = _heading_year(ctx.page.text, ln.start)
    if year is None:
        ctx.warn(ln.no, f"a date without a year and no year heading above it for event {name!r}", sp.exact)
        return None
    got = yearless_dates(ctx.page.text, sp.start, sp.end, int(year.exact))
    if not got:
        ctx.warn(ln.no, f"a date without a year not read for event {name!r}", sp.exact)
        return None
    return replace(got[0], parts=(year,))


# issue 13 (round 13, country3): the page's cross-references after its last event ("See also: …", "Related pages:
# …", "Ver también: …", "Enlaces relacionados: …") are no field of the event, though printed as a labelled line
_SEE_ALSO = re.compile(
    r"^(?:see\s+also|related(?:\s+(?:pages?|links?|content|countries|documents?|resources?))?|other\s+(?:member\s+)?"
    r"(?:countries|states|pages)|useful\s+links|more\s+on\s+[^:]{1,40}|v[eé]ase\s+tambi[eé]n|ver\s+tambi[eé]n|"
    r"(?:p[aá]ginas|enlaces|contenidos?|documentos?)\s+relacionad[oa]s|otros\s+(?:pa[ií]ses|estados)(?:\s+miembros)?|"
    r"enlaces\s+de\s+inter[eé]s|m[aá]s\s+sobre\s+[^:]{1,40})\s*:", re.IGNORECASE)


# issue 13 (fields15): the page's share line or its pager after the last event's text, no field of the event
_SHARE_OR_PAGER = re.compile(
    r"(?:share(?:\s+this(?:\s+page)?)?|compartir(?:\s+en)?|s[ií]guenos(?:\s+en)?|follow\s+us(?:\s+on)?)\s*:?\s"
    r"|[‹«<←]?\s*(?:previous|prev|anterior)\b[^.]{0,80}?\b(?:next|siguiente)\b", re.IGNORECASE)


_LIST_OPEN = ("·", ",", "|", "•", "/")


def _trim_tail(ctx: Ctx, body: list[Line]) -> list[Line]:
    """The last event's lines without the page's own lines after its text (issue 13 round 11): after
    the last prose line, a line that is no field of the event — a back link ("← Back to Member
    Countries", "Ver todos los países"), the site's list of countries, a footer — is outside any event."""
    prose = [k for k, x in enumerate(body) if blocks.clean(x.text).endswith(_PROSE_END)]
    if not prose:
        return body
    keep = prose[-1] + 1
    listed = False  # issue 13 (round 26): the site's list of countries ("Other countries: A · B ·") left open
    for x in body[keep:]:
        t = blocks.clean(x.text)
        if not re.search(r"[^\W_]", t):
            continue  # a rule ("---", issue 13 fields15: "_____")
        if listed or _SEE_ALSO.match(t):
            # its next line ("Uruguay · Venezuela") runs the list on: no field of the event (a country, no place)
            listed = t.endswith(_LIST_OPEN) or (listed and "·" in t)
            if listed or _SEE_ALSO.match(t):
                continue
        if _SHARE_OR_PAGER.match(t) or blocks.is_pager(t):
            continue  # issue 13 (fields15): "Compartir: Facebook · X", "Previous: Brazil  Next: Colombia": no field
        if _labelled(t) and labels.find(t) is None and x is body[-1] and not re.search(r"\d", t) \
                and not _is_location_line(x):
            # issue 13 (round 36): the page's last line, labelled with no field's label ("Secretaría Técnica de la
            # CSM: Oficina Regional de la OIM para América del Sur"): the site's footer, no field of the event
            continue
        if (_labelled(t) and not _SEE_ALSO.match(t)) or _is_location_line(x) or _is_date_line(x) or _nav_free_meta(x) \
                or _is_head_line(x) or _BARE_LABEL.match(t):
            return body  # a field of the event after its text ("Location: Lima")
    for x in body[keep:]:
        ctx.skipped.append(f"outside any event: line {x.no}")
    return body[:keep]


# --- issue 13 (round 12): a table of events, one a row ----------------------------------------------
# A country page may list its events as a table flattened to text, Markdown-like ("Actividad | Fecha |
# Lugar | Participación", a rule "--- | --- | ---", then a row per event) or with tabs: its header row names
# the columns. The title column is the one named for events ("Activity", "Evento", "Título"), else the
# first; a date column ("Date", "Fecha") and a place column ("Place", "Lugar", "Ciudad", "Sede") give the
# event's dates and place; every other cell is the event's text (its roles, "Participación").

_CELL_SEP = re.compile(r"[ \t]*\|[ \t]*|\t+")
_RULE_ROW = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?\s*$")
_TITLE_COL = re.compile(r"^(?:activit(?:y|ies)|actividad(?:es)?|events?|eventos?|t[ií]tulo|title|name|nombre|"
                        r"meetings?|reuni[oó]n(?:es)?|encuentros?)$", re.IGNORECASE)
_DATE_COL = re.compile(r"^(?:dates?|fechas?|when|cu[aá]ndo|period|periodo|per[ií]odo|d[ií]as?|year|a[nñ]o)$",
                       re.IGNORECASE)
_PLACE_COL = re.compile(r"^(?:place|venue|location|city|where|lugar|sede|ciudad|d[oó]nde|localidad|"
                        r"place\s*/\s*mode|lugar\s*/\s*modalidad|modalidad|mode)$", re.IGNORECASE)


def _cells(text: str, ln: Line) -> list[tuple[int, int]]:
    """The cells of a table row as page offsets (without the row's outer bars and the blanks round them)."""
    raw = ln.text
    out, pos = [], 0
    for m in list(_CELL_SEP.finditer(raw)) + [None]:
        a, b = pos, (m.start() if m else len(raw))
        seg = raw[a:b]
        lead = len(seg) - len(seg.lstrip())
        out.append((ln.start + a + lead, ln.start + a + len(seg.rstrip())))
        pos = m.end() if m else len(raw)
    if out and out[0][0] >= out[0][1] and raw.lstrip().startswith("|"):
        out = out[1:]
    if out and out[-1][0] >= out[-1][1] and raw.rstrip().endswith("|"):
        out = out[:-1]
    return out


def _table_header(text: str, lines: list[Line]) -> tuple[int, dict[str, int], int] | None:
    """The table's header row: (its index, the columns by what they give, the number of columns), or None.
    A header is a row of three cells or more, each a short name, of which one names a date or a place
    column, followed by a rule row or by a row of as many cells."""
    for i, ln in enumerate(lines[:-1]):
        cells = _cells(text, ln)
        if len(cells) < 3 or not _CELL_SEP.search(ln.text):
            continue
        cols = _header_cols([blocks.clean(text[a:b]).rstrip(":") for a, b in cells])
        if cols is None:
            continue
        return i, cols, len(cells)
    return None


def _header_cols(names: list[str]) -> dict[str, int] | None:
    """The columns of a header row's names by what they give (title, date, place), or None when no name is
    a header's (a long name, a sentence) or none names a date or a place column."""
    if any(not n or len(n.split()) > 4 or n.endswith(".") for n in names):
        return None
    cols: dict[str, int] = {}
    for k, n in enumerate(names):
        for key, rx in (("title", _TITLE_COL), ("date", _DATE_COL), ("place", _PLACE_COL)):
            if key not in cols and rx.match(n):
                cols[key] = k
    if "date" not in cols and "place" not in cols:
        return None
    if "title" not in cols:
        free = [k for k in range(len(names)) if k not in cols.values()]
        if not free:
            return None
        cols["title"] = free[0]
    return cols


# issue 13 (round 25): a table aligned with blanks ("Event   When   Where   With", cells two blanks or more
# apart, a long cell running on over the next lines in its own column): the columns are where the header's
# names start; a row starts at the title column, a line indented past it continues the open row's cells.
_GAP = re.compile(r"\S+(?: \S+)*")


def _segments(raw: str) -> list[tuple[int, int]]:
    """The runs of a line cut at two blanks or more, as (start, end) in the line."""
    return [m.span() for m in _GAP.finditer(raw)]


def _aligned_header(text: str, lines: list[Line]) -> tuple[int, dict[str, int], list[int]] | None:
    for i, ln in enumerate(lines[:-1]):
        raw = ln.text
        if "  " not in raw or "\t" in raw or "|" in raw:
            continue
        segs = _segments(raw)
        if len(segs) < 3:
            continue
        cols = _header_cols([raw[a:b].rstrip(":") for a, b in segs])
        if cols is None:
            continue
        return i, cols, [a for a, _ in segs]
    return None


def _column_of(starts: list[int], pos: int) -> int:
    """The column a run starting at `pos` falls in (a run may start a blank or two before its column)."""
    k = 0
    for c, s in enumerate(starts):
        if pos >= s - 2:
            k = c
    return k


def _aligned_rows(ctx: Ctx, lines: list[Line], hi: int, starts: list[int]):
    """The rows of an aligned table after its header: (line, cells, continued pieces by column). A cell of the
    last column that runs on is one cell (only blanks lie between its lines); another column's further lines
    are kept as pieces. The table ends at the first line that is neither a row nor a row's continuation."""
    text = ctx.page.text
    rows: list[tuple[Line, list[tuple[int, int]], dict[int, list[tuple[int, int]]]]] = []
    width, last = len(starts), len(starts) - 1
    prev = lines[hi]
    for ln in lines[hi + 1:]:
        raw = ln.text
        segs = _segments(raw)
        if not segs:
            continue
        gap = ln.no > prev.no + 1
        lead = segs[0][0]
        if lead <= starts[0] + 1 and len(segs) >= 2 and "\t" not in raw:
            cells: list[tuple[int, int] | None] = [None] * width
            for a, b in segs:
                c = _column_of(starts, a)
                if cells[c] is None:
                    cells[c] = (ln.start + a, ln.start + b)
                else:  # two runs in one column: one cell with a double blank inside
                    cells[c] = (cells[c][0], ln.start + b)
            rows.append((ln, [c or (ln.start + len(raw), ln.start + len(raw)) for c in cells], {}))
        elif rows and not gap and lead >= starts[1] - 2:
            row_ln, cells, more = rows[-1]
            for a, b in segs:
                c = _column_of(starts, a)
                if c == last and cells[c][1] > cells[c][0]:
                    cells[c] = (cells[c][0], ln.start + b)
                elif cells[c][1] <= cells[c][0]:
                    cells[c] = (ln.start + a, ln.start + b)
                else:
                    more.setdefault(c, []).append((ln.start + a, ln.start + b))
        else:
            if rows:
                ctx.skipped.append(f"outside any event: line {ln.no}")
                break
            return []
        prev = ln
    return rows


def _table_events(ctx: Ctx, lines: list[Line]) -> list[EventRecord]:
    """The events of a table of events with a text column (see above), one a row after its header (and
    rule) row; the lines that are no row are outside any event (a source line, the site's footer)."""
    text = ctx.page.text
    found = _table_header(text, lines)
    aligned = None
    if found is None:
        aligned = _aligned_header(text, lines)
        if aligned is None:
            return []
        hi, cols, starts = aligned
        width = len(starts)
        heads_ = [text[lines[hi].start + a:lines[hi].start + b].rstrip(":") for a, b in _segments(lines[hi].text)]
    else:
        hi, cols, width = found
        heads_ = [blocks.clean(text[a:b]).rstrip(":") for a, b in _cells(text, lines[hi])]
    roles = {c: h for c, h in enumerate(heads_) if c not in cols.values() and labels.role_of(h, coordinating=True)}
    if width == len(set(cols.values())):
        # no text column: the rows' text is under them, read with the page's other titles and head lines
        # (a tab row "Title<TAB>date<TAB>place" is a title with its place and dates, `_title_with_meta`)
        return []
    rows: list[tuple[Line, list[tuple[int, int]], dict[int, list[tuple[int, int]]]]] = []
    k = hi + 1
    if aligned is not None:
        rows = _aligned_rows(ctx, lines, hi, aligned[2])
    else:
        if k < len(lines) and _RULE_ROW.match(lines[k].text):
            k += 1
        prev_no = -2
        for ln in lines[k:]:
            if blocks.is_footer(ln.text):
                ctx.skipped.append(blocks.footer_note(ln))
                continue
            cells = _cells(text, ln)
            if len(cells) == width - 1 and rows and ln.text[:1] in (" ", "\t") and ln.text.lstrip().startswith("|") \
                    and not lines[hi].text.lstrip().startswith("|"):
                cells = [(ln.start, ln.start)] + cells  # (a blank first cell before the first bar, no outer bar)
            if len(cells) == width and all(b > a for a, b in cells[:1]):
                rows.append((ln, cells, {}))
                prev_no = ln.no
            elif rows and len(cells) == width and ln.no == prev_no + 1 and any(b > a for a, b in cells):
                # issue 13 (round 26): a row whose first cell is blank continues the row above, cell by cell (a
                # long cell wrapped onto the next line of the table, "|   |   | with X; funded by Y.")
                row_cells = rows[-1][1]
                for c, (a, b) in enumerate(cells):
                    if b <= a:
                        continue
                    if c == width - 1 and row_cells[c][1] > row_cells[c][0] and c not in rows[-1][2]:
                        row_cells[c] = (row_cells[c][0], b)  # the last cell runs on: one cell (its bars no text)
                    else:
                        rows[-1][2].setdefault(c, []).append((a, b))
                prev_no = ln.no
            elif rows:
                ctx.skipped.append(f"outside any event: line {ln.no}")  # a row tells its event in its text cell
    if not rows:
        return []
    concerns = _page_preamble(ctx, lines[:hi + 1] + ([lines[hi + 1]] if k == hi + 2 else []))
    events = []
    for n, (ln, cells, more) in enumerate(rows):
        for c, pieces in more.items():
            if c in (cols["title"], cols.get("date"), cols.get("place")):
                ctx.warn(ln.no, f"a table cell runs on over {len(pieces)} more line(s), not read",
                         blocks.clean(" ".join(text[a:b] for a, b in pieces))[:80])
        ts, te = cells[cols["title"]]
        if te <= ts:
            ctx.warn(ln.no, "a table row with no event title", blocks.clean(ln.text)[:80])
            continue
        titles, subtitle = titles_of(ctx, ts, te)
        name = titles[0].text if titles else blocks.clean(text[ts:te])
        loc, dates = Location(), None
        if "place" in cols:
            a, b = cells[cols["place"]]
            sp = blocks.span(text, a, b)
            if sp is not None and sp.exact.strip(" -–—") and sp.exact.strip().lower() not in ("n/a", "s/d", "—"):
                city_field(ctx, loc, sp, ln.no, name)
        if "date" in cols:
            a, b = cells[cols["date"]]
            if b > a:
                got = find_dates(text[a:b], a, order=ctx.date_order)
                if len(got) == 1:
                    dates = got[0]
                elif text[a:b].strip(" -–—"):
                    ctx.warn(ln.no, f"date cell not read for event {name!r}", text[a:b])
        rest = [(c, a, b) for c, (a, b) in enumerate(cells)
                if c not in (cols["title"], cols.get("date"), cols.get("place")) and b > a]
        # issue 13 (fields17): a cell under a role column ("Organized by", "Participantes") is a field of that role,
        # a section under the column's name (as a listing's table reads it); the other cells are the event's text
        body = [Line(ln.no, a, b, text[a:b]) for c, a, b in rest if c not in roles]
        body += [Line(ln.no, a, b, text[a:b]) for c, pieces in more.items()
                 if c not in (cols["title"], cols.get("date"), cols.get("place")) and c not in roles
                 for a, b in pieces]
        sections = [Section(roles[c], sp) for c, a, b in rest if c in roles and (sp := blocks.span(text, a, b))]
        if loc.place is None and not loc.online:
            place_from_prose(ctx, loc, body, name)
        event = build_event(ctx, len(events), span=Span.of(text, ts, cells[-1][1]), titles=titles,
                            subtitle=subtitle, body=body, place=loc.place, online=loc.online, venue=loc.venue,
                            title_line=ln.no)
        if sections:
            event = replace(event, sections=event.sections + tuple(sections))
        # issue 13 (round 25): a cell the aligned table read over several lines is one text (its breaks are soft)
        runs = tuple((a, b) for a, b in cells if b > a and "\n" in text[a:b])
        if runs:
            event = replace(event, cells=runs)
        if dates is None:
            dates = description_dates(ctx, event.description)
        events.append(replace(loc.apply(event), concerns=concerns, dates=dates))
    return events
