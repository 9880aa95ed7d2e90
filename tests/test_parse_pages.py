"""read_page, load_metadata, list_pages: decoding, HTML, bad input, metadata."""

from __future__ import annotations

from pathlib import Path

import pytest

from rcpkg.errors import LoaderError
from rcpkg.loaders.pages import (
    PageMeta, country_from_url, html_to_text, list_pages, load_metadata, read_page,
)

REPO = Path(__file__).resolve().parent.parent
SEED = REPO / "data" / "sources" / "crmsv.org_events_page-3.txt"


def test_seed_page_reads_byte_for_byte_as_utf8():
    meta = load_metadata(SEED.parent)[SEED.name]
    page = read_page(SEED, meta)
    assert page.text == SEED.read_text(encoding="utf-8")
    assert page.url == "https://crmsv.org/events?page=3" and page.layout == "listing" and page.lang == "en"
    assert page.encoding == "utf-8" and page.warnings == ()
    assert len(page.sha256) == 64


def test_utf8_bom_is_dropped(tmp_path):
    p = tmp_path / "bom.txt"
    p.write_bytes("\ufeffTaller en San José\nSan José\n".encode("utf-8"))
    page = read_page(p, PageMeta(p.name, "https://example.org/x"))
    assert page.text.startswith("Taller") and page.encoding == "utf-8-sig"


def test_cp1252_decodes_with_a_warning_naming_the_line(tmp_path):
    p = tmp_path / "win.txt"
    p.write_bytes("Skip\nReunión en San José\n".encode("cp1252"))
    page = read_page(p, PageMeta(p.name, "https://example.org/x"))
    assert "Reunión en San José" in page.text
    assert page.encoding == "cp1252"
    assert [w.line for w in page.warnings] == [2]
    assert "not UTF-8" in page.warnings[0].message


def test_crlf_becomes_newline(tmp_path):
    p = tmp_path / "crlf.txt"
    p.write_bytes(b"Workshop A Managua\r\nWorkshop B Tegucigalpa\r\n")
    assert read_page(p, PageMeta(p.name, "https://example.org/x")).text == "Workshop A Managua\nWorkshop B Tegucigalpa\n"


@pytest.mark.parametrize("data,message", [
    (b"", "empty page"),
    (b"  \n\n\t ", "empty page"),
    (b"PK\x03\x04\x00\x00binary", "binary"),
    (bytes(range(1, 32)) * 20, "binary"),
])
def test_unreadable_pages_raise_loader_error(tmp_path, data, message):
    p = tmp_path / "bad.txt"
    p.write_bytes(data)
    with pytest.raises(LoaderError) as err:
        read_page(p, None)
    assert message in str(err.value) and str(p) in str(err.value)


def test_missing_file_and_folder_raise_loader_error(tmp_path):
    with pytest.raises(LoaderError, match="cannot read"):
        read_page(tmp_path / "nope.txt", None)
    with pytest.raises(LoaderError, match="folder"):
        read_page(tmp_path, None)


def test_page_without_metadata_gets_file_url_and_warning(tmp_path):
    p = tmp_path / "page.txt"
    p.write_text("XIX CRM Managua\n", encoding="utf-8")
    page = read_page(p, None)
    assert page.url == p.resolve().as_uri() and page.url.startswith("file:")
    assert any("no metadata" in w.message for w in page.warnings)


def test_html_is_stripped_keeping_block_structure(tmp_path):
    html = ("<!DOCTYPE html><html><head><title>t</title><script>var a='<p>x</p>';</script></head><body>"
            "<nav><ul><li>Home</li></ul></nav><h1>Taller &amp; Foro</h1><p>Primera línea<br>segunda</p>"
            "<ul><li>uno</li><li>dos</li></ul><a href='/files/agenda.pdf'>Agenda</a></body></html>")
    text = html_to_text(html)
    assert text.splitlines() == ["Taller & Foro", "Primera línea", "segunda", "• uno", "• dos",
                                 "Agenda (/files/agenda.pdf)"]
    p = tmp_path / "p.html"
    p.write_text(html, encoding="utf-8")
    assert read_page(p, None).text == text


@pytest.mark.parametrize("url,iso2", [
    ("https://crmsv.org/en/country/costa-rica", "CR"),
    ("https://rcmvs.org/es/pais/guatemala", "GT"),
    ("https://rcmvs.org/events?country=CR", "CR"),
    ("https://csmigraciones.org/es/pais/republica-dominicana", "DO"),
    ("https://crmsv.org/events?page=3", None),
])
def test_country_from_url(url, iso2):
    assert country_from_url(url) == iso2


def test_metadata_country_and_url_country(tmp_path):
    p = tmp_path / "c.txt"
    p.write_text("Taller\nObjetivo General\nAlgo.\n", encoding="utf-8")
    assert read_page(p, PageMeta(p.name, "https://rcmvs.org/es/pais/honduras")).country == "HN"
    assert read_page(p, PageMeta(p.name, "https://rcmvs.org/es/x", country="PA")).country == "PA"


def _write_meta(tmp_path, body: str) -> Path:
    (tmp_path / "sources.yaml").write_text(body, encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize("body,line,needle", [
    ("pages:\n  - file: a.txt\n    url: https://x.org: y\n", 3, "invalid YAML"),
    ("pages:\n  - file: a.txt\n    lang: en\n", 2, "without 'url:'"),
    ("pages:\n  - url: https://x.org\n", 2, "without 'file:'"),
    ("pages:\n  - file: a.txt\n    url: https://x.org\n    layout: table\n", 4, "unknown layout"),
    ("pages:\n  - file: a.txt\n    url: https://x.org\n    lang: fr\n", 4, "lang must be"),
    ("pages:\n  - file: a.txt\n    url: https://x.org\n    layuot: event\n", 4, "unknown key"),
    ("pages:\n  - file: a.txt\n    url: https://x.org\n    country: ZZ\n", 4, "ISO 3166"),
    ("pages:\n  - file: a.txt\n    url: https://x.org\n  - file: a.txt\n    url: https://y.org\n", 4, "duplicate"),
    ("pages: 3\n", 1, "pages:"),
])
def test_bad_metadata_names_file_and_line(tmp_path, body, line, needle):
    folder = _write_meta(tmp_path, body)
    with pytest.raises(LoaderError) as err:
        load_metadata(folder)
    assert needle in str(err.value)
    assert err.value.line == line and err.value.path.endswith("sources.yaml")


def test_metadata_entries_and_missing_file(tmp_path):
    assert load_metadata(tmp_path) == {}
    folder = _write_meta(tmp_path, "pages:\n  - file: a.txt\n    url: https://x.org/a\n    lang: es\n"
                                   "    layout: country\n    country: gt\n")
    meta = load_metadata(folder)["a.txt"]
    assert (meta.url, meta.lang, meta.layout, meta.country, meta.line) == ("https://x.org/a", "es", "country", "GT", 2)


def test_list_pages_skips_metadata_readme_and_hidden(tmp_path):
    for name in ("b.txt", "a.html", "sources.yaml", "README.md", ".hidden.txt"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    assert [p.name for p in list_pages(tmp_path)] == ["a.html", "b.txt"]
    with pytest.raises(LoaderError):
        list_pages(tmp_path / "missing")
