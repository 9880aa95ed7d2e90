"""What the analyze, trace and viz commands share: load the network for a
store or endpoint, resolve the user's theme and institution names, and slice."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rcpkg.errors import UsageError
from rcpkg.viz.model import NetworkData, parse_years


@dataclass(frozen=True)
class Target:
    """Where the data comes from: an open embedded store, or an endpoint URL."""

    store: Any = None
    endpoint: str | None = None

    @classmethod
    def open(cls, store: Path | None, endpoint: str | None) -> "Target":
        if endpoint:
            return cls(endpoint=endpoint)
        from rcpkg.store import open_store

        return cls(store=open_store(store))

    @property
    def kwargs(self) -> dict:
        return {"store": self.store, "endpoint": self.endpoint}


def resolve_theme(target: Target, name: str | None) -> str | None:
    if name is None:
        return None
    from rcpkg import sparql

    return str(sparql.resolve_theme(name, **target.kwargs))


def resolve_institution(target: Target, name: str) -> str:
    from rcpkg import sparql

    return str(sparql.resolve_institution(name, **target.kwargs))


def load(target: Target, *, lang: str = "en", theme: str | None = None,
         years: str | None = None) -> tuple[NetworkData, str | None]:
    """The network in `lang`, sliced by theme (a name, key or IRI) and years ("2015-2018").

    Returns the data and the theme IRI (None when no theme was given).
    """
    from rcpkg.viz.source import load_network

    if lang not in ("en", "es"):
        raise UsageError("--lang must be en or es", value=lang)
    span = parse_years(years)
    theme_iri = resolve_theme(target, theme)
    data = load_network(lang=lang, **target.kwargs)
    if span is not None or theme_iri is not None:
        data = data.restrict(years=span, theme=theme_iri)
    return data, theme_iri
