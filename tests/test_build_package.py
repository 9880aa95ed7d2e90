"""The build as a package (issue 18): rcpkg/build/ in modules of one job each, a short build() over a
session object, no module-level mutable state, validation that does not import the build, and a code
fingerprint that covers what decides the compiled queries. Each structural check is also run on a
small source that breaks it, so that it can fail."""

from __future__ import annotations

import ast
import inspect
import json
import subprocess
import sys
from collections import deque
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
PACKAGE = REPO / "rcpkg" / "build"
MAX_LINES = 400
MAX_BUILD_BODY = 60  # lines of build()'s body, its docstring left out: one screen


# ---- validation does not import the build ------------------------------------------------------------

VALIDATE_ALONE = """
import json, sys
import pyoxigraph as ox
import rcpkg.commands.validate, rcpkg.validate
from rcpkg.validate import validate_store
store = ox.Store()
store.add(ox.Quad(ox.NamedNode("http://example.org/x"), ox.NamedNode("http://example.org/p"), ox.Literal("v")))
report = validate_store(store)
print(json.dumps({"conforms": report.conforms, "build": sorted(m for m in sys.modules if m.startswith("rcpkg.build"))}))
"""


def test_validation_runs_the_compiled_shapes_without_importing_the_build():
    out = subprocess.run([sys.executable, "-c", VALIDATE_ALONE], capture_output=True, text=True, cwd=REPO,
                         timeout=300)
    assert out.returncode == 0, out.stderr
    result = json.loads(out.stdout.strip().splitlines()[-1])
    assert result["conforms"] is True  # the shapes ran (an untyped node violates nothing)
    assert result["build"] == [], f"rcpkg.validate imported {result['build']}"


def test_the_subprocess_check_sees_an_imported_build():
    out = subprocess.run([sys.executable, "-c", "import sys, rcpkg.build; print(sorted(m for m in sys.modules "
                          "if m.startswith('rcpkg.build')))"], capture_output=True, text=True, cwd=REPO, timeout=300)
    assert "'rcpkg.build'" in out.stdout and "'rcpkg.build.plan'" in out.stdout


# ---- module size ----------------------------------------------------------------------------------------

def long_modules(root: Path, limit: int = MAX_LINES) -> list[str]:
    return [f"{p.relative_to(root.parent)}: {n} lines" for p in sorted(root.rglob("*.py"))
            if "__pycache__" not in p.parts and (n := len(p.read_text(encoding="utf-8").splitlines())) > limit]


def test_no_module_of_rcpkg_is_over_400_lines():
    assert (PACKAGE / "__init__.py").is_file() and not (REPO / "rcpkg" / "build.py").exists()
    assert not long_modules(REPO / "rcpkg")


def test_the_size_check_finds_a_long_module(tmp_path):
    (tmp_path / "pkg").mkdir()
    (tmp_path / "pkg" / "short.py").write_text("x = 1\n" * MAX_LINES)
    (tmp_path / "pkg" / "long.py").write_text("x = 1\n" * (MAX_LINES + 1))
    assert long_modules(tmp_path / "pkg") == [f"pkg/long.py: {MAX_LINES + 1} lines"]


# ---- build() reads in one screen -------------------------------------------------------------------------

def body_lines(source: str, name: str) -> int:
    """Lines of the function `name`'s body in `source`, its docstring left out."""
    fn = next(n for n in ast.walk(ast.parse(source)) if isinstance(n, ast.FunctionDef) and n.name == name)
    body = fn.body[1:] if ast.get_docstring(fn) is not None else fn.body
    return body[-1].end_lineno - body[0].lineno + 1


def test_build_is_short_and_takes_no_view_arguments():
    import rcpkg.build

    assert inspect.getsourcefile(rcpkg.build.build) == str(PACKAGE / "__init__.py")
    assert body_lines((PACKAGE / "__init__.py").read_text(encoding="utf-8"), "build") <= MAX_BUILD_BODY
    params = inspect.signature(rcpkg.build.build).parameters
    assert "session" in params and not {"explorer", "site"} & set(params)


def test_the_length_check_counts_the_body():
    source = 'def build():\n    """Doc."""\n' + "    x = 1\n" * (MAX_BUILD_BODY + 1)
    assert body_lines(source, "build") == MAX_BUILD_BODY + 1


def test_the_build_writes_no_view_pages(built_store):
    """conftest's store is built by build(): the view pages are `rcpkg build`'s (rcpkg.commands.build)."""
    assert (built_store / "rcpkg-manifest.json").is_file()
    assert not built_store.with_name(built_store.name + "-site").exists()


# ---- no module-level mutable state -----------------------------------------------------------------------

MUTABLE_CALLS = {"dict", "list", "set", "deque", "defaultdict", "OrderedDict", "Counter", "bytearray"}


def mutable_state(source: str) -> list[str]:
    """Module- and class-level assignments of mutable containers, and `global` statements."""
    found = []
    tree = ast.parse(source)
    scopes = [tree.body] + [n.body for n in ast.walk(tree) if isinstance(n, ast.ClassDef)]
    for body in scopes:
        for node in body:
            value = node.value if isinstance(node, (ast.Assign, ast.AnnAssign)) else None
            if value is None:
                continue
            if isinstance(value, (ast.List, ast.Dict, ast.Set, ast.ListComp, ast.DictComp, ast.SetComp)) or (
                    isinstance(value, ast.Call) and getattr(value.func, "id", getattr(value.func, "attr", None))
                    in MUTABLE_CALLS):
                found.append(f"line {node.lineno}: {ast.unparse(node)[:60]}")
    found += [f"line {n.lineno}: global {', '.join(n.names)}" for n in ast.walk(tree) if isinstance(n, ast.Global)]
    return found


def test_no_module_of_the_build_keeps_mutable_state():
    found = [f"{p.name} {what}" for p in sorted(PACKAGE.glob("*.py"))
             for what in mutable_state(p.read_text(encoding="utf-8"))]
    assert not found, "module-level state belongs in the session (rcpkg/build/session.py):\n" + "\n".join(found)
    import importlib

    for path in sorted(PACKAGE.glob("*.py")):
        name = "rcpkg.build" if path.stem == "__init__" else f"rcpkg.build.{path.stem}"
        module = importlib.import_module(name)
        held = [k for k, v in vars(module).items() if not k.startswith("__")
                and isinstance(v, (dict, list, set, bytearray, deque))]
        assert not held, f"{name} holds mutable values at module level: {held}"


@pytest.mark.parametrize("source, n", [
    ("_WARM: dict = {}\n", 1),
    ("CACHE = dict()\nX = set()\n", 2),
    ("class A:\n    seen = []\n", 1),
    ("def f():\n    global _C\n    _C = 1\n", 1),
    ("X = (1, 2)\nY = frozenset({1})\nZ = 'a' + 'b'\ndef f():\n    d = {}\n", 0),
])
def test_the_state_check_finds_module_level_containers(source, n):
    assert len(mutable_state(source)) == n


# ---- the session ---------------------------------------------------------------------------------------

def test_a_session_keeps_the_reference_data_and_shapes_from_build_to_build(tmp_path):
    from rcpkg.build import Session, build

    session = Session()
    build(None, tmp_path / "store", session=session)
    reference, processor, shapes = session.reference, session.processor(session.reference), session.shapes.compiled
    assert reference is not None and shapes is not None
    report = build(None, tmp_path / "store", session=session)
    assert report.incremental and all(p.reused for p in report.pages)
    assert session.reference is reference and session.processor(reference) is processor
    assert session.shapes.compiled is shapes
    assert Session().reference is None  # a new session starts cold, as a new process


# ---- the code fingerprint ----------------------------------------------------------------------------------

def test_the_code_fingerprint_hashes_the_compilers_sources_and_the_package(tmp_path, monkeypatch):
    import rcpkg.shacl_sparql
    from rcpkg.build.plan import code_files, code_fingerprint

    files = set(code_files())
    assert set(rcpkg.shacl_sparql.source_files()) <= files
    assert {p for p in PACKAGE.glob("*.py")} <= files
    before = code_fingerprint()
    extra = tmp_path / "binding.py"
    extra.write_text("# one version\n")
    real = rcpkg.shacl_sparql.source_files
    monkeypatch.setattr(rcpkg.shacl_sparql, "source_files", lambda: real() + [extra])
    one = code_fingerprint()
    extra.write_text("# another version\n")
    assert len({before, one, code_fingerprint()}) == 3


# ---- the workers ---------------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """A generated corpus of a few dozen pages (enough for the build to fork its workers)."""
    from benchmarks.corpus import generate

    out = tmp_path_factory.mktemp("corpus") / "pages"
    generate(100, out)
    return out


@pytest.mark.parametrize("how", ["exits", "raises"])
def test_a_worker_that_dies_or_fails_stops_the_build_and_leaves_nothing(corpus, tmp_path, monkeypatch, how):
    import os

    import rcpkg.build.pages as pages
    from rcpkg.build import build

    monkeypatch.setattr(pages, "CHUNK_BYTES", 4096)  # several chunks for the two workers
    parent = os.getpid()
    real = pages.Work.__call__

    def failing(self, chunk):
        if os.getpid() != parent and any(Path(path).name == sorted(p.name for p in corpus.glob("*.txt"))[5]
                                         for path, _, _ in chunk):
            if how == "exits":
                os._exit(7)
            raise ValueError("a worker's own error")
        return real(self, chunk)

    monkeypatch.setattr(pages.Work, "__call__", failing)
    expected = (RuntimeError, "exit code 7") if how == "exits" else (ValueError, "a worker's own error")
    with pytest.raises(expected[0], match=expected[1]):
        build(corpus, tmp_path / "store", jobs=2)
    assert not (tmp_path / "store").exists()
    assert not [p.name for p in tmp_path.iterdir() if ".new-" in p.name]  # no staging folder left
    monkeypatch.setattr(pages.Work, "__call__", real)
    report = build(corpus, tmp_path / "store", jobs=2)
    assert not report.failed_pages and report.events > 0


DIES_MID_RESULT = r"""
import os, struct
from rcpkg.build import pages

def half(work, conn, parent):  # a worker killed while it writes a result (say by the OOM killer)
    pages._worker_init(parent)
    conn.recv()
    os.write(conn.fileno(), struct.pack("!i", 1 << 20) + b"x" * 1000)  # a header for 1 MB, then 1 kB
    os._exit(9)

pages._serve = half
try:
    list(pages._forked(lambda chunk: chunk, [[1], [2], [3]], 2))
except RuntimeError as exc:
    print(exc)
"""


def test_a_worker_that_dies_in_the_middle_of_a_result_stops_the_build():
    """The build read the rest of a result that never came and waited forever (CI stop 28)."""
    out = subprocess.run([sys.executable, "-c", DIES_MID_RESULT], capture_output=True, text=True, cwd=REPO,
                         timeout=120)
    assert "a build worker process ended unexpectedly (exit code 9)" in out.stdout, out.stderr
