"""What the rules' tests (tests/test_roles_r16.py, tests/test_event_r17.py, tests/test_fields_r33.py …) read of a page."""

from __future__ import annotations

from test_extract import pairs, run

from rcpkg.loaders.layouts import parse_page
from rcpkg.loaders.records import Page


def event_page(text: str, lang: str, layout: str = "event", url: str = "https://example.org/events/meeting") -> Page:
    return Page(path="p.txt", url=url, text=text, lang=lang, layout=layout)


def found(tools, titles: tuple[str, str], heads: tuple[str, str], body: str, lang: str = "es"):
    """The (agent, role) pairs of a one-event page: its title and date/place head (Spanish, English), then `body`."""
    title, head = (titles[0], heads[0]) if lang == "es" else (titles[1], heads[1])
    page = event_page(title + "\n" + head + "\n" + body + "\n", lang)
    r = parse_page(page)
    assert len(r.events) == 1
    return pairs(run(tools, page, r.events[0]))


def by_event(tools, text: str, lang: str, layout: str = "fields", url: str = "https://example.org/groups/x"):
    """Each event of a page with its (agent or new name, role) pairs, in the page's order."""
    from rcpkg.loaders.extract import extract

    page = event_page(text, lang, layout=layout, url=url)
    out = []
    for ev in parse_page(page).events:
        x = extract(page, ev, tools[0], tools[1])
        out.append((ev, {(i.extracted.name if i.extracted else i.agent, i.role) for i in x.involvements}))
    return out


def named(tools, head: dict[str, str], body: str, lang: str) -> set:
    """The (agent or new name, role) pairs of a one-event page: the head of its language (title, date and place
    lines), then `body`."""
    page = event_page(head[lang] + body + "\n", lang)
    r = parse_page(page)
    assert len(r.events) == 1
    x = run(tools, page, r.events[0])
    return {(i.extracted.name if i.extracted else i.agent, i.role) for i in x.involvements}
