"""Listings, round 17 (issue 13, listing17): entries whose head line, printed ABOVE the title, gives the date and
then the place apart by a dash ("Del 3 al 5 de abril de 2019 — Quito", "21 and 22 October 2019 — Cobija (Pando),
Bolivia"), a place with its province in brackets, entries whose title is printed in capitals, and entries whose
details are spread over short "label: value" lines.

Hand-made pages in English and Spanish (none of them is a held-out page, no sentence copied from one).
"""

from __future__ import annotations

import datetime as dt

from listing_pages import city as _city
from listing_pages import dates as _dates
from listing_pages import parse as _parse
from listing_pages import titles as _titles

from test_fields_r16 import _extract
from test_roles_rules import ref, tools  # noqa: F401  (fixtures)

from rcpkg.loaders.layouts import blocks, heads
from rcpkg.loaders.places import resolve_place


# --- a date-and-place line above each title --------------------------------------------------------------------------

DATE_ABOVE_ES = """\
Red Andina de Movilidad Humana
Inicio | Quiénes somos | Reuniones | Publicaciones
Inicio › Reuniones › 2019
REUNIONES 2019
Secretaría Pro Tempore 2019: Bolivia

Del 3 al 5 de abril de 2019 — Quito
Encuentro Técnico sobre Registro de Trabajadores Temporales
Convocado por la Secretaría Pro Tempore boliviana. El Ministerio de Trabajo del Ecuador presentó su registro.
Ver más

Del 2 de septiembre al 4 de octubre de 2019 — En línea
Curso a Distancia sobre Identificación de Personas Apátridas
Impartido por la Defensoría del Pueblo de Bolivia con apoyo del Banco Mundial.
Ver más

15 de julio de 2019 — Asunción
Foro de Redes de la Sociedad Civil sobre Retorno
Organizado por la Red Andina de Movilidad Humana; la Cancillería paraguaya fue anfitriona del foro.
Ver más

7 y 8 de noviembre de 2019 — Tulcán (Carchi), Ecuador
Taller Fronterizo sobre Niñez No Acompañada
Coorganizado por la Policía Nacional del Ecuador y el Servicio Nacional de Migraciones de Chile.
Ver más

Páginas: 1 2 »
Secretaría de la Red · Quito, Ecuador
"""


def test_date_place_line_above_the_title_es():
    r = _parse(DATE_ABOVE_ES, lang="es")
    assert _titles(r) == ["Encuentro Técnico sobre Registro de Trabajadores Temporales",
                          "Curso a Distancia sobre Identificación de Personas Apátridas",
                          "Foro de Redes de la Sociedad Civil sobre Retorno",
                          "Taller Fronterizo sobre Niñez No Acompañada"]
    quito, curso, foro, taller = r.events
    assert _city(quito) == "Quito" and _dates(quito) == (dt.date(2019, 4, 3), dt.date(2019, 4, 5))
    assert curso.place is not None and curso.place.online
    assert _dates(curso) == (dt.date(2019, 9, 2), dt.date(2019, 10, 4))
    assert _city(foro) == "Asunción" and _dates(foro) == (dt.date(2019, 7, 15), None)
    assert _city(taller) == "Tulcán" and _dates(taller) == (dt.date(2019, 11, 7), dt.date(2019, 11, 8))
    assert "Servicio Nacional de Migraciones de Chile" in taller.description.exact
    assert "Banco Mundial" not in quito.description.exact


DATE_ABOVE_EN = """\
Andean Human Mobility Network
Home | About | Meetings | Publications
Home › Meetings › 2019
MEETINGS 2019

3–5 April 2019 — Quito, Ecuador
Technical Meeting on Seasonal Workers' Registration
Convened by the Bolivian Pro Tempore Secretariat. The Ministry of Labour of Ecuador presented its registry.
Read more

21 and 22 October 2019 — Cobija (Pando), Bolivia
Border Workshop on Unaccompanied Children
Co-organized by the National Police of Bolivia and the Chilean National Migration Service.
Read more

12 June 2019 — Online
Distance Course on Statelessness
Taught by the Ombudsman's Office of Bolivia with support from the World Bank.
Read more

Pages: 1 2 »
"""


def test_date_place_line_above_the_title_en():
    r = _parse(DATE_ABOVE_EN, lang="en")
    assert _titles(r) == ["Technical Meeting on Seasonal Workers' Registration",
                          "Border Workshop on Unaccompanied Children", "Distance Course on Statelessness"]
    quito, cobija, course = r.events
    assert _city(quito) == "Quito" and _dates(quito) == (dt.date(2019, 4, 3), dt.date(2019, 4, 5))
    assert _city(cobija) == "Cobija" and _dates(cobija) == (dt.date(2019, 10, 21), dt.date(2019, 10, 22))
    assert course.place is not None and course.place.online and _dates(course) == (dt.date(2019, 6, 12), None)


def test_a_range_line_is_not_joined_with_the_place_after_its_dash():
    text = "Del 3 al 5 de abril de 2019 — Quito"
    m = heads.meta_line(blocks.Line(1, 0, len(text), text))
    assert m is not None
    assert [(p.kind, text[p.start:p.end]) for p in m.parts] == [("date", "Del 3 al 5 de abril de 2019"),
                                                                 ("place", "Quito")]
    text = "Online | 06/21/2021 – 06/25/2021"  # a range's own dash still joins its two ends
    m = heads.meta_line(blocks.Line(1, 0, len(text), text))
    assert [(p.kind, text[p.start:p.end]) for p in m.parts] == [("place", "Online"), ("date", "06/21/2021 – 06/25/2021")]


def test_a_city_with_its_province_in_brackets_and_its_country():
    for text, city in (("Tulcán (Carchi), Ecuador", "Tulcán"), ("Cobija (Pando), Bolivia", "Cobija")):
        res = resolve_place(text)
        assert res.city is not None and res.city.label_en == city and not res.problem
    assert resolve_place("Xyzzy (Carchi), Ecuador").city is None


# --- a date in a column before the title, the place opening the entry's text ----------------------------------------

COLUMN_EN = """\
Pacific Migration Dialogue
Home | Meetings | Documents
Meetings archive

25/06/2017   Technical Meeting on Seasonal Fishing Workers
Valparaíso, Chile. Hosted by the Chilean Directorate of Labour, with support from the ILO.

19/10/2016\tRegional Seminar on Consular Assistance at Sea
Panama City, Panama. The seminar was convened by the Panamanian Maritime Authority.

13 March 2015   Workshop on Return Counselling
Lima, Peru. Organized by IOM with funding from the European Union.
"""

COLUMN_ES = """\
Diálogo Migratorio del Pacífico
Inicio | Reuniones | Documentos
Archivo de reuniones

28/02/2018    Reunión Técnica sobre Pescadores Temporales
Guayaquil. La Dirección de Trabajo de Ecuador recibió a las delegaciones con el apoyo de la OIT.

14 de agosto de 2016    Seminario sobre Asistencia Consular en el Mar
Antofagasta, Chile. Convocado por la Autoridad Marítima de Panamá.
"""


def test_date_in_a_column_before_the_title_en():
    r = _parse(COLUMN_EN, lang="en")
    assert _titles(r) == ["Technical Meeting on Seasonal Fishing Workers", "Regional Seminar on Consular Assistance at Sea",
                          "Workshop on Return Counselling"]
    valpo, panama, lima = r.events
    assert _dates(valpo) == (dt.date(2017, 6, 25), None) and _city(valpo) == "Valparaíso"
    assert _dates(panama) == (dt.date(2016, 10, 19), None) and _city(panama) == "Panama City"
    assert _dates(lima) == (dt.date(2015, 3, 13), None) and _city(lima) == "Lima"
    assert valpo.place.span.exact == "Valparaíso, Chile"


def test_date_in_a_column_before_the_title_es():
    r = _parse(COLUMN_ES, lang="es")
    assert _titles(r) == ["Reunión Técnica sobre Pescadores Temporales", "Seminario sobre Asistencia Consular en el Mar"]
    gye, anto = r.events
    assert _dates(gye) == (dt.date(2018, 2, 28), None) and _city(gye) == "Guayaquil"
    assert _dates(anto) == (dt.date(2016, 8, 14), None) and _city(anto) == "Antofagasta"


def test_a_sentence_that_is_no_place_does_not_place_the_entry():
    page = COLUMN_EN.replace("Valparaíso, Chile. Hosted", "Fishing crews. Hosted")
    r = _parse(page, lang="en")
    assert r.events[0].place is None or _city(r.events[0]) != "Valparaíso"


# --- title, head line and text as paragraphs apart by blank lines ----------------------------------------------------

SPACED_EN = """\
Andean Mobility Network
Home | Activities | Documents
Activities

Technical Meeting on Seasonal Workers' Registration

Quito, Ecuador, 3-5 April 2019

The Ministry of Labour of Ecuador hosted the meeting with support from the World Bank.

Course on Statelessness Identification

Asunción, Paraguay, 15 July 2019

Organized by the Ombudsman's Office of Bolivia, with funding from the European Union.
"""

SPACED_ES = """\
Red Andina de Movilidad
Inicio | Actividades | Documentos
Actividades

Encuentro sobre Registro de Trabajadores Temporales

Fecha: 3 de abril de 2019

Lugar: Cuenca, Ecuador

El Ministerio de Trabajo del Ecuador recibió el encuentro, con apoyo del Banco Mundial.

Curso sobre Identificación de Personas Apátridas

Fecha: 15 de julio de 2019

Lugar: Encarnación, Paraguay

Organizado por la Defensoría del Pueblo de Bolivia.
"""


def test_title_head_and_text_apart_by_blank_lines_en():
    r = _parse(SPACED_EN, lang="en")
    assert _titles(r) == ["Technical Meeting on Seasonal Workers' Registration", "Course on Statelessness Identification"]
    quito, course = r.events
    assert _city(quito) == "Quito" and _dates(quito) == (dt.date(2019, 4, 3), dt.date(2019, 4, 5))
    assert _city(course) == "Asunción" and _dates(course) == (dt.date(2019, 7, 15), None)
    assert "World Bank" in quito.description.exact and "Course on" not in quito.description.exact


def test_title_head_and_text_apart_by_blank_lines_es():
    r = _parse(SPACED_ES, lang="es")
    assert _titles(r) == ["Encuentro sobre Registro de Trabajadores Temporales",
                          "Curso sobre Identificación de Personas Apátridas"]
    cuenca, curso = r.events
    assert _city(cuenca) == "Cuenca" and _dates(cuenca) == (dt.date(2019, 4, 3), None)
    assert _city(curso) == "Encarnación" and _dates(curso) == (dt.date(2019, 7, 15), None)
    assert "Banco Mundial" in cuenca.description.exact and "Curso" not in cuenca.description.exact


# --- a date line alone above the title, the place opening the text; titles in capitals --------------------------------

DATE_ONLY_ABOVE_ES = """\
Red Andina
Inicio | Actividades
Actividades

3 de abril de 2019
Encuentro Técnico sobre Registro de Trabajadores Temporales
Quito, Ecuador. Convocado por la Secretaría Pro Tempore boliviana.

12 de junio de 2019
Curso a Distancia sobre Apatridia
En línea. Impartido por la Defensoría del Pueblo de Bolivia.

21 de octubre de 2019
Taller Fronterizo sobre Niñez No Acompañada
Cobija, Bolivia. Coorganizado por la Policía Nacional de Bolivia.
"""


def test_date_line_above_the_title_and_place_opening_the_text_es():
    r = _parse(DATE_ONLY_ABOVE_ES, lang="es")
    assert _titles(r) == ["Encuentro Técnico sobre Registro de Trabajadores Temporales", "Curso a Distancia sobre Apatridia",
                          "Taller Fronterizo sobre Niñez No Acompañada"]
    quito, curso, cobija = r.events
    assert _city(quito) == "Quito" and _dates(quito) == (dt.date(2019, 4, 3), None)
    assert curso.place is not None and curso.place.online
    assert _city(cobija) == "Cobija" and _dates(cobija) == (dt.date(2019, 10, 21), None)


PIPE_ABOVE_EN = """\
Andean Mobility Network
Home | Activities
ACTIVITIES 2019

April 3–5, 2019 | Quito, Ecuador
Technical Meeting on Seasonal Workers' Registration
Convened by the Bolivian Pro Tempore Secretariat. The Ministry of Labour of Ecuador presented its registry.

June 12, 2019 | Online
Distance Course on Statelessness
Taught by the Ombudsman's Office of Bolivia with support from the World Bank.
"""


def test_date_and_place_apart_by_a_bar_above_the_title_en():
    r = _parse(PIPE_ABOVE_EN, lang="en")
    assert _titles(r) == ["Technical Meeting on Seasonal Workers' Registration", "Distance Course on Statelessness"]
    quito, course = r.events
    assert _city(quito) == "Quito" and _dates(quito) == (dt.date(2019, 4, 3), dt.date(2019, 4, 5))
    assert course.place is not None and course.place.online and _dates(course) == (dt.date(2019, 6, 12), None)


CAPS_ES = """\
Foro Andino de Migraciones
Inicio | Reuniones | Documentos
Reuniones anteriores

TALLER SUBREGIONAL SOBRE TRABAJO AGRÍCOLA TEMPORAL
Cusco, Perú, 9 y 10 de abril de 2014
El Ministerio de Trabajo del Perú recibió a las delegaciones. Participaron la OIT y el Banco Mundial.

ENCUENTRO DE AUTORIDADES CONSULARES SOBRE PERSONAS APÁTRIDAS
12 de junio de 2015 — En línea
Convocado por la Defensoría del Pueblo de Bolivia.
"""


def test_titles_in_capitals_es():
    r = _parse(CAPS_ES, lang="es")
    assert _titles(r) == ["TALLER SUBREGIONAL SOBRE TRABAJO AGRÍCOLA TEMPORAL",
                          "ENCUENTRO DE AUTORIDADES CONSULARES SOBRE PERSONAS APÁTRIDAS"]
    cusco, encuentro = r.events
    assert _city(cusco) == "Cusco" and _dates(cusco) == (dt.date(2014, 4, 9), dt.date(2014, 4, 10))
    assert encuentro.place is not None and encuentro.place.online and _dates(encuentro) == (dt.date(2015, 6, 12), None)


# --- an entry's details over several short "label: value" lines --------------------------------------------------------

LABELS_EN = """\
Andean Mobility Network
Home | Activities | Documents
Activities 2019

Technical Meeting on Seasonal Workers' Registration
Date: 3-5 April 2019
Venue: Quito, Ecuador
Convened by: Bolivian Pro Tempore Secretariat
Support: World Bank

Course on Statelessness Identification
Date: 15 July 2019
Venue: Asunción, Paraguay
Organizer: Ombudsman's Office of Bolivia
Funding: European Union
"""

LABELS_ES = """\
Red Andina de Movilidad Humana
Inicio | Actividades | Documentos
Actividades 2019

Encuentro Técnico sobre Registro de Trabajadores Temporales
Fecha: 3 al 5 de abril de 2019
Lugar: Quito, Ecuador
Convoca: Secretaría Pro Tempore boliviana
Apoyo: Banco Mundial

Curso sobre Identificación de Personas Apátridas
Fecha: 15 de julio de 2019
Lugar: Asunción, Paraguay
Organiza: Defensoría del Pueblo de Bolivia
Financia: Unión Europea
"""


def test_label_lines_inside_a_listings_entries(tools):  # noqa: F811
    for text, lang, roles in ((LABELS_EN, "en", [{"Ombudsman's Office of Bolivia": "organizer", "European Union": "funder"}]),
                              (LABELS_ES, "es", [{"Defensoría del Pueblo de Bolivia": "organizer",
                                                  "Unión Europea": "funder"}])):
        r, found = _extract(tools, text, lang, layout="listing")
        assert len(r.events) == 2
        first, second = r.events
        assert _city(first) == "Quito" and _dates(first) == (dt.date(2019, 4, 3), dt.date(2019, 4, 5))
        assert _city(second) == "Asunción" and _dates(second) == (dt.date(2019, 7, 15), None)
        assert found[0][1].get("World Bank" if lang == "en" else "Banco Mundial") == "supporter"
        assert found[1][1] == roles[0]
