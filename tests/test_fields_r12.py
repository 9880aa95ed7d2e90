"""Field-labelled pages (issue 13, fields2): a site menu whose words are labels above the first event, a line of
prose above the first title, separate start and end date fields, cooperating entities as supporters, stacked
labels and semicolon items, offices named with their parent's acronym, and every coordinating item an institution
or a warning. Pages written for these tests (no held-out page's wording)."""

from __future__ import annotations

from datetime import date

import pytest
from test_extract import pairs, run
from test_roles_rules import ref, tools  # noqa: F401  (fixtures)

from rcpkg.loaders.layouts import labels, parse_page
from rcpkg.loaders.records import Page


def _parse(text: str, lang: str = "en"):
    return parse_page(Page(path="p.txt", url="https://example.org/network/activities", text=text, lang=lang,
                           layout="fields"))


def _titles(r) -> list[str]:
    return [e.titles[0].text if e.titles else None for e in r.events]


def _extract(tools, text: str, lang: str = "en"):  # noqa: F811
    page = Page(path="p.txt", url="https://example.org/network/activities", text=text, lang=lang, layout="fields")
    r = parse_page(page)
    return page, r, [run(tools, page, e) for e in r.events]


# -- a menu whose words are labels ("Events", "Resources", "Documents", "Contact") above the first event --------

MENU_EN = """Skip to main content
Andean Labour Observatory
Home
Events
Resources
Search this site
Activity calendar 2021
Technical Meeting on Seasonal Work Permits
Date
Mon, 12/04/2021 - 10:00 to 12:00
Place
Online (Zoom)
Organizers
Andean Statistics Board; Labour Office of Jamaica
Regional Seminar on Pension Portability
Date
Thu, 07/10/2021 - 09:00 to 17:00
Place
Quito, Ecuador
Organizers
Andean Statistics Board
"""

MENU_ES = """Ir al contenido
Red Andina de Oficinas Consulares
Inicio
Documentos
Contacto
Reuniones
En esta página se publican las reuniones de la Red desde su creación en el año 2019.
Primera Reunión de la Red Andina de Oficinas Consulares
Cuándo: 05/05/2022
Dónde: Lima, Perú
Organizadores: Oficina Consular Andina
Segunda Reunión de la Red Andina de Oficinas Consulares
Cuándo: 10/11/2022
Dónde: La Paz, Bolivia
Organizadores: Oficina Consular Andina
"""


@pytest.mark.parametrize("text, lang, first", [
    (MENU_EN, "en", "Technical Meeting on Seasonal Work Permits"),
    (MENU_ES, "es", "Primera Reunión de la Red Andina de Oficinas Consulares"),
])
def test_menu_labels_above_the_first_event_are_no_fields(text, lang, first):
    r = _parse(text, lang)
    assert len(r.events) == 2
    assert _titles(r)[0] == first
    assert r.events[0].dates is not None


def test_a_line_of_prose_above_the_first_title_is_no_sub_title():
    r = _parse(MENU_ES, "es")
    assert r.events[0].subtitle is None
    assert any(s.startswith("page heading: En esta página") for s in r.skipped)


def test_a_label_word_in_the_page_that_opens_every_event_is_kept():
    # the same page with no menu: the first event is read as before
    text = "\n".join(MENU_EN.splitlines()[6:]) + "\n"
    r = _parse(text)
    assert _titles(r) == ["Technical Meeting on Seasonal Work Permits", "Regional Seminar on Pension Portability"]


# -- separate start and end date fields ------------------------------------------------------------------------

DATES_ES = """Temas › Migración laboral
Actividades
Taller sobre Certificación de Competencias Laborales
Fecha de inicio: 02/06/2020
Fecha de finalización: 04/06/2020
Ciudad: Montevideo
Organizadores: Oficina Consular Andina
Reunión Virtual de Puntos Focales Laborales
Fecha de inicio: 18/08/2021
Fecha de finalización: 18/08/2021
Modalidad: Virtual
Organizadores: Oficina Consular Andina
"""

DATES_EN = """Working areas › Social security
Past activities
Workshop on Pension Portability Agreements
Start date: 9 March 2020
End date: 11 March 2020
City: Asunción
Organizers: Andean Statistics Board
Webinar on Labour Inspection
Start date: 1 July 2021
End date: 29 June 2021
Organizers: Andean Statistics Board
"""


def test_start_and_end_date_fields_give_the_range_in_spanish():
    r = _parse(DATES_ES, "es")
    assert _titles(r) == ["Taller sobre Certificación de Competencias Laborales",
                          "Reunión Virtual de Puntos Focales Laborales"]
    a, b = r.events
    assert (a.dates.start, a.dates.end) == (date(2020, 6, 2), date(2020, 6, 4))
    assert [p.exact for p in a.dates.parts] == ["04/06/2020"]
    assert (b.dates.start, b.dates.end) == (date(2021, 8, 18), None)  # the same day: one day


def test_start_and_end_date_fields_give_the_range_in_english_and_a_wrong_end_is_said():
    r = _parse(DATES_EN)
    a, b = r.events
    assert (a.dates.start, a.dates.end) == (date(2020, 3, 9), date(2020, 3, 11))
    assert (b.dates.start, b.dates.end) == (date(2021, 7, 1), None)
    assert any("end date does not close" in w.message and w.value == "29 June 2021" for w in r.warnings)


@pytest.mark.parametrize("label, end", [
    ("Fecha de inicio", False), ("Fecha de término", True), ("Fecha de cierre", True), ("Start date", False),
    ("Ending date", True), ("Closing date", True), ("Fecha de comienzo", False),
])
def test_start_and_end_date_labels(label, end):
    lab = labels.find_date_part(f"{label}: 12/05/2021")
    assert lab is not None and lab.key == "date" and lab.text == label and lab.value_start == len(label) + 2
    assert labels.find_date_part(label).value_start is None  # stacked: the label alone
    assert labels.is_end_date(label) is end
    assert labels.classify(label) is None  # the other layouts read such lines as date lines (dates.end_date_line)


def test_a_home_menu_word_is_no_date_label():
    assert labels.find_date_part("Inicio") is None and labels.find_date_part("Fin") is None


# -- cooperating entities support -------------------------------------------------------------------------------

@pytest.mark.parametrize("label", ["Entidades cooperantes", "Instituciones cooperantes", "Organismos cooperantes",
                                   "Cooperating institutions", "Cooperating agencies", "Cooperating partners"])
def test_cooperating_entities_are_supporters(label):
    assert labels.classify(label) == ("role", "supporter")


# -- a "Label: value" line no rule knows under an institutions field is not its item ----------------------------

UNKNOWN_EN = """Working areas › Border management
Border Data Exchange Workshop
Date: 3 May 2022
Coordinating institution: Andean Statistics Board
Logistics: Labour Office of Jamaica
Organizers: Border Police Service
Customs Training Session
Date: 4 May 2022
Coordinating institution: Border Police Service
"""

UNKNOWN_ES = """Ejes › Gestión fronteriza
Taller sobre Intercambio de Datos Fronterizos
Fecha: 3 de mayo de 2022
Institución coordinadora: Oficina Consular Andina
Traducción: Servicio de Intérpretes del Pacífico
Jornada de Capacitación Aduanera
Fecha: 4 de mayo de 2022
Institución coordinadora: Servicio de Frontera
Logística: Oficina de Empleo de Chile
"""


@pytest.mark.parametrize("text, lang, coord, label", [
    (UNKNOWN_EN, "en", "Andean Statistics Board", "Logistics: Labour Office of Jamaica"),
    (UNKNOWN_ES, "es", "Oficina Consular Andina", "Traducción: Servicio de Intérpretes del Pacífico"),
])
def test_an_unknown_label_line_is_no_coordinating_item(text, lang, coord, label):
    r = _parse(text, lang)
    assert len(r.events) == 2
    assert r.events[0].coordinating.exact == coord
    assert any("field label not known" in w.message and w.value == label for w in r.warnings)


def test_an_unknown_label_line_after_the_last_events_field_is_no_item_either():
    r = _parse(UNKNOWN_ES, "es")
    assert r.events[1].coordinating.exact == "Servicio de Frontera"
    assert any(w.value == "Logística: Oficina de Empleo de Chile" for w in r.warnings)


# -- offices named with their body, names with "and"/"o" closed by the acronym, a role word starting a name -----

OFFICES_EN = """Network activities
Workshop on Consular Records
Date: 14 June 2022
Coordinating institutions: RNCOM Technical Secretariat; Ministry of Foreign Affairs of Peru
Participants: National Disaster Prevention and Response Service of Chile (SENAPRED)
Technical Session on Asylum Data
Date: 15 June 2022
Coordinating institution: Executive Secretariat of the RNCOM, as chair of the session
"""

OFFICES_ES = """Actividades de la red
Taller sobre Registros Consulares
Fecha: 14 de junio de 2022
Instituciones coordinadoras: Secretaría Técnica de la RROCM; Cancillería de Chile
Con el apoyo de: Representación del ACNUR en Chile
Participan: Oficina de Recuperación de Activos o Bienes (ORAB); Servicio de Frontera
Sesión Técnica sobre Datos de Asilo
Fecha: 15 de junio de 2022
Instituciones coordinadoras: Secretaría Ejecutiva de la RROCM y la Cancillería de Chile
"""


def _names(x, role):
    return {(i.extracted.name if i.extracted else i.agent) for i in x.involvements if i.role == role}


def test_a_bodys_office_named_with_its_acronym_coordinates_in_english(tools):  # noqa: F811
    _, r, (a, b) = _extract(tools, OFFICES_EN)
    assert _names(a, "coordinator") == {"RNCOM Technical Secretariat", "Ministry of Foreign Affairs of Peru"}
    assert ("rncom", "coordinator") not in pairs(a)
    office = next(i for i in a.involvements if i.extracted and i.extracted.name == "RNCOM Technical Secretariat")
    assert office.extracted.parent == "rncom" and office.extracted.type == "OrganizationUnit"
    assert "Executive Secretariat of the RNCOM" in _names(b, "coordinator")


def test_a_bodys_office_named_with_its_acronym_coordinates_in_spanish(tools):  # noqa: F811
    _, r, (a, b) = _extract(tools, OFFICES_ES, "es")
    assert "Secretaría Técnica de la RROCM" in _names(a, "coordinator")
    assert "Secretaría Ejecutiva de la RROCM" in _names(b, "coordinator")
    assert ("rncom", "coordinator") not in pairs(a) | pairs(b)


def test_a_name_with_and_closed_by_its_acronym_is_one_name(tools):  # noqa: F811
    _, r, (a, _b) = _extract(tools, OFFICES_EN)
    assert _names(a, "participant") == {"National Disaster Prevention and Response Service of Chile"}
    assert not a.warnings


def test_a_name_with_o_closed_by_its_acronym_is_one_name(tools):  # noqa: F811
    _, r, (a, _b) = _extract(tools, OFFICES_ES, "es")
    assert "Oficina de Recuperación de Activos o Bienes" in _names(a, "participant")
    assert "Bienes" not in _names(a, "participant")


def test_a_role_word_that_starts_a_name_under_a_role_label_is_part_of_the_name(tools):  # noqa: F811
    _, r, (a, _b) = _extract(tools, OFFICES_ES, "es")
    assert "Representación del ACNUR en Chile" in _names(a, "supporter")


@pytest.mark.parametrize("line", [
    "Secretaría Técnica de la Red: Oficina Regional de la OIM para el Caribe · red@example.org",
    "Technical Secretariat: IOM Office for the Andean Countries | network@example.org",
])
def test_the_secretariats_credit_with_the_sites_email_is_a_footer(line):
    from rcpkg.loaders.layouts import blocks
    assert blocks.is_footer(line)
    assert not blocks.is_footer(line.split(" · ")[0].split(" | ")[0])


# -- an audience field: the people of a country or body named take part ----------------------------------------

AUDIENCE_EN = """Topics › Labour migration
Workshop on Farm Labour Inspection
Date: 2 March 2023
Organizers: Andean Statistics Board
Target audience: labour inspectors of Belize and Jamaica
Webinar on Remittance Costs
Date: 9 March 2023
Organizers: Andean Statistics Board
Target audience: officials of the member countries of the Regional Conference on Migration
"""

AUDIENCE_ES = """Temas › Migración laboral
Taller sobre Inspección del Trabajo Agrícola
Fecha: 2 de marzo de 2023
Organizadores: Oficina Consular Andina
Dirigido a: fiscales y policías de Colombia y Ecuador
"""


def test_an_audience_of_a_countrys_officials_takes_part(tools):  # noqa: F811
    _, _, (a, b) = _extract(tools, AUDIENCE_EN)
    assert {("gov-bz", "participant"), ("gov-jm", "participant")} <= pairs(a)
    assert not any(role == "participant" and agent == "rcm" for agent, role in pairs(b))
    _, _, (c,) = _extract(tools, AUDIENCE_ES, "es")
    assert {("gov-co", "participant"), ("gov-ec", "participant")} <= pairs(c)


# -- a location value: the place, a dash, the venue --------------------------------------------------------------

@pytest.mark.parametrize("where, lang, city", [
    ("Where: Quito, Ecuador – Andean Parliament, Main Hall", "en", 3652462),
    ("Lugar: Asunción, Paraguay - Palacio de López, Salón Independencia", "es", 3439389),
])
def test_a_place_then_a_venue_after_a_dash(where, lang, city):
    text = f"Activities\nMeeting of the Andean Consular Network\nDate: 5 May 2022\n{where}\nOrganizers: Andean Statistics Board\n"
    r = _parse(text, lang)
    (e,) = r.events
    assert e.place is not None and e.place.city_geonameid == city
    assert e.venue is not None and e.venue.exact == where.split(" – ")[-1].split(" - ")[-1]


UNIT_EN = """Working group activities
Seminar on Labour Market Data
Date: 8 May 2023
Coordinating institutions: Ministry of Labour of Belize, ILO Skills Team and Office for the Caribbean, Jamaica and Belize
"""

UNIT_ES = """Actividades del grupo
Seminario sobre Datos del Mercado Laboral
Fecha: 8 de mayo de 2023
Instituciones coordinadoras: Ministerio de Trabajo de Belice; OIT Oficina de Proyectos y Equipo de Datos
"""


@pytest.mark.parametrize("text, lang, unit", [
    (UNIT_EN, "en", "ILO Skills Team and Office for the Caribbean, Jamaica and Belize"),
    (UNIT_ES, "es", "OIT Oficina de Proyectos y Equipo de Datos"),
])
def test_an_organizations_unit_named_after_its_acronym_is_one_coordinator(tools, text, lang, unit):  # noqa: F811
    _, _, (a,) = _extract(tools, text, lang)
    assert unit in _names(a, "coordinator")
    office = next(i for i in a.involvements if i.extracted and i.extracted.name == unit)
    assert office.extracted.parent == "ilo"
    assert ("ilo", "coordinator") not in pairs(a)


# -- the body whose meeting a title names is mentioned --------------------------------------------------------------

@pytest.mark.parametrize("title, lang, body", [
    ("Second Meeting of the Network on Seasonal Work and Mobility", "en", "Network on Seasonal Work and Mobility"),
    ("Reunión del Comité de Enlace sobre Empleo Temporal", "es", "Comité de Enlace sobre Empleo Temporal"),
])
def test_the_body_whose_meeting_a_title_names_is_mentioned(tools, title, lang, body):  # noqa: F811
    text = f"Activities\n{title}\nDate: 5 May 2022\nOrganizers: Andean Statistics Board\n"
    _, _, (a,) = _extract(tools, text, lang)
    assert body in _names(a, "mentioned")


def test_a_title_with_no_meeting_of_a_body_mentions_no_new_name(tools):  # noqa: F811
    text = "Activities\nWorkshop on Seasonal Work and Mobility Networks\nDate: 5 May 2022\nOrganizers: Andean Statistics Board\n"
    _, _, (a,) = _extract(tools, text)
    assert _names(a, "mentioned") == set()


@pytest.mark.parametrize("line, lang", [
    ("Target audience: Members of the Andean Consular Network", "en"),
    ("Dirigido a: integrantes de la Red Andina de Oficinas Consulares", "es"),
])
def test_an_audience_of_a_bodys_members_makes_no_participant(tools, line, lang):  # noqa: F811
    text = f"Activities\nWorkshop on Consular Records\nDate: 5 May 2022\nOrganizers: Andean Statistics Board\n{line}\n"
    _, _, (a,) = _extract(tools, text, lang)
    assert not any(role == "participant" for _, role in pairs(a))


# -- a unit printed after its parent and a dash coordinates; the parent is named ------------------------------------

@pytest.mark.parametrize("value, lang, parent, unit", [
    ("Ministry of Labour of Belize – Special Directorate for Labour Mobility; Andean Statistics Board", "en",
     "Ministry of Labour of Belize", "Special Directorate for Labour Mobility"),
    ("Ministerio de Trabajo de Belice - Dirección de Movilidad Laboral; Oficina Consular Andina", "es",
     "Ministerio de Trabajo de Belice", "Dirección de Movilidad Laboral"),
])
def test_a_unit_after_its_parent_and_a_dash_coordinates(tools, value, lang, parent, unit):  # noqa: F811
    label = "Coordinating institutions" if lang == "en" else "Instituciones coordinadoras"
    text = f"Activities\nWorkshop on Labour Mobility Records\nDate: 5 May 2022\n{label}: {value}\n"
    _, _, (a,) = _extract(tools, text, lang)
    assert unit in _names(a, "coordinator") and parent not in _names(a, "coordinator")
    assert parent in _names(a, "mentioned")
