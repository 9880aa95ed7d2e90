"""The query library: every .rq parses, declares its prefixes, runs with and without parameters on the
fixture graph, returns the columns its header promises; parameters are typed and resolved."""

from __future__ import annotations

import re
from datetime import date

import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import RDF

from query_support import PAGE_TEXTS, REPO, load_dataset, rcpkg
from rcpkg import sparql
from rcpkg.errors import UsageError
from rcpkg.queries.catalogue import CatalogueError, load_catalogue, markdown, parse_query
from rcpkg.resources import queries_dir

QUERY_FILES = sorted(queries_dir().glob("*.rq"))
CATALOGUE = load_catalogue()
ORG = "http://www.w3.org/ns/org#"
ID = "https://w3id.org/rcpkg/id/"

# A non-default value for every parameter type, to run each query "with arguments".
EXAMPLE_BY_TYPE = {
    "theme": "Migrant smuggling",
    "institution": "OIM",
    "year": "2016",
    "date": "2019-11-12",
    "lang": "es",
    "integer": "2",
    "boolean": "false",
    "iri": "https://w3id.org/rcpkg/ontology#Government",
    "kind": "workshop",
    "series": "rcm-adhoc-extra-regional-migrant",
    "string": "migra",
}
EXAMPLE_BY_NAME = {"country_code": "CR", "role": "funder", "event": "XXI RCM"}


@pytest.fixture(scope="module")
def mini_dataset():
    return load_dataset()


def test_the_library_has_at_least_15_queries():
    assert len(QUERY_FILES) >= 15
    assert len(CATALOGUE) == len(QUERY_FILES)


@pytest.mark.parametrize("path", QUERY_FILES, ids=lambda p: p.stem)
def test_every_query_file_parses_with_its_own_prefixes(path):
    from rdflib.plugins.sparql import prepareQuery

    text = path.read_text(encoding="utf-8")
    query = parse_query(text, path)
    assert query.name == path.stem and query.title and query.description and query.returns
    assert "http://schema.org/" not in text
    prepareQuery(text)  # no initNs: an undeclared prefix fails here
    assert re.search(r"^PREFIX ", text, re.M)


@pytest.mark.parametrize("name", sorted(CATALOGUE))
def test_every_query_runs_without_arguments_and_returns_its_columns(name, open_mini):
    query = CATALOGUE[name]
    result = query.run(store=open_mini)
    assert result.vars == query.returns


def _example_args(query) -> dict[str, str]:
    return {p.name: EXAMPLE_BY_NAME.get(p.name, EXAMPLE_BY_TYPE[p.type]) for p in query.params}


@pytest.mark.parametrize("name", sorted(n for n, q in CATALOGUE.items() if q.params))
def test_every_query_runs_with_arguments_and_returns_its_columns(name, open_mini):
    query = CATALOGUE[name]
    result = query.run(_example_args(query), store=open_mini)
    assert result.vars == query.returns


def test_queries_with_defaults_return_rows_on_the_fixture(open_mini):
    """The defaults are meaningful examples: the non-violation queries find something."""
    empty = [n for n, q in CATALOGUE.items() if not q.is_violation and not q.run(store=open_mini).rows]
    assert empty == []


# ---------------------------------------------------------------- answers checked against the data


def test_events_by_theme_year_filter_keeps_only_dated_events_in_range(open_mini):
    query = CATALOGUE["events-by-theme"]
    everything = query.run({"theme": "extra-regional-migration"}, store=open_mini)
    since = query.run({"theme": "extra-regional-migration", "year_from": "2017"}, store=open_mini)
    until = query.run({"theme": "extra-regional-migration", "year_to": "2017"}, store=open_mini)
    assert since.rows and until.rows is not None
    assert all(r["startDate"] is not None and r["startDate"].toPython().year >= 2017 for r in since.rows)
    assert all(r["startDate"] is not None and r["startDate"].toPython().year <= 2017 for r in until.rows)
    assert {r["event"] for r in since.rows} <= {r["event"] for r in everything.rows}
    assert len(since.rows) < len(everything.rows)


def test_process_structure_is_the_transitive_closure_of_suborganization(open_mini, mini_dataset):
    rcm = URIRef(ID + "org/rcm")
    children: dict = {}
    for s, _, o in mini_dataset.triples((None, URIRef(ORG + "subOrganizationOf"), None)):
        children.setdefault(o, set()).add(s)
    expected, todo = set(), [rcm]
    while todo:
        for child in children.get(todo.pop(), ()):
            if child not in expected:
                expected.add(child)
                todo.append(child)
    result = CATALOGUE["process-structure"].run(store=open_mini)
    assert {r["body"] for r in result.rows} == expected
    assert any(r["parent"] != rcm for r in result.rows), "the fixture must have a body two levels down"


def test_relation_evidence_quotes_are_the_page_text_at_their_offsets(open_mini):
    result = CATALOGUE["relation-evidence"].run({"event": "plenary", "institution": "RCM"}, store=open_mini)
    assert result.rows
    for row in result.rows:
        text = PAGE_TEXTS[str(row["source"])].read_text(encoding="utf-8")
        assert text[int(row["start"]):int(row["end"])] == str(row["quote"])


def test_institution_profile_quotes_name_the_institution_or_its_acronym(open_mini, mini_dataset):
    from rdflib.namespace import SKOS

    iom = URIRef(ID + "org/iom")
    names = {str(n) for n in mini_dataset.objects(iom, SKOS.altLabel)} | \
            {str(n) for n in mini_dataset.objects(iom, SKOS.prefLabel)}
    result = CATALOGUE["institution-profile"].run({"institution": "iom"}, store=open_mini)
    assert result.rows
    assert all(any(n in str(r["quote"]) for n in names) for r in result.rows)


def test_series_editions_come_in_order(open_mini):
    rows = CATALOGUE["series-editions"].run(store=open_mini).rows
    numbers = [int(r["edition"]) for r in rows]
    assert len(numbers) >= 2 and numbers == sorted(numbers)


def test_members_at_date_leaves_out_memberships_that_begin_later(open_mini):
    query = CATALOGUE["members-at-date"]
    all_rows = query.run({"process": "SACM", "date": "2018-05-08"}, store=open_mini).rows
    early = query.run({"process": "SACM", "date": "1999-06-01"}, store=open_mini).rows
    assert any(r["from"] is not None for r in all_rows), "the fixture must have a dated membership"
    assert all(r["from"] is None or int(str(r["from"])[:4]) <= 1999 for r in early)
    assert len(early) < len(all_rows)


def test_labels_follow_the_lang_parameter(open_mini):
    en = CATALOGUE["process-structure"].run({"lang": "en"}, store=open_mini).rows
    es = CATALOGUE["process-structure"].run({"lang": "es"}, store=open_mini).rows
    assert {r["bodyLabel"].language for r in en} == {"en"}
    assert {r["bodyLabel"].language for r in es} == {"es"}


def test_violation_queries_are_marked_by_their_name():
    violations = {n for n, q in CATALOGUE.items() if q.is_violation}
    assert violations == {n for n in CATALOGUE if n.endswith("-violation")}
    assert len(violations) >= 4


def test_events_without_theme_violation_lists_exactly_the_events_without_subject(open_mini, mini_dataset):
    from rdflib.namespace import DCTERMS

    rcp_event = URIRef("https://w3id.org/rcpkg/ontology#Event")
    expected = {e for e in mini_dataset.subjects(RDF.type, rcp_event)
                if (e, DCTERMS.subject, None) not in mini_dataset}
    rows = CATALOGUE["events-without-theme-violation"].run(store=open_mini).rows
    assert expected and {r["event"] for r in rows} == expected


# ---------------------------------------------------------------- parameters


def test_institution_names_in_both_languages_and_keys_resolve_to_one_iri(open_mini):
    names = ["IOM", "oim", "Organización Internacional para las Migraciones",
             "international organization for migration", "iom", ID + "org/iom"]
    assert {sparql.resolve_institution(n, store=open_mini) for n in names} == {URIRef(ID + "org/iom")}


def test_theme_resolves_from_key_label_in_spanish_and_iri(open_mini):
    names = ["disasters-climate-change", "Desastres, cambio climático y desplazamiento",
             "disasters, climate change and displacement", ID + "theme/disasters-climate-change"]
    assert {sparql.resolve_theme(n, store=open_mini) for n in names} == {URIRef(ID + "theme/disasters-climate-change")}


def test_an_ambiguous_institution_name_lists_the_candidates():
    from rdflib.namespace import SKOS

    ds = load_dataset()
    other = URIRef(ID + "org/other")
    g = ds.graph(URIRef("https://w3id.org/rcpkg/graph/reference"))
    g.add((other, RDF.type, URIRef("https://w3id.org/rcpkg/ontology#Institution")))
    g.add((other, SKOS.altLabel, Literal("IOM", lang="en")))
    with pytest.raises(UsageError) as caught:
        sparql.resolve_institution("IOM", dataset=ds)
    assert "ambiguous" in str(caught.value)
    assert f"{ID}org/iom" in str(caught.value) and f"{ID}org/other" in str(caught.value)


def test_an_unknown_name_suggests_close_matches(open_mini):
    with pytest.raises(UsageError) as caught:
        sparql.resolve_theme("disaster-climate-change", store=open_mini)
    assert "disasters-climate-change" in str(caught.value)


@pytest.mark.parametrize("ptype,text,expected", [
    ("year", "2018", Literal(2018)),
    ("date", "2018-05-08", Literal(date(2018, 5, 8))),
    ("lang", "ES", Literal("es")),
    ("boolean", "yes", Literal(True)),
    ("integer", "-3", Literal(-3)),
    ("kind", "plenary-meeting", URIRef("https://w3id.org/rcpkg/ontology#PlenaryMeeting")),
    ("string", " keep spaces ", Literal(" keep spaces ")),
])
def test_param_convert_gives_typed_terms(ptype, text, expected):
    from rcpkg.queries.catalogue import Param

    assert Param("x", ptype, None).convert(text) == expected


@pytest.mark.parametrize("ptype,text", [
    ("year", "20x"), ("year", "99999"), ("date", "2018-13-01"), ("lang", "fr"), ("boolean", "maybe"),
    ("integer", "1.5"), ("iri", "not an iri"), ("iri", "http://a b"), ("iri", "http://x/>{"), ("kind", "party"),
])
def test_param_convert_rejects_wrong_values_naming_param_and_value(ptype, text):
    from rcpkg.queries.catalogue import Param

    with pytest.raises(UsageError) as caught:
        Param("the_param", ptype, None).convert(text)
    assert "the_param" in str(caught.value) and repr(text)[:20] in str(caught.value)


@pytest.mark.parametrize("args", [
    ["events-by-theme", "--param", "year_from=abc"],
    ["members-at-date", "--param", "date=2018-13-01"],
    ["events-by-theme", "--param", "lang=fr"],
    ["institutions", "--param", "type=not an iri"],
    ["theme-cooccurrence", "--param", "min_events=many"],
    ["events-by-theme", "--param", "nosuch=1"],
    ["events-by-theme", "--param", "theme=no such theme at all"],
    ["events-by-theme", "--param", "missing-equals-sign"],
])
def test_wrong_typed_values_exit_2_with_one_line(args, mini_store):
    done = rcpkg("query", *args, "--store", str(mini_store))
    assert done.returncode == 2, done.stderr
    assert done.stderr.startswith("error: ") and "Traceback" not in done.stderr
    assert done.stdout == ""


# ---------------------------------------------------------------- headers


@pytest.mark.parametrize("header,problem", [
    ("# title: t\n# description: d\n# returns: a\n", "name"),
    ("# name: x\n# title: t\n# description: d\n# returns: a\n# param: year\n", "malformed param"),
    ("# name: x\n# title: t\n# description: d\n# returns: a\n# param: y decimal = 1 -- d\n", "unknown param type"),
    ("# name: x\n# title: t\n# description: d\n# returns: a\n# colour: red\n", "unknown header key"),
    ("# name: x\n# title: t\n# description: d\n# returns: a\n# param: y year = 2000 -- d\n", "not used"),
])
def test_a_malformed_header_names_the_file_and_line(tmp_path, header, problem):
    path = tmp_path / "x.rq"
    path.write_text(header + "SELECT ?a WHERE { ?a ?b ?c }\n", encoding="utf-8")
    with pytest.raises(CatalogueError) as caught:
        load_catalogue(tmp_path)
    message = str(caught.value)
    assert problem in message and str(path) in message
    if problem != "not used":
        assert re.search(rf"{re.escape(str(path))}:\d+:", message)


def test_docs_queries_md_is_generated_from_the_headers():
    page = REPO / "docs" / "queries.md"
    assert page.read_text(encoding="utf-8") == markdown(CATALOGUE), \
        "docs/queries.md is stale: python -m rcpkg.queries.catalogue --markdown > docs/queries.md"
    for name in CATALOGUE:
        assert f"## {name}" in page.read_text(encoding="utf-8")


@pytest.mark.e2e
@pytest.mark.parametrize("name", sorted(CATALOGUE))
def test_every_query_runs_on_the_built_store_with_and_without_arguments(name, built_store):
    import pyoxigraph as ox

    store = ox.Store.read_only(str(built_store))
    query = CATALOGUE[name]
    assert query.run(store=store).vars == query.returns
    if query.params:
        assert query.run(_example_args(query), store=store).vars == query.returns


@pytest.mark.e2e
def test_on_the_built_store_evidence_quotes_are_the_page_text(built_store):
    import pyoxigraph as ox

    store = ox.Store.read_only(str(built_store))
    rows = CATALOGUE["institution-profile"].run({"institution": "IOM"}, store=store).rows
    rows += CATALOGUE["relation-evidence"].run(store=store).rows
    assert rows
    for row in rows:
        text = PAGE_TEXTS[str(row["source"])].read_text(encoding="utf-8")
        assert text[int(row["start"]):int(row["end"])] == str(row["quote"])
    assert CATALOGUE["annotation-offsets-violation"].run(store=store).rows == []


@pytest.mark.parametrize("engine", ["oxigraph", "rdflib"])
def test_integer_subtypes_come_back_as_xsd_integer_from_every_engine(engine, open_mini, mini_dataset):
    """Oxigraph stores xsd:positiveInteger as xsd:integer; run() gives the same term from rdflib."""
    query = ("SELECT ?n WHERE { BIND(\"5\"^^<http://www.w3.org/2001/XMLSchema#positiveInteger> AS ?n) }")
    target = {"store": open_mini} if engine == "oxigraph" else {"dataset": mini_dataset}
    n = sparql.run(query, **target).rows[0]["n"]
    assert n == Literal("5", datatype=URIRef("http://www.w3.org/2001/XMLSchema#integer"))
