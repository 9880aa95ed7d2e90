"""Issue 13 (round 32): fields pages - a role label with a qualifier ("Moderation (whole workshop)", "Speakers
(morning panel)", "Moderación de la jornada", "Moderación de la mesa 3") is the role's label, not a title of a next
event: the lines under it stay the same event's. Whoever moderates the whole meeting coordinates it; whoever
moderates one panel or session takes part (the newer sets' convention)."""

from __future__ import annotations

from rcpkg.loaders.extract import extract
from rcpkg.loaders.layouts import labels, parse_page
from rcpkg.loaders.records import Page

# (the shared `tools` fixture: the reference data loaded once for all test modules)
from test_extract import ref, tools  # noqa: E402, F401


def _all_roles(tools, text, lang):
    page = Page(path="t.txt", url="https://example.org/groups/x", text=text, lang=lang, layout="fields")
    out = set()
    for ev in parse_page(page).events:
        x = extract(page, ev, tools[0], tools[1])
        out |= {(i.extracted.name if i.extracted else i.agent, i.role) for i in x.involvements}
    return out


def _events(text, lang):
    page = Page(path="t.txt", url="https://example.org/groups/x", text=text, lang=lang, layout="fields")
    return parse_page(page).events


def _roles(ev):
    out = set()
    for inv in ev.involvements:
        out.add((inv.name.exact if hasattr(inv.name, "exact") else str(getattr(inv, "name", "")), inv.role))
    return out


_EN = """Andean Labour Forum
Home / Groups / Seasonal Work

Seasonal Work Group

Activities

Seminar on Harvest Workers
Date
9 May 2019
Venue
Quito, Ecuador
Organizers
Ministry of Labour of Ecuador
Moderation (whole seminar)
Andean Community General Secretariat
Speakers (second panel)
International Labour Organization (ILO)
Participating countries
Bolivia, Colombia, Peru

Forum on Recruitment Fees
Date
3 June 2021
Venue
Lima, Peru
Organizers
Ministry of Labour of Peru
"""

_ES = """Foro Andino del Trabajo
Inicio / Grupos / Trabajo temporal

Grupo de Trabajo Temporal

Actividades

Seminario sobre Trabajadores de Cosecha
Fecha\t9 de mayo de 2019
Sede\tQuito, Ecuador
Organiza\tMinisterio del Trabajo de Ecuador
Moderación de la mesa 3\tOrganización Internacional del Trabajo (OIT)
Moderación de la jornada\tSecretaría General de la Comunidad Andina
Participan\tBolivia, Colombia y Perú

Foro sobre Costos de Reclutamiento
Fecha\t3 de junio de 2021
Sede\tLima, Perú
Organiza\tMinisterio de Trabajo y Promoción del Empleo del Perú
"""


def test_qualified_labels_classify():
    assert labels.classify("Moderation (whole seminar)") == ("role", "coordinator")
    assert labels.classify("Moderator (all sessions)") == ("role", "coordinator")
    assert labels.classify("Moderación de la jornada") == ("role", "coordinator")
    assert labels.classify("Moderación de la reunión") == ("role", "coordinator")
    assert labels.classify("Moderación de la mesa 3") == ("role", "participant")
    assert labels.classify("Moderation of panel 2") == ("role", "participant")
    assert labels.classify("Speakers (second panel)") == ("role", "participant")
    assert labels.classify("Ponentes de la sesión 1") == ("role", "participant")
    assert labels.classify("Harvest (second panel)") is None
    assert labels.classify("Hosts of the Conference Centre") is None


def test_qualified_label_alone_en():
    assert labels.find("Moderation (whole seminar)").role == "coordinator"
    assert labels.find("Moderator (all sessions): Forum Secretariat").value_start is not None


def _check(text, lang, titles):
    evs = _events(text, lang)
    assert [e.titles[0].text for e in evs] == titles
    return evs


def test_qualified_labels_keep_the_event_en():
    evs = _check(_EN, "en", ["Seminar on Harvest Workers", "Forum on Recruitment Fees"])


    assert evs[0].dates is not None and evs[1].dates is not None


def test_qualified_labels_keep_the_event_es():
    evs = _check(_ES, "es", ["Seminario sobre Trabajadores de Cosecha", "Foro sobre Costos de Reclutamiento"])
    assert evs[0].dates is not None and evs[1].dates is not None


_DOTS_EN = """Andean Labour Forum
Home / Groups / Seasonal Work

Activities

Seminar on Harvest Workers
Date
9 May 2019
Venue
Quito, Ecuador
Invited countries
Bolivia · Colombia · Peru

Forum on Recruitment Fees
Date
3 June 2021
Venue
Lima, Peru

Andean Labour Forum · Quito, Ecuador · forum@example.org
"""

_DOTS_ES = """Foro Andino del Trabajo
Inicio / Grupos / Trabajo temporal

Actividades

Seminario sobre Trabajadores de Cosecha
Fecha
9 de mayo de 2019
Sede
Quito, Ecuador
Países participantes
Bolivia · Colombia · Perú

Foro sobre Costos de Reclutamiento
Fecha
3 de junio de 2021
Sede
Lima, Perú

Foro Andino del Trabajo · Quito, Ecuador · foro@example.org
"""


def _body_has(ev, word):
    return any(word in x for x in (getattr(ev, "body_text", None) or [ev.text if hasattr(ev, "text") else ""]))


def test_dotted_list_under_a_role_label_is_its_value():
    for text, lang in ((_DOTS_EN, "en"), (_DOTS_ES, "es")):
        page = Page(path="t.txt", url="https://example.org/groups/x", text=text, lang=lang, layout="fields")
        res = parse_page(page)
        assert [e.titles[0].text for e in res.events][1].startswith(("Forum", "Foro"))
        assert not any("footer" in s and "line 12" in s for s in res.skipped), res.skipped


_TAB_EN = """Andean Labour Forum
Home / Groups / Seasonal Work

Activities

Seminar on Harvest Workers
Date\t9 May 2019
Venue\tQuito, Ecuador
Organizers\tMinistry of Labour of Ecuador
\tInternational Labour Organization (ILO)
Funding\tEuropean Union

Forum on Recruitment Fees
Date\t3 June 2021
Venue\tLima, Peru
Organizers\tMinistry of Labour of Peru
"""

_TAB_ES = """Foro Andino del Trabajo
Inicio / Grupos / Trabajo temporal

Actividades

Seminario sobre Trabajadores de Cosecha
Fecha\t9 de mayo de 2019
Sede\tQuito, Ecuador
Organizan\tMinisterio del Trabajo de Ecuador
\tOrganización Internacional para las Migraciones (OIM)
Financia\tUnión Europea

Foro sobre Costos de Reclutamiento
Fecha\t3 de junio de 2021
Sede\tLima, Perú
Organiza\tMinisterio de Trabajo y Promoción del Empleo del Perú
"""


def test_tab_table_value_run_on_keeps_its_role(tools):
    assert ("ilo", "organizer") in _all_roles(tools, _TAB_EN, "en")
    assert ("iom", "organizer") in _all_roles(tools, _TAB_ES, "es")


def test_moderation_roles_end_to_end(tools):
    got = _all_roles(tools, _ES, "es")
    assert ("ilo", "participant") in got, got
    assert any(r == "coordinator" for a, r in got), got
