"""One SELECT per constraint of a top-level shape, returning the focus nodes (and values) that violate it."""

from __future__ import annotations

from rdflib import Literal
from rdflib.namespace import SH

from rcpkg.shacl_sparql.model import Check, CompiledShapes
from rcpkg.shacl_sparql.reader import _NODE_KNOWN, _PAIR_KNOWN, _TARGETS, _VALUE_KNOWN, _n3, _Reader, _same_lang, \
    _Unsupported


class _Compiler(_Reader):
    """The reader's conditions as the top-level queries of a CompiledShapes."""

    def compile_shape(self, shape, out: CompiledShapes) -> None:
        if self.one(shape, SH.deactivated) == Literal(True):
            return
        target = self.target(shape)
        if target is None:
            return
        severity = self.one(shape, SH.severity) or SH.Violation
        self.node_checks(shape, target, severity, out)
        for prop in self.all(shape, SH.property):
            if self.one(prop, SH.deactivated) == Literal(True):
                continue
            try:
                self.property_checks(shape, prop, target, out)
            except _Unsupported as exc:
                out.unsupported.append(f"{shape} / {prop}: {exc}")

    def _add(self, out, shape, component, select: str, path, message, severity) -> None:
        out.checks.append(Check(shape, component, select, path, message, severity))

    def node_checks(self, shape, target: str, severity, out: CompiledShapes) -> None:
        msg = self.message(shape, "node constraint")
        try:
            for component, cond in self.value_conditions(shape, "?this"):
                q = f"SELECT DISTINCT ?this (?this AS ?value) WHERE {{ {target} FILTER(!{cond}) }}"
                self._add(out, shape, component, q, None, msg, severity)
            for h in self.all(shape, SH.hasValue):
                q = f"SELECT DISTINCT ?this WHERE {{ {target} FILTER(!sameTerm(?this, {_n3(h)})) }}"
                self._add(out, shape, SH.HasValueConstraintComponent, q, None, msg, severity)
        except _Unsupported as exc:
            out.unsupported.append(f"{shape}: {exc}")
        for sparql in self.all(shape, SH.sparql):
            try:
                self.sparql_check(shape, sparql, target, None, out, severity)
            except _Unsupported as exc:
                out.unsupported.append(f"{shape} sparql: {exc}")
        if self.one(shape, SH.closed) == Literal(True):
            try:
                q = (f"SELECT DISTINCT ?this ?value ?path WHERE {{ {target} ?this ?path ?value "
                     f"FILTER({self.not_allowed(shape, '?path')}) }}")
                self._add(out, shape, SH.ClosedConstraintComponent, q, None, msg, severity)
            except _Unsupported as exc:
                out.unsupported.append(f"{shape}: {exc}")
        try:
            self.refuse_unknown(shape, _NODE_KNOWN | _TARGETS | {SH.sparql}, "in a node shape")
        except _Unsupported as exc:
            out.unsupported.append(f"{shape}: {exc}")

    def property_checks(self, shape, prop, target: str, out: CompiledShapes) -> None:
        path = self.path(self.one(prop, SH.path))
        msg = self.message(prop, self.message(shape, f"constraint on {path}"))
        severity = self.one(prop, SH.severity) or SH.Violation
        for component, cond in self.value_conditions(prop, "?value"):
            q = f"SELECT DISTINCT ?this ?value WHERE {{ {target} ?this {path} ?value . FILTER(!{cond}) }}"
            self._add(out, shape, component, q, path, msg, severity)
        for n in self.all(prop, SH.minCount):
            if int(n) == 1:  # the common case, without grouping
                q = f"SELECT ?this WHERE {{ {target} FILTER NOT EXISTS {{ ?this {path} ?value }} }}"
            else:
                q = (f"SELECT ?this WHERE {{ {target} OPTIONAL {{ ?this {path} ?value }} }} "
                     f"GROUP BY ?this HAVING (COUNT(DISTINCT ?value) < {int(n)})")
            self._add(out, shape, SH.MinCountConstraintComponent, q, path, msg, severity)
        for m in self.all(prop, SH.maxCount):
            if int(m) == 1:
                q = (f"SELECT DISTINCT ?this WHERE {{ {target} ?this {path} ?value, ?_other "
                     f"FILTER(!sameTerm(?value, ?_other)) }}")
            else:
                q = (f"SELECT ?this WHERE {{ {target} ?this {path} ?value }} "
                     f"GROUP BY ?this HAVING (COUNT(DISTINCT ?value) > {int(m)})")
            self._add(out, shape, SH.MaxCountConstraintComponent, q, path, msg, severity)
        for h in self.all(prop, SH.hasValue):
            q = f"SELECT ?this WHERE {{ {target} FILTER NOT EXISTS {{ ?this {path} {_n3(h)} }} }}"
            self._add(out, shape, SH.HasValueConstraintComponent, q, path, msg, severity)
        if self.one(prop, SH.uniqueLang) == Literal(True):  # pySHACL gives no sh:value
            q = f"SELECT DISTINCT ?this WHERE {{ {target} ?this {path} ?a, ?b . FILTER({_same_lang('?a', '?b')}) }}"
            self._add(out, shape, SH.UniqueLangConstraintComponent, q, path, msg, severity)
        for other, op, comp in ((SH.lessThan, "<", SH.LessThanConstraintComponent),
                                (SH.lessThanOrEquals, "<=", SH.LessThanOrEqualsConstraintComponent)):
            for p2 in self.all(prop, other):
                q = (f"SELECT DISTINCT ?this ?value WHERE {{ {target} ?this {path} ?value . ?this {_n3(p2)} ?w . "
                     f"FILTER(!COALESCE(?value {op} ?w, false)) }}")
                self._add(out, shape, comp, q, path, msg, severity)
        for p2 in self.all(prop, SH.equals):
            q = (f"SELECT DISTINCT ?this ?value WHERE {{ {target} "
                 f"{{ ?this {path} ?value FILTER NOT EXISTS {{ ?this {_n3(p2)} ?value }} }} UNION "
                 f"{{ ?this {_n3(p2)} ?value FILTER NOT EXISTS {{ ?this {path} ?value }} }} }}")
            self._add(out, shape, SH.EqualsConstraintComponent, q, path, msg, severity)
        for p2 in self.all(prop, SH.disjoint):
            q = f"SELECT DISTINCT ?this ?value WHERE {{ {target} ?this {path} ?value . ?this {_n3(p2)} ?value }}"
            self._add(out, shape, SH.DisjointConstraintComponent, q, path, msg, severity)
        for q_shape in self.all(prop, SH.qualifiedValueShape):
            if self.one(prop, SH.qualifiedValueShapesDisjoint) == Literal(True):
                raise _Unsupported("sh:qualifiedValueShapesDisjoint")
            cond = self.conforms(q_shape, "?value")
            counted = (f"{{ SELECT ?this (COUNT(DISTINCT ?value) AS ?n) WHERE {{ {target} "
                       f"OPTIONAL {{ ?this {path} ?value FILTER({cond}) }} }} GROUP BY ?this }}")
            for n in self.all(prop, SH.qualifiedMinCount):
                if int(n) == 1:
                    q = f"SELECT ?this WHERE {{ {target} FILTER NOT EXISTS {{ ?this {path} ?value FILTER({cond}) }} }}"
                else:
                    q = f"SELECT ?this WHERE {{ {counted} FILTER(?n < {int(n)}) }}"
                self._add(out, shape, SH.QualifiedMinCountConstraintComponent, q, path, msg, severity)
            for n in self.all(prop, SH.qualifiedMaxCount):
                if int(n) == 0:
                    q = f"SELECT DISTINCT ?this WHERE {{ {target} ?this {path} ?value FILTER({cond}) }}"
                elif int(n) == 1:
                    cond2 = self.conforms(q_shape, "?_other")
                    q = (f"SELECT DISTINCT ?this WHERE {{ {target} ?this {path} ?value, ?_other "
                         f"FILTER(!sameTerm(?value, ?_other) && {cond} && {cond2}) }}")
                else:
                    q = f"SELECT ?this WHERE {{ {counted} FILTER(?n > {int(n)}) }}"
                self._add(out, shape, SH.QualifiedMaxCountConstraintComponent, q, path, msg, severity)
        for sparql in self.all(prop, SH.sparql):
            self.sparql_check(shape, sparql, target, path, out, severity)
        self.refuse_unknown(prop, _VALUE_KNOWN | _PAIR_KNOWN | _TARGETS | {
            SH.path, SH.minCount, SH.maxCount, SH.hasValue, SH.uniqueLang, SH.qualifiedValueShape,
            SH.qualifiedMinCount, SH.qualifiedMaxCount, SH.qualifiedValueShapesDisjoint, SH.sparql, SH.deactivated,
            SH.defaultValue}, "in a property shape")

    def prefixes(self, sparql) -> str:
        lines = []
        for decl_owner in self.all(sparql, SH.prefixes):
            for decl in self.all(decl_owner, SH.declare):
                lines.append(f"PREFIX {self.one(decl, SH.prefix)}: <{self.one(decl, SH.namespace)}>")
        return "\n".join(lines)

    def sparql_check(self, shape, sparql, target: str, path, out: CompiledShapes, severity) -> None:
        select = self.one(sparql, SH.select)
        if select is None:
            raise _Unsupported("SPARQL constraint without sh:select")
        text = str(select).replace("$this", "?this")
        if path is not None:
            text = text.replace("$PATH", path)
        head, _, body = text.partition("WHERE")
        if not body or "?this" not in head:
            raise _Unsupported("SPARQL constraint must SELECT $this ... WHERE")
        has_value = "?value" in head
        inner = f"{{ SELECT DISTINCT {'?this ?value' if has_value else '?this'} WHERE {body} }}"
        q = f"{self.prefixes(sparql)}\nSELECT DISTINCT ?this {'?value' if has_value else ''} WHERE {{ {target} {inner} }}"
        msg = str(self.one(sparql, SH.message) or self.message(shape, "SPARQL constraint"))
        self._add(out, shape, SH.SPARQLConstraintComponent, q, path, msg, severity)
