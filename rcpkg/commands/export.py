"""rcpkg export"""

from __future__ import annotations

from pathlib import Path

import click

from rcpkg.commands.common import endpoint_option, store_option
from rcpkg.errors import UsageError
from rcpkg.viz.roles import DEFAULT_MIN_ROLE, role_options

RDF = ("ttl", "nt", "nq", "trig", "jsonld")
NETWORK = ("gexf", "graphml", "csv")


@click.command(name="export")
@click.option("--format", "fmt", type=click.Choice(RDF + NETWORK), default="ttl", show_default=True,
              help="RDF (ttl, nt, nq, trig, jsonld) or the institution network (gexf, graphml, csv).")
@click.option("--out", type=click.Path(path_type=Path, dir_okay=True), default=None,
              help="Output file (default: stdout for RDF formats). For csv: a folder, or FILE.csv "
                   "giving FILE.nodes.csv and FILE.edges.csv.")
@click.option("--lang", type=click.Choice(["en", "es"]), default="en", show_default=True,
              help="Label language of the network formats.")
@role_options
@click.option("--no-rollup", is_flag=True, default=False,
              help="Network formats: do not count a unit's events for what it is part of.")
@store_option
@endpoint_option
def command(fmt: str, out: Path | None, lang: str, min_role: str, include_mentions: bool, no_rollup: bool,
            store: Path, endpoint: str | None) -> int:
    """Write the graph (ttl, nt, nq, trig, jsonld) or the institution network
    for Gephi and Cytoscape (gexf, graphml) and spreadsheets (csv).

    Quad formats (nq, trig) keep one named graph per source page, the
    reference data, the ontology and the derived triples; ttl, nt and jsonld
    merge them (jsonld is compacted with the context shipped with rcpkg).
    Files are written atomically: an interrupted export leaves no half file.

    \b
    Examples:
      rcpkg export --format trig --out rcpkg.trig
      rcpkg export --format jsonld > rcpkg.jsonld
      rcpkg export --format gexf --out institutions.gexf
      rcpkg export --format csv --include-mentions --out network/

    The network formats count lead roles and participation (mentions are left
    out unless --include-mentions) and roll units up to their parents
    (--no-rollup keeps them apart); each edge names both sides' roles.
    """
    if fmt in NETWORK:
        if out is None:
            raise UsageError(f"--format {fmt} needs --out")
        from rcpkg.viz.export import write_network

        written = write_network(fmt, out, store=None if endpoint else store, endpoint=endpoint, lang=lang,
                                min_role=min_role, include_mentions=include_mentions, rollup=not no_rollup)
        for path in written or [out]:
            click.echo(f"wrote {path}", err=True)
        return 0
    if include_mentions or no_rollup or min_role.lower() != DEFAULT_MIN_ROLE:
        raise UsageError("--min-role, --include-mentions and --no-rollup are for the network formats "
                         "(gexf, graphml, csv); RDF formats export every statement")
    if endpoint:
        raise UsageError("RDF export reads the embedded store; --endpoint works with gexf, graphml and csv")
    from rcpkg.export import export_rdf
    from rcpkg.store import open_store

    export_rdf(open_store(store), fmt, out)
    if out:
        click.echo(f"wrote {out}", err=True)
    return 0
