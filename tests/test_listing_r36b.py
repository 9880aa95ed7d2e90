"""Listings, round 36 (issue 13, listing36b): calendar, table and arrow-line listing shapes.

- a calendar whose entries open with a date-time line before the title ("Mar 14.03.2017 09:00 h – Mié 15.03.2017
  17:00 h", "Wed 23.08.2023 10:00 am – 5:00 pm"), then the title, then the place after a label and an arrow
  ("Sede » Quito, Ecuador", "Venue → Lima, Peru"): each date-time line heads its entry, hours are no entry's text;
  a weekday that fits no reading of its numeric date leaves the date unknown, with a warning (never the range's
  end taken for its start);
- a table saved as " | " rows with a rule under its header row and a notes cell wrapped onto the next line: every
  row is an entry, the wrapped line its own row's;
- an entry's head line whose cells are apart by arrows ("Quito, Ecuador ⟶ 07.03.2018 – 08.03.2018 ⟶ Technical
  workshop", "Montevideo → 02.10.2021 → Reunión de red (virtual)"): its place, its dates, its kind passed over.

Hand-made pages in English and Spanish (none copied from a held-out page).
"""

from __future__ import annotations

import datetime as dt

from listing_pages import city as _city
from listing_pages import dates as _dates
from listing_pages import parse as _parse
from listing_pages import titles as _titles

CALENDAR_ES = """\
Red Andina de Movilidad
Inicio | Red | Calendario | Contacto
Inicio / Calendario

Calendario
Vista: Lista · Mes

Mar 14.03.2017 09:00 h – Mié 15.03.2017 17:00 h
Curso sobre Inspección Laboral en la Agricultura
Sede » Quito, Ecuador
El Ministerio del Trabajo del Ecuador y la OIT organizaron el curso para inspectores de Bolivia y del Perú.
Ver evento »

Mié 18.10.2023 10:00 h – 16:30 h
Foro de Organizaciones de Trabajadores Migrantes
Sede » Cochabamba, Bolivia
La Cancillería de Bolivia acogió el foro, al que asistieron organizaciones sindicales de la región.
Ver evento »

Jue 07.03.2019 09:00 h – Sáb 09.03.2019 13:00 h
Encuentro Regional sobre Remesas
Sede » Arequipa, Perú
El Banco Central de Reserva del Perú presentó un estudio regional.
Ver evento »

Mostrando 1–3 de 40 eventos      ‹ Anterior | Siguiente ›
"""

CALENDAR_EN = """\
Andean Mobility Network
Home | Network | Calendar | Contact

Calendar

Tue 14.03.2017 9:00 am – Wed 15.03.2017 5:00 pm
Course on Labour Inspection in Agriculture
Venue → Quito, Ecuador
The Ministry of Labour of Ecuador and the ILO organized the course for inspectors of Bolivia and Peru.
View event »

Wed 18.10.2023 10:00 am – 4:30 pm
Forum of Migrant Worker Organizations
Venue → Cochabamba, Bolivia
The Foreign Ministry of Bolivia hosted the forum, which trade unions of the region attended.
View event »

Showing 1–2 of 40 events      ‹ Previous | Next ›
"""


def test_a_calendar_date_time_line_heads_its_entry_es():
    r = _parse(CALENDAR_ES, "es")
    assert _titles(r) == ["Curso sobre Inspección Laboral en la Agricultura",
                          "Foro de Organizaciones de Trabajadores Migrantes", "Encuentro Regional sobre Remesas"]
    assert [_city(e) for e in r.events] == ["Quito", "Cochabamba", "Arequipa"]
    assert _dates(r.events[0]) == (dt.date(2017, 3, 14), dt.date(2017, 3, 15))
    assert _dates(r.events[1]) == (dt.date(2023, 10, 18), None)


def test_a_calendar_date_time_line_heads_its_entry_en():
    r = _parse(CALENDAR_EN, "en")
    assert _titles(r) == ["Course on Labour Inspection in Agriculture", "Forum of Migrant Worker Organizations"]
    assert [_city(e) for e in r.events] == ["Quito", "Cochabamba"]
    assert _dates(r.events[1]) == (dt.date(2023, 10, 18), None)


def test_a_weekday_that_fits_no_reading_leaves_the_entry_undated_with_a_warning():
    # a Friday fits neither 7 March 2019 (a Thursday) nor 3 July 2019 (a Wednesday); the end, Saturday 9 March, reads
    # alone, yet it is not the entry's start: the range is not understood
    page = CALENDAR_ES.replace("Jue 07.03.2019", "Vie 07.03.2019")
    r = _parse(page, "es")
    assert _titles(r)[2] == "Encuentro Regional sobre Remesas"
    assert _city(r.events[2]) == "Arequipa"
    assert r.events[2].dates is None
    assert any("date not understood" in w.message and "Encuentro" in w.message for w in r.warnings)


TABLE_ES = """\
Conferencia Andina sobre Movilidad
Inicio > Agenda > Histórico

AGENDA DE LA CONFERENCIA
Evento | Fecha | Lugar | Observaciones
--------------------------------------------------------------
Taller Subregional sobre Trata de Personas en Zonas de Frontera | 14/06/2016 – 15/06/2016 | Tacna (Perú) | Organizado por el Gobierno del Perú y la OIM;
    financiado por el Gobierno de Canadá.
Reunión Técnica sobre Registro Consular | 08/11/2018 | Guayaquil (Ecuador) | Convocada por la Cancillería del Ecuador;
    asistieron delegados de Bolivia y Chile.
Foro Regional sobre Niñez Migrante | 22/05/2021 – 23/05/2021 | La Paz (Bolivia) | Coorganizado por UNICEF y el Gobierno de Bolivia.
--------------------------------------------------------------
Mostrando 3 de 20 registros | Exportar CSV | Imprimir
"""

TABLE_EN = """\
Andean Conference on Mobility
Home > Agenda > Archive

CONFERENCE AGENDA
Event | Date | Place | Notes
--------------------------------------------------------------
Subregional Workshop on Trafficking in Border Areas | 14/06/2016 – 15/06/2016 | Tacna (Peru) | Organized by the Government of Peru and IOM;
    funded by the Government of Canada.
Technical Meeting on Consular Registration | 08/11/2018 | Guayaquil (Ecuador) | Convened by Ecuador's Foreign Ministry.
--------------------------------------------------------------
Showing 2 of 20 records | Export CSV | Print
"""


def test_a_table_with_a_rule_under_its_header_and_wrapped_notes_es():
    r = _parse(TABLE_ES, "es")
    assert _titles(r) == ["Taller Subregional sobre Trata de Personas en Zonas de Frontera",
                          "Reunión Técnica sobre Registro Consular", "Foro Regional sobre Niñez Migrante"]
    assert [_city(e) for e in r.events] == ["Tacna", "Guayaquil", "La Paz"]
    assert _dates(r.events[0]) == (dt.date(2016, 6, 14), dt.date(2016, 6, 15))
    assert "Canadá" in r.events[0].description.exact and "Canadá" not in r.events[1].description.exact


def test_a_table_with_a_rule_under_its_header_and_wrapped_notes_en():
    r = _parse(TABLE_EN, "en")
    assert _titles(r) == ["Subregional Workshop on Trafficking in Border Areas",
                          "Technical Meeting on Consular Registration"]
    assert [_city(e) for e in r.events] == ["Tacna", "Guayaquil"]


ARROWS_EN = """\
Andean Mobility Network
About | Events | Documents

Meetings and workshops

▸ Workshop on Labour Migration Statistics
  Quito, Ecuador ⟶ 07.03.2018 – 08.03.2018 ⟶ Technical workshop
  The Network and the ILO organized two days of work on labour migration statistics.
  [Details]

▸ Third Meeting of the Andean Network of Labour Inspectors
  Montevideo, Uruguay + online ⟶ 22.10.2021 ⟶ Network meeting (hybrid)
  Uruguay convened the meeting; the Ministry of Labour of Uruguay hosted the delegates.
  [Details]
"""

ARROWS_ES = """\
Red Andina de Movilidad
Red | Eventos | Documentos

Reuniones y talleres

▸ Taller sobre Estadísticas de Migración Laboral
  Quito, Ecuador → 07.03.2018 – 08.03.2018 → Taller técnico
  La Red y la OIT organizaron dos días de trabajo sobre estadísticas de migración laboral.
  [Detalles]

▸ Tercera Reunión de la Red Andina de Inspectores Laborales
  Montevideo, Uruguay → 22.10.2021 → Reunión de red (virtual)
  Uruguay convocó la reunión; el Ministerio de Trabajo del Uruguay recibió a las delegaciones.
  [Detalles]
"""


def test_arrows_part_an_entrys_place_dates_and_kind_en():
    r = _parse(ARROWS_EN, "en")
    assert [_city(e) for e in r.events] == ["Quito", "Montevideo"]
    assert [_dates(e) for e in r.events] == [(dt.date(2018, 3, 7), dt.date(2018, 3, 8)), (dt.date(2021, 10, 22), None)]


def test_arrows_part_an_entrys_place_dates_and_kind_es():
    r = _parse(ARROWS_ES, "es")
    assert [_city(e) for e in r.events] == ["Quito", "Montevideo"]
    assert [_dates(e) for e in r.events] == [(dt.date(2018, 3, 7), dt.date(2018, 3, 8)), (dt.date(2021, 10, 22), None)]
