"""rcpkg serve"""

from __future__ import annotations

from pathlib import Path

import click

from rcpkg.commands.common import store_option


@click.command(name="serve")
@store_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", type=click.IntRange(1, 65535), default=7878, show_default=True, help="Port to listen on.")
def command(store: Path, host: str, port: int) -> int:
    """Run a read-only SPARQL endpoint with a query page over the store.

    It is Oxigraph's own server; its default graph is the union of all
    graphs, so every library query runs on it unchanged
    (`rcpkg query NAME --endpoint http://127.0.0.1:7878/query`). Ctrl-C stops it.

    \b
    Examples:
      rcpkg serve
      rcpkg serve --store /data/rcpkg-store --port 8080
    """
    import signal

    from rcpkg.serve import start

    def on_term(signum, frame):  # `kill PID` stops the server as cleanly as Ctrl-C
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, on_term)
    server = None
    try:
        server = start(store, host=host, port=port)
        click.echo(f"Serving {store} read-only at {server.url} (query page)", err=True)
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
