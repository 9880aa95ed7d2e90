"""Listings, round 30 (issue 13, listing30b).

- a line of hashtags alone under an entry ("#Andean #Workshop #Peru", "#MigraciónSegura #Foro") closes the
  entry like a tags line: it is no event's title and no entry's text.

Hand-made pages in English and Spanish (none copied from a held-out page).
"""

from __future__ import annotations

import pytest
from event_pages import event_page

from rcpkg.loaders.layouts import parse_page
from rcpkg.loaders.layouts import blocks

_HASHTAGS = {"en": """Andean Forum on Human Mobility
Home   About   Members   Newsroom
EN | ES

Newsroom

Andean Workshop on Border Health
3–4 Mar 2019 · Cusco, Peru
Peru welcomed the workshop, where officers of Bolivia and Ecuador shared their vaccination records. PAHO advised the delegations.
Keep reading →
#Andean #Workshop #Peru

Second Consultation on Labour Mobility
20–21 Jun 2021 · Quito, Ecuador
Ecuador convened the consultation; the ILO presented its survey of seasonal workers.
Keep reading →
#LabourMobility #Ecuador

‹ Newer    Older ›
""", "es": """Foro Andino de Movilidad Humana
Inicio   Quiénes somos   Miembros   Noticias
ES | EN

Noticias

Taller Andino sobre Salud en Fronteras
3–4 mar 2019 · Cusco, Perú
El Perú acogió el taller, donde funcionarios de Bolivia y Ecuador compartieron sus registros de vacunación. La OPS asesoró a las delegaciones.
Seguir leyendo →
#Andino #Taller #Perú

Segunda Consulta sobre Movilidad Laboral
20–21 jun 2021 · Quito, Ecuador
Ecuador convocó la consulta; la OIT presentó su encuesta de trabajadores temporales.
Seguir leyendo →
#MovilidadLaboral #Ecuador

‹ Recientes    Anteriores ›
"""}


@pytest.mark.parametrize("text", ["#Andean #Workshop #Peru", "#MigraciónSegura", "#Foro2030 · #CSM", "  #a11y #Perú  "])
def test_hashtag_line_is_a_separator(text):
    assert blocks.is_separator(text)


@pytest.mark.parametrize("text", ["# Heading", "#1 in the region", "Workshop #3 on returns", "#2021"])
def test_other_lines_with_hash_are_no_separator(text):
    assert not blocks.is_separator(text)


@pytest.mark.parametrize("lang", ["en", "es"])
def test_hashtag_line_closes_an_entry(lang):
    page = event_page(_HASHTAGS[lang], lang, layout="listing", url="https://example.org/news")
    r = parse_page(page)
    titles = [e.titles[0].text for e in r.events]
    assert len(r.events) == 2, titles
    assert not any(t.startswith("#") for t in titles)
    assert all(e.place is not None for e in r.events)
    assert not [w for w in r.warnings if "location" in str(w)]


# -- support given to the event's delegations: the subject supports the event -------------------------------------

# (the shared `tools` fixture: the reference data loaded once for all test modules)
from test_extract import ref, tools  # noqa: E402, F401


_DELEGATIONS = {
    "en": ["Ecuador hosted the meeting. UNHCR supported the delegations during both days.",
           "Ecuador hosted the meeting. During both days UNHCR assisted the participating delegations."],
    "es": ["Ecuador acogió la reunión. El ACNUR apoyó a las delegaciones durante las dos jornadas.",
           "Ecuador acogió la reunión. Durante las dos jornadas el ACNUR acompañó a los delegados."],
}


@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize("k", [0, 1])
def test_support_to_the_delegations_is_support(tools, lang, k):
    from test_extract import run

    title = "Andean Meeting on Returns" if lang == "en" else "Reunión Andina sobre Retorno"
    head = "Quito, Ecuador, 3 May 2022" if lang == "en" else "Quito, Ecuador, 3 de mayo de 2022"
    page = event_page(title + "\n" + head + "\n" + _DELEGATIONS[lang][k] + "\n", lang)
    x = run(tools, page, parse_page(page).events[0])
    roles = {(i.agent, i.role) for i in x.involvements}
    assert ("unhcr", "supporter") in roles, roles


# -- who delivers a programme organizes it, and so does the office it works through -------------------------------

_THROUGH = {
    "en": ["Chile's Presidency delivered the course through its National Migration Service (SERMIG). Officers of "
           "Bolivia took part.",
           "Peru ran this training via the Ministry of Foreign Affairs; officers of Bolivia took part."],
    "es": ["La Presidencia de Chile impartió el curso a través del Servicio Nacional de Migraciones (SERMIG). "
           "Participaron funcionarios de Bolivia.",
           "El Perú ejecutó este programa por medio del Ministerio de Relaciones Exteriores; participaron funcionarios "
           "de Bolivia."],
}


@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize("k", [0, 1])
def test_delivered_through_an_office(tools, lang, k):
    from test_extract import run

    title = "Course on Migration Governance" if lang == "en" else "Curso sobre Gobernanza Migratoria"
    head = "Online, 3 May 2022" if lang == "en" else "En línea, 3 de mayo de 2022"
    page = event_page(title + "\n" + head + "\n" + _THROUGH[lang][k] + "\n", lang)
    x = run(tools, page, parse_page(page).events[0])
    got = {(i.role, i.mention.exact) for i in x.involvements}
    roles = {i.role for i in x.involvements if i.mention.exact not in ("Bolivia",)}
    assert roles == {"organizer"}, got
    assert len([1 for r, m in got if r == "organizer"]) == 2, got


# -- a name with an ampersand is no person's name: the funder on a "Funding:" line is recorded ---------------------

_AMP = {"en": "Funding: Nordic Relief & Recovery\nPeru's delegation presented its border protocol.",
        "es": "Financiamiento: Alianza Rural & Desarrollo\nLa delegación del Perú presentó su protocolo de frontera."}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_ampersand_name_is_recorded(tools, lang):
    from test_extract import run

    title = "Regional Meeting on Border Protocols" if lang == "en" else "Reunión Regional sobre Protocolos de Frontera"
    head = "Lima, Peru, 3 May 2022" if lang == "en" else "Lima, Perú, 3 de mayo de 2022"
    page = event_page(title + "\n" + head + "\n" + _AMP[lang] + "\n", lang)
    x = run(tools, page, parse_page(page).events[0])
    got = {(i.role, i.mention.exact) for i in x.involvements}
    assert any(r == "funder" and "&" in m for r, m in got), (got, [str(w) for w in x.warnings])


# -- a name's short form in brackets with its article is the name's, as its acronym in brackets is ----------------

_SHORT = {"en": ["Officers finished the modules, which El Colegio de Sonora (El Colsón) coordinated.",
                 "The Andean Bureau of Border Studies (The Bureau) coordinated the modules."],
          "es": ["Los funcionarios terminaron los módulos, que la Fundación Puentes del Sur (La Puentes) coordinó.",
                 "El Colegio de Sonora (El Colsón) coordinó los módulos."]}


@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize("k", [0, 1])
def test_short_form_with_article_in_brackets(tools, lang, k):
    from test_extract import run

    title = "Course on Borders" if lang == "en" else "Curso sobre Fronteras"
    head = "Lima, Peru, 3 May 2022" if lang == "en" else "Lima, Perú, 3 de mayo de 2022"
    page = event_page(title + "\n" + head + "\n" + _SHORT[lang][k] + "\n", lang)
    x = run(tools, page, parse_page(page).events[0])
    got = [(i.role, i.agent) for i in x.involvements]
    assert len(got) == 1 and got[0][0] == "coordinator" and got[0][1].startswith(("colegio", "fundacion", "andean")), \
        (got, [str(w) for w in x.warnings])
