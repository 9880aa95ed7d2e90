"""Event pages and prose role cues (issue 13, round 33, event33). Pages written for these tests, English and Spanish."""

from __future__ import annotations

import pytest
from event_pages import event_page
from test_extract import run, tools, ref  # noqa: F401

from rcpkg.loaders.layouts import parse_page

_HEAD33 = {"en": "Andean Forum on Labour Migration\nLa Paz, Bolivia\nMarch 3–4, 2021\n\n",
           "es": "Foro Andino sobre Migración Laboral\nLa Paz, Bolivia\n3 y 4 de marzo de 2021\n\n"}


def _got(tools, body, lang):  # noqa: F811
    page = event_page(_HEAD33[lang] + body + "\n", lang)
    r = parse_page(page)
    x = run(tools, page, r.events[0])
    return {(i.extracted.name if i.extracted else i.agent, i.role) for i in x.involvements}


@pytest.mark.parametrize("body, lang, want", [
    # "coorganizó" after its subject: a co-organizer (as "organizó" is)
    ("Asistieron Perú y Chile. El Instituto Boliviano de Empleo (IBE) coorganizó el foro.", "es",
     ("Instituto Boliviano de Empleo", "organizer")),
    ("La Cancillería boliviana recibió a las delegaciones, y el Instituto Boliviano de Empleo coorganizaron el foro.",
     "es", ("Instituto Boliviano de Empleo", "organizer")),
    ("Peru and Chile attended. The Bolivian Employment Institute co-organized the forum.", "en",
     ("Bolivian Employment Institute", "organizer")),
])
def test_co_organized_after_subject_r33(tools, body, lang, want):  # noqa: F811
    got = _got(tools, body, lang)
    assert want in got, got


@pytest.mark.parametrize("body, lang, place", [
    # a declaration named by its city, at a line's or sentence's start, is a text: the city is no institution
    ("Asistieron Perú y Chile. Anexos: Declaración de Cochabamba (PDF)", "es", "Cochabamba"),
    ("Asistieron Perú y Chile. Declaración de Cochabamba sobre movilidad laboral.", "es", "Cochabamba"),
    ("Peru and Chile attended. Downloads: Declaration of Cochabamba (PDF)", "en", "Cochabamba"),
    ("Peru and Chile attended. Protocol of Tarija: signed by both.", "en", "Tarija"),
    # a plan named in full is a text, no institution
    ("Asistieron Perú y Chile. Se acordó revisar el Plan Andino de Movilidad Laboral (PAML).", "es",
     "Plan Andino de Movilidad Laboral"),
    ("Peru and Chile attended. They agreed to review the Plan Andino de Movilidad Laboral.", "en",
     "Plan Andino de Movilidad Laboral"),
])
def test_texts_named_by_place_are_no_institutions_r33(tools, body, lang, place):  # noqa: F811
    got = _got(tools, body, lang)
    assert not any(name == place or str(name).endswith(place) for name, _ in got), got
    assert ("gov-pe", "participant") in got, got


@pytest.mark.parametrize("body, lang", [
    # a declaration named by its meeting stays no institution (the meeting's edition is no name either)
    ("Asistieron Perú y Chile.\n\nAnexos: Declaración de la XIV Reunión Ministerial (PDF)", "es"),
    ("Peru and Chile attended.\n\nDownloads: Declaration of the XIV Ministerial Meeting (PDF)", "en"),
])
def test_declaration_of_a_meeting_r33(tools, body, lang):  # noqa: F811
    got = _got(tools, body, lang)
    assert {r for _, r in got} == {"participant"}, got


@pytest.mark.parametrize("body, lang, want", [
    # the list of who attended goes on after a semicolon with the next ones' kind and no verb of its own
    ("Asistieron Perú y Chile; como invitados especiales, la Secretaría Técnica de la Conferencia Regional sobre "
     "Migración y México.", "es", ("gov-mx", "participant")),
    ("Asistieron Perú y Chile; como invitados especiales, la Secretaría Técnica de la Conferencia Regional sobre "
     "Migración y México.", "es", ("rcm-technical-secretariat", "participant")),
    ("Participaron Perú y Chile. Asistieron como invitados Colombia y Ecuador; y como organismos, la OIT, la CEPAL, "
     "además del ACNUR y la OEA.", "es", ("unhcr", "participant")),
    ("Participaron Perú y Chile. Asistieron como invitados Colombia y Ecuador; y como organismos, la OIT, la CEPAL, "
     "además del ACNUR y la OEA.", "es", ("ilo", "participant")),
    ("Peru and Chile took part. Attending as observers were UNHCR and ILO; as special guests, the Secretariat of the "
     "Regional Conference on Migration and Mexico.", "en", ("gov-mx", "participant")),
    ("Peru and Chile took part. Colombia and Ecuador attended as guests; and as organizations, the ILO and ECLAC.",
     "en", ("eclac", "participant")),
    # the Presidency that moderated the meeting on all its days ran it
    ("La Presidencia Pro Tempore boliviana moderó la reunión en todas sus jornadas. Participó Perú.", "es",
     ("gov-bo", "coordinator")),
    ("Peru took part. Bolivia moderated the forum on all its days.", "en", ("gov-bo", "coordinator")),
])
def test_attendance_list_carries_and_moderation_r33(tools, body, lang, want):  # noqa: F811
    got = _got(tools, body, lang)
    assert want in got, got


@pytest.mark.parametrize("body, lang, region", [
    # (review of round 33) a name made of regions alone is a place, no body taking part
    ("Asistió la Organización Internacional para las Migraciones (OIM), cuyo Representante para Sudamérica, "
     "Norteamérica y el Caribe intervino en la apertura.", "es", "Norteamérica y el Caribe"),
    ("IOM attended, whose envoy for Central America, North America and the Caribbean intervened in the opening "
     "session.", "en", "North America and the Caribbean"),
])
def test_regions_alone_are_no_body_r33(tools, body, lang, region):  # noqa: F811
    page = event_page(_HEAD33[lang] + body + "\n", lang)
    x = run(tools, page, parse_page(page).events[0])
    names = {i.extracted.name for i in x.involvements if i.extracted}
    assert region not in names, names
    assert "iom" in {i.agent for i in x.involvements}
