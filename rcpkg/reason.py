"""OWL reasoning with HermiT (through owlready2) over the ontology and the graph.

`reason(data)` loads the ontology plus `data` into a temporary owlready2 World,
runs HermiT and reports whether the whole is consistent, which classes are
unsatisfiable, and which class memberships HermiT inferred that the data does
not assert (for example a node typed only through a property's range).

The graph can be large, so `sample_graph` picks a documented sample: every
triple of the reference graph, plus the first N events (in IRI order) with
everything within two links of them (their involvements, themes, sections,
objectives, places, series, annotations' bodies and source documents).

When HermiT finds the graph inconsistent it does not say why; `explain_clashes`
then looks for the usual causes on the Python side: a node whose asserted or
domain/range-implied types include two disjoint classes, or a functional
property with two values.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import rdflib
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from rcpkg.errors import RcpkgError
from rcpkg.namespaces import OA, RCP, prefixes

PREFIXES = prefixes("rcp", "id", "schema", "org", "prov", "oa", "skos", "dcterms", "gn", "time", "rdf", "rdfs")

DEFAULT_SAMPLE = 200


class ReasonerError(RcpkgError):
    """The reasoner cannot run (no Java, HermiT failed)."""


@dataclass(frozen=True, slots=True)
class Inferred:
    individual: str
    label: str | None
    classes: tuple[str, ...]  # compact names of the inferred classes


@dataclass(frozen=True, slots=True)
class Clash:
    individual: str
    label: str | None
    reason: str


@dataclass(slots=True)
class ReasonReport:
    consistent: bool
    unsatisfiable: list[str] = field(default_factory=list)
    clashes: list[Clash] = field(default_factory=list)
    inferred: list[Inferred] = field(default_factory=list)
    triples: int = 0
    individuals: int = 0
    scope: str = ""

    @property
    def ok(self) -> bool:
        return self.consistent and not self.unsatisfiable


# ---------------------------------------------------------------- sampling


def sample_graph(data: Graph, events: int = DEFAULT_SAMPLE, *, reference: Graph | None = None) -> tuple[Graph, str]:
    """The reference triples plus the first `events` events (IRI order) and what lies within two links.

    Other events reached on the way (a series' schema:subEvent) are not followed; every
    node at the edge keeps its rdf:type triples.

    Returns the sample and a one-line description of it. `events=0` keeps all of `data`.
    """
    if events <= 0:
        return data, f"the whole graph ({len(data)} triples)"
    sample = Graph()
    for triple in reference if reference is not None else ():
        sample.add(triple)
    all_events = sorted(set(data.subjects(RDF.type, RCP.Event)), key=str)
    chosen = all_events[:events]
    others = set(all_events) - set(chosen)
    has_body = OA.hasBody
    frontier, seen = set(chosen), set()
    for _hop in range(3):  # the event, the nodes it links to, and theirs
        next_frontier = set()
        for node in frontier - seen:
            seen.add(node)
            for p, o in data.predicate_objects(node):
                sample.add((node, p, o))
                if isinstance(o, (URIRef, BNode)) and p != RDF.type and o not in others:
                    next_frontier.add(o)
            next_frontier.update(data.subjects(has_body, node))  # its evidence annotations
        frontier = next_frontier
    # Nodes at the edge keep their types, so the reasoner does not infer them from ranges.
    for s, p, o in list(sample):
        for node in (s, o):
            if isinstance(node, (URIRef, BNode)) and node not in seen:
                for rdf_type in data.objects(node, RDF.type):
                    sample.add((node, RDF.type, rdf_type))
    return sample, (f"a sample: the reference graph plus the first {len(chosen)} of {len(all_events)} events "
                    f"with what lies within two links ({len(sample)} triples)")


# ---------------------------------------------------------------- reasoning


def _java() -> str:
    import owlready2

    java = owlready2.JAVA_EXE if os.path.isabs(owlready2.JAVA_EXE) else shutil.which(owlready2.JAVA_EXE)
    if not java or not os.path.exists(java):
        raise ReasonerError(
            "Java is not installed (or not on PATH), and HermiT needs it",
            hint="Install a Java runtime (e.g. `apt-get install default-jre-headless`), "
                 "or set owlready2.JAVA_EXE to the java binary.",
        )
    return java


def reason(data: Graph | None = None, *, ontology: Graph | None = None, scope: str = "") -> ReasonReport:
    """Run HermiT on the ontology plus `data` and report consistency and inferred types."""
    import owlready2

    from rcpkg.validate import load_ontology

    owlready2.JAVA_EXE = _java()
    ontology = ontology if ontology is not None else load_ontology()
    merged = Graph()
    for prefix, namespace in PREFIXES.items():
        merged.bind(prefix, namespace, override=True, replace=True)
    for triple in ontology:
        merged.add(triple)
    for triple in data if data is not None else ():
        merged.add(triple)
    asserted = {s: set(merged.objects(s, RDF.type)) for s in set(merged.subjects(RDF.type, None))}
    _declare_individuals(merged)

    report = ReasonReport(consistent=True, triples=len(merged), scope=scope or "the ontology alone")
    with tempfile.TemporaryDirectory(prefix="rcpkg-reason-") as tmp:
        path = Path(tmp) / "input.nt"
        merged.serialize(destination=str(path), format="nt", encoding="utf-8")
        world = owlready2.World()  # in memory: nothing is written to the cwd or the default quadstore
        try:
            onto = world.get_ontology(path.as_uri()).load()
            report.individuals = sum(1 for _ in world.individuals())
            # HermiT skips literals of datatypes outside OWL 2's map (xsd:date, xsd:gYear).
            with onto:
                owlready2.sync_reasoner_hermit(world, infer_property_values=False, debug=0,
                                               ignore_unsupported_datatypes=True)
            report.unsatisfiable = sorted(_compact(merged, URIRef(c.iri)) for c in world.inconsistent_classes()
                                          if c.iri != str(OWL.Nothing))
            report.inferred = _inferred(world, merged, asserted)
        except owlready2.OwlReadyInconsistentOntologyError:
            report.consistent = False
            report.clashes = explain_clashes(merged)
        except owlready2.OwlReadyJavaError as exc:
            first = next((line for line in str(exc).splitlines() if line.strip() and "Java error" not in line), str(exc))
            raise ReasonerError(f"HermiT failed: {first.strip()[:300]}") from None
        finally:
            world.close()
    return report


_DECLARATIONS = {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty, OWL.Ontology,
                 OWL.AllDisjointClasses, OWL.AllDifferent, OWL.FunctionalProperty, RDFS.Class, RDF.Property}


def _declare_individuals(graph: Graph) -> None:
    """Type every data node owl:NamedIndividual: owlready2 only sees individuals declared so."""
    declared = {s for s, t in graph.subject_objects(RDF.type) if t in _DECLARATIONS}
    object_properties = set(graph.subjects(RDF.type, OWL.ObjectProperty))
    nodes = set()
    for s, p, o in graph:
        if isinstance(s, URIRef) and s not in declared and (p == RDF.type or p in object_properties):
            nodes.add(s)
        if isinstance(o, URIRef) and p in object_properties and o not in declared:
            nodes.add(o)
    for node in nodes:
        graph.add((node, RDF.type, OWL.NamedIndividual))


def _inferred(world, graph: Graph, asserted: dict) -> list[Inferred]:
    import owlready2

    superclasses = _superclass_closure(graph)
    rows: list[Inferred] = []
    for individual in sorted(world.individuals(), key=lambda i: i.iri):
        node = URIRef(individual.iri)
        mine = asserted.get(node, set())
        implied = set(mine)
        for cls in mine:
            implied |= superclasses.get(cls, set())
        new = sorted({_compact(graph, URIRef(c.iri)) for c in individual.is_a
                      if isinstance(c, owlready2.ThingClass) and URIRef(c.iri) not in implied
                      and c.iri != str(OWL.Thing)})
        if new:
            rows.append(Inferred(str(node), _label(graph, node), tuple(new)))
    return rows


# ---------------------------------------------------------------- explanations


def _superclass_closure(graph: Graph) -> dict:
    direct: dict = {}
    for sub, sup in graph.subject_objects(RDFS.subClassOf):
        if isinstance(sup, URIRef):
            direct.setdefault(sub, set()).add(sup)
    closure: dict = {}
    for cls in direct:
        seen: set = set()
        stack = list(direct[cls])
        while stack:
            nxt = stack.pop()
            if nxt not in seen:
                seen.add(nxt)
                stack.extend(direct.get(nxt, ()))
        closure[cls] = seen
    return closure


def _disjoint_pairs(graph: Graph) -> set[frozenset]:
    pairs: set[frozenset] = set()
    for a, b in graph.subject_objects(OWL.disjointWith):
        pairs.add(frozenset((a, b)))
    for node in graph.subjects(RDF.type, OWL.AllDisjointClasses):
        members = list(Collection(graph, graph.value(node, OWL.members)))
        for i, a in enumerate(members):
            for b in members[i + 1:]:
                pairs.add(frozenset((a, b)))
    return pairs


def explain_clashes(graph: Graph) -> list[Clash]:
    """Likely causes of an inconsistency: disjoint types on one node, two values of a functional property."""
    superclasses = _superclass_closure(graph)
    pairs = _disjoint_pairs(graph)
    sub_properties: dict = {}
    for sub, sup in graph.subject_objects(RDFS.subPropertyOf):
        sub_properties.setdefault(sub, set()).add(sup)
    domains = {p: set(graph.objects(p, RDFS.domain)) for p in set(graph.subjects(RDFS.domain, None))}
    ranges = {p: set(graph.objects(p, RDFS.range)) for p in set(graph.subjects(RDFS.range, None))}

    def with_supers(props: set) -> set:
        out, stack = set(), list(props)
        while stack:
            p = stack.pop()
            if p not in out:
                out.add(p)
                stack.extend(sub_properties.get(p, ()))
        return out

    types: dict = {}
    why: dict = {}

    def add(node, cls, reason):
        if isinstance(cls, URIRef):
            for c in {cls} | superclasses.get(cls, set()):
                types.setdefault(node, set()).add(c)
                why.setdefault((node, c), reason)

    for s, p, o in graph:
        if p == RDF.type:
            add(s, o, "asserted")
            continue
        for prop in with_supers({p}):
            for cls in domains.get(prop, ()):
                add(s, cls, f"domain of {_compact(graph, prop)}")
            if not isinstance(o, Literal):
                for cls in ranges.get(prop, ()):
                    if isinstance(cls, URIRef) and not str(cls).startswith(str(rdflib.XSD)):
                        add(o, cls, f"range of {_compact(graph, prop)}")
    clashes: list[Clash] = []
    for node in sorted(types, key=str):
        if not isinstance(node, URIRef) or str(node).startswith((str(OWL), str(RDFS), str(RDF))):
            continue
        found = [tuple(sorted(pair, key=str)) for pair in pairs if pair <= types[node]]

        def dominated(pair, others=found):
            # (a, b) is implied by a clash between subclasses of a and b: report only the most specific
            a, b = pair
            return any(other != pair and {x, y} != {a, b}
                       and ((a in superclasses.get(x, {x}) | {x} and b in superclasses.get(y, {y}) | {y})
                            or (a in superclasses.get(y, {y}) | {y} and b in superclasses.get(x, {x}) | {x}))
                       for other in others for x, y in [other])

        for a, b in sorted(found, key=lambda pr: tuple(map(str, pr))):
            if dominated((a, b)):
                continue
            clashes.append(Clash(str(node), _label(graph, node),
                                 f"is both {_compact(graph, a)} ({why[(node, a)]}) and "
                                 f"{_compact(graph, b)} ({why[(node, b)]}), which are disjoint"))
    for prop in sorted(set(graph.subjects(RDF.type, OWL.FunctionalProperty)), key=str):
        for s in sorted(set(graph.subjects(prop, None)), key=str):
            values = set(graph.objects(s, prop))
            if len(values) > 1:
                clashes.append(Clash(str(s), _label(graph, s),
                                     f"has {len(values)} values of the functional property {_compact(graph, prop)}: "
                                     + ", ".join(sorted(map(str, values)))))
    return clashes


# ---------------------------------------------------------------- output


def _compact(graph: Graph, node: URIRef) -> str:
    try:
        return graph.namespace_manager.normalizeUri(node)
    except Exception:
        return str(node)


def _label(graph: Graph, node) -> str | None:
    labels = list(graph.objects(node, RDFS.label)) or list(graph.objects(node, SKOS.prefLabel))
    english = [label for label in labels if isinstance(label, Literal) and label.language == "en"]
    return str((english or labels)[0]) if labels else None


def format_reason_report(report: ReasonReport, *, limit: int = 50) -> str:
    lines = [f"Checked {report.scope} with HermiT: {report.triples} triples, {report.individuals} individuals."]
    if not report.consistent:
        lines.append("INCONSISTENT: no model satisfies the ontology and the data together.")
        if report.clashes:
            lines.append("Likely causes:")
            for clash in report.clashes[:limit]:
                name = clash.individual + (f' ("{clash.label}")' if clash.label else "")
                lines.append(f"  {name} {clash.reason}")
            if len(report.clashes) > limit:
                lines.append(f"  ... and {len(report.clashes) - limit} more")
        else:
            lines.append("No simple cause found (disjoint types, functional properties); "
                         "try a smaller --sample to narrow it down.")
        return "\n".join(lines)
    lines.append("consistent")
    if report.unsatisfiable:
        lines.append(f"Unsatisfiable classes ({len(report.unsatisfiable)}): " + ", ".join(report.unsatisfiable))
    else:
        lines.append("Unsatisfiable classes: none")
    if report.inferred:
        shown = report.inferred[:limit]
        lines.append(f"Inferred class memberships not asserted ({len(shown)} of {len(report.inferred)} shown):")
        width = min(60, max(len(r.label or r.individual) for r in shown))
        for row in shown:
            name = (row.label or row.individual)[:60]
            lines.append(f"  {name:<{width}}  {', '.join(row.classes)}")
        if len(report.inferred) > limit:
            lines.append(f"  ... and {len(report.inferred) - limit} more (raise --limit)")
    else:
        lines.append("Inferred class memberships not asserted: none")
    return "\n".join(lines)
