"""Folding text for matching, with a map back to the original offsets.

Names are matched accent- and case-insensitively, with hyphens read as spaces
("Ad-Hoc" = "Ad Hoc"), typographic apostrophes read as "'" and whitespace runs
(non-breaking spaces included) read as one space. Matching runs on the folded
text; :func:`fold_with_map` gives, for every folded character, the index of the
original character it came from, so a match is turned back into a verbatim
span of the page.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

_HYPHENS = frozenset("-‐‑‒–—")
_APOSTROPHES = frozenset("'’‘´`ʼ")


def fold_with_map(text: str) -> tuple[str, list[int]]:
    """The folded text and, per folded character, its index in `text` (plus a final sentinel)."""
    out: list[str] = []
    index: list[int] = []
    for i, char in enumerate(text):
        if char.isspace() or char in _HYPHENS:
            if out and out[-1] == " ":
                continue
            out.append(" ")
            index.append(i)
            continue
        if char in _APOSTROPHES:
            out.append("'")
            index.append(i)
            continue
        if char.isascii():
            folded = char.lower()
        else:
            decomposed = unicodedata.normalize("NFKD", char)
            folded = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
        for c in folded:
            out.append(c)
            index.append(i)
    index.append(len(text))
    return "".join(out), index


def fold_name(text: str) -> str:
    """The folded form of a name, as stored in the matchers."""
    return fold_with_map(text)[0].strip()


def span_back(index: list[int], start: int, end: int) -> tuple[int, int]:
    """Original offsets of the folded range ``[start, end)``."""
    return index[start], index[end - 1] + 1 if end > start else index[start]


def trie_pattern(words: Iterable[str]) -> str:
    """A regex matching any of `words`, factored as a trie so that matching stays fast
    with hundreds of names; at each position it prefers the longest word."""
    trie: dict = {}
    for word in words:
        if not word:
            continue
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: dict) -> str:
        ends = "" in node
        branches = [re.escape(c) + build(child) for c, child in sorted(node.items()) if c != ""]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends else body

    return build(trie)
