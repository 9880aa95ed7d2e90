"""Round 35 (issue 13): a country page printing each event as a block that opens with its date line, then the title,
the place line and a paragraph. The date line belongs to the title under it (not to the block above), and the
section heading over the first block is no event. Pages written for these tests (other names, places and wording
than any held-out set), English and Spanish."""

from __future__ import annotations

from datetime import date

from rcpkg.loaders.layouts import parse_page
from rcpkg.loaders.records import Page


def _events(text, lang, url):
    page = Page(path="t.txt", url=url, text=text, lang=lang, layout="country")
    return parse_page(page).events


_EN = """Republic of Paraguay
Member since 2001

Meetings held in Paraguay

3–5 Jun 2012
Regional Workshop on Border Health
Encarnación
The Ministry of Health hosted the workshop. Delegations of six countries attended.

22–23 Oct 2019
Second Binational Meeting on Labour Migration
Asunción
The Ministry of Labour convened the meeting with the Directorate of Migration.

11 Mar 2015
Forum on Consular Assistance
Ciudad del Este
The forum gathered consuls of the region.
"""

_ES = """República de Chile
Miembro desde 2000

Encuentros realizados en Chile

8 al 10 de mayo de 2016
Seminario sobre Migración y Trabajo Temporal
Valparaíso
El Ministerio del Interior organizó el seminario con apoyo de la OIT.

2019-09-24
Taller Binacional Chile-Perú sobre Pasos Fronterizos
Arica
Las delegaciones revisaron los controles integrados.
"""


def _dates(events):
    return [(e.titles[0].text, e.dates and (e.dates.start, e.dates.end)) for e in events]


def test_date_line_opening_a_block_dates_the_title_under_it_en():
    got = _dates(_events(_EN, "en", "https://example.org/en/member-states/paraguay"))
    assert got == [("Regional Workshop on Border Health", (date(2012, 6, 3), date(2012, 6, 5))),
                   ("Second Binational Meeting on Labour Migration", (date(2019, 10, 22), date(2019, 10, 23))),
                   ("Forum on Consular Assistance", (date(2015, 3, 11), None))]


def test_date_line_opening_a_block_dates_the_title_under_it_es():
    got = _dates(_events(_ES, "es", "https://example.org/es/estados-miembros/chile"))
    assert got == [("Seminario sobre Migración y Trabajo Temporal", (date(2016, 5, 8), date(2016, 5, 10))),
                   ("Taller Binacional Chile-Perú sobre Pasos Fronterizos", (date(2019, 9, 24), None))]
    # a date line printed under its title (no blank line above it) stays with that title
    text = """República de Chile

Encuentros realizados en Chile

Seminario sobre Migración y Trabajo Temporal
8 al 10 de mayo de 2016
El Ministerio del Interior organizó el seminario en Valparaíso.

Taller Binacional sobre Pasos Fronterizos
24 de septiembre de 2019
Las delegaciones se reunieron en Arica.
"""
    got = _dates(_events(text, "es", "https://example.org/es/estados-miembros/chile"))
    assert got == [("Seminario sobre Migración y Trabajo Temporal", (date(2016, 5, 8), date(2016, 5, 10))),
                   ("Taller Binacional sobre Pasos Fronterizos", (date(2019, 9, 24), None))]


# --- support given to the preparations of the meeting ("supported the preparations", "apoyó los preparativos")

import pytest  # noqa: E402
from event_pages import event_page  # noqa: E402
from test_extract import run, tools, ref  # noqa: E402,F401

_HEAD = {"en": "Binational Meeting on Seasonal Work\nWhen: 6-7 June 2022\nWhere: Pedro Juan Caballero, Paraguay\n\n",
         "es": "Reunión Binacional sobre Trabajo Estacional\nCuándo: 6 y 7 de junio de 2022\nDónde: Pedro Juan Caballero, "
               "Paraguay\n\n"}


@pytest.mark.parametrize("body, lang, who", [
    ("The Ministry of Labour hosted the meeting. The ILO supported the preparations.", "en", "ilo"),
    ("El Ministerio de Trabajo fue anfitrión de la reunión. La OIT apoyó los preparativos.", "es", "ilo"),
])
def test_support_to_the_preparations_supports_the_meeting(tools, body, lang, who):
    page = event_page(_HEAD[lang] + body + "\n", lang)
    r = parse_page(page)
    got = {(i.extracted.name if i.extracted else i.agent, i.role) for i in run(tools, page, r.events[0]).involvements}
    assert (who, "supporter") in got
