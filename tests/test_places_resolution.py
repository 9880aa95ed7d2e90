"""Place texts as stated (issue 13): a country's name alone is the country; online and hybrid
are attendance modes, not places; a venue field cut short or that is no name is not a venue."""

from __future__ import annotations

import pytest

from rcpkg.loaders.places import is_online, looks_like_place, read_venue, resolve_place

GUATEMALA_CITY, PANAMA_CITY, MEXICO_CITY, SAN_JOSE, SAN_SALVADOR = 3598132, 3703443, 3530597, 3621849, 3583361


@pytest.mark.parametrize("text,iso2", [
    ("Panamá", "PA"), ("Panama", "PA"), ("PANAMÁ", "PA"), ("México", "MX"), ("Mexico", "MX"),
    ("Guatemala", "GT"), ("GUATEMALA", "GT"), ("El Salvador", "SV"), ("Belice", "BZ"), ("República Dominicana", "DO"),
])
def test_a_bare_country_name_is_the_country_not_its_namesake_city(text, iso2):
    res = resolve_place(text)
    assert res.city is None and res.country is not None and res.country.iso2 == iso2 and not res.problem


@pytest.mark.parametrize("text,geonameid", [
    ("Ciudad de Guatemala", GUATEMALA_CITY), ("Guatemala City", GUATEMALA_CITY), ("Guatemala, Guatemala", GUATEMALA_CITY),
    ("Panama City", PANAMA_CITY), ("Ciudad de Panamá", PANAMA_CITY), ("Panamá, Panamá", PANAMA_CITY),
    ("Panama City, Panama", PANAMA_CITY), ("Ciudad de México", MEXICO_CITY), ("México D.F.", MEXICO_CITY),
    ("México, México", MEXICO_CITY),
    ("San José, Costa Rica", SAN_JOSE), ("San Salvador, El Salvador", SAN_SALVADOR),
])
def test_cities_that_bear_a_countrys_name_are_named_as_cities(text, geonameid):
    res = resolve_place(text)
    assert res.city is not None and res.city.geonameid == geonameid
    assert res.country.iso2 == res.city.country_code


@pytest.mark.parametrize("text", [
    "Virtual", "Online", "En línea", "en linea", "Virtual (Zoom)", "Modalidad virtual", "Webinar", "Sesión virtual",
    "Virtual session", "Online via Microsoft Teams", "Reunión virtual - plataforma Zoom", "Videoconferencia",
    "En línea (Google Meet)", "https://us02web.zoom.us/j/8123456789", "Virtual meeting (Webex)",
])
def test_online_markers_are_a_mode_not_a_place(text):
    assert is_online(text)
    res = resolve_place(text)
    assert res.online and res.city is None and res.country is None and not res.hybrid


@pytest.mark.parametrize("text", [
    "Virtual Workshop on Migrant Smuggling", "Taller virtual de la Red de Protección Consular", "San José",
    "Hotel Virtual Plaza", "Online safety of migrant children",
])
def test_texts_that_only_contain_an_online_word_are_not_online_markers(text):
    assert not is_online(text)


@pytest.mark.parametrize("text,geonameid,iso2", [
    ("Híbrido (San José)", SAN_JOSE, "CR"), ("San José (híbrido)", SAN_JOSE, "CR"),
    ("Hybrid - Panama City", PANAMA_CITY, "PA"), ("Modalidad híbrida: Ciudad de Guatemala", GUATEMALA_CITY, "GT"),
    ("Tegucigalpa, Honduras (hybrid)", 3600949, "HN"), ("Hybrid event, Mexico City", MEXICO_CITY, "MX"),
    ("Panamá (híbrido)", None, "PA"),
])
def test_hybrid_with_a_place_is_that_place_attended_both_ways(text, geonameid, iso2):
    res = resolve_place(text)
    assert res.hybrid and not res.online
    assert (res.city.geonameid if res.city else None) == geonameid and res.country.iso2 == iso2


@pytest.mark.parametrize("text,geonameid", [
    ("San Salvador / Virtual", SAN_SALVADOR), ("San Salvador y en línea", SAN_SALVADOR),
    ("Virtual - San José", SAN_JOSE), ("Ciudad de Panamá (online)", PANAMA_CITY),
])
def test_a_place_beside_an_online_marker_is_that_place_and_online_as_stated(text, geonameid):
    """Not "hybrid": the page does not say that people attended in person too."""
    res = resolve_place(text)
    assert res.online and not res.hybrid and res.city.geonameid == geonameid


@pytest.mark.parametrize("text", ["Hybrid", "Híbrido", "Modalidad híbrida", "Semipresencial"])
def test_hybrid_alone_is_a_mode_without_a_place(text):
    res = resolve_place(text)
    assert res.hybrid and res.city is None and res.country is None and res.resolved


@pytest.mark.parametrize("text", ["Hot", "Hote", "Hotel", "Centro", "Plaza", "Hall", "Sala", "Casa", "Tegu"])
def test_words_cut_short_or_generic_are_no_place(text):
    """GeoNames lists towns and alternate names so spelled ("Hot" → Hot Springs, "Centro" in
    Spain): alone, on an events page, they are a venue's name cut short, not a place."""
    res = resolve_place(text)
    assert res.city is None and res.country is None and res.problem
    assert not looks_like_place(text)


@pytest.mark.parametrize("text", [
    "Hotel Crowne Plaza Corobicí", "Casa de la Libertad", "Torre Ejecutiva", "Centro de Convenciones de la CONMEBOL",
    "Secretaría de Relaciones Exteriores", "Hotel Sheraton Panamá", "CEPAL", "Sheraton", "Cancillería",
    "Hotel Barceló San José", "Casa Presidencial, San Salvador", "Salón Los Próceres",
])
def test_venue_names_are_venues(text):
    assert read_venue(text).kind == "venue"


@pytest.mark.parametrize("text,reason", [
    ("Hot", "cut short"), ("Hote", "cut short"), ("Sal", "cut short"), ("Hotel", "generic"), ("Salón", "generic"),
    ("Hotel Crowne Plaza de", "cut short"), ("Centro de", "cut short"), ("Hotel Real Intercontinental…", "cut short"),
    ("Hotel Marriott y", "cut short"), ("4 de junio de 2019", "date"), ("June 4, 2019", "date"),
    ("contacto@crmsv.org", "address"), ("por la tarde", "not a name"),
])
def test_venue_values_cut_short_or_not_a_name_are_not_venues(text, reason):
    reading = read_venue(text)
    assert reading.kind == "not-a-venue" and reason.split()[0] in reading.reason


@pytest.mark.parametrize("text,kind", [
    ("Virtual", "online"), ("Online", "online"), ("En línea", "online"), ("Virtual (Zoom)", "online"),
    ("Modalidad virtual", "online"), ("Webinar", "online"), ("Híbrido", "hybrid"), ("Hybrid (San José)", "hybrid"),
    ("San Salvador", "place"), ("Panamá", "place"), ("-", "none"), ("Por confirmar", "none"), ("TBD", "none"),
])
def test_venue_fields_that_name_a_mode_or_a_place(text, kind):
    assert read_venue(text).kind == kind
