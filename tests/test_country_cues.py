"""Role cues and institution names left on country pages (issue 13, h-left): a place and date between a
participle and "by", an office held by a country in a list, a joint body named with two acronyms, a remit "to"
whom, a double acronym, a meeting that is the event itself, a country chosen for the presidency. Sentences
written for these tests (not the held-out pages' text)."""

from __future__ import annotations

from datetime import date

import pytest
from test_roles_rules import ref, roles, tools  # noqa: F401 (fixtures shared with the role rules' tests)
from test_extract import make, run

from rcpkg.loaders.extract import extract
from rcpkg.loaders.layouts import parse_page
from rcpkg.loaders.records import Page




def extracted(tools, body):
    page, event = make("Some Meeting", body)
    x = run(tools, page, event)
    return {(i.extracted.name if i.extracted else i.agent, i.role) for i in x.involvements}


def country_page(tools, body, *, lang="en"):
    text = ("Skip to main content\nHonduras\nEvents in this country\nWorkshop on Returned Families\nObjective\n"
            "To improve reception.\n" + body + "\n")
    page = Page(path="p.txt", url="https://rcmvs.org/en/country/honduras", text=text, lang=lang, layout="country",
                country="HN")
    gaz, themes = tools
    (event,) = parse_page(page).events
    return event, {(i.extracted.name if i.extracted else i.agent, i.role) for i in extract(page, event, gaz, themes).involvements}


# -- the event's place and date between a participle and "by" ----------------------------------

@pytest.mark.parametrize("body, who", [
    ("Details: Workshop organized in San Pedro Sula on 3 March 2022 by the Ministry of Labour of Honduras.",
     "Ministry of Labour of Honduras"),
    ("Details: Seminar convened in La Ceiba from 4 to 6 May 2021 by the Ministry of Labour of Honduras.",
     "Ministry of Labour of Honduras"),
    ("Detalles: Taller convocado en Tegucigalpa el 9 de junio de 2022 por la Secretaría de Salud de Honduras.",
     "Secretaría de Salud de Honduras"),
])
def test_place_and_date_between_participle_and_by(tools, body, who):
    event, got = country_page(tools, body, lang="es" if "Taller" in body else "en")
    assert event.dates is not None and event.place is not None
    assert any(name == who and role in ("organizer", "convener") for name, role in got), got


def test_a_name_running_into_the_place_ends_before_it(tools):
    _, got = country_page(tools, "Details: Workshop organized by the Ministry of Labour of Honduras in La Ceiba on "
                                 "3 March 2022.")
    assert ("Ministry of Labour of Honduras", "organizer") in got


# -- an office and who holds it, in a list -----------------------------------------------------

@pytest.mark.parametrize("text", [
    "UNHCR and the Presidency Pro Tempore, held by Costa Rica, attended as guests.",
    "UNHCR and the Presidency Pro Tempore, currently held by Costa Rica, attended as observers.",
    "El ACNUR y la Presidencia Pro Tempore, ejercida por Costa Rica, asistieron como invitados.",
])
def test_office_held_by_a_country_keeps_the_list(tools, text):
    got = roles(tools, text)
    assert ("unhcr", "participant") in got and ("gov-cr", "participant") in got


# -- a joint body named with two acronyms ------------------------------------------------------

@pytest.mark.parametrize("body, name", [
    ("Dialogue convened by the RCM-RNCOM Ad Hoc Group.", "RCM-RNCOM Ad Hoc Group"),
    ("A meeting organized by the SICA-IOM Task Force.", "SICA-IOM Task Force"),
    ("Diálogo convocado por el Grupo Ad Hoc CRM-RROCM.", "Grupo Ad Hoc CRM-RROCM"),
])
def test_joint_body_is_one_institution(tools, body, name):
    got = extracted(tools, body)
    assert {n for n, _ in got} == {name}


def test_two_acronyms_apart_stay_two_bodies(tools):
    assert {a for a, _ in extracted(tools, "The RCM and RNCOM met.")} == {"rcm", "rncom"}


# -- a remit "to" whom inside a name -----------------------------------------------------------

@pytest.mark.parametrize("body, name", [
    ("The National Council for Assistance to Migrants of Guatemala (CONAMIGUA) took part.",
     "National Council for Assistance to Migrants of Guatemala"),
    ("Took part: the Office for Attention to Victims of Trafficking.", "Office for Attention to Victims of Trafficking"),
])
def test_remit_to_whom_is_part_of_the_name(tools, body, name):
    assert name in {n for n, _ in extracted(tools, body)}


def test_to_after_another_word_cuts_the_name(tools):
    assert extracted(tools, "The delegation went to Mexico and Guatemala.") == set()


# -- a double acronym after a name -------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "With the support of the Pan American Health Organization (PAHO/WHO) and the United States Agency for "
    "International Development (USAID).",
    "Con el apoyo de la Organización Panamericana de la Salud (OPS/OMS) y de la Agencia de los Estados Unidos para "
    "el Desarrollo Internacional (USAID).",
])
def test_double_acronym_keeps_the_list(tools, body):
    got = extracted(tools, body)
    assert len(got) == 2 and {role for _, role in got} == {"supporter"}, got


# -- a meeting that is the event itself --------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Vice-Ministerial Meeting hosted by the Government of Guatemala in Guatemala City.",
    "The Vice-Ministerial Meeting took place virtually, hosted by the Government of Guatemala.",
    "La Reunión Viceministerial fue celebrada en Antigua, con el Gobierno de Guatemala como anfitrión.",
])
def test_meeting_as_subject_of_its_happening_is_no_body(tools, body):
    got = extracted(tools, body)
    assert "rcm-vice-ministerial-meeting" not in {a for a, _ in got}
    assert ("gov-gt", "host") in got


def test_meeting_doing_something_is_still_named(tools):
    assert ("rcm-vice-ministerial-meeting", "mentioned") in extracted(tools, "The Vice-Ministerial Meeting adopted "
                                                                              "the plan.")


# -- a country chosen for the presidency -------------------------------------------------------

@pytest.mark.parametrize("text, gov", [
    ("The countries adopted the plan and chose Mexico for the Presidency Pro Tempore of 2021.", "gov-mx"),
    ("Los países eligieron a Panamá para ejercer la Presidencia Pro Tempore de 2022.", "gov-pa"),
    ("Honduras will hold the Presidency Pro Tempore in 2023.", "gov-hn"),
])
def test_country_chosen_for_the_presidency_is_mentioned(tools, text, gov):
    assert (gov, "mentioned") in roles(tools, text)


def test_a_place_is_still_no_mention(tools):
    assert roles(tools, "The meeting was held in Mexico.") == set()


# -- the presidency's holder stated in the sentence --------------------------------------------

def test_holder_exercising_the_presidency_takes_its_role(tools):
    page, event = make("Conferencia", "La República del Paraguay, en ejercicio de la Presidencia Pro Tempore, fue "
                                      "anfitriona de la Conferencia.", year=2016)
    x = run(tools, page, event)
    assert ("gov-py", "host") in {(i.agent, i.role) for i in x.involvements}


def test_dates_still_read(tools):
    event, _ = country_page(tools, "Details: Workshop organized in La Ceiba on 3 March 2022 by the Ministry of Labour "
                                   "of Honduras.")
    assert event.dates.start == date(2022, 3, 3)


# -- a regional adjective is no part of a person's name ----------------------------------------

@pytest.mark.parametrize("body, name", [
    ("With the participation of the World Bank and the Inter-American Dialogue.", "Inter-American Dialogue"),
    ("Con la participación del Diálogo Interamericano.", "Diálogo Interamericano"),
    ("Attended by the Caribbean Forum.", "Caribbean Forum"),
])
def test_regional_adjective_makes_no_person(tools, body, name):
    assert name in {n for n, _ in extracted(tools, body)}


def test_a_persons_name_stays_out(tools):
    page, event = make("Some Meeting", "The session was opened by Maria Gonzalez.")
    x = run(tools, page, event)
    assert not x.involvements and all("Gonzalez" not in str(w) for w in x.warnings)


# -- the body whose agreement a text names -----------------------------------------------------

@pytest.mark.parametrize("body", [
    "Analizar experiencias como el Acuerdo de Residencia del MERCOSUR.",
    "Se analizó el Acuerdo de Libre Circulación de la CARICOM.",
    "Discussion of the Agreement on Free Movement of the CARICOM.",
])
def test_owner_of_an_agreement_is_mentioned(tools, body):
    got = extracted(tools, body)
    assert {role for _, role in got} == {"mentioned"} and len(got) == 1, got
    assert not any(n.lower().startswith(("acuerdo", "protocolo", "agreement")) for n, _ in got)


def test_an_agreement_without_a_body_names_none(tools):
    assert extracted(tools, "Debate sobre el Protocolo de Palermo.") == set()


# -- "asistieron" closing the sentence ---------------------------------------------------------

@pytest.mark.parametrize("text, who", [
    ("El ACNUR y la OIM asistieron.", {"unhcr", "iom"}),
    ("Inspectores de trabajo de Guatemala asistieron.", {"gov-gt"}),
    ("El UNICEF también asistió.", {"unicef"}),
])
def test_attended_at_the_end_of_the_sentence(tools, text, who):
    assert roles(tools, text) == {(w, "participant") for w in who}


def test_assisting_people_is_no_attendance(tools):
    assert roles(tools, "La OIM asistió a los migrantes retornados.") == {("iom", "mentioned")}
