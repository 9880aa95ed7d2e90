"""Prose roles on event pages (issue 13, round 14, roles4): a capacity clause between the subject and its verb ("X
and Y, as chairs of ..., convened"), a relative clause whose verb is the same subject's ("X hosted the course, which
it organized with Y"), an earlier time opening a sentence ("Earlier ...": mentioned only), a body that offers to host
a later meeting (mentioned), the officials of a government's service centres, and the singular "Organizador:" label.
Texts written for these tests (no held-out page's wording)."""

from __future__ import annotations

import pytest
from test_roles_rules import ref, tools  # noqa: F401  (fixtures)

from rcpkg.loaders.extract import extract
from rcpkg.loaders.gazetteer import Mention
from rcpkg.loaders.layouts import labels, parse_page
from rcpkg.loaders.records import Page
from rcpkg.loaders.roles import assign_roles


def _m(text: str, surface: str, eid: str, kind: str = "name") -> Mention:
    i = text.index(surface)
    return Mention(eid, i, i + len(surface), surface, kind)


def _roles(text: str, *names: tuple) -> list[tuple[str, str]]:
    return sorted((m.entity_id, r) for m, r in assign_roles(text, [_m(text, *n) for n in names]))


def _page(tools, text: str, lang: str, url: str = "https://example.org/events/workshop"):  # noqa: F811
    page = Page(path="t.txt", url=url, text=text, lang=lang, layout="event")
    (event,) = parse_page(page).events
    gaz, themes = tools
    x = extract(page, event, gaz, themes)
    return {(i.extracted.name if i.extracted else i.agent, i.role) for i in x.involvements}


@pytest.mark.parametrize("text, a, b", [
    ("Chile and Peru, as holders of the rotating chairs of both forums, convened the dialogue.", "Chile", "Peru"),
    ("Brazil and Colombia, as co-chairs of the network, hosted the exchange in June.", "Brazil", "Colombia"),
    ("Bolivia y Ecuador, como titulares de las presidencias de ambos procesos, convocaron el encuentro.",
     "Bolivia", "Ecuador"),
    ("Argentina y Uruguay, como presidentes del foro regional, organizaron la jornada.", "Argentina", "Uruguay"),
])
def test_a_capacity_clause_between_the_subject_and_its_verb(text, a, b):
    got = _roles(text, (a, "a", "country"), (b, "b", "country"))
    assert ("a", "mentioned") not in got and len({r for _, r in got}) == 1
    assert {e for e, _ in got} == {"a", "b"} and got[0][1] in ("convener", "host", "organizer")


@pytest.mark.parametrize("text, subject, other, roles", [
    ("The Andean Labour Office hosted the course, which it organized with the Coastal Fund.",
     "Andean Labour Office", "Coastal Fund", ("host", "organizer")),
    ("The River Basin Agency convened the forum, which it also funded together with the Pacific Bank.",
     "River Basin Agency", "Pacific Bank", ("convener", "funder")),
    ("El Instituto del Litoral fue el anfitrión de la jornada, que organizó junto con la Fundación Sur.",
     "Instituto del Litoral", "Fundación Sur", ("host", "organizer")),
    ("La Oficina Andina fue la anfitriona del curso, que también organizó con la Red Costera.",
     "Oficina Andina", "Red Costera", ("host", "organizer")),
])
def test_a_relative_clause_whose_verb_is_the_subjects(text, subject, other, roles):
    got = _roles(text, (subject, "s"), (other, "o"))
    assert ("s", roles[0]) in got and ("s", roles[1]) in got and ("o", roles[1]) in got


@pytest.mark.parametrize("text", [
    "The Andean Labour Office hosted the course, which was funded by the Coastal Fund.",
    "La Oficina Andina fue la anfitriona del curso, que reunió a la Red Costera.",
])
def test_a_relative_clause_of_another_subject_or_of_taking_part_adds_nothing(text):
    s = "Andean Labour Office" if "Andean" in text else "Oficina Andina"
    o = "Coastal Fund" if "Coastal" in text else "Red Costera"
    got = _roles(text, (s, "s"), (o, "o"))
    assert {r for e, r in got if e == "s"} == {"host"}


@pytest.mark.parametrize("text, country", [
    ("The delegates agreed to meet again next year, in a session Chile offered to host.", "Chile"),
    ("A third round was announced; Peru has offered to host it.", "Peru"),
    ("Se acordó una nueva reunión técnica, que Colombia ofreció acoger.", "Colombia"),
    ("Para el próximo año, Bolivia se ofreció como sede del encuentro.", "Bolivia"),
])
def test_a_country_that_offers_to_host_a_later_meeting_is_mentioned(text, country):
    assert _roles(text, (country, "gov", "country")) == [("gov", "mentioned")]


@pytest.mark.parametrize("text, countries", [
    ("Participaron funcionarios de los centros de recepción de personas deportadas de Nicaragua y Panamá.",
     ("Nicaragua", "Panamá")),
    ("Officials of the border health centres of Belize and Guatemala attended the training.", ("Belize", "Guatemala")),
    ("Asistieron técnicos y funcionarios de los centros de atención a la niñez migrante de Chile y Perú.",
     ("Chile", "Perú")),
])
def test_officials_of_a_governments_service_centres_take_part_for_it(text, countries):
    got = _roles(text, *((c, c, "country") for c in countries))
    assert got == sorted((c, "participant") for c in countries)


def _eu(got: set) -> set:
    return {("eu" if n in ("European Union", "Unión Europea") else n, r) for n, r in got}


def test_an_earlier_time_opening_a_sentence_makes_its_bodies_mentioned(tools):  # noqa: F811
    text = ("Regional Dialogue on Labour Migration\n12 March 2022\nSan José, Costa Rica\n\n"
            "The dialogue was organized by the International Labour Organization.\n\n"
            "Earlier editions of the dialogue had been funded by the European Union.\n")
    got = _eu(_page(tools, text, "en"))
    assert ("ilo", "organizer") in got and ("eu", "mentioned") in got and ("eu", "funder") not in got
    es = ("Diálogo Regional sobre Migración Laboral\n12 de marzo de 2022\nSan José, Costa Rica\n\n"
          "El diálogo fue organizado por la Organización Internacional del Trabajo.\n\n"
          "Con anterioridad, otras ediciones contaron con financiamiento de la Unión Europea.\n")
    got = _eu(_page(tools, es, "es", url="https://example.org/eventos/dialogo"))
    assert ("ilo", "organizer") in got and ("eu", "mentioned") in got and ("eu", "funder") not in got


def test_earlier_that_day_is_the_same_event(tools):  # noqa: F811
    text = ("Regional Dialogue on Labour Migration\n12 March 2022\nSan José, Costa Rica\n\n"
            "Earlier that day, the opening session was funded by the European Union.\n")
    assert ("eu", "funder") in _eu(_page(tools, text, "en"))


@pytest.mark.parametrize("line", ["Organizador: Fundación Sur", "Coorganizador: Red Costera", "Organizer: Coastal Fund"])
def test_the_singular_organizer_label(line):
    lab = labels.find(line)
    assert lab is not None and lab.role == "organizer"


def test_an_organizer_field_in_an_event_pages_details_block(tools):  # noqa: F811
    text = ("Taller sobre Protección Consular\n03/05/2022 - 09:00 a 04/05/2022 - 17:00\nLima, Perú\n\n"
            "El taller reunió a funcionarios consulares de la región.\n\n"
            "Detalles\nInicio: 03/05/2022 - 09:00\nFin: 04/05/2022 - 17:00\nCategoría: Talleres\n"
            "Organizador: Organización Internacional para las Migraciones\n")
    assert ("iom", "organizer") in _page(tools, text, "es", url="https://example.org/eventos/taller")
