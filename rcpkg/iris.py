"""The one place where rcpkg mints IRIs.

Every IRI is a pure function of what the source or the reference data says, so
the same input always gives the same IRIs: rebuilds are isomorphic and loading
a page again never duplicates anything.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache

from rdflib import URIRef

from rcpkg import namespaces

BASE = namespaces.BASE
ID = str(namespaces.ID)
GRAPH = str(namespaces.GRAPH)

ONTOLOGY_GRAPH = URIRef(GRAPH + "ontology")
REFERENCE_GRAPH = URIRef(GRAPH + "reference")
DERIVED_GRAPH = URIRef(GRAPH + "derived")
SOURCE_GRAPH_PREFIX = GRAPH + "source/"

_KEY = re.compile(r"^[a-z0-9][a-z0-9-]*$")


def _h(*parts: object, n: int = 16) -> str:
    # (map(str, ...) rather than a generator: the same text, a third cheaper; _h runs for every annotation)
    return hashlib.sha1("\x1f".join(map(str, parts)).encode("utf-8")).hexdigest()[:n]


def _minted(value: str) -> URIRef:
    """``URIRef(value)`` for an IRI this module makes of its own namespace and a hex digest: rdflib's
    check of every new URIRef (which only logs a warning) can find nothing wrong with it, and it costs
    as much as the digest. ``URIRef.__new__`` makes the same str subclass after its check."""
    return str.__new__(URIRef, value)


def fold(text: str) -> str:
    """Accent- and case-insensitive form of a name, with whitespace collapsed."""
    if text.isascii():  # NFKD leaves ASCII as it is, and casefold is lower
        return " ".join(text.lower().split())
    decomposed = unicodedata.normalize("NFKD", text)
    for ch in set(decomposed).difference(_SEEN):  # combining marks dropped by a table, each looked up once
        if unicodedata.combining(ch):
            _COMBINING[ord(ch)] = None
        _SEEN.add(ch)
    return " ".join(decomposed.translate(_COMBINING).casefold().split())


_COMBINING: dict[int, None] = {}  # combining mark -> None (str.translate drops it)
_SEEN: set[str] = set()


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")


def _check_key(kind: str, key: str) -> str:
    if not _KEY.match(key):
        raise ValueError(f"not a valid {kind} key: {key!r} (lowercase letters, digits and '-')")
    return key


@lru_cache(maxsize=4096)  # (a page names the same institutions and themes again and again)
def org(key: str) -> URIRef:
    """An institution, process, body, government or ministry from the reference data."""
    return URIRef(f"{ID}org/{_check_key('institution', key)}")


def extracted_institution(key: str) -> URIRef:
    """An institution a page names that the reference data does not know (not yet curated).

    `key` is its normalized name (accents and case folded, articles dropped, as
    ``rcpkg.loaders.openworld.normalized`` gives it) as a slug, with ``--<parent id>``
    when the page names its government or organization: the same name on two pages
    is one institution."""
    return URIRef(f"{ID}org/extracted/{_check_key('extracted institution', key)}")


EXTRACTED_PREFIX = f"{ID}org/extracted/"


@lru_cache(maxsize=1024)
def theme(key: str) -> URIRef:
    return URIRef(f"{ID}theme/{_check_key('theme', key)}")


THEME_SCHEME = URIRef(f"{ID}theme/scheme")


def series(key: str) -> URIRef:
    return URIRef(f"{ID}series/{_check_key('series', key)}")


def event_key(title: str, place: str | None) -> str:
    """What identifies an event across pages: its folded title and its place key.

    Two events with the same title in different places stay distinct; a listing
    and the event's own page (same title, same place) give the same key.
    """
    return f"{fold(title)}|{place or ''}"


def event(key: str, occurrence: int = 0) -> URIRef:
    """An event; `occurrence` separates same-titled events at one place on one page."""
    return _minted(f"{ID}event/{_h(key, occurrence) if occurrence else _h(key)}")


def edition(series_key: str, number: int) -> URIRef:
    """An edition of an event series (the XXI RCM): the same IRI for the reference data's
    edition and for every page event that names that edition of that series."""
    if int(number) < 1:
        raise ValueError(f"not an edition number: {number!r}")
    return URIRef(f"{ID}event/{_check_key('series', series_key)}-{int(number)}")


def event_part(event_iri: URIRef, part: str, position: int, text: str | None = None) -> URIRef:
    """An event's section or objective by its position; with `text` (what it says), by that too: two
    pages that describe one event, each with its own first section, state two sections, while the same
    text on both is one (issue 13)."""
    if text is None:
        return URIRef(f"{event_iri}/{part}/{position}")
    return URIRef(f"{event_iri}/{part}/{_h(text, n=8)}-{position}")


def city(geonameid: int) -> URIRef:
    return URIRef(f"{ID}place/city/{int(geonameid)}")


def country(iso2: str) -> URIRef:
    if not re.fullmatch(r"[A-Z]{2}", iso2):
        raise ValueError(f"not an ISO 3166-1 alpha-2 code: {iso2!r}")
    return URIRef(f"{ID}place/country/{iso2}")


def venue(place_key: str, name: str) -> URIRef:
    return URIRef(f"{ID}place/venue/{_h(place_key, fold(name))}")


def geonames(geonameid: int) -> URIRef:
    return URIRef(f"https://sws.geonames.org/{int(geonameid)}/")


def involvement(event_iri: URIRef, agent_iri: URIRef, role_iri: URIRef) -> URIRef:
    return _minted(f"{ID}involvement/{_h(event_iri, agent_iri, role_iri)}")


def subject(event_iri: URIRef, theme_iri: URIRef) -> URIRef:
    return _minted(f"{ID}subject/{_h(event_iri, theme_iri)}")


def annotation(source: str, start: int, end: int, body: URIRef, prop: URIRef | None = None) -> URIRef:
    return _minted(f"{ID}annotation/{_h(source, start, end, body, prop or '')}")


def quote_target(source: str, start: int, end: int, exact: str) -> URIRef:
    """The target of the annotations that quote `exact` at [start, end) of `source`: one node per
    quoted span of a page, shared by every annotation that quotes that span."""
    return _minted(f"{ID}target/{_h(source, start, end, exact)}")


def annotation_part(annotation_iri: URIRef, part: str) -> URIRef:
    if part in ("quote", "position") and annotation_iri.startswith(ID):  # speed26: a minted IRI and a word of ours
        return _minted(f"{annotation_iri}#{part}")
    return URIRef(f"{annotation_iri}#{part}")


def membership(process: URIRef, member: URIRef, role: URIRef, source: str) -> URIRef:
    return URIRef(f"{ID}membership/{_h(process, member, role, source)}")


def dated_membership(process: URIRef, member: URIRef, role: URIRef, source: str, start: str, end: str) -> URIRef:
    """A membership for a period (a presidency, a member or observer from a year): one per source and period."""
    return URIRef(f"{ID}membership/{_h(process, member, role, source, start, end)}")


def handover(process: URIRef, giver: str, receiver: str, when: str, source: str) -> URIRef:
    return URIRef(f"{ID}handover/{_h(process, giver, receiver, when, source)}")


def interval(membership_iri: URIRef) -> URIRef:
    return URIRef(f"{membership_iri}#during")


def instant(membership_iri: URIRef, which: str) -> URIRef:
    """The beginning ("start") or end ("end") of a membership's interval."""
    if which not in ("start", "end"):
        raise ValueError(which)
    return URIRef(f"{membership_iri}#{which}")


def statement(about: URIRef, text: str) -> URIRef:
    return _minted(f"{ID}statement/{_h(about, text)}")


def source_graph(url: str) -> URIRef:
    """The named graph holding one source page's triples."""
    readable = slug(re.sub(r"^[a-z]+://", "", url))[:60].strip("-") or "page"
    return URIRef(f"{SOURCE_GRAPH_PREFIX}{readable}-{_h(url, n=8)}")
