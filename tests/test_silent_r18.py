"""A coordinating field's items (issue 13, round 18, silent18): every item ends as an institution (known or
extracted) or as a warning quoting its words, never dropped in silence; also when the field is printed inline
on an event page. Pages written for these tests (no held-out page's wording), in English and Spanish."""

from __future__ import annotations

import pytest
from test_extract import run
from test_roles_rules import ref, tools  # noqa: F401  (fixtures)

from rcpkg.loaders.layouts import parse_page
from rcpkg.loaders.records import Page


def _x(tools, text: str, lang: str):  # noqa: F811
    page = Page(path="p.txt", url="https://example.org/events/w", text=text, lang=lang, layout="event")
    r = parse_page(page)
    assert len(r.events) == 1
    return run(tools, page, r.events[0])


def _names(x):
    return {(i.extracted.name if i.extracted else i.agent, i.role) for i in x.involvements}


def test_an_uncovered_item_of_an_inline_coordinating_field_warns_es(tools):  # noqa: F811
    x = _x(tools, "Taller Andino sobre Movilidad Laboral\nFecha: 3 de marzo de 2021\nLugar: Lima, Perú\n"
                  "Coordinación: Presidencia Pro Tempore del Perú, por medio de su Superintendencia Nacional de "
                  "Migraciones y de la oficina del viceministro de asuntos consulares\n\nEl taller revisó los "
                  "esquemas de movilidad laboral.\n", "es")
    assert ("gov-pe", "coordinator") in _names(x)
    said = " ".join(w.value for w in x.warnings)
    assert "oficina del viceministro de asuntos consulares" in said, x.warnings
    assert "por medio de su" not in said  # the glue between two items names nothing


def test_an_uncovered_item_of_an_inline_coordinating_field_warns_en(tools):  # noqa: F811
    x = _x(tools, "Andean Workshop on Labour Mobility\nDate: 3 March 2021\nVenue: Lima, Peru\n"
                  "Coordination: Pro Tempore Presidency of Peru, through its National Superintendence of "
                  "Migration and the staff of the deputy minister for consular matters\n\nThe workshop reviewed "
                  "labour mobility schemes.\n", "en")
    assert ("gov-pe", "coordinator") in _names(x)
    said = " ".join(w.value for w in x.warnings)
    assert "staff of the deputy minister for consular matters" in said, x.warnings
    assert "through its" not in said


def test_every_item_of_an_inline_coordinating_field_named_no_warning(tools):  # noqa: F811
    x = _x(tools, "Andean Workshop on Labour Mobility\nDate: 3 March 2021\nVenue: Lima, Peru\n"
                  "Coordination: Pro Tempore Presidency of Peru, through its National Superintendence of "
                  "Migration\n\nThe workshop reviewed labour mobility schemes.\n", "en")
    assert ("gov-pe", "coordinator") in _names(x)
    assert not [w for w in x.warnings if "coordinating" in w.message], x.warnings


# -- a listing cut at the wrong lines: prose taken for titles warns, quoting the names it carries -------------------

_LISTING = {
    "en": "Calendar\nDate                     Activity\nMar 4–6, 2018\nWorkshop on Consular Protection of Migrant "
          "Workers\nTegucigalpa, Honduras\nHosted by the Government of Honduras and organized by UNHCR. Delegations "
          "of Mexico and Belize took part.\n› More\n\nMay 2–3, 2019\nSeminar on Return and Reintegration\nOnline\n"
          "Chaired by the Pro Tempore Presidency of Guatemala, through its Migration Institute and the office of its "
          "deputy minister. The delegates agreed on a work plan.\n› More\n\nShowing 1 - 2 of 9   |   Next ›\n",
    "es": "Calendario\nFecha                    Actividad\n4–6 mar 2018\nTaller sobre Protección Consular de "
          "Trabajadores Migrantes\nTegucigalpa, Honduras\nAuspiciado por el Gobierno de Honduras y organizado por "
          "el ACNUR. Participaron delegaciones de México y Belice.\n› Más\n\n2–3 may 2019\nSeminario sobre Retorno y "
          "Reintegración\nEn línea\nPresidido por la Presidencia Pro Tempore de Guatemala, a través de su Instituto "
          "de Migración y de la oficina de su viceministro. Los delegados acordaron un plan de trabajo.\n› Más\n\n"
          "Mostrando 1 - 2 de 9   |   Siguiente ›\n",
}


@pytest.mark.parametrize("lang, name", [("en", "Pro Tempore Presidency of Guatemala"),
                                        ("es", "Presidencia Pro Tempore de Guatemala")])
def test_prose_taken_for_a_title_warns_with_its_names(lang, name):
    r = parse_page(Page(path="p.txt", url="https://example.org/calendar", text=_LISTING[lang], lang=lang,
                        layout="listing"))
    prose = [w for w in r.warnings if "reads as sentences of prose" in w.message]
    for ev in r.events:
        t = ev.titles[0].text
        if len(t) >= 100 and t.rstrip().endswith("."):
            assert any(w.value == t for w in prose), (t, r.warnings)
    if any(name in ev.titles[0].text for ev in r.events):  # (while the listing is cut wrongly)
        assert any(name in w.value for w in prose)


@pytest.mark.parametrize("title", [
    "Workshop on Consular Protection of Migrant Workers in Transit, Destination and Return Countries of the Region",
    "Taller sobre la Protección Consular de Trabajadores Migrantes en los Países de Tránsito, Destino y Retorno de la "
    "Región (Segunda Edición)",
    "Seminar on Return and Reintegration",
])
def test_a_long_title_is_no_prose(title):
    text = title + "\nDate: 4 March 2018\nVenue: Tegucigalpa, Honduras\n\nThe workshop was organized by UNHCR.\n"
    r = parse_page(Page(path="p.txt", url="https://example.org/events/w", text=text, lang="en", layout="event"))
    assert not [w for w in r.warnings if "reads as sentences of prose" in w.message]
