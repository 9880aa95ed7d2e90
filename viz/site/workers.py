"""The research site's other processes, so that a large site is written on every core.

- `Child`: a function of this module run in a new interpreter (`python -c`), started before the
  site's queries: it opens the store itself, read-only, and shares nothing with the writer's open
  store (no fork of a process holding the store open): `write_data_files` (every entity's Turtle
  and JSON-LD: site-entity-data, half a million rows at 10k events).
- `in_processes`: the entity pages rendered by forked processes, which inherit the records and
  never touch the store.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Callable


def write_data_files(store_path: str, staging: str, listing: str) -> None:
    """Every entity's data files (site-entity-data as Turtle and JSON-LD).

    The query runs first; the list of entities (`[[iri, path], ...]`, known once the writer has run
    the site's queries) is read from the file `listing` when the writer closes this process's
    standard input."""
    from rcpkg.store import open_store
    from rcpkg.viz.site import entity_data_ox, serialize_ox

    entity_data = entity_data_ox(open_store(store_path))
    sys.stdin.read()  # until the writer says the listing is there
    items = json.loads(Path(listing).read_text(encoding="utf-8"))
    folders: set[Path] = set()
    for iri, path in items:
        triples = entity_data.get(iri, [])
        target = Path(staging) / path
        if target.parent not in folders:
            target.parent.mkdir(parents=True, exist_ok=True)
            folders.add(target.parent)
        for fmt in ("ttl", "jsonld"):
            Path(f"{target}.{fmt}").write_bytes(serialize_ox(triples, fmt))


class Child:
    """`function(*args)` of this module in a new interpreter; `join` waits for it and turns a failure
    into an error naming `what` and the child's last line of error output."""

    def __init__(self, function: str, *args: str, wait_for_go: bool = False) -> None:
        import subprocess
        import tempfile

        self.tmp = tempfile.TemporaryDirectory(prefix="rcpkg-site-")  # "{tmp}" in an argument names it
        args = tuple(a.replace("{tmp}", self.tmp.name) for a in args)
        self._err = open(Path(self.tmp.name) / "stderr.txt", "w+", encoding="utf-8")
        code = f"import sys; from rcpkg.viz.site.workers import {function} as f; f(*sys.argv[1:])"
        self._proc = subprocess.Popen([sys.executable, "-c", code, *args], stdout=subprocess.DEVNULL,
                                      stderr=self._err,
                                      stdin=subprocess.PIPE if wait_for_go else subprocess.DEVNULL)

    def go(self) -> None:
        """Close the child's standard input (what `write_data_files` waits for)."""
        if self._proc.stdin is not None and not self._proc.stdin.closed:
            try:
                self._proc.stdin.close()
            except BrokenPipeError:  # the child has ended (join says why)
                pass

    def join(self, what: str) -> None:
        from rcpkg.errors import RcpkgError

        try:
            self.go()
            code = self._proc.wait()
            if code != 0:
                self._err.seek(0)
                last = (self._err.read().strip().splitlines() or [""])[-1]
                raise RcpkgError(f"{what} failed (exit code {code}): {last}")
        finally:
            self.close()

    def stop(self) -> None:
        if self._proc.poll() is None:
            self._proc.terminate()  # our own child, by its handle
            self._proc.wait()
        self.close()

    def close(self) -> None:
        self.go()
        self._err.close()
        self.tmp.cleanup()


def in_processes(write: Callable, todo: list, jobs: int, meanwhile: Callable[[], None] | None = None,
                 first: Callable[[], None] | None = None) -> None:
    """Run `write` over `todo` in `jobs` forked processes (they inherit the records; none touches
    the store), `first()` in the last of them before its share, and `meanwhile()` in this process
    while they run. A process that fails fails the site."""
    import multiprocessing

    from rcpkg.errors import RcpkgError

    def work(part: list, lead: bool) -> None:
        if lead and first is not None:
            first()
        for item in part:
            write(item)

    ctx = multiprocessing.get_context("fork")
    procs = [ctx.Process(target=work, args=(todo[k::jobs], k == jobs - 1), daemon=True) for k in range(jobs)]
    for p in procs:
        p.start()
    try:
        if meanwhile is not None:
            meanwhile()
        for p in procs:
            p.join()
    finally:
        for p in procs:
            if p.is_alive():
                p.terminate()
                p.join()
    failed = [p.exitcode for p in procs if p.exitcode != 0]
    if failed:
        raise RcpkgError(f"writing the site's pages failed in {len(failed)} of {jobs} processes "
                         f"(exit codes {failed})")
