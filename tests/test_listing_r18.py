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
