"""Issue 13, dates on whole pages: date-time lines of event pages and fields,
numeric dates by the page's convention (or a warning), and a date's evidence
that is the date phrase only, so the bodies named around it are still found."""

from __future__ import annotations

from datetime import date

import pytest
from rdflib import URIRef

from rcpkg.loaders.extract import extract
from rcpkg.loaders.gazetteer import Gazetteer
from rcpkg.loaders.layouts import parse_page
from rcpkg.loaders.records import Page
from rcpkg.loaders.reference import load_reference
from rcpkg.loaders.themes import ThemeMatcher
from rcpkg.loaders.triples import page_graph
from rcpkg.namespaces import OA, RCP
from rcpkg.resources import reference_dir


def _event_page(title: str, date_text: str, city: str, *, about: str, coordinating: str) -> str:
    return (f"{title}\n{about}\nThe event gathers officials of the Member Countries.\n{date_text}\n{city}\n"
            f"{coordinating}\n")


def _parse(text: str, lang: str, url: str = "https://rcmvs.org/en/events/x"):
    page = Page(path="page.txt", url=url, text=text, lang=lang)
    return page, parse_page(page)


@pytest.mark.parametrize("title,date_text,lang,start,end,phrase", [
    ("Regional Workshop on Labour Migration", "Tuesday, March 5, 2019 - 10:00 to 16:00", "en",
     date(2019, 3, 5), None, "Tuesday, March 5, 2019"),
    ("Seminar on Border Health", "Tue, 03/05/2019 - 10:00", "en", date(2019, 3, 5), None, "Tue, 03/05/2019"),
    ("Taller sobre Protección Consular", "Martes, 5 de marzo de 2019 - 10:00 a 16:00", "es",
     date(2019, 3, 5), None, "Martes, 5 de marzo de 2019"),
    ("Training on Migrant Smuggling", "5 March 2019, 10:00–16:00", "en", date(2019, 3, 5), None, "5 March 2019"),
    ("Forum on Migration and Health",
     "Wednesday, April 3, 2019 - 09:00 to Friday, April 5, 2019 - 17:00", "en",
     date(2019, 4, 3), date(2019, 4, 5), "Wednesday, April 3, 2019 - 09:00 to Friday, April 5, 2019"),
    ("Reunión del Grupo Ad Hoc sobre Niñez Migrante", "Del 28 de febrero al 1 de marzo de 2019", "es",
     date(2019, 2, 28), date(2019, 3, 1), "Del 28 de febrero al 1 de marzo de 2019"),
    ("Workshop on Return and Reintegration", "Date: March 30 - April 1, 2019", "en",
     date(2019, 3, 30), date(2019, 4, 1), "March 30 - April 1, 2019"),
    ("Curso sobre Trata de Personas", "Fecha: 30 de diciembre de 2018 al 2 de enero de 2019", "es",
     date(2018, 12, 30), date(2019, 1, 2), "30 de diciembre de 2018 al 2 de enero de 2019"),
    ("Taller sobre Migración Laboral", "05/03/2019 - 10:00", "es", date(2019, 3, 5), None, "05/03/2019"),
])
def test_event_page_date_lines(title, date_text, lang, start, end, phrase):
    about = "About the event:" if lang == "en" else "Acerca del evento:"
    coord = "Coordinating institution: IOM" if lang == "en" else "Institución Coordinadora: OIM"
    text = _event_page(title, date_text, "San José", about=about, coordinating=coord)
    page, result = _parse(text, lang)
    (ev,) = result.events
    assert ev.dates is not None, result.warnings
    assert (ev.dates.start, ev.dates.end) == (start, end)
    assert ev.dates.span.exact == phrase == page.text[ev.dates.span.start:ev.dates.span.end]
    assert ev.place is not None and ev.place.city_geonameid == 3621849  # the date line is not the place
    assert not [w for w in result.warnings if "date" in w.message]


@pytest.mark.parametrize("date_text,lang", [
    ("03/05/2019 - 10:00", "en"),  # English: day/month and month/day are both common
    ("Date: 04.06.2019", "en"),
    ("Sunday, 03/05/2019 - 10:00", "es"),  # the weekday fits neither 3 May nor 5 March
])
def test_event_page_ambiguous_numeric_date_is_unknown_with_a_warning(date_text, lang):
    text = _event_page("Workshop on Consular Protection", date_text, "Tegucigalpa",
                       about="About the event:", coordinating="Coordinating institution: IOM")
    _, result = _parse(text, lang)
    (ev,) = result.events
    assert ev.dates is None
    (w,) = [w for w in result.warnings if "day/month" in w.message or "weekday" in w.message]
    assert w.line == 4 and w.value == date_text.split(": ")[-1]
    # the date line is taken as the date line: not a venue, not the place
    assert ev.venue is None and ev.place is not None and ev.place.city_geonameid == 3600949


def test_english_event_page_whose_other_dates_fix_the_order():
    text = ("Workshop on Labour Migration\nAbout the event:\nRegistration for the workshop by the national delegations closes on 02/25/2019.\n"
            "03/05/2019 - 10:00 to 16:00\nSan José\n")
    _, result = _parse(text, "en")
    (ev,) = result.events
    assert ev.dates is not None and ev.dates.start == date(2019, 3, 5)


START_DATE = URIRef("https://schema.org/startDate")

FIELDS_ES = """Eventos de la Red
Taller sobre Protección Consular
Ciudad
Managua
Fecha
05/03/2019 - 09:00
Acerca del evento
Un taller.
Institución Coordinadora
OIM
Foro sobre Salud y Migración
Ciudad
San José
Fecha
Martes, 30 de abril de 2019 - 09:00 a Jueves, 2 de mayo de 2019 - 13:00
Acerca del evento
Un foro.
Institución Coordinadora
OPS
"""

FIELDS_EN = """Events of the Network
Workshop on Consular Protection
City
Managua
Date
03/05/2019 - 09:00
About the event
A workshop.
Coordinating institution
IOM
Forum on Health and Migration
City
San José
Date
Thu, 05/02/2019 - 09:00
About the event
A forum.
Coordinating institution
PAHO
"""


def test_fields_page_spanish_numeric_dates_read_day_first():
    _, result = _parse(FIELDS_ES, "es", "https://crmsv.org/es/taxonomy/term/7")
    assert result.layout == "fields"
    a, b = result.events
    assert (a.dates.start, a.dates.end, a.dates.span.exact) == (date(2019, 3, 5), None, "05/03/2019")
    assert (b.dates.start, b.dates.end) == (date(2019, 4, 30), date(2019, 5, 2))


def test_fields_page_english_numeric_dates_only_with_a_weekday():
    _, result = _parse(FIELDS_EN, "en", "https://rcmvs.org/en/taxonomy/term/7")
    a, b = result.events
    assert a.dates is None
    (w,) = [w for w in result.warnings if "date not understood" in w.message]
    assert w.line == 5 and w.value  # the field's label line == "03/05/2019 - 09:00" and "day/month" in w.message
    assert "Workshop on Consular Protection" in w.message
    assert (b.dates.start, b.dates.span.exact) == (date(2019, 5, 2), "Thu, 05/02/2019")  # Thursday 2 May


@pytest.fixture(scope="module")
def tools():
    ref = load_reference(reference_dir())
    return Gazetteer.from_reference(ref), ThemeMatcher.from_reference(ref)


LISTING_ES = """Saltar al contenido principal
XXV CRM XXV CRM

De acuerdo con la estructura de la CRM, la Red de Funcionarios de Enlace en Protección Consular se reunió durante la mañana del 12 de noviembre, mientras que el Grupo Regional de Consulta sobre Migración (GRCM) se reunió en la tarde del mismo día y el 13th, en preparación de la Reunión Viceministerial que se llevó a cabo el 14 y 15 de noviembre de 2019.

Ciudad de México
Taller sobre Integridad de Pasaportes Taller sobre Integridad de Pasaportes San Salvador
"""

LISTING_EN = """Skip to main content
XXIV RCM XXIV RCM

According to the structure of the RCM, the meetings of the Liaison Officers Network for Consular Protection took place during the morning of June 26th, while the Regional Consultation Group on Migration (RCGM) met during the afternoon of the same day and on the 27th, before the Vice-Ministerial meeting which took place on June 28th, 2018.

Guatemala City
Workshop on Passport Integrity Workshop on Passport Integrity San Salvador
"""


@pytest.mark.parametrize("text,lang,start,end,phrases", [
    (LISTING_ES, "es", date(2019, 11, 12), date(2019, 11, 15),
     ["14 y 15 de noviembre de 2019", "12 de noviembre", "13th"]),
    (LISTING_EN, "en", date(2018, 6, 26), date(2018, 6, 28), ["June 28th, 2018", "June 26th", "27th"]),
])
def test_date_evidence_is_the_phrases_and_the_bodies_inside_are_found(tools, text, lang, start, end, phrases):
    """Issue 13: the span of a sequence's dates ran from the first day to the year and
    swallowed the consultation group and the vice-ministerial meeting named in between."""
    url = "https://crmsv.org/es/eventos" if lang == "es" else "https://crmsv.org/events"
    page, result = _parse(text, lang, url)
    ev = result.events[0]
    assert (ev.dates.start, ev.dates.end) == (start, end)
    assert [ev.dates.span.exact] + [p.exact for p in ev.dates.parts] == phrases
    found = {i.agent for i in extract(page, ev, *tools).involvements}
    assert {"rcm-rcgm", "rcm-vice-ministerial-meeting"} <= found, found
    # the store's evidence for the dates quotes the date phrases only
    g = page_graph(result, {0: extract(page, ev, *tools)}).graph()
    quotes = set()
    for ann in g.subjects(RCP.evidenceFor, START_DATE):
        for target in g.objects(ann, OA.hasTarget):
            for sel in g.objects(target, OA.hasSelector):
                quotes |= {str(x) for x in g.objects(sel, OA.exact)}
    assert quotes == set(phrases)


@pytest.mark.parametrize("text,lang,start", [
    ("Workshop on Labour Migration\nAbout the event:\nA workshop for labour officials.\n"
     "Registration deadline: February 25, 2019\nMarch 30 - April 1, 2019\nSan José\n", "en", date(2019, 3, 30)),
    ("Taller sobre Migración Laboral\nAcerca del evento:\nUn taller para funcionarios.\n"
     "Fecha límite de inscripción: 25/02/2019\n8 y 9 de mayo de 2019\nSan José\n", "es", date(2019, 5, 8)),
])
def test_a_deadline_line_is_not_the_event_date(text, lang, start):
    _, result = _parse(text, lang)
    (ev,) = result.events
    assert ev.dates is not None and ev.dates.start == start


LISTING_DATE_LINES = """Skip to main content
XXIV RCM XXIV RCM

The annual vice-ministerial meeting of the RCM.
Tuesday, June 26, 2018 - 09:00 to Thursday, June 28, 2018 - 17:00

Guatemala City
Taller sobre Integridad de Pasaportes Taller sobre Integridad de Pasaportes

Un taller regional sobre documentos de viaje.
Martes, 5 de marzo de 2019 - 10:00 a 16:00

San Salvador
Workshop on Consular Protection Workshop on Consular Protection

A workshop for consular officials.
03/05/2019 - 10:00 to 16:00

Tegucigalpa
"""


def test_listing_entries_dated_by_a_date_time_line():
    """A listing that prints each entry's date as a content management system does
    gave no date and no warning."""
    page, result = _parse(LISTING_DATE_LINES, "en", "https://crmsv.org/events?page=2")
    a, b, c = result.events
    assert (a.dates.start, a.dates.end) == (date(2018, 6, 26), date(2018, 6, 28))
    assert (b.dates.start, b.dates.end, b.dates.span.exact) == (date(2019, 3, 5), None, "Martes, 5 de marzo de 2019")
    assert c.dates is None
    (w,) = [w for w in result.warnings if "day/month" in w.message]
    assert w.line == 17 and w.value == "03/05/2019 - 10:00 to 16:00"
    for ev in (a, b):
        assert page.text[ev.dates.span.start:ev.dates.span.end] == ev.dates.span.exact


@pytest.mark.parametrize("start_line,end_line,lang", [
    ("Start date: June 13, 2019", "End date: June 14, 2019", "en"),
    ("Fecha de inicio: 13 de junio de 2019", "Fecha de finalización: 14 de junio de 2019", "es"),
    ("Begins: Thursday, June 13, 2019 - 09:00", "Ends: Friday, June 14, 2019 - 13:00", "en"),
    ("Inicio: 13/06/2019 - 09:00", "Fin: 14/06/2019 - 13:00", "es"),
])
def test_start_and_end_lines_are_one_range_not_a_venue(start_line, end_line, lang):
    text = (f"Workshop on Consular Protection\nAbout the event:\nA workshop.\n{start_line}\n{end_line}\n"
            f"San José\nHotel Barceló\n")
    page, result = _parse(text, lang)
    (ev,) = result.events
    assert (ev.dates.start, ev.dates.end) == (date(2019, 6, 13), date(2019, 6, 14))
    assert ev.venue.exact == "Hotel Barceló" and ev.place.city_geonameid == 3621849
    for sp in (ev.dates.span, *ev.dates.parts):
        assert page.text[sp.start:sp.end] == sp.exact and sp.exact[:2] in ("Ju", "13", "Th", "Fr", "14")


@pytest.mark.parametrize("sentence,lang,start,end", [
    ("Se realizó el taller los días 8 y 9 de mayo de 2018 en la sede de la Cancillería.", "es",
     date(2018, 5, 8), date(2018, 5, 9)),
    ("Los días 8 y 9 de mayo de 2018 se llevó a cabo la reunión con las delegaciones.", "es",
     date(2018, 5, 8), date(2018, 5, 9)),
    ("Se llevó a cabo del 30 de noviembre al 2 de diciembre de 2016 con delegados de once países.", "es",
     date(2016, 11, 30), date(2016, 12, 2)),
    ("Tuvo lugar el 5 de marzo de 2019 en la ciudad capital.", "es", date(2019, 3, 5), None),
    ("Took place on March 30 - April 1, 2019 with officials of eleven countries.", "en",
     date(2019, 3, 30), date(2019, 4, 1)),
    ("On December 30, 2018 – January 2, 2019 the regional seminar was held with eleven delegations.", "en",
     date(2018, 12, 30), date(2019, 1, 2)),
])
def test_a_description_sentence_that_dates_its_own_event(sentence, lang, start, end):
    text = f"Skip to main content\nWorkshop on Border Management Workshop on Border Management\n\n{sentence}\n\nSan José\n"
    _, result = _parse(text, lang, "https://crmsv.org/events?page=5")
    (ev,) = result.events
    assert ev.dates is not None and (ev.dates.start, ev.dates.end) == (start, end)


@pytest.mark.parametrize("sentence,lang", [
    # the date is another meeting's: a relative clause, or a date that is not the verb's own
    ("Se revisaron los acuerdos de la reunión que se realizó el 5 de marzo de 2019.", "es"),
    ("Se llevó a cabo en el marco de la XXI CRM, celebrada el 17 de noviembre de 2016.", "es"),
    ("Follow-up of the agreements adopted on March 5, 2019 by the Vice-Ministers.", "en"),
    ("Took place as agreed at the XXI RCM of November 17, 2016.", "en"),
])
def test_a_sentence_dating_another_meeting_gives_no_date(sentence, lang):
    text = f"Skip to main content\nWorkshop on Border Management Workshop on Border Management\n\n{sentence}\n\nSan José\n"
    _, result = _parse(text, lang, "https://crmsv.org/events?page=5")
    (ev,) = result.events
    assert ev.dates is None


COUNTRY = """Skip to main content
Honduras
Workshop on Consular Protection
Tuesday, March 5, 2019 - 10:00 to 16:00
General Objective
To strengthen consular protection.
Taller sobre Trata de Personas
Objetivo General
Fortalecer la identificación de víctimas. El taller se realizó el 8 y 9 de mayo de 2018.
Meeting of the Working Group
General Objective
To review the agreements of the meeting that took place on June 4, 2019.
"""


def test_country_page_events_dated_by_their_own_text():
    """Country pages gave no dates at all."""
    _, result = _parse(COUNTRY, "en", "https://crmsv.org/en/country/honduras")
    a, b, c = result.events
    assert (a.dates.start, a.dates.end) == (date(2019, 3, 5), None)
    assert (b.dates.start, b.dates.end) == (date(2018, 5, 8), date(2018, 5, 9))
    assert c.dates is None  # the date is another meeting's


@pytest.mark.parametrize("url,lang,text", [
    ("https://crmsv.org/events?page=4", "en", "Skip to main content\nWorkshop on Border Management Workshop on "
     "Border Management\n\nA regional workshop.\nStart date: June 13, 2019\nEnd date: June 14, 2019\n\nSan José\n"),
    ("https://crmsv.org/es/pais/honduras", "es", "Honduras\nTaller sobre Gestión Fronteriza\nFecha de inicio: "
     "13 de junio de 2019\nFecha de finalización: 14 de junio de 2019\nObjetivo General\nFortalecer la gestión.\n"),
])
def test_start_and_end_lines_in_listings_and_country_pages(url, lang, text):
    _, result = _parse(text, lang, url)
    (ev,) = result.events
    assert (ev.dates.start, ev.dates.end) == (date(2019, 6, 13), date(2019, 6, 14))
