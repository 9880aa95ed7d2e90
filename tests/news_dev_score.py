"""Score the news layout on the development articles (tests/fixtures/news_dev/batchN) against
their gold (tests/gold/news_dev_batchN.yaml), from the graph the real CLI builds.

    python tests/news_dev_score.py batch1 [batch2 ...] [--store DIR] [--verbose]

`rcpkg build --sources tests/fixtures/news_dev/batchN` writes a store; `rcpkg query --file` then reads
from it the events derived from the batch's pages (series, edition, place, dates, and the dates that
conflicting sources state) and their involvements. Nothing is read from the parser's records.

- a meeting is right when ONE event carries every article that reports it (one IRI), with the gold's
  series and edition, city (English label) and country, and dates: the gold's [start, end], no date when
  the gold says the articles leave it unknown, or, for `conflicts`, every account kept (as the event's
  date or as a source's stated date) and none other;
- institutions: the agents of the event's involvements whose role is not "mentioned" (the processes
  themselves, rcm and sacm, are not scored; a new institution extracted as part of a government, such
  as its foreign ministry, counts as that government), against the gold's ids: micro precision and recall over the
  batch; an event that is no gold meeting counts its institutions as false positives;
- an article of `no_event` is right when no event is derived from it.
"""

from __future__ import annotations

import argparse
import csv
import io
import re
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parent.parent
FIXTURES = REPO / "tests" / "fixtures" / "news_dev"
GOLD = REPO / "tests" / "gold"
ID = "https://w3id.org/rcpkg/id/"
NOT_SCORED = {"rcm", "sacm"}

_EVENTS = """PREFIX rcp: <https://w3id.org/rcpkg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX schema: <https://schema.org/>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX gn: <https://www.geonames.org/ontology#>
SELECT DISTINCT ?event ?source ?series ?edition ?start ?end ?placeKind ?placeLabel ?country ?statedStart ?statedEnd
WHERE {
  ?event a rcp:Event ; prov:wasDerivedFrom ?source .
  OPTIONAL { ?event schema:superEvent ?series }
  OPTIONAL { ?event rcp:editionNumber ?edition }
  OPTIONAL { ?event schema:startDate ?start }
  OPTIONAL { ?event schema:endDate ?end }
  OPTIONAL { ?event schema:location ?place . ?place gn:countryCode ?country ; rdfs:label ?placeLabel
             FILTER(LANG(?placeLabel) = "en")
             BIND(IF(EXISTS { ?place a rcp:City }, "city", "country") AS ?placeKind) }
  OPTIONAL { ?st a rcp:SourceStatement ; rcp:about ?event ; rcp:statedStart ?statedStart .
             OPTIONAL { ?st rcp:statedEnd ?statedEnd } }
}
"""

_INVOLVEMENTS = """PREFIX rcp: <https://w3id.org/rcpkg/ontology#>
PREFIX prov: <http://www.w3.org/ns/prov#>
SELECT DISTINCT ?event ?agent ?role ?source
WHERE { ?inv a rcp:Involvement ; rcp:event ?event ; rcp:agent ?agent ; rcp:role ?role ; prov:wasDerivedFrom ?source }
"""


def _rcpkg(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "rcpkg", *args], capture_output=True, text=True, timeout=900,
                          cwd=REPO)


def _query(store: Path, text: str, tmp: Path) -> list[dict]:
    q = tmp / "q.rq"
    q.write_text(text, encoding="utf-8")
    done = _rcpkg("query", "--file", str(q), "--store", str(store), "--format", "csv")
    if done.returncode != 0:
        raise RuntimeError(f"rcpkg query failed: {done.stderr.strip()}")
    return list(csv.DictReader(io.StringIO(done.stdout)))


def _local(iri: str) -> str:
    return iri.rsplit("/", 1)[-1].rsplit("#", 1)[-1]


@dataclass
class Score:
    batch: str
    meetings_right: int = 0
    meetings: int = 0
    tp: int = 0
    fp: int = 0
    fn: int = 0
    no_event_right: int = 0
    no_event: int = 0
    build_ok: bool = True
    lines: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    def summary(self) -> str:
        return (f"{self.batch}: meetings {self.meetings_right}/{self.meetings}, institutions precision "
                f"{self.precision:.2f} recall {self.recall:.2f} (tp {self.tp}, fp {self.fp}, fn {self.fn}), "
                f"no-event pages {self.no_event_right}/{self.no_event}")


def _iso(v) -> str:
    return v.isoformat() if hasattr(v, "isoformat") else str(v)


def score_batch(batch: str, store: Path | None = None, build_output: list[str] | None = None) -> Score:
    pages = FIXTURES / batch
    gold = yaml.safe_load((GOLD / f"news_dev_{batch}.yaml").read_text(encoding="utf-8"))
    meta = yaml.safe_load((pages / "sources.yaml").read_text(encoding="utf-8"))["pages"]
    url_of = {p["file"]: p["url"] for p in meta}
    file_of = {v: k for k, v in url_of.items()}
    out = Score(batch)
    with tempfile.TemporaryDirectory() as tmpdir:
        tmp = Path(tmpdir)
        store = store or tmp / "store"
        done = _rcpkg("build", "--sources", str(pages), "--store", str(store), "--no-explorer")
        if build_output is not None:
            build_output.append(done.stdout + done.stderr)
        if done.returncode != 0:
            out.build_ok = False
            out.lines.append("build failed: " + (done.stderr.strip().splitlines() or ["?"])[0])
            out.meetings = len(gold.get("meetings") or [])
            out.no_event = len(gold.get("no_event") or [])
            out.fn = sum(len(set(m["institutions"]) - NOT_SCORED) for m in gold.get("meetings") or [])
            return out
        rows = [r for r in _query(store, _EVENTS, tmp) if r["source"] in file_of]
        invs = [r for r in _query(store, _INVOLVEMENTS, tmp) if r["source"] in file_of]
    events: dict[str, dict] = {}
    for r in rows:
        e = events.setdefault(r["event"], {"files": set(), "series": set(), "edition": set(), "dates": set(),
                                           "stated": set(), "city": set(), "country": set()})
        e["files"].add(file_of[r["source"]])
        if r["series"]:
            e["series"].add(_local(r["series"]))
        if r["edition"]:
            e["edition"].add(int(r["edition"]))
        if r["start"]:
            e["dates"].add((r["start"], r["end"] or r["start"]))
        if r["statedStart"]:
            e["stated"].add((r["statedStart"], r["statedEnd"] or r["statedStart"]))
        if r["placeKind"] == "city":
            e["city"].add(r["placeLabel"])
            e["country"].add(r["country"])
        elif r["placeKind"] == "country":
            e["country"].add(r["country"])
    agents: dict[str, set[str]] = {}
    for r in invs:
        if _local(r["role"]) == "Mentioned":
            continue
        agent = r["agent"][len(ID) + 4:] if r["agent"].startswith(ID + "org/") else r["agent"]
        part_of_gov = re.search(r"--(gov-[a-z]{2})$", agent)
        if agent.startswith("extracted/") and part_of_gov:  # "Ministerio de Relaciones Exteriores de Colombia"
            agent = part_of_gov.group(1)
        if agent not in NOT_SCORED:
            agents.setdefault(r["event"], set()).add(agent)
    matched: set[str] = set()
    for m in gold.get("meetings") or []:
        out.meetings += 1
        want = set(m["sources"])
        cands = [iri for iri, e in events.items() if e["files"] & want
                 and (m["series"] in e["series"] and m["edition"] in e["edition"] or not e["edition"])]
        edition_cands = [iri for iri in cands if m["edition"] in events[iri]["edition"]]
        problems = []
        if len(edition_cands) != 1:
            problems.append(f"{len(edition_cands)} events of this edition from its articles")
        iri = edition_cands[0] if edition_cands else (cands[0] if cands else None)
        gold_inst = set(m["institutions"]) - NOT_SCORED
        if iri is None:
            out.fn += len(gold_inst)
            out.lines.append(f"MISS {m['series']} {m['edition']}: no event ({', '.join(problems)})")
            continue
        for other in edition_cands[1:]:
            matched.add(other)
        matched.add(iri)
        e = events[iri]
        if not want <= e["files"]:
            problems.append(f"articles not on the event: {sorted(want - e['files'])}")
        if e["series"] != {m["series"]}:
            problems.append(f"series {sorted(e['series'])}")
        if (m.get("city") and e["city"] != {m["city"]}) or (not m.get("city") and e["city"]):
            problems.append(f"city {sorted(e['city'])} (gold {m.get('city')})")
        if (m.get("country") and e["country"] != {m["country"]}) or (not m.get("country") and e["country"]):
            problems.append(f"country {sorted(e['country'])} (gold {m.get('country')})")
        if "conflicts" in m:
            wanted = {(_iso(a), _iso(b)) for a, b in m["conflicts"]}
            kept = e["dates"] | e["stated"]
            if kept != wanted or len(e["dates"]) > 1:
                problems.append(f"dates {sorted(e['dates'])} stated {sorted(e['stated'])} (gold conflict "
                                f"{sorted(wanted)})")
        else:
            wanted = {(_iso(m["dates"][0]), _iso(m["dates"][1]))} if m.get("dates") else set()
            if e["dates"] != wanted or e["stated"] - wanted:
                problems.append(f"dates {sorted(e['dates'])} stated {sorted(e['stated'])} (gold {sorted(wanted)})")
        got = agents.get(iri, set())
        for other in edition_cands[1:]:
            got |= agents.get(other, set())
        out.tp += len(got & gold_inst)
        out.fp += len(got - gold_inst)
        out.fn += len(gold_inst - got)
        if not problems:
            out.meetings_right += 1
        inst = ""
        if got != gold_inst:
            inst = f"; institutions extra {sorted(got - gold_inst)} missing {sorted(gold_inst - got)}"
        out.lines.append(f"{'OK  ' if not problems else 'BAD '} {m['series']} {m['edition']}: "
                         f"{'; '.join(problems) or 'series, edition, place, dates right'}{inst}")
    for iri, e in events.items():
        if iri in matched:
            continue
        extra = agents.get(iri, set())
        out.fp += len(extra)
        out.lines.append(f"EXTRA event {iri} from {sorted(e['files'])} (edition {sorted(e['edition'])}); "
                         f"institutions {sorted(extra)}")
    for f in gold.get("no_event") or []:
        out.no_event += 1
        from_it = [iri for iri, e in events.items() if f in e["files"]]
        if not from_it:
            out.no_event_right += 1
        else:
            out.lines.append(f"BAD  {f}: {len(from_it)} event(s), gold: none")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("batches", nargs="*", help="batch directories under tests/fixtures/news_dev (default: all)")
    ap.add_argument("--verbose", "-v", action="store_true")
    args = ap.parse_args(argv)
    batches = args.batches or sorted(p.name for p in FIXTURES.iterdir() if p.is_dir())
    total = Score("all")
    for b in batches:
        s = score_batch(b)
        print(s.summary())
        if args.verbose:
            for ln in s.lines:
                print("   ", ln)
        for k in ("meetings_right", "meetings", "tp", "fp", "fn", "no_event_right", "no_event"):
            setattr(total, k, getattr(total, k) + getattr(s, k))
    if len(batches) > 1:
        print(total.summary())
    return 0


if __name__ == "__main__":
    sys.exit(main())
