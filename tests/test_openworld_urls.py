"""Issue 13, small bug: a double quote in a sources.yaml URL or a reference source URL ended in
"internal error" (exit 70). An IRI cannot hold it: the error names file, line and value and says
to percent-encode it (exit 2)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from rcpkg.resources import reference_dir

RCPKG = [sys.executable, "-m", "rcpkg"]
PAGE = Path(__file__).resolve().parent / "fixtures" / "openworld" / "crmsv.org_en_country_panama.txt"


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([*RCPKG, *args], capture_output=True, text=True, timeout=300)


def test_a_double_quote_in_a_sources_yaml_url(tmp_path):
    shutil.copy(PAGE, tmp_path / PAGE.name)
    (tmp_path / "sources.yaml").write_text(
        f'pages:\n  - file: {PAGE.name}\n    url: "https://crmsv.org/en/country/pan\\"ama"\n    lang: en\n',
        encoding="utf-8")
    done = run("build", "--sources", str(tmp_path), "--store", str(tmp_path / "store"), "--no-explorer")
    assert done.returncode == 2
    assert "internal error" not in done.stderr
    assert "sources.yaml:3:" in done.stderr and "%22" in done.stderr and 'pan"ama' in done.stderr


def test_a_double_quote_in_a_reference_source_url(tmp_path):
    reference = tmp_path / "reference"
    shutil.copytree(reference_dir(), reference)
    (reference / "extra.yaml").write_text(
        "entities:\n  - id: x-body\n    type: Institution\n    name: {en: X Body}\n"
        "    sources: ['https://example.org/x\"body']\n", encoding="utf-8")
    done = run("build", "--reference", str(reference), "--store", str(tmp_path / "store"), "--no-explorer")
    assert done.returncode == 2
    assert "internal error" not in done.stderr
    assert "extra.yaml:2:" in done.stderr and "%22" in done.stderr and 'x"body' in done.stderr
