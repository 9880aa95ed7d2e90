"""Layout 3, the field-labelled listing (Spanish labels on the English site)."""

from __future__ import annotations

from rcpkg.loaders.layouts import detect_layout, parse_page
from rcpkg.loaders.records import Page

TEXT = """Migration and Health
Workshop on Health of Migrants
Ciudad
Managua
Lugar
Hotel Crowne Plaza
Fecha
Acerca del evento
A workshop.
Institución Coordinadora
ICRC, OHCHR, IOM and RNCOM
Email
x@example.org
Foro sobre Salud
Subtítulo del foro
Ciudad
San José
Lugar
-
Fecha
4 y 5 de junio de 2019
Acerca del evento
Un foro.
Institución Coordinadora
OPS
Email
y@example.org
"""


def _parse(text: str):
    return parse_page(Page(path="f.txt", url="https://rcmvs.org/taxonomy/term/21", text=text, lang="en"))


def test_detected_as_fields():
    assert detect_layout(TEXT) == "fields"


def test_events_and_their_fields():
    r = _parse(TEXT)
    a, b = r.events
    assert a.titles[0].text == "Workshop on Health of Migrants" and a.subtitle is None
    assert a.place.city_geonameid == 3617763 and a.venue.exact == "Hotel Crowne Plaza"
    assert a.dates is None  # empty "Fecha"
    assert a.coordinating.exact == "ICRC, OHCHR, IOM and RNCOM"
    assert a.description.exact == "A workshop."
    assert b.titles[0].text == "Foro sobre Salud" and b.subtitle.text == "Subtítulo del foro"
    assert b.kind == "forum" and b.venue is None
    assert b.dates.span.exact == "4 y 5 de junio de 2019"
    assert "page heading: Migration and Health" in r.skipped


def test_english_inline_labels():
    text = ("Seminar on Trafficking\nCity: Lima, Peru\nVenue: Hotel X\nDate: June 4, 2019\n"
            "About the event: A seminar.\nCoordinating institution: IOM\nEmail: a@b.org\n"
            "Forum on Y\nCity: Quito\nVenue: Hotel Y\nDate:\nAbout the event: A forum.\n")
    a, b = _parse(text).events
    assert a.place.city_geonameid == 3936456 and a.venue.exact == "Hotel X" and a.dates.start.isoformat() == "2019-06-04"
    assert a.coordinating.exact == "IOM" and a.description.exact == "A seminar."
    assert b.titles[0].text == "Forum on Y" and b.place.city_geonameid == 3652462 and b.dates is None
