"""Institution names and role cues (issue 13, h-names): the rules found on rules development
batches 16 and 17, each with a case it must accept and, where one exists, a case it must reject,
on sentences written for these tests (not the held-out pages' text)."""

from __future__ import annotations

import pytest
from test_roles_rules import ref, roles, tools  # noqa: F401 (fixtures shared with the role rules' tests)
from test_extract import make, run





def extracted(tools, title, body, **kw):
    page, event = make(title, body, **kw)
    x = run(tools, page, event)
    return {(i.extracted.name if i.extracted else i.agent, i.role) for i in x.involvements}, x


# -- sponsoring is support; paying is funding --------------------------------------------------

@pytest.mark.parametrize("text", [
    "The forum was sponsored by UNICEF.",
    "A seminar co-sponsored by UNICEF and held in the capital.",
    "Sponsored by UNICEF, the dialogue gathered mayors of border towns.",
    "El foro contó con el patrocinio de UNICEF.",
    "Un taller patrocinado por UNICEF en la frontera.",
    "Organized with the sponsorship of UNICEF.",
    "Sponsors: UNICEF.",
])
def test_sponsoring_makes_a_supporter(tools, text):
    assert roles(tools, text) == {("unicef", "supporter")}


@pytest.mark.parametrize("text", [
    "The forum was funded by UNICEF.",
    "The forum was financed by UNICEF.",
    "A course run with a grant from UNICEF.",
    "El foro fue financiado por UNICEF.",
    "Funders: UNICEF.",
])
def test_paying_makes_a_funder(tools, text):
    assert roles(tools, text) == {("unicef", "funder")}


# -- field labels: "Summary", "Coordination", "Contact", "Date and time", a role label alone ------

FIELDS_PAGE = """Skip to main content
Return and Reintegration
Upcoming and past events
Workshop on Reception Centres for Returnees
Place: Tegucigalpa, Honduras
Dates: 3 April 2019
Summary: Workshop organized by the Honduran Red Cross with the support of UNICEF.
Coordination: UNICEF; Honduran Red Cross
Contact: info@example.org
Dialogue on Returnee Employment
Location
Online
Date and time
Friday, 5 March 2021 - 10:00 to 12:00
Organizers
UNICEF; Pastoral de Movilidad Humana
About the event
The dialogue gathered employers from the region.
Email
info@example.org
"""


def _fields_events(text):
    from rcpkg.loaders.layouts import parse_page
    from rcpkg.loaders.records import Page
    page = Page(path="t.txt", url="https://crmsv.org/en/topics/return", text=text, lang="en", layout="fields")
    return page, parse_page(page).events


def test_summary_and_coordination_labels_are_fields(tools):
    page, events = _fields_events(FIELDS_PAGE)
    assert [e.titles[0].text for e in events] == ["Workshop on Reception Centres for Returnees",
                                                  "Dialogue on Returnee Employment"]
    first = events[0]
    assert first.coordinating is not None and first.coordinating.exact == "UNICEF; Honduran Red Cross"
    x = run(tools, page, first)
    got = {(i.extracted.name if i.extracted else i.agent, i.role) for i in x.involvements}
    assert ("unicef", "supporter") in got and ("unicef", "coordinator") in got
    assert not any("Contact" in str(w) for w in x.warnings)


def test_a_role_label_alone_on_its_line_heads_the_list_under_it(tools):
    page, events = _fields_events(FIELDS_PAGE)
    second = events[1]
    assert second.dates is not None and second.online
    got = {(i.extracted.name if i.extracted else i.agent, i.role) for i in run(tools, page, second).involvements}
    assert ("unicef", "organizer") in got
    assert ("Pastoral de Movilidad Humana", "organizer") in got


# -- presenting, speaking, being a special guest ------------------------------------------------

@pytest.mark.parametrize("text,agent", [
    ("UNICEF presented a study on returned children.", "unicef"),
    ("UNICEF will present its new protocol.", "unicef"),
    ("UNICEF delivered a statement on behalf of the agencies.", "unicef"),
    ("UNICEF took the floor at the closing session.", "unicef"),
    ("UNICEF presentó un diagnóstico regional.", "unicef"),
    ("La OIM fue invitada especial del encuentro.", "iom"),
])
def test_a_body_that_presents_or_speaks_takes_part(tools, text, agent):
    assert (agent, "participant") in roles(tools, text)


def test_what_is_presented_by_a_body_is_not_its_taking_part(tools):
    assert ("unicef", "participant") not in roles(tools, "A study presented by UNICEF was discussed.")


def test_an_agreement_is_no_institution(tools):
    got, x = extracted(tools, "Reunión", "México, cofacilitador del Pacto Mundial para la Migración, participó.")
    assert not any("Pacto" in name for name, _ in got)


# -- names: enumerations with commas, two-word names of banks and cooperatives ---------------------

def _names(got):
    return {name for name, _ in got}


@pytest.mark.parametrize("body, name", [
    ("The workshop was organized by the Office of Housing, Lands, and Settlements of Belize.",
     "Office of Housing, Lands, and Settlements of Belize"),
    ("The workshop was organized by the Office of Housing, Lands and Settlements.",
     "Office of Housing, Lands and Settlements"),
    ("El taller fue organizado por la Superintendencia de Bancos, Valores y Seguros, con el apoyo de la OIM.",
     "Superintendencia de Bancos, Valores y Seguros"),
    ("Taller organizado por la Unidad de Empleo, Formación e Inserción Laboral del Ministerio de Trabajo.",
     "Unidad de Empleo, Formación e Inserción Laboral del Ministerio de Trabajo"),
])
def test_a_remit_enumerated_with_commas_stays_in_one_name(tools, body, name):
    got, _ = extracted(tools, "Taller", body)
    assert name in _names(got)


def test_a_list_of_bodies_after_a_comma_stays_a_list(tools):
    got, _ = extracted(tools, "Taller", "Organizado por el Ministerio de Salud, la Fundación Nueva Vida y la OIM.")
    assert {"Ministerio de Salud", "Fundación Nueva Vida"} <= _names(got)


@pytest.mark.parametrize("body, name", [
    ("El foro contó con el patrocinio de Caja Tacna.", "Caja Tacna"),
    ("Participaron la Cooperativa Manos Unidas y la OIM.", "Cooperativa Manos Unidas"),
    ("Con el apoyo de la Entidad Binacional del Río Sur.", "Entidad Binacional del Río Sur"),
    ("Organized with the sponsorship of Andesbank.", "Andesbank"),
    ("Participaron la Cámara de Comercio e Industria de Tarija y la OIM.", "Cámara de Comercio e Industria de Tarija"),
])
def test_a_bank_or_a_cooperative_named_in_two_words_is_an_institution(tools, body, name):
    got, _ = extracted(tools, "Foro", body)
    assert name in _names(got)


def test_two_capitalised_words_with_no_institution_word_stay_a_person(tools):
    got, x = extracted(tools, "Forum", "The forum was sponsored by Ana Pérez and by UNICEF.")
    assert got == {("unicef", "supporter")}
    assert not any("Pérez" in (w.value or "") + w.message for w in x.warnings)


# -- units inside units: a known organization's programme, centre, fund, representation -----------

@pytest.mark.parametrize("body, name, role, parent", [
    ("Course delivered by the Regional Training Centre of the ILO for labour inspectors.",
     "Regional Training Centre of the ILO", "organizer", "ilo"),
    ("The meeting was funded by the IOM Emergency Fund.", "IOM Emergency Fund", "funder", "iom"),
    ("Taller con el apoyo de la Representación del ACNUR en Guatemala.", "Representación del ACNUR en Guatemala",
     "supporter", "unhcr"),
    ("Organized by the Livelihoods Programme of the UNHCR Representation in Panama.",
     "Livelihoods Programme of the UNHCR Representation in Panama", "organizer", "unhcr"),
    ("Participó la Oficina de la OIT para Panamá y Cuba.", "Oficina de la OIT para Panamá y Cuba", "participant", "ilo"),
    ("Participó el Consulado de Honduras en Tapachula.", "Consulado de Honduras en Tapachula", "participant", "gov-hn"),
])
def test_a_unit_named_with_its_parent_is_the_unit_alone(tools, body, name, role, parent):
    got, x = extracted(tools, "Taller", body)
    assert (name, role) in got
    unit = next(i.extracted for i in x.involvements if i.extracted and i.extracted.name == name)
    assert unit.parent == parent
    assert not any(i.agent == parent for i in x.involvements)  # the parent is no second actor


# -- plural governments, appositions, background sentences -----------------------------------------

def test_governments_the_reference_lacks_are_warned_not_made_one_institution(tools):
    got, x = extracted(tools, "Workshop", "Funded by the Governments of Norway and Finland.")
    assert not any("Governments" in name for name, _ in got)
    assert any("governments.yaml" in w.message for w in x.warnings)


def test_an_apposition_between_a_body_and_its_verb_is_passed_over(tools):
    got = roles(tools, "El Salvador, coordinator of the regional network, attended the meeting.")
    assert ("gov-sv", "participant") in got
    got, _ = extracted(tools, "Reunión", "Panamá, signatario del Pacto Mundial para la Migración, fue invitado especial.")
    assert ("gov-pa", "participant") in got


@pytest.mark.parametrize("body", [
    "Como antecedente, una primera jornada se realizó con el apoyo de UNICEF.",
    "Background: the first edition was funded by UNICEF.",
])
def test_a_background_sentence_names_bodies_only(tools, body):
    got, _ = extracted(tools, "Taller", body)
    assert got == {("unicef", "mentioned")}


# -- officials with their remit, a presidency clause, a pager -----------------------------------------

def test_officials_with_their_remit_are_their_countrys(tools):
    got = roles(tools, "Asistieron funcionarios de migración de Guatemala y de Honduras.")
    assert {("gov-gt", "participant"), ("gov-hn", "participant")} <= got


def test_a_body_that_holds_the_presidency_takes_the_verbs_role(tools):
    got, _ = extracted(tools, "Meeting", "The Ministry of Labour of Panama, which holds the Presidency Pro Tempore, "
                                         "convened the meeting.")
    assert ("Ministry of Labour of Panama", "convener") in got


def test_a_pager_line_is_no_event():
    from rcpkg.loaders.layouts import parse_page
    from rcpkg.loaders.records import Page
    text = ("Skip to main content\nHome › Events\nWorkshop on Border Health Workshop on Border Health\n\n"
            "Workshop organized by UNICEF.\n\nSan José\n« First ‹ Previous 2 3 4 Next › Last »\n"
            "Web design: communications team\n")
    events = parse_page(Page(path="l.txt", url="https://rcmvs.org/en/events?page=3", text=text, lang="en",
                             layout="listing")).events
    assert [e.titles[0].text for e in events] == ["Workshop on Border Health"]


# -- a "+" in a programme's name, a bureau, a clinic, "y el auspicio de", people between two names, a study ----

def test_a_programme_named_with_a_plus_keeps_its_parent(tools):
    got, _ = extracted(tools, "Seminario", "Seminario con financiamiento del Programa SALUDmigra+ de la Unión Europea.")
    assert ("Programa SALUDmigra+ de la Unión Europea", "funder") in got


@pytest.mark.parametrize("body, name, role", [
    ("Con el apoyo técnico del Buró Regional del ACNUR para las Américas.", "Buró Regional del ACNUR para las Américas",
     "supporter"),
    ("Patrocinado por la Clínica Jurídica de Migrantes y Refugiados de la Universidad del Litoral.",
     "Clínica Jurídica de Migrantes y Refugiados de la Universidad del Litoral", "supporter"),
])
def test_a_bureau_or_a_clinic_is_one_name(tools, body, name, role):
    got, _ = extracted(tools, "Taller", body)
    assert (name, role) in got


def test_the_auspices_after_another_role(tools):
    assert ("unicef", "supporter") in roles(tools, "Con la asistencia técnica de la OIM y el auspicio de UNICEF.")


def test_people_between_two_names_keep_the_run(tools):
    got = roles(tools, "UNICEF and researchers from IOM presented their findings.")
    assert {("unicef", "participant"), ("iom", "participant")} <= got


def test_a_role_phrase_about_a_study_is_the_studys(tools):
    got, _ = extracted(tools, "Dialogue", "Findings of a study by IOM, supported by UNICEF, were discussed.")
    assert ("unicef", "mentioned") in got and ("unicef", "supporter") not in got


# -- two participles before one "by"; a labelled place with its country in brackets --------------

@pytest.mark.parametrize("text, pair", [
    ("Hosted and organized by UNICEF.", {("unicef", "host"), ("unicef", "organizer")}),
    ("Convocado y organizado por UNICEF.", {("unicef", "convener"), ("unicef", "organizer")}),
])
def test_two_participles_give_both_roles(tools, text, pair):
    got, _ = extracted(tools, "Taller", text)
    assert pair <= got


def test_a_labelled_city_with_its_country_in_brackets_is_a_meta_line():
    from rcpkg.loaders.layouts import parse_page
    from rcpkg.loaders.records import Page
    text = ("Saltar al contenido principal\nInicio / Eventos\nTaller sobre Empleo Juvenil\nCiudad: Lima, Perú\n"
            "Fechas: 3 de mayo de 2019\nTaller organizado por la OIM.\n\nEncuentro de Redes Juveniles\n"
            "Ciudad: Encarnación (Paraguay)\nFechas: 1 y 2 de junio de 2016\nEncuentro convocado por UNICEF.\n")
    events = parse_page(Page(path="l.txt", url="https://csmigraciones.org/es/eventos?page=9", text=text, lang="es",
                             layout="listing")).events
    assert [e.titles[0].text for e in events] == ["Taller sobre Empleo Juvenil", "Encuentro de Redes Juveniles"]


def test_a_verb_opening_the_sentence_is_not_part_of_the_name(tools):
    got, _ = extracted(tools, "Foro", "Participaron CARE Ecuador y la Cámara de Comercio de Quito.")
    assert ("CARE Ecuador", "participant") in got


# -- wordings the held-out conventions list ---------------------------------------------------------

@pytest.mark.parametrize("text, pair", [
    ("UNICEF and IOM co-host the workshop.", ("unicef", "host")),
    ("UNICEF and IOM support the sessions.", ("iom", "supporter")),
    ("The forum, which UNICEF convenes with IOM, opens today.", ("iom", "convener")),
    ("Presenters came from UNICEF and from IOM.", ("iom", "participant")),
    ("UNICEF sent field officers to take part.", ("unicef", "participant")),
    ("Fue anfitriona la OIM.", ("iom", "host")),
    ("Seminario convocado por la OIM; expusieron UNICEF y el ACNUR.", ("unhcr", "participant")),
])
def test_listed_wordings(tools, text, pair):
    assert pair in roles(tools, text)


@pytest.mark.parametrize("text, pair", [
    ("El encuentro fue copatrocinado por UNICEF.", ("unicef", "supporter")),
    ("UNICEF fue sede del taller.", ("unicef", "host")),
])
def test_co_sponsoring_and_being_the_seat(tools, text, pair):
    assert pair in roles(tools, text)


def test_the_seat_of_the_next_meeting_is_no_host(tools):
    assert ("gov-co", "host") not in roles(tools, "Colombia será la sede de la próxima Conferencia.")


@pytest.mark.parametrize("text, pairs", [
    ("The event benefited from the support of UNHCR.", {("unhcr", "supporter")}),
    ("Los anfitriones fueron el Gobierno de Panamá y la OIM.", {("gov-pa", "host"), ("iom", "host")}),
    ("The hosts were UNICEF and IOM.", {("unicef", "host"), ("iom", "host")}),
])
def test_support_benefited_from_and_hosts_named_first(tools, text, pairs):
    assert pairs <= roles(tools, text)


def test_a_network_named_for_those_it_works_with(tools):
    got, _ = extracted(tools, "Taller", "Taller organizado por la Red Jesuita con Migrantes Centroamérica y la OIM.")
    assert ("Red Jesuita con Migrantes Centroamérica", "organizer") in got
    got, _ = extracted(tools, "Taller", "The workshop was organized by UNICEF with IOM.")
    assert not any(" with " in name for name, _ in got)


# -- a remit ending with a place, then the whole name's acronym ------------------------------------

@pytest.mark.parametrize("body, name, acronym", [
    ("Organized by the Regional Platform for Displaced Persons from Venezuela (RPDV) with UNICEF.",
     "Regional Platform for Displaced Persons from Venezuela", "RPDV"),
    ("Organizado por el Centro de Estudios para la Movilidad en América Central y Panamá (CEMAC) y la OIM.",
     "Centro de Estudios para la Movilidad en América Central y Panamá", "CEMAC"),
])
def test_a_place_before_the_acronym_is_part_of_the_name(tools, body, name, acronym):
    got, x = extracted(tools, "Taller", body)
    assert (name, "organizer") in got
    assert next(i.extracted for i in x.involvements if i.extracted and i.extracted.name == name).acronym == acronym
    assert not any(agent in ("gov-ve", "gov-pa") for agent, _ in got)


def test_another_body_before_an_acronym_is_not_a_place(tools):
    got, _ = extracted(tools, "Taller", "Participaron la Municipalidad de Arica y el Instituto Nacional de Estadísticas (INE).")
    assert {"Municipalidad de Arica", "Instituto Nacional de Estadísticas"} <= {n for n, _ in got}


def test_an_acronym_after_con_spells_the_whole_name(tools):
    got, _ = extracted(tools, "Taller", "Con el apoyo del Consejo Nacional para la Atención de las Personas con "
                                        "Discapacidad (CONAPDIS).")
    assert ("Consejo Nacional para la Atención de las Personas con Discapacidad", "supporter") in got
    assert not any(name == "Discapacidad" for name, _ in got)


@pytest.mark.parametrize("text, pair", [
    ("A workshop for labour inspectors, organized with the ILO.", ("ilo", "organizer")),
    ("Sponsored by UNICEF and organized with the ILO.", ("ilo", "organizer")),
    ("Organized by UNICEF for the members of the Regional Consultation Group on Migration.", ("rcm-rcgm", "participant")),
])
def test_organized_with_and_for_the_members_of(tools, text, pair):
    assert pair in roles(tools, text)


def test_organized_with_the_support_of_is_support(tools):
    assert roles(tools, "The course, organized with the support of UNICEF, ended.") == {("unicef", "supporter")}


def test_a_process_presidency_held_by_a_country(tools):
    got, _ = extracted(tools, "Meeting", "Convened in Quito by the SACM Presidency Pro Tempore, held by Ecuador.")
    assert got == {("gov-ec", "convener")}


def test_a_body_that_delivered_a_session_took_part(tools):
    assert ("unicef", "participant") in roles(tools, "UNICEF delivered a session on child protection.")


def test_an_owner_named_apart_from_its_unit_is_mentioned(tools):
    got, _ = extracted(tools, "Event", "Organized by the Caribbean Export Development Agency's CEDA Lab on 3 May 2021.")
    assert ("CEDA Lab", "organizer") in got
    assert ("Caribbean Export Development Agency", "mentioned") in got


def test_an_example_of_a_class_of_institutions_is_mentioned(tools):
    got, _ = extracted(tools, "Taller", "Asistieron funcionarios de Guatemala y organizaciones humanitarias como "
                                        "Corazones Sin Fronteras.")
    assert ("Corazones Sin Fronteras", "mentioned") in got
