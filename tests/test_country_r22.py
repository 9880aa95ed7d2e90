"""Round 22 (issue 13, country22): country pages' entries told in one cell; own sentences, English and Spanish."""

from __future__ import annotations

import pytest
from test_roles_rules import ref, roles, tools  # noqa: F401 (fixtures shared with the role rules' tests)

from rcpkg.loaders.extract import extract
from rcpkg.loaders.layouts import parse_page
from rcpkg.loaders.records import Page

_HEAD = "Home / Member States / Chile\n\nCHILE\nMember since 2000.\n\nConferences held in Chile\n\n"


def _roles(tools, body, lang):
    page = Page(path="t.txt", url="https://example.org/member-states/chile", text=_HEAD + body, lang=lang,
                layout="country")
    out = set()
    for ev in parse_page(page).events:
        x = extract(page, ev, tools[0], tools[1])
        out |= {(i.extracted.name if i.extracted else i.agent, i.role) for i in x.involvements}
    return out


# the bodies a host hosted through, with no object between ("was host through X", "fue anfitrión a través de X")
@pytest.mark.parametrize("body, lang, who", [
    ("X Regional Conference\nSantiago\n3–4 May 2031\nChile held the Pro Tempore Presidency and was the host through "
     "its National Migration Service; nine countries attended.\n", "en", "National Migration Service"),
    ("X Conferencia Regional\nSantiago\n3 y 4 de mayo de 2031\nChile fue anfitrión a través del Servicio Nacional de "
     "Migraciones y de la Policía de Investigaciones; asistieron nueve países.\n", "es", "Servicio Nacional de Migraciones"),
    ("X Conferencia Regional\nSantiago\n3 y 4 de mayo de 2031\nChile ostentó la Presidencia Pro Tempore y fue sede por "
     "medio de la Policía de Investigaciones; asistieron nueve países.\n", "es", "Policía de Investigaciones"),
])
def test_the_body_the_host_hosted_through(tools, body, lang, who):
    got = _roles(tools, body, lang)
    assert (who, "host") in got
    assert ("gov-cl", "host") in got
    # the held-out conventions: the holder of the presidency that hosts is the host (no coordinator of its own)
    assert ("gov-cl", "coordinator") not in got
    assert not any(w == who and r == "mentioned" for w, r in got)


# the office and its bare year in apposition before the verb: the holder acts ("X, Pro Tempore Presidency 2024,
# convened", "X, Presidencia Pro Tempore 2019, convocó"), as with "for 2024"
@pytest.mark.parametrize("text, who, role", [
    ("Belize, Pro Tempore Presidency 2031, convened the meeting through its Ministry of Labour.", "gov-bz", "convener"),
    ("Honduras, Presidencia Pro Tempore 2029, fue anfitrión de la reunión.", "gov-hn", "host"),
])
def test_the_holder_with_the_year_of_its_office_acts(tools, text, who, role):
    assert (who, role) in roles(tools, text)



@pytest.mark.parametrize("body, lang, who", [
    ("IV Meeting of the Network\nSantiago\n3–4 May 2031\nConvened by Chile, Pro Tempore Presidency 2031, through the "
     "National Migration Service; UNICEF took part.\n", "en", "National Migration Service"),
    ("IV Reunión de la Red\nSantiago\n3 y 4 de mayo de 2031\nConvocada por Chile, Presidencia Pro Tempore 2031, a través "
     "de la Policía de Investigaciones; asistió el UNICEF.\n", "es", "Policía de Investigaciones"),
])
def test_the_body_the_holder_with_its_year_acts_through(tools, body, lang, who):
    got = _roles(tools, body, lang)
    assert ("gov-cl", "convener") in got
    assert (who, "convener") in got


# the group's adjective after its noun ("funcionarios consulares de X"), as English puts it before ("consular officials
# from X"): X's government took part
@pytest.mark.parametrize("text", [
    "La Red se reunió en Managua, con el Ministerio de Gobernación como anfitrión, y con delegados migratorios de "
    "Belice, Panamá y Costa Rica.",
    "Asistieron funcionarios consulares de Belice, Panamá y Costa Rica.",
    "The Network met in Managua with consular officials from Belize, Panama and Costa Rica.",
])
def test_officials_named_with_their_adjective_take_part(tools, text):
    got = roles(tools, text)
    assert {("gov-bz", "participant"), ("gov-pa", "participant"), ("gov-cr", "participant")} <= got


def test_an_adjective_that_is_no_group_is_no_cue(tools):
    assert not any(r == "participant" for _, r in roles(tools, "Se aprobaron los lineamientos regionales de Belice."))


# the body a workshop was held with holds it too (the held-out conventions: a co-organizer)
@pytest.mark.parametrize("text, who", [
    ("The Working Group on Border Management held this workshop with UNICEF and the Government of Belize.", "unicef"),
    ("La Red realizó el taller regional con la OIT y el Gobierno de Belice.", "ilo"),
])
def test_the_body_a_workshop_was_held_with_organizes(tools, text, who):
    assert (who, "organizer") in roles(tools, text)


@pytest.mark.parametrize("text", [
    "The Network held the workshop with the support of UNICEF.",
    "La Red realizó el taller con funcionarios de UNICEF.",
])
def test_help_or_people_are_no_co_organizers(tools, text):
    assert ("unicef", "organizer") not in roles(tools, text)
