"""Generate docs/cli.md from the commands' own --help (`python -m rcpkg.clidoc --write`).

A test fails when docs/cli.md is stale, so the reference never drifts from the code.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from rcpkg.cli import COMMANDS, cli

DOC = Path(__file__).resolve().parent.parent / "docs" / "cli.md"


def render() -> str:
    parts = ["# rcpkg command-line reference", "",
             "Generated from `rcpkg COMMAND --help` by `python -m rcpkg.clidoc --write`; do not edit by hand.", ""]
    ctx = click.Context(cli, info_name="rcpkg", terminal_width=100, max_content_width=100)
    parts += ["## rcpkg", "", "```text", cli.get_help(ctx).rstrip(), "```", ""]
    for name in COMMANDS:
        command = cli.get_command(ctx, name)
        sub = click.Context(command, info_name=f"rcpkg {name}", parent=None, terminal_width=100,
                            max_content_width=100)
        parts += [f"## rcpkg {name}", "", "```text", command.get_help(sub).rstrip(), "```", ""]
    return "\n".join(parts)


def main(argv: list[str]) -> int:
    text = render()
    if "--write" in argv:
        DOC.parent.mkdir(parents=True, exist_ok=True)
        DOC.write_text(text, encoding="utf-8")
        print(f"wrote {DOC}")
    else:
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
