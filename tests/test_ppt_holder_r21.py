"""The Presidency Pro Tempore with its holder in parentheses (issue 13, round 21: "nothing dropped in
silence"): "Coordinated by the Presidency Pro Tempore (Ecuador)" gives Ecuador's government the role,
whatever the reference data says held the presidency that year. Sentences written for these tests."""

from __future__ import annotations

from event_pages import found as _event_found
from test_roles_rules import ref, tools  # noqa: F401  (fixtures)

_TITLES = ("Reunión Técnica de Seguimiento", "Technical Follow-up Meeting")
_DATED = ("Fecha: 9 de junio de 2016\nLugar: Quito, Ecuador\n", "Date: 9 June 2016\nVenue: Quito, Ecuador\n")
_UNDATED = ("Modalidad virtual\n", "Online meeting\n")


def _found(tools, body: str, lang: str, heads=_DATED):  # noqa: F811
    return _event_found(tools, _TITLES, heads, body, lang)


def test_holder_in_parentheses_en(tools):  # noqa: F811
    found = _found(tools, "Coordinated by the Presidency Pro Tempore (Uruguay).", "en")
    assert ("gov-uy", "coordinator") in found, found


def test_holder_in_parentheses_es(tools):  # noqa: F811
    found = _found(tools, "Convocada por la Presidencia Pro Tempore (Paraguay), con el apoyo de la OIM.", "es")
    assert ("gov-py", "convener") in found, found
    assert ("iom", "supporter") in found, found


def test_holder_in_parentheses_undated_event(tools):  # noqa: F811
    found = _found(tools, "Organized by the Pro Tempore Presidency (Colombia).", "en", heads=_UNDATED)
    assert ("gov-co", "organizer") in found, found


def test_a_parenthesis_that_is_not_a_country_stays_as_before(tools):  # noqa: F811
    found = _found(tools, "Coordinada por la Presidencia Pro Tempore (PPT) de la CSM.", "es", heads=_UNDATED)
    assert not any(a.startswith("gov-") and r == "coordinator" for a, r in found), found


# -- a short line that says who did what, under the place line, is the event's text, not its venue ------------------

def _venue(text: str, lang: str):
    from event_pages import event_page

    from rcpkg.loaders.layouts import parse_page

    (event,) = parse_page(event_page(text, lang)).events
    return event.venue.exact if event.venue else None


def test_a_role_line_under_the_place_is_no_venue(tools):  # noqa: F811
    head = "Technical Follow-up Meeting\nDate: 9 June 2016\nVenue: Quito, Ecuador\n"
    assert _venue(head + "Hosted by the Ministry of Foreign Affairs.\n", "en") is None
    assert ("gov-uy", "coordinator") in _found(tools, "Coordinated by Uruguay.", "en")
    es = "Reunión Técnica de Seguimiento\nFecha: 9 de junio de 2016\nLugar: Quito, Ecuador\n"
    assert _venue(es + "Organizada por la OIM, con apoyo del ACNUR.\n", "es") is None
    assert ("unhcr", "supporter") in _found(tools, "Organizada por la OIM, con apoyo del ACNUR.", "es")


def test_a_venue_line_stays_the_venue():
    assert _venue("Technical Follow-up Meeting\nDate: 9 June 2016\nVenue: Quito, Ecuador\nHotel Casa Gangotena\n",
                  "en") == "Hotel Casa Gangotena"
    assert _venue("Reunión Técnica de Seguimiento\nFecha: 9 de junio de 2016\nLugar: Quito, Ecuador\n"
                  "Auditorio de la Cancillería\n", "es") == "Auditorio de la Cancillería"
