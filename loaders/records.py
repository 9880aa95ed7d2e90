"""The typed records that flow between the loader's stages.

`read_page` gives a :class:`Page`; the layout parsers turn it into
:class:`EventRecord` values; extraction adds :class:`Involvement` and
:class:`ThemeHit` values; `rcpkg.loaders.triples` turns all of them into RDF.
Every record that states a fact carries the :class:`Span` of the page text
that states it, so evidence is never lost between stages.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True, slots=True)
class Span:
    """A verbatim stretch of a page: ``page.text[start:end] == exact``."""

    start: int
    end: int
    exact: str

    @classmethod
    def of(cls, text: str, start: int, end: int) -> "Span":
        return cls(start, end, text[start:end])


@dataclass(frozen=True, slots=True)
class Page:
    """One source document as loaded.

    ``text`` is the page text after decoding (and HTML stripping); all offsets
    in the records refer to it. ``url`` is the page's URL from the sources'
    metadata, or a ``file:`` URL when the page has none.
    """

    path: str  # path as given (for messages)
    url: str
    text: str
    lang: str | None = None  # "en" | "es" | None (unknown)
    layout: str | None = None  # "listing" | "event" | "fields" | "country" | "news" | None (detect)
    country: str | None = None  # ISO 3166-1 alpha-2 of a country page, from its URL
    sha256: str = ""
    encoding: str = "utf-8"
    # what reading the page had to guess (encoding, missing metadata); added by the parse half of issue 3
    warnings: tuple["LoadWarning", ...] = ()
    published: date | None = None  # a news article's publication date from sources.yaml ("published:")


@dataclass(frozen=True, slots=True)
class Title:
    text: str
    lang: str  # "en" | "es"
    span: Span


@dataclass(frozen=True, slots=True)
class Section:
    heading: str | None  # the heading as printed ("GENERAL OBJECTIVE", "Comments:")
    span: Span  # the section's body text


@dataclass(frozen=True, slots=True)
class Objective:
    kind: str  # "general" | "specific"
    span: Span


@dataclass(frozen=True, slots=True)
class Edition:
    number: int  # 22 for "XXII RCM"
    series: str  # series key, e.g. "rcm-conference", "rcm-adhoc-extra-regional"
    series_label_en: str
    series_label_es: str
    span: Span  # the numbering words ("XXII RCM", "Third meeting")


@dataclass(frozen=True, slots=True)
class PlaceMention:
    span: Span  # the location text as printed ("SAN JOSÉ", "Montevideo, Uruguay")
    online: bool = False  # "Virtual session" and the like
    city_geonameid: int | None = None
    city_label_en: str | None = None
    city_label_es: str | None = None
    country_code: str | None = None  # ISO2
    country_geonameid: int | None = None
    hybrid: bool = False  # "Híbrido", "San José / Virtual": in person (here) and online


@dataclass(frozen=True, slots=True)
class DateRange:
    start: date
    end: date | None
    span: Span  # the date phrase ("March 30 - April 1, 2019"), never the sentence around it
    # further date phrases the range draws on: the other days of a sentence that dates a
    # sequence of meetings ("November 15th", "16th" before "November 17th -18th, 2016"),
    # or an "End date: …" line after a "Start date: …" line
    parts: tuple[Span, ...] = ()


@dataclass(frozen=True, slots=True)
class EventRecord:
    """One event as a page shows it."""

    ordinal: int  # position of the event on its page, from 0
    span: Span  # the whole event block
    titles: tuple[Title, ...]
    subtitle: Title | None = None
    kind: str | None = None  # key: "workshop", "meeting", "plenary-meeting", "vice-ministerial-meeting", ...
    kind_span: Span | None = None
    edition: Edition | None = None
    description: Span | None = None  # the description block
    sections: tuple[Section, ...] = ()
    objectives: tuple[Objective, ...] = ()
    place: PlaceMention | None = None
    venue: Span | None = None
    dates: DateRange | None = None
    online: bool = False
    coordinating: Span | None = None  # value of "Coordinating institution:" / "Institución Coordinadora"
    documents: tuple[str, ...] = ()  # links to documents (URLs)
    hybrid: bool = False  # attended in person and online (schema:MixedEventAttendanceMode)
    mode: Span | None = None  # the text stating the attendance mode when it is not the place's ("Lugar: Virtual")
    concerns: PlaceMention | None = None  # a country page's country: what the event concerns, not where it was
    # issue 13 (round 25): table cells that run on over several lines (a table aligned with blanks): their line
    # breaks are soft, the cell is read as one text (a role cue keeps its objects on the next line)
    cells: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True, slots=True)
class LoadWarning:
    """Something a page did not say clearly; the build reports it."""

    path: str
    line: int | None
    message: str
    value: str | None = None

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        tail = f" ({self.value!r})" if self.value is not None else ""
        return f"{where}: {self.message}{tail}"


@dataclass(frozen=True, slots=True)
class ParseResult:
    page: Page
    layout: str
    events: tuple[EventRecord, ...]
    warnings: tuple[LoadWarning, ...] = ()
    skipped: tuple[str, ...] = ()  # what was read and deliberately not kept (footer, navigation)


@dataclass(frozen=True, slots=True)
class ExtractedInstitution:
    """An institution a page names in an institution's slot that the reference data does not know.

    It enters the graph as ``rcp:ExtractedInstitution`` (not yet curated); ``rcpkg review``
    lets a curator decide what it is."""

    key: str  # normalized name (accents and case folded, articles dropped), with "--<parent>" for a guessed parent
    name: str  # the name as written, leading article dropped
    acronym: str | None  # "IDB" when the page gives "Inter-American Development Bank (IDB)"
    type: str  # a reference entity type ("NationalMinistry", "OrganizationUnit", "Institution", ...)
    parent: str | None  # reference id of the government or organization it is a unit of
    lang: str  # language of the name ("en" | "es")
    printed: tuple[str, ...] = ()  # other names the page prints it with ("Ecuador's Ministry of Labour")


@dataclass(frozen=True, slots=True)
class Involvement:
    """An institution's role in an event, with the sentence that states it."""

    agent: str  # reference id of the institution ("iom", "gov-cr", "rcm-rcgm"), or an extracted one's key
    role: str  # "convener" | "coordinator" | "organizer" | "supporter" | "funder" | "host" | "participant" | "mentioned"
    mention: Span  # the name as written
    evidence: Span  # the sentence
    extracted: ExtractedInstitution | None = None  # set when the reference data does not know the agent


@dataclass(frozen=True, slots=True)
class ThemeHit:
    theme: str  # theme key in the concept scheme
    trigger: str  # the words that matched
    evidence: Span  # the sentence (or title) that holds them


@dataclass(frozen=True, slots=True)
class Extraction:
    involvements: tuple[Involvement, ...] = ()
    themes: tuple[ThemeHit, ...] = ()
    warnings: tuple[LoadWarning, ...] = field(default=())
    # what became of each name in an institution's slot: "known" | "uncurated" | "warned" -> count
    slots: tuple[tuple[str, int], ...] = ()
