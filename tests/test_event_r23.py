"""Event pages (issue 13, round 23, event23): observers named after the verb with the kind of body between
("Como organizaciones observadoras asistieron X y Y", "Attending as observer organizations were X and Y"); a body
that exercises a function ("the Secretariat, exercised by X, …", "la Secretaría, ejercida por X, …") takes the
function's role. Pages written for these tests (no held-out page's wording), in English and Spanish."""

from __future__ import annotations

import pytest
from event_pages import found
from test_extract import ref, tools  # noqa: F401  (fixtures)

_TITLES = ("Taller Andino sobre Retorno Voluntario", "Andean Workshop on Voluntary Return")
_HEADS = ("12 y 13 de marzo de 2019\nLima, Perú", "12-13 March 2019\nLima, Peru")


@pytest.mark.parametrize("body, lang", [
    ("Como organizaciones observadoras asistieron el Fondo de las Naciones Unidas para la Infancia (UNICEF) y la "
     "Organización Internacional del Trabajo (OIT).", "es"),
    ("En calidad de organismos invitados participaron el UNICEF y la OIT.", "es"),
    ("Asistieron como agencias observadoras el UNICEF y la OIT.", "es"),
    ("Attending as observer organizations were the United Nations Children's Fund (UNICEF) and the International "
     "Labour Organization (ILO).", "en"),
])
def test_observers_named_after_the_verb_with_their_kind(tools, body, lang):  # noqa: F811
    got = found(tools, _TITLES, _HEADS, body, lang)
    assert ("unicef", "participant") in got, got
    assert ("ilo", "participant") in got, got
    assert not {a for a, r in got if r == "mentioned"} & {"unicef", "ilo"}, got


# -- a secretariat and the body that exercises it have the same role ----------------------------------------------

@pytest.mark.parametrize("body, lang, role", [
    ("La Secretaría Técnica de la CSM, ejercida por la Oficina Regional de la OIM para América del Sur, apoyó la "
     "redacción de la declaración final.", "es", "supporter"),
    ("El taller fue organizado por el Ministerio de Relaciones Exteriores del Perú y la Secretaría Técnica de la CSM, "
     "esta última a cargo de la Oficina Regional de la OIM para América del Sur.", "es", "organizer"),
    ("The SACM Technical Secretariat, exercised by the IOM Regional Office for South America, assisted with the "
     "drafting of the final declaration.", "en", "supporter"),
    ("The workshop was organized by Peru's Ministry of Foreign Affairs and the SACM Technical Secretariat, the latter "
     "held by the IOM Regional Office for South America.", "en", "organizer"),
])
def test_the_body_exercising_a_secretariat_has_its_role(tools, body, lang, role):  # noqa: F811
    got = found(tools, _TITLES, _HEADS, body, lang)
    assert ("sacm-technical-secretariat", role) in got, got
    assert ("iom-ro-south-america", role) in got, got
    assert ("iom-ro-south-america", "mentioned") not in got, got


# -- a two-cell table row is a field: "| Host | X |" ------------------------------------------------------------------

_ROWS_EN = """Andean Workshop on Voluntary Return
| When  | 12-13 March 2019 |
| Where | Lima, Peru |
| Host  | Ministry of Foreign Affairs of Peru |
| Chair | Peru (Presidency Pro Tempore 2019) |

The workshop gathered the migration authorities of the region.
"""
_ROWS_ES = """Taller Andino sobre Retorno Voluntario
| Fechas     | 12 y 13 de marzo de 2019 |
| Lugar      | Lima, Perú |
| Anfitrión  | Ministerio de Relaciones Exteriores del Perú |
| Presidencia | Perú (Presidencia Pro Tempore 2019) |

El taller reunió a las autoridades migratorias de la región.
"""


@pytest.mark.parametrize("text, lang", [(_ROWS_EN, "en"), (_ROWS_ES, "es")])
def test_a_two_cell_table_row_is_a_field(tools, text, lang):  # noqa: F811
    from event_pages import event_page
    from test_extract import run

    from rcpkg.loaders.layouts import parse_page

    page = event_page(text, lang)
    r = parse_page(page)
    x = run(tools, page, r.events[0])
    got = {(i.agent, i.role) for i in x.involvements}
    assert any(r == "host" and "gov-pe" in a for a, r in got), got
    assert not any(r == "mentioned" for a, r in got), got
    for i in x.involvements:
        assert not i.evidence.exact.endswith("|"), i.evidence.exact
    assert r.events[0].place is not None and r.events[0].dates is not None


def test_a_table_header_row_is_no_field():
    from rcpkg.loaders.layouts import labels

    assert labels.find("| Date | Event | Place |") is None


# -- a document prepared by a body, its subject told at length before the verb ----------------------------------------

@pytest.mark.parametrize("body, lang", [
    ("The discussions drew on an assessment of the working conditions of seasonal farm workers in the border region "
     "between Mexico and Guatemala prepared by the International Labour Organization (ILO).", "en"),
    ("Los debates partieron de un diagnóstico sobre los costos de contratación en el corredor entre Centroamérica y "
     "Norteamérica elaborado por la Organización Internacional del Trabajo (OIT).", "es"),
])
def test_a_document_prepared_by_a_body_with_a_long_subject(tools, body, lang):  # noqa: F811
    got = found(tools, _TITLES, _HEADS, body, lang)
    assert ("ilo", "mentioned") in got, got
    assert not {r for a, r in got if a == "ilo"} - {"mentioned"}, got


# -- two presidencies, each with its holder, in one list ---------------------------------------------------------------

@pytest.mark.parametrize("body, lang", [
    ("El encuentro fue convocado por la Presidencia Pro Tempore de la CSM, a cargo de Chile, y la Presidencia Pro "
     "Tempore de la CRM, a cargo de Honduras.", "es"),
    ("The meeting was convened by the Presidency Pro Tempore of the SACM, held by Chile, and the Presidency Pro "
     "Tempore of the RCM, held by Honduras.", "en"),
])
def test_both_presidencies_holders_have_the_role(tools, body, lang):  # noqa: F811
    got = found(tools, _TITLES, _HEADS, body, lang)
    assert ("gov-cl", "convener") in got, got
    assert ("gov-hn", "convener") in got, got
    assert not {a for a, r in got if r == "mentioned"} & {"gov-cl", "gov-hn"}, got
