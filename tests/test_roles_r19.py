"""Role lines (issue 13, round 19, prose19): a field's value cell run on to the next line of a flattened table
(the label cell left empty: "            | Chile and Peru") keeps the field's role. Pages written for these
tests (no held-out page's wording)."""

from __future__ import annotations

from event_pages import event_page
from test_extract import pairs, run
from test_roles_rules import ref, tools  # noqa: F401  (fixtures)

from rcpkg.loaders.layouts import parse_page


def _found(tools, text: str, lang: str):  # noqa: F811
    page = event_page(text, lang, layout=None, url="https://example.org/network/activities")
    r = parse_page(page)
    out = set()
    for ev in r.events:
        out |= pairs(run(tools, page, ev))
    return out


_EN = """Border Health Network
Activities

Regional Seminar on Document Fraud Detection
Date                  | 3–5 May 2023
Venue                 | Managua, Nicaragua
Organizer             | International Organization for Migration (IOM)
Participating countries | Chile, Argentina, Colombia,
                        | Ecuador, Bolivia and Uruguay
Summary               | Inspectors compared the security features of travel documents.

Online Meeting of the Border Health Network
Date                  | 8 November 2023
Venue                 | Online (Zoom)
Convened by           | Presidency Pro Tempore of Guatemala
"""

_ES = """Red de Salud Fronteriza
Actividades

Seminario Regional sobre Detección de Documentos Fraudulentos
Fecha                 | 3 al 5 de mayo de 2023
Lugar                 | Managua, Nicaragua
Organizador           | Organización Internacional para las Migraciones (OIM)
Países participantes  | Chile, Argentina, Colombia,
                        | Ecuador, Bolivia y Uruguay
Resumen               | Los inspectores compararon los elementos de seguridad de los documentos de viaje.

Reunión Virtual de la Red de Salud Fronteriza
Fecha                 | 8 de noviembre de 2023
Lugar                 | En línea (Zoom)
Convocada por         | Presidencia Pro Tempore de Guatemala
"""


def test_a_value_run_on_under_an_empty_label_cell_keeps_the_role_en(tools):  # noqa: F811
    found = _found(tools, _EN, "en")
    assert {("gov-ec", "participant"), ("gov-bo", "participant"), ("gov-uy", "participant"),
            ("gov-cl", "participant")} <= found
    assert ("gov-ec", "mentioned") not in found


def test_a_value_run_on_under_an_empty_label_cell_keeps_the_role_es(tools):  # noqa: F811
    found = _found(tools, _ES, "es")
    assert {("gov-ec", "participant"), ("gov-bo", "participant"), ("gov-uy", "participant"),
            ("gov-cl", "participant")} <= found
    assert ("gov-ec", "mentioned") not in found


def test_a_run_on_line_under_a_field_without_role_gets_none(tools):  # noqa: F811
    text = _EN.replace("Participating countries", "Summary of topics   ")
    found = _found(tools, text, "en")
    assert ("gov-ec", "participant") not in found


# -- a role line run on to the next line in lower case ----------------------------------------------------------

_LISTING = {"en": """Activities

REGIONAL WORKSHOP ON HUMAN TRAFFICKING
Quito, Ecuador
9 June 2022
{body}

MEETING OF THE WORKING GROUP ON MIGRANT CHILDREN
Asuncion
12 May 2021
Organized by Paraguay.
""", "es": """Actividades

TALLER REGIONAL SOBRE TRATA DE PERSONAS
Quito, Ecuador
9 de junio de 2022
{body}

REUNIÓN DEL GRUPO DE TRABAJO SOBRE NIÑEZ MIGRANTE
Asunción
12 de mayo de 2021
Organizada por Paraguay.
"""}


def _event(tools, body: str, lang: str):  # noqa: F811
    return _found(tools, _LISTING[lang].replace("{body}", body), lang)


def test_a_convened_line_goes_on_with_the_line_under_it_en(tools):  # noqa: F811
    found = _event(tools, "Convened by the Ministry of Foreign Affairs of Colombia\nwith the support of UNICEF and the Andean "
                          "Community (CAN).\nDelegations: Chile, Peru.", "en")
    assert ("ministry-of-foreign-affairs--gov-co", "convener") in found
    # the run-on line is read with its role line: its bodies take part in convening, not merely named
    assert {r for a, r in found if a in ("andean-community", "ilo")} & {"convener", "supporter"}
    assert ("andean-community", "mentioned") not in found and ("ilo", "mentioned") not in found


def test_a_convened_line_goes_on_with_the_line_under_it_es(tools):  # noqa: F811
    found = _event(tools, "Convocado por el Ministerio de Relaciones Exteriores de Colombia\ncon el apoyo de UNICEF y de la "
                          "Comunidad Andina (CAN).\nDelegaciones: Chile, Perú.", "es")
    assert ("ministerio-de-relaciones-exteriores--gov-co", "convener") in found
    # the run-on line is read with its role line: its bodies take part in convening, not merely named
    assert {r for a, r in found if a in ("andean-community", "ilo")} & {"convener", "supporter"}
    assert ("andean-community", "mentioned") not in found and ("ilo", "mentioned") not in found


def _sentences(text: str) -> list[str]:
    from rcpkg.loaders.sentences import split_sentences
    return [text[s.start:s.end] for s in split_sentences(text, 0, len(text), None)]


def test_a_role_line_goes_on_in_lower_case_on_the_next_line_en():
    text = "Convened by Chile as Presidency Pro Tempore,\nthrough its Ministry of the Interior.\nAll members attended."
    assert _sentences(text)[0] == "Convened by Chile as Presidency Pro Tempore,\nthrough its Ministry of the Interior."


def test_a_role_line_goes_on_in_lower_case_on_the_next_line_es():
    text = "Organizado por el Ministerio del Interior de Chile\njunto con la OIT y la CAN.\nAsistieron todos los miembros."
    assert _sentences(text)[0] == "Organizado por el Ministerio del Interior de Chile\njunto con la OIT y la CAN."


def test_a_role_line_over_a_capitalised_line_stays_apart():
    text = "Organized by Chile\nWorkshop on Labour Migration\nAll members attended."
    assert _sentences(text)[0] == "Organized by Chile"
