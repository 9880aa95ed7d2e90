"""Which event descriptions, on different pages, are one event (pure).

A page describes events; several pages may describe the same event (a listing
entry and the event's own page) or different events with the same title at the
same place (the "Regional Consultation Group on Migration" meets every year in
some capital). Two descriptions are the same event only when nothing they state
conflicts:

- the **title** (English when given) and the **place** must be the same: that
  is the *base key* (`rcpkg.iris.event_key`); a description that names no place
  is of the event another page places under the same title, when only one place
  is given for that title elsewhere and nothing else conflicts (`_join_placeless`);
- **dates**, where both give them, must be the same: a description that states
  its start date mints the base key *and* that date, so two pages that date a
  meeting differently describe two meetings (never one event with two dates);
- an undated description that names **years** must name the dated event's year
  (unless the two texts are nearly the same);
- an event's **own page** (a page of one event) and an entry of a page of many
  (a listing) are one event whatever their wording; two entries of pages of many
  must agree in their **descriptions** (one contains the start of the other, or
  half the words of the shorter are in the longer).

An **edition of a process's series** (the XLII South American Conference on Migration, the
52nd Vice-Ministerial Meeting of the RCM, a joint plenary: `EDITION_SERIES`) is one event
whatever the page's title or place: its base key is the edition (`edition_base`), and its IRI
the edition's (`rcpkg.iris.edition`). When the pages that describe it give it different dates,
no date wins: every description of it is minted with the key `base + DATES_DIFFER`
(`dates_differ`), the event keeps no date of its own, each page's dates are kept as that
source's statement (rcp:SourceStatement, rcp:statedStart / rcp:statedEnd), and the build
reports the conflict.

A description without a date joins the dated event of the same base key that
another page describes, when exactly one such event agrees with it (the listing
entry and its own event page). When several dated events could be it, or none
agrees, it stays a separate event and the build says so. Undated descriptions
of one base key that disagree with each other stay apart as well.

Each page is processed alone first (`default_key`); `resolve` then looks at every
page's `Record`s and says which descriptions must be minted again with another
key (the build re-reads those pages), which merged across pages, and what it
kept apart.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Iterable, Mapping

from rcpkg.iris import fold

DESCRIPTION_PREFIX = 300  # folded characters of a description kept to compare
AGREE_PREFIX = 60  # a description agrees with another when its first characters appear in it


@dataclass(frozen=True, slots=True)
class Record:
    """What identifies one event description of one page (kept in the build manifest)."""

    ordinal: int
    base: str  # folded title | place key
    start: str = ""  # ISO start date when the page states one
    end: str = ""
    description: str = ""  # folded, first DESCRIPTION_PREFIX characters
    occurrence: int = 0  # same base key repeated on the same page (distinct events)
    key: str = ""  # the key the description was minted with
    title: str = ""  # as printed, for messages
    line: int | None = None
    single: bool = False  # on a page of one event (layout "event"): the event's own page

    def to_list(self) -> list:
        return [self.ordinal, self.base, self.start, self.end, self.description, self.occurrence, self.key,
                self.title, self.line, self.single]

    @classmethod
    def from_list(cls, row: list) -> "Record":
        return cls(*row)


EDITION_SERIES = ("rcm-conference", "sacm-conference", "rcm-sacm-plenary")  # one event per edition
EDITION_PREFIX = "edition:"
DATES_DIFFER = "|dates-differ"


def edition_base(series: str | None, number: int | None) -> str | None:
    """The base key of an edition of a process's series ("edition:sacm-conference:42"), else None."""
    if series in EDITION_SERIES and number:
        return f"{EDITION_PREFIX}{series}:{int(number)}"
    return None


def edition_of(key: str) -> tuple[str, int] | None:
    """(series, number) of an edition's key (with or without a date or DATES_DIFFER after it)."""
    if not key.startswith(EDITION_PREFIX):
        return None
    series, number = key[len(EDITION_PREFIX):].split("|", 1)[0].rsplit(":", 1)
    return series, int(number)


def dates_differ(key: str | None) -> bool:
    """Whether the pages give the event of this key different dates (each page's are its statement)."""
    return bool(key) and key.endswith(DATES_DIFFER)


def default_key(base: str, start: str = "") -> str:
    """The key a description mints on its own: the base key, with its start date when stated."""
    return f"{base}|{start}" if start else base


def description_print(text: str | None) -> str:
    """The start of a description, folded: `fold(text)[:DESCRIPTION_PREFIX]`, folding only as much of
    a long text as it takes (a folded prefix longer than the print holds the same first characters)."""
    text = text or ""
    head = 2 * DESCRIPTION_PREFIX + 16
    if len(text) > head:
        folded = fold(text[:head])
        if len(folded) > DESCRIPTION_PREFIX:
            return folded[:DESCRIPTION_PREFIX]
    return fold(text)[:DESCRIPTION_PREFIX]


_WORD = re.compile(r"\w{4,}")
_YEAR = re.compile(r"\b(19[5-9]\d|20\d\d)\b")
AGREE_OVERLAP = 0.5  # share of the shorter description's words the longer must hold
SAME_OVERLAP = 0.8  # so much shared that a year named in one text is not taken as a conflict


def overlap(a: str, b: str) -> float:
    """The share of the shorter text's words (four letters or more) that the other holds."""
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    words_short, words_long = set(_WORD.findall(short)), set(_WORD.findall(long_))
    return len(words_short & words_long) / len(words_short) if words_short else 0.0


def agree(a: str, b: str) -> bool:
    """Whether two (folded) descriptions can be of one event: either is empty, one contains
    the start of the other (a listing's excerpt), or half the words of the shorter one (of
    four letters or more) are in the other (an event page that words its summary anew)."""
    if not a or not b:
        return True
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    return short[:AGREE_PREFIX] in long_ or overlap(a, b) >= AGREE_OVERLAP


def year_conflict(undated: str, start: str) -> bool:
    """An undated description that names years, none of them the dated event's, is of
    another meeting ("the 2017 meeting of the group"), unless the texts are nearly the same."""
    years = set(_YEAR.findall(undated))
    return bool(years) and start[:4] not in years


def compatible(a: Record, b: Record) -> bool:
    """Whether two descriptions of one title and place (one of them at least undated) can be one
    event: no year named against the other's date or years; then an event's own page (a page
    of one event) and an entry of a page of many are one event whatever their wording (a
    listing's teaser and the page's text often say different things); two entries of pages of
    many must agree in their descriptions."""
    if a.start and b.start:
        return a.start == b.start
    near = overlap(a.description, b.description) >= SAME_OVERLAP
    dated = a if a.start else b if b.start else None
    if dated is not None:
        undated = b if dated is a else a
        if year_conflict(undated.description, dated.start) and not near:
            return False
    else:
        ya, yb = set(_YEAR.findall(a.description)), set(_YEAR.findall(b.description))
        if ya and yb and not ya & yb and not near:
            return False
    if a.single != b.single:
        return True
    return agree(a.description, b.description)


@dataclass
class Resolution:
    keys: dict[str, dict[int, str]] = field(default_factory=dict)  # page -> ordinal -> key to mint instead
    merged: list[dict] = field(default_factory=list)  # {"title", "key", "pages"}: one event from several pages
    apart: list[dict] = field(default_factory=list)  # {"title", "page", "line", "why"}: kept apart, with why
    descriptions: int = 0
    # page -> ordinal -> key of every edition of a process's series: a page minted again for another
    # of its events must mint its editions with these keys too (keys holds only what changed)
    editions: dict[str, dict[int, str]] = field(default_factory=dict)

    def warnings_for(self, page: str) -> list[str]:
        return [f"{a['page']}:{a['line'] or '?'}: {a['why']} ({a['title']})" for a in self.apart
                if a["page"] == page]


def resolve_rows(pages: Mapping[str, Iterable[list]],
                 reference: Mapping[str, list[tuple[str, str, str]]] | None = None) -> Resolution:
    """`resolve` over the records as the manifest keeps them (lists), without building a Record
    for a description that no other description shares its base key with (most of them): such a
    one only has to be minted with its own default key.

    `reference`: the reference data's dated accounts of the processes' editions (`reference_dates`);
    a page that dates an edition otherwise than every one of them is reported (`reference_conflicts`)."""
    rows = {page: list(records) for page, records in pages.items()}
    counts: dict[str, int] = {}
    placed: dict[str, list[str]] = {}  # folded title -> base keys that place it
    for records in rows.values():
        for row in records:
            if row[5] == 0:  # occurrence
                counts[row[1]] = counts.get(row[1], 0) + 1
                title, _, place = row[1].rpartition("|")
                if place and not row[1].startswith(EDITION_PREFIX):
                    placed.setdefault(title, []).append(row[1])
    for base in [b for b in counts if placeless_title(b) in placed]:  # compared with the placed ones (resolve)
        for other in {base, *placed[placeless_title(base)]}:
            counts[other] += 1
    shared: dict[str, list[Record]] = {}
    alone: dict[str, dict[int, str]] = {}
    editions: dict[str, dict[int, str]] = {}
    total = 0
    for page, records in rows.items():
        for row in records:
            total += 1
            if row[5] == 0 and counts[row[1]] > 1:
                shared.setdefault(page, []).append(Record.from_list(row))
            elif row[5] == 0:
                # an edition of a process's series takes the edition's key (and IRI) once compared
                key = row[1] if row[1].startswith(EDITION_PREFIX) else default_key(row[1], row[2])
                if row[1].startswith(EDITION_PREFIX):
                    editions.setdefault(page, {})[row[0]] = key
                if row[6] != key:
                    alone.setdefault(page, {})[row[0]] = key
    out = resolve(shared)
    out.descriptions = total
    for page, keys in alone.items():
        out.keys.setdefault(page, {}).update(keys)
    for page, keys in editions.items():
        out.editions.setdefault(page, {}).update(keys)
    for page in out.keys:  # minted again: its editions keep their keys
        out.keys[page] = {**out.editions.get(page, {}), **out.keys[page]}
    if reference:
        out.apart.extend(reference_conflicts(rows, reference))
    return out


def reference_dates(accounts: Iterable) -> dict[str, list[tuple[str, str, str]]]:
    """Edition base key -> the (start, end or "", first source) of the reference data's accounts of it
    (`rcpkg.loaders.history.EditionAccount`) that date it to the day."""
    out: dict[str, list[tuple[str, str, str]]] = {}
    for a in accounts:
        base = edition_base(a.series, a.number)
        if base and a.start and len(a.start) == 10:
            out.setdefault(base, []).append((a.start, a.end if a.end and len(a.end) == 10 else "",
                                             a.sources[0] if a.sources else "the reference data"))
    return out


def _span(start: str, end: str) -> str:
    return start if not end or end == start else f"{start} to {end}"


def reference_conflicts(rows: Mapping[str, Iterable[list]],
                        reference: Mapping[str, list[tuple[str, str, str]]]) -> list[dict]:
    """The pages that date an edition otherwise than every dated account of it in the reference data:
    both are kept (the page's dates with its quote, the reference's as the edition's statement) and
    reported, naming both sources."""
    out = []
    for page, records in sorted(rows.items()):
        for row in records:
            rec = row if isinstance(row, Record) else Record.from_list(row)
            accounts = reference.get(rec.base)
            if not rec.start or not accounts:
                continue
            end = rec.end or rec.start
            if any(a == rec.start and (not b or b == end) for a, b, _ in accounts):
                continue
            said = "; ".join(f"{_span(a, b)} ({src})" for a, b, src in accounts)
            out.append({"title": rec.title, "page": page, "line": rec.line,
                        "why": f"this page dates the edition {_span(rec.start, end)}, the reference data "
                               f"{said}: both are kept, the page's dates with its quote and the reference's as "
                               "the edition's statement"})
    return out


def resolve(pages: Mapping[str, Iterable[Record]]) -> Resolution:
    """Decide, over every page's records, which key each description is minted with."""
    out = Resolution()
    groups: dict[str, list[tuple[str, Record]]] = {}
    for page, records in pages.items():
        for rec in records:
            out.descriptions += 1
            if rec.occurrence == 0:  # a repeat on its own page is a distinct event, never merged
                groups.setdefault(rec.base, []).append((page, rec))
    _join_placeless(out, groups)
    for base, items in sorted(groups.items()):
        if base.startswith(EDITION_PREFIX):
            _resolve_edition(out, base, items)
            continue
        dated: dict[str, list[tuple[str, Record]]] = {}
        undated: list[tuple[str, Record]] = []
        for page, rec in items:
            if rec.start:
                dated.setdefault(default_key(base, rec.start), []).append((page, rec))
            else:
                undated.append((page, rec))
        for key, members in dated.items():
            for page, rec in members:
                if rec.key != key:  # a dated description that named no place, joined to this place
                    out.keys.setdefault(page, {})[rec.ordinal] = key
            if len({p for p, _ in members}) > 1:
                out.merged.append({"title": members[0][1].title, "key": key,
                                   "pages": sorted({p for p, _ in members})})
        if len(dated) > 1 and len({p for members in dated.values() for p, _ in members}) > 1:
            for key, members in sorted(dated.items()):
                for page, rec in members:
                    others = sorted({k.rsplit("|", 1)[1] for k in dated if k != key})
                    out.apart.append({"title": rec.title, "page": page, "line": rec.line,
                                      "why": f"another page describes a meeting of the same title at the same "
                                             f"place on {', '.join(others)}: kept as separate events"})
        joined: dict[str, list[tuple[str, Record]]] = {}  # dated key -> undated descriptions joining it
        clusters: list[list[tuple[str, Record]]] = []  # undated descriptions that stay undated
        for page, rec in undated:
            candidates = [key for key, members in dated.items()
                          if any(p != page for p, _ in members)
                          and all(compatible(rec, r) for _, r in members)
                          and all(compatible(rec, r) for _, r in joined.get(key, ()))]
            if len(candidates) == 1:
                joined.setdefault(candidates[0], []).append((page, rec))
                continue
            if len(candidates) > 1:
                dates = ", ".join(sorted(k.rsplit("|", 1)[1] for k in candidates))
                why = (f"no date here, and other pages describe meetings of the same title at the same place "
                       f"on {dates}: kept as a separate event")
                out.apart.append({"title": rec.title, "page": page, "line": rec.line, "why": why})
            elif any(p != page for members in dated.values() for p, _ in members):
                out.apart.append({"title": rec.title, "page": page, "line": rec.line,
                                  "why": "another page describes a dated meeting of the same title at the same "
                                         "place whose description differs or names another year: kept as a "
                                         "separate event"})
            for cluster in clusters:  # undated with undated: one event while they agree
                if all(compatible(rec, r) for _, r in cluster) and \
                        all(p != page for p, _ in cluster):
                    cluster.append((page, rec))
                    break
            else:
                clusters.append([(page, rec)])
        for key, members in joined.items():
            for page, rec in members:
                if rec.key != key:
                    out.keys.setdefault(page, {})[rec.ordinal] = key
            pages_of = sorted({p for p, _ in dated[key]} | {p for p, _ in members})
            out.merged = [m for m in out.merged if m["key"] != key]
            out.merged.append({"title": dated[key][0][1].title, "key": key, "pages": pages_of})
        _dates_differ(out, dated, joined)
        for i, cluster in enumerate(clusters):
            key = base if i == 0 else f"{base}|apart:{cluster[0][0]}"
            for page, rec in cluster:
                if rec.key != key:
                    out.keys.setdefault(page, {})[rec.ordinal] = key
            if i > 0:
                first = cluster[0][1]
                out.apart.append({"title": first.title, "page": cluster[0][0], "line": first.line,
                                  "why": "another page describes an undated meeting of the same title at the "
                                         "same place whose description differs: kept as a separate event"})
            if len({p for p, _ in cluster}) > 1:
                out.merged.append({"title": cluster[0][1].title, "key": key,
                                   "pages": sorted({p for p, _ in cluster})})
    out.merged.sort(key=lambda m: (m["title"], m["key"]))
    return out


def _dates_differ(out: Resolution, dated: dict[str, list[tuple[str, Record]]],
                  joined: dict[str, list[tuple[str, Record]]]) -> None:
    """Pages that give one meeting (same title, place and start day) different end days ("26 April 2023"
    read as one day on a listing, "26 and 27 April 2023" on the event's own page): one event whose pages'
    dates are each kept as that page's statement (DATES_DIFFER), as for an edition, never one event with
    two end dates; the conflict is reported on each page."""
    for key, members in dated.items():
        accounts = sorted({(rec.start, rec.end or rec.start) for _, rec in members})
        if len(accounts) < 2 or len({p for p, _ in members}) < 2:
            continue
        new = key + DATES_DIFFER
        said = "; ".join(f"{_span(a, b)} on {', '.join(sorted({p for p, r in members if (r.start, r.end or r.start) == (a, b)}))}"
                         for a, b in accounts)
        for page, rec in [*members, *joined.get(key, ())]:
            if rec.key != new:
                out.keys.setdefault(page, {})[rec.ordinal] = new
            if rec.start:
                out.apart.append({"title": rec.title, "page": page, "line": rec.line,
                                  "why": f"the pages that describe this meeting give it different dates ({said}); "
                                         "each page's dates are kept as its statement, the event has no date of "
                                         "its own"})
        for m in out.merged:
            if m["key"] == key:
                m["key"] = new


def placeless_title(base: str) -> str | None:
    """The folded title of a base key that names no place ("title|"), else None (an edition's key is never)."""
    if base.startswith(EDITION_PREFIX) or not base.endswith("|"):
        return None
    return base[:-1]


def _join_placeless(out: Resolution, groups: dict[str, list[tuple[str, Record]]]) -> None:
    """A description that names no place is of the event another page describes under the same title at
    a place, when nothing they state conflicts: exactly one place is given for that title on the other
    pages, and the description is compatible with every description of it there (dates, years, wording).
    It then joins that base key's group (and mints that key); otherwise it stays apart, and the build says
    why when another page places a meeting of that title."""
    placed: dict[str, list[str]] = {}
    for base in groups:
        title, _, place = base.rpartition("|")
        if place and not base.startswith(EDITION_PREFIX):
            placed.setdefault(title, []).append(base)
    for base in [b for b in groups if placeless_title(b) in placed]:
        stay = []
        for page, rec in groups[base]:
            bases = [b for b in placed[placeless_title(base)] if any(p != page for p, _ in groups[b])]
            target = bases[0] if len(bases) == 1 else None
            if target and all(compatible(rec, r) for p, r in groups[target] if p != page):
                groups[target].append((page, rec))
                continue
            stay.append((page, rec))
            if bases:
                why = ("no place here, and other pages describe meetings of the same title at "
                       f"{len(bases)} places: kept as a separate event" if len(bases) > 1 else
                       "no place here, and another page describes a meeting of the same title at a place "
                       "whose dates, years or description differ: kept as a separate event")
                out.apart.append({"title": rec.title, "page": page, "line": rec.line, "why": why})
        if stay:
            groups[base] = stay
        else:
            del groups[base]


def _resolve_edition(out: Resolution, base: str, items: list[tuple[str, Record]]) -> None:
    """The descriptions of one edition of a process's series, on several pages: one event. Pages
    that date it differently (start or end) keep their dates as their own statements (DATES_DIFFER);
    the conflict is reported on each of them."""
    accounts = sorted({(rec.start, rec.end or rec.start) for _, rec in items if rec.start})
    key = base + DATES_DIFFER if len(accounts) > 1 else base
    for page, rec in items:
        out.editions.setdefault(page, {})[rec.ordinal] = key
        if rec.key != key:
            out.keys.setdefault(page, {})[rec.ordinal] = key
        if len(accounts) > 1 and rec.start:
            said = ", ".join(a if a == b else f"{a} to {b}" for a, b in accounts)
            by = "; ".join(f"{_span(a, b)} on {', '.join(sorted({p for p, r in items if (r.start, r.end or r.start) == (a, b)}))}"
                           for a, b in accounts)
            out.apart.append({"title": rec.title, "page": page, "line": rec.line,
                              "why": f"the pages that describe this edition give it different dates ({said}): {by}; "
                                     "each page's dates are kept as its statement, the event has no date of its own"})
    pages = sorted({p for p, _ in items})
    if len(pages) > 1:
        out.merged.append({"title": items[0][1].title, "key": key, "pages": pages})
