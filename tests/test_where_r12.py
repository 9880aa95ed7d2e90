"""Places and dates as stated, round 12 (issue 13, helper "where").

Hand-made snippets in English and Spanish (none copied from a held-out page) for each rule added:
"City, Region, Country" and "City, Region" place texts, the official long form of a capital, a hybrid
line that names its place beside the online mode, the in-person part of a blended course, a place said
to be the event's seat ("fue sede del encuentro"), the online mode after a date ("took place on … by
videoconference"), the event convened to a virtual meeting, a "Where/when" text with only a month and
year, and the date of "this workshop, held … on …".
"""

from __future__ import annotations

import datetime as dt

import pytest

from rcpkg.loaders.layouts import parse_page
from rcpkg.loaders.layouts.locations import place_in_sentence
from rcpkg.loaders.places import resolve_place
from rcpkg.loaders.records import Page


def _city(text):
    res = resolve_place(text)
    return (res.city.geonameid if res.city else None, res.country.iso2 if res.country else None, res.problem)


# --- places.py ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, city, country", [
    ("San Pedro Sula, Cortés, Honduras", 3601782, "HN"),
    ("Tegucigalpa, Francisco Morazán, Honduras", 3600949, "HN"),
    ("Santiago, Región Metropolitana, Chile", 3871336, "CL"),
    ("Quito, Pichincha (Ecuador)", 3652462, "EC"),
    ("Liberia, Guanacaste", 3623076, "CR"),
    ("Tapachula, Chiapas", 3516266, "MX"),
])
def test_city_region_country(text, city, country):
    assert _city(text) == (city, country, None)


@pytest.mark.parametrize("text", ["Migración, Desarrollo", "Protección, Integración", "Lima, Quito"])
def test_two_names_that_are_no_city_and_region(text):
    res = resolve_place(text)
    assert res.city is None or res.problem  # a list of two cities or two words is no "City, Region"


@pytest.mark.parametrize("text", ["Ciudad Autónoma de Buenos Aires", "la Ciudad Autónoma de Buenos Aires", "CABA"])
def test_official_long_form_of_a_capital(text):
    res = resolve_place(text, alternates=False)
    assert res.city is not None and res.city.geonameid == 3435910


@pytest.mark.parametrize("text, city", [
    ("Hybrid: Quito and online", 3652462),
    ("Híbrido: Asunción y en línea", 3439389),
    ("Hybrid (Lima / Zoom)", 3936456),
])
def test_hybrid_line_keeps_its_place(text, city):
    res = resolve_place(text)
    assert res.hybrid and res.city is not None and res.city.geonameid == city


@pytest.mark.parametrize("text, city", [
    ("Blended: four online modules and a closing in-person week in Montevideo, Uruguay", 3441575),
    ("Semipresencial: dos módulos virtuales y una semana presencial en Quito, Ecuador", 3652462),
])
def test_blended_course_in_person_part(text, city):
    res = resolve_place(text)
    assert res.hybrid and res.city is not None and res.city.geonameid == city


# --- locations.py: prose ------------------------------------------------------------------------------

@pytest.mark.parametrize("text, place", [
    ("El 3 y 4 de mayo de 2023 la ciudad de Cusco fue sede del Taller Andino, organizado por la OIM.", "Cusco"),
    ("Montevideo será la sede de la reunión técnica de la red.", "Montevideo"),
    ("The city of Tegucigalpa was the venue of the regional workshop, convened by the Secretariat.", "Tegucigalpa"),
        ("La Embajada del Perú en Quito fue sede del seminario.", None),
    ("Montevideo was the seat of the Technical Secretariat.", None),
    ("Costa Rica fue sede de la reunión regional.", None),  # a country as the seat: the host, a role
    ("Peru was the venue of the workshop.", None),
])
def test_place_said_to_be_the_seat(text, place):
    found = place_in_sentence(text, 0)
    if place is None:
        assert found is None
    else:
        assert found == ("place", found[1]) and found[1].exact == place


@pytest.mark.parametrize("text, mode", [
    ("The meeting took place on 4 May 2022 by videoconference.", "by videoconference"),
    ("La reunión se realizó el 12 de junio de 2020 de manera virtual.", "de manera virtual"),
    ("La sesión se llevó a cabo el 3 de marzo de 2021, en modalidad virtual.", "en modalidad virtual"),
])
def test_online_after_the_date(text, mode):
    assert place_in_sentence(text, 0)[0] == "online"
    assert place_in_sentence(text, 0)[1].exact == mode


@pytest.mark.parametrize("text", [
    "El foro se realizó el martes 5 y el miércoles 6 de marzo de 2019 en la Ciudad Autónoma de Buenos Aires.",
    "The dialogue was held on 5 March 2019 in the Autonomous City of Buenos Aires.",
])
def test_prose_long_form_city(text):
    found = place_in_sentence(text, 0)
    assert found is not None and found[0] == "place" and "Buenos Aires" in found[1].exact


def _listing(text, lang="en"):
    return parse_page(Page(path="t.txt", url="https://example.org/activities", text=text, lang=lang, layout="listing"))


_ENTRY_EN = """Activities of the year

Meeting of the Working Group on Statistics
On 5 May 2021 the Ministry of the Interior of Chile convened the
members of the group to a virtual meeting to agree on the
work plan for the year.

Regional Workshop on Border Health
Held on 3 June 2022 in Lima, the workshop gathered officials of the
ministries of health.
"""

_ENTRY_ES = """Actividades del año

Reunión de la Red de Puntos Focales
El 5 de mayo de 2021 la Cancillería del Ecuador convocó a los puntos focales
a una reunión virtual para acordar el plan de trabajo.

Foro Regional sobre Salud en Fronteras
Se realizó el 3 de junio de 2022 en Lima, con funcionarios de los ministerios de salud.
"""


@pytest.mark.parametrize("text, lang", [(_ENTRY_EN, "en"), (_ENTRY_ES, "es")])
def test_convened_to_a_virtual_meeting(text, lang):
    r = _listing(text, lang)
    ev = r.events[0]
    assert ev.place is not None and ev.place.online and ev.place.span.exact in ("virtual",)
    assert r.events[1].place is None or not r.events[1].place.online


def test_virtual_meeting_of_another_kind_is_not_the_event():
    text = """Activities

Regional Workshop on Border Health
On 5 May 2021 the Ministry of Health convened the delegations to a virtual meeting to prepare
the workshop, which was later held in person.
"""
    ev = _listing(text).events[0]
    assert ev.place is None or not ev.place.online


# --- place and date texts ("Where/when:") -------------------------------------------------------------

def test_place_with_month_and_year_only():
    from rcpkg.loaders.layouts.assemble import Ctx
    from rcpkg.loaders.layouts.locations import place_and_date

    for value, city in (("Quito, August 2017", 3652462), ("Tegucigalpa, octubre de 2018", 3600949),
                        ("March 2019, Montevideo", 3441575)):
        text = f"Where/when: {value}\n"
        ctx = Ctx(Page(path="t.txt", url="https://example.org/x", text=text, lang="en", layout="country"))
        loc, dates = place_and_date(ctx, 12, 12 + len(value), 1, "Workshop")
        assert dates is None
        assert loc.place is not None and loc.place.city_geonameid == city
        assert any("no day" in str(w) for w in ctx.warnings)


# --- assemble.py: "this workshop, held … on …" ------------------------------------------------------

@pytest.mark.parametrize("body, start, end", [
    ("Officials of the region took part in this three-day seminar, held in Quito on 4, 5 and 6 May 2022.",
     dt.date(2022, 5, 4), dt.date(2022, 5, 6)),
    ("Las delegaciones participaron en este taller, realizado en Lima el 9 de marzo de 2021.",
     dt.date(2021, 3, 9), None),
])
def test_this_event_held_on(body, start, end):
    text = f"Events\n\nRegional Seminar on Migration Data\nPosted by the Secretariat\n{body}\n"
    ev = _listing(text).events[0]
    assert ev.dates is not None and (ev.dates.start, ev.dates.end) == (start, end)


def test_another_event_held_on_is_not_this_one():
    text = ("Events\n\nRegional Seminar on Migration Data\n"
            "Participants recalled the agreements of the meeting held in Quito on 4 May 2022.\n")
    ev = _listing(text).events[0]
    assert ev.dates is None


@pytest.mark.parametrize("text, city", [
    ("Tela, Atlántida (sin fecha registrada)", 3600931),
    ("Quito (date unknown)", 3652462),
    ("Montevideo [fecha por confirmar]", 3441575),
])
def test_place_with_a_no_date_note(text, city):
    res = resolve_place(text)
    assert res.city is not None and res.city.geonameid == city and not res.problem


# --- triples: one event described by two pages ------------------------------------------------------

def test_two_pages_sections_of_one_event_differ():
    import re as _re

    from rdflib import URIRef

    from rcpkg import iris

    ev = URIRef(iris.ID + "event/0123456789abcdef")
    a = iris.event_part(ev, "section", 1, "The meeting reviewed the regional guidelines.")
    b = iris.event_part(ev, "section", 1, "Delegations of six States took part.")
    assert a != b
    assert a == iris.event_part(ev, "section", 1, "The meeting reviewed the regional guidelines.")
    shape = r"^https://w3id.org/rcpkg/id/event/([0-9a-f]+|[a-z0-9][a-z0-9-]*-[1-9][0-9]*)/section/([0-9a-f]{8}-)?[0-9]+$"
    assert _re.match(shape, str(a)) and _re.match(shape, str(b))
