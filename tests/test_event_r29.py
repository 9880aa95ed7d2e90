"""Event pages (issue 13, round 29, event29). Pages written for these tests, English and Spanish."""

from __future__ import annotations

import pytest
from event_pages import event_page
from test_extract import pairs, run, tools, ref  # noqa: F401

from rcpkg.loaders.layouts import parse_page
from rcpkg.loaders.layouts import blocks

# -- a section trail without "Home" ("Events / Short name", "Eventos / Nombre corto") under the site's menu is
#    a breadcrumb: the title is the heading under it (in capitals here) --

_CRUMB_PAGES = {
    "en": ("Migration Forum | Regional Process\nHome   Who We Are   Events   Library\n"
           "Events / Seminar on Border Health\n\n"
           "REGIONAL SEMINAR ON BORDER HEALTH AND MIGRANT CARE\nLima, Peru\nMarch 3–4, 2021\n\n"
           "Peru convened the seminar, and Chile took part.\n",
           "REGIONAL SEMINAR ON BORDER HEALTH AND MIGRANT CARE"),
    "es": ("Foro Migratorio | Proceso Regional\nInicio   Quiénes Somos   Eventos   Biblioteca\n"
           "Eventos / Seminario sobre salud fronteriza\n\n"
           "SEMINARIO REGIONAL SOBRE SALUD FRONTERIZA Y ATENCIÓN A MIGRANTES\nLima, Perú\n3 y 4 de marzo de 2021\n\n"
           "El Perú convocó el seminario y Chile participó.\n",
           "SEMINARIO REGIONAL SOBRE SALUD FRONTERIZA Y ATENCIÓN A MIGRANTES"),
}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_section_trail_is_no_title(lang):
    text, title = _CRUMB_PAGES[lang]
    r = parse_page(event_page(text, lang))
    assert len(r.events) == 1
    ev = r.events[0]
    assert ev.titles[0].text == title
    assert ev.dates is not None and ev.dates.start.month == 3 and ev.dates.start.day == 3


@pytest.mark.parametrize("text, crumb", [
    ("Events / Seminar on Border Health", True),
    ("Eventos / Seminario sobre salud", True),
    ("Noticias / Reunión de la red", True),
    ("Activities / Workshop", True),
    ("Lima / Santiago workshop on borders", False),
    ("Migration / Development seminar", False),
])
def test_section_trail(text, crumb):
    assert blocks.is_breadcrumb(text) is crumb


# -- the place line printed between the title and the date line ("Lima, Peru" / "March 3–4, 2021") is the
#    event's place, as under the date line --

@pytest.mark.parametrize("text, lang, country", [
    ("Subregional Meeting on Labour Mobility\nQuito, Ecuador\nMay 6–7, 2019\n\nEcuador hosted the meeting.\n",
     "en", "EC"),
    ("Taller Subregional sobre Movilidad Laboral\nAsunción, Paraguay\n6 y 7 de mayo de 2019\n\n"
     "El Paraguay acogió el taller.\n", "es", "PY"),
    ("CONSULTATION ON RETURNED CHILDREN\nTegucigalpa, Honduras\n2 September 2020\n\nHonduras hosted it.\n",
     "en", "HN"),
])
def test_place_line_above_date_line(text, lang, country):
    r = parse_page(event_page(text, lang))
    assert len(r.events) == 1
    ev = r.events[0]
    assert ev.place is not None and ev.place.country_code == country, ev.place
    assert ev.dates is not None


def test_sentence_above_date_line_is_no_place():
    text = ("Subregional Meeting on Labour Mobility\nThe meeting took place in Quito, Ecuador.\nMay 6–7, 2019\n\n"
            "Ecuador hosted the meeting.\n")
    r = parse_page(event_page(text, "en"))
    ev = r.events[0]
    assert ev.dates is not None


# -- a unit named "<unit> of <country>" is also known by the unit's own name, as other pages print it (the
#    longest name stays its label) --

@pytest.mark.parametrize("body, lang, short, full", [
    ("The meeting received financial support from the Civil Defence Directorate of Nicaragua.", "en",
     "Civil Defence Directorate", "Civil Defence Directorate of Nicaragua"),
    ("La reunión contó con el apoyo financiero de la Dirección de Defensa Civil de Nicaragua.", "es",
     "Dirección de Defensa Civil", "Dirección de Defensa Civil de Nicaragua"),
])
def test_unit_of_country_keeps_its_own_name(tools, body, lang, short, full):  # noqa: F811
    page = event_page(_HEAD29[lang] + body + "\n", lang)
    r = parse_page(page)
    x = run(tools, page, r.events[0])
    got = [i.extracted for i in x.involvements if i.extracted]
    assert [(e.name, e.parent) for e in got] == [(full, "gov-ni")], got
    assert short in got[0].printed


_HEAD29 = {"en": "Subregional Meeting on Labour Mobility\nQuito, Ecuador\nMay 6–7, 2019\n\n",
           "es": "Taller Subregional sobre Movilidad Laboral\nQuito, Ecuador\n6 y 7 de mayo de 2019\n\n"}


# -- "the sessions were moderated by X" / "las sesiones fueron moderadas por X": X ran the event's work (as "chaired
#    the sessions"), its coordinator; a single panel's moderator stays a participant --

@pytest.mark.parametrize("body, lang, gov, role", [
    ("The working sessions were moderated by Ecuador. Peru took part.", "en", "gov-ec", "coordinator"),
    ("Las sesiones de trabajo fueron moderadas por el Ecuador. El Perú participó.", "es", "gov-ec", "coordinator"),
    ("Las sesiones estuvieron moderadas por Chile. El Perú participó.", "es", "gov-cl", "coordinator"),
    ("The closing panel was moderated by Ecuador. Peru took part.", "en", "gov-ec", "participant"),
])
def test_sessions_moderated_by(tools, body, lang, gov, role):  # noqa: F811
    page = event_page(_HEAD29[lang] + body + "\n", lang)
    r = parse_page(page)
    got = pairs(run(tools, page, r.events[0]))
    assert (gov, role) in got, got
