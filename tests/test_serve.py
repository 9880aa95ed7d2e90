"""`rcpkg serve` runs Oxigraph's server read-only on the store: it answers SPARQL over HTTP, the library
queries run on it unchanged, and it stops cleanly."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request

import pytest

from query_support import REPO, free_port, rcpkg
from rcpkg.queries.catalogue import load_catalogue

pytestmark = pytest.mark.server


def _listening(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.2):
            return True
    except OSError:
        return False


@pytest.fixture()
def served(mini_store):
    port = free_port()
    process = subprocess.Popen([sys.executable, "-m", "rcpkg", "serve", "--store", str(mini_store),
                                "--port", str(port)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               cwd=str(REPO))
    announced = []
    for line in process.stderr:  # rcpkg serve announces its URLs once the server listens
        announced.append(line)
        if "SPARQL endpoint" in line:
            break
    assert process.poll() is None and _listening(port), "".join(announced)
    process.announced = "".join(announced)
    yield process, port
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def test_serve_answers_sparql_over_http_and_stops_cleanly(served):
    process, port = served
    query = "SELECT (COUNT(*) AS ?n) WHERE { ?s a <https://w3id.org/rcpkg/ontology#Event> }"
    req = urllib.request.Request(f"http://127.0.0.1:{port}/query",
                                 data=urllib.parse.urlencode({"query": query}).encode(),
                                 headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(req, timeout=10) as response:
        n = int(json.loads(response.read())["results"]["bindings"][0]["n"]["value"])
    assert n > 0  # the default graph is the union of the named graphs
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=10) as response:
        assert response.status == 200  # the query page
    process.send_signal(signal.SIGTERM)
    assert process.wait(15) == 0
    assert f"http://127.0.0.1:{port}/" in process.announced
    assert f"http://127.0.0.1:{port}/query" in process.announced
    assert not _listening(port), "the Oxigraph child must stop with rcpkg serve"


def test_ctrl_c_stops_server_and_child(served):
    process, port = served
    os.kill(process.pid, signal.SIGINT)
    assert process.wait(15) == 0
    deadline = time.monotonic() + 5
    while _listening(port) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not _listening(port)


def test_library_queries_run_unchanged_on_the_served_store(served, mini_store):
    import pyoxigraph as ox

    _, port = served
    store = ox.Store.read_only(str(mini_store))
    query = load_catalogue()["members-at-date"]
    remote = query.run(endpoint=f"http://127.0.0.1:{port}/query")
    assert remote.rows and remote.tuples() == query.run(store=store).tuples()


def test_serve_without_a_store_exits_2(tmp_path):
    done = rcpkg("serve", "--store", str(tmp_path / "nothing"), "--port", str(free_port()))
    assert done.returncode == 2 and "rcpkg build" in done.stderr and "Traceback" not in done.stderr


def test_serve_on_a_busy_port_exits_2(mini_store):
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        done = rcpkg("serve", "--store", str(mini_store), "--port", str(busy.getsockname()[1]))
    assert done.returncode == 2 and "already listening" in done.stderr


def test_the_server_stops_even_when_rcpkg_is_killed(served):
    process, port = served
    process.kill()  # SIGKILL: no chance to clean up; the child must still go
    process.wait(15)
    deadline = time.monotonic() + 10
    while _listening(port) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not _listening(port)
