"""Write the store's graph in the standard RDF formats, atomically."""

from __future__ import annotations

import json
import os
import sys
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Iterator

from rcpkg import resources
from rcpkg.namespaces import prefixes

RDF_FORMATS = ("ttl", "nt", "nq", "trig", "jsonld")
QUAD_FORMATS = ("nq", "trig")

# for Turtle / TriG output and for compacting IRIs in tables (rcpkg.output)
PREFIXES = prefixes("rcp", "id", "graph", "schema", "org", "prov", "oa", "skos", "dcterms", "gn", "time", "rdfs",
                    "owl", "xsd")


@contextmanager
def atomic_output(out: Path | None, binary: bool = True) -> Iterator[IO]:
    """Write to a temporary file beside `out` and rename it into place when done
    (or to stdout when `out` is None). A failure leaves `out` as it was."""
    if out is None:
        yield sys.stdout.buffer if binary else sys.stdout
        (sys.stdout.buffer if binary else sys.stdout).flush()
        return
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".tmp", dir=out.parent)
    try:
        with os.fdopen(fd, "wb" if binary else "w", **({} if binary else {"encoding": "utf-8", "newline": ""})) as handle:
            yield handle
        os.replace(tmp, out)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def jsonld_context() -> dict:
    return json.loads(resources.jsonld_context_file().read_text(encoding="utf-8"))


def export_rdf(store, fmt: str, out: Path | None) -> None:
    """Write the whole dataset: quad formats keep the named graphs, triple formats merge them."""
    import pyoxigraph as ox

    if fmt not in RDF_FORMATS:
        raise ValueError(fmt)
    with atomic_output(out) as handle:
        if fmt == "nq":
            store.dump(handle, format=ox.RdfFormat.N_QUADS)
        elif fmt == "trig":
            ox.serialize(store.quads_for_pattern(None, None, None, None), handle,
                         format=ox.RdfFormat.TRIG, prefixes=PREFIXES)
        elif fmt in ("ttl", "nt"):
            triples = _union_triples(store)
            ox.serialize(triples, handle,
                         format=ox.RdfFormat.TURTLE if fmt == "ttl" else ox.RdfFormat.N_TRIPLES,
                         **({"prefixes": PREFIXES} if fmt == "ttl" else {}))
        else:  # jsonld, compacted with the shipped context
            from rdflib import Graph

            from rcpkg.oxi import to_rdflib

            graph = Graph()
            for t in _union_triples(store):
                graph.add((to_rdflib(t.subject), to_rdflib(t.predicate), to_rdflib(t.object)))
            text = graph.serialize(format="json-ld", context=jsonld_context()["@context"], auto_compact=True)
            handle.write(text.encode("utf-8"))


def _union_triples(store):
    import pyoxigraph as ox

    seen: set = set()
    for q in store.quads_for_pattern(None, None, None, None):
        t = ox.Triple(q.subject, q.predicate, q.object)
        if t not in seen:
            seen.add(t)
            yield t
