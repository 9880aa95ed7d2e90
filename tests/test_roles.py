"""Role cues in English and Spanish, on sentences written for the tests."""

from __future__ import annotations

import pytest

from rcpkg.loaders.gazetteer import PPT, Gazetteer
from rcpkg.loaders.reference import load_reference
from rcpkg.loaders.roles import ROLES, assign_roles, find_cues
from rcpkg.resources import reference_dir


@pytest.fixture(scope="module")
def gaz():
    return Gazetteer.from_reference(load_reference(reference_dir()))


def roles(gaz, text):
    return {(m.entity_id, role) for m, role in assign_roles(text, gaz.find(text))}


CASES = [
    # English
    ("The meeting was convened by the Government of Guatemala.", "gov-gt", "convener"),
    ("Convening this forum will be conducted by the RCM.", "rcm", "convener"),
    ("The Government of Belize convened the meeting.", "gov-bz", "convener"),
    ("The course is coordinated by UNICEF.", "unicef", "coordinator"),
    ("Coordinating institution: IOM", "iom", "coordinator"),
    ("The meeting is held in coordination with SICA.", "sica", "coordinator"),
    ("The seminar was organized by the ILO.", "ilo", "organizer"),
    ("The seminar was co-organized by the ILO.", "ilo", "organizer"),
    ("The course is held in collaboration with UNHCR.", "unhcr", "organizer"),
    ("It was possible thanks to the collaboration of SICA.", "sica", "organizer"),
    ("The forum was designed jointly with UNFPA.", "unfpa", "organizer"),
    ("The meeting takes place with the support of IOM.", "iom", "supporter"),
    ("The workshop is supported by UNDP.", "undp", "supporter"),
    ("The meeting is hosted by the Government of Belize.", "gov-bz", "host"),
    ("The Government of Panama will host the meeting.", "gov-pa", "host"),
    ("The remaining costs of the meeting are covered by UNHCR.", "unhcr", "funder"),
    ("The event is funded by UNODC.", "unodc", "funder"),
    ("The workshop is an opportunity for Canada to discuss threats.", "gov-ca", "participant"),
    ("With the participation of the ICRC.", "icrc", "participant"),
    ("Training for the officials of the Liaison Officer Network for Consular Protection.",
     "rcm-lon-consular-protection", "participant"),
    ("UNICEF and IOM took part as observers.", "unicef", "participant"),
    # Spanish
    ("La reunión fue convocada por el Gobierno de Honduras.", "gov-hn", "convener"),
    ("El taller se realiza con el apoyo de la OIM.", "iom", "supporter"),
    ("La capacitación cuenta con el apoyo del ACNUR.", "unhcr", "supporter"),
    ("El taller es organizado por la CEPAL.", "eclac", "organizer"),
    ("El foro se realiza en colaboración con UNICEF.", "unicef", "organizer"),
    ("El evento es financiado por el PNUD.", "undp", "funder"),
    ("Los costos de alojamiento serán cubiertos por el ACNUR.", "unhcr", "funder"),
    ("El seminario es auspiciado por la SEGIB.", "segib", "supporter"),
    ("Institución Coordinadora: OIM", "iom", "coordinator"),
    ("El taller se realiza en coordinación con la OIM.", "iom", "coordinator"),
    ("La reunión se celebra con el Gobierno de Costa Rica como anfitrión.", "gov-cr", "host"),
    ("País anfitrión: Gobierno de Panamá", "gov-pa", "host"),
    ("La Conferencia se reúne con ACNUR y el CICR como observadores.", "icrc", "participant"),
]


@pytest.mark.parametrize("text, agent, role", CASES)
def test_role_cue(gaz, text, agent, role):
    assert (agent, role) in roles(gaz, text)


def test_every_role_but_mentioned_has_a_cue_case():
    assert {role for _, _, role in CASES} == set(ROLES) - {"mentioned"}


def test_list_after_a_cue_shares_the_role(gaz):
    got = roles(gaz, "The costs are covered by UNHCR, UNICEF and IOM.")
    assert got == {("unhcr", "funder"), ("unicef", "funder"), ("iom", "funder")}


def test_run_stops_at_other_words(gaz):
    text = ("This workshop is convened by the Government of Honduras with the objective of "
            "exchanging good practices among the Member States of the RCM.")
    got = roles(gaz, text)
    assert ("gov-hn", "convener") in got
    assert ("rcm", "mentioned") in got and ("rcm", "convener") not in got


def test_run_stops_at_the_next_cue(gaz):
    got = roles(gaz, "the workshop is convened by the PPT and supported by IOM.")
    assert got == {(PPT, "convener"), ("iom", "supporter")}


def test_financial_support_is_funding_not_support(gaz):
    assert roles(gaz, "with the financial support of UNFPA") == {("unfpa", "funder")}


def test_no_cue_means_mentioned(gaz):
    assert roles(gaz, "The results will be shared with SICA.") == {("sica", "mentioned")}


@pytest.mark.parametrize("text", [
    "What could and should Mexico and Central America do?",
    "Consuls accredited in Mexico attend.",
    "Flights to Mexico City are covered.",
])
def test_a_country_without_an_actor_cue_is_dropped(gaz, text):
    assert roles(gaz, text) == set()


def test_cues_report_offsets_into_the_original_text():
    text = "El taller fue organizado por la OIM."
    cues = find_cues(text)
    assert [(c.role, text[c.start:c.end]) for c in cues] == [("organizer", "organizado por")]


@pytest.mark.parametrize("text", [text for text, _, _ in CASES])
def test_every_cue_sentence_passes_the_anchor_prefilter(text):
    assert find_cues(text), text


@pytest.mark.parametrize("text", [
    "The Member Countries of the RCM participated in the workshop.",
    "Los países miembros de la CRM participaron en el taller.",
])
def test_members_of_a_process_do_not_give_the_process_their_role(gaz, text):
    got = roles(gaz, text)
    assert len(got) == 1 and next(iter(got))[1] == "mentioned"


def test_an_unknown_name_in_a_list_keeps_the_list_going(gaz):
    assert roles(gaz, "La capacitación fue financiada por la Unión Europea y el PNUD.") == {("undp", "funder")}
    assert roles(gaz, "Supported by the World Bank, UNICEF and IOM.") == {("unicef", "supporter"), ("iom", "supporter")}
