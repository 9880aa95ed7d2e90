"""Loading into the store: the new store in the staging folder (a hard-link backup of the previous
one when pages are kept, else empty with the ontology and reference graphs), the pages' N-Quads
streamed into it, and the pages minted again when their event descriptions turn out to be
another page's event.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph, URIRef

from rcpkg import iris, resources
from rcpkg.build.derived import affected_nodes, places_in
from rcpkg.build.report import PageReport, count
from rcpkg.errors import LoaderError

BASE_GRAPHS = (str(iris.ONTOLOGY_GRAPH), str(iris.REFERENCE_GRAPH))


class QuadWriter:
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

        from rcpkg.nquads import LENIENT  # the text is rcpkg.nquads' own, valid by construction

        if self.buffer:
            self.store.bulk_extend(self.buffer)
            self.buffer = []
        if self.text:
            data = "".join(self.text).encode("utf-8")
            size, self.text, self.text_size = self.text_size, [], 0
            if size < self.SMALL:  # a few pages: written in one transaction, ten times faster
                self.store.load(data, format=ox.RdfFormat.N_QUADS, lenient=LENIENT)
            else:
                self.loaded += size
                self.store.bulk_load(data, format=ox.RdfFormat.N_QUADS, lenient=LENIENT)


def reference_graphs(reference_dir: Path):
    """The reference data (with its countries) and the ontology, as rdflib graphs."""
    from rcpkg.loaders.reference import load_reference

    reference = load_reference(reference_dir)
    return (reference, *graphs_of(reference))


def graphs_of(reference):
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


@dataclass
class Target:
    """The new store being written, and what the build knows about it."""

    store: object
    writer: QuadWriter
    base: bytes | None = None  # the ontology and reference graphs as N-Quads (the validation base)
    triples: int | None = None  # quads kept from the previous store (None: a store built whole)
    affected: tuple = field(default_factory=lambda: (set(), set(), set()))  # events, series, places of the graphs dropped or minted again
    changed: list[str] = field(default_factory=list)  # the page graphs written by this build


def open_target(plan, staging: Path, shapes, *, validate: bool, timer) -> Target:
    """The new store in `staging`: the previous one with the changed pages' graphs dropped when pages
    are kept, else a new one with the ontology and the reference data. With `validate`, the
    validation base and the compiled shapes (read from the previous store's caches when it is used)."""
    import pyoxigraph as ox

    from rcpkg.build.checks import BASE_CACHE, SHAPES_CACHE

    if plan.reuse():
        with timer("prepare"):  # the previous store copied, changed pages' graphs dropped
            ox.Store.read_only(str(plan.store_path)).backup(str(staging))
            store = ox.Store(str(staging))
            # The ontology and the reference data are those of the previous build (the
            # fingerprint says so): kept, with the reused pages and the derived graph.
            keep = {plan.old_pages[name]["graph"] for name in plan.reusable} | {str(iris.DERIVED_GRAPH), *BASE_GRAPHS}
            # the previous build's graphs no reused page keeps (its manifest names them all:
            # listing a large store's graphs takes longer)
            dropped = sorted({p["graph"] for p in plan.old_pages.values() if p.get("graph")} - keep)
            dropped_pages = [g for g in dropped if g.startswith(iris.SOURCE_GRAPH_PREFIX)]
            affected = (*affected_nodes(store, dropped_pages), places_in(store, dropped_pages))
            triples = plan.previous["triples"] - count(store, str(iris.DERIVED_GRAPH))
            for g in dropped:
                triples -= count(store, g)
                store.remove_graph(ox.NamedNode(g))
        target = Target(store, QuadWriter(store), triples=triples, affected=affected)
        if validate:
            with timer("validate"):
                try:
                    target.base = (plan.store_path / BASE_CACHE).read_bytes()
                except OSError:  # a store written without it: the same quads from the store
                    target.base = ox.serialize([q for name in BASE_GRAPHS for q in store.quads_for_pattern(
                        None, None, None, ox.NamedNode(name))], format=ox.RdfFormat.N_QUADS)
                shapes.get(plan.store_path / SHAPES_CACHE)
        return target
    plan.reusable = set()
    store = ox.Store(str(staging))
    target = Target(store, QuadWriter(store))
    with timer("reference"):
        ref_graph, ontology = graphs_of(plan.reference)
    with timer("load"):
        target.writer.add(ontology, iris.ONTOLOGY_GRAPH)
        target.writer.add(ref_graph, iris.REFERENCE_GRAPH)
    if validate:
        with timer("validate"):
            quads = list(target.writer.conv.quads(ontology, iris.ONTOLOGY_GRAPH))
            quads += target.writer.conv.quads(ref_graph, iris.REFERENCE_GRAPH)
            target.base = ox.serialize(quads, format=ox.RdfFormat.N_QUADS)
            shapes.get()
    return target


def load_pages(target: Target, chunks, checks, report, *, total: int, reusing: bool, timer, tick) -> None:
    """Each chunk's pages into the report and their N-Quads into the store; its checks' results kept."""
    done = 0
    for i, chunk in enumerate(chunks):
        timer.add(chunk.timings)  # CPU seconds, summed over the workers
        checks.add_chunk(i, chunk, reusing)
        for page_report, text in chunk.pages:
            tick("pages", done, total)
            done += 1
            report.pages.append(page_report)
            if text is None:
                continue
            target.changed.append(page_report.graph)
            with timer("load"):
                target.writer.add_text(text)
    tick("pages", total, total)
    with timer("load"):
        target.writer.flush()


def reconcile_events(target: Target, report, processor, plan, timer, jobs: int = 1) -> dict[str, tuple[set[str], tuple]]:
    """Compare every page's event descriptions (`rcpkg.loaders.identity.resolve`) and mint again
    the pages whose descriptions turn out to be another page's event (a listing entry and its own
    dated page), or must stay apart from it (on `jobs` processes). Returns, per page graph minted
    again, its events now and what its old graph held (events, series, places, quad count)."""
    import pyoxigraph as ox

    from rcpkg.build.pages import Redo, redone_pages
    from rcpkg.loaders.identity import reference_dates, resolve_rows

    store, writer = target.store, target.writer
    history = getattr(getattr(processor, "reference", None), "history", None)
    res = resolve_rows({p.file: p.identities for p in report.pages if not p.error},
                       reference_dates(history.editions) if history is not None else None)
    report.descriptions, report.merged, report.apart = res.descriptions, res.merged, res.apart
    index = {p.file: i for i, p in enumerate(report.pages)}
    items = [(report.pages[index[file]], keys) for file, keys in sorted(res.keys.items())]
    redone: dict[str, tuple[set[str], tuple]] = {}
    for fresh, text, events, timings in redone_pages(Redo(processor, plan.sources_dir, plan.metadata), items, jobs):
        timer.add(timings)
        if text is None:  # unreadable since it was read a moment ago: what was loaded stays
            continue
        graph_name = report.pages[index[fresh.file]].graph
        old_nodes = (*affected_nodes(store, [graph_name]), places_in(store, [graph_name]), count(store, graph_name))
        store.remove_graph(ox.NamedNode(graph_name))
        writer.add_text(text)
        report.pages[index[fresh.file]] = fresh
        redone[graph_name] = (set(events), old_nodes)
    writer.flush()
    return redone


def account_redone(target: Target, checks, redone: dict, *, reusing: bool, validate: bool) -> None:
    """Pages minted again: their events are checked on the whole store, and a reused page's old
    events and series have their derived triples recomputed."""
    if not redone:
        return
    for graph_name, (events, old_graph_nodes) in redone.items():
        # the events now, and those the page described before (gone when it was minted again): the whole
        # store has the last word on both (Checks.finish)
        checks.shared |= events | old_graph_nodes[0]
        if graph_name not in target.changed:
            if reusing:  # a reused page minted again: what its old events derived is recomputed
                target.affected = tuple(a | b for a, b in zip(target.affected, old_graph_nodes))
                target.triples -= old_graph_nodes[3]
            target.changed.append(graph_name)
    checks.checking = validate
