"""`rcpkg build`: sources and reference data -> validated graph -> store, atomically.

Stages (each timed in `BuildReport.timings`):
  read+parse   read every page and parse its layout into event records (pure after I/O)
  extract      institutions, roles and themes with their evidence sentences
  triples      records -> rdflib triples, one named graph per page
  reference    curated reference data and the ontology as graphs
  load         streamed into a new pyoxigraph store beside the old one
  derived      super-properties, inverses and series labels by SPARQL Update on the new store
  validate     the SHACL shapes, compiled to SPARQL (rcpkg.shacl_sparql), on the pages as
               they load, batch by batch in an in-memory Oxigraph store with the
               reference data and the ontology; an incremental build checks only the
               pages it re-reads
  quality      the data-quality queries (`queries/*-violation.rq`) on the same batches,
               each row counted for the page that states it (reused pages keep theirs)
  swap         the new store replaces the old one with two renames

Incremental: the store keeps a manifest of each page's file hash (and size and
modification time, so that unchanged pages need not be read again). When the
reference data, ontology, shapes and loader code are unchanged, pages whose
bytes and metadata are unchanged keep their named graph from the previous store
(a hard-link backup of it); only changed pages are re-read, re-extracted and
re-validated (see docs/design.md, "How rcpkg build spends its time and memory").
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator

from rdflib import RDF, Graph, URIRef

from rcpkg import __version__, iris, resources
from rcpkg.errors import LoaderError, NonConformance, PagesNotLoaded
from rcpkg.namespaces import RCP

RCP_NS = str(RCP)
from rcpkg.store import build_lock, clean_stale, staging_dir, swap_in

MANIFEST = "rcpkg-manifest.json"
MANIFEST_VERSION = 2  # 2: pages keep their event descriptions' identity records

Progress = Callable[[str, int, "int | None"], None]  # (stage, done, total; None while unknown)


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
    meta: str = ""  # what of the page's metadata its graph depends on (a change forces a rebuild of the page)
    stat: list[int] | None = None  # [size, mtime_ns] when hashed, if last written over RACY_NS before
    quality: dict[str, int] = field(default_factory=dict)  # rows of each *-violation query about this page
    identities: list[list] = field(default_factory=list)  # each event description's identity record (loaders.identity)
    # names in an institution's slot (coordinating field, role phrase): "known" / "uncurated" / "warned" -> count
    slots: dict[str, int] = field(default_factory=dict)
    uncurated: list[str] = field(default_factory=list)  # keys of the extracted (not yet curated) institutions


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
    site: str | None = None  # the folder of the research site, when written
    notes: list[str] = field(default_factory=list)
    descriptions: int = 0  # event descriptions read (an event described by two pages counts twice)
    merged: list[dict] = field(default_factory=list)  # events described by several pages: title, pages
    apart: list[dict] = field(default_factory=list)  # same title and place, kept apart: title, page, line, why
    quality: dict[str, int] = field(default_factory=dict)  # *-violation query -> rows found
    # extracted institutions, not yet curated (`rcpkg review`): key -> the pages that name them
    uncurated: dict[str, list[str]] = field(default_factory=dict)

    @property
    def failed_pages(self) -> list[PageReport]:
        return [p for p in self.pages if p.error]

    def to_json(self) -> str:
        # flat copies (as asdict's output, without its deep copy: a tenth of a second at 10k pages)
        data = {**self.__dict__, "pages": [dict(p.__dict__) for p in self.pages]}
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


RACY_NS = 2_000_000_000  # a file written this recently may change again within its mtime's resolution


def _stat_key(path: Path) -> list[int] | None:
    """[size, mtime_ns] of a file last written over two seconds ago, else None.

    Taken before the file is hashed: a later equal stat then means the same bytes (as git
    and rsync judge), and the build need not hash every page to find the changed ones. A
    file written more recently is always hashed."""
    st = path.stat()
    if time.time_ns() - st.st_mtime_ns < RACY_NS:
        return None
    return [st.st_size, st.st_mtime_ns]


def _unchanged(path: Path, old: dict) -> tuple[bool, list[int] | None]:
    """Whether a page's bytes are those of the previous build; and its stat key."""
    key = _stat_key(path)
    if key is not None and old.get("stat") == key:
        return True, key
    return old.get("sha256") == _sha256(path), key


def _meta_key(meta) -> str:
    """What of a page's sources.yaml entry its graph depends on (not the entry's line or note:
    adding an entry above it does not rebuild it)."""
    return "" if meta is None else repr((meta.url, meta.lang, meta.layout, meta.country, meta.published))


def _metadata(sources_dir: Path, previous: dict | None):
    """sources.yaml's entries, and the manifest's record of them.

    Read back from the previous manifest while sources.yaml is byte for byte the same
    (parsing a large sources.yaml is a tenth of a second of a one-page rebuild)."""
    from dataclasses import fields

    from rcpkg.loaders.pages import METADATA_FILE, PageMeta, load_metadata

    path = sources_dir / METADATA_FILE
    digest = _sha256(path) if path.is_file() else None
    recorded = (previous or {}).get("metadata") or {}
    if digest is not None and recorded.get("sha256") == digest:
        try:
            metadata = {name: PageMeta(**entry) for name, entry in recorded["entries"].items()}
            return metadata, recorded
        except (KeyError, TypeError, AttributeError):
            pass  # an older manifest: read the file
    metadata = load_metadata(sources_dir)
    names = [f.name for f in fields(PageMeta)]
    entries = {name: {k: getattr(m, k) for k in names} for name, m in metadata.items()}
    return metadata, {"sha256": digest, "entries": entries}


def code_fingerprint() -> str:
    """What, if changed, invalidates every graph and what a running process holds: the code,
    the ontology and the shapes."""
    h = hashlib.sha256(f"{MANIFEST_VERSION}|{__version__}".encode())
    paths: list[Path] = [resources.ontology_file(), resources.shapes_file()]
    import rcpkg.loaders as loaders_pkg

    loaders_dir = Path(loaders_pkg.__file__).parent
    paths += sorted(loaders_dir.rglob("*.py"))
    import rcpkg.shacl_sparql as compiler

    paths += [Path(__file__), Path(compiler.__file__)]
    for path in paths:
        if path.exists():
            h.update(path.name.encode())
            h.update(path.read_bytes())
    return h.hexdigest()


def fingerprint(reference_dir: Path, code: str | None = None) -> str:
    """What, if changed, invalidates every page's graph: code, ontology, shapes, reference data."""
    h = hashlib.sha256((code or code_fingerprint()).encode())
    for path in sorted(Path(reference_dir).glob("*.y*ml")):
        h.update(path.name.encode())
        h.update(path.read_bytes())
    return h.hexdigest()


_WARM: dict = {}  # what one process keeps from build to build while the fingerprint holds


def _warm(reference_dir: Path, fp: str, code: str):
    """The reference data and the page processor (its compiled name patterns), loaded once per
    fingerprint in a process: a watching build (`rcpkg build --watch`) reuses them."""
    global _COMPILED
    from rcpkg.loaders.reference import load_reference

    if _WARM.get("code") != code:
        _COMPILED = None  # the shapes or the ontology may have changed
    key = (str(Path(reference_dir).resolve()), fp)
    if _WARM.get("key") != key:
        _WARM.clear()
        reference = load_reference(reference_dir)
        _WARM.update(key=key, code=code, reference=reference, processor=None)
    return _WARM["reference"]


def _processor(reference) -> "PageProcessor":
    if _WARM.get("reference") is not reference:
        return PageProcessor(reference)
    if _WARM.get("processor") is None:
        _WARM["processor"] = PageProcessor(reference)
    return _WARM["processor"]


def _link(old: Path, new: Path) -> bool:
    """`old` kept as `new` (a hard link: the file is never written in place); False if it cannot be."""
    try:
        os.link(old, new)
        return True
    except OSError:
        return False


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
        from rcpkg.loaders.themes import ThemeMatcher

        self.reference = reference
        self.gazetteer = Gazetteer.from_reference(reference)
        self.themes = ThemeMatcher.from_reference(reference)
        self._series_owner = _series_owner_from(self.gazetteer)

    def process(self, path: Path, meta, report: PageReport, timer: _Timer,
                identity: dict[int, str] | None = None) -> Graph | None:
        from rcpkg.loaders.extract import extract
        from rcpkg.loaders.layouts import parse_page
        from rcpkg.loaders.pages import read_page
        from rcpkg.loaders.triples import identity_records, page_graph

        try:
            with timer("read+parse"):
                loaded = read_page(path, meta)
                page, warnings = loaded if isinstance(loaded, tuple) else (loaded, [])
                result = parse_page(page)
        except LoaderError as exc:
            report.error = str(exc)
            return None
        except Exception as exc:  # noqa: BLE001 - a parser bug must not stop the other pages
            report.error = f"{path}: could not be parsed ({type(exc).__name__}: {exc}); please report this page"
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
                extraction = extract(page, event, self.gazetteer, self.themes)
                extractions[event.ordinal] = extraction
                report.involvements += len({(i.agent, i.role) for i in extraction.involvements})
                report.themes += len({h.theme for h in extraction.themes})
                report.warnings.extend(str(w) for w in extraction.warnings)
                for what, n in extraction.slots:
                    report.slots[what] = report.slots.get(what, 0) + n
                for inv in extraction.involvements:
                    if inv.extracted is not None and inv.agent not in report.uncurated:
                        report.uncurated.append(inv.agent)
        with timer("triples"):
            graph = page_graph(result, extractions, series_owner=self._series_owner, identity=identity,
                               editions=self.reference.history.edition_keys)
            records = identity_records(page, result.events, identity, result.layout)
            report.identities = [r.to_list() for r in records]
        report.triples = len(graph)
        return graph


def _reconcile_events(report: BuildReport, processor: "PageProcessor", store, writer, sources_dir: Path,
                      metadata: dict, timer: _Timer) -> dict[str, tuple[set[str], tuple]]:
    """Compare every page's event descriptions (`rcpkg.loaders.identity.resolve`) and mint again
    the pages whose descriptions turn out to be another page's event (a listing entry and its own
    dated page), or must stay apart from it. Returns, per page graph minted again, its events now
    and what its old graph held (events, series, places, quad count)."""
    import pyoxigraph as ox

    from rcpkg.loaders.identity import resolve_rows

    res = resolve_rows({p.file: p.identities for p in report.pages if not p.error})
    report.descriptions, report.merged, report.apart = res.descriptions, res.merged, res.apart
    index = {p.file: i for i, p in enumerate(report.pages)}
    redone: dict[str, tuple[set[str], tuple]] = {}
    for file, keys in sorted(res.keys.items()):
        old = report.pages[index[file]]
        graph_name = old.graph
        old_nodes = (*affected_nodes(store, [graph_name]), places_in(store, [graph_name]), _count(store, graph_name))
        fresh = PageReport(file=file, sha256=old.sha256, meta=old.meta, stat=old.stat, quality=old.quality)
        triples = processor.process(sources_dir / file, metadata.get(file), fresh, timer, identity=keys)
        if triples is None:  # unreadable since it was read a moment ago: what was loaded stays
            continue
        store.remove_graph(ox.NamedNode(graph_name))
        writer.add(triples, URIRef(graph_name))
        writer.flush()
        report.pages[index[file]] = fresh
        events = {str(s) for s, p, o in triples if p == RDF.type and o == RCP.Event}
        redone[graph_name] = (events, old_nodes)
    return redone


def _series_owner_from(gazetteer) -> Callable[[object], list[str]]:
    """The processes or bodies a numbered series belongs to: the institutions its name names."""

    def owner(edition) -> list[str]:
        found: list[str] = []
        for label in (edition.series_label_en, edition.series_label_es):
            for mention in gazetteer.find(label or ""):
                if not mention.entity_id.startswith("@") and mention.kind != "country" and mention.entity_id not in found:
                    found.append(mention.entity_id)
            if found:
                break
        return found

    return owner


def reference_graphs(reference_dir: Path):
    """The reference data (with its countries) and the ontology, as rdflib graphs."""
    from rcpkg.loaders.reference import load_reference

    reference = load_reference(reference_dir)
    return (reference, *_graphs_of(reference))


def _graphs_of(reference):
    """The reference data's graph (with its countries) and the ontology's."""
    from rcpkg.loaders.triples import add_country

    ref_graph = reference.graph()
    for iso2 in sorted(getattr(reference, "countries", ()) or ()):
        add_country(ref_graph, iso2)
    ontology = Graph()
    try:
        ontology.parse(resources.ontology_file(), format="turtle")
    except Exception as exc:  # a broken ontology file is the project's bug, reported plainly
        raise LoaderError(f"cannot parse the ontology: {exc}", path=str(resources.ontology_file())) from exc
    return ref_graph, ontology


DERIVED_UPDATES = (
    # rcp:involves for every sub-property the page graphs assert
    """PREFIX rcp: <https://w3id.org/rcpkg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
INSERT { GRAPH <%(derived)s> { ?event rcp:involves ?agent } }
WHERE { %(events)s GRAPH <%(ontology)s> { ?p rdfs:subPropertyOf+ rcp:involves }
        GRAPH ?g { ?event ?p ?agent } }""",
    # one rdfs:label per language for each series: the shortest of the names pages give it
    """PREFIX rcp: <https://w3id.org/rcpkg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
INSERT { GRAPH <%(derived)s> { ?series rdfs:label ?label } }
WHERE {
  { SELECT ?series ?lang (MIN(?len) AS ?shortest) WHERE { %(series)s
      GRAPH ?g { ?series a rcp:EventSeries ; skos:altLabel ?alt }
      BIND(LANG(?alt) AS ?lang) BIND(STRLEN(STR(?alt)) AS ?len) } GROUP BY ?series ?lang }
  { SELECT ?series ?lang ?len (MIN(STR(?alt)) AS ?text) WHERE { %(series)s
      GRAPH ?g { ?series a rcp:EventSeries ; skos:altLabel ?alt }
      BIND(LANG(?alt) AS ?lang) BIND(STRLEN(STR(?alt)) AS ?len) } GROUP BY ?series ?lang ?len }
  FILTER(?len = ?shortest)
  BIND(STRLANG(?text, ?lang) AS ?label)
}""",
    # schema:subEvent back from every schema:superEvent
    """PREFIX schema: <https://schema.org/>
INSERT { GRAPH <%(derived)s> { ?series schema:subEvent ?event } }
WHERE { %(series)s GRAPH ?g { ?event schema:superEvent ?series } }""",
)

# What the derived triples of some events and series are, to delete before recomputing them.
DERIVED_DELETES = (
    """PREFIX rcp: <https://w3id.org/rcpkg/ontology#>
DELETE { GRAPH <%(derived)s> { ?event rcp:involves ?agent } }
WHERE { %(events)s GRAPH <%(derived)s> { ?event rcp:involves ?agent } }""",
    """PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX schema: <https://schema.org/>
DELETE { GRAPH <%(derived)s> { ?series ?p ?o } }
WHERE { %(series)s GRAPH <%(derived)s> { ?series ?p ?o } VALUES ?p { rdfs:label schema:subEvent } }""",
)

# An extracted institution's display names: the longest of the names its pages give it, per
# language (skos:altLabel in the page graphs), as rdfs:label and skos:prefLabel.
EXTRACTED_LABELS = (
    """PREFIX rcp: <https://w3id.org/rcpkg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
DELETE { GRAPH <%(derived)s> { ?x ?p ?o } }
WHERE { GRAPH <%(derived)s> { ?x ?p ?o } VALUES ?p { rdfs:label skos:prefLabel }
        FILTER(STRSTARTS(STR(?x), "%(extracted)s")) }""",
    """PREFIX rcp: <https://w3id.org/rcpkg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
INSERT { GRAPH <%(derived)s> { ?x rdfs:label ?label ; skos:prefLabel ?label } }
WHERE {
  { SELECT ?x ?lang (MAX(?key) AS ?best) WHERE {
      GRAPH ?g { ?x a rcp:ExtractedInstitution ; skos:altLabel ?alt }
      BIND(LANG(?alt) AS ?lang)
      BIND(CONCAT(SUBSTR(STR(10000 + STRLEN(STR(?alt))), 2), STR(?alt)) AS ?key) } GROUP BY ?x ?lang }
  BIND(STRLANG(SUBSTR(?best, 5), ?lang) AS ?label)
}""",
)

AFFECTED = """PREFIX rcp: <https://w3id.org/rcpkg/ontology#>
PREFIX schema: <https://schema.org/>
SELECT DISTINCT ?node ?kind WHERE {
  VALUES ?g { %s }
  GRAPH ?g { { ?node a rcp:Event BIND("event" AS ?kind) } UNION { ?node a rcp:EventSeries BIND("series" AS ?kind) } }
}"""


def affected_nodes(store, graphs: list[str]) -> tuple[set[str], set[str]]:
    """The events and series that `graphs` state something about (their derived triples depend on them)."""
    events: set[str] = set()
    series: set[str] = set()
    if not graphs:
        return events, series
    for row in store.query(AFFECTED % " ".join(f"<{g}>" for g in graphs)):
        (events if row["kind"].value == "event" else series).add(row["node"].value)
    return events, series


_COMPILED = None
_UNREADABLE: set[str] = set()  # shapes caches that could not be read: never kept by a link
SHAPES_CACHE = "rcpkg-shapes.json"  # the compiled shapes, kept in the store (valid while its fingerprint is)
BASE_CACHE = "rcpkg-base.nq"  # the ontology and reference graphs as N-Quads: each validation batch starts from them


def compiled_shapes(cache: Path | None = None):
    """The shapes compiled to SPARQL (once per process; from `cache` when given and readable)."""
    global _COMPILED
    from rcpkg.shacl_sparql import CompiledShapes, compile_shapes

    if _COMPILED is None and cache is not None:
        try:
            _COMPILED = CompiledShapes.from_json(cache.read_text(encoding="utf-8"))
        except (OSError, ValueError, KeyError, TypeError):
            _UNREADABLE.add(str(cache))  # compiled again below, and the cache written anew
    if _COMPILED is None:
        _COMPILED = compile_shapes(Graph().parse(resources.shapes_file(), format="turtle"),
                                   ontology=Graph().parse(resources.ontology_file(), format="turtle"))
    return _COMPILED


def check_shapes(store, *, focus_nodes: list[str] | None = None):
    """Run the shapes, compiled to SPARQL, on a store (see rcpkg.shacl_sparql)."""
    from rcpkg.shacl_sparql import run_checks

    return run_checks(compiled_shapes(), store, focus_nodes=focus_nodes)


DESCRIBED = """PREFIX rcp: <https://w3id.org/rcpkg/ontology#>
PREFIX schema: <https://schema.org/>
SELECT DISTINCT ?node WHERE {
  VALUES ?g { %s }
  GRAPH ?g { { ?node a rcp:Event } UNION { ?node a rcp:EventSeries }
             UNION { ?node a schema:Place FILTER(STRSTARTS(STR(?node), "%s")) } }
}"""

# Nodes minted from what they are about (not from the page): two pages can state things about
# the same one. An event's sections, objectives, involvements and subjects go with the event.
_PARTS = """SELECT DISTINCT ?node WHERE {
  VALUES ?of { %s }
  { ?of ?p ?node } UNION { ?node ?p ?of }
  FILTER(isIRI(?node) && (STRSTARTS(STR(?node), STR(?of)) || STRSTARTS(STR(?node), "%s")
                          || STRSTARTS(STR(?node), "%s")))
}"""


def focus_with_parts(store, nodes: set[str], batch: int = 500) -> set[str]:
    """`nodes` (events, series, venues) with the nodes that belong to the events: their
    sections, objectives, involvements and subjects, whose IRIs derive from the event's."""
    out = set(nodes)
    ordered = sorted(nodes)
    for i in range(0, len(ordered), batch):
        values = " ".join(f"<{n}>" for n in ordered[i:i + batch])
        query = _PARTS % (values, f"{iris.ID}involvement/", f"{iris.ID}subject/")
        out.update(row["node"].value for row in store.query(query, use_default_graph_as_union=True))
    return out


def _described_elsewhere(store, node: str, graphs: set[str]) -> bool:
    """Whether a page graph other than `graphs` types `node` (the derived graph aside)."""
    import pyoxigraph as ox

    rdf_type = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
    return any(isinstance(q.graph_name, ox.NamedNode) and q.graph_name.value not in graphs
               and q.graph_name.value.startswith(iris.SOURCE_GRAPH_PREFIX)
               for q in store.quads_for_pattern(ox.NamedNode(node), rdf_type, None, None))


def _count(store, graph: str) -> int:
    """The number of quads in one named graph."""
    query = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <%s> { ?s ?p ?o } }" % graph
    return int(next(iter(store.query(query)))["n"].value)


PLACES_USED = """PREFIX schema: <https://schema.org/>
PREFIX rcp: <https://w3id.org/rcpkg/ontology#>
SELECT DISTINCT ?place WHERE {
  VALUES ?p { schema:location schema:containedInPlace rcp:country rcp:concernsCountry }
  GRAPH ?g { ?s ?p ?place }
  FILTER(ISIRI(?place) && STRSTARTS(STR(?place), "%s"))
}""" % (iris.ID + "place/")

PLACE_PREFIX = iris.ID + "place/"
_PLACE_LINKS = ("https://schema.org/location", "https://schema.org/containedInPlace",
                "https://w3id.org/rcpkg/ontology#country", "https://w3id.org/rcpkg/ontology#concernsCountry")


def places_in(store, graphs: list[str]) -> set[str]:
    """The city and country IRIs that `graphs` link to."""
    import pyoxigraph as ox

    found: set[str] = set()
    for graph in graphs:
        for link in _PLACE_LINKS:
            for q in store.quads_for_pattern(None, ox.NamedNode(link), None, ox.NamedNode(graph)):
                if isinstance(q.object, ox.NamedNode) and q.object.value.startswith(PLACE_PREFIX):
                    found.add(q.object.value)
    return found


def place_statements(places: set[str], stated: set[str] = frozenset()):
    """The triples stating each place: labels, codes, GeoNames link, a city's country (with it);
    nothing about the nodes in `stated` (the countries the reference data already states)."""
    from rcpkg.loaders.triples import Triples, add_city, add_country

    out = Triples()
    for iri in sorted(places):
        kind, _, key = iri[len(PLACE_PREFIX):].partition("/")
        try:
            if kind == "city":
                add_city(out, int(key))
            elif kind == "country":
                add_country(out, key)
        except (KeyError, ValueError):
            continue  # not a GeoNames city or ISO country: the shapes report the dangling link
    return [t for t in out if str(t[0]) not in stated] if stated else out


def place_triples(store, only: set[str] | None = None) -> None:
    """The city and country nodes every page links to, stated once in the derived graph.

    Pages only link to `id:place/city/<geonameid>` and `id:place/country/<ISO2>`; the
    nodes' labels, codes, GeoNames links and containment come from GeoNames and
    pycountry here. Stating them in each page's graph would repeat them in every page
    (a union-graph query then meets each label once per page).

    With `only` (an incremental build: the places the changed pages link to, before
    and after the change), only those places and their countries are stated again,
    and dropped when nothing links to them any more."""
    import pyoxigraph as ox

    from rcpkg.oxi import ToOxigraph

    derived = ox.NamedNode(str(iris.DERIVED_GRAPH))
    if only is None:
        used = {row["place"].value for row in store.query(PLACES_USED)}
    else:
        candidates = set(only)
        candidates |= {str(t[2]) for t in place_statements({p for p in only if "/city/" in p})
                       if str(t[1]) == "https://schema.org/containedInPlace"}
        for node in candidates:
            for q in list(store.quads_for_pattern(ox.NamedNode(node), None, None, derived)):
                store.remove(q)
        used = set()
        for node in candidates:
            linked = (q for link in _PLACE_LINKS
                      for q in store.quads_for_pattern(None, ox.NamedNode(link), ox.NamedNode(node), None))
            if any(q.graph_name != derived or q.predicate.value == _PLACE_LINKS[1] for q in linked):
                used.add(node)  # linked from a page, or the country of a city still stated
    # countries the reference data already states (governments' countries) are not repeated
    in_reference = {q.subject.value for q in store.quads_for_pattern(
        None, ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
        ox.NamedNode("https://w3id.org/rcpkg/ontology#Country"), ox.NamedNode(str(iris.REFERENCE_GRAPH)))}
    places = place_statements(used, in_reference)
    store.extend(ToOxigraph().quads(places, iris.DERIVED_GRAPH))


def compute_derived(store, *, only: tuple[set[str], set[str], set[str]] | None = None) -> None:
    """The derived graph: of the whole store, or (`only`) of some events, series and places."""
    import pyoxigraph as ox

    names = {"derived": str(iris.DERIVED_GRAPH), "ontology": str(iris.ONTOLOGY_GRAPH), "events": "", "series": "",
             "extracted": iris.EXTRACTED_PREFIX}
    if only is None:
        store.remove_graph(ox.NamedNode(str(iris.DERIVED_GRAPH)))
        store.add_graph(ox.NamedNode(str(iris.DERIVED_GRAPH)))
        place_triples(store)
    else:
        events, series, places = only
        place_triples(store, places)
    for update in EXTRACTED_LABELS:  # few nodes: always recomputed whole, whatever changed
        store.update(update % names)
    if only is not None:
        if not events and not series:
            return
        names["events"] = "VALUES ?event { %s }" % " ".join(f"<{e}>" for e in sorted(events))
        names["series"] = "VALUES ?series { %s }" % " ".join(f"<{x}>" for x in sorted(series))
        for delete in DERIVED_DELETES:
            store.update(delete % names)
    for update in DERIVED_UPDATES:
        store.update(update % names)


PARALLEL_MIN_PAGES = 8  # below this, starting worker processes costs more than it saves
CHUNK_BYTES = 512 * 1024  # source bytes per chunk of pages (about 100k quads): one validation batch
_WORKER: "PageProcessor | None" = None
_VALIDATION_BASE: bytes | None = None  # ontology and reference graphs (N-Quads), when the chunks are validated


def _worker_init() -> None:
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C and cleans up
    try:  # Linux: die with the parent, so a killed build leaves no worker behind
        import ctypes

        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


@dataclass
class _ChunkResult:
    pages: list[tuple[PageReport, str | None]]  # each page's report and N-Quads text (None: not loaded)
    timings: dict[str, float]
    violations: list = field(default_factory=list)
    quality: dict[str, dict[str, int]] = field(default_factory=dict)  # page graph -> query -> rows
    nodes: set[str] = field(default_factory=set)  # the events, series and venues the chunk's pages describe


def _work(chunk: list[tuple[str, object, str]]) -> _ChunkResult:
    """Process a chunk of pages (in a worker forked with the PageProcessor built), then check
    the shapes and the data-quality queries on the chunk as one validation batch."""
    from rcpkg.nquads import lines

    report = BuildReport(store="", sources="")
    timer = _Timer(report)
    pages = []
    for path, meta, meta_repr in chunk:
        stat = _stat_key(Path(path))  # before the bytes are read
        page_report = PageReport(file=Path(path).name, sha256=_sha256(Path(path)), meta=meta_repr, stat=stat)
        triples = _WORKER.process(Path(path), meta, page_report, timer)
        text = None
        if triples is not None:
            with timer("serialize"):
                text = lines(triples, URIRef(page_report.graph))
        pages.append((page_report, text))
    result = _ChunkResult(pages, report.timings)
    if _VALIDATION_BASE is not None and any(text for _, text in pages):
        with timer("validate"):
            validator = _BatchValidator(_VALIDATION_BASE)
            for page_report, text in pages:
                if text:
                    validator.add(text, page_report.graph)
            validator.check()
        result.violations, result.quality = validator.violations, validator.quality
        result.nodes = validator.described()
    return result


def _chunks(tasks: list[tuple[str, object, str]]) -> list[list[tuple[str, object, str]]]:
    """Consecutive pages grouped into chunks of about CHUNK_BYTES of source text."""
    chunks: list[list] = []
    size = CHUNK_BYTES
    for task in tasks:
        if size >= CHUNK_BYTES:
            chunks.append([])
            size = 0
        chunks[-1].append(task)
        try:
            size += os.path.getsize(task[0])
        except OSError:
            size += 1
    return chunks


def _processed_chunks(processor: "PageProcessor", tasks: list[tuple[str, object, str]], base: bytes | None,
                      jobs: int) -> Iterator[_ChunkResult]:
    """Yield each chunk's result, in order; on `jobs` processes when worth it.

    At most `jobs + 1` chunks are in flight, so the workers never run far ahead of the
    loading: finished pages do not pile up in memory."""
    global _WORKER, _VALIDATION_BASE
    _WORKER, _VALIDATION_BASE = processor, base
    chunks = _chunks(tasks)
    if jobs <= 1 or len(tasks) < PARALLEL_MIN_PAGES:
        for chunk in chunks:
            yield _work(chunk)
        return
    import multiprocessing
    from collections import deque
    from concurrent.futures import ProcessPoolExecutor

    from rcpkg.loaders.places import preload

    preload()  # once here rather than once in each worker
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(max_workers=jobs, mp_context=context, initializer=_worker_init) as pool:
        try:
            pending: deque = deque()
            for chunk in chunks:
                pending.append(pool.submit(_work, chunk))
                if len(pending) > jobs:
                    yield pending.popleft().result()
            while pending:
                yield pending.popleft().result()
        except BaseException:
            pool.shutdown(wait=False, cancel_futures=True)
            raise


class _QuadWriter:
    """Streams rdflib triples and N-Quads text into a pyoxigraph store in batches.

    Oxigraph's bulk loader holds a whole call's quads (up to a million per thread) in
    memory: batches of about 150k quads keep it to a few hundred megabytes."""

    BATCH = 150_000
    TEXT_BATCH = 32 * 1024 * 1024  # characters of N-Quads per bulk load
    SMALL = 1024 * 1024  # below this, loaded in a transaction (a bulk load writes new files to disk)

    def __init__(self, store) -> None:
        from rcpkg.oxi import ToOxigraph

        self.store = store
        self.conv = ToOxigraph()
        self.buffer: list = []
        self.text: list[str] = []
        self.text_size = 0
        self.loaded = 0  # characters of N-Quads bulk-loaded so far (each bulk load adds files to merge)

    def add(self, triples, graph_name: URIRef) -> None:
        self.buffer.extend(self.conv.quads(triples, graph_name))
        if len(self.buffer) >= self.BATCH:
            self.flush()

    def add_text(self, nquads: str) -> None:
        self.text.append(nquads)
        self.text_size += len(nquads)
        if self.text_size >= self.TEXT_BATCH:
            self.flush()

    def flush(self) -> None:
        import pyoxigraph as ox

        if self.buffer:
            self.store.bulk_extend(self.buffer)
            self.buffer = []
        if self.text:
            data = "".join(self.text).encode("utf-8")
            size, self.text, self.text_size = self.text_size, [], 0
            if size < self.SMALL:  # a few pages: written in one transaction, ten times faster
                self.store.load(data, format=ox.RdfFormat.N_QUADS)
            else:
                self.loaded += size
                self.store.bulk_load(data, format=ox.RdfFormat.N_QUADS)


def _quality_queries() -> list:
    from rcpkg.queries.catalogue import load_catalogue

    return [q for _, q in sorted(load_catalogue().items()) if q.is_violation]


class _BatchValidator:
    """Checks the shapes on a batch of pages in an in-memory store.

    The store holds the ontology and the reference data (`base`) and the batch's
    named graphs; the derived triples are computed for it, then the compiled checks
    and the data-quality queries run on the whole in-memory store. Each chunk of pages
    is one batch, so memory stays bounded whatever the corpus size, and Oxigraph
    answers several times faster in memory than on disk. A node shared by pages of
    different batches (one event on two pages) is checked with each page's statements
    about it."""

    def __init__(self, base: bytes) -> None:
        import pyoxigraph as ox

        self.store = ox.Store()
        self.store.bulk_load(base, format=ox.RdfFormat.N_QUADS)
        self.pending: list[str] = []
        self.graphs: list[str] = []
        self.violations: list = []
        self.quality: dict[str, dict[str, int]] = {}  # page graph -> query -> rows

    def add(self, text: str, graph: str) -> None:
        self.pending.append(text)
        self.graphs.append(graph)

    def check(self) -> None:
        import pyoxigraph as ox

        if self.pending:
            self.store.bulk_load("".join(self.pending).encode("utf-8"), format=ox.RdfFormat.N_QUADS)
        compute_derived(self.store)
        self.violations = check_shapes(self.store)
        self._quality()

    def described(self) -> set[str]:
        """The events, series and venues this batch's pages describe (other pages may describe them too)."""
        if not self.graphs:
            return set()
        return {row["node"].value for row in self.store.query(
            DESCRIBED % (" ".join(f"<{g}>" for g in self.graphs), f"{iris.ID}place/venue/"))}

    def _quality(self) -> None:
        """Run the data-quality queries on the batch; count each row for the page graph
        that states the row's first node."""
        import pyoxigraph as ox

        batch = set(self.graphs)
        for query in _quality_queries():
            result = query.run(store=self.store)
            if not result.vars:
                continue
            for row in result.rows:
                node = row.get(result.vars[0])
                if not isinstance(node, URIRef):
                    continue
                graphs = {q.graph_name.value for q in self.store.quads_for_pattern(ox.NamedNode(str(node)), None, None, None)
                          if isinstance(q.graph_name, ox.NamedNode)} & batch
                if graphs:
                    counts = self.quality.setdefault(min(graphs), {})
                    counts[query.name] = counts.get(query.name, 0) + 1


def build(
    sources_dir: Path | None = None,
    store_path: Path | str = Path(".rcpkg/store"),
    *,
    reference_dir: Path | None = None,
    progress: Progress | None = None,
    full: bool = False,
    validate: bool = True,
    explorer: bool = True,
    site: bool | None = None,
    jobs: int | None = None,
    strict: bool = False,
) -> BuildReport:
    """Build (or incrementally rebuild) the store from the source pages and reference data.

    Raises NonConformance (store untouched) when the new graph violates the shapes,
    StoreError when another build holds the store, LoaderError for a missing
    sources folder or broken reference data. A page that cannot be read is
    reported in the BuildReport and the other pages still load.
    """
    import shutil

    import pyoxigraph as ox

    from rcpkg.loaders.pages import list_pages

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
        with timer("plan"):
            code = code_fingerprint()
            fp = fingerprint(reference_dir, code)
        with timer("reference"):
            reference = _warm(reference_dir, fp, code)
        with timer("plan"):  # what changed since the previous build
            previous = None if full else _read_manifest(store_path)
            incremental = bool(previous and previous.get("fingerprint") == fp and store_path.is_dir())
            report.incremental = incremental
            old_pages: dict[str, dict] = (previous or {}).get("pages", {}) if incremental else {}
            metadata, metadata_record = _metadata(sources_dir, previous if incremental else None)
            files = list_pages(sources_dir)
            reusable: set[str] = set()
            stats: dict[str, list[int] | None] = {}
            for path in files:
                old = old_pages.get(path.name)
                if not old or old.get("error") or old.get("meta") != _meta_key(metadata.get(path.name)):
                    continue
                same, stats[path.name] = _unchanged(path, old)
                if same:
                    reusable.add(path.name)

        staging = staging_dir(store_path)
        try:
            # Start from the previous store (a cheap hard-link backup) when pages can be reused.
            base_graphs = (str(iris.ONTOLOGY_GRAPH), str(iris.REFERENCE_GRAPH))
            if incremental and reusable and isinstance(previous.get("triples"), int):
                with timer("prepare"):  # the previous store copied, changed pages' graphs dropped
                    ox.Store.read_only(str(store_path)).backup(str(staging))
                    store = ox.Store(str(staging))
                    # The ontology and the reference data are those of the previous build (the
                    # fingerprint says so): kept, with the reused pages and the derived graph.
                    keep = {old_pages[name]["graph"] for name in reusable} | {str(iris.DERIVED_GRAPH), *base_graphs}
                    # the previous build's graphs no reused page keeps (its manifest names them all:
                    # listing a large store's graphs takes longer)
                    dropped = sorted({p["graph"] for p in old_pages.values() if p.get("graph")} - keep)
                    dropped_pages = [g for g in dropped if g.startswith(iris.SOURCE_GRAPH_PREFIX)]
                    affected = (*affected_nodes(store, dropped_pages), places_in(store, dropped_pages))
                    triples = previous["triples"] - _count(store, str(iris.DERIVED_GRAPH))
                    for g in dropped:
                        triples -= _count(store, g)
                        store.remove_graph(ox.NamedNode(g))
                writer = _QuadWriter(store)
                base = None
                if validate:
                    with timer("validate"):
                        try:
                            base = (store_path / BASE_CACHE).read_bytes()
                        except OSError:  # a store written without it: the same quads from the store
                            base = ox.serialize([q for name in base_graphs for q in store.quads_for_pattern(
                                None, None, None, ox.NamedNode(name))], format=ox.RdfFormat.N_QUADS)
                        compiled_shapes(store_path / SHAPES_CACHE)
            else:
                reusable = set()
                triples = None
                store = ox.Store(str(staging))
                writer = _QuadWriter(store)
                with timer("reference"):
                    ref_graph, ontology = _graphs_of(reference)
                with timer("load"):
                    writer.add(ontology, iris.ONTOLOGY_GRAPH)
                    writer.add(ref_graph, iris.REFERENCE_GRAPH)
                base = None
                if validate:
                    with timer("validate"):
                        quads = list(writer.conv.quads(ontology, iris.ONTOLOGY_GRAPH))
                        quads += writer.conv.quads(ref_graph, iris.REFERENCE_GRAPH)
                        base = ox.serialize(quads, format=ox.RdfFormat.N_QUADS)
                        compiled_shapes()

            processor = _processor(reference)
            graphs_seen: set[str] = {old_pages[name]["graph"] for name in reusable}
            changed: list[str] = []
            tasks = []
            for path in files:
                meta = metadata.get(path.name)
                if path.name in reusable:
                    old = old_pages[path.name]
                    page_report = PageReport(**{k: v for k, v in old.items() if k in PageReport.__dataclass_fields__})
                    page_report.reused = True
                    page_report.stat = stats.get(path.name)
                    report.pages.append(page_report)
                    continue
                # Two pages with one URL would share a named graph: the first one (in file order) is loaded.
                url = meta.url if meta is not None else path.resolve().as_uri()
                graph = str(iris.source_graph(url))
                if graph in graphs_seen:
                    report.pages.append(PageReport(
                        file=path.name, url=url, sha256=_sha256(path), meta=_meta_key(meta),
                        error=f"{path.name}: another page has the same URL {url}; not loaded"))
                    continue
                graphs_seen.add(graph)
                tasks.append((str(path), meta, _meta_key(meta)))
            jobs = jobs if jobs is not None else min(2, os.cpu_count() or 1)
            base_nquads = base
            checking = validate and (not reusable or bool(tasks))
            if not checking:
                base = None
            violations: dict[tuple, object] = {}
            quality: dict[str, dict[str, int]] = {}
            described: dict[str, int] = {}  # event, series or venue -> the first chunk describing it
            shared: set[str] = set()  # described by pages of several chunks (or by a reused page)
            done = 0
            for i, chunk in enumerate(_processed_chunks(processor, tasks, base, jobs)):
                for k, v in chunk.timings.items():  # CPU seconds, summed over the workers
                    report.timings[k] = report.timings.get(k, 0.0) + v
                for v in chunk.violations:
                    violations.setdefault(v.key(), v)
                quality.update(chunk.quality)
                for node in chunk.nodes:
                    if reusable or described.setdefault(node, i) != i:
                        shared.add(node)
                for page_report, text in chunk.pages:
                    tick("pages", done, len(tasks))
                    done += 1
                    report.pages.append(page_report)
                    if text is None:
                        continue
                    changed.append(page_report.graph)
                    with timer("load"):
                        writer.add_text(text)
            tick("pages", len(tasks), len(tasks))
            with timer("load"):
                writer.flush()
            with timer("identity"):  # which descriptions of several pages are one event
                redone = _reconcile_events(report, processor, store, writer, sources_dir, metadata, timer)
            if redone:
                for graph_name, (events, old_graph_nodes) in redone.items():
                    shared |= events
                    if graph_name not in changed:
                        if reusable:  # a reused page minted again: what its old events derived is recomputed
                            affected = tuple(a | b for a, b in zip(affected, old_graph_nodes))
                            triples -= old_graph_nodes[3]
                        changed.append(graph_name)
                checking = validate
            tick("derived", 0, None)
            with timer("derived"):
                if reusable:  # only what the changed pages' events and series derive
                    new_events, new_series = affected_nodes(store, changed)
                    compute_derived(store, only=(affected[0] | new_events, affected[1] | new_series,
                                                 affected[2] | places_in(store, changed)))
                else:
                    compute_derived(store)
            if checking and shared and reusable:  # only nodes that an unchanged page describes too
                shared = {node for node in shared if _described_elsewhere(store, node, set(changed))}
            if checking and shared:
                tick("validate", 0, None)
                # Each chunk was checked alone: a node that pages of several chunks describe is
                # checked again on the whole store, with all its statements together.
                with timer("validate"):
                    for v in check_shapes(store, focus_nodes=sorted(focus_with_parts(store, shared))):
                        violations.setdefault(v.key(), v)
            if checking and not changed:  # no page loaded: the reference data is still checked
                with timer("validate"):
                    validator = _BatchValidator(base)
                    validator.check()
                    for v in validator.violations:
                        violations.setdefault(v.key(), v)
            if violations:
                from rcpkg.shacl_sparql import describe

                report.conforms = False
                report.validation = describe(list(violations.values()), store)
                raise NonConformance(
                    "the built graph does not conform to the shapes; the store was not changed\n"
                    + report.validation
                )
            order = {path.name: i for i, path in enumerate(files)}
            report.pages.sort(key=lambda page: order.get(page.file, len(order)))  # in the folder's order
            if strict and report.failed_pages:
                raise PagesNotLoaded(
                    f"{len(report.failed_pages)} page(s) could not be loaded; with --strict the store was not "
                    "changed:\n" + "\n".join(f"  {p.error}" for p in report.failed_pages))
            if checking:
                for page in report.pages:
                    if not page.reused:
                        page.quality = quality.get(page.graph, {})
            if validate:
                names = [q.name for q in _quality_queries()]
                report.quality = {n: sum(p.quality.get(n, 0) for p in report.pages if not p.error) for n in names}
            with timer("finish"):
                store.flush()
            if not reusable or writer.loaded >= writer.TEXT_BATCH:
                # Each bulk load leaves its own sorted files, overlapping the others': merged now,
                # or RocksDB stops a later small rebuild for seconds to merge them (the sixth
                # one-page rebuild after a full build at 10k events waited 7 s).
                tick("compact", 0, None)
                with timer("compact"):
                    store.optimize()
            with timer("finish"):  # counts, manifest
                report.graphs = sum(1 for _ in store.named_graphs())
                if triples is None:
                    report.triples = len(store)
                else:  # counted graph by graph: counting a large store whole takes seconds
                    report.triples = triples + _count(store, str(iris.DERIVED_GRAPH)) + sum(_count(store, g) for g in changed)
                report.descriptions = sum(p.events for p in report.pages if not p.error)
                # the events the pages describe (the reference data's editions that no page shows are not counted)
                report.events = int(next(iter(store.query(
                    "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { GRAPH ?g { ?e a <%sEvent> } FILTER(STRSTARTS(STR(?g), \"%s\")) }"
                    % (RCP_NS, iris.SOURCE_GRAPH_PREFIX))))["n"].value)
                for page in report.pages:
                    for key in ([] if page.error else page.uncurated):
                        report.uncurated.setdefault(key, []).append(page.file)
                manifest = {
                    "version": MANIFEST_VERSION,
                    "fingerprint": fp,
                    "rcpkg": __version__,
                    "sources": str(sources_dir),
                    "triples": report.triples,
                    "metadata": metadata_record,
                    "pages": {p.file: dict(p.__dict__) for p in report.pages},  # flat: no deep asdict copy
                }
                del writer, store
                (staging / MANIFEST).write_text(json.dumps(manifest, ensure_ascii=False), encoding="utf-8")
                kept = reusable and str(store_path / SHAPES_CACHE) not in _UNREADABLE
                if _COMPILED is not None and not (kept and _link(store_path / SHAPES_CACHE, staging / SHAPES_CACHE)):
                    (staging / SHAPES_CACHE).write_text(_COMPILED.to_json(), encoding="utf-8")
                    _UNREADABLE.discard(str(store_path / SHAPES_CACHE))  # the store's next one reads well
                if base_nquads is not None and not (reusable and _link(store_path / BASE_CACHE, staging / BASE_CACHE)):
                    (staging / BASE_CACHE).write_bytes(base_nquads)
            with timer("swap"):
                swap_in(staging, store_path)
        except BaseException:
            writer = store = None  # close the new store (and release its lock) before removing it
            shutil.rmtree(staging, ignore_errors=True)
            raise
        report.timings["total"] = time.perf_counter() - start
        if validate and _COMPILED is not None and _COMPILED.fallback:
            report.notes.append(f"{len(_COMPILED.fallback)} shape(s) checked by pySHACL, not compiled to SPARQL "
                                "(slower at scale): " + "; ".join(_COMPILED.unsupported))

    if site if site is not None else explorer:
        _write_site(store_path, report, explorer=explorer)
    elif explorer:
        report.explorer_pages = _write_explorer(store_path, report)
    return report


def _write_site(store_path: Path, report: BuildReport, *, explorer: bool) -> None:
    """The research site (with the explorer pages in its explorer/ folder) beside the store,
    in `<store>-site/` (a failure here never fails the build)."""
    try:
        from rcpkg.viz.site import site_dir, write_site

        written = write_site(site_dir(store_path), store=store_path, explorer=explorer)
    except Exception as exc:  # noqa: BLE001 - reported, the store is already complete
        report.notes.append(f"the site was not written: {exc}")
        return
    report.site = written.out
    report.explorer_pages = written.explorer


def _write_explorer(store_path: Path, report: BuildReport) -> list[str]:
    """The default explorer pages next to the store, in `<store>-site/explorer/` (so two stores in
    one folder keep their own pages; a failure here never fails the build)."""
    try:
        from rcpkg.viz.explorer import write_default_pages
        from rcpkg.viz.site import site_dir
    except ImportError:
        return []
    out_dir = site_dir(store_path) / "explorer"
    try:
        return [str(p) for p in write_default_pages(store_path, out_dir)]
    except Exception as exc:  # noqa: BLE001 - reported, the store is already complete
        report.notes.append(f"the explorer pages were not written: {exc}")
        return []
