"""rcpkg publish"""

from __future__ import annotations

from pathlib import Path

import click

from rcpkg.commands.common import stderr_console, store_option


@click.command(name="publish")
@click.option("--endpoint", metavar="URL", default=None,
              help="The server's SPARQL query URL: used to drop rcpkg graphs the store no longer has, "
                   "and to count every graph back after the upload.")
@click.option("--update-endpoint", metavar="URL", default=None,
              help="The server's SPARQL Update URL (used when no --graph-store is given).")
@click.option("--graph-store", metavar="URL", default=None,
              help="The server's Graph Store Protocol URL: each graph is replaced with one PUT ?graph=IRI.")
@click.option("--no-prune", is_flag=True, help="Keep rcpkg graphs on the server that the store no longer has.")
@click.option("--no-resume", is_flag=True,
              help="Send every graph again, even those the server's manifest graph records with the same "
                   "content hash.")
@click.option("--timeout", type=click.FloatRange(min=1), default=60, show_default=True,
              help="Seconds to wait for each request.")
@click.option("--tries", type=click.IntRange(1, 10), default=4, show_default=True,
              help="Tries per request on connection errors and HTTP 5xx (with exponential backoff).")
@store_option
def command(endpoint: str | None, update_endpoint: str | None, graph_store: str | None, no_prune: bool,
            no_resume: bool, timeout: float, tries: int, store: Path) -> int:
    """Upload the graph to a SPARQL 1.1 server, graph by graph.

    Every named graph of the store whose IRI is under
    https://w3id.org/rcpkg/graph/ (ontology, reference, derived, one per
    source page) replaces the graph of the same name on the server; nothing
    else on the server is touched. Each graph is uploaded under a staging
    name and moved into place with one MOVE (with --update-endpoint), or
    replaced with one PUT: a failure leaves the old graph or the new one,
    never half of each. A manifest graph on the server
    (https://w3id.org/rcpkg/graph/publish-manifest: graph, content hash,
    build id) lets the next publish skip what is already there and resume
    after a failure. Blank nodes are skolemized for SPARQL Update (Virtuoso
    refuses them in INSERT DATA). After publishing, one ASK checks that the
    server's default graph shows the data. A failed publish exits 3. For the library queries to run unchanged on the server, its
    default graph must be the union of the named graphs (Oxigraph:
    `oxigraph serve --union-default-graph`; Fuseki: tdb:unionDefaultGraph).

    Credentials: env RCPKG_USER and RCPKG_PASSWORD (HTTP Basic, or Digest
    when the server asks for it, as Virtuoso does) or RCPKG_TOKEN (bearer);
    they are never printed.

    \b
    Examples:
      rcpkg publish --endpoint http://127.0.0.1:7878/query \\
                    --graph-store http://127.0.0.1:7878/store
      RCPKG_USER=me RCPKG_PASSWORD=... rcpkg publish \\
          --endpoint http://127.0.0.1:8890/sparql \\
          --update-endpoint http://127.0.0.1:8890/sparql-auth
      RCPKG_USER=me RCPKG_PASSWORD=... rcpkg publish \\
          --endpoint https://example.org/sparql --update-endpoint https://example.org/update
    """
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    from rcpkg.publish import publish
    from rcpkg.sparql import scrub_url

    console = stderr_console()
    with Progress(TextColumn("publishing"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.description}"),
                  console=console, transient=True, disable=not console.is_terminal) as bar:
        task = bar.add_task("", total=None)

        def progress(graph: str, done: int, total: int) -> None:
            bar.update(task, completed=done, total=total, description=graph.rsplit("/", 1)[-1])

        report = publish(store, endpoint=endpoint, update_endpoint=update_endpoint, graph_store=graph_store,
                         prune=not no_prune, resume=not no_resume, timeout=timeout, tries=tries, progress=progress)
    from rcpkg.publish import UNION_HINT

    target = scrub_url(graph_store or update_endpoint or "")
    total = sum(report.triples[g] for g in report.replaced)
    console.print(f"replaced {len(report.replaced)} graphs ({total} triples) on {target}", markup=False)
    if report.skipped:
        console.print(f"skipped {len(report.skipped)} graphs the server already holds (same content hash, "
                      "recorded in its manifest graph)", markup=False)
    if report.pruned:
        console.print(f"dropped {len(report.pruned)} rcpkg graphs the store no longer has: "
                      + ", ".join(report.pruned), markup=False)
    if report.verified:
        console.print("verified: every graph holds the same number of triples on the server", markup=False)
    if report.default_graph_shows_data is False:
        console.print("warning: the server's default graph does not show the published graphs, so the library "
                      "queries will answer 0 rows there. " + UNION_HINT, markup=False)
    return 0
