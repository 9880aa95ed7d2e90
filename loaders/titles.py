"""Event titles as pages print them: de-duplication, bilingual split, sub-titles
and a simple language guess.

A listing prints most titles twice on one line (link text, then heading):
"X X" → one title. Some print a title followed by a different short
sub-title ("Development of a Counter-Smuggling Workplan Counter-Smuggling of
migrants"), some print a Spanish and an English title ("ES / EN", or "EN ES"
without a separator). Everything here works on offsets within one line, so
the caller can turn each part into a verbatim span.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from rcpkg.iris import fold

# Function words and cues: words that are (almost) only English or only Spanish.
_EN = frozenset(
    "the of and for on in to with by from at their its this these those into about between "
    "among through against regarding workshop meeting training seminar forum conference "
    "group network protection children women migrants migration girls boys regional "
    "session virtual best practices".split()
)
_ES = frozenset(
    "el la los las del de y para en con por sobre sus al una unos unas entre ante desde "
    "hacia taller reunion capacitacion seminario foro conferencia grupo red proteccion "
    "ninez ninos ninas mujeres migrantes migraciones migracion regional sesion buenas "
    "practicas materia nacionales exterior".split()
)
# Words both languages share are not evidence either way.
_SHARED = _EN & _ES
_ACCENTS = re.compile(r"[áéíóúñ¿¡ü]", re.IGNORECASE)
_WORD = re.compile(r"[\w'’´\-]+", re.UNICODE)


@lru_cache(maxsize=8192)
def word_scores(word: str) -> tuple[float, float]:
    """(English, Spanish) evidence of one word."""
    f = fold(word).strip("-'’´")
    en = es = 0.0
    if f in _SHARED:
        return en, es
    if f in _EN:
        en += 1
    elif f in _ES:
        es += 1
    if f.endswith(("cion", "ciones")):
        es += 0.5
    elif f.endswith(("tion", "tions", "ing")):
        en += 0.5
    es += 0.75 * len(_ACCENTS.findall(word))
    return en, es


def lang_scores(text: str) -> tuple[float, float]:
    """(English score, Spanish score) of a text from its function words and accents."""
    en = es = 0.0
    for w in _WORD.findall(text):
        a, b = word_scores(w)
        en += a
        es += b
    es += 0.75 * (len(_ACCENTS.findall(text)) - sum(len(_ACCENTS.findall(w)) for w in _WORD.findall(text)))
    return en, es


def guess_lang(text: str, default: str | None = None) -> str:
    """"en" or "es" when the cues are clear, else `default` (or "en")."""
    en, es = lang_scores(text)
    if es >= en + 1 or (es > en and es >= 1.5 * max(en, 0.5)):
        return "es"
    if en >= es + 1 or (en > es and en >= 1.5 * max(es, 0.5)):
        return "en"
    return default or "en"


@dataclass(frozen=True, slots=True)
class TitlePart:
    start: int  # offsets within the analysed line
    end: int
    lang: str


@dataclass(frozen=True, slots=True)
class TitleLine:
    titles: tuple[TitlePart, ...]
    subtitle: TitlePart | None = None
    doubled: bool = False




def _trim(text: str, start: int, end: int, *, quotes: bool = True) -> tuple[int, int]:
    """Strip whitespace, separators and (with `quotes`) an unbalanced quote from both ends."""
    while start < end and (text[start].isspace() or text[start] in "/|–—-:,;\u00a0"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in "/|–—-:,;\u00a0"):
        end -= 1
    part = text[start:end] if quotes else ""
    # An unbalanced quote at an end was the other half's ("…Refugiadas\" / Workshop \"…\"").
    if part.count('"') % 2 == 1:
        if part.endswith('"'):
            end -= 1
        elif part.startswith('"'):
            start += 1
    elif part.count("“") < part.count("”") and part.endswith("”"):
        end -= 1
    elif part.count("“") > part.count("”") and part.startswith("“"):
        start += 1
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def find_double(text: str, start: int = 0, end: int | None = None) -> tuple[int, int] | None:
    """If ``text[start:end]`` is one title printed twice ("X X" or "XX"), the
    offsets of the first copy."""
    end = len(text) if end is None else end
    s, e = start, end
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    n = e - s
    if n < 2:
        return None
    norm = lambda t: " ".join(t.split())  # noqa: E731
    for gap in (0, 1, 2, 3):
        if (n - gap) % 2:
            continue
        half = (n - gap) // 2
        a, b = text[s:s + half], text[s + half + gap:e]
        if text[s + half:s + half + gap].strip(" \t\u00a0") == "" and a and norm(a) == norm(b) and a.strip():
            return s, s + half
    return None


def _words(text: str, start: int, end: int) -> list[tuple[int, int]]:
    return [(m.start() + start, m.end() + start) for m in re.finditer(r"\S+", text[start:end])]


_CONNECT = frozenset(
    "the of and or for on in to with by from at a an as its their between among into about "
    "el la los las del de y o e para en con por sobre al un una sus entre".split()
)


@lru_cache(maxsize=8192)
def _norm_word(w: str) -> str:
    return fold(w).strip(".,:;!?\"'“”()«»´’").replace("-", "")


def _bilingual_split(text: str, start: int, end: int, default: str | None) -> tuple[TitlePart, TitlePart] | None:
    """Split "ES / EN" or "EN ES" into two titles of different languages."""
    seg = text[start:end]
    # 1. an explicit separator " / " or " | " between two parts in different languages
    for m in re.finditer(r"\s+[/|]\s+", seg):
        a = _trim(text, start, start + m.start())
        b = _trim(text, start + m.end(), end)
        if a[1] - a[0] < 4 or b[1] - b[0] < 4:
            continue
        la, lb = guess_lang(text[a[0]:a[1]], ""), guess_lang(text[b[0]:b[1]], "")
        if la and lb and la != lb:
            return TitlePart(a[0], a[1], la), TitlePart(b[0], b[1], lb)
    # 2. no separator: a capitalised word where the language changes, both sides clear
    words = _words(text, start, end)
    scores = [lang_scores(text[a:b]) for a, b in words]
    total_en = sum(x for x, _ in scores)
    total_es = sum(y for _, y in scores)
    best: tuple[float, int] | None = None
    le = ls = 0.0
    for i in range(len(words) - 2):
        if i >= 1:
            le += scores[i - 1][0]
            ls += scores[i - 1][1]
        if i < 3:
            continue
        ws, _ = words[i]
        if not text[ws].isupper():
            continue
        if _norm_word(text[words[i - 1][0]:words[i - 1][1]]) in _CONNECT:
            continue
        re_, rs = total_en - le, total_es - ls
        if le - ls >= 2 and rs - re_ >= 2:
            score = min(le - ls, rs - re_)
        elif ls - le >= 2 and re_ - rs >= 2:
            score = min(ls - le, re_ - rs)
        else:
            continue
        if best is None or score > best[0]:
            best = (score, i)
    if best is None:
        return None
    i = best[1]
    a = _trim(text, start, words[i - 1][1])
    b = _trim(text, words[i][0], end)
    return (TitlePart(a[0], a[1], guess_lang(text[a[0]:a[1]], default)),
            TitlePart(b[0], b[1], guess_lang(text[b[0]:b[1]], default)))


def _subtitle_split(text: str, start: int, end: int) -> int | None:
    """Where a short different sub-title starts after the title ("X Y"), if any.

    Y starts with a capital after a word that is not a connector, is shorter
    than X, has two words or more, its first word occurs in X, and most of its
    words occur in X: the heading field repeating part of the title.
    """
    words = _words(text, start, end)
    normed = [_norm_word(text[a:b]) for a, b in words]
    for i in range(2, len(words) - 1):
        ws, _ = words[i]
        if not text[ws].isupper():
            continue
        prev = text[words[i - 1][0]:words[i - 1][1]]
        if normed[i - 1] in _CONNECT or prev.endswith((":", "/", "“", '"')):
            continue
        left = set(normed[:i])
        right = normed[i:]
        if (end - ws) >= (ws - start) or right[0] not in left:
            continue
        if sum(w in left for w in right) / len(right) >= 0.6:
            return ws
    return None


# issue 13 (listing15): an arrow or a square printed before a listing's title, as a link's or a list's mark
_LEAD_GLYPH = re.compile(r"[ \t]*[→⟶➔➜⇒›»▸▶►■▪◆●][ \t]+(?=\S)")


def analyse_title(text: str, start: int = 0, end: int | None = None, *, default_lang: str | None = None) -> TitleLine:
    """Titles (de-duplicated, split by language) and sub-title in ``text[start:end]``."""
    end = len(text) if end is None else end
    lead = _LEAD_GLYPH.match(text, start, end)  # issue 13 (listing15): "⟶ Taller …", "» Seminar …"
    if lead is not None:
        start = lead.end()
    doubled = False
    d = find_double(text, start, end)
    if d:
        start, end = d
        doubled = True
    start, end = _trim(text, start, end, quotes=False)
    if start >= end:
        return TitleLine(())
    pair = _bilingual_split(text, start, end, default_lang)
    if pair:
        return TitleLine(pair, None, doubled)
    cut = _subtitle_split(text, start, end)
    whole = text[start:end]
    if cut is not None:
        a = _trim(text, start, cut)
        b = _trim(text, cut, end)
        lang = guess_lang(text[a[0]:a[1]], default_lang)
        return TitleLine((TitlePart(a[0], a[1], lang),), TitlePart(b[0], b[1], lang), doubled)
    start, end = _trim(text, start, end)
    if start >= end:
        return TitleLine(())
    return TitleLine((TitlePart(start, end, guess_lang(whole, default_lang)),), None, doubled)
