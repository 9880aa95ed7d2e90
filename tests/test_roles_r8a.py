"""Role constructions of listing and event prose (issue 13, h-r8a): a subject before a role phrase put between
it and its verb ("X, through its Y and in coordination with Z, held a workshop"), a speech or a report at the
event, a financial contribution, a role word inside a name, a "Financial support:" item with an abbreviation,
the Presidency Pro Tempore passed to a country, the event named by its own number in its text. Texts written
for these tests."""

from __future__ import annotations

from test_extract import make, pairs, run
from test_roles_rules import ref, tools  # noqa: F401  (fixtures)

from rcpkg.loaders.extract import extract
from rcpkg.loaders.gazetteer import Mention
from rcpkg.loaders.layouts import parse_page
from rcpkg.loaders.records import Page
from rcpkg.loaders.roles import assign_roles, find_cues


def _m(text: str, surface: str, eid: str) -> Mention:
    i = text.index(surface)
    return Mention(eid, i, i + len(surface), surface, "name")


def _roles(text: str, *names: tuple[str, str]) -> list[tuple[str, str]]:
    return [(m.entity_id, r) for m, r in assign_roles(text, [_m(text, s, e) for s, e in names])]


def test_the_subject_before_an_interjected_role_phrase_holds_the_event():
    assert _roles("The Andean Community, in coordination with the Ministry of Labour of Peru, held a regional "
                  "seminar on labour mobility.", ("Andean Community", "a"), ("Ministry of Labour of Peru", "b")) \
        == [("a", "organizer"), ("b", "coordinator")]
    assert _roles("La Comunidad Andina, en coordinación con el Ministerio de Trabajo del Perú, realizó un seminario "
                  "regional.", ("Comunidad Andina", "a"), ("Ministerio de Trabajo del Perú", "b")) \
        == [("a", "organizer"), ("b", "coordinator")]


def test_a_speech_or_a_report_at_the_event_is_taking_part():
    for text in ("The Andean Community gave the closing address.", "The Andean Community reported on its plan.",
                 "La Comunidad Andina pronunció el discurso de clausura.",
                 "La Comunidad Andina informó sobre su plan de trabajo."):
        surface = "Andean Community" if "Andean" in text else "Comunidad Andina"
        assert _roles(text, (surface, "a")) == [("a", "participant")], text


def test_a_financial_contribution_is_funding():
    assert _roles("The Andean Development Bank made a financial contribution.", ("Andean Development Bank", "a")) \
        == [("a", "funder")]
    assert _roles("El Banco de Desarrollo hizo un aporte financiero.", ("Banco de Desarrollo", "a")) \
        == [("a", "funder")]


def test_a_role_word_inside_a_name_is_no_cue():
    text = "The Council of Ministers of Health of the Andes gave the opening address."
    assert _roles(text, ("Council of Ministers of Health of the Andes", "a")) == [("a", "participant")]
    text = "El Consejo de Ministros de Salud Andino dio las palabras de bienvenida."
    assert _roles(text, ("Consejo de Ministros de Salud Andino", "a")) == [("a", "participant")]
    assert [c.role for c in find_cues("Officials of Peru attended.")] == ["participant", "participant"]


def test_a_funding_field_item_with_an_abbreviation(tools):  # noqa: F811
    for title, body in (("Workshop on Return", "Financial support:\nOffice of Migration, U.S. Agency for Return"),
                        ("Taller sobre Retorno", "Apoyo financiero:\nOficina de Migración, U.E. Fondo de Retorno")):
        page, event = make(title, body)
        assert {role for _, role in pairs(run(tools, page, event))} == {"funder"}


def test_the_presidency_passed_to_a_country(tools):  # noqa: F811
    page, event = make("Meeting on Return", "At the close the Presidency Pro Tempore of the RCM passed to Panama.",
                       year=2019)
    assert ("gov-pa", "mentioned") in pairs(run(tools, page, event))
    page, event = make("Reunión sobre Retorno", "Al cierre, la Presidencia Pro Tempore de la CSM pasó a Chile.",
                       year=2019)
    assert ("gov-cl", "mentioned") in pairs(run(tools, page, event))


LISTING = {
    "en": "XXV Regional Conference on Migration\n\nThe Vice-Ministerial Meeting of the XXV RCM was hosted by the "
          "Government of Panama.\n\nPanama City\n",
    "es": "XXV Conferencia Regional sobre Migración\n\nLa Reunión Viceministerial de la XXV CRM fue organizada por el "
          "Gobierno de Panamá.\n\nCiudad de Panamá\n",
}


def test_the_event_named_by_its_own_number_in_its_text_is_its_series(tools):  # noqa: F811
    gaz, themes = tools
    for lang, text in LISTING.items():
        page = Page(path="l.txt", url="https://crmsv.org/events", text=text, lang=lang, layout="listing")
        event = parse_page(page).events[0]
        got = {(i.agent, i.role) for i in extract(page, event, gaz, themes).involvements}
        assert not {a for a, r in got if r == "mentioned"} & {"rcm", "rcm-vice-ministerial-meeting"}, got
        assert ("gov-pa", "host" if lang == "en" else "organizer") in got


def test_the_sentence_subject_before_chained_role_phrases_convenes():
    text = ("La Cancillería del Perú, en coordinación con el Ministerio del Interior y con el acompañamiento técnico "
            "de la Comunidad Andina, convoca al Seminario Regional sobre Retorno.")
    assert _roles(text, ("Cancillería del Perú", "a"), ("Ministerio del Interior", "b"), ("Comunidad Andina", "c")) \
        == [("a", "convener"), ("b", "coordinator"), ("c", "supporter")]
    text = ("The Andean Community, in coordination with the Ministry of Labour and with the technical accompaniment "
            "of the Labour Office, convened the regional seminar.")
    assert _roles(text, ("Andean Community", "a"), ("Ministry of Labour", "b"), ("Labour Office", "c")) \
        == [("a", "convener"), ("b", "coordinator"), ("c", "supporter")]


def test_the_authors_of_examples_and_invited_groups_are_mentioned():
    assert _roles("Se revisarán prácticas como las desarrolladas por la Unión de Jornaleros.",
                  ("Unión de Jornaleros", "a")) == [("a", "mentioned")]
    assert _roles("Practices such as those developed by the Farmworkers Union will be reviewed.",
                  ("Farmworkers Union", "a")) == [("a", "mentioned")]
    assert _roles("Se invitó también a representantes de la Red de Jornaleros.", ("Red de Jornaleros", "a")) \
        == [("a", "mentioned")]
    assert _roles("Officers of the Farmworkers Network were invited to the closing session.",
                  ("Farmworkers Network", "a")) == [("a", "mentioned")]
    # taking part is still taking part
    assert _roles("Representantes de la Red de Jornaleros asistieron.", ("Red de Jornaleros", "a")) \
        == [("a", "participant")]
    assert _roles("El Consejo de Población expondrá su estudio.", ("Consejo de Población", "a")) \
        == [("a", "participant")]


def test_a_government_acting_through_its_office_shares_the_role():
    assert _roles("El Gobierno del Perú, a través del Ministerio del Interior, organizó el foro.",
                  ("Gobierno del Perú", "a"), ("Ministerio del Interior", "b")) == [("a", "organizer"), ("b", "organizer")]
    assert _roles("The Government of Peru, through the Ministry of the Interior, organized the forum.",
                  ("Government of Peru", "a"), ("Ministry of the Interior", "b")) == [("a", "organizer"),
                                                                                    ("b", "organizer")]


def test_scholarships_fund_and_a_cohost_after_the_meeting_hosts():
    assert _roles("Curso para funcionarios, con becas de la Agencia de Cooperación.", ("Agencia de Cooperación", "a")) \
        == [("a", "funder")]
    assert _roles("A course for officials, with scholarships from the Cooperation Agency.",
                  ("Cooperation Agency", "a")) == [("a", "funder")]
    assert _roles("La Cancillería fue anfitriona de la reunión junto con la Red de Apoyo.",
                  ("Cancillería", "a"), ("Red de Apoyo", "b")) == [("a", "host"), ("b", "host")]
    assert _roles("The Foreign Ministry was host of the meeting together with the Support Network.",
                  ("Foreign Ministry", "a"), ("Support Network", "b")) == [("a", "host"), ("b", "host")]


def test_the_holder_of_an_office_in_apposition_shares_its_role():
    # round 28: the convention of sets 21-26 (docs/design.md, rounds 23 and 28) - the body an office's task is
    # entrusted to ("a cargo de") has the office's role; set 8's gold, older, had it mentioned
    text = "Con el apoyo de la Secretaría Técnica de la Red, a cargo de la Oficina Regional de Enlace."
    assert _roles(text, ("Secretaría Técnica de la Red", "a"), ("Oficina Regional de Enlace", "b")) \
        == [("a", "supporter"), ("b", "supporter")]
    assert _roles("El taller estuvo a cargo de la Oficina Regional de Enlace.", ("Oficina Regional de Enlace", "b")) \
        == [("b", "organizer")]


def test_a_national_coordination_is_a_unit(tools):  # noqa: F811
    for title, body in (("Workshop on Floods", "The National Coordination of Flood Response of the Ministry of "
                                               "Public Works of Peru hosted the workshop."),
                        ("Taller sobre Inundaciones", "La Coordinación Nacional de Respuesta a Inundaciones fue "
                                                      "anfitriona del taller.")):
        page, event = make(title, body)
        got = run(tools, page, event).involvements
        assert [(i.role, i.mention.exact.split()[1]) for i in got] in ([("host", "Coordination")],
                                                                        [("host", "Nacional")]), got
