"""Layout 3: a field-labelled listing (a topic page).

Per event: the title (maybe a sub-title line), then label/value pairs —
"Ciudad"/"City", "Lugar"/"Venue", "Fecha"/"Date"/"Date and time" (may be empty), "Acerca del
evento"/"About the event"/"Summary", "Institución Coordinadora"/"Coordinating
institution"/"Coordination", "Organizers"/"Organizadores" (text, read under its role heading),
"Email" — each label on its own line with the value on the
next line(s), or inline ("City: San José").

Event boundaries: a label already seen in the current event starts the next
event; the lines between the previous label and it hold the previous value
and the next event's title. A one-line field (city, venue, date, email,
coordinator) takes at most one line as its value, and only a line that looks
like such a value (an address with "@" for an email, a date for a date, a
place for a city); a many-line field (about, institutions, documents) keeps
all lines but the last, which is the title. When two lines are left for a
title, they are title and sub-title — unless only the second names a kind of
event, then the first is a page heading (skipped).

Location fields are read by :mod:`rcpkg.loaders.layouts.locations`: "Lugar:
Virtual" is the online mode, not a venue; "Lugar: Hot" (cut short) is no
venue, and a warning.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from rcpkg.loaders.dates import date_line, date_line_problem, find_dates
from rcpkg.loaders.folding import fold_text
from rcpkg.loaders.kinds import detect_kind
from rcpkg.loaders.layouts import blocks, labels
from rcpkg.loaders.layouts.assemble import Ctx, build_event, documents_in, subtitle_of, titles_of
from rcpkg.loaders.layouts.blocks import Line
from rcpkg.loaders.layouts.locations import IN_PERSON, Location, city_field, fact_field, field_dates, mode_field, venue_field
from rcpkg.loaders.places import looks_like_place, read_venue, resolve_place
from rcpkg.loaders.records import DateRange, EventRecord, Span

# issue 13 (h-labels): the labels are those of loaders.layouts.labels, in any wording; a label's key here
_KEYS = {"place": "venue", "audience": "about"}
_ONE_LINE = {"city", "venue", "date", "dateend", "email", "coordinator", "country", "mode", "dateplace", "ignore"}
# issue 13 (fields2): the fields a site's menu or header shares its words with ("Events", "Resources", "Documents",
# "Contact", "Tags"): printed alone above the first event, they are no field of it
_CHROME_KEYS = {"documents", "email", "ignore", "about", "coordinator"}


@dataclass
class _Field:
    key: str
    line: Line
    value_start: int | None  # offset of an inline value
    lines: list[Line] = field(default_factory=list)


@dataclass
class _Event:
    title_lines: list[Line]
    fields: list[_Field] = field(default_factory=list)
    extra: list[Line] = field(default_factory=list)  # unlabelled lines after a one-line field's value
    apart: bool = False  # a blank line above the title (issue 13, fields34)

    def keys(self) -> set[str]:
        return {f.key for f in self.fields}


def _label(line: Line) -> tuple[str, int | None] | None:
    lab = labels.find(line.text)
    if lab is None:
        lab = labels.find_date_part(line.text)  # issue 13 (fields2): "Fecha de inicio:", "End date"
    if lab is None or lab.key == "unknown":
        return None
    key = f"role:{lab.role}" if lab.key == "role" else _KEYS.get(lab.key, lab.key)
    if key == "date" and labels.is_end_date(lab.text):  # issue 13 (fields2): "Fecha de finalización:", "End date"
        key = "dateend"
    if lab.value_start is not None:
        return key, line.start + lab.value_start
    return key, None


def _field_not_footer(line: Line) -> bool:
    """issue 13 (round 31): a known label, a dash or bar, then items set apart by middle dots ("▪ Participants —
    Chile · Peru · Ecuador", "Co-organiza | X · Y") reads as a signature of three parts: it is the event's field
    (a role, a date or a place), not the page's footer. Called only on a line taken for a footer."""
    lab = _label(line)
    return lab is not None and lab[1] is not None and lab[0] != "ignore" and lab[0] not in _CHROME_KEYS


def _value_under_label(current: _Event | None, pending: list[Line], ln: Line) -> bool:
    """issue 13 (round 32): the line right under a role label alone ("Participating countries" / "Chile · Peru ·
    Ecuador", "Países invitados" / "Bolivia · Paraguay · Uruguay"), its items set apart by middle dots or bars: the
    field's value, not the page's footer (a signature it looks like)."""
    if current is None or pending or not current.fields:
        return False
    last = current.fields[-1]
    return last.value_start is None and not last.lines and ln.no == last.line.no + 1 and last.key.startswith("role:")


def _same_role_again(ev: _Event, key: str, ln: Line, pending: list[Line]) -> bool:
    """issue 13 (mentions): a second label of a role the event has, in other words, right under the first's value
    ("Academic partner: X" / "Delivered by: Y", both organizers; "Language: …" / "Tags: …"): the same event, not the
    next one (the next event's title stands between its fields and the last event's)."""
    last = ev.fields[-1]
    # (a label alone whose text is under it, "Description:" / the paragraph, holds the lines before the next label)
    held = not pending or last.key == "about" and last.value_start is None and len(pending) == 1 \
        or _continues(last, pending) or _indented_value(last, pending) \
        or last.value_start is None and not last.lines and len(pending) == 1 and pending[0].no == last.line.no + 1 \
        or _listed_under(ev, last, pending, ln)
    # (issue 13, round 30: the one line right under a label alone is its value, "Moderación" / "Registraduría …" /
    # "Participación": another label of the same role under it is the same event's)
    # issue 13 (event28): "Lugar — Bogotá · University X" / "Sede — University X": a venue's label under the place's
    # label, with no title between them, is the same event's
    return (key.startswith("role:") or key in ("ignore", "venue")) and held and all(
        _label_text(f.line) != _label_text(ln) for f in ev.fields if f.key == key)


def _listed_under(ev: _Event, last: _Field, pending: list[Line], ln: Line) -> bool:
    """issue 13 (fields34): a label alone in capitals or not ("SPEAKERS", "Ponentes") with its items one a line right
    under it and another label right under them, in an event set apart by a blank line above its title and printed
    tight so far: all the items are the label's, no title of a next event (whose title would follow a blank line)."""
    if not ev.apart or last.value_start is not None or last.lines or len(pending) < 2:
        return False
    prev = last.line
    for x in pending:
        if x.no != prev.no + 1:
            return False
        prev = x
    return ln.no == prev.no + 1 and _tight(ev)


def _indented_value(last: _Field, pending: list[Line]) -> bool:
    """issue 13 (fields24): a label alone on its line ("Organiza:", "Funded by") and its value on the lines right
    under it, indented deeper than the label: all its value, no title of a next event (a title is not indented
    under a field)."""
    if last.value_start is not None or not pending or last.lines:
        return False
    prev, depth = last.line, _indent(last.line)
    for x in pending:
        if x.no != prev.no + 1 or _indent(x) <= depth:
            return False
        prev = x
    return True


def _indent(line: Line) -> int:
    return len(line.text) - len(line.text.lstrip(" \t\u00a0"))


_OPEN_END = re.compile(r"(?:[,;]|\b(?:and|y|e|with|con))\s*$", re.IGNORECASE)


def _continues(last: _Field, pending: list[Line]) -> bool:
    """issue 13 (fields20): the pending lines all carry on the last field's inline value ("— Panelistas: X;" /
    "  Y de Brasil" indented under it, or after a value left open by a comma, a semicolon or "and"): its value,
    no title of a next event."""
    if last.value_start is None or not pending or any(_label(x) is not None for x in pending):
        return False
    prev = last.line
    for x in pending:
        if x.no != prev.no + 1 or not (_indent(x) > _indent(last.line) or _OPEN_END.search(prev.text)):
            return False
        prev = x
    return True


def _is_audience(line: Line) -> bool:
    lab = labels.find(line.text)
    return lab is not None and lab.key == "audience"


def _label_text(line: Line) -> str:
    lab = labels.find(line.text) or labels.find_date_part(line.text)
    return fold_text(lab.text).lower() if lab is not None else ""


def _value_fits(key: str, line: Line) -> bool:
    t = blocks.clean(line.text)
    if key == "email":
        return "@" in t or "[at]" in t.lower()
    if key in ("date", "dateend", "dateplace"):
        return bool(find_dates(t)) or bool(re.search(r"\d", t)) or key == "dateplace" and looks_like_place(t)
    if key == "ignore":
        return len(t) <= 60
    if key in ("city", "country"):
        return looks_like_place(t) or len(t.split()) <= 4 and detect_kind(t) is None
    if key == "mode":
        return resolve_place(t).resolved or bool(IN_PERSON.fullmatch(t))
    if key == "coordinator":
        return len(t.split()) <= 6 and detect_kind(t) is None
    return detect_kind(t) is None  # venue


def _is_sentence(line: Line) -> bool:
    """issue 13 (fields2): a line of prose ("This page lists the meetings of the Network, created in 2021 …"): a
    page's or a value's text, no title nor sub-title."""
    t = blocks.clean(line.text)
    return len(t.split()) >= 8 and t.endswith((".", "!", "?"))


def _split_title(ctx: Ctx, pending: list[Line]) -> tuple[list[Line], list[Line]]:
    """(lines before the title block, title block) of the lines before an event's first label."""
    if len(pending) <= 1:
        return [], pending
    a, b = pending[-2], pending[-1]
    if detect_kind(b.text) and not detect_kind(a.text) or _is_sentence(a) or _apart(a, b):
        return pending[:-1], [b]
    return pending[:-2], [a, b]


def _apart(a: Line, b: Line) -> bool:
    """issue 13 (fields3): a blank line between two lines: a heading ("Meetings of the Network", "Actividades") and
    the title under it, never a title and its sub-title."""
    return b.no > a.no + 1


def _chrome_fields(ctx: Ctx, events: list[_Event]) -> None:
    """issue 13 (fields2): a menu or page header whose words are labels ("Events" / "Resources" / "Search form",
    "Documents" / "Contact" above "Meetings"), read as the first event's fields: where the first event opens with
    labels alone of keys no other event has, followed by the label that opens the next event, those lines are
    the page's head, and the title is the line(s) above that label."""
    if len(events) < 2 or not events[1].fields:
        first_key = None
    else:
        first_key = events[1].fields[0].key
    ev = events[0] if events else None
    if ev is None or first_key is None:
        return
    others = set().union(*(e.keys() for e in events[1:]))
    k = 0
    while k < len(ev.fields) and ev.fields[k].key not in others \
            and (ev.fields[k].key in _CHROME_KEYS and (ev.fields[k].value_start is None
                                                         or _closes_paragraph(ev, ev.fields[k]))
                 or _header_presidency(ev, k)):
        k += 1
    if k == 0 or k >= len(ev.fields) or ev.fields[k].key != first_key:
        return
    cut = ev.fields[k].line.no
    head = ev.title_lines + [x for f in ev.fields[:k] for x in [f.line, *f.lines]] + [x for x in ev.extra if x.no < cut]
    head.sort(key=lambda x: x.no)
    before, title = _split_title(ctx, head)
    ctx.skipped.extend(f"page heading: {blocks.clean(x.text)}" for x in before)
    ev.title_lines = title
    ev.fields = ev.fields[k:]
    ev.extra = [x for x in ev.extra if x.no > cut]


def _header_presidency(ev: _Event, k: int) -> bool:
    """issue 13 (round 23): the current Presidency Pro Tempore a site prints in its header, above the events
    ("Presidency Pro Tempore: El Salvador" / "Working group" / "- Any -" / "Apply" / the first title): a chair field
    with its value inline, with unlabelled lines under it before the next field that is not the page's own (a
    filter's "Topic"). An event's own chair field ("Chair: Chile" right above "Date: …") has none."""
    f = ev.fields[k]
    if f.key != "role:coordinator" or f.value_start is None:
        return False
    nxt = next((g.line.no for g in ev.fields[k + 1:] if g.key not in _CHROME_KEYS), None)  # past "Topic" / "- All -"
    return nxt is not None and any(f.line.no < x.no < nxt for x in [*f.lines, *ev.extra])


def _closes_paragraph(ev: _Event, f: _Field) -> bool:
    """issue 13 (fields17): a field with its value inline that ends the page's head paragraph ("Punto focal: X",
    "Contact: Y" under the page's heading and intro), a blank line under it: the page's own field, not the first
    event's (whose title is the line under that blank)."""
    below = [x.no for x in _block_lines(ev) if x.no > f.line.no]
    return not f.lines and bool(below) and min(below) > f.line.no + 1


# issue 13 (fields20): the header row of a two-column "label | value" table printed above each event's fields
# ("Field | Detail", "Campo | Detalle", "Item | Description", "Dato | Valor"): no title, no field
_KV_KEY = r"(?:fields?|items?|labels?|attributes?|properties|property|keys?|campos?|datos?|conceptos?|rubros?|" \
          r"elementos?|aspectos?|etiquetas?|atributos?)"
_KV_VALUE = r"(?:details?|values?|descriptions?|information|info|contents?|data|particulars|detalles?|valor(?:es)?|" \
            r"descripci[oó]n(?:es)?|informaci[oó]n|contenidos?|datos?)"
_KV_HEADER = re.compile(rf"^\s*\|?\s*{_KV_KEY}\s*(?:\||\t+)\s*{_KV_VALUE}\s*\|?\s*$", re.IGNORECASE)


def _is_kv_header(ln: Line) -> bool:
    return ("|" in ln.text or "\t" in ln.text) and _KV_HEADER.match(ln.text) is not None


def _new_block(current: _Event, pending: list[Line], ln: Line, skipped: set[int]) -> int:
    """issue 13 (fields20): events printed as blocks of lines parted by a blank line, each a title and its fields
    ("— Sede: …" / "— Fecha: …"), where an event need not repeat the first label of the one before: the one or two
    lines after a blank line, right above a label (maybe with a table header row between), while the event so far
    is a tight block whose last field has a value, are the next event's title, not the last field's value. Returns
    how many of the pending lines are the title (0: no new block)."""
    if not pending or len(current.fields) < 2:
        return 0
    if any(n not in skipped for n in range(pending[-1].no + 1, ln.no)):
        return 0
    k = 1
    while k < len(pending) and pending[-k].no == pending[-k - 1].no + 1:
        k += 1
    if k > 2 or any(_is_sentence(x) for x in pending[-k:]):
        return 0
    before = sorted(_block_lines(current) + pending[:-k], key=lambda x: x.no)
    if pending[-k].no <= before[-1].no + 1 or any(y.no != x.no + 1 for x, y in zip(before, before[1:])):
        return 0
    last = current.fields[-1]
    return k if last.value_start is not None or last.lines or len(pending) > k else 0


_BAR = re.compile(r"[ \t\u00a0]+[|\u00b7\u2022](?:[ \t\u00a0]+|$)")
# issue 13 (fields37): or a spaced slash ("Fecha: X  /  Sede: Y"), or a gap before a label in square brackets ("[Fecha] X
# [Lugar] Y  [Modalidad] Z": the cut is before the bracket); tried only where the bars alone part no line into fields
# (a slash between two dates, "Fecha: 2018-09-10 / 2018-09-14 | Sede: …", parts nothing)
_BAR_OR_SLASH = re.compile(_BAR.pattern + r"|[ \t\u00a0]+/[ \t\u00a0]+|[ \t\u00a0]+(?=\[[^\W\d_][^\[\]\n]{0,45}\])")


def _fields_of(ln: Line, sep: re.Pattern) -> list[tuple[int, int]] | None:
    """The parts of a line cut at `sep` when every part is a "Label: value" (see `_run_on`), else None."""
    cuts = [(m.start(), m.end()) for m in sep.finditer(ln.text)]
    if not cuts:
        return None
    parts, a = [], 0
    for s0, e0 in cuts:
        parts.append((a, s0))
        a = e0
    parts.append((a, len(ln.text)))
    parts = [(x, y) for x, y in parts if ln.text[x:y].strip(" \t\u00a0")]
    labs = [labels.find(ln.text[x:y].strip(" \t\u00a0"), unknown=True) for x, y in parts]
    if len(parts) < 2 and "|" not in ln.text or not parts \
            or any(lab is None or lab.value_start is None or not lab.colon and lab.key == "unknown" for lab in labs):
        return None
    return parts


def _run_on(lines: list[Line]) -> list[Line]:
    """issue 13 (fields33): several fields on one line, set apart by bars ("Fecha: 3 de abril de 2023 | Sede:
    Belmopán | Convoca: X |", "Date: 7 March 2022 | Venue: Quito | Funded by: Y |"): each "Label: value" part is a
    line of its own (the same line number), so that each value is its own label's, not the value of the label before
    it. Only where every part is a "Label: value" (a bar between the items of one value splits nothing); a bar that
    ends such a line is no part of its last value."""
    out: list[Line] = []
    for ln in lines:
        if "|" not in ln.text and "\u00b7" not in ln.text and "\u2022" not in ln.text and " / " not in ln.text \
                and "[" not in ln.text \
                or ":" not in ln.text and "—" not in ln.text and "–" not in ln.text and "]" not in ln.text:
            out.append(ln)
            continue
        parts = _fields_of(ln, _BAR)
        if parts is None and (" / " in ln.text or "[" in ln.text):
            parts = _fields_of(ln, _BAR_OR_SLASH)
        if parts is None:
            out.append(ln)
            continue
        for x, y in parts:
            x += len(ln.text[x:y]) - len(ln.text[x:y].lstrip(" \t\u00a0"))
            out.append(Line(ln.no, ln.start + x, ln.start + y, ln.text[x:y]))
    return out


_EMPTY_LABEL_ROW = re.compile(r"[ \t\u00a0]*\|[ \t\u00a0]*\|[ \t\u00a0]*[^\s|]")


def _empty_label_row(ln: Line) -> bool:
    """issue 13 (fields35): a two-cell table row whose first (label) cell is empty ("|  | value |", "| | value")."""
    return ln.text[:1] in " \t|\u00a0" and _EMPTY_LABEL_ROW.match(ln.text) is not None


def parse_fields(ctx: Ctx) -> list[EventRecord]:
    text = ctx.page.text
    lines = [ln for ln in blocks.split_lines(text) if not ln.blank]
    if " |" in text or " \u00b7 " in text or " \u2022 " in text or " / " in text or " [" in text:
        lines = _run_on(lines)
    headers: set[int] = set()
    events: list[_Event] = []
    pending: list[Line] = []
    current: _Event | None = None
    started = False
    table = _row_header(text, lines)
    index = {ln.no: i for i, ln in enumerate(lines)}
    for ln in lines:
        if table is not None and ln.no == table[0]:
            ctx.skipped.append(f"table header: line {ln.no}")
            continue
        if not started and blocks.is_navigation(ln.text):
            ctx.skipped.append(f"navigation: {blocks.clean(ln.text)}")
            continue
        started = True
        if _is_kv_header(ln):
            ctx.skipped.append(f"table header: line {ln.no}")
            headers.add(ln.no)
            continue
        if blocks.is_footer(ln.text) and not _field_not_footer(ln) and not _value_under_label(current, pending, ln):
            ctx.skipped.append(blocks.footer_note(ln))
            continue
        if table is not None and current is not None and _is_row(text, ln, table):
            # issue 13 (fields15): a row of the table's cells is the next event's title line, whatever labels follow
            if current.fields:
                _fill(current, pending)
            else:
                current.extra.extend(pending)
            current, pending = None, [ln]
            continue
        lab = _label(ln)
        if lab is None and current is not None and current.fields and not pending and _empty_label_row(ln):
            # issue 13 (fields35): "|  | Panama and the Dominican Republic |" under "| Participating countries | …, |":
            # a table row whose label cell is empty carries on the value of the row above it, never a title
            _fill(current, [ln])
            continue
        if lab is None:
            pending.append(ln)
            continue
        key, vstart = lab
        if current is None and key == "ignore" and blocks.is_labelled_language_switch(ln.text):
            # issue 13 (round 31): "Language: English / Español" in the page's head is the site's, no event's field
            ctx.skipped.append(f"navigation: {blocks.clean(ln.text)}")
            continue
        if key == "about" and current is not None and current.fields[-1].key == "about" \
                and _label_text(ln) != _label_text(current.fields[-1].line):
            # a heading inside the event's text ("PARTICIPANTS PROFILE", "Participants' Profile: …"); the same
            # label again starts the next event
            pending.append(ln)
            continue
        if current is None and not pending and key == "ignore":  # "Temas: protección consular" above the events
            ctx.skipped.append(f"page heading: {blocks.clean(ln.text)}")
            continue
        block = _new_block(current, pending, ln, headers) if current is not None else 0
        if current is None or block or key in current.keys() and not _same_role_again(current, key, ln, pending):
            if block:
                _fill(current, pending[:-block])
                title = pending[-block:]
            elif current is None:
                before, title = _split_title(ctx, pending)
                ctx.skipped.extend(f"page heading: {blocks.clean(x.text)}" for x in before)
            else:
                value, title = _divide(current.fields[-1], pending)
                _fill(current, value)
            current = _Event(title)
            if title:
                i = index.get(title[0].no, 0)
                current.apart = i == 0 or lines[i - 1].no + 1 < title[0].no
            events.append(current)
        else:
            last = current.fields[-1]
            if last.key in _ONE_LINE and last.value_start is None and len(pending) >= 2 \
                    and _value_fits(last.key, pending[0]):
                # issue 13: a one-line field's value is its first line; the unlabelled lines after it
                # ("Organizers" / "Ad Hoc Group …; UNHCR …" under "Date and time") tell the event
                last.lines.append(pending[0])
                current.extra.extend(pending[1:])
            else:
                _fill(current, pending)
        current.fields.append(_Field(key, ln, vstart))
        pending = []
    if current is None and events and pending:
        # issue 13 (fields15): a last table row with no field under it (nothing dropped in silence)
        for x in pending:
            ctx.warn(x.no, "a line after the last event's fields was not read (a table row with no fields?)",
                     blocks.clean(x.text)[:80])
        pending = []
    if current is not None and len(events) > 1:
        # issue 13 (fields17): the page's own fields above the first event are cut from it first, so that its
        # block is as tight as the others when the page's tail is looked for
        _chrome_fields(ctx, events)
    if current is not None:
        pending = _tail(ctx, events, pending)
    if current is not None and pending:
        last = current.fields[-1]
        if last.key in _ONE_LINE and last.value_start is None and _value_fits(last.key, pending[0]):
            last.lines.append(pending[0])
            pending = pending[1:]
        elif last.key not in _ONE_LINE:
            _fill(current, pending)
            pending = []
        for x in pending:
            ctx.skipped.append(f"after the last event: line {x.no}")  # no text: it may name a person (issue 13)
    _chrome_fields(ctx, events)
    # issue 13 (rules4): two lines before the first event, neither naming a kind of event, where
    # every other event of the page has a one-line title: the first is the page's heading (the
    # topic, "Niñez Migrante"), not a title with its sub-title.
    if (len(events) > 1 and len(events[0].title_lines) == 2 and all(len(e.title_lines) == 1 for e in events[1:])
            and not detect_kind(events[0].title_lines[0].text)):
        ctx.skipped.append(f"page heading: {blocks.clean(events[0].title_lines[0].text)}")
        events[0].title_lines = events[0].title_lines[1:]
    return [_record(ctx, i, ev, table) for i, ev in enumerate(events)]


def _row_header(text: str, lines: list[Line]) -> tuple[int, dict[str, int], int] | None:
    """issue 13 (fields15): a table's header row above the events ("Actividad<TAB>Fecha<TAB>Lugar", "Event | Date |
    Place"), each event's title line a row of its cells, its fields under it: (the header's line number, the columns
    by what they give, the number of columns), else None."""
    if "\t" not in text and "|" not in text:
        return None
    from rcpkg.loaders.layouts.country import _table_header

    found = _table_header(text, lines)
    if found is None:
        return None
    i, cols, n = found
    return lines[i].no, cols, n


def _is_row(text: str, ln: Line, table) -> bool:
    from rcpkg.loaders.layouts.country import _CELL_SEP, _cells

    return bool(_CELL_SEP.search(ln.text)) and len(_cells(text, ln)) == table[2] and _label(ln) is None


def _row_facts(ctx: Ctx, row: list[tuple[int, int]], cols: dict[str, int], loc: Location, dates, line: int,
               name: str):
    """issue 13 (fields15): the date and place cells of an event's title row, where its fields gave none."""
    text = ctx.page.text
    if "date" in cols and dates is None:
        a, b = row[cols["date"]]
        if b > a:
            dates = fact_field(ctx, loc, "date", Span.of(text, a, b), line, name)
    if "place" in cols and loc.place is None and not loc.online:
        a, b = row[cols["place"]]
        if b > a:
            fact_field(ctx, loc, "city", Span.of(text, a, b), line, name)  # a place, the online mode or a venue
    return dates


def _block_lines(ev: _Event) -> list[Line]:
    return sorted(ev.title_lines + [x for f in ev.fields for x in [f.line, *f.lines]] + ev.extra, key=lambda x: x.no)


def _tight(ev: _Event) -> bool:
    nos = [x.no for x in _block_lines(ev)]
    return all(b == a + 1 for a, b in zip(nos, nos[1:]))


def _tail(ctx: Ctx, events: list[_Event], pending: list[Line]) -> list[Line]:
    """issue 13 (fields3): where every event is a block of lines with no blank line inside, and a blank line
    follows the last event's block, what is under it is the page's tail ("Back to Networks", the secretariat's
    address, "Last updated: …"), not the last field's value: the lines, and the fields of no event fact under it
    (tags, e-mail, documents, a page stamp), are said as after the last event; the pending lines left are
    returned."""
    last = events[-1]
    if len(events) < 2 or not all(_tight(e) for e in events[:-1]):
        return pending
    lines = _block_lines(last) + pending
    lines.sort(key=lambda x: x.no)
    cut = next((b.no for a, b in zip(lines, lines[1:]) if b.no > a.no + 1), None)
    if cut is None:
        return pending
    first_field = min(f.line.no for f in last.fields)
    if cut <= first_field or any(f.key not in _TAIL_KEYS for f in last.fields if f.line.no >= cut):
        return pending
    for f in [f for f in last.fields if f.line.no >= cut]:
        ctx.skipped.append(f"after the last event: field {blocks.clean(f.line.text)[:40]!r}")
    last.fields = [f for f in last.fields if f.line.no < cut]
    for f in last.fields:
        f.lines = [x for x in f.lines if x.no < cut]
    tail = [x for x in last.extra if x.no >= cut] + [x for x in pending if x.no >= cut]
    last.extra = [x for x in last.extra if x.no < cut]
    for x in sorted(tail, key=lambda x: x.no):
        ctx.skipped.append(f"after the last event: line {x.no}")  # no text: it may name a person (issue 13)
    return [x for x in pending if x.no < cut]


# the fields a page's tail holds (a contact, a stamp, links): cut from the last event with the tail
_TAIL_KEYS = {"ignore", "email", "documents", "coordinator"}


def _own_lines(last: _Field, value: list[Line]) -> int:
    """issue 13 (fields2): how many of the lines under an institutions field written inline ("Coordinating
    institution: X") are its value: up to a "Label: value" line of a label no rule knows ("Logistics: Y"), which
    with the lines after it is the event's text (said by the unknown-label warning), never more of its items."""
    if last.value_start is None or not (last.key == "coordinating" or last.key.startswith("role:")):
        return len(value)
    for i, x in enumerate(value):
        lab = labels.find(x.text, unknown=True)
        if lab is not None and lab.key == "unknown" and lab.value_start is not None:
            return i
    return len(value)


def _fill(ev: _Event, value: list[Line]) -> None:
    """The value lines of the event's last field; a one-line field keeps one (none after an inline value), the
    lines after it are the event's text (issue 13, h-labels: never dropped)."""
    last = ev.fields[-1]
    if last.key not in _ONE_LINE:
        n = _own_lines(last, value)
        last.lines.extend(value[:n])
        ev.extra.extend(value[n:])
        return
    keep = 0 if last.value_start is not None or last.lines else min(1, len(value))
    last.lines.extend(value[:keep])
    ev.extra.extend(value[keep:])


def _divide(last: _Field, pending: list[Line]) -> tuple[list[Line], list[Line]]:
    """The previous field's value lines and the next event's title lines."""
    if not pending:
        return [], []
    if last.key in _ONE_LINE:
        if last.value_start is None and len(pending) >= 2 and _value_fits(last.key, pending[0]):
            value, rest = pending[:1], pending[1:]
        else:
            value, rest = [], pending
    elif last.key == "documents":
        n = 0
        while n < len(pending) - 1 and re.search(r"https?://|\.pdf\b", pending[n].text):
            n += 1
        value, rest = pending[:n], pending[n:]
    else:
        value, rest = pending[:-1], pending[-1:]
    if len(rest) > 2:
        value, rest = value + rest[:-2], rest[-2:]
    if len(rest) == 2 and (detect_kind(rest[1].text) and not detect_kind(rest[0].text) or _is_sentence(rest[0])
                           or _apart(rest[0], rest[1])):
        value, rest = value + rest[:1], rest[1:]
    return value, rest


def _line_start(text: str, offset: int) -> int:
    return text.rfind("\n", 0, offset) + 1


def _field_span(ctx: Ctx, f: _Field) -> Span | None:
    text = ctx.page.text
    if f.value_start is not None:
        last = f.lines[-1] if f.lines and f.key not in _ONE_LINE else f.line
        return blocks.span(text, f.value_start, _row_end(text, last))
    filled = [x for x in f.lines if not x.blank]
    if filled and filled[-1].text.rstrip().endswith("|"):
        return blocks.span(text, filled[0].start, _row_end(text, filled[-1]))
    return blocks.lines_span(text, f.lines)


def _row_end(text: str, line: Line) -> int:
    """issue 13 (fields35): the end of a line's value, before the bar that closes a table row ("| Date | June 2024 |",
    "| Venue | San Salvador, El Salvador |"): the bar is the table's border, no part of the date or the place."""
    end = line.end
    if not line.text.lstrip()[:1] == "|":
        return end
    t = line.text.rstrip(" \t\u00a0")
    if t.endswith("|") and len(t) > 1:
        return line.start + len(t) - 1
    return end


_PLACE_DASH = re.compile(r"\s+[–—-]\s+|\s+\|\s+")


def _place_then_venue(sp: Span) -> tuple[Span, Span] | None:
    """issue 13 (fields2): a location value printed as a place, a dash and a venue ("Lima, Peru – Hotel Costa del
    Sol", "Asunción, Paraguay - Palacio de López"): (the place's span, the venue's span), else None."""
    m = _PLACE_DASH.search(sp.exact)
    if m is None or m.start() == 0 or m.end() >= len(sp.exact):
        return None
    if read_venue(sp.exact[:m.start()]).kind != "place" or read_venue(sp.exact[m.end():]).kind == "place":
        return None
    return (Span(sp.start, sp.start + m.start(), sp.exact[:m.start()]),
            Span(sp.start + m.end(), sp.end, sp.exact[m.end():]))


def _venue_then_place(sp: Span) -> tuple[Span, Span] | None:
    """issue 13 (fields3): a location value printed as a venue (maybe with its street), a comma and a place at its
    end ("Hotel X, Av. Y 123, Montevideo, Uruguay", "Sede de la Cancillería, Quito"): (the venue's span, the place's
    span) — the longest place of the last one or two comma parts — else None."""
    commas = [m.start() for m in re.finditer(r",\s*", sp.exact)]
    if not commas or read_venue(sp.exact).kind == "place":
        return None
    if (res := resolve_place(sp.exact)).city is not None and not res.problem:
        return None  # issue 13 (fields15): a city in another spelling, and its country ("Manaos, Brasil")
    for c in commas[-2:]:
        head, tail = sp.exact[:c].rstrip(), sp.exact[c + 1:].strip()
        if not head or not tail or read_venue(tail).kind != "place" or read_venue(head).kind == "place":
            continue
        t0 = sp.start + sp.exact.index(tail, c + 1)
        return Span(sp.start, sp.start + len(head), head), Span(t0, t0 + len(tail), tail)
    return None


def _end_date(ctx: Ctx, f: _Field, start: DateRange | None, name: str) -> DateRange | None:
    """issue 13 (fields2): an end-date field ("Fecha de finalización: 15/03/2019", "End date / June 14, 2019")
    closes the range its start-date field opened (both phrases its evidence); the same day again adds only its
    evidence; an end before the start, or an end with no start, is said, not guessed."""
    sp = _field_span(ctx, f)
    if sp is None:
        return start
    end = date_line(sp.exact, sp.start, order=ctx.date_order)
    if end is None:
        problem = date_line_problem(sp.exact, order=ctx.date_order)
        ctx.warn(f.line.no, f"end date not understood for event {name!r}" + (f" ({problem})" if problem else ""),
                 sp.exact)
        return start
    if start is None:
        ctx.warn(f.line.no, f"end date without a start date for event {name!r} (not stored)", sp.exact)
        return None
    last = end.end or end.start
    if start.end is None and last > start.start:
        return DateRange(start.start, last, start.span, start.parts + (end.span,))
    if (start.end or start.start) == last and end.end is None:
        return DateRange(start.start, start.end, start.span, start.parts + (end.span,))
    ctx.warn(f.line.no, f"end date does not close the start date's range for event {name!r} (not stored)", sp.exact)
    return start


# issue 13 (fields15): a symbol printed before each event's title (a square, a triangle, an arrow, a bullet)
_TITLE_MARK = re.compile(r"[■□▪▫◆◇●○•►▶▸▹→»*#]+[ \t\u00a0]+")


def _record(ctx: Ctx, ordinal: int, ev: _Event, table=None) -> EventRecord:
    text = ctx.page.text
    row = None
    if table is not None and ev.title_lines:
        from rcpkg.loaders.layouts.country import _cells

        row = _cells(text, ev.title_lines[0])
        row = row if len(row) == table[2] else None
    if ev.title_lines:
        ts, te = row[table[1]["title"]] if row is not None else ev.title_lines[0].stripped()
        if (m := _TITLE_MARK.match(text, ts, te)) is not None and m.end() < te:
            ts = m.end()  # issue 13 (fields15): "■ Curso …", "► Workshop …": the marker is no part of the title
        titles, subtitle = titles_of(ctx, ts, te)
        if len(ev.title_lines) > 1 and subtitle is None:
            subtitle = subtitle_of(ctx, ev.title_lines[1], titles[0].lang if titles else None)
        first_line = ev.title_lines[0]
    else:
        titles, subtitle = (), None
        first_line = ev.fields[0].line
    name = titles[0].text if titles else f"event {ordinal + 1}"
    dates = coordinating = None
    ends: list[_Field] = []
    loc = Location()
    body: list[Line] = []
    documents: tuple[str, ...] = ()
    # the city first, then the country, the venue and the mode: each may correct what the others say
    order = {"city": 0, "country": 1, "venue": 2, "mode": 3}
    for f in sorted((f for f in ev.fields if f.key in order), key=lambda f: order[f.key]):
        sp = _field_span(ctx, f)
        if sp is None:
            continue
        no = f.line.no if f.value_start is not None or not f.lines else f.lines[0].no  # the value's line
        if f.key == "city" or (f.key == "country" and loc.place is None):
            city_field(ctx, loc, sp, no, name)
        elif f.key == "venue" and (cut := _place_then_venue(sp)) is not None:
            # issue 13 (fields2): "Where: Santiago, Chile – Ministry of Foreign Affairs, Salón de Honor": the place,
            # then the venue in it
            if loc.place is None:
                city_field(ctx, loc, cut[0], no, name)
            venue_field(ctx, loc, cut[1], no, name)
        elif f.key == "venue" and loc.place is None and (cut := _venue_then_place(sp)) is not None:
            # issue 13 (fields3): "Venue: Universidad X, Av. Y 4600, Lima, Peru": the venue and its address, then the
            # place
            city_field(ctx, loc, cut[1], no, name)
            venue_field(ctx, loc, cut[0], no, name)
        elif f.key == "venue":
            venue_field(ctx, loc, sp, no, name)
        elif f.key == "mode":
            mode_field(ctx, loc, sp, no, name)
    for f in ev.fields:
        sp = _field_span(ctx, f)
        if f.key == "date":
            if sp is not None:
                dates = field_dates(ctx, sp)
                if dates is None:
                    problem = date_line_problem(sp.exact, order=ctx.date_order)
                    why = f" ({problem})" if problem else ""
                    ctx.warn(f.line.no, f"date not understood for event {name!r}{why}", sp.exact)
        elif f.key == "dateend":
            ends.append(f)
        elif f.key == "dateplace":
            # issue 13 (h-labels): "Place and date: Brasília, 12-13 March 2019", "When and where: to be announced"
            if sp is not None:
                when = fact_field(ctx, loc, "dateplace", sp, f.line.no if f.value_start is not None else f.lines[0].no,
                                  name)
                dates = dates or when
        elif f.key == "about":
            if f.value_start is not None and _is_audience(f.line):
                # issue 13 (fields2): an audience is read with its label ("Dirigido a: fiscales de X"), which says
                # who the people named are for (roles: the body whose officials the event is for takes part)
                body.append(f.line)
            elif f.value_start is not None:
                body.append(Line(f.line.no, f.value_start, f.line.end, text[f.value_start:f.line.end]))
            body.extend(f.lines)
        elif f.key.startswith("role:"):
            # issue 13 (h-labels): a role field ("Funding: European Union", "Organizers:" and its bullets) is read
            # with its label, which gives its institutions their role (extract)
            body.append(f.line)
            body.extend(f.lines)
        elif f.key == "ignore":
            ctx.skipped.append(f"field {blocks.clean(f.line.text)[:40]!r} (tags, category, time: not stored)")
        elif f.key == "coordinating":
            coordinating = sp
        elif f.key == "coordinator" and sp is not None:
            ctx.skipped.append("coordinator of the event (a person's name, not stored)")
        elif f.key == "email" and sp is not None:
            ctx.skipped.append("email address of the event's contact (not stored)")
        elif f.key == "documents" and sp is not None:
            documents = documents_in(sp.exact)
    for f in ends:
        dates = _end_date(ctx, f, dates, name)
    if row is not None:
        dates = _row_facts(ctx, row, table[1], loc, dates, ev.title_lines[0].no, name)
    body.extend(ev.extra)
    body.sort(key=lambda x: x.start)
    for x in body:  # issue 13 (h-labels): a field whose label no rule knows is read as text, and said
        lab = labels.find(x.text, unknown=True) if x.start == _line_start(text, x.start) else None
        if lab is not None and lab.key == "unknown":
            ctx.warn(x.no, f"field label not known, its value read as the text of event {name!r}",
                     blocks.clean(x.text)[:80])
    last = ev.fields[-1]
    end = max([last.line.end] + [x.end for x in last.lines])
    return loc.apply(build_event(
        ctx, ordinal, span=Span.of(text, first_line.stripped()[0], end), titles=titles, subtitle=subtitle,
        body=body, place=loc.place, online=loc.online, venue=loc.venue, dates=dates, coordinating=coordinating,
        documents=documents, title_line=first_line.no))
