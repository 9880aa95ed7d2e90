"""The seventh held-out set: its counts and hard cases (issue 13).

tests/fixtures/heldout7 with tests/gold/heldout7_*.yaml was written blind: without reading
the extraction rules, their development pages, the cue lists or the sixth set, and committed
before any extraction ran on it. The checks every blind set shares (gold against the page
text, names, cities, dates, addresses, the scorers) are in tests/test_blind_gold.py; this
file holds what is particular to this set. No floor: the set is scored by ``python -m
tests.heldout_score --set heldout7``, to measure, never to tune a rule.
"""

from __future__ import annotations

from heldout_score import load_gold, norm, set_paths
from test_blind_gold import _blocks, page_set

PAGES, EVENTS_GOLD, RELATIONS_GOLD = set_paths("heldout7")
_, EV, REL, META = page_set("heldout7")
GOLD = load_gold(EVENTS_GOLD, RELATIONS_GOLD, PAGES)


def _involvements(page: str, title: str) -> set[tuple[str, str]]:
    event = next(e for p in REL["pages"] if p["page"] == page for e in p["events"] if e["title"] == title)
    return {(i["id"], i["role"]) for i in event["institutions"]}


def test_counts_per_layout():
    layout = {g.key: g.layout for g in GOLD.events}
    events = {lay: sum(1 for g in GOLD.events if g.layout == lay) for lay in ("listing", "event", "fields", "country")}
    assert events == {"listing": 16, "event": 4, "fields": 12, "country": 15}
    inv = {lay: sum(1 for i in GOLD.involvements if layout[i.event] == lay) for lay in events}
    assert inv == {"listing": 80, "event": 45, "fields": 72, "country": 67}
    assert {p["file"].split("_", 1)[0] for p in META} == {"crmsv.org", "rcmvs.org", "csmigraciones.org"}


def test_listing_entries_and_their_own_event_pages():
    twins = [(g.page, g.same_as) for g in GOLD.events if g.same_as]
    assert len(twins) == 6 and all((b, a) in twins for a, b in twins)
    for g in GOLD.events:  # the listing entry is undated, its own event page dated, same title and place
        if g.same_as:
            twin = next(o for o in GOLD.events if o.page == g.same_as and o.same_as == g.page)
            assert g.titles == twin.titles and g.place == twin.place
            assert bool(g.dates) == (g.layout == "event") != bool(twin.dates)


def test_same_titles_on_two_pages_are_different_meetings():
    for title, years in (("Meeting of the Liaison Officer Network for Consular Protection", {2017, 2019}),
                         ("Reunión de la Red sobre Migración, Desastres y Cambio Climático", {2022, 2023})):
        same = [g for g in GOLD.events if g.titles == (title,)]
        assert len(same) == 2 and same[0].page != same[1].page and not (same[0].same_as or same[1].same_as)
        assert same[0].place != same[1].place and {g.dates[0].year for g in same} == years


def test_places_and_dates_of_the_hard_cases():
    dated = [g.dates for g in GOLD.events if g.dates]
    assert any(s.year != e.year for s, e in dated)  # ranges across two years
    assert sum(1 for s, e in dated if s.month != e.month) >= 4
    assert any(("online", True) in g.place and len(g.place) == 1 and g.layout == "country" for g in GOLD.events)
    assert sum(1 for g in GOLD.events if g.place and all(f == "country" for f, _ in g.place)) == 2
    assert any(not g.place and not g.dates for g in GOLD.events)
    assert sum(1 for g in GOLD.events if g.place and not g.dates and not g.same_as) == 3  # no day, or no year
    hybrid_titles = ("Preparatory Meeting for the XX South American Conference on Migration",
                     "Foro sobre Retorno y Reintegración de Personas Migrantes")
    hybrid = [g for g in GOLD.events if g.titles[0] in hybrid_titles]
    assert len(hybrid) == 2
    assert all(("online", True) not in g.place and any(f == "city" for f, _ in g.place) for g in hybrid)


def test_roles_of_the_hard_cases():
    seminar = "crmsv.org_en_events_regional-seminar-labour-migration-social-protection.txt"
    # a coordinating field of four: a national ministry by its short name and a network no list would know
    assert {("us-dol", "coordinator"), ("menamig", "coordinator"), ("mintrab-gt", "coordinator")} <= \
        _involvements(seminar, "Regional Seminar on Labour Migration and Social Protection")
    workshop = _involvements("crmsv.org_es_temas_proteccion-consular.txt",
                             "Taller sobre Protección Consular de Personas Trabajadoras Migrantes")
    assert {("mitradel", "coordinator"), ("inadeh", "coordinator")} <= workshop
    # a coordinating field cut short: its cut item is not annotated
    fraud = _involvements("rcmvs.org_en_topics_border-management.txt", "Training on Document Fraud Detection")
    assert {i for i, r in fraud if r == "coordinator"} == {"cbsa", "dgme-sv"}
    # a title that names a numbered meeting it is not: the process mentioned
    prep = _involvements("csmigraciones.org_en_events_preparatory-meeting-xx-south-american-conference-migration.txt",
                         "Preparatory Meeting for the XX South American Conference on Migration")
    assert ("sacm", "mentioned") in prep and ("iom-rosa", "mentioned") in prep
    # a numbered meeting's processes are its series
    plenary = _involvements("csmigraciones.org_en_events_page-5.txt", "I Plenary Meeting of the RCM and the SACM")
    assert not {i for i, _ in plenary} & {"rcm", "sacm"}
    # names with commas are one institution each, printed whole in their event
    blocks = _blocks("heldout7")
    commas = [(p["page"], e["title"], i["name"]) for p in REL["pages"] for e in p["events"]
              for i in e["institutions"] if "," in i["name"]]
    assert len({n for _, _, n in commas}) >= 6
    assert all(name in blocks[(page, title)] for page, title, name in commas)
    # an organizer with its acronym in parentheses, printed as "Name (ACRONYM)"
    acronyms = [(p["page"], e["title"], i) for p in REL["pages"] for e in p["events"] for i in e["institutions"]
                if i["role"] == "organizer" and i.get("acronym")]
    assert any(f"{i['name']} ({i['acronym']})" in blocks[(page, title)] for page, title, i in acronyms)
    # units of organizations doing things
    units = {"iom-rosjo", "eclac-celade", "eclac-ddsah", "gmdac", "unfpa-lacro", "ilo-sjo", "ilo-conosur",
             "interpol-sv", "unhcr-sla", "unhcr-hn", "unicef-hn", "iom-pe", "iom-py", "iom-sv", "iom-ec", "dgpc-mx"}
    assert units <= {i.inst for i in GOLD.involvements if i.role != "mentioned"}
    assert norm("Ministerio de Trabajo") in GOLD.names["mitradel"]
