"""Round 21 (names21): where an institution's name starts and ends. Pages written here, English and
Spanish, with names of our own: a meeting named by its edition or its kind is no institution; a unit
named with its region and its owner after "of" stays one name."""

from __future__ import annotations

import pytest

from tests.test_openworld_extract import found, make, new, ref, run, tools  # noqa: F401


@pytest.mark.parametrize("body, lang", [
    ("Ecuador fue sede de la IX Conferencia, que aprobó un plan de acción regional.", "es"),
    ("Los acuerdos se remitieron a la XV Reunión Plenaria para su aprobación.", "es"),
    ("Chile hosted the XI Conference, which adopted a regional action plan.", "en"),
    ("The recommendations were sent to the 14th Meeting for approval.", "en"),
    ("Participaron la Fundación Horizonte Abierto y la Reunión Intersesional de Puntos Focales.", "es"),
    ("The Open Horizon Foundation and the Intersessional Meeting took part in the event.", "en"),
    ("Organizado por el Encuentro de Enlaces Nacionales y la Fundación Horizonte Abierto.", "es"),
])
def test_a_meeting_named_by_its_edition_or_kind_is_no_institution(tools, body, lang):
    x = run(tools, *make(body, lang=lang))
    names = {n.lower() for n, _ in found(x)}
    assert not any(n.split()[0] in ("ix", "xv", "xi", "14th", "reunión", "encuentro", "intersessional")
                   or "meeting" in n or "conference" == n.split()[-1] or "conferencia" == n.split()[-1]
                   for n in names), names


@pytest.mark.parametrize("body, lang, govs", [
    ("Participan: Ministerios de Salud de Colombia, Bolivia y Uruguay", "es", {"gov-co", "gov-bo", "gov-uy"}),
    ("Participants: Ministries of Health of Colombia, Bolivia and Uruguay", "en", {"gov-co", "gov-bo", "gov-uy"}),
])
def test_a_plural_ministry_of_several_countries_is_each_countrys(tools, body, lang, govs):
    x = run(tools, *make(body, lang=lang))
    agents = {i.agent for i in x.involvements}
    assert govs <= agents, found(x)
    assert not any(i.extracted for i in x.involvements), found(x)


@pytest.mark.parametrize("body, lang", [
    ("Asistió como observador un funcionario del Ministerio de Justicia y Policía de Surinam.", "es"),
    ("An officer of the Ministry of Justice and Police of Suriname attended as an observer.", "en"),
])
def test_a_ministrys_second_remit_stays_in_its_name(tools, body, lang):
    x = run(tools, *make(body, lang=lang))
    names = {n for n, _ in found(x) if n}
    assert any("Justic" in n and "Poli" in n for n in names), found(x)
    assert not any(n.startswith(("Poli", "Ministerio de Justicia", "Ministry of Justice")) and "Poli" not in n
                   for n in names), found(x)


@pytest.mark.parametrize("body, lang, name", [
    ("Support: UNICEF Latin America and the Caribbean Regional Office; Open Horizon Foundation", "en",
     "Latin America and the Caribbean Regional Office"),
    ("Apoyo: Oficina Regional de UNICEF para América Latina y el Caribe; Fundación Horizonte Abierto", "es",
     "América Latina y el Caribe"),
])
def test_a_regions_own_pair_does_not_split_a_name(tools, body, lang, name):
    x = run(tools, *make(body, lang=lang))
    names = {n for n, _ in found(x) if n}
    assert any(name in n for n in names), found(x)
    assert not any(n.startswith(("Caribbean", "Caribe")) for n in names), found(x)
