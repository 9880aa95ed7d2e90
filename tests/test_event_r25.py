"""Event pages (issue 13, round 25, event25): a breadcrumb led by "You are here:" / "Usted está en:" is
navigation, not the event's title; the title under it, with its "city, dates" line, is the event's.
Pages written for these tests (no held-out page's wording), in English and Spanish."""

from __future__ import annotations

import pytest
from event_pages import event_page

from rcpkg.loaders.layouts import blocks, parse_page

_EN = """Andean Forum on Labour Mobility
AFLM | FAML
Home  |  The Forum  |  Member States  |  Calendar  |  Library
EN  ES
You are here: Home / Calendar / Seminar on labour inspection

Subregional seminar on cooperation between labour inspectorates for the protection of seasonal migrant workers
Quito, 12 and 13 March 2019

The Ministry of Labour of Ecuador and the Technical Secretariat of the Forum organized the seminar. Delegations of Peru and Bolivia took part.
"""

_ES = """Foro Andino sobre Movilidad Laboral
FAML | AFLM
Inicio  |  El Foro  |  Países miembros  |  Calendario  |  Biblioteca
ES  EN
Usted está en: Inicio / Calendario / Seminario sobre inspección laboral

Seminario subregional sobre cooperación entre inspecciones de trabajo para la protección de trabajadores migrantes temporales
Quito, 12 y 13 de marzo de 2019

El Ministerio del Trabajo del Ecuador y la Secretaría Técnica del Foro organizaron el seminario. Participaron delegaciones de Perú y Bolivia.
"""


@pytest.mark.parametrize("text", [
    "You are here: Home / Events / Workshop", "Usted está en: Inicio / Agenda / Taller regional",
    "Estás en: Inicio > Eventos", "You are here: Events", "Se encuentra en: Portada / Noticias",
])
def test_you_are_here_is_a_breadcrumb(text):
    assert blocks.is_navigation(text)


@pytest.mark.parametrize("text", [
    "You are here to learn: the workshop opened at nine.", "Usted está en buenas manos con la OIM.",
])
def test_prose_with_the_words_is_no_breadcrumb(text):
    assert not blocks.is_navigation(text)


@pytest.mark.parametrize("text, lang, url, title", [
    (_EN, "en", "https://example.org/en/calendar/seminar-labour-inspection-seasonal-workers",
     "Subregional seminar on cooperation between labour inspectorates for the protection of seasonal migrant workers"),
    (_ES, "es", "https://example.org/es/calendario/seminario-inspeccion-laboral-temporales",
     "Seminario subregional sobre cooperación entre inspecciones de trabajo para la protección de trabajadores "
     "migrantes temporales"),
])
def test_the_title_under_a_you_are_here_breadcrumb(text, lang, url, title):
    r = parse_page(event_page(text, lang, url=url))
    assert len(r.events) == 1
    ev = r.events[0]
    assert [t.text for t in ev.titles][0] == title, ev.titles
    assert ev.dates is not None and str(ev.dates.start) == "2019-03-12" and str(ev.dates.end) == "2019-03-13"
    assert ev.place is not None and ev.place.city_geonameid, ev.place
    desc = ev.description.exact if ev.description else ""
    assert desc.startswith(("The Ministry", "El Ministerio")), desc[:80]


# -- "whose negotiation was facilitated by X": X's role is in another thing (a treaty's making), not the event ----

from rcpkg.loaders.roles import find_cues  # noqa: E402


@pytest.mark.parametrize("text", [
    "Ministers welcomed the Regional Plan of Action, whose drafting was facilitated by Canada and Norway.",
    "Los ministros celebraron el Plan Regional de Acción, cuya redacción fue facilitada por Canadá y Noruega.",
    "The States recalled the Declaration, whose text had been negotiated and organized by Chile.",
    "Se recordó la Declaración de Lima, cuyo proceso de consulta fue coordinado por el Perú.",
    "Leaders praised the Framework, whose review was co-facilitated by Ghana and Denmark.",
    "Se elogió el Marco, cuya revisión fue co-facilitada por Ghana y Dinamarca.",
])
def test_a_passive_in_a_whose_clause_of_another_thing_gives_no_role(text):
    assert [c for c in find_cues(text) if c.forward and c.role != "participant"] == [], find_cues(text)


@pytest.mark.parametrize("text, role", [
    ("The seminar, whose sessions were organized by the IOM, closed on Friday.", "organizer"),
    ("El taller, cuyas jornadas fueron organizadas por la OIM, cerró el viernes.", "organizer"),
])
def test_a_whose_clause_of_the_events_parts_keeps_its_role(text, role):
    assert role in [c.role for c in find_cues(text) if c.forward], find_cues(text)
