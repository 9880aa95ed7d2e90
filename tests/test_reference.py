"""The curated reference data: it loads, every fact has a source, bad entries are clear errors."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Literal, URIRef
from rdflib import namespace as ns

from rcpkg import iris
from rcpkg.errors import LoaderError
from rcpkg.loaders.reference import ENTITY_TYPES, MEMBERSHIP_ROLES, load_reference
from rcpkg.namespaces import ORG, RCP
from rcpkg.resources import reference_dir


@pytest.fixture(scope="module")
def ref():
    return load_reference(reference_dir())


@pytest.fixture(scope="module")
def graph(ref):
    return ref.graph()


def test_reference_files_exist():
    assert sorted(p.name for p in reference_dir().glob("*.yaml")), "no reference files"


def test_every_entity_has_a_name_type_and_source(ref):
    assert ref.entities
    for e in ref.entities.values():
        assert e.names, e.id
        assert e.type in ENTITY_TYPES, e.id
        assert e.sources and all(s.startswith(("http://", "https://")) for s in e.sources), e.id


def test_every_membership_and_statement_has_a_source(ref):
    assert ref.memberships and ref.statements
    for m in ref.memberships:
        assert m.sources, m
    for s in ref.statements:
        assert s.sources, s


def test_governments_are_keyed_by_their_country(ref):
    governments = [e for e in ref.entities.values() if e.type == "Government"]
    assert governments
    for e in governments:
        assert e.country and e.id == f"gov-{e.country.lower()}", e.id
    assert set(ref.countries) == {e.country for e in governments}


def test_every_member_country_of_a_process_has_a_government(ref):
    members = {m.member for m in ref.memberships if m.role in ("member", "observer")}
    assert members <= set(ref.entities)


def test_entities_are_typed_institution_and_their_class(ref, graph):
    for e in ref.entities.values():
        assert (e.iri, ns.RDF.type, RCP.Institution) in graph
        if e.type != "Institution":
            assert (e.iri, ns.RDF.type, RCP[e.type]) in graph
        for lang, name in e.names.items():
            assert (e.iri, ns.SKOS.prefLabel, Literal(name, lang=lang)) in graph
            assert (e.iri, ns.RDFS.label, Literal(name, lang=lang)) in graph
        for url in e.sources:
            assert (e.iri, ns.PROV.wasDerivedFrom, URIRef(url)) in graph


def test_units_and_bodies_are_sub_organizations(ref, graph):
    parts = [e for e in ref.entities.values() if e.part_of]
    assert parts
    for e in parts:
        for parent in e.part_of:
            assert (e.iri, ORG.subOrganizationOf, iris.org(parent)) in graph


def test_dated_membership_has_an_interval_with_a_gyear(ref, graph):
    dated = [m for m in ref.memberships if m.start]
    assert dated
    for m in dated:
        node = iris.membership(iris.org(m.organization), iris.org(m.member),
                               RCP[MEMBERSHIP_ROLES[m.role]], m.sources[0])
        during = graph.value(node, ORG.memberDuring)
        assert during is not None
        begin = graph.value(during, ns.TIME.hasBeginning)
        assert graph.value(begin, ns.TIME.inXSDgYear) == Literal(m.start[:4], datatype=ns.XSD.gYear)


def test_undated_membership_has_no_interval(ref, graph):
    undated = [m for m in ref.memberships if not m.start and not m.end]
    assert undated
    for node in graph.subjects(ns.RDF.type, ORG.Membership):
        if graph.value(node, ORG.memberDuring) is None:
            break
    else:
        pytest.fail("every membership has dates, though some sources give none")


def test_ppt_holder_only_when_a_dated_source_says_so(ref):
    dated = [m for m in ref.memberships if m.role == "presidency-pro-tempore" and m.start]
    assert dated
    m = dated[0]
    assert ref.ppt_holder(m.organization, int(m.start)) == m.member
    assert ref.ppt_holder(m.organization, 1900) is None


@pytest.mark.parametrize("needle", ["without El Salvador", "12 observer organizations",
                                    "13 observer organizations", "Lima, 1999", "Buenos Aires, May 2000"])
def test_disagreements_are_kept_as_source_statements(graph, needle):
    found = [s for s in graph.subjects(ns.RDF.type, RCP.SourceStatement)
             if any(needle in str(c) for c in graph.objects(s, ns.RDFS.comment))]
    assert found, needle
    for s in found:
        assert graph.value(s, RCP.about) is not None
        assert list(graph.objects(s, ns.PROV.wasDerivedFrom))


def test_concept_scheme(ref, graph):
    assert ref.themes
    assert (iris.THEME_SCHEME, ns.RDF.type, ns.SKOS.ConceptScheme) in graph
    for t in ref.themes.values():
        assert (t.iri, ns.SKOS.inScheme, iris.THEME_SCHEME) in graph
        for lang in ("en", "es"):
            assert len([o for o in graph.objects(t.iri, ns.SKOS.prefLabel) if o.language == lang]) == 1, t.key
            assert [o for o in graph.objects(t.iri, ns.SKOS.definition) if o.language == lang], t.key
        if t.broader:
            assert (t.iri, ns.SKOS.topConceptOf, iris.THEME_SCHEME) not in graph
            for b in t.broader:
                assert (iris.theme(b), ns.SKOS.narrower, t.iri) in graph
        else:
            assert (t.iri, ns.SKOS.topConceptOf, iris.THEME_SCHEME) in graph
    assert not list(graph.triples((None, ns.SKOS.closeMatch, None)))


def test_no_http_schema_org(graph):
    data = graph.serialize(format="nt")
    assert "http://schema.org/" not in data


# --------------------------------------------------------------------------- bad input

GOOD_ENTITY = """\
entities:
  - id: iom
    type: IntergovernmentalOrganization
    name: {en: International Organization for Migration}
    sources: [https://example.org/iom]
"""

BAD = {
    "unknown type": ("entities:\n  - id: x\n    type: Club\n    name: {en: X}\n    sources: [https://e.org]\n",
                     2, "unknown entity type"),
    "missing name": ("entities:\n  - id: x\n    type: Institution\n    sources: [https://e.org]\n",
                     2, "missing 'name'"),
    "no source": ("entities:\n  - id: x\n    type: Institution\n    name: {en: X}\n", 2, "no source"),
    "duplicate id": (GOOD_ENTITY + "  - id: iom\n    type: Institution\n    name: {en: Y}\n"
                     "    sources: [https://e.org]\n", 6, "duplicate id"),
    "unknown part_of": ("entities:\n  - id: x\n    type: OrganizationUnit\n    name: {en: X}\n    part_of: nobody\n"
                        "    sources: [https://e.org]\n", 2, "unknown id"),
    "source not a URL": ("entities:\n  - id: x\n    type: Institution\n    name: {en: X}\n    sources: [somewhere]\n",
                         2, "http(s) URL"),
    "membership role": (GOOD_ENTITY + "memberships:\n  - {organization: iom, member: iom, role: boss, "
                        "sources: [https://e.org]}\n", 7, "unknown membership role"),
    "membership without source": (GOOD_ENTITY + "memberships:\n  - {organization: iom, member: iom, role: member}\n",
                                  7, "no source"),
    "statement without source": (GOOD_ENTITY + "statements:\n  - about: iom\n    text: {en: Something}\n",
                                 7, "no source"),
    "yaml syntax": ("entities:\n  - id: x\n    name: {en: X\n", 4, "not valid YAML"),
    "bad date": (GOOD_ENTITY + "memberships:\n  - {organization: iom, member: iom, role: member, from: 'May 2019', "
                 "sources: [https://e.org]}\n", 7, "must be a year"),
    # issue 13: a double quote in a source URL was an internal error (exit 70)
    "double quote in a source URL": ("entities:\n  - id: x\n    type: Institution\n    name: {en: X}\n"
                                     "    sources: ['https://e.org/a\"b']\n", 2, "%22"),
    "decision unknown": (GOOD_ENTITY + "decisions:\n  - {name: IDB, decision: merge}\n", 7, "unknown decision"),
    "decision same-as unknown id": (GOOD_ENTITY + "decisions:\n  - {name: IDB, decision: same-as, same_as: idb}\n",
                                    7, "unknown id"),
    "decision new without source": (GOOD_ENTITY + "decisions:\n  - {name: IDB, decision: new, id: idb, "
                                    "type: IntergovernmentalOrganization}\n", 7, "no source"),
    "decision twice": (GOOD_ENTITY + "decisions:\n  - {name: IDB, decision: ignore}\n"
                       "  - {name: idb, decision: ignore}\n", 8, "second decision"),
}


@pytest.mark.parametrize("case", sorted(BAD))
def test_bad_reference_file_is_a_loader_error_with_file_and_line(tmp_path: Path, case):
    text, line, words = BAD[case]
    path = tmp_path / "bad.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(LoaderError) as info:
        load_reference(tmp_path)
    err = info.value
    assert err.path == str(path)
    assert err.line == line, str(err)
    assert words in str(err)
    assert f"bad.yaml:{line}:" in str(err)


def test_membership_organization_must_be_a_process(tmp_path: Path):
    (tmp_path / "a.yaml").write_text(GOOD_ENTITY + "memberships:\n  - {organization: iom, member: iom, "
                                     "role: member, sources: [https://e.org]}\n", encoding="utf-8")
    with pytest.raises(LoaderError, match="ConsultativeProcess"):
        load_reference(tmp_path)


def test_empty_folder_is_an_error(tmp_path: Path):
    with pytest.raises(LoaderError, match="no reference files"):
        load_reference(tmp_path)


# --------------------------------------------------------------------------- curation decisions (issue 13)


def test_decisions_add_variants_entities_and_ignored_names(tmp_path: Path):
    from rcpkg.loaders.gazetteer import Gazetteer

    (tmp_path / "a.yaml").write_text(GOOD_ENTITY, encoding="utf-8")
    (tmp_path / "curation.yaml").write_text(
        "decisions:\n"
        "  - {name: Organización Internacional para las Migraciones, lang: es, acronym: OIM, decision: same-as, "
        "same_as: iom}\n"
        "  - {name: Inter-American Development Bank, acronym: IDB, decision: new, id: idb, "
        "type: IntergovernmentalOrganization, sources: ['https://www.iadb.org/en/who-we-are']}\n"
        "  - {name: The Organizers, decision: ignore}\n", encoding="utf-8")
    ref = load_reference(tmp_path)
    assert "OIM" in ref.entities["iom"].variants["es"]
    assert ref.entities["idb"].acronyms == {"en": "IDB"} and ref.entities["idb"].type == "IntergovernmentalOrganization"
    assert ref.ignored == frozenset({"organizers"})
    gaz = Gazetteer.from_reference(ref)
    assert [m.entity_id for m in gaz.find("con la OIM y el IDB")] == ["iom", "idb"]
