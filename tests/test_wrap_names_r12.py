"""Issue 13 (wrap): sentences wrapped over lines (pages saved from a PDF, plain-text exports), names
joined by "and" / "y", one-word institutions in a strong role slot, units named with their parent
ministry, and a Presidency Pro Tempore named by a possessive. Pages and sentences written for these
tests (not the held-out pages' text), in English and Spanish."""

from __future__ import annotations

import pytest
from test_roles_rules import ref, tools  # noqa: F401 (fixtures shared with the role rules' tests)
from test_extract import make, run

from rcpkg.loaders.sentences import split_sentences


def sentences(text):
    return [text[s.start:s.end] for s in split_sentences(text) if not s.is_heading]


def extracted(tools, body, title="Workshop"):
    page, event = make(title, body)
    x = run(tools, page, event)
    for inv in x.involvements:  # the quotes stay the page's text, line breaks included
        assert page.text[inv.mention.start:inv.mention.end] == inv.mention.exact
        assert page.text[inv.evidence.start:inv.evidence.end] == inv.evidence.exact
    return {(i.extracted.name if i.extracted else i.agent, i.role) for i in x.involvements}, x


# -- 1. soft-wrapped lines ---------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    # a line ending with an article goes on, whatever its length
    ("On 4 May the\nMinistry of Labour opened the course.", ["On 4 May the\nMinistry of Labour opened the course."]),
    ("El 4 de mayo la\nSecretaría de Trabajo abrió el curso.", ["El 4 de mayo la\nSecretaría de Trabajo abrió el curso."]),
    # a prose line ending with a joining word or a comma
    ("The training course for border officials was prepared jointly by\nthe national police and the customs service.",
     ["The training course for border officials was prepared jointly by\nthe national police and the customs service."]),
    ("El curso para funcionarios de frontera reunió a delegados de Chile,\nPerú y Bolivia durante dos días.",
     ["El curso para funcionarios de frontera reunió a delegados de Chile,\nPerú y Bolivia durante dos días."]),
    # the next line goes on in lower case
    ("The delegations agreed on a common roadmap for the protection of\nmigrant children. It ends here.",
     ["The delegations agreed on a common roadmap for the protection of\nmigrant children.", "It ends here."]),
    # a name broken across two lines, in the middle of a sentence
    ("The dialogue was prepared with the support of the Regional Network\nAgainst Smuggling (RNAS). Then it closed.",
     ["The dialogue was prepared with the support of the Regional Network\nAgainst Smuggling (RNAS).", "Then it closed."]),
    # an acronym printed at the start of the next line
    ("The Andean Labour Observatory\n(ALO) and the universities presented their findings.",
     ["The Andean Labour Observatory\n(ALO) and the universities presented their findings."]),
])
def test_soft_wrapped_lines_join(text, expected):
    assert sentences(text) == expected


@pytest.mark.parametrize("text", [
    "Regional Seminar on Labour Mobility in the Andes\nBackground of the seminar and its outcomes",  # a title
    "Seminario Regional sobre Movilidad Laboral en los Andes\nAntecedentes del seminario y resultados",
    "Workshop on border health for migrant families in transit areas\n\nthe text after a blank line.",
    "The participants of the meeting visited the reception centre of the city\n• Organizers: the ministry",
    "The participants of the meeting visited the reception centre of the city\n1. the first point of the agenda",
    "Participantes del taller de capacitación en la ciudad fronteriza de\nFecha: 3 de mayo de 2021",
    "The participants of the meeting visited the reception centre of the city\nTHE AGENDA OF THE MEETING",
    "Organized by\nthe Ministry of Labour",  # a label stacked above its value
    "Home   About us   Member countries   Events   Documents   Contact\nEvents › Regional workshop",
    "Officials from the region met for two days to discuss border management in Central America\n"
    "The Regional Conference on Migration thanked the hosts for their support during the long meeting days.",
    "Ecuador será sede de la Conferencia Suramericana sobre Migraciones\n"
    "Quito, 14 de octubre — El ministerio anunció que el país será anfitrión de la conferencia que se celebrará en noviembre.",
])
def test_hard_breaks_stay(text):
    lines = [ln.strip().lstrip("•").strip() for ln in text.split("\n") if ln.strip()]
    got = sentences(text)
    assert all("\n" not in s for s in got), got
    assert len(got) >= len(lines) - 1


def test_wrapped_role_phrase_reaches_the_name_and_quotes_the_page(tools):
    got, x = extracted(tools, "The regional course for consular officials was organized by the\n"
                              "International Organization for Migration and funded by the\n"
                              "United Nations Children's Fund.")
    assert ("iom", "organizer") in got and ("unicef", "funder") in got
    quote = next(i for i in x.involvements if i.agent == "unicef").evidence.exact
    assert "\n" in quote and quote.startswith("The regional course")


def test_wrapped_role_phrase_in_spanish(tools):
    got, _ = extracted(tools, "El curso regional para funcionarios consulares fue organizado por la\n"
                              "Organización Internacional para las Migraciones y financiado por el\n"
                              "Fondo de las Naciones Unidas para la Infancia.")
    assert ("iom", "organizer") in got and ("unicef", "funder") in got


def test_name_broken_across_lines_is_one_name(tools):
    got, _ = extracted(tools, "The seminar for labour inspectors was hosted by the Andean Institute\n"
                              "for Labour Studies (AILS). The course ended with a visit.")
    assert ("Andean Institute for Labour Studies", "host") in got


# -- 2a. names joined by "and" / "y" -----------------------------------------------------------------

def test_an_agency_named_by_two_remits_is_one_name(tools):
    got, _ = extracted(tools, "The course on document fraud was delivered by U.S. Customs and Border Protection.")
    assert ("U.S. Customs and Border Protection", "organizer") in got or \
        any(n == "U.S. Customs and Border Protection" for n, _ in got)


@pytest.mark.parametrize("body, names", [
    ("The border dialogue was organized by the Provincial Government of Loja and the Prefecture of Piura.",
     {"Provincial Government of Loja", "Prefecture of Piura"}),
    ("El diálogo fronterizo fue organizado por el Gobierno Provincial de Loja y la Prefectura de Piura.",
     {"Gobierno Provincial de Loja", "Prefectura de Piura"}),
])
def test_two_institutions_joined_by_and_stay_two(tools, body, names):
    got, _ = extracted(tools, body)
    assert {n for n, role in got if role == "organizer"} == names


# -- 2b. one-word institutions in a strong role slot ---------------------------------------------------

@pytest.mark.parametrize("body, pair", [
    ("The training was funded by Oxfam.", ("Oxfam", "funder")),
    ("The workshop was sponsored by Kolping and held in the capital.", ("Kolping", "supporter")),
    ("El taller contó con el apoyo de Solidar.", ("Solidar", "supporter")),
    ("El foro fue financiado por Diakonia.", ("Diakonia", "funder")),
])
def test_one_word_institution_in_a_strong_slot(tools, body, pair):
    got, _ = extracted(tools, body)
    assert pair in got


@pytest.mark.parametrize("body", [
    "The workshop was hosted by Lima.",  # a place
    "El taller contó con el apoyo de Plan. Se aprobó el plan de trabajo.",  # a common word of the page
    "The meeting mentioned Oxfam in passing.",  # no role slot
    "The training was funded by Mexico.",  # a country is its government (no new institution)
])
def test_one_word_not_an_institution(tools, body):
    got, _ = extracted(tools, body)
    assert not any(isinstance(n, str) and n in ("Lima", "Plan", "Oxfam", "Mexico") for n, _ in got)


# -- 2c. units named with their parent ----------------------------------------------------------------

def test_unit_named_with_its_parent_ministry_english(tools):
    page, event = make("Workshop", "The seminar was funded by the Office to Monitor and Combat Trafficking in "
                                   "Persons of the U.S. Department of State.")
    x = run(tools, page, event)
    inv = next(i for i in x.involvements if i.extracted and i.role == "funder")
    assert inv.extracted.name.startswith("Office to Monitor and Combat Trafficking in Persons")
    assert inv.extracted.parent == "gov-us" and inv.extracted.type == "OrganizationUnit"


def test_unit_named_with_its_parent_ministry_spanish(tools):
    page, event = make("Taller", "El taller fue organizado por la Unidad de Atención al Migrante del Ministerio "
                                 "de Relaciones Exteriores de Honduras.")
    x = run(tools, page, event)
    inv = next(i for i in x.involvements if i.extracted and i.role == "organizer")
    assert inv.extracted.parent == "gov-hn"


# -- 2d. a Presidency Pro Tempore named by a possessive or an adjective -----------------------------------

@pytest.mark.parametrize("body, pair", [
    ("The workshop was held under Belize's Presidency Pro Tempore.", ("gov-bz", "coordinator")),
    ("Under Chile’s Presidency Pro Tempore, the network met online.", ("gov-cl", "coordinator")),
    ("The meeting was convened by Peru's PPT.", ("gov-pe", "convener")),
    ("La reunión fue convocada por la Presidencia Pro Tempore chilena.", ("gov-cl", "convener")),
    ("The meeting was convened by the Peruvian Presidency Pro Tempore.", ("gov-pe", "convener")),
])
def test_presidency_named_by_its_holder(tools, body, pair):
    got, _ = extracted(tools, body)
    assert pair in got


def test_an_ordinal_between_the_holder_and_its_presidency_leaves_the_role_phrase_to_the_holder(tools):
    got, _ = extracted(tools, "Under Chile's first Presidency Pro Tempore, the Ministry of the Interior of Chile hosted "
                              "the meeting.")
    assert ("gov-cl", "coordinator") in got and ("gov-cl", "host") not in got


@pytest.mark.parametrize("body, name", [
    ("The exchange was funded by Employment and Social Development Canada.", "Employment and Social Development Canada"),
    ("A call between ministries. Employment and Social Development Canada presented its programme.",
     "Employment and Social Development Canada"),
    ("El intercambio fue financiado por Empleo y Desarrollo Social Canadá.", "Empleo y Desarrollo Social Canadá"),
])
def test_a_department_named_by_its_remits_and_its_country_is_one_name(tools, body, name):
    got, _ = extracted(tools, body)
    assert any(n == name for n, _ in got), got


def test_two_places_joined_by_and_are_no_department(tools):
    got, _ = extracted(tools, "Officials from Tumbes and Loja attended the meeting on the border.")
    assert not any(isinstance(n, str) and "Tumbes" in n for n, _ in got)
