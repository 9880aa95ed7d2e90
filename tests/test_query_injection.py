"""Hostile parameter values are data, never query text: they come back unchanged or are rejected with a
clear error, and the store is never changed."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import Literal, URIRef

from query_support import load_dataset, rcpkg, store_fingerprint
from rcpkg import sparql
from rcpkg.errors import UsageError

HOSTILE = [
    '"',
    "'",
    '"""',
    "\\",
    '\\"',
    "} ; DROP ALL ; {",
    '" } } ; DROP ALL ; INSERT DATA { <a:b> <a:b> <a:b> } ; SELECT * { "',
    "') } UNION { ?s ?p ?o } #",
    "> } DROP ALL {",
    "line one\nline two\r\n# comment",
    "tab\tand\u0000nul and \u2028 separator",
    "emoji 🙂 and accents ñáé",
    "?x $y @en ^^<http://x>",
    "x" * 20000,
]


@pytest.fixture()
def store_copy(mini_store, tmp_path) -> Path:
    dest = tmp_path / "store"
    shutil.copytree(mini_store, dest)
    return dest


@pytest.fixture(scope="module")
def dataset():
    return load_dataset()


ECHO = "SELECT ?v (STRLEN(?v) AS ?n) WHERE { }"


@pytest.mark.parametrize("value", HOSTILE, ids=range(len(HOSTILE)))
def test_hostile_literals_come_back_unchanged_from_both_engines(value, open_mini, dataset):
    for target in ({"store": open_mini}, {"dataset": dataset}):
        result = sparql.run(ECHO, {"v": Literal(value)}, **target)
        assert len(result.rows) == 1
        assert str(result.rows[0]["v"]) == value
        assert int(result.rows[0]["n"]) == len(value)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(value=st.text(), lang=st.sampled_from([None, "en", "es"]))
def test_any_text_round_trips_through_a_binding(value, lang, open_mini):
    term = Literal(value, lang=lang)
    result = sparql.run(ECHO, {"v": term}, store=open_mini)
    assert result.rows[0]["v"] == term


@pytest.mark.parametrize("iri", ["http://a b", "http://x/> } DROP ALL { <y:", 'http://x/"', "http://x/{}", "no-scheme",
                                 "http://x/\n", "http://x/`", "http://x/\\"])
def test_iris_that_could_escape_are_rejected(iri, open_mini):
    with pytest.raises(UsageError):
        sparql.run(ECHO, {"v": URIRef(iri)}, store=open_mini)


@pytest.mark.parametrize("name", ["v }", "v) { (1", "1v", "", "v w"])
def test_variable_names_are_checked(name, open_mini):
    with pytest.raises(UsageError):
        sparql.run(ECHO, {name: Literal("x")}, store=open_mini)


@pytest.mark.parametrize("lang", ["en } DROP ALL {", "e n", "en-"])
def test_language_tags_are_checked(lang):
    with pytest.raises((UsageError, ValueError)):
        sparql.sparql_term(Literal("x", lang=lang))


def test_the_binding_goes_into_the_where_group_not_a_comment_or_string(open_mini):
    query = ('# a comment with WHERE { in it\n'
             'PREFIX ex: <http://example.org/where#>\n'
             'SELECT ?v ("WHERE { }" AS ?s) (ex:WHERE AS ?w) WHERE { FILTER(BOUND(?v)) }')
    result = sparql.run(query, {"v": Literal("ok")}, store=open_mini)
    assert [str(r["v"]) for r in result.rows] == ["ok"]
    assert str(result.rows[0]["s"]) == "WHERE { }"


def test_updates_cannot_run_through_run(store_copy):
    before = store_fingerprint(store_copy)
    with pytest.raises(UsageError):
        sparql.run("DROP ALL", store=store_copy)
    assert store_fingerprint(store_copy) == before


def test_hostile_values_as_query_parameters_are_data_and_leave_the_store_unchanged(store_copy):
    from rcpkg.queries.catalogue import load_catalogue

    catalogue = load_catalogue()
    before = store_fingerprint(store_copy)
    for value in HOSTILE:
        for name, param in (("relation-evidence", "event"), ("events-by-place", "country_code"),
                            ("partners-by-role", "role")):
            result = catalogue[name].run({param: value}, store=store_copy)
            assert result.rows == []  # no event, country or role has such a name
        for name, param in (("partners-of-institution", "institution"), ("institutions", "type")):
            with pytest.raises(UsageError) as caught:
                catalogue[name].run({param: value}, store=store_copy)
            assert param in str(caught.value)
    assert store_fingerprint(store_copy) == before


@pytest.mark.parametrize("value", [HOSTILE[6], HOSTILE[9]], ids=["drop-all", "newlines"])
def test_hostile_values_through_the_cli(value, store_copy):
    before = store_fingerprint(store_copy)
    done = rcpkg("query", "relation-evidence", "-p", f"event={value}", "--format", "csv", "--store", str(store_copy))
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [",".join(["e", "eventLabel", "involvement", "role", "quote", "start", "end",
                                                  "source"])]
    done = rcpkg("query", "institutions", "-p", f"type={value}", "--store", str(store_copy))
    assert done.returncode == 2
    assert done.stderr.startswith("error: ") and "Traceback" not in done.stderr
    assert store_fingerprint(store_copy) == before


# ---------------------------------------------------------------- the binder writes terms into the query text


def test_a_bound_variable_becomes_one_term_everywhere_in_the_query():
    text = sparql.bind("SELECT ?v (STRLEN(?v) AS ?n) WHERE { ?s ?p ?v . FILTER(BOUND(?v) && !BOUND( ?v )) } "
                       "GROUP BY ?v ORDER BY DESC(?v) ?v", {"v": Literal('a"b')})
    assert text == ('SELECT ("a\\"b" AS ?v) (STRLEN("a\\"b") AS ?n) WHERE { ?s ?p "a\\"b" . '
                    'FILTER(true && !true) } GROUP BY ("a\\"b") ORDER BY DESC("a\\"b") ("a\\"b")')


def test_strings_iris_comments_and_prefixed_names_are_never_rewritten():
    query = ('# ?v in a comment\nPREFIX v: <http://example.org/?v>\n'
             'SELECT ?w WHERE { BIND("?v and $v" AS ?w) FILTER(v:x != <http://example.org/?v>) ?vv ?p ?v }')
    text = sparql.bind(query, {"v": URIRef("http://example.org/value")})
    assert text.count("<http://example.org/value>") == 1
    assert '"?v and $v"' in text and "# ?v in a comment" in text and "?vv" in text
    assert "PREFIX v: <http://example.org/?v>" in text and "v:x" in text


@pytest.mark.parametrize("query", ["SELECT (1 AS ?v) WHERE { }", "SELECT ?x WHERE { BIND(1 AS ?v) }",
                                   "SELECT ?x WHERE { VALUES ?v { 1 } }",
                                   "SELECT ?x WHERE { VALUES (?x ?v) { (1 2) } }"])
def test_a_variable_the_query_assigns_cannot_be_a_parameter(query):
    with pytest.raises(UsageError) as caught:
        sparql.bind(query, {"v": Literal("x")})
    assert "assigned by the query" in str(caught.value)


def test_a_sub_select_sees_the_bound_value_too(open_mini, dataset):
    query = "SELECT ?n WHERE { { SELECT (STRLEN(?v) AS ?n) WHERE { } } }"
    for target in ({"store": open_mini}, {"dataset": dataset}):
        assert int(sparql.run(query, {"v": Literal("abcd")}, **target).rows[0]["n"]) == 4


def test_unbound_parameters_stay_variables():
    query = "SELECT ?v WHERE { FILTER(!BOUND(?v)) }"
    assert sparql.bind(query, {"v": None}) == query


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(value=st.text(), lang=st.sampled_from([None, "en", "es"]))
def test_any_text_bound_leaves_the_rest_of_the_query_unchanged(value, lang):
    query = 'SELECT ?v ?w WHERE { BIND("?v" AS ?w) } ORDER BY ?v'
    text = sparql.bind(query, {"v": Literal(value, lang=lang)})
    term = sparql.sparql_term(Literal(value, lang=lang))
    assert text == f'SELECT ({term} AS ?v) ?w WHERE {{ BIND("?v" AS ?w) }} ORDER BY ({term})'
