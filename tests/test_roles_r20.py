"""Prose roles (issue 13, round 20, prose20): who did what in the sentences of event pages, in English and
Spanish. Sentences written for these tests (no held-out page's wording)."""

from __future__ import annotations

from event_pages import found as _event_found
from test_roles_rules import ref, tools  # noqa: F401  (fixtures)


_TITLES = ("Taller Regional sobre Retorno Asistido", "Regional Workshop on Assisted Return")
_HEADS = ("Fecha: 4 de mayo de 2021\nLugar: Managua, Nicaragua\n", "Date: 4 May 2021\nVenue: Managua, Nicaragua\n")


def _found(tools, body: str, lang: str = "es"):  # noqa: F811
    return _event_found(tools, _TITLES, _HEADS, body, lang)


# -- a process's national coordinators of countries took part ---------------------------------------------------

def test_national_coordinators_of_countries_took_part_es(tools):  # noqa: F811
    found = _found(tools, "El taller fue organizado por la OIM. Asistieron los coordinadores nacionales de Colombia, "
                          "Honduras y Panamá.")
    assert {("gov-co", "participant"), ("gov-hn", "participant"), ("gov-pa", "participant")} <= found
    assert not any(r == "coordinator" for _, r in found), found


def test_national_coordinators_of_countries_took_part_en(tools):  # noqa: F811
    found = _found(tools, "The workshop was organized by IOM. The national coordinators of Colombia, Honduras and "
                          "Panama took part.", "en")
    assert {("gov-co", "participant"), ("gov-hn", "participant"), ("gov-pa", "participant")} <= found
    assert not any(r == "coordinator" for _, r in found), found


def test_national_coordinators_then_officials_es(tools):  # noqa: F811
    found = _found(tools, "El taller fue organizado por la OIM. Participaron las coordinadoras nacionales de Belice "
                          "y Costa Rica, además de funcionarios de la Dirección de Migración del Ministerio de "
                          "Gobernación.")
    assert {("gov-bz", "participant"), ("gov-cr", "participant")} <= found


# -- a guest, invited to the meeting, who then acted in it, took part ---------------------------------------------

def test_invited_apposition_then_presented_en(tools):  # noqa: F811
    found = _found(tools, "The workshop was organized by IOM. UNHCR, invited to the workshop, presented comments on "
                          "the paper.", "en")
    assert ("unhcr", "participant") in found
    assert ("unhcr", "mentioned") not in found


def test_invited_apposition_then_presented_es(tools):  # noqa: F811
    found = _found(tools, "El taller fue organizado por la OIM. El ACNUR, invitado al taller, presentó sus "
                          "comentarios sobre el documento.")
    assert ("unhcr", "participant") in found
    assert ("unhcr", "mentioned") not in found


def test_only_invited_stays_a_mention_en(tools):  # noqa: F811
    found = _found(tools, "The workshop was organized by IOM. UNICEF was invited to the next session.", "en")
    assert ("unicef", "participant") not in found


# -- who comments on a paper at the meeting took part -------------------------------------------------------------

def test_commented_on_the_paper_es(tools):  # noqa: F811
    found = _found(tools, "El taller fue organizado por la OIM. La Organización Internacional del Trabajo (OIT) "
                          "comentó el borrador de la guía.")
    assert ("ilo", "participant") in found


def test_commented_on_the_paper_en(tools):  # noqa: F811
    found = _found(tools, "The workshop was organized by IOM. UNHCR commented on the draft guidelines.", "en")
    assert ("unhcr", "participant") in found


# -- the subject's seat told by a relative clause: the subject acts, the seat is named ---------------------------

def test_relative_seat_clause_en(tools):  # noqa: F811
    found = _found(tools, "UNICEF, which is based at the UNHCR office, organized the workshop.", "en")
    assert ("unicef", "organizer") in found
    assert ("unhcr", "organizer") not in found


def test_relative_seat_clause_es(tools):  # noqa: F811
    found = _found(tools, "El UNICEF, que tiene su sede en la oficina del ACNUR, organizó el taller.")
    assert ("unicef", "organizer") in found
    assert ("unhcr", "organizer") not in found


def test_relative_located_clause_es(tools):  # noqa: F811
    found = _found(tools, "El UNICEF, que está ubicado en la oficina del ACNUR, organizó el taller.")
    assert ("unicef", "organizer") in found
    assert ("unhcr", "organizer") not in found


# -- a membership in apposition: the members act, the body they belong to is named --------------------------------

def test_both_members_of_apposition_en(tools):  # noqa: F811
    found = _found(tools, "The workshop was organized by IOM. Colombia and Ecuador, both members of the Regional "
                          "Conference on Migration, attended as observers.", "en")
    assert {("gov-co", "participant"), ("gov-ec", "participant")} <= found
    assert ("rcm", "participant") not in found


def test_both_members_of_apposition_es(tools):  # noqa: F811
    found = _found(tools, "El taller fue organizado por la OIM. Colombia y Ecuador, ambos miembros de la Conferencia "
                          "Regional sobre Migración, asistieron como observadores.")
    assert {("gov-co", "participant"), ("gov-ec", "participant")} <= found
    assert ("rcm", "participant") not in found


# -- a speech told by its audience: the speaker's body took part ---------------------------------------------------

def test_official_addressed_the_session_en(tools):  # noqa: F811
    found = _found(tools, "The workshop was organized by IOM. The Director General of UNICEF addressed the opening "
                          "session.", "en")
    assert ("unicef", "participant") in found


def test_official_addressed_the_participants_es(tools):  # noqa: F811
    found = _found(tools, "El taller fue organizado por la OIM. La Directora General de UNICEF se dirigió a los "
                          "participantes en la sesión inaugural.")
    assert ("unicef", "participant") in found


# -- a country or body named as absent is mentioned, not dropped and not a participant ------------------------------

def test_countries_that_sent_no_delegation_en(tools):  # noqa: F811
    found = _found(tools, "The workshop was organized by IOM. Belize and Haiti did not send delegations this time.",
                   "en")
    assert ("gov-bz", "mentioned") in found
    assert ("gov-bz", "participant") not in found


def test_countries_that_sent_no_delegation_es(tools):  # noqa: F811
    found = _found(tools, "El taller fue organizado por la OIM. Belice y Haití no enviaron delegaciones esta vez.")
    assert ("gov-bz", "mentioned") in found
    assert ("gov-bz", "participant") not in found


def test_absent_after_present_en(tools):  # noqa: F811
    found = _found(tools, "The workshop was organized by IOM. Colombia and Ecuador attended; Peru did not attend.", "en")
    assert {("gov-co", "participant"), ("gov-ec", "participant"), ("gov-pe", "mentioned")} <= found
    assert ("gov-pe", "participant") not in found


def test_absent_after_present_es(tools):  # noqa: F811
    found = _found(tools, "El taller fue organizado por la OIM. Asistieron Colombia y Ecuador; Perú no asistió.")
    assert {("gov-co", "participant"), ("gov-ec", "participant"), ("gov-pe", "mentioned")} <= found
    assert ("gov-pe", "participant") not in found


# -- money that made the event possible: the funder, also when the sentence hedges ("in part") ----------------------

def test_possible_thanks_to_a_contribution_es(tools):  # noqa: F811
    found = _found(tools, "El taller fue organizado por la OIM. El evento fue posible gracias a una contribución del "
                          "UNICEF.")
    assert ("unicef", "funder") in found


def test_possible_thanks_to_contributions_es(tools):  # noqa: F811
    found = _found(tools, "El taller fue organizado por la OIM. El encuentro fue posible gracias a los aportes del "
                          "ACNUR.")
    assert ("unhcr", "funder") in found


def test_made_possible_in_part_by_a_contribution_en(tools):  # noqa: F811
    found = _found(tools, "The workshop was organized by IOM. The event was made possible in part by a contribution "
                          "from UNICEF.", "en")
    assert ("unicef", "funder") in found


# -- the author of a document the meeting discussed is named, not an organizer -------------------------------------

def test_study_prepared_by_is_mentioned_en(tools):  # noqa: F811
    found = _found(tools, "The workshop was organized by IOM. Participants discussed a regional study on returnees "
                          "prepared by UNICEF.", "en")
    assert ("unicef", "mentioned") in found
    assert ("unicef", "organizer") not in found


def test_report_published_by_is_mentioned_es(tools):  # noqa: F811
    found = _found(tools, "El taller fue organizado por la OIM. Las delegaciones revisaron el informe publicado en "
                          "2019 por el ACNUR.")
    assert ("unhcr", "mentioned") in found
    assert ("unhcr", "organizer") not in found
