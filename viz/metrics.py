"""Network metrics on the institutions' co-involvement network.

Definitions (the numbers `rcpkg analyze` prints):

- degree: how many other institutions share at least one event with it;
  weighted degree: the sum of shared events over those links.
- betweenness: networkx's betweenness with edge *distance* = 1 / shared events
  (a link backed by more events is shorter), normalised. Exact up to
  `EXACT_LIMIT` nodes; above that, sampled with `k=SAMPLE_K` sources and a fixed
  seed (networkx's exact algorithm is O(n·m)).
- eigenvector centrality: computed on each connected component separately
  (power iteration, weighted), scaled by the component's share of the nodes so
  values are comparable across components; isolated institutions get 0. If the
  iteration does not converge, the component falls back to normalised weighted
  degree and the result says so (`converged=False`).
- communities: Louvain (`networkx.community.louvain_communities`, weighted,
  seeded: the same data gives the same communities).
- bridges between the RCM and SACM worlds (see `bridges`).
- conveners per theme (see `conveners_by_theme`).
"""

from __future__ import annotations

from dataclasses import dataclass

import networkx as nx

from rcpkg.viz.model import NetworkData

EXACT_LIMIT = 1000
SAMPLE_K = 200
SEED = 42
CONVENING_ROLES = ("convener", "coordinator", "organizer")


def _distance(graph: nx.Graph) -> dict:
    return {(u, v): 1.0 / d.get("weight", 1) for u, v, d in graph.edges(data=True)}


def degree(graph: nx.Graph) -> dict[str, int]:
    return dict(graph.degree())


def weighted_degree(graph: nx.Graph) -> dict[str, float]:
    return dict(graph.degree(weight="weight"))


def betweenness(graph: nx.Graph, *, exact_limit: int = EXACT_LIMIT, k: int = SAMPLE_K,
                seed: int = SEED, weighted: bool = True) -> dict[str, float]:
    """Betweenness with distance 1/weight (or hop count when not `weighted`, which is
    several times faster: BFS instead of Dijkstra); exact up to `exact_limit` nodes, else sampled."""
    sample = None if graph.number_of_nodes() <= exact_limit else min(k, graph.number_of_nodes())
    if not weighted:
        return nx.betweenness_centrality(graph, k=sample, weight=None, normalized=True, seed=seed)
    h = graph.copy()
    nx.set_edge_attributes(h, _distance(h), "distance")
    return nx.betweenness_centrality(h, k=sample, weight="distance", normalized=True, seed=seed)


@dataclass(frozen=True)
class Eigen:
    values: dict[str, float]
    converged: bool


def eigenvector(graph: nx.Graph, *, max_iter: int = 1000, tol: float = 1e-08) -> Eigen:
    """Eigenvector centrality per connected component (see the module docstring)."""
    n = graph.number_of_nodes()
    values: dict[str, float] = {}
    converged = True
    for comp in nx.connected_components(graph):
        if len(comp) == 1:
            values.update({node: 0.0 for node in comp})
            continue
        sub = graph.subgraph(comp)
        share = len(comp) / n
        try:
            part = nx.eigenvector_centrality(sub, max_iter=max_iter, tol=tol, weight="weight")
        except nx.PowerIterationFailedConvergence:
            converged = False
            strength = dict(sub.degree(weight="weight"))
            total = sum(strength.values()) or 1.0
            part = {k: v / total for k, v in strength.items()}
        values.update({node: v * share for node, v in part.items()})
    return Eigen(values, converged)


def communities(graph: nx.Graph, *, seed: int = SEED) -> list[set[str]]:
    """Louvain communities, largest first (ties by smallest member IRI)."""
    if graph.number_of_nodes() == 0:
        return []
    found = nx.community.louvain_communities(graph, weight="weight", seed=seed)
    return sorted((set(c) for c in found), key=lambda c: (-len(c), min(c)))


@dataclass(frozen=True)
class Bridge:
    institution: str
    events_by_process: dict[str, int]  # process IRI -> events of that process it is involved in
    between: float  # subset betweenness between the processes' worlds (0 when not computable)


def bridges(data: NetworkData, graph: nx.Graph, *, processes: tuple[str, str] | None = None) -> list[Bridge]:
    """The institutions that bridge two processes' worlds (by default the RCM and the SACM).

    The *world* of a process P is the set of events that belong to P (see
    `NetworkData.event_processes`: P or one of its bodies is involved, or the
    event is in P's series). An institution is a **bridge** when it is
    involved in at least one event of each world and is not itself P or part
    of P (the processes and their own bodies are the two worlds, not bridges
    between them). An event belonging to both worlds (a joint plenary) counts
    for both.

    Each bridge also gets `between`: its betweenness on `graph` counted only
    over shortest paths from institutions active only in P1's world to those
    active only in P2's world (networkx `betweenness_centrality_subset`,
    distance 1/weight, normalised by the number of such pairs). Sorted by the
    smaller of its two event counts, then `between`, then label.
    """
    if processes is None:
        procs = data.processes
        by_key = {p.rsplit("/", 1)[-1]: p for p in procs}
        if "rcm" in by_key and "sacm" in by_key:
            processes = (by_key["rcm"], by_key["sacm"])
        elif len(procs) >= 2:
            processes = (procs[0], procs[1])
        else:
            return []
    p1, p2 = processes
    counts: dict[str, dict[str, int]] = {}
    seen: set[tuple[str, str]] = set()
    for inv in data.involvements:
        if (inv.institution, inv.event) in seen:
            continue
        seen.add((inv.institution, inv.event))
        worlds = data.event_processes(inv.event)
        for p in (p1, p2):
            if p in worlds:
                c = counts.setdefault(inv.institution, {p1: 0, p2: 0})
                c[p] += 1
    own = {p1: {p1}, p2: {p2}}
    for inst in data.institutions:
        anc = data.ancestors(inst)
        for p in (p1, p2):
            if p in anc:
                own[p].add(inst)
    only1 = [i for i, c in counts.items() if c[p1] and not c[p2] and i in graph]
    only2 = [i for i, c in counts.items() if c[p2] and not c[p1] and i in graph]
    between: dict[str, float] = {}
    if only1 and only2:
        h = graph.copy()
        nx.set_edge_attributes(h, _distance(h), "distance")
        raw = nx.betweenness_centrality_subset(h, only1, only2, weight="distance", normalized=False)
        pairs = len(only1) * len(only2)
        between = {k: v / pairs for k, v in raw.items()}
    out = [Bridge(i, dict(c), between.get(i, 0.0)) for i, c in counts.items()
           if c[p1] and c[p2] and i not in own[p1] | own[p2]]
    return sorted(out, key=lambda b: (-min(b.events_by_process.values()), -b.between,
                                      data.label(b.institution)))


def conveners_by_theme(data: NetworkData, *, roles: tuple[str, ...] = CONVENING_ROLES,
                       top: int = 5) -> dict[str, list[tuple[str, int]]]:
    """Per theme: the institutions that convene, coordinate or organize the most events on it.

    Count = distinct events on the theme where the institution has one of
    `roles`. Ties by label. Themes with no such involvement are left out.
    """
    events_of: dict[str, dict[str, set[str]]] = {}
    for inv in data.involvements:
        if inv.role not in roles or inv.event not in data.events:
            continue
        for t in data.events[inv.event].themes:
            events_of.setdefault(t, {}).setdefault(inv.institution, set()).add(inv.event)
    out = {}
    for t, by_inst in events_of.items():
        ranked = sorted(((i, len(evs)) for i, evs in by_inst.items()),
                        key=lambda x: (-x[1], data.label(x[0])))
        out[t] = ranked[:top]
    return dict(sorted(out.items(), key=lambda kv: data.label(kv[0])))


@dataclass(frozen=True)
class Ranking:
    """All the per-institution metrics of one network, ready for tables and CSV."""

    rows: list[dict]  # institution, label, type, events, degree, weighted_degree, betweenness, eigenvector, community
    communities: list[set[str]]
    eigen_converged: bool
    betweenness_exact: bool


def rank(data: NetworkData, graph: nx.Graph) -> Ranking:
    deg, wdeg = degree(graph), weighted_degree(graph)
    btw = betweenness(graph)
    eig = eigenvector(graph)
    comms = communities(graph)
    member = {n: i + 1 for i, c in enumerate(comms) for n in c}
    rows = []
    for n, d in graph.nodes(data=True):
        rows.append({
            "institution": n, "label": d.get("label", n), "type": d.get("type", ""),
            "events": d.get("events", 0), "degree": deg[n], "weighted_degree": wdeg[n],
            "betweenness": round(btw[n], 6), "eigenvector": round(eig.values.get(n, 0.0), 6),
            "community": member.get(n, 0),
        })
    rows.sort(key=lambda r: (-r["betweenness"], -r["weighted_degree"], r["label"]))
    return Ranking(rows, comms, eig.converged, graph.number_of_nodes() <= EXACT_LIMIT)
