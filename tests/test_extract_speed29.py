"""speed29: the machinery changes of round 29's speed helper give exactly what the code gave before them.

- extract keeps a unit's known names (Gazetteer.find), new names (openworld.find_names), their descriptions
  (openworld.describe), roles (roles.assign) and themes (ThemeMatcher.find) across pages, by their inputs
  (half of a corpus's units repeat a text of another page): each call gets what the function itself gives, in
  fresh lists, and the role pairs hold the caller's own mention objects;
- triples._plain makes a plain string literal (no language, no datatype) without rdflib's casts: the same
  object as ``Literal(value)``.

Each is compared with the function it stands for, on generated text and on real lines of the held-out pages,
called twice (the second call answers from what was kept).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import Literal

from rcpkg.loaders import extract, folding, triples
from rcpkg.loaders.gazetteer import Gazetteer
from rcpkg.loaders.openworld import describe, find_names, page_acronyms
from rcpkg.loaders.reference import load_reference
from rcpkg.loaders.roles import assign
from rcpkg.loaders.themes import ThemeMatcher
from rcpkg.resources import reference_dir

FIXTURES = Path(__file__).parent / "fixtures"
SETS = ("heldout8", "heldout15", "heldout21", "heldout24")
PAGES = [p.read_text(encoding="utf-8") for s in SETS for p in sorted((FIXTURES / s).glob("*.txt"))]
LINES = sorted({ln for page in PAGES for ln in page.splitlines() if ln.strip()})
WORDS = ("organizado por", "con el apoyo de", "hosted by", "funded by", "the", "la", "OIM", "IOM", "ACNUR", "UNHCR",
         "Ministerio de Relaciones Exteriores", "de Guatemala", "Ministry of Labour", "(CRM)", "Red Jesuita con Migrantes",
         "Regional Conference on Migration", "Secretaría Técnica", "Presidency Pro Tempore", ",", ".", ";", "and", "y",
         "Gobierno de Honduras", "Costa Rica", "migración laboral", "trata de personas", "Universidad Nacional", "\n")
TEXT = st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=8)), max_size=16).map(" ".join)


@lru_cache(maxsize=1)
def _tools() -> tuple[Gazetteer, ThemeMatcher]:
    ref = load_reference(reference_dir())
    return Gazetteer.from_reference(ref), ThemeMatcher(ref)


def _same(text: str, page: str = "") -> None:
    gaz, themes = _tools()
    for _ in range(2):  # the second time from what was kept
        folding.forget()  # (as the build does before each page: the kept answers outlive it)
        local = gaz.find(text)
        got_local = extract._gazetteer_found(gaz, text)
        assert got_local == local and got_local is not local
        assert list(extract._themes_found(themes, text)) == themes.find(text)
        for field in (False, True):
            new = find_names(text, local, field=field)
            got = extract._find_names_kept(text, list(local), field)
            assert got == new
            first = extract._find_names_kept(text, list(local), field)
            assert all(a is not b for a, b in zip(got, first))  # fresh mentions on each call
        new = find_names(text, local)
        acronyms = page_acronyms(page or text)
        for n in new:
            want = describe(n, text, local, lang="es", page_country_gov=None, acronyms=acronyms,
                            entity_type=gaz.entity_type)
            assert extract._describe_kept(n, text, local, "es", None, acronyms, tuple(acronyms.items()),
                                          gaz.entity_type) == want
        mentions = sorted(local + new, key=lambda m: m.start)
        want_assigned, want_unreached = assign(text, list(mentions))
        copies = [type(m)(m.entity_id, m.start, m.end, m.surface, m.kind) for m in mentions]
        got_assigned, got_unreached = extract._assign_kept(text, copies)
        assert got_assigned == want_assigned and got_unreached == want_unreached
        ids = {id(m) for m in copies}
        assert all(id(m) in ids for m, _ in got_assigned if m in mentions)  # the caller's own objects


@settings(max_examples=200, deadline=None)
@given(TEXT)
def test_kept_generated(text: str) -> None:
    _same(text)


def test_kept_real_lines() -> None:
    for line in LINES[::3]:
        _same(line)


def test_kept_real_pages() -> None:
    for page in PAGES[:6]:
        for k in range(0, len(page), 1500):
            _same(page[k:k + 1500], page)


def _slots(lit: Literal) -> tuple:
    return (type(lit), str(lit), lit._language, lit._datatype, lit._value, lit._ill_typed, hash(lit), lit.n3())


@settings(max_examples=500, deadline=None)
@given(st.text())
def test_plain_literal_generated(value: str) -> None:
    assert _slots(triples._plain(value)) == _slots(Literal(value))
    assert triples._plain(value) == Literal(value)


def test_plain_literal_real_lines() -> None:
    for line in LINES:
        assert _slots(triples._plain(line)) == _slots(Literal(line))
