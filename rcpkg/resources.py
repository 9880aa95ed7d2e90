"""Where the packaged ontology, shapes, queries and bundled data live.

They ship as package data, so the same paths work from a source checkout, an
editable install and a wheel.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path


def _dir(package: str) -> Path:
    return Path(str(files(package)))


def ontology_dir() -> Path:
    return _dir("rcpkg.ontology")


def ontology_file() -> Path:
    return ontology_dir() / "rcpkg.ttl"


def jsonld_context_file() -> Path:
    return ontology_dir() / "context.jsonld"


def shapes_dir() -> Path:
    return _dir("rcpkg.shapes")


def shapes_file() -> Path:
    return shapes_dir() / "shapes.ttl"


def queries_dir() -> Path:
    return _dir("rcpkg.queries")


def data_dir() -> Path:
    return _dir("rcpkg.data")


def bundled_sources_dir() -> Path:
    return data_dir() / "sources"


def reference_dir() -> Path:
    return data_dir() / "reference"
