"""A quote's context (oa:prefix, oa:suffix) stays within its paragraph.

The bundled listing page ends with a footer that credits the site's designer by name; a
suffix that ran on past the blank line carried that name into the graph. The context of a
TextQuoteSelector is there to tell two equal quotes apart, so it never needs the next block.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

from rcpkg.loaders.triples import CONTEXT_CHARS, quote_context

TEXT = "Intro line.\n\nOrganized by IOM and UNHCR in Guatemala City.\n\nFooter credits here"


def span_of(word: str) -> tuple[int, int]:
    start = TEXT.index(word)
    return start, start + len(word)


def test_context_stops_at_the_paragraph_break_on_both_sides():
    prefix, suffix = quote_context(TEXT, *span_of("IOM"))
    assert prefix == "Organized by "
    assert suffix == " and UNHCR in Guatemala City."


@pytest.mark.parametrize("word", ["Intro", "credits"])
def test_context_at_the_edges_of_the_text(word):
    prefix, suffix = quote_context(TEXT, *span_of(word))
    assert "\n\n" not in prefix and "\n\n" not in suffix
    assert TEXT.endswith(suffix) or TEXT[span_of(word)[1]:].startswith(suffix)


def test_context_within_one_long_paragraph_is_the_usual_length():
    text = "a" * 100 + "QUOTE" + "b" * 100
    prefix, suffix = quote_context(text, 100, 105)
    assert prefix == "a" * CONTEXT_CHARS and suffix == "b" * CONTEXT_CHARS


def test_single_line_breaks_are_kept():
    text = "Lugar: San José\nOrganiza: OIM\nFecha: 2019"
    prefix, suffix = quote_context(text, text.index("OIM"), text.index("OIM") + 3)
    assert prefix.endswith("San José\nOrganiza: ") and suffix == "\nFecha: 2019"


def test_the_bundled_graph_holds_no_footer_credit(built_store):
    """The bundled page's footer names a person; nothing of it may reach the graph."""
    out = subprocess.run([sys.executable, "-m", "rcpkg", "export", "--store", str(built_store), "--format", "nq"],
                         capture_output=True, text=True, check=True).stdout
    assert "Design by" not in out
