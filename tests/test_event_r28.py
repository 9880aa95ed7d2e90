"""Event pages (issue 13, round 28, event28): "The Member States were represented: X, Y and Z" lists the
participants after the colon. Pages written for these tests, English and Spanish."""

from __future__ import annotations

import pytest
from event_pages import event_page
from test_extract import pairs, run, tools, ref  # noqa: F401

from rcpkg.loaders.layouts import parse_page

_HEAD = {"en": "Regional Seminar on Border Health\nLima, Peru\nTuesday, 4 June 2024\n\n",
         "es": "Seminario Regional sobre Salud en Fronteras\nLima, Perú\nmartes, 4 de junio de 2024\n\n"}


@pytest.mark.parametrize("body, lang", [
    ("The nine Member States were represented: Belize, Guatemala, Honduras, Mexico and Panama.", "en"),
    ("All member countries were also represented: Belize, Guatemala, Honduras, Mexico and Panama.", "en"),
    ("Estuvieron representados los nueve Estados Miembros: Belice, Guatemala, Honduras, México y Panamá.", "es"),
    ("Los países miembros estuvieron todos representados: Belice, Guatemala, Honduras, México y Panamá.", "es"),
])
def test_represented_then_list_after_colon(tools, body, lang):  # noqa: F811
    page = event_page(_HEAD[lang] + body + "\n", lang)
    r = parse_page(page)
    got = pairs(run(tools, page, r.events[0]))
    for gov in ("gov-bz", "gov-gt", "gov-hn", "gov-mx", "gov-pa"):
        assert (gov, "participant") in got, got


# -- fields pages: "Place — city · venue" then "Venue — venue": one event, not a title-less second one --

_FIELDS = {
    "es": """Ejes de trabajo

Reunión Técnica sobre Documentación de Migrantes
Fecha — 12 de mayo de 2020
Lugar — Quito, Ecuador · Pontificia Universidad Católica del Ecuador
Organiza — Ministerio de Relaciones Exteriores y Movilidad Humana del Ecuador
Sede — Pontificia Universidad Católica del Ecuador
Participan — Bolivia, Chile y Paraguay

Curso Regional sobre Estadísticas Migratorias
Fecha — 3 de junio de 2021
Lugar — Asunción, Paraguay
Organiza — Dirección General de Migraciones del Paraguay
""",
    "en": """Work areas

Technical Meeting on Migrant Documentation
Date — 12 May 2020
Place — Quito, Ecuador · Pontifical Catholic University of Ecuador
Organized by — Ministry of Foreign Affairs and Human Mobility of Ecuador
Venue — Pontifical Catholic University of Ecuador
Participants — Bolivia, Chile and Paraguay

Regional Course on Migration Statistics
Date — 3 June 2021
Place — Asunción, Paraguay
Organized by — General Directorate of Migration of Paraguay
""",
}


@pytest.mark.parametrize("lang", ["es", "en"])
def test_venue_label_under_place_label_stays_in_the_event(tools, lang):  # noqa: F811
    page = event_page(_FIELDS[lang], lang, layout="fields")
    r = parse_page(page)
    assert len(r.events) == 2, [e.titles for e in r.events]
    got = pairs(run(tools, page, r.events[0]))
    for gov in ("gov-bo", "gov-cl", "gov-py"):
        assert (gov, "participant") in got, got


# -- "Label: X, Y," / "Z and W. Next sentence.": a wrapped list whose line goes on after its stop is one sentence --

@pytest.mark.parametrize("body, lang", [
    ("Member delegations: Belize, Guatemala, Honduras,\nMexico, Panama and Peru. The Andean Community attended as a "
     "guest and the World Bank sent an observer to the sessions.", "en"),
    ("Delegaciones miembros: Belice, Guatemala, Honduras,\nMéxico, Panamá y Perú. La Comunidad Andina asistió como "
     "invitada y el Banco Mundial envió un observador a las sesiones.", "es"),
])
def test_wrapped_list_then_next_sentence_is_one_unit(body, lang):
    from rcpkg.loaders.sentences import split_sentences
    first = split_sentences(body)[0]
    assert body[first.start:first.end].endswith(("Peru.", "Perú.")), body[first.start:first.end]
