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
    # the group's context_settings (-h/--help) as the real CLI applies them; fixed widths
    settings = {**cli.context_settings, "terminal_width": 100, "max_content_width": 100}
    ctx = click.Context(cli, info_name="rcpkg", **settings)
    parts += ["## rcpkg", "", "```text", cli.get_help(ctx).rstrip(), "```", ""]
    for name in COMMANDS:
        command = cli.get_command(ctx, name)
        sub = click.Context(command, info_name=name, parent=ctx)
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
