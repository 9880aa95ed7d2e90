"""Round 30 review (issue 13): two of the round's rules kept from reading what they were not written for.
Pages written for these tests, English and Spanish.

- a table cell under a "Participation" / "Participación" column that says itself who did what ("Convened by X.
  Y took part as a guest.") is read as prose, by its own role phrases, not as one list of participants;
- who "taught the modules" of a course another body delivered presents, a participant, not its organizer."""

from __future__ import annotations

import pytest
from event_pages import event_page
from test_extract import run, tools, ref  # noqa: F401

from rcpkg.loaders.layouts import parse_page

_TABLE = {
    "es": ("Inicio   Estados miembros   Agenda\nEstados miembros › Bolivia\n# Bolivia\n"
           "## Participación de Bolivia en actividades\n"
           "Actividad | Fecha | Lugar | Participación\n--- | --- | --- | ---\n"
           "Foro Andino de Movilidad Humana | 03/06/2015 - 04/06/2015 | Cochabamba | Convocado por la Red Andina de "
           "Pastorales Migratorias, con el apoyo financiero de la Fundación Horizonte. Participó como invitada la "
           "Oficina de Atención para Retornados y Familias Migrantes.\n",
           "Oficina de Atención para Retornados y Familias Migrantes", "gov-bo"),
    "en": ("Home   Member States   Agenda\nMember States › Bolivia\n# Bolivia\n"
           "## Bolivia's participation in activities\n"
           "Activity | Date | Place | Participation\n--- | --- | --- | ---\n"
           "Andean Forum on Human Mobility | 03/06/2015 - 04/06/2015 | Cochabamba | Convened by the Andean Network of "
           "Migrant Pastoral Services, with funding from the Horizon Foundation. The Office for Returnees and Migrant "
           "Families took part as a guest.\n",
           "Office for Returnees and Migrant Families", "gov-bo"),
}


@pytest.mark.parametrize("lang", ["es", "en"])
def test_a_prose_cell_under_a_participation_column(tools, lang):
    text, guest, _ = _TABLE[lang]
    page = event_page(text, lang, layout="country", url="https://example.org/member-states/bolivia")
    r = parse_page(page)
    assert len(r.events) == 1
    x = run(tools, page, r.events[0])
    got = {(i.extracted.name if i.extracted else i.agent, i.role) for i in x.involvements}
    assert (guest, "participant") in got
    assert not [w for w in x.warnings if "names no institution" in w.message]


@pytest.mark.parametrize("text, lang, teacher", [
    ("Course on Migration Governance\nPanama City, 4-8 March 2019\n\nDelivered by the Ministry of Public Security "
     "of Panama. Officials of the National Migration Service (SNM) taught the modules.\n", "en",
     "National Migration Service"),
    ("Training Course on Border Management\nLima, 4-8 March 2019\n\nThe course was delivered by the Ministry of the "
     "Interior of Peru with the support of IOM. The National Superintendency of Migration taught the modules on "
     "document checks.\n", "en", "National Superintendency of Migration"),
])
def test_who_taught_the_modules_presents(tools, text, lang, teacher):
    page = event_page(text, lang)
    r = parse_page(page)
    x = run(tools, page, r.events[0])
    roles = {i.role for i in x.involvements if (i.extracted.name if i.extracted else i.agent) == teacher}
    assert "organizer" not in roles
