"""What the listing rules' tests (tests/test_listing_r14.py, tests/test_listing_r15.py) read of a page."""

from __future__ import annotations

from rcpkg.loaders.layouts import parse_page
from rcpkg.loaders.records import Page


def parse(text: str, lang: str = "en", url: str = "https://example.org/meetings"):
    """A listing page's text parsed as the build parses it."""
    return parse_page(Page(path="t.txt", url=url, text=text, lang=lang, layout="listing"))


def titles(result) -> list[str]:
    return [e.titles[0].text for e in result.events]


def dates(event):
    return (event.dates.start, event.dates.end) if event.dates else None


def city(event):
    return event.place.city_label_en if event.place is not None else None
