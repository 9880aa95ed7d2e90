"""Fuzzing: random and mutated pages make read_page / parse_page either succeed
or raise LoaderError — never another exception. Every span stays verbatim."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rcpkg.errors import LoaderError
from rcpkg.loaders.layouts import LAYOUTS, parse_page
from rcpkg.loaders.pages import PageMeta, read_page
from rcpkg.loaders.records import Page

REPO = Path(__file__).resolve().parent.parent
SOURCES = sorted((REPO / "data" / "sources").glob("*.txt")) + sorted(
    p for p in (REPO / "tests" / "fixtures" / "pages").iterdir() if p.name != "sources.yaml")
assert SOURCES, "no pages to mutate"

# Profiles are registered here and applied per test (never loaded globally).
settings.register_profile("parse-default", max_examples=200, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
settings.register_profile("parse-ci", max_examples=2000, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
PROFILE = settings.get_profile("parse-ci" if os.environ.get("CI", "").lower() == "true" else "parse-default")

TEXTS = [p.read_bytes() for p in SOURCES]
INJECT = ["<p>", "</div>", "<br/>", "<a href='x.pdf'>", "&amp;", "\x00", "\u00a0", "•", " - ", "XXI RCM ",
          "GENERAL OBJECTIVE\n", "Ciudad\n", "Fecha\n", "About the event:\n", "San José\n", "Virtual session\n",
          "\r\n", "\ufeff", "Objetivo General\n", "Design by X\n", "“", "\"", " / "]


@st.composite
def mutated(draw) -> bytes:
    data = draw(st.sampled_from(TEXTS))
    text = data.decode("utf-8", errors="replace")
    start = draw(st.integers(0, max(0, len(text) - 1)))
    text = text[start:start + draw(st.integers(0, 2500))]
    lines = text.split("\n")
    for _ in range(draw(st.integers(0, 6))):
        op = draw(st.sampled_from(["delete", "duplicate", "inject", "swap"]))
        if not lines:
            break
        i = draw(st.integers(0, len(lines) - 1))
        if op == "delete":
            del lines[i]
        elif op == "duplicate":
            lines.insert(i, lines[i])
        elif op == "inject":
            pos = draw(st.integers(0, len(lines[i])))
            lines[i] = lines[i][:pos] + draw(st.sampled_from(INJECT)) + lines[i][pos:]
        else:
            j = draw(st.integers(0, len(lines) - 1))
            lines[i], lines[j] = lines[j], lines[i]
    text = "\n".join(lines)
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "latin-1", "utf-16"]))
    return text.encode(encoding, errors="replace")


def _check(page: Page) -> None:
    result = parse_page(page)
    for e in result.events:
        spans = [e.span, e.kind_span, e.description, e.venue, e.coordinating, e.subtitle and e.subtitle.span]
        spans += [t.span for t in e.titles] + [s.span for s in e.sections] + [o.span for o in e.objectives]
        for s in spans:
            if s is not None:
                assert page.text[s.start:s.end] == s.exact


def _read_and_parse(data: bytes, layout: str | None) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "page.txt"
        path.write_bytes(data)
        try:
            page = read_page(path, PageMeta(path.name, "https://crmsv.org/en/country/honduras", "en", layout))
        except LoaderError:
            return
    try:
        _check(page)
    except LoaderError:
        pass


@settings(PROFILE)
@given(mutated(), st.sampled_from((None,) + LAYOUTS))
def test_mutated_pages_read_and_parse_or_raise_loader_error(data, layout):
    _read_and_parse(data, layout)


@settings(PROFILE)
@given(st.binary(max_size=600), st.sampled_from((None,) + LAYOUTS))
def test_random_bytes_read_and_parse_or_raise_loader_error(data, layout):
    _read_and_parse(data, layout)


@settings(PROFILE)
@given(st.text(max_size=600), st.sampled_from((None,) + LAYOUTS), st.sampled_from([None, "en", "es"]))
def test_random_text_parses_or_raises_loader_error(text, layout, lang):
    try:
        _check(Page(path="fuzz.txt", url="https://rcmvs.org/es/pais/guatemala", text=text, lang=lang,
                    layout=layout, country="GT"))
    except LoaderError:
        pass
