"""The namespaces rcpkg uses: the one place where the project's IRIs and the vocabularies' are written.

The project's own: `BASE` and under it the ontology (`RCP_IRI`, `ONTOLOGY_IRI`), the entities (`ID`),
the named graphs (`GRAPH`), the staging graphs of a publish (`STAGING`) and skolem IRIs (`SKOLEM`).
`PREFIXES` gives every vocabulary a prefix; `prefixes(...)` picks some in order, and
`sparql_prefixes(...)` writes PREFIX lines for query text built in Python (the .rq files of
queries/ keep their own PREFIX lines: they are standalone SPARQL). `tests/test_namespaces.py`
fails when a module writes an rcpkg IRI itself.

`RCP` is a `DefinedNamespace` generated from the ontology (`ontology/rcpkg.ttl`)
into `rcpkg/_rcp_terms.py`, so a misspelt term raises
`AttributeError` instead of minting a new IRI. Regenerate it after editing the
ontology:

    python -m rcpkg.namespaces --write      # or --check (exit 1 when stale)

`tests/test_namespaces.py` fails when the generated module is stale.
"""

from __future__ import annotations

import sys
from pathlib import Path

from rdflib import Namespace, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SH, SKOS, TIME, XSD

from rcpkg._rcp_terms import EVENT_KINDS, INSTITUTION_CLASSES, INVOLVEMENT_ROLES, MEMBERSHIP_ROLES, RCP

__all__ = ["RCP", "ID", "GRAPH", "SDO", "ORG", "OA", "GN", "DCTERMS", "OWL", "PROV", "RDF", "RDFS", "SH", "SKOS",
           "TIME", "XSD", "BASE", "RCP_IRI", "ONTOLOGY_IRI", "STAGING", "SKOLEM", "PREFIXES", "prefixes",
           "sparql_prefixes", "EVENT_KINDS", "INVOLVEMENT_ROLES", "MEMBERSHIP_ROLES", "INSTITUTION_CLASSES"]

BASE = "https://w3id.org/rcpkg/"
RCP_IRI = BASE + "ontology#"  # = str(RCP), which is generated from the ontology
ONTOLOGY_IRI = URIRef(BASE + "ontology")
ID = Namespace(BASE + "id/")
GRAPH = Namespace(BASE + "graph/")
STAGING = BASE + "staging/"  # publish: upload names, moved into place with MOVE
SKOLEM = BASE + ".well-known/genid/"  # publish: blank nodes as IRIs, for servers that refuse them

SDO = Namespace("https://schema.org/")
ORG = Namespace("http://www.w3.org/ns/org#")
OA = Namespace("http://www.w3.org/ns/oa#")
GN = Namespace("https://www.geonames.org/ontology#")

PREFIXES: dict[str, str] = {
    "rcp": RCP_IRI, "id": str(ID), "graph": str(GRAPH), "schema": str(SDO), "org": str(ORG),
    "prov": str(PROV), "oa": str(OA), "skos": str(SKOS), "dcterms": str(DCTERMS), "gn": str(GN),
    "time": str(TIME), "rdf": str(RDF), "rdfs": str(RDFS), "owl": str(OWL), "xsd": str(XSD), "sh": str(SH),
}


def prefixes(*names: str) -> dict[str, str]:
    """prefix -> namespace for `names`, in that order (KeyError for a prefix rcpkg does not know)."""
    return {name: PREFIXES[name] for name in names}


def sparql_prefixes(*names: str) -> str:
    """PREFIX lines for `names`, for SPARQL text written in Python."""
    return "".join(f"PREFIX {name}: <{iri}>\n" for name, iri in prefixes(*names).items())

GENERATED_MODULE = Path(__file__).with_name("_rcp_terms.py")

_KINDS = {OWL.Class: "class", OWL.ObjectProperty: "object property",
          OWL.DatatypeProperty: "datatype property", OWL.AnnotationProperty: "annotation property"}


def _kind(graph, term: URIRef) -> str:
    for rdf_type in graph.objects(term, RDF.type):
        if rdf_type in _KINDS:
            return _KINDS[rdf_type]
    return "individual"


def generate(ontology_path: Path | None = None) -> str:
    """The source of `rcpkg/_rcp_terms.py` for the rcp: terms declared in the ontology."""
    import rdflib

    from rcpkg.resources import ontology_file

    graph = rdflib.Graph().parse(ontology_path or ontology_file(), format="turtle")
    names = sorted({str(s)[len(RCP_IRI):] for s in graph.subjects()
                    if isinstance(s, URIRef) and str(s).startswith(RCP_IRI)},
                   key=lambda name: (name[0].islower(), name))
    lines = [
        '"""GENERATED from ontology/rcpkg.ttl by `python -m rcpkg.namespaces --write`; do not edit."""',
        "",
        "from rdflib import Namespace, URIRef",
        "from rdflib.namespace import DefinedNamespace",
        "",
        "",
        "class RCP(DefinedNamespace):",
        f'    """Terms of the rcpkg ontology <{RCP_IRI}>."""',
        "",
        f'    _NS = Namespace("{RCP_IRI}")',
        "    _fail = True",
        "",
    ]
    for name in names:
        term = URIRef(RCP_IRI + name)
        label = next((o for o in graph.objects(term, RDFS.label) if getattr(o, "language", None) == "en"), "")
        lines.append(f"    {name}: URIRef  # {_kind(graph, term)}: {label}".rstrip())
    lines += ["", "", "# Lists that restate the ontology, generated with the class above (the hand-kept ones are",
              "# checked against the ontology by tests/test_ontology_lists.py).", ""]
    for name, comment, value in ontology_lists(graph):
        lines.append(f"#: {comment}")
        if isinstance(value, dict):
            lines.append(f"{name}: dict[str, str] = {{")
            lines += [f'    "{k}": "{v}",' for k, v in value.items()]
            lines.append("}")
        else:
            lines.append(f"{name}: tuple[str, ...] = (")
            lines += [f'    "{v}",' for v in value]
            lines.append(")")
        lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"


def key_of(local_name: str, suffix: str = "") -> str:
    """The key users and reference files write for an rcp: term: `ViceMinisterialMeeting` ->
    `vice-ministerial-meeting`, `PresidencyProTemporeRole` (suffix "Role") -> `presidency-pro-tempore`."""
    import re

    if suffix and local_name.endswith(suffix):
        local_name = local_name[:-len(suffix)]
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "-", local_name).lower()


def ontology_lists(graph) -> list[tuple[str, str, dict[str, str] | tuple[str, ...]]]:
    """(name, comment, value) of each list generated from the ontology `graph` into `_rcp_terms.py`."""
    rcp = Namespace(RCP_IRI)

    def local(term) -> str:
        return str(term)[len(RCP_IRI):]

    def own(terms) -> list[str]:
        return sorted(local(t) for t in set(terms) if isinstance(t, URIRef) and str(t).startswith(RCP_IRI))

    def subclasses(cls) -> list[str]:
        return own(t for t in graph.transitive_subjects(RDFS.subClassOf, cls) if t != cls)

    return [
        ("EVENT_KINDS", "event kind key -> its class: every subclass of rcp:Event",
         {key_of(c): c for c in subclasses(rcp.Event)}),
        ("INVOLVEMENT_ROLES", "involvement role key -> its rcp:InvolvementRole individual",
         {key_of(r): r for r in own(graph.subjects(RDF.type, rcp.InvolvementRole))}),
        ("MEMBERSHIP_ROLES", "membership role key -> its org:Role individual (in rcp:)",
         {key_of(r, "Role"): r for r in own(graph.subjects(RDF.type, ORG.Role))}),
        ("INSTITUTION_CLASSES", "rcp:Institution and every subclass of it",
         tuple(["Institution"] + subclasses(rcp.Institution))),
    ]


def is_stale() -> bool:
    current = GENERATED_MODULE.read_text(encoding="utf-8") if GENERATED_MODULE.exists() else ""
    return current != generate()


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv == ["--write"]:
        GENERATED_MODULE.write_text(generate(), encoding="utf-8")
        print(f"wrote {GENERATED_MODULE}")
        return 0
    if argv == ["--check"]:
        if is_stale():
            print(f"{GENERATED_MODULE} is stale: run python -m rcpkg.namespaces --write", file=sys.stderr)
            return 1
        print(f"{GENERATED_MODULE} is up to date")
        return 0
    if argv:
        print("usage: python -m rcpkg.namespaces [--write | --check]", file=sys.stderr)
        return 2
    sys.stdout.write(generate())
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
