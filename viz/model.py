"""The typed records the views work on, built from the network queries' rows.

`NetworkData.from_rows` is pure: it takes the rows of the `network-*` library
queries (dicts of rdflib terms) and returns frozen records. Everything the
views show comes from these rows, so a view is the same on the embedded
store and on a remote endpoint.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Iterable, Mapping

from rdflib.term import Node
PROCESS_TYPE = "ConsultativeProcess"


def local_name(iri: object) -> str:
    text = str(iri)
    for sep in ("#", "/"):
        if sep in text:
            text = text.rsplit(sep, 1)[1]
    return text


def _text(term: Node | None) -> str | None:
    return None if term is None else str(term)


def _int(term: Node | None) -> int | None:
    if term is None:
        return None
    try:
        return int(str(term))
    except ValueError:
        return None


@dataclass(frozen=True, slots=True)
class Institution:
    iri: str
    label: str
    type: str  # local name of its most specific rcp: class ("Government", "UNAgency"), "Institution" if none
    acronym: str | None = None


@dataclass(frozen=True, slots=True)
class Theme:
    iri: str
    label: str


@dataclass(frozen=True, slots=True)
class Event:
    iri: str
    label: str
    kind: str | None = None  # local name of the kind class ("Workshop"), None when only rcp:Event
    year: int | None = None  # only when the source states it
    series_of: str | None = None  # the process or body whose series the event belongs to
    themes: tuple[str, ...] = ()  # theme IRIs


@dataclass(frozen=True, slots=True)
class Evidence:
    quote: str
    source: str
    start: int | None = None


@dataclass(frozen=True, slots=True)
class Involvement:
    event: str
    institution: str
    role: str  # "convener", "organizer", … (local name of the rcp:InvolvementRole, lower case)
    evidence: tuple[Evidence, ...] = ()  # sorted by source, then offset
    via: str | None = None  # rolled up: the unit (org:subOrganizationOf* this institution) that is involved

    @property
    def direct(self) -> bool:
        return self.via is None

    @property
    def first_evidence(self) -> Evidence | None:
        return self.evidence[0] if self.evidence else None


@dataclass(frozen=True)
class NetworkData:
    lang: str
    institutions: Mapping[str, Institution]
    events: Mapping[str, Event]
    themes: Mapping[str, Theme]
    involvements: tuple[Involvement, ...]
    part_of: tuple[tuple[str, str], ...] = ()  # (child, parent) org:subOrganizationOf
    _processes_cache: dict = field(default_factory=dict, compare=False, repr=False)  # derived lookups

    # -- construction -------------------------------------------------------

    @classmethod
    def from_rows(cls, *, lang: str, events: Iterable[Mapping], institutions: Iterable[Mapping],
                  involvements: Iterable[Mapping], themes: Iterable[Mapping],
                  structure: Iterable[Mapping] = ()) -> "NetworkData":
        """Records from the rows of network-events, -institutions, -involvements, -themes, -structure."""
        insts: dict[str, Institution] = {}
        for row in institutions:
            iri = str(row["institution"])
            insts[iri] = Institution(iri, _text(row.get("instLabel")) or local_name(iri),
                                     local_name(row["instType"]) if row.get("instType") else "Institution",
                                     _text(row.get("acronym")))
        theme_map: dict[str, Theme] = {}
        event_themes: dict[str, set[str]] = {}
        for row in themes:
            t = str(row["theme"])
            theme_map.setdefault(t, Theme(t, _text(row.get("themeLabel")) or local_name(t)))
            event_themes.setdefault(str(row["event"]), set()).add(t)
        evs: dict[str, Event] = {}
        for row in events:
            iri = str(row["event"])
            evs[iri] = Event(iri, _text(row.get("eventLabel")) or local_name(iri),
                             local_name(row["kind"]) if row.get("kind") else None,
                             _int(row.get("year")), _text(row.get("seriesOf")),
                             tuple(sorted(event_themes.get(iri, ()))))
        grouped: dict[tuple[str, str, str], set[Evidence]] = {}
        for row in involvements:
            key = (str(row["event"]), str(row["institution"]), local_name(row["role"]).lower())
            bucket = grouped.setdefault(key, set())
            if row.get("quote") is not None and row.get("source") is not None:
                bucket.add(Evidence(str(row["quote"]), str(row["source"]), _int(row.get("start"))))
            # an involvement of an event or agent the other queries did not list still counts
            if key[0] not in evs:
                evs[key[0]] = Event(key[0], _text(row.get("eventLabel")) or local_name(key[0]))
            if key[1] not in insts:
                insts[key[1]] = Institution(key[1], _text(row.get("instLabel")) or local_name(key[1]), "Institution")
        invs = tuple(
            Involvement(e, i, r, tuple(sorted(ev, key=lambda x: (x.source, x.start or 0, x.quote))))
            for (e, i, r), ev in sorted(grouped.items())
        )
        part_of = []
        for row in structure:
            child, parent = str(row["child"]), str(row["parent"])
            part_of.append((child, parent))
            for iri, label, typ in ((child, row.get("childLabel"), row.get("childType")),
                                    (parent, row.get("parentLabel"), row.get("parentType"))):
                if iri not in insts:
                    insts[iri] = Institution(iri, _text(label) or local_name(iri),
                                             local_name(typ) if typ else "Institution")
        return cls(lang, insts, evs, theme_map, invs, tuple(sorted(set(part_of))))

    # -- derived views ------------------------------------------------------

    def label(self, iri: str) -> str:
        for table in (self.institutions, self.events, self.themes):
            if iri in table:
                return table[iri].label
        return local_name(iri)

    def ancestors(self, iri: str) -> set[str]:
        """Everything `iri` is transitively part of (org:subOrganizationOf*), without itself."""
        parents = self._processes_cache.get("__parents__")
        if parents is None:
            parents = {}
            for child, parent in self.part_of:
                parents.setdefault(child, set()).add(parent)
            self._processes_cache["__parents__"] = parents
        seen: set[str] = set()
        todo = list(parents.get(iri, ()))
        while todo:
            p = todo.pop()
            if p not in seen:
                seen.add(p)
                todo.extend(parents.get(p, ()))
        return seen

    @property
    def processes(self) -> list[str]:
        return sorted(i for i, inst in self.institutions.items() if inst.type == PROCESS_TYPE)

    def event_processes(self, event: str) -> frozenset[str]:
        """The consultative processes an event belongs to ("its world").

        An event belongs to a process when the process, or anything that is
        transitively part of it (a body, a secretariat, a network), is involved
        in the event in any role, or when the event's series is the process's
        (or one of its bodies'). Nothing else is assumed: an event with no such
        link belongs to no process.
        """
        cache = self._processes_cache.setdefault("__events__", {})
        if not cache:
            procs = set(self.processes)
            owners: dict[str, set[str]] = {}
            for inv in self.involvements:
                owners.setdefault(inv.event, set()).add(inv.institution)
            for e, ev in self.events.items():
                agents = set(owners.get(e, ()))
                if ev.series_of:
                    agents.add(ev.series_of)
                found = set()
                for a in agents:
                    found |= ({a} | self.ancestors(a)) & procs
                cache[e] = frozenset(found)
        return cache.get(event, frozenset())

    def involvements_of(self, event: str, institution: str) -> list[Involvement]:
        """The involvements of one institution in one event (indexed on first use)."""
        index = self._processes_cache.get("__involvements__")
        if index is None:
            index = {}
            for inv in self.involvements:
                index.setdefault((inv.event, inv.institution), []).append(inv)
            self._processes_cache["__involvements__"] = index
        return index.get((event, institution), [])

    def institution_events(self) -> dict[str, set[str]]:
        out: dict[str, set[str]] = {}
        for inv in self.involvements:
            out.setdefault(inv.institution, set()).add(inv.event)
        return out

    def restrict(self, *, years: tuple[int | None, int | None] | None = None,
                 theme: str | None = None, roles: Iterable[str] | None = None) -> "NetworkData":
        """A slice: only events in the year range (inclusive; events without a stated year
        are left out when a range is given), on the theme, and involvements in the roles."""
        events = dict(self.events)
        if years is not None:
            lo, hi = years
            events = {e: ev for e, ev in events.items() if ev.year is not None
                      and (lo is None or ev.year >= lo) and (hi is None or ev.year <= hi)}
        if theme is not None:
            events = {e: ev for e, ev in events.items() if theme in ev.themes}
        role_set = set(roles) if roles is not None else None
        invs = tuple(i for i in self.involvements if i.event in events
                     and (role_set is None or i.role in role_set))
        return replace(self, events=events, involvements=invs, _processes_cache={})

    def rolled_up(self) -> "NetworkData":
        """Units roll up to what they are part of: every involvement of a unit (an office of
        IOM, a ministry of a government, a body of a process: anything org:subOrganizationOf
        another institution) also counts for each of its ancestors, as an involvement
        *via* the unit, with the unit's own role and evidence. An ancestor's own statement
        in the same event and role is kept as it is (no via copy beside it)."""
        if not self.part_of:
            return self
        direct = {(i.event, i.institution, i.role) for i in self.involvements if i.direct}
        present = {(i.event, i.institution, i.role, i.via) for i in self.involvements if not i.direct}
        added: dict[tuple[str, str, str, str], Involvement] = {}
        for inv in self.involvements:
            if not inv.direct:
                continue
            for anc in sorted(self.ancestors(inv.institution)):
                if (inv.event, anc, inv.role) in direct:
                    continue
                key = (inv.event, anc, inv.role, inv.institution)
                if key in present:
                    continue
                added.setdefault(key, Involvement(inv.event, anc, inv.role, inv.evidence, via=inv.institution))
        if not added:
            return self
        invs = tuple(sorted(self.involvements + tuple(added.values()),
                            key=lambda i: (i.event, i.institution, i.role, i.via or "")))
        return replace(self, involvements=invs, _processes_cache={})

    def is_part_of(self, a: str, b: str) -> bool:
        """Whether one of the two is (transitively) part of the other."""
        return b in self.ancestors(a) or a in self.ancestors(b)


def parse_years(text: str | None) -> tuple[int | None, int | None] | None:
    """`--years` values: "2015-2018", "2016" (one year), "2015-" (from), "-2018" (until)."""
    import re

    from rcpkg.errors import UsageError

    if text is None or not text.strip():
        return None
    m = re.fullmatch(r"\s*(\d{4})?\s*(-)?\s*(\d{4})?\s*", text)
    if not m or not (m.group(1) or m.group(3)):
        raise UsageError("--years must look like 2015-2018, 2016, 2015- or -2018", value=text)
    lo = int(m.group(1)) if m.group(1) else None
    hi = int(m.group(3)) if m.group(3) else None
    if m.group(2) is None:
        if lo is None or hi is not None:
            raise UsageError("--years must look like 2015-2018, 2016, 2015- or -2018", value=text)
        hi = lo
    if lo is not None and hi is not None and lo > hi:
        raise UsageError("--years: the first year is after the last", value=text)
    return lo, hi
