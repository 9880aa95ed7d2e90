"""rcpkg build"""

from __future__ import annotations

from pathlib import Path

import click
from click.core import ParameterSource

from rcpkg.commands.common import stderr_console, store_option
from rcpkg.errors import EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE


# what the progress line says during each stage the build reports
STAGES = {
    "pages": "reading pages",
    "derived": "deriving triples",
    "validate": "checking shared nodes",
    "compact": "compacting the store",
}


@click.command(name="build")
@click.option("--sources", type=click.Path(path_type=Path, file_okay=False, exists=True), default=None,
              help="Folder of source pages with their sources.yaml (default: the bundled pages).")
@store_option
@click.option("--reference", "reference_dir", type=click.Path(path_type=Path, file_okay=False, exists=True),
              default=None, help="Folder of curated reference YAML (default: the bundled data/reference).")
@click.option("--full", is_flag=True, help="Rebuild every page, even those unchanged since the last build.")
@click.option("--no-explorer", is_flag=True,
              help="Write neither the site nor the explorer pages: the store only (fastest with --watch).")
@click.option("--no-site", is_flag=True,
              help="Do not write the research site beside the store (STORE-site/); the explorer pages "
                   "are still written, into STORE-site/explorer/.")
@click.option("--report", "report_path", type=click.Path(path_type=Path, dir_okay=False), default=None,
              help="Also write the build report as JSON to this file (with --watch: after each build).")
@click.option("--strict", is_flag=True,
              help="Write nothing when any page could not be read (exit 1). Without it the pages that "
                   "loaded are written and the build still exits 1, naming the others.")
@click.option("-q", "--quiet", is_flag=True, help="Print only the summary.")
@click.option("--watch", is_flag=True,
              help="After the build, keep watching the sources and the reference data, and rebuild "
                   "what changed (Ctrl-C stops).")
@click.option("--interval", type=click.FloatRange(min=0.05), default=0.5, show_default=True,
              help="With --watch: seconds between two looks at the folders.")
def command(sources: Path | None, store: Path, reference_dir: Path | None, full: bool, no_explorer: bool,
            no_site: bool, report_path: Path | None, strict: bool, quiet: bool, watch: bool, interval: float) -> int:
    """Load the source pages and the reference data, validate, and write the store.

    Every page in SOURCES is read (its layout from sources.yaml, or detected),
    its events, places, dates, institutions, roles and themes extracted with
    their evidence, and the result checked against the SHACL shapes. The new
    store replaces the old one only when everything conforms; a crash or Ctrl-C
    leaves the previous store as it was. Unchanged pages are reused from the
    previous build (use --full to redo them).

    With --watch the command stays on after the build: each time a page,
    sources.yaml or the reference data changes, only what changed is rebuilt
    (a fraction of a second for one page at 10k events, with --no-explorer), and
    one line says what was rebuilt. A rebuild that fails says why and leaves
    the store as it was; the watch goes on.

    \b
    Examples:
      rcpkg build
      rcpkg build --sources ~/rcm-pages --store ~/rcm.store --report build.json
      rcpkg build --sources ~/rcm-pages --watch --no-explorer
    """
    from rcpkg import resources
    from rcpkg.errors import UsageError

    if watch and strict:
        raise UsageError("give --strict or --watch, not both (a watch goes on whatever a page holds)")
    if not watch and click.get_current_context().get_parameter_source("interval") == ParameterSource.COMMANDLINE:
        raise UsageError("--interval is for --watch")
    console = stderr_console()
    if not watch:
        report = _build_once(console, sources, store, reference_dir, full=full, explorer=not no_explorer,
                             site=not (no_site or no_explorer), report_path=report_path, quiet=quiet, strict=strict)
        return EXIT_PROBLEMS if report.failed_pages else EXIT_OK
    sources_dir = sources or resources.bundled_sources_dir()
    reference = reference_dir or resources.reference_dir()
    return _watch(console, sources_dir, store, reference, interval=interval, explorer=not no_explorer,
                  site=not (no_site or no_explorer), report_path=report_path, quiet=quiet, full=full)


def _build_once(console, sources, store, reference_dir, *, full: bool, explorer: bool, report_path, quiet: bool,
                changes_only: bool = False, strict: bool = False, site: bool = False, session=None):
    """One build with its progress line, its view pages and its summary; the report. A watch gives
    its session (the reference data and compiled shapes kept from build to build)."""
    from rich.markup import escape

    from rcpkg.build import build

    if quiet or not console.is_terminal:  # no progress line to draw (and rich.progress not imported)
        report = build(sources, store, reference_dir=reference_dir, full=full, strict=strict, session=session)
    else:
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

        with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                      console=console, transient=True) as bar:
            task = bar.add_task("reading pages", total=None)

            def progress(stage: str, done: int, total: int | None) -> None:
                bar.update(task, description=STAGES.get(stage, stage), completed=done, total=total)

            report = build(sources, store, reference_dir=reference_dir, progress=progress, full=full,
                           strict=strict, session=session)
    write_views(store, report, explorer=explorer, site=site)

    if report_path:
        report_path.parent.mkdir(parents=True, exist_ok=True)
        tmp = report_path.with_name(report_path.name + ".tmp")
        tmp.write_text(report.to_json(), encoding="utf-8")
        tmp.replace(report_path)
    if not quiet:
        _print_pages(console, report, changes_only=changes_only)
    failed = report.failed_pages
    reused = sum(1 for p in report.pages if p.reused)
    described = ""
    if report.descriptions != report.events or report.merged:
        described = (f" ({report.descriptions} event descriptions; {len(report.merged)} "
                     f"event{'s' if len(report.merged) != 1 else ''} described by several pages)")
    console.print(
        f"built [bold]{escape(report.store)}[/]: {report.events} events{described} from "
        f"{len(report.pages) - len(failed)} pages"
        f" ({reused} unchanged, reused), {report.triples} triples in {report.graphs} graphs,"
        f" conforms to the shapes; {report.timings.get('total', 0):.1f} s"
    )
    if report.uncurated:
        pages = sorted({f for files in report.uncurated.values() for f in files})
        shown = ", ".join(pages[:5]) + (f" and {len(pages) - 5} more" if len(pages) > 5 else "")
        console.print(f"{len(report.uncurated)} institutions not in the reference data were extracted, not yet "
                      f"curated (from {escape(shown)}); `rcpkg review list` shows them")
    if report.quality:
        found = ", ".join(f"{name.removesuffix('-violation')}: {n}" for name, n in report.quality.items() if n)
        console.print(f"data-quality checks (rcpkg query NAME lists the rows): {escape(found) or 'nothing found'}")
    for page in failed:
        if not (changes_only and page.reused):
            console.print(f"[red]not loaded:[/] {escape(page.error or '')}")
    for apart in report.apart[:20] if not quiet else ():
        console.print(f"[yellow]kept apart:[/] {escape(apart['page'])}:{apart['line'] or '?'}: "
                      f"{escape(apart['title'])}: {escape(apart['why'])}")
    if len(report.apart) > 20 and not quiet:
        console.print(f"[yellow]kept apart:[/] … and {len(report.apart) - 20} more (see --report)")
    for note in report.notes:
        console.print(f"[yellow]note:[/] {escape(note)}")
    if report.site:
        console.print(f"site: {escape(str(Path(report.site) / 'index.html'))}")
    for path in report.explorer_pages:
        console.print(f"explorer: {escape(path)}")
    return report


def write_views(store_path: Path, report, *, explorer: bool, site: bool) -> None:
    """The view pages of a built store: the research site (with the explorer pages in its explorer/
    folder) in `<store>-site/`, or only the explorer pages in `<store>-site/explorer/`. A failure here
    never fails the build (the store is already complete): it is a note of the report."""
    if not (site or explorer):
        return
    store_path = Path(store_path)
    try:
        from rcpkg.viz.site import site_dir

        if site:
            from rcpkg.viz.site import write_site

            written = write_site(site_dir(store_path), store=store_path, explorer=explorer)
            report.site, report.explorer_pages = written.out, written.explorer
        else:
            from rcpkg.viz.explorer import write_default_pages

            report.explorer_pages = [str(p) for p in write_default_pages(store_path, site_dir(store_path) / "explorer")]
    except Exception as exc:  # noqa: BLE001 - reported, the store is already complete
        report.notes.append(f"the {'site' if site else 'explorer pages'} {'was' if site else 'were'} not written: {exc}")


SETTLE_S = 0.05  # a change is built once the folders have stayed the same this long


def snapshot(*folders: Path, ignore: Path | None = None) -> dict[str, tuple[int, int]]:
    """(size, mtime) of every file directly in the folders (but `ignore`, the watch's own
    report): what a watch compares."""
    import os

    seen: dict[str, tuple[int, int]] = {}
    for folder in folders:
        try:
            with os.scandir(folder) as entries:
                for entry in entries:
                    try:
                        if ignore is not None and entry.name == ignore.name and \
                                Path(entry.path).resolve() == ignore.resolve():
                            continue
                        if entry.is_file():
                            st = entry.stat()
                            seen[entry.path] = (st.st_size, st.st_mtime_ns)
                    except OSError:  # removed while listed
                        continue
        except OSError:
            continue
    return seen


def _watch(console, sources: Path, store: Path, reference: Path, *, interval: float, explorer: bool,
           report_path, quiet: bool, full: bool, site: bool = False) -> int:
    """Build, then rebuild whenever the folders change, until Ctrl-C (exit 0) or a change of
    rcpkg's own code. A build that fails is reported and the watch goes on (the store stays
    as the last good build left it)."""
    import signal
    import time

    from rich.markup import escape

    from rcpkg.build import Session, code_fingerprint
    from rcpkg.errors import NonConformance, RcpkgError, StoreBusy

    def stop(signum, frame):  # a service manager's SIGTERM stops the watch as Ctrl-C does
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, stop)

    busy = False  # another build holds the store: said once, tried again at every look

    def build_once(full: bool, changes_only: bool) -> bool:
        """One build; False when another build held the store (to be tried again)."""
        nonlocal busy
        try:
            _build_once(console, sources, store, reference, full=full, explorer=explorer, site=site,
                        report_path=report_path, quiet=quiet, changes_only=changes_only, session=session)
        except StoreBusy as exc:
            if not busy:
                console.print(f"[yellow]waiting:[/] {escape(str(exc))}; the watch builds when it is done")
            busy = True
            return False
        except NonConformance as exc:
            console.print(f"[red]error:[/] {escape(str(exc))}")
        except RcpkgError as exc:  # a bad sources.yaml: said, and the watch goes on
            console.print(f"[red]error:[/] {escape(str(exc))}; the store was not changed")
        busy = False
        return True

    code = code_fingerprint()
    session = Session()
    try:
        seen = snapshot(sources, reference, ignore=report_path)
        if not build_once(full, changes_only=False):
            seen = {}  # built at the first look the store is free
        console.print(f"watching {escape(str(sources))} and {escape(str(reference))} (Ctrl-C stops)")
        while True:
            time.sleep(interval)
            now = snapshot(sources, reference, ignore=report_path)
            if now == seen:
                continue
            while True:  # settled: an editor that writes a file in several steps is read once it is done
                time.sleep(SETTLE_S)
                again = snapshot(sources, reference, ignore=report_path)
                if again == now:
                    break
                now = again
            before = seen
            changed = sorted(Path(p).name for p in set(now) ^ set(seen) | {p for p in now if seen.get(p) != now[p]})
            seen = now  # taken before the build: a change made during it brings another one
            if code_fingerprint() != code:
                console.print("[red]error:[/] rcpkg's code, ontology or shapes changed since the watch began: "
                              "start `rcpkg build --watch` again")
                return EXIT_USAGE
            if not busy:
                shown = ", ".join(changed[:5]) + (f" and {len(changed) - 5} more" if len(changed) > 5 else "")
                console.print(f"changed: {escape(shown)}")
            if not build_once(full and not before, changes_only=True):
                seen = before  # the store was busy: the same change is built at a later look
    except KeyboardInterrupt:
        console.print("stopped watching; the store is the last successful build's")
        return EXIT_OK


def _print_pages(console, report, *, changes_only: bool = False) -> None:
    from rich.markup import escape
    from rich.table import Table

    pages = [p for p in report.pages if not (changes_only and p.reused)]  # a watch's rebuild: what it read
    if not pages:
        return
    table = Table(title="Build report", title_justify="left")
    for col in ("page", "layout", "events", "institution links", "slots known/new/warned", "theme links",
                "warnings", "skipped", "status"):
        table.add_column(col, overflow="fold")
    for p in pages:
        status = "error" if p.error else ("unchanged" if p.reused else "loaded")
        slots = p.slots or {}
        table.add_row(escape(p.file), p.layout, str(p.events), str(p.involvements),
                      f"{slots.get('known', 0)}/{slots.get('uncurated', 0)}/{slots.get('warned', 0)}", str(p.themes),
                      str(len(p.warnings)), str(len(p.skipped)), status)
    console.print(table)
    for p in pages:
        for w in p.warnings:
            console.print(f"[yellow]warning:[/] {escape(w)}")
