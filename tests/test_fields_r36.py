"""Issue 13 (round 36): fields pages. Pages written for these tests, English and Spanish (other names, places and
wording than any held-out set).

- several fields on one line set apart by middle dots ("When: … · Where: … · Format: …", "Cuándo: … · Dónde: … ·
  Modalidad: …"): each its own field, so the date and the place are read;
- "Presentations — X: …" / "Ponencias — X: …": who gave a talk took part;
- countries given as examples of a class of countries ("observer countries, for example Chile and Peru") are
  mentioned, not dropped as places;
- a numeric day range with dots ("14–15.03.2011"): both days;
- a moderation field whose value ends with "(all sessions)" / "(todas las sesiones)": the whole meeting's moderator
  coordinates;
- a "Reference" / "Referencia" field: its bodies are only named (mentioned), whatever role phrase it holds;
- the body named in the title that adopted its own work plan at the meeting ("The Committee adopted its work plan")
  held it: organizer.
"""

from __future__ import annotations

import pytest
from event_pages import by_event

from rcpkg.loaders.dates import find_dates
from test_extract import ref, tools  # noqa: E402, F401


def _by_event(tools, text, lang):  # noqa: F811
    return by_event(tools, text, lang, url="https://example.org/networks/y")


_EN_DOTS = """Andean Forum on Mobility
Home | Networks | Return and Reintegration

Network of Reintegration Focal Points

SESSIONS OF THE NETWORK

Technical Session on Reintegration of Returnees, 2016
When: 9 August 2016 · Where: Cochabamba, Bolivia · Format: in person
Convened by — Presidency Pro Tempore of Bolivia
Presentations — Swiss Agency for Development and Cooperation (SDC): a guide on labour reintegration
Participants — Colombia; Ecuador; Peru

Online Exchange on Return Data
When: 2021-11-03 · Where: online (Zoom) · Format: virtual
Convened by — Peruvian Presidency Pro Tempore
Participants — Chile; Paraguay
Notes — Practices of observer countries, for example Uruguay and Argentina, were reviewed; nothing was decided.
"""

_ES_DOTS = """Foro Andino de Movilidad
Inicio | Redes | Retorno y Reintegración

Red de Puntos Focales de Reintegración

SESIONES DE LA RED

Sesión Técnica sobre Reintegración de Retornados, 2016
Cuándo: 9 de agosto de 2016 · Dónde: Cochabamba, Bolivia · Modalidad: presencial
Convoca — Presidencia Pro Tempore de Bolivia
Ponencias — Agencia Suiza para el Desarrollo y la Cooperación (COSUDE): una guía de reintegración laboral
Participan — Colombia; Ecuador; Perú

Intercambio Virtual sobre Datos de Retorno
Cuándo: 2021-11-03 · Dónde: en línea (Zoom) · Modalidad: virtual
Convoca — Presidencia Pro Tempore del Perú
Participan — Chile; Paraguay
Notas — Se revisaron prácticas de países observadores, por ejemplo Uruguay y Argentina; no se adoptaron decisiones.
"""


@pytest.mark.parametrize("text, lang", [(_EN_DOTS, "en"), (_ES_DOTS, "es")])
def test_fields_on_one_line_set_apart_by_middle_dots_are_each_read(tools, text, lang):
    got = _by_event(tools, text, lang)
    assert len(got) == 2
    (ev, _), (ev2, _) = got
    assert ev.dates is not None and str(ev.dates.start) == "2016-08-09"
    assert ev.place is not None and ev.place.span.exact.startswith("Cochabamba")
    assert ev2.dates is not None and str(ev2.dates.start) == "2021-11-03"


@pytest.mark.parametrize("text, lang", [(_EN_DOTS, "en"), (_ES_DOTS, "es")])
def test_a_presentation_field_gives_its_body_a_part(tools, text, lang):
    (_, pairs), _ = _by_event(tools, text, lang)
    assert any(r == "participant" and (w == "sdc" or "Swiss" in str(w) or "Suiza" in str(w)) for w, r in pairs), pairs


@pytest.mark.parametrize("text, lang", [(_EN_DOTS, "en"), (_ES_DOTS, "es")])
def test_countries_given_as_examples_are_mentioned(tools, text, lang):
    _, (_, pairs) = _by_event(tools, text, lang)
    assert {("gov-uy", "mentioned"), ("gov-ar", "mentioned")} <= pairs, pairs
    assert ("gov-cl", "participant") in pairs


@pytest.mark.parametrize("said, start, end", [("14–15.03.2011", "2011-03-14", "2011-03-15"),
                                               ("14 y 15.03.2011", "2011-03-14", "2011-03-15")])
def test_a_dotted_numeric_day_range_gives_both_days(said, start, end):
    got = find_dates(said)
    assert got and str(got[0].start) == start and str(got[0].end) == end


_EN_LEADERS = """Civil Society Platform
About | Meetings | Contact

Meetings with organizations

Dialogue with Migrant Associations ahead of the Ministerial Meeting
Date ............ 14–15.03.2011
Place ........... Asunción, Paraguay
Organizers ...... Pastoral de Movilidad Humana; Kolping Foundation Paraguay
Moderation ...... Kolping Foundation Paraguay (all sessions)
Reference ....... the regional roadmap adopted in 2010, which was drafted with the support of the Inter-American Development Bank (IDB)
"""

_ES_LEADERS = """Plataforma de la Sociedad Civil
Inicio | Reuniones | Contacto

Reuniones con organizaciones

Diálogo con Asociaciones de Migrantes previo a la Reunión Ministerial
Fecha ........... 14–15.03.2011
Lugar ........... Asunción, Paraguay
Organizan ....... Pastoral de Movilidad Humana; Fundación Kolping Paraguay
Moderación ...... Fundación Kolping Paraguay (todas las sesiones)
Referencia ...... la hoja de ruta regional adoptada en 2010, que fue redactada con el apoyo del Banco Interamericano de Desarrollo (BID)
"""


@pytest.mark.parametrize("text, lang", [(_EN_LEADERS, "en"), (_ES_LEADERS, "es")])
def test_leader_fields_dates_moderation_and_reference(tools, text, lang):
    got = _by_event(tools, text, lang)
    assert len(got) == 1
    ev, pairs = got[0]
    assert str(ev.dates.start) == "2011-03-14" and str(ev.dates.end) == "2011-03-15"
    assert any(r == "coordinator" and "Kolping" in str(w) for w, r in pairs), pairs
    bank = {r for w, r in pairs if "Bank" in str(w) or "Banco" in str(w) or w == "idb"}
    assert bank == {"mentioned"}, pairs


_EN_COMMITTEE = """Andean Forum on Mobility
Home | Committees | Statistics

Committee on Migration Statistics

Sessions of the Committee

Meeting of the Committee on Migration Statistics
Date: 4 May 2023
Venue: La Paz, Bolivia
Convened by: Presidency Pro Tempore of Bolivia
Notes: The Committee adopted its work plan for 2023-2024. Chile and Peru attended.
"""

_ES_COMMITTEE = """Foro Andino de Movilidad
Inicio | Comités | Estadística

Comité de Estadísticas Migratorias

Sesiones del Comité

Reunión del Comité de Estadísticas Migratorias
Fecha: 4 de mayo de 2023
Sede: La Paz, Bolivia
Convoca: Presidencia Pro Tempore de Bolivia
Observaciones: El Comité aprobó su plan de trabajo 2023-2024. Asistieron Chile y Perú.
"""


@pytest.mark.parametrize("text, lang", [(_EN_COMMITTEE, "en"), (_ES_COMMITTEE, "es")])
def test_the_titled_body_that_adopted_its_work_plan_organized_its_meeting(tools, text, lang):
    got = _by_event(tools, text, lang)
    assert len(got) == 1
    _, pairs = got[0]
    assert any(r == "organizer" and ("Committee" in str(w) or "Comité" in str(w)) for w, r in pairs), pairs
