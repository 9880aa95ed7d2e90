"""Issue 13 (rules5): listing entry heads, and dates, places and country offices said in sentences.

The rules were developed on tests/fixtures/rules_dev/batch11 to batch13; these are their unit
tests on small hand-made texts (the batches are scored by tests/test_roles_dev.py).
"""

from __future__ import annotations

from datetime import date

from rcpkg.loaders.layouts import blocks, heads, parse_page
from rcpkg.loaders.layouts.locations import place_in_sentence
from rcpkg.loaders.records import Page


def _page(text: str, layout: str, lang: str = "en", url: str = "https://crmsv.org/events", country=None):
    return parse_page(Page(path="t.txt", url=url, text=text, lang=lang, layout=layout, country=country))


def _line(text: str) -> blocks.Line:
    return blocks.split_lines(text)[0]


def test_a_meta_line_is_only_a_place_and_a_date():
    m = heads.meta_line(_line("Tegucigalpa, Honduras | 4 y 5 de junio de 2019"))
    assert [(p.kind, p.labelled) for p in m.parts] == [("place", False), ("date", False)]
    m = heads.meta_line(_line("Lugar: Virtual — Fecha: 17 de septiembre de 2020"))
    assert [(p.kind, p.labelled) for p in m.parts] == [("place", True), ("date", True)] and m.strong
    assert heads.meta_line(_line("Date: 14 - 16 August 2018")).kinds == {"date"}
    assert not heads.meta_line(_line("Tegucigalpa")).strong  # a plain place line: as other listings close entries
    for text in ("Taller sobre Protección de Personas Desplazadas por Desastres",
                 "Organized by the SACM Technical Secretariat. Financial support: European Union.",
                 "Location: the meeting was moved to the capital city at the last minute."):
        assert heads.meta_line(_line(text)) is None, text


HEADED = """Skip to main content
Home › Events
Events
Workshop on Data
Date: 14 - 16 August 2018
Organized by the SACM Technical Secretariat with the support of the IOM.
Location: Buenos Aires, Argentina

Dialogue on Health
Date: 23 June 2020
Convened by PAHO.
Location: Online event

Forum on Work
Ciudad de Guatemala
Forum coordinated by the ILO.

Page 6 of 11
A Person Name
"""


def test_a_headed_listing_is_cut_entry_by_entry():
    r = _page(HEADED, "listing")
    assert [e.titles[0].text for e in r.events] == ["Workshop on Data", "Dialogue on Health", "Forum on Work"]
    a, b, c = r.events
    assert (a.dates.start, a.dates.end, a.place.city_geonameid) == (date(2018, 8, 14), date(2018, 8, 16), 3435910)
    assert a.description.exact == "Organized by the SACM Technical Secretariat with the support of the IOM."
    assert b.online and b.dates.start == date(2020, 6, 23)
    assert c.place.city_geonameid == 3598132 and c.dates is None
    assert c.description.exact == "Forum coordinated by the ILO."
    # the pager and the last line are outside every entry, noted by line number only
    assert not any("Person" in x or "Page 6" in x for x in r.skipped)
    assert any(x == "outside any entry: line 19" for x in r.skipped)


def test_a_listing_closing_entries_with_a_place_line_is_not_headed():
    text = "Taller A Taller A\n\nDescripción del taller.\n\nSan José\nTaller B\n\nOtra descripción.\n\nManagua\n"
    lines = blocks.split_lines(text)
    assert not heads.is_headed(lines)
    assert [e.titles[0].text for e in _page(text, "listing", "es").events] == ["Taller A", "Taller B"]


def test_a_sentence_dates_and_places_the_event():
    r = _page("Saltar al contenido principal\nMéxico\nEventos en este país\nEncuentro sobre Niñez\nObjetivo General\n"
              "Fortalecer la coordinación.\nComentarios: El encuentro se realizó del 3 al 5 de mayo de 2019 en Tapachula. "
              "Fue organizado por la Secretaría de Gobernación de México.\n"
              "Taller sobre Asistencia\nObjetivo General\nMejorar la atención.\n"
              "Comentarios: Organizado por la Secretaría de Relaciones Exteriores, en Tijuana, el 12 de noviembre de 2020.\n",
              "country", "es", "https://crmsv.org/es/pais/mexico", "MX")
    a, b = r.events
    assert (a.dates.start, a.dates.end, a.place.city_geonameid) == (date(2019, 5, 3), date(2019, 5, 5), 3516266)
    assert (b.dates.start, b.place.city_geonameid) == (date(2020, 11, 12), 3981609)


def test_places_said_in_sentences():
    for text, where in (("Comments: Held in Panama City on 21 and 22 February 2023.", "Panama City"),
                        ("Comentarios: Reunión celebrada en Tegucigalpa bajo la coordinación de la OIM.", "Tegucigalpa"),
                        ("Comments: Convened by SICA with funding from the EU, on 12-13 March 2018 in Puebla.", "Puebla"),
                        ("Comments: Forum organized by the Bank of Guatemala. Guatemala City, 9 October 2020.",
                         "Guatemala City")):
        what, span = place_in_sentence(text, 0)
        assert (what, span.exact) == ("place", where), text
    assert place_in_sentence("Comentarios: Encuentro en línea del 25 de noviembre de 2020, a cargo de X.", 0)[0] == "online"
    # a place that is another event's, or no place at all, gives nothing
    assert place_in_sentence("Comments: The results of the meeting in Lima were presented by IOM.", 0) is None


def test_a_description_opening_with_its_date_dates_the_event():
    r = _page("Training on Statistics Training on Statistics\n\nTuesday, September 10, 2019 - 09:00 to Thursday, "
              "September 12, 2019 - 17:00. Convened by SICA.\n\nSan Salvador, El Salvador\n", "listing")
    assert (r.events[0].dates.start, r.events[0].dates.end) == (date(2019, 9, 10), date(2019, 9, 12))


DOUBLED = """Saltar al contenido principal
Taller sobre Fronteras Seguras Taller sobre Fronteras Seguras
Taller organizado por la Cancillería con el apoyo de la OIM.

Ciudad de Panamá
Foro sobre Movilidad Laboral Foro sobre Movilidad Laboral
Fecha: 8 y 9 de mayo de 2019
Foro convocado por el Ministerio de Trabajo.

Managua, Nicaragua
Diálogo sobre Retorno
Thu, 10/08/2020 - 10:00 to Fri, 10/09/2020 - 12:00
Diálogo a cargo de la Secretaría Técnica.

En línea
"""


def test_a_doubled_title_starts_its_entry_in_a_headed_listing():
    # issue 13 (the crmsv.org shape): a date line under some titles makes the page headed; the title
    # printed twice, and the title after a closing place line, each start their entry: the description
    # is never taken for a title, nor a title for the entry above's description
    r = _page(DOUBLED, "listing", "es")
    assert [e.titles[0].text for e in r.events] == [
        "Taller sobre Fronteras Seguras", "Foro sobre Movilidad Laboral", "Diálogo sobre Retorno"]
    a, b, c = r.events
    assert a.place.city_geonameid == 3703443 and a.dates is None
    assert a.description.exact == "Taller organizado por la Cancillería con el apoyo de la OIM."
    assert b.place.city_geonameid == 3617763 and (b.dates.start, b.dates.end) == (date(2019, 5, 8), date(2019, 5, 9))
    assert c.online and (c.dates.start, c.dates.end) == (date(2020, 10, 8), date(2020, 10, 9))
    assert c.description.exact == "Diálogo a cargo de la Secretaría Técnica."
