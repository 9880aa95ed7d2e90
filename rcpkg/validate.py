"""Validate rcpkg data against the SHACL shapes (`shapes/shapes.ttl`).

`validate_graph` runs pySHACL without inference on one graph made of the data
plus the ontology (the shapes read `rcp:roleProperty` from it), so a caller can
validate one named graph together with the reference and ontology graphs. Each
result is turned into a :class:`Result` that says where to look: the focus
node and its label, the path, the value, the message, the source document
(`prov:wasDerivedFrom`) and, when an evidence annotation gives one, the
character offsets and the line in the source page.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Iterable

import rdflib
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.collection import Collection

from rcpkg.namespaces import OA, PROV, RCP, RDF, RDFS, SDO, SH, SKOS, prefixes
from rcpkg.turtle import read_turtle  # noqa: F401 - imported from here by other modules

# Prefixes for compact paths in reports.
PREFIXES = prefixes("rcp", "id", "schema", "org", "prov", "oa", "skos", "dcterms", "gn", "time", "rdf", "rdfs")


@dataclass(frozen=True, slots=True)
class Evidence:
    """Where an annotation puts the focus node in its source page."""

    source: str
    start: int | None = None
    end: int | None = None
    line: int | None = None  # only when the page file is at hand and its text matches the quote


@dataclass(frozen=True, slots=True)
class Result:
    focus: str  # IRI (or blank node id) of the focus node
    focus_label: str | None
    path: str | None  # the property path, compact when it is a plain IRI
    value: str | None
    message: str
    severity: str  # "Violation" | "Warning" | "Info"
    component: str  # local name of the constraint component ("MinCountConstraintComponent")
    shape: str | None
    sources: tuple[str, ...] = ()  # prov:wasDerivedFrom of the focus node
    evidence: Evidence | None = None


@dataclass(frozen=True, slots=True)
class ValidationReport:
    conforms: bool
    results: list[Result] = field(default_factory=list)

    @property
    def violations(self) -> list[Result]:
        return [r for r in self.results if r.severity == "Violation"]


def load_shapes(path: Path | None = None) -> Graph:
    """The shapes graph (the packaged one by default, parsed once per process: do not change it)."""
    return read_turtle(Path(path)) if path else _packaged("shapes")


def load_ontology(path: Path | None = None) -> Graph:
    """The ontology graph (the packaged one by default, parsed once per process: do not change it)."""
    return read_turtle(Path(path)) if path else _packaged("ontology")


@lru_cache(maxsize=None)
def _packaged(which: str) -> Graph:
    from rcpkg.resources import ontology_file, shapes_file

    return read_turtle(shapes_file() if which == "shapes" else ontology_file())


def _union(data: Graph | rdflib.Dataset, extra: Iterable[Graph]) -> Graph:
    """One plain graph: every triple of `data` (all named graphs of a dataset) plus `extra`."""
    union = Graph()
    for prefix, ns in data.namespaces():
        union.bind(prefix, ns, override=False)
    for prefix, ns in PREFIXES.items():
        union.bind(prefix, ns, override=True, replace=True)
    if isinstance(data, rdflib.Dataset):
        for s, p, o, _ in data.quads((None, None, None, None)):
            union.add((s, p, o))
    else:
        for triple in data:
            union.add(triple)
    for graph in extra:
        for triple in graph:
            union.add(triple)
    return union


def validate_graph(data: Graph | rdflib.Dataset, *, shapes: Graph | None = None,
                   ontology: Graph | bool | None = None, context: Iterable[Graph] = ()) -> ValidationReport:
    """Validate `data` (a graph, or all graphs of a dataset as one union) against the shapes.

    `shapes` defaults to the packaged shapes; `ontology` defaults to the packaged
    ontology (pass a graph to use another one, or False to leave it out).
    `context` are graphs the data links to (for an incremental build: the
    reference graph while validating one page's graph): their triples take part
    in the checks, but only results about nodes that occur in `data` are kept.
    The caller's graphs are never changed.
    """
    import pyshacl

    shapes = shapes if shapes is not None else load_shapes()
    if ontology is None or ontology is True:
        ontology = load_ontology()
    context = list(context)
    extra = context + ([ontology] if isinstance(ontology, Graph) else [])
    union = _union(data, extra)
    conforms, report_graph, _ = pyshacl.validate(
        union, shacl_graph=shapes, inference="none", advanced=True, allow_warnings=True,
        abort_on_first=False,
    )
    nodes = report_graph.subjects(RDF.type, SH.ValidationResult)
    if context:
        mentioned = _nodes_of(data)
        nodes = [n for n in nodes if report_graph.value(n, SH.focusNode) in mentioned]
        conforms = not any(report_graph.value(n, SH.resultSeverity) == SH.Violation for n in nodes)
    results = [_result(report_graph, node, union) for node in nodes]
    results.sort(key=lambda r: (r.sources[:1], r.evidence.start if r.evidence and r.evidence.start is not None else -1,
                                r.focus, r.path or "", r.message))
    return ValidationReport(conforms=bool(conforms), results=results)


def _nodes_of(data: Graph | rdflib.Dataset) -> set:
    triples = (q[:3] for q in data.quads((None, None, None, None))) if isinstance(data, rdflib.Dataset) else iter(data)
    nodes: set = set()
    for s, _, o in triples:
        nodes.add(s)
        if not isinstance(o, Literal):
            nodes.add(o)
    return nodes


def validate_files(paths: Iterable[Path | str], **kwargs) -> ValidationReport:
    """Validate Turtle files together (one union). Raises LoaderError naming a bad file and line."""
    data = Graph()
    for path in paths:
        for triple in read_turtle(Path(path)):
            data.add(triple)
    return validate_graph(data, **kwargs)


def dataset_from_store(store, *, graph: URIRef | None = None) -> Graph:
    """The quads of a pyoxigraph store as one rdflib graph: the union of all its graphs, or only the named
    graph `graph` when given (terms converted by rcpkg.oxi.to_rdflib: xsd:string literals stay plain)."""
    from rcpkg.oxi import graph_from_store

    return graph_from_store(store, None if graph is None else [graph])


def _compact(graph: Graph, node) -> str | None:
    if node is None:
        return None
    if isinstance(node, URIRef):
        try:
            return graph.namespace_manager.normalizeUri(node)
        except Exception:
            return str(node)
    if isinstance(node, BNode):
        inverse = graph.value(node, SH.inversePath)
        if inverse is not None:
            return f"^{_compact(graph, inverse)}"
        alternatives = graph.value(node, SH.alternativePath)
        if alternatives is not None:
            return "|".join(_compact(graph, m) or "?" for m in Collection(graph, alternatives))
        return f"_:{node}"
    return str(node)


def _label(data: Graph, node) -> str | None:
    if not isinstance(node, URIRef):
        return None
    labels = list(data.objects(node, RDFS.label)) or list(data.objects(node, SKOS.prefLabel)) \
        or list(data.objects(node, SDO.name))
    if not labels:
        return None
    english = [label for label in labels if isinstance(label, Literal) and label.language == "en"]
    return str((english or labels)[0])


def _result(report: Graph, node, data: Graph) -> Result:
    focus = report.value(node, SH.focusNode)
    value = report.value(node, SH.value)
    severity = report.value(node, SH.resultSeverity)
    component = report.value(node, SH.sourceConstraintComponent)
    shape = report.value(node, SH.sourceShape)
    messages = [str(m) for m in report.objects(node, SH.resultMessage)]
    english = [str(m) for m in report.objects(node, SH.resultMessage) if isinstance(m, Literal) and m.language in (None, "en")]
    path_node = report.value(node, SH.resultPath)
    path = _compact(data, path_node) if isinstance(path_node, URIRef) else _compact(report, path_node)
    sources = tuple(sorted(str(s) for s in data.objects(focus, PROV.wasDerivedFrom))) if focus is not None else ()
    return Result(
        focus=str(focus),
        focus_label=_label(data, focus),
        path=path,
        value=None if value is None else (_compact(data, value) if isinstance(value, URIRef) else str(value)),
        message=(english or messages or ["(no message)"])[0],
        severity=str(severity).rsplit("#", 1)[-1] if severity is not None else "Violation",
        component=str(component).rsplit("#", 1)[-1] if component is not None else "",
        shape=_compact(data, shape) if isinstance(shape, URIRef) else None,
        sources=sources,
        evidence=_evidence(data, focus),
    )


def _evidence(data: Graph, focus) -> Evidence | None:
    """The first (lowest offset) annotation whose body is the focus node, if any."""
    if focus is None:
        return None
    annotations = set(data.subjects(OA.hasBody, focus))
    # the focus may be part of an annotation itself: the annotation, its target or a selector
    if (focus, OA.hasTarget, None) in data:
        annotations.add(focus)
    for target in {focus} | set(data.subjects(OA.hasSelector, focus)):
        annotations.update(data.subjects(OA.hasTarget, target))
    found: list[Evidence] = []
    for annotation in annotations:
        target = data.value(annotation, OA.hasTarget)
        source = data.value(target, OA.hasSource) if target is not None else None
        if source is None:
            continue
        start = end = None
        exact = None
        for selector in data.objects(target, OA.hasSelector):
            if (selector, RDF.type, OA.TextPositionSelector) in data:
                start, end = _int(data.value(selector, OA.start)), _int(data.value(selector, OA.end))
            if (selector, RDF.type, OA.TextQuoteSelector) in data:
                exact = data.value(selector, OA.exact)
        found.append(Evidence(str(source), start, end, _line(data, source, start, end, exact)))
    if not found:
        return None
    return min(found, key=lambda e: (e.source, e.start if e.start is not None else -1))


def _int(node) -> int | None:
    try:
        return int(node) if node is not None else None
    except (TypeError, ValueError):
        return None


def _line(data: Graph, source, start: int | None, end: int | None, exact) -> int | None:
    """The 1-based line of `start` in the bundled page file, when its text matches the quote."""
    if start is None or end is None or exact is None:
        return None
    file_name = data.value(source, RCP.fileName)
    if file_name is None:
        return None
    from rcpkg.resources import bundled_sources_dir

    path = bundled_sources_dir() / Path(str(file_name)).name
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    if text[start:end] != str(exact):
        return None
    return text.count("\n", 0, start) + 1


def format_report(report: ValidationReport, *, limit: int | None = None) -> str:
    """The report as readable text: one block per result, then a one-line summary."""
    lines: list[str] = []
    shown = report.results if limit is None else report.results[:limit]
    for result in shown:
        focus = result.focus + (f' ("{result.focus_label}")' if result.focus_label else "")
        lines.append(f"{result.severity}: {focus}")
        if result.path:
            lines.append(f"  path:    {result.path}")
        if result.value is not None:
            shown_value = result.value if len(result.value) <= 120 else result.value[:117] + "..."
            lines.append(f"  value:   {shown_value}")
        lines.append(f"  problem: {result.message} [{result.component}]")
        if result.evidence is not None:
            where = result.evidence.source
            if result.evidence.start is not None:
                where += f" chars {result.evidence.start}-{result.evidence.end}"
            if result.evidence.line is not None:
                where += f" (line {result.evidence.line})"
            lines.append(f"  source:  {where}")
        elif result.sources:
            lines.append(f"  source:  {', '.join(result.sources)}")
    if limit is not None and len(report.results) > limit:
        lines.append(f"... and {len(report.results) - limit} more results")
    lines.append(summary(report))
    return "\n".join(lines)


def summary(report: ValidationReport) -> str:
    if report.conforms and not report.results:
        return "Conforms: yes (0 results)."
    counts: dict[str, int] = {}
    for result in report.results:
        counts[result.severity] = counts.get(result.severity, 0) + 1
    parts = ", ".join(f"{n} {severity.lower()}{'s' if n != 1 else ''}" for severity, n in sorted(counts.items()))
    focus_nodes = len({r.focus for r in report.results})
    verdict = "yes" if report.conforms else "no"
    return f"Conforms: {verdict} ({parts} on {focus_nodes} node{'s' if focus_nodes != 1 else ''})."


def validate_store(store, *, engine: str = "sparql") -> ValidationReport:
    """Validate every graph of a pyoxigraph store as one union graph.

    `engine="sparql"` runs the shapes compiled to SPARQL on Oxigraph
    (`rcpkg.shacl_sparql`; the build uses the same checks, and the tests show
    they find what pySHACL finds); `engine="pyshacl"` copies the store into an
    rdflib graph and runs pySHACL (slower; the reference implementation)."""
    if engine == "pyshacl":
        return validate_graph(dataset_from_store(store))
    if engine != "sparql":
        raise ValueError(engine)
    from rcpkg.shapes_cache import check_shapes

    violations = check_shapes(store)
    results = [_result_from_violation(v, store) for v in violations]
    return ValidationReport(conforms=not any(r.severity == "Violation" for r in results), results=results)


def _neighbourhood(store, focus) -> Graph:
    """The focus node's own triples and its evidence annotations, read from the store."""
    import pyoxigraph as ox

    from rcpkg.oxi import to_rdflib

    g = Graph()
    if not isinstance(focus, URIRef):
        return g
    node = ox.NamedNode(str(focus))

    def add_subject(subject) -> None:
        for q in store.quads_for_pattern(subject, None, None, None):
            g.add((to_rdflib(q.subject), to_rdflib(q.predicate), to_rdflib(q.object)))

    add_subject(node)
    for q in store.quads_for_pattern(None, ox.NamedNode(str(OA.hasBody)), node, None):
        add_subject(q.subject)
        for t in store.quads_for_pattern(q.subject, ox.NamedNode(str(OA.hasTarget)), None, None):
            add_subject(t.object)
            for s in store.quads_for_pattern(t.object, ox.NamedNode(str(OA.hasSelector)), None, None):
                add_subject(s.object)
    return g


def _result_from_violation(v, store) -> Result:
    data = _neighbourhood(store, v.focus)
    sources = tuple(sorted(str(s) for s in data.objects(v.focus, PROV.wasDerivedFrom))) if isinstance(v.focus, URIRef) else ()
    value = None if v.value is None or v.value == v.focus else (v.value.n3() if hasattr(v.value, "n3") else str(v.value))
    return Result(
        focus=str(v.focus),
        focus_label=_label(data, v.focus),
        path=v.path.strip("<>") if v.path and v.path.count("<") == 1 and v.path.startswith("<") else v.path,
        value=value,
        message=v.message,
        severity=str(v.severity).rsplit("#", 1)[-1],
        component=str(v.component).rsplit("#", 1)[-1],
        shape=str(v.shape) if isinstance(v.shape, URIRef) else None,
        sources=sources,
        evidence=_evidence(data, v.focus),
    )
