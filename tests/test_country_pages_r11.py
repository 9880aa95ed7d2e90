"""Country pages whose events are each a title, a head line (the event's place and dates) and a paragraph
(issue 13, round 11, h-country): the list heading in its many wordings, head lines cut at tabs, bars and
dots (a clock time is no place, a city may carry its district or province, a month and year dates no day),
a title whose prefix names the event's kind ("Webinar: …"), table rows flattened with tabs, the page's own
lines after the last event, the country of "/member-states/…" URLs, and the role wordings of such pages'
events. Pages and sentences written for these tests (not the held-out pages' text)."""

from __future__ import annotations

from datetime import date

import pytest

from rcpkg.loaders.gazetteer import Mention
from rcpkg.loaders.layouts import blocks, parse_page
from rcpkg.loaders.layouts.country import _LIST_HEADING, _head_parts, _is_head_line
from rcpkg.loaders.pages import country_from_url
from rcpkg.loaders.records import Page
from rcpkg.loaders.roles import assign_roles, find_cues


def _page(text: str, url: str, lang: str):
    page = Page(path="p.txt", url=url, text=text, lang=lang, layout="country", country=country_from_url(url))
    return parse_page(page)


def _summary(events):
    return [(e.titles[0].text, e.place.span.exact if e.place else None, e.place.country_code if e.place else None,
             e.online, e.dates and (e.dates.start, e.dates.end)) for e in events]


# -- the list heading ----------------------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "Events concerning Peru", "Activities in Chile and with Chilean participation", "Related events", "Activities",
    "Actividades en Paraguay o con participación paraguaya:", "Eventos relacionados", "Participación en eventos",
    "Eventos realizados en Uruguay", "Recent activities of Costa Rica", "Nuestras actividades",
])
def test_list_headings(line):
    assert _LIST_HEADING.match(line)


@pytest.mark.parametrize("line", [
    "Regional Workshop on Labour Events", "Events of the network were held in Quito in 2019.",
    "Taller sobre Actividades Consulares", "Seminario de eventos climáticos extremos",
])
def test_no_list_heading(line):
    assert not _LIST_HEADING.match(line)


# -- head lines ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "Trujillo, 5 y 6 de abril de 2023",
    "Friday, 3 March 2023 · 9:00–11:00 am (EST) · Online",
    "Chiclayo, Lambayeque · 2 June 2021",
    "Colombia, marzo de 2019",
    "18/10/2021\tEn línea",
    "Puerto Maldonado, Madre de Dios Department | 4-5 July 2022",
])
def test_head_lines(line):
    assert _is_head_line(blocks.split_lines(line)[0])


@pytest.mark.parametrize("line", [
    "Chile | Perú | Ecuador | Bolivia | Colombia",          # the site's countries
    "The meeting was held in Lima on 3 May 2019.",           # a sentence
    "Regional Workshop on Consular Protection",               # a title
    "Seminario de Cónsules 3 de mayo de 2019",                # a title with a date in it
    "Back to Member States",
])
def test_no_head_lines(line):
    assert not _is_head_line(blocks.split_lines(line)[0])


def test_head_line_parts_skip_clock_times_and_keep_the_city_of_a_district():
    text = "Chiclayo, Lambayeque Region · 2 June 2021 · 10:00–12:00 (GMT-5)"
    kinds = [(k, text[s:e]) for k, s, e in _head_parts(text, 0, len(text))]
    assert kinds == [("place", "Chiclayo"), ("date", "2 June 2021"), ("time", "10:00–12:00 (GMT-5)")]


# -- whole pages --------------------------------------------------------------------------------------

EN_PAGE = """Skip to content
South American Conference on Migration
Home / Member States / Peru
PERU
Founding member (2000). Peru held the Presidency Pro Tempore in 2012 and 2023.

Events concerning Peru

Regional Dialogue on Consular Assistance
Trujillo, La Libertad Region · 5–6 April 2023
The dialogue was convened by the Ministry of Foreign Affairs of Peru, with the support of IOM.

Webinar: Remittances and Financial Inclusion of Migrants
Friday, 3 March 2023 · 9:00–11:00 am (EST) · Online
Organized by the National Superintendency of Migration.

Exchange on Labour Mobility in the Andes
Quito, Ecuador | 14 September 2022
Peru's delegation took part in this exchange.

Course on Border Health Surveillance
Public health officers of Peru and Bolivia took part in a course delivered by PAHO.

← Back to Member States
Argentina · Bolivia · Brazil · Chile · Colombia · Ecuador · Peru · Uruguay
"""


def test_an_english_country_page_of_head_lines():
    r = _page(EN_PAGE, "https://csmigraciones.org/en/member-states/peru", "en")
    assert _summary(r.events) == [
        ("Regional Dialogue on Consular Assistance", "Trujillo", "PE", False, (date(2023, 4, 5), date(2023, 4, 6))),
        ("Webinar: Remittances and Financial Inclusion of Migrants", "Online", None, True, (date(2023, 3, 3), None)),
        ("Exchange on Labour Mobility in the Andes", "Quito, Ecuador", "EC", False, (date(2022, 9, 14), None)),
        # no place nor date in its own text: the page's country is what it concerns, not its place
        ("Course on Border Health Surveillance", None, None, False, None),
    ]
    last = r.events[-1]
    assert last.concerns is not None and last.concerns.country_code == "PE"
    assert "Back to" not in last.description.exact and "Uruguay" not in last.description.exact
    assert "Founding member" not in " ".join(e.description.exact for e in r.events if e.description)


ES_PAGE = """Ir al contenido
Conferencia Regional sobre Migración
Inicio » Países miembros » Honduras
Honduras
Presidencia Pro Tempore: 2008 y 2017.

Participación en eventos
Evento\tFecha\tLugar

Encuentro de Oficiales de Enlace sobre Trata de Personas\t11/05/2022 – 12/05/2022\tSan Pedro Sula
El encuentro fue organizado por la Secretaría de Seguridad, con el apoyo de la OIM.

Conversatorio virtual: Niñez Migrante No Acompañada\t07/09/2021\tEn línea
Convocaron la Secretaría de Relaciones Exteriores y la Dirección de Niñez, Adolescencia y Familia.

Foro sobre Empleo Temporal en el Extranjero
Honduras, octubre de 2019
Con el auspicio de la Embajada de Canadá.

« Volver a Países miembros
"""


def test_a_spanish_country_page_of_tab_rows_and_head_lines():
    r = _page(ES_PAGE, "https://crmsv.org/es/paises-miembros/honduras", "es")
    assert _summary(r.events) == [
        ("Encuentro de Oficiales de Enlace sobre Trata de Personas", "San Pedro Sula", "HN", False,
         (date(2022, 5, 11), date(2022, 5, 12))),
        ("Conversatorio virtual: Niñez Migrante No Acompañada", "En línea", None, True, (date(2021, 9, 7), None)),
        ("Foro sobre Empleo Temporal en el Extranjero", "Honduras", "HN", False, None),  # a month and year: no day
    ]
    assert "Volver" not in r.events[-1].description.exact


def test_a_single_bulleted_event_under_the_heading():
    text = ("Inicio › Estados miembros › Uruguay\nUruguay\nEventos relacionados\n"
            "• Taller sobre Registro de Solicitantes de Refugio (Rivera, 3 y 4 de mayo de 2022). Organizado por la "
            "Cancillería.\nVolver\n")
    r = _page(text, "https://csmigraciones.org/es/estados-miembros/uruguay", "es")
    assert _summary(r.events) == [("Taller sobre Registro de Solicitantes de Refugio", "Rivera", "UY", False,
                                   (date(2022, 5, 3), date(2022, 5, 4)))]


@pytest.mark.parametrize("url, iso2", [
    ("https://rcmvs.org/en/member-countries/el-salvador", "SV"),
    ("https://csmigraciones.org/en/member-states/paraguay", "PY"),
    ("https://rcmvs.org/es/paises-miembros/costa-rica", "CR"),
    ("https://csmigraciones.org/es/estados-miembros/chile", "CL"),
    ("https://rcmvs.org/en/events/workshop-on-data", None),
])
def test_country_of_member_page_urls(url, iso2):
    assert country_from_url(url) == iso2


# -- role wordings of such pages' events ---------------------------------------------------------------------

def _m(text: str, surface: str, eid: str, kind: str = "name") -> Mention:
    i = text.index(surface)
    return Mention(eid, i, i + len(surface), surface, kind)


def _roles(text: str, *names: tuple[str, str], kind: str = "name") -> list[tuple[str, str]]:
    got = assign_roles(text, [_m(text, s, e, kind) for s, e in names])
    return [(m.entity_id, r) for m, r in got]


def test_a_sentence_opening_with_its_verb_names_its_bodies_after_it():
    text = "Convocaron la Secretaría de Relaciones Exteriores y la Dirección de Niñez."
    assert _roles(text, ("Secretaría de Relaciones Exteriores", "a"), ("Dirección de Niñez", "b")) == [
        ("a", "convener"), ("b", "convener")]
    text = "El evento se transmitió en línea. Moderó la Defensoría del Pueblo."
    assert _roles(text, ("Defensoría del Pueblo", "a")) == [("a", "participant")]
    # the verb after its subject still reads backward
    text = "La Defensoría del Pueblo moderó la mesa."
    assert _roles(text, ("Defensoría del Pueblo", "a")) == [("a", "participant")]


def test_convening_hosting_chairing_and_donating_wordings():
    text = "La convocatoria corrió a cargo de la Secretaría de Trabajo."
    assert _roles(text, ("Secretaría de Trabajo", "a")) == [("a", "convener")]
    text = "Hosted online by the Executive Secretariat and the Migration Office."
    assert _roles(text, ("Executive Secretariat", "a"), ("Migration Office", "b")) == [("a", "host"), ("b", "host")]
    text = "The Foreign Ministry of Chile and the Migration Service of Argentina co-chaired the meeting of the committee."
    assert _roles(text, ("Foreign Ministry of Chile", "a"), ("Migration Service of Argentina", "b")) == [
        ("a", "coordinator"), ("b", "coordinator")]
    text = "La Cancillería copresidió la reunión del comité."
    assert _roles(text, ("Cancillería", "a")) == [("a", "coordinator")]
    text = "Training organized by the Border Police, with scanners donated by the Korea International Cooperation Agency."
    assert ("b", "supporter") in _roles(text, ("Border Police", "a"), ("Korea International Cooperation Agency", "b"))
    text = "Se usaron equipos donados por la Agencia de Cooperación."
    assert _roles(text, ("Agencia de Cooperación", "a")) == [("a", "supporter")]


def test_the_people_of_each_body_in_a_run_of_participants():
    text = ("Participaron jueces del Poder Judicial, efectivos de la Policía Nacional y servidores públicos de la "
            "Dirección de Migraciones.")
    assert _roles(text, ("Poder Judicial", "a"), ("Policía Nacional", "b"), ("Dirección de Migraciones", "c")) == [
        ("a", "participant"), ("b", "participant"), ("c", "participant")]
    text = "Attended by prosecutors of the Public Ministry and personnel of the Coast Guard."
    assert _roles(text, ("Public Ministry", "a"), ("Coast Guard", "b")) == [("a", "participant"), ("b", "participant")]


def test_a_countrys_own_delegation_takes_part():
    text = "Paraguay's delegation took part in the exchange."
    assert _roles(text, ("Paraguay", "gov-py"), kind="country") == [("gov-py", "participant")]
    assert [(c.role, c.forward) for c in find_cues("Chile's officials attended the forum.")][0] == ("participant", False)


# -- a hybrid event's place, a numeric day range ----------------------------------------------------------

@pytest.mark.parametrize("text, geonameid", [
    ("Modalidad híbrida: presencial en Tapachula y en línea", 3516266),
    ("Hybrid: in person in Quito and online via Zoom", 3652462),
    ("Híbrido (presencialmente en San José y virtual)", 3621849),
    ("Lima, Peru (hybrid session: in person and online)", 3936456),  # the place before the marker
])
def test_a_hybrid_event_is_at_the_place_attended_in_person(text, geonameid):
    from rcpkg.loaders.places import resolve_place

    res = resolve_place(text)
    assert res.hybrid and not res.online and res.city is not None and res.city.geonameid == geonameid


def test_a_numeric_day_range_reads_day_first():
    from rcpkg.loaders.dates import find_dates

    (d,) = find_dates("Asunción, 16-17/11/2011", 0)
    assert (d.start, d.end, d.span.exact) == (date(2011, 11, 16), date(2011, 11, 17), "16-17/11/2011")
    (d,) = find_dates("Lima, 3 y 4/05/2022", 0)
    assert (d.start, d.end) == (date(2022, 5, 3), date(2022, 5, 4))
    assert find_dates("05-06/07/2019", 0, order="mdy") == []  # a month-first page prints no such range


# -- a lone remit word before "and" and the head -------------------------------------------------------------

@pytest.mark.parametrize("text, names", [
    ("A course delivered by the Customs and Excise Department of Jamaica.", ["Customs and Excise Department of Jamaica"]),
    ("The Immigration and Naturalization Office presented its plan.", ["Immigration and Naturalization Office"]),
    # a place's name before "and" stays a name of its own
    ("Hosted by Guatemala and Honduras Migration Office.", ["Guatemala", "Honduras Migration Office"]),
    ("Organizado por Migración y la Dirección de Trabajo.", ["Migración", "Dirección de Trabajo"]),
])
def test_a_remit_word_and_another_before_the_head_are_one_name(text, names):
    from rcpkg.loaders.openworld import find_names

    assert [m.surface for m in find_names(text, [])] == names
