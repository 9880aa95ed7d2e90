"""The news layout on the development articles (tests/fixtures/news_dev/batchN, written for these
tests, English and Spanish) scored against their gold by the real CLI (tests/news_dev_score.py), and
the rules added for them, each with a case it must reject."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
import yaml

from rcpkg.loaders.editions import PROCESS_EDITION_NAMES, detect_edition, edition_labels
from rcpkg.loaders.identity import DATES_DIFFER, Record, resolve
from rcpkg.loaders.layouts import parse_page
from rcpkg.loaders.records import Page

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests"))

from news_dev_score import score_batch  # noqa: E402

# measured on the rules of this branch (meetings right share, institutions precision, recall, no-event
# pages right share); the floors are these minus 0.05
MEASURED = {
    "batch1": (1.0, 1.0, 1.0, 1.0),
    "batch2": (1.0, 1.0, 1.0, 1.0),
    "batch3": (1.0, 1.0, 1.0, 1.0),
    "batch4": (1.0, 1.0, 0.94, 1.0),
    "batch5": (1.0, 1.0, 0.96, 1.0),
    "batch6": (1.0, 1.0, 1.0, 1.0),
    "batch7": (1.0, 1.0, 1.0, 1.0),
    "batch8": (1.0, 1.0, 1.0, 1.0),
    # written and scored before their rules (h-news3): batch9 2/6, 0.65/0.44, 0/1; batch10 2/6, 1.00/0.55, 1/1
    "batch9": (1.0, 1.0, 1.0, 1.0),
    "batch10": (1.0, 1.0, 1.0, 1.0),
    # written and scored before their rules (h-news): batch11 0/5, 0.93/0.85, 0/1; batch12 0/5, 0.93/0.93,
    # 1/1; batch13 5/5, 0.92/0.39; batch14 2/2, 0.75/0.38
    "batch11": (1.0, 0.94, 0.97, 1.0),
    "batch12": (1.0, 0.93, 0.96, 1.0),
    "batch13": (1.0, 0.97, 1.0, 1.0),
    "batch14": (1.0, 0.89, 1.0, 1.0),
    # written after the rules of batches 11-14 to check them (h-news): first scored 3/3, 1.00/0.84, 1/1; then
    # one cue it showed wanting ("Vice-ministers from Argentina, Colombia and Paraguay met")
    "batch15": (1.0, 1.0, 1.0, 1.0),
}


@pytest.mark.parametrize("batch", sorted(MEASURED))
def test_development_batch_scores_at_least_its_floor(batch):
    out: list[str] = []
    s = score_batch(batch, build_output=out)
    assert s.build_ok, out
    meetings, precision, recall, no_event = MEASURED[batch]
    detail = s.summary() + "\n" + "\n".join(s.lines)
    assert s.meetings_right / s.meetings >= meetings - 0.05, detail
    assert s.precision >= precision - 0.05, detail
    assert s.recall >= recall - 0.05, detail
    if s.no_event:
        assert s.no_event_right / s.no_event >= no_event - 0.05, detail


def test_batch1_reports_the_conflicting_dates_and_the_page_without_a_meeting():
    out: list[str] = []
    s = score_batch("batch1", build_output=out)
    said = out[0]
    assert "give it different dates (2032-03-01 to 2032-03-03, 2032-03-02 to 2032-03-03)" in said
    assert said.count("give it different dates") == 2  # on each of the two articles
    assert "en-newspaper-no-meeting.txt" in said and "reports no meeting of the RCM or the SACM" in said
    assert "XVIII Foro Mundial sobre Migración y Desarrollo" in said  # another body's forum: a warning, no event
    assert any(ln.startswith("OK") and "rcm-conference 52" in ln for ln in s.lines)


def _rcpkg(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "rcpkg", *args], capture_output=True, text=True, timeout=600)


def test_two_articles_dating_a_reference_edition_differently_build_and_keep_both(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    (src / "a.txt").write_text(
        "Officials meet for the XVIII South American Conference on Migration\nLima, 20 October 2018 — The XVIII "
        "South American Conference on Migration was held on 18 and 19 October in Sucre, Bolivia, with the "
        "delegations of Argentina, Brazil and Chile, and the International Organization for Migration (IOM) as "
        "technical secretariat of the process.\n", encoding="utf-8")
    (src / "b.txt").write_text(
        "Concluye la XVIII Conferencia Suramericana sobre Migraciones\nSucre, 25 de noviembre de 2018 — La XVIII "
        "Conferencia Suramericana sobre Migraciones se realizó los días 22 y 23 de noviembre en Sucre, Bolivia, "
        "con las delegaciones de Argentina, Brasil y Chile.\n", encoding="utf-8")
    (src / "sources.yaml").write_text(
        "pages:\n  - {file: a.txt, url: 'https://a.example.org/a', lang: en, layout: news}\n"
        "  - {file: b.txt, url: 'https://b.example.org/b', lang: es, layout: news}\n", encoding="utf-8")
    store = tmp_path / "store"
    done = _rcpkg("build", "--sources", str(src), "--store", str(store), "--no-explorer")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "give it different dates (2018-10-18 to 2018-10-19, 2018-11-22 to 2018-11-23)" in done.stdout + done.stderr
    q = tmp_path / "q.rq"
    q.write_text("""PREFIX rcp: <https://w3id.org/rcpkg/ontology#>
PREFIX schema: <https://schema.org/>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX oa: <http://www.w3.org/ns/oa#>
SELECT ?start ?end ?source ?quote ?own WHERE {
  ?st a rcp:SourceStatement ; rcp:about <https://w3id.org/rcpkg/id/event/sacm-conference-18> ;
      rcp:statedStart ?start ; rcp:statedEnd ?end ; prov:wasDerivedFrom ?source .
  ?a oa:hasBody ?st ; oa:hasTarget/oa:hasSelector/oa:exact ?quote .
  OPTIONAL { <https://w3id.org/rcpkg/id/event/sacm-conference-18> schema:startDate ?own }
} ORDER BY ?start""", encoding="utf-8")
    done = _rcpkg("query", "--file", str(q), "--store", str(store), "--format", "csv")
    assert done.returncode == 0, done.stderr
    rows = [ln.split(",") for ln in done.stdout.strip().splitlines()[1:]]
    assert [(r[0], r[1], r[2], r[3]) for r in rows] == [
        ("2018-10-18", "2018-10-19", "https://a.example.org/a", "18 and 19 October"),
        ("2018-11-22", "2018-11-23", "https://b.example.org/b", "22 y 23 de noviembre")]
    assert all(r[4] == "" for r in rows)  # neither page's dates overwrite the other's


# --- identity of editions ---------------------------------------------------------------------


def _rec(base: str, start: str = "", end: str = "", title: str = "t") -> Record:
    return Record(0, base, start, end, "", 0, f"{base}|{start}" if start else base, title, 1)


def test_an_edition_described_by_two_pages_with_one_date_is_one_event_with_no_conflict():
    res = resolve({"a": [_rec("edition:sacm-conference:42", "2031-11-03", "2031-11-04")],
                   "b": [_rec("edition:sacm-conference:42", "2031-11-03", "2031-11-04")]})
    assert res.keys == {"a": {0: "edition:sacm-conference:42"}, "b": {0: "edition:sacm-conference:42"}}
    assert not res.apart and res.merged[0]["pages"] == ["a", "b"]


def test_an_edition_dated_differently_keeps_each_pages_dates_and_says_so():
    res = resolve({"a": [_rec("edition:rcm-conference:52", "2032-03-01", "2032-03-03")],
                   "b": [_rec("edition:rcm-conference:52", "2032-03-02", "2032-03-03")],
                   "c": [_rec("edition:rcm-conference:52")]})  # undated: the same event, no conflict of its own
    key = "edition:rcm-conference:52" + DATES_DIFFER
    assert res.keys == {"a": {0: key}, "b": {0: key}, "c": {0: key}}
    assert sorted(a["page"] for a in res.apart) == ["a", "b"]


def test_two_meetings_of_one_title_and_place_on_different_dates_stay_two_events():
    # not an edition of a process's series: the rule for editions must not merge them
    res = resolve({"a": [_rec("workshop|city:1", "2031-11-03")], "b": [_rec("workshop|city:1", "2032-11-03")]})
    assert not any(k.endswith(DATES_DIFFER) for keys in res.keys.values() for k in keys.values())
    assert len(res.apart) == 2


def test_a_page_minted_again_for_another_event_keeps_its_editions_keys():
    from rcpkg.loaders.identity import resolve_rows

    base = "edition:rcm-conference:21"
    listing = [[0, base, "2016-11-17", "", "", 0, base, "XXI RCM", 1, False],  # already minted with the edition's key
               [1, "workshop|city:1", "", "", "", 0, "workshop|city:1", "Workshop", 5, False]]
    page = [[0, "workshop|city:1", "2015-06-04", "", "", 0, "workshop|city:1|2015-06-04", "Workshop", 1, True]]
    res = resolve_rows({"listing": listing, "page": page})
    # the listing is minted again for its workshop (it joins the dated page): its edition keeps the edition's key
    assert res.keys["listing"] == {0: base, 1: "workshop|city:1|2015-06-04"}
    assert "page" not in res.keys  # nothing to mint again there
    assert resolve_rows({"listing": listing[:1]}).keys == {}  # nothing changed: nothing minted again


def test_edition_names_are_the_reference_datas():
    for f in ("history-rcm.yaml", "history-sacm.yaml"):
        for s in yaml.safe_load((REPO / "data" / "reference" / f).read_text(encoding="utf-8"))["series"]:
            assert PROCESS_EDITION_NAMES[s["key"]] == (s["edition_name"]["en"], s["edition_name"]["es"])
    assert edition_labels("sacm-conference", 44) == {"en": "XLIV South American Conference on Migration",
                                                     "es": "XLIV Conferencia Suramericana sobre Migraciones"}
    assert edition_labels("forum-migration-health", 2) is None


# --- editions: "54.ª", a joint plenary ----------------------------------------------------------


@pytest.mark.parametrize("title, expected", [
    ("54.ª Reunión Viceministerial de la CRM", (54, "rcm-conference")),
    ("3.ª Reunión Plenaria de la CRM y la CSM", (3, "rcm-sacm-plenary")),
    ("Third Plenary Meeting of the Regional Conference on Migration and the South American Conference on Migration",
     (3, "rcm-sacm-plenary")),
])
def test_spanish_ordinals_and_joint_plenaries(title, expected):
    hit = detect_edition(title)
    assert (hit.number, hit.series) == expected


@pytest.mark.parametrize("title", ["Las 54 reuniones de la CRM", "la versión 2.5 del plan de la CRM"])
def test_a_number_that_is_no_ordinal_is_no_edition(title):
    assert detect_edition(title) is None


def test_a_plenary_of_one_process_is_not_the_joint_plenary():
    hit = detect_edition("III Reunión Plenaria de la CRM")
    assert hit.series != "rcm-sacm-plenary"


# --- the news layout's new rules -------------------------------------------------------------------


def _news(text: str, *, lang: str = "es", published: date | None = date(2031, 10, 14)):
    return parse_page(Page(path="a.txt", url="https://example.org/a", text=text, lang=lang, layout="news",
                           published=published))


def test_a_place_that_starts_with_a_capitalised_article_and_the_host_country():
    (ev,) = _news("Anuncio\nLa XLII Conferencia Suramericana sobre Migraciones se realizará los días 3 y 4 de "
                  "noviembre en La Paz, Bolivia, país anfitrión, con las delegaciones de Chile y Perú.\n").events
    assert (ev.place.span.exact, ev.place.city_label_en, ev.place.country_code) == ("La Paz, Bolivia", "La Paz", "BO")
    (ev,) = _news("Anuncio\nLa LIV Reunión Viceministerial de la CRM se celebró los días 18 y 19 de noviembre en la "
                  "Ciudad de Guatemala, con las delegaciones de México y Honduras.\n").events
    assert (ev.place.city_label_en, ev.place.country_code) == ("Guatemala City", "GT")


def test_a_capitalised_article_that_starts_no_place_gives_no_place():
    (ev,) = _news("Anuncio\nLa XLII Conferencia Suramericana sobre Migraciones se presentó en La Declaración de "
                  "Principios, aprobada por las delegaciones de Chile y Perú.\n").events
    assert ev.place is None


def test_the_country_that_chaired_the_meeting_is_its_presidency():
    (ev,) = _news("Conference ends\nDelegations met in Montevideo, Uruguay, for the 44th South American Conference "
                  "on Migration. The conference, chaired by Uruguay, was attended by delegations of Chile.\n",
                  lang="en").events
    assert ev.coordinating.exact == "Uruguay"


def test_chaired_by_an_institution_that_is_no_country_is_no_presidency():
    (ev,) = _news("Conference ends\nDelegations met in Montevideo, Uruguay, for the 44th South American Conference "
                  "on Migration. The session, chaired by the Technical Secretariat, heard the delegations.\n",
                  lang="en").events
    assert ev.coordinating is None


def test_the_rcms_vice_ministerial_meeting_named_by_its_number_alone():
    (ev,) = _news("La CRM en Honduras\nTegucigalpa, 4 de diciembre de 2035 — La Conferencia Regional sobre Migración "
                  "(CRM) celebró su LV Reunión Viceministerial los días 2 y 3 de diciembre en Tegucigalpa, Honduras, "
                  "con las delegaciones de Belice y Canadá.\n").events
    assert (ev.edition.number, ev.edition.series, ev.titles[0].text) == (55, "rcm-conference", "LV Reunión Viceministerial")
    assert (ev.dates.start, ev.dates.end) == (date(2035, 12, 2), date(2035, 12, 3))


@pytest.mark.parametrize("text", [
    # no RCM on the page: whose vice-ministerial meeting it is, is not said
    "Reunión en Lima\nLima, 4 de diciembre de 2035 — El foro andino celebró su V Reunión Viceministerial los días 2 "
    "y 3 de diciembre en Lima, Perú, con las delegaciones de Bolivia y Ecuador, según un comunicado.\n",
    # the sentence names the SACM
    "Reunión en Lima\nLima, 4 de diciembre de 2035 — La CSM celebró su V Reunión Viceministerial los días 2 y 3 de "
    "diciembre en Lima, Perú, con las delegaciones de Bolivia y Ecuador; la CRM envió un observador.\n",
])
def test_a_numbered_vice_ministerial_meeting_of_no_rcm_is_no_event(text):
    assert _news(text).events == ()


def test_an_article_on_two_meetings_gives_each_its_own_sentences():
    result = _news("Talks continue\nSAN JOSE (RNA) -- The 56th Vice-Ministerial Meeting of the Regional Conference on "
                   "Migration was held on 5 and 6 June in San José, Costa Rica, with the Government of Costa Rica as "
                   "host. UNHCR attended as an observer.\nA week earlier, the XLVIII South American Conference on "
                   "Migration met on 28 and 29 May in Santiago, Chile, under the Presidency Pro-Tempore of Chile.\n",
                   lang="en", published=date(2037, 6, 7))
    by = {e.edition.number: e for e in result.events}
    assert "UNHCR" in by[56].description.exact and "UNHCR" not in by[48].description.exact
    assert "Costa Rica" not in by[48].span.exact and "Santiago" not in by[56].span.exact
    (single,) = _news("Talks\nSAN JOSE (RNA) -- The 56th Vice-Ministerial Meeting of the Regional Conference on "
                      "Migration was held on 5 and 6 June in San José, Costa Rica.\nUNHCR attended as an observer and "
                      "said it would attend the next meetings too.\n", lang="en", published=date(2037, 6, 7)).events
    assert "UNHCR" in single.description.exact  # one meeting: the whole article tells it


def test_a_short_article_with_a_dateline_is_detected_as_news():
    from rcpkg.loaders.layouts import detect_layout

    text = ("Bogotá acoge una reunión regional\nBogotá, 15 de marzo de 2038 — La VI Reunión Técnica Internacional del "
            "Proceso de Quito se celebró en Bogotá con delegaciones de once países de la región.\n")
    assert detect_layout(text) == "news"
    # no dateline, no publication line, no press marker: short prose is not taken for an article
    assert detect_layout(text.replace("Bogotá, 15 de marzo de 2038 — ", "")) != "news"


def test_a_yearless_dateline_takes_the_publication_year_so_today_has_a_date():
    text = ("Nota de prensa\nLima, 20 de junio — El Viceministro de Relaciones Exteriores del Perú inauguró hoy la L "
            "Conferencia Suramericana sobre Migraciones, que sesiona en Lima durante dos días con las delegaciones.\n")
    (ev,) = _news(text, published=date(2039, 6, 20)).events
    assert (ev.dates.start, ev.dates.span.exact) == (date(2039, 6, 20), "20 de junio")
    # a dateline's day after the publication is of the year before
    (ev,) = _news(text.replace("20 de junio", "30 de diciembre"), published=date(2040, 1, 2)).events
    assert ev.dates.start == date(2039, 12, 30)


def test_a_yearless_dateline_without_any_publication_date_leaves_today_unknown():
    (ev,) = _news("Nota de prensa\nLima, 20 de junio — El Perú inauguró hoy la L Conferencia Suramericana sobre "
                  "Migraciones, que sesiona en Lima durante dos días con las delegaciones de la región.\n",
                  published=None).events
    assert ev.dates is None


def test_a_short_article_with_a_publication_line_is_detected_as_news():
    from rcpkg.loaders.layouts import detect_layout

    text = ("Talks in Santiago\nPublished 6 November 2012\nThe 12th South American Conference on Migration opened on "
            "Sunday in Santiago, Chile, with delegates from Colombia, Ecuador and Uruguay.\n")
    assert detect_layout(text) == "news"
    # without the publication line its prose names a numbered meeting of the processes: news by its content
    # (h-news); a line that is only a date makes it a listing's block
    assert detect_layout(text.replace("Published 6 November 2012\n", "")) == "news"
    assert detect_layout(text.replace("Published 6 November 2012\n", "6 November 2012\n")) != "news"


def test_an_officials_office_after_a_countrys_possessive_is_no_institution():
    from rcpkg.loaders.extract import extract
    from rcpkg.loaders.gazetteer import Gazetteer
    from rcpkg.loaders.reference import load_reference
    from rcpkg.loaders.themes import ThemeMatcher

    ref = load_reference(REPO / "data" / "reference")
    result = _news("Opening\nMexico City, 10 December 2041 — Mexico's Undersecretary for Foreign Affairs opened the "
                   "58th Vice-Ministerial Meeting of the RCM today in Mexico City, with the member countries.\n",
                   lang="en")
    x = extract(result.page, result.events[0], Gazetteer.from_reference(ref), ThemeMatcher.from_reference(ref))
    assert not any(i.extracted for i in x.involvements)
    # a possessive before an institution's own name still makes that institution
    result = _news("Opening\nSan José, 10 December 2041 — Costa Rica's Migration Directorate hosted the 58th "
                   "Vice-Ministerial Meeting of the RCM in San José, Costa Rica, with the member countries.\n", lang="en")
    x = extract(result.page, result.events[0], Gazetteer.from_reference(ref), ThemeMatcher.from_reference(ref))
    assert any(i.extracted and i.role == "host" for i in x.involvements)


@pytest.mark.parametrize("text, number, series", [
    ("Talks\nSANTIAGO (XNA) -- The South American Conference on Migration held its 51st conference on 14 and 15 "
     "October in Santiago, Chile, hosted by the Chilean government, with the delegations of the member countries.\n",
     51, "sacm-conference"),
    ("La XIX edición\nBuenos Aires, 27 de agosto de 2041 — Entre el 25 y el 26 de agosto se realizó, de manera "
     "virtual, la XIX edición de la Conferencia Suramericana sobre Migraciones, con los países miembros.\n",
     19, "sacm-conference"),
])
def test_a_processs_meeting_named_by_its_edition_or_as_its_numbered_conference(text, number, series):
    (ev,) = _news(text, lang="en" if "SANTIAGO" in text else "es", published=date(2041, 10, 16)).events
    assert (ev.edition.number, ev.edition.series) == (number, series)


@pytest.mark.parametrize("text", [
    "Talks\nSANTIAGO (XNA) -- The regional forum held its 51st conference on 14 and 15 October in Santiago, Chile, "
    "with the delegations of its member countries and several observers from other regions.\n",
    "Talks\nSANTIAGO (XNA) -- The RCM and the SACM each held its 51st conference on 14 and 15 October in Santiago, "
    "Chile, with the delegations of their member countries and several observers from other regions.\n",
])
def test_its_numbered_conference_without_one_process_before_it_is_no_event(text):
    assert _news(text, lang="en").events == ()


def test_the_pro_tempore_presidency_word_order_and_the_holder_it_was_received_from():
    (ev,) = _news("News\nPublished 5 December 2020\nThe XXV Regional Conference on Migration was held virtually "
                  "from 1 to 4 December under the Pro Tempore Presidency of Costa Rica, with the member countries.\n",
                  lang="en").events
    assert ev.coordinating.exact == "Pro Tempore Presidency of Costa Rica"
    result = _news("Comunicado\nQuito, 7 de noviembre de 2042 — Al concluir la LIII Conferencia Suramericana sobre "
                   "Migraciones, celebrada en Quito, el Ecuador asumió la Presidencia Pro Tempore, que recibió de "
                   "Uruguay. Participaron además delegaciones de Colombia y Perú.\n")
    (ev,) = result.events
    assert ev.coordinating.exact == "Uruguay"
    assert any("next holder" in str(w) and "'Ecuador'" in str(w) for w in result.warnings)


def test_receiving_the_delegations_is_no_presidency():
    (ev,) = _news("Comunicado\nQuito, 7 de noviembre de 2042 — Durante la LIII Conferencia Suramericana sobre "
                  "Migraciones, celebrada en Quito, el Ecuador recibió a las delegaciones de Uruguay y Perú en la sede "
                  "de la Cancillería.\n").events
    assert ev.coordinating is None


def test_earlier_meetings_in_the_articles_background_are_no_events():
    result = _news("Concluyó la conferencia\nLa LIV Conferencia Suramericana sobre Migraciones se clausuró en Asunción, "
                   "Paraguay, los días 2 y 3 de octubre. La CSM, creada en el año 2000, realizó su primera conferencia "
                   "en Buenos Aires. En 2043, la LIII CSM se celebró en Quito. The previous conference, the LIII CSM, "
                   "was also held with the member countries.\n", published=date(2044, 10, 4))
    assert [e.edition.number for e in result.events] == [54]
    said = [str(w) for w in result.warnings]
    assert sum("earlier meeting as the article's background" in w for w in said) == 2  # the first conference, the LIII


def test_a_retrospective_article_keeps_its_only_meeting():
    (ev,) = _news("Diez años después\nEn 2012, la XII Conferencia Suramericana sobre Migraciones se celebró en "
                  "Santiago, Chile, con las delegaciones de los países miembros de la región.\n",
                  published=date(2022, 11, 4)).events
    assert ev.edition.number == 12


def test_a_handover_with_the_day_between_the_verb_and_the_presidency():
    result = _news("Entrega\nMANAGUA (ANN) -- Nicaragua entregó este jueves la Presidencia Pro Tempore de la Conferencia "
                   "Regional sobre Migración a Costa Rica, al cierre de la LXI Reunión Viceministerial de la CRM, "
                   "celebrada del 1 al 2 de diciembre en Managua.\n", published=date(2045, 12, 3))
    (ev,) = result.events
    assert ev.coordinating.exact == "Nicaragua"
    assert any("next holder" in str(w) and "'Costa Rica'" in str(w) for w in result.warnings)


def test_a_meeting_the_article_says_something_will_be_presented_at_is_no_event():
    result = _news("News\nPublished 20 August 2046\nConsular officials completed a three-day workshop on the protection "
                   "of migrants in transit, organized by IOM in Tegucigalpa, Honduras. The conclusions of the workshop "
                   "will be presented at the 62nd Vice-Ministerial Meeting of the RCM later this year.\n", lang="en")
    assert result.events == ()
    (ev,) = _news("News\nPublished 20 August 2046\nThe 62nd Vice-Ministerial Meeting of the RCM was held on 18 and 19 "
                  "August in Tegucigalpa, Honduras, where the delegations presented their national reports.\n",
                  lang="en").events
    assert ev.edition.number == 62  # "presented" after the meeting's name refers to nothing


def test_a_plenary_between_the_two_conferences_and_a_wire_dateline_with_its_day():
    from rcpkg.loaders.layouts import detect_layout

    (ev,) = _news("Primera reunión plenaria\nMontevideo, 9 de mayo de 2018 — Se realizó en Montevideo la I Reunión "
                  "Plenaria entre la Conferencia Regional sobre Migración y la Conferencia Suramericana sobre "
                  "Migraciones, los días 8 y 9 de mayo, con las delegaciones de ambos procesos.\n").events
    assert (ev.edition.number, ev.edition.series) == (1, "rcm-sacm-plenary")
    assert (ev.dates.start, ev.dates.end) == (date(2018, 5, 8), date(2018, 5, 9))
    text = ("Debate en Lima\nLima, 5 nov (EFE).- Representantes de Argentina, Chile y Ecuador participan en la LVI "
            "Conferencia Suramericana sobre Migraciones, que se celebra en Lima hasta el miércoles, con el fin de "
            "acordar medidas sobre la movilidad laboral en la región.\n")
    assert detect_layout(text) == "news"
    # no agency, no dash: no dateline, but prose that names a numbered meeting of the processes (h-news)
    assert detect_layout(text.replace(" (EFE).-", ".")) == "news"
    assert detect_layout(text.replace(" (EFE).-", ".").replace("LVI Conferencia", "Conferencia")) != "news"


# --- roles the articles use ------------------------------------------------------------------------


def _roles(text: str) -> dict[str, str]:
    from rcpkg.loaders.gazetteer import Gazetteer
    from rcpkg.loaders.reference import load_reference
    from rcpkg.loaders.roles import assign_roles

    gz = Gazetteer.from_reference(load_reference(REPO / "data" / "reference"))
    return {m.entity_id: role for m, role in assign_roles(text, gz.find(text))}


@pytest.mark.parametrize("text, expected", [
    ("La conferencia reunirá a las delegaciones, con la participación, como observadores, de organismos "
     "internacionales como la OIM y UNICEF.", {"iom": "participant", "unicef": "participant"}),
    ("Como observadores participaron el ACNUR y la CEPAL.", {"unhcr": "participant", "eclac": "participant"}),
    ("The International Organization for Migration (IOM) supported the meeting with technical assistance.",
     {"iom": "supporter"}),
    ("IOM supported the organization of the meeting.", {"iom": "supporter"}),
    ("El Gobierno del Ecuador, anfitrión del encuentro, destacó los avances.", {"gov-ec": "host"}),
    ("Asistieron además, en calidad de observadores, el ACNUR y la OIM.", {"unhcr": "participant", "iom": "participant"}),
    ("IOM provided technical support to the host country, Paraguay.", {"iom": "supporter", "gov-py": "host"}),
    ("Con la presencia de las delegaciones argentina, boliviana y peruana, concluyó la conferencia.",
     {"gov-ar": "participant", "gov-bo": "participant", "gov-pe": "participant"}),
    ("El canciller chileno inauguró la conferencia.", {"gov-cl": "participant"}),
    ("The meeting was attended by the Peruvian and Ecuadorian delegations.", {"gov-pe": "participant"}),
    ("Participan los representantes de los países miembros de la CSM: Argentina, Bolivia y Venezuela.",
     {"gov-ar": "participant", "gov-bo": "participant", "gov-ve": "participant"}),
    ("La reunión contó con el apoyo logístico de la Secretaría Técnica de la CRM.",
     {"rcm-technical-secretariat": "supporter"}),
    ("Asistieron como observadores la OIM y el ACNUR.", {"iom": "participant", "unhcr": "participant"}),
    ("Al cierre, Ecuador asumió la Presidencia Pro Tempore.", {"gov-ec": "participant"}),
    ("Guatemala will host the meeting in June.", {"gov-gt": "host"}),
    ("Lima, 5 nov (EFE).- Representantes de Argentina y Chile participan en la conferencia.",
     {"gov-ar": "participant", "gov-cl": "participant"}),
    ("La conferencia se realizó en Santiago, con Chile como país anfitrión.", {"gov-cl": "host"}),
    ("Ministros y viceministros de Argentina, Brasil y Chile asistieron a la reunión.",
     {"gov-ar": "participant", "gov-br": "participant", "gov-cl": "participant"}),
    ("The Government of El Salvador, in its capacity as chair of the process, welcomed the delegations.",
     {"gov-sv": "host"}),
])
def test_role_phrases_of_the_news_articles(text, expected):
    got = _roles(text)
    assert {k: got.get(k) for k in expected} == expected


@pytest.mark.parametrize("text, agent", [
    ("Organismos internacionales como la OIM publicaron un informe sobre la región.", "iom"),
    ("IOM supported the reform of the migration law.", "iom"),
    ("El Gobierno del Ecuador, anfitrión del próximo encuentro, presentó su informe.", "gov-ec"),
    ("The host country of the next meeting, not yet chosen, will be announced by Paraguay.", "gov-py"),
    ("Los migrantes venezolanos llegaron a Lima en busca de trabajo.", "gov-ve"),
    ("Los países miembros de la CSM son: Argentina, Bolivia y Venezuela.", "gov-ar"),
    ("The conference opened on Sunday in Santiago, Chile.", "gov-cl"),
    ("Ecuador asumirá la Presidencia Pro Tempore el próximo año.", "gov-ec"),
    ("Panama closed the border with Colombia last year.", "gov-pa"),
    ("El Salvador handed over the presidency to Guatemala, which will host the next meeting.", "gov-gt"),
    ("The Government of El Salvador welcomed the new migration law.", "gov-sv"),
    ("Chile asistió a los migrantes venezolanos tras el terremoto.", "gov-cl"),
])
def test_role_phrases_that_must_give_no_role(text, agent):
    assert _roles(text).get(agent) in (None, "mentioned")


# --- batches 9 and 10: ordinal words, datelines closed by a full stop, capitals, role phrases ---------


@pytest.mark.parametrize("title, expected", [
    ("the Sixty-Fourth Vice-Ministerial Meeting of the Regional Conference on Migration", (64, "rcm-conference")),
    ("The twenty-fourth Regional Conference on Migration", (24, "rcm-conference")),
    ("Quincuagésima Octava Conferencia Suramericana sobre Migraciones", (58, "sacm-conference")),
    ("la Vigésima Conferencia Suramericana sobre Migraciones", (20, "sacm-conference")),
    ("Decimotercera Conferencia Suramericana sobre Migraciones", (13, "sacm-conference")),
    ("the Fortieth Regional Conference on Migration", (40, "rcm-conference")),
])
def test_compound_ordinal_words_name_the_edition(title, expected):
    hit = detect_edition(title)
    assert (hit.number, hit.series) == expected


def test_a_cardinal_number_word_is_no_ordinal():
    from rcpkg.loaders.editions import ordinal_value

    assert ordinal_value("twenty-four") is None and ordinal_value("sixty") is None
    assert ordinal_value("Sixty-Fourth") == 64 and ordinal_value("quincuagésimo octavo") == 58


def test_a_dateline_closed_by_a_full_stop_opens_a_news_article():
    from rcpkg.loaders.layouts import detect_layout

    text = ("Internacionales\nSe reunió la conferencia regional en San José\nSan José, 9 de noviembre de 2048. La LXV "
            "Reunión Viceministerial de la Conferencia Regional sobre Migración sesionó el 7 y 8 de noviembre en San "
            "José, Costa Rica, con el apoyo de la Organización Internacional para las Migraciones.\n")
    assert detect_layout(text) == "news"
    result = _news(text, published=None)
    assert [e.dates.start for e in result.events] == [date(2048, 11, 7)]
    # a date and a full stop with no prose after it on the line is no dateline
    from rcpkg.loaders.layouts import blocks
    from rcpkg.loaders.layouts.news import dateline

    line = blocks.split_lines("San José, 9 de noviembre de 2048.\n")[0]
    assert dateline("San José, 9 de noviembre de 2048.\n", line) is None


def test_a_capital_named_by_its_country_is_the_meetings_place():
    result = _news("Cumbre\nAsunción, 17 de noviembre de 2049 — La capital paraguaya fue escenario el pasado martes "
                   "de la LX Conferencia Suramericana sobre Migraciones, con delegaciones de Argentina y Brasil.\n")
    place = result.events[0].place
    assert (place.city_label_en, place.country_code, place.span.exact) == ("Asunción", "PY", "La capital paraguaya")
    assert any("capital of Paraguay" in str(w) for w in result.warnings)
    result = _news("Cumbre\nAsunción, 17 de noviembre de 2049 — La LX Conferencia Suramericana sobre Migraciones "
                   "concluyó, con delegaciones de Argentina y Brasil.\n")
    assert result.events[0].place is None  # the dateline's city is where the article was written


@pytest.mark.parametrize("text, expected", [
    ("The meeting was organized by the Foreign Ministry with IOM support.", {"iom": "supporter"}),
    ("The meeting was organized by Mexico with the IOM's technical support.", {"gov-mx": "organizer", "iom": "supporter"}),
    ("Observers included the International Organization for Migration, UNICEF and the United Nations Population Fund.",
     {"iom": "participant", "unicef": "participant", "unfpa": "participant"}),
    ("Los observadores fueron el ACNUR y la OIT.", {"unhcr": "participant", "ilo": "participant"}),
    ("The International Organization for Migration acted as the conference's technical secretariat.",
     {"iom": "supporter"}),
    ("The Economic Commission for Latin America and the Caribbean presented a study on remittances.",
     {"eclac": "participant"}),
    ("The minister opened the session with the Canadian and Peruvian delegations.",
     {"gov-ca": "participant", "gov-pe": "participant"}),
    ("Costa Rica's Minister of Foreign Affairs attended the meeting.", {"gov-cr": "participant"}),
    ("Participating countries were Argentina, Bolivia and Chile.", {"gov-ar": "participant", "gov-cl": "participant"}),
    ("Countries attending included Belize and Honduras.", {"gov-bz": "participant", "gov-hn": "participant"}),
    ("Los países participantes fueron Chile y Perú.", {"gov-cl": "participant", "gov-pe": "participant"}),
    ("Delegates from Mexico and observers from IOM met in the capital.", {"gov-mx": "participant", "iom": "participant"}),
    ("Guatemala, como país sede, inauguró la reunión.", {"gov-gt": "host"}),
    ("El país sede, Guatemala, recibió a las delegaciones.", {"gov-gt": "host"}),
    ("Participaron los viceministros de Argentina y Chile.", {"gov-ar": "participant", "gov-cl": "participant"}),
    ("Chile y Argentina suscribieron la declaración final.", {"gov-cl": "participant", "gov-ar": "participant"}),
    ("The conference was hosted in Lima by the Peruvian government.", {"gov-pe": "host"}),
])
def test_role_phrases_of_batches_9_and_10(text, expected):
    got = _roles(text)
    assert {k: got.get(k) for k in expected} == expected


@pytest.mark.parametrize("text, agent", [
    ("The meeting was held with strong support from Canada.", "gov-ca"),
    ("Peru's ambassador closed the border.", "gov-pe"),
    ("Delegations from Mexico discussed the plan of Canada.", "gov-ca"),
    ("Chile signed the agreement with Peru.", "gov-pe"),
    ("Chile signed the agreement with Peru.", "gov-cl"),
])
def test_role_phrases_of_batches_9_and_10_that_give_no_role(text, agent):
    assert _roles(text).get(agent) in (None, "mentioned")


def test_an_article_dating_a_reference_edition_otherwise_is_reported_naming_both_sources():
    from rcpkg.loaders.identity import reference_conflicts, resolve_rows

    base = "edition:rcm-conference:24"
    ref = {base: [("2019-11-12", "2019-11-14", "https://ref.example.org/a")]}
    row = [0, base, "2019-11-13", "2019-11-14", "", 0, base, "XXIV RCM", 3, False]
    apart = resolve_rows({"news.txt": [row]}, ref).apart
    assert len(apart) == 1 and apart[0]["page"] == "news.txt" and apart[0]["line"] == 3
    assert "2019-11-13 to 2019-11-14" in apart[0]["why"] and "https://ref.example.org/a" in apart[0]["why"]
    agreeing = [0, base, "2019-11-12", "2019-11-14", "", 0, base, "XXIV RCM", 3, False]
    assert reference_conflicts({"news.txt": [agreeing]}, ref) == []
    assert reference_conflicts({"news.txt": [row]}, {base: [("2019-11-13", "", "x")]}) == []  # no end: start agrees


def test_batch9_reports_the_article_that_dates_the_xxiv_rcm_otherwise_than_the_reference():
    out: list[str] = []
    score_batch("batch9", build_output=out)
    said = " ".join(out[0].split())
    assert "kept apart: en-newspaper-twenty-fourth-dates.txt:" in said
    assert "this page dates the edition 2019-11-13 to 2019-11-14, the reference data 2019-11-12 to 2019-11-14 (" in said


def test_the_presidency_by_a_possessive_before_it():
    result = _news("Talks\nSan José, 3 December 2041 — The 58th Vice-Ministerial Meeting of the RCM, held under Costa "
                   "Rica's Pro Tempore Presidency on 1 and 2 December in San José, Costa Rica, gathered the members.\n",
                   lang="en")
    assert result.events[0].coordinating.exact == "Costa Rica"


@pytest.mark.parametrize("body, expected", [
    ("La XLII Conferencia Suramericana sobre Migraciones se realizó ayer en Quito, Ecuador.", (date(2031, 10, 13), None)),
    ("The XLII South American Conference on Migration was held yesterday and today in Quito.",
     (date(2031, 10, 13), date(2031, 10, 14))),
    ("La XLII Conferencia Suramericana sobre Migraciones se celebra hoy y mañana en Asunción.",
     (date(2031, 10, 14), date(2031, 10, 15))),
    ("The XLII South American Conference on Migration was held in Quito on Oct. 10 and 11.",
     (date(2031, 10, 10), date(2031, 10, 11))),
    ("La XLII Conferencia Suramericana sobre Migraciones se realizó el 10 y 11 de oct. en Quito.",
     (date(2031, 10, 10), date(2031, 10, 11))),
])
def test_yesterday_today_and_tomorrow_and_abbreviated_months(body, expected):
    result = _news("Talks\nLima, 14 de octubre de 2031 — " + body + "\n", published=None)
    d = result.events[0].dates
    assert (d.start, d.end) == expected


def test_yesterday_without_a_dated_dateline_stays_unknown():
    result = _news("Talks\nThe XLII South American Conference on Migration was held yesterday in Quito, Ecuador, with "
                   "the delegations of the member countries and the observers of the process.\n", lang="en",
                   published=None)
    assert result.events[0].dates is None


def test_the_city_that_bears_its_countrys_name():
    result = _news("Talks\nLima, 14 de octubre de 2031 — La XLII Conferencia Suramericana sobre Migraciones se realizó "
                   "el 10 de octubre en la ciudad de Panamá, con las delegaciones de los países miembros.\n")
    place = result.events[0].place
    assert (place.city_label_en, place.country_code) == ("Panama City", "PA")
    result = _news("Talks\nLima, 14 de octubre de 2031 — La XLII Conferencia Suramericana sobre Migraciones se realizó "
                   "el 10 de octubre en Panamá, con las delegaciones de los países miembros.\n")
    assert (result.events[0].place.city_label_en, result.events[0].place.country_code) == (None, "PA")


# --- h-news: dev batches 11 to 14, each rule with a case it must reject --------------------------------


def _said(result) -> list[str]:
    return [str(w) for w in result.warnings]


def test_a_weekday_printed_before_each_day_of_a_range_is_read_past():
    (ev,) = _news("Cierre\nLa LXIII Conferencia Suramericana sobre Migraciones se celebró del martes 10 al jueves 12 de "
                  "junio en Asunción.\n", published=date(2053, 6, 12)).events
    assert (ev.dates.start, ev.dates.end, ev.dates.span.exact) == (date(2053, 6, 10), date(2053, 6, 12),
                                                                   "del martes 10 al jueves 12 de junio")
    (ev,) = _news("Close\nThe 70th Regional Conference on Migration was held from Tuesday 7 to Thursday 9 March 2051 "
                  "in Tegucigalpa.\n", lang="en", published=None).events
    assert (ev.dates.start, ev.dates.end) == (date(2051, 3, 7), date(2051, 3, 9))
    assert not any("weekday" in w for w in _said(_news(
        "Close\nThe 70th Regional Conference on Migration was held from Tuesday 7 to Thursday 9 March 2051.\n",
        lang="en", published=None)))
    # a weekday that is not its day's: the date stays as printed, and a warning says so
    result = _news("Cierre\nLa V Conferencia Sudamericana sobre Migraciones se celebró el lunes 25 y el martes 26 de "
                   "noviembre de 2004 en La Paz.\n", published=None)
    (ev,) = result.events
    assert (ev.dates.start, ev.dates.end) == (date(2004, 11, 25), date(2004, 11, 26))
    assert any("is not the weekday of 2004-11-25" in w for w in _said(result))
    # a weekday before a phrase that is no day number keeps the phrase as it was ("viernes, del 12 al 14")
    (ev,) = _news("Cierre\nLa XX Conferencia Suramericana sobre Migraciones concluyó el viernes, del 12 al 14 de "
                  "octubre en Santiago.\n", published=date(2022, 10, 15)).events
    assert ev.dates.span.exact == "del 12 al 14 de octubre"


def test_last_thursday_and_friday_count_back_both_days_and_a_bare_weekday_does_not():
    (ev,) = _news("News\nThe LXXI Regional Conference on Migration met last Thursday and Friday in Panama City.\n",
                  lang="en", published=date(2052, 12, 9)).events  # a Monday
    assert (ev.dates.start, ev.dates.end, ev.dates.span.exact) == (date(2052, 12, 5), date(2052, 12, 6),
                                                                   "last Thursday and Friday")
    (ev,) = _news("News\nThe LXXI Regional Conference on Migration met on Thursday and Friday in Panama City.\n",
                  lang="en", published=date(2052, 12, 9)).events
    assert ev.dates is None  # which week is not said


def test_a_weekday_only_sentence_does_not_hide_the_meetings_dated_sentence():
    result = _news("Close\nBrasília, Oct 21 (Agency) - The XI South American Conference on Migration closed on Friday "
                   "in Brasília.\nThe meeting, held from 19 to 21 October, adopted a declaration.\n", lang="en",
                   published=date(2011, 10, 21))
    (ev,) = result.events
    assert (ev.dates.start, ev.dates.end) == (date(2011, 10, 19), date(2011, 10, 21))
    # with no dated sentence, the weekday still leaves the date unknown, with its warning
    result = _news("Close\nThe XI South American Conference on Migration closed on Friday in Brasília.\n", lang="en",
                   published=date(2011, 10, 21))
    assert result.events[0].dates is None
    assert any("given as a weekday only" in w for w in _said(result))


def test_agency_datelines_with_the_month_first_de_or_a_bracketed_country_are_not_the_meetings_day():
    from rcpkg.loaders.layouts.news import AGENCY_DATELINE

    for line in ("Lima, 12 de junio (Andina).- Texto", "Brasília, Oct 21 (Agency) - Text",
                 "San Pedro Sula (Honduras), 18 nov (Agencia) - Texto", "Caracas, 6 de diciembre (Agencia Sur) — T"):
        assert AGENCY_DATELINE.match(line), line
    assert not AGENCY_DATELINE.match("Lima (la capital del país) - texto")  # no agency's name in the brackets
    assert not AGENCY_DATELINE.match("Lima, 12 de junio de 2053 (Andina) - texto")  # a full date: the other pattern
    (ev,) = _news("Guía\nSan Pedro Sula (Honduras), 18 nov (Agencia) - La XXI Conferencia Regional sobre Migración, "
                  "celebrada el jueves 17 y el viernes 18 de noviembre en San Pedro Sula, adoptó una guía.\n",
                  published=date(2016, 11, 18)).events
    assert (ev.dates.start, ev.dates.end) == (date(2016, 11, 17), date(2016, 11, 18))


def test_a_city_that_hosts_as_the_subject_is_the_place_and_hosted_by_is_not():
    (ev,) = _news("Sede\nLima, 12 de junio (Andina).- Asunción acoge del martes 10 al jueves 12 de junio la LXIII "
                  "Conferencia Suramericana sobre Migraciones.\n", published=date(2053, 6, 12)).events
    assert (ev.place.span.exact, ev.place.city_label_en) == ("Asunción", "Asunción")  # not the dateline's Lima
    (ev,) = _news("Sede\nEntre el 8 y el 10 de octubre de 2055, San Salvador, El Salvador, recibirá a los delegados de "
                  "la Conferencia Regional sobre Migración (CRM) en su LXXII edición.\n").events
    assert (ev.place.span.exact, ev.place.country_code) == ("San Salvador, El Salvador", "SV")
    (ev,) = _news("Sede\nLa Ciudad de Guatemala acogerá el 14 y 15 de mayo la LXXIV Reunión Viceministerial de la "
                  "Conferencia Regional sobre Migración.\n").events
    assert ev.place.city_label_en == "Guatemala City"
    # a city in a sentence "in X" wins over a country that is the host ("Ecuador será sede … en Quito")
    (ev,) = _news("Ecuador será sede de la XXXIV Conferencia Suramericana sobre Migraciones\nLa XXXIV Conferencia "
                  "Suramericana sobre Migraciones se llevará a cabo en Quito, Ecuador.\n").events
    assert ev.place.city_label_en == "Quito"
    # "hosted by" names the host, not the place
    (ev,) = _news("Close\nThe XI South American Conference on Migration, hosted by Brazil, adopted a declaration.\n",
                  lang="en").events
    assert ev.place is None


def test_a_meeting_named_only_as_a_documents_author_is_no_event_unless_the_sentence_says_it_was_held():
    result = _news("Ley\nEl texto recoge los compromisos de la Declaración de Montevideo, adoptada por la LXII "
                   "Conferencia Suramericana sobre Migraciones, y los principios del Plan.\n")
    assert not result.events
    assert any("reports no meeting" in w for w in _said(result))
    (ev,) = _news("Cierre\nLos países firmaron la Declaración de Santiago, adoptada por la XX Conferencia Suramericana "
                  "sobre Migraciones, que se celebró del 12 al 14 de octubre en Santiago.\n",
                  published=date(2022, 10, 15)).events
    assert ev.edition.number == 20


def test_a_short_article_with_no_marker_is_news_by_its_prose_and_a_listing_block_is_not():
    from rcpkg.loaders.layouts import detect_layout

    text = ("Concluye en Montevideo la LXVII Conferencia Suramericana sobre Migraciones\nLa LXVII Conferencia "
            "Suramericana sobre Migraciones concluyó el 9 de noviembre de 2057 en Montevideo, Uruguay, con la "
            "participación de Argentina, Brasil y Paraguay.\n")
    assert detect_layout(text) == "news"
    assert detect_layout(text.replace("LXVII Conferencia Suramericana sobre Migraciones concluyó",
                                      "Conferencia concluyó")) != "news"  # no numbered meeting in the prose
    assert detect_layout("LXVII CSM\n9 de noviembre de 2057\nMontevideo\n" + text.split("\n", 1)[1]) != "news"


def test_presidency_holders_worded_otherwise():
    cases = [
        ("The LXXVII Regional Conference on Migration (RCM) met in San Salvador, hosted by the Government of El "
         "Salvador, which has held the Presidency Pro Tempore of the RCM this year.", "en", "El Salvador"),
        ("At the LXXVII Regional Conference on Migration, Mexico handed over the presidency to El Salvador.", "en",
         "Mexico"),
        ("Colombia entregó a Bolivia la Presidencia Pro Tempore durante la LXIX Conferencia Suramericana sobre "
         "Migraciones.", "es", "Colombia"),
        ("As holder of the Presidency Pro Tempore, Guyana welcomed delegations to the 70th South American "
         "Conference on Migration.", "en", "Guyana"),
        ("Guyana is chairing the South American Conference on Migration, whose 70th South American Conference on "
         "Migration opened.", "en", "Guyana"),
    ]
    for body, lang, holder in cases:
        result = _news("News\n" + body + "\n", lang=lang)
        (ev,) = result.events
        assert ev.coordinating is not None and ev.coordinating.exact.endswith(holder), body
    # the next holder of "entregó a Bolivia" is warned, never the holder
    result = _news("Traspaso\nColombia entregó a Bolivia la Presidencia Pro Tempore durante la LXIX Conferencia "
                   "Suramericana sobre Migraciones.\n")
    assert any("passed to the next holder" in w and "Bolivia" in w for w in _said(result))
    # a country that only receives delegations is no holder
    (ev,) = _news("News\nGuyana welcomed delegations to the 70th South American Conference on Migration.\n",
                  lang="en").events
    assert ev.coordinating is None


def test_news_role_cues_of_batches_11_to_14_and_their_rejections():
    from rcpkg.loaders.roles import find_cues

    def cues(t: str) -> list[tuple[str, str]]:
        return [(c.role, t[c.start:c.end].strip()) for c in find_cues(t)]

    assert ("participant", "Se prevé la participación de") in cues(
        "Se prevé la participación de los gobiernos de Argentina y Chile.")
    assert not any(r == "participant" for r, _ in cues("Se prevé la aprobación de la ley."))
    assert ("participant", "Delegations from the member countries of the RCM (") in cues(
        "Delegations from the member countries of the RCM (Belize, Canada) are expected to take part.")
    assert ("participant", "followed the discussions as observer organizations") in cues(
        "IOM and ILO followed the discussions as observer organizations.")
    assert ("organizer", "coordinated the organization of the meeting") in cues(
        "The Ministry coordinated the organization of the meeting with the Executive Secretariat.")
    assert ("organizer", "with") in cues("The Ministry organizes the meeting with the Executive Secretariat.")
    assert ("organizer", "with") not in cues("The Ministry organizes the meeting with the support of IOM.")
    assert any(r == "host" for r, _ in cues(
        "Panama, which holds the Presidency Pro Tempore of the RCM, will host the XVII RCM."))
    assert not any(r == "host" for r, _ in cues("Panama, which holds the Presidency Pro Tempore of the RCM, "
                                                "attended the XVII RCM."))
    assert ("participant", "welcomed delegations from") in cues("Guyana welcomed delegations from Suriname.")
    assert ("participant", "asistió como país observador") in cues("México asistió como país observador.")
    assert ("participant", "has been invited as a special guest") in [
        (r, x.replace("  ", " ")) for r, x in cues("Colombia has been invited as a special guest.")] or any(
        r == "participant" and "invited as a special guest" in x for r, x in cues(
            "Colombia has been invited as a special guest."))
    assert any(r == "participant" and x.startswith("The troika of the South American Conference") for r, x in cues(
        "The troika of the South American Conference on Migration, Argentina and Peru, has been invited."))
    assert any(r == "participant" for r, _ in cues("RNCOM will present a statement on children."))
    assert not any(r == "participant" for r, _ in cues("The ministry will present a law on children."))


def _involvements(text: str, lang: str = "es", published: date | None = date(2031, 10, 14)) -> set[tuple[str, str]]:
    from rcpkg.loaders.extract import extract
    from rcpkg.loaders.gazetteer import Gazetteer
    from rcpkg.loaders.reference import load_reference
    from rcpkg.loaders.themes import ThemeMatcher

    ref = load_reference(REPO / "data" / "reference")
    result = _news(text, lang=lang, published=published)
    x = extract(result.page, result.events[0], Gazetteer.from_reference(ref), ThemeMatcher.from_reference(ref))
    return {(i.agent, i.role) for i in x.involvements}


def test_the_office_an_institution_exercises_and_a_parent_in_apposition_are_not_the_actor():
    got = _involvements("Cierre\nLa LXIII Conferencia Suramericana sobre Migraciones se celebró en Asunción. La "
                        "Organización Internacional para las Migraciones (OIM), que ejerce la Secretaría Técnica de la "
                        "Conferencia, brindó apoyo técnico.\n")
    assert ("iom", "supporter") in got
    assert not any("secretaria" in a for a, _ in got)
    got = _involvements("Talks\nThe 78th Regional Conference on Migration will be held in Belize City. The National "
                        "Migration Service (SNM), an agency of the Ministry of Public Security, organizes the meeting "
                        "with the Executive Secretariat of the RCM.\n", lang="en")
    assert ("rcm-technical-secretariat", "organizer") in got
    assert not any("public-security" in a and r == "organizer" for a, r in got)
    # without the apposition, the ministry that organizes is the organizer
    got = _involvements("Talks\nThe 78th Regional Conference on Migration will be held in Belize City. The Ministry "
                        "of Public Security organizes the meeting.\n", lang="en")
    assert any("public-security" in a and r == "organizer" for a, r in got)


def test_a_presidency_holder_named_in_the_prose_keeps_the_role_its_sentence_gives():
    got = _involvements("Close\nThe XI South American Conference on Migration was held in Brasília. It was hosted by "
                        "Brazil, which holds the Presidency Pro Tempore of the Conference.\n", lang="en")
    assert {("gov-br", "host"), ("gov-br", "coordinator")} <= got


def test_officials_from_countries_are_their_governments_and_a_minister_of_a_portfolio_is_not_a_country():
    from rcpkg.loaders.roles import find_cues

    t = "Vice-ministers from Argentina, Colombia and Paraguay met in Lima."
    assert [(c.role, t[c.start:c.end]) for c in find_cues(t)][:1] == [("participant", "Vice-ministers from")]
    got = _involvements("Talks\nVice-ministers from Argentina and Colombia met in Lima for the 72nd South American "
                        "Conference on Migration.\n", lang="en")
    assert {("gov-ar", "participant"), ("gov-co", "participant")} <= got
    t = "The ministers discussed labour mobility."
    assert not any(c.role == "participant" for c in find_cues(t))
