"""Prose role cues (issue 13, round 32, event32). Pages written for these tests, English and Spanish."""

from __future__ import annotations

import pytest
from event_pages import event_page
from test_extract import pairs, run, tools, ref  # noqa: F401

from rcpkg.loaders.layouts import parse_page

_HEAD32 = {"en": "Subregional Meeting on Labour Mobility\nQuito, Ecuador\nMay 6–7, 2019\n\n",
           "es": "Taller Subregional sobre Movilidad Laboral\nQuito, Ecuador\n6 y 7 de mayo de 2019\n\n"}


@pytest.mark.parametrize("body, lang, want", [
    # "intervino" / "intervened": a body that spoke took part
    ("Participaron Chile y Bolivia. Por las organizaciones sociales intervino el Servicio Jesuita a Refugiados (SJR).",
     "es", ("Servicio Jesuita a Refugiados", "participant")),
    ("Chile and Bolivia took part. On behalf of civil society, the Jesuit Refugee Service (JRS) intervened.",
     "en", ("Jesuit Refugee Service", "participant")),
    # (review: the verb followed by its complement reads the subject before it)
    ("Participaron Chile y Bolivia. El ACNUR intervino en la sesión de clausura.", "es", ("unhcr", "participant")),
    ("Participaron Chile y Bolivia. La Defensoría del Pueblo intervino durante el segundo panel.", "es",
     ("Defensoría del Pueblo", "participant")),
    # who prepared the working papers supported the meeting (with the holder of the office)
    ("La Secretaría Técnica de la CSM, a cargo de la OIM, preparó los documentos de trabajo.", "es",
     ("sacm-technical-secretariat", "supporter")),
    ("La Secretaría Técnica de la CSM, a cargo de la OIM, preparó los documentos de trabajo.", "es", ("iom", "supporter")),
    ("The SACM Technical Secretariat prepared the background documents. Chile took part.", "en",
     ("sacm-technical-secretariat", "supporter")),
    # "was the venue of" / "fue sede de": host
    ("Colombia was the venue of the meeting. Chile took part.", "en", ("gov-co", "host")),
    ("Colombia fue sede de la reunión. Chile participó.", "es", ("gov-co", "host")),
    # "under the presidency of X" / "bajo la presidencia de X": coordinator
    ("The meeting was held under the presidency of Colombia. Chile took part.", "en", ("gov-co", "coordinator")),
    ("La reunión se celebró bajo la presidencia de Colombia. Chile participó.", "es", ("gov-co", "coordinator")),
    # "actuó como Secretaría Técnica" / "acted as the Technical Secretariat": supporter
    ("La OIM actuó como Secretaría Técnica de la reunión. Chile participó.", "es", ("iom", "supporter")),
    ("IOM acted as the Technical Secretariat of the meeting. Chile took part.", "en", ("iom", "supporter")),
])
def test_prose_cues_r32(tools, body, lang, want):  # noqa: F811
    page = event_page(_HEAD32[lang] + body + "\n", lang)
    r = parse_page(page)
    x = run(tools, page, r.events[0])
    got = {(i.extracted.name if i.extracted else i.agent, i.role) for i in x.involvements}
    assert want in got, got


@pytest.mark.parametrize("body, lang, gov", [
    # a study's author stays mentioned; a document prepared is not the meeting's working papers
    ("Chile took part. The meeting discussed a study prepared by Peru.", "en", "gov-pe"),
    ("Chile participó. La reunión analizó un estudio preparado por el Perú.", "es", "gov-pe"),
])
def test_document_author_stays_mentioned_r32(tools, body, lang, gov):  # noqa: F811
    page = event_page(_HEAD32[lang] + body + "\n", lang)
    r = parse_page(page)
    got = pairs(run(tools, page, r.events[0]))
    assert (gov, "supporter") not in got, got


# -- "Subsecretaría" (accented) is an office of a ministry, a body; "Subsecretaria" unaccented is the official --

@pytest.mark.parametrize("body, lang, want, present", [
    ("Chile participó. La Subsecretaría de Asuntos Migratorios coordinó la logística de las jornadas.", "es",
     ("Subsecretaría de Asuntos Migratorios", "coordinator"), True),
    ("Chile took part. The Undersecretariat for Migration Affairs coordinated the logistics of the sessions.", "en",
     ("Undersecretariat for Migration Affairs", "coordinator"), True),
    ("Chile participó. La Subsecretaria de Asuntos Migratorios coordinó la logística de las jornadas.", "es",
     ("Subsecretaria de Asuntos Migratorios", "coordinator"), False),
])
def test_undersecretariat_is_a_body_r32(tools, body, lang, want, present):  # noqa: F811
    page = event_page(_HEAD32[lang] + body + "\n", lang)
    r = parse_page(page)
    x = run(tools, page, r.events[0])
    got = {(i.extracted.name if i.extracted else i.agent, i.role) for i in x.involvements}
    assert (want in got) == present, got


# -- the holder of a presidency with a long name, in apposition ("la Presidencia Pro Tempore de la Conferencia
#    Regional sobre Migración, a cargo de X, participó"): X is the holder, not the event's organizer --

@pytest.mark.parametrize("body, lang", [
    ("Chile participó. La Presidencia Pro Tempore de la Conferencia Regional sobre Migración, a cargo de Honduras, "
     "participó como invitada.", "es"),
    ("Chile took part. The Pro Tempore Presidency of the Regional Conference on Migration, held by Honduras, took "
     "part as a guest.", "en"),
])
def test_long_presidency_holder_r32(tools, body, lang):  # noqa: F811
    page = event_page(_HEAD32[lang] + body + "\n", lang)
    r = parse_page(page)
    got = pairs(run(tools, page, r.events[0]))
    assert ("gov-hn", "participant") in got and ("gov-hn", "organizer") not in got, got


# -- who moderated the whole meeting, all its sessions, coordinated it; one panel's moderator took part --

@pytest.mark.parametrize("body, lang, gov, role", [
    ("Chile participó. El Perú moderó además la reunión en todas sus sesiones.", "es", "gov-pe", "coordinator"),
    ("Chile participó. El Perú moderó todas las sesiones.", "es", "gov-pe", "coordinator"),
    ("Chile took part. Peru moderated all the sessions.", "en", "gov-pe", "coordinator"),
    ("Chile took part. Peru also moderated the meeting in all its sessions.", "en", "gov-pe", "coordinator"),
    ("Chile took part. Peru moderated both days of the seminar.", "en", "gov-pe", "coordinator"),
    ("Chile participó. El Perú moderó ambas jornadas del seminario.", "es", "gov-pe", "coordinator"),
    ("Chile took part. Peru moderated the closing panel.", "en", "gov-pe", "participant"),
    ("Chile participó. El Perú moderó el panel de clausura.", "es", "gov-pe", "participant"),
])
def test_moderated_all_sessions_r32(tools, body, lang, gov, role):  # noqa: F811
    page = event_page(_HEAD32[lang] + body + "\n", lang)
    r = parse_page(page)
    got = pairs(run(tools, page, r.events[0]))
    assert (gov, role) in got, got


# -- "X convened <a long object> through its Ministry": the ministry convenes too --

@pytest.mark.parametrize("body, lang, name", [
    ("Honduras convocó a los directores de migración de los ocho países del grupo a través de su Secretaría de "
     "Relaciones Exteriores. Chile participó.", "es", "Secretaría de Relaciones Exteriores"),
    ("Honduras convened the migration directors of the eight member countries of the group through its Ministry of "
     "Foreign Affairs. Chile took part.", "en", "Ministry of Foreign Affairs"),
])
def test_convened_through_long_object_r32(tools, body, lang, name):  # noqa: F811
    page = event_page(_HEAD32[lang] + body + "\n", lang)
    r = parse_page(page)
    x = run(tools, page, r.events[0])
    got = {(i.extracted.name if i.extracted else i.agent, i.role) for i in x.involvements}
    assert (name, "convener") in got and ("gov-hn", "convener") in got, got


# -- a role phrase put between the subject and its verb ("X, con el apoyo de Y, preparó ..."): the subject has the
#    verb's role (coordinator, funder too, as organizer and host already did) --

@pytest.mark.parametrize("body, lang, want", [
    ("Chile participó. La Cancillería del Perú, con el apoyo de la OIM, coordinó la logística del encuentro.", "es",
     {("Cancillería del Perú", "coordinator"), ("iom", "supporter")}),
    ("Chile took part. Peru's Foreign Ministry, with funding from IOM, coordinated the logistics of the meeting.", "en",
     {("Foreign Ministry of Peru", "coordinator"), ("iom", "funder")}),
])
def test_interjected_phrase_before_verb_r32(tools, body, lang, want):  # noqa: F811
    page = event_page(_HEAD32[lang] + body + "\n", lang)
    r = parse_page(page)
    x = run(tools, page, r.events[0])
    got = {(i.extracted.name if i.extracted else i.agent, i.role) for i in x.involvements}
    assert want <= got, got
