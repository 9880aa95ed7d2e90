"""Roles and names inside events that are found (issue 13, round 13, roles3): a relative clause on who took part
before the list, the handover of a presidency, a host acting through an office after a long event name, a body's
teaching staff, a process's secretariat named alone on the process's own site, sentences of names wrapped over
lines, a city named with its head word, a "Background" heading's paragraph, the giver of help named after a
document, the programme a funder acts through, one-word brand-cased names, and an event page's materials list, other
activities and update stamp. Texts written for these tests (no held-out page's wording)."""

from __future__ import annotations

import pytest
from test_roles_rules import ref, tools  # noqa: F401  (fixtures)

from rcpkg.loaders.extract import extract
from rcpkg.loaders.gazetteer import Mention
from rcpkg.loaders.layouts import parse_page
from rcpkg.loaders.records import Page
from rcpkg.loaders.roles import assign_roles
from rcpkg.loaders.sentences import split_sentences


def _m(text: str, surface: str, eid: str, kind: str = "name") -> Mention:
    i = text.index(surface)
    return Mention(eid, i, i + len(surface), surface, kind)


def _roles(text: str, *names: tuple) -> list[tuple[str, str]]:
    return [(m.entity_id, r) for m, r in assign_roles(text, [_m(text, *n) for n in names])]


def _page(tools, text: str, lang: str, url: str = "https://example.org/events/workshop"):  # noqa: F811
    page = Page(path="t.txt", url=url, text=text, lang=lang, layout="event")
    parsed = parse_page(page)
    (event,) = parsed.events
    gaz, themes = tools
    x = extract(page, event, gaz, themes)
    return {(i.extracted.name if i.extracted else i.agent, i.role) for i in x.involvements}, x, parsed


@pytest.mark.parametrize("text, a, b", [
    ("International organizations that took part included the Andean Health Board and the Coastal Fund.",
     "Andean Health Board", "Coastal Fund"),
    ("Observers who attended were the Pacific Labour Office and the River Basin Agency.",
     "Pacific Labour Office", "River Basin Agency"),
    ("Las organizaciones observadoras que participaron fueron la Junta Andina de Salud y el Fondo Costero.",
     "Junta Andina de Salud", "Fondo Costero"),
    ("Las instituciones que asistieron incluyeron la Oficina del Pacífico y la Agencia de Cuencas.",
     "Oficina del Pacífico", "Agencia de Cuencas"),
])
def test_a_relative_clause_on_who_took_part_before_the_list(text, a, b):
    assert _roles(text, (a, "a"), (b, "b")) == [("a", "participant"), ("b", "participant")]


@pytest.mark.parametrize("text, country", [
    ("The delegates agreed that the handover of the Presidency Pro Tempore to Peru would take place in May.", "Peru"),
    ("The transfer of the presidency to Chile was set for the next plenary.", "Chile"),
    ("Se acordó el traspaso de la Presidencia Pro Tempore a Bolivia en la próxima reunión.", "Bolivia"),
    ("La entrega de la Presidencia a Uruguay se hará en diciembre.", "Uruguay"),
])
def test_the_next_holder_of_a_handed_over_presidency_is_mentioned(text, country):
    assert ("gov", "mentioned") in _roles(text, (country, "gov", "country"))


@pytest.mark.parametrize("text, office", [
    ("Chile hosted the Third South American Meeting on Labour Mobility through its National Migration Service.",
     "National Migration Service"),
    ("Perú fue sede de la Tercera Reunión Andina sobre Movilidad Laboral a través de la Superintendencia de "
     "Migraciones.", "Superintendencia de Migraciones"),
    ("Ecuador fue anfitrión de la Segunda Reunión Andina sobre Movilidad Humana a través de su Dirección de "
     "Migración.", "Dirección de Migración"),
])
def test_a_host_through_its_office_after_a_long_event_name(text, office):
    country = text.split()[0]
    got = _roles(text, (country, "gov", "country"), (office, "office"))
    assert ("gov", "host") in got and ("office", "host") in got


@pytest.mark.parametrize("text, name", [
    ("The working groups were moderated by lecturers of the Andean Institute of Law.", "Andean Institute of Law"),
    ("The panels were opened by researchers from the Centre for Border Studies.", "Centre for Border Studies"),
    ("Las mesas fueron moderadas por docentes de la Universidad del Altiplano.", "Universidad del Altiplano"),
    ("Las sesiones fueron clausuradas por investigadores del Instituto de Estudios Fronterizos.",
     "Instituto de Estudios Fronterizos"),
])
def test_a_bodys_teaching_and_research_staff_take_part_for_it(text, name):
    assert _roles(text, (name, "x")) == [("x", "participant")]


_SECRETARIAT_EN = """Skip to main content
Regional Workshop on Consular Registration
Tegucigalpa, 3 and 4 May 2016
The workshop was prepared by the Technical Secretariat, with the support of the Andean Health Board.
"""
_SECRETARIAT_ES = """Ir al contenido
Taller Regional sobre Registro Consular
Lima, 3 y 4 de mayo de 2016
El taller fue organizado por la Secretaría Técnica, con el apoyo de la Junta Andina de Salud.
"""


@pytest.mark.parametrize("text, lang, url, secretariat", [
    (_SECRETARIAT_EN, "en", "https://crmsv.org/en/events/workshop", "rcm-technical-secretariat"),
    (_SECRETARIAT_ES, "es", "https://rcmvs.org/es/eventos/taller", "rcm-technical-secretariat"),
    (_SECRETARIAT_ES, "es", "https://csmigraciones.org/es/eventos/taller", "sacm-technical-secretariat"),
])
def test_a_secretariat_named_alone_on_a_process_site_is_its_secretariat(tools, text, lang, url,  # noqa: F811
                                                                         secretariat):
    got, _, _ = _page(tools, text, lang, url)
    assert (secretariat, "organizer") in got


def test_a_secretariat_named_alone_elsewhere_stays_unrecorded(tools):  # noqa: F811
    got, x, _ = _page(tools, _SECRETARIAT_EN, "en", "https://example.org/events/workshop")
    assert not any(role == "organizer" for _, role in got)
    assert any("generically" in w.message for w in x.warnings)


def _units(text: str) -> list[str]:
    return [text[s.start:s.end] for s in split_sentences(text)]


@pytest.mark.parametrize("text, whole", [
    ("On 4 May 2017, in the city of Cusco, the Ministry of Labour and Employment Promotion of\n"
     "Peru (MTPE) hosted the seminar, organized together with the Andean Health Board and the Fund.\n",
     "Ministry of Labour and Employment Promotion of\nPeru (MTPE) hosted"),
    ("El 3/05/2017, en la ciudad de Cusco, el Ministerio de Trabajo y Promoción del Empleo del\n"
     "Perú (MTPE) fue anfitrión del seminario, organizado junto con la Junta Andina de Salud.\n",
     "Ministerio de Trabajo y Promoción del Empleo del\nPerú (MTPE) fue"),
])
def test_a_sentence_of_names_cut_after_a_preposition_goes_on(text, whole):
    assert any(whole in u for u in _units(text))


@pytest.mark.parametrize("text, whole", [
    ("The keynotes were given by the Council of Andean Workers and by the Association of Port Managers\n"
     "(APM).\n", "Association of Port Managers\n(APM)."),
    ("Expusieron delegados de la Confederación de Trabajadores Andinos y de la Cámara de Puertos del Sur\n"
     "(CPS).\n", "Cámara de Puertos del Sur\n(CPS)."),
])
def test_an_acronym_alone_on_the_next_line_closes_the_name(text, whole):
    assert any(whole in u for u in _units(text))


@pytest.mark.parametrize("text, whole", [
    ("The meeting was chaired by the two presidencies in turn; the host office provided logistics. The Network\n"
     "presented its updated directory of shelters for people on the move in the region.\n",
     "The Network\npresented"),
    ("La reunión fue coordinada por las dos presidencias; la oficina anfitriona brindó apoyo logístico. La Red\n"
     "presentó el directorio actualizado de albergues para personas en movilidad en la región.\n",
     "La Red\npresentó"),
    ("On 14 and 15 November the delegations of the member countries met in the capital for the plenary\n"
     "session. The Migration Service and the Ministry of Foreign Affairs of the Republic of\n"
     "Panama organized the meeting, which was preceded by the meeting of the liaison officers.\n",
     "Republic of\nPanama organized"),
])
def test_a_wrapped_paragraphs_short_last_sentence_goes_on(text, whole):
    assert any(whole in u for u in _units(text))


def test_a_title_over_a_paragraph_stays_apart():
    text = ("Regional Seminar on Labour Migration and Ethical Recruitment\n"
            "On 4 May 2017 the Ministry of Labour hosted the seminar with the support of the Andean Fund.\n")
    assert _units(text)[0] == "Regional Seminar on Labour Migration and Ethical Recruitment"


@pytest.mark.parametrize("text, lang, city", [
    ("""Skip to main content
Regional Seminar on Labour Inspection
4 May 2017
On that day, in the City of Belize, the Ministry of Rural Labour hosted the seminar.
""", "en", "City of Belize"),
    ("""Ir al contenido
Seminario Regional sobre Inspección Laboral
4 de mayo de 2017
Ese día, en la Ciudad de Guatemala, el Ministerio de Trabajo Rural fue anfitrión del seminario.
""", "es", "Ciudad de Guatemala"),
    ("""Ir al contenido
Seminario Regional sobre Inspección Laboral
4 de mayo de 2017
La Ciudad de Panamá fue sede del seminario, organizado por la Junta Andina de Salud.
""", "es", "Ciudad de Panamá"),
])
def test_a_city_named_with_its_head_word_is_a_place(tools, text, lang, city):  # noqa: F811
    got, _, _ = _page(tools, text, lang)
    assert not any(name == city for name, _ in got)


@pytest.mark.parametrize("text, lang, body, other", [
    ("""Skip to main content
Regional Workshop on Missing Migrants
Quito, 4 May 2022
The workshop was organized by the Andean Health Board.

Background
In 2019, the Network of Forensic Services drafted a protocol with the support of the ICRC.

Documents
  Agenda (PDF)
""", "en", "icrc", "Andean Health Board"),
    ("""Ir al contenido
Taller Regional sobre Migrantes Desaparecidos
Quito, 4 de mayo de 2022
El taller fue organizado por la Junta Andina de Salud.

Antecedentes
En 2019, la Red de Servicios Forenses redactó un protocolo con el apoyo del CICR.

Descargas
  Agenda (PDF)
""", "es", "icrc", "Junta Andina de Salud"),
])
def test_a_background_headings_paragraph_is_mentioned(tools, text, lang, body, other):  # noqa: F811
    got, _, _ = _page(tools, text, lang)
    assert (body, "mentioned") in got and (body, "supporter") not in got
    assert (other, "organizer") in got


def test_the_paragraph_after_the_background_one_has_its_roles(tools):  # noqa: F811
    text = """Skip to main content
Regional Workshop on Missing Migrants
Quito, 4 May 2022
Background
In 2019 the Network of Forensic Services met in Lima.

The workshop was funded by the Coastal Fund.
"""
    got, _, _ = _page(tools, text, "en")
    assert ("Coastal Fund", "funder") in got


@pytest.mark.parametrize("text, name", [
    ("The Network discussed a draft protocol on missing migrants with the support of the Coastal Fund.",
     "Coastal Fund"),
    ("La Red discutió un protocolo regional sobre migrantes con el apoyo del Fondo Costero.", "Fondo Costero"),
])
def test_the_giver_of_help_after_a_document_is_no_author(tools, text, name):  # noqa: F811
    page = f"Skip to main content\nRegional Workshop on Missing Migrants\nQuito, 4 May 2022\n{text}\n"
    got, _, _ = _page(tools, page, "en" if text.startswith("The") else "es")
    assert (name, "supporter") in got


@pytest.mark.parametrize("text, lang, programme", [
    ("""Skip to main content
Regional Workshop on Border Protection
Quito, 4 May 2022
The workshop was funded by the European Union through its programme EUROsociAL+.
""", "en", "EUROsociAL+"),
    ("""Ir al contenido
Taller Regional sobre Protección en Fronteras
Quito, 4 de mayo de 2022
El taller fue financiado por la Unión Europea a través del programa EUROsociAL+.
""", "es", "EUROsociAL+"),
])
def test_the_programme_a_funder_acts_through_funds_too(tools, text, lang, programme):  # noqa: F811
    got, _, _ = _page(tools, text, lang)
    assert (programme, "funder") in got and any(n in ("European Union", "Unión Europea", "eu") and r == "funder"
                                                for n, r in got)


def test_a_brand_cased_word_is_a_name_but_a_title_cased_one_is_not():
    from rcpkg.loaders.openworld import _brand_word

    assert _brand_word("EUROsociAL+") and _brand_word("RedLAC")
    assert not _brand_word("Canada") and not _brand_word("UNHCR") and not _brand_word("McDonald")


@pytest.mark.parametrize("text, lang", [
    ("""Skip to main content
Regional Seminar on Labour Inspection
Lima, 4 May 2021
The seminar was organized by the International Labour Organization (ILO).

Materials
  Programme (PDF)
  Presentations of the day (PDF)

Other activities: Workshop of the Andean Health Board · Forum of the Coastal Fund

Last updated: 12/06/2021
Technical Secretariat – Regional Office of the Andean Health Board · Lima, Peru
""", "en"),
    ("""Ir al contenido
Seminario Regional sobre Inspección Laboral
Lima, 4 de mayo de 2021
El seminario fue organizado por la Organización Internacional del Trabajo (OIT).

Materiales
  Programa (PDF)
  Presentaciones de la jornada (PDF)

Otras actividades: Taller de la Junta Andina de Salud · Foro del Fondo Costero

Última actualización: 12/06/2021
Secretaría Técnica – Oficina Regional de la Junta Andina de Salud · Lima, Perú
""", "es"),
])
def test_materials_other_activities_and_the_update_stamp_close_the_event(tools, text, lang):  # noqa: F811
    got, _, parsed = _page(tools, text, lang)
    assert got == {("ilo", "organizer")}
    assert any("documents list" in s for s in parsed.skipped)


@pytest.mark.parametrize("text, lang, name, role", [
    ("""Skip to main content
Workshop on Consular Assistance
Lima, 5 October 2017
Delivered by the Diplomatic Academy of Chile, the workshop reviewed detention visits.
""", "en", "Diplomatic Academy of Chile", "organizer"),
    ("""Ir al contenido
Taller sobre Asistencia Consular
Lima, 5 de octubre de 2017
El taller fue impartido por la Escuela Nacional de Migración y contó con la participación de la Academia Diplomática del Ecuador.
""", "es", "Escuela Nacional de Migración", "organizer"),
])
def test_a_school_or_academy_is_an_institution(tools, text, lang, name, role):  # noqa: F811
    got, _, _ = _page(tools, text, lang)
    assert (name, role) in got


def test_a_secretariat_named_alone_outside_a_role_slot_is_not_recorded(tools):  # noqa: F811
    text = """Skip to main content
Regional Workshop on Consular Registration
Tegucigalpa, 3 May 2016
The workshop was organized by the Andean Health Board.
Contact the Technical Secretariat for the materials.
"""
    got, _, _ = _page(tools, text, "en", "https://crmsv.org/en/events/workshop")
    assert not any(agent == "rcm-technical-secretariat" for agent, _ in got)


@pytest.mark.parametrize("text, names", [
    ("La troika quedó integrada por Chile, Perú y Bolivia.", ("Chile", "Perú", "Bolivia")),
    ("The new troika was made up of Chile, Peru and Bolivia.", ("Chile", "Peru", "Bolivia")),
    ("Costa Rica formed the troika with Honduras and Panama.", ("Honduras", "Panama")),
])
def test_the_countries_of_a_troika_are_mentioned(text, names):
    got = _roles(text, *((n, f"gov{i}", "country") for i, n in enumerate(names)))
    assert got == [(f"gov{i}", "mentioned") for i in range(len(names))]


@pytest.mark.parametrize("text, lang, name", [
    ("""Skip to main content
Regional Workshop on Missing Migrants
Quito, 4 May 2022
The workshop was organized by the ICRC. It recognized the work of committees of relatives of missing migrants, such as COFADEM in Ecuador.
""", "en", "COFADEM"),
    ("""Ir al contenido
Taller Regional sobre Migrantes Desaparecidos
Quito, 4 de mayo de 2022
El taller fue organizado por el CICR. Reconoció el trabajo de los colectivos de familiares de personas desaparecidas, como COFADEM en Ecuador.
""", "es", "COFADEM"),
])
def test_an_example_of_a_class_of_peoples_bodies_is_mentioned(tools, text, lang, name):  # noqa: F811
    got, _, _ = _page(tools, text, lang)
    assert (name, "mentioned") in got


@pytest.mark.parametrize("text, lang", [
    ("""Skip to main content
Regional Workshop on Consular Registration
Lima, 3 May 2016
The workshop was organized by the Andean Health Board; IOM, as Technical Secretariat, provided technical support.
""", "en"),
    ("""Ir al contenido
Taller Regional sobre Registro Consular
Lima, 3 de mayo de 2016
El taller fue organizado por la Junta Andina de Salud y contó con el apoyo de la OIM, en su calidad de Secretaría Técnica.
""", "es"),
])
def test_a_secretariat_that_is_a_bodys_capacity_is_not_the_sites_secretariat(tools, text, lang):  # noqa: F811
    got, _, _ = _page(tools, text, lang, "https://csmigraciones.org/es/eventos/taller")
    # round 26 (prose26): the convention of sets 18-24 - on the site of a process, the office named as the body's
    # capacity is that process's secretariat and shares the body's role (it is no mention of its own)
    assert {r for agent, r in got if agent == "sacm-technical-secretariat"} == \
        {r for agent, r in got if agent == "iom"} == {"supporter"}, got
