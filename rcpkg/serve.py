"""Serve the store read-only over HTTP with Oxigraph's own server (SPARQL endpoint and query page).

The `oxigraph` package ships the server binary; it is found next to the
running Python (the venv's bin/) or on PATH. The server's default graph is the
union of all graphs (`--union-default-graph`), so the library queries run on it
unchanged.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from rcpkg.errors import RcpkgError, StoreError, UsageError


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
