"""The generated RCP namespace matches the ontology, and unknown terms fail."""

from __future__ import annotations

import pytest
from rdflib import URIRef

from rcpkg import namespaces
from rcpkg.namespaces import RCP, SDO


def test_generated_namespace_is_not_stale():
    assert not namespaces.is_stale(), "run: python -m rcpkg.namespaces --write"


def test_generate_lists_every_rcp_term():
    from rdflib import Graph

    from rcpkg.resources import ontology_file

    graph = Graph().parse(ontology_file(), format="turtle")
    terms = {str(s) for s in graph.subjects() if str(s).startswith(namespaces.RCP_IRI)}
    assert terms
    source = namespaces.generate()
    for term in terms:
        assert f"    {term[len(namespaces.RCP_IRI):]}: URIRef" in source


def test_known_terms():
    assert RCP.Event == URIRef("https://w3id.org/rcpkg/ontology#Event")
    assert RCP.involves == URIRef("https://w3id.org/rcpkg/ontology#involves")
    assert RCP["Convener"] == URIRef("https://w3id.org/rcpkg/ontology#Convener")


def test_unknown_term_attribute_raises():
    with pytest.raises(AttributeError):
        RCP.NoSuchTerm  # noqa: B018


def test_unknown_term_item_raises():
    with pytest.raises((AttributeError, KeyError)):
        RCP["NoSuchTerm"]


def test_schema_is_https():
    assert str(SDO) == "https://schema.org/"


def test_check_exit_code(capsys):
    assert namespaces.main(["--check"]) == 0
    assert namespaces.main(["--bogus"]) == 2


# ---- the project's IRIs are written in rcpkg/namespaces.py only ---------------------------------------

import ast  # noqa: E402
import re  # noqa: E402
from pathlib import Path  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
OWN_IRI = re.compile(r"w3id\\?\.org/rcpkg")  # also as written in a regular expression
# namespaces.py declares them, _rcp_terms.py is generated from the ontology.
EXEMPT = {"rcpkg/namespaces.py", "rcpkg/_rcp_terms.py"}


def own_iri_literals(source: str) -> list[tuple[int, str]]:
    """(line, text) of every string constant of `source` that writes an rcpkg IRI, docstrings left out
    (they document the IRIs; the CLI's help is written in them)."""
    tree = ast.parse(source)
    docstrings = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                docstrings.add(id(first.value))
    return sorted((node.lineno, node.value) for node in ast.walk(tree)
                  if isinstance(node, ast.Constant) and isinstance(node.value, str)
                  and id(node) not in docstrings and OWN_IRI.search(node.value))


def checked_files() -> list[Path]:
    files = []
    for top in ("rcpkg", "loaders", "viz"):
        for path in sorted((REPO / top).rglob("*.py")):
            rel = path.relative_to(REPO).as_posix()
            if rel not in EXEMPT:
                files.append(path)
    return files


def test_no_module_writes_an_rcpkg_iri_itself():
    found = [f"{path.relative_to(REPO)}:{line}: {text[:80]!r}"
             for path in checked_files() for line, text in own_iri_literals(path.read_text(encoding="utf-8"))]
    assert len(checked_files()) > 50
    assert not found, "import these from rcpkg.namespaces instead:\n" + "\n".join(found)


@pytest.mark.parametrize("source, expected", [
    ('RCP = "https://w3id.org/rcpkg/ontology#"\n', [1]),
    ('q = f"""PREFIX id: <https://w3id.org/rcpkg/id/>\nSELECT {x}"""\n', [1]),
    ('import re\nPAGE = re.compile(r"^https://w3id\\.org/rcpkg/id/(org)/")\n', [2]),
    ('def f():\n    """Answers https://w3id.org/rcpkg/id/org/iom."""\n    return ID + "org/"\n', []),
    ('"""Module doc: https://w3id.org/rcpkg/"""\nX = 1\n', []),
])
def test_the_check_finds_a_written_iri(source, expected):
    assert [line for line, _ in own_iri_literals(source)] == expected


def test_prefixes():
    assert namespaces.PREFIXES["rcp"] == str(RCP) == namespaces.RCP_IRI
    assert namespaces.sparql_prefixes("rcp", "id") == ("PREFIX rcp: <https://w3id.org/rcpkg/ontology#>\n"
                                                       "PREFIX id: <https://w3id.org/rcpkg/id/>\n")
    with pytest.raises(KeyError):
        namespaces.prefixes("nosuch")
