"""Places as the four layouts state them (issue 13), on pages written for these tests in
English and Spanish: a bare country name is the country; "Virtual"/"Online" is a mode, not a
venue; a venue cut short warns; a country page's country is what its events concern."""

from __future__ import annotations

from rcpkg.loaders.layouts import parse_page
from rcpkg.loaders.records import Page

GUATEMALA_CITY, SAN_JOSE, TEGUCIGALPA = 3598132, 3621849, 3600949


def _parse(text: str, *, layout: str | None, lang: str = "en", url: str = "https://crmsv.org/x",
           country: str | None = None):
    return parse_page(Page(path="p.txt", url=url, text=text, lang=lang, layout=layout, country=country))


def _warned(result, needle: str) -> list:
    return [w for w in result.warnings if needle in w.message]


# --- fields layout -----------------------------------------------------------------------------

FIELDS_ES = """Temas: protección consular
Taller sobre Protección Consular
Ciudad
Panamá
Lugar
Hot
Fecha
3 y 4 de abril de 2019
Reunión Virtual de la Red
Ciudad
San José
Lugar
Virtual (Zoom)
Fecha
Seminario sobre Retorno
Ciudad
Ciudad de Guatemala
Lugar
Híbrido
Fecha
Foro sobre Trata
Ciudad
Modalidad virtual
Lugar
-
Fecha
"""


def test_fields_page_in_spanish():
    r = _parse(FIELDS_ES, layout="fields", lang="es")
    taller, red, seminario, foro = r.events
    # "Panamá" alone is the country, not Panama City; "Hot" (cut short) is no venue and warns
    assert taller.place.country_code == "PA" and taller.place.city_geonameid is None
    assert taller.venue is None
    (w,) = _warned(r, "venue not stored")
    assert (w.line, w.value) == (6, "Hot") and "cut short" in w.message and "Taller sobre Protección Consular" in w.message
    # "Lugar: Virtual (Zoom)" is the online mode, not a venue; the city stays as printed
    assert red.online and red.venue is None and red.place.city_geonameid == SAN_JOSE
    assert red.mode is not None and red.mode.exact == "Virtual (Zoom)"
    # "Lugar: Híbrido" with a city: that city, attended both ways
    assert seminario.hybrid and seminario.place.city_geonameid == GUATEMALA_CITY and seminario.venue is None
    # "Ciudad: Modalidad virtual": online, no place, no venue
    assert foro.online and foro.place.online and foro.place.city_geonameid is None and foro.venue is None


FIELDS_EN = """Workshop on Labour Migration
City: Mexico
Venue: Online
Date: June 4, 2019
Seminar on Smuggling
City: Guatemala, Guatemala
Venue: Hotel Barceló
Date: May 8, 2018
Meeting of the Network
City: Hybrid (San José)
Venue: Centro de
Date: March 5, 2019
"""


def test_fields_page_in_english_with_inline_labels():
    r = _parse(FIELDS_EN, layout="fields")
    workshop, seminar, meeting = r.events
    assert workshop.place.country_code == "MX" and workshop.place.city_geonameid is None
    assert workshop.online and workshop.venue is None
    assert seminar.place.city_geonameid == GUATEMALA_CITY and seminar.venue.exact == "Hotel Barceló"
    assert meeting.hybrid and meeting.place.city_geonameid == SAN_JOSE and meeting.venue is None
    (w,) = _warned(r, "venue not stored")
    assert w.value == "Centro de" and w.line == 11


def test_a_city_field_that_names_a_venue_is_the_venue():
    r = _parse("Workshop A\nCity: Hotel Sheraton Presidente\nDate: 2019\nWorkshop B\nCity: Hot\nDate: 2019\n",
               layout="fields")
    a, b = r.events
    assert a.venue.exact == "Hotel Sheraton Presidente" and a.place is None
    assert b.venue is None and b.place is None  # not Hot Springs
    assert [w.value for w in _warned(r, "location not resolved")] == ["Hot"]


def test_a_mode_field():
    text = ("Taller A\nCiudad: Tegucigalpa\nModalidad: Híbrida\nFecha: 2019\n"
            "Taller B\nCiudad: Tegucigalpa\nModalidad: Presencial\nFecha: 2019\n"
            "Taller C\nModalidad: Virtual\nFecha: 2019\n")
    a, b, c = _parse(text, layout="fields", lang="es").events
    assert a.hybrid and a.place.city_geonameid == TEGUCIGALPA
    assert not b.hybrid and not b.online and b.place.city_geonameid == TEGUCIGALPA
    assert c.online and c.place is None


# --- event layout ------------------------------------------------------------------------------

def test_event_page_in_english_venue_online():
    text = ("Regional Workshop on Return\nAbout the event:\nThe workshop gathers officials.\n"
            "Tuesday, March 5, 2019\nCity: San José\nVenue: Online\nCoordinating institution:\nIOM\n")
    r = _parse(text, layout="event")
    (e,) = r.events
    assert e.place.city_geonameid == SAN_JOSE and e.online and e.venue is None
    assert not _warned(r, "venue")


def test_event_page_in_spanish_cut_short_in_the_venue():
    text = ("Reunión del Grupo Regional de Consulta\nAcerca del evento:\nLa reunión del grupo.\n"
            "12 y 13 de noviembre de 2019\nCiudad: Guatemala\nLugar: Hot")
    r = _parse(text, layout="event", lang="es")
    (e,) = r.events
    assert e.place.country_code == "GT" and e.place.city_geonameid is None
    assert e.venue is None
    (w,) = _warned(r, "venue not stored")
    assert (w.line, w.value) == (6, "Hot")


def test_event_page_hybrid_venue_line():
    text = ("Seminario sobre Migración Laboral\nAcerca del evento:\nUn seminario.\n"
            "4 y 5 de junio de 2019\nTegucigalpa\nHíbrido\n")
    (e,) = _parse(text, layout="event", lang="es").events
    assert e.hybrid and e.place.city_geonameid == TEGUCIGALPA and e.venue is None


# --- listing layout ----------------------------------------------------------------------------

def test_listing_location_lines():
    text = ("Workshop on Passports\n\nA workshop.\n\nPanamá\n"
            "Taller sobre Niñez\n\nUn taller.\n\nEl Salvador\n"
            "Meeting of the Network\n\nA meeting.\n\nSan José / Virtual\n"
            "Webinar on Health\n\nA webinar.\n\nVirtual (Zoom)\n")
    a, b, c, d = _parse(text, layout="listing").events
    assert a.place.country_code == "PA" and a.place.city_geonameid is None
    assert b.place.country_code == "SV" and b.place.city_geonameid is None
    assert c.online and not c.place.hybrid and c.place.city_geonameid == SAN_JOSE
    assert d.online and d.place.online and d.place.city_geonameid is None


# --- country layout ----------------------------------------------------------------------------

COUNTRY_EN = """Skip to main content
Guatemala
Workshop on Return
General Objective
To strengthen return.
Webinar on Migrant Health
General Objective
To share experiences online.
Meeting of the Liaison Officers Network
General Objective
To plan the year. The meeting took place in Tegucigalpa, Honduras, with the support of IOM.
Seminar on Labour Migration
Venue: Ciudad de Guatemala
General Objective
To agree on a protocol.
"""


def test_country_page_in_english():
    r = _parse(COUNTRY_EN, layout="country", url="https://crmsv.org/en/country/guatemala", country="GT")
    workshop, webinar, meeting, seminar = r.events
    for e in r.events:
        assert e.concerns is not None and e.concerns.country_code == "GT" and e.concerns.span.exact == "Guatemala"
    assert workshop.place is None  # the page does not say where it took place
    assert webinar.online and webinar.place is None  # online, not "in Guatemala"
    assert meeting.place.city_geonameid == TEGUCIGALPA and meeting.place.span.exact == "Tegucigalpa, Honduras"
    assert seminar.place.city_geonameid == GUATEMALA_CITY
    assert not any("Venue" in o.span.exact for o in seminar.objectives)


COUNTRY_ES = """Panamá
Taller sobre Protección Consular
Objetivo General
Fortalecer la protección consular. El taller se realizó de manera virtual.
Reunión del Grupo Regional de Consulta
Objetivo General
Dar seguimiento a los acuerdos de la reunión celebrada en Managua.
Foro sobre Trata de Personas
Lugar: Ciudad de Panamá
Objetivo General
Coordinar acciones.
Curso sobre Perfiles
Modalidad: Virtual
Objetivo General
Presentar los lineamientos.
"""


def test_country_page_in_spanish():
    r = _parse(COUNTRY_ES, layout="country", lang="es", url="https://rcmvs.org/es/pais/panama", country="PA")
    taller, reunion, foro, curso = r.events
    assert all(e.concerns.country_code == "PA" and e.concerns.span.exact == "Panamá" for e in r.events)
    assert taller.online and taller.place is None and taller.mode.exact == "se realizó de manera virtual"
    assert reunion.place is None  # "la reunión celebrada en Managua" is another meeting
    assert foro.place.city_geonameid == 3703443 and foro.venue is None
    assert curso.online and curso.place is None


def test_fields_pages_cut_off_in_the_venue():
    """The page stops in the venue's value (no line break after it): no venue, a warning with
    the text."""
    for text, lang, line in (("Taller A\nCiudad\nTegucigalpa\nLugar\nHot", "es", 5),
                             ("Workshop A\nCity: Tegucigalpa\nVenue: Hotel Honduras Ma", "en", 3),
                             ("Workshop A\nCity: Tegucigalpa\nVenue: Hotel de", "en", 3)):
        r = _parse(text, layout="fields", lang=lang)
        (e,) = r.events
        assert e.place.city_geonameid == TEGUCIGALPA
        venue_kept = e.venue.exact if e.venue else None
        warned = [w.value for w in _warned(r, "venue not stored")]
        assert venue_kept is None and warned == [text.rsplit("\n", 1)[1].split(": ")[-1]]
        assert _warned(r, "venue not stored")[0].line == line
    # saved whole (a line break after the venue): a name that merely looks short is kept
    r = _parse("Workshop A\nCity: Tegucigalpa\nVenue: Hotel Honduras Ma\n", layout="fields")
    assert r.events[0].venue.exact == "Hotel Honduras Ma" and not _warned(r, "venue")
