"""The synthetic corpus and the benchmark harness (no timing assertions)."""

from __future__ import annotations

import json
import subprocess
from dataclasses import replace
import sys
from collections import Counter
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))  # `benchmarks` runs from the repository, it is not installed

from benchmarks import corpus  # noqa: E402

N = 400
SEED = 7


@pytest.fixture(scope="module")
def generated(tmp_path_factory) -> Path:
    return corpus.generate(N, tmp_path_factory.mktemp("corpus") / "c", seed=SEED)


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def test_same_seed_gives_identical_bytes(generated, tmp_path):
    again = _files(corpus.generate(N, tmp_path / "again", seed=SEED))
    first = _files(generated)
    assert len(first) > 10
    assert again == first


def test_another_seed_gives_another_corpus(generated, tmp_path):
    other = _files(corpus.generate(N, tmp_path / "other", seed=SEED + 1))
    assert other != _files(generated)


def test_every_layout_and_both_languages_appear(generated):
    manifest = json.loads((generated / corpus.MANIFEST).read_text(encoding="utf-8"))
    seen = Counter((p["layout"], p["lang"]) for p in manifest["pages"])
    assert {layout for layout, _ in seen} == set(corpus.LAYOUTS)
    assert {lang for _, lang in seen} == {"en", "es"}
    assert sum(p["events"] for p in manifest["pages"]) == N


def test_metadata_lists_every_page(generated):
    import yaml

    meta = yaml.safe_load((generated / "sources.yaml").read_text(encoding="utf-8"))
    listed = {entry["file"] for entry in meta["pages"]}
    on_disk = {p.name for p in generated.glob("*.txt")}
    assert on_disk and listed == on_disk
    assert len({entry["url"] for entry in meta["pages"]}) == len(listed)  # one URL per page
    assert all(entry["lang"] in ("en", "es") for entry in meta["pages"])


def test_parse_page_reads_back_the_requested_number_of_events(generated):
    from rcpkg.loaders.layouts import parse_page
    from rcpkg.loaders.pages import list_pages, load_metadata, read_page

    manifest = {p["file"]: p for p in json.loads((generated / corpus.MANIFEST).read_text("utf-8"))["pages"]}
    metadata = load_metadata(generated)
    pages = list_pages(generated)
    assert len(pages) == len(manifest)
    wrong = {}
    total = 0
    for path in pages:
        loaded = read_page(path, metadata.get(path.name))
        page = loaded[0] if isinstance(loaded, tuple) else loaded
        expected = manifest[path.name]
        # Pages whose metadata leaves the layout out are read with the layout they were made in:
        # this test counts events; layout detection has its own tests.
        result = parse_page(page if page.layout else replace(page, layout=expected["layout"]))
        total += len(result.events)
        if len(result.events) != expected["events"] or result.layout != expected["layout"]:
            wrong[path.name] = (result.layout, len(result.events), expected["layout"], expected["events"])
    assert not wrong, f"pages parsed differently from what was generated: {wrong}"
    assert total == N


@pytest.mark.slow
def test_benchmark_cli_writes_the_documented_json(tmp_path):
    out = tmp_path / "out.json"
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks", "--events", "100", "--json", str(out), "--work", str(tmp_path / "w"),
         "--repeats", "1", "--baseline-repeats", "1", "--query-timeout", "5", "--no-browser"],
        cwd=REPO, capture_output=True, text=True, timeout=900,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    result = json.loads(out.read_text(encoding="utf-8"))
    assert result["events"] == 100
    assert result["triples"] > 0
    for stage in ("build", "validate", "query"):
        assert set(result["stages"][stage]) >= {"rcpkg_s", "baseline_s"}, stage
    assert result["floor_load_s"] > 0
    assert set(result["peak_rss_mb"]) >= {"rcpkg", "baseline"}
    assert result["queries"], "no library query was measured"
    assert "rcpkg vs baseline" in done.stdout
    assert result["events_parsed"] == 100, "the build read back another number of events than generated"
    for way in ("incremental", "incremental_watch"):  # one page changed: it alone is read again
        rebuild = result["stages"][way]
        assert rebuild["pages_rebuilt"] == 1 and rebuild["incremental"], way
        assert len(rebuild["runs_s"]) >= 3 and rebuild["rcpkg_s"] > 0, way


@pytest.mark.slow
def test_benchmark_without_the_baselines_shacl_stage_compares_queries_but_not_builds(tmp_path):
    out = tmp_path / "out.json"
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks", "--events", "100", "--json", str(out), "--work", str(tmp_path / "w"),
         "--repeats", "1", "--baseline-repeats", "1", "--query-timeout", "5", "--no-browser",
         "--baseline-without-shacl"],
        cwd=REPO, capture_output=True, text=True, timeout=900,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    result = json.loads(out.read_text(encoding="utf-8"))
    build = result["stages"]["build"]
    assert "baseline_s" not in build and build["baseline_without_shacl_s"] > 0
    assert "baseline_s" not in result["stages"].get("validate", {})
    assert set(result["stages"]["query"]) >= {"rcpkg_s", "baseline_s"}
    assert any("without its pySHACL stage" in note for note in result["notes"])


def test_fitted_exponent_of_a_power_law_is_its_power():
    from benchmarks.fit import exponent, rows

    assert exponent([(1_000, 2.0), (10_000, 20.0), (100_000, 200.0)]) == pytest.approx(1.0)
    assert exponent([(1_000, 1.0), (10_000, 100.0)]) == pytest.approx(2.0)
    assert exponent([(1_000, 1.0)]) is None  # one point fits nothing
    runs = [{"events": n, "stages": {"build": {"rcpkg_s": n / 100}}, "floor_load_s": n / 500,
             "peak_rss_mb": {"rcpkg": 400}} for n in (1_000, 10_000)]
    table = {stage: (secs, k) for stage, secs, k in rows(runs)}
    assert table["build"] == ([10.0, 100.0], pytest.approx(1.0))
    assert table["peak RSS of the build (MB)"][1] == pytest.approx(0.0)
    assert table["extract"] == ([None, None], None)
