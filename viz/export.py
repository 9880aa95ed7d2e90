"""The institutions' co-involvement network as files for Gephi, Cytoscape and spreadsheets.

`write_network(fmt, out, *, store=None, endpoint=None, lang="en")` writes:

- ``gexf`` / ``graphml``: one file (networkx writers). Node attributes:
  label, type, acronym, events, degree, weighted_degree, betweenness,
  eigenvector, community; edge attributes: weight (shared events), events
  (the shared events' IRIs), event_labels, themes (theme labels). Lists are
  flattened into one string joined with " | " (both formats take scalars only);
  missing values are left out, never written as "None". The GEXF is dynamic for Gephi's
  timeline: institutions and links carry `start` / `end` (the first and last year of their
  dated events) and `years`; what has no dated event has no span.
- ``csv``: two files. ``--out DIR`` (a folder, or any path not ending in
  ``.csv``) gives ``DIR/nodes.csv`` and ``DIR/edges.csv``; ``--out FILE.csv``
  gives ``FILE.nodes.csv`` and ``FILE.edges.csv``. Nodes: ``id, label, type,
  acronym, events, degree, weighted_degree, betweenness, eigenvector,
  community``; edges: ``source, target, source_label, target_label, weight,
  events, event_labels, themes``. UTF-8, RFC 4180 quoting.

Every file is written to a temporary name and renamed into place.
"""

from __future__ import annotations

import csv
import os
import tempfile
from pathlib import Path
from typing import Any

import networkx as nx

from rcpkg.errors import UsageError
from rcpkg.viz import graphs, metrics
from rcpkg.viz.model import NetworkData

FORMATS = ("gexf", "graphml", "csv")
SEP = " | "
NODE_COLUMNS = ("id", "label", "type", "acronym", "events", "degree", "weighted_degree",
                "betweenness", "eigenvector", "community")
EDGE_COLUMNS = ("source", "target", "source_label", "target_label", "weight", "events",
                "event_labels", "themes", "source_roles", "target_roles")


def network_tables(data: NetworkData) -> tuple[list[dict], list[dict]]:
    """The node and edge rows (flat: strings and numbers) of the co-involvement network (pure)."""
    g = graphs.co_involvement(data)
    ranking = metrics.rank(data, g)
    by_id = {r["institution"]: r for r in ranking.rows}
    nodes = []
    for n in sorted(g.nodes):
        r = by_id[n]
        nodes.append({"id": n, "label": r["label"], "type": r["type"],
                      "acronym": g.nodes[n].get("acronym") or "", "events": r["events"],
                      "degree": r["degree"], "weighted_degree": r["weighted_degree"],
                      "betweenness": r["betweenness"], "eigenvector": r["eigenvector"],
                      "community": r["community"]})
    edges = []
    for u, v in sorted(tuple(sorted(e)) for e in g.edges):
        d = g.edges[u, v]
        edges.append({"source": u, "target": v, "source_label": data.label(u), "target_label": data.label(v),
                      "weight": d["weight"], "events": SEP.join(sorted(d["events"])),
                      "event_labels": SEP.join(sorted(data.label(e) for e in d["events"])),
                      "themes": SEP.join(sorted(data.label(t) for t in d["themes"])),
                      "source_roles": _roles(data, u, d["events"]), "target_roles": _roles(data, v, d["events"])})
    return nodes, edges


def _roles(data: NetworkData, inst: str, events: list[str]) -> str:
    """An institution's roles in the shared events, strongest first; "organizer (via X)" when rolled up."""
    from rcpkg.viz.roles import rank

    found: set[str] = set()
    for e in events:
        for inv in data.involvements_of(e, inst):
            found.add(inv.role if inv.direct else f"{inv.role} (via {data.label(inv.via)})")
    return SEP.join(sorted(found, key=lambda r: (rank(r.split(" ", 1)[0]), r)))


def to_networkx(nodes: list[dict], edges: list[dict]) -> nx.Graph:
    g = nx.Graph()
    for row in nodes:
        g.add_node(row["id"], **{k: v for k, v in row.items() if k != "id" and v not in (None, "")})
    for row in edges:
        g.add_edge(row["source"], row["target"],
                   **{k: v for k, v in row.items() if k not in ("source", "target") and v not in (None, "")})
    return g


def _atomic(out: Path, write) -> Path:
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".tmp", dir=out.parent)
    os.close(fd)
    try:
        write(Path(tmp))
        os.replace(tmp, out)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return out


def csv_paths(out: Path) -> tuple[Path, Path]:
    """Where the two CSV files go for `--out` (see the module docstring)."""
    out = Path(out)
    if out.suffix.lower() == ".csv":
        stem = out.with_suffix("")
        return stem.with_name(stem.name + ".nodes.csv"), stem.with_name(stem.name + ".edges.csv")
    if out.exists() and not out.is_dir():
        raise UsageError("--out for csv must be a folder or a FILE.csv name", value=str(out))
    return out / "nodes.csv", out / "edges.csv"


def _write_csv(path: Path, columns: tuple[str, ...], rows: list[dict]) -> None:
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=columns)
        writer.writeheader()
        writer.writerows(rows)


def time_spans(data: NetworkData) -> dict:
    """For Gephi's timeline: the first and last year of each institution's and each link's dated
    events ({"nodes": {iri: (first, last)}, "edges": {(u, v): (first, last)}}); what has no dated
    event gets no span (Gephi then shows it at every time)."""
    years: dict[str, set[int]] = {}
    for inv in data.involvements:
        ev = data.events.get(inv.event)
        if ev is not None and ev.year is not None:
            years.setdefault(inv.institution, set()).add(ev.year)
    g = graphs.co_involvement(data)
    edges = {}
    for u, v, d in g.edges(data=True):
        ys = {data.events[e].year for e in d["events"] if data.events[e].year is not None}
        if ys:
            edges[tuple(sorted((u, v)))] = (min(ys), max(ys))
    return {"nodes": {n: (min(ys), max(ys)) for n, ys in years.items() if n in g}, "edges": edges}


def _with_time(g: nx.Graph, spans: dict) -> nx.Graph:
    """A copy of `g` whose nodes and links carry `start` / `end` years (GEXF's dynamic mode) and
    `years` ("2015-2018") where their events are dated."""
    g = g.copy()
    for n, (lo, hi) in spans.get("nodes", {}).items():
        if n in g:
            g.nodes[n].update(start=lo, end=hi, years=f"{lo}-{hi}" if lo != hi else str(lo))
    for (u, v), (lo, hi) in spans.get("edges", {}).items():
        if g.has_edge(u, v):
            g.edges[u, v].update(start=lo, end=hi, years=f"{lo}-{hi}" if lo != hi else str(lo))
    if spans.get("nodes") or spans.get("edges"):
        g.graph["mode"] = "dynamic"
    return g


def write_tables(fmt: str, out: Path, nodes: list[dict], edges: list[dict], *, time: dict | None = None) -> list[Path]:
    out = Path(out)
    if fmt == "csv":
        node_path, edge_path = csv_paths(out)
        return [_atomic(node_path, lambda p: _write_csv(p, NODE_COLUMNS, nodes)),
                _atomic(edge_path, lambda p: _write_csv(p, EDGE_COLUMNS, edges))]
    g = to_networkx(nodes, edges)
    if fmt == "gexf":
        return [_atomic(out, lambda p: nx.write_gexf(_with_time(g, time or {}), p, encoding="utf-8",
                                                     version="1.2draft"))]
    if fmt == "graphml":
        return [_atomic(out, lambda p: nx.write_graphml(g, p, encoding="utf-8"))]
    raise UsageError(f"unknown network format (one of {', '.join(FORMATS)})", value=fmt)


def write_network(fmt: str, out: Path, *, store: Any = None, endpoint: str | None = None,
                  lang: str = "en", data: NetworkData | None = None, min_role: str | None = None,
                  include_mentions: bool = False, rollup: bool = True) -> list[Path]:
    """Query the store (or endpoint) and write the institution network; returns the files written.

    Roles and units as in the analyses (`rcpkg.viz.selection.load`): mentions left out
    unless `include_mentions` (or `min_role="mentioned"`), units rolled up to their parents."""
    if fmt not in FORMATS:
        raise UsageError(f"unknown network format (one of {', '.join(FORMATS)})", value=fmt)
    if data is None:
        from rcpkg.viz.roles import roles_from
        from rcpkg.viz.source import load_network

        roles = roles_from(min_role, include_mentions=include_mentions)
        data = load_network(store=store, endpoint=endpoint, lang=lang).restrict(roles=roles)
        if rollup:
            data = data.rolled_up()
    nodes, edges = network_tables(data)
    return write_tables(fmt, Path(out), nodes, edges, time=time_spans(data) if fmt == "gexf" else None)
