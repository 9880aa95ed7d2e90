"""Held-out news evaluation (issue 15): the real CLI on articles the rules were not written for.

Builds a store from tests/fixtures/news_heldout (twelve articles, six English, six Spanish,
written apart from the news layout's rules) with ``rcpkg build``, reads it back with
``rcpkg query --file`` (SPARQL over the store) and scores it against the hand gold in
tests/gold/news_heldout.yaml:

- per article, **meeting right**: every meeting the gold gives is an event of the article
  with the right series (RCM, SACM or joint, from ``rcp:seriesOf`` of its
  ``schema:superEvent``) and edition, the right place (the city, or the country when the
  article names only a country) and the right dates (or none where the gold has them
  unknown), and the article gives no other event; an article that reports no meeting of the
  processes must give no event, and, where the gold asks for it, a warning. What the
  article says is read from the article's own named graph, so a reference edition's place
  never counts for the article. The kind and the presidency are scored apart (they are not
  part of the issue's "meeting right");
- **institutions present or organizing**: (meeting, institution) for every role but
  ``mentioned``, precision and recall; also with the role, and per role.

Matching follows tests/heldout_score.py: names folded (accents, case, punctuation, a
leading article); a store agent is a gold institution of the meeting when one of its names
or acronyms equals one of the institution's (the name as printed, its acronym, the other
names in the gold's ``institutions:`` table); an involvement belongs to the article its
evidence quotes; an involvement on an event the gold does not have is a false positive.

The issue's target: the meeting right for at least 8 in 10 articles, and the institutions
named as present or as organizers at precision >= 0.9 and recall >= 0.85.

Run: ``.venv/bin/python -m tests.news_score`` (prints the table; ``--json FILE`` also writes
the figures; ``--details`` lists each article's verdict and the false positives and
negatives; ``--set news_heldout2`` scores the second held-out news set,
tests/fixtures/news_heldout2 against tests/gold/news_heldout2.yaml; ``--set news_heldout3`` the third). The pure part, :func:`score`, takes the gold and rows read from a store, so it is
unit-tested on hand-made rows (tests/test_news_heldout.py).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import yaml

if __package__:  # python -m tests.news_score
    from .heldout_score import PREFIXES, _prf, _query, _role, build_store, norm
else:  # imported by the tests, with tests/ on the path
    from heldout_score import PREFIXES, _prf, _query, _role, build_store, norm

HERE = Path(__file__).resolve().parent
ARTICLES = HERE / "fixtures" / "news_heldout"
GOLD = HERE / "gold" / "news_heldout.yaml"


def set_paths(name: str = "news_heldout") -> tuple[Path, Path]:
    """The articles folder and the gold of a held-out news set by name."""
    return HERE / "fixtures" / name, HERE / "gold" / f"{name}.yaml"


def set_names() -> tuple[str, ...]:
    """The sets ``--set`` takes: the held-out news sets."""
    return ("news_heldout", "news_heldout2", "news_heldout3")

ROLES = ("convener", "organizer", "host", "funder", "coordinator", "supporter", "participant", "mentioned")
PROCESSES = ("rcm", "sacm", "joint")
ID = "https://w3id.org/rcpkg/id/"

# What each article's own graph says of each event derived from it: one row per fact.
Q_FACTS = PREFIXES + """
SELECT DISTINCT ?event ?source ?fact ?value WHERE {
  GRAPH ?g {
    ?source a rcp:SourceDocument .
    ?event a rcp:Event ; prov:wasDerivedFrom ?source .
    {
      BIND("event" AS ?fact) BIND("" AS ?value)
    } UNION {
      ?event rcp:editionNumber ?n . BIND("edition" AS ?fact) BIND(STR(?n) AS ?value)
    } UNION {
      ?event schema:superEvent ?series . BIND("series" AS ?fact) BIND(STR(?series) AS ?value)
    } UNION {
      ?event schema:location ?place . BIND("location" AS ?fact) BIND(STR(?place) AS ?value)
    } UNION {
      ?event schema:startDate ?d . BIND("start" AS ?fact) BIND(STR(?d) AS ?value)
    } UNION {
      ?event schema:endDate ?d . BIND("end" AS ?fact) BIND(STR(?d) AS ?value)
    } UNION {
      ?event a ?class . BIND("class" AS ?fact) BIND(STR(?class) AS ?value)
    } UNION {
      ?event rdfs:label ?label . BIND("label" AS ?fact) BIND(STR(?label) AS ?value)
    }
  }
}
"""

# Every city and country with its country code (their types live in the places' graphs,
# not the article's), and the owners of every series (any graph).
Q_PLACES = PREFIXES + """
SELECT DISTINCT ?place ?type ?cc WHERE {
  VALUES ?type { rcp:City rcp:Country }
  ?place a ?type ; gn:countryCode ?cc .
}
"""
Q_SERIES = PREFIXES + """
SELECT DISTINCT ?series ?owner WHERE { ?series a rcp:EventSeries ; rcp:seriesOf ?owner . }
"""

# Every qualified involvement, with the page its evidence quotes; every agent's names.
Q_INVOLVEMENTS = PREFIXES + """
SELECT DISTINCT ?event ?agent ?role ?source WHERE {
  ?involvement a rcp:Involvement ; rcp:event ?event ; rcp:agent ?agent ; rcp:role ?role .
  ?annotation oa:hasBody ?involvement ; oa:hasTarget ?target .
  ?target oa:hasSource ?source .
}
"""
Q_NAMES = PREFIXES + """
SELECT DISTINCT ?agent ?name WHERE {
  ?involvement rcp:agent ?agent .
  { ?agent skos:prefLabel ?name } UNION { ?agent skos:altLabel ?name }
  UNION { ?agent rdfs:label ?name } UNION { ?agent schema:name ?name }
  UNION { ?agent rcp:acronym ?name }
}
"""


# -- gold ---------------------------------------------------------------------------


@dataclass(frozen=True)
class GoldMeeting:
    key: str  # "<file>#<n>"
    file: str
    process: str  # rcm | sacm | joint
    kind: str
    edition: int
    name: str
    city: int | None
    country: str
    dates: tuple  # () unknown, or (start, end)
    presidency: tuple[str, ...]
    handover_to: str | None


@dataclass(frozen=True)
class GoldInvolvement:
    meeting: str  # GoldMeeting.key
    inst: str
    role: str
    name: str


@dataclass
class Gold:
    articles: dict[str, str]  # file -> URL
    warning: dict[str, bool]  # file -> the article must give a warning
    meetings: list[GoldMeeting]
    involvements: list[GoldInvolvement]
    names: dict[str, set[str]]  # institution id -> folded names and acronyms
    lang: dict[str, str] = field(default_factory=dict)  # file -> language


def _date(value) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value))


def load_gold(gold_path: Path = GOLD, articles_dir: Path = ARTICLES) -> Gold:
    """The gold, checked for shape (one clear error naming the article and the value)."""
    meta = yaml.safe_load((articles_dir / "sources.yaml").read_text(encoding="utf-8"))
    urls = {p["file"]: p["url"] for p in meta["pages"]}
    lang = {p["file"]: p.get("lang", "") for p in meta["pages"]}
    raw = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
    names = {inst: {norm(x) for x in e.get("names", []) + e.get("acronyms", [])}
             for inst, e in raw["institutions"].items()}
    meetings, involvements, warning = [], [], {}
    for article in raw["articles"]:
        file = article["file"]
        if file not in urls:
            raise ValueError(f"{gold_path}: article {file!r} is not in {articles_dir / 'sources.yaml'}")
        warning[file] = bool(article.get("warning", False))
        for n, m in enumerate(article["meetings"]):
            key = f"{file}#{n}"
            if m["process"] not in PROCESSES:
                raise ValueError(f"{gold_path}: {key}: unknown process {m['process']!r}")
            dates = ()
            if m.get("dates"):
                start, end = (_date(d) for d in m["dates"])
                dates = (start, end)
            holders = m.get("presidency") or ()
            holders = (holders,) if isinstance(holders, str) else tuple(holders)
            meetings.append(GoldMeeting(key, file, m["process"], m["kind"], int(m["edition"]), m["name"],
                                        int(m["city"]) if m.get("city") else None, m["country"], dates,
                                        holders, m.get("handover_to")))
            for item in m["institutions"]:
                if item["role"] not in ROLES:
                    raise ValueError(f"{gold_path}: {key}: unknown role {item['role']!r}")
                if item["id"] not in names:
                    raise ValueError(f"{gold_path}: {key}: institution {item['id']!r} not in institutions:")
                names[item["id"]].add(norm(item["name"]))
                if item.get("acronym"):
                    names[item["id"]].add(norm(item["acronym"]))
                involvements.append(GoldInvolvement(key, item["id"], item["role"], item["name"]))
    return Gold(urls, warning, meetings, involvements, names, lang)


# -- what the store says ------------------------------------------------------------


@dataclass
class Extracted:
    """Rows read from a store (plain strings; IRIs as text) and the build's warnings."""

    facts: list[tuple[str, str, str, str]] = field(default_factory=list)  # (event, source, fact, value)
    places: list[tuple[str, str, str]] = field(default_factory=list)  # (place, type, country code)
    series: list[tuple[str, str]] = field(default_factory=list)  # (series, owner)
    involvements: list[tuple[str, str, str, str]] = field(default_factory=list)  # (event, agent, role, source)
    names: list[tuple[str, str]] = field(default_factory=list)  # (agent, name)
    warnings: dict[str, list[str]] = field(default_factory=dict)  # article file -> warnings


def read_store(store: Path, report: dict | None = None) -> Extracted:
    """The articles' events, facts, involvements and names, by ``rcpkg query --file``;
    the warnings from the build report."""
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        x = Extracted()
        x.facts = [(r["event"], r["source"], r["fact"], r["value"]) for r in _query(store, Q_FACTS, work)]
        x.places = [(r["place"], r["type"], r["cc"]) for r in _query(store, Q_PLACES, work)]
        x.series = [(r["series"], r["owner"]) for r in _query(store, Q_SERIES, work)]
        x.involvements = [(r["event"], r["agent"], r["role"], r["source"]) for r in _query(store, Q_INVOLVEMENTS, work)]
        x.names = [(r["agent"], r["name"]) for r in _query(store, Q_NAMES, work)]
    for page in (report or {}).get("pages", []):
        x.warnings[page["file"]] = [str(w) for w in page.get("warnings", [])]
    return x


# -- scoring (pure) -----------------------------------------------------------------


def _tail(iri: str) -> str:
    return iri.rstrip("/").rsplit("/", 1)[-1]


@dataclass
class StoreEvent:
    """What one article's graph says of one event."""

    iri: str
    source: str
    process: str | None = None
    edition: int | None = None
    cities: set = field(default_factory=set)  # GeoNames ids (str)
    countries: set = field(default_factory=set)  # ISO codes: countries named, and the cities'
    starts: set = field(default_factory=set)
    ends: set = field(default_factory=set)
    classes: set = field(default_factory=set)  # local names
    labels: set = field(default_factory=set)


def _process(owners: set[str]) -> str | None:
    keys = {_tail(o) for o in owners}
    if {"rcm", "sacm"} <= keys:
        return "joint"
    return "rcm" if "rcm" in keys else "sacm" if "sacm" in keys else None


def store_events(x: Extracted) -> dict[tuple[str, str], StoreEvent]:
    """(source, event) -> what the source's own graph says of the event."""
    owners: dict[str, set[str]] = {}
    for series, owner in x.series:
        owners.setdefault(series, set()).add(owner)
    kind = {place: re.split(r"[#/]", t)[-1] for place, t, _ in x.places}
    cc = {place: code for place, _, code in x.places}
    events: dict[tuple[str, str], StoreEvent] = {}
    series_of: dict[tuple[str, str], set[str]] = {}
    for event, source, fact, value in x.facts:
        e = events.setdefault((source, event), StoreEvent(event, source))
        if fact == "edition":
            e.edition = int(value)
        elif fact == "series":
            series_of.setdefault((source, event), set()).add(value)
        elif fact == "location" and kind.get(value) == "City":
            e.cities.add(_tail(value))
            e.countries.add(cc[value])
        elif fact == "location" and kind.get(value) == "Country":
            e.countries.add(cc[value])
        elif fact == "start":
            e.starts.add(value)
        elif fact == "end":
            e.ends.add(value)
        elif fact == "class":
            e.classes.add(re.split(r"[#/]", value)[-1])
        elif fact == "label":
            e.labels.add(value)
    for k, e in events.items():
        found = {_process(owners.get(s, set())) for s in series_of.get(k, set())} - {None}
        e.process = found.pop() if len(found) == 1 else ("joint" if found == {"rcm", "sacm"} else None)
        if e.edition is None:  # an edition the reference knows: id:event/<series>-<n>
            m = re.search(r"-(\d+)$", e.iri)
            if m and e.iri.startswith(ID + "event/"):
                e.edition = int(m.group(1))
    return events


def _place_right(g: GoldMeeting, e: StoreEvent) -> bool:
    if g.city is not None:
        return e.cities == {str(g.city)} and e.countries <= {g.country}
    return not e.cities and e.countries == {g.country}


def _dates_right(g: GoldMeeting, e: StoreEvent) -> bool:
    if not g.dates:
        return not e.starts and not e.ends
    start, end = (d.isoformat() for d in g.dates)
    return e.starts == {start} and (e.ends or e.starts) == {end}


def match_meetings(gold: Gold, events: dict[tuple[str, str], StoreEvent]) -> dict[str, StoreEvent]:
    """Gold meeting key -> the article's store event: the one with the gold's process and
    edition, else the one with its edition, else (one meeting, one event) the article's only
    event, so that a wrong series or edition is scored as such rather than as missing."""
    by_source: dict[str, list[StoreEvent]] = {}
    for (source, _), e in sorted(events.items()):
        by_source.setdefault(source, []).append(e)
    matched: dict[str, StoreEvent] = {}
    used: set[tuple[str, str]] = set()
    tests = (lambda g, e: e.process == g.process and e.edition == g.edition,
             lambda g, e: e.edition == g.edition)
    for test in tests:
        for g in gold.meetings:
            if g.key in matched:
                continue
            for e in by_source.get(gold.articles[g.file], []):
                if (e.source, e.iri) not in used and test(g, e):
                    matched[g.key] = e
                    used.add((e.source, e.iri))
                    break
    for file, url in gold.articles.items():
        want = [g for g in gold.meetings if g.file == file]
        have = by_source.get(url, [])
        if len(want) == 1 and len(have) == 1 and want[0].key not in matched and (url, have[0].iri) not in used:
            matched[want[0].key] = have[0]
            used.add((url, have[0].iri))
    return matched


def score(gold: Gold, x: Extracted) -> dict:
    """Per article "meeting right", and the precision and recall of the institutions."""
    events = store_events(x)
    matched = match_meetings(gold, events)
    urls = set(gold.articles.values())
    matched_pairs = {(e.source, e.iri) for e in matched.values()}

    # -- meetings and articles
    per_meeting = {}
    for g in gold.meetings:
        e = matched.get(g.key)
        checks = {"found": e is not None}
        if e is not None:
            checks |= {"series": e.process == g.process, "edition": e.edition == g.edition,
                       "place": _place_right(g, e), "dates": _dates_right(g, e),
                       "kind": g.kind in e.classes}
        else:
            checks |= dict.fromkeys(("series", "edition", "place", "dates", "kind"), False)
        checks["right"] = all(checks[k] for k in ("found", "series", "edition", "place", "dates"))
        checks["store"] = None if e is None else {
            "event": e.iri, "process": e.process, "edition": e.edition, "cities": sorted(e.cities),
            "countries": sorted(e.countries), "start": sorted(e.starts), "end": sorted(e.ends),
            "classes": sorted(e.classes)}
        per_meeting[g.key] = checks
    per_article = {}
    for file, url in gold.articles.items():
        mine = [g for g in gold.meetings if g.file == file]
        extra = sorted(ev for (src, ev) in events if src == url and (src, ev) not in matched_pairs)
        warned = bool(x.warnings.get(file))
        right = all(per_meeting[g.key]["right"] for g in mine) and not extra
        if gold.warning[file]:
            right = right and warned
        why = [f"{g.key}: " + ", ".join(k for k in ("found", "series", "edition", "place", "dates")
                                         if not per_meeting[g.key][k]) for g in mine if not per_meeting[g.key]["right"]]
        why += [f"extra event {ev}" for ev in extra]
        if gold.warning[file] and not warned:
            why.append("no warning")
        per_article[file] = {"right": right, "meetings": len(mine), "extra_events": extra, "why": why}
    n_right = sum(a["right"] for a in per_article.values())
    articles = {"right": n_right, "articles": len(per_article),
                "accuracy": round(n_right / len(per_article), 4) if per_article else 1.0,
                "wrong": sorted(f for f, a in per_article.items() if not a["right"])}
    fields = {}
    for k in ("found", "series", "edition", "place", "dates", "kind", "right"):
        ok = sum(per_meeting[g.key][k] for g in gold.meetings)
        fields[k] = {"correct": ok, "meetings": len(gold.meetings),
                     "accuracy": round(ok / len(gold.meetings), 4) if gold.meetings else 1.0}

    # -- institutions (as tests/heldout_score.py; "present or organizing": every role but mentioned)
    agent_names: dict[str, set[str]] = {}
    for agent, name in x.names:
        agent_names.setdefault(agent, set()).add(norm(name))
    gold_insts: dict[str, list[str]] = {}
    for inv in gold.involvements:
        if inv.inst not in gold_insts.setdefault(inv.meeting, []):
            gold_insts[inv.meeting].append(inv.inst)
    key_of = {(e.source, e.iri): k for k, e in matched.items()}
    predicted: dict[tuple[str, str], set[str]] = {}
    for event, agent, role, source in x.involvements:
        if source not in urls:
            continue
        key = key_of.get((source, event))
        if key is None:  # an event the gold does not have: every involvement is a false positive
            who, key = agent, f"{source} {event}"
        else:
            names = agent_names.get(agent, set())
            who = next((i for i in gold_insts.get(key, []) if names & gold.names[i]), agent)
        predicted.setdefault((key, who), set()).add(_role(role))
    pred_inst, pred_role = set(), set()
    for (key, who), roles in predicted.items():
        present = roles - {"mentioned"}
        if present:
            pred_inst.add((key, who))
            pred_role |= {(key, who, r) for r in present}
    gold_inst = {(i.meeting, i.inst) for i in gold.involvements if i.role != "mentioned"}
    gold_role = {(i.meeting, i.inst, i.role) for i in gold.involvements if i.role != "mentioned"}
    per_role = {}
    for r in sorted({t[2] for t in gold_role | pred_role}):
        m = _prf({t for t in pred_role if t[2] == r}, {t for t in gold_role if t[2] == r})
        per_role[r] = {k: m[k] for k in ("precision", "recall", "true_positives", "predicted", "gold")}
    lang_of = {g.key: gold.lang.get(g.file, "") for g in gold.meetings}
    lang_of |= {url: gold.lang.get(f, "") for f, url in gold.articles.items()}
    per_lang = {}
    for lang in sorted(set(gold.lang.values())):
        def _in(t, lang=lang):
            return lang_of.get(t[0], lang_of.get(t[0].split(" ")[0])) == lang
        m = _prf({t for t in pred_inst if _in(t)}, {t for t in gold_inst if _in(t)})
        per_lang[lang] = {k: m[k] for k in ("precision", "recall", "true_positives", "predicted", "gold")}

    # -- presidency (scored apart): every holder the gold names, as coordinator or convener
    presidency = {"correct": 0, "stated": 0, "wrong": []}
    for g in gold.meetings:
        if not g.presidency:
            continue
        presidency["stated"] += 1
        got = {who for (key, who), roles in predicted.items() if key == g.key and roles & {"coordinator", "convener"}}
        if set(g.presidency) <= got:
            presidency["correct"] += 1
        else:
            presidency["wrong"].append(g.key)

    return {
        "articles": articles,
        "per_article": per_article,
        "meetings": fields,
        "per_meeting": per_meeting,
        "institutions": _prf(pred_inst, gold_inst),
        "institution_roles": _prf(pred_role, gold_role),
        "per_role": per_role,
        "per_language": per_lang,
        "presidency": presidency,
    }


def measure(workdir: Path, articles: Path = ARTICLES, gold_path: Path = GOLD) -> dict:
    """Build the articles' store in ``workdir`` with the real CLI, read it back, score it."""
    store = workdir / "store"
    report = build_store(store, sources=articles, report=workdir / "build-report.json")
    result = score(load_gold(gold_path, articles), read_store(store, report))
    result["build"] = {"events": report.get("events"), "pages": len(report.get("pages", [])),
                       "warnings": sum(len(p.get("warnings", [])) for p in report.get("pages", []))}
    return result


def table(result: dict) -> str:
    a = result["articles"]
    rows = [f"articles with the meeting right      {a['right']}/{a['articles']}  ({a['accuracy']:.3f})"
            "   target: 8 in 10"]
    for k, m in result["meetings"].items():
        rows.append(f"  meetings: {k:<26} {m['correct']}/{m['meetings']}")
    p = result["presidency"]
    rows.append(f"  presidency holder found            {p['correct']}/{p['stated']}")
    rows.append("measure                              precision  recall   tp/pred/gold")
    for name, label in (("institutions", "institutions present/organizing"), ("institution_roles", "institution and role")):
        m = result[name]
        rows.append(f"{label:<36} {m['precision']:>9.3f} {m['recall']:>7.3f}   "
                    f"{m['true_positives']}/{m['predicted']}/{m['gold']}")
    for role, m in result["per_role"].items():
        rows.append(f"  role {role:<31} {m['precision']:>9.3f} {m['recall']:>7.3f}   "
                    f"{m['true_positives']}/{m['predicted']}/{m['gold']}")
    for lang, m in result["per_language"].items():
        rows.append(f"  institutions, lang {lang:<17} {m['precision']:>9.3f} {m['recall']:>7.3f}   "
                    f"{m['true_positives']}/{m['predicted']}/{m['gold']}")
    rows.append("target: institutions precision >= 0.90, recall >= 0.85")
    return "\n".join(rows)


def details(result: dict) -> str:
    out = ["\nper article:"]
    for file, a in result["per_article"].items():
        out.append(f"  {'ok ' if a['right'] else 'BAD'} {file}" + ("" if a["right"] else "  -- " + "; ".join(a["why"])))
    out.append("\nper meeting (store side):")
    for key, m in result["per_meeting"].items():
        out.append(f"  {key}: {json.dumps(m['store'], ensure_ascii=False)}")
    for name in ("institutions", "institution_roles"):
        out.append(f"\n{name} false positives:")
        out += [f"  + {' '.join(map(str, row))}" for row in result[name]["false_positives"]]
        out.append(f"{name} false negatives:")
        out += [f"  - {' '.join(map(str, row))}" for row in result[name]["false_negatives"]]
    out.append(f"\npresidency not found: {result['presidency']['wrong']}")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    parser.add_argument("--details", action="store_true",
                        help="print each article's verdict and the false positives and negatives")
    parser.add_argument("--set", dest="set_name", default="news_heldout", choices=set_names(),
                        help="the held-out news set to score (default: news_heldout)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="rcpkg-news-heldout-") as tmp:
        result = measure(Path(tmp), *set_paths(args.set_name))
    print(table(result))
    if args.details:
        print(details(result))
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
