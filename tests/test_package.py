"""The wheel carries the ontology, shapes, queries and bundled data: install it
into a fresh virtual environment and build from another directory."""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    # build from a clean copy of the source tree: the files git knows (tracked or not ignored),
    # so no stale build/ directory or benchmark output is packaged
    src = tmp_path_factory.mktemp("src") / "rcpkg"
    listed = subprocess.run(["git", "ls-files", "-co", "--exclude-standard"], cwd=REPO, capture_output=True,
                            text=True, check=True).stdout.split("\n")
    import shutil

    for rel in filter(None, listed):
        if (REPO / rel).is_file():
            (src / rel).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(REPO / rel, src / rel)
    done = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
                           "-w", str(out), str(src)], capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    wheels = list(out.glob("rcpkg-*.whl"))
    assert len(wheels) == 1
    return wheels[0]


def test_wheel_contains_package_data(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    for required in ("rcpkg/ontology/rcpkg.ttl", "rcpkg/ontology/context.jsonld", "rcpkg/shapes/shapes.ttl",
                     "rcpkg/data/sources/sources.yaml", "rcpkg/data/sources/crmsv.org_events_page-3.txt",
                     "rcpkg/loaders/layouts/__init__.py", "rcpkg/viz/__init__.py", "rcpkg/cli.py"):
        assert required in names, required
    assert any(n.startswith("rcpkg/queries/") and n.endswith(".rq") for n in names)
    assert any(n.startswith("rcpkg/data/reference/") for n in names)
    assert any(n.startswith("rcpkg/shapes/examples/valid/") for n in names)
    # no generic top-level import names
    assert not any(n.startswith(("loaders/", "viz/", "queries/")) for n in names)


def test_wheel_installs_into_a_fresh_venv_and_builds_elsewhere(wheel, tmp_path):
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    py = env_dir / "bin" / "python"
    # The dependencies come from this environment's site-packages (already installed from PyPI);
    # the paths in a .pth file do not run the editable-install hook of the dev checkout.
    site = subprocess.run([str(py), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                          capture_output=True, text=True, check=True).stdout.strip()
    Path(site, "deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    done = subprocess.run([str(py), "-m", "pip", "install", "--no-deps", "--no-index", str(wheel)],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    work = tmp_path / "elsewhere"
    work.mkdir()
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    where = subprocess.run([str(py), "-c", "import rcpkg, rcpkg.loaders; print(rcpkg.__file__, rcpkg.loaders.__file__)"],
                           capture_output=True, text=True, cwd=work, env=env, check=True).stdout
    assert str(env_dir) in where and str(REPO) not in where
    built = subprocess.run([str(env_dir / "bin" / "rcpkg"), "build", "--no-explorer"], capture_output=True,
                           text=True, cwd=work, env=env, timeout=600)
    assert built.returncode == 0, built.stderr[-3000:]
    assert (work / ".rcpkg" / "store").is_dir()
    listed = subprocess.run([str(env_dir / "bin" / "rcpkg"), "queries"], capture_output=True, text=True,
                            cwd=work, env=env, timeout=120)
    assert listed.returncode == 0, listed.stderr[-2000:]
