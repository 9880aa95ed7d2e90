"""sh:datatype: the lexical forms decided in SPARQL, and the datatypes rdflib must judge (rcpkg.shacl_terms)."""

from __future__ import annotations

from rdflib import URIRef
from rdflib.namespace import RDF, XSD

WELL_TYPED = "urn:rcpkg:shacl:wellTyped"  # custom function: literal -> xsd:boolean

_YMD = r"[1-9][0-9]{3}-(0[1-9]|1[0-2])-(0[1-9]|1[0-9]|2[0-8])"  # days 29-31 are checked by rdflib
_INT = r"(0|[1-9][0-9]{0,17})"
# Lexical forms that rdflib (and pySHACL) always accept for the datatype: the common case,
# decided by Oxigraph alone. Each is tested against rdflib (tests/test_shacl_differential.py).
SAFE: dict[URIRef, str] = {
    XSD.integer: rf"^-?{_INT}$",
    XSD.nonNegativeInteger: rf"^{_INT}$",
    XSD.positiveInteger: r"^[1-9][0-9]{0,17}$",
    XSD.decimal: rf"^-?{_INT}(\.[0-9]{{1,17}})?$",
    XSD.double: rf"^-?{_INT}(\.[0-9]{{1,15}})?([eE]-?[1-9][0-9]?)?$",
    XSD.float: rf"^-?{_INT}(\.[0-9]{{1,6}})?$",
    XSD.boolean: r"^(true|false)$",
    XSD.date: rf"^{_YMD}$",
    XSD.dateTime: rf"^{_YMD}T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](Z|[+-](0[0-9]|1[0-3]):[0-5][0-9])?$",
}

# the datatypes whose values pySHACL checks itself, beyond rdflib's verdict
_PYSHACL_CHECKED = {XSD.integer, XSD.float, XSD.decimal, XSD.boolean, XSD.date, XSD.time, XSD.dateTime}


def _checked(datatype: URIRef) -> bool:
    """Whether a literal of `datatype` can be ill-typed for pySHACL (rdflib recognises the datatype)."""
    if datatype in (XSD.string, RDF.langString):
        return False
    try:
        from rdflib.term import _toPythonMapping as recognised
    except ImportError:  # pragma: no cover - another rdflib: ask it about every literal
        return True
    return datatype in recognised or datatype in _PYSHACL_CHECKED
