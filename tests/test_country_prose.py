"""Country pages told in prose and in lists (issue 13, rules development batches 14 and 15): a bare
"Objective" heading, events with no objectives heading (a title line and its paragraph; bullets with
their place and dates in parentheses), the place and dates the event's own sentences give; and the
layout fixes found with them (a pager is no listing entry, "Asunción (Paraguay)", "la ciudad de
Puebla", a "Date and time" field). Texts written for these tests."""

from __future__ import annotations

from datetime import date

from rcpkg.loaders.layouts import detect_layout, parse_page
from rcpkg.loaders.layouts.blocks import is_footer, is_pager
from rcpkg.loaders.places import resolve_place
from rcpkg.loaders.records import Page


def _parse(text: str, *, lang: str = "en", country: str | None = "HN", layout: str | None = "country"):
    return parse_page(Page(path="p.txt", url="https://rcmvs.org/en/country/x", text=text, lang=lang,
                           layout=layout, country=country))


def _summary(events):
    out = []
    for e in events:
        p = e.place
        out.append((e.titles[0].text, p.city_label_en if p and p.city_geonameid else None,
                    p.country_code if p else None, e.online, e.dates and (e.dates.start, e.dates.end)))
    return out


BARE_OBJECTIVE = """Skip to main content
Home › Countries › Honduras
Honduras
Events in this country
Workshop on Reception of Returned Families
Objective
To improve the reception of families.
Details: Workshop held in La Ceiba from 29 November to 2 December 2021, organized by the ministry.
Online Dialogue on Seasonal Work
Objective
To present the seasonal programmes.
Details: Online dialogue held on 4 May 2022, convened by the secretariat.
Meeting on Missing Persons
Objective
To agree on a search protocol.
Details: Meeting hosted in Comayagua on 3 and 4 August.
"""


def test_bare_objective_heading_heads_each_event_with_place_dates_and_mode_from_its_text():
    r = _parse(BARE_OBJECTIVE)
    assert _summary(r.events) == [
        ("Workshop on Reception of Returned Families", "La Ceiba", "HN", False, (date(2021, 11, 29), date(2021, 12, 2))),
        ("Online Dialogue on Seasonal Work", None, None, True, (date(2022, 5, 4), None)),
        ("Meeting on Missing Persons", "Comayagua", "HN", False, None),  # no year: no dates
    ]
    assert all(e.concerns is not None and e.concerns.country_code == "HN" for e in r.events)


PARAGRAPHS = """Skip to main content
Home › Countries › Panama
Panama
Events in this country
Seminar on Asylum Procedures at Airports
The seminar took place in Colón on 2 and 3 April 2019. It was organized by the migration service.
Technical Meeting on Transit Reception Stations
Convened by the secretariat, in David, from November 29 to December 1, 2021.
Webinar on Consular Registration
Webinar held virtually on March 3, 2020, organized by the ministry.
Exchange on Labour Inspection
Organized by the ministry of labour, with no place nor date given.
"""


def test_title_lines_each_followed_by_its_paragraph_are_events():
    r = _parse(PARAGRAPHS, country="PA")
    assert _summary(r.events) == [
        ("Seminar on Asylum Procedures at Airports", "Colón", "PA", False, (date(2019, 4, 2), date(2019, 4, 3))),
        ("Technical Meeting on Transit Reception Stations", "David", "PA", False,
         (date(2021, 11, 29), date(2021, 12, 1))),
        ("Webinar on Consular Registration", None, None, True, (date(2020, 3, 3), None)),
        ("Exchange on Labour Inspection", None, None, False, None),  # the page's country is not its place
    ]
    assert not any("before the first event: line 5" == s for s in r.skipped)


def test_paragraphs_without_the_list_heading_need_an_event_kind_in_the_title():
    text = PARAGRAPHS.replace("Events in this country\n", "")
    r = _parse(text, country="PA")
    assert [e.titles[0].text for e in r.events][:3] == [
        "Seminar on Asylum Procedures at Airports", "Technical Meeting on Transit Reception Stations",
        "Webinar on Consular Registration"]


BULLETS = """Saltar al contenido principal
Inicio › Países › Guatemala
Guatemala
Eventos en este país
- Taller sobre Albergues para Personas Retornadas (Huehuetenango, 4 y 5 de junio de 2018). Organizado por el instituto.
- Conversatorio Virtual sobre Remesas (en línea, 9 de marzo de 2021). Convocado por la secretaría.
- Reunión de Enlaces Consulares (Ciudad de Guatemala, del 28 de febrero al 2 de marzo de 2023).
- Jornada sobre Niñez Migrante. Con la participación de las delegaciones.
"""


def test_bulleted_events_take_title_place_and_dates_from_the_parenthesis():
    r = _parse(BULLETS, lang="es", country="GT")
    assert _summary(r.events) == [
        ("Taller sobre Albergues para Personas Retornadas", "Huehuetenango", "GT", False,
         (date(2018, 6, 4), date(2018, 6, 5))),
        ("Conversatorio Virtual sobre Remesas", None, None, True, (date(2021, 3, 9), None)),
        ("Reunión de Enlaces Consulares", "Guatemala City", "GT", False, (date(2023, 2, 28), date(2023, 3, 2))),
        ("Jornada sobre Niñez Migrante", None, None, False, None),
    ]
    first = r.events[0]
    assert "Organizado por el instituto." in first.description.exact


def test_events_in_this_country_heading_marks_a_country_page():
    assert detect_layout(BULLETS) == "country"
    assert detect_layout(PARAGRAPHS) == "country"


def test_city_with_country_in_parentheses_and_la_ciudad_de():
    r = resolve_place("Asunción (Paraguay)")
    assert r.city.geonameid == 3439389 and r.country.iso2 == "PY" and not r.problem
    r = resolve_place("la ciudad de Puebla")
    assert r.city.geonameid == 3521081 and not r.problem
    assert resolve_place("Ciudad de Guatemala").city.geonameid == 3598132  # a city's own name is kept
    assert resolve_place("city of Nowhereville").problem


def test_pager_and_web_design_credit_are_not_entries():
    for line in ("« First ‹ Previous 3 4 5 Next › Last »", "« primera ‹ anterior 4 5 6 siguiente › última »",
                 "Page 9 of 14", "Página 2 de 5"):
        assert is_pager(line), line
    for line in ("2019", "Next Steps for the Network", "1 2 3", "First Regional Meeting"):
        assert not is_pager(line), line
    assert is_footer("Web design: communications team")
    text = ("Home › Events\nWorkshop on Return Workshop on Return\n\nWorkshop organized by the ministry.\n\n"
            "San José, Costa Rica\n« First ‹ Previous 3 4 5 Next › Last »\nWeb design: communications team\n")
    r = _parse(text, country=None, layout="listing")
    assert [e.titles[0].text for e in r.events] == ["Workshop on Return"]


def test_programa_named_bare_gives_online_mode_and_dates():
    text = ("Saltar al contenido principal\nMéxico\nEventos en este país\nPrograma de Formación Consular\n"
            "Objetivo General\nFormar.\nComentarios: Programa en línea, del 6 de septiembre al 29 de octubre de 2021, "
            "impartido por la secretaría.\n")
    (e,) = _parse(text, lang="es", country="MX").events
    assert e.online and (e.dates.start, e.dates.end) == (date(2021, 9, 6), date(2021, 10, 29))


def test_fields_date_and_time_label_and_lines_after_a_one_line_value():
    text = ("Skip to main content\nReturn\nEvents\nWebinar on Reception Services\nLocation\nOnline\n"
            "Date and time\nTuesday, 7 June 2022 - 09:00 to 11:00\nOrganizers\nThe network; the secretariat\n"
            "About the event\nThe agencies presented their services.\nEmail\ninfo@example.org\n")
    (e,) = _parse(text, country=None, layout="fields").events
    assert e.online and e.dates.start == date(2022, 6, 7)
    assert "Organizers" in e.description.exact  # the unlabelled lines tell the event, not the date


MIXED = """Peru
Events in this country
Workshop on Border Health
Objective: To coordinate health services at the border
Summary: The workshop was held in Tacna on 5 May 2019, organized by the ministry.
Seminar on Labour Migration
12 March 2019 | Lima, Peru
Seminar organized by the ministry of labour.
Forum on Integration
Date: 3 October 2020
Place: Arequipa
The forum gathered local governments.
Virtual Meeting on Refugees
Purpose
To plan.
Details: The meeting took place online on 2 June 2021.
Course on Asylum
Objective
To hold a workshop on asylum law
Comments: Course in Cusco on 3 May 2022.
"""


def test_mixed_page_inline_objective_meta_lines_and_events_without_objectives():
    r = _parse(MIXED, country="PE")
    assert _summary(r.events) == [
        ("Workshop on Border Health", "Tacna", "PE", False, (date(2019, 5, 5), None)),
        ("Seminar on Labour Migration", "Lima", "PE", False, (date(2019, 3, 12), None)),
        ("Forum on Integration", "Arequipa", "PE", False, (date(2020, 10, 3), None)),
        ("Virtual Meeting on Refugees", None, None, True, (date(2021, 6, 2), None)),
        ("Course on Asylum", "Cusco", "PE", False, (date(2022, 5, 3), None)),  # its objective is no title
    ]
    assert [o.span.exact for o in r.events[0].objectives] == ["To coordinate health services at the border"]


def _one_sentence(sentence: str, lang: str):
    head = "Peru\nEvents in this country\n" if lang == "en" else "Perú\nEventos en este país\n"
    label = ("Workshop on Return\nObjective\nTo agree.\nDetails: " if lang == "en"
             else "Taller sobre Retorno\nObjetivo\nAcordar.\nComentarios: ")
    (e,) = _parse(head + label + sentence + "\n", lang=lang, country="PE").events
    p = e.place
    return (p.city_label_en if p and p.city_geonameid else None, e.online,
            e.dates and (e.dates.start, e.dates.end))


def test_prose_places_dates_and_online_mode_in_english():
    assert _one_sentence("Held on 12 May 2019 in Asunción.", "en") == ("Asunción", False, (date(2019, 5, 12), None))
    assert _one_sentence("Workshop co-organized by the ministry in Panama City (Panama) on 3 May 2019.", "en") \
        == ("Panama City", False, (date(2019, 5, 3), None))
    assert _one_sentence("Organized by the ministry in Arequipa on May 3, 2019.", "en") \
        == ("Arequipa", False, (date(2019, 5, 3), None))
    assert _one_sentence("Three-day workshop in Iquique, Chile, 9-11 March 2020, organized by the ministry.", "en") \
        == ("Iquique", False, (date(2020, 3, 9), date(2020, 3, 11)))
    assert _one_sentence("On 3 May 2019, Peru hosted the meeting in Cusco.", "en") == ("Cusco", False, (date(2019, 5, 3), None))
    assert _one_sentence("Meeting held via Zoom on 5 May 2021.", "en") == (None, True, (date(2021, 5, 5), None))
    assert _one_sentence("Course delivered online between December 14, 2020 and January 22, 2021.", "en") \
        == (None, True, (date(2020, 12, 14), date(2021, 1, 22)))
    # a relative clause's online meeting is another event
    assert _one_sentence("The workshop, which followed the meeting held online in May 2019, took place in Lima on "
                         "3 June 2019.", "en") == ("Lima", False, (date(2019, 6, 3), None))


def test_prose_places_dates_and_online_mode_in_spanish():
    assert _one_sentence("Se llevó a cabo en Lima entre el 3 y el 5 de mayo de 2019.", "es") \
        == ("Lima", False, (date(2019, 5, 3), date(2019, 5, 5)))
    assert _one_sentence("Realizado los días 12 y 13 de marzo de 2020 en San José, Costa Rica.", "es") \
        == ("San José", False, (date(2020, 3, 12), date(2020, 3, 13)))
    assert _one_sentence("Evento organizado en Arequipa el 3 de mayo de 2019 por la cancillería.", "es") \
        == ("Arequipa", False, (date(2019, 5, 3), None))
    assert _one_sentence("Reunión realizada por videoconferencia el 14 de abril de 2020.", "es") \
        == (None, True, (date(2020, 4, 14), None))
    assert _one_sentence("Seminario realizado del 28 de febrero al 1 de marzo de 2024 en modalidad virtual.", "es") \
        == (None, True, (date(2024, 2, 28), date(2024, 3, 1)))
    assert _one_sentence("La reunión se celebró en la ciudad de Quito el 6 de junio de 2019.", "es") \
        == ("Quito", False, (date(2019, 6, 6), None))
    assert _one_sentence("La reunión se celebró en Quito los días 6 y 7 de junio.", "es") == ("Quito", False, None)
    assert _one_sentence("Se llevó a cabo en el marco de la reunión del 3 de mayo de 2019.", "es") == (None, False, None)


def test_place_after_la_ciudad_de_set_off_by_commas():
    assert _one_sentence("Reunión convocada por el ministerio, en la ciudad de Piura, los días 3 y 4 de agosto de 2023.",
                         "es") == ("Piura", False, (date(2023, 8, 3), date(2023, 8, 4)))


def test_a_section_heading_of_an_event_is_no_event():
    text = ("Peru\nEvents in this country\nWorkshop on Border Health\nThe workshop was held in Tacna on 5 May 2019.\n"
            "Results of the workshop\nThe participants agreed on a plan.\n"
            "Consular Registration of Peruvians Abroad\nExchange organized by the ministry in Lima on 4 June 2020.\n"
            "Results\nIt adopted a plan.\n")
    r = _parse(text, country="PE")
    assert [e.titles[0].text for e in r.events] == ["Workshop on Border Health", "Consular Registration of Peruvians Abroad"]
    assert "The participants agreed on a plan." in r.events[0].description.exact


def test_plain_list_lines_and_dashes_give_title_place_and_dates():
    text = ("Perú\nEventos en este país\nTaller sobre Salud en Frontera (Tacna, 3 y 4 de mayo de 2019)\n"
            "Seminario Virtual sobre Refugio (en línea, 5 de junio de 2020)\n"
            "Reunión Binacional sobre Pasos de Frontera – Tumbes, del 30 de noviembre al 2 de diciembre de 2022\n"
            "Encuentro de Cónsules (12 de marzo de 2021, Arequipa)\n")
    assert _summary(_parse(text, lang="es", country="PE").events) == [
        ("Taller sobre Salud en Frontera", "Tacna", "PE", False, (date(2019, 5, 3), date(2019, 5, 4))),
        ("Seminario Virtual sobre Refugio", None, None, True, (date(2020, 6, 5), None)),
        ("Reunión Binacional sobre Pasos de Frontera", "Tumbes", "PE", False, (date(2022, 11, 30), date(2022, 12, 2))),
        ("Encuentro de Cónsules", "Arequipa", "PE", False, (date(2021, 3, 12), None)),
    ]
    text = ("Peru\nEvents in this country\n- Workshop on Border Health – Tacna, 3-4 May 2019. Organized by the ministry.\n"
            "- Consular Meeting (5 June 2020, Lima): convened by the ministry.\n"
            "- Seminar on Refugees: the seminar was held in Cusco on 3 March 2021.\n")
    r = _parse(text, country="PE")
    assert _summary(r.events) == [
        ("Workshop on Border Health", "Tacna", "PE", False, (date(2019, 5, 3), date(2019, 5, 4))),
        ("Consular Meeting", "Lima", "PE", False, (date(2020, 6, 5), None)),
        ("Seminar on Refugees", "Cusco", "PE", False, (date(2021, 3, 3), None)),
    ]
    assert r.events[0].description.exact == "Organized by the ministry."


def test_a_place_the_gazetteer_does_not_know_is_a_warning_with_line_and_text():
    text = ("Perú\nEventos en este país\nTaller sobre Salud en Frontera\nObjetivo\nHacer.\n"
            "Comentarios: Tuvo lugar en Tarapoto el 3 de mayo de 2019.\n")
    r = _parse(text, lang="es", country="PE")
    assert r.events[0].place is None
    assert [(w.line, w.value) for w in r.warnings if "not resolved" in w.message] == [(6, "Tarapoto")]
    text = "Perú\nEventos en este país\nTaller sobre Refugio (Tarapoto, 5 de junio de 2020)\n"
    r = _parse(text, lang="es", country="PE")
    assert [(w.line, w.value) for w in r.warnings if "not resolved" in w.message] == [(3, "Tarapoto")]
    assert r.events[0].dates.start == date(2020, 6, 5)


def test_spanish_ordinal_first_day():
    from rcpkg.loaders.dates import date_line

    for text in ("1.º de julio de 2020", "1ro de julio de 2020", "1er de julio de 2020"):
        d = date_line(text, order="dmy")
        assert (d.start, d.end) == (date(2020, 7, 1), None), text
    d = date_line("del 30 de junio al 1.º de julio de 2020", order="dmy")
    assert (d.start, d.end) == (date(2020, 6, 30), date(2020, 7, 1))


def test_title_with_subtitle_and_an_unheaded_event_after_a_headed_one():
    text = ("Peru\nEvents in this country\nWorkshop on Border Health\nSecond session of the border network\n"
            "The workshop was held in Tacna on 5 May 2019, organized by the ministry.\n"
            "Seminar on Labour Migration\nSeminar organized by the ministry of labour in Lima on 4 June 2020.\n"
            "Meeting on Refugees\nObjective\nTo coordinate assistance\n"
            "Consular Forum\nDetails: Forum held in Cusco on 3 March 2021.\n")
    r = _parse(text, country="PE")
    assert [(e.titles[0].text, e.subtitle.text if e.subtitle else None) for e in r.events] == [
        ("Workshop on Border Health", "Second session of the border network"),
        ("Seminar on Labour Migration", None), ("Meeting on Refugees", None), ("Consular Forum", None)]
    assert [o.span.exact for o in r.events[2].objectives] == ["To coordinate assistance"]
    assert r.events[3].place.city_label_en == "Cusco"


def _event(text: str, lang: str = "en"):
    (e,) = parse_page(Page(path="p.txt", url="https://x.org/events/x", text=text, lang=lang, layout="event")).events
    p = e.place
    return (p.city_label_en if p and p.city_geonameid else None, e.venue.exact if e.venue else None, e.online,
            e.dates and (e.dates.start, e.dates.end), e.description.exact if e.description else None)


def test_event_page_place_and_dates_printed_before_about_the_event():
    head = "Skip to main content\nHome › Events › Workshop on Asylum\nWorkshop on Asylum\n"
    tail = "About the event:\nWorkshop organized by the ministry.\nEmail: info@example.org\n"
    assert _event(head + "When: 3-5 June 2019\nWhere: Hotel Sheraton, Panama City\n" + tail) == (
        "Panama City", "Hotel Sheraton", False, (date(2019, 6, 3), date(2019, 6, 5)), "Workshop organized by the ministry.")
    assert _event(head + "Tuesday, 4 June 2019 | Quito, Ecuador\n" + tail)[:4] == (
        "Quito", None, False, (date(2019, 6, 4), None))
    es = ("Saltar al contenido principal\nInicio › Eventos › Taller sobre Asilo\nTaller sobre Asilo\n"
          "Lugar y fecha: Lima, 3 de mayo de 2019\nAcerca del evento:\nTaller organizado por la cancillería.\n"
          "Correo electrónico: info@example.org\n")
    assert _event(es, "es") == ("Lima", None, False, (date(2019, 5, 3), None), "Taller organizado por la cancillería.")


def test_a_venue_before_the_city_in_a_sentence():
    from rcpkg.loaders.layouts.locations import place_in_sentence

    what, sp = place_in_sentence("The workshop was held at the Hotel Sheraton in Panama City from 3 to 5 June 2019.", 0)
    assert (what, sp.exact) == ("place", "Panama City")
    what, sp = place_in_sentence("La reunión se realizó en el Hotel Barceló en San José el 3 de mayo de 2019.", 0)
    assert (what, sp.exact) == ("place", "San José")
    assert place_in_sentence("The meeting took place at Hotel Real in the capital.", 0) is None


def test_fields_coordination_label_is_the_coordinating_field():
    text = ("Skip to main content\nBorder Management\nEvents\nMeeting on Border Crossings\nPlace: Lima, Peru\n"
            "Dates: 5–6 September 2019\nSummary: Meeting convened by the ministry.\nCoordination: MTPE; OISS\n"
            "Contact: csm@example.org\n")
    (e,) = _parse(text, country=None, layout="fields").events
    assert e.coordinating is not None and e.coordinating.exact == "MTPE; OISS"


def test_events_as_table_rows_title_date_place():
    text = ("Peru\nEvents in this country\nEvent | Date | Place\n"
            "Workshop on Border Health | 3-4 May 2019 | Tacna, Peru\nWebinar on Refugees | 2 June 2021 | Online\n"
            "Meeting on Visas | 30 November - 2 December 2022 | Lima\n")
    assert _summary(_parse(text, country="PE").events) == [
        ("Workshop on Border Health", "Tacna", "PE", False, (date(2019, 5, 3), date(2019, 5, 4))),
        ("Webinar on Refugees", None, None, True, (date(2021, 6, 2), None)),
        ("Meeting on Visas", "Lima", "PE", False, (date(2022, 11, 30), date(2022, 12, 2))),
    ]


def test_another_meeting_named_bare_gives_no_place():
    from rcpkg.loaders.layouts.locations import place_in_sentence

    assert place_in_sentence("Comments: Next meeting in Quito, on 3 May 2020.", 0) is None
    assert place_in_sentence("Comments: Hybrid meeting in Quito, on 3 May 2020.", 0)[1].exact == "Quito"


def test_title_line_ending_with_place_and_dates_and_an_unheaded_event_told_in_prose_after_a_headed_one():
    text = ("Peru\nEvents in this country\nWorkshop on Border Health (Tacna, 3-4 May 2019)\n"
            "The workshop was organized by the ministry.\nMeeting on Visas – Lima, 5 June 2020\nGeneral Objective\n"
            "To agree.\nSeminar on Migration and Development (MIDE)\nThe seminar took place in Cusco on 3 March 2021.\n")
    r = _parse(text, country="PE")
    assert _summary(r.events) == [
        ("Workshop on Border Health", "Tacna", "PE", False, (date(2019, 5, 3), date(2019, 5, 4))),
        ("Meeting on Visas", "Lima", "PE", False, (date(2020, 6, 5), None)),
        ("Seminar on Migration and Development (MIDE)", "Cusco", "PE", False, (date(2021, 3, 3), None)),
    ]
    assert [o.span.exact for o in r.events[1].objectives] == ["To agree."]


def test_listing_entry_without_location_line_placed_by_its_own_sentences():
    text = ("Skip to main content\nHome > Events\nWorkshop on Border Health\nDate: 3-4 May 2019\n"
            "The workshop was held in Tacna and organized by the ministry.\n\nSeminar on Refugees\nDate: 5 June 2020\n"
            "Seminar held online, convened by the secretariat.\n\nPage 2 of 5\n")
    r = _parse(text, country=None, layout="listing")
    assert _summary(r.events) == [
        ("Workshop on Border Health", "Tacna", "PE", False, (date(2019, 5, 3), date(2019, 5, 4))),
        ("Seminar on Refugees", None, None, True, (date(2020, 6, 5), None)),
    ]
    assert sum("without a location line" in w.message for w in r.warnings) == 2  # still said


def test_place_field_run_into_the_event_text():
    assert _one_sentence("Convened by the ministry. Place: Piura. Date: 3 May 2019.", "en") \
        == ("Piura", False, (date(2019, 5, 3), None))
    assert _one_sentence("Organizado por el ministerio. Modalidad: virtual. Fecha: 5 de junio de 2020.", "es") \
        == (None, True, (date(2020, 6, 5), None))
    assert _one_sentence("Organizado por el ministerio. Lugar: Hotel Central. Fecha: 5 de junio de 2020.", "es")[:2] \
        == (None, False)  # a venue's name is no place


def test_more_prose_places_and_modes():
    # a place closed by a comma after a ")" or a lowercase word, in the bare event's sentence
    assert _one_sentence("Seminar organized by the Ministry of Labour (MTPE) in Arequipa, with the support of the ILO.",
                         "en")[0] == "Arequipa"
    assert _one_sentence("Reunión convocada por la Presidencia Pro Tempore boliviana en Santa Cruz de la Sierra, con "
                         "la participación de la secretaría.", "es")[0] == "Santa Cruz de la Sierra"
    # ... but not a place inside a name
    assert _one_sentence("Meeting organized by the Consulate General of Peru in Santiago, with officials.", "en")[0] is None
    # an event named with an indefinite article; a participle of doing, then its place
    assert _one_sentence("A training for officials, delivered by the agency in Tacna on 7 and 8 March 2019.", "en") \
        == ("Tacna", False, (date(2019, 3, 7), date(2019, 3, 8)))
    assert _one_sentence("Convened in Cusco by the Presidency Pro Tempore, held by Peru.", "en")[0] == "Cusco"
    # the event's sentence after a sentence that is only its date
    assert _one_sentence("Tuesday, 16 November 2021 - 10:00 to 12:00. Online dialogue convened by the bank.", "en") \
        == (None, True, (date(2021, 11, 16), None))
    # the event noun with a qualifying word, hosted
    assert _one_sentence("La Presidencia fue anfitriona de la Reunión Viceministerial, celebrada en Lima los días 27 y "
                         "28 de junio de 2018.", "es")[0] == "Lima"


def test_a_name_both_another_country_and_a_city_of_the_pages_country_is_the_city():
    text = ("Costa Rica\nEventos en este país\nTaller sobre Cosechas\nObjetivo General\nOrdenar.\n"
            "Comentarios: Taller celebrado en Liberia los días 8 y 9 de noviembre de 2018.\n")
    (e,) = _parse(text, lang="es", country="CR").events
    assert (e.place.city_geonameid, e.place.country_code) == (3623076, "CR")


def test_title_line_ending_with_a_place_keeps_the_words_of_the_title():
    from rcpkg.loaders.layouts.listing import location_suffix

    line = "Taller de la OIM sobre Retorno Asistido y Reintegración Managua, Nicaragua"
    assert line[location_suffix(line):] == "Managua, Nicaragua"


def test_a_course_given_between_two_dates():
    assert _one_sentence("La capacitación estuvo a cargo de la secretaría. Se impartió del 29 de noviembre de 2021 al "
                         "14 de enero de 2022.", "es")[2] == (date(2021, 11, 29), date(2022, 1, 14))


def test_a_sentence_of_the_mode_and_the_date():
    assert _one_sentence("Online, 9 July 2020. Organized by the platform with the participation of the bank.", "en") \
        == (None, True, (date(2020, 7, 9), None))


def test_title_followed_by_a_section_heading_then_its_text():
    text = ("Perú\nEventos en este país\nTaller sobre Salud en Frontera\nDescripción\n"
            "El taller se realizó en Tacna el 3 de mayo de 2019.\nSeminario sobre Refugio\nDescripción\n"
            "El seminario se realizó en línea el 5 de junio de 2020.\n")
    assert _summary(_parse(text, lang="es", country="PE").events) == [
        ("Taller sobre Salud en Frontera", "Tacna", "PE", False, (date(2019, 5, 3), None)),
        ("Seminario sobre Refugio", None, None, True, (date(2020, 6, 5), None)),
    ]


def test_field_labels_alone_on_their_lines():
    text = ("Peru\nEvents in this country\nWorkshop on Border Health\nDate\n3 May 2019\nPlace\nTacna\nDescription\n"
            "The workshop gathered health officials.\nSeminar on Refugees\nDate\n5 June 2020\nPlace\nOnline\n"
            "Description\nThe seminar was convened by the secretariat.\n")
    assert _summary(_parse(text, country="PE").events) == [
        ("Workshop on Border Health", "Tacna", "PE", False, (date(2019, 5, 3), None)),
        ("Seminar on Refugees", None, None, True, (date(2020, 6, 5), None)),
    ]


OPENING_DATE = """Skip to main content
Paraguay
Events in this country
Meeting of Border Officials
On 3 and 4 October 2018, in Pedro Juan Caballero, a meeting convened by the migration authorities of both countries reviewed the crossing.
Reunión de Cónsules
El 5 de julio de 2021 la red de cónsules se reunió para revisar su plan de trabajo.
Workshop on Refugee Status
A workshop for officials of the refugee commission, delivered in Asunción in March 2022 by the UNHCR office.
"""


def test_a_date_opening_the_first_sentence_dates_the_event_and_a_month_is_no_place():
    """Issue 13: "On 3 and 4 October 2018, in X, a meeting …" and "El 5 de julio de 2021 la red … se reunió":
    the date that opens the description is the event's, the place after it too; "in Asunción in March 2022"
    places the event in Asunción (no day: no date), and "March" is no town."""
    rows = _summary(_parse(OPENING_DATE, country="PY").events)
    assert rows == [
        ("Meeting of Border Officials", "Pedro Juan Caballero", "PY", False, (date(2018, 10, 3), date(2018, 10, 4))),
        ("Reunión de Cónsules", None, None, False, (date(2021, 7, 5), None)),
        ("Workshop on Refugee Status", "Asunción", "PY", False, None),
    ]
