"""The curation loop: the institutions a build extracted from pages, and a curator's decisions.

``extracted(store)`` lists the store's ``rcp:ExtractedInstitution`` nodes with their names,
guessed type, parent, pages and evidence quotes; ``near_matches(item, reference)`` ranks the
reference institutions whose names, variants or acronyms (English and Spanish) resemble
its names; ``record(reference_dir, decision)`` appends a decision to
``curation.yaml`` in the reference folder, checked by loading the whole folder again
(a bad decision leaves the file as it was). The next ``rcpkg build`` uses it: the
reference folder is part of the build's fingerprint, so every page is read again.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from rcpkg.errors import UsageError
from rcpkg.namespaces import sparql_prefixes

CURATION_FILE = "curation.yaml"
_HEADER = """\
# Curators' decisions on institutions that `rcpkg build` extracted from pages and the
# reference data did not list, written by `rcpkg review decide` (editing by hand is fine).
#   name:      the name as extracted;  lang: en | es;  acronym: as the page gives it
#   decision:  same-as (same_as: a reference id; the name becomes its variant),
#              new (id, type, part_of, sources: a reference entity),
#              ignore (not an institution: the extractor warns instead)
decisions:
"""

EXTRACTED_QUERY = sparql_prefixes("rcp", "rdfs", "skos", "org", "prov", "oa") + """SELECT DISTINCT ?x ?name ?acronym ?type ?parent ?page ?exact ?prefix ?suffix ?start WHERE {
  ?x a rcp:ExtractedInstitution ; skos:altLabel ?name .
  OPTIONAL { ?x rcp:acronym ?acronym }
  OPTIONAL { ?x a ?type FILTER(?type NOT IN (rcp:Institution, rcp:ExtractedInstitution)) }
  OPTIONAL { ?x org:subOrganizationOf ?parent }
  OPTIONAL { ?x prov:wasDerivedFrom ?page }
  OPTIONAL { ?a oa:hasBody ?x ; oa:hasTarget ?t . ?t oa:hasSource ?page ; oa:hasSelector ?q , ?p .
             ?q oa:exact ?exact . OPTIONAL { ?q oa:prefix ?prefix } OPTIONAL { ?q oa:suffix ?suffix }
             ?p oa:start ?start }
}"""


@dataclass
class Evidence:
    page: str
    exact: str
    prefix: str = ""
    suffix: str = ""
    start: int | None = None


@dataclass
class Extracted:
    """One extracted institution as the store holds it."""

    iri: str
    names: dict[str, list[str]] = field(default_factory=dict)  # lang -> names
    acronyms: list[str] = field(default_factory=list)
    types: list[str] = field(default_factory=list)
    parents: list[str] = field(default_factory=list)
    pages: list[str] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)

    @property
    def key(self) -> str:
        return self.iri.rsplit("/", 1)[-1]

    @property
    def name(self) -> str:
        every = [n for names in self.names.values() for n in names if n not in self.acronyms]
        every = every or [n for names in self.names.values() for n in names]
        return max(every, key=len) if every else self.key

    @property
    def lang(self) -> str:
        return next((lang for lang, names in self.names.items() if self.name in names), "en")

    def to_json(self) -> dict:
        return {"iri": self.iri, "key": self.key, "name": self.name, "lang": self.lang, "names": self.names,
                "acronyms": self.acronyms, "types": self.types, "parents": self.parents, "pages": self.pages,
                "evidence": [e.__dict__ for e in self.evidence]}


def extracted(store: Path) -> list[Extracted]:
    """The store's extracted, not yet curated, institutions (by name)."""
    from rcpkg import sparql

    found: dict[str, Extracted] = {}
    for row in sparql.run(EXTRACTED_QUERY, store=store).rows:
        iri = str(row["x"])
        item = found.setdefault(iri, Extracted(iri))
        name = row["name"]
        names = item.names.setdefault(getattr(name, "language", None) or "en", [])
        if str(name) not in names:
            names.append(str(name))
        for var, target in (("acronym", item.acronyms), ("type", item.types), ("parent", item.parents),
                            ("page", item.pages)):
            value = row.get(var)
            if value is not None:
                text = str(value).rsplit("#", 1)[-1] if var == "type" else str(value)
                if text not in target:
                    target.append(text)
        if row.get("exact") is not None:
            ev = Evidence(str(row["page"]), str(row["exact"]), str(row.get("prefix") or ""),
                          str(row.get("suffix") or ""), int(row["start"]) if row.get("start") is not None else None)
            if all((e.page, e.start) != (ev.page, ev.start) for e in item.evidence):
                item.evidence.append(ev)
    for item in found.values():
        item.evidence.sort(key=lambda e: (e.page, e.start or 0))
    return sorted(found.values(), key=lambda x: x.name.casefold())


def near_matches(item: Extracted, reference, *, limit: int = 3, cutoff: float = 0.7) -> list[tuple[str, str, float]]:
    """Reference institutions whose names, variants or acronyms resemble the item's:
    (id, the name that matched, score), best first."""
    from rcpkg.loaders.openworld import normalized

    def is_acronym(label: str) -> bool:
        return " " not in label and not any(c.islower() for c in label)

    every = [n for names in item.names.values() for n in names] + item.acronyms
    mine = {(is_acronym(n), normalized(n)) for n in every}
    best: dict[str, tuple[str, float]] = {}
    for e in reference.entities.values():
        labels = list(e.names.values()) + [v for vs in e.variants.values() for v in vs] + list(e.acronyms.values())
        for label in labels:
            theirs = (is_acronym(label), normalized(label))
            for m in mine:
                if m[0] != theirs[0]:
                    continue  # an acronym resembles acronyms, a name names
                score = 1.0 if m[1] == theirs[1] else difflib.SequenceMatcher(None, m[1], theirs[1]).ratio()
                if m[0] and score < 1.0:
                    continue  # acronyms match exactly or not at all
                if score >= cutoff and score > best.get(e.id, ("", 0.0))[1]:
                    best[e.id] = (label, score)
    ranked = sorted(best.items(), key=lambda kv: (-kv[1][1], kv[0]))
    return [(entity_id, label, round(score, 2)) for entity_id, (label, score) in ranked[:limit]]


def find(items: list[Extracted], what: str) -> Extracted:
    """The extracted institution named `what`: its key, IRI, a name or an acronym (case and accents ignored)."""
    from rcpkg.loaders.openworld import normalized

    want = normalized(what)
    hits = [x for x in items if what in (x.key, x.iri)
            or any(normalized(n) == want for names in x.names.values() for n in names)
            or any(a == what for a in x.acronyms)]
    if len(hits) == 1:
        return hits[0]
    if not hits:
        raise UsageError("no extracted institution by that name in the store (see `rcpkg review list`)", value=what)
    raise UsageError("several extracted institutions go by that name; give the key: "
                     + ", ".join(x.key for x in hits), value=what)


def record(reference_dir: Path, entry: dict) -> Path:
    """Append `entry` to the folder's curation.yaml, checked by loading the whole folder; on a bad
    decision the file is left as it was and the loader's error is raised."""
    from rcpkg.loaders.reference import load_reference

    path = Path(reference_dir) / CURATION_FILE
    before = path.read_text(encoding="utf-8") if path.exists() else None
    text = before if before is not None else _HEADER
    if not text.endswith("\n"):
        text += "\n"
    if before is not None and "decisions:" not in before:
        text += "decisions:\n"
    block = yaml.safe_dump([entry], allow_unicode=True, sort_keys=False, width=120)
    text += "".join(f"  {line}\n" for line in block.splitlines())
    path.write_text(text, encoding="utf-8")
    try:
        load_reference(reference_dir)
    except Exception:
        if before is None:
            path.unlink()
        else:
            path.write_text(before, encoding="utf-8")
        raise
    return path
