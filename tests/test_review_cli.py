"""The curation loop end to end: `rcpkg build` on pages naming institutions the reference data
does not list, `rcpkg review list`, `rcpkg review decide` (same-as / new / ignore), and the next
build using the decision (a curated decision beats extraction)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from rcpkg import iris
from rcpkg.resources import reference_dir

HERE = Path(__file__).resolve().parent
PAGES = HERE / "fixtures" / "openworld"
RCPKG = [sys.executable, "-m", "rcpkg"]
FILES = ("crmsv.org_es_eventos_taller-desplazamiento-desastres.txt", "rcmvs.org_en_events_labour-rights-workshop.txt")


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([*RCPKG, *args], capture_output=True, text=True, timeout=300)


def ask(store: Path, query: str) -> list:
    import pyoxigraph as ox

    return list(ox.Store.read_only(str(store)).query(query, use_default_graph_as_union=True))


@pytest.fixture()
def world(tmp_path):
    """Two development pages, a copy of the reference data, and a built store."""
    sources = tmp_path / "sources"
    sources.mkdir()
    meta = yaml.safe_load((PAGES / "sources.yaml").read_text(encoding="utf-8"))
    entries = [e for e in meta["pages"] if e["file"] in FILES]
    assert len(entries) == len(FILES)
    for name in FILES:
        shutil.copy(PAGES / name, sources / name)
    (sources / "sources.yaml").write_text(yaml.safe_dump({"pages": entries}), encoding="utf-8")
    reference = tmp_path / "reference"
    shutil.copytree(reference_dir(), reference)
    store = tmp_path / "store"
    report = tmp_path / "report.json"
    done = run("build", "--sources", str(sources), "--reference", str(reference), "--store", str(store),
               "--no-explorer", "--report", str(report))
    assert done.returncode == 0, done.stderr
    return sources, reference, store, report


def rebuild(world) -> dict:
    sources, reference, store, report = world
    done = run("build", "--sources", str(sources), "--reference", str(reference), "--store", str(store),
               "--no-explorer", "--report", str(report))
    assert done.returncode == 0, done.stderr
    return json.loads(report.read_text(encoding="utf-8"))


def test_build_reports_slots_and_uncurated_institutions_per_page(world):
    *_, report = world
    data = json.loads(report.read_text(encoding="utf-8"))
    pages = {p["file"]: p for p in data["pages"]}
    workshop = pages["rcmvs.org_en_events_labour-rights-workshop.txt"]
    assert workshop["slots"]["known"] >= 4 and workshop["slots"]["uncurated"] >= 3
    assert "ohchr" in workshop["uncurated"]
    assert data["uncurated"]["ohchr"] == ["rcmvs.org_en_events_labour-rights-workshop.txt"]
    assert "inter-american-development-bank" in data["uncurated"]


def test_list_shows_evidence_pages_and_near_matches(world):
    _, reference, store, _ = world
    done = run("review", "list", "--store", str(store), "--reference", str(reference))
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert "Inter-American Development Bank (IDB)" in out
    assert "[Inter-American Development Bank]" in out  # the quote, with its context
    assert "https://rcmvs.org/en/events/labour-rights-workshop" in out
    as_json = json.loads(run("review", "list", "--json", "--store", str(store), "--reference", str(reference)).stdout)
    coalition = next(x for x in as_json if x["key"] == "plataforma-sobre-desplazamiento-por-desastres")
    assert coalition["evidence"][0]["exact"] == "Plataforma sobre el Desplazamiento por Desastres"
    ohchr_es = next(x for x in as_json if x["name"].startswith("Oficina del Alto Comisionado"))
    assert ohchr_es["near_matches"], "the UN High Commissioner's offices look alike"


def test_same_as_makes_the_name_a_variant_and_the_next_build_uses_it(world):
    _, reference, store, _ = world
    name = "Plataforma sobre el Desplazamiento por Desastres"
    done = run("review", "decide", name, "--same-as", "pdd", "--store", str(store), "--reference", str(reference))
    assert done.returncode == 0, done.stderr
    decisions = yaml.safe_load((reference / "curation.yaml").read_text(encoding="utf-8"))["decisions"]
    assert decisions == [{"name": name, "lang": "es", "decision": "same-as", "same_as": "pdd"}]
    report = rebuild(world)
    assert not any(p["reused"] for p in report["pages"])  # the reference folder is in the fingerprint
    assert "plataforma-sobre-desplazamiento-por-desastres" not in report["uncurated"]
    rows = ask(store, f"""PREFIX rcp: <https://w3id.org/rcpkg/ontology#>
        SELECT ?e WHERE {{ ?e rcp:supportedBy <{iris.org('pdd')}> }}""")
    assert len(rows) == 1


def test_new_makes_a_reference_institution(world):
    _, reference, store, _ = world
    done = run("review", "decide", "IDB", "--new", "--id", "idb", "--type", "IntergovernmentalOrganization",
               "--source", "https://www.iadb.org/en/who-we-are", "--store", str(store), "--reference", str(reference))
    assert done.returncode == 0, done.stderr
    report = rebuild(world)
    assert "inter-american-development-bank" not in report["uncurated"]
    rows = ask(store, f"""PREFIX rcp: <https://w3id.org/rcpkg/ontology#>
        SELECT ?e WHERE {{ ?e rcp:organizedBy <{iris.org('idb')}> ; rcp:fundedBy <{iris.org('idb')}> }}""")
    assert len(rows) == 1


def test_ignore_turns_the_institution_into_a_warning(world):
    _, reference, store, _ = world
    done = run("review", "decide", "Ministry of Labour", "--ignore", "--store", str(store),
               "--reference", str(reference))
    assert done.returncode == 0, done.stderr
    report = rebuild(world)
    assert "ministry-of-labour" not in report["uncurated"]
    page = next(p for p in report["pages"] if p["file"] == "rcmvs.org_en_events_labour-rights-workshop.txt")
    assert any("curated as not an institution" in w and "Ministry of Labour" in w for w in page["warnings"])


@pytest.mark.parametrize("args, message", [
    (["OHCHR", "--same-as", "no-such-id"], "names no reference institution"),
    (["OHCHR", "--new", "--type", "UNAgency"], "needs --source"),
    (["OHCHR", "--new", "--type", "NoSuchType", "--source", "https://www.ohchr.org/"], "unknown entity type"),
    (["OHCHR", "--same-as", "iom", "--ignore"], "exactly one of"),
    (["No Such Body", "--ignore"], "no extracted institution"),
])
def test_a_bad_decision_is_refused_and_nothing_is_written(world, args, message):
    _, reference, store, _ = world
    done = run("review", "decide", *args, "--store", str(store), "--reference", str(reference))
    assert done.returncode == 2
    assert message in done.stderr and "Traceback" not in done.stderr
    assert not (reference / "curation.yaml").exists()


def test_review_help_has_examples():
    done = run("review", "--help")
    assert done.returncode == 0 and "rcpkg review decide" in done.stdout and "Examples" in done.stdout


def test_interactive_records_what_the_curator_answers(world):
    _, reference, store, _ = world
    first = json.loads(run("review", "list", "--json", "--store", str(store), "--reference", str(reference)).stdout)[0]
    done = subprocess.run([*RCPKG, "review", "interactive", "--store", str(store), "--reference", str(reference)],
                          input="i\nq\n", capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert "recorded in" in done.stdout
    decisions = yaml.safe_load((reference / "curation.yaml").read_text(encoding="utf-8"))["decisions"]
    assert [(d["name"], d["lang"], d["decision"]) for d in decisions] == [(first["name"], first["lang"], "ignore")]
