"""rcpkg query"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from rcpkg.commands.common import endpoint_option, store_option
from rcpkg.errors import EXIT_OK, EXIT_PROBLEMS, UsageError


def _parse_params(items: tuple[str, ...]) -> dict[str, str]:
    params: dict[str, str] = {}
    for item in items:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise UsageError("--param takes KEY=VALUE", value=item)
        params[key.strip()] = value
    return params


def find_query(name: str):
    """The library query called `name`; unknown names fail with the closest names."""
    import difflib

    from rcpkg.queries.catalogue import load_catalogue

    catalogue = load_catalogue()
    if name in catalogue:
        return catalogue[name]
    close = difflib.get_close_matches(name, list(catalogue), n=3, cutoff=0.5)
    hint = f"Did you mean: {', '.join(close)}?" if close else "List the queries with `rcpkg queries`."
    raise UsageError("no query with this name", value=name, hint=hint)


@click.command(name="query")
@click.argument("name", required=False)
@click.option("--param", "-p", "params", multiple=True, metavar="KEY=VALUE",
              help="A parameter of the query (repeatable); see `rcpkg queries`.")
@click.option("--file", "file", type=click.Path(path_type=Path, dir_okay=False), default=None,
              help="Run the SPARQL query in this .rq file instead of a named one.")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "tsv", "json", "md"]), default="table",
              show_default=True, help="Output format (csv, tsv and json print data only on stdout).")
@click.option("--lang", type=click.Choice(["en", "es"]), default=None,
              help="Language of the labels (sets the query's `lang` parameter; default en).")
@click.option("--timeout", type=click.FloatRange(min=1), default=60, show_default=True,
              help="Seconds to wait for a remote endpoint.")
@click.option("--default-graph-uri", "default_graphs", multiple=True, metavar="IRI",
              help="With --endpoint: send this graph as the protocol's default-graph-uri (repeatable), for a "
                   "server whose default graph is not the union of its graphs; --published-graphs sends "
                   "every graph rcpkg published there.")
@click.option("--published-graphs", is_flag=True,
              help="With --endpoint: send every graph that `rcpkg publish` recorded in the server's manifest "
                   "graph as default-graph-uri.")
@click.option("--strict", is_flag=True,
              help="With --endpoint: fail (exit 3) when the server cut the result at its row limit instead of "
                   "warning.")
@store_option
@endpoint_option
def command(name: str | None, params: tuple[str, ...], file: Path | None, fmt: str, lang: str | None,
            timeout: float, default_graphs: tuple[str, ...], published_graphs: bool, strict: bool, store: Path,
            endpoint: str | None) -> int:
    """Run a named library query (or any .rq file) on the store or an endpoint.

    Parameters are bound as RDF terms, never pasted into the query text.
    Theme, institution and series parameters accept a key, a name or acronym
    in English or Spanish, or an IRI. Queries named *-violation are checks:
    the exit code is 1 when they return rows.

    On an endpoint with a row limit (Virtuoso's ResultSetMaxRows), an
    ordered query is read in pages of that size; a result the server cut
    anyway is a warning (an error with --strict). A failed remote query
    exits 3.

    \b
    Examples:
      rcpkg query events-by-theme --param theme=disasters
      rcpkg query partners-of-institution -p institution=OIM --lang es
      rcpkg query members-at-date -p process=SACM -p date=2018-05-08 --format csv
      rcpkg query hosts --endpoint http://127.0.0.1:7878/query
      rcpkg query hosts --endpoint http://127.0.0.1:3030/ds/query --published-graphs
      rcpkg query --file my-query.rq --format json
    """
    from rcpkg.output import write
    from rcpkg.queries.catalogue import read_query_file

    if (name is None) == (file is None):
        raise UsageError("give a query NAME or --file Q.rq (one of them)",
                         hint="List the queries with `rcpkg queries`.")
    query = read_query_file(file) if file is not None else find_query(name)
    given = _parse_params(params)
    graphs = list(default_graphs)
    if (graphs or published_graphs) and not endpoint:
        raise UsageError("--default-graph-uri and --published-graphs need --endpoint")
    if published_graphs:
        from rcpkg.publish import published_graphs as recorded

        graphs += recorded(endpoint, timeout=timeout)
    remote = {"strict": strict, "default_graphs": graphs or None} if endpoint else {}
    result = query.run(given, store=None if endpoint else store, endpoint=endpoint, lang=lang, timeout=timeout,
                       **remote)
    if result.cut_at is not None:
        click.echo(f"warning: the endpoint cut the result at its row limit of {result.cut_at} rows "
                   "(X-SPARQL-MaxRows): rows are missing. Give the query an ORDER BY (rcpkg then reads every "
                   "row in pages) or raise the server's limit; --strict makes this an error.", err=True)
    write(result, fmt, sys.stdout, title=query.title if fmt == "table" else None)
    if fmt == "table":
        click.echo(f"{len(result.rows)} row{'s' if len(result.rows) != 1 else ''}", err=True)
    if query.is_violation and result.rows:
        click.echo(f"{query.name}: {len(result.rows)} violation{'s' if len(result.rows) != 1 else ''}", err=True)
        return EXIT_PROBLEMS
    return EXIT_OK
