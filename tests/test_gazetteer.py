"""Finding institutions in text: case rules, accents, longest match, boundaries, EN/ES names."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rcpkg.loaders.gazetteer import PPT, Gazetteer
from rcpkg.loaders.reference import load_reference
from rcpkg.resources import reference_dir


@pytest.fixture(scope="module")
def gaz():
    return Gazetteer.from_reference(load_reference(reference_dir()))


def ids(gaz, text):
    return [m.entity_id for m in gaz.find(text)]


def test_no_ambiguous_names_in_the_bundled_reference(gaz):
    assert gaz.ambiguous == {}


@pytest.mark.parametrize("text, expected", [
    ("with the support of IOM.", ["iom"]),
    ("see https://www.iom.int/news", []),
    ("the iom office", []),
    ("the International Organization for Migration", ["iom"]),
    ("THE INTERNATIONAL ORGANIZATION FOR MIGRATION", ["iom"]),
    ("the international organization for migration", ["iom"]),
])
def test_names_ignore_case_acronyms_do_not(gaz, text, expected):
    assert ids(gaz, text) == expected


@pytest.mark.parametrize("text", [
    "Conferencia Regional sobre Migración",
    "Conferencia Regional sobre Migracion",
    "CONFERENCIA REGIONAL SOBRE MIGRACIÓN",
    "la conferencia  regional\u00a0sobre migración",
])
def test_names_ignore_accents_and_spacing(gaz, text):
    assert ids(gaz, text) == ["rcm"]


@pytest.mark.parametrize("text, expected", [
    ("RCM", ["rcm"]), ("CRM", ["rcm"]), ("Puebla Process", ["rcm"]), ("Proceso Puebla", ["rcm"]),
    ("SACM", ["sacm"]), ("CSM", ["sacm"]), ("OIM", ["iom"]), ("ACNUR", ["unhcr"]), ("UNHCR", ["unhcr"]),
    ("CEPAL", ["eclac"]), ("CICR", ["icrc"]), ("RROCM", ["rncom"]), ("RNCOM", ["rncom"]),
    ("RCGM", ["rcm-rcgm"]), ("GRCM", ["rcm-rcgm"]),
])
def test_english_and_spanish_acronyms(gaz, text, expected):
    assert ids(gaz, f"Meeting of the {text} in 2019") == expected


@pytest.mark.parametrize("text", ["RCMs", "XRCM", "RCM2", "ACNURES", "OIMA"])
def test_acronyms_respect_word_boundaries(gaz, text):
    assert ids(gaz, f"the {text} files") == []


def test_slash_acronym_is_one_mention(gaz):
    mentions = gaz.find("Regional Consultation Group on Migration GRCM/RCGM 2014")
    assert [m.entity_id for m in mentions] == ["rcm-rcgm"]
    alone = gaz.find("the GRCM/RCGM met")
    assert [(m.entity_id, m.surface) for m in alone] == [("rcm-rcgm", "GRCM/RCGM")]


def test_eclac_celade_is_the_unit(gaz):
    assert ids(gaz, "ECLAC/CELADE") == ["eclac-celade"]


def test_longest_match_and_parenthesised_acronym(gaz):
    text = "the Technical Secretariat of the Regional Conference on Migration (RCM), and others"
    mentions = gaz.find(text)
    assert [m.entity_id for m in mentions] == ["rcm-technical-secretariat"]
    assert mentions[0].surface == "Technical Secretariat of the Regional Conference on Migration"


def test_a_unit_named_in_full_is_the_unit_not_its_parent(gaz):
    text = ("the Regional Office for Central America, North America and the Caribbean of the "
            "International Organization for Migration (IOM) and the Environment, Climate Change and "
            "Migration Division (MECC)")
    assert ids(gaz, text) == ["iom-ro-san-jose", "iom-mecc"]


def test_unrelated_parenthesised_acronym_is_kept(gaz):
    assert ids(gaz, "convened by the Government of Honduras (PPT)") == ["gov-hn", PPT]


@pytest.mark.parametrize("text", [
    "Liaison Officer Network to Combat Migrant Smuggling and Trafficking",
    "Liaison Officers Network to Combat Trafficking in Persons and Migrant Smuggling",
    "Liaison Officer Network to Combat Migrant Smuggling and Trafficking in Persons",
])
def test_network_name_variants_resolve_to_one_id(gaz, text):
    assert ids(gaz, f"the {text} met") == ["rcm-lon-smuggling-trafficking"]


def test_hyphen_and_space_variants(gaz):
    assert ids(gaz, "Ad Hoc Group on Extra Regional Migrants") == ["rcm-adhoc-extra-regional"]
    assert ids(gaz, "Ad-Hoc Group on Extra-Regional Migrants") == ["rcm-adhoc-extra-regional"]


def test_bare_liaison_network_names_no_network(gaz):
    assert ids(gaz, "a work plan for the Liaison Officers Network") == []


@pytest.mark.parametrize("text, expected", [
    ("hosted by the Government of Costa Rica", [("gov-cr", "name")]),
    ("organizado por el Gobierno de México", [("gov-mx", "name")]),
    ("Canada and Mexico", [("gov-ca", "country"), ("gov-mx", "country")]),
    ("held in Mexico City", []),
    ("held in Ciudad de México", []),
    ("Guatemala City", []),
    ("México D.F.", []),
])
def test_governments_and_country_names(gaz, text, expected):
    assert [(m.entity_id, m.kind) for m in gaz.find(text)] == expected


def test_a_country_inside_a_longer_name_is_not_a_mention(gaz):
    text = "the Commission of Police Chiefs and Directors for Central America, the Caribbean and Colombia"
    assert ids(gaz, text) == ["police-chiefs-commission"]


def test_ambiguous_names_are_left_out(tmp_path: Path):
    (tmp_path / "a.yaml").write_text(
        "entities:\n"
        "  - {id: a, type: Institution, name: {en: Joint Office}, acronym: {en: JO}, sources: [https://e.org]}\n"
        "  - {id: b, type: Institution, name: {en: Joint Office}, sources: [https://e.org]}\n",
        encoding="utf-8")
    gaz = Gazetteer.from_reference(load_reference(tmp_path))
    assert "joint office" in gaz.ambiguous
    assert [m.entity_id for m in gaz.find("the Joint Office (JO)")] == ["a"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["RCM", " ", "Conferencia Regional sobre Migración", "é", "-", "\u00a0", "ß",
                                 "(", ")", "IOM", "Costa Rica", "x", "\n", "Government of Panamá", "İ"]),
                max_size=12))
def test_mentions_are_verbatim_spans(gaz, parts):
    text = "".join(parts)
    last = -1
    for m in gaz.find(text):
        assert text[m.start:m.end] == m.surface
        assert m.start >= last
        last = m.end


@pytest.mark.parametrize("text", [
    "held in San José, Costa Rica.", "held in Guatemala, Guatemala.", "en Ciudad Guatemala", "en México, D.F.",
    "in Panama City, Panama", "se realizó en Tegucigalpa, Honduras", "en Panamá, Panamá", "Ciudad de México, México",
])
def test_a_country_in_an_address_is_a_place_not_a_mention(gaz, text):
    assert [m for m in gaz.find(text) if m.kind == "country"] == []


@pytest.mark.parametrize("text, expected", [
    ("Mexico, Guatemala, Honduras and El Salvador", ["gov-mx", "gov-gt", "gov-hn", "gov-sv"]),
    ("Canada, Mexico and other member countries", ["gov-ca", "gov-mx"]),
    ("hosted by Panama", ["gov-pa"]),
])
def test_a_list_of_countries_stays_a_list_of_mentions(gaz, text, expected):
    assert ids(gaz, text) == expected
