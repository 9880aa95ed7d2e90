"""Serve the store read-only over HTTP: Oxigraph's own server (SPARQL endpoint and query page),
and in front of it the research site and the entity IRIs.

The `oxigraph` package ships the server binary; it is found next to the
running Python (the venv's bin/) or on PATH. The server's default graph is the
union of all graphs (`--union-default-graph`), so the library queries run on it
unchanged.

`start_site` puts a small HTTP front (the standard library's threading server)
before it: `/query` and `/sparql` go to Oxigraph, the query page is at
`/sparql/`, an entity IRI's path (`/id/org/iom` for
`https://w3id.org/rcpkg/id/org/iom`) is answered by content negotiation (its
page for a browser; Turtle, N-Triples or JSON-LD, from the library query
`site-entity-triples` run on Oxigraph, for an `Accept` asking for them), and
the rest are the site's files.
"""

from __future__ import annotations

import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.parse
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from rcpkg.errors import RcpkgError, StoreError, UsageError
from rcpkg.namespaces import BASE


def oxigraph_binary() -> Path:
    """The `oxigraph` server binary from the `oxigraph` package."""
    here = Path(sys.executable).parent / "oxigraph"
    if here.is_file():
        return here
    found = shutil.which("oxigraph")
    if found:
        return Path(found)
    raise UsageError("the `oxigraph` server binary was not found next to Python or on PATH",
                     hint="Install it with `pip install oxigraph` (it is one of rcpkg's dependencies).")


@dataclass
class Server:
    process: subprocess.Popen
    host: str
    port: int

    @property
    def url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}/"

    @property
    def query_url(self) -> str:
        return self.url + "query"

    def stop(self, timeout: float = 10) -> int:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        return self.process.returncode


def _die_with_parent() -> None:
    """In the child, before exec: ask Linux to send SIGTERM when rcpkg dies, even by SIGKILL."""
    import ctypes
    import signal

    try:
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except OSError:
        pass


def _port_open(host: str, port: int) -> bool:
    try:
        with socket.create_connection((host, port), timeout=0.2):
            return True
    except OSError:
        return False


def start(store: Path | str, *, host: str = "127.0.0.1", port: int = 7878, read_only: bool = True,
          wait: float = 20, union_default_graph: bool = True) -> Server:
    """Start the server on `store` and return once it accepts connections.

    The default graph is the union of the named graphs unless `union_default_graph` is false (the tests
    use that to check what rcpkg says about a server set up that way)."""
    store = Path(store)
    if read_only and (not store.is_dir() or not any(store.iterdir())):
        raise StoreError("no store here", path=str(store),
                         hint="Run `rcpkg build` first (or pass --store PATH to an existing store).")
    if _port_open(host, port):
        raise UsageError(f"something is already listening on {host}:{port}", hint="Pick another --port.")
    mode = "serve-read-only" if read_only else "serve"
    cmd = [str(oxigraph_binary()), mode, "--location", str(store), "--bind", f"{host}:{port}"]
    if union_default_graph:
        cmd.append("--union-default-graph")
    process = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                               preexec_fn=_die_with_parent if sys.platform.startswith("linux") else None)
    server = Server(process, host, port)
    deadline = time.monotonic() + wait
    try:
        while time.monotonic() < deadline:
            if process.poll() is not None:
                message = (process.stderr.read() if process.stderr else "").strip().splitlines()
                raise RcpkgError("the Oxigraph server stopped at once: " + (message[-1] if message else
                                                                           f"exit code {process.returncode}"))
            if _port_open(host, port):
                return server
            time.sleep(0.1)
    except BaseException:  # Ctrl-C while starting: never leave the child behind
        server.stop()
        raise
    server.stop()
    raise RcpkgError(f"the Oxigraph server did not start listening on {host}:{port} within {wait:.0f} s")


# -- the site and the entity IRIs, in front of Oxigraph ------------------------------------

ID_PATH = re.compile(r"^/id/[a-z]+(?:/[A-Za-z0-9][A-Za-z0-9._~-]*)+$")
IRI_BASE = BASE.rstrip("/")  # + a path that starts with /
# what an Accept header may ask for -> (format key of rcpkg.viz.site.serialize, or "html"; content type)
OFFERS = {
    "text/html": ("html", "text/html; charset=utf-8"),
    "application/xhtml+xml": ("html", "text/html; charset=utf-8"),
    "text/turtle": ("ttl", "text/turtle; charset=utf-8"),
    "application/x-turtle": ("ttl", "text/turtle; charset=utf-8"),
    "application/n-triples": ("nt", "application/n-triples"),
    "text/plain": ("nt", "application/n-triples"),
    "application/ld+json": ("jsonld", "application/ld+json"),
    "application/json": ("jsonld", "application/ld+json"),
}
STATIC_TYPES = {".html": "text/html; charset=utf-8", ".css": "text/css; charset=utf-8",
                ".js": "text/javascript; charset=utf-8", ".ttl": "text/turtle; charset=utf-8",
                ".jsonld": "application/ld+json", ".nt": "application/n-triples", ".png": "image/png",
                ".svg": "image/svg+xml", ".json": "application/json"}


def negotiate(accept: str | None) -> str:
    """The format an Accept header prefers among HTML, Turtle, N-Triples and JSON-LD (HTML when it
    asks for nothing in particular, as a browser's or curl's `*/*`): "html", "ttl", "nt" or "jsonld"."""
    best, best_q, best_pos = "html", -1.0, 0
    for pos, part in enumerate((accept or "*/*").split(",")):
        fields = [f.strip() for f in part.split(";")]
        mime = fields[0].lower()
        q = 1.0
        for f in fields[1:]:
            if f.startswith("q="):
                try:
                    q = float(f[2:])
                except ValueError:
                    q = 0.0
        if mime in OFFERS:
            fmt = OFFERS[mime][0]
        elif mime in ("*/*", "text/*"):
            fmt = "html"
            q -= 0.0001  # an explicit type of the same weight wins over a wildcard
        else:
            continue
        if q > best_q or (q == best_q and pos < best_pos):
            best, best_q, best_pos = fmt, q, pos
    return best if best_q > 0 else "html"


def _content_type(fmt: str) -> str:
    return {"html": "text/html; charset=utf-8", "ttl": "text/turtle; charset=utf-8",
            "nt": "application/n-triples", "jsonld": "application/ld+json"}[fmt]


class _Handler(BaseHTTPRequestHandler):
    server_version = "rcpkg"
    site: Path | None = None
    upstream: str = ""  # the Oxigraph server's base URL

    def log_message(self, format: str, *args) -> None:  # quiet: rcpkg serve prints its own lines
        pass

    # -- dispatch
    def do_GET(self) -> None:  # noqa: N802 - http.server's names
        self._dispatch(head=False)

    def do_HEAD(self) -> None:  # noqa: N802
        self._dispatch(head=True)

    def do_POST(self) -> None:  # noqa: N802
        path = urllib.parse.urlsplit(self.path).path
        if path in ("/query", "/sparql") or path.startswith("/sparql/"):
            self._proxy()
        else:
            self._send(405, "text/plain; charset=utf-8", b"only SPARQL queries are posted (/query)\n")

    def _dispatch(self, *, head: bool) -> None:
        path = urllib.parse.unquote(urllib.parse.urlsplit(self.path).path)
        if path in ("/query", "/sparql", "/logo.svg") or path.startswith("/sparql/"):
            return self._proxy(head=head)
        if ID_PATH.match(path) and ".." not in path and "." not in path.rsplit("/", 1)[1]:
            return self._entity(path, head=head)
        if path == "/" and (self.site is None or not (self.site / "index.html").is_file()):
            return self._proxy(head=head, target="/")
        return self._static(path, head=head)

    # -- the answers
    def _send(self, status: int, ctype: str, body: bytes, head: bool = False, extra: dict | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for k, v in (extra or {}).items():
            self.send_header(k, v)
        self.end_headers()
        if not head:
            self.wfile.write(body)

    def _entity(self, path: str, *, head: bool) -> None:
        """An entity IRI's path: its page for a browser, its triples for Accept: text/turtle,
        application/n-triples or application/ld+json (200, Vary: Accept, Content-Location)."""
        fmt = negotiate(self.headers.get("Accept"))
        page = None
        if fmt == "html" and self.site is not None:
            langs = (self.headers.get("Accept-Language") or "").lower()
            spanish = langs.startswith("es")
            for name in ((path + ".es.html", path + ".html") if spanish else (path + ".html",)):
                candidate = self.site / name.lstrip("/")
                if candidate.is_file():
                    page = candidate
                    break
        vary = {"Vary": "Accept, Accept-Language", "Link": f'<{IRI_BASE}{path}>; rel="canonical"'}
        if page is not None:
            vary["Content-Location"] = "/" + page.relative_to(self.site).as_posix()
            return self._send(200, _content_type("html"), page.read_bytes(), head, vary)
        from rcpkg.viz.site import entity_triples, serialize

        try:
            triples = entity_triples(IRI_BASE + path, endpoint=self.upstream + "query")
        except Exception as exc:  # noqa: BLE001 - one line to the client, the server goes on
            return self._send(502, "text/plain; charset=utf-8", f"the store did not answer: {exc}\n".encode(), head)
        if not triples:
            return self._send(404, "text/plain; charset=utf-8", f"nothing is known about {IRI_BASE}{path}\n".encode(),
                              head)
        if fmt == "html":  # an entity without a page (a place, a membership): its data as Turtle
            fmt = "ttl"
        return self._send(200, _content_type(fmt), serialize(triples, fmt), head, vary)

    def _static(self, path: str, *, head: bool) -> None:
        if self.site is None:
            return self._send(404, "text/plain; charset=utf-8", b"no site here: run `rcpkg site`\n", head)
        root = self.site.resolve()
        target = (root / path.lstrip("/")).resolve()
        if target != root and root not in target.parents:
            return self._send(404, "text/plain; charset=utf-8", b"not found\n", head)
        if target.is_dir():
            target = target / "index.html"
        if not target.is_file():
            return self._send(404, "text/plain; charset=utf-8", b"not found\n", head)
        ctype = STATIC_TYPES.get(target.suffix.lower(), "application/octet-stream")
        return self._send(200, ctype, target.read_bytes(), head)

    def _proxy(self, *, head: bool = False, target: str | None = None) -> None:
        """Pass a SPARQL request (or the query page) to the Oxigraph server and its answer back."""
        import urllib.error
        import urllib.request

        parts = urllib.parse.urlsplit(self.path)
        path = target or parts.path
        if path.startswith("/sparql/"):
            path = path[len("/sparql"):]  # the query page mounted at /sparql/
        url = self.upstream.rstrip("/") + path + (f"?{parts.query}" if parts.query else "")
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else None
        headers = {k: v for k, v in self.headers.items() if k.lower() in ("accept", "content-type")}
        request = urllib.request.Request(url, data=body, headers=headers, method=self.command)
        try:
            with urllib.request.urlopen(request, timeout=300) as answer:
                status, ctype, data = answer.status, answer.headers.get("Content-Type", ""), answer.read()
        except urllib.error.HTTPError as exc:
            status, ctype, data = exc.code, exc.headers.get("Content-Type", "text/plain"), exc.read()
        except OSError as exc:
            status, ctype, data = 502, "text/plain; charset=utf-8", f"the store did not answer: {exc}\n".encode()
        self._send(status, ctype or "application/octet-stream", data, head)


@dataclass
class SiteServer:
    """Oxigraph's server on an internal port, and rcpkg's HTTP front on the public one."""

    oxigraph: Server
    httpd: ThreadingHTTPServer
    host: str
    port: int
    site: Path | None
    _stopped: bool = False

    @property
    def url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}/"

    @property
    def query_url(self) -> str:
        return self.url + "query"

    @property
    def process(self) -> subprocess.Popen:
        return self.oxigraph.process

    def stop(self, timeout: float = 10) -> int:
        if not self._stopped:
            self._stopped = True
            self.httpd.shutdown()
            self.httpd.server_close()
        return self.oxigraph.stop(timeout)


def _free_port(host: str) -> int:
    with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) as s:
        s.bind((host, 0))
        return s.getsockname()[1]


def start_site(store: Path | str, *, site: Path | None = None, host: str = "127.0.0.1", port: int = 7878,
               wait: float = 20) -> SiteServer:
    """Serve the store read-only with the site and the entity IRIs on `host:port`: Oxigraph's
    server runs on a free internal port of 127.0.0.1 and answers /query, /sparql and the query
    page (/sparql/); rcpkg's front answers the rest (see docs/site.md)."""
    import threading

    if _port_open(host, port):
        raise UsageError(f"something is already listening on {host}:{port}", hint="Pick another --port.")
    inner = start(store, host="127.0.0.1", port=_free_port("127.0.0.1"), wait=wait)
    handler = type("Handler", (_Handler,), {"site": Path(site) if site is not None and Path(site).is_dir() else None,
                                            "upstream": inner.url})
    try:
        httpd = ThreadingHTTPServer((host, port), handler)
    except OSError as exc:
        inner.stop()
        raise UsageError(f"cannot listen on {host}:{port}: {exc.strerror or exc}", hint="Pick another --port.") from None
    httpd.daemon_threads = True
    threading.Thread(target=httpd.serve_forever, name="rcpkg-serve", daemon=True).start()
    return SiteServer(inner, httpd, host, port, handler.site)
