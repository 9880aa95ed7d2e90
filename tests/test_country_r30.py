"""Issue 13 (round 30): country pages - a paragraph opening with an event's name followed by a dash, its place and
only a year ("Dialogue with Employers on Seasonal Work — Tegucigalpa, 2018. …") opens an event even when the name
names no event kind: the place-and-year head says it is one, under the page's list heading or not."""

from __future__ import annotations

from rcpkg.loaders.layouts import parse_page
from rcpkg.loaders.records import Page


def _events(text, lang, url="https://example.org/member-states/honduras"):
    page = Page(path="t.txt", url=url, text=text, lang=lang, layout="country")
    return parse_page(page).events


_EN = """Regional Migration Process
Home | About | Countries | Library

HONDURAS

Member since 1997.

Process events in Honduras

Regional Seminar on Labour Migration — San Pedro Sula, 3–4 June 2014. The Ministry of Labour convened the seminar with delegations of Belize and Panama.

Dialogue with Employers on Seasonal Work — Tegucigalpa, 2018. The National Migration Institute organized the dialogue and the Chamber of Commerce hosted it.

Workshop on Consular Protection — La Ceiba, 9 May 2022. The Network of Consular Officers met with support from UNHCR.

Other countries: Belize · Panama
"""

_ES = """Proceso Regional de Migración
Inicio | Quiénes somos | Países | Biblioteca

HONDURAS

Miembro desde 1997.

Eventos del proceso en Honduras

Seminario regional sobre migración laboral — San Pedro Sula, 3 y 4 de junio de 2014. El Ministerio de Trabajo convocó el seminario con delegaciones de Belice y Panamá.

Diálogo con empleadores sobre trabajo temporal — Tegucigalpa, 2018. El Instituto Nacional de Migración organizó el diálogo y la Cámara de Comercio lo acogió.

Taller sobre protección consular — La Ceiba, 9 de mayo de 2022. La Red de Funcionarios Consulares se reunió con apoyo del ACNUR.

Otros países: Belice · Panamá
"""


def test_dash_place_year_head_opens_event_en():
    evs = _events(_EN, "en")
    names = [e.titles[0].text for e in evs]
    assert len(evs) == 3, names
    assert names[1] == "Dialogue with Employers on Seasonal Work"
    assert "Chamber of Commerce" in evs[1].description.exact and "Chamber of Commerce" not in evs[0].description.exact


def test_dash_place_year_head_opens_event_es():
    evs = _events(_ES, "es", url="https://example.org/es/paises/honduras")
    names = [e.titles[0].text for e in evs]
    assert len(evs) == 3, names
    assert names[1] == "Diálogo con empleadores sobre trabajo temporal"
    assert "Cámara de Comercio" in evs[1].description.exact and "Cámara de Comercio" not in evs[0].description.exact

