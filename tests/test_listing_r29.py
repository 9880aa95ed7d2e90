"""Listings, round 29 (issue 13, listing29).

- an entry's place-and-date line may give the year alone beside the place ("Cusco — 2021", "Cali | 2016"):
  the line is the entry's head (the entry is found, its place read), the year dates no day (no dates, no
  warning), and the entry's prose stays its own, not the entry above's.

Hand-made pages in English and Spanish (none copied from a held-out page).
"""

from __future__ import annotations

import pytest
from event_pages import event_page

from rcpkg.loaders.layouts import parse_page

_YEAR_ONLY = {"en": """Andean Forum on Human Mobility
Home   About   Members   Calendar
EN | ES

PAST ACTIVITIES

Subregional Course on Consular Protection
Lima — March 2016
Held from 8 to 10 March 2016, the course was prepared by the Forum's Secretariat with UNHCR.
Tags: consular

Workshop on Border Health Data
Cusco — 2021
Called by the Chair of Peru. The Ministry of Health hosted the workshop; PAHO spoke on vaccination data.
Tags: health

Webinar on Return and Reintegration
Online — 4 May 2022
The Secretariat coordinated the webinar with Ecuador and Bolivia.
Tags: return

Page 1 of 2    Next ›
""", "es": """Foro Andino de Movilidad Humana
Inicio   Quiénes somos   Miembros   Calendario
ES | EN

ACTIVIDADES

Curso Subregional sobre Protección Consular
Lima — marzo de 2016
Celebrado del 8 al 10 de marzo de 2016, el curso fue preparado por la Secretaría del Foro con el ACNUR.
Etiquetas: consular

Taller sobre Datos de Salud en Fronteras
Cusco — 2021
Convocado por la Presidencia del Perú. El Ministerio de Salud acogió el taller; la OPS habló de datos de vacunación.
Etiquetas: salud

Seminario web sobre Retorno y Reintegración
En línea — 4 de mayo de 2022
La Secretaría coordinó el seminario con Ecuador y Bolivia.
Etiquetas: retorno

Página 1 de 2    Siguiente ›
"""}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_year_alone_beside_the_place_opens_an_entry(lang):
    page = event_page(_YEAR_ONLY[lang], lang, layout="listing", url="https://example.org/activities")
    r = parse_page(page)
    titles = [e.titles[0].text for e in r.events]
    assert len(r.events) == 3, titles
    second = r.events[1]
    assert titles[1].startswith(("Workshop on Border", "Taller sobre Datos")), titles
    assert second.place is not None and second.place.span.exact == "Cusco"
    assert second.dates is None
    assert "PAHO" in second.description.exact or "OPS" in second.description.exact
    assert "PAHO" not in r.events[0].description.exact and "OPS" not in r.events[0].description.exact
    assert not [w for w in r.warnings if "date not understood" in str(w)]


# -- a process's body named with its owner before or after its name: the body, no involvement of the process ------

@pytest.fixture(scope="module")
def tools():
    from rcpkg.loaders.gazetteer import Gazetteer
    from rcpkg.loaders.reference import load_reference
    from rcpkg.loaders.themes import ThemeMatcher
    from rcpkg.resources import reference_dir

    ref = load_reference(reference_dir())
    return Gazetteer.from_reference(ref), ThemeMatcher.from_reference(ref)


_OWNED = {
    "en": ["Prepared by the RCM Working Group on Labor Migration jointly with UNHCR.",
           "The Working Group on Labor Migration of the RCM prepared the course; UNHCR took part."],
    "es": ["Preparado por la CRM Grupo de Trabajo sobre Migración Laboral junto con el ACNUR.",
           "El Grupo de Trabajo sobre Migración Laboral de la CRM preparó el curso; participó el ACNUR."],
}


@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize("k", [0, 1])
def test_owner_named_with_its_body_is_no_involvement(tools, lang, k):
    from test_extract import run

    title = "Course on Labour Mobility" if lang == "en" else "Curso sobre Movilidad Laboral"
    head = "Lima, Peru, 3 May 2022" if lang == "en" else "Lima, Perú, 3 de mayo de 2022"
    page = event_page(title + "\n" + head + "\n" + _OWNED[lang][k] + "\n", lang)
    x = run(tools, page, parse_page(page).events[0])
    agents = {i.agent for i in x.involvements}
    assert "rcm-wg-labor-migration" in agents and "unhcr" in agents
    assert "rcm" not in agents
    wg = next(i for i in x.involvements if i.agent == "rcm-wg-labor-migration")
    assert ("RCM" in wg.mention.exact or "CRM" in wg.mention.exact)
