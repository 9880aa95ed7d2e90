"""`rcpkg reason`: check the ontology and the graph for consistency with HermiT."""

from __future__ import annotations

from pathlib import Path

import click

from rcpkg.commands.common import store_option, check_sources
from rcpkg.errors import EXIT_OK, EXIT_PROBLEMS


@click.command(name="reason")
@click.argument("files", nargs=-1, type=click.Path(path_type=Path, dir_okay=False))
@store_option
@click.option("--sample", "sample", type=click.IntRange(min=0), default=200, show_default=True, metavar="N",
              help="Reason over the reference graph plus the first N events (IRI order) and what lies "
                   "within two links of them; 0 takes the whole graph.")
@click.option("--ontology-only", is_flag=True, help="Check the ontology alone (no store needed).")
@click.option("--limit", type=click.IntRange(min=1), default=50, show_default=True,
              help="Show at most this many inferred memberships or clashes.")
def command(files: tuple[Path, ...], store: Path, sample: int, ontology_only: bool, limit: int) -> int:
    """Run the HermiT OWL reasoner on the ontology and the graph.

    Prints "consistent" or the likely causes of the inconsistency (nodes with
    two disjoint types, functional properties with two values), the
    unsatisfiable classes, and the class memberships HermiT inferred that the
    data does not assert. Needs Java. Turtle FILEs, when given, are used
    instead of the store (all of them, no sampling).

    Exit status: 0 consistent, 1 inconsistent or unsatisfiable classes, 2 bad input.

    \b
    Examples:
      rcpkg reason --ontology-only
      rcpkg reason                       # the store, sampled (200 events)
      rcpkg reason --sample 0            # the whole store
      rcpkg reason my-data.ttl
    """
    from rcpkg.reason import format_reason_report, reason, sample_graph

    check_sources(files, ontology_only=ontology_only)
    if ontology_only:
        report = reason(None)
    elif files:
        import rdflib

        from rcpkg.validate import read_turtle

        data = rdflib.Graph()
        for path in files:
            data += read_turtle(path)
        report = reason(data, scope=f"{len(files)} file(s) ({len(data)} triples)")
    else:
        from rcpkg.iris import REFERENCE_GRAPH
        from rcpkg.store import open_store
        from rcpkg.validate import dataset_from_store

        opened = open_store(store)
        data = dataset_from_store(opened)
        reference = dataset_from_store(opened, graph=REFERENCE_GRAPH)
        picked, scope = sample_graph(data, sample, reference=reference)
        report = reason(picked, scope=scope)
    click.echo(format_reason_report(report, limit=limit))
    return EXIT_OK if report.ok else EXIT_PROBLEMS
