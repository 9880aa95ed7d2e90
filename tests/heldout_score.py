"""Held-out evaluation (issue 13): the real CLI on pages the rules were not written for.

Builds a store from tests/fixtures/heldout with ``rcpkg build``, reads back the events
and the involvements with ``rcpkg query --file`` (SPARQL over the store), and scores them
against the hand-written gold in tests/gold/heldout_events.yaml and
tests/gold/heldout_relations.yaml:

- events: found (a store event of the page whose label is, or contains, or is contained
  in a gold title), title (a label equal to a gold title), place (city, country, online),
  dates (start, end), identity (distinct gold events that became one store event, and
  one event on two pages that became two);
- institutions: (event, institution) for any role, and (event, institution, role).

Matching: names are folded (accents, case, punctuation, a leading article). An
extracted agent is a gold institution of the event when any of its labels or acronyms
(skos:prefLabel, skos:altLabel, rdfs:label, schema:name, rcp:acronym; for a government, also
its country's name) equals one of the
institution's names: the printed name and acronym, and the other names the gold's
``institutions:`` table gives. An involvement is attributed to the page its evidence
quotes, so a listing entry and its own event page, merged into one event, are scored
page by page. A "mentioned" involvement of an agent that has another role in the same
event is not counted (the gold annotates the role only; a mention adds nothing).

Run: ``.venv/bin/python -m tests.heldout_score`` (prints the table; ``--json FILE``
also writes the figures; ``--set heldout2`` scores the second held-out set,
tests/fixtures/heldout2 against tests/gold/heldout2_*.yaml, ``--set heldout3`` the third, ``--set heldout4`` the fourth, ``--set heldout5`` the fifth,
``--set heldout6`` the sixth, ``--set heldout7`` the seventh, ``--set heldout8`` the eighth, ``--set heldout9`` the ninth,
``--set heldout10`` the tenth, ``--set heldout11`` the eleventh,
``--set heldout12`` the twelfth, ``--set heldout13`` the thirteenth, ``--set heldout14`` the fourteenth,
``--set heldout15`` the fifteenth, ``--set heldout16`` the sixteenth,
``--set heldout17`` the seventeenth, ``--set heldout18`` the eighteenth,
``--set heldout19`` the nineteenth, ``--set heldout20`` the twentieth,
``--set heldout21`` the twenty-first, ``--set heldout22`` the twenty-second,
``--set heldout23`` the twenty-third,
``--set heldout24`` the twenty-fourth,
``--set heldout25`` the twenty-fifth,
``--set heldout26`` the twenty-sixth,
``--set heldout27`` the twenty-seventh,
``--set heldout28`` the twenty-eighth,
``--set heldout29`` the twenty-ninth,
``--set heldout30`` the thirtieth,
``--set heldout31`` the thirty-first,
``--set heldout32`` the thirty-second,
``--set heldout33`` the thirty-third,
``--set heldout34`` the thirty-fourth,
``--set heldout35`` the thirty-fifth,
``--set heldout36`` the thirty-sixth;
``--set rules_dev_batchN`` a rules development batch, tests/fixtures/rules_dev/batchN against
tests/gold/rules_dev_batchN_*.yaml).
The pure part, :func:`score`, takes the gold and the rows read from the store, so it is
unit-tested on hand-made rows (tests/test_heldout_quality.py).
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
PAGES = HERE / "fixtures" / "heldout"
EVENTS_GOLD = HERE / "gold" / "heldout_events.yaml"
RELATIONS_GOLD = HERE / "gold" / "heldout_relations.yaml"


def set_paths(name: str = "heldout") -> tuple[Path, Path, Path]:
    """The pages folder, events gold and relations gold of a held-out set by name. A rules
    development batch ``rules_dev_batchN`` has its pages in tests/fixtures/rules_dev/batchN."""
    dev = re.fullmatch(r"rules_dev_(batch\d+)", name)
    pages = HERE / "fixtures" / "rules_dev" / dev.group(1) if dev else HERE / "fixtures" / name
    return pages, HERE / "gold" / f"{name}_events.yaml", HERE / "gold" / f"{name}_relations.yaml"


def set_names() -> tuple[str, ...]:
    """The sets ``--set`` takes: the held-out sets, and the rules development batches
    (tests/fixtures/rules_dev/batchN, written for issue 13 to develop the role rules on)."""
    dev = sorted((p.name for p in (HERE / "fixtures" / "rules_dev").glob("batch*") if p.is_dir()),
                 key=lambda n: int(n[5:]) if n[5:].isdigit() else 0)
    return ("heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7", "heldout8",
            "heldout9", "heldout10", "heldout11", "heldout12", "heldout13", "heldout14", "heldout15", "heldout16", "heldout17",
            "heldout18", "heldout19", "heldout20", "heldout21", "heldout22", "heldout23", "heldout24", "heldout25", "heldout26", "heldout27", "heldout28", "heldout29", "heldout30", "heldout31", "heldout32", "heldout33", "heldout34", "heldout35", "heldout36") + tuple(f"rules_dev_{b}" for b in dev)


ROLES = ("convener", "organizer", "host", "funder", "coordinator", "supporter", "participant", "mentioned")
_ARTICLE = re.compile(r"^(the|la|el|los|las|le|les) ")

PREFIXES = """\
PREFIX rcp: <https://w3id.org/rcpkg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX schema: <https://schema.org/>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX oa: <http://www.w3.org/ns/oa#>
PREFIX gn: <https://www.geonames.org/ontology#>
"""

# Every event and the pages it is derived from, with each of its labels.
Q_EVENTS = PREFIXES + """
SELECT DISTINCT ?event ?source ?label WHERE {
  ?event a rcp:Event ; prov:wasDerivedFrom ?source .
  { ?event rdfs:label ?label } UNION { ?event schema:name ?label } UNION { ?event schema:alternateName ?label }
}
"""

# What the store says of each event's place, mode, dates and edition: one row per fact.
Q_FACTS = PREFIXES + """
SELECT DISTINCT ?event ?fact ?value WHERE {
  ?event a rcp:Event .
  {
    ?event schema:location ?city . ?city a rcp:City .
    BIND("city" AS ?fact) BIND(STR(?city) AS ?value)
  } UNION {
    ?event schema:location ?city . ?city a rcp:City ; gn:countryCode ?cc .
    BIND("country" AS ?fact) BIND(STR(?cc) AS ?value)
  } UNION {
    ?event schema:location ?country . ?country a rcp:Country ; gn:countryCode ?cc .
    BIND("country" AS ?fact) BIND(STR(?cc) AS ?value)
  } UNION {
    ?event schema:eventAttendanceMode schema:OnlineEventAttendanceMode .
    BIND("online" AS ?fact) BIND("true" AS ?value)
  } UNION {
    ?event schema:startDate ?d . BIND("start" AS ?fact) BIND(STR(?d) AS ?value)
  } UNION {
    ?event schema:endDate ?d . BIND("end" AS ?fact) BIND(STR(?d) AS ?value)
  } UNION {
    ?event rcp:editionNumber ?n . BIND("edition" AS ?fact) BIND(STR(?n) AS ?value)
  }
}
"""

# Every qualified involvement, with the page its evidence quotes.
Q_INVOLVEMENTS = PREFIXES + """
SELECT DISTINCT ?event ?agent ?role ?source WHERE {
  ?involvement a rcp:Involvement ; rcp:event ?event ; rcp:agent ?agent ; rcp:role ?role .
  ?annotation oa:hasBody ?involvement ; oa:hasTarget ?target .
  ?target oa:hasSource ?source .
}
"""

# Every name and acronym of every involved agent.
Q_NAMES = PREFIXES + """
SELECT DISTINCT ?agent ?name WHERE {
  ?involvement rcp:agent ?agent .
  { ?agent skos:prefLabel ?name } UNION { ?agent skos:altLabel ?name }
  UNION { ?agent rdfs:label ?name } UNION { ?agent schema:name ?name }
  UNION { ?agent rcp:acronym ?name }
  UNION { ?agent a rcp:Government ; rcp:country/rdfs:label ?name }
}
"""


def norm(text: str) -> str:
    """Accent, case and punctuation folded; a leading article dropped."""
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    words = " ".join(re.sub(r"[^\w]+", " ", bare).split())
    return _ARTICLE.sub("", words)


# -- gold ---------------------------------------------------------------------------


@dataclass(frozen=True)
class GoldEvent:
    key: str  # "<page>#<n>"
    page: str
    url: str
    titles: tuple[str, ...]
    place: frozenset  # {("city", id), ("country", "CR"), ("online", True)}
    dates: tuple  # () or (start, end)
    country_page: str | None
    same_as: str | None  # page of the same event
    layout: str | None = None


def _same_meeting(a: GoldEvent, b: GoldEvent) -> bool:
    """Two gold events of two pages that give the same city and the same start and end day: the gold
    links only a listing entry and its own page (same_as, same titles), so the same meeting on a
    country page and on its own page in the other language ("XVIII CONFERENCIA SURAMERICANA SOBRE
    MIGRACIONES", Sucre, 22-23 November 2018, and "XVIII South American Conference on Migration",
    Sucre, the same days) is not scored as two distinct events merged."""
    return (a.page != b.page and bool(a.dates) and a.dates == b.dates and all(a.dates)
            and any(f == "city" for f, _ in a.place) and a.place == b.place)


@dataclass(frozen=True)
class GoldInvolvement:
    event: str  # GoldEvent.key
    inst: str  # gold institution id
    role: str
    name: str = ""  # as printed


@dataclass
class Gold:
    events: list[GoldEvent]
    involvements: list[GoldInvolvement]
    names: dict[str, set[str]]  # institution id -> folded names and acronyms
    urls: dict[str, str]  # page file -> URL


def _date(value) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value))


def load_gold(events_path: Path = EVENTS_GOLD, relations_path: Path = RELATIONS_GOLD,
              pages_dir: Path = PAGES) -> Gold:
    meta = yaml.safe_load((pages_dir / "sources.yaml").read_text(encoding="utf-8"))
    urls = {p["file"]: p["url"] for p in meta["pages"]}
    ev = yaml.safe_load(events_path.read_text(encoding="utf-8"))
    rel = yaml.safe_load(relations_path.read_text(encoding="utf-8"))
    events: list[GoldEvent] = []
    by_title: dict[tuple[str, str], str] = {}
    for page in ev["pages"]:
        for n, e in enumerate(page["events"]):
            place = set()
            if e.get("city"):
                place.add(("city", int(e["city"])))
            if e.get("country"):
                place.add(("country", e["country"]))
            if e.get("online"):
                place.add(("online", True))
            dates = ()
            if e.get("dates"):
                start, end = (_date(d) for d in e["dates"])
                dates = (start, end or start)
            key = f"{page['page']}#{n}"
            titles = tuple(t for _, t in e["titles"])
            events.append(GoldEvent(key, page["page"], urls[page["page"]], titles, frozenset(place), dates,
                                    page.get("country_page"), e.get("same_as"), page.get("layout")))
            for t in titles:
                by_title[(page["page"], norm(t))] = key
    names: dict[str, set[str]] = {}
    for inst, entry in rel["institutions"].items():
        names[inst] = {norm(x) for x in entry.get("names", []) + entry.get("acronyms", [])}
    involvements = []
    for page in rel["pages"]:
        for e in page["events"]:
            key = by_title.get((page["page"], norm(e["title"])))
            if key is None:
                raise ValueError(f"{relations_path}: no event {e['title']!r} on {page['page']} in {events_path}")
            for item in e["institutions"]:
                if item["role"] not in ROLES:
                    raise ValueError(f"{relations_path}: unknown role {item['role']!r} ({e['title']})")
                names.setdefault(item["id"], set()).add(norm(item["name"]))
                if item.get("acronym"):
                    names[item["id"]].add(norm(item["acronym"]))
                involvements.append(GoldInvolvement(key, item["id"], item["role"], item["name"]))
    return Gold(events, involvements, names, urls)


# -- what the store says ------------------------------------------------------------


@dataclass
class Extracted:
    """Rows read from a store (plain strings; IRIs as text)."""

    event_labels: list[tuple[str, str, str]] = field(default_factory=list)  # (event, source, label)
    facts: list[tuple[str, str, str]] = field(default_factory=list)  # (event, fact, value)
    involvements: list[tuple[str, str, str, str]] = field(default_factory=list)  # (event, agent, role, source)
    names: list[tuple[str, str]] = field(default_factory=list)  # (agent, name)


def _cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "rcpkg", *args], capture_output=True, text=True, check=False)


def build_store(store: Path, *, sources: Path = PAGES, report: Path | None = None) -> dict:
    """``rcpkg build`` on the held-out pages; returns the build report (JSON)."""
    report = report or store.parent / (store.name + "-report.json")
    proc = _cli("build", "--sources", str(sources), "--store", str(store), "--no-explorer", "--full",
                "--quiet", "--report", str(report))
    if proc.returncode != 0:
        raise RuntimeError(f"rcpkg build failed (exit {proc.returncode}):\n{proc.stdout}\n{proc.stderr}")
    return json.loads(report.read_text(encoding="utf-8"))


def _query(store: Path, text: str, workdir: Path) -> list[dict[str, str]]:
    path = workdir / "heldout-query.rq"
    path.write_text(text, encoding="utf-8")
    proc = _cli("query", "--file", str(path), "--format", "json", "--store", str(store))
    if proc.returncode != 0:
        raise RuntimeError(f"rcpkg query failed (exit {proc.returncode}):\n{proc.stderr}")
    data = json.loads(proc.stdout)
    return [{k: v["value"] for k, v in row.items()} for row in data["results"]["bindings"]]


def read_store(store: Path) -> Extracted:
    """The events, facts, involvements and agent names of a store, by ``rcpkg query --file``."""
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        x = Extracted()
        x.event_labels = [(r["event"], r["source"], r["label"]) for r in _query(store, Q_EVENTS, work)]
        x.facts = [(r["event"], r["fact"], r["value"]) for r in _query(store, Q_FACTS, work)]
        x.involvements = [(r["event"], r["agent"], r["role"], r["source"]) for r in _query(store, Q_INVOLVEMENTS, work)]
        x.names = [(r["agent"], r["name"]) for r in _query(store, Q_NAMES, work)]
    return x


# -- scoring (pure) -----------------------------------------------------------------


def _role(iri: str) -> str:
    return re.split(r"[#/]", iri)[-1].lower()


def _prf(predicted: set, gold: set) -> dict:
    tp = len(predicted & gold)
    return {
        "precision": round(tp / len(predicted), 4) if predicted else 1.0,
        "recall": round(tp / len(gold), 4) if gold else 1.0,
        "true_positives": tp, "predicted": len(predicted), "gold": len(gold),
        "false_positives": sorted(map(list, predicted - gold)),
        "false_negatives": sorted(map(list, gold - predicted)),
    }


def match_events(gold: Gold, x: Extracted) -> tuple[dict[str, str], dict[str, bool]]:
    """Gold event key -> store event IRI, and whether a label equals a gold title exactly.

    Candidates are the store events derived from the gold event's page; an exact (folded)
    title match wins over containment; each store event serves one gold event per page.
    """
    labels: dict[tuple[str, str], set[str]] = {}
    for event, source, label in x.event_labels:
        labels.setdefault((source, event), set()).add(norm(label))
    matched: dict[str, str] = {}
    exact: dict[str, bool] = {}
    used: set[tuple[str, str]] = set()
    for strict in (True, False):
        for g in gold.events:
            if g.key in matched:
                continue
            titles = {norm(t) for t in g.titles}
            for (source, event), names in sorted(labels.items()):
                if source != g.url or (source, event) in used:
                    continue
                if strict:
                    hit = bool(titles & names)
                else:
                    hit = any(len(a) >= 8 and len(b) >= 8 and (a in b or b in a) for a in titles for b in names)
                if hit:
                    matched[g.key], exact[g.key] = event, strict
                    used.add((source, event))
                    break
    return matched, exact


def score(gold: Gold, x: Extracted) -> dict:
    """Precision and recall of the events and involvements read from a store."""
    urls = set(gold.urls.values())
    matched, exact = match_events(gold, x)
    by_key = {g.key: g for g in gold.events}

    # events: every (store event, page) of the held-out pages is a prediction
    store_pairs = {(event, source) for event, source, _ in x.event_labels if source in urls}
    matched_pairs = {(matched[g.key], g.url) for g in gold.events if g.key in matched}
    events = {
        "precision": round(len(matched_pairs & store_pairs) / len(store_pairs), 4) if store_pairs else 1.0,
        "recall": round(len(matched) / len(gold.events), 4) if gold.events else 1.0,
        "found": len(matched), "gold": len(gold.events), "store_event_pages": len(store_pairs),
        "missing": sorted(g.key + " " + g.titles[0] for g in gold.events if g.key not in matched),
        "extra": sorted(f"{s} {e}" for e, s in store_pairs - matched_pairs),
    }
    titles = {"correct": sum(exact.values()), "found": len(matched), "gold": len(gold.events),
              "accuracy": round(sum(exact.values()) / len(gold.events), 4) if gold.events else 1.0,
              "inexact": sorted(k for k, v in exact.items() if not v)}

    facts: dict[str, set[tuple[str, str]]] = {}
    for event, fact, value in x.facts:
        facts.setdefault(event, set()).add((fact, value))

    # places and dates as claims per gold event
    gold_place, pred_place, gold_dates, pred_dates = set(), set(), set(), set()
    for g in gold.events:
        dates = g.dates
        if not dates and g.same_as:  # the same event's own page gives the dates
            twin = next((o for o in gold.events if o.page == g.same_as and set(o.titles) & set(g.titles)), None)
            dates = twin.dates if twin else ()
        gold_place |= {(g.key, f, str(v)) for f, v in g.place}
        if dates:
            gold_dates |= {(g.key, "start", dates[0].isoformat()), (g.key, "end", dates[1].isoformat())}
        if g.key not in matched:
            continue
        said = facts.get(matched[g.key], set())
        online = ("online", "true") in said
        for f, v in said:
            if f == "city":
                pred_place.add((g.key, "city", v.rstrip("/").rsplit("/", 1)[-1]))
            elif f == "country":
                no_place = not g.place
                if g.country_page and no_place and not online and v == g.country_page:
                    continue  # a country page's own country, for an in-person event: tolerated
                pred_place.add((g.key, "country", v))
            elif f == "online":
                pred_place.add((g.key, "online", "True"))
        starts = sorted(v for f, v in said if f == "start")
        ends = sorted(v for f, v in said if f == "end")
        pred_dates |= {(g.key, "start", v) for v in starts}
        pred_dates |= {(g.key, "end", v) for v in ends} or {(g.key, "end", v) for v in starts}

    # identity: distinct gold events that are one store event; one event that is two
    merged, split = [], []
    keys = [g.key for g in gold.events if g.key in matched]
    for i, a in enumerate(keys):
        for b in keys[i + 1:]:
            ga, gb = by_key[a], by_key[b]
            same = (ga.same_as == gb.page or gb.same_as == ga.page) and set(ga.titles) & set(gb.titles)
            if not same and _same_meeting(ga, gb):  # the gold does not say they are distinct: no merge counted
                continue
            if same and matched[a] != matched[b]:
                split.append([a, b])
            elif not same and matched[a] == matched[b]:
                merged.append([a, b])

    # institutions and roles
    agent_names: dict[str, set[str]] = {}
    for agent, name in x.names:
        agent_names.setdefault(agent, set()).add(norm(name))
    gold_insts: dict[str, list[str]] = {}
    for inv in gold.involvements:
        if inv.inst not in gold_insts.setdefault(inv.event, []):
            gold_insts[inv.event].append(inv.inst)
    event_of = {(matched[g.key], g.url): g.key for g in gold.events if g.key in matched}
    predicted_roles: dict[tuple[str, str], set[str]] = {}
    for event, agent, role, source in x.involvements:
        if source not in urls:
            continue
        key = event_of.get((event, source))
        if key is None:  # an event the gold does not have: every involvement is a false positive
            who, key = agent, f"{source} {event}"
        else:
            names = agent_names.get(agent, set())
            who = next((i for i in gold_insts.get(key, []) if names & gold.names[i]), agent)
        predicted_roles.setdefault((key, who), set()).add(_role(role))
    pred_inst, pred_role = set(), set()
    for (key, who), roles in predicted_roles.items():
        if len(roles) > 1:
            roles = roles - {"mentioned"}
        pred_inst.add((key, who))
        pred_role |= {(key, who, r) for r in roles}
    gold_inst = {(i.event, i.inst) for i in gold.involvements}
    gold_role = {(i.event, i.inst, i.role) for i in gold.involvements}
    per_role = {}
    for r in sorted({t[2] for t in gold_role | pred_role}):
        m = _prf({t for t in pred_role if t[2] == r}, {t for t in gold_role if t[2] == r})
        per_role[r] = {k: m[k] for k in ("precision", "recall", "true_positives", "predicted", "gold")}

    # a key is a gold event's key, or "<page URL> <event IRI>" for an event the gold lacks
    layout_of = {g.key: g.layout for g in gold.events} | {g.url: g.layout for g in gold.events}
    per_layout = {}
    for lay in sorted({g.layout for g in gold.events if g.layout}):
        pred = {t for t in pred_role if layout_of.get(t[0], layout_of.get(t[0].split(" ")[0])) == lay}
        want = {t for t in gold_role if layout_of.get(t[0]) == lay}
        m = _prf(pred, want)
        per_layout[lay] = {k: m[k] for k in ("precision", "recall", "true_positives", "predicted", "gold")}

    return {
        "events": events,
        "titles": titles,
        "places": _prf(pred_place, gold_place),
        "dates": _prf(pred_dates, gold_dates),
        "identity": {"merged_distinct_events": merged, "split_same_event": split},
        "institutions": _prf(pred_inst, gold_inst),
        "institution_roles": _prf(pred_role, gold_role),
        "per_role": per_role,
        "per_layout": per_layout,
    }


def silent_coordinator_losses(gold: Gold, result: dict, report: dict) -> list[list[str]]:
    """Gold coordinators (a coordinating-field item or "coordinated by") that the store lacks
    for their event in any role and that no warning of their page names (issue 13: "nothing
    dropped in silence"). ``report`` is the JSON report of ``rcpkg build``."""
    warnings = {p["file"]: " ".join(map(str, p.get("warnings", []))) for p in report.get("pages", [])}
    missing = {tuple(row[:2]) for row in result["institutions"]["false_negatives"]}
    by_key = {g.key: g for g in gold.events}
    lost = []
    for inv in gold.involvements:
        if inv.role != "coordinator" or (inv.event, inv.inst) not in missing:
            continue
        page = by_key[inv.event].page
        if f" {norm(inv.name)} " not in f" {norm(warnings.get(page, ''))} ":
            lost.append([page, by_key[inv.event].titles[0], inv.name])
    return sorted(lost)


def measure(workdir: Path, set_name: str = "heldout") -> dict:
    """Build the held-out store in ``workdir`` with the real CLI, read it back, score it."""
    pages, events_gold, relations_gold = set_paths(set_name)
    store = workdir / "store"
    report = build_store(store, sources=pages, report=workdir / "build-report.json")
    gold = load_gold(events_gold, relations_gold, pages)
    result = score(gold, read_store(store))
    result["coordinating_items_lost_in_silence"] = silent_coordinator_losses(gold, result, report)
    result["build"] = {"events": report.get("events"), "pages": len(report.get("pages", [])),
                       "warnings": sum(len(p.get("warnings", [])) for p in report.get("pages", []))}
    return result


def table(result: dict) -> str:
    rows = ["measure                      precision  recall   tp/pred/gold"]
    for name in ("institutions", "institution_roles", "places", "dates"):
        m = result[name]
        rows.append(f"{name:<28} {m['precision']:>9.3f} {m['recall']:>7.3f}   "
                    f"{m['true_positives']}/{m['predicted']}/{m['gold']}")
    e = result["events"]
    rows.append(f"{'events found':<28} {e['precision']:>9.3f} {e['recall']:>7.3f}   "
                f"{e['found']}/{e['store_event_pages']}/{e['gold']}")
    t = result["titles"]
    rows.append(f"{'titles exact (accuracy)':<28} {'':>9} {t['accuracy']:>7.3f}   "
                f"{t['correct']}/{t['found']}/{t['gold']}")
    for role, m in result["per_role"].items():
        rows.append(f"  role {role:<23} {m['precision']:>9.3f} {m['recall']:>7.3f}   "
                    f"{m['true_positives']}/{m['predicted']}/{m['gold']}")
    for layout, m in result.get("per_layout", {}).items():
        rows.append(f"  layout {layout:<21} {m['precision']:>9.3f} {m['recall']:>7.3f}   "
                    f"{m['true_positives']}/{m['predicted']}/{m['gold']}")
    ident = result["identity"]
    rows.append(f"identity: {len(ident['merged_distinct_events'])} distinct events merged, "
                f"{len(ident['split_same_event'])} same events split")
    if "coordinating_items_lost_in_silence" in result:
        rows.append(f"coordinating-field items lost in silence: {len(result['coordinating_items_lost_in_silence'])}")
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    parser.add_argument("--details", action="store_true", help="print the false positives and negatives")
    parser.add_argument("--set", dest="set_name", default="heldout", choices=set_names(),
                        help="the held-out set or rules development batch to score (default: heldout)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="rcpkg-heldout-") as tmp:
        result = measure(Path(tmp), args.set_name)
    print(table(result))
    if args.details:
        for name in ("institution_roles", "places", "dates"):
            print(f"\n{name} false positives:")
            for row in result[name]["false_positives"]:
                print("  +", *row)
            print(f"{name} false negatives:")
            for row in result[name]["false_negatives"]:
                print("  -", *row)
        print("\nevents missing:", *result["events"]["missing"], sep="\n  ")
        print("events extra:", *result["events"]["extra"], sep="\n  ")
        print("identity:", json.dumps(result["identity"]))
        print("coordinating items lost in silence:", *result.get("coordinating_items_lost_in_silence", []), sep="\n  ")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())


def assert_floor(measured: dict, measure_name: str, floor: tuple[float, float]) -> None:
    """The test files' check: a measure at or above its (precision, recall) floor, with the
    false positives or negatives in the message when it is not."""
    m = measured[measure_name]
    min_p, min_r = floor
    assert m["gold"] > 0
    assert m["precision"] >= min_p, {k: m[k] for k in ("precision", "recall", "false_positives")}
    assert m["recall"] >= min_r, {k: m[k] for k in ("precision", "recall", "false_negatives")}
