"""Issue 13 (round 27): country pages - a title line over its paragraph printed on ONE long line (not wrapped),
the event's place and date told inside the paragraph, a blank line before the next title."""

from __future__ import annotations

import pytest

from rcpkg.loaders.layouts import parse_page
from rcpkg.loaders.records import Page


def _events(text, lang, url="https://example.org/member-states/bolivia"):
    page = Page(path="t.txt", url=url, text=text, lang=lang, layout="country")
    return parse_page(page).events


_EN = """Regional Migration Process
Home | About | Countries | Library
EN | ES

Countries > Bolivia

PLURINATIONAL STATE OF BOLIVIA
Member since 2003
Focal point: Ministry of Government

Process work with Bolivia

Seminar on Seasonal Agricultural Work along the Altiplano Border Areas
Held in Oruro on 21 and 22 March 2016, the seminar was prepared by the Ministry of Labour of Bolivia with the FAO Office in La Paz, and the delegations of Chile and Argentina presented their seasonal visa schemes to the trade unions of the region.

Binational Exchange on Civil Registration of Returnees
In Cochabamba, on 9 July 2019, the General Directorate of Migration gathered the civil registry officers of Bolivia and Paraguay; UNICEF presented a guide on birth certificates.

Regularization Drive for Migrant Families in the East
Santa Cruz de la Sierra, 17/11/2021. The Ombudsman of Bolivia and the Pastoral Care of Human Mobility met with families of the eastern lowlands, with funds from the Government of Switzerland.

Other countries: Argentina · Chile · Paraguay
"""

_ES = """Proceso Regional de Migración
Inicio | Quiénes somos | Países | Biblioteca
ES | EN

Países > Bolivia

ESTADO PLURINACIONAL DE BOLIVIA
Miembro desde 2003
Punto focal: Ministerio de Gobierno

Trabajo del Proceso con Bolivia

Seminario sobre Trabajo Agrícola Estacional en las Zonas Fronterizas del Altiplano
Celebrado en Oruro los días 21 y 22 de marzo de 2016, el seminario fue preparado por el Ministerio de Trabajo de Bolivia con la Oficina de la FAO en La Paz, y las delegaciones de Chile y Argentina presentaron sus esquemas de visados temporales a los sindicatos de la región.

Intercambio Binacional sobre Registro Civil de Personas Retornadas
En Cochabamba, el 9 de julio de 2019, la Dirección General de Migración reunió a los oficiales del registro civil de Bolivia y Paraguay; UNICEF presentó una guía sobre partidas de nacimiento.

Jornada de Regularización para Familias Migrantes del Oriente
Santa Cruz de la Sierra, 17/11/2021. La Defensoría del Pueblo de Bolivia y la Pastoral de Movilidad Humana se reunieron con familias de las tierras bajas del oriente, con fondos del Gobierno de Suiza.

Otros países: Argentina · Chile · Paraguay
"""


@pytest.mark.parametrize("text, lang, titles", [
    (_EN, "en", ["Seminar on Seasonal Agricultural Work along the Altiplano Border Areas",
                 "Binational Exchange on Civil Registration of Returnees",
                 "Regularization Drive for Migrant Families in the East"]),
    (_ES, "es", ["Seminario sobre Trabajo Agrícola Estacional en las Zonas Fronterizas del Altiplano",
                 "Intercambio Binacional sobre Registro Civil de Personas Retornadas",
                 "Jornada de Regularización para Familias Migrantes del Oriente"]),
])
def test_title_over_one_line_paragraph_with_date_and_place_inside(text, lang, titles):
    evs = _events(text, lang)
    assert [e.titles[0].text for e in evs] == titles
    assert evs[0].dates.start.isoformat() == "2016-03-21" and evs[0].dates.end.isoformat() == "2016-03-22"
    assert evs[1].dates.start.isoformat() == "2019-07-09"
    assert evs[2].dates.start.isoformat() == "2021-11-17"
    assert evs[0].place is not None and "Oruro" in evs[0].place.span.exact
    assert evs[1].place is not None and "Cochabamba" in evs[1].place.span.exact
    assert evs[2].place is not None and "Santa Cruz" in evs[2].place.span.exact


# -- the supporters listed after a colon ---------------------------------------------------------------------

from test_extract import pairs, run  # noqa: E402
from test_roles_rules import ref, tools  # noqa: E402,F401  (fixtures)

_SUPPORT_ES = """Países > Paraguay

Actividades en Paraguay

Foro Birregional sobre Trabajo Decente para Personas Migrantes
Asunción, 3 de abril de 2019
Convocaron ambos procesos con el apoyo de sus dos oficinas: la Oficina Regional de la OIT y la Oficina Regional del ACNUR. El Ministerio de Trabajo del Paraguay fue anfitrión.
"""

_SUPPORT_EN = """Countries > Paraguay

Activities in Paraguay

Bi-regional Forum on Decent Work for Migrants
Asunción, 3 April 2019
Both processes convened it with the support of their two offices: the ILO Regional Office and the UNHCR Regional Office. The Ministry of Labour of Paraguay was the host.
"""


@pytest.mark.parametrize("text, lang", [(_SUPPORT_ES, "es"), (_SUPPORT_EN, "en")])
def test_supporters_listed_after_a_colon(tools, text, lang):  # noqa: F811
    page = Page(path="t.txt", url="https://example.org/countries/paraguay", text=text, lang=lang, layout="country")
    evs = parse_page(page).events
    assert len(evs) == 1
    found = pairs(run(tools, page, evs[0]))
    roles = {r for a, r in found if "unhcr" in a or "ilo" in a}
    assert roles == {"supporter"}, found
    assert len([a for a, _r in found if "unhcr" in a or "ilo" in a]) == 2, found
