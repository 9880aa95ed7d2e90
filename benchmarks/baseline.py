"""The baseline: the pipeline a competent user would write with the plain libraries.

Same reading, parsing, extraction and triples code as rcpkg (so both sides
produce the same triples), then what rdflib and pySHACL offer out of the box:

- every page's graph added to an in-memory `rdflib.Dataset` (one named graph
  per page, plus the reference data and the ontology);
- the derived triples with rdflib's SPARQL Update;
- pySHACL over the whole graph at once (no inference; the ontology is part of
  the data graph for its rdfs:subClassOf triples, SPARQL constraints enabled);
- N-Quads written with rdflib's serializer;
- every library query answered by rdflib's own SPARQL engine over the
  Dataset with the union of its graphs as the default graph.

Run as a child of the benchmark (`python -m benchmarks.baseline ...`): it
prints one JSON object with its stage timings.
"""

from __future__ import annotations

import json
import resource
import sys
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator


class StageTimer:
    """Accumulates seconds per stage; quacks like rcpkg's build timer."""

    def __init__(self) -> None:
        self.timings: dict[str, float] = {}

    @contextmanager
    def __call__(self, stage: str) -> Iterator[None]:
        t0 = time.perf_counter()
        try:
            yield
        finally:
            self.timings[stage] = self.timings.get(stage, 0.0) + time.perf_counter() - t0


def build_dataset(sources_dir: Path, reference_dir: Path | None, timer: StageTimer):
    """Read, parse, extract (rcpkg's own code), then an rdflib Dataset. Returns (dataset, union, ontology, events)."""
    from rdflib import Dataset, Graph, URIRef

    from rcpkg import iris, resources
    from rcpkg.build import PageProcessor, PageReport, reference_graphs
    from rcpkg.loaders.pages import list_pages, load_metadata

    reference_dir = Path(reference_dir) if reference_dir else resources.reference_dir()
    with timer("reference"):
        reference, ref_graph, ontology = reference_graphs(reference_dir)
    metadata = load_metadata(sources_dir)
    processor = PageProcessor(reference)
    ds = Dataset(default_union=True)
    events = 0
    with timer("load"):
        ds.graph(URIRef(iris.ONTOLOGY_GRAPH)).__iadd__(ontology)
        ds.graph(URIRef(iris.REFERENCE_GRAPH)).__iadd__(ref_graph)
    for path in list_pages(sources_dir):
        report = PageReport(file=path.name)
        graph = processor.process(path, metadata.get(path.name), report, timer)
        if graph is None:
            continue
        events += report.events
        with timer("load"):
            named = ds.graph(URIRef(report.graph))
            named += graph
    return ds, ref_graph, ontology, events


def validate(ds, timer: StageTimer) -> bool:
    """pySHACL over the union of every graph, as a user would call it."""
    import pyshacl
    from rdflib import Graph

    from rcpkg import resources

    with timer("validate"):
        union = Graph()  # every graph (the ontology too, for rdfs:subClassOf) as one data graph
        for triple in ds.triples((None, None, None)):
            union.add(triple)
        shapes = Graph().parse(resources.shapes_file(), format="turtle")
        conforms, _, _ = pyshacl.validate(union, shacl_graph=shapes, inference="none", advanced=True,
                                          allow_warnings=True)
    return bool(conforms)


def derive(ds, timer: StageTimer) -> None:
    from rcpkg import iris
    from rcpkg.build import DERIVED_UPDATES

    class Names(dict):  # the whole graph: optional restrictions of the updates stay empty
        def __missing__(self, key: str) -> str:
            return ""

    from rdflib import URIRef
    from rdflib.namespace import RDF

    from rcpkg.build import PLACES_USED, place_statements

    names = Names(derived=str(iris.DERIVED_GRAPH), ontology=str(iris.ONTOLOGY_GRAPH))
    with timer("derived"):
        # the city and country nodes, stated once (as rcpkg's build does, with the same code)
        used = {str(row[0]) for row in ds.query(PLACES_USED)}
        in_reference = {str(c) for c in ds.graph(URIRef(iris.REFERENCE_GRAPH)).subjects(
            RDF.type, URIRef("https://w3id.org/rcpkg/ontology#Country"))}
        ds.graph(URIRef(iris.DERIVED_GRAPH)).__iadd__(place_statements(used, in_reference))
        for update in DERIVED_UPDATES:
            ds.update(update % names)


def export(ds, out: Path, timer: StageTimer) -> None:
    with timer("export"):
        ds.serialize(destination=str(out), format="nquads")


def run_queries(ds, queries, *, repeats: int, timeout_s: float, budget_s: float) -> dict[str, dict]:
    from benchmarks.measure import repeat

    results = {}
    from rcpkg.sparql import run

    for q in queries:
        if q.error:
            continue

        def once(q=q) -> int:  # the same text and bound values as rcpkg's side, rdflib's engine
            return len(run(q.text, q.bindings, dataset=ds).rows)

        try:
            timed = repeat(once, repeats=repeats, timeout_s=timeout_s, budget_s=budget_s)
        except Exception as exc:  # noqa: BLE001 - rdflib's engine fails on some valid queries: recorded
            results[q.name] = {"median_s": None, "runs": 0, "rows": None, "timed_out": False,
                               "error": f"{type(exc).__name__}: {exc}"[:300]}
            continue
        results[q.name] = {"median_s": timed.median_s, "runs": timed.runs, "rows": timed.rows,
                           "timed_out": timed.timed_out}
    return results


def main(argv: list[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(prog="python -m benchmarks.baseline")
    parser.add_argument("--sources", type=Path, required=True)
    parser.add_argument("--reference", type=Path, default=None)
    parser.add_argument("--store", type=Path, required=True, help="rcpkg's built store (to resolve query parameters)")
    parser.add_argument("--nq", type=Path, required=True, help="where to write the N-Quads export")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--query-timeout", type=float, default=120.0)
    parser.add_argument("--query-budget", type=float, default=60.0)
    parser.add_argument("--skip-validate", action="store_true")
    parser.add_argument("--no-queries", action="store_true")
    args = parser.parse_args(argv)

    from benchmarks.library import library_queries

    timer = StageTimer()
    ds, _, ontology, events = build_dataset(args.sources, args.reference, timer)
    derive(ds, timer)  # before validation, as in rcpkg's build: the shapes expect the derived labels
    conforms = None if args.skip_validate else validate(ds, timer)
    export(ds, args.nq, timer)  # the plain pipeline's persisted result: part of its build
    built_at = time.time()
    usage = resource.getrusage(resource.RUSAGE_SELF)
    built_cpu = usage.ru_utime + usage.ru_stime
    query_results = {} if args.no_queries else run_queries(
        ds, library_queries(args.store), repeats=args.repeats, timeout_s=args.query_timeout, budget_s=args.query_budget)
    json.dump({"timings": timer.timings, "built_at": built_at, "built_cpu_s": built_cpu, "events": events, "quads": sum(len(g) for g in ds.graphs()),
               "conforms": conforms, "queries": query_results}, sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
