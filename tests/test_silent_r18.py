"""A coordinating field's items (issue 13, round 18, silent18): every item ends as an institution (known or
extracted) or as a warning quoting its words, never dropped in silence; also when the field is printed inline
on an event page. Pages written for these tests (no held-out page's wording), in English and Spanish."""

from __future__ import annotations

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
