"""Places and dates (issue 13, fields15): two ISO dates with a slash between them; a text that opens with its place
and date where the place is a city and its country ("Tacna, Perú, …", "Puno (Perú), …"), the date set apart by a
dash or a bar, or the place a way of meeting online ("Por videoconferencia, …"); a city that received or hosted the
event; a verb of doing with the place before the event, or with the event and then its place before its date; a
numeric date that reads two ways opening the sentence before its place; "Cartagena de Indias".
Texts written for these tests (no held-out page's wording)."""

from __future__ import annotations

from datetime import date

from rcpkg.loaders.dates import date_line, date_phrases, find_dates
from rcpkg.loaders.layouts.assemble import Ctx, description_dates
from rcpkg.loaders.layouts.blocks import split_lines
from rcpkg.loaders.layouts.locations import Location, place_from_prose, place_in_sentence
from rcpkg.loaders.places import resolve_place
from rcpkg.loaders.records import Page, Span


def _ctx(text: str, lang: str = "en") -> Ctx:
    return Ctx(Page(path="p.txt", url="https://example.org/news", text=text, lang=lang, layout="listing"))


def _dates(text: str, lang: str = "en"):
    d = description_dates(_ctx(text, lang), Span(0, len(text), text))
    return (d.start, d.end) if d else None


def _place(text: str, lang: str = "en"):
    ctx = _ctx(text, lang)
    loc = Location()
    place_from_prose(ctx, loc, [ln for ln in split_lines(text) if not ln.blank], "Event")
    if loc.online:
        return "online"
    return (loc.place.span.exact, loc.place.city_label_en, loc.place.country_code) if loc.place else None


# -- ISO dates with a slash between --------------------------------------------------------------------------------

def test_iso_range_with_a_slash():
    for text, want in (("2022-04-04 / 2022-04-06", (date(2022, 4, 4), date(2022, 4, 6))),
                       ("2019-11-28/2019-11-29", (date(2019, 11, 28), date(2019, 11, 29))),
                       ("2021/03/01 - 2021/03/02", (date(2021, 3, 1), date(2021, 3, 2)))):
        d = date_line(text)
        assert d is not None and (d.start, d.end) == want and d.span.exact == text, text
    # an end before the start is no range
    assert not any(d.end for d in find_dates("2022-04-06 / 2022-04-04"))


# -- the place, then the date, opening the text ---------------------------------------------------------------

def test_city_and_country_then_date_es():
    text = "Tacna, Perú, jueves 12 de mayo de 2022. La Cancillería convocó a las autoridades de frontera."
    assert _dates(text, "es") == (date(2022, 5, 12), None)
    assert _place(text, "es") == ("Tacna, Perú", "Tacna", "PE")


def test_city_with_its_country_in_brackets_then_date_en():
    text = "Puno (Peru), 8 and 9 August 2018. The Ministry of the Interior organized the sessions with UNHCR."
    assert _dates(text) == (date(2018, 8, 8), date(2018, 8, 9))


def test_place_then_dash_or_bar_then_date():
    text = "Cusco, Peru — 21-22 October 2019. The delegations approved a work plan."
    assert _dates(text) == (date(2019, 10, 21), date(2019, 10, 22))
    assert _place(text) == ("Cusco, Peru", "Cusco", "PE")
    text = "Quito | 2 de febrero de 2017. Las delegaciones revisaron la hoja de ruta."
    assert _dates(text, "es") == (date(2017, 2, 2), None)
    assert _place(text, "es") == ("Quito", "Quito", "EC")


def test_online_way_then_date():
    text = "Por videoconferencia, viernes 3 de julio de 2020. Las autoridades compartieron sus protocolos."
    assert _dates(text, "es") == (date(2020, 7, 3), None)
    assert _place(text, "es") == "online"
    text = "By videoconference – 15 January 2021. The focal points met to review the guide."
    assert _dates(text) == (date(2021, 1, 15), None)
    assert _place(text) == "online"


def test_a_sentence_is_no_place_before_a_date():
    # the words before the date are a sentence, not a place: no date is taken for the event
    assert _dates("The network, created on 4 May 2019, now meets every year.") is None


# -- a city that received the event; a verb of doing and the place ------------------------------------------------

def test_city_received_the_event():
    assert _place("In May 2016, Tegucigalpa welcomed the Regional Forum on Labour Migration.") == \
        ("Tegucigalpa", "Tegucigalpa", "HN")
    assert _place("El 2 de abril de 2019, Quetzaltenango acogió el taller de la Red.", "es") == \
        ("Quetzaltenango", "Quetzaltenango", "GT")
    # a country is the host (a role), no place; a city inside a body's name receives nothing
    assert _place("Honduras hosted the forum of the network.") is None
    assert _place("The Embassy of Mexico in Managua hosted the workshop.") is None


def test_verb_place_then_event():
    assert _place("The Ministry of Labour organized in Cali a seminar on seasonal work.") == ("Cali", "Cali", "CO")
    assert _place("La Defensoría convocó en Cochabamba un encuentro de defensores.", "es")[1] == "Cochabamba"


def test_verb_event_title_then_place_before_date():
    assert _place("Peru hosted the III Regional Workshop on Trafficking in Persons in Trujillo on 4 and 5 June 2014.") \
        == ("Trujillo", "Trujillo", "PE")
    assert _place("La OIM organizó el Seminario de Retorno Seguro en Santa Cruz el 9 de marzo de 2017.", "es")[1] \
        == "Santa Cruz"


def test_numeric_date_that_reads_two_ways_opens_the_sentence():
    assert date_phrases("El 04/06/2019, en Cobán") == [(3, 13)]
    assert _place("El 04/06/2019, en Cobán, la Cancillería fue anfitriona del taller.", "es")[1] == "Cobán"
    assert _place("On 04/06/2019, in Puno, the Ministry hosted the meeting.") == ("Puno", "Puno", "PE")


# -- the gazetteer ---------------------------------------------------------------------------------------------

def test_cartagena_de_indias():
    for name in ("Cartagena de Indias", "Cartagena de Indias, Colombia", "Cartagena"):
        res = resolve_place(name, alternates=False)
        assert res.city is not None and res.city.geonameid == 3687238 and res.country.iso2 == "CO", name


def test_place_in_sentence_offsets():
    text = "Lo organizó la Cancillería. Del 3 al 4 de marzo de 2020, Santa Ana recibió el encuentro regional."
    found = place_in_sentence(text, 100)
    assert found is not None and found[0] == "place"
    assert found[1].start == 100 + text.index("Santa Ana") and found[1].exact == "Santa Ana"
