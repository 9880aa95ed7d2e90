"""The thirteenth held-out set: its counts and hard cases (issue 13).

tests/fixtures/heldout13 with tests/gold/heldout13_*.yaml was written blind: without reading
the extraction rules, their development pages, the cue lists or the other blind writers' sets,
and committed before any extraction ran on it. The checks every blind set shares (gold against
the page text, names, cities, dates, addresses, the scorers) are in tests/test_blind_gold.py;
this file holds what is particular to this set. No floor: the set is scored by ``python -m
tests.heldout_score --set heldout13``, to measure, never to tune a rule.
"""

from __future__ import annotations

from collections import Counter
from datetime import date

from heldout_score import load_gold, norm, set_paths
from test_blind_gold import _blocks, page_set

PAGES, EVENTS_GOLD, RELATIONS_GOLD = set_paths("heldout13")
_, EV, REL, META = page_set("heldout13")
GOLD = load_gold(EVENTS_GOLD, RELATIONS_GOLD, PAGES)

EVENTS_EN = "crmsv.org_en_events_page-2.txt"
ARCHIVE = "csmigraciones.org_en_news-archive-2018.txt"
ACTIVIDADES = "rcmvs.org_es_actividades-2019.txt"
AGENDA = "csmigraciones.org_es_agenda-2021.txt"
LABOUR_PAGE = "crmsv.org_en_events_workshop-bilateral-labour-mobility-agreements.txt"
PLENARY_PAGE = "csmigraciones.org_en_events_first-plenary-meeting-rcm-sacm.txt"
RETURN_PAGE = "rcmvs.org_es_eventos_taller-regional-retorno-reintegracion.txt"
CLIMATE_PAGE = "csmigraciones.org_es_eventos_seminario-movilidad-humana-cambio-climatico.txt"
PROTECTION = "rcmvs.org_en_working-groups_protection.txt"
TRAINING = "csmigraciones.org_en_training-programme.txt"
TRAFFICKING = "crmsv.org_es_redes_trata-y-trafico.txt"
BORDERS = "rcmvs.org_es_grupos-de-trabajo_gestion-de-fronteras.txt"
COSTA_RICA = "crmsv.org_en_member-countries_costa-rica.txt"
PARAGUAY = "csmigraciones.org_en_member-countries_paraguay.txt"
DOMINICAN = "rcmvs.org_es_paises-miembros_republica-dominicana.txt"
ECUADOR = "csmigraciones.org_es_paises_ecuador.txt"

LABOUR = "Workshop on Bilateral Labour Mobility Agreements"
RETURN = "Taller Regional sobre Retorno y Reintegración de Personas Migrantes"
CLIMATE = "Seminario Suramericano sobre Movilidad Humana y Cambio Climático"


def _involvements(page: str, title: str) -> set[tuple[str, str]]:
    event = next(e for p in REL["pages"] if p["page"] == page for e in p["events"] if e["title"] == title)
    return {(i["id"], i["role"]) for i in event["institutions"]}


def _event(page: str, title: str):
    return next(g for g in GOLD.events if g.page == page and g.titles[0] == title)


def _line_index(page: str, title: str) -> int:
    return next(e["line"] - 1 for p in EV["pages"] if p["page"] == page for e in p["events"]
                if e["titles"][0][1] == title)


def _lines(page: str) -> list[str]:
    return (PAGES / page).read_text(encoding="utf-8").split("\n")


def test_counts_per_layout_and_role():
    layout = {g.key: g.layout for g in GOLD.events}
    events = {lay: sum(1 for g in GOLD.events if g.layout == lay) for lay in ("listing", "event", "fields", "country")}
    assert events == {"listing": 17, "event": 4, "fields": 12, "country": 13}
    inv = {lay: sum(1 for i in GOLD.involvements if layout[i.event] == lay) for lay in events}
    assert inv == {"listing": 101, "event": 56, "fields": 86, "country": 73}
    assert Counter(i.role for i in GOLD.involvements) == {
        "participant": 128, "organizer": 51, "host": 27, "supporter": 27, "mentioned": 27,
        "convener": 26, "funder": 24, "coordinator": 6}
    assert {p["file"].split("_", 1)[0] for p in META} == {"crmsv.org", "rcmvs.org", "csmigraciones.org"}
    assert {p.get("country_page") for p in EV["pages"] if p["layout"] == "country"} == {"CR", "PY", "DO", "EC"}
    # institutions a reference list of the processes' partners would not know
    assert {"pani", "senniaf", "stss-hn", "udelar", "pit-cnt", "cne-cr", "conred", "infop", "pmh", "ciifen",
            "una-py", "externado", "chs", "cnctp-sv", "pnc-gt", "senafront", "cbsa", "uca-py", "muni-cde",
            "banreservas", "coe-do", "utpl", "gpl-ec", "incami", "ame"} <= set(REL["institutions"])


def test_three_listing_entries_and_their_own_event_pages_are_one_event_each():
    pairs = {(g.page, g.same_as) for g in GOLD.events if g.same_as}
    assert pairs == {(EVENTS_EN, LABOUR_PAGE), (LABOUR_PAGE, EVENTS_EN), (ACTIVIDADES, RETURN_PAGE),
                     (RETURN_PAGE, ACTIVIDADES), (AGENDA, CLIMATE_PAGE), (CLIMATE_PAGE, AGENDA)}
    for listing, page, title in ((EVENTS_EN, LABOUR_PAGE, LABOUR), (ACTIVIDADES, RETURN_PAGE, RETURN),
                                 (AGENDA, CLIMATE_PAGE, CLIMATE)):
        a, b = _event(listing, title), _event(page, title)
        assert a.place == b.place and a.dates == b.dates and a.dates  # the entries are dated as their pages
    # the event page says more than its entry
    assert _involvements(LABOUR_PAGE, LABOUR) > _involvements(EVENTS_EN, LABOUR)
    assert ("sacm-ts", "organizer") in _involvements(CLIMATE_PAGE, CLIMATE)  # the "Organizador:" detail
    assert ("sacm-ts", "organizer") not in _involvements(AGENDA, CLIMATE)


def test_datelines_are_not_event_dates_and_calendar_dates_sit_above_titles():
    sucre = _event(ARCHIVE, "XVIII South American Conference on Migration")
    assert sucre.dates == (date(2018, 11, 22), date(2018, 11, 23))  # dateline 23 November: the release
    forum = _event(ARCHIVE, "Regional Forum on Migrant Women and Decent Work")
    assert forum.dates == (date(2018, 3, 13), date(2018, 3, 13))  # dateline 14 March
    for title in (CLIMATE, "Conversatorio: Niñez Migrante no Acompañada"):
        i = _line_index(AGENDA, title)
        assert "2021" in _lines(AGENDA)[i - 1]  # the date line above the title
    assert _event(AGENDA, "Conversatorio: Niñez Migrante no Acompañada").dates == (date(2021, 6, 10), date(2021, 6, 10))
    assert _event(TRAFFICKING, "Taller Binacional sobre Tráfico Ilícito de Migrantes en la Frontera "
                  "Guatemala–México").dates == (date(2018, 2, 27), date(2018, 3, 1))
    assert _event(PROTECTION, "Virtual Exchange on Humanitarian Protection Visas").dates == (date(2022, 5, 10), date(2022, 5, 10))


def test_places_hybrid_online_venues_and_abroad():
    assert _event(CLIMATE_PAGE, CLIMATE).place == {("city", 3439389), ("country", "PY")}  # hybrid
    assert _event(TRAINING, "Workshop on Labour Migration Statistics").place == {("city", 3871336), ("country", "CL")}
    assert _event(PLENARY_PAGE, "I Plenary Meeting of the RCM and the SACM").place == {("city", 3441575), ("country", "UY")}
    assert ("online", True) in _event(BORDERS, "Reunión Virtual del Grupo de Trabajo sobre Gestión de Fronteras").place
    # an event on the Ecuador page held in Chile keeps its own place
    assert _event(ECUADOR, "Jornada de Atención Consular Móvil para Personas Ecuatorianas en Chile").place == {
        ("city", 3871336), ("country", "CL")}


def test_hard_roles():
    plenary = _involvements(PLENARY_PAGE, "I Plenary Meeting of the RCM and the SACM")
    assert {("gov-uy", "convener"), ("gov-pa", "convener"), ("sacm-ts", "convener"), ("rcm-ts", "convener"),
            ("rcm", "mentioned"), ("sacm", "mentioned"), ("gov-mx", "mentioned"), ("aecid", "mentioned")} <= plenary
    ret = _involvements(RETURN_PAGE, RETURN)
    assert {("sreci", "host"), ("sreci", "organizer"), ("prm", "funder"), ("pmh", "mentioned"),
            ("rcgm", "mentioned")} <= ret
    assert ("gov-ca", "funder") in _involvements(ACTIVIDADES, "Foro sobre Trabajadores Agrícolas Temporales")
    assert {("eu", "funder"), ("eurosocial", "funder")} <= _involvements(
        AGENDA, "Curso sobre Derechos Humanos y Migración para Funcionarios de Frontera")
    assert {("gov-pa", "coordinator"), ("wco", "supporter")} <= _involvements(BORDERS, "Taller sobre Gestión Coordinada de Fronteras")
    assert ("gov-do", "host") in _involvements(DOMINICAN, "XVI Conferencia Regional sobre Migración")
    assert ("gov-pa", "mentioned") in _involvements(DOMINICAN, "XVI Conferencia Regional sobre Migración")
    assert {("dp-py", "host"), ("dp-py", "organizer")} <= _involvements(PARAGUAY, "Regional Meeting of Ombudspersons on Migrant Rights")
    assert ("iom", "mentioned") in _involvements(COSTA_RICA, "VI Regional Conference on Migration")
    # units alone: IOM's programme, the US Department of Labor's bureau
    labour = _involvements(LABOUR_PAGE, LABOUR)
    assert ("iom-mesoamerica", "supporter") in labour and ("ilab", "funder") in labour
    assert not {i for i, _ in labour} & {"iom", "us-dol"}
    # a numbered meeting's process is its series
    assert not {i for i, _ in _involvements(ACTIVIDADES, "XXIV Conferencia Regional sobre Migración")} & {"rcm"}
    assert not {i for i, _ in _involvements(ECUADOR, "IX Conferencia Sudamericana sobre Migraciones")} & {"sacm"}


def test_like_named_bodies_are_kept_apart():
    names = {i: {norm(x) for x in e["names"] + e.get("acronyms", [])} for i, e in REL["institutions"].items()}
    assert "dnm" in names["dnm-ar"] and "dnm" not in names["dgm-py"]
    assert "mtss" in names["mtss-cr"] and "mtss" not in names["mtss-uy"]
    assert not names["sermig"] & names["snm-pa"]
    blocks = _blocks("heldout13")
    # footers and chrome are not annotated: the last event's block holds the footer's secretariat
    assert "RCM Executive Secretariat" in blocks[(EVENTS_EN, "Regional Seminar on Labour Migration and Remittances")]
    assert "rcm-ts" not in {i for i, _ in _involvements(EVENTS_EN, "Regional Seminar on Labour Migration and Remittances")}
