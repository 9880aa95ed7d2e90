"""Listings, round 14 (issue 13, listing4): news posts closed by their "Continue reading" links, meta lines with
longer or unread labels and an event's kind with its online mode, a report's activity opened by a sentence that is
only its place and date, and an entry's lead sentence that hosts the event at its date.

Hand-made pages in English and Spanish (none of them is a held-out page, no sentence copied from one).
"""

from __future__ import annotations

import datetime as dt

import pytest

from listing_pages import city as _city
from listing_pages import dates as _dates
from listing_pages import parse
from listing_pages import titles as _titles

from rcpkg.loaders.layouts import blocks, heads


def _parse(text: str, lang: str = "en", url: str = "https://example.org/news/archive"):
    return parse(text, lang, url)


# --- news posts closed by a "Continue reading" link -----------------------------------------------------------------

POSTS_EN = """\
Migration Network | News
Home   About   News   Library
Search this site
Home > News > 2016
PRESS ROOM 2016
Releases of the Secretariat, most recent first.

Seminar on Labour Inspection and Migrant Workers
Lima, 9 June 2016 – The Ministry of Labour of Peru hosted on 7 and 8 June 2016 a seminar on inspection practices. Officials of four countries shared their experience.
Continue reading →

Consultation with Civil Society on Return
Panama City, 3 March 2016 – A consultation took place on 2 March 2016 in the offices of the Secretariat. Twelve networks sent comments on the draft.
Continue reading →

Virtual Course on Refugee Law
Online, 11–15 April 2016 – Forty officers followed the course, delivered with the support of a university.
Continue reading →

Regional Meeting of Consular Officers
Santiago, 20 October 2016 – Consular officers reviewed their cooperation protocols. The meeting closed with a joint statement.
Continue reading →

‹ Newer posts        Older posts ›

ARCHIVE: 2019 · 2018 · 2017 · 2016
Secretariat of the Network, Montevideo, Uruguay
"""


def test_posts_are_cut_at_their_links_and_the_preamble_is_no_post():
    r = _parse(POSTS_EN)
    assert _titles(r) == ["Seminar on Labour Inspection and Migrant Workers", "Consultation with Civil Society on Return",
                          "Virtual Course on Refugee Law", "Regional Meeting of Consular Officers"]
    skipped = " ".join(r.skipped)
    for no in (3, 4, 5, 6, 24, 26, 27):  # the search box, breadcrumb, heading, intro; the pager, archive, footer
        assert f"line {no}" in skipped


def test_a_post_is_placed_by_its_dateline_and_dated_by_its_own_text():
    r = _parse(POSTS_EN)
    a, b, c, d = r.events
    assert _city(a) == "Lima" and _dates(a) == (dt.date(2016, 6, 7), dt.date(2016, 6, 8))
    assert _city(b) == "Panama City" and _dates(b) == (dt.date(2016, 3, 2), None)
    assert c.online and _dates(c) == (dt.date(2016, 4, 11), dt.date(2016, 4, 15))  # a range: the course's days
    assert _city(d) == "Santiago"
    assert d.dates is None  # a single day in the dateline is the release's date: the meeting's is not stated


POSTS_ES = """\
Red Regional de Migración
Inicio · Noticias · Contacto
Noticias — archivo 2020

Taller sobre Registro de Personas Retornadas
Tegucigalpa, 15 de septiembre de 2020.- La Cancillería de Honduras acogió el 14 de septiembre de 2020 un taller sobre registro. Asistieron técnicos de tres países.
Leer más »

Foro Virtual sobre Trabajo Agrícola Temporal
En línea, 6 y 7 de mayo de 2020 – Ministerios de trabajo de la región debatieron los programas de trabajo temporal.
Leer más »

Siguiente »
© 2020 Red Regional de Migración
"""


def test_spanish_posts_with_a_dot_dash_dateline():
    r = _parse(POSTS_ES, lang="es", url="https://example.org/es/noticias")
    assert _titles(r) == ["Taller sobre Registro de Personas Retornadas", "Foro Virtual sobre Trabajo Agrícola Temporal"]
    a, b = r.events
    assert _city(a) == "Tegucigalpa" and _dates(a) == (dt.date(2020, 9, 14), None)
    assert b.online and _dates(b) == (dt.date(2020, 5, 6), dt.date(2020, 5, 7))
    assert "line 3" in " ".join(r.skipped)


def test_a_link_under_no_post_leaves_the_page_to_the_other_rules():
    from rcpkg.loaders.layouts import listing

    assert listing._post_of([]) is None
    short = blocks.split_lines("Short title\nNo prose here\n")
    assert listing._post_of([short]) is None  # a title over no sentence is no post
    prose = blocks.split_lines("Short title\nThe delegations met in the capital to review the work plan of the year.\n")
    assert listing._post_of([prose]) is not None


# --- meta lines: longer date labels, unread labels, an event's kind with its online mode ----------------------------

@pytest.mark.parametrize("line, kinds", [
    ("Category: Workshops | Event date: 3 and 4 March 2021 | Venue: Quito, Ecuador", {"date", "place"}),
    ("Tipo: Seminario | Fecha de la actividad: 12 de agosto de 2020 | Lugar: Lima, Perú", {"date", "place"}),
    ("Categoría: Foros | Fecha del evento: 02/09/2019", {"date"}),
    ("Type: Webinar | Event date: 5 May 2022 | Place: Online", {"date", "place"}),
])
def test_meta_line_with_long_and_unread_labels(line, kinds):
    m = heads.meta_line(blocks.split_lines(line + "\n")[0])
    assert m is not None and m.kinds == kinds


@pytest.mark.parametrize("line", ["Category: Workshops", "Tipo: Taller", "Categoría: Foros | Etiquetas: migración"])
def test_unread_labels_alone_are_no_meta_line(line):
    assert heads.meta_line(blocks.split_lines(line + "\n")[0]) is None


@pytest.mark.parametrize("line, mode", [
    ("Online course", "Online"), ("Curso en línea", "en línea"), ("Taller virtual", "virtual"),
    ("Seminario a distancia", "a distancia"), ("Virtual workshop", "Virtual"),
])
def test_kind_with_its_online_mode_is_a_place_part(line, mode):
    ln = blocks.split_lines(line + "\n")[0]
    m = heads.meta_line(ln)
    assert m is not None and [p.kind for p in m.parts] == ["place"]
    assert line[m.parts[0].start:m.parts[0].end] == mode


@pytest.mark.parametrize("line", ["Online course on migration law", "Workshop in Lima", "Curso de formación"])
def test_longer_titles_are_no_mode_line(line):
    assert heads.meta_line(blocks.split_lines(line + "\n")[0]) is None


AGENDA_ES = """\
Agenda 2022

lunes 7 de marzo de 2022 - viernes 29 de abril de 2022
Curso sobre Protección Internacional para Funcionarios Consulares
Curso en línea
Lo imparte una universidad pública con el apoyo del ACNUR.
Ver detalles »

martes 10 de mayo de 2022 @ 10:00 - 12:00
Diálogo sobre Inclusión Laboral de Personas Refugiadas
Quito, Ecuador
Lo convoca la Secretaría de la Red.
Ver detalles »
"""


def test_agenda_entry_with_a_course_mode_line_is_its_own_entry():
    r = _parse(AGENDA_ES, lang="es", url="https://example.org/es/agenda")
    assert _titles(r) == ["Curso sobre Protección Internacional para Funcionarios Consulares",
                          "Diálogo sobre Inclusión Laboral de Personas Refugiadas"]
    a, b = r.events
    assert a.online and _dates(a) == (dt.date(2022, 3, 7), dt.date(2022, 4, 29))
    assert _city(b) == "Quito"


ACTIVITIES_EN = """\
Activities 2020

Regional Workshop on Border Health
Category: Workshops | Event date: 14 and 15 July 2020 | Venue: San Salvador, El Salvador
The ministries of health of the region met to compare their border protocols.
Read more...

Forum on Remittances
Category: Forums | Event date: 2 October 2020 | Venue: Mexico City
A forum with banks and consulates on the cost of sending money.
Read more...
"""


def test_activities_with_category_and_event_date_labels():
    r = _parse(ACTIVITIES_EN, url="https://example.org/en/activities/2020")
    a, b = r.events
    assert _city(a) == "San Salvador" and _dates(a) == (dt.date(2020, 7, 14), dt.date(2020, 7, 15))
    assert _city(b) == "Mexico City" and _dates(b) == (dt.date(2020, 10, 2), None)


# --- a report's activity opened by a sentence that is only its place and date --------------------------------------

REPORT_ES = """\
INFORME ANUAL 2017

2. ACTIVIDADES

Encuentro Regional de Oficiales de Protección
Managua, Nicaragua, 4 y 5 de octubre de 2017. El encuentro fue convocado por la Presidencia y reunió a
oficiales de cinco países para revisar los protocolos de atención.

Reunión Técnica sobre Estadísticas Migratorias
Asunción, Paraguay, 12 de diciembre de 2017. Los institutos de estadística revisaron la
armonización de sus registros de entradas y salidas.
"""

REPORT_EN = """\
ANNUAL REPORT 2019

Workshop on Labour Recruitment
Guatemala City, 3 April 2019. The workshop gathered labour inspectors and recruiters to review
their codes of conduct and the complaints mechanisms.

Meeting of the Liaison Officers
Lima, Peru, 18 and 19 June 2019. The officers agreed a common referral form for unaccompanied
children and a contact list.
"""


@pytest.mark.parametrize("text, lang, expect", [
    (REPORT_ES, "es", [("Managua", (dt.date(2017, 10, 4), dt.date(2017, 10, 5))),
                       ("Asunción", (dt.date(2017, 12, 12), None))]),
    (REPORT_EN, "en", [("Guatemala City", (dt.date(2019, 4, 3), None)),
                       ("Lima", (dt.date(2019, 6, 18), dt.date(2019, 6, 19)))]),
])
def test_report_activity_opened_by_its_place_and_date(text, lang, expect):
    r = _parse(text, lang=lang, url="https://example.org/report")
    assert [(_city(e), _dates(e)) for e in r.events] == expect


# --- an entry's lead sentence that hosts the event at its date ----------------------------------------------------

@pytest.mark.parametrize("sentence, lang, dates", [
    ("Quito hosted, on 3 and 4 May 2018, the annual meeting of the Network, with ten delegations.", "en",
     (dt.date(2018, 5, 3), dt.date(2018, 5, 4))),
    ("La ciudad de Cusco acogió del 8 al 10 de agosto de 2018 el encuentro anual de la Red, con diez delegaciones.",
     "es", (dt.date(2018, 8, 8), dt.date(2018, 8, 10))),
])
def test_hosting_lead_sentence_dates_the_entry(sentence, lang, dates):
    text = f"""\
Bulletin 3

Annual Meeting of the Network
{sentence} The delegations adopted a plan.
Read the full story

Exchange on Data Sharing
Online · 2 June 2018
Statisticians compared their sources.
Read the full story
"""
    r = _parse(text, lang=lang, url="https://example.org/bulletin")
    assert _dates(r.events[0]) == dates


def test_a_date_after_another_clause_does_not_date_the_entry():
    from rcpkg.loaders.layouts import listing
    from rcpkg.loaders.records import Span

    text = "The Secretariat recalled the agreements of the meeting held on 3 May 2017. It hosted a new session."
    class _C:  # the only attribute _lead_date reads
        date_order = None
    assert listing._lead_date(_C(), Span(0, len(text), text), hosted=True) is None
