"""Upload the store's graphs to a SPARQL 1.1 server, one named graph at a time, atomically.

Each graph is replaced so that a failure leaves the old graph or the new one, never half of each: with
an update endpoint, its triples go to a staging graph (``https://w3id.org/rcpkg/staging/…``: one Graph
Store ``PUT``, or SPARQL Update ``INSERT DATA`` chunks with blank nodes skolemized, since Virtuoso refuses
them there) and one ``MOVE`` puts them in place; with a Graph Store Protocol URL only, one
``PUT <graph-store>?graph=IRI`` replaces it. After each graph, the server's manifest graph
(``https://w3id.org/rcpkg/graph/publish-manifest``: graph → ``rcp:contentHash``, ``rcp:buildId``) is
rewritten, so the next publish skips the graphs the server already holds and resumes after a failure.
Only rcpkg's own graphs (IRIs under ``https://w3id.org/rcpkg/graph/``) are ever written or dropped; other
graphs on the server are left alone. With a query endpoint, rcpkg graphs on the server that the store no
longer has are dropped (``prune``), every graph is counted back (``verify``), and one ASK checks that the
server's default graph shows the data (``default_graph_shows_data``).

Credentials come from the URL, RCPKG_TOKEN (bearer) or RCPKG_USER / RCPKG_PASSWORD (Basic, or Digest when
the server asks for it) and are never printed; URLs are shown without user:password. Connection errors
and HTTP 5xx are retried with exponential backoff (a bounded number of tries); HTTP 4xx fails at once with
the server's message. When a publish fails, the error lists exactly which graphs were replaced and which
were not (exit code 3).
"""

from __future__ import annotations

import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from rcpkg.errors import RemoteError, UsageError
from rcpkg.iris import GRAPH
from rcpkg.namespaces import RCP, SKOLEM, STAGING
from rcpkg.sparql import ask_answer, check_iri, credentials, opener, scrub_url, server_message
from rcpkg.sparql.client import partial_result

CHUNK_TRIPLES = 1000  # triples per INSERT DATA (Virtuoso 7's SPARQL parser runs out of memory near 5,000)


@dataclass
class PublishReport:
    graphs: list[str] = field(default_factory=list)  # every rcpkg graph of the store, in upload order
    replaced: list[str] = field(default_factory=list)
    pruned: list[str] = field(default_factory=list)
    triples: dict[str, int] = field(default_factory=dict)
    verified: bool = False
    skipped: list[str] = field(default_factory=list)  # already on the server (same content hash)
    build: str = ""
    default_graph_shows_data: bool | None = None  # the ASK after publishing (None: no endpoint)

    @property
    def not_replaced(self) -> list[str]:
        return [g for g in self.graphs if g not in self.replaced and g not in self.skipped]


def _listing(graphs: list[str], most: int = 20) -> str:
    if not graphs:
        return "(none)"
    shown = graphs if len(graphs) <= most else graphs[:most] + [f"… and {len(graphs) - most} more"]
    return "\n    ".join(shown)


class PublishError(RemoteError):
    """A publish that stopped part-way; `report` says what was replaced."""

    def __init__(self, message: str, report: PublishReport, *, advice: str | None = None) -> None:
        replaced = _listing(report.replaced)
        missing = _listing(report.not_replaced)
        super().__init__(message, hint=(f"{advice}\n  " if advice else "") + f"replaced:\n    {replaced}\n  not replaced:\n    {missing}\n"
                                       "  Run `rcpkg publish` again once the server is back (with --endpoint it "
                                       "sends only what is missing); it never duplicates.")
        self.report = report


def _validate_url(url: str | None, option: str) -> str | None:
    if url is None:
        return None
    parts = urllib.parse.urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise UsageError(f"{option} must be an http(s) URL", value=scrub_url(url))
    return url


class Http:
    """Small HTTP client with retries, timeouts and credentials; messages never show credentials."""

    def __init__(self, *, timeout: float = 60, tries: int = 4, backoff: float = 0.5,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        if tries < 1:
            raise UsageError("tries must be at least 1", value=tries)
        self.timeout, self.tries, self.backoff, self.sleep = timeout, tries, backoff, sleep
        self.attempts = 0  # for tests and the final report
        self._clients: dict[tuple[str, str, str], Any] = {}

    def request(self, method: str, url: str, body: bytes | None, content_type: str | None,
                accept: str | None = None) -> bytes:
        origin = urllib.parse.urlsplit(url)
        key = (origin.scheme, origin.netloc, origin.path)
        if key not in self._clients:  # one client per endpoint: it remembers that the endpoint wants Digest
            self._clients[key] = opener(url)
        _, client, headers = self._clients[key]
        clean, _, _ = credentials(url)
        headers = dict(headers)
        if content_type:
            headers["Content-Type"] = content_type
        if accept:
            headers["Accept"] = accept
        shown = scrub_url(url)
        last = ""
        for attempt in range(1, self.tries + 1):
            self.attempts += 1
            req = urllib.request.Request(clean, data=body, method=method, headers=headers)
            try:
                with client.open(req, timeout=self.timeout) as response:
                    raw, answered = response.read(), response.headers
                partial = partial_result(answered, shown)
                if partial:  # not retried: the same budget would run out again
                    raise RemoteError(partial)
                return raw
            except urllib.error.HTTPError as exc:
                detail = _server_message(exc)
                partial = partial_result(None, shown, detail)
                if partial:  # not retried: the same budget would run out again
                    raise RemoteError(partial) from None
                if exc.code < 500:
                    hint = None
                    if exc.code in (401, 403):
                        hint = "Check RCPKG_USER / RCPKG_PASSWORD or RCPKG_TOKEN (they are never printed)."
                    raise RemoteError(f"{method} {shown} was refused: HTTP {exc.code} {exc.reason}"
                                      + (f": {detail}" if detail else ""), hint=hint) from None
                last = f"HTTP {exc.code} {exc.reason}" + (f": {detail}" if detail else "")
            except (urllib.error.URLError, ConnectionError, TimeoutError, OSError, ValueError) as exc:
                last = str(getattr(exc, "reason", exc)) or type(exc).__name__
            if attempt < self.tries:
                self.sleep(self.backoff * (2 ** (attempt - 1)))
        raise RemoteError(f"{method} {shown} failed after {self.tries} tries: {last}")


def _server_message(exc: urllib.error.HTTPError) -> str:
    try:
        return server_message(exc.read(), limit=300)
    except Exception:  # noqa: BLE001 - the message is a courtesy
        return ""


def rcpkg_graphs(store: Any) -> list[str]:
    """The store's named graphs that rcpkg owns, sorted (ontology and reference first)."""
    names = [g.value for g in store.named_graphs() if hasattr(g, "value") and g.value.startswith(GRAPH)]
    order = {GRAPH + "ontology": 0, GRAPH + "reference": 1}
    return sorted(names, key=lambda g: (order.get(g, 2 if "/source/" in g else 3), g))


def graph_ntriples(store: Any, graph: str) -> bytes:
    import pyoxigraph as ox

    return store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.NamedNode(graph)) or b""


MANIFEST = GRAPH + "publish-manifest"  # on the server: graph -> content hash, build id
UNION_HINT = ("Fix: Oxigraph: `oxigraph serve --union-default-graph`; Fuseki: `tdb2:unionDefaultGraph true`; "
              "Virtuoso shows every graph by default; or query with `rcpkg query --endpoint URL --published-graphs`.")


def _chunks(ntriples: bytes, size: int) -> list[bytes]:
    lines = [line for line in ntriples.split(b"\n") if line.strip()]
    if any(b"_:" in line for line in lines):
        return [b"\n".join(lines)]  # blank nodes must stay in one INSERT DATA to keep their identity
    return [b"\n".join(lines[i:i + size]) for i in range(0, len(lines), size)] or [b""]


def content_hash(ntriples: bytes) -> str:
    """sha256 of the graph's sorted N-Triples lines."""
    import hashlib

    lines = sorted(line for line in ntriples.split(b"\n") if line.strip())
    return hashlib.sha256(b"\n".join(lines)).hexdigest()


def skolemize(ntriples: bytes, graph: str) -> bytes:
    """Blank nodes as IRIs under /.well-known/genid/ (one namespace per graph), for servers that refuse
    blank nodes in INSERT DATA (Virtuoso); the same triples otherwise."""
    import hashlib
    import re

    prefix = SKOLEM + hashlib.sha256(graph.encode()).hexdigest()[:16] + "/"
    out = []
    for line in ntriples.split(b"\n"):
        if b"_:" not in line:
            out.append(line)
            continue
        # only the subject and object positions can hold a blank node; literals are left alone
        parts = re.match(rb"^(\S+) (\S+) (.*) \.$", line.strip())
        if not parts:
            out.append(line)
            continue
        s, p_, o = parts.groups()
        if s.startswith(b"_:"):
            s = b"<" + prefix.encode() + s[2:] + b">"
        if o.startswith(b"_:"):
            o = b"<" + prefix.encode() + o[2:] + b">"
        out.append(s + b" " + p_ + b" " + o + b" .")
    return b"\n".join(out)


def _graph_store_url(base: str, graph: str) -> str:
    sep = "&" if urllib.parse.urlsplit(base).query else "?"
    return f"{base}{sep}{urllib.parse.urlencode({'graph': graph})}"


def _remote_graphs(http: Http, endpoint: str) -> list[str]:
    import json

    query = (f"SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(STRSTARTS(STR(?g), \"{GRAPH}\") "
             f"&& STR(?g) != \"{MANIFEST}\") }}")
    raw = http.request("POST", endpoint, urllib.parse.urlencode({"query": query}).encode(),
                       "application/x-www-form-urlencoded", "application/sparql-results+json")
    try:
        data = json.loads(raw)
        return [b["g"]["value"] for b in data["results"]["bindings"]]
    except (ValueError, KeyError, TypeError):
        raise RemoteError(f"{scrub_url(endpoint)} did not answer with SPARQL JSON results") from None


def _remote_count(http: Http, endpoint: str, graph: str) -> int:
    import json

    query = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{check_iri(graph)}> {{ ?s ?p ?o }} }}"
    raw = http.request("POST", endpoint, urllib.parse.urlencode({"query": query}).encode(),
                       "application/x-www-form-urlencoded", "application/sparql-results+json")
    try:
        return int(json.loads(raw)["results"]["bindings"][0]["n"]["value"])
    except (ValueError, KeyError, IndexError, TypeError):
        raise RemoteError(f"{scrub_url(endpoint)} did not answer the count with SPARQL JSON results") from None


def _select(http: Http, endpoint: str, query: str) -> list[dict]:
    import json

    raw = http.request("POST", endpoint, urllib.parse.urlencode({"query": query}).encode(),
                       "application/x-www-form-urlencoded", "application/sparql-results+json")
    try:
        data = json.loads(raw)
        boolean = ask_answer(data)
        if boolean is not None:
            return [{"boolean": boolean}]
        return data["results"]["bindings"]
    except (ValueError, KeyError, TypeError):
        raise RemoteError(f"{scrub_url(endpoint)} did not answer with SPARQL JSON results") from None


def read_manifest(http: Http, endpoint: str) -> dict[str, str]:
    """graph -> content hash, as the server's manifest graph records them."""
    rows = _select(http, endpoint, f"SELECT ?g ?h WHERE {{ GRAPH <{MANIFEST}> {{ ?g <{RCP.contentHash}> ?h }} }}")
    seen: dict[str, set[str]] = {}
    for r in rows:
        if "g" in r and "h" in r:
            seen.setdefault(r["g"]["value"], set()).add(r["h"]["value"])
    # a graph recorded twice (an entry appended by a publish that then died) is not trusted: sent again
    return {g: next(iter(h)) for g, h in seen.items() if len(h) == 1}


def published_graphs(endpoint: str, *, timeout: float = 60) -> list[str]:
    """The graphs `rcpkg publish` recorded in the server's manifest graph (for default-graph-uri)."""
    _validate_url(endpoint, "--endpoint")
    graphs = sorted(read_manifest(Http(timeout=timeout, tries=2), endpoint))
    if not graphs:
        raise RemoteError(f"{scrub_url(endpoint)} has no rcpkg manifest graph: nothing was published there "
                          "with this version of rcpkg", hint="Run `rcpkg publish` first, or name the graphs "
                                                             "with --default-graph-uri.")
    return graphs


def _record(http: Http, graph: str, digest: str, build: str, *, graph_store: str | None,
            update_endpoint: str | None) -> None:
    """Record one graph in the server's manifest, in one request whatever the manifest's size."""
    iri = check_iri(graph)
    triples = (f"<{iri}> <{RCP.contentHash}> \"{digest}\" .\n"
               f"<{iri}> <{RCP.buildId}> \"{build}\" .")
    if update_endpoint is not None:
        http.request("POST", update_endpoint,
                     (f"DELETE WHERE {{ GRAPH <{MANIFEST}> {{ <{iri}> ?p ?o }} }} ;\n"
                      f"INSERT DATA {{ GRAPH <{MANIFEST}> {{\n{triples}\n}} }}").encode(), "application/sparql-update")
    else:  # the Graph Store Protocol's POST adds to the graph; the full manifest is written at the end
        http.request("POST", _graph_store_url(graph_store, MANIFEST), triples.encode(), "application/n-triples")


def _write_manifest(http: Http, manifest: dict[str, str], build: str, *, graph_store: str | None,
                    update_endpoint: str | None) -> None:
    lines = []
    for graph, digest in sorted(manifest.items()):
        lines.append(f"<{check_iri(graph)}> <{RCP.contentHash}> \"{digest}\" .")
        lines.append(f"<{check_iri(graph)}> <{RCP.buildId}> \"{build}\" .")
    data = "\n".join(lines).encode()
    if update_endpoint is not None:
        http.request("POST", update_endpoint, f"DROP SILENT GRAPH <{MANIFEST}> ;\nINSERT DATA {{ GRAPH <{MANIFEST}> {{\n".encode()
                     + data + b"\n} }", "application/sparql-update")
    else:
        http.request("PUT", _graph_store_url(graph_store, MANIFEST), data, "application/n-triples")


def publish(store: Any, *, endpoint: str | None = None, update_endpoint: str | None = None,
            graph_store: str | None = None, prune: bool = True, verify: bool = True, resume: bool = True,
            timeout: float = 60, tries: int = 4, backoff: float = 0.5, chunk: int = CHUNK_TRIPLES,
            progress: Callable[[str, int, int], None] | None = None) -> PublishReport:
    """Replace each rcpkg graph of `store` (a path or an open pyoxigraph store) on the server.

    `progress(graph, done, total)` is called after each graph is replaced (or skipped). With an
    `endpoint` and `resume`, graphs whose content hash the server's manifest graph already records are
    skipped: publishing again sends only what changed or what a failed publish did not finish.
    Raises PublishError (listing replaced / not replaced graphs) when it stops part-way.
    """
    from rcpkg.sparql import open_store

    for url, option in [(endpoint, "--endpoint"), (update_endpoint, "--update-endpoint"),
                        (graph_store, "--graph-store")]:
        _validate_url(url, option)
    if graph_store is None and update_endpoint is None:
        raise UsageError("give --graph-store URL (SPARQL Graph Store Protocol) or --update-endpoint URL")
    ox_store = open_store(Path(store)) if isinstance(store, (str, Path)) else store
    http = Http(timeout=timeout, tries=tries, backoff=backoff)
    report = PublishReport(graphs=rcpkg_graphs(ox_store))
    if not report.graphs:
        raise UsageError("the store has no rcpkg graphs to publish", hint="Run `rcpkg build` first.")
    manifest: dict[str, str] = {}
    hashes: dict[str, str] = {}
    data_of: dict[str, bytes] = {}
    for graph in report.graphs:
        data_of[graph] = graph_ntriples(ox_store, graph)
        hashes[graph] = content_hash(data_of[graph])
        report.triples[graph] = sum(1 for line in data_of[graph].split(b"\n") if line.strip())
    import hashlib

    build = hashlib.sha256("\n".join(f"{g} {h}" for g, h in sorted(hashes.items())).encode()).hexdigest()[:16]
    report.build = build
    try:
        if endpoint is not None and resume:
            manifest = read_manifest(http, endpoint)
        for done, graph in enumerate(report.graphs, start=1):
            data = data_of[graph]
            if manifest.get(graph) == hashes[graph]:
                report.skipped.append(graph)
            else:
                _upload(http, graph, data, graph_store=graph_store, update_endpoint=update_endpoint, chunk=chunk)
                manifest[graph] = hashes[graph]
                _record(http, graph, hashes[graph], build, graph_store=graph_store, update_endpoint=update_endpoint)
                report.replaced.append(graph)
            if progress:
                progress(graph, done, len(report.graphs))
        if endpoint is not None and prune:
            for graph in sorted(set(_remote_graphs(http, endpoint)) - set(report.graphs)):
                if graph_store is not None:
                    http.request("DELETE", _graph_store_url(graph_store, graph), None, None)
                else:
                    http.request("POST", update_endpoint, f"DROP SILENT GRAPH <{check_iri(graph)}>".encode(),
                                 "application/sparql-update")
                report.pruned.append(graph)
        manifest = {g: h for g, h in manifest.items() if g in report.graphs}
        if update_endpoint is None and report.replaced or report.pruned:
            _write_manifest(http, manifest, build, graph_store=graph_store, update_endpoint=update_endpoint)
    except RemoteError as exc:
        raise PublishError(f"publish stopped: {exc.message}", report, advice=exc.hint) from None
    if endpoint is not None and verify:
        wrong = [(g, n, _remote_count(http, endpoint, g)) for g, n in report.triples.items()]
        wrong = [w for w in wrong if w[1] != w[2]]
        if wrong:
            details = "; ".join(f"{g}: {local} here, {remote} there" for g, local, remote in wrong)
            raise RemoteError(f"the server holds different triple counts after publishing: {details}")
        report.verified = True
    if endpoint is not None:
        probe = f"ASK {{ ?s a <{RCP.Institution}> }}" if any(report.triples.values()) else "ASK {}"
        report.default_graph_shows_data = bool(_select(http, endpoint, probe)[0].get("boolean"))
    return report


def _upload(http: Http, graph: str, data: bytes, *, graph_store: str | None, update_endpoint: str | None,
            chunk: int) -> None:
    """Replace one graph so that a failure leaves the old graph or the new one, never half of each.

    With an update endpoint the triples go to a staging graph first (SPARQL Update chunks, or one Graph
    Store PUT), then one `MOVE` puts them in place; with a graph store only, one PUT replaces the graph
    (a single request: the server applies it whole or not at all)."""
    import hashlib

    iri = check_iri(graph)
    if update_endpoint is None:
        http.request("PUT", _graph_store_url(graph_store, graph), data, "application/n-triples")
        return
    staging = STAGING + hashlib.sha256(graph.encode()).hexdigest()[:24]
    if graph_store is not None:
        http.request("PUT", _graph_store_url(graph_store, staging), data, "application/n-triples")
    else:
        for i, part in enumerate(_chunks(skolemize(data, graph), chunk)):
            head = f"DROP SILENT GRAPH <{staging}> ;\n" if i == 0 else ""
            http.request("POST", update_endpoint,
                         f"{head}INSERT DATA {{ GRAPH <{staging}> {{\n".encode() + part + b"\n} }",
                         "application/sparql-update")
    http.request("POST", update_endpoint, f"MOVE SILENT GRAPH <{staging}> TO GRAPH <{iri}>".encode(),
                 "application/sparql-update")
