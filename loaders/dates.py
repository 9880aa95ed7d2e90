"""Dates and date ranges in English and Spanish page text.

Recognised (weekday names optional, ordinal suffixes optional, a time of day
after a date allowed):
- "Tuesday, June 4, 2019 to Wednesday, June 5, 2019", "June 4, 2019";
- "June 4-5, 2019", "November 17th -18th, 2016", "June 4 and 5, 2019", "May 8, 9 and 10, 2018";
- across months and years: "March 30 - April 1, 2019", "30 March – 1 April 2019",
  "December 30, 2018 – January 2, 2019", "del 30 de noviembre al 2 de diciembre de 2016";
- "4 June 2019", "4-5 June 2019", "4 to 5 June 2019";
- "14 al 16 de noviembre de 2023", "4 y 5 de junio de 2019", "8, 9 y 10 de mayo de 2018",
  "del 3 al 5 de mayo de 2022", "4 de junio de 2019", "30 de mayo al 2 de junio de 2022",
  "martes 4 de junio de 2019 al miércoles 5 de junio de 2019",
  "entre el 30 de noviembre y el 2 de diciembre de 2016";
- date-time lines as content management systems print them: "Tuesday, March 5,
  2019 - 10:00 to 16:00", "Martes, 5 de marzo de 2019 - 10:00 a 16:00",
  "5 March 2019, 10:00–16:00", "Wednesday, April 3, 2019 - 09:00 to Friday,
  April 5, 2019 - 17:00" (the time is not part of the date phrase);
- ISO dates "2019-06-04", "2019-06-04 to 2019-06-05", "2019-06-04 / 2019-06-05", and "2019/06/04";
- numeric day/month dates "05/03/2019", "5.3.2019" (see below).

A phrase without a year ("19th and 20th of October", "November 15th") gives
no date: a year the text does not state is never guessed. A range that states
its year once takes it for both ends; its start is in the year before when its
month comes after the end's ("December 30 – January 2, 2019": a range never
runs backwards) and the range then lasts three months at most (longer, it is a
misprint, not a reading: "April 3 - March 30, 2019"). Impossible dates
(February 30) and ranges that end before they start give no date, and neither
does a date inside them. A line whose words say its date is a deadline or a
posting date ("Registration deadline: …", "Publicado el …") is no date line.

Numeric dates read two ways ("03/05/2019": 3 May or 5 March). One is taken
only when nothing is guessed: a number above 12 says which is the day; a
printed weekday ("Tue, 03/05/2019") fits one reading only; or the page's
convention (`numeric_order`: another numeric date on the same page that only
one order reads, else the Spanish convention day/month on a Spanish page).
Otherwise the phrase gives no date; `undecided_dates` and `date_line_problem`
name it, so the caller can warn.

`date_line` reads a line that is (almost) only a date; when the rules here
find no date in it, the dateparser library reads single dates in the long
tail of other spellings ("5th of March 2019", "05-Mar-2019"), still only with
a year the line prints.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from rcpkg.loaders.folding import page_memo
from rcpkg.loaders.layouts.blocks import fold_keep
from rcpkg.loaders.records import DateRange, Span

_MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
    "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10,
    "nov": 11, "dec": 12,
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7, "agosto": 8,
    "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
    "ene": 1, "abr": 4, "ago": 8, "dic": 12,
}
_WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
    "mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3, "fri": 4, "sat": 5, "sun": 6,
    "lunes": 0, "martes": 1, "miercoles": 2, "jueves": 3, "viernes": 4, "sabado": 5, "domingo": 6,
    "lun": 0, "mie": 2, "jue": 3, "vie": 4, "sab": 5, "dom": 6,
}
_MONTH_ALT = "|".join(sorted(_MONTHS, key=len, reverse=True))
_WD_ALT = "|".join(sorted(_WEEKDAYS, key=len, reverse=True))
_M = r"(?P<{}>" + _MONTH_ALT + r")\.?"
_D = r"(?P<{}>[0-3]?\d)(?:st|nd|rd|th|\.?º|\.?°|\.?o|ro|er)?"  # issue 13: "1.º", "1ro", "1er de julio"
_Y = r"(?P<{}>(?:19|20)\d\d)"
_WD = r"(?:(?:" + _WD_ALT + r")\.?,?\s+)?"
# more days of the same list: "8, 9 y 10", "May 8, 9 and 10"
_MORE = r"(?:\s*,\s*[0-3]?\d(?:st|nd|rd|th|º|°)?){0,6}"  # bounded: a list of days, not a table
_SEP = r"\s*(?:-|–|—|to:?|through|until|till|al|a|hasta:?|y|and|&)(?:\s+(?:el|the))?\s*"
_FROM = r"(?:(?:del?|desde(?:\s+el)?|from|entre(?:\s+el)?|between)\s+)?"
# a time of day as pages print it after a date: "10:00", "9.30", "10h00", "10 a.m.", "16:00 hrs"
_TIME = (r"(?:(?:at|a\s+las|a\s+la|de|desde\s+las|from)\s+)?"
         r"(?:[0-2]?\d[:.h][0-5]\d(?:\s*[ap]\.?\s?m\.?)?|[01]?\d\s*[ap]\.?\s?m\.?)(?:\s*(?:hrs?|horas|h)\b\.?)?")
_TIME_AFTER = r"(?:\s*(?:-|–|—|,|@)?\s*" + _TIME + r")?"
_TIME_RX = re.compile(_TIME)


def _f(pattern: str, *names: str) -> str:
    return pattern.format(*names)


def _month_day_year(i: str) -> str:  # "June 4, 2019" / "Tuesday, June 4, 2019"
    return _WD + _f(_M, "m" + i) + r"\s+" + _f(_D, "d" + i) + r",?\s+" + _f(_Y, "y" + i)


def _day_month_year(i: str) -> str:  # "4 June 2019" / "4 de junio de 2019" / "martes 4 de junio del 2019"
    return (_WD + _f(_D, "xd" + i) + r"(?:\s+de)?\s+" + _f(_M, "xm" + i) + r",?(?:\s+(?:de|del))?\s+"
            + _f(_Y, "xy" + i))


def _numeric(i: str) -> str:  # "05/03/2019", "Tue, 03/05/2019", "5.3.2019"
    return (r"(?:(?P<nw" + i + r">" + _WD_ALT + r")\.?,?\s+)?(?P<na" + i + r">[0-3]?\d)(?P<ns" + i
            + r">[/.-])(?P<nb" + i + r">[0-3]?\d)(?P=ns" + i + r")(?P<ny" + i + r">(?:19|20)\d\d)")


def _full(i: str) -> str:
    return "(?:" + _month_day_year(i) + "|" + _day_month_year(i) + "|" + _numeric(i) + ")"


_PATTERNS = [
    # full date to full date (each may carry a time)
    # (issue 13, listing35: or a bar between the two whole dates, "5 June 2023 | 6 June 2023", a range's)
    re.compile(_FROM + _full("1") + _TIME_AFTER + r"(?:" + _SEP + r"|\s*\|\s*)" + _full("2")),
    # June 4-5, 2019 / November 17th -18th, 2016 / June 4 and 5, 2019 / May 8, 9 and 10, 2018
    re.compile(_WD + _f(_M, "m1") + r"\s+" + _f(_D, "d1") + _MORE + _SEP + _WD + _f(_D, "d2") + r",?\s+"
               + _f(_Y, "y1")),
    # March 30 - April 1, 2019 / December 30 – January 2, 2019 (the year stated once, at the end)
    re.compile(_FROM + _WD + _f(_M, "m1") + r"\s+" + _f(_D, "d1") + _TIME_AFTER + _SEP + _WD + _f(_M, "m2")
               + r"\s+" + _f(_D, "d2") + r",?\s+" + _f(_Y, "ye")),
    # 30 de mayo al 2 de junio de 2022 / 30 May to 2 June 2022 / 30 December – 2 January 2019
    re.compile(_FROM + _WD + _f(_D, "d1") + r"(?:\s+de)?\s+" + _f(_M, "m1") + _TIME_AFTER + _SEP + _WD
               + _f(_D, "d2") + r"(?:\s+de)?\s+" + _f(_M, "m2") + r",?(?:\s+(?:de|del))?\s+" + _f(_Y, "ye")),
    # del 3 al 5 de mayo de 2022 / 4 y 5 de junio de 2019 / 4-5 June 2019 / 8, 9 y 10 de mayo de 2018
    re.compile(_FROM + _WD + _f(_D, "d1") + _MORE + _SEP + _WD + _f(_D, "d2") + r"(?:\s+de)?\s+" + _f(_M, "m1")
               + r",?(?:\s+(?:de|del))?\s+" + _f(_Y, "y1")),
    # issue 13 (round 11): a numeric day range, day first, "16-17/11/2011", "3 y 4/05/2022"
    # (issue 13, fields36: or with dots, "19–20.09.2009", "3 y 4.05.2022")
    re.compile(r"(?P<rd1>[0-3]?\d)\s*(?:[-–]|\s(?:y|and|al|a)\s)\s*(?P<rd2>[0-3]?\d)(?P<rs>[/.])(?P<rm>[01]?\d)(?P=rs)"
               r"(?P<ry>(?:19|20)\d\d)"),
    # single dates
    re.compile(_full("1")),
    # ISO (and year-first with slashes: "2019/06/04")
    re.compile(r"(?P<iso1>(?:19|20)\d\d([-/])[01]\d\2[0-3]\d)"
               # issue 13 (fields15): a slash between two ISO dates ("2023-08-07 / 2023-08-08") is a range's
               # (issue 13, listing35: and a bar, "2023-12-05 | 2023-12-06")
               r"(?:(?:" + _TIME_AFTER + _SEP + r"|\s*[/|]\s*)(?P<iso2>(?:19|20)\d\d\2[01]\d\2[0-3]\d))?"),
]

_UNDECIDED = object()  # a numeric date that reads two ways
_NO_WEEKDAY = object()  # a numeric date whose printed weekday fits none of its readings


def _numeric_date(g: dict, i: str, order: str | None) -> date | object | None:
    a, b, y = int(g["na" + i]), int(g["nb" + i]), int(g["ny" + i])
    readings: dict[str, date] = {}
    for name, (day, month) in (("dmy", (a, b)), ("mdy", (b, a))):
        try:
            readings[name] = date(y, month, day)
        except ValueError:
            pass
    if len(set(readings.values())) <= 1:  # one reading, or both the same ("05/05/2019")
        return next(iter(readings.values()), None)
    if g.get("nw" + i):
        wd = _WEEKDAYS[g["nw" + i]]
        fits = [d for d in readings.values() if d.weekday() == wd]
        if len(fits) != 2:  # issue 13 (listing20): a weekday both readings fit ("Mon, 07/01/2019": 7 January
            return fits[0] if fits else _NO_WEEKDAY  # or 1 July) says nothing: the page's convention decides
    if order in readings:
        return readings[order]
    return _UNDECIDED


def _build(m: re.Match, order: str | None) -> tuple[date, date | None] | object | None:
    g = {k: v for k, v in m.groupdict().items() if v is not None}
    g = {k[1:] if k.startswith("x") else k: v for k, v in g.items()}
    try:
        if "rd1" in g:
            if order == "mdy":
                return None  # day first only: a month-first page prints no such range
            start = date(int(g["ry"]), int(g["rm"]), int(g["rd1"]))
            end = date(int(g["ry"]), int(g["rm"]), int(g["rd2"]))
        elif "iso1" in g:
            start = date.fromisoformat(g["iso1"].replace("/", "-"))
            end = date.fromisoformat(g["iso2"].replace("/", "-")) if "iso2" in g else None
        else:
            ends: list[date | None] = []
            for i in ("1", "2"):
                if "na" + i in g:
                    d = _numeric_date(g, i, order)
                    if d is _UNDECIDED or d is _NO_WEEKDAY or d is None:
                        return d
                    ends.append(d)  # type: ignore[arg-type]
                elif "d" + i not in g:
                    ends.append(None)
                elif "ye" in g:  # the year stated once, for the range's end
                    ye = int(g["ye"])
                    m1, m2 = _MONTHS[g["m1"]], _MONTHS[g["m2"]]
                    if i == "1":
                        ends.append(date(ye if (m1, int(g["d1"])) <= (m2, int(g["d2"])) else ye - 1, m1,
                                         int(g["d1"])))
                    else:
                        ends.append(date(ye, m2, int(g["d2"])))
                else:
                    y = int(g.get("y" + i, g.get("y1", "0")))
                    ends.append(date(y, _MONTHS[g.get("m" + i, g.get("m1", ""))], int(g["d" + i])))
            start, end = ends  # type: ignore[assignment]
    except (ValueError, KeyError):
        return None
    if start is None:
        return None
    if end is not None and end < start:
        return None
    if end == start:
        end = None
    if end is not None and "ye" in g and start.year < end.year and (end - start).days > 92:
        return None  # "April 3 - March 30, 2019": a misprint, not a year-long range; nothing is guessed
    return start, end


_YEAR_RX = re.compile(r"(?:19|20)\d\d")
# issue 13 (fields4): a weekday's word after a saint's ("Santo Domingo, 12 de octubre de 2023"): a place's name, not
# the date's weekday
_SAINT_BEFORE = re.compile(r"(?<![^\W\d_])(?:santo|san|sao|saint|st\.?)\s+$")
_LEAD_WEEKDAY = re.compile(r"(?:" + _WD_ALT + r")\.?,?\s+")


@page_memo  # (speed25: the layouts scan the same lines for dates again and again)
def _scan(text: str, order: str | None) -> list[tuple[int, int, object]]:
    """(start, end, built) of every date phrase in `text`, longest first where they overlap;
    `built` is (start date, end date or None), ``_UNDECIDED`` or ``_NO_WEEKDAY``."""
    if not _YEAR_RX.search(text):
        return []
    folded = fold_keep(text)
    found: list[tuple[int, int, object]] = []
    rejected: list[tuple[int, int]] = []  # phrases that read as no date ("April 3 - March 30, 2019")
    for rx in _PATTERNS:
        for m in rx.finditer(folded):
            s = m.start()
            if s and (folded[s - 1].isalnum() or (folded[s - 1] in ":./" and s > 1 and folded[s - 2].isdigit())):
                continue  # inside a word, or the minutes of a time ("10:30 al 5 de …")
            if m.end() < len(folded) and (folded[m.end()].isalnum()
                                          or (folded[m.end()] in "/." and folded[m.end() + 1:m.end() + 2].isdigit())):
                continue
            built = _build(m, order)
            if built is not None and s and _SAINT_BEFORE.search(folded, max(0, s - 8), s) \
                    and (wd := _LEAD_WEEKDAY.match(folded, s)) is not None and not m.groupdict().get("nw1"):
                s = wd.end()  # issue 13 (fields4): "Santo Domingo, 12 de octubre": the city's name, no weekday
            if built is not None:
                found.append((s, m.end(), built))
            else:
                rejected.append((s, m.end()))
    # a date inside a longer phrase that reads as no date is not what the text says
    found = [f for f in found if not any(a <= f[0] and f[1] <= b and b - a > f[1] - f[0] for a, b in rejected)]
    found.sort(key=lambda f: (f[0], -(f[1] - f[0])))
    out: list[tuple[int, int, object]] = []
    last_end = -1
    for start, end, built in found:
        if start < last_end:
            continue
        out.append((start, end, built))
        last_end = end
    return out


def find_dates(text: str, base: int = 0, *, order: str | None = None) -> list[DateRange]:
    """Every dated phrase in `text` (offsets plus `base`), longest first where they overlap.

    `order` ("dmy" or "mdy") is the page's convention for numeric dates that
    read two ways (see `numeric_order`); without it they give no date."""
    out: list[DateRange] = []
    for start, end, built in _scan(text, order):
        if built is _UNDECIDED or built is _NO_WEEKDAY:
            continue
        d1, d2 = built  # type: ignore[misc]
        out.append(DateRange(d1, d2, Span(base + start, base + end, text[start:end])))
    return out


def date_phrases(text: str) -> list[tuple[int, int]]:
    """issue 13 (fields15): (start, end) of every date phrase in `text`, those that read two ways ("11/07/2018")
    included: where a text's dates are, to read what is around them (its place), not what day they are."""
    return [(s, e) for s, e, built in _scan(text, None) if built is not _NO_WEEKDAY]


def undecided_dates(text: str, base: int = 0, *, order: str | None = None) -> list[Span]:
    """Numeric date phrases that read two ways and that nothing decides ("03/05/2019")."""
    return [Span(base + s, base + e, text[s:e]) for s, e, built in _scan(text, order) if built is _UNDECIDED]


_NUMERIC_RX = re.compile(r"(?<![\w/.-])(?P<a>[0-3]?\d)(?P<s>[/.-])(?P<b>[0-3]?\d)(?P=s)(?:19|20)\d\d(?![\w/])")


def numeric_order(text: str, lang: str | None = None) -> str | None:
    """A page's convention for numeric dates: "dmy", "mdy", or None (unknown).

    The page's own numeric dates decide when those that only one order reads
    (a number above 12) all agree; a page that has both, none. When none of
    them decides, a Spanish page reads day/month ("05/03/2019" is 5 March), the
    convention of the language; an English page has no single convention
    (day/month and month/day are both common), so its order stays unknown."""
    seen: set[str] = set()
    for m in _NUMERIC_RX.finditer(text):
        a, b = int(m.group("a")), int(m.group("b"))
        if a > 12 >= b >= 1:
            seen.add("dmy")
        elif b > 12 >= a >= 1:
            seen.add("mdy")
    if len(seen) == 1:
        return seen.pop()
    if seen:
        return None
    return "dmy" if lang == "es" else None


_LINE_WORDS = frozenset(
    "date fecha from desde del de el on dates fechas when cuando to a al until hasta las la at and y "
    "hrs hr h horas hours am pm time hora local".split()
)


# Words that say a line's date is not the event's: a deadline, or when the page was posted.
_OTHER_DATE = frozenset(
    "deadline registration register apply applications published posted updated modified submitted "
    "limite inscripcion inscripciones registro publicado publicada actualizado actualizada plazo cierre "
    "postulaciones".split()
)


def _leftover_words(text: str, spans: list[tuple[int, int]]) -> list[str]:
    rest = text
    for s, e in spans:
        rest = rest[:s] + " " * (e - s) + rest[e:]
    rest = _TIME_RX.sub(" ", fold_keep(rest))
    rest = re.sub(r"[\W_]+", " ", rest)
    return [w for w in rest.split() if w not in _LINE_WORDS]


def date_line(text: str, base: int = 0, *, order: str | None = None) -> DateRange | None:
    """The date of a line that is (almost) only a date, like an event page's date line
    or a "Date:" field ("Tuesday, March 5, 2019 - 10:00 to 16:00")."""
    found = _scan(text, order)
    if len(found) == 1:
        start, end, built = found[0]
        rest = _leftover_words(text, [(start, end)])
        if built is _UNDECIDED or built is _NO_WEEKDAY or len(rest) > 2 or _OTHER_DATE.intersection(rest):
            return None
        d1, d2 = built  # type: ignore[misc]
        return DateRange(d1, d2, Span(base + start, base + end, text[start:end]))
    if found:
        return None
    return _library_date(text, base)


_END = re.compile(r"\b(?:end|ends|until|to|fin|finalizacion|termino|clausura|hasta)\b")


def end_date_line(first: DateRange, text: str, base: int = 0, *, order: str | None = None) -> DateRange | None:
    """`first` (a start date's line) and the line after it as one range, when that line
    gives the end: "Start date: June 13, 2019" / "End date: June 14, 2019". The
    evidence is both phrases (the second in ``parts``)."""
    if first.end is not None or not _END.search(fold_keep(text)):
        return None
    second = date_line(text, base, order=order)
    if second is None or second.end is not None or second.start <= first.start:
        return None
    return DateRange(first.start, second.start, first.span, first.parts + (second.span,))


def date_line_problem(text: str, *, order: str | None = None) -> str | None:
    """Why a line that is (almost) only a date gives none, when it holds a numeric date
    that reads two ways, or whose weekday fits none of its readings."""
    found = _scan(text, order)
    rest = _leftover_words(text, [found[0][:2]]) if len(found) == 1 else []
    if len(found) != 1 or len(rest) > 2 or _OTHER_DATE.intersection(rest):
        return None
    phrase = text[found[0][0]:found[0][1]]
    if found[0][2] is _UNDECIDED:
        return (f"numeric date {phrase!r} reads as day/month or as month/day, and neither the page nor "
                f"a weekday says which")
    if found[0][2] is _NO_WEEKDAY:
        return f"the weekday of {phrase!r} fits neither day/month nor month/day"
    return None


_MONTH_WORD = re.compile(r"(?<![a-z])(?:" + _MONTH_ALT + r")(?![a-z])")
_LABEL = re.compile(r"\s*(?:dates?|fechas?|when|cuando|on|el)\s*:?\s+")
_TIME_TAIL = re.compile(r"\s*(?:-|–|—|,|@)?\s*" + _TIME + r".*$", re.DOTALL)


def _library_date(text: str, base: int) -> DateRange | None:
    """A single date in a short line that the rules above do not read, by dateparser:
    only when the line names a month and prints the year and the day it parses."""
    folded = fold_keep(text)
    if len(text) > 60 or not _YEAR_RX.search(folded) or not _MONTH_WORD.search(folded):
        return None
    if _OTHER_DATE.intersection(re.findall(r"[a-z]+", folded)):
        return None
    cut = _TIME_TAIL.search(folded)
    label = _LABEL.match(folded)
    s = label.end() if label else len(text) - len(text.lstrip())
    e = cut.start() if cut and cut.start() > s else len(text.rstrip())
    phrase = text[s:e].strip(" ,.;-–—")
    if not phrase:
        return None
    e = s + text[s:e].find(phrase) + len(phrase)
    s = e - len(phrase)
    parsed = _dateparser(phrase)
    if parsed is None:
        return None
    numbers = re.findall(r"\d+", phrase)
    if str(parsed.year) not in numbers or parsed.day not in {int(n) for n in numbers if len(n) <= 2}:
        return None  # never a year or a day the line does not print
    return DateRange(parsed, None, Span(base + s, base + e, phrase))


@lru_cache(maxsize=1024)
def _dateparser(phrase: str) -> date | None:
    import dateparser

    settings = {"REQUIRE_PARTS": ["day", "month", "year"], "STRICT_PARSING": True,
                "PREFER_LOCALE_DATE_ORDER": False, "DATE_ORDER": "DMY"}
    got = dateparser.parse(phrase, languages=["en", "es"], settings=settings)
    return got.date() if got else None


_YEARLESS = re.compile(
    r"\b(?:" + "|".join(k for k in _MONTHS if len(k) > 3) + r")\s+[0-3]?\d(?:st|nd|rd|th)?\b|"
    r"\b[0-3]?\d(?:st|nd|rd|th|º)?\s+(?:of\s+|de\s+)?(?:" + "|".join(k for k in _MONTHS if len(k) > 3) + r")\b"
)


def mentions_yearless_date(text: str) -> bool:
    """A day-and-month phrase without a year outside any full date ("November 15th")."""
    folded = fold_keep(text)
    for dr in find_dates(text):
        folded = folded[: dr.span.start] + " " * (dr.span.end - dr.span.start) + folded[dr.span.end:]
    return bool(_YEARLESS.search(folded))


_YEARLESS_MD = re.compile(
    r"\b(?P<m>" + "|".join(sorted((k for k in _MONTHS if len(k) > 3), key=len, reverse=True))
    + r")\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\b|"
    r"\b(?P<d2>[0-3]?\d)(?:st|nd|rd|th|º)?\s+(?:of\s+|de\s+)?(?P<m2>"
    + "|".join(sorted((k for k in _MONTHS if len(k) > 3), key=len, reverse=True)) + r")\b"
)
_BARE_DAY = re.compile(r"\b(?:the|el)\s+(?P<d>[0-3]?\d(?:st|nd|rd|th|º))\b")


def sentence_range(sentence: str, base: int = 0) -> DateRange | None:
    """The days one sentence gives a sequence of meetings, when it states the year once.

    "... took place during the morning of November 15th, while the RCGM meeting
    took place ... on the 16th, ... the Vice-Ministerial meeting which took place
    on November 17th -18th, 2016." gives 2016-11-15 to 2016-11-18: the sentence
    states the year (2016) and every other day it names is in the same month, so
    nothing is guessed. Any other month, a second year, or no year: None.

    The evidence is the date phrases, not the sentence between them: ``span``
    is the phrase that states the year ("November 17th -18th, 2016") and
    ``parts`` the other days ("November 15th", "16th"), so the names of the
    bodies that meet on those days stay outside every date span."""
    full = find_dates(sentence)
    if len(full) != 1:
        return None
    dated = full[0]
    if dated.start.year != (dated.end or dated.start).year or (dated.end and dated.end.month != dated.start.month):
        return None
    year, month = dated.start.year, dated.start.month
    folded = fold_keep(sentence)
    blanked = folded[: dated.span.start] + " " * (dated.span.end - dated.span.start) + folded[dated.span.end:]
    days = [dated.start.day, (dated.end or dated.start).day]
    parts: list[tuple[int, int]] = []
    for m in _YEARLESS_MD.finditer(blanked):
        name, day = (m.group("m"), m.group("d")) if m.group("m") else (m.group("m2"), m.group("d2"))
        if _MONTHS[name] != month:
            return None
        days.append(int(day))
        parts.append((m.start(), m.end()))
    if len(days) == 2:
        return None  # nothing but the full date: find_dates already gives it
    for m in _BARE_DAY.finditer(blanked):
        days.append(int(re.match(r"\d+", m.group("d")).group()))
        parts.append((m.start("d"), m.end("d")))
    try:
        start, end = date(year, month, min(days)), date(year, month, max(days))
    except ValueError:
        return None
    return DateRange(start, end if end != start else None,
                     Span(base + dated.span.start, base + dated.span.end, dated.span.exact),
                     tuple(Span(base + a, base + b, sentence[a:b]) for a, b in sorted(parts)))
