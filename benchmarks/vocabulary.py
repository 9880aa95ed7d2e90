"""The words the synthetic corpus is made of: institutions, themes, places.

Institutions and themes come from the curated reference data
(`data/reference/*.yaml`) when it is there, read generically (ids, names,
acronyms, alternative labels), so the generated pages name exactly the things
the gazetteer knows. When a file is missing or holds nothing usable, a small
internal list of the same institutions and themes stands in. Places are the
region's cities as the real pages print them (accents, Spanish names on
English pages, upper case, "City, Country").
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Institution:
    id: str
    type: str
    name_en: str
    name_es: str
    acronym_en: str | None = None
    acronym_es: str | None = None

    def name(self, lang: str) -> str:
        return self.name_es if lang == "es" else self.name_en

    def acronym(self, lang: str) -> str | None:
        return (self.acronym_es or self.acronym_en) if lang == "es" else (self.acronym_en or self.acronym_es)


@dataclass(frozen=True)
class Theme:
    key: str
    en: tuple[str, ...]  # prefLabel first, then altLabels
    es: tuple[str, ...]

    def words(self, lang: str) -> tuple[str, ...]:
        return (self.es or self.en) if lang == "es" else (self.en or self.es)


@dataclass(frozen=True)
class City:
    en: str
    es: str
    iso2: str
    country_en: str
    country_es: str
    variants: tuple[str, ...] = ()  # other spellings the pages use ("México D.F.")


@dataclass(frozen=True)
class Vocabulary:
    institutions: tuple[Institution, ...]
    bodies: tuple[Institution, ...]  # bodies whose meetings are numbered ("IV Meeting of the …")
    themes: tuple[Theme, ...]
    cities: tuple[City, ...]
    source: str  # "reference" or "internal": where institutions and themes came from
    unlisted: tuple[Institution, ...] = ()  # institutions no reference file lists (open-world extraction)


# --- institutions that no reference file lists ---------------------------------------
# Invented for the synthetic corpus (no real body is meant): pages name actors the curated
# data does not know, and the build must keep them as uncurated institutions, never drop them.

_UNLISTED_FIXED = (
    Institution("x-imrn", "CivilSocietyNetwork", "Inter-American Migration Research Network",
                "Red Interamericana de Investigación sobre Migración", "IMRN", "RIIM"),
    Institution("x-cdf", "IntergovernmentalOrganization", "Caribbean Development Fund",
                "Fondo de Desarrollo del Caribe", "CDF", "FDC"),
    Institution("x-rmhc", "CivilSocietyNetwork", "Regional Migrant Health Coalition",
                "Coalición Regional de Salud del Migrante", None, None),
    Institution("x-lacmo", "Institution", "Latin American Centre for Mobility Observation",
                "Centro Latinoamericano de Observación de la Movilidad", "LACMO", "CLOM"),
)

# (en pattern, es pattern): a national body of a named country
_UNLISTED_NATIONAL = (
    ("Ministry of Labour and Social Security of {en}", "Ministerio de Trabajo y Seguridad Social de {es}"),
    ("National Institute of Migration of {en}", "Instituto Nacional de Migración de {es}"),
    ("Directorate General of Migration of {en}", "Dirección General de Migración de {es}"),
)


def unlisted_institutions(cities: tuple[City, ...]) -> tuple[Institution, ...]:
    """Institutions that no reference file lists: a few invented organizations, and national
    bodies of the region's countries (one per pattern and country)."""
    out = list(_UNLISTED_FIXED)
    countries = sorted({(c.iso2, c.country_en, c.country_es) for c in cities})
    for iso2, en, es in countries:
        for i, (pat_en, pat_es) in enumerate(_UNLISTED_NATIONAL):
            out.append(Institution(f"x-{iso2.lower()}-{i}", "NationalMinistry", pat_en.format(en=en),
                                   pat_es.format(es=es)))
    return tuple(out)


# --- internal fallbacks -----------------------------------------------------------------

_INSTITUTIONS = (
    Institution("rcm", "ConsultativeProcess", "Regional Conference on Migration",
                "Conferencia Regional sobre Migración", "RCM", "CRM"),
    Institution("sacm", "ConsultativeProcess", "South American Conference on Migration",
                "Conferencia Suramericana sobre Migraciones", "SACM", "CSM"),
    Institution("iom", "IntergovernmentalOrganization", "International Organization for Migration",
                "Organización Internacional para las Migraciones", "IOM", "OIM"),
    Institution("unhcr", "UNAgency", "United Nations High Commissioner for Refugees",
                "Alto Comisionado de las Naciones Unidas para los Refugiados", "UNHCR", "ACNUR"),
    Institution("unicef", "UNAgency", "United Nations Children's Fund",
                "Fondo de las Naciones Unidas para la Infancia", "UNICEF", "UNICEF"),
    Institution("ilo", "UNAgency", "International Labour Organization",
                "Organización Internacional del Trabajo", "ILO", "OIT"),
    Institution("undp", "UNAgency", "United Nations Development Programme",
                "Programa de las Naciones Unidas para el Desarrollo", "UNDP", "PNUD"),
    Institution("unfpa", "UNAgency", "United Nations Population Fund",
                "Fondo de Población de las Naciones Unidas", "UNFPA", "UNFPA"),
    Institution("unodc", "UNAgency", "United Nations Office on Drugs and Crime",
                "Oficina de las Naciones Unidas contra la Droga y el Delito", "UNODC", "UNODC"),
    Institution("eclac", "UNAgency", "Economic Commission for Latin America and the Caribbean",
                "Comisión Económica para América Latina y el Caribe", "ECLAC", "CEPAL"),
    Institution("icrc", "IntergovernmentalOrganization", "International Committee of the Red Cross",
                "Comité Internacional de la Cruz Roja", "ICRC", "CICR"),
    Institution("iachr", "IntergovernmentalOrganization", "Inter-American Commission on Human Rights",
                "Comisión Interamericana de Derechos Humanos", "IACHR", "CIDH"),
    Institution("sica", "RegionalOrganization", "Central American Integration System",
                "Sistema de la Integración Centroamericana", "SICA", "SICA"),
    Institution("segib", "IntergovernmentalOrganization", "Ibero-American General Secretariat",
                "Secretaría General Iberoamericana", "SEGIB", "SEGIB"),
    Institution("pdd", "StateLedInitiative", "Platform on Disaster Displacement",
                "Platform on Disaster Displacement", "PDD", "PDD"),
    Institution("rncom", "CivilSocietyNetwork", "Regional Network for Civil Organizations on Migration",
                "Red Regional de Organizaciones Civiles para las Migraciones", "RNCOM", "RROCM"),
)

_BODIES = (
    Institution("rcm-rcgm", "ConsultationGroup", "Regional Consultation Group on Migration",
                "Grupo Regional de Consulta sobre Migración", "RCGM", "GRCM"),
    Institution("rcm-lon-smuggling", "LiaisonOfficerNetwork",
                "Liaison Officer Network to Combat Migrant Smuggling and Trafficking in Persons",
                "Red de Funcionarios de Enlace para el Combate al Tráfico Ilícito de Migrantes y la Trata de Personas"),
    Institution("rcm-lon-consular", "LiaisonOfficerNetwork", "Liaison Officer Network for Consular Protection",
                "Red de Funcionarios de Enlace para la Protección Consular"),
    Institution("rcm-lon-children", "LiaisonOfficerNetwork",
                "Liaison Officers Network for the Protection of Migrant Girls, Boys and Adolescents",
                "Red de Funcionarios de Enlace para la Protección de Niñas, Niños y Adolescentes Migrantes"),
    Institution("rcm-adhoc-extra-regional", "AdHocGroup", "Ad-Hoc Group on Extra-Regional Migrants",
                "Grupo Ad Hoc sobre Migrantes Extrarregionales"),
    Institution("rcm-adhoc-children", "AdHocGroup", "Ad-Hoc Group on Migrant Children",
                "Grupo Ad Hoc sobre Niñez Migrante"),
    Institution("rcm-wg-labour", "WorkingGroup", "Working Group on Labor Migration",
                "Grupo de Trabajo sobre Migración Laboral"),
    Institution("rcm-wg-border", "WorkingGroup", "Working Group on Border Management",
                "Grupo de Trabajo sobre Gestión de Fronteras"),
)

_THEMES = (
    Theme("children", ("protection of migrant children", "migrant children", "boys, girls and adolescents"),
          ("protección de la niñez migrante", "niñez migrante", "niñas, niños y adolescentes")),
    Theme("unaccompanied-children", ("unaccompanied children", "unaccompanied migrant children"),
          ("niñez no acompañada", "niños no acompañados")),
    Theme("return-reintegration", ("return, reception and reintegration", "reintegration", "return"),
          ("retorno, recepción y reintegración", "reintegración", "retorno")),
    Theme("consular-protection", ("consular protection", "consular assistance"),
          ("protección consular", "asistencia consular")),
    Theme("labour-migration", ("labour migration", "migrant workers", "labor rights"),
          ("migración laboral", "trabajadores migrantes", "derechos laborales")),
    Theme("smuggling", ("migrant smuggling", "smuggling of migrants"),
          ("tráfico ilícito de migrantes",)),
    Theme("trafficking", ("trafficking in persons", "human trafficking"), ("trata de personas",)),
    Theme("extra-regional", ("extra-regional migrants", "extra-continental migration"),
          ("migrantes extrarregionales", "migración extracontinental")),
    Theme("disasters", ("displacement in the context of disasters", "disasters", "climate change"),
          ("desplazamiento en contexto de desastres", "desastres", "cambio climático")),
    Theme("international-protection", ("international protection", "refugees"),
          ("protección internacional", "refugiados")),
    Theme("gender", ("migrant women", "gender-based violence"), ("mujeres migrantes", "violencia de género")),
    Theme("health", ("migration and health", "health"), ("migración y salud", "salud")),
    Theme("travel-documents", ("passport integrity", "travel documents"),
          ("integridad de pasaportes", "documentos de viaje")),
    Theme("regularization", ("regularization",), ("regularización migratoria",)),
    Theme("global-compact", ("Global Compact for Safe, Orderly and Regular Migration", "Global Compact"),
          ("Pacto Mundial para una Migración Segura, Ordenada y Regular", "Pacto Mundial")),
    Theme("border-management", ("border management",), ("gestión de fronteras",)),
    Theme("migration-data", ("migration statistics", "migration data"),
          ("estadísticas migratorias", "datos sobre migración")),
    Theme("civil-society", ("civil society participation", "civil society"),
          ("participación de la sociedad civil", "sociedad civil")),
)

CITIES = (
    City("San José", "San José", "CR", "Costa Rica", "Costa Rica"),
    City("Guatemala City", "Ciudad de Guatemala", "GT", "Guatemala", "Guatemala"),
    City("San Salvador", "San Salvador", "SV", "El Salvador", "El Salvador"),
    City("Tegucigalpa", "Tegucigalpa", "HN", "Honduras", "Honduras"),
    City("Managua", "Managua", "NI", "Nicaragua", "Nicaragua"),
    City("Panama City", "Ciudad de Panamá", "PA", "Panama", "Panamá"),
    City("Mexico City", "Ciudad de México", "MX", "Mexico", "México", ("México D.F.", "Mexico D.F.")),
    City("Santo Domingo", "Santo Domingo", "DO", "Dominican Republic", "República Dominicana"),
    City("Belmopan", "Belmopán", "BZ", "Belize", "Belice"),
    City("Ottawa", "Ottawa", "CA", "Canada", "Canadá"),
    City("Montevideo", "Montevideo", "UY", "Uruguay", "Uruguay"),
    City("Buenos Aires", "Buenos Aires", "AR", "Argentina", "Argentina"),
    City("Asunción", "Asunción", "PY", "Paraguay", "Paraguay"),
    City("Lima", "Lima", "PE", "Peru", "Perú"),
    City("Quito", "Quito", "EC", "Ecuador", "Ecuador"),
    City("Bogotá", "Bogotá", "CO", "Colombia", "Colombia"),
    City("Santiago", "Santiago de Chile", "CL", "Chile", "Chile"),
    City("Sucre", "Sucre", "BO", "Bolivia", "Bolivia"),
    City("Brasília", "Brasilia", "BR", "Brazil", "Brasil"),
    City("Caracas", "Caracas", "VE", "Venezuela", "Venezuela"),
    City("Georgetown", "Georgetown", "GY", "Guyana", "Guyana"),
    City("Paramaribo", "Paramaribo", "SR", "Suriname", "Surinam"),
    City("San Pedro Sula", "San Pedro Sula", "HN", "Honduras", "Honduras"),
    City("Santa Ana", "Santa Ana", "SV", "El Salvador", "El Salvador"),
    City("Tapachula", "Tapachula", "MX", "Mexico", "México"),
)

_BODY_TYPES = {"ConsultationGroup", "LiaisonOfficerNetwork", "WorkingGroup", "AdHocGroup", "Body"}


# --- reading the reference YAML generically ------------------------------------------------

def _walk(node):
    """Every mapping inside a YAML document, depth first."""
    if isinstance(node, dict):
        yield node
        for value in node.values():
            yield from _walk(value)
    elif isinstance(node, list):
        for item in node:
            yield from _walk(item)


def _lang_value(value, lang: str) -> str | None:
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, dict):
        got = value.get(lang)
        if isinstance(got, list):
            got = got[0] if got else None
        return got.strip() if isinstance(got, str) and got.strip() else None
    return None


def _lang_list(value, lang: str) -> list[str]:
    if isinstance(value, dict):
        value = value.get(lang)
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [v for v in value if isinstance(v, str) and v.strip()]
    return []


def _load_yaml_files(reference_dir: Path) -> list[tuple[str, object]]:
    import yaml

    docs = []
    for path in sorted(reference_dir.glob("*.yaml")):
        try:
            docs.append((path.name, yaml.safe_load(path.read_text(encoding="utf-8"))))
        except (OSError, yaml.YAMLError):
            continue  # the reference loader reports bad files; the corpus just skips them
    return docs


def _in_sentence(phrase: str) -> str:
    """A label as it reads mid-sentence: "Border management" -> "border management" (acronyms kept)."""
    phrase = phrase.strip()
    proper = any(w[:1].isupper() for w in phrase.split()[1:])  # "Global Compact for Migration"
    if len(phrase) > 1 and phrase[0].isupper() and phrase[1].islower() and not proper:
        return phrase[0].lower() + phrase[1:]
    return phrase


def _institutions_from(docs) -> list[Institution]:
    found: dict[str, Institution] = {}
    for name, doc in docs:
        if name.startswith("theme"):
            continue
        for entry in _walk(doc):
            key, names = entry.get("id"), entry.get("name")
            if not isinstance(key, str) or names is None:
                continue
            en = _lang_value(names, "en")
            es = _lang_value(names, "es") or en
            if not en:
                continue
            acronym = entry.get("acronym")
            found[key] = Institution(
                key, str(entry.get("type") or ""), en, es or en,
                _lang_value(acronym, "en"), _lang_value(acronym, "es"),
            )
    return [found[k] for k in sorted(found)]


def _themes_from(docs) -> list[Theme]:
    found: dict[str, Theme] = {}
    for name, doc in docs:
        if not name.startswith("theme"):
            continue
        for entry in _walk(doc):
            key = entry.get("id") or entry.get("key")
            labels = entry.get("prefLabel") or entry.get("label") or entry.get("name") or entry.get("labels")
            if not isinstance(key, str) or labels is None:
                continue
            alt = entry.get("altLabel") or entry.get("altLabels") or entry.get("alt") or entry.get("variants") or {}
            words = {}
            for lang in ("en", "es"):
                pref = _lang_value(labels, lang)
                # Phrases read well in a title ("Workshop on return and reintegration"); single
                # words ("boy", "consular", "extracontinental") do not, so they are left out.
                alts = [a for a in _lang_list(alt, lang) if " " in a.strip()]
                words[lang] = tuple(dict.fromkeys(_in_sentence(w) for w in ([pref] if pref else []) + alts))
            if words["en"] or words["es"]:
                found[key] = Theme(key, words["en"], words["es"])
    return [found[k] for k in sorted(found)]


def load_vocabulary(reference_dir: Path | None = None) -> Vocabulary:
    """The corpus vocabulary: from the reference YAML in `reference_dir` when usable, else internal."""
    if reference_dir is None:
        reference_dir = Path(__file__).resolve().parent.parent / "data" / "reference"
    docs = _load_yaml_files(Path(reference_dir)) if Path(reference_dir).is_dir() else []
    institutions = _institutions_from(docs)
    themes = _themes_from(docs)
    partner_types = {"IntergovernmentalOrganization", "UNAgency", "RegionalOrganization", "CivilSocietyNetwork",
                     "StateLedInitiative", "OrganizationUnit", "RegionalCoordinationMechanism"}
    # The reference data may be partial while it is being written: use it only where it is usable.
    from_reference = {
        "institutions": any(i.type in partner_types for i in institutions)
        and {"rcm", "sacm"} <= {i.id for i in institutions},
        "themes": len(themes) >= 5,
    }
    if not from_reference["institutions"]:
        institutions = list(_INSTITUTIONS + _BODIES)
    if not from_reference["themes"]:
        themes = list(_THEMES)
    source = ("reference" if all(from_reference.values())
              else "internal" if not any(from_reference.values())
              else "reference " + next(k for k, v in from_reference.items() if v) + ", internal others")
    bodies = [i for i in institutions if i.type in _BODY_TYPES]
    actors = [i for i in institutions if i.type not in _BODY_TYPES and i.type not in {"Government", "NationalMinistry"}]
    return Vocabulary(
        institutions=tuple(actors or institutions),
        bodies=tuple(bodies or _BODIES),
        themes=tuple(themes),
        cities=CITIES,
        source=source,
        unlisted=unlisted_institutions(CITIES),
    )
