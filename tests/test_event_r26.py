"""Event pages (issue 13, round 26, event26): a prose line cut after a word no sentence ends on ("held by",
"a cargo de") goes on in the next line, however ragged the wrap. Pages written for these tests, English and Spanish."""

from __future__ import annotations

import pytest
from event_pages import event_page
from test_extract import pairs, run, tools, ref  # noqa: F401

from rcpkg.loaders.layouts import parse_page

_EN = """Regional Seminar on Border Health
Lima, Peru
Tuesday, 4 June 2024

The seminar brought together health and migration officials from the Andean countries.

The Technical Secretariat of the SACM and the RCM Executive Secretariat, held by
the IOM Regional Office in San José, provided logistical and translation support to the delegations throughout the week.
"""

_ES = """Seminario Regional sobre Salud en Fronteras
Lima, Perú
martes, 4 de junio de 2024

El seminario reunió a funcionarios de salud y de migración de los países andinos de la región.

La Secretaría Técnica de la CSM y la Secretaría Ejecutiva de la CRM, a cargo de
la Oficina Regional de la OIM en San José, brindaron apoyo logístico y de traducción a las delegaciones durante toda la semana.
"""


@pytest.mark.parametrize("text, lang", [(_EN, "en"), (_ES, "es")])
def test_a_line_cut_after_by_or_de_goes_on(tools, text, lang):  # noqa: F811
    page = event_page(text, lang)
    r = parse_page(page)
    assert len(r.events) == 1
    got = pairs(run(tools, page, r.events[0]))
    assert ("sacm-technical-secretariat", "supporter") in got, got
    assert ("rcm-technical-secretariat", "supporter") in got, got
    assert any(a.endswith("--iom") and role == "supporter" for a, role in got), got


# -- "delegations of the (Forum's nine) Member States and of X, Y and Z": the unnamed members do not cut the list;
# the process owning them is mentioned, X, Y and Z take part --

_HEAD = {"en": "Regional Seminar on Border Health\nLima, Peru\nTuesday, 4 June 2024\n\n",
         "es": "Seminario Regional sobre Salud en Fronteras\nLima, Perú\nmartes, 4 de junio de 2024\n\n"}


@pytest.mark.parametrize("body, lang, owner", [
    ("Delegations of the Member States and of Guyana, Belize and Jamaica took part in the three sessions.", "en", None),
    ("Representatives of the SACM's nine Member States and of Guyana, Belize and Jamaica took part in the sessions.",
     "en", "sacm"),
    ("Tomaron parte en las sesiones las delegaciones de los Estados Miembros y de Guyana, Belice y Jamaica.", "es", None),
    ("Participaron representantes de los nueve Países Miembros de la CSM y de Guyana, Belice y Jamaica.", "es", "sacm"),
])
def test_unnamed_members_then_named_countries(tools, body, lang, owner):  # noqa: F811
    page = event_page(_HEAD[lang] + body + "\n", lang)
    r = parse_page(page)
    got = pairs(run(tools, page, r.events[0]))
    for gov in ("gov-gy", "gov-bz", "gov-jm"):
        assert (gov, "participant") in got, got
    if owner:
        assert (owner, "participant") not in got, got
