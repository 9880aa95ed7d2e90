"""Run a SPARQL query on the embedded store, a remote endpoint, or rdflib's own engine.

One function, :func:`run`, and one result type, :class:`Result`, whatever
engine answers: every value comes back as an rdflib term (or ``None`` when the
variable is unbound), so printing, comparing and testing never depend on the
engine.

Parameters are *bound*, never pasted: :func:`bind` serialises each value as an
RDF term (IRIs checked, literals escaped) and writes that one term in place of
every ``?NAME`` of the query text (sub-selects included; ``(TERM AS ?NAME)`` in
a projection, ``BOUND(?NAME)`` as ``true``), skipping strings, IRIs and
comments. Every engine reads that the same way: Virtuoso 7 mishandles a
``VALUES`` block beside GROUP BY and inside OPTIONAL. pyoxigraph's own
``substitutions=`` is not used: it requires the variable in the top-level
projection, which aggregate queries cannot give.

Remote queries go over urllib: credentials from the URL, RCPKG_TOKEN or
RCPKG_USER / RCPKG_PASSWORD (Basic, or Digest when the server asks for it);
an HTTP error shows the server's own message; a result cut at the server's
row limit (``X-SPARQL-MaxRows``) is read in pages when the query is ordered,
flagged in ``Result.cut_at`` otherwise.

The resolvers (:func:`resolve_institution`, :func:`resolve_theme`,
:func:`resolve_series`, :func:`resolve_kind`) turn what a user types ("IOM",
"OIM", "disasters", "Desplazamiento por desastres", an IRI) into the IRI the
queries need; they take the same ``store`` / ``endpoint`` / ``dataset``
keywords as :func:`run`. These signatures are a contract (the viz commands
call them).
"""

from __future__ import annotations

import difflib
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Mapping
from urllib.parse import urlsplit, urlunsplit

from rdflib import BNode, Literal, URIRef
from rdflib.term import Node

from rcpkg.errors import RcpkgError, RemoteError, StoreError, UsageError

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
RDF_LANGSTRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"
RCP_NS = "https://w3id.org/rcpkg/ontology#"

# Event kind keys (docs/design.md) -> class local names.
KINDS: dict[str, str] = {
    "event": "Event",
    "workshop": "Workshop",
    "meeting": "Meeting",
    "plenary-meeting": "PlenaryMeeting",
    "vice-ministerial-meeting": "ViceMinisterialMeeting",
    "training": "Training",
    "seminar": "Seminar",
    "forum": "Forum",
    "webinar": "Webinar",
    "congress": "Congress",
    "virtual-meeting": "VirtualMeeting",
    "conference": "Conference",
    "consultation": "Consultation",
}


@dataclass(frozen=True)
class Result:
    """A query's answer: the projected variables and one dict per row.

    ``boolean`` is set for ASK queries (``vars`` and ``rows`` are then empty). ``cut_at`` is set when
    an endpoint returned only the first rows, cut at its row limit.
    """

    vars: list[str]
    rows: list[dict[str, Node | None]] = field(default_factory=list)
    boolean: bool | None = None
    cut_at: int | None = None  # the server cut the rows at this limit (only remote results)
    pages: int = 1  # requests it took to read every row (remote results read in pages)

    def __len__(self) -> int:
        return len(self.rows)

    def tuples(self) -> list[tuple[Node | None, ...]]:
        return [tuple(row.get(v) for v in self.vars) for row in self.rows]


# ---------------------------------------------------------------- binding

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


# ---------------------------------------------------------------- engines


def _from_oxigraph(term: Any) -> Node | None:
    import pyoxigraph as ox

    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        dt = term.datatype.value
        return Literal(term.value) if dt == XSD_STRING else _normalise(Literal(term.value, datatype=URIRef(dt)))
    raise RcpkgError(f"unsupported term in a query result: {term!r}")


_XSD = "http://www.w3.org/2001/XMLSchema#"
# Oxigraph stores these as xsd:integer; the other engines are mapped the same way so results are identical.
_INTEGER_TYPES = {_XSD + t for t in ("nonNegativeInteger", "positiveInteger", "nonPositiveInteger",
                                     "negativeInteger", "long", "int", "short", "byte", "unsignedLong",
                                     "unsignedInt", "unsignedShort", "unsignedByte")}
_XSD_INTEGER = URIRef(_XSD + "integer")


def _normalise(term: Node | None) -> Node | None:
    """rdflib terms in one canonical form whatever the engine: plain literals without xsd:string,
    integer-derived datatypes as xsd:integer (as Oxigraph stores them), lexical forms kept."""
    if isinstance(term, Literal):
        if term.language:
            return Literal(str(term), lang=term.language)
        if term.datatype is None or str(term.datatype) == XSD_STRING:
            return Literal(str(term))
        if str(term.datatype) in _INTEGER_TYPES:
            return Literal(str(term), datatype=_XSD_INTEGER)
        return Literal(str(term), datatype=term.datatype)
    return term


def open_store(store: Any):
    """A pyoxigraph store from a path (opened read-only) or an already open store."""
    if isinstance(store, (str, Path)):
        from rcpkg.store import open_store as _open

        return _open(Path(store))
    return store


def _run_oxigraph(query: str, store: Any) -> Result:
    import pyoxigraph as ox

    ox_store = open_store(store)
    try:
        answer = ox_store.query(query, use_default_graph_as_union=True)
    except SyntaxError as exc:
        raise UsageError(f"SPARQL syntax error: {exc}") from None
    except (OSError, RuntimeError, ValueError) as exc:
        raise StoreError(f"the query failed on the store: {exc}") from None
    if isinstance(answer, ox.QueryBoolean):
        return Result([], [], bool(answer))
    if isinstance(answer, ox.QuerySolutions):
        names = [v.value for v in answer.variables]
        rows = [{n: _from_oxigraph(sol[n]) for n in names} for sol in answer]
        return Result(names, rows)
    raise UsageError("only SELECT and ASK queries can be printed as a table")


def _run_rdflib(query: str, dataset: Any) -> Result:
    from pyparsing import ParseException

    try:
        answer = dataset.query(query)
    except ParseException as exc:
        raise UsageError(f"SPARQL syntax error: {exc}") from None
    if answer.type == "ASK":
        return Result([], [], bool(answer.askAnswer))
    if answer.type != "SELECT":
        raise UsageError("only SELECT and ASK queries can be printed as a table")
    names = [str(v) for v in answer.vars]
    rows = [{n: _normalise(row[i]) for i, n in enumerate(names)} for row in answer]
    return Result(names, rows)


def scrub_url(url: str) -> str:
    """The URL without user:password, for messages."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return "<invalid URL>"
    if parts.username or parts.password:
        host = parts.hostname or ""
        if parts.port:
            host = f"{host}:{parts.port}"
        return urlunsplit((parts.scheme, host, parts.path, parts.query, parts.fragment))
    return url


def split_userinfo(url: str) -> tuple[str, tuple[str, str] | None]:
    """The URL without user:password, and the (user, password) it carried (if any)."""
    from urllib.parse import unquote

    parts = urlsplit(url)
    if parts.username is None:
        return url, None
    return scrub_url(url), (unquote(parts.username), unquote(parts.password or ""))


def credentials(url: str) -> tuple[str, tuple[str, str] | None, dict[str, str]]:
    """(URL without user:password, (user, password) or None, extra headers).

    The user and password come from the URL or from RCPKG_USER / RCPKG_PASSWORD; RCPKG_TOKEN gives a
    bearer ``Authorization`` header instead. They are never printed.
    """
    clean, userinfo = split_userinfo(url)
    token = os.environ.get("RCPKG_TOKEN")
    if token:
        return clean, None, {"Authorization": f"Bearer {token}"}
    user = os.environ.get("RCPKG_USER")
    if user is not None:
        userinfo = (user, os.environ.get("RCPKG_PASSWORD", ""))
    return clean, userinfo, {}


def auth_headers() -> dict[str, str]:
    """A preemptive Authorization header from RCPKG_TOKEN (bearer) or RCPKG_USER / RCPKG_PASSWORD (basic)."""
    import base64

    token = os.environ.get("RCPKG_TOKEN")
    if token:
        return {"Authorization": f"Bearer {token}"}
    user = os.environ.get("RCPKG_USER")
    if user is not None:
        raw = f"{user}:{os.environ.get('RCPKG_PASSWORD', '')}".encode("utf-8")
        return {"Authorization": "Basic " + base64.b64encode(raw).decode("ascii")}
    return {}


class _Client:
    """Opens requests with the user's credentials: HTTP Basic at once; when the server refuses that
    (401) it asks again without it and answers the server's challenge, HTTP Digest included (Virtuoso's
    /sparql-auth answers Basic with a bare 401 and challenges only a request without credentials)."""

    def __init__(self, clean: str, userinfo: tuple[str, str] | None) -> None:
        import base64
        import urllib.request

        self.userinfo = userinfo
        self.plain = urllib.request.build_opener()
        self.basic = None
        self.challenged = None
        if userinfo is not None:
            raw = f"{userinfo[0]}:{userinfo[1]}".encode("utf-8")
            self.basic = "Basic " + base64.b64encode(raw).decode("ascii")
            passwords = urllib.request.HTTPPasswordMgrWithDefaultRealm()
            origin = urlsplit(clean)
            passwords.add_password(None, f"{origin.scheme}://{origin.netloc}/", userinfo[0], userinfo[1])
            self.digest_handler = urllib.request.HTTPDigestAuthHandler(passwords)
            self.challenged = urllib.request.build_opener(self.digest_handler,
                                                          urllib.request.HTTPBasicAuthHandler(passwords))
        self.digest = False  # learnt from the first refusal: later requests answer the challenge directly
        self.learned = False

    def _probe(self, url: str, timeout: float) -> None:
        """A GET with Basic, before a large body: a server that wants Digest refuses it with a bare 401
        at once and closes the connection, which a large upload would meet as a broken pipe."""
        import urllib.error
        import urllib.request

        probe = urllib.request.Request(url, method="GET")
        probe.add_unredirected_header("Authorization", self.basic)
        try:
            self.plain.open(probe, timeout=timeout).close()
        except urllib.error.HTTPError as exc:
            challenge = (exc.headers.get("WWW-Authenticate") or "").lower()
            self.digest = exc.code == 401 and not challenge.startswith("basic")
            exc.close()
        except (urllib.error.URLError, OSError):
            return  # the real request will tell
        self.learned = True

    def _open_digest_at_once(self, request, timeout: float):
        """A large body sent once, already answering a fresh Digest challenge (read with a bodiless GET):
        urllib's Digest handler sends the body first without credentials, and the server drops it."""
        import urllib.error
        import urllib.request

        probe = urllib.request.Request(request.full_url, method="GET")
        challenge = ""
        try:
            self.plain.open(probe, timeout=timeout).close()
        except urllib.error.HTTPError as exc:
            challenge = exc.headers.get("WWW-Authenticate") or ""
            exc.close()
        if not challenge.lower().startswith("digest "):
            return self.challenged.open(request, timeout=timeout)
        chal = urllib.request.parse_keqv_list(filter(None, urllib.request.parse_http_list(challenge[7:])))
        auth = self.digest_handler.get_authorization(request, chal)
        if not auth:
            return self.challenged.open(request, timeout=timeout)
        request.add_unredirected_header("Authorization", "Digest " + auth)
        return self.plain.open(request, timeout=timeout)

    def open(self, request, timeout: float):
        import urllib.error

        if self.userinfo is None:
            return self.plain.open(request, timeout=timeout)
        if not self.learned and len(request.data or b"") > 65536:
            self._probe(request.full_url, timeout)
        if self.digest:
            if len(request.data or b"") > 65536:
                return self._open_digest_at_once(request, timeout)
            return self.challenged.open(request, timeout=timeout)
        request.add_unredirected_header("Authorization", self.basic)
        try:
            response = self.plain.open(request, timeout=timeout)
            self.learned = True
            return response
        except urllib.error.HTTPError as exc:
            challenge = (exc.headers.get("WWW-Authenticate") or "").lower()
            if exc.code != 401 or challenge.startswith("basic"):
                raise
            exc.close()
        request.remove_header("Authorization")
        response = self.challenged.open(request, timeout=timeout)
        self.digest = self.learned = True
        return response


def opener(url: str):
    """(URL without credentials, a client whose ``open(request, timeout)`` authenticates, extra headers).

    With a user and password (from the URL or RCPKG_USER / RCPKG_PASSWORD), HTTP Basic is sent at once
    and HTTP Digest is answered when the server asks for it (Virtuoso does); with RCPKG_TOKEN a bearer
    header is sent.
    """
    clean, userinfo, headers = credentials(url)
    return clean, _Client(clean, userinfo), headers


def server_message(body: bytes | str, limit: int = 500) -> str:
    """The server's own error text, on one line and trimmed (Virtuoso's echo of the query is left out)."""
    text = body.decode("utf-8", "replace") if isinstance(body, bytes) else body
    text = re.split(r"\n\s*SPARQL query:", text, maxsplit=1)[0]
    if "<" in text and re.search(r"</?(html|body|h1|p|pre)\b", text, re.I):
        text = re.sub(r"<[^>]*>", " ", text)
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit] + "…"


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
    """POST the query; (body, response headers). RemoteError with the server's own message on failure."""
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
            return response.read(), response.headers
    except urllib.error.HTTPError as exc:
        try:
            detail = server_message(exc.read())
        except Exception:  # noqa: BLE001 - the message is a courtesy
            detail = ""
        hint = "Check RCPKG_USER / RCPKG_PASSWORD or RCPKG_TOKEN (they are never printed)." \
            if exc.code in (401, 403) else None
        raise RemoteError(f"the endpoint {shown} answered HTTP {exc.code} {exc.reason}"
                          + (f": {detail}" if detail else ""), hint=hint) from None
    except (urllib.error.URLError, OSError, TimeoutError, ValueError) as exc:
        reason = getattr(exc, "reason", exc)
        raise RemoteError(f"cannot reach the endpoint {shown}: {reason}") from None


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


def run(query: str, bindings: Mapping[str, Node | None] | None = None, *, store: Any = None,
        endpoint: str | None = None, dataset: Any = None, engine: str | None = None,
        timeout: float = 60, paginate: bool = True, strict: bool = False,
        default_graphs: list[str] | None = None) -> Result:
    """Run a SELECT or ASK query and return its rows as rdflib terms.

    Exactly one target: ``store`` (a path or an open ``pyoxigraph.Store``;
    the default graph is the union of all graphs), ``endpoint`` (a SPARQL 1.1
    query URL; credentials from the URL, RCPKG_TOKEN or RCPKG_USER /
    RCPKG_PASSWORD, Basic or Digest), or ``dataset`` (an rdflib
    ``Dataset(default_union=True)``; also chosen by ``engine="rdflib"``).
    ``bindings`` maps variable names (without ``?``) to rdflib terms; ``None``
    leaves the variable unbound.

    On an endpoint that cuts results at a row limit (Virtuoso's
    ResultSetMaxRows, announced in the X-SPARQL-MaxRows header), an ordered
    query (top-level ORDER BY, no LIMIT / OFFSET) is read in pages of that
    size when ``paginate`` (``Result.pages`` says how many); any other cut
    result comes back with ``Result.cut_at`` set to the limit, or raises
    RemoteError when ``strict``. ``default_graphs`` are sent as the
    protocol's ``default-graph-uri``.
    """
    text = bind(query, bindings)
    if engine == "rdflib" or (dataset is not None and engine is None):
        if dataset is None:
            if store is None:
                raise UsageError("engine='rdflib' needs a dataset (or a store to load one from)")
            dataset = load_dataset(store)
        return _run_rdflib(text, dataset)
    if endpoint is not None:
        return _run_remote(text, endpoint, timeout, paginate=paginate, strict=strict,
                           default_graphs=default_graphs)
    if store is None:
        raise UsageError("no store and no endpoint to query")
    return _run_oxigraph(text, store)


def load_dataset(store: Any):
    """An rdflib Dataset (default graph = union) holding every quad of the store."""
    from rdflib import Dataset

    ox_store = open_store(store)
    ds = Dataset(default_union=True)
    for quad in ox_store:
        graph = quad.graph_name
        ctx = ds.graph(URIRef(graph.value)) if hasattr(graph, "value") else ds.default_graph
        ctx.add((_from_oxigraph(quad.subject), _from_oxigraph(quad.predicate), _from_oxigraph(quad.object)))
    return ds


# ---------------------------------------------------------------- resolvers


def _looks_like_iri(text: str) -> bool:
    return bool(re.match(r"^(https?|urn|file):", text.strip()))


def _candidates(query: str, **target: Any) -> list[tuple[URIRef, str, str]]:
    """(entity, name, best label) rows of a resolver query."""
    rows = run(query, **target).rows
    return [(row["x"], str(row["name"]), str(row.get("label") or row["x"])) for row in rows if row.get("name") is not None]


def _resolve(text: str, kind: str, query: str, key_prefix: str, **target: Any) -> URIRef:
    from rcpkg.iris import fold

    text = (text or "").strip()
    if not text:
        raise UsageError(f"empty {kind} name")
    rows = _candidates(query, **target)
    if _looks_like_iri(text):
        iri = check_iri(text, what=f"{kind} IRI")
        if any(x == iri for x, _, _ in rows):
            return iri
        raise UsageError(f"no {kind} with this IRI in the graph", value=text)
    wanted = fold(text)
    labels: dict[URIRef, str] = {}
    exact: dict[URIRef, str] = {}
    for x, name, label in rows:
        labels.setdefault(x, label)
        if fold(name) == wanted or str(x) == key_prefix + text:
            exact.setdefault(x, label)
    if len(exact) == 1:
        return next(iter(exact))
    if len(exact) > 1:
        listing = "; ".join(f"{label} <{x}>" for x, label in sorted(exact.items()))
        raise UsageError(f"{kind} name is ambiguous: it matches {listing}", value=text,
                         hint="Pass the IRI or a longer name.")
    if kind == "theme" and len(wanted) >= 3:
        # a unique prefix of a key or of a name in either language ("disasters", "niñez", "trata")
        prefixed: dict[URIRef, str] = {}
        for x, name, label in rows:
            key = str(x)[len(key_prefix):] if str(x).startswith(key_prefix) else ""
            if fold(name).startswith(wanted) or fold(key).startswith(wanted):
                prefixed.setdefault(x, label)
        if len(prefixed) == 1:
            return next(iter(prefixed))
        if len(prefixed) > 1:
            listing = "; ".join(f"{label} <{x}>" for x, label in sorted(prefixed.items()))
            raise UsageError(f"{kind} name is ambiguous: it starts {len(prefixed)} themes: {listing}",
                             value=text, hint="Pass the key, the IRI or a longer name.")
    names = sorted({name for _, name, _ in rows} | {str(x)[len(key_prefix):] for x in labels
                                                     if str(x).startswith(key_prefix)})
    folded = {fold(n): n for n in names}
    close = [folded[m] for m in difflib.get_close_matches(wanted, list(folded), n=5, cutoff=0.6)]
    hint = f"Did you mean: {', '.join(close)}?" if close else None
    raise UsageError(f"no {kind} with this name, acronym or key", value=text, hint=hint)


_INSTITUTIONS = """
PREFIX rcp: <https://w3id.org/rcpkg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT DISTINCT ?x ?name ?label WHERE {
  ?x a rcp:Institution .
  { ?x skos:prefLabel ?name } UNION { ?x skos:altLabel ?name } UNION { ?x rdfs:label ?name }
  UNION { ?x rcp:acronym ?name }
  OPTIONAL { ?x rdfs:label ?label FILTER(LANG(?label) = "en") }
}
"""

_THEMES = """
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT DISTINCT ?x ?name ?label WHERE {
  ?x a skos:Concept .
  { ?x skos:prefLabel ?name } UNION { ?x skos:altLabel ?name } UNION { ?x rdfs:label ?name }
  OPTIONAL { ?x skos:prefLabel ?label FILTER(LANG(?label) = "en") }
}
"""

_SERIES = """
PREFIX rcp: <https://w3id.org/rcpkg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT DISTINCT ?x ?name ?label WHERE {
  ?x a rcp:EventSeries .
  { ?x rdfs:label ?name } UNION { ?x skos:altLabel ?name }
  OPTIONAL { ?x rdfs:label ?label FILTER(LANG(?label) = "en") }
}
"""


def resolve_institution(name: str, *, store: Any = None, endpoint: str | None = None, dataset: Any = None,
                        engine: str | None = None) -> URIRef:
    """The institution IRI for a name, acronym (en/es, accents and case ignored), reference key or IRI.

    Ambiguous names raise UsageError listing the candidates; unknown names
    raise UsageError with close matches.
    """
    from rcpkg.iris import ID

    return _resolve(name, "institution", _INSTITUTIONS, f"{ID}org/", store=store, endpoint=endpoint,
                    dataset=dataset, engine=engine)


def resolve_theme(name: str, *, store: Any = None, endpoint: str | None = None, dataset: Any = None,
                  engine: str | None = None) -> URIRef:
    """The concept IRI for a theme key, its label (en/es) or its IRI."""
    from rcpkg.iris import ID

    return _resolve(name, "theme", _THEMES, f"{ID}theme/", store=store, endpoint=endpoint, dataset=dataset,
                    engine=engine)


def resolve_series(name: str, *, store: Any = None, endpoint: str | None = None, dataset: Any = None,
                   engine: str | None = None) -> URIRef:
    """The event series IRI for a series key, label or IRI."""
    from rcpkg.iris import ID

    return _resolve(name, "series", _SERIES, f"{ID}series/", store=store, endpoint=endpoint, dataset=dataset,
                    engine=engine)


def resolve_kind(name: str) -> URIRef:
    """The class IRI of an event kind key ("workshop", "plenary-meeting"), class name or IRI."""
    text = (name or "").strip()
    if text.startswith(RCP_NS) and text[len(RCP_NS):] in KINDS.values():
        return URIRef(text)
    key = text.lower().replace("_", "-").replace(" ", "-")
    if key in KINDS:
        return URIRef(RCP_NS + KINDS[key])
    by_class = {v.lower(): v for v in KINDS.values()}
    if text.lower() in by_class:
        return URIRef(RCP_NS + by_class[text.lower()])
    close = difflib.get_close_matches(key, list(KINDS), n=3)
    raise UsageError("not an event kind", value=name,
                     hint=f"Kinds: {', '.join(KINDS)}" + (f". Did you mean {', '.join(close)}?" if close else ""))
