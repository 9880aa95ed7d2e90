"""`rcpkg build`: sources and reference data -> validated graph -> store, atomically.

Stages (each timed in `BuildReport.timings`):
  read+parse   read every page and parse its layout into event records (pure after I/O)
  extract      institutions, roles and themes with their evidence sentences
  triples      records -> one rdflib graph per page (its named graph)
  reference    curated reference data and the ontology as graphs
  validate     SHACL over what changed, together with the reference data
  load         into a new pyoxigraph store beside the old one
  derived      super-properties and inverses computed by SPARQL Update on the new store
  swap         the new store replaces the old one with two renames

Incremental: the store keeps a manifest of each page's file hash. When the
reference data, ontology, shapes and loader code are unchanged, pages whose
bytes are unchanged keep their named graph from the previous store (a hard-link
backup of it); only changed pages are re-read, re-extracted and re-validated.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Callable, Iterator

from rdflib import Graph, URIRef

from rcpkg import __version__, iris, resources
from rcpkg.errors import LoaderError, NonConformance, StoreError
from rcpkg.store import build_lock, clean_stale, staging_dir, swap_in

MANIFEST = "rcpkg-manifest.json"
MANIFEST_VERSION = 1

Progress = Callable[[str, int, int], None]  # (stage, done, total)


@dataclass
class PageReport:
    file: str
    url: str = ""
    layout: str = ""
    graph: str = ""
    sha256: str = ""
    events: int = 0
    involvements: int = 0
    themes: int = 0
    triples: int = 0
    warnings: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    error: str | None = None
    reused: bool = False
    meta: str = ""  # the page's metadata as last built (a change forces a rebuild of the page)


@dataclass
class BuildReport:
    store: str
    sources: str
    pages: list[PageReport] = field(default_factory=list)
    triples: int = 0
    graphs: int = 0
    events: int = 0
    conforms: bool = True
    validation: str = ""
    incremental: bool = False
    timings: dict[str, float] = field(default_factory=dict)
    explorer_pages: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def failed_pages(self) -> list[PageReport]:
        return [p for p in self.pages if p.error]

    def to_json(self) -> str:
        data = asdict(self)
        return json.dumps(data, indent=2, ensure_ascii=False)


class _Timer:
    def __init__(self, report: BuildReport) -> None:
        self.report = report

    @contextmanager
    def __call__(self, stage: str) -> Iterator[None]:
        start = time.perf_counter()
        try:
            yield
        finally:
            self.report.timings[stage] = self.report.timings.get(stage, 0.0) + time.perf_counter() - start


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def fingerprint(reference_dir: Path) -> str:
    """What, if changed, invalidates every page's graph: code, ontology, shapes, reference data."""
    h = hashlib.sha256(f"{MANIFEST_VERSION}|{__version__}".encode())
    paths: list[Path] = [resources.ontology_file(), resources.shapes_file()]
    paths += sorted(Path(reference_dir).glob("*.y*ml"))
    import rcpkg.loaders as loaders_pkg

    loaders_dir = Path(loaders_pkg.__file__).parent
    paths += sorted(loaders_dir.rglob("*.py"))
    paths.append(Path(__file__))
    for path in paths:
        if path.exists():
            h.update(path.name.encode())
            h.update(path.read_bytes())
    return h.hexdigest()


def _read_manifest(store_path: Path) -> dict | None:
    path = store_path / MANIFEST
    if not path.exists():
        return None
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


class PageProcessor:
    """Read, parse, extract and turn one page into its graph (the pure part of the build)."""

    def __init__(self, reference) -> None:
        from rcpkg.loaders.gazetteer import Gazetteer

        self.reference = reference
        self.gazetteer = Gazetteer.from_reference(reference)
        self._series_owner = _series_owner_from(reference)

    def process(self, path: Path, meta, report: PageReport, timer: _Timer) -> Graph | None:
        from rcpkg.loaders.extract import extract
        from rcpkg.loaders.layouts import parse_page
        from rcpkg.loaders.pages import read_page
        from rcpkg.loaders.triples import page_graph

        try:
            with timer("read+parse"):
                loaded = read_page(path, meta)
                page, warnings = loaded if isinstance(loaded, tuple) else (loaded, [])
                result = parse_page(page)
        except LoaderError as exc:
            report.error = str(exc)
            return None
        report.url = page.url
        report.layout = result.layout
        report.graph = str(iris.source_graph(page.url))
        report.events = len(result.events)
        report.warnings.extend(str(w) for w in list(warnings) + list(result.warnings))
        report.skipped.extend(result.skipped)
        with timer("extract"):
            extractions = {}
            for event in result.events:
                extraction = extract(page, event, self.gazetteer, self.reference)
                extractions[event.ordinal] = extraction
                report.involvements += len(extraction.involvements)
                report.themes += len(extraction.themes)
                report.warnings.extend(str(w) for w in extraction.warnings)
        with timer("triples"):
            graph = page_graph(result, extractions, series_owner=self._series_owner)
        report.triples = len(graph)
        return graph


def _series_owner_from(reference) -> Callable[[str], str | None]:
    """Which process or body a numbered series belongs to, when the reference data says."""
    owners = getattr(reference, "series_owners", None) or {}

    def owner(series_key: str) -> str | None:
        if series_key in owners:
            return owners[series_key]
        for prefix in ("rcm-sacm", "rcm", "sacm"):
            if series_key == f"{prefix}-conference" and prefix in getattr(reference, "entities", {}):
                return prefix
        return None

    return owner


def reference_graphs(reference_dir: Path):
    """The reference data (with its countries) and the ontology, as rdflib graphs."""
    from rcpkg.loaders.reference import load_reference
    from rcpkg.loaders.triples import add_country

    reference = load_reference(reference_dir)
    ref_graph = reference.graph()
    for iso2 in sorted(getattr(reference, "countries", ()) or ()):
        add_country(ref_graph, iso2)
    ontology = Graph()
    try:
        ontology.parse(resources.ontology_file(), format="turtle")
    except Exception as exc:  # a broken ontology file is the project's bug, reported plainly
        raise LoaderError(f"cannot parse the ontology: {exc}", path=str(resources.ontology_file())) from exc
    return reference, ref_graph, ontology


DERIVED_UPDATES = (
    # rcp:involves for every sub-property the page graphs assert
    """PREFIX rcp: <https://w3id.org/rcpkg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
INSERT { GRAPH <%(derived)s> { ?event rcp:involves ?agent } }
WHERE { GRAPH <%(ontology)s> { ?p rdfs:subPropertyOf+ rcp:involves }
        GRAPH ?g { ?event ?p ?agent } }""",
    # schema:subEvent back from every schema:superEvent
    """PREFIX schema: <https://schema.org/>
INSERT { GRAPH <%(derived)s> { ?series schema:subEvent ?event } }
WHERE { GRAPH ?g { ?event schema:superEvent ?series } }""",
)


def compute_derived(store) -> None:
    import pyoxigraph as ox

    store.remove_graph(ox.NamedNode(str(iris.DERIVED_GRAPH)))
    store.add_graph(ox.NamedNode(str(iris.DERIVED_GRAPH)))
    names = {"derived": str(iris.DERIVED_GRAPH), "ontology": str(iris.ONTOLOGY_GRAPH)}
    for update in DERIVED_UPDATES:
        store.update(update % names)


def build(
    sources_dir: Path | None = None,
    store_path: Path | str = Path(".rcpkg/store"),
    *,
    reference_dir: Path | None = None,
    progress: Progress | None = None,
    full: bool = False,
    validate: bool = True,
    explorer: bool = True,
) -> BuildReport:
    """Build (or incrementally rebuild) the store from the source pages and reference data.

    Raises NonConformance (store untouched) when the new graph violates the shapes,
    StoreError when another build holds the store.
    """
    import pyoxigraph as ox

    from rcpkg.loaders.pages import list_pages, load_metadata
    from rcpkg.oxi import ToOxigraph

    sources_dir = Path(sources_dir) if sources_dir else resources.bundled_sources_dir()
    reference_dir = Path(reference_dir) if reference_dir else resources.reference_dir()
    store_path = Path(store_path)
    if not sources_dir.is_dir():
        raise LoaderError("the sources folder does not exist", path=str(sources_dir))
    report = BuildReport(store=str(store_path), sources=str(sources_dir))
    timer = _Timer(report)
    tick = progress or (lambda stage, done, total: None)

    with build_lock(store_path):
        clean_stale(store_path)
        start = time.perf_counter()
        with timer("reference"):
            reference, ref_graph, ontology = reference_graphs(reference_dir)
        fp = fingerprint(reference_dir)
        previous = None if full else _read_manifest(store_path)
        incremental = bool(previous and previous.get("fingerprint") == fp and store_path.is_dir())
        report.incremental = incremental
        old_pages: dict[str, dict] = (previous or {}).get("pages", {}) if incremental else {}

        metadata = load_metadata(sources_dir)
        files = list_pages(sources_dir)
        processor = PageProcessor(reference)
        new_graphs: dict[str, Graph] = {}
        keep_graphs: set[str] = set()
        for i, path in enumerate(files):
            tick("pages", i, len(files))
            rel = path.name
            meta = metadata.get(rel)
            page_report = PageReport(file=rel, sha256=_sha256(path), meta=repr(meta))
            old = old_pages.get(rel)
            if old and old.get("sha256") == page_report.sha256 and old.get("meta") == page_report.meta and not old.get("error"):
                reused = PageReport(**{k: v for k, v in old.items() if k in PageReport.__dataclass_fields__})
                reused.reused = True
                report.pages.append(reused)
                keep_graphs.add(reused.graph)
                continue
            graph = processor.process(path, meta, page_report, timer)
            report.pages.append(page_report)
            if graph is not None:
                if page_report.graph in new_graphs or page_report.graph in keep_graphs:
                    page_report.error = f"another page has the same URL {page_report.url}; skipped"
                    continue
                new_graphs[page_report.graph] = graph
        tick("pages", len(files), len(files))

        if validate:
            with timer("validate"):
                from rcpkg.validate import format_report, validate_graph

                data = Graph()
                for g in new_graphs.values():
                    data += g
                # The reference data is always part of it: the changed pages' links point into it.
                data += ref_graph
                result = validate_graph(data, ontology=ontology)
                report.conforms = result.conforms
                if not result.conforms:
                    report.validation = format_report(result)
                    raise NonConformance(
                        "the built graph does not conform to the shapes; the store was not changed\n"
                        + report.validation
                    )

        staging = staging_dir(store_path)
        try:
            with timer("load"):
                if incremental and keep_graphs:
                    ox.Store.read_only(str(store_path)).backup(str(staging))
                    store = ox.Store(str(staging))
                    current = {g.value for g in store.named_graphs()}
                    ours_now = keep_graphs | {str(iris.REFERENCE_GRAPH), str(iris.ONTOLOGY_GRAPH)}
                    for name in current:
                        if name.startswith(iris.SOURCE_GRAPH_PREFIX) and name not in ours_now:
                            store.remove_graph(ox.NamedNode(name))
                    for name in (iris.REFERENCE_GRAPH, iris.ONTOLOGY_GRAPH):
                        store.remove_graph(ox.NamedNode(str(name)))
                else:
                    store = ox.Store(str(staging))
                conv = ToOxigraph()

                def all_quads():
                    yield from conv.quads(ontology, iris.ONTOLOGY_GRAPH)
                    yield from conv.quads(ref_graph, iris.REFERENCE_GRAPH)
                    for name, g in new_graphs.items():
                        yield from conv.quads(g, URIRef(name))

                store.bulk_extend(all_quads())
            with timer("derived"):
                compute_derived(store)
            store.flush()
            report.graphs = sum(1 for _ in store.named_graphs())
            report.triples = len(store)
            report.events = sum(p.events for p in report.pages if not p.error)
            manifest = {
                "version": MANIFEST_VERSION,
                "fingerprint": fp,
                "rcpkg": __version__,
                "sources": str(sources_dir),
                "pages": {p.file: asdict(p) for p in report.pages},
            }
            del store
            (staging / MANIFEST).write_text(json.dumps(manifest, indent=1, ensure_ascii=False), encoding="utf-8")
            with timer("swap"):
                swap_in(staging, store_path)
        except BaseException:
            import shutil

            shutil.rmtree(staging, ignore_errors=True)
            raise
        report.timings["total"] = time.perf_counter() - start

    if explorer:
        report.explorer_pages = _write_explorer(store_path, report)
    return report


def _write_explorer(store_path: Path, report: BuildReport) -> list[str]:
    """The default explorer pages next to the store (a failure here never fails the build)."""
    try:
        from rcpkg.viz.explorer import write_default_pages
    except ImportError:
        return []
    out_dir = store_path.parent / "explorer"
    try:
        return [str(p) for p in write_default_pages(store_path, out_dir)]
    except Exception as exc:  # noqa: BLE001 - reported, the store is already complete
        report.notes.append(f"the explorer pages were not written: {exc}")
        return []
