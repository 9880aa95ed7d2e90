"""Edition numbers and series keys from titles."""

from __future__ import annotations

import pytest

from rcpkg.loaders.editions import detect_edition, normalise_group, roman_value


@pytest.mark.parametrize("title,number,series,words", [
    ("XXII RCM", 22, "rcm-conference", "XXII RCM"),
    ("XIX CRM", 19, "rcm-conference", "XIX CRM"),
    ("24th RCM", 24, "rcm-conference", "24th RCM"),
    ("XXIII Reunión Viceministerial", 23, "rcm-conference", "XXIII Reunión"),
    ("I Plenary Meeting of the RCM and the SACM", 1, "rcm-sacm-plenary", "I Plenary"),
    ("XVIII Conferencia Suramericana sobre Migraciones", 18, "sacm-conference", "XVIII Conferencia"),
    ("VI South American Conference on Migration", 6, "sacm-conference", "VI South American"),
    ("Third meeting of the ad-hoc group of the RCM on extra-regional migrants", 3, "rcm-adhoc-extra-regional-migrant", "Third meeting"),
    ("IV Meeting of the Ad-Hoc Group on Extra-Regional Migrants", 4, "rcm-adhoc-extra-regional-migrant", "IV Meeting"),
    ("Primera reunión del Grupo Ad Hoc sobre Migrantes Extrarregionales", 1, "rcm-adhoc-extra-regional-migrant", "Primera reunión"),
    ("Regional workshop on unaccompanied children and III meeting of the Ad-Hoc group on migrant children", 3, "rcm-adhoc-migrant-child", "III meeting"),
    ("First meeting of the Ad-Hoc Group on Migrant Children", 1, "rcm-adhoc-migrant-child", "First meeting"),
    ("First Meeting of the Liaison Officers Network for the Protection of Migrant Girls, Boys and Adolescents", 1,
     "rcm-network-protection-migrant-girl-boy-adolescent", "First Meeting"),
    ("2ª Reunión de la Red de Funcionarios de Enlace para la Protección Consular", 2, "rcm-network-consular-protection", "2ª Reunión"),
    ("II Forum on Migration and Health", 2, "forum-migration-health", "II Forum"),
])
def test_edition_number_series_and_span(title, number, series, words):
    hit = detect_edition(title, site="rcm")
    assert hit is not None
    assert (hit.number, hit.series, title[hit.start:hit.end]) == (number, series, words)
    assert hit.label_en and hit.label_es


@pytest.mark.parametrize("title", [
    "Regional Consultation Group on Migration GRCM/RCGM 2014",
    "I think the workshop went well",
    "Workshop I",
    "Meeting of the Regional Consultation Group on Migration",
    "MIX of practices",
    "Workshop on Passport Integrity",
])
def test_not_an_edition(title):
    assert detect_edition(title, site="rcm") is None


def test_same_group_written_differently_is_one_series():
    a = normalise_group("Ad-Hoc Group on Extra-Regional Migrants")
    b = normalise_group("ad-hoc group of the RCM on extra-regional migration flows")
    c = normalise_group("Grupo Ad Hoc de la CRM sobre Migrantes Extrarregionales")
    assert a == b == c


def test_series_without_site_has_no_process_prefix():
    hit = detect_edition("Second meeting of the Ad-Hoc group on migrant children")
    assert hit is not None and hit.series == "adhoc-migrant-child"


@pytest.mark.parametrize("roman,value", [("I", 1), ("IV", 4), ("IX", 9), ("XIX", 19), ("XXIV", 24), ("XL", 40)])
def test_roman_value(roman, value):
    assert roman_value(roman) == value
