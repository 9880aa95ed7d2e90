"""Listings as content-management systems print them (issue 13, listing): an entry's title, then a CMS's byline
(who posted it, when, its category), a place and date line before or after the title, a venue with its street
address, the description, a "Read more: <title>" / "Find out more »" / "Ver más" link; the pager and the site's
footer after the last entry. Hand-made pages in both languages (WordPress, Drupal, Joomla, an events calendar
plugin, hand-edited HTML): none of them is a held-out page.
"""

from __future__ import annotations

import pytest

from rcpkg.loaders.extract import extract
from rcpkg.loaders.gazetteer import Gazetteer
from rcpkg.loaders.layouts import blocks, heads, parse_page
from rcpkg.loaders.records import Page
from rcpkg.loaders.reference import load_reference
from rcpkg.loaders.themes import ThemeMatcher
from rcpkg.resources import reference_dir


@pytest.fixture(scope="module")
def tools():
    ref = load_reference(reference_dir())
    return Gazetteer.from_reference(ref), ThemeMatcher.from_reference(ref)


def _roles(tools, r):
    """Per event: the (name or agent, role) pairs its text gives."""
    gaz, themes = tools
    out = []
    for e in r.events:
        x = extract(r.page, e, gaz, themes)
        out.append({((i.extracted.name if i.extracted else i.agent), i.role) for i in x.involvements})
    return out


def _names(pairs):
    return {str(n).lower() for n, _ in pairs}


def _parse(text: str, lang: str = "en", url: str = "https://rcmvs.org/events"):
    return parse_page(Page(path="t.txt", url=url, text=text, lang=lang, layout="listing"))


def _titles(r):
    return [e.titles[0].text for e in r.events]


def _line(text: str) -> blocks.Line:
    return blocks.Line(1, 0, len(text), text)


# --- the lines -------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "Written by Administrator | Category: Workshops | Published: 14 March 2022 | Hits: 87",
    "Escrito por Administrador | Categoría: Talleres | Publicado: 14 marzo 2022 | Visitas: 87",
    "Posted on May 2, 2021 by Communications Unit",
    "Publicado el 2 de mayo de 2021 por Unidad de Comunicaciones",
    "Publicado el 12/08/2020 · Categoría: Reuniones",
    "Published: 8 June 2019",
    "By Press Office | 8 June 2019",
    "Por Oficina de Prensa | 8 de junio de 2019",
    "Posted in Workshops",
])
def test_a_cms_byline_is_no_event_text(line):
    assert blocks.is_byline(line)


@pytest.mark.parametrize("line", [
    "Published in the Official Gazette, the regulation entered into force.",
    "The workshop was organized by the Ministry of Labour.",
    "Regional Workshop on Labour Migration",
    "Taller Regional sobre Migración Laboral",
    "By 2030 the member countries will review the plan.",
])
def test_a_sentence_or_title_is_no_byline(line):
    assert not blocks.is_byline(line)


@pytest.mark.parametrize("line", [
    "Read more: Regional Seminar on Border Management",
    "Leer más: Seminario Regional sobre Gestión de Fronteras",
    "Read more about the seminar",
    "Find out more »",
    "Leer más →",
    "Continue reading →",
    "Seguir leyendo",
    "Ver evento »",
])
def test_a_more_link_closes_an_entry(line):
    assert blocks.MORE_LINK.match(line) and blocks.is_pager(line)


@pytest.mark.parametrize("line", [
    "« Start  ‹ Prev  1  2  3  Next ›  End »",
    "« Newer events   1 2 3 … 9   Older events »",
    "« Previous Events   Next Events »",
    "« Anteriores   1  2  3  …  7   Siguientes »",
    "‹ Eventos anteriores   Próximos eventos ›",
    "Showing 21–30 of 95 events",
    "Mostrando 1 - 10 de 42 eventos",
])
def test_cms_pagers(line):
    assert blocks.is_pager(line)


@pytest.mark.parametrize("line", [
    "Regional Workshop on Labour Migration", "Events", "Find out more about the protection of migrant children.",
    "Details of the agreement were discussed",
])
def test_titles_and_sentences_are_no_pager(line):
    assert not blocks.is_pager(line)


@pytest.mark.parametrize("line,place", [
    ("Hotel Crowne Plaza, Avenida Las Américas 9-08, Guatemala City, Guatemala", "Guatemala City, Guatemala"),
    ("Centro de Convenciones, Calle 5 No. 12-40, Bogotá, Colombia", "Bogotá, Colombia"),
    ("Ministerio de Relaciones Exteriores, Av. España 1250, Asunción, Paraguay", "Asunción, Paraguay"),
])
def test_a_venue_with_its_street_address_gives_its_city(line, place):
    m = heads.meta_line(_line(line))
    assert m is not None and [(p.kind, line[p.start:p.end]) for p in m.parts] == [("place", place)]


@pytest.mark.parametrize("line", [
    "Regional Workshop on Labour Migration, San José, Costa Rica",
    "Report of 2019, Lima, Peru",
    "The meeting gathered 12 countries, in Lima, Peru.",
])
def test_a_title_or_sentence_ending_with_a_place_is_no_venue_line(line):
    assert heads.meta_line(_line(line)) is None


@pytest.mark.parametrize("line,place,date", [
    ("Quito, Ecuador, 4 y 5 de mayo de 2021", "Quito, Ecuador", "4 y 5 de mayo de 2021"),
    ("Tegucigalpa, 10–12 March 2020", "Tegucigalpa", "10–12 March 2020"),
    ("7 September 2018, Asunción, Paraguay", "7 September 2018", "Asunción, Paraguay"),
])
def test_a_place_and_date_apart_by_a_comma_are_two_parts(line, place, date):
    m = heads.meta_line(_line(line))
    got = [line[p.start:p.end] for p in m.parts]
    assert got == [place, date]


# --- whole pages ------------------------------------------------------------------------------------------------

JOOMLA_EN = """Skip to main content
Regional Conference on Migration
Home | About | Member Countries | Events | Contact
You are here: Home > Events
Events
Regional Seminar on Border Management
Written by Administrator | Category: Seminars | Published: 02 May 2022 | Hits: 120
Border agencies of the member countries met to share their practices. The seminar was organized by the Ministry of Security of Honduras with the support of the IOM.
Place: Tegucigalpa, Honduras
Read more: Regional Seminar on Border Management
Workshop on Consular Protection
Written by Administrator | Category: Workshops | Published: 10 October 2021 | Hits: 64
Consular officers reviewed the regional protocol. The workshop was funded by the European Union.
Place: Online
Read more: Workshop on Consular Protection
Page 2 of 6
« Start  ‹ Prev  1  2  3  4  5  6  Next ›  End »
Copyright © 2023 Regional Conference on Migration. All rights reserved.
"""


def test_joomla_listing_with_bylines_and_read_more_links():
    r = _parse(JOOMLA_EN)
    assert _titles(r) == ["Regional Seminar on Border Management", "Workshop on Consular Protection"]
    a, b = r.events
    assert a.place.span.exact == "Tegucigalpa, Honduras" and b.online
    assert "Written by" not in a.description.exact and "Read more" not in a.description.exact
    assert a.dates is None  # the publication date is the post's, not the event's
    assert any(s.startswith("byline: line 7") for s in r.skipped)
    assert not any("Administrator" in s for s in r.skipped)  # the byline's author is not quoted


WORDPRESS_ES = """Ir al contenido
Conferencia Suramericana sobre Migraciones
Inicio  |  La CSM  |  Estados miembros  |  Agenda  |  Contacto
Agenda — página 2

Foro Regional sobre Migración Laboral
Publicado el 4 de abril de 2022 · Categoría: Foros
Montevideo, Uruguay, 28 y 29 de marzo de 2022
El foro fue convocado por el Ministerio de Trabajo y Seguridad Social del Uruguay y contó con el apoyo de la OIT.
Leer más →

Taller sobre Trata de Personas
Publicado el 15/11/2021 · Categoría: Talleres
Modalidad virtual · 10 de noviembre de 2021
Organizado por la Secretaría Técnica con financiamiento de la Unión Europea.
Leer más →

« Anteriores   1  2  3   Siguientes »
Secretaría Técnica de la CSM · Buenos Aires · contacto@ejemplo.org
"""


def test_wordpress_listing_with_published_lines_and_place_date_heads():
    r = _parse(WORDPRESS_ES, "es", "https://csmigraciones.org/es/agenda")
    assert _titles(r) == ["Foro Regional sobre Migración Laboral", "Taller sobre Trata de Personas"]
    a, b = r.events
    assert a.place.span.exact == "Montevideo, Uruguay"
    assert (a.dates.start.isoformat(), a.dates.end.isoformat()) == ("2022-03-28", "2022-03-29")
    assert b.online and b.dates.start.isoformat() == "2021-11-10"
    assert "Publicado" not in a.description.exact
    assert "Secretaría Técnica de la CSM" not in b.span.exact  # the footer after the pager is no entry's


CALENDAR_EN = """Skip to content
South American Conference on Migration
About | Member States | Events | News
Events
List  Month  Day
« Previous Events   Next Events »
May 10, 2022 @ 9:00 am - May 11, 2022 @ 5:00 pm
Regional Meeting on Migrant Health
Hotel Sheraton, Av. Libertador 1000, Buenos Aires, Argentina
Ministries of health of the member states reviewed the regional plan. Convened by the Ministry of Health of Argentina.
Organizer: Ministry of Health of Argentina
Find out more »
June 3, 2021 @ 10:00 am - 12:00 pm
Webinar on Climate Mobility
Online event
Organized by the Platform on Disaster Displacement with the IOM.
Organizer: Platform on Disaster Displacement
Find out more »
« Previous Events   Next Events »
Subscribe to calendar: Google Calendar | iCalendar | Export .ics file
Technical Secretariat: Regional Office, Buenos Aires | info@example.org
"""


def test_calendar_plugin_date_before_title_and_venue_address_after_it():
    r = _parse(CALENDAR_EN, "en", "https://csmigraciones.org/en/events/list/")
    assert _titles(r) == ["Regional Meeting on Migrant Health", "Webinar on Climate Mobility"]
    a, b = r.events
    assert a.place.span.exact == "Buenos Aires, Argentina"
    assert a.venue.exact == "Hotel Sheraton, Av. Libertador 1000"  # the venue and its address, not a place
    assert (a.dates.start.isoformat(), a.dates.end.isoformat()) == ("2022-05-10", "2022-05-11")
    assert b.online and b.dates.start.isoformat() == "2021-06-03"
    assert "Organizer: Platform on Disaster Displacement" in b.span.exact  # the organizer line is the entry's
    assert "Subscribe" not in b.span.exact and "Find out more" not in (b.description.exact if b.description else "")


CALENDAR_ES = """Saltar al contenido
Conferencia Regional sobre Migración
Eventos
‹ Eventos anteriores   Próximos eventos ›
12 de agosto de 2020 @ 09:00 - 13 de agosto de 2020 @ 17:00
Taller Regional sobre Niñez Migrante
Casa Presidencial, Boulevard Juan Pablo II 125, San Salvador, El Salvador
Organizado por el Ministerio de Relaciones Exteriores de El Salvador con el apoyo de UNICEF.
Organizador: Ministerio de Relaciones Exteriores de El Salvador
Ver evento »
3 de febrero de 2019 @ 10:00 - 16:00
Reunión de la Red de Protección Consular
Ciudad de Guatemala
La reunión fue convocada por la Presidencia Pro Tempore.
Ver evento »
"""


def test_calendar_plugin_in_spanish():
    r = _parse(CALENDAR_ES, "es", "https://rcmvs.org/es/eventos/lista/")
    assert _titles(r) == ["Taller Regional sobre Niñez Migrante", "Reunión de la Red de Protección Consular"]
    a, b = r.events
    assert a.place.span.exact == "San Salvador, El Salvador" and a.dates.end.isoformat() == "2020-08-13"
    assert b.place.span.exact == "Ciudad de Guatemala" and b.dates.start.isoformat() == "2019-02-03"


DRUPAL_EN = """Skip to main content
Regional Conference on Migration
Home   About us   Events   Documents   Contact
Events
Showing 1–2 of 40 events

Meeting of the Network on Child Protection
Posted on September 9, 2019 by Executive Secretariat
Guatemala City | September 5–6, 2019
Convened by the Presidency Pro Tempore; the UNICEF regional office took part.
Read more »

Virtual Course on Document Security
Posted on July 1, 2021 by Executive Secretariat
Online | 06/21/2021 – 06/25/2021
Delivered by the Border Services Agency for immigration officers.
Read more »

« Newer events   1 2 3 … 20   Older events »

Regional Conference on Migration · Executive Secretariat · San José, Costa Rica · info@example.org
© 2024 RCM. All rights reserved.
"""


def test_wordpress_posted_on_lines_are_not_event_dates_nor_titles():
    r = _parse(DRUPAL_EN)
    assert _titles(r) == ["Meeting of the Network on Child Protection", "Virtual Course on Document Security"]
    a, b = r.events
    assert a.place.span.exact == "Guatemala City" and a.dates.start.isoformat() == "2019-09-05"
    assert b.online and b.dates.end.isoformat() == "2021-06-25"
    assert all("Posted on" not in (e.description.exact if e.description else "") for e in r.events)
    assert len(r.events) == 2  # neither the pager nor the signature line is an event


@pytest.mark.parametrize("line,order,start,end", [
    ("Online | 06/21/2021 – 06/25/2021", "mdy", "2021-06-21", "2021-06-25"),
    ("Cartagena, Colombia · 03.05.2019 – 04.05.2019", "dmy", "2019-05-03", "2019-05-04"),
    ("Lugar: Lima · 7 de abril de 2022 – 8 de abril de 2022", "dmy", "2022-04-07", "2022-04-08"),
])
def test_a_date_range_printed_with_a_spaced_dash_is_one_date_part(line, order, start, end):
    m = heads.meta_line(_line(line), order=order)
    (date,) = [p for p in m.parts if p.kind == "date"]
    dr = heads.range_line(line[date.start:date.end], order=order)
    assert (dr.start.isoformat(), dr.end.isoformat()) == (start, end)


TABLE_EN = """Regional Conference on Migration
Home   About us   Events   Documents   Contact

PAST EVENTS

Event | Date | Venue | Organized by | Summary
Regional Seminar on Labour Mobility | 4–5 May 2022 | San Salvador, El Salvador | Ministry of Labour and Social Welfare of El Salvador; ILO | Delegations of the member countries reviewed the regional guidelines.
Virtual Course on Migrant Protection | 15/03/2021 – 17/03/2021 | Online | IOM; UNICEF | With financial support from the European Union.

‹ Previous   1   2   3   Next ›
"""

TABLE_ES = """Conferencia Suramericana sobre Migraciones
Evento\tFecha\tLugar\tOrganizan\tObservaciones
Taller Andino sobre Trata de Personas\t12 de junio de 2019\tLima, Perú\tUNODC; Ministerio del Interior del Perú\tParticiparon fiscales de cuatro países.
Foro Regional de Sociedad Civil\t3 de octubre de 2018\tQuito, Ecuador\tRed Espacio Sin Fronteras\tCon el apoyo de la OIM.
"""


def test_a_table_listing_one_event_a_row(tools):
    r = _parse(TABLE_EN)
    assert _titles(r) == ["Regional Seminar on Labour Mobility", "Virtual Course on Migrant Protection"]
    a, b = r.events
    assert a.place.span.exact == "San Salvador, El Salvador" and a.dates.end.isoformat() == "2022-05-05"
    assert b.online and (b.dates.start.isoformat(), b.dates.end.isoformat()) == ("2021-03-15", "2021-03-17")
    assert a.description.exact == "Delegations of the member countries reviewed the regional guidelines."
    ra, rb = _roles(tools, r)
    assert {role for n, role in ra if "ilo" in str(n).lower()} == {"organizer"}
    assert {role for n, role in rb if "unicef" in str(n).lower()} == {"organizer"}
    assert {role for n, role in rb if "european" in str(n).lower() or str(n) == "eu"} == {"funder"}


def test_a_table_listing_with_tabs_in_spanish(tools):
    r = _parse(TABLE_ES, "es", "https://csmigraciones.org/es/agenda")
    assert _titles(r) == ["Taller Andino sobre Trata de Personas", "Foro Regional de Sociedad Civil"]
    a, b = r.events
    assert a.place.city_label_es == "Lima" and a.dates.start.isoformat() == "2019-06-12"
    ra, _ = _roles(tools, r)
    assert {role for n, role in ra if "unodc" in str(n).lower()} == {"organizer"}


def test_a_byline_author_and_a_venue_are_no_involvement(tools):
    r = _parse(DRUPAL_EN)
    for pairs in _roles(tools, r):
        assert not any("executive secretariat" in n for n in _names(pairs))
    r = _parse(CALENDAR_EN, "en", "https://csmigraciones.org/en/events/list/")
    for pairs in _roles(tools, r):
        assert not any("sheraton" in n for n in _names(pairs))
