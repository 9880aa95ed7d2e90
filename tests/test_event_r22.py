"""Event pages (issue 13, round 22, event22): the site's name printed over its menu bar is no event's title, even
when it holds the words of the URL's slug; the title in capitals with a motto and a "date · place" line under it.
Pages written for these tests (no held-out page's wording), in English and Spanish."""

from __future__ import annotations

import pytest
from event_pages import event_page

from rcpkg.loaders.layouts import parse_page

_EN = """Skip to main content
ANDEAN FORUM ON LABOUR MOBILITY
Home | About the Forum | Member States | Events | Documents | News
EN | ES

Home / Events / IX Forum

IX ANDEAN FORUM ON LABOUR MOBILITY
"Decent work without borders: a shared roadmap"
3–5 May 2021 · Quito, Ecuador

The IX Andean Forum on Labour Mobility was hosted by the Government of Ecuador. Delegations of six States took part.

"""

_ES = """Ir al contenido
Foro Andino sobre Movilidad Laboral
Inicio | Quiénes somos | Países miembros | Eventos | Documentos
ES | EN

Inicio / Eventos / IX Foro

IX FORO ANDINO SOBRE MOVILIDAD LABORAL
«Trabajo decente sin fronteras: una hoja de ruta común»
3 al 5 de mayo de 2021 · Quito, Ecuador

El IX Foro Andino sobre Movilidad Laboral fue acogido por el Gobierno del Ecuador. Participaron delegaciones de seis Estados.
"""


@pytest.mark.parametrize("text, lang, url, title", [
    (_EN, "en", "https://example.org/en/events/ix-andean-forum-on-labour-mobility", "IX ANDEAN FORUM ON LABOUR MOBILITY"),
    (_ES, "es", "https://example.org/es/eventos/ix-foro-andino-sobre-movilidad-laboral", "IX FORO ANDINO SOBRE MOVILIDAD LABORAL"),
])
def test_the_site_name_over_the_menu_is_no_title(text, lang, url, title):
    r = parse_page(event_page(text, lang, url=url))
    assert len(r.events) == 1
    ev = r.events[0]
    assert [t.text for t in ev.titles][0] == title, ev.titles
    assert ev.dates is not None and str(ev.dates.start) == "2021-05-03"
    desc = ev.description.exact if ev.description else ""
    assert desc.startswith(("The IX", "El IX")), desc[:80]
    assert ev.subtitle is not None and ev.subtitle.text.strip('"«»') .startswith(("Decent", "Trabajo")), ev.subtitle
    assert ev.place is not None and ev.place.city_geonameid, ev.place


# -- a "Type:" field names the event's kind, no body taking part ------------------------------------------------------

from event_pages import found as _found_pairs  # noqa: E402
from test_roles_rules import ref, tools  # noqa: E402,F401  (fixtures)


@pytest.mark.parametrize("lang, head, body", [
    ("en", "Event type: Vice-Ministerial Meeting\nDate: 9 June 2017\nVenue: San Salvador, El Salvador\n",
     "The meeting was convened by the Government of El Salvador. Delegations of Honduras and Guatemala attended."),
    ("es", "Tipo: Reunión Viceministerial\nFecha: 9 de junio de 2017\nLugar: San Salvador, El Salvador\n",
     "La reunión fue convocada por el Gobierno de El Salvador. Asistieron delegaciones de Honduras y Guatemala."),
])
def test_a_type_field_names_no_body(tools, lang, head, body):  # noqa: F811
    pairs = _found_pairs(tools, ("Reunión Extraordinaria de la Conferencia", "Extraordinary Meeting of the Conference"),
                         (head, head), body, lang)
    assert ("gov-sv", "convener") in pairs, pairs
    assert not any(a == "rcm-vice-ministerial-meeting" for a, _ in pairs), pairs


# -- two kinds of support joined under one verb ------------------------------------------------------------------------

@pytest.mark.parametrize("body, agent", [
    ("The workshop was convened by the Government of El Salvador. UNICEF provided technical and logistical support "
     "during the three days.", "unicef"),
    ("The workshop was convened by the Government of El Salvador. The ILO gave methodological and logistical support.",
     "ilo"),
])
def test_two_kinds_of_support_joined(tools, body, agent):  # noqa: F811
    pairs = _found_pairs(tools, ("Taller", "Workshop on Seasonal Work"), ("", "Date: 9 June 2017\n"), body, "en")
    assert (agent, "supporter") in pairs, pairs


# -- a chair or presidency field names who coordinates the meeting -----------------------------------------------------

_FIELDS_EN = """Activities of the Network

Second Workshop on Labour Mobility and Climate
Date              | 14 March 2023
Place             | Lima, Peru
{label} | {value}
Participants      | delegations of Bolivia and Ecuador
"""
_FIELDS_ES = """Actividades de la Red

Segundo Taller sobre Movilidad Laboral y Clima
Fecha: 14 de marzo de 2023
Lugar: Lima, Perú
{label}: {value}
Participantes: delegaciones de Bolivia y Ecuador
"""


@pytest.mark.parametrize("text, lang, label, value, agent", [
    (_FIELDS_EN, "en", "Chair            ", "Peru", "gov-pe"),
    (_FIELDS_EN, "en", "Chaired by       ", "Paraguay", "gov-py"),
    (_FIELDS_EN, "en", "Pro Tempore Presidency", "Peru", "gov-pe"),
    (_FIELDS_ES, "es", "Presidencia", "Perú", "gov-pe"),
    (_FIELDS_ES, "es", "Presidida por", "Paraguay", "gov-py"),
    (_FIELDS_ES, "es", "Presidencia Pro Tempore", "Perú", "gov-pe"),
])
def test_a_chair_field_names_the_coordinator(tools, text, lang, label, value, agent):  # noqa: F811
    page = event_page(text.format(label=label, value=value), lang, layout="fields",
                      url="https://example.org/network/activities")
    r = parse_page(page)
    assert len(r.events) == 1, r.events
    from test_extract import pairs, run
    got = pairs(run(tools, page, r.events[0]))
    assert (agent, "coordinator") in got, got
    assert ("gov-bo", "participant") in got, got


# -- who helped prepare a document the meeting read helped the document, not the meeting ------------------------------

@pytest.mark.parametrize("lang, body, agent", [
    ("en", "The workshop was organized by the ILO. The delegates reviewed a regional study, prepared with technical "
           "assistance from UNICEF, and adopted it.", "unicef"),
    ("en", "The workshop was organized by the ILO. They discussed the baseline report prepared with the support of "
           "UNHCR.", "unhcr"),
    ("es", "El taller fue organizado por la OIT. Los delegados revisaron un diagnóstico regional, elaborado con el apoyo "
           "técnico del UNICEF, y lo aprobaron.", "unicef"),
])
def test_help_with_a_document_is_no_support_of_the_meeting(tools, lang, body, agent):  # noqa: F811
    pairs = _found_pairs(tools, ("Taller sobre Trabajo Temporal", "Workshop on Seasonal Work"),
                         ("Fecha: 9 de junio de 2017\n", "Date: 9 June 2017\n"), body, lang)
    assert ("ilo", "organizer") in pairs, pairs
    assert (agent, "mentioned") in pairs and (agent, "supporter") not in pairs, pairs


@pytest.mark.parametrize("lang, body, agent", [
    ("en", "The workshop was organized by the ILO with technical assistance from UNICEF.", "unicef"),
    ("es", "El taller fue organizado por la OIT con el apoyo técnico del UNICEF.", "unicef"),
])
def test_help_with_the_meeting_stays_support(tools, lang, body, agent):  # noqa: F811
    pairs = _found_pairs(tools, ("Taller sobre Trabajo Temporal", "Workshop on Seasonal Work"),
                         ("Fecha: 9 de junio de 2017\n", "Date: 9 June 2017\n"), body, lang)
    assert (agent, "supporter") in pairs, pairs


# -- the holder of a presidency in apposition keeps the role its verb gives it -----------------------------------------

@pytest.mark.parametrize("lang, body, agent", [
    ("es", "La Presidencia Pro Tempore de la CSM, a cargo de Paraguay, coordinó las mesas de trabajo.", "gov-py"),
    ("en", "The Presidency Pro Tempore of the SACM, held by Paraguay, coordinated the working groups.", "gov-py"),
])
def test_the_holder_in_apposition_keeps_its_verb(tools, lang, body, agent):  # noqa: F811
    pairs = _found_pairs(tools, ("Taller sobre Trabajo Temporal", "Workshop on Seasonal Work"),
                         ("Fecha: 9 de junio de 2017\n", "Date: 9 June 2017\n"), body, lang)
    assert (agent, "coordinator") in pairs, pairs
