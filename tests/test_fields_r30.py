"""Issue 13 (round 30): fields pages - "Participación" / "Participation" is a participants' label (its countries are
their governments), and a role label alone on its line whose value runs over the next lines, one institution a
line, gives each of them that role."""

from __future__ import annotations

import pytest

from rcpkg.loaders.extract import extract
from rcpkg.loaders.layouts import labels, parse_page
from rcpkg.loaders.records import Page


# (the shared `tools` fixture: the reference data loaded once for all test modules)
from test_extract import ref, tools  # noqa: E402, F401


def _roles(tools, text, lang):
    page = Page(path="t.txt", url="https://example.org/topics/x", text=text, lang=lang, layout="fields")
    out = set()
    for ev in parse_page(page).events:
        x = extract(page, ev, tools[0], tools[1])
        out |= {(i.extracted.name if i.extracted else i.agent, i.role) for i in x.involvements}
    return out


_ES = """Inicio · Quiénes somos · Países

Registro civil

Acciones

Taller sobre Registro Civil en Zonas Fronterizas
Fecha
4 y 5 de marzo de 2018
Lugar
Lima, Perú
Organización
Secretaría Técnica de la CSM
Organización Internacional del Trabajo (OIT)
Participación
Paraguay, Uruguay, Ecuador

Otros temas: Trata · Ambiente
"""

_EN = """Home · About · Countries

Civil registration

Actions

Workshop on Civil Registration in Border Areas
Date
4-5 March 2018
Place
Lima, Peru
Organization
SACM Technical Secretariat
International Labour Organization (ILO)
Participation
Paraguay, Uruguay, Ecuador

Other topics: Trafficking · Environment
"""


@pytest.mark.parametrize("label", ["Participación", "Participation", "Participación:"])
def test_participation_label(label):
    lab = labels.find(label)
    assert lab is not None and lab.key == "role" and lab.role == "participant"


@pytest.mark.parametrize("text, lang", [(_ES, "es"), (_EN, "en")])
def test_participation_countries(tools, text, lang):
    got = _roles(tools, text, lang)
    for c in ("gov-py", "gov-uy", "gov-ec"):
        assert (c, "participant") in got, got


@pytest.mark.parametrize("text, lang", [(_ES, "es"), (_EN, "en")])
def test_label_alone_value_lines_each_take_the_role(tools, text, lang):
    got = _roles(tools, text, lang)
    assert ("ilo", "organizer") in got, got
    assert ("ilo", "mentioned") not in got, got


_ES2 = """Inicio · Quiénes somos · Países

Registro civil

Acciones

Foro Virtual sobre Identidad de Personas Apátridas
Fecha
12/10/2021
Lugar
En línea
Ponentes
Registro Nacional de las Personas del Paraguay
Participación
Bolivia, Perú

Otros temas: Trata · Ambiente
"""

_EN2 = """Home · About · Countries

Civil registration

Actions

Online Forum on the Identity of Stateless Persons
Date
12/10/2021
Place
Online
Speakers
National Registry of Persons of Paraguay
Participation
Bolivia, Peru

Other topics: Trafficking · Environment
"""


@pytest.mark.parametrize("text, lang", [(_ES2, "es"), (_EN2, "en")])
def test_two_labels_of_one_role_one_event(text, lang):
    page = Page(path="t.txt", url="https://example.org/topics/x", text=text, lang=lang, layout="fields")
    evs = parse_page(page).events
    assert len(evs) == 1, [e.titles[0].text for e in evs]
