"""Round 37 (issue 13): country page structures and the role wordings of their paragraphs. Pages written for these
tests (other names, places and wording than any held-out set), English and Spanish.

- a head line of pictogram or diamond cells whose last cell only names the event's kind or is its tag ("📍 Cobán
  📆 3–4/09/2018   🏷 Taller", "Orange Walk ◆ 23.03.2015 ◆ Seminar"), or whose date cell says the date is not known
  yet ("◆ date to be confirmed ◆"), is the event's head line: the title above it is the event's, its place read;
  a paragraph right under such a title and head line is that event's text, not an event of its own;
- a title's parentheses saying its date is not known yet ("(fecha por definir)") are no part of the title;
- roles: who keeps the minutes or drafts the proceedings' report takes part; a body invited to send people takes
  part; the future of the money and making verbs; "ofició como anfitriona"; a body attending "represented by" its member;
  "under the call of" without the article; a second verb of the same subject after the first one's object ("X
  organized the forum and chaired its days of work"); the subject after an opening phrase's comma ("Convened by X,
  the Network Y met") is not the phrase's."""

from __future__ import annotations

from datetime import date

import pytest
from event_pages import named
from test_extract import run, tools, ref  # noqa: F401

from rcpkg.loaders.layouts import parse_page
from rcpkg.loaders.records import Page


def _parse(text, lang, url):
    return parse_page(Page(path="t.txt", url=url, text=text, lang=lang, layout="country"))


def _summary(events):
    return [(e.titles[0].text, e.place.city_label_en if e.place else None,
             e.dates and (e.dates.start, e.dates.end)) for e in events]


_ES_PICTO = """Conferencia Regional sobre Migración (CRM)
Inicio · Países Miembros · Eventos
Inicio / Países Miembros / Guatemala
REPÚBLICA DE GUATEMALA
País Miembro desde 1996
Actividades de la CRM en Guatemala

Taller Nacional sobre Identificación de Personas Refugiadas
📍 Cobán   📆 3-4/09/2018   🏷 Taller
Con el apoyo del ACNUR, el Instituto Guatemalteco de Migración organizó el taller para oficiales de frontera. Participaron delegados de Belice y de El Salvador.

Encuentro de Alcaldías Fronterizas sobre Movilidad Humana
📍 Quetzaltenango   📆 2021   🏷 Encuentro
Organizado por la Asociación Nacional de Municipalidades con fondos de la Unión Europea. La OIM presentó su guía de atención.

Seminario sobre Migración Laboral Temporal
📍 Antigua Guatemala   📆 9 y 10 de octubre de 2019   🏷 RROCM
La Red Regional de Organizaciones Civiles para las Migraciones presentó un estudio sobre reclutamiento justo.
"""

_EN_DIAMOND = """RCM | Regional Conference on Migration
Home   Member Countries   Events
Member Countries > Belize
BELIZE
Member Country since 1996
RCM activities in Belize

Seminar on Labour Mobility in Agriculture
Orange Walk ◆ 23.03.2015 ◆ Seminar
The Ministry of Labour of Belize organized the seminar with ILO. Honduras and Guatemala presented their seasonal worker schemes.

Training on Document Examination for Border Officers
Corozal ◆ date to be confirmed ◆ Training
The Immigration Department will organize the training. It will be funded by the Government of Canada.
"""


def test_pictogram_head_lines_with_a_kind_or_tag_cell_give_each_titled_event(tools):
    r = _parse(_ES_PICTO, "es", "https://rcmvs.org/es/paises-miembros/guatemala")
    got = _summary(r.events)
    assert got == [
        ("Taller Nacional sobre Identificación de Personas Refugiadas", "Cobán", (date(2018, 9, 3), date(2018, 9, 4))),
        ("Encuentro de Alcaldías Fronterizas sobre Movilidad Humana", "Quetzaltenango", None),
        ("Seminario sobre Migración Laboral Temporal", "Antigua Guatemala", (date(2019, 10, 9), date(2019, 10, 10))),
    ], got
    # the year alone dates nothing, and says so
    assert any("2021" == (w.value or "") for w in r.warnings), r.warnings


def test_diamond_head_lines_with_a_kind_cell_or_an_unknown_date(tools):
    r = _parse(_EN_DIAMOND, "en", "https://crmsv.org/en/member-countries/belize")
    got = _summary(r.events)
    assert got == [
        ("Seminar on Labour Mobility in Agriculture", "Orange Walk", (date(2015, 3, 23), None)),
        ("Training on Document Examination for Border Officers", "Corozal", None),
    ], got


_ES_PAREN_TBC = """Conferencia Suramericana sobre Migraciones
Inicio | Estados Miembros | Eventos
Estados Miembros › República de Bolivia
ESTADO PLURINACIONAL DE BOLIVIA
La CSM en Bolivia

Taller sobre Migración y Cambio Climático (fecha por definir)
Sede: Cochabamba
La Dirección General de Migración organizará el taller.

Encuentro Binacional sobre Tránsito Fronterizo (lun 14/03/2022)
Sede: Villazón
La Dirección General de Migración y la DNM de Argentina organizaron el encuentro.
"""


def test_a_title_whose_parentheses_say_the_date_is_unknown():
    r = _parse(_ES_PAREN_TBC, "es", "https://csmigraciones.org/es/estados-miembros/bolivia")
    got = _summary(r.events)
    assert got[0] == ("Taller sobre Migración y Cambio Climático", "Cochabamba", None), got


_HEAD = {"en": "Subregional Forum on Return Migration\nWhen: 4-5 May 2021\nWhere: Santa Ana, El Salvador\n\n",
         "es": "Foro Subregional sobre Migración de Retorno\nCuándo: 4 y 5 de mayo de 2021\nDónde: Santa Ana, El Salvador\n\n"}


def _got(tools, body, lang):
    return named(tools, _HEAD, body, lang)


@pytest.mark.parametrize("body, lang, who, role", [
    ("El Salvador hosted the forum. UNICEF kept the minutes of both days.", "en", "unicef", "participant"),
    ("El Salvador fue anfitrión. El UNICEF elaboró la relatoría del foro.", "es", "unicef", "participant"),
    ("El Salvador hosted the forum. The ILO has been invited to send two speakers.", "en", "ilo", "participant"),
    ("El Salvador fue anfitrión. Serán invitadas las autoridades de Nicaragua y Panamá.", "es", "gov-ni", "participant"),
    ("El Salvador fue anfitrión. La Unión Europea financiará los viajes de los participantes.", "es",
     "Unión Europea", "funder"),
    ("El Salvador fue anfitrión. Lo anunció el UNICEF, que lo organizará con el ACNUR.", "es", "unhcr", "organizer"),
    ("El Salvador fue anfitrión. Lo anunció el ACNUR, que lo organizará con el UNICEF.", "es", "unhcr", "organizer"),
    ("La Cancillería de El Salvador ofició como anfitriona.", "es", "Cancillería de El Salvador", "host"),
    ("El Salvador fue anfitrión. La SICA asistió como invitada, representada por Panamá.", "es", "gov-pa", "participant"),
    ("Bajo convocatoria de la Presidencia Pro Tempore de Costa Rica, el foro fue organizado por UNICEF.", "es",
     "gov-cr", "convener"),
    ("El Salvador organized the forum and chaired its two days of work.", "en", "gov-sv", "coordinator"),
    ("El Salvador organizó el foro y presidió sus jornadas de trabajo.", "es", "gov-sv", "coordinator"),
    ("El Salvador hosted the forum. Nicaragua and Panama, the latter through its National Migration Service, shared "
     "how they receive returnees.", "en", "gov-pa", "participant"),
])
def test_round37_role_wordings(tools, body, lang, who, role):
    got = _got(tools, body, lang)
    assert (who, role) in got, got


def test_the_subject_after_an_opening_phrases_comma_is_not_the_phrases(tools):
    got = _got(tools, "Con la participación de los ocho Estados Miembros, el Grupo Regional de Consulta sobre "
                      "Migración sesionó en Santa Ana.", "es")
    assert ("rcm-rcgm", "participant") not in got, got
    assert ("rcm-rcgm", "organizer") in got, got
