"""The benchmark: rcpkg and the plain-library baseline side by side, on one generated corpus.

`python -m benchmarks --events N [--json FILE]` (see `benchmarks/__main__.py`):

1. generate (or reuse) the corpus of N events (`benchmarks.corpus`);
2. rcpkg: `rcpkg build --full` in a child process (wall time, peak RSS, the
   build's own stage timings), every library query on the store (median of
   repeats), `rcpkg export --format nq`, `rcpkg analyze`, `rcpkg viz`, and
   rebuilds after changing one page (a new `rcpkg build` each time, and one
   `rcpkg build --watch`: from the page's write to the rebuilt store);
3. the floor: a bare pyoxigraph `bulk_load` of the same quads (N-Quads);
4. the baseline in its own child (`benchmarks.baseline`);
5. a table on stdout and, with --json, the figures as JSON.

Each side runs in a fresh interpreter, so imports and peak memory are its own.
"""

from __future__ import annotations

import json
import platform
import shutil
import sys
import time
from pathlib import Path

from benchmarks.measure import REPO, ChildRun, child_env, python_child, rcpkg_child, repeat

OUT = REPO / "benchmarks" / "out"
STAGES = ("read+parse", "extract", "triples", "validate", "load", "derived", "export")


# --- child tasks (run as `python -m benchmarks.run TASK ...`) -------------------------------

def task_queries(store: Path, repeats: int, skip: set[str], progress: Path) -> None:
    """Every library query on the embedded store through rcpkg's own query path.

    Writes one JSON line per query to `progress`: {"start": name} before it runs and
    the result after, so the parent can stop a query that runs too long (Oxigraph
    cannot be interrupted from Python) and go on with the others.
    """
    from benchmarks.library import library_queries
    from rcpkg.sparql import run as sparql_run
    from rcpkg.store import open_store

    queries = library_queries(store)
    ox_store = open_store(store)
    with progress.open("a", encoding="utf-8") as out:
        def emit(obj: dict) -> None:
            out.write(json.dumps(obj) + "\n")
            out.flush()

        for q in queries:
            if q.name in skip:
                continue
            if q.error:
                emit({"name": q.name, "median_s": None, "runs": 0, "rows": None, "error": q.error})
                continue
            emit({"start": q.name})

            def once(q=q) -> int:
                return len(sparql_run(q.text, q.bindings, store=ox_store).rows)

            once()  # warm-up (parsing caches, page cache)
            timed = repeat(once, repeats=repeats, budget_s=30)
            emit({"name": q.name, "median_s": timed.median_s, "runs": timed.runs, "rows": timed.rows})


def rcpkg_queries(store: Path, work: Path, *, repeats: int, timeout_s: float, log) -> dict[str, dict]:
    """Run task_queries in a child; a query running longer than `timeout_s` is stopped and recorded."""
    import os
    import signal
    import subprocess

    progress = work / "queries-progress.jsonl"
    progress.unlink(missing_ok=True)
    results: dict[str, dict] = {}
    env = dict(os.environ, PYTHONPATH=str(REPO))
    while True:
        skip = set(results)
        cmd = [sys.executable, "-m", "benchmarks.run", "queries", "--store", str(store), "--repeats", str(repeats),
               "--progress", str(progress), "--skip", ",".join(sorted(skip))]
        child = subprocess.Popen(cmd, cwd=REPO, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        current, since, seen = None, time.perf_counter(), 0
        while child.poll() is None:
            time.sleep(0.2)
            lines = progress.read_text(encoding="utf-8").splitlines() if progress.exists() else []
            for line in lines[seen:]:
                rec = json.loads(line)
                if "start" in rec:
                    current, since = rec["start"], time.perf_counter()
                else:
                    results[rec.pop("name")] = rec
                    current = None
            seen = len(lines)
            if current and time.perf_counter() - since > timeout_s:
                child.send_signal(signal.SIGKILL)  # our own child, by its pid
                child.wait()
                log(f"  query {current} stopped after {timeout_s:.0f} s")
                results[current] = {"median_s": timeout_s, "runs": 0, "rows": None, "timed_out": True}
                break
        else:
            lines = progress.read_text(encoding="utf-8").splitlines() if progress.exists() else []
            for line in lines[seen:]:
                rec = json.loads(line)
                if "name" in rec:
                    results[rec.pop("name")] = rec
            if child.returncode != 0:
                raise RuntimeError(f"{' '.join(cmd)} exited {child.returncode}:\n{child.stderr.read()[-3000:]}")
            return results


def task_floor(nq: Path, work: Path) -> dict:
    """The floor: pyoxigraph's bulk loader reading the same quads from N-Quads into a fresh store."""
    import pyoxigraph as ox

    target = work / "floor-store"
    if target.exists():
        shutil.rmtree(target)
    t0 = time.perf_counter()
    store = ox.Store(str(target))
    store.bulk_load(path=str(nq), format=ox.RdfFormat.N_QUADS)
    store.flush()
    dt = time.perf_counter() - t0
    n = len(store)
    del store
    shutil.rmtree(target, ignore_errors=True)
    return {"load_s": dt, "quads": n}


def task_build_unvalidated(sources: Path, store: Path) -> dict:
    """The build without its SHACL stage, then that stage timed alone on the result.

    Used only when `rcpkg build` refuses the corpus (it does not conform): the
    store is still needed for the other measurements, and the validation's cost
    is still measured, on the same data.
    """
    from dataclasses import asdict

    from rcpkg.build import build, check_shapes
    from rcpkg.store import open_store

    report = build(sources, store, full=True, validate=False)
    t0 = time.perf_counter()
    violations = check_shapes(open_store(store))
    report.timings["validate"] = time.perf_counter() - t0
    data = asdict(report)
    data["violations"] = len(violations)
    return data


def task_site(store: Path, out: Path) -> dict:
    """The research site written from the store (what `rcpkg site --store S --out O` does), with the
    stages `write_site` times itself."""
    from rcpkg.viz.site import write_site

    report = write_site(out, store=store)
    return {"pages": report.pages, "data_files": report.data_files, "entities": report.entities,
            "network_views": len(report.explorer), "timings": report.timings}


def child_main(argv: list[str]) -> int:
    import argparse

    parser = argparse.ArgumentParser(prog="python -m benchmarks.run")
    sub = parser.add_subparsers(dest="task", required=True)
    q = sub.add_parser("queries")
    q.add_argument("--store", type=Path, required=True)
    q.add_argument("--repeats", type=int, default=5)
    q.add_argument("--progress", type=Path, required=True)
    q.add_argument("--skip", default="")
    b = sub.add_parser("build-unvalidated")
    b.add_argument("--sources", type=Path, required=True)
    b.add_argument("--store", type=Path, required=True)
    s = sub.add_parser("site")
    s.add_argument("--store", type=Path, required=True)
    s.add_argument("--out", type=Path, required=True)
    f = sub.add_parser("floor")
    f.add_argument("--nq", type=Path, required=True)
    f.add_argument("--work", type=Path, required=True)
    args = parser.parse_args(argv)
    if args.task == "queries":
        task_queries(args.store, args.repeats, set(filter(None, args.skip.split(","))), args.progress)
        return 0
    if args.task == "build-unvalidated":
        result = task_build_unvalidated(args.sources, args.store)
    elif args.task == "site":
        result = task_site(args.store, args.out)
    else:
        result = task_floor(args.nq, args.work)
    json.dump(result, sys.stdout)
    return 0


# --- orchestration ---------------------------------------------------------------------------

def corpus_for(n_events: int, seed: int, work: Path, log) -> Path:
    """The corpus for (N, seed), generated once and reused while the generator is unchanged."""
    import hashlib

    from benchmarks import corpus, vocabulary

    stamp = hashlib.sha256(Path(corpus.__file__).read_bytes() + Path(vocabulary.__file__).read_bytes()).hexdigest()[:12]
    folder = work / f"corpus-{n_events}-s{seed}"
    marker = folder / ".generator"
    if marker.exists() and marker.read_text() == stamp:
        return folder
    log(f"generating {n_events} events …")
    t0 = time.perf_counter()
    corpus.generate(n_events, folder, seed)
    marker.write_text(stamp)
    log(f"  corpus written in {time.perf_counter() - t0:.1f} s")
    return folder


def _touch_one_page(sources: Path) -> tuple[Path, str]:
    """Change one sentence of one listing page (as an edited page would); return (path, original text)."""
    pages = sorted(p for p in sources.glob("*.txt") if "_page-" in p.name and "events" in p.name)
    page = pages[len(pages) // 2] if pages else sorted(sources.glob("*.txt"))[0]
    text = page.read_text(encoding="utf-8")
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if line.endswith(".") and len(line) > 40:
            lines[i] = line + " The agenda was updated."
            break
    else:
        lines.insert(1, lines[1])
    page.write_text("\n".join(lines), encoding="utf-8")
    return page, text


def incremental_rebuilds(sources: Path, store: Path, run_dir: Path, *, repeats: int, notes: list[str]) -> dict:
    """One page changed `repeats` times (edited, then back), rebuilt each time two ways: by
    `rcpkg build` (a new process each time), and by one `rcpkg build --watch` (the time from
    the page's write to the rebuilt store). Medians, with every run kept."""
    import signal
    import statistics
    import subprocess
    import threading

    out: dict = {}
    page, original = _touch_one_page(sources)
    edited = page.read_text(encoding="utf-8")
    report = run_dir / "incremental-report.json"
    texts = [original if i % 2 else edited for i in range(repeats)]

    def summary(walls: list[float], builds: list[float], rebuilt: list[int], last: dict) -> dict:
        return {"rcpkg_s": statistics.median(walls), "rcpkg_build_s": statistics.median(builds),
                "max_s": max(walls), "runs_s": [round(w, 3) for w in walls], "pages_rebuilt": max(rebuilt),
                "incremental": last.get("incremental"), "timings": last.get("timings")}

    def read_report() -> tuple[dict, float, int]:
        rep = json.loads(report.read_text(encoding="utf-8"))
        return rep, rep.get("timings", {}).get("total", 0.0), sum(1 for p in rep.get("pages", []) if not p.get("reused"))

    try:
        walls, builds, rebuilt, rep = [], [], [], {}
        page.write_text(original, encoding="utf-8")
        for text in texts:
            page.write_text(text, encoding="utf-8")
            run = rcpkg_child("build", "--sources", str(sources), "--store", str(store), "--no-explorer",
                              "--report", str(report), "-q")
            if run.returncode != 0:
                notes.append(f"incremental rebuild failed (exit {run.returncode}): "
                             f"{' '.join(run.stderr.strip().splitlines()[:3])[:300]}")
                return out
            rep, total, n = read_report()
            walls.append(run.wall_s)
            builds.append(total)
            rebuilt.append(n)
        out["incremental"] = summary(walls, builds, rebuilt, rep)

        page.write_text(original, encoding="utf-8")
        proc = subprocess.Popen([sys.executable, "-m", "rcpkg", "build", "--watch", "--interval", "0.05",
                                 "--sources", str(sources), "--store", str(store), "--no-explorer", "-q",
                                 "--report", str(report)],
                                cwd=REPO, env=child_env(), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                                text=True)
        lines: list[tuple[float, str]] = []
        arrived = threading.Condition()

        def read() -> None:
            for line in proc.stderr:
                with arrived:
                    lines.append((time.perf_counter(), line))
                    arrived.notify_all()

        threading.Thread(target=read, daemon=True).start()

        def wait_for(prefix: str, after: int) -> tuple[int, float]:
            deadline = time.perf_counter() + 600
            with arrived:
                while True:
                    for i in range(after, len(lines)):
                        if lines[i][1].startswith(prefix):
                            return i + 1, lines[i][0]
                    if proc.poll() is not None or not arrived.wait(timeout=max(0.0, deadline - time.perf_counter())):
                        raise RuntimeError(f"no {prefix!r} line from the watch: {''.join(l for _, l in lines)[-300:]}")

        try:
            seen, _ = wait_for("watching", 0)
            walls, builds, rebuilt = [], [], []
            for text in texts:
                time.sleep(0.2)  # the watch is between two looks, as after an editor's save
                t0 = time.perf_counter()
                page.write_text(text, encoding="utf-8")
                seen, t1 = wait_for("built", seen)
                rep, total, n = read_report()
                walls.append(t1 - t0)
                builds.append(total)
                rebuilt.append(n)
            out["incremental_watch"] = summary(walls, builds, rebuilt, rep)
        except RuntimeError as exc:
            notes.append(f"rcpkg build --watch: {exc}")
        finally:
            proc.send_signal(signal.SIGINT)
            try:
                proc.wait(timeout=60)
            except subprocess.TimeoutExpired:
                proc.kill()
    finally:
        page.write_text(original, encoding="utf-8")
    return out


def _json_of(run: ChildRun) -> dict:
    run.check()
    return json.loads(run.stdout)


def explorer_load_time(html: Path) -> dict | None:
    """Seconds until the explorer page is loaded and its layout has settled, in headless Chromium.

    The page sets `window.rcpkg.ready` (and `loadMs`) when vis-network has stabilised.
    """
    chromium = shutil.which("chromium") or "/usr/bin/chromium"
    if not Path(chromium).exists():
        return None
    import tempfile

    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as profile, sync_playwright() as pw:
        browser = pw.chromium.launch_persistent_context(
            profile, executable_path=chromium, headless=True,
            args=["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--no-first-run", "--disable-sync"])
        try:
            page = browser.new_page()
            t0 = time.perf_counter()
            page.goto(html.resolve().as_uri(), wait_until="load", timeout=600_000)
            loaded = time.perf_counter() - t0
            page.wait_for_function("() => window.rcpkg && window.rcpkg.ready === true", timeout=600_000)
            settled = time.perf_counter() - t0
            info = page.evaluate("() => ({nodes: window.rcpkg.nodes.length, edges: window.rcpkg.edges.length,"
                                 " loadMs: window.rcpkg.loadMs})")
        finally:
            browser.close()
    return {"load_s": loaded, "settled_s": settled, **info}


def explorer_pages(store: Path, run_dir: Path, n_events: int, log) -> dict:
    """`rcpkg viz events` pages of about 500 and 2,000 nodes (year slices of the corpus), timed in Chromium."""
    out = {}
    per_year = max(1.0, n_events * 0.45 / 20)  # events with a stated date, spread over 2005-2024
    for target in (500, 2000):
        years = max(1, min(20, round(target / per_year)))
        html = run_dir / f"events-{target}.html"
        made = rcpkg_child("viz", "events", "--years", f"2005-{2004 + years}", "--store", str(store),
                           "--out", str(html))
        if made.returncode != 0:
            out[str(target)] = {"error": made.stderr.strip().splitlines()[-1:]}
            continue
        timed = explorer_load_time(html)
        if timed:
            timed["viz_s"] = made.wall_s
            timed["years"] = f"2005-{2004 + years}"
            log(f"  explorer ~{target}: {timed['nodes']} nodes, settled in {timed['settled_s']:.1f} s")
        out[str(target)] = timed
    return out


SITE_PAGES = ("index", "institution", "process", "event", "theme", "timeline")


def site_sample_pages(site: Path) -> dict[str, Path]:
    """One page of each kind the issue names, each the largest of its kind (the slowest to open): the
    index, an institution, a process (the processes the index lists), an event, a theme, the timeline."""
    import re

    index = site / "index.html"
    found = {"index": index, "timeline": site / "timeline.html"}
    listed = index.read_text(encoding="utf-8")
    start = listed.find('id="h-processes"')
    section = listed[start:listed.find("</section>", start)] if start >= 0 else ""
    processes = [site / h for h in re.findall(r'href="(id/org/[^"#]+\.html)"', section)]
    largest = lambda paths: max(paths, key=lambda p: (p.stat().st_size, p.name)) if paths else None
    for kind, folder in (("institution", "org"), ("event", "event"), ("theme", "theme")):
        pages = [p for p in (site / "id" / folder).glob("*.html") if not p.name.endswith(".es.html")]
        if kind == "institution":
            pages = [p for p in pages if p not in processes]
        found[kind] = largest(pages)
    found["process"] = largest([p for p in processes if p.exists()])
    return {k: found[k] for k in SITE_PAGES if found.get(k) is not None}


def site_open_times(pages: dict[str, Path], root: Path, repeats: int = 3) -> dict | None:
    """Seconds to open each page in headless Chromium from file://: from the navigation's start to its
    load event, and, for a page with a script, until the script says it is ready (`window.rcpkg.ready`,
    set once the timeline's filters have been applied). Median of `repeats` opens, each in a new tab."""
    import statistics
    import tempfile

    chromium = shutil.which("chromium") or "/usr/bin/chromium"
    if not Path(chromium).exists():
        return None
    from playwright.sync_api import sync_playwright

    out: dict[str, dict] = {}
    with tempfile.TemporaryDirectory() as profile, sync_playwright() as pw:
        browser = pw.chromium.launch_persistent_context(
            profile, executable_path=chromium, headless=True,
            args=["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--no-first-run", "--disable-sync"])
        try:
            for kind, html in pages.items():
                runs, loads = [], []
                for _ in range(repeats):
                    page = browser.new_page()
                    t0 = time.perf_counter()
                    page.goto(html.resolve().as_uri(), wait_until="load", timeout=120_000)
                    loaded = time.perf_counter() - t0
                    page.wait_for_function("() => !document.querySelector('script:not([type])') || "
                                           "(window.rcpkg && window.rcpkg.ready === true)", timeout=120_000)
                    runs.append(time.perf_counter() - t0)
                    loads.append(loaded)
                    page.close()
                out[kind] = {"page": html.relative_to(root).as_posix(),
                             "bytes": html.stat().st_size, "open_s": statistics.median(runs),
                             "load_s": statistics.median(loads), "runs_s": [round(r, 3) for r in runs]}
        finally:
            browser.close()
    return out


def site_stage(store: Path, run_dir: Path, log, *, browser: bool = True) -> tuple[dict, dict]:
    """`write_site` from the store into a new folder in a fresh interpreter (wall, CPU, peak RSS, its own
    stage timings), then the sample pages opened in headless Chromium. Returns (stage row, details)."""
    out = run_dir / "site"
    shutil.rmtree(out, ignore_errors=True)
    done = python_child("benchmarks.run", "site", "--store", str(store), "--out", str(out))
    details = _json_of(done)
    row = {"rcpkg_s": done.wall_s, "rcpkg_cpu_s": done.cpu_s}
    details["peak_rss_mb"] = done.peak_rss_mb
    log(f"  site: {details['pages']} pages in {done.wall_s:.1f} s ({details['timings']})")
    if browser:
        opened = site_open_times(site_sample_pages(out), out)
        if opened:
            details["open"] = opened
            log("  pages opened in " + ", ".join(f"{k} {v['open_s']:.2f} s" for k, v in opened.items()))
    return row, details


def _logger():
    t0 = time.perf_counter()
    return lambda msg: print(f"[{time.perf_counter() - t0:7.1f} s] {msg}", file=sys.stderr, flush=True)


def run_benchmark(n_events: int, *, seed: int = 0, work: Path = OUT, repeats: int = 5,
                  baseline_repeats: int = 3, query_timeout: float = 120.0, skip_baseline: bool = False,
                  browser: bool = True, queries: bool = True, baseline_shacl: bool = True, site: bool = True,
                  log=None, checkpoint=None) -> dict:
    log = log or _logger()
    work.mkdir(parents=True, exist_ok=True)
    sources = corpus_for(n_events, seed, work, log)
    run_dir = work / f"run-{n_events}"
    if run_dir.exists():
        shutil.rmtree(run_dir)
    run_dir.mkdir(parents=True)
    store = run_dir / "store"
    result: dict = {"events": n_events, "seed": seed, "stages": {}, "queries": {}, "notes": []}
    stages = result["stages"]

    # rcpkg: the build, end to end, as a user runs it
    log("rcpkg build …")
    report_path = run_dir / "build-report.json"
    build = rcpkg_child("build", "--sources", str(sources), "--store", str(store), "--full", "--no-explorer",
                        "--report", str(report_path), "-q")
    if build.returncode == 1 and "does not conform" in build.stderr:
        # The pipeline refused the corpus: a bug the corpus found. Measure the same work anyway.
        first = build.stderr.strip().splitlines()
        log(f"  rcpkg build refused the corpus: {first[1] if len(first) > 1 else first[0]}")
        unvalidated = python_child("benchmarks.run", "build-unvalidated", "--sources", str(sources),
                                   "--store", str(store))
        report = _json_of(unvalidated)
        build.wall_s = unvalidated.wall_s
        build.cpu_s = unvalidated.cpu_s
        build.peak_rss_mb = max(build.peak_rss_mb, unvalidated.peak_rss_mb)
        build.peak_tree_mb = unvalidated.peak_tree_mb
        result["conforms"] = False
        result["notes"].append(
            f"rcpkg build did not conform ({' '.join(first[1:4])[:400]}); the build was measured without its "
            f"SHACL stage, which was then timed alone on the same store (included in 'build')")
    else:
        build.check()
        report = json.loads(report_path.read_text(encoding="utf-8"))
        result["conforms"] = True
    timings = report.get("timings", {})
    result["triples"] = report.get("triples")
    result["events_parsed"] = report.get("events")
    result["pages"] = len(report.get("pages", []))
    result["failed_pages"] = sum(1 for p in report.get("pages", []) if p.get("error"))
    stages["build"] = {"rcpkg_s": build.wall_s, "rcpkg_cpu_s": build.cpu_s}
    for stage in STAGES:
        if stage in timings:
            stages[stage] = {"rcpkg_s": timings[stage]}
    result["rcpkg_build_timings"] = timings
    peak = {"rcpkg": build.peak_rss_mb, "rcpkg_tree": build.peak_tree_mb}

    def save() -> None:
        """What is measured so far (a long run stopped midway keeps its figures)."""
        if checkpoint:
            checkpoint({**result, "peak_rss_mb": peak, "partial": True})

    save()

    if queries:
        log("rcpkg queries …")
        qres = {"queries": rcpkg_queries(store, run_dir, repeats=repeats, timeout_s=query_timeout, log=log)}
    else:
        qres = {"queries": {}}
        result["notes"].append("library queries not run (--no-queries)")
    for name, r in qres["queries"].items():
        result["queries"][name] = {"rcpkg_s": r["median_s"], "rows": r["rows"]}
        if r.get("timed_out"):
            result["queries"][name]["rcpkg_timed_out"] = True
            result["notes"].append(f"query {name}: stopped on rcpkg after {query_timeout:.0f} s")
        if r.get("error"):
            result["notes"].append(f"query {name} not run: {r['error']}")
    result["query_engine"] = "rcpkg.sparql.run on the embedded pyoxigraph store"
    timed = [name for name, r in qres["queries"].items() if r["median_s"] is not None and not r.get("timed_out")]
    if queries:
        stages["query"] = {"rcpkg_s": sum(qres["queries"][n]["median_s"] for n in timed)}

    save()
    log("rcpkg export …")
    nq = run_dir / "rcpkg.nq"
    export = rcpkg_child("export", "--format", "nq", "--out", str(nq), "--store", str(store)).check()
    stages.setdefault("export", {})["rcpkg_s"] = export.wall_s

    save()
    log("floor: pyoxigraph bulk load …")
    floor = _json_of(python_child("benchmarks.run", "floor", "--nq", str(nq), "--work", str(run_dir)))
    result["floor_load_s"] = floor["load_s"]
    result["floor_quads"] = floor["quads"]

    for name, args in (("analyze", ("analyze", "--store", str(store))),
                       ("viz", ("viz", "network", "--store", str(store), "--out", str(run_dir / "network.html")))):
        save()
        log(f"rcpkg {name} …")
        done = rcpkg_child(*args)
        if done.returncode == 0:
            stages[name] = {"rcpkg_s": done.wall_s}
            peak[f"rcpkg_{name}"] = done.peak_rss_mb
        else:
            result["notes"].append(f"rcpkg {name} failed (exit {done.returncode}): "
                                   f"{done.stderr.strip().splitlines()[-1:] or ''}")

    if site:
        save()
        log("rcpkg site …")
        try:
            stages["site"], result["site"] = site_stage(store, run_dir, log, browser=browser)
        except Exception as exc:  # noqa: BLE001 - reported, the rest of the figures stand
            result["notes"].append(f"site not measured: {exc}")

    save()
    log("incremental rebuilds after changing one page …")
    for name, row in incremental_rebuilds(sources, store, run_dir, repeats=max(repeats, 3), notes=result["notes"]).items():
        stages[name] = row

    if browser:
        save()
        log("explorer pages in headless Chromium …")
        try:
            result["explorer"] = explorer_pages(store, run_dir, n_events, log)
        except Exception as exc:  # noqa: BLE001 - reported, the rest of the figures stand
            result["notes"].append(f"explorer load not measured: {exc}")

    if not skip_baseline:
        save()
        log("baseline: rdflib + " + ("pySHACL + " if baseline_shacl else "") + "rdflib SPARQL …")
        base = python_child("benchmarks.baseline", "--sources", str(sources), "--store", str(store),
                            "--nq", str(run_dir / "baseline.nq"), "--repeats", str(baseline_repeats),
                            "--query-timeout", str(query_timeout), *(() if queries else ("--no-queries",)),
                            *(() if baseline_shacl else ("--skip-validate",)))
        b = _json_of(base)
        if baseline_shacl:
            stages["build"]["baseline_s"] = b["built_at"] - base.started
            stages["build"]["baseline_cpu_s"] = b["built_cpu_s"]
        else:  # not the whole build: kept apart, so no build ratio is printed
            stages["build"]["baseline_without_shacl_s"] = b["built_at"] - base.started
            stages["build"]["baseline_without_shacl_cpu_s"] = b["built_cpu_s"]
            result["notes"].append("baseline run without its pySHACL stage (--baseline-without-shacl): its build "
                                   "time is not the whole build and is not compared; its queries are")
        for stage, secs in b["timings"].items():
            stages.setdefault(stage, {})["baseline_s"] = secs
        for name, r in b["queries"].items():
            entry = result["queries"].setdefault(name, {})
            entry["baseline_s"] = r["median_s"]
            entry["baseline_rows"] = r["rows"]
            if r["timed_out"]:
                entry["baseline_timed_out"] = True
            if r.get("error"):
                entry["baseline_error"] = r["error"]
                result["notes"].append(f"query {name}: rdflib's engine failed: {r['error']}")
        # The sums compare like with like: the queries both engines answered.
        both = [n for n in timed if b["queries"].get(n, {}).get("median_s") is not None]
        stages.setdefault("query", {})["rcpkg_s"] = sum(qres["queries"][n]["median_s"] for n in both)
        stages["query"]["baseline_s"] = sum(b["queries"][n]["median_s"] for n in both)
        stages["query"]["queries"] = len(both)
        peak["baseline"] = base.peak_rss_mb
        peak["baseline_tree"] = base.peak_tree_mb
        result["baseline_quads"] = b["quads"]
        result["baseline_conforms"] = b["conforms"]
        for name, entry in result["queries"].items():
            if entry.get("baseline_rows") is not None and entry.get("rows") != entry["baseline_rows"] \
                    and not entry.get("baseline_timed_out"):
                result["notes"].append(f"query {name}: rcpkg {entry.get('rows')} rows, rdflib {entry['baseline_rows']}")
    result["peak_rss_mb"] = peak
    result["machine"] = machine()
    result["command"] = " ".join(["python -m benchmarks"] + sys.argv[1:])
    return result


def run_site_only(store: Path, *, events: int | None = None, work: Path = OUT, browser: bool = True,
                  log=None) -> dict:
    """The site stage alone, on an existing store (`python -m benchmarks --site-only --store S`)."""
    import os

    log = log or _logger()
    run_dir = work / "run-site"
    run_dir.mkdir(parents=True, exist_ok=True)
    result: dict = {"events": events, "store": str(store), "stages": {}, "queries": {}, "notes": []}
    log("rcpkg site …")
    result["stages"]["site"], result["site"] = site_stage(store, run_dir, log, browser=browser)
    result["load_average"] = os.getloadavg()
    result["machine"] = machine()
    result["command"] = " ".join(["python -m benchmarks"] + sys.argv[1:])
    return result


def machine() -> dict:
    import os
    from importlib.metadata import version

    mem = None
    try:
        with open("/proc/meminfo") as fh:
            mem = round(int(fh.readline().split()[1]) / 1024 / 1024, 1)
    except OSError:
        pass
    cpu = platform.processor()
    try:
        with open("/proc/cpuinfo") as fh:
            for line in fh:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    versions = {}
    for pkg in ("rcpkg", "rdflib", "pyoxigraph", "pyshacl", "networkx", "pyvis"):
        try:
            versions[pkg] = version(pkg)
        except Exception:  # noqa: BLE001
            versions[pkg] = None
    return {"cpu": cpu, "cores": os.cpu_count(), "memory_gb": mem, "os": platform.platform(),
            "python": platform.python_version(), "versions": versions}


def _fmt(x) -> str:
    if x is None:
        return "—"
    return f"{x:.3f}" if x < 10 else f"{x:.1f}"


def _ratio(a, b) -> str:
    if not a or not b:
        return "—"
    return f"{b / a:.1f}x"


def print_table(result: dict, file=None) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console(file=file or sys.stdout, highlight=False)
    t = Table(title=f"rcpkg vs baseline: {result['events']} events, {result.get('triples')} triples",
              title_justify="left")
    for col in ("stage", "rcpkg (s)", "baseline (s)", "speed-up"):
        t.add_column(col, justify="left" if col == "stage" else "right")
    order = ["build", "read+parse", "extract", "triples", "validate", "load", "derived", "export", "query",
             "analyze", "viz", "site", "incremental", "incremental_watch"]
    for stage in order + [s for s in result["stages"] if s not in order]:
        if stage not in result["stages"]:
            continue
        row = result["stages"][stage]
        t.add_row(stage, _fmt(row.get("rcpkg_s")), _fmt(row.get("baseline_s")),
                  _ratio(row.get("rcpkg_s"), row.get("baseline_s")))
    t.add_row("floor: bulk load", _fmt(result.get("floor_load_s")), "", "")
    console.print(t)
    q = Table(title="library queries (median seconds)", title_justify="left")
    for col in ("query", "rows", "rcpkg", "rdflib", "speed-up"):
        q.add_column(col, justify="left" if col == "query" else "right")
    for name, row in sorted(result["queries"].items()):
        base = _fmt(row.get("baseline_s")) + (" (timeout)" if row.get("baseline_timed_out") else "")
        q.add_row(name, str(row.get("rows")), _fmt(row.get("rcpkg_s")), base,
                  _ratio(row.get("rcpkg_s"), row.get("baseline_s")))
    if result["queries"]:
        console.print(q)
    peak = result.get("peak_rss_mb", {})
    build = result["stages"].get("build", {})
    if peak:
        console.print(f"peak RSS: rcpkg build {_fmt(peak.get('rcpkg'))} MB, baseline {_fmt(peak.get('baseline'))} MB")
    if build.get("rcpkg_s") and result.get("floor_load_s"):
        console.print(f"build vs floor: {build['rcpkg_s'] / result['floor_load_s']:.1f}x the bare bulk load")
    for target, e in (result.get("explorer") or {}).items():
        if e and "nodes" in e:
            console.print(f"explorer (~{target} nodes): {e['nodes']} nodes, {e['edges']} edges, page load "
                          f"{_fmt(e['load_s'])} s, layout settled {_fmt(e['settled_s'])} s")
    site = result.get("site") or {}
    if site:
        console.print(f"site: {site.get('pages')} pages, {site.get('data_files')} data files, peak RSS "
                      f"{_fmt(site.get('peak_rss_mb'))} MB; stages (s): "
                      + ", ".join(f"{k} {v:.1f}" for k, v in (site.get("timings") or {}).items()))
    for kind, o in (site.get("open") or {}).items():
        console.print(f"site page opened ({kind}, {o['page']}, {o['bytes'] / 1e6:.2f} MB): "
                      f"{_fmt(o['open_s'])} s (load event {_fmt(o['load_s'])} s)")
    for note in result.get("notes", []):
        console.print(f"note: {note}")


if __name__ == "__main__":
    sys.exit(child_main(sys.argv[1:]))
