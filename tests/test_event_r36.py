"""Round 36 (issue 13): date-and-place line forms of event pages. Pages written for these tests, English and Spanish
(other names, places and wording than any held-out set).

- the event's date line printed over its title (the title being the line the URL names): the event's dates, no
  page heading;
- a place printed before the date on the line under the title, with a labelled venue after a dot ("Quito, 4 y 5 de
  mayo de 2022 · Sede: …"): the place is the event's;
- a date part the rules cannot read (its weekdays fit no reading: warned) and the place after a bar: the place is
  still the event's, and the date line is warned about, never read as a venue;
- cue kinds of taking part: a body that led or moderated a panel, spoke about a subject, gave a module or session,
  contributed its projections, or opened the meeting took part.
"""

from __future__ import annotations

from datetime import date

import pytest
from event_pages import event_page, named
from test_extract import run, tools, ref  # noqa: F401

from rcpkg.loaders.layouts import parse_page


def _one(text, lang, url="https://example.org/events/meeting"):
    r = parse_page(event_page(text, lang, url=url))
    assert len(r.events) == 1
    return r.events[0], r


def test_a_date_line_over_the_title_dates_the_event():
    text = ("Monday, March 7, 2022 – Tuesday, March 8, 2022\n"
            "Regional Workshop on Migrant Children\n"
            "Tegucigalpa, Honduras\n\n"
            "The Government of Honduras hosted the workshop with the support of UNICEF.\n")
    ev, _ = _one(text, "en", url="https://example.org/events/regional-workshop-migrant-children")
    assert ev.dates is not None and (ev.dates.start, ev.dates.end) == (date(2022, 3, 7), date(2022, 3, 8))
    assert ev.titles[0].text == "Regional Workshop on Migrant Children"
    assert ev.place is not None and ev.place.country_code == "HN"


def test_a_date_line_over_the_title_in_spanish():
    text = ("Lunes 7 de marzo de 2022 – martes 8 de marzo de 2022\n"
            "Taller Regional sobre Niñez Migrante\n"
            "Tegucigalpa, Honduras\n\n"
            "El Gobierno de Honduras fue anfitrión del taller, con el apoyo de UNICEF.\n")
    ev, _ = _one(text, "es", url="https://example.org/eventos/taller-regional-ninez-migrante")
    assert ev.dates is not None and (ev.dates.start, ev.dates.end) == (date(2022, 3, 7), date(2022, 3, 8))


def test_a_place_before_the_date_with_a_labelled_venue_after_a_dot():
    text = ("Encuentro Andino sobre Trata de Personas\n"
            "Quito, 4 y 5 de mayo de 2022 · Sede: Ministerio de Gobierno del Ecuador\n\n"
            "Durante dos jornadas, las delegaciones de Bolivia, Colombia y Perú intercambiaron experiencias sobre la "
            "identificación de víctimas. El encuentro fue organizado por la OIM.\n")
    ev, _ = _one(text, "es")
    assert ev.dates is not None and (ev.dates.start, ev.dates.end) == (date(2022, 5, 4), date(2022, 5, 5))
    assert ev.place is not None and ev.place.country_code == "EC"


def test_a_place_before_the_date_in_english():
    text = ("Andean Meeting on Trafficking in Persons\n"
            "Lima, Peru · 4–5 May 2022 · Venue: Ministry of the Interior\n\n"
            "Over two days the delegations of Bolivia, Colombia and Ecuador shared their experience of victim "
            "identification. The meeting was organized by IOM.\n")
    ev, _ = _one(text, "en")
    assert ev.dates is not None and ev.dates.start == date(2022, 5, 4)
    assert ev.place is not None and ev.place.country_code == "PE"


def test_an_unreadable_date_part_keeps_the_place_after_the_bar():
    # 10.03.2021 is a Wednesday (10 March) or a Sunday (3 October): a Friday fits neither
    text = ("Taller sobre Retorno Asistido\n"
            "Vie 10.03.2021 09:00 h – Sáb 11.03.2021 13:00 h   |   Managua, Nicaragua\n\n"
            "El taller fue organizado por la OIM con el apoyo del Gobierno de Nicaragua y reunió a funcionarios de "
            "migración de la región.\n")
    ev, r = _one(text, "es")
    assert ev.dates is None
    assert ev.place is not None and ev.place.country_code == "NI"
    assert ev.venue is None
    assert any("weekday" in w.message for w in r.warnings)


_HEAD = {"en": "Binational Forum on Seasonal Workers\nWhen: 14-15 June 2023\nWhere: Asunción, Paraguay\n\n",
         "es": "Foro Binacional sobre Trabajadores Temporales\nCuándo: 14 y 15 de junio de 2023\nDónde: Asunción, Paraguay\n\n"}


def _got(tools, body, lang):
    return named(tools, _HEAD, body, lang)


@pytest.mark.parametrize("body, lang, who", [
    ("Paraguay hosted the forum. The ILO led the panel on recruitment fees.", "en", "ilo"),
    ("Paraguay fue anfitrión del foro. La OIT lideró el panel sobre costos de reclutamiento.", "es", "ilo"),
    ("Paraguay hosted the forum. UNICEF spoke about the children of seasonal workers.", "en", "unicef"),
    ("Paraguay fue anfitrión del foro. UNICEF habló sobre los hijos de los trabajadores temporales.", "es", "unicef"),
    ("Paraguay hosted the forum. The ILO delivered the session on labour inspection.", "en", "ilo"),
    ("Paraguay fue anfitrión del foro. La OIT impartió el módulo sobre inspección laboral.", "es", "ilo"),
    ("Paraguay fue anfitrión del foro. La CEPAL aportó estimaciones y proyecciones sobre el empleo agrícola.", "es",
     "eclac"),
    ("Paraguay hosted the forum. ECLAC provided projections on farm employment.", "en", "eclac"),
    ("Paraguay fue anfitrión del foro. La Secretaría Técnica de la CSM abrió la reunión con un informe.", "es",
     "sacm-technical-secretariat"),
])
def test_cue_kinds_of_taking_part(tools, body, lang, who):
    got = _got(tools, body, lang)
    assert (who, "participant") in got, got
