"""Listings, round 26 (issue 13, listing26): page structure of listing entries.

- a "Place and date:" / "Lugar y fecha:" line under each title whose numeric dates read two ways without the
  page's date order ("04-05-2021 al 06-05-2021"): the line is the entry's place-and-date line (read with the
  page's order), not the next entry's title.

Hand-made pages in English and Spanish (none copied from a held-out page).
"""

from __future__ import annotations

import pytest
from event_pages import event_page
from test_extract import pairs, run
from test_roles_rules import ref, tools  # noqa: F401  (fixtures)

from rcpkg.loaders.layouts import parse_page

_PLACE_DATE = {"es": """Foro Andino de Movilidad Humana
Inicio » Agenda » Talleres

TALLERES

Taller Andino sobre Retorno Voluntario
Lugar y fecha: Cusco (Perú), 25-10-2017
Convocado por el Gobierno del Perú.
———

Curso Regional sobre Documentación de Migrantes
Lugar y fecha: Arica (Chile), 04-05-2021 al 06-05-2021
Organizan: ACNUR y el Gobierno de Chile
Participan: delegaciones de Bolivia y Perú
———

Diálogo Virtual sobre Movilidad Laboral
Lugar y fecha: en línea, 02-03-2022
Organizó el Gobierno de Bolivia.
———
""", "en": """Andean Forum on Human Mobility
Home » Agenda » Workshops

WORKSHOPS

Andean Workshop on Voluntary Return
Place and date: Cusco (Peru), 25-10-2017
Convened by the Government of Peru.
———

Regional Course on Migrant Documentation
Place and date: Arica (Chile), 04-05-2021 to 06-05-2021
Organizers: UNHCR and the Government of Chile
Participants: delegations of Bolivia and Peru
———

Virtual Dialogue on Labour Mobility
Place and date: online, 02-03-2022
Organized by the Government of Bolivia.
———
"""}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_place_and_date_line_with_two_way_numeric_dates(lang):
    page = event_page(_PLACE_DATE[lang], lang, layout="listing", url="https://example.org/agenda/talleres")
    r = parse_page(page)
    titles = [e.titles[0].text for e in r.events]
    assert len(r.events) == 3, titles
    assert titles[1].startswith(("Regional Course", "Curso Regional")), titles
    second = r.events[1]
    assert second.dates is not None and (str(second.dates.start), str(second.dates.end)) == ("2021-05-04", "2021-05-06")
    assert second.place is not None and second.place.country_code == "CL", second.place


# -- an archive of entries apart by blank lines, one or two ISO date lines over each title; the last entry's text
# opens with a title-like line whose sentence goes on on the next line ------------------------------------------

_ARCHIVE = {"en": """Andean Forum on Human Mobility
Home | About | Events | Contact

EVENTS ARCHIVE

2022-05-10
2022-05-11
Workshop on Labour Migration Statistics
Quito, Ecuador
Convened by the Government of Ecuador.
Delegations of Chile and Bolivia took part.

2021-09-02
Virtual Dialogue on Consular Assistance
Online
Organized by UNHCR and the Government of Peru.

2020-02-18
2020-02-19
Seminar on Trafficking Investigations in Border Areas
Lima, Peru
Coordinated by the Andean Network of Border Prosecutors Against Human Trafficking
and delivered by IOM, with financial support from the Government of Chile.
The Government of Peru was the host.

« Newer   1  2  3   Older »
""", "es": """Foro Andino de Movilidad Humana
Inicio | Quiénes somos | Eventos | Contacto

ARCHIVO DE EVENTOS

2022-05-10
2022-05-11
Taller sobre Estadísticas de Migración Laboral
Quito, Ecuador
Convocado por el Gobierno del Ecuador.
Participaron delegaciones de Chile y Bolivia.

2021-09-02
Diálogo Virtual sobre Asistencia Consular
En línea
Organizado por el ACNUR y el Gobierno del Perú.

2020-02-18
2020-02-19
Seminario sobre Investigación de la Trata en Zonas Fronterizas
Lima, Perú
Coordinado por la Red Andina de Fiscales de Frontera contra la Trata de Personas
y ejecutado por la OIM, con apoyo financiero del Gobierno de Chile.
El Gobierno del Perú fue el anfitrión.

« Recientes   1  2  3   Anteriores »
"""}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_card_text_line_going_on_is_no_second_title(lang):
    page = event_page(_ARCHIVE[lang], lang, layout="listing", url="https://example.org/events/archive")
    r = parse_page(page)
    titles = [e.titles[0].text for e in r.events]
    assert len(r.events) == 3, titles
    last = r.events[2]
    assert titles[2].startswith(("Seminar on", "Seminario sobre")), titles
    assert last.dates is not None and str(last.dates.start) == "2020-02-18"
    assert last.place is not None and last.place.country_code == "PE", last.place
    assert last.description is not None and ("IOM" in last.description.exact or "OIM" in last.description.exact)


@pytest.mark.parametrize("lang", ["en", "es"])
def test_second_date_line_ends_the_range(lang):
    page = event_page(_ARCHIVE[lang], lang, layout="listing", url="https://example.org/events/archive")
    first, second, third = parse_page(page).events
    assert (str(first.dates.start), str(first.dates.end)) == ("2022-05-10", "2022-05-11")
    assert first.dates.span.exact == "2022-05-10" and [p.exact for p in first.dates.parts] == ["2022-05-11"]
    assert (str(second.dates.start), second.dates.end) == ("2021-09-02", None)
    assert (str(third.dates.start), str(third.dates.end)) == ("2020-02-18", "2020-02-19")


# -- a role field whose list of names, left open by ";", goes on on the next line (not indented) ------------------

_SPEAKERS = {"en": _PLACE_DATE["en"].replace("Organized by the Government of Bolivia.",
                                              "Organized by the Government of Bolivia.\nSpeakers: Government of Chile;\n"
                                              "Government of Paraguay; UNHCR."),
             "es": _PLACE_DATE["es"].replace("Organizó el Gobierno de Bolivia.",
                                              "Organizó el Gobierno de Bolivia.\nExpositores: Gobierno de Chile;\n"
                                              "Gobierno del Paraguay; ACNUR.")}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_role_list_open_by_semicolon_goes_on(tools, lang):  # noqa: F811
    page = event_page(_SPEAKERS[lang], lang, layout="listing", url="https://example.org/agenda/talleres")
    third = parse_page(page).events[2]
    found = pairs(run(tools, page, third))
    assert ("gov-bo", "organizer") in found, found
    for agent in ("gov-cl", "gov-py", "unhcr"):
        assert (agent, "participant") in found, (agent, found)


# -- a role field whose value line ends on a preposition, its name going on on the indented line under it ----------

_DANGLE = {"en": _PLACE_DATE["en"].replace("Organized by the Government of Bolivia.",
                                            "Convened by — the Presidency Pro Tempore of Bolivia, through the\n"
                                            "               Government of Chile"),
           "es": _PLACE_DATE["es"].replace("Organizó el Gobierno de Bolivia.",
                                            "Convocó — la Presidencia Pro Tempore de Bolivia, a través del\n"
                                            "          Gobierno de Chile")}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_role_value_ending_on_preposition_goes_on(tools, lang):  # noqa: F811
    page = event_page(_DANGLE[lang], lang, layout="listing", url="https://example.org/agenda/talleres")
    third = parse_page(page).events[2]
    found = pairs(run(tools, page, third))
    assert ("gov-cl", "convener") in found, found
