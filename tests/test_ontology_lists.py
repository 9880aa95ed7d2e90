"""Every list in the code that restates the ontology agrees with it.

Some lists are generated from ontology/rcpkg.ttl into rcpkg/_rcp_terms.py (EVENT_KINDS,
INVOLVEMENT_ROLES, MEMBERSHIP_ROLES, INSTITUTION_CLASSES) and used from there; the others are kept by
hand because they hold more than the ontology says (an order, a tier, a colour, a title rule). Each list
is compared with what the ontology itself declares, read here from the Turtle file (not from the
generated module), in both directions where the list must be complete: a class, kind or role added on one
side only fails. Lists that are a deliberate subset (the kinds a history series may have) are checked in
one direction. `test_each_check_can_fail` removes an entry from a copy of each list and adds an unknown
one, and expects the check to complain.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import pytest
from rdflib import Graph, Namespace, URIRef
from rdflib.namespace import RDF, RDFS

from rcpkg.namespaces import ORG, RCP_IRI, key_of

REPO = Path(__file__).resolve().parent.parent
RCP = Namespace(RCP_IRI)


@functools.lru_cache(maxsize=1)
def ontology() -> Graph:
    return Graph().parse(REPO / "ontology" / "rcpkg.ttl", format="turtle")


def _local(term) -> str:
    return str(term)[len(RCP_IRI):]


def _own(terms) -> set[str]:
    return {_local(t) for t in terms if isinstance(t, URIRef) and str(t).startswith(RCP_IRI)}


def event_kinds() -> set[str]:
    """Subclasses of rcp:Event (at any depth)."""
    return _own(ontology().transitive_subjects(RDFS.subClassOf, RCP.Event)) - {"Event"}


def institution_classes() -> set[str]:
    return _own(ontology().transitive_subjects(RDFS.subClassOf, RCP.Institution))


def involvement_roles() -> set[str]:
    return _own(ontology().subjects(RDF.type, RCP.InvolvementRole))


def membership_roles() -> set[str]:
    return _own(ontology().subjects(RDF.type, ORG.Role))


def involves_properties() -> set[str]:
    return _own(ontology().subjects(RDFS.subPropertyOf, RCP.involves))


def keyed(names: set[str], suffix: str = "") -> set[tuple[str, str]]:
    return {(key_of(n, suffix), n) for n in names}


def role_keys() -> set[str]:
    return {key_of(r) for r in involvement_roles()}


# ---- the lists, as sets of entries -----------------------------------------------------------------

def _kinds_from_title_rules() -> set[str]:
    from rcpkg.loaders import kinds

    return {kind for _, kind, _ in kinds._RULES if kind}


def _query_roles(name: str) -> set[str]:
    text = (REPO / "queries" / f"{name}.rq").read_text(encoding="utf-8")
    return {m for block in re.findall(r"VALUES \?role\w* \{([^}]*)\}", text) for m in re.findall(r"rcp:(\w+)", block)}


def _explorer_categories() -> set[str]:
    from rcpkg.viz import explorer

    assert set(explorer.CATEGORY.values()) <= set(explorer.STYLE), "a category without a style"
    return set(explorer.CATEGORY)


def _openworld_types() -> set[str]:
    from rcpkg.loaders import openworld

    return {t for t in list(openworld._HEADS.values()) + list(openworld._HEADS2.values()) if t}


def _benchmark_types() -> set[str]:
    import sys

    sys.path.insert(0, str(REPO))
    try:
        from benchmarks import vocabulary
    finally:
        sys.path.remove(str(REPO))
    return {i.type for i in vocabulary._INSTITUTIONS}


def _involvement_properties() -> set[tuple[str, str]]:
    from rcpkg.loaders.triples import ROLES

    return {(_local(prop), _local(role)) for prop, role in ROLES.values()}


# Institution classes the explorer shows as "Other institution" (no category of their own). A new class
# must be put either in explorer.CATEGORY or here: never left out by accident.
SHOWN_AS_OTHER = {"Institution", "ExtractedInstitution", "RelatedProcess"}
# Kinds no title rule of loaders/kinds.py yields: "consultation" (a rule for it would read the Caribbean
# Migration Consultations, a process, as an event kind; no page so far calls an event a consultation).
NOT_FROM_TITLES = {"consultation"}


@dataclass(frozen=True)
class Check:
    name: str
    listed: Callable[[], set]  # the code's list, as a set of entries
    expected: Callable[[], set]  # what the ontology says, in the same form
    both_ways: bool = True  # False: the list is a subset of the ontology's on purpose
    exempt: frozenset = frozenset()  # ontology entries the list leaves out on purpose (said why above)


def _attr(module: str, name: str):
    import importlib

    return getattr(importlib.import_module(module), name)


def _generated(name: str) -> set:
    from rcpkg import _rcp_terms

    value = getattr(_rcp_terms, name)
    return set(value.items()) if isinstance(value, dict) else set(value)


CHECKS = [
    # generated into rcpkg/_rcp_terms.py (stale when the ontology changed and `make docs` was not run)
    Check("_rcp_terms.EVENT_KINDS", lambda: _generated("EVENT_KINDS"), lambda: keyed(event_kinds())),
    Check("_rcp_terms.INVOLVEMENT_ROLES", lambda: _generated("INVOLVEMENT_ROLES"), lambda: keyed(involvement_roles())),
    Check("_rcp_terms.MEMBERSHIP_ROLES", lambda: _generated("MEMBERSHIP_ROLES"),
          lambda: keyed(membership_roles(), "Role")),
    Check("_rcp_terms.INSTITUTION_CLASSES", lambda: _generated("INSTITUTION_CLASSES"), institution_classes),
    # event kinds
    Check("rcpkg.sparql.KINDS", lambda: set(_attr("rcpkg.sparql", "KINDS").items()),
          lambda: keyed(event_kinds() | {"Event"})),
    Check("loaders.triples.KIND_CLASSES",
          lambda: {(k, _local(v)) for k, v in _attr("rcpkg.loaders.triples", "KIND_CLASSES").items()},
          lambda: keyed(event_kinds())),
    Check("loaders.kinds title rules", _kinds_from_title_rules, lambda: {key_of(k) for k in event_kinds()},
          exempt=frozenset(NOT_FROM_TITLES)),
    Check("loaders.history.KINDS (series kinds)",
          lambda: set(_attr("rcpkg.loaders.history", "KINDS").items()),
          lambda: keyed(event_kinds()), both_ways=False),
    # involvement roles
    Check("loaders.triples.ROLES", lambda: {(k, _local(r)) for k, (_, r) in
                                            _attr("rcpkg.loaders.triples", "ROLES").items()},
          lambda: keyed(involvement_roles())),
    Check("loaders.triples.ROLES properties", lambda: {p for p, _ in _involvement_properties()},
          involves_properties),
    Check("loaders.roles.ROLES", lambda: set(_attr("rcpkg.loaders.roles", "ROLES")), role_keys),
    Check("viz.roles.ROLE_ORDER", lambda: set(_attr("rcpkg.viz.roles", "ROLE_ORDER")), role_keys),
    Check("viz.roles.TIER", lambda: set(_attr("rcpkg.viz.roles", "TIER")), role_keys),
    Check("viz.roles.ROLE_LABELS_ES", lambda: set(_attr("rcpkg.viz.roles", "ROLE_LABELS_ES")),
          role_keys),
    Check("viz.metrics.CONVENING_ROLES", lambda: set(_attr("rcpkg.viz.metrics", "CONVENING_ROLES")),
          role_keys, both_ways=False),
    Check("queries/conveners-by-theme.rq roles == viz.metrics.CONVENING_ROLES",
          lambda: _query_roles("conveners-by-theme"),
          lambda: {r for r in involvement_roles()
                   if key_of(r) in _attr("rcpkg.viz.metrics", "CONVENING_ROLES")}),
    Check("queries/co-organizers-on-theme.rq roles == viz.metrics.CONVENING_ROLES",
          lambda: _query_roles("co-organizers-on-theme"),
          lambda: {r for r in involvement_roles()
                   if key_of(r) in _attr("rcpkg.viz.metrics", "CONVENING_ROLES")}),
    # membership roles and institution classes
    Check("loaders.reference.MEMBERSHIP_ROLES",
          lambda: set(_attr("rcpkg.loaders.reference", "MEMBERSHIP_ROLES").items()),
          lambda: keyed(membership_roles(), "Role")),
    Check("loaders.reference.ENTITY_TYPES + NOT_ENTITY_TYPES",
          lambda: set(_attr("rcpkg.loaders.reference", "ENTITY_TYPES"))
          | set(_attr("rcpkg.loaders.reference", "NOT_ENTITY_TYPES")),
          institution_classes),
    Check("viz.explorer.CATEGORY", _explorer_categories, institution_classes, exempt=frozenset(SHOWN_AS_OTHER)),
    Check("loaders.openworld head types", _openworld_types, institution_classes, both_ways=False),
    Check("benchmarks.vocabulary institution types", _benchmark_types, institution_classes, both_ways=False),
]


def problems(check: Check, listed: set) -> list[str]:
    """What is wrong with `listed` (the check's list, or a changed copy of it); [] when it agrees."""
    expected = check.expected()
    out = [f"{check.name}: {entry!r} is not in the ontology" for entry in sorted(listed - expected, key=str)]
    if check.both_ways:
        out += [f"{check.name}: {entry!r} is in the ontology but not in the list"
                for entry in sorted(expected - listed - check.exempt, key=str)]
        out += [f"{check.name}: {entry!r} is exempt but also listed" for entry in sorted(check.exempt & listed, key=str)]
    out += [f"{check.name}: exempt {entry!r} is not in the ontology" for entry in sorted(check.exempt - expected, key=str)]
    return out


@pytest.mark.parametrize("check", CHECKS, ids=[c.name for c in CHECKS])
def test_list_agrees_with_the_ontology(check):
    listed = check.listed()
    assert listed, f"{check.name} is empty"
    assert not problems(check, listed), "\n".join(problems(check, listed))


def _unknown_like(entry):
    if isinstance(entry, tuple):
        return ("no-such-term", "NoSuchTerm")
    return "NoSuchTerm" if entry[:1].isupper() else "no-such-term"


@pytest.mark.parametrize("check", CHECKS, ids=[c.name for c in CHECKS])
def test_each_check_can_fail(check):
    listed = check.listed()
    some = sorted(listed, key=str)[0]
    unknown = _unknown_like(some)
    assert any(repr(unknown) in p for p in problems(check, listed | {unknown})), "an unknown entry went unseen"
    if check.both_ways:
        assert any(repr(some) in p for p in problems(check, listed - {some})), f"removing {some!r} went unseen"


def test_a_class_added_to_the_ontology_only_is_seen():
    """The ontology side moves too: a new subclass of rcp:Event and a new role individual, added to a copy
    of the ontology, fail the lists that must hold every kind and role."""
    g = ontology()
    extra = [(RCP.Hackathon, RDFS.subClassOf, RCP.Event), (RCP.Observer, RDF.type, RCP.InvolvementRole)]
    for triple in extra:
        g.add(triple)
    try:
        found = {c.name for c in CHECKS if c.both_ways and problems(c, c.listed())}
    finally:
        for triple in extra:
            g.remove(triple)
    assert {"rcpkg.sparql.KINDS", "loaders.triples.KIND_CLASSES", "loaders.kinds title rules",
            "_rcp_terms.EVENT_KINDS", "loaders.triples.ROLES", "loaders.roles.ROLES", "viz.roles.ROLE_ORDER",
            "viz.roles.TIER", "viz.roles.ROLE_LABELS_ES", "_rcp_terms.INVOLVEMENT_ROLES"} <= found
    assert not any(problems(c, c.listed()) for c in CHECKS)  # and the copy is the real one again
