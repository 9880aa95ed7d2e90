"""The build's checks: the SHACL shapes (compiled to SPARQL) and the data-quality queries.

Each chunk of pages is checked alone as it loads, in an in-memory store with the ontology and
the reference data (a `BatchValidator`, run by the worker that read the chunk). A node that pages
of several chunks describe (or a reused page too) is checked again on the whole new store at the
end, with all its statements together. `Checks` gathers the results of one build.
"""

from __future__ import annotations

from rcpkg import iris
from rcpkg.errors import NonConformance
from rcpkg.namespaces import RCP, SDO
from rcpkg.shapes_cache import SHAPES_CACHE, check_shapes  # noqa: F401 - part of rcpkg.build's names

BASE_CACHE = "rcpkg-base.nq"  # the ontology and reference graphs as N-Quads: each validation batch starts from them

DESCRIBED = """SELECT DISTINCT ?node WHERE {
  VALUES ?g { %s }
  GRAPH ?g { { ?node a <""" + str(RCP.Event) + """> } UNION { ?node a <""" + str(RCP.EventSeries) + """> }
             UNION { ?node a <""" + str(SDO.Place) + """> FILTER(STRSTARTS(STR(?node), "%s")) } }
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


def described_elsewhere(store, node: str, graphs: set[str]) -> bool:
    """Whether a page graph other than `graphs` types `node` (the derived graph aside)."""
    import pyoxigraph as ox

    rdf_type = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
    return any(isinstance(q.graph_name, ox.NamedNode) and q.graph_name.value not in graphs
               and q.graph_name.value.startswith(iris.SOURCE_GRAPH_PREFIX)
               for q in store.quads_for_pattern(ox.NamedNode(node), rdf_type, None, None))


def _in_store(store, node: str) -> bool:
    """Whether the store states anything about `node`."""
    import pyoxigraph as ox

    return next(iter(store.quads_for_pattern(ox.NamedNode(node), None, None, None)), None) is not None


def quality_queries() -> list:
    from rcpkg.queries.catalogue import load_catalogue

    return [q for _, q in sorted(load_catalogue().items()) if q.is_violation]


class BatchValidator:
    """Checks the shapes on a batch of pages in an in-memory store.

    The store holds the ontology and the reference data (`base`) and the batch's
    named graphs; the derived triples are computed for it, then the compiled checks
    and the data-quality queries run on the whole in-memory store. Each chunk of pages
    is one batch, so memory stays bounded whatever the corpus size, and Oxigraph
    answers several times faster in memory than on disk. A node shared by pages of
    different batches (one event on two pages) is checked with each page's statements
    about it."""

    def __init__(self, base: bytes, compiled) -> None:
        import pyoxigraph as ox

        self.compiled = compiled
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

        from rcpkg.build.derived import compute_derived
        from rcpkg.nquads import LENIENT

        if self.pending:  # the pages' text is rcpkg.nquads' own, valid by construction
            self.store.bulk_load("".join(self.pending).encode("utf-8"), format=ox.RdfFormat.N_QUADS, lenient=LENIENT)
        compute_derived(self.store)
        self.violations = check_shapes(self.store, compiled=self.compiled)
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
        from rdflib import URIRef

        batch = set(self.graphs)
        for query in quality_queries():
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


class Checks:
    """What one build's checks found: violations (by key), data-quality rows per page graph, and the
    nodes described by pages of several chunks (checked again on the whole store)."""

    def __init__(self, checking: bool, base: bytes | None, compiled) -> None:
        self.checking = checking  # the pages read are checked (not when nothing but reused pages)
        self.base = base  # the validation base (N-Quads), None when nothing is checked
        self.compiled = compiled
        self.violations: dict[tuple, object] = {}
        self.quality: dict[str, dict[str, int]] = {}
        self.described: dict[str, int] = {}  # event, series or venue -> the first chunk describing it
        self.shared: set[str] = set()  # described by pages of several chunks (or by a reused page)

    def add_chunk(self, i: int, chunk, reusing: bool) -> None:
        for v in chunk.violations:
            self.violations.setdefault(v.key(), v)
        self.quality.update(chunk.quality)
        for node in chunk.nodes:
            if reusing or self.described.setdefault(node, i) != i:
                self.shared.add(node)

    def finish(self, store, report, *, reusing: bool, changed: list[str], timer, tick) -> None:
        """The shared nodes checked on the whole store (only those an unchanged page describes too, when
        pages were reused); the base alone when no page loaded. NonConformance when anything failed."""
        if self.checking and self.shared:
            # a node no page describes any more (a page's event before identity minted the page again) has no
            # violation in the built graph, whatever the chunk that first held it saw
            gone = {node for node in self.shared if not _in_store(store, node)}
            if gone:
                self.violations = {k: v for k, v in self.violations.items() if str(v.focus) not in gone}
                self.shared -= gone
        if self.checking and self.shared and reusing:
            self.shared = {node for node in self.shared if described_elsewhere(store, node, set(changed))}
        if self.checking and self.shared:
            tick("validate", 0, None)
            with timer("validate"):
                focus = focus_with_parts(store, self.shared)
                # the whole store has the last word on the nodes checked again: what a chunk saw of them (a
                # listing entry and its own page minted again once identity found their dates differ, in the
                # same chunk: two end dates there, none left after) is no violation of the built graph
                self.violations = {k: v for k, v in self.violations.items() if str(v.focus) not in focus}
                for v in check_shapes(store, focus_nodes=sorted(focus), compiled=self.compiled):
                    self.violations.setdefault(v.key(), v)
        if self.checking and not changed:  # no page loaded: the reference data is still checked
            with timer("validate"):
                validator = BatchValidator(self.base, self.compiled)
                validator.check()
                for v in validator.violations:
                    self.violations.setdefault(v.key(), v)
        if self.violations:
            from rcpkg.shacl_sparql import describe

            report.conforms = False
            report.validation = describe(list(self.violations.values()), store)
            raise NonConformance("the built graph does not conform to the shapes; the store was not changed\n"
                                 + report.validation)

    def record_quality(self, report, validate: bool) -> None:
        """Each page read gets its data-quality rows; the report the totals (reused pages keep theirs)."""
        if self.checking:
            for page in report.pages:
                if not page.reused:
                    page.quality = self.quality.get(page.graph, {})
        if validate:
            names = [q.name for q in quality_queries()]
            report.quality = {n: sum(p.quality.get(n, 0) for p in report.pages if not p.error) for n in names}
