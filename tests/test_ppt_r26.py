"""Presidency Pro Tempore phrases (issue 13, round 26, ppt26): the process whose presidency a government holds is the
presidency's owner, not an actor; the governments holding it have the role. Pages written for these tests, English and
Spanish, other countries and wording than the held-out sets."""

from __future__ import annotations

import pytest
from event_pages import event_page
from test_extract import pairs, run, tools, ref  # noqa: F401

from rcpkg.loaders.layouts import parse_page

_HEAD = {"en": "Joint Workshop on Labour Mobility\nSan José, Costa Rica\nThursday, 12 September 2024\n\n",
         "es": "Taller Conjunto sobre Movilidad Laboral\nSan José, Costa Rica\njueves, 12 de septiembre de 2024\n\n"}


def _got(tools, body, lang):  # noqa: F811
    page = event_page(_HEAD[lang] + body + "\n", lang)
    r = parse_page(page)
    assert len(r.events) == 1
    return pairs(run(tools, page, r.events[0]))


@pytest.mark.parametrize("body, lang, a, b", [
    # "the Governments of X and Y, holding the Presidencies Pro Tempore of the RCM and the SACM, convened"
    ("The Governments of Costa Rica and Chile, holding the Presidencies Pro Tempore of the RCM and the SACM, "
     "convened the workshop for the officials of both processes.", "en", "gov-cr", "gov-cl"),
    ("Los Gobiernos de Costa Rica y Chile, que ejercían las Presidencias Pro Tempore de la CRM y de la CSM, "
     "convocaron el taller para los funcionarios de ambos procesos.", "es", "gov-cr", "gov-cl"),
    ("Costa Rica and Chile, which held the presidencies of the RCM and the SACM, convened the workshop "
     "for the officials of both processes.", "en", "gov-cr", "gov-cl"),
    # "the two Presidencies Pro Tempore, that of X for the RCM and that of Y for the SACM"
    ("It was convened by the two Presidencies Pro Tempore, that of Honduras for the RCM and that of Ecuador "
     "for the SACM, ahead of the plenary.", "en", "gov-hn", "gov-ec"),
    ("Lo convocaron ambas Presidencias Pro Tempore, la de Honduras por la CRM y la de Ecuador por la CSM, "
     "antes de la plenaria.", "es", "gov-hn", "gov-ec"),
    # "the Presidencies Pro Tempore of the RCM (X) and of the SACM (Y)"
    ("Convened by the Presidencies Pro Tempore of the RCM (Mexico) and of the SACM (Colombia), with the "
     "participation of both secretariats.", "en", "gov-mx", "gov-co"),
    ("Convocado por las Presidencias Pro Tempore de la CRM (México) y de la CSM (Colombia), con la "
     "participación de ambas secretarías.", "es", "gov-mx", "gov-co"),
])
def test_the_governments_holding_the_presidencies_convene(tools, body, lang, a, b):  # noqa: F811
    got = _got(tools, body, lang)
    assert (a, "convener") in got, got
    assert (b, "convener") in got, got
    assert ("rcm", "convener") not in got, got
    assert ("sacm", "convener") not in got, got


@pytest.mark.parametrize("body, lang", [
    ("The Presidency Pro Tempore of Chile, through the Ministry of the Interior, convened the workshop of the "
     "SACM member countries.", "en"),
    ("La Presidencia Pro Tempore de Chile, a cargo del Ministerio del Interior, convocó el taller de los países "
     "de la CSM.", "es"),
])
def test_the_country_s_presidency_through_its_ministry(tools, body, lang):  # noqa: F811
    got = _got(tools, body, lang)
    assert ("gov-cl", "convener") in got, got


# -- the ministry a meeting was hosted at hosts it; "funding for the meeting was provided by X" funds it --

@pytest.mark.parametrize("body, lang, key, role", [
    ("The workshop was hosted at the Ministry of Labour of Costa Rica, in its main auditorium.", "en", "ministry",
     "host"),
    ("El taller fue acogido en el Ministerio de Trabajo de Costa Rica, en su auditorio principal.", "es", "ministerio",
     "host"),
    ("Funding for the workshop was provided by the International Labour Organization.", "en", "ilo", "funder"),
    ("Financing for this event was granted by the International Labour Organization.", "en", "ilo", "funder"),
    ("El financiamiento del taller fue otorgado por la Organización Internacional del Trabajo.", "es", "ilo", "funder"),
])
def test_hosted_at_a_ministry_and_funding_for_the_meeting(tools, body, lang, key, role):  # noqa: F811
    got = _got(tools, body, lang)
    assert any(key in a and r == role for a, r in got), got


# -- the host named in a relative clause after the event: "..., de la que Ecuador fue sede", "of which Ecuador was the
# host" --

@pytest.mark.parametrize("body, lang", [
    ("La Presidencia Pro Tempore convocó el taller regional, del que Ecuador fue sede en la ciudad de Cuenca.", "es"),
    ("The Presidency Pro Tempore convened the regional workshop, of which Ecuador was the host in the city of Cuenca.",
     "en"),
])
def test_the_host_in_a_relative_clause(tools, body, lang):  # noqa: F811
    got = _got(tools, body, lang)
    assert ("gov-ec", "host") in got, got
