"""Generate `docs/ontology.md` and `ontology/context.jsonld` from the ontology.

    python -m rcpkg.docgen            # write both
    python -m rcpkg.docgen --check    # exit 1 when either is stale

Tables of classes (superclasses, English and Spanish labels and comments),
properties (kind, domain, range, super-properties), individuals, the
disjointness axioms, and a Mermaid class diagram of the rcp: classes with the
object properties that have both a domain and a range among them.
"""

from __future__ import annotations

import sys
from pathlib import Path

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS

from rcpkg.namespaces import ID, ONTOLOGY_IRI, prefixes
from rcpkg.namespaces import RCP_IRI as RCP

DOC_PATH = Path(__file__).resolve().parent.parent / "docs" / "ontology.md"
CONTEXT_PATH = Path(__file__).resolve().parent.parent / "ontology" / "context.jsonld"

# External terms with a short name in the JSON-LD context; True: the value is an IRI.
_CONTEXT_EXTERNAL = {
    "label": ("rdfs:label", False), "comment": ("rdfs:comment", False), "seeAlso": ("rdfs:seeAlso", True),
    "name": ("schema:name", False), "alternateName": ("schema:alternateName", False),
    "description": ("schema:description", False), "text": ("schema:text", False),
    "position": ("schema:position", False), "startDate": ("schema:startDate", False),
    "endDate": ("schema:endDate", False), "foundingDate": ("schema:foundingDate", False),
    "location": ("schema:location", True), "containedInPlace": ("schema:containedInPlace", True),
    "superEvent": ("schema:superEvent", True), "subEvent": ("schema:subEvent", True),
    "eventAttendanceMode": ("schema:eventAttendanceMode", True),
    "wasDerivedFrom": ("prov:wasDerivedFrom", True), "subject": ("dcterms:subject", True),
    "language": ("dcterms:language", False),
    "prefLabel": ("skos:prefLabel", False), "altLabel": ("skos:altLabel", False),
    "definition": ("skos:definition", False), "inScheme": ("skos:inScheme", True),
    "exactMatch": ("skos:exactMatch", True), "broader": ("skos:broader", True), "narrower": ("skos:narrower", True),
    "subOrganizationOf": ("org:subOrganizationOf", True), "member": ("org:member", True),
    "organization": ("org:organization", True), "memberDuring": ("org:memberDuring", True),
    "hasBeginning": ("time:hasBeginning", True), "hasEnd": ("time:hasEnd", True),
    "hasBody": ("oa:hasBody", True), "hasTarget": ("oa:hasTarget", True), "hasSource": ("oa:hasSource", True),
    "hasSelector": ("oa:hasSelector", True), "exact": ("oa:exact", False),
    "countryCode": ("gn:countryCode", False),
}

_PREFIXES = prefixes("rcp", "schema", "org", "prov", "oa", "skos", "time", "dcterms", "gn", "xsd", "owl", "rdfs", "rdf")
_PROPERTY_KINDS = [(OWL.ObjectProperty, "object"), (OWL.DatatypeProperty, "datatype"),
                   (OWL.AnnotationProperty, "annotation")]


def _short(node) -> str:
    text = str(node)
    for prefix, namespace in _PREFIXES.items():
        if text.startswith(namespace) and len(text) > len(namespace):
            return f"{prefix}:{text[len(namespace):]}"
    return f"<{text}>"


def _text(graph: Graph, node, prop, lang: str) -> str:
    values = sorted(str(o) for o in graph.objects(node, prop) if isinstance(o, Literal) and o.language == lang)
    return " ".join(values)


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _terms(graph: Graph, rdf_type) -> list[URIRef]:
    return sorted((s for s in graph.subjects(RDF.type, rdf_type) if str(s).startswith(RCP)), key=str)


def _list(graph: Graph, node, prop) -> str:
    return ", ".join(sorted(_short(o) for o in graph.objects(node, prop) if isinstance(o, URIRef)))


def render(graph: Graph) -> str:
    out: list[str] = []
    title = _text(graph, ONTOLOGY_IRI, DCTERMS.title, "en")
    out += [
        "# The rcpkg ontology",
        "",
        "<!-- GENERATED from ontology/rcpkg.ttl by `python -m rcpkg.docgen`; do not edit. -->",
        "",
        f"**{_cell(title)}**",
        "",
        f"- IRI: `{ONTOLOGY_IRI}` (prefix `rcp:` = `{RCP}`)",
        f"- Version: {graph.value(ONTOLOGY_IRI, OWL.versionInfo)}",
        f"- License: <{graph.value(ONTOLOGY_IRI, DCTERMS.license)}>",
        "",
        _text(graph, ONTOLOGY_IRI, DCTERMS.description, "en"),
        "",
        f"*{_text(graph, ONTOLOGY_IRI, DCTERMS.description, 'es')}*",
        "",
        "How the terms are used (named graphs, IRIs, evidence) is in [design.md](design.md); "
        "the SHACL shapes that check the data are in `shapes/shapes.ttl`.",
        "",
    ]

    classes = _terms(graph, OWL.Class)
    out += ["## Diagram", "", "```mermaid", "classDiagram"]
    for cls in classes:
        for sup in sorted(graph.objects(cls, RDFS.subClassOf), key=str):
            if isinstance(sup, URIRef) and str(sup).startswith(RCP):
                out.append(f"    {_short(sup)[4:]} <|-- {_short(cls)[4:]}")
    for prop in _terms(graph, OWL.ObjectProperty):
        for domain in sorted(graph.objects(prop, RDFS.domain), key=str):
            for range_ in sorted(graph.objects(prop, RDFS.range), key=str):
                if str(domain).startswith(RCP) and str(range_).startswith(RCP):
                    out.append(f"    {_short(domain)[4:]} --> {_short(range_)[4:]} : {_short(prop)[4:]}")
    out += ["```", ""]

    out += [f"## Classes ({len(classes)})", "",
            "| Class | Superclasses | Label (en) | Label (es) | Comment (en) | Comment (es) |",
            "|---|---|---|---|---|---|"]
    for cls in classes:
        out.append("| " + " | ".join(_cell(x) for x in [
            f"`{_short(cls)}`", _list(graph, cls, RDFS.subClassOf),
            _text(graph, cls, RDFS.label, "en"), _text(graph, cls, RDFS.label, "es"),
            _text(graph, cls, RDFS.comment, "en"), _text(graph, cls, RDFS.comment, "es")]) + " |")
    out.append("")

    properties = sorted({p for kind, _ in _PROPERTY_KINDS for p in _terms(graph, kind)}, key=str)
    out += [f"## Properties ({len(properties)})", "",
            "| Property | Kind | Domain | Range | Super-properties | Label (en) | Label (es) | Comment (en) | Comment (es) |",
            "|---|---|---|---|---|---|---|---|---|"]
    for prop in properties:
        kinds = [name for kind, name in _PROPERTY_KINDS if (prop, RDF.type, kind) in graph]
        if (prop, RDF.type, OWL.FunctionalProperty) in graph:
            kinds.append("functional")
        out.append("| " + " | ".join(_cell(x) for x in [
            f"`{_short(prop)}`", ", ".join(kinds), _list(graph, prop, RDFS.domain), _list(graph, prop, RDFS.range),
            _list(graph, prop, RDFS.subPropertyOf),
            _text(graph, prop, RDFS.label, "en"), _text(graph, prop, RDFS.label, "es"),
            _text(graph, prop, RDFS.comment, "en"), _text(graph, prop, RDFS.comment, "es")]) + " |")
    out.append("")

    individuals = _terms(graph, OWL.NamedIndividual)
    role_property = URIRef(RCP + "roleProperty")
    out += [f"## Individuals ({len(individuals)})", "",
            "| Individual | Type | rcp:roleProperty | Label (en) | Label (es) | Comment (en) | Comment (es) |",
            "|---|---|---|---|---|---|---|"]
    for ind in individuals:
        types = ", ".join(sorted(_short(t) for t in graph.objects(ind, RDF.type) if t != OWL.NamedIndividual))
        out.append("| " + " | ".join(_cell(x) for x in [
            f"`{_short(ind)}`", types, _list(graph, ind, role_property),
            _text(graph, ind, RDFS.label, "en"), _text(graph, ind, RDFS.label, "es"),
            _text(graph, ind, RDFS.comment, "en"), _text(graph, ind, RDFS.comment, "es")]) + " |")
    out.append("")

    out += ["## Disjoint classes", ""]
    for node in sorted(graph.subjects(RDF.type, OWL.AllDisjointClasses), key=lambda n: _disjoint_key(graph, n)):
        out.append("- pairwise disjoint: " + ", ".join(f"`{_short(m)}`" for m in _members(graph, node)))
    for a, b in sorted(graph.subject_objects(OWL.disjointWith), key=lambda ab: (str(ab[0]), str(ab[1]))):
        out.append(f"- `{_short(a)}` and `{_short(b)}`")
    out.append("")

    external = sorted((s for s in set(graph.subjects(RDF.type, None))
                       if isinstance(s, URIRef) and not str(s).startswith(RCP) and s != ONTOLOGY_IRI), key=str)
    out += ["## External terms declared", "",
            "Declared with their OWL kind only, so that the ontology is OWL 2 DL and HermiT loads it alone:", "",
            ", ".join(f"`{_short(t)}`" for t in external), ""]
    return "\n".join(out)


def render_context(graph: Graph) -> str:
    """A JSON-LD 1.1 @context: the prefixes, every rcp: term by its local name, common external terms."""
    import json

    context: dict = {"@version": 1.1, "id": str(ID)}
    context.update(_PREFIXES)
    iri_valued = set(graph.subjects(RDF.type, OWL.ObjectProperty)) | set(graph.subjects(RDF.type, OWL.AnnotationProperty))
    terms = sorted({s for s in graph.subjects() if isinstance(s, URIRef) and str(s).startswith(RCP)}, key=str)
    for term in terms:
        name = str(term)[len(RCP):]
        context[name] = {"@id": _short(term), "@type": "@id"} if term in iri_valued else _short(term)
    for name, (curie, is_iri) in sorted(_CONTEXT_EXTERNAL.items()):
        if name not in context:
            context[name] = {"@id": curie, "@type": "@id"} if is_iri else curie
    return json.dumps({"@context": context}, indent=2, ensure_ascii=False) + "\n"


def _members(graph: Graph, node: BNode) -> list:
    return list(Collection(graph, graph.value(node, OWL.members)))


def _disjoint_key(graph: Graph, node: BNode) -> str:
    return " ".join(str(m) for m in _members(graph, node))


def _outputs() -> dict[Path, str]:
    from rcpkg.resources import ontology_file

    graph = Graph().parse(ontology_file(), format="turtle")
    return {DOC_PATH: render(graph), CONTEXT_PATH: render_context(graph)}


def stale() -> list[Path]:
    """The generated files whose content differs from what the ontology gives now."""
    return [path for path, text in _outputs().items()
            if not path.exists() or path.read_text(encoding="utf-8") != text]


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv == ["--check"]:
        paths = stale()
        for path in paths:
            print(f"{path} is stale: run python -m rcpkg.docgen", file=sys.stderr)
        return 1 if paths else 0
    if argv:
        print("usage: python -m rcpkg.docgen [--check]", file=sys.stderr)
        return 2
    for path, text in _outputs().items():
        path.write_text(text, encoding="utf-8")
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
