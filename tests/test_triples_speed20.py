"""The speed20 shortcuts in rcpkg.loaders.triples and rcpkg.iris make exactly the terms rdflib would.

Cached literals, namespaces whose terms are made once and IRIs minted without rdflib's check
must be equal to (and serialize like) what the plain rdflib constructors give.
"""

from __future__ import annotations

import hashlib

from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS, XSD

from rcpkg import iris
from rcpkg.loaders import triples
from rcpkg.namespaces import RCP, SDO
from rcpkg.nquads import lines

GRAPH = URIRef("https://example.org/g")
TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40)
LANG = st.sampled_from([None, "en", "es", "EN", "pt-BR"])


def _nq(term) -> str:
    return lines([(URIRef("https://example.org/s"), URIRef("https://example.org/p"), term)], GRAPH)


@settings(max_examples=300, deadline=None)
@given(TEXT, LANG)
def test_text_literal_is_rdflibs(value, lang):
    mine, plain = triples._text(value, lang), Literal(value, lang=lang)
    assert mine == plain and mine.language == plain.language and mine.datatype == plain.datatype
    assert _nq(mine) == _nq(plain)
    assert triples._text(value, lang) is mine  # made once


def test_text_literal_edge_cases():
    for value in ['say "hi"\n', "a\\b\tc\r", "naïve São Tomé — 東京", "", "x\x00\x1f\x7f"]:
        for lang in (None, "en", "es"):
            assert _nq(triples._text(value, lang)) == _nq(Literal(value, lang=lang))


@given(st.integers(min_value=-10**6, max_value=10**6))
def test_integer_literal_is_rdflibs(n):
    assert _nq(triples._integer(n)) == _nq(Literal(n, datatype=XSD.integer))


def test_integer_keeps_bool_apart():
    assert triples._integer(1) == Literal(1, datatype=XSD.integer)
    assert _nq(triples._integer(True)) == _nq(Literal(True, datatype=XSD.integer))


@given(st.dates())
def test_date_literal_is_rdflibs(day):
    iso = day.isoformat()
    assert triples._date(iso) == Literal(iso, datatype=XSD.date)
    assert _nq(triples._date(iso)) == _nq(Literal(iso, datatype=XSD.date))


def test_cached_namespaces_give_the_same_terms():
    for cached, ns, names in ((triples.RCP, RCP, ["Event", "hasSection", "trigger"]),
                              (triples.SDO, SDO, ["Event", "name", "startDate"]),
                              (triples.RDF, RDF, ["type"]), (triples.RDFS, RDFS, ["label", "seeAlso"]),
                              (triples.DCTERMS, DCTERMS, ["subject"]), (triples.XSD, XSD, ["integer", "date"])):
        for name in names:
            term = getattr(cached, name)
            assert type(term) is URIRef and term == getattr(ns, name)
            assert getattr(cached, name) is term  # made once
    assert triples.RCP["Event"] == RCP["Event"]


def test_closed_namespace_still_refuses_unknown_names():
    import pytest

    with pytest.raises(AttributeError):
        triples.RCP.noSuchTermSpeed20


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(TEXT, st.integers()), min_size=1, max_size=5), st.sampled_from([8, 16]))
def test_h_digest_unchanged(parts, n):
    expected = hashlib.sha1("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()[:n]
    assert iris._h(*parts, n=n) == expected


@settings(max_examples=100, deadline=None)
@given(TEXT, st.integers(0, 10**5), st.integers(0, 10**5), TEXT)
def test_minted_iris_are_plain_urirefs(text, start, end, exact):
    ev = iris.event(text, 0)
    made = [ev, iris.event(text, 2), iris.annotation("https://example.org/p", start, end, ev, RDFS.label),
            iris.quote_target("https://example.org/p", start, end, exact), iris.statement(ev, text),
            iris.subject(ev, iris.theme("water")), iris.involvement(ev, iris.org("un"), RCP.Host)]
    for term in made:
        assert type(term) is URIRef and term == URIRef(str(term)) and hash(term) == hash(URIRef(str(term)))
        assert _nq(term) == _nq(URIRef(str(term)))


def test_cached_iri_functions_still_check_keys():
    import pytest

    assert iris.org("un") is iris.org("un")
    for bad in ("Bad Key", "", "-x"):
        with pytest.raises(ValueError):
            iris.org(bad)
        with pytest.raises(ValueError):
            iris.theme(bad)
