"""Fields pages and coordinating lists (issue 13, round 21, fields21). Pages written for these tests (no held-out
page's wording), in English and Spanish."""

from __future__ import annotations

from test_extract import pairs, run
from test_roles_rules import extracted, ref, tools  # noqa: F401  (fixtures)

from rcpkg.loaders.layouts import parse_page
from rcpkg.loaders.records import Page


def _extract(tools, text: str, lang: str, layout: str = "fields"):  # noqa: F811
    page = Page(path="p.txt", url="https://example.org/activities", text=text, lang=lang, layout=layout)
    r = parse_page(page)
    return [run(tools, page, e) for e in r.events]


# -- who comments on or reports a session takes part ("Comentaristas: X", "Rapporteur: X") ------------------------

def test_commentators_and_rapporteur_fields_take_part_es(tools):  # noqa: F811
    xs = _extract(tools, "Saltar al contenido\nACTIVIDADES\n\nSeminario sobre Retorno Asistido\nFecha: 03/03/2021\n"
                         "Modalidad: virtual\nOrganiza: Organización Internacional para las Migraciones (OIM)\n"
                         "Comentaristas: UNICEF; Nicaragua\nRelatoría: Honduras\n\nVolver\n", "es")
    got = pairs(xs[0])
    assert {("unicef", "participant"), ("gov-ni", "participant"), ("gov-hn", "participant")} <= got, got
    assert ("iom", "organizer") in got


def test_commentators_and_rapporteur_fields_take_part_en(tools):  # noqa: F811
    xs = _extract(tools, "Skip to content\nACTIVITIES\n\nSeminar on Assisted Return\nDate: 3 March 2021\n"
                         "Mode: online\nOrganizer: International Organization for Migration (IOM)\n"
                         "Discussants: UNICEF; Nicaragua\nRapporteur: Honduras\n\nBack\n", "en")
    got = pairs(xs[0])
    assert {("unicef", "participant"), ("gov-ni", "participant"), ("gov-hn", "participant")} <= got, got


# -- a relative or appositive clause inside a coordinating list does not cut the list ------------------------------

def _prose(tools, text: str, lang: str):  # noqa: F811
    page = Page(path="p.txt", url="https://example.org/events/x", text=text, lang=lang, layout="event")
    r = parse_page(page)
    assert len(r.events) == 1
    return run(tools, page, r.events[0])


def _kept(x, name: str, role: str) -> bool:
    """The item ends as an involvement with the role, or as a warning quoting it (never in silence)."""
    got = {(i.extracted.name if i.extracted else i.agent, i.role) for i in x.involvements} | pairs(x)
    return any(role == r and name.lower() in str(a).lower() for a, r in got) or \
        any(name.lower() in w.value.lower() for w in x.warnings)


def test_a_relative_clause_inside_a_coordinating_list_es(tools):  # noqa: F811
    x = _prose(tools, "Mesa Técnica sobre Retorno Digno\n12 de mayo de 2022\nSan Salvador, El Salvador\n\n"
                      "La mesa sesionó bajo la coordinación de Honduras, país que ejerce la presidencia, y de la "
                      "Secretaría Técnica. Asistieron delegaciones de Belice.\n", "es")
    assert ("gov-hn", "coordinator") in pairs(x), pairs(x)
    assert _kept(x, "secretar", "coordinator"), (x.involvements, x.warnings)


def test_a_relative_clause_inside_a_coordinating_list_en(tools):  # noqa: F811
    x = _prose(tools, "Technical Round Table on Dignified Return\n12 May 2022\nSan Salvador, El Salvador\n\n"
                      "The round table met under the coordination of Honduras, the country which holds the chair, "
                      "and of the Technical Secretariat. Delegations of Belize attended.\n", "en")
    assert ("gov-hn", "coordinator") in pairs(x), pairs(x)
    assert _kept(x, "secretar", "coordinator"), (x.involvements, x.warnings)


# -- who chairs the meeting coordinates it, also when its capacity is told in apposition ----------------------------

def test_a_country_that_chaired_the_meeting_with_another_coordinates_es(tools):  # noqa: F811
    x = _prose(tools, "Encuentro Birregional sobre Movilidad Laboral\n9 de junio de 2021\nLima, Perú\n\n"
                      "Chile, en su calidad de Presidencia Pro Tempore de la CSM, presidió la sesión junto con "
                      "Costa Rica. Asistieron delegaciones de Belice.\n", "es")
    got = pairs(x)
    assert {("gov-cl", "coordinator"), ("gov-cr", "coordinator")} <= got, got


def test_a_country_that_chaired_the_meeting_with_another_coordinates_en(tools):  # noqa: F811
    x = _prose(tools, "Bi-regional Meeting on Labour Mobility\n9 June 2021\nLima, Peru\n\n"
                      "Chile, in its capacity as Pro Tempore Presidency of the SACM, chaired the session together "
                      "with Costa Rica. Delegations of Belize attended.\n", "en")
    got = pairs(x)
    assert {("gov-cl", "coordinator"), ("gov-cr", "coordinator")} <= got, got


def test_who_chaired_a_panel_only_takes_part_en(tools):  # noqa: F811
    x = _prose(tools, "Forum on Return Policies\n9 June 2021\nLima, Peru\n\n"
                      "Chile chaired the panel on reintegration. Delegations of Belize attended.\n", "en")
    assert ("gov-cl", "coordinator") not in pairs(x), pairs(x)
