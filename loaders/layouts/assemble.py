"""Turning the parts a layout found (title line, body lines, location text) into
an :class:`~rcpkg.loaders.records.EventRecord`: titles, kind, edition,
description, sections, objectives, place. Shared by all layouts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property
from urllib.parse import urlparse

from rcpkg.loaders.dates import (
    date_line, date_line_problem, end_date_line, find_dates, mentions_yearless_date, numeric_order, sentence_range,
)
from rcpkg.loaders.editions import detect_edition
from rcpkg.loaders.kinds import event_kind
from rcpkg.loaders.layouts import blocks
from rcpkg.loaders.layouts.blocks import Line
from rcpkg.loaders.places import country_info, resolve_place
from rcpkg.loaders.records import (
    DateRange, Edition, EventRecord, LoadWarning, Objective, Page, PlaceMention, Section, Span, Title,
)
from rcpkg.loaders.titles import analyse_title

GENERAL_HEADING = re.compile(
    r"^(general\s+objectives?|objetivos?\s+generale?s?|objectives?\s+of\s+the\s+(activity|event|meeting|workshop)|"
    r"objetivos?\s+de\s+la\s+actividad|objetivos?\s+del\s+(evento|taller)|objectives?|objetivos?|purpose|prop[oó]sito)"
    r"\s*:?$",
    re.IGNORECASE,
)
SPECIFIC_HEADING = re.compile(r"^(specific\s+objectives?|objetivos?\s+espec[ií]ficos?)\s*:?$", re.IGNORECASE)
_URL = re.compile(r"https?://[^\s()<>\"]+[^\s()<>\".,;:!?)]")


@dataclass
class Ctx:
    """What a layout parser collects while it reads one page."""

    page: Page
    warnings: list[LoadWarning] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)

    def warn(self, line: int | None, message: str, value: str | None = None) -> None:
        self.warnings.append(LoadWarning(self.page.path, line, message, value))

    @cached_property
    def date_order(self) -> str | None:
        """The page's convention for numeric dates ("dmy", "mdy" or None): see `numeric_order`."""
        return numeric_order(self.page.text, self.page.lang)

    @property
    def site(self) -> str | None:
        host = urlparse(self.page.url).netloc.lower()
        if any(k in host for k in ("crmsv", "rcmvs", "crm", "rcm")):
            return "rcm"
        if any(k in host for k in ("csmigraciones", "csm-osumi", "csm", "sacm")):
            return "sacm"
        return None


def titles_of(ctx: Ctx, start: int, end: int) -> tuple[tuple[Title, ...], Title | None]:
    """Titles and sub-title printed in ``page.text[start:end]``."""
    text = ctx.page.text
    parsed = analyse_title(text, start, end, default_lang=ctx.page.lang)
    titles: list[Title] = []
    seen: set[str] = set()
    for part in parsed.titles:
        if part.end <= part.start:
            continue
        if part.lang in seen:  # two titles in one language: keep the first
            continue
        seen.add(part.lang)
        titles.append(Title(blocks.clean(text[part.start:part.end]), part.lang, Span.of(text, part.start, part.end)))
    subtitle = None
    if parsed.subtitle and parsed.subtitle.end > parsed.subtitle.start:
        s = parsed.subtitle
        subtitle = Title(blocks.clean(text[s.start:s.end]), s.lang, Span.of(text, s.start, s.end))
    return tuple(titles), subtitle


def subtitle_of(ctx: Ctx, line: Line, lang_hint: str | None) -> Title | None:
    sp = blocks.line_span(ctx.page.text, line)
    if sp is None:
        return None
    from rcpkg.loaders.titles import guess_lang

    return Title(blocks.clean(sp.exact), guess_lang(sp.exact, lang_hint or ctx.page.lang), sp)


def structure(ctx: Ctx, lines: list[Line]) -> tuple[Span | None, tuple[Section, ...], tuple[Objective, ...]]:
    """Description span, headed sections and objectives of an event's body lines."""
    text = ctx.page.text
    body = [ln for ln in lines if not ln.blank]
    description = blocks.lines_span(text, body)
    groups: list[tuple[str | None, Line | None, list[Line], int | None]] = []  # heading, heading line, lines, inline start
    current: tuple[str | None, Line | None, list[Line], int | None] = (None, None, [], None)
    for ln in body:
        t = blocks.clean(ln.text)
        inline = blocks.inline_heading(ln.text)
        if blocks.is_caps_heading(t) or blocks.is_colon_heading(t) or GENERAL_HEADING.match(t) or SPECIFIC_HEADING.match(t):
            groups.append(current)
            current = (t, ln, [], None)
        elif inline and not blocks.is_bullet(ln.text):
            groups.append(current)
            current = (inline[0], ln, [ln], ln.start + inline[1])
        else:
            current[2].append(ln)
    groups.append(current)
    sections: list[Section] = []
    objectives: list[Objective] = []
    for heading, _hl, glines, inline_start in groups:
        if heading is None:
            continue
        if not glines:
            continue
        first_start = inline_start if inline_start is not None else glines[0].start
        sp = blocks.span(text, first_start, glines[-1].end)
        if sp is None:
            continue
        sections.append(Section(heading, sp))
        h = heading.rstrip(":").strip()
        kind = "specific" if SPECIFIC_HEADING.match(h) else "general" if GENERAL_HEADING.match(h) else None
        if kind:
            objectives.extend(_objectives(text, glines, kind, inline_start))
    return description, tuple(sections), tuple(objectives)


def _objectives(text: str, lines: list[Line], kind: str, inline_start: int | None) -> list[Objective]:
    """Each bullet or numbered item one objective; a paragraph without bullets one
    objective; a line introducing a list ("… the following objectives:") none."""
    out: list[Objective] = []
    for i, ln in enumerate(lines):
        if blocks.is_bullet(ln.text):
            s, e = blocks.bullet_body(ln.text, ln.start)
        else:
            start = inline_start if (i == 0 and inline_start is not None) else ln.start
            s, e = blocks.strip_offsets(text, 0, start, ln.end)
            if text[s:e].rstrip().endswith(":"):
                continue
        if e > s:
            out.append(Objective(kind, Span.of(text, s, e)))
    return out


def place_of(ctx: Ctx, sp: Span | None, line: int | None, title: str) -> tuple[PlaceMention | None, bool]:
    """The place a location text names (and whether it says the event is online).
    An unresolvable text or "-" gives no place and a warning."""
    if sp is None:
        return None, False
    if (k := blocks.after_mark(sp.exact, 0, len(sp.exact))) > 0:  # issue 13 (listing30a): "📍 Managua, Nicaragua"
        sp = Span(sp.start + k, sp.end, sp.exact[k:])
    res = resolve_place(sp.exact)
    if (res.online or res.hybrid) and res.city is None and res.country is None:  # a mode, the place unsaid
        return PlaceMention(sp, online=res.online, hybrid=res.hybrid), res.online
    if res.problem and not res.resolved:
        ctx.warn(line, f"location not resolved ({res.problem}) for event {title!r}", sp.exact)
        return None, False
    if res.problem:
        ctx.warn(line, f"location only partly resolved ({res.problem}) for event {title!r}", sp.exact)
    city, ctry = res.city, res.country
    return PlaceMention(
        sp,
        city_geonameid=city.geonameid if city else None,
        city_label_en=city.label_en if city else None,
        city_label_es=city.label_es if city else None,
        country_code=ctry.iso2 if ctry else None,
        country_geonameid=ctry.geonameid if ctry else None,
        online=res.online,
        hybrid=res.hybrid,
    ), res.online


def page_country_place(ctx: Ctx) -> PlaceMention | None:
    """A country page's country, with its name as printed on the page: what the page's
    events concern (``EventRecord.concerns``), not where they took place.

    When the page does not print the name, None: the country then comes from
    ``page.country`` (URL or metadata) alone, which the triples stage states without
    a quote — no evidence span is invented."""
    iso2 = ctx.page.country
    if not iso2:
        return None
    try:
        info = country_info(iso2)
    except KeyError:
        ctx.warn(None, "unknown country code of the page", iso2)
        return None
    folded = blocks.fold_keep(ctx.page.text)
    for name in (info.label_en, info.label_es):
        key = blocks.fold_keep(name)
        m = re.search(r"(?<!\w)" + re.escape(key) + r"(?!\w)", folded)
        if m:
            return PlaceMention(Span.of(ctx.page.text, m.start(), m.end()), country_code=info.iso2,
                                country_geonameid=info.geonameid)
    return None


# characters a URL may print that an IRI cannot hold ("…/a|b.pdf"): written percent-encoded, the same address
_NOT_IN_IRI = re.compile(r"[{}|^`\\]")


def documents_in(text: str) -> tuple[str, ...]:
    seen: list[str] = []
    for m in _URL.finditer(text):
        url = _NOT_IN_IRI.sub(lambda c: f"%{ord(c.group()):02X}", m.group(0))
        if url not in seen:
            seen.append(url)
    return tuple(seen)


def description_dates(ctx: Ctx, description: Span | None) -> DateRange | None:
    """A date range from the description only when it is unambiguous: exactly one
    dated phrase that states its year, and no other day-and-month phrase without a
    year (which would say the event spans other days, or is another event's).
    A line of the description that is only a date ("Tuesday, March 5, 2019 - 10:00
    to 16:00", as a listing prints an entry's date) dates the event when it is the
    only such line; one whose numeric date reads two ways gives a warning."""
    if description is None:
        return None
    rest = _after_dateline(ctx, description)
    if rest is not None:  # issue 13 (fields4): the release's date, then the text's own dates
        return description_dates(ctx, rest)
    lines = [(description.start + m.start(), m.group()) for m in re.finditer(r"[^\n]+", description.exact)]
    dated = [(i, d) for i, d in enumerate(date_line(line, at, order=ctx.date_order) for at, line in lines)
             if d is not None]
    if len(dated) == 1:
        return dated[0][1]
    if len(dated) == 2 and dated[1][0] == dated[0][0] + 1:  # "Start date: …" / "End date: …"
        at, line = lines[dated[1][0]]
        joined = end_date_line(dated[0][1], line, at, order=ctx.date_order)
        if joined:
            return joined
    for at, line in lines:
        problem = date_line_problem(line, order=ctx.date_order)
        if problem:
            ctx.warn(ctx.page.text.count("\n", 0, at) + 1, f"date not understood ({problem})", line.strip())
    found = find_dates(description.exact, description.start, order=ctx.date_order)
    if len(found) == 1 and mentions_yearless_date(description.exact):
        # A sentence that dates a sequence of meetings and states the year once
        # ("... November 15th, ... the 16th, ... November 17th -18th, 2016").
        return _sequence_dates(description, found[0])
    if len(found) != 1:
        return None
    # and the sentence holding it says THIS event takes place then
    rel = found[0].span.start - description.start
    text = description.exact
    s = max(text.rfind(". ", 0, rel), text.rfind("\n", 0, rel)) + 1
    e = min((x for x in (text.find(". ", rel), text.find("\n", rel)) if x >= 0), default=len(text))
    if not _dates_this_event(blocks.fold_keep(text[s:e]), rel - s, first=s == 0):
        return None
    return found[0]


# issue 13 (fields4): a press release's dateline, its place (or "Online") and its date, then a dash: "Sucre, 23 November
# 2018 – Bolivia hosted on 22 and 23 November 2018 the …", "Quito, 11 de julio de 2018 — El taller, realizado el 10 y
# 11 de julio …"
DATELINE = re.compile(r"\s*(?P<place>[^\W\d_][^\n,.:;|]{1,40}?),\s+(?P<date>[^\n]{6,45}?)\s+[–—-]\s+(?=\S)")


def _after_dateline(ctx: Ctx, description: Span) -> Span | None:
    """The text after a release's dateline (see DATELINE) when that text dates something of its own: the dateline's
    date is the day the release was written, not the event's; else None (the dateline's date may be all there is)."""
    text = description.exact
    if "," not in text[:48]:
        return None
    m = DATELINE.match(text)
    if m is None or date_line(m.group("date"), 0, order=ctx.date_order) is None:
        return None
    res = resolve_place(m.group("place"), alternates=False)  # (a place or "Online", no weekday: "Tuesday, May 3")
    if res.problem or not (res.city or res.country or res.online):
        return None
    if not find_dates(text[m.end():], order=ctx.date_order):
        return None
    return Span(description.start + m.end(), description.end, text[m.end():])


def _dates_this_event(sentence: str, at: int, *, first: bool = False) -> bool:
    """Whether a (folded) sentence says the event itself takes place at the date phrase
    starting at `at`: it names the event ("the workshop", "la reunión") and a verb of
    taking place, in either order ("Se realizó el taller los días …"); or, naming no
    event before it, its verb of taking place has the date as its own complement
    ("Se llevó a cabo del 30 de noviembre al 2 de diciembre de 2016 …", "Took place
    on …"), not as a relative clause's ("… que se realizó el …"). An event named after
    a preposition is another one ("the agreements of the meeting that took place on …")."""
    subjects = [m for m in _EVENT_NOUN.finditer(sentence) if not _PREPOSITION.search(sentence, 0, m.start())]
    verbs = [m for m in _TAKES_PLACE.finditer(sentence) if not _RELATIVE.search(sentence, 0, m.start())]
    if subjects and verbs:
        return True
    # --- issue 13 (rules4): a sentence whose subject is the event itself, named bare at its
    # start ("Comments: Seminar delivered by the ILO in David, on 9 November 2021", "Jornada
    # organizada por … el 5 de julio de 2021"), or the event as the object of a verb of doing
    # ("X hosted the workshop in Panama City from 12 to 14 June 2019"), with a verb of doing
    # before the date.
    doing = [m for m in _DOING.finditer(sentence, 0, at) if not _RELATIVE.search(sentence, 0, m.start())
             # issue 13 (fields4): "followed up on the agreements of the meeting held in Quito on 4 May 2022": the
             # participle of an event named after a preposition is that other event's
             and not _OTHER_EVENT_BEFORE.search(sentence, 0, m.start())]
    if doing and (_BARE_EVENT_START.match(sentence) or (subjects and subjects[0].start() < at)):
        return True
    if _HOSTED_EVENT.search(sentence, 0, at):  # hosting the event is doing it
        return True
    # issue 13 (fields4): a body's main verb of doing, the event (its title, up to four words before the event's noun)
    # its object, then its date: "Costa Rica hosted the VI Regional Conference on Migration in San José on 22 and 23
    # March 2001", "Paraguay organizó la VI Conferencia Sudamericana ... el 4 y 5 de mayo"
    for m in _DID_TITLED_EVENT.finditer(sentence, 0, at):
        if not _RELATIVE_ANY.search(sentence, 0, m.start()) and not _RELATIVE_ANY.search(sentence, m.end(), at) \
                and not _EVENT_NOUN.search(sentence, m.end(), at) and ";" not in sentence[m.end():at]:
            return True
    # --- issue 13 (rules5): the sentence opens with its date ("Tuesday, September 10, 2019 - 09:00
    # to …. Convened by …"), with a participle of holding the event, whose subject is the event
    # itself ("Held on 8 March 2021.", "Realizado en Lima el 3 de mayo de 2019"), or with the event
    # named bare and nothing between it and the date that names another event or opens a relative
    # clause ("Actividad virtual del 7 de julio de 2021, convocada por …"); or it is only a place
    # and the date, as a description's closing line ("Cusco, 4 July 2022.").
    # issue 13 (where): the event named with a demonstrative, then a participle of holding it and its date
    # ("took part in this two-day workshop, held in Mexico City on 6 and 7 June 2018", "en esta reunión,
    # celebrada en Lima el 3 de mayo de 2019"): "this" is the page's own event
    for m in _THIS_EVENT_HELD.finditer(sentence, 0, at):
        if _HELD_GAP.fullmatch(sentence, m.end(), at):
            return True
    lead = _LABEL_LEAD.match(sentence)
    head = lead.end() if lead else 0
    if sentence[head:at].strip() == "" or _BARE_HELD.match(sentence, head):
        return True
    # issue 13 (country prose): the sentence opens with the date after its preposition, then says the
    # event was done ("On 3 May 2019, Peru hosted the meeting in Cusco", "El 5 de julio de 2018, la
    # cancillería acogió la reunión")
    if sentence[head:at].strip() in _DATE_OPENERS and _DONE_EVENT.search(sentence, at):
        return True
    # issue 13: the description's first sentence opens with its only date ("On 22 June 2017 the Network met
    # …", "El 3 de mayo de 2019, la Cancillería recibió …"): the date of what the description tells
    if first and sentence[head:at].strip() in _DATE_OPENERS:
        return True
    bare = _BARE_EVENT_START.match(sentence)
    if bare and not _EVENT_NOUN.search(sentence, bare.end(), at) and not _RELATIVE_ANY.search(sentence, bare.end(), at):
        return True
    if _MODE_THEN_DATE.fullmatch(sentence[head:at]):  # issue 13: "Online, 9 July 2020. Organized by …"
        return True
    if _PLACE_THEN_DATE.fullmatch(sentence[head:at]):
        from rcpkg.loaders.places import resolve_place

        res = resolve_place(sentence[head:at].strip(" ,—–-|"), alternates=False)
        if (res.city is not None or res.country is not None or res.online) and not res.problem:
            return True
    verb = None
    for m in _TAKES_PLACE.finditer(sentence, 0, at):
        verb = m
    if verb is None or _EVENT_NOUN.search(sentence, 0, verb.start()) or _RELATIVE.search(sentence, 0, verb.start()):
        return False
    if _DATE_COMPLEMENT.fullmatch(sentence, verb.end(), at):
        return True
    # issue 13 (country prose): its place between ("Se llevó a cabo en Lima entre el 3 y el 5 de mayo de 2019")
    m = _PLACE_COMPLEMENT.match(sentence, verb.end())
    if m and m.end() <= at and _DATE_COMPLEMENT.fullmatch(sentence, m.end(), at):
        from rcpkg.loaders.places import resolve_place

        res = resolve_place(m.group("place"), alternates=False)
        return (res.city is not None or res.country is not None) and not res.problem
    return False


def _sequence_dates(description: Span, dated: DateRange) -> DateRange | None:
    text = description.exact
    rel = dated.span.start - description.start
    s = max(text.rfind(". ", 0, rel), text.rfind("\n", 0, rel)) + 1
    e = min((x for x in (text.find(". ", rel), text.find("\n", rel)) if x >= 0), default=len(text))
    sentence = text[s:e]
    if mentions_yearless_date(text[:s] + text[e:]):
        return None  # other days elsewhere in the description: not only this sequence
    if not _SEQUENCE_VERB.search(blocks.fold_keep(sentence)):
        return None
    return sentence_range(sentence, description.start + s)


_SEQUENCE_VERB = re.compile(r"\b(took place|take place|will be held|was held|were held|se llevo a cabo|"
                            r"se llevaron a cabo|se realizo|se realizaron|tuvo lugar|tuvieron lugar)\b")


_EVENT_NOUN = re.compile(
    r"\b(?:this|the|el|la|este|esta|dicho|dicha)\s+(?:[a-z]+\s+)?(?:workshop|meeting|event|seminar|forum|training|"
    r"conference|webinar|course|session|taller|reunion|evento|seminario|foro|capacitacion|conferencia|curso|"
    r"sesion|encuentro|jornada)\b")
_TAKES_PLACE = re.compile(
    r"\b(?:will take place|will be held|takes place|is held|took place|was held|will be carried out|"
    r"was carried out|was conducted|will be conducted|is scheduled|se llevara a cabo|se realizara|tendra lugar|"
    r"se celebrara|se llevo a cabo|se realizo|se celebro|tuvo lugar|se desarrollo|se desarrollara|se efectuo|"
    r"se efectuara|se lleva a cabo|se realiza|esta programad[oa]|"
    # issue 13: a course or training given ("Se impartió del 29 de noviembre de 2021 al 14 de enero de 2022")
    r"se impartio|se dicto|se ofrecio|was delivered|was taught|was offered|was given)\b")
# A preposition just before an event noun: the noun is a complement ("los acuerdos de la reunión").
_PREPOSITION = re.compile(r"\b(?:of|for|to|from|at|in|on|with|after|before|de|del|para|a|al|en|desde|con|tras)\s+$")
_RELATIVE = re.compile(r"\b(?:que|which|that|who|quien|cual|donde|where)\s+(?:[a-z]+\s+)?$")
# issue 13 (rules4): verbs (finite or participle) of doing an event: what the event's own sentence
# says was done to it, before its date.
_DOING = re.compile(
    r"\b(?:hosted|organi[sz]ed|conducted|delivered|convened|held|given|offered|run|realizad[oa]|"
    r"celebrad[oa]|organizad[oa]|convocad[oa]|impartid[oa]|dictad[oa]|desarrollad[oa]|efectuad[oa]|"
    r"llevad[oa] a cabo|realizo|organizo|convoco|celebro)\b")
# the event named bare at a sentence's start, after an optional "Comments:" label, maybe after one
# or two qualifying words ("Vice-Ministerial Meeting", "Online consultation")
_BARE_EVENT_START = re.compile(
    r"^\s*(?:[a-z]+\s*:\s*)?(?:(?:the|a|an|el|la|una?)\s+)?(?:[a-z][a-z-]*\s+){0,2}(?:workshop|meeting|event|"
    r"seminar|forum|training|conference|webinar|course|session|dialogue|consultation|activity|"
    r"exchange|taller|reunion|evento|seminario|foro|capacitacion|conferencia|curso|sesion|encuentro|jornada|"
    r"conversatorio|dialogo|intercambio|mesa|consulta|actividad|programa|programme|program|diplomado)\b")
_LABEL_LEAD = re.compile(r"^\s*(?:[a-z]+\s*:\s*)?")
# participles of doing an event, said of the event itself ("Organizado por …", "Funded by …");
# also locations._BARE_PARTICIPLE's
PARTICIPLES_OF_DOING = (r"organi[sz]ed|organizad[oa]s?|convened|convocad[oa]s?|coordinated|coordinad[oa]s?|sponsored|"
                        r"auspiciad[oa]s?|funded|financed|financiad[oa]s?|patrocinad[oa]s?|supported|apoyad[oa]s?|"
                        r"delivered|impartid[oa]s?|facilitated|facilitad[oa]s?")
# a participle of holding the event, the event itself its subject, at the sentence's start
_BARE_HELD = re.compile(r"\s*(?:held|hosted|conducted|organi[sz]ed|realizad[oa]|celebrad[oa]|llevad[oa] a cabo|"
                        r"efectuad[oa]|desarrollad[oa]|"
                        # rules5 (batch 13): "Comentarios: Organizado por …, el 4 de abril de 2019"
                        + PARTICIPLES_OF_DOING + r")\b")
_RELATIVE_ANY = re.compile(r"\b(?:que|which|that|who|quien|cual|donde|where|after|before|tras|despues|antes)\b")
_MODE_THEN_DATE = re.compile(r"\s*(?:online|virtual|en linea|hybrid|hibrid[oa]|in person|presencial)\s*[,:|-]\s*")
# issue 13 (fields15): the place may be a city and its country, after a comma or in brackets ("Santa Ana, El Salvador,
# …", "San José (Costa Rica), …"), or a way of meeting online ("Por videoconferencia, …"); a spaced dash or a bar may
# set the date apart ("Lima, Peru — 5-6 December 2023")
_PLACE_THEN_DATE = re.compile(r"\s*[a-z][\w .'-]{1,60}?(?:,\s*[a-z][\w .'-]{1,40}?|\s*\([a-z][\w .'-]{1,40}\))?"
                              r"(?:,\s*|\s+[—–-]\s+|\s*\|\s*)")
# the event as what a body hosted ("fue anfitriona del taller", "was the host of the meeting")
_HOSTED_EVENT = re.compile(r"\b(?:anfitrion[ae]?s?\s+(?:del|de\s+la|de\s+este|de\s+esta)|hosts?\s+of\s+(?:the|this))\s+"
                           r"(?:[a-z]+\s+)?(?:workshop|meeting|event|seminar|forum|training|conference|course|"
                           r"session|taller|reunion|evento|seminario|foro|capacitacion|conferencia|curso|sesion|"
                           r"encuentro|jornada)\b")
_DATE_OPENERS = {"on", "from", "between", "el", "los dias", "desde", "entre"}
# issue 13 (fields4): see _dates_this_event
_EVENT_NOUNS = (r"workshop|meeting|event|seminar|forum|training|conference|congress|webinar|course|session|dialogue|"
                r"exchange|consultation|symposium|taller|reunion|evento|seminario|foro|capacitacion|conferencia|"
                r"congreso|curso|sesion|encuentro|jornada|dialogo|intercambio|consulta|simposio|conversatorio")
_DID_TITLED_EVENT = re.compile(
    r"\b(?:hosted|organi[sz]ed|convened|held|acogio|organizo|convoco|celebro|realizo|fue anfitrion[a]? de)\s+"
    r"(?:the|its|a|an|el|la|su|una?|del)\s+(?:[\w-]+\s+){0,4}?(?:" + _EVENT_NOUNS + r")\b")
_OTHER_EVENT_BEFORE = re.compile(
    r"\b(?:of|for|to|from|at|in|on|with|after|before|de|del|para|a|al|en|desde|con|tras)\s+(?:(?:the|el|la|this|that|"
    r"este|esta|dicho|dicha|a|an|una?)\s+)?(?:[\w-]+\s+)?(?:" + _EVENT_NOUNS + r")\s*,?\s*$")
_DONE_EVENT = re.compile(
    r"\b(?:hosted|organi[sz]ed|convened|held|conducted|acogio|organizo|convoco|celebro|realizo|fue anfitrion[a]? de)\s+"
    r"(?:the|this|its|a|an|el|la|este|esta|su|una?|del)\s+(?:[a-z-]+\s+)?(?:workshop|meeting|event|seminar|forum|"
    r"training|conference|webinar|course|session|dialogue|taller|reunion|evento|seminario|foro|capacitacion|"
    r"conferencia|curso|sesion|encuentro|jornada|dialogo)\b")
# What may stand between a verb of taking place and its own date: "on", "el", "los días", "del", "from"…
_PLACE_COMPLEMENT = re.compile(r"\s*(?:in|en)\s+(?:(?:la|el|the)\s+)?(?P<place>[a-z][\w.'-]*(?:\s+[a-z][\w.'-]*){0,3}?)"
                               r"\s*,?\s+(?=(?:on|from|between|el|los|las|del|desde|entre|\d))")
# issue 13 (where): see _dates_this_event
_THIS_EVENT_HELD = re.compile(
    r"\b(?:this|este|esta|dicho|dicha)\s+(?:[a-z-]+\s+){0,2}?(?:workshop|meeting|event|seminar|forum|training|"
    r"conference|webinar|course|session|dialogue|taller|reunion|evento|seminario|foro|capacitacion|conferencia|"
    r"curso|sesion|encuentro|jornada|dialogo)\s*,?\s+(?:which was\s+|que se\s+)?(?:held|conducted|hosted|"
    r"realizad[oa]|celebrad[oa]|llevad[oa] a cabo|efectuad[oa]|desarrollad[oa]|realizo|celebro|llevo a cabo)\s+")
_HELD_GAP = re.compile(r"(?:(?:in|en|at)\s+[^,.;()]{1,60}?,?\s+)?"
                       r"(?:(?:on|from|between|during|el|los|las|dias|del|desde|entre|durante)\s+)*")
_DATE_COMPLEMENT = re.compile(r"\s*(?:(?:on|from|between|during|el|los|las|dias|del|desde|entre|durante)\s+)*")


def build_event(
    ctx: Ctx,
    ordinal: int,
    *,
    span: Span,
    titles: tuple[Title, ...],
    subtitle: Title | None = None,
    body: list[Line] = (),  # type: ignore[assignment]
    place: PlaceMention | None = None,
    online: bool = False,
    venue: Span | None = None,
    dates: DateRange | None = None,
    coordinating: Span | None = None,
    documents: tuple[str, ...] = (),
    title_line: int | None = None,
) -> EventRecord:
    description, sections, objectives = structure(ctx, list(body))
    kind_hit = edition_hit = None
    kind_title = edition_title = None
    ordered = sorted(titles, key=lambda t: t.lang != "en")
    for t in ordered:
        kind_hit = event_kind(t.text if t.text == t.span.exact else t.span.exact)
        if kind_hit:
            kind_title = t
            break
    for t in ordered:
        edition_hit = detect_edition(t.span.exact, site=ctx.site)
        if edition_hit:
            edition_title = t
            break
    kind_span = None
    if kind_hit and kind_title:
        base = kind_title.span.start
        kind_span = Span.of(ctx.page.text, base + kind_hit.start, base + kind_hit.end)
        online = online or kind_hit.online
    edition = None
    if edition_hit and edition_title:
        base = edition_title.span.start
        edition = Edition(edition_hit.number, edition_hit.series, edition_hit.label_en, edition_hit.label_es,
                          Span.of(ctx.page.text, base + edition_hit.start, base + edition_hit.end))
    if place is not None and place.online:
        online = True
    if not titles:
        ctx.warn(title_line, "event without a title", span.exact[:80])
    return EventRecord(
        ordinal=ordinal, span=span, titles=titles, subtitle=subtitle,
        kind=kind_hit.kind if kind_hit else None, kind_span=kind_span, edition=edition,
        description=description, sections=sections, objectives=objectives, place=place, venue=venue,
        dates=dates, online=online, coordinating=coordinating, documents=documents,
    )
