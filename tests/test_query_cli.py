"""`rcpkg query` and `rcpkg queries` end to end: the real CLI in a subprocess, on the fixture store."""

from __future__ import annotations

import csv
import io
import json

import pytest

from query_support import rcpkg
from rcpkg.queries.catalogue import load_catalogue

CATALOGUE = load_catalogue()


@pytest.fixture(scope="module")
def expected(mini_store):
    """What the library API answers, to compare the CLI's output with."""
    import pyoxigraph as ox

    store = ox.Store.read_only(str(mini_store))
    return {name: CATALOGUE[name].run(store=store) for name in ("partners-by-role", "institution-profile",
                                                                "events-without-theme-violation")}


def test_csv_prints_exactly_one_header_line_and_the_rows(mini_store, expected):
    done = rcpkg("query", "partners-by-role", "--format", "csv", "--store", str(mini_store))
    assert done.returncode == 0, done.stderr
    records = list(csv.reader(io.StringIO(done.stdout)))
    result = expected["partners-by-role"]
    assert records[0] == CATALOGUE["partners-by-role"].returns
    assert len(records) == 1 + len(result.rows) and len(result.rows) > 0
    assert done.stdout.count("\n") == 1 + len(result.rows)  # no message mixed into the data
    assert [r[1] for r in records[1:]] == [str(row["institution"]) for row in result.rows]  # full IRIs


def test_csv_keeps_values_with_commas_quotes_and_long_text(mini_store, expected):
    done = rcpkg("query", "institution-profile", "-p", "institution=IOM", "--format", "csv",
                 "--store", str(mini_store))
    assert done.returncode == 0, done.stderr
    records = list(csv.DictReader(io.StringIO(done.stdout)))
    quotes = [str(r["quote"]) for r in expected["institution-profile"].rows]
    assert [r["quote"] for r in records] == quotes
    assert any("," in q for q in quotes)


def test_tsv_is_one_line_per_row(mini_store, expected):
    done = rcpkg("query", "partners-by-role", "--format", "tsv", "--store", str(mini_store))
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].split("\t") == CATALOGUE["partners-by-role"].returns
    assert len(lines) == 1 + len(expected["partners-by-role"].rows)


def test_json_is_sparql_results_json(mini_store, expected):
    done = rcpkg("query", "partners-by-role", "--format", "json", "--store", str(mini_store))
    assert done.returncode == 0, done.stderr
    doc = json.loads(done.stdout)
    assert doc["head"]["vars"] == CATALOGUE["partners-by-role"].returns
    bindings = doc["results"]["bindings"]
    assert len(bindings) == len(expected["partners-by-role"].rows)
    first = bindings[0]
    assert first["institution"]["type"] == "uri"
    assert first["events"] == {"type": "literal", "value": str(expected["partners-by-role"].rows[0]["events"]),
                               "datatype": "http://www.w3.org/2001/XMLSchema#integer"}
    assert first["institutionLabel"]["xml:lang"] == "en"


def test_markdown_is_a_table_with_compact_iris(mini_store, expected):
    done = rcpkg("query", "partners-by-role", "--format", "md", "--lang", "es", "--store", str(mini_store))
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == "| " + " | ".join(CATALOGUE["partners-by-role"].returns) + " |"
    assert set(lines[1]) <= set("|-")
    assert len(lines) == 2 + len(expected["partners-by-role"].rows)
    assert all(line.startswith("| ") and line.endswith(" |") for line in lines[:1] + lines[2:])
    assert "id:org/" in done.stdout and "https://w3id.org/rcpkg/id/" not in done.stdout
    assert "Organización Internacional para las Migraciones" in done.stdout  # --lang es


def test_table_prints_data_on_stdout_and_the_count_on_stderr(mini_store, expected):
    done = rcpkg("query", "partners-by-role", "--store", str(mini_store))
    assert done.returncode == 0, done.stderr
    n = len(expected["partners-by-role"].rows)
    assert done.stderr.strip() == f"{n} rows"
    assert "roleName" in done.stdout


def test_unknown_query_exits_2_with_a_suggestion(mini_store):
    done = rcpkg("query", "events-by-theem", "--store", str(mini_store))
    assert done.returncode == 2
    assert "no query with this name" in done.stderr and "events-by-theme" in done.stderr
    assert "Traceback" not in done.stderr and done.stdout == ""


def test_a_violation_query_with_rows_exits_1(mini_store, expected):
    assert expected["events-without-theme-violation"].rows, "the fixture has events without a theme"
    done = rcpkg("query", "events-without-theme-violation", "--format", "csv", "--store", str(mini_store))
    assert done.returncode == 1
    assert "violation" in done.stderr
    assert len(list(csv.reader(io.StringIO(done.stdout)))) == 1 + len(expected["events-without-theme-violation"].rows)


def test_a_violation_query_without_rows_exits_0(mini_store):
    done = rcpkg("query", "annotation-offsets-violation", "--format", "csv", "--store", str(mini_store))
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["annotation,quote,start,end"]


def test_query_file_runs_any_rq(mini_store, tmp_path):
    path = tmp_path / "count.rq"
    path.write_text("SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a <https://w3id.org/rcpkg/ontology#Event> }\n")
    done = rcpkg("query", "--file", str(path), "--format", "csv", "--store", str(mini_store))
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[0] == "n" and int(done.stdout.splitlines()[1]) > 0


def test_name_and_file_together_or_neither_is_a_usage_error(mini_store, tmp_path):
    assert rcpkg("query", "--store", str(mini_store)).returncode == 2
    path = tmp_path / "q.rq"
    path.write_text("SELECT * WHERE { ?s ?p ?o } LIMIT 1\n")
    assert rcpkg("query", "hosts", "--file", str(path), "--store", str(mini_store)).returncode == 2


def test_a_syntax_error_in_a_file_is_one_line(mini_store, tmp_path):
    path = tmp_path / "bad.rq"
    path.write_text("SELECT ?x WHERE { ?x ?y }\n")
    done = rcpkg("query", "--file", str(path), "--store", str(mini_store))
    assert done.returncode == 2 and "syntax" in done.stderr.lower() and "Traceback" not in done.stderr


def test_missing_store_exits_2_and_says_how_to_fix(tmp_path):
    done = rcpkg("query", "hosts", "--store", str(tmp_path / "none"))
    assert done.returncode == 2
    assert "rcpkg build" in done.stderr and "Traceback" not in done.stderr


def test_queries_lists_the_whole_catalogue_as_json():
    done = rcpkg("queries", "--format", "json")
    assert done.returncode == 0, done.stderr
    names = [q["name"] for q in json.loads(done.stdout)]
    assert names == list(CATALOGUE)


def test_queries_md_is_the_generated_catalogue():
    from rcpkg.queries.catalogue import markdown

    done = rcpkg("queries", "--format", "md")
    assert done.returncode == 0 and done.stdout == markdown(CATALOGUE)


@pytest.mark.parametrize("command", ["query", "queries", "publish", "serve"])
def test_help_has_an_example(command):
    done = rcpkg(command, "--help")
    assert done.returncode == 0 and "Example" in done.stdout and f"rcpkg {command}" in done.stdout


def test_values_that_look_like_markup_print_as_they_are(mini_store, tmp_path):
    path = tmp_path / "markup.rq"
    path.write_text('SELECT ("[/bold] [red]x[/red]" AS ?v) WHERE { }\n')
    for fmt in ("table", "md", "csv"):
        done = rcpkg("query", "--file", str(path), "--format", fmt, "--store", str(mini_store))
        assert done.returncode == 0, done.stderr
        assert "[/bold] [red]x[/red]" in done.stdout
