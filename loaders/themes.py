"""Finding the themes of the concept scheme in text.

Every prefLabel and altLabel of every theme, in both languages, is a trigger.
Matching is folded (accents and case ignored, hyphens read as spaces), at word
boundaries, longest trigger first, and tolerates a plural ending ("s" or "es")
on the trigger's last word: "disaster" finds "Disasters", "consular" finds
"consulares". Which matches become theme assignments of an event is decided
by :mod:`rcpkg.loaders.extract`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rcpkg.loaders.folding import fold_name, fold_text, trie_pattern
from rcpkg.loaders.reference import Reference


@dataclass(frozen=True, slots=True)
class ThemeMatch:
    themes: tuple[str, ...]  # theme keys (one, unless two themes share the trigger)
    start: int
    end: int
    surface: str


class ThemeMatcher:
    def __init__(self, ref: Reference) -> None:
        self.reference = ref
        table: dict[str, set[str]] = {}
        for theme in ref.themes.values():
            labels = list(theme.labels.values()) + [a for alts in theme.alt_labels.values() for a in alts]
            for label in labels:
                table.setdefault(fold_name(label), set()).add(theme.key)
        self._triggers = {k: tuple(sorted(v)) for k, v in table.items() if k}
        self._re = (re.compile(rf"(?<!\w)({trie_pattern(self._triggers)})(?:e?s)?(?!\w)")
                    if self._triggers else None)

    @classmethod
    def from_reference(cls, ref: Reference) -> "ThemeMatcher":
        return cls(ref)

    def broader_closure(self, key: str) -> set[str]:
        """Every theme above `key` (skos:broader, transitively); a new set each call."""
        cache = self.__dict__.setdefault("_closures", {})
        if key not in cache:
            cache[key] = frozenset(self._closure(key))
        return set(cache[key])

    def _closure(self, key: str) -> set[str]:
        seen: set[str] = set()
        todo = list(self.reference.themes[key].broader)
        while todo:
            b = todo.pop()
            if b not in seen:
                seen.add(b)
                todo.extend(self.reference.themes[b].broader)
        return seen

    def find(self, text: str) -> list[ThemeMatch]:
        if self._re is None:
            return []
        out = []
        for m in self._re.finditer(fold_text(text)):
            start, end = m.span()
            trigger = m.group(1)
            out.append(ThemeMatch(self._triggers[re.sub(" +", " ", trigger) if "  " in trigger else trigger], start, end,
                                  text[start:end]))
        return out
