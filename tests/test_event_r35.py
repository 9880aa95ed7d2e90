"""Round 35 (issue 13): prose role cues and names seen on new writers' event pages and listings. Pages written for these
tests, English and Spanish (other names, places and wording than any held-out set).

- the subject's standing in apposition before its verb: an observer status ("UNDP, an external observer of the RCM
  since 2017, supported …"), the presidency held told by a relative clause with its time ("X, which held the
  Presidency Pro Tempore of the SACM in 2021, organized …"), a co-facilitation ("X, co-facilitator of the Global
  Compact, attended"): the subject acts; and support of the event's methodology or logistics is support;
- bodies that spoke in a panel or session, and bodies that held their own sessions at the meeting, took part;
- a body and the office it acts as ("La OIM, como Secretaría Técnica de la CSM, brindó apoyo") and an office with its
  holder in brackets ("The Technical Secretariat (IOM Regional Office …) provided support"): both have the verb's role;
- a unit named by its parent's possessive ("IOM's Regional Program X supported"): the unit acts, the parent is named;
- names: an en dash inside a name ("Mesoamérica–Caribe"), a place with its article before the acronym ("… in Central
  America and the Dominican Republic (ACR)"), an agreement with its scope word ("Global Compact") is no body;
- a government's programmes send its officials ("officials of the return programmes of X and Y presented").
"""

from __future__ import annotations

import pytest
from event_pages import named
from test_extract import tools, ref  # noqa: F401

_HEAD = {"en": "Subregional Seminar on Labour Migration\nWhen: 8-9 March 2022\nWhere: Montevideo, Uruguay\n\n",
         "es": "Seminario Subregional sobre Migración Laboral\nCuándo: 8 y 9 de marzo de 2022\nDónde: Montevideo, Uruguay\n\n"}


def _got(tools, body, lang):
    return named(tools, _HEAD, body, lang)


@pytest.mark.parametrize("body, lang, who, role", [
    ("Uruguay hosted the seminar. UNICEF, an external observer of the SACM since 2015, supported the methodology of "
     "the seminar.", "en", "unicef", "supporter"),
    ("Uruguay fue anfitrión. UNICEF, observador externo de la CSM desde 2015, apoyó la metodología del Seminario.",
     "es", "unicef", "supporter"),
    ("Chile, which held the Presidency Pro Tempore of the SACM in 2019, organized the seminar through its Ministry of "
     "Labour.", "en", "gov-cl", "organizer"),
    ("Chile, que ejercía la Presidencia Pro Tempore de la CSM en 2019, organizó el seminario a través de su Ministerio "
     "del Trabajo.", "es", "gov-cl", "organizer"),
    ("Uruguay hosted the seminar. The ILO and Chile, co-facilitator of the Global Compact for Migration, attended as "
     "special guests.", "en", "gov-cl", "participant"),
    ("Uruguay fue anfitrión. La OIT y Chile, cofacilitador del Proceso de Quito, asistieron como invitados especiales.",
     "es", "gov-cl", "participant"),
])
def test_the_subjects_standing_in_apposition_does_not_part_it_from_its_verb(tools, body, lang, who, role):
    got = _got(tools, body, lang)
    assert (who, role) in got, got


def test_a_co_facilitated_agreement_is_no_body(tools):
    got = _got(tools, "Uruguay hosted the seminar. The ILO and Chile, co-facilitator of the Global Compact for "
                      "Migration, attended as special guests.", "en")
    assert not any("Compact" in str(who) for who, _ in got), got


@pytest.mark.parametrize("body, lang, who", [
    ("Uruguay hosted the seminar. UNICEF and the ILO spoke in the panel on labour rights.", "en", {"unicef", "ilo"}),
    ("Uruguay hosted the seminar. UNICEF spoke on the closing panel.", "en", {"unicef"}),
    ("Uruguay hosted the seminar. The Network of Labour Inspectors and the Network of Consular Officers held their own "
     "sessions on the first day.", "en", {"Network of Labour Inspectors", "Network of Consular Officers"}),
    ("Uruguay fue anfitrión. La Red de Inspectores Laborales celebró sus propias sesiones el primer día.", "es",
     {"Red de Inspectores Laborales"}),
    ("Uruguay hosted the seminar. Officials of the labour placement programmes of Paraguay, Bolivia and Peru presented "
     "their procedures.", "en", {"gov-py", "gov-bo", "gov-pe"}),
])
def test_who_spoke_in_a_panel_or_held_own_sessions_took_part(tools, body, lang, who):
    got = _got(tools, body, lang)
    assert {(w, "participant") for w in who} <= got, got


@pytest.mark.parametrize("body, lang, both", [
    ("Uruguay fue anfitrión. La Organización Internacional del Trabajo (OIT), como Secretaría Técnica de la Red, brindó "
     "apoyo técnico y logístico.", "es", {"ilo", "Secretaría Técnica de la Red"}),
    ("Uruguay hosted the seminar. The Technical Secretariat of the Network (IOM Regional Office for Central America, "
     "North America and the Caribbean) provided technical support.", "en",
     {"Technical Secretariat of the Network", "iom-ro-san-jose"}),
    ("Uruguay fue anfitrión. La Secretaría Técnica de la Red (Oficina Regional de la OIM para Centroamérica, "
     "Norteamérica y el Caribe) brindó apoyo técnico.", "es", {"Secretaría Técnica de la Red", "iom-ro-san-jose"}),
])
def test_a_body_and_the_office_it_acts_as_both_act(tools, body, lang, both):
    got = _got(tools, body, lang)
    assert {(w, "supporter") for w in both} <= got, got


def test_a_unit_named_by_its_parents_possessive_acts_alone(tools):
    got = _got(tools, "Uruguay hosted the seminar. ILO's Regional Programme on Labour Migration Andes–Southern Cone "
                      "supported the logistics.", "en")
    assert ("Regional Programme on Labour Migration Andes–Southern Cone", "supporter") in got, got
    assert ("ilo", "supporter") not in got, got


@pytest.mark.parametrize("body, lang, name", [
    ("Uruguay hosted the seminar. Officials took part, as did the Centre for Labour Studies in South America and the "
     "Caribbean (CELSAC).", "en", "Centre for Labour Studies in South America and the Caribbean"),
])
def test_a_place_with_its_article_before_the_acronym_is_the_names(tools, body, lang, name):
    got = _got(tools, body, lang)
    assert (name, "participant") in got, got
