"""The eleventh held-out set: its counts and hard cases (issue 13).

tests/fixtures/heldout11 with tests/gold/heldout11_*.yaml was written blind: without reading
the extraction rules, their development pages, the cue lists or the other blind writers' sets,
and committed before any extraction ran on it. The checks every blind set shares (gold against
the page text, names, cities, dates, addresses, the scorers) are in tests/test_blind_gold.py;
this file holds what is particular to this set. No floor: the set is scored by ``python -m
tests.heldout_score --set heldout11``, to measure, never to tune a rule.
"""

from __future__ import annotations

from collections import Counter
from datetime import date

from heldout_score import load_gold, norm, set_paths
from test_blind_gold import _blocks, page_set

PAGES, EVENTS_GOLD, RELATIONS_GOLD = set_paths("heldout11")
_, EV, REL, META = page_set("heldout11")
GOLD = load_gold(EVENTS_GOLD, RELATIONS_GOLD, PAGES)

WORDPRESS = "crmsv.org_en_news_category_events.txt"
REPORT = "csmigraciones.org_en_publications_annual-report-2021.txt"
LISTING_2019 = "rcmvs.org_es_actividades_2019.txt"
AGENDA = "csmigraciones.org_es_agenda.txt"
CALENDAR = "rcmvs.org_en_events_calendar-2022.txt"
NETWORK = "csmigraciones.org_en_sites_network-migration-disasters-climate-change.txt"
PROTECTION = "crmsv.org_es_grupos-de-trabajo_proteccion.txt"
TRAFFICKING = "csmigraciones.org_es_ejes-tematicos_trata-de-personas.txt"
COSTA_RICA = "crmsv.org_en_member-countries_costa-rica.txt"
SURINAME = "csmigraciones.org_en_member-states_suriname.txt"
HONDURAS = "rcmvs.org_es_paises-miembros_honduras.txt"
PARAGUAY = "csmigraciones.org_es_estados-miembros_paraguay.txt"
AIRPORTS = "rcmvs.org_en_events_training-victim-identification-airports.txt"
DISASTER_PAGE = "crmsv.org_en_events_regional-workshop-disaster-displacement-human-mobility.txt"
RETURN_PAGE = "rcmvs.org_es_eventos_taller-regional-retorno-reintegracion.txt"
SEMINAR_PAGE = "csmigraciones.org_es_eventos_seminario-regional-integracion-socioeconomica.txt"


def _involvements(page: str, title: str) -> set[tuple[str, str]]:
    event = next(e for p in REL["pages"] if p["page"] == page for e in p["events"] if e["title"] == title)
    return {(i["id"], i["role"]) for i in event["institutions"]}


def _event(page: str, title: str):
    return next(g for g in GOLD.events if g.page == page and g.titles[0] == title)


def _line_index(page: str, title: str) -> int:
    """The 0-based index of the line an event's title starts (from the gold)."""
    return next(e["line"] - 1 for p in EV["pages"] if p["page"] == page for e in p["events"]
                if e["titles"][0][1] == title)


def test_counts_per_layout_and_role():
    layout = {g.key: g.layout for g in GOLD.events}
    events = {lay: sum(1 for g in GOLD.events if g.layout == lay) for lay in ("listing", "event", "fields", "country")}
    assert events == {"listing": 16, "event": 4, "fields": 12, "country": 14}
    inv = {lay: sum(1 for i in GOLD.involvements if layout[i.event] == lay) for lay in events}
    assert inv == {"listing": 76, "event": 52, "fields": 77, "country": 67}
    assert Counter(i.role for i in GOLD.involvements) == {
        "participant": 101, "organizer": 38, "supporter": 25, "convener": 24, "mentioned": 23,
        "coordinator": 22, "funder": 21, "host": 18}
    assert {p["file"].split("_", 1)[0] for p in META} == {"crmsv.org", "rcmvs.org", "csmigraciones.org"}
    assert {p.get("country_page") for p in EV["pages"] if p["layout"] == "country"} == {"CR", "SR", "HN", "PY"}


def test_listing_entries_and_their_own_event_pages():
    twins = [(g.page, g.same_as) for g in GOLD.events if g.same_as]
    assert len(twins) == 6 and all((b, a) in twins for a, b in twins)
    assert {a for a, _ in twins} == {WORDPRESS, DISASTER_PAGE, LISTING_2019, RETURN_PAGE, AGENDA, SEMINAR_PAGE}
    # (each pair's titles, place, layouts and the event page's dates: tests/test_blind_gold.py)
    # the WordPress entry is undated ("Posted on" is not the event date); the other two are dated
    undated = [g for g in GOLD.events if g.same_as and g.layout == "listing" and not g.dates]
    assert [g.page for g in undated] == [WORDPRESS]
    workshop = _event(DISASTER_PAGE, "Regional Workshop on Disaster Displacement and Human Mobility")
    assert workshop.dates == (date(2023, 4, 26), date(2023, 4, 27))
    # an entry and its own page each have their own involvements; the entry's are a part
    for listing, page, title, size in (
            (WORDPRESS, DISASTER_PAGE, "Regional Workshop on Disaster Displacement and Human Mobility", 14),
            (LISTING_2019, RETURN_PAGE, "Taller Regional sobre Retorno y Reintegración de Personas Migrantes", 13),
            (AGENDA, SEMINAR_PAGE, "Seminario Regional sobre Integración Socioeconómica de Personas Migrantes", 12)):
        entry, own = _involvements(listing, title), _involvements(page, title)
        assert entry < own and len(own) == size
    # the same body under another name on the entry and on its page
    assert ("gov-pa", "convener") in _involvements(WORDPRESS, workshop.titles[0])
    names = {i.name for i in GOLD.involvements if i.inst == "gov-pa"}
    assert {"Panamanian Presidency Pro Tempore", "Government of Panama"} <= names


def test_same_titles_and_same_cities_are_different_meetings():
    rcgm = [g for g in GOLD.events if g.titles[0].startswith("Reunión del Grupo Regional de Consulta sobre Migración")]
    assert len(rcgm) == 2 and {g.page for g in rcgm} == {LISTING_2019, HONDURAS}
    assert not any(g.same_as for g in rcgm)
    assert {g.dates for g in rcgm} == {(date(2019, 11, 12), date(2019, 11, 12)), (date(2016, 6, 7), date(2016, 6, 9))}
    # the GRCM and the launch of the plan are not the XXIV RCM of the same week
    xxiv = _event(HONDURAS, "XXIV Conferencia Regional sobre Migración")
    assert xxiv.dates == (date(2019, 11, 12), date(2019, 11, 14)) and xxiv.place == {("city", 3598132), ("country", "GT")}
    launch = _event(LISTING_2019, "Lanzamiento del Plan Estratégico 2019-2022")
    assert launch.dates == (date(2019, 11, 14), date(2019, 11, 14)) and not launch.same_as
    # two conferences in Santiago on the Suriname page
    santiago = [g for g in GOLD.events if g.page == SURINAME and ("city", 3871336) in g.place]
    assert len(santiago) == 2 and {g.dates[0].year for g in santiago} == {2012, 2022}


def test_places_and_dates_of_the_hard_cases():
    # a timeline's year heading, printed above the title, gives the year of "Nov 4–6"
    xii = _event(SURINAME, "XII South American Conference on Migration")
    assert xii.dates == (date(2012, 11, 4), date(2012, 11, 6)) and xii.place == {("city", 3871336), ("country", "CL")}
    data = _event(SURINAME, "Workshop on Migration Data for the Caribbean Members of the SACM")
    assert data.dates == (date(2016, 3, 7), date(2016, 3, 8))
    lines = (PAGES / SURINAME).read_text(encoding="utf-8").split("\n")
    assert lines[_line_index(SURINAME, xii.titles[0]) - 1] == "2012"
    assert lines[_line_index(SURINAME, data.titles[0]) - 1] == "2016"  # in the XII conference's text
    blocks = _blocks("heldout11")
    assert "2016" in blocks[(SURINAME, xii.titles[0])] and "2016" not in blocks[(SURINAME, data.titles[0])]
    # day/month/year numerals on an English page, the weekday confirming ("Tue, 08/11/2022")
    adhoc = _event(CALENDAR, "Meeting of the RCM-RNCOM Ad Hoc Group")
    assert adhoc.dates == (date(2022, 11, 8), date(2022, 11, 8))
    assert _event(CALENDAR, "Workshop on Labour Migration Governance for Ministries of Labour").dates == \
        (date(2022, 9, 21), date(2022, 9, 23))
    assert _event(COSTA_RICA, "Bi-national Meeting on Labour Migration Costa Rica–Nicaragua").dates == \
        (date(2018, 9, 14), date(2018, 9, 14))
    # separate start and end fields; equal ones are one day; "Ciudad: —" with "Modalidad: Virtual"
    focal = _event(TRAFFICKING, "Reunión de la Red de Puntos Focales sobre Trata de Personas y Tráfico Ilícito de Migrantes")
    assert focal.dates == (date(2021, 11, 22), date(2021, 11, 22)) and focal.place == {("online", True)}
    assert _event(TRAFFICKING, "Seminario sobre Trata de Personas con Fines de Explotación Laboral").place == \
        {("city", 3904906), ("country", "BO")}
    # the date after the title on its line; the title before the dash, its acronym kept
    lines = (PAGES / LISTING_2019).read_text(encoding="utf-8").split("\n")
    grcm = _event(LISTING_2019, "Reunión del Grupo Regional de Consulta sobre Migración (GRCM)")
    assert lines[_line_index(LISTING_2019, grcm.titles[0])].endswith("— 12 de noviembre de 2019")
    # a hybrid seminar is its city; a virtual conference on a country page has no place
    assert _event(REPORT, "South American Seminar on Migrant Health in the Pandemic").place == \
        {("city", 3441575), ("country", "UY")}
    assert _event(COSTA_RICA, "XXV Regional Conference on Migration").place == {("online", True)}
    assert sum(1 for g in GOLD.events if ("online", True) in g.place) == 10
    # month and year only; no date recorded
    assert not _event(COSTA_RICA, "Training Workshop on Displacement in the Context of Disasters, "
                      "Migration and Climate Change").dates
    assert _event(HONDURAS, "XIII Conferencia Regional sobre Migración").place == {("city", 3600931), ("country", "HN")}
    assert sum(1 for g in GOLD.events if not g.dates) == 3
    # a table row is an event: title, date and place cells on one line
    table = [g for g in GOLD.events if g.page == PARAGUAY]
    assert len(table) == 4 and [_line_index(PARAGUAY, g.titles[0]) for g in table] == [10, 11, 12, 13]
    # a post date is not the event date: the entry is undated, its own page is dated
    assert "Posted on May 2, 2023 by admin" in (PAGES / WORDPRESS).read_text(encoding="utf-8")
    assert not _event(WORDPRESS, "Regional Workshop on Disaster Displacement and Human Mobility").dates


def test_roles_of_the_hard_cases():
    # "convened by X with Y and Z": all three; a host of the days of work
    assert {("gov-pa", "convener"), ("pdd", "convener"), ("iom", "convener"), ("mire-pa", "host")} == \
        _involvements(WORDPRESS, "Regional Workshop on Disaster Displacement and Human Mobility")
    # a Presidency Pro Tempore "ejercida por" a ministry: both convene
    ret = _involvements(RETURN_PAGE, "Taller Regional sobre Retorno y Reintegración de Personas Migrantes")
    assert {("gov-gt", "convener"), ("minex-gt", "convener"), ("igm", "host"), ("prm", "funder"),
            ("unicef-gt", "participant"), ("rcm", "mentioned")} <= ret
    assert "sreci" not in {i for i, _ in ret}  # the DGPHM's parent, inside its name
    # a working group holds a training; INTERPOL named apart from its bureau
    air = _involvements(AIRPORTS, "Regional Training on the Identification of Trafficking Victims at Airports")
    assert {("rcm-wg-border", "organizer"), ("gov-sv", "coordinator"), ("dgme-sv", "host"), ("cepa", "host"),
            ("interpol-ncb-sv", "participant"), ("interpol", "mentioned"), ("iom-sv", "supporter")} <= air
    # a working group convenes one meeting and coordinates another
    assert ("rcm-wg-protection", "convener") in _involvements(PROTECTION, "Reunión Técnica sobre Niñez Migrante No Acompañada")
    assert ("rcm-wg-protection", "coordinator") in _involvements(
        PROTECTION, "Taller sobre Mecanismos de Protección para Personas Refugiadas y Solicitantes de Asilo")
    # stacked fields: the convener, coordinating items and technical support
    assert {("gov-sv", "convener"), ("dgme-sv", "coordinator"), ("ircc", "coordinator"), ("rcm-ts", "supporter"),
            ("rcm-wg-imm", "mentioned")} <= _involvements(CALENDAR, "Meeting of the Working Group on Irregular and Mass Migration")
    # cooperating entities support; an embassy funds; people of named countries are their governments
    fin = _involvements(TRAFFICKING, "Taller Regional sobre Investigación Financiera de la Trata de Personas")
    assert {("unodc", "supporter"), ("us-emb-py", "funder"), ("gov-ar", "participant"), ("gov-br", "participant")} <= fin
    # a funder and its programme, both funders
    data = _involvements(SURINAME, "Workshop on Migration Data for the Caribbean Members of the SACM")
    assert {("eu", "funder"), ("acp-eu-ma", "funder"), ("caricom-sec", "organizer"), ("sacm", "mentioned")} <= data
    # a handover: both governments mentioned; the organizing ministry apart from its government
    xx = _involvements(SURINAME, "XX South American Conference on Migration")
    assert {("gov-cl", "mentioned"), ("gov-pe", "mentioned"), ("minrel-cl", "organizer")} <= xx
    # hosting through an office: both hosts
    assert {("gov-cr", "host"), ("dgme-cr", "host"), ("gov-mx", "mentioned")} <= _involvements(
        COSTA_RICA, "XXV Regional Conference on Migration")
    # numbered meetings, an intersessional one included: their process is the series
    for page, title in ((COSTA_RICA, "XXV Regional Conference on Migration"),
                        (SURINAME, "XII South American Conference on Migration"),
                        (SURINAME, "XX South American Conference on Migration"),
                        (HONDURAS, "XIII Conferencia Regional sobre Migración"),
                        (HONDURAS, "XXIV Conferencia Regional sobre Migración"),
                        (PARAGUAY, "VI Conferencia Sudamericana sobre Migraciones"),
                        (PARAGUAY, "XVI Conferencia Suramericana sobre Migraciones"),
                        (AGENDA, "XII Reunión Intersesional de la CSM")):
        assert not {i for i, _ in _involvements(page, title)} & {"rcm", "sacm"}
    # a meeting before a conference mentions its process
    assert ("sacm", "mentioned") in _involvements(
        PARAGUAY, "Encuentro Regional de la Sociedad Civil previo a la XVI Conferencia Suramericana sobre Migraciones")
    # the IOM acting as Technical Secretariat supports; the office, not the secretariat
    assert ("iom", "supporter") in _involvements(AGENDA, "XII Reunión Intersesional de la CSM")
    assert ("sacm-ts", "supporter") not in _involvements(AGENDA, "XII Reunión Intersesional de la CSM")
    # a name broken by the report's wrapping is annotated by its acronym
    workshop = next(e for p in REL["pages"] if p["page"] == REPORT for e in p["events"]
                    if e["title"].startswith("Virtual Training Workshop"))
    assert {i["name"] for i in workshop["institutions"] if i["id"] == "pdd"} == {"PDD"}
    assert "Platform on Disaster Displacement" not in (PAGES / REPORT).read_text(encoding="utf-8")
    # the report's financial section names bodies that take no part in its last activity
    seminar = _involvements(REPORT, "South American Seminar on Migrant Health in the Pandemic")
    assert not {i for i, _ in seminar} & {"iom", "iom-df", "sacm-ts"}
    # bodies of two countries with the same words are kept apart
    assert norm("General Directorate of Migration and Foreigners of Costa Rica") in GOLD.names["dgme-cr"]
    assert norm("Directorate General of Migration and Foreigners") in GOLD.names["dgme-sv"]
    assert not GOLD.names["dgme-cr"] & GOLD.names["dgme-sv"]
    # names with commas are one institution each, printed whole in their event
    blocks = _blocks("heldout11")
    commas = [(p["page"], e["title"], i["name"]) for p in REL["pages"] for e in p["events"]
              for i in e["institutions"] if "," in i["name"]]
    assert len({n for _, _, n in commas}) >= 8
    assert all(name in blocks[(page, title)] for page, title, name in commas)
    # units of organizations doing things (not their parents)
    units = {"iom-ar", "iom-sv", "iom-pe", "iom-sr", "iom-hn", "iom-rosa", "iom-rosjo", "iom-mesoamerica",
             "iom-mesocaribe", "unhcr-rba", "unhcr-pa", "unicef-gt", "unicef-sv", "undp-ec", "unodc-ropan",
             "ilo-rolac", "ilo-sjo", "ilo-andean", "ifrc-americas", "interpol-ncb-sv", "sisca", "caricom-sec",
             "rrocm-ts", "dgphm", "pmh-hn", "pmh-py", "inl", "prm", "us-emb-py", "flacso-ec"}
    assert units <= {i.inst for i in GOLD.involvements if i.role != "mentioned"}
