"""Event pages' wordings and chrome (issue 13, mentions, round 12): where the money came from, a body that sends an
instructor, a study presented with its article, the collaboration an event "contó con", the verb first after an
adverb, a unit named with its parent, a country inside a body's bracketed acronym, a body's own numbered meeting in a
relative clause, a place visited or where a session was held, the page's tail after the event (pager, related events,
share buttons) and a closing documents list. Texts written for these tests (no held-out page's wording)."""

from __future__ import annotations

import pytest
from test_roles_rules import ref, tools  # noqa: F401  (fixtures)

from rcpkg.loaders.extract import extract
from rcpkg.loaders.gazetteer import Mention
from rcpkg.loaders.layouts import parse_page
from rcpkg.loaders.records import Page
from rcpkg.loaders.roles import assign_roles


def _m(text: str, surface: str, eid: str, kind: str = "name") -> Mention:
    i = text.index(surface)
    return Mention(eid, i, i + len(surface), surface, kind)


def _roles(text: str, *names: tuple) -> list[tuple[str, str]]:
    return [(m.entity_id, r) for m, r in assign_roles(text, [_m(text, *n) for n in names])]


@pytest.mark.parametrize("text, name", [
    ("Funding for the seminar came from the Nordic Development Fund.", "Nordic Development Fund"),
    ("The funds for this regional course were provided from the Andean Solidarity Trust.", "Andean Solidarity Trust"),
    ("El financiamiento del taller provino de la Fundación Horizonte Sur.", "Fundación Horizonte Sur"),
    ("Los fondos para este curso vinieron del Banco Regional de Fomento.", "Banco Regional de Fomento"),
])
def test_where_the_money_came_from_funds(text, name):
    assert _roles(text, (name, "x")) == [("x", "funder")]


@pytest.mark.parametrize("text, name", [
    ("The Border Police Academy sent an instructor for the practical sessions.", "Border Police Academy"),
    ("The Forensic Service sent two experts to the workshop.", "Forensic Service"),
    ("El Instituto de Medicina Legal envió a un capacitador para los ejercicios.", "Instituto de Medicina Legal"),
    ("La Escuela Diplomática envió dos ponentes al seminario.", "Escuela Diplomática"),
])
def test_a_body_that_sends_a_trainer_takes_part(text, name):
    assert _roles(text, (name, "x")) == [("x", "participant")]


@pytest.mark.parametrize("text, name", [
    ("The Centre for Labour Studies presented the study on seasonal workers.", "Centre for Labour Studies"),
    ("El Observatorio de Movilidad presentó el diagnóstico sobre trabajo agrícola.", "Observatorio de Movilidad"),
    ("La Universidad del Pacífico presentó los protocolos de atención.", "Universidad del Pacífico"),
])
def test_a_study_presented_with_its_article(text, name):
    assert _roles(text, (name, "x")) == [("x", "participant")]


@pytest.mark.parametrize("text, name", [
    ("El foro, que contó además con la colaboración de la Fundación Costera, reunió a 40 personas.",
     "Fundación Costera"),
    ("El taller contó con la colaboración del Instituto de Estadística.", "Instituto de Estadística"),
    ("The meeting counted on the collaboration of the Pacific Statistics Board.", "Pacific Statistics Board"),
])
def test_the_collaboration_an_event_had_is_support(text, name):
    assert _roles(text, (name, "x")) == [("x", "supporter")]


def test_in_collaboration_with_stays_an_organizer():
    text = "El taller se realizó en colaboración con la Fundación Costera."
    assert _roles(text, ("Fundación Costera", "x")) == [("x", "organizer")]


@pytest.mark.parametrize("text, name", [
    ("También asistieron los enlaces de la Red de Puntos Focales sobre Trata.", "Red de Puntos Focales sobre Trata"),
    ("Asimismo participó la Defensoría del Pueblo.", "Defensoría del Pueblo"),
    ("Also attending were the Coast Guard Service and the Port Authority.", "Coast Guard Service"),
    ("Participó como invitada especial la Secretaría Ejecutiva del Foro Andino.", "Secretaría Ejecutiva del Foro Andino"),
])
def test_the_verb_first_after_an_adverb(text, name):
    assert ("x", "participant") in _roles(text, (name, "x"))


@pytest.mark.parametrize("text, unit, parent, role", [
    ("The Working Group on Labour Mobility of the Andean Forum held a two-day workshop.",
     "Working Group on Labour Mobility", "Andean Forum", "organizer"),
    ("Participaron la Dirección de Asuntos Consulares (DAC) de la Cancillería Andina y otros.",
     "Dirección de Asuntos Consulares", "Cancillería Andina", "participant"),
    ("The Caribbean Programme of the Migration Agency provided logistical support.",
     "Caribbean Programme", "Migration Agency", "supporter"),
])
def test_a_unit_named_with_its_parent_is_the_unit_alone(text, unit, parent, role):
    assert _roles(text, (unit, "unit"), (parent, "parent")) == [("unit", role)]


def test_a_presidency_of_a_process_is_no_unit():
    text = "The workshop was convened by the Presidency Pro Tempore of the Andean Forum."
    got = _roles(text, ("Presidency Pro Tempore", "ppt"), ("Andean Forum", "forum"))
    assert ("forum", "convener") in got


def test_two_bodies_both_named_keep_their_mentions():
    text = "Meeting of the Focal Points of the Andean Forum"
    assert _roles(text, ("Focal Points", "fp"), ("Andean Forum", "forum")) == [("fp", "mentioned"), ("forum", "mentioned")]


@pytest.mark.parametrize("text, name, country", [
    ("La Facultad de Estudios Sociales (FES Bolivia) presentó el estudio sobre remesas.", "Facultad de Estudios Sociales",
     "Bolivia"),
    ("The Institute for Social Research (ISR Peru) presented the study on returnees.", "Institute for Social Research",
     "Peru"),
])
def test_a_country_inside_a_bracketed_acronym_is_part_of_it(text, name, country):
    assert _roles(text, (name, "x"), (country, "gov", "country")) == [("x", "participant")]


@pytest.mark.parametrize("text, name", [
    ("Las conclusiones se enviarán a la Red Andina de Migración, que celebró su segunda reunión en marzo.",
     "Red Andina de Migración"),
    ("The results will be shared with the Pacific Migration Dialogue, which held its third meeting in May.",
     "Pacific Migration Dialogue"),
])
def test_a_bodys_own_numbered_meeting_in_a_relative_clause_is_another_event(text, name):
    assert _roles(text, (name, "x")) == [("x", "mentioned")]


def test_a_body_holding_a_workshop_still_organizes_it():
    text = "The Pacific Migration Dialogue held a regional workshop in Suva."
    assert _roles(text, ("Pacific Migration Dialogue", "x")) == [("x", "organizer")]


@pytest.mark.parametrize("text, name", [
    ("El segundo día incluyó una visita al Centro de Acogida de Personas Retornadas.",
     "Centro de Acogida de Personas Retornadas"),
    ("The programme included a field visit to the Border Reception Centre.", "Border Reception Centre"),
    ("La jornada práctica se realizó en el Centro de Capacitación Aduanera.", "Centro de Capacitación Aduanera"),
    ("The simulation exercise was held at the National Police Academy.", "National Police Academy"),
])
def test_a_place_visited_or_where_a_session_was_held_is_a_venue(text, name):
    assert _roles(text, (name, "x")) == []


EN_PAGE = """Skip to main content
Regional Seminar on Labour Inspection
Lima, 4-5 March 2021
The seminar was organized by the International Labour Organization (ILO).
Tags: labour, inspection
Share: Facebook | LinkedIn
« Previous: Meeting of the Working Group on Border Management | Next: Workshop of the Pan American Health Organization »
Related events
Training of the United Nations High Commissioner for Refugees (2020)
"""

ES_PAGE = """Pasar al contenido principal
Taller Regional sobre Inspección Laboral
Quito, 4 y 5 de marzo de 2021
El taller fue organizado por la Organización Internacional del Trabajo (OIT).
Descargas: Agenda (PDF) · Relatoría (PDF)
Volver a eventos
Eventos relacionados
Curso del Alto Comisionado de las Naciones Unidas para los Refugiados (2020)
‹ Anterior | Siguiente ›
"""


@pytest.mark.parametrize("text, lang", [(EN_PAGE, "en"), (ES_PAGE, "es")])
def test_the_page_tail_after_the_event_is_no_text_of_it(tools, text, lang):  # noqa: F811
    page = Page(path="t.txt", url="https://example.org/events/seminar", text=text, lang=lang, layout="event")
    parsed = parse_page(page)
    (event,) = parsed.events
    gaz, themes = tools
    got = {(i.extracted.name if i.extracted else i.agent, i.role) for i in extract(page, event, gaz, themes).involvements}
    assert got == {("ilo", "organizer")}
    assert any("tail" in s or "documents list" in s for s in parsed.skipped)


@pytest.mark.parametrize("text, office", [
    ("Chile held the Presidency Pro Tempore in 2019 and hosted the Conference online through the National Migration "
     "Service.", "National Migration Service"),
    ("Perú ejerció la Presidencia Pro Tempore y acogió la reunión a través de la Superintendencia de Migraciones.",
     "Superintendencia de Migraciones"),
])
def test_the_presidency_holder_hosts_and_the_office_it_hosts_through(text, office):
    country = text.split()[0]
    got = _roles(text, (country, "gov", "country"), (office, "office"))
    assert ("gov", "host") in got and ("office", "host") in got


def test_holding_the_presidency_alone_hosts_nothing():
    text = "Chile held the Presidency Pro Tempore in 2019 and the Network met in Lima."
    assert ("gov", "host") not in _roles(text, ("Chile", "gov", "country"))


@pytest.mark.parametrize("text, name", [
    ("The Institute of Demography was responsible for the academic programme.", "Institute of Demography"),
    ("El Instituto de Estudios Laborales estuvo a cargo del programa académico.", "Instituto de Estudios Laborales"),
    ("La Escuela de Gobierno fue responsable del contenido del curso.", "Escuela de Gobierno"),
])
def test_who_made_the_programme_organizes(text, name):
    assert _roles(text, (name, "x")) == [("x", "organizer")]


@pytest.mark.parametrize("text, a, b", [
    ("Two trade unions took part for the first time: the Andean Labour Federation and the Port Workers Union.",
     "Andean Labour Federation", "Port Workers Union"),
    ("Participaron por primera vez dos redes de la sociedad civil: la Red Solidaria del Sur y la Pastoral Andina.",
     "Red Solidaria del Sur", "Pastoral Andina"),
])
def test_a_list_after_a_clause_of_taking_part(text, a, b):
    assert _roles(text, (a, "a"), (b, "b")) == [("a", "participant"), ("b", "participant")]


@pytest.mark.parametrize("text, name", [
    ("La Red de Casas del Migrante fue la organización anfitriona.", "Red de Casas del Migrante"),
    ("The Coastal Migrant Network was the host organization.", "Coastal Migrant Network"),
])
def test_the_host_organization(text, name):
    assert _roles(text, (name, "x")) == [("x", "host")]


def test_held_on_a_date_at_a_body_is_its_venue():
    text = "Held on 3 and 4 May 2018 at the National Technical University, the seminar gathered statisticians."
    assert _roles(text, ("National Technical University", "x")) == []


@pytest.mark.parametrize("text, office, body", [
    ("The forum opened with remarks by the Executive Director of the Andean Forum.", "Executive Director", "Andean Forum"),
    ("Intervino la Secretaria General del Foro Andino.", "Secretaria General", "Foro Andino"),
])
def test_an_office_held_by_a_person_stands_for_its_body(text, office, body):
    assert ("body", "participant") in _roles(text, (office, "office"), (body, "body"))


def test_a_directorate_of_a_ministry_is_the_directorate_alone():
    text = "The Directorate of Consular Affairs of the Andean Foreign Ministry presented the study on consulates."
    assert _roles(text, ("Directorate of Consular Affairs", "unit"), ("Andean Foreign Ministry", "parent")) \
        == [("unit", "participant")]
