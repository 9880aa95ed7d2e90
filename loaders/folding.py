"""Folding text for matching, keeping every offset.

Names are matched accent- and case-insensitively, with hyphens read as spaces
("Ad-Hoc" = "Ad Hoc"), typographic apostrophes read as "'" and any whitespace
(non-breaking spaces included) read as a space. :func:`fold_text` maps each
character to exactly one character, so the folded text has the same length as
the original and a match in it *is* a span of the page: no offset map, and it
runs at ``str.translate`` speed (the extractor folds every sentence of 100k
events). Runs of spaces are handled by the patterns (:func:`trie_pattern`
writes a space as ``" +"``).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

_HYPHENS = "-‐‑‒–—"
_APOSTROPHES = "'’‘´`ʼ"


class _FoldTable(dict):
    """``str.translate`` table computed lazily, one character at a time."""

    def __missing__(self, code: int) -> int | str:
        char = chr(code)
        if char.isspace() or char in _HYPHENS:
            out = " "
        elif char in _APOSTROPHES:
            out = "'"
        else:
            decomposed = unicodedata.normalize("NFKD", char)
            base = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
            if len(base) == 1:
                out = base
            else:
                lower = char.lower()
                out = lower if len(lower) == 1 else char
        self[code] = out
        return out


_TABLE = _FoldTable()


_FOLDED: dict[str, str] = {}  # text -> folded, for the page being read (see forget)
_FOLDED_MAX = 50_000
PAGE_CACHES: list[dict] = []  # other modules' caches of the page being read, dropped with the folds (see forget)


def fold_text(text: str) -> str:
    """`text` folded character by character: same length, same offsets.

    The stages of the extraction fold the same sentences again and again (on a page, four
    folds in five are of a text folded before), so the folds of the page being read are
    kept; the build calls :func:`forget` before each page, so no page reuses another's."""
    out = _FOLDED.get(text)
    if out is None:
        if len(_FOLDED) >= _FOLDED_MAX:
            _FOLDED.clear()
        out = _FOLDED[text] = text.translate(_TABLE)
    return out


def page_memo(fn):
    """`fn` with its results kept for the page being read (dropped by :func:`forget`), for pure functions of
    hashable arguments that the extraction calls again and again with the same text. A list result is
    handed out as a fresh copy, so a caller that changes it changes no kept one."""
    cache: dict = {}
    PAGE_CACHES.append(cache)

    def memo(*args, **kwargs):
        key = (args, tuple(kwargs.items())) if kwargs else args
        out = cache.get(key, _MISSING)
        if out is _MISSING:
            if len(cache) >= _FOLDED_MAX:
                cache.clear()
            out = cache[key] = fn(*args, **kwargs)
        return list(out) if type(out) is list else out

    memo.__name__, memo.__qualname__, memo.__doc__, memo.__wrapped__ = fn.__name__, fn.__qualname__, fn.__doc__, fn
    return memo


_MISSING = object()


def forget() -> None:
    """Drop the kept folds (before a new page)."""
    _FOLDED.clear()
    for cache in PAGE_CACHES:
        cache.clear()


def fold_name(text: str) -> str:
    """The folded form of a name as the matchers store it: spaces collapsed, trimmed."""
    return re.sub(" +", " ", fold_text(text)).strip()


def spaced(pattern: str) -> str:
    """A regex source whose literal spaces match runs of spaces."""
    return pattern.replace(" ", " +")


def trie_pattern(words: Iterable[str]) -> str:
    """A regex matching any of `words`, factored as a trie so that matching stays fast
    with hundreds of names; at each position it prefers the longest word. A space in a
    word matches one or more spaces."""
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
        branches = [(" +" if c == " " else re.escape(c)) + build(child)
                    for c, child in sorted(node.items()) if c != ""]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends else body

    return build(trie)
