"""Issue 13 (round 26, second pass): country pages - a table row whose first cells are blank continues the
row above, cell by cell (a long text cell wrapped onto the next lines), in pipe tables and aligned tables."""

from __future__ import annotations

import pytest
from test_extract import pairs, run
from test_roles_rules import ref, tools  # noqa: F401  (fixtures)

from rcpkg.loaders.layouts import parse_page
from rcpkg.loaders.records import Page


def _parse(text, lang, url="https://example.org/member-states/chile"):
    page = Page(path="t.txt", url=url, text=text, lang=lang, layout="country")
    return page, parse_page(page).events


_PIPE_EN = """CHILE
Member since 2000

Activities in Chile

Activity                                   | When         | Where        | Remarks
-------------------------------------------+--------------+--------------+----------------------------------------
Seminar on Labour Migration Statistics     | 4 Mar 2017   | Valparaíso   | Convened by the Ministry of Labour
                                           |              |              | with ECLAC; financed by the Government of Spain.
Course on Consular Protection              | 9 May 2020   | Santiago     | Hosted by the University of Chile.

Other member states: Peru · Bolivia
"""

_PIPE_ES = """CHILE
Miembro desde 2000

Actividades en Chile

Actividad                                  | Fecha        | Lugar        | Observaciones
-------------------------------------------+--------------+--------------+----------------------------------------
Seminario sobre Estadísticas Laborales      | 4 mar 2017   | Valparaíso   | Convocado por el Ministerio del Trabajo
                                           |              |              | junto con la CEPAL; financiado por el Gobierno de España.
Curso sobre Protección Consular            | 9 may 2020   | Santiago     | Organizado por la Universidad de Chile.

Otros estados miembros: Perú · Bolivia
"""


@pytest.mark.parametrize("text,lang", [(_PIPE_EN, "en"), (_PIPE_ES, "es")])
def test_pipe_row_with_blank_first_cells_continues_the_row_above(tools, text, lang):
    page, events = _parse(text, lang)
    assert len(events) == 2
    got = pairs(run(tools, page, events[0]))
    roles = {r for _, r in got}
    assert "funder" in roles, got
    assert any(a.endswith("eclac") or "eclac" in a or "cepal" in a for a, r in got if r == "convener"), got
    assert not any(r == "mentioned" for _, r in got), got


_ALIGNED_EN = """CHILE
Member since 2000

Activities in Chile

Activity                                   When          Where         Remarks
Seminar on Labour Migration Statistics     4 Mar 2017    Valparaíso    Convened by the Ministry of Labour
                                                                       with ECLAC; financed by the Government of Spain.
Course on Consular Protection              9 May 2020    Santiago      Hosted by the University of Chile.

Other member states: Peru · Bolivia
"""

_ALIGNED_ES = """CHILE
Miembro desde 2000

Actividades en Chile

Actividad                                  Fecha         Lugar         Observaciones
Seminario sobre Estadísticas Laborales     4 mar 2017    Valparaíso    Convocado por el Ministerio del Trabajo
                                                                       junto con la CEPAL; financiado por el Gobierno de España.
Curso sobre Protección Consular            9 may 2020    Santiago      Organizado por la Universidad de Chile.

Otros estados miembros: Perú · Bolivia
"""


@pytest.mark.parametrize("text,lang", [(_ALIGNED_EN, "en"), (_ALIGNED_ES, "es")])
def test_aligned_row_with_blank_first_cells_continues_the_row_above(tools, text, lang):
    page, events = _parse(text, lang)
    assert len(events) == 2
    got = pairs(run(tools, page, events[0]))
    assert "funder" in {r for _, r in got}, got
    assert not any(r == "mentioned" for _, r in got), got


def test_pipe_continuation_quote_is_the_page_text(tools):
    page, events = _parse(_PIPE_EN, "en")
    x = run(tools, page, events[0])
    assert x.involvements
    for i in x.involvements:
        assert page.text[i.evidence.start:i.evidence.end] == i.evidence.exact


_LIST_EN = """PERU
Member since 2001

Activities in Peru

2018
Forum on Seasonal Work in the Andes
Cusco, 5 May 2018. Convened by the Ministry of Labour with the support of ILO.

2021
Dialogue on Border Health
Puno, 3 and 4 March 2021. Organized by the Ministry of Health; Bolivia took part.

Other member states: Argentina · Brazil · Chile · Colombia · Ecuador · Paraguay ·
Uruguay · Venezuela
"""

_LIST_ES = """PERÚ
Miembro desde 2001

Actividades en el Perú

2018
Foro sobre Trabajo Temporal en los Andes
Cusco, 5 de mayo de 2018. Convocó el Ministerio del Trabajo con el apoyo de la OIT.

2021
Diálogo sobre Salud en la Frontera
Puno, 3 y 4 de marzo de 2021. Organizado por el Ministerio de Salud; participó Bolivia.

Otros países: Argentina · Brasil · Chile · Colombia · Ecuador · Paraguay ·
Uruguay · Venezuela
"""


@pytest.mark.parametrize("text,lang", [(_LIST_EN, "en"), (_LIST_ES, "es")])
def test_wrapped_list_of_countries_after_the_last_event_is_no_field(text, lang):
    _, events = _parse(text, lang, url="https://example.org/member-states/peru")
    assert len(events) == 2
    last = events[-1]
    assert last.place is not None and last.place.span.exact == "Puno"
    assert "Uruguay" not in last.span.exact


@pytest.mark.parametrize("body", [
    "Held in Lima on 3 May 2019, the forum was organized by the International Labour Organization\n"
    "(ILO) with the SACM Technical Secretariat.",
    "Celebrado en Lima el 3 de mayo de 2019, el foro fue organizado por la Organización Internacional del Trabajo\n"
    "(OIT) con la Secretaría Técnica de la CSM.",
])
def test_acronym_opening_a_wrapped_line_goes_on_with_its_sentence(tools, body):
    from test_extract import make
    page, event = make("Forum on Labour Mobility", body)
    got = pairs(run(tools, page, event))
    assert ("sacm-technical-secretariat", "organizer") in got, got


@pytest.mark.parametrize("body,agent", [
    ("Lima, mayo de 2015. La OIT acompañó la preparación del encuentro.", "ilo"),
    ("Lima, May 2015. ILO accompanied the organization of the sessions.", "ilo"),
])
def test_accompanied_the_organization_is_support(tools, body, agent):
    from test_extract import make
    page, event = make("Forum on Labour Mobility", body)
    assert (agent, "supporter") in pairs(run(tools, page, event))
