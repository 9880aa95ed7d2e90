"""The compiled validator (rcpkg.shacl_sparql, what `rcpkg build` runs) reports what pySHACL
reports, component by component, on the cases of tests/fixtures/shacl/; the conformance table
of the docs is generated from the same run."""

from __future__ import annotations

from functools import lru_cache

import pytest
from rdflib.namespace import SH

from rcpkg.shacl_conformance import CASES, DOC, all_cases, render, run_case
from rcpkg.validate import load_shapes

CASE_LIST = all_cases()


@lru_cache(maxsize=None)
def outcome(index: int):
    return run_case(CASE_LIST[index])


def test_the_cases_were_found():
    assert len(CASE_LIST) >= 40
    assert len({c.file for c in CASE_LIST}) == len(list(CASES.glob("*.ttl"))) >= 25


@pytest.mark.parametrize("index", range(len(CASE_LIST)), ids=[f"{c.file}:{c.name}" for c in CASE_LIST])
def test_compiled_engine_agrees_with_pyshacl(index):
    result = outcome(index)
    if result.case.differs:  # pySHACL departs from the spec here: the cases must keep showing it
        assert result.reference != result.fast, "pySHACL now agrees: drop the '#### pyshacl differs' line"
        return
    missing, extra = result.reference - result.fast, result.fast - result.reference
    assert not missing and not extra, f"only pySHACL: {sorted(missing)}\nonly compiled: {sorted(extra)}"


@pytest.mark.parametrize("file", sorted({c.file for c in CASE_LIST}))
def test_each_component_file_has_cases_that_fail(file):
    """A case that conforms proves nothing: every file has results (a case that can fail)."""
    results = [outcome(i) for i, c in enumerate(CASE_LIST) if c.file == file]
    assert any(r.reference for r in results), f"{file}: pySHACL reports nothing on any case"


def test_every_component_of_the_bundled_shapes_has_cases():
    shapes = load_shapes()
    used = {p for p in shapes.predicates() if str(p).startswith(str(SH))}
    parameters = {SH["class"], SH.datatype, SH.nodeKind, SH.minCount, SH.maxCount, SH.minInclusive,
                  SH.maxInclusive, SH.minExclusive, SH.maxExclusive, SH.minLength, SH.maxLength, SH.pattern,
                  SH.languageIn, SH.uniqueLang, SH.equals, SH.disjoint, SH.lessThan, SH.lessThanOrEquals,
                  SH["not"], SH["and"], SH["or"], SH.xone, SH.node, SH.property, SH.qualifiedValueShape,
                  SH.closed, SH.hasValue, SH["in"], SH.sparql}
    not_constraints = {SH.path, SH.message, SH.targetClass, SH.targetNode, SH.targetSubjectsOf,
                       SH.targetObjectsOf, SH.flags, SH.qualifiedMinCount, SH.qualifiedMaxCount, SH.name,
                       SH.description, SH.severity, SH.select, SH.prefixes, SH.declare, SH.prefix, SH.namespace,
                       SH.inversePath, SH.alternativePath, SH.zeroOrMorePath, SH.oneOrMorePath, SH.zeroOrOnePath,
                       SH.ignoredProperties, SH.deactivated, SH.order, SH.group}
    text = "\n".join(path.read_text(encoding="utf-8") for path in CASES.glob("*.ttl"))
    for parameter in parameters | (used - not_constraints):
        local = str(parameter).rsplit("#", 1)[-1]
        assert f"sh:{local} " in text, f"no conformance case uses sh:{local}"


def test_the_bundled_shapes_are_all_compiled():
    from rcpkg.shacl_sparql import compile_shapes
    from rcpkg.validate import load_ontology

    compiled = compile_shapes(load_shapes(), ontology=load_ontology())
    assert compiled.fallback == [] and compiled.unsupported == []


def test_conformance_table_is_current():
    text = render([outcome(i) for i in range(len(CASE_LIST))])
    assert DOC.read_text(encoding="utf-8") == text, \
        "docs/validation-conformance.md is stale: python -m rcpkg.shacl_conformance --write"


def test_a_shape_the_compiler_cannot_express_is_run_by_pyshacl_even_from_the_cache():
    """Never a silent skip: the recursive shape is listed with its reason, kept through the JSON
    cache the build writes, and its results come from pySHACL."""
    import pyoxigraph as ox
    from rdflib import Graph

    from rcpkg.shacl_sparql import CompiledShapes, compile_shapes, run_checks

    case = next(c for c in CASE_LIST if c.name == "a recursive shape")
    compiled = compile_shapes(Graph().parse(data=case.shapes, format="turtle"))
    assert compiled.fallback == ["http://example.org/S"]
    assert any("recursive shape" in reason for reason in compiled.unsupported)
    store = ox.Store()
    store.load(case.data.encode("utf-8"), format=ox.RdfFormat.TURTLE)
    again = CompiledShapes.from_json(compiled.to_json())
    found = {(str(v.focus), str(v.component).rsplit("#", 1)[-1]) for v in run_checks(again, store)}
    assert found == {("http://example.org/a", "NodeConstraintComponent"),
                     ("http://example.org/b", "NodeConstraintComponent")}
    only_b = run_checks(again, store, focus_nodes=["http://example.org/b"])
    assert {str(v.focus) for v in only_b} == {"http://example.org/b"}


def test_an_ill_formed_shape_fails_with_one_line_naming_it():
    import pyoxigraph as ox
    from rdflib import Graph

    from rcpkg.errors import RcpkgError
    from rcpkg.shacl_sparql import compile_shapes, run_checks

    shapes = Graph().parse(format="turtle", data="""
        @prefix sh: <http://www.w3.org/ns/shacl#> . @prefix ex: <http://example.org/> .
        ex:Bad a sh:NodeShape ; sh:targetClass ex:C ; sh:property [ sh:path ex:p ; sh:minCount "many" ] .
        ex:Good a sh:NodeShape ; sh:targetClass ex:C ; sh:property [ sh:path ex:q ; sh:minCount 1 ] .""")
    compiled = compile_shapes(shapes)
    assert compiled.fallback == ["http://example.org/Bad"] and len(compiled.checks) == 1
    store = ox.Store()
    store.load(b"<http://example.org/x> a <http://example.org/C> .", format=ox.RdfFormat.TURTLE)
    with pytest.raises(RcpkgError) as info:
        run_checks(compiled, store)
    message = str(info.value)
    assert "http://example.org/Bad" in message and "\n" not in message and "Traceback" not in message


PREFIXES = """@prefix sh: <http://www.w3.org/ns/shacl#> . @prefix ex: <http://example.org/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
"""


@pytest.mark.parametrize("shape, data, component, compiled", [
    ("sh:property [ sh:path ex:v ; sh:in ( 1 2 ) ]", 'ex:x ex:v "1.0"^^xsd:decimal .', "In", True),
    ("sh:property [ sh:path ex:v ; sh:datatype xsd:date ]", 'ex:x ex:v "not a date"^^xsd:date .', "Datatype", True),
    ("sh:closed true ; sh:property [ sh:path ex:v ]", "ex:x ex:v 1 ; ex:w 2 .", "Closed", True),
    ("sh:property [ sh:path ex:v ; sh:node [ sh:property [ sh:path ex:l ; sh:uniqueLang true ] ] ]",
     'ex:x ex:v ex:y . ex:y ex:l "a"@en, "b"@en .', "Node", True),
    ("sh:node ex:R . ex:R sh:property [ sh:path ex:v ; sh:node ex:R ; sh:minCount 1 ]",
     "ex:x ex:v ex:y . ex:y ex:v ex:x .", None, False),
])
def test_the_examples_of_issue_18(shape, data, component, compiled):
    """What the compiled engine used to get wrong: each is now found (or left to pySHACL), as pySHACL finds it."""
    from rcpkg.shacl_conformance import run_texts

    was_compiled, reference, fast = run_texts(f"{PREFIXES}ex:S a sh:NodeShape ; sh:targetNode ex:x ; {shape} .",
                                              f"{PREFIXES}{data}")
    assert was_compiled is compiled
    assert fast == reference
    if component:
        assert {k[3].rsplit("#", 1)[-1] for k in fast} == {f"{component}ConstraintComponent"}


def test_source_files_cover_every_module_of_the_compiler():
    """The build's cache of compiled shapes is keyed on these files: each module of the compiler is one."""
    import sys
    from pathlib import Path

    from rdflib import Graph

    from rcpkg.shacl_sparql import compile_shapes, source_files

    compile_shapes(Graph())
    files = {p.resolve() for p in source_files()}
    modules = [m for name, m in list(sys.modules.items())
               if name.startswith("rcpkg.shacl_sparql") and getattr(m, "__file__", None)]
    assert len(modules) >= 5
    assert all(Path(m.__file__).resolve() in files for m in modules)
