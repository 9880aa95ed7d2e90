"""Role phrases that left their institutions "mentioned" (issue 13, h-mentions): a Presidency Pro Tempore under
which a meeting is held with its holder's adjective, confirmed delegations, a session chaired, an event convened
"together with", an office held "in its capacity as", a process before its member countries, a grant that made the
event possible, a moderator, what a body shared, support to the facilitation, travel costs paid, trainers "a cargo
de", co-chairs; a field's role over an item's own phrase, a venue block, a signature with the site's e-mail, a work
presented, labels (academic partner, cooperation, allies, guest speakers), two labels of one role in one event.
Texts written for these tests (no held-out page's wording)."""

from __future__ import annotations

import pytest
from test_extract import make, pairs, run
from test_roles_rules import ref, tools  # noqa: F401  (fixtures)

from rcpkg.loaders.extract import extract
from rcpkg.loaders.gazetteer import Mention
from rcpkg.loaders.layouts import blocks, labels, parse_page
from rcpkg.loaders.records import Page
from rcpkg.loaders.roles import assign_roles, find_cues


def _m(text: str, surface: str, eid: str) -> Mention:
    i = text.index(surface)
    return Mention(eid, i, i + len(surface), surface, "name")


def _roles(text: str, *names: tuple[str, str]) -> list[tuple[str, str]]:
    return [(m.entity_id, r) for m, r in assign_roles(text, [_m(text, s, e) for s, e in names])]


@pytest.mark.parametrize("text, lead", [
    ("Held under the Costa Rican Presidency Pro Tempore, the meeting reviewed the work plan.", "Costa Rican"),
    ("Under the Guatemalan Presidency Pro-Tempore the Network met in Antigua.", "Guatemalan"),
    ("Under the current Presidency Pro Tempore of Chile, the Group met online.", "Chile"),
])
def test_a_presidency_with_its_holders_adjective_coordinates(text, lead):
    cues = find_cues(text)
    assert cues and cues[0].role == "coordinator" and cues[0].forward
    assert text[cues[0].end:].startswith(("Costa", "Guatemalan", "current")), text


def test_the_presidency_holder_by_adjective_coordinates_on_a_page(tools):  # noqa: F811
    page, event = make("Regional Workshop on Return",
                       "Under the Honduran Presidency Pro Tempore, the Working Group held a regional workshop.")
    assert ("gov-hn", "coordinator") in pairs(run(tools, page, event))


@pytest.mark.parametrize("text, a, b", [
    ("Confirmed delegations include the Labour Office of Jamaica and the Border Police Service.",
     "Labour Office of Jamaica", "Border Police Service"),
    ("Registered participants are the Census Bureau and the Andean Statistics Board.", "Census Bureau",
     "Andean Statistics Board"),
    ("Las delegaciones confirmadas son la Oficina de Empleo de Chile y el Servicio de Frontera.",
     "Oficina de Empleo de Chile", "Servicio de Frontera"),
])
def test_confirmed_delegations_take_part(text, a, b):
    assert _roles(text, (a, "a"), (b, "b")) == [("a", "participant"), ("b", "participant")]


@pytest.mark.parametrize("text, a", [
    ("The closing session was chaired by the Labour Office, and the meeting agreed a plan.", "Labour Office"),
    ("The high-level segment was presided over by the Andean Council.", "Andean Council"),
    ("La sesión de apertura fue presidida por la Oficina de Empleo.", "Oficina de Empleo"),
    ("La ceremonia de clausura estuvo encabezada por el Consejo Andino.", "Consejo Andino"),
])
def test_who_chairs_a_session_takes_part(text, a):
    assert _roles(text, (a, "a")) == [("a", "participant")]
    # the meeting itself chaired: its chair
    assert _roles("The meeting was chaired by the Andean Council.", ("Andean Council", "a")) == [("a", "coordinator")]


@pytest.mark.parametrize("text, a, b, c", [
    ("The Labour Office convened this regional meeting together with the Border Service and the Andean Council.",
     "Labour Office", "Border Service", "Andean Council"),
    ("La Oficina de Empleo convocó este taller regional junto con el Servicio de Frontera y el Consejo Andino.",
     "Oficina de Empleo", "Servicio de Frontera", "Consejo Andino"),
])
def test_convened_this_meeting_together_with_convenes(text, a, b, c):
    assert _roles(text, (a, "a"), (b, "b"), (c, "c")) == [("a", "convener"), ("b", "convener"), ("c", "convener")]


def test_an_office_held_in_its_capacity_is_no_actor(tools):  # noqa: F811
    for body in ("The workshop was hosted by the Government of Costa Rica in its capacity as Presidency Pro Tempore.",
                 "El taller fue organizado por el Gobierno de Costa Rica en su calidad de Presidencia Pro Tempore."):
        page, event = make("Workshop on Return" if "workshop" in body else "Taller sobre Retorno", body, year=2019)
        got = pairs(run(tools, page, event))
        assert {r for a, r in got if a == "gov-cr"} == {"host" if "hosted" in body else "organizer"}, got
        assert not {a for a, r in got if a in ("rcm", "sacm")}, got


@pytest.mark.parametrize("text, process", [
    ("Target audience: officials of the labour ministries of the RCM Member Countries.", "RCM"),
    ("The course trained border officials of the SACM member states.", "SACM"),
])
def test_a_process_before_its_member_countries_is_mentioned(text, process):
    assert _roles(text, (process, "p")) == [("p", "mentioned")]


@pytest.mark.parametrize("text, a", [
    ("The Andean Development Bank made the seminar possible through a grant to the network.", "Andean Development Bank"),
    ("The forum was possible thanks to a grant from the Andean Development Bank.", "Andean Development Bank"),
    ("El Banco de Desarrollo hizo posible el encuentro gracias a una donación.", "Banco de Desarrollo"),
])
def test_a_grant_that_made_the_event_possible_funds_it(text, a):
    assert _roles(text, (a, "a")) == [("a", "funder")]


@pytest.mark.parametrize("text, a", [
    ("The Labour Office acted as moderator of the working groups.", "Labour Office"),
    ("The Andean Council served as facilitator of the discussions.", "Andean Council"),
    ("La Oficina de Empleo actuó como moderadora del encuentro.", "Oficina de Empleo"),
    ("El Consejo Andino fungió como moderador de las mesas.", "Consejo Andino"),
])
def test_a_moderator_takes_part(text, a):
    assert _roles(text, (a, "a")) == [("a", "participant")]


@pytest.mark.parametrize("text, a", [
    ("The Border Service shared the results of its pilot.", "Border Service"),
    ("The Census Bureau presented the findings of the survey.", "Census Bureau"),
    ("El Servicio de Frontera compartió la experiencia de sus puestos fronterizos.", "Servicio de Frontera"),
    ("La Oficina de Empleo expuso los resultados del programa.", "Oficina de Empleo"),
])
def test_what_a_body_shares_with_an_article_is_taking_part(text, a):
    assert _roles(text, (a, "a")) == [("a", "participant")]


@pytest.mark.parametrize("text, a", [
    ("The Red Cross Society supported the facilitation of the simulation exercises.", "Red Cross Society"),
    ("The Youth Foundation helped with the logistics of the visit.", "Youth Foundation"),
    ("La Cruz Roja apoyó la logística de la jornada.", "Cruz Roja"),
    ("La Fundación Juvenil apoyó la moderación de las mesas.", "Fundación Juvenil"),
])
def test_support_to_a_part_of_the_events_work_is_support(text, a):
    assert _roles(text, (a, "a")) == [("a", "supporter")]


@pytest.mark.parametrize("text, a", [
    ("Los viáticos de los participantes fueron cubiertos por el Banco de Desarrollo.", "Banco de Desarrollo"),
    ("El alojamiento de las delegaciones fue costeado por la Fundación Andina.", "Fundación Andina"),
    ("Airfares for the delegates were covered by the Andean Development Bank.", "Andean Development Bank"),
    ("Travel of the participants was paid by the Youth Foundation.", "Youth Foundation"),
])
def test_travel_costs_paid_is_funding(text, a):
    assert _roles(text, (a, "a")) == [("a", "funder")]


@pytest.mark.parametrize("text, a, b", [
    ("Los módulos estuvieron a cargo de expertos del Consejo Andino y de la Oficina de Empleo.",
     "Consejo Andino", "Oficina de Empleo"),
    ("The sessions were led by specialists from the Andean Council and the Labour Office.",
     "Andean Council", "Labour Office"),
])
def test_the_trainers_body_runs_the_training(text, a, b):
    assert _roles(text, (a, "a"), (b, "b")) == [("a", "organizer"), ("b", "organizer")]


def test_co_chairs_coordinate_but_co_chaired_by_names_others():
    assert _roles("The Andean Council and the Labour Office co-chaired the meeting.",
                  ("Andean Council", "a"), ("Labour Office", "b")) == [("a", "coordinator"), ("b", "coordinator")]
    assert _roles("La Oficina de Empleo y el Consejo Andino copresidieron la reunión.",
                  ("Oficina de Empleo", "a"), ("Consejo Andino", "b")) == [("a", "coordinator"), ("b", "coordinator")]
    # "co-chaired by" names the chairs after it: no chair before it
    assert not [c for c in find_cues("The Census Initiative, a process co-chaired by the Andean Council, met.")
                if not c.forward]


def test_a_subjects_own_place_is_no_actor():
    text = "La Oficina de Empleo fue anfitriona de la sesión práctica en su Centro de Formación Laboral."
    assert _roles(text, ("Oficina de Empleo", "a"), ("Centro de Formación Laboral", "b")) == [("a", "host")]


FIELDS = {
    "en": ("Meetings of the Network\n\nAnnual Meeting of the Border Network\nDate: 03/14/2022\nPlace: Lima, Peru\n"
           "Coordinating institution(s): International Organization for Migration (IOM)\n"
           "Participants: focal points of the member countries; UNICEF; UNHCR\n\n"
           "Workshop on Return\nDate: 05/20/2022\nPlace: Quito, Ecuador\n"
           "Academic partner: Universidad Andina Simón Bolívar\nDelivered by: International Labour Organization\n"
           "Guest speakers: UNICEF; UNHCR\n"),
    "es": ("Reuniones de la Red\n\nReunión Anual de la Red de Fronteras\nFecha: 14/03/2022\nLugar: Lima, Perú\n"
           "Institución coordinadora: Organización Internacional para las Migraciones (OIM)\n"
           "Participantes: enlaces de los países miembros; UNICEF; ACNUR\n\n"
           "Taller sobre Retorno\nFecha: 20/05/2022\nLugar: Quito, Ecuador\n"
           "Socio académico: Universidad Andina Simón Bolívar\nImpartido por: Organización Internacional del Trabajo\n"
           "Cooperación: Agencia de Cooperación Internacional de Corea (KOICA)\nAliados: ACNUR\n"),
}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_field_items_take_the_fields_role_over_an_items_own_phrase(tools, lang):  # noqa: F811
    gaz, themes = tools
    page = Page(path="f.txt", url="https://crmsv.org/topics/x", text=FIELDS[lang], lang=lang, layout="fields")
    events = parse_page(page).events
    assert len(events) == 2
    first = {(i.agent, i.role) for i in extract(page, events[0], gaz, themes).involvements}
    assert {("unicef", "participant"), ("unhcr", "participant"), ("iom", "coordinator")} <= first, first
    second = {(i.extracted.name if i.extracted else i.agent, i.role)
              for i in extract(page, events[1], gaz, themes).involvements}
    assert ("Universidad Andina Simón Bolívar", "organizer") in second, second
    assert ("ilo", "organizer") in second, second
    if lang == "en":
        assert {("unicef", "participant"), ("unhcr", "participant")} <= second, second
    else:
        assert ("unhcr", "supporter") in second and any(r == "funder" for _, r in second), second


@pytest.mark.parametrize("label, role", [("Academic partner", "organizer"), ("Socio académico", "organizer"),
                                         ("Cooperación", "funder"), ("Aliados", "supporter"),
                                         ("Guest speakers", "participant"), ("Ponentes invitados", "participant")])
def test_labels_of_roles(label, role):
    assert labels.role_of(label) == role


def test_a_venue_block_names_no_actor(tools):  # noqa: F811
    gaz, themes = tools
    text = ("Skip to content\nRegional Seminar on Labour Mobility\nMarch 3, 2021 @ 9:00 am - 5:00 pm\n"
            "The seminar was organized by the International Labour Organization (ILO).\n\n"
            "Organizer\nInternational Labour Organization\nVenue\nInternational Organization for Migration\n"
            "Avenida Central 120\nLima, Peru\n« Previous event   Next event »\n")
    page = Page(path="e.txt", url="https://csmigraciones.org/en/events/x", text=text, lang="en", layout="event")
    event = parse_page(page).events[0]
    got = {(i.agent, i.role) for i in extract(page, event, gaz, themes).involvements}
    assert ("ilo", "organizer") in got and not {a for a, _ in got if a == "iom"}, got


@pytest.mark.parametrize("line, footer", [
    ("Executive Secretariat · Lima, Peru · contact@example.org", True),
    ("Technical Secretariat – Quito – info@example.org", True),
    ("Last updated: 03/02/2021 | Technical Secretariat | Lima, Peru", True),
    ("Última actualización: 03/02/2021 | Secretaría Técnica | Lima, Perú", True),
    ("Quito – Ecuador – Presencial", False),
    ("Contact: info@example.org", False),
    ("Write to info@example.org to register for the workshop.", False),
])
def test_a_signature_with_the_sites_address_is_a_footer(line, footer):
    assert blocks.is_footer(line) is footer


def test_a_work_presented_is_no_institution(tools):  # noqa: F811
    for title, body in (("Workshop on Missing Migrants",
                         "The Andean Forensic Team presented the Regional Forensic Data Bank to the delegations."),
                        ("Taller sobre Migrantes Desaparecidos",
                         "El Equipo Andino de Antropología Forense presentó el Banco Regional de Datos Forenses.")):
        page, event = make(title, body)
        names = {i.extracted.name for i in run(tools, page, event).involvements if i.extracted}
        assert not any("Banco" in n or "Bank" in n for n in names), names


def test_a_countrys_office_by_possessive_keeps_the_run():
    text = "The dialogue was convened by Chile's foreign ministry with the Andean Council and the Labour Office."
    assert _roles(text, ("Chile", "c"), ("Andean Council", "a"), ("Labour Office", "b")) \
        == [("c", "convener"), ("a", "convener"), ("b", "convener")]


@pytest.mark.parametrize("text, unit, parent, other", [
    ("The Data Analysis Centre (DAC) team of the Andean Council and the Labour Office presented the pilot.",
     "Data Analysis Centre", "Andean Council", "Labour Office"),
    ("The Regional Forensic Database project of the Andean Council and the Labour Office shared their results.",
     "Regional Forensic Database", "Andean Council", "Labour Office"),
    ("El Sistema de Datos Laborales (SDL), programa del Consejo Andino, y la Oficina de Empleo presentaron sus datos.",
     "Sistema de Datos Laborales", "Consejo Andino", "Oficina de Empleo"),
])
def test_a_unit_acts_and_its_parent_named_after_it_is_mentioned(text, unit, parent, other):
    got = _roles(text, (unit, "u"), (parent, "p"), (other, "o"))
    assert ("u", "participant") in got and ("o", "participant") in got and ("p", "mentioned") in got, got


@pytest.mark.parametrize("title, body", [
    ("Foro-Taller sobre Retorno", "Convocado por la Organización Internacional para las Migraciones (OIM), el "
                                  "Foro-Taller reunió a autoridades de la región."),
    ("Workshop-Seminar on Return", "Organized by the International Labour Organization (ILO), the Workshop-Seminar "
                                   "gathered officials of the region."),
])
def test_the_events_own_name_is_no_actor(tools, title, body):  # noqa: F811
    page, event = make(title, body)
    got = run(tools, page, event)
    assert not [i for i in got.involvements if i.extracted and ("Taller" in i.extracted.name
                                                                or "Workshop" in i.extracted.name)]


@pytest.mark.parametrize("title, body, country", [
    ("Webinar on Statistics", "Speakers:\n- National Statistics Office (ONE), Chile\n- Labour Observatory (OL), Peru",
     "gov-cl"),
    ("Webinario sobre Estadísticas", "Panelistas:\n- Oficina Nacional de Estadística (ONE), Chile\n"
                                     "- Observatorio Laboral (OL), Perú", "gov-cl"),
])
def test_a_country_closing_a_list_item_is_where_the_body_is(tools, title, body, country):  # noqa: F811
    page, event = make(title, body)
    assert country not in {a for a, _ in pairs(run(tools, page, event))}


@pytest.mark.parametrize("line", [
    "Conferencia Regional sobre Migración — Secretaría Técnica: OIM, Oficina en Costa Rica",
    "Regional Conference on Migration | Technical Secretariat: IOM Office in Costa Rica",
])
def test_the_credit_of_the_sites_secretariat_is_a_footer(line):
    assert blocks.is_footer(line)


@pytest.mark.parametrize("title, body", [
    ("Workshop on Labour Mobility", "The Working Group on Seasonal Work held the workshop. The Andean Development Bank "
                                    "made it possible through a grant to the Working Group."),
    ("Taller sobre Movilidad Laboral", "El Grupo de Trabajo sobre Trabajo Temporal realizó el taller; la Secretaría "
                                       "Ejecutiva preparó la relatoría del Grupo de Trabajo."),
])
def test_a_short_back_reference_is_no_new_institution(tools, title, body):  # noqa: F811
    page, event = make(title, body)
    names = {i.extracted.name for i in run(tools, page, event).involvements if i.extracted}
    assert not names & {"Working Group", "Grupo de Trabajo", "Secretaría Ejecutiva"}, names


@pytest.mark.parametrize("text, a", [
    ("The regional dialogue was convened at the call of the Andean Council.", "Andean Council"),
    ("El conversatorio se realizó a convocatoria del Consejo Andino.", "Consejo Andino"),
    ("Por convocatoria de la Oficina de Empleo se reunieron los enlaces.", "Oficina de Empleo"),
])
def test_at_the_call_of_convenes(text, a):
    assert _roles(text, (a, "a")) == [("a", "convener")]


@pytest.mark.parametrize("text, a", [
    ("The Labour Office received the participants at its training centre.", "Labour Office"),
    ("On the second day the Andean Council welcomed the delegates in Quito.", "Andean Council"),
    ("La Oficina de Empleo recibió a las delegaciones en su sede.", "Oficina de Empleo"),
    ("El Consejo Andino recibirá a los participantes en Lima.", "Consejo Andino"),
])
def test_who_receives_the_participants_hosts(text, a):
    assert _roles(text, (a, "a")) == [("a", "host")]


def test_delegations_received_from_others_take_part_and_the_receiver_is_no_host_of_them():
    got = _roles("La Oficina de Empleo recibió a las delegaciones del Consejo Andino.", ("Oficina de Empleo", "a"),
                 ("Consejo Andino", "b"))
    assert ("a", "host") not in got and ("b", "participant") in got


@pytest.mark.parametrize("text, a", [
    ("El seminario fue posible gracias al apoyo financiero del Banco de Desarrollo.", "Banco de Desarrollo"),
    ("La jornada fue posible gracias a una donación de la Fundación Andina.", "Fundación Andina"),
])
def test_possible_thanks_to_money_funds(text, a):
    assert _roles(text, (a, "a")) == [("a", "funder")]
    # support that is not money stays support
    assert _roles("El taller fue posible gracias al apoyo de la Fundación Andina.", ("Fundación Andina", "a")) \
        == [("a", "supporter")]


@pytest.mark.parametrize("text, role", [
    ("Convocaron el Consejo Andino y la Oficina de Empleo.", "convener"),
    ("Coorganizaron el conversatorio el Consejo Andino y la Oficina de Empleo.", "organizer"),
    ("Organizaron la jornada el Consejo Andino y la Oficina de Empleo.", "organizer"),
])
def test_the_verb_first_in_the_past_gives_the_names_after_it(text, role):
    assert _roles(text, ("Consejo Andino", "a"), ("Oficina de Empleo", "b")) == [("a", role), ("b", role)]


def test_the_convocation_in_charge_of_convenes():
    for text in ("La convocatoria corrió a cargo del Consejo Andino.", "La convocatoria estuvo a cargo del Consejo Andino."):
        assert _roles(text, ("Consejo Andino", "a")) == [("a", "convener")], text


def test_a_year_between_the_subject_and_its_verb():
    assert _roles("The Andean Council for 2020 convened the regional congress.", ("Andean Council", "a")) \
        == [("a", "convener")]
    assert _roles("La Presidencia del Consejo Andino de 2021 organizó el foro.", ("Consejo Andino", "a")) \
        == [("a", "organizer")]
