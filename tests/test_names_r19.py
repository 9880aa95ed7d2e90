"""Round 19 (names19): institution names' extent. Pages written here, English and Spanish, with names
of our own: a unit with its country in parentheses; a site's navigation link is no name."""

from __future__ import annotations

import pytest

from tests.test_openworld_extract import found, make, new, ref, run, tools  # noqa: F401


@pytest.mark.parametrize("body, lang, name, printed", [
    ("Participantes: Oficina Nacional de Extranjería (Chile); Dirección General de Identidad (Honduras).", "es",
     "Oficina Nacional de Extranjería de Chile", "gov-cl"),
    ("Participants: Immigration Department (Belize); National Registry Office (Jamaica).", "en",
     "Immigration Department of Belize", "gov-bz"),
])
def test_a_unit_with_its_country_in_parentheses_is_that_governments(tools, body, lang, name, printed):
    x = run(tools, *make(body, lang=lang))
    unit = new(x, name)
    assert unit.parent == printed
    # the country in parentheses is the unit's, not a participant of its own
    assert not any(i.agent == printed for i in x.involvements)


@pytest.mark.parametrize("body, lang", [
    ("Financiamiento: Fundación Horizonte Abierto\nVolver a Noticias", "es"),
    ("Funding: Open Horizon Foundation\nBack to Topics", "en"),
    ("Apoyo: Fundación Horizonte Abierto\nRegresar al Inicio", "es"),
])
def test_a_navigation_link_is_no_institution(tools, body, lang):
    x = run(tools, *make(body, lang=lang))
    names = {n for n, _ in found(x)}
    assert not any(n.lower().startswith(("volver", "back", "regresar")) for n in names), names


@pytest.mark.parametrize("body, lang", [
    ("El Gobierno de Paz y Prosperidad Nacional de Honduras fue anfitrión del taller.", "es"),
    ("The workshop was hosted by the Government of Hope and National Renewal of Honduras.", "en"),
])
def test_a_governments_formal_name_is_its_government(tools, body, lang):
    x = run(tools, *make(body, lang=lang))
    agents = {i.agent for i in x.involvements}
    assert "gov-hn" in agents, found(x)
    assert not any(i.extracted for i in x.involvements), found(x)



def test_a_governments_formal_name_with_a_head_word_inside_stays_one_name():
    from rcpkg.loaders.openworld import _pieces
    t = "Ayer el Gobierno de Fraternidad y Unidad Popular de Honduras fue anfitrión del taller."
    assert [m.surface for m in _pieces(t, t.index("Gobierno"), t.index("Honduras"))] == \
        ["Gobierno de Fraternidad y Unidad Popular"]
