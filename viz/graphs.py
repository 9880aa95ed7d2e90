"""Pure builders: networkx graphs from `NetworkData`.

Node ids are IRIs (strings). Every node carries `kind` ("institution",
"event", "theme"), `label`, and `type` (the rcp: class's local name for
institutions and events). Edges carry `weight` (int) and, where it makes
sense, the events and themes behind them (as sorted lists of IRIs).

Which roles count: every involvement of the `NetworkData` they are given. The
commands slice it first (`rcpkg.viz.selection.load`): mentions are left out by
default and units are rolled up to their parents (`NetworkData.rolled_up`), so
an involvement may be *via* a unit. Builders also take `exclude_roles`.
Two institutions of which one is part of the other are not linked by an event
that only one of them takes part in directly (IOM and its own regional office,
through the office's workshop): that is structure, not collaboration.
"""

from __future__ import annotations

from itertools import combinations
from typing import Iterable

import networkx as nx

from rcpkg.viz.model import NetworkData


def _inst_attrs(data: NetworkData, iri: str) -> dict:
    inst = data.institutions.get(iri)
    return {"kind": "institution", "label": inst.label if inst else iri,
            "type": inst.type if inst else "Institution", "acronym": (inst.acronym if inst else None) or ""}


def _event_attrs(data: NetworkData, iri: str) -> dict:
    ev = data.events[iri]
    return {"kind": "event", "label": ev.label, "type": ev.kind or "Event",
            "year": ev.year, "themes": list(ev.themes),
            "processes": sorted(data.event_processes(iri))}


def _involvements(data: NetworkData, exclude_roles: Iterable[str]):
    skip = set(exclude_roles)
    return [i for i in data.involvements if i.role not in skip and i.event in data.events]


def involvement_graph(data: NetworkData, *, include_themes: bool = True,
                      exclude_roles: Iterable[str] = ()) -> nx.Graph:
    """The institution–event–theme graph.

    Institution–event edges carry `roles` (sorted list) and `evidence` (list of
    (quote, source) pairs); event–theme edges carry `kind="subject"`.
    """
    g = nx.Graph(name="involvements")
    for inv in _involvements(data, exclude_roles):
        if inv.institution not in g:
            g.add_node(inv.institution, **_inst_attrs(data, inv.institution))
        if inv.event not in g:
            g.add_node(inv.event, **_event_attrs(data, inv.event))
        via = [inv.via] if inv.via else []
        if g.has_edge(inv.institution, inv.event):
            attrs = g.edges[inv.institution, inv.event]
            attrs["roles"] = sorted(set(attrs["roles"]) | {inv.role})
            attrs["evidence"] += [(e.quote, e.source) for e in inv.evidence]
            attrs["via"] = sorted(set(attrs["via"]) | set(via))
        else:
            g.add_edge(inv.institution, inv.event, kind="involvement", roles=[inv.role], weight=1,
                       evidence=[(e.quote, e.source) for e in inv.evidence], via=via)
    if include_themes:
        for e, ev in data.events.items():
            for t in ev.themes:
                if e not in g:
                    g.add_node(e, **_event_attrs(data, e))
                if t not in g:
                    g.add_node(t, kind="theme", label=data.themes[t].label if t in data.themes else t,
                               type="Theme")
                g.add_edge(e, t, kind="subject", weight=1)
    return g


def co_involvement(data: NetworkData, *, exclude_roles: Iterable[str] = ()) -> nx.Graph:
    """Institutions linked when they are involved in the same event.

    Edge `weight` = number of shared events; `events` and `themes` = the
    shared events and their themes (sorted IRIs). Institutions involved in
    events with nobody else are kept as isolated nodes. Node attribute
    `events` = how many events the institution is involved in.
    """
    by_event: dict[str, dict[str, bool]] = {}  # event -> institution -> involved directly
    for inv in _involvements(data, exclude_roles):
        agents = by_event.setdefault(inv.event, {})
        agents[inv.institution] = agents.get(inv.institution, False) or inv.direct
    g = nx.Graph(name="co-involvement")
    counts: dict[str, int] = {}
    for event, agents in sorted(by_event.items()):
        for a in agents:
            counts[a] = counts.get(a, 0) + 1
            if a not in g:
                g.add_node(a, **_inst_attrs(data, a))
        for a, b in combinations(sorted(agents), 2):
            if not (agents[a] and agents[b]) and data.is_part_of(a, b):
                continue  # a unit and its own parent through the unit's event: structure, not a link
            if g.has_edge(a, b):
                attrs = g.edges[a, b]
                attrs["weight"] += 1
                attrs["events"].append(event)
                attrs["themes"] = sorted(set(attrs["themes"]) | set(data.events[event].themes))
            else:
                g.add_edge(a, b, weight=1, events=[event], themes=sorted(data.events[event].themes))
    nx.set_node_attributes(g, counts, "events")
    return g


def institution_theme(data: NetworkData, *, exclude_roles: Iterable[str] = ()) -> nx.Graph:
    """Bipartite institutions–themes: edge weight = the institution's events on the theme."""
    g = nx.Graph(name="institution-theme")
    for inv in _involvements(data, exclude_roles):
        for t in data.events[inv.event].themes:
            if inv.institution not in g:
                g.add_node(inv.institution, bipartite=0, **_inst_attrs(data, inv.institution))
            if t not in g:
                g.add_node(t, bipartite=1, kind="theme", type="Theme",
                           label=data.themes[t].label if t in data.themes else t)
            if g.has_edge(inv.institution, t):
                attrs = g.edges[inv.institution, t]
                if inv.event not in attrs["events"]:
                    attrs["events"].append(inv.event)
                    attrs["weight"] += 1
            else:
                g.add_edge(inv.institution, t, weight=1, events=[inv.event])
    return g


def project(bipartite_graph: nx.Graph, side: str) -> nx.Graph:
    """Weighted projection of `institution_theme` onto "institution" or "theme" nodes.

    Edge weight = number of neighbours in common (themes two institutions
    share; institutions two themes share).
    """
    from networkx.algorithms import bipartite

    nodes = [n for n, d in bipartite_graph.nodes(data=True) if d.get("kind") == side]
    return bipartite.weighted_projected_graph(bipartite_graph, nodes)


def structure_tree(data: NetworkData, root: str) -> nx.DiGraph:
    """Everything transitively part of `root` (org:subOrganizationOf), as a tree child -> parent."""
    children: dict[str, set[str]] = {}
    for child, parent in data.part_of:
        children.setdefault(parent, set()).add(child)
    g = nx.DiGraph(name="structure")
    g.add_node(root, **_inst_attrs(data, root))
    todo = [root]
    while todo:
        parent = todo.pop()
        for child in sorted(children.get(parent, ())):
            if child not in g:
                g.add_node(child, **_inst_attrs(data, child))
                todo.append(child)
            g.add_edge(child, parent, kind="part-of")
    return g


def ego(graph: nx.Graph, focus: str, depth: int = 1) -> nx.Graph:
    """The neighbourhood of `focus` up to `depth` hops (1 or 2), as a copy."""
    if depth not in (1, 2):
        raise ValueError("depth must be 1 or 2")
    if focus not in graph:
        raise KeyError(focus)
    return nx.ego_graph(graph, focus, radius=depth).copy()


def time_slice(data: NetworkData, start: int | None, end: int | None) -> NetworkData:
    """Only the events whose stated year is in [start, end]; undated events are left out."""
    return data.restrict(years=(start, end))
