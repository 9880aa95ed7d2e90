"""rcpkg queries"""

from __future__ import annotations

import sys

import click


@click.command(name="queries")
@click.option("--format", "fmt", type=click.Choice(["table", "summary", "md", "json"]), default="table",
              show_default=True,
              help="table (terminal), summary (one Markdown table row per query), md (the full Markdown "
                   "reference, as in docs/queries.md) or json (for scripts).")
def command(fmt: str) -> int:
    """List the library of named SPARQL queries, their parameters and columns.

    \b
    Examples:
      rcpkg queries
      rcpkg queries --format md > queries.md
      rcpkg queries --format summary
      rcpkg query events-by-theme --param theme=disaster
    """
    from rcpkg.queries.catalogue import load_catalogue, markdown

    catalogue = load_catalogue()
    if fmt == "summary":
        def cell(text: str) -> str:
            return text.replace("|", "\\|").replace("\n", " ")

        rows = ["| query | what it answers | parameters (default) | returns |", "|---|---|---|---|"]
        for q in catalogue.values():
            params = ", ".join(f"`{p.name}`" + ("" if p.default is None else f" ({p.default})") for p in q.params)
            rows.append(f"| `{q.name}` | {cell(q.title)} | {cell(params)} | {cell(', '.join(q.returns))} |")
        sys.stdout.write("\n".join(rows) + "\n")
        return 0
    if fmt == "md":
        sys.stdout.write(markdown(catalogue))
        return 0
    if fmt == "json":
        import json

        doc = [{"name": q.name, "title": q.title, "description": q.description, "violation": q.is_violation,
                "params": [{"name": p.name, "type": p.type, "default": p.default, "description": p.description}
                           for p in q.params],
                "returns": q.returns} for q in catalogue.values()]
        sys.stdout.write(json.dumps(doc, ensure_ascii=False, indent=2) + "\n")
        return 0
    from rich.console import Console
    from rich.table import Table

    table = Table(show_lines=False, header_style="bold")
    table.add_column("query", no_wrap=True)
    table.add_column("what it answers")
    table.add_column("params")
    for q in catalogue.values():
        params = ", ".join(p.name if p.default is None else f"{p.name}={p.default}" for p in q.params)
        table.add_row(q.name, q.title, params)
    Console(highlight=False).print(table)
    click.echo(f"{len(catalogue)} queries; run one with `rcpkg query NAME --param KEY=VALUE`", err=True)
    return 0
