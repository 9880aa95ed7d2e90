"""The news layout (issue 15): articles and press releases that report a meeting of the
processes, read from pages written for these tests (tests/fixtures/news, English and
Spanish), then `rcpkg build` and `rcpkg query` on them."""

from __future__ import annotations

import csv
import io
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from rcpkg.errors import LoaderError
from rcpkg.loaders.layouts import detect_layout, parse_page
from rcpkg.loaders.pages import load_metadata, read_page
from rcpkg.loaders.records import Page

REPO = Path(__file__).resolve().parent.parent
PAGES = REPO / "tests" / "fixtures" / "news"


def _parsed(name: str):
    meta = load_metadata(PAGES)
    return parse_page(read_page(PAGES / name, meta[name]))


def _news(text: str, *, lang: str = "en", published: date | None = None):
    return parse_page(Page(path="a.txt", url="https://example.org/a", text=text, lang=lang, layout="news",
                           published=published))


def _warnings(result) -> list[str]:
    return [str(w) for w in result.warnings]


@pytest.mark.parametrize("name", sorted(p.name for p in PAGES.glob("*.txt")))
def test_every_article_is_detected_as_news(name):
    assert detect_layout((PAGES / name).read_text(encoding="utf-8")) == "news"


def test_foreign_ministry_announcement_dated_by_its_dateline():
    result = _parsed("es-cancilleria-csm.txt")
    assert result.layout == "news"
    (ev,) = result.events
    assert ev.titles[0].text == "XXXIV Conferencia Suramericana sobre Migraciones"
    assert result.page.text[ev.titles[0].span.start:ev.titles[0].span.end] == ev.titles[0].text
    assert (ev.edition.number, ev.edition.series) == (34, "sacm-conference")
    assert (ev.dates.start, ev.dates.end) == (date(2019, 11, 7), date(2019, 11, 8))
    assert ev.dates.span.exact == "7 y 8 de noviembre"  # the evidence is the phrase as printed, no year added
    assert (ev.place.city_label_en, ev.place.country_code) == ("Quito", "EC")
    assert ev.place.span.exact == "Quito, Ecuador"
    assert ev.venue.exact == "la sede de la Cancillería"
    assert "como observadores" in ev.description.exact  # the body: extraction finds the observers there
    said = _warnings(result)
    assert any("came from the article's dateline" in w and "14 de octubre de 2019" in w for w in said)


def test_process_news_item_dated_by_its_publication_line():
    result = _parsed("en-rcm-vice-ministerial.txt")
    (ev,) = result.events
    assert ev.titles[0].text == "41st Vice-Ministerial Meeting of the Regional Conference on Migration"
    assert ev.kind == "vice-ministerial-meeting"
    assert (ev.edition.number, ev.edition.series) == (41, "rcm-conference")
    assert (ev.dates.start, ev.dates.end, ev.dates.span.exact) == (date(2022, 3, 1), date(2022, 3, 2), "1 and 2 March")
    assert (ev.place.city_label_en, ev.place.country_code) == ("Panama City", "PA")
    assert any("publication line (3 March 2022)" in w for w in _warnings(result))


def test_joint_meeting_of_both_conferences_takes_its_year_from_sources_yaml():
    result = _parsed("es-secretaria-conjunta.txt")
    assert result.page.published == date(2023, 4, 13)
    (ev,) = result.events
    assert ev.titles[0].text == "reunión conjunta de ambas conferencias"
    assert (ev.dates.start, ev.dates.end, ev.dates.span.exact) == (
        date(2023, 4, 10), date(2023, 4, 12), "del 10 al 12 de abril")
    assert (ev.place.city_label_es, ev.place.country_code, ev.place.span.exact) == (
        "Cartagena", "CO", "Cartagena de Indias, Colombia")
    assert any("publication date (sources.yaml)" in w for w in _warnings(result))


def test_newspaper_weekdays_stay_unknown_and_another_bodys_forum_is_no_event():
    result = _parsed("en-newspaper-lima.txt")
    (ev,) = result.events  # not the Global Forum on Migration and Development
    assert ev.titles[0].text == "XXXVII South American Conference on Migration"
    assert (ev.edition.number, ev.edition.series) == (37, "sacm-conference")
    assert ev.dates is None  # "on Thursday and Friday": which week is not said; the dateline's day is not the meeting's
    assert (ev.place.city_label_en, ev.place.span.exact) == ("Lima", "Lima")
    assert ev.place.span.start > result.page.text.index("headquarters")  # not the dateline's LIMA
    assert ev.venue.exact == "the headquarters of the Andean Community"
    assert ev.coordinating.exact == "Peru"  # "The foreign ministry of Peru, which chaired the meeting"
    said = _warnings(result)
    assert any("weekday only" in w and "on Thursday and Friday" in w for w in said)
    assert any("another body" in w and "12th Global Forum on Migration and Development" in w for w in said)


def test_last_thursday_without_publication_date_stays_unknown_and_a_referred_meeting_is_no_event():
    result = _parsed("en-last-thursday.txt")
    (ev,) = result.events  # "the agreements of the XLI RCM" only refers to the XLI
    assert ev.edition.number == 42
    assert ev.dates is None
    assert any("last Thursday" in w and "unknown" in w for w in _warnings(result))


def test_a_page_that_reports_no_meeting_gives_a_warning_and_no_event():
    result = _parsed("es-sin-reunion.txt")
    assert result.events == ()
    assert any("reports no meeting of the RCM or the SACM" in w for w in _warnings(result))


def test_yearless_date_without_any_reference_date_stays_unknown():
    text = ("Regional meeting concludes\nNews\nThe XLIV Regional Conference on Migration took place on "
            "14 and 15 June in Tegucigalpa, Honduras, with the delegations of the member countries. " * 2)
    result = _news(text)
    (ev,) = result.events
    assert ev.dates is None
    assert (ev.place.city_label_en, ev.place.country_code) == ("Tegucigalpa", "HN")
    assert any("without a year" in w and "14 and 15 June" in w for w in _warnings(result))
    dated = _news(text, published=date(2018, 6, 20))
    assert (dated.events[0].dates.start, dated.events[0].dates.end) == (date(2018, 6, 14), date(2018, 6, 15))


def test_a_date_that_prints_its_year_needs_no_reference_and_two_meetings_are_two_events():
    text = ("Dos reuniones en Asunción\nAsunción, 30 de mayo —\nLa XXXVIII Conferencia Suramericana sobre "
            "Migraciones se realizó el 28 de mayo de 2008 en Asunción, Paraguay. En la misma ciudad, la XLV "
            "Conferencia Regional sobre Migración (CRM) se celebró del 29 al 30 de mayo de 2008 con la "
            "participación de la OIM.\n")
    result = _news(text, lang="es")
    by_number = {e.edition.number: e for e in result.events}
    assert set(by_number) == {38, 45}
    assert by_number[38].edition.series == "sacm-conference" and by_number[45].edition.series == "rcm-conference"
    assert by_number[38].dates.start == date(2008, 5, 28)
    assert (by_number[45].dates.start, by_number[45].dates.end) == (date(2008, 5, 29), date(2008, 5, 30))
    assert by_number[38].place.country_code == "PY"
    assert not any("came from" in w for w in _warnings(result))  # each date printed its year


def test_published_key_is_checked_with_file_line_and_value(tmp_path):
    (tmp_path / "sources.yaml").write_text(
        "pages:\n  - file: a.txt\n    url: https://example.org/a\n    published: 14/10/2019\n", encoding="utf-8")
    with pytest.raises(LoaderError) as err:
        load_metadata(tmp_path)
    assert err.value.line == 4 and "published must be an ISO date" in str(err.value) and "14/10/2019" in str(err.value)
    (tmp_path / "sources.yaml").write_text(
        "pages:\n  - file: a.txt\n    url: https://example.org/a\n    layout: news\n    published: 2019-10-14\n",
        encoding="utf-8")
    meta = load_metadata(tmp_path)["a.txt"]
    assert (meta.layout, meta.published) == ("news", "2019-10-14")


def _rcpkg(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "rcpkg", *args], capture_output=True, text=True, timeout=600)


_EVIDENCE = """PREFIX rcp: <https://w3id.org/rcpkg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX schema: <https://schema.org/>
PREFIX oa: <http://www.w3.org/ns/oa#>
SELECT ?label ?start ?end ?dateQuote ?placeLabel ?placeQuote WHERE {
  ?e a rcp:Event ; rdfs:label ?label ; schema:startDate ?start .
  OPTIONAL { ?e schema:endDate ?end }
  ?d oa:hasBody ?e ; rcp:evidenceFor schema:startDate ; oa:hasTarget/oa:hasSelector/oa:exact ?dateQuote .
  ?e schema:location ?place . ?place a schema:City ; rdfs:label ?placeLabel FILTER(LANG(?placeLabel) = "en")
  ?p oa:hasBody ?e ; rcp:evidenceFor schema:location ; oa:hasTarget/oa:hasSelector/oa:exact ?placeQuote .
} ORDER BY ?start
"""


def test_build_then_query_shows_the_articles_events_with_dates_places_and_evidence(tmp_path):
    store = tmp_path / "store"
    done = _rcpkg("build", "--sources", str(PAGES), "--store", str(store), "--no-explorer")
    assert done.returncode == 0, done.stderr + done.stdout
    out = done.stdout + done.stderr
    assert "6 events from 7 pages" in out
    assert "reports no meeting of the RCM or the SACM" in out
    (tmp_path / "q.rq").write_text(_EVIDENCE, encoding="utf-8")
    done = _rcpkg("query", "--file", str(tmp_path / "q.rq"), "--store", str(store), "--format", "csv")
    assert done.returncode == 0, done.stderr
    rows = {r["label"]: r for r in csv.DictReader(io.StringIO(done.stdout))}
    csm = rows["XXXIV Conferencia Suramericana sobre Migraciones"]
    assert (csm["start"], csm["end"], csm["dateQuote"]) == ("2019-11-07", "2019-11-08", "7 y 8 de noviembre")
    assert (csm["placeLabel"], csm["placeQuote"]) == ("Quito", "Quito, Ecuador")
    # an edition of a process's series is labelled as the reference data labels its editions (the
    # article's "41st Vice-Ministerial Meeting of the Regional Conference on Migration" is its alternateName)
    rcm = rows["XLI Regional Conference on Migration"]
    assert (rcm["start"], rcm["dateQuote"], rcm["placeLabel"]) == ("2022-03-01", "1 and 2 March", "Panama City")
    joint = rows["reunión conjunta de ambas conferencias"]
    assert (joint["start"], joint["end"], joint["placeQuote"]) == (
        "2023-04-10", "2023-04-12", "Cartagena de Indias, Colombia")
    done = _rcpkg("query", "series-editions", "-p", "series=sacm-conference", "--store", str(store),
                  "--format", "csv")
    assert done.returncode == 0, done.stderr
    editions = {r["edition"] for r in csv.DictReader(io.StringIO(done.stdout))}
    assert {"34", "37"} <= editions


def test_presidency_pro_tempore_holder_and_handover():
    csm = _parsed("es-cancilleria-csm.txt").events[0]
    assert csm.coordinating.exact == "Presidencia Pro Tempore del Ecuador"
    result = _parsed("en-rcm-vice-ministerial.txt")
    assert result.events[0].coordinating.exact == "Panama"  # the holder until it handed over
    assert result.page.text[result.events[0].coordinating.start:].startswith("Panama handed over")
    assert any("passed to the next holder" in w and "'Canada'" in w for w in _warnings(result))
    text = ("Press release\nLima, 5 May 2016 — Under the Presidency Pro-Tempore of the Dominican Republic, the XLIII "
            "Regional Conference on Migration met on 3 and 4 May in Lima, Peru, with the delegations of the member "
            "countries and the observer organizations that follow the process.\n")
    (ev,) = _news(text).events
    assert ev.coordinating.exact == "Presidency Pro-Tempore of the Dominican Republic"
    assert (ev.dates.start, ev.dates.end) == (date(2016, 5, 3), date(2016, 5, 4))


def test_extraction_gives_the_presidency_and_the_listed_countries_to_their_governments():
    from rcpkg.loaders.extract import extract
    from rcpkg.loaders.gazetteer import Gazetteer
    from rcpkg.loaders.reference import load_reference
    from rcpkg.loaders.themes import ThemeMatcher

    ref = load_reference(REPO / "data" / "reference")
    result = _parsed("es-cancilleria-csm.txt")
    got = extract(result.page, result.events[0], Gazetteer.from_reference(ref), ThemeMatcher.from_reference(ref))
    roles = {(i.agent, i.role) for i in got.involvements}
    assert ("gov-ec", "coordinator") in roles
    assert {("gov-ar", "participant"), ("gov-sr", "participant"), ("gov-ve", "participant")} <= roles
    for i in got.involvements:
        assert result.page.text[i.evidence.start:i.evidence.end] == i.evidence.exact
    assert {h.theme for h in got.themes} >= {"trafficking-in-persons", "labour-migration"}


def test_today_dates_the_meeting_by_the_dateline_only_when_the_dateline_prints_its_date():
    text = ("Se inaugura la XXXVI CSM\nAsunción, 6 de noviembre de 2016 — Se inauguró hoy en Asunción, Paraguay, "
            "la XXXVI Conferencia Suramericana sobre Migraciones, con la presencia de las delegaciones de los países "
            "miembros y de organismos internacionales invitados como observadores.\n")
    result = _news(text, lang="es")
    (ev,) = result.events
    assert (ev.dates.start, ev.dates.end, ev.dates.span.exact) == (date(2016, 11, 6), None, "6 de noviembre de 2016")
    assert any("dateline date" in w and "'hoy'" in w for w in _warnings(result))
    undated = _news(text.replace(" de 2016 —", " —"), lang="es")
    assert undated.events[0].dates is None


def test_an_article_on_a_real_edition_gives_its_edition_dates_place_and_both_presidencies():
    result = _parsed("es-xx-csm-santiago.txt")
    (ev,) = result.events
    assert (ev.titles[0].text, ev.edition.number, ev.edition.series) == (
        "XX Conferencia Suramericana sobre Migraciones", 20, "sacm-conference")
    assert (ev.dates.start, ev.dates.end, ev.dates.span.exact) == (
        date(2022, 10, 12), date(2022, 10, 14), "del 12 al 14 de octubre")
    assert (ev.place.span.exact, ev.place.country_code) == ("Santiago, Chile", "CL")
    assert ev.coordinating.exact == "Presidencia Pro Tempore de Chile"
    assert any("next holder" in w and "'Perú'" in w for w in _warnings(result))


def test_wire_dateline_is_detected_and_the_acronym_after_the_name_is_not_part_of_the_title():
    text = ("Migration officials gather\nSan José (AFP) -- The 47th Vice-Ministerial Meeting of the Regional "
            "Conference on Migration (RCM) opened Tuesday in San José, Costa Rica, where delegations will discuss "
            "labour mobility and the protection of refugees during two days of sessions.\n")
    assert detect_layout(text) == "news"
    (ev,) = _news(text).events
    assert ev.titles[0].text == "47th Vice-Ministerial Meeting of the Regional Conference on Migration"
    assert ev.dates is None and ev.place.country_code == "CR"


def test_last_weekday_is_the_one_before_the_publication_date():
    text = ("Reunión en Asunción\nNoticias\nLas delegaciones se reunieron el jueves pasado en Asunción, Paraguay, en "
            "la XXXVIII Conferencia Suramericana sobre Migraciones, que adoptó una declaración sobre la integración "
            "de las personas migrantes y la lucha contra la trata de personas.\n")
    result = _news(text, lang="es", published=date(2023, 5, 8))  # a Monday
    (ev,) = result.events
    assert (ev.dates.start, ev.dates.end, ev.dates.span.exact) == (date(2023, 5, 4), None, "el jueves pasado")
    assert any("weekday before the article's publication date" in w for w in _warnings(result))
    assert _news(text, lang="es").events[0].dates is None  # no publication date: unknown
