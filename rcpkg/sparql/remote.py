"""Queries run on a remote SPARQL endpoint: POST, SPARQL JSON results, row limits read in pages."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from rdflib import BNode, Literal, URIRef
from rdflib.term import Node

from rcpkg.errors import RemoteError, UsageError
from rcpkg.sparql.binding import _IRIREF, _WORD, _local_end, _skip_string, check_iri
from rcpkg.sparql.client import opener, partial_result, scrub_url, server_message
from rcpkg.sparql.result import RDF_LANGSTRING, XSD_STRING, Result, _normalise


def _from_json(value: dict[str, str] | None) -> Node | None:
    if value is None:
        return None
    kind = value.get("type")
    if kind == "uri":
        return URIRef(value["value"])
    if kind == "bnode":
        return BNode(value["value"])
    if kind in ("literal", "typed-literal"):
        lang = value.get("xml:lang")
        if lang:
            return Literal(value["value"], lang=lang)
        dt = value.get("datatype")
        if dt and dt not in (XSD_STRING, RDF_LANGSTRING):
            return _normalise(Literal(value["value"], datatype=URIRef(dt)))
        return Literal(value["value"])
    raise RemoteError("unexpected term in the endpoint's JSON results", value=value)


def _post_query(query: str, endpoint: str, timeout: float, default_graphs: list[str] | None) -> tuple[bytes, Any]:
    """POST the query; (body, response headers). RemoteError with the server's own message on failure, and
    for a partial result (Virtuoso's anytime query: HTTP 200 with X-SQL-State S1TAT)."""
    import urllib.error
    import urllib.parse
    import urllib.request

    shown = scrub_url(endpoint)
    if urlsplit(endpoint).scheme not in ("http", "https"):
        raise UsageError("the endpoint must be an http(s) URL", value=shown)
    clean, client, headers = opener(endpoint)
    form = [("query", query)] + [("default-graph-uri", str(check_iri(g, what="default graph IRI")))
                                 for g in default_graphs or []]
    request = urllib.request.Request(clean, data=urllib.parse.urlencode(form).encode("utf-8"), method="POST",
                                     headers={**headers, "Accept": "application/sparql-results+json",
                                              "Content-Type": "application/x-www-form-urlencoded"})
    try:
        with client.open(request, timeout=max(1, timeout)) as response:
            raw, answered = response.read(), response.headers
    except urllib.error.HTTPError as exc:
        try:
            detail = server_message(exc.read())
        except Exception:  # noqa: BLE001 - the message is a courtesy
            detail = ""
        partial = partial_result(None, shown, detail)
        if partial:
            raise RemoteError(partial) from None
        hint = "Check RCPKG_USER / RCPKG_PASSWORD or RCPKG_TOKEN (they are never printed)." \
            if exc.code in (401, 403) else None
        raise RemoteError(f"the endpoint {shown} answered HTTP {exc.code} {exc.reason}"
                          + (f": {detail}" if detail else ""), hint=hint) from None
    except (urllib.error.URLError, OSError, TimeoutError, ValueError) as exc:
        reason = getattr(exc, "reason", exc)
        raise RemoteError(f"cannot reach the endpoint {shown}: {reason}") from None
    partial = partial_result(answered, shown)
    if partial:
        raise RemoteError(partial)
    return raw, answered


def _parse_json(raw: bytes, shown: str) -> Result:
    import json

    try:
        data = json.loads(raw)
    except ValueError:
        raise RemoteError(f"the endpoint {shown} did not answer with SPARQL JSON results") from None
    if not isinstance(data, dict):
        raise RemoteError(f"the endpoint {shown} did not answer with SPARQL JSON results")
    boolean = ask_answer(data)
    if boolean is not None:
        return Result([], [], boolean)
    names = list(data.get("head", {}).get("vars", []))
    rows = [{n: _from_json(b.get(n)) for n in names} for b in data.get("results", {}).get("bindings", [])]
    return Result(names, rows)


def ask_answer(data: dict) -> bool | None:
    """The answer of an ASK in SPARQL JSON results, or None for a SELECT's. Virtuoso 7 answers an ASK as
    one row of one variable, ``__ASK_RETVAL`` (1 or 0), instead of ``"boolean"``."""
    if "boolean" in data:
        return bool(data["boolean"])
    if data.get("head", {}).get("vars") == ["__ASK_RETVAL"]:
        rows = data.get("results", {}).get("bindings", [])
        return bool(rows) and rows[0].get("__ASK_RETVAL", {}).get("value") not in ("0", "false")
    return None


def _max_rows(headers: Any) -> int | None:
    """The server's row limit when it says it applied it (Virtuoso: X-SPARQL-MaxRows)."""
    value = headers.get("X-SPARQL-MaxRows") if headers is not None else None
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


def _top_level_words(query: str) -> list[tuple[str, int, int]]:
    """(KEYWORD, index, brace depth) of the query's words, outside strings, IRIs, comments and names."""
    words: list[tuple[str, int, int]] = []
    depth = 0
    i, n = 0, len(query)
    while i < n:
        c = query[i]
        if c == "#":
            nl = query.find("\n", i)
            i = n if nl == -1 else nl + 1
        elif c in "'\"":
            i = _skip_string(query, i)
        elif c == "<" and _IRIREF.match(query, i):
            i = _IRIREF.match(query, i).end()
        elif c in "?$:":
            i = _local_end(query, i + 1)
        elif c.isalpha() or c == "_":
            m = _WORD.match(query, i)
            if m.end() < n and query[m.end()] == ":":
                i = _local_end(query, m.end() + 1)
                continue
            words.append((m.group(0).upper(), i, depth))
            i = m.end()
        else:
            depth += c == "{"
            depth -= c == "}"
            i += 1
    return words


def pageable(query: str) -> bool:
    """A SELECT with a top-level ORDER BY and no LIMIT / OFFSET of its own: it can be read in pages."""
    words = [(w, d) for w, _, d in _top_level_words(query)]
    top = [w for w, d in words if d == 0]
    return "SELECT" in top and "ORDER" in top and "LIMIT" not in top and "OFFSET" not in top


def page_query(query: str, limit: int, offset: int) -> str:
    """One page of an ordered SELECT: the query as a sub-select, then LIMIT / OFFSET outside it.

    (Virtuoso refuses a sorted LIMIT / OFFSET beyond its MaxSortedTopRows; the sub-select form is what it
    documents for reading every row.)"""
    words = _top_level_words(query)
    at = next(i for w, i, d in words if w == "SELECT" and d == 0)
    return f"{query[:at]}SELECT * WHERE {{\n{{ {query[at:]}\n}}\n}}\nLIMIT {int(limit)} OFFSET {int(offset)}\n"


def _run_remote(query: str, endpoint: str, timeout: float, *, paginate: bool = True, strict: bool = False,
                default_graphs: list[str] | None = None) -> Result:
    shown = scrub_url(endpoint)
    raw, headers = _post_query(query, endpoint, timeout, default_graphs)
    first = _parse_json(raw, shown)
    limit = _max_rows(headers)
    if limit is None or first.boolean is not None or len(first.rows) < limit or limit < 1:
        return first
    if not (paginate and pageable(query)):
        message = (f"the endpoint {shown} cut the result at its row limit of {limit} rows "
                   "(X-SPARQL-MaxRows); rows are missing")
        if strict:
            raise RemoteError(message, hint="Give the query an ORDER BY (rcpkg then reads it in pages), "
                                            "or raise the server's ResultSetMaxRows.")
        return Result(first.vars, first.rows, None, cut_at=limit)
    rows = list(first.rows)
    pages = 1
    while True:
        raw, headers = _post_query(page_query(query, limit, len(rows)), endpoint, timeout, default_graphs)
        page = _parse_json(raw, shown)
        pages += 1
        rows += [{v: row.get(v) for v in first.vars} for row in page.rows]
        if len(page.rows) < limit:
            break
    return Result(first.vars, rows, None, pages=pages)
