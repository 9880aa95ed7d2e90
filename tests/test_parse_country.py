"""Layout 4, the country page: titles with objectives; the page's country is what the events
concern, not their place (the place comes only from an event's own text)."""

from __future__ import annotations

from rcpkg.loaders.layouts import detect_layout, parse_page
from rcpkg.loaders.records import Page

TEXT = """Honduras
Workshop on Return
General Objective
To strengthen return.
Specific objectives
• To share.
• To agree.
Meeting of the Network
Network session on protection
General Objectives
To plan the year.
"""


def _parse(text: str, url: str, country: str | None):
    return parse_page(Page(path="c.txt", url=url, text=text, lang="en", country=country))


def test_detected_as_country_page():
    assert detect_layout(TEXT) == "country"


def test_events_objectives_and_the_country_they_concern_printed_on_page():
    r = _parse(TEXT, "https://crmsv.org/en/country/honduras", "HN")
    a, b = r.events
    assert a.titles[0].text == "Workshop on Return" and a.kind == "workshop"
    assert [(o.kind, o.span.exact) for o in a.objectives] == [
        ("general", "To strengthen return."), ("specific", "To share."), ("specific", "To agree.")]
    assert b.titles[0].text == "Meeting of the Network" and b.subtitle.text == "Network session on protection"
    for e in (a, b):
        assert e.concerns.country_code == "HN" and e.concerns.span.exact == "Honduras"
        assert e.place is None  # nothing in the event's own text says where it took place
    assert any(x.startswith("before the first event: line ") for x in r.skipped)  # no page text quoted


def test_country_not_printed_gives_no_place_and_no_invented_span():
    text = TEXT.replace("Honduras\n", "Events\n")
    r = _parse(text, "https://crmsv.org/en/country/honduras", "HN")
    assert all(e.place is None and e.concerns is None for e in r.events)  # the triples stage takes page.country
    assert r.page.country == "HN" and not any("unknown" in w.message for w in r.warnings)
    r = _parse(text, "https://crmsv.org/en/events", None)
    assert any("country is unknown" in w.message for w in r.warnings)


def test_spanish_headings():
    text = "Taller A\nObjetivo General\nFortalecer.\nObjetivos Específicos\n1. Uno.\n2. Dos.\nTaller B\nObjetivos Generales\nOtro.\n"
    r = _parse(text, "https://rcmvs.org/es/pais/guatemala", "GT")
    assert [e.titles[0].text for e in r.events] == ["Taller A", "Taller B"]
    assert [o.span.exact for o in r.events[0].objectives] == ["Fortalecer.", "Uno.", "Dos."]
