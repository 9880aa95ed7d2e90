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
