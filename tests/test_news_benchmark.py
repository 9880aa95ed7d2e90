"""The benchmark corpus's news articles (issue 15): each is detected as news and gives back the
conference it was written about, with its days (the year from the dateline, the publication
line or sources.yaml when the prose leaves it out) and its country."""

from __future__ import annotations

import json
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def test_generated_news_articles_read_back_their_meeting(tmp_path):
    sys.path.insert(0, str(REPO))
    from benchmarks.corpus import generate

    from rcpkg.loaders.layouts import detect_layout, parse_page
    from rcpkg.loaders.pages import load_metadata, read_page

    out = generate(2500, tmp_path / "corpus", seed=11)
    pages = [p for p in json.loads((out / ".corpus.json").read_text(encoding="utf-8"))["pages"]
             if p["layout"] == "news"]
    assert len(pages) >= 20 and {p["lang"] for p in pages} == {"en", "es"}
    meta = load_metadata(out)
    wrong = {}
    for p in pages:
        page = read_page(out / p["file"], meta[p["file"]])
        assert detect_layout(page.text) == "news", p["file"]
        result = parse_page(page if page.layout else replace(page, layout="news"))
        want = p["reported"]
        got = [(e.titles[0].text, e.dates and e.dates.start.isoformat(), e.dates and (e.dates.end or e.dates.start)
                .isoformat(), e.place and e.place.country_code) for e in result.events]
        if got != [(want["title"], want["start"], want["end"], want["country"])]:
            wrong[p["file"]] = (got, want)
    assert not wrong, wrong
    assert date.fromisoformat(pages[0]["reported"]["start"])  # the manifest records real dates
