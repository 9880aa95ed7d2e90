"""Event pages, prose roles and names (issue 13, round 17, event17): a body acting as rapporteur takes part (the
project lead's convention), the author of a cited document is mentioned (tests/test_openworld_roles.py has more).
Pages and sentences written for these tests (no held-out page's wording), in English and Spanish."""

from __future__ import annotations

import pytest
from event_pages import found
from test_roles_rules import ref, tools  # noqa: F401  (fixtures)

_TITLES = ("Encuentro Subregional sobre Trabajo Temporal", "Subregional Meeting on Seasonal Work")
_HEADS = ("Fecha: 12 de marzo de 2019\nLugar: Tegucigalpa, Honduras\n", "Date: 12 March 2019\nVenue: Tegucigalpa, Honduras\n")


def _found(tools, body: str, lang: str = "es"):  # noqa: F811
    return found(tools, _TITLES, _HEADS, body, lang)


# -- a rapporteur takes part (round 17, the lead's convention) -------------------------------------------------------

@pytest.mark.parametrize("lang, body, agent", [
    ("en", "The meeting was organized by the ILO. UNICEF acted as rapporteur of the working groups.", "unicef"),
    ("en", "The meeting was organized by the ILO; UNHCR, which served as the rapporteur, read the conclusions.", "unhcr"),
    ("en", "The meeting was organized by the ILO. IOM will act as rapporteur.", "iom"),
    ("es", "El encuentro fue organizado por la OIT. El UNICEF actuó como relator de las mesas de trabajo.", "unicef"),
    ("es", "El encuentro fue organizado por la OIT. La OIM fungió como relatora y leyó las conclusiones.", "iom"),
    ("es", "El encuentro fue organizado por la OIT. El ACNUR se desempeñó como relator del encuentro.", "unhcr"),
])
def test_a_rapporteur_takes_part(tools, lang, body, agent):  # noqa: F811
    found = _found(tools, body, lang)
    assert ("ilo", "organizer") in found
    assert (agent, "participant") in found, found
    assert (agent, "mentioned") not in found


def test_a_rapporteur_named_with_its_capacity_es(tools):  # noqa: F811
    found = _found(tools, "La Secretaría de Trabajo de Honduras convocó el encuentro. La relatoría estuvo a cargo de "
                          "la OIM.")
    assert ("iom", "participant") in found, found


def test_a_rapporteurs_document_names_no_role(tools):  # noqa: F811
    # the report a rapporteur wrote earlier is a cited document: its author is mentioned, it takes no part
    found = _found(tools, "The meeting was organized by the ILO. The delegations read the rapporteur's report of "
                          "UNICEF on the previous meeting.", "en")
    assert ("unicef", "participant") not in found


# -- the subject of a backward cue before a relative clause telling its standing office ------------------------------

@pytest.mark.parametrize("lang, body, gov, office", [
    ("en", "Peru, which chairs the Network, convened the meeting through the Ministry of Foreign Affairs.", "gov-pe",
     "ministry-of-foreign-affairs"),
    ("es", "Perú, que preside la Red, convocó la reunión a través del Ministerio de Relaciones Exteriores.", "gov-pe",
     "ministerio-de-relaciones-exteriores"),
])
def test_a_relative_clause_of_standing_office_keeps_the_subject(tools, lang, body, gov, office):  # noqa: F811
    found = _found(tools, body, lang)
    assert (gov, "convener") in found, found
    assert any(a.startswith(office) and r == "convener" for a, r in found), found


def test_a_body_named_in_the_office_clause_is_no_subject(tools):  # noqa: F811
    found = _found(tools, "Peru, which currently chairs the RCM, convened the meeting.", "en")
    assert ("gov-pe", "convener") in found and ("rcm", "convener") not in found


# -- "X held in <place> its workshop": the place before the object ---------------------------------------------------

@pytest.mark.parametrize("lang, body", [
    ("es", "La Red Andina de Organizaciones Sociales (RAOS) realizó en Lima su taller anual de planificación."),
    ("es", "La Red Andina de Organizaciones Sociales (RAOS) celebró en la ciudad de Quito la reunión de planificación."),
    ("en", "The Andean Network of Social Organizations (ANSO) held in Lima its annual planning workshop."),
])
def test_held_in_a_place_its_workshop(tools, lang, body):  # noqa: F811
    found = _found(tools, body, lang)
    assert [r for _, r in found] == ["organizer"], found


# -- names ------------------------------------------------------------------------------------------------------------

def test_red_cross_is_no_spanish_network(tools):  # noqa: F811
    found = _found(tools, "The workshop was organized by IOM. UNICEF and the International Federation of Red Cross "
                          "and Red Crescent Societies (IFRC) described their shelters.", "en")
    names = {a for a, r in found}
    assert any(a.startswith("international-federation-of-red-cross-and-red-crescent-societies") for a in names), names
    assert not any(a.startswith("red-cross") or a.startswith("red-crescent") for a in names), names


@pytest.mark.parametrize("lang, body, key", [
    ("en", "The workshop was organized by IOM. The MERCOSUR Institute of Public Policies on Human Rights took part.",
     "mercosur-institute-of-public-policies-on-human-rights--mercosur"),
    ("en", "The workshop was organized by IOM. The MERCOSUR Social Institute took part.", "mercosur-social-institute--mercosur"),
])
def test_a_known_organization_in_capitals_before_its_institute(tools, lang, body, key):  # noqa: F811
    found = _found(tools, body, lang)
    assert (key, "participant") in found, found
    assert ("mercosur", "participant") not in found


@pytest.mark.parametrize("lang, body, start", [
    ("en", "The workshop was organized by IOM. INTERPOL and the Council of Border Chiefs of Central America, Mexico, "
           "the Caribbean and Panama took part as observers.", "council-of-border-chiefs-of-central-america-mexico"),
    ("es", "El taller fue organizado por la OIM. Participaron la Comisión de Jefes de Policía de Centroamérica, México "
           "y Colombia y la OIT.", "comision-de-jefes-de-policia-de-centroamerica-mexico-y-colombia"),
])
def test_a_list_of_countries_after_a_region_closes_the_name(tools, lang, body, start):  # noqa: F811
    found = _found(tools, body, lang)
    assert any(a.startswith(start) and r == "participant" for a, r in found), found
    assert not {a for a, _ in found} & {"gov-mx", "gov-pa", "gov-co"}, found


def test_a_plural_head_of_a_region_list_names_several_bodies(tools):  # noqa: F811
    found = _found(tools, "The workshop was organized by IOM. The Ministries of Health of Central America, Mexico and "
                          "Panama took part.", "en")
    assert {("gov-mx", "participant"), ("gov-pa", "participant")} <= found


def test_cruz_roja_y_media_luna_roja_is_one_name(tools):  # noqa: F811
    found = _found(tools, "El taller fue organizado por la OIM. Expuso la Oficina para el Caribe de la Federación "
                          "Internacional de Sociedades de la Cruz Roja y de la Media Luna Roja.")
    names = {a for a, _ in found}
    assert not any(a.startswith("media-luna") for a in names), names
    # two Red Cross societies are still two names
    found = _found(tools, "El taller fue organizado por la OIM. Participaron la Cruz Roja Hondureña y la Cruz Roja "
                          "Salvadoreña.")
    assert {("cruz-roja-hondurena", "participant"), ("cruz-roja-salvadorena", "participant")} <= found
