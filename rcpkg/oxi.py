"""Between rdflib and pyoxigraph: term conversion both ways.

rdflib is the API for building and validating; Oxigraph stores and queries.
Converting terms directly (with a cache for IRIs, which repeat a lot) avoids
serialising to text and parsing it again.
"""

from __future__ import annotations

from typing import Iterable, Iterator

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import XSD
from rdflib.term import Node

_XSD_STRING = str(XSD.string)


class ToOxigraph:
    """rdflib term -> pyoxigraph term, caching named nodes."""

    def __init__(self) -> None:
        self._iris: dict[str, ox.NamedNode] = {}
        self._bnodes: dict[str, ox.BlankNode] = {}

    def iri(self, value: str) -> ox.NamedNode:
        node = self._iris.get(value)
        if node is None:
            node = self._iris[value] = ox.NamedNode(value)
        return node

    def term(self, term: Node):
        if isinstance(term, URIRef):
            return self.iri(str(term))
        if isinstance(term, Literal):
            if term.language:
                return ox.Literal(str(term), language=term.language)
            if term.datatype is not None and str(term.datatype) != _XSD_STRING:
                return ox.Literal(str(term), datatype=self.iri(str(term.datatype)))
            return ox.Literal(str(term))
        if isinstance(term, BNode):
            node = self._bnodes.get(str(term))
            if node is None:
                node = self._bnodes[str(term)] = ox.BlankNode()
            return node
        raise TypeError(f"cannot store {term!r} ({type(term).__name__})")

    def quads(self, graph: Graph, graph_name: URIRef) -> Iterator[ox.Quad]:
        g = self.iri(str(graph_name))
        term = self.term
        for s, p, o in graph:
            yield ox.Quad(term(s), term(p), term(o), g)


def to_rdflib(term, *, normalize: bool | None = None) -> Node | None:
    """pyoxigraph term -> rdflib term (None and the default graph give None).

    ``normalize=False`` keeps Oxigraph's own lexical form of every typed literal (rdflib's default
    may rewrite it, e.g. ``"01"^^xsd:integer`` as ``"1"``)."""
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        datatype = term.datatype.value
        if datatype == _XSD_STRING:
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(datatype), normalize=normalize)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.DefaultGraph):
        return None
    raise TypeError(f"cannot convert {term!r}")


def graph_from_store(store, graph_names: Iterable[URIRef] | None = None) -> Graph:
    """Read one or more named graphs (default: all) of a store into one rdflib Graph."""
    out = Graph()
    if graph_names is None:
        quads = store.quads_for_pattern(None, None, None, None)
        for q in quads:
            out.add((to_rdflib(q.subject), to_rdflib(q.predicate), to_rdflib(q.object)))
        return out
    for name in graph_names:
        for q in store.quads_for_pattern(None, None, None, ox.NamedNode(str(name))):
            out.add((to_rdflib(q.subject), to_rdflib(q.predicate), to_rdflib(q.object)))
    return out
