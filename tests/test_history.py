"""The processes' history in the reference data (loaders/history.py): the file format and its
errors, the triples, page events meeting the reference editions, and the history queries on a
store built from the real data."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import PROV, RDF, RDFS, XSD

from rcpkg import iris
from rcpkg.errors import LoaderError
from rcpkg.loaders.reference import load_reference
from rcpkg.namespaces import OA, RCP, SDO

REPO = Path(__file__).resolve().parent.parent
REFERENCE = REPO / "data" / "reference"
SEED = REPO / "data" / "sources" / "crmsv.org_events_page-3.txt"
SEED_URL = "https://crmsv.org/events?page=3"
XXI = iris.edition("rcm-conference", 21)


@pytest.fixture(scope="module")
def ref():
    return load_reference(REFERENCE)


@pytest.fixture(scope="module")
def graph(ref):
    return ref.graph()


# --------------------------------------------------------------------------- the file format


def _with(tmp_path: Path, text: str) -> Path:
    folder = tmp_path / "reference"
    shutil.copytree(REFERENCE, folder)
    (folder / "zz-test.yaml").write_text(text, encoding="utf-8")
    return folder


@pytest.mark.parametrize("text, message, value", [
    ("editions:\n  - {series: rcm-conference, number: 30, year: 2025}\n", "edition has no source", "30"),
    ("terms:\n  - {process: rcm, member: gov-bz, role: member, from: 2001}\n", "membership has no source", "gov-bz"),
    ("handovers:\n  - {process: rcm, from: gov-bz, to: gov-gt, date: 2025}\n", "handover has no source", None),
    ("collaborations:\n  - {id: test-forum, name: {en: Test forum}}\n", "has no source", "test-forum"),
    ("notes:\n  - {about: rcm, text: {en: Said somewhere.}}\n", "note has no source", None),
    ("editions:\n  - {series: rcm-conference, number: 30, city: Atlantis, country: HN, sources: [https://example.org/a]}\n",
     "city not found", "Atlantis"),
    ("editions:\n  - {series: no-such-series, number: 1, sources: [https://example.org/a]}\n",
     "unknown series", "no-such-series"),
    ("editions:\n  - {series: rcm-conference, number: 0, sources: [https://example.org/a]}\n",
     "positive integer", "0"),
    ("editions:\n  - {series: rcm-conference, number: 30, year: 2025, start: 2024-05-01, sources: [https://example.org/a]}\n",
     "not in 'year'", "2024-05-01"),
    ("editions:\n  - {series: rcm-conference, number: 30, uncertain: '', sources: [https://example.org/a]}\n",
     "must give the reason", ""),
    ("terms:\n  - {process: rcm, member: gov-bz, role: member, from: 2001-05, sources: [https://example.org/a]}\n",
     "must be a year", "2001-05"),
    ("terms:\n  - {process: rcm, member: gov-bz, role: member, first_seen: {series: rcm-conference, number: 99},"
     " sources: [https://example.org/a]}\n", "edition the reference data does not have", "rcm-conference 99"),
    ("terms:\n  - {process: rcm, member: nobody, role: observer, sources: [https://example.org/a]}\n",
     "unknown id", "nobody"),
    ("terms:\n  - {process: rcm, member: gov-bz, role: chair, sources: [https://example.org/a]}\n",
     "unknown membership role", "chair"),
    ("editions:\n  - {series: rcm-conference, number: 30, sources: [ftp://example.org/a]}\n",
     "http(s) URL", "ftp://example.org/a"),
    ("editions:\n  - {series: rcm-conference, number: 30, colour: red, sources: [https://example.org/a]}\n",
     "unknown field in editions", "colour"),
])
def test_a_bad_history_entry_is_one_error_naming_file_line_and_value(tmp_path, text, message, value):
    folder = _with(tmp_path, text)
    with pytest.raises(LoaderError) as caught:
        load_reference(folder)
    err = caught.value
    assert message in err.message
    assert err.path and err.path.endswith("zz-test.yaml") and err.line == 2
    if value is not None:
        assert str(err.value) == value


def test_a_bad_history_file_stops_the_build_with_exit_2_and_no_traceback(tmp_path):
    folder = _with(tmp_path, "terms:\n  - {process: rcm, member: gov-bz, role: member, from: 2001}\n")
    done = subprocess.run([sys.executable, "-m", "rcpkg", "build", "--store", str(tmp_path / "store"),
                           "--reference", str(folder), "--no-explorer"],
                          capture_output=True, text=True, cwd=REPO)
    assert done.returncode == 2, done.stderr
    assert "zz-test.yaml:2" in done.stderr and "has no source" in done.stderr
    assert "Traceback" not in done.stderr


# --------------------------------------------------------------------------- the reference graph


def test_every_history_entry_has_its_sources(graph):
    for kind in (RCP.EditionStatement, RCP.PresidencyHandover, RCP.RelatedProcess):
        nodes = set(graph.subjects(RDF.type, kind))
        assert nodes, kind
        assert all(any(graph.objects(n, PROV.wasDerivedFrom)) for n in nodes)


def test_disagreeing_accounts_of_an_edition_are_two_statements_each_with_its_source(graph):
    accounts = {s: (graph.value(s, RCP.statedStart), set(graph.objects(s, PROV.wasDerivedFrom)))
                for s in graph.subjects(RCP.about, XXI) if (s, RDF.type, RCP.EditionStatement) in graph}
    starts = {start: sources for start, sources in accounts.values() if start is not None}
    assert set(starts) == {Literal("2016-11-17", datatype=XSD.date), Literal("2016-11-15", datatype=XSD.date)}
    assert starts[Literal("2016-11-17", datatype=XSD.date)] == {
        URIRef("https://docsbay.net/english-translation-of-the-original-spanish-text")}
    assert starts[Literal("2016-11-15", datatype=XSD.date)] == {
        URIRef("https://environmentalmigration.iom.int/adoption-first-guide-effective-practices")}
    # the event itself: the year all accounts agree on, and only the city both accounts name
    assert graph.value(XXI, RCP.year) == Literal("2016", datatype=XSD.gYear)
    cities = {o for o in graph.objects(XXI, SDO.location) if "/city/" in str(o)}
    assert cities == {iris.city(3601782)}  # San Pedro Sula, not Omoa (one account only)
    assert not list(graph.objects(XXI, SDO.startDate))  # dates stay with their accounts


def test_uncertain_and_inferred_facts_carry_the_marker_and_the_reason(graph, ref):
    marked = {t.certainty.kind for t in ref.history.terms} | {a.certainty.kind for a in ref.history.editions}
    assert {"uncertain", "inferred"} <= marked
    for node in graph.subjects(RCP.certainty, None):
        assert graph.value(node, RCP.certainty) in (RCP.Uncertain, RCP.Inferred)
        assert graph.value(node, RCP.certaintyNote)
    # an uncertain year is not the event's year: the IX (2004, uncertain) has none
    assert graph.value(iris.edition("rcm-conference", 9), RCP.year) is None


def test_no_personal_names_only_offices_and_institutions():
    import re

    text = "\n".join(p.read_text(encoding="utf-8") for p in sorted(REFERENCE.glob("*.yaml")))
    for title in ("President ", "Minister ", "Vice-Minister ", "Director General ", "Canciller "):
        assert not re.search(re.escape(title) + r"(?!Pro )[A-Z][a-z]+ [A-Z][a-z]+", text), title


def test_ppt_holder_uses_the_dated_presidencies_but_never_an_uncertain_one(ref):
    assert ref.ppt_holder("rcm", 2017) == "gov-sv"
    assert ref.ppt_holder("rcm", 2024) == "gov-bz"
    assert ref.ppt_holder("rcm", 2016) is None  # Honduras is only implied (uncertain)
    assert ref.ppt_holder("sacm", 2018) is None  # Uruguay until May, Bolivia in November: two holders


def test_the_series_names_are_the_edition_parsers(ref):
    from rcpkg.loaders.editions import _PROCESS_SERIES

    for key, (en, es) in _PROCESS_SERIES.items():
        assert ref.history.series[key].names == {"en": en, "es": es}


# --------------------------------------------------------------------------- pages meet the history


def _seed_graph(ref, editions):
    from rcpkg.loaders.layouts import parse_page
    from rcpkg.loaders.pages import PageMeta, read_page
    from rcpkg.loaders.triples import page_graph

    loaded = read_page(SEED, PageMeta(file=SEED.name, url=SEED_URL, lang="en", layout="listing"))
    from rcpkg.loaders.identity import resolve_rows
    from rcpkg.loaders.triples import identity_records

    page = loaded[0] if isinstance(loaded, tuple) else loaded
    result = parse_page(page)
    # the keys the build chooses once it has compared the pages (an edition's dated description is
    # minted apart until then: rcpkg.loaders.identity)
    rows = [r.to_list() for r in identity_records(page, result.events, None, result.layout)]
    keys = resolve_rows({SEED.name: rows}).keys.get(SEED.name, {})
    return page_graph(result, editions=editions, identity=keys).graph()


def test_a_page_event_that_is_a_reference_edition_gets_its_iri_and_keeps_its_title_and_evidence(ref):
    g = _seed_graph(ref, ref.history.edition_keys)
    assert (XXI, RDF.type, RCP.Event) in g
    assert (XXI, SDO.alternateName, Literal("XXI RCM", lang="en")) in g
    assert not list(g.objects(XXI, RDFS.label))  # the reference names it
    quotes = {g.value(g.value(a, OA.hasTarget), OA.hasSource) for a in g.subjects(OA.hasBody, XXI)}
    assert quotes == {URIRef(SEED_URL)}
    for number in (19, 20, 22):
        assert (iris.edition("rcm-conference", number), RDF.type, RCP.Event) in g
    assert (iris.edition("rcm-sacm-plenary", 1), RDF.type, RCP.Event) in g
    # an edition the reference does not know keeps the page's own IRI
    assert not any(str(s).endswith("adhoc-extra-regional-migrant-4") for s in g.subjects(RDF.type, RCP.Event))


def test_without_reference_editions_an_edition_of_a_process_series_still_gets_the_edition_iri(ref):
    g = _seed_graph(ref, frozenset())  # one event per edition, whichever pages describe it (issue 15)
    assert (XXI, RDF.type, RCP.Event) in g
    assert (XXI, RDFS.label, Literal("XXI Regional Conference on Migration", lang="en")) in g
    assert (XXI, SDO.alternateName, Literal("XXI RCM", lang="en")) in g


# --------------------------------------------------------------------------- on a built store


def _sources(folder: Path, pages: dict[str, tuple[str, str, str, str]]) -> Path:
    """pages: file -> (text, url, lang, layout)."""
    folder.mkdir(parents=True, exist_ok=True)
    lines = ["pages:"]
    for name, (text, url, lang, layout) in pages.items():
        (folder / name).write_text(text, encoding="utf-8")
        lines += [f"  - file: {name}", f"    url: {url}", f"    lang: {lang}", f"    layout: {layout}"]
    (folder / "sources.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    from rcpkg.build import build

    path = tmp_path_factory.mktemp("history") / "store"
    report = build(REPO / "data" / "sources", path)
    assert report.conforms, report.validation
    return path


def query(name: str, store: Path, **params):
    import pyoxigraph as ox

    from rcpkg.queries.catalogue import load_catalogue

    return load_catalogue()[name].run(params, store=ox.Store.read_only(str(store))).rows


def text(value) -> str:
    return "" if value is None else str(value)


def test_the_seeds_xxi_rcm_is_the_references_xxi_edition(store):
    import pyoxigraph as ox

    s = ox.Store.read_only(str(store))
    ask = lambda q: s.query("PREFIX rcp: <https://w3id.org/rcpkg/ontology#> PREFIX schema: <https://schema.org/> "  # noqa: E731
                            "PREFIX prov: <http://www.w3.org/ns/prov#> PREFIX oa: <http://www.w3.org/ns/oa#> ASK { " + q + " }",
                            use_default_graph_as_union=True)
    xxi = f"<{XXI}>"
    assert ask(f'{xxi} rcp:year "2016"^^<http://www.w3.org/2001/XMLSchema#gYear> ; '
               f'schema:location <{iris.city(3601782)}> ; schema:startDate "2016-11-15"^^<http://www.w3.org/2001/XMLSchema#date>')
    assert ask(f"{xxi} prov:wasDerivedFrom <{SEED_URL}> , "
               "<https://environmentalmigration.iom.int/adoption-first-guide-effective-practices>")
    assert ask(f"?a oa:hasBody {xxi} ; oa:hasTarget/oa:hasSource <{SEED_URL}>")
    titles = {r["e"].value for r in s.query('SELECT ?e WHERE { ?e <https://schema.org/alternateName> "XXI RCM"@en }',
                                                use_default_graph_as_union=True)}
    assert titles == {str(XXI)}


def test_conference_history_lists_the_sacm_editions_with_year_city_and_presidency(store):
    rows = query("conference-history", store, process="SACM")
    conferences = [r for r in rows if "sacm-conference" in text(r["series"])]
    assert {int(text(r["edition"])) for r in conferences} == set(range(1, 23))
    xviii = [r for r in conferences if int(text(r["edition"])) == 18 and text(r["start"]) == "2018-11-22"]
    assert xviii and "Sucre" in text(xviii[0]["places"]) and "Bolivia" in text(xviii[0]["presidency"])
    assert text(xviii[0]["year"]) == "2018" and text(xviii[0]["sources"]).startswith("http")
    assert all(text(r["sources"]) for r in rows)
    # uncertain accounts are shown as such, with the reason in the note
    uncertain = [r for r in conferences if text(r["certainty"]) == "Uncertain"]
    assert uncertain and all("[Uncertain: " in text(r["note"]) for r in uncertain)


def test_conference_history_shows_a_disagreement_as_two_rows_each_with_its_source(store):
    rows = query("conference-history", store, process="RCM")
    xxi = [r for r in rows if r["event"] is not None and text(r["event"]) == str(XXI) and r["start"] is not None]
    by_start = {text(r["start"]): text(r["sources"]) for r in xxi}
    assert by_start["2016-11-17"] == "https://docsbay.net/english-translation-of-the-original-spanish-text"
    assert "environmentalmigration.iom.int" in by_start["2016-11-15"]
    assert SEED_URL in {text(r["sources"]) for r in xxi}  # the page's own account


def test_presidencies_lists_the_rcm_holders_year_by_year_with_a_source_per_row(store):
    rows = query("presidencies", store, process="RCM")
    dated = [r for r in rows if r["year"] is not None]
    years = [int(text(r["year"])) for r in dated]
    assert years == sorted(years) and set(range(2011, 2025)) <= set(years)
    assert all(text(r["sources"]).startswith("http") for r in rows)
    holders = {(text(r["year"]), text(r["holderLabel"])) for r in dated}
    assert ("2017", "Government of El Salvador") in holders and ("2024", "Government of Belize") in holders
    handover = [r for r in dated if text(r["year"]) == "2021" and r["handoverTo"] is not None]
    assert handover and text(handover[0]["handoverDate"]) == "2021-12-03"
    assert any(text(r["certainty"]) == "Uncertain" for r in dated)


def test_presidencies_two_holders_named_for_one_year_are_two_rows(store):
    rows = query("presidencies", store, process="SACM")
    in_2018 = [r for r in rows if text(r["year"]) in ("2017", "2018") and text(r["until"]).startswith("2018")]
    assert {text(r["holderLabel"]) for r in in_2018} == {"Government of Uruguay", "Government of Bolivia"}
    assert len({text(r["sources"]) for r in in_2018}) == 2


def test_members_at_date_answers_from_the_memberships_dates(store):
    before = {text(r["member"]) for r in query("members-at-date", store, process="RCM", date="1997-06-01")
              if text(r["role"]).endswith("MemberRole")}
    after = {text(r["member"]) for r in query("members-at-date", store, process="RCM", date="2001-06-01")
             if text(r["role"]).endswith("MemberRole")}
    assert str(iris.org("gov-mx")) in before and str(iris.org("gov-do")) not in before
    assert str(iris.org("gov-do")) in after


def test_observers_and_where_they_were_first_recorded(store):
    rows = query("observers", store, process="SACM")
    mexico = {text(r["firstSeenLabel"]) for r in rows if text(r["observer"]) == str(iris.org("gov-mx"))}
    assert mexico == {"VI South American Conference on Migration", "VIII South American Conference on Migration"}


def test_related_processes_with_their_members_and_disagreements(store):
    rows = query("related-processes", store)
    labels = {text(r["processLabel"]) for r in rows}
    assert {"Quito Process", "MIRPS", "Caribbean Migration Consultations", "OCAM",
            "Los Angeles Declaration on Migration and Protection"} <= labels
    endorsers = [text(r["note"]) for r in rows if "endorsing" in text(r["note"])]
    assert sorted(endorsers) == ["20 endorsing states.", "21 endorsing states.", "22 endorsing states."]


def test_institution_timeline_takes_an_editions_year_from_the_reference(store):
    rows = query("institution-timeline", store, institution="rcm-lon-consular-protection")
    xxi = [r for r in rows if r["what"] is not None and text(r["what"]) == str(XXI)]
    assert xxi and text(xxi[0]["year"]) == "2016"


def test_a_page_and_the_reference_giving_an_edition_different_dates_are_both_kept(tmp_path):
    """Not refused: the page's date is the event's schema:startDate, the reference's are its statements'."""
    from rcpkg.build import build

    page = ("Skip to main content\nXXI Regional Conference on Migration\n"
            "Vice-Ministerial Meeting of the Regional Conference on Migration\nAbout the event:\n"
            "The Vice-Ministers meet.\nNovember 10, 2016 to November 11, 2016\nSan Pedro Sula\n")
    url = "https://rcmvs.org/en/events/xxi-rcm-test"
    sources = _sources(tmp_path / "src", {"xxi.txt": (page, url, "en", "event")})
    report = build(sources, tmp_path / "store")
    assert report.pages[0].error is None
    rows = [r for r in query("conference-history", tmp_path / "store", process="RCM")
            if r["event"] is not None and text(r["event"]) == str(XXI)]
    starts = {text(r["start"]): text(r["sources"]) for r in rows}
    assert starts["2016-11-10"] == url
    assert "2016-11-17" in starts and "2016-11-15" in starts


def test_a_spanish_page_event_without_a_date_gets_the_editions_year(tmp_path):
    from rcpkg.build import build

    page = ("Saltar al contenido principal\n"
            "XII Conferencia Suramericana sobre Migraciones XII Conferencia Suramericana sobre Migraciones\n\n"
            "Los países de la región se reúnen.\n\nSantiago\n")
    url = "https://csmigraciones.org/es/eventos/xii-csm-prueba"
    sources = _sources(tmp_path / "src", {"xii.txt": (page, url, "es", "listing")})
    build(sources, tmp_path / "store")
    rows = query("conference-history", tmp_path / "store", process="CSM", lang="es")
    xii = [r for r in rows if r["event"] is not None and text(r["event"]) == str(iris.edition("sacm-conference", 12))]
    by_source = {text(r["sources"]): r for r in xii}
    assert url in by_source and "Santiago" in text(by_source[url]["places"])
    assert any(text(r["year"]) == "2012" and "sambuz.com" in text(r["sources"]) for r in xii)
    assert text(xii[0]["eventLabel"]) == "XII Conferencia Suramericana sobre Migraciones"
    timeline = query("institution-timeline", tmp_path / "store", institution="sacm")
    assert not timeline or all(r["year"] is None or len(text(r["year"])) == 4 for r in timeline)
