"""Print a query :class:`~rcpkg.sparql.Result` as a table, CSV, TSV, SPARQL JSON or Markdown.

Only data goes to stdout: CSV is exactly one header line and the rows (in the
CSV sense: a value holding a newline is quoted), so the output pipes into
other tools. Literals print as their lexical value; IRIs print in full in
csv, tsv and json, and compacted with rcpkg's prefixes in table and md
(``rcp:Workshop``, ``id:org/iom``).
"""

from __future__ import annotations

import csv
import io
import json
from typing import TextIO

from rdflib import BNode, Literal, URIRef
from rdflib.term import Node

from rcpkg.errors import UsageError
from rcpkg.sparql import Result

FORMATS = ("table", "csv", "tsv", "json", "md")

from rcpkg.export import PREFIXES  # noqa: E402 - one prefix table for all output


def compact(iri: str) -> str:
    """``rcp:Workshop`` for an IRI under a known prefix, else the IRI itself."""
    best = ""
    for prefix, ns in PREFIXES.items():
        if iri.startswith(ns) and len(ns) > len(PREFIXES.get(best, "")):
            best = prefix
    return f"{best}:{iri[len(PREFIXES[best]):]}" if best else iri


def text(value: Node | None, *, compact_iris: bool = False) -> str:
    """A term as printed: lexical value of literals, IRI (compacted or not), ``_:id`` of blank nodes."""
    if value is None:
        return ""
    if isinstance(value, URIRef):
        return compact(str(value)) if compact_iris else str(value)
    if isinstance(value, BNode):
        return f"_:{value}"
    return str(value)


def json_term(value: Node) -> dict[str, str]:
    """A term in the SPARQL 1.1 Query Results JSON format."""
    if isinstance(value, URIRef):
        return {"type": "uri", "value": str(value)}
    if isinstance(value, BNode):
        return {"type": "bnode", "value": str(value)}
    if isinstance(value, Literal):
        out = {"type": "literal", "value": str(value)}
        if value.language:
            out["xml:lang"] = value.language
        elif value.datatype is not None:
            out["datatype"] = str(value.datatype)
        return out
    raise UsageError(f"cannot write {value!r} as a SPARQL JSON term")


def to_json(result: Result) -> str:
    if result.boolean is not None:
        return json.dumps({"head": {}, "boolean": result.boolean}, ensure_ascii=False, indent=2) + "\n"
    bindings = [{k: json_term(v) for k, v in row.items() if v is not None} for row in result.rows]
    doc = {"head": {"vars": list(result.vars)}, "results": {"bindings": bindings}}
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def to_csv(result: Result, *, delimiter: str = ",") -> str:
    buffer = io.StringIO()
    if result.boolean is not None:
        writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\n")
        writer.writerow(["boolean"])
        writer.writerow(["true" if result.boolean else "false"])
        return buffer.getvalue()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\n")
    writer.writerow(result.vars)
    for row in result.rows:
        writer.writerow([text(row.get(v)) for v in result.vars])
    return buffer.getvalue()


def _tsv_cell(value: str) -> str:
    return value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


def to_tsv(result: Result) -> str:
    """Tab-separated, one line per row: tabs and newlines inside values are escaped as \\t and \\n."""
    if result.boolean is not None:
        return "boolean\n" + ("true" if result.boolean else "false") + "\n"
    lines = ["\t".join(result.vars)]
    for row in result.rows:
        lines.append("\t".join(_tsv_cell(text(row.get(v))) for v in result.vars))
    return "\n".join(lines) + "\n"


def _md_cell(value: str) -> str:
    return " ".join(value.split()).replace("|", "\\|")


def to_markdown(result: Result) -> str:
    """A GitHub-flavoured Markdown table that pastes into a report."""
    if result.boolean is not None:
        return f"**{'true' if result.boolean else 'false'}**\n"
    head = "| " + " | ".join(result.vars) + " |"
    rule = "|" + "|".join("---" for _ in result.vars) + "|"
    body = ["| " + " | ".join(_md_cell(text(row.get(v), compact_iris=True)) for v in result.vars) + " |"
            for row in result.rows]
    return "\n".join([head, rule, *body]) + "\n"


def print_table(result: Result, stream: TextIO | None = None, *, title: str | None = None) -> None:
    """A rich table on `stream` (stdout by default); the row count goes to stderr."""
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    console = Console(file=stream, highlight=False, soft_wrap=False)
    if result.boolean is not None:
        console.print("true" if result.boolean else "false", markup=False)
        return
    table = Table(title=Text(title) if title else None, show_lines=False, header_style="bold")
    for v in result.vars:
        table.add_column(Text(v), overflow="fold")
    for row in result.rows:  # Text(): scraped values are never read as rich markup
        table.add_row(*[Text(text(row.get(v), compact_iris=True)) for v in result.vars])
    console.print(table)


def render(result: Result, fmt: str) -> str:
    """The result as text in one of :data:`FORMATS` (the table as plain text, without colours)."""
    if fmt == "csv":
        return to_csv(result)
    if fmt == "tsv":
        return to_tsv(result)
    if fmt == "json":
        return to_json(result)
    if fmt == "md":
        return to_markdown(result)
    if fmt == "table":
        buffer = io.StringIO()
        print_table(result, buffer)
        return buffer.getvalue()
    raise UsageError(f"unknown output format (formats: {', '.join(FORMATS)})", value=fmt)


def write(result: Result, fmt: str, stream: TextIO, *, title: str | None = None) -> None:
    """Write the result to `stream` in `fmt`; the table is drawn with rich when `stream` is a terminal."""
    if fmt == "table":
        print_table(result, stream, title=title)
        return
    stream.write(render(result, fmt))
    stream.flush()
