"""Places as stated, end to end (issue 13): the triples of one page, and `rcpkg build` then
`rcpkg query` on pages written for these tests (tests/fixtures/places: four layouts, English
and Spanish)."""

from __future__ import annotations

import csv
import io
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Graph, URIRef

from rcpkg import iris
from rcpkg.loaders.layouts import parse_page
from rcpkg.loaders.records import Page
from rcpkg.loaders.triples import page_graph
from rcpkg.namespaces import RCP, SDO

REPO = Path(__file__).resolve().parent.parent
PAGES = REPO / "tests" / "fixtures" / "places"


def _graph(text: str, *, layout: str, url: str, lang: str = "en", country: str | None = None) -> Graph:
    result = parse_page(Page(path="p.txt", url=url, text=text, lang=lang, layout=layout, country=country))
    return page_graph(result).graph()


def _events(g: Graph) -> dict[str, URIRef]:
    from rdflib.namespace import RDF, RDFS

    return {str(g.value(e, RDFS.label)): e for e in g.subjects(RDF.type, RCP.Event)}


def test_country_page_events_concern_the_country_and_are_located_only_by_their_own_text():
    text = ("Honduras\nWorkshop on Return\nGeneral Objective\nTo strengthen return.\n"
            "Webinar on Health\nGeneral Objective\nTo share.\n"
            "Forum on Smuggling\nGeneral Objective\nTo agree. The forum was held in San Salvador.\n")
    g = _graph(text, layout="country", url="https://crmsv.org/en/country/honduras", country="HN")
    ev = _events(g)
    hn = iris.country("HN")
    for e in ev.values():
        assert (e, RCP.concernsCountry, hn) in g
        assert (e, SDO.location, hn) not in g
    assert g.value(ev["Workshop on Return"], SDO.location) is None
    assert g.value(ev["Webinar on Health"], SDO.location) is None
    assert (ev["Webinar on Health"], SDO.eventAttendanceMode, SDO.OnlineEventAttendanceMode) in g
    assert g.value(ev["Forum on Smuggling"], SDO.location) == iris.city(3583361)


def test_country_page_that_does_not_print_its_country_states_it_from_the_url_without_a_quote():
    g = _graph("Events\nWorkshop on Return\nGeneral Objective\nTo strengthen return.\n", layout="country",
               url="https://crmsv.org/en/country/honduras", country="HN")
    (e,) = _events(g).values()
    assert (e, RCP.concernsCountry, iris.country("HN")) in g and g.value(e, SDO.location) is None
    from rcpkg.namespaces import OA

    assert not any(g.value(a, RCP.evidenceFor) == RCP.concernsCountry for a in g.subjects(OA.hasBody, e))


def test_online_venue_is_a_mode_with_its_evidence_and_no_venue_node():
    text = "Taller A\nCiudad: San José\nLugar: En línea\nFecha: 2019\nTaller B\nCiudad: Panamá\nLugar: Hot\n"
    g = _graph(text, layout="fields", url="https://rcmvs.org/es/temas/x", lang="es")
    ev = _events(g)
    a, b = ev["Taller A"], ev["Taller B"]
    assert (a, SDO.eventAttendanceMode, SDO.OnlineEventAttendanceMode) in g
    assert set(g.objects(a, SDO.location)) == {iris.city(3621849)}  # no venue "En línea"
    assert set(g.objects(b, SDO.location)) == {iris.country("PA")}  # the country; no venue "Hot"
    assert not any(str(o) in ("En línea", "Hot") for o in g.objects(None, SDO.name))
    from rcpkg.namespaces import OA

    quotes = {str(g.value(sel, OA.exact)) for sel in g.subjects(None, None) if g.value(sel, OA.exact) is not None}
    assert "En línea" in quotes  # the evidence of the online mode


def test_hybrid_is_the_city_and_the_mixed_mode():
    g = _graph("Seminar A\nCity: Hybrid (Guatemala City)\nDate: 2019\n", layout="fields",
               url="https://rcmvs.org/en/topics/x")
    (e,) = _events(g).values()
    assert (e, SDO.eventAttendanceMode, SDO.MixedEventAttendanceMode) in g
    assert (e, SDO.eventAttendanceMode, SDO.OnlineEventAttendanceMode) not in g
    assert g.value(e, SDO.location) == iris.city(3598132)


def _rcpkg(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "rcpkg", *args], capture_output=True, text=True, timeout=300,
                          cwd=str(REPO))


@pytest.fixture(scope="module")
def places_store(tmp_path_factory) -> tuple[Path, subprocess.CompletedProcess]:
    store = tmp_path_factory.mktemp("places") / "store"
    done = _rcpkg("build", "--sources", str(PAGES), "--store", str(store), "--no-explorer")
    assert done.returncode == 0, done.stdout + done.stderr
    return store, done


def test_build_warns_of_the_venue_cut_short_with_page_line_and_text(places_store):
    _, done = places_store
    out = done.stdout + done.stderr
    assert "rcmvs.org_es_temas_proteccion.txt:6: venue not stored (cut short)" in out and "'Hot'" in out
    assert "conforms to the shapes" in out


def test_events_by_place_counts_what_the_events_state(places_store):
    store, _ = places_store
    done = _rcpkg("query", "events-by-place", "--store", str(store), "--format", "csv")
    assert done.returncode == 0, done.stderr
    rows = {(r["countryLabel"], r["cityLabel"]): int(r["events"]) for r in csv.DictReader(io.StringIO(done.stdout))}
    assert rows == {
        ("Costa Rica", "San José"): 2,  # "San José" + "Lugar: Virtual (Zoom)"; "San José / Virtual"
        ("El Salvador", ""): 1,  # "El Salvador" alone: the country
        ("Guatemala", "Guatemala City"): 1,  # "Ciudad de Guatemala" + "Híbrido"
        ("Honduras", "Tegucigalpa"): 1,  # a Guatemala country page's event that took place in Tegucigalpa
        ("Mexico", ""): 1,  # "City: Mexico": the country
        ("Panama", ""): 1,  # "Ciudad: Panamá": the country, not Panama City
        ("Panama", "Panama City"): 1,  # "Lugar: Ciudad de Panamá" on the Panama country page
    }


def test_country_page_events_without_a_stated_place_are_reported_not_placed(places_store):
    store, _ = places_store
    done = _rcpkg("query", "events-without-place-violation", "--store", str(store), "--format", "csv")
    assert done.returncode == 1
    labels = [r["eventLabel"] for r in csv.DictReader(io.StringIO(done.stdout))]
    assert labels == ["Workshop on Return of Migrant Children"]
