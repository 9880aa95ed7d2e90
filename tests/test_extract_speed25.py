"""speed25: the per-page memo (loaders.folding.page_memo) of resolve_place, looks_like_place, split_sentences,
dates._scan and labels.classify gives exactly what the functions gave before it.

The bodies of the functions are unchanged; the memo only keeps their results for the page being read. Each memoized
function is compared with the old one (its unmemoized body, ``__wrapped__``) on generated text and on real lines of
the held-out pages, called twice (the second call is served from the memo), across folding.forget, and with the list
results changed by the caller (a kept result must not change with them).
"""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from rcpkg.loaders import dates, folding, places, sentences
from rcpkg.loaders.layouts import labels

FIXTURES = Path(__file__).parent / "fixtures"
SETS = ("heldout8", "heldout15", "heldout21", "heldout24")


def _pages() -> list[str]:
    return [p.read_text(encoding="utf-8") for s in SETS for p in sorted((FIXTURES / s).glob("*.txt"))]


PAGES = _pages()
LINES = sorted({ln.strip() for page in PAGES for ln in page.splitlines() if ln.strip()})
WORDS = ("Lima", "Perú", "Virtual", "online", "San José, Costa Rica", "12 de octubre de 2023", "March 3-5, 2019",
         "Organizers:", "Con el apoyo de", "Lugar", "Fecha", "Santo Domingo", "IOM", "OIM", ".", ",", ";", "\n",
         "\n\n", "  ", "Dr. Smith", "Taller virtual", "Tela, Atlántida (sin fecha registrada)", "-", "2021", "10:30")
TEXT = st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=12)), max_size=12).map(" ".join)

CALLS = [
    ("resolve_place", lambda f, t: f(t)),
    ("resolve_place_strict", lambda f, t: f(t, alternates=False)),
    ("looks_like_place", lambda f, t: f(t)),
    ("_scan_dmy", lambda f, t: f(t, "dmy")),
    ("_scan", lambda f, t: f(t, None)),
    ("classify", lambda f, t: f(t)),
    ("split_sentences", lambda f, t: f(t)),
    ("split_sentences_part", lambda f, t: f(t, len(t) // 3, len(t) - len(t) // 4, "Heading", ((0, len(t) // 2),))),
]
FUNCS = {"resolve_place": places.resolve_place, "resolve_place_strict": places.resolve_place,
         "looks_like_place": places.looks_like_place, "_scan_dmy": dates._scan, "_scan": dates._scan,
         "classify": labels.classify, "split_sentences": sentences.split_sentences,
         "split_sentences_part": sentences.split_sentences}


def _same(text: str) -> None:
    for name, call in CALLS:
        memo = FUNCS[name]
        old = call(memo.__wrapped__, text)
        first = call(memo, text)
        assert first == old, (name, text)
        if isinstance(first, list):
            first.append("changed by the caller")
        assert call(memo, text) == old, (name, text)  # from the memo


def test_memoized_functions_are_memoized():
    for f in set(FUNCS.values()):
        assert f.__wrapped__ is not f


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_generated_text_same_as_old(text):
    _same(text)
    folding.forget()
    _same(text)


def test_real_lines_same_as_old():
    folding.forget()
    for i, line in enumerate(LINES):
        _same(line)
        if i % 500 == 0:
            folding.forget()


def test_real_pages_split_same_as_old():
    for page in PAGES:
        folding.forget()
        f = sentences.split_sentences
        assert f(page) == f.__wrapped__(page)
        assert f(page, 0, len(page) // 2) == f.__wrapped__(page, 0, len(page) // 2)
        assert f(page) == f.__wrapped__(page)
