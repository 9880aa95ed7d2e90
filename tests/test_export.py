"""`rcpkg export` in every RDF format, on the real built store."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from rdflib import BNode, Dataset, Graph
from rdflib.compare import isomorphic
from rdflib.namespace import TIME

RCPKG = [sys.executable, "-m", "rcpkg"]


def export(store, *args):
    return subprocess.run([*RCPKG, "export", "--store", str(store), *args], capture_output=True, timeout=300)


def store_graph(store) -> Graph:
    import pyoxigraph as ox

    from rcpkg.oxi import to_rdflib

    g = Graph()
    for q in ox.Store.read_only(str(store)):
        g.add((to_rdflib(q.subject), to_rdflib(q.predicate), to_rdflib(q.object)))
    return g


@pytest.mark.parametrize("fmt,parser", [("ttl", "turtle"), ("nt", "nt"), ("jsonld", "json-ld")])
def test_triple_formats_merge_the_graphs(built_store, tmp_path, fmt, parser):
    out = tmp_path / f"graph.{fmt}"
    done = export(built_store, "--format", fmt, "--out", str(out))
    assert done.returncode == 0, done.stderr
    text = out.read_text(encoding="utf-8")
    assert "http://schema.org/" not in text
    g = Graph().parse(out, format=parser)
    expected = store_graph(built_store)
    if fmt != "jsonld":
        assert isomorphic(g, expected)
    else:  # rdflib's JSON-LD round trip re-shapes blank-node lists; every named node's triples survive
        named = lambda graph: {t for t in graph if not any(isinstance(x, BNode) for x in t)}  # noqa: E731
        assert named(g) == named(expected)
        assert len(g) == len(expected)  # and nothing else is lost (memberships' start and end years were)
        years = {(s, o) for s, o in g.subject_objects(TIME.inXSDgYear)}
        assert years and years == set(expected.subject_objects(TIME.inXSDgYear))


@pytest.mark.parametrize("fmt,parser", [("nq", "nquads"), ("trig", "trig")])
def test_quad_formats_keep_the_named_graphs(built_store, tmp_path, fmt, parser):
    out = tmp_path / f"graph.{fmt}"
    done = export(built_store, "--format", fmt, "--out", str(out))
    assert done.returncode == 0, done.stderr
    ds = Dataset()
    ds.parse(out, format=parser)
    names = {str(g.identifier) for g in ds.graphs() if len(g)}
    assert "https://w3id.org/rcpkg/graph/reference" in names
    assert any(n.startswith("https://w3id.org/rcpkg/graph/source/") for n in names)


def test_jsonld_is_compacted_with_the_shipped_context(built_store):
    done = export(built_store, "--format", "jsonld")
    assert done.returncode == 0
    doc = json.loads(done.stdout)
    context = doc["@context"]
    assert context["schema"] == "https://schema.org/"
    assert "rcp" in context


def test_export_without_a_store_is_a_clear_error_and_writes_nothing(tmp_path):
    out = tmp_path / "x.ttl"
    done = export(tmp_path / "missing", "--format", "ttl", "--out", str(out))
    assert done.returncode == 2
    assert b"Traceback" not in done.stderr and b"rcpkg build" in done.stderr
    assert not out.exists() and not list(tmp_path.glob(".x.ttl*"))
