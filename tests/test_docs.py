"""The README and the generated docs say what the code does."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from rcpkg.cli import COMMANDS

REPO = Path(__file__).resolve().parent.parent
README = (REPO / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", list(COMMANDS))
def test_every_cli_command_is_in_the_readme(name):
    assert re.search(rf"rcpkg {name}\b", README), f"`rcpkg {name}` is not in README.md"


def test_quickstart_has_the_two_commands_and_ci_runs_the_test_one():
    quick = README.split("## Quickstart", 1)[1].split("\n## ", 1)[0]
    commands = re.findall(r"^\s*(make \w+)\s*$", quick, re.M)
    assert commands == ["make run", "make test"]
    ci = (REPO / ".ci" / "run").read_text()
    assert re.search(r"^make test$", ci, re.M)


def test_cli_reference_is_current():
    from rcpkg.clidoc import DOC, render

    assert DOC.read_text(encoding="utf-8") == render(), "docs/cli.md is stale: python -m rcpkg.clidoc --write"


def test_readme_generated_blocks_show_real_current_output(built_store):
    from rcpkg.readme import BLOCK, regenerate

    blocks = BLOCK.findall(README)
    assert len(blocks) >= 5, "the README should show the catalogue, example queries and a trace"
    assert regenerate(README, built_store) == README, "README.md is stale: python -m rcpkg.readme --write"


def test_readme_links_resolve():
    for target in re.findall(r"\]\((?!https?://|#)([^)#]+)", README):
        assert (REPO / target).exists(), target
