"""`python -m benchmarks --endpoint --store PATH`: the library queries on Oxigraph's server and Virtuoso.

Starts Oxigraph's server (`oxigraph serve --union-default-graph`) and, when Debian's
virtuoso-opensource-7-bin is installed, a Virtuoso Open Source 7 server, both in a temp dir on 127.0.0.1
(tests/servers.py starts them the same way for the test suite), publishes the store to each with
`rcpkg publish` (timed), then runs every library query with its defaults `repeats` times on the embedded
store and on each server, checks that every engine gives the same rows in the same order, and reports the
median wall time per query and engine. The servers are stopped at the end.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


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
                update = server.update
                if name == "virtuoso":
                    update = update.replace("http://", f"http://{server.user}:{server.password}@")
                t0 = time.perf_counter()
                report = publish(store, endpoint=server.query, update_endpoint=update, resume=False)
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
        finally:
            for server in servers.values():
                server.stop()
    return result


def print_endpoints(result: dict) -> None:
    engines = list(next(iter(result["queries"].values()))["seconds"]) if result["queries"] else []
    print("| query | rows | same rows | " + " | ".join(f"{e} (s)" for e in engines) + " |")
    print("|---|---|---|" + "---|" * len(engines))
    for name, q in result["queries"].items():
        print(f"| {name} | {q['rows']} | {'yes' if q['same'] else 'NO'} | "
              + " | ".join(f"{q['seconds'][e]:.3f}" for e in engines) + " |")
    for name, seconds in result["publish_s"].items():
        print(f"publish to {name}: {seconds} s")
