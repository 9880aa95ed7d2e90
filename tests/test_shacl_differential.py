"""Differential test: on generated shapes and data graphs (typed, ill-typed and language-tagged
literals, IRIs, blank nodes, paths), the compiled engine reports the same (focus node, path,
value, component) set as pySHACL. The cases of tests/fixtures/shacl/ show where pySHACL departs
from the SHACL specification (numbers against dates, IRIs under sh:lessThan); the generator
leaves those comparisons out."""

from __future__ import annotations

import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rcpkg.shacl_conformance import run_texts
from rcpkg.shacl_sparql import SAFE
from rcpkg.shacl_terms import well_typed

PREFIXES = """@prefix sh: <http://www.w3.org/ns/shacl#> .
@prefix ex: <http://example.org/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
"""

SETTINGS = settings(max_examples=60, deadline=None, derandomize=os.environ.get("CI") == "true",
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

IRIS = ["ex:n0", "ex:n1", "ex:n2", "ex:n3"]
BLANKS = ["_:b0", "_:b1"]
NUMBERS = ["1", "2", "0", "-3", "1.0", "2.5", '"1"^^xsd:integer', '"007"^^xsd:integer', '"1.0"^^xsd:integer',
           '"abc"^^xsd:integer', '"1e0"^^xsd:double', '"-4"^^xsd:nonNegativeInteger']
STRINGS = ['"a"', '"abc"', '"1"', '"a"@en', '"b"@en', '"a"@es', '"b"@EN', '"c"@en-US', '"x"@fr', '""']
DATES = ['"2020-05-17"^^xsd:date', '"2020-02-30"^^xsd:date', '"not a date"^^xsd:date', '"2020-01-01Z"^^xsd:date',
         '"2020-05-17T10:00:00"^^xsd:dateTime', '"2020"^^xsd:gYear', '"TRUE"^^xsd:boolean', "true"]
PATHS = ["ex:p", "ex:q", "[ sh:inversePath ex:p ]", "( ex:p ex:q )", "[ sh:alternativePath ( ex:p ex:q ) ]",
         "[ sh:zeroOrMorePath ex:p ]", "[ sh:oneOrMorePath ex:q ]", "[ sh:zeroOrOnePath ex:p ]"]

VALUE_TYPES = ["sh:class ex:C", "sh:datatype xsd:integer", "sh:datatype xsd:date", "sh:datatype xsd:decimal",
               "sh:datatype xsd:string", "sh:datatype rdf:langString", "sh:datatype xsd:boolean",
               "sh:nodeKind sh:IRI", "sh:nodeKind sh:BlankNodeOrLiteral", "sh:minLength 2", "sh:maxLength 1",
               'sh:pattern "^a"', 'sh:pattern "B" ; sh:flags "i"', 'sh:languageIn ( "en" )',
               'sh:in ( 1 "a" ex:n0 "a"@en )', "sh:hasValue 1", "sh:hasValue ex:n1"]
RANGES = ["sh:minInclusive 1", "sh:maxExclusive 2", "sh:minExclusive 0", "sh:maxInclusive 1.0"]
PROPERTY_ONLY = ["sh:minCount 1", "sh:minCount 2", "sh:maxCount 1", "sh:maxCount 0", "sh:uniqueLang true",
                 "sh:equals ex:q", "sh:disjoint ex:q"]


@st.composite
def constraint(draw, ranges: bool, depth: int = 0, qualified: bool = True) -> str:
    pool = VALUE_TYPES + (RANGES if ranges else [])
    nested = ["logical", "node"] + (["qualified"] if qualified else [])  # qualified: property shapes only
    kind = draw(st.sampled_from(["value"] * 4 + (nested if depth == 0 else [])))
    if kind == "value":
        return draw(st.sampled_from(pool))
    if kind == "node":
        inner = draw(st.sampled_from(PROPERTY_ONLY + pool))
        closed = draw(st.sampled_from(["", " ; sh:closed true ; sh:ignoredProperties ( rdf:type )"]))
        return f"sh:node [ sh:property [ sh:path {draw(st.sampled_from(PATHS))} ; {inner} ]{closed} ]"
    if kind == "qualified":
        inner = draw(constraint(ranges, depth + 1))
        counts = draw(st.sampled_from(["sh:qualifiedMinCount 1", "sh:qualifiedMaxCount 1",
                                       "sh:qualifiedMinCount 2 ; sh:qualifiedMaxCount 3"]))
        return f"sh:qualifiedValueShape [ {inner} ] ; {counts}"
    op = draw(st.sampled_from(["sh:not", "sh:and", "sh:or", "sh:xone"]))
    if op == "sh:not":
        return f"sh:not [ {draw(constraint(ranges, depth + 1))} ]"
    members = draw(st.lists(constraint(ranges, depth + 1), min_size=1, max_size=3))
    return f"{op} ( {' '.join(f'[ {m} ]' for m in members)} )"


@st.composite
def case(draw) -> tuple[str, str]:
    ranges = draw(st.booleans())  # pySHACL orders numbers and dates by datatype IRI: not both together
    shapes = ["ex:S a sh:NodeShape ; sh:targetClass ex:C"]
    for _ in range(draw(st.integers(1, 3))):
        path = draw(st.sampled_from(PATHS))
        parts = draw(st.lists(st.one_of(constraint(ranges), st.sampled_from(PROPERTY_ONLY)), min_size=1, max_size=2,
                              unique_by=lambda c: c.split()[0]))  # one value per parameter: a well-formed shape
        shapes.append(f"  sh:property [ sh:path {path} ; {' ; '.join(parts)} ]")
    node_level = draw(st.lists(constraint(ranges, qualified=False), max_size=1))
    shapes += [f"  {c}" for c in node_level]
    if draw(st.integers(0, 4)) == 0:
        shapes.append("  sh:closed true ; sh:ignoredProperties ( rdf:type ) ; sh:property [ sh:path ex:p ]")
    shapes_text = PREFIXES + " ;\n".join(shapes) + " .\n"

    literals = NUMBERS + STRINGS + ([] if ranges else DATES)
    objects = st.sampled_from(IRIS + BLANKS + literals)
    subjects = st.sampled_from(IRIS + BLANKS)
    triples = draw(st.lists(st.tuples(subjects, st.sampled_from(["ex:p", "ex:q", "ex:r"]), objects),
                            min_size=1, max_size=12))
    typed = draw(st.lists(st.sampled_from(IRIS + BLANKS), min_size=1, max_size=4, unique=True))
    lines = [f"{s} {p} {o} ." for s, p, o in triples] + [f"{n} a ex:C ." for n in typed]
    return shapes_text, PREFIXES + "\n".join(lines) + "\n"


@SETTINGS
@given(case())
def test_compiled_engine_agrees_with_pyshacl_on_generated_graphs(generated):
    shapes, data = generated
    compiled, reference, fast = run_texts(shapes, data)
    assert reference == fast, (f"\n{shapes}\n{data}\nonly pySHACL: {sorted(reference - fast)}\n"
                               f"only compiled: {sorted(fast - reference)}")


@settings(max_examples=40, deadline=None, derandomize=os.environ.get("CI") == "true")
@given(st.sampled_from(sorted(SAFE)).flatmap(lambda dt: st.tuples(st.just(dt), st.from_regex(SAFE[dt], fullmatch=True))))
def test_the_safe_lexical_forms_are_well_typed_for_rdflib(pair):
    """The forms Oxigraph accepts without asking rdflib must be ones rdflib (pySHACL) accepts."""
    datatype, lexical = pair
    assert well_typed(lexical, str(datatype)), (datatype, lexical)


def test_ill_typed_forms_are_not_well_typed():
    for lexical, datatype in [("not a date", "date"), ("2020-02-30", "date"), ("1.0", "integer"),
                              ("yes", "boolean"), ("abc", "decimal")]:
        assert not well_typed(lexical, f"http://www.w3.org/2001/XMLSchema#{datatype}")
