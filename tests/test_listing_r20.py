"""Listings, round 20 (issue 13, listing20): entry shapes of CMS listings the rules did not read yet.

- a type-and-date line over each entry's title ("TRAINING  ·  3–5 MAR 2021", "TALLER | 12 DE MAYO DE 2019"):
  the event's kind is no place and no title; the line dates the card, the title is the line under it.

Hand-made pages in English and Spanish (none copied from a held-out page).
"""

from __future__ import annotations

import datetime as dt

from listing_pages import city as _city
from listing_pages import dates as _dates
from listing_pages import parse as _parse
from listing_pages import titles as _titles

from rcpkg.loaders.layouts import blocks, heads

KIND_DATE_EN = """\
Andean Labour Mobility Network
Home   Network   Calendar   Library   Contact

CALENDAR
Show: every year ▾

TRAINING  ·  3–5 MAR 2021
Course on Labour Inspection in Seasonal Agriculture
Cusco, Peru
The International Labour Organization ran the course for inspectors of the ministries of labour of Bolivia and Peru.
→ Details

ROUNDTABLE  ·  18 JUN 2019
Remittances and Financial Inclusion of Migrant Households
Quito, Ecuador
Hosted by the Central Bank of Ecuador; the Inter-American Development Bank presented a regional study.
→ Details

FORUM  ·  9 & 10 OCT 2022
Forum of Migrant Worker Organizations
Asunción, Paraguay
Organized by the Ministry of Labour of Paraguay with support from the European Union.
→ Details

Showing 1–3 of 21 items        1  2  3  ›
"""

KIND_DATE_ES = """\
Red Mesoamericana de Movilidad
Inicio | Quiénes somos | Agenda | Contacto

AGENDA DE ACTIVIDADES

TALLER | 12 DE MAYO DE 2019
Taller sobre Retorno Voluntario Asistido
Tegucigalpa, Honduras
Convocado por la Secretaría de Relaciones Exteriores de Honduras, con el apoyo técnico del ACNUR.
Ver más »

REUNIÓN TÉCNICA | 4 AL 6 DE SEPTIEMBRE DE 2018
Encuentro de Oficiales de Enlace en Protección de la Niñez
San José, Costa Rica
El Patronato Nacional de la Infancia fue anfitrión; participaron delegaciones de Panamá y Nicaragua.
Ver más »
"""


def test_kind_cell_of_a_date_line_is_passed_over():
    for t in ("SUMMIT  ·  2–4 FEB 2016", "Seminar | 3 May 2020", "TALLER | 12 DE MAYO DE 2019",
              "Reunión técnica · 4 de junio de 2018", "WORKSHOPS — 2 June 2021"):
        m = heads.meta_line(blocks.Line(1, 0, len(t), t))
        assert m is not None and m.kinds == {"date"}, t


def test_kind_cell_alone_or_a_title_is_no_meta_line():
    for t in ("Conference", "TALLER", "Regional Conference on Migration · 12 May 2019",
              "Seminar on Labour Rights | 3 May 2020"):
        m = heads.meta_line(blocks.Line(1, 0, len(t), t))
        assert m is None or m.kinds != {"date"}, t


def test_type_and_date_line_over_each_title_en():
    r = _parse(KIND_DATE_EN)
    assert _titles(r) == ["Course on Labour Inspection in Seasonal Agriculture",
                          "Remittances and Financial Inclusion of Migrant Households",
                          "Forum of Migrant Worker Organizations"]
    assert [_city(e) for e in r.events] == ["Cusco", "Quito", "Asunción"]
    assert _dates(r.events[0]) == (dt.date(2021, 3, 3), dt.date(2021, 3, 5))
    assert _dates(r.events[2]) == (dt.date(2022, 10, 9), dt.date(2022, 10, 10))


def test_type_and_date_line_over_each_title_es():
    r = _parse(KIND_DATE_ES, lang="es", url="https://example.org/es/agenda")
    assert _titles(r) == ["Taller sobre Retorno Voluntario Asistido",
                          "Encuentro de Oficiales de Enlace en Protección de la Niñez"]
    assert [_city(e) for e in r.events] == ["Tegucigalpa", "San José"]
    assert _dates(r.events[0]) == (dt.date(2019, 5, 12), dt.date(2019, 5, 12)) or \
        _dates(r.events[0]) == (dt.date(2019, 5, 12), None)
    assert _dates(r.events[1]) == (dt.date(2018, 9, 4), dt.date(2018, 9, 6))


# - share and tag lines closing each entry of a headed listing ("Share: LinkedIn · X · Email", "Tags: health,
#   borders"): they close the entry; they are no title of the next one.
SHARE_TAGS_ES = """\
Proceso Andino de Movilidad
Inicio · Quiénes somos · Actividades · Contacto

Actividades

Foro Andino sobre Trata de Personas
Cusco (Perú) — marzo de 2016
El foro reunió a fiscales de la región. La Cancillería del Perú fue anfitriona del encuentro.
Compartir: Facebook | X | WhatsApp
Etiquetas: Trata, Perú

CURSO REGIONAL SOBRE REGISTROS MIGRATORIOS
Del 3 al 5 de agosto de 2020
Sucre, Bolivia
Organizado por la Dirección General de Migración de Bolivia con apoyo de la OIM.
Compartir: Facebook | X | WhatsApp
Etiquetas: Registros

Diálogo sobre Movilidad Laboral en Frontera
2021-11-09 · Virtual
La Organización Internacional del Trabajo convocó a los ministerios de trabajo de Chile y Bolivia.
Compartir: Facebook | X | WhatsApp
Etiquetas: Trabajo
"""

SHARE_TAGS_EN = """\
Caribbean Mobility Forum
Home · About · Activities · Contact

Activities

Roundtable on Disaster Displacement
Kingston (Jamaica) — June 2015
The roundtable gathered civil protection agencies. The Government of Jamaica hosted the meeting.
Share: LinkedIn · X · Email
Tags: Displacement, Jamaica

REGIONAL COURSE ON BORDER DATA
12 to 14 August 2020
Bridgetown, Barbados
Organized by the Barbados Immigration Department with support from IOM.
Share: LinkedIn · X · Email
Tags: Data

Dialogue on Seasonal Work
2021-11-09 · Online
The International Labour Organization convened the labour ministries of Canada and Guatemala.
Share: LinkedIn · X · Email
Tags: Labour
"""


def test_share_and_tag_lines_close_each_entry_es():
    r = _parse(SHARE_TAGS_ES, lang="es", url="https://example.org/es/actividades")
    assert _titles(r) == ["Foro Andino sobre Trata de Personas", "CURSO REGIONAL SOBRE REGISTROS MIGRATORIOS",
                          "Diálogo sobre Movilidad Laboral en Frontera"]
    assert _dates(r.events[1]) == (dt.date(2020, 8, 3), dt.date(2020, 8, 5))


def test_share_and_tag_lines_close_each_entry_en():
    r = _parse(SHARE_TAGS_EN)
    assert _titles(r) == ["Roundtable on Disaster Displacement", "REGIONAL COURSE ON BORDER DATA",
                          "Dialogue on Seasonal Work"]
    assert _dates(r.events[1]) == (dt.date(2020, 8, 12), dt.date(2020, 8, 14))


# - a numeric date whose printed weekday fits both readings ("Mon, 07/01/2019": Monday 7 January and Monday 1 July):
#   the weekday says nothing, the page's convention decides (it made the date "not understood").
def test_weekday_both_readings_fit_then_page_order_decides():
    from rcpkg.loaders.dates import find_dates
    (en,) = find_dates("Mon, 07/01/2019 - 10:00 to Tue, 08/01/2019 - 12:00", 0, order="dmy")
    assert (en.start, en.end) == (dt.date(2019, 1, 7), dt.date(2019, 1, 8))
    (us,) = find_dates("Mon, 07/01/2019", 0, order="mdy")
    assert us.start == dt.date(2019, 7, 1)
    assert find_dates("Mon, 07/01/2019", 0, order=None) == []  # no convention: still no guess
    (es,) = find_dates("lun., 07/01/2019", 0, order="dmy")
    assert es.start == dt.date(2019, 1, 7)


WEEKDAY_LISTING_EN = """\
Pacific Mobility Dialogue
Home | Events | Contact

Events

Meeting of the Consular Liaison Group
Date: Thu, 14/03/2019 - 09:00 to Fri, 15/03/2019 - 13:00
Location: Suva, Fiji
Hosted by the Ministry of Foreign Affairs of Fiji.
Read more

Seminar on Climate Mobility
Date: Mon, 07/01/2019 - 08:30 to Tue, 08/01/2019 - 16:00
Location: Apia, Samoa
Organized by the Government of Samoa with the Pacific Islands Forum Secretariat.
Read more
"""


def test_weekday_both_readings_fit_in_a_listing_en():
    r = _parse(WEEKDAY_LISTING_EN)
    assert _dates(r.events[1]) == (dt.date(2019, 1, 7), dt.date(2019, 1, 8))
    assert not [w for w in r.warnings if "date not understood" in w.message]
