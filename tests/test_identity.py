"""Which event descriptions of different pages are one event (`rcpkg.loaders.identity`, pure)."""

from __future__ import annotations

from rcpkg.loaders.identity import Record, agree, default_key, resolve

BASE = "regional consultation group on migration|city:3621849"


def rec(ordinal=0, start="", description="", key=None, occurrence=0, base=BASE, title="RCGM", single=False):
    return Record(ordinal, base, start, "", description, occurrence,
                  key if key is not None else default_key(base, start), title, 10 + ordinal, single)


def test_a_listing_entry_joins_the_one_dated_page_that_agrees():
    res = resolve({"listing.txt": [rec(description="the group meets to review the work plan")],
                   "event.txt": [rec(start="2019-03-05", description="the group meets to review the work plan "
                                                                         "of the presidency and the agreements")]})
    assert res.keys == {"listing.txt": {0: f"{BASE}|2019-03-05"}}
    assert res.merged == [{"title": "RCGM", "key": f"{BASE}|2019-03-05", "pages": ["event.txt", "listing.txt"]}]
    assert res.apart == [] and res.descriptions == 2


def test_two_dates_are_two_meetings_and_an_undated_one_cannot_choose():
    res = resolve({"a.txt": [rec(start="2018-05-02")], "b.txt": [rec(start="2019-05-02")],
                   "c.txt": [rec()]})
    assert res.keys == {}  # each keeps the key it was minted with
    assert res.merged == []
    why = {a["page"]: a["why"] for a in res.apart}
    assert set(why) == {"a.txt", "b.txt", "c.txt"}
    assert "2019-05-02" in why["a.txt"] and "2018-05-02" in why["b.txt"]
    assert "2018-05-02, 2019-05-02" in why["c.txt"] and "kept as a separate event" in why["c.txt"]


def test_a_different_description_keeps_an_undated_meeting_apart_from_a_dated_one():
    res = resolve({"a.txt": [rec(start="2019-03-05", description="review of the regional work plan for 2019")],
                   "b.txt": [rec(description="preparatory meeting for the vice-ministerial meeting in panama")]})
    assert res.keys == {} and res.merged == []
    assert [(a["page"], a["line"]) for a in res.apart] == [("b.txt", 10)]
    assert "description differs" in res.apart[0]["why"]


def test_an_undated_description_naming_another_year_is_another_meeting():
    dated = rec(start="2019-06-13", description="the group reviews the regional work plan and the agreements "
                                                 "of the vice-ministerial meeting")
    other_year = rec(description="in 2017 the group reviewed the regional work plan and the agreements")
    same_year = rec(description="in 2019 the group reviews the regional work plan and the agreements")
    assert resolve({"a.txt": [dated], "b.txt": [other_year]}).keys == {}
    assert resolve({"a.txt": [dated], "b.txt": [same_year]}).keys == {"b.txt": {0: f"{BASE}|2019-06-13"}}


def test_a_reworded_summary_of_the_same_event_still_joins_it():
    page = rec(start="2016-03-08", description="about the event: a training for consular officers of the member "
                                               "countries on assistance to migrant children and adolescents "
                                               "travelling alone, with practical cases")
    listing = rec(description="training on consular assistance to unaccompanied migrant children for officers")
    assert resolve({"event.txt": [page], "listing.txt": [listing]}).keys == {"listing.txt": {0: f"{BASE}|2016-03-08"}}


def test_an_events_own_page_and_a_listing_entry_are_one_event_whatever_their_wording():
    page = rec(start="2018-09-04", single=True,
               description="the meeting is convened by the presidency pro tempore and organized by the ministry")
    teaser = rec(description="the network reviews its working guidelines, for example those agreed with unhcr")
    other_listing = rec(description="a meeting on extra-continental flows through the darien")
    assert resolve({"event.txt": [page], "listing.txt": [teaser]}).keys == {"listing.txt": {0: f"{BASE}|2018-09-04"}}
    # undated, both: the own page and the listing entry are one event too
    undated_page = rec(single=True, description=page.description)
    res = resolve({"event.txt": [undated_page], "listing.txt": [teaser]})
    assert res.keys == {} and [m["pages"] for m in res.merged] == [["event.txt", "listing.txt"]]
    # two listings that say different things stay apart; a year against the date does too
    assert resolve({"a.txt": [teaser], "b.txt": [other_listing]}).keys == {"b.txt": {0: f"{BASE}|apart:b.txt"}}
    other_year = rec(description="the 2017 meeting of the network reviews its working guidelines")
    assert resolve({"event.txt": [page], "listing.txt": [other_year]}).keys == {}


def test_two_undated_descriptions_naming_different_years_are_two_meetings():
    res = resolve({"a.txt": [rec(description="meeting of the group held in 2017 to prepare the conference")],
                   "b.txt": [rec(single=True, description="the group meets in 2019 to follow up the mandates")]})
    assert res.keys == {"b.txt": {0: f"{BASE}|apart:b.txt"}}


def test_a_description_minted_with_an_old_decision_is_minted_again():
    # the listing had joined a dated page that is gone: it goes back to its own key
    res = resolve({"listing.txt": [rec(key=f"{BASE}|2013-06-04")]})
    assert res.keys == {"listing.txt": {0: BASE}}


def test_undated_descriptions_merge_while_they_agree_and_stay_apart_when_not():
    res = resolve({"a.txt": [rec(description="workshop on labour migration")],
                   "b.txt": [rec(description="workshop on labour migration and recruitment")],
                   "c.txt": [rec(description="a meeting on extra-continental flows through darien")]})
    assert res.keys == {"c.txt": {0: f"{BASE}|apart:c.txt"}}
    assert [m["pages"] for m in res.merged] == [["a.txt", "b.txt"]]
    assert [a["page"] for a in res.apart] == ["c.txt"]


def test_repeats_on_one_page_and_same_page_dates_are_never_merged():
    res = resolve({"a.txt": [rec(0), rec(1, occurrence=1), rec(2, start="2019-01-01")]})
    assert res.keys == {} and res.merged == [] and res.apart == []


def test_agree():
    assert agree("", "anything") and agree("anything", "")
    assert agree("the passport workshop will", "the passport workshop will offer an opportunity")
    assert agree("the passport workshop will offer an opportunity for rcm member countries to discuss",
                 "the passport workshop will offer an opportunity for canada, mexico and other interested rcm "
                 "member countries, to discuss and understand possible threats")
    assert not agree("review of the regional work plan", "preparatory meeting for the conference")
    assert not agree("review of the regional work plan for the next year",
                     "a meeting on extra-continental flows through the darien")


def test_records_round_trip_through_the_manifest():
    r = rec(3, start="2020-02-02", description="x")
    assert Record.from_list(r.to_list()) == r


def test_resolve_rows_gives_what_resolve_gives():
    from rcpkg.loaders.identity import resolve_rows

    other = "workshop on labour migration|city:3621849"
    pages = {"listing.txt": [rec(description="the group meets to review the work plan"),
                             rec(1, base=other, key=f"{other}|2013-06-04")],  # alone, minted with an old key
             "event.txt": [rec(start="2019-03-05", single=True, description="agenda of the meeting")],
             "c.txt": [rec(2, base="another|", title="x"), rec(3, occurrence=1)]}
    full = resolve(pages)
    rows = resolve_rows({p: [r.to_list() for r in rs] for p, rs in pages.items()})
    assert rows.keys == full.keys == {"listing.txt": {0: f"{BASE}|2019-03-05", 1: other}}
    assert rows.merged == full.merged and rows.apart == full.apart
    assert rows.descriptions == full.descriptions == 5


PLACELESS = "regional consultation group on migration|"


def test_a_page_that_names_no_place_joins_the_one_place_another_page_gives():
    res = resolve({"listing.txt": [rec(description="the group met in the capital")],
                   "event.txt": [rec(start="2019-03-05", base=PLACELESS, key=default_key(PLACELESS, "2019-03-05"),
                                     single=True, description="agenda of the meeting")]})
    assert res.keys == {"listing.txt": {0: f"{BASE}|2019-03-05"}, "event.txt": {0: f"{BASE}|2019-03-05"}}
    assert res.merged == [{"title": "RCGM", "key": f"{BASE}|2019-03-05", "pages": ["event.txt", "listing.txt"]}]
    assert res.apart == []


def test_no_place_and_two_places_elsewhere_or_other_dates_stay_apart_and_say_why():
    other = "regional consultation group on migration|city:3530597"
    res = resolve({"a.txt": [rec(start="2018-05-02")], "b.txt": [rec(start="2019-05-02", base=other)],
                   "c.txt": [rec(base=PLACELESS, key=PLACELESS)]})
    assert res.keys == {} and res.merged == []
    assert [a["page"] for a in res.apart] == ["c.txt"] and "2 places" in res.apart[0]["why"]
    res = resolve({"a.txt": [rec(start="2018-05-02")],
                   "c.txt": [rec(start="2019-05-02", base=PLACELESS, key=default_key(PLACELESS, "2019-05-02"))]})
    assert res.keys == {} and res.merged == []
    assert "dates, years or description differ" in res.apart[0]["why"]


def test_resolve_rows_compares_a_placeless_description_with_the_placed_one():
    from rcpkg.loaders.identity import resolve_rows

    pages = {"listing.txt": [rec(description="the group met")],
             "event.txt": [rec(start="2019-03-05", base=PLACELESS, key=default_key(PLACELESS, "2019-03-05"), single=True)]}
    full = resolve(pages)
    rows = resolve_rows({p: [r.to_list() for r in rs] for p, rs in pages.items()})
    assert rows.keys == full.keys and rows.merged == full.merged and len(rows.merged) == 1


def test_a_description_print_folds_only_the_start_of_a_long_text_and_is_the_same():
    """description_print folds a long description's head only (a speed-up): the same characters
    as folding it whole, whatever the accents, ligatures and runs of blanks."""
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from rcpkg.iris import fold
    from rcpkg.loaders.identity import DESCRIPTION_PREFIX, description_print

    @settings(max_examples=300, deadline=None)
    @given(st.text(alphabet=st.sampled_from(list("ab é\u0301ßﬁ \t\nÑñ.,")), max_size=3 * DESCRIPTION_PREFIX + 50))
    def check(text):
        assert description_print(text) == fold(text)[:DESCRIPTION_PREFIX]

    check()
    assert description_print(None) == ""


def test_one_meeting_whose_pages_give_it_different_end_days_keeps_each_pages_dates():
    """Same title, place and start day, two end days (a listing read as one day, the event's own page as two):
    one event, each page's dates its own statement (DATES_DIFFER), never one event with two end dates."""
    one = Record(0, BASE, "2023-04-26", "", "workshop", 0, default_key(BASE, "2023-04-26"), "Workshop", 9, False)
    two = Record(0, BASE, "2023-04-26", "2023-04-27", "workshop", 0, default_key(BASE, "2023-04-26"), "Workshop",
                 5, True)
    res = resolve({"listing.txt": [one], "event.txt": [two]})
    key = f"{BASE}|2023-04-26|dates-differ"
    assert res.keys == {"listing.txt": {0: key}, "event.txt": {0: key}}
    assert res.merged == [{"title": "Workshop", "key": key, "pages": ["event.txt", "listing.txt"]}]
    why = {a["page"]: a["why"] for a in res.apart}
    assert set(why) == {"listing.txt", "event.txt"} and "different dates" in why["event.txt"]
    # the same end day on both (a one-day meeting stated as "26 April" and "26-26 April"): one dated event
    same = Record(0, BASE, "2023-04-26", "2023-04-26", "workshop", 0, default_key(BASE, "2023-04-26"), "Workshop",
                  5, True)
    res = resolve({"listing.txt": [one], "event.txt": [same]})
    assert res.keys == {} and res.apart == []
