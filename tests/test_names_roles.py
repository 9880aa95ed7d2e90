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
