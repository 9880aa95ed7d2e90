"""Event pages (issue 13, round 29, after listing29's "label | value" fix): in a two-column table of fields, a
role's value cell run on to the next row ("Support    | X" / "           | Y", the label cell blank) is that
field's value too, never the event's venue. Pages written for this test, English and Spanish."""

from __future__ import annotations

import pytest
from event_pages import event_page
from test_extract import run, tools, ref  # noqa: F401

from rcpkg.loaders.layouts import parse_page

_PAGES = {
    "en": ("Regional Process on Migration\nHome   Events   Library\nHome > Events > Border workshop\n\n"
           "Workshop on Border Health Protocols\n\n"
           "Date         | 4 to 6 March 2019\n"
           "Place        | San Salvador, El Salvador\n"
           "Organizer    | Regional Network of Civil Society Organizations for Migration (RNCOM)\n"
           "Support      | Andean Migration Observatory\n"
           "             | Northern Coast Health Foundation\n"
           "Funding      | Inter-American Development Bank (IDB)\n\n"
           "Delegates of the member countries reviewed the draft protocols.\n",
           ("Andean Migration Observatory", "Northern Coast Health Foundation")),
    "es": ("Proceso Regional sobre Migración\nInicio   Eventos   Biblioteca\nInicio > Eventos > Taller fronterizo\n\n"
           "Taller sobre protocolos de salud en fronteras\n\n"
           "Fecha        | 4 al 6 de marzo de 2019\n"
           "Lugar        | San Salvador, El Salvador\n"
           "Organiza     | Red Regional de Organizaciones Civiles para las Migraciones (RROCM)\n"
           "Apoyo        | Observatorio Andino de Migraciones\n"
           "             | Fundación Salud Costa Norte\n"
           "Financia     | Banco Interamericano de Desarrollo (BID)\n\n"
           "Las delegaciones de los países miembros revisaron los protocolos.\n",
           ("Observatorio Andino de Migraciones", "Fundación Salud Costa Norte")),
}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_a_role_cell_run_on_is_no_venue(tools, lang):
    text, supporters = _PAGES[lang]
    page = event_page(text, lang)
    r = parse_page(page)
    assert len(r.events) == 1
    ev = r.events[0]
    assert ev.place is not None and ev.place.city_label_en == "San Salvador"
    assert ev.venue is None
    x = run(tools, page, ev)
    got = {(i.extracted.name if i.extracted else i.agent, i.role) for i in x.involvements}
    assert {(name, "supporter") for name in supporters} <= got
