"""The embedded pyoxigraph store: open, lock, and swap atomically.

A build writes a complete new store into a sibling directory and then swaps it
in with two renames, so a crash or Ctrl-C leaves the previous store whole.
A lock file beside the store makes a second concurrent build fail at once.
"""

from __future__ import annotations

import itertools
import os
import shutil
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from rcpkg.errors import StoreBusy, StoreError


def open_store(path: Path | str, *, read_only: bool = True):
    """Open an existing store. Read-only by default (queries, exports, views)."""
    import pyoxigraph

    path = Path(path)
    if not path.is_dir() or not any(path.iterdir()):
        raise StoreError(
            "no store here",
            path=str(path),
            hint="Run `rcpkg build` first (or pass --store PATH to an existing store).",
        )
    try:
        return pyoxigraph.Store.read_only(str(path)) if read_only else pyoxigraph.Store(str(path))
    except OSError as exc:
        raise StoreError(f"cannot open the store: {exc}", path=str(path)) from exc


@contextmanager
def build_lock(store_path: Path) -> Iterator[Path]:
    """Hold an exclusive lock for building `store_path`; fail at once if another build holds it."""
    import fcntl

    store_path = Path(store_path)
    store_path.parent.mkdir(parents=True, exist_ok=True)
    lock_path = store_path.parent / f".{store_path.name}.lock"
    handle = open(lock_path, "a+")
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        handle.seek(0)
        holder = handle.read().strip() or "another process"
        handle.close()
        raise StoreBusy(
            f"another build is writing this store (pid {holder}); wait for it to finish",
            path=str(store_path),
        ) from None
    handle.seek(0)
    handle.truncate()
    handle.write(str(os.getpid()))
    handle.flush()
    try:
        yield lock_path
    finally:
        fcntl.flock(handle, fcntl.LOCK_UN)
        handle.close()


_STAGING = itertools.count()


def staging_dir(store_path: Path) -> Path:
    """A fresh directory beside the store to build the new one in."""
    store_path = Path(store_path)
    # unique in the process too: a failed build's store may still be open (its lock held)
    # while an exception's traceback keeps it alive
    staging = store_path.parent / f".{store_path.name}.new-{os.getpid()}-{next(_STAGING)}"
    if staging.exists():
        shutil.rmtree(staging)
    return staging


def swap_in(staging: Path, store_path: Path) -> None:
    """Replace `store_path` by `staging` with renames (atomic for readers of either name)."""
    store_path = Path(store_path)
    old = store_path.parent / f".{store_path.name}.old-{os.getpid()}"
    if store_path.exists():
        os.replace(store_path, old)
    os.replace(staging, store_path)
    if old.exists():
        shutil.rmtree(old, ignore_errors=True)


def clean_stale(store_path: Path) -> None:
    """Remove staging and old directories left by builds that were killed."""
    store_path = Path(store_path)
    if not store_path.parent.is_dir():
        return
    for leftover in store_path.parent.glob(f".{store_path.name}.new-*"):
        shutil.rmtree(leftover, ignore_errors=True)
    for leftover in store_path.parent.glob(f".{store_path.name}.old-*"):
        if not store_path.exists():  # a crash between the two renames: restore the old store
            os.replace(leftover, store_path)
        else:
            shutil.rmtree(leftover, ignore_errors=True)
