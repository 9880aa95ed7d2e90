"""Listings, round 21 (issue 13, listing21): entry shapes of CMS listings the rules did not read yet.

- a date column stacked on two lines ("APR 12" / "2019", "OCT 2020") over a title in capitals: the capitals
  line under the date is the entry's title, no section heading; a "+ Details" / "+ Detalles" link closes it;
- numbered entries ("1. Title", "2. Title (ACRONYM)": a title may close on its acronym in brackets) with short "label: value" field lines under them ("Fecha:", "Sede:",
  "Organiza:"): the numbered line is the title (without its number), the field lines are its body.

Hand-made pages in English and Spanish (none copied from a held-out page).
"""

from __future__ import annotations

import datetime as dt

from listing_pages import city as _city
from listing_pages import dates as _dates
from listing_pages import parse as _parse
from listing_pages import titles as _titles

from rcpkg.loaders.layouts import blocks

STACKED_EN = """\
Andean Forum on Human Mobility
Home   About   Calendar   Library   Contact

CALENDAR 2019
Filter by year: 2018 | 2019 | 2020

APR 12
2019
REGIONAL WORKSHOP ON LABOUR MIGRATION STATISTICS
Lima, Peru
Hosted by the National Institute of Statistics and Informatics of Peru.
Experts of the International Labour Organization presented the new guidelines.
+ Details

AUG 20–22
2019
THIRD MEETING OF THE NETWORK OF CONSULAR OFFICERS ON THE PROTECTION OF MIGRANT CHILDREN
La Paz, Bolivia
Organized by the Ministry of Foreign Affairs of Bolivia with funding from the Government of Canada.
+ Details

OCT 2019
ANNUAL TECHNICAL MEETING
Online
Convened by the Forum's Technical Secretariat.
+ Details

Showing 3 of 3 activities
"""

STACKED_ES = """\
Foro Andino de Movilidad Humana
Inicio | Quiénes somos | Agenda | Contacto

AGENDA 2018

MAY 7
2018
SEMINARIO SOBRE INTEGRACIÓN SOCIOECONÓMICA
Quito, Ecuador
Organizado por el Ministerio de Relaciones Exteriores del Ecuador.
+ Detalles

SEP 3–4
2018
ENCUENTRO REGIONAL DE DEFENSORÍAS DEL PUEBLO SOBRE DERECHOS DE LAS PERSONAS MIGRANTES
Santiago, Chile
Con el apoyo de la Agencia de la ONU para los Refugiados (ACNUR).
+ Detalles
"""

NUMBERED_ES = """\
Foro Andino de Movilidad Humana
Inicio | Quiénes somos | Agenda | Contacto

Agenda 2022

1. Curso sobre Gestión de Fronteras y Derechos Humanos
Fecha: 14/03/2022 - 16/03/2022
Sede: Cochabamba
Organiza: Ministerio de Gobierno de Bolivia
Participan: Perú, Ecuador y Colombia

2. Reunión del Grupo de Trabajo sobre Trata de Personas (GTTP)
Fecha: 2022-10-05
Sede: Bogotá
Convoca: Ministerio de Relaciones Exteriores de Colombia
Apoyo: Oficina de las Naciones Unidas contra la Droga y el Delito (UNODC)

Ver agenda 2021 | Ver agenda 2023
"""

NUMBERED_EN = """\
Andean Forum on Human Mobility
Home | About | Agenda | Contact

Agenda 2020

1. Course on Border Management and Refugee Protection
Date: 16/03/2020 - 18/03/2020
Venue: Arequipa
Organizer: Ministry of the Interior of Peru
Participants: Chile, Bolivia and Ecuador

2. Working Group Meeting on Migrant Smuggling (WGMS)
Date: 2020-11-18
Venue: Guayaquil
Convener: Ministry of Foreign Affairs of Ecuador
Support: United Nations Office on Drugs and Crime (UNODC)

See agenda 2019 | See agenda 2021
"""


def test_plus_details_is_a_link():
    for t in ("+ Details", "+ Detalles", "+ more", "+ Ver más"):
        assert blocks.MORE_LINK.match(t), t


def test_stacked_date_over_caps_title_en():
    r = _parse(STACKED_EN)
    assert _titles(r) == ["Regional Workshop on Labour Migration Statistics",
                          "Third Meeting of the Network of Consular Officers on the Protection of Migrant Children",
                          "Annual Technical Meeting"] or [t.upper() for t in _titles(r)] == [
        "REGIONAL WORKSHOP ON LABOUR MIGRATION STATISTICS",
        "THIRD MEETING OF THE NETWORK OF CONSULAR OFFICERS ON THE PROTECTION OF MIGRANT CHILDREN",
        "ANNUAL TECHNICAL MEETING"]
    assert _dates(r.events[0]) == (dt.date(2019, 4, 12), None)
    assert _dates(r.events[1]) == (dt.date(2019, 8, 20), dt.date(2019, 8, 22))
    assert _city(r.events[0]) == "Lima"
    assert _city(r.events[1]) == "La Paz"


def test_stacked_date_over_caps_title_es():
    r = _parse(STACKED_ES, "es")
    assert [t.upper() for t in _titles(r)] == ["SEMINARIO SOBRE INTEGRACIÓN SOCIOECONÓMICA",
                                               "ENCUENTRO REGIONAL DE DEFENSORÍAS DEL PUEBLO SOBRE DERECHOS DE "
                                               "LAS PERSONAS MIGRANTES"]
    assert _dates(r.events[0]) == (dt.date(2018, 5, 7), None)
    assert _dates(r.events[1]) == (dt.date(2018, 9, 3), dt.date(2018, 9, 4))
    assert _city(r.events[1]) == "Santiago"


def test_numbered_entries_with_field_lines_es():
    r = _parse(NUMBERED_ES, "es")
    assert _titles(r) == ["Curso sobre Gestión de Fronteras y Derechos Humanos",
                          "Reunión del Grupo de Trabajo sobre Trata de Personas (GTTP)"]
    assert _dates(r.events[0]) == (dt.date(2022, 3, 14), dt.date(2022, 3, 16))
    assert _dates(r.events[1]) == (dt.date(2022, 10, 5), None)
    assert _city(r.events[0]) == "Cochabamba"
    assert _city(r.events[1]) == "Bogotá"


def test_numbered_entries_with_field_lines_en():
    r = _parse(NUMBERED_EN)
    assert _titles(r) == ["Course on Border Management and Refugee Protection",
                          "Working Group Meeting on Migrant Smuggling (WGMS)"]
    assert _dates(r.events[0]) == (dt.date(2020, 3, 16), dt.date(2020, 3, 18))
    assert _city(r.events[1]) == "Guayaquil"


# -- a "Speakers:" / "Ponentes:" field line under an entry names its participants ----------------------------------

from event_pages import found as _event_found  # noqa: E402
from test_roles_rules import ref, tools  # noqa: E402,F401  (fixtures)

_TITLES = ("Seminario sobre Regularización Migratoria", "Seminar on Migratory Regularization")
_HEADS = ("Fecha: 9 de junio de 2020\nLugar: Asunción, Paraguay\n", "Date: 9 June 2020\nVenue: Asunción, Paraguay\n")


def test_speakers_label_names_participants_en(tools):  # noqa: F811
    found = _event_found(tools, _TITLES, _HEADS, "Organized by IOM.\nSpeakers: the Government of Colombia; "
                                                 "the Government of Chile.", "en")
    assert {("gov-co", "participant"), ("gov-cl", "participant")} <= found, found


def test_speakers_label_names_participants_es(tools):  # noqa: F811
    found = _event_found(tools, _TITLES, _HEADS, "Organizado por la OIM.\nPonentes: el Gobierno de Colombia; "
                                                 "el Gobierno de Chile.", "es")
    assert {("gov-co", "participant"), ("gov-cl", "participant")} <= found, found
