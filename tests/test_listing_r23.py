"""Listings, round 23 (issue 13, listing23): roles of listing entries the rules did not give yet.

- the body whose meeting the title names and that the text says met ("The Network met in ...", "El Comité sesionó
  en ...", "the Group held its second meeting"): it organizes its own meeting (a title naming it alone: mentioned);
- a country in apposition with its presidency's year ("Chile, as 2019 Presidency Pro Tempore, convened ..."): the
  country has the role the verb gives.

Hand-made pages in English and Spanish (none copied from a held-out page).
"""

from __future__ import annotations

import pytest
from event_pages import event_page
from test_extract import pairs, run
from test_roles_rules import ref, tools  # noqa: F401  (fixtures)

from rcpkg.loaders.layouts import parse_page

_EN = """Andean Forum on Human Mobility
Home   About   Calendar   Contact

CALENDAR

12 APR 2019
{title}
Quito, Ecuador
{body}
Read more

20 MAY 2019
Annual Technical Meeting
Online
Convened by the Government of Peru. Delegations of Chile and Bolivia attended.
Read more
"""

_ES = """Foro Andino de Movilidad Humana
Inicio | Quiénes somos | Agenda | Contacto

AGENDA

12 de abril de 2019
{title}
Quito, Ecuador
{body}
Leer más

20 de mayo de 2019
Reunión Técnica Anual
En línea
Convocada por el Gobierno del Perú. Asistieron delegaciones de Chile y Bolivia.
Leer más
"""


def _first(tools, page_text, lang):  # noqa: F811
    page = event_page(page_text, lang, layout="listing", url="https://example.org/calendar")
    r = parse_page(page)
    assert len(r.events) == 2, [e.titles[0].text for e in r.events]
    return pairs(run(tools, page, r.events[0]))


@pytest.mark.parametrize("lang, title, body, agent", [
    ("en", "Virtual Meeting of the Working Group on Protection",
     "The Working Group met under the chair of Chile to review its guidelines. IOM took part.", "rcm-wg-protection"),
    ("en", "Second Meeting of the Liaison Officers Network for the Protection of Migrant Girls, Boys and Adolescents",
     "The Network held its second meeting at the offices of UNICEF; Colombia and Peru took part.", "rcm-lon-children"),
    ("es", "Reunión del Grupo de Trabajo sobre Protección",
     "El Grupo de Trabajo sesionó bajo la presidencia de Chile. Participó la OIM.", "rcm-wg-protection"),
    ("es", "Reunión virtual de la Red de Funcionarios de Enlace para la Protección de Niñas, Niños y Adolescentes Migrantes",
     "La Red se reunió en forma virtual con la asistencia técnica de UNICEF. Participaron Colombia y Perú.",
     "rcm-lon-children"),
    # a group the reference data does not know
    ("es", "Reunión del Grupo de Trabajo sobre Retorno Asistido",
     "El Grupo de Trabajo sesionó bajo la presidencia de Chile. Participó la OIM.",
     "grupo-de-trabajo-sobre-retorno-asistido"),
])
def test_the_titled_body_that_met_organizes(tools, lang, title, body, agent):  # noqa: F811
    found = _first(tools, (_EN if lang == "en" else _ES).format(title=title, body=body), lang)
    assert (agent, "organizer") in found, found
    assert (agent, "mentioned") not in found, found


@pytest.mark.parametrize("lang, title, body, agent", [
    ("en", "Virtual Meeting of the Working Group on Protection",
     "Chile chaired the session on guidelines. IOM took part.", "rcm-wg-protection"),
    ("es", "Reunión del Grupo de Trabajo sobre Protección",
     "Chile presidió la sesión sobre lineamientos. Participó la OIM.", "rcm-wg-protection"),
])
def test_the_titled_body_alone_stays_mentioned(tools, lang, title, body, agent):  # noqa: F811
    found = _first(tools, (_EN if lang == "en" else _ES).format(title=title, body=body), lang)
    assert (agent, "mentioned") in found, found
    assert (agent, "organizer") not in found, found


@pytest.mark.parametrize("lang, body, agent", [
    ("en", "Chile, as 2019 Presidency Pro Tempore, convened the seminar together with UNHCR.", "gov-cl"),
    ("en", "Ecuador, as its 2018-2019 Presidency Pro Tempore, convened the seminar with UNHCR.", "gov-ec"),
    ("es", "Chile, como Presidencia Pro Tempore 2019, convocó el seminario junto con el ACNUR.", "gov-cl"),
    ("es", "Ecuador, en su calidad de Presidencia Pro Tempore, convocó el seminario con el ACNUR.", "gov-ec"),
])
def test_a_country_as_its_years_presidency_convenes(tools, lang, body, agent):  # noqa: F811
    found = _first(tools, (_EN if lang == "en" else _ES).format(title="Seminar on Labour Mobility" if lang == "en"
                                                                 else "Seminario sobre Movilidad Laboral", body=body),
                   lang)
    assert (agent, "convener") in found, found


# -- a nominal funding line under an entry ----------------------------------------------------------------------------

@pytest.mark.parametrize("lang, body, agent", [
    ("en", "Chile and Bolivia attended. Financial support from the Government of Canada.", "gov-ca"),
    ("en", "Chile and Bolivia attended. Economic support of UNHCR for the travel of delegates.", "unhcr"),
    ("es", "Asistieron Chile y Bolivia. Con apoyo financiero del Gobierno de Canadá.", "gov-ca"),
])
def test_a_nominal_funding_line_names_the_funder(tools, lang, body, agent):  # noqa: F811
    found = _first(tools, (_EN if lang == "en" else _ES).format(title="Seminar on Labour Mobility" if lang == "en"
                                                                 else "Seminario sobre Movilidad Laboral", body=body),
                   lang)
    assert (agent, "funder") in found, found


# -- the network a training is given for takes part; the network a session is of organizes it with its trainer -------

_NET_EN = "Liaison Officer Network for Consular Protection"
_NET_ES = "Red de Funcionarios de Enlace para la Protección Consular"


@pytest.mark.parametrize("lang, body, role", [
    ("en", f"Delivered by UNICEF for the {_NET_EN}; officers of Chile and Peru asked questions.", "participant"),
    ("es", f"Impartido por el UNICEF para la {_NET_ES}. Participaron funcionarios de Chile y Perú.", "participant"),
    ("en", f"One session of the {_NET_EN}, led by UNICEF. Officers of Chile and Peru asked questions.", "organizer"),
    ("es", f"Una sesión de la {_NET_ES}, impartida por el UNICEF. Participaron funcionarios de Chile y Perú.",
     "organizer"),
])
def test_the_network_of_a_training(tools, lang, body, role):  # noqa: F811
    found = _first(tools, (_EN if lang == "en" else _ES).format(title="Webinar on Consular Assistance" if lang == "en"
                                                                 else "Webinario sobre Asistencia Consular", body=body),
                   lang)
    assert ("rcm-lon-consular-protection", role) in found, found
    assert ("unicef", "organizer") in found, found
    assert ("gov-cl", "participant") in found, found


# -- a migration agency named by its country is the agency, not the country ------------------------------------------

@pytest.mark.parametrize("lang, body, name", [
    ("en", "Organized by IOM. Migration Colombia hosted the participants in Cali.", "Migration Colombia"),
    ("es", "Organizado por la OIM. Migración Colombia fue la institución anfitriona.", "Migración Colombia"),
])
def test_a_migration_agency_named_by_its_country(tools, lang, body, name):  # noqa: F811
    page_text = (_EN if lang == "en" else _ES).format(title="Seminar on Labour Mobility" if lang == "en"
                                                      else "Seminario sobre Movilidad Laboral", body=body)
    page = event_page(page_text, lang, layout="listing", url="https://example.org/calendar")
    x = run(tools, page, parse_page(page).events[0])
    hosts = {(i.extracted.name if i.extracted else i.agent) for i in x.involvements if i.role == "host"}
    assert hosts == {name}, hosts
