"""The interactive explorer: one self-contained, offline HTML page per view.

The page is the template `viz/templates/explorer.html` with vis-network's JS
and CSS inlined from `viz/vendor/` and the data embedded as JSON in a
`<script type="application/json">` element. Nothing from the sources is ever
written into the page as HTML: the JSON escapes `<`, `>`, `&`, U+2028 and
U+2029, and the page's script builds every label, tooltip and list with DOM
nodes and `textContent`. Links to sources are made only for http(s) URLs.
pyvis renders the page (its Network holds the node and edge lists, set directly,
and the physics options) with rcpkg's template instead of its default one, which
loads its scripts from CDNs and switches tooltips to innerHTML.

Views:
- ``network``: institutions linked by shared events (co-involvement).
- ``themes``: institutions and the themes of their events (bipartite).
- ``events``: institutions, events and themes (who took part in what).
- ``ego``: the events view around one institution (`focus`), `depth` 1 or 2
  (1: its events and their other institutions; 2: one more round).
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import networkx as nx

from rcpkg.errors import UsageError
from rcpkg.viz import graphs, metrics
from rcpkg.viz.model import NetworkData, local_name

VIEWS = ("network", "themes", "events", "ego")
SIZE_EXACT_LIMIT = 300
SIZE_SAMPLE_K = 64
_HERE = Path(__file__).resolve().parent

# type (rcp: local name) -> legend category
CATEGORY = {
    "ConsultativeProcess": "process",
    "Body": "body", "MinisterialMeetingBody": "body", "ConsultationGroup": "body",
    "LiaisonOfficerNetwork": "body", "WorkingGroup": "body", "AdHocGroup": "body", "Secretariat": "body",
    "Government": "government", "NationalMinistry": "government",
    "IntergovernmentalOrganization": "igo", "UNAgency": "igo", "RegionalOrganization": "igo",
    "OrganizationUnit": "igo",
    "StateLedInitiative": "initiative", "RegionalCoordinationMechanism": "initiative",
    "CivilSocietyNetwork": "civil",
}
# category -> (colour, vis shape, English label, Spanish label)
STYLE = {
    "process": ("#c0392b", "star", "Consultative process", "Proceso consultivo"),
    "body": ("#e67e22", "triangle", "Body of a process", "Órgano de un proceso"),
    "government": ("#2e6fb7", "square", "Government or ministry", "Gobierno o ministerio"),
    "igo": ("#27ae60", "diamond", "International organization or unit", "Organización internacional o unidad"),
    "initiative": ("#8e44ad", "hexagon", "Initiative or coordination mechanism", "Iniciativa o mecanismo de coordinación"),
    "civil": ("#8d6e63", "triangleDown", "Civil society network", "Red de la sociedad civil"),
    "institution": ("#7f8c8d", "dot", "Other institution", "Otra institución"),
    "event": ("#17a2b8", "dot", "Event", "Evento"),
    "theme": ("#b7950b", "box", "Theme", "Tema"),
}
from rcpkg.viz.roles import ROLE_LABELS_ES, TIER, rank as role_rank  # noqa: E402


@functools.lru_cache(maxsize=2)
def type_labels(lang: str) -> dict[str, str]:
    """The ontology's name of every rcp: class in `lang` (local name -> label): the page shows
    "Intergovernmental organization" / "Organismo intergubernamental", never the class's name."""
    from rdflib import Graph, Literal
    from rdflib.namespace import RDFS

    from rcpkg.namespaces import RCP_IRI
    from rcpkg.resources import ontology_file

    g = Graph().parse(ontology_file(), format="turtle")
    out: dict[str, str] = {}
    for s, label in g.subject_objects(RDFS.label):
        if isinstance(label, Literal) and label.language == lang and str(s).startswith(RCP_IRI):
            out[local_name(s)] = str(label)
    return out


def category(kind: str, type_: str) -> str:
    if kind in ("event", "theme"):
        return kind
    return CATEGORY.get(type_, "institution")


def _scale(values: dict[str, float], lo: float, hi: float) -> dict[str, float]:
    if not values:
        return {}
    top = max(values.values())
    if top <= 0:
        return {k: lo for k in values}
    return {k: round(lo + (hi - lo) * (v / top) ** 0.5, 1) for k, v in values.items()}


@dataclass(frozen=True)
class Page:
    """What one explorer page shows: its JSON-ready data."""

    view: str
    data: dict[str, Any]


def _inst_info(data: NetworkData) -> dict[str, dict]:
    """Per institution: role counts, event count, themes, years, and its first evidence."""
    info: dict[str, dict] = {}
    counted: set[tuple[str, str, str]] = set()
    for inv in sorted(data.involvements, key=lambda i: (not i.direct, role_rank(i.role), i.event)):
        if inv.event not in data.events:
            continue
        d = info.setdefault(inv.institution, {"roles": {}, "events": set(), "themes": set(),
                                              "years": set(), "quote": None, "source": None})
        if (inv.institution, inv.event, inv.role) not in counted:
            counted.add((inv.institution, inv.event, inv.role))
            d["roles"][inv.role] = d["roles"].get(inv.role, 0) + 1
        d["events"].add(inv.event)
        ev = data.events[inv.event]
        d["themes"].update(ev.themes)
        if ev.year is not None:
            d["years"].add(ev.year)
        if d["quote"] is None and inv.first_evidence:
            d["quote"], d["source"] = inv.first_evidence.quote, inv.first_evidence.source
    return info


def build_page(view: str, data: NetworkData, *, focus: str | None = None, depth: int = 1,
               title: str | None = None, site_root: str | None = None) -> Page:
    """The page data of a view (pure). `focus` is an institution IRI (ego view). `site_root`: the
    relative path from the page to the research site it is part of (`../`), whose pages the
    nodes then link to."""
    if view not in VIEWS:
        raise UsageError(f"unknown view (one of {', '.join(VIEWS)})", value=view)
    if view == "ego":
        if not focus:
            raise UsageError("the ego view needs --focus INSTITUTION")
        full = graphs.involvement_graph(data, include_themes=False)
        if focus not in full:
            raise UsageError("this institution is involved in no event (in this selection)",
                             value=data.label(focus))
        if depth not in (1, 2):
            raise UsageError("the ego depth must be 1 or 2", value=depth)
        # institution -> event -> institution is two steps in the involvement graph
        g = nx.ego_graph(full, focus, radius=2 * depth).copy()
        # add the themes of the events shown
        for n, d in list(g.nodes(data=True)):
            if d["kind"] == "event":
                for t in data.events[n].themes:
                    if t not in g:
                        g.add_node(t, kind="theme", type="Theme", label=data.themes[t].label if t in data.themes else t)
                    g.add_edge(n, t, kind="subject", weight=1)
    elif view == "events":
        g = graphs.involvement_graph(data)
    elif view == "themes":
        g = graphs.institution_theme(data)
    else:
        g = graphs.co_involvement(data)
    return Page(view, _page_data(view, g, data, focus=focus, title=title, site_root=site_root))


_BETWEENNESS: dict = {}  # the last network's sizing betweenness, by its nodes and weighted edges


def _sizing_betweenness(g: nx.Graph, large: bool) -> dict[str, float]:
    """metrics.betweenness for the network view's sizes, computed once for a network drawn twice (the
    English and Spanish pages of `write_default_pages` and the site: the same nodes and links)."""
    key = (large, tuple(sorted(g.nodes)),
           tuple(sorted((min(a, b), max(a, b), d.get("weight", 1)) for a, b, d in g.edges(data=True))))
    if key not in _BETWEENNESS:
        _BETWEENNESS.clear()
        _BETWEENNESS[key] = metrics.betweenness(g, exact_limit=SIZE_EXACT_LIMIT, k=SIZE_SAMPLE_K,
                                                weighted=not large)
    return dict(_BETWEENNESS[key])


def _page_data(view: str, g: nx.Graph, data: NetworkData, *, focus: str | None, title: str | None,
               site_root: str | None = None) -> dict:
    lang = data.lang
    names = type_labels(lang)
    if site_root is not None:
        from rcpkg.viz.site.model import page_path
    info = data._processes_cache.get("__inst_info__")  # the same for a network's views
    if info is None:
        info = data._processes_cache["__inst_info__"] = _inst_info(data)
    if view == "network" and g.number_of_nodes():
        # Sizing only. Small networks: the same weighted betweenness as `rcpkg analyze`. Large ones:
        # hop-count betweenness sampled from SIZE_SAMPLE_K sources (weighted is O(n·m log n) in pure Python).
        large = g.number_of_nodes() > SIZE_EXACT_LIMIT
        centrality = _sizing_betweenness(g, large)
        centrality = {k: v + 0.02 * g.degree(k, weight="weight") / max(1, g.number_of_nodes())
                      for k, v in centrality.items()}
    else:
        centrality = {n: float(g.degree(n, weight="weight")) for n in g}
    # institutions 10-40 by centrality; events and themes smaller, so the actors stand out
    kinds = {n: d.get("kind", "institution") for n, d in g.nodes(data=True)}
    sizes = {**_scale({n: v for n, v in centrality.items() if kinds[n] == "institution"}, 10, 40),
             **_scale({n: v for n, v in centrality.items() if kinds[n] != "institution"}, 6, 18)}
    nodes = []
    for n, d in g.nodes(data=True):
        kind = d.get("kind", "institution")
        cat = category(kind, d.get("type", ""))
        colour, shape, *_ = STYLE[cat]
        node: dict[str, Any] = {
            "id": n, "label": d.get("label", local_name(n)), "kind": kind, "type": d.get("type", ""),
            "category": cat, "color": colour, "shape": shape, "size": sizes.get(n, 8),
            "degree": g.degree(n),
        }
        if kind == "institution":
            i = info.get(n, {})
            node.update({"acronym": d.get("acronym") or "", "roles": i.get("roles", {}),
                         "events": len(i.get("events", ())), "themes": sorted(i.get("themes", ())),
                         "years": sorted(i.get("years", ())), "quote": i.get("quote"),
                         "source": i.get("source")})
        elif kind == "event":
            ev = data.events[n]
            node.update({"year": ev.year, "themes": list(ev.themes), "years": [ev.year] if ev.year else [],
                         "processes": [data.label(p) for p in sorted(data.event_processes(n))]})
        else:
            node.update({"themes": [n], "years": []})
        if node["type"]:
            node["typeLabel"] = names.get(node["type"]) or STYLE[cat][3 if lang == "es" else 2]
        elif kind in ("event", "theme"):
            node["typeLabel"] = STYLE[cat][3 if lang == "es" else 2]
        if kind == "event" and data.events[n].kind:
            node["typeLabel"] = names.get(data.events[n].kind, node.get("typeLabel"))
        if site_root is not None and page_path(n):
            node["page"] = site_root + page_path(n) + (".es.html" if lang == "es" else ".html")
        if n == focus:
            node["focus"] = True
        nodes.append(node)
    tiers: dict[tuple[str, str], int] = {}

    def best_tier(inst: str, event: str) -> int:  # asked about 190,000 times at 10k events: remembered
        got = tiers.get((inst, event))
        if got is None:
            got = tiers[(inst, event)] = min((TIER.get(i.role, 2) for i in data.involvements_of(event, inst)),
                                             default=2)
        return got

    for node in nodes:
        if node["kind"] == "institution":
            node["tier"] = min((TIER.get(r, 2) for r in node.get("roles", {})), default=2)
    edges = []
    for u, v, d in g.edges(data=True):
        edge: dict[str, Any] = {"from": u, "to": v, "weight": d.get("weight", 1)}
        # the weakest role tier (0 lead, 1 participant, 2 mentioned) this link needs: the page's role filter
        if "roles" in d:
            edge["tier"] = min(TIER.get(r, 2) for r in d["roles"])
        elif view == "network" and "events" in d:
            edge["tier"] = min(max(best_tier(u, e), best_tier(v, e)) for e in d["events"])
        elif view == "themes" and "events" in d:
            inst = u if kinds.get(u) == "institution" else v
            edge["tier"] = min(best_tier(inst, e) for e in d["events"])
        if d.get("via"):
            edge["via"] = [data.label(x) for x in d["via"]]
        if "roles" in d:
            edge["roles"] = d["roles"]
            if d.get("evidence"):
                edge["quote"], edge["source"] = d["evidence"][0]
        if "events" in d:
            shown = sorted(d["events"], key=lambda e: (-(data.events[e].year or 0), data.events[e].label))
            edge["events"] = [{"label": data.events[e].label, "year": data.events[e].year} for e in shown[:8]]
            if view == "network":  # both sides' roles in each shared event, and the words of a source
                for item, e in zip(edge["events"], shown[:8]):
                    item["roles"] = [sorted({i.role for i in data.involvements_of(e, x)}, key=role_rank)
                                     for x in (u, v)]
                first = next((inv.first_evidence for e in shown for inv in data.involvements_of(e, u)
                              if inv.first_evidence), None)
                if first is not None:
                    edge["quote"], edge["source"] = first.quote, first.source
            edge["more"] = max(0, len(shown) - 8)
            if view == "network":  # what the page's filters need to hide a link whose events are all filtered out
                edge["years"] = sorted({data.events[e].year for e in d["events"] if data.events[e].year})
                edge["undated"] = any(data.events[e].year is None for e in d["events"])
                edge["themeIds"] = sorted({t for e in d["events"] for t in data.events[e].themes})
        if "themes" in d:
            edge["themes"] = [data.label(t) for t in d["themes"]]
        edges.append(edge)
    maxw = max((e["weight"] for e in edges), default=1)
    for e in edges:
        e["width"] = round(1 + 7 * (e["weight"] - 1) / max(1, maxw - 1), 2) if maxw > 1 else 1.5
    used = sorted({nd["category"] for nd in nodes}, key=list(STYLE).index)
    legend = [{"category": c, "color": STYLE[c][0], "shape": STYLE[c][1],
               "label": STYLE[c][3] if lang == "es" else STYLE[c][2]} for c in used]
    theme_ids = sorted({t for nd in nodes for t in nd.get("themes", [])}, key=data.label)
    years = sorted({y for nd in nodes for y in nd.get("years", [])})
    counts = {k: sum(1 for nd in nodes if nd["kind"] == k) for k in ("institution", "event", "theme")}
    return {
        "view": view, "lang": lang, "title": title or _default_title(view, lang, data.label(focus) if focus else None),
        "nodes": nodes, "edges": edges, "legend": legend,
        "themes": [{"id": t, "label": data.label(t)} for t in theme_ids],
        "years": [years[0], years[-1]] if years else None,
        "counts": {**counts, "edges": len(edges)},
        "roleLabels": ROLE_LABELS_ES if lang == "es" else {},
        "siteRoot": site_root,
        # how many of the selection's events state a year: the year filter says so
        "dated": [sum(1 for e in data.events.values() if e.year is not None), len(data.events)],
        "tiers": sorted({n["tier"] for n in nodes if "tier" in n} | {e["tier"] for e in edges if "tier" in e}),
    }


def _default_title(view: str, lang: str, focus: str | None) -> str:
    en = {"network": "Institutions linked by shared events", "themes": "Institutions and themes",
          "events": "Institutions, events and themes", "ego": f"Around {focus}"}
    es = {"network": "Instituciones vinculadas por eventos compartidos", "themes": "Instituciones y temas",
          "events": "Instituciones, eventos y temas", "ego": f"En torno a {focus}"}
    return (es if lang == "es" else en)[view]


# -- rendering -----------------------------------------------------------------

_JSON_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}


def script_json(value: Any) -> str:
    """JSON that is safe inside a <script> element: no `<`, `>`, `&`, U+2028/9 left raw."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    # str.replace, not str.translate: the same text (no replacement holds a character replaced), and
    # 2.6 s less at 10k events (translate with a table of strings goes character by character)
    for char, escaped in _JSON_ESCAPES.items():
        if char in text:
            text = text.replace(char, escaped)
    return text


def _vendor(name: str) -> str:
    text = (_HERE / "vendor" / name).read_text(encoding="utf-8")
    if "</script" in text.lower() or "</style" in text.lower():
        raise RuntimeError(f"viz/vendor/{name} contains a closing tag and cannot be inlined")
    return text


def _pyvis_network(page: Page):
    """A pyvis Network holding the page's nodes, edges and physics options.

    The node and edge lists are set directly (pyvis's `add_edge` scans every edge
    for duplicates: seconds on thousands of edges); pyvis chooses the solver's
    options: Barnes-Hut with few stabilization rounds for large graphs (above 400
    nodes), ForceAtlas2 otherwise. Physics is switched off by the page once the
    layout has settled."""
    from pyvis.network import Network

    net = Network(height="100%", width="100%", directed=False, cdn_resources="remote")
    net.nodes = page.data["nodes"]
    net.edges = page.data["edges"]
    n = len(net.nodes)
    if n > 400:
        net.barnes_hut(gravity=-3000, spring_length=120, overlap=0)
        net.options.physics.barnesHut.theta = 0.8
        net.options.interaction.hideEdgesOnDrag = True
        net.options.interaction.hideEdgesOnZoom = True
        iterations = 60 if n > 1000 else 120
    else:
        net.force_atlas_2based(gravity=-60, spring_length=110)
        iterations = 400
    net.options.physics.stabilization.iterations = iterations
    net.options.edges.smooth.enabled = False
    return net


def render_html(page: Page) -> str:
    """The complete HTML of a page, rendered by pyvis from rcpkg's own template.

    pyvis's default template loads vis-network and Bootstrap from CDNs and turns
    tooltips into HTML when a title holds "href"; rcpkg's template (given to
    pyvis with `set_template_dir`) inlines vis-network from `viz/vendor/` and
    builds every text with DOM nodes. Data reach the page only as escaped JSON
    (`script_json`), never as HTML."""
    import html

    net = _pyvis_network(page)
    net.set_template_dir(str(_HERE / "templates"), "explorer.html")
    env = net.templateEnv
    env.filters["script_json"] = script_json
    env.filters["script_json_text"] = lambda text: script_json(json.loads(text))
    env.globals.update(
        page_lang="es" if page.data["lang"] == "es" else "en",
        page_title=html.escape(page.data["title"]),
        vis_css=_vendor("vis-network.css"),
        vis_js=_vendor("vis-network.min.js"),
        page_json=script_json({k: v for k, v in page.data.items() if k not in ("nodes", "edges")}),
    )
    return net.generate_html()


def write_page(page: Page, out: Path) -> Path:
    out = Path(out)
    if out.suffix.lower() not in (".html", ".htm"):
        raise UsageError("the output file must end in .html", value=str(out))
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(f".{out.name}.tmp")
    tmp.write_text(render_html(page), encoding="utf-8")
    tmp.replace(out)
    return out


def write_view(view: str, out: Path, *, store: Any = None, endpoint: str | None = None, lang: str = "en",
               focus: str | None = None, depth: int = 1, theme: str | None = None,
               years: tuple[int | None, int | None] | None = None, data: NetworkData | None = None) -> Path:
    """Query the store or endpoint and write one view's page to `out` (lead roles and
    participation, units rolled up, as `rcpkg viz` does by default)."""
    if data is None:
        data = _default_data(store=store, endpoint=endpoint, lang=lang)
    if theme is not None or years is not None:
        data = data.restrict(years=years, theme=theme)
    return write_page(build_page(view, data, focus=focus, depth=depth), out)


def _default_data(*, store: Any = None, endpoint: str | None = None, lang: str = "en") -> NetworkData:
    from rcpkg.viz.source import load_network

    return _counted(load_network(store=store, endpoint=endpoint, lang=lang))


def _counted(data: NetworkData) -> NetworkData:
    """Lead roles and participation (mentions left out), units rolled up: what `rcpkg viz` shows by default."""
    from rcpkg.viz.roles import roles_from

    return data.restrict(roles=roles_from()).rolled_up()


def write_default_pages(store: Any, out_dir: Path, *, site_root: str | None = None,
                        networks: dict[str, NetworkData] | None = None) -> list[Path]:
    """The default explorer pages of a store (called by `rcpkg build`): the network,
    themes and events views in English and the network view in Spanish, counting lead roles
    and participation (mentions left out), units rolled up, as `rcpkg viz` by default.
    `site_root`: where the research site is, relative to `out_dir` (its pages are then linked
    from the nodes); `networks`: the network data by language when the caller has it already."""
    out_dir = Path(out_dir)
    written = []
    for lang, views in DEFAULT_PAGES:
        given = (networks or {}).get(lang)
        data = _default_data(store=store, lang=lang) if given is None else _counted(given)
        for view in views:
            written.append(write_page(build_page(view, data, site_root=site_root), out_dir / page_name(view, lang)))
    return written


DEFAULT_PAGES = (("en", ("network", "themes", "events")), ("es", ("network",)))  # written by write_default_pages


def page_name(view: str, lang: str) -> str:
    """The file name of a view's page in a language: network.html, network.es.html."""
    return f"{view}.html" if lang == "en" else f"{view}.{lang}.html"
