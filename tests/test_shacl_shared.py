"""The checks that share a target run as one query (`rcpkg.shacl_run._shared_targets`, what the build's
batch checks run): the same violations, in the checks' order, as running each check alone, on every
case of tests/fixtures/shacl/, on generated shapes and data, and with rcpkg's own shapes on the bundled
store and on every invalid example of shapes/examples/."""

from __future__ import annotations

import os
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from rdflib import Graph

from rcpkg.shacl_conformance import all_cases
from rcpkg.shacl_run import _shared_targets
from rcpkg.shacl_sparql import compile_shapes, run_checks

CASE_LIST = all_cases()
INVALID = sorted((Path(__file__).resolve().parents[1] / "shapes" / "examples" / "invalid").glob("*.ttl"))


def key(v) -> tuple:
    return (str(v.focus), str(v.path), str(v.value), str(v.component), str(v.shape), str(v.message),
            str(v.severity))


def assert_shared_agrees(compiled, store) -> None:
    alone = run_checks(compiled, store, share_targets=False)
    shared = run_checks(compiled, store)
    assert Counter(map(key, shared)) == Counter(map(key, alone))
    # in the checks' order (one check's rows in any order, as its query returns them)
    assert [(v.shape, v.component) for v in shared] == [(v.shape, v.component) for v in alone]


def _store(data: str, fmt: str = "turtle"):
    import pyoxigraph as ox

    store = ox.Store()
    store.load(data.encode("utf-8"), format=ox.RdfFormat.TURTLE if fmt == "turtle" else ox.RdfFormat.N_QUADS)
    return store


def assert_agrees(shapes_text: str, data_text: str) -> None:
    shapes = Graph().parse(data=shapes_text, format="turtle")
    data = Graph().parse(data=data_text, format="turtle")
    store = _store(data_text)
    for compiled in (compile_shapes(shapes), compile_shapes(shapes, ontology=data)):
        if not compiled.fallback:
            assert_shared_agrees(compiled, store)


@pytest.mark.parametrize("index", range(len(CASE_LIST)), ids=[f"{c.file}:{c.name}" for c in CASE_LIST])
def test_shared_targets_report_what_each_check_alone_reports(index):
    case = CASE_LIST[index]
    assert_agrees(case.shapes, case.data)


@settings(max_examples=60, deadline=None, derandomize=os.environ.get("CI") == "true",
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(__import__("tests.test_shacl_differential", fromlist=["case"]).case())
def test_shared_targets_agree_on_generated_graphs(generated):
    assert_agrees(*generated)


@pytest.fixture(scope="module")
def own_shapes():
    from rcpkg.shapes_cache import packaged

    return packaged()


def test_rcpkgs_own_shapes_share_targets(own_shapes):
    plan = _shared_targets(tuple(c.query for c in own_shapes.checks))
    assert sorted(k for _, ks in plan for k in ks) == list(range(len(own_shapes.checks)))  # each check once
    assert len(plan) < len(own_shapes.checks) * 0.6  # most of the annotations' checks run together


def test_rcpkgs_own_shapes_report_the_same_on_the_invalid_examples(own_shapes):
    found = 0
    for path in INVALID:
        store = _store(path.read_text(encoding="utf-8"))
        found += len(run_checks(own_shapes, store, share_targets=False))
        assert_shared_agrees(own_shapes, store)
    assert found >= len(INVALID) // 2  # the examples are invalid (most without the ontology): violations to compare


def test_rcpkgs_own_shapes_report_the_same_on_the_bundled_store(own_shapes, built_store):
    import pyoxigraph as ox

    store = ox.Store.read_only(str(built_store))
    memory = ox.Store()
    memory.bulk_extend(store.quads_for_pattern(None, None, None, None))
    assert_shared_agrees(own_shapes, memory)
