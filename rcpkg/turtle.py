"""Reading a Turtle file, with one clear error naming the file and line when it cannot be read."""

from __future__ import annotations

from pathlib import Path

from rdflib import Graph

from rcpkg.errors import LoaderError


def read_turtle(path: Path) -> Graph:
    """Parse one Turtle file; LoaderError naming the file (and line) when it cannot be read or parsed."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise LoaderError("no such file", path=str(path)) from None
    except IsADirectoryError:
        raise LoaderError("is a directory, not a Turtle file", path=str(path)) from None
    except UnicodeDecodeError as exc:
        line = path.read_bytes()[: exc.start].count(b"\n") + 1
        raise LoaderError("not UTF-8 text", path=str(path), line=line) from None
    except OSError as exc:
        raise LoaderError(f"cannot read the file: {exc.strerror}", path=str(path)) from None
    graph = Graph()
    try:
        graph.parse(data=text, format="turtle", publicID=path.resolve().as_uri())
    except Exception as exc:  # rdflib raises several parser error types
        raise LoaderError(f"not valid Turtle: {_parser_message(exc)}", path=str(path),
                          line=_parser_line(exc)) from None
    return graph


def _parser_line(exc: Exception) -> int | None:
    lines = getattr(exc, "lines", None)
    if isinstance(lines, int):
        return lines + 1 if lines >= 0 else None
    import re

    found = re.search(r"line (\d+)", str(exc))
    return int(found.group(1)) if found else None


def _parser_message(exc: Exception) -> str:
    why = getattr(exc, "_why", None)
    if why is None:
        return " ".join(str(exc).split())[:200]
    raw, at = getattr(exc, "_str", b""), getattr(exc, "_i", None)
    if isinstance(raw, bytes) and isinstance(at, int):
        line_start = raw.rfind(b"\n", 0, at) + 1
        line_end = raw.find(b"\n", at)
        near = raw[line_start: line_end if line_end >= 0 else len(raw)].decode("utf-8", "replace").strip()
        if near:
            return f"{why} near {near[:80]!r}"
    return str(why)
