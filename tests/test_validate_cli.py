"""`rcpkg validate` end to end: the real CLI in a subprocess."""

from __future__ import annotations

import subprocess
import sys

import pytest

from rcpkg.resources import shapes_dir

EXAMPLES = shapes_dir() / "examples"
VALID = sorted((EXAMPLES / "valid").glob("*.ttl"))
INVALID = sorted((EXAMPLES / "invalid").glob("*.ttl"))


def rcpkg_process(*args: str) -> subprocess.CompletedProcess:
    """The installed entry point in a subprocess."""
    return subprocess.run([sys.executable, "-m", "rcpkg", *args], capture_output=True, text=True, timeout=300)


class Done:
    def __init__(self, returncode: int, stdout: str, stderr: str) -> None:
        self.returncode, self.stdout, self.stderr = returncode, stdout, stderr


@pytest.fixture
def rcpkg(capsys):
    """The CLI in process (`rcpkg.cli.main`'s own path: run_cli), with its output captured."""
    from rcpkg.cli import cli
    from rcpkg.commands.common import run_cli

    def run(*args: str) -> Done:
        capsys.readouterr()
        code = run_cli(cli, list(args))
        out = capsys.readouterr()
        return Done(code, out.out, out.err)

    return run


def test_examples_found():
    assert VALID and INVALID


def test_valid_files_exit_0():
    done = rcpkg_process("validate", *map(str, VALID))
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.strip().splitlines()[-1] == "Conforms: yes (0 results)."


def test_invalid_file_exits_1_and_prints_the_report(rcpkg):
    path = EXAMPLES / "invalid" / "event-missing-label.ttl"
    done = rcpkg("validate", str(path))
    assert done.returncode == 1, done.stdout + done.stderr
    assert "Violation: https://w3id.org/rcpkg/id/event/cac9a0c45ae52466" in done.stdout
    assert "path:    rdfs:label" in done.stdout
    assert "https://crmsv.org/events?page=3 chars 242-283" in done.stdout
    assert done.stdout.strip().splitlines()[-1] == "Conforms: no (1 violation on 1 node)."
    assert "Traceback" not in done.stderr


def test_all_invalid_files_together_exit_1(rcpkg):
    done = rcpkg("validate", "--limit", "3", *map(str, INVALID))
    assert done.returncode == 1
    assert "more results" in done.stdout


def test_missing_file_exits_2_with_one_line(rcpkg, tmp_path):
    missing = tmp_path / "nope.ttl"
    done = rcpkg("validate", str(missing))
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and str(missing) in lines[0]
    assert "Traceback" not in done.stderr


def test_garbage_file_exits_2_naming_file_and_line(tmp_path):
    garbage = tmp_path / "garbage.ttl"
    garbage.write_text("@prefix ex: <http://example.org/> .\nex:a ex:b ex:c .\nthis is not turtle\n", encoding="utf-8")
    done = rcpkg_process("validate", str(garbage))
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert f"{garbage}:3:" in lines[0]
    assert "Traceback" not in done.stderr


def test_binary_file_exits_2(rcpkg, tmp_path):
    binary = tmp_path / "binary.ttl"
    binary.write_bytes(b"\xff\xfe\x00garbage")
    done = rcpkg("validate", str(binary))
    assert done.returncode == 2
    assert str(binary) in done.stderr and "Traceback" not in done.stderr


def test_store_is_validated_as_one_union(rcpkg, tmp_path):
    """A store with the page in one named graph and the reference data in another conforms."""
    import pyoxigraph

    store_path = tmp_path / "store"
    store = pyoxigraph.Store(str(store_path))
    for path, graph in [(VALID[0], "https://w3id.org/rcpkg/graph/source/example"),
                        (VALID[-1], "https://w3id.org/rcpkg/graph/reference")]:
        store.load(path=str(path), format=pyoxigraph.RdfFormat.TURTLE, to_graph=pyoxigraph.NamedNode(graph))
    store.flush()
    del store
    done = rcpkg("validate", "--store", str(store_path))
    assert done.returncode == 0, done.stdout + done.stderr


def test_store_with_a_violation_exits_1(rcpkg, tmp_path):
    import pyoxigraph

    store_path = tmp_path / "store"
    store = pyoxigraph.Store(str(store_path))
    store.load(path=str(EXAMPLES / "invalid" / "position-start-not-before-end.ttl"),
               format=pyoxigraph.RdfFormat.TURTLE, to_graph=pyoxigraph.NamedNode("https://w3id.org/rcpkg/graph/x"))
    store.flush()
    del store
    done = rcpkg("validate", "--store", str(store_path))
    assert done.returncode == 1, done.stdout + done.stderr
    assert "LessThanConstraintComponent" in done.stdout


def test_missing_store_exits_2(rcpkg, tmp_path):
    done = rcpkg("validate", "--store", str(tmp_path / "none"))
    assert done.returncode == 2
    assert "no store here" in done.stderr and "Traceback" not in done.stderr


def test_help_has_an_example(rcpkg):
    done = rcpkg("validate", "--help")
    assert done.returncode == 0
    assert "rcpkg validate shapes/examples/valid/*.ttl" in done.stdout


def test_files_and_store_together_is_a_usage_error(rcpkg, tmp_path):
    done = rcpkg("validate", "--store", str(tmp_path), str(VALID[0]))
    assert done.returncode == 2
    assert "Turtle FILEs or --store" in done.stderr
