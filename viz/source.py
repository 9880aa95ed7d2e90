"""Where the views get their data: named library queries, run on the embedded
store or on a remote SPARQL endpoint.

Every view reads SPARQL results only (never the store's triples directly), so
a view works the same on `--store` and on `--endpoint`. The query layer
(`rcpkg.sparql.run`) does the running and the binding of parameters.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rdflib import Literal
from rdflib.term import Node

from rcpkg.errors import UsageError

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
    from rcpkg import sparql

    if isinstance(store, (str, Path)):
        from rcpkg.store import open_store

        store = open_store(store)
    result = sparql.run(query_text(query_name_or_text), dict(bindings or {}), store=store, endpoint=endpoint)
    return Rows(list(result.vars), [dict(r) for r in result.rows])


NETWORK_QUERIES = ("network-events", "network-institutions", "network-involvements",
                   "network-themes", "network-structure")


def load_network(*, store: Any = None, endpoint: str | None = None, lang: str = "en"):
    """Run the network queries and return a `rcpkg.viz.model.NetworkData`."""
    return network_from_rows(lang, network_rows(store=store, endpoint=endpoint, lang=lang))


def network_from_rows(lang: str, rows: dict[str, list[dict]]):
    """A `rcpkg.viz.model.NetworkData` from the rows of the network queries (`network_rows`)."""
    from rcpkg.viz.model import NetworkData

    return NetworkData.from_rows(
        lang=lang, events=rows["network-events"], institutions=rows["network-institutions"],
        involvements=rows["network-involvements"], themes=rows["network-themes"],
        structure=rows["network-structure"])


def network_rows(*, store: Any = None, endpoint: str | None = None, lang: str = "en",
                 involvements: list[dict] | None = None) -> dict[str, list[dict]]:
    """The rows of the network queries in `lang`, by query name.

    `involvements`: network-involvements' rows in another language, used instead of running it again
    when every event and institution they name is listed by this language's network-events and
    network-institutions. Only their two label columns depend on the language, and
    `NetworkData.from_rows` reads those only for an event or agent the other queries did not list;
    otherwise the query runs (3 s of the Spanish network's 6 s at 10k events saved)."""
    if lang not in ("en", "es"):
        raise UsageError("the language must be en or es", value=lang)
    if isinstance(store, (str, Path)):
        from rcpkg.store import open_store

        store = open_store(store)
    binding = {"lang": Literal(lang)}
    rows = {name: fetch(name, binding, store=store, endpoint=endpoint).rows
            for name in NETWORK_QUERIES if involvements is None or name != "network-involvements"}
    if involvements is not None:
        events = {str(r["event"]) for r in rows["network-events"]}
        institutions = {str(r["institution"]) for r in rows["network-institutions"]}
        if all(str(r["event"]) in events and str(r["institution"]) in institutions for r in involvements):
            rows["network-involvements"] = involvements
        else:
            rows["network-involvements"] = fetch("network-involvements", binding, store=store,
                                                 endpoint=endpoint).rows
    return rows
