"""What the site shows, built from the rows of the library queries (pure).

`SiteData.from_rows` takes the rows of the `site-*` queries and the
`NetworkData` of the network queries (the roles, the evidence, the structure)
and returns the records the pages are rendered from. Nothing here reads the
store: the same rows come from the embedded store or a remote endpoint.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Iterable, Mapping

from rdflib.term import Node

from rcpkg import namespaces as ns
from rcpkg.viz.model import NetworkData, local_name

ID = str(ns.ID)
RCP = ns.RCP_IRI
RDFS_LABEL = str(ns.RDFS.label)
SKOS_PREF = str(ns.SKOS.prefLabel)
SKOS_ALT = str(ns.SKOS.altLabel)
SCHEMA_NAME = str(ns.SDO.name)
ACRONYM = str(ns.RCP.acronym)
SKOS_CONCEPT = str(ns.SKOS.Concept)
SUBTITLE = str(ns.RCP.subtitle)
LANGS = ("en", "es")
PRESIDENCY = str(ns.RCP.PresidencyProTemporeRole)
PROCESS = str(ns.RCP.ConsultativeProcess)
BODY = str(ns.RCP.Body)

# entities with a page: id:<kind>/<key>, a key that is a safe file name
_PAGE_IRI = re.compile(rf"^{re.escape(ID)}(org|event|theme)/([A-Za-z0-9][A-Za-z0-9._~-]*)$")


def page_path(iri: str) -> str | None:
    """The site path of an entity's page without suffix (`id/org/iom`), or None when it has none."""
    m = _PAGE_IRI.match(iri)
    if not m or ".." in m.group(2):
        return None
    return f"id/{m.group(1)}/{m.group(2)}"


def fold(text: str) -> str:
    """Lower case without accents: what the search compares."""
    return "".join(c for c in unicodedata.normalize("NFKD", text.casefold()) if not unicodedata.combining(c))


def _str(term: Node | None) -> str | None:
    return None if term is None else str(term)


@dataclass
class Names:
    """Every name of an entity: labels by language, acronyms, other names."""

    labels: dict[str, str] = field(default_factory=dict)  # lang -> display label
    acronyms: dict[str, list[str]] = field(default_factory=dict)  # lang ('' plain) -> acronyms
    other: list[tuple[str, str]] = field(default_factory=list)  # (lang, name) altLabels and variants
    subtitles: dict[str, str] = field(default_factory=dict)

    def label(self, lang: str, fallback: str) -> str:
        if lang in self.labels:
            return self.labels[lang]
        for other in LANGS:
            if other in self.labels:
                return self.labels[other]
        return next(iter(self.labels.values()), fallback)

    def acronym(self, lang: str) -> str | None:
        for key in (lang, "", *LANGS):
            if self.acronyms.get(key):
                return self.acronyms[key][0]
        return None

    def all_acronyms(self) -> list[str]:
        seen: list[str] = []
        for key in sorted(self.acronyms):
            for a in self.acronyms[key]:
                if a not in seen:
                    seen.append(a)
        return seen

    def search_terms(self) -> list[str]:
        terms = list(self.labels.values()) + self.all_acronyms() + [n for _, n in self.other]
        out: list[str] = []
        for t in terms:
            if t not in out:
                out.append(t)
        return out


@dataclass(frozen=True)
class Evidence:
    quote: str | None
    source: str | None


@dataclass(frozen=True)
class Membership:
    iri: str
    member: str
    organization: str
    role: str  # the role IRI
    start: str | None
    until: str | None
    sources: tuple[str, ...]


@dataclass
class EventInfo:
    start: str | None = None
    end: str | None = None
    places: list[str] = field(default_factory=list)
    series: str | None = None
    edition: int | None = None
    online: bool = False
    sources: list[str] = field(default_factory=list)

    @property
    def year(self) -> int | None:
        return int(self.start[:4]) if self.start and self.start[:4].isdigit() else None


@dataclass(frozen=True)
class Subject:
    theme: str
    trigger: str | None
    evidence: tuple[Evidence, ...]


@dataclass
class SiteData:
    """Everything the pages show. `network` holds the events, involvements and structure."""

    network: NetworkData
    names: dict[str, Names]
    classes: dict[str, set[str]]
    terms: dict[str, dict[str, str]]  # lang -> term IRI -> label
    supers: dict[str, str]  # class -> direct rcp: superclass
    events: dict[str, EventInfo]
    places_in: dict[str, str]
    series_owner: dict[str, str | None]
    memberships: list[Membership]
    statements: dict[str, list[tuple[str, tuple[str, ...]]]]  # entity -> (comment, sources)
    derived_from: dict[str, list[str]]
    subjects: dict[str, list[Subject]]  # event -> its themes with evidence
    sources: list[dict]
    _roles: dict[str, str] = field(default_factory=dict, repr=False)  # role key -> IRI, filled on first use
    _index: dict[str, dict] = field(default_factory=dict, repr=False)  # lookups built on first use

    # -- construction ---------------------------------------------------------

    @classmethod
    def from_rows(cls, network: NetworkData, rows: Mapping[str, Iterable[Mapping]],
                  terms: Mapping[str, Iterable[Mapping]]) -> "SiteData":
        """`rows`: query name -> rows of site-names, site-types, site-events, site-places, site-series,
        site-memberships, site-statements, site-subjects, site-sources; `terms`: lang -> site-terms rows."""
        names: dict[str, Names] = {}
        for row in rows["site-names"]:
            entity, prop, name = str(row["entity"]), str(row["property"]), row["name"]
            lang = getattr(name, "language", None) or ""
            n = names.setdefault(entity, Names())
            text = str(name)
            if prop == ACRONYM:
                n.acronyms.setdefault(lang, [])
                if text not in n.acronyms[lang]:
                    n.acronyms[lang].append(text)
            elif prop == SUBTITLE:
                n.subtitles.setdefault(lang or "en", text)
            elif prop == RDFS_LABEL and lang:
                n.labels.setdefault(lang, text)
            elif prop in (SKOS_PREF, SCHEMA_NAME, RDFS_LABEL):
                if lang and lang not in n.labels and prop == SKOS_PREF:
                    n.labels[lang] = text
                elif (lang, text) not in n.other:
                    n.other.append((lang, text))
            elif (lang, text) not in n.other:
                n.other.append((lang, text))
        for n in names.values():  # a plain name stands for every language that has none
            if not n.labels and n.other:
                n.labels[""] = n.other[0][1]
            known = set(n.labels.values()) | set(n.all_acronyms())
            n.other = [(lg, t) for lg, t in n.other if t not in known]
        classes: dict[str, set[str]] = {}
        for row in rows["site-types"]:
            classes.setdefault(str(row["entity"]), set()).add(str(row["class"]))
        term_labels: dict[str, dict[str, str]] = {}
        supers: dict[str, str] = {}
        for lang, lang_rows in terms.items():
            table = term_labels.setdefault(lang, {})
            for row in lang_rows:
                table[str(row["term"])] = str(row["termLabel"])
                if row.get("super") is not None:
                    supers[str(row["term"])] = str(row["super"])
        events: dict[str, EventInfo] = {}
        for row in rows["site-events"]:
            info = events.setdefault(str(row["event"]), EventInfo())
            info.start = info.start or _str(row.get("startDate"))
            info.end = info.end or _str(row.get("endDate"))
            for key, target in (("place", info.places), ("source", info.sources)):
                value = _str(row.get(key))
                if value and value not in target:
                    target.append(value)
            info.series = info.series or _str(row.get("series"))
            if info.edition is None and row.get("edition") is not None:
                info.edition = int(str(row["edition"]))
            info.online = info.online or row.get("online") is not None
        places_in = {str(r["place"]): str(r["within"]) for r in rows["site-places"] if r.get("within") is not None}
        series_owner = {str(r["series"]): _str(r.get("owner")) for r in rows["site-series"]}
        grouped: dict[tuple, list[str]] = {}
        for row in rows["site-memberships"]:
            key = tuple(_str(row.get(k)) for k in ("membership", "member", "organization", "role", "from", "until"))
            grouped.setdefault(key, [])
            if row.get("source") is not None and str(row["source"]) not in grouped[key]:
                grouped[key].append(str(row["source"]))
        memberships = [Membership(k[0], k[1], k[2], k[3], k[4], k[5], tuple(v)) for k, v in grouped.items()]
        statements: dict[str, dict[str, tuple[str, list[str]]]] = {}
        derived: dict[str, list[str]] = {}
        for row in rows["site-statements"]:
            entity = str(row["entity"])
            if row.get("statement") is None:
                if row.get("source") is not None:
                    derived.setdefault(entity, [])
                    if str(row["source"]) not in derived[entity]:
                        derived[entity].append(str(row["source"]))
                continue
            comment, sources = statements.setdefault(entity, {}).setdefault(
                str(row["statement"]), (str(row["comment"]), []))
            if row.get("source") is not None and str(row["source"]) not in sources:
                sources.append(str(row["source"]))
        subjects: dict[str, dict[str, tuple[str | None, list[Evidence]]]] = {}
        for row in rows["site-subjects"]:
            trig, ev_list = subjects.setdefault(str(row["event"]), {}).setdefault(
                str(row["theme"]), (_str(row.get("trigger")), []))
            e = Evidence(_str(row.get("quote")), _str(row.get("source")))
            if e.quote and e not in ev_list:
                ev_list.append(e)
        sources = [{"url": str(r["source"]), "language": _str(r.get("language")), "layout": _str(r.get("layout")),
                    "file": _str(r.get("fileName")), "events": int(str(r["events"])) if r.get("events") else 0}
                   for r in rows["site-sources"]]
        return cls(
            network=network, names=names, classes=classes, terms=term_labels, supers=supers, events=events,
            places_in=places_in, series_owner=series_owner,
            memberships=sorted(memberships, key=lambda m: (m.organization, m.role, m.start or "", m.member, m.iri)),
            statements={e: [(c, tuple(s)) for _, (c, s) in sorted(v.items())] for e, v in statements.items()},
            derived_from=derived,
            subjects={e: [Subject(t, trig, tuple(evs)) for t, (trig, evs) in sorted(v.items())]
                      for e, v in subjects.items()},
            sources=sources)

    # -- lookups ----------------------------------------------------------------

    def label(self, iri: str, lang: str) -> str:
        n = self.names.get(iri)
        return n.label(lang, local_name(iri)) if n else self.network.label(iri)

    def term(self, iri: str, lang: str) -> str:
        """The ontology's name of a class or role in `lang` (its local name, spaced, when it has none)."""
        label = self.terms.get(lang, {}).get(iri) or self.terms.get("en", {}).get(iri)
        if label:
            return label
        return re.sub(r"(?<=[a-z])(?=[A-Z])", " ", local_name(iri)).capitalize()

    def role_iri(self, role: str) -> str:
        """`convener` -> rcp:Convener (the network records keep the local name in lower case)."""
        table = self._roles
        if not table:
            table.update({local_name(i).lower(): i for i in self.terms.get("en", {}) if i.startswith(RCP)})
        return table.get(role) or RCP + role.capitalize()

    def role_label(self, role: str, lang: str) -> str:
        return self.term(self.role_iri(role), lang).lower()

    def ancestors_of_class(self, cls_iri: str) -> set[str]:
        seen: set[str] = set()
        while cls_iri in self.supers and self.supers[cls_iri] not in seen:
            cls_iri = self.supers[cls_iri]
            seen.add(cls_iri)
        return seen

    def most_specific(self, iri: str) -> str | None:
        """The entity's most specific rcpkg class (a class none of its other classes is a subclass of)."""
        own = {c for c in self.classes.get(iri, set()) if c.startswith(RCP)}
        general = set().union(*(self.ancestors_of_class(c) for c in own)) if own else set()
        candidates = sorted(c for c in own if c not in general)
        return candidates[0] if candidates else None

    def type_label(self, iri: str, lang: str) -> str | None:
        cls_iri = self.most_specific(iri)
        return self.term(cls_iri, lang) if cls_iri else None

    def is_a(self, iri: str, cls_iri: str) -> bool:
        return any(c == cls_iri or cls_iri in self.ancestors_of_class(c) for c in self.classes.get(iri, ()))

    @property
    def institutions(self) -> list[str]:
        return sorted(e for e, cs in self.classes.items() if RCP + "Institution" in cs)

    @property
    def processes(self) -> list[str]:
        return [i for i in self.institutions if self.is_a(i, PROCESS)]

    @property
    def themes(self) -> list[str]:
        """Every theme of the scheme, with events or not."""
        return sorted(set(self.network.themes) | {e for e, cs in self.classes.items() if SKOS_CONCEPT in cs})

    def place_label(self, place: str, lang: str) -> str:
        """A place with the places it is in ("San José, Costa Rica")."""
        parts, seen = [], set()
        while place and place not in seen:
            seen.add(place)
            parts.append(self.label(place, lang))
            place = self.places_in.get(place)
        return ", ".join(parts)

    def editions(self, series: str) -> list[str]:
        """The events of a series, in edition order (events without a number last, by date)."""
        index = self._index.get("editions")
        if index is None:
            index = {}
            for e, info in self.events.items():
                if info.series:
                    index.setdefault(info.series, []).append(e)
            for evs in index.values():
                evs.sort(key=lambda e: (self.events[e].edition is None, self.events[e].edition or 0,
                                        self.events[e].start or "9999", e))
            self._index["editions"] = index
        return index.get(series, [])

    def involvements_in(self, event: str) -> list:
        """The (unrolled) involvements of one event, indexed on first use."""
        index = self._index.get("by_event")
        if index is None:
            index = {}
            for inv in self.network.involvements:
                index.setdefault(inv.event, []).append(inv)
            self._index["by_event"] = index
        return index.get(event, [])
