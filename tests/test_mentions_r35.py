"""Round 35 (issue 13, mention35): the event's own process is not a mention. Pages written for these tests, English
and Spanish (other names, places and wording than any held-out set).

- a numbered meeting of a process named in the title ("IX Intersessional Meeting of the Regional Conference on
  Migration", "IV Reunión Intersesional de la CSM") is the process's own meeting: the process named in its title or
  text is its series, not a mention;
- a meeting held before or to prepare one ("Reunión Preparatoria de la …") keeps the process it names (a guard: it
  passes without the change too, the older sets' gold annotates that process)."""

from __future__ import annotations

import pytest
from event_pages import event_page
from test_extract import run, tools, ref  # noqa: F401

from rcpkg.loaders.layouts import parse_page


def _got(tools, title, body, lang):
    head = (f"{title}\nWhen: 9-10 October 2014\nWhere: Quito, Ecuador\n\n" if lang == "en"
            else f"{title}\nCuándo: 9 y 10 de octubre de 2014\nDónde: Quito, Ecuador\n\n")
    page = event_page(head + body + "\n", lang)
    r = parse_page(page)
    assert len(r.events) == 1
    x = run(tools, page, r.events[0])
    return {(i.extracted.name if i.extracted else i.agent, i.role) for i in x.involvements}


@pytest.mark.parametrize("title, body, lang, process", [
    ("IX Intersessional Meeting of the South American Conference on Migration",
     "Ecuador hosted the meeting. The delegations reviewed the work plan of the South American Conference on "
     "Migration.", "en", "sacm"),
    ("IV Reunión Intersesional de la CSM",
     "Ecuador fue anfitrión de la reunión. Las delegaciones revisaron el plan de trabajo de la CSM.", "es", "sacm"),
])
def test_numbered_meeting_of_its_process_is_no_mention(tools, title, body, lang, process):
    got = _got(tools, title, body, lang)
    assert not any(agent.endswith(process) and role == "mentioned" for agent, role in got), got


@pytest.mark.parametrize("title, body, lang, process", [
    ("Reunión Preparatoria de la IX Conferencia Suramericana sobre Migraciones",
     "Ecuador fue anfitrión de la reunión preparatoria.", "es", "sacm"),
])
def test_preparatory_meeting_keeps_the_process_it_names(tools, title, body, lang, process):
    got = _got(tools, title, body, lang)
    assert any(agent.endswith(process) and role == "mentioned" for agent, role in got), got
