"""Listings, round 30 (issue 13, listing30a).

- a pictogram before an entry's place or date ("📌 Ciudad de Panamá, Panamá", "🗓 ...", "⌖ Quito") is a mark, no
  part of the place: the line is the entry's place line (the entry is found), its place quoted without the mark;
- an entry's city and country on two short lines under its title, its date on the third ("Cusco" / "Perú" /
  "3 de mayo de 2019"): the three lines head the entry (the entry is found, its place and date read), and the
  entry's prose stays its own.

Hand-made pages in English and Spanish (none copied from a held-out page).
"""

from __future__ import annotations

import pytest
from event_pages import event_page

from rcpkg.loaders.layouts import parse_page

_PINNED = {"en": """Andean Forum on Human Mobility
Home   About   Members   Calendar

CALENDAR

Tue 4 Mar 2014 – Wed 5 Mar 2014
Workshop on Labour Migration Statistics
📌 Panama City, Panama
Panama hosted the workshop; the ILO presented a regional survey of labour migration.
Read more

~ ~ ~

Fri 9 Oct 2015
Meeting of the Consular Liaison Network
⌖ Quito, Ecuador
The network met in Quito. UNHCR attended as an observer.
Read more

~ ~ ~

Mon 12 Sep 2016 – Tue 13 Sep 2016
Seminar on Migrant Children
🌎 Mexico City, Mexico
Mexico convened the seminar with UNICEF.
Read more

« First  ‹ Previous  1  2  Next ›
""", "es": """Foro Andino de Movilidad Humana
Inicio   Quiénes somos   Miembros   Calendario

CALENDARIO

mar 4 mar 2014 — mié 5 mar 2014
Taller sobre Estadísticas de Migración Laboral
📌 Ciudad de Panamá, Panamá
Panamá fue anfitrión del taller; la OIT presentó una encuesta regional sobre migración laboral.
Ver más

~ ~ ~

vie 9 oct 2015
Reunión de la Red de Enlaces Consulares
⌖ Quito, Ecuador
La red se reunió en Quito. El ACNUR asistió como observador.
Ver más

~ ~ ~

lun 12 sep 2016 — mar 13 sep 2016
Seminario sobre Niñez Migrante
🌎 Ciudad de México, México
México convocó el seminario con UNICEF.
Ver más

« Primera  ‹ Anterior  1  2  Siguiente ›
"""}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_a_pictogram_before_the_place_is_no_part_of_it(lang):
    page = event_page(_PINNED[lang], lang, layout="listing", url="https://example.org/calendar")
    r = parse_page(page)
    titles = [e.titles[0].text for e in r.events]
    assert len(r.events) == 3, titles
    assert titles[0].startswith(("Workshop on Labour", "Taller sobre Estad")), titles
    places = [e.place.span.exact if e.place else None for e in r.events]
    assert places[0] in ("Panama City, Panama", "Ciudad de Panamá, Panamá"), places
    assert places[1] == "Quito, Ecuador", places
    assert places[2] in ("Mexico City, Mexico", "Ciudad de México, México"), places
    assert [e.place.country_code for e in r.events] == ["PA", "EC", "MX"]
    assert all(e.dates is not None for e in r.events)
    assert r.events[0].dates.start.isoformat() == "2014-03-04"
    assert not [w for w in r.warnings if "location" in str(w)], r.warnings
    assert "Quito" not in r.events[0].description.exact


_THREE_LINES = {"en": """Andean Forum on Human Mobility
Home · About · Members · Activities

LATEST ACTIVITIES

Second Meeting of the Network on Border Health
Cusco
Peru
3 May 2019
The network met under the chair of Peru with the support of PAHO. Bolivia and Ecuador took part.
→ See more

Workshop on Statelessness Determination
La Paz
Bolivia
14 and 15 November 2016
Bolivia hosted the workshop through its Ministry of Foreign Affairs. UNHCR prepared the guide.
→ See more

Showing 1 - 2 of 9      1 | 2 | 3 »
""", "es": """Foro Andino de Movilidad Humana
Inicio · Quiénes somos · Miembros · Actividades

ÚLTIMAS ACTIVIDADES

Segunda Reunión de la Red sobre Salud en Fronteras
Cusco
Perú
3 de mayo de 2019
La red se reunió bajo la presidencia del Perú con el apoyo de la OPS. Participaron Bolivia y Ecuador.
→ Ver más

Taller sobre Determinación de la Apatridia
La Paz
Bolivia
14 y 15 de noviembre de 2016
Bolivia fue anfitriona del taller a través de su Cancillería. El ACNUR preparó la guía.
→ Ver más

Mostrando 1 - 2 de 9      1 | 2 | 3 »
"""}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_city_country_and_date_on_three_lines_head_the_entry(lang):
    page = event_page(_THREE_LINES[lang], lang, layout="listing", url="https://example.org/activities")
    r = parse_page(page)
    titles = [e.titles[0].text for e in r.events]
    assert len(r.events) == 2, titles
    assert titles[0].startswith(("Second Meeting", "Segunda Reunión")), titles
    first, second = r.events
    assert first.place is not None and first.place.country_code == "PE"
    assert second.place is not None and second.place.country_code == "BO"
    assert first.dates is not None and first.dates.start.isoformat() == "2019-05-03"
    assert second.dates is not None and second.dates.start.isoformat() == "2016-11-14"
    assert "PAHO" in first.description.exact or "OPS" in first.description.exact
    assert "PAHO" not in second.description.exact and "OPS" not in second.description.exact


# -- the body whose meeting the title names, named in the text by its acronym or its full name with an aside, met ----

@pytest.fixture(scope="module")
def tools():
    from rcpkg.loaders.gazetteer import Gazetteer
    from rcpkg.loaders.reference import load_reference
    from rcpkg.loaders.themes import ThemeMatcher
    from rcpkg.resources import reference_dir

    ref = load_reference(reference_dir())
    return Gazetteer.from_reference(ref), ThemeMatcher.from_reference(ref)


_MET = {
    "en": [("Meeting of the Working Group on Labor Migration", "Lima, Peru, 3 May 2022",
            "The Working Group on Labor Migration, set up in 2015, met in Lima to review its workplan. UNHCR took part.",
            "rcm-wg-labor-migration"),
           ("Third Meeting of the Regional Consultation Group on Migration", "Belmopan, Belize, 9 June 2021",
            "The RCGM met in Belmopan for the third time that year. UNHCR took part.", "rcm-rcgm")],
    "es": [("Reunión del Grupo de Trabajo sobre Migración Laboral", "Lima, Perú, 3 de mayo de 2022",
            "El Grupo de Trabajo sobre Migración Laboral, creado en 2015, se reunió en Lima para revisar su plan. "
            "Participó el ACNUR.", "rcm-wg-labor-migration"),
           ("Tercera Reunión del Grupo Regional de Consulta sobre Migración", "Belmopán, Belice, 9 de junio de 2021",
            "El GRCM sesionó en Belmopán por tercera vez en el año. Participó el ACNUR.", "rcm-rcgm")],
}


@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize("k", [0, 1])
def test_titled_body_that_met_by_acronym_or_with_an_aside_organizes(tools, lang, k):
    from test_extract import run

    title, head, prose, body = _MET[lang][k]
    page = event_page(title + "\n" + head + "\n" + prose + "\n", lang)
    x = run(tools, page, parse_page(page).events[0])
    roles = {(i.agent, i.role) for i in x.involvements}
    assert (body, "organizer") in roles, roles
    assert ("unhcr", "participant") in roles, roles
