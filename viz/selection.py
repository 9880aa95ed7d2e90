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
         years: str | None = None, min_role: str | None = None, include_mentions: bool = False,
         rollup: bool = True) -> tuple[NetworkData, str | None]:
    """The network in `lang`, sliced by theme (a name, key or IRI), years ("2015-2018") and role.

    Roles: those at least as strong as `min_role` (`rcpkg.viz.roles`; mentions are left
    out by default). `rollup`: units count for what they are part of (`NetworkData.rolled_up`),
    after the role filter. Returns the data and the theme IRI (None when no theme was given).
    """
    from rcpkg.viz.roles import roles_from
    from rcpkg.viz.source import load_network

    if lang not in ("en", "es"):
        raise UsageError("--lang must be en or es", value=lang)
    span = parse_years(years)
    roles = roles_from(min_role, include_mentions=include_mentions)
    theme_iri = resolve_theme(target, theme)
    data = load_network(lang=lang, **target.kwargs)
    data = data.restrict(years=span, theme=theme_iri, roles=roles)
    if rollup:
        data = data.rolled_up()
    return data, theme_iri
