"""Round 34 (issue 13): prose role cues seen on new writers' event pages. Pages written for these tests,
English and Spanish (other names, places and wording than any held-out set).

- who chairs every / each / all of the sessions of a meeting coordinates it ("presidió todas las sesiones");
- an office and its holder in apposition that drafted the outcome document of the meeting both support it
  ("X, exercised by Y, drafted the final report");
- a government with the presidency in apposition, with its time and without "as" ("X, the outgoing Presidency Pro
  Tempore, presented its report", "X, Presidencia Pro Tempore saliente, presentó"): the government acts."""

from __future__ import annotations

import pytest
from event_pages import event_page, named
from test_extract import run, tools, ref  # noqa: F401

from rcpkg.loaders.layouts import parse_page

_HEAD = {"en": "Regional Workshop on Labour Mobility\nWhen: 3-4 May 2021\nWhere: Asunción, Paraguay\n\n",
         "es": "Taller Regional sobre Movilidad Laboral\nCuándo: 3 y 4 de mayo de 2021\nDónde: Asunción, Paraguay\n\n"}


def _got(tools, body, lang):
    return named(tools, _HEAD, body, lang)


@pytest.mark.parametrize("body, lang, who", [
    ("Paraguay hosted the workshop. The Ministry of Labour chaired each session of the two days.", "en",
     "Ministry of Labour"),
    ("Paraguay hosted the workshop. The Ministry of Labour chaired all the sessions.", "en", "Ministry of Labour"),
    ("Paraguay fue anfitrión del taller. El Ministerio de Trabajo presidió todas las sesiones de los dos días.", "es",
     "Ministerio de Trabajo"),
    ("Paraguay fue anfitrión del taller. El Ministerio de Trabajo presidió cada sesión.", "es",
     "Ministerio de Trabajo"),
])
def test_who_chairs_every_session_coordinates(tools, body, lang, who):
    assert (who, "coordinator") in _got(tools, body, lang)


@pytest.mark.parametrize("body, lang, office, holder", [
    ("Paraguay hosted the workshop. The Technical Secretariat of the Network, exercised by the Andean Labour "
     "Observatory, drafted the final report.", "en", "Technical Secretariat of the Network",
     "Andean Labour Observatory"),
    ("Paraguay fue anfitrión del taller. La Secretaría Técnica de la Red, ejercida por el Observatorio Laboral "
     "Andino, preparó el proyecto de declaración.", "es", "Secretaría Técnica de la Red",
     "Observatorio Laboral Andino"),
])
def test_an_office_and_its_holder_drafting_the_outcome_support(tools, body, lang, office, holder):
    got = _got(tools, body, lang)
    print(got)
    assert (holder, "supporter") in got


@pytest.mark.parametrize("body, lang, who", [
    ("Paraguay hosted the workshop. Uruguay, the outgoing Presidency Pro Tempore, presented its activity report.",
     "en", "gov-uy"),
    ("Paraguay fue anfitrión del taller. Uruguay, Presidencia Pro Tempore saliente, presentó su informe de labores.",
     "es", "gov-uy"),
    ("Paraguay hosted the workshop. Uruguay, as the outgoing Presidency Pro Tempore, presented its activity report.",
     "en", "gov-uy"),
])
def test_the_presidency_in_apposition_is_the_subjects_capacity(tools, body, lang, who):
    assert (who, "participant") in _got(tools, body, lang)


@pytest.mark.parametrize("body, lang", [
    ("Chile received the Presidency Pro Tempore from Uruguay and hosted the workshop.", "en"),
    ("Chile recibió de Uruguay la Presidencia Pro Tempore y fue anfitriona del taller.", "es"),
])
def test_who_receives_the_presidency_and_hosts(tools, body, lang):
    got = _got(tools, body, lang)
    assert ("gov-cl", "host") in got
    assert ("gov-uy", "host") not in got


@pytest.mark.parametrize("body, want", [
    # (review of round 34) the chair named after "la presidió" / "lo presidió", or before it at the clause's end
    ("El Grupo se reunió en Quito. Creado en 2019 con el ACNUR, lo presidió Ecuador, a través de su Ministerio de "
     "Relaciones Exteriores. Participaron Chile y Perú.", {("gov-ec", "coordinator")}),
    ("La reunión técnica se celebró en Lima; la presidió el Perú. Asistieron Bolivia y Colombia.",
     {("gov-pe", "coordinator"), ("gov-bo", "participant")}),
    ("La sesión de trabajo fue breve y Paraguay la presidió. Asistieron Bolivia y Colombia.",
     {("gov-py", "coordinator")}),
])
def test_presided_it_r34(tools, body, want):  # noqa: F811
    page = event_page(_HEAD["es"] + body + "\n", "es")
    x = run(tools, page, parse_page(page).events[0])
    got = {(i.agent, i.role) for i in x.involvements}
    assert want <= got, got
