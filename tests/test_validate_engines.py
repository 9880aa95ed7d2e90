"""The shapes compiled to SPARQL (what `rcpkg build` runs) find exactly what pySHACL finds,
on the real built graph with defects injected."""

from __future__ import annotations

import re
import subprocess
import sys

import pyoxigraph as ox
import pytest

from rcpkg.validate import validate_store

EVENT_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"

DEFECTS = """
PREFIX rcp: <https://w3id.org/rcpkg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX schema: <https://schema.org/>
PREFIX oa: <http://www.w3.org/ns/oa#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
PREFIX prov: <http://www.w3.org/ns/prov#>
INSERT { GRAPH <https://w3id.org/rcpkg/graph/test-defects> {
  ?event rdfs:label "A second English title"@en .                 # uniqueLang
  ?event schema:startDate "next year" .                            # datatype
  ?event rdfs:label "Titre"@fr .                                   # languageIn
  ?inv rcp:agent <https://w3id.org/rcpkg/id/place/country/CR> .     # class (a country is no institution)
  ?pos oa:start "-5"^^xsd:integer .                                # minInclusive, maxCount
  <https://w3id.org/rcpkg/id/event/not-a-hash> a rcp:Event .       # pattern, minCount, evidence
} }
WHERE {
  { SELECT ?event WHERE { GRAPH ?g { ?event a rcp:Event ; rcp:editionNumber 22 } } LIMIT 1 }
  { SELECT ?inv WHERE { GRAPH ?g { ?inv a rcp:Involvement } } ORDER BY ?inv LIMIT 1 }
  { SELECT ?pos WHERE { GRAPH ?g { ?pos a oa:TextPositionSelector } } ORDER BY ?pos LIMIT 1 }
}
"""


@pytest.fixture
def broken_store(store_copy):
    store = ox.Store(str(store_copy))
    store.update(DEFECTS)
    store.flush()
    del store
    return store_copy


def keys(report):
    return {(r.focus, r.component, r.value) for r in report.results}


def test_compiled_checks_equal_pyshacl_on_the_real_graph(broken_store):
    store = ox.Store.read_only(str(broken_store))
    fast = validate_store(store, engine="sparql")
    reference = validate_store(store, engine="pyshacl")
    assert not fast.conforms and not reference.conforms
    found = {(r.focus, r.component) for r in reference.results}
    assert len(found) >= 7
    assert {(r.focus, r.component) for r in fast.results} == found


def test_the_real_graph_conforms_for_both_engines(built_store):
    store = ox.Store.read_only(str(built_store))
    assert validate_store(store, engine="sparql").conforms
    assert validate_store(store, engine="pyshacl").conforms


@pytest.mark.parametrize("engine", ["sparql", "pyshacl"])
def test_validate_cli_reports_the_defects(broken_store, engine):
    done = subprocess.run([sys.executable, "-m", "rcpkg", "validate", "--store", str(broken_store),
                           "--engine", engine], capture_output=True, text=True, timeout=600)
    assert done.returncode == 1, done.stderr
    assert "https://w3id.org/rcpkg/id/event/not-a-hash" in done.stdout
    # the focus label: the XXII edition is named by the reference data (its page title is an alternate name)
    assert re.search(r"XXII (Regional|South American) Conference on Migration|A second English title", done.stdout)
    assert "Traceback" not in done.stderr
