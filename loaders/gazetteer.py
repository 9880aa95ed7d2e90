"""Finding the institutions of the reference data in text (English and Spanish).

``Gazetteer.from_reference(ref).find(text)`` gives the :class:`Mention` values
in `text`, left to right, none overlapping. The rules:

- **Names and variants** (both languages) match accent- and case-insensitively,
  hyphens read as spaces, at word boundaries.
- **Acronyms** (and labels written like one: no lowercase letter and no space,
  "GRCM/RCGM", "ECLAC/CELADE", "MIDWA") match case-sensitively: "IOM" but not
  "iom" in a URL.
- **Longest match first**: a name inside a longer name is not a mention of its
  own. A unit's full name names the unit: "the Regional Office for Central
  America, North America and the Caribbean of the International Organization
  for Migration" is one mention of the office, not of IOM as well (queries
  roll units up to their organization through ``org:subOrganizationOf``).
- **A parenthesised acronym right after a name** is the same mention, when it
  is the acronym of the named entity or of an entity it is part of: in
  "Technical Secretariat of the Regional Conference on Migration (RCM)" the
  "(RCM)" is not a second mention. The same holds for an acronym that follows
  the name with only spaces between ("Regional Consultation Group on Migration
  GRCM/RCGM").
- **Governments**: "Government of Costa Rica" / "Gobierno de Costa Rica" are
  names of the government. A bare country name ("Costa Rica") is a mention of
  kind ``"country"``: it names the government only when the sentence names it
  as an actor, which :mod:`rcpkg.loaders.roles` decides ("hosted by Costa
  Rica", "Canada, Mexico and other member countries, to discuss"). "Mexico
  City", "Guatemala City", "Ciudad de Panamá", "México, D.F." are places, never
  mentions; so is a country in an address ("San José, Costa Rica", both names
  of "Guatemala, Guatemala"), while a list of countries ("Mexico, Guatemala and
  Honduras") stays a list of mentions.
- **Demonyms** (:data:`DEMONYMS`: "peruano/a/os/as", "Peruvian") are mentions of kind
  ``"country"`` too, of the government of their country: "con las delegaciones argentina,
  boliviana y peruana", "el canciller chileno inauguró" (an actor only where a role phrase says so,
  as a bare country name).
- **Pseudo-mentions** for words that point at an institution without naming
  it: the Presidency Pro-Tempore ("PPT", :data:`PPT`) and "their respective
  Technical Secretariats" (:data:`RESPECTIVE_SECRETARIATS`); the extractor
  resolves them or drops them, never guesses.
- A folded name shared by two entities is ambiguous and is left out (listed in
  :attr:`Gazetteer.ambiguous`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rcpkg.loaders.folding import PAGE_CACHES, fold_name, fold_text, trie_pattern
from rcpkg.loaders.reference import Reference

PPT = "@ppt"
RESPECTIVE_SECRETARIATS = "@respective-secretariats"
# "the Technical Secretariats of both conferences" (news articles on a joint RCM-SACM meeting)
BOTH_SECRETARIATS = "@both-secretariats"
_BOTH_NAMES = ("Technical Secretariats of both conferences", "Technical Secretariats of both processes",
               "Secretarías Técnicas de ambas conferencias", "Secretarías Técnicas de ambos procesos")

_PPT_NAMES = ("Presidency Pro-Tempore", "Presidency Pro Tempore", "Pro-Tempore Presidency",
              "Pro Tempore Presidency", "Presidencia Pro Tempore", "Presidencia Pro-Tempore",
              "Presidencia Pro Témpore", "Presidencia Pro-Témpore", "Presidencia Protémpore",
              # issue 13 (prose): "the Presidencies Pro Tempore of the SACM, held by Uruguay, and of the RCM, held by …"
              "Presidencies Pro Tempore", "Presidencies Pro-Tempore", "Pro Tempore Presidencies",
              "Presidencias Pro Tempore", "Presidencias Pro-Tempore", "Presidencias Pro Témpore")
_PPT_ACRONYMS = ("PPT",)
_RESPECTIVE_NAMES = ("their respective Technical Secretariats", "their respective Secretariats",
                     "their Technical Secretariats", "sus respectivas Secretarías Técnicas",
                     "sus respectivas Secretarías", "sus Secretarías Técnicas")

# A country's demonyms (Spanish masculine singular stem forms are spelled out; English as used),
# keyed by ISO2: mentions of kind "country" of the government whose `country` it is.
_ES = ("o", "a", "os", "as")
DEMONYMS: dict[str, tuple[str, ...]] = {
    "AR": ("argentino", "argentina", "argentinos", "argentinas", "Argentine", "Argentinian"),
    "BO": tuple("bolivian" + e for e in _ES) + ("Bolivian",),
    "BR": ("brasileño", "brasileña", "brasileños", "brasileñas", "Brazilian"),
    "CL": tuple("chilen" + e for e in _ES) + ("Chilean",),
    "CO": tuple("colombian" + e for e in _ES) + ("Colombian",),
    "EC": tuple("ecuatorian" + e for e in _ES) + ("Ecuadorian", "Ecuadorean"),
    "GY": ("guyanés", "guyanesa", "guyaneses", "guyanesas", "Guyanese"),
    "PY": tuple("paraguay" + e for e in _ES) + ("Paraguayan",),
    "PE": tuple("peruan" + e for e in _ES) + ("Peruvian",),
    "SR": ("surinamés", "surinamesa", "surinameses", "surinamesas", "Surinamese"),
    "UY": tuple("uruguay" + e for e in _ES) + ("Uruguayan",),
    "VE": tuple("venezolan" + e for e in _ES) + ("Venezuelan",),
    "BZ": ("beliceño", "beliceña", "beliceños", "beliceñas", "Belizean"),
    "CA": ("canadiense", "canadienses", "Canadian"),
    "CR": ("costarricense", "costarricenses", "Costa Rican"),
    "DO": ("dominicano", "dominicana", "dominicanos", "dominicanas"),
    "SV": ("salvadoreño", "salvadoreña", "salvadoreños", "salvadoreñas", "Salvadoran", "Salvadorean"),
    "GT": ("guatemalteco", "guatemalteca", "guatemaltecos", "guatemaltecas", "Guatemalan"),
    "HN": ("hondureño", "hondureña", "hondureños", "hondureñas", "Honduran"),
    "MX": tuple("mexican" + e for e in _ES) + ("Mexican",),
    "NI": ("nicaragüense", "nicaragüenses", "Nicaraguan"),
    "PA": ("panameño", "panameña", "panameños", "panameñas", "Panamanian"),
    "US": ("estadounidense", "estadounidenses"),
    "JM": tuple("jamaiquin" + e for e in _ES) + ("Jamaican",),
}

# A country name followed or preceded by these words is a city ("Mexico City", "Ciudad de México",
# "Ciudad Guatemala", "México, D.F.").
_CITY_AFTER = re.compile(r",?\s+(?:City|D\.\s?F\.?|DF)(?!\w)")
_CITY_BEFORE = re.compile(r"(?:Ciudad(?:\s+de)?|City\s+of)\s+$", re.IGNORECASE)
# The words of a city's name right before ", <country>" ("San José, Costa Rica").
_CITY_WORD = r"(?:[A-ZÁÉÍÓÚÑ][\w.'’-]*|de|del|la|el|los|las)"
_CITY_WORDS = re.compile(rf"({_CITY_WORD}(?:\s+{_CITY_WORD}){{0,3}}),\s*$")
# an acronym joined by a hyphen to another one ("CIF-OIT", "ORAS-CONHU") is part of a compound acronym
_COMPOUND_BEFORE = re.compile(r"(?<![\w-])[A-ZÁÉÍÓÚÑ]{2,}-$")
_COMPOUND_AFTER = re.compile(r"-[A-ZÁÉÍÓÚÑ]{2,}(?![\w-])")
_COMMA_NEXT = re.compile(r",\s*")
_PAREN_GAP = re.compile(r"\s*\(\s*")
_PAREN_CLOSE = re.compile(r"\s*\)")
_OWNED_GAP = re.compile(r"[ \t]+(?:of the|of|de la|del|de)[ \t]+")
_OWNER_GAP = re.compile(r"[ \t]")  # issue 13 (listing29): one space between an owner and its body's name


@dataclass(frozen=True, slots=True)
class Mention:
    """A name of an institution as written: ``text[start:end] == surface``."""

    entity_id: str  # reference id, or PPT / RESPECTIVE_SECRETARIATS
    start: int
    end: int
    surface: str
    kind: str = "name"  # "name" | "acronym" | "country" | "pseudo"

    def shifted(self, offset: int) -> "Mention":
        return Mention(self.entity_id, self.start + offset, self.end + offset, self.surface, self.kind)


def _squeeze(folded: str) -> str:
    if "  " not in folded:  # no run of spaces: nothing to squeeze
        return folded
    return re.sub(" +", " ", folded)


def _compile(before: str, words: dict[str, str], after: str) -> re.Pattern[str]:
    if not words:
        return re.compile(r"(?!)")  # matches nothing
    return re.compile(f"{before}(?:{trie_pattern(words)}){after}")


def _is_acronym(label: str) -> bool:
    return " " not in label and not any(c.islower() for c in label) and any(c.isupper() for c in label)


_FOUND: dict = {}  # (gazetteer, text) -> Gazetteer.find's mentions, for the page being read (cleared by folding.forget)
PAGE_CACHES.append(_FOUND)
_UMBRELLA_MIN = 3  # the longer known names a name must head to be a family's
_NAME_GOES_ON = re.compile(r"\s+(?:[A-ZÁÉÍÓÚÑ]|(?:para|contra|sobre|de|for|against|on)\s+(?:(?:el|la|los|las|the)\s+)?"
                           r"[A-ZÁÉÍÓÚÑ])")
_NAME_BEFORE = re.compile(r"[A-ZÁÉÍÓÚÑ][\w’'\-]*\s+(?:de las|de la|del|of the)\s+$")


class Gazetteer:
    """The matchers built from the reference data's names."""

    def __init__(self, ref: Reference) -> None:
        self.reference = ref
        names: dict[str, set[str]] = {}
        acronyms: dict[str, set[str]] = {}
        countries: dict[str, set[str]] = {}

        def add(table: dict[str, set[str]], key: str, entity_id: str) -> None:
            if key:
                table.setdefault(key, set()).add(entity_id)

        for e in ref.entities.values():
            labels = list(e.names.values()) + [v for vs in e.variants.values() for v in vs]
            for label in labels:
                if _is_acronym(label):
                    add(acronyms, label, e.id)
                else:
                    add(names, fold_name(label), e.id)
            for acronym in e.acronyms.values():
                add(acronyms, acronym, e.id)
            for cnames in e.country_names.values():
                for cname in cnames:
                    add(countries, fold_name(cname), e.id)
            if e.type == "Government" and e.country:
                for demonym in DEMONYMS.get(e.country, ()):
                    add(countries, fold_name(demonym), e.id)
        for label in _PPT_NAMES:
            add(names, fold_name(label), PPT)
        for label in _PPT_ACRONYMS:
            add(acronyms, label, PPT)
        for label in _RESPECTIVE_NAMES:
            add(names, fold_name(label), RESPECTIVE_SECRETARIATS)
        for label in _BOTH_NAMES:
            add(names, fold_name(label), BOTH_SECRETARIATS)

        self.ambiguous: dict[str, tuple[str, ...]] = {}
        for table in (names, acronyms, countries):
            for key, ids in list(table.items()):
                if len(ids) > 1:
                    self.ambiguous[key] = tuple(sorted(ids))
                    del table[key]
        self._names = {k: next(iter(v)) for k, v in names.items()}
        self._acronyms = {k: next(iter(v)) for k, v in acronyms.items()}
        self._countries = {k: next(iter(v)) for k, v in countries.items()}
        self._name_re = _compile(r"(?<!\w)", self._names, r"(?!\w)")
        self._country_re = _compile(r"(?<!\w)", self._countries, r"(?!\w)")
        self._acronym_re = _compile(r"(?<![\w/])", self._acronyms, r"(?![\w/])")
        self._family = {e: {e} | ref.ancestors(e) for e in ref.entities}
        # issue 13 (fields23): a name that heads a family of known names ("United Nations": "United Nations
        # Children's Fund", "Fondo de Población de las Naciones Unidas", ...): inside a longer name of that family
        # the reference does not know ("United Nations Office for Project Services", "Oficina de las Naciones
        # Unidas de ...") it names no body of its own
        spaced = [f" {o} " for o in self._names]
        heads = {k for k in self._names if " " in k and sum(1 for o in spaced if f" {k} " in o) >= 1 + _UMBRELLA_MIN}
        # the family head's other names too ("Organización de las Naciones Unidas" inside "Organización de las
        # Naciones Unidas para la Alimentación y la Agricultura (FAO)" is FAO's name, not the UN)
        families = {self._names[k] for k in heads}
        self._umbrella = frozenset(heads | {k for k, e in self._names.items() if e in families and " " in k})

    @classmethod
    def from_reference(cls, ref: Reference) -> "Gazetteer":
        return cls(ref)

    # ------------------------------------------------------------------ lookups

    def entity_type(self, entity_id: str) -> str | None:
        e = self.reference.entities.get(entity_id)
        return e.type if e else None

    def secretariats_of(self, process_id: str) -> tuple[str, ...]:
        return tuple(sorted(e.id for e in self.reference.entities.values()
                            if e.type == "Secretariat" and process_id in e.part_of))

    # ------------------------------------------------------------------ matching

    def find(self, text: str) -> list[Mention]:
        """Every institution mention in `text`, left to right, not overlapping."""
        known = _FOUND.get((self, text))
        if known is not None:  # a text of this page looked up before (Mention is frozen: a copy of the list will do)
            return list(known)
        folded = fold_text(text)
        candidates: list[Mention] = []
        for m in self._name_re.finditer(folded):
            start, end = m.span()
            key = _squeeze(m.group())
            if key in self._umbrella and (_NAME_GOES_ON.match(text, end) or _NAME_BEFORE.search(text, max(0, start - 60), start)):
                continue
            entity = self._names[key]
            kind = "pseudo" if entity.startswith("@") else "name"
            candidates.append(Mention(entity, start, end, text[start:end], kind))
        for m in self._country_re.finditer(folded):
            start, end = m.span()
            if (_CITY_AFTER.match(text, end) or _CITY_BEFORE.search(text[max(0, start - 20):start])
                    or _in_address(text, start, end)):
                continue
            candidates.append(Mention(self._countries[_squeeze(m.group())], start, end, text[start:end], "country"))
        for m in self._acronym_re.finditer(text):
            if _COMPOUND_BEFORE.search(text, max(0, m.start() - 12), m.start()) or _COMPOUND_AFTER.match(text, m.end()):
                continue  # issue 13 (prose): "CIF-OIT", a unit's own acronym, names no OIT of its own
            entity = self._acronyms[m.group()]
            candidates.append(Mention(entity, m.start(), m.end(), m.group(),
                                      "pseudo" if entity.startswith("@") else "acronym"))
        # Longest first at each position; a name beats a country name of the same length.
        candidates.sort(key=lambda c: (c.start, -(c.end - c.start), c.kind == "country"))
        chosen: list[Mention] = []
        last_end = -1
        for c in candidates:
            if c.start >= last_end:
                chosen.append(c)
                last_end = c.end
        out = self._absorb_acronyms(text, chosen)
        if len(_FOUND) >= 20_000:
            _FOUND.clear()
        _FOUND[(self, text)] = out
        return list(out)

    def _absorb_acronyms(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """Drop an acronym that repeats the name right before it ("... Migration (RCM)")."""
        out: list[Mention] = []
        for m in mentions:
            if out and out[-1].entity_id != m.entity_id and _OWNER_GAP.fullmatch(text, out[-1].end, m.start):
                # issue 13 (listing29): the process that owns the body named right after it ("the RCM Working Group on
                # …", "el Grupo … de la CRM" is read elsewhere) is part of the body's name, no involvement of its own:
                # one mention of the body, the owner's name with it
                prev = out[-1]
                if prev.entity_id in self._family.get(m.entity_id, ()):
                    out[-1] = Mention(m.entity_id, prev.start, m.end, text[prev.start:m.end], m.kind)
                    continue
            if out and out[-1].entity_id != m.entity_id and _OWNED_GAP.fullmatch(text, out[-1].end, m.start):
                # ... and the owner named after the body's name ("the Working Group on … of the RCM", "el Grupo de
                # Trabajo sobre … de la CRM"): one mention of the body, its owner with it
                prev = out[-1]
                if m.entity_id in self._family.get(prev.entity_id, ()):
                    out[-1] = Mention(prev.entity_id, prev.start, m.end, text[prev.start:m.end], prev.kind)
                    continue
            if out and m.kind == "acronym":
                prev = out[-1]
                family = self._family.get(prev.entity_id, {prev.entity_id})
                gap = text[prev.end:m.start]
                in_parens = _PAREN_GAP.fullmatch(gap) and _PAREN_CLOSE.match(text, m.end)
                if m.entity_id in family and (in_parens or (gap.strip() == "" and gap)):
                    continue
            out.append(m)
        return out


def _in_address(text: str, start: int, end: int) -> bool:
    """Whether the country name ``text[start:end]`` is part of a "City, Country" place:
    the country after a city of it ("San José, Costa Rica", "Guatemala, Guatemala"), or the
    city that bears the country's name before it ("Guatemala, Guatemala", "Panamá, Panamá")."""
    from rcpkg.loaders.places import resolve_country, resolve_place

    country = resolve_country(text[start:end])
    if country is None:
        return False
    m = _CITY_WORDS.search(text[max(0, start - 60):start])
    if m:
        words = m.group(1).split()
        for k in range(len(words)):
            head = " ".join(words[k:])
            if not head[:1].isupper():
                continue
            other = resolve_country(head)
            if other is not None and other.iso2 != country.iso2:
                continue  # a list of countries ("Mexico, Guatemala"), not an address
            res = resolve_place(f"{head}, {text[start:end]}", alternates=False)
            if res.city is not None and res.city.country_code == country.iso2 and not res.problem:
                return True
    gap = _COMMA_NEXT.match(text, end)
    if gap:
        after = text[gap.end():gap.end() + (end - start)]
        if after.casefold() == text[start:end].casefold():  # "Guatemala, Guatemala": the city
            res = resolve_place(f"{text[start:end]}, {after}", alternates=False)
            return res.city is not None and res.city.country_code == country.iso2
    return False
