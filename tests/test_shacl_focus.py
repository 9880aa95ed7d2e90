"""Checking some nodes only (`run_checks(..., focus_nodes=...)`, what `rcpkg build` runs on the
nodes that pages of several chunks describe) reports exactly the whole check's results for those
nodes: on every case of tests/fixtures/shacl/ and on generated shapes and data, with class targets
compiled both ways (by the subclass closure, as the build compiles them, and by a property path)."""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, given, settings
from rdflib import BNode, Graph

from rcpkg.shacl_conformance import all_cases
from rcpkg.shacl_sparql import compile_shapes, run_checks

CASE_LIST = all_cases()


def keys(violations) -> set[tuple]:
    return {(str(v.focus), str(v.path), str(v.value), str(v.component), str(v.shape)) for v in violations}


def assert_focus_agrees(shapes_text: str, data_text: str) -> None:
    import pyoxigraph as ox

    shapes = Graph().parse(data=shapes_text, format="turtle")
    data = Graph().parse(data=data_text, format="turtle")
    store = ox.Store()
    store.load(data_text.encode("utf-8"), format=ox.RdfFormat.TURTLE)
    nodes = sorted({str(t) for triple in data for t in triple if not isinstance(t, BNode) and t.__class__.__name__ == "URIRef"})
    for compiled in (compile_shapes(shapes), compile_shapes(shapes, ontology=data)):
        if compiled.fallback:
            continue  # pySHACL runs those shapes: not the compiled focus path
        whole = run_checks(compiled, store)
        for focus in [nodes] + [[n] for n in nodes] + [nodes[::2]]:
            if not focus:
                continue
            expected = {k for k in keys(whole) if k[0] in set(focus)}
            assert keys(run_checks(compiled, store, focus_nodes=focus)) == expected, (focus, shapes_text, data_text)


@pytest.mark.parametrize("index", range(len(CASE_LIST)), ids=[f"{c.file}:{c.name}" for c in CASE_LIST])
def test_checking_some_nodes_reports_what_the_whole_check_reports_for_them(index):
    case = CASE_LIST[index]
    assert_focus_agrees(case.shapes, case.data)


def test_a_class_target_is_given_its_focus_nodes_of_that_class_only():
    """The build's case: subclass closure compiled in, nodes of several classes given; a node
    typed by a subclass is checked, a node of another class is not."""
    shapes = """@prefix sh: <http://www.w3.org/ns/shacl#> . @prefix ex: <http://example.org/> .
        ex:S a sh:NodeShape ; sh:targetClass ex:C ; sh:property [ sh:path ex:p ; sh:minCount 1 ] ."""
    data = """@prefix ex: <http://example.org/> . @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
        ex:D rdfs:subClassOf ex:C . ex:a a ex:C . ex:b a ex:D . ex:c a ex:E . ex:d a ex:C ; ex:p 1 ."""
    assert_focus_agrees(shapes, data)
    import pyoxigraph as ox

    store = ox.Store()
    store.load(data.encode("utf-8"), format=ox.RdfFormat.TURTLE)
    compiled = compile_shapes(Graph().parse(data=shapes, format="turtle"),
                              ontology=Graph().parse(data=data, format="turtle"))
    found = {str(v.focus) for v in run_checks(compiled, store, focus_nodes=[
        "http://example.org/b", "http://example.org/c", "http://example.org/d"])}
    assert found == {"http://example.org/b"}


@settings(max_examples=60, deadline=None, derandomize=os.environ.get("CI") == "true",
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(__import__("tests.test_shacl_differential", fromlist=["case"]).case())
def test_checking_some_nodes_agrees_on_generated_graphs(generated):
    assert_focus_agrees(*generated)
