"""Issue 13 (round 35): fields pages. Pages written for these tests, English and Spanish (other names, places and
wording than any held-out set).

- a "| label | value |" table whose value goes on in a row with an empty label cell ("|  | y Paraguay |"): the row
  carries on the value above it (the same event, no next event's title); the bar that closes a row is no part of the
  place or date it holds;
- a known unit, a dash and a unit of the same parent ("Latin American and Caribbean Demographic Centre (CELADE) –
  Population Division of ECLAC", on one line or two): one body, its official name, not a second one;
- "Moderation of all sessions:" / "Moderación durante todas las sesiones": the whole meeting's moderator coordinates;
- "Coordinadora Nacional de Inmigrantes de X": a coordinating body (a network), no official; a country after a
  name's acronym with no comma ("Jesuit Refugee Service (JRS) Ecuador") is where the body is, not a government;
- "Organiza: la Red, con …" / "Organized by: the Network and …": the body of the title named by its head word in a
  role field has that field's role."""

from __future__ import annotations

import pytest
from event_pages import by_event

from rcpkg.loaders.layouts import labels
from test_extract import ref, tools  # noqa: E402, F401


def _by_event(tools, text, lang):  # noqa: F811
    return by_event(tools, text, lang, url="https://example.org/groups/x")


_EN_TABLE = """Andean Labour Forum
Home / Groups / Labour Mobility

Labour Mobility Group

Meetings of the Group

Subregional Workshop on Fair Recruitment
| Date | 4–5 April 2019 |
| Venue | Quito, Ecuador |
| Organized by | Ministry of Labour of Ecuador |
| Participating countries | Bolivia, Colombia, |
|  | Peru and Paraguay |
| Funding | Swiss Agency for Development and Cooperation (SDC) |

Seminar on Seasonal Agricultural Work
| Date | 12 October 2020 |
| Venue | Lima, Peru |
| Organized by | Ministry of Labour of Peru |
| Participating countries | Chile; Ecuador |
"""

_ES_TABLE = """Foro Andino Laboral
Inicio / Grupos / Movilidad Laboral

Grupo sobre Movilidad Laboral

Reuniones del Grupo

Taller Subregional sobre Reclutamiento Equitativo
| Fecha | 4 y 5 de abril de 2019 |
| Sede | Quito, Ecuador |
| Organiza | Ministerio del Trabajo de Ecuador |
| Países participantes | Bolivia, Colombia, |
|  | Perú y Paraguay |
| Financia | Agencia Suiza para el Desarrollo y la Cooperación (COSUDE) |

Seminario sobre Trabajo Agrícola Temporal
| Fecha | 12 de octubre de 2020 |
| Sede | Lima, Perú |
| Organiza | Ministerio de Trabajo del Perú |
| Países participantes | Chile; Ecuador |
"""


@pytest.mark.parametrize("text, lang", [(_EN_TABLE, "en"), (_ES_TABLE, "es")])
def test_a_table_row_with_an_empty_label_cell_carries_on_the_value_above(tools, text, lang):
    got = _by_event(tools, text, lang)
    assert len(got) == 2
    (ev, pairs), _ = got
    assert ev.titles[0].text.startswith(("Subregional Workshop", "Taller Subregional"))
    assert {("gov-pe", "participant"), ("gov-py", "participant"), ("gov-bo", "participant")} <= pairs
    assert any(r == "funder" for _, r in pairs)
    assert ev.place is not None and ev.place.city_label_en == "Quito" and "|" not in ev.place.span.exact


def test_the_bar_closing_a_row_is_no_part_of_a_date(tools):
    text = _EN_TABLE.replace("| Date | 12 October 2020 |", "| Date | October 2020 |")
    from event_pages import event_page
    from rcpkg.loaders.layouts import parse_page

    r = parse_page(event_page(text, "en", layout="fields"))
    assert not any("|" in (w.value or "") and "date" in w.message for w in r.warnings)


_EN_UNIT = """Census Partners
Home / Activities

Activities

1. Regional Workshop on Census Data
Dates: 3–4 May 2019
Place: Asunción, Paraguay
Organizer: National Institute of Statistics (INE)
Co-organizers: Latin American and Caribbean Demographic Centre (CELADE) –
   Population Division of ECLAC
With support from: UNFPA

2. Seminar on Civil Registers
Dates: 8 May 2019
Place: La Paz, Bolivia
Organizer: UNFPA
Co-organizers: Latin American and Caribbean Demographic Centre (CELADE) – Population Division of ECLAC
"""

_ES_UNIT = """Socios del Censo
Inicio / Actividades

Actividades

1. Taller Regional sobre Datos Censales
Fechas: 3 y 4 de mayo de 2019
Lugar: Asunción, Paraguay
Organiza: Instituto Nacional de Estadística (INE)
Coorganizan: Centro Latinoamericano y Caribeño de Demografía (CELADE) –
   División de Población de la CEPAL
Con el apoyo de: UNFPA

2. Seminario sobre Registros Civiles
Fechas: 8 de mayo de 2019
Lugar: La Paz, Bolivia
Organiza: UNFPA
Coorganiza: Centro Latinoamericano y Caribeño de Demografía (CELADE) — División de Población de la CEPAL
"""


@pytest.mark.parametrize("text, lang", [(_EN_UNIT, "en"), (_ES_UNIT, "es")])
def test_a_known_unit_a_dash_and_its_full_name_is_one_body(tools, text, lang):
    got = _by_event(tools, text, lang)
    assert len(got) == 2
    for _, pairs in got:
        assert ("eclac-celade", "organizer") in pairs
        assert not any(isinstance(a, str) and ("Population Division" in a or "División de Población" in a)
                       for a, _ in pairs), pairs


@pytest.mark.parametrize("label", ["Moderation of all sessions", "Moderation for the whole meeting",
                                   "Moderación durante todas las sesiones"])
def test_moderation_of_all_sessions_coordinates(label):
    assert labels.classify(label) == ("role", "coordinator")


_ES_CIVIL = """Red Andina de Sociedad Civil
Inicio / Sociedad civil / Encuentros

Encuentros

Taller de organizaciones de personas migrantes
Fecha              3 de mayo de 2021
Lugar              Lima, Perú
Organiza           Servicio Jesuita a Migrantes (SJM) Perú
Participaron       Coordinadora Nacional de Inmigrantes del Perú; Red de Mujeres Migrantes de Bolivia

Segundo taller de organizaciones de personas migrantes
Fecha              5 de mayo de 2021
Lugar              Quito, Ecuador
Organiza           Fundación Esquel
Participaron       Coordinadora de Organizaciones Migrantes del Ecuador
"""

_EN_CIVIL = """Andean Civil Society Network
Home / Civil society / Meetings

Meetings

Workshop of migrant-led organizations
Date: 3 May 2021
Place: Lima, Peru
Organizer: Jesuit Refugee Service (JRS) Ecuador
Participants: Coordinadora Nacional de Inmigrantes del Perú; Network of Migrant Women of Bolivia

Second workshop of migrant-led organizations
Date: 5 May 2021
Place: Quito, Ecuador
Organizer: Esquel Foundation
Participants: Andean Network of Migrant Workers
"""


@pytest.mark.parametrize("text, lang, body, gov", [
    (_ES_CIVIL, "es", "Coordinadora Nacional de Inmigrantes del Perú", "gov-pe"),
    (_EN_CIVIL, "en", "Coordinadora Nacional de Inmigrantes del Perú", "gov-pe"),
])
def test_a_coordinadora_of_migrants_is_a_body_and_a_country_after_an_acronym_is_its_seat(tools, text, lang, body,
                                                                                            gov):
    (_, pairs), (_, second) = _by_event(tools, text, lang)
    assert (body, "participant") in pairs
    assert not any(a == gov or a == "gov-ec" for a, _ in pairs), pairs
    if lang == "es":
        assert ("Coordinadora de Organizaciones Migrantes del Ecuador", "participant") in second


_ES_NETWORK = """Conferencia Andina sobre Movilidad
Inicio › Redes › Protección Consular

Red de Puntos Focales sobre Protección Consular
La Red reúne a los puntos focales de los países en materia de protección consular.

Reuniones de la Red

Reunión de la Red de Puntos Focales sobre Protección Consular
Sede: Cochabamba, Bolivia
Fecha: 9 y 10 de agosto de 2018
Organiza: la Red, con la Secretaría General de la Comunidad Andina
Participan: Colombia, Ecuador y Perú

Taller sobre registros consulares
Sede: Cusco, Perú
Fecha: 3 de abril de 2019
Organiza: Cancillería del Perú
"""

_EN_NETWORK = """Andean Mobility Conference
Home › Networks › Consular Protection

Network of Focal Points on Consular Protection
The Network brings together the countries' focal points on consular protection.

Meetings of the Network

Meeting of the Network of Focal Points on Consular Protection
Venue: Cochabamba, Bolivia
Date: 9–10 August 2018
Organized by: the Network and the General Secretariat of the Andean Community
Participants: Colombia, Ecuador and Peru

Workshop on consular registers
Venue: Cusco, Peru
Date: 3 April 2019
Organized by: Ministry of Foreign Affairs of Peru
"""


@pytest.mark.parametrize("text, lang", [(_ES_NETWORK, "es"), (_EN_NETWORK, "en")])
def test_the_titled_body_named_by_its_head_word_in_a_role_field_has_the_role(tools, text, lang):
    (ev, pairs), _ = _by_event(tools, text, lang)
    network = [a for a, r in pairs if isinstance(a, str) and ("Red de Puntos" in a or "Network of Focal" in a)]
    assert network, pairs
    assert (network[0], "organizer") in pairs
