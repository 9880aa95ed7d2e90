"""Round 21 (issue 13, country21): the office a country holds named by a plain "as"/"como", and the body it acts
or exercises the office through; own sentences, English and Spanish."""

from __future__ import annotations

import pytest
from test_roles_rules import ref, tools  # noqa: F401 (fixtures shared with the role rules' tests)

from rcpkg.loaders.extract import extract
from rcpkg.loaders.layouts import parse_page
from rcpkg.loaders.records import Page

_HEAD = "Home / Member States / Chile\n\nCHILE\nMember since 2000.\n\nConferences held in Chile\n\n"


def _roles(tools, body, lang):
    page = Page(path="t.txt", url="https://example.org/member-states/chile", text=_HEAD + body, lang=lang,
                layout="country")
    out = set()
    for ev in parse_page(page).events:
        x = extract(page, ev, tools[0], tools[1])
        out |= {(i.extracted.name if i.extracted else i.agent, i.role) for i in x.involvements}
    return out


@pytest.mark.parametrize("body, lang, who, role", [
    ("IX Meeting of the Network\nSantiago\n4–5 May 2031\nOrganized by Chile as Presidency Pro Tempore, through its "
     "Ministry of the Interior, with support from UNICEF.\n", "en", "Ministry of the Interior", "organizer"),
    ("IX Meeting of the Network\nSantiago\n4–5 May 2031\nConvened by Chile in its capacity as Pro Tempore Presidency, "
     "via the National Migration Service, with UNICEF support.\n", "en", "National Migration Service", "convener"),
    ("Reunión de la Red\nSantiago, 3 de junio de 2034\nSe realizó bajo la Presidencia Pro Tempore de Chile, ejercida "
     "a través del Servicio Nacional de Migraciones (SERMIG), y aprobó el plan.\n", "es",
     "Servicio Nacional de Migraciones", "coordinator"),
    ("Reunión de la Red\nSantiago, 3 de junio de 2035\nConvocada por Chile como Presidencia Pro Tempore, a través de "
     "la Superintendencia Nacional de Migraciones, con apoyo del UNICEF.\n", "es",
     "Superintendencia Nacional de Migraciones", "convener"),
])
def test_the_body_the_office_holder_acts_through(tools, body, lang, who, role):
    got = _roles(tools, body, lang)
    assert (who, role) in got
    assert ("gov-cl", role) in got
    assert not any(w == who and r == "mentioned" for w, r in got)


from test_roles_rules import roles  # noqa: E402


@pytest.mark.parametrize("text, who", [
    ("Ten countries took part, Guyana for the first time; Chile hosted it.", "gov-gy"),
    ("Asistieron nueve países, Surinam por primera vez.", "gov-sr"),
])
def test_the_one_named_for_its_first_time_takes_part(tools, text, who):
    assert (who, "participant") in roles(tools, text)


def test_a_first_time_that_is_not_the_clause_end_is_no_cue(tools):
    got = roles(tools, "Nine countries took part, and the Network for the first time approved a plan with UNICEF.")
    assert not any(r == "participant" for _, r in got)
