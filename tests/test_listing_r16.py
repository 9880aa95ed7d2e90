"""Listings, round 16 (issue 13, listing16): entries opened by a mark glyph ("■ ", "◆ ", "► ", "★ ", "✓ ") before
their title, entries closed by a share line ("Compartir: Facebook | Twitter", "Share this: LinkedIn · X · Email"), a
rule ("* * *", "———") or a tags line ("Tags: labour migration, returns"), and a site's menu printed as bracketed
items ("[ Home ] [ About ] [ Events ]").

Hand-made pages in English and Spanish (none of them is a held-out page, no sentence copied from one).
"""

from __future__ import annotations

import datetime as dt

import pytest
from listing_pages import city as _city
from listing_pages import dates as _dates
from listing_pages import parse as _parse
from listing_pages import titles as _titles

from rcpkg.loaders.layouts import blocks


# --- marked entries closed by share lines, each opened by its place and date ----------------------------------------

MARKED_ES = """\
RAMH · Red Andina de Movilidad Humana
[ Inicio ] [ Quiénes somos ] [ Reuniones ] [ Publicaciones ] [ Contacto ]
Buscar...
Inicio > Reuniones > Años anteriores
Reuniones 2013–2015

◆ Encuentro Andino sobre Trabajo Agrícola Temporal
Cusco, 9 y 10 de abril de 2014. El Ministerio de Trabajo del Perú recibió a las delegaciones y presentó su registro de trabajadores estacionales. Asistieron como observadores la Organización de Estados Americanos y el Banco Mundial.
Compartir: Facebook | Twitter | Telegram

◆ Taller sobre Identificación de Personas Apátridas
Cochabamba, Bolivia, 3 de septiembre de 2015. Convocado por la Defensoría del Pueblo de Bolivia, el taller reunió a funcionarios consulares de cuatro países.
Compartir: Facebook | Twitter | Telegram

◆ Reunión de Puntos Focales sobre Retorno
Guayaquil, 20 de noviembre de 2013. Los puntos focales revisaron las fichas de retorno asistido y acordaron un formulario común.
Compartir: Facebook | Twitter | Telegram

Página 1 de 1
Secretaría de la RAMH · Quito, Ecuador
"""


def test_marked_entries_closed_by_share_lines_es():
    r = _parse(MARKED_ES, lang="es")
    assert _titles(r) == ["Encuentro Andino sobre Trabajo Agrícola Temporal",
                          "Taller sobre Identificación de Personas Apátridas", "Reunión de Puntos Focales sobre Retorno"]
    cusco, cocha, gye = r.events
    assert _city(cusco) == "Cusco" and _dates(cusco) == (dt.date(2014, 4, 9), dt.date(2014, 4, 10))
    assert _city(cocha) == "Cochabamba" and _dates(cocha) == (dt.date(2015, 9, 3), None)
    assert _city(gye) == "Guayaquil" and _dates(gye) == (dt.date(2013, 11, 20), None)
    # the title's span is the title's own text, without its mark; the share line is no entry's text
    assert cusco.titles[0].span.exact == "Encuentro Andino sobre Trabajo Agrícola Temporal"
    assert not any("Telegram" in (e.description.exact if e.description else "") for e in r.events)
    assert "Observadores".lower() in cusco.description.exact.lower()
    assert any("site header: line 1" in s for s in r.skipped)
    assert not any("without a location" in w for w in r.warnings)


MARKED_EN = """\
Coastal Migration Dialogue
[ Home ] [ About ] [ Meetings ] [ Documents ] [ Contact ]
Home > Meetings > Archive
Meetings archive

► Technical Meeting on Seasonal Fishing Workers
Valparaíso, Chile, 5–6 June 2017. Hosted by the Chilean Directorate of Labour, with support from the ILO. Delegations of Peru and Ecuador took part.
Share this: LinkedIn · X · Email

► Regional Seminar on Consular Assistance at Sea
Panama City, 12 October 2016. The seminar was convened by the Panamanian Maritime Authority; shipping companies attended as guests.
Share this: LinkedIn · X · Email

Page 1 of 1
"""


def test_marked_entries_closed_by_share_lines_en():
    r = _parse(MARKED_EN)
    assert _titles(r) == ["Technical Meeting on Seasonal Fishing Workers", "Regional Seminar on Consular Assistance at Sea"]
    valpo, panama = r.events
    assert _city(valpo) == "Valparaíso" and _dates(valpo) == (dt.date(2017, 6, 5), dt.date(2017, 6, 6))
    assert _city(panama) == "Panama City" and _dates(panama) == (dt.date(2016, 10, 12), None)
    assert valpo.titles[0].span.exact == "Technical Meeting on Seasonal Fishing Workers"
    assert not any("LinkedIn" in (e.description.exact if e.description else "") for e in r.events)


# --- the same entries with other marks, no separator but a blank line -----------------------------------------------

@pytest.mark.parametrize("mark", ["■", "□", "▪", "▫", "●", "○", "◆", "◇", "►", "▶", "▸", "★", "✓", "•"])
def test_marked_entries_under_blank_lines_any_glyph(mark):
    page = f"""\
Foro Migratorio del Pacífico
Inicio | Quiénes somos | Eventos | Contacto

Actividades recientes

{mark} Diálogo Binacional sobre Movilidad Fronteriza
Tumbes, 2 y 3 de julio de 2019. Las autoridades migratorias de ambos países revisaron el paso de personas en la frontera y acordaron una mesa de trabajo permanente.

{mark} Curso sobre Entrevistas de Protección Internacional
Loja, 18 de marzo de 2019. La comisión nacional de refugiados dictó el curso a oficiales de frontera con el apoyo del ACNUR.
"""
    r = _parse(page, lang="es")
    assert _titles(r) == ["Diálogo Binacional sobre Movilidad Fronteriza",
                          "Curso sobre Entrevistas de Protección Internacional"]
    tumbes, loja = r.events
    assert _city(tumbes) == "Tumbes" and _dates(tumbes) == (dt.date(2019, 7, 2), dt.date(2019, 7, 3))
    assert _city(loja) == "Loja"


# --- entries apart by rules or tag lines, no mark ------------------------------------------------------------------------

RULED_EN = """\
Northern Triangle Mobility Forum
Home | About | Events | Contact

Past events

Workshop on Labour Inspection in Agriculture
San Pedro Sula, 4 March 2020. The Ministry of Labour of Honduras organized the workshop; inspectors of three countries attended.
Tags: labour, agriculture
* * *
Webinar on Remittances and Financial Inclusion
Online, 22 July 2020. Central banks of the region presented their remittance figures and the IDB moderated the debate.
Tags: remittances
* * *
"""


def test_entries_apart_by_rules_and_tag_lines_en():
    r = _parse(RULED_EN)
    assert _titles(r) == ["Workshop on Labour Inspection in Agriculture", "Webinar on Remittances and Financial Inclusion"]
    sps, web = r.events
    assert _city(sps) == "San Pedro Sula" and _dates(sps) == (dt.date(2020, 3, 4), None)
    assert web.online and _dates(web) == (dt.date(2020, 7, 22), None)
    assert not any("Tags" in (e.description.exact if e.description else "") for e in r.events)


RULED_ES = """\
Mesa Centroamericana de Migración
Inicio | Quiénes somos | Eventos | Contacto

Eventos pasados

Taller sobre Inspección Laboral en Fincas
Comayagua, 14 de mayo de 2018. La Secretaría de Trabajo organizó el taller para inspectores de la zona sur.
Etiquetas: trabajo, agricultura
———
Foro sobre Reintegración de Personas Retornadas
León, Nicaragua, 30 de octubre de 2018. El foro reunió a alcaldías y organizaciones de la sociedad civil.
Etiquetas: retorno
———
"""


def test_entries_apart_by_rules_and_tag_lines_es():
    r = _parse(RULED_ES, lang="es")
    assert _titles(r) == ["Taller sobre Inspección Laboral en Fincas", "Foro sobre Reintegración de Personas Retornadas"]
    chol, leon = r.events
    assert _city(chol) == "Comayagua" and _dates(chol) == (dt.date(2018, 5, 14), None)
    assert _city(leon) == "León"


# --- the line helpers -------------------------------------------------------------------------------------------------

def test_share_lines():
    for t in ["Compartir: Facebook | Twitter | WhatsApp", "Share this: LinkedIn · X · Email", "Share: Facebook, Twitter",
              "Compartir en Facebook | Compartir en Twitter", "Facebook  Twitter  LinkedIn", "Comparte: WhatsApp · Telegram",
              "Share on Facebook · Share on X"]:
        assert blocks.is_separator(t), t
    for t in ["Facebook and Twitter announced a partnership with the ministry.", "Compartir experiencias: taller regional",
              "Twitter", "Share of migrants in the labour force"]:
        assert not blocks.is_separator(t), t


def test_rules_and_tag_lines():
    for t in ["* * *", "———", "-----", "___", "· · ·", "~~~", "═══", "Tags: labour, returns", "Etiquetas: retorno",
              "Categorías: Talleres, Fronteras"]:
        assert blocks.is_separator(t), t
    for t in ["- Ministry of Labour", "Tags", "Etiquetas de precio en los mercados fronterizos son altas."]:
        assert not blocks.is_separator(t), t


def test_entry_marks():
    assert blocks.entry_mark("■ XVI Conference") == 2
    assert blocks.entry_mark("  ► Workshop on X") == 4
    assert blocks.entry_mark("Workshop on X") is None
    assert blocks.entry_mark("■") is None


def test_bracketed_menu_bar():
    assert blocks.is_menu_bar("[ Home ] [ About ] [ Events ] [ Contact ]")
    assert blocks.is_menu_bar("[Inicio] [Quiénes somos] [Eventos] [Contacto]")
    assert not blocks.is_menu_bar("[ Home ]")


# --- a page's own share line, and a share line under each "Read more" link: no entry's ---------------------------------

PAGE_SHARE_EN = """\
Andean Labour Mobility Network
Home | About | Meetings | Contact
Annual meetings
Every year the network meets in the country that chairs it. Below are the meetings whose minutes are online.
Share: Facebook · X · LinkedIn

Fourth Annual Meeting of the Network
Arequipa, Peru — 7-8 November 2022. Peru hosted the meeting, which adopted a guide on recruitment fees.
→ Meeting page

Third Annual Meeting of the Network
La Paz, 10 to 12 October 2021. The delegations reviewed the network's statistics on seasonal work.
→ Final report (PDF, 1.1 MB)
"""


def test_a_pages_own_share_line_opens_no_entry_en():
    r = _parse(PAGE_SHARE_EN)
    assert _titles(r) == ["Fourth Annual Meeting of the Network", "Third Annual Meeting of the Network"]
    assert any("separator: line 5" in s for s in r.skipped)


MORE_AND_SHARE_ES = """\
Observatorio Regional de Migración Laboral
Inicio | Quiénes somos | Eventos | Contacto
Noticias de eventos

Seminario sobre Ferias de Empleo para Personas Migrantes
Asunción, 6 de agosto de 2021 – La Dirección Nacional de Empleo organizó el seminario junto con cámaras empresariales.
Leer más
Compartir: Facebook | WhatsApp

Diálogo sobre Reconocimiento de Títulos Profesionales
Rosario, 19 de mayo de 2021 – Universidades de tres países presentaron sus procedimientos de convalidación.
Leer más
Compartir: Facebook | WhatsApp
"""


def test_share_lines_under_read_more_links_es():
    r = _parse(MORE_AND_SHARE_ES, lang="es")
    assert _titles(r) == ["Seminario sobre Ferias de Empleo para Personas Migrantes",
                          "Diálogo sobre Reconocimiento de Títulos Profesionales"]
    asu, ros = r.events
    assert _city(asu) == "Asunción" and _city(ros) == "Rosario"
    assert not any("WhatsApp" in e.span.exact for e in r.events)


# --- marked entries of other shapes: no blank line between them, a date in brackets, a head line, a location line ----

MARKED_TIGHT_EN = """\
Pacific Labour Mobility Forum
Home | About | Events | Contact
Our activities in 2019 and 2018, most recent first.
■ Consultation on Seasonal Agricultural Workers (14–15 March 2019)
Held in Mendoza with the provincial labour authority; employers' associations presented their hiring calendar.
■ Training on Recruitment Fees
Rosario, Argentina | 2 October 2018
Labour inspectors of four provinces took part in the training.
■ Exchange on Migrant Domestic Workers
Union representatives and labour ministries compared their registration schemes.
Córdoba, Argentina
Page 1 of 1
"""


def test_marked_entries_of_several_shapes_en():
    r = _parse(MARKED_TIGHT_EN)
    assert _titles(r) == ["Consultation on Seasonal Agricultural Workers", "Training on Recruitment Fees",
                          "Exchange on Migrant Domestic Workers"]
    mendoza, rosario, cordoba = r.events
    assert _dates(mendoza) == (dt.date(2019, 3, 14), dt.date(2019, 3, 15)) and _city(mendoza) == "Mendoza"
    assert _city(rosario) == "Rosario" and _dates(rosario) == (dt.date(2018, 10, 2), None)
    assert _city(cordoba) == "Córdoba"
    assert any("outside any entry: line 3" in s for s in r.skipped)  # the page's intro is no entry's


MARKED_TIGHT_ES = """\
Foro del Pacífico sobre Movilidad Laboral
Inicio | Quiénes somos | Eventos | Contacto
Actividades 2019
▸ Consulta sobre Trabajadores Agrícolas Temporales (14 y 15 de marzo de 2019)
Se realizó en Mendoza con la autoridad laboral provincial; las cámaras de empleadores presentaron su calendario.
▸ Capacitación sobre Cobro de Comisiones de Reclutamiento
Rosario, Argentina | 2 de octubre de 2018
Participaron inspectores laborales de cuatro provincias.
"""


def test_marked_entries_of_several_shapes_es():
    r = _parse(MARKED_TIGHT_ES, lang="es")
    assert _titles(r) == ["Consulta sobre Trabajadores Agrícolas Temporales",
                          "Capacitación sobre Cobro de Comisiones de Reclutamiento"]
    mendoza, rosario = r.events
    assert _dates(mendoza) == (dt.date(2019, 3, 14), dt.date(2019, 3, 15)) and _city(mendoza) == "Mendoza"
    assert _city(rosario) == "Rosario" and _dates(rosario) == (dt.date(2018, 10, 2), None)


def test_a_bullet_list_of_names_opens_no_entries():
    from rcpkg.loaders.layouts.listing import _marked_titles

    page = """\
Regional Workshop on Border Health
Tacna, 3 May 2019. The following institutions took part:
• Ministry of Health of Peru
• Ministry of Health of Chile
• Pan American Health Organization
"""
    from rcpkg.loaders.layouts.blocks import split_lines

    assert _marked_titles(split_lines(page)) is None


# --- entries closed by a location line, parted by rules or share lines: neither is a title, nor the page's heading ------

RULED_LOCATION_EN = """\
Caribbean Mobility Exchange
Home | About | Events | Contact

Past meetings

Roundtable on Hurricane Evacuations
Port officials compared their evacuation plans for foreign crews.
Kingston, Jamaica
* * *
Dialogue on Student Visas
Universities asked for shorter waiting times at consulates.
Bridgetown, Barbados
* * *
"""

SHARED_LOCATION_ES = """\
Intercambio Caribeño de Movilidad
Inicio | Quiénes somos | Eventos | Contacto

Reuniones anteriores

Mesa Redonda sobre Evacuaciones por Huracanes
Los funcionarios portuarios compararon sus planes de evacuación de tripulaciones extranjeras.
Santo Domingo, República Dominicana
Compartir: Facebook | X

Diálogo sobre Visas de Estudiante
Las universidades pidieron menos tiempo de espera en los consulados.
La Habana, Cuba
Compartir: Facebook | X
"""


@pytest.mark.parametrize("page,lang,first,cities", [
    (RULED_LOCATION_EN, "en", "Roundtable on Hurricane Evacuations", ["Kingston", "Bridgetown"]),
    (SHARED_LOCATION_ES, "es", "Mesa Redonda sobre Evacuaciones por Huracanes", ["Santo Domingo", "Havana"]),
])
def test_location_closed_entries_parted_by_separators(page, lang, first, cities):
    r = _parse(page, lang=lang)
    assert _titles(r)[0] == first and len(r.events) == 2
    assert [_city(e) for e in r.events] == cities
    assert any(s.startswith("heading over the entries") for s in r.skipped)
    assert not any("without a location" in w.message for w in r.warnings)
