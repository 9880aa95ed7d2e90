"""Fields and country pages (issue 13, round 23, fields23). Pages written for these tests (no held-out
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


def _roles(x) -> set:
    return {(i.extracted.name if i.extracted else i.agent, i.role) for i in x.involvements}


# -- a role field naming two long bodies joined by "y"/"and": each name is short, the field is long ------------

def test_two_long_organizers_joined_by_y_keep_their_role_es(tools):  # noqa: F811
    xs = _extract(tools, "Inicio\nACTIVIDADES\n\nTaller Centroamericano de Fiscales contra la Trata\n"
                         "• Fecha: 05/04/2023\n• Lugar: Tegucigalpa, Honduras\n"
                         "• Organizan: Unidad Especializada contra la Trata y el Tráfico de Migrantes (UETM) de la "
                         "Fiscalía General de la República de Honduras y la Red Centroamericana de Fiscales contra "
                         "la Trata (REDCAF)\n• Participan: fiscales de Guatemala y Panamá\n\nVolver\n", "es")
    got = _roles(xs[0])
    assert {r for n, r in got if "Unidad Especializada" in str(n)} == {"organizer"}, got
    assert {r for n, r in got if "Red Centroamericana" in str(n)} == {"organizer"}, got


def test_two_long_organizers_joined_by_and_keep_their_role_en(tools):  # noqa: F811
    xs = _extract(tools, "Home\nACTIVITIES\n\nCentral American Workshop of Prosecutors against Trafficking\n"
                         "• Date: 5 April 2023\n• Venue: Tegucigalpa, Honduras\n"
                         "• Organized by: Specialized Unit against Trafficking in Persons and Migrant Smuggling "
                         "(SUTS) of the Public Prosecutor's Office of Honduras and the Central American Network of "
                         "Prosecutors against Trafficking (CANPT)\n• Participants: prosecutors from Guatemala and "
                         "Panama\n\nBack\n", "en")
    got = _roles(xs[0])
    assert {r for n, r in got if "Specialized Unit" in str(n)} == {"organizer"}, got
    assert {r for n, r in got if "Central American Network" in str(n)} == {"organizer"}, got

