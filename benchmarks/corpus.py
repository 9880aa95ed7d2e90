"""A deterministic, realistic synthetic corpus of source pages.

`generate(n_events, out_dir, seed=0)` writes page files and a `sources.yaml`
(the format of `data/sources/sources.yaml`) holding exactly `n_events` events
spread over the four real layouts and news articles, in English and Spanish:

- listing pages (10–50 events; "Skip to main content", titles printed twice,
  once, bilingual or with a short sub-title; description paragraphs with
  capitalised and colon headings, "•" bullets, non-breaking-space lines; the
  place on its own line or at the end of the title line; the footer credit);
- single-event pages (title, sub-title, "About the event:", objectives, a date
  line, city, venue, labelled fields, a coordinator's name and e-mail, links);
- field-labelled listings ("Ciudad" / "Lugar" / "Fecha" / "Acerca del evento" /
  "Institución Coordinadora" / "Email", Spanish labels on English pages too);
- country pages (titles followed by General / Specific objectives, no places);
- news articles and press releases (a small share: one conference of a process each,
  named in the prose by its edition; a dateline, a publication line or a
  ``published:`` date in sources.yaml; the meeting's days often without the year;
  "in City, Country"; organizers, observers and the presidency pro tempore in
  sentences; sometimes a numbered forum of another body, which is no event).

The same seed and size always give the same bytes. Institutions and themes come
from the reference data (see `benchmarks.vocabulary`), so extraction finds
real mentions, roles and themes on every page; one partner list in five also names an
institution that no reference file lists (`Vocabulary.unlisted`: invented organizations
and national ministries), which the build must keep as an uncurated institution.

Run `python -m benchmarks.corpus N OUT_DIR [--seed S]` to write one.
"""

from __future__ import annotations

import json
import random
import re
import shutil
import sys
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from benchmarks.vocabulary import City, Institution, Vocabulary, load_vocabulary

NBSP = "\u00a0"
LAYOUTS = ("listing", "event", "fields", "country", "news")
# Share of events per layout (listing pages carry most events, as on the real sites), and the
# mean number of events per page of each layout: pages are drawn with weight share / mean.
EVENT_SHARE = {"listing": 0.54, "event": 0.10, "fields": 0.20, "country": 0.14, "news": 0.02}
EVENTS_PER_PAGE = {"listing": (10, 50), "event": (1, 1), "fields": (5, 20), "country": (5, 15), "news": (1, 1)}
# Editions the news articles report: their own numbers (above the other layouts' 1–40), so that
# an article's conference is never another page's event; when they run out, no more articles.
NEWS_EDITIONS = (41, 100)
OTHER_FORUMS = [("Global Forum on Migration and Development", "Foro Global sobre Migración y Desarrollo"),
                ("Ibero-American Summit", "Cumbre Iberoamericana")]
LAYOUT_WEIGHTS = {k: EVENT_SHARE[k] * 2 / sum(EVENTS_PER_PAGE[k]) for k in LAYOUTS}
UNLISTED_SHARE = 0.2  # partner lists that name one institution no reference file lists
SKIP_LINE = {"en": "Skip to main content", "es": "Pasar al contenido principal"}
FOOTER = "Design by the web team"
MANIFEST = ".corpus.json"

ROMAN = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"),
         (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
ORD_EN = ["First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth", "Tenth"]
ORD_ES = ["Primera", "Segunda", "Tercera", "Cuarta", "Quinta", "Sexta", "Séptima", "Octava", "Novena", "Décima"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
MONTHS_ES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
             "octubre", "noviembre", "diciembre"]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

# Kinds as titles print them: (en, es, noun gender for Spanish articles)
KINDS = [
    ("Workshop", "Taller", "m"), ("Regional Workshop", "Taller Regional", "m"),
    ("Training Workshop", "Taller de Capacitación", "m"), ("Meeting", "Reunión", "f"),
    ("Seminar", "Seminario", "m"), ("Forum", "Foro", "m"), ("Webinar", "Seminario web", "m"),
    ("Congress", "Congreso", "m"), ("Virtual Meeting", "Reunión Virtual", "f"),
    ("Conference", "Conferencia", "f"), ("Regional Training", "Capacitación Regional", "f"),
    ("Virtual Workshop", "Taller Virtual", "m"), ("Validation Workshop", "Taller de Validación", "m"),
]
QUALIFIERS_EN = ["", "", "", "Technical ", "Bi-regional ", "Subregional ", "National ", "Follow-up "]
QUALIFIERS_ES = ["", "", "", "técnico ", "birregional ", "subregional ", "nacional ", "de seguimiento "]
AUDIENCES = [
    ("", ""), ("for consular officials", "para funcionarios consulares"),
    ("for migration authorities", "para autoridades migratorias"),
    ("for border officials", "para funcionarios de fronteras"),
    ("for child protection officers", "para oficiales de protección de la niñez"),
    ("for labour inspectors", "para inspectores de trabajo"),
    ("for civil society organizations", "para organizaciones de la sociedad civil"),
    ("for the Liaison Officers", "para los Funcionarios de Enlace"),
    ("in Central America", "en Centroamérica"), ("in South America", "en Suramérica"),
    ("in the Caribbean", "en el Caribe"), ("in the region", "en la región"),
]
FRAMES_EN = ["{kind} on {topic}", "{kind} on {topic} {aud}", "{kind}: Regional {doc} on {topic}",
             "{kind} on {topic} and {topic2}",
             "{kind} for the exchange of good practices on {topic}", "{kind} to strengthen capacities on {topic}"]
FRAMES_ES = ["{kind} sobre {topic}", "{kind} sobre {topic} {aud}", "{kind}: {doc_es} sobre {topic}",
             "{kind} sobre {topic} y {topic2}",
             "{kind} de intercambio de buenas prácticas sobre {topic}",
             "{kind} para el fortalecimiento de capacidades en {topic}"]
DOCUMENTS = [("Document", "Documento regional"), ("Guidelines", "Lineamientos regionales"),
             ("Protocol", "Protocolo regional"), ("Action Plan", "Plan de Acción regional"),
             ("Strategy", "Estrategia regional")]
VENUES = ["Hotel Barceló", "Hotel Crowne Plaza", "Hotel Sheraton", "Hotel Real InterContinental",
          "Ministry of Foreign Affairs", "Ministerio de Relaciones Exteriores", "Centro de Convenciones",
          "Hotel Radisson", "Casa Presidencial", "Hotel Holiday Inn", "Sede de la OIM", "Hotel Marriott"]
FIRST = ["María", "José", "Ana", "Luis", "Carmen", "Jorge", "Lucía", "Pedro", "Sofía", "Andrés", "Elena", "Diego"]
LAST = ["González", "Rodríguez", "Pérez", "Hernández", "Ramírez", "Castro", "Vargas", "Rojas", "Mora", "Jiménez"]
DOMAINS = ["iom.int", "crmsv.org", "rree.go.cr", "sre.gob.mx", "cancilleria.gob.gt", "csmigraciones.org"]
SITES = {"rcm": ("crmsv.org", "rcmvs.org"), "sacm": ("csmigraciones.org",)}


def roman(n: int) -> str:
    out = []
    for value, letters in ROMAN:
        while n >= value:
            out.append(letters)
            n -= value
    return "".join(out)


def ordinal_en(n: int) -> str:
    if n <= len(ORD_EN) and n >= 1:
        return ORD_EN[n - 1]
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def join_names(names: list[str], lang: str) -> str:
    if len(names) == 1:
        return names[0]
    conj = " y " if lang == "es" else " and "
    return ", ".join(names[:-1]) + conj + names[-1]


@dataclass
class Event:
    """One generated event, before it is printed in a layout."""

    lang: str
    title: str
    title_other: str | None  # the other language's title (bilingual titles)
    subtitle: str | None
    city: City | None
    online: bool
    start: date
    end: date
    process: Institution
    paragraphs: list[str] = field(default_factory=list)  # description: paragraphs, headings, bullets
    general: str = ""
    specific: list[str] = field(default_factory=list)
    coordinating: list[str] = field(default_factory=list)


class _Generator:
    def __init__(self, vocab: Vocabulary, rng: random.Random) -> None:
        self.v = vocab
        self.rng = rng
        self.used_titles: set[tuple[str, str]] = set()
        by_id = {i.id: i for i in vocab.institutions}
        self.rcm = by_id.get("rcm") or vocab.institutions[0]
        self.sacm = by_id.get("sacm") or vocab.institutions[-1]
        self.partners = [i for i in vocab.institutions if i.id not in {self.rcm.id, self.sacm.id}
                         and i.type not in ("ConsultativeProcess", "MinisterialMeetingBody")] or list(vocab.institutions)
        self.editions: dict[str, list[int]] = {}  # series → editions still unused, in random order
        self.page_counter: dict[str, int] = {}

    # --- words --------------------------------------------------------------------------

    def pick(self, seq):
        return seq[self.rng.randrange(len(seq))]

    def theme_word(self, lang: str) -> str:
        return self.pick(self.pick(self.v.themes).words(lang))

    def inst_name(self, inst: Institution, lang: str, *, article: bool = True) -> str:
        """The institution as a sentence names it: acronym, name, or "name (ACRONYM)"."""
        acr = inst.acronym(lang)
        roll = self.rng.random()
        if acr and roll < 0.4:
            return acr
        name = inst.name(lang)
        if acr and roll < 0.6:
            name = f"{name} ({acr})"
        if article and lang == "en" and not name.lower().startswith("the "):
            name = f"the {name}"
        return name

    def partner_names(self, lang: str, k: int, *, article: bool = True) -> list[str]:
        chosen = self.rng.sample(self.partners, min(k, len(self.partners)))
        if self.v.unlisted and self.rng.random() < UNLISTED_SHARE:  # one the reference data does not list
            chosen[self.rng.randrange(len(chosen))] = self.pick(self.v.unlisted)
        return [self.inst_name(i, lang, article=article) for i in chosen]

    def next_edition(self, series: str, limit: int) -> int | None:
        pool = self.editions.get(series)
        if pool is None:
            pool = list(range(1, limit + 1))
            self.rng.shuffle(pool)
            self.editions[series] = pool
        return pool.pop() if pool else None

    def place_text(self, ev: Event, layout: str) -> str:
        if ev.online:
            return self.pick(["Virtual session", "Virtual"]) if ev.lang == "en" else self.pick(["Sesión virtual", "En línea"])
        if ev.city is None:
            return "-"
        c = ev.city
        roll = self.rng.random()
        if roll < 0.08:
            return (c.es if ev.lang == "es" else c.en).upper()
        if roll < 0.18:
            return f"{c.es if ev.lang == 'es' else c.en}, {c.country_es if ev.lang == 'es' else c.country_en}"
        if roll < 0.25 and c.variants:
            return self.pick(c.variants)
        if roll < 0.32:
            return c.es if ev.lang == "en" else c.en  # the other language's name, as the seed page does
        return c.es if ev.lang == "es" else c.en

    # --- titles -------------------------------------------------------------------------

    def numbered_title(self, lang: str, process: Institution) -> tuple[str, str | None] | None:
        """A numbered edition ("XXII RCM", "IV Meeting of the …"): (title in lang, title in the other)."""
        roll = self.rng.random()
        if roll < 0.3:
            key = "rcm-conference" if process is self.rcm else "sacm-conference"
            n = self.next_edition(key, 40)
            if n is None:
                return None
            acr_en = process.acronym("en") or "RCM"
            acr_es = process.acronym("es") or acr_en
            if process is self.sacm:
                en = f"{roman(n)} South American Conference on Migration"
                es = f"{roman(n)} Conferencia Suramericana sobre Migraciones"
            elif self.rng.random() < 0.2:
                en, es = f"{ordinal_en(n)} {acr_en}", f"{roman(n)} {acr_es}"
            else:
                en, es = f"{roman(n)} {acr_en}", f"{roman(n)} {acr_es}"
            return (es, en) if lang == "es" else (en, es)
        if roll < 0.36:
            n = self.next_edition("rcm-sacm-plenary", 8)
            if n is None:
                return None
            en = f"{roman(n)} Plenary Meeting of the RCM and the SACM"
            es = f"{roman(n)} Reunión Plenaria de la CRM y la CSM"
            return (es, en) if lang == "es" else (en, es)
        # Spanish titles only name bodies whose Spanish name the reference data gives.
        bilingual = [b for b in self.v.bodies if b.name_es != b.name_en]
        body = self.pick(bilingual if lang == "es" and bilingual else self.v.bodies)
        n = self.next_edition(body.id, 30)
        if n is None:
            return None
        if n <= 10 and self.rng.random() < 0.5:
            en = f"{ordinal_en(n)} Meeting of the {body.name('en')}"
            es = f"{ORD_ES[n - 1]} Reunión {_de(body.name('es'))}"
        else:
            en = f"{roman(n)} Meeting of the {body.name('en')}"
            es = f"{roman(n)} Reunión {_de(body.name('es'))}"
        if body.name_es == body.name_en:
            return en, None
        return (es, en) if lang == "es" else (en, es)

    def topical_title(self, lang: str) -> tuple[str, str]:
        kind_en, kind_es, gender = self.pick(KINDS)
        t, t2 = self.rng.sample(self.v.themes, 2)
        aud_en, aud_es = self.pick(AUDIENCES)
        i = self.rng.randrange(len(FRAMES_EN))
        q = self.rng.randrange(len(QUALIFIERS_EN)) if " " not in kind_en else 0
        doc_en, doc_es = self.pick(DOCUMENTS)
        en = FRAMES_EN[i].format(kind=QUALIFIERS_EN[q] + kind_en, topic=self.pick(t.words("en")),
                                 topic2=self.pick(t2.words("en")), aud=aud_en, doc=doc_en).strip()
        qual_es = QUALIFIERS_ES[q].strip()
        if gender == "f" and qual_es == "técnico":
            qual_es = "técnica"
        es = FRAMES_ES[i].format(kind=kind_es + (" " + qual_es if qual_es else ""),
                                 topic=self.pick(t.words("es")), topic2=self.pick(t2.words("es")), aud=aud_es,
                                 doc_es=doc_es).strip()
        en = en[0].upper() + en[1:]
        return (es, en) if lang == "es" else (en, es)

    def event(self, lang: str, process: Institution, layout: str, *, allow_online: bool = True,
              country_city: City | None = None) -> Event:
        for _ in range(200):
            titles = None
            if self.rng.random() < 0.05:
                titles = self.numbered_title(lang, process)
            if titles is None:
                titles = self.topical_title(lang)
            online = allow_online and self.rng.random() < 0.07
            city = country_city or (None if online or self.rng.random() < 0.01 else self.pick(self.v.cities))
            where = f"country:{city.iso2}" if country_city else "online" if online else (city.en if city else "-")
            # rcpkg identifies an event by its title (the English one when a page prints both)
            # and its place: two different events must differ in both languages' titles.
            keys = {(t.casefold(), where) for t in titles if t}
            if not keys & self.used_titles:
                break
        self.used_titles |= keys
        start = date(2005, 1, 1) + timedelta(days=self.rng.randrange(20 * 365))
        end = start + timedelta(days=self.rng.choice([0, 1, 1, 2, 2, 3]))
        subtitle = None
        if self.rng.random() < 0.08:
            subtitle = self.theme_word(lang)
            subtitle = subtitle[0].upper() + subtitle[1:]
        ev = Event(lang, titles[0], titles[1] if titles[1] and self.rng.random() < 0.08 else None, subtitle, city, online,
                   start, end, process)
        self.describe(ev, layout)
        return ev

    # --- descriptions -------------------------------------------------------------------

    def role_sentence(self, ev: Event, layout: str) -> str:
        lang, r = ev.lang, self.rng.randrange(8)
        if layout == "fields" and r == 3:  # the field label itself would start a field there
            r = 0
        proc_name = ev.process.name(lang)
        names = self.partner_names(lang, self.rng.randint(1, 3))
        country = ev.city or self.pick(self.v.cities)
        if lang == "en":
            return [
                f"The activity is convened by the Presidency Pro-Tempore of the {proc_name}, with the support of {join_names(names, lang)}.",
                f"Convening this meeting will be conducted by the Presidency Pro-Tempore of the {proc_name}, with the support of its Technical Secretariat.",
                f"This workshop was designed jointly and thanks to the collaboration of {join_names(names, lang)}.",
                f"The meeting is hosted by the Government of {country.country_en} and supported by {names[0]}.",
                f"The participation costs (flights and accommodation) are covered by {join_names(names, lang)}.",
                f"The event is organized by {names[0]} in collaboration with the {proc_name}.",
                f"Comments: the workshop is convened by the PPT and supported by {names[0]}.",
                f"Representatives of {join_names(names, lang)} will participate as observers.",
            ][r]
        return [
            f"La actividad es convocada por la Presidencia Pro Tempore de la {proc_name}, con el apoyo de {join_names(names, lang)}.",
            f"La reunión es organizada por {names[0]} en colaboración con la Secretaría Técnica de la {proc_name}.",
            f"El taller es auspiciado por el Gobierno de {country.country_es} y financiado por {names[0]}.",
            f"Institución Coordinadora: {join_names(names, lang)}.",
            f"Con el apoyo de {join_names(names, lang)}, la Presidencia Pro Tempore convoca a los países miembros.",
            f"Los costos de participación son cubiertos por {join_names(names, lang)}.",
            f"Comentarios: el taller es convocado por la PPT y cuenta con el apoyo de {names[0]}.",
            f"Participarán representantes de {join_names(names, lang)} en calidad de observadores.",
        ][r]

    def objective(self, lang: str) -> str:
        w = self.theme_word(lang)
        if lang == "en":
            return self.pick([
                f"To exchange experiences and good practices on {w} among the Member Countries.",
                f"To strengthen regional coordination and follow-up on actions and policies on {w}.",
                f"To identify points of coordination between migration entities on {w}.",
                f"To contribute to the improvement of the defense, promotion and protection of the rights of migrants in matters of {w}.",
                f"To define a common regional position on {w}, with a comprehensive approach.",
            ])
        return self.pick([
            f"Intercambiar experiencias y buenas prácticas sobre {w} entre los Países Miembros.",
            f"Fortalecer la coordinación regional y el seguimiento de acciones y políticas en materia de {w}.",
            f"Identificar puntos de coordinación entre las instituciones migratorias sobre {w}.",
            f"Contribuir a la defensa, promoción y protección de los derechos de las personas migrantes en materia de {w}.",
            f"Definir una posición regional común sobre {w}, con un enfoque integral.",
        ])

    def date_sentence(self, ev: Event) -> str:
        if ev.lang == "en":
            return (f"The meeting will take place on {MONTHS_EN[ev.start.month - 1]} {ev.start.day}"
                    f"{'' if ev.end == ev.start else '-' + str(ev.end.day)}, {ev.start.year}.")
        return f"La reunión se realizará el {ev.start.day} de {MONTHS_ES[ev.start.month - 1]} de {ev.start.year}."

    def describe(self, ev: Event, layout: str) -> None:
        lang = ev.lang
        ev.general = self.objective(lang)
        ev.specific = [self.objective(lang) for _ in range(self.rng.randint(2, 5))]
        ev.coordinating = self.partner_names(lang, self.rng.randint(1, 3), article=False)
        style = self.rng.randrange(5)
        p: list[str] = []
        if style == 0:
            p += ["OBJECTIVES OF THE ACTIVITY" if lang == "en" else "OBJETIVOS DE LA ACTIVIDAD",
                  ev.general, ev.specific[0], NBSP,
                  "GENERALITIES OF THE MEETING" if lang == "en" else "GENERALIDADES DE LA REUNIÓN",
                  self.role_sentence(ev, layout),
                  "PARTICIPANTS PROFILE" if lang == "en" else "PERFIL DE LOS PARTICIPANTES",
                  ("The participation of high level representatives of the Member Countries is expected."
                   if lang == "en" else "Se espera la participación de representantes de alto nivel de los Países Miembros.")]
        elif style == 1:
            p += ["GENERAL OBJECTIVE" if lang == "en" else "OBJETIVO GENERAL", ev.general,
                  "SPECIFIC OBJECTIVES" if lang == "en" else "OBJETIVOS ESPECÍFICOS",
                  "\n".join(f"  • {s}" for s in ev.specific)]
            if self.rng.random() < 0.5:
                p.append(self.role_sentence(ev, layout))
        elif style == 2:
            p += [("Participants' Profile: one officer of the Ministry for each country of the region."
                   if lang == "en" else "Perfil de los participantes: un funcionario del Ministerio por cada país de la región."),
                  self.role_sentence(ev, layout)]
            if self.rng.random() < 0.3:
                p.append(self.date_sentence(ev))
        else:
            p += [f"{ev.general} {self.role_sentence(ev, layout)}"]
            if self.rng.random() < 0.5:
                p.append(self.objective(lang))
        ev.paragraphs = p

    # --- layouts ------------------------------------------------------------------------

    def title_line(self, ev: Event, *, layout: str) -> str:
        t = ev.title
        if ev.title_other:
            first, second = (t, ev.title_other) if self.rng.random() < 0.7 else (ev.title_other, t)
            return f"{first} / {second}" if self.rng.random() < 0.6 else f"{first} {second}"
        if layout != "listing":
            return t
        roll = self.rng.random()
        if ev.subtitle and roll < 0.5:
            return f"{t} {ev.subtitle}"
        return t if roll < 0.2 else f"{t} {t}"

    def listing(self, events: list[Event], lang: str) -> str:
        out = [SKIP_LINE[lang]]
        for ev in events:
            place = self.place_text(ev, "listing")
            if self.rng.random() < 0.35:  # no description: the place closes the title line
                out.append(f"{self.title_line(ev, layout='listing')} {place}")
                continue
            out.append(self.title_line(ev, layout="listing"))
            out.append("")
            for para in ev.paragraphs:
                out.append(para)
                out.append("")
            out.append(place)
        out.append("")
        out.append(FOOTER)
        return "\n".join(out)

    def date_line(self, ev: Event) -> str:
        s, e = ev.start, ev.end
        if ev.lang == "en":
            one = f"{DAYS_EN[s.weekday()]}, {MONTHS_EN[s.month - 1]} {s.day}, {s.year}"
            if s == e:
                return one
            return f"{one} to {DAYS_EN[e.weekday()]}, {MONTHS_EN[e.month - 1]} {e.day}, {e.year}"
        if s == e:
            return f"{s.day} de {MONTHS_ES[s.month - 1]} de {s.year}"
        if s.month != e.month:
            return f"Del {s.day} de {MONTHS_ES[s.month - 1]} al {e.day} de {MONTHS_ES[e.month - 1]} de {e.year}"
        if (e - s).days == 1:
            return f"{s.day} y {e.day} de {MONTHS_ES[s.month - 1]} de {s.year}"
        return f"{s.day} al {e.day} de {MONTHS_ES[s.month - 1]} de {s.year}"

    def person(self) -> tuple[str, str]:
        first, last = self.pick(FIRST), self.pick(LAST)
        mail = f"{first[0].lower()}{last.lower()}@{self.pick(DOMAINS)}"
        mail = mail.translate(str.maketrans("áéíóúñ", "aeioun"))
        return f"{first} {last}", mail

    def event_page(self, ev: Event, site: str) -> str:
        en = ev.lang == "en"
        out = [self.title_line(ev, layout="event")]
        if ev.subtitle:
            out.append(ev.subtitle)
        out += ["", "About the event:" if en else "Acerca del evento:", ""]
        for para in ev.paragraphs:
            out += [para, ""]
        out += [self.date_line(ev), "", self.place_text(ev, "event")]
        if ev.city and not ev.online:
            out.append(f"{self.pick(VENUES)}")
        out.append("")
        out.append(("Coordinating institution: " if en else "Institución Coordinadora: ") + join_names(ev.coordinating, ev.lang))
        name, mail = self.person()
        out.append(("Coordinator of the event: " if en else "Coordinador del evento: ") + name)
        out.append(("Email: " if en else "Correo electrónico: ") + mail)
        out.append("")
        out.append("Documents:" if en else "Documentos:")
        for k in range(self.rng.randint(0, 3)):
            out.append(f"https://{site}/sites/default/files/documents/{ev.start.year}-{self.rng.randrange(10**6):06d}-{k}.pdf")
        return "\n".join(out) + "\n"

    def fields(self, events: list[Event], lang: str, spanish_labels: bool) -> str:
        labels = (("Ciudad", "Lugar", "Fecha", "Acerca del evento", "Institución Coordinadora", "Email")
                  if spanish_labels else ("City", "Venue", "Date", "About the event", "Coordinating institution", "Email"))
        out = [SKIP_LINE[lang]]
        for ev in events:
            out.append(self.title_line(ev, layout="fields"))
            out += [labels[0], self.place_text(ev, "fields")]
            out += [labels[1], self.pick(VENUES) if ev.city and not ev.online else ""]
            roll = self.rng.random()
            when = "" if roll < 0.2 else ev.start.isoformat() if roll < 0.3 else self.date_line(ev)
            out += [labels[2], when, labels[3]]
            out += [para for para in ev.paragraphs if para != NBSP]
            out += [labels[4], join_names(ev.coordinating, lang)]
            out += [labels[5], self.person()[1], ""]
        out.append(FOOTER)
        return "\n".join(out) + "\n"

    def country(self, events: list[Event], lang: str) -> str:
        out = [SKIP_LINE[lang]]
        for ev in events:
            out += [self.title_line(ev, layout="country"), ""]
            if lang == "en":
                out += ["General Objective", ev.general, "", "Specific objectives"]
            else:
                out += ["Objetivo General", ev.general, "", "Objetivos Específicos"]
            out += [f"  • {s}" for s in ev.specific]
            out.append("")
        out.append(FOOTER)
        return "\n".join(out) + "\n"

    # --- news articles ------------------------------------------------------------------

    def news_event(self, lang: str, process: Institution) -> Event | None:
        """A conference of `process` that an article reports, or None when its editions ran out."""
        key = "news-rcm" if process is self.rcm else "news-sacm"
        pool = self.editions.get(key)
        if pool is None:
            pool = list(range(*NEWS_EDITIONS))
            self.rng.shuffle(pool)
            self.editions[key] = pool
        if not pool:
            return None
        n = pool.pop()
        if process is self.sacm:
            en = self.pick([f"{roman(n)} South American Conference on Migration",
                            f"{ordinal_en(n)} South American Conference on Migration"])
            es = f"{roman(n)} Conferencia Suramericana sobre Migraciones"
        else:
            en = self.pick([f"{ordinal_en(n)} Vice-Ministerial Meeting of the Regional Conference on Migration",
                            f"{roman(n)} Regional Conference on Migration"])
            es = self.pick([f"{roman(n)} Reunión Viceministerial de la Conferencia Regional sobre Migración",
                            f"{roman(n)} Conferencia Regional sobre Migración"])
        city = self.pick(self.v.cities)
        start = date(2005, 1, 1) + timedelta(days=self.rng.randrange(20 * 365))
        end = start + timedelta(days=self.rng.choice([0, 1, 1, 2]))
        ev = Event(lang, es if lang == "es" else en, None, None, city, False, start, end, process)
        self.used_titles |= {(ev.title.casefold(), city.en)}
        return ev

    def news_days(self, ev: Event, with_year: bool) -> str:
        s, e = ev.start, ev.end
        if ev.lang == "en":
            month = MONTHS_EN[s.month - 1]
            days = f"{s.day}" if s == e else f"{s.day} and {e.day}" if (e - s).days == 1 else f"{s.day} to {e.day}"
            if e.month != s.month:
                days = f"{s.day} {month} to {e.day} {MONTHS_EN[e.month - 1]}"
                return f"from {days}{' ' + str(e.year) if with_year else ''}"
            phrase = f"on {days} {month}" if self.rng.random() < 0.5 else f"on {month} {days.replace(' to ', '-')}"
            return phrase + (f" {s.year}" if with_year and phrase[3].isdigit() else f", {s.year}" if with_year else "")
        month = MONTHS_ES[s.month - 1]
        if e.month != s.month:
            phrase = f"del {s.day} de {month} al {e.day} de {MONTHS_ES[e.month - 1]}"
        elif s == e:
            phrase = f"el {s.day} de {month}"
        elif (e - s).days == 1:
            phrase = f"los días {s.day} y {e.day} de {month}"
        else:
            phrase = f"del {s.day} al {e.day} de {month}"
        return phrase + (f" de {e.year}" if with_year else "")

    def news(self, ev: Event) -> tuple[str, str | None]:
        """An article reporting `ev`, and the ``published:`` date for sources.yaml (or None)."""
        lang, c = ev.lang, ev.city
        en = lang == "en"
        city, country = (c.en, c.country_en) if en else (c.es, c.country_es)
        written = ev.end + timedelta(days=self.rng.choice([-20, -7, -2, 1, 1, 2, 3]))
        if written.year != ev.start.year or ev.end.year != ev.start.year:
            written = ev.end  # a year from the article's date is the meeting's year
        style = self.rng.randrange(4)
        month = MONTHS_EN if en else MONTHS_ES
        out: list[str] = []
        published = None
        if style == 0:
            out.append("Press release" if en else "Comunicado de prensa")
        headline = (f"{ev.process.name(lang)}: delegations meet in {city}" if en
                    else f"{ev.process.name(lang)}: las delegaciones se reúnen en {city}")
        out.append(headline)
        lead = ""
        if style in (0, 1):  # a dateline that prints the year
            when = (f"{month[written.month - 1]} {written.day}, {written.year}" if en
                    else f"{written.day} de {month[written.month - 1]} de {written.year}")
            lead = f"{self.pick(self.v.cities).en if en else self.pick(self.v.cities).es}, {when} — "
        elif style == 2:
            out.append(f"Published {written.day} {month[written.month - 1]} {written.year}" if en
                       else f"Publicado el {written.day} de {month[written.month - 1]} de {written.year}")
        else:
            out.append("News" if en else "Noticias")
            published = written.isoformat()
        yearless = self.rng.random() < 0.7
        days = self.news_days(ev, not yearless)
        held = self.pick(["was held", "took place"] if ev.end <= written else ["will be held", "will take place"]) \
            if en else self.pick(["se realizó", "se llevó a cabo"] if ev.end <= written else
                                 ["se realizará", "se llevará a cabo"])
        art = "The" if en else "La"
        first = (f"{lead}{art} {ev.title} {held} {days} in {city}, {country}, "
                 f"with the delegations of the member countries of the {ev.process.name(lang)}." if en else
                 f"{lead}{art} {ev.title} {held} {days} en {city}, {country}, "
                 f"con las delegaciones de los países miembros de la {ev.process.name(lang)}.")
        first += " " + self.role_sentence(ev, "news")
        out.append(first)
        observers = join_names(self.partner_names(lang, self.rng.randint(1, 2)), lang)
        observers = observers[0].upper() + observers[1:]
        out.append(f"{observers} attended as observers, and the delegations discussed {self.theme_word(lang)}."
                   if en else f"Participaron como observadores {observers}, y las delegaciones abordaron "
                              f"{self.theme_word(lang)}.")
        if self.rng.random() < 0.3:
            n = self.rng.randint(5, 15)
            forum_en, forum_es = self.pick(OTHER_FORUMS)
            out.append(f"The conclusions will be presented at the {roman(n)} {forum_en}." if en
                       else f"Las conclusiones se presentarán en el {roman(n)} {forum_es}.")
        return "\n".join(out) + "\n", published


_FEMININE = {"red", "conferencia", "secretaría", "coalición", "comisión", "plataforma", "mesa", "oficina"}


def _de(name: str) -> str:
    """Spanish "of the" before a body's name: "del Grupo …", "de la Red …"."""
    first = name.split()[0].casefold() if name.split() else ""
    return f"de la {name}" if first in _FEMININE or first.endswith("ión") else f"del {name}"


def _slug(text: str) -> str:
    import unicodedata

    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", plain).strip("-")[:60].strip("-")


def _yaml_str(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def generate(n_events: int, out_dir: Path | str, seed: int = 0, *, reference_dir: Path | None = None) -> Path:
    """Write a corpus of exactly `n_events` events into `out_dir` (emptied first); return `out_dir`.

    Deterministic: the same `n_events`, `seed` and reference data give identical bytes.
    """
    if n_events < 1:
        raise ValueError(f"n_events must be at least 1, got {n_events}")
    out = Path(out_dir)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    rng = random.Random(seed)
    g = _Generator(load_vocabulary(reference_dir), rng)
    entries: list[str] = []
    remaining = n_events
    counters = {layout: 0 for layout in LAYOUTS}

    manifest: list[dict] = []

    def emit(file_name: str, url: str, lang: str, layout: str, text: str, events: int,
             country: str | None = None, published: str | None = None, reported: dict | None = None) -> None:
        (out / file_name).write_text(text, encoding="utf-8")
        manifest.append({"file": file_name, "layout": layout, "lang": lang, "events": events,
                         **({"reported": reported} if reported else {})})
        entry = f"  - file: {file_name}\n    url: {url}\n    lang: {lang}\n"
        if rng.random() < 0.85:  # the rest are detected by the parser, as for undeclared real pages
            entry += f"    layout: {layout}\n"
        if country:
            entry += f"    country: {country}\n"
        if published:
            entry += f"    published: {published}\n"
        entries.append(entry)

    layouts, weights = list(LAYOUT_WEIGHTS), list(LAYOUT_WEIGHTS.values())
    first = rng.sample(layouts, len(layouts))  # every layout once, then drawn by weight
    while remaining > 0:
        layout = first.pop() if first else rng.choices(layouts, weights)[0]
        lang = "es" if rng.random() < 0.4 else "en"
        process = g.sacm if rng.random() < 0.25 else g.rcm
        site = g.pick(SITES["sacm" if process is g.sacm else "rcm"])
        news_ev = g.news_event(lang, process) if layout == "news" else None
        if layout == "news" and news_ev is None:
            layout = "event"  # the news editions ran out: a single-event page instead
        counters[layout] += 1
        k = counters[layout]
        if layout == "news":
            n = 1
            text, published = g.news(news_ev)
            slug = f"{_slug(news_ev.title)}-{k}"
            path = f"en/news/{slug}" if lang == "en" else f"es/noticias/{slug}"
            emit(f"{site}_{path.replace('/', '_')}.txt", f"https://{site}/{path}", lang, layout, text, n,
                 published=published, reported={"title": news_ev.title, "start": news_ev.start.isoformat(),
                                                "end": news_ev.end.isoformat(), "country": news_ev.city.iso2})
        elif layout == "listing":
            n = min(remaining, rng.randint(*EVENTS_PER_PAGE[layout]))
            events = [g.event(lang, process, layout) for _ in range(n)]
            path = "events" if lang == "en" else "es/eventos"
            emit(f"{site}_{path.replace('/', '_')}_page-{k}.txt", f"https://{site}/{path}?page={k}", lang,
                 layout, g.listing(events, lang), n)
        elif layout == "event":
            n = 1
            ev = g.event(lang, process, layout)
            slug = f"{_slug(ev.title)}-{k}"
            path = f"en/events/{slug}" if lang == "en" else f"es/eventos/{slug}"
            emit(f"{site}_{path.replace('/', '_')}.txt", f"https://{site}/{path}", lang, layout,
                 g.event_page(ev, site), n)
        elif layout == "fields":
            n = min(remaining, rng.randint(*EVENTS_PER_PAGE[layout]))
            events = [g.event(lang, process, layout) for _ in range(n)]
            term = 10 + k % 40
            path = f"{lang}/taxonomy/term/{term}"
            spanish_labels = lang == "es" or rng.random() < 0.7
            emit(f"{site}_{path.replace('/', '_')}_page-{k}.txt", f"https://{site}/{path}?page={k}", lang, layout,
                 g.fields(events, lang, spanish_labels), n)
        else:
            n = min(remaining, rng.randint(*EVENTS_PER_PAGE[layout]))
            city = g.pick(g.v.cities)
            events = [g.event(lang, process, layout, allow_online=False, country_city=city) for _ in range(n)]
            name = _slug(city.country_es if lang == "es" else city.country_en)
            style = rng.randrange(3)
            if style == 0:
                path, url = f"en/country/{name}", f"https://{site}/en/country/{name}?page={k}"
            elif style == 1:
                path, url = f"es/pais/{name}", f"https://{site}/es/pais/{name}?page={k}"
            else:
                path, url = f"{lang}/events-by-country", f"https://{site}/{lang}/events?country={city.iso2}&page={k}"
            emit(f"{site}_{path.replace('/', '_')}_page-{k}.txt", url, lang, layout,
                 g.country(events, lang), n, city.iso2 if rng.random() < 0.5 else None)
        remaining -= n

    header = (
        f"# Synthetic corpus: {n_events} events, seed {seed}, vocabulary from {g.v.source} data.\n"
        "# Generated by benchmarks/corpus.py; the pages follow the real sites' layouts.\n"
        "pages:\n"
    )
    (out / "sources.yaml").write_text(header + "".join(entries), encoding="utf-8")
    # What was generated, page by page (hidden: the loaders skip dot-files).
    (out / MANIFEST).write_text(json.dumps({"events": n_events, "seed": seed, "vocabulary": g.v.source,
                                            "pages": manifest}, indent=0) + "\n", encoding="utf-8")
    return out


def main(argv: list[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(prog="python -m benchmarks.corpus", description=__doc__.split("\n")[0])
    parser.add_argument("events", type=int)
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    path = generate(args.events, args.out_dir, args.seed)
    pages = len(list(path.glob("*.txt")))
    print(f"wrote {args.events} events in {pages} pages to {path}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
