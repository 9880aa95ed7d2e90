"""Country pages told as a timeline or as a table (issue 13, round 12, country2): a year heading alone on
its line above its entries, whose head lines ("Sept 9–10 — Lima") print the day and month without the year;
a table of events flattened to text ("Activity | Date | Place | Role", a rule row, one event a row) whose
last cell tells the roles; and the role wordings of such pages (a body coordinating with another, a single
guest named after its verb, a ministry leading its country's delegation, a presidency handed over to the next
holder). Pages and sentences written for these tests (not the held-out pages' text)."""

from __future__ import annotations

from datetime import date

import pytest
from test_roles_rules import ref, tools  # noqa: F401 (fixtures shared with the role rules' tests)

from rcpkg.loaders.extract import extract
from rcpkg.loaders.layouts import blocks, parse_page
from rcpkg.loaders.layouts.country import _cells, _head_parts, _is_head_line, _table_header
from rcpkg.loaders.pages import country_from_url
from rcpkg.loaders.records import Page


def _page(text: str, url: str, lang: str) -> Page:
    return Page(path="p.txt", url=url, text=text, lang=lang, layout="country", country=country_from_url(url))


def _summary(events):
    return [(e.titles[0].text, e.place.span.exact if e.place else None, e.dates and (e.dates.start, e.dates.end))
            for e in events]


def _roles(tools, page, event):
    gaz, themes = tools
    return {(i.extracted.name if i.extracted else i.agent, i.role) for i in extract(page, event, gaz, themes).involvements}


# -- timelines ---------------------------------------------------------------------------------------------

EN_TIMELINE = """Skip to content
South American Conference on Migration
Member States / Ecuador
ECUADOR
Capital: Quito · Member State of the SACM
Ecuador in the SACM over the years
2015
Regional Workshop on Consular Registration
Sept 9–10 — Lima
The Ministry of Foreign Affairs of Peru hosted the workshop. Consular officials of Ecuador took part.
2019
Seminar on Labour Migration Statistics
June 3 — Quito
Organized by the National Institute of Statistics and Censuses of Ecuador with the support of the ILO.
Related: Colombia · Member States
"""

ES_TIMELINE = """Ir al contenido
Conferencia Suramericana sobre Migraciones
Estados miembros › Bolivia
BOLIVIA
Bolivia en la CSM, año por año
Año 2017
Taller sobre Trata de Personas en Zonas de Frontera
12 al 14 de marzo — Cochabamba
Convocado por el Ministerio de Gobierno de Bolivia, con financiamiento de la Unión Europea.
2021
Encuentro de Puntos Focales sobre Migración Laboral
5 de octubre — Santa Cruz de la Sierra
Participaron delegaciones de Chile y del Perú.
"""


def test_an_english_timeline_takes_each_years_heading():
    page = _page(EN_TIMELINE, "https://csmigraciones.org/en/member-states/ecuador", "en")
    res = parse_page(page)
    assert _summary(res.events) == [
        ("Regional Workshop on Consular Registration", "Lima", (date(2015, 9, 9), date(2015, 9, 10))),
        ("Seminar on Labour Migration Statistics", "Quito", (date(2019, 6, 3), None)),
    ]
    first = res.events[0].dates
    assert first.span.exact == "Sept 9–10"
    assert [p.exact for p in first.parts] == ["2015"]  # the heading's year is evidence of the range
    assert all("2019" not in (e.description.exact if e.description else "") for e in res.events)


def test_a_spanish_timeline_with_year_words_in_its_headings(tools):
    page = _page(ES_TIMELINE, "https://csmigraciones.org/es/estados-miembros/bolivia", "es")
    res = parse_page(page)
    assert _summary(res.events) == [
        ("Taller sobre Trata de Personas en Zonas de Frontera", "Cochabamba", (date(2017, 3, 12), date(2017, 3, 14))),
        ("Encuentro de Puntos Focales sobre Migración Laboral", "Santa Cruz de la Sierra", (date(2021, 10, 5), None)),
    ]
    assert ("gov-bo", "convener") in _roles(tools, page, res.events[0]) or any(
        r == "convener" for _n, r in _roles(tools, page, res.events[0]))


def test_a_yearless_head_line_with_no_year_heading_gives_no_date_and_a_warning():
    text = ("Inicio\nPaíses miembros › Panamá\nActividades en Panamá\nTaller Regional sobre Retorno Asistido\n"
            "8 y 9 de mayo — Ciudad de Panamá\nOrganizado por el Servicio Nacional de Migración.\n")
    res = parse_page(_page(text, "https://crmsv.org/es/paises-miembros/panama", "es"))
    (ev,) = res.events
    assert ev.dates is None and ev.place is not None
    assert any("without a year" in w.message for w in res.warnings)


@pytest.mark.parametrize("line", ["Nov 4–6 — Santiago", "12 al 14 de marzo — Cochabamba", "Quito — 3 June"])
def test_yearless_head_lines(line):
    assert _is_head_line(blocks.split_lines(line)[0])


@pytest.mark.parametrize("line", ["4 de mayo", "Seminar on Migration — 3 June", "June 3"])
def test_no_yearless_head_lines(line):
    assert not _is_head_line(blocks.split_lines(line)[0])


def test_an_em_dash_separates_head_parts_but_an_en_dash_range_stays_whole():
    text = "30 March – 1 April 2019 — Lima"
    assert [(k, text[s:e]) for k, s, e in _head_parts(text, 0, len(text))] == [
        ("date", "30 March – 1 April 2019"), ("place", "Lima")]


# -- tables of events --------------------------------------------------------------------------------------

ES_TABLE = """Ir al contenido
CSM | Conferencia Suramericana sobre Migraciones
Estados miembros › Uruguay
# Uruguay
Estado miembro desde 2000.
## Actividades con participación uruguaya
| Evento | Fechas | Ciudad | Rol de Uruguay |
| --- | --- | --- | --- |
| Seminario sobre Integración de Personas Refugiadas | 10/06/2015 - 11/06/2015 | Montevideo | Organizado por la Junta Nacional de Migración con el apoyo del ACNUR. Participó como invitada la Defensoría del Pueblo de Panamá. |
| Reunión Técnica de la Red de Protección Consular | 22/09/2018 | Buenos Aires | Convocada por la Cancillería argentina. Asistieron funcionarios consulares de Uruguay y del Paraguay. |
Fuente: Secretaría Técnica de la CSM.
"""

EN_TABLE = """RCM | Regional Conference on Migration
Member Countries › Belize
Belize
Event\tDate\tVenue\tNotes
Workshop on Seasonal Agricultural Workers\t4 March 2019\tBelmopan\tCo-organized by the Ministry of Labour of Belize and the IOM Office in Belize, with funding from Canada.
Meeting of the Liaison Officers Network\t12 November 2020\tOnline\tThe Immigration Department of Belize coordinated the meeting together with the RCM Technical Secretariat.
Back to Member Countries
"""


def test_a_markdown_table_of_events_one_a_row(tools):
    page = _page(ES_TABLE, "https://csmigraciones.org/es/estados-miembros/uruguay", "es")
    res = parse_page(page)
    assert _summary(res.events) == [
        ("Seminario sobre Integración de Personas Refugiadas", "Montevideo", (date(2015, 6, 10), date(2015, 6, 11))),
        ("Reunión Técnica de la Red de Protección Consular", "Buenos Aires", (date(2018, 9, 22), None)),
    ]
    got = _roles(tools, page, res.events[0])
    assert ("unhcr", "supporter") in got
    assert any(r == "organizer" and "Junta Nacional" in str(n) for n, r in got)
    assert any(r == "participant" and "Defensoría del Pueblo" in str(n) for n, r in got)
    assert not any(str(n).startswith(("Organizado", "Participó")) for n, _r in got)  # a cell opens its text


def test_a_tab_table_of_events_with_an_online_row(tools):
    page = _page(EN_TABLE, "https://crmsv.org/en/member-countries/belize", "en")
    res = parse_page(page)
    assert [(e.titles[0].text, e.online) for e in res.events] == [
        ("Workshop on Seasonal Agricultural Workers", False), ("Meeting of the Liaison Officers Network", True)]
    assert res.events[0].place.span.exact == "Belmopan"
    got = _roles(tools, page, res.events[1])
    assert {r for n, r in got if "Immigration Department" in str(n)} == {"coordinator"}
    assert ("rcm-technical-secretariat", "coordinator") in got


def test_a_table_header_needs_a_date_or_place_column():
    text = "Country | Capital | Language\nChile | Santiago | Spanish\n"
    assert _table_header(text, blocks.split_lines(text)) is None
    row = "| Taller A | 3/4/2019 | Lima | Texto. |"
    assert len(_cells(row, blocks.split_lines(row)[0])) == 4


# -- role wordings -----------------------------------------------------------------------------------------

def _said(tools, body: str, lang: str = "en"):
    text = ("Skip to main content\nEvents in this country\nRegional Workshop on Consular Protection\n"
            "Lima, 3 May 2019\n" + body + "\n")
    page = _page(text, "https://crmsv.org/en/member-countries/peru" if lang == "en" else
                 "https://crmsv.org/es/paises-miembros/peru", lang)
    (event,) = parse_page(page).events
    return _roles(tools, page, event)


@pytest.mark.parametrize("body, lang, name", [
    ("The Ministry of Foreign Affairs of Peru coordinated the logistics with the National Superintendency of "
     "Migration.", "en", "National Superintendency of Migration"),
    ("La Cancillería del Perú coordinó la agenda junto con la Superintendencia Nacional de Migraciones.", "es",
     "Superintendencia Nacional de Migraciones"),
])
def test_a_body_coordinating_with_another(tools, body, lang, name):
    got = _said(tools, body, lang)
    assert {r for n, r in got if name in str(n)} == {"coordinator"}
    assert any(r == "coordinator" and ("Ministry of Foreign Affairs" in str(n) or "Cancillería" in str(n)
                                       or n == "gov-pe") for n, r in got)


def test_coordinating_with_support_is_no_coordination(tools):
    got = _said(tools, "The Ministry of Foreign Affairs of Peru coordinated the event with the support of IOM.")
    assert ("iom", "coordinator") not in got


@pytest.mark.parametrize("body, lang", [
    ("Participó como invitada la Defensoría del Pueblo de Colombia.", "es"),
    ("Asistió como observadora la Comisión Interamericana de Derechos Humanos.", "es"),
])
def test_a_single_guest_named_after_its_verb(tools, body, lang):
    got = _said(tools, body, lang)
    assert [r for _n, r in got] == ["participant"]


@pytest.mark.parametrize("body, lang", [
    ("The Ministry of Foreign Affairs of Chile led the national delegation.", "en"),
    ("El Ministerio de Relaciones Exteriores de Chile encabezó la delegación.", "es"),
])
def test_a_ministry_leading_its_delegation_takes_part(tools, body, lang):
    got = _said(tools, body, lang)
    assert [r for _n, r in got] == ["participant"]


@pytest.mark.parametrize("body, lang", [
    ("At the close, Colombia handed over the Presidency Pro Tempore to Ecuador.", "en"),
    ("Al cierre, Colombia entregó la Presidencia Pro Tempore a Ecuador.", "es"),
])
def test_the_next_holder_of_a_presidency_handed_over_is_mentioned(tools, body, lang):
    got = _said(tools, body, lang)
    assert ("gov-ec", "mentioned") in got


@pytest.mark.parametrize("body, lang", [
    ("Chile fue sede del taller y recibió la Presidencia Pro Tempore de manos de Ecuador.", "es"),
    ("Peru took over the Presidency Pro Tempore from Ecuador at the close.", "en"),
])
def test_the_previous_holder_of_a_presidency_is_mentioned(tools, body, lang):
    assert ("gov-ec", "mentioned") in _said(tools, body, lang)


@pytest.mark.parametrize("line, city", [
    ("Place and date: Liberia, Guanacaste, 14/09/2018", "Liberia"),
    ("Place and date: San José, August 2017", "San José"),
])
def test_a_city_of_the_pages_country_with_its_province_or_a_month(line, city):
    text = "Costa Rica\nEvents in this country\nWorkshop on Labour Migration\n" + line + "\nOrganized by the ILO.\n"
    res = parse_page(_page(text, "https://crmsv.org/en/member-countries/costa-rica", "en"))
    (ev,) = res.events
    # the quote is the city, or the city with its province as the page prints it ("Liberia, Guanacaste")
    assert ev.place.span.exact.startswith(city) and ev.place.country_code == "CR" and ev.place.city_geonameid
    assert not any("unknown place" in w.message for w in res.warnings)


def test_a_table_with_its_text_under_each_row_is_read_as_titles_and_lines_after_a_text_table_are_outside(tools):
    under = ("Países miembros › Honduras\nActividades en Honduras\nActividad\tFecha\tLugar\n"
             "Taller sobre Retorno Asistido\t03/05/2019\tSan Pedro Sula\n"
             "Organizado por la Cruz Roja Hondureña.\n"
             "Foro de Cónsules de la Región\t10/10/2020\tTegucigalpa\n"
             "Convocado por la Secretaría de Relaciones Exteriores.\n"
             "Diálogo sobre Movilidad Laboral\nTegucigalpa, marzo de 2021\nCon el apoyo de la OIT.\n")
    page = _page(under, "https://crmsv.org/es/paises-miembros/honduras", "es")
    res = parse_page(page)
    assert [(e.titles[0].text, e.description.exact) for e in res.events] == [
        ("Taller sobre Retorno Asistido", "Organizado por la Cruz Roja Hondureña."),
        ("Foro de Cónsules de la Región", "Convocado por la Secretaría de Relaciones Exteriores."),
        ("Diálogo sobre Movilidad Laboral", "Con el apoyo de la OIT.")]
    after = ES_TABLE.replace("Fuente: Secretaría Técnica de la CSM.", "Fuente: Oficina de la OIM en Uruguay.")
    page = _page(after, "https://csmigraciones.org/es/estados-miembros/uruguay", "es")
    last = parse_page(page).events[-1]
    assert not any("OIM en Uruguay" in str(n) for n, _r in _roles(tools, page, last))


@pytest.mark.parametrize("body, lang, office", [
    ("Peru hosted the meeting online through the National Superintendency of Migration.", "en",
     "National Superintendency of Migration"),
    ("Perú fue anfitrión de la reunión a través de la Superintendencia Nacional de Migraciones.", "es",
     "Superintendencia Nacional de Migraciones"),
])
def test_the_office_a_host_hosted_through_hosts_too(tools, body, lang, office):
    got = _said(tools, body, lang)
    assert {r for n, r in got if office in str(n)} == {"host"}
    assert ("gov-pe", "host") in got
