"""The library queries as both sides run them: text plus their default parameter values as RDF terms.

The query catalogue (`rcpkg.queries.catalogue`) is the source of the queries and
of their parameters; every query runs with its defaults, which are meaningful
examples by the catalogue's contract. Parameters are converted once, against
the built store, and the same terms are bound for rcpkg and for rdflib (through
`rcpkg.sparql.run`, which binds them the same way for every engine), so both
engines answer exactly the same question.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from rdflib.term import Node


@dataclass
class LibraryQuery:
    name: str
    text: str
    bindings: dict[str, Node] = field(default_factory=dict)
    error: str = ""  # the defaults could not be resolved on this store: not timed


def library_queries(store_path: Path) -> list[LibraryQuery]:
    """Every library query with its default bindings, resolved against the store at `store_path`."""
    from rcpkg.errors import RcpkgError
    from rcpkg.queries.catalogue import load_catalogue
    from rcpkg.store import open_store

    store = open_store(store_path)
    found = []
    for name, query in sorted(load_catalogue().items()):
        try:
            bindings = {k: v for k, v in query.bindings(store=store).items() if v is not None}
        except RcpkgError as exc:
            found.append(LibraryQuery(name, query.text, error=str(exc)))
            continue
        found.append(LibraryQuery(name, query.text, bindings))
    return found
