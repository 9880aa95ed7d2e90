"""The fourth held-out set and the second held-out news set: their counts and hard cases (issues 13 and 15).

tests/fixtures/heldout4 with tests/gold/heldout4_*.yaml, and tests/fixtures/news_heldout2 with
tests/gold/news_heldout2.yaml, were written blind: without reading the extraction rules, their
development pages or the cue lists, and committed before any extraction ran on them. The
checks every blind set shares (gold against the page text, names, cities, dates, addresses,
the scorers) are in tests/test_blind_gold.py; this file holds what is particular to these
sets. No floor: the sets are scored by ``python -m tests.heldout_score --set heldout4`` and
``python -m tests.news_score --set news_heldout2``, to measure, never to tune a rule.
"""

from __future__ import annotations

import news_score
from heldout_score import load_gold, set_paths
from test_blind_gold import news_set, page_set

PAGES, EVENTS_GOLD, RELATIONS_GOLD = set_paths("heldout4")
_, EV, REL, _ = page_set("heldout4")
ARTICLES, NEWS, NEWS_META = news_set("news_heldout2")
NEWS_GOLD = news_score.set_paths("news_heldout2")[1]


def test_gold_has_the_hard_cases():
    gold = load_gold(EVENTS_GOLD, RELATIONS_GOLD, PAGES)
    twins = [(g.page, g.same_as) for g in gold.events if g.same_as]
    assert len(twins) == 4 and all((b, a) in twins for a, b in twins)
    grcm = [g for g in gold.events if g.titles == ("Reunión del Grupo Regional de Consulta sobre Migración",)]
    assert len(grcm) == 2 and grcm[0].place == grcm[1].place and grcm[0].page != grcm[1].page
    assert sorted(bool(g.dates) for g in grcm) == [False, True]
    dated = [g.dates for g in gold.events if g.dates]
    assert any(s.month != e.month for s, e in dated)
    assert any(("online", True) in g.place and len(g.place) == 1 for g in gold.events)
    assert any(g.place and all(f == "country" for f, _ in g.place) for g in gold.events)
    assert any(not g.place and not g.dates for g in gold.events)


def test_ten_articles_five_per_language_each_with_gold():
    assert len(NEWS_META) == 10 and sorted(p["lang"] for p in NEWS_META) == ["en"] * 5 + ["es"] * 5
    files = {p.name for p in ARTICLES.iterdir() if p.name != "sources.yaml"}
    assert files == {p["file"] for p in NEWS_META} == {a["file"] for a in NEWS["articles"]}
    no_event = [a for a in NEWS["articles"] if not a["meetings"]]
    assert any(a.get("warning") for a in no_event) and any(not a.get("warning") for a in no_event)
    assert {m["process"] for a in NEWS["articles"] for m in a["meetings"]} == {"rcm", "sacm"}
    gold = news_score.load_gold(NEWS_GOLD, ARTICLES)
    assert len(gold.meetings) == 8 and len(gold.involvements) == 125
