"""`rcpkg build`: sources and reference data -> validated graph -> store, atomically.

Stages (each timed in `BuildReport.timings`):
  plan         fingerprint, the previous build's manifest, which pages are reused    (plan.py)
  reference    curated reference data and the ontology as graphs                      (session.py, load.py)
  read+parse   read every page and parse its layout into event records               (pages.py)
  extract      institutions, roles and themes with their evidence sentences          (pages.py)
  triples      records -> rdflib triples, one named graph per page                   (pages.py)
  load         streamed into a new pyoxigraph store beside the old one               (load.py)
  identity     event descriptions of several pages resolved into events              (load.py)
  derived      super-properties, inverses, series labels and places by SPARQL Update (derived.py)
  validate     the SHACL shapes compiled to SPARQL, chunk by chunk as the pages load,
               then the nodes several chunks describe on the whole store             (checks.py)
  quality      the data-quality queries (`queries/*-violation.rq`) on the same chunks (checks.py)
  compact      the bulk-loaded files merged, on a thread while the checks run (only its wait is timed)
  swap         the new store replaces the old one with two renames                   (rcpkg.store)

Incremental: the store keeps a manifest of each page's file hash (and size and modification time).
When the reference data, ontology, shapes and code are unchanged, unchanged pages keep their named
graph from the previous store (a hard-link backup of it); only changed pages are re-read,
re-extracted and re-validated (docs/design.md, "The build as a package"). The view pages (site,
explorer) are written by `rcpkg build` (rcpkg.commands.build), not here.
"""

from __future__ import annotations

import os
import shutil
import time
import traceback
from pathlib import Path
from typing import Callable

from rcpkg import resources
from rcpkg.build.checks import (BASE_CACHE, DESCRIBED, SHAPES_CACHE, BatchValidator, Checks,  # noqa: F401
                                check_shapes, focus_with_parts, quality_queries)
from rcpkg.build.derived import (AFFECTED, DERIVED_DELETES, DERIVED_UPDATES, EXTRACTED_LABELS,  # noqa: F401
                                 PLACE_PREFIX, PLACES_USED, affected_nodes, compute_derived, derive, place_statements,
                                 place_triples, places_in)
from rcpkg.build.load import QuadWriter, account_redone, graphs_of, load_pages, open_target, reconcile_events  # noqa: F401
from rcpkg.build.load import reference_graphs  # noqa: F401
from rcpkg.build.pages import CHUNK_BYTES, PARALLEL_MIN_PAGES, PageProcessor, Work, processed_chunks  # noqa: F401
from rcpkg.build.plan import (MANIFEST, MANIFEST_VERSION, RACY_NS, Plan, code_fingerprint, fingerprint,  # noqa: F401
                              link, make_plan, sort_pages, write_manifest)
from rcpkg.build.report import BuildReport, PageReport, Timer, note_fallback, sum_up  # noqa: F401
from rcpkg.build.session import Session
from rcpkg.errors import LoaderError, PagesNotLoaded
from rcpkg.store import build_lock, clean_stale, staging_dir, swap_in

Progress = Callable[[str, int, "int | None"], None]  # (stage, done, total; None while unknown)


def build(sources_dir: Path | None = None, store_path: Path | str = Path(".rcpkg/store"), *,
          reference_dir: Path | None = None, progress: Progress | None = None, full: bool = False,
          validate: bool = True, jobs: int | None = None, strict: bool = False,
          session: Session | None = None) -> BuildReport:
    """Build (or incrementally rebuild) the store from the source pages and reference data.

    Raises NonConformance (store untouched) when the new graph violates the shapes, PagesNotLoaded
    (store untouched) with `strict` when a page could not be read, StoreError when another build
    holds the store, LoaderError for a missing sources folder or broken reference data. A page that
    cannot be read is reported in the BuildReport and the other pages still load. `session` keeps the
    reference data and compiled shapes from build to build (a new one, as in a new process, if None).
    """
    session = session or Session()
    sources_dir = Path(sources_dir) if sources_dir else resources.bundled_sources_dir()
    reference_dir = Path(reference_dir) if reference_dir else resources.reference_dir()
    store_path = Path(store_path)
    if not sources_dir.is_dir():
        raise LoaderError("the sources folder does not exist", path=str(sources_dir))
    report = BuildReport(store=str(store_path), sources=str(sources_dir))
    timer, tick = Timer(report), progress or (lambda stage, done, total: None)
    with build_lock(store_path):
        clean_stale(store_path)
        start = time.perf_counter()
        plan = make_plan(session, sources_dir, reference_dir, store_path, full=full, timer=timer)
        report.incremental = plan.incremental
        staging = staging_dir(store_path)
        compaction = None
        try:
            target = open_target(plan, staging, session.shapes, validate=validate, timer=timer)
            tasks = sort_pages(plan, report)
            checks = Checks(validate and (not plan.reusable or bool(tasks)), target.base, session.shapes.compiled)
            processor = session.processor(plan.reference)
            work = Work(processor, target.base if checks.checking else None, session.shapes.compiled)
            jobs = jobs if jobs is not None else min(2, os.cpu_count() or 1)
            load_pages(target, processed_chunks(work, tasks, jobs), checks, report, total=len(tasks),
                       reusing=bool(plan.reusable), timer=timer, tick=tick)
            with timer("identity"):  # which descriptions of several pages are one event
                redone = reconcile_events(target, report, processor, plan, timer, jobs)
            account_redone(target, checks, redone, reusing=bool(plan.reusable), validate=validate)
            tick("derived", 0, None)
            with timer("derived"):
                derive(target.store, plan, target.changed, target.affected)
            if not plan.reusable or target.writer.loaded >= target.writer.TEXT_BATCH:
                with timer("finish"):
                    compaction = Compaction(target.store)  # merged while the checks below run
            checks.finish(target.store, report, reusing=bool(plan.reusable), changed=target.changed,
                          timer=timer, tick=tick)
            order = {path.name: i for i, path in enumerate(plan.files)}
            report.pages.sort(key=lambda page: order.get(page.file, len(order)))  # in the folder's order
            if strict and report.failed_pages:
                raise PagesNotLoaded(
                    f"{len(report.failed_pages)} page(s) could not be loaded; with --strict the store was not "
                    "changed:\n" + "\n".join(f"  {p.error}" for p in report.failed_pages))
            checks.record_quality(report, validate)
            _write(target, plan, report, session, staging, timer, tick, compaction)
        except BaseException as exc:
            if compaction is not None:  # the merge ends before its store is closed and removed
                compaction.join(quiet=True)
            # close the new store (and release its lock) before removing it: no frame of the error keeps it
            target = None
            traceback.clear_frames(exc.__traceback__)
            shutil.rmtree(staging, ignore_errors=True)
            raise
        report.timings["total"] = time.perf_counter() - start
        if validate:
            note_fallback(report, session.shapes.compiled)
    return report


class Compaction:
    """The store's files merged on a thread (`Store.optimize`, which releases the GIL) while the build's
    own thread runs the checks of the whole store: the merge used to wait for them, one core idle.

    Each bulk load leaves its own sorted files, overlapping the others': they are merged before the
    store is swapped in, or RocksDB stops a later small rebuild for seconds to merge them (the sixth
    one-page rebuild after a full build at 10k events waited 7 s). Nothing writes to the store
    once the merge has started (the derived triples are written before); the checks only read."""

    def __init__(self, store) -> None:
        import threading

        store.flush()
        self.error: BaseException | None = None
        self.thread = threading.Thread(target=self._run, args=(store,), name="rcpkg-compact", daemon=True)
        self.thread.start()

    def _run(self, store) -> None:
        try:
            store.optimize()
        except BaseException as exc:  # noqa: BLE001 - raised again on the build's thread, in join()
            self.error = exc

    def join(self, quiet: bool = False) -> None:
        self.thread.join()
        if self.error is not None and not quiet:
            raise self.error


def _write(target, plan: Plan, report: BuildReport, session: Session, staging: Path, timer: Timer, tick,
           compaction: Compaction | None = None) -> None:
    """The store flushed (its merge, started after the derived stage, waited for), the report's totals,
    the manifest and the caches (kept by a hard link when unchanged), then the new store swapped in."""
    store, writer, reusing = target.store, target.writer, bool(plan.reusable)
    with timer("finish"):
        store.flush()
    if compaction is not None:
        tick("compact", 0, None)
        with timer("compact"):  # what is left of the merge
            compaction.join()
    with timer("finish"):  # counts, manifest, caches
        sum_up(report, store, triples=target.triples, changed=target.changed)
        target.store = target.writer = store = writer = None  # closed before the swap
        write_manifest(plan, report, staging)
        shapes, old = session.shapes, plan.store_path
        kept = reusing and str(old / SHAPES_CACHE) not in shapes.unreadable
        if shapes.compiled is not None and not (kept and link(old / SHAPES_CACHE, staging / SHAPES_CACHE)):
            (staging / SHAPES_CACHE).write_text(shapes.compiled.to_json(), encoding="utf-8")
            shapes.unreadable.discard(str(old / SHAPES_CACHE))  # the store's next one reads well
        if target.base is not None and not (reusing and link(old / BASE_CACHE, staging / BASE_CACHE)):
            (staging / BASE_CACHE).write_bytes(target.base)
    with timer("swap"):
        swap_in(staging, plan.store_path)
