"""Network exports: gexf and graphml re-read by networkx; csv files and headers."""

from __future__ import annotations

import csv

import networkx as nx
import pytest

from rcpkg.errors import UsageError
from rcpkg.viz.export import EDGE_COLUMNS, NODE_COLUMNS, csv_paths, write_network
from rcpkg.viz.source import load_network
from vizhelp import mini_store, org


@pytest.fixture(scope="module")
def data():
    return load_network(store=mini_store(), lang="es")


@pytest.mark.parametrize("fmt, reader", [("gexf", nx.read_gexf), ("graphml", nx.read_graphml)])
def test_gexf_and_graphml_round_trip(tmp_path, data, fmt, reader):
    out = tmp_path / f"net.{fmt}"
    assert write_network(fmt, out, data=data) == [out]
    g = reader(out)
    assert g.number_of_nodes() == 13
    assert g.number_of_edges() == 25
    iom = g.nodes[org("iom")]
    assert iom["label"] == "Organización Internacional para las Migraciones"
    assert iom["type"] == "IntergovernmentalOrganization"
    assert int(iom["events"]) == 3
    edge = g.edges[org("gov-cr"), org("iom")]
    assert int(edge["weight"]) == 1
    assert edge["themes"] == "Migración extrarregional"
    # lists were flattened to strings, and no attribute is a Python repr
    for _, _, d in g.edges(data=True):
        assert all(not str(v).startswith("[") and v != "None" for v in d.values())


def test_weights_count_shared_events(tmp_path, data):
    out = tmp_path / "net.graphml"
    write_network("graphml", out, data=data)
    g = nx.read_graphml(out)
    both = g.edges[org("iom"), org("unhcr")]
    assert int(both["weight"]) == 2  # the ad-hoc meeting and the SACM conference
    assert len(both["events"].split(" | ")) == 2


@pytest.mark.parametrize("out_name, expected", [
    ("net.csv", ("net.nodes.csv", "net.edges.csv")),
    ("folder", ("folder/nodes.csv", "folder/edges.csv")),
])
def test_csv_files_and_headers(tmp_path, data, out_name, expected):
    written = write_network("csv", tmp_path / out_name, data=data)
    assert written == [tmp_path / e for e in expected]
    with open(written[0], encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    assert tuple(rows[0]) == NODE_COLUMNS
    assert len(rows) == 1 + 13
    with open(written[1], encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert tuple(rows[0].keys()) == EDGE_COLUMNS
    assert len(rows) == 25
    assert all(int(r["weight"]) >= 1 for r in rows)


def test_csv_out_that_is_a_file_is_refused(tmp_path):
    f = tmp_path / "plain.txt"
    f.write_text("x")
    with pytest.raises(UsageError):
        csv_paths(f)


def test_unknown_format(tmp_path, data):
    with pytest.raises(UsageError):
        write_network("xlsx", tmp_path / "x", data=data)


def test_write_network_from_a_store_path(tmp_path):
    store_dir = tmp_path / "store"
    mini_store(store_dir)
    out = tmp_path / "n.gexf"
    write_network("gexf", out, store=store_dir, lang="en")
    assert nx.read_gexf(out).nodes[org("iom")]["label"] == "International Organization for Migration"
