"""The SHACL shapes and their examples: every valid example conforms, every
invalid one fails on exactly the defect its file names (its `# expect:` line
gives the constraint component and path), each kind of constraint has an
invalid example, the valid examples exercise every shape, and the shapes pass
SHACL-for-SHACL."""

from __future__ import annotations

from pathlib import Path

import pytest
import rdflib
from rdflib import Graph, URIRef
from rdflib.namespace import RDF

from rcpkg.resources import shapes_dir, shapes_file
from rcpkg.validate import SH, format_report, load_shapes, validate_files, validate_graph

EXAMPLES = shapes_dir() / "examples"
VALID = sorted((EXAMPLES / "valid").glob("*.ttl"))
INVALID = sorted((EXAMPLES / "invalid").glob("*.ttl"))


def test_example_folders_are_not_empty():
    assert VALID, "no valid examples found"
    assert len(INVALID) >= 10, "too few invalid examples found"


@pytest.mark.parametrize("path", VALID, ids=lambda p: p.name)
def test_valid_example_conforms(path):
    report = validate_files([path])
    assert report.conforms, format_report(report)
    assert report.results == []


def expectation(path: Path) -> tuple[str, str | None]:
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line.startswith("# expect:")]
    assert len(lines) == 1, f"{path.name} needs one '# expect: sh:<Component> <path or ->' line"
    _, _, component, result_path = lines[0].split()
    return component.removeprefix("sh:"), None if result_path == "-" else result_path


@pytest.mark.parametrize("path", INVALID, ids=lambda p: p.name)
def test_invalid_example_fails_on_its_one_defect(path):
    component, result_path = expectation(path)
    report = validate_files([path])
    assert not report.conforms
    assert len(report.results) == 1, format_report(report)
    result = report.results[0]
    assert result.component == component, format_report(report)
    assert result.path == result_path, format_report(report)
    assert result.severity == "Violation"
    assert result.message and "http" not in result.message.split()[0]  # a sentence, not an IRI


# sh:<parameter> in the shapes -> the constraint component an invalid example must exercise
PARAMETER_COMPONENT = {
    "minCount": "MinCountConstraintComponent", "maxCount": "MaxCountConstraintComponent",
    "uniqueLang": "UniqueLangConstraintComponent", "datatype": "DatatypeConstraintComponent",
    "languageIn": "LanguageInConstraintComponent", "class": "ClassConstraintComponent",
    "pattern": "PatternConstraintComponent", "nodeKind": "NodeKindConstraintComponent",
    "in": "InConstraintComponent", "sparql": "SPARQLConstraintComponent",
    "qualifiedMinCount": "QualifiedMinCountConstraintComponent",
    "qualifiedMaxCount": "QualifiedMaxCountConstraintComponent",
    "lessThan": "LessThanConstraintComponent", "or": "OrConstraintComponent", "xone": "XoneConstraintComponent",
    "hasValue": "HasValueConstraintComponent", "minInclusive": "MinInclusiveConstraintComponent",
    "minLength": "MinLengthConstraintComponent", "lessThanOrEquals": "LessThanOrEqualsConstraintComponent",
}


def test_every_kind_of_constraint_has_an_invalid_example():
    shapes = load_shapes()
    used = {name for name in PARAMETER_COMPONENT if any(shapes.subject_objects(SH[name]))}
    assert {"minCount", "maxCount", "uniqueLang", "datatype", "languageIn", "class", "pattern", "nodeKind", "in",
            "sparql", "qualifiedMinCount"} <= used
    covered = {expectation(path)[0] for path in INVALID}
    missing = sorted(PARAMETER_COMPONENT[name] for name in used if PARAMETER_COMPONENT[name] not in covered)
    assert not missing, f"no invalid example for {missing}"


def test_shapes_use_only_known_parameters():
    """A new kind of constraint must be added to PARAMETER_COMPONENT (and get an invalid example)."""
    shapes = load_shapes()
    structural = {"targetClass", "property", "path", "message", "inversePath", "alternativePath", "select",
                  "prefixes", "declare", "prefix", "namespace", "qualifiedValueShape"}
    sh_predicates = {str(p)[len(str(SH)):] for p in shapes.predicates() if str(p).startswith(str(SH))}
    unknown = sh_predicates - structural - set(PARAMETER_COMPONENT)
    assert not unknown, f"constraint parameters without an example mapping: {unknown}"


def test_valid_examples_exercise_every_shape():
    shapes = load_shapes()
    data = Graph()
    for path in VALID:
        data.parse(path, format="turtle")
    unexercised = []
    for shape in set(shapes.subjects(SH.targetClass, None)):
        targets = set(shapes.objects(shape, SH.targetClass))
        if not any(any(data.subjects(RDF.type, cls)) for cls in targets):
            unexercised.append(str(shape))
    assert not unexercised, f"no valid example has an instance for {sorted(unexercised)}"


def test_shapes_pass_shacl_for_shacl():
    import pyshacl

    shacl_shacl = Path(pyshacl.__file__).parent / "assets" / "shacl-shacl.ttl"
    assert shacl_shacl.is_file()
    meta = Graph().parse(shacl_shacl, format="turtle")
    conforms, _, text = pyshacl.validate(Graph().parse(shapes_file(), format="turtle"), shacl_graph=meta,
                                         inference="none")
    assert conforms, text


def test_shacl_for_shacl_catches_a_broken_shape():
    """The meta-check is real: a shape with two sh:path values fails it."""
    import pyshacl

    meta = Graph().parse(Path(pyshacl.__file__).parent / "assets" / "shacl-shacl.ttl", format="turtle")
    broken = Graph().parse(data="""
        @prefix sh: <http://www.w3.org/ns/shacl#> . @prefix ex: <http://example.org/> .
        ex:S a sh:NodeShape ; sh:property [ sh:path ex:a , ex:b ; sh:minCount -1 ] .
    """, format="turtle")
    conforms, _, _ = pyshacl.validate(broken, shacl_graph=meta, inference="none")
    assert not conforms


def test_shapes_never_cap_labels_with_max_count():
    shapes = load_shapes()
    from rdflib.namespace import RDFS, SKOS

    for prop_shape in shapes.subjects(SH.path, None):
        if shapes.value(prop_shape, SH.path) in (RDFS.label, SKOS.prefLabel, SKOS.altLabel):
            assert shapes.value(prop_shape, SH.maxCount) is None, prop_shape


def test_validate_does_not_change_the_callers_graph():
    data = Graph().parse(VALID[0], format="turtle")
    before = len(data)
    validate_graph(data)
    assert len(data) == before


def test_validates_all_graphs_of_a_dataset_as_one():
    """One named graph is validated together with the reference graph (incremental builds)."""
    dataset = rdflib.Dataset()
    page = Graph().parse(EXAMPLES / "valid" / "plenary-meeting.ttl", format="turtle")
    reference = Graph().parse(EXAMPLES / "valid" / "reference.ttl", format="turtle")
    page_graph = dataset.graph(URIRef("https://w3id.org/rcpkg/graph/source/example"))
    ref_graph = dataset.graph(URIRef("https://w3id.org/rcpkg/graph/reference"))
    for s, p, o in page:
        page_graph.add((s, p, o))
    for s, p, o in reference:
        ref_graph.add((s, p, o))
    assert validate_graph(dataset).conforms
    # drop the involvement's agent type from the reference: the page graph alone no longer conforms
    ref_graph.remove((URIRef("https://w3id.org/rcpkg/id/org/rcm"), None, None))
    page_graph.remove((URIRef("https://w3id.org/rcpkg/id/org/rcm"), None, None))
    report = validate_graph(dataset)
    assert not report.conforms
    assert {r.path for r in report.results} >= {"rcp:agent"}


def test_result_points_to_the_source_text():
    report = validate_files([EXAMPLES / "invalid" / "event-missing-label.ttl"])
    (result,) = report.results
    assert result.focus == "https://w3id.org/rcpkg/id/event/cac9a0c45ae52466"
    assert result.focus_label == "I Plenary Meeting of the RCM and the SACM"  # schema:name stands in
    assert "https://crmsv.org/events?page=3" in result.sources
    assert result.evidence is not None
    assert (result.evidence.start, result.evidence.end) == (242, 283)
    from rcpkg.resources import bundled_sources_dir

    text = (bundled_sources_dir() / "crmsv.org_events_page-3.txt").read_text(encoding="utf-8")
    assert text[242:283] == "I Plenary Meeting of the RCM and the SACM"
    assert result.evidence.line == text.count("\n", 0, 242) + 1
    shown = format_report(report)
    assert f"line {result.evidence.line}" in shown and "rdfs:label" in shown
    assert shown.splitlines()[-1].startswith("Conforms: no (1 violation")


def test_unparsable_turtle_names_file_and_line(tmp_path):
    from rcpkg.errors import LoaderError

    bad = tmp_path / "bad.ttl"
    bad.write_text('@prefix ex: <http://example.org/> .\n\nex:a ex:b "unterminated .\n', encoding="utf-8")
    with pytest.raises(LoaderError) as info:
        validate_files([bad])
    assert info.value.path == str(bad)
    assert info.value.line == 3


@pytest.mark.parametrize("path", VALID + INVALID, ids=lambda p: p.parent.name + "/" + p.name)
def test_sparql_compiled_shapes_agree_with_pyshacl(path):
    """The build's fast path (rcpkg.shacl_sparql on Oxigraph) finds the same defects as pySHACL."""
    import pyoxigraph

    from rcpkg.iris import ONTOLOGY_GRAPH
    from rcpkg.resources import ontology_file
    from rcpkg.shacl_sparql import compile_shapes, run_checks

    compiled = compile_shapes(load_shapes())
    assert compiled.unsupported == []
    store = pyoxigraph.Store()
    store.load(path=str(path), format=pyoxigraph.RdfFormat.TURTLE,
               to_graph=pyoxigraph.NamedNode("https://w3id.org/rcpkg/graph/source/example"))
    store.load(path=str(ontology_file()), format=pyoxigraph.RdfFormat.TURTLE,
               to_graph=pyoxigraph.NamedNode(str(ONTOLOGY_GRAPH)))
    found = sorted(str(v.component).rsplit("#", 1)[-1] for v in run_checks(compiled, store))
    expected = [] if path in VALID else [expectation(path)[0]]
    assert found == expected


def test_context_graphs_take_part_but_only_the_data_is_reported():
    """Incremental builds: a page graph is checked with the reference graph as context."""
    page = Graph().parse(EXAMPLES / "valid" / "plenary-meeting.ttl", format="turtle")
    reference = Graph().parse(EXAMPLES / "valid" / "reference.ttl", format="turtle")
    # a defect in a reference node the page never mentions is not the page's problem
    reference.remove((URIRef("https://w3id.org/rcpkg/id/org/gov-uy"), URIRef("https://w3id.org/rcpkg/ontology#country"), None))
    assert not validate_graph(reference).conforms
    assert validate_graph(page, context=[reference]).conforms
    # a page node that needs the context still fails when the context lacks what it needs
    page.remove((URIRef("https://w3id.org/rcpkg/id/org/rcm"), RDF.type, None))
    report = validate_graph(page, context=[Graph()])
    assert not report.conforms
    assert {r.path for r in report.results} >= {"rcp:agent"}
