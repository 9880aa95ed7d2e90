"""The shapes graph read as SPARQL text: paths, targets, and one boolean expression per constraint on a
value node (nested shapes included, recursion refused). rcpkg.shacl_sparql.compiler turns them into queries."""

from __future__ import annotations

import itertools

from rdflib import Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import OWL, RDF, RDFS, SH

from rcpkg.errors import UsageError
from rcpkg.shacl_sparql.datatypes import SAFE, WELL_TYPED, _checked
from rcpkg.sparql.binding import sparql_term

_RDF_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
_SUBCLASS = "<http://www.w3.org/2000/01/rdf-schema#subClassOf>"
_TARGET_HEAD = "{ { SELECT DISTINCT ?this WHERE { "  # how every compiled check selects its focus nodes


class _Vars:
    def __init__(self) -> None:
        self._n = itertools.count()

    def new(self, stem: str = "v") -> str:
        return f"?_{stem}{next(self._n)}"


class _Unsupported(Exception):
    pass


def _n3(term) -> str:
    """A constant of the shapes graph as SPARQL text (rcpkg.sparql.sparql_term); blank nodes cannot be."""
    try:
        return sparql_term(term)
    except UsageError as exc:
        raise _Unsupported(f"{term!r} as a constant: {exc}") from None


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


class _Reader:
    """The shapes graph read as SPARQL: paths, targets, and the conditions a value or a nested shape must meet."""

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
        if (shape, RDF.type, RDFS.Class) in self.g or (shape, RDF.type, OWL.Class) in self.g:
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
            args = f"str({v}), {_n3(Literal(str(pattern)))}" + (f", {_n3(Literal(str(flags)))}" if flags else "")
            out.append((SH.PatternConstraintComponent, f"(!isBlank({v}) && regex({args}))"))
        for lst in self.all(c, SH["in"]):  # term identity, as SHACL says: "1.0"^^xsd:decimal is not 1
            members = " || ".join(f"sameTerm({v}, {_n3(m)})" for m in self.rdf_list(lst))
            out.append((SH.InConstraintComponent, f"({members or 'false'})"))
        for langs in self.all(c, SH.languageIn):
            tests = " || ".join(f"langMatches(lang({v}), {_n3(Literal(str(l)))})" for l in self.rdf_list(langs))
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
                lexical = f"(regex(str({v}), {_n3(Literal(SAFE[dt]))}) || {lexical})"
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
