"""Where an event took place and how it was attended, from its location fields.

Shared by the layouts that print labelled location fields ("Ciudad"/"City",
"Lugar"/"Venue"/"Sede", "Modalidad"/"Mode"). The rules:

- a city field names the place (:func:`~rcpkg.loaders.layouts.assemble.place_of`);
  one that names no known place but a venue ("Ciudad: Hotel Sheraton") is the
  venue;
- a venue field is a venue only when it is plausibly a venue's name
  (:func:`~rcpkg.loaders.places.read_venue`): "Virtual", "Online", "En línea",
  "Virtual (Zoom)", "Webinar" are the online mode, not a place; "Híbrido" /
  "Hybrid" the mixed mode (with the city it names, if any); "San José /
  Virtual" that city and the online mode; a city or country
  is the place (when no city field gave one); a value cut short ("Lugar: Hot",
  "Hotel de", or a value the page stops in without a line break) or that is no
  name (a date, an address) is dropped with a warning naming the page, line and
  text — never stored as a venue.
"""

from __future__ import annotations

from rcpkg.loaders.layouts import labels
from rcpkg.loaders.layouts.blocks import fold_keep, span as text_span

import re
from dataclasses import dataclass, replace

from rcpkg.loaders.layouts.assemble import PARTICIPLES_OF_DOING, Ctx, place_of
from rcpkg.loaders.dates import date_line
from rcpkg.loaders.places import looks_like_place, read_venue, resolve_place
from rcpkg.loaders.records import EventRecord, PlaceMention, Span


@dataclass
class Location:
    """What an event's location fields said, as they are read one by one."""

    place: PlaceMention | None = None
    venue: Span | None = None
    online: bool = False
    hybrid: bool = False
    mode: Span | None = None  # the text stating the attendance mode, when it is not the place's

    def apply(self, event: EventRecord) -> EventRecord:
        """`event` with the attendance mode these fields state (the place and venue are given
        to :func:`~rcpkg.loaders.layouts.assemble.build_event` directly)."""
        changes: dict = {}
        if self.hybrid or (self.place is not None and self.place.hybrid):
            changes["hybrid"] = True
        if self.mode is not None:
            changes["mode"] = self.mode
        return replace(event, **changes) if changes else event


def meta_parts(ctx: Ctx, loc: Location, meta, text: str, line: int | None, title: str, dates):
    """The parts of a place-and-date line ("12 March 2019 | Lima, Peru", a ``heads.Meta``): its place
    into ``loc`` unless the event already has one or is online, and its dates unless ``dates`` already
    holds some. Returns the dates."""
    for part in meta.parts if meta else ():
        sp = text_span(text, part.start, part.end)
        if sp is None:
            continue
        if part.kind == "place" and loc.place is None and not loc.online:
            city_field(ctx, loc, sp, line, title)
        elif part.kind == "date" and dates is None:  # (a range with a spaced dash: see heads.range_line)
            from rcpkg.loaders.layouts.heads import range_line

            dates = range_line(sp.exact, sp.start, order=ctx.date_order)
        elif part.kind == "date" and part.edge == "end" and dates is not None and dates.end is None \
                and any(p.kind == "date" and p.start <= dates.span.start < p.end for p in meta.parts):
            # issue 13 (listing37b): the cell labelled as the range's end ("Starts: … — Ends: Wed 8 Mar 2017",
            # "Inicio: … · Fin: …") after the line's first date: the range's last day, both quoted
            from dataclasses import replace

            from rcpkg.loaders.layouts.heads import range_line

            end = range_line(sp.exact, sp.start, order=ctx.date_order)
            if end is not None and end.end is None and end.start > dates.start:
                dates = replace(dates, end=end.start, parts=(*dates.parts, end.span))
        elif part.kind == "date" and dates.end is None and dates.start is not None:
            # issue 13 (listing37a): a start cell, then an end cell ("Inicio: 19/09/2018 09:00 · Fin: 21/09/2018
            # 13:00 · Guatemala", "Start: 3 May 2021 | End: 5 May 2021"): one range, as on two lines
            from rcpkg.loaders.dates import end_date_line

            dates = end_date_line(dates, sp.exact, sp.start, order=ctx.date_order) or dates
    return dates


def city_field(ctx: Ctx, loc: Location, sp: Span, line: int | None, title: str) -> None:
    """A city (or country) field: the place, the online or hybrid mode, or a venue's name."""
    res = resolve_place(sp.exact)
    if not res.resolved and loc.venue is None:
        reading = read_venue(sp.exact)
        if reading.kind == "venue" and reading.named:
            loc.venue = sp
            return
    place, online = place_of(ctx, sp, line, title)
    if place is not None and (place.city_geonameid or place.country_code or place.online or place.hybrid):
        if loc.place is None or not (loc.place.city_geonameid or loc.place.country_code):
            loc.place = place
        loc.hybrid = loc.hybrid or place.hybrid
    loc.online = loc.online or online


def venue_field(ctx: Ctx, loc: Location, sp: Span, line: int | None, title: str) -> None:
    """A venue field: a venue's name, or what :func:`read_venue` says it is instead."""
    reading = read_venue(sp.exact)
    if reading.kind == "none":
        return
    if reading.kind == "venue" and _ends_the_page(ctx, sp):
        ctx.warn(line, f"venue not stored (cut short: the page ends with it) for event {title!r}", sp.exact)
        return
    if reading.kind == "venue" and not reading.named and loc.place is None \
            and (res := resolve_place(sp.exact)).city is not None and not res.problem:
        # issue 13 (fields15): a place in another language's spelling of its city ("Lugar: Manaos, Brasil"), which
        # only the gazetteer's alternate names know: the place, not a venue
        city_field(ctx, loc, sp, line, title)
        return
    if reading.kind == "venue":
        loc.venue = sp
        return
    if reading.kind == "online":
        loc.online = True
        loc.mode = loc.mode or sp
    if reading.kind == "hybrid":
        loc.hybrid = True
        loc.mode = loc.mode or sp
    if reading.kind in ("place", "hybrid", "online"):
        res = reading.resolution
        if res is None or (res.city is None and res.country is None):
            return
        if loc.place is None or not (loc.place.city_geonameid or loc.place.country_code):
            place, _ = place_of(ctx, sp, line, title)
            if place is not None:
                loc.place = place
        elif not _same_place(loc.place, res):
            ctx.warn(line, f"venue names another place than the city for event {title!r} (not stored)", sp.exact)
        return
    ctx.warn(line, f"venue not stored ({reading.reason}) for event {title!r}", sp.exact)


def _ends_the_page(ctx: Ctx, sp: Span) -> bool:
    """Whether the page stops right after `sp`, without even a line break: a page saved whole
    ends with a new line or a footer; one cut off while saving stops mid-value."""
    return sp.end == len(ctx.page.text) and not ctx.page.text.endswith(("\n", "\r"))


def mode_field(ctx: Ctx, loc: Location, sp: Span, line: int | None, title: str) -> None:
    """A "Modalidad:" / "Mode:" field: online, hybrid or in person (with a place, maybe)."""
    res = resolve_place(sp.exact)
    if res.online or res.hybrid:
        loc.online = loc.online or res.online
        loc.hybrid = loc.hybrid or res.hybrid
        loc.mode = loc.mode or sp
    if res.city or res.country:
        if loc.place is None:
            loc.place, _ = place_of(ctx, sp, line, title)
    elif not (res.online or res.hybrid or IN_PERSON.fullmatch(sp.exact.strip())):
        ctx.warn(line, f"attendance mode not understood for event {title!r}", sp.exact)


IN_PERSON = re.compile(r"(modalidad\s+)?(presencial(es)?|in[- ]person|face[- ]to[- ]face|on[- ]site|onsite)\.?",
                        re.IGNORECASE)


def _same_place(place: PlaceMention, res) -> bool:
    if res.city is not None and place.city_geonameid:
        return res.city.geonameid == place.city_geonameid
    code = res.country.iso2 if res.country is not None else (res.city.country_code if res.city else None)
    return code == place.country_code


# --- a place stated in running text (a country page's event) ------------------------------------

CITY_LABEL = re.compile(r"^\s*(city|ciudad|town)\s*:\s*", re.IGNORECASE)
VENUE_LABEL = re.compile(r"^\s*(venue|place|lugar|sede|location|ubicaci[oó]n)\s*:\s*", re.IGNORECASE)
MODE_LABEL = re.compile(r"^\s*(modalidad|modality|attendance(?: mode)?|mode)\s*:\s*", re.IGNORECASE)

# A finite "took place / was held" verb (a participle "the meeting held in …" often names another
# event), then "in"/"en" and the place; or the online mode.
_HELD = (r"(?:took place|takes place|will take place|is taking place|was held|were held|is held|are held|"
         r"will be held|is being held|was carried out|will be carried out|was hosted|will be hosted|"
         r"se llev[oó] a cabo|se llevar[aá] a cabo|se lleva a cabo|se realiz[oó]|se realizar[aá]|se realiza|"
         r"tuvo lugar|tendr[aá] lugar|tiene lugar|se celebr[oó]|se celebrar[aá]|se celebra|"
         r"se desarroll[oó]|se desarrollar[aá]|fue realizad[oa]|ser[aá] realizad[oa]|fue celebrad[oa])")
_HELD_IN = re.compile(rf"(?<!\w){_HELD}\s+(?:in|en|at)\s+(?:(?:la|el|the)\s+)?", re.IGNORECASE)
_HELD_ONLINE = re.compile(
    rf"(?<!\w){_HELD}\s+(?:virtually|online|on-line|remotely|virtualmente|en l[ií]nea|"
    r"(?:de (?:manera|forma)|en modalidad|bajo (?:la )?modalidad|por|mediante|via|v[ií]a)\s+"
    r"(?:virtual|en l[ií]nea|videoconferencia|zoom|teams)|in (?:a )?virtual (?:format|mode|session)|"
    r"in (?:an )?online (?:format|mode|session))(?!\w)",
    re.IGNORECASE,
)
# --- issue 13 (rules4): the event itself followed by its place ("X hosted the workshop in Panama
# City from …", "anfitriona del taller, realizado en Asunción del …"). The event noun must not be
# a complement ("the agreements of the meeting in Lima" names another meeting), unless a host
# phrase governs it ("anfitriona del taller").
_EVENT_IN = re.compile(
    r"(?<!\w)(?:the|this|el|la|este|esta|del|al)\s+(?:workshop|meeting|event|seminar|forum|training|conference|"
    r"webinar|course|session|dialogue|exchange|consultation|taller|reunion|evento|seminario|foro|capacitacion|"
    r"conferencia|curso|sesion|encuentro|jornada|conversatorio|dialogo|intercambio|consulta)"
    r"(?:\s+(?!(?:in|en|de|of|del|the|la|el)\b)[a-z-]+(?=\s*,\s*(?:realizad|celebrad|held|conducted)))?\s*,?\s+"
    r"(?:(?:realizad[oa]|celebrad[oa]|held|conducted|organi[sz]ed|organizad[oa])\s+)?(?:in|en)\s+(?:(?:la|el|the)\s+)?")
_OTHER_EVENT = re.compile(r"\b(?:of|for|to|from|after|before|at|in|on|with|de|para|tras|sobre|en|con)\s+$")
_HOST_OF = re.compile(r"\b(?:anfitrion[ae]?s?|hosts?)\s+(?:(?:of|de)\s+)?$")


def _own_event(folded: str, m: re.Match) -> bool:
    """Whether the event noun `m` starts with is this event, not a complement naming another."""
    before = folded[:m.start()]
    if _HOST_OF.search(before):
        return True
    return not folded.startswith(("del ", "al "), m.start()) and not _OTHER_EVENT.search(before)


# a sentence whose subject is the event, named bare at its start (after a "Comments:" label), and a
# place right before a date in it: the event's place ("Seminar delivered by X in David, on 9 November 2021")
_BARE_EVENT = re.compile(
    r"^\s*(?:[a-z]+\s*:\s*)?(?:workshop|meeting|seminar|forum|training|conference|webinar|course|session|"
    r"dialogue|exchange|consultation|taller|reunion|seminario|foro|capacitacion|conferencia|curso|sesion|"
    r"encuentro|jornada|conversatorio|dialogo|intercambio|consulta)\b"
    # issue 13 (country prose): one qualifying word first ("Hybrid meeting", "Three-day workshop"), or an
    # event, activity or programme named bare ("Evento organizado en Arequipa el 3 de mayo de 2019 …")
    r"|^\s*(?:[a-z]+\s*:\s*)?(?:(?:a|an|un|una)\s+)?(?:(?!(?:the|this|a|an|el|la|los|las|este|esta|una?|next|previous|following|last|proxima|proximo|siguiente|anterior|pasad[oa])\s)[a-z][a-z-]+\s+)?(?:workshop|meeting|seminar|forum|training|conference|webinar|"
    r"course|session|dialogue|exchange|consultation|taller|reunion|seminario|foro|capacitacion|conferencia|curso|"
    r"sesion|encuentro|jornada|conversatorio|dialogo|intercambio|consulta|event|activity|evento|actividad|"
    r"programa|programme|program|diplomado)\b")
_MONTHS = (r"(?:january|february|march|april|may|june|july|august|september|october|november|december|"
           r"enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)\b")
_IN_BEFORE_DATE = re.compile(
    r"(?<!\w)(?:in|en)\s+(?:(?:la|el|the)\s+)?(?:(?:ciudad|city)\s+(?:de|of)\s+)?"
    r"(?=[A-ZÁÉÍÓÚÑ][\w.'’-]*(?:\s+(?:(?:de|del)\s+)?[A-ZÁÉÍÓÚÑ][\w.'’-]*){0,3}"
    # issue 13 (country prose): its country after it ("Iquique, Chile,", "Cusco (Peru)")
    r"(?:\s*\([A-ZÁÉÍÓÚÑ][^()]{1,30}\)|,\s+[A-ZÁÉÍÓÚÑ][\w.'’-]*(?:\s+[A-ZÁÉÍÓÚÑ][\w.'’-]*){0,2}(?=,))?,?\s+"
    r"(?:(?:on|from|between|el|del|los\s+d[ií]as|entre|in|en)\s+)?(?:\d|(?i:" + _MONTHS + r")|(?i:(?:lunes|martes|"
    r"mi[eé]rcoles|jueves|viernes|monday|tuesday|wednesday|thursday|friday)\b)))")
# --- issue 13 (rules5) -----------------------------------------------------------------------
_BARE_NOUNS = (r"workshop|meeting|seminar|forum|training|conference|webinar|course|session|dialogue|exchange|"
               r"consultation|event|activity|taller|reunion|seminario|foro|capacitacion|conferencia|curso|sesion|"
               r"encuentro|jornada|conversatorio|dialogo|intercambio|consulta|evento|actividad|"
               r"programa|programme|program|diplomado")  # issue 13: "Programa en línea, del 4 de octubre …"
# the event named bare, in its online mode, at the sentence's start
_BARE_ONLINE = re.compile(
    r"^\s*(?:[a-z]+\s*:\s*)?(?:(?P<mode>online|virtual)\s+(?:[a-z-]+\s+)?(?:" + _BARE_NOUNS + r")|"
    r"(?:[a-z-]+\s+)?(?:" + _BARE_NOUNS + r")\s+(?P<mode2>virtual|en linea|online))\b")
# the event named bare, then a participle of holding it and its place ("Reunión celebrada en Tegucigalpa")
_BARE_HELD_IN = re.compile(
    r"(?:^\s*(?:[a-z]+\s*:\s*)?(?:[a-z-]+\s+)?(?:" + _BARE_NOUNS + r"))\s+(?:[a-z-]+\s+)?"
    r"(?:realizad[oa]|celebrad[oa]|held|conducted|hosted|llevad[oa] a cabo|efectuad[oa]|desarrollad[oa])\s+"
    r"(?:in|en)\s+(?:(?:la|el|the)\s+)?")
# a participle of holding the event opening a sentence, its subject the event ("Held in Panama City on …")
_HELD_FIRST_IN = re.compile(r"(?:^\s*(?:[a-z]+\s*:\s*)?|[.;]\s+)(?:held|realizad[oa]|celebrad[oa]|llevad[oa] a cabo|"
                            # issue 13: "Convened in Bogotá by …", "Organizado en Lima por …"
                            + PARTICIPLES_OF_DOING + r"|hosted|conducted)\s+(?:in|en)\s+(?:(?:la|el|the)\s+)?")
_HELD_VERB = re.compile(rf"(?<!\w){_HELD}\s+", re.IGNORECASE)
_THEN_IN = re.compile(r"[\s,]+(?:in|en)\s+(?:(?:la|el|the)\s+)?", re.IGNORECASE)


_SENTENCE_START = re.compile(r"(?:^\s*(?:[A-Za-zÁÉÍÓÚáéíóú]+\s*:\s*)?|[.;]\s+)(?=[A-ZÁÉÍÓÚÑ])")


_DATE_APART = re.compile(r",|\s[—–|-]\s")


def _place_date_sentence(text: str) -> list[re.Match]:
    """A sentence that is only a place and a date ("Cusco, 4 July 2022.", "Santa Ana, El Salvador, 6 de septiembre de
    2017."): the match ends where the place starts."""
    from rcpkg.loaders.dates import find_dates

    out = []
    for m in _SENTENCE_START.finditer(text):
        end = text.find(".", m.end())
        sentence = text[m.end():end if end >= 0 else len(text)]
        if len(sentence) > 90 or not _DATE_APART.search(sentence):
            continue
        found = find_dates(sentence)
        # issue 13 (fields15): the place may be a city and its country ("Santa Ana, El Salvador, 6 de septiembre de
        # 2017"), the date set apart by a spaced dash or a bar ("Lima, Peru — 5-6 December 2023"): the date is all
        # after the last comma, dash or bar before it
        cut = [m.end() for m in _DATE_APART.finditer(sentence, 0, found[0].span.start)] if len(found) == 1 else []
        if cut and cut[-1] > 1 and sentence[cut[-1]:].strip() == found[0].span.exact.strip():
            out.append(m)
    return out


# a sentence opening with a participle of doing the event, the event itself its subject
_BARE_PARTICIPLE = re.compile(
    r"^\s*(?:[a-z]+\s*:\s*)?(?:" + PARTICIPLES_OF_DOING + r"|hosted|conducted)\s+(?:by|por)\b")
# ", en Santa Ana," / ", in Tijuana." : a place set off by commas, before a comma, a date or the sentence's end
_COMMA_IN = re.compile(r",\s+(?:in|en)\s+(?:(?:la|el|the)\s+)?(?:(?:ciudad|city)\s+(?:de|of)\s+)?(?=[A-ZÁÉÍÓÚÑ][\w.'’-]*(?:\s+(?:(?:de|del)\s+)?"
                       r"[A-ZÁÉÍÓÚÑ][\w.'’-]*){0,3}\s*(?:[,.;]|$))")


_IN_CLOSED = re.compile(r"(?<!\w)(?:in|en)\s+(?:(?:la|el|the)\s+)?(?:(?:ciudad|city)\s+(?:de|of)\s+)?"
                        r"(?=[A-ZÁÉÍÓÚÑ][\w.'’-]*(?:\s+(?:(?:de|del)\s+(?:(?:la|los|las)\s+)?)?[A-ZÁÉÍÓÚÑ][\w.'’-]*){0,3}"
                        r"\s*(?:[,;]|\.(?:\s|$)|$))")
_IN_AFTER = re.compile(r"(?:\)|(?<![\w'’-])[a-záéíóúñ][\w'’-]*)\s+$")


_OPENER = re.compile(r"\s*(?:[A-Za-zÁÉÍÓÚáéíóú]+\s*:\s*)?(?:(?:on|from|between|el|los d[ií]as|del|desde|entre)\s+)?$",
                     re.IGNORECASE)


def _opens_with_date(text: str) -> bool:
    """Whether the text's first sentence opens with a date phrase ("On 11 and 12 July 2017, …",
    "Del 3 al 5 de mayo de 2019 …"), after an optional label."""
    from rcpkg.loaders.dates import date_phrases

    found = date_phrases(text[:120])  # issue 13 (fields15): "El 11/07/2018, en …" (the day's reading aside)
    return bool(found) and bool(_OPENER.fullmatch(text[:found[0][0]]))


def _date_then_in(text: str) -> list[re.Match]:
    """A date phrase, then "in"/"en" and the place ("on 12-13 March 2018 in Puebla")."""
    from rcpkg.loaders.dates import date_phrases

    out = []
    for _start, end in date_phrases(text):  # issue 13 (fields15): a numeric date that reads two ways too
        m = _THEN_IN.match(text, end)
        if m:
            out.append(m)
    return out


# issue 13 (country prose): a participle of holding the event, its subject the event itself: opening the
# sentence ("Held on 12 May 2019 in Asunción", "Realizado los días 12 y 13 de marzo de 2020 en San José")
# or after the event named bare ("Encuentro realizado el 4 de julio de 2022 en Tacna")
_HELD_PARTICIPLE = (r"(?:held|conducted|realizad[oa]|celebrad[oa]|llevad[oa] a cabo|efectuad[oa]|desarrollad[oa])")
_PARTICIPLE_FIRST = re.compile(r"(?:^\s*(?:[A-Za-zÁÉÍÓÚáéíóú]+\s*:\s*)?|[.;]\s+)" + _HELD_PARTICIPLE + r"\s+",
                               re.IGNORECASE)
# the online mode said by a participle of holding the event ("Reunión realizada por videoconferencia",
# "Meeting held via Zoom") or as a phrase of the bare event's sentence ("… en modalidad virtual")
_ONLINE_PHRASE = (r"(?:virtually|online|on-line|remotely|virtualmente|en linea|"
                  r"(?:de (?:manera|forma)|en modalidad|bajo (?:la )?modalidad|por|mediante|via)\s+"
                  r"(?:virtual|en linea|videoconferencia|zoom|teams)|in (?:a )?virtual (?:format|mode|session)|"
                  r"in (?:an )?online (?:format|mode|session)|by videoconference|via videoconference)(?!\w)")
_PARTICIPLE_ONLINE = re.compile(r"(?<!\w)(?:" + _HELD_PARTICIPLE[3:-1] + r"|delivered|offered|given|taught|"
                                r"impartid[oa]|dictad[oa]|ofrecid[oa])\s+(?P<mode>" + _ONLINE_PHRASE + ")")
_MODE_PHRASE = re.compile(r"(?<!\w)(?P<mode>(?:en|bajo (?:la )?) modalidad virtual|de (?:manera|forma) virtual|"
                          r"in (?:a )?virtual format|in (?:an )?online format|por videoconferencia|"
                          r"by videoconference|via zoom)(?!\w)")


def _held_date_in(text: str, folded: str) -> list[re.Match]:
    """"se realizó del 3 al 5 de mayo de 2019 en Tapachula", "was held on 3 May 2019 in Quito": a
    verb of taking place, its date, then "in"/"en" and the place."""
    from rcpkg.loaders.dates import find_dates

    out = []
    verbs = list(_HELD_VERB.finditer(text)) + list(_PARTICIPLE_FIRST.finditer(text))
    if _BARE_EVENT.match(folded):
        verbs += [m for m in re.finditer(r"(?<!\w)" + _HELD_PARTICIPLE + r"\s+", folded[:160])][:1]
    for v in verbs:
        found = find_dates(text[v.end():v.end() + 80])
        if not found or text[v.end():v.end() + found[0].span.start].strip(" ,").lower() not in {
                "", "on", "from", "el", "del", "los dias", "los días", "between", "entre", "desde"}:
            continue
        m = _THEN_IN.match(text, v.end() + found[0].span.end)
        if m:
            out.append(m)
    return out
_MODE_DATE_START = re.compile(r"^\s*(?:[A-Za-zÁÉÍÓÚáéíóú]+\s*:\s*)?(?P<mode>online|virtual|en l[ií]nea|"
                              # issue 13 (fields15): "Por videoconferencia, martes 10 de octubre de 2017", "By
                              # videoconference, 3 May 2021"
                              r"(?:por|by|via|vía) (?:videoconferencia|videoconference|video ?conference|zoom))"
                              r"\s*(?:,|\s[—–|-])\s*(?=\d|(?i:"
                              + _MONTHS + r")|(?i:(?:lunes|martes|mi[eé]rcoles|jueves|viernes|monday|tuesday|"
                              r"wednesday|thursday|friday)\b))", re.IGNORECASE)
_INLINE_PLACE = re.compile(r"(?:^|[.;:]\s+)(?:place|lugar|sede|venue|location|city|ciudad|ubicaci[oó]n|modalidad|mode)"
                           r"\s*:\s*(?P<v>[^.;:\n]{2,60}?)\s*(?=[.;]\s|[.;]?$)", re.IGNORECASE)
_PLACE_WORD = re.compile(r"[\w.'’-]+|,", re.UNICODE)
_PLACE_STOP = re.compile(r"[;:()\[\]\n]|\.(?:\s|$)")


# --- issue 13 (where) -------------------------------------------------------------------------------
# a place said to be the event's venue: "la ciudad de Salta fue sede del Encuentro", "Lima será la sede de la
# reunión", "the city of Cusco was the venue of the workshop", "Asunción hosted the meeting" is not (a country
# or body hosts as a role); the event noun right after, with a definite or demonstrative article
_SEAT_OF = re.compile(
    r"(?:(?:la\s+)?ciudad\s+de\s+|(?:the\s+)?city\s+of\s+)?"
    r"(?P<p>[A-ZÁÉÍÓÚÑ][\w.'’-]*(?:\s+(?:(?:de|del)\s+(?:(?:la|los|las)\s+)?)?[A-ZÁÉÍÓÚÑ][\w.'’-]*){0,3}"
    r"(?:,\s+[A-ZÁÉÍÓÚÑ][\w.'’-]*(?:\s+[A-ZÁÉÍÓÚÑ][\w.'’-]*){0,2},?)?)\s+"
    r"(?:fue|ser[aá]|es|ha sido|was|will be|is|has been|became)\s+(?:(?:la|el|the)\s+)?"
    r"(?:sede|ciudad sede|ciudad anfitriona|venue|host city|seat)\s+(?:del|de\s+la|de\s+(?:este|esta|dicho|dicha)|"
    r"of\s+(?:the|this)|for\s+(?:the|this))\s+(?P<w1>[\w-]+)(?:\s+(?P<w2>[\w-]+))?")
_SEAT_NOUN = re.compile(r"(?:" + _BARE_NOUNS + r"|conference|congress|congreso|cumbre|summit|mesa|(?:\w+\s+)?(?:meeting|"
                        r"workshop|conference))")
# a verb of taking place, its date, then the online mode ("took place on 9 June 2021 by videoconference",
# "se realizó el 4 de mayo de 2020 de manera virtual")
_ONLINE_AFTER = re.compile(r"\s*,?\s*(?P<mode>virtually|online|on-line|remotely|virtualmente|en l[ií]nea|"
                           r"(?:de (?:manera|forma)|en modalidad|bajo (?:la )?modalidad|por|mediante|via|v[ií]a|by)\s+"
                           r"(?:virtual|en l[ií]nea|videoconferencia|videoconference|zoom|teams)|"
                           r"in (?:a )?virtual (?:format|mode|session)|in (?:an )?online (?:format|mode|session))(?!\w)",
                           re.IGNORECASE)
# the event, in its online mode, as what a body convened the others to ("convened the members … to a virtual
# meeting", "convocó a los países a una reunión virtual"): only when the title names the same kind of event
_CONVENED_TO_ONLINE = re.compile(
    r"\b(?:convened|invited|called|convoc[oó]|invit[oó]|reuni[oó])\b[^.;]{0,120}?\b(?:to|into|for|a|en|para)\s+"
    r"(?:(?:a|an)\s+(?P<mode>virtual|online)\s+(?P<noun>[a-z]+)|(?:una?)\s+(?P<noun2>[a-záéíóú]+)\s+"
    r"(?P<mode2>virtual|en l[ií]nea))\b", re.IGNORECASE)


def _held_date_online(text: str) -> re.Match | None:
    from rcpkg.loaders.dates import find_dates

    for v in _HELD_VERB.finditer(text):
        found = find_dates(text[v.end():v.end() + 80])
        if not found or text[v.end():v.end() + found[0].span.start].strip(" ,").lower() not in {
                "", "on", "from", "el", "del", "los dias", "los días", "between", "entre", "desde"}:
            continue
        m = _ONLINE_AFTER.match(text, v.end() + found[0].span.end)
        if m:
            return m
    return None


def place_in_sentence(text: str, base: int) -> tuple[str, Span] | None:
    """("place" | "online", span) when `text` says where or how the event took place
    ("The workshop took place in Guatemala City", "se realizó en la ciudad de Panamá",
    "was held virtually"). `base` is the offset of `text` in the page."""
    from rcpkg.loaders.places import resolve_place

    # issue 13: a place field run into the event's text ("Comentarios: Lugar: Lima. Fecha: …", "Convened by
    # X. Place: Piura. Date: …"): its value, when it is a place or the online mode
    for m in _INLINE_PLACE.finditer(text):
        value = m.group("v").strip()
        res = resolve_place(value, alternates=False)
        if (res.city is not None or res.country is not None) and not res.problem:
            return "place", Span(base + m.start("v"), base + m.start("v") + len(value), value)
        if res.online and res.city is None and res.country is None:
            return "online", Span(base + m.start("v"), base + m.start("v") + len(value), value)
    m = _HELD_ONLINE.search(text)
    if m:
        return "online", Span(base + m.start(), base + m.end(), m.group())
    m = _held_date_online(text)  # issue 13 (where): "took place on 9 June 2021 by videoconference"
    if m:
        return "online", Span(base + m.start("mode"), base + m.end("mode"), m.group("mode"))
    for m in _SEAT_OF.finditer(text):  # issue 13 (where): "la ciudad de Salta fue sede del Encuentro"
        if not any(w and _SEAT_NOUN.fullmatch(fold_keep(w)) for w in (m.group("w1"), m.group("w2"))):
            continue
        if _OTHER_EVENT.search(fold_keep(text[:m.start()])) and not m.group().lower().startswith(("la ciudad", "the city", "city")):
            continue  # "… de Lima fue sede …": the place is part of a name before it
        res = resolve_place(m.group("p").rstrip(","), alternates=False)
        # a city only: a country said to be the seat is the host (its government), a role, read as such
        if res.city is not None and not res.problem:
            p = m.group("p").rstrip(",")
            return "place", Span(base + m.start("p"), base + m.start("p") + len(p), p)
    if _DOING_HINT.search(text):
        # issue 13 (fields15): a city that received or hosted the event ("From 3 to 5 December 2019, San José received
        # the II Regional Congress …", "Asunción acogió el taller …"); a city only (a country is the host, a role)
        for m in _CITY_RECEIVED.finditer(text):
            res = resolve_place(m.group("p"), alternates=False)
            if res.city is not None and not res.problem:
                return "place", Span(base + m.start("p"), base + m.end("p"), m.group("p"))
    m = _MODE_DATE_START.match(text)  # issue 13: "Online, 9 July 2020. Organized by …"
    if m:
        return "online", Span(base + m.start("mode"), base + m.end("mode"), m.group("mode"))
    folded = fold_keep(text)
    if _BARE_EVENT.match(folded) or _PARTICIPLE_FIRST.match(folded):
        # issue 13 (country prose): "Reunión realizada por videoconferencia el …", "Seminario realizado
        # del … al … en modalidad virtual", "Held online on …"; within the sentence's first sentence
        stop = folded.find(". ")
        head = folded[:stop if stop >= 0 else len(folded)]
        m = _PARTICIPLE_ONLINE.search(head) or _MODE_PHRASE.search(head)
        if m and not re.search(r"\b(?:which|who|that|que|quien|cual|donde|where)\b", head[:m.start()]):
            return "online", Span(base + m.start("mode"), base + m.end("mode"), text[m.start("mode"):m.end("mode")])
    m = _BARE_ONLINE.match(folded)
    if m:  # issue 13 (rules5): "Online consultation organized by …", "Encuentro en línea del …"
        g = "mode" if m.group("mode") else "mode2"
        return "online", Span(base + m.start(g), base + m.end(g), text[m.start(g):m.end(g)])
    event_in = [m for m in _EVENT_IN.finditer(folded) if _own_event(folded, m)]
    if _BARE_EVENT.match(folded) or _BARE_PARTICIPLE.match(folded):
        # "Taller organizado por X en Santa Ana, del 4 al 6 de marzo de 2020"
        event_in += [m for m in _IN_BEFORE_DATE.finditer(text)]
        # rules5 (batch 13): "Organizado por X con el apoyo de Y, en Santa Ana, el 4 de abril de 2019",
        # "Organized by X, in Tijuana.", "Convened by X with funding from Y, on 12-13 March 2018 in Puebla."
        event_in += [m for m in _COMMA_IN.finditer(text)]
        # issue 13: "Meeting organized by the Ministry (MINEX) in Guatemala City, with …", "Reunión convocada
        # por la Presidencia boliviana en Santa Cruz de la Sierra, con …" (not "… of Guatemala in Los Angeles",
        # where the place is part of a name)
        event_in += [m for m in _IN_CLOSED.finditer(text) if _IN_AFTER.search(text, 0, m.start())]
        event_in += _date_then_in(text)
        event_in += [m for m in _BARE_HELD_IN.finditer(folded, 0, 160)][:1]  # "Reunión celebrada en Tegucigalpa"
    if _opens_with_date(text):  # issue 13: "On 11 and 12 July 2017, in Encarnación, a meeting convened by …"
        event_in += _date_then_in(text)[:1]
    event_in += [m for m in _HELD_FIRST_IN.finditer(folded)]  # "Held in Panama City on …"
    event_in += _held_date_in(text, folded)  # "se realizó del 3 al 5 de mayo de 2019 en Tapachula"
    event_in += _place_date_sentence(text)  # "… Guatemala City, 9 October 2020." closing the description
    if _DOING_HINT.search(text):
        # issue 13 (fields15): a verb of doing, then the place and the event ("hosted in Asunción a regional meeting"),
        # or the event (its title) and the place before its date ("Costa Rica hosted the VI Regional Conference on
        # Migration in San José on 22 and 23 March 2001")
        event_in += list(_DID_IN_THEN_EVENT.finditer(text))
        for m in _DID_EVENT.finditer(text):
            stop = _CLAUSE_END.search(text, m.end(), m.end() + 160)
            for w in _IN_WORD.finditer(text, m.end(), stop.start() if stop else m.end() + 160):
                if (d := _IN_BEFORE_DATE.match(text, w.start())) is not None:
                    event_in.append(d)
                    break
    for m in list(_HELD_IN.finditer(text)) + event_in:
        stop = _PLACE_STOP.search(text, m.end())
        tail_end = stop.start() if stop else len(text)
        words = list(_PLACE_WORD.finditer(text, m.end(), tail_end))[:8]
        found = _place_words(text, words, resolve_place)
        if found is None and m.re is _HELD_IN and words and words[0].group()[:1].isupper():
            # issue 13: a venue first, then its city ("was held at the Hotel Sheraton in Panama City")
            inner = next((j for j, w in enumerate(words[1:6], 1) if w.group().lower() in ("in", "en")), None)
            if inner is not None:
                found = _place_words(text, list(_PLACE_WORD.finditer(text, words[inner].end(), tail_end))[:8],
                                     resolve_place)
        if found is not None:
            start, end = found
            return "place", Span(base + start, base + end, text[start:end])
    return None


# --- issue 13 (fields15): a verb of doing the event, and its place --------------------------------------------
_DOING_HINT = re.compile(r"hosted|received|welcomed|organi[sz]ed|convened|held|acogi|recibi|organiz[oó]|convoc[oó]|"
                         r"celebr[oó]|realiz[oó]")
_DID = r"(?:hosted|organi[sz]ed|convened|held|acogi[oó]|organiz[oó]|convoc[oó]|celebr[oó]|realiz[oó])"
_EVENT_NOUNS = (r"(?i:workshop|meeting|seminar|forum|training|conference|congress|webinar|course|session|dialogue|"
                r"exchange|consultation|symposium|summit|taller|reuni[oó]n|seminario|foro|capacitaci[oó]n|conferencia|"
                r"congreso|curso|sesi[oó]n|encuentro|jornada|conversatorio|di[aá]logo|intercambio|consulta|simposio|"
                r"cumbre)")
_CAP_PLACE = r"[A-ZÁÉÍÓÚÑ][\w.'’-]*(?:\s+(?:(?:de|del)\s+)?[A-ZÁÉÍÓÚÑ][\w.'’-]*){0,3}"
_CITY_RECEIVED = re.compile(
    r"(?:^\s*|[,;:]\s+|\.\s+)(?:(?:la\s+)?ciudad\s+de\s+|(?:the\s+)?city\s+of\s+)?(?P<p>" + _CAP_PLACE + r")\s+"
    r"(?:received|hosted|welcomed|acogi[oó]|recibi[oó])\s+(?:the|a|an|el|la|una?)\s+(?:[\w'’-]+\s+){0,5}?"
    + _EVENT_NOUNS + r"\b")
_DID_IN_THEN_EVENT = re.compile(
    r"(?<!\w)" + _DID + r"\s+(?:in|en)\s+(?:(?:la|el|the)\s+)?(?:(?:ciudad|city)\s+(?:de|of)\s+)?"
    r"(?=" + _CAP_PLACE + r",?\s+(?:a|an|the|un|una|el|la)\s+(?:[\w'’-]+\s+){0,3}?" + _EVENT_NOUNS + r"\b)")
_DID_EVENT = re.compile(r"(?<!\w)" + _DID + r"\s+(?:the|its|a|an|el|la|su|una?)\s+(?:[\w'’-]+\s+){0,6}?" + _EVENT_NOUNS
                        + r"\b")
_CLAUSE_END = re.compile(r"[.;:,(]\s")
_IN_WORD = re.compile(r"(?<!\w)(?:in|en)\s")


_MONTH_WORD = re.compile(_MONTHS, re.IGNORECASE)


def _place_words(text: str, words: list[re.Match], resolve_place) -> tuple[int, int] | None:
    """The longest run of `words` from the first, ending with a capitalised word, that is a place. A month's
    name is a date's, never a place ("in March 2022" is no town called March)."""
    if words and _MONTH_WORD.fullmatch(words[0].group()):
        return None
    for k in range(len(words), 0, -1):
        last = words[k - 1]
        if last.group() == "," or not (last.group()[:1].isupper() or last.group().upper() == last.group()):
            continue
        start, end = words[0].start(), last.end()
        res = resolve_place(text[start:end], alternates=False)
        if (res.city is not None or res.country is not None) and not res.problem:
            return start, end
    return None


_HELD_UNKNOWN = re.compile(rf"(?<!\w)(?i:{_HELD}|held|realizad[oa]|celebrad[oa])\s+(?:in|en)\s+(?:(?:la|el|the)\s+)?"
                           r"(?P<place>[A-ZÁÉÍÓÚÑ][\w'’-]+(?:\s+[A-ZÁÉÍÓÚÑ][\w'’-]+){0,2})")


def _after_date_sentence(text: str) -> int | None:
    """Where the text goes on after a first sentence (after an optional "Comments:" label) that is only a
    date, maybe with its hours ("Viernes 19 de marzo de 2021. Actividad en línea …"); else None."""
    from rcpkg.loaders.dates import date_line

    lead = re.match(r"\s*(?:[A-Za-zÁÉÍÓÚáéíóú]+\s*:\s*)?", text)
    stop = re.compile(r"\.\s+(?=[A-ZÁÉÍÓÚÑ])").search(text, lead.end())
    if stop is None or date_line(text[lead.end():stop.start()]) is None:
        return None
    return stop.end()


def place_from_prose(ctx: Ctx, loc: Location, lines, name: str) -> None:
    """Where no field gave a place or an online mode: the first line whose sentence names the
    event's place ("La reunión se llevó a cabo … en Managua") or says it is online gives it."""
    if loc.place is not None or loc.online:
        return
    for ln in lines:
        found = place_in_sentence(ln.text, ln.start)
        if found is None:
            # issue 13: "Comments: Tuesday, 16 November 2021 - 10:00 to 12:00. Online dialogue convened by …":
            # the event's sentence after a sentence that is only its date
            after = _after_date_sentence(ln.text)
            if after:
                found = place_in_sentence(ln.text[after:], ln.start + after)
        if found is None:
            # issue 13: "Tuvo lugar en Tarapoto el …": a place the sentence names but the gazetteer does
            # not know is a warning naming the line and the text, not a silent loss
            m = _HELD_UNKNOWN.search(ln.text)
            if m and not resolve_place(m.group("place"), alternates=False).resolved:
                ctx.warn(ln.no, f"place in the event's text not resolved for event {name!r}", m.group("place"))
            continue
        what, sp = found
        if what == "online":
            loc.online, loc.mode = True, sp
        else:
            loc.place, _ = place_of(ctx, sp, ln.no, name)
        return
    lines = list(lines)
    if lines and (_dateline_place(ctx, loc, lines[0], name) or _place_sentence(ctx, loc, lines[0], name)):
        return
    # issue 13 (where): "… convened the members of the troika to a virtual meeting", for an event whose title
    # names a meeting: the event's online mode
    title_words = set(fold_keep(name).split())
    if not lines:
        return
    a, b = lines[0].start, lines[-1].start + len(lines[-1].text)
    body = ctx.page.text[a:b].replace("\n", " ")  # lines wrapped inside a sentence (a PDF's text)
    for m in _CONVENED_TO_ONLINE.finditer(body):
        noun = fold_keep(m.group("noun") or m.group("noun2"))
        if noun in title_words and re.fullmatch(_BARE_NOUNS, noun):
            g = "mode" if m.group("mode") else "mode2"
            loc.online, loc.mode = True, Span(a + m.start(g), a + m.end(g), ctx.page.text[a + m.start(g):a + m.end(g)])
            return


def _dateline_place(ctx: Ctx, loc: Location, line, name: str) -> bool:
    """issue 13 (fields4): a text that opens with a release's dateline, its place and its date, then a dash ("Brasília,
    27 September 2018 – The Ministry … hosted the exchange …"), and names no place of its own: the dateline's place
    (a city or country the gazetteer knows), said where the release was written. Whether it gave the place."""
    from rcpkg.loaders.layouts.assemble import DATELINE

    if "," not in line.text[:48]:
        return False
    m = DATELINE.match(line.text)
    if m is None or date_line(m.group("date"), 0, order=ctx.date_order) is None:
        return False
    res = resolve_place(m.group("place"), alternates=False)
    if res.problem or (res.city is None and res.country is None):
        return False
    loc.place, _ = place_of(ctx, Span.of(ctx.page.text, line.start + m.start("place"), line.start + m.end("place")),
                            line.no, name)
    return loc.place is not None


def _place_sentence(ctx: Ctx, loc: Location, line, name: str) -> bool:
    """issue 13 (round 36): a text that opens with a "sentence" that is only a place ("San Salvador. El Grupo … se
    reunió …", "Quito. The delegations met …"): that place (a city or country the gazetteer knows), where no sentence
    of the text names one. Whether it gave the place."""
    cut = line.text.find(". ", 0, 40)
    if cut < 3:
        return False
    head = line.text[:cut].strip()
    if not head[:1].isupper() or len(head.split()) > 4 or not re.fullmatch(r"[\w'’ -]+", head):
        return False
    res = resolve_place(head, alternates=False)
    if res.problem or (res.city is None and res.country is None) or not looks_like_place(head):
        return False
    lead = len(line.text) - len(line.text.lstrip())
    loc.place, _ = place_of(ctx, Span.of(ctx.page.text, line.start + lead, line.start + lead + len(head)), line.no, name)
    return loc.place is not None


# --- issue 13 (country prose): a text of only a place and dates -------------------------------------

def place_and_date(ctx: Ctx, start: int, end: int, line: int, name: str):
    """The place (or online mode) and dates a text of only those gives (a listed event's parenthesis on
    a country page, a "Lugar y fecha:" field): a place and the dates,
    in either order ("Quetzaltenango, 12 y 13 de marzo de 2019", "en línea, 7 de octubre de 2020",
    "3 May 2019, Lima"); a text that is more than that (a sentence) gives nothing."""
    from rcpkg.loaders.dates import find_dates
    from rcpkg.loaders.layouts import blocks

    text = ctx.page.text
    inner = text[start:end]
    loc = Location()
    found = find_dates(inner, start, order=ctx.date_order)
    dates = found[0] if len(found) == 1 else None
    if len(found) > 1:
        return loc, None
    if found:
        d0, d1 = found[0].span.start - start, found[0].span.end - start
        parts = [(0, d0), (d1, len(inner))]
    else:
        parts = [(0, len(inner))]
        # issue 13 (where): "San José, August 2017": a month and year date no day (no dates, a warning);
        # the rest is the place
        from rcpkg.loaders.layouts.heads import MONTH_YEAR

        my = list(MONTH_YEAR.finditer(inner))
        if len(my) == 1 and (not inner[:my[0].start()].strip(" ,;|·–—-") or not inner[my[0].end():].strip(" ,;|·–—-.")):
            parts = [(0, my[0].start()), (my[0].end(), len(inner))]
            ctx.warn(line, f"date gives no day (no dates stored) for event {name!r}", my[0].group())
    for a, b in parts:
        seg = inner[a:b]
        lead = re.match(r"[\s,;|·–—-]*", seg)
        trail = re.search(r"[\s,;|·–—-]*$", seg)
        s0, s1 = a + lead.end(), a + max(lead.end(), trail.start())
        if s1 <= s0:
            continue
        sp = blocks.span(text, start + s0, start + s1)
        if sp is None:
            continue
        res = resolve_place(sp.exact)
        prep = re.match(r"(?:in|en)\s+", sp.exact)
        if prep and not (res.resolved or res.online or res.hybrid):  # "en Tacna"
            sp = blocks.span(text, sp.start + prep.end(), sp.end) or sp
            res = resolve_place(sp.exact)
        if not (res.resolved or res.online or res.hybrid) and (city := _city_and_region(ctx, sp)) is not None:
            sp, res = city, resolve_place(city.exact)
        if res.resolved or res.online or res.hybrid:
            city_field(ctx, loc, sp, line, name)
        elif re.fullmatch(r"\s*(?:online|virtual|en l[ií]nea)\s*", sp.exact, re.IGNORECASE):
            loc.online = True
        elif len(sp.exact.split()) > 4:
            return Location(), None  # a sentence, not a place and dates
        elif sp.exact[:1].isupper():
            city_field(ctx, loc, sp, line, name)  # a venue's name, or a place not resolved: a warning
    return loc, dates


def _city_and_region(ctx: Ctx, sp: Span) -> Span | None:
    """Issue 13 (country2): "Liberia, Guanacaste" on Costa Rica's page, "Tela, Atlántida" on Honduras's: a
    place the gazetteer does not know as a whole, whose first part is a city of the page's country and whose
    rest is one short capitalised name (its province, department or district): that city's span (the page's
    country settles which city the name is, as `_page_city_first` does); else None."""
    from rcpkg.loaders.places import resolve_city

    iso2 = getattr(ctx.page, "country", None)
    head, comma, tail = sp.exact.partition(",")
    tail = tail.strip()
    if not iso2 or not comma or not tail or "," in tail or len(tail.split()) > 3 or not tail[:1].isupper() \
            or not re.fullmatch(r"[\w'’\- ]+", tail):
        return None
    city = resolve_city(head.strip(), country=iso2, alternates=False)
    if city is None or city.country_code != iso2:
        return None
    return Span(sp.start, sp.start + len(head.rstrip()), head.rstrip())


FACT_KEYS = labels.FACT_KEYS


_DATE_NOTE = re.compile(r"\s*[\u00b7|;]\s+\D")


def field_dates(ctx: Ctx, sp: Span) -> DateRange | None:
    """A date field's value read as dates; issue 13 (fields37): or the dates, then a note set apart by a middle dot, a
    bar or a semicolon ("6–10 June 2022 · five morning sessions", "3 May 2021; two sessions"): the dates before it."""
    dates = date_line(sp.exact, sp.start, order=ctx.date_order)
    if dates is None and ("\u00b7" in sp.exact or "|" in sp.exact or ";" in sp.exact) \
            and (note := _DATE_NOTE.search(sp.exact)) is not None:
        dates = date_line(sp.exact[:note.start()], sp.start, order=ctx.date_order)
    return dates


def fact_field(ctx: Ctx, loc: Location, key: str, sp: Span, line: int | None, name: str):
    """A labelled place, date or mode field's value ("When and where: Tegucigalpa, 3 and 4 September 2019",
    "• Fecha: 16/05/2019", "Lugar: San Salvador") read into `loc`; the dates it gives, or None. A value that
    gives neither is a warning."""
    if key == "dateplace":
        found, dates = place_and_date(ctx, sp.start, sp.end, line, name)
        if loc.place is None and found.place is not None:
            loc.place = found.place
        loc.online, loc.hybrid = loc.online or found.online, loc.hybrid or found.hybrid
        if found.place is None and not found.online and dates is None:
            ctx.warn(line, f"place and date field gives neither a place nor a date for event {name!r}", sp.exact)
        return dates
    if key == "date":
        dates = field_dates(ctx, sp)
        if dates is None:
            ctx.warn(line, f"date not understood for event {name!r}", sp.exact)
        return dates
    (mode_field if key == "mode" else venue_field if key == "place" else city_field)(ctx, loc, sp, line, name)
    return None
