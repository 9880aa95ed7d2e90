"""Records to RDF: one page's events, places, relations and evidence as triples.

Pure: the same records always give the same graph (every IRI comes from
`rcpkg.iris`). The orchestration puts the result in the page's own named graph.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable, Collection, Iterable, Mapping

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, XSD

from rcpkg import iris
from rcpkg.loaders.editions import edition_labels
from rcpkg.loaders.identity import DATES_DIFFER, Record, dates_differ, default_key, description_print, edition_base
from rcpkg.loaders.records import (
    Edition,
    EventRecord,
    Extraction,
    Involvement,
    Page,
    ParseResult,
    PlaceMention,
    Span,
)
from rcpkg.namespaces import EVENT_KINDS, GN, OA, ORG, RCP, SDO, SKOS


class _Terms:
    """A namespace whose terms are made once: rdflib's namespaces build (and validate) a new URIRef
    on every attribute access, which cost about as much as the triples of a page. The first
    access of a name stores the term as a plain attribute, so `__getattr__` is not called again."""

    def __init__(self, namespace) -> None:
        self._namespace = namespace

    def __getattr__(self, name: str) -> URIRef:
        term = getattr(self._namespace, name)  # (an unknown name in a closed namespace still raises)
        setattr(self, name, term)
        return term

    def __getitem__(self, name: str) -> URIRef:
        return self._namespace[name]


# the namespaces as this module uses them (the same terms, each made once)
DCTERMS, GN, OA, ORG, PROV, RCP, RDF, RDFS, SDO, SKOS, XSD = (
    _Terms(ns) for ns in (DCTERMS, GN, OA, ORG, PROV, RCP, RDF, RDFS, SDO, SKOS, XSD))

CONTEXT_CHARS = 32  # prefix / suffix length of a TextQuoteSelector

# event kind key -> class (generated from the ontology: every subclass of rcp:Event)
KIND_CLASSES: dict[str, URIRef] = {key: RCP[name] for key, name in EVENT_KINDS.items()}

# role key -> (sub-property of rcp:involves, role individual)
ROLES: dict[str, tuple[URIRef, URIRef]] = {
    "convener": (RCP.convenedBy, RCP.Convener),
    "coordinator": (RCP.coordinatedBy, RCP.Coordinator),
    "organizer": (RCP.organizedBy, RCP.Organizer),
    "supporter": (RCP.supportedBy, RCP.Supporter),
    "funder": (RCP.fundedBy, RCP.Funder),
    "host": (RCP.hostedBy, RCP.Host),
    "participant": (RCP.hasParticipant, RCP.Participant),
    "mentioned": (RCP.mentions, RCP.Mentioned),
}

_SPACES = re.compile(r"[ \t\u00a0]+")
_BLANK_LINES = re.compile(r"\n\s*\n+")


class Triples(list):
    """A page's statements as rdflib terms, appended as they are made.

    Duck-types the part of `rdflib.Graph` the loaders use (`add`, iteration,
    `len`), without an rdflib store's indexing cost: the build streams these
    straight into Oxigraph, and `Graph() + triples` or `graph += triples` gives
    a real rdflib Graph when one is wanted (tests, the rdflib baseline).
    Duplicates are possible; every store and Graph sets them right.
    """

    __slots__ = ("targets", "records")

    add = list.append  # (one call less per triple than a method that appends)

    def __init__(self, *args) -> None:
        super().__init__(*args)
        self.targets: set[URIRef] = set()  # the quote targets already stated (annotate)
        self.records: list[Record] = []  # the page's identity records, when page_graph made it

    def graph(self) -> Graph:
        g = Graph()
        g += self
        return g


@lru_cache(maxsize=8192)  # (pure; a page quotes the same text for several statements)
def clean_text(text: str) -> str:
    """A quote as a readable literal: non-breaking spaces and runs of blanks collapsed."""
    lines = [_SPACES.sub(" ", line).strip() for line in text.splitlines()]
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()


# The annotation's terms, looked up once (a namespace attribute lookup costs more than a triple).
_TYPE, _ANNOTATION, _BODY, _EVIDENCE_FOR, _TARGET = RDF.type, OA.Annotation, OA.hasBody, RCP.evidenceFor, OA.hasTarget
_SPECIFIC, _SOURCE, _SELECTOR = OA.SpecificResource, OA.hasSource, OA.hasSelector
_QUOTE, _EXACT, _PREFIX, _SUFFIX = OA.TextQuoteSelector, OA.exact, OA.prefix, OA.suffix
_POSITION, _START, _END, _INTEGER = OA.TextPositionSelector, OA.start, OA.end, XSD.integer


def quote_context(text: str, start: int, end: int) -> tuple[str, str]:
    """A quote's prefix and suffix: up to CONTEXT_CHARS characters each side, within its paragraph.

    The context stops at a blank line, so it never reaches into the next block of the page
    (a footer's site credits, the navigation), which is not part of what the quote says.
    """
    prefix = text[max(0, start - CONTEXT_CHARS):start]
    suffix = text[end:end + CONTEXT_CHARS]
    cut = prefix.rfind("\n\n")
    if cut >= 0:
        prefix = prefix[cut + 2:]
    cut = suffix.find("\n\n")
    if cut >= 0:
        suffix = suffix[:cut]
    return prefix, suffix


def annotate(g: Graph | Triples, page: Page, span: Span, body: URIRef, prop: URIRef | None = None) -> URIRef:
    """Add a W3C Web Annotation: `span` of `page` supports `body` (and its property `prop`).

    The target (the page with its quote and position selectors) is one node per quoted span,
    shared by the annotations that quote it: a third of a page's annotations quote a span
    another one quotes (one sentence is the evidence of several statements)."""
    ann = iris.annotation(page.url, span.start, span.end, body, prop)
    target = iris.quote_target(page.url, span.start, span.end, span.exact)
    add = g.add
    add((ann, _TYPE, _ANNOTATION))
    add((ann, _BODY, body))
    if prop is not None:
        add((ann, _EVIDENCE_FOR, prop))
    add((ann, _TARGET, target))
    stated = getattr(g, "targets", None)  # (an rdflib Graph keeps one copy of each triple anyway)
    if stated is not None:
        if target in stated:
            return ann
        stated.add(target)
    quote = iris.annotation_part(target, "quote")
    position = iris.annotation_part(target, "position")
    add((target, _TYPE, _SPECIFIC))
    add((target, _SOURCE, URIRef(page.url)))
    add((target, _SELECTOR, quote))
    add((target, _SELECTOR, position))
    exact, prefix, suffix, start, end = _quote_terms(page.text, span.start, span.end, span.exact)
    add((quote, _TYPE, _QUOTE))
    add((quote, _EXACT, exact))
    if prefix is not None:
        add((quote, _PREFIX, prefix))
    if suffix is not None:
        add((quote, _SUFFIX, suffix))
    add((position, _TYPE, _POSITION))
    add((position, _START, start))
    add((position, _END, end))
    return ann


def _plain(value: str) -> Literal:
    """``Literal(value)`` of a str with no language tag nor datatype (speed29: rdflib's constructor casts the
    value to and from Python and checks it, to end with this very object; it cost a third of the triples
    stage, for the quotes' exact, prefix and suffix texts that are new on each page)."""
    inst = str.__new__(Literal, value)
    inst._language = None
    inst._datatype = None
    inst._value = value
    inst._ill_typed = None
    return inst


def _same_literal(a: Literal, b: Literal) -> bool:
    return type(a) is type(b) and str(a) == str(b) and all(
        getattr(a, slot) == getattr(b, slot) for slot in ("_language", "_datatype", "_value", "_ill_typed"))


if not all(_same_literal(_plain(v), Literal(v)) for v in ("", "a", " Texto é\n", "1", "true")):
    _plain = Literal  # noqa: F811  (an rdflib that makes its plain literals otherwise)


@lru_cache(maxsize=4096)
def _quote_terms(text: str, start: int, end: int, exact: str) -> tuple[Literal, Literal | None, Literal | None,
                                                                       Literal, Literal]:
    """The literals of a quote's selectors: exact, prefix and suffix (None when empty), start, end.

    A third of a page's annotations quote a span another one quotes (one sentence is the evidence
    of several statements), and rdflib's Literal constructor costs more than the triples it goes
    into: the terms are made once per span (literals are immutable, so they can be shared)."""
    prefix, suffix = quote_context(text, start, end)
    return (_plain(exact), _plain(prefix) if prefix else None, _plain(suffix) if suffix else None,
            _integer(start), _integer(end))


@lru_cache(maxsize=16384, typed=True)
def _integer(n: int) -> Literal:
    """An xsd:integer literal (offsets repeat from page to page)."""
    return Literal(n, datatype=_INTEGER)


# rdflib's Literal constructor (casting, language tag checks) costs more than the triple it goes
# into, and many literals repeat (languages, layouts, theme triggers, labels, dates): each distinct
# one is made once. Literals are immutable, so they can be shared; `typed` keeps 1 and True apart.
@lru_cache(maxsize=16384, typed=True)
def _text(value: str, lang: str | None = None) -> Literal:
    """A string literal, with its language tag when there is one (the same as ``Literal(value, lang=lang)``)."""
    return Literal(value, lang=lang)


_DATE = XSD.date


@lru_cache(maxsize=4096)
def _date(iso: str) -> Literal:
    """An xsd:date literal from its ISO form."""
    return Literal(iso, datatype=_DATE)


def add_country(g: Graph | Triples, iso2: str) -> URIRef:
    """A country node: labels in English and Spanish, ISO code, GeoNames link."""
    from rcpkg.loaders.places import country_info

    info = country_info(iso2)
    node = iris.country(info.iso2)
    g.add((node, RDF.type, RCP.Country))
    g.add((node, RDF.type, SDO.Country))
    g.add((node, RDFS.label, _text(info.label_en, lang="en")))
    g.add((node, RDFS.label, _text(info.label_es, lang="es")))
    g.add((node, SDO.name, _text(info.label_en, lang="en")))
    g.add((node, GN.countryCode, _text(info.iso2)))
    if info.geonameid:
        g.add((node, SKOS.exactMatch, iris.geonames(info.geonameid)))
    return node


def add_city(g: Graph | Triples, geonameid: int) -> URIRef:
    """A city node with its labels, country and GeoNames link."""
    from rcpkg.loaders.places import city_info

    info = city_info(geonameid)
    node = iris.city(info.geonameid)
    g.add((node, RDF.type, RCP.City))
    g.add((node, RDF.type, SDO.City))
    g.add((node, RDFS.label, _text(info.label_en, lang="en")))
    g.add((node, RDFS.label, _text(info.label_es, lang="es")))
    g.add((node, SDO.name, _text(info.label_en, lang="en")))
    g.add((node, GN.countryCode, _text(info.country_code)))
    g.add((node, SKOS.exactMatch, iris.geonames(info.geonameid)))
    g.add((node, SDO.containedInPlace, add_country(g, info.country_code)))
    return node


def place_key(place: PlaceMention | None, page: Page) -> str:
    """The place part of an event's identity."""
    if place is not None:
        if place.city_geonameid:
            return f"city:{place.city_geonameid}"
        if place.country_code:
            return f"country:{place.country_code}"
        if place.online:
            return "online"
    if page.country:
        return f"country:{page.country}"
    return ""


def identity_title(event: EventRecord) -> str:
    """The title that identifies an event: English when the page gives one."""
    for title in event.titles:
        if title.lang == "en":
            return title.text
    return event.titles[0].text if event.titles else f"untitled-{event.ordinal}"


def reference_edition(event: EventRecord, editions: Collection[tuple[str, int]]) -> bool:
    """True when the event is an edition the reference data knows (the XXI of ``rcm-conference``)."""
    return event.edition is not None and (event.edition.series, event.edition.number) in editions


def identity_records(page: Page, events: Iterable[EventRecord],
                     identity: Mapping[int, str] | None = None, layout: str | None = None) -> list[Record]:
    """What identifies each event description of the page, with the key it is minted with
    (`rcpkg.loaders.identity`): title and place, its start date when stated, or the key the
    build's comparison of all pages chose (`identity`, ordinal -> key)."""
    seen: dict[str, int] = {}
    out = []
    events = list(events)
    single = len(events) == 1 and (layout or page.layout) == "event"
    for event in events:
        base = (edition_base(event.edition.series, event.edition.number) if event.edition else None) \
            or iris.event_key(identity_title(event), place_key(event.place, page))
        occurrence = seen.get(base, 0)
        seen[base] = occurrence + 1
        start = event.dates.start.isoformat() if event.dates else ""
        end = event.dates.end.isoformat() if event.dates and event.dates.end else ""
        key = default_key(base, start)
        if identity and occurrence == 0 and event.ordinal in identity:
            key = identity[event.ordinal]
        out.append(Record(event.ordinal, base, start, end,
                          description_print(event.description.exact if event.description else None),
                          occurrence, key, identity_title(event), page.text.count("\n", 0, event.span.start) + 1,
                          single))
    return out


def event_iris(page: Page, events: Iterable[EventRecord],
               identity: Mapping[int, str] | None = None, layout: str | None = None,
               editions: Collection[tuple[str, int]] = frozenset()) -> dict[int, URIRef]:
    """Mint each event's IRI; same-titled events at one place on one page stay distinct.

    An edition of a series that the reference data knows (`editions`: its (series key,
    number) pairs) is the reference's edition event, whatever its title or place on the page.
    """
    events = list(events)
    return _event_iris(events, identity_records(page, events, identity, layout), editions)


def _event_iris(events: list[EventRecord], records: list[Record],
                editions: Collection[tuple[str, int]]) -> dict[int, URIRef]:
    """`event_iris` from the events' identity records (made once by `page_graph`, which uses them too)."""
    records = {r.ordinal: r for r in records}
    out = {o: iris.event(r.key, r.occurrence) for o, r in records.items()}
    for event in events:
        if process_edition(event):
            # the edition's IRI once the build has compared the pages (`rcpkg.loaders.identity.resolve`
            # gives the key without a date): a dated description is minted apart until then, so that
            # two pages dating it differently never state two dates of one event
            rec = records[event.ordinal]
            if rec.occurrence == 0 and rec.key in (rec.base, rec.base + DATES_DIFFER):
                out[event.ordinal] = iris.edition(event.edition.series, event.edition.number)
        elif reference_edition(event, editions):
            out[event.ordinal] = iris.edition(event.edition.series, event.edition.number)
    return out


def process_edition(event: EventRecord) -> bool:
    """True when the event is an edition of a process's series (`rcpkg.loaders.identity.EDITION_SERIES`):
    one event, with the edition's IRI and names, whichever pages describe it."""
    return event.edition is not None and edition_base(event.edition.series, event.edition.number) is not None


def source_document(g: Graph | Triples, page: Page, layout: str) -> URIRef:
    doc = URIRef(page.url)
    g.add((doc, RDF.type, RCP.SourceDocument))
    g.add((doc, RDF.type, PROV.Entity))
    if page.lang:
        g.add((doc, DCTERMS.language, _text(page.lang)))
    g.add((doc, RCP.layout, _text(layout)))
    g.add((doc, RCP.fileName, _text(page.path.replace("\\", "/").rsplit("/", 1)[-1])))
    if page.sha256:
        g.add((doc, RCP.sha256, _text(page.sha256)))
    return doc


def _lang(page: Page, fallback: str = "en") -> str:
    return page.lang or fallback


def event_triples(
    g: Graph | Triples,
    page: Page,
    event: EventRecord,
    ev: URIRef,
    extraction: Extraction | None,
    series_owner: Callable[[Edition], Iterable[str]] | None = None,
    named_by_reference: bool = False,
    dates_stated: bool = False,
) -> None:
    """The event's triples. `named_by_reference`: the event is an edition the reference data
    names (rdfs:label per language), so the page's titles are its schema:alternateName.
    `dates_stated`: other pages give this event other dates (`rcpkg.loaders.identity.dates_differ`),
    so the page's dates are its statement (rcp:SourceStatement), not the event's."""
    doc = URIRef(page.url)
    g.add((ev, RDF.type, RCP.Event))
    g.add((ev, RDF.type, SDO.Event))
    if event.kind and event.kind in KIND_CLASSES:
        g.add((ev, RDF.type, KIND_CLASSES[event.kind]))
    g.add((ev, PROV.wasDerivedFrom, doc))

    labelled: set[str] = set()
    for title in event.titles:
        literal = _text(clean_text(title.text), lang=title.lang)
        if named_by_reference:
            g.add((ev, SDO.alternateName, literal))
            annotate(g, page, title.span, ev, SDO.alternateName)
            continue
        if title.lang in labelled:
            g.add((ev, SDO.alternateName, literal))
        else:
            labelled.add(title.lang)
            g.add((ev, RDFS.label, literal))
            g.add((ev, SDO.name, literal))
        annotate(g, page, title.span, ev, RDFS.label)
    if event.subtitle is not None:
        g.add((ev, RCP.subtitle, _text(clean_text(event.subtitle.text), lang=event.subtitle.lang)))
        annotate(g, page, event.subtitle.span, ev, RCP.subtitle)

    if event.kind_span is not None and event.kind in KIND_CLASSES:
        annotate(g, page, event.kind_span, ev, RDF.type)

    lang = event.titles[0].lang if event.titles else _lang(page)
    if event.description is not None and event.description.exact.strip():
        g.add((ev, SDO.description, _text(clean_text(event.description.exact), lang=_lang(page, lang))))
        annotate(g, page, event.description, ev, SDO.description)
    for position, section in enumerate(event.sections, start=1):
        node = iris.event_part(ev, "section", position, clean_text(section.span.exact))
        g.add((ev, RCP.hasSection, node))
        g.add((node, RDF.type, RCP.Section))
        g.add((node, SDO.position, _integer(position)))
        if section.heading:
            g.add((node, RCP.heading, _text(clean_text(section.heading).rstrip(":").strip())))
        g.add((node, SDO.text, _text(clean_text(section.span.exact), lang=_lang(page, lang))))
        annotate(g, page, section.span, node, SDO.text)
    for position, objective in enumerate(event.objectives, start=1):
        # (like a section: two pages that describe one event each state their own objectives; the same text is one)
        node = iris.event_part(ev, "objective", position, clean_text(objective.span.exact))
        g.add((ev, RCP.hasObjective, node))
        g.add((node, RDF.type, RCP.Objective))
        g.add((node, SDO.position, _integer(position)))
        g.add((node, RCP.objectiveType, _text(objective.kind)))
        g.add((node, SDO.text, _text(clean_text(objective.span.exact), lang=_lang(page, lang))))
        annotate(g, page, objective.span, node, SDO.text)

    place = event.place
    if place is not None:
        # Only the link: the city and country nodes themselves are stated once for the
        # whole store, in the derived graph (rcpkg.build.place_triples), not in every page.
        if place.city_geonameid:
            g.add((ev, SDO.location, iris.city(place.city_geonameid)))
            annotate(g, page, place.span, ev, SDO.location)
        elif place.country_code:
            g.add((ev, SDO.location, iris.country(place.country_code)))
            annotate(g, page, place.span, ev, SDO.location)
    # A country page lists the events that concern its country: that says nothing of where they
    # took place (schema:location only from the event's own text, above).
    if event.concerns is not None and event.concerns.country_code:
        g.add((ev, RCP.concernsCountry, iris.country(event.concerns.country_code)))
        annotate(g, page, event.concerns.span, ev, RCP.concernsCountry)
    elif page.country:
        # the page's URL (or metadata) names the country; the page does not print it
        g.add((ev, RCP.concernsCountry, iris.country(page.country)))
    if event.hybrid or (place is not None and place.hybrid):
        g.add((ev, SDO.eventAttendanceMode, SDO.MixedEventAttendanceMode))
        mode = event.mode or (place.span if place is not None and place.hybrid else None)
        if mode is not None:
            annotate(g, page, mode, ev, SDO.eventAttendanceMode)
    elif event.online or (place is not None and place.online):
        g.add((ev, SDO.eventAttendanceMode, SDO.OnlineEventAttendanceMode))
        mode = event.mode or (place.span if place is not None and place.online else None)
        if mode is not None:
            annotate(g, page, mode, ev, SDO.eventAttendanceMode)
    if event.venue is not None and event.venue.exact.strip():
        key = place_key(place, page)
        venue = iris.venue(key, event.venue.exact)
        g.add((ev, SDO.location, venue))
        g.add((venue, RDF.type, SDO.Place))
        g.add((venue, SDO.name, _text(clean_text(event.venue.exact))))
        if place is not None and place.city_geonameid:
            g.add((venue, SDO.containedInPlace, iris.city(place.city_geonameid)))
        annotate(g, page, event.venue, venue, SDO.name)

    if event.dates is not None and dates_stated:
        end = event.dates.end or event.dates.start
        st = iris.statement(ev, f"{page.url}|dates")
        g.add((st, RDF.type, RCP.SourceStatement))
        g.add((st, RCP.about, ev))
        g.add((st, RCP.statedStart, _date(event.dates.start.isoformat())))
        g.add((st, RCP.statedEnd, _date(end.isoformat())))
        g.add((st, PROV.wasDerivedFrom, doc))
        span = f"{event.dates.start.isoformat()} to {end.isoformat()}" if end != event.dates.start \
            else event.dates.start.isoformat()
        g.add((st, RDFS.comment, _text(f"This page dates the event {span}; other pages give it other dates.",
                                         lang="en")))
        for phrase in (event.dates.span, *event.dates.parts):
            annotate(g, page, phrase, st, RCP.statedStart)
    elif event.dates is not None:
        g.add((ev, SDO.startDate, _date(event.dates.start.isoformat())))
        end = event.dates.end or event.dates.start
        g.add((ev, SDO.endDate, _date(end.isoformat())))
        for phrase in (event.dates.span, *event.dates.parts):
            annotate(g, page, phrase, ev, SDO.startDate)

    if event.edition is not None:
        ed = event.edition
        series = iris.series(ed.series)
        g.add((ev, RCP.editionNumber, _integer(ed.number)))
        g.add((ev, SDO.superEvent, series))
        g.add((series, RDF.type, RCP.EventSeries))
        g.add((series, RDF.type, SDO.EventSeries))
        # Pages may name a series differently; each page states its names as
        # skos:altLabel and the build's derived graph picks one rdfs:label per
        # language over all pages (see rcpkg.build.DERIVED_UPDATES).
        # A name the page prints in one language only is not tagged as the other one.
        if ed.series_label_en and ed.series_label_en == ed.series_label_es:
            g.add((series, SKOS.altLabel, _text(ed.series_label_en, lang=page.lang or "en")))
        else:
            for text, tag in ((ed.series_label_en, "en"), (ed.series_label_es, "es")):
                if text:
                    g.add((series, SKOS.altLabel, _text(text, lang=tag)))
        for owner in (series_owner(ed) if series_owner else ()):
            g.add((series, RCP.seriesOf, iris.org(owner)))
        annotate(g, page, ed.span, ev, RCP.editionNumber)

    for url in event.documents:
        g.add((ev, RDFS.seeAlso, URIRef(url)))

    if extraction is None:
        return
    for inv in extraction.involvements:
        prop, role = ROLES[inv.role]
        agent = iris.org(inv.agent) if inv.extracted is None else extracted_institution(g, page, inv)
        node = iris.involvement(ev, agent, role)
        g.add((ev, prop, agent))
        g.add((ev, RCP.qualifiedInvolvement, node))
        g.add((node, RDF.type, RCP.Involvement))
        g.add((node, RCP.event, ev))
        g.add((node, RCP.agent, agent))
        g.add((node, RCP.role, role))
        g.add((node, PROV.wasDerivedFrom, doc))
        annotate(g, page, inv.evidence, node)
    for hit in extraction.themes:
        theme = iris.theme(hit.theme)
        node = iris.subject(ev, theme)
        g.add((ev, DCTERMS.subject, theme))
        g.add((ev, RCP.qualifiedSubject, node))
        g.add((node, RDF.type, RCP.ThemeAssignment))
        g.add((node, RCP.event, ev))
        g.add((node, RCP.theme, theme))
        g.add((node, RCP.trigger, _text(hit.trigger)))
        g.add((node, PROV.wasDerivedFrom, doc))
        annotate(g, page, hit.evidence, node)


def extracted_institution(g: Graph | Triples, page: Page, inv: Involvement) -> URIRef:
    """An institution the reference data does not know, as the page names it: typed
    ``rcp:ExtractedInstitution`` (not yet curated) and its guessed class, its name as
    ``skos:altLabel`` (the derived graph picks one ``rdfs:label`` per language over all pages),
    its acronym, its parent, the page, and the quote of its name."""
    x = inv.extracted
    node = iris.extracted_institution(x.key)
    g.add((node, RDF.type, RCP.Institution))
    g.add((node, RDF.type, RCP.ExtractedInstitution))
    if x.type != "Institution":
        g.add((node, RDF.type, RCP[x.type]))
    g.add((node, SKOS.altLabel, _text(clean_text(x.name), lang=x.lang)))
    for other in x.printed:
        g.add((node, SKOS.altLabel, _text(clean_text(other), lang=x.lang)))
    if x.acronym:
        g.add((node, RCP.acronym, _text(x.acronym)))
        g.add((node, SKOS.altLabel, _text(x.acronym, lang=x.lang)))
    if x.parent:
        g.add((node, ORG.subOrganizationOf, iris.org(x.parent)))
    g.add((node, PROV.wasDerivedFrom, URIRef(page.url)))
    annotate(g, page, inv.mention, node, SKOS.altLabel)
    return node


def page_graph(
    result: ParseResult,
    extractions: Mapping[int, Extraction] | None = None,
    *,
    series_owner: Callable[[Edition], Iterable[str]] | None = None,
    identity: Mapping[int, str] | None = None,
    editions: Collection[tuple[str, int]] = frozenset(),
) -> Triples:
    """All the triples one page states, ready for its named graph (`identity`: the keys the
    build chose for some events after comparing the pages, see `rcpkg.loaders.identity`;
    `editions`: the (series key, number) of the editions the reference data knows, whose page
    events get the edition's IRI, ``rcpkg.iris.edition``)."""
    g = Triples()
    page = result.page
    source_document(g, page, result.layout)
    records = g.records = identity_records(page, result.events, identity, result.layout)  # (the build reports them)
    ids = _event_iris(list(result.events), records, editions)
    keys = {r.ordinal: r.key for r in records}
    for event in result.events:
        extraction = (extractions or {}).get(event.ordinal)
        edition = process_edition(event)
        event_triples(g, page, event, ids[event.ordinal], extraction, series_owner,
                      named_by_reference=reference_edition(event, editions) or edition,
                      dates_stated=dates_differ(keys.get(event.ordinal)))
        edition_iri = iris.edition(event.edition.series, event.edition.number) if edition else None
        if edition and not (reference_edition(event, editions) and ids[event.ordinal] == edition_iri):
            # named as the reference data names its editions (which name the reference's own ones)
            for lang, label in edition_labels(event.edition.series, event.edition.number).items():
                g.add((ids[event.ordinal], RDFS.label, _text(label, lang=lang)))
                g.add((ids[event.ordinal], SDO.name, _text(label, lang=lang)))
    return g
