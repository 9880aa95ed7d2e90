"""Issue 13 (round 32): country pages - a paragraph whose first sentence is only the event's title ("Regional
Workshop on Consular Protection. In March 2019 the Ministry …") opens an event: the title ends at that stop when it
names an event kind and reads as a title (most of its long words capitalised); "en modalidad virtual" is online."""

from __future__ import annotations

from rcpkg.loaders.layouts import parse_page
from rcpkg.loaders.records import Page


def _events(text, lang, url="https://example.org/member-states/honduras"):
    page = Page(path="t.txt", url=url, text=text, lang=lang, layout="country")
    return parse_page(page).events


_EN = """Regional Migration Process
Home | About | Countries | Library

Honduras
Member since 1997.

Honduras in the Process

Regional Workshop on Consular Protection. On 4 March 2019, in San Pedro Sula, the Ministry of Foreign Affairs convened the workshop with delegations of Belize and Panama.

Technical Meeting on Labour Mobility Statistics. The National Institute of Statistics organized the meeting in Tegucigalpa on 12 June 2016, with funding from the European Union.

Belize's Ministry of Labour hosted the Workshop. Officials of Panama attended it.

Workshop participants discussed return. This paragraph tells no event of its own.

Other countries: Belize · Panama
"""

_ES = """Proceso Regional de Migración
Inicio | Quiénes somos | Países | Biblioteca

Honduras
Miembro desde 1997.

Honduras en el Proceso

Encuentro Regional sobre Niñez Migrante No Acompañada. En abril de 2020, en modalidad virtual, lo convocó la Dirección de Niñez junto con la Oficina del ACNUR en Honduras.

Curso sobre Protección Consular y Derechos Humanos. Celebrado en Tegucigalpa el 9 de octubre de 2017, fue organizado por el Instituto Nacional de Migración con apoyo del ACNUR.

Otros países: Belice · Panamá
"""


def test_title_sentence_en():
    evs = _events(_EN, "en")
    assert [e.titles[0].text for e in evs] == ["Regional Workshop on Consular Protection",
                                               "Technical Meeting on Labour Mobility Statistics"]
    assert not evs[0].description.exact.startswith(".")
    assert evs[1].place is not None and evs[1].place.city_geonameid is not None


def test_title_sentence_es_online():
    evs = _events(_ES, "es")
    assert [e.titles[0].text for e in evs] == ["Encuentro Regional sobre Niñez Migrante No Acompañada",
                                               "Curso sobre Protección Consular y Derechos Humanos"]
    assert evs[0].online
    assert evs[1].place is not None and evs[1].place.city_geonameid is not None
    assert evs[1].dates is not None


def test_mode_before_an_office_country():
    evs = _events(_ES, "es")
    assert evs[0].online and evs[0].place is None


# --- roles (issue 13, round 32): "…, lo convocó X" after a comma; who moderates the whole event coordinates it

import pytest  # noqa: E402

from rcpkg.loaders.gazetteer import Gazetteer  # noqa: E402
from rcpkg.loaders.reference import load_reference  # noqa: E402
from rcpkg.loaders.roles import assign_roles  # noqa: E402
from rcpkg.resources import reference_dir  # noqa: E402


@pytest.fixture(scope="module")
def gaz():
    return Gazetteer.from_reference(load_reference(reference_dir()))


def _roles(gaz, text):
    return {(m.entity_id, role) for m, role in assign_roles(text, gaz.find(text))}


def test_object_pronoun_after_comma(gaz):
    got = _roles(gaz, "El 3 de marzo de 2022, en la capital, la convocaron la OIM y el ACNUR.")
    assert {r for _e, r in got} == {"convener"}, got


def test_whole_event_moderator_coordinates(gaz):
    es = _roles(gaz, "La OIM moderó el taller de principio a fin.")
    en = _roles(gaz, "UNHCR moderated the entire seminar from start to finish.")
    panel = _roles(gaz, "UNHCR moderated the panel on asylum.")
    assert {r for _e, r in es} == {"coordinator"}, es
    assert {r for _e, r in en} == {"coordinator"}, en
    assert {r for _e, r in panel} == {"participant"}, panel
