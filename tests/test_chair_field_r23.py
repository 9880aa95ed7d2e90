"""A chair or presidency field (issue 13, round 22's "Chair | Chile" fields, fixed in round 23): it is a role field
of its own, so an event that prints both a coordinating field and a chair field stays one event with both, and the
current Presidency Pro Tempore that a site prints in its header, above a calendar of events, is the page's, not the
first event's field (before the fix it cut every event of such a page one field off). Pages written for these
tests, in English and Spanish."""

from __future__ import annotations

import pytest
from event_pages import event_page
from test_extract import pairs, run
from test_roles_rules import ref, tools  # noqa: F401  (fixtures)

from rcpkg.loaders.layouts import parse_page

_CALENDAR_EN = """Regional Network on Labour Mobility
Home
About us
Activities
Calendar of activities 2021
Presidency Pro Tempore: Guatemala
Topic
- All -
Filter
Virtual Meeting of the Liaison Officers on Returns
Date and time
Thu, 11/03/2021 - 10:00 to 12:00
Location
Online (Zoom)
Convened by
Government of Guatemala
Coordinating institutions
IOM; UNHCR
Participants
Delegations of Belize and Honduras
Regional Seminar on Skills Recognition
Date and time
Tue, 05/10/2021 - 09:00 to Wed, 06/10/2021 - 17:00
Location
San Salvador, El Salvador
Organizers
ILO; Government of El Salvador
Participants
Delegations of Costa Rica and Panama
"""

_CALENDAR_ES = """Red Regional de Movilidad Laboral
Inicio
Quiénes somos
Actividades
Calendario de actividades 2021
Presidencia Pro Tempore: Guatemala
Tema
- Todos -
Filtrar
Reunión virtual de oficiales de enlace sobre retorno
Fecha y hora
Jue, 11/03/2021 - 10:00 a 12:00
Lugar
En línea (Zoom)
Convoca
Gobierno de Guatemala
Instituciones coordinadoras
OIM; ACNUR
Participantes
Delegaciones de Belice y Honduras
Seminario regional sobre reconocimiento de competencias
Fecha y hora
Mar, 05/10/2021 - 09:00 a Mié, 06/10/2021 - 17:00
Lugar
San Salvador, El Salvador
Organizan
OIT; Gobierno de El Salvador
Participantes
Delegaciones de Costa Rica y Panamá
"""


@pytest.mark.parametrize("text, lang, first, second", [
    (_CALENDAR_EN, "en", "Virtual Meeting of the Liaison Officers on Returns", "Regional Seminar on Skills Recognition"),
    (_CALENDAR_ES, "es", "Reunión virtual de oficiales de enlace sobre retorno",
     "Seminario regional sobre reconocimiento de competencias"),
])
def test_the_presidency_in_the_site_header_is_no_field_of_the_first_event(tools, text, lang, first, second):  # noqa: F811
    page = event_page(text, lang, layout="fields", url="https://example.org/calendar/2021")
    r = parse_page(page)
    assert [e.titles[0].text for e in r.events] == [first, second]
    got = pairs(run(tools, page, r.events[0]))
    assert ("gov-gt", "convener") in got, got
    assert ("gov-gt", "coordinator") not in got, got
    assert {("iom", "coordinator"), ("unhcr", "coordinator"), ("gov-bz", "participant")} <= got, got
    assert str(r.events[0].dates.start) == "2021-03-11", r.events[0].dates
    got2 = pairs(run(tools, page, r.events[1]))
    assert {("ilo", "organizer"), ("gov-sv", "organizer"), ("gov-pa", "participant")} <= got2, got2


_BOTH_EN = """Activities of the Network

Third Workshop on Seasonal Labour Schemes
Date: 2 June 2022
Place: Asunción, Paraguay
Coordinating institutions: IOM; ILO
Chair: Paraguay
Participants: delegations of Chile and Peru

Fourth Workshop on Seasonal Labour Schemes
Date: 8 September 2022
Place: Santiago, Chile
Coordinating institutions: IOM
Chair: Chile
Participants: delegations of Bolivia and Uruguay
"""

_BOTH_ES = """Actividades de la Red

Tercer Taller sobre Esquemas de Trabajo Temporal
Fecha: 2 de junio de 2022
Lugar: Asunción, Paraguay
Instituciones coordinadoras: OIM; OIT
Presidencia: Paraguay
Participantes: delegaciones de Chile y Perú

Cuarto Taller sobre Esquemas de Trabajo Temporal
Fecha: 8 de septiembre de 2022
Lugar: Santiago, Chile
Instituciones coordinadoras: OIM
Presidencia: Chile
Participantes: delegaciones de Bolivia y Uruguay
"""


@pytest.mark.parametrize("text, lang", [(_BOTH_EN, "en"), (_BOTH_ES, "es")])
def test_an_event_with_a_coordinating_field_and_a_chair_field_is_one_event(tools, text, lang):  # noqa: F811
    page = event_page(text, lang, layout="fields", url="https://example.org/network/activities")
    r = parse_page(page)
    assert len(r.events) == 2, [e.titles[0].text for e in r.events]
    got = pairs(run(tools, page, r.events[0]))
    assert {("iom", "coordinator"), ("ilo", "coordinator"), ("gov-py", "coordinator"), ("gov-cl", "participant"),
            ("gov-pe", "participant")} <= got, got
    got2 = pairs(run(tools, page, r.events[1]))
    assert {("iom", "coordinator"), ("gov-cl", "coordinator"), ("gov-bo", "participant")} <= got2, got2


# -- "Delegations of X and Y" at the start of a field's value: the people the countries sent, no body -----------------

@pytest.mark.parametrize("lang, head, value, agents", [
    ("en", "Date: 3 May 2021\nPlace: Lima, Peru\nParticipants: ", "Delegations of Belize and Honduras", {"gov-bz", "gov-hn"}),
    ("es", "Fecha: 3 de mayo de 2021\nLugar: Lima, Perú\nParticipantes: ", "Delegaciones de Belice y Honduras",
     {"gov-bz", "gov-hn"}),
    ("en", "Date: 3 May 2021\nPlace: Lima, Peru\nParticipants: ", "Experts of Chile and Peru", {"gov-cl", "gov-pe"}),
])
def test_delegations_at_the_start_of_a_value_name_no_body(tools, lang, head, value, agents):  # noqa: F811
    page = event_page(f"Workshop on Returns\n{head}{value}\n", lang, layout="fields", url="https://example.org/w")
    r = parse_page(page)
    got = pairs(run(tools, page, r.events[0]))
    assert {(a, "participant") for a in agents} <= got, got
    assert not any("delegat" in a or "expert" in a for a, _ in got), got
