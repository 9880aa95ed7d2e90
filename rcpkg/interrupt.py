"""Ctrl-C that cannot be lost.

Python turns SIGINT into KeyboardInterrupt wherever the main thread happens to be. Where that is a
hook whose exceptions are printed and ignored (the `os.fork` hooks that `logging` registers, a
`__del__`), the interrupt is swallowed and a long build would run on to its end. `install()` (called
by the CLI) records every SIGINT as well as raising; `check()`, called at the build's stage boundaries
and while it waits for its workers, raises KeyboardInterrupt again once one was requested.
Without `install()` (rcpkg used as a library) `check()` does nothing.
"""

from __future__ import annotations

import signal
import threading

_requested = False


def _on_sigint(signum, frame) -> None:
    global _requested
    _requested = True
    raise KeyboardInterrupt


def install() -> None:
    """Record SIGINT (main thread only; elsewhere the default handling stays)."""
    global _requested
    _requested = False
    if threading.current_thread() is threading.main_thread() and signal.getsignal(signal.SIGINT) is signal.default_int_handler:
        signal.signal(signal.SIGINT, _on_sigint)


def requested() -> bool:
    return _requested


def check() -> None:
    """Raise KeyboardInterrupt if a Ctrl-C came, even one a hook swallowed."""
    if _requested:
        raise KeyboardInterrupt
