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

# The package's modules, one job each: result (Result, the canonical form of terms), binding (bind,
# sparql_term, check_iri), local (Oxigraph and rdflib), client (HTTP credentials and messages),
# remote (endpoints, row limits, pages), runner (run: the one entry point), resolve (names -> IRIs).
# Every public name stays importable from rcpkg.sparql.

from rcpkg.sparql.binding import bind, check_iri, sparql_term
from rcpkg.sparql.client import auth_headers, credentials, opener, scrub_url, server_message, split_userinfo
from rcpkg.sparql.local import load_dataset, open_store
from rcpkg.sparql.remote import ask_answer, page_query, pageable
from rcpkg.sparql.resolve import (KINDS, RCP_NS, resolve_institution, resolve_kind, resolve_series,
                                  resolve_theme)
from rcpkg.sparql.result import RDF_LANGSTRING, XSD_STRING, Result
from rcpkg.sparql.runner import run

__all__ = ["KINDS", "RCP_NS", "RDF_LANGSTRING", "XSD_STRING", "Result", "ask_answer", "auth_headers", "bind",
           "check_iri", "credentials", "load_dataset", "open_store", "opener", "page_query", "pageable",
           "resolve_institution", "resolve_kind", "resolve_series", "resolve_theme", "run", "scrub_url",
           "server_message", "sparql_term", "split_userinfo"]
