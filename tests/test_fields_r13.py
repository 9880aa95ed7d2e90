"""Field-labelled pages (issue 13, fields3): labels set apart from their value by a spaced dash ("WHEN — …",
"Lugar – …") or by a tab with a colon in the value, a field line in capitals that is no heading, a heading set
apart from the first title by a blank line, a page's tail under the last event, a course's executing body and
teachers, a venue with its address and place, and a name whose enumeration follows a comma and a small word.
Pages written for these tests (no held-out page's wording)."""

from __future__ import annotations

from datetime import date

from test_extract import pairs, run
from test_roles_rules import ref, tools  # noqa: F401  (fixtures)

from rcpkg.loaders.layouts import labels, parse_page
from rcpkg.loaders.records import Page
from rcpkg.loaders.sentences import split_sentences


def _page(text: str, lang: str) -> Page:
    return Page(path="p.txt", url="https://example.org/network/activities", text=text, lang=lang, layout="fields")


def _parse(text: str, lang: str = "en"):
    return parse_page(_page(text, lang))


def _titles(r) -> list[str]:
    return [e.titles[0].text if e.titles else None for e in r.events]


def _extract(tools, text: str, lang: str = "en"):  # noqa: F811
    page = _page(text, lang)
    r = parse_page(page)
    return r, [pairs(run(tools, page, e)) for e in r.events]


# -- labels ---------------------------------------------------------------------------------------------------

def test_dash_and_tab_labels_are_found():
    for line, key in [("WHEN — Friday, 3/5/2022, 9:00 a.m.", "date"), ("Lugar – Quito, Ecuador", "place"),
                      ("HOST — Ministry of Labour of Chile", "role"), ("Financia – PNUD", "role"),
                      ("Fecha\tjueves, 4 de mayo de 2023 - 09:30 a 11:00", "date"),
                      ("Date\tMonday, 10:00 to 12:30", "date")]:
        lab = labels.find(line)
        assert lab is not None and lab.key == key, line
        assert line[lab.value_start:].strip()[:3] not in ("—", "–")
    # a dash inside a title is no label
    assert labels.find("Regional Workshop — Labour Mobility in the Andes") is None
    assert labels.find("Taller regional – movilidad laboral") is None


def test_course_labels():
    assert labels.classify("Entidad ejecutora") == ("role", "organizer")
    assert labels.classify("Instituciones ejecutoras") == ("role", "organizer")
    assert labels.classify("Executing agency") == ("role", "organizer")
    assert labels.classify("Docentes") == ("role", "participant")
    assert labels.classify("Instructors") == ("role", "participant")
    assert labels.classify("Facilitadores") == ("role", "participant")
    assert labels.classify("Patrocina") == ("role", "supporter")
    for lab in ("Carga horaria", "Certificado", "Certificate", "Cupos", "Workload"):
        assert labels.classify(lab) == ("ignore", None), lab


def test_a_field_in_capitals_is_no_heading():
    text = "OBSERVERS — IOM; UNHCR\nAPOYO TÉCNICO: OIM\nPARTICIPANTS\n"
    ss = split_sentences(text)
    assert [s.is_heading for s in ss] == [False, False, True]


def test_dash_fields_are_not_joined():
    text = ("AUDIENCE — Migration officers of the member states of the Andean Community\n"
            "REMARKS — Minutes will be shared with the focal points.\n")
    assert len(split_sentences(text)) == 2


# -- pages ----------------------------------------------------------------------------------------------------

DASH_EN = """Andean Network of Labour Inspectors
Home / Networks / Labour inspection

Activities of the Network

Seminar on Inspection of Seasonal Farm Work
WHEN — Wed 4 – Thu 5 May 2022
WHERE — Lima, Peru
CONVENED BY — Ministry of Labour and Employment Promotion of Peru
FUNDING — UNDP
OBSERVERS — UNICEF
REMARKS — Minutes will be shared with the focal points.

Online Briefing on Labour Inspection Data
WHEN — Tuesday, 9/13/2022, 3:00 p.m.
WHERE — Online (Zoom)
CO-HOSTS — ILO; IOM
TECHNICAL SUPPORT — UNHCR; ICRC
AUDIENCE — Labour inspectors of the member states of the Andean Community
REMARKS — Slides on request.

Back to Networks
Andean Network of Labour Inspectors - Lima, Peru
"""

DASH_ES = """Red Andina de Inspección Laboral
Inicio › Redes › Inspección laboral

Actividades de la Red

Seminario sobre Inspección del Trabajo Agrícola Temporal
Fecha – 4 al 5 de mayo de 2022
Lugar – Lima, Perú
Convoca – Ministerio de Trabajo y Promoción del Empleo del Perú
Financia – PNUD
Observadores – UNICEF
Observaciones – Se compartirá el acta con los puntos focales.

Sesión Virtual sobre Datos de Inspección Laboral
Fecha – martes, 13 de septiembre de 2022, 15:00
Lugar – Virtual (Zoom)
Anfitriones – OIT; OIM
APOYO TÉCNICO – ACNUR; CICR
Observaciones – Presentaciones disponibles a pedido.

Volver a Redes
Red Andina de Inspección Laboral – Lima, Perú
"""


def test_dash_fields_page_en(tools):  # noqa: F811
    r, got = _extract(tools, DASH_EN)
    assert _titles(r) == ["Seminar on Inspection of Seasonal Farm Work", "Online Briefing on Labour Inspection Data"]
    assert r.events[0].dates.start == date(2022, 5, 4) and r.events[0].dates.end == date(2022, 5, 5)
    assert r.events[0].place is not None and r.events[0].place.country_code == "PE"
    assert r.events[1].dates.start == date(2022, 9, 13) and r.events[1].online
    assert ("undp", "funder") in got[0] and ("unicef", "participant") in got[0]
    assert {("ilo", "host"), ("iom", "host"), ("unhcr", "supporter"), ("icrc", "supporter")} <= got[1]
    # the page's tail is no text of the last event
    assert all(b not in (e.description.exact if e.description else "") for e in r.events
               for b in ("Back to Networks",))
    assert any("after the last event" in s for s in r.skipped)


def test_dash_fields_page_es(tools):  # noqa: F811
    r, got = _extract(tools, DASH_ES, "es")
    assert _titles(r) == ["Seminario sobre Inspección del Trabajo Agrícola Temporal",
                          "Sesión Virtual sobre Datos de Inspección Laboral"]
    assert r.events[0].dates.start == date(2022, 5, 4)
    assert r.events[1].dates.start == date(2022, 9, 13) and r.events[1].online
    assert ("undp", "funder") in got[0] and ("unicef", "participant") in got[0]
    assert {("ilo", "host"), ("iom", "host"), ("unhcr", "supporter"), ("icrc", "supporter")} <= got[1]
    assert any("after the last event" in s for s in r.skipped)


TAB_ES = """Grupo Andino sobre Movilidad Laboral
Inicio › Grupos › Movilidad laboral

Reunión Técnica sobre Permisos de Trabajo
Fecha\tmiércoles, 6 abril 2022 - 09:00 a 11:30
Lugar\tVirtual (Webex)
Convoca\tPresidencia Pro Tempore del Perú
Con el apoyo de\tOIM

Encuentro Regional sobre Trabajo Doméstico
Fecha\t21 de junio de 2023
Lugar\tLa Paz, Bolivia
Organizan\tOIT; ONU Mujeres
"""

TAB_EN = """Andean Group on Labour Mobility
Home > Groups > Labour mobility

Technical Meeting on Work Permits
Date\tWednesday, 6 April 2022 - 9:00 to 11:30
Venue\tOnline (Webex)
Convened by\tPeruvian Presidency Pro Tempore
Supported by\tIOM

Regional Dialogue on Domestic Work
Date\t21 June 2023
Venue\tLa Paz, Bolivia
Organizers\tILO; UN Women
"""


def test_tab_fields_with_a_time_en_es(tools):  # noqa: F811
    for text, lang, titles in [
            (TAB_ES, "es", ["Reunión Técnica sobre Permisos de Trabajo", "Encuentro Regional sobre Trabajo Doméstico"]),
            (TAB_EN, "en", ["Technical Meeting on Work Permits", "Regional Dialogue on Domestic Work"])]:
        r, got = _extract(tools, text, lang)
        assert _titles(r) == titles
        assert r.events[0].dates.start == date(2022, 4, 6) and r.events[0].online
        assert r.events[1].dates.start == date(2023, 6, 21)
        assert ("iom", "supporter") in got[0] and ("ilo", "organizer") in got[1]


HEADING_EN = """Courses of the Network

Course on Refugee Status Determination
Date: 3 March 2021
Venue: Online
Executing agency: UNHCR
Instructors: IOM; ICRC
Workload: 40 hours

Workshop on Document Fraud
Date: 9 June 2022
Venue: Hotel Plaza, Av. Central 1450, Asunción, Paraguay
Executing agency: IOM
Sponsors: UNDP
Certificate: yes
"""

HEADING_ES = """Cursos de la Red

Curso sobre Determinación de la Condición de Refugiado
Fechas: 3 de marzo de 2021
Modalidad: Virtual
Entidad ejecutora: ACNUR
Docentes: OIM; CICR
Carga horaria: 40 horas

Taller sobre Fraude Documental
Fechas: 9 de junio de 2022
Sede: Hotel Plaza, Av. Central 1450, Asunción, Paraguay
Entidad ejecutora: OIM
Patrocina: PNUD
Certificado: sí
"""


def test_heading_apart_course_labels_and_address_en_es(tools):  # noqa: F811
    for text, lang in [(HEADING_EN, "en"), (HEADING_ES, "es")]:
        r, got = _extract(tools, text, lang)
        assert len(r.events) == 2
        assert r.events[0].subtitle is None  # the heading above the blank line is no title nor sub-title
        assert r.events[0].titles[0].text.startswith(("Course on", "Curso sobre"))
        assert ("unhcr", "organizer") in got[0] and {("iom", "participant"), ("icrc", "participant")} <= got[0]
        assert ("iom", "organizer") in got[1] and ("undp", "supporter") in got[1]
        place = r.events[1].place
        assert place is not None and place.country_code == "PY" and place.span.exact == "Asunción, Paraguay"
        assert any("not stored" in s for s in r.skipped)  # workload, certificate: said, not stored


def test_a_name_enumerated_after_a_comma_and_a_small_word(tools):  # noqa: F811
    for text, lang, name in [
        ("Taller sobre Cuidados\nFecha: 2 de mayo de 2022\nOrganizan: Sindicato de Trabajadoras del Cuidado, "
         "a Domicilio y de Limpieza (SITRACUDOL)\n", "es",
         "Sindicato de Trabajadoras del Cuidado, a Domicilio y de Limpieza"),
        ("Workshop on Care Work\nDate: 2 May 2022\nOrganizers: Union of Care Workers, in Homes and Cleaning "
         "(UCWHC)\n", "en", "Union of Care Workers, in Homes and Cleaning"),
    ]:
        page = _page(text, lang)
        r = parse_page(page)
        x = run(tools, page, r.events[0])
        names = {i.extracted.name for i in x.involvements if i.extracted}
        assert name in names, names
