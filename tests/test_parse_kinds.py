"""Event kinds from titles, in English and Spanish."""

from __future__ import annotations

import pytest

from rcpkg.loaders.kinds import detect_kind


@pytest.mark.parametrize("title,kind,words,online", [
    ("Workshop on Passport Integrity", "workshop", "Workshop", False),
    ("Taller sobre Gestión Fronteriza", "workshop", "Taller", False),
    ("Virtual Workshop for dialogue", "workshop", "Virtual Workshop", True),
    ("Taller Virtual para el diálogo", "workshop", "Taller Virtual", True),
    ("Virtual Meeting on the Action Protocol", "virtual-meeting", "Virtual Meeting", True),
    ("Reunión virtual de la Red", "virtual-meeting", "Reunión virtual", True),
    ("Training Workshop on Displacement", "workshop", "Training Workshop", False),
    ("Regional Training Workshop “Protecting National Abroad”", "workshop", "Training Workshop", False),
    ("Training for the officials of the Network", "training", "Training", False),
    ("Capacitación Regional sobre Protección", "training", "Capacitación", False),
    ("Taller de capacitación en frontera", "workshop", "Taller", False),
    ("XXII RCM", "vice-ministerial-meeting", "XXII RCM", False),
    ("XIX CRM", "vice-ministerial-meeting", "XIX CRM", False),
    ("24th RCM", "vice-ministerial-meeting", "24th RCM", False),
    ("XXIII Reunión Viceministerial", "vice-ministerial-meeting", "Reunión Viceministerial", False),
    ("I Plenary Meeting of the RCM and the SACM", "plenary-meeting", "Plenary Meeting", False),
    ("Reunión Plenaria CRM-CSM", "plenary-meeting", "Reunión Plenaria", False),
    ("Seminario Regional sobre Trata", "seminar", "Seminario", False),
    ("Seminario web: migración y salud", "webinar", "Seminario web", True),
    ("Webinar on labour migration", "webinar", "Webinar", True),
    ("Foro Regional sobre Migración Laboral", "forum", "Foro", False),
    ("Conversatorio sobre Cambio Climático", "forum", "Conversatorio", False),
    ("Congreso Centroamericano de Migración", "congress", "Congreso", False),
    ("XVIII Conferencia Suramericana sobre Migraciones", "conference", "Conferencia", False),
    ("Second meeting of the Ad-Hoc group", "meeting", "meeting", False),
    ("Regional Consultation Group on Migration", "meeting", "Regional Consultation Group", False),
    ("Ad Hoc Group on Extra-Continental Migrants", "meeting", "Ad Hoc Group", False),
    ("Regional workshop on good practices and III meeting of the Ad-Hoc group", "workshop", "workshop", False),
])
def test_kind_and_the_words_that_gave_it(title, kind, words, online):
    hit = detect_kind(title)
    assert hit is not None
    assert (hit.kind, title[hit.start:hit.end], hit.online) == (kind, words, online)


@pytest.mark.parametrize("title", [
    "Opportunities and limitations relating to the immigration measures",
    "Development of a Counter-Smuggling Workplan",
    "the RCM and the SACM",
])
def test_no_kind_word_gives_none(title):
    assert detect_kind(title) is None
