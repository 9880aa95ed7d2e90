"""Dates and date ranges in English and Spanish; never a guessed year."""

from __future__ import annotations

from datetime import date

import pytest

from rcpkg.loaders.dates import date_line, find_dates, mentions_yearless_date


@pytest.mark.parametrize("text,start,end", [
    ("Tuesday, June 4, 2019 to Wednesday, June 5, 2019", date(2019, 6, 4), date(2019, 6, 5)),
    ("June 4, 2019", date(2019, 6, 4), None),
    ("June 4-5, 2019", date(2019, 6, 4), date(2019, 6, 5)),
    ("November 17th -18th, 2016", date(2016, 11, 17), date(2016, 11, 18)),
    ("June 4 and 5, 2019", date(2019, 6, 4), date(2019, 6, 5)),
    ("4 June 2019", date(2019, 6, 4), None),
    ("4-5 June 2019", date(2019, 6, 4), date(2019, 6, 5)),
    ("14 al 16 de noviembre de 2023", date(2023, 11, 14), date(2023, 11, 16)),
    ("4 y 5 de junio de 2019", date(2019, 6, 4), date(2019, 6, 5)),
    ("del 3 al 5 de mayo de 2022", date(2022, 5, 3), date(2022, 5, 5)),
    ("4 de junio de 2019", date(2019, 6, 4), None),
    ("30 de mayo al 2 de junio de 2022", date(2022, 5, 30), date(2022, 6, 2)),
    ("Martes, 4 de junio de 2019 al miércoles, 5 de junio de 2019", date(2019, 6, 4), date(2019, 6, 5)),
    ("2019-06-04", date(2019, 6, 4), None),
    ("2019-06-04 to 2019-06-05", date(2019, 6, 4), date(2019, 6, 5)),
])
def test_date_phrases(text, start, end):
    found = find_dates(text)
    assert len(found) == 1
    assert (found[0].start, found[0].end, found[0].span.exact) == (start, end, text)
    assert date_line(text) is not None


@pytest.mark.parametrize("text", [
    "accomodation for the nights of the 19th and 20th of October",
    "took place during the morning of November 15th",
    "February 30, 2019",
    "June 5-4, 2019",
    "del 14 al 16 de noviembre",
    "Regional Consultation Group on Migration GRCM/RCGM 2014",
])
def test_no_year_or_impossible_date_gives_nothing(text):
    assert find_dates(text) == []


def test_offsets_are_page_offsets():
    text = "Intro line.\nThe meeting took place on November 17th -18th, 2016."
    base = 100
    (found,) = find_dates(text, base)
    assert text[found.span.start - base:found.span.end - base] == found.span.exact == "November 17th -18th, 2016"


def test_yearless_mentions_are_noticed():
    assert mentions_yearless_date("the morning of November 15th, while ... November 17th -18th, 2016")
    assert not mentions_yearless_date("on November 17th -18th, 2016")


def test_date_line_rejects_a_sentence_holding_a_date():
    assert date_line("The Vice-Ministerial meeting which took place on November 17th -18th, 2016 in Honduras") is None
    assert date_line("Fecha: 4 de junio de 2019") is not None


def test_a_sentence_that_states_the_year_once_dates_the_whole_sequence():
    """The issue's example: "November 15th … 17th-18th, 2016" (XXI RCM on the seed page)."""
    from rcpkg.loaders.dates import sentence_range

    text = ("the meetings of the Network took place during the morning of November 15th, while the RCGM "
            "meeting took place during the afternoon of the same day and on the 16th, in preparation to the "
            "Vice-Ministerial meeting which took place on November 17th -18th, 2016.")
    found = sentence_range(text, 100)
    assert (found.start.isoformat(), found.end.isoformat()) == ("2016-11-15", "2016-11-18")
    for sp in (found.span, *found.parts):
        assert sp.exact == text[sp.start - 100:sp.end - 100]
    # issue 13: the evidence is the date phrases, not the sentence between them (which names
    # the Regional Consultation Group on Migration and the Vice-Ministerial meeting)
    assert found.span.exact == "November 17th -18th, 2016"
    assert [p.exact for p in found.parts] == ["November 15th", "16th"]


@pytest.mark.parametrize("text", [
    "The workshop took place on November 15th and on December 2nd, 2016.",  # another month: no guess
    "The meetings took place on November 15th and 16th.",  # no year at all
    "The meeting took place on November 17th-18th, 2016 and on November 20th, 2017.",  # two years
])
def test_a_sequence_without_one_stated_year_and_month_gets_no_dates(text):
    from rcpkg.loaders.dates import sentence_range

    assert sentence_range(text) is None
