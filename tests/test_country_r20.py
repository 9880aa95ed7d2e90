"""Round 20 (issue 13, country20): role cues met on country pages' table cells and paragraphs, in both
languages. Sentences written for these tests (other names, places and wording than the held-out pages)."""

from __future__ import annotations

import pytest
from test_roles_rules import ref, roles, tools  # noqa: F401 (fixtures shared with the role rules' tests)


# -- the host named as the clause's end, or with an adverb between the verb and "host"/"sede" ------------

@pytest.mark.parametrize("text, who", [
    ("Uruguay ejerció la Presidencia Pro Tempore en 2014 y fue anfitrión.", "gov-uy"),
    ("Ecuador held the Pro Tempore Presidency and was the host.", "gov-ec"),
    ("Bolivia fue nuevamente sede.", "gov-bo"),
    ("Colombia fue sede.", "gov-co"),
    ("Peru was once again the host.", "gov-pe"),
    ("Argentina fue una vez más anfitriona del encuentro.", "gov-ar"),
])
def test_the_host_at_the_clause_end_or_after_an_adverb(tools, text, who):
    assert (who, "host") in roles(tools, text)


@pytest.mark.parametrize("text", [
    "Uruguay fue sede de la próxima reunión.",
    "La reunión fue en la sede de la OIM.",
])
def test_not_the_host(tools, text):
    assert not any(r == "host" for _, r in roles(tools, text))


# -- a list carried on by a semicolon and "also" ------------------------------------------------------

@pytest.mark.parametrize("text, who", [
    ("Asistieron Paraguay y Brasil; también el ACNUR y la CEPAL.", {"gov-py", "gov-br", "unhcr", "eclac"}),
    ("Attending were Suriname and Guyana; also UNHCR and UNICEF.", {"gov-sr", "gov-gy", "unhcr", "unicef"}),
])
def test_a_semicolon_and_also_carry_the_list(tools, text, who):
    got = roles(tools, text)
    assert {(w, "participant") for w in who} <= got


def test_a_semicolon_without_also_still_closes_the_list(tools):
    got = roles(tools, "Asistieron Paraguay y Brasil; la OIM financió el evento.")
    assert ("iom", "funder") in got and ("iom", "participant") not in got


# -- the process whose office a participant holds is not a participant ---------------------------------

@pytest.mark.parametrize("text, holder, process", [
    ("Participaron Perú y Chile, así como Honduras en su calidad de Presidencia Pro Tempore de la Conferencia "
     "Regional sobre Migración.", "gov-hn", "rcm"),
    ("Attended Colombia, and Guatemala in its capacity as Pro Tempore Presidency of the Regional Conference on "
     "Migration.", "gov-gt", "rcm"),
])
def test_the_office_s_process_is_not_a_participant(tools, text, holder, process):
    got = roles(tools, text)
    assert (holder, "participant") in got
    assert not any(e == process for e, _ in got)


# -- a troika's countries in brackets after its process, the troika the object of a verb of attending -------------

@pytest.mark.parametrize("text, who", [
    ("Estuvo presente la troika de la Conferencia Regional sobre Migración (México, Belice y Honduras).",
     {"gov-mx", "gov-bz", "gov-hn"}),
    ("Attending the opening was the troika of the South American Conference on Migration (Peru, Bolivia and Uruguay).",
     {"gov-pe", "gov-bo", "gov-uy"}),
    ("Participó también la troika de la CSM (Argentina, Ecuador y Paraguay) como invitada.",
     {"gov-ar", "gov-ec", "gov-py"}),
])
def test_a_troika_s_countries_in_brackets_take_part(tools, text, who):
    got = roles(tools, text)
    assert {(w, "participant") for w in who} <= got


# -- a number of countries took part, some of them named after it ------------------------------------------------

@pytest.mark.parametrize("text, who", [
    ("Nine delegations attended, Guyana among them.", {"gov-gy"}),
    ("Thirteen countries participated, Belize and Panama among them for the first time.", {"gov-bz", "gov-pa"}),
    ("Asistieron diez países, Uruguay entre ellos.", {"gov-uy"}),
    ("Participaron doce delegaciones, incluida la de Bolivia.", {"gov-bo"}),
    ("Twelve countries took part, including Ecuador and Colombia.", {"gov-ec", "gov-co"}),
])
def test_the_named_ones_of_a_counted_group_take_part(tools, text, who):
    got = roles(tools, text)
    assert {(w, "participant") for w in who} <= got


def test_a_number_alone_names_no_one(tools):
    assert not any(r == "participant" for _, r in roles(tools, "Nine countries took part; Chile hosted it."))
