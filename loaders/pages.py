"""Reading source pages: the metadata file, the page files, decoding.

- :func:`load_metadata` reads ``sources.yaml`` (see ``data/sources/sources.yaml``
  for the format) into :class:`PageMeta` values keyed by file name.
- :func:`read_page` does I/O and decoding only and returns a
  :class:`~rcpkg.loaders.records.Page`; what it had to guess (encoding, a
  missing metadata entry) is in ``page.warnings``.
- :func:`list_pages` lists the page files of a sources folder.
"""

from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass
from datetime import date
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlparse

from rcpkg.errors import LoaderError
from rcpkg.loaders.records import LoadWarning, Page

LAYOUTS = ("listing", "event", "fields", "country", "news")
LANGS = ("en", "es")
METADATA_FILE = "sources.yaml"
# characters an IRI may not hold (RFC 3987): the page's URL is its IRI in the graph
_NOT_IN_IRI = re.compile(r'[\s<>"{}|\\^`]')
_KEYS = {"file", "url", "lang", "layout", "country", "note", "title", "retrieved", "published"}


@dataclass(frozen=True, slots=True)
class PageMeta:
    """One entry of ``sources.yaml``."""

    file: str
    url: str
    lang: str | None = None
    layout: str | None = None
    country: str | None = None
    note: str | None = None
    line: int | None = None  # where the entry starts in sources.yaml
    published: str | None = None  # a news article's publication date (ISO, checked), when the page does not print it


# --- metadata ------------------------------------------------------------------------------

def load_metadata(sources_dir: str | Path) -> dict[str, PageMeta]:
    """The entries of ``<sources_dir>/sources.yaml`` by file name ({} when there is no such file)."""
    import yaml

    path = Path(sources_dir) / METADATA_FILE
    if not path.exists():
        return {}
    try:
        raw = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise LoaderError(f"cannot read the sources metadata: {exc}", path=path) from None
    try:
        root = yaml.compose(raw, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))  # libyaml when present
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise LoaderError(f"invalid YAML: {getattr(exc, 'problem', None) or exc}", path=path,
                          line=mark.line + 1 if mark else None) from None
    if root is None:
        return {}
    pages = None
    if isinstance(root, yaml.MappingNode):
        for k, v in root.value:
            if k.value == "pages":
                pages = v
    if not isinstance(pages, yaml.SequenceNode):
        raise LoaderError("expected a top-level 'pages:' list", path=path, line=root.start_mark.line + 1)
    out: dict[str, PageMeta] = {}
    for node in pages.value:
        line = node.start_mark.line + 1
        if not isinstance(node, yaml.MappingNode):
            raise LoaderError("each page entry must be a mapping (file:, url:, …)", path=path, line=line)
        entry: dict[str, object] = {}
        at = {k.value: k.start_mark.line + 1 for k, _ in node.value}  # the line of each key: errors name it
        for k, v in node.value:
            if not isinstance(v, yaml.ScalarNode):
                raise LoaderError(f"the value of {k.value!r} must be a plain value", path=path,
                                  line=k.start_mark.line + 1)
            entry[k.value] = yaml.safe_load(v.value) if v.tag.endswith(":null") else v.value
        unknown = set(entry) - _KEYS
        if unknown:
            raise LoaderError(f"unknown key(s) in page entry; allowed: {', '.join(sorted(_KEYS))}", path=path,
                              line=at[sorted(unknown)[0]], value=sorted(unknown)[0])
        for key in ("file", "url"):
            if not entry.get(key):
                raise LoaderError(f"page entry without '{key}:'", path=path, line=line)
        file, url = str(entry["file"]), str(entry["url"])
        if not re.match(r"^(https?|file):", url):
            raise LoaderError("url must start with http://, https:// or file:", path=path, line=at["url"], value=url)
        bad = _NOT_IN_IRI.search(url)
        if bad:
            raise LoaderError(f"url holds {bad.group()!r}, which an IRI cannot hold: write it percent-encoded "
                              f"({'%' + format(ord(bad.group()), '02X') if bad.group().strip() else '%20'}), "
                              "as the browser's address bar shows it", path=path, line=at["url"], value=url)
        lang = entry.get("lang")
        if lang is not None and lang not in LANGS:
            raise LoaderError(f"lang must be one of {', '.join(LANGS)}", path=path, line=at["lang"], value=lang)
        layout = entry.get("layout")
        if layout is not None and layout not in LAYOUTS:
            raise LoaderError(f"unknown layout; use one of {', '.join(LAYOUTS)}", path=path, line=at["layout"],
                              value=layout)
        country = entry.get("country")
        if country is not None:
            country = str(country).upper()
            if not _valid_iso2(country):
                raise LoaderError("country must be an ISO 3166-1 alpha-2 code", path=path, line=at["country"],
                                  value=entry.get("country"))
        published = entry.get("published")
        if published is not None:
            try:
                published = date.fromisoformat(str(published)).isoformat()
            except ValueError:
                raise LoaderError("published must be an ISO date (YYYY-MM-DD)", path=path, line=at["published"],
                                  value=entry.get("published")) from None
        if file in out:
            raise LoaderError("duplicate entry for this file", path=path, line=line, value=file)
        out[file] = PageMeta(file, url, lang, layout, country, entry.get("note"), line,  # type: ignore[arg-type]
                             published)
    return out


def _valid_iso2(code: str) -> bool:
    import pycountry

    return bool(re.fullmatch(r"[A-Z]{2}", code)) and pycountry.countries.get(alpha_2=code) is not None


def list_pages(sources_dir: str | Path) -> list[Path]:
    """The page files of a sources folder, sorted (not the metadata, READMEs or hidden files)."""
    root = Path(sources_dir)
    if not root.is_dir():
        raise LoaderError("not a folder of source pages", path=root)
    with os.scandir(root) as entries:  # the entries' file types come with the listing: no stat per file
        names = sorted(
            e.name for e in entries
            if e.is_file() and not e.name.startswith((".", "_")) and e.name != METADATA_FILE
            and not e.name.upper().startswith("README")
            and os.path.splitext(e.name)[1].lower() not in {".yaml", ".yml", ".py", ".pyc"}
        )
    return [root / name for name in names]


# --- decoding ------------------------------------------------------------------------------

_HTML_TAG = re.compile(r"<(?:!doctype\s+html|html|head|body|div|p|a\s|h[1-6]|br|span|li|ul|table|section|article)\b",
                       re.IGNORECASE)


def _decode(data: bytes, path: str) -> tuple[str, str, list[LoadWarning]]:
    warnings: list[LoadWarning] = []
    if data.startswith(b"\xef\xbb\xbf"):
        data, bom = data[3:], True
    else:
        bom = False
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16", warnings
        except UnicodeDecodeError:
            raise LoaderError("not valid UTF-16 text although it starts with a UTF-16 byte-order mark",
                              path=path) from None
    if b"\x00" in data:
        raise LoaderError("binary file (NUL bytes): not a text or HTML page", path=path,
                          line=data[: data.index(b"\x00")].count(b"\n") + 1)
    try:
        return data.decode("utf-8"), "utf-8-sig" if bom else "utf-8", warnings
    except UnicodeDecodeError as exc:
        bad_line = data[: exc.start].count(b"\n") + 1
        try:
            text, enc = data.decode("cp1252"), "cp1252"
        except UnicodeDecodeError:
            text, enc = data.decode("latin-1"), "latin-1"
        warnings.append(LoadWarning(path, bad_line, f"not UTF-8; decoded as {enc}",
                                    data[exc.start:exc.start + 8].hex(" ")))
        return text, enc, warnings


# control characters other than tab, newline, carriage return and form feed, and the C1 controls
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")


def _check_text(text: str, path: str) -> None:
    if not text.strip():
        raise LoaderError("empty page", path=path)
    controls = len(_CONTROLS.findall(text))
    if controls > max(3, len(text) // 50):
        raise LoaderError("binary file (control characters): not a text or HTML page", path=path)


def looks_like_html(text: str) -> bool:
    head = text[:4000]
    return head.lstrip().lower().startswith(("<!doctype html", "<html")) or len(_HTML_TAG.findall(head)) >= 2


_BLOCK = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "section",
          "article", "header", "footer", "nav", "main", "aside", "dd", "dt", "dl", "blockquote", "hr", "title",
          "figure", "figcaption", "form", "pre", "address", "td", "th"}
_SKIP = {"script", "style", "head", "noscript", "template", "svg", "iframe", "nav"}
_DOCUMENT = re.compile(r"\.(pdf|docx?|xlsx?|pptx?|odt|zip|rtf)(\?|#|$)|/sites/default/files/|/documentos?/",
                       re.IGNORECASE)


class _TextExtractor(HTMLParser):
    """HTML → text that keeps the block structure as lines; list items get a "•"
    bullet; links to documents keep their URL in parentheses after their text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self.current: list[str] = []
        self.skip = 0
        self.hrefs: list[str | None] = []

    def _flush(self) -> None:
        line = " ".join("".join(self.current).split())
        self.current = []
        if line:
            self.lines.append(line)

    def handle_starttag(self, tag, attrs):
        if tag in _SKIP:
            self.skip += 1
            return
        if self.skip:
            return
        if tag in _BLOCK:
            self._flush()
        if tag == "li":
            self.current.append("• ")
        if tag == "a":
            href = dict(attrs).get("href")
            self.hrefs.append(href if href and _DOCUMENT.search(href) else None)

    def handle_startendtag(self, tag, attrs):
        if tag in _BLOCK:
            self._flush()

    def handle_endtag(self, tag):
        if tag in _SKIP:
            self.skip = max(0, self.skip - 1)
            return
        if self.skip:
            return
        if tag == "a" and self.hrefs:
            href = self.hrefs.pop()
            if href:
                self.current.append(f" ({href})")
        if tag in _BLOCK:
            self._flush()

    def handle_data(self, data):
        if not self.skip:
            self.current.append(data)

    def text(self) -> str:
        self._flush()
        return "\n".join(self.lines) + "\n"


def html_to_text(html: str) -> str:
    parser = _TextExtractor()
    parser.feed(html)
    parser.close()
    return parser.text()


# --- pages ---------------------------------------------------------------------------------

def country_from_url(url: str) -> str | None:
    """The country of a country page from its URL (".../country/costa-rica", "/pais/guatemala", "?country=CR")."""
    from rcpkg.loaders.places import resolve_country

    parsed = urlparse(url)
    for key in ("country", "pais", "país"):
        for value in parse_qs(parsed.query).get(key, []):
            found = resolve_country(value.upper() if len(value) == 2 else value.replace("-", " "))
            if found:
                return found.iso2
    # issue 13 (round 11): also "/member-countries/belize", "/member-states/ecuador", "/paises-miembros/…",
    # "/estados-miembros/bolivia"
    m = re.search(r"/(?:country|countries|pais|paises|país|países|member-countries|member-states|paises-miembros|"
                  r"países-miembros|estados-miembros)/([^/?#]+)", unquote(parsed.path), re.IGNORECASE)
    if m:
        value = m.group(1)
        found = resolve_country(value.upper() if len(value) == 2 else value.replace("-", " ").replace("_", " "))
        if found:
            return found.iso2
    return None


def read_page(path: str | Path, meta: PageMeta | None = None) -> Page:
    """Read and decode one page file. I/O and decoding only; no parsing.

    UTF-8 (with or without BOM) is expected; other bytes are decoded as
    cp1252 (else Latin-1) with a warning. HTML is turned into text lines.
    Line ends become "\\n". Warnings are in ``page.warnings``.
    """
    p = Path(path)
    shown = str(path)
    try:
        data = p.read_bytes()
    except IsADirectoryError:
        raise LoaderError("is a folder, not a page file", path=shown) from None
    except OSError as exc:
        raise LoaderError(f"cannot read the page: {exc.strerror or exc}", path=shown) from None
    if not data.strip():
        raise LoaderError("empty page", path=shown)
    text, encoding, warnings = _decode(data, shown)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    _check_text(text, shown)
    if looks_like_html(text):
        text = html_to_text(text)
        if not text.strip():
            raise LoaderError("HTML page without any text", path=shown)
    if meta is None:
        url = p.resolve().as_uri()
        warnings.append(LoadWarning(shown, None, "no metadata entry in sources.yaml; using the file's URL", url))
        lang = layout = country = published = None
    else:
        url, lang, layout, country = meta.url, meta.lang, meta.layout, meta.country
        published = date.fromisoformat(meta.published) if meta.published else None
    if country is None:
        country = country_from_url(url)
    return Page(
        path=shown, url=url, text=text, lang=lang, layout=layout, country=country,
        sha256=hashlib.sha256(data).hexdigest(), encoding=encoding, warnings=tuple(warnings), published=published,
    )
