"""Issue 13: date ranges across months and years, date-time lines as content
management systems print them, numeric dates only when nothing is guessed."""

from __future__ import annotations

from datetime import date

import pytest

from rcpkg.loaders.dates import (
    date_line, date_line_problem, find_dates, numeric_order, sentence_range, undecided_dates,
)


def _d(s: str | None) -> date | None:
    return date.fromisoformat(s) if s else None


@pytest.mark.parametrize("text,start,end", [
    # across months (issue 13: "March 30 - April 1, 2019" was stored as one day, April 1)
    ("March 30 - April 1, 2019", "2019-03-30", "2019-04-01"),
    ("from March 30 to April 1, 2019", "2019-03-30", "2019-04-01"),
    ("Saturday, March 30th through Monday, April 1st, 2019", "2019-03-30", "2019-04-01"),
    ("30 March – 1 April 2019", "2019-03-30", "2019-04-01"),
    ("del 30 de noviembre al 2 de diciembre de 2016", "2016-11-30", "2016-12-02"),
    ("Del 28 de febrero al 1 de marzo de 2019", "2019-02-28", "2019-03-01"),
    ("desde el 30 de marzo hasta el 1 de abril de 2019", "2019-03-30", "2019-04-01"),
    ("entre el 30 de noviembre y el 2 de diciembre de 2016", "2016-11-30", "2016-12-02"),
    ("30 de noviembre - 2 de diciembre del 2016", "2016-11-30", "2016-12-02"),
    # across years: the year stated once belongs to the end; the start is the year before
    ("December 30, 2018 – January 2, 2019", "2018-12-30", "2019-01-02"),
    ("December 30 - January 2, 2019", "2018-12-30", "2019-01-02"),
    ("30 de diciembre al 2 de enero de 2019", "2018-12-30", "2019-01-02"),
    ("del 30 de diciembre de 2018 al 2 de enero de 2019", "2018-12-30", "2019-01-02"),
    # days of one month, listed
    ("8 y 9 de mayo de 2018", "2018-05-08", "2018-05-09"),
    ("8, 9 y 10 de mayo de 2018", "2018-05-08", "2018-05-10"),
    ("May 8, 9 and 10, 2018", "2018-05-08", "2018-05-10"),
    ("8 and 9 May 2018", "2018-05-08", "2018-05-09"),
])
def test_ranges_across_months_and_years(text, start, end):
    (found,) = find_dates(text)
    assert (found.start, found.end) == (_d(start), _d(end))
    assert found.span.exact == text
    assert date_line(text) == found


@pytest.mark.parametrize("line,phrase,start,end", [
    ("Tuesday, March 5, 2019 - 10:00 to 16:00", "Tuesday, March 5, 2019", "2019-03-05", None),
    ("Tue, 03/05/2019 - 10:00", "Tue, 03/05/2019", "2019-03-05", None),  # only Tuesday 5 March fits
    ("Martes, 5 de marzo de 2019 - 10:00 a 16:00", "Martes, 5 de marzo de 2019", "2019-03-05", None),
    ("5 March 2019, 10:00–16:00", "5 March 2019", "2019-03-05", None),
    ("Wednesday, April 3, 2019 - 09:00 to Friday, April 5, 2019 - 17:00",
     "Wednesday, April 3, 2019 - 09:00 to Friday, April 5, 2019", "2019-04-03", "2019-04-05"),
    ("miércoles, 3 de abril de 2019 - 9:00 a viernes, 5 de abril de 2019 - 17:00 hrs",
     "miércoles, 3 de abril de 2019 - 9:00 a viernes, 5 de abril de 2019", "2019-04-03", "2019-04-05"),
    ("June 4, 2019 at 10:00 am (Guatemala time)", "June 4, 2019", "2019-06-04", None),
    ("4 de junio de 2019, de 10:00 a 12:30 horas", "4 de junio de 2019", "2019-06-04", None),
    ("Thu, 06/13/2019 - 09:30", "Thu, 06/13/2019", "2019-06-13", None),
    ("jueves, 13/06/2019 - 09:30", "jueves, 13/06/2019", "2019-06-13", None),
    ("Mon, 06/03/2019 - 10:00 - Wed, 06/05/2019 - 17:00", "Mon, 06/03/2019 - 10:00 - Wed, 06/05/2019",
     "2019-06-03", "2019-06-05"),
    ("Thu, 06/13/2019 - 10:00 to Fri, 06/14/2019 - 12:00", "Thu, 06/13/2019 - 10:00 to Fri, 06/14/2019",
     "2019-06-13", "2019-06-14"),
    ("13.06.2019 - 14.06.2019", "13.06.2019 - 14.06.2019", "2019-06-13", "2019-06-14"),
    ("2019-06-13 10:00 - 2019-06-14 17:00", "2019-06-13 10:00 - 2019-06-14", "2019-06-13", "2019-06-14"),
    ("From: 2019-06-13 To: 2019-06-14", "2019-06-13 To: 2019-06-14", "2019-06-13", "2019-06-14"),
    ("Desde: 13 de junio de 2019 Hasta: 14 de junio de 2019", "13 de junio de 2019 Hasta: 14 de junio de 2019",
     "2019-06-13", "2019-06-14"),
    ("June 13th, 2019 | 10:00 am - 12:00 pm", "June 13th, 2019", "2019-06-13", None),
    ("jueves, 13 de junio de 2019 a las 10:00", "jueves, 13 de junio de 2019", "2019-06-13", None),
    ("del jueves 13 al viernes 14 de junio de 2019", "del jueves 13 al viernes 14 de junio de 2019",
     "2019-06-13", "2019-06-14"),
    ("Junio 13, 2019", "Junio 13, 2019", "2019-06-13", None),
])
def test_date_time_lines(line, phrase, start, end):
    found = date_line(line, 50)
    assert found is not None, line
    assert (found.start, found.end) == (_d(start), _d(end))
    # the evidence is the date phrase: no time of day, no label
    assert found.span.exact == phrase == line[found.span.start - 50:found.span.end - 50]


@pytest.mark.parametrize("text", [
    "March 30 - April 1",  # no year: never guessed
    "del 30 de noviembre al 2 de diciembre",
    "Tuesday, March 5 - 10:00 to 16:00",
    "8 y 9 de mayo",
    "March 30 - April 31, 2019",  # impossible end
    "April 3 - March 30, 2019",  # a year-long range across the new year: a misprint, not a reading
    "del 3 de abril al 30 de marzo de 2019",
])
def test_no_year_or_no_such_day_gives_nothing(text):
    assert all(f.span.exact != text for f in find_dates(text))
    assert date_line(text) is None


@pytest.mark.parametrize("text,order,want", [
    ("25/03/2019", None, "2019-03-25"),  # a day above 12 decides
    ("03/25/2019", None, "2019-03-25"),
    ("05/05/2019", None, "2019-05-05"),  # both readings are one day
    ("03/05/2019", "dmy", "2019-05-03"),
    ("03/05/2019", "mdy", "2019-03-05"),
    ("5.3.2019", "dmy", "2019-03-05"),
    ("Friday, 03/05/2019", None, "2019-05-03"),  # 3 May 2019 was a Friday
    ("viernes 03-05-2019", None, "2019-05-03"),
    ("2019/03/05", None, "2019-03-05"),  # year first: always year/month/day
])
def test_numeric_dates_read_only_when_decided(text, order, want):
    (found,) = find_dates(text, order=order)
    assert found.start == _d(want) and found.span.exact == text


@pytest.mark.parametrize("text", ["03/05/2019", "5.3.2019", "Fecha: 03-05-2019", "Date: 03/05/2019 - 10:00"])
def test_ambiguous_numeric_dates_stay_unknown_and_say_why(text):
    assert find_dates(text) == []
    assert date_line(text) is None
    (sp,) = undecided_dates(text)
    assert sp.exact in text
    problem = date_line_problem(text)
    assert problem and sp.exact in problem and "day/month" in problem


@pytest.mark.parametrize("text", ["Sunday, 03/05/2019", "Sun, 03/05/2019 - 10:00", "domingo 03/05/2019"])
def test_a_weekday_that_fits_neither_reading_gives_nothing(text):
    # 03/05/2019: Tuesday 5 March or Friday 3 May; a Sunday fits neither
    assert find_dates(text) == [] and find_dates(text, order="mdy") == []
    assert date_line(text, order="dmy") is None  # not even the date without its weekday
    assert "weekday" in date_line_problem(text)


@pytest.mark.parametrize("page,lang,order", [
    ("Fecha: 05/03/2019\nOtra: 12/04/2019", "es", "dmy"),  # the Spanish convention
    ("Date: 05/03/2019\nOther: 12/04/2019", "en", None),  # English: both conventions are common
    ("Date: 05/03/2019\nOther: 03/25/2019", "en", "mdy"),  # the page's own dates decide
    ("Date: 05/03/2019\nOther: 25/03/2019", "en", "dmy"),
    ("Fecha: 05/03/2019\nOtra: 03/25/2019", "es", "mdy"),  # this page prints month first
    ("Date: 25/03/2019\nOther: 03/25/2019", "en", None),  # the page disagrees with itself
    ("No numeric dates here, 2019.", "en", None),
])
def test_numeric_order_of_a_page(page, lang, order):
    assert numeric_order(page, lang) == order


@pytest.mark.parametrize("line,start", [
    ("5th of March 2019", "2019-03-05"),
    ("Date: 05-Mar-2019 at 10:00 am", "2019-03-05"),
    ("Fecha: 5-mar-2019, 10:00", "2019-03-05"),
    ("the 5th of March, 2019", "2019-03-05"),
])
def test_other_single_date_spellings_by_dateparser(line, start):
    found = date_line(line, 7)
    assert found is not None and found.start == _d(start) and found.end is None
    assert line[found.span.start - 7:found.span.end - 7] == found.span.exact
    assert not found.span.exact.lower().startswith(("date", "fecha")) and ":" not in found.span.exact


@pytest.mark.parametrize("line", [
    "5th of March",  # no year
    "March 2019",  # no day
    "Meeting of March 2019 on the 2020 agenda",  # a sentence, no day
    "1st quarter of 2019",
])
def test_dateparser_never_supplies_a_year_or_a_day(line):
    assert date_line(line) is None


def test_a_sequence_gives_its_date_phrases_not_the_sentence():
    """Issue 13: the date's evidence swallowed the bodies named between the days."""
    text = ("La Red de Funcionarios de Enlace se reunió el 15 de noviembre, el Grupo Regional de Consulta "
            "sobre Migración el 16, y la Reunión Viceministerial tuvo lugar el 17 y 18 de noviembre de 2016.")
    found = sentence_range(text, 10)
    # "el 16" names no suffix: it is no day phrase here, and the range is still 15 to 18
    assert (found.start, found.end) == (date(2016, 11, 15), date(2016, 11, 18))
    phrases = [found.span.exact] + [p.exact for p in found.parts]
    assert phrases == ["17 y 18 de noviembre de 2016", "15 de noviembre"]
    for sp in (found.span, *found.parts):
        assert text[sp.start - 10:sp.end - 10] == sp.exact
        assert "Grupo" not in sp.exact and "Reunión" not in sp.exact


@pytest.mark.parametrize("line", [
    "Deadline: 02/25/2019",
    "Registration deadline: March 5, 2019",
    "Posted on March 5, 2019",
    "Fecha límite: 5 de marzo de 2019",
    "Publicado el 05/03/2019",
    "Inscripciones: 5th of March 2019",
])
def test_a_deadline_or_a_posting_date_is_no_date_line(line):
    assert date_line(line, order="dmy") is None
    assert date_line_problem(line) is None
