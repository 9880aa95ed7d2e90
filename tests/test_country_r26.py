"""Issue 13 (round 26): country pages - a title line over a paragraph wrapped over several lines, the
event's date and place told in the paragraph's first sentence."""

from __future__ import annotations

import pytest

from rcpkg.loaders.layouts import parse_page
from rcpkg.loaders.records import Page


def _events(text, lang, url="https://example.org/member-states/peru"):
    page = Page(path="t.txt", url=url, text=text, lang=lang, layout="country")
    return parse_page(page).events


_EN = """Regional Conference on Migration
Home / Member States / Peru

REPUBLIC OF PERU
Member since 2001
Focal point: Ministry of Foreign Affairs

Conference activities with Peru

Forum on Labour Mobility in the Andes
On 3 and 4 June 2021 the National Superintendence of Migration and the IOM Office in Peru convened in
Arequipa a forum on seasonal work and social protection, with support from the Government of
Canada. Delegations of Chile and Bolivia took part.

Dialogue on Refugee Children in Border Towns
Held in Tacna from 10 to 12 October 2016, the dialogue was organized by the Ministry of Women
together with UNICEF, whose experts presented a joint guide for consular staff.

Virtual Course on Migration Statistics
Held online on 8 February 2022, the course was given by ECLAC with the Technical Secretariat.
Peru's National Institute of Statistics presented its survey of migrants.

Other member states: Argentina · Chile · Ecuador
"""

_ES = """Conferencia Regional sobre Migración
Inicio / Países miembros / Perú

REPÚBLICA DEL PERÚ
Miembro desde 2001
Punto focal: Ministerio de Relaciones Exteriores

Actividades de la Conferencia con el Perú

Foro sobre Movilidad Laboral en los Andes
Los días 3 y 4 de junio de 2021 la Superintendencia Nacional de Migraciones y la oficina de la OIM
en el Perú convocaron en Arequipa un foro sobre trabajo temporal y protección social, con apoyo del
Gobierno de Canadá. Participaron delegaciones de Chile y Bolivia.

Diálogo sobre Niñez Refugiada en Ciudades de Frontera
Celebrado en Tacna del 10 al 12 de octubre de 2016, el diálogo fue organizado por el Ministerio de
la Mujer junto con UNICEF, cuyos expertos presentaron una guía conjunta para el personal consular.

Curso Virtual sobre Estadísticas Migratorias
Realizado en línea el 8 de febrero de 2022, el curso fue impartido por la CEPAL con la Secretaría
Técnica. El Instituto Nacional de Estadística del Perú presentó su encuesta a migrantes.

Otros países miembros: Argentina · Chile · Ecuador
"""


@pytest.mark.parametrize("text, lang, titles", [
    (_EN, "en", ["Forum on Labour Mobility in the Andes", "Dialogue on Refugee Children in Border Towns",
                 "Virtual Course on Migration Statistics"]),
    (_ES, "es", ["Foro sobre Movilidad Laboral en los Andes", "Diálogo sobre Niñez Refugiada en Ciudades de Frontera",
                 "Curso Virtual sobre Estadísticas Migratorias"]),
])
def test_title_over_wrapped_paragraph_with_date_and_place_inside(text, lang, titles):
    evs = _events(text, lang)
    assert [e.titles[0].text for e in evs] == titles
    assert evs[0].dates.start.isoformat() == "2021-06-03" and evs[0].dates.end.isoformat() == "2021-06-04"
    assert evs[1].dates.start.isoformat() == "2016-10-10" and evs[1].dates.end.isoformat() == "2016-10-12"
    assert evs[2].dates.start.isoformat() == "2022-02-08"
    assert evs[0].place is not None and "Arequipa" in evs[0].place.span.exact
    assert evs[1].place is not None and "Tacna" in evs[1].place.span.exact
    assert evs[2].online
    assert "Delegations" in evs[0].description.exact or "delegaciones" in evs[0].description.exact


_MENU = """Regional Conference on Migration
Home    Who we are    Member Countries    Meetings    Library    Press room    Contact us
EN | ES
Home › Member Countries › Belize
Member since 1996 · Presidency Pro Tempore: 2004, 2015
National focal point: Immigration and Nationality Department of the Government of Belize
The Liaison Office keeps its records in Belmopan. Meetings held in or led by Belize:

Seminar on Border Crossings for Seasonal Workers
Belmopan · 2–3 March 2018
Organized by the Immigration Department with IOM. Officials of Guatemala took part.

Foro sobre Empleo Temporal\t11/05/2022 – 12/05/2022\tBelize City and Orange Walk and more towns
Convened by the Ministry of Labour of Belize and attended by the unions of the region.
"""


def test_menu_bar_label_lines_and_tab_rows_are_no_wrapped_paragraph():
    evs = _events(_MENU, "en", url="https://example.org/member-countries/belize")
    titles = [e.titles[0].text for e in evs]
    assert "Regional Conference on Migration" not in titles
    assert titles[0] == "Seminar on Border Crossings for Seasonal Workers"
    assert not any(t.startswith("Member since") for t in titles)


# the lead's review of round 26: paragraphs printed each on one line, with no blank line between an event's
# paragraph and the next title, are no wrapped paragraph: a title of 60 characters or more under a paragraph
# line that ends its sentence is the next event's title, not the paragraph's continuation
_ONE_LINE_EN = """Home › Member States › Chile
Chile
Activities in this country
Regional Consultation on the Labour Inclusion of Migrants and Refugees
Consultation held in Valparaíso on 14 and 15 May 2022, organized by the National Migration Service and the ILO with support from the Government of Spain.
Online Training Course on Assistance to Victims of Trafficking in Persons
Course given online from 2 to 30 August 2021 by the IOM Office in Chile and the Ministry of Women, with funding from the Embassy of Canada.
Workshop on Cross-Border Mobility at the Chile-Peru Border Crossing
Workshop held in Arica in April 2019, co-organized by the Investigations Police and the Ministry of the Interior of Peru.
"""

_ONE_LINE_ES = """Inicio › Países › Chile
Chile
Actividades en este país
Consulta Regional sobre la Inserción Laboral de Personas Migrantes y Refugiadas
Consulta realizada en Valparaíso los días 14 y 15 de mayo de 2022, organizada por el Servicio Nacional de Migraciones y la OIT con el apoyo del Gobierno de España.
Curso Virtual de Formación sobre Asistencia a Víctimas de Trata de Personas
Curso dictado en línea del 2 al 30 de agosto de 2021 por la Oficina de la OIM en Chile y el Ministerio de la Mujer, con financiamiento de la Embajada de Canadá.
Taller sobre Movilidad Transfronteriza en el Paso Fronterizo Chile-Perú
Taller realizado en Arica en abril de 2019, coorganizado por la Policía de Investigaciones y el Ministerio del Interior del Perú.
"""


@pytest.mark.parametrize("text,lang", [(_ONE_LINE_EN, "en"), (_ONE_LINE_ES, "es")])
def test_one_line_paragraphs_without_blank_lines_keep_their_titles(text, lang):
    events = _events(text, lang, url="https://example.org/member-states/chile")
    titles = [e.titles[0].text for e in events]
    assert len(events) == 3, titles
    assert titles[1].startswith(("Online Training Course", "Curso Virtual")), titles
    assert titles[2].startswith(("Workshop on Cross-Border", "Taller sobre Movilidad")), titles
