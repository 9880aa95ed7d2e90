"""The content of each page of the site, as plain dicts for the templates (pure).

Every function takes the `SiteData` and a language and returns what one page
shows; the templates only lay it out. Text from the sources stays text: the
templates escape everything (Jinja2 autoescape), and the little JSON a page
carries for its script is escaped for a <script> element (`script_json`).

Counting follows `rcpkg.viz.roles`: partners, events by year and "who
convenes" count the lead roles and participation; mentions are shown, labelled
as mentions, and never counted as collaboration.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from typing import Any

from rcpkg.viz.model import Involvement
from rcpkg.viz.roles import LEAD_ROLES, ROLE_ORDER, TIER, rank, roles_from
from rcpkg.viz.site.model import BODY, PRESIDENCY, PROCESS, SiteData, fold, page_path

COUNTED = roles_from()  # lead roles and participation
EGO_MAX = 12

STRINGS = {
    "en": {
        "site": "rcpkg: regional consultative processes on migration in the Americas",
        "home": "Home", "timeline": "Timeline", "network": "Network views", "search": "Search names and acronyms",
        "search_hint": "Type a name or acronym, in English or Spanish", "no_results": "Nothing found",
        "iri": "IRI", "data": "This page's data", "other_lang": "Español", "other_lang_code": "es",
        "names": "Names", "acronyms": "Acronyms", "other_names": "Other names", "type": "Type",
        "part_of": "Part of", "units": "Units and bodies", "memberships": "Memberships",
        "members": "Members and observers", "presidencies": "Presidency pro tempore", "bodies": "Bodies",
        "editions": "Editions", "series": "Series", "events_by_role": "Events by role",
        "events_by_year": "Events by year", "undated": "undated", "partners": "Partners",
        "partner": "Partner", "shared": "Shared events", "roles": "Their roles", "your_roles": "Roles of this one",
        "mentioned_in": "Only mentioned in", "mention_note": "The event's text names it and says nothing more; "
        "mentions are not counted as collaboration.", "via": "through", "ego": "Ego network",
        "ego_note": "Institutions that shared the most events with it (lead roles and participation); "
                    "line width: shared events.",
        "statements": "What the sources say", "sources": "Sources", "source": "source",
        "event": "Event", "events": "Events", "kind": "Kind", "dates": "Dates", "place": "Place",
        "online": "online", "previous": "Previous edition", "next": "Next edition", "edition": "edition",
        "involvements": "Who took part, in what role", "role": "Role", "institution": "Institution",
        "evidence": "Evidence", "themes": "Themes", "trigger": "matched words", "processes": "Processes",
        "theme": "Theme", "over_time": "Events over time", "who_convenes": "Who convenes and supports",
        "lead_count": "Events in a lead role", "participant_count": "Events as participant",
        "counts": "What the graph holds", "institutions": "Institutions", "built": "Site written",
        "views": "Views", "timeline_intro": "Every event by date. Filter by process, institution, theme "
        "and role; the filters are kept in the address, so a filtered view can be shared.",
        "all": "all", "process": "Process", "any_role": "any role (mentions included)",
        "counted_roles": "lead roles and participation", "lead_roles": "lead roles only",
        "dated": "Dated events", "undated_events": "Undated events",
        "undated_note": "The sources state no date for these events; they are listed apart and counted.",
        "shown": "shown", "of": "of", "reset": "Reset filters", "none": "none", "from": "from", "until": "until",
        "period": "Period", "member": "Member", "membership_role": "Role", "n_events": "events",
        "view_network": "Institutions linked by shared events", "view_themes": "Institutions and themes",
        "view_events": "Institutions, events and themes", "view_network_es": "The network, in Spanish",
        "by_type": "Institutions by type", "facts": "Each fact shows the words of its source and a link to it.",
        "skip": "Skip to the content", "filters": "Filters", "no_date": "no date stated",
    },
    "es": {
        "site": "rcpkg: procesos consultivos regionales sobre migración en las Américas",
        "home": "Inicio", "timeline": "Cronología", "network": "Vistas de red", "search": "Buscar nombres y siglas",
        "search_hint": "Escriba un nombre o una sigla, en español o en inglés", "no_results": "Sin resultados",
        "iri": "IRI", "data": "Los datos de esta página", "other_lang": "English", "other_lang_code": "en",
        "names": "Nombres", "acronyms": "Siglas", "other_names": "Otros nombres", "type": "Tipo",
        "part_of": "Forma parte de", "units": "Unidades y órganos", "memberships": "Membresías",
        "members": "Miembros y observadores", "presidencies": "Presidencia pro tempore", "bodies": "Órganos",
        "editions": "Ediciones", "series": "Serie", "events_by_role": "Eventos por papel",
        "events_by_year": "Eventos por año", "undated": "sin fecha", "partners": "Socios",
        "partner": "Socio", "shared": "Eventos compartidos", "roles": "Sus papeles",
        "your_roles": "Papeles de esta institución",
        "mentioned_in": "Solo mencionada en", "mention_note": "El texto del evento la nombra y nada más; "
        "las menciones no se cuentan como colaboración.", "via": "a través de", "ego": "Red cercana",
        "ego_note": "Las instituciones con las que compartió más eventos (papeles principales y participación); "
                    "grosor de la línea: eventos compartidos.",
        "statements": "Lo que dicen las fuentes", "sources": "Fuentes", "source": "fuente",
        "event": "Evento", "events": "Eventos", "kind": "Tipo", "dates": "Fechas", "place": "Lugar",
        "online": "virtual", "previous": "Edición anterior", "next": "Edición siguiente", "edition": "edición",
        "involvements": "Quién participó y con qué papel", "role": "Papel", "institution": "Institución",
        "evidence": "Evidencia", "themes": "Temas", "trigger": "palabras encontradas", "processes": "Procesos",
        "theme": "Tema", "over_time": "Eventos en el tiempo", "who_convenes": "Quién convoca y apoya",
        "lead_count": "Eventos con un papel principal", "participant_count": "Eventos como participante",
        "counts": "Lo que contiene el grafo", "institutions": "Instituciones", "built": "Sitio generado",
        "views": "Vistas", "timeline_intro": "Todos los eventos por fecha. Filtre por proceso, institución, "
        "tema y papel; los filtros quedan en la dirección, para compartir una vista filtrada.",
        "all": "todos", "process": "Proceso", "any_role": "cualquier papel (con menciones)",
        "counted_roles": "papeles principales y participación", "lead_roles": "solo papeles principales",
        "dated": "Eventos con fecha", "undated_events": "Eventos sin fecha",
        "undated_note": "Las fuentes no dan fecha para estos eventos; se listan aparte y se cuentan.",
        "shown": "mostrados", "of": "de", "reset": "Quitar filtros", "none": "ninguno", "from": "desde",
        "until": "hasta", "period": "Período", "member": "Miembro", "membership_role": "Papel",
        "n_events": "eventos",
        "view_network": "Instituciones vinculadas por eventos compartidos (en inglés)",
        "view_themes": "Instituciones y temas (en inglés)", "view_events": "Instituciones, eventos y temas (en inglés)",
        "view_network_es": "Instituciones vinculadas por eventos compartidos",
        "by_type": "Instituciones por tipo", "facts": "Cada dato muestra las palabras de su fuente y un enlace a ella.",
        "skip": "Ir al contenido", "filters": "Filtros", "no_date": "sin fecha en la fuente",
    },
}


def suffix(lang: str) -> str:
    return ".html" if lang == "en" else f".{lang}.html"


class Linker:
    """Relative links from one page (at `depth` folders below the site's root) to the others."""

    def __init__(self, depth: int, lang: str):
        self.root = "../" * depth
        self.lang = lang

    def entity(self, iri: str | None) -> str | None:
        path = page_path(iri) if iri else None
        return self.root + path + suffix(self.lang) if path else None

    def page(self, name: str, lang: str | None = None) -> str:
        return self.root + name + suffix(lang or self.lang)

    def asset(self, name: str) -> str:
        return self.root + "assets/" + name


def http(url: str | None) -> str | None:
    """A link target only for http(s) URLs (a file: source is shown, not linked)."""
    return url if url and url.startswith(("http://", "https://")) else None


# -- shared pieces ---------------------------------------------------------------


def _date_text(data: SiteData, event: str) -> str | None:
    info = data.events.get(event)
    if info is None or not info.start:
        return None
    if info.end and info.end != info.start:
        return f"{info.start} – {info.end}"
    return info.start


def event_ref(data: SiteData, event: str, lang: str, link: Linker) -> dict:
    return {"href": link.entity(event), "label": data.label(event, lang), "date": _date_text(data, event),
            "year": data.events[event].year if event in data.events else None}


def ref(data: SiteData, iri: str, lang: str, link: Linker) -> dict:
    names = data.names.get(iri)
    return {"href": link.entity(iri), "label": data.label(iri, lang), "iri": iri,
            "acronym": names.acronym(lang) if names else None}


def _evidence(inv: Involvement) -> list[dict]:
    return [{"quote": e.quote, "source": e.source, "href": http(e.source)} for e in inv.evidence]


def _sort_events(data: SiteData, events) -> list[str]:
    return sorted(events, key=lambda e: (data.events[e].start or "9999" if e in data.events else "9999",
                                         data.label(e, "en"), e))


def by_year(data: SiteData, events) -> tuple[list[tuple[int, int]], int]:
    """(year, number of events) in order, and the number of undated events."""
    years = Counter(data.events[e].year if e in data.events else None for e in events)
    undated = years.pop(None, 0)
    return sorted(years.items()), undated


def head(data: SiteData, iri: str, lang: str, link: Linker, path: str) -> dict:
    """What every entity page's header shows: names in both languages, acronyms, type, IRI, data files."""
    names = data.names.get(iri)
    base = path.rsplit("/", 1)[1]
    other = "es" if lang == "en" else "en"
    return {
        "iri": iri, "label": data.label(iri, lang),
        "labels": [{"lang": lg, "text": names.labels[lg]} for lg in ("en", "es", "") if names and lg in names.labels],
        "acronyms": names.all_acronyms() if names else [],
        "other_names": [{"lang": lg, "text": t} for lg, t in (names.other if names else [])],
        "subtitles": [{"lang": lg, "text": t} for lg, t in sorted((names.subtitles if names else {}).items())],
        "type": data.type_label(iri, lang),
        "ttl": base + ".ttl", "jsonld": base + ".jsonld",
        "switch": base + suffix(other), "switch_lang": other,
    }


# -- institutions ----------------------------------------------------------------


def institution_page(data: SiteData, rolled, iri: str, lang: str) -> dict:
    """An institution (or process, or body): its names, structure, memberships, events, partners."""
    link = Linker(2, lang)
    net = data.network
    by_inst, by_event = _rolled_index(data, rolled)
    mine = by_inst.get(iri, [])
    by_role: dict[str, list[dict]] = defaultdict(list)
    for inv in sorted(mine, key=lambda i: (rank(i.role), data.events[i.event].start or "9999"
                                           if i.event in data.events else "9999", data.label(i.event, lang))):
        by_role[inv.role].append({**event_ref(data, inv.event, lang, link), "evidence": _evidence(inv),
                                  "via": ref(data, inv.via, lang, link) if inv.via else None})
    roles = [{"role": r, "label": data.role_label(r, lang), "counted": r in COUNTED, "events": by_role[r]}
             for r in ROLE_ORDER if r in by_role]
    counted_events = {i.event for i in mine if i.role in COUNTED}
    mentioned_only = sorted({i.event for i in mine} - counted_events)
    years, undated = by_year(data, counted_events)

    # partners: institutions with a counted role in an event where this one has a counted role
    per_event: dict[str, list[Involvement]] = defaultdict(list)
    for event in sorted(counted_events):
        for inv in by_event.get(event, ()):
            if inv.role in COUNTED:
                per_event[event].append(inv)
    shared: dict[str, set[str]] = defaultdict(set)
    their_roles: dict[str, set[str]] = defaultdict(set)
    my_roles: dict[str, set[str]] = defaultdict(set)
    for event, invs in per_event.items():
        me = {i.role for i in invs if i.institution == iri}
        for inv in invs:
            if inv.institution == iri or net.is_part_of(inv.institution, iri):
                continue
            shared[inv.institution].add(event)
            their_roles[inv.institution].add(inv.role)
            my_roles[inv.institution] |= me
    partners = [{**ref(data, p, lang, link), "shared": len(evs),
                 "roles": [data.role_label(r, lang) for r in sorted(their_roles[p], key=rank)],
                 "my_roles": [data.role_label(r, lang) for r in sorted(my_roles[p], key=rank)]}
                for p, evs in sorted(shared.items(), key=lambda kv: (-len(kv[1]), data.label(kv[0], lang), kv[0]))]

    parents = [ref(data, p, lang, link) for c, p in net.part_of if c == iri]
    units = [ref(data, c, lang, link) for c, p in net.part_of if p == iri]
    member_of = [_membership(data, m, lang, link, side="organization") for m in data.memberships if m.member == iri]
    members = [_membership(data, m, lang, link, side="member") for m in data.memberships
               if m.organization == iri and m.role != PRESIDENCY]
    presidencies = [_membership(data, m, lang, link, side="member") for m in data.memberships
                    if m.organization == iri and m.role == PRESIDENCY]
    is_process, is_body = data.is_a(iri, PROCESS), data.is_a(iri, BODY)
    bodies = []
    if is_process or is_body:
        below = {c for c, p in net.part_of if iri in net.ancestors(c)}
        bodies = [{**ref(data, b, lang, link), "type": data.type_label(b, lang),
                   "parent": ref(data, sorted(p for c, p in net.part_of if c == b)[0], lang, link)}
                  for b in sorted(below, key=lambda b: (data.label(b, lang), b))]
    series = [{"label": data.label(s, lang),
               "editions": [{**event_ref(data, e, lang, link), "edition": data.events[e].edition}
                            for e in data.editions(s)]}
              for s, owner in sorted(data.series_owner.items()) if owner == iri]
    world = None
    if is_process or is_body:
        world = _world(data, rolled, iri, lang, link, is_process)
    return {
        "kind": "institution", "lang": lang, "link": link, **head(data, iri, lang, link, page_path(iri)),
        "is_process": is_process, "is_body": is_body,
        "parents": parents, "units": units, "member_of": member_of, "members": members,
        "presidencies": presidencies, "bodies": bodies, "series": series, "roles": roles,
        "mentioned_only": [event_ref(data, e, lang, link) for e in _sort_events(data, mentioned_only)],
        "years": years, "undated": undated, "partners": partners, "world": world,
        "ego": ego_svg(data, iri, partners[:EGO_MAX], lang),
        "statements": [{"text": c, "sources": [{"url": s, "href": http(s)} for s in srcs]}
                       for c, srcs in data.statements.get(iri, [])],
        "sources": [{"url": s, "href": http(s)} for s in data.derived_from.get(iri, [])],
    }


def _rolled_index(data: SiteData, rolled) -> tuple[dict[str, list], dict[str, list]]:
    """The rolled-up involvements by institution and by event, in their order, built once per network."""
    cached = data._index.get("rolled")
    if cached is None or cached[0] is not rolled:
        by_inst: dict[str, list] = defaultdict(list)
        by_event: dict[str, list] = defaultdict(list)
        for inv in rolled.involvements:
            by_inst[inv.institution].append(inv)
            by_event[inv.event].append(inv)
        cached = data._index["rolled"] = (rolled, dict(by_inst), dict(by_event))
    return cached[1], cached[2]


def _membership(data: SiteData, m, lang: str, link: Linker, *, side: str) -> dict:
    other = m.organization if side == "organization" else m.member
    return {**ref(data, other, lang, link), "role": data.term(m.role, lang), "from": m.start, "until": m.until,
            "sources": [{"url": s, "href": http(s)} for s in m.sources]}


def _world(data: SiteData, rolled, iri: str, lang: str, link: Linker, is_process: bool) -> dict:
    """A process's or body's events over time, and who convenes and supports them."""
    net = data.network
    if is_process:
        events = {e for e in net.events if iri in net.event_processes(e)}
    else:
        events = {i.event for i in rolled.involvements if i.institution == iri}
    events |= {e for e, info in data.events.items() if info.series and data.series_owner.get(info.series) == iri}
    groups: dict[int | None, list[dict]] = defaultdict(list)
    for e in _sort_events(data, events):
        groups[data.events[e].year if e in data.events else None].append(event_ref(data, e, lang, link))
    lead: dict[str, Counter] = defaultdict(Counter)
    for inv in net.involvements:  # who (directly) convenes and supports them, by role
        if inv.event in events and inv.institution != iri and inv.role in LEAD_ROLES:
            lead[inv.institution][inv.role] += 1
    actors = [{**ref(data, a, lang, link), "total": sum(c.values()),
               "roles": [{"label": data.role_label(r, lang), "n": c[r]} for r in sorted(c, key=rank)]}
              for a, c in sorted(lead.items(), key=lambda kv: (-sum(kv[1].values()), data.label(kv[0], lang)))]
    return {"total": len(events),
            "years": [{"year": y, "events": groups[y]} for y in sorted(y for y in groups if y is not None)],
            "undated": groups.get(None, []), "actors": actors}


def ego_svg(data: SiteData, iri: str, partners: list[dict], lang: str) -> dict | None:
    """Positions for a small star drawing: the institution in the middle, its top partners around it."""
    if not partners:
        return None
    width, height, cx, cy, radius = 800, 400, 400, 200, 140
    top = max(p["shared"] for p in partners)
    nodes = []
    for k, p in enumerate(partners):
        angle = 2 * math.pi * k / len(partners) - math.pi / 2
        x, y = cx + radius * math.cos(angle), cy + radius * math.sin(angle)
        anchor = "middle" if abs(math.cos(angle)) < 0.3 else ("start" if math.cos(angle) > 0 else "end")
        dx = 0 if anchor == "middle" else (12 if anchor == "start" else -12)
        dy = -14 if anchor == "middle" and math.sin(angle) < 0 else (22 if anchor == "middle" else 4)
        short = p["acronym"] or p["label"]
        nodes.append({"x": round(x, 1), "y": round(y, 1), "tx": round(x + dx, 1), "ty": round(y + dy, 1),
                      "anchor": anchor, "text": short if len(short) <= 26 else short[:25] + "…",
                      "title": f"{p['label']}: {p['shared']}", "href": p["href"],
                      "width": round(1 + 5 * p["shared"] / top, 1)})
    names = data.names.get(iri)
    centre = (names.acronym(lang) if names else None) or data.label(iri, lang)
    return {"width": width, "height": height, "cx": cx, "cy": cy, "nodes": nodes,
            "centre": centre if len(centre) <= 28 else centre[:27] + "…"}


# -- events ------------------------------------------------------------------------


def event_page(data: SiteData, iri: str, lang: str) -> dict:
    link = Linker(2, lang)
    info = data.events.get(iri)
    net = data.network
    invs = sorted(data.involvements_in(iri),
                  key=lambda i: (rank(i.role), data.label(i.institution, lang), i.institution))
    series = prev = nxt = None
    if info and info.series:
        order = data.editions(info.series)
        pos = order.index(iri) if iri in order else -1
        owner = data.series_owner.get(info.series)
        series = {"label": data.label(info.series, lang), "edition": info.edition,
                  "owner": ref(data, owner, lang, link) if owner else None, "count": len(order)}
        if pos > 0:
            prev = {**event_ref(data, order[pos - 1], lang, link), "edition": data.events[order[pos - 1]].edition}
        if 0 <= pos < len(order) - 1:
            nxt = {**event_ref(data, order[pos + 1], lang, link), "edition": data.events[order[pos + 1]].edition}
    return {
        "kind": "event", "lang": lang, "link": link, **head(data, iri, lang, link, page_path(iri)),
        "date": _date_text(data, iri),
        "places": [data.place_label(p, lang) for p in (info.places if info else [])],
        "online": bool(info and info.online), "series": series, "previous": prev, "next": nxt,
        "involvements": [{**ref(data, i.institution, lang, link), "role": data.role_label(i.role, lang),
                          "mention": TIER.get(i.role, 2) == 2, "evidence": _evidence(i)} for i in invs],
        "themes": [{**ref(data, s.theme, lang, link), "trigger": s.trigger,
                    "evidence": [{"quote": e.quote, "source": e.source, "href": http(e.source)} for e in s.evidence]}
                   for s in data.subjects.get(iri, [])],
        "processes": [ref(data, p, lang, link) for p in sorted(net.event_processes(iri))],
        "sources": [{"url": s, "href": http(s)} for s in (info.sources if info else [])],
    }


# -- themes ------------------------------------------------------------------------


def theme_page(data: SiteData, iri: str, lang: str) -> dict:
    link = Linker(2, lang)
    net = data.network
    events = [e for e, ev in net.events.items() if iri in ev.themes]
    groups: dict[int | None, list[dict]] = defaultdict(list)
    for e in _sort_events(data, events):
        groups[data.events[e].year if e in data.events else None].append(event_ref(data, e, lang, link))
    roles: dict[str, Counter] = defaultdict(Counter)
    for e in events:
        for inv in data.involvements_in(e):
            if inv.role in COUNTED:
                roles[inv.institution][inv.role] += 1
    actors = [{**ref(data, a, lang, link), "total": sum(c.values()),
               "roles": [{"label": data.role_label(r, lang), "n": c[r]} for r in sorted(c, key=rank)]}
              for a, c in sorted(roles.items(), key=lambda kv: (-sum(kv[1].values()), data.label(kv[0], lang), kv[0]))]
    return {"kind": "theme", "lang": lang, "link": link, **head(data, iri, lang, link, page_path(iri)),
            "type": STRINGS[lang]["theme"], "total": len(events),
            "years": [{"year": y, "events": groups[y]} for y in sorted(y for y in groups if y is not None)],
            "undated": groups.get(None, []), "actors": actors}


# -- index and timeline ------------------------------------------------------------------


def search_index(data: SiteData, lang: str, link: Linker) -> list[list[Any]]:
    """[href, label, kind, folded search text] for every entity with a page."""
    out = []
    kinds = [(i, "institution") for i in data.institutions] + [(t, "theme") for t in data.themes] + \
        [(e, "event") for e in _sort_events(data, data.network.events)]
    kind_label = {"institution": STRINGS[lang]["institution"], "theme": STRINGS[lang]["theme"],
                  "event": STRINGS[lang]["event"]}
    for iri, kind in kinds:
        href = link.entity(iri)
        if not href:
            continue
        names = data.names.get(iri)
        terms = names.search_terms() if names else [data.label(iri, lang)]
        label = data.label(iri, lang)
        acronym = names.acronym(lang) if names else None
        shown = f"{label} ({acronym})" if acronym and acronym != label else label
        out.append([href, shown, data.type_label(iri, lang) or kind_label[kind], fold(" | ".join(terms))])
    return out


def index_page(data: SiteData, lang: str, generated: str, explorer: list[dict]) -> dict:
    link = Linker(0, lang)
    net = data.network
    dated = sum(1 for e in net.events if data.events.get(e) and data.events[e].start)
    by_type: dict[str, list[dict]] = defaultdict(list)
    for i in data.institutions:
        by_type[data.type_label(i, lang) or STRINGS[lang]["institution"]].append(ref(data, i, lang, link))
    counts = [
        (STRINGS[lang]["institutions"], len(data.institutions)),
        (STRINGS[lang]["processes"], len(data.processes)),
        (STRINGS[lang]["events"], len(net.events)),
        (STRINGS[lang]["dated"], dated),
        (STRINGS[lang]["undated_events"], len(net.events) - dated),
        (STRINGS[lang]["themes"], len(data.themes)),
        (STRINGS[lang]["involvements"], len({(i.event, i.institution, i.role) for i in net.involvements})),
        (STRINGS[lang]["memberships"], len(data.memberships)),
        (STRINGS[lang]["sources"], len(data.sources)),
    ]
    themes = sorted(data.themes, key=lambda t: data.label(t, lang))
    theme_counts = Counter(t for ev in net.events.values() for t in ev.themes)
    return {
        "kind": "index", "lang": lang, "link": link, "generated": generated, "counts": counts,
        "sources": [{**s, "href": http(s["url"])} for s in data.sources],
        "processes": [ref(data, p, lang, link) for p in sorted(data.processes, key=lambda p: data.label(p, lang))],
        "themes": [{**ref(data, t, lang, link), "n": theme_counts.get(t, 0)} for t in themes],
        "by_type": sorted(by_type.items()), "explorer": explorer,
        "switch": "index" + suffix("es" if lang == "en" else "en"), "switch_lang": "es" if lang == "en" else "en",
        "search": search_index(data, lang, link),
    }


def _key(iri: str) -> str:
    return iri.rsplit("/", 1)[1]


def timeline_page(data: SiteData, lang: str) -> dict:
    """Every event by date with what the filters need: its processes, themes, and (institution, role) pairs."""
    link = Linker(0, lang)
    net = data.network
    events = _sort_events(data, net.events)
    processes = sorted({p for e in events for p in net.event_processes(e)}, key=lambda p: data.label(p, lang))
    themes = sorted({t for e in events for t in net.events[e].themes}, key=lambda t: data.label(t, lang))
    insts = sorted({i.institution for i in net.involvements}, key=lambda i: (data.label(i, lang), i))
    p_idx = {p: k for k, p in enumerate(processes)}
    t_idx = {t: k for k, t in enumerate(themes)}
    i_idx = {i: k for k, i in enumerate(insts)}
    r_idx = {r: k for k, r in enumerate(ROLE_ORDER)}
    involved: dict[str, set[tuple[int, int]]] = defaultdict(set)
    for inv in net.involvements:
        involved[inv.event].add((i_idx[inv.institution], r_idx.get(inv.role, len(ROLE_ORDER) - 1)))
    rows, facets = [], []
    for k, e in enumerate(events):
        ev = event_ref(data, e, lang, link)
        ev["kind"] = data.type_label(e, lang)
        ev["n"] = k
        rows.append(ev)
        facets.append([sorted(p_idx[p] for p in net.event_processes(e)),
                       sorted(t_idx[t] for t in net.events[e].themes), sorted(involved.get(e, ()))])
    dated = [r for r in rows if r["date"]]
    groups: dict[int, list[dict]] = defaultdict(list)
    for r in dated:
        groups[r["year"]].append(r)
    return {
        "kind": "timeline", "lang": lang, "link": link,
        "switch": "timeline" + suffix("es" if lang == "en" else "en"), "switch_lang": "es" if lang == "en" else "en",
        "years": [{"year": y, "events": groups[y]} for y in sorted(groups)],
        "undated": [r for r in rows if not r["date"]], "total": len(rows),
        "processes": [ref(data, p, lang, link) for p in processes],
        "themes": [ref(data, t, lang, link) for t in themes],
        "institutions": [ref(data, i, lang, link) for i in insts],
        "roles": [{"key": r, "label": data.role_label(r, lang), "tier": TIER[r]} for r in ROLE_ORDER],
        # what the filters compare, and the keys they write into the address (#process=rcm&inst=iom)
        "facets": {"events": facets, "processes": [_key(p) for p in processes], "themes": [_key(t) for t in themes],
                   "institutions": [_key(i) for i in insts], "roles": list(ROLE_ORDER),
                   "tiers": [TIER[r] for r in ROLE_ORDER]},
    }
