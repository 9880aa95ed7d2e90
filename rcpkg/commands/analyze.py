"""rcpkg analyze"""

from __future__ import annotations

from pathlib import Path

import click

from rcpkg.commands.common import endpoint_option, store_option
from rcpkg.viz.roles import role_options, rollup_option


@click.command(name="analyze")
@click.option("--theme", default=None, metavar="THEME",
              help="Only events on this theme (key, label in en/es, or IRI).")
@click.option("--years", default=None, metavar="A-B",
              help="Only events whose stated year is in this range (2015-2018, 2016, 2015-, -2018). "
                   "Undated events are left out when a range is given.")
@click.option("--top", default=10, show_default=True, type=click.IntRange(min=1),
              help="Rows per ranked table.")
@click.option("--out", type=click.Path(path_type=Path, file_okay=False), default=None,
              help="Also write institutions.csv, communities.csv, bridges.csv and conveners.csv here.")
@click.option("--lang", type=click.Choice(["en", "es"]), default="en", show_default=True,
              help="Label language.")
@role_options
@rollup_option
@store_option
@endpoint_option
def command(theme: str | None, years: str | None, top: int, out: Path | None, lang: str, min_role: str,
            include_mentions: bool, no_rollup: bool, store: Path, endpoint: str | None) -> int:
    """Rank institutions by centrality in the co-involvement network (two
    institutions are linked when they are involved in the same event), find
    communities (Louvain), the institutions that bridge the RCM and SACM
    worlds, and the most active conveners per theme.

    By default only real involvement counts: lead roles (convener, organizer,
    host, funder, coordinator, supporter) and participation; an institution
    the text only mentions is left out (--include-mentions brings mentions
    back, --min-role lead keeps the lead roles only). A unit's events also
    count for what it is part of (IOM through its regional office; --no-rollup
    keeps them apart).

    \b
    Examples:
      rcpkg analyze
      rcpkg analyze --theme disasters --top 5
      rcpkg analyze --min-role lead
      rcpkg analyze --include-mentions
      rcpkg analyze --years 2015-2018 --out analysis/
      rcpkg analyze --endpoint http://localhost:7878/query --lang es
    """
    from rcpkg.viz.analysis import analyze, print_report, write_csvs
    from rcpkg.viz.selection import Target, load

    target = Target.open(store, endpoint)
    data, _ = load(target, lang=lang, theme=theme, years=years, min_role=min_role,
                   include_mentions=include_mentions, rollup=not no_rollup)
    from rcpkg.viz.roles import describe, roles_from

    counting = describe(roles_from(min_role, include_mentions=include_mentions))
    counting += "; units not rolled up" if no_rollup else "; a unit's events also count for what it is part of"
    report = analyze(data, counting=counting)
    print_report(report, top=top)
    if out is not None:
        for path in write_csvs(report, out):
            click.echo(f"wrote {path}", err=True)
    return 0
