"""Paths between institutions through shared events."""

from __future__ import annotations

import pytest

from rcpkg.viz import graphs
from rcpkg.viz.trace import k_paths
from rcpkg.viz.trace_text import format_paths
from vizhelp import ev, make_data, org

# a - b - c - d in a chain of events, plus a detour a - x - y - d; "b" and "c" also share a 2nd event
EVENTS = {k: (2015 + n, ()) for n, k in enumerate(["ab", "bc", "bc2", "cd", "ax", "xy", "yd", "solo"])}
INVOLVEMENTS = [
    ("ab", "a", "convener"), ("ab", "b", "supporter"),
    ("bc", "b", "organizer"), ("bc", "c", "organizer"),
    ("bc2", "b", "mentioned"), ("bc2", "c", "host"),
    ("cd", "c", "funder"), ("cd", "d", "participant"),
    ("ax", "a", "host"), ("ax", "x", "participant"),
    ("xy", "x", "convener"), ("xy", "y", "supporter"),
    ("yd", "y", "organizer"), ("yd", "d", "organizer"),
    ("solo", "lonely", "convener"),
]


@pytest.fixture
def data():
    return make_data(EVENTS, INVOLVEMENTS)


@pytest.fixture
def graph(data):
    return graphs.co_involvement(data)


def test_shortest_path_and_hops_carry_event_roles_and_evidence(data, graph):
    paths = k_paths(data, graph, org("a"), org("d"), k=1)
    assert len(paths) == 1
    path = paths[0]
    assert len(path.hops) == 3
    first = path.hops[0]
    assert first.event == ev("ab")
    assert first.a.institution == org("a") and first.a.roles == ("convener",)
    assert first.b.roles == ("supporter",)
    assert first.a.evidence.quote == "a is convener of ab"
    assert first.a.evidence.source == "https://example.org/ab"


def test_k_paths_lists_both_routes_shortest_first(data, graph):
    paths = k_paths(data, graph, org("a"), org("d"), k=5)
    # both routes have three hops; any other simple path is a detour with a shortcut (not chordless)
    assert len(paths) == 2
    assert {p.nodes for p in paths} == {tuple(org(k) for k in "abcd"), tuple(org(k) for k in "axyd")}
    assert all(len(p.hops) == 3 for p in paths)


def test_hop_picks_the_best_shared_event_and_counts_the_others(data, graph):
    path = k_paths(data, graph, org("b"), org("c"), k=1)[0]
    hop = path.hops[0]
    assert hop.other_events == 1
    assert hop.event == ev("bc")  # organizer/organizer beats mentioned/host
    assert hop.a.roles == ("organizer",)


def test_strength_weighting_prefers_links_backed_by_more_events():
    # a-m1-z (links of 1 event each) vs a-m2-z (links of 3 events each): same hops, strength picks m2
    events = {f"e{i}": (None, ()) for i in range(8)}
    inv = [("e0", "a", "host"), ("e0", "m1", "host"), ("e1", "m1", "host"), ("e1", "z", "host")]
    for i in (2, 3, 4):
        inv += [(f"e{i}", "a", "host"), (f"e{i}", "m2", "host")]
    for i in (5, 6, 7):
        inv += [(f"e{i}", "m2", "host"), (f"e{i}", "z", "host")]
    d = make_data(events, inv)
    g = graphs.co_involvement(d)
    best = k_paths(d, g, org("a"), org("z"), k=1, weighting="strength")[0]
    assert best.nodes[1] == org("m2")
    assert best.cost == pytest.approx(2 / 3)


def test_paths_are_chordless():
    # one event with four institutions: only the direct link, never a walk through the others
    d = make_data({"big": (2020, ())}, [("big", k, "participant") for k in "pqrs"])
    g = graphs.co_involvement(d)
    paths = k_paths(d, g, org("p"), org("s"), k=5)
    assert [p.nodes for p in paths] == [(org("p"), org("s"))]


def test_no_path_gives_an_empty_list(data, graph):
    assert k_paths(data, graph, org("a"), org("lonely")) == []
    assert k_paths(data, graph, org("a"), org("not-in-graph")) == []


def test_same_institution_is_an_error(data, graph):
    with pytest.raises(ValueError):
        k_paths(data, graph, org("a"), org("a"))


def test_unknown_weighting(data, graph):
    with pytest.raises(ValueError):
        k_paths(data, graph, org("a"), org("d"), weighting="fastest")


def test_text_shows_each_hop_with_both_quotes_and_sources(data, graph):
    text = format_paths(data, k_paths(data, graph, org("a"), org("d"), k=2))
    assert text.count("shortest path") == 1 and "path 2" in text
    for quote in ("a is convener of ab", "b is supporter of ab", "c is funder of cd", "d is participant of cd"):
        assert quote in text
    assert "https://example.org/cd" in text
    assert "Event ab (2015)" in text
