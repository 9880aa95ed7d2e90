"""rcpkg viz"""

from __future__ import annotations

from pathlib import Path

import click

from rcpkg.commands.common import endpoint_option, store_option
from rcpkg.errors import UsageError
from rcpkg.viz.roles import role_options, rollup_option

VIEWS = ("network", "themes", "events", "ego")


@click.command(name="viz")
@click.argument("view", type=click.Choice(VIEWS), default="network", required=False)
@click.option("--focus", default=None, metavar="INSTITUTION",
              help="The institution at the centre of the ego view (name, acronym, key or IRI).")
@click.option("--depth", type=click.IntRange(1, 2), default=1, show_default=True,
              help="Ego view: 1 = its events and their institutions; 2 = one more round.")
@click.option("--theme", default=None, metavar="THEME", help="Only events on this theme.")
@click.option("--years", default=None, metavar="A-B", help="Only events in this year range (2015-2018).")
@click.option("--lang", type=click.Choice(["en", "es"]), default="en", show_default=True,
              help="Language of the labels and of the page.")
@click.option("--out", type=click.Path(path_type=Path, dir_okay=False), required=True,
              help="The HTML file to write.")
@role_options
@rollup_option
@store_option
@endpoint_option
def command(view: str, focus: str | None, depth: int, theme: str | None, years: str | None, lang: str,
            out: Path, min_role: str, include_mentions: bool, no_rollup: bool, store: Path,
            endpoint: str | None) -> int:
    """Write an interactive explorer page: one self-contained HTML file that
    works offline (no request to any other host). Search, filter by theme,
    type and year, click a node to highlight its neighbourhood, hover for the
    roles and the evidence quotes with their sources.

    The page holds lead roles and participation by default; a role filter on
    the page narrows it further. --include-mentions also puts in what the
    texts only mention. A unit's events also count for what it is part of
    (--no-rollup keeps them apart).

    \b
    Views:
      network  institutions linked by the events they share (default)
      themes   institutions and the themes of their events
      events   institutions, events and themes
      ego      the events around one institution (--focus)
    \b
    Examples:
      rcpkg viz network --out network.html
      rcpkg viz ego --focus IOM --depth 2 --out iom.html
      rcpkg viz events --theme disasters --years 2015-2019 --lang es --out desastres.html
    """
    from rcpkg.viz.explorer import build_page, write_page
    from rcpkg.viz.selection import Target, load, resolve_institution

    if view != "ego" and focus:
        raise UsageError("--focus is for the ego view (rcpkg viz ego --focus X)")
    where = Target.open(store, endpoint)
    focus_iri = resolve_institution(where, focus) if focus else None
    data, _ = load(where, lang=lang, theme=theme, years=years, min_role=min_role,
                   include_mentions=include_mentions, rollup=not no_rollup)
    page = build_page(view, data, focus=focus_iri, depth=depth)
    path = write_page(page, out)
    counts = page.data["counts"]
    click.echo(f"wrote {path} ({counts['institution']} institutions, {counts['event']} events, "
               f"{counts['theme']} themes, {counts['edges']} links)", err=True)
    return 0
