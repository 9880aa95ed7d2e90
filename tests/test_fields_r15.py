"""Field-labelled and country pages (issue 13, fields15): field lines opened by an em dash ("— Cuándo: …") and
titles opened by a symbol ("■ Curso …", "► Workshop …"); a country page's share line, pager and rule after its last
event's text, and the secretariat's line under them, are no part of that event.
Pages written for these tests (no held-out page's wording)."""

from __future__ import annotations

from datetime import date

from rcpkg.loaders.layouts import labels, parse_page
from rcpkg.loaders.records import Page


def _page(text: str, lang: str, layout: str = "fields", url: str = "https://example.org/network/activities") -> Page:
    return Page(path="p.txt", url=url, text=text, lang=lang, layout=layout)


# -- an em dash opens a field line -------------------------------------------------------------------------------

def test_em_dash_opens_a_field_line():
    for line, key in (("— Cuándo: 4 de abril de 2022", "date"), ("— Where: Quito, Ecuador", "place"),
                      ("— Convoca: Cancillería del Perú", "role"), ("—  Financia: Unión Europea", "role"),
                      ("■ Lugar: Lima", "place"), ("► Date: 3 May 2019", "date")):
        lab = labels.find(line)
        assert lab is not None and lab.key == key and lab.bullet, line
    # a dash inside a title is no bullet: "Curso — módulo 1" is no field
    assert labels.find("Curso sobre asilo — módulo 1") is None


def test_fields_opened_by_em_dashes_under_marked_titles_es():
    text = ("Red de Puntos Focales\nActividades recientes\n\n"
            "■ Taller sobre Protección Consular en Fronteras\n"
            "— Cuándo: del 14 al 16 de junio de 2021\n"
            "— Dónde: Tacna, Perú\n"
            "— Convoca: Cancillería del Perú\n"
            "— Financia: Unión Europea\n\n"
            "■ Encuentro Virtual de Enlaces Consulares\n"
            "— Cuándo: martes 5 de octubre de 2021\n"
            "— Dónde: Virtual\n"
            "— Organiza: Secretaría Técnica\n\n"
            "Volver\n")
    r = parse_page(_page(text, "es"))
    assert [e.titles[0].text for e in r.events] == ["Taller sobre Protección Consular en Fronteras",
                                                    "Encuentro Virtual de Enlaces Consulares"]
    a, b = r.events
    assert (a.dates.start, a.dates.end) == (date(2021, 6, 14), date(2021, 6, 16))
    assert a.place is not None and a.place.country_code == "PE" and a.place.city_label_en == "Tacna"
    assert b.dates.start == date(2021, 10, 5) and b.online
    assert "Convoca: Cancillería del Perú" in a.description.exact


def test_fields_opened_by_dashes_under_arrow_titles_en():
    text = ("Network activities\n\n"
            "► Seminar on Labour Migration Statistics\n"
            "— When: 2 – 3 March 2020\n"
            "— Where: Asunción, Paraguay\n"
            "— Organizers: Ministry of Labour of Paraguay; ILO\n\n"
            "► Course on Refugee Status Determination\n"
            "— When: 9 November 2020\n"
            "— Where: Online\n"
            "— Delivered by: UNHCR\n")
    r = parse_page(_page(text, "en"))
    assert [e.titles[0].text for e in r.events] == ["Seminar on Labour Migration Statistics",
                                                    "Course on Refugee Status Determination"]
    assert r.events[0].place.city_label_en == "Asunción"
    assert r.events[1].online and r.events[1].dates.start == date(2020, 11, 9)


def test_the_marker_is_no_part_of_the_title():
    # the title and its evidence start after the marker
    text = "Meetings\n\n■ Regional Workshop on Return\nDate: 4 May 2019\nCity: Lima\n"
    r = parse_page(_page(text, "en"))
    assert r.events[0].titles[0].text == "Regional Workshop on Return"
    assert r.events[0].titles[0].span.exact == "Regional Workshop on Return"


# -- a country page's tail ---------------------------------------------------------------------------------------

def _country(text: str, lang: str) -> Page:
    return _page(text, lang, "country", url="https://example.org/member-states/peru")


def test_share_line_and_secretariat_after_the_last_event_es():
    text = ("Perú\nEventos en el Perú\n\n"
            "Taller Binacional sobre Trata de Personas\n"
            "Tumbes, 3 de mayo de 2019\n"
            "La Cancillería organizó el taller con la OIM.\n\n"
            "Seminario sobre Movilidad Laboral\n"
            "Arequipa, 8 de agosto de 2022\n"
            "El Ministerio de Trabajo convocó el seminario.\n\n"
            "Compartir: Facebook · X · LinkedIn\n"
            "Secretaría Técnica – Oficina de la OIM – Lima\n")
    r = parse_page(_country(text, "es"))
    last = r.events[-1]
    assert last.span.exact.endswith("convocó el seminario.")
    assert "Secretaría Técnica" not in last.description.exact


def test_pager_and_rule_after_the_last_event_en():
    text = ("Peru\nEvents in this country\n\n"
            "Workshop on Border Management\n"
            "Puno, 4 June 2018\n"
            "The Ministry of the Interior hosted the workshop.\n"
            "______________________\n\n"
            "Forum on Migrant Children\n"
            "Cusco, 2 July 2019\n"
            "UNICEF organized the forum with the Ombudsman's Office.\n"
            "______________________\n\n"
            "Previous: Paraguay   Next: Suriname\n"
            "Technical Secretariat · IOM Office · Lima\n")
    r = parse_page(_country(text, "en"))
    last = r.events[-1]
    assert last.span.exact.endswith("with the Ombudsman's Office.")
    assert "Suriname" not in last.span.exact


# -- a table's header row above field-labelled events ---------------------------------------------------------------

def test_title_rows_under_a_table_header_es():
    text = ("Protección consular\nActividades\n"
            "Actividad\tFecha\tLugar\n"
            "Curso sobre Documentación de Personas Migrantes\t3 y 4 de junio de 2020\tCuenca (Ecuador)\n"
            "Organizan: Cancillería del Ecuador; OIM\n\n"
            "Conversatorio sobre Retorno Asistido\t21/09/2022\tEn línea\n"
            "Participantes: Defensoría del Pueblo\n")
    r = parse_page(_page(text, "es"))
    assert [e.titles[0].text for e in r.events] == ["Curso sobre Documentación de Personas Migrantes",
                                                    "Conversatorio sobre Retorno Asistido"]
    a, b = r.events
    assert (a.dates.start, a.dates.end) == (date(2020, 6, 3), date(2020, 6, 4))
    assert a.place is not None and a.place.city_label_en == "Cuenca" and a.place.country_code == "EC"
    assert b.dates.start == date(2022, 9, 21) and b.online


def test_title_rows_under_a_barred_header_en_and_fields_first():
    text = ("Activities of the network\n"
            "Event | Date | Venue\n"
            "Workshop on Labour Mobility | 12 March 2019 | Tegucigalpa, Honduras\n"
            "Organizers: Ministry of Labour of Honduras\n"
            "City: San Pedro Sula\n\n"
            "Meeting of Focal Points | 5 May 2020 | Online\n"
            "Organizers: Technical Secretariat\n")
    r = parse_page(_page(text, "en"))
    a, b = r.events
    assert a.titles[0].text == "Workshop on Labour Mobility" and a.dates.start == date(2019, 3, 12)
    assert a.place.city_label_en == "San Pedro Sula"  # the event's own field, before its row's cell
    assert b.titles[0].text == "Meeting of Focal Points" and b.online


def test_place_field_in_another_spelling_of_its_city():
    text = ("Meetings\n\nSeminario sobre Movilidad en la Frontera\nFecha: 8 de marzo de 2021\n"
            "Lugar: Manaos, Brasil\nOrganiza: Cancillería\n")
    r = parse_page(_page(text, "es"))
    ev = r.events[0]
    assert ev.place is not None and ev.place.city_label_en == "Manaus" and ev.place.country_code == "BR"
    assert ev.venue is None
    # a venue's name stays a venue
    text = "Meetings\n\nTaller de Frontera\nFecha: 8 de marzo de 2021\nCiudad: Lima\nLugar: Hotel Bolívar\n"
    ev = parse_page(_page(text, "es")).events[0]
    assert ev.venue is not None and ev.venue.exact == "Hotel Bolívar" and ev.place.city_label_en == "Lima"


def test_a_last_row_with_no_fields_is_said():
    text = ("Actividades\nActividad | Fecha | Lugar\n"
            "Taller de Frontera | 3 de mayo de 2019 | Tacna\nOrganiza: Cancillería\n"
            "Foro de Retorno | 4 de junio de 2019 | Arica\n")
    r = parse_page(_page(text, "es"))
    assert len(r.events) == 1
    assert any("Foro de Retorno" in (w.value or "") and w.line == 5 for w in r.warnings)
