"""Listings, round 18 (issue 13, listing18): entries whose title (often in capitals) is followed by the place on a
line of its own and then the date on the next line, the details on short lines under them.

Hand-made pages in English and Spanish (none of them is a held-out page, no sentence copied from one).
"""

from __future__ import annotations

import datetime as dt

from listing_pages import city as _city
from listing_pages import dates as _dates
from listing_pages import parse as _parse
from listing_pages import titles as _titles


PLACE_THEN_DATE_EN = """\
Andean Mobility Forum
Home
Meetings
Library
EN | ES

MEETINGS

IV ANDEAN FORUM ON LABOUR MOBILITY
Quito, Ecuador
3–4 March 2016
Hosted by the Ministry of Labour of Ecuador
Partner: World Bank
The delegations agreed on a shared work plan.

REGIONAL WORKSHOP ON CONSULAR RECORDS
Cusco
21 September 2017
Convened by the Andean Secretariat,
with the Ombudsman's Office of Peru.

Page 1 of 3
"""

PLACE_THEN_DATE_ES = """\
Foro Andino de Movilidad
Inicio
Reuniones
Biblioteca
ES | EN

REUNIONES

IV FORO ANDINO SOBRE MOVILIDAD LABORAL
Cuenca, Ecuador
Del 3 al 4 de marzo de 2016
Organizado por el Ministerio de Trabajo del Ecuador
Apoyo: Banco Mundial

Taller Regional sobre Registros Consulares
Arequipa
21 de septiembre de 2017
Convocado por la Secretaría Andina,
con la Defensoría del Pueblo del Perú.

Página 1 de 3
"""


def test_place_line_then_date_line_under_the_title_en():
    r = _parse(PLACE_THEN_DATE_EN, lang="en")
    assert _titles(r) == ["IV ANDEAN FORUM ON LABOUR MOBILITY", "REGIONAL WORKSHOP ON CONSULAR RECORDS"]
    quito, cusco = r.events
    assert _city(quito) == "Quito" and _dates(quito) == (dt.date(2016, 3, 3), dt.date(2016, 3, 4))
    assert _city(cusco) == "Cusco" and _dates(cusco) == (dt.date(2017, 9, 21), None)
    assert "World Bank" in quito.description.exact and "Ombudsman" in cusco.description.exact


def test_place_line_then_date_line_under_the_title_es():
    r = _parse(PLACE_THEN_DATE_ES, lang="es")
    assert _titles(r) == ["IV FORO ANDINO SOBRE MOVILIDAD LABORAL", "Taller Regional sobre Registros Consulares"]
    cuenca, arequipa = r.events
    assert _city(cuenca) == "Cuenca" and _dates(cuenca) == (dt.date(2016, 3, 3), dt.date(2016, 3, 4))
    assert _city(arequipa) == "Arequipa" and _dates(arequipa) == (dt.date(2017, 9, 21), None)
    assert "Banco Mundial" in cuenca.description.exact and "Defensoría" in arequipa.description.exact


# --- a date line above each title, the place under it, "› Details" links, the column names over the first entry ----

DATE_ABOVE_EN = """\
Skip to main content
Pacific Mobility Dialogue
Home  About us  Meetings  Contact
English | Español
Home › Meetings

MEETINGS
Date                     Meeting
Mar 4–6, 2018
Technical Workshop on Seasonal Fishing Workers
Valparaíso, Chile
Hosted by the Chilean Directorate of Labour, with the ILO. Delegations of Peru and Ecuador took part.
› Details

Oct 2019
Seminar on Consular Assistance at Sea
Online
Convened by the Panamanian Maritime Authority. The World Bank attended.
› Details

Showing 1 - 2 of 9   |   Next ›
"""

DATE_ABOVE_ES = """\
Saltar al contenido principal
Diálogo Migratorio del Pacífico
Inicio  Quiénes somos  Reuniones  Contacto
Español | English
Inicio › Reuniones

REUNIONES
Fecha                    Evento
4 al 6 de marzo de 2018
Taller Técnico sobre Pescadores Temporales
Guayaquil, Ecuador
La Dirección de Trabajo de Ecuador recibió a las delegaciones con el apoyo de la OIT.
» Detalles

dic. 2019
Seminario sobre Asistencia Consular en el Mar
En línea
Convocado por la Autoridad Marítima de Panamá.
» Detalles

Mostrando 1 - 2 de 9   |   Siguiente ›
"""


def test_date_line_above_the_title_then_place_and_a_details_link_en():
    r = _parse(DATE_ABOVE_EN, lang="en")
    assert _titles(r) == ["Technical Workshop on Seasonal Fishing Workers", "Seminar on Consular Assistance at Sea"]
    valpo, seminar = r.events
    assert _city(valpo) == "Valparaíso" and _dates(valpo) == (dt.date(2018, 3, 4), dt.date(2018, 3, 6))
    assert seminar.place is not None and seminar.place.online
    assert "Delegations of Peru" in valpo.description.exact and "World Bank" in seminar.description.exact


def test_date_line_above_the_title_then_place_and_a_details_link_es():
    r = _parse(DATE_ABOVE_ES, lang="es")
    assert _titles(r) == ["Taller Técnico sobre Pescadores Temporales", "Seminario sobre Asistencia Consular en el Mar"]
    gye, seminario = r.events
    assert _city(gye) == "Guayaquil" and _dates(gye) == (dt.date(2018, 3, 4), dt.date(2018, 3, 6))
    assert seminario.place is not None and seminario.place.online
    assert "OIT" in gye.description.exact and "Autoridad Marítima" in seminario.description.exact


def test_link_column_names_language_switch_and_short_month():
    from rcpkg.loaders.layouts import blocks, heads

    assert blocks.MORE_LINK.match("› Details") and blocks.MORE_LINK.match("Detalles »")
    assert not blocks.MORE_LINK.match("Details")
    assert blocks.is_column_header("Date        Event") and blocks.is_column_header("Fecha | Actividad | Lugar")
    assert not blocks.is_column_header("Home   About us   Events")
    assert blocks.is_language_switch("Español | English") and not blocks.is_language_switch("Regional Meeting")
    assert heads.MONTH_YEAR.fullmatch("Oct 2019") and heads.MONTH_YEAR.fullmatch("dic. 2019")


# --- pipe rows "title | dates | place", each with its details on the lines under it ------------------------------------

ROWS_ES = """\
Foro Andino de Movilidad (FAM)
Inicio | Agenda | Contacto
AGENDA 2016
Actividad | Fecha | Lugar

Encuentro sobre Registro de Trabajadores Temporales | 2016-03-03 al 2016-03-04 | Cuenca, Ecuador
Convoca: Secretaría Andina
Apoyo: Banco Mundial

Curso sobre Identificación de Personas Apátridas | 2016-07-15 | Arequipa
Organizado por la Defensoría del Pueblo del Perú, con financiamiento de la Unión Europea.

Ver agenda 2015 | Ver agenda 2017
"""

ROWS_EN = """\
Andean Mobility Forum (AMF)
Home | Agenda | Contact
AGENDA 2016
Activity | Date | Place

Meeting on Seasonal Workers' Registration | 2016-03-03 to 2016-03-04 | Cuenca, Ecuador
Convened by: Andean Secretariat
Support: World Bank

Course on Statelessness Identification | 2016-07-15 | Arequipa
Organized by the Ombudsman's Office of Peru, with funding from the European Union.

See agenda 2015 | See agenda 2017
"""


def test_pipe_rows_with_details_under_each_row():
    for text, lang, support, funder in ((ROWS_ES, "es", "Banco Mundial", "Unión Europea"),
                                        (ROWS_EN, "en", "World Bank", "European Union")):
        r = _parse(text, lang=lang)
        assert len(r.events) == 2, _titles(r)
        cuenca, arequipa = r.events
        assert _city(cuenca) == "Cuenca" and _dates(cuenca) == (dt.date(2016, 3, 3), dt.date(2016, 3, 4))
        assert _city(arequipa) == "Arequipa" and _dates(arequipa) == (dt.date(2016, 7, 15), None)
        assert support in cuenca.description.exact and funder in arequipa.description.exact
        assert "agenda 2017" not in arequipa.description.exact



# --- a field's list of names wrapped after a comma ----------------------------------------------------------------------

def test_a_fields_list_of_names_wrapped_after_a_comma_is_one_sentence():
    from rcpkg.loaders.sentences import split_sentences

    for text, tail in (("Delegations attended: Bolivia, Colombia,\nChile, Peru and Argentina.\nThe forum closed.",
                        "Argentina."),
                       ("Asistieron los gobiernos: Bolivia, Colombia,\nChile, Perú y Argentina.\nEl foro concluyó.",
                        "Argentina.")):
        found = [x.text if hasattr(x, "text") else text[x.start:x.end] for x in split_sentences(text)]
        assert found[0].endswith(tail) and "Colombia,\nChile" in found[0], found
    # a field line after a comma-ended field line is a field of its own
    text = "Host: Government of Ecuador,\nSupport: World Bank"
    found = [x.text if hasattr(x, "text") else text[x.start:x.end] for x in split_sentences(text)]
    assert len(found) == 2, found
