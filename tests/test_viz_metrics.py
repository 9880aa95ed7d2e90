"""Metrics on small graphs whose answers are known."""

from __future__ import annotations

import networkx as nx
import pytest

from rcpkg.viz import graphs, metrics
from vizhelp import make_data, org, theme


def star(n: int = 5) -> nx.Graph:
    g = nx.Graph()
    for i in range(1, n):
        g.add_edge("c", f"l{i}", weight=1)
    return g


def test_degree_and_weighted_degree():
    g = nx.Graph()
    g.add_edge("a", "b", weight=3)
    g.add_edge("a", "c", weight=1)
    assert metrics.degree(g) == {"a": 2, "b": 1, "c": 1}
    assert metrics.weighted_degree(g) == {"a": 4, "b": 3, "c": 1}


def test_betweenness_of_a_star_centre_is_one():
    b = metrics.betweenness(star(5))
    assert b["c"] == pytest.approx(1.0)
    assert all(b[f"l{i}"] == 0 for i in range(1, 5))


def test_betweenness_uses_inverse_weight_as_distance():
    # a-b-d is backed by many events (short), a-c-d by one each (long): b carries the path, not c
    g = nx.Graph()
    g.add_edge("a", "b", weight=5)
    g.add_edge("b", "d", weight=5)
    g.add_edge("a", "c", weight=1)
    g.add_edge("c", "d", weight=1)
    b = metrics.betweenness(g)
    assert b["b"] > 0 and b["c"] == 0
    hops = metrics.betweenness(g, weighted=False)  # by hop count both routes are equal
    assert hops["b"] == pytest.approx(hops["c"])
    assert hops["b"] > 0


def test_betweenness_is_sampled_above_the_limit():
    g = nx.path_graph(30)
    exact = metrics.betweenness(g, exact_limit=100)
    sampled = metrics.betweenness(g, exact_limit=10, k=10)
    assert exact[15] == pytest.approx(max(exact.values()))
    assert sampled != exact  # k=10 sources out of 30 cannot give the exact values
    assert set(sampled) == set(exact)


def test_eigenvector_handles_disconnected_graphs_and_isolates():
    g = nx.Graph()
    g.add_edge("a", "b", weight=1)
    g.add_edge("b", "c", weight=1)  # a path of three: b is the most central
    g.add_edge("x", "y", weight=1)  # a second component
    g.add_node("z")  # isolated
    eig = metrics.eigenvector(g)
    assert eig.converged
    assert eig.values["z"] == 0
    assert eig.values["b"] > eig.values["a"]
    assert eig.values["a"] == pytest.approx(eig.values["c"])
    assert eig.values["x"] == pytest.approx(eig.values["y"])
    assert eig.values["x"] > 0
    # scaled by component size: the 3-node component's centre outranks the 2-node pair
    assert eig.values["b"] > eig.values["x"]


def test_eigenvector_falls_back_when_it_does_not_converge():
    g = nx.path_graph(6)
    nx.set_edge_attributes(g, 1, "weight")
    eig = metrics.eigenvector(g, max_iter=1)
    assert not eig.converged
    assert eig.values[2] > eig.values[0]  # normalised weighted degree


def test_louvain_splits_two_cliques_joined_by_one_edge_and_is_seeded():
    g = nx.Graph()
    for a, b in nx.complete_graph(["a1", "a2", "a3", "a4"]).edges:
        g.add_edge(a, b, weight=3)
    for a, b in nx.complete_graph(["b1", "b2", "b3", "b4"]).edges:
        g.add_edge(a, b, weight=3)
    g.add_edge("a1", "b1", weight=1)
    found = metrics.communities(g)
    assert found == [{"a1", "a2", "a3", "a4"}, {"b1", "b2", "b3", "b4"}]
    assert metrics.communities(g) == found
    assert metrics.communities(nx.Graph()) == []


def bridge_data():
    # r = RCM, s = SACM; rb is an RCM body; sb a SACM body
    events = {"r1": (2015, ("t",)), "r2": (2016, ()), "s1": (2017, ()), "j": (2018, ("t",))}
    involvements = [
        ("r1", "r", "convener"), ("r1", "igo", "supporter"), ("r1", "gov", "participant"),
        ("r2", "rb", "convener"), ("r2", "igo", "funder"),
        ("s1", "s", "convener"), ("s1", "igo", "participant"), ("s1", "ngo", "participant"),
        ("j", "r", "convener"), ("j", "s", "convener"), ("j", "rb", "supporter"),
    ]
    types = {"r": "ConsultativeProcess", "s": "ConsultativeProcess", "rb": "Secretariat"}
    return make_data(events, involvements, types=types, structure=[("rb", "r")])


def test_bridges_are_institutions_in_both_worlds_but_not_the_processes_or_their_bodies():
    d = bridge_data()
    # keys r and s are not "rcm"/"sacm": pass the pair explicitly
    found = metrics.bridges(d, graphs.co_involvement(d), processes=(org("r"), org("s")))
    assert [b.institution for b in found] == [org("igo")]
    assert found[0].events_by_process == {org("r"): 2, org("s"): 1}
    # the RCM body rb is in the joint event, but it is part of r: not a bridge
    assert org("rb") not in {b.institution for b in found}


def test_bridges_between_value_counts_paths_between_the_worlds():
    d = bridge_data()
    found = metrics.bridges(d, graphs.co_involvement(d), processes=(org("r"), org("s")))
    # gov (only RCM world) reaches ngo (only SACM world) through igo, not through the processes
    assert found[0].between > 0


def test_bridges_need_two_processes():
    d = make_data({"e": (2015, ())}, [("e", "a", "convener"), ("e", "b", "host")])
    assert metrics.bridges(d, graphs.co_involvement(d)) == []


def test_conveners_by_theme_counts_convening_roles_only():
    d = bridge_data()
    top = metrics.conveners_by_theme(d)
    assert top[theme("t")] == [(org("r"), 2), (org("s"), 1)]  # igo is only a supporter on theme t


def test_rank_rows_are_complete_and_sorted():
    d = bridge_data()
    r = metrics.rank(d, graphs.co_involvement(d))
    assert {row["institution"] for row in r.rows} == set(d.institutions)
    btw = [row["betweenness"] for row in r.rows]
    assert btw == sorted(btw, reverse=True)
    assert all(row["community"] >= 1 for row in r.rows)
    assert r.betweenness_exact and r.eigen_converged
