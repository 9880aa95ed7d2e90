"""Issue 13 (listing3): listings whose entries are *cards* of one repeated shape.

Many CMS listings, calendars and e-mail newsletters print every entry as one block of lines, the
blocks apart by blank lines or by rule lines ("----------", "=========="), each block of the same
shape: maybe a date first (a whole date line, "15/03/2023 – 16/03/2023", or a date *badge* whose
day, month and year are stacked on short lines of their own: "04–07" / "DEC" / "2023"), maybe a
section heading in capitals ("COMING UP IN 2018"), then the entry's title, then its place and date
lines, then its description, then its "Read more" link. Around the cards: the page's header (a
cookie notice, filters, a results count), the column names of a calendar printed one a line
("Fecha" / "Actividad" / "Sede"), a greeting, a table of contents, the pager and the footer — blocks
of another shape.

Every line of a block gets a kind: ``D`` a date badge (several lines), ``E`` a date line, ``M`` a
meta line with a place (:func:`rcpkg.loaders.layouts.heads.meta_line`), ``L`` a link or pager line,
``H`` a heading in capitals, ``X`` prose, ``B`` a bullet, ``F`` a footer line, ``T`` a title-like
line. A block is a card when its kinds read ``H? (D|E)* T (M|E)* X* L*`` with a meta line or prose
after the title, or a date before it. A place line before a title is no card's head: listings that
close each entry with its place line print the next title right under it. The page is printed in cards when two blocks or more are cards and two
of them, at least, hold the same kinds in the same order with a date or place among them (the
repeated structure), and when the cards are not the plain "title, description, place" entries the
listing reads otherwise (no card ends with its place line).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from rcpkg.loaders.dates import date_line
from rcpkg.loaders.layouts import blocks, heads
from rcpkg.loaders.layouts.blocks import Line
from rcpkg.loaders.records import DateRange, Span

# a rule line between a newsletter's items or a page's sections
RULE = re.compile(r"^[ \t]*(?:[-=_*~·•]\s?){4,}[ \t]*$")
# a badge's line: a day or days, a month's name or its abbreviation, a year, a weekday
_BADGE_PART = re.compile(r"^[\w.,–—/ -]{1,14}$")
# issue 13 (layout19): a card grid's one-line date badge that prints the day and the month but no year
# ("15 / MAR", "08 JUN", "MAR 15", "3-5 / dic."): a date head of the card that dates no day (no year to give it)
_MONTH_ABBR = (r"(?:january|february|march|april|may|june|july|august|september|october|november|december|enero|"
               r"febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|"
               r"jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|ene|abr|ago|set|dic)\.?")
_DAYS = r"[0-3]?\d(?:[ \t]*[-–][ \t]*[0-3]?\d)?"
YEARLESS_BADGE = re.compile(rf"^(?:{_DAYS}[ \t]*(?:[/.|·-][ \t]*|[ \t])(?:de[ \t]+)?{_MONTH_ABBR}|"
                            rf"{_MONTH_ABBR}[ \t]*(?:[/.|·-][ \t]*|[ \t]){_DAYS})$", re.IGNORECASE)
# issue 13 (listing35): an undated entry's empty date column ("—", "–", "--", "s/f", "n.d."): the column's place,
# no date (it dates nothing, and it is no title); not a lone hyphen-minus, which the seed page's layout prints for an
# event without a place (the benchmark's listings of that layout were read as date-column cards: 2 events of 43)
NO_DATE = re.compile(r"^(?:[–—―]{1,3}|-[-–—―]{1,2}|s\.?/?f\.?|n\.?\s?d\.?)$", re.IGNORECASE)
_SHAPE = re.compile(r"^H*[DE]*T[ME]*X*L*$")  # (issue 13, listing18: a page's heading and its column names)
# issue 13 (listing3): a note in brackets after a head line's date ("March 2018 (dates to be confirmed)",
# "(por confirmar)")
_NOTE = re.compile(r"\s*\([^()]{2,60}\)\s*$")
# arrows before a link's words (">> Read the full story", "» Ver más", "→ Leer más")
_ARROWS = re.compile(r"^(?:[>»›→➔]\s*)+")
# a greeting that opens a newsletter ("Dear readers,", "Estimados lectores:")
_PROSE_END = re.compile(r"[.!?;:,…»\"”]$")
# a sentence's end inside the line ("… y la OIT. Ver ficha ›")
_SENTENCE = re.compile(r"[.!?;]\s+[A-ZÁÉÍÓÚÑ¿¡]")
# issue 13 (listing26): a line that carries on the sentence of the line above ("and delivered by …", "y la OIT.")
_GOES_ON = re.compile(r"^[ \t]*[a-záéíóúñü]")


@dataclass
class Card:
    lines: list[Line]
    kinds: str
    badge: tuple[int, int] | None = None  # indices (in lines) of a date badge's first and last line
    metas: list[heads.Meta] = field(default_factory=list)

    @property
    def title(self) -> Line:
        return self.lines[self.kinds.index("T")]

    def of(self, kind: str) -> list[Line]:
        return [ln for ln, k in zip(self.lines, self.kinds) if k == kind]


def badge_date(text: str, lines: list[Line], *, order: str | None = None) -> DateRange | None:
    """The date a badge of stacked short lines gives ("04–07" / "DEC" / "2023", "Mar" / "25" / "2022"),
    quoted from the page whole (its line breaks included); None when the lines are no date."""
    if not 2 <= len(lines) <= 4 or any(ln.blank or not _BADGE_PART.match(blocks.clean(ln.text)) for ln in lines):
        return None
    joined = " ".join(blocks.clean(ln.text) for ln in lines)
    if not re.search(r"[^\W\d_]", joined) or not re.search(r"\d", joined):
        return None
    dr = date_line(joined, 0, order=order)
    if dr is None or dr.span.start != 0 or dr.span.end < len(joined.rstrip(" .,")):
        return None
    s, _ = lines[0].stripped()
    _, e = lines[-1].stripped()
    return DateRange(dr.start, dr.end, Span.of(text, s, e))


# issue 13 (listing33): a range of months over the year ("AUG–OCT" / "2021", "sep.-nov." / "2019"), no day
_MONTH_RANGE_YEAR = re.compile(rf"{_MONTH_ABBR}[ \t]*[-–—/][ \t]*{_MONTH_ABBR},?[ \t]+(?:(?:de|del)[ \t]+)?"
                               r"(?:19|20)\d\d", re.IGNORECASE)


def month_badge(lines: list[Line]) -> bool:
    """Issue 13 (listing25): a badge of two stacked lines, a month's name and a year ("NOV" / "2022", "Ago" /
    "2018"), or a range of months and a year ("AUG–OCT" / "2021", listing33): a date column that dates no day."""
    if len(lines) != 2 or any(ln.blank or len(ln.text) > 20 for ln in lines):
        return False
    joined = " ".join(blocks.clean(ln.text) for ln in lines)
    return heads.MONTH_YEAR.fullmatch(joined) is not None or _MONTH_RANGE_YEAR.fullmatch(joined) is not None


def meta_of(ln: Line, *, order: str | None = None) -> heads.Meta | None:
    """A head line's place and date parts (:func:`heads.meta_line`), also when a note in brackets closes it
    ("Asunción, March 2018 (dates to be confirmed)")."""
    m = heads.meta_line(ln, order=order)
    if m is not None:
        return m
    note = _NOTE.search(ln.text)
    if note is not None and note.start() > 0:
        ln = Line(ln.no, ln.start, ln.start + note.start(), ln.text[:note.start()])
        m = heads.meta_line(ln, order=order)
        if m is not None:
            return m
    return _place_month(ln)


def _place_month(ln: Line) -> heads.Meta | None:
    """A place and a month with its year, no day ("Asunción, March 2018", "Quito, junio de 2020"): the place part
    and the month as a date part (it dates no day)."""
    s, e = ln.stripped()
    t = ln.text[s - ln.start:e - ln.start]
    k = t.rfind(", ")
    if k <= 0 or not heads.MONTH_YEAR.fullmatch(t[k + 2:]) or not heads._is_place(t[:k]):
        return None
    return heads.Meta(ln, (heads.Part("place", False, s, s + k), heads.Part("date", False, s + k + 2, e)))


def _kind(ln: Line, *, order: str | None) -> tuple[str, heads.Meta | None]:
    t = blocks.clean(ln.text)
    if blocks.MORE_LINK.match(t) or blocks.is_pager(t) or blocks.MORE_LINK.match(_ARROWS.sub("", t)):
        return "L", None
    if blocks.is_footer(t) or blocks.is_language_switch(t):  # (issue 13, listing18: "English | Español": no title)
        return "F", None
    if blocks.is_bullet(ln.text):
        return "B", None
    m = meta_of(ln, order=order)
    if m is not None:
        return ("E" if m.kinds == {"date"} else "M"), m
    if blocks.is_caps_heading(t) and len(t.split()) <= 8 or blocks.is_column_header(ln.text):
        return "H", None  # (issue 13, listing18: the column names over the first card, "Date      Event", too)
    if len(t) > 200 or _PROSE_END.search(t) or _SENTENCE.search(t) or blocks.is_byline(t) \
            or blocks.is_navigation(ln.text):
        return "X", None
    return "T", None


def split_blocks(lines: list[Line]) -> tuple[list[list[Line]], list[Line]]:
    """The page's blocks (apart by blank lines and rule lines) and its rule lines."""
    out: list[list[Line]] = []
    rules: list[Line] = []
    cur: list[Line] = []
    for ln in lines:
        rule = not ln.blank and bool(RULE.match(ln.text))
        if ln.blank or rule:
            if rule:
                rules.append(ln)
            if cur:
                out.append(cur)
                cur = []
            continue
        cur.append(ln)
    if cur:
        out.append(cur)
    return out, rules


def read_block(text: str, lines: list[Line], *, order: str | None = None) -> Card:
    kinds: list[str] = []
    metas: list[heads.Meta] = []
    badge = None
    k = 0
    while k < len(lines):
        if badge is None and not kinds or badge is None and set(kinds) <= {"H"}:
            found = next(((k, k + n - 1) for n in (4, 3, 2) if k + n <= len(lines)
                          and badge_date(text, lines[k:k + n], order=order) is not None), None)
            if found is None and YEARLESS_BADGE.match(blocks.clean(lines[k].text)):
                found = (k, k)  # issue 13 (layout19): "15 / MAR" (its date, with no year, is warned of)
            if found is None and month_badge(lines[k:k + 2]):
                found = (k, k + 1)  # issue 13 (listing25): "NOV" / "2022": a month, no day (warned of, no dates)
            if found is None and k + 1 < len(lines) and len(lines[k].text) <= 12 \
                    and NO_DATE.match(blocks.clean(lines[k].text)):
                kinds.append("D")  # issue 13 (listing35): "—" over an undated entry's title: no badge, no date
                k += 1
                continue
            if found is not None:
                badge = found
                kinds.extend("D" * (found[1] - found[0] + 1))
                k = found[1] + 1
                continue
        kind, m = _kind(lines[k], order=order)
        if kind == "M" and set(kinds) <= {"H"} and "date" in m.kinds:
            kind = "E"  # issue 13 (listing17): a date-and-place line above the title is the card's dated head
        elif kind == "H" and kinds and kinds[-1] in "DE" and "T" not in kinds and len(lines) > k + 1:
            kind = "T"  # issue 13 (listing21): a title in capitals under the card's date column ("MAR 24" / "2021")
        elif kind == "T" and "T" in kinds and k + 1 < len(lines) and _GOES_ON.match(lines[k + 1].text):
            kind = "X"  # issue 13 (listing26): a second title-like line under the title whose sentence goes on
            # on the next line ("Coordinated by the … Network" / "and delivered by UNODC, …"): the card's text
        kinds.append(kind)
        if m is not None:
            metas.append(m)
        k += 1
    return Card(lines, "".join(kinds), badge, metas)


def _compact(kinds: str) -> str:
    return re.sub(r"D+", "D", kinds)


def _core(kinds: str) -> str:
    """A card's shape without what only some cards print: its heading, its links, its paragraphs counted once."""
    return re.sub(r"X+", "X", re.sub(r"[HL]", "", _compact(kinds)))


def is_card(card: Card) -> bool:
    shape = _compact(card.kinds)
    if not _SHAPE.match(shape) or shape.count("T") != 1:
        return False
    head, _, tail = shape.partition("T")
    return bool(re.search(r"[DE]", head)) or bool(re.search(r"[MEX]", tail))


def cards(text: str, lines: list[Line], *, order: str | None = None) -> tuple[list[Card], list[Line], list[Line]] | None:
    """The cards of a page printed in cards (see above), the lines outside them and the rule lines; None when
    the page is not printed so."""
    found, rules = split_blocks(lines)
    read = [read_block(text, b, order=order) for b in found]
    good = [c for c in read if is_card(c)]
    if len(good) < 2:
        return None
    shapes: dict[str, int] = {}
    for c in good:
        s = _core(c.kinds)
        if re.search(r"[DEM]", s):
            shapes[s] = shapes.get(s, 0) + 1
    if not shapes or max(shapes.values()) < 2:
        return None
    # the plain listing's entries ("title, description, place"): a card closed by its place line is not one
    # of these; a listing whose entries all give their meta right under the title and nothing else before
    # or between is a headed listing's (heads), unless a date precedes the title or rules set the cards apart
    lead = sum(bool(re.match(r"H?[DE]", _compact(c.kinds))) for c in good)
    if lead < 2 and len(rules) < 2:
        return None
    outside = [ln for c in read if c not in good for ln in c.lines]
    return good, outside, rules
