"""rcpkg build"""

from __future__ import annotations

from pathlib import Path

import click

from rcpkg.commands.common import stderr_console, store_option
from rcpkg.errors import EXIT_OK, EXIT_USAGE


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
@click.option("--no-explorer", is_flag=True, help="Do not write the explorer pages next to the store.")
@click.option("--report", "report_path", type=click.Path(path_type=Path, dir_okay=False), default=None,
              help="Also write the build report as JSON to this file.")
@click.option("--strict", is_flag=True, help="Exit 2 when any page could not be read (the others still load).")
@click.option("-q", "--quiet", is_flag=True, help="Print only the summary.")
def command(sources: Path | None, store: Path, reference_dir: Path | None, full: bool, no_explorer: bool,
            report_path: Path | None, strict: bool, quiet: bool) -> int:
    """Load the source pages and the reference data, validate, and write the store.

    Every page in SOURCES is read (its layout from sources.yaml, or detected),
    its events, places, dates, institutions, roles and themes extracted with
    their evidence, and the result checked against the SHACL shapes. The new
    store replaces the old one only when everything conforms; a crash or Ctrl-C
    leaves the previous store as it was. Unchanged pages are reused from the
    previous build (use --full to redo them).

    \b
    Examples:
      rcpkg build
      rcpkg build --sources ~/rcm-pages --store ~/rcm.store --report build.json
    """
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from rich.markup import escape

    from rcpkg.build import build

    console = stderr_console()
    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  console=console, transient=True, disable=quiet) as bar:
        task = bar.add_task("reading pages", total=None)

        def progress(stage: str, done: int, total: int | None) -> None:
            bar.update(task, description=STAGES.get(stage, stage), completed=done, total=total)

        report = build(sources, store, reference_dir=reference_dir, progress=progress, full=full,
                       explorer=not no_explorer)

    if report_path:
        report_path.parent.mkdir(parents=True, exist_ok=True)
        tmp = report_path.with_name(report_path.name + ".tmp")
        tmp.write_text(report.to_json(), encoding="utf-8")
        tmp.replace(report_path)
    if not quiet:
        _print_pages(console, report)
    failed = report.failed_pages
    reused = sum(1 for p in report.pages if p.reused)
    console.print(
        f"built [bold]{report.store}[/]: {report.events} events from {len(report.pages) - len(failed)} pages"
        f" ({reused} unchanged, reused), {report.triples} triples in {report.graphs} graphs,"
        f" conforms to the shapes; {report.timings.get('total', 0):.1f} s"
    )
    if report.quality:
        found = ", ".join(f"{name.removesuffix('-violation')}: {n}" for name, n in report.quality.items() if n)
        console.print(f"data-quality checks (rcpkg query NAME lists the rows): {escape(found) or 'nothing found'}")
    for page in failed:
        console.print(f"[red]not loaded:[/] {escape(page.error or '')}")
    for note in report.notes:
        console.print(f"[yellow]note:[/] {escape(note)}")
    for path in report.explorer_pages:
        console.print(f"explorer: {path}")
    return EXIT_USAGE if (strict and failed) else EXIT_OK


def _print_pages(console, report) -> None:
    from rich.markup import escape
    from rich.table import Table

    table = Table(title="Build report", title_justify="left")
    for col in ("page", "layout", "events", "institution links", "theme links", "warnings", "skipped", "status"):
        table.add_column(col, overflow="fold")
    for p in report.pages:
        status = "error" if p.error else ("unchanged" if p.reused else "loaded")
        table.add_row(escape(p.file), p.layout, str(p.events), str(p.involvements), str(p.themes),
                      str(len(p.warnings)), str(len(p.skipped)), status)
    console.print(table)
    for p in report.pages:
        for w in p.warnings:
            console.print(f"[yellow]warning:[/] {escape(w)}")
