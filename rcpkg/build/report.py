"""The build report: what each page gave and what the build did (`rcpkg build --report`), and its timer."""

from __future__ import annotations

import json
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Iterator

from rcpkg import interrupt, iris
from rcpkg.namespaces import RCP


@dataclass
class PageReport:
    file: str
    url: str = ""
    layout: str = ""
    graph: str = ""
    sha256: str = ""
    events: int = 0
    involvements: int = 0
    themes: int = 0
    triples: int = 0
    warnings: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    error: str | None = None
    reused: bool = False
    meta: str = ""  # what of the page's metadata its graph depends on (a change forces a rebuild of the page)
    stat: list[int] | None = None  # [size, mtime_ns] when hashed, if last written over RACY_NS before
    quality: dict[str, int] = field(default_factory=dict)  # rows of each *-violation query about this page
    identities: list[list] = field(default_factory=list)  # each event description's identity record (loaders.identity)
    # names in an institution's slot (coordinating field, role phrase): "known" / "uncurated" / "warned" -> count
    slots: dict[str, int] = field(default_factory=dict)
    uncurated: list[str] = field(default_factory=list)  # keys of the extracted (not yet curated) institutions


@dataclass
class BuildReport:
    store: str
    sources: str
    pages: list[PageReport] = field(default_factory=list)
    triples: int = 0
    graphs: int = 0
    events: int = 0
    conforms: bool = True
    validation: str = ""
    incremental: bool = False
    timings: dict[str, float] = field(default_factory=dict)
    explorer_pages: list[str] = field(default_factory=list)  # written by `rcpkg build` (rcpkg.commands.build)
    site: str | None = None  # the folder of the research site, when `rcpkg build` wrote it
    notes: list[str] = field(default_factory=list)
    descriptions: int = 0  # event descriptions read (an event described by two pages counts twice)
    merged: list[dict] = field(default_factory=list)  # events described by several pages: title, pages
    apart: list[dict] = field(default_factory=list)  # same title and place, kept apart: title, page, line, why
    quality: dict[str, int] = field(default_factory=dict)  # *-violation query -> rows found
    # extracted institutions, not yet curated (`rcpkg review`): key -> the pages that name them
    uncurated: dict[str, list[str]] = field(default_factory=dict)

    @property
    def failed_pages(self) -> list[PageReport]:
        return [p for p in self.pages if p.error]

    def to_json(self) -> str:
        # flat copies (as asdict's output, without its deep copy: a tenth of a second at 10k pages)
        data = {**self.__dict__, "pages": [dict(p.__dict__) for p in self.pages]}
        return json.dumps(data, indent=2, ensure_ascii=False)


class Timer:
    """`with timer("stage"):` adds the block's seconds to the report's timings of that stage."""

    def __init__(self, report: BuildReport) -> None:
        self.report = report

    @contextmanager
    def __call__(self, stage: str) -> Iterator[None]:
        interrupt.check()  # a Ctrl-C that a hook swallowed stops the build at the next stage
        start = time.perf_counter()
        try:
            yield
        finally:
            self.report.timings[stage] = self.report.timings.get(stage, 0.0) + time.perf_counter() - start

    def add(self, timings: dict[str, float]) -> None:
        """Seconds measured elsewhere (a worker's CPU seconds, summed over the workers)."""
        for k, v in timings.items():
            self.report.timings[k] = self.report.timings.get(k, 0.0) + v


def count(store, graph: str) -> int:
    """The number of quads in one named graph."""
    query = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <%s> { ?s ?p ?o } }" % graph
    return int(next(iter(store.query(query)))["n"].value)


EVENTS = ("SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { GRAPH ?g { ?e a <%s> } FILTER(STRSTARTS(STR(?g), \"%s\")) }"
          % (RCP.Event, iris.SOURCE_GRAPH_PREFIX))


def sum_up(report: BuildReport, store, *, triples: int | None, changed: list[str]) -> None:
    """The report's totals: graphs, triples, event descriptions, events, uncurated institutions.

    `triples` (an incremental build) is the count of the graphs kept from the previous store:
    the others are counted graph by graph (counting a large store whole takes seconds)."""
    report.graphs = sum(1 for _ in store.named_graphs())
    if triples is None:
        report.triples = len(store)
    else:
        report.triples = triples + count(store, str(iris.DERIVED_GRAPH)) + sum(count(store, g) for g in changed)
    report.descriptions = sum(p.events for p in report.pages if not p.error)
    # the events the pages describe (the reference data's editions that no page shows are not counted)
    report.events = int(next(iter(store.query(EVENTS)))["n"].value)
    for page in report.pages:
        for key in ([] if page.error else page.uncurated):
            report.uncurated.setdefault(key, []).append(page.file)


def note_fallback(report: BuildReport, compiled) -> None:
    """Say which shapes pySHACL checked because they could not be compiled."""
    if compiled is not None and compiled.fallback:
        report.notes.append(f"{len(compiled.fallback)} shape(s) checked by pySHACL, not compiled to SPARQL "
                            "(slower at scale): " + "; ".join(compiled.unsupported))
