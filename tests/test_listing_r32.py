"""Listings, round 32 (issue 13, listing32).

- a short cue line of an entry ("With support from the Forum Secretariat" / "Con el apoyo de la Secretaría del Foro")
  whose list of names goes on on the next line in lower case with a conjunction and an article ("and the IOM
  Office in Peru." / "y de la Oficina de la OIM en el Perú."): the two lines are one sentence, so both names take
  the cue's role.

Hand-made pages in English and Spanish (none copied from a held-out page).
"""

from __future__ import annotations

import pytest
from test_extract import pairs, run, tools, ref  # noqa: F401  (fixtures)
from event_pages import event_page

from rcpkg.loaders.layouts import parse_page

_WRAPPED = {"en": """Andean Forum on Human Mobility
Home   Members   Activities   Library
Home / Activities

Activities

Technical Meeting on Consular Registries
Lima, Peru
4 and 5 March 2021
Convened by the Government of Peru.
With support from UNICEF
and the Swiss Agency for Development and Cooperation.
See details

Workshop on Border Health
Quito, Ecuador
10 June 2019
Organized by the Government of Ecuador.
See details

Showing 1 - 2 of 14
""", "es": """Foro Andino de Movilidad Humana
Inicio  Miembros  Actividades  Biblioteca
Inicio / Actividades

Actividades

Reunión Técnica sobre Registros Consulares
Lima, Perú
4 y 5 de marzo de 2021
Convocó el Gobierno del Perú.
Con el auspicio de UNICEF
y de la Agencia Suiza para el Desarrollo y la Cooperación.
Ver detalle

Taller sobre Salud en Fronteras
Quito, Ecuador
10 de junio de 2019
Organizó el Gobierno del Ecuador.
Ver detalle

Mostrando 1 - 2 de 14
"""}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_a_cue_line_going_on_with_and_the_on_the_next_line(tools, lang):  # noqa: F811
    page = event_page(_WRAPPED[lang], lang, layout="listing", url="https://example.org/activities")
    r = parse_page(page)
    assert len(r.events) == 2, [e.titles[0].text for e in r.events]
    got = pairs(run(tools, page, r.events[0]))
    assert ("unicef", "supporter") in got, got
    assert [a for a, role in got if role == "supporter" and a != "unicef"], got
    assert not [a for a, role in got if role == "mentioned"], got
