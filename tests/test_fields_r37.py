"""Issue 13 (round 37): fields pages. Pages written for these tests, English and Spanish (other names, places and
wording than any held-out set).

- labels in square brackets, one or several on a line ("[Date] … [Venue] … [Format] …", "[Organizan] X; Y"): each its
  own field, so the dates, the place and the roles are read (not the event's text, whose bodies were only named);
- a label and its value set apart by an arrow ("Hosted by → X", "Convocatoria → X") and several fields on one line set
  apart by a spaced slash ("Fecha: … / Sede: … / Modalidad: …");
- a place "+ online" is attended both ways (hybrid): the city, not the online mode;
- a date field's dates followed by a note after a middle dot ("3–5 May 2018 · three afternoon sessions");
- a host's seat after its acronym ("… (UNAL), Colombia campus"): the country is the seat, no host.
"""

from __future__ import annotations

import pytest
from event_pages import by_event

from test_extract import ref, tools  # noqa: E402, F401


def _by_event(tools, text, lang):  # noqa: F811
    return by_event(tools, text, lang, url="https://example.org/civil-society/meetings")


_EN_SQUARE = """Andean Migration Forum
Home | Civil Society | Meetings

Meetings with civil society

Civil Society Consultation on Labour Mobility
[Date] 12-13/03/2018  [Venue] Cusco, Peru  [Format] in person
[Organizers] Andean Migrants Network; Pastoral Mobility Service (PMS)
[Hosted by] University of the Highlands (UTA)
[Funding] Ford Foundation
[Participants] Bolivia; Ecuador

Online Roundtable on Return Data
[Date] 23/06/2021  [Venue] online  [Format] Zoom
[Convened by] Andean Migrants Network
[Participants] Chile; Paraguay
"""

_ES_SQUARE = """Foro Andino de Migraciones
Inicio | Sociedad Civil | Encuentros

Encuentros con la sociedad civil

Consulta de Sociedad Civil sobre Movilidad Laboral
[Fecha] 12-13/03/2018  [Lugar] Cusco, Perú  [Modalidad] presencial
[Organizan] Red Andina de Migrantes; Servicio Pastoral de Movilidad (SPM)
[Anfitrión] Universidad del Altiplano (UDA)
[Financia] Fundación Ford
[Participan] Bolivia; Ecuador

Mesa Virtual sobre Datos de Retorno
[Fecha] 23/06/2021  [Lugar] en línea  [Modalidad] Zoom
[Convoca] Red Andina de Migrantes
[Participan] Chile; Paraguay
"""


@pytest.mark.parametrize("text, lang, names", [
    (_EN_SQUARE, "en", ("Andean Migrants Network", "University of the Highlands", "Ford Foundation")),
    (_ES_SQUARE, "es", ("Red Andina de Migrantes", "Universidad del Altiplano", "Fundación Ford")),
])
def test_labels_in_square_brackets_several_on_a_line_are_fields(tools, text, lang, names):
    got = _by_event(tools, text, lang)
    assert len(got) == 2
    (ev, inv), (ev2, inv2) = got
    assert ev.dates is not None and str(ev.dates.start) == "2018-03-12" and str(ev.dates.end) == "2018-03-13"
    assert ev.place is not None and ev.place.city_label_en == "Cusco" and not ev.online
    org, host, funder = names
    assert {(org, "organizer"), (host, "host"), (funder, "funder"), ("gov-bo", "participant")} <= inv, inv
    assert ev2.dates is not None and str(ev2.dates.start) == "2021-06-23" and ev2.online
    assert {(org, "convener"), ("gov-cl", "participant")} <= inv2, inv2


_EN_ARROW = """Andean Migration Forum
Home | Civil Society | Meetings

Meetings with civil society

Civil Society Consultation on Labour Mobility
Date: 12-13/03/2018  /  Venue: Cusco, Peru  /  Format: in person
Convened by → Andean Migrants Network
Hosted by → University of the Highlands (UTA)
Funding → Ford Foundation
Participants → Bolivia; Ecuador

Online Roundtable on Return Data
Date: 23/06/2021  /  Venue: —  /  Format: virtual (Zoom)
Convened by → Andean Migrants Network
Participants → Chile; Paraguay
"""

_ES_ARROW = """Foro Andino de Migraciones
Inicio | Sociedad Civil | Encuentros

Encuentros con la sociedad civil

Consulta de Sociedad Civil sobre Movilidad Laboral
Fecha: 12-13/03/2018  /  Sede: Cusco, Perú  /  Modalidad: presencial
Convocatoria → Red Andina de Migrantes
Anfitrión → Universidad del Altiplano (UDA)
Financiamiento → Fundación Ford
Participantes → Bolivia; Ecuador

Mesa Virtual sobre Datos de Retorno
Fecha: 23/06/2021  /  Sede: —  /  Modalidad: virtual (Zoom)
Convocatoria → Red Andina de Migrantes
Participantes → Chile; Paraguay
"""


@pytest.mark.parametrize("text, lang, names", [
    (_EN_ARROW, "en", ("Andean Migrants Network", "University of the Highlands", "Ford Foundation")),
    (_ES_ARROW, "es", ("Red Andina de Migrantes", "Universidad del Altiplano", "Fundación Ford")),
])
def test_arrow_labels_and_fields_set_apart_by_a_slash_are_read(tools, text, lang, names):
    got = _by_event(tools, text, lang)
    assert len(got) == 2
    (ev, inv), (ev2, inv2) = got
    assert ev.dates is not None and str(ev.dates.start) == "2018-03-12" and str(ev.dates.end) == "2018-03-13"
    assert ev.place is not None and ev.place.city_label_en == "Cusco"
    conv, host, funder = names
    assert {(conv, "convener"), (host, "host"), (funder, "funder"), ("gov-ec", "participant")} <= inv, inv
    assert ev2.dates is not None and str(ev2.dates.start) == "2021-06-23" and ev2.online
    assert {(conv, "convener"), ("gov-py", "participant")} <= inv2, inv2


_EN_TABS = """Andean Migration Forum
Technical Secretariat › Activity log

Regional Course on Border Statistics
When\t3–5 May 2018 · three afternoon sessions
Where\tBogotá, Colombia + online
Organized by\tAndean Statistics Office
Host\tNational University of Colombia (UNAL), Colombia campus
Participants\tBolivia, Ecuador

Technical Meeting on Labour Migration Data
When\t14 August 2019
Where\tLa Paz, Bolivia
Organized by\tAndean Statistics Office
Participants\tPeru, Chile
"""

_ES_TABS = """Foro Andino de Migraciones
Secretaría Técnica › Registro de actividades

Curso Regional sobre Estadísticas de Frontera
Fecha\t3–5 de mayo de 2018 · tres sesiones vespertinas
Lugar\tBogotá, Colombia + en línea
Organiza\tOficina Andina de Estadística
Anfitrión\tUniversidad Nacional de Colombia (UNAL), sede Colombia
Participan\tBolivia, Ecuador

Reunión Técnica sobre Datos de Migración Laboral
Fecha\t14 de agosto de 2019
Lugar\tLa Paz, Bolivia
Organiza\tOficina Andina de Estadística
Participan\tPerú, Chile
"""


@pytest.mark.parametrize("text, lang", [(_EN_TABS, "en"), (_ES_TABS, "es")])
def test_a_date_with_a_note_and_a_place_plus_online(tools, text, lang):
    got = _by_event(tools, text, lang)
    assert len(got) == 2
    (ev, inv), _ = got
    assert ev.dates is not None and str(ev.dates.start) == "2018-05-03" and str(ev.dates.end) == "2018-05-05"
    assert ev.place is not None and ev.place.city_label_en == "Bogotá"
    assert ev.hybrid and not ev.online


@pytest.mark.parametrize("text, lang", [(_EN_TABS, "en"), (_ES_TABS, "es")])
def test_the_country_of_a_hosts_campus_is_no_host(tools, text, lang):
    (_, inv), _ = _by_event(tools, text, lang)
    assert ("gov-co", "host") not in inv, inv
    assert any(role == "host" and "Universidad Nacional" in str(who) or "National University" in str(who)
               for who, role in inv), inv


def test_a_slash_between_two_dates_parts_no_field(tools):
    text = """Grupo Andino de Fronteras
Inicio | Actividades

Curso Regional sobre Documentos de Viaje
Fecha: 2017-05-08 / 2017-05-12 | Sede: Cusco, Perú |
Organiza: Oficina Andina de Estadística | Participan: Bolivia y Chile.

Reunión Técnica sobre Pasos de Frontera
Fecha: 2019-08-14 | Sede: La Paz, Bolivia |
Organiza: Oficina Andina de Estadística
"""
    (ev, _), _ = _by_event(tools, text, "es")
    assert ev.place is not None and ev.place.city_label_en == "Cusco"
