"""Listings, round 13 (issue 13, listing3): entries printed as cards of one repeated shape.

Hand-made pages in English and Spanish (none of them is a held-out page): a CMS events list whose cards open with
a date badge (day, month and year stacked on lines of their own) over a cookie notice and filters; a calendar
printed one cell a line under its column names, the date line before each title; an e-mail newsletter whose items
are set apart by rule lines, one of them under a heading in capitals, its place line closed by a note in brackets.
"""

from __future__ import annotations

import datetime as dt

import pytest

from rcpkg.loaders.layouts import blocks, cards, parse_page
from rcpkg.loaders.records import Page


def _parse(text: str, lang: str = "en", url: str = "https://example.org/agenda"):
    return parse_page(Page(path="t.txt", url=url, text=text, lang=lang, layout="listing"))


def _titles(r):
    return [e.titles[0].text for e in r.events]


def _lines(text: str) -> list[blocks.Line]:
    return blocks.split_lines(text)


# --- date badges ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("badge, start, end", [
    ("11–13\nJUN\n2019", dt.date(2019, 6, 11), dt.date(2019, 6, 13)),
    ("02\nOCT\n2020", dt.date(2020, 10, 2), None),
    ("Nov\n18\n2021", dt.date(2021, 11, 18), None),
    ("7\nabr\n2022", dt.date(2022, 4, 7), None),
    ("22-23\nmayo\n2018", dt.date(2018, 5, 22), dt.date(2018, 5, 23)),
])
def test_date_badge_is_read_whole(badge, start, end):
    text = f"{badge}\nAfter\n"
    lines = _lines(text)
    n = badge.count("\n") + 1
    dr = cards.badge_date(text, lines[:n])
    assert dr is not None and (dr.start, dr.end) == (start, end)
    assert dr.span.exact == badge  # quoted from the page, its line breaks included


@pytest.mark.parametrize("lines", ["2019\nAnnual report", "Page\n3", "12\n14"])
def test_short_lines_that_are_no_date_are_no_badge(lines):
    text = lines + "\n"
    assert cards.badge_date(text, _lines(text)[:2]) is None


# --- a CMS list with date badges -------------------------------------------------------------------------------------

_BADGES_EN = """Skip to main content
Migration Forum of the Isthmus
Home   Who we are   Events   Resources   Contact
We use cookies on this site. By browsing you agree to their use.   OK   More info
Home › Events
Upcoming and past events
Filter:  All  Seminars  Meetings  Courses
Showing 1–3 of 21 results

11–13
JUN
2019
Seminar on Labour Recruitment and Migrant Workers
San Salvador, El Salvador
The Ministry of Labour of El Salvador hosted the seminar, organized with the ILO for labour inspectors of the region.
Read more ›

02
OCT
2020
Virtual Course on Refugee Status Determination
Online
UNHCR delivered the course to eligibility officers of six countries.
Read more ›

18
NOV
2021
Meeting of the Network of Child Protection Officers
Tegucigalpa, Honduras
The network met to update its referral protocol, with the support of UNICEF.
Read more ›

‹ Previous   1   2   3   Next ›

Migration Forum of the Isthmus · Secretariat · forum@example.org
© 2022 Migration Forum of the Isthmus
"""


def test_badge_cards_en():
    r = _parse(_BADGES_EN)
    assert _titles(r) == [
        "Seminar on Labour Recruitment and Migrant Workers",
        "Virtual Course on Refugee Status Determination",
        "Meeting of the Network of Child Protection Officers",
    ]
    e0, e1, e2 = r.events
    assert (e0.dates.start, e0.dates.end) == (dt.date(2019, 6, 11), dt.date(2019, 6, 13))
    assert e0.place is not None and "San Salvador" in e0.place.span.exact
    assert e1.online and e1.dates.start == dt.date(2020, 10, 2)
    assert e2.dates.start == dt.date(2021, 11, 18)
    assert "UNICEF" in e2.description.exact
    # the cookie notice, the filters and the results count are no entry
    assert not any("cookies" in t or "Filter" in t for t in _titles(r))


_BADGES_ES = """Ir al contenido
Inicio   Quiénes somos   Eventos   Publicaciones   Contacto

Nov
04
2019
Taller sobre Retorno y Reintegración
Quetzaltenango, Guatemala
La Secretaría Técnica organizó el taller con la OIM; participaron autoridades migratorias de Honduras y El Salvador.
Leer más »

Mar
16
2021
Conversatorio sobre Niñez Migrante No Acompañada
En línea
Convocado por UNICEF y la Presidencia Pro Tempore.
Leer más »

Anterior   1   2   Siguiente
"""


def test_badge_cards_es_month_first():
    r = _parse(_BADGES_ES, lang="es")
    assert _titles(r) == ["Taller sobre Retorno y Reintegración", "Conversatorio sobre Niñez Migrante No Acompañada"]
    assert r.events[0].dates.start == dt.date(2019, 11, 4)
    assert r.events[1].online and r.events[1].dates.start == dt.date(2021, 3, 16)


# --- a calendar printed one cell a line ---------------------------------------------------------------------------

_CALENDAR_ES = """Saltar al contenido
Inicio   Agenda   Documentos   Contacto
Agenda de actividades 2022
Descargar agenda (PDF)

Fecha
Actividad
Lugar
Descripción

10/05/2022 – 12/05/2022
Curso Regional sobre Gestión de Fronteras
Cochabamba (Bolivia)
Organizado por la Dirección General de Migración de Bolivia con apoyo de la OIM. Ver detalle ›

19/08/2022
Diálogo sobre Migración y Cambio Climático
Virtual
Convocan la Secretaría Técnica y el ACNUR; intervinieron universidades de la región.

Última actualización: 01/12/2022
"""


def test_calendar_one_cell_a_line_es():
    r = _parse(_CALENDAR_ES, lang="es")
    assert _titles(r) == ["Curso Regional sobre Gestión de Fronteras", "Diálogo sobre Migración y Cambio Climático"]
    e0, e1 = r.events
    assert (e0.dates.start, e0.dates.end) == (dt.date(2022, 5, 10), dt.date(2022, 5, 12))
    assert e0.place is not None and e0.place.span.exact == "Cochabamba (Bolivia)"
    assert e1.online and e1.dates.start == dt.date(2022, 8, 19)
    # the column names are no entry's title and the update stamp dates no entry
    assert not any(t in {"Fecha", "Actividad", "Lugar"} for t in _titles(r))


_CALENDAR_EN = """Events calendar 2021
Export to iCal

Date
Event
Venue

14/06/2021
Technical Meeting on Migration Statistics
Asunción, Paraguay
Hosted by the national statistics office, with the participation of ECLAC.

19/11/2021 – 20/11/2021
Workshop on Access to Justice for Migrants
Online
The Technical Secretariat convened the workshop with the support of the Ombudsman Offices Network.
"""


def test_calendar_one_cell_a_line_en():
    r = _parse(_CALENDAR_EN)
    assert _titles(r) == ["Technical Meeting on Migration Statistics", "Workshop on Access to Justice for Migrants"]
    assert r.events[0].dates.start == dt.date(2021, 6, 14)
    assert (r.events[1].dates.start, r.events[1].dates.end) == (dt.date(2021, 11, 19), dt.date(2021, 11, 20))
    assert r.events[1].online


# --- a newsletter whose items are apart by rule lines ---------------------------------------------------------------

_NEWSLETTER_EN = """Open this message in your browser
MIGRATION NETWORK NEWS
Issue 9 · June 2020
==============================

CONTENTS
  1. Annual meeting of the network
  2. Course on consular assistance
  3. Next in our agenda

Dear subscribers,
Here is our news of the last quarter.

------------------------------
Annual Meeting of the Migration Authorities Network
The network held its annual meeting in Santiago, with delegations of eight member countries.
» Read the full story

------------------------------
Course on Consular Assistance in Emergencies
Quito, Ecuador · 3 and 4 March 2020
The course was delivered by the Foreign Service Academy with the ICRC.
» Read the full story

------------------------------
NEXT IN OUR AGENDA
Regional Dialogue on Labour Mobility
Lima, September 2020 (to be confirmed)
The dialogue will be organized by the Ministry of Labour of Peru with the ILO.

------------------------------
Unsubscribe | Manage your preferences
Migration Network · Technical Secretariat · Lima, Peru
"""


def test_newsletter_items_between_rules_en():
    r = _parse(_NEWSLETTER_EN)
    assert _titles(r) == [
        "Annual Meeting of the Migration Authorities Network",
        "Course on Consular Assistance in Emergencies",
        "Regional Dialogue on Labour Mobility",
    ]
    e1, e2 = r.events[1], r.events[2]
    assert (e1.dates.start, e1.dates.end) == (dt.date(2020, 3, 3), dt.date(2020, 3, 4))
    assert e1.place is not None and "Quito" in e1.place.span.exact
    # "Lima, September 2020 (to be confirmed)": the place, no day to date it
    assert e2.place is not None and e2.place.span.exact == "Lima" and e2.dates is None
    # the greeting, the contents and the heading are no entry
    assert "Dear subscribers," not in _titles(r)


_NEWSLETTER_ES = """BOLETÍN DE LA RED
Número 3 · octubre de 2019
------------------------------

Estimados lectores:
Les presentamos las actividades del trimestre.

------------------------------
Taller sobre Protección de Personas Desplazadas
San José, Costa Rica · 12 y 13 de septiembre de 2019
El taller fue organizado por la Secretaría Técnica con el apoyo del ACNUR.
>> Leer más

------------------------------
Reunión de Puntos Focales de la Red
En línea · 2 de octubre de 2019
Los puntos focales revisaron el plan de trabajo con la OIM.
>> Leer más

------------------------------
Darse de baja | Preferencias
"""


def test_newsletter_items_between_rules_es():
    r = _parse(_NEWSLETTER_ES, lang="es")
    assert _titles(r) == ["Taller sobre Protección de Personas Desplazadas", "Reunión de Puntos Focales de la Red"]
    assert r.events[0].dates.start == dt.date(2019, 9, 12)
    assert r.events[1].online and r.events[1].dates.start == dt.date(2019, 10, 2)


# --- not cards ------------------------------------------------------------------------------------------------------

_PLAIN = """Skip to main content
Regional Workshop on Border Management Regional Workshop on Border Management

The workshop was organized by the Technical Secretariat.

Managua, Nicaragua
Meeting of the Consular Network Meeting of the Consular Network

The network met with the support of IOM.

San José, Costa Rica
"""


def test_entries_closed_by_their_place_line_are_no_cards():
    """A place line closing one entry, the next title right under it: no card's head."""
    assert cards.cards(_PLAIN, _lines(_PLAIN)) is None
    r = _parse(_PLAIN)
    assert len(r.events) == 2
    assert r.events[1].place is not None and "San José" in r.events[1].place.span.exact


# --- a report's wrapped lines that name only institutions and places -------------------------------------------------

from rcpkg.loaders.sentences import split_sentences  # noqa: E402


def _units(text: str) -> list[str]:
    return [text[s.start:s.end] for s in split_sentences(text, 0, len(text))]


@pytest.mark.parametrize("text, joined", [
    # a comma going on in lower case: no title's line
    ("El 3/05/2019, en la Ciudad de Tegucigalpa, la Secretaría de Relaciones Exteriores de\n"
     "Honduras (SRECI) fue anfitriona del taller, con el apoyo de la OIM.\n",
     "la Secretaría de Relaciones Exteriores de\nHonduras (SRECI)"),
    ("On 3 May 2019, in San Salvador, the Ministry of Labour and Social Welfare of\n"
     "El Salvador (MTPS) hosted the seminar with the support of the ILO.\n",
     "the Ministry of Labour and Social Welfare of\nEl Salvador (MTPS)"),
    # a sentence that ends inside the line, the next one naming its actor over the break
    ("Los días 4 y 5 de junio la reunión tuvo lugar. El Instituto Nacional de Migración y el Ministerio de\n"
     "Gobernación de Guatemala coordinaron la agenda de la reunión técnica.\n",
     "el Ministerio de\nGobernación de Guatemala"),
    ("The meeting took place in June. The National Migration Institute and the Ministry of Foreign\n"
     "Affairs of Honduras coordinated the agenda of the technical meeting.\n",
     "the Ministry of Foreign\nAffairs of Honduras"),
    # an acronym in brackets alone on the next line
    ("Participaron representantes de la Cámara de Comercio, la OIT y la Asociación Hondureña de Maquiladores\n"
     "(AHM).\n", "la Asociación Hondureña de Maquiladores\n(AHM)."),
    ("Speakers came from the Chamber of Commerce, the ILO and the Salvadoran Association of Industrialists\n"
     "(ASI).\n", "the Salvadoran Association of Industrialists\n(ASI)."),
])
def test_report_wrap_joins_names(text, joined):
    assert any(joined in u for u in _units(text))


@pytest.mark.parametrize("text", [
    "Regional Workshop on Labour Migration and Social Protection\nDelegates of eight countries attended the workshop.\n",
    "Taller Regional sobre Migración Laboral y Protección Social\nDelegados de ocho países asistieron al taller.\n",
])
def test_a_title_over_its_paragraph_stays_apart(text):
    assert len(_units(text)) == 2
