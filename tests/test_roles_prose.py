"""Role constructions in prose (issue 13; rules development batch 21): verbs before their subject and in
relative clauses, a second body joined by "with" / "con" / "en conjunto con", money received, "explained how
its", "panelists from", "entre ellas", a run that stops at the subject of a new clause, an acronym in
parentheses inside a run, a Presidency Pro Tempore named by a nationality adjective or in the plural. Texts
written for these tests."""

from __future__ import annotations

from test_extract import make, pairs, run
from test_roles_rules import ref, tools  # noqa: F401  (fixtures)

from rcpkg.loaders.gazetteer import Mention
from rcpkg.loaders.roles import assign_roles, find_cues


def _cues(text: str) -> list[tuple[str, str, bool]]:
    return [(c.role, text[c.start:c.end], c.forward) for c in find_cues(text)]


def _m(text: str, surface: str, eid: str, kind: str = "name") -> Mention:
    i = text.index(surface)
    return Mention(eid, i, i + len(surface), surface, kind)


def _roles(text: str, *names: tuple[str, str]) -> list[tuple[str, str]]:
    return [(m.entity_id, r) for m, r in assign_roles(text, [_m(text, s, e) for s, e in names])]


def test_the_verb_before_its_subject():
    assert _roles("Fue anfitriona de la jornada de clausura la Alcaldía de Tarija.", ("Alcaldía de Tarija", "a")) \
        == [("a", "host")]
    assert _roles("El BID expuso su estudio; tomaron parte asimismo la OIT y el PNUD.",
                  ("BID", "a"), ("OIT", "b"), ("PNUD", "c")) == [("a", "participant"), ("b", "participant"),
                                                               ("c", "participant")]
    assert _roles("Presentaron sus planes de contingencia la Cruz Roja y la Defensoría.",
                  ("Cruz Roja", "a"), ("Defensoría", "b")) == [("a", "participant"), ("b", "participant")]
    # the subject first: the verb reads backward, the body after the session is not the host
    assert _roles("La Cancillería fue anfitriona de la sesión inaugural y la OIM expuso.",
                  ("Cancillería", "a"), ("OIM", "b")) == [("a", "host"), ("b", "participant")]


def test_a_relative_clause_with_the_verb_first():
    assert _roles("El foro, que financió la Unión Europea, reunió a expertos.", ("Unión Europea", "a")) \
        == [("a", "funder")]
    assert _roles("El taller, que patrocinó el Banco Mundial, duró dos días.", ("Banco Mundial", "a")) \
        == [("a", "supporter")]
    # the event as the object: the body before the clause has the verb's role
    assert _roles("La OIM, que patrocinó la reunión, presentó su informe.", ("OIM", "a")) != [("a", "mentioned")]


def test_a_second_body_joined_by_with_or_con_shares_the_role():
    assert _roles("Organizado por el Ministerio de Salud con la Secretaría Técnica.",
                  ("Ministerio de Salud", "a"), ("Secretaría Técnica", "b")) == [("a", "organizer"), ("b", "organizer")]
    assert _roles("Convocado por la Cancillería en conjunto con el ACNUR.", ("Cancillería", "a"), ("ACNUR", "b")) \
        == [("a", "convener"), ("b", "convener")]
    assert _roles("The Foreign Ministry convened the dialogue with UN Women.", ("Foreign Ministry", "a"),
                  ("UN Women", "b")) == [("a", "convener"), ("b", "convener")]
    # "con el apoyo de" stays support
    assert _roles("Organizado por el Ministerio de Salud con el apoyo de la OPS.",
                  ("Ministerio de Salud", "a"), ("OPS", "b")) == [("a", "organizer"), ("b", "supporter")]


def test_a_run_stops_at_the_subject_of_a_new_clause():
    assert _roles("Funding came from the European Union, and the IOM lent its support.",
                  ("European Union", "a"), ("IOM", "b")) == [("a", "funder"), ("b", "supporter")]
    assert _roles("Financiado por la Unión Europea y la OIM brindó asistencia técnica.",
                  ("Unión Europea", "a"), ("OIM", "b")) == [("a", "funder"), ("b", "supporter")]
    # a list is still a list
    assert _roles("Funded by the European Union and Canada.", ("European Union", "a"), ("Canada", "b", )) \
        == [("a", "funder"), ("b", "funder")]


def test_money_received_is_funding_and_support_received_is_support():
    assert ("funder", "received financial support from", True) in \
        _cues("The forum received financial support from the Government of Spain.")
    assert ("supporter", "received technical support from", True) in \
        _cues("The forum received technical support from the IOM.")
    assert ("funder", "obtuvo financiamiento de", True) in _cues("El curso obtuvo financiamiento de la AECID.")


def test_speakers_named_by_what_they_did():
    assert _roles("The Red Cross explained how its tracing service works.", ("Red Cross", "a")) == [("a", "participant")]
    assert _roles("The Ombudsman's Office outlined their complaint procedures.", ("Ombudsman's Office", "a")) \
        == [("a", "participant")]
    assert _roles("Panelists from the University of Chile discussed remittances.", ("University of Chile", "a")) \
        == [("a", "participant")]
    assert _roles("Participaron organizaciones de seis países, entre ellas Caritas Chile y el SJM.",
                  ("Caritas Chile", "a"), ("SJM", "b")) == [("a", "participant"), ("b", "participant")]
    assert _roles("Asistieron funcionarios de migración y de asilo de Belice.", ("Belice", "a")) \
        == [("a", "participant")]
    assert _roles("El encuentro se realizó con el INM como institución anfitriona.", ("INM", "a")) == [("a", "host")]


def test_an_acronym_in_parentheses_stays_in_the_run():
    text = "Organized by the Population Division (CELADE) and the Statistics Institute."
    got = assign_roles(text, [_m(text, "Population Division", "a"), _m(text, "CELADE", "b", "acronym"),
                              _m(text, "Statistics Institute", "c")])
    assert [(m.entity_id, r) for m, r in got] == [("a", "organizer"), ("b", "organizer"), ("c", "organizer")]


def test_a_presidency_pro_tempore_named_by_a_nationality_adjective(tools):  # noqa: F811
    page, event = make("Forum", "The forum was convened by the Peruvian Presidency Pro Tempore of the SACM.", year=2019)
    assert pairs(run(tools, page, event)) == {("gov-pe", "convener")}
    page, event = make("Foro", "Lo convocó la Presidencia Pro Tempore chilena junto con la OIM.", year=2019)
    assert pairs(run(tools, page, event)) == {("gov-cl", "convener"), ("iom", "convener")}


def test_presidencies_in_the_plural_each_held_by_its_country(tools):  # noqa: F811
    page, event = make("Meeting", "Convened by the Presidencies Pro Tempore of the SACM, held by Chile, and of the RCM, "
                       "held by Mexico.", year=2019)
    assert pairs(run(tools, page, event)) == {("gov-cl", "convener"), ("gov-mx", "convener")}


def test_a_passive_with_its_place_or_date_before_the_agent_for_other_verbs():
    assert ("organizer", "delivered in Quito in May 2021 by", True) in \
        _cues("A course delivered in Quito in May 2021 by the IOM.")
    assert ("funder", "financiado en 2019 por", True) in _cues("Un taller financiado en 2019 por la Unión Europea.")
    # not across another participle's clause
    assert not any(r == "organizer" for r, _, _ in
                   _cues("Foro realizado el 3 de mayo de 2021, convocado por la Secretaría Técnica."))


def test_organized_the_event_on_a_date_with_a_second_body():
    assert _roles("The Foreign Ministry organized this online forum on 4 May 2021 with the Central Bank.",
                  ("Foreign Ministry", "a"), ("Central Bank", "b")) == [("a", "organizer"), ("b", "organizer")]
    assert _roles("La Cancillería organizó el foro virtual el 4 de mayo con el Banco Central.",
                  ("Cancillería", "a"), ("Banco Central", "b")) == [("a", "organizer"), ("b", "organizer")]


def test_hosted_by_and_co_organized_with_makes_the_host_an_organizer_too():
    got = _roles("Hosted by the Migration Office and co-organized with the Federal Police.",
                 ("Migration Office", "a"), ("Federal Police", "b"))
    assert set(got) == {("a", "host"), ("a", "organizer"), ("b", "organizer")}
    got = _roles("Acogido por la Cancillería y coorganizado con la OIM.", ("Cancillería", "a"), ("OIM", "b"))
    assert set(got) == {("a", "host"), ("a", "organizer"), ("b", "organizer")}
    # without the prefix the run before is not said to organize
    got = _roles("Convocado por la Cancillería y organizado conjuntamente con la OIM.", ("Cancillería", "a"), ("OIM", "b"))
    assert set(got) == {("a", "convener"), ("b", "organizer")}


def test_an_office_named_as_a_body_capacity_is_no_body(tools):  # noqa: F811
    page, event = make("Conference", "The IOM provided technical support as the Conference's Technical Secretariat.")
    assert pairs(run(tools, page, event)) == {("iom", "supporter")}


def test_a_presidency_in_apposition_between_commas_is_the_government(tools):  # noqa: F811
    page, event = make("XXI Regional Conference on Migration",
                       "Meeting hosted by the Government of Honduras, Presidency Pro Tempore, in Tegucigalpa.", year=2016)
    assert pairs(run(tools, page, event)) == {("gov-hn", "host")}


def test_a_compound_acronym_names_no_second_body(tools):  # noqa: F811
    page, event = make("Curso", "Curso impartido por el Centro de Formación de la OIT (CIF-OIT).", year=2020)
    assert ("ilo", "mentioned") not in pairs(run(tools, page, event))
    page, event = make("Curso", "Curso impartido por la OIT.", year=2020)
    assert pairs(run(tools, page, event)) == {("ilo", "organizer")}


def test_a_name_listed_after_another_ones_acronym_is_an_institution(tools):  # noqa: F811
    page, event = make("Taller", "Conocer la labor de organizaciones como el Servicio Jesuita a Refugiados (JRS) y "
                       "Médicos del Mundo en la frontera.", year=2020)
    got = {(i.extracted.name if i.extracted else i.agent, i.role) for i in run(tools, page, event).involvements}
    assert ("Médicos del Mundo", "mentioned") in got


def test_a_participle_and_its_agent_inside_a_name_with_its_acronym(tools):  # noqa: F811
    page, event = make("Forum", "Hosted by the National Commission for Families Affected by Disasters (CONAFAD).",
                       year=2020)
    got = {(i.extracted.name if i.extracted else i.agent, i.role) for i in run(tools, page, event).involvements}
    assert ("National Commission for Families Affected by Disasters", "host") in got
    page, event = make("Forum", "Organized by the Ministry of Labour and funded by Canada.", year=2020)
    assert ("gov-ca", "funder") in pairs(run(tools, page, event))


def test_a_meeting_held_before_a_numbered_one_mentions_its_process(tools):  # noqa: F811
    page, event = make("Foro de la Sociedad Civil previo a la XX Conferencia Suramericana sobre Migraciones",
                       "Convocado por la OIM.", year=2021)
    assert ("sacm", "mentioned") in pairs(run(tools, page, event))
    page, event = make("XX Conferencia Suramericana sobre Migraciones", "Convocada por la OIM.", year=2021)
    assert ("sacm", "mentioned") not in pairs(run(tools, page, event))


def _named(tools, body):  # noqa: F811
    page, event = make("Taller", body, year=2019)
    return {(i.extracted.name if i.extracted else i.agent, i.role) for i in run(tools, page, event).involvements}


def test_portuguese_names_and_national_bodies_with_a_country_adjective(tools):  # noqa: F811
    got = _named(tools, "Participaron la Prefeitura de Foz do Iguaçu y la Gendarmería Nacional Argentina.")
    assert ("Prefeitura de Foz do Iguaçu", "participant") in got
    assert ("Gendarmería Nacional Argentina", "participant") in got
    assert ("gov-ar", "participant") not in got
    # a country after a sentence's first words is still the country
    assert ("gov-ar", "participant") in _named(tools, "Participaron Chile y Argentina.")


def test_the_last_place_of_a_remit_closed_by_the_names_acronym(tools):  # noqa: F811
    got = _named(tools, "The Commission for Migrants of Central America and the Dominican Republic (COMIGRA) took part.")
    assert got == {("Commission for Migrants of Central America and the Dominican Republic", "participant")}
    # a list of countries stays a list
    assert _named(tools, "Organized by Mexico and the Dominican Republic.") == {("gov-mx", "organizer"),
                                                                                ("gov-do", "organizer")}


def test_organized_at_a_place_the_event_with_a_second_body():
    assert _roles("La Cancillería organizó en la Ciudad de Guatemala este foro con la OIM.",
                  ("Cancillería", "a"), ("OIM", "b")) == [("a", "organizer"), ("b", "organizer")]
