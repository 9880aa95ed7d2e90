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
