"""Issue 13: an edition number only when the numbered thing is the event itself."""

from __future__ import annotations

import pytest

from rcpkg.loaders.editions import detect_edition
from rcpkg.loaders.layouts import parse_page
from rcpkg.loaders.records import Page


@pytest.mark.parametrize("title", [
    # the examples: the title refers to a numbered meeting, it is not that meeting
    "Presentation of the outcomes of the III Forum on Migration and Health",
    "Follow-up to the XXI RCM agreements",
    "Taller preparatorio para la XXII CRM",
    "Virtual meeting in preparation for the 2nd meeting of the Working Group on Migrant Children",
    # varied wording, both languages
    "Presentación de los resultados del III Foro sobre Migración y Salud",
    "Seguimiento a los acuerdos de la XXI CRM",
    "Reunión preparatoria de la Tercera Reunión del Grupo Ad Hoc sobre Migrantes Extrarregionales",
    "Workshop on the implementation of the recommendations of the IV Meeting of the Ad-Hoc Group",
    "Follow-up to the XX and XXI RCM agreements",
    "Presentation of the outcomes of the II and III Forum on Health",
    "Socialización de la Declaración de la XXIII Reunión Viceministerial",
    "Training towards the First Plenary Meeting of the RCM and the SACM",
    "Presentation of outcomes: III Forum on Migration and Health",
    "Presentación de resultados – III Foro sobre Migración y Salud",
    "Seguimiento de acuerdos | XXI CRM",
])
def test_a_numbered_meeting_the_title_refers_to_is_no_edition(title):
    assert detect_edition(title, site="rcm") is None


@pytest.mark.parametrize("title,number,series,words", [
    ("III Forum on Migration and Health", 3, "forum-migration-health", "III Forum"),
    ("The XXI RCM", 21, "rcm-conference", "XXI RCM"),
    ("La XXIII Reunión Viceministerial de la CRM", 23, "rcm-conference", "XXIII Reunión"),
    ("Virtual II Forum on Migration and Health", 2, "forum-migration-health", "II Forum"),
    ("Regional Conference on Migration: XXI Vice-Ministerial Meeting", 21, "rcm-conference", "XXI Vice-Ministerial"),
    ("Taller regional y II Reunión del Grupo Ad Hoc sobre Niñez Migrante", 2, "rcm-adhoc-migrant-child",
     "II Reunión"),
    ("2019 - XXIV RCM", 24, "rcm-conference", "XXIV RCM"),
    ("Workshop: II Regional Forum on Labour Migration", 2, "forum-labour-migration", "II Regional Forum"),
    ("Conferencia Regional sobre Migración – XXIV Reunión Viceministerial", 24, "rcm-conference", "XXIV Reunión"),
    ("Tercera Reunión de la Red de Funcionarios de Enlace para la Protección Consular", 3,
     "rcm-network-consular-protection", "Tercera Reunión"),
])
def test_the_event_s_own_number_is_an_edition(title, number, series, words):
    hit = detect_edition(title, site="rcm")
    assert hit is not None
    assert (hit.number, hit.series, title[hit.start:hit.end]) == (number, series, words)


LISTING = """Skip to main content
Presentation of the outcomes of the III Forum on Migration and Health Presentation of the outcomes of the III Forum on Migration and Health San José
III Forum on Migration and Health III Forum on Migration and Health Panama City
Taller preparatorio para la XXII CRM Taller preparatorio para la XXII CRM San Salvador
Follow-up to the XXI RCM agreements Follow-up to the XXI RCM agreements Tegucigalpa
"""


def test_listing_page_numbers_only_the_events_themselves():
    page = Page(path="l.txt", url="https://crmsv.org/events?page=9", text=LISTING, lang="en")
    result = parse_page(page)
    got = [(e.titles[0].text, (e.edition.number, e.edition.series) if e.edition else None) for e in result.events]
    assert got == [
        ("Presentation of the outcomes of the III Forum on Migration and Health", None),
        ("III Forum on Migration and Health", (3, "forum-migration-health")),
        ("Taller preparatorio para la XXII CRM", None),
        ("Follow-up to the XXI RCM agreements", None),
    ]
