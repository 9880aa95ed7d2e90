"""Issue 13 (round 31): fields pages - a labelled language switch in the page's head ("Language: English /
Español", "Idioma: Español | English") is the site's chrome, not the first event's first field: the first
event's title stays the line above its own first label."""

from __future__ import annotations

from rcpkg.loaders.layouts import parse_page
from rcpkg.loaders.records import Page


def _titles(text, lang):
    page = Page(path="t.txt", url="https://example.org/topics/x", text=text, lang=lang, layout="fields")
    return [ev.titles[0].text for ev in parse_page(page).events]


_EN = """Andean Migration Forum
Home   Members   Topics   Library
Language: English / Español
Home / Topics / Labour Mobility

Labour Mobility

The Forum follows the labour mobility of workers between its member states and the rights they keep abroad.

Activities

Workshop on Portable Social Security
Dates: 3 and 4 May 2017
Venue: La Paz, Bolivia
Organizer: Ministry of Labour of Bolivia

Meeting on Seasonal Workers
Date: 9 October 2018
Venue: Lima, Peru
Organizer: Forum Secretariat
"""

_ES = """Foro Andino de Migraciones
Inicio   Miembros   Temas   Biblioteca
Idioma: Español | English
Inicio / Temas / Movilidad laboral

Movilidad laboral

El Foro sigue la movilidad laboral de los trabajadores entre sus estados miembros y los derechos que conservan.

Actividades

Taller sobre Seguridad Social Portable
Fechas: 3 y 4 de mayo de 2017
Lugar: La Paz, Bolivia
Organizador: Ministerio de Trabajo de Bolivia

Reunión sobre Trabajadores Temporales
Fecha: 9 de octubre de 2018
Lugar: Lima, Perú
Organizador: Secretaría del Foro
"""


def test_language_switch_label_en():
    assert _titles(_EN, "en") == ["Workshop on Portable Social Security", "Meeting on Seasonal Workers"]


def test_language_switch_label_es():
    assert _titles(_ES, "es") == ["Taller sobre Seguridad Social Portable", "Reunión sobre Trabajadores Temporales"]


# issue 13 (round 31): "▪ Label — X · Y · Z": a field whose items are set apart by middle dots, not a footer signature
def _roles(text, lang):
    from rcpkg.loaders.extract import extract
    from rcpkg.loaders.gazetteer import Gazetteer
    from rcpkg.loaders.reference import load_reference
    from rcpkg.loaders.themes import ThemeMatcher
    from rcpkg.resources import reference_dir
    ref = load_reference(reference_dir())
    gz, tm = Gazetteer.from_reference(ref), ThemeMatcher.from_reference(ref)
    page = Page(path="t.txt", url="https://example.org/topics/y", text=text, lang=lang, layout="fields")
    return [{(i.extracted.name if i.extracted else i.agent, i.role) for i in extract(page, ev, gz, tm).involvements}
            for ev in parse_page(page).events]


_DOTS_ES = """Trabajo decente

Curso sobre Inspección Laboral
  ▪ Lugar — Quito, Ecuador
  ▪ Fecha — 12/06/2016
  ▪ Participan — Uruguay · Ecuador · Venezuela

Mesa sobre Remesas
  ▪ Lugar — Santiago, Chile
  ▪ Fecha — 2015-04-20
  ▪ Organiza — Secretaría Técnica de la CSM

Oficina del Foro · Lima, Perú · foro@example.org
"""

_DOTS_EN = """Decent work

Course on Labour Inspection
  • Venue — Quito, Ecuador
  • Date — 12 June 2016
  • Participating countries | Uruguay · Ecuador · Venezuela

Round Table on Remittances
  • Venue — Santiago, Chile
  • Date — 20 April 2015
  • Organizer — SACM Technical Secretariat
"""


def test_dotted_items_field_es():
    first = _roles(_DOTS_ES, "es")[0]
    assert {("gov-uy", "participant"), ("gov-ec", "participant"), ("gov-ve", "participant")} <= first


def test_dotted_items_field_en():
    first = _roles(_DOTS_EN, "en")[0]
    assert {("gov-uy", "participant"), ("gov-ec", "participant"), ("gov-ve", "participant")} <= first
