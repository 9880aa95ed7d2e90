"""Listings, round 33 (issue 13, listing33).

- a card's date column that prints a range of months over its year ("MAY–JUL" / "2019", "sep.-nov." / "2020"):
  a badge that dates no day, like a single month's ("NOV" / "2022"): the card is an entry of its own (its title
  is found), warned of, no dates stored.
- a calendar's place line opened by an at sign ("@ Quito, Ecuador", "@ Asunción, Paraguay"): the sign is "at",
  no part of the place (the city resolves).
- "See details" closes a card like "View details" / "Ver detalle" (a link line, not a title).

Hand-made pages in English and Spanish (none copied from a held-out page).
"""

from __future__ import annotations

import pytest
from test_extract import pairs, run, tools, ref  # noqa: F401  (fixtures)
from event_pages import event_page

from rcpkg.loaders.layouts import parse_page

_MONTH_RANGE = {"en": """Andean Forum on Human Mobility
Home | Members | Activities | Library
Home › Activities

ACTIVITIES

3–4
MAR 2019
Technical Meeting on Consular Registries
Lima, Peru · In person
Organized by the Government of Peru, the meeting reviewed the registries of the member states.
See details

MAY–JUL
2019
Course on Border Health and Mobility
Online
Ecuador delivered the course through its Ministry of Health, with funding from UNICEF.
See details

10–11
SEP 2018
Workshop on Labour Mobility
Quito, Ecuador · Hybrid
Convened by the Government of Ecuador, the workshop gathered labour officials of the region.
See details

« First  ‹ Previous  1  2  Next ›  Last »
""", "es": """Foro Andino de Movilidad Humana
Inicio | Miembros | Actividades | Biblioteca
Inicio › Actividades

ACTIVIDADES

3–4
MAR 2019
Reunión Técnica sobre Registros Consulares
Lima, Perú · Presencial
Organizada por el Gobierno del Perú, la reunión revisó los registros de los Estados miembros.
Ver detalle

sep.–nov.
2019
Curso sobre Salud y Movilidad en Fronteras
En línea
El Ecuador impartió el curso a través de su Ministerio de Salud, con financiamiento de UNICEF.
Ver detalle

10–11
SEP 2018
Taller sobre Movilidad Laboral
Quito, Ecuador · Híbrido
Convocado por el Gobierno del Ecuador, el taller reunió a funcionarios de trabajo de la región.
Ver detalle

« Primera  ‹ Anterior  1  2  Siguiente ›  Última »
"""}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_a_badge_with_a_range_of_months_and_a_year(tools, lang):  # noqa: F811
    page = event_page(_MONTH_RANGE[lang], lang, layout="listing", url="https://example.org/activities")
    r = parse_page(page)
    assert len(r.events) == 3, [e.titles[0].text for e in r.events]
    mid = r.events[1]
    assert mid.titles[0].text.startswith(("Course on Border", "Curso sobre Salud")), mid.titles[0].text
    assert mid.dates is None
    assert r.events[0].dates is not None and r.events[2].dates is not None
    got = pairs(run(tools, page, mid))
    assert ("unicef", "funder") in got, got
    assert not any(a == "unicef" for a, _ in pairs(run(tools, page, r.events[0]))), "prose of the next card"


_AT_PLACE = {"en": """Andean Forum on Human Mobility
Home  About  Members  Events
You are here: Home » Events

Events calendar

------------------------------
Technical Meeting on Consular Registries
Mon 4 Mar 2019 – Tue 5 Mar 2019
@ Quito, Ecuador
Ecuador hosted the meeting as chair of the Forum.
Read more »
------------------------------
Workshop on Labour Mobility
October 2016
@ Asunción, Paraguay
Paraguay hosted the workshop; labour officials of the region took part.
Read more »
------------------------------
""", "es": """Foro Andino de Movilidad Humana
Inicio  Acerca  Miembros  Eventos
Usted está en: Inicio » Eventos

Calendario de eventos

------------------------------
Reunión Técnica sobre Registros Consulares
lun 4 mar 2019 – mar 5 mar 2019
@ Quito, Ecuador
El Ecuador fue anfitrión de la reunión como presidencia del Foro.
Leer más »
------------------------------
Taller sobre Movilidad Laboral
octubre de 2016
@ Asunción, Paraguay
El Paraguay fue anfitrión del taller; participaron funcionarios de trabajo de la región.
Leer más »
------------------------------
"""}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_a_place_line_opened_by_an_at_sign(lang):
    page = event_page(_AT_PLACE[lang], lang, layout="listing", url="https://example.org/events")
    r = parse_page(page)
    assert len(r.events) == 2, [e.titles[0].text for e in r.events]
    got = [(e.place.city_label_en, e.place.country_code, e.place.span.exact) for e in r.events]
    assert got == [("Quito", "EC", "Quito, Ecuador"), ("Asuncion", "PY", "Asunción, Paraguay")] or \
        [g[1:] for g in got] == [("EC", "Quito, Ecuador"), ("PY", "Asunción, Paraguay")] and all(g[0] for g in got), got
    assert not [w for w in r.warnings if "partly resolved" in str(w)], r.warnings
