"""`python -m benchmarks --endpoint --store PATH`: the library queries on Oxigraph's server and Virtuoso.

First every library query runs with its defaults `repeats` times on the embedded store, and `rcpkg analyze`,
`rcpkg trace` and `rcpkg viz network` once each with `--store`. Then, **one server at a time** (`--servers`,
default `oxigraph,virtuoso`; Virtuoso when Debian's virtuoso-opensource-7-bin is installed): the server is
started in a temp dir on 127.0.0.1 (tests/servers.py starts them the same way for the test suite), the store
is published to it with `rcpkg publish` (timed; each graph PUT to a staging graph, then MOVEd into place),
every library query runs `repeats` times and the three commands once with `--endpoint`, and the server is
stopped and its files removed before the next one starts (two servers holding a 10k store at once ran the
machine out of memory).

Rows are compared by digest, not kept: a query's result is reduced to its row count and the SHA-256 of its
ordered rows (N3 terms, a GROUP_CONCAT's parts sorted, as SPARQL leaves their order to the engine); a
command's output to the SHA-256 of its printed text (viz: of the HTML file it writes). An engine gives the
same rows when its digest is the embedded store's. Times are the median wall seconds of the repeats, from
the client (HTTP and JSON parsing included). `checkpoint(result)` is called after every query and command,
so a run that dies keeps what it measured.
"""

from __future__ import annotations

import hashlib
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Callable

REPO = Path(__file__).resolve().parent.parent
SERVERS = ("oxigraph", "virtuoso")

# The commands compared across engines: (name, argv after `rcpkg`). viz writes to --out, given per run.
COMMANDS = [
    ("analyze", ["analyze", "--top", "10"]),
    ("trace", ["trace", "IOM", "SACM"]),
    ("viz", ["viz", "network"]),
]

QUERY_TIMEOUT = 1800  # seconds a request may take (the client's); the servers have their own budgets
COMMAND_TIMEOUT = 3600


def _tests_on_path() -> None:
    if str(REPO / "tests") not in sys.path:
        sys.path.insert(0, str(REPO / "tests"))


def start_server(name: str, work: Path):
    """One of SERVERS, started in `work` on 127.0.0.1 with the test suite's own set-up."""
    _tests_on_path()
    from servers import OxigraphServer, VirtuosoServer, virtuoso_available

    if name == "oxigraph":
        return OxigraphServer(work)
    if name == "virtuoso":
        if not virtuoso_available():
            raise RuntimeError("Virtuoso is not installed (Debian's virtuoso-opensource-7-bin: virtuoso-t, isql-vt)")
        # a row limit above any library query's size at 10k events, so every query is read in one page;
        # buffers for a store of a few million triples; a query budget that lets the slowest query finish
        # (a query over budget comes back partial, which rcpkg reports as a failure)
        return VirtuosoServer(work, max_rows=1_000_000, buffers=100_000, max_query_seconds=1800)
    raise ValueError(f"unknown server {name!r}: choose among {', '.join(SERVERS)}")


def row_digest(result, query_text: str) -> tuple[int, str]:
    """(row count, SHA-256 of the ordered rows as N3 terms, a GROUP_CONCAT's parts sorted)."""
    _tests_on_path()
    from engines import comparable

    digest = hashlib.sha256()
    rows = comparable(result, query_text)
    for row in rows:
        digest.update("\x1f".join(row).encode("utf-8") + b"\x1e")
    return len(rows), digest.hexdigest()


def _run_query(query, target: dict, repeats: int) -> dict:
    """One query `repeats` times on one target: rows, digest, median seconds; or the error's line."""
    from rcpkg.errors import RcpkgError

    samples = []
    answer = None
    for _ in range(repeats):
        t0 = time.perf_counter()
        try:
            answer = query.run(**target, timeout=QUERY_TIMEOUT)
        except RcpkgError as exc:
            return {"error": str(getattr(exc, "message", exc))[:300], "seconds": round(time.perf_counter() - t0, 4)}
        samples.append(time.perf_counter() - t0)
    rows, digest = row_digest(answer, query.text)
    return {"rows": rows, "digest": digest, "seconds": round(statistics.median(samples), 4)}


def _record_query(result: dict, qname: str, engine: str, run: dict, log) -> None:
    entry = result["queries"].setdefault(qname, {"rows": {}, "digest": {}, "seconds": {}, "equal": {}})
    entry["seconds"][engine] = run["seconds"]
    if "error" in run:
        entry.setdefault("errors", {})[engine] = run["error"]
        entry["equal"][engine] = False
    else:
        entry["rows"][engine] = run["rows"]
        entry["digest"][engine] = run["digest"]
        base = entry["digest"].get("embedded")
        entry["equal"][engine] = base is not None and run["digest"] == base
    entry["same"] = all(entry["equal"].values())
    status = f"ERROR {run['error']}" if "error" in run else (
        f"{run['rows']:7} rows" + ("" if entry["equal"][engine] else "  ROWS DIFFER"))
    log(f"{engine:9} {qname:40} {run['seconds']:9.3f}s  {status}")


def run_command(name: str, argv: list[str], engine: str, endpoint: str | None, store_path: Path,
                work: Path) -> dict:
    """One of COMMANDS on one engine (`--store` for the embedded one, `--endpoint` for a server): exit
    code, wall seconds, the SHA-256 of its output (stdout; for viz, the HTML file) and its line count."""
    extra = ["--endpoint", endpoint] if endpoint else ["--store", str(store_path)]
    html = work / f"{name}-{engine}.html"
    if name == "viz":
        extra += ["--out", str(html)]
    t0 = time.perf_counter()
    try:
        done = subprocess.run([sys.executable, "-m", "rcpkg", *argv, *extra], capture_output=True, text=True,
                              cwd=str(REPO), timeout=COMMAND_TIMEOUT)
    except subprocess.TimeoutExpired:
        return {"exit": None, "seconds": round(time.perf_counter() - t0, 2), "digest": None, "lines": 0,
                "error": f"did not finish within {COMMAND_TIMEOUT} s"}
    seconds = round(time.perf_counter() - t0, 2)
    text = done.stdout.encode("utf-8")
    if name == "viz" and html.exists():
        text = html.read_bytes()
        html.unlink()
    run = {"exit": done.returncode, "seconds": seconds, "digest": hashlib.sha256(text).hexdigest(),
           "lines": len(done.stdout.splitlines())}
    if done.returncode not in (0, 1):
        run["error"] = done.stderr.strip()[-300:]
    return run


def _record_command(result: dict, name: str, argv: list[str], engine: str, run: dict, log) -> None:
    entry = result["commands"].setdefault(name, {"argv": argv, "exit": {}, "seconds": {}, "digest": {},
                                                  "equal": {}})
    entry["exit"][engine] = run["exit"]
    entry["seconds"][engine] = run["seconds"]
    entry["digest"][engine] = run["digest"]
    if engine == "embedded":
        entry["output_lines"] = run["lines"]
    if "error" in run:
        entry.setdefault("errors", {})[engine] = run["error"]
    base_exit, base_digest = entry["exit"].get("embedded"), entry["digest"].get("embedded")
    entry["equal"][engine] = run["exit"] == base_exit and run["digest"] == base_digest and base_digest is not None
    entry["same"] = all(entry["equal"].values())
    log(f"{engine:9} rcpkg {name:34} exit {run['exit']}  {run['seconds']:.2f}s"
        + ("" if entry["equal"][engine] else "  OUTPUT DIFFERS") + (f"  {run['error']}" if "error" in run else ""))


def run_endpoints(store_path: Path, *, repeats: int = 3, servers: tuple[str, ...] = SERVERS, log=print,
                  checkpoint: Callable[[dict], None] | None = None) -> dict:
    import pyoxigraph as ox

    from rcpkg.errors import RcpkgError
    from rcpkg.publish import publish
    from rcpkg.queries.catalogue import load_catalogue

    catalogue = load_catalogue()
    save = checkpoint or (lambda _result: None)
    result: dict = {"store": str(store_path), "repeats": repeats, "servers": list(servers), "publish_s": {},
                    "queries": {}, "commands": {}, "server_errors": {}}
    store = ox.Store.read_only(str(store_path))
    with tempfile.TemporaryDirectory(prefix="rcpkg-bench-endpoints-") as tmp:
        work = Path(tmp)
        for qname, query in catalogue.items():
            _record_query(result, qname, "embedded", _run_query(query, {"store": store}, repeats), log)
            save(result)
        for name, argv in COMMANDS:
            _record_command(result, name, argv, "embedded", run_command(name, argv, "embedded", None, store_path,
                                                                        work), log)
            save(result)
        for engine in servers:
            location = work / engine
            server = None
            try:
                server = start_server(engine, location)
                update, graph_store = server.update, server.store
                if engine == "virtuoso":  # the test user's credentials, sent with HTTP Digest
                    update = update.replace("http://", f"http://{server.user}:{server.password}@")
                    graph_store = graph_store.replace("http://", f"http://{server.user}:{server.password}@")
                t0 = time.perf_counter()
                report = publish(store, endpoint=server.query, update_endpoint=update, graph_store=graph_store,
                                 resume=False, timeout=600)
                result["publish_s"][engine] = round(time.perf_counter() - t0, 2)
                log(f"published {sum(report.triples.values())} triples to {engine} in {result['publish_s'][engine]} s")
                save(result)
                for qname, query in catalogue.items():
                    _record_query(result, qname, engine, _run_query(query, {"endpoint": server.query}, repeats),
                                  log)
                    save(result)
                for name, argv in COMMANDS:
                    _record_command(result, name, argv, engine,
                                    run_command(name, argv, engine, server.query, store_path, work), log)
                    save(result)
            except (RcpkgError, RuntimeError, OSError) as exc:  # this server failed: the next one still runs
                result["server_errors"][engine] = str(getattr(exc, "message", exc))[:500]
                log(f"{engine}: {result['server_errors'][engine]}")
            finally:
                if server is not None:
                    server.stop()
                shutil.rmtree(location, ignore_errors=True)
            save(result)
    engines = ["embedded", *servers]
    result["differ"] = [q for q, e in result["queries"].items()
                        if not all(e["equal"].get(x) for x in engines)]
    result["commands_differ"] = [c for c, e in result["commands"].items()
                                 if not all(e["equal"].get(x) for x in engines)]
    save(result)
    return result


def print_endpoints(result: dict) -> None:
    engines = ["embedded", *result.get("servers", [])]

    def cell(entry: dict, engine: str, fmt: str) -> str:
        if engine in entry.get("errors", {}):
            return "error"
        value = entry["seconds"].get(engine)
        return "-" if value is None else format(value, fmt)

    print("| query | rows | same rows and order | " + " | ".join(f"{e} (s)" for e in engines) + " |")
    print("|---|---:|---|" + "---:|" * len(engines))
    for name, q in result["queries"].items():
        rows = q["rows"].get("embedded")
        differing = [e for e in engines if not q["equal"].get(e)]
        same = "yes" if not differing else "NO (" + ", ".join(
            f"{e}: {q['rows'].get(e, 'error')}" for e in differing) + ")"
        print(f"| `{name}` | {rows if rows is not None else 'error'} | {same} | "
              + " | ".join(cell(q, e, ".3f") for e in engines) + " |")
    commands = result.get("commands") or {}
    if commands:
        print()
        print("| command | same output | exit | " + " | ".join(f"{e} (s)" for e in engines) + " |")
        print("|---|---|---|" + "---:|" * len(engines))
        for name, c in commands.items():
            exits = sorted({str(c["exit"].get(e)) for e in engines})
            print(f"| `rcpkg {' '.join(c['argv'])}` | {'yes' if all(c['equal'].get(e) for e in engines) else 'NO'} "
                  f"| {', '.join(exits)} | " + " | ".join(cell(c, e, ".2f") for e in engines) + " |")
    for name, seconds in result["publish_s"].items():
        print(f"publish to {name}: {seconds} s")
    for name, error in result.get("server_errors", {}).items():
        print(f"{name} failed: {error}")
