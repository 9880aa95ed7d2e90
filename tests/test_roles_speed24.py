"""The speed24 pre-test of find_cues gives exactly what the code before it gave.

Each cue's regex now runs only on a text holding, for each of the cue's needs, one of the need's
words (literal runs of its pattern, read from the parsed pattern at import). The new find_cues is
compared with a copy of the old one (every chosen cue's regex run) on generated sentences, on
sentences built from each cue's own words, and on real lines of the held-out pages.
"""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from rcpkg.loaders import folding, roles
from rcpkg.loaders.folding import fold_text

FIXTURES = Path(__file__).parent / "fixtures"


# ---------------------------------------------------------------- old version (before speed24)

def old_find_cues(text: str) -> list[roles.Cue]:
    Cue, _WITH, _ADJOINING, _OBJECT, _VERB_FIRST = roles.Cue, roles._WITH, roles._ADJOINING, roles._OBJECT, roles._VERB_FIRST
    folded = fold_text(text)
    found: list = []
    entries, by_stem, always, by_head, heads = roles._cue_index()
    chosen = set(always)
    for st_ in roles._stems_in(folded, by_head, heads):
        chosen.update(by_stem[st_])
    if not chosen:
        return []
    for i in sorted(chosen):
        forward, role, rx, at = entries[i]
        for m in rx.finditer(folded):
            found.append(Cue(role, m.start("c") if at else m.start(), m.end(), forward))
    found = [c for c in found if not roles._capitalised_who(text, folded, c)]
    found.sort(key=lambda c: (c.start, -(c.end - c.start)))
    out: list = []
    for c in found:
        if out and c.start < out[-1].end:
            continue
        if out and _WITH.match(folded, c.start) \
                and (_ADJOINING.fullmatch(folded, out[-1].end, c.start)
                     or not out[-1].forward and _OBJECT.fullmatch(folded, out[-1].end, c.start)):
            c = Cue(out[-1].role, c.start, c.end, True)
        out.append(c)
    out = [Cue(c.role, c.start, c.end, True) if not c.forward and _VERB_FIRST.search(folded[:c.start]) else c
           for c in out]
    for i in range(len(out) - 1):
        if roles._with_apart(folded, out[i], out[i + 1]):
            out[i] = Cue(out[i + 1].role, out[i].start, out[i].end, True)
    return out


def new_find_cues(text: str) -> list[roles.Cue]:
    folding.forget()  # no answer kept from an earlier call
    return roles.find_cues(text)


def _same(text: str) -> None:
    assert new_find_cues(text) == old_find_cues(text), text


# ---------------------------------------------------------------- inputs

def _cue_words() -> list[str]:
    """The words of every cue: its literal runs (all of them, not only the kept needs) and its stems."""
    entries, by_stem, *_ = roles._cue_index()
    words: set[str] = set(by_stem)
    for _, _, rx, _ in entries:
        for need in roles._needs_of(roles._sre_parse.parse(rx.pattern)) or []:
            words.update(need)
    return sorted(w.strip() for w in words if w.strip())


CUE_WORDS = _cue_words()
FILL = ["the", "la", "el", "de", "del", "by", "por", "with", "con", "and", "y", "of", "to", "a", "its", "su",
        "together", "junto", "jointly", "support", "apoyo", "meeting", "reunion", "OIM", "IOM", "Costa Rica",
        "Ministerio de Trabajo", "was", "were", "has", "also", "tambien", "2020", "(", ")", ",", ".", ";", ":",
        "representatives of", "Red de Funcionarios de Enlace", "coordinó", "Coordinated", "organizó", "  ", "\n"]
WORD = st.one_of(st.sampled_from(CUE_WORDS), st.sampled_from(FILL), st.text(max_size=6))
SENTENCE = st.lists(WORD, max_size=18).map(" ".join)


def _real_lines(limit: int = 3000) -> list[str]:
    out: list[str] = []
    for d in ("heldout22", "heldout21", "heldout8", "heldout15"):
        for f in sorted((FIXTURES / d).glob("*.txt")):
            out.extend(ln.strip() for ln in f.read_text(encoding="utf-8").splitlines() if len(ln.strip()) > 20)
    return out[:limit]


# ---------------------------------------------------------------- tests

def test_needs_read_from_every_cue() -> None:
    entries, *_ = roles._cue_index()
    needs = roles._CUE_INDEX["needs"]
    assert len(needs) == len(entries)
    for need in needs:
        assert len(need) <= 2 and all(words and all(words) for words in need)


def test_needs_are_necessary_on_examples() -> None:
    rx = re.compile(r"(?:(?<=\bcoordinated\s)|(?<=\bcoordina\s))(?=(?:together|junto) with)")
    assert roles._cue_needs(rx) == (("coordina",), (" with",))
    assert roles._cue_needs(re.compile(r"(?i)organized by")) == ()
    assert roles._cue_needs(re.compile(r"a(?i:b)c")) == ()
    assert roles._cue_needs(re.compile(r"\b(?:la +)?x?")) == ()


@settings(max_examples=600, deadline=None)
@given(SENTENCE)
def test_find_cues_generated(text: str) -> None:
    _same(text)


@settings(max_examples=400, deadline=None)
@given(st.data())
def test_find_cues_built_from_each_cue(data) -> None:
    """Sentences holding a cue's need words (each need's words, with fill between): the regex runs there."""
    entries, *_ = roles._cue_index()
    needs = roles._CUE_INDEX["needs"]
    i = data.draw(st.integers(0, len(entries) - 1))
    parts = [data.draw(st.sampled_from(words)) for words in needs[i]]
    fill = data.draw(st.lists(WORD, max_size=6))
    words = data.draw(st.permutations(parts + fill))
    _same(" ".join(words))


def test_find_cues_each_cue_words_in_order() -> None:
    entries, *_ = roles._cue_index()
    for i, need in enumerate(roles._CUE_INDEX["needs"]):
        for k in range(max((len(w) for w in need), default=1)):
            words = [w[k % len(w)] for w in need]
            for glue in (" ", " the ", " by the ", ", with "):
                _same("The Ministry " + glue.join(words) + " IOM and UNHCR.")
                _same("El Ministerio " + glue.join(reversed(words)) + " la OIM.")


def test_find_cues_real() -> None:
    for line in _real_lines():
        _same(line)
