"""Event pages and prose roles (issue 13, round 15, event15): share buttons or a tags line printed between an event's
date and place lines and its description (a widget of the page's head, not the end of the event's text), a tags
line closing the text (the site's credit under it is no part of the event), the description printed under the
date and place lines with no "About the event" label (the event's text, never a venue).
Pages written for these tests (no held-out page's wording)."""

from __future__ import annotations

from test_extract import pairs, run
from test_roles_rules import ref, tools  # noqa: F401  (fixtures)

from rcpkg.loaders.layouts import parse_page
from rcpkg.loaders.records import Page


def _page(text: str, lang: str, layout: str = "event", url: str = "https://example.org/events/meeting") -> Page:
    return Page(path="p.txt", url=url, text=text, lang=lang, layout=layout)


def _extract(tools, text: str, lang: str = "en", layout: str = "event"):  # noqa: F811
    page = _page(text, lang, layout)
    r = parse_page(page)
    return r, [pairs(run(tools, page, e)) for e in r.events]


# -- the event's text goes past share buttons and tags in the page's head ---------------------------------------

def test_share_buttons_under_the_place_do_not_end_the_event(tools):  # noqa: F811
    text = ("Home > Events > Workshop on Consular Protection\n"
            "Workshop on Consular Protection\n"
            "Date: 14-15 March 2019\n"
            "Venue: Guatemala City, Guatemala\n"
            "Share on: Facebook | LinkedIn | Email\n"
            "\n"
            "The workshop was organized by the Ministry of Foreign Affairs of Guatemala with the support of the "
            "International Organization for Migration (IOM). Officials from Honduras and Mexico attended it.\n"
            "\n"
            "Next event: Seminar on Border Health\n")
    r, found = _extract(tools, text)
    assert len(r.events) == 1
    assert ("iom", "supporter") in found[0]
    assert ("gov-hn", "participant") in found[0] and ("gov-mx", "participant") in found[0]
    assert not any("venue not stored" in str(w) for w in r.warnings)


def test_compartir_under_the_date_do_not_end_the_event(tools):  # noqa: F811
    text = ("Seminario sobre Salud en Fronteras\n"
            "Fecha: 2 de junio de 2021\n"
            "Lugar: Tegucigalpa, Honduras\n"
            "Compartir: Facebook | WhatsApp\n"
            "\n"
            "Descripción\n"
            "El seminario fue organizado por la Secretaría Técnica de la CRM y contó con el apoyo del Fondo de las "
            "Naciones Unidas para la Infancia (UNICEF).\n")
    r, found = _extract(tools, text, "es")
    assert ("rcm-technical-secretariat", "organizer") in found[0]
    assert ("unicef", "supporter") in found[0]


def test_share_buttons_closing_the_text_still_end_it(tools):  # noqa: F811
    text = ("Regional Training on Labour Migration\n"
            "Date: 5 May 2022\n"
            "Venue: San José, Costa Rica\n"
            "\n"
            "The training was organized by the International Labour Organization (ILO).\n"
            "Share: Facebook · X\n"
            "Other events: Meeting of the Liaison Officers on Migrant Children\n"
            "Regional Office of UNICEF for Latin America\n")
    r, found = _extract(tools, text)
    assert ("ilo", "organizer") in found[0]
    assert not any(a == "unicef" for a, _ in found[0])


def test_tags_line_in_the_head_is_passed_over(tools):  # noqa: F811
    text = ("Taller sobre Retorno Asistido\n"
            "Fecha: 8 de agosto de 2018\n"
            "Lugar: Quito, Ecuador\n"
            "Etiquetas: retorno, reintegración\n"
            "\n"
            "El taller fue organizado por el Ministerio de Relaciones Exteriores y Movilidad Humana del Ecuador, con "
            "el apoyo del Alto Comisionado de las Naciones Unidas para los Refugiados (ACNUR).\n")
    r, found = _extract(tools, text, "es")
    assert ("unhcr", "supporter") in found[0]


def test_tags_line_closing_the_text_ends_it(tools):  # noqa: F811
    text = ("Virtual Meeting on Migration Data\n"
            "12.04.2021\n"
            "Online\n"
            "\n"
            "The meeting was convened by the Technical Secretariat of the RCM and gathered the statistics offices of "
            "the member countries to compare their records.\n"
            "\n"
            "Tags: data, statistics\n"
            "International Labour Organization – Regional Office – Lima\n")
    r, found = _extract(tools, text)
    assert ("rcm-technical-secretariat", "convener") in found[0]
    assert not any(a == "ilo" for a, _ in found[0])


def test_unlabelled_description_under_date_and_place_is_no_venue(tools):  # noqa: F811
    for text, lang in (
            ("Conferencia sobre Movilidad Laboral\n"
             "03/11/2020\n"
             "Ciudad de Panamá\n"
             "\n"
             "La conferencia reunió a las autoridades de trabajo de la región y fue financiada por la Unión Europea "
             "a través de su programa de cooperación.\n"
             "\n"
             "Los resultados se presentarán en la próxima reunión del grupo regional.\n", "es"),
            ("Seminar on Return and Reintegration\n"
             "20 October 2016\n"
             "Santo Domingo, Dominican Republic\n"
             "\n"
             "The seminar gathered the migration offices of the region and was financed by the European Union "
             "through its cooperation programme.\n", "en")):
        r, found = _extract(tools, text, lang)
        assert not any("venue" in str(w) for w in r.warnings), [str(w) for w in r.warnings]
        assert r.events[0].venue is None
        assert any(role == "funder" and "europ" in agent for agent, role in found[0]), found[0]
        assert "financ" in r.events[0].description.exact


# -- prose roles -------------------------------------------------------------------------------------------------

def _prose(tools, sentence: str, lang: str):  # noqa: F811
    head = ("Technical Meeting on Labour Mobility\nDate: 6 May 2019\nVenue: Lima, Peru\n\nAbout the event:\n" if lang == "en"
            else "Reunión Técnica sobre Movilidad Laboral\nFecha: 6 de mayo de 2019\nLugar: Lima, Perú\n\nDescripción\n")
    r, found = _extract(tools, head + sentence + "\n", lang)
    return found[0]


def test_edition_of_a_process_as_the_subject_of_its_happening_is_the_event(tools):  # noqa: F811
    for sentence, lang, who in (
            ("Convened by the Government of Honduras, the XIX Regional Conference on Migration was held in "
             "Tegucigalpa.", "en", "gov-hn"),
            ("Organized by the Ministry of Foreign Affairs of Ecuador, the 12th South American Conference on Migration "
             "took place in Quito.", "en", None),
            ("Convocada por el Gobierno de Bolivia, la VII Conferencia Suramericana sobre Migraciones se celebró en "
             "Cochabamba.", "es", "gov-bo")):
        found = _prose(tools, sentence, lang)
        assert not any(a in ("rcm", "sacm") for a, _ in found), found
        assert not any(a.startswith(("xix", "vii", "12th")) for a, _ in found), found
        if who:
            assert (who, "convener") in found
    # the process named as the place of taking part stays named
    found = _prose(tools, "La Organización Internacional para las Migraciones participó en la VII Conferencia "
                          "Suramericana sobre Migraciones.", "es")
    assert ("iom", "participant") in found and ("sacm", "mentioned") in found


def test_seat_in_apposition_is_named_the_subject_acts(tools):  # noqa: F811
    found = _prose(tools, "The RCM Technical Secretariat, based in the IOM office in San José, provided technical "
                          "support to the delegations.", "en")
    assert ("rcm-technical-secretariat", "supporter") in found
    assert not any(a == "iom" and r == "supporter" for a, r in found)
    found = _prose(tools, "La Secretaría Técnica de la CRM, con sede en la oficina de la OIM en San José, apoyó "
                          "la preparación del taller.", "es")
    assert ("rcm-technical-secretariat", "supporter") in found
    assert not any(a == "iom" and r == "supporter" for a, r in found)


def test_bodies_that_spoke_for_a_group_took_part(tools):  # noqa: F811
    found = _prose(tools, "The United Nations Children's Fund (UNICEF) and the International Committee of the Red Cross "
                          "spoke on behalf of the observer organizations.", "en")
    assert ("unicef", "participant") in found and ("icrc", "participant") in found
    found = _prose(tools, "El ACNUR habló en nombre de los organismos observadores durante la sesión de clausura.", "es")
    assert ("unhcr", "participant") in found


# -- names ----------------------------------------------------------------------------------------------------------

def test_field_item_after_a_semicolon_keeps_its_country_adjective(tools):  # noqa: F811
    for item, key, gov in (("Colectivo Mexicano de Apoyo a la Niñez (COMEXANI)", "colectivo-mexicano", "gov-mx"),
                           ("Red Boliviana de Movilidad Humana (RBMH)", "red-boliviana", "gov-bo")):
        text = ("Mesa Técnica sobre Búsqueda de Personas\n"
                "Fecha: 9 de mayo de 2022\n"
                "Lugar: Ciudad de México, México\n"
                f"Participantes: Fundación para la Justicia (FJEDD); {item}\n")
        r, found = _extract(tools, text, "es", "fields")
        assert any(a.startswith(key) for a, _ in found[0]), found[0]
        assert (gov, "participant") not in found[0]


def test_working_group_named_without_a_role_is_mentioned(tools):  # noqa: F811
    found = _prose(tools, "La reunión dio seguimiento a los acuerdos del Grupo de Trabajo sobre Retorno y "
                          "Reintegración.", "es")
    assert any(a.startswith("grupo-de-trabajo-sobre-retorno") and r == "mentioned" for a, r in found), found
    found = _prose(tools, "The meeting followed up the proposals of the Working Group on Return and Reintegration.", "en")
    assert any(a.startswith("working-group-on-return") and r == "mentioned" for a, r in found), found


def test_office_acted_through_shares_the_role(tools):  # noqa: F811
    found = _prose(tools, "The Government of Bolivia convened the delegations through the Ministry of Foreign Affairs "
                          "of Bolivia.", "en")
    assert ("ministry-of-foreign-affairs--gov-bo", "convener") in found or any(
        a.startswith("ministry-of-foreign-affairs") and r == "convener" for a, r in found), found
    found = _prose(tools, "El Gobierno del Ecuador organizó el encuentro por medio del Ministerio de Relaciones "
                          "Exteriores y Movilidad Humana del Ecuador.", "es")
    assert any(a.startswith("ministerio-de-relaciones-exteriores") and r == "organizer" for a, r in found), found


def test_elided_clause_repeats_the_role(tools):  # noqa: F811
    found = _prose(tools, "Belize attended as an observer, and so did Jamaica.", "en")
    assert ("gov-bz", "participant") in found and ("gov-jm", "participant") in found, found
    found = _prose(tools, "El ACNUR apoyó la capacitación, y también lo hizo el UNICEF.", "es")
    assert ("unhcr", "supporter") in found and ("unicef", "supporter") in found, found


def test_countries_agreed_to_be_invited_are_mentioned(tools):  # noqa: F811
    found = _prose(tools, "The delegations agreed to invite Belize and Jamaica to the next meeting.", "en")
    assert ("gov-bz", "mentioned") in found and ("gov-jm", "mentioned") in found, found
    found = _prose(tools, "Los países decidieron invitar a Belice a la próxima reunión.", "es")
    assert ("gov-bz", "mentioned") in found, found


def test_body_acronym_in_the_framework_of_is_mentioned(tools):  # noqa: F811
    found = _prose(tools, "The meeting took place within the framework of the CARICOM.", "en")
    assert any(a.startswith("caricom") or a == "caricom" for a, _ in found), found
    found = _prose(tools, "El encuentro se llevó a cabo en el marco de la CAN.", "es")
    assert any("can" == a or a.startswith("can") or a == "andean-community" for a, _ in found), found


def test_german_name_with_fuer_is_one_name(tools):  # noqa: F811
    found = _prose(tools, "The course was financed by the Konrad-Adenauer-Stiftung and the Bundesamt für Migration "
                          "und Flüchtlinge (BAMF).", "en")
    assert any(a.startswith("bundesamt-fur-migration") and r == "funder" for a, r in found), found


def test_seat_city_after_a_country_is_part_of_the_name(tools):  # noqa: F811
    found = _prose(tools, "Participaron la Universidad Nacional de Costa Rica, Heredia (UNA-Heredia) y la OIM.", "es")
    assert not any(a == "heredia" or a.startswith("heredia") for a, _ in found), found
    assert ("iom", "participant") in found
    found = _prose(tools, "The National Autonomous University of Honduras, Choluteca (UNAH-Choluteca) took part.", "en")
    assert not any(a.startswith("choluteca") for a, _ in found), found
