"""`python -m benchmarks --events N [--json FILE]`: rcpkg vs the plain-library baseline.

Run from the repository root. See benchmarks/run.py for what is measured and
benchmarks/RESULTS.md for recorded runs.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks",
        description="Measure rcpkg against the plain-library pipeline on a generated corpus.",
        epilog="Example: python -m benchmarks --events 10000 --json benchmarks/out/10k.json",
    )
    parser.add_argument("--events", type=int, default=1000, help="size of the generated corpus (100 to 100000)")
    parser.add_argument("--seed", type=int, default=0, help="the generator's seed (default 0)")
    parser.add_argument("--json", type=Path, default=None, help="also write the figures as JSON to this file")
    parser.add_argument("--work", type=Path, default=None, help="working folder (default benchmarks/out)")
    parser.add_argument("--repeats", type=int, default=5, help="runs per library query on rcpkg (median)")
    parser.add_argument("--baseline-repeats", type=int, default=3, help="runs per query on rdflib (median)")
    parser.add_argument("--query-timeout", type=float, default=120.0,
                        help="stop an rdflib query after this many seconds (recorded as a timeout)")
    parser.add_argument("--no-baseline", action="store_true", help="measure rcpkg and the floor only")
    parser.add_argument("--no-browser", action="store_true", help="skip the explorer's load time in Chromium")
    parser.add_argument("--no-queries", action="store_true",
                        help="skip the library queries (on both sides); for the largest sizes")
    parser.add_argument("--baseline-without-shacl", action="store_true",
                        help="run the baseline without pySHACL, to compare the queries at sizes where pySHACL "
                             "takes hours (the baseline's build time is then not compared)")
    parser.add_argument("--endpoint", action="store_true",
                        help="time the library queries on Oxigraph's server and Virtuoso (started here on "
                             "127.0.0.1) against the embedded store, on --store or on a store built from the "
                             "generated corpus, and check that they give the same rows")
    parser.add_argument("--servers", default="oxigraph,virtuoso",
                        help="with --endpoint: the servers to run, one after the other, comma-separated "
                             "(oxigraph, virtuoso; default both)")
    parser.add_argument("--store", type=Path, default=None,
                        help="with --endpoint: an existing store to publish; with --site-only: the store")
    parser.add_argument("--no-site", action="store_true", help="skip the research site (rcpkg site)")
    parser.add_argument("--site-only", action="store_true",
                        help="measure the research site alone on an existing --store: written in a fresh "
                             "interpreter, then its pages opened in headless Chromium (--events labels the run)")
    args = parser.parse_args(argv)
    if args.endpoint:
        return _endpoint_mode(args)
    if args.site_only:
        return _site_mode(args, parser)
    if not 1 <= args.events <= 1_000_000:
        parser.error(f"--events must be between 1 and 1000000, got {args.events}")

    from benchmarks.run import OUT, print_table, run_benchmark

    def checkpoint(partial: dict) -> None:
        if args.json:
            args.json.parent.mkdir(parents=True, exist_ok=True)
            args.json.write_text(json.dumps(partial, indent=2) + "\n", encoding="utf-8")

    try:
        result = run_benchmark(args.events, seed=args.seed, work=args.work or OUT, repeats=args.repeats,
                               baseline_repeats=args.baseline_repeats, query_timeout=args.query_timeout,
                               skip_baseline=args.no_baseline, browser=not args.no_browser,
                               queries=not args.no_queries, baseline_shacl=not args.baseline_without_shacl,
                               site=not args.no_site,
                               checkpoint=checkpoint)
    except RuntimeError as exc:  # a child failed: its command and the end of its stderr
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print_table(result)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
        print(f"wrote {args.json}", file=sys.stderr)
    return 0


def _site_mode(args, parser) -> int:
    from benchmarks.run import OUT, print_table, run_site_only

    if args.store is None or not args.store.is_dir():
        parser.error("--site-only needs --store, an existing store folder")
    try:
        result = run_site_only(args.store, events=args.events, work=args.work or OUT, browser=not args.no_browser)
    except RuntimeError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print_table(result)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
        print(f"wrote {args.json}", file=sys.stderr)
    return 0


def _endpoint_mode(args) -> int:
    from benchmarks.endpoints import SERVERS, print_endpoints, run_endpoints

    servers = tuple(s.strip() for s in args.servers.split(",") if s.strip())
    unknown = [s for s in servers if s not in SERVERS]
    if unknown or not servers:
        print(f"error: --servers takes {', '.join(SERVERS)} (comma-separated), got {args.servers!r}", file=sys.stderr)
        return 2

    store = args.store
    if store is None:
        import subprocess

        from benchmarks.corpus import generate
        from benchmarks.run import OUT

        work = (args.work or OUT) / f"endpoint-{args.events}"
        sources = generate(args.events, work / "sources", seed=args.seed)
        store = work / "store"
        built = subprocess.run([sys.executable, "-m", "rcpkg", "build", "--sources", str(sources), "--store",
                                str(store), "--full", "--no-explorer"], capture_output=True, text=True)
        if built.returncode not in (0, 1):
            print(f"error: rcpkg build failed: {built.stderr.strip()[-500:]}", file=sys.stderr)
            return 1
    import os
    import subprocess

    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True,
                            cwd=str(Path(__file__).resolve().parent.parent))
    meta = {"commit": commit.stdout.strip() or None, "command": "python -m benchmarks " + " ".join(sys.argv[1:]),
            "load": {"before": [round(x, 2) for x in os.getloadavg()]}}

    def checkpoint(partial: dict) -> None:
        if args.json:
            args.json.parent.mkdir(parents=True, exist_ok=True)
            args.json.write_text(json.dumps({**partial, **meta}, indent=2) + "\n", encoding="utf-8")

    result = run_endpoints(store, repeats=args.repeats, servers=servers,
                           log=lambda line: print(line, file=sys.stderr, flush=True), checkpoint=checkpoint)
    meta["load"]["after"] = [round(x, 2) for x in os.getloadavg()]
    result.update(meta)
    print_endpoints(result)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
        print(f"wrote {args.json}", file=sys.stderr)
    return 1 if result["differ"] or result["commands_differ"] or result["server_errors"] else 0


if __name__ == "__main__":
    sys.exit(main())
