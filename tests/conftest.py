"""Shared fixtures: the real store built once from the bundled pages."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")


@pytest.fixture(scope="session")
def built_store(tmp_path_factory) -> Path:
    """The store built from the bundled sources and reference data (read-only for tests)."""
    from rcpkg.build import build

    path = tmp_path_factory.mktemp("built") / "store"
    build(None, path)
    return path


@pytest.fixture
def store_copy(built_store, tmp_path) -> Path:
    """A private copy of the built store that a test may change."""
    dest = tmp_path / "store"
    shutil.copytree(built_store, dest)
    return dest


@pytest.fixture(scope="session")
def mini_store(tmp_path_factory) -> Path:
    """The hand-made TriG fixture (tests/fixtures/graph/mini.trig) loaded into a store, shared
    read-only by the query, publish and serve tests (a test that changes a store copies it)."""
    from query_support import load_store

    return load_store(tmp_path_factory.mktemp("mini") / "store")


@pytest.fixture(scope="session")
def open_mini(mini_store):
    import pyoxigraph as ox

    return ox.Store.read_only(str(mini_store))


def require_or_skip(condition: bool, reason: str) -> None:
    """Skip locally when a tool is missing; in CI nothing may silently skip."""
    if condition:
        return
    if IN_CI:
        pytest.fail(f"required in CI: {reason}")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def virtuoso(tmp_path_factory):
    """A Virtuoso Open Source server of this test run (tests/servers.py): empty, on loopback, anonymous
    reads, writes for one local test user only. Debian's virtuoso-opensource-7-bin (.ci/run installs it)."""
    from servers import VirtuosoServer, virtuoso_available

    require_or_skip(virtuoso_available(), "Virtuoso (Debian's virtuoso-opensource-7-bin) is not installed")
    server = VirtuosoServer(tmp_path_factory.mktemp("virtuoso"))
    yield server
    server.stop()


@pytest.fixture(scope="session")
def oxigraph_server(tmp_path_factory):
    """A read-write `oxigraph serve --union-default-graph` of this test run, empty."""
    from servers import OxigraphServer

    server = OxigraphServer(tmp_path_factory.mktemp("oxigraph-server"))
    yield server
    server.stop()
