"""One entry point for every engine."""

from __future__ import annotations

from typing import Any, Mapping

from rdflib.term import Node

from rcpkg.errors import UsageError
from rcpkg.sparql.binding import bind
from rcpkg.sparql.local import _run_oxigraph, _run_rdflib, load_dataset
from rcpkg.sparql.remote import _run_remote
from rcpkg.sparql.result import Result


def run(query: str, bindings: Mapping[str, Node | None] | None = None, *, store: Any = None,
        endpoint: str | None = None, dataset: Any = None, engine: str | None = None,
        timeout: float = 60, paginate: bool = True, strict: bool = False,
        default_graphs: list[str] | None = None) -> Result:
    """Run a SELECT or ASK query and return its rows as rdflib terms.

    Exactly one target: ``store`` (a path or an open ``pyoxigraph.Store``;
    the default graph is the union of all graphs), ``endpoint`` (a SPARQL 1.1
    query URL; credentials from the URL, RCPKG_TOKEN or RCPKG_USER /
    RCPKG_PASSWORD, Basic or Digest), or ``dataset`` (an rdflib
    ``Dataset(default_union=True)``; also chosen by ``engine="rdflib"``).
    ``bindings`` maps variable names (without ``?``) to rdflib terms; ``None``
    leaves the variable unbound.

    On an endpoint that cuts results at a row limit (Virtuoso's
    ResultSetMaxRows, announced in the X-SPARQL-MaxRows header), an ordered
    query (top-level ORDER BY, no LIMIT / OFFSET) is read in pages of that
    size when ``paginate`` (``Result.pages`` says how many); any other cut
    result comes back with ``Result.cut_at`` set to the limit, or raises
    RemoteError when ``strict``. ``default_graphs`` are sent as the
    protocol's ``default-graph-uri``.
    """
    text = bind(query, bindings)
    if engine == "rdflib" or (dataset is not None and engine is None):
        if dataset is None:
            if store is None:
                raise UsageError("engine='rdflib' needs a dataset (or a store to load one from)")
            dataset = load_dataset(store)
        return _run_rdflib(text, dataset)
    if endpoint is not None:
        return _run_remote(text, endpoint, timeout, paginate=paginate, strict=strict,
                           default_graphs=default_graphs)
    if store is None:
        raise UsageError("no store and no endpoint to query")
    return _run_oxigraph(text, store)
