"""Listings, round 31 (issue 13, listing31).

- a place-and-date line opened by a dash under the entry's title ("— 3–4 May 2017 · Quito (Ecuador)",
  "— March 2012 · Cusco (Peru)"): the dash is no part of the date; the line heads the entry (the entry is found,
  its title is the line above, its place and date read);
- numbered titles with their dates in brackets after them ("2. Taller ... (del 8 al 10 de mayo de 2016)"), a place
  line under each, a paragraph and a "Read more" link: every entry is found, the first too.

Hand-made pages in English and Spanish (none copied from a held-out page).
"""

from __future__ import annotations

import pytest
from event_pages import event_page

from rcpkg.loaders.layouts import parse_page

_DASHED = {"en": """Andean Forum on Human Mobility
AFHM
Home   Members   Activities   Library
You are here: Home / Activities

ACTIVITIES

Ninth Andean Forum on Human Mobility
— 3–4 May 2017 · Quito (Ecuador)
Ecuador chaired the Forum and hosted it in Quito; ILO and UNICEF attended as observers.
Continue ›
Topics: forum, labour

Meeting of the Consular Network
— March 2012 · Cusco (Peru)
Peru convened the network's second meeting. Delegates of Bolivia and Chile took part.
Continue ›
Topics: consular

Page 1 of 4 · Older →
""", "es": """Foro Andino de Movilidad Humana
FAMH
Inicio   Miembros   Actividades   Biblioteca
Usted está en: Inicio / Actividades

ACTIVIDADES

Noveno Foro Andino de Movilidad Humana
— 3–4 de mayo de 2017 · Quito (Ecuador)
Ecuador presidió el Foro y fue su anfitrión en Quito; la OIT y UNICEF asistieron como observadores.
Continuar ›
Temas: foro, trabajo

Reunión de la Red Consular
— marzo de 2012 · Cusco (Perú)
El Perú convocó la segunda reunión de la red. Participaron delegados de Bolivia y Chile.
Continuar ›
Temas: consular

Página 1 de 4 · Anteriores →
"""}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_a_dash_before_the_date_and_place_line_is_no_part_of_it(lang):
    page = event_page(_DASHED[lang], lang, layout="listing", url="https://example.org/activities")
    r = parse_page(page)
    titles = [e.titles[0].text for e in r.events]
    assert len(r.events) == 2, titles
    assert titles[0].startswith(("Ninth Andean", "Noveno Foro")), titles
    assert titles[1].startswith(("Meeting of the Consular", "Reunión de la Red")), titles
    assert [e.place.country_code if e.place else None for e in r.events] == ["EC", "PE"]
    assert r.events[0].dates is not None and r.events[0].dates.start.isoformat() == "2017-05-03"
    assert r.events[0].dates.end.isoformat() == "2017-05-04"
    assert not [w for w in r.warnings if "location" in str(w)], r.warnings


_NUMBERED = {"en": """Andean Forum on Human Mobility (AFHM)
Home · The Forum · Members · Calendar · Library
EN | ES
Home > Calendar

Calendar of activities

1. Technical Workshop on Labour Migration Statistics (from 8 to 10 May 2016)
Cusco, Peru
Convened by the ILO and the Forum's Secretariat, with funding from the Swiss Agency for Development and Cooperation. The Ministry of Labour of Peru hosted the workshop. Statisticians of Ecuador and Colombia took part.
Read more

2. Meeting of the Consular Liaison Network (14 and 15 March 2013)
Quito, Ecuador
Ecuador convened the meeting at its Ministry of Foreign Affairs. UNHCR presented a guide.
Read more

« Previous | 1 | 2 | Next »

Forum Secretariat · Quito
""", "es": """Foro Andino de Movilidad Humana (FAMH)
Inicio · El Foro · Miembros · Calendario · Biblioteca
ES | EN
Inicio > Calendario

Calendario de actividades

1. Taller Técnico sobre Estadísticas de Migración Laboral (del 8 al 10 de mayo de 2016)
Cusco, Perú
Convocado por la OIT y la Secretaría del Foro, con financiamiento de la Agencia Suiza para el Desarrollo y la Cooperación. El Ministerio de Trabajo del Perú fue anfitrión del taller. Participaron estadísticos de Ecuador y Colombia.
Leer más

2. Reunión de la Red de Enlaces Consulares (14 y 15 de marzo de 2013)
Quito, Ecuador
Ecuador convocó la reunión en su Cancillería. El ACNUR presentó una guía.
Leer más

« Anterior | 1 | 2 | Siguiente »

Secretaría del Foro · Quito
"""}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_numbered_titles_with_their_dates_in_brackets(lang):
    page = event_page(_NUMBERED[lang], lang, layout="listing", url="https://example.org/calendar")
    r = parse_page(page)
    titles = [e.titles[0].text for e in r.events]
    assert len(r.events) == 2, titles
    assert titles[0].startswith(("Technical Workshop", "Taller Técnico")), titles
    assert titles[1].startswith(("Meeting of the Consular", "Reunión de la Red")), titles
    assert [e.place.country_code if e.place else None for e in r.events] == ["PE", "EC"]
    d = r.events[0].dates
    assert d is not None and (d.start.isoformat(), d.end.isoformat()) == ("2016-05-08", "2016-05-10")
    assert r.events[1].dates.start.isoformat() == "2013-03-14"
    assert "Cusco" not in r.events[0].description.exact
    assert not [w for w in r.warnings if "location" in str(w) or "prose" in str(w)], r.warnings
