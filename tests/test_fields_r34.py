"""Issue 13 (round 34): fields pages -
- a label alone ("PANELISTS", "Ponentes") with its items one a line right under it, then another label of the same
  role right under them, in an event whose title follows a blank line: all the items are the label's, no next event;
- labels: "Instituciones organizadoras" / "Organizing institutions" organize; "Member institutions present" /
  "Instituciones miembro presentes" take part; "Moderó la reunión" / "Moderated the meeting" coordinates, "Moderó la
  sesión 2" takes part;
- an acronym alone on a line indented under a role field written inline (its label cell left empty) is that field's."""

from __future__ import annotations

from event_pages import by_event

from rcpkg.loaders.layouts import labels
from test_extract import ref, tools  # noqa: E402, F401


def _by_event(tools, text, lang):  # noqa: F811
    return by_event(tools, text, lang, url="https://example.org/networks/x")


_EN_STACKED = """Andean Mobility Forum
Home / Networks / Border Health

BORDER HEALTH NETWORK

Activities

Seminar on Health Screening at Land Crossings
WHEN
9 October 2020
WHERE
Quito, Ecuador
PANELISTS
Ministry of Public Health of Ecuador
Pan American Health Organization (PAHO)
PARTICIPATING COUNTRIES
Bolivia and Peru
FUNDING
European Union

Meeting of the Border Health Network
WHEN
3 March 2023
WHERE
Lima, Peru
ORGANIZED BY
Border Health Network
"""

_ES_STACKED = """Foro Andino de Movilidad
Inicio / Redes / Salud en Fronteras

RED DE SALUD EN FRONTERAS

Actividades

Seminario sobre Tamizaje Sanitario en Pasos Terrestres
FECHA
9 de octubre de 2020
SEDE
Quito, Ecuador
PONENTES
Ministerio de Salud Pública del Ecuador
Organización Panamericana de la Salud (OPS)
PAÍSES PARTICIPANTES
Bolivia y Perú
FINANCIAMIENTO
Unión Europea

Reunión de la Red de Salud en Fronteras
FECHA
3 de marzo de 2023
SEDE
Lima, Perú
ORGANIZA
Red de Salud en Fronteras
"""


def test_stacked_items_stay_with_their_label_en(tools):
    evs = _by_event(tools, _EN_STACKED, "en")
    assert len(evs) == 2
    roles = evs[0][1]
    assert any(role == "participant" and "Pan American Health" in n for n, role in roles)
    assert any(role == "funder" for _, role in roles)
    assert any(n == "gov-bo" and role == "participant" for n, role in roles)


def test_stacked_items_stay_with_their_label_es(tools):
    evs = _by_event(tools, _ES_STACKED, "es")
    assert len(evs) == 2
    roles = evs[0][1]
    assert any(role == "participant" and "Panamericana" in n for n, role in roles)
    assert any(role == "funder" for _, role in roles)


def test_tight_events_still_split(tools):
    # events printed with no blank line between them: a role label right under another's items is the next event's
    text = _EN_STACKED.replace("\n\nMeeting of", "\nMeeting of")
    assert len(_by_event(tools, text, "en")) == 2


def test_labels_r34():
    def role(line):
        lab = labels.find(line)
        return lab and (lab.key, lab.role)
    assert role("Instituciones organizadoras: X; Y") == ("role", "organizer")
    assert role("Organizing institutions: X") == ("role", "organizer")
    assert role("Member institutions present\tX") == ("role", "participant")
    assert role("Instituciones miembro presentes: X") == ("role", "participant")
    assert role("Moderó la reunión: X") == ("role", "coordinator")
    assert role("Moderated the meeting: X") == ("role", "coordinator")
    assert role("Moderó la sesión 2: X") == ("role", "participant")
    assert role("Coordinating institutions: X")[0] == "coordinating"


_EN_CELLS = """Andean Mobility Forum
Home / Networks / Border Health

Activities

Workshop on Cross-Border Vaccination
Date\t5 May 2022
Venue\tCusco, Peru
With support from\tPAHO
\tUNICEF
Participants\tBolivia; Chile
"""

_ES_CELLS = """Foro Andino de Movilidad
Inicio / Redes / Salud en Fronteras

Actividades

Taller sobre Vacunación Transfronteriza
Fecha:    5 de mayo de 2022
Sede:     Cusco, Perú
Apoyo:    OPS
          UNICEF
Participan: Bolivia; Chile
"""


def test_empty_label_cell_en(tools):
    (_, roles), = _by_event(tools, _EN_CELLS, "en")
    assert ("unicef", "supporter") in roles


def test_empty_label_cell_es(tools):
    (_, roles), = _by_event(tools, _ES_CELLS, "es")
    assert ("unicef", "supporter") in roles
