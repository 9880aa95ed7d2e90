"""Round 24 (issue 13, country24): country pages' events as "Title (place, date)" lines each followed by its
paragraph; own pages, English and Spanish."""

from __future__ import annotations

import pytest
from test_roles_rules import ref, roles, tools  # noqa: F401 (fixtures shared with the role rules' tests)

from rcpkg.loaders.layouts import parse_page
from rcpkg.loaders.records import Page


def _events(text, lang, url="https://example.org/member-states/peru"):
    page = Page(path="t.txt", url=url, text=text, lang=lang, layout="country")
    return parse_page(page).events


_EN = ("Home / Member States / Peru\n\nPERU\n\nMember since 2001.\n\nOur gatherings hosted by Peru\n\n"
       "Second Binational Dialogue on Border Health (Tacna, 14–16 March 2017)\n"
       "Peru's Ministry of Health convened the dialogue; IOM supported the logistics.\n\n"
       "Technical Exchange on Labour Mobility Data (Arequipa, 2 June 2021)\n"
       "The National Superintendence of Migration hosted the exchange and UNICEF took part.\n\n"
       "Other member states: Chile · Ecuador\n")
_ES = ("Inicio / Países / Perú\n\nPERÚ\n\nMiembro desde 2001.\n\nEncuentros de la CSM en el Perú\n\n"
       "Segundo Diálogo Binacional sobre Salud Fronteriza (Tacna, del 14 al 16 de marzo de 2017)\n"
       "El Ministerio de Salud del Perú convocó el diálogo; la OIM apoyó la logística.\n\n"
       "Intercambio Técnico sobre Datos de Movilidad Laboral (Arequipa, 2 de junio de 2021)\n"
       "La Superintendencia Nacional de Migraciones acogió el intercambio y participó UNICEF.\n\n"
       "Otros países miembros: Chile · Ecuador\n")


@pytest.mark.parametrize("text, lang, titles", [
    (_EN, "en", ["Second Binational Dialogue on Border Health", "Technical Exchange on Labour Mobility Data"]),
    (_ES, "es", ["Segundo Diálogo Binacional sobre Salud Fronteriza",
                 "Intercambio Técnico sobre Datos de Movilidad Laboral"]),
])
def test_title_lines_with_place_and_date_in_parentheses_start_events(text, lang, titles):
    evs = _events(text, lang)
    assert [e.titles[0].text for e in evs] == titles
    assert [e.dates.start.isoformat() for e in evs] == ["2017-03-14", "2021-06-02"]
    assert evs[0].dates.end.isoformat() == "2017-03-16"
    assert all(e.place is not None for e in evs)


# without any heading over the list: the parenthesis of place and date alone says the line is an event's title
@pytest.mark.parametrize("text, lang", [
    (_EN.replace("Our gatherings hosted by Peru\n\n", ""), "en"),
    (_ES.replace("Encuentros de la CSM en el Perú\n\n", ""), "es"),
])
def test_parenthesis_alone_makes_the_title(text, lang):
    evs = _events(text, lang)
    assert len(evs) == 2
    assert [e.dates.start.year for e in evs] == [2017, 2021]


# "Called by X together with Y" opens the sentence: both convene (as "Convened by", "Convocada por")
@pytest.mark.parametrize("text, who", [
    ("Called by UNICEF together with the International Labour Organization and hosted by the Municipality of Tacna.",
     ["unicef", "ilo"]),
    ("The dialogue was called jointly by UNICEF and the International Labour Organization; IOM took part.",
     ["unicef", "ilo"]),
])
def test_called_by_convenes(tools, text, who):
    got = roles(tools, text)
    for w in who:
        assert any(a in (w,) or w in str(a).lower() for a, r in got if r == "convener"), (w, got)


# a country that received or sheltered the meeting hosts it ("acogió el taller", "recibió la reunión", "received the
# meeting"), not the body it received ("welcomed the delegations" stays the delegations' own)
@pytest.mark.parametrize("text, who", [
    ("Panamá acogió el taller regional sobre retorno en ejercicio de la Presidencia Pro Tempore.", "gov-pa"),
    ("Guatemala recibió la Reunión Viceministerial de la Conferencia en su capital.", "gov-gt"),
    ("Belize received the technical meeting of the network in Belmopan.", "gov-bz"),
])
def test_received_the_meeting_hosts(tools, text, who):
    assert (who, "host") in roles(tools, text)


def test_received_the_meetings_report_is_no_host(tools):
    assert ("gov-bz", "host") not in roles(tools, "Belize received the meeting's report with thanks.")
