"""Listings, round 15 (issue 13, listing15): numbered entries closed by arrow links ("→ Event page", "» Informe final
(PDF, 2 MB)"), an entry whose text opens with a sentence that is only its place and date, a site's name printed in
two languages over its menu bar, a title led by an arrow, and the newsletter or social-media line under the last
entry's link.

Hand-made pages in English and Spanish (none of them is a held-out page, no sentence copied from one).
"""

from __future__ import annotations

import datetime as dt

from listing_pages import city as _city
from listing_pages import dates as _dates
from listing_pages import parse as _parse
from listing_pages import titles as _titles

from rcpkg.loaders.layouts import blocks
from rcpkg.loaders.layouts.listing import _is_link, _list_numbers


# --- numbered entries closed by arrow links, each opened by its place and date ----------------------------------------

NUMBERED_EN = """\
Regional Network on Labour Migration — Red Regional sobre Migración Laboral
Search   |   Español
Home | About | Member countries | Meetings | Publications | Contact
Plenary meetings
The network meets once a year; the reports of past meetings can be downloaded below.
Share this page: Facebook · LinkedIn

1. Sixth Plenary Meeting of the Network
Quito, Ecuador — 14-15 March 2019. Ecuador's Ministry of Labour welcomed the delegations and chaired the debates on recruitment fees.
→ Meeting page

2. Fifth Plenary Meeting of the Network
Asunción, 2 to 4 May 2017. The delegations adopted a work plan on skills recognition for two years.
→ Final report (PDF, 3.2 MB)

3. Fourth Plenary Meeting of the Network
Bogotá, 9–11 November 2015. A panel of employers' associations spoke on seasonal work schemes.
» Photo gallery

Page 1 of 3   Next ›
Network secretariat · Avenida Central · San José, Costa Rica
"""


def test_numbered_entries_closed_by_arrow_links_en():
    r = _parse(NUMBERED_EN)
    assert _titles(r) == ["Sixth Plenary Meeting of the Network", "Fifth Plenary Meeting of the Network",
                          "Fourth Plenary Meeting of the Network"]
    quito, asuncion, bogota = r.events
    assert _city(quito) == "Quito" and _dates(quito) == (dt.date(2019, 3, 14), dt.date(2019, 3, 15))
    assert _city(asuncion) == "Asunción" and _dates(asuncion) == (dt.date(2017, 5, 2), dt.date(2017, 5, 4))
    assert _city(bogota) == "Bogotá" and _dates(bogota) == (dt.date(2015, 11, 9), dt.date(2015, 11, 11))
    # the title's span is the title's own text, without the list's number
    assert quito.titles[0].span.exact == "Sixth Plenary Meeting of the Network"
    # the links, the page's heading, its pager and its footer are no event's, each skipped with its line
    assert not any("Photo gallery" in e.span.exact or "Meeting page" in e.span.exact for e in r.events)
    assert any("link under a post: line 10" in s for s in r.skipped)
    assert any("site header: line 1" in s for s in r.skipped)
    # the dash between two days is the dates' own: no place "Bogotá, 9" to warn about
    assert not any("not resolved" in w for w in r.warnings)


NUMBERED_ES = """\
Foro Andino de Migraciones | Andean Migration Forum
ES | EN
Inicio   Quiénes somos   Reuniones   Documentos   Contacto
Reuniones técnicas

1) Reunión Técnica sobre Retorno Voluntario
Lima, Perú, 22 y 23 de octubre de 2018. La reunión revisó los protocolos de acogida de las personas retornadas.
› Ver programa

2) Reunión Técnica sobre Datos Consulares
Santa Cruz de la Sierra, 5 de junio de 2018. Los consulados presentaron sus registros de atención a connacionales.
› Descargar el informe (PDF, 800 KB)

Secretaría del Foro · Lima · Perú
"""


def test_numbered_entries_closed_by_arrow_links_es():
    r = _parse(NUMBERED_ES, lang="es", url="https://example.org/es/reuniones")
    assert _titles(r) == ["Reunión Técnica sobre Retorno Voluntario", "Reunión Técnica sobre Datos Consulares"]
    lima, santa_cruz = r.events
    assert _city(lima) == "Lima" and _dates(lima) == (dt.date(2018, 10, 22), dt.date(2018, 10, 23))
    # a single day that opens the entry as its place and date is the event's (no press release's date)
    assert _city(santa_cruz) == "Santa Cruz de la Sierra" and _dates(santa_cruz)[0] == dt.date(2018, 6, 5)


def test_numbered_entries_without_links_en_es():
    # the same entries with no link under them: a report's numbered activities, each opened by its place and date
    page = "\n".join(x for x in NUMBERED_EN.splitlines() if not x.startswith(("→", "»"))) + "\n"
    r = _parse(page)
    assert _titles(r) == ["Sixth Plenary Meeting of the Network", "Fifth Plenary Meeting of the Network",
                          "Fourth Plenary Meeting of the Network"]
    assert [_city(e) for e in r.events] == ["Quito", "Asunción", "Bogotá"]
    page = "\n".join(x for x in NUMBERED_ES.splitlines() if not x.startswith("›")) + "\n"
    r = _parse(page, lang="es", url="https://example.org/es/reuniones")
    assert _titles(r) == ["Reunión Técnica sobre Retorno Voluntario", "Reunión Técnica sobre Datos Consulares"]
    assert _dates(r.events[0]) == (dt.date(2018, 10, 22), dt.date(2018, 10, 23))


REPORT_SECTIONS_ES = """\
Memoria anual 2016

1. Presentación
Este documento resume el trabajo de la Secretaría durante el año y las prioridades acordadas por los países.

2. Actividades del año

Taller sobre Registro Civil en Zonas de Frontera
Tapachula, 11 y 12 de abril de 2016. El taller reunió a oficiales de registro civil de los dos lados de la frontera.

Encuentro sobre Trabajo Agrícola Temporal
Ciudad de Guatemala, 6 de septiembre de 2016. Empleadores y sindicatos revisaron las condiciones de contratación.
"""


def test_numbered_section_headings_stay_headings_es():
    # a numbered heading over prose that does not open with a place and date is the report's section, no activity
    r = _parse(REPORT_SECTIONS_ES, lang="es", url="https://example.org/es/memoria-2016")
    assert _titles(r) == ["Taller sobre Registro Civil en Zonas de Frontera", "Encuentro sobre Trabajo Agrícola Temporal"]
    assert [_city(e) for e in r.events] == ["Tapachula", "Guatemala City"]


def test_list_numbers_need_a_run():
    from rcpkg.loaders.layouts.blocks import split_lines

    run = [ln for ln in split_lines("3. Taller A\n4. Taller B\n5. Taller C\n") if not ln.blank]
    assert set(_list_numbers(run).values()) == {3}
    down = [ln for ln in split_lines("12. Meeting A\n11. Meeting B\n") if not ln.blank]
    assert set(_list_numbers(down).values()) == {4}
    # numbers that do not run one by one, or a title without one, belong to the titles
    years = [ln for ln in split_lines("2030. Agenda Forum\n2019. Review\n") if not ln.blank]
    assert _list_numbers(years) == {}
    gaps = [ln for ln in split_lines("1. Seminar A\n5. Seminar B\n") if not ln.blank]
    assert _list_numbers(gaps) == {}
    mixed = [ln for ln in split_lines("1. Seminar A\nSeminar B\n") if not ln.blank]
    assert _list_numbers(mixed) == {}


def test_arrow_link_lines():
    from rcpkg.loaders.layouts.blocks import split_lines

    def link(t):
        return _is_link(split_lines(t + "\n")[0])

    for t in ("→ Event page", "» Full report (PDF, 1.1 MB)", "› Ver programa", "→ Descargar el informe",
              "➔ Galería de fotos", "→ Read more", "» Leer más"):
        assert link(t), t
    # an arrow before a title, a sentence, or a link with no word naming what it opens is no link line
    for t in ("→ Regional Seminar on Consular Protection", "⟶ Taller sobre Migración y Salud",
              "→ The report was adopted by consensus.", "» Lima, Peru", "Event page"):
        assert not link(t), t


# --- a headed listing whose entries open with their place and date ---------------------------------------------------

HEADED_EN = """\
Skip to content
Migration Dialogue
Home | About us | Events | News | Contact
Home » Events » 2016
Events 2016

Consultation on Labour Mobility Schemes
Posted: 18/06/2016
Tegucigalpa, 14 and 15 June 2016. The consultation gathered officials of the labour ministries and employers' chambers.
Read more

Webinar on Consular Registration
Posted: 03/09/2016
Via videoconference, Thursday 1 September 2016. Speakers from three consulates explained their online registration tools.
Read more

Training for Border Officers
Posted: 25/10/2016
Puerto Cortés, Honduras, 20 October 2016. Trainers from a regional academy led practical sessions on document checks.
Read more

‹ previous   1   2   next ›
"""


def test_headed_entries_placed_and_dated_by_their_opening_sentence_en():
    r = _parse(HEADED_EN)
    assert _titles(r) == ["Consultation on Labour Mobility Schemes", "Webinar on Consular Registration",
                          "Training for Border Officers"]
    teg, web, train = r.events
    assert _city(teg) == "Tegucigalpa" and _dates(teg) == (dt.date(2016, 6, 14), dt.date(2016, 6, 15))
    assert web.online and web.place is None or web.online and web.place.city_label_en is None
    assert _dates(web)[0] == dt.date(2016, 9, 1)
    assert _city(train) == "Puerto Cortez" and _dates(train)[0] == dt.date(2016, 10, 20)


HEADED_ES = """\
Ir al contenido
Mesa Regional de Migración
Inicio | Quiénes somos | Eventos | Contacto
Eventos 2014

Foro sobre Inserción Laboral de Personas Refugiadas
Publicado: 12/05/2014
Ciudad de Panamá, 7 y 8 de mayo de 2014. El foro reunió a cámaras de comercio y agencias de empleo de la región.
Leer más

Taller sobre Entrevistas de Determinación
Publicado: 30/07/2014
Heredia (Costa Rica), martes 22 de julio de 2014. El taller trató las técnicas de entrevista con solicitantes de asilo.
Leer más

Curso sobre Estadísticas de Retorno
Publicado: 02/10/2014
Nos reunimos con los equipos técnicos para revisar las cifras del año. La sesión se grabó para quienes no pudieron asistir.
Leer más
"""


def test_headed_entries_placed_and_dated_by_their_opening_sentence_es():
    r = _parse(HEADED_ES, lang="es", url="https://example.org/es/eventos")
    panama, heredia, curso = r.events
    assert _city(panama) == "Panama City" and _dates(panama) == (dt.date(2014, 5, 7), dt.date(2014, 5, 8))
    assert _city(heredia) == "Heredia" and _dates(heredia)[0] == dt.date(2014, 7, 22)
    # an entry whose text does not open with its place and date gets none from it (never invented)
    assert curso.place is None and not curso.online and curso.dates is None
    assert any(w.value == "Curso sobre Estadísticas de Retorno" and "location" in w.message for w in r.warnings)


# --- a title led by an arrow, and the newsletter line under the last entry ------------------------------------------

ARROWS_ES = """\
RED · Red de Oficinas de Migración
ES | EN
INICIO   LA RED   EVENTOS   CONTACTO
Agenda 2022

⟶ Seminario sobre Movilidad Estudiantil
Valparaíso (Chile) · 4 de abril de 2022
Las universidades de la región compartieron sus programas de intercambio.
Ver más »

⟶ Diálogo sobre Remesas y Familias
Santa Fe · 19/09/2022
Dos bancos centrales presentaron datos sobre los envíos de dinero de los hogares.
Ver más »

Reciba nuestro boletín  |  Síganos: Instagram · YouTube
Secretaría de la Red – Santiago de Chile
"""


def test_arrow_led_titles_and_the_newsletter_line_es():
    r = _parse(ARROWS_ES, lang="es", url="https://example.org/es/agenda/2022")
    assert _titles(r) == ["Seminario sobre Movilidad Estudiantil", "Diálogo sobre Remesas y Familias"]
    assert r.events[0].titles[0].span.exact == "Seminario sobre Movilidad Estudiantil"
    # the newsletter line and the credit under it are skipped with their lines, no event
    assert "outside any entry: line 16" in r.skipped and "outside any entry: line 17" in r.skipped


ARROWS_EN = """\
Migration Forum | Events
Home   About   Events   Contact
Calendar 2021

» Roundtable on Climate and Mobility
Online · 12 May 2021
Researchers discussed planned relocation programmes in coastal areas.
Read more »

» Dialogue with Diaspora Associations
Madrid, Spain · 3 November 2021
Associations of three countries met the consular staff of the region.
Read more »

Get our newsletter | Follow us: Facebook · X
"""


def test_arrow_led_titles_and_the_newsletter_line_en():
    r = _parse(ARROWS_EN)
    assert _titles(r) == ["Roundtable on Climate and Mobility", "Dialogue with Diaspora Associations"]
    assert "outside any entry: line 15" in r.skipped


def test_a_last_entry_with_a_description_after_the_last_link_stays():
    # a title after the last "Read more" whose text is a sentence is an entry (without a place: a warning)
    page = ARROWS_EN.replace("Get our newsletter | Follow us: Facebook · X\n",
                             "Closing Seminar of the Year\nThe closing seminar reviewed the year's work with the "
                             "member countries.\n")
    r = _parse(page)
    assert _titles(r)[-1] == "Closing Seminar of the Year"
    assert any(w.value == "Closing Seminar of the Year" for w in r.warnings)


# --- a site's name in two languages over its menu bar ---------------------------------------------------------------

def test_site_header_with_a_bilingual_name():
    from rcpkg.loaders.layouts.blocks import split_lines

    lines = split_lines("Andean Forum on Human Mobility — Foro Andino sobre Movilidad Humana\n"
                        "Home | Meetings | Documents | Contact\nMeetings\n")
    assert blocks.site_header_end(lines, 0) == 2
    # a long line that is one sentence or one long name is no site's name
    lines = split_lines("The forum gathered the member countries in their annual meeting on mobility matters\n"
                        "Home | Meetings | Documents | Contact\n")
    assert blocks.site_header_end(lines, 0) == 0
