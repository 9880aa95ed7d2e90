"""Edition numbers and the series they belong to, from event titles.

Numbering is recognised as:
- a Roman numeral as a separate UPPER-CASE token directly before a noun that
  can be numbered ("XXII RCM", "I Plenary Meeting", "III meeting", "II Foro");
  so the English pronoun "I" ("I am") and stray capitals are never editions;
- an ordinal word or number before such a noun ("Third meeting", "First
  Meeting", "24th RCM", "Primera reunión", "2ª Reunión", "Tercer Foro").
A bare number or a year ("GRCM/RCGM 2014") is never an edition.

The number is an edition only when the numbered thing is the event itself:
the numbering opens the title, or a part of it after ":", "|", "(", a dash or
"and"/"y" ("Regional workshop … and III meeting of the Ad-Hoc group …"), with
nothing before it but an article, "virtual"/"hybrid" or a year. A numbered
meeting that the title only refers to is no edition of the event:
"Presentation of the outcomes of the III Forum on …", "Follow-up to the XXI
RCM agreements", "Taller preparatorio para la XXII CRM", "in preparation for
the 2nd meeting", "Seguimiento a los acuerdos de la XXI CRM" (the words before
the number attach it to another noun), "Presentation of outcomes: III Forum
on …" (the part before the colon is about another meeting), and "the XX and
XXI RCM agreements" (the numbered name qualifies the noun after it).

Series keys:
- ``rcm-conference``: the RCM/CRM annual (vice-ministerial) conference
  ("XXII RCM", "XIX CRM", "XXIII Reunión Viceministerial");
- ``sacm-conference``: the SACM/CSM conference ("XVIII Conferencia
  Suramericana sobre Migraciones", "VI South American Conference on Migration");
- ``rcm-sacm-plenary``: the plenary meetings of the RCM and the SACM together;
- a numbered meeting OF a named group or network: a key slugged from the
  group's NORMALISED name, prefixed with its process when the page's site (or
  the title) says which ("rcm-adhoc-extra-regional-migrants");
- any other numbered event ("II Forum on Migration and Health"): a key slugged
  from the normalised rest of the title ("forum-migration-health").

Normalisation of a group's name (so "IV Meeting of the Ad-Hoc Group on
Extra-Regional Migrants" and "Third meeting of the ad-hoc group of the RCM on
extra-regional migrants" give the same key):
accents and case folded; hyphens become spaces and "ad hoc"/"ad-hoc"/"adhoc"
one word; the process named inside ("of the RCM", "(RCM)", "de la CRM") is
dropped; "migration flows", "migration" and "migrants" after
"extra-regional"/"extra-continental" become "migrants"; Spanish topic words
map to English ones (extrarregionales → extra regional, niñez/niños → children);
plurals are made singular; articles and prepositions are dropped; the body
type becomes a short word (adhoc, network, working-group, rcgm).
Series labels are the group's name as printed (the page says nothing about a
translation, so both labels carry the printed name) except for the three
process series, whose labels are fixed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rcpkg.iris import fold, slug

_ROMAN_RX = r"(?:M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3}))"

_ORDINALS_EN = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
    "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
}
_ORDINALS_ES = {
    "primer": 1, "primera": 1, "primero": 1, "segunda": 2, "segundo": 2, "tercer": 3, "tercera": 3,
    "tercero": 3, "cuarta": 4, "cuarto": 4, "quinta": 5, "quinto": 5, "sexta": 6, "sexto": 6,
    "septima": 7, "septimo": 7, "octava": 8, "octavo": 8, "novena": 9, "noveno": 9, "decima": 10,
    "decimo": 10, "undecima": 11, "undecimo": 11, "duodecima": 12, "duodecimo": 12,
}
_ORDINALS = {**_ORDINALS_EN, **_ORDINALS_ES}

# Compound ordinal words up to 99 (folded): "twenty-third", "sixty fourth", "fortieth", "vigésima tercera",
# "quincuagésimo octavo", "decimotercera", "vigesimoctava". ORDINAL_WORDS matches any ordinal word.
_EN_TENS = {"twent": 20, "thirt": 30, "fort": 40, "fift": 50, "sixt": 60, "sevent": 70, "eight": 80, "ninet": 90}
_ES_TENS = {"decim": 10, "vigesim": 20, "trigesim": 30, "cuadragesim": 40, "quincuagesim": 50, "sexagesim": 60,
            "septuagesim": 70, "setuagesim": 70, "octogesim": 80, "nonagesim": 90}
_EN_UNITS = "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth"
_ES_UNITS = r"primer[oa]?|segund[oa]|tercer[oa]?|cuart[oa]|quint[oa]|sext[oa]|se?ptim[oa]|octav[oa]|noven[oa]"
_ES_UNIT_VALUES = (("primer", 1), ("segund", 2), ("tercer", 3), ("cuart", 4), ("quint", 5), ("sext", 6),
                   ("septim", 7), ("setim", 7), ("octav", 8), ("noven", 9))
ORDINAL_WORDS = (
    r"(?:(?:" + "|".join(_EN_TENS) + r")y[- ](?:" + _EN_UNITS + r")|(?:" + "|".join(_EN_TENS) + r")ieth|"
    r"(?:" + "|".join(_ES_TENS) + r")(?:[oa](?:[ -]?(?:" + _ES_UNITS + r"))?|(?:octav[oa]))|"
    + "|".join(sorted(_ORDINALS, key=len, reverse=True)) + r")"
)


def ordinal_value(word: str) -> int | None:
    """The number an ordinal word names (folded or as printed: "Sixty-Fourth", "Quincuagésima Octava")."""
    w = fold(word).strip()
    if w in _ORDINALS:
        return _ORDINALS[w]
    for stem, tens in _EN_TENS.items():
        if w.startswith(stem + "ie"):
            return tens
        if w.startswith(stem + "y"):
            unit = _ORDINALS_EN.get(w[len(stem) + 2:])
            return tens + unit if unit and unit < 10 else None
    for stem, tens in _ES_TENS.items():
        if w.startswith(stem):
            rest = w[len(stem):].lstrip("oa").strip(" -") if not w[len(stem):].startswith("octav") \
                else w[len(stem):]
            if not rest:
                return tens
            for unit_stem, unit in _ES_UNIT_VALUES:
                if rest.startswith(unit_stem):
                    return tens + unit
            return None
    return None

# Nouns that can carry an edition number (folded), optionally after an adjective.
_NOUN = (r"(?:(?:annual|regular|ordinary|extraordinary|regional|technical|anual|ordinaria|extraordinaria|"
         r"tecnica|regional)\s+)?"
         r"(?:rcm|crm|csm|sacm|meetings?|reunion(?:es)?|conferences?|conferencias?|plenary|plenaria|"
         r"vice[- ]?ministerial|viceministerial|forums?|foros?|workshops?|talleres|taller|seminars?|"
         r"seminarios?|congress|congresos?|encuentros?|sessions?|sesion(?:es)?|south american|suramericana|"
         r"sudamericana|summit|cumbre)\b")
_NOUN_RX = re.compile(_NOUN)
_ROMAN_TOKEN = re.compile(r"(?<![\w.'-])(?=[MDCLXVI])(" + _ROMAN_RX + r")(?![\w'-])")
_ORDINAL_TOKEN = re.compile(
    r"(?<![\w-])(?:(" + ORDINAL_WORDS + r")|"
    r"(\d{1,2})(?:st|nd|rd|th|\.?(?:ª|º|er|a|o)|°|ra|da|ta|va|na)\.?)(?![\w-])",  # "54.ª" (folded "54.a")
)
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}


def roman_value(token: str) -> int:
    total = 0
    for i, ch in enumerate(token):
        v = _ROMAN_VALUES[ch]
        total += -v if i + 1 < len(token) and _ROMAN_VALUES[token[i + 1]] > v else v
    return total


@dataclass(frozen=True, slots=True)
class EditionHit:
    number: int
    series: str
    label_en: str
    label_es: str
    start: int  # offsets of the numbering words in the analysed text
    end: int


_PROCESS_SERIES = {
    "rcm-conference": ("Regional Conference on Migration (annual vice-ministerial meetings)",
                       "Conferencia Regional sobre Migración (reuniones viceministeriales anuales)"),
    "sacm-conference": ("South American Conference on Migration (annual conferences)",
                        "Conferencia Suramericana sobre Migraciones (conferencias anuales)"),
    "rcm-sacm-plenary": ("Plenary Meetings of the RCM and the SACM",
                         "Reuniones Plenarias de la CRM y la CSM"),
}

# The name of an edition of a process's series, "{n}" the Roman numeral: the same names as the
# reference data's series (data/reference/history-*.yaml, edition_name), so that a page event on an
# edition the reference data does not list is labelled as the reference labels the others.
PROCESS_EDITION_NAMES = {
    "rcm-conference": ("{n} Regional Conference on Migration", "{n} Conferencia Regional sobre Migración"),
    "sacm-conference": ("{n} South American Conference on Migration", "{n} Conferencia Suramericana sobre Migraciones"),
    "rcm-sacm-plenary": ("{n} Plenary Meeting of the RCM and the SACM", "{n} Reunión Plenaria de la CRM y la CSM"),
}


def edition_labels(series: str, number: int) -> dict[str, str] | None:
    """{"en": …, "es": …}: the edition's names (PROCESS_EDITION_NAMES), or None for another series."""
    if series not in PROCESS_EDITION_NAMES:
        return None
    numeral = roman_numeral(number)
    en, es = PROCESS_EDITION_NAMES[series]
    return {"en": en.replace("{n}", numeral), "es": es.replace("{n}", numeral)}


def roman_numeral(n: int) -> str:
    out = []
    for value, numeral in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"),
                           (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out.append(numeral)
            n -= value
    return "".join(out)


_RCM = re.compile(r"\b(rcm|crm|regional conference on migration|conferencia regional sobre migracion|"
                  r"puebla process|proceso puebla)\b")
_SACM = re.compile(r"\b(sacm|csm|south american conference|conferencia (suramericana|sudamericana))\b")
_VICE = re.compile(r"\bvice[- ]?ministerial|\bviceministerial")

_GROUP = re.compile(
    r"\b(?P<body>ad[- ]?hoc(?:\s+working)?\s+group|grupo\s+ad[- ]?hoc|"
    r"liaison\s+officers?\s+network|red\s+de\s+(?:funcionarios|oficiales)\s+de\s+enlace|"
    r"(?:regional\s+)?consultation\s+group(?:\s+on\s+migration)?|grupo\s+regional\s+de\s+consulta(?:\s+sobre\s+migracion)?|"
    r"working\s+group|grupo\s+de\s+trabajo|network|red|group|grupo|coalition|coalicion|commission|comision)\b"
)
_STOP = frozenset(
    "the of on for to in and a an with by from at de del la las el los sobre para y en con al "
    "rcm crm sacm csm".split()
)
_TOPIC_MAP = [
    (r"\bgrupo adhoc\b", "adhoc group"),
    (r"\bgrupo de trabajo\b", "working group"),
    (r"\bred de (?:funcionarios|oficiales) de enlace\b", "liaison officer network"),
    (r"\bgrupo\b", "group"),
    (r"\bextra\s*-?\s*regional(?:es)?\b|\bextrarregional(?:es)?\b|\bextraregional(?:es)?\b", "extra regional"),
    (r"\bextra\s*-?\s*continental(?:es)?\b|\bextracontinental(?:es)?\b", "extra continental"),
    (r"\b(extra (?:regional|continental)) (?:migration flows|migratory flows|migration|migrants?|migrantes|"
     r"flujos migratorios|migracion(?:es)?)\b", r"\1 migrants"),
    (r"\b(?:migrantes|migracion(?:es)?|flujos migratorios)\s+(extra (?:regional|continental))\b", r"\1 migrants"),
    (r"\bmigration flows\b|\bmigratory flows\b", "migrants"),
    (r"\bninez migrante\b|\bninos,? ninas y adolescentes migrantes\b|\bnna migrantes\b|"
     r"\bmigrant children(?: and adolescents)?\b|\bninez\b", "migrant children"),
    (r"\bmigrantes\b", "migrants"),
    (r"\bproteccion consular\b", "consular protection"),
    (r"\btrata de personas\b", "trafficking in persons"),
    (r"\btrafico ilicito de migrantes\b", "migrant smuggling"),
]
_BODY_KEYS = [
    (re.compile(r"ad ?hoc|adhoc"), "adhoc"),
    (re.compile(r"liaison|enlace"), "network"),
    (re.compile(r"consultation group|grupo regional de consulta"), "rcgm"),
    (re.compile(r"working group|grupo de trabajo"), "working-group"),
    (re.compile(r"network|red"), "network"),
    (re.compile(r"coalition|coalicion"), "coalition"),
    (re.compile(r"commission|comision"), "commission"),
    (re.compile(r"group|grupo"), "group"),
]


def _singular(word: str) -> str:
    if word == "children":
        return "child"
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


def normalise_group(name: str) -> str:
    """A group's name in the form its series key is slugged from (see module docstring)."""
    t = fold(name).replace("-", " ")
    t = re.sub(r"\bad\s*hoc\b", "adhoc", t)
    t = re.sub(r"\(?\b(of the|de la|del|de)\s+(rcm|crm|sacm|csm)\b\)?|\((rcm|crm|sacm|csm)\)", " ", t)
    t = re.sub(r"[^\w\s]", " ", t)
    t = " ".join(t.split())
    for rx, rep in _TOPIC_MAP:
        t = re.sub(rx, rep, t)
    words = [_singular(w) for w in t.split() if w not in _STOP]
    return " ".join(words)


def _group_key(body: str, rest: str, process: str | None) -> str:
    norm_body = fold(body).replace("-", " ")
    short = next((k for rx, k in _BODY_KEYS if rx.search(norm_body)), "group")
    prefix = f"{process}-" if process else ""
    if short == "rcgm":
        return f"{prefix}rcgm"
    topic = normalise_group(rest)
    body_words = set(normalise_group(body).split())
    topic_words = [w for w in topic.split() if w not in body_words and w not in {"officer", "liaison"}]
    return prefix + "-".join([short, *topic_words]).strip("-")


def _process_of(folded_title: str, site: str | None) -> str | None:
    if _RCM.search(folded_title) and not _SACM.search(folded_title):
        return "rcm"
    if _SACM.search(folded_title) and not _RCM.search(folded_title):
        return "sacm"
    return site


# Where a title's part starts: its start, ":", "|", "(", a dash, or "and"/"y" joining two events.
_PART_START = re.compile(r"[:|(\[–—]|\s[-/]\s|\s(?:and|y|e|&)\s")
# Words that may come before the number of the event's own name.
_OWN_PREFIX = frozenset("the a an la el los las lo virtual hybrid hibrida hibrido online presencial".split())
# A noun after the numbered name makes the name a modifier ("the XXI RCM agreements").
_QUALIFIED = re.compile(
    r"\s*(?:'s\s+)?(?:agreements?|outcomes?|results?|recommendations?|declarations?|resolutions?|conclusions?|"
    r"reports?|commitments?|mandates?|decisions?|preparations?|preparatory|follow[- ]?up|action plan|work ?plan|"
    r"minutes|documents?|agenda|acuerdos?|resultados?)\b")
# What a title does about another, numbered meeting ("Presentation of outcomes: III Forum").
_ABOUT_ANOTHER = re.compile(
    r"\b(?:presentation|presentacion|follow[- ]?up|seguimiento|preparation|preparatory|preparatori[ao]s?|"
    r"towards|hacia|rumbo|outcomes?|results?|resultados?|reports?|informes?|recommendations?|recomendaciones|"
    r"agreements?|acuerdos?|socializacion|dissemination|difusion|review|revision|evaluation|evaluacion|"
    r"balance|implementation|implementacion)\b")
_NUMBER_WORD = re.compile(r"(?:(?<=\s)|^)(?:(?=[MDCLXVI])" + _ROMAN_RX + r"|\d{1,2}(?i:st|nd|rd|th|ª|º)?|(?i:"
                          + "|".join(sorted(_ORDINALS, key=len, reverse=True)) + r"))\s*,?$")


def _names_the_event(text: str, folded: str, start: int, end: int) -> bool:
    """Whether the numbered name at ``text[start:end]`` is the event's own (see module docstring)."""
    if _QUALIFIED.match(folded, end):
        return False
    pos = start
    while True:
        cut = None
        for m in _PART_START.finditer(folded, 0, pos):
            cut = m
        before = folded[cut.end() if cut else 0:pos]
        words = [w for w in re.findall(r"[\w'-]+", before)
                 if w not in _OWN_PREFIX and not re.fullmatch(r"(?:19|20)\d\d", w)]
        if words:
            return False
        if cut is None:
            return True
        if not re.match(r"\s(?:and|y|e|&)\s", cut.group()):
            # "Presentation of outcomes: III Forum …": the part before the colon says what is
            # done about the numbered meeting; "Workshop: III Forum …" names the event's kind
            lead = folded[:cut.start()].split(":")[-1]
            return not _ABOUT_ANOTHER.search(lead)
        # "the II and III Forum": the numbers share the context of the first one
        head = _NUMBER_WORD.search(text[:cut.start()])
        if not head:
            return True
        pos = head.start()


def _numbering(text: str) -> list[tuple[int, int, int]]:
    """(number, start, end) of numbering tokens directly followed by a numberable noun
    that names the event itself."""
    folded = fold_same(text)
    found = []
    for m in _ROMAN_TOKEN.finditer(text):
        if not m.group(1):
            continue
        after = folded[m.end():].lstrip()
        gap = len(folded) - m.end() - len(after)
        if gap and _NOUN_RX.match(after):
            noun = _NOUN_RX.match(after)
            found.append((roman_value(m.group(1)), m.start(), m.end() + gap + noun.end()))
    for m in _ORDINAL_TOKEN.finditer(folded):
        after = folded[m.end():].lstrip()
        gap = len(folded) - m.end() - len(after)
        noun = _NOUN_RX.match(after)
        if gap and noun:
            n = ordinal_value(m.group(1)) if m.group(1) else int(m.group(2))
            n = n or 0
            if n > 0:
                found.append((n, m.start(), m.end() + gap + noun.end()))
    found.sort(key=lambda f: f[1])
    return [f for f in found if _names_the_event(text, folded, f[1], f[2])]


def fold_same(text: str) -> str:
    from rcpkg.loaders.layouts.blocks import fold_keep

    return fold_keep(text)


def detect_edition(text: str, *, site: str | None = None) -> EditionHit | None:
    """The edition a title states, or None.

    `site` is the process whose website printed the title ("rcm" or "sacm"),
    used to prefix the series key of a group that the title does not place.
    """
    numbering = _numbering(text)
    if not numbering:
        return None
    number, start, end = numbering[0]
    folded = fold_same(text)
    after = folded[start:]
    head = after[: end - start]
    rest_folded = folded[end:]
    rest_text = text[end:]
    vice = _VICE.search(head) or _VICE.match(rest_folded.lstrip())
    if re.search(r"\b(rcm|crm)\b", head) or (vice and not _SACM.search(folded)):
        key = "rcm-conference"
    elif re.search(r"\b(csm|sacm|south american|suramericana|sudamericana)\b", head) or (
        re.search(r"conferen", head) and _SACM.search(folded) and not _RCM.search(folded)
    ):
        key = "sacm-conference"
    elif (re.search(r"plenar", head) or re.match(r"\s*plenari[ao]s?\b", rest_folded)) and _RCM.search(folded) \
            and _SACM.search(folded):  # "III Plenary Meeting …", "3.ª Reunión Plenaria de la CRM y la CSM"
        key = "rcm-sacm-plenary"
    elif re.search(r"conferen", head) and re.match(r"\s*(on migration|sobre migracion)\b", rest_folded) and "regional" in head:
        key = "rcm-conference"
    elif re.search(r"conferen", head) and re.match(r"\s*regional\s+sobre\s+(?:la\s+)?migracion", rest_folded):
        key = "rcm-conference"  # "XIII Conferencia Regional sobre Migración": the adjective after the noun
    else:
        key = ""
    if key:
        en, es = _PROCESS_SERIES[key]
        return EditionHit(number, key, en, es, start, end)
    group = _GROUP.search(folded, end)
    # "IV Meeting of the Ad-Hoc Group …", "Primera reunión del Grupo …": the group's own series
    if group and re.fullmatch(r"\s+(?:of|of the|del|de la|de los|de)\s+|\s+", folded[end:group.start()]):
        cut = _cut(text, group.end())
        body = text[group.start():group.end()]
        name = text[group.start():cut]
        process = _process_of(fold(text), site)
        key = _group_key(body, text[group.end():cut], process)
        label = _tidy_label(name)
        return EditionHit(number, key, label, label, start, end)
    # any other numbered event: the rest of the title names the series
    noun = head.split()[-1]
    cut = _cut(text, end)
    label = _tidy_label(text[start:cut].split(None, 1)[-1] if len(text[start:cut].split()) > 1 else rest_text)
    words = [_singular(w) for w in normalise_group(noun + " " + rest_text[: cut - end]).split()]
    key = slug("-".join(words))[:60].strip("-")
    if not key:
        return None
    return EditionHit(number, key, label, label, start, end)


_CUT = re.compile(r"\s+(?:and|y|e)\s+(?=(?:[IVXLC]+|\d+\w*|first|second|third|primer\w*|segund\w*|tercer\w*)\s)"
                  r"|[:;(–—]|\s-\s", re.IGNORECASE)


def _cut(text: str, pos: int) -> int:
    """Where a name that starts before `pos` ends: the end of the title, or a
    joining word that starts something else (" and III meeting", ": ", " in ")."""
    m = _CUT.search(text, pos)
    return m.start() if m else len(text)


def _tidy_label(name: str) -> str:
    name = " ".join(name.split()).strip(" ,;:-")
    return name[:1].upper() + name[1:]
