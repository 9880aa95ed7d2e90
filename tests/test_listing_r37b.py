"""Listings, round 37 (issue 13, listing37b): start and end date cells, numbered entries, prose cues of listing entries.

- a place-and-date line whose date cells are labelled as the range's start and its end ("Starts: Mon 6 Mar 2017 —
  Ends: Wed 8 Mar 2017 — Venue: …", "Inicio: lun 6 mar 2017 · Fin: mié 8 mar 2017 · Sede: …", with hours too): one
  range; a start cell that says the date is not known yet ("Starts: to be announced") is no date and no warning, and
  the line still places its entry;
- a numbered list's next title ("04. …" under the entry "03. …") opens its own entry whatever its head line says;
- prose cues seen in listing entries: "X lent its campus" hosts, "X commented on them" takes part, "X, as chair for
  2023, convened" convenes.

Hand-made pages in English and Spanish (none copied from a held-out page).
"""

from __future__ import annotations

import datetime as dt

import pytest
from event_pages import event_page, named
from listing_pages import city as _city
from listing_pages import dates as _dates
from listing_pages import parse as _parse
from listing_pages import titles as _titles
from test_extract import run, tools, ref  # noqa: F401

from rcpkg.loaders.layouts import parse_page

D = dt.date

NUMBERED_EN = """\
Andean Labour Network
Home   About   Members   Events   Contact
Home › Events

EVENTS
Showing 5–8 of 40

01. Course on Labour Inspection in Agriculture
Starts: Mon 6 Mar 2017 — Ends: Wed 8 Mar 2017 — Venue: Quito, Ecuador
The Ministry of Labour of Ecuador organized the course for inspectors of Bolivia and Peru.
Type: Course   |   View event »

02. Forum of Migrant Worker Organizations
Starts: Tue 17 Oct 2023 10:00 — Ends: Wed 18 Oct 2023 16:30 — Venue: Cochabamba, Bolivia
The Foreign Ministry of Bolivia hosted the forum, which trade unions of the region attended.
Type: Forum   |   View event »

03. Regional Meeting on Remittances
Starts: to be announced — Venue: Arequipa, Peru
The Central Reserve Bank of Peru will present a regional study on remittances and financial inclusion.
Type: Meeting   |   View event »

« First   ‹ Previous   2   3   Next ›   Last »
© Andean Labour Network · Lima, Peru
"""

NUMBERED_ES = """\
Red Andina del Trabajo
Inicio   Quiénes somos   Miembros   Eventos   Contacto
Inicio › Eventos

EVENTOS
Mostrando 5–7 de 40

01. Curso sobre Inspección Laboral en la Agricultura
Inicio: lun 6 mar 2017 · Fin: mié 8 mar 2017 · Sede: Quito, Ecuador
El Ministerio del Trabajo del Ecuador organizó el curso para inspectores de Bolivia y del Perú.
Tipo: Curso   |   Ver evento »

02. Foro de Organizaciones de Trabajadores Migrantes
Inicio: 17 de octubre de 2023, 10:00 h · Fin: 18 de octubre de 2023, 16:30 h · Sede: Cochabamba, Bolivia
La Cancillería de Bolivia acogió el foro, al que asistieron organizaciones sindicales de la región.
Tipo: Foro   |   Ver evento »

03. Encuentro Regional sobre Remesas
Inicio: por confirmar · Sede: Arequipa, Perú
El Banco Central de Reserva del Perú presentará un estudio regional sobre remesas e inclusión financiera.
Tipo: Encuentro   |   Ver evento »

« Primera   ‹ Anterior   2   3   Siguiente ›   Última »
© Red Andina del Trabajo · Lima, Perú
"""


@pytest.mark.parametrize("page, lang, titles", [
    (NUMBERED_EN, "en", ["Course on Labour Inspection in Agriculture", "Forum of Migrant Worker Organizations",
                         "Regional Meeting on Remittances"]),
    (NUMBERED_ES, "es", ["Curso sobre Inspección Laboral en la Agricultura",
                         "Foro de Organizaciones de Trabajadores Migrantes", "Encuentro Regional sobre Remesas"]),
])
def test_start_and_end_cells_read_as_one_range(page, lang, titles):
    r = _parse(page, lang)
    assert _titles(r) == titles
    assert [_dates(e) for e in r.events] == [(D(2017, 3, 6), D(2017, 3, 8)), (D(2023, 10, 17), D(2023, 10, 18)), None]
    assert [_city(e) for e in r.events] == ["Quito", "Cochabamba", "Arequipa"]
    assert not any("not understood" in w.message for w in r.warnings)


def test_an_end_cell_on_the_next_line_ends_the_range():
    page = NUMBERED_EN.replace("Starts: Mon 6 Mar 2017 — Ends: Wed 8 Mar 2017 — Venue: Quito, Ecuador",
                               "From: 6 March 2017 | Venue: Quito, Ecuador\nTo: 8 March 2017 | Mode: in person")
    r = _parse(page, "en")
    assert _dates(r.events[0]) == (D(2017, 3, 6), D(2017, 3, 8))


def test_an_end_before_the_start_is_no_range():
    page = NUMBERED_EN.replace("Ends: Wed 8 Mar 2017", "Ends: Thu 2 Mar 2017")
    r = _parse(page, "en")
    assert _dates(r.events[0]) == (D(2017, 3, 6), None)
    assert any("end date before the start" in w.message for w in r.warnings)


def test_the_next_numbered_title_opens_its_own_entry():
    page = NUMBERED_EN.replace("Starts: to be announced — Venue: Arequipa, Peru",
                               "Starts: second half of the year, most likely — Venue: Arequipa, Peru")
    r = _parse(page, "en")
    assert _titles(r) == ["Course on Labour Inspection in Agriculture", "Forum of Migrant Worker Organizations",
                          "Regional Meeting on Remittances"]
    assert "Central Reserve Bank" not in r.events[1].description.exact


_HEAD = {"en": "Regional Workshop on Labour Mobility\nWhen: 3-4 May 2021\nWhere: Asunción, Paraguay\n\n",
         "es": "Taller Regional sobre Movilidad Laboral\nCuándo: 3 y 4 de mayo de 2021\nDónde: Asunción, Paraguay\n\n"}


def _got(tools, body, lang):
    return named(tools, _HEAD, body, lang)


@pytest.mark.parametrize("body, lang, who, role", [
    ("The National University of Asunción (UNA) lent its campus, and the unions shared their work.", "en",
     "National University of Asunción", "host"),
    ("La Universidad Católica de Asunción prestó su campus para las sesiones.", "es",
     "Universidad Católica de Asunción", "host"),
    ("Delegations presented their programmes, and the Paraguayan Human Rights Coordinator commented on them.", "en",
     "Paraguayan Human Rights Coordinator", "participant"),
    ("Uruguay, as chair for 2021, convened the workshop, which was delivered by the ILO.", "en", "gov-uy", "convener"),
    ("Uruguay, como presidente, convocó el taller.", "es", "gov-uy", "convener"),
])
def test_prose_cues_of_listing_entries(tools, body, lang, who, role):
    assert (who, role) in _got(tools, body, lang)


@pytest.mark.parametrize("line, lang", [
    ("Starts: Mon 6 Mar 2017 — Ends: Wed 8 Mar 2017 — Venue: Quito, Ecuador", "en"),
    ("Starts: Mon 6 Mar 2017 9:00 am | Ends: Wed 8 Mar 2017 1:00 pm | Venue: Quito, Ecuador", "en"),
    ("Inicio: lun 6 mar 2017 · Fin: mié 8 mar 2017 · Sede: Quito, Ecuador", "es"),
])
def test_an_event_pages_start_and_end_cells_read_as_one_range(line, lang):
    page = event_page("Course on Labour Inspection in Agriculture\n" + line + "\n\nThe Ministry of Labour of Ecuador "
                      "organized the course for inspectors of Bolivia and Peru.\n", lang)
    e = parse_page(page).events[0]
    assert _dates(e) == (D(2017, 3, 6), D(2017, 3, 8))
    assert _city(e) == "Quito"
