"""Resolvers: what a user types ("IOM", "OIM", "disasters", an IRI) -> the IRI the queries need."""

from __future__ import annotations

import difflib
import re
from typing import Any

from rdflib import URIRef

from rcpkg.errors import UsageError
from rcpkg.namespaces import EVENT_KINDS, ID, RCP_IRI, sparql_prefixes
from rcpkg.sparql.binding import check_iri
from rcpkg.sparql.runner import run

RCP_NS = RCP_IRI

# Event kind keys (docs/design.md) -> class local names: rcp:Event and its subclasses (generated from the ontology).
KINDS: dict[str, str] = {"event": "Event", **EVENT_KINDS}


def _looks_like_iri(text: str) -> bool:
    return bool(re.match(r"^(https?|urn|file):", text.strip()))


def _candidates(query: str, **target: Any) -> list[tuple[URIRef, str, str]]:
    """(entity, name, best label) rows of a resolver query."""
    rows = run(query, **target).rows
    return [(row["x"], str(row["name"]), str(row.get("label") or row["x"])) for row in rows if row.get("name") is not None]


def _resolve(text: str, kind: str, query: str, key_prefix: str, **target: Any) -> URIRef:
    from rcpkg.iris import fold

    text = (text or "").strip()
    if not text:
        raise UsageError(f"empty {kind} name")
    rows = _candidates(query, **target)
    if _looks_like_iri(text):
        iri = check_iri(text, what=f"{kind} IRI")
        if any(x == iri for x, _, _ in rows):
            return iri
        raise UsageError(f"no {kind} with this IRI in the graph", value=text)
    wanted = fold(text)
    labels: dict[URIRef, str] = {}
    exact: dict[URIRef, str] = {}
    for x, name, label in rows:
        labels.setdefault(x, label)
        if fold(name) == wanted or str(x) == key_prefix + text:
            exact.setdefault(x, label)
    if len(exact) == 1:
        return next(iter(exact))
    if len(exact) > 1:
        listing = "; ".join(f"{label} <{x}>" for x, label in sorted(exact.items()))
        raise UsageError(f"{kind} name is ambiguous: it matches {listing}", value=text,
                         hint="Pass the IRI or a longer name.")
    if kind == "theme" and len(wanted) >= 3:
        # a unique prefix of a key or of a name in either language ("disasters", "niñez", "trata")
        prefixed: dict[URIRef, str] = {}
        for x, name, label in rows:
            key = str(x)[len(key_prefix):] if str(x).startswith(key_prefix) else ""
            if fold(name).startswith(wanted) or fold(key).startswith(wanted):
                prefixed.setdefault(x, label)
        if len(prefixed) == 1:
            return next(iter(prefixed))
        if len(prefixed) > 1:
            listing = "; ".join(f"{label} <{x}>" for x, label in sorted(prefixed.items()))
            raise UsageError(f"{kind} name is ambiguous: it starts {len(prefixed)} themes: {listing}",
                             value=text, hint="Pass the key, the IRI or a longer name.")
    names = sorted({name for _, name, _ in rows} | {str(x)[len(key_prefix):] for x in labels
                                                     if str(x).startswith(key_prefix)})
    folded = {fold(n): n for n in names}
    close = [folded[m] for m in difflib.get_close_matches(wanted, list(folded), n=5, cutoff=0.6)]
    hint = f"Did you mean: {', '.join(close)}?" if close else None
    raise UsageError(f"no {kind} with this name, acronym or key", value=text, hint=hint)


_INSTITUTIONS = sparql_prefixes("rcp", "rdfs", "skos") + """SELECT DISTINCT ?x ?name ?label WHERE {
  ?x a rcp:Institution .
  { ?x skos:prefLabel ?name } UNION { ?x skos:altLabel ?name } UNION { ?x rdfs:label ?name }
  UNION { ?x rcp:acronym ?name }
  OPTIONAL { ?x rdfs:label ?label FILTER(LANG(?label) = "en") }
}
"""

_THEMES = sparql_prefixes("rdfs", "skos") + """SELECT DISTINCT ?x ?name ?label WHERE {
  ?x a skos:Concept .
  { ?x skos:prefLabel ?name } UNION { ?x skos:altLabel ?name } UNION { ?x rdfs:label ?name }
  OPTIONAL { ?x skos:prefLabel ?label FILTER(LANG(?label) = "en") }
}
"""

_SERIES = sparql_prefixes("rcp", "rdfs", "skos") + """SELECT DISTINCT ?x ?name ?label WHERE {
  ?x a rcp:EventSeries .
  { ?x rdfs:label ?name } UNION { ?x skos:altLabel ?name }
  OPTIONAL { ?x rdfs:label ?label FILTER(LANG(?label) = "en") }
}
"""


def resolve_institution(name: str, *, store: Any = None, endpoint: str | None = None, dataset: Any = None,
                        engine: str | None = None) -> URIRef:
    """The institution IRI for a name, acronym (en/es, accents and case ignored), reference key or IRI.

    Ambiguous names raise UsageError listing the candidates; unknown names
    raise UsageError with close matches.
    """
    return _resolve(name, "institution", _INSTITUTIONS, f"{ID}org/", store=store, endpoint=endpoint,
                    dataset=dataset, engine=engine)


def resolve_theme(name: str, *, store: Any = None, endpoint: str | None = None, dataset: Any = None,
                  engine: str | None = None) -> URIRef:
    """The concept IRI for a theme key, its label (en/es) or its IRI."""
    return _resolve(name, "theme", _THEMES, f"{ID}theme/", store=store, endpoint=endpoint, dataset=dataset,
                    engine=engine)


def resolve_series(name: str, *, store: Any = None, endpoint: str | None = None, dataset: Any = None,
                   engine: str | None = None) -> URIRef:
    """The event series IRI for a series key, label or IRI."""
    return _resolve(name, "series", _SERIES, f"{ID}series/", store=store, endpoint=endpoint, dataset=dataset,
                    engine=engine)


def resolve_kind(name: str) -> URIRef:
    """The class IRI of an event kind key ("workshop", "plenary-meeting"), class name or IRI."""
    text = (name or "").strip()
    if text.startswith(RCP_NS) and text[len(RCP_NS):] in KINDS.values():
        return URIRef(text)
    key = text.lower().replace("_", "-").replace(" ", "-")
    if key in KINDS:
        return URIRef(RCP_NS + KINDS[key])
    by_class = {v.lower(): v for v in KINDS.values()}
    if text.lower() in by_class:
        return URIRef(RCP_NS + by_class[text.lower()])
    close = difflib.get_close_matches(key, list(KINDS), n=3)
    raise UsageError("not an event kind", value=name,
                     hint=f"Kinds: {', '.join(KINDS)}" + (f". Did you mean {', '.join(close)}?" if close else ""))
