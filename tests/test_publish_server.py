"""Publishing to a real Oxigraph server, and the same answers from every engine.

A session fixture starts `oxigraph serve` (the binary of the `oxigraph` package) on 127.0.0.1 with a free
port and a temp dir; faults are shown with a tiny HTTP server in a thread that demands credentials or
answers 500 / 401 / 400.
"""

from __future__ import annotations

import base64
import re
import threading
import urllib.parse
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from rdflib import Literal

from query_support import free_port, load_dataset, rcpkg, row_key
from rcpkg import sparql
from rcpkg.errors import RemoteError
from rcpkg.publish import Http, PublishError, publish, rcpkg_graphs
from rcpkg.queries.catalogue import load_catalogue
from rcpkg.serve import start

pytestmark = pytest.mark.server

CATALOGUE = load_catalogue()
# rdflib's engine answers these differently from Oxigraph (MIN() over IRIs gives a string literal;
# ORDER BY over an unbound expression raises TypeError). Owned by the viz queries; strict: when they are
# fixed this list must shrink.
# The history queries (issue 14) group and sort on keys that are unbound in some rows, and
# GROUP_CONCAT over optional parts: rdflib's engine raises there (NotBoundError, or TypeError
# sorting None), where Oxigraph, Oxigraph's server and Virtuoso give the same rows
# (tests/test_virtuoso.py). A rewrite that rdflib accepted broke Virtuoso, so rdflib is left out
# for these; strict: when rdflib answers one, it must leave the list.
# The site's queries (issue 16) too: site-terms gives other rows for terms with no label in the language
# (site-entity-data left the list when its sort key stopped being unbound for IRI objects).
RDFLIB_DIFFERS: set[str] = {"conference-history", "institution-timeline", "members-at-date", "presidencies",
                            "related-processes", "site-terms"}
RDFLIB_DIFFERS_ON_THE_BUILT_STORE: set[str] = RDFLIB_DIFFERS | {"observers"}  # observers: rows the mini graph lacks


class OxigraphServer:
    """A read-write `oxigraph serve` on a free port (started with rcpkg.serve.start, which waits for it)."""

    def __init__(self, location: Path) -> None:
        self.port = free_port()
        self.server = start(location, port=self.port, read_only=False)
        self.base = f"http://127.0.0.1:{self.port}"
        self.query, self.update, self.store = self.base + "/query", self.base + "/update", self.base + "/store"

    def stop(self) -> None:
        self.server.stop()

    def select(self, query: str) -> list[dict]:
        import json

        req = urllib.request.Request(self.query, data=urllib.parse.urlencode({"query": query}).encode(),
                                     headers={"Accept": "application/sparql-results+json"})
        with urllib.request.urlopen(req, timeout=10) as r:
            return json.loads(r.read())["results"]["bindings"]

    def counts(self) -> dict[str, int]:
        rows = self.select("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")
        return {r["g"]["value"]: int(r["n"]["value"]) for r in rows}


@pytest.fixture(scope="session")
def server(tmp_path_factory):
    srv = OxigraphServer(tmp_path_factory.mktemp("oxigraph-server"))
    yield srv
    srv.stop()


@pytest.fixture(scope="module")
def local_counts(open_mini) -> dict[str, int]:
    import pyoxigraph as ox

    return {g: len(list(open_mini.quads_for_pattern(None, None, None, ox.NamedNode(g))))
            for g in rcpkg_graphs(open_mini)}


@pytest.fixture(scope="module")
def published(server, open_mini, local_counts):
    report = publish(open_mini, endpoint=server.query, graph_store=server.store)
    return report


def test_publish_replaces_every_graph_and_counts_them_back(published, server, local_counts):
    assert published.graphs and published.replaced == published.graphs
    assert published.verified
    remote = server.counts()
    assert {g: remote[g] for g in local_counts} == local_counts


def _compare(name: str, a, b) -> None:
    query = CATALOGUE[name]
    assert a.vars == b.vars == query.returns
    if re.search(r"^ORDER BY", query.text, re.M):
        assert row_key(a) == row_key(b)
    else:
        assert sorted(row_key(a)) == sorted(row_key(b))


@pytest.fixture(scope="module")
def dataset():
    return load_dataset()


@pytest.mark.parametrize("name", sorted(CATALOGUE))
def test_every_query_gives_the_same_rows_on_the_server_as_on_the_embedded_store(name, published, server,
                                                                                  open_mini):
    query = CATALOGUE[name]
    _compare(name, query.run(store=open_mini), query.run(endpoint=server.query))


@pytest.mark.parametrize("name", [pytest.param(n, marks=pytest.mark.xfail(strict=True, reason="rdflib differs"))
                                  if n in RDFLIB_DIFFERS else n for n in sorted(CATALOGUE)])
def test_every_query_gives_the_same_rows_with_rdflibs_engine(name, open_mini, dataset):
    query = CATALOGUE[name]
    _compare(name, query.run(store=open_mini), query.run(dataset=dataset))


def test_parameters_bind_the_same_way_on_the_server(published, server, open_mini):
    query = CATALOGUE["events-by-theme"]
    args = {"theme": "Migración extrarregional y extracontinental", "year_from": "2016", "lang": "es"}
    remote = query.run(args, endpoint=server.query)
    assert remote.rows
    _compare("events-by-theme", query.run(args, store=open_mini), remote)
    hostile = sparql.run("SELECT ?v WHERE { }", {"v": Literal('"} ; DROP ALL ; {\n')}, endpoint=server.query)
    assert str(hostile.rows[0]["v"]) == '"} ; DROP ALL ; {\n'


def test_publishing_twice_skips_what_is_there_and_never_duplicates(published, server, open_mini, local_counts):
    again = publish(open_mini, endpoint=server.query, update_endpoint=server.update, chunk=100)
    assert again.skipped == again.graphs and again.replaced == [] and again.verified
    forced = publish(open_mini, endpoint=server.query, update_endpoint=server.update, chunk=100, resume=False)
    assert forced.replaced == forced.graphs and forced.verified  # staged in chunks, then MOVEd into place
    assert not [g for g in server.counts() if g.startswith("https://w3id.org/rcpkg/staging/")]
    remote = server.counts()
    assert {g: remote[g] for g in local_counts} == local_counts


def test_only_rcpkg_graphs_are_replaced_and_stale_ones_pruned(published, server, open_mini, local_counts):
    foreign = "http://example.org/not-rcpkg"
    stale = "https://w3id.org/rcpkg/graph/source/page-that-is-gone-00000000"
    for graph in (foreign, stale):
        url = server.store + "?" + urllib.parse.urlencode({"graph": graph})
        req = urllib.request.Request(url, data=b"<http://example.org/s> <http://example.org/p> \"o\" .\n",
                                     method="PUT", headers={"Content-Type": "application/n-triples"})
        urllib.request.urlopen(req, timeout=10).close()
    report = publish(open_mini, endpoint=server.query, graph_store=server.store)
    remote = server.counts()
    assert report.pruned == [stale] and stale not in remote
    assert remote[foreign] == 1


def test_the_cli_publishes(server, mini_store, local_counts):
    done = rcpkg("publish", "--store", str(mini_store), "--endpoint", server.query, "--graph-store", server.store,
                 "--no-resume")
    assert done.returncode == 0, done.stderr
    assert f"replaced {len(local_counts)} graphs" in done.stderr and "verified" in done.stderr
    assert done.stdout == ""
    done = rcpkg("publish", "--store", str(mini_store), "--endpoint", server.query, "--graph-store", server.store)
    assert done.returncode == 0, done.stderr
    assert "replaced 0 graphs" in done.stderr and f"skipped {len(local_counts)} graphs" in done.stderr


def test_server_stopped_mid_publish_lists_replaced_and_not_replaced_graphs(tmp_path, open_mini):
    srv = OxigraphServer(tmp_path / "dying")
    try:
        def stop_after_first(graph, done, total):
            if done == 1:
                srv.stop()

        with pytest.raises(PublishError) as caught:
            publish(open_mini, graph_store=srv.store, tries=2, backoff=0.01, progress=stop_after_first)
    finally:
        srv.stop()
    report = caught.value.report
    assert report.replaced == report.graphs[:1]
    assert report.not_replaced == report.graphs[1:]
    message = str(caught.value)
    assert "failed after 2 tries" in message
    replaced_part, missing_part = message.split("not replaced:")
    assert report.graphs[0] in replaced_part and all(g in missing_part for g in report.graphs[1:])


# ---------------------------------------------------------------- a tiny fake server for faults


class Fake:
    """Answers PUT/POST with scripted statuses; records requests."""

    def __init__(self, statuses: list[int], *, auth: str | None = None, body: bytes = b"") -> None:
        fake = self
        self.statuses, self.auth, self.body = list(statuses), auth, body
        self.requests: list[tuple[str, str, str | None]] = []

        class Handler(BaseHTTPRequestHandler):
            def _answer(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                self.rfile.read(length)
                given = self.headers.get("Authorization")
                fake.requests.append((self.command, self.path, given))
                if fake.auth is not None and given != fake.auth:
                    status = 401
                else:
                    status = fake.statuses.pop(0) if len(fake.statuses) > 1 else fake.statuses[0]
                self.send_response(status)
                self.send_header("Content-Type", "text/plain")
                self.send_header("Content-Length", str(len(fake.body)))
                self.end_headers()
                self.wfile.write(fake.body)

            do_PUT = do_POST = do_DELETE = _answer

            def log_message(self, *args) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/store"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self) -> "Fake":
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def test_5xx_is_retried_then_succeeds(open_mini):
    n = len(rcpkg_graphs(open_mini))
    with Fake([500, 503, 204]) as fake:
        report = publish(open_mini, graph_store=fake.url, backoff=0.01)
    assert report.replaced == report.graphs
    assert len(fake.requests) == 2 * n + 3  # each graph and its manifest entry, the manifest whole, two retries


def test_5xx_every_time_fails_after_the_bounded_tries(open_mini):
    with Fake([500], body=b"database is on fire") as fake:
        with pytest.raises(PublishError) as caught:
            publish(open_mini, graph_store=fake.url, tries=3, backoff=0.01)
    assert len(fake.requests) == 3
    assert "failed after 3 tries" in str(caught.value) and "database is on fire" in str(caught.value)
    assert caught.value.report.replaced == []


def test_4xx_is_not_retried_and_shows_the_servers_message(open_mini):
    with Fake([400], body=b"Unsupported media type for this graph") as fake:
        with pytest.raises(RemoteError) as caught:
            publish(open_mini, graph_store=fake.url, backoff=0.01)
    assert len(fake.requests) == 1
    assert "HTTP 400" in str(caught.value) and "Unsupported media type" in str(caught.value)


def test_wrong_credentials_give_401_without_printing_them(open_mini, monkeypatch):
    good = "Basic " + base64.b64encode(b"alice:right-secret").decode()
    monkeypatch.setenv("RCPKG_USER", "alice")
    monkeypatch.setenv("RCPKG_PASSWORD", "wrong-secret")
    with Fake([204], auth=good) as fake:
        with pytest.raises(RemoteError) as caught:
            publish(open_mini, graph_store=fake.url, backoff=0.01)
        # Basic at once, then once more without it to read a challenge (a server that wants Digest, as
        # Virtuoso, answers a refused Basic with a bare 401): never retried like a 5xx
        assert len(fake.requests) == 2 and fake.requests[0][2] is not None and fake.requests[1][2] is None
        message = str(caught.value)
        assert "401" in message and "RCPKG_USER" in message
        assert "wrong-secret" not in message and "alice" not in message
        monkeypatch.setenv("RCPKG_PASSWORD", "right-secret")
        report = publish(open_mini, graph_store=fake.url, backoff=0.01)
    assert report.replaced == report.graphs


def test_a_bearer_token_is_sent(open_mini, monkeypatch):
    monkeypatch.setenv("RCPKG_TOKEN", "t0ken")
    with Fake([204], auth="Bearer t0ken") as fake:
        report = publish(open_mini, graph_store=fake.url)
    assert report.replaced == report.graphs


def test_userinfo_in_the_url_is_used_and_scrubbed_from_messages(open_mini, monkeypatch):
    for name in ("RCPKG_USER", "RCPKG_PASSWORD", "RCPKG_TOKEN"):
        monkeypatch.delenv(name, raising=False)
    with Fake([500], auth="Basic " + base64.b64encode(b"bob:hunter2").decode()) as fake:
        url = fake.url.replace("http://", "http://bob:hunter2@")
        with pytest.raises(PublishError) as caught:
            publish(open_mini, graph_store=url, tries=2, backoff=0.01)
        assert fake.requests[0][2] is not None  # the credentials were sent...
    assert "hunter2" not in str(caught.value) and "bob" not in str(caught.value)  # ...and never shown


def test_the_cli_reports_a_failed_publish_on_one_line_group_and_exit_3(mini_store):
    with Fake([500], body=b"down for maintenance") as fake:
        done = rcpkg("publish", "--store", str(mini_store), "--graph-store", fake.url, "--tries", "1")
    assert done.returncode == 3
    assert done.stderr.startswith("error: publish stopped") and "not replaced:" in done.stderr
    assert "Traceback" not in done.stderr


def test_backoff_is_exponential_and_bounded():
    delays: list[float] = []
    http = Http(tries=4, backoff=0.5, sleep=delays.append, timeout=1)
    with pytest.raises(RemoteError):
        http.request("PUT", f"http://127.0.0.1:{free_port()}/store", b"", "application/n-triples")
    assert delays == [0.5, 1.0, 2.0]
    assert http.attempts == 4


# ---------------------------------------------------------------- the real build


@pytest.fixture(scope="module")
def built_open(built_store):
    import pyoxigraph as ox

    return ox.Store.read_only(str(built_store))


@pytest.fixture(scope="module")
def built_server(tmp_path_factory, built_open):
    srv = OxigraphServer(tmp_path_factory.mktemp("built-server"))
    report = publish(built_open, endpoint=srv.query, graph_store=srv.store)
    assert report.verified and report.replaced == report.graphs
    yield srv
    srv.stop()


@pytest.fixture(scope="module")
def built_dataset(built_open):
    return sparql.load_dataset(built_open)


@pytest.mark.e2e
@pytest.mark.parametrize("name", sorted(CATALOGUE))
def test_on_the_built_store_the_server_gives_the_same_rows(name, built_server, built_open):
    query = CATALOGUE[name]
    _compare(name, query.run(store=built_open), query.run(endpoint=built_server.query))


@pytest.mark.e2e
@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(set(CATALOGUE) - RDFLIB_DIFFERS_ON_THE_BUILT_STORE))  # see the list
def test_on_the_built_store_rdflib_gives_the_same_rows(name, built_open, built_dataset):
    query = CATALOGUE[name]
    _compare(name, query.run(store=built_open), query.run(dataset=built_dataset))


def test_a_remote_query_refused_for_credentials_never_shows_them(monkeypatch):
    monkeypatch.setenv("RCPKG_PASSWORD", "s3cret-pass")
    monkeypatch.setenv("RCPKG_USER", "carol")
    with Fake([200], auth="Basic nobody-has-this") as fake:
        url = fake.url.replace("http://", "http://dave:pa55word@")
        with pytest.raises(RemoteError) as caught:
            sparql.run("SELECT * WHERE { ?s ?p ?o }", endpoint=url)
        assert fake.requests and fake.requests[0][2].startswith("Basic ")
    message = str(caught.value)
    assert "401" in message or "nauthorized" in message
    for secret in ("s3cret-pass", "pa55word", "dave"):
        assert secret not in message


def test_an_unreachable_endpoint_is_one_line_exit_3():
    done = rcpkg("query", "hosts", "--endpoint", f"http://u:hidden@127.0.0.1:{free_port()}/query")
    assert done.returncode == 3
    assert done.stderr.startswith("error: cannot reach the endpoint") and "hidden" not in done.stderr


def test_a_graph_the_manifest_records_twice_or_wrongly_is_sent_again(tmp_path, open_mini):
    from rcpkg.publish import MANIFEST

    srv = OxigraphServer(tmp_path / "manifest")
    try:
        first = publish(open_mini, endpoint=srv.query, graph_store=srv.store)
        assert first.replaced == first.graphs
        graphs = first.graphs
        # a second hash appended for the first graph (as by a publish that died after adding its entry),
        # and a wrong hash for the second
        extra = (f'<{graphs[0]}> <https://w3id.org/rcpkg/ontology#contentHash> "0000" .\n').encode()
        url = srv.store + "?" + urllib.parse.urlencode({"graph": MANIFEST})
        urllib.request.urlopen(urllib.request.Request(url, data=extra, method="POST",
                                                      headers={"Content-Type": "application/n-triples"}),
                               timeout=10).close()
        update = (f'DELETE WHERE {{ GRAPH <{MANIFEST}> {{ <{graphs[1]}> <https://w3id.org/rcpkg/ontology#contentHash> ?h }} }} ;'
                  f'INSERT DATA {{ GRAPH <{MANIFEST}> {{ <{graphs[1]}> <https://w3id.org/rcpkg/ontology#contentHash> "1111" }} }}')
        urllib.request.urlopen(urllib.request.Request(srv.update, data=update.encode(), method="POST",
                                                      headers={"Content-Type": "application/sparql-update"}),
                               timeout=10).close()
        again = publish(open_mini, endpoint=srv.query, graph_store=srv.store)
        assert again.replaced == graphs[:2] and again.skipped == graphs[2:]
        third = publish(open_mini, endpoint=srv.query, graph_store=srv.store)
        assert third.skipped == graphs  # the manifest was written whole again: one hash per graph
    finally:
        srv.stop()
