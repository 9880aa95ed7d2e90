"""Listings, round 26 (issue 13, listing26): page structure of listing entries.

- a "Place and date:" / "Lugar y fecha:" line under each title whose numeric dates read two ways without the
  page's date order ("04-05-2021 al 06-05-2021"): the line is the entry's place-and-date line (read with the
  page's order), not the next entry's title.

Hand-made pages in English and Spanish (none copied from a held-out page).
"""

from __future__ import annotations

import pytest
from event_pages import event_page

from rcpkg.loaders.layouts import parse_page

_PLACE_DATE = {"es": """Foro Andino de Movilidad Humana
Inicio » Agenda » Talleres

TALLERES

Taller Andino sobre Retorno Voluntario
Lugar y fecha: Cusco (Perú), 25-10-2017
Convocado por el Gobierno del Perú.
———

Curso Regional sobre Documentación de Migrantes
Lugar y fecha: Arica (Chile), 04-05-2021 al 06-05-2021
Organizan: ACNUR y el Gobierno de Chile
Participan: delegaciones de Bolivia y Perú
———

Diálogo Virtual sobre Movilidad Laboral
Lugar y fecha: en línea, 02-03-2022
Organizó el Gobierno de Bolivia.
———
""", "en": """Andean Forum on Human Mobility
Home » Agenda » Workshops

WORKSHOPS

Andean Workshop on Voluntary Return
Place and date: Cusco (Peru), 25-10-2017
Convened by the Government of Peru.
———

Regional Course on Migrant Documentation
Place and date: Arica (Chile), 04-05-2021 to 06-05-2021
Organizers: UNHCR and the Government of Chile
Participants: delegations of Bolivia and Peru
———

Virtual Dialogue on Labour Mobility
Place and date: online, 02-03-2022
Organized by the Government of Bolivia.
———
"""}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_place_and_date_line_with_two_way_numeric_dates(lang):
    page = event_page(_PLACE_DATE[lang], lang, layout="listing", url="https://example.org/agenda/talleres")
    r = parse_page(page)
    titles = [e.titles[0].text for e in r.events]
    assert len(r.events) == 3, titles
    assert titles[1].startswith(("Regional Course", "Curso Regional")), titles
    second = r.events[1]
    assert second.dates is not None and (str(second.dates.start), str(second.dates.end)) == ("2021-05-04", "2021-05-06")
    assert second.place is not None and second.place.country_code == "CL", second.place
