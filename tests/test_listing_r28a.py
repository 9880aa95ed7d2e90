"""Listings, round 28 (issue 13, listing26): page structure of listing entries.

- entries with no closing link, each a paragraph opened by its date line ("2019-04-02 / 2019-04-03") over its
  title, a "City (Country) | modality" line, label lines and prose: each date line opens one entry.

Hand-made pages in English and Spanish (none copied from a held-out page).
"""

from __future__ import annotations

import pytest
from event_pages import event_page
from test_extract import pairs, run
from test_roles_rules import ref, tools  # noqa: F401  (fixtures)

from rcpkg.loaders.layouts import parse_page

_DATED = {"en": """Andean Forum on Human Mobility
AFHM
Home | The Forum | Topics | Members | Calendar
Search

Calendar of meetings

2019-04-02 / 2019-04-03
Consultation of Migrant Associations before the VIII Forum
Quito (Ecuador) | in person
Convened by: Andean Network of Migrant Shelters (ANMS)
With support from: Technical Secretariat of the AFHM

2016-10-11
Technical Meeting on Consular Registers
Asunción (Paraguay) | Ministry of Foreign Affairs
Organized by: Ministry of Foreign Affairs of Paraguay
The meeting adopted a common register form.
Participants: Bolivia, Chile, Ecuador, Peru

2014-03-20 / 2014-03-21
VI Andean Forum on Human Mobility
Online
Called by the Pro Tempore Presidency of Chile, through its Migration Department.

« previous | next »

Technical Secretariat of the AFHM · La Paz
""", "es": """Foro Andino de Movilidad Humana
FAMH
Inicio | El Foro | Temas | Miembros | Calendario
Buscar

Calendario de reuniones

2019-04-02 / 2019-04-03
Consulta de asociaciones de migrantes previa al VIII Foro
Quito (Ecuador) | presencial
Convocan: Red Andina de Albergues para Migrantes (RAAM)
Con apoyo de: Secretaría Técnica del FAMH

2016-10-11
Reunión Técnica sobre Registros Consulares
Asunción (Paraguay) | Ministerio de Relaciones Exteriores
Organiza: Ministerio de Relaciones Exteriores del Paraguay
La reunión adoptó un formulario común de registro.
Participan: Bolivia, Chile, Ecuador, Perú

2014-03-20 / 2014-03-21
VI Foro Andino de Movilidad Humana
Modalidad virtual
Convocado por la Presidencia Pro Tempore de Chile, a través de su Departamento de Migraciones.

« anteriores | siguientes »

Secretaría Técnica del FAMH · La Paz
"""}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_date_lines_open_entries_without_closing_links(lang):
    page = event_page(_DATED[lang], lang, layout="listing", url="https://example.org/calendar")
    r = parse_page(page)
    titles = [e.titles[0].text for e in r.events]
    assert len(r.events) == 3, titles
    assert titles[0].startswith(("Consultation of", "Consulta de")), titles
    assert titles[1].startswith(("Technical Meeting", "Reunión Técnica")), titles
    assert titles[2].startswith(("VI Andean", "VI Foro")), titles
    first, second, third = r.events
    assert (str(first.dates.start), str(first.dates.end)) == ("2019-04-02", "2019-04-03")
    assert str(second.dates.start) == "2016-10-11"
    assert third.place is not None and third.place.online


@pytest.mark.parametrize("lang", ["en", "es"])
def test_place_line_with_modality_or_venue_after_a_bar(lang):
    page = event_page(_DATED[lang], lang, layout="listing", url="https://example.org/calendar")
    r = parse_page(page)
    first, second = r.events[:2]
    assert first.place is not None and first.place.country_code == "EC", first.place
    assert second.place is not None and second.place.country_code == "PY", second.place


# -- titles in capitals, a place line, a US date line, the text and a "Continue reading" link; the page count with
# its "Next »" link after the last entry closes the entries: the site's footer under it is no entry's text -------

_CAPS = {"en": """ANDEAN FORUM ON HUMAN MOBILITY
AFHM
Home   The Forum   Topics   Members   News
Search...

NEWS / MEETINGS

SEMINAR ON LABOUR MIGRATION STATISTICS
Quito, Ecuador
March 12-13, 2019
The Government of Ecuador hosted the seminar, organized by ILO.
Continue reading

CONSULTATION WITH DIASPORA ASSOCIATIONS
La Paz, Bolivia
06/14/2018
The Technical Secretariat convened the consultation.
Continue reading

Page 1 of 3   Next »

Technical Secretariat of the AFHM · UNHCR Andean Office · La Paz
afhm@example.org
""", "es": """FORO ANDINO DE MOVILIDAD HUMANA
FAMH
Inicio   El Foro   Temas   Miembros   Noticias
Buscar...

NOTICIAS / REUNIONES

SEMINARIO SOBRE ESTADÍSTICAS DE MIGRACIÓN LABORAL
Quito, Ecuador
12 y 13 de marzo de 2019
El Gobierno del Ecuador acogió el seminario, organizado por la OIT.
Seguir leyendo

CONSULTA CON ASOCIACIONES DE LA DIÁSPORA
La Paz, Bolivia
14/06/2018
La Secretaría Técnica convocó la consulta.
Seguir leyendo

Página 1 de 3   Siguiente »

Secretaría Técnica del FAMH · Oficina Andina del ACNUR · La Paz
famh@example.org
"""}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_page_count_with_next_link_closes_the_entries(lang):
    page = event_page(_CAPS[lang], lang, layout="listing", url="https://example.org/news/meetings")
    r = parse_page(page)
    titles = [e.titles[0].text for e in r.events]
    assert len(r.events) == 2, titles
    last = r.events[-1]
    assert "ACNUR" not in last.span.exact and "UNHCR" not in last.span.exact, last.span.exact
    assert str(last.dates.start) == "2018-06-14"


# -- "convened by the Presidency Pro Tempore of X, a cargo de Y": the body that holds the presidency's task for X
# convenes with it (a link of the run, like "held by", "ejercida por") ------------------------------------------

_HELD = {"en": """Andean Forum on Human Mobility
Calendar

2014-03-20 / 2014-03-21
VI Andean Forum on Human Mobility
Online
Convened by the Pro Tempore Presidency of Chile, in the hands of the Migration Department of the Interior Ministry.

2013-05-02
V Andean Forum on Human Mobility
Online
Convened by the Pro Tempore Presidency of Peru, in the hands of the Ministry of Foreign Affairs of Peru.
""", "es": """Foro Andino de Movilidad Humana
Calendario

2014-03-20 / 2014-03-21
VI Foro Andino de Movilidad Humana
Modalidad virtual
Convocado por la Presidencia Pro Tempore de Chile, a cargo del Departamento de Migraciones del Ministerio del Interior.

2013-05-02
V Foro Andino de Movilidad Humana
Modalidad virtual
Convocado por la Presidencia Pro Tempore del Perú, a cargo del Ministerio de Relaciones Exteriores del Perú.
"""}


def _roles(tools, text, lang):  # noqa: F811
    page = event_page(text, lang, layout="listing", url="https://example.org/calendar")
    return [pairs(run(tools, page, ev)) for ev in parse_page(page).events]


@pytest.mark.parametrize("lang", ["en", "es"])
def test_presidency_held_by_a_body_convenes_with_it(tools, lang):  # noqa: F811
    first, second = _roles(tools, _HELD[lang], lang)
    assert ("gov-cl", "convener") in first, first
    assert not any(role == "mentioned" for _, role in first), first
    assert sum(role == "convener" for _, role in first) == 2, first
    assert ("gov-pe", "convener") in second and sum(role == "convener" for _, role in second) == 2, second
