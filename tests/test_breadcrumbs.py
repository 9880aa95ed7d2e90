"""A breadcrumb trail at the top of a page is navigation, never the event's title."""

import pytest

from loaders.layouts.blocks import is_navigation
from rcpkg.loaders.layouts import parse_page
from rcpkg.loaders.records import Page


@pytest.mark.parametrize("line", [
    "Home › Events", "Inicio › Eventos", "Inicio » Eventos", "Home » News » 2019",
    "Home > News", "Inicio / Noticias", "Página de inicio › Eventos", "Events > 2019 > Workshop",
    "Home › Events › South American Forum on Migrant Health",
])
def test_breadcrumb_trails_are_navigation(line):
    assert is_navigation(line)


@pytest.mark.parametrize("line", [
    "Taller «Migración segura»", "Webinar | Migration and Health", "Workshop on > 100 cases",
    "XX Conferencia / Reunión Viceministerial", "Strategy 2020 > 2030", "Regional Workshop on Labour Recruitment",
])
def test_titles_with_those_marks_are_not(line):
    assert not is_navigation(line)


PAGES = {
    "en": "Skip to main content\nHome › Events\nWorkshop on Consular Protection of Migrants\nAbout the event:\n"
          "The workshop was organized by the RCM Technical Secretariat.\nMonday, May 6, 2019\nSan José, Costa Rica\n",
    "es": "Saltar al contenido principal\nInicio › Eventos\nTaller sobre Protección Consular de Personas Migrantes\n"
          "Acerca del evento:\nEl taller fue organizado por la Secretaría Técnica de la CRM.\n6 de mayo de 2019\n"
          "San José, Costa Rica\n",
}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_an_event_page_under_a_breadcrumb_takes_its_title_from_the_next_line(lang):
    result = parse_page(Page(path="e.txt", url="https://crmsv.org/events/x", text=PAGES[lang], lang=lang, layout="event"))
    assert [e.titles[0].text for e in result.events] == [PAGES[lang].splitlines()[2]]
