"""A name that enumerates its remit after a comma is one name (`rcpkg.loaders.openworld`)."""

from __future__ import annotations

import pytest

from rcpkg.loaders.openworld import find_names


def names(text):
    return [text[m.start:m.end] for m in find_names(text, [])]


@pytest.mark.parametrize("text,expected", [
    ("Institución coordinadora: Ministerio de Trabajo, Empleo y Seguridad Social del Paraguay y OIM",
     ["Ministerio de Trabajo, Empleo y Seguridad Social del Paraguay", "OIM"]),
    ("Organized by the Ministry of Labour, Employment and Social Security of Argentina.",
     ["Ministry of Labour, Employment and Social Security of Argentina"]),
    ("Con el apoyo del Ministerio de Salud, Educación y Cultura.", ["Ministerio de Salud, Educación y Cultura"]),
])
def test_a_remit_after_a_comma_stays_in_the_name(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Coordinating institution: Ministry of Labour, Dirección General de Migración y Extranjería and IOM",
     ["Ministry of Labour", "Dirección General de Migración y Extranjería", "IOM"]),
    ("Participants: Ministry of Foreign Affairs, Ministry of Labour and Social Security, IOM",
     ["Ministry of Foreign Affairs", "Ministry of Labour and Social Security", "IOM"]),
    ("Coordinan: Secretaría de Gobernación, UNICEF y ACNUR", ["Secretaría de Gobernación", "UNICEF", "ACNUR"]),
])
def test_a_list_of_institutions_is_still_split_at_its_commas(text, expected):
    assert names(text) == expected
