"""Fields and country pages (issue 13, round 23, fields23). Pages written for these tests (no held-out
page's wording), in English and Spanish."""

from __future__ import annotations

from test_extract import pairs, run
from test_roles_rules import extracted, ref, tools  # noqa: F401  (fixtures)

from rcpkg.loaders.layouts import parse_page
from rcpkg.loaders.records import Page


def _extract(tools, text: str, lang: str, layout: str = "fields"):  # noqa: F811
    page = Page(path="p.txt", url="https://example.org/activities", text=text, lang=lang, layout=layout)
    r = parse_page(page)
    return [run(tools, page, e) for e in r.events]


def _roles(x) -> set:
    return {(i.extracted.name if i.extracted else i.agent, i.role) for i in x.involvements}


# -- a role field naming two long bodies joined by "y"/"and": each name is short, the field is long ------------

def test_two_long_organizers_joined_by_y_keep_their_role_es(tools):  # noqa: F811
    xs = _extract(tools, "Inicio\nACTIVIDADES\n\nTaller Centroamericano de Fiscales contra la Trata\n"
                         "• Fecha: 05/04/2023\n• Lugar: Tegucigalpa, Honduras\n"
                         "• Organizan: Unidad Especializada contra la Trata y el Tráfico de Migrantes (UETM) de la "
                         "Fiscalía General de la República de Honduras y la Red Centroamericana de Fiscales contra "
                         "la Trata (REDCAF)\n• Participan: fiscales de Guatemala y Panamá\n\nVolver\n", "es")
    got = _roles(xs[0])
    assert {r for n, r in got if "Unidad Especializada" in str(n)} == {"organizer"}, got
    assert {r for n, r in got if "Red Centroamericana" in str(n)} == {"organizer"}, got


def test_two_long_organizers_joined_by_and_keep_their_role_en(tools):  # noqa: F811
    xs = _extract(tools, "Home\nACTIVITIES\n\nCentral American Workshop of Prosecutors against Trafficking\n"
                         "• Date: 5 April 2023\n• Venue: Tegucigalpa, Honduras\n"
                         "• Organized by: Specialized Unit against Trafficking in Persons and Migrant Smuggling "
                         "(SUTS) of the Public Prosecutor's Office of Honduras and the Central American Network of "
                         "Prosecutors against Trafficking (CANPT)\n• Participants: prosecutors from Guatemala and "
                         "Panama\n\nBack\n", "en")
    got = _roles(xs[0])
    assert {r for n, r in got if "Specialized Unit" in str(n)} == {"organizer"}, got
    assert {r for n, r in got if "Central American Network" in str(n)} == {"organizer"}, got


# -- who spoke, as a past-tense verb label ("Expusieron: X; Y", "Disertó: X", "Spoke: X; Y") --------------------

def test_past_tense_speaker_labels_take_part_es(tools):  # noqa: F811
    xs = _extract(tools, "Inicio\nACTIVIDADES\n\n1. Sesión Virtual sobre Niñez Migrante\n   Fecha: 14/06/2023\n"
                         "   Convoca: Presidencia Pro Tempore de Guatemala\n"
                         "   Expusieron: Fondo de las Naciones Unidas para la Infancia (UNICEF); Comité Internacional "
                         "de la Cruz Roja (CICR)\n   Disertó: Organización Internacional para las Migraciones (OIM)\n"
                         "\nVolver\n", "es")
    got = pairs(xs[0])
    assert {("unicef", "participant"), ("icrc", "participant"), ("iom", "participant")} <= got, got
    assert not {a for a, r in got if r == "mentioned"}, got


def test_past_tense_speaker_labels_take_part_en(tools):  # noqa: F811
    xs = _extract(tools, "Home\nACTIVITIES\n\n1. Online Session on Migrant Children\n   Date: 14/06/2023\n"
                         "   Convened by: Pro Tempore Presidency of Guatemala\n"
                         "   Spoke: United Nations Children's Fund (UNICEF); International Committee of the Red Cross "
                         "(ICRC)\n   Presented: International Organization for Migration (IOM)\n\nBack\n", "en")
    got = pairs(xs[0])
    assert {("unicef", "participant"), ("icrc", "participant"), ("iom", "participant")} <= got, got
    assert not {a for a, r in got if r == "mentioned"}, got


# -- a known working group named in Spanish in an event's title is mentioned, as in English ------------------------

def _title_mention(tools, text: str, lang: str):  # noqa: F811
    return pairs(_extract(tools, text, lang)[0])


def test_working_group_named_in_a_spanish_title_is_mentioned(tools):  # noqa: F811
    got = _title_mention(tools, "Inicio\nACTIVIDADES\n\n1. Reunión Presencial del Grupo de Trabajo sobre Protección\n"
                                "   Fecha: 02/10/2023\n   Convoca: Presidencia Pro Tempore de Honduras\n\nVolver\n", "es")
    assert ("rcm-wg-protection", "mentioned") in got, got
    got = _title_mention(tools, "Inicio\nACTIVIDADES\n\n1. Sesión Ordinaria del Grupo de Trabajo sobre Migración Laboral\n"
                                "   Fecha: 02/10/2023\n   Convoca: Presidencia Pro Tempore de Honduras\n\nVolver\n", "es")
    assert ("rcm-wg-labor-migration", "mentioned") in got, got


def test_working_group_named_in_an_english_title_is_mentioned(tools):  # noqa: F811
    got = _title_mention(tools, "Home\nACTIVITIES\n\n1. In-person Meeting of the Working Group on Protection\n"
                                "   Date: 02/10/2023\n   Convened by: Pro Tempore Presidency of Honduras\n\nBack\n", "en")
    assert ("rcm-wg-protection", "mentioned") in got, got


# -- a body acting through its own programme: both have the role ("X, a través de su Programa Y, brindó apoyo") ---

def _country_rows(tools, row: str, lang: str):  # noqa: F811
    head = ("Inicio » Países Miembros » Honduras\nHONDURAS\n\nActividad | Fecha | Lugar | Detalle\n" if lang == "es"
            else "Home » Member Countries » Honduras\nHONDURAS\n\nActivity | Date | Place | Details\n")
    page = Page(path="p.txt", url="https://example.org/members/honduras", text=head + row + "\n\nVolver\n", lang=lang,
                layout="country")
    return [run(tools, page, e) for e in parse_page(page).events]


def test_body_acting_through_its_programme_supports_es(tools):  # noqa: F811
    xs = _country_rows(tools, "Encuentro Regional de Autoridades Consulares | 4 y 5 de mayo de 2021 | Tegucigalpa | "
                              "Convocado por la Presidencia Pro Tempore de Honduras. El Fondo de las Naciones Unidas "
                              "para la Infancia, a través de su Programa Regional Andino, brindó apoyo logístico para "
                              "el encuentro.", "es")
    got = pairs(xs[0])
    assert ("unicef", "supporter") in got and ("unicef", "mentioned") not in got, got


def test_body_acting_through_its_programme_supports_en(tools):  # noqa: F811
    xs = _country_rows(tools, "Regional Meeting of Consular Authorities | 4-5 May 2021 | Tegucigalpa | Convened by the "
                              "Pro Tempore Presidency of Honduras. The United Nations Children's Fund, through its "
                              "Andean Regional Programme, provided logistical support for the meeting.", "en")
    got = pairs(xs[0])
    assert ("unicef", "supporter") in got and ("unicef", "mentioned") not in got, got


# -- Spain and the United Nations as such are known bodies (country pages' prose, both languages) ---------------------

def test_spain_and_the_united_nations_take_part_en(tools):  # noqa: F811
    xs = _country_rows(tools, "Regional Seminar on Consular Assistance | 8 March 2004 | San Pedro Sula | The Government "
                              "of Honduras hosted the seminar, attended by 40 officials from the Central American "
                              "countries and Spain; UNICEF, the United Nations and the OAS took part as observers.", "en")
    got = pairs(xs[0])
    assert {("gov-es", "participant"), ("un", "participant"), ("unicef", "participant")} <= got, got


def test_spain_and_the_united_nations_take_part_es(tools):  # noqa: F811
    xs = _country_rows(tools, "Seminario Regional sobre Asistencia Consular | 8 de marzo de 2004 | San Pedro Sula | "
                              "El Gobierno de Honduras fue anfitrión del seminario. Asistieron delegaciones de Panamá y "
                              "de España; participaron como observadores el UNICEF, las Naciones Unidas y la OEA.", "es")
    got = pairs(xs[0])
    assert {("gov-es", "participant"), ("un", "participant"), ("unicef", "participant")} <= got, got


def test_a_body_of_the_united_nations_is_not_the_united_nations(tools):  # noqa: F811
    xs = _country_rows(tools, "Seminario Regional sobre Asistencia Consular | 8 de marzo de 2004 | San Pedro Sula | "
                              "Expuso la Oficina de las Naciones Unidas de Servicios para Proyectos en Honduras.", "es")
    assert not {(a, r) for a, r in pairs(xs[0]) if a == "un"}, pairs(xs[0])
    xs = _country_rows(tools, "Regional Seminar on Consular Assistance | 8 March 2004 | San Pedro Sula | The United "
                              "Nations Office for Project Services in Honduras gave a presentation. UN Women attended.",
                       "en")
    assert not {(a, r) for a, r in pairs(xs[0]) if a == "un"}, pairs(xs[0])
