"""`rcpkg validate`: check Turtle files or the store against the SHACL shapes."""

from __future__ import annotations

from pathlib import Path

import click

from rcpkg.commands.common import store_option, check_sources
from rcpkg.errors import EXIT_OK, EXIT_PROBLEMS


@click.command(name="validate")
@click.argument("files", nargs=-1, type=click.Path(path_type=Path, dir_okay=False))
@store_option
@click.option("--limit", type=click.IntRange(min=0), default=100, show_default=True,
              help="Show at most this many results (0: all). The summary always counts all.")
@click.option("--engine", type=click.Choice(["sparql", "pyshacl"]), default="sparql", show_default=True,
              help="For the store: the shapes compiled to SPARQL and run by Oxigraph (fast), or pySHACL "
                   "over a copy of the store (the reference implementation). Files always use pySHACL.")
def command(files: tuple[Path, ...], store: Path, limit: int, engine: str) -> int:
    """Check Turtle FILEs, or the whole store, against rcpkg's SHACL shapes.

    Without FILEs, every named graph of the store is validated as one union
    graph. The ontology is always added, as the shapes need it. Each result
    names the node, its label, the property, the value, the source page and,
    when an evidence annotation gives them, the character offsets and line.

    Exit status: 0 the data conforms, 1 it does not, 2 unreadable input.

    \b
    Examples:
      rcpkg validate                                  # the store in .rcpkg/store
      rcpkg validate --store /tmp/store
      rcpkg validate --engine pyshacl                 # the same checks by pySHACL
      rcpkg validate shapes/examples/valid/*.ttl      # Turtle files, as one graph
    """
    from rcpkg.validate import format_report, validate_files

    check_sources(files, ontology_only=False)
    if files:
        report = validate_files(files)
    else:
        from rcpkg.store import open_store

        from rcpkg.validate import validate_store

        report = validate_store(open_store(store), engine=engine)
    click.echo(format_report(report, limit=limit or None))
    return EXIT_OK if report.conforms else EXIT_PROBLEMS
