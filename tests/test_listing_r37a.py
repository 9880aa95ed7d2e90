"""Round 37 (issue 13, listing37a): listings written for these tests, English and Spanish (other names, places and
wording than any held-out set).

- a timeline under year headings ("— 2019 —") whose entries are opened by a mark glyph ("▪"): the year headings are
  no entries' titles (nor their text), each marked title is an entry with its head line under it;
- a head line whose cells are apart by a dot operator "⋅" or a bullet operator "∙" ("12/03/2019 – 14/03/2019 ⋅
  Sacaba, Cochabamba (Bolivia)"), and a city with its region named as its capital ("Callao, Lima (Perú)");
- a date badge in square brackets, with spaces and a month's abbreviation in capitals, that opens the line under a
  title with the place after it ("[ 3–5 OCT 2019 ]  Quito, Ecuador"), or says that the date is not known yet
  ("[ DATE TO BE CONFIRMED ]  Online", "[ FECHA POR DEFINIR ]  Modalidad virtual");
- an event page's head line with a start cell and an end cell ("Inicio: 14/05/2021 09:00 · Fin: 16/05/2021 13:00 ·
  Asunción"): one range, as when they are printed on two lines."""

from __future__ import annotations

import pytest
from listing_pages import city, dates, parse, titles

from datetime import date

_TIMELINE = {
    "es": """Foro Andino de Movilidad
INICIO > ACTIVIDADES > CRONOLOGÍA
Cronología de actividades del Foro

— 2019 —
▪ Taller Andino sobre Gestión de Fronteras
  12/03/2019 – 14/03/2019 ⋅ Sacaba, Cochabamba (Bolivia)
  Las autoridades migratorias de la subregión revisaron sus protocolos de control fronterizo. La Dirección de Migración fue la anfitriona.

— 2021 —
▪ Reunión Técnica sobre Retorno Voluntario
  05/05/2021 ⋅ Callao, Lima (Perú)
  Los puntos focales acordaron una hoja de ruta para el retorno asistido de personas migrantes.

▪ Conversatorio Virtual sobre Movilidad Laboral
  20/10/2021 ⋅ En línea (Zoom)
  Participaron representantes de los ministerios de trabajo de la región.
""",
    "en": """Andean Mobility Forum
HOME > ACTIVITIES > TIMELINE
Timeline of the Forum's activities

== Year 2019 ==
▪ Andean Workshop on Border Management
  12/03/2019 – 14/03/2019 ∙ Sacaba, Cochabamba (Bolivia)
  The migration authorities of the subregion reviewed their border control protocols.

== Year 2021 ==
▪ Technical Meeting on Voluntary Return
  05/05/2021 ∙ Callao, Lima (Peru)
  The focal points agreed on a roadmap for assisted return.

▪ Virtual Dialogue on Labour Mobility
  20/10/2021 ∙ Online (Zoom)
  Representatives of the region's labour ministries took part.
""",
}


@pytest.mark.parametrize("lang", ["es", "en"])
def test_a_timeline_under_year_headings_reads_its_marked_entries(lang):
    r = parse(_TIMELINE[lang], lang, "https://example.org/timeline")
    assert len(r.events) == 3
    assert not any(t.strip("—= ").replace("Year ", "").isdigit() for t in titles(r))
    assert titles(r)[0] in {"Taller Andino sobre Gestión de Fronteras", "Andean Workshop on Border Management"}
    first, second, third = r.events
    assert dates(first) == (date(2019, 3, 12), date(2019, 3, 14))
    assert city(first) == "Sacaba"
    assert dates(second)[0] == date(2021, 5, 5)
    assert city(second) == "Callao"
    assert third.place is not None and third.place.online
    assert not any("— 2021 —" in ev.description.exact or "Year 2021" in ev.description.exact
                   for ev in r.events if ev.description)


_BADGES = {
    "en": """RCM · Regional Conference on Migration
Home | About | Events | Documents | Contact
You are here: Home / Events / Archive
Events archive

Subregional Workshop on Labour Migration Statistics
[ 3–5 OCT 2019 ]  Quito, Ecuador
Category: Workshop
The national statistics offices compared their sources on labour migration, with the support of the ILO.
View details ›

Meeting of the Working Group on Consular Protection
[ 30 SEP – 2 OCT 2019 ]  Lima, Peru
Category: Working group
The consular directors of the member countries met for three days.
View details ›

Online Course on Refugee Status Determination
[ DATE TO BE CONFIRMED ]  Online
Category: Training
The course is addressed to eligibility officers.
View details ›

Page 2 of 7   « Previous | Next »
""",
    "es": """CRM · Conferencia Regional sobre Migración
Inicio | Quiénes somos | Eventos | Documentos | Contacto
Usted está aquí: Inicio / Eventos / Archivo
Archivo de eventos

Taller Subregional sobre Estadísticas de Migración Laboral
[ 3–5 OCT 2019 ]  Quito, Ecuador
Categoría: Taller
Las oficinas nacionales de estadística compararon sus fuentes sobre migración laboral, con el apoyo de la OIT.
Ver ficha ›

Reunión del Grupo de Trabajo sobre Protección Consular
[ 30 SEP – 2 OCT 2019 ]  Lima, Perú
Categoría: Grupo de trabajo
Los directores consulares de los países miembros sesionaron durante tres días.
Ver ficha ›

Curso Virtual sobre Determinación de la Condición de Refugiado
[ FECHA POR DEFINIR ]  Modalidad virtual
Categoría: Capacitación
El curso está dirigido a oficiales de elegibilidad.
Ver ficha ›

Página 2 de 7   « Anterior | Siguiente »
""",
}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_a_bracketed_date_badge_under_the_title_gives_dates_and_place(lang):
    r = parse(_BADGES[lang], lang, "https://example.org/events/archive?page=2")
    assert len(r.events) == 3
    assert not any(t.startswith("[") for t in titles(r))
    first, second, third = r.events
    assert dates(first) == (date(2019, 10, 3), date(2019, 10, 5))
    assert city(first) == "Quito"
    assert dates(second) == (date(2019, 9, 30), date(2019, 10, 2))
    assert city(second) == "Lima"
    assert third.dates is None
    assert third.place is not None and third.place.online


@pytest.mark.parametrize("text, cells", [
    ("[ 3–5 OCT 2019 ]  Quito, Ecuador", [("date", "3–5 OCT 2019"), ("place", "Quito, Ecuador")]),
    ("[ 10–11 ABR 2016 ]  San Salvador, El Salvador", [("date", "10–11 ABR 2016"), ("place", "San Salvador, El Salvador")]),
    ("[ DATE TO BE CONFIRMED ]  Online", [("place", "Online")]),
    ("02/06/2022 ⋅ Encarnación (Paraguay)", [("date", "02/06/2022"), ("place", "Encarnación (Paraguay)")]),
    ("02/06/2022 ∙ Salto (Uruguay)", [("date", "02/06/2022"), ("place", "Salto (Uruguay)")]),
])
def test_head_line_cells(text, cells):
    from rcpkg.loaders.layouts import heads
    from rcpkg.loaders.layouts.blocks import Line

    m = heads.meta_line(Line(1, 0, len(text), text), order="dmy")
    assert m is not None
    assert [(p.kind, text[p.start:p.end]) for p in m.parts] == cells


def test_a_city_with_its_region_named_as_its_capital():
    from rcpkg.loaders.places import resolve_place

    r = resolve_place("Sacaba, Cochabamba (Bolivia)")
    assert r.city is not None and r.city.label_en == "Sacaba" and not r.problem
    r = resolve_place("Callao, Lima, Perú")
    assert r.city is not None and r.city.label_en == "Callao"


@pytest.mark.parametrize("head, lang", [
    ("Inicio: 14/05/2021 09:00 · Fin: 16/05/2021 13:00 · Asunción", "es"),
    ("Start: 14/05/2021 10:00 | End: 16/05/2021 17:30 | Asunción, Paraguay", "en"),
])
def test_start_and_end_cells_of_an_event_page_head_line_are_one_range(head, lang):
    from event_pages import event_page
    from rcpkg.loaders.layouts import parse_page

    title = "Taller de Planificación de la Red de Albergues" if lang == "es" else "Planning Workshop of the Shelter Network"
    body = ("La Red de Albergues preparó su plan de trabajo para el año siguiente." if lang == "es"
            else "The Shelter Network prepared its work plan for the following year.")
    r = parse_page(event_page(f"{title}\n{head}\n\n{body}\n", lang))
    assert len(r.events) == 1
    assert dates(r.events[0]) == (date(2021, 5, 14), date(2021, 5, 16))
    assert city(r.events[0]) == "Asunción"

