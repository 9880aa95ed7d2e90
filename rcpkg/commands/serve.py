"""rcpkg serve"""

from __future__ import annotations

from pathlib import Path

import click

from rcpkg.commands.common import store_option


@click.command(name="serve")
@store_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", type=click.IntRange(1, 65535), default=7878, show_default=True, help="Port to listen on.")
@click.option("--site", "site", type=click.Path(path_type=Path, file_okay=False), default=None,
              help="The site to serve (written by `rcpkg site` or `rcpkg build`). Default: STORE-site beside "
                   "the store, when it exists.")
def command(store: Path, host: str, port: int, site: Path | None) -> int:
    """Serve the store read-only: a SPARQL endpoint, the research site, and entity IRIs that resolve.

    /query (and /sparql) is a SPARQL 1.1 endpoint, Oxigraph's own server; its
    default graph is the union of all graphs, so every library query runs on
    it unchanged (`rcpkg query NAME --endpoint http://127.0.0.1:7878/query`).
    The query page is at /sparql/. An entity IRI's path answers by content
    negotiation: /id/org/iom (https://w3id.org/rcpkg/id/org/iom) is the
    institution's page for a browser, and its triples for an Accept of
    text/turtle, application/n-triples or application/ld+json (200, with
    Vary: Accept). The rest is the site: / is its index. Ctrl-C stops it.

    \b
    Examples:
      rcpkg serve
      rcpkg serve --store /data/rcpkg-store --port 8080
      curl -H 'Accept: text/turtle' http://127.0.0.1:7878/id/org/iom
    """
    import signal

    from rcpkg.serve import start_site
    from rcpkg.viz.site import site_dir

    def on_term(signum, frame):  # `kill PID` stops the server as cleanly as Ctrl-C
        raise KeyboardInterrupt

    site = site if site is not None else site_dir(store)
    previous = signal.signal(signal.SIGTERM, on_term)
    server = None
    try:
        server = start_site(store, site=site, host=host, port=port)
        if server.site is not None:
            click.echo(f"Serving {store} read-only at {server.url} (the site; entity IRIs at "
                       f"{server.url}id/...)", err=True)
        else:
            click.echo(f"Serving {store} read-only at {server.url} (query page; no site at {site}: "
                       "`rcpkg site` writes one)", err=True)
        click.echo(f"Query page: {server.url}sparql/", err=True)
        click.echo(f"SPARQL endpoint: {server.query_url}", err=True)
        click.echo("Press Ctrl-C to stop.", err=True)
        server.process.wait()
    except KeyboardInterrupt:
        if server is not None:
            server.stop()
        click.echo("Stopped.", err=True)
        return 0
    finally:
        if server is not None:
            server.stop()
        signal.signal(signal.SIGTERM, previous)
    code = server.process.returncode
    if code:
        detail = (server.process.stderr.read() if server.process.stderr else "").strip().splitlines()
        click.echo(f"error: the Oxigraph server exited with code {code}" + (f": {detail[-1]}" if detail else ""),
                   err=True)
        return 1
    return 0
