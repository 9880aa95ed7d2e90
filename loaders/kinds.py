"""The kind of an event from its title, in English and Spanish.

The kind is the title's head noun: the kind word that comes FIRST in the
title wins ("Workshop on … and III meeting of …" is a workshop), except that
a modifier before another kind word yields to it ("Training Workshop" is a
workshop, "Virtual Meeting" a virtual meeting, "Taller de capacitación" a
workshop because "taller" comes first).

Kinds (keys, mapped to ontology classes by the triples stage):
workshop, meeting, plenary-meeting, vice-ministerial-meeting, training,
seminar, forum, webinar, congress, virtual-meeting, conference.

Decisions:
- A numbered annual conference ("XXII RCM", "XIX CRM", "24th RCM") and a
  "Vice-Ministerial Meeting"/"Reunión Viceministerial" are
  vice-ministerial-meeting: the RCM's annual conference IS its
  vice-ministerial meeting.
- A title that is only the name of a body ("Regional Consultation Group on
  Migration", "Ad Hoc Group on Extra-Continental Migrants",
  "Liaison Officers Network …") is a meeting: on an events page a body's
  name stands for a session of that body, and a session of a body is a
  meeting. kind_span is the body words ("Regional Consultation Group").
- "Conversatorio" (a moderated discussion) is a forum; "encuentro" a meeting.
- "Virtual", "en línea", "online" before or after a kind word mark the event
  online; "Virtual Meeting"/"Reunión virtual" is the virtual-meeting kind;
  webinars are online.
- A title whose head is an activity that is not a kind ("Presentation of the
  outcomes of the III Forum …", "Follow-up to the XXI RCM agreements",
  "Lanzamiento del informe del Foro …", "Seguimiento a los acuerdos de la XXI
  CRM") names another meeting after that head: the event has no kind (it is
  only rcp:Event), as it has no edition.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rcpkg.loaders.layouts.blocks import fold_keep
from rcpkg.loaders.folding import page_memo

_ROMAN = r"(?:M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3}))"

# (pattern over the folded title, kind, online). Patterns are tried together; the
# earliest match wins, ties to the longer match (so "virtual meeting" beats "meeting").
_RULES: list[tuple[str, str, bool]] = [
    (r"\bvice[- ]?ministerial(?:\s+meeting|\s+conference)?\b", "vice-ministerial-meeting", False),
    (r"\breunion(?:es)?\s+vice[- ]?ministerial(?:es)?\b", "vice-ministerial-meeting", False),
    (r"\bplenary(?:\s+meeting|\s+session)?\b", "plenary-meeting", False),
    (r"\breunion\s+plenaria\b|\bplenaria\b", "plenary-meeting", False),
    (r"\b(?:virtual|online|on-line)\s+(?:meeting|session)\b", "virtual-meeting", True),
    (r"\b(?:reunion|sesion)\s+(?:virtual|en linea)\b", "virtual-meeting", True),
    (r"\bwebinars?\b|\bwebinarios?\b|\bseminarios?\s+web\b|\bseminarios?\s+en\s+linea\b", "webinar", True),
    (r"\b(?:virtual|online)\s+(?:workshop|training|seminar|forum|conference|course)\b", "", True),
    (r"\b(?:taller|capacitacion|seminario|foro|conferencia|curso)\s+(?:virtual|en linea)\b", "", True),
    (r"\bworkshops?\b|\btaller(?:es)?\b", "workshop", False),
    (r"\bseminars?\b|\bseminarios?\b", "seminar", False),
    (r"\bforums?\b|\bforos?\b|\bconversatorios?\b", "forum", False),
    (r"\bcongress(?:es)?\b|\bcongresos?\b", "congress", False),
    (r"\btrainings?\b|\bcapacitacion(?:es)?\b|\bformacion\b|\bentrenamientos?\b|\bcourses?\b|\bcursos?\b",
     "training", False),
    (r"\bconferences?\b|\bconferencias?\b", "conference", False),
    (r"\bmeetings?\b|\breunion(?:es)?\b|\bencuentros?\b", "meeting", False),
    # a body's name as the title: a session of that body (see the module docstring)
    (r"\b(?:regional\s+)?consultation\s+group\b|\bgrupo\s+regional\s+de\s+consulta\b|"
     r"\bad[- ]?hoc\s+(?:working\s+)?group\b|\bgrupo\s+ad[- ]?hoc\b|\bworking\s+group\b|\bgrupo\s+de\s+trabajo\b|"
     r"\bliaison\s+officers?\s+network\b|\bred\s+de\s+funcionarios\s+de\s+enlace\b", "meeting", False),
]
_COMPILED = [(re.compile(p), k, o) for p, k, o in _RULES]
# The numbered annual conference, matched case-sensitively on the title as printed.
_CONFERENCE = re.compile(
    r"(?<![\w-])(?:(?=[MDCLXVI])" + _ROMAN + r"|\d{1,2}\s*(?:st|nd|rd|th|ª|º|°|a|o)?)\s+(?:RCM|CRM)\b")
_MODIFIERS = {"training", "virtual", "online", "capacitacion", "formacion"}
# An activity that is not a kind, as the title's head, with the meeting it is about after it.
_OTHER_HEAD = re.compile(
    r"^\W*(?:the\s+|la\s+|el\s+)?(?:presentation|launch|follow[- ]?up|report|outcomes?|results|summary|"
    r"presentacion|lanzamiento|seguimiento|informe|resultados|resumen|balance)\b.*?"
    r"\b(?:of|to|on|from|about|de|del|a|al|sobre)\b")
_HEAD = re.compile(r"\b(workshop|seminar|forum|conference|course|meeting|session|taller|seminario|foro|"
                   r"conferencia|curso|reunion)s?\b")


@dataclass(frozen=True, slots=True)
class KindHit:
    kind: str
    start: int  # offsets in the text analysed
    end: int
    online: bool = False


@page_memo  # (speed26: the layouts test the same lines for a kind word again and again; KindHit is frozen)
def detect_kind(text: str) -> KindHit | None:
    """The kind of the event a title names, or None when no kind word is present."""
    folded = fold_keep(text)
    hits: list[tuple[int, int, str, bool]] = [
        (m.start(), m.end(), "vice-ministerial-meeting", False) for m in _CONFERENCE.finditer(text)]
    for rx, kind, online in _COMPILED:
        for m in rx.finditer(folded):
            hits.append((m.start(), m.end(), kind, online))
    if not hits:
        return None
    hits.sort(key=lambda h: (h[0], -(h[1] - h[0])))
    start, end, kind, online = hits[0]
    if not kind:  # "Virtual Workshop", "Taller virtual": the head noun's kind, online
        head = _HEAD.search(folded, start, end)
        kind = _head_kind(head.group(1)) if head else "meeting"
    word = folded[start:end].split()[0]
    if word in _MODIFIERS and kind in ("training",):
        # "Training Workshop …": training modifies the next kind word
        nxt = _HEAD.match(folded, end + (len(folded[end:]) - len(folded[end:].lstrip())))
        if nxt:
            kind = _head_kind(nxt.group(1))
            end = nxt.end()
    return KindHit(kind, start, end, online)


def event_kind(text: str) -> KindHit | None:
    """The kind of the event a title names: `detect_kind`, except that a title whose head is an
    activity that is not a kind ("Presentation of the outcomes of the III Forum …") has none.
    (`detect_kind` alone still tells the layouts that a line names a kind of meeting.)"""
    hit = detect_kind(text)
    if hit is None:
        return None
    other = _OTHER_HEAD.match(fold_keep(text))
    if other and other.end() <= hit.start:
        return None
    return hit


def _head_kind(word: str) -> str:
    return {
        "workshop": "workshop", "taller": "workshop", "seminar": "seminar", "seminario": "seminar",
        "forum": "forum", "foro": "forum", "conference": "conference", "conferencia": "conference",
        "course": "training", "curso": "training", "meeting": "meeting", "reunion": "meeting",
        "session": "meeting",
    }[word]
