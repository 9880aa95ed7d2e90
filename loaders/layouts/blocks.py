"""Line, paragraph, heading and bullet helpers that keep page offsets.

Every helper here works on the page text as loaded and returns offsets into
it, so the layout parsers can build :class:`~rcpkg.loaders.records.Span`
values that are verbatim stretches of the page.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from rcpkg.loaders.folding import PAGE_CACHES
from rcpkg.loaders.records import Span

# Whitespace as pages print it: spaces, tabs, the non-breaking space of
# "lines of only a non-breaking space", zero-width spaces and BOMs.
_SPACE = " \t\r\f\v\u00a0\u2007\u202f\u200b\ufeff\u3000"

BULLET = re.compile(r"^[ \t\u00a0]*(?:[•◦▪●‣∙·*\-–]|\(?\d{1,2}[.)]|\(?[a-z][.)])[ \t\u00a0]+")

# Lines a site prints around its content, never an event.
NAVIGATION = re.compile(
    r"^(skip to (main )?content|(saltar|pasar|ir) al contenido( principal)?|"
    r"main menu|men[uú]( principal)?|home|inicio|events|eventos|search|buscar|"
    r"english|espa[nñ]ol|en|es|back|volver)$",
    re.IGNORECASE,
)
FOOTER = re.compile(
    r"^(design(ed)? by\b|web\s+design(ed)?(\s+by\b|\s*:)|dise[nñ]ad[oa] por\b|dise[nñ]o( web)?( por|:)|powered by\b|"
    r"desarrollado por\b|©|\(c\)\s|copyright\b|all rights reserved|todos los derechos reservados)",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Line:
    """One line of a page: its 1-based number and its offsets (newline excluded)."""

    no: int
    start: int
    end: int
    text: str

    @property
    def blank(self) -> bool:
        return is_blank(self.text)

    def stripped(self) -> tuple[int, int]:
        """Offsets of the line without surrounding whitespace."""
        return strip_offsets(self.text, self.start, 0, len(self.text))


def is_blank(text: str) -> bool:
    return not text.strip(_SPACE)


def split_lines(text: str) -> list[Line]:
    """The page's lines with their offsets; a trailing newline gives no extra line."""
    out: list[Line] = []
    pos = 0
    no = 1
    for raw in text.split("\n"):
        end = pos + len(raw)
        shown = raw[:-1] if raw.endswith("\r") else raw
        out.append(Line(no, pos, pos + len(shown), shown))
        pos = end + 1
        no += 1
    if out and out[-1].text == "" and text.endswith("\n"):
        out.pop()
    return out


def strip_offsets(text: str, base: int, start: int, end: int) -> tuple[int, int]:
    """Offsets (plus `base`) of ``text[start:end]`` without surrounding whitespace."""
    while start < end and text[start] in _SPACE:
        start += 1
    while end > start and text[end - 1] in _SPACE:
        end -= 1
    return base + start, base + end


# issue 13 (listing30a): the pictograms a CMS prints before a place or a date ("📍 Ciudad de Guatemala, Guatemala",
# "🗓 3 May 2019", "🌐 Online", "⌖ Quito"): a mark, never part of the place or date it marks
_PICTO = re.compile(r"(?:[\u2190-\u21ff\u2300-\u2bff\U0001F000-\U0001FAFF]\ufe0f?[ \t\u00a0]*)+")


def after_mark(text: str, start: int, end: int) -> int:
    """`start` moved past the pictograms (and the spaces after them) that open ``text[start:end]``."""
    if start < end and text[start] >= "\u2190":
        m = _PICTO.match(text, start, end)
        if m is not None and m.end() < end:
            return m.end()
    return start


def span(text: str, start: int, end: int) -> Span | None:
    """A verbatim span of ``text[start:end]`` trimmed of whitespace, or None when empty."""
    s, e = strip_offsets(text, 0, start, end)
    if s >= e:
        return None
    return Span.of(text, s, e)


def line_span(page_text: str, line: Line) -> Span | None:
    return span(page_text, line.start, line.end)


def lines_span(page_text: str, lines: list[Line]) -> Span | None:
    """The span from the first to the last non-blank line of `lines`."""
    filled = [ln for ln in lines if not ln.blank]
    if not filled:
        return None
    return span(page_text, filled[0].start, filled[-1].end)


# the layouts test the same lines again and again (on a page, 26 calls of clean in 27 are of a line cleaned
# before): clean and the line tests below keep their answers for the page being read (cleared by folding.forget)
_CLEANED: dict[str, str] = {}
_FOOTER: dict[str, bool] = {}
_PAGER: dict[str, bool] = {}
_BYLINE: dict[str, bool] = {}
_CAPS: dict[str, bool] = {}
PAGE_CACHES.extend((_CLEANED, _FOOTER, _PAGER, _BYLINE, _CAPS))
_KEPT_MAX = 50_000


def _kept(cache: dict, test, text: str):
    """`test(text)`, kept in `cache` for the page being read (bounded at _KEPT_MAX entries)."""
    known = cache.get(text)
    if known is None:
        if len(cache) >= _KEPT_MAX:
            cache.clear()
        known = cache[text] = test(text)
    return known


def _clean(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").split())


def clean(text: str) -> str:
    """Whitespace collapsed (non-breaking spaces included), for comparisons and labels."""
    known = _CLEANED.get(text)  # speed26: a line met before on the page, without a call of _kept
    return known if known is not None else _kept(_CLEANED, _clean, text)


def fold_keep(text: str) -> str:
    """Lower-cased, accent-free form of `text` with the SAME length, so that
    regex offsets found in it are offsets in `text`."""
    if text.isascii():
        return text.lower()
    table = _KEEP
    for ch in set(text).difference(_KEEP_SEEN):  # each character's fold, found once per process
        table[ord(ch)] = ch.lower() if ch.isascii() else _fold_char(ch)
        _KEEP_SEEN.add(ch)
    return text.translate(table)


_KEEP: dict[int, str] = {}  # character -> its one-character fold (fold_keep's table)
_KEEP_SEEN: set[str] = set()


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    base = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c)).casefold()
    if len(base) == 1:
        return base
    low = ch.lower()
    return low if len(low) == 1 else ch


def is_bullet(text: str) -> bool:
    return bool(BULLET.match(text))


def bullet_body(text: str, base: int) -> tuple[int, int]:
    """Offsets of a bullet item's text without its marker."""
    m = BULLET.match(text)
    start = m.end() if m else 0
    return strip_offsets(text, base, start, len(text))


_LETTERS = re.compile(r"[^\W\d_]", re.UNICODE)


def is_caps_heading(text: str) -> bool:
    """An ALL-CAPS line such as "GENERAL OBJECTIVE" or "PARTICIPANTS PROFILE"."""
    known = _CAPS.get(text)  # speed26: a line met before on the page, without a call of _kept
    return known if known is not None else _kept(_CAPS, _is_caps_heading, text)


def _is_caps_heading(text: str) -> bool:
    t = clean(text)
    if len(t) > 90:  # speed26: too long for a heading, whatever its letters (tested before finding them)
        return False
    letters = _LETTERS.findall(t)
    if len(letters) < 4 or len(t) > 90 or is_bullet(t):
        return False
    return all(not c.islower() for c in letters) and t.rstrip(":").strip() != ""


def is_colon_heading(text: str) -> bool:
    """A short line ending with ":" ("Participants' Profile:", "Objetivos:")."""
    t = clean(text)
    return t.endswith(":") and 2 <= len(t) <= 70 and len(t.split()) <= 8 and not is_bullet(t)


_INLINE = re.compile(r"^([A-ZÁÉÍÓÚÑ][\w'’ ]{1,40}?):\s+(\S.*)$")


def inline_heading(text: str) -> tuple[str, int] | None:
    """"Comments: the meeting…" → ("Comments:", offset of the body in the line)."""
    m = _INLINE.match(text.lstrip(_SPACE))
    if not m or len(m.group(1).split()) > 4:
        return None
    lead = len(text) - len(text.lstrip(_SPACE))
    return m.group(1) + ":", lead + m.start(2)


# a breadcrumb trail: "Home › Events", "Inicio » Eventos » …", "Home > News", "Inicio / Noticias"
_CRUMB_MARK = re.compile(r"\s[›»]\s|(\S\s>\s.*){2}")  # " › ", " » " (not a «quote»), or " > " twice
_CRUMB_HOME = re.compile(r"^(home|inicio|in[ií]cio|portada|p[aá]gina (de )?inicio|start)\s*[›»>/|]\s*\S", re.IGNORECASE)


# issue 13 (event25): a trail led by "You are here:" / "Usted está en:" / "Estás en:" / "Se encuentra en:" (its
# items maybe apart by " / " only, its last item the event's short name): the lead with its colon marks it
_CRUMB_HERE = re.compile(r"^(?:you are here|you're here|usted est[aá] aqu[ií]|usted est[aá] en|est[aá]s? aqu[ií]|"
                         r"est[aá]s? en|se encuentra en|ubicaci[oó]n actual)\s*:\s*\S", re.IGNORECASE)


# issue 13 (event29): a trail led by the site's section, without "Home" ("Events / Forum on Missing Migrants",
# "Eventos / Reunión de la red", "Noticias › …"): a section word then a separator then the page's short name
_CRUMB_SECTION = re.compile(
    r"^(?:events?|eventos?|news|noticias|activities|actividades|agenda|meetings|reuniones|press|prensa|"
    r"publications|publicaciones|documents|documentos)\s*[›»>/]\s*\S", re.IGNORECASE)


def is_breadcrumb(text: str) -> bool:
    t = clean(text)
    return len(t) < 160 and (bool(_CRUMB_HOME.match(t)) or bool(_CRUMB_MARK.search(t)) or bool(_CRUMB_HERE.match(t))
                             or bool(_CRUMB_SECTION.match(t)))


# issue 13 (menu bar): a site's menu printed on one line, its items apart by wide gaps or bars ("Home   About
# us   Events   Contact", "Inicio | Quiénes somos | Eventos | Contacto"): three or more short items, one of
# them a menu word
_MENU_GAP = re.compile(r"[ \t\u00a0]{2,}|\s[|·•]\s")
_MENU_WORD = re.compile(
    r"^(?:home|inicio|events|eventos|news|noticias|about(?: us)?|qui[eé]nes somos|acerca de|contact(?: us)?|"
    r"contacto|cont[aá]ctenos|documents|documentos|publications|publicaciones|member (?:countries|states)|"
    r"pa[ií]ses miembros?|estados miembros)$",
    re.IGNORECASE,
)


# issue 13 (listing16): also a menu printed as bracketed items ("[ Home ] [ About ] [ Events ]", "[Inicio] [Contacto]")
_MENU_BRACKETS = re.compile(r"(?:\[[^\[\]\n]{1,40}\][ \t\u00a0]*){3,}")


def is_menu_bar(text: str) -> bool:
    t = text.strip(_SPACE)
    if t[:1] == "[" and _MENU_BRACKETS.fullmatch(t):
        items = [clean(x) for x in re.findall(r"\[([^\[\]]*)\]", t) if clean(x)]
    else:
        items = [clean(x) for x in _MENU_GAP.split(t) if clean(x)]
    if len(items) < 3 or any(len(x.split()) > 4 or x.endswith((".", ",", ";", ":")) for x in items):
        return False
    return sum(bool(_MENU_WORD.match(x)) for x in items) >= 2


# issue 13 (listing18): a listing's column names printed on one line over its entries ("Date        Event",
# "Fecha | Actividad | Lugar"): two to five items apart by wide gaps or bars, each a column's name
_COLUMN_WORD = re.compile(
    r"^(?:dates?|when|events?|activity|activities|meetings?|title|place|venue|location|city|country|details|"
    r"fechas?|cu[aá]ndo|eventos?|actividad|actividades|reuni[oó]n|reuniones|t[ií]tulo|lugar|sede|ciudad|pa[ií]s|detalles)$",
    re.IGNORECASE)


def is_column_header(text: str) -> bool:
    items = [clean(x) for x in _MENU_GAP.split(text.strip(_SPACE)) if clean(x)]
    return 2 <= len(items) <= 5 and all(_COLUMN_WORD.match(x) for x in items)


def is_navigation(text: str) -> bool:
    t = clean(BULLET.sub("", text))
    return bool(NAVIGATION.match(t)) or is_breadcrumb(t) or is_pager(t) or is_menu_bar(text)


# issue 13 (listing2): a language switch printed over a site's menu ("ES | EN | PT", "English · Español")
_LANG_SWITCH = re.compile(r"(?:(?:(?-i:[A-Z]{2})|english|espa[nñ]ol|portugu[eê]s|fran[cç]ais)(?:\s*[|·/]\s*|\s+|$)){2,4}",
                          re.IGNORECASE)


def is_language_switch(text: str) -> bool:
    """Issue 13 (listing18): a line that is only a language switch ("English | Español", "ES | EN")."""
    return bool(_LANG_SWITCH.fullmatch(clean(text)))


# issue 13 (round 31): a language switch under its label ("Language: English / Español", "Idioma: Español | EN")
_LANG_LABEL = re.compile(r"\s*(?:languages?|idiomas?|lang|versi[oó]n)\s*:\s*", re.IGNORECASE)


def is_labelled_language_switch(text: str) -> bool:
    """Issue 13 (round 31): a labelled language switch in a page's head; the site's chrome, no event's field."""
    t = clean(text)
    m = _LANG_LABEL.match(t)
    return m is not None and bool(_LANG_SWITCH.fullmatch(t[m.end():]))


def site_header_end(lines: list, start: int, *, look: int = 3) -> int:
    """issue 13 (site header): the index after a menu bar that follows, within `look` short lines, the top of
    a page ("Regional Conference on Migration" / "Home   About us   Events" / "EVENTS"): the site's name
    printed above its menu is no event; `start` when no menu bar follows."""
    seen = 0
    for k in range(start, min(len(lines), start + 2 * look)):
        t = clean(lines[k].text)
        if not t:
            continue
        if is_menu_bar(lines[k].text):
            k += 1
            # (issue 13, layout19: a language switch under the menu, "ES | EN", is the header's too)
            while k < len(lines) and (is_blank(lines[k].text) or is_navigation(lines[k].text)
                                      or is_language_switch(lines[k].text)):
                k += 1
            return k
        if is_navigation(lines[k].text) or _LANG_SWITCH.fullmatch(t):
            continue  # issue 13 (listing2): a "Menu" toggle or a language switch over the menu is no line of the site's name
        seen += 1
        if seen >= look or _name_words(t) > 8 or t.endswith((".", ":")):
            break
    return start


# issue 13 (listing15): a site's name printed in two languages on its top line ("South American Conference on
# Migration — Conferencia Suramericana sobre Migraciones"): each name counts its own words
_NAME_HALVES = re.compile(r"\s[—–|/]\s")


def _name_words(t: str) -> int:
    return max(len(p.split()) for p in _NAME_HALVES.split(t)) if " " in t else 1


# issue 13: a listing's pager ("« First ‹ Previous 3 4 5 Next › Last »", "« primera ‹ anterior 4 5 6
# siguiente › última »", "Page 9 of 14", "Página 2 de 5"): page numbers and the words of paging only
# issue 13 (listing): also the paging words of CMS pagers ("« Start ‹ Prev 1 2 Next › End »", "« Newer events
# 1 2 … 13 Older events »", "« Previous Events   Next Events »", "« Anteriores 1 2 … 11 Siguientes »", "Eventos
# anteriores ›"), and a results count ("Showing 11–15 of 64 events", "Mostrando 1-10 de 42 eventos")
_PAGING_WORD = (r"(?:(?:previous|prev|next|newer|older|earlier|later|past|upcoming)(?:\s+(?:events?|entries|posts|page|"
                r"items))?|first|last|start|end|anteriores|siguientes|pr[oó]ximos|(?:eventos|entradas|p[aá]gina)\s+"
                r"(?:anteriores|siguientes|previas|pr[oó]ximas|pasados|pr[oó]ximos)|(?:anteriores|pr[oó]ximos)\s+"
                r"eventos|primera|primero|anterior|siguiente|[uú]ltima|[uú]ltimo)")
PAGER = re.compile(
    rf"^(?:(?:[«»‹›<>|…←→]|\.\.\.|\d+|{_PAGING_WORD})\s*)+$|^(?:page|p[aá]gina)\s+\d+\s+(?:of|de)\s+\d+$|"
    r"^(?:showing|displaying|mostrando|viendo)\s+(?:(?:events?|eventos|results?|resultados)\s+)?\d+\s*(?:[-–—]|to|a|al)\s*"
    r"\d+\s+(?:of|de)\s+\d+(?:\s+(?:events?|eventos|results?|resultados|entries|entradas))?\.?$",
    re.IGNORECASE,
)


# a link line under a listing's entry ("Read more »", "Leer más", "Ver más eventos"); issue 13 (listing): also
# the link that repeats the entry's title after a colon ("Read more: <title>", "Leer más: <título>", "Read more
# about <title>"), "Find out more »", "Continue reading →", "Seguir leyendo", "View event", "Ver detalles"
_MORE_WORDS = (r"read more|read the full (?:story|article)|leer m[aá]s|ver m[aá]s(?: eventos)?|see more|load more(?: events)?|"
               r"show more|more events|m[aá]s eventos|more info(?:rmation)?|m[aá]s informaci[oó]n|cargar m[aá]s|"
               r"mostrar m[aá]s|find out more|learn more|saber m[aá]s|conoce m[aá]s|continue reading|keep reading|"
               r"seguir leyendo|contin[uú]a leyendo|contin[uú]ar leyendo|view (?:the )?event|(?:view|see) details|"
               r"ver (?:el )?evento|ver detalles?|"
               # issue 13 (listing25): a link to the entry's record ("Ver ficha", "View record", "See the entry")
               r"ver (?:la )?ficha(?: (?:completa|del evento))?|(?:view|see) (?:the )?(?:full )?(?:record|entry|event page)|"
               # issue 13 (listing27): a link to the entry's own page named by what it is ("→ View activity",
               # "Ver actividad", "See the event", "Ver la noticia")
               r"(?:view|see) (?:the )?(?:activity|event|news item)|ver (?:la )?(?:actividad|noticia)")
# issue 13 (listing18): also behind an arrow ("› Details", "» Ver más"), and the bare "Details" / "Detalles" link
# with its arrow before or after it ("› Details", "Detalles »")
# (issue 13, listing21: and behind a plus sign, "+ Details", "+ Ver más")
MORE_LINK = re.compile(rf"^(?:[»›>→➔+]\s*(?:details|detalles|more|m[aá]s)\s*$|(?:details|detalles)\s*[»›>→➔]+\s*$|"
                       rf"(?:[»›>→➔+]\s*)?(?:{_MORE_WORDS})(?:\s*[»›>…+→➔⟶]+|\s*(?::|about\b|sobre\b|de\b)[ \t]*\S.{{0,200}}(?<![.!?;]))?\s*$)",
                       re.IGNORECASE)


# issue 13 (listing2): a blog's pager link by itself ("Older posts", "Newer entries", "Entradas anteriores",
# "Publicaciones más recientes"): the paging word and what it pages, no number or arrow needed
_PAGER_LINK = re.compile(
    r"^(?:(?:older|newer|previous|next)\s+(?:posts|entries|articles|news)|(?:entradas|publicaciones|art[ií]culos|noticias)"
    r"\s+(?:anteriores|siguientes|m[aá]s\s+(?:antiguas|recientes|nuevas))|(?:anteriores|siguientes)\s+(?:entradas|"
    r"publicaciones|noticias))$", re.IGNORECASE)
# issue 13 (listing2): a results count with the page numbers after it ("Mostrando 1-4 de 11   1 2 3 Siguiente »",
# "Showing 1–10 of 42   « Prev 1 2 3 Next »")
_COUNT_LEAD = re.compile(
    r"^(?:showing|displaying|mostrando|viendo)\s+(?:(?:events?|eventos|results?|resultados)\s+)?\d+\s*(?:[-–—]|to|a|al)\s*"
    r"\d+\s+(?:of|de)\s+\d+(?:\s+(?:events?|eventos|results?|resultados|entries|entradas))?\.?\s+", re.IGNORECASE)

# issue 13 (listing26): the page count with the paging links after it ("Page 1 of 6   Next »", "Página 2 de 5  ‹ Anterior")
_PAGE_LEAD = re.compile(r"^(?:page|p[aá]gina)\s+\d+\s+(?:of|de)\s+\d+\s+", re.IGNORECASE)


def is_pager(text: str) -> bool:
    """A pager line: page numbers and paging words, with at least one of each or a paging arrow; or a
    "Read more" / "Ver más" link line."""
    known = _PAGER.get(text)  # speed26: a line met before on the page, without a call of _kept
    return known if known is not None else _kept(_PAGER, _is_pager, text)


def _is_pager(text: str) -> bool:
    t = clean(text)
    if t and (MORE_LINK.match(t) or _PAGER_LINK.match(t)):
        return True
    m = _COUNT_LEAD.match(t) or _PAGE_LEAD.match(t)  # (issue 13, listing26: "Page 1 of 6   Next »")
    if m and m.end() < len(t) and _paging(t[m.end():]):
        return True
    return _paging(t)


def _paging(t: str) -> bool:
    return bool(t) and bool(PAGER.match(t)) and bool(re.search(r"[«»‹›←→]|\d", t)) and not re.fullmatch(r"[\d\s]+", t)


# issue 13 (listing): a CMS's byline under an entry's title: who posted it and when, its category, its hits
# ("Written by Webmaster | Category: Events | Published: 03 July 2023 | Hits: 412", "Posted on October 3, 2019
# by Executive Secretariat", "Publicado el 9/9/2022 · Categoría: Fronteras", "Escrito por Administrador",
# "Published: 12 May 2021", "By Communications Office | 4 March 2020"). The dates it gives are the post's, not
# the event's; the names are an author's: neither is read.
_BYLINE_PART = re.compile(
    # (issue 13, listing15: "Posted: 18/06/2016", the bare word with its colon)
    # (issue 13, listing27: "Posted 14 March 2019", "Posted June 9, 2016": the bare word and a date)
    r"^(?:written by|posted (?:on|by|in)|posted(?=[ \t]*:|[ \t]+(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?[ \t]+\d))|published(?: on| by| in)?|created(?: on| by)?|last updated|updated(?: on)?|"
    r"submitted (?:by|on)|author|autor(?:a)?|escrito por|redactado por|publicado(?: el| por| en)?|creado(?: el| por)?|"
    r"actualizado(?: el)?|[uú]ltima actualizaci[oó]n|categor(?:y|ies|[ií]as?)|hits|visitas|views|vistas|lecturas|"
    r"comments?|comentarios?|tags?|etiquetas?|filed under|archivado en|"
    # issue 13 (listing2): a blog's comment link closing a category line ("Categories: Events | Leave a comment",
    # "2 Comments", "No comments", "Deja un comentario", "3 comentarios", "Sin comentarios")
    r"leave a (?:comment|reply)|(?:no|\d+|one)[ \t]+comments?|deja(?:r)? (?:un|tu) comentario|"
    r"(?:sin|\d+|un)[ \t]+comentarios?)\b[ \t]*:?",
    re.IGNORECASE,
)
_BYLINE_SPLIT = re.compile(r"[ \t]+(?:\||·|•|—|–)[ \t]+")


def is_byline(text: str) -> bool:
    """A CMS byline line (see above): every part apart by " | ", " · " starts with a byline word, or the line
    is "By <someone> | <date>"."""
    known = _BYLINE.get(text)  # speed26: a line met before on the page, without a call of _kept
    return known if known is not None else _kept(_BYLINE, _is_byline, text)


def _is_byline(text: str) -> bool:
    t = clean(text)
    if not t or len(t) > 160 or t.endswith((".", ";")) and not t.endswith("etc."):
        return False
    parts = [p.strip() for p in _BYLINE_SPLIT.split(t) if p.strip()]
    if all(_BYLINE_PART.match(p) for p in parts):
        return True
    return len(parts) >= 2 and bool(re.match(r"^(?:by|por)\s+\S", parts[0], re.IGNORECASE)) \
        and all(_BYLINE_PART.match(p) or re.search(r"\d", p) for p in parts[1:])


# issue 13 (footers): a credit line that does not start with its mark ("Conferencia Regional sobre
# Migración · Todos los derechos reservados", "Site of the SACM ©"), and a site's signature line: three or
# more short parts joined by "·" or "|", no digit, colon or sentence ("Regional Conference on Migration |
# Technical Secretariat | San José, Costa Rica")
_RIGHTS = re.compile(r"©|\ball rights reserved\b|\btodos los derechos reservados\b", re.IGNORECASE)
_SIGNATURE = re.compile(r"[^\d:;.!?·|]{2,60}(?:\s[·|]\s[^\d:;.!?·|]{2,60}){2,}")


# issue 13 (mentions): a signature whose parts hold the site's e-mail address or the page's update stamp, the parts
# set apart by bars, dots or dashes ("RCM Executive Secretariat · San José, Costa Rica · info@…", "Technical
# Secretariat of the SACM – Buenos Aires – csm@…", "Última actualización: 02/05/2019 | Secretaría Técnica | San José")
_STAMP = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:last updated|updated|ultima actualizaci[oó]n|última actualizaci[oó]n|"
                    r"actualizado(?: el)?)\s*:?\s*[\d/.-]+", re.IGNORECASE)
_SIGNATURE_STAMPED = re.compile(r"[^\d:;.!?·|–—]{2,60}(?:\s[·|–—]\s[^\d:;.!?·|–—]{2,60}){2,}")


def is_footer(text: str) -> bool:
    known = _FOOTER.get(text)  # speed26: a line met before on the page, without a call of _kept
    return known if known is not None else _kept(_FOOTER, _is_footer, text)


def _is_footer(text: str) -> bool:
    t = clean(text)
    # (cheap tests first: a signature has two bars or dots, a credit one of its marks, a stamp an "@" or its word)
    marks = t.count("·") + t.count("|")
    if FOOTER.match(t) or len(t) <= 200 and bool(_RIGHTS.search(t) or marks >= 2 and _SIGNATURE.fullmatch(t)):
        return True
    if len(t) <= 200 and (marks or "—" in t or "–" in t) and _CREDIT.fullmatch(t):
        return True
    if "@" not in t and "pdated" not in (low := t.lower()) and "ctualiz" not in low:
        return False  # no stamp to take out
    stamped = _STAMP.sub("stamp", t) if len(t) <= 200 else t
    return stamped != t and bool(_SIGNATURE_STAMPED.fullmatch(stamped.strip(" ·|–—"))
                                 or _CREDIT_STAMPED.fullmatch(stamped.strip(" ·|–—")))


# issue 13 (fields2): the secretariat's credit line with the site's e-mail ("Secretaría Técnica de la CSM: Oficina
# Regional de la OIM … · csm@…", "Technical Secretariat: IOM … | rcm@…")
_CREDIT_STAMPED = re.compile(r"(?:secretar[ií]a (?:t[ée]cnica|ejecutiva)|(?:technical|executive) secretariat)"
                             r"[^:.!?|·]{0,40}:\s*[^.!?:|·]{2,120}(?:\s[·|–—]\s[^.!?:|·]{1,80})+", re.IGNORECASE)


# issue 13 (mentions): the site's name and the credit of its secretariat ("Conferencia … — Secretaría Técnica: OIM, …")
_CREDIT = re.compile(r"[^\d.!?:|·–—]{2,80}\s[—–|·]\s(?:secretar[ií]a (?:t[ée]cnica|ejecutiva)|(?:technical|executive) "
                     r"secretariat)\s*:[^.!?:]{1,120}", re.IGNORECASE)


def footer_note(line: Line) -> str:
    """What the build report says of a footer line it skips: its kind and line, not its text,
    which often names a person ("Design by <name>"): no personal data in the report."""
    m = FOOTER.match(clean(line.text)) or _RIGHTS.search(clean(line.text))
    lead = m.group(0).strip() if m else "signature"
    return f"footer: {lead} … (line {line.no})"


# --- issue 13 (listing16): entry marks and the lines that part a listing's entries ----------------------------------
# A listing may open each entry's title with a mark glyph ("■ XVI Conference", "◆ Taller …", "► Workshop …", "★ …",
# "✓ …", "- …", "* …"): the mark is the list's, not the title's. It may close each entry with a line that is no
# entry's text: a share line (its lead word and the networks' names, "Compartir: Facebook | Twitter | WhatsApp",
# "Share this: LinkedIn · X · Email", "Share on Facebook · Share on X", "Facebook  Twitter  LinkedIn"), a rule
# ("* * *", "———", "-----", "· · ·") or a tags line ("Tags: labour, returns", "Etiquetas: retorno", "Categorías: …").
_ENTRY_MARK = re.compile(r"[ \t\u00a0]*[■□▪▫●○◆◇►▶▸»›★☆✓✔✗•·◦‣∙*\-–—][ \t\u00a0]+(?=\S)")
_SHARE_LEAD = re.compile(
    r"^(?:share(?: this(?: (?:page|post|article|event|story|news))?| on| via)?|compart(?:ir en|ir por|ir v[ií]a|ir|elo|e)|"
    r"comp[aá]rtelo|difunde|follow us(?: on)?|s[ií]guenos(?: en)?)\b[ \t]*:?[ \t]*", re.IGNORECASE)
_SOCIAL = re.compile(
    r"^(?:(?:share on|share via|compartir en|compartir por|post on|tweet on)[ \t]+)?(?:facebook|twitter|x|whatsapp|"
    r"telegram|linkedin|instagram|youtube|e-?mail|correo(?: electr[oó]nico)?|pinterest|reddit|print|imprimir|"
    r"copy link|copiar (?:el )?enlace|threads|bluesky|mastodon|tiktok|flickr|messenger|tumblr|xing|vk|line|sms)$",
    re.IGNORECASE)
_SHARE_SPLIT = re.compile(r"[ \t]*[|·•,/][ \t]*|[ \t]{2,}")
_RULE = re.compile(r"^(?:[-–—_=~*·•═─━#][ \t]*){3,}$")
# issue 13 (listing30b): or a line of hashtags alone ("#Andean #Workshop #Peru", "#MigraciónSegura · #CSM"): each
# word a "#" glued to a word with a letter ("# Heading", "#1 in the region", "#2021" are none)
_HASHTAGS = re.compile(r"^#(?=\w*[^\W\d_])\w+(?:[ \t]*[,·•|]?[ \t]+#(?=\w*[^\W\d_])\w+)*$")
_TAGS = re.compile(r"^(?:tags?|etiquetas?|categor(?:y|ies|[ií]as?)|topics?|temas?|keywords?|palabras clave|filed under|"
                   r"archivado en)[ \t]*:[ \t]*[^.!?:;]{1,120}$", re.IGNORECASE)


def entry_mark(text: str) -> int | None:
    """The offset in `text` past a mark glyph that opens an entry's title (see above); None when none does."""
    m = _ENTRY_MARK.match(text)
    return m.end() if m else None


def is_share_line(text: str) -> bool:
    t = text.replace("\u00a0", " ").strip(_SPACE)  # (not clean(): wide gaps part the networks' names)
    if not t or len(t) > 160:
        return False
    items = [x for x in _SHARE_SPLIT.split(t) if x]
    if len(items) >= 2 and all(_SOCIAL.match(x) for x in items):  # "Share on Facebook · Share on X"
        return True
    lead = _SHARE_LEAD.match(t)
    if lead is None or not lead.group().strip():
        return False
    items = [x for x in _SHARE_SPLIT.split(t[lead.end():]) if x]
    return bool(items) and all(_SOCIAL.match(x) for x in items) \
        and (len(items) >= 2 or bool(re.search(r":|\bon\b|\ben\b", lead.group())))


def is_rule(text: str) -> bool:
    """A rule alone on its line ("------", "======"), cheap to test."""
    t = text.strip(_SPACE)
    return len(t) >= 3 and t[0] in "-–—_=~*·•═─━#" and bool(_RULE.match(t))


def is_separator(text: str) -> bool:
    """A line that parts a listing's entries (see above): a share line, a rule or a tags line."""
    t = clean(text)
    if not t or len(t) > 160:
        return False
    return bool(_RULE.match(t)) or bool(_TAGS.match(t)) or is_share_line(text) \
        or (t[0] == "#" and bool(_HASHTAGS.match(t)))
