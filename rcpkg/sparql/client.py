"""HTTP for SPARQL endpoints: credentials (never printed), Basic and Digest, the server's own messages."""

from __future__ import annotations

import os
import re
from urllib.parse import urlsplit, urlunsplit


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


_VIRTUOSO_FAULT = re.compile(r"Virtuoso [0-9A-Z]{5} Error ")


def server_message(body: bytes | str, limit: int = 500) -> str:
    """The server's own error text, on one line and trimmed (Virtuoso's echo of the query is left out)."""
    text = body.decode("utf-8", "replace") if isinstance(body, bytes) else body
    text = re.split(r"\n\s*SPARQL query:", text, maxsplit=1)[0]
    # Virtuoso may stream part of the results before its error: the error is what names the fault
    fault = _VIRTUOSO_FAULT.search(text)
    if fault and fault.start() > 0:
        text = text[fault.start():]
    if "<" in text and re.search(r"</?(html|body|h1|p|pre)\b", text, re.I):
        text = re.sub(r"<[^>]*>", " ", text)
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit] + "…"


def partial_result(headers, shown: str, body: str | None = None) -> str | None:
    """The one-line error for a result the server sent incomplete, or None when it is whole.

    Virtuoso's "anytime query": when a query's time budget (its MaxQueryExecutionTime, or the endpoint's
    ``timeout=`` parameter) runs out, it answers HTTP 200 with the rows found so far and says so only in
    the ``X-SQL-State: S1TAT`` header (and ``X-SQL-Message``); when the budget runs out while it streams a
    large result, it answers HTTP 500 whose body is the rows sent so far followed by "Virtuoso S1TAT Error
    …" (`body`: that error's text). Such a result must never pass as complete.
    """
    state = headers.get("X-SQL-State") if headers is not None else None
    if state and state.strip().upper() == "S1TAT":
        said = headers.get("X-SQL-Message") or ""
    elif body and body.startswith("Virtuoso S1TAT Error"):
        said = body[len("Virtuoso S1TAT Error"):]
    else:
        return None
    said = server_message(re.split(r"\s+Activity:", said, maxsplit=1)[0], limit=200)
    return (f"the endpoint {shown} stopped the query at its time limit and sent only part of the result "
            f"(S1TAT{': ' + said if said else ''}); the rows were not used. Raise the server's query time "
            "limit (Virtuoso: MaxQueryExecutionTime, or the endpoint URL's timeout= parameter) or narrow "
            "the query")
