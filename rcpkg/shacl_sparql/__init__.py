"""SHACL Core shapes compiled to SPARQL, run by Oxigraph.

pySHACL evaluates every constraint in Python over an rdflib graph; at tens of
thousands of events that dominates a build. The same checks written as SPARQL
and run by Oxigraph take a fraction of the time. This module compiles a shapes
graph into one SELECT query per constraint, each returning the focus nodes
(and values) that violate it, in the shape of a SHACL validation result.

Compiled: targets (class with rdfs:subClassOf*, node, subjectsOf, objectsOf,
implicit class targets); paths (IRI, inverse, sequence, alternative, *, +, ?);
minCount, maxCount, class, datatype, nodeKind, pattern (+flags), in, hasValue,
languageIn, uniqueLang, minLength, maxLength, min/maxInclusive/Exclusive,
lessThan, lessThanOrEquals, equals, disjoint, node, or, and, not, xone,
qualifiedValueShape (+min/max counts), closed (+ignoredProperties) and
SPARQL-based constraints, with SHACL's semantics: sh:in and sh:hasValue compare
terms, not values; an ill-typed literal fails sh:datatype (rdflib decides, as for
pySHACL: see rcpkg.shacl_terms). A shape with anything else (a recursive shape,
sibling-disjoint qualified shapes, an unknown sh: parameter, a SPARQL constraint in
a nested shape) is not compiled: `CompiledShapes.fallback` names it, `unsupported`
says why, and `run_checks` (rcpkg.shacl_run) has pySHACL validate it; rcpkg's own
shapes are all compiled. tests/test_shacl_conformance.py and
tests/test_shacl_differential.py compare the results with pySHACL's
(docs/validation-conformance.md).
"""

from __future__ import annotations

from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SH

# The package's modules, one job each: datatypes (sh:datatype's lexical forms), model (Check,
# CompiledShapes, Violation), reader (the shapes graph as SPARQL paths, targets and conditions),
# compiler (one query per constraint); rcpkg.shacl_run runs them. Every name the rest of rcpkg
# imports from rcpkg.shacl_sparql stays importable from here.
from rcpkg.shacl_sparql.compiler import _Compiler
from rcpkg.shacl_sparql.datatypes import SAFE, WELL_TYPED
from rcpkg.shacl_sparql.model import Check, CompiledShapes, Violation
from rcpkg.shacl_sparql.reader import _RDF_TYPE, _SUBCLASS, _TARGET_HEAD, _Unsupported  # noqa: F401

__all__ = ["SAFE", "WELL_TYPED", "Check", "CompiledShapes", "Violation", "class_closure", "compile_shapes",
           "describe", "run_checks", "source_files"]


def source_files() -> list[Path]:
    """The modules whose code decides the compiled queries: a cache of CompiledShapes is stale when any of
    them changes (the build's code fingerprint hashes them; this package's __file__ alone is not enough)."""
    from rcpkg.sparql import binding

    return sorted(Path(__file__).parent.glob("*.py")) + [Path(binding.__file__)]


def class_closure(ontology: Graph) -> dict:
    """Each class of `ontology` -> itself and all its subclasses (rdfs:subClassOf*)."""
    closure: dict = {}
    classes = set(ontology.subjects(RDFS.subClassOf, None)) | set(ontology.objects(None, RDFS.subClassOf))
    for cls in classes:
        if isinstance(cls, URIRef):
            closure[cls] = {c for c in ontology.transitive_subjects(RDFS.subClassOf, cls) if isinstance(c, URIRef)}
    return closure


def compile_shapes(shapes: Graph, *, ontology: Graph | None = None) -> CompiledShapes:
    """Compile every node shape (and property shapes with their own targets) of `shapes`.

    A shape with anything the compiler cannot express exactly (a recursive shape, a
    constraint component it does not know, ...) is not compiled at all: it is listed in
    `fallback` (with the reasons in `unsupported`) and `run_checks` has pySHACL validate it.

    With `ontology`, class targets and sh:class use its subclass closure (fast); the data
    must then not add subclass axioms of its own (rcpkg's page and reference graphs don't)."""
    out = CompiledShapes()
    compiler = _Compiler(shapes, class_closure(ontology) if ontology is not None else None)
    shape_nodes = set(shapes.subjects(RDF.type, SH.NodeShape)) | set(shapes.subjects(RDF.type, SH.PropertyShape))
    for pred in (SH.targetClass, SH.targetNode, SH.targetSubjectsOf, SH.targetObjectsOf):
        shape_nodes |= set(shapes.subjects(pred, None))
    compiled = []
    for shape in sorted(shape_nodes, key=str):
        part = CompiledShapes()
        try:
            if compiler.target(shape) is None:
                continue
            if compiler.one(shape, SH.path) is not None:
                # a property shape with its own target: its constraints apply to its path
                if compiler.one(shape, SH.deactivated) != Literal(True):
                    compiler.property_checks(shape, shape, compiler.target(shape), part)
            else:
                compiler.compile_shape(shape, part)
        except _Unsupported as exc:
            part.unsupported.append(f"{shape}: {exc}")
        except RecursionError:  # a path or list nested beyond Python's stack
            part.unsupported.append(f"{shape}: nested too deeply to compile")
        except (ValueError, TypeError) as exc:  # an ill-formed shape (sh:minCount "many"): pySHACL says what is wrong
            part.unsupported.append(f"{shape}: ill-formed ({exc})")
        if part.unsupported:
            out.fallback.append(str(shape))
            out.unsupported += part.unsupported
        else:
            out.checks += part.checks
            compiled.append(shape)
    if out.fallback:
        out.fallback_shapes = _fallback_graph(shapes, compiled).serialize(format="nt")
    return out


def _fallback_graph(shapes: Graph, compiled: list) -> Graph:
    """The shapes graph with the targets of the compiled shapes removed: pySHACL validates only the rest
    (the compiled shapes stay, as shapes the fallback ones may refer to)."""
    g = Graph()
    for triple in shapes:
        g.add(triple)
    implicit = (RDFS.Class, OWL.Class)
    for shape in compiled:
        for pred in (SH.targetClass, SH.targetNode, SH.targetSubjectsOf, SH.targetObjectsOf):
            g.remove((shape, pred, None))
        for cls in implicit:
            g.remove((shape, RDF.type, cls))
    return g


from rcpkg.shacl_run import describe, run_checks  # noqa: E402,F401  (the build imports them from here)
