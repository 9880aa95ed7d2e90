"""Splitting a stretch of page text into sentences, with their offsets.

Every non-blank line is at least one unit (titles, bullets and headings are
sentences too); a leading bullet ("•", "-", "*", "·") is left out of the span.
Inside a line, a sentence ends at ".", "!" or "?" followed by a space and an
uppercase letter, digit, quote or bullet, unless the word before the stop is an
abbreviation: initials ("D.F.", "U.S.", "e.g.", "i.e.") or a known short form
("No. 2", "Mr.", "Art.", "approx."). A line with no letters (a lone
non-breaking space) is skipped.

Soft-wrapped lines (issue 13, wrap): a page saved from a PDF or a plain-text export breaks
its sentences over lines ("It was organized by the\nMinistry of Labour ..."). A line joins the
one before it into one unit when the break falls inside a sentence: the line before does not end
with a stop, a colon or a semicolon and is neither a heading, a bullet's label nor a "Label:
value" field line, and either it ends with an article ("the", "la"), or it is a line of prose
(40 characters or more) and it ends with a comma or a joining word ("of", "by", "de", "con"), or
the next line goes on in lower case, or it ends inside a capitalised name begun mid-sentence
("... and the Platform on Disaster" / "Displacement (PDD). The ...") and the next line is prose
that goes on with a capitalised word (not "The", "En" ...). A blank line, a bullet, a numbered
item, a heading in capitals, a "Label:" line or a deeply indented line (a running footer) is
never joined. The joined unit's span is the page text as printed, line break included.

Headings are tracked so callers can tell what block a sentence is in: a line
in capitals ("PARTICIPANTS PROFILE") or a line starting with a short label and
a colon ("Participants' Profile: ...") sets the heading for itself and the
lines after it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rcpkg.loaders.folding import page_memo

_BULLET = re.compile(r"^[\s\u00a0]*(?:[•·▪◦*]|-(?=\s))[\s\u00a0]*")
_STOP = re.compile(r"[.!?][\"'”’)\]]*(?=\s+[\"“'‘(¿¡•A-ZÁÉÍÓÚÑ0-9])")
_INITIALS = re.compile(r"^(?:[A-Za-z]\.)*[A-Za-z]$")
_ABBREVIATIONS = frozenset("""
no nos nº núm num mr mrs ms dr dra drs sr sra srta srs lic ing arq st av avda art arts vs approx aprox
inc ltd co corp dept dpto vol p pp ed eds fig cf ca tel ext gral gob min prof
jan feb mar apr jun jul aug sep sept oct nov dec ene abr ago dic
""".split())
_INLINE_HEADING = re.compile(r"^([A-ZÁÉÍÓÚÑ][\w'’´ ]{1,40}):(?:\s|$)")

# -- issue 13 (wrap): soft-wrapped lines ----------------------------------------------------------------
_ARTICLE_END = frozenset("the an el la los las lo del al".split())
_JOIN_END = _ARTICLE_END | frozenset("""
a of for on to by with and or at in from as between among under via into through than that which whose
de por para con y e o u en entre sobre desde hasta ante bajo tras como que cuyo cuya su sus its their
""".split())
# words no sentence ends on: a line of prose ending on one goes on in the next line
_HANGING_END = _ARTICLE_END | frozenset("by por of de to with con".split())
_OPENERS = frozenset("""
the this these those that there it its in on at during after before with by for from as a an we our they
also however then under following finally moreover since while when el la los las lo este esta estos estas ese esa
en durante con por para desde tras bajo se un una tambien asimismo ademas luego finalmente posteriormente cuando
""".split())
_NUMBERED = re.compile(r"^[\s\u00a0]*(?:\d{1,3}(?:\.\d{1,3})*[.)]|[IVXLC]{1,6}[.)]|[a-z]\))\s")
_CAP_WORD = re.compile(r"[A-ZÁÉÍÓÚÑÜ][\w’'\-.]*")
_NAME_JOINS = frozenset("of for on the and de del la las los el para sobre contra y e against in".split())
_WORDS = re.compile(r"[^\W\d_][\w’'\-.]*")
_SOFT_PREV_END = re.compile(r"[\w,)\-–’'”\"]$")
# the rest of a list of names after a line break: capitalised items apart by commas, closed by "and" / "y" and a stop
_NAME_LIST_GOES_ON = re.compile(r"^[A-ZÁÉÍÓÚÑ][\w'’.()\- ]{1,60}(?:, [A-ZÁÉÍÓÚÑ][\w'’.()\- ]{1,60})*"
                                r"(?:,? (?:and|y|e) [A-ZÁÉÍÓÚÑ][\w'’.()\- ]{1,60})?(?:[.;](?:\s.*)?)?$")
# (issue 13, event28: the list may close with a stop and the line go on with the next sentence: "Delegations:
# Peru, Chile," / "Bolivia and Ecuador. The RCM attended as a guest.")


_ACRONYM_NEXT = re.compile(r"\([A-ZÁÉÍÓÚÑ][A-Za-z0-9ÁÉÍÓÚÑ&/\-]{1,15}\)")
_LONE_ACRONYM = re.compile(r"\([A-ZÁÉÍÓÚÑ][A-Za-z0-9ÁÉÍÓÚÑ&/\-]{1,15}\)\s*[.,;:]?")
_COORDINATORS = frozenset("and or y e o u".split())


def _fold(word: str) -> str:
    import unicodedata
    return "".join(c for c in unicodedata.normalize("NFKD", word.lower()) if not unicodedata.combining(c))


def _name_in_progress(body: str) -> bool:
    """The line ends inside a capitalised name begun mid-sentence ("... and the Platform on Disaster",
    "... funded by the Inter-American")."""
    words = body.split()
    if not words or words[-1].endswith(",") or not _CAP_WORD.fullmatch(words[-1]):
        return False
    k = len(words) - 1
    while k >= 0 and (_CAP_WORD.fullmatch(words[k]) or words[k] in _NAME_JOINS):
        k -= 1
    first = k + 1  # the name's first word, after its leading "and the" / "de la"
    while first < len(words) and words[first] in _NAME_JOINS:
        first += 1
    # the word before the name is lower case (a verb, a preposition, an article): the sentence goes on
    return first > 0 and words[first - 1][:1].islower() and not words[first - 1].endswith((".", ":", ";"))


def _prose(body: str) -> bool:
    """A line with lower-case words of its own ("presented the national protocol"), not a title."""
    return any(len(w) >= 3 and w[0].islower() and _fold(w) not in _JOIN_END for w in _WORDS.findall(body))


# issue 13 (listing3): a report's line of prose that names only institutions and places ("El 11/07/2018, en la
# Ciudad de Guatemala, el Ministerio de Trabajo y Previsión Social de", "Viceministerial. El Servicio Nacional de
# Migración (SNM) y el Ministerio de Relaciones"): a sentence ends inside it, or a comma goes on in lower case —
# what no title prints
_CLAUSE = re.compile(r",\s+[a-záéíóúñ]")


def _prose_line(line: str) -> bool:
    return bool(_STOP.search(line) or _CLAUSE.search(line))


# issue 13 (prose19): a line opening on a role phrase ("Convened by Peru as Presidency Pro Tempore," / "Convocada por
# Chile") is a sentence's start, no title: the next line going on in lower case ("through its Ministry ...",
# "con el apoyo de ...") goes on with it
_ROLE_OPENING = re.compile(r"(?i)(?:co-?)?(?:convened|organi[sz]ed|hosted|funded|financed|sponsored|supported|"
                           r"coordinated|convocad|organizad|auspiciad|financiad|patrocinad|apoyad|coordinad)(?:[oa]s?)? "
                           r"(?:by|por) \S")


# issue 13 (listing32): a line going on with a conjunction and an article: the list of names of the line above
_AND_THE = re.compile(r"(?:and|y|e)\s+(?:(?:of|from|by|with|de|por|con)\s+)?(?:the|la|las|el|los|del|al)\s+\S")


_NO_PROSE = re.compile(r"\t|\S {3,}\S| \| |[›»]")  # a navigation bar, a breadcrumb, a table row


def _soft_break(prev: str, nxt: str, sentence: str = "", para: str = "") -> bool:
    """Whether the break between two non-blank lines falls inside a sentence (see the module doc);
    `sentence` is the open sentence the line before ends (with the lines joined to it already), `para`
    the whole unit the line before ends (issue 13, roles3: a wrapped paragraph's prose before the open
    sentence makes its short last sentence prose too: "... brindó apoyo. La RROCM" / "presentó ...")."""
    indent = len(nxt) - len(nxt.lstrip(" \t\u00a0"))
    if _BULLET.match(nxt) or _NUMBERED.match(nxt) \
            or indent > 8 and abs(indent - (len(prev) - len(prev.lstrip(" \t\u00a0")))) > 2:
        # a line indented deeper than the line above opens a block of its own; (issue 13, listing28b) a paragraph
        # indented as a whole under a column ("Date    Event": the event's text under its column) goes on
        return False
    p, n = prev.strip(), nxt.strip()
    if p and _ACRONYM_NEXT.fullmatch(n.rstrip(".;,")) and _CAP_WORD.fullmatch(p.split()[-1]) and _prose_line(p):
        return True  # issue 13 (listing3): "… y de la Asociación de Gerentes de Guatemala" / "(AGG)."
    if not p or not n or not _SOFT_PREV_END.search(p) or _is_caps_heading(p) \
            or (_is_caps_heading(n) and not _LONE_ACRONYM.fullmatch(n)):
        return False
    if n[0].islower() and " " in n and _ROLE_OPENING.match(sentence.strip() or p) and not _INLINE_HEADING.match(n):
        return True
    if n[0] in "aye" and _AND_THE.match(n) and p.count(" ") >= 2 and not _INLINE_HEADING.match(n):
        return True  # issue 13 (listing32): a short cue line whose list of names goes on ("With support from UNICEF" /
        # "and the Swiss Agency ...", "Con el apoyo de la Secretaría" / "y del Programa ...")
    if p.endswith(",") and _INLINE_HEADING.match(p) and _NAME_LIST_GOES_ON.match(n) and not _INLINE_HEADING.match(n):
        return True  # issue 13 (listing18): a field's list of names wrapped after a comma ("Delegations: Peru, Chile," /
        # "Bolivia and Ecuador.")
    if _INLINE_HEADING.match(n) or _INLINE_HEADING.match(p.lstrip("•·▪◦*- ")) or n.startswith(("«", "‹", "<", "|", "»", "#")) \
            or _DASH_FIELD.match(n):
        return False
    if ("  " in n or ".." in n or "·" in n or "__" in n or "…" in n) and _leader_field(n):
        return False  # issue 13 (fields24): a field printed with a leader or an aligned gap ("Apoyo técnico   X")
    if n.lower().startswith(("http", "www.")) or "@" in n.split()[0]:
        return False
    if any(_NO_PROSE.search(x) for x in (p, n)):
        return False  # a navigation bar, a breadcrumb, a table row: no prose
    last = _fold(p.split()[-1])
    if last in _ARTICLE_END:
        return True
    prose_before = _prose(sentence or p) or (bool(para) and _prose(para))
    if (acr := _ACRONYM_NEXT.match(n)) and len(p.split()) >= 2 and _CAP_WORD.fullmatch(p.split()[-1]) and (
            _prose(n) or (len(p) >= 40 and prose_before and (_LONE_ACRONYM.fullmatch(n)
                                                             or n[acr.end():acr.end() + 2].strip()[:1].islower()))):
        # "The Pan American Health Organization" / "(PAHO/WHO) and the Ministry ... presented"; (roles3) a name's
        # acronym alone on the next line, closing the sentence: "... y de la Asociación de Gerentes" / "(AGG)."; (round
        # 26) or going on with a small word after a prose line: "organized by the X Organization" / "(XO) with the Y"
        return True
    if last in _HANGING_END and len(p) >= 40 and prose_before and _prose(n):
        return True  # issue 13 (event26): a prose line cut after "held by" / "provided by" / "a cargo de" goes on,
        # however long the next line is (a ragged wrap: "..., held by" / "the IOM Office in X, provided support ...")
    if len(n) > len(p) + 20 or len(p) > 140:
        return False  # a wrapped paragraph's lines are about one width; a heading over a paragraph is not
    if len(p) < 40:
        return False
    if not prose_before and not _prose_line(p):  # (listing3: a report's line of names with a clause is prose)
        # issue 13 (roles3): a sentence of names only, cut after a preposition or an article, with a comma of its
        # own and prose going on: "El 11/07/2018, en la Ciudad de X, el Ministerio de Trabajo de" / "X (MT) fue sede"
        return last in _JOIN_END and last not in _COORDINATORS and ", " in p and _prose(n)
    if p.endswith(",") or last in _JOIN_END:
        return True
    if n[0].islower():
        return True
    return (n[0].isupper() and _fold(n.split()[0].strip(",.;:")) not in _OPENERS and _name_in_progress(p)
            and (_prose(n) or re.search(r"[.!?](?:\s|$)", n) is not None))


def _open_sentence(text: str) -> str:
    """The last sentence of `text`, after its last stop."""
    stops = [m.end() for m in _STOP.finditer(text)]
    return text[stops[-1]:] if stops else text


def _logical_lines(text: str, start: int, end: int,
                   cells: tuple[tuple[int, int], ...] = ()) -> list[tuple[int, int]]:
    """The lines of text[start:end] with soft-wrapped ones joined, as (start, end) offsets. A line break inside
    one of `cells` (a table cell its layout read over several lines) is soft."""
    out: list[tuple[int, int]] = []
    last_line = start  # where the last physical line of out[-1] begins
    pos = start
    while pos < end:
        newline = text.find("\n", pos, end)
        line_end = end if newline < 0 else newline
        line = text[pos:line_end]
        if out and out[-1][1] == pos - 1 and cells and any(a < pos - 1 < b for a, b in cells):
            out[-1] = (out[-1][0], line_end)
        elif out and out[-1][1] == pos - 1 and any(c.isalpha() for c in line) \
                and _soft_break(text[last_line:pos - 1], line, _open_sentence(text[out[-1][0]:pos - 1]),
                                text[out[-1][0]:pos - 1]):
            out[-1] = (out[-1][0], line_end)
        else:
            out.append((pos, line_end))
        last_line = pos
        pos = line_end + 1
    return out


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int  # offsets into the text given to split_sentences (the page text)
    end: int
    heading: str | None  # the heading of the block the sentence is in, as printed
    is_heading: bool = False


def _is_abbreviation(line: str, stop: int) -> bool:
    if line[stop] != ".":
        return False
    word_start = stop
    while word_start > 0 and not line[word_start - 1].isspace() and line[word_start - 1] not in "(\"“":
        word_start -= 1
    word = line[word_start:stop]
    return bool(_INITIALS.match(word)) or word.lower() in _ABBREVIATIONS


_ASCII_LOWER = re.compile(r"[a-z]")


def _is_caps_heading(line: str) -> bool:
    if len(line) > 80 or _ASCII_LOWER.search(line):  # (a lowercase ASCII letter is a lowercase letter)
        return False
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 3 and not any(c.islower() for c in letters) and len(line) <= 80 and not _field_line(line)


# issue 13 (fields3): a field printed with a spaced dash after its label ("NOTES — Recording on request",
# "Sede – Lima"), as a colon; and a field line in capitals ("TECHNICAL SUPPORT — UNHCR; ICRC", "OBSERVERS: IOM")
# is a field, no heading
_DASH_FIELD = re.compile(r"^[A-ZÁÉÍÓÚÑ][\w'’´ ]{1,40}\s+[—–]\s+\S")


def _field_line(line: str) -> bool:
    """A known field label with its value on the line ("TECHNICAL SUPPORT — UNHCR", "OBSERVADORES: OIM")."""
    from rcpkg.loaders.layouts import labels  # (the layouts import this module)

    lab = labels.find(line.strip())
    return lab is not None and lab.value_start is not None and lab.key != "unknown"


def _leader_field(line: str) -> bool:
    from rcpkg.loaders.layouts import labels  # (the layouts import this module)

    return labels.leader(line) is not None


def _leader_end(line: str) -> int:
    """issue 13 (fields24): where the value of a field printed with a leader of dots starts ("Fecha ...... 22/06/2017",
    "Financia ..... Oficina X"): the dots end no sentence. 0 for no such field."""
    from rcpkg.loaders.layouts import labels  # (the layouts import this module)

    lab = labels.find(line)
    return lab.value_start if lab is not None and lab.value_start is not None and lab.key != "unknown" else 0


@page_memo  # (speed25: the units of a page's events split the same spans again)
def split_sentences(text: str, start: int = 0, end: int | None = None,
                    heading: str | None = None, cells: tuple[tuple[int, int], ...] = ()) -> list[Sentence]:
    """The sentences of ``text[start:end]``, as offsets into `text`; the line breaks inside `cells` (spans of
    `text`, table cells read over several lines) are soft."""
    end = len(text) if end is None else end
    out: list[Sentence] = []
    for pos, line_end in _logical_lines(text, start, end, cells):
        line = text[pos:line_end]
        bullet = _BULLET.match(line)
        offset = bullet.end() if bullet else 0
        body = line[offset:].rstrip()
        lead = len(body) - len(body.lstrip())
        body_start = pos + offset + lead
        body = body.strip()
        if any(c.isalpha() for c in body):
            if _is_caps_heading(body) and not bullet:
                heading = body
                out.append(Sentence(body_start, body_start + len(body), heading, True))
            else:
                inline = _INLINE_HEADING.match(body)
                if inline:
                    heading = inline.group(1)
                out.extend(_split_line(body, body_start, heading))
    return out


def _split_line(line: str, base: int, heading: str | None) -> list[Sentence]:
    out: list[Sentence] = []
    begin = 0
    leader = _leader_end(line) if ".." in line else 0
    for m in _STOP.finditer(line):
        if m.start() < leader or _is_abbreviation(line, m.start()):
            continue
        piece_end = m.end()
        if line[begin:piece_end].strip():
            out.append(Sentence(base + begin, base + piece_end, heading))
        begin = piece_end
        while begin < len(line) and line[begin].isspace():
            begin += 1
    if line[begin:].strip():
        out.append(Sentence(base + begin, base + len(line.rstrip()), heading))
    return out
