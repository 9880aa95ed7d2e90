"""Fields pages (issue 13, round 24, fields24). Pages written for these tests (no held-out page's wording), in
English and Spanish."""

from __future__ import annotations

from test_extract import pairs, run
from test_roles_rules import extracted, ref, tools  # noqa: F401  (fixtures)

from rcpkg.loaders.layouts import labels, parse_page
from rcpkg.loaders.records import Page


def _parse(text: str, lang: str, layout: str = "fields"):
    page = Page(path="p.txt", url="https://example.org/networks", text=text, lang=lang, layout=layout)
    return page, parse_page(page)


def _extract(tools, text: str, lang: str, layout: str = "fields"):  # noqa: F811
    page, r = _parse(text, lang, layout)
    return [run(tools, page, e) for e in r.events]


# -- labels with a leader (dots, middle dots, underscores, an ellipsis) or an aligned column before the value ------

def test_leader_labels_are_read():
    for line, key, role, value in [
        ("    Fecha ........ 3 de mayo de 2018", "date", None, "3 de mayo de 2018"),
        ("Venue · · · · · Panama City", "place", None, "Panama City"),
        ("  Hosted by ____ Ministry of Foreign Affairs of Belize", "role", "host", "Ministry of Foreign Affairs of Belize"),
        ("Organizan…… OIM; ACNUR", "role", "organizer", "OIM; ACNUR"),
        ("    Apoyo técnico   Secretaría Técnica", "role", "supporter", "Secretaría Técnica"),
        ("Date .... ", "date", None, None),
    ]:
        lab = labels.find(line)
        assert lab is not None and (lab.key, lab.role) == (key, role), (line, lab)
        got = line[lab.value_start:].strip() if lab.value_start is not None else None
        assert got == value, (line, got)


def test_leader_needs_a_known_label():
    assert labels.find("Capítulo uno ........ 12") is None
    assert labels.find("Fecha de hoy no es   importante") is None  # no known label before the spaces


_ES = ("Inicio | Redes | Contacto\n\nRED DE ENLACES SOBRE TRATA DE PERSONAS\n\n"
       "El grupo reúne a las autoridades nacionales que atienden a víctimas de trata.\n\nActividades\n\n"
       "1) Encuentro Anual de la Red de Enlaces sobre Trata de Personas\n"
       "    Fecha ......... 9 de agosto de 2016\n"
       "    Sede .......... Tegucigalpa, Honduras\n"
       "    Convoca ....... Secretaría de Seguridad de Honduras\n"
       "    Participan .... Belice, Panamá,\n"
       "                    Costa Rica\n\n"
       "2) Seminario en Línea sobre Identificación de Víctimas\n"
       "    Fecha ......... del 2 al 6 de mayo de 2022\n"
       "    Modalidad ..... virtual\n"
       "    Financia ...... Organización Internacional para las Migraciones (OIM)\n\n"
       "Volver a Redes\n")

_EN = ("Home | Networks | Contact\n\nNETWORK OF LIAISON OFFICERS ON CHILD PROTECTION\n\n"
       "Meetings\n\n"
       "(1) Annual Meeting of the Child Protection Liaison Network\n"
       "    Date ·········· 9 August 2016\n"
       "    Venue ········· Belmopan, Belize\n"
       "    Convened by ··· Ministry of Foreign Affairs of Belize\n\n"
       "(2) Online Seminar on Identifying Unaccompanied Children\n"
       "    Date __________ 2-6 May 2022\n"
       "    Mode __________ online\n"
       "    Funded by _____ International Organization for Migration (IOM)\n\n"
       "Back to Networks\n")


def test_numbered_entries_with_leader_labels_es(tools):  # noqa: F811
    _, r = _parse(_ES, "es")
    assert len(r.events) == 2, r.events
    xs = _extract(tools, _ES, "es")
    assert ("iom", "funder") in pairs(xs[1]), pairs(xs[1])


def test_numbered_entries_with_leader_labels_en(tools):  # noqa: F811
    _, r = _parse(_EN, "en")
    assert len(r.events) == 2, r.events
    xs = _extract(tools, _EN, "en")
    assert ("iom", "funder") in pairs(xs[1]), pairs(xs[1])


_ES_LONG = ("Inicio\n\nActividades\n\n"
            "1. Curso en Línea sobre Retorno Asistido\n"
            "    Fecha ......... del 1 al 20 de marzo de 2020\n"
            "    Organiza ...... Ministerio de Gobernación de Guatemala, en el marco de la Presidencia Pro Tempore\n"
            "    Apoyo técnico   Fondo de las Naciones Unidas para la Infancia (UNICEF)\n\n"
            "Volver\n")


def test_aligned_field_under_a_leader_field_is_its_own_field_es(tools):  # noqa: F811
    xs = _extract(tools, _ES_LONG, "es")
    assert ("unicef", "supporter") in pairs(xs[0]), pairs(xs[0])


# -- labels alone, their values on indented lines under them; two labels of one role in a row -----------------------

_ES_INDENTED = ("Inicio\n\nActividades del eje\n\n"
                "Reunión Andina sobre Trabajadores Temporales\n"
                "Lugar y fecha: Quito (Ecuador), 3 y 4 de mayo de 2018\n"
                "Organiza:\n    Ministerio del Trabajo del Ecuador\n"
                "Coorganizan:\n    Organización Internacional del Trabajo (OIT);\n    Comunidad Andina\n"
                "Participan:\n    delegaciones de Bolivia y Perú\n"
                "Relator:\n    Bolivia\n\n"
                "Foro sobre Remesas Digitales\n"
                "Lugar y fecha: Montevideo (Uruguay), 9/10/2019\n"
                "Organiza:\n    Banco Central del Uruguay\n\n"
                "Otros ejes: Trata · Niñez\n")

_EN_INDENTED = ("Home\n\nActivities of the axis\n\n"
                "Andean Meeting on Seasonal Workers\n"
                "Place and date: Quito (Ecuador), 3-4 May 2018\n"
                "Organized by:\n    Ministry of Labour of Ecuador\n"
                "Co-organized by:\n    International Labour Organization (ILO)\n"
                "Participants:\n    delegations of Bolivia and Peru\n"
                "Rapporteur:\n    Bolivia\n\n"
                "Forum on Digital Remittances\n"
                "Place and date: Montevideo (Uruguay), 9 October 2019\n"
                "Organized by:\n    Central Bank of Uruguay\n\n"
                "Other axes: Trafficking · Children\n")


def test_indented_values_under_labels_alone_es():
    _, r = _parse(_ES_INDENTED, "es")
    assert [e.titles[0].text for e in r.events] == ["Reunión Andina sobre Trabajadores Temporales",
                                                    "Foro sobre Remesas Digitales"], r.events
    assert r.events[0].dates is not None and r.events[0].place is not None


def test_indented_values_under_labels_alone_en():
    _, r = _parse(_EN_INDENTED, "en")
    assert [e.titles[0].text for e in r.events] == ["Andean Meeting on Seasonal Workers",
                                                    "Forum on Digital Remittances"], r.events
    assert r.events[0].dates is not None and r.events[0].place is not None


def test_collaboration_label_gives_supporters():
    for lab in ("Con la colaboración de", "With the collaboration of", "Con la colaboración del"):
        assert labels.classify(lab) == ("role", "supporter"), lab
    for lab in ("En colaboración con", "In collaboration with"):
        assert labels.classify(lab) == ("role", "organizer"), lab


# -- a role field's items stacked one a line under the label alone, each closed by a comma ---------------------------

def test_stacked_comma_items_keep_the_field_role_es(tools):  # noqa: F811
    text = ("Inicio\n\nActividades\n\nTaller Regional sobre Retorno y Reintegración\n"
            "Lugar y fecha: Lima (Perú), 8/05/2019\n"
            "Participan:\n    Dirección General de Asuntos Consulares de la Cancillería chilena,\n"
            "    Ministerio de Relaciones Exteriores de Colombia,\n"
            "    delegaciones de Brasil, Guyana, Surinam y Uruguay\n\nOtros ejes: Trata\n")
    got = pairs(_extract(tools, text, "es")[0])
    assert {("gov-br", "participant"), ("gov-uy", "participant")} <= got, got
    assert not {a for a, r in got if r == "mentioned"}, got


def test_stacked_comma_items_keep_the_field_role_en(tools):  # noqa: F811
    text = ("Home\n\nActivities\n\nRegional Workshop on Return and Reintegration\n"
            "Place and date: Lima (Peru), 8 May 2019\n"
            "Participants:\n    Directorate of Consular Affairs of the Chilean Ministry of Foreign Affairs,\n"
            "    Ministry of Foreign Affairs of Colombia,\n"
            "    delegations of Brazil, Guyana, Suriname and Uruguay\n\nOther axes: Trafficking\n")
    got = pairs(_extract(tools, text, "en")[0])
    assert {("gov-br", "participant"), ("gov-uy", "participant")} <= got, got
    assert not {a for a, r in got if r == "mentioned"}, got


# -- a participant field whose item is a document: its author is mentioned, no participant ---------------------------

def test_document_in_a_presenter_field_names_its_author_mentioned_en(tools):  # noqa: F811
    text = ("Home\n\nActivities\n\nSubregional Meeting on Return Migration\nDate | 2 June 2021\n"
            "Place | Tegucigalpa, Honduras\nOrganizer | Ministry of Foreign Affairs of Honduras\n"
            "Presented | a survey of returnee reintegration by ECLAC\n\nBack\n")
    got = pairs(_extract(tools, text, "en")[0])
    assert ("eclac", "mentioned") in got and ("eclac", "participant") not in got, got


def test_document_in_a_presenter_field_names_its_author_mentioned_es(tools):  # noqa: F811
    text = ("Inicio\n\nActividades\n\nReunión Subregional sobre Migración de Retorno\nFecha | 2 de junio de 2021\n"
            "Lugar | Tegucigalpa, Honduras\nOrganiza | Secretaría de Relaciones Exteriores de Honduras\n"
            "Expusieron | informe sobre reintegración de personas retornadas de la CEPAL\n\nVolver\n")
    got = pairs(_extract(tools, text, "es")[0])
    assert ("eclac", "mentioned") in got and ("eclac", "participant") not in got, got


def test_aligned_table_header_is_no_field():
    for line in ("Date                     Meeting", "Fecha      Actividad      Lugar", "Date   Venue   Host"):
        assert labels.find(line) is None, line
