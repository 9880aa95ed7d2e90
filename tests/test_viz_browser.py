"""The explorer pages in headless Chromium: they render, make no request, filter,
and keep hostile text inert.

Uses Debian's /usr/bin/chromium through playwright's python API. Every request
the page makes is routed: anything but file:, data: and about: fails the test.
Screenshots go to tests/artifacts/.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from browser_support import ARTIFACTS, CHROMIUM, HOSTILE_IMG, HOSTILE_SCRIPT, launch, playwright_or_skip
from browser_support import Browser as BrowserBase
from rcpkg.viz import explorer
from rcpkg.viz.source import load_network
from vizhelp import mini_store, org

pytestmark = pytest.mark.browser

class Browser(BrowserBase):
    """An explorer page: opened, then waited for until the network is drawn."""

    def open(self, path: Path, fragment: str = ""):
        page = super().open(path, fragment)
        self.wait_ready()
        return page


@pytest.fixture(scope="module")
def playwright_instance():
    with playwright_or_skip() as p:
        yield p


@pytest.fixture(scope="module")
def context(playwright_instance, tmp_path_factory):
    ctx = launch(playwright_instance, tmp_path_factory.mktemp("user-data"), width=1400)
    yield ctx
    ctx.close()


@pytest.fixture
def browser(context):
    b = Browser(context)
    yield b
    b.page.close()


@pytest.fixture(scope="module")
def mini():
    return load_network(store=mini_store(), lang="en")


def shot(page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / name))


@pytest.mark.parametrize("view", explorer.VIEWS)
def test_each_view_renders_its_nodes_offline(browser, mini, tmp_path, view):
    built = explorer.build_page(view, mini, focus=org("iom") if view == "ego" else None)
    out = explorer.write_page(built, tmp_path / f"{view}.html")
    page = browser.open(out)
    expected = len(built.data["nodes"])
    assert expected > 0
    assert page.evaluate("window.rcpkg.network.body.data.nodes.length") == expected
    assert page.evaluate("Object.keys(window.rcpkg.network.getPositions()).length") == expected
    assert page.evaluate("window.rcpkg.network.body.data.edges.length") == len(built.data["edges"])
    # physics settled and was switched off
    assert page.evaluate("window.rcpkg.network.physics.options.enabled") is False
    assert "how" in page.inner_text("#h-howto").lower()
    shot(page, f"viz-{view}.png")
    browser.check_clean()


def hidden_count(page) -> int:
    return page.evaluate("window.rcpkg.nodes.get({filter: function (n) { return n.hidden; }}).length")


def test_filters_hide_nodes(browser, mini, tmp_path):
    built = explorer.build_page("events", mini)
    page = browser.open(explorer.write_page(built, tmp_path / "events.html"))
    assert hidden_count(page) == 0
    # theme: only the nodes whose themes include it stay
    theme = "https://w3id.org/rcpkg/id/theme/disasters"
    page.select_option("#theme", theme)
    keep = [n for n in built.data["nodes"] if theme in n.get("themes", [])]
    assert hidden_count(page) == len(built.data["nodes"]) - len(keep)
    assert "3/13 institutions" in page.inner_text("#counts")
    # reset, then a type: untick governments
    page.click("#reset")
    assert hidden_count(page) == 0
    page.uncheck("#types input[data-category=government]")
    governments = [n for n in built.data["nodes"] if n["category"] == "government"]
    assert governments and hidden_count(page) == len(governments)
    # years: a range that leaves out the undated and earlier events
    page.click("#reset")
    page.fill("#year-from", "2018")
    page.dispatch_event("#year-from", "change")
    page.uncheck("#undated")
    visible_events = page.evaluate(
        "window.rcpkg.nodes.get({filter: function (n) { return !n.hidden && window.rcpkg.data.nodes.find("
        "function (d) { return d.id === n.id; }).kind === 'event'; }}).length")
    assert visible_events == sum(1 for e in mini.events.values() if e.year is not None and e.year >= 2018)
    shot(page, "viz-filtered.png")
    browser.check_clean()


def test_the_role_filter_hides_what_rests_on_mentions_only(browser, mini, tmp_path):
    built = explorer.build_page("network", mini)  # built with every role, mentions included
    nodes, edges = built.data["nodes"], built.data["edges"]
    assert built.data["tiers"] == [0, 1, 2]
    page = browser.open(explorer.write_page(built, tmp_path / "network.html"))
    assert page.input_value("#roles") == "2"  # everything the page holds is shown at first
    assert hidden_count(page) == 0
    hidden_edges = "window.rcpkg.edges.get({filter: function (e) { return e.hidden; }}).length"
    for tier in ("1", "0"):
        page.select_option("#roles", tier)
        expected_nodes = sum(1 for n in nodes if n.get("tier", 0) > int(tier))
        expected_edges = sum(1 for e in edges if e.get("tier", 0) > int(tier))
        assert expected_nodes or expected_edges
        assert hidden_count(page) == expected_nodes
        assert page.evaluate(hidden_edges) == expected_edges
    assert "/" in page.inner_text("#counts")  # the counts follow the filter
    page.click("#reset")
    assert page.input_value("#roles") == "2" and hidden_count(page) == 0
    browser.check_clean()


def test_click_highlights_the_neighbourhood_and_shows_evidence(browser, mini, tmp_path):
    built = explorer.build_page("network", mini)
    page = browser.open(explorer.write_page(built, tmp_path / "network.html"))
    page.fill("#search", "costa rica")
    page.click("#results button")
    details = page.inner_text("#details")
    assert "Government of Costa Rica" in details
    assert "it is hosted by the Government of Costa Rica" in details
    link = page.get_attribute("#details a", "href")
    assert link == "https://crmsv.org/events?page=3"
    faded = page.evaluate("window.rcpkg.nodes.get({filter: function (n) {"
                          " return typeof n.color === 'string' && n.color.indexOf('rgba(200') === 0; }}).length")
    neighbours = 3  # IOM, UNHCR, RCM share the ad-hoc meeting with Costa Rica
    assert faded == len(built.data["nodes"]) - 1 - neighbours
    browser.check_clean()


@pytest.fixture(scope="module")
def hostile_store(tmp_path_factory):
    """A store built by the real `rcpkg build` from a page whose titles are hostile HTML."""
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
    proc = subprocess.run([sys.executable, "-m", "rcpkg", "build", "--sources", str(src), "--store", str(store),
                           "--no-explorer", "-q"], capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr
    return store


def test_hostile_titles_stay_inert_and_literal(browser, hostile_store, tmp_path):
    data = load_network(store=hostile_store, lang="en")
    labels = {e.label for e in data.events.values()}
    assert f"Workshop {HOSTILE_IMG} with IOM" in labels
    assert f"Meeting {HOSTILE_SCRIPT} of the RCM" in labels
    out = explorer.write_page(explorer.build_page("events", data), tmp_path / "hostile.html")
    html = out.read_text(encoding="utf-8")
    assert HOSTILE_IMG not in html and HOSTILE_SCRIPT not in html  # escaped inside the JSON
    page = browser.open(out)
    # the data did not become elements
    assert page.evaluate("document.querySelectorAll('img').length") == 0
    assert page.evaluate("document.scripts.length") == 4  # page data, graph data (pyvis), vis-network, ours
    # the literal text shows in the search results and in the details panel
    page.fill("#search", "onerror")
    assert page.inner_text("#results") == f"Workshop {HOSTILE_IMG} with IOM"
    page.fill("#search", "alert(1)</script>")
    page.click("#results button")
    assert f"Meeting {HOSTILE_SCRIPT} of the RCM" in page.inner_text("#details")
    # and in the tooltip element vis-network shows on hover
    tip = page.evaluate("""(() => { var n = window.rcpkg.nodes.get().find(function (x) {
        return window.rcpkg.data.nodes.find(function (d) { return d.id === x.id; }).label.indexOf('onerror') >= 0; });
        return n.title.textContent; })()""")
    assert HOSTILE_IMG in tip
    page.wait_for_timeout(300)  # give any injected handler a chance to fire
    shot(page, "viz-hostile.png")
    browser.check_clean()


def test_default_pages_of_a_store(browser, tmp_path):
    store_dir = tmp_path / "store"
    mini_store(store_dir)
    written = explorer.write_default_pages(store_dir, tmp_path / "explorer")
    assert [p.name for p in written] == ["network.html", "themes.html", "events.html", "network.es.html"]
    page = browser.open(written[-1])
    assert page.evaluate("document.documentElement.lang") == "es"
    assert page.text_content("#h-legend") == "Leyenda"
    browser.check_clean()


def test_no_skips_in_ci():
    """In CI the browser must be there: this test fails when it is not."""
    if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
        assert Path(CHROMIUM).exists() and shutil.which(CHROMIUM)


def test_an_empty_selection_renders_a_message(browser, tmp_path):
    from vizhelp import make_data

    page_obj = explorer.build_page("network", make_data({}, []))
    page = browser.open(explorer.write_page(page_obj, tmp_path / "empty.html"))
    assert page.evaluate("window.rcpkg.network.body.data.nodes.length") == 0
    assert "Nothing to show" in page.inner_text("#graph")
    browser.check_clean()


VISIBLE_EDGES = """window.rcpkg.edges.get({filter: function (e) {
    var a = window.rcpkg.nodes.get(e.from), b = window.rcpkg.nodes.get(e.to);
    return !e.hidden && !a.hidden && !b.hidden; }}).length"""


def test_network_links_follow_the_filters(browser, mini, tmp_path):
    from rcpkg.viz import graphs

    g = graphs.co_involvement(mini)
    page = browser.open(explorer.write_page(explorer.build_page("network", mini), tmp_path / "net.html"))
    assert page.evaluate(VISIBLE_EDGES) == g.number_of_edges()
    theme = "https://w3id.org/rcpkg/id/theme/disasters"
    page.select_option("#theme", theme)
    expected = sum(1 for _, _, d in g.edges(data=True) if theme in d["themes"])
    assert expected > 0 and page.evaluate(VISIBLE_EDGES) == expected
    page.click("#reset")
    page.fill("#year-from", "2018")
    page.fill("#year-to", "2018")
    page.dispatch_event("#year-to", "change")
    page.uncheck("#undated")
    expected = sum(1 for _, _, d in g.edges(data=True) if any(mini.events[e].year == 2018 for e in d["events"]))
    assert 0 < expected < g.number_of_edges()
    assert page.evaluate(VISIBLE_EDGES) == expected
    browser.check_clean()
