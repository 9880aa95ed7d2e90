"""Listings, round 12 (issue 13, listing2): entry boundaries and titles on listings never seen.

Hand-made pages in English and Spanish (none of them is a held-out page): a blog's category archive (bylines,
category lines closed by a comment link, "Older posts", a sidebar), a language switch and a "Menu" toggle over
the site's menu bar, a pager that starts with a results count, a title line that carries its date ("Title —
25 July 2019"), and a report saved from a PDF (numbered sections, a table of contents, running page footers,
wrapped lines) whose activities are paragraphs under their titles.
"""

from __future__ import annotations

import datetime as dt

import pytest

from rcpkg.loaders.extract import extract
from rcpkg.loaders.gazetteer import Gazetteer
from rcpkg.loaders.layouts import blocks, heads, parse_page
from rcpkg.loaders.records import Page
from rcpkg.loaders.reference import load_reference
from rcpkg.loaders.themes import ThemeMatcher
from rcpkg.resources import reference_dir


@pytest.fixture(scope="module")
def tools():
    ref = load_reference(reference_dir())
    return Gazetteer.from_reference(ref), ThemeMatcher.from_reference(ref)


def _parse(text: str, lang: str = "en", url: str = "https://example.org/activities"):
    return parse_page(Page(path="t.txt", url=url, text=text, lang=lang, layout="listing"))


def _titles(r):
    return [e.titles[0].text for e in r.events]


def _names(tools, r, k):
    gaz, themes = tools
    x = extract(r.page, r.events[k], gaz, themes)
    return {str(i.extracted.name if i.extracted else i.agent).lower() for i in x.involvements}


def _line(text: str) -> blocks.Line:
    return blocks.Line(1, 0, len(text), text)


# --- lines ------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "Categories: Workshops, Borders | Leave a comment",
    "Categories: Meetings | 3 Comments",
    "Category: Seminars | No comments",
    "Categorías: Talleres, Retorno | Deja un comentario",
    "Categoría: Reuniones | 2 comentarios",
])
def test_category_line_with_comment_link_is_a_byline(line):
    assert blocks.is_byline(line)


@pytest.mark.parametrize("line", [
    "Older posts", "Newer entries", "Entradas anteriores", "Publicaciones más recientes",
    "Mostrando 1-5 de 23   1 2 3 4 5 Siguiente »", "Showing 6–10 of 31   « Prev 1 2 3 Next »",
])
def test_pager_lines(line):
    assert blocks.is_pager(line)


@pytest.mark.parametrize("line", [
    "Older posts on labour migration were archived.", "Entradas anteriores al taller de Lima",
    "Showing the results of the survey",
])
def test_not_pager_lines(line):
    assert not blocks.is_pager(line)


@pytest.mark.parametrize("line, title, date", [
    ("Regional Forum on Labour Recruitment — 25 July 2019", "Regional Forum on Labour Recruitment", "25 July 2019"),
    ("Taller sobre Protección Consular | del 3 al 5 de abril de 2019", "Taller sobre Protección Consular",
     "del 3 al 5 de abril de 2019"),
    ("Seminar on Migrant Health (2–3 December 2021)", "Seminar on Migrant Health", "2–3 December 2021"),
    ("14 de mayo de 2022 – Reunión Técnica de Puntos Focales", "Reunión Técnica de Puntos Focales", "14 de mayo de 2022"),
    ("Meeting of the Network of Liaison Officers (RLO) - 12 November 2018",
     "Meeting of the Network of Liaison Officers (RLO)", "12 November 2018"),
    ("Presentación del Plan de Acción 2020-2024, 9 de marzo de 2020", "Presentación del Plan de Acción 2020-2024",
     "9 de marzo de 2020"),
])
def test_title_with_its_date(line, title, date):
    ln = _line(line)
    got = heads.title_date(ln)
    assert got is not None
    t, meta = got
    assert t.text == title and line[t.start:t.end] == title
    assert line[meta.parts[0].start:meta.parts[0].end] == date


@pytest.mark.parametrize("line", [
    "Lima, Peru — 3 May 2019",  # a place and a date: a meta line
    "25 July 2019",  # a date alone
    "The workshop closed on 25 July 2019.",  # prose
    "Workshop — 25 July 2019",  # too short to be a title
    "Report of the meeting held in 2019 — annexes",  # no date part
])
def test_not_title_with_its_date(line):
    assert heads.title_date(_line(line)) is None


# --- pages ------------------------------------------------------------------------------------------------------

BLOG_EN = """\
Skip to content
Regional Network on Migration
Network of migration authorities
Menu
Home   About us   Members   News   Events   Contact
Category Archives: Events
Binational Workshop on Border Health Screening
Posted on March 14, 2023 by webmaster
Health and migration officials of two neighbouring countries gathered in Tacna for a workshop organized by the Pan American Health Organization (PAHO). The Ministry of Health of Peru hosted the sessions.
Read more »
Categories: Events, Health | Leave a comment
Online Dialogue on Regular Pathways
Posted on November 2, 2021 by webmaster
The Technical Secretariat convened an online dialogue on regular pathways with the participation of the International Labour Organization (ILO).
Continue reading →
Categories: Events, Labour | 4 Comments
Older posts
Search for:  Search
Recent Posts
Binational Workshop on Border Health Screening
Online Dialogue on Regular Pathways
Archives
March 2023
November 2021
© Regional Network on Migration
"""

BLOG_ES = """\
Ir al contenido
Red Regional de Migración
ES | EN
Menú
Inicio   Quiénes somos   Noticias   Eventos   Contacto
Archivo de la categoría: Actividades
Encuentro Técnico sobre Niñez Migrante No Acompañada
Publicado el 8 de junio de 2022 por administrador
El encuentro fue organizado por el Fondo de las Naciones Unidas para la Infancia (UNICEF) con el apoyo de la Secretaría Técnica. Participó la Procuraduría General de la República.
Leer más
Categorías: Actividades, Niñez | 2 comentarios
Curso Virtual sobre Trata de Personas
Publicado el 3 de febrero de 2021 por administrador
La Oficina de las Naciones Unidas contra la Droga y el Delito (UNODC) impartió el curso en línea para funcionarios de migración.
Seguir leyendo
Categorías: Actividades, Trata | Deja un comentario
Entradas anteriores
Buscar:  Buscar
Entradas recientes
Encuentro Técnico sobre Niñez Migrante No Acompañada
Archivos
junio 2022
febrero 2021
© Red Regional de Migración
"""


@pytest.mark.parametrize("text, lang, titles", [
    (BLOG_EN, "en", ["Binational Workshop on Border Health Screening", "Online Dialogue on Regular Pathways"]),
    (BLOG_ES, "es", ["Encuentro Técnico sobre Niñez Migrante No Acompañada", "Curso Virtual sobre Trata de Personas"]),
])
def test_blog_category_archive(text, lang, titles):
    r = _parse(text, lang)
    assert _titles(r) == titles
    for e in r.events:  # no entry runs into the sidebar after the pager
        assert "Recent" not in e.span.exact and "recientes" not in e.span.exact
        assert "Categor" not in e.span.exact.split("\n")[-1] or e is r.events[-1]


def test_blog_archive_roles_stay_in_their_entry(tools):
    r = _parse(BLOG_EN)
    assert "ministry of health of peru" in _names(tools, r, 0)
    assert "ministry of health of peru" not in _names(tools, r, 1)


AGENDA_ES = """\
Ir al contenido
Conferencia de Migraciones
ES | EN | PT
Inicio   La Conferencia   Agenda   Publicaciones   Contacto
Agenda de actividades
Taller Subregional sobre Documentación de Viaje
Asunción | 11/04/2018 - 12/04/2018
Organizado por la Dirección General de Migraciones del Paraguay con la cooperación de la Unión Europea.
Ver más ›
Conversatorio en Línea sobre Movilidad Laboral
En línea | 15/09/2020
La Secretaría Técnica convocó a los ministerios de trabajo de la región.
Ver más ›
Mostrando 1-2 de 9   1 2 3 4 5 Siguiente »
Secretaría Técnica: Oficina Regional · Av. Siempreviva 742, Buenos Aires · contacto@example.org
"""


def test_agenda_pager_with_count_ends_the_last_entry():
    r = _parse(AGENDA_ES, "es")
    assert _titles(r) == ["Taller Subregional sobre Documentación de Viaje", "Conversatorio en Línea sobre Movilidad Laboral"]
    assert "Mostrando" not in r.events[-1].span.exact and "Siempreviva" not in r.events[-1].span.exact


DATED_TITLES_ES = """\
Pasar al contenido principal
Conferencia Regional
Inicio | Quiénes somos | Actividades | Documentos | Prensa
Buscar
Actividades 2018 · Presidencia Pro Tempore de Honduras
Mostrar: Todas | Talleres | Reuniones
Taller sobre Protección de la Niñez Migrante — del 6 al 8 de marzo de 2018
Tegucigalpa
Convocado por la Presidencia Pro Tempore de Honduras con el apoyo del Fondo de las Naciones Unidas para la Infancia (UNICEF).
Leer más
Reunión de la Red de Funcionarios de Enlace (RFE) — 21 de agosto de 2018
San Pedro Sula
La reunión fue organizada por la Dirección General de Migración y Extranjería de Honduras.
Leer más
« Primera   ‹ Anterior   1   2   Siguiente ›   Última »
© 2018 Conferencia Regional. Todos los derechos reservados.
"""

DATED_TITLES_EN = """\
Regional Conference
Home | Who we are | Activities | Documents
Activities 2021
Virtual Course on Consular Protection | 14 June 2021
Online
Organized by the Technical Secretariat with the International Organization for Migration (IOM).
Read more
Meeting of the Working Group on Labour Migration (WGLM) | 3–4 November 2021
Panama City
Hosted by the Ministry of Labour and Workforce Development of Panama.
Read more
"""


@pytest.mark.parametrize("text, lang, expected", [
    (DATED_TITLES_ES, "es", [("Taller sobre Protección de la Niñez Migrante", dt.date(2018, 3, 6), dt.date(2018, 3, 8)),
                             ("Reunión de la Red de Funcionarios de Enlace (RFE)", dt.date(2018, 8, 21), None)]),
    (DATED_TITLES_EN, "en", [("Virtual Course on Consular Protection", dt.date(2021, 6, 14), None),
                             ("Meeting of the Working Group on Labour Migration (WGLM)", dt.date(2021, 11, 3),
                              dt.date(2021, 11, 4))]),
])
def test_title_line_with_its_date(text, lang, expected):
    r = _parse(text, lang)
    assert [(e.titles[0].text, e.dates.start, e.dates.end) for e in r.events] == expected
    assert all(e.place is not None for e in r.events)


# --- a report's activities ---------------------------------------------------------------------------------------

REPORT_EN = """\
REGIONAL NETWORK ON MIGRATION
Executive Secretariat
ACTIVITY REPORT 2020
Chilean Presidency Pro Tempore

TABLE OF CONTENTS
1. Foreword ............................................... 2
2. Activities ............................................. 3
3. Budget ................................................. 7

1. FOREWORD
This report gives an account of the work done in 2020 under the Chilean Presidency
Pro Tempore. Most activities were moved online because of the pandemic.

2. ACTIVITIES

Workshop on Border Management in Times of Pandemic
The workshop took place on 14 May 2020. It was organized by the
Ministry of the Interior of Chile with the support of the
International Organization for Migration (IOM).

Regional Course on Refugee Status Determination
Quito, 3 March 2020
The course was delivered by the Office of the United Nations High Commissioner for
Refugees (UNHCR) for eligibility officers of the member states.

                                          Activity Report 2020 | page 4

Meeting of the Working Group on Migration Statistics
On 2 and 3 September 2020 the group reviewed the regional census questionnaire with the
statistics offices of the member states.
The Economic Commission for Latin America and the Caribbean (ECLAC) presented its
regional migration database.

3. BUDGET
The contributions of the member states covered the costs of the secretariat.

                                          Activity Report 2020 | page 7
"""

REPORT_ES = """\
CONFERENCIA DE MIGRACIONES
Secretaría Técnica
MEMORIA ANUAL 2019

ÍNDICE
I. Presentación ........................................... 2
II. Actividades ............................................ 3

I. PRESENTACIÓN
La presente memoria resume las actividades realizadas durante 2019 bajo la
Presidencia Pro Tempore del Perú.

II. ACTIVIDADES

Seminario Regional sobre Trabajo Decente y Migración
Lima, 22 y 23 de mayo de 2019
El seminario fue organizado por la Organización Internacional del Trabajo (OIT) con el
apoyo de la Secretaría Técnica.

- 3 -

Reunión de la Red de Puntos Focales sobre Trata de Personas
El 8 de agosto de 2019 la red se reunió en línea con la participación del
Ministerio del Interior del Perú y de la Oficina de las Naciones Unidas contra la Droga y el
Delito (UNODC).

Página 4 de 9
"""


@pytest.mark.parametrize("text, lang, expected", [
    (REPORT_EN, "en", [
        ("Workshop on Border Management in Times of Pandemic", (dt.date(2020, 5, 14), None)),
        ("Regional Course on Refugee Status Determination", (dt.date(2020, 3, 3), None)),
        ("Meeting of the Working Group on Migration Statistics", (dt.date(2020, 9, 2), dt.date(2020, 9, 3))),
    ]),
    (REPORT_ES, "es", [
        ("Seminario Regional sobre Trabajo Decente y Migración", (dt.date(2019, 5, 22), dt.date(2019, 5, 23))),
        ("Reunión de la Red de Puntos Focales sobre Trata de Personas", (dt.date(2019, 8, 8), None)),
    ]),
])
def test_report_activities(text, lang, expected):
    r = _parse(text, lang, url="https://example.org/publications/report.pdf")
    got = [(e.titles[0].text, (e.dates.start, e.dates.end) if e.dates else None) for e in r.events]
    assert got == expected
    for e in r.events:  # no entry holds the contents, a section, a page footer or the budget
        assert "......" not in e.span.exact and "page 7" not in e.span.exact and "BUDGET" not in e.span.exact
        assert "Página 4" not in e.span.exact


def test_report_place_head_line():
    r = _parse(REPORT_EN, "en", url="https://example.org/publications/report.pdf")
    assert r.events[1].place is not None and r.events[1].place.city_label_en == "Quito"
    r = _parse(REPORT_ES, "es", url="https://example.org/publications/report.pdf")
    assert r.events[0].place is not None and r.events[0].place.city_label_es == "Lima"


def test_report_text_over_a_page_break_stays_in_its_entry():
    r = _parse(REPORT_EN, "en", url="https://example.org/publications/report.pdf")
    assert "ECLAC" in r.events[2].span.exact
    assert "ECLAC" in r.events[2].description.exact


def test_report_roles_stay_in_their_entry(tools):
    r = _parse(REPORT_ES, "es", url="https://example.org/publications/report.pdf")
    assert "ilo" in _names(tools, r, 0) and "ilo" not in _names(tools, r, 1)
    assert "unodc" in _names(tools, r, 1) and "unodc" not in _names(tools, r, 0)
    r = _parse(REPORT_EN, "en", url="https://example.org/publications/report.pdf")
    assert "eclac" in _names(tools, r, 2) and "eclac" not in _names(tools, r, 1)


def test_listing_with_read_more_links_is_no_report():
    text = """\
Workshop on Consular Protection in Emergencies
The workshop gathered consular officers of the member countries on 5 June 2019.
Read more

Seminar on Labour Migration Governance
The seminar reviewed the bilateral agreements signed in the region on 9 July 2019.
Read more
"""
    r = _parse(text)
    assert _titles(r) == ["Workshop on Consular Protection in Emergencies", "Seminar on Labour Migration Governance"]


def test_one_paragraph_is_no_report():
    text = """\
ANNUAL REPORT 2019

Regional Seminar on Migrant Children
The seminar took place on 4 April 2019 in Lima, organized by the Technical Secretariat.
"""
    r = _parse(text)
    assert len(r.events) == 1


# --- an entry's text: "met in <place> on <date>" -----------------------------------------------------------------

MET_EN = """\
Meeting of the Network of Consular Officers
Posted on June 20, 2019 by editor
The Network of Consular Officers met in Tegucigalpa on 12 and 13 June 2019 to review the regional consular protection guide.
Read more »
Technical Exchange on Return Reception Centres
Posted on April 2, 2018 by editor
Migration officials gathered last month in San Pedro Sula to visit the reception centre for returned migrants.
Read more »
"""

MET_ES = """\
Reunión de la Red de Protección Consular
Publicado el 20 de junio de 2019 por editor
Los funcionarios consulares se reunieron en Managua el 12 de junio de 2019 para revisar la guía regional.
Leer más
Intercambio Técnico sobre Centros de Recepción
Publicado el 2 de abril de 2018 por editor
La red sesionó la semana pasada en la ciudad de Panamá para conocer el centro de recepción de personas retornadas.
Leer más
"""


@pytest.mark.parametrize("text, lang, expected", [
    (MET_EN, "en", [("Tegucigalpa", (dt.date(2019, 6, 12), dt.date(2019, 6, 13))), ("San Pedro Sula", None)]),
    (MET_ES, "es", [("Managua", (dt.date(2019, 6, 12), None)), ("Panamá", None)]),
])
def test_met_in_place_on_date(text, lang, expected):
    r = _parse(text, lang)
    got = [(e.place.span.exact if e.place else None, (e.dates.start, e.dates.end) if e.dates else None)
           for e in r.events]
    assert got == expected


def test_met_with_no_place_gives_none():
    text = MET_EN.replace("met in Tegucigalpa on", "met on").replace("gathered last month in San Pedro Sula", "gathered")
    r = _parse(text)
    assert [e.place for e in r.events] == [None, None]
    assert r.events[0].dates is not None  # "met on 12 and 13 June 2019": the description's own date
