"""The one result type of every engine, and the one canonical form of its terms."""

from __future__ import annotations

from dataclasses import dataclass, field

from rdflib import Literal, URIRef
from rdflib.namespace import RDF, XSD
from rdflib.term import Node

XSD_STRING = str(XSD.string)
RDF_LANGSTRING = str(RDF.langString)


@dataclass(frozen=True)
class Result:
    """A query's answer: the projected variables and one dict per row.

    ``boolean`` is set for ASK queries (``vars`` and ``rows`` are then empty). ``cut_at`` is set when
    an endpoint returned only the first rows, cut at its row limit.
    """

    vars: list[str]
    rows: list[dict[str, Node | None]] = field(default_factory=list)
    boolean: bool | None = None
    cut_at: int | None = None  # the server cut the rows at this limit (only remote results)
    pages: int = 1  # requests it took to read every row (remote results read in pages)

    def __len__(self) -> int:
        return len(self.rows)

    def tuples(self) -> list[tuple[Node | None, ...]]:
        return [tuple(row.get(v) for v in self.vars) for row in self.rows]


_XSD = str(XSD)
# Oxigraph stores these as xsd:integer; the other engines are mapped the same way so results are identical.
_INTEGER_TYPES = {_XSD + t for t in ("nonNegativeInteger", "positiveInteger", "nonPositiveInteger",
                                     "negativeInteger", "long", "int", "short", "byte", "unsignedLong",
                                     "unsignedInt", "unsignedShort", "unsignedByte")}
_XSD_INTEGER = URIRef(_XSD + "integer")


def _normalise(term: Node | None) -> Node | None:
    """rdflib terms in one canonical form whatever the engine: plain literals without xsd:string,
    integer-derived datatypes as xsd:integer (as Oxigraph stores them), lexical forms kept."""
    if isinstance(term, Literal):
        if term.language:
            return Literal(str(term), lang=term.language)
        if term.datatype is None or str(term.datatype) == XSD_STRING:
            return Literal(str(term))
        if str(term.datatype) in _INTEGER_TYPES:
            return Literal(str(term), datatype=_XSD_INTEGER)
        return Literal(str(term), datatype=term.datatype)
    return term
