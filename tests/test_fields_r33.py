"""Issue 13 (round 33): fields pages -
- run-on fields, several "Label: value" set apart by bars on one line ("Date: 4 May 2022 | Venue: Lima, Peru |
  Funded by: X |"): each value is its own label's, not the value of the label before it;
- labels: an invited body ("Invitada:", "Invited:", "Guest:") and who also took part ("Participan además:",
  "Also taking part:") take part; "Con el acompañamiento de:" / "With the accompaniment of:" supports;
  "Coordinación general (…)" / "Overall coordination (…)" coordinates (the note in brackets is no part of the label);
- a title after a blank line, not indented, under a field whose values are indented, is the next event's title."""

from __future__ import annotations

from event_pages import by_event

from rcpkg.loaders.layouts import labels
from test_extract import ref, tools  # noqa: E402, F401


def _by_event(tools, text, lang):  # noqa: F811
    return by_event(tools, text, lang, url="https://example.org/groups/x")


_ES_RUNON = """Foro Andino de Movilidad
Inicio / Grupos / Movilidad Laboral

Grupo sobre Movilidad Laboral

Actividades

Taller Subregional sobre Reclutamiento Equitativo
Fecha: 7 y 8 de marzo de 2022 | Sede: Quito, Ecuador | Organiza: Ministerio del Trabajo de Ecuador |
Financia: Agencia Suiza para el Desarrollo y la Cooperación (COSUDE) | Con el acompañamiento de: Organización Internacional del Trabajo (OIT) |
Participan: Bolivia, Colombia y Perú.

Seminario sobre Trabajo Temporal Agrícola
Fecha: 15 de junio de 2021 | Sede: Lima, Perú |
Anfitrión: Ministerio de Trabajo y Promoción del Empleo del Perú | Invitada: Comunidad Andina |
Coordinación general (moderó ambas jornadas): Secretaría General de la Comunidad Andina |
Participan además: Organización Internacional para las Migraciones (OIM)
"""

_EN_RUNON = """Andean Mobility Forum
Home / Groups / Labour Mobility

Labour Mobility Group

Activities

Subregional Workshop on Fair Recruitment
Date: 7 March 2022 | Venue: Quito, Ecuador | Organized by: Ministry of Labour of Ecuador |
Funded by: Swiss Agency for Development and Cooperation | Supported by: International Labour Organization (ILO) |
Participants: Bolivia, Colombia and Peru.

Seminar on Seasonal Farm Work
Date: 15 June 2021 | Venue: Lima, Peru |
Host: Ministry of Labour of Peru | Guest: Andean Community |
Also taking part: International Organization for Migration (IOM)
"""


def test_run_on_fields_es(tools):
    evs = _by_event(tools, _ES_RUNON, "es")
    assert len(evs) == 2
    (e1, r1), (e2, r2) = evs
    assert e1.dates is not None and e1.dates.start.isoformat() == "2022-03-07"
    assert e1.place is not None and e1.place.city_label_en == "Quito"
    roles1 = {role for _, role in r1}
    assert "funder" in roles1 and "organizer" in roles1 and "supporter" in roles1
    assert not any(role == "host" for _, role in r1)  # "Organiza" is no host because "Sede" came before it
    assert e2.dates is not None and e2.dates.start.isoformat() == "2021-06-15"
    roles2 = {role for _, role in r2}
    assert "host" in roles2 and "coordinator" in roles2
    assert not any(role == "mentioned" for _, role in r2)


def test_run_on_fields_en(tools):
    evs = _by_event(tools, _EN_RUNON, "en")
    assert len(evs) == 2
    (e1, r1), (e2, r2) = evs
    assert e1.dates is not None and e1.dates.start.isoformat() == "2022-03-07"
    roles1 = {role for _, role in r1}
    assert {"funder", "organizer", "supporter"} <= roles1 and "host" not in roles1
    assert e2.dates is not None and e2.dates.start.isoformat() == "2021-06-15"
    assert not any(role == "mentioned" for _, role in r2)


def test_labels_r33():
    for text, role in [("Invitada:", "participant"), ("Invitado: X", "participant"), ("Invited: X", "participant"),
                       ("Guest: X", "participant"), ("Participan además: X", "participant"),
                       ("Also taking part: X", "participant"), ("Con el acompañamiento de: X", "supporter"),
                       ("With the accompaniment of: X", "supporter")]:
        lab = labels.find(text)
        assert lab is not None and lab.key == "role" and lab.role == role, text
    for text in ["Coordinación general (moderó todas las sesiones): X", "Overall coordination (chaired every session): X"]:
        lab = labels.find(text)
        assert lab is not None and lab.key in ("coordinating", "role"), text


_ES_INDENTED = """Red Andina de Enlaces
Inicio › Redes › Trabajo decente

Actividades recientes

Taller sobre Inspección Laboral en Zonas Agrícolas
Fecha:
    3 y 4 de mayo de 2021
Sede:
    Cusco, Perú
Organizan:
    Ministerio de Trabajo y Promoción del Empleo del Perú
Participantes:
    Bolivia, Colombia y Ecuador

Reunión Virtual de Enlaces Laborales
Fecha:
    2022-02-10
Convoca:
    Presidencia Pro Tempore de Colombia
Invitada:
    Comunidad Andina
Relatoría:
    Ministerio de Trabajo de Colombia

Seminario sobre Migración Laboral Calificada
Fecha:
    octubre de 2020
Sede:
    Lima
Organiza:
    Ministerio de Relaciones Exteriores del Perú

Otras redes: Trabajo infantil · Empleo juvenil
"""


def test_indented_values_title_after_blank(tools):
    evs = _by_event(tools, _ES_INDENTED, "es")
    titles = [e.titles[0].text for e, _ in evs]
    assert titles == ["Taller sobre Inspección Laboral en Zonas Agrícolas", "Reunión Virtual de Enlaces Laborales",
                      "Seminario sobre Migración Laboral Calificada"]
    r2 = evs[1][1]
    assert not any("Seminario" in str(a) for a, _ in r2)
    assert all(role != "mentioned" for _, role in r2)
