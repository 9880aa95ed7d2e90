"""Names of institutions the reference data does not know (the open world).

:func:`find_names` gives the capitalised names of a text that no known mention
covers, as :class:`~rcpkg.loaders.gazetteer.Mention` values of kind ``"new"``,
so that :mod:`rcpkg.loaders.roles` gives them roles as it does known ones.
:func:`describe` says what such a name is: an institution (with a normalized
key, its acronym, a type guessed from its head words and its parent when the
name or the page says it), an official or a person (never an institution), or
nothing an institution's slot should hold.

The rules, in English and Spanish:

- **A name** is a run of capitalised words joined by "of", "for", "on", "the",
  "de", "del", "la", "para", "sobre" ... ("Inter-American Development Bank",
  "Secretaría de Trabajo y Previsión Social"). "and" / "y" joins two words of
  one name only inside a complement ("Ministry of Labour and Social Security");
  before an acronym, a known institution or a new head word ("Ministry of
  Labour and OHCHR", "Ministerio de Trabajo y Ministerio de Salud") it
  separates two names. Words before a head word introduced by "of"
  ("Representatives of the Ministry of Labour") are not part of the name.
- **An acronym in parentheses** after a name is the name's acronym; the same
  acronym alone elsewhere on the page names the same institution.
- **A known government or country after "of" / "de"** ("Ministry of Labour of
  Costa Rica", "Secretaría de Gobernación de México") is the parent of a
  government unit; a known organization after "of" or before the name ("IOM
  Regional Office for Mesoamerica") is the parent of a unit.
- **Type** from the head words: Ministry / Ministerio / Secretaría / Secretariat
  / Cancillería → ``NationalMinistry``; Dirección / Directorate / Instituto
  Nacional / National Institute / Office / Oficina / Division / Unit / Unidad /
  Department → ``OrganizationUnit``; Network / Red → ``CivilSocietyNetwork``;
  Bank / Banco / Organization / Organización → ``IntergovernmentalOrganization``;
  Coalition / Commission / Comisión → ``RegionalCoordinationMechanism``; else
  ``Institution``. A ministry named without its country takes the country of
  a country page (the page says which country it is about); otherwise its
  government stays unknown.
- **Officials and persons are not institutions**: a name after "Mr", "Sra",
  "Dr" ..., a name headed by an office ("Minister", "Viceministra",
  "Director"), and two to four capitalised words with no head word and no
  joining word ("Ana Pérez") are warned about, never made institutions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from rcpkg.loaders.folding import fold_text
from rcpkg.loaders.gazetteer import Mention
from rcpkg.loaders.records import ExtractedInstitution

NEW = "@new"  # entity_id prefix of a name the reference data does not know

_UP = "A-ZÁÉÍÓÚÑÜ"
_CAP = rf"[{_UP}](?:[\w’'\-]|\.(?=[{_UP}])|(?<=[a-záéíóúñ])[–‑](?=[{_UP}][a-záéíóúñ]))*(?:(?<=[{_UP}]\.[{_UP}])\.)?(?:\+(?!\w))?"  # "U.S." too; "EUROsociAL+"
# (round 35, event35: an en dash or non-breaking hyphen inside a word as a hyphen, "Programa Mesoamérica–Caribe")
# issue 13 (h-left): a remit "to" whom ("National Council for Assistance to Migrants", "Office for Attention to
# Victims"), after the noun of a service only
# (issue 13, prose: and Portuguese "do / da / dos / das", "Prefeitura de Santana do Livramento")
_CONN = (r"(?:of|for|on|the|against|and|de|del|la|las|los|el|para|por|sobre|contra|en|al|a|y|e|&|in(?= Persons\b)|without|sin|sans|"
         # issue 13 (listing35): a remit "ante" what a service answers ("Servicio Nacional de Prevención y Respuesta
         # ante Desastres", "Misión Permanente ante la OEA")
         r"ante|"
         r"do|da|dos|das|"
         # issue 13 (event15): German "für" ("Deutsche Gesellschaft für Internationale Zusammenarbeit")
         r"f(?:ü|ue)r|"
         r"(?:(?<=Assistance )|(?<=Attention )|(?<=Aid )|(?<=Support )|(?<=Services )|(?<=Care ))to|"
         # issue 13 (wrap): a unit named by its task ("Office to Monitor and Combat Trafficking in Persons")
         r"(?:(?<=Office )|(?<=Bureau )|(?<=Unit )|(?<=Commission )|(?<=Committee )|(?<=Council ))to(?= [A-Z]))")
_NAME = re.compile(rf"(?<![\w@/.]){_CAP}(?:[ \t]+(?:{_CONN}[ \t]+)*{_CAP})*")
_ACRONYM_RE = re.compile(r"[A-ZÁÉÍÓÚÑ][A-Za-z0-9ÁÉÍÓÚÑ&\-]{1,11}")  # "R4V" too
_PARENS = re.compile(r"\s*\(\s*([A-ZÁÉÍÓÚÑ][A-Za-z0-9ÁÉÍÓÚÑ&\-]{1,11})\s*\)")
# issue 13 (listing30b): a name's short form in brackets with its article ("El Colegio de Sonora (El Colsón)", "la
# Fundación Puentes (La Puentes)", "the Andean Bureau (The Bureau)"): the name's, as an acronym in brackets is
_SHORT_PARENS = re.compile(r"\s*\(\s*(?:El|La|Los|Las|The)\s+([A-ZÁÉÍÓÚÑ][a-záéíóúñü]{2,11})\s*\)")
_WORD = re.compile(r"\S+")

ARTICLES = {"the", "el", "la", "los", "las", "lo"}
_JOIN = {"of", "for", "on", "against", "to", "de", "del", "para", "por", "sobre", "contra", "en", "al", "a", "the", "la", "las", "los", "el",
         "do", "da", "dos", "das", "fur", "fuer"}
_AND = {"and", "y", "e", "&"}
_OF = {"of", "de", "del", "do", "da"}  # (Portuguese too: "Polícia Federal do Brasil")

# head word (folded) -> type; a two-word head first
_HEADS2 = {
    "national institute": "OrganizationUnit", "instituto nacional": "OrganizationUnit",
    "direccion general": "OrganizationUnit", "directorate general": "OrganizationUnit",
    "general directorate": "OrganizationUnit", "regional office": "OrganizationUnit",
    "country office": "OrganizationUnit", "vice ministry": "NationalMinistry",
    "development bank": "IntergovernmentalOrganization", "working group": "WorkingGroup",
    "grupo de": None,
    # issue 13 (h-r8a): a government's coordinating unit ("Coordinación Nacional de Protección Civil")
    "coordinacion nacional": "OrganizationUnit", "national coordination": "OrganizationUnit",
    "coordinacion general": "OrganizationUnit", "general coordination": "OrganizationUnit",
}
_HEADS = {
    "ministry": "NationalMinistry", "ministerio": "NationalMinistry", "secretaria": "NationalMinistry",
    "secretariat": "NationalMinistry", "cancilleria": "NationalMinistry", "chancellery": "NationalMinistry",
    "viceministerio": "NationalMinistry",
    "direccion": "OrganizationUnit", "directorate": "OrganizationUnit", "office": "OrganizationUnit",
    "oficina": "OrganizationUnit", "division": "OrganizationUnit", "unit": "OrganizationUnit",
    "unidad": "OrganizationUnit", "department": "OrganizationUnit", "departamento": "OrganizationUnit",
    "mission": "OrganizationUnit", "mision": "OrganizationUnit", "bureau": "OrganizationUnit",
    "representation": "OrganizationUnit", "representacion": "OrganizationUnit", "buro": "OrganizationUnit",
    "network": "CivilSocietyNetwork", "red": "CivilSocietyNetwork",
    "bank": "IntergovernmentalOrganization", "banco": "IntergovernmentalOrganization",
    "organization": "IntergovernmentalOrganization", "organisation": "IntergovernmentalOrganization",
    "organizacion": "IntergovernmentalOrganization",
    "coalition": "RegionalCoordinationMechanism", "coalicion": "RegionalCoordinationMechanism",
    "commission": "RegionalCoordinationMechanism", "comision": "RegionalCoordinationMechanism",
}
# words that make a name an organization's without deciding its type
_AGENCY_BEFORE_COUNTRY = frozenset({"migration", "migracion", "migraciones", "migracao"})
_ORG_WORDS = {
    "institute", "instituto", "agency", "agencia", "fund", "fondo", "foundation", "fundacion", "council",
    "consejo", "committee", "comite", "association", "asociacion", "center", "centre", "centro", "programme",
    "program", "programa", "service", "servicio", "university", "universidad", "court", "corte", "union",
    "alliance", "alianza", "group", "grupo", "forum", "foro", "observatory", "observatorio", "platform",
    "plataforma", "initiative", "iniciativa", "authority", "autoridad", "police", "policia", "procuraduria",
    "defensoria", "ombudsman", "cross", "cruz", "federation", "federacion", "society", "sociedad", "church",
    "iglesia", "international", "internacional", "conference", "conferencia", "embassy", "embajada",
    "government", "gobierno", "parliament", "parlamento", "congress", "congreso", "superintendencia",
    "tribunal", "registry", "registro", "bureau", "cooperation", "cooperacion", "partnership", "caritas",
    "mesa", "pastoral", "system", "sistema", "secretary", "high", "alto", "comisionado", "commissioner",
    "delegation", "delegacion", "consulate", "consulado", "capitulo", "chapter", "board", "junta",
    "world", "mundial", "fiscalia", "attorney", "prosecutor", "vision", "children", "ninez", "rights", "derechos",
    "affairs", "asuntos", "corporation", "corporacion", "parliament", "confederation", "confederacion",
    "sindicato", "intendencia", "municipality", "municipalidad", "alcaldia",
    # issue 13 (names): savings banks, cooperatives, binational bodies, labs ("Caja Huancayo", "Cooperativa
    # Nuevo Horizonte", "Entidad Binacional Yacyretá", "IDB Lab"): an institution's name, not a person's
    "caja", "cooperativa", "cooperative", "entidad", "entity", "binacional", "binational", "lab", "laboratorio",
    "laboratory", "representation", "representacion", "chamber", "camara", "clinica", "clinic",
    # issue 13 (prose): a trade union's federation ("Central Obrera Boliviana", "Central Unitaria de Trabajadores")
    "obrera", "obrero", "trabajadores", "workers", "gendarmeria", "gendarmerie", "prefectura", "prefeitura",
    "prefecture", "governorate", "gobernacion",  # issue 13 (wrap): "... and the Prefecture of El Oro"
    "guardia", "guard", "armada", "navy", "ejercito", "army",
    # issue 13 (roles3): schools and academies ("Diplomatic Academy of Peru", "Escuela Nacional de Migración",
    # "Facultad de Derecho")
    "academy", "academia", "school", "escuela", "college", "colegio", "facultad", "faculty",
}
# organisation words that make a capitalised name an institution's even when no role phrase reaches it
# ("findings similar to those of the Internal Displacement Monitoring Centre"); not the words of a
# programme, plan, system or event
_STRONG_ORG = {"institute", "instituto", "agency", "agencia", "foundation", "fundacion", "council", "consejo",
               "committee", "comite", "association", "asociacion", "center", "centre", "centro", "university",
               "universidad", "union", "federation", "federacion", "confederation", "confederacion", "society",
               "sociedad", "observatory", "observatorio", "corporation", "corporacion", "court", "corte", "tribunal",
               "authority", "autoridad", "police", "policia", "procuraduria", "defensoria", "fiscalia", "embassy",
               "embajada", "parliament", "parlamento", "sindicato", "intendencia", "municipality", "municipalidad",
               "chamber", "camara", "cooperativa", "cooperative", "caja",
               "gendarmeria", "gendarmerie", "prefectura", "prefeitura",  # (issue 13, prose)
               "prefecture", "governorate", "gobernacion",  # (issue 13, wrap)
               "academy", "academia", "school", "escuela", "college", "facultad"}  # (issue 13, roles3)
# words of a national agency's name: with "of <country>" it is a unit of that country's government
_GOV_UNIT_WORDS = {
    "service", "servicio", "agency", "agencia", "superintendencia", "superintendency", "police", "policia",
    "procuraduria", "defensoria", "institute", "instituto", "council", "consejo", "registry", "registro",
    "system", "sistema", "authority", "autoridad", "national", "nacional", "fiscalia", "attorney", "prosecutor",
    "federal", "departamento", "department", "embassy", "embajada", "consulate", "consulado",
}
# nouns that name a body of their own (not a remit: "... y Cooperación Internacional de Honduras")
_BODY_NOUNS = (_GOV_UNIT_WORDS | set(_HEADS) | _STRONG_ORG | {"board", "junta", "commission", "comision"}) \
    - {"national", "nacional", "federal", "system", "sistema"}
_COORD_BODY = re.compile(r"coordinadora (?:(?:nacional|regional|andina|latinoamericana|suramericana|sudamericana|civil|"
                         r"social|general) )?(?:de|por) (?:las |los |la )?(?:\w+ )?(?:organizaciones|inmigrantes|migrantes|"
                         r"mujeres|pueblos|comunidades|trabajador[ae]s|redes|asociaciones|colectivos|refugiad[oa]s|"
                         r"personas|movimientos|sindicatos|centrales|ong|defensores|derechos)\b|"
                         r"coordinator (?:of|for) (?:\w+ )?(?:organizations|migrants|immigrants|women|peoples|communities|"
                         r"workers|networks|associations|movements|unions)\b")
_OFFICES = {
    "minister", "ministro", "ministra", "viceminister", "viceministro", "viceministra", "director",
    "directora", "president", "presidente", "presidenta", "ambassador", "embajador", "embajadora",
    "secretary-general", "coordinator", "coordinador", "coordinadora", "deputy", "chief", "jefe", "jefa",
    "head", "officer", "oficial", "consul", "consul general", "rapporteur", "relator", "relatora",
    "secretary general", "secretario general", "executive secretary", "secretario ejecutivo",
    "undersecretary", "under-secretary", "subsecretario", "subsecretaria", "canciller", "vicecanciller",
    "chancellor", "foreign minister",
    # news (issue 15): "chaired by the Vice-Minister of Foreign Affairs of Guatemala" (folded "vice minister")
    "vice minister", "deputy minister", "vice president", "vice presidente", "vice presidenta",
}
# "Mexico's Undersecretary for Foreign Affairs": a country's official, not an institution
_COUNTRY_OFFICE = re.compile(r"^[\w .-]+['’]s\s+(?P<office>[\w-]+(?:\s+[\w-]+)?)")
# the people an institution sends, named before it: "Representatives of ...", "Delegados de ..."
_PEOPLE = {
    "representatives", "representative", "delegates", "delegations", "delegation", "officials", "officers", "experts",
    "staff", "speakers", "members", "representantes", "delegados", "delegadas", "delegaciones", "funcionarios",
    "funcionarias", "expertos", "expertas", "ponentes", "miembros", "liaison",
}
_PEOPLE_GROUPS = {w for w in _PEOPLE if w.endswith("s")}  # plural: never one body's name ("Delegation of the EU" is)
_HONORIFICS = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Dr|Sr|Sra|Srta|Lic|Licda|Ing|Mtro|Mtra|Dra|Hon|Prof|Excmo|Excma|"
                         r"Don|Doña|H\.E)\.?|\bS\.E\.)\s*$")
# capitalised words that start sentences or name times, never institutions on their own
_NOT_NAMES = {
    "the", "this", "these", "those", "in", "on", "at", "during", "with", "by", "for", "and", "el", "la", "los",
    "las", "en", "con", "por", "para", "durante", "este", "esta", "estos", "a", "an", "it", "its", "we", "our",
    "they", "their", "as", "from", "after", "before", "also", "se", "un", "una", "del", "de", "y",
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
    "septiembre", "setiembre", "octubre", "noviembre", "diciembre", "monday", "tuesday", "wednesday",
    "thursday", "friday", "saturday", "sunday", "lunes", "martes", "miercoles", "jueves", "viernes",
    "sabado", "domingo", "member", "members", "miembros", "countries", "paises", "workshop", "taller",
    "meeting", "reunion", "seminar", "seminario", "webinar", "training", "capacitacion", "event", "evento",
    "participants", "participantes", "objective", "objetivo", "virtual", "online", "documents", "documentos",
    "regional", "national", "nacional", "technical", "tecnico", "tecnica", "date", "fecha", "place", "lugar",
    "venue", "sede", "comments", "comentarios", "email", "correo", "ppt", "presidency", "presidencia",
    "states", "estados", "governments", "gobiernos", "observer", "observers", "observadores", "liaison",
    "officials", "funcionarios", "representatives", "representantes", "delegates", "delegados",
    "delegations", "delegaciones", "delegadas",  # issue 13 (listing24): "Participants" / "Delegations of Chile, …"
    "government", "gobierno", "estado", "state", "republic", "republica",
    "mr", "mrs", "ms", "dr", "dra", "sr", "sra", "srta", "lic", "licda", "ing", "hon", "prof", "mtro", "mtra",
    # issue 13 (names): verbs that open a sentence before its names ("Participaron HIAS Perú y ...")
    "participaron", "participo", "participan", "participa", "asistieron", "asistio", "asisten", "intervinieron",
    "intervino", "expusieron", "expuso", "presentaron", "presento", "organizan", "organiza", "convocan", "convoca",
    "apoyan", "apoya", "financian", "financia", "patrocinan", "patrocina", "auspician", "auspicia", "coorganizan",
    "imparten", "imparte", "attending", "participating",
}


# issue 13 (names): head words of agreements and texts, whose names are no institution's ("Pacto Mundial
# para la Migración", "Global Compact on Refugees", "Cartagena Declaration")
_AGREEMENTS = {"pacto", "compact", "declaration", "declaracion", "convention", "convencion", "protocol", "protocolo",
               "treaty", "tratado", "covenant"}

# round 35 (event35): the scope word before an agreement's head ("Global Compact for Migration", "Inter-American
# Convention on …"): an agreement too
_AGREEMENT_SCOPE = {"global", "regional", "interamerican", "inter", "american", "andean", "european", "international",
                    "internacional", "iberoamerican", "iberoamericano", "iberoamericana"}

# issue 13 (h-r8b): head words of venues ("Hotel Sheraton", "Auditorio Central"), never an institution
# issue 13 (names21): words that name a meeting, never a body ("Conferencia" names one too, "Conferencia Episcopal",
# so it counts only after an edition: "la XII Conferencia"); an edition's number or ordinal
_MEETING_WORDS = {"reunion", "reuniones", "meeting", "meetings", "encuentro", "taller", "workshop", "seminario",
                  "seminar", "webinar", "webinario", "sesion", "session"}
_EDITION_OF = {"conferencia", "conference", "congreso", "congress", "foro", "forum", "cumbre", "summit"}
_EDITION = re.compile(r"(?=[MDCLXVI])M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})|\d{1,2}(?:st|nd|rd|th|ª|º|a|o)?"
                      r"|(?i:primer[ao]?|segund[ao]|tercer[ao]?|cuart[ao]|quint[ao]|sext[ao]|s[eé]ptim[ao]|octav[ao]|noven[ao]|"
                      r"d[eé]cim[ao]|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)")
_PLURAL_HEADS = {"ministerios", "ministries", "secretarias", "secretariats", "cancillerias", "gobiernos", "governments",
                 "direcciones", "departamentos", "departments"}
_VENUES = {"hotel", "hostal", "auditorio", "auditorium", "salon"}

# a bank's one-word name ("Mibanco", "BancoEstado"): the head word inside the word
_BANK_WORD = re.compile(r"^(?:\w+(?:banco|bank)|(?:banco|bank)\w+)$")

# groups named generically, never an institution of their own
_GENERIC = {
    "civil society", "sociedad civil", "private sector", "sector privado", "academia", "international community",
    "comunidad internacional", "member countries", "paises miembros", "member states", "estados miembros",
    "observer countries", "paises observadores", "observer organizations", "organizaciones observadoras",
    "civil society organizations", "organizaciones de sociedad civil", "international organizations",
    "organismos internacionales", "organizaciones internacionales", "united nations system",
    "sistema de naciones unidas", "consular network", "red consular", "liaison officers network",
    "red de funcionarios de enlace", "technical secretariat", "secretaria tecnica", "national governments",
    "ministries", "ministerios", "government institutions", "instituciones de gobierno", "donors", "donantes",
    # issue 13 (mentions): a short back-reference to a body the text names in full ("a grant to the Working Group")
    "executive secretariat", "secretaria ejecutiva", "working group", "grupo de trabajo",
}


# "... of the Member Countries": the bodies of many governments, named as a group
_OF_MEMBERS = re.compile(r"\b(?:of|de) (?:member|participating) (?:countries|states|governments)\b|"
                         r"\b(?:of|de) (?:paises|estados|gobiernos) (?:miembros|participantes)\b|"
                         r"\b(?:of|de) (?:countries|paises|region|the region)$")


@dataclass(frozen=True, slots=True)
class Described:
    """What a name in an institution's slot is."""

    institution: ExtractedInstitution | None
    problem: str | None = None  # why it is not one (a warning), when institution is None
    absorbed: tuple[int, ...] | int | None = None  # starts of known mentions that are part of the name


def _folded_words(text: str) -> list[str]:
    return [w.strip(".,;:()") for w in fold_text(text).split()]


_NOT_NAME_CHARS = re.compile(r"[^\w&]+")


def normalized(name: str) -> str:
    """A name's comparison form: accents and case folded, hyphens and punctuation as spaces,
    articles dropped ("del" read as "de")."""
    words = _NOT_NAME_CHARS.sub(" ", fold_text(name)).split()
    return " ".join("de" if w == "del" else w for w in words if w not in ARTICLES)


def _head(words: list[str]) -> tuple[int, str | None]:
    """Index and type of the first head word of a folded name (-1 when none)."""
    for i, w in enumerate(words):
        pair = f"{w} {words[i + 1]}" if i + 1 < len(words) else ""
        if pair in _HEADS2 and _HEADS2[pair]:
            return i, _HEADS2[pair]
        if w in _HEADS and not (w == "red" and pair in _RED_CROSS):
            return i, _HEADS[w]
    return -1, None


# issue 13 (event17): English "Red Cross" / "Red Crescent": "red" is no Spanish network ("International Federation of
# Red Cross and Red Crescent Societies" is one name, not a body after "of")
_RED_CROSS = frozenset({"red cross", "red crescent"})


def _spells(acronym: str, name: str) -> bool:
    """True when the acronym is the initials of the name's capitalised words ("MIRPS": Marco Integral
    Regional para la Protección y Soluciones)."""
    initials = "".join(w[0] for w in name.split() if w[:1].isupper())
    letters = "".join(c for c in acronym if c.isalpha()).upper()
    return len(letters) >= 3 and initials.upper() == letters


def is_acronym(word: str) -> bool:
    return bool(_ACRONYM_RE.fullmatch(word)) and sum(c.isupper() for c in word) >= 2 \
        and not any(c.islower() for c in word[:2])


def _short_then_parens(text: str):
    """The bracketed acronyms of `text`, then its bracketed short forms with their article (see above), if any."""
    yield from _PARENS.finditer(text)
    if "(El " in text or "(La " in text or "(Los " in text or "(Las " in text or "(The " in text:
        yield from _SHORT_PARENS.finditer(text)


@lru_cache(maxsize=16)
def page_acronyms(text: str) -> dict[str, str]:
    """Acronym -> name, for every "Name (ACR)" of a page (the name's capitalised words before it)."""
    out: dict[str, str] = {}
    for m in _short_then_parens(text):
        acronym = m.group(1)
        if m.re is _PARENS and not is_acronym(acronym):
            continue
        before = text[max(0, m.start() - 160):m.start()]
        names = list(_NAME.finditer(before))
        if names and names[-1].end() == len(before):
            # the last name of the run ("Ministerio de Salud de Chile y la Organización Panamericana de la
            # Salud (OPS)": the Organización), unless the acronym spells the whole run's initials
            run = names[-1]
            pieces = _pieces(before, run.start(), run.end())
            name = _trim(run.group())
            if len(pieces) > 1 and not _spells(acronym, name):
                name = pieces[-1].surface
            if name and len(name.split()) >= 2:
                out.setdefault(acronym, name)
    return out


_ADJECTIVE = re.compile(rf" (?!(?:{_CONN}|City|D\.F)\b)[{_UP}][a-záéíóúñ]")
# between a name and its country or parent: "of the", "de la", with the name's acronym before it
_OF_GAP = re.compile(r"(?:\s*\(\s*[A-Z][A-Za-z&\-]{1,11}\s*\))?\s+(?:of|de|del|do|da)\s+(?:the\s+|la\s+|el\s+|los\s+|las\s+)?",
                     re.IGNORECASE)
_PLACED = {"office", "oficina", "mission", "mision", "delegation", "delegacion", "embassy", "embajada", "consulate",
           "consulado", "cooperation", "cooperacion", "representation", "representacion"}
# issue 13 (names): words of a known organization's own programme, fund, centre or service: named with the
# organization after "of" / "de" ("International Training Centre of the ILO", "Programa EUROsociAL+ de la
# Unión Europea") or after its acronym ("IOM Development Fund") it is a unit of that organization
_UNIT_WORDS = {"programme", "program", "programa", "fund", "fondo", "centre", "center", "centro", "lab", "laboratorio",
               "laboratory", "service", "servicio", "project", "proyecto", "initiative", "iniciativa", "institute",
               "instituto", "facility", "mecanismo", "mechanism", "team", "equipo"}  # "Cooperación Suiza en Bolivia": its office in a country
_LAST_PLACE = re.compile(rf"\b[{_UP}][\w’'\-]+ (?:and|y) (?:the |la )?$")
# issue 13 (fields16): a field's item opens such a name too ("Participantes: X; Gendarmería Nacional Argentina")
_BODY_THEN_ADJ = re.compile(rf"(?<![.!?] )\b[{_UP}][\w’'\-]+ (?:Nacional|Federal|Naval) $")
_NAME_ADJECTIVES = {"national", "nacional", "regional", "technical", "tecnica", "tecnico", "federal", "general",
                    "central", "international", "internacional", "inter", "pan", "special", "especial"}
_INSIDE = re.compile(rf" +(?:para|for|on|sobre) +(?:(?:el|la|los|las|the) +)?[{_UP}]")
_REMIT = re.compile(rf"[ \t]+(?:para|for|in|en|on|sobre)[ \t]+(?:(?:el|la|los|las|the)[ \t]+)?{_CAP}"
                    rf"(?:[ \t]+(?:{_CONN}[ \t]+)*{_CAP})*")
# (round 35, event35: an article after the place's "and", "… in Central America and the Dominican Republic (X)")
_PLACE_ACRONYM = re.compile(rf" +(from|in|for|de|en|para|del|y|and|e) +(?:(?:the|la|el) +)?"
                            rf"({_CAP}(?: +(?:(?:y|and|e) +(?:(?:the|la|el) +)?)?{_CAP}){{0,3}}) *"
                            r"\(([A-Z][A-Za-z0-9&\-]{1,11})\)")
_REMIT_PLACE = re.compile(r" (?:en|in|from) [A-ZÁÉÍÓÚÑ]")
_FOR_AFTER = re.compile(r" +(?:for|para) +(?=\S)")
_IN_CITY = re.compile(rf" +(?:in|en) +({_CAP}(?: +(?:de|del|la|los|las)? *{_CAP}){{0,2}})")
# issue 13 (h-left): a double acronym is the name's too: "Pan American Health Organization (PAHO/WHO)"
_OPEN_BEFORE = re.compile(r"\(\s*(?:[A-ZÁÉÍÓÚÑ][A-Za-z0-9ÁÉÍÓÚÑ&\-]{1,11}\s*/\s*)?$")
_CLOSE_AFTER = re.compile(r"\s*(?:/\s*[A-ZÁÉÍÓÚÑ][A-Za-z0-9ÁÉÍÓÚÑ&\-]{1,11}\s*)?\)")
_STARTS = re.compile(r"(?:^|[.!?:;•\n]\s*|^\s*[-*\d.)]+\s*)$")


def _sentence_start(text: str, offset: int) -> bool:
    return bool(_STARTS.search(text[max(0, offset - 6):offset])) or not text[:offset].strip()


def _list_item(text: str, offset: int) -> bool:
    """issue 13 (rules5): an item after ";" in a labelled list ("Observers: UNICEF; Save the
    Children"): a name, not a sentence's first word."""
    before = text[:offset].rstrip()
    if not before.endswith(";"):
        return False
    segment = before[max(before.rfind(". "), before.rfind("\n")) + 1:]
    return ":" in segment


def _trim(name: str) -> str:
    words = name.split()
    while words and (words[0].lower() in ARTICLES or words[0].lower() in _JOIN | _AND):
        words.pop(0)
    while words and words[-1].lower() in _JOIN | _AND:
        words.pop()
    return " ".join(words)


_SENTENCE_OPEN = re.compile(r"[.:;!?]\s*$")
# issue 13 (event15): in a field, a semicolon opens the next item, whose first word starts a name ("…; Equipo
# Argentino de Antropología Forense (EAAF)": the country's adjective is the name's, as in the first item)
_ITEM_OPEN = re.compile(r"[.:!?]\s*$")


def find_names(text: str, known: list[Mention], *, field: bool = False) -> list[Mention]:
    """The capitalised names of `text` that no known mention covers (kind ``"new"``). In a `field`
    (a coordinating-institution value) the text's first word starts a name, not a sentence."""
    # a country written as an adjective of a name ("United States Agency for ...") is part of the name
    inside = [(m.start, m.end) for m in known]

    def in_known(offset: int) -> bool:
        return any(a <= offset < b for a, b in inside)

    def after_name_word(m: Mention) -> bool:  # "Global Affairs Canada": the country ends the name
        word = re.search(rf"([{_UP}][\w’'\-]*) $", text[max(0, m.start - 40):m.start])
        if word and fold_text(word.group(1)) in ("nacional", "federal", "naval") \
                and _BODY_THEN_ADJ.search(text, max(0, m.start - 60), m.start):
            return True  # issue 13 (prose): "la Gendarmería Nacional Argentina", "Policía Federal Argentina"
        # (issue 13, mentions: an organisation's head word opens a name at a line's start too, "Instituto Guatemalteco
        # de Migración, …" as a field's item)
        return bool(word) and not in_known(m.start - 2) and fold_text(word.group(1)) not in _NOT_NAMES \
            and (is_acronym(word.group(1)) or fold_text(word.group(1)).lower() in _ORG_WORDS
                 # issue 13 (listing23): a migration agency named by its country ("Migración Colombia acted as host")
                 or fold_text(word.group(1)).lower() in _AGENCY_BEFORE_COUNTRY
                 or not (_ITEM_OPEN if field else _SENTENCE_OPEN).search(
                     text[max(0, m.start - 40):m.start - len(word.group(0))] or ("," if field else ".")))

    # issue 13 (prose): "the Panamanian Presidency Pro Tempore": the adjective names the holder, not a new body
    ppt_at = {m.start for m in known if m.kind == "pseudo"}
    spans = sorted((m.start, m.end) for m in known
                   if not (m.kind == "country" and m.end + 1 not in ppt_at
                           and (_ADJECTIVE.match(text, m.end) or _INSIDE.match(text, m.end) or after_name_word(m)
                                # issue 13 (prose): "Council of Ministers for Women of Central America and the Dominican
                                # Republic (COMMCA)": the last of a remit's places, closed by the name's acronym
                                or _PARENS.match(text, m.end) and _LAST_PLACE.search(text, max(0, m.start - 40), m.start)
                                or _seat_country(text, m))))
    out: list[Mention] = []
    for start, end in _with_joined(text, _comma_joined(text, [(m.start(), m.end()) for m in _NAME.finditer(text)], in_known),
                                   in_known):
        # cut the run at known mentions: what lies between them is a candidate
        pos = start
        cuts = [(a, b) for a, b in spans if a < end and b > start] + [(end, end)]
        for a, b in cuts:
            if a > pos:
                out.extend(_pieces(text, pos, a, field=field))
            pos = max(pos, b)
    # issue 13 (event15): the seat's city after a name that ends with its country, spelled by the acronym too ("…
    # de Nicaragua, León (UNAN-León)"): part of that name, no name of its own
    return [n for n in out if not (text[max(0, n.start - 2):n.start].strip() == ","
                                   and (seat := _SEAT_ACRONYM.match(text, n.end)) is not None
                                   and fold_text(seat.group(1)) == fold_text(n.surface.split()[-1]))]


_REGIONAL_ADJ = re.compile(r"interamerican[oa]?|panamerican[oa]?|panamerican[oa]|latinoamerican[oa]|"
                           r"iberoamerican[oa]|centroamerican[oa]|suramerican[oa]|sudamerican[oa]|mesoamerican[oa]?|"
                           r"caribbean|caribe[nñ][oa]|andin[oa]|andean|hemispheric|hemisferic[oa]")
_WITH_HEADS = {"red", "network", "alianza", "alliance", "coalicion", "coalition", "mesa", "movimiento", "movement",
               "pastoral", "comite", "committee"}


def _with_joined(text: str, runs: list[tuple[int, int]], in_known) -> list[tuple[int, int]]:
    """issue 13 (names): a network named for those it works with ("Red Jesuita con Migrantes", "Alianza con las
    Familias Migrantes"): "con"/"with" between a network's name and capitalised words joins them."""
    out: list[tuple[int, int]] = []
    for a, b in runs:
        if out:
            pa, pb = out[-1]
            words = [fold_text(w) for w in text[pa:pb].split()]
            head = next((k for k, w in enumerate(words) if w in _WITH_HEADS), None)
            nxt = text[a:b].split()
            if head is not None and len(words) - head <= 3 \
                    and re.fullmatch(r" (?:con|with) (?:(?:los|las|la|el|the) )?", text[pb:a]) \
                    and not in_known(a) and not is_acronym(nxt[0]) and fold_text(nxt[0]) not in _HEADS \
                    and fold_text(nxt[0]) not in _BODY_NOUNS:
                out[-1] = (pa, b)
                continue
            # "Consejo Nacional para la Inclusión de las Personas con Discapacidad (CONAIPD)": the acronym after
            # the words following "con" spells the whole name's first word, not theirs
            acr = _PARENS.match(text, b)
            own = [w for w in text[pa:pb].split() if w[:1].isupper()]
            if acr and is_acronym(acr.group(1)) and own and re.fullmatch(r" (?:con|with) (?:(?:los|las|la|el|the) )?", text[pb:a]) \
                    and any(w in _HEADS or w in _ORG_WORDS for w in words) and not in_known(a) \
                    and fold_text(acr.group(1)[0]) == fold_text(own[0][0]) != fold_text(nxt[0][0]):
                out[-1] = (pa, b)
                continue
            # issue 13 (fields2): a remit's alternative inside a name whose acronym follows and spells the name's
            # first word ("Secretaría de Prevención de Lavado de Dinero o Bienes (SEPRELAD)", "Office for Money or
            # Assets Recovery (OMAR)"): "o"/"or" and a word or two that are no name of their own join the name
            if acr and is_acronym(acr.group(1)) and own and re.fullmatch(r" (?:o|u|or) ", text[pb:a]) \
                    and len(nxt) <= 2 and not in_known(a) and not is_acronym(nxt[0]) \
                    and not any(fold_text(w) in _HEADS or fold_text(w) in _ORG_WORDS for w in nxt) \
                    and any(w in _HEADS or w in _ORG_WORDS for w in words) \
                    and fold_text(acr.group(1)[0]) == fold_text(own[0][0]):
                out[-1] = (pa, b)
                continue
            # issue 13 (prose): a capitalised participle and its agent inside a name whose acronym follows ("Commission
            # for the Protection of Persons Displaced by Violence (CIPPDV)", "… Desplazadas por la Violencia (…)")
            last = text[pa:pb].split()[-1]
            if acr and is_acronym(acr.group(1)) and last[:1].isupper() and _PARTICIPLE.search(fold_text(last)) \
                    and re.fullmatch(r" (?:by|por) (?:(?:los|las|la|el|the) )?", text[pb:a]) and not in_known(a) \
                    and any(w in _HEADS or w in _ORG_WORDS for w in words) and not is_acronym(nxt[0]):
                out[-1] = (pa, b)
                continue
        out.append((a, b))
    return out


_PARTICIPLE = re.compile(r"[a-z](?:ed|ad[oa]s|id[oa]s)$")


_SEAT_AFTER_COUNTRY = re.compile(r",[ \t]*[A-ZÁÉÍÓÚÑ][\w'’-]+[ \t]*\(\s*([A-ZÁÉÍÓÚÑ][A-Za-z0-9ÁÉÍÓÚÑ&]{1,11}-\w{2,24})\s*\)")
_SEAT_ACRONYM = re.compile(r"\s*\(\s*[A-ZÁÉÍÓÚÑ][A-Za-z0-9ÁÉÍÓÚÑ&]{1,11}[- ](\w{2,24})\s*\)")
# issue 13 (fields16): a remit of verbs enumerated inside a name ("Comisión X para Prevenir, Sancionar y Erradicar
# …", "Commission to Prevent, Punish and Eradicate …"): the run before ends with "para"/"to" and a verb, the run
# after the comma starts with a verb (Spanish: an infinitive) and holds the "y"/"and" that closes the enumeration
_VERB_REMIT_END = re.compile(r"(?:\b(?:para|to)) [A-ZÁÉÍÓÚÑ][a-záéíóúñ]+$")
_INFINITIVE = re.compile(r"[a-záéíóúñ]+(?:ar|er|ir)$")


def _comma_joined(text: str, runs: list[tuple[int, int]], in_known) -> list[tuple[int, int]]:
    """Runs of capitalised words, with a name that enumerates its remit after a comma made one:
    "Ministerio de Trabajo, Empleo y Seguridad Social del Paraguay", "Passport, Immigration and
    Citizenship Agency". The run after the comma joins the one before when it begins with no head
    word, organisation word, acronym or known name, and holds "and"/"y" (the enumeration's end);
    the run before must be a name's beginning (a head word followed by "of"/"de", or a word that
    the comma's run completes)."""
    out: list[tuple[int, int]] = []
    skip_to = -1
    for i, (a, b) in enumerate(runs):
        if i <= skip_to:
            continue
        if out:
            pa, pb = out[-1]
            between = text[pb:a]
            nxt = [fold_text(w) for w in text[a:b].split()]
            prev = [fold_text(w) for w in text[pa:pb].split()]
            # issue 13 (names): a remit enumerated with commas and closed by "and"/"y" inside one name
            # ("Bureau of Population, Refugees, and Migration", "Superintendencia de Banca, Seguros y AFP",
            # "Unidad de Política Migratoria, Registro e Identidad de Personas de la Secretaría ...")
            chain = _enumeration(text, runs, i, prev, in_known) if between in (", ", ",") else None
            if chain is None and between in (", ", ",") and _verb_remit(text[pa:pb], text[a:b], nxt):
                out[-1] = (pa, b)
                continue
            if chain is not None:
                out[-1] = (pa, runs[chain][1])
                skip_to = chain
                continue
            if (between in (", ", ",") and len(nxt) >= 3 and nxt[0] not in _HEADS and nxt[0] not in _ORG_WORDS
                    and not is_acronym(text[a:b].split()[0]) and not in_known(a)
                    and any(w in _AND for w in nxt[1:-1])
                    and (any(w in _HEADS or w in _ORG_WORDS for w in nxt) or _remit_head(prev))):
                out[-1] = (pa, b)
                continue
            # rules5 (batch 13): the enumeration closed by the whole name's acronym ("Consejo Nacional de la
            # Primera Infancia, Niñez y Adolescencia (CONAPINA)")
            acr = _PARENS.match(text, b)
            # issue 13 (event15): a campus or seat's city after a comma that the acronym spells too ("Universidad
            # Nacional Autónoma de Nicaragua, León (UNAN-León)", "National University, Heredia (UNA-Heredia)"): one
            # name, the city no name of its own
            seat = _SEAT_ACRONYM.match(text, b) if between in (", ", ",") and len(nxt) <= 3 else None
            if seat and fold_text(seat.group(1)) == nxt[-1]:
                out[-1] = (pa, b)
                continue
            # (issue 13, fields3: also after a comma and a small word, "Asociación de Trabajadoras del Hogar, a
            # Domicilio y de Maquila (ATRAHDOM)", "Office for Refugees, in Transit and Return (ORTR)")
            if (re.fullmatch(r",[ \t]?(?:(?:a|al|en|de|del|in|to|of|for|para)[ \t])?", between) and acr and any(w in _AND for w in nxt[1:-1]) and not in_known(a)
                    and _abbreviates(acr.group(1), text[pa:b])):
                out[-1] = (pa, b)
                continue
        out.append((a, b))
    return out


# words that begin a body's own name (not an item of another name's remit) after a comma
_OWN_NAME = (_BODY_NOUNS | {"programa", "program", "programme", "fund", "fondo", "red", "network", "grupo", "group",
                            "foro", "forum", "service", "servicio", "plataforma", "platform"}) \
    - {"registro", "registry", "affairs", "asuntos"}


def _seat_country(text: str, m: Mention) -> bool:
    """issue 13 (fields16): a name's country after a comma that its acronym spells too ("Facultad Latinoamericana
    de X, Chile (FLX Chile)", "Institute of Y, Peru (IY-Peru)"): the country is the name's, no body of its own."""
    if text[max(0, m.start - 2):m.start] != ", " or not text[max(0, m.start - 3):m.start - 2].isalpha():
        return False
    seat = _SEAT_ACRONYM.match(text, m.end)
    return bool(seat) and fold_text(seat.group(1)) == fold_text(text[m.start:m.end])


_REMIT_WORDS = _OF | {"contra", "against", "para", "for", "sobre", "on"}


def _remit_head(prev: list[str]) -> bool:
    """A head or organisation word followed by its remit's preposition ("Consejo de …", "Comité contra …"), or
    (issue 13, listing35) by one or two adjectives first ("Red Suramericana sobre Migración", "Comisión Nacional
    para …", "Regional Network on …")."""
    for i, w in enumerate(prev):
        if w in _HEADS or w in _ORG_WORDS:
            for k in range(i + 1, min(i + 4, len(prev))):
                if prev[k] in _REMIT_WORDS:
                    return True
                if prev[k] in _HEADS or prev[k] in _ORG_WORDS or prev[k] in _AND:
                    break
    return False


def _verb_remit(before: str, after: str, nxt: list[str]) -> bool:
    """issue 13 (fields16): "… para Prevenir" + "Sancionar y Erradicar los Delitos …" (see _VERB_REMIT_END)."""
    m = _VERB_REMIT_END.search(before)
    if m is None or len(nxt) < 3 or not any(w in _AND for w in nxt[1:-1]):
        return False
    if m.group().startswith("para"):
        return bool(_INFINITIVE.fullmatch(nxt[0])) and nxt[0] not in _HEADS and nxt[0] not in _ORG_WORDS
    # English: the first word after the comma is no name's head, and the word after "and" is capitalised too
    k = next(k for k, w in enumerate(nxt) if w in _AND)
    words = after.split()
    return nxt[0] not in _HEADS and nxt[0] not in _ORG_WORDS and k >= 1 and k + 1 < len(words) \
        and words[k + 1][:1].isupper() and k <= 3


def _enumeration(text: str, runs: list[tuple[int, int]], i: int, prev: list[str], in_known) -> int | None:
    """Index of the last run of a remit enumerated after the name begun by the run before runs[i]
    ("X of A, B and C", "X of A, B, and C", "X de A, B y C de <parent>"), or None. The name before must
    begin with a head or organisation word followed by "of"/"de"; each item is capitalised words with
    no head word, no organisation word of a body's own, no acronym first and no known name first; the
    last item comes after "and"/"y" (in the same run, or after ", and" / " and" between runs)."""
    if not any((w in _HEADS or w in _ORG_WORDS) and k + 1 < len(prev) and prev[k + 1] in _OF | {"for", "para", "on", "sobre"}
               for k, w in enumerate(prev)):
        return None
    if any(w in _AND for w in prev):
        return None  # the name before already closed its own enumeration
    j = i
    while j < len(runs):
        a, b = runs[j]
        raw = text[a:b].split()
        words = [fold_text(w) for w in raw]
        if not words or words[0] in _OWN_NAME or words[0] in _HEADS or is_acronym(raw[0]) or in_known(a) \
                or words[0] in _NOT_NAMES:
            return None
        inner = [k for k, w in enumerate(words) if w in _AND]
        if inner:  # "Seguros y AFP ...", "Registro e Identidad de Personas ...": the enumeration ends here
            k = inner[0]
            if k == 0 or k + 1 >= len(words) or words[k + 1] in _HEADS or words[k + 1] in _OWN_NAME:
                return None
            return j
        if j + 1 >= len(runs):
            return None
        gap = text[b:runs[j + 1][0]]
        if re.fullmatch(r",? (?:and|y|e) ", gap):  # "..., Refugees, and Migration"
            na, nb = runs[j + 1]
            last = text[na:nb].split()
            lw = [fold_text(w) for w in last]
            if not lw or lw[0] in _OWN_NAME or lw[0] in _HEADS or is_acronym(last[0]) or in_known(na):
                return None
            return j + 1
        if gap not in (", ", ","):
            return None
        j += 1
    return None


def _abbreviates(acronym: str, name: str) -> bool:
    """True when the acronym's letters are, in order, leading letters of the name's capitalised words
    (its first word's among them), some words skipped: "CONAPINA" of "Consejo Nacional de la Primera
    Infancia, Niñez y Adolescencia"."""
    letters = fold_text("".join(c for c in acronym if c.isalpha()))
    words = [fold_text(w.strip(",.;:")) for w in name.split() if w[:1].isupper()]
    if len(letters) < 3 or not words:
        return False

    from functools import lru_cache

    @lru_cache(maxsize=None)
    def fit(i: int, k: int, first: bool) -> bool:  # letters[i:] from words[k:]
        if i == len(letters):
            return True
        if k == len(words):
            return False
        w = words[k]
        for n in range(1, len(w) + 1):
            if i + n > len(letters) or w[:n] != letters[i:i + n]:
                break
            if fit(i + n, k + 1, False):
                return True
        return not first and fit(i, k + 1, False)

    return fit(0, 0, True)


def _complement(rest: list[str], raw: list[str]) -> bool:
    """After "and of" / "y de (la)": one plain capitalised noun that ends the run continues the name's
    complement ("Consejo Nacional de la Niñez y de la Adolescencia"); a head word, an organisation
    word, an adjective of names or an acronym begins another name ("... and of the National Police")."""
    while rest and (rest[0] in ARTICLES or rest[0] in _OF):
        rest, raw = rest[1:], raw[1:]
    while rest and rest[-1] in _JOIN | _AND:  # the run ends before a known name ("... de El Salvador")
        rest, raw = rest[:-1], raw[:-1]
    return len(rest) == 1 and rest[0] not in _HEADS and rest[0] not in _ORG_WORDS \
        and rest[0] not in _NAME_ADJECTIVES and not is_acronym(raw[0])


_COUNTRY_THEN_PARENS = re.compile(rf"{_CAP}(?: (?:{_CAP}|de|del|of|the)){{0,3}}\s*\(\s*([A-ZÁÉÍÓÚÑ][A-Za-z0-9ÁÉÍÓÚÑ&\-]{{1,11}})\s*\)")


_A_LETTER = re.compile(r"[^\W\d_]")
_POSSESSIVE_END = re.compile(r"\w['’]s$")


def _pieces(text: str, start: int, end: int, *, field: bool = False) -> list[Mention]:
    """A run of capitalised words split at "and" / "y" where it joins two names; trimmed."""
    words = [(w.start() + start, w.end() + start) for w in _WORD.finditer(text[start:end])
             if _A_LETTER.search(w.group()) and w.group()[0] not in "'’"]  # not "'s" of "Costa Rica's"
    groups: list[list[tuple[int, int]]] = [[]]
    for i, (a, b) in enumerate(words):
        w = text[a:b]
        if w.lower() in _AND and groups[-1]:
            # issue 13 (names): the "and" that closes a remit enumerated with commas inside the name
            # ("Superintendencia de Banca, Seguros y AFP") joins, whatever follows it
            seg = text[groups[-1][0][0]:a]
            if "," in seg and not any(x.lower() in _AND for x in seg[seg.rfind(","):].split()):
                groups[-1].append((a, b))
                continue
            rest = [fold_text(text[x:y]) for x, y in words[i + 1:i + 6]]
            raw = [text[x:y] for x, y in words[i + 1:i + 6]]
            stripped = False
            while rest and (rest[0] in ARTICLES or rest[0] in ("a", "al")):  # "y a la Procuraduría": another object
                rest, raw, stripped = rest[1:], raw[1:], True
            current = [fold_text(text[x:y]) for x, y in groups[-1]]
            inside = any(c in _OF | {"for", "on", "para", "sobre", "against", "contra", "in"} for c in current) \
                or any(c == "to" and k > 0 and current[k - 1] in _HEADS for k, c in enumerate(current))  # (wrap)
            tail = [text[x:y] for x, y in words[i + 1:]]
            named = bool(rest) and (rest[0] in _OF and not _complement([fold_text(t) for t in tail], tail)
                                    or rest[0] in _HEADS and " ".join(rest[:2]) not in _RED_CROSS or is_acronym(raw[0]) or " ".join(rest[:2]) in _HEADS2
                                    # "... of the Interior and the National Police": an adjective of names, then a head
                                    or rest[0] in _NAME_ADJECTIVES and len(rest) > 1
                                    and (rest[1] in _HEADS or rest[1] in _BODY_NOUNS)
                                    # "... and the National Migration Board": an article, then a name of its own
                                    or stripped and any(w in _BODY_NOUNS for w in rest[:4])
                                    # "... y Policía Nacional de Panamá": an organisation word and an adjective
                                    or rest[0] in _BODY_NOUNS and len(rest) > 1 and rest[1] in _NAME_ADJECTIVES
                                    or rest[0] in _ORG_WORDS and len(raw) > 1 and (fold_text(raw[1]) in _OF or (
                                        # "y a la Procuraduría General de la Nación" (an article: another object;
                                        # "Relaciones Exteriores y Cooperación Internacional de …" goes on one name)
                                        stripped and len(raw) > 2 and fold_text(raw[1]) in _NAME_ADJECTIVES
                                        and fold_text(raw[2]) in _OF)))
            has_head = _head(current)[0] >= 0 or any(c in _ORG_WORDS for c in current)
            # "Fundación Tierra y Movilidad (FUNTIMO)": a name whose acronym follows the run is one name
            # unless what follows "y" is named on its own (a head word, an acronym, "of ...")
            acr = _PARENS.match(text, end)
            one = acr is not None and is_acronym(acr.group(1)) and has_head and not named and len(rest) <= 3
            spelled = acr is not None and is_acronym(acr.group(1)) and _spells(acr.group(1), text[groups[-1][0][0]:end])
            # in a field, a lone word that names nothing ("Employment and Social Development Canada")
            # is the start of the name the "and" continues
            own = [c for c in current if c not in _AND | ARTICLES | _JOIN]
            lone = field and len(own) == 1 and not has_head and own[0] not in _NOT_NAMES \
                and not is_acronym(text[groups[-1][-1][0]:groups[-1][-1][1]]) and len(rest) >= 2 and not named
            # issue 13 (h-country, round 11): a lone remit word, "and", one more and the head ("Immigration and
            # Nationality Department", "Customs and Excise Department"): one name (not a place's name before "and")
            remit = not field and len(own) == 1 and len([c for c in current if c not in ARTICLES]) == 1 and not has_head and own[0] not in _NOT_NAMES \
                and not is_acronym(text[groups[-1][-1][0]:groups[-1][-1][1]]) and not stripped and len(rest) >= 2 \
                and rest[0] not in _HEADS and rest[0] not in _OF and rest[1] in _HEADS \
                and country_of(text[groups[-1][0][0]:groups[-1][-1][1]]) is None \
                and not _is_place_name(text[groups[-1][0][0]:groups[-1][-1][1]])
            # issue 13 (wrap): a country's agency named by two remits ("U.S. Customs and Border Protection"): the
            # country's form first, one remit word, "and", one or two more capitalised words ending the run, none a
            # head, an organisation word, an acronym or a name of its own: one name
            shared = not field and not has_head and not named and not stripped and len(own) == 2 \
                and _COUNTRY_FORM.fullmatch(text[groups[-1][0][0]:groups[-1][0][1]]) is not None \
                and own[1] not in _NOT_NAMES and 1 <= len(tail) <= 2 and all(t[:1].isupper() for t in tail) \
                and not any(fold_text(t) in _HEADS or fold_text(t) in _ORG_WORDS or is_acronym(t) for t in tail)
            # issue 13 (wrap): a department named by its remits and its country, as Canada's are ("Employment and
            # Social Development Canada", "Immigration, Refugees and Citizenship Canada" is read by the commas)
            national = not field and not has_head and not named and not stripped and len(own) == 1 \
                and own[0] not in _NOT_NAMES and not is_acronym(text[groups[-1][-1][0]:groups[-1][-1][1]]) \
                and country_of(text[groups[-1][0][0]:groups[-1][-1][1]]) is None \
                and not _is_place_name(text[groups[-1][0][0]:groups[-1][-1][1]]) \
                and 2 <= len(tail) <= 4 and all(t[:1].isupper() for t in tail) \
                and not any(fold_text(t) in _HEADS or fold_text(t) in _ORG_WORDS or is_acronym(t) for t in tail) \
                and _ends_with_country(tail) and country_of(" ".join(tail)) is None
            # issue 13 (fields2): words with no head word, "and", then the head, the whole closed by the name's
            # acronym ("National Disaster Prevention and Response Service of Chile (SENAPRED)", "Dirección de
            # Prevención y Respuesta Inmediata..." has its head first): one name, not a headless piece and a name
            late = acr or _COUNTRY_THEN_PARENS.match(text, end)  # the acronym after the name's country, cut off
            headless = late is not None and is_acronym(late.group(1)) and not has_head and len(own) >= 2 \
                and not stripped and not named and rest and not is_acronym(raw[0]) \
                and any(r in _HEADS or r in _ORG_WORDS for r in [fold_text(text[x:y]) for x, y in words[i + 1:]]) \
                and country_of(text[groups[-1][0][0]:groups[-1][-1][1]]) is None \
                and not _is_place_name(text[groups[-1][0][0]:groups[-1][-1][1]])
            # issue 13 (event17): the movement's own pair ("Red Cross and Red Crescent", "Cruz Roja y de la Media Luna
            # Roja") is one name's words, never two bodies
            crescent = " ".join(current[-2:]) in ("red cross", "cruz roja") \
                and " ".join([r for r in rest if r not in ARTICLES and r not in ("de", "del")][:2]) in ("red crescent",
                                                                                                    "media luna")
            # issue 19 (names19): a government's formal name, its country after it ("Gobierno de Reconciliación y
            # Unidad Nacional de Nicaragua", "Government of National Unity and Reconstruction of X"): one name
            formal = len(current) >= 2 and current[0] in ("gobierno", "government") and current[1] in _OF \
                and fold_text(text[words[-1][0]:words[-1][1]]) in _OF and 2 <= len(words) - i - 1 <= 5 \
                and not is_acronym(raw[0]) if raw else False
            # issue 13 (names21): the "and" of a region's own pair ("Latin America and the Caribbean", "América Latina
            # y el Caribe", "Central America and the Dominican Republic") joins two places of one name, never two bodies
            region = bool(rest) and _REGION_TAIL.search(" ".join(current)) is not None \
                and _REGION_HEAD.match(" ".join(rest)) is not None
            # issue 13 (names21): a ministry's second remit, one head word closing the run or before its country ("Ministerio
            # de Justicia y Policía de X", "Ministry of Interior and Police"): no article, no adjective: one name
            remit2 = inside and not stripped and _head(current)[0] >= 0 and 1 <= len(tail) <= 5 and rest[0] in _BODY_NOUNS \
                and not is_acronym(raw[0]) and (len(tail) == 1 or fold_text(tail[1]) in _OF and (
                    len(tail) == 2 or country_of(" ".join(tail[2:]).rstrip(".,;")) is not None)) \
                and _PARENS.match(text, end) is None
            if not spelled and not lone and not remit and not formal and not shared and not national and not headless and not crescent \
                    and not region and not remit2 \
                    and ((not inside and not one) or named or not has_head):
                groups.append([])
                continue
        groups[-1].append((a, b))
    out: list[Mention] = []
    # issue 13 (names): "the Inter-American Development Bank's IDB Lab": an owner named apart from its unit, whose
    # name begins with the owner's acronym, is a name of its own
    split: list[list[tuple[int, int]]] = []
    for g in groups:
        k = next((k for k, (x, y) in enumerate(g[:-1]) if _POSSESSIVE_END.search(text[x:y])
                  and is_acronym(text[g[k + 1][0]:g[k + 1][1]])
                  and _spells(text[g[k + 1][0]:g[k + 1][1]], re.sub(r"['’]s$", "", text[g[0][0]:y]))), None)
        if k is None:
            split.append(g)
        else:
            split.extend([g[:k] + [(g[k][0], g[k][1] - 2)], g[k + 1:]])
    groups = split
    for g in groups:
        while g and (text[g[0][0]:g[0][1]].lower() in ARTICLES | _JOIN | _AND):
            g = g[1:]
        while g and (text[g[-1][0]:g[-1][1]].lower() in _JOIN | _AND):
            g = g[:-1]
        if not g:
            continue
        folded = [fold_text(text[a:b]) for a, b in g]
        if len(folded) == 1 and folded[0] in _PEOPLE_GROUPS:
            continue  # issue 13 (round 23): "Delegations of Belize and Honduras": the people the countries sent
        # "Representatives of the Ministry of Labour": the name begins at the head after "of"
        h, _ = _head(folded)
        if folded[0] in _PEOPLE and any(f in _OF for f in folded[1:]):
            # "Representatives of the Public Prosecutor's Office": the name begins after the first "of"
            k = next(i for i, f in enumerate(folded) if i > 0 and f in _OF) + 1
            while k < len(folded) and folded[k] in ARTICLES:
                k += 1
            g, folded = g[k:], folded[k:]
            h, _ = _head(folded)
        formal = len(folded) >= 4 and folded[0] in ("gobierno", "government") and folded[1] in _OF \
            and re.fullmatch(r"\s+(?:de|del|of)(?:\s+(?:the|la|el))?\s*", text[g[-1][1]:end]) is not None  # (names19)
        if h > 0 and not formal and folded[0] not in _HEADS and any(f in _OF for f in folded[:h]) \
                and not is_acronym(text[g[0][0]:g[0][1]]):
            g = g[h:]
            folded = folded[h:]
        # a capitalised verb or adverb that starts a sentence is not part of a name ("Convened by ...")
        # (a field's items are names: "CONANI; Intendencia de Montevideo")
        while g and not field and _sentence_start(text, g[0][0]) and not _list_item(text, g[0][0]) \
                and folded[0] not in _HEADS \
                and folded[0] not in _ORG_WORDS \
                and folded[0] not in _NAME_ADJECTIVES and not is_acronym(text[g[0][0]:g[0][1]]) \
                and not (folded[0] in _AGREEMENTS and len(g) > 2 and folded[1] in _OF and folded[2] not in ARTICLES) \
                and (len(g) == 1 or folded[1] in _JOIN | _AND or folded[0] in _NOT_NAMES) \
                and not (len(g) >= 4 and folded[1] in _AND and folded[0] not in _NOT_NAMES  # (wrap: "Employment and
                         and _ends_with_country([text[x:y] for x, y in g[2:]])):  # Social Development Canada ...")
            g, folded = g[1:], folded[1:]
            while g and folded[0] in ARTICLES | _JOIN | _AND:
                g, folded = g[1:], folded[1:]
        if not g or all(f in _NOT_NAMES for f in folded):
            continue
        a, b = g[0][0], g[-1][1]
        if _REGIONS_ONLY.fullmatch(fold_text(text[a:b]).lower()):
            continue  # (review of round 33) "Norteamérica y el Caribe", "Central America and the Caribbean": places
        if _OPEN_BEFORE.search(text, 0, a) and _CLOSE_AFTER.match(text, b):
            continue  # "(SACM)" after a name: that name's acronym, not a name of its own
        out.append(Mention(NEW, a, b, text[a:b], "new"))
    return out


# issue 13 (wrap): a parent ministry's head after its country's form ("... of the U.S. Department of State")
_PARENT_HEAD_AFTER = re.compile(r" +(?:Department|Ministry|Secretariat|Secretary|Embassy)\b")
_OF_BEFORE = re.compile(r"\b(?:of|de|del)\s+(?:the\s+)?$")

_COUNTRY_ABBREVIATIONS = {"U.S.": "US", "US": "US", "U.S.A.": "US", "USA": "US", "U.K.": "GB", "UK": "GB"}
_ABBREVIATED_COUNTRY = re.compile(r"(?<![\w.])(?:U\.S\.A\.|U\.S\.|USA|US|U\.K\.|UK)(?!\w)")

# issue 13 (wrap): a country's short form before an agency's name: "U.S.", "US", "UK"
_COUNTRY_FORM = re.compile(r"(?:[A-Z]\.){2,3}|U[SK]")


_STATE_WORDS = re.compile(r"^(?:(?:the|la|el)\s+)?(?:republic of|republica de|kingdom of|reino de|state of|estado de|"
                          r"commonwealth of|mancomunidad de)\s+", re.IGNORECASE)


def country_of(name: str) -> str | None:
    """ISO 3166-1 code of a country named alone ("Haiti", "República de Cuba", "Alemania"), else None."""
    from rcpkg.loaders.places import resolve_country

    bare = _STATE_WORDS.sub("", fold_text(name).strip())
    if not bare or len(bare.split()) > 4 or bare in _NOT_NAMES:
        return None
    info = resolve_country(bare)
    return info.iso2 if info else None


def _ends_with_country(words: list[str]) -> bool:
    """"Migration Colombia", "Global Affairs Canada": capitalised words before a country's name."""
    return len(words) >= 2 and any(country_of(" ".join(words[-k:])) for k in (1, 2, 3) if k < len(words))


# issue 13 (listing35): bodies of no government that a unit's name may close with, before their country ("Institute
# for Democracy and Human Rights of the Pontifical Catholic University of Peru")
_NON_GOV_BODIES = {"university", "universidad", "church", "iglesia", "foundation", "fundacion", "college"}


def _inner_body_owns_country(folded: list[str]) -> bool:
    """The name closes with "of the <body>" where the body is no government's (a university, a church): the country
    after the name is that body's, and the name a body of its own (no unit of the country's government)."""
    k = max((i for i, w in enumerate(folded) if w in _OF), default=-1)
    return k > 0 and any(w in _NON_GOV_BODIES for w in folded[k + 1:])


def describe(mention: Mention, text: str, known: list[Mention], *, lang: str, page_country_gov: str | None,
             acronyms: dict[str, str], entity_type) -> Described:
    """What the new name `mention` (offsets into `text`) is, with its neighbours `known`."""
    surface = mention.surface
    before = text[max(0, mention.start - 12):mention.start]
    nxt = next((k for k in sorted(known, key=lambda k: k.start) if k.start >= mention.end), None)
    if nxt is not None and not _OF_GAP.fullmatch(text[mention.end:nxt.start]):
        nxt = None  # a known name right after "of" / "de": the name's country, parent or complement
    # "the Minister of Foreign Affairs of Guatemala": the official is no actor, the country's government is
    then = nxt.start if nxt is not None and (nxt.kind == "country" or entity_type(nxt.entity_id) == "Government") \
        else None
    if _HONORIFICS.search(before):
        return Described(None, "a person's name is not an institution", then)
    words = surface.split()
    folded = _folded_words(surface)
    possessive = _COUNTRY_OFFICE.match(surface)
    if possessive and country_of(surface[:surface.find("'") if "'" in surface else surface.find("’")]):
        office = _folded_words(possessive.group("office"))
        if office[0] in _OFFICES or " ".join(office) in _OFFICES:
            return Described(None, "an official's office is not an institution (the page should name the institution)")
    # issue 13 (event32): "Subsecretaría" with its accent is an office of a ministry, a body ("la Subsecretaría del
    # Interior coordinó"); "Subsecretaria" without it is the official (the folded words are the same)
    office_body = folded[0] == "subsecretaria" and words[0][-3:].lower() == "ría"
    # issue 13 (fields35): "Coordinadora Nacional de Inmigrantes de Chile", "Coordinadora de Organizaciones Indígenas":
    # a coordinating body of a group of people or organizations (a civil society network), no official
    office_body = office_body or folded[0] in ("coordinadora", "coordinator") and _COORD_BODY.match(" ".join(folded))
    if not office_body and (folded[0] in _OFFICES or (len(folded) > 1 and f"{folded[0]} {folded[1]}" in _OFFICES)
                            or folded[0].startswith("vice") and folded[0][4:].lstrip("-") in _OFFICES):
        if then is not None:  # "the Minister of Foreign Affairs of Guatemala attended": Guatemala's government did
            return Described(None, "an official's office is not an institution: the role is its government's")
        return Described(None, "an official's office is not an institution (the page should name the institution)")
    if then is not None and folded[0] in _PLURAL_HEADS and len(folded) >= 3 and folded[1] in _OF:
        # issue 13 (names21): "los Ministerios de Trabajo de Chile, Perú y Ecuador", "the Ministries of Health of X and
        # Y": a plural head shared by several countries names no one body: each country's government takes the role
        return Described(None, "a plural ministry of several countries: the role is each country's government's")
    acronym: str | None = None
    name = surface
    after = _PARENS.match(text, mention.end)
    if after and is_acronym(after.group(1)):
        acronym = after.group(1)
    elif len(words) == 1 and (is_acronym(surface) or surface in acronyms and text[mention.end:mention.end + 1] == ")"
                              and re.search(r"\((?:El|La|Los|Las|The) $", text[max(0, mention.start - 6):mention.start])):
        acronym = surface
        name = acronyms.get(surface, surface)
        folded = _folded_words(name)
    elif nxt is not None and nxt.kind == "country" and (seat := _SEAT_AFTER_COUNTRY.match(text, nxt.end)) \
            and is_acronym(seat.group(1)):
        # issue 13 (event15): the acronym of a name that ends with its country and its seat's city ("Universidad
        # Nacional Autónoma de Nicaragua, León (UNAN-León)"): the name's
        acronym = seat.group(1)
    norm = normalized(name)
    if norm in _GENERIC or normalized(surface) in _GENERIC or _OF_MEMBERS.search(norm):
        return Described(None, "a group named generically, not an institution")
    # issue 13 (roles3): a city named with its head word ("la Ciudad de Guatemala", "Panama City", "the City of
    # Belize"): a place, never an institution
    if len(words) >= 2 and ("ciudad" in folded[:1] or "city" in folded[:1] or folded[-1] == "city") \
            and (_is_place_name(surface) or _is_place_name(" ".join(w for w in words if _fold_word(w) not in
                                                                     _CITY_WORDS))):
        return Described(None, "a city's name is a place, not an institution")
    if folded[0] in _AGREEMENTS \
            or len(folded) >= 2 and folded[1] in _AGREEMENTS and folded[0] in _AGREEMENT_SCOPE \
            or folded[0] == "plan" and len(folded) >= 3 and folded[1] not in ("international", "internacional"):
        # "the Global Compact" / "Pacto Mundial": an agreement, not a body; (event33) "Declaración de Lima" at a
        # sentence's start keeps its head word; "Plan Andino de Movilidad Laboral" is a plan (not "Plan International")
        return Described(None, "an agreement or a text, not an institution")
    if folded[0] in _MEETING_WORDS or folded[-1] in _MEETING_WORDS \
            or len(folded) >= 2 and _EDITION.fullmatch(words[0]) and folded[1] in _MEETING_WORDS | _EDITION_OF:
        # issue 13 (names21): "la XII Conferencia", "la Reunión Intersesional", "the Vice-Ministerial Meeting": a
        # meeting named by its edition or its kind is an event, not an institution
        return Described(None, "a meeting, not an institution")
    if then is not None and len(folded) >= 3 and folded[0] in ("gobierno", "government") and folded[1] in _OF:
        # issue 19 (names19): "el Gobierno de Reconciliación y Unidad Nacional de Nicaragua": the country's government
        return Described(None, "a government's formal name: the role is its government's")
    if _NAVIGATION.match(surface):  # issue 19 (names19): "Volver a Temas", "Back to Events": a site's link
        return Described(None, "a site's navigation link, not an institution")
    if folded[0] in _VENUES:  # issue 13 (h-r8b): "at the Hotel Real Intercontinental", "en el Auditorio Juan Pablo II"
        return Described(None, "a venue, not an institution")
    h, type_ = _head(folded)
    org_word = any(f in _ORG_WORDS for f in folded)
    prv0 = next((k for k in sorted(known, key=lambda k: -k.end) if k.end <= mention.start), None)
    after_acronym = prv0 is not None and prv0.kind == "acronym" and text[prv0.end:mention.start] == " "
    if len(folded) == 1 and not acronym and nxt is None and (folded[0] in _HEADS or folded[0] in _ORG_WORDS) \
            and folded[0] not in ("cancilleria", "chancellery", "caritas") and not after_acronym:
        return Described(None, "a bare head word names no particular institution")
    if re.fullmatch(r"U\.?S\.?A?\.?|UK|U\.K\.", surface):  # "the Canadian and US delegations" (news articles)
        return Described(None, "an abbreviation of a country's name: its government is not recorded from it")
    plural = re.match(r"(?:Governments|Gobiernos)\s+(?:of|de|del)\s+(?:the\s+|la\s+|el\s+)?(.+)$", name)
    if plural and country_of(plural.group(1)):  # "the Governments of Germany and Switzerland": each government
        return Described(None, "a country whose government the reference data does not list "
                               "(add it to data/reference/governments.yaml)")
    if nxt is None and len(folded) <= 4 and country_of(name):
        # the extractor reads a country with a government in the reference data as that government
        return Described(None, "a country whose government the reference data does not list "
                               "(add it to data/reference/governments.yaml)")
    if h < 0 and not org_word and not acronym and not _ends_with_country(words):
        joined = any(f in _JOIN or f in ("without", "sin", "sans") for f in folded)  # "Doctors Without Borders"
        if len(folded) == 1 and nxt is None and not _BANK_WORD.search(folded[0]) and not _brand_word(surface):
            return Described(None, "a single word that names no institution for sure")
        # issue 13 (h-left): a regional adjective is no part of a person's name ("the Inter-American Dialogue")
        regional = any(_REGIONAL_ADJ.fullmatch(fold_text(w).replace(" ", "").replace("-", "")) for w in words)
        # issue 13 (listing30b): an ampersand joins a firm's or a body's words ("Luxembourg Aid & Development",
        # "Alianza Rural & Desarrollo"), never a person's names
        if 2 <= len(folded) <= 4 and not joined and not regional and not any(is_acronym(w) for w in words) \
                and "&" not in surface:
            return Described(None, "looks like a person's name, not an institution")
        if all(f in _NOT_NAMES for f in folded):
            return Described(None, "not the name of an institution")
    parent: str | None = None
    base = name
    absorbed: int | None = None
    printed: tuple[str, ...] = ()
    if nxt is None and type_ in ("NationalMinistry", "OrganizationUnit") and acronym is None:
        # issue 19 (names19): a unit with its country in parentheses, as a list names each country's office
        # ("Dirección Nacional de Migración (Paraguay)", "Immigration Department (Belize)"): a unit of that
        # country's government, named "<unit> de / of <country>"
        paren = next((k for k in sorted(known, key=lambda k: k.start) if k.start >= mention.end), None)
        if paren is not None and (paren.kind == "country" or entity_type(paren.entity_id) == "Government") \
                and re.fullmatch(r"\s*\(\s*", text[mention.end:paren.start]) \
                and re.match(r"\s*\)", text[paren.end:paren.end + 3]):
            parent, absorbed = paren.entity_id, paren.start
            printed = (surface, f"{surface} ({paren.surface})")  # both as printed
            name = base = f"{surface} {'of' if lang == 'en' else 'de'} {paren.surface}"
    # a known government, country or organization right after "of / de (the)"
    if nxt is not None:
        kind = entity_type(nxt.entity_id)
        if nxt.kind == "country" or kind == "Government":
            if (type_ in ("NationalMinistry", "OrganizationUnit") or any(f in _GOV_UNIT_WORDS for f in folded)) \
                    and not _inner_body_owns_country(folded):
                parent = nxt.entity_id
                type_ = type_ if type_ in ("NationalMinistry", "OrganizationUnit") else "OrganizationUnit"
            else:  # "Red Cross Society of Panama": the country is part of the name, not an actor
                absorbed = nxt.start
                base = name = text[mention.start:nxt.end]
                late = _PARENS.match(text, nxt.end)
                if acronym is None and late and is_acronym(late.group(1)):
                    acronym = late.group(1)  # issue 13 (listing35): "… University of Peru (IDEHPUCP)": the name's
                if type_ == "IntergovernmentalOrganization":
                    type_ = None  # "Central Bank of Costa Rica": one country's, not intergovernmental
        elif type_ in ("OrganizationUnit", "NationalMinistry", "WorkingGroup", "CivilSocietyNetwork") and kind:
            parent = nxt.entity_id
        elif kind and nxt.kind != "country" and any(f in _UNIT_WORDS for f in folded):
            parent = nxt.entity_id  # issue 13 (names): "International Training Centre of the ILO"
            type_ = "OrganizationUnit"
        if parent is not None:
            absorbed = nxt.start
            name = text[mention.start:nxt.end]
            if nxt.kind == "country" or kind == "Government":
                # issue 13 (round 29): "Ministerio del Trabajo de Colombia" is, in its country, the
                # "Ministerio del Trabajo": the unit's own name, printed, is one of its names too
                printed = (surface,)
            if type_ == "OrganizationUnit" and kind not in (None, "Government") and nxt.kind != "country":
                # "Oficina Regional de UNICEF para América Latina y el Caribe": the unit's remit after its
                # parent is part of its name (up to the next known name)
                remit = _REMIT.match(text, nxt.end)
                if remit:
                    stop = min([k.start for k in known if k.start >= nxt.end] + [remit.end()])
                    words_ = text[nxt.end:stop].split()
                    for i, w in enumerate(words_):  # "... y el Caribe y el Consejo Hondureño ...": another name
                        if w.lower() in _AND and i + 2 < len(words_) and words_[i + 1].lower() in ARTICLES \
                                and fold_text(words_[i + 2]) in _BODY_NOUNS:
                            words_ = words_[:i]
                            break
                    while words_ and words_[-1].lower() in _JOIN | _AND:
                        words_.pop()
                    tail = " ".join(words_)
                    if len(words_) >= 2:
                        name = text[mention.start:nxt.end] + " " + tail
                        base = f"{surface} {tail}"
    # "the Ecuadorian Foreign Ministry", "the Colombian Ministry of Foreign Affairs": a demonym that opens
    # the name of a ministry or service makes it a unit of that country's government (news articles)
    demonym = next((k for k in known if k.start == mention.start and k.end < mention.end
                    and (k.kind == "country" or entity_type(k.entity_id) == "Government")), None)
    if parent is None and demonym is not None and (type_ in ("NationalMinistry", "OrganizationUnit")
                                                   or any(f in _GOV_UNIT_WORDS for f in folded)):
        parent = demonym.entity_id
        type_ = type_ if type_ in ("NationalMinistry", "OrganizationUnit") else "OrganizationUnit"
    if parent is None and type_ in ("NationalMinistry", "OrganizationUnit"):
        # issue 13 (wrap): a unit named with its parent ministry, the parent's country before the parent's head
        # ("Office to Monitor ... of the U.S. Department of State"): a unit of that country's government
        inner = [k for k in known if mention.start < k.start and k.end < mention.end
                 and (k.kind == "country" or entity_type(k.entity_id) == "Government")
                 and _PARENT_HEAD_AFTER.match(text, k.end) and _OF_BEFORE.search(text, mention.start, k.start)]
        if len(inner) == 1:
            parent, type_ = inner[0].entity_id, "OrganizationUnit"
        elif not inner:  # the country's abbreviation ("the U.S. Department of State")
            abbr = [m for m in _ABBREVIATED_COUNTRY.finditer(text, mention.start, mention.end)
                    if _PARENT_HEAD_AFTER.match(text, m.end()) and _OF_BEFORE.search(text, mention.start, m.start())]
            gov = f"gov-{_COUNTRY_ABBREVIATIONS[abbr[0].group()].lower()}" if len(abbr) == 1 else None
            if gov is not None and entity_type(gov) == "Government":
                parent, type_ = gov, "OrganizationUnit"
    prv = next((k for k in sorted(known, key=lambda k: -k.end) if k.end <= mention.start), None)
    if parent is None and absorbed is None and prv is not None and re.fullmatch(r"['’]s ", text[prv.end:mention.start]) \
            and (prv.kind == "country" or entity_type(prv.entity_id) == "Government"):
        absorbed = prv.start  # "Costa Rica's Ministry of Public Security": the country's, not an actor
        name = text[prv.start:mention.end]
        if type_ in ("NationalMinistry", "OrganizationUnit") or any(f in _GOV_UNIT_WORDS for f in folded):
            parent = prv.entity_id
            type_ = type_ if type_ in ("NationalMinistry", "OrganizationUnit") else "OrganizationUnit"
            # issue 13 (rules5): named as "<office> of <country>", as the same body is printed elsewhere
            # ("Ministry of Labour of Ecuador"); the possessive form is kept as printed
            printed = (name, surface)
            name = f"{surface} of {text[prv.start:prv.end]}"
        else:
            base = name
    if parent is None and absorbed is None and prv is not None and re.fullmatch(r"['’]s ", text[prv.end:mention.start]) \
            and prv.kind != "country" and entity_type(prv.entity_id) not in (None, "Government") \
            and type_ == "OrganizationUnit":
        parent = prv.entity_id  # "UNHCR's Regional Bureau for the Americas": a unit of UNHCR
        absorbed = prv.start
        base = name = text[prv.start:mention.end]
    if parent is None and prv is not None and prv.kind == "acronym" and text[prv.end:mention.start] == " " \
            and type_ is None and any(f in _UNIT_WORDS for f in folded) \
            and entity_type(prv.entity_id) not in (None, "Government"):
        type_ = "OrganizationUnit"  # issue 13 (names): "IOM Development Fund", "IDB Lab"
    if parent is None and prv is not None and prv.kind != "acronym" and is_acronym(prv.surface) \
            and text[prv.end:mention.start] == " " and type_ in (None, "Institution") \
            and any(f in _UNIT_WORDS for f in folded[:next((k for k, f in enumerate(folded) if f in _OF), 3)][:3]) \
            and entity_type(prv.entity_id) not in (None, "Government"):
        # issue 13 (event17): a known organization printed in capitals right before its institute, centre or fund
        # ("MERCOSUR Institute of Public Policies on Human Rights", "MERCOSUR Social Institute"): one name, a unit of
        # that organization
        type_ = "OrganizationUnit"
    if parent is None and prv is not None and (prv.kind == "acronym" or is_acronym(prv.surface)) \
            and text[prv.end:mention.start] == " " \
            and type_ in ("OrganizationUnit", "WorkingGroup", "CivilSocietyNetwork"):
        parent = prv.entity_id  # "IOM Regional Office for Mesoamerica"
        absorbed = prv.start
        base = name = f"{prv.surface} {name}"
    name_end = max([mention.end] + [k.end for k in known if absorbed is not None and k.start == absorbed
                                    and k.start > mention.start])
    placed = folded[-1] in _PLACED or folded[0] in _PLACED and len(folded) <= 3
    if parent is not None and name_end > mention.end and entity_type(parent) not in (None, "Government") \
            and name.endswith(text[name_end - 4:name_end]):
        # issue 13 (names): a unit of a unit, the inner unit named after its organization's acronym ("Labour
        # Integration Programme of the UNHCR Representation in Mexico"): the whole chain is the unit's name
        inner = _NAME.match(text, name_end + 1) if text[name_end:name_end + 1] == " " else None
        if inner and not any(k.start < inner.end() and k.end > inner.start() for k in known):
            iw = _folded_words(inner.group())
            if _head(iw)[1] == "OrganizationUnit" and len(iw) <= 4 and not any(w in _OF for w in iw):
                name = text[(absorbed if absorbed is not None and absorbed < mention.start else mention.start):inner.end()]
                base = name
                name_end = inner.end()
                placed = placed or iw[-1] in _PLACED
    after = next((k for k in sorted(known, key=lambda k: k.start) if k.start >= name_end), None)
    city = _IN_CITY.match(text, name_end) if placed and parent is not None else None
    if city is not None and (after is None or after.start >= city.end()):
        from rcpkg.loaders.places import resolve_place

        found = resolve_place(city.group(1))
        if found.resolved and getattr(found, "city", None) is not None:
            # "Consulado General de Bolivia en Buenos Aires": the city is part of the office's name
            name = base = text[(absorbed if absorbed is not None and absorbed < mention.start else mention.start):city.end()]
    if after is not None and after.kind == "country" and placed \
            and re.fullmatch(r" +(?:in|en) +", text[name_end:after.start]):
        extra = after.start  # "IOM Country Office in Belize": the place is part of the office's name
        name = text[mention.start:after.end] if absorbed is None or absorbed > mention.start \
            else text[absorbed:after.end]
        base = name
    else:
        extra = None
    places: list[int] = []
    remit_after = _FOR_AFTER.match(text, name_end) if type_ == "OrganizationUnit" and parent is not None \
        and name_end > mention.end and entity_type(parent) not in (None, "Government") else None
    if type_ == "OrganizationUnit" and extra is None and (remit_after or re.search(r"\b(?:for|para)\b", surface, re.IGNORECASE)):
        # "ILO Office for Central America, Haiti, Panama and the Dominican Republic": the countries
        # listed after the office's remit are part of its name, not actors; issue 13 (names): so are those
        # after its parent ("Oficina de la OIT para México y Cuba")
        first = absorbed if absorbed is not None and absorbed < mention.start else mention.start
        pos = remit_after.end() if remit_after else mention.end
        for k in sorted(known, key=lambda k: k.start):
            if k.start < pos:
                continue
            gap = text[pos:k.start]
            pieces = [x for x in (p.strip() for p in re.split(r",|\band\b|\by\b|\bthe\b|\bla\b|\bel\b", gap)) if x]
            opening = remit_after is not None and not places and not gap.strip()  # right after "para"
            if k.kind != "country" or not (opening or gap.lstrip().startswith(",") or re.match(r"\s*(?:and|y)\b", gap)) \
                    or "\n" in gap or any(country_of(x) is None for x in pieces):
                break
            places.append(k.start)
            pos = k.end
            if re.search(r"\b(?:and|y)\b", gap):
                break
        if places:
            # a last country the reference data has no government for ("... para México y Cuba")
            last = re.match(rf"(?:,| +(?:and|y|e))? +({_CAP}(?: {_CAP})?)(?![\w-])", text[pos:])
            if last and country_of(last.group(1)) and not any(k.start == pos + last.start(1) for k in known):
                pos += last.end()
            name = base = text[first:pos]
    if extra is None and not places and absorbed is None and _REGION_END.search(fold_text(surface)) \
            and not folded[0].endswith("s"):
        # issue 13 (event17): a body "of" a region, the other countries or regions of its remit listed after commas
        # ("Commission of Police Chiefs of Central America, Mexico, the Caribbean and Colombia", "Consejo de
        # Ministros de Centroamérica, México y el Caribe"): the list closes the name; a plural head ("the
        # Ministries of Health of Central America, Mexico and Panama") names several bodies and is left alone
        end = _region_list_end(text, mention.end)
        if end is not None:
            places.extend(k.start for k in known if mention.end <= k.start < end)
            name = base = text[mention.start:end]
    if acronym is None and extra is None and not places and absorbed is None:
        # issue 13 (names): a remit ending with a place, then the whole name's acronym ("Regional Interagency
        # Coordination Platform for Refugees and Migrants from Venezuela (R4V)", "Coordination Centre for the
        # Prevention of Natural Disasters in Central America (CEPREDENAC)"): the place is part of the name
        tail = _PLACE_ACRONYM.match(text, name_end)
        if tail and tail.group(1) in ("y", "and", "e") and not (
                _REMIT_PLACE.search(surface) and any(k.kind == "country" and tail.start(2) <= k.start < tail.end(2)
                                                     for k in known)):
            tail = None  # "..., y República Dominicana (X)" continues a place only after a remit ("en América Central")
        if tail and any(w in _HEADS or w in _ORG_WORDS for w in _folded_words(tail.group(2))):
            tail = None  # another body's name, not a place
        if tail and is_acronym(tail.group(3)) and not any(k.start < tail.end() and k.end > tail.start(3) - 1
                                                           and k.kind != "country" for k in known):
            name = base = text[mention.start:tail.start(3) - 1].rstrip(" (")
            acronym = tail.group(3)
            # the place's start (the whole mention reaches it) and any known country inside it
            places.extend(dict.fromkeys([tail.start(2)] + [k.start for k in known if tail.start(2) <= k.start < tail.end(2)]))
    if parent is None and type_ == "NationalMinistry" and page_country_gov and h == 0:
        parent = page_country_gov  # a country page: its ministries are its country's
    if parent is not None and entity_type(parent) == "Government":
        if type_ not in ("NationalMinistry", "OrganizationUnit"):
            type_ = "OrganizationUnit"
    elif parent is not None and type_ == "NationalMinistry":
        type_ = "OrganizationUnit"  # "Secretariat of SICA": a unit of the organization
    if type_ == "WorkingGroup" and parent is None:
        type_ = "Institution"
    key = re.sub(r"[^a-z0-9]+", "-", normalized(base)).strip("-")[:80].strip("-")
    if not key:
        return Described(None, "not the name of an institution")
    if parent is not None:
        key = f"{key}--{parent}"
    name = _trim(name)
    taken = tuple(x for x in (absorbed, extra, *places) if x is not None)
    return Described(ExtractedInstitution(key, name, acronym, type_ or "Institution", parent, lang,
                                          tuple(_trim(x) for x in printed)), None, taken)


# issue 19 (names19): a site's links back to its sections, read as capitalised words ("Volver a Temas", "Back to
# Topics", "Regresar al Inicio", "Go back to Events")
_NAVIGATION = re.compile(r"(?:(?:Go|Ir)\s+)?(?:Volver|Regresar|Back|Return|Retornar)\s+(?:a|al|to)\b", re.IGNORECASE)

_CITY_WORDS = {"ciudad", "city", "de", "of", "la", "the", "del"}
# issue 13 (event17): regions of several countries that close a body's name after "of" / "de"
_REGIONS = ("central america|south america|latin america|north america|the caribbean|caribbean|mesoamerica|"
            "centroamerica|america central|america latina|latinoamerica|sudamerica|suramerica|america del sur|"
            "norteamerica|america del norte|el caribe|caribe")
_REGION_END = re.compile(rf"\b(?:of|de|del)\s+(?:the\s+|la\s+|el\s+)?(?:{_REGIONS.replace('the caribbean|', '')})$",
                         re.IGNORECASE)
_REGION_TAIL = re.compile(rf"(?:^|\s)(?:{_REGIONS})$")
# a name made of regions alone, with their articles and "and" ("Norteamérica y el Caribe"): a place, no body
_REGIONS_ONLY = re.compile(rf"(?:(?:the|la|el)\s+)?(?:{_REGIONS})(?:\s*(?:,|\band\b|\by\b|\be\b)\s*(?:(?:the|la|el)\s+)?"
                           rf"(?:{_REGIONS}))*")
_REGION_HEAD = re.compile(rf"(?:{_REGIONS}|dominican republic|republica dominicana)(?:\s|$)")
_REGION_ITEM = re.compile(rf"(,\s*(?:(?:and|y|e)\s+)?|\s+(?:and|y|e)\s+)(?:(?:the|la|el)\s+)?({_CAP}(?: (?:de |del )?{_CAP}){{0,2}})"
                          r"(?![\w-])")


def _region_list_end(text: str, pos: int) -> int | None:
    """The end of a list of countries or regions right after `pos` that ends with "and" / "y" (", Mexico, the
    Caribbean and Colombia"); None when there is none, or an item is no country or region."""
    items = 0
    while (m := _REGION_ITEM.match(text, pos)) is not None:
        item = fold_text(m.group(2)).lower()
        if country_of(m.group(2)) is None and not re.fullmatch(_REGIONS, item):
            return None
        items, pos = items + 1, m.end()
        if re.search(r"\b(?:and|y|e)\s", m.group(1)):
            return pos if items >= 2 else None
    return None


def _brand_word(word: str) -> bool:
    """issue 13 (roles3): one word cased as a name of its own, capitals inside it and lower case too ("EUROsociAL+",
    "RedLAC"): no common word is printed so, whatever sentence it opens"""
    core = word.rstrip("+")
    return bool(re.fullmatch(r"[^\W\d_]{4,}", core)) and any(c.islower() for c in core) \
        and sum(c.isupper() for c in core[1:]) >= 2


def _fold_word(word: str) -> str:
    return fold_text(word).lower()


def _is_place_name(word: str) -> bool:
    """A word the gazetteer knows as a city or country (issue 13, round 11: "Guatemala and Honduras …")."""
    from rcpkg.loaders.places import resolve_place

    return resolve_place(word, alternates=False).resolved
