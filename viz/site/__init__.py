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

import os
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


def site_dir(store: Path | str) -> Path:
    """Where `rcpkg build` and `rcpkg site` write a store's site: `<store>-site` beside it, so two
    stores in one folder keep their own pages."""
    store = Path(store)
    return store.parent / f"{store.name}-site"


def load_site_data(*, store: Any = None, endpoint: str | None = None):
    """Run the site's queries and return a `SiteData`."""
    from rdflib import Literal

    from rcpkg.viz.site.model import SiteData
    from rcpkg.viz.source import fetch, load_network

    if isinstance(store, (str, Path)):
        from rcpkg.store import open_store

        store = open_store(store)
    network = load_network(store=store, endpoint=endpoint, lang="en")
    rows = {name: fetch(name, store=store, endpoint=endpoint).rows for name in SITE_QUERIES}
    terms = {lang: fetch("site-terms", {"lang": Literal(lang)}, store=store, endpoint=endpoint).rows
             for lang in ("en", "es")}
    return SiteData.from_rows(network, rows, terms)


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


def serialize(triples: list[tuple], fmt: str) -> bytes:
    """Turtle, N-Triples or JSON-LD of rdflib-term triples (with the project's prefixes)."""
    import pyoxigraph as ox

    from rcpkg.export import PREFIXES
    from rcpkg.oxi import ToOxigraph

    formats = {"ttl": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "jsonld": ox.RdfFormat.JSON_LD}
    conv = ToOxigraph()
    oxt = [ox.Triple(conv.term(s), conv.term(p), conv.term(o)) for s, p, o in triples]
    # no prefix for rcpkg's own instances and graphs: `id:org\/iom` is valid Turtle but hard to read
    prefixes = {k: v for k, v in PREFIXES.items() if k not in ("id", "graph")}
    kwargs = {} if fmt == "nt" else {"prefixes": prefixes}
    return ox.serialize(oxt, format=formats[fmt], **kwargs)


def write_site(out: Path, *, store: Any = None, endpoint: str | None = None, explorer: bool = True,
               generated: str | None = None, jobs: int | None = None,
               parallel_from: int = PARALLEL_FROM) -> SiteReport:
    """Write the whole site into `out` (replaced atomically: built beside it, then swapped in).

    The entity pages are rendered by `jobs` processes (default: up to 2 cores) when there are
    `parallel_from` entities or more; each writes its own files, so the result is the same."""
    from rcpkg.viz.site import pages as P
    from rcpkg.viz.site.model import page_path
    from rcpkg.viz.site.render import Renderer

    out = Path(out)
    if out.exists() and not out.is_dir():
        raise UsageError("the site's output must be a folder", value=str(out))
    if isinstance(store, (str, Path)):
        from rcpkg.store import open_store

        store = open_store(store)
    data = load_site_data(store=store, endpoint=endpoint)
    rolled = data.network.rolled_up()
    generated = generated or datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    out.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out.name}.", dir=out.parent))
    report = SiteReport(str(out))
    try:
        renderer = Renderer()
        (staging / "assets").mkdir()
        for name in ("site.css",):
            shutil.copyfile(_HERE / "assets" / name, staging / "assets" / name)
        explorer_links: list[dict] = []
        if explorer:
            from rcpkg.viz.explorer import write_default_pages

            written = write_default_pages(store, staging / "explorer", site_root="../",
                                          networks={"en": data.network}) if store is not None else []
            report.explorer = [str(out / "explorer" / p.name) for p in written]
            explorer_links = [{"href": "explorer/" + p.name, "key": p.name.split(".")[0],
                               "lang": "es" if ".es." in p.name else "en"} for p in written]
        entities = ([(i, "institution") for i in data.institutions] + [(t, "theme") for t in data.themes]
                    + [(e, "event") for e in data.network.events])
        todo = [(iri, kind) for iri, kind in entities if page_path(iri)]
        entity_data = all_entity_triples(store=store, endpoint=endpoint)
        render = _EntityWriter(data, rolled, entity_data, renderer, staging, explorer_links)
        jobs = jobs if jobs is not None else min(2, os.cpu_count() or 1)
        if jobs > 1 and len(todo) >= parallel_from:
            _in_processes(render, todo, jobs)
        else:
            for item in todo:
                render(item)
        report.pages += 2 * len(todo)
        report.data_files += 2 * len(todo)
        for _, kind in todo:
            report.entities[kind] = report.entities.get(kind, 0) + 1
        for lang in ("en", "es"):
            ctx = P.index_page(data, lang, generated, explorer_links)
            renderer.write("index.html", ctx, staging / ("index" + P.suffix(lang)))
            renderer.write("timeline.html", P.timeline_page(data, lang), staging / ("timeline" + P.suffix(lang)))
            report.pages += 2
        _swap(staging, out)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return report


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
        triples = self.entity_data.get(iri, [])
        for fmt in ("ttl", "jsonld"):
            (self.staging / f"{path}.{fmt}").write_bytes(serialize(triples, fmt))


def _in_processes(write: _EntityWriter, todo: list[tuple[str, str]], jobs: int) -> None:
    """Run `write` over `todo` in `jobs` forked processes (they inherit the records; none touches
    the store). A process that fails fails the site."""
    import multiprocessing

    from rcpkg.errors import RcpkgError

    def work(part: list[tuple[str, str]]) -> None:
        for item in part:
            write(item)

    ctx = multiprocessing.get_context("fork")
    procs = [ctx.Process(target=work, args=(todo[k::jobs],), daemon=True) for k in range(jobs)]
    for p in procs:
        p.start()
    try:
        for p in procs:
            p.join()
    finally:
        for p in procs:
            if p.is_alive():
                p.terminate()
                p.join()
    failed = [p.exitcode for p in procs if p.exitcode != 0]
    if failed:
        raise RcpkgError(f"writing the site's pages failed in {len(failed)} of {jobs} processes "
                         f"(exit codes {failed})")


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
