"""The derived graph: what SPARQL Update infers from the page graphs, and the places they link to.

`rcp:involves` for every sub-property the pages assert, one `rdfs:label` per language for each
series, `schema:subEvent` back from every `schema:superEvent`, the display names of extracted
institutions, and the city and country nodes (from GeoNames and pycountry) stated once. Of the
whole store, or in an incremental build of the events, series and places the changed pages touch.
"""

from __future__ import annotations

from rcpkg import iris
from rcpkg.namespaces import RCP, SDO, sparql_prefixes

_RCP_RDFS = sparql_prefixes("rcp", "rdfs")
_RCP_RDFS_SKOS = sparql_prefixes("rcp", "rdfs", "skos")

DERIVED_UPDATES = (
    # rcp:involves for every sub-property the page graphs assert
    _RCP_RDFS + """INSERT { GRAPH <%(derived)s> { ?event rcp:involves ?agent } }
WHERE { %(events)s GRAPH <%(ontology)s> { ?p rdfs:subPropertyOf+ rcp:involves }
        GRAPH ?g { ?event ?p ?agent } }""",
    # one rdfs:label per language for each series: the shortest of the names pages give it
    _RCP_RDFS_SKOS + """INSERT { GRAPH <%(derived)s> { ?series rdfs:label ?label } }
WHERE {
  { SELECT ?series ?lang (MIN(?len) AS ?shortest) WHERE { %(series)s
      GRAPH ?g { ?series a rcp:EventSeries ; skos:altLabel ?alt }
      BIND(LANG(?alt) AS ?lang) BIND(STRLEN(STR(?alt)) AS ?len) } GROUP BY ?series ?lang }
  { SELECT ?series ?lang ?len (MIN(STR(?alt)) AS ?text) WHERE { %(series)s
      GRAPH ?g { ?series a rcp:EventSeries ; skos:altLabel ?alt }
      BIND(LANG(?alt) AS ?lang) BIND(STRLEN(STR(?alt)) AS ?len) } GROUP BY ?series ?lang ?len }
  FILTER(?len = ?shortest)
  BIND(STRLANG(?text, ?lang) AS ?label)
}""",
    # schema:subEvent back from every schema:superEvent
    sparql_prefixes("schema") + """INSERT { GRAPH <%(derived)s> { ?series schema:subEvent ?event } }
WHERE { %(series)s GRAPH ?g { ?event schema:superEvent ?series } }""",
)

# What the derived triples of some events and series are, to delete before recomputing them.
DERIVED_DELETES = (
    sparql_prefixes("rcp") + """DELETE { GRAPH <%(derived)s> { ?event rcp:involves ?agent } }
WHERE { %(events)s GRAPH <%(derived)s> { ?event rcp:involves ?agent } }""",
    sparql_prefixes("rdfs", "schema") + """DELETE { GRAPH <%(derived)s> { ?series ?p ?o } }
WHERE { %(series)s GRAPH <%(derived)s> { ?series ?p ?o } VALUES ?p { rdfs:label schema:subEvent } }""",
)

# An extracted institution's display names: the longest of the names its pages give it, per
# language (skos:altLabel in the page graphs), as rdfs:label and skos:prefLabel.
EXTRACTED_LABELS = (
    _RCP_RDFS_SKOS + """DELETE { GRAPH <%(derived)s> { ?x ?p ?o } }
WHERE { GRAPH <%(derived)s> { ?x ?p ?o } VALUES ?p { rdfs:label skos:prefLabel }
        FILTER(STRSTARTS(STR(?x), "%(extracted)s")) }""",
    _RCP_RDFS_SKOS + """INSERT { GRAPH <%(derived)s> { ?x rdfs:label ?label ; skos:prefLabel ?label } }
WHERE {
  { SELECT ?x ?lang (MAX(?key) AS ?best) WHERE {
      GRAPH ?g { ?x a rcp:ExtractedInstitution ; skos:altLabel ?alt }
      BIND(LANG(?alt) AS ?lang)
      BIND(CONCAT(SUBSTR(STR(10000 + STRLEN(STR(?alt))), 2), STR(?alt)) AS ?key) } GROUP BY ?x ?lang }
  BIND(STRLANG(SUBSTR(?best, 5), ?lang) AS ?label)
}""",
)

AFFECTED = sparql_prefixes("rcp", "schema") + """SELECT DISTINCT ?node ?kind WHERE {
  VALUES ?g { %s }
  GRAPH ?g { { ?node a rcp:Event BIND("event" AS ?kind) } UNION { ?node a rcp:EventSeries BIND("series" AS ?kind) } }
}"""

PLACE_PREFIX = iris.ID + "place/"
PLACES_USED = sparql_prefixes("schema", "rcp") + """SELECT DISTINCT ?place WHERE {
  VALUES ?p { schema:location schema:containedInPlace rcp:country rcp:concernsCountry }
  GRAPH ?g { ?s ?p ?place }
  FILTER(ISIRI(?place) && STRSTARTS(STR(?place), "%s"))
}""" % PLACE_PREFIX
_PLACE_LINKS = (str(SDO.location), str(SDO.containedInPlace), str(RCP.country), str(RCP.concernsCountry))
_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"


def affected_nodes(store, graphs: list[str]) -> tuple[set[str], set[str]]:
    """The events and series that `graphs` state something about (their derived triples depend on them)."""
    events: set[str] = set()
    series: set[str] = set()
    if not graphs:
        return events, series
    for row in store.query(AFFECTED % " ".join(f"<{g}>" for g in graphs)):
        (events if row["kind"].value == "event" else series).add(row["node"].value)
    return events, series


def places_in(store, graphs: list[str]) -> set[str]:
    """The city and country IRIs that `graphs` link to."""
    import pyoxigraph as ox

    found: set[str] = set()
    for graph in graphs:
        for link in _PLACE_LINKS:
            for q in store.quads_for_pattern(None, ox.NamedNode(link), None, ox.NamedNode(graph)):
                if isinstance(q.object, ox.NamedNode) and q.object.value.startswith(PLACE_PREFIX):
                    found.add(q.object.value)
    return found


def place_statements(places: set[str], stated: set[str] = frozenset()):
    """The triples stating each place: labels, codes, GeoNames link, a city's country (with it);
    nothing about the nodes in `stated` (the countries the reference data already states)."""
    from rcpkg.loaders.triples import Triples, add_city, add_country

    out = Triples()
    for iri in sorted(places):
        kind, _, key = iri[len(PLACE_PREFIX):].partition("/")
        try:
            if kind == "city":
                add_city(out, int(key))
            elif kind == "country":
                add_country(out, key)
        except (KeyError, ValueError):
            continue  # not a GeoNames city or ISO country: the shapes report the dangling link
    return [t for t in out if str(t[0]) not in stated] if stated else out


def place_triples(store, only: set[str] | None = None) -> None:
    """The city and country nodes every page links to, stated once in the derived graph.

    Pages only link to `id:place/city/<geonameid>` and `id:place/country/<ISO2>`; the
    nodes' labels, codes, GeoNames links and containment come from GeoNames and
    pycountry here. Stating them in each page's graph would repeat them in every page
    (a union-graph query then meets each label once per page).

    With `only` (an incremental build: the places the changed pages link to, before
    and after the change), only those places and their countries are stated again,
    and dropped when nothing links to them any more."""
    import pyoxigraph as ox

    from rcpkg.oxi import ToOxigraph

    derived = ox.NamedNode(str(iris.DERIVED_GRAPH))
    if only is None:
        used = {row["place"].value for row in store.query(PLACES_USED)}
    else:
        candidates = set(only)
        candidates |= {str(t[2]) for t in place_statements({p for p in only if "/city/" in p})
                       if str(t[1]) == _PLACE_LINKS[1]}
        for node in candidates:
            for q in list(store.quads_for_pattern(ox.NamedNode(node), None, None, derived)):
                store.remove(q)
        used = set()
        for node in candidates:
            linked = (q for link in _PLACE_LINKS
                      for q in store.quads_for_pattern(None, ox.NamedNode(link), ox.NamedNode(node), None))
            if any(q.graph_name != derived or q.predicate.value == _PLACE_LINKS[1] for q in linked):
                used.add(node)  # linked from a page, or the country of a city still stated
    # countries the reference data already states (governments' countries) are not repeated
    in_reference = {q.subject.value for q in store.quads_for_pattern(
        None, ox.NamedNode(_RDF_TYPE), ox.NamedNode(str(RCP.Country)), ox.NamedNode(str(iris.REFERENCE_GRAPH)))}
    places = place_statements(used, in_reference)
    store.extend(ToOxigraph().quads(places, iris.DERIVED_GRAPH))


def compute_derived(store, *, only: tuple[set[str], set[str], set[str]] | None = None) -> None:
    """The derived graph: of the whole store, or (`only`) of some events, series and places."""
    import pyoxigraph as ox

    names = {"derived": str(iris.DERIVED_GRAPH), "ontology": str(iris.ONTOLOGY_GRAPH), "events": "", "series": "",
             "extracted": iris.EXTRACTED_PREFIX}
    if only is None:
        store.remove_graph(ox.NamedNode(str(iris.DERIVED_GRAPH)))
        store.add_graph(ox.NamedNode(str(iris.DERIVED_GRAPH)))
        place_triples(store)
    else:
        events, series, places = only
        place_triples(store, places)
    for update in EXTRACTED_LABELS:  # few nodes: always recomputed whole, whatever changed
        store.update(update % names)
    if only is not None:
        if not events and not series:
            return
        names["events"] = "VALUES ?event { %s }" % " ".join(f"<{e}>" for e in sorted(events))
        names["series"] = "VALUES ?series { %s }" % " ".join(f"<{x}>" for x in sorted(series))
        for delete in DERIVED_DELETES:
            store.update(delete % names)
    for update in DERIVED_UPDATES:
        store.update(update % names)


def derive(store, plan, changed: list[str], affected) -> None:
    """The derived graph after the pages loaded: whole, or (pages kept from the previous store)
    only what the changed pages' events, series and places derive, with what the dropped and
    re-minted pages' ones did (`affected`)."""
    if plan.reusable:
        new_events, new_series = affected_nodes(store, changed)
        compute_derived(store, only=(affected[0] | new_events, affected[1] | new_series,
                                     affected[2] | places_in(store, changed)))
    else:
        compute_derived(store)
