"""Issue 13 (round 34): country pages - an event told as a title line that names no event kind ("Dialogue on
the Rights of Displaced Families", "Encuentro ...") over a one-line paragraph that opens with a month and year
only ("In May 2018 the Ministry ...", "En octubre de 2019 la Dirección ..."): the title opens its own event,
as a paragraph opening with a full date already does, and is not swallowed by the event above."""

from __future__ import annotations

from rcpkg.loaders.layouts import parse_page
from rcpkg.loaders.records import Page


def _events(text, lang, url):
    page = Page(path="t.txt", url=url, text=text, lang=lang, layout="country")
    return parse_page(page).events


_EN = """Regional Migration Process
Home | About | Countries | Library

HONDURAS

Member since 1996.

Process activities in Honduras

Seminar on Labour Mobility Statistics
The seminar met in Tegucigalpa on 5 and 6 May 2019, organized by the Ministry of Labour with the support of IOM.

Dialogue on the Rights of Displaced Families
In May 2018 Save the Children Honduras brought together municipal officials in San Pedro Sula with the Ministry of Social Development.

Other countries: Belize · Panama
"""

_ES = """Proceso Regional de Migración
Inicio | Quiénes somos | Países | Biblioteca

NICARAGUA

Miembro desde 1996.

Actividades del proceso en Nicaragua

Seminario sobre Estadísticas de Movilidad Laboral
El seminario se reunió en Managua el 5 y 6 de mayo de 2019, organizado por el Ministerio del Trabajo con el apoyo de la OIM.

Diálogo sobre los Derechos de las Familias Desplazadas
En octubre de 2019 Aldeas Infantiles SOS reunió en León a funcionarios municipales con el Ministerio de la Familia.

Otros países: Belice · Panamá
"""


def test_month_year_paragraph_opens_its_own_event_en():
    evs = _events(_EN, "en", "https://example.org/en/member-countries/honduras")
    titles = [e.titles[0].text for e in evs]
    assert titles == ["Seminar on Labour Mobility Statistics", "Dialogue on the Rights of Displaced Families"]
    assert "Save the Children" not in evs[0].description.exact


def test_month_year_paragraph_opens_its_own_event_es():
    evs = _events(_ES, "es", "https://example.org/es/paises-miembros/nicaragua")
    titles = [e.titles[0].text for e in evs]
    assert titles == ["Seminario sobre Estadísticas de Movilidad Laboral",
                      "Diálogo sobre los Derechos de las Familias Desplazadas"]
    assert "Aldeas" not in evs[0].description.exact


def test_opening_month_is_no_place():
    # "In March 2016 …": the month is no town of that name; the paragraph's "in <city>" places the event
    en = _EN.replace("In May 2018", "In March 2018")
    evs = _events(en, "en", "https://example.org/en/member-countries/honduras")
    assert evs[1].place is not None and evs[1].place.span.exact == "San Pedro Sula"
    es = _ES.replace("En octubre de 2019", "En marzo de 2019")
    evs = _events(es, "es", "https://example.org/es/paises-miembros/nicaragua")
    assert evs[1].place is None or evs[1].place.span.exact not in ("marzo", "Marzo")


_LABEL_EN = """Regional Migration Process
Home | About | Countries | Library

PANAMA

Member since 1996.

Process events in Panama

Forum on Consular Assistance to Migrants in Transit
Date: 14 and 15 March 2018 · David
The Ministry of Foreign Affairs hosted the forum with the support of IOM.

Seminar on Return and Reintegration
Date: 2–3 May 2021 | Online
The Technical Secretariat convened the seminar.

Other countries: Belize · Mexico
"""

_LABEL_ES = """Proceso Regional de Migración
Inicio | Quiénes somos | Países | Biblioteca

HONDURAS

Miembro desde 1996.

Eventos del proceso en Honduras

Foro sobre Asistencia Consular a Personas Migrantes en Tránsito
Fecha: 14 y 15 de marzo de 2018 · San Pedro Sula
La Cancillería fue anfitriona del foro con el apoyo de la OIM.

Seminario sobre Retorno y Reintegración
Fecha: 2 y 3 de mayo de 2021 | En línea
La Secretaría Técnica convocó el seminario.

Otros países: Belice · México
"""


def test_date_label_over_date_and_place_en():
    evs = _events(_LABEL_EN, "en", "https://example.org/en/member-countries/panama")
    assert [e.titles[0].text for e in evs] == ["Forum on Consular Assistance to Migrants in Transit",
                                              "Seminar on Return and Reintegration"]
    assert evs[0].place is not None and evs[0].place.span.exact == "David"
    assert evs[0].dates is not None and evs[0].dates.start.isoformat() == "2018-03-14"
    assert evs[1].online and evs[1].dates is not None and evs[1].dates.end.isoformat() == "2021-05-03"


def test_date_label_over_date_and_place_es():
    evs = _events(_LABEL_ES, "es", "https://example.org/es/paises-miembros/honduras")
    assert evs[0].place is not None and evs[0].place.span.exact == "San Pedro Sula"
    assert evs[0].dates is not None and evs[0].dates.end.isoformat() == "2018-03-15"
    assert evs[1].online and evs[1].dates is not None and evs[1].dates.start.isoformat() == "2021-05-02"
