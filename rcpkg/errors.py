"""The project's own errors. The CLI turns them into one line and an exit code."""

from __future__ import annotations

EXIT_OK = 0
EXIT_PROBLEMS = 1  # the data does not conform, or a check found rows
EXIT_USAGE = 2  # bad usage or unreadable input
EXIT_REMOTE = 3  # a remote SPARQL endpoint or graph store refused, failed or could not be reached


class RcpkgError(Exception):
    """An error the user can act on: what went wrong, where, and with which value."""

    exit_code = EXIT_USAGE

    def __init__(self, message: str, *, path: str | None = None, line: int | None = None,
                 value: object | None = None, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = str(path) if path is not None else None
        self.line = line
        self.value = value
        self.hint = hint

    def __str__(self) -> str:
        where = ""
        if self.path:
            where = f"{self.path}:{self.line}: " if self.line else f"{self.path}: "
        value = ""
        if self.value is not None:
            shown = repr(self.value)
            value = f" (value: {shown[:200]}{'…' if len(shown) > 200 else ''})"
        hint = f"\n  {self.hint}" if self.hint else ""
        return f"{where}{self.message}{value}{hint}"


class LoaderError(RcpkgError):
    """A source page that cannot be read or parsed."""


class UsageError(RcpkgError):
    """Bad options, names or parameter values."""


class StoreError(RcpkgError):
    """The store cannot be opened, is locked by another build, or is missing."""


class StoreBusy(StoreError):
    """Another build holds the store's lock."""


class NonConformance(RcpkgError):
    """The data does not conform to the shapes, or a check found problems."""

    exit_code = EXIT_PROBLEMS


class PagesNotLoaded(RcpkgError):
    """Some source pages could not be read or parsed (`rcpkg build --strict` then writes nothing)."""

    exit_code = EXIT_PROBLEMS


class RemoteError(RcpkgError):
    """A remote SPARQL endpoint or graph store refused, failed or could not be reached (exit code 3)."""

    exit_code = EXIT_REMOTE
