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


# -- "Hosted by <a body> (ACR) as Presidency Pro Tempore": the presidency is the body's capacity, no mention of its
#    government from the reference's holder of that year --------------------------------------------------------

from rcpkg.loaders.extract import extract  # noqa: E402
from rcpkg.loaders.layouts import parse_page  # noqa: E402
from rcpkg.loaders.pages import country_from_url  # noqa: E402
from rcpkg.loaders.records import Page  # noqa: E402


def _country_event(tools, title: str, head: str, body: str, url: str, lang: str):
    text = "Skip to main content\nActivities in this country\n\n" + title + "\n" + head + "\n" + body + "\n"
    page = Page(path="p.txt", url=url, text=text, lang=lang, layout="country", country=country_from_url(url))
    (event,) = parse_page(page).events
    gaz, themes = tools
    return {(i.extracted.name if i.extracted else i.agent, i.role) for i in extract(page, event, gaz, themes).involvements}


@pytest.mark.parametrize("title, head, body, url, lang, body_name, role, gov", [
    ("XX Regional Conference on Migration", "Mexico City, 9-10 June 2015",
     "Convened by the Undersecretariat for Population Affairs (UPA) as Presidency Pro Tempore.",
     "https://crmsv.org/en/member-countries/mexico", "en", "Undersecretariat for Population Affairs", "convener",
     "gov-mx"),
    ("XII Conferencia Suramericana sobre Migraciones", "Santiago, 4 al 6 de noviembre de 2012",
     "Organizada por la Dirección de Asuntos Consulares (DIGECONSU) como Presidencia Pro Tempore.",
     "https://csmigraciones.org/es/paises/chile", "es", "Dirección de Asuntos Consulares", "organizer", "gov-cl"),
])
def test_a_body_acting_as_presidency_pro_tempore(tools, title, head, body, url, lang, body_name, role, gov):
    got = _country_event(tools, title, head, body, url, lang)
    assert any(r == role and body_name in str(n) for n, r in got), got
    assert (gov, "mentioned") not in got


# -- a country chosen or elected for a later presidency is named (mentioned), not dropped as a place ----------------

@pytest.mark.parametrize("text, who", [
    ("Belize was elected for the 2024 Presidency Pro Tempore.", "gov-bz"),
    ("Ecuador has been designated to the Pro Tempore Presidency for 2023.", "gov-ec"),
    ("Se eligió a Bolivia para la Presidencia Pro Tempore de 2020.", "gov-bo"),
    ("Uruguay fue designado para ejercer la Presidencia Pro Tempore 2019.", "gov-uy"),
])
def test_a_country_chosen_for_a_later_presidency_is_mentioned(tools, text, who):
    assert (who, "mentioned") in roles(tools, text)


@pytest.mark.parametrize("title, head, body, url, lang, chosen, holder", [
    ("XXII Regional Conference on Migration", "San Salvador, 14-15 June 2017",
     "Convened by the Directorate General of Migration and Foreign Affairs (DGME). Panama was chosen for the 2018 "
     "Presidency Pro Tempore.", "https://crmsv.org/en/member-countries/el-salvador", "en", "gov-pa", "gov-sv"),
    ("XVI Conferencia Suramericana sobre Migraciones", "Asunción, 3 y 4 de noviembre de 2016",
     "Organizada por la Dirección General de Migraciones (DGM). Uruguay fue elegido para la Presidencia Pro Tempore "
     "de 2017.", "https://csmigraciones.org/es/paises/paraguay", "es", "gov-uy", "gov-py"),
])
def test_the_presidency_a_country_was_chosen_for_is_its_own(tools, title, head, body, url, lang, chosen, holder):
    got = _country_event(tools, title, head, body, url, lang)
    assert (chosen, "mentioned") in got
    assert (holder, "mentioned") not in got


# -- an extraordinary meeting of a process is the process's own: the process in its title is no mention ----------

@pytest.mark.parametrize("title, head, body, url, lang, process", [
    ("Extraordinary Meeting of the Regional Conference on Migration", "Tegucigalpa, 8 and 9 May 2023",
     "Convened by Honduras.", "https://crmsv.org/en/member-countries/honduras", "en", "rcm"),
    ("Sesión Extraordinaria de la Conferencia Suramericana sobre Migraciones", "Quito, 2 de julio de 2021",
     "Convocada por Ecuador.", "https://csmigraciones.org/es/paises/ecuador", "es", "sacm"),
])
def test_an_extraordinary_meeting_s_process_is_no_mention(tools, title, head, body, url, lang, process):
    got = _country_event(tools, title, head, body, url, lang)
    assert not any(n == process for n, _ in got), got


def test_another_meeting_of_a_process_still_names_it(tools):
    got = _country_event(tools, "Meeting of the Liaison Officers of the Regional Conference on Migration",
                         "Tegucigalpa, 8 May 2023", "Convened by Honduras.",
                         "https://crmsv.org/en/member-countries/honduras", "en")
    assert ("rcm", "mentioned") in got
