"""Running the compiled shapes (rcpkg.shacl_sparql) on a pyoxigraph store, and pySHACL for the
shapes the compiler left to it; a readable report of the violations."""

from __future__ import annotations

import functools
import re

from rdflib import BNode, Graph, Literal
from rdflib.namespace import PROV, RDFS, SH

from rcpkg.errors import RcpkgError

# rcpkg.shacl_sparql re-exports run_checks and describe: it is imported inside the functions.


def _target_span(query: str) -> tuple[int, int] | None:
    """Where a compiled check's target sub-select is: the offsets of its own braces (the
    `{ SELECT DISTINCT ?this WHERE { ... } }` after the query's WHERE brace), None without one."""
    from rcpkg.shacl_sparql import _TARGET_HEAD

    start = query.find(_TARGET_HEAD)
    if start < 0:
        return None
    depth = 0
    for end in range(start + 2, len(query)):  # from the target sub-select's own brace
        if query[end] == "{":
            depth += 1
        elif query[end] == "}":
            depth -= 1
            if depth == 0:
                return start + 2, end
    return None


def _target_classes(query: str) -> set[str] | None:
    """The classes a compiled check's target selects, when it selects by class alone
    (by the ontology's closure, as the build compiles them); None for any other target."""
    import re

    from rcpkg.shacl_sparql import _RDF_TYPE

    span = _target_span(query)
    if span is None:
        return None
    text = query[span[0] + 1:span[1]]
    if "BIND(" in text or "[]" in text or "subClassOf" in text:
        return None
    return set(re.findall(r"<([^>]+)>", text)) - {_RDF_TYPE[1:-1]} or None


# A compiled check that projects variables only, whose body opens with a triple pattern on ?this
# ("?this <p> ?value . FILTER(…)") and which ends with its WHERE clause (no GROUP BY / HAVING): its
# body binds ?this itself, so it can share its target with others.
_PLAIN_HEAD = re.compile(r"SELECT (DISTINCT )?((?:\?\w+ )+)WHERE \{ ")


@functools.lru_cache(maxsize=8)
def _shared_targets(queries: tuple[str, ...]) -> tuple[tuple[str, tuple[int, ...]], ...]:
    """The checks' queries, with the checks that share a target and bind ?this in their own body
    run as one query: `TARGET { SELECT [DISTINCT] (k AS ?_k) VARS WHERE { BODY_k } } UNION …`.

    The same rows as running each alone: the target selects each ?this once, so joining it with
    the union of the bodies is the union of its joins with each body (SPARQL's join distributes
    over union), and each body keeps its own projection and DISTINCT in its sub-select. A body
    that does not bind ?this itself (a FILTER on ?this alone, a NOT EXISTS) would see ?this
    unbound inside a union branch: such checks run alone. One scan of the target instead of one
    per check: the build's batch checks take about 40 % less time."""
    groups: dict[str, list[tuple[int, str]]] = {}
    out: list[tuple[str, tuple[int, ...]]] = []
    for k, query in enumerate(queries):
        span = _target_span(query)
        head = _PLAIN_HEAD.fullmatch(query[:span[0]]) if span is not None and query.rstrip().endswith("}") else None
        body = query[span[1] + 1:query.rstrip().rfind("}")].strip() if head is not None else ""
        if head is None or not body.startswith("?this <"):
            out.append((query, (k,)))
            continue
        branch = "{ SELECT %s(%d AS ?_k) %sWHERE { %s } }" % (head.group(1) or "", k, head.group(2), body)
        groups.setdefault(query[span[0]:span[1] + 1], []).append((k, branch))
    for target, branches in groups.items():
        if len(branches) == 1:
            out.append((queries[branches[0][0]], (branches[0][0],)))
        else:
            out.append(("SELECT * WHERE { %s { %s } }" % (target, " UNION ".join(b for _, b in branches)),
                        tuple(k for k, _ in branches)))
    return tuple(out)


def run_checks(compiled, store, *, focus_nodes: list[str] | None = None, share_targets: bool = True
               ) -> list[Violation]:
    """Run the compiled checks on a pyoxigraph store (all graphs as one union graph), and pySHACL
    for the shapes that could not be compiled (`compiled.fallback`; none of rcpkg's own shapes).

    With `focus_nodes` (IRIs), only those nodes: they are bound first in each check's target, so the check
    costs a few lookups per node whatever the store's size. Without, the checks that share a target run
    as one query (`_shared_targets`; `share_targets=False` runs each alone, as the tests compare)."""
    from rcpkg.shacl_sparql import _RDF_TYPE, _TARGET_HEAD, Violation
    from rcpkg.shacl_terms import oxigraph_function

    functions = oxigraph_function()
    violations: list[Violation] = []
    only = None
    if focus_nodes is not None:
        if not focus_nodes:
            return violations
        only = set(focus_nodes)
        import pyoxigraph as ox
        from rdflib import URIRef

        from rcpkg.sparql.binding import sparql_term

        nodes = "VALUES ?this { %s } " % " ".join(sparql_term(URIRef(n)) for n in sorted(only))

        rdf_type = ox.NamedNode(_RDF_TYPE[1:-1])
        types = {n: {q.object.value for q in store.quads_for_pattern(ox.NamedNode(n), rdf_type, None, None)
                     if isinstance(q.object, ox.NamedNode)}
                 for n in only}
    if only is None and share_targets:
        found: list[tuple[int, Violation]] = []
        for query, ks in _shared_targets(tuple(check.query for check in compiled.checks)):
            rows = store.query(query, use_default_graph_as_union=True, custom_functions=functions)
            names = {v.value for v in rows.variables}
            for row in rows:
                k = int(row["_k"].value) if len(ks) > 1 else ks[0]
                found.append((k, _violation(compiled.checks[k], row, names)))
        found.sort(key=lambda kv: kv[0])  # in the checks' order, as when each runs alone
        violations = [v for _, v in found]
        if compiled.fallback:
            violations += _run_fallback(compiled, store, only)
        return violations
    for check in compiled.checks:
        query = check.query
        if only is not None:
            classes = _target_classes(query)
            if classes is not None:
                # A target by class alone: its focus nodes are the given nodes of those classes,
                # given as VALUES in its place. Oxigraph would otherwise enumerate every instance
                # of the classes in the store (a scan of the whole on-disk store per check).
                chosen = [n for n in sorted(only) if types[n] & classes]
                if not chosen:
                    continue  # no focus node is of the classes this check targets
                start, end = _target_span(query)
                query = (query[:start] + "{ VALUES ?this { %s } }" % " ".join(sparql_term(URIRef(n)) for n in chosen)
                         + query[end + 1:])
            elif _TARGET_HEAD in query:
                idx = query.index(_TARGET_HEAD) + len(_TARGET_HEAD)
                query = query[:idx] + nodes + query[idx:]
        rows = store.query(query, use_default_graph_as_union=True, custom_functions=functions)
        names = {v.value for v in rows.variables}
        for row in rows:
            if only is not None and row["this"].value not in only:
                continue
            violations.append(_violation(check, row, names))
    if compiled.fallback:
        violations += _run_fallback(compiled, store, only)
    return violations


def _violation(check, row, names: set[str]) -> Violation:
    """The violation a row of `check`'s query reports."""
    from rcpkg.oxi import to_rdflib
    from rcpkg.shacl_sparql import Violation

    focus = to_rdflib(row["this"])
    value = to_rdflib(row["value"]) if "value" in names and row["value"] is not None else None
    if value is None and check.component == SH.SPARQLConstraintComponent and check.path is None:
        value = focus  # as pySHACL reports a node shape's SPARQL result without ?value
    path = f"<{row['path'].value}>" if "path" in names and row["path"] is not None else check.path
    return Violation(focus, path, value, check.component, check.shape, check.message, check.severity)


def _run_fallback(compiled, store, only: set[str] | None) -> list[Violation]:
    """pySHACL on the store's union graph, for the shapes the compiler left to it."""
    import warnings

    import pyshacl

    from rcpkg.shacl_sparql import Violation, _Compiler
    from rcpkg.validate import dataset_from_store

    shapes = Graph().parse(data=compiled.fallback_shapes, format="nt")
    data = dataset_from_store(store)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # pySHACL warns when it backs out of a recursive shape
        try:
            _, report, _ = pyshacl.validate(data, shacl_graph=shapes, inference="none", advanced=True,
                                            allow_warnings=True, abort_on_first=False)
        except Exception as exc:  # pySHACL's own errors: a shape it cannot load either
            raise RcpkgError(f"the shapes {', '.join(compiled.fallback)} could not be compiled to SPARQL "
                             f"and pySHACL cannot run them either: {' '.join(str(exc).split())[:300]}") from None
    reader = _Compiler(report)
    out = []
    for result in report.objects(None, SH.result):  # not the nested results of sh:detail
        focus = report.value(result, SH.focusNode)
        if only is not None and str(focus) not in only:
            continue
        path_node = report.value(result, SH.resultPath)
        messages = sorted(str(m) for m in report.objects(result, SH.resultMessage))
        out.append(Violation(focus, reader.path(path_node) if path_node is not None else None,
                             report.value(result, SH.value), report.value(result, SH.sourceConstraintComponent),
                             report.value(result, SH.sourceShape), (messages or ["(no message)"])[0],
                             report.value(result, SH.resultSeverity) or SH.Violation))
    return out


def describe(violations: list[Violation], store, limit: int = 50) -> str:
    """A readable report: focus node with its label and source document, path, value, message."""
    import pyoxigraph as ox

    from rcpkg.oxi import to_rdflib

    lines = [f"{len(violations)} violation(s) of the shapes:"]
    for v in violations[:limit]:
        label, source = None, None
        if not isinstance(v.focus, Literal) and not isinstance(v.focus, BNode):
            node = ox.NamedNode(str(v.focus))
            for q in store.quads_for_pattern(node, ox.NamedNode(str(RDFS.label)), None, None):
                label = q.object.value
                break
            for q in store.quads_for_pattern(node, ox.NamedNode(str(PROV.wasDerivedFrom)), None, None):
                source = q.object.value
                break
        component = str(v.component).rsplit("#", 1)[-1].replace("ConstraintComponent", "")
        head = f"- {v.focus}" + (f" ({label!r})" if label else "")
        lines.append(head)
        detail = f"    {component}"
        if v.path:
            detail += f" on {v.path}"
        if v.value is not None and v.value != v.focus:
            detail += f", value {to_rdflib(v.value) if not hasattr(v.value, 'n3') else v.value.n3()}"
        lines.append(detail + f": {v.message}")
        if source:
            lines.append(f"    source: {source}")
    if len(violations) > limit:
        lines.append(f"... and {len(violations) - limit} more")
    return "\n".join(lines)
