"""Listings and country pages, round 19 (issue 13, layout19): page templates the held-out sets do not print.

- a calendar whose months are headings ("Marzo 2019"), each entry opened by its day ("12 — Title, Place");
- a card grid whose date badge prints the day and month only ("15 / MAR"): one card an event, no date guessed;
- a table exported as text, its columns aligned with spaces, and notes under it keyed by a row's title;
- an archive whose years are headings, its entries dated "Fecha: 5 de octubre" (read in the heading's year);
- a country page listing its events numbered, "Title, Place (date)";
- a language switch ("ES | EN") under the site's menu is no event.

Hand-made pages in English and Spanish (tests/fixtures/layout19 and below; none copied from a held-out page).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import yaml

from listing_pages import city as _city
from listing_pages import dates as _dates
from listing_pages import parse as _parse
from listing_pages import titles as _titles

from test_fields_r16 import _extract
from test_roles_rules import ref, tools  # noqa: F401  (fixtures)

from rcpkg.loaders.layouts import parse_page
from rcpkg.loaders.records import Page

FIXTURES = Path(__file__).parent / "fixtures" / "layout19"


def _roles(found, k):
    return found[k][1]


# --- month headings over day-numbered entries ------------------------------------------------------------------------

MONTHS_EN = """\
Andean Mobility Observatory
Home | Calendar | Library | Contact
EN | ES

September 2021

7 — Dialogue on Border Health Services, Tulcán
Convened by: Ministry of Public Health of Ecuador
Supported by: Pan American Health Organization

21-22 — Training on Refugee Status Determination, Lima, Peru
Organized by: Office of the United Nations High Commissioner for Refugees

October 2021

5 — Roundtable on Migrant Workers' Remittances, Asunción
Hosted by: Central Bank of Paraguay

See earlier months
"""

MONTHS_ES = """\
Observatorio Andino de Movilidad
Inicio | Calendario | Biblioteca | Contacto

JUNIO DE 2018

4. Mesa técnica sobre registro civil de niñez migrante, Cúcuta
Convoca: Registraduría Nacional del Estado Civil

18. Foro sobre inserción laboral de personas refugiadas, Quito
Organiza: Organización Internacional del Trabajo (OIT)
"""


def test_month_headings_over_day_entries_en(tools):  # noqa: F811
    r, found = _extract(tools, MONTHS_EN, "en", layout="listing")
    assert _titles(r) == ["Dialogue on Border Health Services", "Training on Refugee Status Determination",
                          "Roundtable on Migrant Workers' Remittances"]
    assert [_dates(e) for e in r.events] == [(dt.date(2021, 9, 7), None), (dt.date(2021, 9, 21), dt.date(2021, 9, 22)),
                                             (dt.date(2021, 10, 5), None)]
    assert [_city(e) for e in r.events] == ["Tulcán", "Lima", "Asunción"]
    # the day is quoted from the entry, the month and year from the heading above it
    assert r.events[0].dates.span.exact == "7" and r.events[0].dates.parts[0].exact == "September 2021"
    assert _roles(found, 2) == {"Central Bank of Paraguay": "host"}
    assert "See earlier months" not in r.events[2].span.exact


def test_month_headings_over_day_entries_es():
    r = _parse(MONTHS_ES, lang="es")
    assert _titles(r) == ["Mesa técnica sobre registro civil de niñez migrante",
                          "Foro sobre inserción laboral de personas refugiadas"]
    assert [_dates(e) for e in r.events] == [(dt.date(2018, 6, 4), None), (dt.date(2018, 6, 18), None)]
    assert [_city(e) for e in r.events] == ["Cúcuta", "Quito"]


def test_day_lines_without_a_month_heading_are_not_read_so():
    page = "Meetings\n\n1. Opening of the forum\n2. Panel on return\n3. Closing\n"
    r = _parse(page)
    assert all(e.dates is None for e in r.events)


# --- a card grid whose badge prints no year -------------------------------------------------------------------------

CARDS_ES = """\
Red de Casas del Migrante
Inicio | Actividades | Contacto

ACTIVIDADES

04 / ABR
Jornada de atención legal a personas deportadas
San Pedro Sula, Honduras
Organizada por la Pastoral de Movilidad Humana de Honduras.
Leer más

19 / SEP
Encuentro de albergues de la ruta migratoria
Tapachula, México
Con financiamiento de la Unión Europea.
Leer más
"""


def test_card_badge_with_day_and_month_only_es():
    r = _parse(CARDS_ES, lang="es")
    assert _titles(r) == ["Jornada de atención legal a personas deportadas",
                          "Encuentro de albergues de la ruta migratoria"]
    assert [_city(e) for e in r.events] == ["San Pedro Sula", "Tapachula"]
    assert all(e.dates is None for e in r.events)  # no year: never guessed
    warned = [w for w in r.warnings if "no year" in w.message]
    assert [(w.line, w.value) for w in warned] == [(6, "04 / ABR"), (12, "19 / SEP")]


def test_card_badge_fixture_en():
    r = _fixture("csmigraciones.org_en_news-events.txt")
    assert len(r.events) == 3 and _city(r.events[1]) == "Santiago"
    assert r.events[0].titles[0].text == "Technical Meeting on the South American Citizenship Statute"


# --- a table aligned with spaces ------------------------------------------------------------------------------------

TABLE_ES = """\
Mesa Regional de Protección
Inicio | Calendario | Contacto

Fecha       Actividad                                           Lugar
2022-02-08  Curso sobre identificación de víctimas de trata       San Salvador
2022-05-17  Reunión de puntos focales de protección               Ciudad de Panamá

Curso sobre identificación de víctimas de trata: organizado por la Oficina de las Naciones Unidas contra la Droga y el Delito (UNODC).
Reunión de puntos focales de protección — convocada por la Presidencia Pro Tempore de Panamá.
La mesa publica su calendario cada trimestre y lo actualiza cuando cambian las sedes.
"""


def test_space_aligned_table_with_notes_under_it_es(tools):  # noqa: F811
    r, found = _extract(tools, TABLE_ES, "es", layout="listing")
    assert _titles(r) == ["Curso sobre identificación de víctimas de trata", "Reunión de puntos focales de protección"]
    assert [_dates(e) for e in r.events] == [(dt.date(2022, 2, 8), None), (dt.date(2022, 5, 17), None)]
    assert [_city(e) for e in r.events] == ["San Salvador", "Panama City"]
    assert found[0][0] == {("unodc", "organizer")} and found[1][0] == {("gov-pa", "convener")}
    # a sentence under the table that names no row is warned of, with its line
    assert any(w.line == 10 and "names none" in w.message for w in r.warnings)


def test_space_aligned_table_fixture_en(tools):  # noqa: F811
    page = _page("rcmvs.org_en_calendar.txt")
    r = parse_page(page)
    assert len(r.events) == 3
    assert [_city(e) for e in r.events] == ["Tegucigalpa", "San José", "Guatemala City"]
    assert [_dates(e)[0] for e in r.events] == [dt.date(2018, 3, 14), dt.date(2018, 7, 2), dt.date(2018, 10, 23)]


# --- an archive whose years are headings ----------------------------------------------------------------------------

ARCHIVE_EN = """\
Border Rights Network
Home | Archive | Contact

PAST ACTIVITIES

2019

Caravan Response Coordination Meeting
Date: 12 February | Place: Tijuana, Mexico
Convened by the National Human Rights Commission of Mexico.

2018

Workshop on Detention Alternatives
Date: 30 November | Place: San José, Costa Rica
Organized by the International Detention Coalition.
"""


def test_archive_with_year_headings_en():
    r = _parse(ARCHIVE_EN)
    assert _titles(r) == ["Caravan Response Coordination Meeting", "Workshop on Detention Alternatives"]
    assert [_dates(e) for e in r.events] == [(dt.date(2019, 2, 12), None), (dt.date(2018, 11, 30), None)]
    assert r.events[1].dates.parts[0].exact == "2018"


def test_archive_fixture_es():
    r = _fixture("rcmvs.org_es_archivo.txt")
    assert [_dates(e)[0] for e in r.events] == [dt.date(2017, 10, 5), dt.date(2016, 8, 18), dt.date(2016, 3, 2)]


def test_a_yearless_date_with_no_year_heading_warns():
    page = ARCHIVE_EN.replace("2019\n", "").replace("2018\n", "")
    r = _parse(page)
    assert all(e.dates is None for e in r.events)
    assert sum("date not understood" in w.message for w in r.warnings) == 2


# --- a country page's numbered list, "Title, Place (date)" ----------------------------------------------------------

COUNTRY_ES = """\
Conferencia Regional sobre Migración
Inicio | Países miembros | Costa Rica

COSTA RICA

Actividades realizadas en Costa Rica
1. Taller sobre gestión de flujos mixtos, Puntarenas (12 de marzo de 2018)
   Organizado por la Dirección General de Migración y Extranjería de Costa Rica.
2. Reunión técnica sobre niñez migrante, San José (abril de 2017)
   Con el apoyo del Fondo de las Naciones Unidas para la Infancia (UNICEF).

Volver a países miembros
"""


def test_country_numbered_list_with_place_after_a_comma_es():
    r = parse_page(Page(path="cr.txt", url="https://crmsv.org/es/paises-miembros/costa-rica", text=COUNTRY_ES,
                        lang="es", layout="country", country="CR"))
    assert [e.titles[0].text for e in r.events] == ["Taller sobre gestión de flujos mixtos",
                                                     "Reunión técnica sobre niñez migrante"]
    assert [_city(e) for e in r.events] == ["Puntarenas", "San José"]
    assert _dates(r.events[0]) == (dt.date(2018, 3, 12), None) and r.events[1].dates is None


def test_country_numbered_list_fixture_en():
    r = _fixture("crmsv.org_en_member-countries_guatemala.txt")
    assert [_city(e) for e in r.events] == ["Antigua Guatemala", "Guatemala City", "Guatemala City"]
    assert r.events[0].titles[0].text == "Meeting of the Regional Consultation Group on Migration"


# --- the site's header ---------------------------------------------------------------------------------------------

def test_language_switch_under_the_menu_is_no_event():
    r = _fixture("crmsv.org_es_agenda_marzo-2019.txt")
    assert "ES | EN" not in _titles(r) and len(r.events) == 3


# --- helpers -------------------------------------------------------------------------------------------------------

def _page(file: str) -> Page:
    src = yaml.safe_load((FIXTURES / "sources.yaml").read_text(encoding="utf-8"))
    p = next(x for x in src["pages"] if x["file"] == file)
    return Page(path=file, url=p["url"], text=(FIXTURES / file).read_text(encoding="utf-8"), lang=p["lang"],
                layout=p["layout"], country=p.get("country"))


def _fixture(file: str):
    return parse_page(_page(file))
