"""The fifteenth held-out set: its counts (issue 13).

tests/fixtures/heldout15 with tests/gold/heldout15_*.yaml was written blind: without reading
the extraction rules, their development pages, the cue lists or the other blind writers' sets,
and committed before any extraction ran on it. The checks every blind set shares (gold against
the page text, names, cities, dates, addresses, the scorers, listing entries and their own
event pages) are in tests/test_blind_gold.py; this file holds what is particular to this set.
No floor: the set is scored by ``python -m tests.heldout_score --set heldout15``, to measure,
never to tune a rule.
"""

from __future__ import annotations

from collections import Counter

from heldout_score import load_gold, set_paths
from test_blind_gold import page_set

PAGES, EVENTS_GOLD, RELATIONS_GOLD = set_paths("heldout15")
_, EV, REL, META = page_set("heldout15")
GOLD = load_gold(EVENTS_GOLD, RELATIONS_GOLD, PAGES)


def test_counts_per_layout_and_role():
    layout = {g.key: g.layout for g in GOLD.events}
    events = {lay: sum(1 for g in GOLD.events if g.layout == lay) for lay in ("listing", "event", "fields", "country")}
    assert events == {"listing": 16, "event": 4, "fields": 12, "country": 13}
    inv = {lay: sum(1 for i in GOLD.involvements if layout[i.event] == lay) for lay in events}
    assert inv == {"listing": 116, "event": 43, "fields": 102, "country": 83}
    assert Counter(i.role for i in GOLD.involvements) == {
        "participant": 149, "organizer": 53, "mentioned": 36, "supporter": 27, "funder": 25, "host": 20,
        "convener": 19, "coordinator": 15}
    assert {p["file"].split("_", 1)[0] for p in META} == {"crmsv.org", "rcmvs.org", "csmigraciones.org"}
    assert Counter(p["layout"] for p in META) == {"listing": 4, "event": 4, "fields": 4, "country": 4}
    assert Counter(p["lang"] for p in META) == {"en": 8, "es": 8}


def test_two_listing_entries_and_their_own_event_pages_are_given_as_one_event_each():
    pairs = {(g.page, g.same_as) for g in GOLD.events if g.same_as}
    assert len(pairs) == 4  # two pairs, each given both ways
    assert all((b, a) in pairs for a, b in pairs)
