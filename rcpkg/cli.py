"""The `rcpkg` command line.

Each command lives in its own module under `rcpkg.commands` and is imported
only when it runs, so `rcpkg --help` stays fast and never imports pyvis,
pyshacl or owlready2. The list below is the one registry of commands: the
README's CLI section is checked against it by a test.
"""

from __future__ import annotations

import importlib
import sys

import click

from rcpkg import __version__

# name -> (module under rcpkg.commands, one-line help)
COMMANDS: dict[str, tuple[str, str]] = {
    "build": ("build", "Load the sources and reference data, validate, and write the store."),
    "validate": ("validate", "Check the store (or Turtle files) against the SHACL shapes."),
    "reason": ("reason", "Check the ontology and the graph for consistency with HermiT."),
    "queries": ("queries", "List the library of named SPARQL queries."),
    "query": ("query", "Run a named library query (or any .rq file) on the store or an endpoint."),
    "export": ("export", "Write the graph (ttl, nt, nq, trig, jsonld) or the institution network (gexf, graphml, csv)."),
    "publish": ("publish", "Upload the graph to a SPARQL 1.1 server, graph by graph."),
    "serve": ("serve", "Serve the store read-only: SPARQL endpoint, the site, entity IRIs that resolve."),
    "analyze": ("analyze", "Rank institutions by centrality, find communities and bridges."),
    "trace": ("trace", "Trace the paths that link two institutions through shared events."),
    "viz": ("viz", "Write an interactive, offline HTML explorer of the network."),
    "review": ("review", "List the institutions extracted from pages that no reference file lists; curate them."),
    "site": ("site", "Write the research site: a page per institution, event and theme, a timeline, offline."),
}


class LazyGroup(click.Group):
    def list_commands(self, ctx: click.Context) -> list[str]:
        return list(COMMANDS)

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name not in COMMANDS:
            return None
        module = importlib.import_module(f"rcpkg.commands.{COMMANDS[name][0]}")
        return module.command

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        # Show the one-line help without importing every command module.
        rows = [(name, help_) for name, (_, help_) in COMMANDS.items()]
        with formatter.section("Commands"):
            formatter.write_dl(rows)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="rcpkg")
def cli() -> None:
    """rcpkg: a knowledge graph of the regional consultative processes on migration
    in the Americas (the RCM / Puebla Process and the SACM).

    \b
    Start with:
      rcpkg build                 # load the bundled pages into .rcpkg/store
      rcpkg queries               # list the named queries
      rcpkg query events-by-theme --param theme=disaster
      rcpkg viz network --out network.html
    """


def main(argv: list[str] | None = None) -> None:
    from rcpkg.commands.common import run_cli

    sys.exit(run_cli(cli, argv))


if __name__ == "__main__":  # pragma: no cover
    main()
