"""Field-labelled pages (issue 13, fields4): an "Organización —" / "Organization:" field (its organizers), a field of
the bodies whose people teach or speak ("Trainers from:", "Docentes de:"), a participants field whose first item is
a country's delegations and whose next items are bodies, a notes field's label (no name), an audience of two trades
of a country's people, role fields run on in one line of text, and an online classroom as the place.
Pages written for these tests (no held-out page's wording)."""

from __future__ import annotations

from test_extract import pairs, run
from test_roles_rules import ref, tools  # noqa: F401  (fixtures)

from rcpkg.loaders.layouts import labels, parse_page
from rcpkg.loaders.places import is_online, read_venue
from rcpkg.loaders.records import Page


def _page(text: str, lang: str, layout: str = "fields") -> Page:
    return Page(path="p.txt", url="https://example.org/network/activities", text=text, lang=lang, layout=layout)


def _extract(tools, text: str, lang: str = "en", layout: str = "fields"):  # noqa: F811
    page = _page(text, lang, layout)
    r = parse_page(page)
    return r, [pairs(run(tools, page, e)) for e in r.events]


# -- labels ---------------------------------------------------------------------------------------------------

def test_organization_label_is_the_organizers_field():
    for line in ("ORGANIZACIÓN — Ministerio de Trabajo de Chile", "Organización: Cancillería del Perú",
                 "Organization: Ministry of Labour of Chile", "ORGANISATION – UNHCR"):
        lab = labels.find(line)
        assert lab is not None and (lab.key, lab.role) == ("role", "organizer"), line
    # still: "Organización cooperante" supports, "Organizaciones participantes" take part
    assert labels.classify("Organización cooperante") == ("role", "supporter")
    assert labels.classify("Organizaciones participantes") == ("role", "participant")


def test_whose_people_teach_or_speak():
    for label in ("Trainers from", "Lecturers from", "Experts from", "Docentes de", "Expositores de",
                  "Facilitadores provenientes de", "Panelistas del"):
        assert labels.classify(label) == ("role", "participant"), label


# -- fields read -------------------------------------------------------------------------------------------

def test_organization_field_is_not_the_coordination_value(tools):  # noqa: F811
    text = ("Reunión Técnica sobre Registros Migratorios\n"
            "FECHA — 3 y 4 de marzo de 2022\n"
            "SEDE — San Salvador, El Salvador\n"
            "COORDINACIÓN — Presidencia Pro Tempore de El Salvador\n"
            "ORGANIZACIÓN — Secretaría Técnica de la CRM y Organización Internacional para las Migraciones (OIM)\n"
            "\n"
            "Curso Virtual sobre Perfiles de Riesgo\n"
            "FECHA — 10/05/2022\n"
            "SEDE — En línea\n"
            "ORGANIZACIÓN — Agencia de Servicios Fronterizos de Canadá (CBSA)\n")
    r, found = _extract(tools, text, "es")
    assert len(r.events) == 2
    assert ("iom", "organizer") in found[0] and ("rcm-technical-secretariat", "organizer") in found[0]
    assert not any(role == "coordinator" and agent != "gov-sv" for agent, role in found[0])
    assert not any("organizacion" == agent for agent, _ in found[0] | found[1])
    assert r.events[1].online


def test_items_after_a_delegations_item_take_part(tools):  # noqa: F811
    text = ("Regional Dialogue on Consular Assistance\n"
            "Date: 14/02/2023\n"
            "Participants: delegations of Chile and Peru; International Committee of the Red Cross; UNICEF\n")
    _, found = _extract(tools, text)
    assert {("gov-cl", "participant"), ("gov-pe", "participant"), ("unicef", "participant")} <= found[0]
    assert not any(role == "mentioned" for _, role in found[0])
    text = ("Encuentro Binacional de Autoridades Migratorias\n"
            "Fecha: 14/02/2023\n"
            "Participantes: delegaciones de Ecuador y Colombia; Fondo de las Naciones Unidas para la Infancia\n")
    _, found = _extract(tools, text, "es")
    assert {("gov-ec", "participant"), ("gov-co", "participant"), ("unicef", "participant")} <= found[0]
    # the process that owns unnamed members stays mentioned
    text = ("Consultation on Return Procedures\n"
            "Date: 14/02/2023\n"
            "Participants: delegations of the member countries of the RCM; UNHCR\n")
    _, found = _extract(tools, text)
    assert ("unhcr", "participant") in found[0] and ("rcm", "participant") not in found[0]


def test_notes_label_names_nobody(tools):  # noqa: F811
    text = ("Webinar on Labour Recruitment\n"
            "WHEN — 22/06/2022\n"
            "WHERE — Online\n"
            "SPEAKERS — International Labour Organization\n"
            "NOTES — The Network will share its findings with the member countries.\n"
            "\n"
            "Taller sobre Reclutamiento Equitativo\n"
            "FECHA — 23/06/2022\n"
            "SEDE — Lima, Perú\n"
            "PONENTES — Organización Internacional del Trabajo\n"
            "NOTAS — La Red compartirá sus conclusiones con los países.\n")
    _, found = _extract(tools, text)
    for f in found:
        assert not any(agent in ("notes", "notas") or agent.endswith("/notes") for agent, _ in f), f
        assert ("ilo", "participant") in f


def test_trainers_from_field(tools):  # noqa: F811
    text = ("Course on Border Data Analysis\n"
            "When: 6 – 9 June 2022\n"
            "Where: Lima, Peru\n"
            "Trainers from: Pontifical Catholic University of Peru; UNHCR\n"
            "\n"
            "Curso sobre Análisis de Datos Fronterizos\n"
            "Fecha: 6 al 9 de junio de 2022\n"
            "Lugar: Quito, Ecuador\n"
            "Docentes de: Facultad Latinoamericana de Ciencias Sociales (FLACSO); ACNUR\n")
    r, found = _extract(tools, text)
    assert ("unhcr", "participant") in found[0] and ("unhcr", "participant") in found[1]
    assert not any(role == "mentioned" for f in found for _, role in f)
    assert not any("not known" in w.message for w in r.warnings)


def test_audience_of_two_trades(tools):  # noqa: F811
    text = ("Training on Document Fraud\n"
            "Date: 02/03/2022\n"
            "Target audience: border guards and customs officers of Chile and Peru\n")
    _, found = _extract(tools, text)
    assert {("gov-cl", "participant"), ("gov-pe", "participant")} <= found[0]
    text = ("Capacitación sobre Fraude Documental\n"
            "Fecha: 02/03/2022\n"
            "Dirigido a: jueces y fiscales especializados de Chile y Perú\n")
    _, found = _extract(tools, text, "es")
    assert {("gov-cl", "participant"), ("gov-pe", "participant")} <= found[0]
    # a trade with its remit keeps its reading ("inspectores de migración de X y Y")
    text = ("Capacitación sobre Entrevistas en Frontera\n"
            "Fecha: 02/03/2022\n"
            "Dirigido a: inspectores de migración de Chile y Perú\n")
    _, found = _extract(tools, text, "es")
    assert {("gov-cl", "participant"), ("gov-pe", "participant")} <= found[0]


def test_role_fields_run_on_in_a_line(tools):  # noqa: F811
    text = ("Training calendar\n"
            "\n"
            "12/04/2022\n"
            "Course on Refugee Law for Judges\n"
            "Online course\n"
            "Executing agency: Inter-American Institute of Human Rights (IIHR). Funding: European Union. Open to "
            "judges of the region.\n"
            "\n"
            "20/05/2022\n"
            "Curso sobre Derecho de Refugiados para Defensores\n"
            "Curso virtual\n"
            "Entidad ejecutora: Instituto Interamericano de Derechos Humanos (IIDH). Financia: Unión Europea. Abierto "
            "a defensores públicos de la región.\n")
    r, found = _extract(tools, text, "en", "listing")
    assert len(r.events) == 2
    for f in found:
        roles = {role for _, role in f}
        assert {"organizer", "funder"} <= roles, f
        assert "mentioned" not in roles, f


# -- the place ----------------------------------------------------------------------------------------------

def test_online_classroom_and_online_course():
    for text in ("Online (virtual campus)", "En línea (campus virtual)", "Aula virtual", "Virtual classroom",
                 "Curso en línea", "Online course", "Taller virtual", "Online module"):
        assert is_online(text), text
        assert read_venue(text).kind == "online", text
    for text in ("Campus of the University of Chile", "Universidad Virtual de Quilmes, Bernal", "Training Centre"):
        assert not is_online(text), text
