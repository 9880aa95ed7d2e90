"""Listings, round 28 (issue 13, listing28b): a two-column "Date / Event" listing ruled off by lines of dashes.

- each entry opens with its date line flush left, right under the rule that closes the entry above (a rule of
  dashes parts entries as a "Read more" link does): the date belongs to the entry below it, not to the one above;
- a date range may be split over two lines ("4 Mar 2020 -" / "6 Mar 2020"): both lines are the entry's dates;
- the title is the flush-left line under the date; the place, the prose and the link are indented under the
  "Event" column: the prose lines are the entry's text, never titles.

Hand-made pages in English and Spanish (none copied from a held-out page).
"""

from __future__ import annotations

import pytest
from event_pages import event_page

from rcpkg.loaders.layouts import parse_page

_RULED = {"en": """Andean Forum on Human Mobility
Home | About | Members | Calendar | Contact

Calendar

When                Activity
==================================================================
4 - 5 Mar 2020
Technical Seminar on Consular Assistance at Borders
                    Arica, Chile
                    Prepared by the Consular Network of the Forum jointly
                    with the Office of the UNHCR in Santiago.
                    More details ›
==================================================================
9 Sep 2022 -
11 Sep 2022
Annual Plenary of the Andean Forum on Human Mobility
                    Cuenca, Ecuador
                    The Government of Ecuador called the plenary. Delegations from
                    Bolivia, Colombia and Peru took part, with UNICEF as observer.
                    More details ›
==================================================================
14 Feb 2024
Dialogue on Climate Mobility in the Andes
                    Sucre, Bolivia
                    Bolivia hosted the dialogue with the World Bank and
                    the Andean Development Corporation.
                    More details ›
==================================================================
Page 1 of 3   Next ›
""", "es": """Foro Andino de Movilidad Humana
Inicio | Quiénes somos | Miembros | Calendario | Contacto

Calendario

Fecha               Actividad
------------------------------------------------------------------
4 - 5 mar. 2020
Seminario Técnico sobre Asistencia Consular en Fronteras
                    Arica, Chile
                    Preparado por la Red Consular del Foro en conjunto
                    con la Oficina del ACNUR en Santiago.
                    Más detalles ›
------------------------------------------------------------------
9 de septiembre de 2022 -
11 de septiembre de 2022
Plenaria Anual del Foro Andino de Movilidad Humana
                    Cuenca, Ecuador
                    El Gobierno del Ecuador convocó la plenaria. Participaron
                    delegaciones de Bolivia, Colombia y el Perú, con UNICEF como observador.
                    Más detalles ›
------------------------------------------------------------------
14 feb. 2024
Diálogo sobre Movilidad Climática en los Andes
                    Sucre, Bolivia
                    Bolivia acogió el diálogo con el Banco Mundial y
                    la Corporación Andina de Fomento.
                    Más detalles ›
------------------------------------------------------------------
Página 1 de 3   Siguiente ›
"""}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_ruled_date_event_columns(lang):
    page = event_page(_RULED[lang], lang, layout="listing", url="https://example.org/calendar")
    r = parse_page(page)
    titles = [e.titles[0].text for e in r.events]
    assert len(r.events) == 3, titles
    assert titles[0].startswith(("Technical Seminar", "Seminario Técnico")), titles
    assert titles[1].startswith(("Annual Plenary", "Plenaria Anual")), titles
    assert titles[2].startswith(("Dialogue on", "Diálogo sobre")), titles
    first, second, third = r.events
    assert (str(first.dates.start), str(first.dates.end)) == ("2020-03-04", "2020-03-05")
    assert (str(second.dates.start), str(second.dates.end)) == ("2022-09-09", "2022-09-11")
    assert str(third.dates.start) == "2024-02-14" and third.dates.end is None
    assert [e.place.country_code if e.place else None for e in r.events] == ["CL", "EC", "BO"]
    assert "UNHCR" in first.description.exact or "ACNUR" in first.description.exact
    assert "UNICEF" in second.description.exact
    assert "World Bank" in third.description.exact or "Banco Mundial" in third.description.exact


# -- the entry's prose indented as a whole under the "Event" column: its wrapped lines are one paragraph ----------

@pytest.fixture(scope="module")
def tools():
    from rcpkg.loaders.gazetteer import Gazetteer
    from rcpkg.loaders.reference import load_reference
    from rcpkg.loaders.themes import ThemeMatcher
    from rcpkg.resources import reference_dir

    ref = load_reference(reference_dir())
    return Gazetteer.from_reference(ref), ThemeMatcher.from_reference(ref)


@pytest.mark.parametrize("lang", ["en", "es"])
def test_indented_prose_wraps_as_one_paragraph(tools, lang):
    from rcpkg.loaders.extract import extract

    page = event_page(_RULED[lang], lang, layout="listing", url="https://example.org/calendar")
    first = parse_page(page).events[0]
    x = extract(page, first, *tools)
    got = {(i.extracted.name if i.extracted else i.agent, i.role) for i in x.involvements}
    office = "Office of the UNHCR in Santiago" if lang == "en" else "Oficina del ACNUR en Santiago"
    assert (office, "organizer") in got, got  # "Prepared by X jointly" / "with the Office ...": one sentence
