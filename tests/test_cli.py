"""CLI conventions shared by every command."""

from __future__ import annotations

import subprocess
import sys

import pytest

from rcpkg.cli import COMMANDS


def test_help_is_fast_and_imports_no_heavy_package():
    code = ("import sys; from rcpkg.cli import main\n"
            "try:\n    main(['--help'])\nexcept SystemExit:\n    pass\n"
            "heavy = [m for m in ('pyvis', 'pyshacl', 'owlready2', 'networkx', 'pyoxigraph') if m in sys.modules]\n"
            "print('HEAVY', heavy)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert "HEAVY []" in done.stdout, done.stdout


def test_python_dash_m_runs_the_cli():
    done = subprocess.run([sys.executable, "-m", "rcpkg", "--version"], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and "rcpkg" in done.stdout


@pytest.mark.parametrize("name", list(COMMANDS))
def test_every_command_has_help_with_an_example(name):
    done = subprocess.run([sys.executable, "-m", "rcpkg", name, "--help"], capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 0, done.stderr
    assert "Example" in done.stdout and f"rcpkg {name}" in done.stdout


def test_unknown_command_and_bad_option_exit_2_without_traceback():
    for args in (["no-such-command"], ["build", "--no-such-option"]):
        done = subprocess.run([sys.executable, "-m", "rcpkg", *args], capture_output=True, text=True, timeout=60)
        assert done.returncode == 2
        assert "Traceback" not in done.stderr
