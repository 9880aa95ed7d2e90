"""Layout detection on pages the loader has never seen: the synthetic corpus's five
layouts in English and Spanish (its metadata is withheld; the generator's record says
which layout each page is)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def test_layout_detection_on_generated_pages(tmp_path):
    sys.path.insert(0, str(REPO))
    from benchmarks.corpus import generate

    from rcpkg.loaders.layouts import detect_layout

    out = generate(600, tmp_path / "corpus", seed=7)
    record = json.loads((Path(out) / ".corpus.json").read_text(encoding="utf-8"))
    pages = record["pages"] if isinstance(record, dict) and "pages" in record else record
    pages = pages if isinstance(pages, list) else list(pages.values())
    assert len(pages) > 50
    right = sum(detect_layout((Path(out) / p["file"]).read_text(encoding="utf-8")) == p["layout"] for p in pages)
    layouts = {p["layout"] for p in pages}
    assert layouts == {"listing", "event", "fields", "country", "news"}
    assert right / len(pages) >= 0.97, f"{right} of {len(pages)} pages detected right"
