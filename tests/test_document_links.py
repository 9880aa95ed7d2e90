"""A document link a page prints with characters an IRI cannot hold ("…/a|b{c}.pdf") is stored percent-encoded
(the same address), and the build goes on: it used to end in "internal error" (exit 70) when the page's
N-Quads were written."""

from __future__ import annotations

import pyoxigraph as ox
from test_build_e2e import run

from rcpkg.loaders.layouts.assemble import documents_in

SOURCES = """pages:
  - file: p.txt
    url: https://crmsv.org/en/events/x
    layout: event
    lang: en
"""


def test_documents_in_encodes_what_an_iri_cannot_hold():
    assert documents_in("See https://x.org/a|b{c}^d`e.pdf and https://x.org/ok.pdf.") == (
        "https://x.org/a%7Cb%7Bc%7D%5Ed%60e.pdf", "https://x.org/ok.pdf")
    assert documents_in("Informe: https://x.org/informe-2019.pdf") == ("https://x.org/informe-2019.pdf",)


def test_a_page_with_such_a_link_builds(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    (src / "sources.yaml").write_text(SOURCES, encoding="utf-8")
    (src / "p.txt").write_text("Taller Regional sobre Migración Laboral\nSan Salvador, El Salvador\n"
                               "3 y 4 de marzo de 2021\n\nLo organizó la OIM. Informe: https://crmsv.org/docs/a|b.pdf\n",
                               encoding="utf-8")
    proc = run("build", "--sources", str(src), "--store", str(tmp_path / "store"), "--no-explorer", "-q")
    assert proc.returncode == 0, proc.stderr
    store = ox.Store.read_only(str(tmp_path / "store"))
    see_also = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#seeAlso")
    assert [q.object.value for q in store.quads_for_pattern(None, see_also, None, None)] == [
        "https://crmsv.org/docs/a%7Cb.pdf"]
