"""The ontology: parses, every rcp: term is labelled and explained in English and
Spanish, the alignments hold, and no file says http://schema.org/."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS

from rcpkg.namespaces import ORG, PROV, RCP, SDO
from rcpkg.resources import ontology_file

REPO = Path(__file__).resolve().parent.parent
RCP_IRI = "https://w3id.org/rcpkg/ontology#"


@pytest.fixture(scope="module")
def onto() -> Graph:
    return Graph().parse(ontology_file(), format="turtle")


def rcp_terms(graph: Graph) -> list[URIRef]:
    return sorted({s for s in graph.subjects() if isinstance(s, URIRef) and str(s).startswith(RCP_IRI)}, key=str)


def test_ontology_header(onto):
    ontology = URIRef("https://w3id.org/rcpkg/ontology")
    assert (ontology, RDF.type, OWL.Ontology) in onto
    assert onto.value(ontology, OWL.versionInfo) is not None
    for prop in ("title", "description", "license"):
        assert onto.value(ontology, URIRef("http://purl.org/dc/terms/" + prop)) is not None, prop


def test_declares_many_terms(onto):
    assert len(rcp_terms(onto)) >= 80


@pytest.mark.parametrize("prop", [RDFS.label, RDFS.comment], ids=["label", "comment"])
@pytest.mark.parametrize("lang", ["en", "es"])
def test_every_rcp_term_has_label_and_comment_in_both_languages(onto, prop, lang):
    missing = [str(t) for t in rcp_terms(onto)
               if not any(isinstance(o, Literal) and o.language == lang and str(o).strip()
                          for o in onto.objects(t, prop))]
    assert not missing, f"no {prop} @{lang}: {missing}"


def test_every_rcp_term_is_declared_with_an_owl_kind(onto):
    kinds = {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty, OWL.NamedIndividual}
    untyped = [str(t) for t in rcp_terms(onto) if not kinds & set(onto.objects(t, RDF.type))]
    assert not untyped


@pytest.mark.parametrize("sub,sup", [
    (RCP.ConsultativeProcess, ORG.OrganizationalCollaboration),
    (RCP.Institution, ORG.Organization),
    (RCP.Body, ORG.OrganizationalUnit),
    (RCP.OrganizationUnit, ORG.OrganizationalUnit),
    (RCP.Event, SDO.Event),
    (RCP.EventSeries, SDO.EventSeries),
    (RCP.City, SDO.City),
    (RCP.Country, SDO.Country),
    (RCP.SourceDocument, PROV.Entity),
    (RCP.Involvement, PROV.Influence),
    (RCP.ThemeAssignment, PROV.Influence),
    (RCP.InvolvementRole, PROV.Role),
])
def test_class_alignment(onto, sub, sup):
    assert (sub, RDFS.subClassOf, sup) in onto


@pytest.mark.parametrize("sub,sup", [
    (RCP.organizedBy, SDO.organizer),
    (RCP.fundedBy, SDO.funder),
    (RCP.supportedBy, SDO.sponsor),
    (RCP.hasParticipant, SDO.attendee),
])
def test_property_alignment(onto, sub, sup):
    assert (sub, RDFS.subPropertyOf, sup) in onto


SUBPROPERTIES = ["convenedBy", "coordinatedBy", "organizedBy", "supportedBy", "fundedBy", "hostedBy",
                 "hasParticipant", "mentions"]


@pytest.mark.parametrize("name", SUBPROPERTIES)
def test_involvement_subproperties(onto, name):
    assert (RCP[name], RDFS.subPropertyOf, RCP.involves) in onto


def test_each_involvement_role_names_a_distinct_subproperty(onto):
    roles = sorted(onto.subjects(RDF.type, RCP.InvolvementRole), key=str)
    assert len(roles) == 8
    targets = [onto.value(role, RCP.roleProperty) for role in roles]
    assert sorted(str(t) for t in targets) == sorted(str(RCP[n]) for n in SUBPROPERTIES)


@pytest.mark.parametrize("name", ["MemberRole", "ObserverRole", "FoundingMemberRole", "PresidencyProTemporeRole",
                                  "SecretariatRole"])
def test_membership_roles_are_org_roles(onto, name):
    assert (RCP[name], RDF.type, ORG.Role) in onto


@pytest.mark.parametrize("a,b", [(RCP.Event, RCP.Institution), (RCP.City, RCP.Country),
                                 (RCP.Involvement, RCP.Event), (RCP.City, RCP.Institution),
                                 (RCP.Country, RCP.Event)])
def test_disjointness(onto, a, b):
    from rdflib.collection import Collection

    groups = [set(Collection(onto, onto.value(n, OWL.members))) for n in onto.subjects(RDF.type, OWL.AllDisjointClasses)]
    assert any({a, b} <= group for group in groups) or (a, OWL.disjointWith, b) in onto or (b, OWL.disjointWith, a) in onto


def test_external_terms_used_are_declared(onto):
    """OWL 2 DL needs every property and class used in an axiom declared (HermiT loads it alone)."""
    declared = set(onto.subjects(RDF.type, None))
    used = set()
    for s, p, o in onto:
        if p in (RDFS.subClassOf, RDFS.subPropertyOf, RDFS.domain, RDFS.range, OWL.disjointWith) and isinstance(o, URIRef):
            used.add(o)
    builtin = ("http://www.w3.org/2001/XMLSchema#", str(RDF), str(OWL))
    missing = [str(t) for t in used if t not in declared and not str(t).startswith(builtin)]
    assert not missing


RDF_SUFFIXES = (".ttl", ".rq", ".jsonld", ".trig", ".nt", ".nq", ".owl", ".rdf")


def _package_text_files() -> list[Path]:
    """Every file in ontology/, shapes/ and queries/, and every RDF or query file in the other package folders."""
    files = set()
    for folder in ("ontology", "shapes", "queries"):
        files |= {p for p in (REPO / folder).rglob("*") if p.is_file() and "__pycache__" not in p.parts}
    for folder in ("data", "rcpkg", "loaders", "viz"):
        files |= {p for p in (REPO / folder).rglob("*") if p.is_file() and p.suffix in RDF_SUFFIXES}
    return sorted(files)


def test_package_rdf_files_found():
    names = {p.name for p in _package_text_files()}
    assert {"rcpkg.ttl", "shapes.ttl", "context.jsonld"} <= names


@pytest.mark.parametrize("path", _package_text_files(), ids=lambda p: str(p.relative_to(REPO)))
def test_no_http_schema_org(path):
    assert "http://schema.org/" not in path.read_text(encoding="utf-8", errors="replace")


def test_context_maps_schema_to_https():
    import json

    from rcpkg.resources import jsonld_context_file

    context = json.loads(jsonld_context_file().read_text(encoding="utf-8"))["@context"]
    assert context["schema"] == "https://schema.org/"
    assert context["rcp"] == RCP_IRI
    assert context["Event"] == "rcp:Event"


def test_context_round_trips_a_graph():
    import json

    from rdflib.compare import isomorphic

    from rcpkg.resources import jsonld_context_file, shapes_dir

    graph = Graph().parse(shapes_dir() / "examples" / "valid" / "plenary-meeting.ttl", format="turtle")
    context = json.loads(jsonld_context_file().read_text(encoding="utf-8"))["@context"]
    text = graph.serialize(format="json-ld", context=context)
    assert '"Event"' in text  # compacted with the short names
    assert isomorphic(graph, Graph().parse(data=text, format="json-ld"))


def test_generated_docs_and_context_are_current():
    from rcpkg import docgen

    assert docgen.stale() == [], "run: python -m rcpkg.docgen"


def test_docs_list_every_class(onto):
    text = (REPO / "docs" / "ontology.md").read_text(encoding="utf-8")
    for cls in onto.subjects(RDF.type, OWL.Class):
        if str(cls).startswith(RCP_IRI):
            assert f"`rcp:{str(cls)[len(RCP_IRI):]}`" in text
    assert "```mermaid" in text
