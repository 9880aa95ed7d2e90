"""Second held-out set (issue 13): institutions and roles on pages nobody has tuned against.

tests/fixtures/heldout2 holds 16 pages in the four layouts (listing, event, fields,
country), two per layout and language, written without looking at the extraction rules
or at the first held-out set; tests/gold/heldout2_*.yaml is their hand-written gold (the
role-deciding rules are at the top of the relations file). The gold is checked against
the pages first (every title, name and acronym is printed on its page); then the real
CLI, ``python -m tests.heldout_score --set heldout2 --json ...``, builds a store from the
pages with ``rcpkg build``, reads it back with ``rcpkg query`` and writes the figures to
tests/artifacts/heldout2_quality.json.

The floors asserted are a regression guard, not the target: the figures measured on main
at 62616b2 (2026-12-05: institution_roles 0.961 / 0.967, after the rules' development batches,
which ran this set as a regression check) minus 0.03. First measured at 9e28f03 (before any
rule saw these pages):

    institutions         precision 0.937  recall 0.937   (148/158/158)
    institution_roles    precision 0.904  recall 0.899   (161/178/179)
    events found 45/46, titles exact 45/45, coordinating-field items lost in silence: 0

(Before the history merge, on 27c126f, every event was found; since 9e28f03 "XXV RCM"
is an edition event whose page title is kept as schema:alternateName, which the scorer's
event query does not read, so its involvements count as an unknown event's.)

The issue's target ("Done when") is precision >= 0.95 and recall >= 0.95 for
institutions with their roles. Raise the floors as the rules improve; never fit a rule to
these pages (a rule found wanting here gets its own development pages and tests).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from heldout_score import ROLES, assert_floor, load_gold, set_paths

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
PAGES, EVENTS_GOLD, RELATIONS_GOLD = set_paths("heldout2")
ARTIFACT = HERE / "artifacts" / "heldout2_quality.json"
MEASURED = {"institution_roles": (0.967, 0.972)}  # h-rules 2026-12-06; 0.961 / 0.967 at 62616b2; 0.904 / 0.899 at 9e28f03
EVENTS_FOUND = 0.978  # recall of the events, on main at 9e28f03
FLOOR = {k: (round(p - 0.03, 3), round(r - 0.03, 3)) for k, (p, r) in MEASURED.items()}
TARGET = (0.95, 0.95)  # issue 13, "Done when"


# -- the gold files against the pages -----------------------------------------------


def test_set_paths_name_the_second_set():
    assert set_paths() == (HERE / "fixtures" / "heldout", HERE / "gold" / "heldout_events.yaml",
                           HERE / "gold" / "heldout_relations.yaml")
    assert all(p.exists() for p in (PAGES, EVENTS_GOLD, RELATIONS_GOLD))


def test_gold_covers_every_page_in_four_layouts_and_two_languages():
    meta = yaml.safe_load((PAGES / "sources.yaml").read_text(encoding="utf-8"))["pages"]
    files = {p.name for p in PAGES.iterdir() if p.name != "sources.yaml"}
    assert len(files) >= 16 and files == {p["file"] for p in meta}
    ev = yaml.safe_load(EVENTS_GOLD.read_text(encoding="utf-8"))
    rel = yaml.safe_load(RELATIONS_GOLD.read_text(encoding="utf-8"))
    assert {p["page"] for p in ev["pages"]} == files == {p["page"] for p in rel["pages"]}
    lang = {p["file"]: p["lang"] for p in meta}
    cells: dict[tuple[str, str], int] = {}
    for p in ev["pages"]:
        cells[(p["layout"], lang[p["page"]])] = cells.get((p["layout"], lang[p["page"]]), 0) + 1
    assert len(cells) == 8 and min(cells.values()) >= 2, cells
    gold = load_gold(EVENTS_GOLD, RELATIONS_GOLD, PAGES)
    assert len(gold.events) >= 46 and len(gold.involvements) >= 150
    assert {i.role for i in gold.involvements} == set(ROLES)
    # a listing entry and its own event page, both ways; two same-titled meetings kept apart
    twins = [(g.page, g.same_as) for g in gold.events if g.same_as]
    assert len(twins) == 4 and all((b, a) in twins for a, b in twins)
    rcgm = [g for g in gold.events if g.titles == ("Regional Consultation Group on Migration",)]
    assert len(rcgm) == 2 and rcgm[0].place == rcgm[1].place and rcgm[0].page != rcgm[1].page


def test_every_gold_title_name_and_acronym_is_printed_on_its_page():
    ev = yaml.safe_load(EVENTS_GOLD.read_text(encoding="utf-8"))
    rel = yaml.safe_load(RELATIONS_GOLD.read_text(encoding="utf-8"))
    for p in ev["pages"]:
        lines = (PAGES / p["page"]).read_text(encoding="utf-8").split("\n")
        for e in p["events"]:
            assert lines[e["line"] - 1].startswith(e["titles"][0][1]), (p["page"], e["line"])
    for p in rel["pages"]:
        text = (PAGES / p["page"]).read_text(encoding="utf-8")
        for e in p["events"]:
            assert e["title"] in text, (p["page"], e["title"])
            for item in e["institutions"]:
                assert item["name"] in text, (p["page"], item["name"])
                assert item.get("acronym") is None or item["acronym"] in text, (p["page"], item["acronym"])
    for inst, entry in rel["institutions"].items():
        assert all(name[:1].isupper() for name in entry["names"]), inst


def test_the_scorer_cli_rejects_an_unknown_set():
    proc = subprocess.run([sys.executable, "-m", "tests.heldout_score", "--set", "nope"], cwd=REPO,
                          capture_output=True, text=True, check=False)
    assert proc.returncode == 2 and "--set" in proc.stderr


# -- the real CLI on the second held-out set ----------------------------------------


@pytest.fixture(scope="module")
def measured() -> dict:
    ARTIFACT.parent.mkdir(parents=True, exist_ok=True)
    proc = subprocess.run([sys.executable, "-m", "tests.heldout_score", "--set", "heldout2", "--json", str(ARTIFACT)],
                          cwd=REPO, capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stderr
    print("\n" + proc.stdout)
    return json.loads(ARTIFACT.read_text(encoding="utf-8"))


@pytest.mark.e2e
def test_the_events_of_the_second_set_are_found(measured):
    assert measured["events"]["recall"] >= EVENTS_FOUND - 0.03, measured["events"]["missing"]


@pytest.mark.e2e
@pytest.mark.parametrize("measure_name", sorted(FLOOR))
def test_institutions_with_roles_stay_above_the_floor(measured, measure_name):
    assert_floor(measured, measure_name, FLOOR[measure_name])


@pytest.mark.e2e
def test_no_coordinating_field_item_is_lost_in_silence(measured):
    assert measured["coordinating_items_lost_in_silence"] == []
