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

# (the shared `tools` fixture: the reference data loaded once for all test modules)
from test_extract import ref, tools  # noqa: E402, F401


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


# -- a calendar card's date badge gives the first day; its place-and-date line the whole range -----------------------

_BADGE = {"en": """Andean Forum on Human Mobility
Home · About · Members · Calendar · News
EN | ES

Calendar 2021
Filter by year: 2020 | 2021 | 2022

07
SEP 2021
Border Workshop on Smuggling of Migrants
Tacna, Peru · 2021-09-07 / 2021-09-09
Prepared by the Forum's Secretariat with UNODC. Officers of Chile and Peru took part.
Read more →

15
OCT 2021
Consultation on Labour Migration Statistics
Quito, Ecuador · 15.10.2021
Ecuador hosted the consultation; ILO presented its survey.
Read more →

02
NOV 2021
Regional Seminar on Refugee Protection
La Paz, Bolivia · 2-4 November 2021
UNHCR and Bolivia organized the seminar.
Read more →

Share: Facebook | X | WhatsApp
""", "es": """Foro Andino de Movilidad Humana
Inicio · Quiénes somos · Miembros · Calendario · Noticias
ES | EN

Calendario 2021
Filtrar por año: 2020 | 2021 | 2022

07
SEP 2021
Taller Fronterizo sobre Tráfico Ilícito de Migrantes
Tacna, Perú · 2021-09-07 / 2021-09-09
Preparado por la Secretaría del Foro con la UNODC. Participaron oficiales de Chile y Perú.
Ver detalle →

15
OCT 2021
Consulta sobre Estadísticas de Migración Laboral
Quito, Ecuador · 15.10.2021
Ecuador fue anfitrión de la consulta; la OIT presentó su encuesta.
Ver detalle →

02
NOV 2021
Seminario Regional sobre Protección de Refugiados
La Paz, Bolivia · del 2 al 4 de noviembre de 2021
El ACNUR y Bolivia organizaron el seminario.
Ver detalle →

Compartir: Facebook | X | WhatsApp
"""}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_badge_day_and_place_line_range(lang):
    page = event_page(_BADGE[lang], lang, layout="listing", url="https://example.org/calendar/2021")
    r = parse_page(page)
    assert len(r.events) == 3, [e.titles[0].text for e in r.events]
    got = [(str(e.dates.start), str(e.dates.end) if e.dates.end else None) for e in r.events]
    assert got == [("2021-09-07", "2021-09-09"), ("2021-10-15", None), ("2021-11-02", "2021-11-04")]
    first = r.events[0]
    assert any("2021-09-09" in p.exact for p in first.dates.parts)  # the range's end is quoted


# -- a body that shares or presents its working model, protocol or tools at the event takes part in it ----------------

@pytest.mark.parametrize("lang,body", [
    ("en", "The course gathered consular staff. The National Child Protection Agency of Peru shared the model of care "
           "of its shelters, and UNICEF explained the protocol for family tracing."),
    ("es", "El curso reunió a personal consular. El Instituto Nacional de la Niñez del Perú compartió el modelo de "
           "atención de sus hogares, y el UNICEF explicó el protocolo de búsqueda de familias."),
])
def test_shared_model_or_protocol_is_participation(tools, lang, body):
    from test_extract import run

    title = "Course on Child Migrants" if lang == "en" else "Curso sobre Niñez Migrante"
    head = "Lima, Peru, 3 May 2022" if lang == "en" else "Lima, Perú, 3 de mayo de 2022"
    page = event_page(title + "\n" + head + "\n" + body + "\n", lang)
    x = run(tools, page, parse_page(page).events[0])
    roles = {i.agent: i.role for i in x.involvements}
    assert roles.get("unicef") == "participant", roles
    assert any(r == "participant" for a, r in roles.items() if a != "unicef"), roles


# -- a fields page's "Label      | value" rows (an aligned gap, then a bar): the value starts after the bar ---------

_BAR_ROWS = {"en": """Andean Forum on Human Mobility
Home   About   Groups   Events

NETWORK OF BORDER OFFICIALS

Activities
------------------------------------------------------------
Workshop on Integrated Border Controls
  Date          | 4 May 2021
  Location      | Cusco, Peru
  Organizer     | Government of Peru
------------------------------------------------------------
""", "es": """Foro Andino de Movilidad Humana
Inicio   Quiénes somos   Grupos   Eventos

RED DE FUNCIONARIOS DE FRONTERA

Actividades
------------------------------------------------------------
Taller sobre Controles Integrados de Frontera
  Fecha         | 4 de mayo de 2021
  Lugar         | Cusco, Perú
  Organiza      | Gobierno del Perú
------------------------------------------------------------
"""}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_aligned_bar_row_place(lang):
    page = event_page(_BAR_ROWS[lang], lang, layout="fields", url="https://example.org/groups/border")
    r = parse_page(page)
    assert len(r.events) == 1
    ev = r.events[0]
    assert ev.place is not None and ev.place.span.exact.startswith("Cusco") and ev.place.city_geonameid is not None
