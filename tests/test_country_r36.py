"""Round 36 (issue 13): country page structures. Pages written for these tests (other names, places and wording
than any held-out set), English and Spanish.

- a head line with a cell giving only the event's length ("Quito | 2009 | three days", "Lima · 2014 · tres días")
  is still the event's head line (its place read; a year alone dates nothing);
- a paragraph opening with a "sentence" that is only a place ("Tegucigalpa. The network met …") gives the place;
- a block opened by a line that is only a month ("2024-06", "junio de 2024") opens that event, dates nothing and
  warns;
- the page's last line labelled with no field's label (a footer, "Executive Secretariat: …") is no event's text."""

from __future__ import annotations

from datetime import date

from rcpkg.loaders.layouts import parse_page
from rcpkg.loaders.records import Page


def _parse(text, lang, url):
    return parse_page(Page(path="t.txt", url=url, text=text, lang=lang, layout="country"))


def _summary(events):
    return [(e.titles[0].text, e.place.city_label_en if e.place else None,
             e.dates and (e.dates.start, e.dates.end)) for e in events]


_EN_DURATION = """RCM | Regional Conference on Migration
Home › Member Countries › Guatemala

GUATEMALA
Member Country since 1996

RCM activities in Guatemala

IX Vice-Ministerial Meeting of the Regional Conference on Migration
Antigua Guatemala | 2004 | three days
Guatemala hosted the meeting. The General Directorate of Migration prepared the agenda.

Regional Seminar on Labour Migration
Guatemala City | 8 & 9 June 2016 | Westin Camino Real
Organized by the Ministry of Labour with ILO.
"""

_ES_DURATION = """CSM — Conferencia Suramericana sobre Migraciones
Inicio > Estados Miembros > Perú

REPÚBLICA DEL PERÚ

La CSM en el Perú

IV Conferencia Sudamericana sobre Migraciones
Lima | 2003 | tres días
El Perú recibió a las delegaciones. La Cancillería preparó las sesiones.

Taller sobre Trata de Personas
Cusco | 5 y 6 de mayo de 2015 | Hotel Monasterio
Organizado por el Ministerio del Interior con la OIM.
"""


def test_head_line_with_the_event_length_en():
    got = _summary(_parse(_EN_DURATION, "en", "https://example.org/en/member-countries/guatemala").events)
    assert got[0] == ("IX Vice-Ministerial Meeting of the Regional Conference on Migration", "Antigua Guatemala", None)
    assert got[1][0] == "Regional Seminar on Labour Migration"
    assert got[1][2] == (date(2016, 6, 8), date(2016, 6, 9))


def test_head_line_with_the_event_length_es():
    got = _summary(_parse(_ES_DURATION, "es", "https://example.org/es/estados-miembros/peru").events)
    assert got[0] == ("IV Conferencia Sudamericana sobre Migraciones", "Lima", None)
    assert got[1][2] == (date(2015, 5, 5), date(2015, 5, 6))


_EN_PLACE_SENTENCE = """Regional Conference on Migration
Home / Member Countries / Honduras

HONDURAS
Member Country since 1996

RCM activities in Honduras

2009-03-10 / 2009-03-11
Meeting of the Liaison Officer Network on Consular Protection
Tegucigalpa. The network met with delegates of nine countries. Honduras was the host country.

2021-07
Regional Workshop on Returned Migrants
San Pedro Sula. The Ministry of Foreign Affairs and UNHCR organized the workshop.

Other member countries: Belize · Canada · Mexico
Regional Conference on Migration: Executive Secretariat
"""

_ES_PLACE_SENTENCE = """Conferencia Regional sobre Migración
Inicio / Países Miembros / Guatemala

GUATEMALA

Actividades de la CRM en Guatemala

2012-09-04 / 2012-09-05
Reunión de la Red de Funcionarios de Enlace
Quetzaltenango. La red se reunió con delegados de ocho países. Guatemala fue el país anfitrión.

junio de 2023
Foro sobre Migración y Clima
Cobán. El Ministerio de Ambiente y la OIM organizaron el foro.

Otros países miembros: Belice · Canadá · México
Conferencia Regional sobre Migración: Secretaría Ejecutiva en San José
"""


def test_paragraph_opening_with_its_place_and_month_line_en():
    r = _parse(_EN_PLACE_SENTENCE, "en", "https://example.org/en/member-countries/honduras")
    assert _summary(r.events) == [
        ("Meeting of the Liaison Officer Network on Consular Protection", "Tegucigalpa", (date(2009, 3, 10), date(2009, 3, 11))),
        ("Regional Workshop on Returned Migrants", "San Pedro Sula", None)]
    assert any("without a day" in w.message and w.value == "2021-07" for w in r.warnings)
    assert "Executive Secretariat" not in r.events[-1].span.exact


def test_paragraph_opening_with_its_place_and_month_line_es():
    r = _parse(_ES_PLACE_SENTENCE, "es", "https://example.org/es/paises-miembros/guatemala")
    assert _summary(r.events) == [
        ("Reunión de la Red de Funcionarios de Enlace", "Quetzaltenango", (date(2012, 9, 4), date(2012, 9, 5))),
        ("Foro sobre Migración y Clima", "Cobán", None)]
    assert any("without a day" in w.message and w.value == "junio de 2023" for w in r.warnings)
    assert "Secretaría Ejecutiva" not in r.events[-1].span.exact
