"""The research site: a static, offline set of pages, one per institution, event and theme,
with an index (search box), a timeline and the explorer's network views.

`write_site(out, store=... | endpoint=...)` runs the library queries (the
`site-*` queries and the network queries the explorer uses), builds the
records (`rcpkg.viz.site.model`, pure), lays each page out with the Jinja2
templates in `viz/site/templates/` (autoescape on: text from the sources is
always escaped) and writes, for every entity with an IRI under
`https://w3id.org/rcpkg/id/{org,event,theme}/KEY`:

    id/<kind>/<key>.html      the page in English
    id/<kind>/<key>.es.html   the page in Spanish
    id/<kind>/<key>.ttl       its data as Turtle (site-entity-triples)
    id/<kind>/<key>.jsonld    the same as JSON-LD

so the site's paths are the IRIs' paths (`rcpkg serve` answers `/id/org/iom`
with the page or the data). Pages link to one another with relative links,
load nothing from another host, and work from file:// and any static host.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import tempfile
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from rcpkg.errors import UsageError

SITE_QUERIES = ("site-names", "site-types", "site-events", "site-places", "site-series", "site-memberships",
                "site-statements", "site-subjects", "site-sources")
_HERE = Path(__file__).resolve().parent
PARALLEL_FROM = 2000  # entities; below that, forking costs more than it saves


@dataclass
class SiteReport:
    out: str
    pages: int = 0
    data_files: int = 0
    entities: dict[str, int] = field(default_factory=dict)
    explorer: list[str] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)  # seconds per stage of write_site


def site_dir(store: Path | str) -> Path:
    """Where `rcpkg build` and `rcpkg site` write a store's site: `<store>-site` beside it, so two
    stores in one folder keep their own pages."""
    store = Path(store)
    return store.parent / f"{store.name}-site"


def load_site_data(*, store: Any = None, endpoint: str | None = None):
    """Run the site's queries and return a `SiteData`."""
    return _load_site_data(store=store, endpoint=endpoint)[0]


def _load_site_data(*, store: Any = None, endpoint: str | None = None):
    """The `SiteData`, and the rows of the English network queries (the Spanish network view reuses some)."""
    from rdflib import Literal

    from rcpkg.viz.site.model import SiteData
    from rcpkg.viz.source import network_from_rows, network_rows

    if isinstance(store, (str, Path)):
        from rcpkg.store import open_store

        store = open_store(store)
    network = network_rows(store=store, endpoint=endpoint, lang="en")
    rows = {name: site_rows(name, store=store, endpoint=endpoint) for name in SITE_QUERIES}
    terms = {lang: site_rows("site-terms", {"lang": Literal(lang)}, store=store, endpoint=endpoint)
             for lang in ("en", "es")}
    return SiteData.from_rows(network_from_rows("en", network), rows, terms), network


# The final ORDER BY of a library query (at the start of a line, outside every group), and its variables.
_ORDER_BY = re.compile(r"(?m)^ORDER BY\b")
_VARIABLE = re.compile(r"[?$]([A-Za-z_][A-Za-z0-9_]*)")


def split_order(text: str) -> tuple[str, list[str]]:
    """A library query without its final ORDER BY, and the variables that clause sorts on, in order.

    The text is returned whole (and no variable) when it has no final ORDER BY or when LIMIT or OFFSET
    follow it (the order then decides which rows there are)."""
    found = list(_ORDER_BY.finditer(text))
    if not found:
        return text, []
    head, clause = text[:found[-1].start()], text[found[-1].start():]
    if head.count("{") != head.count("}") or "{" in clause or re.search(r"(?i)\b(LIMIT|OFFSET)\b", clause):
        return text, []
    names: list[str] = []
    for name in _VARIABLE.findall(clause):
        if name not in names:
            names.append(name)
    return head, names


def _term_key(term) -> tuple[str, str, str]:
    """How the site's queries sort a term: its string (unbound as ""), then its language and datatype."""
    if term is None:
        return ("", "", "")
    return (str(term), getattr(term, "language", None) or "", str(getattr(term, "datatype", None) or ""))


def site_rows(name: str, bindings: dict | None = None, *, store: Any = None, endpoint: str | None = None) -> list[dict]:
    """The rows of a library query for the site, in the order of its ORDER BY.

    On the embedded store the query runs without its final ORDER BY and the rows are sorted here on the
    variables that clause names (then on the other columns): Oxigraph's on-disk store reads a stored
    term's text back at each comparison of a sort, seconds for tens of thousands of rows, where Python
    sorts them in milliseconds. On an endpoint the query runs as it is (a server pages an ordered
    result), and the rows are sorted the same way."""
    from rcpkg import sparql
    from rcpkg.viz.source import query_text

    text = query_text(name)
    unordered, keys = split_order(text)
    result = sparql.run(text if endpoint else unordered, dict(bindings or {}), store=store, endpoint=endpoint)
    columns = keys + [v for v in result.vars if v not in keys]
    rows = [dict(r) for r in result.rows]
    rows.sort(key=lambda row: tuple(_term_key(row.get(c)) for c in columns))
    return rows


def entity_triples(iri: str, *, store: Any = None, endpoint: str | None = None) -> list[tuple]:
    """The entity's triples (site-entity-triples) as rdflib term triples."""
    from rdflib import URIRef

    from rcpkg.sparql import check_iri
    from rcpkg.viz.source import fetch

    rows = fetch("site-entity-triples", {"entity": URIRef(check_iri(iri))}, store=store, endpoint=endpoint).rows
    return [(r["s"], r["p"], r["o"]) for r in rows if r.get("s") is not None and r.get("o") is not None]


def all_entity_triples(*, store: Any = None, endpoint: str | None = None) -> dict[str, list[tuple]]:
    """Every page entity's triples (site-entity-data, one query), by entity IRI."""
    from rcpkg.viz.source import fetch

    out: dict[str, list[tuple]] = {}
    for r in fetch("site-entity-data", store=store, endpoint=endpoint).rows:
        if r.get("s") is not None and r.get("o") is not None:
            out.setdefault(str(r["entity"]), []).append((r["s"], r["p"], r["o"]))
    return out


_FORMATS = {"ttl": "TURTLE", "nt": "N_TRIPLES", "jsonld": "JSON_LD"}


def serialize(triples: list[tuple], fmt: str) -> bytes:
    """Turtle, N-Triples or JSON-LD of rdflib-term triples (with the project's prefixes)."""
    import pyoxigraph as ox

    from rcpkg.oxi import ToOxigraph

    conv = ToOxigraph()
    return serialize_ox([ox.Triple(conv.term(s), conv.term(p), conv.term(o)) for s, p, o in triples], fmt)


def serialize_ox(triples: list, fmt: str) -> bytes:
    """Turtle, N-Triples or JSON-LD of pyoxigraph triples (with the project's prefixes)."""
    import pyoxigraph as ox

    from rcpkg.export import PREFIXES

    # no prefix for rcpkg's own instances and graphs: `id:org\/iom` is valid Turtle but hard to read
    prefixes = {k: v for k, v in PREFIXES.items() if k not in ("id", "graph")}
    kwargs = {} if fmt == "nt" else {"prefixes": prefixes}
    return ox.serialize(triples, format=getattr(ox.RdfFormat, _FORMATS[fmt]), **kwargs)


def entity_data_ox(store: Any) -> dict[str, list]:
    """Every page entity's triples as pyoxigraph triples, by entity IRI: site-entity-data run on the
    embedded store without its final ORDER BY, each entity's rows sorted here on the query's own key.

    The terms stay pyoxigraph's (half a million rows at 10k events: no round trip through rdflib); a
    typed literal is given the canonical form the query layer gives it (`rcpkg.sparql.run`), so the
    files are what the rows of `rcpkg query site-entity-data` say."""
    import pyoxigraph as ox

    from rcpkg.oxi import ToOxigraph, to_rdflib
    from rcpkg.sparql.result import _normalise
    from rcpkg.store import open_store
    from rcpkg.viz.source import query_text

    if isinstance(store, (str, Path)):
        store = open_store(store)
    text, _ = split_order(query_text("site-entity-data"))
    conv = ToOxigraph()
    plain = {"http://www.w3.org/2001/XMLSchema#string", "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"}
    canonical: dict = {}
    grouped: dict[str, list] = {}
    literal = ox.Literal
    for entity, s, p, o in store.query(text, use_default_graph_as_union=True):  # in the projection's order
        if entity is None or s is None or o is None:
            continue
        if type(o) is literal:
            lang, datatype = o.language, o.datatype.value
            # site-entity-data's sort key after the entity: STR(?s) STR(?p) STR(?o) LANG(?o) DATATYPE(?o)
            key = f"{s.value} {p.value} {o.value} {lang or ''} {datatype}"
            if lang is None and datatype not in plain:
                c = canonical.get(o)
                if c is None:
                    c = canonical[o] = conv.term(_normalise(to_rdflib(o)))
                o = c
        else:
            key = f"{s.value} {p.value} {o.value}  iri"
        grouped.setdefault(entity.value, []).append((key, ox.Triple(s, p, o)))
    out = {}
    for iri, rows in grouped.items():
        rows.sort(key=lambda r: r[0])
        out[iri] = [r[1] for r in rows]
    return out


def write_site(out: Path, *, store: Any = None, endpoint: str | None = None, explorer: bool = True,
               generated: str | None = None, jobs: int | None = None,
               parallel_from: int = PARALLEL_FROM) -> SiteReport:
    """Write the whole site into `out` (replaced atomically: built beside it, then swapped in).

    The entity pages are rendered by `jobs` processes (default: up to 2 cores) when there are
    `parallel_from` entities or more, while this process writes the network views, the index and
    the timeline; each writes its own files, so the result is the same. On a store given by its path
    with as many events and institutions, the data files are written by a process of their own
    (`workers.write_data_files`), started before the site's queries."""
    from rcpkg.viz.site import pages as P
    from rcpkg.viz.site import workers
    from rcpkg.viz.site.model import page_path
    from rcpkg.viz.site.render import Renderer

    out = Path(out)
    if out.exists() and not out.is_dir():
        raise UsageError("the site's output must be a folder", value=str(out))
    store_path = Path(store) if isinstance(store, (str, Path)) else None
    if isinstance(store, (str, Path)):
        from rcpkg.store import open_store

        store = open_store(store)
    clock = _Clock()
    jobs = jobs if jobs is not None else min(2, os.cpu_count() or 1)
    out.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out.name}.", dir=out.parent))
    report = SiteReport(str(out), timings=clock.laps)
    data_files = None
    try:
        if jobs > 1 and store_path is not None and _entity_count(store) >= parallel_from:
            # the data files by a process of its own, from now on (it waits for the list of entities)
            data_files = workers.Child("write_data_files", str(store_path), str(staging), "{tmp}/items.json",
                                       wait_for_go=True)
        data, english_rows = _load_site_data(store=store, endpoint=endpoint)
        rolled = data.network.rolled_up()
        clock.lap("queries")
        generated = generated or datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
        entities = ([(i, "institution") for i in data.institutions] + [(t, "theme") for t in data.themes]
                    + [(e, "event") for e in data.network.events])
        todo = [(iri, kind) for iri, kind in entities if page_path(iri)]
        parallel = jobs > 1 and len(todo) >= parallel_from
        if data_files is not None:  # the entities it writes the files of, now that they are known
            listing = Path(data_files.tmp.name) / "items.json"
            listing.with_suffix(".tmp").write_text(json.dumps([(iri, page_path(iri)) for iri, _ in todo]),
                                                   encoding="utf-8")
            listing.with_suffix(".tmp").replace(listing)
            data_files.go()
        renderer = Renderer()
        (staging / "assets").mkdir()
        for name in ("site.css",):
            shutil.copyfile(_HERE / "assets" / name, staging / "assets" / name)
        views: list[str] = []
        if explorer and store is not None:
            from rcpkg.viz.explorer import DEFAULT_PAGES, page_name

            views = [page_name(view, lang) for lang, names in DEFAULT_PAGES for view in names]
        report.explorer = [str(out / "explorer" / name) for name in views]
        explorer_links = [{"href": "explorer/" + name, "key": name.split(".")[0],
                           "lang": "es" if ".es." in name else "en"} for name in views]
        if data_files is not None:
            entity_data = None
        elif store is not None:
            entity_data = entity_data_ox(store)
        else:
            import pyoxigraph as ox

            from rcpkg.oxi import ToOxigraph

            conv = ToOxigraph()
            entity_data = {iri: [ox.Triple(conv.term(s), conv.term(p), conv.term(o)) for s, p, o in triples]
                           for iri, triples in all_entity_triples(endpoint=endpoint).items()}
        if entity_data is not None:
            clock.lap("entity_data")
        render = _EntityWriter(data, rolled, entity_data, renderer, staging, explorer_links)

        def network_views() -> None:
            if views:
                from rcpkg.viz.explorer import write_default_pages
                from rcpkg.viz.source import network_from_rows, network_rows

                spanish = network_from_rows("es", network_rows(store=store, lang="es",
                                                               involvements=english_rows["network-involvements"]))
                write_default_pages(store, staging / "explorer", site_root="../",
                                    networks={"en": data.network, "es": spanish})
                clock.lap("explorer")

        def index_timeline() -> None:
            for lang in ("en", "es"):
                ctx = P.index_page(data, lang, generated, explorer_links)
                renderer.write("index.html", ctx, staging / ("index" + P.suffix(lang)))
                renderer.write("timeline.html", P.timeline_page(data, lang), staging / ("timeline" + P.suffix(lang)))

        if parallel:  # this process writes the network views while the workers write the other pages
            workers.in_processes(render, todo, jobs, meanwhile=network_views, first=index_timeline)
            clock.lap("entity_pages")  # and the index and the timeline, written by a worker
        else:
            network_views()
            index_timeline()
            clock.lap("index_timeline")
            for item in todo:
                render(item)
            clock.lap("entity_pages")
        report.pages += 4
        report.pages += 2 * len(todo)
        report.data_files += 2 * len(todo)
        for _, kind in todo:
            report.entities[kind] = report.entities.get(kind, 0) + 1
        if data_files is not None:
            data_files.join("writing the entities' data files")
            data_files = None
            clock.lap("data_files_wait")
        _swap(staging, out)
        clock.lap("swap")
    except BaseException:
        if data_files is not None:
            data_files.stop()
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return report


def _entity_count(store: Any) -> int:
    """How many events and institutions the store holds (a cheap count, before the site's queries)."""
    from rcpkg.namespaces import RCP_IRI

    rows = store.query(f"SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE {{ VALUES ?c {{ <{RCP_IRI}Event> <{RCP_IRI}Institution> }} "
                       "?e a ?c }", use_default_graph_as_union=True)
    return int(next(iter(rows))[0].value)


class _Clock:
    """Seconds spent in each stage of writing the site (the build report and the benchmark show them)."""

    def __init__(self) -> None:
        import time

        self._now = time.perf_counter
        self._last = self._now()
        self.laps: dict[str, float] = {}

    def lap(self, stage: str) -> None:
        now = self._now()
        self.laps[stage] = round(self.laps.get(stage, 0.0) + now - self._last, 3)
        self._last = now


class _EntityWriter:
    """Writes one entity's pages (English, Spanish) and data files (Turtle, JSON-LD)."""

    def __init__(self, data, rolled, entity_data, renderer, staging: Path, explorer_links: list[dict]):
        self.data, self.rolled, self.entity_data = data, rolled, entity_data
        self.renderer, self.staging = renderer, staging
        names = {x["href"] for x in explorer_links}
        # the network view in the page's language, when written
        self.views = {lang: (view if view in names else "explorer/network.html") if names else None
                      for lang, view in (("en", "explorer/network.html"), ("es", "explorer/network.es.html"))}

    def __call__(self, item: tuple[str, str]) -> None:
        from rcpkg.viz.site import pages as P
        from rcpkg.viz.site.model import page_path

        iri, kind = item
        path = page_path(iri)
        for lang in ("en", "es"):
            if kind == "institution":
                ctx = P.institution_page(self.data, self.rolled, iri, lang)
                if self.views[lang]:
                    ctx["explorer_network"] = ctx["link"].root + self.views[lang]
            elif kind == "event":
                ctx = P.event_page(self.data, iri, lang)
            else:
                ctx = P.theme_page(self.data, iri, lang)
            self.renderer.write(f"{kind}.html", ctx, self.staging / (path + P.suffix(lang)))
        if self.entity_data is None:  # written by a process of their own
            return
        triples = self.entity_data.get(iri, [])
        for fmt in ("ttl", "jsonld"):
            (self.staging / f"{path}.{fmt}").write_bytes(serialize_ox(triples, fmt))


def _swap(staging: Path, out: Path) -> None:
    """Put the new site in place of the old one (the old one removed once the new one is there)."""
    os.chmod(staging, 0o755)
    if out.exists():
        old = out.with_name(f".{out.name}.old")
        shutil.rmtree(old, ignore_errors=True)
        out.rename(old)
        staging.rename(out)
        shutil.rmtree(old, ignore_errors=True)
    else:
        staging.rename(out)
