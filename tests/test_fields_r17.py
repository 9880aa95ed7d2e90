"""Fields and country pages (issue 13, fields17): event segmentation.

- a country page telling each event as a title line, a head line of place and dates closed by a full stop
  ("Trujillo (La Libertad), 8 and 9 October 2021.") and a paragraph: one event per block, its own institutions;
- a head line's closing full stop, and a city with its region in parentheses ("Ciudad del Este (Alto Paraná)");
- a fields page whose head holds the page's own inline field ("Focal point: X", "Contacto: Y") above a blank line:
  the page's, not the first event's (whose title is the line under the blank), and the page's tail after the last
  event is not that event's;
- a course's "Taught by" / "Imparten" / "Dictan" field names its organizers.
Pages written for these tests (no held-out page's wording)."""

from __future__ import annotations

import pytest
from test_extract import pairs, run
from test_roles_rules import ref, tools  # noqa: F401  (fixtures)

from rcpkg.loaders.layouts import labels, parse_page
from rcpkg.loaders.layouts.blocks import Line
from rcpkg.loaders.layouts.country import _is_head_line
from rcpkg.loaders.records import Page


def _extract(tools, text: str, lang: str, layout: str, url: str):  # noqa: F811
    page = Page(path="p.txt", url=url, text=text, lang=lang, layout=layout)
    r = parse_page(page)
    out = []
    for e in r.events:
        x = run(tools, page, e)
        out.append((e, pairs(x), {i.extracted.name: i.role for i in x.involvements if i.extracted}))
    return r, out


def _line(t: str) -> Line:
    return Line(1, 0, len(t), t)


# -- head lines ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("t", ["Trujillo, 8 and 9 October 2021.", "Cusco, 3 de abril de 2022.",
                               "Ciudad del Este (Alto Paraná), 3 de abril de 2022",
                               "Ciudad del Este (Alto Paraná), 3 de abril de 2022.",
                               "Rivera (Uruguay), 12 May 2019."])
def test_head_line_with_a_stop_or_a_region_in_parentheses(t):
    assert _is_head_line(_line(t)), t


@pytest.mark.parametrize("t", ["The meeting was held in Lima in 2019.", "Participaron cinco países en 2021.",
                               "Regional Workshop on Border Health (Lima)"])
def test_sentences_and_titles_are_no_head_lines(t):
    assert not _is_head_line(_line(t)), t


# -- country pages: title, head line, paragraph --------------------------------------------------------------------

COUNTRY_ES = ("Conferencia Suramericana sobre Migraciones\n"
              "Inicio | Países | Actividades\n"
              "Países › Perú\n"
              "PERÚ\n"
              "Miembro desde 2000\n"
              "Actividades con participación del Perú\n\n"
              "Encuentro Binacional sobre Movilidad Fronteriza\n"
              "Tacna (Perú), 10 y 11 de octubre de 2019.\n"
              "La Superintendencia Nacional de Migraciones organizó el encuentro con el apoyo de la Organización "
              "Internacional del Trabajo. Participaron delegaciones de Chile y Bolivia.\n\n"
              "Seminario sobre Registro de Nacimientos en Zonas de Frontera\n"
              "Santa Cruz de la Sierra (Bolivia), 2 de marzo de 2021.\n"
              "Organizado por el Registro Nacional de Identificación y Estado Civil (RENIEC), con financiamiento "
              "del Banco Interamericano de Desarrollo. Asistieron representantes de Colombia.\n\n"
              "Volver a Países\n"
              "Secretaría Técnica — Oficina de la OIM para América del Sur · Lima, Perú\n")

COUNTRY_EN = ("South American Conference on Migration\n"
              "Home | Countries | Activities\n"
              "Countries › Ecuador\n"
              "ECUADOR\n"
              "Activities in which Ecuador took part\n\n"
              "Binational Dialogue on Labour Mobility\n"
              "Huaquillas (El Oro), 5 and 6 May 2018.\n"
              "The Ministry of Labour of Ecuador organized the dialogue with funding from the European Union. "
              "Delegations of Peru and Colombia took part.\n\n"
              "Workshop on Consular Registration of Nationals Abroad\n"
              "Puerto Maldonado (Peru), 14 November 2022.\n"
              "The International Labour Organization supported the workshop. Argentina attended as an observer.\n\n"
              "Back to Countries\n"
              "Technical Secretariat — IOM Office for South America · Lima, Peru\n")


def test_country_page_events_each_with_a_stop_closed_head_line_es(tools):  # noqa: F811
    r, out = _extract(tools, COUNTRY_ES, "es", "country", "https://example.org/es/paises/peru")
    assert [e.titles[0].text for e, _p, _n in out] == [
        "Encuentro Binacional sobre Movilidad Fronteriza",
        "Seminario sobre Registro de Nacimientos en Zonas de Frontera"]
    (e0, p0, n0), (e1, p1, n1) = out
    assert e0.dates is not None and e0.dates.start.isoformat() == "2019-10-10"
    assert e1.dates is not None and e1.dates.start.isoformat() == "2021-03-02"
    assert ("gov-cl", "participant") in p0 and ("gov-co", "participant") not in p0
    assert ("gov-co", "participant") in p1 and ("gov-cl", "participant") not in p1


def test_country_page_events_each_with_a_stop_closed_head_line_en(tools):  # noqa: F811
    r, out = _extract(tools, COUNTRY_EN, "en", "country", "https://example.org/en/countries/ecuador")
    assert [e.titles[0].text for e, _p, _n in out] == [
        "Binational Dialogue on Labour Mobility", "Workshop on Consular Registration of Nationals Abroad"]
    (e0, p0, _n0), (e1, p1, _n1) = out
    assert e0.dates is not None and e0.dates.end.isoformat() == "2018-05-06"
    assert ("gov-pe", "participant") in p0 and ("gov-ar", "participant") not in p0
    assert ("gov-ar", "participant") in p1 and ("gov-pe", "participant") not in p1
    assert e0.place is not None and "Huaquillas" in e0.place.span.exact


# -- fields pages: the page's own field above the events ----------------------------------------------------------

FIELDS_EN = ("Skip to content\n"
             "Regional Conference on Migration\n"
             "Home | Networks | Events\n"
             "NETWORK OF LIAISON OFFICERS ON RETURN\n"
             "The Network brings together the officials who handle the return of nationals in the member countries.\n"
             "Focal point: Directorate of Consular Services of the Pro Tempore Presidency\n\n"
             "Regional Training on Assisted Voluntary Return\n"
             "- Date: 4 to 6 April 2016\n"
             "- Venue: Tegucigalpa, Honduras\n"
             "- Organizers: Ministry of Foreign Affairs of Honduras\n"
             "- Participants: officials of Panama and Costa Rica\n\n"
             "Virtual Course on Reintegration\n"
             "- Date: 1 to 20 August 2016\n"
             "- Mode: online\n"
             "- Taught by: International Organization for Migration (IOM)\n"
             "- Participants: officials of Belize\n\n"
             "Back to Networks\n"
             "Technical Secretariat of the Regional Conference on Migration · San José, Costa Rica\n")

FIELDS_ES = ("Conferencia Regional sobre Migración\n"
             "Inicio | Redes | Eventos\n"
             "RED DE ENLACES SOBRE NIÑEZ MIGRANTE\n"
             "La Red coordina la atención de niñas, niños y adolescentes migrantes no acompañados en la región.\n"
             "Contacto: Dirección de Protección de la Niñez de la Presidencia Pro Tempore\n\n"
             "Reunión Técnica sobre Retorno de Niñez No Acompañada\n"
             "— Fecha: 9 de mayo de 2018\n"
             "— Lugar: Managua, Nicaragua\n"
             "— Organizan: Ministerio de la Familia de Nicaragua\n"
             "— Participan: delegaciones de Guatemala y Honduras\n\n"
             "Curso Virtual sobre Entrevista a Niñez Migrante\n"
             "— Fecha: 3 de septiembre de 2018\n"
             "— Modalidad: virtual\n"
             "— Imparten: Fondo de las Naciones Unidas para la Infancia (UNICEF)\n"
             "— Participan: funcionarios de Panamá\n\n"
             "Volver a Redes\n"
             "Secretaría Técnica de la Conferencia Regional sobre Migración · San José, Costa Rica\n")


@pytest.mark.parametrize("text,lang,first,second,teacher", [
    (FIELDS_EN, "en", "Regional Training on Assisted Voluntary Return", "Virtual Course on Reintegration", "iom"),
    (FIELDS_ES, "es", "Reunión Técnica sobre Retorno de Niñez No Acompañada",
     "Curso Virtual sobre Entrevista a Niñez Migrante", "unicef"),
])
def test_page_field_above_a_blank_line_is_no_event_field(tools, text, lang, first, second, teacher):  # noqa: F811
    r, out = _extract(tools, text, lang, "fields", "https://example.org/network/activities")
    assert [e.titles[0].text for e, _p, _n in out] == [first, second]
    (e0, p0, n0), (e1, p1, n1) = out
    # the focal point or contact of the page is no institution of the first event
    assert not any("Pro Tempore" in n for n in n0), n0
    assert e0.dates is not None
    # the page's tail (the secretariat's address) is no part of the last event
    assert "San José" not in e1.span.exact
    assert not any(a.endswith("technical-secretariat") for a, _r in p1), p1
    # "Taught by" / "Imparten": the course's organizer
    assert (teacher, "organizer") in p1, p1


@pytest.mark.parametrize("label", ["Taught by", "Imparten", "Imparte", "Dictan", "Given by"])
def test_who_teaches_a_course_organizes_it(label):
    assert labels.classify(label) == ("role", "organizer"), label


@pytest.mark.parametrize("label,role", [("Coorganiza", "organizer"), ("Co-organiza", "organizer"),
                                        ("Co-organizes", "organizer"), ("Moderación", "participant"),
                                        ("Moderation", "participant"), ("Modera", "participant")])
def test_verb_and_noun_labels_of_roles(label, role):
    assert labels.classify(label) == ("role", role), label


# -- country pages: a table with role columns ---------------------------------------------------------------------

TABLE_EN = ("Regional Conference on Migration\n"
            "Home | Member Countries | Events\n"
            "HONDURAS\n"
            "Events concerning Honduras\n\n"
            "Event | Date | Place | Organized by | Participants\n"
            "Seminar on Labour Recruitment | 9 May 2017 | San Pedro Sula | Ministry of Labour of Honduras; ILO | "
            "Guatemala; El Salvador\n"
            "Dialogue on Returned Children | 21 August 2019 | Tegucigalpa | UNICEF | Mexico\n\n"
            "Back to countries\n")

TABLE_ES = ("Conferencia Regional sobre Migración\n"
            "Inicio | Países miembros | Eventos\n"
            "NICARAGUA\n"
            "Eventos relacionados con Nicaragua\n\n"
            "Actividad\tFecha\tLugar\tOrganizan\tParticipan\n"
            "Foro sobre Migración y Salud\t3 de junio de 2016\tManagua\tMinisterio de Salud de Nicaragua; ACNUR\t"
            "Costa Rica; Honduras\n"
            "Taller sobre Retorno Asistido\t15 de marzo de 2018\tLeón\tOIM\tPanamá\n\n"
            "Volver a Países\n")


@pytest.mark.parametrize("text,lang,url,first,second", [
    (TABLE_EN, "en", "https://example.org/en/member-countries/honduras",
     {("ilo", "organizer"), ("gov-gt", "participant"), ("gov-sv", "participant")},
     {("unicef", "organizer"), ("gov-mx", "participant")}),
    (TABLE_ES, "es", "https://example.org/es/paises-miembros/nicaragua",
     {("unhcr", "organizer"), ("gov-cr", "participant"), ("gov-hn", "participant")},
     {("iom", "organizer"), ("gov-pa", "participant")}),
])
def test_country_table_role_columns(tools, text, lang, url, first, second):  # noqa: F811
    r, out = _extract(tools, text, lang, "country", url)
    assert len(out) == 2
    (e0, p0, _n0), (e1, p1, _n1) = out
    assert first <= p0, p0
    assert second <= p1, p1
    assert not any(r == "mentioned" for _a, r in p0 | p1), (p0, p1)


# -- fields pages: a label alone on its line, an acronym in capitals under it -------------------------------------

ALONE_EN = ("Regional Conference on Migration\n"
            "Activities\n\n"
            "Course on Reception of Asylum Seekers\n"
            "Date\n"
            "20 October 2021\n"
            "Support\n"
            "UNHCR\n"
            "Funding\n"
            "USAID\n"
            "Participants\n"
            "Belize, Panama\n\n"
            "Meeting of Migration Statistics Officers\n"
            "Date\n"
            "2 February 2022\n"
            "ORGANIZERS\n"
            "IOM\n"
            "PARTICIPANTS\n"
            "Mexico\n")

ALONE_ES = ("Conferencia Regional sobre Migración\n"
            "Actividades\n\n"
            "Curso sobre Recepción de Solicitantes de Asilo\n"
            "Fecha\n"
            "20 de octubre de 2021\n"
            "Apoyo\n"
            "ACNUR\n"
            "Participantes\n"
            "Belice, Panamá\n\n"
            "Reunión de Oficiales de Estadísticas Migratorias\n"
            "Fecha\n"
            "2 de febrero de 2022\n"
            "ORGANIZADORES\n"
            "OIM Y UNICEF\n"
            "PARTICIPANTES\n"
            "México\n")


@pytest.mark.parametrize("text,lang,first,second", [
    (ALONE_EN, "en", {("unhcr", "supporter"), ("gov-bz", "participant")},
     {("iom", "organizer"), ("gov-mx", "participant")}),
    (ALONE_ES, "es", {("unhcr", "supporter"), ("gov-bz", "participant")},
     {("iom", "organizer"), ("unicef", "organizer"), ("gov-mx", "participant")}),
])
def test_acronym_in_capitals_under_a_label_alone(tools, text, lang, first, second):  # noqa: F811
    r, out = _extract(tools, text, lang, "fields", "https://example.org/network/activities")
    assert len(out) == 2
    (_e0, p0, _n0), (_e1, p1, _n1) = out
    assert first <= p0, p0
    assert second <= p1, p1


def test_a_capitals_heading_under_a_field_value_is_no_value(tools):  # noqa: F811
    text = ALONE_EN + "NOTE\nThe meeting used the handbook of the Inter-American Commission on Human Rights (IACHR).\n"
    r, out = _extract(tools, text, "en", "fields", "https://example.org/network/activities")
    names = out[1][2]
    assert not any(n.lower() == "note" for n in names), names


# -- country pages: title — place — date, and role fields under it ------------------------------------------------

DASHES_ES = ("Conferencia Regional sobre Migración\n"
             "Inicio | Países miembros | Eventos\n"
             "HONDURAS\n"
             "Eventos en Honduras\n\n"
             "Reunión sobre Protección de Personas Desplazadas — Choluteca — 11 de julio de 2018\n"
             "Organizan: Instituto Nacional de Migración; ACNUR\n"
             "Participan: Nicaragua, El Salvador.\n\n"
             "Taller sobre Reintegración de Retornados — La Ceiba — 2 de octubre de 2020\n"
             "Convoca: Presidencia Pro Tempore de Honduras\n\n"
             "Volver\n")

DASHES_EN = ("Regional Conference on Migration\n"
             "Home | Member Countries | Events\n"
             "GUATEMALA\n"
             "Events in Guatemala\n\n"
             "Meeting on Protection of Displaced Persons | Quetzaltenango | 11 July 2018\n"
             "Organizers: National Migration Institute; UNHCR\n"
             "Participants: Mexico, Belize.\n\n"
             "Workshop on Reintegration of Returnees | Antigua Guatemala | 2 October 2020\n"
             "Convened by: Pro Tempore Presidency of Guatemala\n\n"
             "Back\n")


@pytest.mark.parametrize("text,lang,url,titles,city,countries", [
    (DASHES_ES, "es", "https://example.org/es/paises-miembros/honduras",
     ["Reunión sobre Protección de Personas Desplazadas", "Taller sobre Reintegración de Retornados"],
     "Choluteca", {"gov-ni", "gov-sv"}),
    (DASHES_EN, "en", "https://example.org/en/member-countries/guatemala",
     ["Meeting on Protection of Displaced Persons", "Workshop on Reintegration of Returnees"],
     "Quetzaltenango", {"gov-mx", "gov-bz"}),
])
def test_title_then_place_and_date_after_dashes(tools, text, lang, url, titles, city, countries):  # noqa: F811
    r, out = _extract(tools, text, lang, "country", url)
    assert [e.titles[0].text for e, _p, _n in out] == titles
    e0, p0, _n0 = out[0]
    assert e0.place is not None and e0.place.span.exact == city
    assert e0.dates is not None and e0.dates.start.isoformat() == "2018-07-11"
    # the participants field names countries, not the event's place
    assert {(c, "participant") for c in countries} <= p0, p0
