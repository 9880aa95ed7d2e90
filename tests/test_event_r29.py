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
