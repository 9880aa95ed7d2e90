"""Who did what in an event, and what it was about: ``extract(page, event, gazetteer, themes)``.

Pure: reads the event's text in ``page.text`` and returns
:class:`~rcpkg.loaders.records.Involvement` and
:class:`~rcpkg.loaders.records.ThemeHit` records whose spans are verbatim
stretches of the page. No rule names a specific event or page.

**Text read.** The event's titles (and subtitle) are units of their own; the
rest of the event block (``span``, and the description, sections, objectives
if the parser gave them outside it) minus the titles, the place, the venue and
the dates is split into sentences (:mod:`rcpkg.loaders.sentences`). The
``coordinating`` field is a unit where every institution named (countries
included) is a coordinator.

**Involvements.** Mentions come from the gazetteer, roles from the cues of
:mod:`rcpkg.loaders.roles`. One involvement per (agent, role) per event, with
the first mention and sentence that state it. Every distinct role the text
states is kept, but ``mentioned`` is dropped for an agent that has another
role in the same event. A name no role phrase reaches is not a mention either when it names only
the author or owner of a cited document ("the study ... published by the World Bank", "el
informe anual de la CIDH", "the ILO Global Estimates ...", "the ... Framework of UNHCR"), nor the
names listed right after such a one; a programme or policy the event presents still names its
owner ("the reintegration programme of the Secretariat of Social Welfare"). A country named
alone in a form the gazetteer lacks ("República de Honduras") is read as the reference data's
government of that country, as a bare country name is; a country without one is warned about.

**The Presidency Pro-Tempore** (a pseudo-mention):

- "the Government of Honduras (PPT)": the government is the actor; the "(PPT)"
  adds nothing.
- "the Presidency Pro-Tempore of Panama": the government (Panama) has the role.
- "the Presidency Pro-Tempore of the SACM and the RCM": the role goes to the
  processes named (each process acts through its presidency); no government is
  added, since the page does not name the holder.
- "under the Presidency Pro-Tempore of Costa Rica" / "bajo la Presidencia Pro
  Tempore de Costa Rica": the holder chairs the meeting (a coordinator).
- a bare "the PPT": the holder is named only when the event's year is known,
  the event names exactly one process, and the reference data gives exactly
  one dated holder of that process's presidency for that year; otherwise the
  mention is a ``mentioned`` of that process (never a guess), or is dropped
  when the event names no single process. The build gets a warning.

"their respective Technical Secretariats" is resolved to the secretariats
(reference entities of type ``Secretariat`` that are part of the process) of
the processes named in the same sentence.

**Themes.** Triggers of the concept scheme (:mod:`rcpkg.loaders.themes`) in the
titles, description, sections and objectives, with two exclusions: sentences
in a participants-profile block (they say who attends, not what the event is
about), and, outside titles, words inside an institution's name (a body named
in passing, "the Coalition against Trafficking", does not make trafficking the
event's subject; a body named in the title does, since the event is its
meeting). An event given a narrower theme is not also given its broader ones
(the broader theme follows from ``skos:broader``). One hit per (theme,
sentence), with the first trigger's words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rcpkg.loaders.folding import fold_text
from rcpkg.loaders.layouts import labels
from rcpkg.loaders.gazetteer import BOTH_SECRETARIATS, PPT, RESPECTIVE_SECRETARIATS, Gazetteer, Mention
from rcpkg.loaders.openworld import NEW
from rcpkg.loaders.openworld import Described, country_of, describe, find_names, normalized, page_acronyms
from rcpkg.loaders.openworld import _STRONG_ORG as STRONG_ORG
from rcpkg.loaders.records import (
    EventRecord,
    ExtractedInstitution,
    Extraction,
    Involvement,
    LoadWarning,
    Page,
    Span,
    ThemeHit,
)
from rcpkg.loaders.roles import _DOCUMENT, _NEXT_HOLDER, Cue, assign, find_cues, owns_members
from rcpkg.loaders.sentences import split_sentences
from rcpkg.loaders.themes import ThemeMatcher

_PROFILE_HEADING = re.compile(r"participant|profile|perfil|asistentes|dirigido a|target audience", re.IGNORECASE)
_OF = re.compile(r"\s+(?:of|de|del)\s+(?:the\s+|la\s+|el\s+)?", re.IGNORECASE)
_OPEN_PAREN = re.compile(r"\s*\(\s*")
_PAREN_AFTER = re.compile(r"[ \t]*\(\s*([^()\n]{2,40}?)\s*\)")
# issue 13 (h-left): "con Bolivia como país sede y en ejercicio de la Presidencia Pro Tempore", "holder of the PPT"
_COMMA = re.compile(r"\s*,\s*")
# issue 13 (country20): (a body's bracketed acronym,) "as"/"como" and the presidency
_ACRONYM_AS_PPT = re.compile(r"\s*(?:\(\s*[A-ZÁÉÍÓÚÑ][A-Za-z0-9ÁÉÍÓÚÑ&-]{1,14}\s*\)\s*)?,?\s*(?:as|como|in its capacity as|"
                             r"en su calidad de|en calidad de|en ejercicio de)\s+(?:the\s+|la\s+|el\s+)?")
_APPOSITION_END = re.compile(r"(?:\s+(?:saliente|entrante|actual|en funciones|en ejercicio))?\s*(?:[,;)]|$)")
# round 34 (event32): the presidency in apposition with its time ("Uruguay, the outgoing Presidency Pro Tempore,
# presented", "Uruguay, Presidencia Pro Tempore saliente, presentó"): the government acts
_COMMA_PPT = re.compile(r"\s*,\s*(?:(?:the|la|el)\s+)?(?:(?:outgoing|incoming|current|new|saliente|entrante|actual|"
                        r"nueva)\s+)?", re.IGNORECASE)
_AS_PPT = re.compile(r"\s*,?\s*(?:(?:como|as(?: the)?) (?:pa[ií]s )?(?:sede|anfitri[oó]n|host(?: country)?),? (?:y|and) )?"
                     r"(?:in its capacity as|as|en su calidad de|como|que ejerce|que ejerc[ií]a|which holds|which held|holding|"
                     r"holder of|en ejercicio de|in the exercise of|exercising)\s+"
                     # issue 13 (event27): "que ejerce por primera vez la Presidencia Pro Tempore"
                     r"(?:(?:for the (?:first|second|third) time|por (?:primera|segunda|tercera) vez)\s+)?"
                     r"(?:the\s+|la\s+|el\s+|its\s+|su\s+)?"
                     # issue 13 (listing23): the presidency's year before it ("as 2023 Presidency Pro Tempore")
                     r"(?:(?:current|then|actual|outgoing|incoming|new|saliente|entrante|nueva|"
                     r"(?:19|20)\d\d(?:\s*[-–/]\s*(?:19|20)?\d\d)?)\s+)?", re.IGNORECASE)
_URL = re.compile(r"(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+\.[\w.-]+")


def _URL_HINT(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] holds a literal every match of _URL holds ("://", "www." or "@"): a cheap test first."""
    return text.find("@", start, end) >= 0 or text.find("://", start, end) >= 0 or text.find("www.", start, end) >= 0


@dataclass(frozen=True, slots=True)
class _Unit:
    start: int
    end: int
    kind: str  # "title" | "body" | "coordinating"
    heading: str | None = None
    # place, venue and date spans inside the unit (page offsets): read with their sentence, never an actor
    masked: tuple[tuple[int, int], ...] = ()
    field: bool = False  # the value of a labelled field on its line, or an item under a label alone (h-labels)
    joined: bool = False  # issue 13 (wrap): a sentence wrapped over lines (its line breaks read as spaces)


_PARENT_OF = re.compile(r"(?i),\s*(?:an?\s+|una\s+|la\s+|el\s+)?(?:agency|office|unit|body|department|directorate|"
                        r"service|dependencia|oficina|unidad|[oó]rgano|entidad|direcci[oó]n)(?:\s+(?:attached\s+to|"
                        r"adscrit[oa]\s+al?|dependiente\s+del?))?\s+(?:of|de|del|under)\s+(?:the\s+|la\s+|el\s+)?$")
_UNIT_ACR_OF = re.compile(r"\s*\(\s*[A-ZÁÉÍÓÚÑ][A-Za-z&\-]{1,11}\s*\)\s+(?:of(?:\s+the)?|del|de(?:\s+la|\s+los|\s+las)?)\s+$")
_CLAUSE_END = re.compile(r"(?:\s*\([^()]{1,20}\))?\s*,")
_EXERCISED = re.compile(r"(?i),\s*(?:(?:que|which|who)\s+(?:ejerce|ejerci[oó]|ejerc[ií]a|act(?:s|ed)\s+as|serve(?:s|d)\s+as|"
                        r"hold(?:s)?|held)"
                        # issue 13 (sixth held-out set): "X, as Presidency Pro Tempore, hosted", "X, holder of the
                        # Presidency Pro Tempore, …", "X, en ejercicio de la Presidencia Pro Tempore, fue anfitrión"
                        r"|as|holder\s+of|holding|en\s+ejercicio\s+de|titular\s+de)\s+(?:la\s+|the\s+|its\s+)?$")

# issue 13 (prose): an office named by its owner's common noun ("the Conference's Technical Secretariat")
_CAPACITY = re.compile(r"(?i)[a-z]+['’]s\s+(?:technical\s+|executive\s+|pro[- ]tempore\s+)?(?:secretariat|presidency)\b")
_AS_OFFICE = re.compile(r"(?i)\b(?:as|como)\s+(?:the\s+|la\s+|its\s+|su\s+)?$")


def _subtract(ranges: list[tuple[int, int]], holes: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[list[int]] = []
    for a, b in sorted(r for r in ranges if r[1] > r[0]):
        if merged and a <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    out: list[tuple[int, int]] = []
    for a, b in merged:
        pieces = [(a, b)]
        for ha, hb in holes:
            nxt = []
            for pa, pb in pieces:
                if hb <= pa or ha >= pb:
                    nxt.append((pa, pb))
                    continue
                if pa < ha:
                    nxt.append((pa, ha))
                if hb < pb:
                    nxt.append((hb, pb))
            pieces = nxt
        out.extend(pieces)
    return out


def _units(page: Page, event: EventRecord) -> list[_Unit]:
    titles = {(t.span.start, t.span.end) for t in event.titles}
    if event.subtitle:
        titles.add((event.subtitle.span.start, event.subtitle.span.end))
    units = [_Unit(a, b, "title") for a, b in sorted(titles)]
    # issue 13 (h-left): the place, venue and dates an event's sentence names stay in its sentence ("organized in
    # Bogotá on 22 October 2021 by X": the role phrase reaches X); what they name is no actor (masked)
    masks = [(span.start, span.end) for span in (event.place.span if event.place else None, event.venue,
                                                 event.dates.span if event.dates else None) if span is not None]
    holes = list(titles)
    # a listing prints the title twice on its line ("XXI RCM XXI RCM"): the copy is the title too, not text
    names = {page.text[a:b].strip() for a, b in titles}
    for a, b in sorted(titles):
        line_start = page.text.rfind("\n", 0, a) + 1
        line_end = page.text.find("\n", b)
        line_end = len(page.text) if line_end < 0 else line_end
        rest = page.text[line_start:line_end]
        for ma, mb in sorted(masks, reverse=True):  # the place or date printed on the title's line
            if line_start <= ma and mb <= line_end:
                rest = rest[:ma - line_start] + " " * (mb - ma) + rest[mb - line_start:]
        for name in sorted(names, key=len, reverse=True):
            rest = rest.replace(name, " ")
        if not rest.strip():
            holes.append((line_start, line_end))
    # a coordinating span inside the description (a news article's presidency holder: "hosted by Brazil, which
    # holds the Presidency Pro Tempore") stays in the text too, so that the sentence's own cues reach it
    inside = event.coordinating is not None and event.description is not None \
        and event.description.start <= event.coordinating.start and event.coordinating.end <= event.description.end
    if event.coordinating is not None and not inside:
        holes.append((event.coordinating.start, event.coordinating.end))
    # Links and e-mail addresses are not text: "migracion-laboral.pdf" is no theme.
    if _URL_HINT(page.text, event.span.start, event.span.end):  # speed26: no "://", "www." or "@": no link
        holes += [(u.start(), u.end()) for u in _URL.finditer(page.text, event.span.start, event.span.end)]
    # issue 13 (listing): a CMS byline under a listing entry's title ("Posted on … by <author>") is not its text;
    # a table cell under a role column ("Organized by" over "X; Y"), a field of that role, is read by itself
    holes += _byline_holes(page.text, event.span.start, event.span.end)
    # (round 30 review: not a cell that says itself who did what, "Convocado por X. Participó como invitada Y.",
    # under a "Participación" column: its own role phrases read it, as prose)
    cells = [s for s in event.sections if s.heading and _table_cell(page.text, s.span.start)
             and labels.role_of(s.heading, coordinating=True)
             and not find_cues(page.text[s.span.start:s.span.end])]
    holes += [(s.span.start, s.span.end) for s in cells]
    bars = _cell_bars(page.text, event.span.start, event.span.end)  # issue 13 (country2)
    if bars and event.cells:  # issue 13 (round 26): the bars inside a cell run on over lines are part of it
        bars = [(a, b) for a, b in bars if not any(ca < a and b < cb for ca, cb in event.cells)]
    holes += bars
    ranges = [(event.span.start, event.span.end)]
    ranges += [(event.description.start, event.description.end)] if event.description else []
    ranges += [(s.span.start, s.span.end) for s in event.sections]
    ranges += [(o.span.start, o.span.end) for o in event.objectives]
    heading = None
    label = None  # issue 13 (names): a role label on its own line ("Organizers") heads the line after it
    venue_block = False
    open_label = None  # issue 13 (fields20): the role label of a field whose value its line left open
    open_alone = False  # issue 13 (listing24): that field's label is alone on its line, its value under it
    open_semi = False  # issue 13 (listing26): that field's value left open by ";" (a list of names going on)
    cell_label = None  # issue 13 (prose19): the role label of the table row above, whose value cell may run on
    # issue 13 (round 30): the role label alone on its line whose value lines stand right under it, one name a line
    # ("Organización" / "Secretaría Técnica" / "UNICEF"), and where the last of them ends
    stack_label, stack_end = None, -1
    stacking = page.layout != "listing"
    background: tuple[str, int] | None = None
    for a, b in _subtract(ranges, holes):
        for s in split_sentences(page.text, a, b, heading, event.cells):
            above, heading = heading, s.heading
            said = page.text[s.start:s.end]
            whole = _whole_line(page.text, s.start, s.end)
            owner = None
            if s.is_heading:
                # issue 13 (fields17): an acronym in capitals alone under a role label alone on its line ("Support" /
                # "UNICEF", "ORGANIZERS" / "IOM") is that field's value, no heading
                owner = label if label is not None else above
                # (cheap tests first: most headings are no acronym under a label)
                if open_alone and open_label and whole and _CAPS_VALUE.fullmatch(said.strip()) \
                        and labels.classify(said.strip()) is None:
                    owner = open_label  # issue 13 (listing24): the last item of a value left open ("Chile;" / "IOM")
                elif owner and whole and _CAPS_VALUE.fullmatch(said.strip()) \
                        and _line_above(page.text, s.start) == owner.strip() and _label_role(owner) \
                        and labels.classify(said.strip()) is None:
                    pass
                elif (cell := _empty_cell_under(page.text, s.start, said, whole)) is not None:
                    owner = cell  # issue 13 (fields34): "With support from\tUNHCR" / "\tIOM" (an empty label cell)
                else:
                    continue
                heading = above
            # issue 13 (mentions): an events calendar's "Venue" block (the label alone on its line, then the building
            # and the street on the lines under it) is a place: its lines name no actor
            short = whole and len(said.strip()) <= 80 and not said.rstrip().endswith((".", "!", "?"))
            if short and (labels.classify(said.strip()) or ("",))[0] == "place":
                venue_block = True
                continue
            if venue_block and short and labels.find(said) is None and not _PAGER_LINK.match(said):
                continue
            venue_block = False
            # issue 13 (roles3): a background heading alone on its line ("Background", "Antecedentes") heads the
            # paragraph under it (up to the next blank line): a block about another, earlier activity
            if whole and len(said.strip()) <= 40 and _BACKGROUND_HEADING.fullmatch(
                    fold_text(said).strip().rstrip(":").strip()):
                first = s.end
                while first < len(page.text) and page.text[first] in " \t\n\u00a0":
                    first += 1
                blank = re.search(r"\n[ \t\u00a0]*\n", page.text[first:])
                background = (said.strip(), first + blank.start() if blank else len(page.text))
                continue
            if background is not None and s.start >= background[1]:
                background = None
            if whole and _label_role(said):
                label = said
                continue
            start, heading, fielded = s.start, label or owner or (background[0] if background else None) or s.heading, \
                label is not None or owner is not None
            stop = s.end
            # issue 13 (h-labels): a role field printed inline ("Funding: European Union", "• Apoyo: X; Y"): its
            # value, under its label
            lab = labels.find(said) if whole else None
            if lab is not None and lab.key == "ignore" and lab.value_start is not None and len(said) <= 120 \
                    and _KIND_LABEL.fullmatch(fold_text(lab.text).strip().lower()):
                # issue 13 (event22): a "Type:" / "Tipo de evento:" field names the event's kind ("Vice-Ministerial
                # Meeting", "Reunión Viceministerial"), no body taking part in it or named by it
                continue
            run_on = _RUN_ON_CELL.match(said) if whole and cell_label is not None else None
            if run_on is None and cell_label is not None and whole and s.start > 0 and page.text[s.start - 1] == "\t" \
                    and _TAB_RUN_ON.fullmatch(page.text, page.text.rfind("\n", 0, s.start) + 1, s.start):
                run_on = _AT_START.match(said)
            if lab is not None and lab.value_start is not None and labels.role_of(lab.text, coordinating=True) \
                    and not said.rstrip().endswith((".", "!", "?")):  # (a sentence keeps its label: its cue)
                start, heading, fielded = s.start + lab.value_start, lab.text, True
                if said.rstrip().endswith(")") and (note := _VALUE_NOTE.search(said, lab.value_start)) is not None \
                        and labels.role_of(f"{lab.text} ({note.group(1)})") == "coordinator" != labels.role_of(lab.text):
                    # issue 13 (fields36): the qualifier of a moderation in brackets after its value ("Moderation …
                    # CELS (all sessions)", "Moderación: X (todas las sesiones)"): as after its label, the whole
                    # meeting's moderator coordinates it
                    heading = f"{lab.text} ({note.group(1)})"
                if said.lstrip().startswith("|") and said.rstrip().endswith("|"):
                    # issue 13 (event23): a two-cell table row ("| Host | Ministry of … |"): its value ends at its cell
                    stop = s.start + len(said.rstrip()[:-1].rstrip())
                if _CELL_VALUE.match(said, lab.end):
                    cell_label = lab.text
            elif open_label is not None and lab is None and whole and (
                    not said.rstrip().endswith((".", "!", "?")) or open_semi and ";" in said) \
                    and (open_alone or open_semi or _INDENTED.match(page.text, page.text.rfind("\n", 0, s.start) + 1)):
                # (issue 13, listing26: a list left open by ";" goes on on the next line, indented or not, its last
                # item closed by a full stop: "Speakers: X (XY);" / "Y; Z.")
                # issue 13 (fields20): a role field's value left open by ";" or "," on its line, carried on to the
                # next line indented under it ("— Panelistas: X;" / "  Y"): the same field, under its label
                start, heading, fielded = s.start, open_label, True
            elif stack_label is not None and lab is None and whole and label is None \
                    and not said.rstrip().endswith((".", "!", "?")) and len(said) <= 160 \
                    and page.text.count("\n", stack_end, s.start) == 1:
                # issue 13 (round 30): a further name on the line right under a label-alone field's value line
                # ("Organization" / "SACM Technical Secretariat" / "International Labour Organization (ILO)"): the
                # same field, under its label (a blank line, a sentence or another label ends it)
                start, heading, fielded = s.start, stack_label, True
            elif run_on is not None and not said.rstrip().endswith((".", "!", "?")):
                # issue 13 (prose19): a role field's value cell run on to the next line of a flattened table, its
                # label cell left empty ("            | Ecuador and Peru"): the same field, under its label
                start, heading, fielded = s.start + run_on.end(), cell_label, True
            elif lab is not None and lab.value_start is not None and lab.key == "about" and not lab.bullet:
                start = s.start + lab.value_start  # issue 13 (fields4): "NOTES — The Group will ...": no name
                if _REFERENCE_LABEL.fullmatch(fold_text(lab.text).strip().lower()):
                    # issue 13 (fields36): "Reference ..... the addendum ..., negotiated with the support of X": a
                    # reference line names other things; the bodies it names are mentioned only (as a background's)
                    heading = lab.text
            elif not whole and ": " in said[:48] and (lab := labels.find(said)) is not None and lab.colon \
                    and lab.value_start is not None and labels.role_of(lab.text) and len(said) <= 200:
                # issue 13 (fields4): role fields run on in one line of text, each its own sentence ("Entidad
                # ejecutora: X (XY). Financia: Z, a través del programa W."): each its value, under its label
                start, heading, fielded = s.start + lab.value_start, lab.text, True
                stop = s.start + len(said.rstrip().rstrip("."))  # (its stop ends the field, no sentence of prose)
            if run_on is None and not (lab is not None and heading == lab.text and cell_label == lab.text):
                cell_label = None
            # issue 13 (listing24): the value under a label alone on its line ("Participants" / "Chile, Peru,"
            # / "Bolivia and Ecuador") runs on to the lines under it while its line ends open, indented or not
            open_alone = (open_alone and start == s.start and heading == open_label) \
                or (label is not None and heading == label and start == s.start and whole)
            open_label = heading if fielded and heading and (said.rstrip().endswith((";", ",")) or (
                said[-1:].isalpha() and _DANGLING.search(said))) else None
            open_semi = open_label is not None and said.rstrip().endswith(";")
            if stacking and whole and fielded and heading and start == s.start and (
                    label is not None and heading == label or heading == stack_label):
                stack_label, stack_end = heading, stop
            else:
                stack_label = None
            units.append(_Unit(start, stop, "body", heading,
                               tuple((max(a, start), min(b, stop)) for a, b in masks if a < stop and b > start),
                               fielded, "\n" in page.text[start:stop]))
            # a label alone heads the bullets under it ("Organizadores" / "• X" / "• Y")
            if not (label and _BULLETED.match(page.text, page.text.rfind("\n", 0, s.start) + 1)):
                label = None
    for c in cells:
        units.append(_Unit(c.span.start, c.span.end, "body", c.heading,
                           tuple((max(a, c.span.start), min(b, c.span.end)) for a, b in masks
                                 if a < c.span.end and b > c.span.start), True))
    if event.coordinating is not None:
        units.append(_Unit(event.coordinating.start, event.coordinating.end, "coordinating"))
    return units


# -- issue 13 (wrap): a one-word institution's name in a strong role slot -------------------------------------
# "funded by Oxfam", "con el apoyo de Solidar": the name right after the role phrase, no other word between
_ONE_WORD_SLOT = re.compile(
    r"(?i)(?:\b(?:funded|financed|sponsored|supported|organi[sz]ed|co-organi[sz]ed|hosted|convened)\s+by|"
    r"\bwith\s+(?:the\s+)?(?:financial\s+|technical\s+)?(?:support|funding|sponsorship|backing)\s+(?:of|from)|"
    r"\bcon\s+(?:el|la)\s+(?:apoyo|auspicio|patrocinio|financiamiento|financiaci[oó]n|respaldo|colaboraci[oó]n)"
    r"(?:\s+(?:t[eé]cnico|financiero|econ[oó]mico))?\s+de|"
    r"\b(?:financiad|organizad|auspiciad|patrocinad|apoyad|convocad|coorganizad)[oa]s?\s+por)\s+$")
_ONE_WORD_ROLES = {"funder", "supporter", "organizer", "host", "convener"}


def _one_word_institution(utext: str, m: Mention, d: Described, role: str, page_text: str,
                          lang: str) -> ExtractedInstitution | None:
    """An institution named by one capitalised word in a strong role slot ("funded by Oxfam"): not a common
    word (the page prints it in lower case elsewhere), a place, a country or a word that opens sentences."""
    from rcpkg.loaders.openworld import _NOT_NAMES, _is_place_name

    word = m.surface
    if role not in _ONE_WORD_ROLES or d.problem != "a single word that names no institution for sure" \
            or not re.fullmatch(r"[A-ZÁÉÍÓÚÑ][a-záéíóúñü]{2,}(?:[A-Z][a-z]+)?", word) \
            or not _ONE_WORD_SLOT.search(utext, max(0, m.start - 60), m.start):
        return None
    folded = fold_text(word)
    if folded in _NOT_NAMES or country_of(word) or _is_place_name(word) \
            or re.search(rf"\b{re.escape(word.lower())}\b", page_text):
        return None
    return ExtractedInstitution(re.sub(r"[^a-z0-9]+", "-", normalized(word)).strip("-"), word, None, "Institution",
                                None, lang)


def _byline_holes(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The lines of a CMS byline between `start` and `end` (see ``blocks.is_byline``)."""
    from rcpkg.loaders.layouts.blocks import is_byline

    out = []
    pos = start
    while pos < end:
        nl = text.find("\n", pos, end)
        stop = end if nl < 0 else nl
        if is_byline(text[pos:stop]):
            out.append((pos, stop))
        pos = stop + 1
    return out


# -- issue 13 (country2): the bars between the cells of a table row flattened to text ("Title | 04/05/2006 |
# Asunción | Organizado por X …") end the text before them: each cell is read by itself, so that a cell opening
# with its role phrase ("Convocado por X") is no part of a name run from the cell before it
_ROW_BAR = re.compile(r"[ \t]+\|[ \t]+")


_RUN_ON_BARS = re.compile(r"(?<=  )[ \t]*(?:\|[ \t]*)+")


def _cell_bars(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The bars of the table rows (lines of three cells or more) between `start` and `end`."""
    if text.find("|", start, end) < 0:  # no bar at all (most texts): no row
        return []
    out = []
    pos = start
    while pos < end:
        nl = text.find("\n", pos, end)
        stop = end if nl < 0 else nl
        bars = list(_ROW_BAR.finditer(text, pos, stop))
        if len(bars) >= 2 or len(bars) == 1 and _fields_apart(text, pos, bars[0], stop):
            out += [(m.start(), m.end()) for m in bars]
        pos = stop + 1
    return out


def _fields_apart(text: str, pos: int, bar: re.Match, stop: int) -> bool:
    """issue 13 (fields33): two fields on one line set apart by a bar ("Anfitrión: X | Organiza: Y |", "Host: X |
    Guest: Y"): each "Label: value" its own, so that the second's value takes its own label's role."""
    if ":" not in text[bar.end():stop] or ":" not in text[pos:bar.start()]:
        return False
    one, two = labels.find(text[pos:bar.start()].strip()), labels.find(text[bar.end():stop].strip())
    return one is not None and two is not None and one.colon and two.colon and one.value_start is not None \
        and two.value_start is not None


def _table_cell(text: str, start: int) -> bool:
    """Whether `start` begins a cell of a table row flattened to text (after " | " or a tab)."""
    before = text[text.rfind("\n", 0, start) + 1:start]
    return before.rstrip(" ").endswith(("|", "\t")) and before.strip() != ""


_PRESENTED = re.compile(r"\b(?:presented|presents|launched|launches|unveiled|presento|presentaron|presenta|presentan|"
                        r"se presento|se presentaron|lanzo|lanzaron|se lanzo|dio a conocer|dieron a conocer) "
                        r"(?:the|its|their|a|an|el|la|los|las|su|sus|un|una|the new|el nuevo|la nueva) $")
_PAGER_LINK = re.compile(r"\s*[«‹<]")
# issue 13 (prose19): a table row's value cell after its label cell ("Participants   | X"), and the next line's run-on
# of it under an empty label cell ("               | Y and Z")
# issue 13 (round 32): or a tab-separated table's ("Organizan<TAB>X (XY)" / "<TAB>Y (YZ)", the run-on's label cell empty)
_VALUE_NOTE = re.compile(r"\(([^()]{3,40})\)\s*$")
_CELL_VALUE = re.compile(r"[ \t]*\|[ \t]|[ ]*\t")
_INDENTED = re.compile(r"[ \t\u00a0]+(?=\S)")
# issue 13 (event22): the labels of a field that gives the event's kind
_KIND_LABEL = re.compile(r"type|tipo|event type|type of event|tipo de evento|activity type|type of activity|"
                         r"tipo de actividad|kind of event|clase de evento")
_RUN_ON_CELL = re.compile(r"[ \t]*\|[ \t]+(?=\S)")
# issue 13 (round 32): a tab-separated table's value cell run on to the next line, its label cell empty (the line
# opens with a tab): its start, before the sentence's
_TAB_RUN_ON = re.compile(r"[ ]*\t[ \t]*")
_AT_START = re.compile("")
_BULLETED = re.compile(r"[ \t\u00a0]*(?:[•·▪◦*]|-(?=\s))")


# issue 13 (names): a role phrase in an apposition to a document is the document's ("a study ..., supported
# by the European Union, ..."), not the event's: the bodies it names are mentioned
_DOC_APPOSITION = re.compile(r"(?i)\b(?:stud(?:y|ies)|reports?|surveys?|research|estudios?|informes?|"
                             r"investigaci[oó]n(?:es)?|diagn[oó]sticos?|publications?|publicaci[oó]n(?:es)?)\b"
                             r"[^,.;]{0,80},\s*(?:supported|funded|financed|sponsored|prepared|commissioned|"
                             r"apoyad[oa]s?|financiad[oa]s?|patrocinad[oa]s?|elaborad[oa]s?)\s+(?:by|por)\s+"
                             r"([^,.;]{1,120})(?=[,.;]|$)")
_PARTICIPLES = (r"hosted|organi[sz]ed|convened|funded|financed|supported|sponsored|coordinated|organizad[oa]s?|"
                r"convocad[oa]s?|financiad[oa]s?|apoyad[oa]s?|auspiciad[oa]s?|coordinad[oa]s?|patrocinad[oa]s?")
_DOUBLE = re.compile(rf"\b({_PARTICIPLES}) (?:and|y) (?:co ?)?(?:{_PARTICIPLES}) (?:jointly |conjuntamente )?(?:by|por)\b")
_PARTICIPLE_ROLE = {"hoste": "host", "organ": "organizer", "conve": "convener", "funde": "funder", "finan": "funder",
                    "suppo": "supporter", "spons": "supporter", "coord": "coordinator", "convo": "convener",
                    "apoya": "supporter", "auspi": "supporter", "patro": "supporter"}
# a class of institutions, then an example of it: the example is an institution
_CLASS_BEFORE = re.compile(r"\b(?:organi[sz]ations?|organizacion(?:es)?|organismos?|agenc(?:y|ies)|agencias?|institutions?|"
                           r"instituciones|bodies|entities|entidades|networks|redes|foundations|fundaciones|banks|bancos|"
                           r"universities|universidades|ngos|ong|charities|associations|asociaciones|"
                           # issue 13 (roles3): groups of people organised as bodies ("committees of relatives of
                           # missing migrants, such as X", "colectivos de familiares, como X")
                           r"committees|comites|collectives|colectivos|unions|sindicatos|federations|federaciones|"
                           r"cooperatives|cooperativas|movements|movimientos)"
                           r"(?: [a-z-]+){0,5},? (?:such as|like|including|for example|e g|como|tales como|por ejemplo|"
                           r"entre ellas|entre ellos)(?: (?:the|la|el|los|las))? $")
_BACKGROUND = re.compile(r"\s*(?:como antecedentes?|antecedentes?\s*:|background\s*:|as (?:a )?background|"
                         r"previously|anteriormente|in the past|en el pasado|historically|historicamente|"
                         # issue 13 (roles4): "Earlier exchanges ... had been supported by X", "Con anterioridad, ...":
                         # a sentence opening on an earlier time (not "earlier that day": the same event)
                         r"earlier(?! (?:that|this|the same|in the|on the|today)\b)|con anterioridad|previamente|"
                         r"in (?:earlier|previous|past) (?:years|editions|cycles)|en (?:anos|ediciones|ciclos) anteriores)\b")
_REFERENCE_LABEL = re.compile(r"references?|referencias?|see also|ver tambien|reference documents?|"
                             r"documentos? de referencia")
_BACKGROUND_HEADING = re.compile(r"background|antecedentes?|context|contexto|historia|history|" + _REFERENCE_LABEL.pattern)


_EVENT_WORDS = re.compile(r"(?i)(?:(?:foro|taller|seminario|reuni[oó]n|encuentro|conversatorio|curso|jornada|"
                          r"conferencia|webinario|di[aá]logo|workshop|forum|seminar|meeting|conference|webinar|"
                          r"dialogue|course|training)s?[\s/-]*)+")
_MEETING_WORD = re.compile(r"(?i)\b(?:meeting|conference|summit|conferencia|reuni[oó]n|cumbre|encuentro)$|"
                           r"^(?:conferencia|reuni[oó]n|cumbre|encuentro) [\w-]+$")
_HAPPENED = re.compile(r"(?i)\s*(?:\([^()]{1,20}\)\s*)?,?\s*(?:took place|(?:was|were|is|will be) held|(?:was |were )?hosted by|"
                       r"held (?:in|on|at|from|by|virtually|online)|se celebr[oó]|se realiz[oó]|se llev[oó] a cabo|tuvo lugar|"
                       r"(?:fue )?celebrad[oa] (?:en|el|del|por)|(?:fue )?realizad[oa] (?:en|el|del|por)|"
                       r"(?:fue )?(?:auspiciad|acogid)[oa] por)\b")
# issue 13 (event15): an edition's ordinal right before a name (a Roman numeral, or "25th", "First" …)
_ROMAN = re.compile(r"(?=[MDCLXVI])M{0,3}(?:C[MD]|D?C{0,3})(?:X[CL]|L?X{0,3})(?:I[XV]|V?I{0,3})")
_NAME_NEXT = re.compile(r" [A-ZÁÉÍÓÚÑ]")
_ORDINAL_BEFORE = re.compile(r"(?<![\w-])(?:(?=[MDCLXVI])M{0,3}(?:C[MD]|D?C{0,3})(?:X[CL]|L?X{0,3})(?:I[XV]|V?I{0,3})|"
                             r"\d{1,3}(?:st|nd|rd|th|[ªº°]|a|o)|(?i:first|second|third|fourth|fifth|sixth|seventh|eighth|"
                             r"ninth|tenth|primera?|segund[oa]|tercer[oa]?|cuart[oa]|quint[oa]|sext[oa]|s[eé]ptim[oa]|"
                             r"octav[oa]|noven[oa]|d[eé]cim[oa]))\.? $")
_HYPHEN_ON = re.compile(r"-[A-ZÁÉÍÓÚÑ][a-záéíóúñ]")
_JOINT_HEAD = r"(?:Group|Committee|Commission|Network|Working|Task|Team|Forum|Mechanism|Grupo|Comit[eé]|Comisi[oó]n|Red|Mesa|Foro|Mecanismo)"
_JOINT = re.compile(rf"(?<![\w-])([A-Z]{{2,8}}(?:-[A-Z]{{2,8}})+)(?= (?:[A-Z][a-z]+ ){{0,3}}{_JOINT_HEAD}\b)|"
                    rf"\b{_JOINT_HEAD}(?: [A-Za-z][a-z]+){{0,3}} ([A-Z]{{2,8}}(?:-[A-Z]{{2,8}})+)(?![\w-])")


_AGREEMENT_WORD = re.compile(r"(?:acuerdo|agreement|convenio|tratado|treaty|protocolo?|declaracion|declaration)s? ")
_AGREEMENT_OWNER = re.compile(r"\b(?:of|of the|del|de la|de los)\s+([A-Z]{3,}[A-Z0-9]*)$|^(?:the\s+)?([A-Z]{3,}[A-Z0-9]*)\s+[A-Z]")


def _cut_at_mask(unit: _Unit, n, utext: str):
    """A new name that runs into the event's place or date ("Ministerio de Trabajo ... en Encarnación", "... of
    the Universidad del Rosario on August 24") ends before it; one that starts inside it is none."""
    a, b = unit.start + n.start, unit.start + n.end
    cut = min((ma for ma, mb in unit.masked if a < mb and b > ma), default=None)
    if cut is None:
        return n
    if cut <= a:
        return None
    kept = re.sub(r"(?:[\s,;(]|\b(?:on|in|at|from|en|el|del|de|desde|the|la|los|las|and|y)\b)+$", "", utext[n.start:cut - unit.start])
    if not kept.strip():
        return None
    return Mention(n.entity_id, n.start, n.start + len(kept), kept, n.kind)


def _in_mask(unit: _Unit, m) -> bool:
    a, b = unit.start + m.start, unit.start + m.end
    return any(a < mb and b > ma for ma, mb in unit.masked)


def _whole_line(text: str, start: int, end: int) -> bool:
    # (issue 13, round 31: a leading bullet, left out of the sentence's span, "  ▪ Organiza — X", keeps it whole)
    return not text[text.rfind("\n", 0, start) + 1:start].strip().lstrip("•·▪◦*■-").strip() and not text[end:(text.find("\n", end) + 1 or len(text))].strip()


# -- issue 13 (fields4): a field's items set apart by ";" ---------------------------------------------------------
def _field_items_apart(utext: str, assigned: list, role: str) -> bool:  # (utext with its line breaks)
    """issue 13 (fields4): "Participants: delegations of Belize and Honduras; Canada Border Services Agency": the
    phrase of the field's role in one item ("delegations of") reaches that item's bodies only; a body left mentioned
    in another item, set apart by ";", is an item of the field too (the field's role)."""
    # issue 13 (fields16, event16): items set apart by a middle dot or a bullet too ("X · Y", "X • Y")
    # issue 13 (fields24): or items stacked one a line, each line closed by a comma ("Participan:" / "  X," / "  Y,")
    if ";" not in utext and "·" not in utext and "•" not in utext and ",\n" not in utext and ", \n" not in utext:
        return False
    cut = [i for i, c in enumerate(utext) if c in ";·•" or c == "\n" and utext[:i].rstrip(" \t").endswith(",")]

    def item(offset: int) -> int:
        return sum(1 for c in cut if c < offset)
    with_role = {item(m.start) for m, r in assigned if r == role}
    return any(r == "mentioned" and item(m.start) not in with_role for m, r in assigned)


# issue 13 (fields24): a document named in a role field's item, its author after it ("Presented: a study of X by the
# IDB", "Expusieron: informe sobre Y de la CEPAL"): the author is mentioned (round 17's "author of a cited document"),
# not the field's role; the item's own words only (no ";" nor "," between)
_DOC_AUTHOR = re.compile(r"\b" + _DOCUMENT + r"\b(?: [\w'-]+){0,10}? (?:by|of|from|del|de|de la|de los|de las)"
                         r"(?: the| el| la| los| las)?\s*$")


def _document_author(utext: str, m) -> bool:
    """issue 13 (fields24): a body named as the author of a document in a field's item (see `_DOC_AUTHOR`)."""
    before = utext[max(0, m.start - 100):m.start]
    cut = max(before.rfind(";"), before.rfind(","), before.rfind("\n"), before.rfind("|"), before.rfind(":"))
    before = fold_text(before[cut + 1:]).lower()
    return any(w in before for w in ("stud", "report", "surve", "guide", "informe", "estudio", "analys", "analisis",
                                     "diagnos", "document", "encuesta", "publica", "assessment", "protoc", "manual",
                                     "guia", "paper", "profile", "perfil", "evaluacion", "toolkit", "handbook")) \
        and _DOC_AUTHOR.search(before) is not None


def _label_role(line: str) -> str | None:
    """The role a label printed alone on its line gives the list under it ("Organizers",
    "Organizadores:", "Sponsors"), else None."""
    heading = line.strip().rstrip(":").strip()
    if not heading or len(heading) > 45:
        return None
    return labels.role_of(heading)  # issue 13 (h-labels): the labels of every layout


def _empty_cell_under(text: str, start: int, said: str, whole: bool) -> str | None:
    """issue 13 (fields34): an acronym in capitals alone on a line indented under a role field written inline, its
    label cell left empty ("With support from<TAB>UNHCR" / "<TAB>IOM", "Apoyo:   ACNUR" / "         OIM"): another
    item of that field, no heading. Returns the field's label, else None. (Cheap tests first.)"""
    ls = text.rfind("\n", 0, start) + 1
    if not whole or start == ls or text[ls] not in " \t\u00a0" or not _CAPS_VALUE.fullmatch(said.strip()):
        return None
    above = _line_above(text, start)
    lab = labels.find(above)
    if lab is None or lab.key != "role" or lab.value_start is None or labels.classify(said.strip()) is not None:
        return None
    head = above[:lab.value_start].strip().rstrip(":|—–-").strip()
    return head if _label_role(head) else None


def _line_above(text: str, start: int) -> str:
    """The text of the line above the line holding `start`, stripped."""
    ls = text.rfind("\n", 0, start)
    return text[text.rfind("\n", 0, ls) + 1:ls].strip() if ls > 0 else ""


# a field's value in capitals: one to four acronyms or short names ("UNICEF", "IOM; UNHCR", "OIM Y ACNUR")
_CAPS_VALUE = re.compile(r"[A-ZÁÉÍÓÚÑ][A-ZÁÉÍÓÚÑ0-9&.-]{1,11}(?:(?:\s*[,;/]\s*|\s+(?:Y|AND|E)\s+)"
                         r"[A-ZÁÉÍÓÚÑ][A-ZÁÉÍÓÚÑ0-9&.-]{1,11}){0,3}")
_SENTENCE_STOP = re.compile(r"(?<![\s.][A-Z])(?<!^[A-Z])[.!?]\s")
_ITEM_CUT = re.compile(r";|,[ \t]*\n|\s(?:y|e|and|&)\s")  # the names of a list item, for the length cap
# (issue 13, fields24: items stacked one a line, closed by a comma, are each an item)


# issue 13 (listing26): a field's value line that ends on a preposition or an article ("Convened by: the Chair, through
# the" / "  Ministry of …", "Convocó — la Presidencia, a través de la" / "  Secretaría …") goes on on the next line
_DANGLING = re.compile(r"(?i)\s(?:de|del|la|el|los|las|y|e|con|por|a|en|al|the|of|and|by|with|through|to|for|from)$")


def _heading_role(unit: _Unit, utext: str, raw: str | None = None) -> str | None:
    """The role a list's heading gives its items ("Participating institutions:" above
    "• National Police of Peru"), for an item line under it (not the heading line, not a sentence); `raw`: the
    unit's text with its line breaks (a joined unit's `utext` reads them as spaces)."""
    if unit.kind != "body" or not unit.heading:
        return None
    heading = unit.heading.strip().rstrip(":").strip()
    last = unit.field and ";" in utext and utext.rstrip().endswith(".") and not utext.rstrip().endswith("..")
    if utext.rstrip().endswith((".", "!", "?", ":")) and not last:
        return None  # a sentence, or the heading itself: a list item is a name on its own line
    # (issue 13, listing26: a field's list of names left open by ";" on the line above, closed here by a full stop,
    # "Speakers: X;" / "Y; Z.", is its last items)
    item = utext.strip().lstrip("•*-–· ").rstrip(";,.").strip() if last else utext.strip().lstrip("•*-–· ").rstrip(";,").strip()
    lab = labels.find(utext.strip())
    if lab is not None and lab.value_start is not None and fold_text(lab.text).strip() != fold_text(heading).strip():
        return None  # issue 13 (mentions): a field of its own ("Language(s): Spanish"), not an item of the list above
    # (issue 13: the dots of an abbreviation, "U.S. Department of State", end no sentence)
    # (issue 13, mentions: a field's items set apart by ";" are each an item)
    # (issue 13, fields23: two long names joined by "y"/"and" are each an item: the cap holds per name)
    parts = _ITEM_CUT.split((raw or utext).strip().lstrip("•*-–· ").rstrip(";,").strip())
    if not item or fold_text(item) == fold_text(heading) or max(len(p) for p in parts) > 160 \
            or _SENTENCE_STOP.search(item):
        return None
    return labels.role_of(heading, coordinating=True)  # ("Coordinación: X; Y" in the text)


def _line(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


_NUMBERED = re.compile(r"\b(?:[IVXLC]+|\d{1,3}(?:st|nd|rd|th|a|o|ª|º|°)?)\.?\s+$")  # "XXI RCM": a numbered meeting
_OWN_BEFORE = re.compile(r"\b([IVXLC]+|\d{1,3})\s+(?:[A-ZÁÉÍÓÚ][\w-]*\s+){1,3}(?:of the|de la|del)\s+$")
_OWN_AFTER = re.compile(r"\s+(?:of the|de la|del)\s+([IVXLC]+|\d{1,3})\b")


def _own_number(text: str, m, number: int) -> bool:
    """The mention is printed with the event's own edition number: "XX RCM", "Meeting of the XX RCM"."""
    from rcpkg.loaders.editions import roman_value

    def value(tok: str) -> int | None:
        try:
            return int(tok) if tok.isdigit() else roman_value(tok)
        except (ValueError, KeyError):
            return None

    before = re.search(r"\b([IVXLC]+|\d{1,3})\s+$", text[max(0, m.start - 8):m.start]) \
        or _OWN_BEFORE.search(text, max(0, m.start - 60), m.start)  # "the XII Intersessional Meeting of the SACM"
    after = _OWN_AFTER.match(text, m.end, min(len(text), m.end + 24))
    return any(g is not None and value(g.group(1)) == number for g in (before, after))


# issue 13 (country20): "Extraordinary Meeting of the RCM", "Sesión Extraordinaria de la CSM": the process's own meeting
_EXTRAORDINARY = re.compile(r"\b(?:(?:Extraordinary|Special) (?:Meeting|Session|Conference)s? of(?: the)?|"
                            r"(?:Reuni[oó]n|Sesi[oó]n|Conferencia)(?:es)? (?:Extraordinaria|Especial)s? de(?: la| el)?|"
                            r"(?:Reuni[oó]n|Sesi[oó]n|Conferencia)(?:es)? (?:Extraordinaria|Especial)s? del)\s+$", re.IGNORECASE)
_BEFORE_MEETING = re.compile(r"\b(?:previ[oa]s?|preparatori[oa]s?|preparatory|prior|ahead|pre|hacia|towards?|rumbo)\b")
_SLOT_LEFTOVER = re.compile(r"[^\W\d_]{2,}")
_FIELD_GLUE = re.compile(r"(?:[\s,;:/&.()\-]|\b(?:and|y|e|the|la|el|los|las|of|de|del|in|en|as well as|asi como|así como|through|its|their|"
                         r"via|por medio de|a traves de|a través de|mediante|su|sus)\b)+",
                         re.IGNORECASE)
_CUE_TAIL = 60


# speed29: a unit's new names and its roles are pure functions of its text and its known mentions, and half of
# the units of a corpus repeat a text read on another page (a site's boilerplate, a process's stock sentences):
# each is worked out once and kept across pages (the folds and the page memos are per page). Every call gets
# fresh lists of fresh mentions and cues, and the role pairs hold the caller's own mention objects.
_KEPT: dict = {}
_KEPT_MAX = 20_000


def _kept(key, compute):
    """What `compute()` gives, kept under `key` (the dict emptied when full)."""
    out = _KEPT.get(key)
    if out is None:
        if len(_KEPT) >= _KEPT_MAX:
            _KEPT.clear()
        out = _KEPT[key] = compute()
    return out


def _find_names_kept(utext: str, local: list[Mention], field: bool) -> list[Mention]:
    """``find_names(utext, local, field=field)``, worked out once per distinct input."""
    out = _kept((utext, tuple(local), field), lambda: tuple(find_names(utext, local, field=field)))
    return [Mention(m.entity_id, m.start, m.end, m.surface, m.kind) for m in out]


def _assign_kept(utext: str, mentions: list[Mention]) -> tuple[list[tuple[Mention, str]], list]:
    """``assign(utext, mentions)``, worked out once per distinct input (each assigned mention kept as its place
    in `mentions`, so that the caller gets its own objects back)."""
    key = (utext, tuple(mentions), None)
    out = _KEPT.get(key)
    if out is None:
        if len(_KEPT) >= _KEPT_MAX:
            _KEPT.clear()
        assigned, unreached = assign(utext, mentions)
        at = {id(m): i for i, m in enumerate(mentions)}
        out = _KEPT[key] = (tuple((at.get(id(m), m), r) for m, r in assigned), tuple(unreached))
        return assigned, unreached
    return ([(mentions[m] if type(m) is int else Mention(m.entity_id, m.start, m.end, m.surface, m.kind), r)
             for m, r in out[0]],
            [Cue(c.role, c.start, c.end, c.forward) for c in out[1]])


def _describe_kept(n: Mention, utext: str, local: list[Mention], lang: str, page_gov: str | None,
                   acronyms: dict[str, str], acronyms_key: tuple, entity_type) -> Described:
    """``describe(...)`` of a new name, worked out once per distinct input (`acronyms_key`: the page's acronyms as
    a tuple; Described is frozen, so the kept one will do)."""
    return _kept((n, utext, tuple(local), lang, page_gov, acronyms_key, entity_type),
                 lambda: describe(n, utext, local, lang=lang, page_country_gov=page_gov, acronyms=acronyms,
                                  entity_type=entity_type))


def _gazetteer_found(gazetteer: Gazetteer, utext: str) -> list[Mention]:
    """``gazetteer.find(utext)``, worked out once per distinct text (Mention is frozen: a copy of the list will do;
    Gazetteer.find keeps its own results for the page being read only)."""
    return list(_kept((gazetteer, utext, "gazetteer"), lambda: tuple(gazetteer.find(utext))))


def _themes_found(themes: ThemeMatcher, utext: str) -> list:
    """``themes.find(utext)``, worked out once per distinct text (ThemeMatch is frozen)."""
    return _kept((themes, utext, "themes"), lambda: tuple(themes.find(utext)))


def extract(page: Page, event: EventRecord, gazetteer: Gazetteer, themes: ThemeMatcher) -> Extraction:
    text = page.text
    dashes = "\u2013" in text or "\u2014" in text or " - " in text  # issue 13 (fields35): _dash_aliases
    units = _units(page, event)
    ref = gazetteer.reference
    warnings: list[LoadWarning] = []
    acronyms = page_acronyms(text)
    acronyms_key = tuple(acronyms.items())  # (speed29: part of the key of _describe_kept)
    page_gov = _country_government(gazetteer, page.country)
    lang = page.lang or (event.titles[0].lang if event.titles else "en")
    ignored = getattr(ref, "ignored", frozenset())
    slots = {"known": 0, "uncurated": 0, "warned": 0}
    spelled = {normalized(v) for v in acronyms.values()}
    governments = _governments(gazetteer)
    site_secretariat = _site_secretariat(ref, page.url)

    def warn(offset: int, message: str, value: str) -> None:
        if "person's name" in message:  # issue 13: no personal data in the build report; page and line suffice
            message, value = message + " (the name is not quoted)", None
        warnings.append(LoadWarning(page.path, _line(text, offset), message, value))
        slots["warned"] += 1

    # 1. Mentions and roles, unit by unit (offsets into the page). Names the reference data does not
    #    know are found too (loaders.openworld); those in an institution's slot become institutions.
    found: list[tuple[_Unit, list[Mention], list[tuple[Mention, str]]]] = []
    extracted: dict[int, ExtractedInstitution] = {}  # page offset of a new name -> the institution
    for unit in units:
        utext = text[unit.start:unit.end]
        if unit.joined:  # issue 13 (wrap): same length, so every offset stays the page's
            utext = utext.replace("\n", " ")
            if "|" in utext:  # issue 13 (round 26): a table cell run on over rows with blank cells before it
                utext = _RUN_ON_BARS.sub(lambda m: " " * len(m.group()), utext)
        local = _gazetteer_found(gazetteer, utext)
        # issue 13 (event16): a known name of several words ending inside a hyphenated word ("Programa Mesoamérica" in
        # "Programa Mesoamérica-Caribe de la OIM", the hyphen read as a space) is cut: the whole is a name of its own
        if "-" in utext:
            local = [m for m in local if not (" " in m.surface and _HYPHEN_ON.match(utext, m.end))]
        if unit.masked:
            local = [m for m in local if not _in_mask(unit, m)]
        # issue 13 (h-left): two bodies' acronyms joined by a hyphen before a name's words ("the RCM-RNCOM Ad Hoc
        # Group", "el Grupo ... CRM-RROCM"): a joint body's name, not the two bodies
        # issue 13 (h-left): a meeting named as the subject of its own happening ("Vice-Ministerial Meeting hosted by
        # ...", "La Conferencia se celebró en Sucre"): the event itself, no actor of it
        local = [m for m in local if not (_MEETING_WORD.search(m.surface) and _HAPPENED.match(utext, m.end))]
        # issue 13 (event15): a process named with an edition's ordinal as the subject of its happening ("the XXV
        # Regional Conference on Migration was held online", "la XVIII Conferencia Suramericana sobre Migraciones se
        # celebró en Lima"): the event itself, no actor of it (as a meeting's name is, above)
        own_edition = [m for m in local if _ORDINAL_BEFORE.search(utext, max(0, m.start - 16), m.start)
                       and _HAPPENED.match(utext, m.end)]
        if own_edition:
            local = [m for m in local if m not in own_edition]
        joint = [j.span(1) if j.group(1) else j.span(2) for j in _JOINT.finditer(utext)]
        if joint:
            local = [m for m in local if not any(a <= m.start < b for a, b in joint)]
        # an item of a list under a role heading ("Participating institutions:", "Organizers:") names
        # institutions, as a field does
        listed_role = _heading_role(unit, utext, text[unit.start:unit.end] if unit.joined else None)
        warned_before = slots["warned"]
        new = _find_names_kept(utext, local, unit.kind == "coordinating" or listed_role is not None)
        if unit.masked:
            new = [c for c in (_cut_at_mask(unit, n, utext) for n in new) if c is not None]
        # issue 13 (mentions): a name made of meeting words only ("el Foro-Taller reunió a …") is the event itself
        new = [n for n in new if not _EVENT_WORDS.fullmatch(n.surface)]
        # issue 13 (event15): an edition's ordinal alone before the event's name ("the XXV Regional Conference …",
        # "la XVIII Conferencia …"): a number, no name
        new = [n for n in new if not (_ROMAN.fullmatch(n.surface) and _NAME_NEXT.match(utext, n.end))]
        if own_edition:  # (and the edition's whole name, ordinal and all, is no new name either)
            new = [n for n in new if not any(n.start <= m.start and m.end <= n.end for m in own_edition)]
        new = _spelled_out(utext, new, spelled)
        # a country named alone in a way the gazetteer does not know ("República de Honduras"): its
        # government, read as a bare country is (an actor only where a role phrase says so)
        as_country = [Mention(governments[iso2], n.start, n.end, n.surface, "country") for n in new
                      if (iso2 := country_of(n.surface)) in governments]
        if as_country:
            taken = {m.start for m in as_country}
            new = [n for n in new if n.start not in taken]
            local = sorted(local + as_country, key=lambda m: m.start)
        described: dict[int, Described] = {}
        absorbed: set[int] = set()
        for n in new:
            d = _describe_kept(n, utext, local, lang, page_gov, acronyms, acronyms_key, gazetteer.entity_type)
            if d.institution is not None and (normalized(d.institution.name) in ignored
                                              or d.institution.key in ignored):
                d = Described(None, "curated as not an institution (curation file)")
            described[n.start] = d
            if d.absorbed is not None:
                absorbed.update(d.absorbed if isinstance(d.absorbed, tuple) else (d.absorbed,))
        # issue 13 (rules5): an organization's country office named with the country ("OIM El Salvador",
        # "UNHCR Colombia"): the office is the actor, a unit of the organization; the country is no actor
        for org, ctry in _country_offices(utext, local, gazetteer):
            name = utext[org.start:ctry.end]
            key = re.sub(r"[^a-z0-9]+", "-", normalized(name)).strip("-")
            office = Mention(NEW, org.start, ctry.end, name, "new")
            inst = ExtractedInstitution(f"{key}--{org.entity_id}", name, None, "OrganizationUnit", org.entity_id, lang)
            local = [m for m in local if m.start not in (org.start, ctry.start)]
            new = sorted([n for n in new if not (org.start <= n.start < ctry.end)] + [office], key=lambda m: m.start)
            described[office.start] = Described(inst, None)
        # issue 13 (fields2): a body's own office named with the body ("RNCOM Technical Secretariat", "Secretaría
        # Técnica de la RROCM"): the office is the actor, a unit of the body; the body is no actor of its own
        for n, k, a, b in _owned_offices(utext, local, new, described, gazetteer):
            if any(x.start == a and x.end == b for x in new):  # a second name of the same unit ("… and Office …")
                new = [x for x in new if x.start != n.start]
                local = [m for m in local if not a <= m.start < b]
                continue
            name = utext[a:b]
            key = re.sub(r"[^a-z0-9]+", "-", normalized(name)).strip("-")
            office = Mention(NEW, a, b, name, "new")
            local = [m for m in local if m.start != k.start and not a <= m.start < b]
            new = sorted([x for x in new if x.start != n.start] + [office], key=lambda m: m.start)
            described[office.start] = Described(
                ExtractedInstitution(f"{key}--{k.entity_id}", name, None, "OrganizationUnit", k.entity_id, lang), None)
        # issue 13 (roles3): "the Technical Secretariat" / "la Secretaría Técnica" named alone, on the site of a
        # process that has one secretariat: that process's secretariat (the page's own process owns the office it
        # names without an owner; an office named with its owner was read just above)
        site_offices: set[int] = set()
        # issue 13 (event16): a secretariat named alone as a body's capacity ("IOM, as Technical Secretariat, provided
        # support", "la OIM, en su calidad de Secretaría Técnica, brindó apoyo") is no name of its own: it would stand
        # between the body and its verb
        capacity = [n for n in new if n.start in described and described[n.start].institution is None
                    and _LONE_SECRETARIAT.fullmatch(normalized(n.surface))
                    and _AS_CAPACITY.search(fold_text(utext[max(0, n.start - 40):n.start]))]
        if capacity:
            new = [n for n in new if n not in capacity]
        # issue 13 (prose26): on a process's site that office is the process's secretariat, which shares the role
        # its holder has ("la OIM, como Secretaría Técnica, acompañó ...": both supported)
        capacity = [Mention(site_secretariat, n.start, n.end, n.surface, "name") for n in capacity] \
            if site_secretariat is not None else []
        if site_secretariat is not None:
            for n in list(new):
                d = described.get(n.start)
                if d is None or d.institution is not None or not _LONE_SECRETARIAT.fullmatch(normalized(n.surface)) \
                        or _AS_CAPACITY.search(fold_text(utext[max(0, n.start - 40):n.start])):
                    continue  # ("IOM, as Technical Secretariat, provided support": the office is the body's capacity)
                new = [x for x in new if x.start != n.start]
                local = sorted(local + [Mention(site_secretariat, n.start, n.end, n.surface, "name")],
                               key=lambda m: m.start)
                site_offices.add(n.start)
        # issue 13 (h-r8b): a foreign ministry named with its country's adjective ("la Cancillería panameña",
        # "the Peruvian Foreign Ministry" has the adjective first and is read elsewhere): the ministry, a unit of
        # that country's government; the adjective is no actor of its own
        for n in list(new):
            ctry = next((m for m in local if m.start == n.end + 1 and m.kind == "country"), None)
            if ctry is None or _FOREIGN_MINISTRY.fullmatch(fold_text(n.surface)) is None \
                    or utext[n.end:ctry.start] != " " or not ctry.surface[:1].islower():
                continue
            name = utext[n.start:ctry.end]
            key = re.sub(r"[^a-z0-9]+", "-", normalized(name)).strip("-")
            ministry = Mention(NEW, n.start, ctry.end, name, "new")
            local = [m for m in local if m.start != ctry.start]
            new = sorted([x for x in new if x.start != n.start] + [ministry], key=lambda m: m.start)
            described[ministry.start] = Described(
                ExtractedInstitution(f"{key}--{ctry.entity_id}", name, None, "NationalMinistry", ctry.entity_id, lang),
                None)
        # issue 13 (names): an agreement's name ("Pacto Mundial") is no mention at all: a role phrase's run
        # goes past it to the bodies named before it
        owners_of_agreements: set[int] = set()
        agreements = [n for n in new if (described[n.start].problem or "").startswith("an agreement")
                      or _AGREEMENT_WORD.match(fold_text(n.surface))]
        new = [n for n in new if n not in agreements]
        for n in agreements:
            # issue 13 (h-left): the body whose agreement it is, by its acronym ("el Acuerdo de Residencia del
            # MERCOSUR", "the MERCOSUR Residence Agreement"): a mention of that body
            own = _AGREEMENT_OWNER.search(n.surface)
            if own is None:
                continue
            k = own.start(1) if own.group(1) else own.start(2)
            acr = own.group(1) or own.group(2)
            owner = Mention(NEW, n.start + k, n.start + k + len(acr), acr, "new")
            d = describe(owner, utext, local, lang=lang, page_country_gov=page_gov, acronyms=acronyms,
                         entity_type=gazetteer.entity_type)
            if d.institution is not None and not any(m.start <= owner.start < m.end for m in local):
                described[owner.start] = d
                owners_of_agreements.add(owner.start)
                new = sorted(new + [owner], key=lambda m: m.start)
        # "IOM's Regional Office for ...": the unit is the actor (its parent is the reference's)
        # (issue 13, wrap: "Belize's Presidency Pro Tempore" names its holder, read with the presidency)
        local = [m for m in local if not any(k.start > m.end and utext[m.end:k.start] in ("'s ", "’s ")
                                             and not (k.entity_id == PPT and m.kind == "country") for k in local)]
        # "Agencia de la ONU para los Refugiados (ACNUR)": a new name followed by a known acronym in
        # parentheses is that known institution, under another name
        aliased = _aliased(utext, new, local, described)
        if aliased:
            new = [n for n in new if n.start not in aliased]
            taken_acr = {a.start for _, a in aliased.values()}
            local = sorted([m for m in local if m.start not in taken_acr] + [al for al, _ in aliased.values()],
                           key=lambda m: m.start)
        # a new name read with what it absorbed ("Ministry of Labour ... of Belize", "Oficina Regional
        # de UNICEF para América Latina y el Caribe") is one mention; a new name inside it is part of it
        new = _wholes(new, described, utext)
        if new and dashes:
            # issue 13 (fields35): "Latin American and Caribbean Demographic Centre (CELADE) – Population Division of
            # ECLAC": a known unit, a dash and a new unit of the same parent is the known unit's full name, no second body
            dashed = _dash_aliases(text, unit.start, utext, new, local, described, gazetteer)
            if dashed:
                new = [n for n in new if n.start not in dashed]
        # a known name inside a new one ("United States" in "United States Agency for ...") is part of it
        every_known = [(m.start, m.end) for m in local]
        local = [m for m in local if m.start not in absorbed
                 and not any(n.start <= m.start and m.end <= n.end for n in new)]
        # issue 13 (h-r8b): a country that qualifies the name before it is a place, not its government
        qualifying = _qualifying_countries(utext, local, new)
        if qualifying:
            local = [m for m in local if m.start not in qualifying]
        mentions = [m.shifted(unit.start) for m in local]
        if unit.kind == "coordinating":
            pairs = [(m, "coordinator") for m in mentions]
            covered = list(every_known)  # with the names absorbed into new ones ("... of Guatemala")
            for n in new:
                d = described[n.start]
                covered.append((n.start, n.end))
                if d.institution is None:
                    warn(unit.start + n.start, f"coordinating institution not recorded: {d.problem}", n.surface)
                    continue
                whole = _whole(n, d, utext)
                pairs.append((whole.shifted(unit.start), "coordinator"))
                extracted[unit.start + whole.start] = d.institution
            _leftovers(utext, covered, unit.start, warn)
            pairs = _parent_before_unit(text, pairs)
        else:
            # news articles (issue 15): "la OIM, que ejerce la Secretaría Técnica de la Conferencia, brindó apoyo":
            # the office an institution exercises is that institution, not a second one (the run goes past it)
            exercised = {m.start for m in local + new if (_EXERCISED.search(utext, 0, m.start)
                                                          and (re.match(r"(?i)secretar", m.surface)
                                                               # issue 13 (names): "X, which holds the Presidency
                                                               # Pro Tempore, convened": X convened, not the PPT
                                                               or m.entity_id == PPT and _CLAUSE_END.match(utext, m.end)))
                         # issue 13 (prose): "IOM provided technical support as the Conference's Technical
                         # Secretariat": the office is the body's capacity, not a body of its own
                         or (_CAPACITY.match(m.surface) and _AS_OFFICE.search(utext, max(0, m.start - 20), m.start))
                         # "the National Migration Service, an agency of the Ministry of Public Security, organizes":
                         # the parent named in apposition is not the actor
                         or (_PARENT_OF.search(utext, 0, m.start) and _CLAUSE_END.match(utext, m.end))
                         # issue 13 (fields16): "Office of X (ABC) of the Department of Y": the unit, named with its
                         # acronym, is the actor; the body it belongs to is not
                         or (m.kind != "country" and (g := _UNIT_ACR_OF.search(utext, max(0, m.start - 40), m.start))
                             is not None and any(o.end == g.start() for o in local + new if o is not m))}
            if exercised:
                local = [m for m in local if m.start not in exercised]
                new = [n for n in new if n.start not in exercised]
            # issue 13 (silent18): a coordinating field printed inline on a page ("Coordination: X, through its Y
            # and the office of Z"): its words that no name covers are warned, never dropped (as the event's own
            # coordinating span's are)
            if unit.field and unit.heading and (listed_role == "coordinator" or _is_coordinating_label(unit.heading)):
                _leftovers(utext, every_known + [(n.start, n.end) for n in new], unit.start, warn)
            assigned, unreached = _assign_kept(utext, local + new)
            if listed_role is not None:  # issue 13 (fields2): a role word that is a name's own first word
                # ("Con el apoyo de: Representación del ACNUR en Panamá"): part of the name, no phrase of its own
                unreached = [c for c in unreached if not any(n.start <= c.start < n.end for n in local + new)]
            for dbl in _DOUBLE.finditer(fold_text(utext)):
                # issue 13 (names): "Hosted and organized by X": X has both roles (the first participle's too)
                first = next((m for m, _ in sorted(assigned, key=lambda p: p[0].start) if m.start >= dbl.end()), None)
                if first is not None:
                    assigned = assigned + [(first, _PARTICIPLE_ROLE[dbl.group(1)[:5]])]
            # issue 13 (names): "the Inter-American Development Bank's IDB Lab": the owner named apart from its unit
            # is mentioned, the unit has the role
            owners = {m.start for m, _ in assigned for o, _ in assigned
                      if o.start > m.end and re.fullmatch(r"['’]s ", utext[m.end:o.start])
                      and re.match(r"[A-Z]{2,}\b", o.surface) and o.kind == "new"}
            if owners:
                assigned = [(m, "mentioned" if m.start in owners else r) for m, r in assigned]
            about_doc = [d.span(1) for d in _DOC_APPOSITION.finditer(utext)]
            if about_doc:  # "an earlier study by FLACSO, supported by the European Union, was discussed"
                assigned = [(m, "mentioned" if any(a <= m.start < b for a, b in about_doc) else r) for m, r in assigned]
            if _BACKGROUND.match(fold_text(utext)) or _BACKGROUND_HEADING.fullmatch(
                    fold_text(unit.heading or "").strip().rstrip(":").strip()):
                # issue 13 (names): a sentence or block about another, earlier activity ("Como antecedente, ... con
                # el apoyo de ...", "Background: ... funded by ..."): the bodies it names are mentioned only
                assigned, unreached = [(m, "mentioned") for m, _ in assigned], []
            for cs in capacity:  # (prose26) the holder named just before "as/como <office>" shares its roles
                holder = max((m for m, _ in assigned if m.end <= cs.start and _CAPACITY_LEAD.fullmatch(utext, m.end, cs.start)),
                             key=lambda m: m.start, default=None)
                if holder is not None:
                    assigned = assigned + [(cs, r) for r in dict.fromkeys(r for m, r in assigned
                                                                          if m.start == holder.start and r != "mentioned")]
            if site_offices:  # (roles3) the site's secretariat named alone counts only in a role's slot ("Contact the
                # Technical Secretariat" is the site's chrome, no naming of a body in the event)
                assigned = [(m, r) for m, r in assigned if not (r == "mentioned" and m.start in site_offices)]
            if listed_role is not None and all(role == "mentioned" for _, role in assigned) and not unreached:
                assigned = [(m, "mentioned" if _document_author(utext, m) else listed_role)
                            for m in sorted(local + new, key=lambda m: m.start)]
            elif listed_role is not None and all(c.role == listed_role for c in unreached) \
                    and all(role in ("mentioned", listed_role) for _, role in assigned) \
                    and (unreached or _field_items_apart(text[unit.start:unit.end], assigned, listed_role)):
                # issue 13 (mentions): "Participants: liaison officers of the member countries; UNICEF; Save the
                # Children": the item's own phrase of the field's role names no body; the field's role is the items'
                # (the process that owns the unnamed members stays mentioned)
                got = {m.start: role for m, role in assigned}
                assigned = [(m, "mentioned" if got.get(m.start) == "mentioned" and (owns_members(utext, m)
                                                                       or _document_author(utext, m))
                             else listed_role) for m in sorted(local + new, key=lambda m: m.start)]
                unreached = []
            # new names the page marks as institutions (an acronym, a head word): a name listed with
            # them is an institution too ("experiencias como las del Mercado Común del Sur y de la OEA")
            listed = [n for n in new if described[n.start].institution is not None
                      and (described[n.start].institution.acronym or described[n.start].institution.type != "Institution")]
            # issue 13 (round 17, lead's convention): the author or owner of a cited document ("the guide of UNHCR",
            # "los estudios de la CEPAL") is mentioned: the page names the body in the event's text
            starts = {m.start for m, role in assigned if role != "mentioned"}
            pairs = []
            for m, role in assigned:
                if m.kind != "new":
                    pairs.append((m.shifted(unit.start), role))
                    continue
                d = described[m.start]
                if role == "mentioned":
                    if _PRESENTED.search(fold_text(utext[max(0, m.start - 40):m.start])):
                        continue  # issue 13 (mentions): what is presented or launched is a work ("presentó el Banco de Datos …")
                    # titles capitalise every word: there only a role phrase or an acronym makes a name
                    if d.institution is None or not (m.start in owners_of_agreements or _named_as_institution(
                            m, d, utext, local + listed, title=unit.kind == "title")):
                        continue
                elif d.institution is None and (one := _one_word_institution(utext, m, d, role, text, lang)) is not None:
                    d = described[m.start] = Described(one, None)  # issue 13 (wrap): "funded by Oxfam"
                if role != "mentioned" and d.institution is None:
                    of = _OF.match(utext, m.end)
                    if not (of and of.end() in starts and d.problem and d.problem.startswith("an official")):
                        # ("the Secretary-General of SICA": the institution after "of" carries the role)
                        warn(unit.start + m.start, f"the {role} named here is not recorded: {d.problem}", m.surface)
                    continue
                whole = _whole(m, d, utext)
                pairs.append((whole.shifted(unit.start), role))
                extracted[unit.start + whole.start] = d.institution
            if listed_role is not None and unit.field and not pairs and slots["warned"] == warned_before:
                # issue 13 (h-labels): a role field whose value names no institution ("Apoyo: empresas locales")
                warn(unit.start, f"a {listed_role} field names no institution that could be recorded", utext.strip())
            for cue in unreached:
                tail = utext[cue.end:cue.end + _CUE_TAIL].split("\n")[0].strip()
                if not tail:
                    continue  # a field's label ("Coordinating institution:"): its value is a unit of its own
                warn(unit.start + cue.start, f"a {cue.role} role phrase names no institution that could be recorded",
                     utext[cue.start:cue.end] + (" " + tail if tail else ""))
        found.append((unit, mentions, pairs))
    processes = {m.entity_id for _, ms, _ in found for m in ms
                 if gazetteer.entity_type(m.entity_id) == "ConsultativeProcess"}

    # 2. Resolve pseudo-mentions; keep (agent, role, mention, evidence) in text order.
    raw: list[tuple[str, str, Mention, _Unit]] = []
    for unit, mentions, pairs in found:
        ordered = sorted(mentions, key=lambda m: m.start)
        held = {p.start: h for p, _ in pairs if p.entity_id == PPT
                for h in [_ppt_held_by(p, ordered, text, gazetteer)] if h is not None}
        if held:  # issue 13 (prose): "... of the SACM, held by Uruguay, and of the RCM, held by Panama": each holder acts
            for p, _ in pairs:
                after = [q for q in ordered if q.start >= p.end]
                if p.start not in held and after and gazetteer.entity_type(p.entity_id) == "ConsultativeProcess" \
                        and gazetteer.entity_type(after[0].entity_id) == "Government" \
                        and _HELD_BY.fullmatch(text[p.end:after[0].start]):
                    held[p.start] = (p, after[0])
        pairs = _office_holders(pairs, text)
        taken = {x.start for pair in held.values() for x in pair}  # the process and the holder, told by the PPT
        for holders, owners in _held_presidencies(ordered, text, gazetteer) if len(ordered) > 1 else ():
            # issue 13 (ppt26): "X and Y, holding the Presidencies Pro Tempore of the RCM and the SACM, convened":
            # the governments have the role said of any of them, of the presidency or of its processes (owners only)
            group = {m.start for m in holders} | {m.start for m in owners}
            if group & taken:
                continue
            own = next((r for q, r in pairs if q.start in group and r != "mentioned"), "mentioned")
            raw.extend((h.entity_id, own, h, unit) for h in holders)
            taken |= group
        for m, role in pairs:
            if m.start in taken and m.start not in held:
                continue
            if m.start in held:  # "the Presidency Pro Tempore of the SACM, held by Argentina": Argentina acts
                # (issue 13, event22: with the role the verb gave the holder itself when the presidency got none, "La
                # Presidencia Pro Tempore de la CSM, a cargo de Bolivia, coordinó las sesiones")
                own = role if role != "mentioned" else next(
                    (r for q, r in pairs if q.start == held[m.start][1].start and r != "mentioned"), role)
                if own == "mentioned":
                    # issue 13 (event23): the second of two presidencies in one list ("convocada por la PPT de la CRM,
                    # a cargo de Panamá, y la PPT de la CSM, a cargo de Uruguay"): the role of the first
                    prev = max((q for q in held if q < m.start), default=None)
                    if prev is not None and _AND_THE.fullmatch(text, held[prev][1].end, m.start):
                        own = next((r for q, r in pairs if q.start == prev and r != "mentioned"), own)
                raw.append((held[m.start][1].entity_id, own, m, unit))
                continue
            if m.kind == "new":
                raw.append((extracted[m.start].key, role, m, unit))
                continue
            if m.entity_id == RESPECTIVE_SECRETARIATS:
                named = [p.entity_id for p in ordered if gazetteer.entity_type(p.entity_id) == "ConsultativeProcess"]
                for process in dict.fromkeys(named):
                    for secretariat in gazetteer.secretariats_of(process):
                        raw.append((secretariat, role, m, unit))
                continue
            if m.entity_id == BOTH_SECRETARIATS:  # the RCM's and the SACM's, where the event's text names both
                for process in ("rcm", "sacm") if {"rcm", "sacm"} <= processes else ():
                    for secretariat in gazetteer.secretariats_of(process):
                        raw.append((secretariat, role, m, unit))
                continue
            if m.entity_id == PPT:
                if (via := _ppt_through(m, ordered, pairs, text, gazetteer)) is not None:
                    # issue 13 (ppt26): "La PPT de Bolivia, a cargo del Ministerio X, convocó", "the Presidency Pro
                    # Tempore of Chile, through its Ministry X, convened": the country whose presidency it is acts too
                    raw.append((via[0].entity_id, via[1], via[0], unit))
                    continue
                if role == "mentioned" and any(p.kind == "new" and p.end <= m.start
                                               and _ACRONYM_AS_PPT.fullmatch(text, p.end, m.start) for p, _ in pairs):
                    # issue 13 (country20): "Hosted by the Ministry of Foreign Affairs (MINEX) as Presidency Pro
                    # Tempore", "organizada por la Dirección X (DX) como PPT": the presidency is the capacity of the
                    # body named before it, which has its role; no holder of that year is named
                    continue
                raw.extend(_resolve_ppt(m, role, unit, ordered, processes, event, gazetteer, text, warnings, page))
                continue
            raw.append((m.entity_id, role, m, unit))

    # 3. The event's own process named only by its title ("XXI RCM") is not a mention: the
    #    event's link to it is its series (schema:superEvent) or nothing.
    #    A meeting that is no numbered edition ("Reunión de Puntos Focales de la CSM") names its
    #    process as any title names a body: a mention.
    #    issue 13 (own meeting): the text naming the event by its number ("the Vice-Ministerial Meeting of the
    #    XX RCM", "la XIX CRM") names the event itself: its process and meeting body are the series there too.
    raw = [r for r in raw if not (r[1] == "mentioned" and event.edition is not None and r[3].kind != "title"
                                  and gazetteer.entity_type(r[0]) in ("ConsultativeProcess", "MinisterialMeetingBody")
                                  and _own_number(text, r[2], event.edition.number))]
    in_text = {agent for agent, _, _, unit in raw if unit.kind != "title"}
    #    A meeting held before or to prepare a numbered one ("Encuentro ... previo a la XVI Conferencia", "Reunión
    #    Preparatoria de la XXII Conferencia") names that process as any title names a body (issue 13, prose).
    raw = [r for r in raw if not (r[1] == "mentioned" and r[3].kind == "title" and r[0] not in in_text
                                  and (event.edition is not None or (_NUMBERED.search(text, max(0, r[2].start - 12),
                                                                                       r[2].start)
                                                                       or _EXTRAORDINARY.search(text, max(0, r[2].start - 40),
                                                                                                r[2].start))
                                       and not _BEFORE_MEETING.search(fold_text(text[r[3].start:r[2].start])))
                                  and gazetteer.entity_type(r[0]) == "ConsultativeProcess")]
    #    A numbered meeting of a series ("XXIII RCM Vice-Ministerial Meeting") is its process's own
    #    meeting: the ministerial meeting body ("The Vice-Ministerial Meeting was chaired by ...": the
    #    event itself) or the series' own body, named in the title, are the series, not mentions (a
    #    title that names only the process, "XXI RCM", leaves the text's mention of the
    #    Vice-Ministerial meeting held during it a mention; the process, see above).
    #    issue 13 (series): the numbered meeting's own process named in its text ("fue sede de la XXIV
    #    CRM", "la Carta de la CRM", "the XX RCM") is its series too, not a mention.
    if event.edition is not None:
        titled = {agent for agent, _, _, unit in raw if unit.kind == "title"}
        own = _SERIES_PROCESSES.get(event.edition.series, ())
        raw = [r for r in raw if not (r[1] == "mentioned" and (r[0] in own or (r[0] in titled and (
            r[0] == event.edition.series or gazetteer.entity_type(r[0]) == "MinisterialMeetingBody"))))]

    # issue 13 (mention35): a numbered meeting of a process named in the title ("XII Intersessional Meeting of the
    #    South American Conference on Migration", "VII Reunión Intersesional de la CSM") is the process's own meeting:
    #    the process named there or in its text is its series, not a mention (a meeting held before or to prepare
    #    one, "Reunión Preparatoria de la XVIII Conferencia", keeps the process it names)
    own_meeting = _own_meeting_processes(raw, text, gazetteer)
    if own_meeting:
        raw = [r for r in raw if not (r[1] == "mentioned" and r[0] in own_meeting)]

    # 3b. issue 13 (listing23): the body whose meeting the title names, that the text says met ("The Working Group
    #     met under the coordination of ...", "El Grupo Ad Hoc sesionó en ...", "the Network held its meeting"):
    #     the body holding its own meeting organizes it; the sentence naming it by its head word is the evidence
    titled = [r for r in raw if r[1] == "mentioned" and r[3].kind == "title"]
    if titled:
        for r in _titled_body_met(text, units, titled) + _titled_body_in_field(text, units, titled):
            if r[2].kind == "new":  # an uncurated body: the institution named in the title
                if r[2].start not in extracted and r[4] in extracted:
                    extracted[r[2].start] = extracted[r[4]]
                else:
                    continue
            raw.append(r[:4])
        # issue 13 (listing30a): the body named in the text by its acronym or its full name, maybe with a short
        # aside ("El GRUPO se reunió", "The Network on X, set up in 2020, met"): it held its own meeting too
        agents = {r[0] for r in titled}
        raw.extend([(r[0], "organizer", r[2], r[3]) for r in raw if r[0] in agents and r[1] == "mentioned"
                    and r[3].kind == "body" and _MET_AFTER.match(text, r[2].end) is not None])

    # 4. One involvement per (agent, role); "mentioned" only when nothing stronger.
    strong = {agent for agent, role, _, _ in raw if role != "mentioned"}
    seen: set[tuple[str, str]] = set()
    involvements: list[Involvement] = []
    for agent, role, m, unit in raw:
        new_one = extracted.get(m.start) if m.kind == "new" else None
        if role != "mentioned" or unit.kind == "coordinating":
            slots["uncurated" if new_one else "known"] += 1
        if (role == "mentioned" and agent in strong) or (agent, role) in seen \
                or (new_one is None and agent not in ref.entities):
            continue
        seen.add((agent, role))
        involvements.append(Involvement(agent, role, Span.of(text, m.start, m.end),
                                        Span.of(text, unit.start, unit.end), new_one))

    return Extraction(tuple(involvements), _themes(text, found, themes), tuple(warnings),
                      tuple(sorted(slots.items())))


def _titled_body_met(text: str, units: list[_Unit], titled: list) -> list:
    """Organizer involvements of the bodies named in the title whose meeting the text says they held."""
    heads: dict[str, list] = {}
    for r in titled:
        words = fold_text(r[2].surface).lower().split()
        for head in _BODY_HEADS.intersection(words):
            heads.setdefault(head, []).append(r)
    if not heads:
        return []
    out = []
    for unit in units:
        if unit.kind != "body":
            continue
        folded = fold_text(text[unit.start:unit.end]).lower()
        if not _MET_CHEAP.search(folded):
            continue
        for hit in _BODY_MET.finditer(folded):
            same = heads.get(hit.group("head"))
            if not same or len({r[0] for r in same}) != 1:  # two bodies of that kind in the title: which one is unsure
                continue
            r = same[0]
            start, end = unit.start + hit.start("name"), unit.start + hit.end("name")
            out.append((r[0], "organizer", Mention(r[0], start, end, text[start:end], r[2].kind), unit, r[2].start))
    return out


# issue 13 (fields35): a role field's item that names the body of the title by its head word alone ("Organiza: la Red,
# con la Secretaría Técnica de la CRM", "Organized by: the Network and UNODC")
_HEAD_ITEM = re.compile(
    r"(?:^|[,;/]\s*|\b(?:y|e|and|con|with|junto a)\s+)(?:the|la|el|this|esta|este|dicha|dicho|said)\s+"
    r"(?P<name>(?:[a-z-]+\s+){0,1}?(?P<head>group|grupo|network|red|committee|comite|commission|comision|council|consejo|"
    r"mesa)(?:\s+(?:de trabajo|ad[- ]hoc|de enlace))?)\s*(?=$|[,;/(]|\s+(?:y|e|and|con|with|junto)\b)")


def _titled_body_in_field(text: str, units: list[_Unit], titled: list) -> list:
    """issue 13 (fields35): the body named in the title, that a role field's item names by its head word alone ("la
    Red", "the Working Group"): that field's role (its item the evidence)."""
    heads: dict[str, list] = {}
    for r in titled:
        for head in _BODY_HEADS.intersection(fold_text(r[2].surface).lower().split()):
            heads.setdefault(head, []).append(r)
    if not heads:
        return []
    out = []
    for unit in units:
        if unit.kind != "body" or not unit.field or not unit.heading:
            continue
        role = labels.role_of(unit.heading)
        if role is None or role == "mentioned":
            continue
        folded = fold_text(text[unit.start:unit.end]).lower()
        for hit in _HEAD_ITEM.finditer(folded):
            same = heads.get(hit.group("head"))
            if not same or len({r[0] for r in same}) != 1:
                continue
            r = same[0]
            start, end = unit.start + hit.start("name"), unit.start + hit.end("name")
            out.append((r[0], role, Mention(r[0], start, end, text[start:end], r[2].kind), unit, r[2].start))
    return out


_BODY_HEADS = frozenset({"group", "grupo", "network", "red", "committee", "comite", "commission", "comision",
                         "council", "consejo", "mesa"})
_MET_CHEAP = re.compile(r"\b(?:met|held its|sesiono|sesionaron|se reunio|celebro su|realizo su|convened its|"
                        r"(?:approved|adopted|aprobo|adopto) (?:its|su|sus))\b")
_BODY_MET = re.compile(
    r"(?:^|(?<=[\s(]))(?:the|la|el|this|esta|este|dicha|dicho)\s+(?P<name>(?:[a-z-]+\s+){0,2}?"
    r"(?P<head>group|grupo|network|red|committee|comite|commission|comision|council|consejo|mesa)"
    r"(?:\s+(?:de trabajo|ad[- ]hoc|de enlace))?"
    # issue 13 (listing24): the body named in full, with its subject ("the Working Group on Protection met")
    r"(?:\s+(?:on|for|of|against|sobre|para|contra|de|del)(?:\s+(?!(?:that|which|who|que|quienes|cual)\b)[a-z-]+){1,4}?)?)"
    r"\s+(?:met|held its (?:[a-z-]+ ){0,2}?(?:meeting|session)|"
    r"sesiono|se reunio|celebro su (?:[a-z]+ ){0,2}?(?:reunion|sesion)|realizo su (?:[a-z]+ ){0,2}?(?:reunion|sesion)|"
    r"convened its (?:[a-z-]+ ){0,2}?(?:meeting|session)|"
    # issue 13 (fields36): the body that adopted its own work plan or rules at the meeting ("El Grupo aprobó su plan de
    # trabajo 2024-2025", "The Network adopted its rules of procedure") held its meeting
    r"(?:approved|adopted|aprobo|adopto) (?:its|su|sus) (?:[a-z-]+ ){0,2}?(?:work ?plan|plan|workplan|programme|"
    r"program|programa|rules|reglamento|terms of reference|terminos de referencia|agenda|roadmap|hoja de ruta))\b")


# issue 13 (listing30a): a body's mention right before the verb saying it met ("… (GRCM) se reunió", "…, created in
# 2021, met for the first time")
_MET_AFTER = re.compile(r"(?:\s*\([^()]{1,15}\))?(?:,\s[^,.;:()\n]{1,40},)?\s+(?:met|held its|se reuni[oó]|"
                        r"se reunieron|sesion[oó]|sesionaron)\b")


# issue 13 (mention35): a title's numbered meeting right before the process it is of ("XII Intersessional Meeting of
# the", "VII Reunión Intersesional de la", "III Meeting of the"), on folded text
_NUMBERED_MEETING_OF = re.compile(r"^\s*[ivxlc]+\.?\s+(?:[\w-]+\s+){0,3}?(?:meeting|reunion|session|sesion)"
                                  r"(?:\s+[\w-]+){0,2}?\s+(?:of the|of|de la|del)\s+$")


def _own_meeting_processes(raw, text: str, gazetteer) -> set[str]:
    """The processes named in the title right after its numbered meeting (_NUMBERED_MEETING_OF): the event is
    their own meeting (mention35)."""
    out: set[str] = set()
    for agent, role, m, unit in raw:
        if role != "mentioned" or unit.kind != "title" or m.start - unit.start > 90:
            continue
        prefix = text[unit.start:m.start]
        if "eeting" not in prefix and "euni" not in prefix and "EETING" not in prefix and "EUNI" not in prefix \
                and "esi" not in prefix and "ESI" not in prefix:
            continue
        folded = fold_text(prefix)
        if _NUMBERED_MEETING_OF.match(folded) and not _BEFORE_MEETING.search(folded) \
                and gazetteer.entity_type(agent) == "ConsultativeProcess":
            out.add(agent)
    return out


# the processes whose own numbered meetings a series is (editions._PROCESS_SERIES)
_SERIES_PROCESSES = {"rcm-conference": ("rcm",), "sacm-conference": ("sacm",), "rcm-sacm-plenary": ("rcm", "sacm")}
# a country after a name that it qualifies: "Dirección Nacional de Migración (Uruguay)", "UNODC Country Office in
# the Plurinational State of Bolivia", "Facultad ..., sede Ecuador"; the places after an office's "for"/"para"
# ("Oficina de la OIT para América Central, Haití, Panamá y República Dominicana")
_QUALIFIER = re.compile(r"(?:\s\(|,\s+sede\s+|\s+(?:in|en)\s+(?:the\s+|el\s+|la\s+)?(?:plurinational state of\s+|"
                        r"estado plurinacional de\s+|republic of\s+|republica de\s+)?)$", re.IGNORECASE)
_OFFICE_WORD = re.compile(r"\b(?:office|oficina|bureau|branch|unit|unidad|representation|representacion)\b[^;:.()]*$")
_OFFICE_FOR = re.compile(r"\b(?:office|oficina|bureau|unit|unidad)\b[^;.:()]{0,60}?\b(?:for|para)\s+"
                         r"(?:(?:[A-ZÁÉÍÓÚÑ][\w-]*|the|el|la|los|las|del|de|of|y|e|and|,)\s*)*$")


def _qualifying_countries(text: str, local: list[Mention], new: list[Mention]) -> set[int]:
    """The starts of the country mentions that qualify the name before them (see _QUALIFIER)."""
    out: set[int] = set()
    names = local + new
    for m in local:
        if m.kind != "country":
            continue
        # issue 13 (fields16): the country inside a new name ("Instituto X, Perú (IX Perú)", "Gendarmería Nacional
        # Argentina") is the name's
        # and its acronym's after it ("(IX Perú)")
        if any(n.kind == "new" and n.start < m.start and (m.end <= n.end or _ACRONYM_SEAT.fullmatch(text, n.end, m.start)
                                                          and text[m.end:m.end + 1] == ")") for n in new):
            out.add(m.start)
            continue
        q = _QUALIFIER.search(text, max(0, m.start - 60), m.start)
        if q is not None:
            before = [n for n in names if n.end == q.start()]
            paren = q.group().lstrip().startswith("(")
            if before and (paren and text[m.end:m.end + 1] == ")" or not paren and (
                    "sede" in q.group().lower() or _OFFICE_WORD.search(fold_text(text[max(0, q.start() - 60):q.start()])))):
                out.add(m.start)
                continue
        if _OFFICE_FOR.search(text, max(0, m.start - 160), m.start):
            out.add(m.start)
            continue
        # issue 13 (mentions): a list item "National Institute of Statistics (INE), Chile": the country closing the
        # item, after the name's acronym, is where the body is (fields35: also "X (SJM) Chile", no comma)
        tail = _ACRONYM_COMMA.search(text, max(0, m.start - 30), m.start)
        if tail is not None and _ITEM_END.match(text, m.end) \
                and any(n.end <= tail.start() and not text[n.end:tail.start()].strip() for n in names):
            out.add(m.start)
    return out


_ACRONYM_SEAT = re.compile(r"\s*\(\s*[A-ZÁÉÍÓÚÑ][A-Za-z0-9ÁÉÍÓÚÑ&]{1,11}[- ]")
# issue 13 (fields35): or with no comma, "Servicio Jesuita a Migrantes (SJM) Chile" (the country after the acronym)
# (fields37: or a seat word before the country, "X (UNAL), sede Colombia", "Y (UTA), campus Peru")
_ACRONYM_COMMA = re.compile(r"\([^()]{1,20}\)(?:\s*,\s*|[ \t\u00a0]+)(?:(?:sede|campus|oficina|seccional|filial|branch)"
                            r"[ \t\u00a0]+)?$", re.IGNORECASE)
# issue 13 (fields37): or with a seat word after the country ("… (FLACSO), Ecuador campus", "X (UNA), sede Costa Rica"
# is read by _QUALIFIER): the body's seat, the country no body of the item
_ITEM_END = re.compile(r"[ \t]*(?:(?:campus|branch|chapter|office|offices|headquarters|seccional|filial|sede|oficina)"
                       r"\b[ \t]*)?(?:[;\n]|$)", re.IGNORECASE)


_FOREIGN_MINISTRY = re.compile(r"(?:la |el )?(?:cancilleria|ministerio de relaciones exteriores|ministerio de asuntos "
                               r"exteriores)")
_PAREN_ACRONYM = re.compile(r"\s*\(\s*$")


def _spelled_out(text: str, new: list[Mention], spelled: set[str]) -> list[Mention]:
    """New names split at "and" / "y" that the page writes whole elsewhere with its acronym
    ("Employment and Social Development Canada (ESDC)") are one name."""
    out: list[Mention] = []
    for n in sorted(new, key=lambda m: m.start):
        if out and re.fullmatch(r"\s+(?:and|y|e|&)\s+", text[out[-1].end:n.start]) \
                and normalized(text[out[-1].start:n.end]) in spelled:
            a = out[-1].start
            out[-1] = Mention(n.entity_id, a, n.end, text[a:n.end], n.kind)
            continue
        out.append(n)
    return out


def _aliased(text: str, new: list[Mention], known: list[Mention],
             described: dict[int, Described]) -> dict[int, tuple[Mention, Mention]]:
    """New names of two words or more followed by a known acronym in parentheses ("Agencia de la ONU
    para los Refugiados (ACNUR)"): start -> (the name as a mention of the known institution, the
    acronym's mention). Not a unit or ministry (its parent's acronym may follow it)."""
    out: dict[int, tuple[Mention, Mention]] = {}
    acronyms = {m.start: m for m in known if m.kind == "acronym"}
    for n in new:
        d = described.get(n.start)
        if d is None or d.institution is None or d.institution.parent or len(n.surface.split()) < 2 \
                or d.institution.type in ("OrganizationUnit", "NationalMinistry"):
            continue
        paren = re.match(r"\s*\(\s*", text[n.end:])
        if not paren:
            continue
        acr = acronyms.get(n.end + paren.end())
        if acr is None or not re.match(r"\s*\)", text[acr.end:]):
            continue
        out[n.start] = (Mention(acr.entity_id, n.start, n.end, n.surface, "name"), acr)
    return out


_DASH_GAP = re.compile(r"[ \t\u00a0]*(?:\([^()\n]{1,15}\)[ \t\u00a0]*)?[\u2013\u2014-][ \t\u00a0]*\n?[ \t\u00a0]*")
_DASH_END = re.compile(r"[ \t\u00a0]+[\u2013\u2014-][ \t\u00a0]*$")


def _dash_aliases(page_text: str, offset: int, text: str, new: list[Mention], known: list[Mention],
                  described: dict[int, Described], gazetteer: Gazetteer) -> set[int]:
    """issue 13 (fields35): the starts of new names that follow a known unit and a dash ("CELADE – Population Division
    of ECLAC", "Centro X (ABC) —" / "División Y de la CEPAL" on the next line), where the new name is a unit of the
    known unit's own parent: the known unit's other (official) name, not a second institution."""
    out: set[int] = set()
    for n in new:
        d = described.get(n.start)
        if d is None or d.institution is None or d.institution.parent is None:
            continue
        before = [(m, text) for m in known if m.end <= n.start and m.kind != "country"]
        gap_text, gap_end = text, n.start
        if not text[:n.start].strip():
            # the name opens its line, the line above ends with the dash (a value carried on an indented line)
            a = offset + n.start
            b = page_text.rfind("\n", 0, a)
            if b < 0 or page_text[b + 1:a].strip() or not _DASH_END.search(page_text, 0, b):
                continue
            line = page_text[page_text.rfind("\n", 0, b) + 1:b]
            before = [(m, line) for m in gazetteer.find(line) if m.kind != "country"]
            gap_text, gap_end = line + "\n" + page_text[b + 1:a], len(line) + 1 + a - b - 1
        k = max(before, key=lambda p: p[0].end, default=None)
        if k is None or not k[0].entity_id:
            continue
        g = _DASH_GAP.match(gap_text, k[0].end)
        if g is None or g.end() != gap_end:
            continue
        e = gazetteer.reference.entities.get(k[0].entity_id)
        if e is not None and d.institution.parent in (e.part_of or ()):
            out.add(n.start)
    return out


def _wholes(new: list[Mention], described: dict[int, Described], text: str) -> list[Mention]:
    """Each new name as the whole mention it makes (with the known names it absorbed), without the
    new names that lie inside another's whole mention."""
    wholes = []
    for n in new:
        d = described[n.start]
        w = _whole(n, d, text) if d.institution is not None else n
        if w.start != n.start:
            described[w.start] = d
        wholes.append(w)
    return [w for w in wholes
            if not any(o is not w and o.start <= w.start and w.end <= o.end and (o.start, o.end) != (w.start, w.end)
                       for o in wholes)]


def _whole(m: Mention, d: Described, text: str) -> Mention:
    """The new name's mention with the known name it absorbed after it ("... of Costa Rica")."""
    taken = d.absorbed if isinstance(d.absorbed, tuple) else (d.absorbed,) if d.absorbed is not None else ()
    if d.institution is None or not taken:
        return m
    start = min((a for a in taken if a < m.start), default=m.start)  # "IOM Country Office": from "IOM"
    if not text.startswith(d.institution.name, start):
        return m
    end = start + len(d.institution.name)
    return Mention(m.entity_id, start, end, text[start:end], m.kind)


_BY_REFERENCE: dict[tuple[str, int], tuple[object, object]] = {}  # speed26: (what, id of the reference) -> (it, answer)


def _of_reference(what: str, ref, make):
    """`make()`, kept for the reference data object `ref` (built once, read only while pages are read)."""
    kept = _BY_REFERENCE.get((what, id(ref)))
    if kept is not None and kept[0] is ref:
        return kept[1]
    if len(_BY_REFERENCE) >= 64:
        _BY_REFERENCE.clear()
    answer = make()
    _BY_REFERENCE[(what, id(ref))] = (ref, answer)
    return answer


def _governments(gazetteer: Gazetteer) -> dict[str, str]:
    """ISO2 -> the reference data's government of that country (when it has exactly one)."""
    return dict(_of_reference("governments", gazetteer.reference, lambda: _governments_of(gazetteer)))


def _governments_of(gazetteer: Gazetteer) -> dict[str, str]:
    out: dict[str, list[str]] = {}
    for e in gazetteer.reference.entities.values():
        if e.type == "Government" and e.country:
            out.setdefault(e.country, []).append(e.id)
    return {iso2: ids[0] for iso2, ids in out.items() if len(ids) == 1}


def _country_government(gazetteer: Gazetteer, iso2: str | None) -> str | None:
    if not iso2:
        return None
    govs = [e.id for e in gazetteer.reference.entities.values() if e.type == "Government" and e.country == iso2]
    return govs[0] if len(govs) == 1 else None


def _named_as_institution(m: Mention, d: Described, text: str, known: list[Mention], *, title: bool) -> bool:
    """A new name no role cue reaches is an institution only when the page says it is one: its
    acronym in parentheses, a head word ("Ministry of ...", "... Bank"), or a list whose other items
    are institutions."""
    inst = d.institution
    if inst is None:
        return False
    if inst.acronym and inst.name != inst.acronym:
        return True
    if title:
        # issue 13 (fields2): the body whose meeting the title names ("First Meeting of the Network on Migration …",
        # "Reunión de la Red de Puntos Focales sobre …"): a body in the title, mentioned
        return bool(_MEETING_OF.search(fold_text(text[max(0, m.start - 40):m.start]))) \
            and normalized(inst.name).split()[0] in _MEETING_BODIES
    if inst.type != "Institution" and len(inst.name.split()) >= 2:
        return True
    if _WORKING_GROUP.match(normalized(inst.name)) and len(inst.name.split()) >= 4:
        return True  # issue 13 (event15): "las recomendaciones del Grupo de Trabajo sobre Protección": a body's name
    if inst.name.isupper() and len(inst.name) >= 3 and " " not in inst.name \
            and _FRAMEWORK_OF.search(fold_text(text[max(0, m.start - 40):m.start])):
        return True  # issue 13 (event15): "en el marco del MERCOSUR", "within the framework of SICA": a body's acronym
    if _CLASS_BEFORE.search(fold_text(text[max(0, m.start - 90):m.start])):
        return True  # issue 13 (names): "organizaciones humanitarias como Médicos Sin Fronteras"
    if len(inst.name.split()) >= 2 and any(w in STRONG_ORG for w in normalized(inst.name).split()):
        return True  # "the Internal Displacement Monitoring Centre", "la Unión Europea"
    for k in known:
        if k.kind == "country":
            continue
        gap = text[k.end:m.start] if k.end <= m.start else text[m.end:k.start] if m.end <= k.start else None
        if k is m or k.start == m.start:
            continue
        if gap is not None and _LIST_GAP.fullmatch(gap):
            return True
    return False


_FRAMEWORK_OF = re.compile(r"\b(?:en el marco|(?:with)?in the framework|under the umbrella|bajo el paraguas) (?:of|de|del)"
                           r"(?: (?:the|la|el))?\s*$")
_WORKING_GROUP = re.compile(r"(?:working group|grupo de trabajo|task force|equipo de tarea) (?:on|for|of|sobre|de|para) ")
_MEETING_OF = re.compile(r"\b(?:meetings?|reunion(?:es)?|sessions?|sesion(?:es)?|encuentros?|assembly|asamblea|"
                         r"plenary|plenaria) (?:of|de|del) (?:the |la |el |los |las )?$")
_MEETING_BODIES = {"network", "red", "group", "grupo", "committee", "comite", "commission", "comision", "council",
                   "consejo", "mesa", "board", "junta"}


# between two items of a list (issue 13, prose: the first one's acronym in parentheses, "el Servicio Jesuita a
# Refugiados (JRS) y Médicos Sin Fronteras")
_LIST_GAP = re.compile(r"\s*(?:\([^()]{1,15}\)\s*)?(?:,|;|\band\b|\by\b|,\s*and\b|,\s*y\b)\s*(?:(?:of|de|del)\s+)?"
                       r"(?:the\s+|la\s+|el\s+|los\s+|las\s+)?")


def _leftovers(text: str, covered: list[tuple[int, int]], offset: int, warn) -> None:
    """Words of a coordinating-institution field that no name covers: warned, never dropped."""
    pos = 0
    for a, b in sorted(covered) + [(len(text), len(text))]:
        gap = text[pos:a] if a > pos else ""
        rest = re.sub(r"\(\s*[A-ZÁÉÍÓÚÑ][A-Za-zÁÉÍÓÚÑ&\-]{1,11}\s*\)", " ", gap)  # an acronym in parentheses
        rest = _FIELD_GLUE.sub(" ", rest)  # belongs to its name
        if _SLOT_LEFTOVER.search(rest):
            warn(offset + pos, "words of the coordinating-institution field name no institution that could be "
                               "recorded", gap.strip())
        pos = max(pos, b)


def _is_coordinating_label(heading: str) -> bool:
    return labels.role_of(heading.strip().rstrip(":").strip(), coordinating=True) == "coordinator"


_OFFICE_ORGS = ("IntergovernmentalOrganization", "UNAgency", "RegionalOrganization")


# issue 13 (roles3): a process's secretariat named alone, without its owner
_LONE_SECRETARIAT = re.compile(r"(?:the |la |el )?(?:technical|executive) secretariat|"
                               r"(?:la |el )?secretaria (?:tecnica|ejecutiva)")
_AS_CAPACITY = re.compile(r"\b(?:as|como|acting as|in (?:its|their) capacity as|en (?:su )?calidad de|en su condicion de|"
                          r"que ejerce|which acts as|which serves as)\s+(?:the\s+|la\s+|el\s+|its\s+|su\s+)?$")
# the processes whose own sites the pages come from (as layouts.assemble.Ctx.site reads the host)
_SITE_PROCESS = (("rcm", ("crmsv", "rcmvs")), ("sacm", ("csmigraciones", "csm-osumi")))


def _site_secretariat(ref, url: str | None) -> str | None:
    """The secretariat of the process whose own site `url` is on, when the reference data knows exactly one
    (a body of type Secretariat that is part of the process); None elsewhere."""
    from urllib.parse import urlparse
    host = urlparse(url or "").netloc.lower()
    process = next((p for p, keys in _SITE_PROCESS if any(k in host for k in keys)), None)
    if process is None or ref is None:
        return None
    return _of_reference("secretariat:" + process, ref, lambda: _process_secretariat(ref, process))


def _process_secretariat(ref, process: str) -> str | None:
    found = [e.id for e in getattr(ref, "entities", {}).values() if e.type == "Secretariat" and process in e.part_of]
    return found[0] if len(found) == 1 else None


# issue 13 (fields2): the offices a body has that are named generically alone ("Technical Secretariat")
_OWN_OFFICE = re.compile(r"(?:technical|executive|general|permanent|pro tempore) secretariat|secretariat|"
                         r"secretaria (?:tecnica|ejecutiva|general|permanente|pro tempore)|secretariado(?: tecnico)?|"
                         r"(?:regional )?(?:office|bureau)|oficina regional|buro regional")
# issue 13 (fields2): a unit printed after its parent and a dash ("Ministry of Economy of Brazil – Special Secretariat
# for Social Security and Labour", "Ministerio de Trabajo - Dirección de Empleo"): the unit coordinates, the parent is
# named (mentioned)
_UNIT_HEADS = {"secretariat", "secretaria", "directorate", "direccion", "office", "oficina", "unit", "unidad",
               "department", "departamento", "division", "bureau", "subsecretaria", "undersecretariat",
               "vice-ministry", "viceministerio"}
_DASH = re.compile(r"\s+[–—-]\s+")


def _parent_before_unit(text: str, pairs: list[tuple[Mention, str]]) -> list[tuple[Mention, str]]:
    at = {m.start: m for m, _ in pairs}
    out = []
    for m, role in pairs:
        dash = _DASH.match(text, m.end)
        if dash is not None and dash.end() in at:
            lead = re.split(r"\b(?:of|for|on|de|del|para|sobre)\b", fold_text(at[dash.end()].surface).lower())[0].split()
            if any(w in _UNIT_HEADS for w in lead[:3]):
                role = "mentioned"
        out.append((m, role))
    return out


# the last word of a unit's name ("Decent Work Team", "Migration Data Unit")
_UNIT_END = {"team", "office", "unit", "programme", "program", "fund", "centre", "center", "project", "initiative",
             "equipo", "oficina", "unidad", "programa", "fondo", "centro", "proyecto", "iniciativa"}
_OWN_OFFICE_OF = re.compile(r" (?:of the|of|de la|del|de) ")
# the body's name ends there: a list's punctuation, the end, or a conjunction ("de la RROCM y la OIM")
# issue 13 (prose26): between a body and the office named as its capacity ("IOM, as ", "la OIM (OIM), en su calidad de ")
_CAPACITY_LEAD = re.compile(r"\s*(?:\([^()]{1,20}\)\s*)?,?\s*(?:as|como|acting as|in (?:its|their) capacity as|"
                            r"en (?:su )?calidad de|en su condici[oó]n de)\s+(?:the\s+|la\s+|el\s+|its\s+|su\s+)?",
                            re.IGNORECASE)
_OFFICE_END = re.compile(r"\s*(?:$|[;,.:)\]·|]|(?:y|e|and|as|como|with|con|en|in|para|for)\b)")


def _owned_offices(utext: str, local: list[Mention], new: list[Mention], described: dict,
                   gazetteer: Gazetteer) -> list[tuple[Mention, Mention, int, int]]:
    """(office name, body, start, end) where an office named generically, which is no institution alone, is
    printed with a known body that is no country: the body's acronym or name right before it ("RNCOM Technical
    Secretariat"), or after "of (the)" / "de (la)" ("Secretaría Técnica de la RROCM")."""
    out = []
    for i, n in enumerate(new):
        d = described.get(n.start)
        if d is None or d.institution is not None:
            continue
        words = normalized(n.surface).split()
        if words and words[-1] in _UNIT_END and not _OWN_OFFICE.fullmatch(normalized(n.surface)):
            # "ILO Decent Work Team and Office for Central America, …": an organization's unit named after its
            # acronym, maybe with a second head after "and" (one unit)
            k = next((k for k in local if k.end + 1 == n.start and utext[k.end] == " "
                      and gazetteer.entity_type(k.entity_id) in _OFFICE_ORGS), None)
            if k is None:
                continue
            nxt = new[i + 1] if i + 1 < len(new) else None
            if nxt is not None and re.fullmatch(r" (?:and|y) ", utext[n.end:nxt.start]) \
                    and normalized(nxt.surface).split()[0] in _UNIT_END:
                dn = described.get(nxt.start)
                end = _whole(nxt, dn, utext).end if dn is not None else nxt.end  # with the places it absorbed
                out.append((n, k, k.start, end))
                out.append((nxt, k, k.start, end))
            else:
                out.append((n, k, k.start, n.end))
            continue
        if not _OWN_OFFICE.fullmatch(normalized(n.surface)):
            continue
        for k in local:
            if k.kind == "country" or gazetteer.entity_type(k.entity_id) == "Government":
                continue
            if k.end + 1 == n.start and utext[k.end] == " ":
                out.append((n, k, k.start, n.end))
                break
            of = _OWN_OFFICE_OF.match(utext, n.end)
            if of is not None and of.end() == k.start and _OFFICE_END.match(utext, k.end):
                out.append((n, k, n.start, k.end))
                break
    return out


def _country_offices(utext: str, local: list[Mention], gazetteer: Gazetteer) -> list[tuple[Mention, Mention]]:
    """(organization, country) pairs printed as one name, "UNICEF Panamá", "IOM Chile": an
    organization (not a government, process or body of a process) right before a country's name,
    one space between, and no name going on after it."""
    ordered = sorted(local, key=lambda m: m.start)
    out = []
    for org, ctry in zip(ordered, ordered[1:]):
        if utext[org.end:ctry.start] != " " or gazetteer.entity_type(org.entity_id) not in _OFFICE_ORGS:
            continue
        if not (ctry.kind == "country" or gazetteer.entity_type(ctry.entity_id) == "Government"):
            continue
        if re.match(r"['’]s\b|\s+[A-ZÁÉÍÓÚÑ]", utext[ctry.end:ctry.end + 3]):
            continue
        out.append((org, ctry))
    return out


# issue 13 (event23): a secretariat, then the body that exercises it ("the Technical Secretariat, exercised by the IOM
# Regional Office, …", "la Secretaría Técnica de la CSM, esta última ejercida por la Oficina Regional de la OIM"): one
# office and its holder, with one role
_OFFICE_HELD_BY = re.compile(r"\s*(?:\([^()]{1,20}\))?\s*,?\s*(?:(?:esta|este) [uú]ltim[oa],?\s*|the latter,?\s*|"
                             r"(?:which|that|que)\s+(?:is\s+|was\s+|es\s+|fue\s+)?)?(?:held by|exercised by|run by|"
                             r"ejercid[oa] por|a cargo de|desempe[nñ]ad[oa] por|en manos de)\s+(?:the\s+|la\s+|el\s+)?",
                             re.IGNORECASE)
_SECRETARIAT_NAME = re.compile(r"(?i).{0,20}\bsecretar(?:iat|[ií]a)\b")


def _office_holders(pairs: list, text: str) -> list:
    """issue 13 (event23): the body named as exercising a secretariat ("…, exercised by X", "…, esta última ejercida
    por X") has the roles the secretariat has when it has none of its own (and the secretariat the holder's, when the
    phrase gave its role to the holder: "the Secretariat, held by X, supported the drafting")."""
    if len(pairs) < 2 or not any(_SECRETARIAT_NAME.match(m.surface) for m, _ in pairs):
        return pairs
    roles: dict[int, list[str]] = {}
    by_start: dict[int, Mention] = {}
    for m, r in pairs:
        roles.setdefault(m.start, []).append(r)
        by_start.setdefault(m.start, m)
    order = sorted(by_start.values(), key=lambda m: m.start)
    give: dict[int, list[str]] = {}
    for a, b in zip(order, order[1:]):
        if not _SECRETARIAT_NAME.match(a.surface) or not _OFFICE_HELD_BY.fullmatch(text, a.end, b.start):
            continue
        ra = [r for r in roles[a.start] if r != "mentioned"]
        rb = [r for r in roles[b.start] if r != "mentioned"]
        if ra and not rb:
            give[b.start] = ra
        elif rb and not ra:
            give[a.start] = rb
            # issue 13 (event26): "la Secretaría Técnica de la CSM y la de la CRM, a cargo de X, brindaron apoyo": the
            # secretariats named together before the holder, with no role of their own, share the one given
            k = order.index(a)
            while k > 0 and _SECRETARIAT_NAME.match(order[k - 1].surface) \
                    and _AND_THE.fullmatch(text, order[k - 1].end, order[k].start) \
                    and not [r for r in roles[order[k - 1].start] if r != "mentioned"]:
                k -= 1
                give[order[k].start] = rb
    if not give:
        return pairs
    out, done = [], set()
    for m, r in pairs:
        if m.start in give:
            if m.start not in done:
                out.extend((m, g) for g in give[m.start])
                done.add(m.start)
            continue
        out.append((m, r))
    return out


_AND_THE = re.compile(r"\s*,?\s*(?:and|y|e)\s+(?:the\s+|la\s+|el\s+)?", re.IGNORECASE)


# issue 13 (rules5): the holder named after the presidency's process ("…, held by Argentina",
# "…, ejercida por Honduras", "…, a cargo de Panamá")
_HELD_BY = re.compile(r"\s*,?\s*(?:(?:which|that|then|que)\s+(?:was\s+|fue\s+)?)?(?:held by|exercised by|in the hands of|"
                      r"ejercida por|a cargo de|en manos de|ostentada por|que ejerc[ií]a|que ejerce)\s+"
                      r"(?:the\s+|la\s+|el\s+)?(?:(?:government|gobierno)\s+(?:of|de|del)\s+(?:the\s+|la\s+|el\s+)?)?",
                      re.IGNORECASE)


_PASSED_TO = re.compile(r"\s*(?:(?:was|were|is|will be|fue|será|sera)\s+)?(?:passed|handed(?: over)?|transferred|"
                        r"passes|pasó|paso|pasa|pasará|traspasada|traspasó|traspaso|transferida|entregada)\s+"
                        r"(?:on\s+)?(?:to|a|al)\s+(?:the\s+|la\s+|el\s+)?(?:(?:government|gobierno)\s+(?:of|de|del)\s+"
                        r"(?:the\s+|la\s+|el\s+)?)?", re.IGNORECASE)


# (no word between: "Belize's first Presidency Pro Tempore" is read by the role phrase's run, which stops at "first")
_PPT_OWNER_GAP = re.compile(r"(?:['’]s)? ")


def _ppt_held_by(m: Mention, ordered: list[Mention], text: str, gazetteer: Gazetteer) -> tuple[Mention, Mention] | None:
    """(the process, its holder) when the page says "the Presidency Pro Tempore of <process>, held by <country>"."""
    after = [p for p in ordered if p.start >= m.end]
    before = [p for p in ordered if p.end <= m.start]
    # issue 13 (prose): the holder as a nationality adjective ("the Honduran Presidency Pro Tempore of the RCM",
    # "la Presidencia Pro Tempore boliviana de la CSM"): the government acts, not the process named after it
    # (issue 13, wrap: and as a possessive, "Belize's Presidency Pro Tempore", "Chile's first PPT")
    adjective = before[-1] if before and before[-1].kind == "country" and _PPT_OWNER_GAP.fullmatch(text[before[-1].end:m.start]) \
        else after[0] if after and after[0].kind == "country" and text[m.end:after[0].start] == " " else None
    if adjective is not None and gazetteer.entity_type(adjective.entity_id) == "Government":
        rest = [p for p in after if p.start >= adjective.end]
        if rest and _OF.fullmatch(text[max(m.end, adjective.end):rest[0].start]) \
                and gazetteer.entity_type(rest[0].entity_id) == "ConsultativeProcess":
            return rest[0], adjective
        return adjective, adjective
    if after and before and text[before[-1].end:m.start] == " " \
            and gazetteer.entity_type(before[-1].entity_id) == "ConsultativeProcess" \
            and gazetteer.entity_type(after[0].entity_id) == "Government" and _HELD_BY.fullmatch(text[m.end:after[0].start]):
        return before[-1], after[0]  # issue 13 (names): "the SACM Presidency Pro Tempore, held by Colombia"
    if len(after) < 2 or not _OF.fullmatch(text[m.end:after[0].start]):
        return None
    process, holder = after[0], after[1]
    if gazetteer.entity_type(process.entity_id) != "ConsultativeProcess" \
            or gazetteer.entity_type(holder.entity_id) != "Government":
        return None
    return (process, holder) if _HELD_BY.fullmatch(text[process.end:holder.start]) else None


# issue 13 (ppt26): presidencies pro tempore held by named governments, the processes only their owners. The page
# is read as a shape (each mention a token: G a government, P a process, T the presidency phrase, O anything else).
_S = r"[\s\xa0]+"
_ART = rf"(?:(?:the|la|el|las|los){_S})?"
_PRES = (rf"(?:\x01T\d+\x02|(?:presidencies|presidencias|presidencys?){_S}(?:pro{_S}tempore{_S})?|"
         rf"presidencies|presidencias)")
_GLIST = rf"(\x01G\d+\x02(?:(?:,{_S}|,?{_S}(?:and|y|e){_S}){_ART}\x01G\d+\x02)*)"
_PLIST = (rf"(\x01P\d+\x02(?:(?:,{_S}|,?{_S}(?:and|y|e){_S})(?:(?:of|de|del){_S})?{_ART}\x01P\d+\x02)*)")
# "the Governments of X and Y, holding the Presidencies Pro Tempore of the RCM and the SACM"; "X y Y, que ejercían las
# presidencias de la CRM y de la CSM"
_HOLDING = re.compile(rf"{_GLIST},?{_S}(?:holding|(?:which|that|who){_S}(?:held|hold|then{_S}held)|holders{_S}of|"
                      rf"in{_S}charge{_S}of|que{_S}(?:ejerc[ií]an|ejercen|ten[ií]an|ostentaban|ocupaban)|"
                      rf"en{_S}ejercicio{_S}de|a{_S}cargo{_S}de|titulares{_S}de){_S}{_ART}"
                      rf"(?:(?:two|both|dos|ambas|respective|respectivas){_S})?{_PRES}{_S}?(?:of|de|del){_S}{_ART}{_PLIST}",
                      re.IGNORECASE)
# "the two Presidencies Pro Tempore, that of X for the RCM and that of Y for the SACM", "la de X por la CRM y la de Y
# por la CSM"
_THAT_OF_ITEM = rf"(?:that|the{_S}one|la|el){_S}(?:of|de|del){_S}{_ART}\x01G\d+\x02{_S}(?:for|of|in|por|de|en){_S}{_ART}\x01P\d+\x02"
_THAT_OF = re.compile(rf"\x01T\d+\x02,?{_S}(?:\({_S}?)?{_THAT_OF_ITEM}(?:(?:,{_S}|,?{_S}(?:and|y|e){_S}){_THAT_OF_ITEM})+",
                      re.IGNORECASE)
# "the Presidencies Pro Tempore of the RCM (X) and of the SACM (Y)"
_PAREN_ITEM = rf"\x01P\d+\x02{_S}?\((?:{_S}?\x01G\d+\x02{_S}?|[^()\x01\n]{{2,40}})\)"
_OF_PAREN = re.compile(rf"\x01T\d+\x02{_S}(?:of|de|del){_S}{_ART}{_PAREN_ITEM}(?:(?:,{_S}|,?{_S}(?:and|y|e){_S})"
                       rf"(?:(?:of|de|del){_S})?{_ART}{_PAREN_ITEM})*", re.IGNORECASE)
_TOKEN = re.compile(r"\x01([GPTO])(\d+)\x02")
_PPT_CHEAP = re.compile(r"(?i)presiden|\bppt\b")


def _held_presidencies(ordered: list[Mention], text: str, gazetteer: Gazetteer) -> list[tuple[list[Mention], list[Mention]]]:
    """(the holders, the presidency phrase and owner processes) of each "X and Y, holding the Presidencies Pro Tempore
    of the RCM and the SACM" / "the Presidencies Pro Tempore, that of X for the RCM and that of Y for the SACM" / "the
    Presidencies Pro Tempore of the RCM (X) and of the SACM (Y)" in a unit."""
    kinds = []
    for m in ordered:
        t = gazetteer.entity_type(m.entity_id) if m.entity_id != PPT else None
        kinds.append("T" if m.entity_id == PPT else "G" if t == "Government" else "P" if t == "ConsultativeProcess" else "O")
    if "P" not in kinds or "G" not in kinds and "T" not in kinds:
        return []
    lo, hi = ordered[0].start, ordered[-1].end
    if not _PPT_CHEAP.search(text, lo, hi):
        return []
    parts, at = [], lo
    for i, m in enumerate(ordered):
        if m.start < at:
            continue  # nested or overlapping: the outer one stands
        parts.append(text[at:m.start])
        parts.append(f"\x01{kinds[i]}{i}\x02")
        at = m.end
    parts.append(text[at:at + 45])  # a holder's parenthesis after the last process
    shape = "".join(parts)
    out = []
    for rx in (_HOLDING, _THAT_OF, _OF_PAREN):
        for x in rx.finditer(shape):
            toks = [(k, ordered[int(i)]) for k, i in _TOKEN.findall(x.group(0))]
            holders = [m for k, m in toks if k == "G"]
            if rx is _OF_PAREN:  # the holder in a parenthesis after its process: a gloss, no mention of its own
                holders = []
                for k, m in toks:
                    paren = _PAREN_AFTER.match(text, m.end) if k == "P" else None
                    named = gazetteer.find(paren.group(1)) if paren else []
                    if len(named) == 1 and named[0].end - named[0].start == len(paren.group(1)) \
                            and gazetteer.entity_type(named[0].entity_id) == "Government":
                        at = paren.start(1)
                        holders.append(Mention(named[0].entity_id, at, at + len(paren.group(1)), paren.group(1),
                                               named[0].kind))
                if len(holders) != sum(k == "P" for k, _ in toks):
                    continue  # a parenthesis that names no government (an acronym, a year): not this phrase
            owners = [m for k, m in toks if k in "PT"]
            if holders and owners:
                out.append((holders, owners))
    return out


# the body through which a country's presidency acts: "the Presidency Pro Tempore of Chile, through its Ministry X",
# "la PPT de Bolivia, a cargo del Ministerio X"
_THROUGH = re.compile(r"\s*,\s*(?:through|by means of|represented by|via|a cargo del?|a trav[eé]s del?|por medio del?|"
                      r"representada por|por conducto del?)\s+(?:(?:the|its|la|el|su|sus|los|las)\s+)?", re.IGNORECASE)


def _ppt_through(m: Mention, ordered: list[Mention], pairs: list, text: str,
                 gazetteer: Gazetteer) -> tuple[Mention, str] | None:
    """(the country, the role) when "the PPT of <country>, through <body>" gives <body> a role the PPT did not get."""
    after = next((p for p in ordered if p.start >= m.end), None)
    if after is None or not _OF.fullmatch(text, m.end, after.start) or gazetteer.entity_type(after.entity_id) != "Government" \
            or not (x := _THROUGH.match(text, after.end)):
        return None
    role = next((r for q, r in pairs if q.start == x.end() and r != "mentioned"), None)
    after = [after]
    return (after[0], role) if role else None


def _resolve_ppt(m: Mention, role: str, unit: _Unit, ordered: list[Mention], processes: set[str],
                 event: EventRecord, gazetteer: Gazetteer, text: str, warnings: list[LoadWarning],
                 page: Page) -> list[tuple[str, str, Mention, _Unit]]:
    before = [p for p in ordered if p.end <= m.start]
    after = [p for p in ordered if p.start >= m.end]
    year = event.dates.start.year if event.dates else None

    def holder(process: str) -> str | None:
        return gazetteer.reference.ppt_holder(process, year) if year else None

    nxt = after[1] if len(after) > 1 and gazetteer.entity_type(after[0].entity_id) == "ConsultativeProcess" \
        and _OF.fullmatch(text[m.end:after[0].start]) else after[0] if after else None
    if nxt is not None and nxt is not after[0] and gazetteer.entity_type(nxt.entity_id) == "Government" \
            and _PASSED_TO.fullmatch(text[after[0].end:nxt.start]):
        return [(nxt.entity_id, "mentioned", nxt, unit)]  # "the PPT of the SACM passed to Chile"
    if role != "mentioned" and (paren := _PAREN_AFTER.match(text, m.end)):
        # issue 13 (round 21): the holder in parentheses ("Coordinated by the Presidency Pro Tempore (Argentina)",
        # "Convocada por la Presidencia Pro Tempore (Paraguay)"): the government has the role the phrase gives (the
        # parenthesis is no mention of its own: a name's gloss)
        inner = paren.group(1)
        named = gazetteer.find(inner)
        if len(named) == 1 and named[0].start == 0 and named[0].end == len(inner) \
                and gazetteer.entity_type(named[0].entity_id) == "Government":
            holder_at = paren.start(1)
            return [(named[0].entity_id, role, Mention(named[0].entity_id, holder_at, holder_at + len(inner), inner,
                                                       named[0].kind), unit)]
    if after and gazetteer.entity_type(after[0].entity_id) == "Government" and _HELD_BY.fullmatch(text[m.end:after[0].start]):
        return []  # issue 13 (h-r8a): "convened by the Presidency Pro Tempore, held by Paraguay": the holder acts
    if after and gazetteer.entity_type(after[0].entity_id) == "Government" \
            and _PASSED_TO.fullmatch(text[m.end:after[0].start]):
        # issue 13 (own meeting): "the Presidency Pro Tempore passed to Honduras", "la PPT pasó a Panamá": the
        # next holder is named, as "took over the presidency"; the process is not
        return [(after[0].entity_id, "mentioned", after[0], unit)]

    if before and gazetteer.entity_type(before[-1].entity_id) == "Government" and m.start - before[-1].end < 60 \
            and (x := _NEXT_HOLDER.match(fold_text(text[before[-1].end:m.end]))) and x.end() == m.end - before[-1].end:
        return []  # issue 13 (country20): "Mexico was chosen for the 2021 Presidency Pro Tempore": Mexico's (named)
    if before and gazetteer.entity_type(before[-1].entity_id) == "Government" \
            and (_OPEN_PAREN.fullmatch(text[before[-1].end:m.start]) or _AS_PPT.fullmatch(text[before[-1].end:m.start])
                 # issue 13 (prose): "hosted by the Government of Honduras, Presidency Pro Tempore, in San Pedro Sula"
                 or _COMMA_PPT.fullmatch(text[before[-1].end:m.start]) and _APPOSITION_END.match(text, m.end)):
        # "the Government of Honduras (PPT)", "..., in its capacity as PPT": the government acts, with the role
        # the phrase gives the presidency ("La República del Paraguay, en ejercicio de la PPT, fue anfitriona")
        return [(before[-1].entity_id, role, m, unit)] if role != "mentioned" else []
    if after and _OF.fullmatch(text[m.end:after[0].start]):
        named = after[0].entity_id
        if gazetteer.entity_type(named) == "Government":
            return []  # "the Presidency Pro-Tempore of Panama": the government carries the role
        if gazetteer.entity_type(named) == "ConsultativeProcess":
            # "the PPT of the RCM": the process carries the role. The page does not say who held the
            # presidency, so no government is given the role (the reference's holder of that year
            # is a fact of the history, not of this page).
            return []
    if role == "mentioned" and len(processes) != 1:
        return []
    if len(processes) == 1:
        process = next(iter(processes))
        h = holder(process)
        if h:
            return [(h, role, m, unit)]
        if role != "mentioned":
            warnings.append(LoadWarning(page.path, _line(text, m.start),
                                        f"the Presidency Pro-Tempore's holder is not stated for this event; "
                                        f"recorded as a mention of {process!r}", m.surface))
        return [(process, "mentioned", m, unit)]
    warnings.append(LoadWarning(page.path, _line(text, m.start),
                                "the Presidency Pro-Tempore is named but neither its holder nor its process is; "
                                "no involvement recorded", m.surface))
    return []


def _themes(text: str, found: list, themes: ThemeMatcher) -> tuple[ThemeHit, ...]:
    hits: dict[tuple[str, int, int], ThemeHit] = {}
    for unit, mentions, _ in found:
        if unit.kind == "coordinating":
            continue
        if unit.kind == "body" and unit.heading and _PROFILE_HEADING.search(unit.heading):
            continue
        utext = text[unit.start:unit.end]
        for tm in _themes_found(themes, utext):
            start, end = tm.start + unit.start, tm.end + unit.start
            if unit.kind != "title" and any(m.start < end and start < m.end for m in mentions):
                continue
            for key in tm.themes:
                hits.setdefault((key, unit.start, unit.end),
                                ThemeHit(key, tm.surface, Span.of(text, unit.start, unit.end)))
    assigned = {key for key, _, _ in hits}
    implied = set().union(*(themes.broader_closure(k) for k in assigned)) if assigned else set()
    return tuple(h for (key, _, _), h in hits.items() if key not in implied)
