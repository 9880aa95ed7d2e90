"""Helpers shared by the query-layer tests (tests/test_query_*.py, test_publish_server.py, test_serve.py)."""

from __future__ import annotations

import gc
import hashlib
import os
import socket
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
MINI_TRIG = REPO / "tests" / "fixtures" / "graph" / "mini.trig"
PAGE1 = REPO / "data" / "sources" / "crmsv.org_events_page-3.txt"
PAGE2 = REPO / "tests" / "fixtures" / "graph" / "mini-page-2.txt"
PAGE_TEXTS = {
    "https://crmsv.org/events?page=3": PAGE1,
    "file:///rcpkg/tests/fixtures/graph/mini-page-2.txt": PAGE2,
}


def load_store(path: Path, trig: Path = MINI_TRIG) -> Path:
    """A pyoxigraph store at `path` holding the TriG file; closed again before returning."""
    import pyoxigraph as ox

    store = ox.Store(str(path))
    store.bulk_load(path=str(trig), format=ox.RdfFormat.TRIG)
    store.flush()
    del store
    gc.collect()
    return path


def load_dataset(trig: Path = MINI_TRIG):
    from rdflib import Dataset

    ds = Dataset(default_union=True)
    ds.parse(trig, format="trig")
    return ds


def store_fingerprint(path: Path) -> tuple[int, str]:
    """(quad count, sha256 of the sorted N-Quads) of a store, to show it did not change."""
    import pyoxigraph as ox

    store = ox.Store.read_only(str(path))
    lines = sorted(str(q) for q in store)
    del store
    gc.collect()
    return len(lines), hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def rcpkg(*args: str, env: dict[str, str] | None = None, timeout: float = 120) -> subprocess.CompletedProcess:
    """Run the real CLI in a subprocess."""
    full_env = {**os.environ, **(env or {})}
    full_env.pop("RCPKG_STORE", None)
    return subprocess.run([sys.executable, "-m", "rcpkg", *args], capture_output=True, text=True,
                          env=full_env, timeout=timeout, cwd=str(REPO))


def row_key(result) -> list[tuple[str, ...]]:
    """Rows as comparable tuples of N3 (None as '')."""
    return [tuple("" if t is None else t.n3() for t in row) for row in result.tuples()]
