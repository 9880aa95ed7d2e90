"""Parameters bound into the query text: each value written once, as one escaped RDF term."""

from __future__ import annotations

import re
from typing import Mapping

from rdflib import Literal, URIRef
from rdflib.term import Node

from rcpkg.errors import UsageError
from rcpkg.sparql.result import XSD_STRING

_VAR = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_LANG = re.compile(r"^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$")
_IRI_FORBIDDEN = re.compile(r'[\x00-\x20<>"{}|^`\\]')
_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}


def check_iri(value: str, *, what: str = "IRI") -> URIRef:
    """An absolute IRI that can be written between ``<`` and ``>`` safely, or UsageError."""
    if not isinstance(value, str) or not re.match(r"^[A-Za-z][A-Za-z0-9+.-]*:", value) or _IRI_FORBIDDEN.search(value):
        raise UsageError(f"not a valid absolute {what} (no spaces, quotes, braces or angle brackets)", value=value)
    return URIRef(value)


def sparql_term(node: Node) -> str:
    """Serialise an RDF term as SPARQL syntax. Hostile text cannot leave the term."""
    if isinstance(node, URIRef):
        return f"<{check_iri(str(node))}>"
    if isinstance(node, Literal):
        body = "".join(_ESCAPES.get(c, c if ord(c) >= 0x20 else f"\\u{ord(c):04X}") for c in str(node))
        if node.language:
            if not _LANG.match(node.language):
                raise UsageError("not a valid language tag", value=node.language)
            return f'"{body}"@{node.language}'
        if node.datatype and str(node.datatype) != XSD_STRING:
            return f'"{body}"^^<{check_iri(str(node.datatype), what="datatype IRI")}>'
        return f'"{body}"'
    raise UsageError("only IRIs and literals can be bound to a query variable", value=str(node))


def _skip_string(text: str, i: int) -> int:
    quote = text[i]
    if text.startswith(quote * 3, i):
        end = text.find(quote * 3, i + 3)
        while end != -1 and text[end - 1] == "\\" and not text[:end].endswith("\\\\"):
            end = text.find(quote * 3, end + 1)
        return len(text) if end == -1 else end + 3
    j = i + 1
    while j < len(text):
        if text[j] == "\\":
            j += 2
            continue
        if text[j] == quote or text[j] == "\n":
            return j + 1
        j += 1
    return j


_IRIREF = re.compile(r'<[^<>"{}|^`\\\x00-\x20]*>')
_WORD = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_BOUND_OPEN = re.compile(r"BOUND\s*\(\s*$", re.I)
_CLOSE = re.compile(r"\s*\)")
# Keywords after which a clause of solution modifiers or a VALUES block starts or ends.
_CLAUSE_END = {"WHERE", "HAVING", "LIMIT", "OFFSET", "VALUES", "ORDER", "GROUP", "FROM"}


def _local_end(text: str, i: int) -> int:
    """The end of a prefixed name's local part starting at `i` (never a keyword or a variable)."""
    while i < len(text) and (text[i].isalnum() or text[i] in "_-.%"):
        i += 1
    return i


def bind(query: str, bindings: Mapping[str, Node | None] | None) -> str:
    """The query with each bound variable replaced by its RDF term, written by :func:`sparql_term`.

    Every ``?NAME`` / ``$NAME`` of a bound variable, sub-selects included, becomes the term; in a
    projection it becomes ``(TERM AS ?NAME)`` (so the column stays), in ``GROUP BY`` / ``ORDER BY``
    ``(TERM)``, and ``BOUND(?NAME)`` becomes ``true``. Strings, IRIs and comments of the query are
    never touched, and the user's value can only ever be one escaped term (IRIs checked, literals
    escaped), so it cannot change the query's structure. A variable the query assigns itself
    (``AS ?NAME``, ``VALUES ?NAME``) cannot be a parameter: UsageError. ``None`` values stay unbound.
    Every SPARQL 1.1 engine reads the result the same way (unlike a ``VALUES`` block, whose scope
    Virtuoso handles differently beside GROUP BY and inside OPTIONAL).
    """
    items = {k: v for k, v in (bindings or {}).items() if v is not None}
    if not items:
        return query
    for name in items:
        if not _VAR.match(name):
            raise UsageError("not a valid variable name", value=name)
    terms = {name: sparql_term(value) for name, value in items.items()}
    out: list[str] = []
    clause: str | None = None  # "select" (projection), "modifier" (GROUP BY / ORDER BY), "values" or None
    clause_depth = 0  # paren depth where the clause started
    depth = 0  # parentheses
    last_word = ""
    i, n = 0, len(query)
    while i < n:
        c = query[i]
        if c == "#":
            nl = query.find("\n", i)
            j = n if nl == -1 else nl + 1
            out.append(query[i:j])
            i = j
            continue
        if c in "'\"":
            j = _skip_string(query, i)
            out.append(query[i:j])
            i = j
            continue
        if c == "<":
            m = _IRIREF.match(query, i)
            if m:
                out.append(m.group(0))
                i = m.end()
                continue
        if c in "?$" and i + 1 < n and _WORD.match(query, i + 1):
            m = _WORD.match(query, i + 1)
            name = m.group(0)
            j = m.end()
            if name not in terms:
                out.append(query[i:j])
                last_word = ""
                i = j
                continue
            if last_word == "AS" or clause == "values":
                raise UsageError(f"?{name} is assigned by the query itself, so it cannot be a parameter",
                                 value=name)
            term = terms[name]
            before = "".join(out[-8:])
            close = _CLOSE.match(query, j)
            bound = _BOUND_OPEN.search(before)
            if bound and close:
                # BOUND(?name) -> true: drop the "BOUND(" already written
                text = "".join(out)
                out = [text[:len(text) - len(bound.group(0))], "true"]
                i = close.end()
                last_word = ""
                continue
            if clause == "select" and depth == clause_depth:
                out.append(f"({term} AS ?{name})")
            elif clause == "modifier" and depth == clause_depth:
                out.append(f"({term})")
            else:
                out.append(term)
            last_word = ""
            i = j
            continue
        if c == ":":  # a name with the empty prefix, like :x
            k = _local_end(query, i + 1)
            out.append(query[i:k])
            last_word = ""
            i = k
            continue
        if c.isalpha() or c == "_":
            m = _WORD.match(query, i)
            word = m.group(0)
            j = m.end()
            if j < n and query[j] == ":":  # a prefixed name like rcp:Event: never a keyword
                k = _local_end(query, j + 1)
                out.append(query[i:k])
                last_word = ""
                i = k
                continue
            upper = word.upper()
            if upper == "SELECT":
                clause, clause_depth = "select", depth
            elif upper == "BY" and last_word in ("GROUP", "ORDER"):
                clause, clause_depth = "modifier", depth
            elif upper == "VALUES":
                clause, clause_depth = "values", depth
            elif upper in _CLAUSE_END and clause in ("select", "modifier"):
                clause = None
            out.append(word)
            last_word = upper
            i = j
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c in "{}":
            if clause in ("select", "modifier") or (clause == "values" and c == "{"):
                clause = None
        if not c.isspace():
            last_word = ""
        out.append(c)
        i += 1
    return "".join(out)
