"""rcpkg trace"""

from __future__ import annotations

from pathlib import Path

import click

from rcpkg.commands.common import endpoint_option, store_option
from rcpkg.errors import EXIT_PROBLEMS, UsageError
from rcpkg.viz.roles import role_options, rollup_option


@click.command(name="trace")
@click.argument("source")
@click.argument("target")
@click.option("-k", "k", default=3, show_default=True, type=click.IntRange(1, 50),
              help="How many paths to list (the shortest first).")
@click.option("--weighting", type=click.Choice(["hops", "strength"]), default="hops", show_default=True,
              help="hops: fewest intermediaries; strength: a hop costs 1/(events the two share).")
@click.option("--theme", default=None, metavar="THEME", help="Only events on this theme.")
@click.option("--years", default=None, metavar="A-B", help="Only events in this year range (2015-2018).")
@click.option("--lang", type=click.Choice(["en", "es"]), default="en", show_default=True,
              help="Label language.")
@role_options
@rollup_option
@store_option
@endpoint_option
def command(source: str, target: str, k: int, weighting: str, theme: str | None, years: str | None,
            lang: str, min_role: str, include_mentions: bool, no_rollup: bool, store: Path,
            endpoint: str | None) -> int:
    """Trace how two institutions are linked through the events they share.

    SOURCE and TARGET are names or acronyms in English or Spanish (accents
    and case ignored), reference keys (iom, gov-cr) or IRIs. Each hop shows the
    shared event, both institutions' roles and the quote of the source text
    that states each role, with the source's URL. Exit 1 when no path links
    them; exit 2 when a name is unknown or ambiguous (the candidates are listed).

    Paths run over real involvement: lead roles and participation, not mere
    mentions (--include-mentions brings them back). A unit's involvement
    counts for what it is part of, shown as "via unit" with the unit's own
    quote (--no-rollup turns this off).

    \b
    Examples:
      rcpkg trace IOM "Platform on Disaster Displacement"
      rcpkg trace OIM "Gobierno de Costa Rica" -k 5 --lang es
      rcpkg trace UNHCR SACM --weighting strength
      rcpkg trace IOM PDD --theme disasters
      rcpkg trace "Gobierno de Honduras" SACM --include-mentions
    """
    from rcpkg.viz import graphs
    from rcpkg.viz.selection import Target, load, resolve_institution
    from rcpkg.viz.trace import k_paths
    from rcpkg.viz.trace_text import format_paths

    where = Target.open(store, endpoint)
    a = resolve_institution(where, source)
    b = resolve_institution(where, target)
    if a == b:
        raise UsageError("the two names are the same institution", value=f"{source} = {target} = <{a}>")
    data, _ = load(where, lang=lang, theme=theme, years=years, min_role=min_role,
                   include_mentions=include_mentions, rollup=not no_rollup)
    graph = graphs.co_involvement(data)
    paths = k_paths(data, graph, a, b, k=k, weighting=weighting)
    if not paths:
        click.echo(f"No path links {data.label(a)} and {data.label(b)} through shared events"
                   + (" in this selection" if theme or years else "")
                   + ("" if include_mentions or min_role.lower() == "mentioned"
                      else " (mentions left out: try --include-mentions)") + ".")
        return EXIT_PROBLEMS
    click.echo(format_paths(data, paths, weighting=weighting))
    return 0
