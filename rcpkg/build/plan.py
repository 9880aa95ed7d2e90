"""What a build must do: the fingerprint of what invalidates every page, the manifest of the previous
build, and the reuse rules (which pages keep their graph, which are read again).

A page keeps its named graph from the previous store when the fingerprint (code, ontology, shapes,
reference data) is unchanged and the page's bytes and sources.yaml entry are too; its bytes are
known unchanged without reading them while its size and modification time hold (RACY_NS).
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from dataclasses import dataclass, field
from pathlib import Path

from rcpkg import __version__, iris, resources

MANIFEST = "rcpkg-manifest.json"
MANIFEST_VERSION = 2  # 2: pages keep their event descriptions' identity records
RACY_NS = 2_000_000_000  # a file written this recently may change again within its mtime's resolution


def sha256(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def stat_key(path: Path) -> list[int] | None:
    """[size, mtime_ns] of a file last written over two seconds ago, else None.

    Taken before the file is hashed: a later equal stat then means the same bytes (as git
    and rsync judge), and the build need not hash every page to find the changed ones. A
    file written more recently is always hashed."""
    st = path.stat()
    if time.time_ns() - st.st_mtime_ns < RACY_NS:
        return None
    return [st.st_size, st.st_mtime_ns]


def unchanged(path: Path, old: dict) -> tuple[bool, list[int] | None]:
    """Whether a page's bytes are those of the previous build; and its stat key."""
    key = stat_key(path)
    if key is not None and old.get("stat") == key:
        return True, key
    return old.get("sha256") == sha256(path), key


def meta_key(meta) -> str:
    """What of a page's sources.yaml entry its graph depends on (not the entry's line or note:
    adding an entry above it does not rebuild it)."""
    return "" if meta is None else repr((meta.url, meta.lang, meta.layout, meta.country, meta.published))


def read_metadata(sources_dir: Path, previous: dict | None):
    """sources.yaml's entries, and the manifest's record of them.

    Read back from the previous manifest while sources.yaml is byte for byte the same
    (parsing a large sources.yaml is a tenth of a second of a one-page rebuild)."""
    from dataclasses import fields

    from rcpkg.loaders.pages import METADATA_FILE, PageMeta, load_metadata

    path = sources_dir / METADATA_FILE
    digest = sha256(path) if path.is_file() else None
    recorded = (previous or {}).get("metadata") or {}
    if digest is not None and recorded.get("sha256") == digest:
        try:
            metadata = {name: PageMeta(**entry) for name, entry in recorded["entries"].items()}
            return metadata, recorded
        except (KeyError, TypeError, AttributeError):
            pass  # an older manifest: read the file
    metadata = load_metadata(sources_dir)
    names = [f.name for f in fields(PageMeta)]
    entries = {name: {k: getattr(m, k) for k in names} for name, m in metadata.items()}
    return metadata, {"sha256": digest, "entries": entries}


def code_files() -> list[Path]:
    """The files whose change invalidates every page's graph and what a running process holds: the
    ontology, the shapes, the loaders, this package, the shapes' compiler and what decides the
    compiled queries (`rcpkg.shacl_sparql.source_files()`)."""
    import rcpkg.loaders as loaders_pkg
    import rcpkg.shapes_cache as shapes_cache
    from rcpkg.shacl_sparql import source_files

    paths = [resources.ontology_file(), resources.shapes_file()]
    paths += sorted(Path(loaders_pkg.__file__).parent.rglob("*.py"))
    paths += sorted(Path(__file__).parent.glob("*.py"))
    paths += [Path(shapes_cache.__file__), *source_files()]
    return paths


def code_fingerprint() -> str:
    """What, if changed, invalidates every graph and what a running process holds: the code,
    the ontology and the shapes."""
    h = hashlib.sha256(f"{MANIFEST_VERSION}|{__version__}".encode())
    for path in code_files():
        if path.exists():
            h.update(path.name.encode())
            h.update(path.read_bytes())
    return h.hexdigest()


def fingerprint(reference_dir: Path, code: str | None = None) -> str:
    """What, if changed, invalidates every page's graph: code, ontology, shapes, reference data."""
    h = hashlib.sha256((code or code_fingerprint()).encode())
    for path in sorted(Path(reference_dir).glob("*.y*ml")):
        h.update(path.name.encode())
        h.update(path.read_bytes())
    return h.hexdigest()


def read_manifest(store_path: Path) -> dict | None:
    path = store_path / MANIFEST
    if not path.exists():
        return None
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def link(old: Path, new: Path) -> bool:
    """`old` kept as `new` (a hard link: the file is never written in place); False if it cannot be."""
    try:
        os.link(old, new)
        return True
    except OSError:
        return False


@dataclass
class Plan:
    """What changed since the previous build, and so what this one reads and what it keeps."""

    sources_dir: Path
    store_path: Path
    fingerprint: str
    reference: object  # the loaded reference data (rcpkg.loaders.reference)
    previous: dict | None  # the previous build's manifest, when this build is incremental
    metadata: dict  # file name -> PageMeta (sources.yaml)
    metadata_record: dict  # what the manifest keeps of sources.yaml
    files: list[Path]  # every page, in the folder's order
    old_pages: dict[str, dict] = field(default_factory=dict)  # the previous manifest's pages
    reusable: set[str] = field(default_factory=set)  # pages whose graph is kept
    stats: dict[str, list[int] | None] = field(default_factory=dict)

    @property
    def incremental(self) -> bool:
        return self.previous is not None

    def reuse(self) -> bool:
        """Start from the previous store (a cheap hard-link backup): some pages can be kept."""
        return bool(self.incremental and self.reusable and isinstance(self.previous.get("triples"), int))


def make_plan(session, sources_dir: Path, reference_dir: Path, store_path: Path, *, full: bool, timer) -> Plan:
    """Fingerprint, reference data (kept by the session while the fingerprint holds), manifest and reuse."""
    from rcpkg.loaders.pages import list_pages

    with timer("plan"):
        code = code_fingerprint()
        fp = fingerprint(reference_dir, code)
    with timer("reference"):
        reference = session.warm(reference_dir, fp, code)
    with timer("plan"):  # what changed since the previous build
        previous = None if full else read_manifest(store_path)
        if not (previous and previous.get("fingerprint") == fp and store_path.is_dir()):
            previous = None
        metadata, record = read_metadata(sources_dir, previous)
        plan = Plan(sources_dir, store_path, fp, reference, previous, metadata, record, list_pages(sources_dir),
                    old_pages=(previous or {}).get("pages", {}))
        for path in plan.files:
            old = plan.old_pages.get(path.name)
            if not old or old.get("error") or old.get("meta") != meta_key(metadata.get(path.name)):
                continue
            same, plan.stats[path.name] = unchanged(path, old)
            if same:
                plan.reusable.add(path.name)
    return plan


def sort_pages(plan: Plan, report) -> list[tuple[str, object, str]]:
    """The reused pages' reports (into `report`), and the pages to read: (path, meta, meta key) each.

    Two pages with one URL would share a named graph: the first one (in file order) is loaded,
    the other reported as not loaded."""
    from rcpkg.build.report import PageReport

    graphs_seen: set[str] = {plan.old_pages[name]["graph"] for name in plan.reusable}
    tasks = []
    for path in plan.files:
        meta = plan.metadata.get(path.name)
        if path.name in plan.reusable:
            old = plan.old_pages[path.name]
            page = PageReport(**{k: v for k, v in old.items() if k in PageReport.__dataclass_fields__})
            page.reused = True
            page.stat = plan.stats.get(path.name)
            report.pages.append(page)
            continue
        url = meta.url if meta is not None else path.resolve().as_uri()
        graph = str(iris.source_graph(url))
        if graph in graphs_seen:
            report.pages.append(PageReport(
                file=path.name, url=url, sha256=sha256(path), meta=meta_key(meta),
                error=f"{path.name}: another page has the same URL {url}; not loaded"))
            continue
        graphs_seen.add(graph)
        tasks.append((str(path), meta, meta_key(meta)))
    present = {path.name for path in plan.files}
    for name, meta in plan.metadata.items():  # an entry of sources.yaml whose page is not in the folder
        if name not in present:
            what = "is not a file" if (plan.sources_dir / name).exists() else "is not in the folder"
            where = f"{plan.sources_dir / 'sources.yaml'}" + (f":{meta.line}" if meta.line else "")
            report.pages.append(PageReport(file=name, url=meta.url, meta=meta_key(meta),
                                           error=f"{where}: the page {name!r} it lists {what}"))
    return tasks


def write_manifest(plan: Plan, report, staging: Path) -> None:
    manifest = {
        "version": MANIFEST_VERSION,
        "fingerprint": plan.fingerprint,
        "rcpkg": __version__,
        "sources": str(plan.sources_dir),
        "triples": report.triples,
        "metadata": plan.metadata_record,
        "pages": {p.file: dict(p.__dict__) for p in report.pages},  # flat: no deep asdict copy
    }
    (staging / MANIFEST).write_text(json.dumps(manifest, ensure_ascii=False), encoding="utf-8")
