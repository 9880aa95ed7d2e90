"""Pure graph builders on hand-made data with known answers, and the network queries on viz-mini.trig."""

from __future__ import annotations

import pytest
from rdflib import Literal

from rcpkg.viz import graphs
from rcpkg.viz.model import parse_years
from rcpkg.viz.source import NETWORK_QUERIES, fetch, load_network
from vizhelp import ev, make_data, mini_store, org, theme

EVENTS = {"e1": (2015, ("a",)), "e2": (2017, ("a", "b")), "e3": (None, ("b",)), "e4": (2019, ())}
INVOLVEMENTS = [
    ("e1", "x", "convener"), ("e1", "y", "supporter"), ("e1", "z", "mentioned"),
    ("e2", "x", "organizer"), ("e2", "y", "organizer"),
    ("e3", "z", "host"), ("e3", "w", "funder"),
    ("e4", "v", "participant"),
]


@pytest.fixture
def data():
    return make_data(EVENTS, INVOLVEMENTS, types={"p": "ConsultativeProcess"}, structure=[("x", "p")])


def test_co_involvement_weights_are_shared_events(data):
    g = graphs.co_involvement(data)
    assert g.edges[org("x"), org("y")]["weight"] == 2
    assert sorted(g.edges[org("x"), org("y")]["events"]) == [ev("e1"), ev("e2")]
    assert g.edges[org("x"), org("y")]["themes"] == [theme("a"), theme("b")]
    assert g.edges[org("x"), org("z")]["weight"] == 1
    assert g.edges[org("z"), org("w")]["events"] == [ev("e3")]
    assert not g.has_edge(org("x"), org("w"))
    # v is alone in its event: kept, isolated
    assert org("v") in g and g.degree(org("v")) == 0
    assert g.nodes[org("x")]["events"] == 2


def test_exclude_roles_drops_mentions(data):
    g = graphs.co_involvement(data, exclude_roles=("mentioned",))
    assert not g.has_edge(org("x"), org("z"))
    assert g.has_edge(org("z"), org("w"))


def test_involvement_graph_has_three_kinds_and_roles(data):
    g = graphs.involvement_graph(data)
    kinds = {d["kind"] for _, d in g.nodes(data=True)}
    assert kinds == {"institution", "event", "theme"}
    assert g.edges[org("x"), ev("e1")]["roles"] == ["convener"]
    assert g.edges[org("x"), ev("e1")]["evidence"] == [("x is convener of e1", "https://example.org/e1")]
    assert g.has_edge(ev("e2"), theme("b"))
    assert g.number_of_nodes() == 5 + 4 + 2


def test_institution_theme_bipartite_and_projection(data):
    b = graphs.institution_theme(data)
    assert b.edges[org("x"), theme("a")]["weight"] == 2  # e1 and e2
    assert b.edges[org("x"), theme("b")]["weight"] == 1  # e2
    assert b.edges[org("w"), theme("b")]["weight"] == 1
    assert org("v") not in b  # its event has no theme
    inst = graphs.project(b, "institution")
    assert inst.edges[org("x"), org("y")]["weight"] == 2  # they share themes a and b
    themes = graphs.project(b, "theme")
    assert themes.edges[theme("a"), theme("b")]["weight"] == 3  # x, y, z


def test_structure_tree_follows_part_of_transitively():
    d = make_data({}, [], types={"p": "ConsultativeProcess"},
                  structure=[("b1", "p"), ("b2", "p"), ("n1", "b1"), ("other", "q")])
    tree = graphs.structure_tree(d, org("p"))
    assert set(tree.nodes) == {org("p"), org("b1"), org("b2"), org("n1")}
    assert tree.has_edge(org("n1"), org("b1")) and tree.has_edge(org("b1"), org("p"))


@pytest.mark.parametrize("depth, expected", [(1, {"x", "y", "z"}), (2, {"x", "y", "z", "w"})])
def test_ego_depth(data, depth, expected):
    g = graphs.co_involvement(data)
    assert set(graphs.ego(g, org("x"), depth)) == {org(k) for k in expected}


def test_ego_rejects_bad_depth_and_unknown_focus(data):
    g = graphs.co_involvement(data)
    with pytest.raises(ValueError):
        graphs.ego(g, org("x"), 3)
    with pytest.raises(KeyError):
        graphs.ego(g, org("nobody"), 1)


def test_time_slice_keeps_only_dated_events_in_range(data):
    sliced = graphs.time_slice(data, 2016, 2019)
    assert set(sliced.events) == {ev("e2"), ev("e4")}
    assert {i.event for i in sliced.involvements} == {ev("e2"), ev("e4")}
    g = graphs.co_involvement(sliced)
    assert g.edges[org("x"), org("y")]["weight"] == 1
    assert org("z") not in g


def test_theme_restriction(data):
    sliced = data.restrict(theme=theme("b"))
    assert set(sliced.events) == {ev("e2"), ev("e3")}


def test_event_processes_via_bodies(data):
    assert data.event_processes(ev("e1")) == {org("p")}  # x is part of p
    assert data.event_processes(ev("e3")) == frozenset()


@pytest.mark.parametrize("text, expected", [("2015-2018", (2015, 2018)), ("2016", (2016, 2016)),
                                            ("2015-", (2015, None)), ("-2018", (None, 2018)), (None, None)])
def test_parse_years(text, expected):
    assert parse_years(text) == expected


@pytest.mark.parametrize("text", ["x", "-", "2018-2015", "15-16", "2015 2016", "2015--2016"])
def test_parse_years_rejects(text):
    from rcpkg.errors import UsageError

    with pytest.raises(UsageError):
        parse_years(text)


# -- the network queries on the fixture graph ----------------------------------

@pytest.fixture(scope="module")
def store():
    return mini_store()


@pytest.mark.parametrize("name", NETWORK_QUERIES)
def test_network_queries_run_and_return_their_header_columns(store, name):
    from rcpkg.resources import queries_dir

    text = (queries_dir() / f"{name}.rq").read_text(encoding="utf-8")
    returns = next(line.split(":", 1)[1] for line in text.splitlines() if line.startswith("# returns:"))
    result = fetch(name, {"lang": Literal("en")}, store=store)
    assert result.vars == [c.strip() for c in returns.split(",")]
    assert result.rows


def test_load_network_on_fixture_labels_follow_lang(store):
    en = load_network(store=store, lang="en")
    es = load_network(store=store, lang="es")
    assert len(en.events) == 8 and len(en.institutions) == 13
    assert en.label(org("iom")) == "International Organization for Migration"
    assert es.label(org("iom")) == "Organización Internacional para las Migraciones"
    # no Spanish label: falls back to the English one
    assert es.label(org("rcm-lon-children")).startswith("Liaison Officers Network")
    inv = next(i for i in en.involvements if i.institution == org("gov-cr"))
    assert inv.role == "host"
    assert inv.first_evidence.quote == "it is hosted by the Government of Costa Rica"
    assert inv.first_evidence.source == "https://crmsv.org/events?page=3"
    plenary = next(e for e in en.events.values() if e.label.startswith("I Plenary"))
    assert plenary.kind == "PlenaryMeeting" and plenary.year == 2018
    assert en.event_processes(plenary.iri) == {org("rcm"), org("sacm")}
