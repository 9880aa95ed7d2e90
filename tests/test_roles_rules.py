"""Role and open-world rules found on the rules development batches (issue 13), each with a case
it must accept and a case it must reject, on sentences written for the tests."""

from __future__ import annotations

import pytest
from test_extract import make, pairs, run

from rcpkg.loaders.gazetteer import Gazetteer
from rcpkg.loaders.reference import load_reference
from rcpkg.loaders.roles import assign_roles
from rcpkg.loaders.themes import ThemeMatcher
from rcpkg.resources import reference_dir


@pytest.fixture(scope="module")
def ref():
    return load_reference(reference_dir())


@pytest.fixture(scope="module")
def tools(ref):
    return Gazetteer.from_reference(ref), ThemeMatcher.from_reference(ref)


def roles(tools, text):
    gaz = tools[0]
    return {(m.entity_id, role) for m, role in assign_roles(text, gaz.find(text))}


def extracted(x):
    return {(i.extracted.name if i.extracted else i.agent, i.role) for i in x.involvements}


# -- batch 1 -------------------------------------------------------------------------

def test_under_the_presidency_pro_tempore_its_holder_coordinates(tools):
    page, event = make("Reunión", "Bajo la Presidencia Pro Tempore de Costa Rica, el Grupo revisó su plan de trabajo.")
    assert ("gov-cr", "coordinator") in pairs(run(tools, page, event))
    page, event = make("Meeting", "The meeting was held under the Presidency Pro-Tempore of Panama.")
    assert ("gov-pa", "coordinator") in pairs(run(tools, page, event))


def test_a_presidency_named_otherwise_coordinates_nothing(tools):
    page, event = make("Reunión", "Durante la Presidencia Pro Tempore de Costa Rica se aprobó el plan.")
    assert not any(role == "coordinator" for _, role in pairs(run(tools, page, event)))


def test_the_presidency_of_a_process_gives_the_role_to_the_process_only(tools):
    page, event = make("Diálogo", "Diálogo convocado por la Presidencia Pro Tempore de la CSM.", year=2021)
    assert pairs(run(tools, page, event)) == {("sacm", "convener")}


def test_observers_named_before_their_institutions(tools):
    got = roles(tools, "Participaron como observadores el Comité Internacional de la Cruz Roja (CICR) y la OIM.")
    assert got == {("icrc", "participant"), ("iom", "participant")}
    got = roles(tools, "Participan en calidad de observadores el ACNUR y UNICEF.")
    assert got == {("unhcr", "participant"), ("unicef", "participant")}


def test_observers_named_after_an_institution_read_backward_only(tools):
    got = roles(tools, "UNHCR joined as an observer, IOM sent a written note.")
    assert ("unhcr", "participant") in got
    assert ("iom", "participant") not in got


def test_is_the_host_institution(tools):
    assert ("unicef", "host") in roles(tools, "UNICEF es la institución anfitriona del taller.")
    assert ("iom", "host") in roles(tools, "IOM will be the host institution.")


def test_a_host_still_to_be_chosen_hosts_nothing(tools):
    assert ("unicef", "host") not in roles(tools, "The host will be chosen by the Member Countries with UNICEF.")


def test_acted_as_co_organizers(tools):
    got = roles(tools, "The dialogue was possible thanks to UNDP and the ILO, which acted as co-organizers.")
    assert got == {("undp", "organizer"), ("ilo", "organizer")}
    assert ("sica", "convener") in roles(tools, "SICA actuó como convocante de la reunión.")


def test_acted_as_something_else_is_no_role(tools):
    assert roles(tools, "IOM, which acted as depositary, kept the signed copies.") == {("iom", "mentioned")}
    # round 17 (the project lead's convention): a rapporteur takes part (rules batch 1 had read it as no role)
    assert roles(tools, "IOM, which acted as rapporteur, summarised the debate.") == {("iom", "participant")}


def test_funding_nouns_without_con(tools):
    assert ("undp", "funder") in roles(tools, "Con el apoyo de la OIM y el financiamiento del PNUD.")
    assert ("undp", "funder") in roles(tools, "The course was run by IOM, and the funding from UNDP covered the travel.")


def test_funding_of_a_thing_funds_nothing(tools):
    got = roles(tools, "Se presentó el financiamiento de proyectos del PNUD en la región.")
    assert ("undp", "funder") not in got


def test_officials_of_a_group_of_directorates_are_their_countries(tools):
    page, event = make("Taller", "Asistieron funcionarios de las direcciones de migración de Guatemala, Honduras y "
                                 "El Salvador.")
    assert {("gov-gt", "participant"), ("gov-hn", "participant"), ("gov-sv", "participant")} <= \
        pairs(run(tools, page, event))


def test_private_groups_are_not_their_countries(tools):
    page, event = make("Taller", "Asistieron empleadores agrícolas de Canadá.")
    assert ("gov-ca", "participant") not in pairs(run(tools, page, event))


def test_a_new_name_with_a_known_acronym_is_the_known_institution(tools):
    page, event = make("Taller", "Taller impartido por el Registro Civil y la Agencia de la ONU para los Refugiados "
                                 "(ACNUR).")
    x = run(tools, page, event)
    assert ("unhcr", "organizer") in pairs(x)
    assert not any(i.extracted and "Refugiados" in i.extracted.name for i in x.involvements)
    unhcr = next(i for i in x.involvements if i.agent == "unhcr")
    assert unhcr.mention.exact == "Agencia de la ONU para los Refugiados"


def test_a_unit_before_its_parents_acronym_stays_a_unit(tools):
    page, event = make("Taller", "Taller organizado por la Oficina de Enlace de la OIM (OIM).")
    x = run(tools, page, event)
    assert not any(i.agent == "iom" and i.mention.exact.startswith("Oficina") for i in x.involvements)


def test_a_units_remit_after_its_parent_is_part_of_its_name(tools):
    page, event = make("Taller", "Organizado conjuntamente con la Oficina Regional de UNICEF para América Latina y el "
                                 "Caribe.")
    x = run(tools, page, event)
    unit = [i for i in x.involvements if i.extracted]
    assert [(i.extracted.name, i.extracted.parent, i.role) for i in unit] == [
        ("Oficina Regional de UNICEF para América Latina y el Caribe", "unicef", "organizer")]
    assert unit[0].mention.exact == "Oficina Regional de UNICEF para América Latina y el Caribe"
    assert not any(i.agent == "unicef" for i in x.involvements)


def test_a_units_place_after_its_parent_is_not_a_remit(tools):
    page, event = make("Taller", "Organizado por la Oficina de UNICEF en Panamá y el Ministerio de Salud de Panamá.")
    x = run(tools, page, event)
    names = {i.extracted.name for i in x.involvements if i.extracted}
    assert not any("Ministerio" in n and "UNICEF" in n for n in names)


def test_a_ministry_with_its_country_before_a_backward_cue(tools):
    page, event = make("Dialogue", "The dialogue was possible thanks to the Ministry of Labour, Employment and Social "
                                   "Security of Belize, which acted as co-organizer.")
    x = run(tools, page, event)
    assert extracted(x) == {("Ministry of Labour, Employment and Social Security of Belize", "organizer")}


def test_acronyms_in_parentheses_of_a_coordinating_field_are_not_leftovers(tools):
    page, event = make("Taller", coordinating="Secretaría de Relaciones Exteriores de México (SRE) y Consejo Nacional "
                                              "de Población (CONAPO)")
    x = run(tools, page, event)
    assert len(x.involvements) == 2 and not x.warnings


def test_words_of_a_coordinating_field_that_name_nothing_are_warned(tools):
    page, event = make("Taller", coordinating="Consejo Nacional de Población (CONAPO) y otras entidades")
    x = run(tools, page, event)
    assert any("otras entidades" in w.value for w in x.warnings)


# -- batch 2 -------------------------------------------------------------------------

@pytest.mark.parametrize("text, agent, role", [
    ("The training was delivered in cooperation with UNHCR.", "unhcr", "organizer"),
    ("Se realizó en cooperación con la OIM.", "iom", "organizer"),
    ("The meeting took place with logistical support from IOM.", "iom", "supporter"),
    ("Foro con la cooperación técnica de la CEPAL.", "eclac", "supporter"),
    ("A webinar led by the ILO.", "ilo", "organizer"),
    ("The meeting was chaired by the Government of Panama.", "gov-pa", "coordinator"),
    ("La sesión fue presidida por el Gobierno de Honduras.", "gov-hn", "coordinator"),
    ("Organized by IOM, with funds from UNDP.", "undp", "funder"),
    ("Financing comes from UNICEF.", "unicef", "funder"),
    ("Se realizó gracias al aporte financiero del PNUD.", "undp", "funder"),
    ("La OIM cubrió los gastos de traslado.", "iom", "funder"),
    ("UNICEF takes part as an observer.", "unicef", "participant"),
    ("Officers from Nicaragua were trained.", "gov-ni", "participant"),
    ("UNFPA presented testimonies of migrant women.", "unfpa", "participant"),
    ("El PNUD compartió datos sobre la región.", "undp", "participant"),
])
def test_batch2_cues(tools, text, agent, role):
    assert (agent, role) in roles(tools, text)


@pytest.mark.parametrize("text, agent, role", [
    ("Its cooperation with UNHCR was discussed.", "unhcr", "organizer"),
    ("This led to a new plan by IOM.", "iom", "organizer"),
    ("The funds of IOM were discussed.", "iom", "funder"),
    # a body that presents at the event takes part (heldout3-5 conventions); what another presents does not
    ("The agenda presented by UNICEF was adopted.", "unicef", "participant"),
    ("Employers' associations from Mexico and Canada also attended.", "gov-mx", "participant"),
    ("Employers' associations from Mexico and Canada also attended.", "gov-ca", "participant"),
])
def test_batch2_cues_reject(tools, text, agent, role):
    assert (agent, role) not in roles(tools, text)


def test_as_do_shares_the_role_of_the_run_before_it(tools):
    got = roles(tools, "UNHCR takes part as an observer, as do IOM and UNICEF.")
    assert got == {("unhcr", "participant"), ("iom", "participant"), ("unicef", "participant")}
    assert roles(tools, "As do many agencies, IOM publishes data.") == {("iom", "mentioned")}


def test_observer_organizations_after_a_participants_run(tools):
    got = roles(tools, "Participants included the RROCM and, as observer organizations, IOM and UNHCR.")
    assert got == {("rncom", "participant"), ("iom", "participant"), ("unhcr", "participant")}


def test_an_acronym_may_hold_a_digit(tools):
    page, event = make("Seminario", coordinating="Migración Colombia, R4V y Secretaría Técnica de la CSM")
    x = run(tools, page, event)
    assert {n for n, _ in extracted(x)} >= {"Migración Colombia", "R4V"}
    assert not x.warnings


def test_a_name_before_its_acronym_keeps_its_and(tools):
    page, event = make("Diálogo", "Diálogo organizado por la Fundación Tierra y Movilidad (FUNTIMO).")
    assert extracted(run(tools, page, event)) == {("Fundación Tierra y Movilidad", "organizer")}
    page, event = make("Diálogo", "Diálogo organizado por la Fundación Tierra y el Ministerio de Salud (MINSA).")
    names = {n for n, _ in extracted(run(tools, page, event))}
    assert "Fundación Tierra" in names and not any("Tierra y" in n for n in names)


def test_a_name_listed_with_an_institution_is_a_mention(tools):
    # (a name the reference data does not list: MERCOSUR, once this test's example, now is listed)
    page, event = make("Foro", "Se recordaron experiencias como las del Mercado Común Centroamericano y "
                               "de la Organización de los Estados Americanos.")
    assert extracted(run(tools, page, event)) == {("Mercado Común Centroamericano", "mentioned"),
                                                  ("Organización de los Estados Americanos", "mentioned")}
    page, event = make("Foro", "Se recordaron las experiencias del Mercado Común Centroamericano.")
    assert extracted(run(tools, page, event)) == set()
    # a listed name is mentioned wherever the text names it
    page, event = make("Foro", "Se recordaron las experiencias del Mercado Común del Sur.")
    assert extracted(run(tools, page, event)) == {("mercosur", "mentioned")}


def test_a_cooperation_agencys_country_is_part_of_its_name(tools):
    page, event = make("Diálogo", "Diálogo financiado por la Cooperación Suiza en Bolivia.")
    assert extracted(run(tools, page, event)) == {("Cooperación Suiza en Bolivia", "funder")}


def test_a_listing_titles_second_copy_is_no_text(tools):
    from rcpkg.loaders.layouts import parse_page
    from rcpkg.loaders.records import Page

    text = ("Skip to main content\nXXIII RCM Vice-Ministerial Meeting XXIII RCM Vice-Ministerial Meeting\n\n"
            "The Vice-Ministerial Meeting was chaired by the Government of Panama.\n\nPanama City\n"
            "Meeting of the Focal Points of the RCM Meeting of the Focal Points of the RCM\n\nA meeting.\n\nTegucigalpa\n")
    page = Page(path="t.txt", url="https://example.org/events", text=text, lang="en", layout="listing")
    events = parse_page(page).events
    gaz, themes = tools
    from rcpkg.loaders.extract import extract as ex
    first = {(i.agent, i.role) for i in ex(page, events[0], gaz, themes).involvements}
    assert first == {("gov-pa", "coordinator")}  # the edition's process and body are its series
    second = {(i.agent, i.role) for i in ex(page, events[1], gaz, themes).involvements}
    assert second == {("rcm", "mentioned")}  # a meeting that is no edition names its process


def test_the_anchor_prefilter_never_hides_a_cue():
    """find_cues first skips the patterns whose anchor stems a text lacks (for speed): on every
    development page, the cues found must be those found without that shortcut (a pattern whose
    stems were spelled only in an optional part, "led by", "takes part", "as did", was silently
    never tried)."""
    import re
    from pathlib import Path

    import rcpkg.loaders.roles as R

    here = Path(__file__).resolve().parent / "fixtures"
    dev = [p for d in ("rules_dev", "openworld", "heldout", "heldout2", "pages") for p in (here / d).rglob("*.txt")]
    assert len(dev) > 40
    texts = [s for p in dev for s in re.split(r"(?<=[.;:\n])\s+", p.read_text(encoding="utf-8", errors="replace")) if s.strip()]
    fast = [R.find_cues(t) for t in texts]
    saved = R._FORWARD_RE, R._BACKWARD_RE, R._ANCHORS
    try:
        R._FORWARD_RE = [(role, rx, ()) for role, rx, _ in saved[0]]
        R._BACKWARD_RE = [(role, rx, ()) for role, rx, _ in saved[1]]
        R._ANCHORS = re.compile("")
        slow = [R.find_cues(t) for t in texts]
    finally:
        R._FORWARD_RE, R._BACKWARD_RE, R._ANCHORS = saved
    missed = [(t[:80], [t[c.start:c.end] for c in s if c not in f]) for t, f, s in zip(texts, fast, slow) if f != s]
    assert missed == []


# -- batch 3 -------------------------------------------------------------------------

@pytest.mark.parametrize("text, agent, role", [
    ("Taller con el respaldo técnico del ACNUR.", "unhcr", "supporter"),
    ("An exchange with the backing of IOM.", "iom", "supporter"),
    ("Bajo el liderazgo de la Secretaría Técnica de la CRM, la Red aprobó su plan.", "rcm-technical-secretariat",
     "coordinator"),
    ("Diálogo organizado por la OIM junto al PNUD.", "undp", "organizer"),
    ("The group met in association with UNICEF.", "unicef", "organizer"),
    ("An online course offered by UNHCR.", "unhcr", "organizer"),
    ("Taller desarrollado a iniciativa de la OIM.", "iom", "organizer"),
    ("Held thanks to a grant from the Government of Canada.", "gov-ca", "funder"),
    ("UNFPA covers the participants' travel costs.", "unfpa", "funder"),
    ("Labour inspectors from Belize and Guatemala took part.", "gov-bz", "participant"),
    ("The consular networks of Guatemala and El Salvador presented their registration systems.", "gov-sv",
     "participant"),
    ("Participan fiscales y policías de Costa Rica y Panamá.", "gov-pa", "participant"),
    ("Participants: the statistics offices and migration directorates of Argentina and Brazil.", "gov-br",
     "participant"),
    ("Con la participación de los consulados de México en Estados Unidos y de UNICEF.", "unicef", "participant"),
    ("Seminar organized by the Government of Chile with UNICEF.", "unicef", "organizer"),
])
def test_batch3_cues(tools, text, agent, role):
    assert (agent, role) in roles(tools, text)


@pytest.mark.parametrize("text, agent, role", [
    ("To map the services offered by UNICEF.", "unicef", "organizer"),
    ("Students from Mexico attended.", "gov-mx", "participant"),
    ("Con la participación de los consulados de México en Estados Unidos y de UNICEF.", "gov-us", "participant"),
])
def test_batch3_cues_reject(tools, text, agent, role):
    assert (agent, role) not in roles(tools, text)


def test_and_the_starts_another_name(tools):
    page, event = make("Dialogue", "Dialogue convened by the Ministry of Social Development and the National Migration "
                                   "Board, with the support of IOM.")
    assert {n for n, r in extracted(run(tools, page, event)) if r == "convener"} == {
        "Ministry of Social Development", "National Migration Board"}


def test_a_remit_of_a_ministry_after_y_stays_in_its_name(tools):
    page, event = make("Taller", coordinating="Secretaría de Relaciones Exteriores y Cooperación Internacional de "
                                              "Honduras y Policía Nacional de Honduras")
    names = {n for n, _ in extracted(run(tools, page, event))}
    assert names == {"Secretaría de Relaciones Exteriores y Cooperación Internacional de Honduras",
                     "Policía Nacional de Honduras"}


def test_an_office_after_its_parents_acronym(tools):
    page, event = make("Dialogue", "Dialogue held with the support of the IOM Office in Uruguay.")
    x = run(tools, page, event)
    assert [(i.extracted.name, i.extracted.parent, i.role) for i in x.involvements if i.extracted] == [
        ("IOM Office in Uruguay", "iom", "supporter")]
    assert ("iom", "supporter") not in pairs(x)


def test_countries_of_an_offices_remit_are_part_of_its_name(tools):
    page, event = make("Workshop", "Organized by the ILO Office for Central America, Haiti, Panama and the Dominican "
                                   "Republic.")
    x = run(tools, page, event)
    assert extracted(x) == {("ILO Office for Central America, Haiti, Panama and the Dominican Republic", "organizer")}


def test_countries_after_an_office_with_other_words_are_not_its_remit(tools):
    page, event = make("Workshop", "Organized by the ILO Office for Central America, with Panama and Costa Rica as "
                                   "hosts.")
    x = run(tools, page, event)
    assert not any("Panama" in n for n, _ in extracted(x))


def test_an_acronym_before_a_country_in_a_field_is_one_name(tools):
    page, event = make("Seminar", coordinating="CELADE; INE Chile; UNFPA")
    x = run(tools, page, event)
    assert ("gov-cl", "coordinator") not in pairs(x)
    assert "INE Chile" in {n for n, _ in extracted(x)}


# -- batch 4 -------------------------------------------------------------------------

@pytest.mark.parametrize("text, agent, role", [
    ("The Government of Guatemala, in its capacity as Presidency Pro-Tempore, convened the workshop.", "gov-gt",
     "convener"),
    ("UNICEF was responsible for its organization.", "unicef", "organizer"),
    ("La OIM estuvo a cargo de la organización.", "iom", "organizer"),
    ("UNICEF provided funding.", "unicef", "funder"),
    ("The meeting received technical assistance from UNHCR.", "unhcr", "supporter"),
    ("El encuentro contó con la asistencia técnica de la OIM.", "iom", "supporter"),
    ("El ACNUR ofreció asistencia técnica.", "unhcr", "supporter"),
    ("Organizers: the PDD and UNHCR.", "pdd", "organizer"),
    ("Socios: OIM y OIT.", "ilo", "organizer"),
    ("Costs are shared between UNHCR and IOM.", "iom", "funder"),
    ("El foro es una iniciativa conjunta de la OIM y del ACNUR.", "unhcr", "organizer"),
    ("A training designed by the ILO and implemented with UNICEF.", "unicef", "organizer"),
    ("La OIM y el ACNUR fueron los anfitriones del encuentro.", "unhcr", "host"),
])
def test_batch4_cues(tools, text, agent, role):
    assert (agent, role) in roles(tools, text)


@pytest.mark.parametrize("text, agent, role", [
    ("A training organized with the support of UNICEF.", "unicef", "organizer"),
    ("The meeting was organized by IOM with the participation of UNHCR.", "unhcr", "organizer"),
    ("UNICEF provided data on children.", "unicef", "funder"),
    ("IOM was responsible for the shelters.", "iom", "organizer"),
])
def test_batch4_cues_reject(tools, text, agent, role):
    assert (agent, role) not in roles(tools, text)


def test_the_presidency_after_its_government_adds_nothing(tools):
    page, event = make("Workshop", "The Government of Guatemala, in its capacity as Presidency Pro-Tempore, convened "
                                   "the workshop.", year=2019)
    x = run(tools, page, event)
    assert pairs(x) == {("gov-gt", "convener")} and not x.warnings


def test_a_unit_named_with_its_parents_possessive(tools):
    page, event = make("Meeting", "The meeting received technical assistance from UNHCR's Regional Bureau for the "
                                  "Americas.")
    x = run(tools, page, event)
    assert [(i.extracted.parent, i.role) for i in x.involvements if i.extracted] == [("unhcr", "supporter")]
    assert ("unhcr", "supporter") not in pairs(x)


def test_an_embassy_with_its_country_and_its_place(tools):
    page, event = make("Meeting", "The Embassy of Canada in Mexico was also present.")
    x = run(tools, page, event)
    assert extracted(x) == {("Embassy of Canada in Mexico", "participant")}


def test_trafficking_in_persons_is_one_name(tools):
    page, event = make("Meeting", coordinating="Regional Coalition against Trafficking in Persons and Smuggling of "
                                               "Migrants; National Commission against Trafficking in Persons of Panama")
    names = {n for n, _ in extracted(run(tools, page, event))}
    assert "National Commission against Trafficking in Persons of Panama" in names
    assert not any(n.startswith(("Persons", "Smuggling")) for n in names)


def test_a_fields_items_are_names_not_sentences(tools):
    page, event = make("Foro", coordinating="ACNUR; Intendencia de Montevideo; Fundación Avina")
    x = run(tools, page, event)
    assert {n for n, _ in extracted(x)} == {"unhcr", "Intendencia de Montevideo", "Fundación Avina"}
    assert not x.warnings


def test_a_remit_noun_after_y_la_stays_in_the_name(tools):
    page, event = make("Taller", "Con el apoyo financiero de la Agencia Suiza para el Desarrollo y la Cooperación "
                                 "(COSUDE).")
    assert extracted(run(tools, page, event)) == {("Agencia Suiza para el Desarrollo y la Cooperación", "funder")}


def test_a_name_with_a_strong_organisation_word_is_a_mention(tools):
    page, event = make("Webinar", "The webinar presented findings similar to those of the Internal Displacement "
                                  "Monitoring Centre.")
    assert extracted(run(tools, page, event)) == {("Internal Displacement Monitoring Centre", "mentioned")}
    page, event = make("Webinar", "The webinar presented the Regional Action Plan on Mobility.")
    assert extracted(run(tools, page, event)) == set()


# -- batch 5 -------------------------------------------------------------------------

@pytest.mark.parametrize("text, agent, role", [
    ("The forum was opened by UNICEF.", "unicef", "participant"),
    ("A panel moderated by the ILO.", "ilo", "participant"),
    ("El foro fue inaugurado por la OIM.", "iom", "participant"),
    ("El foro contó con la intervención del PNUD.", "undp", "participant"),
    ("The group reviewed data shared by UNHCR.", "unhcr", "participant"),
    ("Seminario coorganizado por la OIM y la OIT.", "ilo", "organizer"),
    ("Curso dictado con fondos de la OIM.", "iom", "funder"),
    ("Workshop held with the assistance of the ICRC.", "icrc", "supporter"),
    ("UNICEF provided hygiene kits.", "unicef", "supporter"),
    ("La OIT brindó su asesoría.", "ilo", "supporter"),
    ("La OIM coordinó las mesas de trabajo.", "iom", "coordinator"),
    ("Moderated by UNDP, which also financed the event together with UNICEF.", "unicef", "funder"),
])
def test_batch5_cues(tools, text, agent, role):
    assert (agent, role) in roles(tools, text)


def test_a_second_role_after_a_relative_clause(tools):
    got = roles(tools, "The forum was moderated by UNDP, which also financed the event.")
    assert {("undp", "participant"), ("undp", "funder")} <= got
    got = roles(tools, "The SACM, with the support of UNHCR, convenes the dialogue.")
    assert ("unhcr", "convener") not in got and ("unhcr", "supporter") in got


@pytest.mark.parametrize("text, agent, role", [
    ("The course was coordinated by IOM with UNHCR.", "iom", "mentioned"),
    ("IOM provided data on returns.", "iom", "supporter"),
    ("Seminar of the SACM organized jointly with UNICEF.", "sacm", "mentioned"),
])
def test_batch5_cues_reject(tools, text, agent, role):
    assert (agent, role) not in roles(tools, text)


def test_a_list_under_a_role_heading(tools):
    from rcpkg.loaders.layouts import parse_page
    from rcpkg.loaders.records import Page

    text = ("Skip to main content\nHome » Events\nCourse on Border Management\nAbout the event:\n"
            "The course is run by IOM.\n\nParticipating institutions:\n • National Police of Peru\n"
            " • Migration Colombia\n\nGENERAL OBJECTIVE\nTo strengthen cooperation.\n\n"
            "Monday, June 3, 2019\nLima, Peru\nCoordinating institution:\nIOM\nDesign by the web team\n")
    page = Page(path="t.txt", url="https://example.org/events/course", text=text, lang="en", layout="event")
    event = parse_page(page).events[0]
    x = run(tools, page, event)
    assert extracted(x) >= {("National Police of Peru", "participant"), ("Migration Colombia", "participant")}
    assert ("gov-co", "participant") not in pairs(x)


def test_a_sentence_under_a_role_heading_is_no_list_item(tools):
    page, event = make("Webinar", "Organizers: UNHCR.\nThe webinar presented findings similar to those of the "
                                  "Internal Displacement Monitoring Centre.")
    assert ("Internal Displacement Monitoring Centre", "mentioned") in extracted(run(tools, page, event))


def test_an_acronym_that_spells_the_whole_run(tools):
    page, event = make("Diálogo", "Diálogo convocado por el Marco Integral Regional para la Protección y Soluciones "
                                  "(MIRPS).")
    x = run(tools, page, event)
    assert ("mirps", "convener") in pairs(x) or ("Marco Integral Regional para la Protección y Soluciones",
                                                  "convener") in extracted(x)
    assert not any(i.extracted and i.extracted.name == "Marco Integral Regional para la Protección"
                   for i in x.involvements)


def test_an_acronyms_name_is_the_last_name_of_its_run():
    from rcpkg.loaders.openworld import page_acronyms

    got = page_acronyms("Seminario coorganizado por el Ministerio de Salud de Chile y la Organización Panamericana "
                        "de la Salud (OPS).")
    assert got == {"OPS": "Organización Panamericana de la Salud"}


def test_a_name_split_at_and_that_the_page_spells_whole(tools):
    page, event = make("Meeting", "Meeting convened by Employment and Social Development Canada (ESDC).",
                       coordinating="Employment and Social Development Canada")
    x = run(tools, page, event)
    assert ("Employment and Social Development Canada", "coordinator") in extracted(x)


# -- batch 6 -------------------------------------------------------------------------

@pytest.mark.parametrize("text, agent, role", [
    ("Prosecutors from El Salvador and Honduras shared case studies.", "gov-hn", "participant"),
    ("Financian el seminario la Unión Europea y el PNUD.", "undp", "funder"),
    ("Organizan el taller la OIM y el ACNUR.", "unhcr", "organizer"),
    ("Taller organizado en conjunto con la OIT.", "ilo", "organizer"),
    ("UNHCR has been invited as an observer.", "unhcr", "participant"),
    ("El encuentro fue posible gracias a la OIM.", "iom", "supporter"),
    ("UNICEF lent its premises.", "unicef", "host"),
    ("La OIM prestó sus instalaciones.", "iom", "host"),
])
def test_batch6_cues(tools, text, agent, role):
    assert (agent, role) in roles(tools, text)


@pytest.mark.parametrize("text, agent, role", [
    ("Se financian proyectos de la OIM.", "iom", "funder"),
    ("UNICEF provided the data.", "unicef", "host"),
    ("Students from Honduras shared case studies.", "gov-hn", "participant"),
])
def test_batch6_cues_reject(tools, text, agent, role):
    assert (agent, role) not in roles(tools, text)


def test_a_possessive_parent_before_a_known_unit_is_no_actor(tools):
    page, event = make("Exchange", "Exchange convened by IOM's Regional Office for Central America, North America and "
                                   "the Caribbean and UNICEF.")
    assert pairs(run(tools, page, event)) == {("iom-ro-san-jose", "convener"), ("unicef", "convener")}


def test_without_joins_a_name(tools):
    page, event = make("Workshop", "Workshop given by UNICEF and Doctors Without Borders.")
    assert ("Doctors Without Borders", "organizer") in extracted(run(tools, page, event))


def test_a_units_remit_stops_before_another_body(tools):
    page, event = make("Seminario", "Organizado en conjunto con la Oficina Regional de la OIT para América Latina y el "
                                    "Caribe y el Consejo Hondureño de la Empresa Privada (COHEP).")
    names = {n for n, _ in extracted(run(tools, page, event))}
    assert names == {"Oficina Regional de la OIT para América Latina y el Caribe",
                     "Consejo Hondureño de la Empresa Privada"}


# -- batch 7 -------------------------------------------------------------------------

@pytest.mark.parametrize("text, agent, role", [
    ("Held at the invitation of the Government of Belize.", "gov-bz", "convener"),
    ("Reunión realizada por invitación del Gobierno de Chile.", "gov-cl", "convener"),
    ("Prepared in conjunction with the ILO.", "ilo", "organizer"),
    ("Reunión realizada de la mano de UNICEF.", "unicef", "organizer"),
    ("The seminar is promoted by the RCM.", "rcm", "organizer"),
    ("Financial resources came from the Government of Canada.", "gov-ca", "funder"),
    ("Funding has been secured from UNDP.", "undp", "funder"),
    ("Un taller que cuenta con recursos de la OIM.", "iom", "funder"),
    ("Speakers included representatives of UNHCR.", "unhcr", "participant"),
    ("Migration services, such as UNHCR, will present their programmes.", "unhcr", "participant"),
    ("UNICEF led the webinar.", "unicef", "organizer"),
    ("The webinar was assisted by UNFPA.", "unfpa", "supporter"),
    ("La OIM aportó materiales didácticos.", "iom", "supporter"),
    ("El PNUD cubrió los viáticos.", "undp", "funder"),
    ("The workshop was attended by the central banks of Guatemala and Honduras.", "gov-hn", "participant"),
    ("Tomaron parte las autoridades de protección de la infancia de Chile y Uruguay.", "gov-uy", "participant"),
])
def test_batch7_cues(tools, text, agent, role):
    assert (agent, role) in roles(tools, text)


@pytest.mark.parametrize("text, agent, role", [
    ("The report to be presented by IOM was discussed.", "iom", "participant"),
    ("UNICEF led to a new approach.", "unicef", "organizer"),
    ("The commercial banks of Guatemala attended.", "gov-gt", "participant"),
])
def test_batch7_cues_reject(tools, text, agent, role):
    assert (agent, role) not in roles(tools, text)


def test_an_adjective_and_a_remit_noun_stay_in_the_name(tools):
    page, event = make("Workshop", "Workshop conducted by the Secretariat of Foreign Affairs and International "
                                   "Cooperation of Honduras.")
    assert {n for n, _ in extracted(run(tools, page, event))} == {
        "Secretariat of Foreign Affairs and International Cooperation of Honduras"}


def test_a_name_that_enumerates_after_contra(tools):
    page, event = make("Taller", "Taller convocado por la Secretaría contra la Violencia Sexual, Explotación y Trata de "
                                 "Personas (SVET).")
    assert {n for n, _ in extracted(run(tools, page, event))} == {
        "Secretaría contra la Violencia Sexual, Explotación y Trata de Personas"}


def test_a_lone_word_before_and_in_a_field_starts_the_name(tools):
    page, event = make("Seminar", coordinating="Ministry of Labour of Mexico and Employment and Social Development "
                                               "Canada")
    x = run(tools, page, event)
    assert {n for n, _ in extracted(x)} == {"Ministry of Labour of Mexico", "Employment and Social Development Canada"}
    page, event = make("Seminar", coordinating="Employment and IOM")  # no name after "and": the word stays alone
    x = run(tools, page, event)
    assert pairs(x) == {("iom", "coordinator")}
    assert any(w.value == "Employment" for w in x.warnings)
