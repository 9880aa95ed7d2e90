"""Round 29 (names): a government's unit named with its country ("Secretaría de Empleo de Costa Rica",
"Ghana's ... "): in that country the unit goes by its own name, so that name, as printed, is one of its
names too, beside the name with the country (which stays its display name). Pages written here, with
names of our own, English and Spanish."""

from __future__ import annotations

import pytest

from rcpkg.loaders.triples import extracted_institution
from tests.test_openworld_extract import make, new, ref, run, tools  # noqa: F401


@pytest.mark.parametrize("body, lang, name, own, parent", [
    ("Organizaron la Secretaría de Empleo de Costa Rica y la OIM.", "es",
     "Secretaría de Empleo de Costa Rica", "Secretaría de Empleo", "gov-cr"),
    ("Convocó el Instituto Nacional de Estadística del Paraguay.", "es",
     "Instituto Nacional de Estadística del Paraguay", "Instituto Nacional de Estadística", "gov-py"),
    ("The workshop was hosted by the Department of Civil Registry of Belize.", "en",
     "Department of Civil Registry of Belize", "Department of Civil Registry", "gov-bz"),
    ("Funding came from Canada's Department of Immigration Services.", "en",
     "Department of Immigration Services of Canada", "Department of Immigration Services", "gov-ca"),
])
def test_a_units_own_name_is_one_of_its_names(tools, body, lang, name, own, parent):
    from rdflib import Graph, SKOS

    page, event = make(body, lang=lang)
    x = run(tools, page, event)
    unit = new(x, name)
    assert unit.parent == parent
    assert own in unit.printed
    inv = next(i for i in x.involvements if i.extracted is unit)
    g = Graph()
    node = extracted_institution(g, page, inv)
    labels = {str(o) for o in g.objects(node, SKOS.altLabel)}
    assert {name, own} <= labels
