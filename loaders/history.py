"""The processes' history in the reference data: editions, presidencies, dated memberships,
handovers and related processes.

``load_reference`` hands every history section of ``data/reference/*.yaml`` to
:func:`read_section`; :func:`check` then resolves the ids against the entities and
:func:`history_triples` adds the triples to the reference graph. A bad entry is a
:class:`~rcpkg.errors.LoaderError` naming the file, the line and the value, as for
the other reference sections; every entry needs ``sources``.

Sections (one YAML list each):

- ``series``: ``key`` (the edition parser's series key, e.g. ``rcm-conference``),
  ``of`` (the process id), ``kind`` (an event kind of :data:`KINDS`), ``name``
  ``{en, es}`` (as the parser names the series), ``edition_name`` ``{en, es}`` with
  ``{n}`` for the Roman numeral, ``sources``.
- ``editions``: one source's account of one edition (several entries for one edition
  when sources disagree or add different facts): ``series``, ``number``, ``year``,
  ``start`` / ``end`` (``2016``, ``2016-11`` or ``2016-11-17``), ``city`` (a name or a
  list, looked up in GeoNames within ``country``), ``country`` (ISO2), ``online``,
  ``motto`` ``{en, es}``, ``note`` ``{en, es}``, ``uncertain`` / ``inferred`` (the
  reason, as text), ``sources``.
- ``terms``: a dated membership (presidencies, members, observers): ``process``,
  ``member``, ``role`` (a key of ``MEMBERSHIP_ROLES``), ``from`` / ``to``,
  ``first_seen`` ``{series, number}`` (the edition the source records it at),
  ``note``, ``uncertain`` / ``inferred``, ``sources``.
- ``handovers``: a Presidency Pro-Tempore passing from one member to the next:
  ``process``, ``from`` / ``to`` (member ids; either may be unknown), ``date``,
  ``city``, ``country``, ``at`` ``{series, number}``, ``note``, ``uncertain`` /
  ``inferred``, ``sources``.
- ``collaborations``: a related process or forum (``org:OrganizationalCollaboration``):
  ``id``, ``name`` ``{en, es}``, ``acronym`` ``{en, es}``, ``founded``, ``note``,
  ``sources``; its members as ``terms`` whose ``process`` is the collaboration.
- ``notes``: what a source says about an edition or an entity that the model has no
  property for (``about`` an id or ``{series, number}``, ``text`` ``{en, es}``,
  ``uncertain``, ``sources``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Iterable

from rdflib import Literal, URIRef
from rdflib.namespace import PROV, RDF, RDFS, SKOS, TIME, XSD

from rcpkg import iris
from rcpkg.errors import LoaderError
from rcpkg.namespaces import ORG, RCP, SDO

SECTIONS = ("series", "editions", "terms", "handovers", "collaborations", "notes")

#: series ``kind`` values and the event class each edition gets besides rcp:Event.
KINDS = {
    "vice-ministerial-meeting": "ViceMinisterialMeeting",
    "conference": "Conference",
    "plenary-meeting": "PlenaryMeeting",
    "meeting": "Meeting",
}

_LINE = "__line__"
_URL = re.compile(r"^https?://\S+$")
_WHEN = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_KEYS = {
    "series": {"key", "of", "kind", "name", "edition_name", "sources"},
    "editions": {"series", "number", "year", "start", "end", "city", "country", "online", "motto", "note",
                 "uncertain", "inferred", "sources"},
    "terms": {"process", "member", "role", "from", "to", "first_seen", "note", "uncertain", "inferred", "sources"},
    "handovers": {"process", "from", "to", "date", "city", "country", "at", "note", "uncertain", "inferred",
                  "sources"},
    "collaborations": {"id", "name", "acronym", "founded", "note", "sources"},
    "notes": {"about", "text", "uncertain", "inferred", "sources"},
}


def term_covers(start: str | None, end: str | None, year: int) -> bool:
    """Whether a term stated from `start` to `end` ("2019" or "2019-11-12"; no end: its first year
    only) held in `year`. A term without a start covers no year."""
    if start is None:
        return False
    begin = int(start[:4])
    finish = int(end[:4]) if end else begin
    return begin <= year <= finish


@dataclass(frozen=True, slots=True)
class Where:
    path: str
    line: int | None

    def error(self, message: str, value: Any = None) -> LoaderError:
        return LoaderError(message, path=self.path, line=self.line, value=value)


@dataclass(frozen=True, slots=True)
class Certainty:
    """How a fact holds: stated by the source (None), or `uncertain` / `inferred` with the reason."""

    kind: str | None = None  # None | "uncertain" | "inferred"
    reason: str = ""


@dataclass(frozen=True, slots=True)
class Series:
    key: str
    of: tuple[str, ...]  # the process(es) whose series it is
    kind: str
    names: dict[str, str]
    edition_names: dict[str, str]
    sources: tuple[str, ...]
    where: Where


@dataclass(frozen=True, slots=True)
class EditionAccount:
    """One source's account of one edition of a series."""

    series: str
    number: int
    year: int | None
    start: str | None
    end: str | None
    cities: tuple[str, ...]  # the names as written in the reference file
    country: str | None
    online: bool
    motto: dict[str, str]
    note: dict[str, str]
    certainty: Certainty
    sources: tuple[str, ...]
    where: Where
    city_ids: tuple[int, ...] = ()  # GeoNames ids, set by check()


@dataclass(frozen=True, slots=True)
class Term:
    """A dated membership: a presidency, a member or an observer for a period."""

    process: str
    member: str
    role: str
    start: str | None
    end: str | None
    first_seen: tuple[str, int] | None
    note: dict[str, str]
    certainty: Certainty
    sources: tuple[str, ...]
    where: Where

    def covers(self, year: int) -> bool:
        return term_covers(self.start, self.end, year)


@dataclass(frozen=True, slots=True)
class Handover:
    process: str
    giver: str | None
    receiver: str | None
    when: str | None
    cities: tuple[str, ...]
    country: str | None
    at: tuple[str, int] | None
    note: dict[str, str]
    certainty: Certainty
    sources: tuple[str, ...]
    where: Where
    city_ids: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class Collaboration:
    id: str
    names: dict[str, str]
    acronyms: dict[str, str]
    founded: str | None
    note: dict[str, str]
    sources: tuple[str, ...]
    where: Where


@dataclass(frozen=True, slots=True)
class Note:
    about: str | tuple[str, int]
    text: dict[str, str]
    certainty: Certainty
    sources: tuple[str, ...]
    where: Where


@dataclass(slots=True)
class History:
    series: dict[str, Series] = field(default_factory=dict)
    editions: list[EditionAccount] = field(default_factory=list)
    terms: list[Term] = field(default_factory=list)
    handovers: list[Handover] = field(default_factory=list)
    collaborations: dict[str, Collaboration] = field(default_factory=dict)
    notes: list[Note] = field(default_factory=list)

    @property
    def edition_keys(self) -> frozenset[tuple[str, int]]:
        """The (series key, number) of every edition the reference data knows."""
        return frozenset((a.series, a.number) for a in self.editions)


# --------------------------------------------------------------------------- reading


def _where(path: str, item: Any) -> Where:
    return Where(path, item.get(_LINE) if isinstance(item, dict) else None)


def _text_map(w: Where, item: dict, key: str) -> dict[str, str]:
    value = item.get(key)
    if value is None:
        return {}
    if isinstance(value, str):
        value = {"en": value}
    if not isinstance(value, dict):
        raise w.error(f"'{key}' must be text or a mapping of language to text ({{en: ..., es: ...}})", value)
    out = {}
    for lang, text in value.items():
        if lang == _LINE:
            continue
        if lang not in ("en", "es"):
            raise w.error(f"unknown language in '{key}' (use en or es)", lang)
        if not isinstance(text, str) or not text.strip():
            raise w.error(f"'{key}.{lang}' must be non-empty text", text)
        out[lang] = " ".join(text.split())
    return out


def _sources(w: Where, item: dict, what: str) -> tuple[str, ...]:
    value = item.get("sources")
    if not value:
        raise w.error(f"{what} has no source: give 'sources' (the URLs of the pages that state it)",
                      item.get("id") or item.get("member") or item.get("number") or item.get("key"))
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list):
        raise w.error("'sources' must be a list of URLs", value)
    for url in value:
        if not isinstance(url, str) or not _URL.match(url):
            raise w.error("a source must be an http(s) URL", url)
    return tuple(value)


def _id(w: Where, item: dict, key: str, *, required: bool = True) -> str | None:
    value = item.get(key)
    if value is None and not required:
        return None
    if not isinstance(value, str) or not re.fullmatch(r"[a-z0-9][a-z0-9-]*", value):
        raise w.error(f"missing or invalid id '{key}' (lowercase letters, digits and '-')", value)
    return value


def _when(w: Where, item: dict, key: str) -> str | None:
    value = item.get(key)
    if value is None:
        return None
    text = str(value)
    if not _WHEN.match(text):
        raise w.error(f"'{key}' must be a year (2019), a month (2019-11) or a date (2019-11-12)", value)
    try:
        date.fromisoformat(text if len(text) == 10 else (text + "-01" if len(text) == 7 else text + "-01-01"))
    except ValueError:
        raise w.error(f"'{key}' is not a valid date", value) from None
    return text


def _certainty(w: Where, item: dict) -> Certainty:
    kinds = [k for k in ("uncertain", "inferred") if item.get(k) is not None]
    if len(kinds) > 1:
        raise w.error("give 'uncertain' or 'inferred', not both", item.get("uncertain"))
    if not kinds:
        return Certainty()
    reason = item[kinds[0]]
    if not isinstance(reason, str) or not reason.strip():
        raise w.error(f"'{kinds[0]}' must give the reason, as text", reason)
    return Certainty(kinds[0], " ".join(reason.split()))


def _edition_ref(w: Where, value: Any, key: str) -> tuple[str, int] | None:
    if value is None:
        return None
    if (not isinstance(value, dict) or not isinstance(value.get("series"), str)
            or not isinstance(value.get("number"), int) or value["number"] < 1):
        raise w.error(f"'{key}' must be {{series: KEY, number: N}}", value)
    return value["series"], value["number"]


def _cities(w: Where, item: dict) -> tuple[str, ...]:
    value = item.get("city")
    if value is None:
        return ()
    values = [value] if isinstance(value, str) else value
    if not isinstance(values, list) or not all(isinstance(v, str) and v.strip() for v in values):
        raise w.error("'city' must be a name or a list of names", value)
    if item.get("country") is None:
        raise w.error("a 'city' needs its 'country' (ISO2)", value)
    return tuple(values)


def _country(w: Where, item: dict) -> str | None:
    value = item.get("country")
    if value is not None and (not isinstance(value, str) or not re.fullmatch(r"[A-Z]{2}", value)):
        raise w.error("'country' must be an ISO 3166-1 alpha-2 code (e.g. HN)", value)
    return value


def _check_keys(w: Where, item: Any, section: str) -> None:
    if not isinstance(item, dict):
        raise w.error(f"each entry of '{section}' must be a mapping", item)
    unknown = sorted(set(item) - _KEYS[section] - {_LINE})
    if unknown:
        raise w.error(f"unknown field in {section}: {', '.join(unknown)} (allowed: {', '.join(sorted(_KEYS[section]))})",
                      unknown[0])


def read_section(history: History, path: str, section: str, items: Any, roles: Iterable[str]) -> None:
    """Read one history section of one reference file into `history`."""
    if not isinstance(items, list):
        raise LoaderError(f"'{section}' must be a list", path=path, line=1, value=type(items).__name__)
    for item in items:
        w = _where(path, item)
        _check_keys(w, item, section)
        if section == "series":
            key = _id(w, item, "key")
            if key in history.series:
                raise w.error("duplicate series key", key)
            kind = item.get("kind")
            if kind not in KINDS:
                raise w.error(f"unknown series kind (one of: {', '.join(KINDS)})", kind)
            names = _text_map(w, item, "name")
            edition_names = _text_map(w, item, "edition_name")
            if not names or not edition_names or any("{n}" not in t for t in edition_names.values()):
                raise w.error("a series needs 'name' and 'edition_name' (with {n} for the numeral)", key)
            of = item.get("of")
            of = [of] if isinstance(of, str) else of
            if not isinstance(of, list) or not of or not all(isinstance(o, str) for o in of):
                raise w.error("'of' must be a process id or a list of them", item.get("of"))
            history.series[key] = Series(key, tuple(of), kind, names, edition_names,
                                         _sources(w, item, f"series {key!r}"), w)
        elif section == "editions":
            number = item.get("number")
            if not isinstance(number, int) or isinstance(number, bool) or number < 1:
                raise w.error("'number' must be a positive integer (the edition number)", number)
            year = item.get("year")
            if year is not None and not re.fullmatch(r"\d{4}", str(year)):
                raise w.error("'year' must be a year (2016)", year)
            start, end = _when(w, item, "start"), _when(w, item, "end")
            if year is not None and start is not None and start[:4] != str(year):
                raise w.error("'start' is not in 'year'", start)
            if start and end and len(start) == len(end) == 10 and end < start:
                raise w.error("'end' is before 'start'", end)
            online = item.get("online", False)
            if not isinstance(online, bool):
                raise w.error("'online' must be true or false", online)
            history.editions.append(EditionAccount(
                _id(w, item, "series"), number, int(year) if year is not None else (int(start[:4]) if start else None),
                start, end, _cities(w, item), _country(w, item), online, _text_map(w, item, "motto"),
                _text_map(w, item, "note"), _certainty(w, item), _sources(w, item, "edition"), w))
        elif section == "terms":
            role = item.get("role")
            if role not in roles:
                raise w.error(f"unknown membership role (one of: {', '.join(roles)})", role)
            start, end = _when(w, item, "from"), _when(w, item, "to")
            for value in (start, end):
                if value is not None and len(value) == 7:
                    raise w.error("a membership's 'from' / 'to' must be a year (2019) or a date (2019-11-12)", value)
            history.terms.append(Term(
                _id(w, item, "process"), _id(w, item, "member"), role, start, end,
                _edition_ref(w, item.get("first_seen"), "first_seen"), _text_map(w, item, "note"),
                _certainty(w, item), _sources(w, item, "membership"), w))
        elif section == "handovers":
            history.handovers.append(Handover(
                _id(w, item, "process"), _id(w, item, "from", required=False), _id(w, item, "to", required=False),
                _when(w, item, "date"), _cities(w, item), _country(w, item), _edition_ref(w, item.get("at"), "at"),
                _text_map(w, item, "note"), _certainty(w, item), _sources(w, item, "handover"), w))
        elif section == "collaborations":
            cid = _id(w, item, "id")
            names = _text_map(w, item, "name")
            if not names:
                raise w.error("a collaboration needs a 'name'", cid)
            if cid in history.collaborations:
                raise w.error("duplicate collaboration id", cid)
            history.collaborations[cid] = Collaboration(
                cid, names, _text_map(w, item, "acronym"), _when(w, item, "founded"), _text_map(w, item, "note"),
                _sources(w, item, f"collaboration {cid!r}"), w)
        elif section == "notes":
            about = item.get("about")
            target = (_edition_ref(w, about, "about") if isinstance(about, dict)
                      else _id(w, item, "about"))
            text = _text_map(w, item, "text")
            if not text:
                raise w.error("a note needs 'text'", about)
            history.notes.append(Note(target, text, _certainty(w, item), _sources(w, item, "note"), w))


def check(history: History, entity_types: dict[str, str]) -> None:
    """Resolve ids and places; raise on the first entry that names something unknown."""
    from rcpkg.loaders.places import country_info, resolve_city

    processes = {k for k, t in entity_types.items() if t == "ConsultativeProcess"} | set(history.collaborations)
    for cid, c in history.collaborations.items():
        if cid in entity_types:
            raise c.where.error("a collaboration's id is already an entity's id", cid)
    for s in history.series.values():
        for of in s.of:
            if of not in processes:
                raise s.where.error("'of' must name a process", of)
    known = history.edition_keys

    def edition(w: Where, ref: tuple[str, int] | None) -> None:
        if ref is not None and ref not in known:
            raise w.error("names an edition the reference data does not have", f"{ref[0]} {ref[1]}")

    def places(w: Where, cities: tuple[str, ...], country: str | None) -> tuple[int, ...]:
        if country is not None:
            try:
                country_info(country)
            except (KeyError, ValueError):
                raise w.error("unknown country code", country) from None
        ids = []
        for name in cities:
            info = resolve_city(name, country=country)
            if info is None:
                raise w.error(f"city not found in GeoNames within {country}", name)
            ids.append(info.geonameid)
        return tuple(ids)

    for i, a in enumerate(history.editions):
        if a.series not in history.series:
            raise a.where.error("edition of an unknown series", a.series)
        history.editions[i] = _replace(a, city_ids=places(a.where, a.cities, a.country))
    for t in history.terms:
        if t.process not in processes:
            raise t.where.error("'process' must name a process or a collaboration", t.process)
        if t.member not in entity_types:
            raise t.where.error("membership names an unknown id", t.member)
        if t.start and t.end and t.end[:4] < t.start[:4]:
            raise t.where.error("'to' is before 'from'", t.end)
        edition(t.where, t.first_seen)
    for i, h in enumerate(history.handovers):
        if h.process not in processes:
            raise h.where.error("'process' must name a process", h.process)
        for member in (h.giver, h.receiver):
            if member is not None and member not in entity_types:
                raise h.where.error("handover names an unknown id", member)
        edition(h.where, h.at)
        history.handovers[i] = _replace(h, city_ids=places(h.where, h.cities, h.country))
    for n in history.notes:
        if isinstance(n.about, tuple):
            edition(n.where, n.about)
        elif n.about not in entity_types and n.about not in history.collaborations:
            raise n.where.error("note is about an unknown id", n.about)


def _replace(obj, **changes):
    from dataclasses import replace

    return replace(obj, **changes)


# --------------------------------------------------------------------------- triples

_ROMAN = ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
          (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))


def roman(n: int) -> str:
    out = []
    for value, numeral in _ROMAN:
        while n >= value:
            out.append(numeral)
            n -= value
    return "".join(out)


def _when_literal(when: str) -> Literal:
    if len(when) == 4:
        return Literal(when, datatype=XSD.gYear)
    if len(when) == 7:
        return Literal(when, datatype=XSD.gYearMonth)
    return Literal(when, datatype=XSD.date)


def _certainty_triples(g, node: URIRef, c: Certainty) -> None:
    if c.kind == "uncertain":
        g.add((node, RCP.certainty, RCP.Uncertain))
    elif c.kind == "inferred":
        g.add((node, RCP.certainty, RCP.Inferred))
    if c.reason:
        g.add((node, RCP.certaintyNote, Literal(c.reason, lang="en")))


def _sources_triples(g, node: URIRef, sources: Iterable[str]) -> None:
    for url in dict.fromkeys(sources):
        g.add((node, PROV.wasDerivedFrom, URIRef(url)))


def _summary(a: EditionAccount, series: Series) -> str:
    """The account in one line, for rdfs:comment (what the source says, as the reference file records it)."""
    parts = [f"{roman(a.number)} edition"]
    if a.start:
        parts.append(a.start + (f" to {a.end}" if a.end and a.end != a.start else ""))
    elif a.year:
        parts.append(str(a.year))
    place = ", ".join(a.cities) + (f" ({a.country})" if a.country else "") if a.cities else (a.country or "")
    if a.online:
        place = (place + " " if place else "") + "online"
    if place:
        parts.append(place)
    text = "; ".join(parts)
    if a.note.get("en"):
        text += ". " + a.note["en"]
    return text


def history_triples(g, history: History) -> None:
    """Add the history's triples to `g` (the reference graph)."""
    from rcpkg.loaders.triples import add_city, add_country

    for s in history.series.values():
        node = iris.series(s.key)
        g.add((node, RDF.type, RCP.EventSeries))
        g.add((node, RDF.type, SDO.EventSeries))
        for lang, name in s.names.items():
            g.add((node, SKOS.altLabel, Literal(name, lang=lang)))
        for of in s.of:
            g.add((node, RCP.seriesOf, iris.org(of)))
        _sources_triples(g, node, s.sources)

    by_edition: dict[tuple[str, int], list[EditionAccount]] = {}
    for a in history.editions:
        by_edition.setdefault((a.series, a.number), []).append(a)
    for (key, number), accounts in sorted(by_edition.items()):
        series = history.series[key]
        ev = iris.edition(key, number)
        g.add((ev, RDF.type, RCP.Event))
        g.add((ev, RDF.type, SDO.Event))
        g.add((ev, RDF.type, RCP[KINDS[series.kind]]))
        for lang, pattern in series.edition_names.items():
            label = Literal(pattern.replace("{n}", roman(number)), lang=lang)
            g.add((ev, RDFS.label, label))
            g.add((ev, SDO.name, label))
        g.add((ev, SDO.superEvent, iris.series(key)))
        g.add((ev, RCP.editionNumber, Literal(number, datatype=XSD.integer)))
        for a in accounts:
            _sources_triples(g, ev, a.sources)
        # What every account that states it agrees on holds for the event. An account marked uncertain
        # (whether it is this edition, or its place) is left out; an inferred year is no year of the event.
        sure = [a for a in accounts if a.certainty.kind != "uncertain"]
        years = {a.year for a in sure if a.year is not None}
        if len(years) == 1 and all(a.certainty.kind is None for a in sure if a.year is not None):
            g.add((ev, RCP.year, Literal(str(years.pop()), datatype=XSD.gYear)))
        placed = [set(a.city_ids) for a in sure if a.city_ids]
        common = set.intersection(*placed) if placed else set()
        for gid in sorted(common):
            g.add((ev, SDO.location, iris.city(gid)))
        countries = {a.country for a in sure if a.country}
        if not common and len(countries) == 1:
            g.add((ev, SDO.location, iris.country(next(iter(countries)))))
        for a in accounts:
            st = iris.statement(ev, "|".join([*a.sources, a.start or "", a.end or "", str(a.year), *a.cities,
                                              a.note.get("en", "")]))
            g.add((st, RDF.type, RCP.SourceStatement))
            g.add((st, RDF.type, RCP.EditionStatement))
            g.add((st, RCP.about, ev))
            g.add((st, RDFS.comment, Literal(_summary(a, series), lang="en")))
            if a.note.get("es"):
                g.add((st, RDFS.comment, Literal(a.note["es"], lang="es")))
            if a.year is not None:
                g.add((st, RCP.statedYear, Literal(str(a.year), datatype=XSD.gYear)))
            if a.start:
                g.add((st, RCP.statedStart, _when_literal(a.start)))
            if a.end:
                g.add((st, RCP.statedEnd, _when_literal(a.end)))
            for gid in a.city_ids:
                g.add((st, RCP.statedPlace, add_city(g, gid)))
            if a.country:
                g.add((st, RCP.statedPlace, add_country(g, a.country)))
            if a.online:
                g.add((st, SDO.eventAttendanceMode, SDO.OnlineEventAttendanceMode))
            for lang, motto in a.motto.items():
                g.add((st, RCP.motto, Literal(motto, lang=lang)))
            _certainty_triples(g, st, a.certainty)
            _sources_triples(g, st, a.sources)

    for c in history.collaborations.values():
        node = iris.org(c.id)
        g.add((node, RDF.type, RCP.Institution))
        g.add((node, RDF.type, ORG.OrganizationalCollaboration))
        g.add((node, RDF.type, RCP.RelatedProcess))
        for lang, name in c.names.items():
            g.add((node, RDFS.label, Literal(name, lang=lang)))
            g.add((node, SKOS.prefLabel, Literal(name, lang=lang)))
        for lang, acronym in c.acronyms.items():
            g.add((node, RCP.acronym, Literal(acronym, lang=lang)))
            g.add((node, SKOS.altLabel, Literal(acronym, lang=lang)))
        if c.founded:
            g.add((node, SDO.foundingDate, _when_literal(c.founded)))
        if c.note.get("en"):
            g.add((node, RDFS.comment, Literal(c.note["en"], lang="en")))
        _sources_triples(g, node, c.sources)

    from rcpkg.loaders.reference import MEMBERSHIP_ROLES, _instant

    for t in history.terms:
        process, member, role = iris.org(t.process), iris.org(t.member), RCP[MEMBERSHIP_ROLES[t.role]]
        node = iris.dated_membership(process, member, role, t.sources[0], t.start or "", t.end or "")
        g.add((node, RDF.type, ORG.Membership))
        g.add((node, ORG.member, member))
        g.add((node, ORG.organization, process))
        g.add((node, ORG.role, role))
        if t.start or t.end:
            during = iris.interval(node)
            g.add((node, ORG.memberDuring, during))
            g.add((during, RDF.type, TIME.Interval))
            if t.start:
                g.add((during, TIME.hasBeginning, _instant(g, iris.instant(node, "start"), t.start)))
            if t.end:
                g.add((during, TIME.hasEnd, _instant(g, iris.instant(node, "end"), t.end)))
        if t.first_seen:
            g.add((node, RCP.firstRecordedAt, iris.edition(*t.first_seen)))
        if t.note.get("en"):
            g.add((node, RDFS.comment, Literal(t.note["en"], lang="en")))
        _certainty_triples(g, node, t.certainty)
        _sources_triples(g, node, t.sources)

    for h in history.handovers:
        node = iris.handover(iris.org(h.process), h.giver or "", h.receiver or "", h.when or "", h.sources[0])
        g.add((node, RDF.type, RCP.PresidencyHandover))
        g.add((node, RCP.presidencyOf, iris.org(h.process)))
        if h.giver:
            g.add((node, RCP.handedOverBy, iris.org(h.giver)))
        if h.receiver:
            g.add((node, RCP.handedOverTo, iris.org(h.receiver)))
        if h.when:
            g.add((node, RCP.statedStart, _when_literal(h.when)))
            g.add((node, RCP.statedYear, Literal(h.when[:4], datatype=XSD.gYear)))
        for gid in h.city_ids:
            g.add((node, RCP.statedPlace, add_city(g, gid)))
        if h.country:
            g.add((node, RCP.statedPlace, add_country(g, h.country)))
        if h.at:
            g.add((node, RCP.atEvent, iris.edition(*h.at)))
        label = "Presidency Pro-Tempore handover" + (f" {h.when}" if h.when else "")
        g.add((node, RDFS.label, Literal(label, lang="en")))
        if h.note.get("en"):
            g.add((node, RDFS.comment, Literal(h.note["en"], lang="en")))
        _certainty_triples(g, node, h.certainty)
        _sources_triples(g, node, h.sources)

    for n in history.notes:
        about = iris.edition(*n.about) if isinstance(n.about, tuple) else iris.org(n.about)
        st = iris.statement(about, n.text.get("en") or next(iter(n.text.values())))
        g.add((st, RDF.type, RCP.SourceStatement))
        g.add((st, RCP.about, about))
        for lang, text in n.text.items():
            g.add((st, RDFS.comment, Literal(text, lang=lang)))
        _certainty_triples(g, st, n.certainty)
        _sources_triples(g, st, n.sources)
