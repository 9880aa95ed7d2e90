"""Country pages whose events are prose paragraphs opening with the event's name (issue 13, the sixth
held-out set's shape; rules development batch 19): the name ends at the sentence's verb, a colon, a
dash before the place and dates, or a comma and a participle or relative clause. Texts written for
these tests."""

from __future__ import annotations

from datetime import date

from rcpkg.loaders.layouts import blocks, parse_page
from rcpkg.loaders.layouts.country import _lead_title
from rcpkg.loaders.records import Page


def _name(text: str) -> str | None:
    ln = blocks.split_lines(text)[0]
    cut = _lead_title(ln)
    return None if cut is None else ln.text[:cut]


def test_the_name_ends_at_the_verb_colon_dash_or_participle():
    assert _name("Forum on Seasonal Work was convened in Tegucigalpa by the Ministry.") == "Forum on Seasonal Work"
    assert _name("Seminar on Border Health brought together officers in Lima on 3 May 2019.") == \
        "Seminar on Border Health"
    assert _name("Reunión de la Red de Enlace, celebrada en Quito el 3 de mayo de 2019.") == "Reunión de la Red de Enlace"
    assert _name("Taller sobre Niñas, Niños y Adolescentes: se realizó en Lima.") == "Taller sobre Niñas, Niños y Adolescentes"
    assert _name("Foro sobre Empleo, que tuvo lugar en Salto en 2021.") == "Foro sobre Empleo"
    assert _name("Webinar on Remittances — online, 7 July 2020. Convened by the bank.") == "Webinar on Remittances"
    # no event's name: a sentence's own subject, an intro, no event kind, no prose
    for text in ("The workshop was held in Lima on 3 May 2019.", "Este taller se realizó en Quito.",
                 "Member country since 1996. The events below took place in Honduras.",
                 "Honduran Red Cross was a partner of the network.", "Workshop on Data took place in Lima"):
        assert _name(text) is None, text


PAGE = """Inicio › Países › Chile
Chile
Eventos en este país
Taller sobre Registro Civil Migrante, celebrado en Santiago el 3 y 4 de mayo de 2018. Lo organizó el Servicio Nacional de Migraciones.
Reunión Binacional de Frontera: se realizó en línea el 9 de junio de 2020, convocada por la Cancillería.
También en Chile
Foro sobre Empleo Migrante tuvo lugar en Santiago del 1 al 3 de octubre de 2021.
Conferencia Suramericana sobre Migraciones · Secretaría Técnica
"""


def test_paragraphs_opening_with_the_name_are_the_page_events():
    r = parse_page(Page(path="p.txt", url="https://csmigraciones.org/es/pais/chile", text=PAGE, lang="es",
                        layout="country", country="CL"))
    got = [(e.titles[0].text, e.place.city_geonameid if e.place else None, e.online,
            e.dates and (e.dates.start, e.dates.end)) for e in r.events]
    assert got == [
        ("Taller sobre Registro Civil Migrante", 3871336, False, (date(2018, 5, 3), date(2018, 5, 4))),
        ("Reunión Binacional de Frontera", None, True, (date(2020, 6, 9), None)),
        ("Foro sobre Empleo Migrante", 3871336, False, (date(2021, 10, 1), date(2021, 10, 3))),
    ]
    assert r.events[0].description.exact.startswith("celebrado en Santiago")
    assert "También" not in r.events[1].description.exact


def test_under_the_list_heading_a_title_with_no_event_kind_opens_a_dated_paragraph():
    ln = blocks.split_lines("Dialogue on Refugee Integration: it took place in Belize City on 11 October 2022.")[0]
    assert _lead_title(ln, listed=True) == len("Dialogue on Refugee Integration")
    assert _lead_title(ln) is None  # without the page's list heading an event kind is needed
    ln = blocks.split_lines("Honduran Red Cross Society was a partner of the network.")[0]
    assert _lead_title(ln, listed=True) is None  # no date: no event
