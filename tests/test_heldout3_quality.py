"""Third held-out set (issue 13): institutions and roles on pages no rule was written for.

tests/fixtures/heldout3 holds 16 pages in the four layouts (listing, event, fields,
country), two per layout and language, over the three sites, written apart from the
extraction rules and from the pages of the two earlier held-out sets (which had been used
to find faults, so no longer measure honestly); tests/gold/heldout3_*.yaml is their
hand-written gold, committed before any extraction ran on these pages. The relations gold
keeps the annotation rules of the second set unchanged, and says how the phrases this set
adds ("in partnership with", "co-hosted", "a cargo de", "bajo la coordinación de",
"con el respaldo financiero de", ...) map onto them.

The gold is checked against the pages first (every title, name and acronym is printed on
its page; the set covers every role, both twins of a listing entry and its own page, and
two same-named meetings at one place); then the real CLI,
``python -m tests.heldout_score --set heldout3 --json ...``, builds a store from the pages
with ``rcpkg build``, reads it back with ``rcpkg query`` and writes the figures to
tests/artifacts/heldout3_quality.json.

The floors asserted are a regression guard, not the target: the figures measured on this
branch with the rules of main at bf25ceb (before any rule saw these pages) minus 0.03.
Measured then:

    institutions         precision 0.851  recall 0.828   (188/221/227)
    institution_roles    precision 0.731  recall 0.694   (177/242/255)
    events found 51/53 (precision 0.927), titles exact 49/53,
    coordinating-field items lost in silence: 7 (the target is none)

Three numbered meetings (XXVII RCM, XXIII CRM, XXI CSM) are printed with places and dates
this set invented, which differ from the project's curated history of those editions; the
store joins each page's event to its curated edition, so the places and dates of those
three measure that conflict more than the reading of the page. Their institutions are
scored like any other event's.

Measured again on 2026-12-05 after merging the rule changes of issue 13 (seven development
batches written apart from this set; main at 62616b2), the second time this set was scored:

    institutions         precision 0.865  recall 0.846   (192/222/227)
    institution_roles    precision 0.779  recall 0.745   (190/244/255)
    events found 51/53 (precision 0.927), coordinating-field items lost in silence: 7

Measured again on 2026-12-06 on branch h-rules (issue 13, rules5: listing entry heads, dates and
places said in sentences, more role cues; development batches 11 to 13 and the fourth set, which
counts as seen; no rule fitted to these pages):

    institutions         precision 0.955  recall 0.934   (212/222/227)
    institution_roles    precision 0.894  recall 0.859   (219/245/255)
    places               precision 0.914  recall 0.796;  dates precision 1.000 recall 0.976

The floors below are the latest figures minus 0.03. The issue's target ("Done when") is precision >= 0.95 and recall >= 0.95 for
institutions with their roles. Never fit a rule to these pages: a rule found wanting here
gets its own development pages and tests.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from heldout_score import ROLES, assert_floor, load_gold, norm, set_paths

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
PAGES, EVENTS_GOLD, RELATIONS_GOLD = set_paths("heldout3")
ARTIFACT = HERE / "artifacts" / "heldout3_quality.json"
MEASURED = {"institutions": (0.955, 0.934), "institution_roles": (0.894, 0.859)}  # h-rules, 2026-12-06 (0.865/0.846, 0.779/0.745 at 62616b2)
EVENTS_FOUND = 0.962  # recall of the events, main rules at bf25ceb
LOST_IN_SILENCE = 7  # coordinating-field items, main rules at bf25ceb; the target is 0
FLOOR = {k: (round(p - 0.03, 3), round(r - 0.03, 3)) for k, (p, r) in MEASURED.items()}
TARGET = (0.95, 0.95)  # issue 13, "Done when"


def _yaml(path: Path):
    return yaml.safe_load(path.read_text(encoding="utf-8"))


# -- the gold files against the pages -----------------------------------------------


def test_set_paths_name_the_third_set():
    assert set_paths("heldout3") == (HERE / "fixtures" / "heldout3", HERE / "gold" / "heldout3_events.yaml",
                                     HERE / "gold" / "heldout3_relations.yaml")
    assert all(p.exists() for p in (PAGES, EVENTS_GOLD, RELATIONS_GOLD))


def test_gold_covers_every_page_in_four_layouts_two_languages_and_three_sites():
    meta = _yaml(PAGES / "sources.yaml")["pages"]
    files = {p.name for p in PAGES.iterdir() if p.name != "sources.yaml"}
    assert len(files) == 16 and files == {p["file"] for p in meta}
    ev, rel = _yaml(EVENTS_GOLD), _yaml(RELATIONS_GOLD)
    assert {p["page"] for p in ev["pages"]} == files == {p["page"] for p in rel["pages"]}
    lang = {p["file"]: p["lang"] for p in meta}
    cells: dict[tuple[str, str], int] = {}
    for p in ev["pages"]:
        cells[(p["layout"], lang[p["page"]])] = cells.get((p["layout"], lang[p["page"]]), 0) + 1
    assert len(cells) == 8 and set(cells.values()) == {2}, cells
    assert {f.split("_", 1)[0] for f in files} == {"crmsv.org", "rcmvs.org", "csmigraciones.org"}
    gold = load_gold(EVENTS_GOLD, RELATIONS_GOLD, PAGES)
    assert 45 <= len(gold.events) <= 60 and len(gold.involvements) >= 150
    assert {i.role for i in gold.involvements} == set(ROLES)


def test_gold_has_the_hard_cases_the_brief_asks_for():
    gold = load_gold(EVENTS_GOLD, RELATIONS_GOLD, PAGES)
    # a listing entry and its own event page, both ways, twice
    twins = [(g.page, g.same_as) for g in gold.events if g.same_as]
    assert len(twins) == 4 and all((b, a) in twins for a, b in twins)
    # two meetings of one name at one place, on two pages: different events (one dated)
    consular = [g for g in gold.events if g.titles == ("Meeting of the Network of Consular Protection Liaison Officers",)]
    assert len(consular) == 2 and consular[0].place == consular[1].place and consular[0].page != consular[1].page
    assert sorted(bool(g.dates) for g in consular) == [False, True]
    # a range across months, one across years, online and hybrid events, a bare country
    dated = [g.dates for g in gold.events if g.dates]
    assert any(s.month != e.month for s, e in dated) and any(s.year != e.year for s, e in dated)
    assert any(("online", True) in g.place and len(g.place) == 1 for g in gold.events)
    assert any(("online", True) in g.place and any(f == "city" for f, _ in g.place) for g in gold.events)
    assert any(g.place and all(f == "country" for f, _ in g.place) for g in gold.events)


def test_every_gold_title_name_and_acronym_is_printed_on_its_page():
    ev, rel = _yaml(EVENTS_GOLD), _yaml(RELATIONS_GOLD)
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
                assert item["id"] in rel["institutions"], item["id"]
    for inst, entry in rel["institutions"].items():
        assert all(name[:1].isupper() for name in entry["names"]), inst


def test_every_gold_name_folds_to_a_name_of_its_institution():
    """A printed name (or acronym) that the institutions table lacks would make the scorer
    accept an agent of that name for the wrong body; the table lists every printed form
    except a holder printed in a Presidency Pro Tempore phrase."""
    rel = _yaml(RELATIONS_GOLD)
    table = {inst: {norm(x) for x in entry["names"] + entry.get("acronyms", [])}
             for inst, entry in rel["institutions"].items()}
    for p in rel["pages"]:
        for e in p["events"]:
            for item in e["institutions"]:
                if "Pro Tempore" in item["name"]:
                    continue
                assert norm(item["name"]) in table[item["id"]], (p["page"], item["name"])
                if item.get("acronym"):
                    assert norm(item["acronym"]) in table[item["id"]], (p["page"], item["acronym"])


def test_no_folded_name_belongs_to_two_institutions():
    rel = _yaml(RELATIONS_GOLD)
    owner: dict[str, str] = {}
    for inst, entry in rel["institutions"].items():
        for name in entry["names"] + entry.get("acronyms", []):
            assert owner.setdefault(norm(name), inst) == inst, (name, owner[norm(name)], inst)


def test_the_scorer_cli_knows_the_third_set():
    proc = subprocess.run([sys.executable, "-m", "tests.heldout_score", "--help"], cwd=REPO,
                          capture_output=True, text=True, check=False)
    assert proc.returncode == 0 and "heldout3" in proc.stdout


# -- the real CLI on the third held-out set -----------------------------------------


@pytest.fixture(scope="module")
def measured() -> dict:
    ARTIFACT.parent.mkdir(parents=True, exist_ok=True)
    proc = subprocess.run([sys.executable, "-m", "tests.heldout_score", "--set", "heldout3", "--json", str(ARTIFACT)],
                          cwd=REPO, capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stderr
    print("\n" + proc.stdout)
    return json.loads(ARTIFACT.read_text(encoding="utf-8"))


@pytest.mark.e2e
def test_the_events_of_the_third_set_are_found(measured):
    assert measured["events"]["recall"] >= EVENTS_FOUND - 0.03, measured["events"]["missing"]


@pytest.mark.e2e
@pytest.mark.parametrize("measure_name", sorted(FLOOR))
def test_institutions_with_roles_stay_above_the_floor(measured, measure_name):
    assert_floor(measured, measure_name, FLOOR[measure_name])


@pytest.mark.e2e
def test_no_more_coordinating_field_items_are_lost_in_silence(measured):
    lost = measured["coordinating_items_lost_in_silence"]
    assert len(lost) <= LOST_IN_SILENCE, lost
