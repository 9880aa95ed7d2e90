"""Where the views get their data: named library queries, run on the embedded
store or on a remote SPARQL endpoint.

Every view reads SPARQL results only (never the store's triples directly), so
a view works the same on `--store` and on `--endpoint`. The query layer
(`rcpkg.sparql.run`) does the running when it is installed; until then a
small adapter over pyoxigraph / SPARQLWrapper with the same contract is used.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rdflib import BNode, Literal, URIRef
from rdflib.term import Node

from rcpkg.errors import RemoteError, UsageError

_NAME = re.compile(r"^[a-z0-9][a-z0-9-]*$")


@dataclass(frozen=True)
class Rows:
    """The rows of a SELECT: `vars` in order, each row a dict var -> rdflib term or None."""

    vars: list[str]
    rows: list[dict[str, Node | None]] = field(default_factory=list)


def query_text(query_name_or_text: str) -> str:
    """The text of a library query (by name, e.g. ``network-events``) or the text itself."""
    if _NAME.match(query_name_or_text):
        from rcpkg.resources import queries_dir

        path = Path(queries_dir()) / f"{query_name_or_text}.rq"
        if not path.is_file():
            raise UsageError("no such library query", value=query_name_or_text,
                             hint="`rcpkg queries` lists the library.")
        return path.read_text(encoding="utf-8")
    return query_name_or_text


def fetch(query_name_or_text: str, bindings: dict[str, Node] | None = None, *,
          store: Any = None, endpoint: str | None = None) -> Rows:
    """Run a library query (or query text) with `bindings` as RDF terms.

    `store` is an open pyoxigraph store (or a path to one); `endpoint` a SPARQL
    1.1 query URL. Exactly one of them.
    """
    if (store is None) == (endpoint is None):
        raise UsageError("give either a store or an endpoint")
    text = query_text(query_name_or_text)
    bindings = dict(bindings or {})
    if isinstance(store, (str, Path)):
        from rcpkg.store import open_store

        store = open_store(store)
    try:
        from rcpkg import sparql  # the query layer, when present
    except ImportError:
        sparql = None
    if sparql is not None and hasattr(sparql, "run"):
        result = sparql.run(text, bindings, store=store, endpoint=endpoint)
        return Rows(list(result.vars), [dict(r) for r in result.rows])
    if store is not None:
        return _run_local(store, text, bindings)
    return _run_remote(endpoint, text, bindings)


# -- fallback adapter (used only while rcpkg.sparql is absent) ----------------

_WHERE = re.compile(r"\bWHERE\s*\{", re.IGNORECASE)


def _bind_values(text: str, bindings: dict[str, Node]) -> str:
    """Bind variables with a VALUES block at the start of the outer WHERE.

    The values are RDF terms serialised by rdflib (`n3()`, which escapes
    quotes, backslashes and newlines), so a value is data and never query
    text. (pyoxigraph's `substitutions=` needs the variable in the SELECT
    projection, which aggregated queries do not have.)
    """
    if not bindings:
        return text
    for name, term in bindings.items():
        if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name) or not isinstance(term, (URIRef, Literal)):
            raise UsageError("cannot bind this value", value=f"{name}={term!r}")
    match = _WHERE.search(text)
    if match is None:
        raise UsageError("the query has no WHERE clause to bind parameters in")
    names = sorted(bindings)
    block = f" VALUES ({' '.join('?' + n for n in names)}) {{ ({' '.join(bindings[n].n3() for n in names)}) }} "
    return text[:match.end()] + block + text[match.end():]


def _from_ox(term) -> Node | None:
    import pyoxigraph as ox

    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        dt = term.datatype.value
        if dt == "http://www.w3.org/2001/XMLSchema#string":
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(dt))
    return None


def _run_local(store, text: str, bindings: dict[str, Node]) -> Rows:
    import pyoxigraph as ox

    try:
        solutions = store.query(_bind_values(text, bindings), use_default_graph_as_union=True)
    except SyntaxError as exc:
        raise UsageError(f"the query does not parse: {exc}") from None
    names = [v.value for v in solutions.variables]
    rows = [{n: _from_ox(sol[n]) for n in names} for sol in solutions]
    return Rows(names, rows)


def _run_remote(endpoint: str, text: str, bindings: dict[str, Node]) -> Rows:
    from SPARQLWrapper import JSON, POST, SPARQLWrapper

    text = _bind_values(text, bindings)
    client = SPARQLWrapper(endpoint)
    client.setMethod(POST)
    client.setReturnFormat(JSON)
    client.setQuery(text)
    client.setTimeout(60)
    try:
        data = client.queryAndConvert()
    except Exception as exc:  # network and HTTP errors from urllib / SPARQLWrapper
        raise RemoteError(f"the endpoint failed: {exc}", value=endpoint) from None
    names = data["head"]["vars"]
    rows = []
    for b in data["results"]["bindings"]:
        row: dict[str, Node | None] = {}
        for n in names:
            v = b.get(n)
            if v is None:
                row[n] = None
            elif v["type"] == "uri":
                row[n] = URIRef(v["value"])
            elif v["type"] == "bnode":
                row[n] = BNode(v["value"])
            else:
                row[n] = Literal(v["value"], lang=v.get("xml:lang"),
                                 datatype=URIRef(v["datatype"]) if v.get("datatype") else None)
        rows.append(row)
    return Rows(names, rows)
