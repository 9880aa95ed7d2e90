"""Dates and date ranges in English and Spanish page text.

Recognised (weekday names optional, ordinal suffixes optional):
- "Tuesday, June 4, 2019 to Wednesday, June 5, 2019", "June 4, 2019";
- "June 4-5, 2019", "November 17th -18th, 2016", "June 4 and 5, 2019";
- "4 June 2019", "4-5 June 2019", "4 to 5 June 2019";
- "14 al 16 de noviembre de 2023", "4 y 5 de junio de 2019",
  "del 3 al 5 de mayo de 2022", "4 de junio de 2019", "30 de mayo al 2 de junio de 2022",
  "martes 4 de junio de 2019 al miércoles 5 de junio de 2019";
- ISO dates "2019-06-04", "2019-06-04 to 2019-06-05".
A phrase without a year ("19th and 20th of October", "November 15th") gives
no date: a year the text does not state is never guessed. Impossible dates
(February 30) and ranges that end before they start give no date.
"""

from __future__ import annotations

import re
from datetime import date

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
_M = r"(?P<{}>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_D = r"(?P<{}>[0-3]?\d)(?:st|nd|rd|th|º|°|o)?"
_Y = r"(?P<{}>(?:19|20)\d\d)"
_WD = (r"(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|lunes|martes|miercoles|jueves|viernes|"
       r"sabado|domingo),?\s+)?")
_SEP = r"\s*(?:-|–|—|to|through|until|till|al|a|hasta(?:\s+el)?|y|and|&)\s*"


def _f(pattern: str, *names: str) -> str:
    return pattern.format(*names)


def _month_day_year(i: str) -> str:  # "June 4, 2019" / "Tuesday, June 4, 2019"
    return _WD + _f(_M, "m" + i) + r"\s+" + _f(_D, "d" + i) + r",?\s+" + _f(_Y, "y" + i)


def _day_month_year(i: str) -> str:  # "4 June 2019" / "4 de junio de 2019" / "martes 4 de junio del 2019"
    return (_WD + _f(_D, "d" + i) + r"(?:\s+de)?\s+" + _f(_M, "m" + i) + r",?(?:\s+(?:de|del))?\s+"
            + _f(_Y, "y" + i))


_PATTERNS = [
    # full date to full date
    re.compile(r"(?:del?\s+)?(?:" + _month_day_year("1") + "|" + _day_month_year("1").replace("(?P<", "(?P<x")
               + ")" + _SEP + r"(?:" + _month_day_year("2") + "|" + _day_month_year("2").replace("(?P<", "(?P<x")
               + ")"),
    # June 4-5, 2019 / November 17th -18th, 2016 / June 4 and 5, 2019
    re.compile(_WD + _f(_M, "m1") + r"\s+" + _f(_D, "d1") + _SEP + _WD + _f(_D, "d2") + r",?\s+" + _f(_Y, "y1")),
    # 30 de mayo al 2 de junio de 2022 / 30 May to 2 June 2022
    re.compile(r"(?:del?\s+)?" + _WD + _f(_D, "d1") + r"(?:\s+de)?\s+" + _f(_M, "m1") + _SEP + _WD + _f(_D, "d2")
               + r"(?:\s+de)?\s+" + _f(_M, "m2") + r",?(?:\s+(?:de|del))?\s+" + _f(_Y, "y1")),
    # del 3 al 5 de mayo de 2022 / 4 y 5 de junio de 2019 / 4-5 June 2019
    re.compile(r"(?:del?\s+)?" + _WD + _f(_D, "d1") + _SEP + _WD + _f(_D, "d2") + r"(?:\s+de)?\s+" + _f(_M, "m1")
               + r",?(?:\s+(?:de|del))?\s+" + _f(_Y, "y1")),
    # single dates
    re.compile(_month_day_year("1")),
    re.compile(_day_month_year("1")),
    # ISO
    re.compile(r"(?P<iso1>(?:19|20)\d\d-[01]\d-[0-3]\d)(?:" + _SEP + r"(?P<iso2>(?:19|20)\d\d-[01]\d-[0-3]\d))?"),
]


def _build(m: re.Match) -> tuple[date, date | None] | None:
    g = {k: v for k, v in m.groupdict().items() if v is not None}
    g = {k[1:] if k.startswith("x") else k: v for k, v in g.items()}
    try:
        if "iso1" in g:
            start = date.fromisoformat(g["iso1"])
            end = date.fromisoformat(g["iso2"]) if "iso2" in g else None
        else:
            m1 = _MONTHS[g["m1"]]
            y2 = int(g.get("y2", g["y1"]))
            y1 = int(g["y1"])
            start = date(y1, m1, int(g["d1"]))
            end = None
            if "d2" in g:
                end = date(y2, _MONTHS[g.get("m2", g["m1"])], int(g["d2"]))
    except (ValueError, KeyError):
        return None
    if end is not None and end < start:
        return None
    if end == start:
        end = None
    return start, end


_YEAR_RX = re.compile(r"(?:19|20)\d\d")


def find_dates(text: str, base: int = 0) -> list[DateRange]:
    """Every dated phrase in `text` (offsets plus `base`), longest first where they overlap."""
    if not _YEAR_RX.search(text):
        return []
    folded = fold_keep(text)
    found: list[tuple[int, int, tuple[date, date | None]]] = []
    for rx in _PATTERNS:
        for m in rx.finditer(folded):
            if m.start() and folded[m.start() - 1].isalnum():
                continue
            if m.end() < len(folded) and folded[m.end()].isalnum():
                continue
            built = _build(m)
            if built:
                found.append((m.start(), m.end(), built))
    found.sort(key=lambda f: (f[0], -(f[1] - f[0])))
    out: list[DateRange] = []
    last_end = -1
    for start, end, (d1, d2) in found:
        if start < last_end:
            continue
        out.append(DateRange(d1, d2, Span(base + start, base + end, text[start:end])))
        last_end = end
    return out


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


def date_line(text: str, base: int = 0) -> DateRange | None:
    """The date of a line that is (almost) only a date, like an event page's date line."""
    dates = find_dates(text, base)
    if len(dates) != 1:
        return None
    rest = text[: dates[0].span.start - base] + text[dates[0].span.end - base:]
    rest = re.sub(r"[\W_]+", " ", fold_keep(rest))
    words = [w for w in rest.split() if w not in {"date", "fecha", "from", "desde", "del", "de", "el", "on", "dates",
                                                  "fechas", "when", "cuando"}]
    return dates[0] if len(words) <= 2 else None


_YEARLESS_MD = re.compile(
    r"\b(?P<m>" + "|".join(sorted((k for k in _MONTHS if len(k) > 3), key=len, reverse=True))
    + r")\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\b|"
    r"\b(?P<d2>[0-3]?\d)(?:st|nd|rd|th|º)?\s+(?:of\s+|de\s+)?(?P<m2>"
    + "|".join(sorted((k for k in _MONTHS if len(k) > 3), key=len, reverse=True)) + r")\b"
)
_BARE_DAY = re.compile(r"\b(?:the|el)\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th|º)\b")


def sentence_range(sentence: str, base: int = 0) -> DateRange | None:
    """The days one sentence gives a sequence of meetings, when it states the year once.

    "... took place during the morning of November 15th, while the RCGM meeting
    took place ... on the 16th, ... the Vice-Ministerial meeting which took place
    on November 17th -18th, 2016." gives 2016-11-15 to 2016-11-18: the sentence
    states the year (2016) and every other day it names is in the same month, so
    nothing is guessed. Any other month, a second year, or no year: None."""
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
    first = dated.span.start
    for m in _YEARLESS_MD.finditer(blanked):
        name, day = (m.group("m"), m.group("d")) if m.group("m") else (m.group("m2"), m.group("d2"))
        if _MONTHS[name] != month:
            return None
        days.append(int(day))
        first = min(first, m.start())
    if len(days) == 2:
        return None  # nothing but the full date: find_dates already gives it
    for m in _BARE_DAY.finditer(blanked):
        days.append(int(m.group("d")))
    try:
        start, end = date(year, month, min(days)), date(year, month, max(days))
    except ValueError:
        return None
    return DateRange(start, end if end != start else None, Span(base + first, base + dated.span.end,
                                                               sentence[first:dated.span.end]))
