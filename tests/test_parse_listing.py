"""Layout 1, the events listing: event boundaries, locations, cut-off pages."""

from __future__ import annotations

from pathlib import Path

from rcpkg.loaders.layouts import detect_layout, parse_page
from rcpkg.loaders.records import Page

SEED = Path(__file__).resolve().parent.parent / "data" / "sources" / "crmsv.org_events_page-3.txt"


def _parse(text: str, lang: str = "en"):
    return parse_page(Page(path="t.txt", url="https://crmsv.org/events", text=text, lang=lang, layout="listing"))


def test_location_at_line_end_closes_events_without_description():
    r = _parse("Skip to main content\nXIX CRM Managua\nWorkshop on X Workshop on X Guatemala City\n\nDesign by Someone\n")
    assert [(e.titles[0].text, e.place.span.exact) for e in r.events] == [
        ("XIX CRM", "Managua"), ("Workshop on X", "Guatemala City")]
    assert r.skipped == ("navigation: Skip to main content", "footer: Design by … (line 5)")  # no name in the report


def test_location_on_its_own_line_after_description():
    r = _parse("Taller A Taller A\n\nDescripción del taller.\n\u00a0\n\nSan José\nTaller B Managua\n", "es")
    a, b = r.events
    assert a.titles[0].text == "Taller A" and a.place.city_geonameid == 3621849
    assert a.description.exact == "Descripción del taller."
    assert b.titles[0].text == "Taller B" and b.place.span.exact == "Managua"


def test_title_ending_with_a_city_followed_by_description_keeps_the_city():
    r = _parse("Workshop accredited in Mexico\n\nSome description.\n\nCiudad de México\n")
    (e,) = r.events
    assert e.titles[0].text == "Workshop accredited in Mexico"
    assert e.place.span.exact == "Ciudad de México"


def test_dash_and_unknown_locations_warn_with_line_and_title():
    r = _parse("Workshop A -\nWorkshop B\n\nText.\n\nAtlantis City, Uruguay\n")
    assert r.events[0].place is None
    assert r.warnings[0].line == 1 and "Workshop A" in r.warnings[0].message
    assert r.events[1].place.country_code == "UY" and r.events[1].place.city_geonameid is None
    assert any(w.line == 6 and "Workshop B" in w.message for w in r.warnings)


def test_cut_off_page_keeps_the_last_event_without_place():
    r = _parse("XX RCM México D.F.\nWorkshop on Y Workshop on Y\n\nGENERAL OBJECTIVE\n\nTo do some")
    assert len(r.events) == 2
    last = r.events[1]
    assert last.place is None and last.objectives[0].span.exact == "To do some"
    assert any("cut off" in w.message for w in r.warnings)


def test_virtual_session_line_marks_online():
    (e,) = _parse("Reunión de la Red Reunión de la Red\n\nTexto.\n\nSesión virtual\n", "es").events
    assert e.online and e.place.online and e.place.city_geonameid is None


def test_date_in_description_only_when_unambiguous():
    one = _parse("Taller A\n\nEl taller se llevará a cabo del 3 al 5 de mayo de 2022 en la sede.\n\nManagua\n", "es")
    assert one.events[0].dates.span.exact == "del 3 al 5 de mayo de 2022"
    other = _parse("Taller A\n\nEn el marco de la reunión del 3 al 5 de mayo de 2022.\n\nManagua\n", "es")
    assert other.events[0].dates is None


def test_seed_page_has_forty_events_and_is_detected_as_listing():
    text = SEED.read_text(encoding="utf-8")
    assert detect_layout(text) == "listing"
    r = parse_page(Page(path=str(SEED), url="https://crmsv.org/events?page=3", text=text, lang="en"))
    assert len(r.events) == 40
    assert [e.ordinal for e in r.events] == list(range(40))
    assert sum(1 for e in r.events if e.titles[0].text == "Regional Consultation Group on Migration") == 2


def test_html_listing_with_title_copy_on_the_next_line():
    from rcpkg.loaders.pages import html_to_text

    html = ("<html><body><a>Skip to main content</a><div><h2>XIX CRM</h2><span>XIX CRM</span><div>Managua</div></div>"
            "<div><h2>Taller B</h2><p>Descripción.</p><div>San José</div></div><footer>Design by X</footer></body></html>")
    r = _parse(html_to_text(html), "es")
    a, b = r.events
    assert a.titles[0].text == "XIX CRM" and a.description is None and a.place.span.exact == "Managua"
    assert b.description.exact == "Descripción." and b.place.city_geonameid == 3621849
