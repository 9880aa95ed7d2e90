"""Institution names and role cues (issue 13, h-names): the rules found on rules development
batches 16 and 17, each with a case it must accept and, where one exists, a case it must reject,
on sentences written for these tests (not the held-out pages' text)."""

from __future__ import annotations

import pytest
from test_extract import make, run

from rcpkg.loaders.gazetteer import Gazetteer
from rcpkg.loaders.reference import load_reference
from rcpkg.loaders.roles import assign_roles
from rcpkg.loaders.themes import ThemeMatcher
from rcpkg.resources import reference_dir


@pytest.fixture(scope="module")
def tools():
    ref = load_reference(reference_dir())
    return Gazetteer.from_reference(ref), ThemeMatcher.from_reference(ref)


def roles(tools, text):
    gaz = tools[0]
    return {(m.entity_id, role) for m, role in assign_roles(text, gaz.find(text))}


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
