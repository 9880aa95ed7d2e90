"""Issue 13 (round 25, second pass): country pages - a table cell aligned with blanks that runs on over
several indented lines is one text: a role cue on its first line keeps the names on the next lines."""

from __future__ import annotations

import pytest
from test_extract import run
from test_roles_rules import ref, tools  # noqa: F401  (fixtures)

from rcpkg.loaders.layouts import parse_page
from rcpkg.loaders.records import Page
from rcpkg.loaders.sentences import split_sentences


def _table(head, rows):
    w = (44, 18, 12)
    out = ["".join(c.ljust(n) for c, n in zip(head, w)) + head[3]]
    for title, date, place, cell in rows:
        out.append("".join(c.ljust(n) for c, n in zip((title, date, place), w)) + cell[0])
        out += [" " * sum(w) + more for more in cell[1:]]
    return "\n".join(out)


_EN = ("Home / Member States / Colombia\n\nCOLOMBIA\n\nMember since 2001.\n\nActivities in Colombia\n\n"
       + _table(("Activity", "Date", "City", "Partners"), [
           ("Course on Consular Assistance to Nationals", "12 Jun 2021", "Bogotá",
            ["Organized by the Ministry of Foreign Affairs", "of Colombia and UNHCR; funded by the Government",
             "of Canada"]),
           ("Meeting on Migrant Health", "3 Mar 2017", "Cali",
            ["Hosted by the Ministry of Health"])])
       + "\n\nOther member states: Chile · Peru\n")
_ES = ("Inicio / Países / Colombia\n\nCOLOMBIA\n\nMiembro desde 2001.\n\nActividades en Colombia\n\n"
       + _table(("Actividad", "Fecha", "Ciudad", "Socios"), [
           ("Curso sobre Asistencia Consular", "12/06/2021", "Bogotá",
            ["Organizado por el Ministerio de Relaciones", "Exteriores de Colombia y ACNUR; financiado por",
             "el Gobierno de Canadá"]),
           ("Reunión sobre Salud de Migrantes", "3/03/2017", "Cali",
            ["Con sede en el Ministerio de Salud"])])
       + "\n\nOtros países miembros: Chile · Perú\n")


def _parse(text, lang):
    page = Page(path="t.txt", url="https://example.org/member-states/colombia", text=text, lang=lang,
                layout="country")
    return page, parse_page(page).events


@pytest.mark.parametrize("text, lang, first", [
    (_EN, "en", "Organized by the Ministry of Foreign Affairs"),
    (_ES, "es", "Organizado por el Ministerio de Relaciones"),
])
def test_run_on_cell_is_one_text(text, lang, first):
    page, evs = _parse(text, lang)
    ev = evs[0]
    assert ev.cells, "the run-on cell is marked"
    a = text.index(first)
    got = [" ".join(text[s.start:s.end].split()) for s in split_sentences(text, a, ev.cells[0][1], None, ev.cells)]
    assert got[0].startswith(first) and ("Colombia y ACNUR" in got[0] or "Colombia and UNHCR" in got[0])
    assert got[-1].endswith("Canada") or got[-1].endswith("Canadá")


@pytest.mark.parametrize("text, lang, org", [
    (_EN, "en", "UNHCR"),
    (_ES, "es", "ACNUR"),
])
def test_role_cue_keeps_its_objects_over_the_cell_lines(tools, text, lang, org):
    page, evs = _parse(text, lang)
    x = run(tools, page, evs[0])
    got = {(i.extracted.name if i.extracted else i.agent, i.role) for i in x.involvements}
    orgs = {r for n, r in got if n and (org in n or n in ("unhcr",))}
    assert "organizer" in {r for (_, r) in got}, got
    assert "funder" in {r for (_, r) in got}, got
    assert "mentioned" not in orgs, got


def test_without_cells_the_indented_line_is_not_joined():
    text = "Some prose line that ends here\n            indented footer line\n"
    assert len(split_sentences(text, 0, len(text) - 1, None)) == 2


# -- a timeline: a year heading, then each event's title line and its paragraph -------------------------

_YEARS_EN = ("Home > Member countries > Honduras\n\nHONDURAS\n\nMember since 1996.\n\nOur record in Honduras\n\n"
             "2021\n\nWorkshop on Labour Mobility\nOn 5 and 6 May 2021 the Ministry of Labour hosted this workshop "
             "in Tegucigalpa.\n\n"
             "2018\n\nDialogue with Diaspora Associations on Remittances\nThe Liaison Officers met in San Pedro Sula "
             "on 9 July 2018, with the Ministry of Foreign Affairs as host. UNICEF took part.\n")
_YEARS_ES = ("Inicio > Países > Honduras\n\nHONDURAS\n\nMiembro desde 1996.\n\nNuestro recorrido en Honduras\n\n"
             "2021\n\nTaller sobre Movilidad Laboral\nEl 5 y 6 de mayo de 2021 la Secretaría de Trabajo acogió este "
             "taller en Tegucigalpa.\n\n"
             "2018\n\nDiálogo con Asociaciones de la Diáspora sobre Remesas\nLos oficiales de enlace sesionaron en San "
             "Pedro Sula el 9 de julio de 2018, con la Cancillería como anfitriona. UNICEF participó.\n")


@pytest.mark.parametrize("text, lang, titles", [
    (_YEARS_EN, "en", ["Workshop on Labour Mobility", "Dialogue with Diaspora Associations on Remittances"]),
    (_YEARS_ES, "es", ["Taller sobre Movilidad Laboral", "Diálogo con Asociaciones de la Diáspora sobre Remesas"]),
])
def test_title_under_a_year_heading_needs_no_event_kind(text, lang, titles):
    page = Page(path="t.txt", url="https://example.org/member-countries/honduras", text=text, lang=lang,
                layout="country")
    evs = parse_page(page).events
    assert [e.titles[0].text for e in evs] == titles
    assert "UNICEF" in evs[1].span.exact and "UNICEF" not in evs[0].span.exact


def test_a_kindless_line_with_no_year_heading_above_stays_text():
    text = _YEARS_EN.replace("2018\n\n", "")
    page = Page(path="t.txt", url="https://example.org/member-countries/honduras", text=text, lang="en",
                layout="country")
    evs = parse_page(page).events
    assert [e.titles[0].text for e in evs] == ["Workshop on Labour Mobility"]
