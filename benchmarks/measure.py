"""Measuring tools: a child process's wall time and peak memory, medians, library queries.

Peak memory is the child's maximum resident set size from `os.wait4` (the
kernel's own accounting, no extra package), so every measured side runs in a
fresh interpreter and pays its own imports.
"""

from __future__ import annotations

import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator

REPO = Path(__file__).resolve().parent.parent


@dataclass
class ChildRun:
    cmd: list[str]
    wall_s: float
    cpu_s: float  # user + system CPU of the child and the children it waited for (pool workers)
    peak_rss_mb: float  # the largest single process (ru_maxrss)
    returncode: int
    stdout: str
    stderr: str
    started: float  # time.time() at spawn, to compare with timestamps the child writes
    peak_tree_mb: float | None = None  # sum over the process and its workers, sampled (needs psutil)

    def check(self) -> "ChildRun":
        if self.returncode != 0:
            tail = "\n".join(self.stderr.strip().splitlines()[-15:])
            raise RuntimeError(f"{' '.join(self.cmd)} exited {self.returncode}:\n{tail}")
        return self


def child_env(extra: dict[str, str] | None = None) -> dict[str, str]:
    """The environment a measured child runs in."""
    full_env = dict(os.environ)
    # Python as installed code runs it: with its compiled bytecode kept (pip compiles it at
    # install time; some sandboxes set PYTHONDONTWRITEBYTECODE, which recompiles every module
    # at every start, about 0.1 s of each command)
    full_env.pop("PYTHONDONTWRITEBYTECODE", None)
    full_env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), full_env.get("PYTHONPATH")]))
    full_env.update(extra or {})
    return full_env


def run_child(cmd: list[str], *, cwd: Path | None = None, env: dict[str, str] | None = None) -> ChildRun:
    """Run `cmd`, return its wall time and peak RSS (MB); output goes to temp files (no pipe stalls)."""
    full_env = child_env(env)
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        started = time.time()
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=cwd, env=full_env, stdout=out, stderr=err)
        sampler = _TreeSampler(proc.pid)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - t0
        sampler.stop()
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        # ru_maxrss is in kilobytes on Linux
        cpu = usage.ru_utime + usage.ru_stime
        return ChildRun(cmd, wall, cpu, usage.ru_maxrss / 1024, proc.returncode, out.read(), err.read(), started,
                        sampler.peak_mb)


class _TreeSampler:
    """Samples the summed RSS of a process and its descendants (pool workers) every 50 ms."""

    def __init__(self, pid: int) -> None:
        import threading

        self.peak_mb: float | None = None
        self._done = threading.Event()
        try:
            import psutil
        except ImportError:
            return
        self.peak_mb = 0.0
        try:
            root = psutil.Process(pid)
        except psutil.Error:
            return

        def sample() -> None:
            while not self._done.wait(0.05):
                try:
                    procs = [root] + root.children(recursive=True)
                    total = sum(p.memory_info().rss for p in procs if p.is_running())
                except psutil.Error:
                    continue
                self.peak_mb = max(self.peak_mb or 0.0, total / 2**20)

        self._thread = threading.Thread(target=sample, daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._done.set()


def python_child(module: str, *args: str, cwd: Path | None = None) -> ChildRun:
    return run_child([sys.executable, "-m", module, *args], cwd=cwd or REPO)


def rcpkg_child(*args: str, cwd: Path | None = None) -> ChildRun:
    return run_child([sys.executable, "-m", "rcpkg", *args], cwd=cwd or REPO)


class QueryTimeout(Exception):
    pass


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Interrupt pure-Python work (rdflib's engine) after `seconds` (main thread only)."""
    if seconds <= 0:
        yield
        return

    def _raise(signum, frame):
        raise QueryTimeout()

    old = signal.signal(signal.SIGALRM, _raise)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


@dataclass
class Timed:
    median_s: float
    runs: int
    rows: int | None
    timed_out: bool = False


def repeat(fn: Callable[[], int], *, repeats: int, timeout_s: float = 0, budget_s: float = 0) -> Timed:
    """Median wall time of `fn` over `repeats` runs (fn returns a row count).

    A run longer than `timeout_s` stops the series (the timeout is recorded as
    the time, flagged); `budget_s` caps the total time spent on repeats.
    """
    times: list[float] = []
    rows = None
    spent = 0.0
    for _ in range(max(1, repeats)):
        t0 = time.perf_counter()
        try:
            with time_limit(timeout_s):
                rows = fn()
        except QueryTimeout:
            return Timed(timeout_s, len(times) + 1, rows, timed_out=True)
        dt = time.perf_counter() - t0
        times.append(dt)
        spent += dt
        if budget_s and spent > budget_s:
            break
    return Timed(statistics.median(times), len(times), rows)
