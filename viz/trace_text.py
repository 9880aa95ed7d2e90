"""Plain-text rendering of traced paths (what `rcpkg trace` prints)."""

from __future__ import annotations

import textwrap

from rcpkg.viz.model import NetworkData
from rcpkg.viz.trace import Path, Side


def _short(data: NetworkData, iri: str) -> str:
    inst = data.institutions.get(iri)
    return inst.acronym if inst and inst.acronym else data.label(iri)


def _roles(side: Side) -> str:
    roles = ", ".join(side.roles)
    if side.via_labels:
        roles += " via unit " + "; ".join(side.via_labels)
    return roles


def _quote_lines(who: str, side: Side) -> list[str]:
    if side.via_labels:
        who = f"{who} (via {'; '.join(side.via_labels)})"
    if side.evidence is None:
        return [f"     {who}: (no evidence quote in the graph)"]
    quote = " ".join(side.evidence.quote.split())
    body = textwrap.wrap(f"“{quote}”", width=92)
    return [f"     {who}:", *(f"       {line}" for line in body), f"       — {side.evidence.source}"]


def _evidence_lines(data: NetworkData, a: Side, b: Side) -> list[str]:
    """Both sides' quotes; one block when the same sentence states both roles."""
    if a.evidence is not None and a.evidence == b.evidence and not a.via and not b.via:
        return _quote_lines(f"{_short(data, a.institution)} and {_short(data, b.institution)}", a)
    return _quote_lines(_short(data, a.institution), a) + _quote_lines(_short(data, b.institution), b)


def format_paths(data: NetworkData, paths: list[Path], *, weighting: str = "hops") -> str:
    a, b = paths[0].nodes[0], paths[0].nodes[-1]
    lines = [f"{data.label(a)} → {data.label(b)}: {len(paths)} path{'s' if len(paths) != 1 else ''} "
             f"(weighting: {weighting})", ""]
    for n, path in enumerate(paths, 1):
        cost = f"{len(path.hops)} hop{'s' if len(path.hops) != 1 else ''}"
        if weighting == "strength":
            cost += f", cost {path.cost:.2f}"
        head = "shortest path" if n == 1 else f"path {n}"
        lines.append(f"{head} ({cost}): " + " → ".join(_short(data, x) for x in path.nodes))
        for i, hop in enumerate(path.hops, 1):
            year = f" ({hop.year})" if hop.year else ""
            lines.append(f"  {i}. {data.label(hop.a.institution)} [{_roles(hop.a)}] — "
                         f"{data.label(hop.b.institution)} [{_roles(hop.b)}]")
            lines.append(f"     event: {hop.event_label}{year}")
            lines.append(f"            {hop.event}")
            lines.extend(_evidence_lines(data, hop.a, hop.b))
            if hop.other_events:
                lines.append(f"     (they share {hop.other_events} more event{'s' if hop.other_events != 1 else ''})")
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"
