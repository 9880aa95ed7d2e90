"""Country pages whose events are each a title, a head line and a paragraph (issue 13, round 13, country3):
head lines whose parts are set apart by pictograms or runs of spaces ("📍 Lima   📅 3 May 2019"), a place with a
year only ("Montevideo, 2012"), a date with its clock time in a named zone ("10:00 (local time)"); a title that
names no event kind but has a dated head line under it; "(read more)" links between events; and the page's own
lines after the last event (a "See also:" line, a footer with a dash) kept out of every event. Pages written for
these tests (not the held-out pages' text)."""

from __future__ import annotations

from datetime import date

import pytest

from rcpkg.loaders.layouts import blocks, parse_page
from rcpkg.loaders.layouts.country import _head_parts, _is_head_line, _link_line
from rcpkg.loaders.pages import country_from_url
from rcpkg.loaders.records import Page


def _page(text: str, url: str, lang: str) -> Page:
    return Page(path="p.txt", url=url, text=text, lang=lang, layout="country", country=country_from_url(url))


def _summary(events):
    return [(e.titles[0].text, e.place.span.exact if e.place else None, e.dates and (e.dates.start, e.dates.end))
            for e in events]


# -- head lines ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("line, kinds", [
    ("📍 Lima   📅 3 May 2019", [("place", "Lima"), ("date", "3 May 2019")]),
    ("🗓️ 12/08/2022 📌 Asunción", [("date", "12/08/2022"), ("place", "Asunción")]),
    ("Montevideo   5 y 6 de junio de 2018", [("place", "Montevideo"), ("date", "5 y 6 de junio de 2018")]),
    ("Montevideo, 2012", [("year", "2012"), ("place", "Montevideo")]),
    ("Lima · 3 May 2019 · 10:00 (UTC−5)", [("place", "Lima"), ("date", "3 May 2019"), ("time", "10:00 (UTC−5)")]),
    ("La Paz · 2015", [("place", "La Paz"), ("year", "2015")]),
    ("Thu, 7 October 2021 - 15:00 (local time) · online",
     [("date", "Thu, 7 October 2021"), ("time", "15:00 (local time)"), ("place", "online")]),
    ("jueves 7 de octubre de 2021 - 15:00 (hora local) · en línea",
     [("date", "jueves 7 de octubre de 2021"), ("time", "15:00 (hora local)"), ("place", "en línea")]),
])
def test_head_line_parts(line, kinds):
    parts = _head_parts(line, 0, len(line), "dmy")
    assert sorted((k, line[s:e]) for k, s, e in parts) == sorted(kinds)
    assert _is_head_line(blocks.split_lines(line)[0])


@pytest.mark.parametrize("line", ["2012", "Founded in 2012", "Member since 2012, with Chile and Peru",
                                  "Home   About us   Member Countries   Events", "📍 📅"])
def test_no_head_lines(line):
    assert not _is_head_line(blocks.split_lines(line)[0])


@pytest.mark.parametrize("line, link", [("(read more)", True), ("[Leer más]", True), ("Ver más", True),
                                        ("(Lima, 2019)", False), ("Read the report of the 2019 meeting", False)])
def test_link_lines(line, link):
    assert _link_line(line) is link


# -- pages ---------------------------------------------------------------------------------------------------

EN_PAGE = """Skip to content
South American Conference on Migration
Home   About   Member States   News
Member States › Paraguay

PARAGUAY
Capital: Asunción · Focal point: Ministry of Foreign Affairs

Paraguay has taken part in the Conference since its first meeting.

Subregional Consultation on Temporary Workers
📍 Asunción   📅 12/08/2022
The Ministry of Labour of Paraguay hosted the consultation with the support of the ILO.
(read more)

Technical Mission on Civil Registration
Montevideo, 2012
Officials of Paraguay visited the civil registry of Uruguay.
(read more)

Binational Exchange on Border Health
Thu, 7 October 2021 - 15:00 (local time) · online
The Ministry of Health of Paraguay and the Ministry of Health of Argentina convened the exchange.

See also: Paraguay country profile (PDF) · Migration statistics
Technical Secretariat of the Conference – Regional Office · Buenos Aires, Argentina
"""

ES_PAGE = """Ir al contenido
Conferencia Regional sobre Migración
Inicio   Países miembros   Eventos   Documentos
Inicio > Países miembros > Honduras

República de Honduras
Punto focal: Instituto Nacional de Migración

Honduras participa en los grupos de trabajo de la Conferencia.

Intercambio Binacional sobre Salud Fronteriza
📍 San Pedro Sula   📅 del 3 al 5 de marzo de 2020
Lo organizó la Secretaría de Salud de Honduras con el apoyo de la OPS.
[Leer más]

Misión Técnica sobre Registro Civil
📍 Tegucigalpa   📅 noviembre de 2016
Participó el Registro Nacional de las Personas.
[Leer más]

Ver también: Perfil migratorio de Honduras (PDF) · Estadísticas
Secretaría Técnica de la CRM – San José, Costa Rica
"""


def test_an_english_page_of_titles_head_lines_and_paragraphs():
    res = parse_page(_page(EN_PAGE, "https://csmigraciones.org/en/member-states/paraguay", "en"))
    assert _summary(res.events) == [
        ("Subregional Consultation on Temporary Workers", "Asunción", None),
        ("Technical Mission on Civil Registration", "Montevideo", None),
        ("Binational Exchange on Border Health", "online", (date(2021, 10, 7), None)),
    ]
    assert res.events[2].online
    # "12/08/2022" on a page that does not say which order it writes: no date guessed, a warning
    assert any(w.value == "12/08/2022" and "either way" in w.message for w in res.warnings)
    # a year alone is no date, but a warning
    assert any(w.value == "2012" and "without a day" in w.message for w in res.warnings)
    # the links and the page's own lines after the last event are in no event
    for ev in res.events:
        assert "read more" not in ev.span.exact and "See also" not in ev.span.exact
    assert "Buenos Aires" not in res.events[-1].span.exact


def test_a_spanish_page_of_titles_head_lines_and_paragraphs():
    res = parse_page(_page(ES_PAGE, "https://crmsv.org/es/paises-miembros/honduras", "es"))
    assert _summary(res.events) == [
        ("Intercambio Binacional sobre Salud Fronteriza", "San Pedro Sula", (date(2020, 3, 3), date(2020, 3, 5))),
        ("Misión Técnica sobre Registro Civil", "Tegucigalpa", None),
    ]
    assert any(w.value == "noviembre de 2016" for w in res.warnings)
    assert "Ver también" not in res.events[-1].span.exact and "San José" not in res.events[-1].span.exact
    assert all(e.titles[0].text != "Secretaría Técnica de la CRM" for e in res.events)


def test_a_title_naming_no_event_kind_needs_a_dated_line_under_it():
    # without a list heading, a line naming no event kind followed by a place only, or by a sentence, is no title
    text = ("Inicio\nPaíses miembros › Chile\nRelaciones con Chile\nSantiago\nChile participa desde 2000.\n\n"
            "Consulta Subregional sobre Trabajadores Temporales\nValparaíso · 4 de abril de 2019\n"
            "La convocó la Dirección del Trabajo de Chile.\n")
    res = parse_page(_page(text, "https://csmigraciones.org/es/estados-miembros/chile", "es"))
    assert _summary(res.events) == [
        ("Consulta Subregional sobre Trabajadores Temporales", "Valparaíso", (date(2019, 4, 4), None))]


def test_a_one_line_list_under_its_heading_is_still_read():
    text = ("Chile\nEventos en este país\nTaller sobre Refugio (Valparaíso, 5 de junio de 2020)\n"
            "Secretaría Técnica – Buenos Aires, Argentina\n")
    res = parse_page(_page(text, "https://csmigraciones.org/es/estados-miembros/chile", "es"))
    assert [e.titles[0].text for e in res.events][:1] == ["Taller sobre Refugio"]
