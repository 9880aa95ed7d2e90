"""Helpers for the viz tests: hand-made NetworkData and a store from viz-mini.trig."""

from __future__ import annotations

from pathlib import Path

from rdflib import Literal, URIRef

from rcpkg.viz.model import NetworkData

HERE = Path(__file__).resolve().parent
MINI_TRIG = HERE / "fixtures" / "graph" / "viz-mini.trig"
ORG = "https://w3id.org/rcpkg/id/org/"
EVENT = "https://w3id.org/rcpkg/id/event/"
THEME = "https://w3id.org/rcpkg/id/theme/"
RCP = "https://w3id.org/rcpkg/ontology#"


def org(key: str) -> str:
    return ORG + key


def ev(key: str) -> str:
    return EVENT + key


def theme(key: str) -> str:
    return THEME + key


def make_data(events: dict[str, tuple[int | None, tuple[str, ...]]],
              involvements: list[tuple[str, str, str]],
              *, types: dict[str, str] | None = None, structure: list[tuple[str, str]] = (),
              lang: str = "en") -> NetworkData:
    """NetworkData from short keys: events {key: (year, (theme keys))}, involvements
    [(event key, institution key, role)], types {institution key: class}, structure [(child, parent)]."""
    types = types or {}
    inst_keys = sorted({i for _, i, _ in involvements} | set(types) | {x for pair in structure for x in pair})
    inst_rows = [{"institution": URIRef(org(k)), "instLabel": Literal(f"Inst {k}", lang=lang),
                  "instType": URIRef(RCP + types.get(k, "IntergovernmentalOrganization")),
                  "acronym": Literal(k.upper())} for k in inst_keys]
    event_rows = [{"event": URIRef(ev(k)), "eventLabel": Literal(f"Event {k}", lang=lang),
                   "kind": URIRef(RCP + "Workshop"),
                   "year": Literal(year) if year is not None else None, "seriesOf": None}
                  for k, (year, _) in events.items()]
    theme_rows = [{"event": URIRef(ev(k)), "theme": URIRef(theme(t)), "themeLabel": Literal(f"Theme {t}")}
                  for k, (_, ts) in events.items() for t in ts]
    inv_rows = [{"event": URIRef(ev(e)), "institution": URIRef(org(i)), "role": URIRef(RCP + role.capitalize()),
                 "quote": Literal(f"{i} is {role} of {e}"), "source": URIRef(f"https://example.org/{e}"),
                 "start": Literal(n)} for n, (e, i, role) in enumerate(involvements)]
    struct_rows = [{"child": URIRef(org(c)), "parent": URIRef(org(p))} for c, p in structure]
    return NetworkData.from_rows(lang=lang, events=event_rows, institutions=inst_rows, involvements=inv_rows,
                                 themes=theme_rows, structure=struct_rows)


def mini_store(path: Path | None = None):
    """A pyoxigraph store (in memory, or on disk at `path`) holding viz-mini.trig."""
    import pyoxigraph as ox

    store = ox.Store(str(path)) if path is not None else ox.Store()
    with open(MINI_TRIG, "rb") as handle:
        store.load(handle, format=ox.RdfFormat.TRIG)
    if path is not None:
        store.flush()
    return store


def embedded_page(html: str) -> dict:
    """The data a generated explorer page embeds: the page's own JSON plus the
    nodes and edges that pyvis's Network held (a second JSON script element)."""
    import json
    import re

    page = json.loads(re.search(r'<script type="application/json" id="rcpkg-data">(.*?)</script>', html, re.S).group(1))
    graph = json.loads(re.search(r'<script type="application/json" id="rcpkg-graph">(.*?)</script>', html, re.S).group(1))
    return {**page, "nodes": graph["nodes"], "edges": graph["edges"], "options": graph["options"]}
