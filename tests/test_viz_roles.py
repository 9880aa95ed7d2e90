"""The role order and the role filter the views share (`rcpkg.viz.roles`), tied to the ontology."""

from __future__ import annotations

import pytest
from rdflib import RDF, Graph

from rcpkg.errors import UsageError
from rcpkg.namespaces import RCP
from rcpkg.resources import ontology_file
from rcpkg.viz import roles
from rcpkg.viz.model import Event, Involvement, NetworkData


def test_the_role_order_names_exactly_the_ontologys_involvement_roles():
    g = Graph().parse(ontology_file(), format="turtle")
    declared = {str(r).rsplit("#", 1)[1].lower() for r in g.subjects(RDF.type, RCP.InvolvementRole)}
    assert declared == set(roles.ROLE_ORDER)
    assert set(roles.ROLE_LABELS_ES) == set(roles.ROLE_ORDER)


@pytest.mark.parametrize("min_role,mentions,expected", [
    ("participant", False, set(roles.LEAD_ROLES) | {"participant"}),
    (None, False, set(roles.LEAD_ROLES) | {"participant"}),
    ("lead", False, set(roles.LEAD_ROLES)),
    ("organizer", False, set(roles.LEAD_ROLES)),
    ("MENTIONED", False, set(roles.ROLE_ORDER)),
    ("participant", True, set(roles.ROLE_ORDER)),
])
def test_roles_from(min_role, mentions, expected):
    assert roles.roles_from(min_role, include_mentions=mentions) == expected


@pytest.mark.parametrize("min_role,mentions", [("lead", True), ("boss", False)])
def test_roles_from_refuses_what_makes_no_sense(min_role, mentions):
    with pytest.raises(UsageError):
        roles.roles_from(min_role, include_mentions=mentions)


def _data(involvements, part_of=()):
    events = {i.event: Event(i.event, i.event) for i in involvements}
    return NetworkData("en", {}, events, {}, tuple(involvements), tuple(part_of))


def test_rolled_up_adds_the_parents_involvement_via_the_unit_once():
    office, iom, un = "id:iom-ro", "id:iom", "id:un"
    data = _data([Involvement("e1", office, "organizer"), Involvement("e1", "id:pdd", "organizer"),
                  Involvement("e2", iom, "organizer"), Involvement("e2", office, "organizer")],
                 [(office, iom), (iom, un)])
    up = data.rolled_up()
    via = {(i.event, i.institution, i.role, i.via) for i in up.involvements if not i.direct}
    # e1: IOM and (transitively) the UN via the office; e2: IOM states its own role, only the UN is via
    assert via == {("e1", iom, "organizer", office), ("e1", un, "organizer", office),
                   ("e2", un, "organizer", iom), ("e2", un, "organizer", office)}
    assert up.rolled_up().involvements == up.involvements  # idempotent


def test_a_unit_and_its_parent_are_not_linked_through_the_units_own_event():
    from rcpkg.viz import graphs

    office, iom = "id:iom-ro", "id:iom"
    data = _data([Involvement("e1", office, "organizer"), Involvement("e1", "id:pdd", "organizer")],
                 [(office, iom)]).rolled_up()
    g = graphs.co_involvement(data)
    assert g.has_edge(iom, "id:pdd") and g.has_edge(office, "id:pdd")
    assert not g.has_edge(iom, office)
