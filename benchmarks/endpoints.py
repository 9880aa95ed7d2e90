"""`python -m benchmarks --endpoint --store PATH`: the library queries on Oxigraph's server and Virtuoso.

Starts Oxigraph's server (`oxigraph serve --union-default-graph`) and, when Debian's
virtuoso-opensource-7-bin is installed, a Virtuoso Open Source 7 server, both in a temp dir on 127.0.0.1
(tests/servers.py starts them the same way for the test suite), publishes the store to each with
`rcpkg publish` (timed; each graph PUT to a staging graph, then MOVEd into place), then runs every library query with its defaults `repeats` times on the embedded
store and on each server, checks that every engine gives the same rows in the same order, and reports the
median wall time per query and engine. Then `rcpkg analyze`, `rcpkg trace` and `rcpkg viz network`, each run
once as a command with `--store` and with `--endpoint` on each server: their exit codes and outputs
(analyze's and trace's printed text, viz's HTML file) must be the same; their wall times are reported. The
servers are stopped at the end.
"""

from __future__ import annotations

import hashlib
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

# The commands compared across engines: (name, argv after `rcpkg`). viz writes to --out, given per run.
COMMANDS = [
    ("analyze", ["analyze", "--top", "10"]),
    ("trace", ["trace", "IOM", "SACM"]),
    ("viz", ["viz", "network"]),
]


def _servers(work: Path):
    sys.path.insert(0, str(REPO / "tests"))
    from servers import OxigraphServer, VirtuosoServer, virtuoso_available  # the test suite's own set-up

    started = {"oxigraph": OxigraphServer(work / "oxigraph")}
    if virtuoso_available():
        # a row limit above any library query's size at 10k events, so every query is read in one page
        started["virtuoso"] = VirtuosoServer(work / "virtuoso", max_rows=1_000_000)
    return started


def run_endpoints(store_path: Path, *, repeats: int = 3, log=print) -> dict:
    import pyoxigraph as ox

    from rcpkg.publish import publish
    from rcpkg.queries.catalogue import load_catalogue

    sys.path.insert(0, str(REPO / "tests"))
    from engines import comparable

    catalogue = load_catalogue()
    store = ox.Store.read_only(str(store_path))
    result: dict = {"store": str(store_path), "repeats": repeats, "publish_s": {}, "queries": {}, "differ": []}
    with tempfile.TemporaryDirectory(prefix="rcpkg-bench-endpoints-") as tmp:
        servers = _servers(Path(tmp))
        try:
            targets = {"embedded": {"store": store}}
            for name, server in servers.items():
                update, graph_store = server.update, server.store
                if name == "virtuoso":
                    update = update.replace("http://", f"http://{server.user}:{server.password}@")
                    graph_store = graph_store.replace("http://", f"http://{server.user}:{server.password}@")
                t0 = time.perf_counter()
                # each graph PUT to its staging graph (one request), then MOVEd into place
                report = publish(store, endpoint=server.query, update_endpoint=update, graph_store=graph_store,
                                 resume=False, timeout=600)
                result["publish_s"][name] = round(time.perf_counter() - t0, 2)
                log(f"published {sum(report.triples.values())} triples to {name} in {result['publish_s'][name]} s")
                targets[name] = {"endpoint": server.query}
            for qname, query in catalogue.items():
                times: dict[str, float] = {}
                rows: dict[str, list] = {}
                for engine, target in targets.items():
                    samples = []
                    for _ in range(repeats):
                        t0 = time.perf_counter()
                        answer = query.run(**target)
                        samples.append(time.perf_counter() - t0)
                    times[engine] = round(statistics.median(samples), 4)
                    rows[engine] = comparable(answer, query.text)  # GROUP_CONCAT parts sorted
                same = all(r == rows["embedded"] for r in rows.values())
                if not same:
                    result["differ"].append(qname)
                result["queries"][qname] = {"rows": len(rows["embedded"]), "same": same, "seconds": times}
                log(f"{qname:40} {len(rows['embedded']):6} rows  " + "  ".join(
                    f"{e} {s:.3f}s" for e, s in times.items()) + ("" if same else "  ROWS DIFFER"))
            result["commands"] = run_commands(store_path, {e: t.get("endpoint") for e, t in targets.items()},
                                              Path(tmp), log=log)
            result["commands_differ"] = [name for name, c in result["commands"].items() if not c["same"]]
        finally:
            for server in servers.values():
                server.stop()
    return result


def run_commands(store_path: Path, endpoints: dict[str, str | None], work: Path, *, log=print) -> dict:
    """Each of COMMANDS once per engine (`--store` for the embedded one, `--endpoint` for a server): its exit
    code, wall time and output (stdout; for viz, the HTML file's SHA-256), and whether every engine gave
    the embedded store's."""
    out: dict = {}
    for name, argv in COMMANDS:
        runs: dict[str, dict] = {}
        for engine, endpoint in endpoints.items():
            extra = ["--endpoint", endpoint] if endpoint else ["--store", str(store_path)]
            html = work / f"{name}-{engine}.html"
            if name == "viz":
                extra += ["--out", str(html)]
            t0 = time.perf_counter()
            done = subprocess.run([sys.executable, "-m", "rcpkg", *argv, *extra], capture_output=True, text=True,
                                  cwd=str(REPO))
            seconds = round(time.perf_counter() - t0, 2)
            text = done.stdout
            if name == "viz" and html.exists():
                text = hashlib.sha256(html.read_bytes()).hexdigest()
            runs[engine] = {"exit": done.returncode, "seconds": seconds, "output": text,
                            "stderr_tail": done.stderr.strip()[-300:] if done.returncode not in (0, 1) else ""}
        base = runs["embedded"]
        same = all(r["exit"] == base["exit"] and r["output"] == base["output"] for r in runs.values())
        out[name] = {"argv": argv, "same": same, "exit": {e: r["exit"] for e, r in runs.items()},
                     "seconds": {e: r["seconds"] for e, r in runs.items()},
                     "output_lines": len(base["output"].splitlines())}
        for engine, r in runs.items():
            if r["stderr_tail"]:
                out[name].setdefault("errors", {})[engine] = r["stderr_tail"]
        log(f"rcpkg {name:34} exit {base['exit']}  " + "  ".join(f"{e} {r['seconds']:.2f}s" for e, r in runs.items())
            + ("" if same else "  OUTPUT DIFFERS"))
    return out


def print_endpoints(result: dict) -> None:
    engines = list(next(iter(result["queries"].values()))["seconds"]) if result["queries"] else []
    print("| query | rows | same rows | " + " | ".join(f"{e} (s)" for e in engines) + " |")
    print("|---|---|---|" + "---|" * len(engines))
    for name, q in result["queries"].items():
        print(f"| {name} | {q['rows']} | {'yes' if q['same'] else 'NO'} | "
              + " | ".join(f"{q['seconds'][e]:.3f}" for e in engines) + " |")
    commands = result.get("commands") or {}
    if commands:
        print()
        print("| command | same output | " + " | ".join(f"{e} (s)" for e in engines) + " |")
        print("|---|---|" + "---|" * len(engines))
        for name, c in commands.items():
            print(f"| rcpkg {' '.join(c['argv'])} | {'yes' if c['same'] else 'NO'} | "
                  + " | ".join(f"{c['seconds'].get(e, float('nan')):.2f}" for e in engines) + " |")
    for name, seconds in result["publish_s"].items():
        print(f"publish to {name}: {seconds} s")
