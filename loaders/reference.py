"""The curated reference data: institutions, memberships, statements and themes.

``load_reference(dir)`` reads every ``*.yaml`` file of ``data/reference/`` and
checks it (a bad entry is a :class:`~rcpkg.errors.LoaderError` naming the file,
the line and the value); :meth:`Reference.graph` gives the triples of the
reference graph as ``docs/design.md`` describes them. The typed entities and
themes feed the gazetteer and the theme matcher.

File format (one YAML mapping per file, any of these keys):

- ``entities``: ``id``, ``type`` (a class in :data:`ENTITY_TYPES`), ``name``
  ``{en, es}`` (``en`` or ``es`` required), ``acronym`` ``{en, es}``,
  ``variants`` ``{en: [...], es: [...]}``, ``part_of`` (id or list of ids),
  ``country`` (ISO2, governments), ``country_names`` ``{en: [...], es: [...]}``
  (governments: the country's names, for actor mentions), ``founded``
  ``{year, sources}``, ``sources`` (URLs, required).
- ``memberships``: ``organization``, ``member``, ``role`` (a key of
  :data:`MEMBERSHIP_ROLES`), ``from`` / ``to`` (``2019`` or ``2019-11-12``),
  ``sources`` (required).
- ``statements``: ``about`` (id), ``text`` ``{en, es}``, ``sources`` (required).
  Used where sources disagree, or for facts the model has no property for.
- ``scheme`` ``{label: {en, es}}`` and ``concepts``: ``key``, ``label``
  ``{en, es}``, ``alt`` ``{en: [...], es: [...]}``, ``definition`` ``{en, es}``,
  ``broader`` (keys).
- ``decisions`` (a curator's decisions on institutions the build extracted from
  pages, written by ``rcpkg review decide``; usually in ``curation.yaml``):
  ``name`` (as extracted), ``lang`` (``en`` | ``es``), ``acronym``,
  ``decision``: ``same-as`` with ``same_as`` (a reference id: the name and
  acronym become its variants), ``new`` with ``id``, ``type``, ``part_of`` and
  ``sources`` (a reference entity), or ``ignore`` (not an institution: the
  extractor warns instead). A decision always beats extraction: the gazetteer
  knows the name from the next build on.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import yaml
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import PROV, RDF, RDFS, SKOS, TIME, XSD

from rcpkg import iris
from rcpkg.errors import LoaderError
from rcpkg.loaders.history import SECTIONS as HISTORY_SECTIONS
from rcpkg.loaders.history import History
from rcpkg.loaders.history import check as check_history
from rcpkg.loaders.history import history_triples
from rcpkg.loaders.history import read_section as read_history_section
from rcpkg.loaders.history import term_covers
from rcpkg.namespaces import INSTITUTION_CLASSES, ORG, RCP, SDO
from rcpkg.namespaces import MEMBERSHIP_ROLES as ONTOLOGY_MEMBERSHIP_ROLES

LANGS = ("en", "es")

#: ``type`` values and the class each one adds besides ``rcp:Institution``: the ontology's institution
#: classes (generated), except those no reference entity takes: rcp:ExtractedInstitution (what the
#: extractor found and a curator has not placed) and rcp:RelatedProcess (the history files' ``collaborations``).
NOT_ENTITY_TYPES = ("ExtractedInstitution", "RelatedProcess")
ENTITY_TYPES = tuple(c for c in INSTITUTION_CLASSES if c not in NOT_ENTITY_TYPES)

#: membership ``role`` values and their ``org:role`` individuals (local names in rcp:), generated from
#: the ontology's org:Role individuals.
MEMBERSHIP_ROLES = dict(ONTOLOGY_MEMBERSHIP_ROLES)

_ENTITY_KEYS = {"id", "type", "name", "acronym", "variants", "part_of", "country", "country_names",
                "founded", "sources"}
_MEMBERSHIP_KEYS = {"organization", "member", "role", "from", "to", "sources"}
_STATEMENT_KEYS = {"about", "text", "sources"}
_CONCEPT_KEYS = {"key", "label", "alt", "definition", "broader"}
_DECISION_KEYS = {"name", "lang", "acronym", "decision", "same_as", "id", "type", "part_of", "sources", "note"}
DECISIONS = ("same-as", "new", "ignore")
_TOP_KEYS = {"entities", "memberships", "statements", "scheme", "concepts", "decisions", *HISTORY_SECTIONS}
_URL = re.compile(r"^https?://\S+$")
_NOT_IN_IRI = re.compile(r'[<>"{}|\\^`]')  # characters an IRI may not hold (RFC 3987; no spaces: \S above)
_LINE = "__line__"


@dataclass(frozen=True, slots=True)
class Entity:
    """An institution of the reference data (process, body, government, organization, unit)."""

    id: str
    type: str
    names: dict[str, str]  # lang -> name
    acronyms: dict[str, str] = field(default_factory=dict)  # lang -> acronym
    variants: dict[str, tuple[str, ...]] = field(default_factory=dict)  # lang -> other names
    part_of: tuple[str, ...] = ()
    country: str | None = None  # ISO2 of a government's country
    country_names: dict[str, tuple[str, ...]] = field(default_factory=dict)
    founded: int | None = None
    founded_sources: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    path: str = ""
    line: int | None = None

    @property
    def iri(self) -> URIRef:
        return iris.org(self.id)

    def label(self, lang: str = "en") -> str:
        return self.names.get(lang) or next(iter(self.names.values()))


@dataclass(frozen=True, slots=True)
class Membership:
    organization: str
    member: str
    role: str  # a key of MEMBERSHIP_ROLES
    start: str | None = None  # "2019" or "2019-11-12"
    end: str | None = None
    sources: tuple[str, ...] = ()

    def covers(self, year: int) -> bool:
        """True when the membership's dates state that it held in `year`."""
        return term_covers(self.start, self.end, year)


@dataclass(frozen=True, slots=True)
class Statement:
    about: str
    text: dict[str, str]
    sources: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Theme:
    key: str
    labels: dict[str, str]  # lang -> prefLabel
    alt_labels: dict[str, tuple[str, ...]] = field(default_factory=dict)
    definitions: dict[str, str] = field(default_factory=dict)
    broader: tuple[str, ...] = ()
    narrower: tuple[str, ...] = ()

    @property
    def iri(self) -> URIRef:
        return iris.theme(self.key)


@dataclass(frozen=True, slots=True)
class Decision:
    """A curator's decision on an extracted institution (``decisions:`` of ``curation.yaml``)."""

    name: str
    lang: str
    decision: str  # one of DECISIONS
    acronym: str | None = None
    same_as: str | None = None
    id: str | None = None
    path: str = ""
    line: int | None = None


@dataclass(frozen=True, slots=True)
class Reference:
    entities: dict[str, Entity]
    memberships: tuple[Membership, ...] = ()
    statements: tuple[Statement, ...] = ()
    themes: dict[str, Theme] = field(default_factory=dict)
    scheme_labels: dict[str, str] = field(default_factory=dict)
    # names a curator said are not institutions (normalized: rcpkg.loaders.openworld.normalized)
    ignored: frozenset[str] = frozenset()
    decisions: tuple["Decision", ...] = ()
    history: History = field(default_factory=History)  # editions, presidencies, ... (loaders/history.py)

    @property
    def countries(self) -> tuple[str, ...]:
        """ISO2 codes of the countries the reference graph links to (``rcp:country``)."""
        return tuple(sorted({e.country for e in self.entities.values() if e.country}))

    def ancestors(self, entity_id: str) -> set[str]:
        """Every id the entity is (transitively) part of."""
        seen: set[str] = set()
        todo = list(self.entities[entity_id].part_of) if entity_id in self.entities else []
        while todo:
            parent = todo.pop()
            if parent not in seen:
                seen.add(parent)
                todo.extend(self.entities[parent].part_of)
        return seen

    def ppt_holder(self, process_id: str, year: int) -> str | None:
        """The member holding the process's Presidency Pro-Tempore in `year`, when a
        dated membership says so and only one does; else None (never a guess)."""
        holders = {m.member for m in self.memberships
                   if m.organization == process_id and m.role == "presidency-pro-tempore" and m.covers(year)}
        holders |= {t.member for t in self.history.terms
                    if t.process == process_id and t.role == "presidency-pro-tempore" and t.covers(year)
                    and t.certainty.kind is None}
        return holders.pop() if len(holders) == 1 else None

    def graph(self) -> Graph:
        return _graph(self)


# --------------------------------------------------------------------------- reading


class _LineLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """A safe loader that records each mapping's line (1-based) under ``__line__``."""


def _construct_mapping(loader: _LineLoader, node: yaml.MappingNode) -> dict[str, Any]:
    mapping = loader.construct_mapping(node, deep=True)
    mapping[_LINE] = node.start_mark.line + 1
    return mapping


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
# Dates and numbers stay strings where we parse them ourselves.
_LineLoader.yaml_implicit_resolvers = {
    k: [(tag, rx) for tag, rx in v if tag not in ("tag:yaml.org,2002:timestamp",)]
    for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


class _File:
    def __init__(self, path: Path) -> None:
        self.path = str(path)

    def error(self, message: str, item: Any = None, value: Any = None, *, line: int | None = None) -> LoaderError:
        if line is None and isinstance(item, dict):
            line = item.get(_LINE)
        return LoaderError(message, path=self.path, line=line, value=value)


def _read(path: Path) -> dict[str, Any]:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise LoaderError(f"cannot read reference file: {exc}", path=str(path)) from None
    try:
        data = yaml.load(text, Loader=_LineLoader)  # noqa: S506 - a SafeLoader subclass
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark else None
        problem = getattr(exc, "problem", None) or str(exc)
        raise LoaderError(f"not valid YAML: {problem}", path=str(path), line=line) from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise LoaderError("a reference file must be a mapping (entities:, memberships:, ...)", path=str(path),
                          line=1, value=type(data).__name__)
    return data


def _lang_map(f: _File, item: dict, key: str, *, required: bool = False) -> dict[str, str]:
    value = item.get(key)
    if value is None:
        if required:
            raise f.error(f"missing '{key}' (give {{en: ..., es: ...}})", item, item.get("id") or item.get("key"))
        return {}
    if not isinstance(value, dict):
        raise f.error(f"'{key}' must be a mapping of language to text ({{en: ..., es: ...}})", item, value)
    out: dict[str, str] = {}
    for lang, text in value.items():
        if lang == _LINE:
            continue
        if lang not in LANGS:
            raise f.error(f"unknown language in '{key}' (use en or es)", item, lang)
        if text is None:
            continue
        if not isinstance(text, (str, int)) or not str(text).strip():
            raise f.error(f"'{key}.{lang}' must be non-empty text", item, text)
        out[lang] = str(text).strip()
    if required and not out:
        raise f.error(f"'{key}' is empty", item, item.get("id") or item.get("key"))
    return out


def _lang_lists(f: _File, item: dict, key: str) -> dict[str, tuple[str, ...]]:
    value = item.get(key)
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise f.error(f"'{key}' must be a mapping of language to a list of names", item, value)
    out: dict[str, tuple[str, ...]] = {}
    for lang, names in value.items():
        if lang == _LINE:
            continue
        if lang not in LANGS:
            raise f.error(f"unknown language in '{key}' (use en or es)", item, lang)
        if not isinstance(names, list) or not all(isinstance(n, str) and n.strip() for n in names):
            raise f.error(f"'{key}.{lang}' must be a list of names", item, names)
        out[lang] = tuple(n.strip() for n in names)
    return out


def _sources(f: _File, item: dict, what: str) -> tuple[str, ...]:
    value = item.get("sources")
    if not value:
        raise f.error(f"{what} has no source: give 'sources' (the URLs of the pages that state it)",
                      item, item.get("id") or item.get("about") or item.get("member"))
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list):
        raise f.error("'sources' must be a list of URLs", item, value)
    for url in value:
        if not isinstance(url, str) or not _URL.match(url):
            raise f.error("a source must be an http(s) URL", item, url)
        bad = _NOT_IN_IRI.search(url)
        if bad:
            raise f.error(f"a source URL holds {bad.group()!r}, which an IRI cannot hold: write it percent-encoded "
                          f"(%{ord(bad.group()):02X}), as the browser's address bar shows it", item, url)
    return tuple(value)


def _ids(f: _File, item: dict, key: str) -> tuple[str, ...]:
    value = item.get(key)
    if value is None:
        return ()
    values = [value] if isinstance(value, str) else value
    if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
        raise f.error(f"'{key}' must be an id or a list of ids", item, value)
    return tuple(values)


def _check_keys(f: _File, item: Any, allowed: set[str], what: str) -> None:
    if not isinstance(item, dict):
        raise f.error(f"each {what} must be a mapping", value=item)
    unknown = sorted(set(item) - allowed - {_LINE})
    if unknown:
        raise f.error(f"unknown field in {what}: {', '.join(unknown)} (allowed: {', '.join(sorted(allowed))})",
                      item, unknown[0])


def _key(f: _File, item: dict, field_name: str, kind: str) -> str:
    value = item.get(field_name)
    if not isinstance(value, str) or not re.fullmatch(r"[a-z0-9][a-z0-9-]*", value):
        raise f.error(f"missing or invalid {kind} '{field_name}' (lowercase letters, digits and '-')", item, value)
    return value


def _when(f: _File, item: dict, key: str) -> str | None:
    value = item.get(key)
    if value is None:
        return None
    text = str(value)
    if re.fullmatch(r"\d{4}", text):
        return text
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        try:
            date.fromisoformat(text)
        except ValueError:
            raise f.error(f"'{key}' is not a valid date", item, value) from None
        return text
    raise f.error(f"'{key}' must be a year (2019) or a date (2019-11-12)", item, value)


def _entity(f: _File, item: Any) -> Entity:
    _check_keys(f, item, _ENTITY_KEYS, "entity")
    entity_id = _key(f, item, "id", "entity")
    type_ = item.get("type")
    if type_ not in ENTITY_TYPES:
        raise f.error(f"unknown entity type (one of: {', '.join(ENTITY_TYPES)})", item, type_)
    names = _lang_map(f, item, "name", required=True)
    country = item.get("country")
    if country is not None and (not isinstance(country, str) or not re.fullmatch(r"[A-Z]{2}", country)):
        raise f.error("'country' must be an ISO 3166-1 alpha-2 code (e.g. CR)", item, country)
    founded = item.get("founded")
    founded_year: int | None = None
    founded_sources: tuple[str, ...] = ()
    if founded is not None:
        if not isinstance(founded, dict) or not re.fullmatch(r"\d{4}", str(founded.get("year", ""))):
            raise f.error("'founded' must be {year: YYYY, sources: [...]}", item, founded)
        founded_year = int(founded["year"])
        founded_sources = _sources(f, founded, f"the founding year of {entity_id!r}")
    return Entity(
        id=entity_id, type=type_, names=names,
        acronyms=_lang_map(f, item, "acronym"),
        variants=_lang_lists(f, item, "variants"),
        part_of=_ids(f, item, "part_of"),
        country=country,
        country_names=_lang_lists(f, item, "country_names"),
        founded=founded_year, founded_sources=founded_sources,
        sources=_sources(f, item, f"entity {entity_id!r}"),
        path=f.path, line=item.get(_LINE),
    )


def _membership(f: _File, item: Any) -> tuple[Membership, int | None]:
    _check_keys(f, item, _MEMBERSHIP_KEYS, "membership")
    role = item.get("role")
    if role not in MEMBERSHIP_ROLES:
        raise f.error(f"unknown membership role (one of: {', '.join(MEMBERSHIP_ROLES)})", item, role)
    for key in ("organization", "member"):
        _key(f, item, key, "id")
    m = Membership(item["organization"], item["member"], role, _when(f, item, "from"), _when(f, item, "to"),
                   _sources(f, item, "membership"))
    return m, item.get(_LINE)


def _statement(f: _File, item: Any) -> tuple[Statement, int | None]:
    _check_keys(f, item, _STATEMENT_KEYS, "statement")
    about = _key(f, item, "about", "id")
    return Statement(about, _lang_map(f, item, "text", required=True), _sources(f, item, "statement")), item.get(_LINE)


def _concept(f: _File, item: Any) -> tuple[Theme, int | None]:
    _check_keys(f, item, _CONCEPT_KEYS, "concept")
    key = _key(f, item, "key", "theme")
    labels = _lang_map(f, item, "label", required=True)
    return Theme(key, labels, _lang_lists(f, item, "alt"), _lang_map(f, item, "definition"),
                 _ids(f, item, "broader")), item.get(_LINE)


def _decision(f: _File, item: Any) -> tuple[Decision, Entity | None]:
    _check_keys(f, item, _DECISION_KEYS, "decision")
    name = item.get("name")
    if not isinstance(name, str) or not name.strip():
        raise f.error("a decision needs the 'name' it is about (as the build extracted it)", item, name)
    lang = item.get("lang", "en")
    if lang not in LANGS:
        raise f.error("unknown language in 'lang' (use en or es)", item, lang)
    kind = item.get("decision")
    if kind not in DECISIONS:
        raise f.error(f"unknown decision (one of: {', '.join(DECISIONS)})", item, kind)
    acronym = item.get("acronym")
    if acronym is not None and (not isinstance(acronym, str) or not acronym.strip()):
        raise f.error("'acronym' must be non-empty text", item, acronym)
    decision = Decision(name.strip(), lang, kind, acronym, path=f.path, line=item.get(_LINE))
    if kind == "same-as":
        target = _key(f, item, "same_as", "id")
        return Decision(decision.name, lang, kind, acronym, same_as=target, path=f.path, line=decision.line), None
    if kind == "new":
        entity_id = _key(f, item, "id", "entity")
        type_ = item.get("type")
        if type_ not in ENTITY_TYPES:
            raise f.error(f"unknown entity type (one of: {', '.join(ENTITY_TYPES)})", item, type_)
        entity = Entity(id=entity_id, type=type_, names={lang: decision.name},
                        acronyms={lang: acronym.strip()} if acronym else {},
                        part_of=_ids(f, item, "part_of"),
                        sources=_sources(f, item, f"the new institution {entity_id!r}"),
                        path=f.path, line=item.get(_LINE))
        return Decision(decision.name, lang, kind, acronym, id=entity_id, path=f.path, line=decision.line), entity
    return decision, None


def _apply_decisions(entities: dict[str, Entity], decisions: list[Decision]) -> frozenset[str]:
    """Same-as decisions become variants of their institution; the normalized names ignored."""
    from dataclasses import replace

    from rcpkg.loaders.openworld import normalized

    ignored: set[str] = set()
    for d in decisions:
        if d.decision == "ignore":
            ignored.add(normalized(d.name))
            continue
        if d.decision != "same-as":
            continue
        if d.same_as not in entities:
            raise LoaderError("'same_as' names an unknown id", path=d.path, line=d.line, value=d.same_as)
        e = entities[d.same_as]
        variants = dict(e.variants)
        extra = [d.name] + ([d.acronym] if d.acronym else [])
        variants[d.lang] = tuple(dict.fromkeys(variants.get(d.lang, ()) + tuple(extra)))
        entities[d.same_as] = replace(e, variants=variants)
    return frozenset(ignored)


def load_reference(reference_dir: str | Path) -> Reference:
    """Read and check every ``*.yaml`` file in `reference_dir`."""
    directory = Path(reference_dir)
    files = sorted(directory.glob("*.yaml"))
    if not files:
        raise LoaderError("no reference files (*.yaml) found", path=str(directory))
    entities: dict[str, Entity] = {}
    memberships: list[tuple[Membership, _File, int | None]] = []
    statements: list[tuple[Statement, _File, int | None]] = []
    themes: dict[str, Theme] = {}
    theme_where: dict[str, tuple[_File, int | None]] = {}
    scheme_labels: dict[str, str] = {}
    decided: dict[tuple[str, str], Decision] = {}
    history = History()
    for path in files:
        f = _File(path)
        data = _read(path)
        unknown = sorted(set(data) - _TOP_KEYS - {_LINE})
        if unknown:
            raise f.error(f"unknown section {unknown[0]!r} (allowed: {', '.join(sorted(_TOP_KEYS))})",
                          value=unknown[0], line=1)
        for section in ("entities", "memberships", "statements", "concepts", "decisions"):
            if section in data and not isinstance(data[section], list):
                raise f.error(f"'{section}' must be a list", value=type(data[section]).__name__, line=1)
        for item in data.get("entities") or []:
            entity = _entity(f, item)
            if entity.id in entities:
                first = entities[entity.id]
                raise f.error(f"duplicate id (first defined at {first.path}:{first.line})", item, entity.id)
            entities[entity.id] = entity
        for item in data.get("decisions") or []:
            decision, entity = _decision(f, item)
            key = (decision.lang, decision.name.casefold())
            if key in decided:
                first = decided[key]
                raise f.error(f"a second decision on the same name (first at {first.path}:{first.line})", item,
                              decision.name)
            decided[key] = decision
            if entity is not None:
                if entity.id in entities:
                    first = entities[entity.id]
                    raise f.error(f"duplicate id (first defined at {first.path}:{first.line})", item, entity.id)
                entities[entity.id] = entity
        for item in data.get("memberships") or []:
            m, line = _membership(f, item)
            memberships.append((m, f, line))
        for item in data.get("statements") or []:
            s, line = _statement(f, item)
            statements.append((s, f, line))
        if "scheme" in data:
            scheme = data["scheme"]
            if not isinstance(scheme, dict):
                raise f.error("'scheme' must be a mapping {label: {en, es}}", value=scheme, line=1)
            scheme_labels = _lang_map(f, scheme, "label", required=True)
        for section in HISTORY_SECTIONS:
            if section in data:
                read_history_section(history, f.path, section, data[section], tuple(MEMBERSHIP_ROLES))
        for item in data.get("concepts") or []:
            t, line = _concept(f, item)
            if t.key in themes:
                raise f.error("duplicate theme key", item, t.key)
            themes[t.key] = t
            theme_where[t.key] = (f, line)

    ignored = _apply_decisions(entities, list(decided.values()))
    for entity in entities.values():
        for parent in entity.part_of:
            if parent not in entities:
                raise LoaderError("'part_of' names an unknown id", path=entity.path, line=entity.line, value=parent)
            if parent == entity.id:
                raise LoaderError("an entity cannot be part of itself", path=entity.path, line=entity.line,
                                  value=parent)
    for m, f, line in memberships:
        for ref in (m.organization, m.member):
            if ref not in entities:
                raise f.error("membership names an unknown id", value=ref, line=line)
        if entities[m.organization].type != "ConsultativeProcess":
            raise f.error("a membership's organization must be a ConsultativeProcess", value=m.organization,
                          line=line)
    for s, f, line in statements:
        if s.about not in entities:
            raise f.error("statement is about an unknown id", value=s.about, line=line)

    narrower: dict[str, list[str]] = {}
    for t in themes.values():
        for b in t.broader:
            if b not in themes:
                f, line = theme_where[t.key]
                raise f.error("'broader' names an unknown theme", value=b, line=line)
            narrower.setdefault(b, []).append(t.key)
    themes = {k: Theme(t.key, t.labels, t.alt_labels, t.definitions, t.broader, tuple(narrower.get(k, ())))
              for k, t in themes.items()}
    if themes and not scheme_labels:
        raise LoaderError("theme concepts without a 'scheme' label", path=str(directory))
    check_history(history, {k: e.type for k, e in entities.items()})
    return Reference(entities, tuple(m for m, _, _ in memberships), tuple(s for s, _, _ in statements),
                     themes, scheme_labels, ignored, tuple(decided.values()), history)


# --------------------------------------------------------------------------- triples


def _instant(g: Graph, node: URIRef, when: str) -> URIRef:
    """A time:Instant with an IRI of its own (`<membership>#start`, `#end`): no blank node, so
    every serialization keeps it (rdflib's JSON-LD writer dropped blank instants) and servers
    that refuse blank nodes in INSERT DATA take it."""
    g.add((node, RDF.type, TIME.Instant))
    if len(when) == 4:
        g.add((node, TIME.inXSDgYear, Literal(when, datatype=XSD.gYear)))
    else:
        g.add((node, TIME.inXSDDate, Literal(when, datatype=XSD.date)))
    return node


def _graph(ref: Reference) -> Graph:
    g = Graph()
    for prefix, ns in (("rcp", str(RCP)), ("schema", str(SDO)), ("org", str(ORG)), ("skos", str(SKOS)),
                       ("prov", str(PROV)), ("time", str(TIME)), ("id", iris.ID)):
        g.bind(prefix, ns)
    for e in ref.entities.values():
        node = e.iri
        g.add((node, RDF.type, RCP.Institution))
        if e.type != "Institution":
            g.add((node, RDF.type, RCP[e.type]))
        for lang, name in e.names.items():
            g.add((node, RDFS.label, Literal(name, lang=lang)))
            g.add((node, SKOS.prefLabel, Literal(name, lang=lang)))
        for lang, acronym in e.acronyms.items():
            g.add((node, RCP.acronym, Literal(acronym, lang=lang)))
            g.add((node, SKOS.altLabel, Literal(acronym, lang=lang)))
        for lang, names in e.variants.items():
            for name in names:
                g.add((node, SKOS.altLabel, Literal(name, lang=lang)))
        for parent in e.part_of:
            g.add((node, ORG.subOrganizationOf, iris.org(parent)))
        if e.country:
            g.add((node, RCP.country, iris.country(e.country)))
        if e.founded is not None:
            g.add((node, SDO.foundingDate, Literal(str(e.founded), datatype=XSD.gYear)))
        for url in dict.fromkeys(e.sources + e.founded_sources):
            g.add((node, PROV.wasDerivedFrom, URIRef(url)))
    for m in ref.memberships:
        process, member, role = iris.org(m.organization), iris.org(m.member), RCP[MEMBERSHIP_ROLES[m.role]]
        node = iris.membership(process, member, role, m.sources[0])
        g.add((node, RDF.type, ORG.Membership))
        g.add((node, ORG.member, member))
        g.add((node, ORG.organization, process))
        g.add((node, ORG.role, role))
        for url in m.sources:
            g.add((node, PROV.wasDerivedFrom, URIRef(url)))
        if m.start or m.end:
            during = iris.interval(node)
            g.add((node, ORG.memberDuring, during))
            g.add((during, RDF.type, TIME.Interval))
            if m.start:
                g.add((during, TIME.hasBeginning, _instant(g, iris.instant(node, "start"), m.start)))
            if m.end:
                g.add((during, TIME.hasEnd, _instant(g, iris.instant(node, "end"), m.end)))
    for s in ref.statements:
        about = iris.org(s.about)
        node = iris.statement(about, s.text.get("en") or next(iter(s.text.values())))
        g.add((node, RDF.type, RCP.SourceStatement))
        g.add((node, RCP.about, about))
        for lang, text in s.text.items():
            g.add((node, RDFS.comment, Literal(text, lang=lang)))
        for url in s.sources:
            g.add((node, PROV.wasDerivedFrom, URIRef(url)))
    if ref.themes:
        scheme = iris.THEME_SCHEME
        g.add((scheme, RDF.type, SKOS.ConceptScheme))
        for lang, label in ref.scheme_labels.items():
            g.add((scheme, SKOS.prefLabel, Literal(label, lang=lang)))
            g.add((scheme, RDFS.label, Literal(label, lang=lang)))
        for t in ref.themes.values():
            node = t.iri
            g.add((node, RDF.type, SKOS.Concept))
            g.add((node, SKOS.inScheme, scheme))
            if not t.broader:
                g.add((node, SKOS.topConceptOf, scheme))
                g.add((scheme, SKOS.hasTopConcept, node))
            for lang, label in t.labels.items():
                g.add((node, SKOS.prefLabel, Literal(label, lang=lang)))
                g.add((node, RDFS.label, Literal(label, lang=lang)))
            for lang, labels in t.alt_labels.items():
                for label in labels:
                    g.add((node, SKOS.altLabel, Literal(label, lang=lang)))
            for lang, text in t.definitions.items():
                g.add((node, SKOS.definition, Literal(text, lang=lang)))
            for b in t.broader:
                g.add((node, SKOS.broader, iris.theme(b)))
            for n in t.narrower:
                g.add((node, SKOS.narrower, iris.theme(n)))
    history_triples(g, ref.history)
    return g
