"""SHACL Core shapes compiled to SPARQL, run by Oxigraph.

pySHACL evaluates every constraint in Python over an rdflib graph; at tens of
thousands of events that dominates a build. The same checks written as SPARQL
and run by Oxigraph take a fraction of the time. This module compiles a shapes
graph into one SELECT query per constraint, each returning the focus nodes
(and values) that violate it, in the shape of a SHACL validation result.

Compiled: targets (class with rdfs:subClassOf*, node, subjectsOf, objectsOf,
implicit class targets); paths (IRI, inverse, sequence, alternative, *, +, ?);
minCount, maxCount, class, datatype, nodeKind, pattern (+flags), in, hasValue,
languageIn, uniqueLang, minLength, maxLength, min/maxInclusive/Exclusive,
lessThan, lessThanOrEquals, equals, disjoint, node, or, and, not, xone,
qualifiedValueShape (+min/max counts), closed (+ignoredProperties) and
SPARQL-based constraints, with SHACL's semantics: sh:in and sh:hasValue compare
terms, not values; an ill-typed literal fails sh:datatype (rdflib decides, as for
pySHACL: see rcpkg.shacl_terms). A shape with anything else (a recursive shape,
sibling-disjoint qualified shapes, an unknown sh: parameter, a SPARQL constraint in
a nested shape) is not compiled: `CompiledShapes.fallback` names it, `unsupported`
says why, and `run_checks` (rcpkg.shacl_run) has pySHACL validate it; rcpkg's own
shapes are all compiled. tests/test_shacl_conformance.py and
tests/test_shacl_differential.py compare the results with pySHACL's
(docs/validation-conformance.md).
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import RDF, RDFS, SH, XSD

_RDF_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
_SUBCLASS = "<http://www.w3.org/2000/01/rdf-schema#subClassOf>"


# ---- sh:datatype: lexical forms (see rcpkg.shacl_terms) -------------------------------------
WELL_TYPED = "urn:rcpkg:shacl:wellTyped"  # custom function: literal -> xsd:boolean

_YMD = r"[1-9][0-9]{3}-(0[1-9]|1[0-2])-(0[1-9]|1[0-9]|2[0-8])"  # days 29-31 are checked by rdflib
_INT = r"(0|[1-9][0-9]{0,17})"
# Lexical forms that rdflib (and pySHACL) always accept for the datatype: the common case,
# decided by Oxigraph alone. Each is tested against rdflib (tests/test_shacl_differential.py).
SAFE: dict[URIRef, str] = {
    XSD.integer: rf"^-?{_INT}$",
    XSD.nonNegativeInteger: rf"^{_INT}$",
    XSD.positiveInteger: r"^[1-9][0-9]{0,17}$",
    XSD.decimal: rf"^-?{_INT}(\.[0-9]{{1,17}})?$",
    XSD.double: rf"^-?{_INT}(\.[0-9]{{1,15}})?([eE]-?[1-9][0-9]?)?$",
    XSD.float: rf"^-?{_INT}(\.[0-9]{{1,6}})?$",
    XSD.boolean: r"^(true|false)$",
    XSD.date: rf"^{_YMD}$",
    XSD.dateTime: rf"^{_YMD}T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](Z|[+-](0[0-9]|1[0-3]):[0-5][0-9])?$",
}

# the datatypes whose values pySHACL checks itself, beyond rdflib's verdict
_PYSHACL_CHECKED = {XSD.integer, XSD.float, XSD.decimal, XSD.boolean, XSD.date, XSD.time, XSD.dateTime}


def _checked(datatype: URIRef) -> bool:
    """Whether a literal of `datatype` can be ill-typed for pySHACL (rdflib recognises the datatype)."""
    if datatype in (XSD.string, RDF.langString):
        return False
    try:
        from rdflib.term import _toPythonMapping as recognised
    except ImportError:  # pragma: no cover - another rdflib: ask it about every literal
        return True
    return datatype in recognised or datatype in _PYSHACL_CHECKED



@dataclass(frozen=True)
class Violation:
    focus: object  # rdflib term
    path: str | None  # the path as SPARQL text (None for node constraints)
    value: object | None
    component: URIRef  # e.g. sh:MinCountConstraintComponent
    shape: object  # the shape (IRI or blank node of the shapes graph)
    message: str
    severity: URIRef = SH.Violation

    def key(self) -> tuple:
        return (str(self.focus), self.path or "", str(self.value) if self.value is not None else "", str(self.component))


@dataclass
class Check:
    shape: object
    component: URIRef
    query: str
    path: str | None
    message: str
    severity: URIRef


@dataclass
class CompiledShapes:
    checks: list[Check] = field(default_factory=list)
    unsupported: list[str] = field(default_factory=list)  # why each fallback shape could not be compiled
    fallback: list[str] = field(default_factory=list)  # the shapes pySHACL runs instead (see run_checks)
    fallback_shapes: str = ""  # N-Triples: the shapes graph where only the fallback shapes keep their targets

    def to_json(self) -> str:
        """The compiled checks as JSON (the build keeps them beside its store; see from_json)."""
        import json

        def term(t) -> dict:
            return {"bnode": str(t)} if isinstance(t, BNode) else {"iri": str(t)}

        return json.dumps({"unsupported": self.unsupported, "fallback": self.fallback,
                           "fallback_shapes": self.fallback_shapes, "checks": [
            {"shape": term(c.shape), "component": str(c.component), "query": c.query, "path": c.path,
             "message": c.message, "severity": str(c.severity)} for c in self.checks]})

    @classmethod
    def from_json(cls, text: str) -> "CompiledShapes":
        import json

        data = json.loads(text)
        return cls([Check(BNode(c["shape"]["bnode"]) if "bnode" in c["shape"] else URIRef(c["shape"]["iri"]),
                          URIRef(c["component"]), c["query"], c["path"], c["message"], URIRef(c["severity"]))
                    for c in data["checks"]], list(data["unsupported"]), list(data["fallback"]),
                   str(data["fallback_shapes"]))


class _Vars:
    def __init__(self) -> None:
        self._n = itertools.count()

    def new(self, stem: str = "v") -> str:
        return f"?_{stem}{next(self._n)}"


def _n3(term) -> str:
    if isinstance(term, URIRef):
        return f"<{term}>"
    if isinstance(term, Literal):
        return term.n3()
    raise _Unsupported(f"blank node {term} as a constant")


class _Unsupported(Exception):
    pass


def _same_lang(a: str, b: str) -> str:
    return (f"isLiteral({a}) && isLiteral({b}) && !sameTerm({a}, {b}) && lang({a}) != \"\" "
            f"&& lcase(lang({a})) = lcase(lang({b}))")


# the parameters each kind of shape may carry (any other sh: term is refused, never skipped)
_VALUE_KNOWN = {SH["class"], SH.datatype, SH.nodeKind, SH.pattern, SH.flags, SH["in"], SH.languageIn, SH.minLength,
                SH.maxLength, SH.minInclusive, SH.maxInclusive, SH.minExclusive, SH.maxExclusive, SH.node, SH["or"],
                SH["and"], SH["not"], SH.xone, SH.message, SH.severity, SH.name, SH.description, SH.order, SH.group,
                RDF.type}
_PAIR_KNOWN = {SH.equals, SH.disjoint, SH.lessThan, SH.lessThanOrEquals}
_TARGETS = {SH.targetClass, SH.targetNode, SH.targetSubjectsOf, SH.targetObjectsOf}
_NODE_KNOWN = _VALUE_KNOWN | {SH.property, SH.hasValue, SH.closed, SH.ignoredProperties, SH.deactivated,
                              SH.declare, SH.prefixes}


class _Compiler:
    def __init__(self, shapes: Graph, subclasses: dict | None = None) -> None:
        self.g = shapes
        self.vars = _Vars()
        # class IRI -> the class and all its subclasses (from the ontology), when known:
        # `?x rdf:type ?t VALUES ?t {...}` is much faster for Oxigraph than rdf:type/rdfs:subClassOf*.
        self.subclasses = subclasses
        self._stack: list = []  # the nested shapes being expanded (a shape met again is recursive)

    def instance_of(self, var: str, cls) -> str:
        """A graph pattern: `var` is an instance of `cls` (or of a subclass)."""
        if self.subclasses is not None and isinstance(cls, URIRef):
            closure = sorted(self.subclasses.get(cls, {cls}) | {cls})
            if len(closure) == 1:
                return f"{var} {_RDF_TYPE} {_n3(closure[0])}"
            t = self.vars.new("t")
            return f"{var} {_RDF_TYPE} {t} . VALUES {t} {{ {' '.join(_n3(c) for c in closure)} }}"
        return f"{var} {_RDF_TYPE}/{_SUBCLASS}* {_n3(cls)}"

    # ---- helpers on the shapes graph -------------------------------------------------
    def one(self, s, p):
        return self.g.value(s, p)

    def all(self, s, p):
        return list(self.g.objects(s, p))

    def rdf_list(self, node) -> list:
        return list(Collection(self.g, node))

    def path(self, node) -> str:
        if isinstance(node, URIRef):
            return f"<{node}>"
        inv = self.one(node, SH.inversePath)
        if inv is not None:
            return f"^({self.path(inv)})"
        alt = self.one(node, SH.alternativePath)
        if alt is not None:
            return "(" + "|".join(self.path(p) for p in self.rdf_list(alt)) + ")"
        for pred, op in ((SH.zeroOrMorePath, "*"), (SH.oneOrMorePath, "+"), (SH.zeroOrOnePath, "?")):
            inner = self.one(node, pred)
            if inner is not None:
                return f"({self.path(inner)}){op}"
        if (node, RDF.first, None) in self.g:
            return "(" + "/".join(self.path(p) for p in self.rdf_list(node)) + ")"
        raise _Unsupported(f"path {node}")

    def message(self, shape, default: str) -> str:
        for s in (shape,):
            m = self.one(s, SH.message)
            if m is not None:
                return str(m)
        return default

    # ---- targets -------------------------------------------------------------------------
    def target(self, shape, var: str = "?this") -> str | None:
        parts = []
        for cls in self.all(shape, SH.targetClass):
            parts.append(f"{{ {self.instance_of(var, cls)} }}")
        if (shape, RDF.type, RDFS.Class) in self.g or (shape, RDF.type, URIRef("http://www.w3.org/2002/07/owl#Class")) in self.g:
            parts.append(f"{{ {self.instance_of(var, shape)} }}")
        for node in self.all(shape, SH.targetNode):
            parts.append(f"{{ BIND({_n3(node)} AS {var}) }}")
        for p in self.all(shape, SH.targetSubjectsOf):
            parts.append(f"{{ {var} {_n3(p)} [] }}")
        for p in self.all(shape, SH.targetObjectsOf):
            parts.append(f"{{ [] {_n3(p)} {var} }}")
        if not parts:
            return None
        return "{ SELECT DISTINCT " + var + " WHERE { " + " UNION ".join(parts) + " } }"

    # ---- conditions on one value node (SPARQL boolean expressions) -----------------------
    def value_conditions(self, c, v: str) -> list[tuple[URIRef, str]]:
        """(component, expression true when `v` conforms) for the value-type constraints of `c`."""
        out: list[tuple[URIRef, str]] = []
        for cls in self.all(c, SH["class"]):
            out.append((SH.ClassConstraintComponent,
                        f"(!isLiteral({v}) && EXISTS {{ {self.instance_of(v, cls)} }})"))
        for dt in self.all(c, SH.datatype):
            out.append((SH.DatatypeConstraintComponent, self.datatype_condition(dt, v)))
        for kind in self.all(c, SH.nodeKind):
            exprs = {
                SH.IRI: f"isIRI({v})", SH.BlankNode: f"isBlank({v})", SH.Literal: f"isLiteral({v})",
                SH.BlankNodeOrIRI: f"(isBlank({v}) || isIRI({v}))",
                SH.BlankNodeOrLiteral: f"(isBlank({v}) || isLiteral({v}))",
                SH.IRIOrLiteral: f"(isIRI({v}) || isLiteral({v}))",
            }
            if kind not in exprs:
                raise _Unsupported(f"nodeKind {kind}")
            out.append((SH.NodeKindConstraintComponent, exprs[kind]))
        for pattern in self.all(c, SH.pattern):
            flags = self.one(c, SH.flags)
            args = f"str({v}), {Literal(str(pattern)).n3()}" + (f", {Literal(str(flags)).n3()}" if flags else "")
            out.append((SH.PatternConstraintComponent, f"(!isBlank({v}) && regex({args}))"))
        for lst in self.all(c, SH["in"]):  # term identity, as SHACL says: "1.0"^^xsd:decimal is not 1
            members = " || ".join(f"sameTerm({v}, {_n3(m)})" for m in self.rdf_list(lst))
            out.append((SH.InConstraintComponent, f"({members or 'false'})"))
        for langs in self.all(c, SH.languageIn):
            tests = " || ".join(f"langMatches(lang({v}), {Literal(str(l)).n3()})" for l in self.rdf_list(langs))
            out.append((SH.LanguageInConstraintComponent, f"(isLiteral({v}) && ({tests or 'false'}))"))
        for n in self.all(c, SH.minLength):
            out.append((SH.MinLengthConstraintComponent, f"(!isBlank({v}) && strlen(str({v})) >= {int(n)})"))
        for n in self.all(c, SH.maxLength):
            out.append((SH.MaxLengthConstraintComponent, f"(!isBlank({v}) && strlen(str({v})) <= {int(n)})"))
        for pred, op, comp in ((SH.minInclusive, ">=", SH.MinInclusiveConstraintComponent),
                               (SH.maxInclusive, "<=", SH.MaxInclusiveConstraintComponent),
                               (SH.minExclusive, ">", SH.MinExclusiveConstraintComponent),
                               (SH.maxExclusive, "<", SH.MaxExclusiveConstraintComponent)):
            for bound in self.all(c, pred):
                out.append((comp, f"COALESCE({v} {op} {_n3(bound)}, false)"))
        for other in self.all(c, SH.node):
            out.append((SH.NodeConstraintComponent, self.conforms(other, v)))
        for lst in self.all(c, SH["or"]):
            alts = [self.conforms(s, v) for s in self.rdf_list(lst)]
            out.append((SH.OrConstraintComponent, "(" + " || ".join(alts or ["false"]) + ")"))
        for lst in self.all(c, SH["and"]):
            alls = [self.conforms(s, v) for s in self.rdf_list(lst)]
            out.append((SH.AndConstraintComponent, "(" + " && ".join(alls or ["true"]) + ")"))
        for s in self.all(c, SH["not"]):
            out.append((SH.NotConstraintComponent, f"(!{self.conforms(s, v)})"))
        for lst in self.all(c, SH.xone):
            counts = " + ".join(f"IF({self.conforms(s, v)}, 1, 0)" for s in self.rdf_list(lst))
            out.append((SH.XoneConstraintComponent, f"(({counts or '0'}) = 1)"))
        return out

    def datatype_condition(self, dt, v: str) -> str:
        """True when `v` is a literal of datatype `dt` that pySHACL calls well-typed (see rcpkg.shacl_terms)."""
        if dt == RDF.langString:
            return f"(isLiteral({v}) && lang({v}) != \"\")"
        if dt == RDFS.Literal:
            return f"isLiteral({v})"
        if not isinstance(dt, URIRef) or dt == RDFS.Datatype:
            raise _Unsupported(f"sh:datatype {dt}")
        cond = f"isLiteral({v}) && lang({v}) = \"\" && datatype({v}) = {_n3(dt)}"
        if _checked(dt):
            lexical = f"<{WELL_TYPED}>({v})"
            if dt in SAFE:  # the common forms are decided here; only the others are asked of rdflib
                lexical = f"(regex(str({v}), {Literal(SAFE[dt]).n3()}) || {lexical})"
            cond += f" && {lexical}"
        return f"({cond})"

    def conforms(self, shape, v: str) -> str:
        """An expression true when node `v` conforms to `shape` (used for nested shapes)."""
        if shape in self._stack:
            raise _Unsupported(f"recursive shape {shape} (SHACL leaves its validation undefined)")
        if self.one(shape, SH.deactivated) == Literal(True):
            return "true"
        self._stack.append(shape)
        try:
            if self.one(shape, SH.path) is not None:  # a property shape: its constraints apply to the path's values
                return self.property_conforms(shape, v)
            return self.node_conforms(shape, v)
        finally:
            self._stack.pop()

    def node_conforms(self, shape, v: str) -> str:
        exprs = [e for _, e in self.value_conditions(shape, v)]
        for h in self.all(shape, SH.hasValue):
            exprs.append(f"sameTerm({v}, {_n3(h)})")
        if self.one(shape, SH.sparql) is not None:
            raise _Unsupported("SPARQL constraint inside a nested shape")
        for prop in self.all(shape, SH.property):
            exprs.append(self.conforms(prop, v))
        if self.one(shape, SH.closed) == Literal(True):
            p, o = self.vars.new("p"), self.vars.new("o")
            exprs.append(f"NOT EXISTS {{ {v} {p} {o} FILTER({self.not_allowed(shape, p)}) }}")
        self.refuse_unknown(shape, _NODE_KNOWN | _TARGETS, "in a nested node shape")
        return "(" + " && ".join(exprs or ["true"]) + ")"

    def not_allowed(self, shape, p: str) -> str:
        """sh:closed: an expression true when predicate `p` is neither a property path nor ignored."""
        allowed = [self.one(prop, SH.path) for prop in self.all(shape, SH.property)]
        for lst in self.all(shape, SH.ignoredProperties):
            allowed += self.rdf_list(lst)
        allowed = sorted({a for a in allowed if isinstance(a, URIRef)})
        return " && ".join(f"!sameTerm({p}, {_n3(a)})" for a in allowed) or "true"

    def refuse_unknown(self, node, known: set, where: str) -> None:
        for p in set(self.g.predicates(node)) - known:
            if str(p).startswith(str(SH)):
                raise _Unsupported(f"{p} {where}")

    def property_conforms(self, prop, v: str) -> str:
        path = self.path(self.one(prop, SH.path))
        exprs = []
        x = self.vars.new("x")
        for _, cond in self.value_conditions(prop, x):
            exprs.append(f"NOT EXISTS {{ {v} {path} {x} FILTER(!{cond}) }}")
        for n in self.all(prop, SH.minCount):
            n = int(n)
            if n > 0:
                xs = [self.vars.new("m") for _ in range(n)]
                distinct = " && ".join(f"!sameTerm({a}, {b})" for a, b in itertools.combinations(xs, 2)) or "true"
                exprs.append(f"EXISTS {{ {' . '.join(f'{v} {path} {x_}' for x_ in xs)} FILTER({distinct}) }}")
        for m in self.all(prop, SH.maxCount):
            xs = [self.vars.new("m") for _ in range(int(m) + 1)]
            distinct = " && ".join(f"!sameTerm({a}, {b})" for a, b in itertools.combinations(xs, 2)) or "true"
            exprs.append(f"NOT EXISTS {{ {' . '.join(f'{v} {path} {x_}' for x_ in xs)} FILTER({distinct}) }}")
        for h in self.all(prop, SH.hasValue):
            exprs.append(f"EXISTS {{ {v} {path} {_n3(h)} }}")
        a, b = self.vars.new("a"), self.vars.new("b")
        if self.one(prop, SH.uniqueLang) == Literal(True):
            exprs.append(f"NOT EXISTS {{ {v} {path} {a}, {b} FILTER({_same_lang(a, b)}) }}")
        for p2 in self.all(prop, SH.equals):
            exprs.append(f"NOT EXISTS {{ {v} {path} {a} FILTER NOT EXISTS {{ {v} {_n3(p2)} {a} }} }}")
            exprs.append(f"NOT EXISTS {{ {v} {_n3(p2)} {a} FILTER NOT EXISTS {{ {v} {path} {a} }} }}")
        for p2 in self.all(prop, SH.disjoint):
            exprs.append(f"NOT EXISTS {{ {v} {path} {a} . {v} {_n3(p2)} {a} }}")
        for other, op in ((SH.lessThan, "<"), (SH.lessThanOrEquals, "<=")):
            for p2 in self.all(prop, other):
                exprs.append(f"NOT EXISTS {{ {v} {path} {a} . {v} {_n3(p2)} {b} FILTER(!COALESCE({a} {op} {b}, false)) }}")
        self.refuse_unknown(prop, _VALUE_KNOWN | _PAIR_KNOWN | _TARGETS | {
            SH.path, SH.minCount, SH.maxCount, SH.hasValue, SH.uniqueLang, SH.defaultValue, SH.deactivated},
            "in a nested property shape")
        return "(" + " && ".join(exprs or ["true"]) + ")"

    # ---- top-level constraint queries ------------------------------------------------------
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


def class_closure(ontology: Graph) -> dict:
    """Each class of `ontology` -> itself and all its subclasses (rdfs:subClassOf*)."""
    closure: dict = {}
    classes = set(ontology.subjects(RDFS.subClassOf, None)) | set(ontology.objects(None, RDFS.subClassOf))
    for cls in classes:
        if isinstance(cls, URIRef):
            closure[cls] = {c for c in ontology.transitive_subjects(RDFS.subClassOf, cls) if isinstance(c, URIRef)}
    return closure


def compile_shapes(shapes: Graph, *, ontology: Graph | None = None) -> CompiledShapes:
    """Compile every node shape (and property shapes with their own targets) of `shapes`.

    A shape with anything the compiler cannot express exactly (a recursive shape, a
    constraint component it does not know, ...) is not compiled at all: it is listed in
    `fallback` (with the reasons in `unsupported`) and `run_checks` has pySHACL validate it.

    With `ontology`, class targets and sh:class use its subclass closure (fast); the data
    must then not add subclass axioms of its own (rcpkg's page and reference graphs don't)."""
    out = CompiledShapes()
    compiler = _Compiler(shapes, class_closure(ontology) if ontology is not None else None)
    shape_nodes = set(shapes.subjects(RDF.type, SH.NodeShape)) | set(shapes.subjects(RDF.type, SH.PropertyShape))
    for pred in (SH.targetClass, SH.targetNode, SH.targetSubjectsOf, SH.targetObjectsOf):
        shape_nodes |= set(shapes.subjects(pred, None))
    compiled = []
    for shape in sorted(shape_nodes, key=str):
        part = CompiledShapes()
        try:
            if compiler.target(shape) is None:
                continue
            if compiler.one(shape, SH.path) is not None:
                # a property shape with its own target: its constraints apply to its path
                if compiler.one(shape, SH.deactivated) != Literal(True):
                    compiler.property_checks(shape, shape, compiler.target(shape), part)
            else:
                compiler.compile_shape(shape, part)
        except _Unsupported as exc:
            part.unsupported.append(f"{shape}: {exc}")
        except RecursionError:  # a path or list nested beyond Python's stack
            part.unsupported.append(f"{shape}: nested too deeply to compile")
        except (ValueError, TypeError) as exc:  # an ill-formed shape (sh:minCount "many"): pySHACL says what is wrong
            part.unsupported.append(f"{shape}: ill-formed ({exc})")
        if part.unsupported:
            out.fallback.append(str(shape))
            out.unsupported += part.unsupported
        else:
            out.checks += part.checks
            compiled.append(shape)
    if out.fallback:
        out.fallback_shapes = _fallback_graph(shapes, compiled).serialize(format="nt")
    return out


def _fallback_graph(shapes: Graph, compiled: list) -> Graph:
    """The shapes graph with the targets of the compiled shapes removed: pySHACL validates only the rest
    (the compiled shapes stay, as shapes the fallback ones may refer to)."""
    g = Graph()
    for triple in shapes:
        g.add(triple)
    implicit = (RDFS.Class, URIRef("http://www.w3.org/2002/07/owl#Class"))
    for shape in compiled:
        for pred in (SH.targetClass, SH.targetNode, SH.targetSubjectsOf, SH.targetObjectsOf):
            g.remove((shape, pred, None))
        for cls in implicit:
            g.remove((shape, RDF.type, cls))
    return g


_TARGET_HEAD = "{ { SELECT DISTINCT ?this WHERE { "  # how every compiled check selects its focus nodes


from rcpkg.shacl_run import describe, run_checks  # noqa: E402,F401  (the build imports them from here)
