"""Conformance of the compiled validator (rcpkg.shacl_sparql) to pySHACL, case by case.

Each file of tests/fixtures/shacl/ holds the cases of one SHACL constraint component:
a header (a `# component:` line and the @prefix lines), then cases, each a
`#### case: NAME` line, a `#### shapes` section and a `#### data` section (Turtle,
read with the header's prefixes). `run_case` validates the data with pySHACL (the
reference) and with the compiled checks on Oxigraph, and gives both sets of results
as (focus node, path, value, component). `render` writes the table of
docs/validation-conformance.md from a run of every case; the test checks the file
is current (`python -m rcpkg.shacl_conformance --write`, also run by `make docs`).
"""

from __future__ import annotations

import re
import sys
import warnings
from dataclasses import dataclass
from pathlib import Path

from rdflib import BNode, Graph, Literal
from rdflib.namespace import SH, XSD

REPO = Path(__file__).resolve().parent.parent
CASES = REPO / "tests" / "fixtures" / "shacl"
DOC = REPO / "docs" / "validation-conformance.md"


@dataclass(frozen=True)
class Case:
    file: str
    component: str  # e.g. "sh:datatype"
    name: str
    differs: str | None  # why pySHACL departs from the SHACL specification here (the compiled engine follows it)
    shapes: str  # Turtle, with the file's prefixes
    data: str


@dataclass(frozen=True)
class Outcome:
    case: Case
    compiled: bool  # False: the compiler left the shapes to pySHACL
    reference: frozenset
    fast: frozenset

    @property
    def agree(self) -> bool:
        return self.reference == self.fast


def read_cases(path: Path) -> list[Case]:
    text = path.read_text(encoding="utf-8")
    header, *parts = re.split(r"^#### case: *(.*)$", text, flags=re.M)
    found = re.search(r"^# component: *(\S+)", header, re.M)
    if not found:
        raise ValueError(f"{path}: no '# component:' line")
    cases = []
    for name, body in zip(parts[0::2], parts[1::2]):
        shapes, _, data = body.partition("#### data")
        differs = re.search(r"^#### pyshacl differs: *(.*)$", shapes, re.M)
        shapes = shapes.split("#### shapes", 1)[-1]
        cases.append(Case(path.name, found.group(1), name.strip(), differs.group(1) if differs else None,
                          header + shapes, header + data))
    return cases


def all_cases(folder: Path = CASES) -> list[Case]:
    return [case for path in sorted(folder.glob("*.ttl")) for case in read_cases(path)]


def _key_term(graph: Graph, term) -> str | None:
    """A term as both engines can name it: blank nodes by their own statements."""
    if term is None:
        return None
    if isinstance(term, BNode):
        return "[" + "; ".join(sorted(f"{p.n3()} {'[]' if isinstance(o, BNode) else _key_term(graph, o)}"
                                      for p, o in graph.predicate_objects(term))) + "]"
    if isinstance(term, Literal):
        # rdflib's canonical form on both sides (Oxigraph writes "1"^^xsd:double, rdflib "1.0"), and
        # RDF 1.1's "x"^^xsd:string = "x" (Oxigraph says so; rdflib keeps them apart)
        datatype = None if term.datatype == XSD.string else term.datatype
        term = Literal(str(term), lang=term.language, datatype=datatype)
    return term.n3()


def result_keys(violations, graph: Graph) -> frozenset:
    return frozenset((_key_term(graph, v.focus), v.path or "", _key_term(graph, v.value) or "", str(v.component))
                     for v in violations)


def pyshacl_violations(data: Graph, shapes: Graph) -> list:
    """pySHACL's results as rcpkg.shacl_sparql.Violation (the path as SPARQL text)."""
    import pyshacl

    from rcpkg.shacl_sparql import Violation, _Compiler

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        _, report, _ = pyshacl.validate(data, shacl_graph=shapes, inference="none", advanced=True,
                                        allow_warnings=True, abort_on_first=False)
    reader = _Compiler(report)
    out = []
    for result in report.objects(None, SH.result):  # not the nested results of sh:detail
        path = report.value(result, SH.resultPath)
        out.append(Violation(report.value(result, SH.focusNode), reader.path(path) if path is not None else None,
                             report.value(result, SH.value), report.value(result, SH.sourceConstraintComponent),
                             report.value(result, SH.sourceShape), ""))
    return out


def exact_graph(store) -> Graph:
    """The store's union graph in rdflib, every literal with Oxigraph's own lexical form."""
    from rcpkg.oxi import to_rdflib

    graph = Graph()
    for quad in store:
        graph.add(tuple(to_rdflib(t, normalize=False) for t in (quad.subject, quad.predicate, quad.object)))
    return graph


def run_texts(shapes_text: str, data_text: str) -> tuple[bool, frozenset, frozenset]:
    """(compiled?, pySHACL's results, the compiled engine's results) for Turtle shapes and data."""
    import pyoxigraph as ox

    from rcpkg.shacl_sparql import compile_shapes, run_checks

    shapes = Graph().parse(data=shapes_text, format="turtle")
    store = ox.Store()
    store.load(data_text.encode("utf-8"), format=ox.RdfFormat.TURTLE)
    # pySHACL validates the graph as Oxigraph holds it: Oxigraph writes valid literals in its
    # canonical form ("007"^^xsd:integer as "7", 1e0 as "1"^^xsd:double) and xsd:nonNegativeInteger
    # as xsd:integer; rdflib would write them in its own canonical forms again unless told not to.
    data = exact_graph(store)
    compiled = compile_shapes(shapes)
    fast = run_checks(compiled, store)
    reference = pyshacl_violations(data, shapes)
    return not compiled.fallback, result_keys(reference, data), result_keys(fast, data)


def run_case(case: Case) -> Outcome:
    compiled, reference, fast = run_texts(case.shapes, case.data)
    return Outcome(case, compiled, reference, fast)


def render(outcomes: list[Outcome]) -> str:
    rows: dict[str, list[Outcome]] = {}
    for outcome in outcomes:
        rows.setdefault(outcome.case.component, []).append(outcome)
    lines = [
        "# Validation conformance",
        "",
        "<!-- generated by `python -m rcpkg.shacl_conformance --write` (make docs); "
        "tests/test_shacl_conformance.py fails when it is stale -->",
        "",
        "`rcpkg build` and `rcpkg validate` (default engine) run the SHACL shapes compiled to SPARQL",
        "(`rcpkg.shacl_sparql`) on Oxigraph; pySHACL is the reference. Each case of",
        "`tests/fixtures/shacl/` runs both engines on the same shapes and data and compares the",
        "results as (focus node, path, value, constraint component). A shape the compiler cannot",
        "express exactly (a recursive shape, a component it does not know) is not compiled: pySHACL",
        "validates that shape, on the whole store, and the rest stays compiled. rcpkg's own shapes",
        "are all compiled (tests/test_shapes.py). A differential test",
        "(tests/test_shacl_differential.py) also compares the engines on generated shapes and data.",
        "",
        "| component | engine | cases | both agree | pySHACL departs from the spec |",
        "|---|---|---:|---:|---:|",
    ]
    for component in sorted(rows):
        group = rows[component]
        compiled = sum(o.compiled for o in group)
        if compiled == len(group):
            engine = "compiled"
        elif compiled == 0:
            engine = "pySHACL (fallback)"
        else:
            fell = ", ".join(o.case.name for o in group if not o.compiled)
            engine = f"compiled; pySHACL for: {fell}"
        lines.append(f"| `{component}` | {engine} | {len(group)} | {sum(o.agree for o in group)} "
                     f"| {sum(o.case.differs is not None for o in group)} |")
    departs = [o for o in outcomes if o.case.differs]
    if departs:
        lines += ["", "Where pySHACL departs from the SHACL specification, the compiled engine follows the",
                  "specification (these cases must differ, and only these):", ""]
        lines += [f"- `{o.case.file}`, {o.case.name}: {o.case.differs}" for o in departs]
    lines += [
        "",
        "Lexical validity for `sh:datatype` is rdflib's, as pySHACL's is: a value in a common form",
        "(`2020-05-17`, `42`) is accepted by Oxigraph directly, any other is passed to rdflib",
        "(`rcpkg.shacl_terms`). Known difference kept by the comparison: rdflib keeps",
        "`\"x\"^^xsd:string` apart from `\"x\"`, RDF 1.1 and Oxigraph do not; the comparison counts",
        "them as one term.",
        "",
    ]
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    cases = all_cases()
    if not cases:  # an installed package has no tests/: this is a tool for the source checkout
        print(f"error: no conformance cases in {CASES} (run this from rcpkg's source checkout)", file=sys.stderr)
        return 2
    import logging

    logging.getLogger("rdflib.term").disabled = True  # the cases' ill-typed literals are meant to be so
    warnings.simplefilter("ignore")
    outcomes = [run_case(case) for case in cases]
    text = render(outcomes)
    if argv[1:] == ["--write"]:
        DOC.write_text(text, encoding="utf-8")
        print(f"wrote {DOC}")
    else:
        print(text)
    return 0 if all(o.agree == (o.case.differs is None) for o in outcomes) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
