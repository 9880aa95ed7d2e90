"""Field labels in every layout (issue 13, h-labels): the label module, and its use by the fields, country
and listing layouts and by the role reading, with short examples of our own in English and Spanish."""

from __future__ import annotations

from datetime import date

import pytest
from test_extract import make, pairs, run
from test_roles_rules import ref, tools  # noqa: F401  (fixtures)

from rcpkg.loaders.layouts import labels, parse_page
from rcpkg.loaders.records import Page


@pytest.mark.parametrize("line, key, role", [
    ("Date and venue: Quito, 4 May 2018", "dateplace", None),
    ("Lugar y fecha: Lima, 3 de mayo de 2019", "dateplace", None),
    ("Fecha y lugar", "dateplace", None),
    ("Where and when:", "dateplace", None),
    ("• Sede: Asunción", "place", None),
    ("- Ciudad: Cusco", "city", None),
    ("Cuándo", "date", None),
    ("Fechas | 12/05/2021", "date", None),
    ("Modalidad: en línea", "mode", None),
    ("Reseña: El taller revisó …", "about", None),
    ("Remarks:", "about", None),
    ("Entidades coordinadoras: OIM; ACNUR", "coordinating", None),
    ("Convocan: Chile y Perú", "role", "convener"),
    ("Co-organisers:", "role", "organizer"),
    ("Impartido por: CEPAL", "role", "organizer"),
    ("Co-hosted by: UNHCR", "role", "host"),
    ("País anfitrión: Ecuador", "role", "host"),
    ("Donantes", "role", "funder"),
    ("Financial support: IDB", "role", "funder"),
    ("Auspician: OIM", "role", "supporter"),
    ("Co-sponsors:", "role", "supporter"),
    ("Expositores: CEPAL; OIT", "role", "participant"),
    ("Keynote speakers:", "role", "participant"),
    ("Observadoras: Unión Europea", "role", "participant"),
    ("Público objetivo: funcionarios consulares", "audience", None),
    ("Perfil de los participantes: un funcionario por país", "audience", None),
    ("Intended for: labour inspectors", "audience", None),
    ("Etiquetas: migración, trabajo", "ignore", None),
    ("Horario: 9:00 a 13:00", "ignore", None),
    ("Descargas", "documents", None),
])
def test_a_label_is_classified_by_what_it_means(line, key, role):
    lab = labels.find(line)
    assert lab is not None and (lab.key, lab.role) == (key, role)


@pytest.mark.parametrize("line", [
    "The workshop was organized by the ministry.",
    "10:00 - 12:00",
    "https://example.org/event",
    "Organized by the Ministry of Labour of Peru and the ILO",  # a sentence, no label
    "Regional Workshop on Return",
])
def test_a_line_that_is_no_label(line):
    assert labels.find(line) is None


def test_an_unknown_label_only_when_asked():
    assert labels.find("Venue partner: CAF") is None
    assert labels.find("Venue partner: CAF", unknown=True).key == "unknown"
    assert labels.find("Bajo el lema de la conferencia regional sobre movilidad: X", unknown=True) is None


def _parse(text, layout, lang="en", country=None):
    return parse_page(Page(path="p.txt", url="https://example.org/x", text=text, lang=lang, layout=layout,
                           country=country))


def _facts(events):
    return [(e.titles[0].text, e.place.city_label_en if e.place else None, e.online,
             e.dates and (e.dates.start, e.dates.end)) for e in events]


def test_fields_page_segmented_on_labels_it_never_listed():
    text = ("Topic\nTaller sobre Retorno\nLugar y fecha: Quito, 4 de mayo de 2018\nOrganizadores\n• OIM\n"
            "Donantes: Unión Europea\nEntidades coordinadoras: OIM\nSeminario sobre Refugio\n"
            "Lugar y fecha: en línea, 9 de julio de 2020\nOrganizadores\n• ACNUR\nEntidades coordinadoras: ACNUR\n")
    r = _parse(text, "fields", "es")
    assert _facts(r.events) == [("Taller sobre Retorno", "Quito", False, (date(2018, 5, 4), None)),
                                ("Seminario sobre Refugio", None, True, (date(2020, 7, 9), None))]
    assert [e.coordinating.exact for e in r.events] == ["OIM", "ACNUR"]


def test_fields_page_warns_on_an_unknown_label_and_an_empty_place_and_date():
    text = ("Workshop on Return\nWhen and where: to be confirmed\nVenue partner: CAF\n"
            "Coordinating institutions: IOM\nSeminar on Asylum\nWhen and where: Lima, 3 May 2019\n"
            "Coordinating institutions: UNHCR\n")
    r = _parse(text, "fields")
    said = " ".join(w.message for w in r.warnings)
    assert "neither a place nor a date" in said and "field label not known" in said
    assert [w.line for w in r.warnings if "not known" in w.message] == [3]


def test_country_page_events_told_by_bulleted_fields():
    text = ("Peru\nEventos en este país\nTaller sobre Trata de Personas\n • Sede: Cusco\n • Fechas: 3 y 4 de abril de 2019\n"
            " • Organiza: Ministerio del Interior\nForo sobre Movilidad Laboral\n • Fecha y lugar: Lima, 8 de mayo de 2022\n"
            " • Reseña: El foro revisó los programas de empleo.\n")
    r = _parse(text, "country", "es", "PE")
    assert _facts(r.events) == [("Taller sobre Trata de Personas", "Cusco", False, (date(2019, 4, 3), date(2019, 4, 4))),
                                ("Foro sobre Movilidad Laboral", "Lima", False, (date(2022, 5, 8), None))]


def test_listing_entries_closed_by_a_more_link():
    text = ("Events\nWorkshop on Return\nVenue: Quito, Ecuador\nA workshop on return.\nRead more\n"
            "Seminar on Asylum\nDates: 05/14/2019\nVenue: Lima, Peru\nA seminar.\nRead more\n")
    r = _parse(text, "listing")
    assert [e.titles[0].text for e in r.events] == ["Workshop on Return", "Seminar on Asylum"]
    assert r.events[1].place.city_label_en == "Lima"


@pytest.mark.parametrize("body, expected", [
    ("Financial support: European Union", {("european-union", "funder")}),
    ("Co-organisers:\n• International Organization for Migration\n• UNHCR", {("iom", "organizer"), ("unhcr", "organizer")}),
    ("Auspician\nOrganización Internacional para las Migraciones", {("iom", "supporter")}),
    ("• Expositores: OIM; ACNUR", {("iom", "participant"), ("unhcr", "participant")}),
])
def test_a_role_field_gives_its_institutions_the_role(tools, body, expected):  # noqa: F811
    page, event = make("Workshop on Return", body)
    assert pairs(run(tools, page, event)) == expected


def test_event_page_role_fields_after_the_place_are_text_not_a_venue(tools):  # noqa: F811
    from rcpkg.loaders.extract import extract

    text = ("Taller sobre Protección Consular\nAcerca del evento:\nEl taller revisó los protocolos.\n"
            "Martes, 3 de mayo de 2019\nSan José, Costa Rica\nOrganizadores: OIM; ACNUR\nInstitución anfitriona:\n"
            "Universidad de Costa Rica\nApoyo: empresas locales\n")
    page = Page(path="p.txt", url="https://example.org/x", text=text, lang="es", layout="event")
    r = parse_page(page)
    (ev,) = r.events
    assert ev.venue is None and ev.place.city_label_en == "San José"
    x = extract(page, ev, *tools)
    got = {(i.extracted.name if i.extracted else i.agent, i.role) for i in x.involvements}
    assert {("iom", "organizer"), ("unhcr", "organizer"), ("Universidad de Costa Rica", "host")} <= got
    assert [(w.line, w.value) for w in x.warnings if "field names no institution" in w.message] == \
        [(9, "empresas locales")]


def test_a_description_label_inside_the_description_is_a_heading_of_its_text():
    text = ("Topic\nWorkshop on Return\nCity\nQuito\nAbout the event\nRESULTS\nThe plan was adopted.\n"
            "Participants' Profile: one officer per country.\nCoordinating institution\nIOM\nSeminar on Asylum\nCity\n"
            "Lima\nAbout the event\nA seminar.\nCoordinating institution\nUNHCR\n")
    r = _parse(text, "fields")
    assert [e.titles[0].text for e in r.events] == ["Workshop on Return", "Seminar on Asylum"]
    assert "one officer per country" in r.events[0].description.exact


def test_a_listing_head_line_cut_in_parts_keeps_its_parts():
    text = ("Eventos\nTaller sobre Retorno\nLugar: Quito, Ecuador — Fecha: 11 de abril de 2017\nUn taller.\n\n"
            "Foro sobre Refugio\nLugar: Lima, Perú — Fecha: 3 de mayo de 2019\nUn foro.\n")
    r = _parse(text, "listing", "es")
    assert _facts(r.events) == [("Taller sobre Retorno", "Quito", False, (date(2017, 4, 11), None)),
                                ("Foro sobre Refugio", "Lima", False, (date(2019, 5, 3), None))]


def test_event_page_place_and_date_label_alone_above_its_value():
    text = ("Seminario sobre Retorno\nResumen: El seminario revisó los programas de retorno.\nFecha y lugar:\n"
            "Lima, Perú, 3 y 4 de mayo de 2019\nInstitución coordinadora:\nOIM\n")
    (ev,) = _parse(text, "event", "es").events
    assert (ev.place.city_label_en, ev.dates.start, ev.dates.end) == ("Lima", date(2019, 5, 3), date(2019, 5, 4))
    assert "Fecha y lugar" not in ev.description.exact


def test_a_coordinating_label_gives_no_role_to_the_line_after_its_field():
    assert labels.role_of("Institución Coordinadora") is None
    assert labels.role_of("Institución Coordinadora", coordinating=True) == "coordinator"
    assert labels.role_of("Perfil de los participantes") is None  # an audience, not participants


def test_a_role_field_no_event_holds_is_a_warning_naming_its_line():
    """Issue 13 (no silent drop): a coordinating or role field on a line that no event holds (before the first
    title, after the last event) is read by none: a warning names its line and text, in both languages."""
    from rcpkg.loaders.layouts import parse_page
    from rcpkg.loaders.records import Page

    text = ("Skip to main content\nPerú\nEntidad coordinadora: Secretaría Técnica de la CSM\nEventos en este país\n"
            "Taller sobre Trata de Personas\n • Lugar: Lima, Perú\n • Descripción: El taller fue organizado por la OIM.\n"
            "Foro sobre Migración Laboral\n • Lugar: Cusco, Perú\n • Descripción: El foro fue convocado por el ministerio.\n")
    res = parse_page(Page(path="p.txt", url="https://csmigraciones.org/es/pais/peru", text=text, lang="es",
                          layout="country", country="PE"))
    warned = [(w.line, w.value) for w in res.warnings if "outside any event" in w.message]
    assert [e.titles[0].text for e in res.events] == ["Taller sobre Trata de Personas", "Foro sobre Migración Laboral"]
    assert warned == [(3, "Entidad coordinadora: Secretaría Técnica de la CSM")]


def test_a_table_row_flattened_with_tabs_is_a_labelled_field():
    """Issue 13: a table saved as text sets its cells apart by tabs ("Coordinating institutions<TAB>X; Y",
    "Fecha<TAB>12/05/2021"), as by bars: the row's first cell is the label, the rest its value."""
    from rcpkg.loaders.layouts import labels

    lab = labels.find("Coordinating institutions\tMinistry of Labour of Chile; ILO Office for the Southern Cone")
    assert (lab.key, lab.text) == ("coordinating", "Coordinating institutions") and lab.value_start == 26
    lab = labels.find("Fecha\t\t12/05/2021")
    assert lab.key == "date" and "Fecha\t\t12/05/2021"[lab.value_start:] == "12/05/2021"
    assert labels.find("La reunión\tconcluyó con una declaración") is None  # a sentence's words are no label
