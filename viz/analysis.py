"""`rcpkg analyze`: the ranked tables, communities, bridges and conveners of a
network, as one report (pure), printed with rich or written as CSV files."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

from rcpkg.viz import graphs, metrics
from rcpkg.viz.model import NetworkData


@dataclass(frozen=True)
class Report:
    data: NetworkData
    ranking: metrics.Ranking
    bridges: list[metrics.Bridge]
    conveners: dict[str, list[tuple[str, int]]]
    links: int
    joint: list[str] = ()  # events that belong to both processes' worlds (joint meetings)
    counting: str = ""  # which roles count, and whether units are rolled up (one line)


def joint_events(data: NetworkData, processes: tuple[str, str] | None = None) -> list[str]:
    """The events of both the RCM's and the SACM's worlds (a joint plenary), latest first."""
    procs = data.processes
    if processes is None:
        by_key = {p.rsplit("/", 1)[-1]: p for p in procs}
        if "rcm" in by_key and "sacm" in by_key:
            processes = (by_key["rcm"], by_key["sacm"])
        elif len(procs) >= 2:
            processes = (procs[0], procs[1])
        else:
            return []
    both = [e for e in data.events if set(processes) <= data.event_processes(e)]
    return sorted(both, key=lambda e: (-(data.events[e].year or 0), data.events[e].label, e))


def analyze(data: NetworkData, *, counting: str = "") -> Report:
    g = graphs.co_involvement(data)
    return Report(data, metrics.rank(data, g), metrics.bridges(data, g),
                  metrics.conveners_by_theme(data, top=100), g.number_of_edges(), joint_events(data), counting)


def _num(x: float) -> str:
    return f"{x:.3f}"


def print_report(report: Report, *, top: int = 10, console=None) -> None:
    from rich.console import Console
    from rich.table import Table

    if console is None:
        console = Console(highlight=False)
        if not console.is_terminal:  # piped or redirected: do not squeeze the tables into 80 columns
            console = Console(highlight=False, width=200)
    data = report.data
    rows = report.ranking.rows
    direct = sum(1 for i in data.involvements if i.direct)
    via = len(data.involvements) - direct
    console.print(f"{len(rows)} institutions, {report.links} links, {len(data.events)} events, "
                  f"{direct} involvements" + (f" (+{via} through units)" if via else ""))
    if report.counting:
        console.print(f"Counting {report.counting}.")
    if not rows:
        console.print("No institution is involved in any event in this selection.")
        return
    notes = []
    if not report.ranking.betweenness_exact:
        notes.append(f"betweenness sampled (k={metrics.SAMPLE_K})")
    if not report.ranking.eigen_converged:
        notes.append("eigenvector did not converge on a component: weighted degree used there")
    table = Table(title="Institutions by betweenness" + (f" ({'; '.join(notes)})" if notes else ""),
                  title_justify="left")
    for name, justify in (("#", "right"), ("institution", "left"), ("type", "left"), ("events", "right"),
                          ("degree", "right"), ("weighted degree", "right"), ("betweenness", "right"),
                          ("eigenvector", "right"), ("community", "right")):
        table.add_column(name, justify=justify)
    for i, r in enumerate(rows[:top], 1):
        table.add_row(str(i), r["label"], r["type"], str(r["events"]), str(r["degree"]),
                      str(r["weighted_degree"]), _num(r["betweenness"]), _num(r["eigenvector"]),
                      str(r["community"]))
    console.print(table)

    comms = Table(title=f"Communities (Louvain, seed {metrics.SEED})", title_justify="left")
    comms.add_column("#", justify="right")
    comms.add_column("size", justify="right")
    comms.add_column("members")
    for i, c in enumerate(report.ranking.communities[:top], 1):
        names = sorted(data.label(n) for n in c)
        comms.add_row(str(i), str(len(c)), "; ".join(names[:8]) + (f"; … +{len(names) - 8}" if len(names) > 8 else ""))
    console.print(comms)

    procs = data.processes
    bt = Table(title="Bridges between the RCM and SACM worlds (involved in events of both)", title_justify="left")
    bt.add_column("institution")
    for p in sorted({p for b in report.bridges for p in b.events_by_process}, key=data.label):
        bt.add_column(f"events: {data.label(p)}", justify="right")
    bt.add_column("betweenness between the worlds", justify="right")
    if report.bridges:
        ps = sorted({p for b in report.bridges for p in b.events_by_process}, key=data.label)
        for b in report.bridges[:top]:
            bt.add_row(data.label(b.institution), *[str(b.events_by_process[p]) for p in ps], _num(b.between))
        console.print(bt)
    else:
        console.print("Bridges between the RCM and SACM worlds: none in this selection"
                      + ("" if len(procs) >= 2 else " (fewer than two processes in the graph)") + ".")

    if report.joint:
        jt = Table(title="Joint events of the RCM and SACM worlds (the two processes meet directly)",
                   title_justify="left")
        jt.add_column("event")
        jt.add_column("year", justify="right")
        jt.add_column("who (role)")
        for e in report.joint[:top]:
            ev = data.events[e]
            who = sorted({(data.label(i.institution), i.role) for i in data.involvements
                          if i.event == e and i.direct}, key=lambda x: x[0])
            jt.add_row(ev.label, str(ev.year or "—"), "; ".join(f"{n} ({r})" for n, r in who))
        console.print(jt)

    ct = Table(title="Most active conveners per theme (convener, coordinator or organizer)", title_justify="left")
    ct.add_column("theme")
    ct.add_column("institutions (events)")
    for t, ranked in list(report.conveners.items())[:top * 3]:
        ct.add_row(data.label(t), "; ".join(f"{data.label(i)} ({n})" for i, n in ranked[:top]))
    if report.conveners:
        console.print(ct)
    else:
        console.print("Conveners per theme: no convening, coordinating or organizing role in this selection.")


def write_csvs(report: Report, out_dir: Path) -> list[Path]:
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    data = report.data
    written = []

    def write(name: str, header: list[str], rows: list[list]) -> None:
        path = out_dir / name
        with open(path, "w", encoding="utf-8", newline="") as handle:
            w = csv.writer(handle)
            w.writerow(header)
            w.writerows(rows)
        written.append(path)

    cols = ["institution", "label", "type", "events", "degree", "weighted_degree", "betweenness",
            "eigenvector", "community"]
    write("institutions.csv", cols, [[r[c] for c in cols] for r in report.ranking.rows])
    write("communities.csv", ["community", "institution", "label"],
          [[i, n, data.label(n)] for i, c in enumerate(report.ranking.communities, 1) for n in sorted(c)])
    ps = sorted({p for b in report.bridges for p in b.events_by_process})
    write("bridges.csv", ["institution", "label", *[f"events_{p.rsplit('/', 1)[-1]}" for p in ps], "between"],
          [[b.institution, data.label(b.institution), *[b.events_by_process[p] for p in ps], b.between]
           for b in report.bridges])
    write("conveners.csv", ["theme", "theme_label", "institution", "label", "events"],
          [[t, data.label(t), i, data.label(i), n] for t, ranked in report.conveners.items() for i, n in ranked])
    return written
