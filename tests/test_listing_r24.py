"""Listings, round 24 (issue 13, listing24): page structure of listing entries.

- an entry whose details are printed as a label on a line of its own and its value on the next line ("Date" /
  "4 - 5 March, 2017", "Venue" / "Lima, Peru", "Organizer" / "Ministry of ..."): the date and place label lines
  are no titles; each value is read under its label, and the entry is cut at its title.

Hand-made pages in English and Spanish (none copied from a held-out page).
"""

from __future__ import annotations

import pytest
from event_pages import event_page
from test_extract import pairs, run
from test_roles_rules import ref, tools  # noqa: F401  (fixtures)

from rcpkg.loaders.layouts import parse_page

_EN = """ANDEAN FORUM ON HUMAN MOBILITY
Home | About | Calendar | Contact

CALENDAR

TECHNICAL WORKSHOP ON LABOUR MIGRATION STATISTICS
Date
4 - 5 March, 2017
Venue
Lima, Peru
Organizer
Government of Peru
Participants
Delegations of Chile, Bolivia and Ecuador
+ See more

SEMINAR ON CONSULAR ASSISTANCE TO RETURNEES
Date
19/09/2016
Venue
Quito
Host
Government of Ecuador
Support
UNHCR
+ See more

« Previous   1   2   3   Next »
"""

_ES = """FORO ANDINO DE MOVILIDAD HUMANA
Inicio | Quiénes somos | Agenda | Contacto

AGENDA

TALLER TÉCNICO SOBRE ESTADÍSTICAS DE MIGRACIÓN LABORAL
Fecha
4 - 5 marzo, 2017
Lugar
Lima, Perú
Organiza
Gobierno del Perú
Participan
Delegaciones de Chile, Bolivia y Ecuador
+ Ver más

SEMINARIO SOBRE ASISTENCIA CONSULAR A PERSONAS RETORNADAS
Fecha
19/09/2016
Lugar
Quito
Anfitrión
Gobierno del Ecuador
Apoyo
ACNUR
+ Ver más

« Anterior   1   2   3   Siguiente »
"""


@pytest.mark.parametrize("lang, text", [("en", _EN), ("es", _ES)])
def test_label_line_then_value_line_entries(tools, lang, text):  # noqa: F811
    page = event_page(text, lang, layout="listing", url="https://example.org/calendar")
    r = parse_page(page)
    titles = [e.titles[0].text for e in r.events]
    assert len(r.events) == 2, titles
    assert titles[0].startswith(("TECHNICAL WORKSHOP", "TALLER TÉCNICO")), titles
    assert titles[1].startswith(("SEMINAR ON", "SEMINARIO SOBRE")), titles
    first, second = r.events
    assert first.place is not None and first.place.country_code == "PE", first.place
    assert second.place is not None and second.place.country_code == "EC", second.place
    assert first.dates is not None and str(first.dates.start) == "2017-03-04" and str(first.dates.end) == "2017-03-05"
    assert second.dates is not None and str(second.dates.start) == "2016-09-19"
    found = pairs(run(tools, page, first))
    assert ("gov-pe", "organizer") in found, found
    assert ("gov-cl", "participant") in found and ("gov-ec", "participant") in found, found
    found = pairs(run(tools, page, second))
    assert ("gov-ec", "host") in found, found
    assert ("unhcr", "supporter") in found, found


@pytest.mark.parametrize("lang, label, value", [
    ("en", "Participants", "Delegations of Chile, Bolivia,\nEcuador and Colombia;\nUNICEF"),
    ("es", "Participan", "Delegaciones de Chile, Bolivia,\nEcuador y Colombia;\nUNICEF"),
])
def test_a_value_under_its_label_runs_on_while_its_line_ends_open(tools, lang, label, value):  # noqa: F811
    text = (_EN if lang == "en" else _ES).replace("Participants\nDelegations of Chile, Bolivia and Ecuador"
                                                  if lang == "en" else
                                                  "Participan\nDelegaciones de Chile, Bolivia y Ecuador",
                                                  f"{label}\n{value}")
    page = event_page(text, lang, layout="listing", url="https://example.org/calendar")
    r = parse_page(page)
    assert len(r.events) == 2
    found = pairs(run(tools, page, r.events[0]))
    for agent in ("gov-cl", "gov-bo", "gov-ec", "gov-co", "unicef"):
        assert (agent, "participant") in found, (agent, found)


# -- an ISO date range with an arrow under each title ----------------------------------------------------------------

_ARROW_EN = """Andean Forum on Human Mobility
Home | About | Calendar | Contact

PAST EVENTS

Regional Workshop on Labour Migration Statistics
2018-03-06 → 2018-03-08 · Lima, Peru
Convened by the Government of Peru with ILO, the workshop gathered statistics offices of Chile and Bolivia.
Tags: statistics · labour

Online Seminar on Consular Assistance
2016-05-10 · Online
Organizers: the Government of Ecuador and UNHCR. Delegates of Colombia took part.
Tags: consular

Ministerial Meeting of the Forum
2015-11-23 → 2015-11-24 · Quito, Ecuador
Ecuador hosted the meeting. The members adopted the Quito Declaration.
Tags: meeting
"""

_ARROW_ES = """Foro Andino de Movilidad Humana
Inicio | Quiénes somos | Agenda | Contacto

EVENTOS PASADOS

Taller Regional sobre Estadísticas de Migración Laboral
2018-03-06 → 2018-03-08 · Lima, Perú
Convocado por el Gobierno del Perú con la OIT, el taller reunió a las oficinas de estadística de Chile y Bolivia.
Etiquetas: estadística · trabajo

Seminario virtual sobre Asistencia Consular
2016-05-10 · En línea
Organizadores: el Gobierno del Ecuador y el ACNUR. Participaron delegados de Colombia.
Etiquetas: consular

Reunión Ministerial del Foro
2015-11-23 → 2015-11-24 · Quito, Ecuador
Ecuador fue sede de la reunión. Los miembros adoptaron la Declaración de Quito.
Etiquetas: reunión
"""


@pytest.mark.parametrize("lang, text", [("en", _ARROW_EN), ("es", _ARROW_ES)])
def test_an_iso_range_with_an_arrow_heads_the_entry(lang, text):
    page = event_page(text, lang, layout="listing", url="https://example.org/past")
    r = parse_page(page)
    assert len(r.events) == 3, [e.titles[0].text for e in r.events]
    a, b, c = r.events
    assert a.dates is not None and (str(a.dates.start), str(a.dates.end)) == ("2018-03-06", "2018-03-08")
    assert a.place is not None and a.place.country_code == "PE"
    assert b.online and str(b.dates.start) == "2016-05-10"
    assert c.dates is not None and (str(c.dates.start), str(c.dates.end)) == ("2015-11-23", "2015-11-24")
    assert c.place is not None and c.place.country_code == "EC"


# -- the titled body that met, named in full with its subject ("The Working Group on Return met ...") -----------------

_MET_EN = """Andean Forum on Human Mobility
Home | About | Calendar | Contact

CALENDAR

12 APR 2019
{title}
Online
{body}
Read more

20 MAY 2019
Annual Technical Meeting
Online
Convened by the Government of Peru. Delegations of Chile and Bolivia attended.
Read more
"""


@pytest.mark.parametrize("lang, title, body, agent", [
    ("en", "Online Session of the Working Group on Protection",
     "The Working Group on Protection met to agree on its calendar. UNICEF gave an update.", "rcm-wg-protection"),
    ("es", "Sesión virtual del Grupo de Trabajo sobre Protección",
     "El Grupo de Trabajo sobre Protección sesionó para acordar su calendario. UNICEF presentó novedades.",
     "rcm-wg-protection"),
])
def test_the_titled_body_named_in_full_that_met_organizes(tools, lang, title, body, agent):  # noqa: F811
    page = event_page(_MET_EN.format(title=title, body=body), lang, layout="listing", url="https://example.org/c")
    r = parse_page(page)
    assert len(r.events) == 2
    found = pairs(run(tools, page, r.events[0]))
    assert (agent, "organizer") in found, found
