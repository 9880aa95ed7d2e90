"""rcpkg review"""

from __future__ import annotations

import json
from pathlib import Path

import click

from rcpkg.commands.common import store_option
from rcpkg.errors import UsageError

_reference_option = click.option(
    "--reference", "reference_dir", type=click.Path(path_type=Path, file_okay=False, exists=True), default=None,
    help="Folder of curated reference YAML the build uses (default: the bundled data/reference).")


@click.group(name="review", context_settings={"help_option_names": ["-h", "--help"]})
def command() -> None:
    """Review the institutions the build extracted from pages and the reference data does
    not list (not yet curated), and record a curator's decision on each.

    `list` shows each one with its names, guessed type and parent, the pages and
    quotes it comes from, and the known institutions whose names, variants or
    acronyms (English and Spanish) resemble it. `decide` writes a decision into
    curation.yaml in the reference folder: the same as a known institution (its
    name becomes a variant), a new reference institution (with type, parent and
    source), or not an institution (the build then warns instead). The next
    `rcpkg build` rereads every page with it: a curated decision always beats
    extraction.

    \b
    Examples:
      rcpkg review list
      rcpkg review list --json > uncurated.json
      rcpkg review decide "Inter-American Development Bank" --new --id idb \\
          --type IntergovernmentalOrganization --source https://www.iadb.org/en/about-us
      rcpkg review decide "Plataforma sobre el Desplazamiento por Desastres" --same-as pdd
      rcpkg review decide "Cooperation" --ignore
      rcpkg review interactive
    """


@command.command(name="list")
@store_option
@_reference_option
@click.option("--json", "as_json", is_flag=True, help="Write the list as JSON on stdout.")
@click.option("--evidence", "max_evidence", type=click.IntRange(0), default=2, show_default=True,
              help="How many quotes to show for each institution.")
def list_command(store: Path, reference_dir: Path | None, as_json: bool, max_evidence: int) -> int:
    """List the extracted institutions, with their evidence and near matches.

    \b
    Examples:
      rcpkg review list
      rcpkg review list --store ~/rcm.store --reference ~/rcm-reference --evidence 5
    """
    from rcpkg import curation

    items, reference = _load(store, reference_dir)
    if as_json:
        out = [{**x.to_json(), "near_matches": [{"id": i, "name": n, "score": s}
                                                for i, n, s in curation.near_matches(x, reference)]}
               for x in items]
        click.echo(json.dumps(out, indent=2, ensure_ascii=False))
        return 0
    if not items:
        click.echo("No extracted institutions: every institution the pages name is in the reference data.")
        return 0
    click.echo(f"{len(items)} extracted institutions, not yet curated:")
    for x in items:
        click.echo(_describe(x, reference, curation, max_evidence))
    click.echo("Record a decision with `rcpkg review decide NAME --same-as ID | --new ... | --ignore`.")
    return 0


@command.command(name="decide")
@click.argument("name")
@click.option("--same-as", "same_as", metavar="ID", default=None,
              help="The same as this reference institution: its name and acronym become its variants.")
@click.option("--new", "new", is_flag=True, help="A new reference institution (give --id, --type and --source).")
@click.option("--ignore", is_flag=True, help="Not an institution: the build warns instead of recording it.")
@click.option("--id", "entity_id", metavar="ID", default=None, help="With --new: its reference id (default: from its name).")
@click.option("--type", "type_", metavar="TYPE", default=None,
              help="With --new: its type (default: the guessed one), e.g. NationalMinistry, UNAgency.")
@click.option("--parent", metavar="ID", default=None,
              help="With --new: the reference id it is a unit of (default: the guessed one).")
@click.option("--source", "sources", metavar="URL", multiple=True,
              help="With --new: a URL of a page that states it (required; repeatable).")
@click.option("--lang", type=click.Choice(["en", "es"]), default=None, help="The name's language (default: as extracted).")
@store_option
@_reference_option
def decide_command(name: str, same_as: str | None, new: bool, ignore: bool, entity_id: str | None,
                   type_: str | None, parent: str | None, sources: tuple[str, ...], lang: str | None, store: Path,
                   reference_dir: Path | None) -> int:
    """Record a decision on the extracted institution NAME (its name, acronym or key).

    \b
    Examples:
      rcpkg review decide OHCHR --new --id ohchr --type UNAgency --source https://www.ohchr.org/en/about-us
      rcpkg review decide "Ministry of Labour" --ignore
      rcpkg review decide plataforma-sobre-desplazamiento-por-desastres --same-as pdd
    """
    from rcpkg import curation

    if sum([same_as is not None, new, ignore]) != 1:
        raise UsageError("give exactly one of --same-as ID, --new or --ignore")
    if not new and (entity_id or type_ or parent or sources):
        raise UsageError("--id, --type, --parent and --source go with --new")
    items, reference = _load(store, reference_dir)
    item = curation.find(items, name)
    entry = _entry(item, reference, same_as=same_as, new=new, entity_id=entity_id, type_=type_, parent=parent,
                   sources=sources, lang=lang)
    path = curation.record(_reference_dir(reference_dir), entry)
    click.echo(f"recorded in {path}: {item.name!r} {_said(entry)}; run `rcpkg build` to use it")
    return 0


@command.command(name="interactive")
@store_option
@_reference_option
def interactive_command(store: Path, reference_dir: Path | None) -> int:
    """Go through the extracted institutions one by one and decide on each (s: same as a near
    match, n: new, i: ignore, Enter: skip, q: quit)."""
    from rcpkg import curation

    items, reference = _load(store, reference_dir)
    if not items:
        click.echo("No extracted institutions.")
        return 0
    for x in items:
        click.echo(_describe(x, reference, curation, 3))
        matches = curation.near_matches(x, reference)
        choice = click.prompt("decide [s]ame-as / [n]ew / [i]gnore / Enter skip / [q]uit", default="",
                              show_default=False).strip().lower()
        if choice == "q":
            break
        if not choice:
            continue
        try:
            if choice == "s":
                default = matches[0][0] if matches else ""
                target = click.prompt("same as (reference id)", default=default)
                entry = _entry(x, reference, same_as=target, new=False)
            elif choice == "n":
                entity_id = click.prompt("id", default=_slug(x.name))
                type_ = click.prompt("type", default=x.types[0] if x.types else "Institution")
                parent = click.prompt("part of (reference id, empty: none)", default=_parent_id(x) or "",
                                      show_default=bool(_parent_id(x)))
                source = click.prompt("source URL")
                entry = _entry(x, reference, new=True, entity_id=entity_id, type_=type_, parent=parent or None,
                               sources=(source,))
            elif choice == "i":
                entry = _entry(x, reference, new=False)
            else:
                click.echo("skipped")
                continue
            path = curation.record(_reference_dir(reference_dir), entry)
            click.echo(f"recorded in {path}")
        except Exception as exc:  # noqa: BLE001 - one bad answer does not end the session
            click.echo(f"not recorded: {exc}")
    click.echo("Run `rcpkg build` to use the decisions.")
    return 0


def _reference_dir(reference_dir: Path | None) -> Path:
    from rcpkg import resources

    return reference_dir or resources.reference_dir()


def _load(store: Path, reference_dir: Path | None):
    from rcpkg import curation
    from rcpkg.loaders.reference import load_reference

    if not Path(store).exists():
        raise UsageError("no store here: run `rcpkg build` first, or give --store", value=str(store))
    return curation.extracted(store), load_reference(_reference_dir(reference_dir))


def _slug(name: str) -> str:
    import re

    from rcpkg.loaders.openworld import normalized

    return re.sub(r"[^a-z0-9]+", "-", normalized(name)).strip("-")[:60].strip("-")


def _parent_id(item) -> str | None:
    from rcpkg import iris

    for parent in item.parents:
        if parent.startswith(f"{iris.ID}org/") and "/extracted/" not in parent:
            return parent.rsplit("/", 1)[-1]
    return None


def _entry(item, reference, *, same_as: str | None = None, new: bool, entity_id: str | None = None,
           type_: str | None = None, parent: str | None = None, sources: tuple[str, ...] = (),
           lang: str | None = None) -> dict:
    entry: dict = {"name": item.name, "lang": lang or item.lang}
    acronym = next((a for a in item.acronyms if a != item.name), None)
    if acronym:
        entry["acronym"] = acronym
    if same_as is not None:
        if same_as not in reference.entities:
            raise UsageError("--same-as names no reference institution", value=same_as)
        entry.update(decision="same-as", same_as=same_as)
    elif new:
        if not sources:
            raise UsageError("a new institution needs --source URL (a page that states it)")
        entry.update(decision="new", id=entity_id or _slug(item.name),
                     type=type_ or (item.types[0] if item.types else "Institution"))
        parent = parent or _parent_id(item)
        if parent:
            entry["part_of"] = parent
        entry["sources"] = list(sources)
    else:
        entry["decision"] = "ignore"
    return entry


def _said(entry: dict) -> str:
    if entry["decision"] == "same-as":
        return f"is the same as {entry['same_as']!r}"
    if entry["decision"] == "new":
        return f"is the new institution {entry['id']!r} ({entry['type']})"
    return "is not an institution"


def _describe(x, reference, curation, max_evidence: int) -> str:
    lines = [f"\n{x.name}" + (f" ({', '.join(a for a in x.acronyms if a != x.name)})"
                              if any(a != x.name for a in x.acronyms) else "") + f"   key: {x.key}"]
    others = [n for names in x.names.values() for n in names if n != x.name and n not in x.acronyms]
    if others:
        lines.append(f"  also named: {'; '.join(others)}")
    lines.append(f"  guessed type: {', '.join(x.types) or 'Institution'}"
                 + (f"; part of: {', '.join(p.rsplit('/', 1)[-1] for p in x.parents)}" if x.parents else ""))
    lines.append(f"  pages: {', '.join(x.pages)}")
    for e in x.evidence[:max_evidence]:
        quote = f"…{e.prefix[-30:]}[{e.exact}]{e.suffix[:30]}…".replace("\n", " ")
        lines.append(f"  evidence: {quote}  ({e.page}, offset {e.start})")
    matches = curation.near_matches(x, reference)
    if matches:
        lines.append("  near matches: " + "; ".join(f"{i} \"{n}\" ({s:.2f})" for i, n, s in matches))
    else:
        lines.append("  near matches: none")
    return "\n".join(lines)
