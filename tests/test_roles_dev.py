"""Rules development batches (issue 13): institutions with their roles, by the real CLI.

Each batch (tests/fixtures/rules_dev/batchN) holds six pages (eight in batches 8 and 9, four in batch 10, five in batch 12) in the four layouts and both
languages, written for the batch and annotated by hand (tests/gold/rules_dev_batchN_*.yaml)
before any extraction ran on them; the pages and gold were committed first, the extractor
was then run on them once as it was (the "before" figure), the rules were generalised, and
the batch was scored again (the "after" figure, in MEASURED). Figures over the batches after
the fixes are development figures: the held-out sets measure generalisation.

    batch 1  before: P 0.881 R 0.819   after: P 1.000 R 0.972
    batch 2  before: P 0.701 R 0.628   after: P 0.977 R 0.965   (batch 1 after batch 2's rules: 1.000 / 0.972)
    batch 3  before: P 0.729 R 0.581   after: P 0.973 R 0.973   (batches 1, 2 unchanged)
    batch 4  before: P 0.581 R 0.554   after: P 0.984 R 0.969   (batches 1-3 unchanged)
    batch 5  before: P 0.792 R 0.700   after: P 1.000 R 0.967   (batches 1-4 unchanged)
    batch 6  before: P 0.761 R 0.686   after: P 0.960 R 0.941   (batches 1-5 unchanged)
    batch 7  before: P 0.622 R 0.528   after: P 0.963 R 0.981   (batches 1-6 unchanged)
    batch 8  before: P 0.862 R 0.862   after: P 0.970 R 0.985   (batches 1-7 unchanged)
    batch 9  before: P 0.959 R 0.770   after: P 0.983 R 0.967   (batches 1-8 unchanged)
    batch 10 before: P 0.700 R 0.667   after: P 1.000 R 0.952   (batches 1-9 unchanged; 4 pages)
    batch 11 before: P 0.646 R 0.674   after: P 1.000 R 1.000   (batches 1-10 unchanged; 6 pages, the fields
                                                                  page added later: 1.000 / 1.000 on its first run)
    batch 12 before: P 0.971 R 0.872   after: P 1.000 R 1.000   (batches 1-11 unchanged; 5 pages, the fields
                                                                  page added later: 1.000 / 1.000 on its first run)
    batch 13 before: P 0.650 R 0.788   after: P 1.000 R 1.000   (batches 1-12 unchanged; 6 pages, the Spanish
                                                                  listing added later: 0.878 / 0.923 on its first run)
    batch 16 before: P 0.762 R 0.676   after: P 1.000 R 0.972   (h-names: institution names and role cues;
    batch 17 before: P 0.557 R 0.557   after: P 0.958 R 0.986    6 pages each; batches 1-13 unchanged but for
                                                                  the sponsored-by relabelling, see their gold headers)

Batches 11 and 12 (rules5: listing entry heads, loaders/layouts/heads.py; dates and places said in
sentences; more role cues) also raised places and dates: batch 11 places 0.217 -> 1.000, dates
0.417 -> 1.000; batch 12 places 0.789 -> 1.000, dates 1.000 on its first run; and the dates recall of
batches 1, 3, 5 and 7 (PLACES_DATES). Batch 13 (country offices, comments opening with a participle):
places 0.412 -> 1.000, dates 0.500 -> 1.000; batch 1 places 0.923 -> 1.000.

Batches 8 and 9 also measured places and dates (recall before -> after; precision 1.000
throughout): batch 8 places 0.630 -> 0.926, dates 0.667 -> 1.000; batch 9 places 0.913 -> 1.000,
dates 1.000; batch 10 places 1.000, dates 0.800 -> 1.000; the same rules raised places and dates recall of earlier batches (PLACES_DATES).

The test builds each batch's store with ``rcpkg build`` (through
``heldout_score.measure``), reads it back with ``rcpkg query``, and holds institution+role
to a floor 0.03 below the measured figure; no item of a coordinating-institution field may
be lost in silence.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from heldout_score import assert_floor, load_gold, measure, set_names, set_paths

HERE = Path(__file__).resolve().parent
# institution+role (precision, recall) measured after the batch's fixes
MEASURED = {
    "rules_dev_batch1": (1.000, 0.972),
    "rules_dev_batch2": (0.977, 0.965),
    # 0.973 / 0.973 before round 17; batch 3's gold now annotates the two cited authors of page-21 as mentioned (the
    # convention of round 17); MERCOSUR, now in the reference data, splits "the Parliament of MERCOSUR (PARLASUR)"
    "rules_dev_batch3": (0.948, 0.961),
    "rules_dev_batch4": (0.984, 0.969),
    "rules_dev_batch5": (1.000, 0.967),
    "rules_dev_batch6": (0.960, 0.941),
    "rules_dev_batch7": (0.963, 0.981),
    "rules_dev_batch8": (0.985, 1.000),  # 0.970 / 0.985; raised by h-names ("organized with") and by the sixth held-out set's role wordings (h-six)
    "rules_dev_batch9": (1.000, 0.984),  # 0.983 / 0.967 after batch 9; raised by rules5 (batch 11)
    "rules_dev_batch10": (1.000, 0.952),
    "rules_dev_batch11": (1.000, 1.000),
    "rules_dev_batch12": (1.000, 1.000),
    "rules_dev_batch13": (1.000, 1.000),
    "rules_dev_batch16": (1.000, 0.972),
    "rules_dev_batch17": (0.958, 0.986),
    # the sixth held-out set's shapes (h-six): listing in the crmsv.org shape, country paragraphs opening with
    # the event's name; both 0.000 / 0.000 before their rules. What is left: "such as" / "como" lists before a
    # verb (mentioned in these batches' gold, as heldout4-6 read them; participant in batches 3, 6, 7) and a
    # Presidency Pro Tempore "held by Guatemala" in a listing
    "rules_dev_batch18": (0.891, 0.932),
    "rules_dev_batch19": (0.833, 0.875),
    # labelled fields in every layout (h-labels): 0.373 / 0.314 before the label module. What is left: prose
    # roles ("organizado por X con Y", "Participaron empresas locales y la X") and a network's name cut short
    "rules_dev_batch20": (0.927, 0.914),
    # roles and names in prose (h-prose): 0.886 / 0.846 before its rules; left: "Migración Colombia" at a sentence's
    # start, "Consejo Noruego para Refugiados y Visión Mundial" read as one name
    "rules_dev_batch21": (0.982, 0.973),
}
# batches written for one held-out set's page shapes (h-six: the sixth set's listings and country pages): they
# need not hold every layout
FOCUSED = {"rules_dev_batch18", "rules_dev_batch19", "rules_dev_batch20", "rules_dev_batch21"}  # (21: prose, no fields page)
FLOOR = {k: (round(p - 0.03, 3), round(r - 0.03, 3)) for k, (p, r) in MEASURED.items()}
# places and dates recall measured after batch 12's rules (precision 1.000 in every batch); batch 8 places
# raised to 1.000 by the country-prose rules (h-country; its gold's GeoNames id of David corrected)
PLACES_DATES = {
    "rules_dev_batch1": (1.000, 1.000), "rules_dev_batch2": (1.000, 0.857), "rules_dev_batch3": (1.000, 1.000),
    "rules_dev_batch4": (1.000, 1.000), "rules_dev_batch5": (1.000, 1.000), "rules_dev_batch6": (1.000, 1.000),
    "rules_dev_batch7": (1.000, 1.000), "rules_dev_batch8": (1.000, 1.000), "rules_dev_batch9": (1.000, 1.000),
    "rules_dev_batch10": (1.000, 1.000), "rules_dev_batch11": (1.000, 1.000), "rules_dev_batch12": (1.000, 1.000),
    "rules_dev_batch13": (1.000, 1.000),
    # batches 16 and 17 (h-names), measured after their rules: the places missed are told in a country page's
    # prose ("Hybrid forum held on 8 March 2023 in San José") or with the city's region ("Tapachula, Chiapas")
    "rules_dev_batch16": (0.913, 1.000), "rules_dev_batch17": (0.900, 1.000),
    "rules_dev_batch18": (1.000, 1.000), "rules_dev_batch19": (1.000, 1.000),
    # batch 20 (h-labels): Salto (Uruguay) is not in the gazetteer, which reads Brazil's Salto; "David, Chiriquí"
    # (a city with its province) is not resolved
    "rules_dev_batch20": (0.879, 1.000),
    # batch 21 (h-prose): a listing entry's leading date sentence ("El 14 de noviembre de 2019.") is not read
    "rules_dev_batch21": (1.000, 0.889),
}
# places precision below 0.97 for a reason stated above
PLACES_PRECISION = {"rules_dev_batch20": 0.935}


def test_every_batch_is_a_set_of_the_scorer():
    assert set(MEASURED) <= set(set_names())
    assert set_paths("rules_dev_batch1")[0] == HERE / "fixtures" / "rules_dev" / "batch1"


@pytest.mark.parametrize("name", sorted(MEASURED))
def test_gold_names_are_printed_on_their_pages(name):
    pages, events, relations = set_paths(name)
    gold = load_gold(events, relations, pages)
    meta = yaml.safe_load((pages / "sources.yaml").read_text(encoding="utf-8"))["pages"]
    assert {p["file"] for p in meta} == {g.page for g in gold.events}
    layouts = {g.layout for g in gold.events}
    if name in FOCUSED:  # a batch written for one held-out set's shapes: some layouts only
        assert layouts <= {"listing", "event", "fields", "country"}
    else:
        assert layouts == {"listing", "event", "fields", "country"}
    assert {p["lang"] for p in meta} == {"en", "es"}
    rel = yaml.safe_load(relations.read_text(encoding="utf-8"))
    for page in rel["pages"]:
        text = (pages / page["page"]).read_text(encoding="utf-8")
        for event in page["events"]:
            assert event["title"] in text, (page["page"], event["title"])
            for item in event["institutions"]:
                assert item["name"] in text, (page["page"], item["name"])
                assert not item.get("acronym") or item["acronym"] in text, (page["page"], item["acronym"])


@pytest.fixture(scope="module", params=sorted(MEASURED))
def measured(request, tmp_path_factory):
    return request.param, measure(tmp_path_factory.mktemp(request.param), request.param)


def test_institutions_with_roles_stay_above_the_floor(measured):
    name, result = measured
    assert_floor(result, "institution_roles", FLOOR[name])


def test_every_event_is_found_and_no_coordinating_item_is_lost_in_silence(measured):
    name, result = measured
    assert result["events"]["recall"] == 1.0, result["events"]["missing"]
    assert result["coordinating_items_lost_in_silence"] == [], result["coordinating_items_lost_in_silence"]


def test_places_and_dates_stay_above_the_floor(measured):
    name, result = measured
    places, dates = PLACES_DATES[name]
    assert_floor(result, "places", (min(0.97, PLACES_PRECISION.get(name, 1.0) - 0.03), round(places - 0.03, 3)))
    assert_floor(result, "dates", (0.97, round(dates - 0.03, 3)))
