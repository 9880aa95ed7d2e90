"""Title de-duplication, bilingual split, sub-titles, language guess."""

from __future__ import annotations

import pytest

from rcpkg.loaders.titles import analyse_title, find_double, guess_lang


def _parts(line: str):
    r = analyse_title(line, default_lang="en")
    titles = [(line[t.start:t.end], t.lang) for t in r.titles]
    sub = line[r.subtitle.start:r.subtitle.end] if r.subtitle else None
    return titles, sub, r.doubled


@pytest.mark.parametrize("line,title", [
    ("XXI RCM XXI RCM", "XXI RCM"),
    ("Workshop on Passport Integrity Workshop on Passport Integrity", "Workshop on Passport Integrity"),
    ("Taller sobre TrataTaller sobre Trata", "Taller sobre Trata"),  # no separating space
    ("Foro Regional  Foro Regional", "Foro Regional"),
])
def test_doubled_title_gives_one_title(line, title):
    titles, sub, doubled = _parts(line)
    assert [t for t, _ in titles] == [title] and doubled and sub is None


@pytest.mark.parametrize("line", ["Workshop on Migration and Health", "XX RCM", "Ad Hoc Group on Extra-Continental Migrants"])
def test_single_title_is_kept_whole(line):
    titles, sub, doubled = _parts(line)
    assert titles == [(line, "en")] and sub is None and not doubled


def test_find_double_rejects_near_doubles():
    assert find_double("Workshop A Workshop B") is None
    assert find_double("ab ab") == (0, 2)


@pytest.mark.parametrize("line,title,sub", [
    ("Development of a Counter-Smuggling Workplan Counter-Smuggling of migrants",
     "Development of a Counter-Smuggling Workplan", "Counter-Smuggling of migrants"),
    ("Third meeting of the ad-hoc group of the RCM on extra-regional migrants Ad-Hoc group on Extra-regional Migrants",
     "Third meeting of the ad-hoc group of the RCM on extra-regional migrants", "Ad-Hoc group on Extra-regional Migrants"),
])
def test_title_followed_by_short_subtitle(line, title, sub):
    titles, got_sub, _ = _parts(line)
    assert [t for t, _ in titles] == [title] and got_sub == sub


@pytest.mark.parametrize("line", [
    "Workshop on Social Reintegration of Migrants and Workshop to Deepen the Cooperation Agreements Between the RCM and the Civil Society",
    "Virtual Meeting on the Action and Protection Protocol for Migrant Women",
    "Opportunities and limitations relating to the immigration measures proposed by President Barack Obama: What could and should Mexico and Central America do?",
    "Regional workshop on good practices on the management of unaccompanied children and III meeting of the Ad-Hoc group on migrant children",
])
def test_capitalised_words_inside_a_title_are_not_subtitles(line):
    titles, sub, _ = _parts(line)
    assert titles == [(line, "en")] and sub is None


def test_spanish_slash_english_doubled_with_stray_quotes():
    half = ('El Interés Superior de la Niñez en la Gestión de Casos de Violencia Contra Niñas Migrantes y Refugiadas" / '
            'Workshop "Child´s Best Interests and SGBV case management in migration and refugee contexts"')
    titles, sub, doubled = _parts(half + " " + half)
    assert doubled and sub is None
    assert titles == [
        ("El Interés Superior de la Niñez en la Gestión de Casos de Violencia Contra Niñas Migrantes y Refugiadas", "es"),
        ('Workshop "Child´s Best Interests and SGBV case management in migration and refugee contexts"', "en"),
    ]


def test_english_then_spanish_without_separator():
    en = "Virtual Workshop for dialogue and consultation on best practices for their nationals abroad"
    es = "Taller Virtual para el diálogo y consulta sobre buenas prácticas para sus nacionales en el exterior"
    titles, _, _ = _parts(f"{en} {es}")
    assert titles == [(en, "en"), (es, "es")]


def test_same_language_on_both_sides_of_a_slash_is_one_title():
    line = "Workshop on systems / platforms for consular registration"
    assert _parts(line)[0] == [(line, "en")]


@pytest.mark.parametrize("text,lang", [
    ("Taller sobre la protección de la niñez migrante", "es"),
    ("Reunión del Grupo Regional de Consulta", "es"),
    ("Workshop on the protection of migrant children", "en"),
    ("Meeting of the Regional Consultation Group", "en"),
])
def test_guess_lang(text, lang):
    assert guess_lang(text) == lang


def test_guess_lang_falls_back_to_default_without_cues():
    assert guess_lang("XXII RCM", "es") == "es"
    assert guess_lang("XXII RCM") == "en"
