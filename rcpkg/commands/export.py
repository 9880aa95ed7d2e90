"""rcpkg export"""

from __future__ import annotations

from pathlib import Path

import click

from rcpkg.commands.common import endpoint_option, store_option
from rcpkg.errors import UsageError

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
@store_option
@endpoint_option
def command(fmt: str, out: Path | None, lang: str, store: Path, endpoint: str | None) -> int:
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
    """
    if fmt in NETWORK:
        if out is None:
            raise UsageError(f"--format {fmt} needs --out")
        from rcpkg.viz.export import write_network

        written = write_network(fmt, out, store=None if endpoint else store, endpoint=endpoint, lang=lang)
        for path in written or [out]:
            click.echo(f"wrote {path}", err=True)
        return 0
    if endpoint:
        raise UsageError("RDF export reads the embedded store; --endpoint works with gexf, graphml and csv")
    from rcpkg.export import export_rdf
    from rcpkg.store import open_store

    export_rdf(open_store(store), fmt, out)
    if out:
        click.echo(f"wrote {out}", err=True)
    return 0
