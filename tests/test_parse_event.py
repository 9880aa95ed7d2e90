"""Layout 2, the single-event page."""

from __future__ import annotations

from rcpkg.loaders.layouts import detect_layout, parse_page
from rcpkg.loaders.records import Page

PAGE = """Skip to main content
Workshop on Border Management
Sharing good practices
About the event:
The workshop gathers border officials.
Objectives:
• To share practices.
• To agree on a plan.
Tuesday, June 4, 2019 to Wednesday, June 5, 2019
Tegucigalpa
Hotel Honduras Maya
Coordinating institution:
Government of Honduras and IOM
Coordinator of the event:
Pedro Martínez
Email:
pm@example.org
Documents:
Agenda (https://rcmvs.org/sites/default/files/agenda.pdf)
"""


def _parse(text: str, lang: str = "en"):
    return parse_page(Page(path="e.txt", url="https://rcmvs.org/en/events/x", text=text, lang=lang))


def test_event_page_fields():
    assert detect_layout(PAGE) == "event"
    r = _parse(PAGE)
    (e,) = r.events
    assert e.titles[0].text == "Workshop on Border Management" and e.subtitle.text == "Sharing good practices"
    assert e.kind == "workshop"
    assert (e.dates.start.isoformat(), e.dates.end.isoformat()) == ("2019-06-04", "2019-06-05")
    assert e.place.city_geonameid == 3600949 and e.venue.exact == "Hotel Honduras Maya"
    assert e.coordinating.exact == "Government of Honduras and IOM"
    assert [o.span.exact for o in e.objectives] == ["To share practices.", "To agree on a plan."]
    assert e.documents == ("https://rcmvs.org/sites/default/files/agenda.pdf",)
    assert e.description.exact.startswith("The workshop gathers")


def test_coordinator_and_email_are_not_kept():
    r = _parse(PAGE)
    (e,) = r.events
    kept = [s.exact for s in (e.description, e.venue, e.coordinating) if s] + [t.text for t in e.titles]
    assert not any("Pedro" in k or "pm@example.org" in k for k in kept)
    assert any("coordinator of the event" in s for s in r.skipped)
    assert any("email" in s for s in r.skipped)


def test_spanish_event_with_inline_labels():
    text = ("Reunión de la Red de Protección Consular\nAcerca del evento: La Red se reúne.\n"
            "4 y 5 de junio de 2019\nSan Salvador\nInstitución Coordinadora: Gobierno de El Salvador\n"
            "Coordinador del evento: Ana\nCorreo electrónico: a@b.org\n")
    (e,) = _parse(text, "es").events
    assert e.kind == "meeting" and e.titles[0].lang == "es"
    assert e.description.exact == "La Red se reúne."
    assert e.dates.span.exact == "4 y 5 de junio de 2019"
    assert e.place.city_geonameid == 3583361
    assert e.coordinating.exact == "Gobierno de El Salvador"


def test_event_page_cut_off_after_the_description():
    text = "Workshop on Z\nAbout the event:\nA workshop on"
    r = _parse(text)
    (e,) = r.events
    assert e.dates is None and e.place is None and e.description.exact == "A workshop on"
    assert any("without a date line" in w.message for w in r.warnings)


def test_a_description_that_names_the_coordinating_institution_keeps_the_date_and_the_city():
    """The description's own "Institución Coordinadora: …" sentence comes before the date line:
    the fields start after the date, so the date, the city and the coordinating institution stay."""
    text = ("Taller de validación sobre regularización migratoria\nAcerca del evento:\n"
            "El taller revisa la propuesta regional.\n"
            "Institución Coordinadora: Organización Internacional para las Migraciones.\n"
            "4 al 6 de febrero de 2005\nParamaribo\n"
            "Institución Coordinadora: Gobierno de Surinam\n"
            "Coordinador del evento: Ana\n")
    assert detect_layout(text) == "event"
    (e,) = _parse(text, "es").events
    assert e.dates.span.exact == "4 al 6 de febrero de 2005"
    assert e.place is not None and e.place.country_code == "SR"
    assert e.coordinating.exact == "Gobierno de Surinam"
    assert "Organización Internacional para las Migraciones" in e.description.exact


def test_a_listing_whose_one_description_names_a_coordinating_institution_is_a_listing():
    """One description of the seed listing says "Coordinating institution: …": still a listing,
    with every one of its events."""
    from pathlib import Path

    seed = (Path(__file__).resolve().parent.parent / "data" / "sources" / "crmsv.org_events_page-3.txt").read_text(
        encoding="utf-8")
    line = "To exchange experiences in the approach"
    assert line in seed
    text = seed.replace(line, "Coordinating institution: ECLAC.\n\n" + line, 1)
    assert detect_layout(seed) == detect_layout(text) == "listing"
    assert len(_parse(text).events) == len(_parse(seed).events) >= 40


def test_the_title_is_the_line_the_urls_slug_was_made_from():
    """Issue 13: a site's name, a section heading and a post date printed before the title are no title;
    the line holding most of the URL slug's words is (English and Spanish). A sentence holding them is not,
    and a slug of numbers or one word changes nothing."""
    text = ("Conferencia Suramericana sobre Migraciones\nAgenda\nPublicado el 3 de mayo de 2019\n"
            "Taller sobre Trata de Personas en Zonas de Frontera\nEl taller reunió a las autoridades.\n"
            "Lima, 6 de mayo de 2019\n")
    page = Page(path="p.txt", url="https://csmigraciones.org/es/eventos/taller-trata-personas-zonas-frontera",
                text=text, lang="es", layout="event")
    [event] = parse_page(page).events
    assert event.titles[0].text == "Taller sobre Trata de Personas en Zonas de Frontera"
    assert any("Publicado el 3 de mayo de 2019" in s for s in parse_page(page).skipped)
    english = text.replace("Taller sobre Trata de Personas en Zonas de Frontera", "Workshop on Trafficking at Borders")
    for url in ("https://csmigraciones.org/en/events/workshop-trafficking-borders", "https://csmigraciones.org/node/42"):
        [event] = parse_page(Page(path="p.txt", url=url, text=english, lang="en", layout="event")).events
        expected = "Workshop on Trafficking at Borders" if "workshop" in url else "Conferencia Suramericana sobre Migraciones"
        assert event.titles[0].text == expected
    sentence = ("Workshop on Trafficking\nThe workshop on trafficking at borders met in Lima.\n")
    [event] = parse_page(Page(path="p.txt", url="https://x.org/events/workshop-trafficking-borders", text=sentence,
                              lang="en", layout="event")).events
    assert event.titles[0].text == "Workshop on Trafficking"
