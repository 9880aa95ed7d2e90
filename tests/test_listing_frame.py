"""issue 13: a listing's frame (the site's name over its menu bar, the footer after the page numbers) is
no event."""

import pytest

from rcpkg.loaders.layouts import blocks, parse_page
from rcpkg.loaders.records import Page


@pytest.mark.parametrize("line", [
    "Home   About us   Our work   Events   Contact", "Inicio | Quiénes somos | Eventos | Contacto",
    "Inicio   Noticias   Publicaciones   Países miembros",
])
def test_a_menu_bar_is_navigation(line):
    assert blocks.is_navigation(line)


@pytest.mark.parametrize("line", [
    "Seminar on Border Health   Lima", "Taller de Protección Consular | Sesión 2 | Guatemala",
    "Meeting | Documents on return | Contact points of the network",
])
def test_a_title_with_gaps_is_not(line):
    assert not blocks.is_navigation(line)


PAGES = {
    "en": ("Skip to main content\nConference of Migration Offices\nHome   About us   Events   Contact\nEVENTS\n"
           "Seminar on Labour Mobility Seminar on Labour Mobility\n\nThe seminar was organized by the Ministry of "
           "Labour of Peru.\n\nLima\nRead more\nWorkshop on Return Workshop on Return\n\nA workshop for consular "
           "officers.\n\nQuito\n« first ‹ previous 1 2 3 next › last »\n"
           "Conference of Migration Offices | Secretariat | San Salvador, El Salvador\n"),
    "es": ("Saltar al contenido principal\nConferencia de Oficinas de Migración\nInicio   Quiénes somos   Eventos   "
           "Contacto\nEVENTOS\nSeminario sobre Movilidad Laboral Seminario sobre Movilidad Laboral\n\nEl seminario "
           "fue organizado por el Ministerio de Trabajo del Perú.\n\nLima\nLeer más\nTaller sobre Retorno Taller "
           "sobre Retorno\n\nUn taller para funcionarios consulares.\n\nQuito\n"
           "« primera ‹ anterior 1 2 3 siguiente › última »\n"
           "Conferencia de Oficinas de Migración | Secretaría | San Salvador, El Salvador\n"),
}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_the_site_name_and_the_footer_are_no_events(lang):
    result = parse_page(Page(path="l.txt", url="https://crmsv.org/events", text=PAGES[lang], lang=lang,
                             layout="listing"))
    titles = [e.titles[0].text for e in result.events]
    assert len(titles) == 2 and titles[0].startswith(("Seminar", "Seminario"))
    assert [e.place.span.exact for e in result.events] == ["Lima", "Quito"]
    assert any(s.startswith("footer after the pager") for s in result.skipped)
    assert any(s.startswith("site header") for s in result.skipped)
