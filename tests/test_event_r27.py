"""Event pages (issue 13, round 27, event27): the site's or process's name printed above the page's breadcrumb
trail is the site's header, not the event's title, even when it holds the words of the URL's slug. Pages written
for these tests, English and Spanish."""

from __future__ import annotations

import pytest
from event_pages import event_page

from rcpkg.loaders.layouts import parse_page

_EN = """Central American Forum on Labour Mobility (CAFLM)
Home > Meetings > Third Forum

Third Central American Forum on Labour Mobility
Tegucigalpa, Honduras
12 and 13 March 2015

The third forum met in Tegucigalpa at the invitation of the Government of Honduras.
"""

_ES = """Foro Centroamericano sobre Movilidad Laboral (FCML)
Inicio › Reuniones › Tercer Foro

Tercer Foro Centroamericano sobre Movilidad Laboral
Tegucigalpa, Honduras
12 y 13 de marzo de 2015

El tercer foro se reunió en Tegucigalpa por invitación del Gobierno de Honduras.
"""

_URL = {"en": "https://example.org/en/meetings/central-american-forum-labour-mobility-2015",
        "es": "https://example.org/es/reuniones/foro-centroamericano-movilidad-laboral-2015"}
_TITLE = {"en": "Third Central American Forum on Labour Mobility",
          "es": "Tercer Foro Centroamericano sobre Movilidad Laboral"}


@pytest.mark.parametrize("text, lang", [(_EN, "en"), (_ES, "es")])
def test_site_name_above_breadcrumb_is_no_title(text, lang):
    r = parse_page(event_page(text, lang, url=_URL[lang]))
    assert len(r.events) == 1
    assert r.events[0].titles[0].text == _TITLE[lang], r.events[0].titles


@pytest.mark.parametrize("lang", ["en", "es"])
def test_title_without_header_kept(lang):
    text = "\n".join((_EN if lang == "en" else _ES).split("\n")[3:])
    r = parse_page(event_page(text, lang, url=_URL[lang]))
    assert len(r.events) == 1
    assert r.events[0].titles[0].text == _TITLE[lang], r.events[0].titles


@pytest.mark.parametrize("text, lang", [
    ("Second Andean Workshop on Consular Protection\nHome > Events > Second Andean Workshop\n14 May 2019\n\n"
     "The workshop took place in Quito.\n", "en"),
    ("Segundo Taller Andino sobre Protección Consular\nInicio › Eventos › Segundo Taller Andino\n14 de mayo de 2019\n\n"
     "El taller tuvo lugar en Quito.\n", "es"),
])
def test_title_above_breadcrumb_then_date_kept(text, lang):
    r = parse_page(event_page(text, lang))
    assert len(r.events) == 1
    assert r.events[0].titles[0].text == text.split("\n")[0], r.events[0].titles


# -- the holder of the presidency "for the first time" / "por primera vez": the adverb does not cut the holder
# from the verb after the apposition --

from test_extract import pairs, run, tools, ref  # noqa: E402,F401

_HEAD = {"en": "Regional Workshop on Border Health\nLima, Peru\n4 June 2024\n\n",
         "es": "Taller Regional sobre Salud en Fronteras\nLima, Perú\n4 de junio de 2024\n\n"}


@pytest.mark.parametrize("body, lang", [
    ("Jamaica, holding the Pro Tempore Presidency for the first time, convened the seminar in Kingston.", "en"),
    ("Jamaica, holding the Presidency Pro Tempore of the SACM for the second time, convened the seminar.", "en"),
    ("Jamaica, en ejercicio de la Presidencia Pro Tempore de la CSM por primera vez, convocó el seminario.", "es"),
])
def test_first_time_holder_convenes(tools, body, lang):  # noqa: F811
    page = event_page(_HEAD[lang] + body + "\n", lang)
    r = parse_page(page)
    got = pairs(run(tools, page, r.events[0]))
    assert ("gov-jm", "convener") in got, got
