"""Queries run in this process: on a pyoxigraph store, or on rdflib's own engine."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from rdflib.term import Node

from rcpkg.errors import RcpkgError, StoreError, UsageError
from rcpkg.sparql.result import Result, _normalise


_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def _from_oxigraph(term: Any) -> Node | None:
    """A pyoxigraph term of a result as an rdflib term in the canonical form (rcpkg.oxi converts)."""
    import pyoxigraph as ox
    from rdflib import Literal

    from rcpkg.oxi import to_rdflib

    if type(term) is ox.Literal:  # the canonical form of a text is built once (not converted, then rebuilt)
        if term.language:
            return Literal(term.value, lang=term.language)
        if term.datatype.value == _XSD_STRING:
            return Literal(term.value)
    try:
        return _normalise(to_rdflib(term))
    except TypeError:
        raise RcpkgError(f"unsupported term in a query result: {term!r}") from None


def open_store(store: Any):
    """A pyoxigraph store from a path (opened read-only) or an already open store."""
    if isinstance(store, (str, Path)):
        from rcpkg.store import open_store as _open

        return _open(Path(store))
    return store


def _run_oxigraph(query: str, store: Any) -> Result:
    import pyoxigraph as ox

    ox_store = open_store(store)
    try:
        answer = ox_store.query(query, use_default_graph_as_union=True)
    except SyntaxError as exc:
        raise UsageError(f"SPARQL syntax error: {exc}") from None
    except (OSError, RuntimeError, ValueError) as exc:
        raise StoreError(f"the query failed on the store: {exc}") from None
    if isinstance(answer, ox.QueryBoolean):
        return Result([], [], bool(answer))
    if isinstance(answer, ox.QuerySolutions):
        names = [v.value for v in answer.variables]
        # a result repeats its terms (IRIs above all): each distinct term is converted once
        seen: dict = {}

        def term(t: Any) -> Node | None:
            if t is None:
                return None
            got = seen.get(t)
            if got is None:
                got = seen[t] = _from_oxigraph(t)
            return got

        rows = [dict(zip(names, map(term, sol))) for sol in answer]  # a solution iterates in the variables' order
        return Result(names, rows)
    raise UsageError("only SELECT and ASK queries can be printed as a table")


def _run_rdflib(query: str, dataset: Any) -> Result:
    from pyparsing import ParseException

    try:
        answer = dataset.query(query)
    except ParseException as exc:
        raise UsageError(f"SPARQL syntax error: {exc}") from None
    if answer.type == "ASK":
        return Result([], [], bool(answer.askAnswer))
    if answer.type != "SELECT":
        raise UsageError("only SELECT and ASK queries can be printed as a table")
    names = [str(v) for v in answer.vars]
    rows = [{n: _normalise(row[i]) for i, n in enumerate(names)} for row in answer]
    return Result(names, rows)


def load_dataset(store: Any):
    """An rdflib Dataset (default graph = union) holding every quad of the store."""
    from rdflib import Dataset

    ox_store = open_store(store)
    ds = Dataset(default_union=True)
    for quad in ox_store:
        name = _from_oxigraph(quad.graph_name)
        ctx = ds.graph(name) if name is not None else ds.default_graph
        ctx.add((_from_oxigraph(quad.subject), _from_oxigraph(quad.predicate), _from_oxigraph(quad.object)))
    return ds
