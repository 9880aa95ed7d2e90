"""The explorer page as data and HTML (no browser): escaping, self-containment, views."""

from __future__ import annotations

import json
import re

import pytest

from rcpkg.errors import UsageError
from rcpkg.viz import explorer
from vizhelp import make_data, org


def page_json(html: str) -> dict:
    from vizhelp import embedded_page

    return embedded_page(html)


@pytest.mark.parametrize("text", ["</script><script>alert(1)</script>", "<img src=x onerror=alert(1)>",
                                  "a & b", "line\u2028sep\u2029para", "<!-- x", "]]>"])
def test_script_json_escapes_and_round_trips(text):
    out = explorer.script_json({"t": text})
    assert not set("<>&\u2028\u2029") & set(out)
    assert json.loads(out) == {"t": text}


def test_hostile_labels_never_reach_the_html_raw(tmp_path):
    data = make_data({"e": (2020, ())}, [("e", "a", "convener"), ("e", "b", "host")])
    hostile = "</script><script>alert(1)</script><img src=x onerror=alert(2)>@@DATA@@"
    data = data.__class__(data.lang, {**data.institutions,
                                      org("a"): data.institutions[org("a")].__class__(org("a"), hostile, "Government")},
                          data.events, data.themes, data.involvements, data.part_of)
    html = explorer.render_html(explorer.build_page("ego", data, focus=org("a")))
    assert "alert(1)</script>" not in html and "<img src=x" not in html
    assert html.count('id="rcpkg-data"') == 1
    vendor = (explorer._HERE / "vendor" / "vis-network.min.js").read_text(encoding="utf-8")
    assert "<!--" not in vendor and "</script" not in vendor.lower()
    # the page data, the graph (pyvis), vis-network, the page's code (+ a "<script>" string literal
    # inside vis-network's polyfills)
    assert html.count("<script") == 4 + vendor.count("<script")
    assert html.count("</script") == 4
    labels = {n["label"] for n in page_json(html)["nodes"]}
    assert hostile in labels
    # the <title> (from the focus label) is HTML-escaped
    title = re.search(r"<title>(.*?)</title>", html, re.S).group(1)
    assert "<" not in title and "&lt;/script&gt;" in title


def test_page_is_self_contained(tmp_path):
    data = make_data({"e": (2020, ("t",))}, [("e", "a", "convener"), ("e", "b", "host")])
    html = explorer.render_html(explorer.build_page("events", data))
    # no external resource: no src=/href= attributes in the markup, no CDN
    markup = re.sub(r"<script\b[^>]*>.*?</script>", "", html, flags=re.S)
    markup = re.sub(r"<style\b[^>]*>.*?</style>", "", markup, flags=re.S)
    assert not re.search(r"\b(src|href)\s*=", markup)
    assert "cdn" not in markup.lower() and "bootstrap" not in html.lower()
    assert "Content-Security-Policy" in html and "default-src 'none'" in html
    assert "vis-network" in html  # inlined


def test_views_and_counts():
    data = make_data({"e1": (2020, ("t",)), "e2": (None, ())},
                     [("e1", "a", "convener"), ("e1", "b", "host"), ("e2", "b", "participant"), ("e2", "c", "funder")],
                     types={"a": "ConsultativeProcess", "b": "Government"})
    net = explorer.build_page("network", data).data
    assert net["counts"] == {"institution": 3, "event": 0, "theme": 0, "edges": 2}
    ev = explorer.build_page("events", data).data
    assert ev["counts"] == {"institution": 3, "event": 2, "theme": 1, "edges": 5}
    cats = {n["id"]: n["category"] for n in ev["nodes"]}
    assert cats[org("a")] == "process" and cats[org("b")] == "government" and cats[org("c")] == "igo"
    assert [item["category"] for item in ev["legend"]] == ["process", "government", "igo", "event", "theme"]
    edge = next(e for e in ev["edges"] if e["from"] == org("a") or e["to"] == org("a"))
    assert edge["roles"] == ["convener"] and edge["quote"] == "a is convener of e1"
    assert ev["years"] == [2020, 2020]


def test_sizes_follow_centrality_in_the_network_view():
    # b is between a and c: the largest node
    data = make_data({"e1": (None, ()), "e2": (None, ())},
                     [("e1", "a", "host"), ("e1", "b", "host"), ("e2", "b", "host"), ("e2", "c", "host")])
    nodes = {n["id"]: n for n in explorer.build_page("network", data).data["nodes"]}
    assert nodes[org("b")]["size"] > nodes[org("a")]["size"] == nodes[org("c")]["size"]


def test_spanish_page():
    data = make_data({"e": (2020, ())}, [("e", "a", "convener"), ("e", "b", "host")], lang="es")
    page = explorer.build_page("network", data).data
    assert page["lang"] == "es"
    assert page["title"] == "Instituciones vinculadas por eventos compartidos"
    assert page["roleLabels"]["convener"] == "convocante"


@pytest.mark.parametrize("view, focus", [("nope", None), ("ego", None), ("ego", "https://w3id.org/rcpkg/id/org/zz")])
def test_bad_views(view, focus):
    data = make_data({"e": (2020, ())}, [("e", "a", "convener")])
    with pytest.raises(UsageError):
        explorer.build_page(view, data, focus=focus)


def test_output_must_be_html(tmp_path):
    data = make_data({"e": (2020, ())}, [("e", "a", "convener")])
    with pytest.raises(UsageError):
        explorer.write_page(explorer.build_page("network", data), tmp_path / "x.txt")


@pytest.mark.parametrize("n, solver, iterations", [(50, "forceAtlas2Based", 400), (450, "barnesHut", 120),
                                                  (1200, "barnesHut", 60)])
def test_pyvis_chooses_the_physics_by_size(n, solver, iterations):
    """Regression: the large-graph options (above 400 nodes) once raised a TypeError."""
    page = explorer.Page("events", {"nodes": [{"id": f"n{i}"} for i in range(n)], "edges": [], "lang": "en",
                                    "title": "t"})
    options = json.loads(explorer._pyvis_network(page).options.to_json())
    assert options["physics"]["solver"] == solver if "solver" in options["physics"] else solver in options["physics"]
    assert options["physics"]["stabilization"]["iterations"] == iterations
