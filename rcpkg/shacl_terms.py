"""Lexical validity of typed literals for sh:datatype, exactly as pySHACL decides it.

pySHACL (the reference) says a literal of the constraint's datatype matches when
rdflib does not flag it ill-typed and, for the datatypes pySHACL knows, when rdflib's
Python value has the expected type. rdflib's notion is not quite XSD's (it accepts
`" 1"^^xsd:integer` and `"2020-01-01T00:00:00"^^xsd:date`, and has no check for
xsd:gYear), so the compiled checks do not re-implement it in SPARQL: a value whose
lexical form matches a strict pattern that only valid forms match (`SAFE`) is
accepted by Oxigraph at once, and only the others are passed to rdflib through the
custom SPARQL function `WELL_TYPED` (registered by `rcpkg.shacl_run.run_checks`). The
patterns live in rcpkg.shacl_sparql, as they are part of the compiled queries the build caches.
"""

from __future__ import annotations

import logging
from datetime import date, datetime, time
from decimal import Decimal
from functools import lru_cache

from rdflib import Literal, URIRef
from rdflib.namespace import RDF, XSD

from rcpkg.shacl_sparql import WELL_TYPED

# pySHACL's own check of the Python value (pyshacl.constraints.core.value_constraints)
_VALUE_TYPES = {XSD.string: (str, bytes), RDF.langString: (str, bytes), XSD.integer: int, XSD.float: float,
                XSD.decimal: Decimal, XSD.boolean: bool, XSD.date: date, XSD.time: time, XSD.dateTime: datetime}


@lru_cache(maxsize=65536)
def well_typed(lexical: str, datatype: str) -> bool:
    """True when pySHACL accepts "lexical"^^datatype for sh:datatype datatype."""
    dt = URIRef(datatype)
    logger = logging.getLogger("rdflib.term")
    was = logger.disabled
    logger.disabled = True  # rdflib logs every failed conversion with a traceback
    try:
        literal = Literal(lexical, datatype=dt)
    finally:
        logger.disabled = was
    if literal.ill_typed is True:
        return False
    expected = _VALUE_TYPES.get(dt)
    return expected is None or isinstance(literal.value, expected)


def oxigraph_function():
    """The custom function for pyoxigraph's `Store.query(custom_functions=...)`."""
    import pyoxigraph as ox

    true = ox.Literal("true", datatype=ox.NamedNode(str(XSD.boolean)))
    false = ox.Literal("false", datatype=ox.NamedNode(str(XSD.boolean)))

    def function(term):
        if not isinstance(term, ox.Literal) or term.language:
            return false
        return true if well_typed(term.value, term.datatype.value) else false

    return {ox.NamedNode(WELL_TYPED): function}
