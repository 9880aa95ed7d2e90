"""Issue 13 (round 33): country pages - a "place | date | kind" line under each event's title, whose last cell
names the event's kind in words the type-tag list does not know ("Technical Meeting of Vice-Ministers",
"Reunión binacional", "Network meeting"), is the event's place-and-date line: the title above it opens the
event (the first event of the page too), and the line gives the event its place and dates."""

from __future__ import annotations

from rcpkg.loaders.layouts import parse_page
from rcpkg.loaders.records import Page


def _events(text, lang, url):
    page = Page(path="t.txt", url=url, text=text, lang=lang, layout="country")
    return parse_page(page).events


_EN = """Regional Migration Process
Home | About | Countries | Library

GUATEMALA

Member since 1996.

Process work in Guatemala

Twelfth Regional Conference on Migration
Antigua Guatemala, Guatemala | 4–6 Sep 2012 | Vice-Ministerial Meeting
Guatemala hosted the twelfth Conference as Presidency Pro Tempore; the Ministry of Foreign Affairs organized it with the support of UNHCR.

Encounter of the Consular Protection Network
Quetzaltenango, Guatemala | 9 Jul 2015 | Network meeting
The Network gathered in Quetzaltenango, where the Migration Institute received it with support from UNICEF.

Other countries: Belize · Panama
"""

_ES = """Proceso Regional de Migración
Inicio | Quiénes somos | Países | Biblioteca

COSTA RICA

Miembro desde 1996.

Trabajo del proceso en Costa Rica

Décima Conferencia Regional sobre Migración
San José, Costa Rica | 2–4 mar 2005 | Reunión viceministerial
Costa Rica acogió la décima Conferencia; el Ministerio de Relaciones Exteriores la organizó con apoyo del ACNUR.

Diálogo fronterizo Costa Rica–Panamá
Paso Canoas, Costa Rica | 8 ago 2019 | Reunión binacional
La Dirección General de Migración y Extranjería convocó el diálogo con apoyo de la OIM.

Otros países: Belice · Panamá
"""


def test_first_title_over_place_date_kind_line_en():
    evs = _events(_EN, "en", "https://example.org/en/member-countries/guatemala")
    titles = [e.titles[0].text for e in evs]
    assert titles == ["Twelfth Regional Conference on Migration", "Encounter of the Consular Protection Network"]
    assert str(evs[0].dates.start) == "2012-09-04" and str(evs[0].dates.end) == "2012-09-06"
    assert evs[0].place is not None and evs[0].place.city_label_en == "Antigua Guatemala"
    assert str(evs[1].dates.start) == "2015-07-09"


def test_first_title_over_place_date_kind_line_es():
    evs = _events(_ES, "es", "https://example.org/es/paises-miembros/costa-rica")
    titles = [e.titles[0].text for e in evs]
    assert titles == ["Décima Conferencia Regional sobre Migración", "Diálogo fronterizo Costa Rica–Panamá"]
    assert str(evs[0].dates.start) == "2005-03-02" and str(evs[0].dates.end) == "2005-03-04"
    assert evs[0].place is not None and evs[0].place.city_label_es == "San José"
    assert str(evs[1].dates.start) == "2019-08-08"


_EN_TABLE = """South American Migration Process
Home | About | Member States

BOLIVIA

Member since 2000.

SACM activities concerning Bolivia

| Event | Dates | Venue |
| Bilateral Talks on Labour Mobility | 12–13 May 2021 | La Paz |
The Ministry of Labour convened the talks with support from ILO.

| National Hearing on Returnee Families | Apr 2016 | Cochabamba |
Convened by the Ombudsman's Office with the SACM Technical Secretariat; UNICEF funded it.

Other member states
Argentina · Chile · Peru
"""


def test_bar_row_dated_by_month_opens_event_en():
    evs = _events(_EN_TABLE, "en", "https://example.org/en/member-states/bolivia")
    titles = [e.titles[0].text for e in evs]
    assert titles == ["Bilateral Talks on Labour Mobility", "National Hearing on Returnee Families"]
    assert "UNICEF" in evs[1].span.exact and "UNICEF" not in evs[0].span.exact


_ES_TABLE = """Proceso Suramericano de Migraciones
Inicio | Quiénes somos | Estados miembros

URUGUAY

Miembro desde 2000.

Participación del país

| Evento | Fecha | Lugar |
| Mesa de trabajo sobre movilidad laboral | 3 y 4 de junio de 2019 | Montevideo |
La Dirección Nacional de Migración convocó la mesa con apoyo de la OIT.

| Audiencia nacional sobre familias retornadas | agosto de 2015 | Salto |
Convocada por la Institución Nacional de Derechos Humanos con la Secretaría Técnica; UNICEF la financió.

Otros estados miembros
Argentina · Chile · Perú
"""


def test_bar_row_dated_by_month_opens_event_es():
    evs = _events(_ES_TABLE, "es", "https://example.org/es/estados-miembros/uruguay")
    titles = [e.titles[0].text for e in evs]
    assert titles == ["Mesa de trabajo sobre movilidad laboral", "Audiencia nacional sobre familias retornadas"]
    assert "UNICEF" in evs[1].span.exact and "UNICEF" not in evs[0].span.exact
