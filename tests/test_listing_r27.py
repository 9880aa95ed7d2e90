"""Listings, round 27 (issue 13, listing27): page structure of listing entries.

- an ISO date line over an indented, numbered title ("1. Workshop ..."), an indented place line, an indented
  paragraph and a "→ View activity" link: each date opens one entry; the numbered line is its title (the number is
  no part of the title), not the paragraph or the link.
- a "Posted 3 May 2018" / "Publicado el 3 de mayo de 2018" line under a title is the post's date: it is no title.

Hand-made pages in English and Spanish (none copied from a held-out page).
"""

from __future__ import annotations

import pytest
from event_pages import event_page

from rcpkg.loaders.layouts import parse_page

_NUMBERED = {"en": """Andean Forum on Human Mobility
Home · About · Members · Agenda · Contact

Agenda 2019–2020

2020-03-04
1. Technical Meeting of the Andean Consular Network
   La Paz, Bolivia
   The Government of Bolivia convened the consular officers of the member states. UNHCR prepared the agenda.
   → View activity

2019-11-12 / 2019-11-13
2. Regional Seminar on Labour Mobility and Social Security
   Santiago, Chile (hybrid)
   Co-organized by the Ministry of Labour of Chile and ILO. The Government of Paraguay funded the seminar.
   → View activity

2019-06-20
3. Online Consultation with Diaspora Associations
   Online
   The Technical Secretariat called the consultation; the Government of Peru took part.
   → View activity

Page 1 of 2  ·  Next »
""", "es": """Foro Andino de Movilidad Humana
Inicio · Quiénes somos · Miembros · Agenda · Contacto

Agenda 2019–2020

2020-03-04
1. Reunión Técnica de la Red Consular Andina
   La Paz, Bolivia
   El Gobierno de Bolivia convocó a los funcionarios consulares de los Estados miembros. El ACNUR preparó la agenda.
   → Ver actividad

2019-11-12 / 2019-11-13
2. Seminario Regional sobre Movilidad Laboral y Seguridad Social
   Santiago, Chile (modalidad híbrida)
   Coorganizado por el Ministerio del Trabajo de Chile y la OIT. El Gobierno del Paraguay financió el seminario.
   → Ver actividad

2019-06-20
3. Consulta Virtual con Asociaciones de la Diáspora
   En línea
   La Secretaría Técnica convocó la consulta; participó el Gobierno del Perú.
   → Ver actividad

Página 1 de 2  ·  Siguiente »
"""}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_numbered_indented_titles_under_iso_dates(lang):
    page = event_page(_NUMBERED[lang], lang, layout="listing", url="https://example.org/agenda/2019-2020")
    r = parse_page(page)
    titles = [e.titles[0].text for e in r.events]
    assert len(r.events) == 3, titles
    assert titles[0].startswith(("Technical Meeting", "Reunión Técnica")), titles
    assert titles[1].startswith(("Regional Seminar", "Seminario Regional")), titles
    assert titles[2].startswith(("Online Consultation", "Consulta Virtual")), titles
    first, second, third = r.events
    assert str(first.dates.start) == "2020-03-04"
    assert (str(second.dates.start), str(second.dates.end)) == ("2019-11-12", "2019-11-13")
    assert second.place is not None and second.place.country_code == "CL", second.place
    assert "ILO" in second.description.exact or "OIT" in second.description.exact


# -- a title in capitals, then "Posted 3 May 2018" (no "on"), then "Place — dates": the posted line is the post's
# date, no title of its own ------------------------------------------------------------------------------------

_POSTED = {"en": """ANDEAN FORUM ON HUMAN MOBILITY
Home | About | Members | News | Contact

News

SEMINAR ON CONSULAR PROTECTION IN BORDER AREAS
Posted 3 May 2018
Tacna, Peru — 1 and 2 May 2018
The Government of Peru and UNHCR organized the seminar. Consular officers of Chile and Bolivia attended.
Read more »

WORKSHOP ON LABOUR MIGRATION DATA
Posted June 9, 2016
Asunción, Paraguay — 7 June 2016
Convened by the Government of Paraguay with support from ILO.
Read more »

Page 1 of 4   Next ›
""", "es": """FORO ANDINO DE MOVILIDAD HUMANA
Inicio | Quiénes somos | Miembros | Noticias | Contacto

Noticias

SEMINARIO SOBRE PROTECCIÓN CONSULAR EN ZONAS DE FRONTERA
Publicado el 3 de mayo de 2018
Tacna, Perú — 1 y 2 de mayo de 2018
El Gobierno del Perú y el ACNUR organizaron el seminario. Asistieron funcionarios consulares de Chile y Bolivia.
Leer más »

TALLER SOBRE DATOS DE MIGRACIÓN LABORAL
Publicado 9 de junio de 2016
Asunción, Paraguay — 7 de junio de 2016
Convocado por el Gobierno del Paraguay con apoyo de la OIT.
Leer más »

Página 1 de 4   Siguiente ›
"""}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_posted_line_is_no_title(lang):
    page = event_page(_POSTED[lang], lang, layout="listing", url="https://example.org/news")
    r = parse_page(page)
    titles = [e.titles[0].text for e in r.events]
    assert len(r.events) == 2, titles
    assert titles[0].startswith(("SEMINAR ON", "SEMINARIO SOBRE")), titles
    assert titles[1].startswith(("WORKSHOP ON", "TALLER SOBRE")), titles
    first, second = r.events
    assert (str(first.dates.start), str(first.dates.end)) == ("2018-05-01", "2018-05-02")
    assert str(second.dates.start) == "2016-06-07"
    assert first.place is not None and first.place.country_code == "PE", first.place
