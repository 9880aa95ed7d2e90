"""Splitting a stretch of page text into sentences, with their offsets.

Every non-blank line is at least one unit (titles, bullets and headings are
sentences too); a leading bullet ("•", "-", "*", "·") is left out of the span.
Inside a line, a sentence ends at ".", "!" or "?" followed by a space and an
uppercase letter, digit, quote or bullet, unless the word before the stop is an
abbreviation: initials ("D.F.", "U.S.", "e.g.", "i.e.") or a known short form
("No. 2", "Mr.", "Art.", "approx."). A line with no letters (a lone
non-breaking space) is skipped.

Headings are tracked so callers can tell what block a sentence is in: a line
in capitals ("PARTICIPANTS PROFILE") or a line starting with a short label and
a colon ("Participants' Profile: ...") sets the heading for itself and the
lines after it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_BULLET = re.compile(r"^[\s\u00a0]*(?:[•·▪◦*]|-(?=\s))[\s\u00a0]*")
_STOP = re.compile(r"[.!?][\"'”’)\]]*(?=\s+[\"“'‘(¿¡•A-ZÁÉÍÓÚÑ0-9])")
_INITIALS = re.compile(r"^(?:[A-Za-z]\.)*[A-Za-z]$")
_ABBREVIATIONS = frozenset("""
no nos nº núm num mr mrs ms dr dra drs sr sra srta srs lic ing arq st av avda art arts vs approx aprox
inc ltd co corp dept dpto vol p pp ed eds fig cf ca tel ext gral gob min prof
jan feb mar apr jun jul aug sep sept oct nov dec ene abr ago dic
""".split())
_INLINE_HEADING = re.compile(r"^([A-ZÁÉÍÓÚÑ][\w'’´ ]{1,40}):(?:\s|$)")


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


def _is_caps_heading(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 3 and not any(c.islower() for c in letters) and len(line) <= 80


def split_sentences(text: str, start: int = 0, end: int | None = None,
                    heading: str | None = None) -> list[Sentence]:
    """The sentences of ``text[start:end]``, as offsets into `text`."""
    end = len(text) if end is None else end
    out: list[Sentence] = []
    pos = start
    while pos < end:
        newline = text.find("\n", pos, end)
        line_end = end if newline < 0 else newline
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
        pos = line_end + 1
    return out


def _split_line(line: str, base: int, heading: str | None) -> list[Sentence]:
    out: list[Sentence] = []
    begin = 0
    for m in _STOP.finditer(line):
        if _is_abbreviation(line, m.start()):
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
