"""Field-labelled pages (issue 13, fields16): a participants field labelled by a question or a verb ("Who took
part", "Taking part", "Quiénes participaron") and a reference field ("Reference", "Referencia"); a field's items set
apart by middle dots; a country's name closing a name ("Gendarmería Nacional Argentina", "Institute of X, Peru
(IX Peru)"); a remit of verbs enumerated inside a name ("Consejo para Proteger, Atender y Reparar …").
Pages written for these tests (no held-out page's wording)."""

from __future__ import annotations

from test_extract import pairs, run
from test_roles_rules import ref, tools  # noqa: F401  (fixtures)

from rcpkg.loaders.layouts import labels, parse_page
from rcpkg.loaders.records import Page


def _page(text: str, lang: str, layout: str = "fields") -> Page:
    return Page(path="p.txt", url="https://example.org/network/activities", text=text, lang=lang, layout=layout)


def _extract(tools, text: str, lang: str = "en", layout: str = "fields"):  # noqa: F811
    page = _page(text, lang, layout)
    r = parse_page(page)
    out = []
    for e in r.events:
        x = run(tools, page, e)
        out.append((pairs(x), {i.extracted.name: i.role for i in x.involvements if i.extracted}))
    return r, out


# -- labels ---------------------------------------------------------------------------------------------------

def test_question_and_verb_labels_of_participants():
    for label in ("Who took part", "WHO PARTICIPATED", "Taking part", "Took part", "Who attended",
                  "Quiénes participaron", "QUIENES ASISTIERON", "Tomaron parte", "Contó con la participación de"):
        assert labels.classify(label) == ("role", "participant"), label


def test_reference_labels_are_text():
    for label in ("Reference", "REFERENCES", "Referencia", "Referencias", "Context", "Contexto", "See also"):
        assert labels.classify(label) == ("about", None), label


# -- fields read -----------------------------------------------------------------------------------------------

EN = ("Network activities\n\n"
      "Workshop on Flood Early Warning\n"
      "WHEN\n3 May 2022\n"
      "WHERE\nAsunción, Paraguay\n"
      "WHO TOOK PART\n"
      "Rescue officials of Uruguay and Chile · Directorate General of Civil Protection of Paraguay (DGPC)\n"
      "REFERENCE\n"
      "The drills followed the guide of the Pan American Health Organization (PAHO).\n\n"
      "Course on Drought Data\n"
      "WHEN\n4 May 2022\n"
      "WHERE\nLima, Peru\n"
      "ORGANIZERS\n"
      "National Commission to Prevent, Punish and Eradicate Forced Labour · Andean Institute of Public Policy, "
      "Peru (AIPP Peru)\n"
      "Taking part: Colombian Institute of Hydrology (IDEAM) · World Food Programme (WFP)\n")


def test_who_took_part_field_and_middle_dot_items_en(tools):  # noqa: F811
    r, found = _extract(tools, EN)
    assert len(r.events) == 2
    (a, names_a), (b, names_b) = found
    assert ("gov-uy", "participant") in a and ("gov-cl", "participant") in a
    # the item after the country's officials is a participant too, not a mention
    assert names_a.get("Directorate General of Civil Protection of Paraguay") == "participant"
    assert names_b.get("Colombian Institute of Hydrology") == "participant"


def test_name_with_its_country_and_a_verb_remit_en(tools):  # noqa: F811
    _, found = _extract(tools, EN)
    pairs_b, names_b = found[1]
    assert names_b.get("National Commission to Prevent, Punish and Eradicate Forced Labour") == "organizer"
    assert names_b.get("Andean Institute of Public Policy, Peru") == "organizer"
    assert not any(n.startswith("Punish") for n in names_b)
    # Peru names where the institute is, no organizer of its own
    assert ("gov-pe", "organizer") not in pairs_b


ES = ("Actividades de la red\n\n"
      "Taller sobre Trata en Fronteras\n"
      "Fecha: 3 de mayo de 2022\n"
      "Lugar: Encarnación, Paraguay\n"
      "Organizan: Consejo Nacional para Proteger, Atender y Reparar a las Víctimas de Explotación; "
      "Facultad Latinoamericana de Estudios Urbanos, Chile (FLEU Chile)\n"
      "Quiénes participaron: Policía Federal de Brasil; Gendarmería Nacional Argentina; Guardia Nacional Chile\n"
      "Referencia: se usó la guía de la Organización Panamericana de la Salud (OPS).\n")


def test_names_with_their_country_and_a_verb_remit_es(tools):  # noqa: F811
    r, found = _extract(tools, ES, "es")
    assert len(r.events) == 1
    got, names = found[0]
    assert names.get("Consejo Nacional para Proteger, Atender y Reparar a las Víctimas de Explotación") == "organizer"
    assert not any(n.startswith("Atender") for n in names)
    assert names.get("Facultad Latinoamericana de Estudios Urbanos, Chile") == "organizer"
    assert ("gov-cl", "organizer") not in got
    assert names.get("Gendarmería Nacional Argentina") == "participant"
    assert names.get("Guardia Nacional Chile") == "participant"
    assert ("gov-ar", "participant") not in got and ("gov-cl", "participant") not in got


def test_a_sentence_is_no_name_with_its_country(tools):  # noqa: F811
    # "para" and a verb, then a comma and a body's own name: two names
    text = ("Actividades\n\nReunión de Enlaces\nFecha: 5 de mayo de 2022\nLugar: Quito, Ecuador\n"
            "Organizan: Fondo para Apoyar, Oficina Nacional de Migración y Refugio\n")
    _, found = _extract(tools, text, "es")
    assert not any("Apoyar, Oficina" in n for n in found[0][1])


def test_the_body_a_unit_belongs_to_is_no_actor(tools):  # noqa: F811
    text = ("Actividades\n\nCurso sobre Lavado de Activos\nFecha: 3 de mayo de 2022\nLugar: Quito, Ecuador\n"
            "Organiza: Unidad de Análisis Financiero (UAF) del Ministerio de Economía y Finanzas del Ecuador\n\n"
            "Course on Border Data\nDate: 4 May 2022\nPlace: Lima, Peru\n"
            "Funding: Office of Border Programs (OBP) of the Department of Homeland Affairs of Canada\n"
            "Participants: National Council against Trafficking (NCAT) of Honduras\n")
    _, found = _extract(tools, text, "es")
    (a, names_a), (b, names_b) = found
    assert names_a == {"Unidad de Análisis Financiero": "organizer"}
    assert names_b.get("Office of Border Programs") == "funder"
    assert not any(n.startswith("Department") for n in names_b)
    # a country after the acronym still tells where the body is
    assert any(n.startswith("National Council against Trafficking") and r == "participant" for n, r in names_b.items())


# -- a country page's tail ---------------------------------------------------------------------------------------

def test_pager_and_site_line_after_the_last_listed_event(tools):  # noqa: F811
    text = ("Conferencia Sudamericana\nInicio > Países > Perú\nPERÚ\n\nActividades en el país\n\n"
            "1. Taller sobre Retorno Voluntario\n"
            "Tacna, 3 de mayo de 2021. Organizado por la Superintendencia Nacional de Migraciones.\n\n"
            "2. Seminario sobre Trabajo Migrante\n"
            "Lima, 9 de junio de 2022. Participaron delegaciones de Bolivia y Chile.\n\n"
            "Anterior: Paraguay | Siguiente: Surinam\n"
            "Secretaría Técnica de la CSM · Organización Internacional del Trabajo\n")
    page = Page(path="p.txt", url="https://example.org/paises/peru", text=text, lang="es", layout="country")
    r = parse_page(page)
    assert len(r.events) == 2
    last = r.events[-1]
    assert "Secretaría Técnica" not in last.description.exact and "Siguiente" not in last.description.exact
    got = pairs(run(tools, page, last))
    assert {role for _, role in got} == {"participant"}


def test_more_role_labels_both_languages():
    cases = {
        "supporter": ("With support from", "With the support of", "Instituciones aliadas",
                      "Con la colaboración de"),  # (round 24: the newer sets' supporter)
        "funder": ("With financial support from", "Con el apoyo financiero de"),
        "organizer": ("In collaboration with", "En colaboración con",
                      "Co-organizing institutions", "Instituciones coorganizadoras", "Partner institutions"),
        "participant": ("Speakers and panelists", "Ponentes y panelistas", "Observer countries",
                        "Países observadores", "Organismos observadores", "Invited organizations",
                        "Organizaciones invitadas", "Guest institutions"),
    }
    for role, labs in cases.items():
        for lab in labs:
            assert labels.classify(lab) == ("role", role), lab
    # a sentence is still no label
    assert labels.classify("With support from the IOM the workshop was held") is None
