"""The research site in headless Chromium, on the real graph built from the bundled data: the index,
an institution, a process, an event, a theme and the timeline open from file://, link to one another,
search in English and Spanish, filter, keep hostile text inert, make no request off the page, can be
used with the keyboard alone, and have no serious or critical accessibility violation (axe-core,
vendored in viz/vendor/axe.min.js).

Uses Debian's /usr/bin/chromium through playwright, as tests/test_viz_browser.py does; under CI=true
nothing skips. Screenshots go to tests/artifacts/.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from browser_support import ARTIFACTS, CHROMIUM, HOSTILE_IMG, HOSTILE_SCRIPT, launch, playwright_or_skip
from browser_support import Browser as BrowserBase
from query_support import rcpkg

pytestmark = pytest.mark.browser

AXE = Path(__file__).resolve().parent.parent / "viz" / "vendor" / "axe.min.js"
ID = "https://w3id.org/rcpkg/id/"


class Browser(BrowserBase):
    """A site page; console errors count too (a script or style the page's CSP blocks shows there)."""

    def __init__(self, context):
        super().__init__(context, console=True)

    def wait_ready(self, timeout: int = 30_000):
        super().wait_ready(timeout)


@pytest.fixture(scope="module")
def playwright_instance():
    with playwright_or_skip() as p:
        yield p


@pytest.fixture(scope="module")
def context(playwright_instance, tmp_path_factory):
    ctx = launch(playwright_instance, tmp_path_factory.mktemp("user-data"), width=1280)
    yield ctx
    ctx.close()


@pytest.fixture
def browser(context):
    b = Browser(context)
    yield b
    b.page.close()


@pytest.fixture(scope="module")
def site(built_store, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("site") / "site"
    done = rcpkg("site", "--store", str(built_store), "--out", str(out))
    assert done.returncode == 0, done.stderr
    return out


@pytest.fixture(scope="module")
def data(built_store):
    from rcpkg.viz.site import load_site_data

    return load_site_data(store=built_store)


def shot(page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / name), full_page=False)


def visible_rows(page) -> list[str]:
    return page.eval_on_selector_all("li[data-n]:not([hidden]) a", "els => els.map(e => e.textContent)")


# -- search ---------------------------------------------------------------------------


@pytest.mark.parametrize("page_name, query, expected", [
    ("index.html", "OIM", "International Organization for Migration (IOM)"),  # the Spanish acronym, English page
    ("index.html", "migracion regional conferencia", "Regional Conference on Migration (RCM)"),  # no accent
    ("index.es.html", "IOM", "Organización Internacional para las Migraciones (OIM)"),
    ("index.es.html", "Conferencia Suramericana", "Conferencia Suramericana sobre Migraciones (CSM)"),
    ("index.es.html", "plenary meeting", "I Reunión Plenaria de la CRM y la CSM"),
])
def test_search_finds_names_and_acronyms_in_both_languages(browser, site, page_name, query, expected):
    page = browser.open(site / page_name)
    browser.wait_ready()
    page.fill("#search", query)
    results = page.eval_on_selector_all("#search-results a", "els => els.map(e => e.textContent)")
    assert expected in results
    assert page.inner_text("#search-count")
    page.click(f"#search-results a:text-is({json.dumps(expected, ensure_ascii=False)})")
    page.wait_for_load_state()
    assert page.inner_text("h1").startswith(expected.split(" (")[0])
    browser.check_clean()


# -- following links ----------------------------------------------------------------------


def test_index_process_event_theme_institution_timeline_link_up(browser, site, data):
    page = browser.open(site / "index.html")
    browser.wait_ready()
    assert "What the graph holds" in page.inner_text("#h-counts")
    shot(page, "site-index.png")
    page.click("section[aria-labelledby=h-processes] a:text-is('Regional Conference on Migration')")
    assert page.inner_text("h1") == "Regional Conference on Migration"
    body = page.inner_text("main")
    for heading in ("Bodies", "Presidency pro tempore", "Members and observers", "Editions",
                    "Events over time", "Who convenes and supports"):
        assert heading in body, heading
    assert "Consultative process" in body or "Regional consultative process" in body
    shot(page, "site-process.png")
    # an edition of the conference series
    # (the reference's edition: its label the reference's name, the seed page's "XXI RCM" an alternate name)
    page.click("section[aria-labelledby^=h-series] a:text-is('XXI Regional Conference on Migration')")
    assert page.inner_text("h1") == "XXI Regional Conference on Migration"
    assert "2016-11-15" in page.inner_text("main") and "Next edition" in page.inner_text("main")
    page.click("dl.facts dt:text-is('Next edition') + dd a")
    assert page.inner_text("h1") == "XXII Regional Conference on Migration"
    page.click("dl.facts dt:text-is('Previous edition') + dd a")
    assert page.inner_text("h1") == "XXI Regional Conference on Migration"
    # an event with themes, then its theme
    disaster = next(e for e, ev in data.network.events.items() if ID + "theme/disasters-climate-change" in ev.themes)
    from rcpkg.viz.site.model import page_path

    page.goto((site / (page_path(disaster) + ".html")).as_uri())
    assert "Who took part, in what role" in page.inner_text("main")
    shot(page, "site-event.png")
    page.click("section[aria-labelledby=h-themes] a")
    assert "Who convenes and supports" in page.inner_text("main")
    theme_title = page.inner_text("h1")
    assert theme_title == data.label(ID + "theme/disasters-climate-change", "en")
    shot(page, "site-theme.png")
    # from the theme to an institution that convened or supported one of its events
    page.click("section[aria-labelledby=h-actors] tbody a >> nth=0")
    assert "Events by role" in page.inner_text("main") and "Partners" in page.inner_text("main")
    # and the language switch keeps the page
    page.click("#lang-switch")
    assert page.evaluate("document.documentElement.lang") == "es"
    assert "Eventos por papel" in page.inner_text("main")
    page.click("nav >> text=Cronología")
    browser.wait_ready()
    assert page.inner_text("h1") == "Cronología"
    browser.check_clean()


def test_institution_page_evidence_and_ego_network(browser, site):
    page = browser.open(site / "id/org/iom.html")
    assert page.inner_text("h1") == "International Organization for Migration"
    facts = page.inner_text("dl.facts")
    assert "Intergovernmental organization" in facts and "https://w3id.org/rcpkg/id/org/iom" in facts
    assert page.locator("blockquote.quote").count() > 0
    assert page.locator("figure.ego svg circle").count() >= 2
    # the network views are linked from the page and exist
    href = page.get_attribute("a:text-is('Institutions linked by shared events')", "href")
    assert (site / "id/org" / href).resolve().is_file()
    shot(page, "site-institution.png")
    browser.check_clean()


# -- timeline filters ------------------------------------------------------------------------


def expected_timeline(data, *, process=None, institution=None, theme=None, roles=None) -> int:
    from rcpkg.viz.roles import roles_from

    counted = roles or roles_from()
    n = 0
    for e, ev in data.network.events.items():
        if process and process not in data.network.event_processes(e):
            continue
        if theme and theme not in ev.themes:
            continue
        if institution or roles:
            if not any(i.event == e and (institution is None or i.institution == institution) and i.role in counted
                       for i in data.network.involvements):
                continue
        n += 1
    return n


def test_timeline_filters_count_and_stay_in_the_address(browser, site, data):
    page = browser.open(site / "timeline.html")
    browser.wait_ready()
    total = len(data.network.events)  # the bundled page's events and the reference's editions
    undated = sum(1 for e in data.network.events.values() if e.year is None)
    assert total > 40 and len(visible_rows(page)) == total
    assert "Undated events:" in page.inner_text("#tl-count")
    page.select_option("#f-process", label="Regional Conference on Migration (RCM)")
    rcm = expected_timeline(data, process=ID + "org/rcm")
    assert 0 < rcm < total and len(visible_rows(page)) == rcm
    assert "process=rcm" in page.evaluate("location.hash")
    page.select_option("#f-inst", label="International Organization for Migration (IOM)")
    both = expected_timeline(data, process=ID + "org/rcm", institution=ID + "org/iom")
    assert len(visible_rows(page)) == both
    page.select_option("#f-role", "any")
    with_mentions = expected_timeline(data, process=ID + "org/rcm", institution=ID + "org/iom",
                                      roles=frozenset(["convener", "organizer", "host", "funder", "coordinator",
                                                       "supporter", "participant", "mentioned"]))
    assert len(visible_rows(page)) == with_mentions >= both
    shared = page.evaluate("location.href")
    assert "inst=iom" in shared and "role=any" in shared
    # a shared address opens with the same filters
    page.goto("about:blank")
    page.goto(shared)
    browser.wait_ready()
    assert page.input_value("#f-role") == "any" and len(visible_rows(page)) == with_mentions
    page.click("#f-reset")
    page.select_option("#f-theme", label=data.label(ID + "theme/disasters-climate-change", "en"))
    assert len(visible_rows(page)) == expected_timeline(data, theme=ID + "theme/disasters-climate-change")
    page.click("#f-reset")
    assert len(visible_rows(page)) == total and page.evaluate("location.hash") == ""
    shot(page, "site-timeline.png")
    browser.check_clean()


# -- hostile text ----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory) -> Path:
    """A site written by the real `rcpkg build` from a page whose titles are hostile HTML."""
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
    return store.parent / "store-site"


def test_hostile_titles_stay_inert_and_literal(browser, hostile_site):
    page = browser.open(hostile_site / "index.html")
    browser.wait_ready()
    page.fill("#search", "onerror")
    assert page.inner_text("#search-results a") == f"Workshop {HOSTILE_IMG} with IOM"
    page.click("#search-results a")
    assert page.inner_text("h1") == f"Workshop {HOSTILE_IMG} with IOM"
    assert page.evaluate("document.querySelectorAll('img').length") == 0
    assert page.evaluate("document.scripts.length") == 0  # an entity page runs no script at all
    browser.open(hostile_site / "timeline.html")
    browser.wait_ready()
    assert f"Meeting {HOSTILE_SCRIPT} of the RCM" in visible_rows(page)
    assert page.evaluate("document.querySelectorAll('img').length") == 0
    assert page.evaluate("Array.from(document.scripts).filter(s => !s.type).length") == 1  # site.js only
    page.wait_for_timeout(300)  # give any injected handler a chance to fire
    shot(page, "site-hostile.png")
    browser.check_clean()


# -- keyboard and accessibility -----------------------------------------------------------------


def tab_through(page, presses: int) -> list[str]:
    seen = []
    for _ in range(presses):
        page.keyboard.press("Tab")
        seen.append(page.evaluate("(() => { const e = document.activeElement;"
                                  " return e.id || e.tagName.toLowerCase() + ':' + (e.textContent || '').trim(); })()"))
    return seen


def test_every_control_is_reachable_by_keyboard(browser, site, data):
    page = browser.open(site / "timeline.html")
    browser.wait_ready()
    seen = tab_through(page, 12)
    assert seen[0].startswith("a:") and "Skip" in seen[0]
    for control in ("f-process", "f-inst", "f-theme", "f-role", "f-reset"):
        assert control in seen, (control, seen)
    page.focus("#f-theme")
    page.keyboard.press("ArrowDown")  # a keyboard choice filters as a click does
    assert len(visible_rows(page)) < len(data.network.events)
    page = browser.open(site / "index.html")
    browser.wait_ready()
    assert "search" in tab_through(page, 6)
    page.keyboard.type("OIM")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "International Organization for Migration (IOM)"
    page.keyboard.press("Enter")
    page.wait_for_load_state()
    assert page.inner_text("h1") == "International Organization for Migration"
    browser.check_clean()


def axe_violations(page) -> list[dict]:
    page.evaluate(AXE.read_text(encoding="utf-8") + "\n;0")  # evaluated by the test, never part of a page
    result = page.evaluate("axe.run(document, {resultTypes: ['violations']})")
    return [{"id": v["id"], "impact": v["impact"], "nodes": [n["target"] for n in v["nodes"]][:5]}
            for v in result["violations"]]


@pytest.fixture(scope="module")
def pages(site, data):
    from rcpkg.viz.site.model import page_path

    event = next(e for e, ev in data.network.events.items() if ev.themes and any(
        i.event == e for i in data.network.involvements))
    return {"index": site / "index.html", "index-es": site / "index.es.html",
            "institution": site / "id/org/iom.html", "institution-es": site / "id/org/iom.es.html",
            "process": site / "id/org/rcm.html", "event": site / (page_path(event) + ".html"),
            "theme": site / "id/theme/disasters-climate-change.html",
            "timeline": site / "timeline.html", "timeline-es": site / "timeline.es.html"}


@pytest.mark.parametrize("name", ["index", "index-es", "institution", "institution-es", "process", "event", "theme",
                                  "timeline", "timeline-es"])
def test_no_serious_or_critical_accessibility_violation(browser, pages, name):
    page = browser.open(pages[name])
    if name.startswith(("index", "timeline")):
        browser.wait_ready()
    if name.startswith("index"):
        page.fill("#search", "mig")  # with results shown
    violations = axe_violations(page)
    bad = [v for v in violations if v["impact"] in ("serious", "critical")]
    assert bad == [], bad
    assert browser.outside == []


def test_no_skips_in_ci():
    """In CI the browser and axe-core must be there: this test fails when they are not."""
    import os

    if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
        assert Path(CHROMIUM).exists()
    assert AXE.is_file() and "axe v" in AXE.read_text(encoding="utf-8")[:200]
    assert re.search(r"\baxe\.min\.js\b", (AXE.parent / "README.md").read_text(encoding="utf-8"))


# -- the network views inside the site ---------------------------------------------------------


def test_network_view_links_to_the_site_names_types_and_follows_its_filters(browser, site, data):
    page = browser.open(site / "explorer" / "network.html")
    browser.wait_ready()
    # back to the site, and each node to its page
    assert page.get_attribute("#site-nav a", "href") == "../index.html"
    page.fill("#search", "IOM")
    page.click("#results button:text-is('International Organization for Migration')")
    details = page.inner_text("#details")
    assert "Intergovernmental organization" in details and "IntergovernmentalOrganization" not in details
    page.click("#details a:text-is('Open its page')")
    assert page.inner_text("h1") == "International Organization for Migration"
    page.go_back()
    browser.wait_ready()
    # a link's details: both roles in each shared event, and a quote with its source
    edge = page.evaluate("""(() => { const d = window.rcpkg.data.edges.find(e => e.quote && e.events);
        return d ? {from: d.from, to: d.to, roles: d.events[0].roles} : null; })()""")
    assert edge and all(edge["roles"])
    # the link count follows the filters, and the filters go into the address
    total = page.evaluate("window.rcpkg.data.edges.length")
    assert f"{total}/{total} links" in page.inner_text("#counts")
    page.select_option("#theme", ID + "theme/disasters-climate-change")
    shown = int(re.search(r"(\d+)/\d+ links", page.inner_text("#counts")).group(1))
    assert 0 < shown < total
    assert "theme=disasters-climate-change" in page.evaluate("location.hash")
    shared = page.evaluate("location.href")
    page.goto("about:blank")
    page.goto(shared)
    browser.wait_ready()
    assert page.input_value("#theme") == ID + "theme/disasters-climate-change"
    assert f"{shown}/{total} links" in page.inner_text("#counts")
    browser.check_clean()


def test_spanish_network_view_shows_spanish_types(browser, site):
    page = browser.open(site / "explorer" / "network.es.html")
    browser.wait_ready()
    page.fill("#search", "OIM")
    page.click("#results button >> nth=0")
    details = page.inner_text("#details")
    assert "Organismo intergubernamental" in details and "Abrir su página" in details
    assert page.get_attribute("#site-nav a", "href") == "../index.es.html"
    browser.check_clean()


def test_the_year_filter_says_how_many_events_have_a_year(browser, site, data):
    page = browser.open(site / "explorer" / "network.html")
    browser.wait_ready()
    events = data.network.events
    dated = sum(1 for e in events.values() if e.year is not None)
    assert 0 < dated < len(events)
    assert page.inner_text("#dated-note").startswith(f"{dated} of {len(events)} events have a year")
    browser.check_clean()


def test_the_benchmarks_site_stage_writes_the_site_and_times_each_kind_of_page(built_store, playwright_instance,
                                                                                  tmp_path):
    """`python -m benchmarks --site-only`: the site written in a fresh interpreter with its stage timings,
    and the largest page of each kind opened in headless Chromium (the figures of benchmarks/RESULTS.md)."""
    import subprocess
    import sys

    from query_support import REPO

    out = tmp_path / "site.json"
    done = subprocess.run([sys.executable, "-m", "benchmarks", "--site-only", "--store", str(built_store),
                           "--events", "0", "--work", str(tmp_path / "w"), "--json", str(out)],
                          cwd=REPO, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    result = json.loads(out.read_text(encoding="utf-8"))
    site = result["site"]
    assert result["stages"]["site"]["rcpkg_s"] > 0 and result["stages"]["site"]["rcpkg_cpu_s"] > 0
    assert site["pages"] > 300 and site["data_files"] > 300 and site["network_views"] == 4
    assert {"queries", "explorer", "entity_pages", "index_timeline", "swap"} <= set(site["timings"])
    assert list(site["open"]) == ["index", "institution", "process", "event", "theme", "timeline"]
    written = tmp_path / "w" / "run-site" / "site"
    for kind, opened in site["open"].items():
        assert (written / opened["page"]).is_file(), kind
        assert 0 < opened["load_s"] <= opened["open_s"] and len(opened["runs_s"]) == 3, kind
    assert site["open"]["process"]["page"] == "id/org/rcm.html"  # the largest process page of the graph
    assert site["open"]["timeline"]["page"] == "timeline.html"
    assert "site page opened (timeline" in done.stdout
