"""Listings, round 25 (issue 13, listing25): page structure of listing entries.

- a numeric dotted date range line ("04.03.2017 – 05.03.2017") printed before each entry's title, under a
  heading over the entries, with a place line and "Label: value" lines under the title, each entry closed by a
  record link ("View record" / "Ver ficha"): the date line heads the entry under it, and the entry keeps its
  labelled lines (a value going on over a second line too).

Hand-made pages in English and Spanish (none copied from a held-out page).
"""

from __future__ import annotations

import pytest
from event_pages import event_page
from test_extract import pairs, run
from test_roles_rules import ref, tools  # noqa: F401  (fixtures)

from rcpkg.loaders.layouts import parse_page

_EN = """Andean Forum on Human Mobility
Home | About | Calendar | Contact

CALENDAR 2016-2017

04.03.2017 – 05.03.2017
Technical Workshop on Labour Migration Statistics
Lima (Peru)
Host: Peru (Ministry of Labour)
With the support of: UNHCR
Participants: Chile, Bolivia, Ecuador,
Colombia and Paraguay
View record

19.09.2016 – 20.09.2016
Seminar on Consular Assistance to Returnees
Quito (Ecuador)
Convened by the Government of Ecuador. Delegations of Chile and Bolivia attended.
View record

« 2014-2015        2018-2019 »
"""

_ES = """Foro Andino de Movilidad Humana
Inicio | Quiénes somos | Agenda | Contacto

AGENDA 2016-2017

04.03.2017 – 05.03.2017
Taller Técnico sobre Estadísticas de Migración Laboral
Lima (Perú)
Anfitrión: Perú (Ministerio de Trabajo)
Con el apoyo de: ACNUR
Participan: Chile, Bolivia, Ecuador,
Colombia y Paraguay
Ver ficha

19.09.2016 – 20.09.2016
Seminario sobre Asistencia Consular a Personas Retornadas
Quito (Ecuador)
Convocado por el Gobierno del Ecuador. Asistieron delegaciones de Chile y Bolivia.
Ver ficha

« 2014-2015        2018-2019 »
"""


@pytest.mark.parametrize("lang, text", [("en", _EN), ("es", _ES)])
def test_dotted_date_range_before_each_title(tools, lang, text):  # noqa: F811
    page = event_page(text, lang, layout="listing", url="https://example.org/calendar")
    r = parse_page(page)
    titles = [e.titles[0].text for e in r.events]
    assert len(r.events) == 2, titles
    assert titles[0].startswith(("Technical Workshop", "Taller Técnico")), titles
    assert titles[1].startswith(("Seminar on", "Seminario sobre")), titles
    first, second = r.events
    assert first.dates is not None and (str(first.dates.start), str(first.dates.end)) == ("2017-03-04", "2017-03-05")
    assert second.dates is not None and str(second.dates.start) == "2016-09-19"
    assert first.place is not None and first.place.country_code == "PE", first.place
    assert second.place is not None and second.place.country_code == "EC", second.place
    found = pairs(run(tools, page, first))
    assert ("gov-pe", "host") in found, found
    assert ("unhcr", "supporter") in found, found
    for agent in ("gov-cl", "gov-bo", "gov-ec", "gov-co", "gov-py"):
        assert (agent, "participant") in found, (agent, found)
    found = pairs(run(tools, page, second))
    assert ("gov-ec", "convener") in found, found


# -- a calendar column of stacked lines before each title, one of them a month and year with no day ----------------

_COLUMN = {"en": """Andean Forum on Human Mobility
Home   About   Calendar   Contact

CALENDAR

MAR
04–05
2019
Technical Workshop on Labour Migration Statistics
Lima, Peru
Convened by the Government of Peru. Delegations of Chile and Bolivia attended.
Read more

AUG
2018
Annual Meeting of the Andean Forum
Quito, Ecuador
Hosted by Ecuador. UNHCR attended as an observer.
Read more

FEB
12
2018
Seminar on Consular Assistance
La Paz, Bolivia
Organized by the Government of Bolivia with IOM.
Read more
""", "es": """Foro Andino de Movilidad Humana
Inicio   Quiénes somos   Agenda   Contacto

AGENDA

MAR
04–05
2019
Taller Técnico sobre Estadísticas de Migración Laboral
Lima, Perú
Convocado por el Gobierno del Perú. Asistieron delegaciones de Chile y Bolivia.
Leer más

AGO
2018
Reunión Anual del Foro Andino
Quito, Ecuador
Ecuador fue el anfitrión. El ACNUR asistió como observador.
Leer más

FEB
12
2018
Seminario sobre Asistencia Consular
La Paz, Bolivia
Organizado por el Gobierno de Bolivia con la OIM.
Leer más
"""}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_month_and_year_column_heads_its_entry(tools, lang):  # noqa: F811
    page = event_page(_COLUMN[lang], lang, layout="listing", url="https://example.org/calendar")
    r = parse_page(page)
    titles = [e.titles[0].text for e in r.events]
    assert len(r.events) == 3, titles
    assert titles[1].startswith(("Annual Meeting", "Reunión Anual")), titles
    second = r.events[1]
    assert second.dates is None  # a month is no day: no dates stored
    assert second.place is not None and second.place.country_code == "EC", second.place
    found = pairs(run(tools, page, second))
    assert ("gov-ec", "host") in found, found
    assert str(r.events[2].dates.start) == "2018-02-12"


# -- the institutions named before the role they had: "with X and Y as co-organizers" ---------------------------------

@pytest.mark.parametrize("lang, sentence", [
    ("en", "Hosted by Ecuador as chair of the Forum, with UNICEF and the ILO as co-organizers. UNHCR attended."),
    ("es", "Ecuador fue la sede del encuentro, con el UNICEF y la OIT como coorganizadores. Asistió el ACNUR."),
])
def test_names_before_as_co_organizers(tools, lang, sentence):  # noqa: F811
    text = _COLUMN[lang].replace("Hosted by Ecuador. UNHCR attended as an observer." if lang == "en" else
                                 "Ecuador fue el anfitrión. El ACNUR asistió como observador.", sentence)
    page = event_page(text, lang, layout="listing", url="https://example.org/calendar")
    r = parse_page(page)
    found = pairs(run(tools, page, r.events[1]))
    assert ("unicef", "organizer") in found and ("ilo", "organizer") in found, found
    assert ("gov-ec", "host") in found, found
