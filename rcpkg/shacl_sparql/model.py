"""What the compiler produces and the runner reports: checks, compiled shapes, violations."""

from __future__ import annotations

from dataclasses import dataclass, field

from rdflib import BNode, URIRef
from rdflib.namespace import SH


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
