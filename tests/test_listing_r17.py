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
