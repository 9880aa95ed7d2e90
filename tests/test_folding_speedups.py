"""Folds the extraction runs on every line and sentence, rewritten for speed: each is the same as
the plain definition it replaced, on any text (hypothesis)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from rcpkg.loaders.layouts import blocks


def _fold_keep_plain(text: str) -> str:
    if text.isascii():
        return text.lower()
    return "".join(ch.lower() if ch.isascii() else blocks._fold_char(ch) for ch in text)


@settings(max_examples=2000, deadline=None)
@given(st.text())
def test_fold_keep_is_the_per_character_fold_and_keeps_the_length(text):
    folded = blocks.fold_keep(text)
    assert folded == _fold_keep_plain(text)
    assert len(folded) == len(text)


def test_fold_keep_on_spanish_letters():
    assert blocks.fold_keep("Reunión de la OIM en Bogotá") == "reunion de la oim en bogota"
    assert blocks.fold_keep("ÁÉÍÓÚÑÜ") == "aeiounu"
