"""Paths that link two institutions through the events they share.

A path runs over the co-involvement network (`graphs.co_involvement`): each
hop joins two institutions involved in the same event. Two weightings:

- ``hops`` (default): every hop costs 1; the best paths are the ones with the
  fewest intermediaries. Among equally short paths networkx's order is kept
  (deterministic for the same data).
- ``strength``: a hop costs 1 / (number of events the two share), so a path
  over links backed by many shared events ranks before one over single
  co-appearances.

`k_paths` lists the k best *chordless* paths: `networkx.shortest_simple_paths`
in order of cost, keeping only paths where no two non-consecutive
institutions are themselves linked (otherwise the path just walks through one
event's participants one by one, and a shorter path skipping them exists: it
is not a different route). At most `MAX_CANDIDATES` candidate paths are
examined, so a dense network cannot make it run away.
Each hop shows *one* shared event (the one with the most roles stated, then
the latest stated year, then label) with both institutions' roles and
evidence quotes, plus how many other events they share.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import islice

import networkx as nx

from rcpkg.viz.model import Evidence, NetworkData
from rcpkg.viz.roles import ROLE_ORDER

MAX_CANDIDATES = 500
ROLE_STRENGTH = {r: i for i, r in enumerate(ROLE_ORDER)}


@dataclass(frozen=True)
class Side:
    institution: str
    label: str
    roles: tuple[str, ...]
    evidence: Evidence | None
    via: tuple[str, ...] = ()  # the units through which it is involved (rolled up), when not directly
    via_labels: tuple[str, ...] = ()


@dataclass(frozen=True)
class Hop:
    a: Side
    b: Side
    event: str
    event_label: str
    year: int | None
    other_events: int  # further events the two share


@dataclass(frozen=True)
class Path:
    nodes: tuple[str, ...]
    hops: tuple[Hop, ...]
    cost: float


def _weight_fn(weighting: str):
    if weighting == "hops":
        return None
    if weighting == "strength":
        return lambda u, v, d: 1.0 / d.get("weight", 1)
    raise ValueError(f"unknown weighting {weighting!r} (hops or strength)")


def _side(data: NetworkData, inst: str, event: str) -> Side:
    invs = data.involvements_of(event, inst)
    direct = [i for i in invs if i.direct]
    shown = direct or invs  # its own statement first; else what its units did
    roles = tuple(sorted({i.role for i in shown}, key=lambda r: ROLE_STRENGTH.get(r, 99)))
    best = sorted(shown, key=lambda i: ROLE_STRENGTH.get(i.role, 99))
    evidence = next((i.first_evidence for i in best if i.first_evidence), None)
    via = () if direct else tuple(sorted({i.via for i in invs if i.via}))
    return Side(inst, data.label(inst), roles, evidence, via, tuple(data.label(v) for v in via))


def hop(data: NetworkData, graph: nx.Graph, a: str, b: str) -> Hop:
    events = graph.edges[a, b]["events"]

    def score(e: str):
        sa, sb = _side(data, a, e), _side(data, b, e)
        stated = (sa.evidence is not None) + (sb.evidence is not None)
        strongest = min(ROLE_STRENGTH.get(r, 99) for r in sa.roles + sb.roles)
        ev = data.events[e]
        return (-stated, strongest, -(ev.year or 0), ev.label, e)

    best = min(events, key=score)
    ev = data.events[best]
    return Hop(_side(data, a, best), _side(data, b, best), best, ev.label, ev.year, len(events) - 1)


def _chordless(graph: nx.Graph, nodes: list[str]) -> bool:
    return not any(graph.has_edge(nodes[i], nodes[j])
                   for i in range(len(nodes)) for j in range(i + 2, len(nodes)))


def k_paths(data: NetworkData, graph: nx.Graph, source: str, target: str, *, k: int = 3,
            weighting: str = "hops") -> list[Path]:
    """Up to `k` best simple paths from `source` to `target`; [] when they are not connected."""
    if source == target:
        raise ValueError("the two institutions are the same")
    if source not in graph or target not in graph:
        return []
    weight = _weight_fn(weighting)
    found = []
    try:
        for nodes in islice(nx.shortest_simple_paths(graph, source, target, weight=weight), MAX_CANDIDATES):
            if _chordless(graph, nodes):
                found.append(nodes)
                if len(found) == k:
                    break
    except nx.NetworkXNoPath:
        return []
    out = []
    for nodes in found:
        hops = tuple(hop(data, graph, u, v) for u, v in zip(nodes, nodes[1:]))
        cost = len(hops) if weight is None else sum(1.0 / graph.edges[u, v]["weight"] for u, v in zip(nodes, nodes[1:]))
        out.append(Path(tuple(nodes), hops, cost))
    return out
