"""The speed21 writer (rcpkg.nquads.lines: dispatch on the exact class of a term, module caches of
IRI and literal text) writes exactly the lines the writer before it wrote, kept here as the reference.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import BNode, Literal, URIRef
from rdflib.namespace import RDF, XSD
from rdflib.term import Genid

from rcpkg import nquads
from rcpkg.nquads import lines

# ---- the writer before speed21, verbatim (the reference) -------------------------------------------

_XSD_STRING = str(XSD.string)
_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}
_NEEDS_ESCAPE = re.compile(r'[\\"\x00-\x1f\x7f]')
_IRI_BAD = re.compile(r'[\x00-\x20<>"{}|^`\\]')


def _escape_char(match: re.Match) -> str:
    ch = match.group()
    return _ESCAPES.get(ch) or f"\\u{ord(ch):04X}"


def old_literal(term: Literal) -> str:
    text = str(term)
    if _NEEDS_ESCAPE.search(text):
        text = _NEEDS_ESCAPE.sub(_escape_char, text)
    if term.language:
        return f'"{text}"@{term.language}'
    datatype = term.datatype
    if datatype is not None and str(datatype) != _XSD_STRING:
        return f'"{text}"^^<{datatype}>'
    return f'"{text}"'


def old_iri(term: str) -> str:
    if _IRI_BAD.search(term):
        raise ValueError(f"not a valid IRI for N-Quads: {term!r}")
    return f"<{term}>"


def old_lines(triples, graph):
    cache: dict[str, str] = {}
    g = old_iri(str(graph))
    out: list[str] = []
    append = out.append
    for s, p, o in triples:
        s_text = cache.get(s)
        if s_text is None:
            s_text = cache[s] = old_iri(s) if isinstance(s, URIRef) else f"_:{s}"
        p_text = cache.get(p)
        if p_text is None:
            p_text = cache[p] = old_iri(p)
        if isinstance(o, Literal):
            o_text = old_literal(o)
        elif isinstance(o, BNode):
            o_text = f"_:{o}"
        else:
            o_text = cache.get(o)
            if o_text is None:
                o_text = cache[o] = old_iri(o)
        append(f"{s_text} {p_text} {o_text} {g} .\n")
    return "".join(out)


# ---- strategies ------------------------------------------------------------------------------------

GRAPH = URIRef("https://example.org/graph/g")
# every code point but surrogates, with the ones that need escaping (and astral ones) made likely
TEXT = st.text(
    alphabet=st.one_of(
        st.characters(blacklist_categories=("Cs",)),
        st.sampled_from(list('"\\\n\r\t\b\f\x00\x01\x1f\x7f\x80\xa0\u2028é字') + ["\U0001F600", "\U00010348"]),
    ),
    max_size=30,
)
LANG = st.sampled_from(["en", "es", "EN", "pt-BR", "de-1996"])
DATATYPE = st.sampled_from([XSD.string, XSD.integer, XSD.date, XSD.anyURI, RDF.langString,
                            URIRef("https://example.org/dt"), URIRef(str(XSD.string))])
# IRI text without the characters N-Quads forbids in an IRI (the reference's check)
IRI_TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters='\x00<>"{}|^`\\ '),
                   max_size=12).filter(lambda t: not _IRI_BAD.search(t))
IRI = st.builds(lambda t: URIRef("https://example.org/" + t), IRI_TEXT)
# a small pool too, so that the same IRI comes again (as the same object and as an equal one)
POOL = [URIRef(f"https://example.org/r{i}") for i in range(4)]
IRI_OR_POOL = st.one_of(IRI, st.sampled_from(POOL), st.sampled_from(POOL).map(lambda u: URIRef(str(u))))
BNODE = st.builds(lambda t: BNode(t), st.sampled_from(["b0", "b1", "node9"]))


LITERAL = st.one_of(
    st.builds(Literal, TEXT),
    st.builds(lambda t, lang: Literal(t, lang=lang), TEXT, LANG),
    st.builds(lambda t, dt: Literal(t, datatype=dt), TEXT, DATATYPE),
    st.just(Literal("")),
    st.just(Literal("", lang="en")),
)
SUBJECT = st.one_of(IRI_OR_POOL, BNODE, st.builds(lambda t: Genid("https://example.org/.well-known/genid/" + t),
                                                   st.sampled_from(["a", "b"])))
PREDICATE = st.one_of(st.sampled_from([RDF.type, URIRef("https://example.org/p")]), IRI_OR_POOL)
OBJECT = st.one_of(IRI_OR_POOL, LITERAL, BNODE, st.just("https://example.org/plain-str"))
TRIPLES = st.lists(st.tuples(SUBJECT, PREDICATE, OBJECT), max_size=25)


@settings(max_examples=600, deadline=None)
@given(TRIPLES)
def test_same_lines_as_before(triples):
    assert lines(triples, GRAPH) == old_lines(triples, GRAPH)
    # and once more, the caches now holding these terms
    assert lines(triples, GRAPH) == old_lines(triples, GRAPH)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(SUBJECT, PREDICATE, OBJECT), min_size=1, max_size=10))
def test_same_lines_from_empty_caches(triples):
    nquads._uris.clear()
    nquads._literals.clear()
    assert lines(triples, GRAPH) == old_lines(triples, GRAPH)


@settings(max_examples=300, deadline=None)
@given(LITERAL)
def test_literal_line(term):
    triple = [(POOL[0], POOL[1], term)]
    assert lines(triple, GRAPH) == old_lines(triple, GRAPH)


def test_subjects_grouped_and_interleaved():
    s1, s2, p = POOL[0], POOL[1], POOL[2]
    triples = [(s1, p, Literal("a")), (s1, p, Literal("a", lang="en")), (s2, p, s1), (BNode("x"), p, s2),
               (URIRef(str(s1)), p, BNode("x")), (s1, p, Literal("1", datatype=XSD.integer))]
    assert lines(triples, GRAPH) == old_lines(triples, GRAPH)


def test_literal_and_iri_of_the_same_text_do_not_collide():
    text = "https://example.org/same"
    triples = [(POOL[0], POOL[1], Literal(text)), (POOL[0], POOL[1], URIRef(text)), (POOL[0], POOL[1], BNode(text)),
               (POOL[0], POOL[1], Literal(text, datatype=XSD.anyURI)), (POOL[0], POOL[1], text)]
    assert lines(triples, GRAPH) == old_lines(triples, GRAPH)


@pytest.mark.parametrize("bad", ["https://example.org/a b", "https://example.org/<x>", 'https://e.org/"',
                                 "https://e.org/{x}", "https://e.org/a|b", "https://e.org/^", "https://e.org/`",
                                 "https://e.org/a\\b", "https://e.org/\n", "https://e.org/\x00"])
@pytest.mark.parametrize("where", ["s", "p", "o", "g"])
def test_bad_iri_still_raises(bad, where):
    good = URIRef("https://example.org/ok")
    term = URIRef(bad)
    s, p, o, g = (term if where == w else good for w in "spog")
    with pytest.raises(ValueError) as new:
        lines([(s, p, o)], g)
    with pytest.raises(ValueError) as old:
        old_lines([(s, p, o)], g)
    assert str(new.value) == str(old.value)
    # a second time too (a bad IRI is never cached as good)
    with pytest.raises(ValueError):
        lines([(s, p, o)], g)


def test_caches_are_bounded(monkeypatch):
    monkeypatch.setattr(nquads, "_CACHE_MAX", 10)
    triples = [(URIRef(f"https://example.org/s{i}"), POOL[0], Literal(f"v{i}")) for i in range(30)]
    for _ in range(3):
        assert lines(triples, GRAPH) == old_lines(triples, GRAPH)
        assert len(nquads._uris) <= 10 + 31
        assert len(nquads._literals) <= 10 + 30
