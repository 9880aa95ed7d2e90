"""The real CLI (analyze, trace, viz) on a store: exit codes, output, files.

Most tests use a store loaded from tests/fixtures/graph/viz-mini.trig; the
`real` tests run on the store `rcpkg build` makes from the bundled pages.
"""

from __future__ import annotations

import csv
import re
import subprocess
import sys

import pytest

from rcpkg.cli import cli
from rcpkg.commands.common import run_cli
from vizhelp import mini_store

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    path = tmp_path_factory.mktemp("viz-cli") / "store"
    mini_store(path)
    return path


def rcpkg(capsys, *args):
    code = run_cli(cli, [str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


# -- analyze -------------------------------------------------------------------

def test_analyze_prints_ranked_tables(capsys, store):
    code, out, err = rcpkg(capsys, "analyze", "--store", store, "--top", "3")
    assert code == 0, err
    # mentions left out, units rolled up (IOM through its regional office, the RCM through its secretariat)
    assert "13 institutions, 28 links, 8 events, 21 involvements (+7 through units)" in out
    assert "Counting lead roles and participation (mentions left out)" in out
    assert "Institutions by betweenness" in out
    assert "Communities (Louvain" in out
    assert "Bridges between the RCM and SACM worlds" in out
    assert "Most active conveners per theme" in out
    # top 3 rows only in the first table
    table = out.split("Communities")[0]
    assert re.search(r"│ 3 │", table) and not re.search(r"│ 4 │", table)


def test_analyze_writes_csvs(capsys, store, tmp_path):
    code, _, err = rcpkg(capsys, "analyze", "--store", store, "--out", tmp_path / "a")
    assert code == 0, err
    names = sorted(p.name for p in (tmp_path / "a").iterdir())
    assert names == ["bridges.csv", "communities.csv", "conveners.csv", "institutions.csv"]
    with open(tmp_path / "a" / "institutions.csv", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 13
    with open(tmp_path / "a" / "bridges.csv", encoding="utf-8") as handle:
        bridges = {r["label"] for r in csv.DictReader(handle)}
    # UNHCR's link to the RCM's world was a mention: not a bridge unless mentions count
    assert bridges == {"International Organization for Migration"}
    code, _, err = rcpkg(capsys, "analyze", "--store", store, "--include-mentions", "--out", tmp_path / "m")
    assert code == 0, err
    with open(tmp_path / "m" / "bridges.csv", encoding="utf-8") as handle:
        bridges = {r["label"] for r in csv.DictReader(handle)}
    assert bridges == {"International Organization for Migration",
                       "Office of the United Nations High Commissioner for Refugees"}


@pytest.mark.parametrize("args,head", [
    ((), "13 institutions, 28 links, 8 events, 21 involvements (+7 through units)"),
    (("--no-rollup",), "13 institutions, 21 links, 8 events, 21 involvements"),
    (("--include-mentions", "--no-rollup"), "13 institutions, 25 links, 8 events, 23 involvements"),
    (("--min-role", "mentioned"), "13 institutions, 30 links, 8 events, 23 involvements (+7 through units)"),
    (("--min-role", "lead"), "12 institutions, 23 links, 8 events, 17 involvements (+6 through units)"),
])
def test_analyze_role_filter_and_rollup(capsys, store, args, head):
    code, out, err = rcpkg(capsys, "analyze", "--store", store, *args)
    assert code == 0, err
    assert out.splitlines()[0].startswith(head), out.splitlines()[0]


def test_analyze_min_role_lead_counts_fewer_involvements_than_the_default(capsys, store):
    counts = {}
    for args in ((), ("--min-role", "lead"), ("--include-mentions",)):
        code, out, _ = rcpkg(capsys, "analyze", "--store", store, "--no-rollup", *args)
        assert code == 0
        counts[args] = int(re.search(r"(\d+) involvements", out).group(1))
    assert counts[("--min-role", "lead")] < counts[()] < counts[("--include-mentions",)]


def test_contradicting_role_options_exit_2(capsys, store):
    code, _, err = rcpkg(capsys, "analyze", "--store", store, "--min-role", "lead", "--include-mentions")
    assert code == 2 and "contradict" in err


def test_analyze_theme_and_years_slice(capsys, store):
    code, out, _ = rcpkg(capsys, "analyze", "--store", store, "--theme", "disasters")
    assert code == 0
    assert "5 institutions, 8 links, 1 events" in out
    code, out, _ = rcpkg(capsys, "analyze", "--store", store, "--years", "2018", "--lang", "es")
    assert code == 0
    assert "2 events" in out and "Conferencia Suramericana sobre Migraciones" in out


@pytest.mark.parametrize("args", [("--theme", "no-such-theme"), ("--years", "2019-2015"), ("--years", "soon"),
                                  ("--lang", "fr")])
def test_analyze_bad_options_exit_2_with_one_line(capsys, store, args):
    code, out, err = rcpkg(capsys, "analyze", "--store", store, *args)
    assert code == 2
    assert "Traceback" not in err and err.strip()


def test_missing_store_exit_2(capsys, tmp_path):
    code, _, err = rcpkg(capsys, "analyze", "--store", tmp_path / "none")
    assert code == 2 and "no store here" in err


# -- trace ---------------------------------------------------------------------

def test_trace_prints_paths_with_events_roles_quotes_and_sources(capsys, store):
    code, out, err = rcpkg(capsys, "trace", "IOM", "Platform on Disaster Displacement", "--store", store, "-k", "2",
                           "--no-rollup", "--include-mentions")
    assert code == 0, err
    assert out.startswith("International Organization for Migration → Platform on Disaster Displacement: 2 paths")
    assert "shortest path (3 hops)" in out and "path 2" in out
    assert "event: Training Workshop on Displacement" in out
    assert "“Platform on Disaster Displacement (PDD)”" in out
    assert "— https://crmsv.org/events?page=3" in out
    assert "[organizer]" in out


def test_trace_goes_through_a_parents_units_with_the_units_evidence(capsys, store):
    # IOM's regional office co-organized the disaster workshop with PDD: IOM reaches PDD in one hop, via its unit
    code, out, err = rcpkg(capsys, "trace", "IOM", "PDD", "--store", store, "--theme", "disasters")
    assert code == 0, err
    assert "shortest path (1 hop): IOM → PDD" in out
    assert ("International Organization for Migration [organizer via unit IOM Regional Office for Central America, "
            "North America and the Caribbean]") in out
    assert "“the Regional Office for Central America, North America and the Caribbean of the" in out
    code, out, _ = rcpkg(capsys, "trace", "IOM", "PDD", "--store", store, "--theme", "disasters", "--no-rollup")
    assert code == 1 and "No path links" in out


def test_trace_accepts_spanish_names_and_iris(capsys, store):
    code, out, _ = rcpkg(capsys, "trace", "OIM", "https://w3id.org/rcpkg/id/org/gov-cr", "--store", store,
                         "--lang", "es", "-k", "1")
    assert code == 0
    assert out.startswith("Organización Internacional para las Migraciones → Gobierno de Costa Rica")
    assert "“it is hosted by the Government of Costa Rica”" in out


def test_trace_no_path_exit_1(capsys, store):
    code, out, _ = rcpkg(capsys, "trace", "IOM", "gov-cr", "--store", store, "--years", "2019")
    assert code == 1
    assert "No path links" in out


def test_trace_unknown_name_exit_2_with_suggestions(capsys, store):
    code, _, err = rcpkg(capsys, "trace", "IOM", "Technical Secretariat", "--store", store)
    assert code == 2
    assert "no institution" in err and "RCM Technical Secretariat" in err
    assert "Traceback" not in err


def test_trace_same_institution_twice_exit_2(capsys, store):
    code, _, err = rcpkg(capsys, "trace", "IOM", "OIM", "--store", store)
    assert code == 2 and "same institution" in err


def test_trace_ambiguous_name_exit_2_lists_candidates(capsys, tmp_path):
    # two institutions that share an acronym: the name alone cannot choose
    import pyoxigraph as ox

    path = tmp_path / "store"
    store = mini_store(path)
    extra = """
    @prefix rcp: <https://w3id.org/rcpkg/ontology#> .
    @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
    <https://w3id.org/rcpkg/id/org/pdd-2> a rcp:Institution, rcp:CivilSocietyNetwork ;
        skos:prefLabel "Partners for Democratic Development"@en ; skos:altLabel "PDD"@en .
    """
    store.load(extra.encode(), format=ox.RdfFormat.TURTLE,
               to_graph=ox.NamedNode("https://w3id.org/rcpkg/graph/reference"))
    store.flush()
    del store
    code, _, err = rcpkg(capsys, "trace", "IOM", "PDD", "--store", path)
    assert code == 2
    assert "ambiguous" in err
    assert "https://w3id.org/rcpkg/id/org/pdd>" in err and "https://w3id.org/rcpkg/id/org/pdd-2>" in err


# -- viz -----------------------------------------------------------------------

def page_data(path):
    from vizhelp import embedded_page

    return embedded_page(path.read_text(encoding="utf-8"))


@pytest.mark.parametrize("view, counts", [
    ("network", {"institution": 13, "event": 0, "theme": 0, "edges": 28}),
    ("themes", {"institution": 13, "event": 0, "theme": 6}),  # "health" has no institution
    ("events", {"institution": 13, "event": 8, "theme": 7}),
])
def test_viz_views(capsys, store, tmp_path, view, counts):
    out = tmp_path / f"{view}.html"
    code, _, err = rcpkg(capsys, "viz", view, "--store", store, "--out", out)
    assert code == 0, err
    data = page_data(out)
    assert data["view"] == view
    for key, value in counts.items():
        assert data["counts"][key] == value
    assert f"wrote {out}" in err


def test_viz_ego_in_spanish(capsys, store, tmp_path):
    out = tmp_path / "ego.html"
    code, _, err = rcpkg(capsys, "viz", "ego", "--focus", "UNHCR", "--lang", "es", "--store", store, "--out", out)
    assert code == 0, err
    data = page_data(out)
    assert data["lang"] == "es"
    focus = [n for n in data["nodes"] if n.get("focus")]
    assert [n["label"] for n in focus] == ["Alto Comisionado de las Naciones Unidas para los Refugiados"]
    assert {n["kind"] for n in data["nodes"]} == {"institution", "event", "theme"}
    assert data["counts"]["event"] == 3  # UNHCR's three events


@pytest.mark.parametrize("args", [
    ("ego",),  # no --focus
    ("network", "--focus", "IOM"),  # --focus only for ego
    ("ego", "--focus", "nobody at all"),
    ("network", "--out-missing",),
])
def test_viz_usage_errors_exit_2(capsys, store, tmp_path, args):
    argv = ["viz", *args, "--store", store]
    if "--out-missing" in args:
        argv.remove("--out-missing")
    else:
        argv += ["--out", tmp_path / "x.html"]
    code, _, err = rcpkg(capsys, *argv)
    assert code == 2
    assert "Traceback" not in err


def test_viz_out_must_be_html(capsys, store, tmp_path):
    code, _, err = rcpkg(capsys, "viz", "--store", store, "--out", tmp_path / "x.png")
    assert code == 2 and ".html" in err


def test_cli_as_a_process(store, tmp_path):
    out = tmp_path / "n.html"
    proc = subprocess.run([sys.executable, "-m", "rcpkg", "viz", "--store", str(store), "--out", str(out)],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert out.stat().st_size > 100_000  # vis-network is inlined


# -- the real build --------------------------------------------------------------

@pytest.fixture(scope="module")
def real_store(built_store):
    """The store built from the bundled pages (a failed build fails the tests)."""
    return built_store


@pytest.mark.slow
def test_real_store_analyze_trace_viz(capsys, real_store, tmp_path):
    code, out, err = rcpkg(capsys, "analyze", "--store", real_store)
    assert code == 0, err
    n = int(re.match(r"(\d+) institutions", out).group(1))
    assert n > 0
    code, _, err = rcpkg(capsys, "viz", "network", "--store", real_store, "--out", tmp_path / "n.html")
    assert code == 0, err
    assert page_data(tmp_path / "n.html")["counts"]["institution"] == n
    code, out, err = rcpkg(capsys, "trace", "RCM", "IOM", "--store", real_store)
    assert code in (0, 1), err


# -- the same views over a remote SPARQL endpoint --------------------------------

@pytest.fixture(scope="module")
def endpoint(store):
    """A real Oxigraph server (read-only, union default graph) on the fixture store, on a free port."""
    import socket

    from rcpkg.serve import start

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = start(store, host="127.0.0.1", port=port)
    yield server.query_url
    server.stop()


@pytest.mark.server
@pytest.mark.parametrize("args", [
    ("analyze", "--top", "20"),
    ("analyze", "--theme", "refugees", "--lang", "es"),
    ("trace", "IOM", "PDD", "-k", "3"),
    ("trace", "OIM", "gov-uy", "--lang", "es", "--weighting", "strength"),
])
def test_endpoint_gives_the_same_output_as_the_store(capsys, store, endpoint, args):
    local = rcpkg(capsys, *args, "--store", store)
    remote = rcpkg(capsys, *args, "--endpoint", endpoint)
    assert local[0] == 0, local[2]
    assert remote[:2] == local[:2]


@pytest.mark.server
def test_endpoint_viz_page_has_the_same_data(capsys, store, endpoint, tmp_path):
    a, b = tmp_path / "a.html", tmp_path / "b.html"
    assert rcpkg(capsys, "viz", "events", "--store", store, "--out", a)[0] == 0
    assert rcpkg(capsys, "viz", "events", "--endpoint", endpoint, "--out", b)[0] == 0
    assert page_data(a) == page_data(b)
