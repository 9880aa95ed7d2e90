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
from dataclasses import dataclass, field

from rcpkg.loaders.dates import date_line, find_dates
from rcpkg.loaders.layouts import blocks, labels
from rcpkg.loaders.layouts.blocks import Line
from rcpkg.loaders.places import looks_like_place, resolve_place
from rcpkg.loaders.titles import find_double

_SEPARATOR = re.compile(r"[ \t]+(?:\||—|–|·|•)[ \t]+")
_PLACE_LABEL = re.compile(
    r"^(?:lugar|location|place|venue|city|ciudad|sede|ubicaci[oó]n|where|d[oó]nde|pa[ií]s|country)[ \t]*:[ \t]*",
    re.IGNORECASE)
_DATE_LABEL = re.compile(r"^(?:fechas?|dates?|when|cu[aá]ndo)[ \t]*:[ \t]*", re.IGNORECASE)
# issue 13 (sixth held-out set): a head line's date part may give only the month and year ("September
# 2017 | Lima", "octubre de 2025"): a date part that dates no day (the event gets no dates from it)
MONTH_YEAR = re.compile(
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december|enero|febrero|"
    r"marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)\.?,?[ \t]+"
    r"(?:(?:de|del)[ \t]+)?(?:19|20)\d\d", re.IGNORECASE)
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


def _field_meta(line: Line, lab) -> Meta | None:
    """A labelled place, date or mode field as a meta line; a place-and-date field's value is cut at its dates."""
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
    found = find_dates(text[s:e], 0)
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
    if lab is not None and lab.key in labels.FACT_KEYS and lab.value_start is not None:
        return _field_meta(line, lab)  # issue 13 (h-labels): "Fecha y lugar: Asunción, 3 de julio", "• Lugar: X"
    if blocks.is_bullet(text):
        return None
    cuts = [0]
    ends = []
    for m in _SEPARATOR.finditer(text):
        ends.append(m.start())
        cuts.append(m.end())
    ends.append(len(text))
    parts: list[Part] = []
    for s, e in zip(cuts, ends):
        s, e = blocks.strip_offsets(text, 0, s, e)
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
        if date_line(raw, 0, order=order) is not None or MONTH_YEAR.fullmatch(raw):
            parts.append(Part("date", False, line.start + s, line.start + e))
            continue
        if _is_place(raw):
            parts.append(Part("place", False, line.start + s, line.start + e))
            continue
        return None
    return Meta(line, tuple(parts)) if parts else None


def _title_like(line: Line) -> bool:
    t = blocks.clean(line.text)
    return bool(t) and len(t) <= 200 and not _PROSE_END.search(t) and not blocks.is_footer(t) \
        and not blocks.is_navigation(t)


def _not_prose(line: Line) -> bool:
    t = blocks.clean(line.text)
    return len(t) <= 200 and not _PROSE_END.search(t)


def _doubled(line: Line) -> bool:
    """A title printed twice on its line ("Regional Workshop on X Regional Workshop on X")."""
    t = blocks.clean(line.text)
    return len(t.split()) >= 4 and _title_like(line) and find_double(t) is not None


def is_headed(lines: list[Line], *, order: str | None = None) -> bool:
    """Whether a listing prints its entries' place or date right under each title."""
    count = 0
    for prev, ln in zip(lines, lines[1:]):
        if prev.blank or not _title_like(prev):
            continue
        m = meta_line(ln, order=order)
        if m is not None and m.strong and meta_line(prev, order=order) is None:
            count += 1
    return count >= 2


@dataclass
class Entry:
    title: Line
    metas: list[Meta] = field(default_factory=list)
    body: list[Line] = field(default_factory=list)

    def has(self, kind: str) -> bool:
        return any(kind in m.kinds for m in self.metas)


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
    for ln in lines:
        if ln.blank:
            prev_blank = True
            continue
        gap[ln.no], prev_blank = prev_blank, False
        m = meta_line(ln, order=order)
        cur = out[-1] if out else None
        if m is None and (blocks.MORE_LINK.match(blocks.clean(ln.text)) or outside_links and blocks.is_pager(ln.text)):
            # issue 13 (h-labels): a "Ver más" / "Read more" link closes its entry: a title-like line next starts one
            outside_links.append(ln)
            last_meta, closed = False, cur is not None
            continue
        if m is None and cur is not None and blocks.is_footer(ln.text):  # issue 13: "© <site>" is no description
            outside_links.append(ln)
            continue
        if m is None:
            if _doubled(ln) or (closed and _title_like(ln)):
                out.append(Entry(ln, []))  # a title printed twice, or a title after the closing place line
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
    # an entry's last paragraphs that are not prose (a pager, a site credit) are not its description
    for e in out:
        while len(e.body) > 1:
            k = max((i for i, b in enumerate(e.body) if i > 0 and gap[b.no]), default=None)
            if k is None or not all(_not_prose(b) for b in e.body[k:]):
                break
            outside.extend(e.body[k:])
            del e.body[k:]
    return out, outside
