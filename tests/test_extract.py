"""Extraction on hand-made events: verbatim spans, roles, the PPT, theme rules, sentences."""

from __future__ import annotations

from datetime import date

import pytest

from rcpkg.loaders.extract import extract
from rcpkg.loaders.gazetteer import Gazetteer
from rcpkg.loaders.records import DateRange, EventRecord, Page, PlaceMention, Section, Span, Title
from rcpkg.loaders.reference import load_reference
from rcpkg.loaders.sentences import split_sentences
from rcpkg.loaders.themes import ThemeMatcher
from rcpkg.resources import reference_dir


@pytest.fixture(scope="module")
def ref():
    return load_reference(reference_dir())


@pytest.fixture(scope="module")
def tools(ref):
    return Gazetteer.from_reference(ref), ThemeMatcher.from_reference(ref)


def make(title: str, body: str = "", *, place: str | None = None, year: int | None = None,
         coordinating: str | None = None, lead: str = "Skip to main content\n"):
    """A page holding one event: title line, body lines, optional place and coordinating field."""
    text = lead + title + "\n" + body + ("\n" if body else "")
    start = len(lead)
    title_span = Span.of(text, start, start + len(title))
    desc = Span.of(text, title_span.end + 1, title_span.end + 1 + len(body)) if body else None
    place_mention = None
    if place:
        p0 = len(text)
        text += place + "\n"
        place_mention = PlaceMention(Span.of(text, p0, p0 + len(place)))
    coord = None
    if coordinating:
        text += "Coordinating institution: "
        c0 = len(text)
        text += coordinating + "\n"
        coord = Span.of(text, c0, c0 + len(coordinating))
    dates = DateRange(date(year, 6, 4), None, Span.of(text, 0, 4)) if year else None
    event = EventRecord(ordinal=0, span=Span.of(text, start, len(text)), titles=(Title(title, "en", title_span),),
                        description=desc, place=place_mention, dates=dates, coordinating=coord)
    return Page(path="test.txt", url="https://example.org/events", text=text, lang="en"), event


def run(tools, page, event):
    gaz, themes = tools
    return extract(page, event, gaz, themes)


def pairs(x):
    return {(i.agent, i.role) for i in x.involvements}


def theme_keys(x):
    return {h.theme for h in x.themes}


def test_spans_are_verbatim_into_the_page(tools):
    page, event = make("Workshop on Passport Integrity",
                       "Comments: the workshop is hosted by the Government of Costa Rica. The costs are "
                       "covered by UNHCR and IOM.\nThe passport systems of the region will be discussed.",
                       place="San José")
    x = run(tools, page, event)
    assert x.involvements and x.themes
    for inv in x.involvements:
        assert page.text[inv.mention.start:inv.mention.end] == inv.mention.exact
        assert page.text[inv.evidence.start:inv.evidence.end] == inv.evidence.exact
        assert inv.mention.start >= inv.evidence.start and inv.mention.end <= inv.evidence.end
    for hit in x.themes:
        assert page.text[hit.evidence.start:hit.evidence.end] == hit.evidence.exact
        assert hit.trigger in hit.evidence.exact
    assert pairs(x) == {("gov-cr", "host"), ("unhcr", "funder"), ("iom", "funder")}


def test_no_link_without_evidence(tools):
    page, event = make("Workshop on unscrupulous immigration consultants", "A space for dialogue.")
    x = run(tools, page, event)
    assert x.involvements == () and x.themes == ()


def test_mentioned_is_dropped_for_an_agent_with_a_role(tools):
    page, event = make("Workshop of the IOM", "The workshop is supported by IOM. IOM is a member of the network.")
    assert pairs(run(tools, page, event)) == {("iom", "supporter")}


def test_distinct_roles_are_all_kept(tools):
    page, event = make("Meeting", "The meeting is organized by IOM. The costs are covered by IOM.")
    assert pairs(run(tools, page, event)) == {("iom", "organizer"), ("iom", "funder")}


def test_the_place_is_not_an_actor(tools):
    page, event = make("Meeting of the RCGM", place="Panama City")
    page2, event2 = make("Meeting of the RCGM", place="Costa Rica")
    assert pairs(run(tools, page, event)) == {("rcm-rcgm", "mentioned")}
    assert pairs(run(tools, page2, event2)) == {("rcm-rcgm", "mentioned")}


def test_coordinating_field_makes_coordinators_countries_included(tools):
    page, event = make("Seminario", "Seminario regional.",
                       coordinating="Gobierno del Estado Plurinacional de Bolivia y OIM")
    assert pairs(run(tools, page, event)) == {("gov-bo", "coordinator"), ("iom", "coordinator")}


# --------------------------------------------------------------------------- the Presidency Pro-Tempore

def test_ppt_named_with_the_government(tools):
    page, event = make("Workshop", "This workshop is convened by the Government of Honduras (PPT) with the "
                                   "objective of exchanging practices among the Member States of the RCM.")
    x = run(tools, page, event)
    assert pairs(x) == {("gov-hn", "convener"), ("rcm", "mentioned")}
    assert not x.warnings


def test_ppt_of_two_processes_convenes_both_processes(tools):
    page, event = make("I Plenary Meeting of the RCM and the SACM",
                       "Convening this plenary meeting will be conducted by the Presidency Pro-Tempore of the "
                       "South American Conference on Migration (SACM) and the Regional Conference on Migration "
                       "(RCM), with the support of their respective Technical Secretariats.")
    x = run(tools, page, event)
    assert pairs(x) == {("rcm", "convener"), ("sacm", "convener"),
                        ("rcm-technical-secretariat", "supporter"), ("sacm-technical-secretariat", "supporter")}
    secretariats = [i for i in x.involvements if i.role == "supporter"]
    assert all(i.mention.exact == "their respective Technical Secretariats" for i in secretariats)


def test_bare_ppt_resolves_to_the_dated_holder(tools, ref):
    dated = [m for m in ref.memberships if m.role == "presidency-pro-tempore" and m.start]
    assert dated
    m = dated[0]
    page, event = make(f"Workshop of the {ref.entities[m.organization].acronyms['en']}",
                       "The workshop is convened by the PPT and supported by IOM.", year=int(m.start))
    x = run(tools, page, event)
    assert (m.member, "convener") in pairs(x)
    holder = next(i for i in x.involvements if i.agent == m.member)
    assert holder.mention.exact == "PPT"


def test_bare_ppt_without_a_year_stays_a_mention_of_the_process(tools):
    page, event = make("Workshop to Deepen the Cooperation Agreements Between the RCM and the Civil Society",
                       "Comments: the workshop is convened by the PPT and supported by IOM.")
    x = run(tools, page, event)
    assert pairs(x) == {("rcm", "mentioned"), ("iom", "supporter")}
    assert not any(i.role == "convener" for i in x.involvements)
    assert x.warnings and "holder is not stated" in x.warnings[0].message


def test_bare_ppt_without_a_process_is_dropped_with_a_warning(tools):
    page, event = make("Capacitación", "La capacitación es convocada por la PPT con el apoyo del ACNUR.")
    x = run(tools, page, event)
    assert pairs(x) == {("unhcr", "supporter")}
    assert x.warnings and x.warnings[0].line == 3


def test_ppt_of_a_country(tools):
    page, event = make("Meeting", coordinating="Presidency Pro-Tempore of Panama and the RCM Technical Secretariat")
    x = run(tools, page, event)
    assert pairs(x) == {("gov-pa", "coordinator"), ("rcm-technical-secretariat", "coordinator")}
    assert not x.warnings


# --------------------------------------------------------------------------- themes

def test_participant_profile_is_not_a_subject(tools):
    page, event = make("Workshop on Social Reintegration of Migrants",
                       "Participants' Profile: one representative of the civil society for each country.\n"
                       "PARTICIPANTS PROFILE\nRepresentatives of organized civil society.")
    assert theme_keys(run(tools, page, event)) == {"return-reintegration"}


def test_theme_words_in_a_body_named_in_passing_do_not_count(tools):
    page, event = make("Development of a Workplan",
                       "To promote collaboration with the Regional Coalition against Trafficking in Persons and "
                       "Migrant Smuggling.")
    x = run(tools, page, event)
    assert theme_keys(x) == set()
    assert ("regional-coalition-tip-smuggling", "mentioned") in pairs(x)


def test_theme_words_in_a_body_named_in_the_title_count(tools):
    page, event = make("Meeting of the Central American Regional Coalition against Trafficking in Persons")
    assert theme_keys(run(tools, page, event)) == {"trafficking-in-persons"}


def test_narrower_theme_replaces_its_broader(tools):
    page, event = make("Workshop on consular services for unaccompanied migrant children and adolescents")
    assert theme_keys(run(tools, page, event)) == {"consular-protection", "unaccompanied-children"}


def test_links_are_not_text(tools):
    page, event = make("Workshop", "Agenda (https://example.org/files/agenda-migracion-laboral.pdf)\n"
                                   "Email: salud@example.org")
    assert theme_keys(run(tools, page, event)) == set()


def test_works_on_sections_outside_the_span(tools):
    page, event = make("Workshop", "GENERAL OBJECTIVE\nTo strengthen border management.")
    sect_start = page.text.index("To strengthen")
    sect_end = sect_start + len("To strengthen border management.")
    section = Section("GENERAL OBJECTIVE", Span.of(page.text, sect_start, sect_end))
    narrow = EventRecord(ordinal=0, span=event.titles[0].span, titles=event.titles, sections=(section,))
    assert theme_keys(run(tools, page, narrow)) == {"border-management"}


# --------------------------------------------------------------------------- sentences

@pytest.mark.parametrize("text, expected", [
    ("The meeting in Mexico D.F. was held. Next.", ["The meeting in Mexico D.F. was held.", "Next."]),
    ("The U.S. delegation spoke. Then Canada.", ["The U.S. delegation spoke.", "Then Canada."]),
    ("Some bodies, e.g. IOM, spoke. Fine.", ["Some bodies, e.g. IOM, spoke.", "Fine."]),
    ("See conclusion No. 2 of the group. Done!", ["See conclusion No. 2 of the group.", "Done!"]),
    ("• To share experiences.\n• To agree on a plan.", ["To share experiences.", "To agree on a plan."]),
    ("Title line\n\u00a0\nBody text here.", ["Title line", "Body text here."]),
    ("¿Quién convoca? La OIM.", ["¿Quién convoca?", "La OIM."]),
])
def test_sentence_splitter(text, expected):
    assert [text[s.start:s.end] for s in split_sentences(text) if not s.is_heading] == expected


def test_sentence_splitter_tracks_headings():
    text = "PARTICIPANTS PROFILE\nHigh level officials.\nComments: hosted by Panama."
    got = [(text[s.start:s.end], s.heading, s.is_heading) for s in split_sentences(text)]
    assert got == [("PARTICIPANTS PROFILE", "PARTICIPANTS PROFILE", True),
                   ("High level officials.", "PARTICIPANTS PROFILE", False),
                   ("Comments: hosted by Panama.", "Comments", False)]
