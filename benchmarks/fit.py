"""The scaling exponent of each stage from several benchmark runs: `python -m benchmarks.fit A.json B.json ...`.

Fits time = c · events^k by least squares on the logarithms (over every run
that has the stage) and prints a table: the stage, its seconds at each size and
k. k = 1 is linear; k < 1 means fixed costs still weigh at the smaller sizes.
"""

from __future__ import annotations

import json
import math
import sys
from pathlib import Path

STAGES = ("build", "read+parse", "extract", "triples", "validate", "load", "derived", "export", "analyze", "viz")


def exponent(points: list[tuple[float, float]]) -> float | None:
    """Least-squares slope of log(seconds) against log(events)."""
    pts = [(math.log(n), math.log(t)) for n, t in points if n > 0 and t and t > 0]
    if len(pts) < 2:
        return None
    mx = sum(x for x, _ in pts) / len(pts)
    my = sum(y for _, y in pts) / len(pts)
    sxx = sum((x - mx) ** 2 for x, _ in pts)
    return sum((x - mx) * (y - my) for x, y in pts) / sxx if sxx else None


def rows(runs: list[dict]) -> list[tuple[str, list[float | None], float | None]]:
    """(stage, seconds per run, exponent) for each stage, plus the floor and the peak memory."""
    out = []
    for stage in STAGES:
        secs = [r["stages"].get(stage, {}).get("rcpkg_s") for r in runs]
        out.append((stage, secs, exponent([(r["events"], s) for r, s in zip(runs, secs) if s])))
    cpu = [r["stages"].get("build", {}).get("rcpkg_cpu_s") for r in runs]
    out.insert(1, ("build, CPU time", cpu, exponent([(r["events"], s) for r, s in zip(runs, cpu) if s])))
    floor = [r.get("floor_load_s") for r in runs]
    out.append(("floor (bulk load)", floor, exponent([(r["events"], s) for r, s in zip(runs, floor) if s])))
    peak = [(r.get("peak_rss_mb") or {}).get("rcpkg") for r in runs]
    out.append(("peak RSS of the build (MB)", peak, exponent([(r["events"], s) for r, s in zip(runs, peak) if s])))
    return out


def main(argv: list[str]) -> int:
    if len(argv) < 2 or argv[0] in ("-h", "--help"):
        print(__doc__.strip())
        return 0 if argv[:1] in (["-h"], ["--help"]) else 2
    runs = sorted((json.loads(Path(a).read_text(encoding="utf-8")) for a in argv), key=lambda r: r["events"])
    head = ["stage"] + [f"{r['events']:,} events" for r in runs] + ["exponent"]
    print("| " + " | ".join(head) + " |")
    print("|---|" + "---:|" * (len(head) - 1))
    for stage, secs, k in rows(runs):
        cells = ["—" if s is None else (f"{s:,.0f}" if s >= 100 else f"{s:.1f}") for s in secs]
        print(f"| {stage} | " + " | ".join(cells) + f" | {'—' if k is None else f'{k:.2f}'} |")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
