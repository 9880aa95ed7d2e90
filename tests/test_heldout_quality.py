"""Held-out evaluation (issue 13): institutions and roles on pages the rules were not written for.

The scorer (tests/heldout_score.py) is checked first on hand-made rows, so that a figure
it gives can be trusted; the gold files are checked against the pages (every printed
name and title is on its page); then the real CLI builds a store from
tests/fixtures/heldout, the figures go to tests/artifacts/heldout_quality.json, and the
figures are held to a floor, and no item of a coordinating-institution field may be lost
in silence.

The issue's target is institutions with their roles at precision >= 0.95 and recall >= 0.95.
It is NOT met: on 2026-12-04 this set measured 0.874 / 0.869 (second set, tests/fixtures/
heldout2: 0.901 / 0.911); on 2026-12-05, after the rules' seven development batches (which
ran this set as a regression check), 0.947 / 0.942 (second set 0.961 / 0.967). The test holds the figures to a floor 0.03 below the measure, so
a regression fails; raise FLOOR as extraction improves, up to the target. This set has
been used twice to find a general fault (a ministry's remit after a comma; a silent loss),
so the second set is the fresher measure.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
import yaml

from heldout_score import (
    assert_floor,
    EVENTS_GOLD,
    PAGES,
    RELATIONS_GOLD,
    ROLES,
    Extracted,
    Gold,
    GoldEvent,
    GoldInvolvement,
    load_gold,
    measure,
    norm,
    score,
    silent_coordinator_losses,
    table,
)

HERE = Path(__file__).resolve().parent
ARTIFACT = HERE / "artifacts" / "heldout_quality.json"
TARGET = {"institution_roles": (0.95, 0.95)}  # issue 13, "Done when": not yet met (see the docstring)
FLOOR = {"institution_roles": (0.917, 0.912)}  # measured 0.947 / 0.942 on 2026-12-05 (62616b2), minus 0.03

ORG = "https://w3id.org/rcpkg/id/org/"
RCP = "https://w3id.org/rcpkg/ontology#"
P1, P2 = "https://example.org/p1", "https://example.org/p2"


# -- the scorer on a tiny hand-made case ---------------------------------------------


def _ev(key, page, url, titles, place=(), dates=(), country_page=None, same_as=None):
    layout = "country" if country_page else "listing"
    return GoldEvent(key, page, url, tuple(titles), frozenset(place), dates, country_page, same_as, layout)


@pytest.fixture
def tiny() -> Gold:
    events = [
        _ev("p1#0", "p1", P1, ["Taller Regional sobre Migración Laboral"], {("city", 3621849), ("country", "CR")},
            (date(2019, 3, 30), date(2019, 4, 1))),
        _ev("p1#1", "p1", P1, ["Regional Consultation Group on Migration"], {("country", "HN")}),
        _ev("p2#0", "p2", P2, ["Regional Consultation Group on Migration"], {("online", True)}, country_page="HN"),
        _ev("p2#1", "p2", P2, ["Workshop on Reception"], country_page="HN"),
    ]
    inv = [
        GoldInvolvement("p1#0", "iom", "organizer"),
        GoldInvolvement("p1#0", "mtss-cr", "coordinator", "Ministerio de Trabajo y Seguridad Social"),
        GoldInvolvement("p1#0", "mtss-cr", "organizer"),
        GoldInvolvement("p1#1", "rcgm", "mentioned"),
        GoldInvolvement("p2#0", "cabei", "funder"),
    ]
    names = {
        "iom": {norm(x) for x in ("International Organization for Migration", "OIM", "IOM")},
        "mtss-cr": {norm("Ministerio de Trabajo y Seguridad Social")},
        "rcgm": {norm("Regional Consultation Group on Migration")},
        "cabei": {norm(x) for x in ("Central American Bank for Economic Integration", "CABEI")},
    }
    return Gold(events, inv, names, {"p1": P1, "p2": P2})


def _rows(**overrides) -> Extracted:
    x = Extracted(
        event_labels=[("e1", P1, "Taller regional sobre migracion laboral"),
                      ("e2", P1, "Regional Consultation Group on Migration"),
                      ("e3", P2, "Regional Consultation Group on Migration"),
                      ("e4", P2, "Workshop on Reception")],
        facts=[("e1", "city", "https://w3id.org/rcpkg/id/place/city/3621849"), ("e1", "country", "CR"),
               ("e1", "start", "2019-03-30"), ("e1", "end", "2019-04-01"), ("e2", "country", "HN"),
               ("e3", "online", "true"), ("e4", "country", "HN")],
        involvements=[
            ("e1", ORG + "iom", RCP + "Organizer", P1),
            ("e1", ORG + "x-ministerio", RCP + "Coordinator", P1),
            ("e1", ORG + "x-ministerio", RCP + "Organizer", P1),
            ("e1", ORG + "x-ministerio", RCP + "Mentioned", P1),  # subsumed by its roles
            ("e2", ORG + "rcm-rcgm", RCP + "Mentioned", P1),
            ("e3", ORG + "cabei", RCP + "Funder", P2),
        ],
        names=[(ORG + "iom", "Organización Internacional para las Migraciones"), (ORG + "iom", "OIM"),
               (ORG + "x-ministerio", "MINISTERIO DE TRABAJO Y SEGURIDAD SOCIAL"),
               (ORG + "rcm-rcgm", "Regional Consultation Group on Migration"), (ORG + "rcm-rcgm", "RCGM"),
               (ORG + "cabei", "Banco Centroamericano de Integración Económica"), (ORG + "cabei", "CABEI")],
    )
    for k, v in overrides.items():
        setattr(x, k, v)
    return x


def test_norm_folds_accents_case_punctuation_and_article():
    folded = norm("ORGANIZACION internacional PARA las migraciones")
    assert norm("Organización Internacional para las Migraciones") == folded
    assert norm("the World Bank") == "world bank"
    assert norm("Presidency Pro-Tempore of the RCM") == norm("Presidency Pro Tempore of the RCM")
    assert norm("Secretaría Técnica de la CRM") != norm("Secretaría Técnica de la CSM")


def test_perfect_rows_score_one(tiny):
    r = score(tiny, _rows())
    for k in ("institutions", "institution_roles", "places", "dates"):
        assert (r[k]["precision"], r[k]["recall"]) == (1.0, 1.0), (k, r[k])
    assert r["events"]["recall"] == 1.0 and r["events"]["precision"] == 1.0
    assert r["titles"]["correct"] == 4
    assert r["identity"] == {"merged_distinct_events": [], "split_same_event": []}
    assert r["institution_roles"]["true_positives"] == 5
    assert "institution_roles" in table(r)


def test_an_agent_matches_by_any_label_or_acronym_only(tiny):
    # named only by its acronym: still IOM
    full = (ORG + "iom", "Organización Internacional para las Migraciones")
    x = _rows(names=[n for n in _rows().names if n != full])
    assert score(tiny, x)["institution_roles"]["recall"] == 1.0
    # IOM's regional office is not IOM: a false positive and a false negative
    x = _rows(names=[n for n in _rows().names if not n[0].endswith("/iom")] + [(ORG + "iom", "IOM Regional Office")])
    r = score(tiny, x)["institution_roles"]
    assert r["false_positives"] == [["p1#0", ORG + "iom", "organizer"]]
    assert r["false_negatives"] == [["p1#0", "iom", "organizer"]]
    assert (r["precision"], r["recall"]) == (0.8, 0.8)


def test_wrong_role_missing_and_extra_involvements(tiny):
    inv = _rows().involvements
    inv = [i for i in inv if i[1] != ORG + "cabei"]  # missing funder
    inv = [(e, a, RCP + "Supporter" if a.endswith("/iom") else r, s) for e, a, r, s in inv]  # wrong role
    inv.append(("e2", ORG + "unhcr", RCP + "Mentioned", P1))  # not in the gold
    r = score(tiny, _rows(involvements=inv))
    assert r["institutions"]["true_positives"] == 3  # iom, mtss-cr, rcgm
    assert r["institutions"]["false_positives"] == [["p1#1", ORG + "unhcr"]]
    assert r["institutions"]["false_negatives"] == [["p2#0", "cabei"]]
    roles = r["institution_roles"]
    assert sorted(map(tuple, roles["false_positives"])) == [("p1#0", "iom", "supporter"),
                                                          ("p1#1", ORG + "unhcr", "mentioned")]
    assert sorted(map(tuple, roles["false_negatives"])) == [("p1#0", "iom", "organizer"), ("p2#0", "cabei", "funder")]
    assert roles["precision"] == round(3 / 5, 4) and roles["recall"] == round(3 / 5, 4)
    assert r["per_role"]["funder"]["recall"] == 0.0
    assert r["per_layout"]["listing"]["true_positives"] == 3 and r["per_layout"]["listing"]["predicted"] == 5
    assert r["per_layout"]["country"]["recall"] == 0.0


def test_a_mention_alone_counts_and_an_involvement_is_scored_on_its_own_page(tiny):
    inv = [i for i in _rows().involvements if i[1] != ORG + "iom"] + [("e1", ORG + "iom", RCP + "Mentioned", P1)]
    r = score(tiny, _rows(involvements=inv))["institution_roles"]
    assert ["p1#0", "iom", "mentioned"] in r["false_positives"]
    # the CABEI involvement quoted from another page does not count for p2's event
    inv = [i if i[1] != ORG + "cabei" else (i[0], i[1], i[2], P1) for i in _rows().involvements]
    r = score(tiny, _rows(involvements=inv))["institution_roles"]
    assert ["p2#0", "cabei", "funder"] in r["false_negatives"]
    # an involvement on an event the gold does not have is a false positive
    x = _rows()
    x.event_labels.append(("e9", P1, "Some other event"))
    x.involvements.append(("e9", ORG + "iom", RCP + "Organizer", P1))
    r = score(tiny, x)
    assert r["institution_roles"]["false_positives"] == [[f"{P1} e9", ORG + "iom", "organizer"]]
    assert r["events"]["precision"] == 0.8 and r["events"]["extra"] == [f"{P1} e9"]


def test_places_dates_and_identity(tiny):
    facts = [f for f in _rows().facts if f[1] not in ("start", "end")] + [("e1", "start", "2019-04-01")]
    facts += [("e3", "country", "HN")]  # an online event placed in the country page's country
    facts = [f for f in facts if f != ("e4", "country", "HN")]  # in-person, no country: fine too
    r = score(tiny, _rows(facts=facts))
    assert r["dates"]["false_positives"] == [["p1#0", "start", "2019-04-01"]]
    assert sorted(map(tuple, r["dates"]["false_negatives"])) == [("p1#0", "start", "2019-03-30")]
    assert r["places"]["false_positives"] == [["p2#0", "country", "HN"]]
    assert r["places"]["recall"] == 1.0
    # two gold events of the same title on two pages that became one store event
    labels = [(e if e != "e3" else "e2", s, t) for e, s, t in _rows().event_labels]
    inv = [(e if e != "e3" else "e2", a, r_, s) for e, a, r_, s in _rows().involvements]
    r = score(tiny, _rows(event_labels=labels, involvements=inv))
    assert r["identity"]["merged_distinct_events"] == [["p1#1", "p2#0"]]
    assert r["institution_roles"]["recall"] == 1.0  # still scored page by page


def test_a_coordinator_missing_without_a_warning_is_lost_in_silence(tiny):
    inv = [i for i in _rows().involvements if i[1] != ORG + "x-ministerio"]
    r = score(tiny, _rows(involvements=inv))
    page = {"file": "p1", "warnings": []}
    lost = [["p1", "Taller Regional sobre Migración Laboral", "Ministerio de Trabajo y Seguridad Social"]]
    assert silent_coordinator_losses(tiny, r, {"pages": [page]}) == lost
    page["warnings"] = ["p1:3: 'Ministerio de Trabajo' is not a known institution"]  # a part of the name only
    assert silent_coordinator_losses(tiny, r, {"pages": [page]}) == lost
    page["warnings"] = ["p1:3: not placed: 'Ministerio de Trabajo y Seguridad Social'"]
    assert silent_coordinator_losses(tiny, r, {"pages": [page]}) == []
    assert silent_coordinator_losses(tiny, score(tiny, _rows()), {"pages": []}) == []


def test_a_title_contained_in_the_label_is_found_but_not_exact(tiny):
    labels = [(e, s, t + " San José" if e == "e1" else t) for e, s, t in _rows().event_labels]
    r = score(tiny, _rows(event_labels=labels))
    assert r["events"]["recall"] == 1.0
    assert r["titles"]["correct"] == 3 and r["titles"]["inexact"] == ["p1#0"]


# -- the gold files against the pages -----------------------------------------------


def test_gold_covers_every_heldout_page_in_four_layouts_and_two_languages():
    meta = yaml.safe_load((PAGES / "sources.yaml").read_text(encoding="utf-8"))["pages"]
    files = {p.name for p in PAGES.iterdir() if p.name != "sources.yaml"}
    assert files and files == {p["file"] for p in meta}
    ev = yaml.safe_load(EVENTS_GOLD.read_text(encoding="utf-8"))
    rel = yaml.safe_load(RELATIONS_GOLD.read_text(encoding="utf-8"))
    assert {p["page"] for p in ev["pages"]} == files == {p["page"] for p in rel["pages"]}
    lang = {p["file"]: p["lang"] for p in meta}
    cells: dict[tuple[str, str], int] = {}
    for p in ev["pages"]:
        cells[(p["layout"], lang[p["page"]])] = cells.get((p["layout"], lang[p["page"]]), 0) + 1
    assert len(cells) == 8 and min(cells.values()) >= 2, cells
    gold = load_gold()
    assert len(gold.events) >= 48 and len(gold.involvements) >= 150
    assert {i.role for i in gold.involvements} == set(ROLES)


def test_every_gold_title_name_and_acronym_is_printed_on_its_page():
    ev = yaml.safe_load(EVENTS_GOLD.read_text(encoding="utf-8"))
    rel = yaml.safe_load(RELATIONS_GOLD.read_text(encoding="utf-8"))
    for p in ev["pages"]:
        text = (PAGES / p["page"]).read_text(encoding="utf-8")
        lines = text.split("\n")
        for e in p["events"]:
            assert all(t in text for _, t in e["titles"]), (p["page"], e["titles"])
            assert lines[e["line"] - 1].startswith(e["titles"][0][1]), (p["page"], e["line"])
    for p in rel["pages"]:
        text = (PAGES / p["page"]).read_text(encoding="utf-8")
        for e in p["events"]:
            for item in e["institutions"]:
                assert item["name"] in text, (p["page"], item["name"])
                assert item.get("acronym") is None or item["acronym"] in text, (p["page"], item["acronym"])
    # the names table holds whole names (a comma inside an unquoted YAML name would split it)
    for inst, entry in rel["institutions"].items():
        for name in entry["names"]:
            fragment = name.startswith(("North ", "Boys ", "Empleo ", "Adolescencia"))
            assert name[:1].isupper() and not fragment, (inst, name)


# -- the real CLI on the held-out pages ---------------------------------------------


@pytest.fixture(scope="module")
def measured(tmp_path_factory) -> dict:
    result = measure(tmp_path_factory.mktemp("heldout"))
    ARTIFACT.parent.mkdir(parents=True, exist_ok=True)
    ARTIFACT.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print("\n" + table(result))
    return result


@pytest.mark.e2e
def test_every_heldout_event_is_found(measured):
    assert measured["events"]["recall"] == 1.0, measured["events"]["missing"]


@pytest.mark.e2e
@pytest.mark.parametrize("measure_name", sorted(FLOOR))
def test_institutions_with_roles_stay_above_the_floor(measured, measure_name):
    assert_floor(measured, measure_name, FLOOR[measure_name])


@pytest.mark.e2e
def test_no_coordinating_field_item_is_lost_in_silence(measured):
    assert measured["coordinating_items_lost_in_silence"] == []


def test_the_same_meeting_on_two_pages_without_same_as_is_no_wrong_merge(tiny):
    """Two gold events of two pages with the same city and the same days, which the gold does not link (a
    country page's entry and the meeting's own page in the other language): one store event for both is no
    merge of distinct events; with other days it is."""
    from dataclasses import replace

    a = next(g for g in tiny.events if g.key == "p1#1")
    b = next(g for g in tiny.events if g.key == "p2#0")
    where = frozenset({("city", 3600949), ("country", "HN")})
    twin = replace(b, place=where, dates=(date(2019, 5, 8), date(2019, 5, 9)))
    first = replace(a, place=where, dates=twin.dates)
    gold = replace(tiny, events=[first if g is a else twin if g is b else g for g in tiny.events])
    labels = [(e if e != "e3" else "e2", s, t) for e, s, t in _rows().event_labels]
    inv = [(e if e != "e3" else "e2", a_, r_, s) for e, a_, r_, s in _rows().involvements]
    assert score(gold, _rows(event_labels=labels, involvements=inv))["identity"]["merged_distinct_events"] == []
    other = replace(gold, events=[replace(g, dates=(date(2020, 5, 8), date(2020, 5, 9))) if g.key == "p2#0" else g
                                  for g in gold.events])
    assert score(other, _rows(event_labels=labels, involvements=inv))["identity"]["merged_distinct_events"] == [
        ["p1#1", "p2#0"]]
