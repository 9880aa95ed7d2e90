"""HermiT through owlready2: the ontology is consistent, a node typed both
rcp:Event and rcp:Institution makes the graph inconsistent (exit 1 through the
real CLI, with the clash named), and inferred memberships are reported."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Graph

from conftest import require_or_skip
from rcpkg.resources import shapes_dir

EXAMPLES = shapes_dir() / "examples"

CLASH = """
@prefix rcp: <https://w3id.org/rcpkg/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
<https://w3id.org/rcpkg/id/event/0123456789abcdef> a rcp:Event , rcp:Institution ;
    rdfs:label "Both an event and an institution"@en .
"""


@pytest.fixture(autouse=True)
def java():
    require_or_skip(shutil.which("java") is not None, "Java is needed for HermiT")


def rcpkg(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "rcpkg", *args], capture_output=True, text=True, timeout=300,
                          cwd=cwd)


def make_store(path: Path, turtle: str) -> Path:
    import pyoxigraph

    store = pyoxigraph.Store(str(path))
    store.load(turtle.encode("utf-8"), format=pyoxigraph.RdfFormat.TURTLE,
               to_graph=pyoxigraph.NamedNode("https://w3id.org/rcpkg/graph/source/test"))
    store.flush()
    del store
    return path


def test_ontology_alone_is_consistent_without_unsatisfiable_classes():
    from rcpkg.reason import reason

    report = reason(None)  # the same check as `rcpkg reason --ontology-only`
    assert report.consistent
    assert report.unsatisfiable == []
    assert report.individuals >= 13  # the role individuals


def test_clash_is_found_and_explained():
    from rcpkg.reason import reason

    report = reason(Graph().parse(data=CLASH, format="turtle"))
    assert not report.consistent
    assert any(c.individual.endswith("0123456789abcdef") and "rcp:Event" in c.reason and "rcp:Institution" in c.reason
               for c in report.clashes), report.clashes


def test_inferred_membership_from_a_range():
    from rcpkg.reason import reason

    data = Graph().parse(data="""
        @prefix rcp: <https://w3id.org/rcpkg/ontology#> .
        <https://w3id.org/rcpkg/id/org/gov-cr> a rcp:Institution , rcp:Government ;
            rcp:country <https://w3id.org/rcpkg/id/place/country/CR> .
    """, format="turtle")
    report = reason(data)
    assert report.consistent
    rows = {row.individual: row.classes for row in report.inferred}
    assert rows.get("https://w3id.org/rcpkg/id/place/country/CR") == ("rcp:Country",)


def test_cli_inconsistent_store_exits_1(tmp_path):
    store = make_store(tmp_path / "store", CLASH)
    done = rcpkg("reason", "--store", str(store), cwd=tmp_path)
    assert done.returncode == 1, done.stdout + done.stderr
    assert "INCONSISTENT" in done.stdout
    assert "https://w3id.org/rcpkg/id/event/0123456789abcdef" in done.stdout
    assert "Traceback" not in done.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["store"]  # owlready2 wrote nothing in the cwd


def test_cli_consistent_files_exit_0(tmp_path):
    done = rcpkg("reason", *map(str, sorted((EXAMPLES / "valid").glob("*.ttl"))), cwd=tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "\nconsistent\n" in done.stdout
    assert "Unsatisfiable classes: none" in done.stdout


def test_sample_takes_the_first_events_and_their_neighbourhood():
    from rcpkg.reason import sample_graph

    data = Graph().parse(EXAMPLES / "valid" / "plenary-meeting.ttl", format="turtle")
    reference = Graph().parse(EXAMPLES / "valid" / "reference.ttl", format="turtle")
    sample, scope = sample_graph(data, 1, reference=reference)
    assert "first 1 of 1 events" in scope
    # the event, its involvement, the involvement's annotation and its target are in; so is the reference
    from rdflib import URIRef

    for node in ["https://w3id.org/rcpkg/id/event/cac9a0c45ae52466",
                 "https://w3id.org/rcpkg/id/involvement/92032adc5df7e43f",
                 "https://w3id.org/rcpkg/id/org/sacm"]:
        assert any(sample.triples((URIRef(node), None, None))), node
    empty, _ = sample_graph(data, 0)
    assert empty is data


def test_missing_java_is_a_clear_error(monkeypatch):
    import owlready2

    from rcpkg.reason import ReasonerError, reason

    monkeypatch.setattr(owlready2, "JAVA_EXE", "/nonexistent/java")
    with pytest.raises(ReasonerError, match="Java"):
        reason(None)
