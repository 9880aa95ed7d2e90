"""Issue 13 (round 25): country pages - a table aligned with blanks whose last cell runs on over lines."""

from __future__ import annotations

import pytest

from rcpkg.loaders.layouts import parse_page
from rcpkg.loaders.records import Page
from rcpkg.loaders.sentences import split_sentences


def _events(text, lang, url="https://example.org/member-states/ecuador"):
    page = Page(path="t.txt", url=url, text=text, lang=lang, layout="country")
    return parse_page(page).events


def _table(head, rows):
    w = (46, 20, 11)
    out = ["".join(c.ljust(n) for c, n in zip(head, w)) + head[3]]
    for title, date, place, cell in rows:
        out.append("".join(c.ljust(n) for c, n in zip((title, date, place), w)) + cell[0])
        out += [" " * sum(w) + more for more in cell[1:]]
    return "\n".join(out)


_EN = ("Home / Member States / Ecuador\n\nECUADOR\n\nMember since 2000.\n\nMeetings held in Ecuador\n\n"
       + _table(("Event", "When", "Where", "With"), [
           ("Forum on Refugee Integration in Cities", "4 May 2022", "Quito",
            ["Convened by the Ministry of Foreign Affairs of", "Ecuador; UNHCR and the Red Cross took part"]),
           ("Seminar on Border Health Services", "9 Oct 2018", "Tulcán",
            ["Hosted by the Ministry of Public Health"])])
       + "\n\nOther member states: Chile · Peru\n")
_ES = ("Inicio / Países / Ecuador\n\nECUADOR\n\nMiembro desde 2000.\n\nReuniones en Ecuador\n\n"
       + _table(("Evento", "Fecha", "Lugar", "Con"), [
           ("Foro sobre Integración de Refugiados", "4 de mayo de 2022", "Quito",
            ["Convocado por el Ministerio de Relaciones", "Exteriores; participaron ACNUR y la Cruz Roja"]),
           ("Seminario sobre Salud en Fronteras", "9/10/2018", "Tulcán",
            ["Organizado por el Ministerio de Salud Pública"])])
       + "\n\nOtros países miembros: Chile · Perú\n")


@pytest.mark.parametrize("text, lang, titles", [
    (_EN, "en", ["Forum on Refugee Integration in Cities", "Seminar on Border Health Services"]),
    (_ES, "es", ["Foro sobre Integración de Refugiados", "Seminario sobre Salud en Fronteras"]),
])
def test_aligned_table_rows_are_events_with_run_on_cells(text, lang, titles):
    evs = _events(text, lang)
    assert [e.titles[0].text for e in evs] == titles
    assert evs[0].dates.start.isoformat() == "2022-05-04"
    assert evs[0].place is not None and "Quito" in evs[0].place.span.exact
    desc = " ".join(evs[0].description.exact.split())
    assert desc.endswith("took part") or desc.endswith("Cruz Roja")  # the run-on line is the cell's


