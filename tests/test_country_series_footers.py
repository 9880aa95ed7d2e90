"""issue 13 (h-r8b): plural endings in field labels, a site's credit and signature lines as footers, and a
numbered conference's process named in its own text as its series; own examples, English and Spanish."""

from __future__ import annotations

import pytest
from test_roles_rules import ref, tools  # noqa: F401  (fixtures)

from rcpkg.loaders.extract import extract
from rcpkg.loaders.layouts import blocks, labels, parse_page
from rcpkg.loaders.records import Page


@pytest.mark.parametrize("line, key, role", [
    ("Coordinating institution(s): Ministry of Labour; ILO", "coordinating", None),
    ("Institución(es) coordinadora(s): Ministerio de Trabajo", "coordinating", None),
    ("Organizador(es): OIM", "role", "organizer"),
    ("Sponsor(s): UNHCR", "role", "supporter"),
    ("Anfitrión(a): Cancillería", "role", "host"),
])
def test_a_plural_ending_in_a_label(line, key, role):
    lab = labels.find(line)
    assert lab is not None and (lab.key, lab.role) == (key, role)


@pytest.mark.parametrize("line", ["Nota (1): algo"])
def test_a_parenthesis_that_is_no_plural_ending_is_no_label(line):
    assert labels.find(line) is None


@pytest.mark.parametrize("line", ["Venue (main hall): Hotel Real", "Lugar (sala principal): Hotel Real"])
def test_a_note_in_brackets_after_a_label_keeps_the_label(line):
    # (round 33, fields33: "Organizers (in alphabetical order):", "Coordinación general (moderó todas las sesiones)":
    # the note in brackets is no part of the value)
    lab = labels.find(line)
    assert lab is not None and lab.key == "place" and line[lab.value_start:] == "Hotel Real"


@pytest.mark.parametrize("line, footer", [
    ("South American Network of Migration Offices · All rights reserved", True),
    ("Red de Oficinas de Migración · Todos los derechos reservados 2031", True),
    ("Site of the Network ©", True),
    ("Migration Network | Technical Secretariat | Lima, Peru", True),
    ("Red de Migración · Secretaría Técnica · Quito, Ecuador", True),
    ("Fecha: 3 de marzo | Lugar: Lima", False),
    ("12 May 2030 | Lima, Peru", False),
    ("Member States: Peru · Chile · Ecuador", False),
    ("Workshop on Borders | Taller sobre Fronteras", False),
    ("The network met in Lima · its secretariat reported.", False),
])
def test_a_credit_or_signature_line_is_a_footer(line, footer):
    assert blocks.is_footer(line) is footer


def _country(text, lang):
    page = Page(path="t.txt", url="https://example.org/country/x", text=text, lang=lang, layout="country")
    return page, parse_page(page).events


@pytest.mark.parametrize("text, lang", [
    ("Skip to main content\nCOUNTRY\nEvents in Honduras\n\nXXXI Regional Conference on Migration\n"
     "Tegucigalpa, 5-6 May 2031\nThe Government of Honduras hosted the XXXI RCM, which approved the RCM Charter.\n",
     "en"),
    ("Pasar al contenido principal\nPAÍS\nEventos en Perú\n\nXXV Conferencia Suramericana sobre Migraciones\n"
     "Lima, 5 y 6 de mayo de 2031\nEl Gobierno del Perú fue sede de la XXV CSM, que aprobó la Carta de la CSM.\n",
     "es"),
])
def test_a_numbered_conferences_process_in_its_text_is_its_series(tools, text, lang):
    page, events = _country(text, lang)
    gaz, themes = tools
    got = {(i.agent, i.role) for e in events for i in extract(page, e, gaz, themes).involvements}
    assert not {a for a, r in got if r == "mentioned"} & {"rcm", "sacm"}
    assert any(r == "host" for _, r in got)


def test_a_meeting_that_is_no_conference_still_mentions_the_process(tools):
    text = ("Skip to main content\nCOUNTRY\nEvents in Honduras\n\nWorkshop on Labour Migration\n"
            "Tegucigalpa, 5-6 May 2031\nA workshop held in the framework of the RCM.\n")
    page, events = _country(text, "en")
    gaz, themes = tools
    got = {(i.agent, i.role) for e in events for i in extract(page, e, gaz, themes).involvements}
    assert ("rcm", "mentioned") in got


@pytest.mark.parametrize("text, agents", [
    ("Dirigido a: Técnicos de la OIM y del ACNUR", {("iom", "participant"), ("unhcr", "participant")}),
    ("Asistieron oficiales de la OIM.", {("iom", "participant")}),
    ("Technicians of UNICEF attended the course.", {("unicef", "participant")}),
    ("Target audience: technicians from UNHCR", {("unhcr", "participant")}),
])
def test_a_bodys_technical_staff_take_part(tools, text, agents):
    from rcpkg.loaders.roles import assign_roles
    gaz = tools[0]
    assert {(m.entity_id, role) for m, role in assign_roles(text, gaz.find(text))} == agents


@pytest.mark.parametrize("text, agents", [
    # in charge of the organisation
    ("IOM and UNHCR took charge of the organization of the forum.", {("iom", "organizer"), ("unhcr", "organizer")}),
    ("UNICEF was responsible for organizing the course.", {("unicef", "organizer")}),
    ("La OIM y el ACNUR tuvieron a su cargo la organización del taller.",
     {("iom", "organizer"), ("unhcr", "organizer")}),
    ("El ACNUR tendrá a su cargo la logística.", {("unhcr", "organizer")}),
    # the trainers' body delivers the training
    ("Delivered by officials of IOM and UNHCR, the course covered asylum.", {("iom", "organizer"), ("unhcr", "organizer")}),
    ("The course was taught by experts from UNICEF.", {("unicef", "organizer")}),
    ("Impartido por funcionarios de la OIM y del ACNUR, el taller abordó el asilo.",
     {("iom", "organizer"), ("unhcr", "organizer")}),
    ("Dictado por especialistas de migración de la OIM.", {("iom", "organizer")}),
    # ", together with Y," between a subject and its verb: both have the verb's role
    ("IOM, together with UNHCR, hosted the workshop.", {("iom", "host"), ("unhcr", "host")}),
    ("UNICEF, along with IOM, funded the meeting.", {("unicef", "funder"), ("iom", "funder")}),
    ("La OIM, junto con el ACNUR, fue anfitriona del taller.", {("iom", "host"), ("unhcr", "host")}),
    ("El UNICEF, junto con la OIM, organizó el curso.", {("unicef", "organizer"), ("iom", "organizer")}),
    # unchanged: "organized by X together with Y"
    ("Organized by IOM together with UNHCR, the workshop met twice.", {("iom", "organizer"), ("unhcr", "organizer")}),
])
def test_prose_roles_of_country_pages(tools, text, agents):
    from rcpkg.loaders.roles import assign_roles
    gaz = tools[0]
    assert {(m.entity_id, role) for m, role in assign_roles(text, gaz.find(text))} == agents


@pytest.mark.parametrize("text, agents", [
    ("Organized by Panama, as chair of the RCM, with IOM and UNHCR, the workshop met.",
     {("gov-pa", "organizer"), ("iom", "organizer"), ("unhcr", "organizer")}),
    ("Organizado por Panamá, en su calidad de presidencia de la CRM, con la OIM y el ACNUR, el taller sesionó.",
     {("gov-pa", "organizer"), ("iom", "organizer"), ("unhcr", "organizer")}),
    ("Organized by Panama with IOM, the workshop met.", {("gov-pa", "organizer"), ("iom", "organizer")}),
])
def test_a_run_items_capacity_is_skipped(tools, text, agents):
    from rcpkg.loaders.roles import assign_roles
    gaz = tools[0]
    assert {(m.entity_id, role) for m, role in assign_roles(text, gaz.find(text))} == agents


@pytest.mark.parametrize("title, body", [
    ("Workshop on Borders", "IOM organized the sessions at the Hotel Marlin Azul, with UNHCR."),
    ("Taller sobre Fronteras", "La OIM organizó las sesiones en el Hotel Marlin Azul, con el ACNUR."),
    ("Foro sobre Empleo", "El foro se celebró en el Auditorio Monseñor Romero de la universidad."),
])
def test_a_venue_is_no_institution(tools, title, body):
    from test_extract import make, run
    page, event = make(title, body)
    assert not [i for i in run(tools, page, event).involvements
                if i.extracted and i.extracted.name.split()[0] in ("Hotel", "Auditorio")]


@pytest.mark.parametrize("title, body, country", [
    ("Workshop on Borders", "Participants: National Migration Directorate (Peru); Migration Service (Chile)", "gov-pe"),
    ("Taller sobre Fronteras", "Participantes: Dirección Nacional de Migración (Perú); Servicio de Migración (Chile)",
     "gov-cl"),
    ("Workshop on Borders", "Partners: UNHCR Field Office in the Republic of Peru", "gov-pe"),
    ("Taller sobre Fronteras", "Organiza: Oficina Técnica de la OIM en el Perú", "gov-pe"),
])
def test_a_country_that_qualifies_a_name_is_a_place(tools, title, body, country):
    from test_extract import make, run
    page, event = make(title, body)
    assert country not in {i.agent for i in run(tools, page, event).involvements}


@pytest.mark.parametrize("text, agents", [
    ("El taller se realizó en el marco de la Comunidad Andina (CAN); la OIM fue anfitriona.",
     {("andean-community", "mentioned"), ("iom", "host")}),
    ("The workshop was part of the work of UNICEF; IOM hosted it.", {("unicef", "mentioned"), ("iom", "host")}),
    ("UNICEF and IOM hosted it.", {("unicef", "host"), ("iom", "host")}),
])
def test_a_semicolon_closes_a_backward_run(tools, text, agents):
    from rcpkg.loaders.roles import assign_roles
    gaz = tools[0]
    assert {(m.entity_id, role) for m, role in assign_roles(text, gaz.find(text))} == agents


@pytest.mark.parametrize("title, body, gov", [
    ("Taller sobre Fronteras", "La Cancillería peruana fue anfitriona del taller.", "gov-pe"),
    ("Reunión Técnica", "El Ministerio de Relaciones Exteriores chileno fue anfitrión de la reunión.", "gov-cl"),
])
def test_a_foreign_ministry_with_its_countrys_adjective(tools, title, body, gov):
    from test_extract import make, run
    page, event = make(title, body)
    got = run(tools, page, event).involvements
    assert [(i.extracted.parent, i.role) for i in got if i.extracted] == [(gov, "host")]
    assert gov not in {i.agent for i in got}
