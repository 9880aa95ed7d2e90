"""How rcpkg reads a partial result's marks, on the exact texts Virtuoso 7.2 sent at 10k events.

The behaviour on the live server (HTTP 200 with X-SQL-State: S1TAT; the CLI's one line and exit 3) is tested
in tests/test_virtuoso.py against the Virtuoso the test run starts. The HTTP 500 form below needs a result
that streams for longer than the budget (at 10k events: `rcpkg query network-involvements --endpoint
URL?timeout=1000`), too large to build in the test run, so its body is kept here as Virtuoso sent it.
"""

from __future__ import annotations

from email.message import Message

from rcpkg.sparql.client import partial_result, server_message

# The end of the body of Virtuoso's "HTTP 500 SPARQL Request Failed" when the budget ran out while it streamed
# network-involvements' rows at 10k events (2.6 MB of rows before it; the echo of the query after it).
STREAMED = (
    '{ "head": { "link": [], "vars": ["event", "quote"] },\n  "results": { "distinct": false, "ordered": true, '
    '"bindings": [\n    { "event": { "type": "uri", "value": "https://w3id.org/rcpkg/id/event/001947c6dcb756f1" }'
    '\t, "quote": { "type": "literal", "value": "The participation costs (flights and accommodation) are covered '
    'by the Platform on Disaster Displacement." }\t,Virtuoso S1TAT Error RC...: Returning incomplete results, '
    'query interrupted by result timeout.  Activity:  1.139M rnd  316.2K seq  939.6K same seg   22.13K same pg  '
    '13.42K same par      0 disk      0 spec disk      0B /      0 \n\nSPARQL query:\n# name: network-involvements\n'
    'SELECT ?event WHERE { ?event ?p ?o }'
)


def _headers(**fields: str) -> Message:
    headers = Message()
    for name, value in fields.items():
        headers[name.replace("_", "-")] = value
    return headers


def test_the_streamed_rows_are_left_out_of_the_servers_message():
    said = server_message(STREAMED)
    assert said.startswith("Virtuoso S1TAT Error RC...: Returning incomplete results")
    assert "bindings" not in said and "SPARQL query" not in said


def test_a_500_whose_body_ends_in_s1tat_is_a_partial_result():
    message = partial_result(None, "http://127.0.0.1:8890/sparql", server_message(STREAMED))
    assert message and "only part of the result" in message and "S1TAT" in message
    assert "Activity" not in message and "\n" not in message


def test_the_200_marks_are_read_and_a_whole_result_passes():
    marked = _headers(X_SQL_State="S1TAT", X_SQL_Message="RC...: Returning incomplete results, query "
                                                         "interrupted by result timeout.  Activity:     13 rnd")
    message = partial_result(marked, "http://127.0.0.1:8890/sparql")
    assert message and "query interrupted by result timeout" in message and "rnd" not in message
    assert partial_result(_headers(Content_Type="application/sparql-results+json"), "u") is None
    assert partial_result(None, "u", "Virtuoso 37000 Error SP030: SPARQL compiler, line 1: syntax error") is None
    assert server_message("Virtuoso 37000 Error SP030: syntax error\n\nSPARQL query:\nSELECT") == \
        "Virtuoso 37000 Error SP030: syntax error"
