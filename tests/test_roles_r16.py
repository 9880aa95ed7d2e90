"""Event pages and prose roles (issue 13, round 16, event16): who took part, said in the many ways event pages say it,
in English and Spanish; names cut at a hyphen. Pages and sentences written for these tests (no held-out page's
wording)."""

from __future__ import annotations

from event_pages import event_page as _page
from event_pages import found as _event_found
from test_extract import pairs, run
from test_roles_rules import ref, tools  # noqa: F401  (fixtures)

from rcpkg.loaders.layouts import parse_page


_TITLES = ("Taller Regional sobre Retorno Asistido", "Regional Workshop on Assisted Return")
_HEADS = ("Fecha: 4 de mayo de 2021\nLugar: Managua, Nicaragua\n", "Date: 4 May 2021\nVenue: Managua, Nicaragua\n")


def _found(tools, body: str, lang: str = "es"):  # noqa: F811
    return _event_found(tools, _TITLES, _HEADS, body, lang)


# -- officials of countries with a remit of several words take part ---------------------------------------------

def test_officials_with_a_long_remit_of_countries_took_part_es(tools):  # noqa: F811
    found = _found(tools, "El taller fue organizado por la OIM. Participaron técnicos de atención a la infancia de "
                          "Honduras, Costa Rica y Panamá.")
    assert {("gov-hn", "participant"), ("gov-cr", "participant"), ("gov-pa", "participant")} <= found


def test_officials_with_a_long_remit_of_countries_took_part_en(tools):  # noqa: F811
    found = _found(tools, "The workshop was organized by IOM. Taking part were officials of the child protection "
                          "services of Honduras, Costa Rica and Panama.", "en")
    assert {("gov-hn", "participant"), ("gov-cr", "participant"), ("gov-pa", "participant")} <= found


def test_delegations_of_countries_took_part_es(tools):  # noqa: F811
    found = _found(tools, "El taller fue organizado por la OIM. Participaron delegaciones de Belice, Honduras y "
                          "Costa Rica.")
    assert {("gov-bz", "participant"), ("gov-hn", "participant"), ("gov-cr", "participant")} <= found


# -- a body attended "as an observer", the verb before the capacity -----------------------------------------------

def test_attended_as_an_observer_es(tools):  # noqa: F811
    found = _found(tools, "El taller fue organizado por la OIM. La Procuraduría de los Derechos Humanos de "
                          "Guatemala asistió en calidad de observadora.")
    assert ("iom", "organizer") in found
    assert any(r == "participant" and "procuradur" in a for a, r in found), found


def test_attended_as_an_observer_en(tools):  # noqa: F811
    found = _found(tools, "The workshop was organized by IOM. The Ombudsman's Office of Panama attended as an "
                          "observer, and UNHCR joined as a guest.", "en")
    assert ("unhcr", "participant") in found
    assert any(r == "participant" and "ombudsman" in a for a, r in found), found


def test_took_part_as_special_guests_es(tools):  # noqa: F811
    found = _found(tools, "El taller fue organizado por la OIM. Participaron como invitados especiales el ACNUR y "
                          "el UNICEF.")
    assert {("unhcr", "participant"), ("unicef", "participant")} <= found


def test_attended_as_observers_verb_first_es(tools):  # noqa: F811
    found = _found(tools, "El taller fue organizado por la OIM. Asistieron en calidad de observadores la OIT y "
                          "el ACNUR.")
    assert {("ilo", "participant"), ("unhcr", "participant")} <= found


# -- presenting, speaking, the participation of ------------------------------------------------------------------

def test_presenters_and_speakers_es(tools):  # noqa: F811
    found = _found(tools, "El taller fue organizado por la OIM. Expusieron la Dirección General de Migración y "
                          "Extranjería de Costa Rica, así como el ACNUR; la Organización Internacional del Trabajo "
                          "(OIT) presentó su guía de contratación equitativa.")
    assert {("unhcr", "participant"), ("ilo", "participant")} <= found
    assert any(r == "participant" and "migracion" in a for a, r in found), found


def test_presenters_and_speakers_en(tools):  # noqa: F811
    found = _found(tools, "The workshop was organized by IOM. Presentations were given by UNHCR and UNICEF; the "
                          "International Labour Organization (ILO) presented its fair recruitment guide.", "en")
    assert {("unhcr", "participant"), ("unicef", "participant"), ("ilo", "participant")} <= found


def test_with_the_participation_of_countries_and_bodies_es(tools):  # noqa: F811
    found = _found(tools, "El taller, organizado por la OIM, contó con la participación de delegaciones de Belice, "
                          "Honduras e Panamá, así como del UNICEF.")
    assert {("gov-bz", "participant"), ("gov-hn", "participant"), ("unicef", "participant")} <= found


# -- a body in its capacity as an office keeps the verb's role -----------------------------------------------------

def test_in_its_capacity_as_technical_secretariat_supports_es(tools):  # noqa: F811
    found = _found(tools, "El taller fue convocado por el Gobierno de Nicaragua. La OIM, en su calidad de "
                          "Secretaría Técnica, brindó apoyo técnico y logístico.")
    assert ("iom", "supporter") in found, found


def test_as_technical_secretariat_provided_support_en(tools):  # noqa: F811
    found = _found(tools, "The workshop was convened by the Government of Nicaragua. UNHCR, as Technical "
                          "Secretariat, provided logistical support.", "en")
    assert ("unhcr", "supporter") in found, found


# -- names: a known name is not cut inside a hyphenated word ---------------------------------------------------------

def test_known_name_not_cut_at_a_hyphen_es(tools):  # noqa: F811
    found = _found(tools, "El taller fue organizado por la OIM, con el apoyo del Programa Mesoamérica-Andino de la "
                          "OIM.")
    assert not any(a == "iom-mesoamerica-program" for a, _ in found), found
    assert not any(a == "andino" or a.endswith("/andino") for a, _ in found), found
    assert any(r == "supporter" and "mesoamerica-andino" in a for a, r in found), found


def test_a_people_word_then_a_verb_is_no_group(tools):  # noqa: F811
    found = _found(tools, "Delegates examined the implementation of the Andean Labour Migration Instrument and the "
                          "agreements in force.", "en")
    assert not any(r == "participant" for _, r in found), found


def test_verb_and_capacity_before_the_names_es(tools):  # noqa: F811
    found = _found(tools, "Lo convoca la Secretaría Técnica de la CRM y asistirán en calidad de observadoras la OIT "
                          "y la OIM.")
    assert {("ilo", "participant"), ("iom", "participant")} <= found, found


# -- a field asked as a question, its items set apart by middle dots --------------------------------------------------

def test_who_took_part_field_with_dotted_items(tools):  # noqa: F811
    text = ("Regional Conference on Migration\n"
            "Networks / Network on Border Health / Activities\n"
            "NETWORK ON BORDER HEALTH\n"
            "\n"
            "Subregional Meeting on Epidemiological Surveillance at Borders\n"
            "WHEN\n"
            "3 May 2022\n"
            "WHERE\n"
            "Asunción, Paraguay\n"
            "ORGANIZERS\n"
            "Pan American Health Organization (PAHO)\n"
            "WHO TOOK PART\n"
            "Health inspectors of Argentina and Uruguay · National Directorate of Migration of Paraguay (DNM) · UNICEF\n"
            "NOTES\n"
            "The meeting reviewed the International Health Regulations.\n"
            "\n"
            "Webinar on Vaccination of Migrants in Transit\n"
            "WHEN\n"
            "9 June 2022\n"
            "WHERE\n"
            "Online\n"
            "ORGANIZERS\n"
            "UNICEF\n")
    page = _page(text, "en", "fields", "https://example.org/networks/border-health/activities")
    r = parse_page(page)
    found = set().union(*(pairs(run(tools, page, e)) for e in r.events))
    assert {("gov-ar", "participant"), ("gov-uy", "participant"), ("unicef", "participant")} <= found, found
    assert any(r == "participant" and "directorate-of-migration" in a for a, r in found), found
