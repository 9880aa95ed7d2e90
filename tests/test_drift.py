"""Ontology, shapes, queries, code and docs stay in step: every rcp: term used
anywhere is declared in the ontology, and every ontology class has a shape."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import OWL, RDF

from rcpkg.resources import ontology_file, shapes_file

REPO = Path(__file__).resolve().parent.parent
RCP_IRI = "https://w3id.org/rcpkg/ontology#"
SH_TARGET_CLASS = URIRef("http://www.w3.org/ns/shacl#targetClass")

# Classes that need no shape of their own, with the reason.
EXEMPT_FROM_SHAPES = {
    "InvolvementRole": "its only members are the ontology's own individuals; rcp:role is checked with sh:in",
    "Certainty": "its only members are the ontology's own individuals; rcp:certainty is checked with sh:in",
}

TEXT_TERM = re.compile(r"(?<![\w/#])rcp:([A-Za-z_][A-Za-z0-9_]*)")
FULL_IRI_TERM = re.compile(re.escape(RCP_IRI) + r"([A-Za-z_][A-Za-z0-9_]*)")
PY_TERM = re.compile(r"\bRCP(?:\.([A-Za-z][A-Za-z0-9_]*)|\[\s*[\"']([A-Za-z][A-Za-z0-9_]*)[\"']\s*\])")


def scanned_files() -> list[Path]:
    files: set[Path] = set()
    for pattern in ("loaders/**/*.py", "rcpkg/**/*.py", "viz/*.py", "shapes/*.ttl", "shapes/examples/*/*.ttl",
                    "queries/*.rq", "queries/*.py", "docs/design.md"):
        files |= {p for p in REPO.glob(pattern) if "__pycache__" not in p.parts}
    return sorted(files)


@lru_cache(maxsize=1)
def declared_terms() -> frozenset[str]:
    graph = Graph().parse(ontology_file(), format="turtle")
    return frozenset(str(s)[len(RCP_IRI):] for s in graph.subjects()
                     if isinstance(s, URIRef) and str(s).startswith(RCP_IRI))


def used_terms(path: Path) -> set[str]:
    text = path.read_text(encoding="utf-8")
    found = set(TEXT_TERM.findall(text)) | set(FULL_IRI_TERM.findall(text))
    if path.suffix == ".py":
        found |= {a or b for a, b in PY_TERM.findall(text)}
    return found


def test_scan_finds_the_files_and_terms():
    files = scanned_files()
    names = {p.name for p in files}
    assert {"shapes.ttl", "design.md", "namespaces.py"} <= names
    assert any(p.suffix == ".rq" for p in files)
    assert "Event" in used_terms(REPO / "shapes" / "shapes.ttl")


@pytest.mark.parametrize("path", scanned_files(), ids=lambda p: str(p.relative_to(REPO)))
def test_every_rcp_term_used_is_declared(path):
    undeclared = sorted(used_terms(path) - declared_terms())
    assert not undeclared, f"{path.relative_to(REPO)} uses rcp: terms the ontology does not declare: {undeclared}"


def test_the_scanner_catches_a_typo(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text('x = RCP.Evnet\ny = RCP["Workshp"]\nq = "?e a rcp:Meting"\n', encoding="utf-8")
    assert used_terms(sample) - declared_terms() == {"Evnet", "Workshp", "Meting"}


def test_every_class_has_a_shape():
    onto = Graph().parse(ontology_file(), format="turtle")
    shapes = Graph().parse(shapes_file(), format="turtle")
    targeted = {str(o) for o in shapes.objects(None, SH_TARGET_CLASS)}
    classes = {str(c) for c in onto.subjects(RDF.type, OWL.Class) if str(c).startswith(RCP_IRI)}
    assert classes
    missing = sorted(c[len(RCP_IRI):] for c in classes - targeted if c[len(RCP_IRI):] not in EXEMPT_FROM_SHAPES)
    assert not missing, f"classes without a shape (add one, or exempt with a reason): {missing}"


def test_exemptions_are_still_needed():
    shapes = Graph().parse(shapes_file(), format="turtle")
    targeted = {str(o) for o in shapes.objects(None, SH_TARGET_CLASS)}
    declared = declared_terms()
    for name in EXEMPT_FROM_SHAPES:
        assert name in declared, f"exempt class {name} is no longer in the ontology"
        assert RCP_IRI + name not in targeted, f"exempt class {name} now has a shape: drop the exemption"


def test_every_declared_term_is_described_in_the_design():
    """The ontology declares exactly what docs/design.md uses: a new term is documented there too."""
    design = used_terms(REPO / "docs" / "design.md")
    undocumented = sorted(declared_terms() - design)
    assert not undocumented, f"declared but not in docs/design.md: {undocumented}"
