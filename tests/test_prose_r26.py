"""Issue 13 (round 26, prose26): prose role cues - the elided 'as were X' / 'al igual que X' carries the role of the
clause before it; support given to the event's presidency or chair in its work is support of the event."""

from __future__ import annotations

import pytest
from test_roles_rules import ref, roles, tools  # noqa: F401  (fixtures)


@pytest.mark.parametrize("text,want", [
    ("Chile and Peru attended as observer states, as were UNICEF and the ILO among the agencies.",
     {("gov-cl", "participant"), ("gov-pe", "participant"), ("unicef", "participant"), ("ilo", "participant")}),
    ("Ecuador y Perú asistieron como observadores, al igual que UNICEF y la OIT.",
     {("gov-ec", "participant"), ("gov-pe", "participant"), ("unicef", "participant"), ("ilo", "participant")}),
])
def test_as_were_carries_the_role_of_the_clause_before(tools, text, want):
    got = roles(tools, text)
    assert want <= got, got
    assert not any(r == "mentioned" for _, r in got), got


@pytest.mark.parametrize("text,agent", [
    ("UNICEF assisted the Chair with the preparation of the report of the meeting.", "unicef"),
    ("The ILO supported the Presidency in preparing the working papers.", "ilo"),
    ("La OIT apoyó a la Presidencia en la preparación de los documentos de trabajo.", "ilo"),
    ("UNICEF ayudó a la Presidencia Pro Tempore con la organización de las mesas.", "unicef"),
])
def test_support_to_the_presidency_in_its_work_is_support(tools, text, agent):
    assert (agent, "supporter") in roles(tools, text)


from dataclasses import replace  # noqa: E402

from test_extract import make, pairs, run  # noqa: E402


@pytest.mark.parametrize("body,lang", [
    ("IOM, as the Technical Secretariat, supported the logistics of the workshop.", "en"),
    ("La OIM, en calidad de Secretaría Técnica, apoyó la logística del taller.", "es"),
])
def test_a_body_as_the_site_secretariat_shares_its_role_with_the_office(tools, body, lang):
    page, event = make("Workshop on Labour Migration", body, year=2015)
    page = replace(page, url="https://csmigraciones.org/en/events/workshop", lang=lang)
    got = pairs(run(tools, page, event))
    assert ("iom", "supporter") in got, got
    assert any("secretariat" in a and r == "supporter" for a, r in got), got
