"""Fields pages (issue 13, fields20):

- a two-column "label | value" table's header row above each event's fields ("Item | Description", "Dato | Valor"):
  no title nor field, the line above it is the event's title;
- events as blocks parted by a blank line, each led by its title, whose first label need not repeat the one before
  ("— Lugar: …" in one, "— Fecha: …" first in the next): the line after the blank is the next event's title;
- a role field's value left open by ";" on its line and carried on to the next, indented line: the same field;
- "Expone: X" / "Presented by: X": X takes part.
Pages written for these tests (no held-out page's wording)."""

from __future__ import annotations

from test_extract import pairs, run
from test_roles_rules import ref, tools  # noqa: F401  (fixtures)

from rcpkg.loaders.layouts import parse_page
from rcpkg.loaders.records import Page


def _extract(tools, text: str, lang: str, url: str):  # noqa: F811
    page = Page(path="p.txt", url=url, text=text, lang=lang, layout="fields")
    r = parse_page(page)
    return [(e.titles[0].text if e.titles else None, pairs(run(tools, page, e))) for e in r.events]


KV_EN = ("Skip to main content\n"
         "Home | Networks | Activities\n\n"
         "NETWORK ON BORDER HEALTH\n\n"
         "Regional Seminar on Health Screening at Border Crossings\n"
         "Item | Description\n"
         "Date | 2–3 May 2018\n"
         "Venue | Managua, Nicaragua\n"
         "Organizers | Pan American Health Organization (PAHO)\n"
         "Participants | Guatemala; Honduras\n\n"
         "Online course: Health of Returned Migrants\n"
         "Item | Description\n"
         "Date | 15 October 2020\n"
         "Organizers | International Organization for Migration (IOM)\n"
         "Funding | European Union\n\n"
         "Back to Networks\n")

KV_ES = ("Ir al contenido\n"
         "Inicio | Redes | Actividades\n\n"
         "RED DE SALUD EN FRONTERAS\n\n"
         "Seminario sobre Atención Sanitaria en Pasos Fronterizos\n"
         "Dato | Valor\n"
         "Fecha | 2 y 3 de mayo de 2018\n"
         "Sede | Managua, Nicaragua\n"
         "Organiza | Organización Panamericana de la Salud (OPS)\n\n"
         "Curso virtual: Salud de Personas Retornadas\n"
         "Dato | Valor\n"
         "Fecha | 15 de octubre de 2020\n"
         "Organiza | Organización Internacional para las Migraciones (OIM)\n"
         "Financia | Unión Europea\n\n"
         "Volver a Redes\n")


def test_a_label_value_header_row_is_no_title_en(tools):
    out = _extract(tools, KV_EN, "en", "https://crmsv.org/en/networks/health/activities")
    assert [t for t, _ in out] == ["Regional Seminar on Health Screening at Border Crossings",
                                   "Online course: Health of Returned Migrants"]
    assert ("pan-american-health-organization", "organizer") in out[0][1] and ("iom", "organizer") in out[1][1]
    assert ("iom", "organizer") not in out[0][1]


def test_a_label_value_header_row_is_no_title_es(tools):
    out = _extract(tools, KV_ES, "es", "https://rcmvs.org/es/redes/salud/actividades")
    assert [t for t, _ in out] == ["Seminario sobre Atención Sanitaria en Pasos Fronterizos",
                                   "Curso virtual: Salud de Personas Retornadas"]
    assert ("iom", "organizer") in out[1][1] and ("iom", "organizer") not in out[0][1]


BLOCKS_ES = ("Saltar al contenido\n"
             "Inicio > Ejes > Integración\n\n"
             "EJE: INTEGRACIÓN\n\n"
             "Encuentro sobre Inclusión Financiera de Personas Migrantes\n"
             "— Lugar: Quito (Ecuador)\n"
             "— Fecha: 3 de marzo de 2020\n"
             "— Organiza: Banco Interamericano de Desarrollo (BID);\n"
             "  Organización Internacional para las Migraciones (OIM)\n"
             "— Expone: Comité Internacional de la Cruz Roja (CICR)\n\n"
             "Conversatorio Virtual sobre Remesas\n"
             "— Fecha: 8 de julio de 2021\n"
             "— Modalidad: en línea\n"
             "— Organiza: Unión Europea\n\n"
             "Compartir: Facebook · X\n")

BLOCKS_EN = ("Skip to content\n"
             "Home > Areas > Integration\n\n"
             "AREA: INTEGRATION\n\n"
             "Meeting on Financial Inclusion of Migrants\n"
             "- Venue: Quito (Ecuador)\n"
             "- Date: 3 March 2020\n"
             "- Speakers: Inter-American Development Bank (IDB);\n"
             "  International Organization for Migration (IOM)\n"
             "- Presented by: International Committee of the Red Cross (ICRC)\n\n"
             "Virtual Dialogue on Remittances\n"
             "- Date: 8 July 2021\n"
             "- Format: online\n"
             "- Organizer: European Union\n\n"
             "Share: Facebook · X\n")


def test_blocks_parted_by_a_blank_line_es(tools):
    out = _extract(tools, BLOCKS_ES, "es", "https://csmigraciones.org/es/ejes/integracion")
    assert [t for t, _ in out] == ["Encuentro sobre Inclusión Financiera de Personas Migrantes",
                                   "Conversatorio Virtual sobre Remesas"]
    assert ("iom", "organizer") in out[0][1]  # the value carried on to the indented line
    assert ("icrc", "participant") in out[0][1]
    assert not any(a == "iom" for a, _ in out[1][1])


def test_blocks_parted_by_a_blank_line_en(tools):
    out = _extract(tools, BLOCKS_EN, "en", "https://csmigraciones.org/en/areas/integration")
    assert [t for t, _ in out] == ["Meeting on Financial Inclusion of Migrants", "Virtual Dialogue on Remittances"]
    assert ("iom", "participant") in out[0][1]
    assert ("icrc", "participant") in out[0][1]
    assert not any(a == "iom" for a, _ in out[1][1])
