"""The build loads the pages' N-Quads with Oxigraph's lenient parser (rcpkg.nquads.LENIENT): the text
rcpkg.nquads writes must be valid by construction, so that the lenient parser reads exactly what the
strict one reads, and what the strict one would refuse never reaches the writer's output."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Literal, URIRef

from rcpkg import resources
from rcpkg.build.pages import PageProcessor
from rcpkg.build.report import BuildReport, PageReport, Timer
from rcpkg.loaders.pages import load_metadata
from rcpkg.loaders.reference import load_reference
from rcpkg.nquads import iri, lines

HELD_OUT = Path(__file__).parent / "fixtures"


def _page_texts(sources: Path) -> list[str]:
    processor = PageProcessor(load_reference(resources.reference_dir()))
    meta = load_metadata(sources)
    out = []
    for name in sorted(meta):
        report = PageReport(file=name)
        graph = processor.process(sources / name, meta[name], report, Timer(BuildReport(store="", sources="")))
        if graph is not None:
            out.append(lines(graph, URIRef(report.graph)))
    return out


@pytest.mark.parametrize("sources", [resources.bundled_sources_dir(), HELD_OUT / "heldout30", HELD_OUT / "heldout12"],
                         ids=["bundled", "heldout30", "heldout12"])
def test_lenient_reads_what_strict_reads(sources):
    data = "".join(_page_texts(sources)).encode("utf-8")
    strict, lenient = ox.Store(), ox.Store()
    strict.bulk_load(data, format=ox.RdfFormat.N_QUADS)
    lenient.bulk_load(data, format=ox.RdfFormat.N_QUADS, lenient=True)
    assert len(strict) > 1000
    assert set(strict) == set(lenient)


@pytest.mark.parametrize("bad", ["crmsv.org/es/eventos", "/es/eventos", "eventos#1", "http://x.org/a b",
                                 'http://x.org/"q"', "http://x.org/<a>", ""])
def test_the_writer_refuses_what_strict_n_quads_refuses(bad):
    with pytest.raises(ValueError):
        iri(bad)
    with pytest.raises(ValueError):
        lines([(URIRef("http://x.org/s"), URIRef("http://x.org/p"), URIRef(bad))], URIRef("http://x.org/g"))
    with pytest.raises(SyntaxError):  # what the strict parser says of the same line
        ox.Store().load(f'<http://x.org/s> <http://x.org/p> <{bad}> <http://x.org/g> .\n'.encode(),
                        format=ox.RdfFormat.N_QUADS)


def test_literals_and_language_tags_read_alike():
    triples = [(URIRef("http://x.org/s"), URIRef("http://x.org/p"), Literal(text, lang=lang))
               for text in ('say "hi"\n\tback\\slash', "ü\u0001\u007f", "") for lang in (None, "es", "en-GB")]
    data = lines(triples, URIRef("http://x.org/g")).encode("utf-8")
    strict, lenient = ox.Store(), ox.Store()
    strict.load(data, format=ox.RdfFormat.N_QUADS)
    lenient.load(data, format=ox.RdfFormat.N_QUADS, lenient=True)
    assert set(strict) == set(lenient) and len(strict) == 9
