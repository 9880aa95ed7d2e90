"""End-to-end: `rcpkg build` on the real bundled data, incremental rebuilds, atomicity, locking."""

from __future__ import annotations

import json
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from rdflib import Graph, URIRef
from rdflib.compare import isomorphic

from rcpkg import iris
from rcpkg.oxi import to_rdflib

REPO = Path(__file__).resolve().parent.parent
SEED = REPO / "data" / "sources" / "crmsv.org_events_page-3.txt"
RCPKG = [sys.executable, "-m", "rcpkg"]


def run(*args: str, cwd: Path | None = None, timeout: int = 300) -> subprocess.CompletedProcess:
    return subprocess.run([*RCPKG, *args], cwd=cwd, capture_output=True, text=True, timeout=timeout)


def dataset(store_path: Path) -> dict[str, Graph]:
    """Every named graph of a store as an rdflib Graph (for isomorphism checks)."""
    import pyoxigraph as ox

    store = ox.Store.read_only(str(store_path))
    graphs: dict[str, Graph] = {}
    for q in store.quads_for_pattern(None, None, None, None):
        g = graphs.setdefault(q.graph_name.value, Graph())
        g.add((to_rdflib(q.subject), to_rdflib(q.predicate), to_rdflib(q.object)))
    return graphs


def same_dataset(a: Path, b: Path) -> bool:
    da, db = dataset(a), dataset(b)
    return da.keys() == db.keys() and all(isomorphic(da[k], db[k]) for k in da)


def stored_quads(store_path: Path) -> int:
    import pyoxigraph as ox

    return len(ox.Store.read_only(str(store_path)))


def write_sources(folder: Path, pages: dict[str, str], urls: dict[str, str] | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    lines = ["pages:"]
    for name, text in pages.items():
        (folder / name).write_text(text, encoding="utf-8")
        url = (urls or {}).get(name, f"https://crmsv.org/test/{name}")
        lines += [f"  - file: {name}", f"    url: {url}", "    lang: en", "    layout: listing"]
    (folder / "sources.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


def edited(seed: str) -> str:
    """The seed page with its last event line replaced by a new event (an edited page)."""
    changed = seed.replace("Meeting of the Central American Regional Coalition against Trafficking in Persons San José\n",
                           "Workshop on Migration Data and Statistics Managua\n")
    assert changed != seed
    return changed


def assert_same_as_a_full_build(sources: Path, store: Path, report, tmp_path: Path) -> None:
    """An incremental build's store and quad count equal a full build's of the same sources."""
    from rcpkg.build import build

    full = tmp_path / "full"
    stages = []
    full_report = build(sources, full, full=True, progress=lambda stage, done, total: stages.append(stage))
    assert same_dataset(store, full)
    # a full build merges its bulk loads' files (a later one-page rebuild would otherwise wait
    # for RocksDB to merge them); a one-page rebuild writes too little to need it
    assert "compact" in full_report.timings and "compact" in stages
    assert "compact" not in report.timings
    # the incremental build counts its quads graph by graph: the same figure as a full count
    assert report.triples == full_report.triples == stored_quads(store)


def test_build_cli_on_bundled_data(tmp_path):
    store = tmp_path / "store"
    done = run("build", "--store", str(store), "--report", str(tmp_path / "report.json"), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    report = json.loads((tmp_path / "report.json").read_text())
    pages = report["pages"]
    assert len(pages) == 1 and pages[0]["error"] is None
    assert pages[0]["events"] >= 40  # the seed page lists 44 events
    graphs = dataset(store)
    expected = {str(iris.ONTOLOGY_GRAPH), str(iris.REFERENCE_GRAPH), str(iris.DERIVED_GRAPH),
                str(iris.source_graph("https://crmsv.org/events?page=3"))}
    assert expected <= set(graphs)
    # the derived graph asserts rcp:involves for the sub-properties
    involves = URIRef("https://w3id.org/rcpkg/ontology#involves")
    assert any(p == involves for _, p, _ in graphs[str(iris.DERIVED_GRAPH)])


def test_rebuild_is_isomorphic_and_reuses_unchanged_pages(built_store, tmp_path):
    again = tmp_path / "again"
    from rcpkg.build import build

    build(None, again)
    assert same_dataset(built_store, again)
    report = build(None, again)  # nothing changed: every page reused
    assert report.incremental and all(p.reused for p in report.pages)
    assert same_dataset(built_store, again)


def test_incremental_rebuild_after_one_page_changes_equals_full_rebuild(tmp_path):
    from rcpkg.build import build

    seed = SEED.read_text(encoding="utf-8")
    sources = write_sources(tmp_path / "src", {"a.txt": seed, "b.txt": seed},
                            {"a.txt": "https://crmsv.org/events?page=3", "b.txt": "https://crmsv.org/events?page=4"})
    inc = tmp_path / "inc"
    build(sources, inc)
    # change page b: drop its last event line, add a new event
    (sources / "b.txt").write_text(edited(seed), encoding="utf-8")
    report = build(sources, inc)
    assert report.incremental
    assert [p.reused for p in report.pages] == [True, False]
    assert_same_as_a_full_build(sources, inc, report, tmp_path)


def test_bad_pages_are_reported_and_the_rest_loads(tmp_path):
    sources = write_sources(tmp_path / "src", {"good.txt": SEED.read_text(encoding="utf-8")},
                            {"good.txt": "https://crmsv.org/events?page=3"})
    (sources / "empty.txt").write_bytes(b"")
    (sources / "binary.txt").write_bytes(bytes(range(256)) * 20)
    store = tmp_path / "store"
    done = run("build", "--sources", str(sources), "--store", str(store), "--report", str(tmp_path / "r.json"))
    assert done.returncode == 1, done.stderr  # what loaded is written, and the build says it is incomplete
    assert store.is_dir()
    assert "Traceback" not in done.stderr
    assert "empty.txt" in done.stderr and "binary.txt" in done.stderr
    report = json.loads((tmp_path / "r.json").read_text())
    by_file = {p["file"]: p for p in report["pages"]}
    assert by_file["good.txt"]["events"] >= 40 and by_file["good.txt"]["error"] is None
    assert by_file["empty.txt"]["error"] and by_file["binary.txt"]["error"]
    strict = run("build", "--sources", str(sources), "--store", str(tmp_path / "s2"), "--strict")
    assert strict.returncode == 1
    assert not (tmp_path / "s2").exists()  # --strict writes nothing
    assert "empty.txt" in strict.stderr and "binary.txt" in strict.stderr and "Traceback" not in strict.stderr
    # an existing store is left as it was
    again = run("build", "--sources", str(sources), "--store", str(store), "--strict", "--full")
    assert again.returncode == 1 and store.is_dir()
    (sources / "empty.txt").unlink()
    (sources / "binary.txt").unlink()
    assert run("build", "--sources", str(sources), "--store", str(store), "--strict").returncode == 0


def test_a_page_listed_in_sources_yaml_but_missing_is_named_and_the_build_exits_1(tmp_path):
    sources = write_sources(tmp_path / "src", {"good.txt": SEED.read_text(encoding="utf-8")},
                            {"good.txt": "https://crmsv.org/events?page=3"})
    with (sources / "sources.yaml").open("a", encoding="utf-8") as out:
        out.write("  - file: gone.txt\n    url: https://crmsv.org/events?page=9\n    lang: en\n")
    (sources / "folder.txt").mkdir()  # a name that is not a file
    with (sources / "sources.yaml").open("a", encoding="utf-8") as out:
        out.write("  - file: folder.txt\n    url: https://crmsv.org/events?page=10\n")
    store = tmp_path / "store"
    done = run("build", "--sources", str(sources), "--store", str(store), "--report", str(tmp_path / "r.json"))
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr
    assert "'gone.txt' it lists is not in the folder" in done.stderr
    assert "'folder.txt' it lists is not a file" in done.stderr
    assert "sources.yaml:" in done.stderr  # the entry's line
    by_file = {p["file"]: p for p in json.loads((tmp_path / "r.json").read_text())["pages"]}
    assert by_file["good.txt"]["error"] is None and by_file["gone.txt"]["error"]
    strict = run("build", "--sources", str(sources), "--store", str(tmp_path / "s2"), "--strict")
    assert strict.returncode == 1 and not (tmp_path / "s2").exists()
    (sources / "gone.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    (sources / "folder.txt").rmdir()
    (sources / "folder.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    assert run("build", "--sources", str(sources), "--store", str(store)).returncode == 0


def test_missing_sources_folder_is_a_usage_error(tmp_path):
    done = run("build", "--sources", str(tmp_path / "nope"), "--store", str(tmp_path / "s"))
    assert done.returncode == 2
    assert "Traceback" not in done.stderr and "nope" in done.stderr


def test_a_second_concurrent_build_fails_at_once(built_store, tmp_path):
    from rcpkg.store import build_lock

    store = tmp_path / "store"
    shutil.copytree(built_store, store)
    with build_lock(store):
        start = time.monotonic()
        done = run("build", "--store", str(store))
        assert time.monotonic() - start < 60
    assert done.returncode == 2
    assert "another build" in done.stderr and "Traceback" not in done.stderr
    assert same_dataset(built_store, store)


@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGINT], ids=["killed", "ctrl-c"])
def test_a_build_stopped_midway_leaves_the_previous_store_whole(built_store, tmp_path, sig):
    store = tmp_path / "store"
    shutil.copytree(built_store, store)
    seed = SEED.read_text(encoding="utf-8")
    n = 60
    sources = write_sources(tmp_path / "big", {f"p{i}.txt": seed for i in range(n)},
                            {f"p{i}.txt": f"https://crmsv.org/events?page={i + 100}" for i in range(n)})
    proc = subprocess.Popen([*RCPKG, "build", "--sources", str(sources), "--store", str(store), "--full"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    # wait until the new store is being written beside the old one, then stop the build midway
    deadline = time.monotonic() + 60
    while not list(tmp_path.glob(".store.new-*")) and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.05)
    time.sleep(0.5)
    assert proc.poll() is None, "the build finished before it could be stopped; make the corpus bigger"
    proc.send_signal(sig)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode != 0
    assert "Traceback" not in err
    assert same_dataset(built_store, store)
    # and the next build works (it cleans what the stopped build left)
    done = run("build", "--store", str(store))
    assert done.returncode == 0, done.stderr
    assert not list(tmp_path.glob(".store.new-*"))


EVENT_PAGE = """Workshop on Passport Integrity
About the event:
The passport workshop will offer an opportunity for RCM member countries to discuss possible threats in all aspects of the travel document issuance process.
Tuesday, June 4, 2013 to Wednesday, June 5, 2013
Mexico City
Ministry of Foreign Affairs
Coordinating institution:
Regional Conference on Migration
"""


def test_the_same_event_on_a_listing_and_its_own_page_is_one_event_with_both_sources(tmp_path):
    """Identity: a listing's event and the event's single page (same title, same city) merge."""
    import pyoxigraph as ox

    src = tmp_path / "src"
    src.mkdir()
    (src / "listing.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    (src / "event.txt").write_text(EVENT_PAGE, encoding="utf-8")
    (src / "sources.yaml").write_text(
        "pages:\n"
        "  - {file: listing.txt, url: 'https://crmsv.org/events?page=3', lang: en, layout: listing}\n"
        "  - {file: event.txt, url: 'https://crmsv.org/en/events/workshop-passport-integrity', lang: en, layout: event}\n",
        encoding="utf-8")
    from rcpkg.build import build

    build(src, tmp_path / "store")
    store = ox.Store.read_only(str(tmp_path / "store"))
    rows = list(store.query("""
        PREFIX prov: <http://www.w3.org/ns/prov#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        PREFIX schema: <https://schema.org/>
        SELECT DISTINCT ?e ?src ?start WHERE { ?e rdfs:label "Workshop on Passport Integrity"@en ;
            prov:wasDerivedFrom ?src . OPTIONAL { ?e schema:startDate ?start } }""", use_default_graph_as_union=True))
    assert len({r["e"] for r in rows}) == 1, "the two pages' event must be one node"
    assert {r["src"].value for r in rows} == {"https://crmsv.org/events?page=3",
                                              "https://crmsv.org/en/events/workshop-passport-integrity"}
    assert {r["start"].value for r in rows if r["start"] is not None} == {"2013-06-04"}


def test_incremental_rebuild_after_a_page_is_removed_equals_full_rebuild(tmp_path):
    from rcpkg.build import build

    seed = SEED.read_text(encoding="utf-8")
    other = seed.replace("XXII RCM XXII RCM San Salvador", "XXIII RCM XXIII RCM Panama City")
    sources = write_sources(tmp_path / "src", {"a.txt": seed, "b.txt": other},
                            {"a.txt": "https://crmsv.org/events?page=3", "b.txt": "https://crmsv.org/events?page=9"})
    inc = tmp_path / "inc"
    build(sources, inc)
    write_sources(sources, {"a.txt": seed}, {"a.txt": "https://crmsv.org/events?page=3"})
    (sources / "b.txt").unlink()
    report = build(sources, inc)
    assert report.incremental and [p.reused for p in report.pages] == [True]
    assert_same_as_a_full_build(sources, inc, report, tmp_path)


def test_a_new_sources_entry_rebuilds_only_its_page_and_a_changed_entry_its_own(tmp_path):
    """The pages' entries move down sources.yaml when one is added above them: their graphs
    do not depend on the entry's line, so they are reused; a changed entry rebuilds its page."""
    from rcpkg.build import build
    from rcpkg.errors import NonConformance

    seed = SEED.read_text(encoding="utf-8")
    urls = {"a.txt": "https://crmsv.org/events?page=3", "b.txt": "https://crmsv.org/events?page=4",
            "c.txt": "https://crmsv.org/events?page=5"}
    other = seed.replace("XXII RCM XXII RCM San Salvador", "XXIII RCM XXIII RCM Panama City")
    sources = write_sources(tmp_path / "src", {"a.txt": seed, "b.txt": other}, urls)
    inc = tmp_path / "inc"
    build(sources, inc)
    third = seed.replace("XXII RCM XXII RCM San Salvador", "XXIV RCM XXIV RCM Tegucigalpa")
    write_sources(sources, {"c.txt": third, "a.txt": seed, "b.txt": other}, urls)  # c's entry first
    report = build(sources, inc)
    assert report.incremental
    assert {p.file: p.reused for p in report.pages} == {"a.txt": True, "b.txt": True, "c.txt": False}
    yaml_text = (sources / "sources.yaml").read_text(encoding="utf-8")
    b_entry = "  - file: b.txt\n    url: https://crmsv.org/events?page=4\n    lang: en"
    assert b_entry in yaml_text
    # b said to be Spanish: its events' sections and objectives (shared with a and c, which
    # describe the same events) get a second text, in Spanish. The full build refuses it, and
    # so must the incremental one, though it re-reads b alone.
    (sources / "sources.yaml").write_text(yaml_text.replace(b_entry, b_entry[:-2] + "es"), encoding="utf-8")
    with pytest.raises(NonConformance, match="objective needs exactly one schema:text"):
        build(sources, tmp_path / "refused", full=True)
    with pytest.raises(NonConformance, match="objective needs exactly one schema:text"):
        build(sources, inc)
    # b at another URL: its page graph is replaced, a and c stay
    moved = b_entry.replace("page=4", "page=6")
    (sources / "sources.yaml").write_text(yaml_text.replace(b_entry, moved), encoding="utf-8")
    report = build(sources, inc)
    assert {p.file: p.reused for p in report.pages} == {"a.txt": True, "b.txt": False, "c.txt": True}
    assert_same_as_a_full_build(sources, inc, report, tmp_path)


def test_pages_last_written_long_ago_are_not_hashed_again_while_their_size_and_mtime_hold(tmp_path, monkeypatch):
    import os

    import rcpkg.build as build_module

    seed = SEED.read_text(encoding="utf-8")
    other = seed.replace("XXII RCM XXII RCM San Salvador", "XXIII RCM XXIII RCM Panama City")
    sources = write_sources(tmp_path / "src", {"a.txt": seed, "b.txt": other},
                            {"a.txt": "https://crmsv.org/events?page=3", "b.txt": "https://crmsv.org/events?page=9"})
    old = time.time() - 3600
    for name in ("a.txt", "b.txt"):
        os.utime(sources / name, (old, old))
    store = tmp_path / "store"
    build_module.build(sources, store)
    hashed: list[str] = []
    import rcpkg.build.plan as plan_module

    real = plan_module.sha256
    monkeypatch.setattr(plan_module, "sha256", lambda path: hashed.append(Path(path).name) or real(path))
    report = build_module.build(sources, store)
    assert all(p.reused for p in report.pages)
    assert not {"a.txt", "b.txt"} & set(hashed)  # known by their size and mtime
    # b rewritten just now with bytes of the same size: recent, so hashed, and re-read
    changed = other.replace("Panama City", "Panama Citx")
    assert len(changed) == len(other)
    (sources / "b.txt").write_text(changed, encoding="utf-8")
    hashed.clear()
    report = build_module.build(sources, store)
    assert {p.file: p.reused for p in report.pages} == {"a.txt": True, "b.txt": False}
    assert "b.txt" in hashed and "a.txt" not in hashed
    # a touched (new mtime, same bytes): hashed, found unchanged, reused
    os.utime(sources / "a.txt", None)
    hashed.clear()
    report = build_module.build(sources, store)
    assert all(p.reused for p in report.pages) and "a.txt" in hashed


def test_two_pages_with_one_url_load_the_first_and_report_the_second(tmp_path):
    from rcpkg.build import build

    seed = SEED.read_text(encoding="utf-8")
    url = "https://crmsv.org/events?page=3"
    sources = write_sources(tmp_path / "src", {"a.txt": seed, "b.txt": seed}, {"a.txt": url, "b.txt": url})
    report = build(sources, tmp_path / "store")
    first, second = report.pages
    assert first.error is None and first.events == 40
    assert second.error == f"b.txt: another page has the same URL {url}; not loaded"
    assert report.graphs == 4  # the page's graph, the ontology, the reference data, the derived graph


def test_incremental_rebuild_when_a_page_moves_its_event_to_another_city_equals_full_rebuild(tmp_path):
    """The city and country nodes are restated for the changed page only: a place nothing
    links to any more goes, a new one comes with its country."""
    import pyoxigraph as ox

    from rcpkg.build import build

    seed = SEED.read_text(encoding="utf-8")
    lines = seed.split("\n")
    # page b: the seed's header and one event, in a city no other page and no reference entry names
    header = lines[:lines.index(next(line for line in lines if line.startswith("XXII RCM")))]
    one = "\n".join(header + ["Workshop on Labour Migration Bogotá", ""])
    sources = write_sources(tmp_path / "src", {"a.txt": seed, "b.txt": one},
                            {"a.txt": "https://crmsv.org/events?page=3", "b.txt": "https://crmsv.org/events?page=9"})
    inc = tmp_path / "inc"
    build(sources, inc)

    def cities(path):
        store = ox.Store.read_only(str(path))
        rows = store.query("SELECT ?l WHERE { GRAPH <%s> { ?c a <https://w3id.org/rcpkg/ontology#City> ; "
                           "<http://www.w3.org/2000/01/rdf-schema#label> ?l FILTER(LANG(?l) = 'en') } }"
                           % iris.DERIVED_GRAPH)
        return {r["l"].value for r in rows}

    assert "Bogotá" in cities(inc)
    (sources / "b.txt").write_text(one.replace("Bogotá", "Medellín"), encoding="utf-8")
    report = build(sources, inc)
    assert report.incremental and [p.reused for p in report.pages] == [True, False]
    assert "Bogotá" not in cities(inc) and "Medellín" in cities(inc)
    assert_same_as_a_full_build(sources, inc, report, tmp_path)


def _events_titled(store_path, title="Workshop on Passport Integrity"):
    """Event IRI -> (its start dates, its source pages), read back from a built store."""
    import pyoxigraph as ox

    store = ox.Store.read_only(str(store_path))
    rows = store.query("""
        PREFIX prov: <http://www.w3.org/ns/prov#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        PREFIX schema: <https://schema.org/>
        SELECT ?e ?src ?start WHERE { ?e rdfs:label "%s"@en ; prov:wasDerivedFrom ?src .
                                      OPTIONAL { ?e schema:startDate ?start } }""" % title,
                       use_default_graph_as_union=True)
    out: dict[str, tuple[set, set]] = {}
    for r in rows:
        dates, pages = out.setdefault(r["e"].value, (set(), set()))
        pages.add(r["src"].value)
        if r["start"] is not None:
            dates.add(r["start"].value)
    return out


PASSPORT_PAGES = ("  - {file: a.txt, url: 'https://crmsv.org/en/events/workshop-passport-integrity', lang: en, layout: event}\n"
                  "  - {file: b.txt, url: 'https://crmsv.org/en/events/workshop-passport-integrity-2', lang: en, layout: event}\n")


@pytest.mark.parametrize("chunk_bytes", [1, 10**9], ids=["one page per chunk", "one chunk"])
def test_pages_that_date_a_meeting_differently_describe_two_meetings(tmp_path, monkeypatch, chunk_bytes):
    """Two pages give a same-titled event at one place two different dates: two events, each
    with its own date and page, and the build says it kept them apart (it used to merge them
    into one event with two dates and refuse the graph)."""
    import rcpkg.build

    monkeypatch.setattr(rcpkg.build.pages, "CHUNK_BYTES", chunk_bytes)
    src = tmp_path / "src"
    src.mkdir()
    (src / "a.txt").write_text(EVENT_PAGE, encoding="utf-8")
    (src / "b.txt").write_text(EVENT_PAGE.replace("2013", "2014"), encoding="utf-8")
    (src / "sources.yaml").write_text("pages:\n" + PASSPORT_PAGES, encoding="utf-8")
    report = rcpkg.build.build(src, tmp_path / "store", jobs=1)
    events = _events_titled(tmp_path / "store")
    assert sorted(sorted(dates) for dates, _ in events.values()) == [["2013-06-04"], ["2014-06-04"]]
    assert all(len(pages) == 1 for _, pages in events.values())
    assert report.descriptions == 2 and report.events == 2 and report.merged == []
    assert sorted(a["page"] for a in report.apart) == ["a.txt", "b.txt"]
    assert all("kept as separate events" in a["why"] for a in report.apart)
    # an incremental build that gives both pages the same date makes them one event again
    (src / "b.txt").write_text(EVENT_PAGE, encoding="utf-8")
    report = rcpkg.build.build(src, tmp_path / "store", jobs=1)
    assert report.incremental
    events = _events_titled(tmp_path / "store")
    assert list(events.values()) == [({"2013-06-04"}, {"https://crmsv.org/en/events/workshop-passport-integrity",
                                                        "https://crmsv.org/en/events/workshop-passport-integrity-2"})]
    assert report.events == 1 and report.descriptions == 2 and report.apart == []
    assert [m["pages"] for m in report.merged] == [["a.txt", "b.txt"]]
    assert_same_as_a_full_build(src, tmp_path / "store", report, tmp_path)


@pytest.mark.parametrize("chunk_bytes", [1, 10**9], ids=["one page per chunk", "one chunk"])
def test_pages_that_give_a_meeting_the_same_start_and_different_ends_make_one_event(tmp_path, monkeypatch,
                                                                                     chunk_bytes):
    """Two pages give a same-titled event at one place the same first day and different last days (one
    day on one page, two on the other): one event with both pages, each page's dates kept as its own
    statement and no date of its own, and the build says so (it used to give the event two end dates and
    refuse the graph: "schema:endDate: at most one")."""
    import rcpkg.build

    monkeypatch.setattr(rcpkg.build.pages, "CHUNK_BYTES", chunk_bytes)
    src = tmp_path / "src"
    src.mkdir()
    (src / "a.txt").write_text(EVENT_PAGE, encoding="utf-8")
    (src / "b.txt").write_text(EVENT_PAGE.replace(" to Wednesday, June 5, 2013", ""), encoding="utf-8")
    (src / "sources.yaml").write_text("pages:\n" + PASSPORT_PAGES, encoding="utf-8")
    report = rcpkg.build.build(src, tmp_path / "store", jobs=1)
    events = _events_titled(tmp_path / "store")
    assert list(events.values()) == [(set(), {"https://crmsv.org/en/events/workshop-passport-integrity",
                                              "https://crmsv.org/en/events/workshop-passport-integrity-2"})]
    assert report.events == 1 and report.descriptions == 2
    assert [m["pages"] for m in report.merged] == [["a.txt", "b.txt"]]
    assert sorted(a["page"] for a in report.apart) == ["a.txt", "b.txt"]
    assert all("different dates" in a["why"] for a in report.apart)


def test_an_undated_description_follows_its_dated_page_and_stays_apart_from_another_meeting(tmp_path):
    """A listing entry without a date joins the one dated event page of the same title and place,
    also when that page's date changes in an incremental build; an entry that names another
    year is another meeting, and is not merged with it."""
    from rcpkg.build import build

    src = tmp_path / "src"
    src.mkdir()
    listing = "\n".join(SEED.read_text(encoding="utf-8").split("\n"))
    (src / "listing.txt").write_text(listing, encoding="utf-8")
    (src / "a.txt").write_text(EVENT_PAGE, encoding="utf-8")
    (src / "sources.yaml").write_text(
        "pages:\n  - {file: listing.txt, url: 'https://crmsv.org/events?page=3', lang: en, layout: listing}\n"
        "  - {file: a.txt, url: 'https://crmsv.org/en/events/workshop-passport-integrity', lang: en, layout: event}\n",
        encoding="utf-8")
    store = tmp_path / "store"
    report = build(src, store)
    [(dates, pages)] = _events_titled(store).values()
    assert dates == {"2013-06-04"} and len(pages) == 2
    assert report.events == report.descriptions - 1
    # the event page's date changes: the reused listing is minted again with it
    (src / "a.txt").write_text(EVENT_PAGE.replace("2013", "2015"), encoding="utf-8")
    report = build(src, store)
    assert report.incremental
    [(dates, pages)] = _events_titled(store).values()
    assert dates == {"2015-06-04"} and len(pages) == 2
    assert_same_as_a_full_build(src, store, report, tmp_path)
    # the listing's entry turns out to be another year's workshop of that name: it stays apart
    teaser = next(line for line in listing.split("\n") if line.startswith("The passport workshop will offer"))
    (src / "listing.txt").write_text(listing.replace(
        teaser, "In 2012 the workshop gathered consular staff on travel document security."), encoding="utf-8")
    report = build(src, store)
    events = _events_titled(store)
    assert sorted(sorted(dates) for dates, _ in events.values()) == [[], ["2015-06-04"]]
    assert [a["page"] for a in report.apart] == ["listing.txt"]
    assert "names another year" in report.apart[0]["why"]
    assert_same_as_a_full_build(src, store, report, tmp_path)


@pytest.mark.parametrize("chunk_bytes", [1, 10**9], ids=["one page per chunk", "one chunk"])
def test_pages_that_disagree_about_an_events_objective_each_state_their_own_in_any_chunking(tmp_path, monkeypatch,
                                                                                            chunk_bytes):
    """Two listing pages give one event's objective two texts: the event has both objectives, each with its
    page's quote (an objective's IRI holds a hash of its text, as a section's), however the pages are chunked and
    in an incremental build that re-reads only one of them; the same text on both pages is one objective. (Such
    pages used to be refused, and the whole build with them: the 10k benchmark corpus has a listing entry and a
    placeless entry of one event that state their objectives.)"""
    import pyoxigraph as ox

    import rcpkg.build

    monkeypatch.setattr(rcpkg.build.pages, "CHUNK_BYTES", chunk_bytes)
    seed = SEED.read_text(encoding="utf-8")
    reworded = seed.replace("To exchange experiences in the approach", "To share experiences in the approach")
    assert reworded != seed
    urls = {"a.txt": "https://crmsv.org/events?page=3", "b.txt": "https://crmsv.org/events?page=4"}
    src = write_sources(tmp_path / "src", {"a.txt": seed, "b.txt": reworded}, urls)

    def objectives():
        store = ox.Store.read_only(str(tmp_path / "store"))
        rows = store.query("""PREFIX schema: <https://schema.org/> PREFIX rcp: <https://w3id.org/rcpkg/ontology#>
            SELECT DISTINCT ?o ?text WHERE { ?e rcp:hasObjective ?o . ?o schema:text ?text
                                    FILTER(CONTAINS(STR(?text), "experiences in the approach")) }""",
                           use_default_graph_as_union=True)
        return sorted((r["o"].value, r["text"].value[:20]) for r in rows)

    rcpkg.build.build(src, tmp_path / "store", jobs=1)
    both = objectives()
    assert sorted(t for _, t in both) == ["To exchange experien", "To share experiences"]
    assert len({o for o, _ in both}) == 2
    (src / "b.txt").write_text(seed, encoding="utf-8")
    rcpkg.build.build(src, tmp_path / "store", jobs=1)
    assert [t for _, t in objectives()] == ["To exchange experien"]
    (src / "b.txt").write_text(reworded, encoding="utf-8")
    report = rcpkg.build.build(src, tmp_path / "store", jobs=1)
    assert report.incremental and objectives() == both
    assert_same_as_a_full_build(src, tmp_path / "store", report, tmp_path)


def test_an_incremental_build_without_the_stored_validation_base_reads_it_from_the_store(tmp_path):
    """rcpkg-base.nq (the ontology and reference graphs each validation batch starts from) is a
    cache: when it is missing, the build takes the same quads from the store, checks the changed
    page against them, and writes the file again."""
    from rcpkg.build import BASE_CACHE, build
    from rcpkg.errors import NonConformance

    seed = SEED.read_text(encoding="utf-8")
    urls = {"a.txt": "https://crmsv.org/events?page=3", "b.txt": "https://crmsv.org/events?page=4"}
    sources = write_sources(tmp_path / "src", {"a.txt": seed, "b.txt": seed}, urls)
    store = tmp_path / "store"
    build(sources, store)
    cached = (store / BASE_CACHE).read_bytes()
    assert b"/graph/reference>" in cached and b"/graph/ontology>" in cached
    (store / BASE_CACHE).unlink()
    # b said to be Spanish gives the objectives it shares with a a second text, in Spanish: refused, so the base
    # was there to check against
    yaml_text = (sources / "sources.yaml").read_text(encoding="utf-8")
    b_entry = "  - file: b.txt\n    url: https://crmsv.org/events?page=4\n    lang: en"
    assert b_entry in yaml_text
    (sources / "sources.yaml").write_text(yaml_text.replace(b_entry, b_entry[:-2] + "es"), encoding="utf-8")
    with pytest.raises(NonConformance):
        build(sources, store)
    (sources / "sources.yaml").write_text(yaml_text, encoding="utf-8")
    assert not (store / BASE_CACHE).exists()  # the refused build changed nothing
    (sources / "b.txt").write_text(edited(seed), encoding="utf-8")
    report = build(sources, store)
    assert report.incremental and [p.reused for p in report.pages] == [True, False]
    assert sorted((store / BASE_CACHE).read_bytes().splitlines()) == sorted(cached.splitlines())
    assert_same_as_a_full_build(sources, store, report, tmp_path)


def test_an_unreadable_shapes_cache_is_compiled_again_and_written_anew(tmp_path, monkeypatch):
    """rcpkg-shapes.json is kept from build to build by a hard link while it reads well; one
    that cannot be read is not carried into the next store."""
    from rcpkg.build import SHAPES_CACHE, build
    from rcpkg.shacl_sparql import CompiledShapes

    seed = SEED.read_text(encoding="utf-8")
    src = write_sources(tmp_path / "src", {"a.txt": seed, "b.txt": seed},
                        {"a.txt": "https://crmsv.org/events?page=3", "b.txt": "https://crmsv.org/events?page=4"})
    store = tmp_path / "store"
    build(src, store)
    good = (store / SHAPES_CACHE).read_text(encoding="utf-8")
    (store / SHAPES_CACHE).write_text('{"broken', encoding="utf-8")
    # each build() without a session is as a new process: the store's cache is read
    (src / "b.txt").write_text(seed.replace("San José\n", "Managua\n", 1), encoding="utf-8")
    report = build(src, store)
    assert [p.reused for p in report.pages] == [True, False]
    assert (store / SHAPES_CACHE).read_text(encoding="utf-8") == good
    CompiledShapes.from_json(good)
    # and a good cache is linked, not written again
    (src / "b.txt").write_text(seed, encoding="utf-8")
    before = (store / SHAPES_CACHE).stat().st_ino
    build(src, store)
    assert (store / SHAPES_CACHE).stat().st_ino == before


def test_an_event_page_that_names_no_place_joins_the_listing_entry_that_places_it(tmp_path):
    """Identity (issue 13): nothing conflicts when one page names no place. The event's own page,
    without its city, and the listing entry that gives the city are one event, with the listing's
    place, the page's date and both sources; the build report lists the merge."""
    from rcpkg.build import build

    src = tmp_path / "src"
    src.mkdir()
    (src / "listing.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    (src / "a.txt").write_text(EVENT_PAGE.replace("Mexico City\n", ""), encoding="utf-8")
    (src / "sources.yaml").write_text(
        "pages:\n  - {file: listing.txt, url: 'https://crmsv.org/events?page=3', lang: en, layout: listing}\n"
        "  - {file: a.txt, url: 'https://crmsv.org/en/events/workshop-passport-integrity', lang: en, layout: event}\n",
        encoding="utf-8")
    store = tmp_path / "store"
    report = build(src, store)
    [(dates, pages)] = _events_titled(store).values()
    assert dates == {"2013-06-04"} and len(pages) == 2
    assert report.events == report.descriptions - 1
    assert any(m["pages"] == ["a.txt", "listing.txt"] for m in report.merged)
    import pyoxigraph as ox

    rows = list(ox.Store.read_only(str(store)).query(
        'PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> PREFIX schema: <https://schema.org/> '
        'SELECT ?p WHERE { ?e rdfs:label "Workshop on Passport Integrity"@en ; schema:location ?p }',
        use_default_graph_as_union=True))
    cities = {r["p"].value for r in rows if "/place/city/" in r["p"].value}
    assert cities == {"https://w3id.org/rcpkg/id/place/city/3530597"}  # Mexico City, from the listing
    # the page's date changes: an incremental build mints the reused listing again with it
    (src / "a.txt").write_text(EVENT_PAGE.replace("Mexico City\n", "").replace("2013", "2015"), encoding="utf-8")
    report = build(src, store)
    assert report.incremental
    [(dates, pages)] = _events_titled(store).values()
    assert dates == {"2015-06-04"} and len(pages) == 2
    assert_same_as_a_full_build(src, store, report, tmp_path)
