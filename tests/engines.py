"""Comparing one query's rows across SPARQL engines (tests/test_virtuoso.py)."""

from __future__ import annotations

import re

_CONCAT = re.compile(r'GROUP_CONCAT\s*\((?:[^;()]|\([^()]*\))*;\s*separator\s*=\s*"([^"]*)"\s*\)\s*AS\s*\?(\w+)', re.I)


def concat_columns(query_text: str) -> dict[str, str]:
    """column -> separator, for the columns a query builds with GROUP_CONCAT."""
    return {m.group(2): m.group(1) for m in _CONCAT.finditer(query_text)}


def comparable(result, query_text: str) -> list[tuple[str, ...]]:
    """The rows as N3 tuples; a GROUP_CONCAT column's parts sorted, since SPARQL leaves the order of the
    concatenated values to the engine (Oxigraph and Virtuoso differ), and nothing else is normalised."""
    columns = concat_columns(query_text)
    rows = []
    for row in result.rows:
        cells = []
        for var in result.vars:
            term = row.get(var)
            text = "" if term is None else term.n3()
            if term is not None and var in columns:
                sep = columns[var]
                text = sep.join(sorted(str(term).split(sep))) if sep else "".join(sorted(str(term)))
            cells.append(text)
        rows.append(tuple(cells))
    return rows
