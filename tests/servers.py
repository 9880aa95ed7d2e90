"""Real SPARQL servers for the tests: Oxigraph's server and Virtuoso Open Source, each in a temp dir on
127.0.0.1 with free ports, started by the test run itself and stopped after it.

Virtuoso is Debian's `virtuoso-opensource-7-bin` (`virtuoso-t`, `isql-vt`; `.ci/run` installs it). The
fixture writes a minimal virtuoso.ini (database, transaction log and temp files in the temp dir; the SQL and
HTTP ports bound to 127.0.0.1; no Unix socket), starts `virtuoso-t +foreground`, waits until /sparql answers,
then with `isql-vt` gives the `dba` account a random password and creates one local test user with the
SPARQL_UPDATE role. Anonymous users can read (/sparql) but never write; the test user writes through the
Digest-protected /sparql-auth (SPARQL Update) and /sparql-graph-crud-auth (Graph Store Protocol).
"""

from __future__ import annotations

import json
import secrets
import shutil
import subprocess
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

from query_support import free_port

VIRTUOSO_INI = """\
[Database]
DatabaseFile = {dir}/virtuoso.db
ErrorLogFile = {dir}/virtuoso.log
LockFile = {dir}/virtuoso.lck
TransactionFile = {dir}/virtuoso.trx
xa_persistent_file = {dir}/virtuoso.pxa
ErrorLogLevel = 7
FileExtend = 200
MaxCheckpointRemap = 2000
Striping = 0
TempStorage = TempDatabase

[TempDatabase]
DatabaseFile = {dir}/virtuoso-temp.db
TransactionFile = {dir}/virtuoso-temp.trx
MaxCheckpointRemap = 2000
Striping = 0

[Parameters]
ServerPort = 127.0.0.1:{sql_port}
DisableUnixSocket = 1
ServerThreads = 10
CheckpointInterval = 60
NumberOfBuffers = {buffers}
MaxDirtyBuffers = {dirty}
DirsAllowed = ., {dir}
ThreadCleanupInterval = 0
ResourcesCleanupInterval = 0

[HTTPServer]
ServerPort = 127.0.0.1:{http_port}
ServerRoot = {dir}
MaxClientConnections = 8
ServerThreads = 8

[SPARQL]
ResultSetMaxRows = {max_rows}
MaxSortedTopRows = {max_rows}
MaxQueryExecutionTime = {max_query_seconds}
DefaultGraph =
"""


def virtuoso_available() -> bool:
    return shutil.which("virtuoso-t") is not None and shutil.which("isql-vt") is not None


class VirtuosoServer:
    """A Virtuoso Open Source 7 server in `location`, on free loopback ports.

    `query` is the anonymous read-only endpoint; `update` and `store` (SPARQL Update and the Graph Store
    Protocol) need the test user's credentials (`user`, `password`), sent with HTTP Digest.
    """

    def __init__(self, location: Path, *, max_rows: int = 10000, buffers: int = 10000, max_query_seconds: int = 120,
                 wait: float = 60) -> None:
        self.dir = Path(location)
        self.dir.mkdir(parents=True, exist_ok=True)
        self.sql_port, self.http_port = free_port(), free_port()
        while self.http_port == self.sql_port:
            self.http_port = free_port()
        self.max_rows = max_rows
        (self.dir / "virtuoso.ini").write_text(VIRTUOSO_INI.format(
            dir=self.dir, sql_port=self.sql_port, http_port=self.http_port, max_rows=max_rows,
            buffers=buffers, dirty=buffers * 3 // 4, max_query_seconds=max_query_seconds), encoding="utf-8")
        self.base = f"http://127.0.0.1:{self.http_port}"
        self.query = self.base + "/sparql"
        self.update = self.base + "/sparql-auth"
        self.store = self.base + "/sparql-graph-crud-auth"
        self.user, self.password = "rcpkgtest", secrets.token_hex(12)
        self._dba = "dba"
        self.process = subprocess.Popen(["virtuoso-t", "+foreground", "+configfile", str(self.dir / "virtuoso.ini")],
                                        cwd=str(self.dir), stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT)
        try:
            self._wait(wait)
            new_dba = secrets.token_hex(12)
            self.isql(f"DB.DBA.USER_CREATE('{self.user}', '{self.password}'); "
                      f"GRANT SPARQL_UPDATE TO \"{self.user}\"; "
                      f"USER_CHANGE_PASSWORD('dba', 'dba', '{new_dba}');")
            self._dba = new_dba
        except BaseException:
            self.stop()
            raise

    def _wait(self, wait: float) -> None:
        deadline = time.monotonic() + wait
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                log = (self.dir / "virtuoso.log").read_text(errors="replace")[-2000:] \
                    if (self.dir / "virtuoso.log").exists() else ""
                raise RuntimeError(f"virtuoso-t stopped at once (exit {self.process.returncode}):\n{log}")
            try:
                self.select("SELECT (1 AS ?x) WHERE {}")
                return
            except (urllib.error.URLError, ConnectionError, OSError, ValueError):
                time.sleep(0.25)
        raise RuntimeError(f"Virtuoso did not answer on {self.query} within {wait:.0f} s")

    def isql(self, sql: str) -> str:
        done = subprocess.run(["isql-vt", f"127.0.0.1:{self.sql_port}", "dba", self._dba, f"exec={sql}"],
                              capture_output=True, text=True, timeout=60)
        if done.returncode != 0 or "*** Error" in done.stdout + done.stderr:
            raise RuntimeError(f"isql-vt failed: {done.stdout}{done.stderr}")
        return done.stdout

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()

    def kill(self) -> None:
        """Stop at once (SIGKILL), as a crash would."""
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()

    def select(self, query: str) -> list[dict]:
        req = urllib.request.Request(self.query, data=urllib.parse.urlencode({"query": query}).encode(),
                                     headers={"Accept": "application/sparql-results+json"})
        with urllib.request.urlopen(req, timeout=30) as r:
            return json.loads(r.read())["results"]["bindings"]

    def counts(self, prefix: str = "https://w3id.org/rcpkg/graph/") -> dict[str, int]:
        rows = self.select("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } "
                           f"FILTER(STRSTARTS(STR(?g), \"{prefix}\")) }} GROUP BY ?g")
        return {r["g"]["value"]: int(r["n"]["value"]) for r in rows}

    def env(self) -> dict[str, str]:
        """The environment that gives rcpkg the test user's credentials."""
        return {"RCPKG_USER": self.user, "RCPKG_PASSWORD": self.password}


class OxigraphServer:
    """A read-write `oxigraph serve` on a free port (started with rcpkg.serve.start, which waits for it)."""

    def __init__(self, location: Path, *, union: bool = True) -> None:
        from rcpkg.serve import start

        self.port = free_port()
        self.server = start(location, port=self.port, read_only=False, union_default_graph=union)
        self.base = f"http://127.0.0.1:{self.port}"
        self.query, self.update, self.store = self.base + "/query", self.base + "/update", self.base + "/store"

    def stop(self) -> None:
        self.server.stop()

    def kill(self) -> None:
        if self.server.process.poll() is None:
            self.server.process.kill()
            self.server.process.wait()

    def select(self, query: str) -> list[dict]:
        req = urllib.request.Request(self.query, data=urllib.parse.urlencode({"query": query}).encode(),
                                     headers={"Accept": "application/sparql-results+json"})
        with urllib.request.urlopen(req, timeout=10) as r:
            return json.loads(r.read())["results"]["bindings"]

    def counts(self, prefix: str = "") -> dict[str, int]:
        rows = self.select("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")
        return {r["g"]["value"]: int(r["n"]["value"]) for r in rows if r["g"]["value"].startswith(prefix)}

    def env(self) -> dict[str, str]:
        return {}
