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
