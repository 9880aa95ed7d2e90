"""Prose roles (issue 13, round 21, prose21): who did what in the sentences of event pages, in English and
Spanish. Sentences written for these tests (no held-out page's wording)."""

from __future__ import annotations

from event_pages import found as _event_found
from test_roles_rules import ref, tools  # noqa: F401  (fixtures)


_TITLES = ("Taller Regional sobre Retorno Asistido", "Regional Workshop on Assisted Return")
_HEADS = ("Fecha: 4 de mayo de 2021\nLugar: Managua, Nicaragua\n", "Date: 4 May 2021\nVenue: Managua, Nicaragua\n")


def _found(tools, body: str, lang: str = "es"):  # noqa: F811
    return _event_found(tools, _TITLES, _HEADS, body, lang)


# -- a body that "met" / "sesionó" held the meeting: its organizer -------------------------------------------------

def test_network_met_with_support_en(tools):  # noqa: F811
    found = _found(tools, "The Network of Liaison Officers for Consular Protection (RLCP) met with logistical "
                          "support from UNHCR.", "en")
    assert any("consular-protection" in a and r == "organizer" for a, r in found), found
    assert not any("consular-protection" in a and r == "mentioned" for a, r in found), found


def test_group_sesiono_es(tools):  # noqa: F811
    found = _found(tools, "La Red de Funcionarios de Enlace para la Protección Consular sesionó en la capital "
                          "con apoyo del ACNUR.")
    assert ("rcm-lon-consular-protection", "organizer") in found, found
    assert ("rcm-lon-consular-protection", "mentioned") not in found


def test_group_se_reunio_es(tools):  # noqa: F811
    found = _found(tools, "La Red de Funcionarios de Enlace para la Protección Consular se reunió con la "
                          "participación de la OIM.")
    assert ("rcm-lon-consular-protection", "organizer") in found, found


# -- "X fue relatora de", "X shared its protocols": took part -------------------------------------------------------

def test_fue_relatora_es(tools):  # noqa: F811
    found = _found(tools, "El taller fue organizado por la OIM. El ACNUR fue relator de los grupos de discusión.")
    assert ("unhcr", "participant") in found, found
    assert ("unhcr", "mentioned") not in found


def test_was_rapporteur_en(tools):  # noqa: F811
    found = _found(tools, "The workshop was organized by IOM. UNHCR was the rapporteur of the working groups.", "en")
    assert ("unhcr", "participant") in found, found


def test_shared_their_protocols_en(tools):  # noqa: F811
    found = _found(tools, "The workshop was organized by IOM. UNHCR and UNICEF shared their referral protocols.",
                   "en")
    assert {("unhcr", "participant"), ("unicef", "participant")} <= found, found


def test_minister_met_with_delegations_is_not_organizer_en(tools):  # noqa: F811
    found = _found(tools, "The workshop was organized by IOM. UNHCR met with the delegations of Panama and Peru.", "en")
    assert ("unhcr", "organizer") not in found, found


def test_group_met_under_presidency_en(tools):  # noqa: F811
    found = _found(tools, "The Network of Liaison Officers for Consular Protection (RLCP) met under the Presidency "
                          "Pro Tempore of Costa Rica.", "en")
    assert any("consular-protection" in a and r == "organizer" for a, r in found), found


def test_network_met_with_support_keeps_supporter_en(tools):  # noqa: F811
    found = _found(tools, "The Network of Liaison Officers for Consular Protection (RLCP) met with logistical "
                          "support from UNICEF.", "en")
    assert ("unicef", "supporter") in found, found
