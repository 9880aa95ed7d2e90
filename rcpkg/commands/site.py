"""rcpkg site"""

from __future__ import annotations

from pathlib import Path

import click

from rcpkg.commands.common import endpoint_option, store_option


@click.command(name="site")
@click.option("--out", type=click.Path(path_type=Path, file_okay=False), default=None,
              help="The folder to write the site into (replaced whole). Default: STORE-site beside the store.")
@click.option("--no-explorer", is_flag=True, help="Do not write the network views (explorer/) into the site.")
@store_option
@endpoint_option
def command(out: Path | None, no_explorer: bool, store: Path, endpoint: str | None) -> int:
    """Write the research site: a static, offline set of pages.

    An index (what the graph holds, its sources, a search box over every name
    and acronym in English and Spanish), a page per institution, process,
    body, event and theme (names, type, structure, memberships, events by role
    and by year, partners, each fact with its quote and source link), a
    timeline with filters, and the explorer's network views. Every page is
    plain HTML in English and Spanish (KEY.html, KEY.es.html) that works from
    file:// and any static host and loads nothing from another host; each
    entity's data is written beside its page as Turtle and JSON-LD. The
    pages' paths are the IRIs' paths: id/org/iom.html is
    https://w3id.org/rcpkg/id/org/iom (`rcpkg serve` answers the IRI).

    Partners, events by year and "who convenes" count lead roles and
    participation; mentions are listed and labelled, never counted.

    \b
    Examples:
      rcpkg site
      rcpkg site --out public/ && python -m http.server -d public
      rcpkg site --endpoint http://127.0.0.1:7878/query --out site/ --no-explorer
    """
    from rcpkg.viz.site import site_dir, write_site

    if out is None:
        if endpoint is not None:
            from rcpkg.errors import UsageError

            raise UsageError("with --endpoint, say where to write the site (--out DIR)")
        out = site_dir(store)
    report = write_site(out, store=None if endpoint else store, endpoint=endpoint,
                        explorer=not no_explorer and endpoint is None)
    kinds = ", ".join(f"{n} {k}{'s' if n != 1 else ''}" for k, n in report.entities.items())
    click.echo(f"wrote {report.out}: {report.pages} pages ({kinds}; English and Spanish), "
               f"{report.data_files} data files, {len(report.explorer)} network views", err=True)
    click.echo(f"open {Path(report.out) / 'index.html'}", err=True)
    return 0
