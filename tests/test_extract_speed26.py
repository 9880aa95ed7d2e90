"""speed26: the machinery changes of round 26's speed helper give exactly what the code gave before them.

- extract._units tests a text span for "@", "://" or "www." before running _URL over it (extract._URL_HINT):
  where none is there, _URL finds no link;
- the line tests of loaders.layouts.blocks (clean, is_caps_heading, is_pager, is_byline, is_footer) read their page
  cache before calling _kept;
- extract._governments and extract._site_secretariat keep their answer per reference data object;
- rcpkg.iris.annotation_part makes the IRI of a quote or position selector without rdflib's check.

Each is compared with a copy of the old code kept here, on generated text and on real lines of the held-out pages.
"""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import URIRef

from rcpkg import iris
from rcpkg.loaders import extract, folding
from rcpkg.loaders.layouts import blocks
from rcpkg.loaders.reference import load_reference
from rcpkg.resources import reference_dir

FIXTURES = Path(__file__).parent / "fixtures"
SETS = ("heldout8", "heldout15", "heldout21", "heldout24")
PAGES = [p.read_text(encoding="utf-8") for s in SETS for p in sorted((FIXTURES / s).glob("*.txt"))]
LINES = sorted({ln for page in PAGES for ln in page.splitlines() if ln.strip()})
WORDS = ("http://x.org/a", "https://www.iom.int", "www.crmsv.org", "info@iom.int", "a@b", "@", "://", "www", "www.",
         "mail: x@y.z", "Lima", "IOM", "|", " | ", "By", "Posted on", "Page 1 2 3", "Next »", "Read more", "\u00a0",
         "\n", "  ", "ORGANIZERS", "GENERAL OBJECTIVE", "©", "All rights reserved", "2021", ".", ",")
TEXT = st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=10)), max_size=14).map(" ".join)

_OLD_URL = re.compile(r"(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+\.[\w.-]+")


def _old_links(text: str, start: int, end: int) -> list[tuple[int, int]]:
    return [(u.start(), u.end()) for u in _OLD_URL.finditer(text, start, end)]


def _new_links(text: str, start: int, end: int) -> list[tuple[int, int]]:
    if not extract._URL_HINT(text, start, end):
        return []
    return [(u.start(), u.end()) for u in extract._URL.finditer(text, start, end)]


@settings(max_examples=400, deadline=None)
@given(TEXT, st.integers(0, 40), st.integers(0, 200))
def test_url_hint_generated(text, a, n):
    b = min(len(text), a + n)
    assert _new_links(text, a, b) == _old_links(text, a, b)


def test_url_hint_real_pages():
    for page in PAGES:
        assert _new_links(page, 0, len(page)) == _old_links(page, 0, len(page))
        for k in range(0, len(page), 997):
            assert _new_links(page, k, k + 1500) == _old_links(page, k, k + 1500)


TESTS = [(blocks.clean, blocks._clean), (blocks.is_caps_heading, blocks._is_caps_heading),
         (blocks.is_pager, blocks._is_pager), (blocks.is_byline, blocks._is_byline),
         (blocks.is_footer, blocks._is_footer)]


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_line_tests_generated(text):
    for new, old in TESTS:
        assert new(text) == old(text) and new(text) == old(text)  # the second call from the page cache
    folding.forget()


def test_line_tests_real_lines():
    for new, old in TESTS:
        for ln in LINES:
            want = old(ln)
            assert new(ln) == want and new(ln) == want
        folding.forget()


def _old_governments(gazetteer) -> dict[str, str]:
    out: dict[str, list[str]] = {}
    for e in gazetteer.reference.entities.values():
        if e.type == "Government" and e.country:
            out.setdefault(e.country, []).append(e.id)
    return {iso2: ids[0] for iso2, ids in out.items() if len(ids) == 1}


def _old_site_secretariat(ref, url):
    from urllib.parse import urlparse
    host = urlparse(url or "").netloc.lower()
    process = next((p for p, keys in extract._SITE_PROCESS if any(k in host for k in keys)), None)
    if process is None or ref is None:
        return None
    found = [e.id for e in getattr(ref, "entities", {}).values() if e.type == "Secretariat" and process in e.part_of]
    return found[0] if len(found) == 1 else None


def test_reference_answers():
    from rcpkg.loaders.gazetteer import Gazetteer

    ref = load_reference(reference_dir())
    gaz = Gazetteer(ref)
    for _ in range(2):
        assert extract._governments(gaz) == _old_governments(gaz)
        got = extract._governments(gaz)
        got.clear()  # (a caller changing its copy changes no kept answer)
        assert extract._governments(gaz) == _old_governments(gaz)
    urls = ["https://crmsv.org/en/events", "https://www.csmigraciones.org/es", "https://example.org/", None, "",
            "http://www.iom.int/x"] + [f"https://{p.name.split('_')[0]}/" for s in SETS
                                        for p in sorted((FIXTURES / s).glob("*.txt"))]
    for url in urls * 2:
        assert extract._site_secretariat(ref, url) == _old_site_secretariat(ref, url)
        assert extract._site_secretariat(None, url) == _old_site_secretariat(None, url)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="0123456789abcdef", min_size=1, max_size=16), st.sampled_from(["quote", "position", "x y"]))
def test_annotation_part(digest, part):
    target = iris.quote_target("https://crmsv.org/" + digest, 1, 5, "exact")
    for base in (target, URIRef("https://example.org/" + digest)):
        got = iris.annotation_part(base, part)
        want = URIRef(f"{base}#{part}")
        assert type(got) is type(want) and got == want


_OLD_LETTERS = blocks._LETTERS


def _old_is_caps_heading(text: str) -> bool:
    t = blocks.clean(text)
    letters = _OLD_LETTERS.findall(t)
    if len(letters) < 4 or len(t) > 90 or blocks.is_bullet(t):
        return False
    return all(not c.islower() for c in letters) and t.rstrip(":").strip() != ""


CAPS = st.lists(st.sampled_from(["ORGANIZERS", "GENERAL", "OBJECTIVE", "Lima", "•", "-", ":", "PARTICIPANTES",
                                 "X" * 50, " ", "\u00a0", "AB", "é"]), max_size=8).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(st.one_of(TEXT, CAPS))
def test_is_caps_heading_generated(text):
    assert blocks._is_caps_heading(text) == _old_is_caps_heading(text)


def test_is_caps_heading_real_lines():
    for ln in LINES:
        assert blocks._is_caps_heading(ln) == _old_is_caps_heading(ln)
    folding.forget()


KIND_WORDS = ("Workshop", "Taller virtual", "Virtual Workshop", "XXI RCM", "XX CRM", "Reunión Viceministerial",
              "Training Workshop on", "Seminario", "Webinar", "Conferencia Regional sobre Migración", "Meeting", "of")
KIND_TEXT = st.lists(st.one_of(st.sampled_from(KIND_WORDS), st.text(max_size=8)), max_size=8).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(KIND_TEXT)
def test_detect_kind_memo_generated(text):
    from rcpkg.loaders import kinds
    old = kinds.detect_kind.__wrapped__
    assert kinds.detect_kind(text) == old(text) and kinds.detect_kind(text) == old(text)
    folding.forget()
    assert kinds.detect_kind(text) == old(text)


def test_detect_kind_memo_real_lines():
    from rcpkg.loaders import kinds
    old = kinds.detect_kind.__wrapped__
    for ln in LINES:
        want = old(ln)
        assert kinds.detect_kind(ln) == want and kinds.detect_kind(ln) == want
    folding.forget()
