"""The library of named queries: one `.rq` file per query, described by its header.

Header lines come first, each ``# key: value``::

    # name: events-by-theme
    # title: Events on a theme
    # description: Events whose subject is the theme, ...
    #   (a line starting with "#" and two spaces continues the previous value)
    # param: theme theme = disasters -- the theme: a key, a label or an IRI
    # param: year_from year = none -- first year (optional)
    # returns: event, eventLabel, date

``param`` is ``NAME TYPE = DEFAULT -- description``; ``= none`` makes the
parameter optional (the variable stays unbound when it is not given). The
variable ``?NAME`` in the query receives the value, bound as an RDF term.

``python -m rcpkg.queries.catalogue --markdown`` prints the catalogue as
Markdown (docs/queries.md is generated with it).
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from rdflib import Literal
from rdflib.namespace import XSD
from rdflib.term import Node

from rcpkg.errors import UsageError

PARAM_TYPES = ("iri", "string", "integer", "year", "date", "lang", "boolean", "theme", "institution", "kind", "series")
LANGS = ("en", "es")
HEADER_KEYS = ("name", "title", "description", "param", "returns")
_NAME = re.compile(r"^[a-z0-9][a-z0-9-]*$")
_PARAM = re.compile(r"^(?P<name>[A-Za-z_][A-Za-z0-9_]*)\s+(?P<type>[a-z]+)\s*=\s*(?P<default>.*?)\s*(?:--\s*(?P<doc>.*))?$")
_TRUE = {"true", "yes", "1", "on"}
_FALSE = {"false", "no", "0", "off"}


class CatalogueError(UsageError):
    """A query file whose header cannot be read."""


@dataclass(frozen=True)
class Param:
    name: str
    type: str
    default: str | None  # None: optional, unbound unless given
    description: str = ""

    @property
    def optional(self) -> bool:
        return self.default is None

    def convert(self, text: str, **target: Any) -> Node:
        """The RDF term for a value typed by the user; UsageError naming the parameter when it is wrong.

        ``target`` (``store=`` / ``endpoint=`` / ``dataset=``) is where theme,
        institution and series names are looked up.
        """
        from rcpkg import sparql

        value = text.strip() if isinstance(text, str) else str(text)

        def bad(expected: str) -> UsageError:
            return UsageError(f"parameter {self.name!r} must be {expected}", value=text)

        if self.type == "string":
            return Literal(text)
        if self.type == "iri":
            try:
                return sparql.check_iri(value)
            except UsageError:
                raise bad("an absolute IRI without spaces, quotes or braces") from None
        if self.type in ("integer", "year"):
            if not re.fullmatch(r"[+-]?\d{1,18}", value):
                raise bad("a year like 2018" if self.type == "year" else "an integer")
            if self.type == "year" and not 1000 <= int(value) <= 2999:
                raise bad("a year like 2018")
            return Literal(int(value), datatype=XSD.integer)
        if self.type == "date":
            try:
                return Literal(date.fromisoformat(value), datatype=XSD.date)
            except ValueError:
                raise bad("a date like 2018-05-08") from None
        if self.type == "lang":
            if value.lower() not in LANGS:
                raise bad("one of " + ", ".join(LANGS))
            return Literal(value.lower())
        if self.type == "boolean":
            if value.lower() in _TRUE:
                return Literal(True)
            if value.lower() in _FALSE:
                return Literal(False)
            raise bad("true or false")
        try:
            if self.type == "kind":
                return sparql.resolve_kind(value)
            if self.type == "theme":
                return sparql.resolve_theme(value, **target)
            if self.type == "institution":
                return sparql.resolve_institution(value, **target)
            if self.type == "series":
                return sparql.resolve_series(value, **target)
        except UsageError as exc:
            raise UsageError(f"parameter {self.name!r}: {exc.message}", value=exc.value, hint=exc.hint) from None
        raise bad(f"of a known type, not {self.type!r}")  # pragma: no cover - types are checked on load


@dataclass(frozen=True)
class Query:
    name: str
    title: str
    description: str
    params: list[Param]
    returns: list[str]
    text: str
    path: Path | None = None
    is_violation: bool = False

    def param(self, name: str) -> Param:
        for p in self.params:
            if p.name == name:
                return p
        known = ", ".join(p.name for p in self.params) or "none"
        raise UsageError(f"query {self.name!r} has no parameter {name!r} (parameters: {known})")

    def bindings(self, given: dict[str, str] | None = None, **target: Any) -> dict[str, Node | None]:
        """Convert the given values (and the defaults of the others) to RDF terms."""
        given = dict(given or {})
        for name in given:
            self.param(name)  # unknown names fail
        out: dict[str, Node | None] = {}
        for p in self.params:
            raw = given.get(p.name, p.default)
            out[p.name] = None if raw is None else p.convert(raw, **target)
        return out

    def run(self, given: dict[str, str] | None = None, *, store: Any = None, endpoint: str | None = None,
            dataset: Any = None, engine: str | None = None, lang: str | None = None, timeout: float = 60,
            **remote: Any):
        """Convert the parameters, bind them, and run the query on one target (see `rcpkg.sparql.run`;
        `remote` are its endpoint options: paginate, strict, default_graphs)."""
        from rcpkg import sparql

        given = dict(given or {})
        if lang is not None and "lang" not in given and any(p.name == "lang" for p in self.params):
            given["lang"] = lang
        if store is not None and dataset is None and engine != "rdflib":
            store = sparql.open_store(store)  # open once for the resolvers and the query
        target = {"store": store, "endpoint": endpoint, "dataset": dataset, "engine": engine}
        bindings = self.bindings(given, **target)
        return sparql.run(self.text, bindings, timeout=timeout, **target, **remote)


def parse_query(text: str, path: Path | str | None = None) -> Query:
    """Read a query file's header. Errors name the file and the line."""
    where = str(path) if path is not None else "<query>"
    fields: dict[str, str] = {}
    params: list[Param] = []
    last: str | None = None
    lines = text.splitlines()
    for number, line in enumerate(lines, start=1):
        stripped = line.strip()
        if not stripped:
            last = None
            continue
        if not stripped.startswith("#"):
            break
        body = stripped[1:]
        if last and re.match(r"^\s{2,}\S", body) and last != "param":
            fields[last] += " " + body.strip()
            continue
        m = re.match(r"^\s*([a-z]+):\s*(.*)$", body)
        if not m:
            continue  # a free comment
        key, value = m.group(1), m.group(2).strip()
        if key not in HEADER_KEYS:
            raise CatalogueError(f"unknown header key {key!r} (known: {', '.join(HEADER_KEYS)})",
                                 path=where, line=number, value=line)
        if key == "param":
            pm = _PARAM.match(value)
            if not pm:
                raise CatalogueError("malformed param line; expected `# param: NAME TYPE = DEFAULT -- description`",
                                     path=where, line=number, value=line)
            if pm.group("type") not in PARAM_TYPES:
                raise CatalogueError(f"unknown param type {pm.group('type')!r} (types: {', '.join(PARAM_TYPES)})",
                                     path=where, line=number, value=line)
            if any(p.name == pm.group("name") for p in params):
                raise CatalogueError(f"param {pm.group('name')!r} declared twice", path=where, line=number)
            default = pm.group("default")
            if default == "":
                raise CatalogueError("param without default (write `= none` for an optional param)",
                                     path=where, line=number, value=line)
            params.append(Param(pm.group("name"), pm.group("type"), None if default == "none" else default,
                                (pm.group("doc") or "").strip()))
            last = "param"
            continue
        if key in fields:
            raise CatalogueError(f"header key {key!r} given twice", path=where, line=number)
        fields[key] = value
        last = key
    for key in ("name", "title", "description", "returns"):
        if not fields.get(key):
            raise CatalogueError(f"the header has no `# {key}:` line", path=where, line=1)
    name = fields["name"]
    if not _NAME.match(name):
        raise CatalogueError("query names use lowercase letters, digits and '-'", path=where, value=name)
    if path is not None and Path(path).stem != name:
        raise CatalogueError(f"the file must be named {name}.rq", path=where, value=Path(path).name)
    returns = [c.strip().lstrip("?") for c in fields["returns"].split(",") if c.strip()]
    for p in params:
        if not re.search(rf"[?$]{re.escape(p.name)}\b", _without_comments(text)):
            raise CatalogueError(f"param {p.name!r} is not used as ?{p.name} in the query", path=where)
    return Query(name=name, title=fields["title"], description=fields["description"], params=params,
                 returns=returns, text=text, path=Path(path) if path is not None else None,
                 is_violation=name.endswith("-violation"))


def _without_comments(text: str) -> str:
    return "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("#"))


def load_catalogue(dir: Path | str | None = None) -> dict[str, Query]:
    """Every `*.rq` in the library (or in `dir`), by name, sorted."""
    from rcpkg.resources import queries_dir

    folder = Path(dir) if dir is not None else queries_dir()
    out: dict[str, Query] = {}
    for path in sorted(folder.glob("*.rq")):
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise CatalogueError(f"cannot read the query file: {exc}", path=str(path)) from None
        query = parse_query(text, path)
        out[query.name] = query
    return out


def read_query_file(path: Path | str) -> Query:
    """A query from any file: with a header it is parsed; without one it gets a name from the file."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(f"cannot read the query file: {exc}", path=str(path)) from None
    if re.search(r"^\s*#\s*name:", text, re.M):
        query = parse_query(text, None)
        return Query(query.name, query.title, query.description, query.params, query.returns, text, path,
                     query.is_violation)
    return Query(path.stem, path.stem, "", [], [], text, path, path.stem.endswith("-violation"))


def markdown(catalogue: dict[str, Query]) -> str:
    """The catalogue as a Markdown page (docs/queries.md)."""
    out = [
        "# The query library",
        "",
        "<!-- Generated by `python -m rcpkg.queries.catalogue --markdown > docs/queries.md`; do not edit. -->",
        "",
        "Run any of them with `rcpkg query NAME [--param KEY=VALUE ...]`; each runs without parameters "
        "(the defaults are an example). Every file has its own PREFIX lines, so it also runs unchanged in "
        "YASGUI or on any SPARQL 1.1 endpoint (over the union of the graphs). Queries named `*-violation` "
        "are data-quality checks: `rcpkg query` exits 1 when they return rows.",
        "",
        "Writing your own: read the union of the graphs (no `FROM`), and use `SELECT DISTINCT` or "
        "`COUNT(DISTINCT ...)`: an event shown by two pages has its triples in two graphs, and Oxigraph's "
        "union default graph returns such a triple once per graph. A parameter's value replaces every "
        "`?variable` of its name, sub-selects included, as one escaped RDF term (in the projection as "
        "`(TERM AS ?variable)`; `BOUND(?variable)` becomes `true`); the query must not assign it itself "
        "(`AS ?variable`, `VALUES ?variable`). End every `ORDER BY` with the rows' IRIs, so the order is "
        "the same on every engine, and use no error (`1/0`) to leave a variable unbound: Virtuoso raises it.",
        "",
        "| query | what it answers |",
        "|---|---|",
    ]
    for q in catalogue.values():
        out.append(f"| [`{q.name}`](#{q.name}) | {_md(q.title)} |")
    for q in catalogue.values():
        out += ["", f"## {q.name}", "", f"**{_md(q.title)}.** {_md(q.description)}", ""]
        if q.params:
            out += ["| param | type | default | description |", "|---|---|---|---|"]
            for p in q.params:
                default = "*(unbound)*" if p.default is None else f"`{p.default}`"
                out.append(f"| `{p.name}` | {p.type} | {default} | {_md(p.description)} |")
            out.append("")
        out.append("Returns: " + ", ".join(f"`{c}`" for c in q.returns) + ".")
        example = " ".join(f"--param {p.name}={_shell(p.default)}" for p in q.params if p.default is not None)
        out += ["", "```", f"rcpkg query {q.name}" + (f" {example}" if example else ""), "```"]
    return "\n".join(out) + "\n"


def _md(text: str) -> str:
    return text.replace("|", "\\|")


def _shell(value: str) -> str:
    return value if re.fullmatch(r"[A-Za-z0-9_.:/@-]+", value) else "'" + value.replace("'", "'\\''") + "'"


def main(argv: list[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(prog="python -m rcpkg.queries.catalogue",
                                     description="Print the query catalogue, or check a generated copy.")
    parser.add_argument("--markdown", action="store_true", help="print docs/queries.md to stdout")
    parser.add_argument("--check", metavar="PATH", help="exit 1 when PATH differs from the generated page")
    args = parser.parse_args(argv)
    try:
        page = markdown(load_catalogue())
    except UsageError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if args.check:
        current = Path(args.check).read_text(encoding="utf-8") if Path(args.check).exists() else ""
        if current != page:
            print(f"{args.check} is stale: regenerate it with `python -m rcpkg.queries.catalogue --markdown > "
                  f"{args.check}`", file=sys.stderr)
            return 1
        return 0
    sys.stdout.write(page)
    return 0


if __name__ == "__main__":
    sys.exit(main())
