"""Event pages (issue 13, round 22, event22): the site's name printed over its menu bar is no event's title, even
when it holds the words of the URL's slug; the title in capitals with a motto and a "date · place" line under it.
Pages written for these tests (no held-out page's wording), in English and Spanish."""

from __future__ import annotations

import pytest
from event_pages import event_page

from rcpkg.loaders.layouts import parse_page

_EN = """Skip to main content
ANDEAN FORUM ON LABOUR MOBILITY
Home | About the Forum | Member States | Events | Documents | News
EN | ES

Home / Events / IX Forum

IX ANDEAN FORUM ON LABOUR MOBILITY
"Decent work without borders: a shared roadmap"
3–5 May 2021 · Quito, Ecuador

The IX Andean Forum on Labour Mobility was hosted by the Government of Ecuador. Delegations of six States took part.

"""

_ES = """Ir al contenido
Foro Andino sobre Movilidad Laboral
Inicio | Quiénes somos | Países miembros | Eventos | Documentos
ES | EN

Inicio / Eventos / IX Foro

IX FORO ANDINO SOBRE MOVILIDAD LABORAL
«Trabajo decente sin fronteras: una hoja de ruta común»
3 al 5 de mayo de 2021 · Quito, Ecuador

El IX Foro Andino sobre Movilidad Laboral fue acogido por el Gobierno del Ecuador. Participaron delegaciones de seis Estados.
"""


@pytest.mark.parametrize("text, lang, url, title", [
    (_EN, "en", "https://example.org/en/events/ix-andean-forum-on-labour-mobility", "IX ANDEAN FORUM ON LABOUR MOBILITY"),
    (_ES, "es", "https://example.org/es/eventos/ix-foro-andino-sobre-movilidad-laboral", "IX FORO ANDINO SOBRE MOVILIDAD LABORAL"),
])
def test_the_site_name_over_the_menu_is_no_title(text, lang, url, title):
    r = parse_page(event_page(text, lang, url=url))
    assert len(r.events) == 1
    ev = r.events[0]
    assert [t.text for t in ev.titles][0] == title, ev.titles
    assert ev.dates is not None and str(ev.dates.start) == "2021-05-03"
    desc = ev.description.exact if ev.description else ""
    assert desc.startswith(("The IX", "El IX")), desc[:80]
    assert ev.subtitle is not None and ev.subtitle.text.strip('"«»') .startswith(("Decent", "Trabajo")), ev.subtitle
    assert ev.place is not None and ev.place.city_geonameid, ev.place
