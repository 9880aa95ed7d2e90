"""Round 36 (issue 13): listing pages whose entries print a kind badge over the title. Pages written for these
tests, English and Spanish (other names, places and wording than any held-out set).

- a line that only names the entry's kind, over its title ("[SEMINAR]", "[TALLER]", "SEMINARIO" in capitals alone,
  "Type: Workshop", "Tipo de evento: Foro"), is no title and no text: the title is the line under it;
- the entry's "date | place" line under the title: an arrow range of ISO dates, a single day with "Online (Teams)",
  and a date not yet known ("Date to be confirmed", "Fecha por confirmar") with its place: no date, the place read;
- each entry's paragraph's roles go to that entry.
"""

from __future__ import annotations

from datetime import date

import pytest
from event_pages import by_event, named
from listing_pages import city, dates, parse, titles
from test_extract import ref, tools  # noqa: F401

from rcpkg.loaders.layouts import heads

_EN = """Home › Activities › Past activities

PAST ACTIVITIES
Show: [All] [Seminar] [Workshop] [Dialogue]

[SEMINAR]
Subregional Seminar on Border Health
2017-03-21 → 2017-03-23 | Panama City, Panama
Health and migration officials of five countries compared their screening protocols. The seminar was organized by the Pan American Health Organization (PAHO).
Read more ›

[WORKSHOP]
Technical Workshop on Consular Registries
Date to be confirmed | San Salvador, El Salvador
The workshop will review how consulates keep their registries of nationals abroad. UNICEF will support the workshop.
Read more ›

[DIALOGUE]
Dialogue on Unaccompanied Migrant Children
2021-05-19 | Online (Teams)
Child protection agencies of the region met online with the International Committee of the Red Cross (ICRC) to compare their referral routes.
Read more ›

« First   ‹ Previous   1  [2]  3   Next ›   Last »
"""

_ES = """Inicio › Actividades › Archivo

ARCHIVO DE ACTIVIDADES

TALLER
Taller Regional sobre Retorno Asistido
2016-08-09 → 2016-08-10 | Santo Domingo, República Dominicana
Funcionarios de retorno de seis países revisaron sus procedimientos. El taller fue organizado por la Organización Internacional para las Migraciones (OIM).
Leer más ›

Tipo de evento: Foro
Foro sobre Empleo y Migración Laboral
Fecha por confirmar | Quetzaltenango, Guatemala
El foro revisará las prácticas de contratación en la región. La Organización Internacional del Trabajo (OIT) organizará el foro.
Leer más ›

[REUNIÓN TÉCNICA]
Reunión Técnica de Puntos Focales de Niñez
2023-02-14 | En línea (Zoom)
Los puntos focales se reunieron en línea. El Fondo de las Naciones Unidas para la Infancia (UNICEF) presentó su informe.
Leer más ›

« Primera   ‹ Anterior   1  [2]  3   Siguiente ›   Última »
"""


@pytest.mark.parametrize("text, want", [
    ("[WORKSHOP]", True), ("[Reunión técnica]", True), ("[TALLER]", True), ("SEMINARIO", True),
    ("Type: Workshop", True), ("Tipo de evento: Foro", True),
    ("[Annex 2]", False), ("Workshop", False), ("Subregional Seminar on Border Health", False),
    ("Type: see the programme below", False),
])
def test_a_kind_badge_is_told(text, want):
    assert heads.is_kind_badge(text) is want


def test_the_title_is_under_the_kind_badge_en():
    r = parse(_EN, "en")
    assert titles(r) == ["Subregional Seminar on Border Health", "Technical Workshop on Consular Registries",
                         "Dialogue on Unaccompanied Migrant Children"]


def test_the_title_is_under_the_kind_badge_es():
    r = parse(_ES, "es")
    assert titles(r) == ["Taller Regional sobre Retorno Asistido", "Foro sobre Empleo y Migración Laboral",
                         "Reunión Técnica de Puntos Focales de Niñez"]


def test_the_date_and_place_line_under_the_title_en():
    r = parse(_EN, "en")
    assert [dates(e) for e in r.events] == [(date(2017, 3, 21), date(2017, 3, 23)), None, (date(2021, 5, 19), None)]
    assert [city(e) for e in r.events[:2]] == ["Panama City", "San Salvador"]
    assert r.events[2].online
    assert not any("location" in w.message or "date" in w.message for w in r.warnings), r.warnings


def test_the_date_and_place_line_under_the_title_es():
    r = parse(_ES, "es")
    assert [dates(e) for e in r.events] == [(date(2016, 8, 9), date(2016, 8, 10)), None, (date(2023, 2, 14), None)]
    assert [city(e) for e in r.events[:2]] == ["Santo Domingo", "Quetzaltenango"]
    assert r.events[2].online


_ENTRIES = {"en": [("Subregional Seminar on Border Health", "Pan American Health Organization"),
                   ("Technical Workshop on Consular Registries", "unicef"),
                   ("Dialogue on Unaccompanied Migrant Children", "icrc")],
            "es": [("Taller Regional sobre Retorno Asistido", "iom"), ("Foro sobre Empleo y Migración Laboral", "ilo"),
                   ("Reunión Técnica de Puntos Focales de Niñez", "unicef")]}


@pytest.mark.parametrize("text, lang", [(_EN, "en"), (_ES, "es")])
def test_each_paragraphs_roles_go_to_its_entry(tools, text, lang):
    got = by_event(tools, text, lang, layout="listing", url="https://example.org/activities")
    assert [(ev.titles[0].text, w) for (ev, pairs), (_, w) in zip(got, _ENTRIES[lang])
            if w in {a for a, _ in pairs}] == _ENTRIES[lang], got


# --- role cues of the entries' paragraphs -----------------------------------------------------------------------------
# - the event "put together by" its makers: they organize it (as "organized by");
# - a body that has offered to host this very event ("this seminar", "este taller") hosts it; one that offered to host
#   the next meeting stays only named.

_HEAD = {"en": "Subregional Workshop on Labour Inspection\nWhen: 8-9 March 2022\nWhere: Asunción, Paraguay\n\n",
         "es": "Taller Subregional sobre Inspección Laboral\nCuándo: 8 y 9 de marzo de 2022\nDónde: Asunción, Paraguay\n\n"}


def _got(tools, body, lang):
    return named(tools, _HEAD, body, lang)


@pytest.mark.parametrize("body, lang, who, role", [
    ("The workshop was put together by UNICEF and the ILO. Labour inspectors of four countries attended.", "en",
     "unicef", "organizer"),
    ("The workshop was put together by UNICEF and the ILO. Labour inspectors of four countries attended.", "en",
     "ilo", "organizer"),
    ("Announced by UNICEF, which will organize the workshop; the Ministry of Labour of Paraguay has offered to host "
     "this workshop.", "en", "Ministry of Labour of Paraguay", "host"),
    ("El taller lo anunció UNICEF. El Ministerio del Trabajo del Paraguay se ofreció a ser sede de este taller.", "es",
     "Ministerio del Trabajo del Paraguay", "host"),
])
def test_put_together_and_offered_to_host_it(tools, body, lang, who, role):
    got = _got(tools, body, lang)
    assert (who, role) in got, got


@pytest.mark.parametrize("body, lang, who", [
    ("UNICEF will organize the workshop; the Ministry of Labour of Paraguay has offered to host this workshop. Uruguay offered to "
     "host the next meeting.", "en", "Ministry of Labour of Paraguay"),
    ("UNICEF organizará el taller; el Ministerio del Trabajo del Paraguay se ofreció a ser sede de este taller. "
     "Uruguay ofreció ser sede de la próxima reunión.", "es", "Ministerio del Trabajo del Paraguay"),
])
def test_offering_to_host_it_hosts_and_the_next_meeting_is_only_named(tools, body, lang, who):
    got = _got(tools, body, lang)
    assert (who, "host") in got and ("gov-uy", "mentioned") in got and ("gov-uy", "host") not in got, got
