"""End-to-end: `rcpkg build --watch` rebuilds what changed, survives bad input, and stops cleanly."""

from __future__ import annotations

import json
import os
import queue
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

from test_build_e2e import SEED, edited, same_dataset, write_sources

from rcpkg.commands.build import snapshot


class Watch:
    """`rcpkg build --watch` in a child process, its stderr read line by line."""

    def __init__(self, *args: str) -> None:
        # Ctrl-C reaches the child even when this run was started with SIGINT ignored (a
        # background job of a shell without job control passes that on)
        self.proc = subprocess.Popen([sys.executable, "-m", "rcpkg", "build", "--watch", *args],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                                     preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
        self.lines: queue.Queue[str] = queue.Queue()
        self.seen: list[str] = []
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def _read(self) -> None:
        for line in self.proc.stderr:
            self.lines.put(line.rstrip("\n"))

    def wait_for(self, start: str, timeout: float = 120) -> str:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                line = self.lines.get(timeout=0.2)
            except queue.Empty:
                assert self.proc.poll() is None, f"the watch ended (exit {self.proc.returncode}): {self.seen}"
                continue
            self.seen.append(line)
            if line.startswith(start):
                return line
        raise AssertionError(f"no line starting {start!r} within {timeout} s; seen: {self.seen}")

    def stop(self, sig: int = signal.SIGINT) -> int:
        if self.proc.poll() is None:
            self.proc.send_signal(sig)
        code = self.proc.wait(timeout=60)
        self.reader.join(timeout=10)
        while not self.lines.empty():
            self.seen.append(self.lines.get())
        return code


def save(path: Path, text: str) -> None:
    """Write a file whole, as editors save (a temporary file renamed over it): the watch never
    sees it half written."""
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


def test_a_watch_rebuilds_the_changed_page_goes_on_after_bad_input_and_stops_on_ctrl_c(tmp_path):
    seed = SEED.read_text(encoding="utf-8")
    sources = write_sources(tmp_path / "src", {"a.txt": seed, "b.txt": seed},
                            {"a.txt": "https://crmsv.org/events?page=3", "b.txt": "https://crmsv.org/events?page=4"})
    store, report = tmp_path / "store", tmp_path / "report.json"
    watch = Watch("--sources", str(sources), "--store", str(store), "--no-explorer", "-q",
                  "--report", str(report), "--interval", "0.1")
    try:
        watch.wait_for("watching")
        assert json.loads(report.read_text())["incremental"] is False

        # one page changes: only it is read again, and the store equals a full build's
        changed = edited(seed)
        save(sources / "b.txt", changed)
        assert watch.wait_for("changed:") == "changed: b.txt"
        watch.wait_for("built")
        rebuilt = json.loads(report.read_text())
        assert rebuilt["incremental"] and [p["reused"] for p in rebuilt["pages"]] == [True, False]
        from rcpkg.build import build

        full = tmp_path / "full"
        build(sources, full, full=True)
        assert same_dataset(store, full)

        # a broken sources.yaml: said with its file and line; the store stays; the watch goes on
        good = (sources / "sources.yaml").read_text(encoding="utf-8")
        save(sources / "sources.yaml", good + "  - file: c.txt\n    lang: fr\n")
        error = watch.wait_for("error:")
        assert "sources.yaml" in error and "the store was not changed" in error
        assert same_dataset(store, full)

        # mended: the next change is built again
        save(sources / "sources.yaml", good)
        watch.wait_for("built")
        assert all(p["reused"] for p in json.loads(report.read_text())["pages"])
        save(sources / "a.txt", changed)
        watch.wait_for("built")
        assert [p["reused"] for p in json.loads(report.read_text())["pages"]] == [False, True]
    finally:
        code = watch.stop()
    assert code == 0, watch.seen
    assert watch.seen[-1].startswith("stopped watching")
    assert not any("Traceback" in line for line in watch.seen)


def test_a_watch_that_starts_on_bad_input_says_so_and_builds_once_it_is_mended(tmp_path):
    sources = write_sources(tmp_path / "src", {"a.txt": SEED.read_text(encoding="utf-8")})
    good = (sources / "sources.yaml").read_text(encoding="utf-8")
    (sources / "sources.yaml").write_text(good.replace("lang: en", "lang: fr"), encoding="utf-8")
    store = tmp_path / "store"
    watch = Watch("--sources", str(sources), "--store", str(store), "--no-explorer", "-q", "--interval", "0.1")
    try:
        error = watch.wait_for("error:")
        assert "sources.yaml:4" in error and "'fr'" in error
        watch.wait_for("watching")
        assert not store.exists()
        save(sources / "sources.yaml", good)
        assert watch.wait_for("built").startswith(f"built {store}: 40 events from 1 pages")
    finally:
        assert watch.stop() == 0, watch.seen


def test_a_watch_waits_for_another_build_and_then_builds_the_change(tmp_path):
    from rcpkg.store import build_lock

    seed = SEED.read_text(encoding="utf-8")
    sources = write_sources(tmp_path / "src", {"a.txt": seed})
    store, report = tmp_path / "store", tmp_path / "report.json"
    watch = Watch("--sources", str(sources), "--store", str(store), "--no-explorer", "-q",
                  "--report", str(report), "--interval", "0.1")
    try:
        watch.wait_for("watching")
        with build_lock(store):  # as another `rcpkg build` would
            save(sources / "a.txt", seed.replace("San José\n", "Managua\n", 1))
            assert "another build is writing this store" in watch.wait_for("waiting:")
            time.sleep(0.5)
        watch.wait_for("built")  # the same change, once the store is free
        assert [p["reused"] for p in json.loads(report.read_text())["pages"]] == [False]
        assert not any(line.startswith("error:") for line in watch.seen)
    finally:
        assert watch.stop() == 0, watch.seen


def test_a_watch_stops_cleanly_on_sigterm(tmp_path):
    sources = write_sources(tmp_path / "src", {"a.txt": SEED.read_text(encoding="utf-8")})
    watch = Watch("--sources", str(sources), "--store", str(tmp_path / "store"), "--no-explorer", "-q",
                  "--interval", "0.1")
    watch.wait_for("watching")
    assert watch.stop(signal.SIGTERM) == 0
    assert watch.seen[-1].startswith("stopped watching")


def test_a_snapshot_sees_new_changed_and_removed_files(tmp_path):
    (tmp_path / "a.txt").write_text("a")
    first = snapshot(tmp_path, tmp_path / "missing")
    assert list(first) == [str(tmp_path / "a.txt")]
    (tmp_path / "a.txt").write_text("ab")
    (tmp_path / "b.txt").write_text("b")
    second = snapshot(tmp_path)
    assert second != first and len(second) == 2
    (tmp_path / "a.txt").unlink()
    assert list(snapshot(tmp_path)) == [str(tmp_path / "b.txt")]
    # the watch's own report, written after each build, is not a change (or it would loop)
    assert snapshot(tmp_path, ignore=tmp_path / "sub" / ".." / "b.txt") == {}


def test_watch_options_without_a_watch_or_with_strict_are_usage_errors(tmp_path):
    for args in (["--interval", "1"], ["--watch", "--strict"]):
        done = subprocess.run([sys.executable, "-m", "rcpkg", "build", "--store", str(tmp_path / "s"), *args],
                              capture_output=True, text=True, timeout=120)
        assert done.returncode == 2 and done.stderr.startswith("error: "), (args, done.stderr)
        assert not (tmp_path / "s").exists()
