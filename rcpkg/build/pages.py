"""Page processing: read, parse, extract and turn each page into its graph, on a pool of workers.

Pages are grouped into chunks of about CHUNK_BYTES of source text. Each chunk is processed by
one worker (a process forked with the PageProcessor and the compiled shapes already built), which
also checks the chunk's pages as one validation batch (rcpkg.build.checks.BatchValidator) and
sends back each page's report and N-Quads text. At most `jobs + 1` chunks run ahead of the one
being loaded, so the workers never run far ahead of the loading.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator

from rdflib import Graph, URIRef

from rcpkg import interrupt, iris
from rcpkg.build.plan import sha256, stat_key
from rcpkg.build.report import BuildReport, PageReport, Timer
from rcpkg.errors import LoaderError

PARALLEL_MIN_PAGES = 8  # below this, starting worker processes costs more than it saves
CHUNK_BYTES = 512 * 1024  # source bytes per chunk of pages (about 100k quads): one validation batch
POLL_S = 0.5  # how often the build looks whether its workers are still alive while it waits


def series_owner_from(gazetteer) -> Callable[[object], list[str]]:
    """The processes or bodies a numbered series belongs to: the institutions its name names."""

    def owner(edition) -> list[str]:
        found: list[str] = []
        for label in (edition.series_label_en, edition.series_label_es):
            for mention in gazetteer.find(label or ""):
                if not mention.entity_id.startswith("@") and mention.kind != "country" and mention.entity_id not in found:
                    found.append(mention.entity_id)
            if found:
                break
        return found

    return owner


class PageProcessor:
    """Read, parse, extract and turn one page into its graph (the pure part of the build)."""

    def __init__(self, reference) -> None:
        from rcpkg.loaders.gazetteer import Gazetteer
        from rcpkg.loaders.themes import ThemeMatcher

        self.reference = reference
        self.gazetteer = Gazetteer.from_reference(reference)
        self.themes = ThemeMatcher.from_reference(reference)
        self._series_owner = series_owner_from(self.gazetteer)

    def process(self, path: Path, meta, report: PageReport, timer: Timer,
                identity: dict[int, str] | None = None) -> Graph | None:
        from rcpkg.loaders import folding
        from rcpkg.loaders.extract import extract
        from rcpkg.loaders.layouts import parse_page
        from rcpkg.loaders.pages import read_page
        from rcpkg.loaders.triples import page_graph

        folding.forget()  # each page folds its own text
        try:
            with timer("read+parse"):
                loaded = read_page(path, meta)
                page, warnings = loaded if isinstance(loaded, tuple) else (loaded, [])
                result = parse_page(page)
        except LoaderError as exc:
            report.error = str(exc)
            return None
        except Exception as exc:  # noqa: BLE001 - a parser bug must not stop the other pages
            report.error = f"{path}: could not be parsed ({type(exc).__name__}: {exc}); please report this page"
            return None
        report.url = page.url
        report.layout = result.layout
        report.graph = str(iris.source_graph(page.url))
        report.events = len(result.events)
        report.warnings.extend(str(w) for w in list(warnings) + list(result.warnings))
        report.skipped.extend(result.skipped)
        with timer("extract"):
            extractions = {}
            for event in result.events:
                extraction = extract(page, event, self.gazetteer, self.themes)
                extractions[event.ordinal] = extraction
                report.involvements += len({(i.agent, i.role) for i in extraction.involvements})
                report.themes += len({h.theme for h in extraction.themes})
                report.warnings.extend(str(w) for w in extraction.warnings)
                for what, n in extraction.slots:
                    report.slots[what] = report.slots.get(what, 0) + n
                for inv in extraction.involvements:
                    if inv.extracted is not None and inv.agent not in report.uncurated:
                        report.uncurated.append(inv.agent)
        with timer("triples"):
            graph = page_graph(result, extractions, series_owner=self._series_owner, identity=identity,
                               editions=self.reference.history.edition_keys)
            report.identities = [r.to_list() for r in graph.records]  # (made by page_graph)
        report.triples = len(graph)
        return graph


@dataclass
class ChunkResult:
    pages: list[tuple[PageReport, str | None]]  # each page's report and N-Quads text (None: not loaded)
    timings: dict[str, float]
    violations: list = field(default_factory=list)
    quality: dict[str, dict[str, int]] = field(default_factory=dict)  # page graph -> query -> rows
    nodes: set[str] = field(default_factory=set)  # the events, series and venues the chunk's pages describe


@dataclass
class Work:
    """What a worker needs to process a chunk: the page processor and, when the pages are checked,
    the validation base (N-Quads of the ontology and reference graphs) and the compiled shapes."""

    processor: PageProcessor
    base: bytes | None = None
    compiled: object = None

    def __call__(self, chunk: list[tuple[str, object, str]]) -> ChunkResult:
        """Process a chunk of pages, then check the shapes and the data-quality queries on the
        chunk as one validation batch."""
        from rcpkg.build.checks import BatchValidator
        from rcpkg.nquads import lines

        report = BuildReport(store="", sources="")
        timer = Timer(report)
        pages = []
        for path, meta, meta_repr in chunk:
            stat = stat_key(Path(path))  # before the bytes are read
            page_report = PageReport(file=Path(path).name, sha256=sha256(Path(path)), meta=meta_repr, stat=stat)
            triples = self.processor.process(Path(path), meta, page_report, timer)
            text = None
            if triples is not None:
                with timer("serialize"):
                    text = lines(triples, URIRef(page_report.graph))
            pages.append((page_report, text))
        result = ChunkResult(pages, report.timings)
        if self.base is not None and any(text for _, text in pages):
            with timer("validate"):
                validator = BatchValidator(self.base, self.compiled)
                for page_report, text in pages:
                    if text:
                        validator.add(text, page_report.graph)
                validator.check()
            result.violations, result.quality = validator.violations, validator.quality
            result.nodes = validator.described()
        return result


@dataclass
class Redo:
    """What a worker needs to mint pages again with their events' resolved keys (the identity
    stage): each page read, parsed and extracted again, its graph made with the keys."""

    processor: PageProcessor
    sources_dir: Path
    metadata: dict

    def __call__(self, items: list[tuple[PageReport, dict[int, str]]]) -> list[tuple[PageReport, str | None, list[str], dict]]:
        """(the page's new report, its N-Quads (None: it could not be read again), its events,
        the stages' timings) for each (old report, event keys)."""
        from rdflib import RDF

        from rcpkg.namespaces import RCP
        from rcpkg.nquads import lines

        out = []
        for old, keys in items:
            report = BuildReport(store="", sources="")
            timer = Timer(report)
            fresh = PageReport(file=old.file, sha256=old.sha256, meta=old.meta, stat=old.stat, quality=old.quality)
            triples = self.processor.process(self.sources_dir / old.file, self.metadata.get(old.file), fresh, timer,
                                             identity=keys)
            if triples is None:
                out.append((fresh, None, [], report.timings))
                continue
            with timer("serialize"):
                text = lines(triples, URIRef(old.graph))
            events = sorted({str(s) for s, p, o in triples if p == RDF.type and o == RCP.Event})
            out.append((fresh, text, events, report.timings))
        return out


def redone_pages(redo: Redo, items: list[tuple[PageReport, dict[int, str]]], jobs: int) -> Iterator[tuple]:
    """`redo`'s results for every item, in order; on `jobs` forked processes when there are several
    pages (a listing page of many events takes a tenth of a second)."""
    if jobs <= 1 or len(items) < 4:
        yield from redo(items)
        return
    n = min(len(items), jobs * 2)
    warm()
    for result in _forked(redo, [items[i::n] for i in range(n)], jobs):
        yield from result


def chunks_of(tasks: list[tuple[str, object, str]]) -> list[list[tuple[str, object, str]]]:
    """Consecutive pages grouped into chunks of about CHUNK_BYTES of source text."""
    chunks: list[list] = []
    size = CHUNK_BYTES
    for task in tasks:
        if size >= CHUNK_BYTES:
            chunks.append([])
            size = 0
        chunks[-1].append(task)
        try:
            size += os.path.getsize(task[0])
        except OSError:
            size += 1
    return chunks


def processed_chunks(work: Work, tasks: list[tuple[str, object, str]], jobs: int) -> Iterator[ChunkResult]:
    """Yield each chunk's result, in order; on `jobs` forked processes when worth it."""
    chunks = chunks_of(tasks)
    if jobs <= 1 or len(tasks) < PARALLEL_MIN_PAGES:
        for chunk in chunks:
            yield work(chunk)
        return
    warm()  # once here rather than once in each worker
    yield from _forked(work, chunks, jobs)


def warm() -> None:
    """Before the workers fork: load GeoNames and pycountry, import the layouts and the extraction
    (compiling their regular expressions) and start dateparser, once here rather than once in each
    worker (about 0.6 s of CPU per worker)."""
    from rcpkg.loaders import extract, triples  # noqa: F401
    from rcpkg.loaders.dates import _dateparser
    from rcpkg.loaders.layouts import assemble, cards, country, event, fields, listing, news  # noqa: F401
    from rcpkg.loaders.places import preload
    from rcpkg.loaders.roles import _cue_index

    preload()
    _cue_index()
    _dateparser("1 January 2020")


def _worker_init(parent: int) -> None:
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C and cleans up
    try:  # Linux: die with the parent, so a killed build leaves no worker behind
        import ctypes

        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass
    if os.getppid() != parent:
        os._exit(1)  # the build was killed between the fork and the line above: no signal will come


def _serve(work: Work, conn, parent: int) -> None:
    """A worker: a chunk from `conn` until None; its pickled (result, error) back on `conn`.

    The worker is forked with `work` (never pickled); only chunks and results cross its pipe. It
    writes each result itself, with no feeder thread: a worker that dies mid-write closes its end of
    the pipe, and the build reads the end of the file instead of waiting for the rest."""
    import pickle

    _worker_init(parent)
    while True:
        try:
            chunk = conn.recv()
        except EOFError:  # the build has gone
            return
        if chunk is None:
            return
        try:
            payload = pickle.dumps((work(chunk), None))
        except BaseException as exc:  # noqa: BLE001 - raised again in the build's process
            try:
                payload = pickle.dumps((None, exc))
            except Exception:  # noqa: BLE001 - an exception that cannot be pickled: its text
                payload = pickle.dumps((None, RuntimeError(f"{type(exc).__name__}: {exc}")))
        conn.send_bytes(payload)


def _dead(worker) -> RuntimeError:
    worker.join(POLL_S)
    code = worker.exitcode
    return RuntimeError(f"a build worker process ended unexpectedly (exit code {code if code is not None else 'unknown'})")


def _forked(work: Work, chunks: list[list], jobs: int) -> Iterator[ChunkResult]:
    """The chunks' results, in order, from `jobs` forked workers (at most `jobs + 1` chunks ahead of
    the one the build waits for). Each worker has its own pipe; the build waits on the pipes and on
    the workers' sentinels together, so a worker that dies, even in the middle of sending a result,
    stops the build with its exit code instead of leaving it waiting."""
    import multiprocessing
    import pickle
    from multiprocessing.connection import wait

    context = multiprocessing.get_context("fork")
    finished = False
    started: list[tuple[object, object]] = []  # (process, the build's end of its pipe)
    try:
        for _ in range(min(jobs, len(chunks))):
            mine, theirs = context.Pipe()
            worker = context.Process(target=_serve, args=(work, theirs, os.getpid()), daemon=True)
            worker.start()
            theirs.close()  # only the worker holds its end: its death is the pipe's end of file
            started.append((worker, mine))
            interrupt.check()  # a Ctrl-C during a fork is swallowed by the fork hooks: seen here
        queued: dict[object, list[int]] = {conn: [] for _, conn in started}  # pipe -> chunks sent to it
        worker_of = {conn: worker for worker, conn in started}
        by_sentinel = {worker.sentinel: worker for worker, _ in started}
        sent = 0
        done: dict[int, bytes] = {}
        for want in range(len(chunks)):
            while want not in done:
                # two chunks per worker: the next one waits in its pipe while the build loads
                while sent < len(chunks) and sent <= want + jobs:
                    conn = min(queued, key=lambda c: len(queued[c]))
                    if len(queued[conn]) >= 2:
                        break
                    try:
                        conn.send(chunks[sent])
                    except OSError:  # the worker has died: its pipe is broken
                        raise _dead(worker_of[conn]) from None
                    queued[conn].append(sent)
                    sent += 1
                ready = wait([*(c for c in queued if queued[c]), *by_sentinel], timeout=POLL_S)
                interrupt.check()
                for conn in [r for r in ready if r in queued]:
                    try:
                        done[queued[conn].pop(0)] = conn.recv_bytes()
                    except (EOFError, OSError):
                        raise _dead(worker_of[conn]) from None
                for sentinel in [r for r in ready if r in by_sentinel]:
                    raise _dead(by_sentinel[sentinel])
            result, error = pickle.loads(done.pop(want))
            if error is not None:
                raise error
            interrupt.check()
            yield result
        finished = True
    finally:
        for worker, conn in started:
            if finished:
                try:
                    conn.send(None)
                except OSError:
                    pass
            else:
                worker.terminate()
        for worker, conn in started:
            worker.join()
            conn.close()
