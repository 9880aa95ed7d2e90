"""The generated RCP namespace matches the ontology, and unknown terms fail."""

from __future__ import annotations

import pytest
from rdflib import URIRef

from rcpkg import namespaces
from rcpkg.namespaces import RCP, SDO


def test_generated_namespace_is_not_stale():
    assert not namespaces.is_stale(), "run: python -m rcpkg.namespaces --write"


def test_generate_lists_every_rcp_term():
    from rdflib import Graph

    from rcpkg.resources import ontology_file

    graph = Graph().parse(ontology_file(), format="turtle")
    terms = {str(s) for s in graph.subjects() if str(s).startswith(namespaces.RCP_IRI)}
    assert terms
    source = namespaces.generate()
    for term in terms:
        assert f"    {term[len(namespaces.RCP_IRI):]}: URIRef" in source


def test_known_terms():
    assert RCP.Event == URIRef("https://w3id.org/rcpkg/ontology#Event")
    assert RCP.involves == URIRef("https://w3id.org/rcpkg/ontology#involves")
    assert RCP["Convener"] == URIRef("https://w3id.org/rcpkg/ontology#Convener")


def test_unknown_term_attribute_raises():
    with pytest.raises(AttributeError):
        RCP.NoSuchTerm  # noqa: B018


def test_unknown_term_item_raises():
    with pytest.raises((AttributeError, KeyError)):
        RCP["NoSuchTerm"]


def test_schema_is_https():
    assert str(SDO) == "https://schema.org/"


def test_check_exit_code(capsys):
    assert namespaces.main(["--check"]) == 0
    assert namespaces.main(["--bogus"]) == 2
