"""Listing entry heads (issue 13): telling an entry's title line from its description lines.

Many listings print, under each entry's title, a short line that is only the entry's place
and date — "Tegucigalpa, Honduras | 4 y 5 de junio de 2019", "Lugar: Quito, Ecuador — Fecha:
3 y 4 de noviembre de 2016", "Date: 14 - 16 August 2018" — and then the description, maybe
closed by a "Location: Buenos Aires, Argentina" line. Such a line is a *meta line*: every
part of it (parts are cut at " | ", " — ", " – ", " · ") is a labelled place or date field
("Lugar:", "Location:", "Place:", "Venue:", "City:", "Ciudad:", "Sede:", "Fecha:", "Date:",
"Dates:", "When:", "Cuándo:"), or, unlabelled, a place, an online marker or a date line.

:func:`meta_line` reads one line; :func:`is_headed` says whether a page is printed that way
(two meta lines or more with a date or a label, each right under a non-blank line — the
title — so a plain location line that closes an entry, as other listings print it, does not
count); :func:`entries` cuts a headed page into entries: the title is the line right above
the entry's first meta line; the description runs until the next entry's title; a meta line
under a description line fills the current entry's place or date when it has none yet.
Lines after the last entry's description that are not prose (a pager "Page 6 of 11", a
footer credit) are not part of it.

Issue 13 (the crmsv.org shape, sixth held-out set): a listing may print each title twice on its
line ("Title Title"), then the description, a blank and the place line, with a date line right
under some titles only ("Fecha: …", "Wed, 09/19/2018 - 09:00 to …"). A doubled title line starts
an entry by itself (the date line under it, if any, is its head; the place line after its
description closes it), and a title-like line right after such a closing place line starts the
next entry: neither is taken for the description of the entry above, nor a description line for a
title.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from rcpkg.loaders.dates import date_line, date_line_problem, find_dates
from rcpkg.loaders.layouts import blocks, labels
from rcpkg.loaders.layouts.blocks import Line
from rcpkg.loaders.places import looks_like_place, resolve_place
from rcpkg.loaders.titles import find_double

# (issue 13, listing36b: an arrow between a place, its dates and its kind, "Quito, Ecuador ⟶ 04.05.2006 ⟶ Workshop")
# (issue 13, listing37a: the dot operator and the bullet operator as middle dots, "29/11/2016 ⋅ Montevideo (Uruguay)")
_SEPARATOR = re.compile(r"[ \t]+(?:\||—|–|·|⋅|∙|•|⟶|→|»)[ \t]+")
# issue 13 (listing37a): a date badge in square brackets that opens a head line, its place after it ("[ 19–21 SEP
# 2018 ]  Quito, Ecuador", "[ DATE TO BE CONFIRMED ]  Online"): the bracket's inside is the line's first cell
_BADGE = re.compile(r"[ \t]*\[[ \t]*(?P<in>[^\[\]\n]{2,40}?)[ \t]*\][ \t]*")
_ARROWS = "⟶→»"
# issue 13 (listing36b): a field label apart from its value by an arrow instead of a colon ("Lugar » Quito",
# "Venue → Lima, Peru", "Fecha ⟶ 3 de mayo de 2019"): read as "Lugar: Quito"
_ARROW_LABEL = re.compile(r"^[ \t]*[^\W\d_][^\W\d_]*(?:[ \t]+[^\W\d_]+){0,2}[ \t]+(?P<a>[⟶→»])[ \t]+(?=\S)")
# issue 13 (listing36b): a cell that is only the hours after a date cell ("Mié 23.08.2023 09:00 h – 18:00 h")
_HOURS_CELL = re.compile(r"(?:[0-2]?\d[:.h][0-5]\d|[01]?\d)(?:[ \t]*[ap]\.?[ \t]?m\.?)?(?:[ \t]*(?:hrs?|horas|h)\.?)?",
                         re.IGNORECASE)
_LEAD_DASH = re.compile(r"[—–][ \t]+(?=\S)")
_PLACE_LABEL = re.compile(
    r"^(?:lugar|location|place|venue|city|ciudad|sede|ubicaci[oó]n|where|d[oó]nde|pa[ií]s|country)[ \t]*:[ \t]*",
    re.IGNORECASE)
# issue 13 (listing26): a cell after a place that says the event's mode or names its venue
_VENUE_CELL = re.compile(
    r"^(?:presencial|in[ \t-]+person|face[ \t-]+to[ \t-]+face|onsite|on[ \t-]+site|"
    r"(?:sede|sala|sal[oó]n|hotel|auditorio|auditorium|canciller[ií]a|ministerio|ministry|headquarters|venue|"
    r"centro|cent(?:er|re)|embajada|embassy|universidad|university|oficina|offices?|casa|palacio|palace|"
    r"premises|hall|conference[ \t]+room)\b[^|:]{0,60})$",
    re.IGNORECASE)
_DATE_LABEL = re.compile(r"^(?:fechas?|dates?|when|cu[aá]ndo)[ \t]*:[ \t]*", re.IGNORECASE)
# issue 13 (sixth held-out set): a head line's date part may give only the month and year ("September
# 2017 | Lima", "octubre de 2025"): a date part that dates no day (the event gets no dates from it)
# issue 13 (listing18): also a month's abbreviation ("Sep 2021", "sept. 2019", "dic. 2020")
MONTH_YEAR = re.compile(
    r"\b(?:january|february|march|april|may|june|july|august|september|october|november|december|enero|febrero|"
    r"marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|"
    r"jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|ene|abr|ago|set|dic)\.?,?[ \t]+"
    r"(?:(?:de|del)[ \t]+)?(?:19|20)\d\d", re.IGNORECASE)
BARE_YEAR = re.compile(r"(?:19|20)\d\d")  # issue 13 (listing29): a year alone in a place-and-date line's cell


def no_day(value: str) -> bool:
    """A date part that dates no day: a month and year ("September 2017"), or a year alone ("2019")."""
    return bool(MONTH_YEAR.fullmatch(value) or BARE_YEAR.fullmatch(value))
_PROSE_END = re.compile(r"[.!?;:…)»\"”]$")
_BRACKETED = re.compile(r"[^().!?;:]{2,60}\([^().!?;:]{2,40}\)")


@dataclass(frozen=True)
class Part:
    """One part of a meta line: its kind ("place" or "date"), whether it was labelled, and
    the offsets of its value in the page."""

    kind: str
    labelled: bool
    start: int
    end: int
    edge: str | None = None  # issue 13 (listing37b): a date cell labelled as the range's "start" or its "end"


@dataclass(frozen=True)
class Meta:
    line: Line
    parts: tuple[Part, ...]

    @property
    def kinds(self) -> set[str]:
        return {p.kind for p in self.parts}

    @property
    def strong(self) -> bool:
        """A date or a label: what a plain location line closing an entry never has."""
        return any(p.kind == "date" or p.labelled for p in self.parts)


def _is_place(value: str) -> bool:
    if not value or len(value) > 80:
        return False
    res = resolve_place(value)
    if res.online and res.city is None and res.country is None:
        return True
    return looks_like_place(value) and res.resolved


def _field_meta(line: Line, lab, order: str | None = None) -> Meta | None:
    """A labelled place, date or mode field as a meta line; a place-and-date field's value is cut at its dates
    (read in the page's numeric date order: "Lugar y fecha: Lima (Perú), 04-05-2021 al 06-05-2021", listing26)."""
    text = line.text
    s, e = blocks.strip_offsets(text, 0, lab.value_start, len(text))
    if e <= s:
        return None
    if lab.key != "dateplace":
        value = text[s:e]
        if lab.key != "date" and not _is_place(value) and (
                len(value.split()) > 6 or (_PROSE_END.search(value) and not _BRACKETED.fullmatch(value))):
            return None  # a label with prose after it is no place field ("Location: the meeting was moved …")
        return Meta(line, (Part("date" if lab.key == "date" else "place", True, line.start + s, line.start + e),))
    found = find_dates(text[s:e], 0, order=order)
    parts = []
    if len(found) == 1:
        a, b = found[0].span.start, found[0].span.end
        parts.append(Part("date", True, line.start + s + a, line.start + s + b))
        for x, y in ((0, a), (b, e - s)):
            x, y = blocks.strip_offsets(text[s:e], 0, x, y)
            seg = text[s + x:s + y].strip(" ,;|-–—")
            if seg:
                k = text.index(seg, s + x)
                parts.append(Part("place", True, line.start + k, line.start + k + len(seg)))
    return Meta(line, tuple(parts)) if parts else None


def meta_line(line: Line, *, order: str | None = None) -> Meta | None:
    """The place and date parts of a meta line, or None when the line is anything else."""
    text = line.text
    if blocks.is_blank(text) or len(blocks.clean(text)) > 140:
        return None
    lab = labels.find(text) if not _SEPARATOR.search(text) else None
    if lab is None and any(a in text for a in _ARROWS) and (am := _ARROW_LABEL.match(text)) is not None:
        k = am.start("a")
        alab = labels.find(text[:k] + ":" + text[k + 1:])
        if alab is not None and alab.key in labels.FACT_KEYS and alab.value_start is not None \
                and not _SEPARATOR.search(text, am.end()):
            lab = alab
    if lab is not None and lab.key in labels.FACT_KEYS and lab.value_start is not None:
        return _field_meta(line, lab, order)  # issue 13 (h-labels): "Fecha y lugar: Asunción, 3 de julio", "• Lugar: X"
    if blocks.is_bullet(text):
        return None
    cuts = [0]
    ends = []
    badge = _BADGE.match(text) if "[" in text[:4] else None
    if badge is not None and (_BADGE.match(text, badge.end()) is not None or "]" in text[badge.end():]):
        badge = None  # two badges, or brackets further on: no badge over a place
    if badge is not None:
        cuts = [badge.start("in")]
        if badge.end() < len(text.rstrip()):
            ends.append(badge.end("in"))
            cuts.append(badge.end())
    for m in _SEPARATOR.finditer(text, badge.end() if badge is not None else 0):
        ends.append(m.start())
        cuts.append(m.end())
    ends.append(badge.end("in") if badge is not None and len(cuts) == 1 else len(text))  # a badge alone: its inside
    _join_date_range(text, cuts, ends, order)
    parts: list[Part] = []
    for s, e in zip(cuts, ends):
        s, e = blocks.strip_offsets(text, 0, s, e)
        s = blocks.after_mark(text, s, e)  # issue 13 (listing30a): "📍 Quito, Ecuador": the pin is no place's
        if s + 2 < e and text[s] == "@" and text[s + 1] in " \t":
            s = blocks.strip_offsets(text, 0, s + 1, e)[0]  # issue 13 (listing33): a calendar's "@ Lima, Peru": "at"
        if s < e and text[s] in "—–" and (m := _LEAD_DASH.match(text, s, e)) is not None:
            s = m.end()  # issue 13 (listing31): "— 5–6 May 2021 · Quito (Ecuador)": the dash that opens the line is no date's
        raw = text[s:e]
        if not raw:
            return None
        m = _PLACE_LABEL.match(raw)
        if m:
            value = raw[m.end():].strip()
            if value and not (_is_place(value) or value in {"-", "–", "—"}):
                # a labelled place that does not resolve is still the place field: the
                # layout warns about it (place_of); but a label with prose after it is not
                # ("Asunción (Paraguay)": a place with its country in brackets is no prose)
                if len(value.split()) > 6 or (_PROSE_END.search(value) and not _BRACKETED.fullmatch(value)):
                    return None
            parts.append(Part("place", True, line.start + s + m.end(), line.start + e))
            continue
        m = _DATE_LABEL.match(raw)
        if m:
            parts.append(Part("date", True, line.start + s + m.end(), line.start + e))
            continue
        dr = range_line(raw, 0, order=order)
        if dr is not None or MONTH_YEAR.fullmatch(raw) or "." in raw and date_line_problem(raw, order=order):
            # (issue 13, listing36b: a numeric date whose printed weekday fits no reading, "Jue 01.02.2017 08:30 h",
            # is still the line's date part: the layout warns that it is not understood)
            parts.extend(_place_beside_date(raw, dr, line.start + s))
            continue
        if len(cuts) > 1 and BARE_YEAR.fullmatch(raw):
            # issue 13 (listing29): a year alone beside the place ("Asunción — 2019", "Online | 2020"): the line's
            # date part, which dates no day (as a month and year alone: the event gets no dates from it)
            parts.append(Part("date", False, line.start + s, line.start + e))
            continue
        if (km := _KIND_MODE.match(raw)) is not None:  # "Online course": the mode's words are the quote (listing4)
            g = "a" if km.group("a") else "b"
            parts.append(Part("place", False, line.start + s + km.start(g), line.start + s + km.end(g)))
            continue
        if len(cuts) > 1 and len(raw) <= 40 and (_KIND_CELL.fullmatch(raw) or _NO_DATE_CELL.fullmatch(raw)):
            continue  # issue 13 (listing20): the event's kind beside its date ("SEMINAR · 3 May 2020"), see below
        if _is_place(raw):
            parts.append(Part("place", False, line.start + s, line.start + e))
            continue
        if parts and parts[-1].kind == "place" and _VENUE_CELL.match(raw) and not _PROSE_END.search(raw):
            # issue 13 (listing26): the mode or the venue in a cell after the place ("Quito (Ecuador) | in person",
            # "Asunción (Paraguay) | Ministerio de Relaciones Exteriores"): the place is the line's fact
            continue
        # issue 13 (fields4): a labelled cell of no event fact among the place and date cells ("Categoría: Talleres |
        # Fecha del evento: … | Lugar: …", "Tags: …"): passed over
        if len(cuts) > 1 and ":" in raw and (cell := labels.find(raw)) is not None and cell.key == "ignore":
            continue
        venue = venue_place(raw)
        if venue is not None and len(cuts) == 1:
            parts.append(Part("place", False, line.start + s + venue, line.start + e))
            continue
        if parts and parts[-1].kind == "date" and ":" in raw and _HOURS_CELL.fullmatch(raw):
            parts[-1] = replace(parts[-1], end=line.start + e)  # the date's closing hours: the date part's (listing36b)
            continue
        if len(cuts) > 1 and (em := _LABELLED_PART.match(raw)) is not None and labels.date_edge(em.group(1)) \
                and _NO_DATE_VALUE.fullmatch(raw[em.end():].strip()):
            continue  # issue 13 (listing37b): "Starts: to be announced — Venue: …": no date, no warning
        more = r14_part(raw, line.start + s, several=len(cuts) > 1)  # issue 13 (listing4), see below
        if more is None:
            return None
        parts.extend(more)
    if len(cuts) > 1 and ":" in text and any(p.kind == "date" for p in parts):
        parts = _date_edges(text, line.start, cuts, ends, parts)
    return Meta(line, tuple(parts)) if parts else None


# issue 13 (listing37b): a date cell's value that says the date is not known yet, after a start label ("Starts: to be
# announced", "Inicio: por confirmar")
_NO_DATE_VALUE = re.compile(
    r"(?:to[ \t]+be[ \t]+(?:confirmed|announced|defined|determined|scheduled)|tb[acd]|pending|not[ \t]+yet[ \t]+set|"
    r"(?:por|a)[ \t]+(?:confirmar|definir|anunciar|determinar)|pendiente|sin[ \t]+fecha)\.?", re.IGNORECASE)


def _date_edges(text: str, base: int, cuts: list[int], ends: list[int], parts: list[Part]) -> list[Part]:
    """Issue 13 (listing37b): the date parts of a line's cells labelled as the range's start or end ("Starts: Wed 26
    Apr 2023 — Ends: Thu 27 Apr 2023 — Venue: …", "Inicio: 3 de mayo · Fin: 5 de mayo · Sede: …") marked so (the
    layout reads the two as one range)."""
    out = []
    for p in parts:
        if p.kind == "date":
            for s, e in zip(cuts, ends):
                if base + s <= p.start < base + e:
                    s = blocks.strip_offsets(text, 0, s, e)[0]
                    m = _LABELLED_PART.match(text[s:e])
                    edge = labels.date_edge(m.group(1)) if m is not None else None
                    p = replace(p, edge=edge) if edge else p
                    break
        out.append(p)
    return out


_RANGE_DASH = re.compile(r"[ \t]+(?:[–—-]|→|⟶|->)[ \t]+")  # issue 13 (listing24): "2021-08-17 → 2021-08-18" too


def range_line(text: str, base: int = 0, *, order: str | None = None):
    """A date line (see :func:`date_line`), or two whole dates apart by a dash that date_line does not read as
    one range ("12.04.2018 – 13.04.2018"): the range from the first to the second, quoted whole."""
    dr = date_line(text, base, order=order)
    if dr is not None:
        return dr
    m = _RANGE_DASH.search(text)
    if m is None or _RANGE_DASH.search(text, m.end()):
        return None
    a, b = date_line(text[:m.start()], 0, order=order), date_line(text[m.end():], 0, order=order)
    if a is None or b is None or a.end is not None or b.end is not None or not a.start < b.start \
            or a.span.start != 0 or m.end() + b.span.end != len(text.rstrip()):
        return None
    from rcpkg.loaders.records import DateRange, Span

    end = len(text.rstrip())
    return DateRange(a.start, b.start, Span(base, base + end, text[:end]))


def venue_span(line: Line, part: Part) -> tuple[int, int] | None:
    """The page offsets of the venue and street address before a venue line's place part ("Lima Convention
    Center, Av. Arqueología 206, San Borja" before "Lima, Peru"), None when the part is no venue line's."""
    lead = len(line.text) - len(line.text.lstrip())
    k = venue_place(line.text[lead:])
    if k is None or line.start + lead + k != part.start:
        return None
    head = line.text[lead:lead + k].rstrip(" \t,;")
    return (line.start + lead, line.start + lead + len(head)) if head else None


def _join_date_range(text: str, cuts: list[int], ends: list[int], order: str | None) -> None:
    """Issue 13 (listing): two cuts that are the two ends of one date range ("Online | 06/21/2021 – 06/25/2021":
    " – " is a range's dash there, not a separator) are one part (in place)."""
    k = 0
    while k + 1 < len(cuts):
        a, b = blocks.strip_offsets(text, 0, cuts[k], ends[k]), blocks.strip_offsets(text, 0, cuts[k + 1], ends[k + 1])
        dr = range_line(text[a[0]:b[1]], 0, order=order) if text[ends[k]:cuts[k + 1]].strip() in {"–", "—", "-", "→", "⟶"} \
            else None
        first = date_line(text[a[0]:a[1]], 0, order=order) if dr is not None and dr.end is not None else None
        if dr is None and text[ends[k]:cuts[k + 1]].strip() in {"–", "—", "-"} and "." in text[a[0]:b[1]] \
                and date_line_problem(text[a[0]:b[1]], order=order):
            # issue 13 (listing36b): a range whose weekdays fit no reading of its numeric dates is one part, not
            # understood as a whole (its end is not read as the start)
            del cuts[k + 1], ends[k]
            continue
        # (issue 13, listing17: a first part that is a range already, "Del 3 al 5 de abril de 2019 — Quito", is
        # no range's start: the dash then parts the dates from the place)
        if first is not None and first.end is None:
            del cuts[k + 1], ends[k]
            continue
        k += 1


def _place_beside_date(raw: str, dr, base: int) -> list[Part]:
    """Issue 13 (listing): a date part that also prints its place before or after the date, apart by a comma
    ("Sucre, Bolivia, 22 y 23 de noviembre de 2018", "Guatemala City, 12–14 November 2019", "4 May 2021,
    Quito, Ecuador"): the place and the date as two parts; else the whole part as the date."""
    whole = [Part("date", False, base, base + len(raw))]
    if dr is None:
        return whole
    a, b = dr.span.start, dr.span.end
    before = raw[:a].rstrip(" \t,;–—-")
    after = raw[b:].lstrip(" \t,;–—-")
    if before and not after.strip() and _is_place(before) and raw[len(before):a].strip(" \t") in {",", ";", "–", "—", "-"}:
        return [Part("place", False, base, base + len(before)), Part("date", False, base + a, base + len(raw))]
    if after and not before and _is_place(after.rstrip(" .")) and raw[b:len(raw) - len(after)].strip(" \t") in {",", ";"}:
        k = len(raw) - len(after)
        return [Part("date", False, base, base + b), Part("place", False, base + k, base + k + len(after.rstrip(" .")))]
    return whole


_HOUSE_NUMBER = re.compile(r"(?:^|\s)(?:(?!(?:19|20)\d\d\b)[A-Za-z]{0,3}\d+[A-Za-z]?(?:[-–/]\d+)?|s/n|no\.?\s*\d+)(?:\s|$)",
                           re.IGNORECASE)


def venue_place(text: str) -> int | None:
    """Issue 13 (listing): a venue line with its street address, as calendar plugins print it under an
    entry's title ("Lima Convention Center, Av. Arqueología 206, San Borja, Lima, Peru", "Ministerio de
    Relaciones Exteriores, Teatinos 180, Santiago, Chile"): comma-separated parts, one of them a street with
    its number, the last ones a place that resolves to a city; the offset of that place, else None."""
    t = text.rstrip()
    if not t or len(t) > 160 or _PROSE_END.search(t) and not t.endswith(")") or "," not in t:
        return None
    parts = [m for m in re.finditer(r"[^,]+", t)]
    if len(parts) < 3 or not any(_HOUSE_NUMBER.search(p.group()) for p in parts[1:-1]):
        return None
    for k in (2, 1, 3):  # "Lima, Peru", then "Quito", then "San Borja, Lima, Peru"
        if k >= len(parts):
            continue
        start = parts[-k].start()
        start += len(t[start:]) - len(t[start:].lstrip())
        cand = t[start:]
        res = resolve_place(cand)
        if res.city is not None and not res.problem and looks_like_place(cand):
            return start
    return None


# issue 13 (listing2): a title line that carries its entry's date at its end or its start, set apart by a dash, a
# bar, a middle dot, a comma or brackets ("Regional Forum on Labour Migration — 25 July 2019", "Taller sobre
# retorno | del 3 al 5 de abril de 2019", "Seminar on Migrant Health (2–3 December 2021)", "12 de mayo de 2022 –
# Reunión técnica de puntos focales")
# (issue 13, listing17: or a column's gap, a tab or three spaces and more: "05/06/2017   Technical meeting on …",
# "Taller sobre retorno\t3 de abril de 2019")
_TITLE_DATE_SEP = re.compile(r"[ \t]+(?:—|–|-|\||·|•)[ \t]+|,[ \t]+|[ ]*\t[ \t]*|[ ]{3,}")


_LIST_NUMBER = re.compile(r"\d{1,3}[.)][ \t]+[A-ZÁÉÍÓÚÑ]")  # "2. Taller …", "3) Workshop …"


def _next_number(title: Line, ln: Line) -> bool:
    """Issue 13 (listing37b): `ln` opens with the list number right after the one `title` opens with ("03. Meeting …"
    then "04. Forum …", "2) Taller …" then "3) Curso …"), the same mark, and reads as a title."""
    if not ln.text[:1].isdigit() and not ln.text.lstrip()[:1].isdigit():
        return False  # (a cheap pre-test)
    a, b = _LIST_NUMBER.match(title.text.lstrip()), _LIST_NUMBER.match(ln.text.lstrip())
    if a is None or b is None:
        return False
    na, nb = re.match(r"\d+", a.group()), re.match(r"\d+", b.group())
    return int(nb.group()) == int(na.group()) + 1 and a.group()[na.end()] == b.group()[nb.end()] \
        and len(blocks.clean(ln.text)) <= 160 and not _PROSE_END.search(blocks.clean(ln.text))


def title_date(line: Line, *, order: str | None = None) -> tuple[Line, Meta] | None:
    """The title part of a title line that carries its date (see above), as a line of its own, and the date
    part as a meta line's; None when the line is anything else (a meta line, prose, a date alone)."""
    text = line.text
    ls, le = blocks.strip_offsets(text, 0, 0, len(text))
    t = text[ls:le]
    if not t or len(t) > 240 or blocks.is_bullet(t) and not _LIST_NUMBER.match(t):
        return None  # (issue 13, listing31: a numbered title, "2. Taller … (del 8 al 10 de mayo de 2016)", is one)
    cands: list[tuple[int, int, int, int]] = []  # title (a, b), date (c, d) offsets in t
    if t.endswith(")") and "(" in t:
        k = t.rindex("(")
        cands.append((0, k, k + 1, len(t) - 1))
    seps = list(_TITLE_DATE_SEP.finditer(t))
    if seps:
        cands.append((0, seps[-1].start(), seps[-1].end(), len(t)))
        if seps[0].group().strip() != ",":
            cands.append((seps[0].end(), len(t), 0, seps[0].start()))
    for a, b, c, d in cands:
        a, b = blocks.strip_offsets(t, 0, a, b)
        c, d = blocks.strip_offsets(t, 0, c, d)
        head, tail = t[a:b], t[c:d]
        if len(head.split()) < 3 or re.search(r"[.!?;:…,]$", head) or not head[:1].isupper() and not head[:1].isdigit():
            continue
        dr = range_line(tail, 0, order=order)
        if dr is None or dr.span.start != 0 or dr.span.end < len(tail.rstrip(" .")) - 1:
            continue  # the part is only a date, whole
        if find_dates(head, 0) or _is_place(head) or looks_like_place(head):
            continue  # a second date, or a place and a date: a meta line's
        title = Line(line.no, line.start + ls + a, line.start + ls + b, head)
        return title, Meta(line, (Part("date", False, line.start + ls + c, line.start + ls + d),))
    return None


# issue 13 (listing21): a title closed by its acronym in brackets ("Meeting of the Focal Points (OSM)",
# "Taller sobre Trata de Personas (GTTP)"): the bracket ends no sentence
_ACRONYM_END = re.compile(r"[^\W\d_][ \t]+\((?:[A-ZÁÉÍÓÚÑ][A-Za-zÁÉÍÓÚÑáéíóúñ0-9&.\-]{1,11})\)$")


def _title_like(line: Line) -> bool:
    t = blocks.clean(line.text)
    return bool(t) and len(t) <= 200 and (not _PROSE_END.search(t) or t[-1] == ")" and _ACRONYM_END.search(t)
                                          is not None and sum(c.isupper() for c in t[t.rfind("(") + 1:]) >= 2) \
        and not blocks.is_footer(t) and not blocks.is_navigation(t)


def _not_prose(line: Line) -> bool:
    t = blocks.clean(line.text)
    return len(t) <= 200 and not _PROSE_END.search(t)


def _doubled(line: Line) -> bool:
    """A title printed twice on its line ("Regional Workshop on X Regional Workshop on X")."""
    t = blocks.clean(line.text)
    return len(t.split()) >= 4 and _title_like(line) and find_double(t) is not None


def _lead_dates(lines: list[Line], *, order: str | None = None) -> set[int]:
    """Issue 13 (listing): the numbers of the date lines printed *before* an entry's title, as calendar
    plugins print their list view ("December 5, 2023 @ 8:30 am - 6:00 pm" / the title / the venue): a date
    line right after a pager, a "Find out more" link or the page's navigation (or at the top), followed by a
    title-like line that is no meta line, byline or link."""
    filled = [ln for ln in lines if not ln.blank]
    gap = {ln.no for a, ln in zip([None, *lines], lines) if not ln.blank and (a is None or a.blank)}
    out: set[int] = set()
    opening: set[int] = set()  # date lines opening a paragraph under a title-like line (a heading over them)
    for k, ln in enumerate(filled):
        if k + 1 >= len(filled):
            break
        prev, nxt = (filled[k - 1] if k else None), filled[k + 1]
        closer = prev is not None and not _title_like(prev) and blocks.is_navigation(prev.text) \
            or prev is not None and blocks.is_column_header(prev.text)  # issue 13 (listing18): "Date     Event"
        if prev is not None and not closer and blocks.is_rule(prev.text):
            closer = True  # issue 13 (listing28b): a rule of dashes closes the entry above, like a "Read more" link
        if prev is not None and not closer and ln.no in gap and blocks.MORE_LINK.match(blocks.clean(prev.text)):
            closer = True  # issue 13 (listing25): the previous entry's "View record" link, a blank line, the date
        if prev is not None and not closer and ln.no not in gap:
            continue
        if not _DIGIT_OR_LABEL.search(ln.text):
            continue
        m = meta_line(ln, order=order)
        if m is not None and _RANGE_OPEN.search(ln.text) and k + 2 < len(filled) and _range_close(nxt, order):
            nxt = filled[k + 2]  # issue 13 (listing28b): "9 Sep 2022 -" / "11 Sep 2022": one range on two lines
        if m is None or m.kinds != {"date"} or not _title_like(nxt) or blocks.is_byline(nxt.text) \
                or meta_line(nxt, order=order) is not None or blocks.is_pager(nxt.text):
            continue
        (out if prev is None or closer else opening).add(ln.no)
    # issue 13 (listing25): once the date lines after the closing links show the shape, the first one, under the
    # heading over the entries (a blank line between), heads its entry too
    if out and opening:
        first = min(out)
        out.update(no for no in opening if no < first)
    elif not out and len(opening) >= 2 and _dates_open_every_paragraph(lines, opening):
        # issue 13 (listing26): no link closes the entries, but every paragraph from the first dated one on
        # opens with its date line over a title ("2023-12-05 / 2023-12-06" / title / place / labels / text):
        # the repeated shape says the date lines head their entries
        out = set(opening)
    return out


_RANGE_OPEN = re.compile(r"\d[ \t]*[-–—][ \t]*$")  # a date line left open by a range's dash ("9 Sep 2022 -")


def _range_close(line: Line, order: str | None) -> bool:
    """Issue 13 (listing28b): the line that closes a date range opened on the line above: a date line alone."""
    m = meta_line(line, order=order) if not line.blank and _DIGIT_OR_LABEL.search(line.text) else None
    return m is not None and m.kinds == {"date"} and len(m.parts) == 1


def _dates_open_every_paragraph(lines: list[Line], opening: set[int]) -> bool:
    """Whether every paragraph (blank-line separated) from the first of the `opening` date lines on, up to the
    last one, starts with one of them, and each of those paragraphs holds at least its title under the date."""
    first, last = min(opening), max(opening)
    starts: list[int] = []
    size: dict[int, int] = {}
    cur = None
    prev_blank = True
    for ln in lines:
        if ln.blank:
            prev_blank = True
            continue
        if prev_blank:
            cur = ln.no
            if first <= cur <= last:
                starts.append(cur)
            size[cur] = 0
        size[cur] += 1
        prev_blank = False
    return set(starts) <= opening and all(size.get(no, 0) >= 3 for no in opening)


def is_headed(lines: list[Line], *, order: str | None = None) -> bool:
    """Whether a listing prints its entries' place or date right under each title (or a CMS byline, or the
    date right before each title)."""
    count = 0
    for k, (prev, ln) in enumerate(zip(lines, lines[1:])):
        if prev.blank or not _title_like(prev) and not (prev.text.rstrip().endswith(")") and _dated_title(prev, ln, order)):
            continue  # (issue 13, listing31: "Workshop on X (8–10 May 2016)": a title with its date in brackets)
        if blocks.is_byline(ln.text) and not blocks.is_byline(prev.text):  # issue 13 (listing): a byline
            count += 1
            continue
        if _dated_title(prev, ln, order):  # issue 13 (listing2): "Title — 25 July 2019" over its place or text
            count += 1
            continue
        m = meta_line(ln, order=order)
        if m is not None and m.strong and meta_line(prev, order=order) is None:
            count += 1
        elif m is not None and m.kinds == {"place"} and meta_line(prev, order=order) is None:
            # issue 13 (listing18): a place line under the title, then the date on a line of its own
            # ("Lima, Peru" / "5-6 December 2023"): the two lines head the entry together
            nxt = lines[k + 2] if k + 2 < len(lines) else None
            if nxt is not None and not nxt.blank and not _DIGIT_OR_LABEL.search(nxt.text) and k + 3 < len(lines) \
                    and len(nxt.text) <= 60 and (m1 := meta_line(nxt, order=order)) is not None \
                    and m1.kinds == {"place"}:
                # issue 13 (listing30a): the city and the country on two short lines, the date on the third
                # ("Cusco" / "Perú" / "3 de mayo de 2019")
                nxt = lines[k + 3]
            if nxt is not None and not nxt.blank and _DIGIT_OR_LABEL.search(nxt.text):
                m2 = meta_line(nxt, order=order)
                if m2 is not None and m2.strong:
                    count += 1
    if count < 2:
        count += _spaced_heads(lines, order=order)
    if count < 2:
        count += len(_lead_dates(lines, order=order))
    return count >= 2


_DIGIT_OR_LABEL = re.compile(r"\d|:")


def _spaced_heads(lines: list[Line], *, order: str | None = None) -> int:
    """Issue 13 (listing17): entries whose title, head line and text are paragraphs apart by one blank line each
    ("Workshop on Return" / "" / "Quito, Ecuador, 3-5 April 2019" / "" / "The ministry hosted …"): the number of
    head lines with a date (or a label) one blank line under a title-like line that opens its paragraph."""
    count = 0
    for k in range(2, len(lines)):
        ln, gap, prev = lines[k], lines[k - 1], lines[k - 2]
        if ln.blank or not gap.blank or prev.blank or (k >= 3 and not lines[k - 3].blank) \
                or not _DIGIT_OR_LABEL.search(ln.text) or not _title_like(prev):
            continue  # (a strong head line has a date, so a digit, or a label's colon: a cheap pre-test)
        m = meta_line(ln, order=order)
        if m is not None and m.strong and meta_line(prev, order=order) is None:
            count += 1
    return count


def _dated_title(line: Line, nxt: Line, order: str | None) -> bool:
    """A title line carrying its date (:func:`title_date`) that is no meta line, with a line under it."""
    return not line.blank and not nxt.blank and meta_line(line, order=order) is None \
        and title_date(line, order=order) is not None


@dataclass
class Entry:
    title: Line
    metas: list[Meta] = field(default_factory=list)
    body: list[Line] = field(default_factory=list)
    bylines: list[Line] = field(default_factory=list)  # issue 13 (listing): a CMS's byline lines: not read

    def has(self, kind: str) -> bool:
        return any(kind in m.kinds for m in self.metas)


def _last_head(lines: list[Line], *, order: str | None = None) -> int:
    """The number of the last line that heads or closes an entry (a meta line, a byline, a "Read more"
    link), 0 when none."""
    last = 0
    for ln in lines:
        if ln.blank:
            continue
        if blocks.is_byline(ln.text) or blocks.MORE_LINK.match(blocks.clean(ln.text)) \
                or meta_line(ln, order=order) is not None and not MONTH_YEAR.fullmatch(blocks.clean(ln.text)):
            # issue 13 (listing2): a month and year alone ("May 2023") is a blog's archive link in its sidebar,
            # after the pager: it heads no entry
            last = ln.no
        elif title_date(ln, order=order) is not None:  # issue 13 (listing2): a title line with its date
            last = ln.no
    return last


# issue 13 (listing24): an entry's details printed as a label on a line of its own, its value on the next line
# ("Fecha" / "12 - 13 noviembre, 2018", "Venue" / "Lima, Peru"): the label line is no title and no text; its value
# line is the head line the label says (a place, a date). Role labels ("Organiza" / "Ministry of …") stay in the
# entry's text, where the extraction reads a label alone over its value.
_SHORT_LABEL = 40


def label_pairs(lines: list[Line], order: str | None = None) -> dict[int, Meta]:
    """The place and date values printed on the line under their label alone: {label line number: the value's
    head line}. Only a label line directly above its value (no blank line between) counts."""
    out: dict[int, Meta] = {}
    for k in range(len(lines) - 1):
        ln, nxt = lines[k], lines[k + 1]
        if ln.blank or nxt.blank or len(ln.text) > _SHORT_LABEL or ":" in ln.text or any(c.isdigit() for c in ln.text):
            continue  # (a cheap pre-test: a label alone is short, with no colon and no digit)
        lab = labels.find(ln.text)
        if lab is None or lab.value_start is not None or lab.key not in labels.FACT_KEYS or lab.key == "mode":
            continue
        if labels.find(nxt.text) is not None:
            continue  # a label under a label: no value
        m = _field_meta(nxt, replace(lab, value_start=0), order)
        if m is not None:
            out[ln.no] = m
    return out


def entries(lines: list[Line], *, order: str | None = None) -> tuple[list[Entry], list[Line]]:
    """The entries of a headed listing, and the lines outside any entry (before the first
    title, after the last description)."""
    out: list[Entry] = []
    before: list[Line] = []  # lines before the first title
    gap: dict[int, bool] = {}  # line number -> a blank line (or the page's start) right above it
    prev_blank = True
    last_meta = False
    closed = False  # the current entry's description was closed by a place line ("Location: …")
    outside_links: list[Line] = []
    lead = _lead_dates(lines, order=order)
    pending: Meta | None = None  # a date line printed before the next entry's title
    pending_more: list[Meta | None] = []  # the line closing the pending date's range ([None]: awaited)
    last_head = _last_head(lines, order=order)
    prev_ln: Line | None = None  # the previous non-blank line
    paired = label_pairs(lines, order)  # issue 13 (listing24): "Fecha" / "12 - 13 noviembre, 2018"
    values = {lines[k + 1].no: paired[ln.no] for k, ln in enumerate(lines) if ln.no in paired}
    for idx, ln in enumerate(lines):
        if ln.blank:
            prev_blank = True
            continue
        if ln.no in paired:  # the label over its value: the value line heads the entry
            continue
        gap[ln.no], prev_blank = prev_blank, False
        above, prev_ln = prev_ln, ln
        cur = out[-1] if out else None
        if blocks.is_byline(ln.text):  # issue 13 (listing): "Posted on … by …" under a title
            if cur is not None and cur.title is above and not cur.body:
                cur.bylines.append(ln)
            elif cur is not None and cur.bylines and cur.bylines[-1] is above:
                cur.bylines.append(ln)
            else:
                pool = cur.body if cur is not None else before
                if pool and pool[-1] is above and _title_like(above):
                    pool.pop()
                    out.append(Entry(above, [], [], [ln]))
                else:
                    outside_links.append(ln)
                    continue
            last_meta, closed = True, False
            continue
        if pending is None and ln.no in lead:
            pending = meta_line(ln, order=order)
            pending_more = [] if pending is None or not _RANGE_OPEN.search(ln.text) else [None]
            last_meta, closed = False, cur is not None
            continue
        if pending is not None and pending_more == [None] and above is pending.line and _range_close(ln, order):
            pending_more = [meta_line(ln, order=order)]  # issue 13 (listing28b): the range's last day, next line
            continue
        if cur is not None and blocks.is_pager(ln.text) and not blocks.MORE_LINK.match(blocks.clean(ln.text)) \
                and (ln.no > last_head or re.search(r"\d", ln.text) and all(_not_prose(x) for x in lines[idx + 1:])):
            # issue 13 (listing): the pager after the last entry: what follows is the site's footer; (listing35) so
            # are the lines after a pager of page numbers with no sentence among them, the secretariat's name and its
            # city ("Conferencia Regional sobre Migración — Secretaría Técnica" / "San José, Costa Rica")
            outside_links.extend(x for x in lines[idx:] if not x.blank)
            break
        if is_kind_badge(ln.text):  # issue 13 (listing36a): "[WORKSHOP]" over the entry's title: no title, no text
            outside_links.append(ln)
            last_meta, closed = False, cur is not None
            continue
        if cur is not None and blocks.is_separator(ln.text):
            # issue 13 (listing20): a share line or a tags line under an entry's text ("Compartir: Facebook | X",
            # "Tags: health, borders") closes the entry like a "Read more" link: no text, no title of the next one
            outside_links.append(ln)
            last_meta, closed = False, True
            continue
        m = values.get(ln.no) or meta_line(ln, order=order)
        if pending is not None and m is None:  # the title under a date printed before it
            out.append(Entry(ln, [pending, *(x for x in pending_more if x is not None)]))
            pending, last_meta, closed = None, True, False
            continue
        if m is None and (blocks.MORE_LINK.match(blocks.clean(ln.text)) or outside_links and blocks.is_pager(ln.text)):
            # issue 13 (h-labels): a "Ver más" / "Read more" link closes its entry: a title-like line next starts one
            outside_links.append(ln)
            last_meta, closed = False, cur is not None
            continue
        if m is None and cur is not None and blocks.is_footer(ln.text):  # issue 13: "© <site>" is no description
            outside_links.append(ln)
            continue
        td = title_date(ln, order=order) if m is None else None
        if td is not None:  # issue 13 (listing2): "Title — 25 July 2019": an entry's title and its date
            out.append(Entry(td[0], [td[1]]))
            last_meta, closed = True, False
            continue
        if m is None:
            if _doubled(ln) or (closed and _title_like(ln)) or (cur is not None and gap[ln.no]
                                                                   and _next_number(cur.title, ln)):
                # a title printed twice, or a title after the closing place line, or (issue 13, listing37b) the next
                # number's title of a numbered list ("04. Forum on …" after the entry "03. Meeting …"), whatever its
                # head line says
                out.append(Entry(ln, []))
            else:
                (cur.body if cur is not None else before).append(ln)
            last_meta = closed = False
            continue
        if cur is not None and last_meta:  # a second head line ("Date: …" then "Location: …")
            cur.metas.append(m)
            continue
        last_meta = True
        prev = cur.body[-1] if cur is not None and cur.body else None
        filled = {k for k in ("place", "date") if cur is not None and cur.has(k)}
        if prev is not None and not (m.kinds & filled) and not (gap[prev.no] and _title_like(prev)):
            cur.metas.append(m)  # "Location: …" closing the description
            closed = "place" in m.kinds
            continue
        pool = cur.body if cur is not None else before
        if not pool:  # a meta line under nothing: the current entry's, else outside
            if cur is not None:
                cur.metas.append(m)
            else:
                before.append(ln)
            continue
        out.append(Entry(pool.pop(), [m]))
    outside = list(before) + outside_links
    # issue 13 (listing15): a title-like line after the last line that heads or closes an entry, with no head line
    # of its own and no sentence under it ("Subscribe to our newsletter | Follow us: …" under the last "Read more",
    # then the secretariat's credit), opens no entry: it and what follows it are the page's footer
    while out and last_head and out[-1].title.no > last_head and not out[-1].metas and not out[-1].bylines \
            and all(_not_prose(b) for b in out[-1].body):
        tail = out.pop()
        outside.extend([tail.title, *tail.body])
    # an entry's last paragraphs that are not prose (a pager, a site credit) are not its description
    for e in out:
        while len(e.body) > 1:
            k = max((i for i, b in enumerate(e.body) if i > 0 and gap[b.no]), default=None)
            if k is None or not all(_not_prose(b) for b in e.body[k:]):
                break
            outside.extend(e.body[k:])
            del e.body[k:]
    return out, outside


# --- issue 13 (listing4): more parts of a meta line -----------------------------------------------------------------
# A part of a meta line may be labelled by a longer label than "Fecha:" / "Lugar:" ("Fecha del evento: 9 y 10 de
# abril de 2019", "Event dates: …", "Venue city: …"): the label's key (labels.classify) tells a date from a place
# part. A part labelled by a key the layout does not read ("Categoría: Talleres", "Type: Webinar") is left out of
# the line's parts, when the line has other parts (a category alone is no meta line). An unlabelled part that is
# an event's kind with its online mode ("Curso en línea", "Online course", "Taller virtual") is the online mode,
# quoted as the mode's words.
_LABELLED_PART = re.compile(r"^([^\W\d_][^:|]{0,40}?)[ \t]*:[ \t]*(?=\S)")
_KIND_MODE = re.compile(
    r"^(?:(?:curso|taller|seminario|webinario|reuni[oó]n|sesi[oó]n|evento|conversatorio|foro|encuentro|"
    r"capacitaci[oó]n|course|workshop|seminar|meeting|session|event|training|forum|dialogue)[ \t]+"
    r"(?P<a>en[ \t]+l[ií]nea|virtual|online|a[ \t]+distancia)"
    r"|(?P<b>online|virtual)[ \t]+(?:course|workshop|seminar|meeting|session|event|training|forum|dialogue))$",
    re.IGNORECASE)


# issue 13 (listing20): an unlabelled cell that only names the event's kind ("SUMMIT  ·  2–4 FEB 2016",
# "Taller | 12 de mayo de 2019", "Reunión técnica · …"), one kind word, maybe with one qualifier: the type tag a CMS
# prints beside an entry's date; passed over when the line has other parts (a kind alone is no meta line)
_KIND_WORD = (r"(?:conferences?|seminars?|workshops?|webinars?|meetings?|forums?|courses?|trainings?|dialogues?|"
              r"sessions?|events?|roundtables?|round[ \t]+tables?|panels?|summits?|congress(?:es)?|symposi(?:um|a)|"
              r"consultations?|conferencias?|seminarios?|talleres|taller|webinarios?|reuni[oó]n(?:es)?|foros?|cursos?|"
              r"capacitaci[oó]n(?:es)?|di[aá]logos?|sesi[oó]n(?:es)?|eventos?|conversatorios?|encuentros?|"
              r"mesas?[ \t]+redondas?|cumbres?|congresos?|simposios?|jornadas?|paneles|consultas?)")
_KIND_QUALIFIER = (r"(?:regional|national|international|technical|ministerial|virtual|online|hybrid|high-level|"
                   r"nacional|internacional|t[eé]cnic[oa]|ministerial|virtual|h[ií]brid[oa]|de[ \t]+alto[ \t]+nivel)")
# (issue 13, listing36b: or what meets, one word before the kind, and the mode in brackets: "Network meeting (hybrid)",
# "Reunión de red (virtual)")
_KIND_CELL = re.compile(rf"(?:{_KIND_QUALIFIER}[ \t]+|[^\W\d_]{{3,}}[ \t]+)?{_KIND_WORD}"
                        r"(?:[ \t]+(?:de|del|de[ \t]+la)[ \t]+[^\W\d_]{3,})?" rf"(?:[ \t]+{_KIND_QUALIFIER})?"
                        r"(?:[ \t]+\((?:hybrid|h[ií]brid[oa]|virtual|online|en[ \t]+l[ií]nea|in[ \t-]+person|presencial)\))?",
                        re.IGNORECASE)


def is_kind_badge(text: str) -> bool:
    """Issue 13 (listing36a): a line that only names an entry's kind, as a CMS prints it over the entry's title: in
    square brackets ("[WORKSHOP]", "[Reunión técnica]"), in capitals alone ("SEMINARIO"), or labelled by a label the
    layout does not read ("Type: Workshop", "Tipo de evento: Foro"). It is no title and no text: the title follows."""
    t = blocks.clean(text)
    if not t or len(t) > 50 or not (t[0] == "[" or ":" in t or t.isupper()):  # (a cheap pre-test)
        return False
    if t[0] == "[":
        return t[-1] == "]" and bool(_KIND_CELL.fullmatch(t[1:-1].strip()))
    if ":" in t:
        lab = labels.find(t)
        return lab is not None and lab.key == "ignore" and lab.value_start is not None \
            and bool(_KIND_CELL.fullmatch(t[lab.value_start:].strip()))
    return bool(_KIND_CELL.fullmatch(t))


# issue 13 (listing36a): a date cell that says the date is not known yet ("Date to be confirmed | Tegucigalpa,
# Honduras", "Fecha por confirmar · Quito"): no date, no warning; the line's other cells are read
_NO_DATE_CELL = re.compile(
    r"(?:dates?[ \t]+(?:to[ \t]+be[ \t]+(?:confirmed|announced|defined|determined)|tbc|tba|tbd|pending)|"
    r"fechas?[ \t]+(?:por[ \t]+(?:confirmar|definir|anunciar)|a[ \t]+(?:confirmar|definir)|pendientes?)|"
    r"tbc|tba|tbd|to[ \t]+be[ \t]+confirmed|por[ \t]+confirmar|por[ \t]+definir|sin[ \t]+fecha)\.?", re.IGNORECASE)


def r14_part(raw: str, base: int, *, several: bool) -> list[Part] | None:
    """The parts a meta line's part `raw` (at page offset `base`) gives by the rules above: a list (empty for a
    part left out), None when the part is no meta line's."""
    m = _KIND_MODE.match(raw)
    if m is not None:
        g = "a" if m.group("a") else "b"
        return [Part("place", False, base + m.start(g), base + m.end(g))]
    if ":" not in raw:
        return None
    m = _LABELLED_PART.match(raw)
    if m is None:
        return None
    key = labels.classify(m.group(1))
    if key is None:
        return None
    if key[0] == "date":
        return [Part("date", True, base + m.end(), base + len(raw))]
    if key[0] in {"place", "city", "country", "mode"}:
        value = raw[m.end():]
        if len(value.split()) > 6 or _PROSE_END.search(value) and not _BRACKETED.fullmatch(value):
            return None
        return [Part("place", True, base + m.end(), base + len(raw))]
    if key[0] == "ignore" and several and len(raw) <= 60 and not _PROSE_END.search(raw):
        return []
    return None
