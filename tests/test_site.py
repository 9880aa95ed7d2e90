"""The research site (`rcpkg site`, `rcpkg build`'s site, `rcpkg serve`'s entity IRIs) on the real
graph built from the bundled data: the pages, their links, their data files, the counting of
roles, escaping, and content negotiation."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import urllib.error
import urllib.request
from html.parser import HTMLParser
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef

from query_support import REPO, free_port, rcpkg
from rcpkg.viz.site.model import fold, page_path

ID = "https://w3id.org/rcpkg/id/"
HOSTILE_IMG = "<img src=x onerror=alert(1)>"
HOSTILE_SCRIPT = "</script><script>alert(1)</script>"


@pytest.fixture(scope="module")
def site(built_store, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("site") / "site"
    done = rcpkg("site", "--store", str(built_store), "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert "pages" in done.stderr and "network views" in done.stderr
    return out


class Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.hrefs: list[str] = []
        self.tags: list[tuple[str, dict]] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.append((tag, attrs))
        for key in ("href", "src"):
            if attrs.get(key):
                self.hrefs.append(attrs[key])


def parse(path: Path) -> Links:
    parser = Links()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


@pytest.mark.parametrize("iri, path", [
    (ID + "org/iom", "id/org/iom"),
    (ID + "event/a45827a516b228a7", "id/event/a45827a516b228a7"),
    (ID + "theme/gender", "id/theme/gender"),
    (ID + "place/city/3621849", None),  # no page for places
    (ID + "org/../../etc", None),
    (ID + "org/a/b", None),
    ("https://example.org/id/org/iom", None),
    (ID + "org/", None),
])
def test_only_safe_entity_iris_get_a_page(iri, path):
    assert page_path(iri) == path


def test_search_folds_case_and_accents():
    assert fold("Organización Internacional") == "organizacion internacional"


def test_every_page_is_written_in_both_languages_with_its_data(site, built_store):
    import pyoxigraph as ox

    store = ox.Store.read_only(str(built_store))
    institutions = {str(r["i"].value) for r in store.query(
        "SELECT DISTINCT ?i WHERE { ?i a <https://w3id.org/rcpkg/ontology#Institution> }",
        use_default_graph_as_union=True)}
    events = {str(r["e"].value) for r in store.query(
        "SELECT DISTINCT ?e WHERE { ?e a <https://w3id.org/rcpkg/ontology#Event> }", use_default_graph_as_union=True)}
    assert len(institutions) > 50 and len(events) > 40  # the page's 40 and the reference's editions
    for iri in institutions | events:
        base = site / page_path(iri)
        for suffix in (".html", ".es.html", ".ttl", ".jsonld"):
            assert base.with_name(base.name + suffix).is_file(), f"{iri}: no {suffix}"
    for name in ("index.html", "index.es.html", "timeline.html", "timeline.es.html", "assets/site.css",
                 "explorer/network.html", "explorer/network.es.html"):
        assert (site / name).is_file(), name


def test_every_link_between_pages_resolves_and_none_leaves_except_to_sources(site):
    pages = sorted(site.rglob("*.html"))
    assert len(pages) > 200
    checked = 0
    for page in pages:
        if page.parent.name == "explorer":
            continue
        links = parse(page)
        for tag, attrs in links.tags:
            # no script, style sheet or image from anywhere else
            if tag == "script":
                assert "src" not in attrs, f"{page}: external script"
            if tag in ("link", "img", "iframe"):
                target = attrs.get("href") or attrs.get("src") or ""
                assert not re.match(r"^[a-z]+:", target), f"{page}: loads {target}"
        for href in links.hrefs:
            if re.match(r"^(https?|file|mailto):", href):  # a source page, linked (never loaded)
                continue
            target = href.split("#")[0]
            if not target:
                continue
            assert (page.parent / target).resolve().is_file(), f"{page}: broken link {href}"
            checked += 1
    assert checked > 1000


def test_institution_page_shows_the_type_by_its_name_roles_and_evidence(site):
    html = (site / "id/org/iom.html").read_text(encoding="utf-8")
    assert "Intergovernmental organization" in html and "IntergovernmentalOrganization" not in html
    assert "Organización Internacional para las Migraciones" in html  # both languages' names
    assert "https://w3id.org/rcpkg/id/org/iom" in html
    assert 'href="iom.ttl"' in html and 'href="iom.jsonld"' in html
    assert "Regional Conference on Migration" in html and "Observer" in html  # its membership
    assert "https://crmsv.org/events?page=3" in html  # evidence links to its source
    assert "<svg" in html  # the ego network
    es = (site / "id/org/iom.es.html").read_text(encoding="utf-8")
    assert '<html lang="es">' in es and "Organismo intergubernamental" in es and "Socios" in es


def test_mentions_are_listed_labelled_and_never_counted_as_partners(site, built_store):
    from rcpkg.viz.site import load_site_data
    from rcpkg.viz.site.pages import institution_page

    data = load_site_data(store=built_store)
    rolled = data.network.rolled_up()
    mentioned = {(i.institution, i.event) for i in data.network.involvements if i.role == "mentioned"}
    counted = {(i.institution, i.event) for i in rolled.involvements if i.role != "mentioned"}
    only = sorted({inst for inst, ev in mentioned if not any(c == (inst, ev) for c in counted)
                   and not any(c[0] == inst for c in counted)})
    assert only, "the bundled data has institutions that are only mentioned"
    inst = only[0]
    page = institution_page(data, rolled, inst, "en")
    assert page["partners"] == [] and page["years"] == [] and page["undated"] == 0
    assert page["mentioned_only"] and [r["role"] for r in page["roles"]] == ["mentioned"]
    # and nobody counts it as a partner
    rcm = institution_page(data, rolled, ID + "org/rcm", "en")
    assert inst not in {p["iri"] for p in rcm["partners"]}
    assert rcm["is_process"] and rcm["bodies"] and rcm["presidencies"] and rcm["series"]


def event_iri(store: Path, label: str) -> str:
    from rcpkg import sparql

    # a page's title, or (for a reference edition: "XXI RCM") its alternate name
    rows = sparql.run("SELECT DISTINCT ?e WHERE { ?e a <https://w3id.org/rcpkg/ontology#Event> ; "
                      "<http://www.w3.org/2000/01/rdf-schema#label>|<https://schema.org/alternateName> ?l "
                      "FILTER(STR(?l) = ?label) }",
                      {"label": Literal(label)}, store=store).rows
    assert len(rows) == 1, label
    return str(rows[0]["e"])


def test_event_page_has_series_neighbours_involvements_and_themes(site, built_store):
    xxi = event_iri(built_store, "XXI RCM")
    html = (site / (page_path(xxi) + ".html")).read_text(encoding="utf-8")
    assert "XXI RCM" in html and "2016-11-15" in html and "San Pedro Sula" in html
    assert "Previous edition" in html and page_path(event_iri(built_store, "XX RCM")).rsplit("/")[-1] + ".html" in html
    assert "Next edition" in html and page_path(event_iri(built_store, "XXII RCM")).rsplit("/")[-1] + ".html" in html
    assert "Vice-ministerial meeting" in html


def test_timeline_counts_undated_events_apart(site, built_store):
    html = (site / "timeline.html").read_text(encoding="utf-8")
    undated = re.search(r'<ul class="undated">(.*?)</ul>', html, re.S).group(1)
    data = json.loads(re.search(r'<script type="application/json" id="timeline-data">(.*?)</script>',
                                html, re.S).group(1))
    from rcpkg.viz.source import fetch

    rows = fetch("network-events", store=built_store).rows  # the page's 40 events and the reference's editions
    count = int(re.search(r'id="undated-count">(\d+)<', html).group(1))
    assert 0 < count < len(rows) and undated.count("<li") == count
    assert len(data["events"]) == len(rows) and "rcm" in data["processes"]


def test_entity_data_files_hold_the_entity_triples(site):
    g = Graph().parse(site / "id/org/iom.ttl", format="turtle")
    iom = URIRef(ID + "org/iom")
    pref = URIRef("http://www.w3.org/2004/02/skos/core#prefLabel")
    assert (iom, pref, Literal("International Organization for Migration", lang="en")) in g
    assert any(g.triples((None, URIRef("https://w3id.org/rcpkg/ontology#agent"), iom)))  # its involvements
    j = Graph().parse(site / "id/org/iom.jsonld", format="json-ld")
    assert (iom, pref, Literal("Organización Internacional para las Migraciones", lang="es")) in j


@pytest.fixture(scope="module")
def hostile_store(tmp_path_factory):
    src = tmp_path_factory.mktemp("hostile-src")
    (src / "page.txt").write_text(
        "Skip to main content\n"
        f"Workshop {HOSTILE_IMG} with IOM Workshop {HOSTILE_IMG} with IOM San José\n"
        f"Meeting {HOSTILE_SCRIPT} of the RCM Meeting {HOSTILE_SCRIPT} of the RCM\n\n"
        "Comments: the meeting is convened by IOM and supported by UNHCR.\n\n"
        "Tegucigalpa\n\nDesign by the web team\n", encoding="utf-8")
    (src / "sources.yaml").write_text(
        "pages:\n  - file: page.txt\n    url: https://example.org/hostile-events\n    lang: en\n"
        "    layout: listing\n", encoding="utf-8")
    store = tmp_path_factory.mktemp("hostile") / "store"
    done = rcpkg("build", "--sources", str(src), "--store", str(store), "-q")
    assert done.returncode == 0, done.stderr
    return store


def test_build_writes_the_site_beside_its_store_and_hostile_text_stays_text(hostile_store):
    site = hostile_store.parent / "store-site"
    assert (site / "index.html").is_file() and (site / "explorer" / "network.html").is_file()
    assert not (hostile_store.parent / "explorer").exists()
    for page in site.rglob("*.html"):
        if page.parent.name == "explorer":
            continue
        text = page.read_text(encoding="utf-8")
        assert HOSTILE_IMG not in text and HOSTILE_SCRIPT not in text, page
        assert "<script>alert" not in text
    titles = " ".join(p.read_text(encoding="utf-8") for p in (site / "id" / "event").glob("*.html"))
    assert "Workshop &lt;img src=x onerror=alert(1)&gt; with IOM" in titles


def test_two_stores_in_one_folder_keep_their_own_pages(tmp_path, built_store):
    import shutil

    for name in ("a", "b"):
        shutil.copytree(built_store, tmp_path / name)
        done = rcpkg("site", "--store", str(tmp_path / name), "--no-explorer")
        assert done.returncode == 0, done.stderr
    assert (tmp_path / "a-site" / "index.html").is_file() and (tmp_path / "b-site" / "index.html").is_file()
    assert not (tmp_path / "a-site" / "explorer").exists()


def test_site_without_a_store_exits_2(tmp_path):
    done = rcpkg("site", "--store", str(tmp_path / "nothing"), "--out", str(tmp_path / "out"))
    assert done.returncode == 2 and "rcpkg build" in done.stderr and "Traceback" not in done.stderr
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("accept, expected", [
    (None, "html"), ("*/*", "html"), ("text/html,application/xhtml+xml,*/*;q=0.8", "html"),
    ("text/turtle", "ttl"), ("application/n-triples", "nt"), ("application/ld+json", "jsonld"),
    ("text/turtle;q=0.5, application/ld+json", "jsonld"), ("image/png", "html"),
    ("application/ld+json;q=0, text/turtle;q=0.1", "ttl"),
])
def test_content_negotiation_choice(accept, expected):
    from rcpkg.serve import negotiate

    assert negotiate(accept) == expected


@pytest.mark.server
def test_serve_resolves_entity_iris_by_content_negotiation(built_store, site, tmp_path):
    port = free_port()
    process = subprocess.Popen([sys.executable, "-m", "rcpkg", "serve", "--store", str(built_store), "--site", str(site),
                                "--port", str(port)], stderr=subprocess.PIPE, text=True, cwd=str(REPO))
    try:
        for line in process.stderr:
            if "SPARQL endpoint" in line:
                break
        base = f"http://127.0.0.1:{port}"

        def get(path, accept=None):
            req = urllib.request.Request(base + path, headers={"Accept": accept} if accept else {})
            with urllib.request.urlopen(req, timeout=30) as r:
                return r.status, r.headers, r.read().decode("utf-8")

        status, headers, body = get("/id/org/iom", "text/turtle")
        assert status == 200 and headers["Content-Type"].startswith("text/turtle") and "Accept" in headers["Vary"]
        g = Graph().parse(data=body, format="turtle")
        assert (URIRef(ID + "org/iom"), URIRef("http://www.w3.org/2000/01/rdf-schema#label"),
                Literal("International Organization for Migration", lang="en")) in g
        status, headers, body = get("/id/org/iom", "text/html,application/xhtml+xml,*/*;q=0.8")
        assert headers["Content-Type"].startswith("text/html") and "<h1>International Organization for Migration" in body
        _, headers, body = get("/id/org/iom", "application/ld+json")
        assert Graph().parse(data=body, format="json-ld")
        _, headers, body = get("/" + page_path(event_iri(built_store, "XXI RCM")), "application/n-triples")
        assert "XXI RCM" in body and headers["Content-Type"] == "application/n-triples"
        assert get("/")[2].count("<h1>") == 1 and "search-index" in get("/")[2]
        with pytest.raises(urllib.error.HTTPError) as missing:
            get("/id/org/no-such-thing", "text/turtle")
        assert missing.value.code == 404
        with pytest.raises(urllib.error.HTTPError) as outside:
            get("/%2e%2e/%2e%2e/etc/passwd")
        assert outside.value.code == 404
        # the same site from the endpoint as from the store: one source of truth
        remote = tmp_path / "remote-site"
        done = rcpkg("site", "--endpoint", f"{base}/query", "--out", str(remote))
        assert done.returncode == 0, done.stderr
        no_views = re.compile(r'<p><a href="[./]*explorer/[^"]*">[^<]*</a></p>')  # no network views from an endpoint
        for name in ("id/org/iom.html", "id/org/rcm.es.html", "timeline.html",
                     page_path(event_iri(built_store, "XXI RCM")) + ".html"):
            assert (remote / name).read_text(encoding="utf-8") == \
                no_views.sub("", (site / name).read_text(encoding="utf-8")), name
        assert not (remote / "explorer").exists()
    finally:
        process.terminate()
        process.wait(15)


def test_gexf_carries_years_for_gephis_timeline(tmp_path):
    """Issue 16: the GEXF export is dynamic (start/end years) so that Gephi's timeline works."""
    import networkx as nx

    from rcpkg.viz.export import write_network
    from vizhelp import make_data, org

    data = make_data({"a": (2015, ("t",)), "b": (2018, ()), "c": (None, ())},
                     [("a", "iom", "convener"), ("a", "unhcr", "supporter"), ("b", "iom", "host"),
                      ("b", "unhcr", "participant"), ("c", "iom", "host"), ("c", "rcm", "participant")])
    out = tmp_path / "n.gexf"
    write_network("gexf", out, data=data)
    assert 'mode="dynamic"' in out.read_text(encoding="utf-8")
    g = nx.read_gexf(out)
    both = g.edges[org("iom"), org("unhcr")]
    assert (both["start"], both["end"], both["years"]) == (2015, 2018, "2015-2018")
    assert both["source_roles"] == "convener | host" and both["target_roles"] == "supporter | participant"
    undated = g.edges[org("iom"), org("rcm")]
    assert "start" not in undated and "years" not in undated  # no dated event: no span, never a guess
    assert g.nodes[org("iom")]["start"] == 2015 and "start" not in g.nodes[org("rcm")]


def test_the_bulk_entity_query_gives_what_the_one_entity_query_gives(built_store):
    """site-entity-data (the site's one query) and site-entity-triples (rcpkg serve's) agree."""
    from rcpkg.viz.site import all_entity_triples, entity_triples

    bulk = all_entity_triples(store=built_store)
    assert len(bulk) > 100
    for iri in sorted(bulk):
        assert set(bulk[iri]) == set(entity_triples(iri, store=built_store)), iri


def test_pages_written_by_two_processes_are_the_pages_written_by_one(built_store, tmp_path):
    from rcpkg.viz.site import write_site

    one = write_site(tmp_path / "one", store=built_store, generated="2026-01-01 00:00 UTC", jobs=1)
    two = write_site(tmp_path / "two", store=built_store, generated="2026-01-01 00:00 UTC", jobs=2, parallel_from=0)
    assert (one.pages, one.data_files, one.entities) == (two.pages, two.data_files, two.entities)
    files = sorted(p.relative_to(tmp_path / "one") for p in (tmp_path / "one").rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(tmp_path / "two") for p in (tmp_path / "two").rglob("*") if p.is_file())
    assert len(files) > 500
    for rel in files:
        assert (tmp_path / "one" / rel).read_bytes() == (tmp_path / "two" / rel).read_bytes(), rel


def test_the_spanish_network_built_on_the_english_involvements_is_the_spanish_network(built_store):
    """The site's Spanish network view reuses network-involvements' English rows (only their labels
    depend on the language, and those are read only for what the other queries do not list)."""
    from rcpkg.viz.source import load_network, network_from_rows, network_rows

    english = network_rows(store=built_store, lang="en")
    reused = network_from_rows("es", network_rows(store=built_store, lang="es",
                                                  involvements=english["network-involvements"]))
    spanish = load_network(store=built_store, lang="es")
    assert reused == spanish and len(spanish.involvements) > 20
    en = network_from_rows("en", english)
    assert any(spanish.institutions[i].label != en.institutions[i].label for i in en.institutions)
    # an involvement of an event the Spanish queries do not list: network-involvements runs in Spanish
    odd = [dict(english["network-involvements"][0], event=URIRef("https://w3id.org/rcpkg/id/event/not-listed"))]
    rows = network_rows(store=built_store, lang="es", involvements=odd)
    assert rows["network-involvements"] == network_rows(store=built_store, lang="es")["network-involvements"]
