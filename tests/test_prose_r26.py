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



# (the lead's review of round 26) "X, as the Technical Secretariat, supported" gives the office no role of its own:
# tests/test_roles_r13.py keeps that convention (sets 6, 10-13, 15, 16 and 18; docs/design.md)
