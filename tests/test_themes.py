"""Theme triggers: labels in both languages, folded, word boundaries, plural tolerance."""

from __future__ import annotations

import pytest

from rcpkg.loaders.folding import fold_name
from rcpkg.loaders.reference import load_reference
from rcpkg.loaders.themes import ThemeMatcher
from rcpkg.resources import reference_dir

REQUIRED_THEMES = [  # the subjects the scheme must cover (see the brief of issue 4)
    "migrant-children", "unaccompanied-children", "return-reintegration", "consular-protection",
    "labour-migration", "migrant-smuggling", "trafficking-in-persons", "extra-regional-migration",
    "disasters-climate-change", "international-protection", "gender", "health", "travel-documents",
    "regularization", "global-compact", "irregular-mass-flows", "missing-migrants", "diaspora",
    "migration-data", "civil-society", "border-management",
]


@pytest.fixture(scope="module")
def ref():
    return load_reference(reference_dir())


@pytest.fixture(scope="module")
def matcher(ref):
    return ThemeMatcher.from_reference(ref)


def keys(matcher, text):
    return sorted({k for m in matcher.find(text) for k in m.themes})


@pytest.mark.parametrize("key", REQUIRED_THEMES)
def test_scheme_covers_the_theme_in_both_languages(ref, key):
    theme = ref.themes[key]
    assert set(theme.labels) == {"en", "es"}
    assert set(theme.definitions) == {"en", "es"}


@pytest.mark.parametrize("key", REQUIRED_THEMES)
def test_every_label_of_a_theme_finds_the_theme(ref, matcher, key):
    theme = ref.themes[key]
    labels = list(theme.labels.values()) + [a for alts in theme.alt_labels.values() for a in alts]
    assert labels
    for label in labels:
        assert key in keys(matcher, f"Taller sobre {label} y otros"), label


def test_no_trigger_is_shared_by_two_themes(ref):
    owner: dict[str, str] = {}
    for theme in ref.themes.values():
        labels = list(theme.labels.values()) + [a for alts in theme.alt_labels.values() for a in alts]
        for label in labels:
            folded = fold_name(label)
            assert owner.setdefault(folded, theme.key) == theme.key, (label, owner[folded], theme.key)


@pytest.mark.parametrize("text, expected", [
    ("Workshop on Migration and Health", ["health"]),
    ("Regional Workshop on temporary protection status in situations of disaster", ["disasters-climate-change"]),
    ("Displacement in the Context of Disasters", ["disasters-climate-change"]),
    ("Foro Regional sobre Migración Laboral", ["labour-migration"]),
    ("foro regional sobre migracion laboral", ["labour-migration"]),
    ("casos de protección consular", ["consular-protection"]),
    ("actuaciones consulares", ["consular-protection"]),
    ("the consulates of the region", ["consular-protection"]),
    ("Extra-Regional Migrants", ["extra-regional-migration"]),
    ("Migrantes Extrarregionales", ["extra-regional-migration"]),
    ("sexual and gender-based violence", ["gender"]),
    ("Trata de Personas y Tráfico Ilícito de Migrantes", ["migrant-smuggling", "trafficking-in-persons"]),
])
def test_folded_plural_tolerant_matching(matcher, text, expected):
    assert keys(matcher, text) == expected


@pytest.mark.parametrize("text", [
    "a healthy discussion",       # word boundary: "health" is not in "healthy"
    "the unhealthiest option",
    "se trata de un taller",      # "trata" alone is not trafficking
    "people displaced by violence",  # displacement alone is not disasters
    "in return for",              # "return" alone is no trigger
])
def test_no_theme_without_its_words(matcher, text):
    assert keys(matcher, text) == []


def test_matches_are_verbatim(matcher):
    text = "Protección de NIÑEZ migrante no acompañada y Cambio Climático"
    found = matcher.find(text)
    assert found
    for m in found:
        assert text[m.start:m.end] == m.surface


def test_broader_closure(matcher):
    assert matcher.broader_closure("unaccompanied-children") == {"migrant-children"}
    assert matcher.broader_closure("health") == set()
