"""Field labels, in every layout: what a labelled line says it holds.

A field label is recognised on a line as

- "Label: value" or "Label:" alone, maybe after a bullet ("• Lugar: San Salvador", "- Date: …");
- a known label alone on its line without a colon ("When" / "Dónde" / "Organizadores"), its value on
  the next line(s);
- a flattened table cell, a known label, a bar and the value ("Fecha | 12/05/2021").

and classified, by what the label means (English and Spanish, accents and case folded), into a key:
``date``, ``place`` (a place or venue: "Lugar", "Where", "Location"), ``dateplace`` ("When and where",
"Place and date", "Fecha y lugar"), ``city``, ``country``, ``mode``, ``about`` (the event's text:
description, summary, notes, remarks, observaciones, comentarios, details, what), ``coordinating`` (a
coordinating-institution field), ``role`` (a list of institutions that had one role: convener,
organizer, host, funder, supporter, participant; :attr:`Label.role`), ``audience`` (who the event was
for: read as text, its bodies are not participants unless the text says they took part), ``email``
(contact), ``coordinator`` (a contact person: never stored), ``documents`` (documents, links),
``ignore`` (tags, share, category, time), or ``unknown`` (a "Label: value" line whose label is none of
these; only given when asked for).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from rcpkg.loaders.folding import fold_text, page_memo

# issue 13 (fields2): separate start and end date fields ("Fecha de inicio:" / "Fecha de finalización:", "Start
# date" / "End date"), found by `find_date_part` (the fields layout reads them as one range; the other layouts read
# such lines as date lines, see dates.end_date_line)
_START_DATE = (r"(?:fecha|dia) (?:de )?(?:inicio|comienzo|apertura)|start(?:ing)? date|opening date|begins|starts|"
               r"desde")
_END_DATE = (r"(?:fecha|dia) (?:de )?(?:finalizacion|fin|termino|cierre|clausura|conclusion)|fecha final|"
             r"end(?:ing)? date|closing date|finish date|ends|until|hasta")
# each key's labels, folded (lower case, no accents, punctuation as spaces); matched whole
_VOCABULARY: tuple[tuple[str, str | None, str], ...] = (
    ("dateplace", None,
     r"(?:dates?|fechas?|when|cuando) (?:and |y |e )?(?:place|location|venue|where|lugar|sede|ciudad|city|donde)|"
     r"(?:place|location|venue|where|lugar|sede|ciudad|city|donde) (?:and |y |e )?(?:dates?|fechas?|when|cuando)"),
    ("date", None, r"fechas?(?: y horas?)?|dates?(?: and times?)?|when|cuando|periodo|period|dias?|days?|duration|"
                   r"duracion|fecha de realizacion|fecha del evento|event date|calendar|calendario"),
    ("city", None, r"ciudad|city|town|localidad"),
    ("country", None, r"pais|country|pais sede del evento"),
    ("place", None, r"lugar|venue|sede|place|location|ubicacion|where|donde|address|direccion|lugar del evento|"
                    r"event venue|event location|lugar de realizacion"),
    ("mode", None, r"modalidad|modality|attendance(?: mode)?|mode|format|formato|tipo de modalidad"),
    ("about", None, r"acerca del evento|about(?: the event| this event)?|sobre el evento|descripcion|description|"
                    r"summary|resumen|notes?|notas?|observaciones|observacion|comentarios?|comments?|remarks|"
                    r"details|detalles|what|que|informacion|information|more information|mas informacion|"
                    r"reseña|resena|overview|sintesis|highlights|aspectos destacados|results?|resultados?|"
                    r"outcomes?|background|antecedentes|agenda|"
                    # issue 13 (fields16): a reference or context line: text, its bodies are mentioned
                    r"references?|referencias?|context|contexto|marco|framework|see also|ver tambien"),
    ("coordinating", None,
     r"institucion(?:es)? coordinadoras?|coordinating institutions?|coordination|coordinacion|(?:overall|general) coordination|"
     r"coordinan|coordina|coordinated by|coordinado por|"
     r"coordinada por|lead(?:ing)? institutions?|institucion(?:es)? lider(?:es)?|entidad(?:es)? coordinadoras?|"
     r"coordinating (?:agency|agencies|body|bodies|entity|entities|organi[sz]ations?)"),
    # issue 13 (event22): who chairs the meeting ("Chair | Chile", "Presidencia Pro Tempore: Perú") coordinates it.
    # A role field of its own, not the coordinating field: an event may print both, and a site's header may print
    # the current presidency above the events ("Presidency Pro Tempore: El Salvador"), which the fields layout
    # then tells from the events' own fields (fields._chrome_fields)
    ("role", "coordinator",
     r"chairs?|chaired by|chairing (?:country|institution)|chairmanship|chairpersonship|presidency(?: pro[ -]tempore)?|"
     r"pro[ -]tempore presidency|presidencia(?: pro[ -]tempore)?|presidida por|presidido por|preside|presiden|ppt"),
    ("role", "convener", r"convoca|convocan|convened by|conveners?|convenes|convening (?:institutions?|bodies)|"
                         r"convocado por|convocada por|convocantes?|institucion(?:es)? convocantes?|"
                         r"convoco|convocaron|"
                         # issue 13 (fields37): "Convocatoria → X" (the call: who convened)
                         r"convocatoria"),  # issue 13 (listing26): the past tense, "Convocó — X"
    ("role", "organizer", r"(?:co ?)?organi[sz]ers?|organi[sz]ed by|co ?organi[sz]ed by|organi[sz]ing partners?|"
                          r"organiza|organizan|co ?organiza|co ?organizan|co ?organi[sz]es|co ?organi[sz]ing|(?:co ?)?organizadores|(?:co ?)?organizadoras?|"
                          r"(?:co ?)?organizador|"
                          # issue 13 (fields34): the institutions that organize ("Instituciones organizadoras: X; Y",
                          # "Organizing institutions: X") organize (the newer sets' convention), no coordinating field
                          r"institucion(?:es)? organizadoras?|organi[sz]ing institutions?|"  # issue 13 (roles4): the singular masculine ("Organizador: X")
                          r"organizado por|organizada por|coorganizado por|coorganizada por|partners?|socios?|"
                          r"delivered by|academic partners?|imparte|imparten|dicta|dictan|taught by|given by|run by|"
                          r"socios? academicos?|impartido por|impartida por|dictado por|dictada por|a cargo de|"
                          r"implementing (?:partners?|agenc(?:y|ies))|implemented by|implementado por|"
                          r"ejecutado por|executed by|"
                          # issue 13 (fields4): "ORGANIZACIÓN — X", "Organization: X" (the field of who organized)
                          r"organizacion|organization|organisation|"
                          # issue 13 (fields3): who runs a course or a project ("Entidad ejecutora", "Executing agency")
                          r"(?:entidad(?:es)?|institucion(?:es)?|agencias?|organismos?|unidad(?:es)?) ejecutoras?|"
                          r"organismos? ejecutor(?:es)?|executing (?:agenc(?:y|ies)|entit(?:y|ies)|institutions?|"
                          r"bod(?:y|ies)|organi[sz]ations?|partners?)|"
                          # issue 13 (fields16): a collaboration (as roles.py reads it), co-organizing bodies
                          r"in (?:close )?collaboration with|en colaboracion con|"
                          r"co ?organi[sz]ing (?:institutions?|organi[sz]ations?|partners?|agencies|entities)|"
                          r"(?:instituciones|organizaciones|entidades) co ?organizadoras|"
                          r"partner (?:institutions|organi[sz]ations|agencies)"),
    ("role", "host", r"(?:co ?)?hosts?|(?:co ?)?hosted by|host (?:institutions?|organi[sz]ations?|country|agency)|"
                     r"anfitrion(?:a|es|as)?|co ?anfitrion(?:a|es|as)?|institucion(?:es)? anfitrionas?|"
                     r"entidad(?:es)? anfitrionas?|pais anfitrion|pais sede|sede institucional|acogido por|"
                     r"acogida por"),
    ("role", "funder", r"funding|funded by|funders?|financing|financed by|financial support|financial partners?|"
                       r"financiamiento|financiado por|financiada por|financiadores?|financiacion|financia|financio|financiaron|"
                       r"donors?|donantes|cooperantes?|cooperacion(?: internacional)?|with funding from|con financiamiento de|"
                       r"(?:source of )?funding source|fuente de financiamiento|apoyo financiero|"
                       r"con el financiamiento de|con fondos de|"
                       # issue 13 (fields16)
                       r"with (?:the )?financial support (?:of|from)|con el apoyo financiero del?"),
    ("role", "supporter", r"support|supported by|(?:entidad(?:es)?|instituci(?:on|ones)|organizaci(?:on|ones)|"
                          r"agencias?|organismos?) cooperantes?|cooperating (?:institutions?|entities|entity|"
                          r"organi[sz]ations?|agenc(?:y|ies)|partners?)|with the support of|supporters?|technical support|"
                          r"(?:co ?)?sponsors?|(?:co ?)?sponsored by|sponsorship|apoyo|apoyos|apoyan?|apoyo tecnico|"
                          r"con el apoyo de|con apoyo de|apoyado por|apoyada por|auspicio|auspicia|auspician|"
                          r"auspiciado por|auspiciada por|con el auspicio de|patrocinio|(?:co ?)?patrocinadores?|"
                          r"patrocinado por|patrocinada por|asistencia tecnica|technical assistance|"
                          r"con la asistencia tecnica de|backed by|endorsed by|aval|avalado por|aliados?|allies|"
                          r"patrocinan?|"  # issue 13 (fields3): "Patrocina" (sponsors)
                          # issue 13 (fields16): "With support from", allied bodies
                          r"with (?:the )?(?:technical )?support (?:of|from)|(?:instituciones|organizaciones|"
                          r"entidades) aliadas|"
                          # issue 13 (fields24): "Con la colaboración de:" / "With the collaboration of:" items are
                          # supporters (the newer sets' convention, as roles.py reads "contó con la colaboración de";
                          # "En colaboración con" / "In collaboration with" stay organizers)
                          r"con la colaboracion del?|with the collaboration of|"
                          # issue 13 (fields33): "Con el acompañamiento de: X" / "With the accompaniment of: X"
                          r"con el acompanamiento(?: tecnico)? del?|acompanamiento(?: tecnico)?|"
                          r"with the (?:technical )?accompaniment of"),
    ("role", "participant", r"participants?|participantes?|(?:participating|attending) (?:institutions|organi[sz]ations|countries|"
                            r"delegations|agencies)|instituciones participantes|organizaciones participantes|"
                            r"paises participantes|delegaciones participantes|participaron|participan|"
                            r"delegations|delegaciones|speakers?|keynote speakers?|guest speakers?|invited speakers?|ponentes invitad[oa]s|panel(?:l)?ists?|panelistas?|"
                            r"ponentes?|expositores?|expositoras?|presenters?|attendees|attending|attended by|"
                            # issue 13 (fields36): who gave a talk ("Presentations — X: a directory of …",
                            # "Ponencias — X: …") took part
                            r"presentations?|presentaciones|ponencias|presented by|presentad[oa]s? por|"
                            r"asistentes|asistieron|observers?|observadores?|observadoras?|invitados?(?: especiales)?|"
                            r"special guests|guests|moderators?|moderadores?|moderated by|moderado por|moderada por|"
                            r"moderacion|moderation|modera|moderan|moderates|"
                            # issue 13 (fields34): the past tense ("Moderó: X", "Moderated: X") and who was there
                            # ("Member institutions present: X; Y", "Instituciones miembro presentes: X")
                            r"modero|moderaron|moderated|(?:member )?(?:institutions|organi[sz]ations|agencies|"
                            r"countries|delegations|entities) present|(?:instituciones|organizaciones|entidades|paises|"
                            r"delegaciones)(?: miembros?)? presentes|"
                            # issue 13 (round 30): "Participación" / "Participation" over the list of who took part
                            r"participacion|participation|"
                            # issue 13 (fields20): who presents ("Expone: X", "Presentan: X; Y", "Presented by: X")
                            r"expone|exponen|presenta|presentan|presented by|presentado por|presentada por|"
                            r"oradores|conferencistas|intervienen|intervinieron|with the participation of|"
                            r"con la participacion de|speakers from|"
                            # issue 13 (fields23): who spoke, the verb in the past ("Expusieron: X; Y", "Disertó: X",
                            # "Spoke: X", "Presented: X")
                            r"expusieron|expuso|presentaron|presento|disertaron|diserto|intervino|spoke|presented|"
                            # issue 13 (fields21): who comments or reports on the session ("Comentaristas: X; Y",
                            # "Discussants: X", "Relatoría: X", "Rapporteur: X"): the lead's convention, they take part
                            r"comentaristas?|comentador(?:es|as)?|commentators?|discussants?|relatoria|relator(?:es|as|a)?|"
                            r"rapporteurs?|rapporteurship|"
                            # issue 13 (fields16): a question or a verb as the label ("Who took part", "Taking
                            # part", "Quiénes participaron", "Tomaron parte", "Contó con la participación de")
                            r"who (?:took part|participated|attended|joined)|taking part|took part|"
                            r"participating|in attendance|quienes participaron|quienes asistieron|tomaron parte|"
                            r"conto con la participacion de|contaron con la participacion de|"
                            # two kinds of speakers ("Speakers and panelists"), observer or invited bodies
                            r"(?:speakers|panel(?:l)?ists|presenters|moderators) and (?:speakers|panel(?:l)?ists|"
                            r"presenters|moderators)|(?:ponentes|panelistas|expositores|moderadores) y (?:ponentes|"
                            r"panelistas|expositores|moderadores)|"
                            r"(?:observer|invited|guest) (?:countries|states|organi[sz]ations|institutions|agencies|"
                            r"delegations|bodies)|(?:paises|estados|organismos|organizaciones|instituciones|"
                            r"delegaciones|agencias) (?:observador(?:es|as)|invitad[oa]s)|"
                            # issue 13 (event16): the field asked as a question ("Who spoke", "Quién participó")
                            r"who spoke|quien(?:es)? (?:participo|asistio|expusieron)|"
                            # issue 13 (fields33): an invited body ("Invitada: X", "Invited: X", "Guest: X") and who
                            # also took part ("Participan además: X", "Also taking part: X")
                            r"invitad[oa]s?|invited|guest|"
                            r"(?:participan|participaron|asisten|asistieron) (?:ademas|tambien)|"
                            r"(?:tambien|ademas) (?:participan|participaron|asistieron)|"
                            r"also (?:taking part|took part|participating|attending|present|attended)|"
                            # issue 13 (fields3): a course's teachers ("Docentes", "Instructors"): their bodies take part
                            r"docentes?|cuerpo docente|equipo docente|profesores|instructor(?:es|as)?|instructors?|"
                            r"teachers|lecturers|trainers|teaching staff|faculty|facilitators|facilitador(?:es|as)|"
                            r"capacitador(?:es|as)|formador(?:es|as)|tutores|tutors|"
                            # issue 13 (fields4): whose people teach or speak ("Trainers from: X; Y", "Docentes de: X")
                            r"(?:trainers|instructors|teachers|lecturers|facilitators|experts|panel(?:l)?ists|presenters|"
                            r"moderators) from|(?:docentes|instructor(?:es|as)|capacitador(?:es|as)|facilitador(?:es|as)|"
                            r"expert[oa]s|ponentes|expositor(?:es|as)|panelistas|conferencistas) (?:de|del|provenientes de)"),
    ("audience", None, r"target audience|audience|dirigido a|dirigida a|publico objetivo|publico|destinatarios|"
                       r"aimed at|intended for|poblacion objetivo|target group|target groups|beneficiarios|"
                       r"beneficiaries|for whom|para quien|perfil de (?:los )?participantes|participants? profile|"
                       r"perfil del participante|perfil de las personas participantes"),
    ("email", None, r"e ?mail|correo(?: electronico)?|contact|contacto|contacts|contactos|informes|inquiries|"
                    r"consultas|telefono|phone|tel"),
    ("coordinator", None, r"coordinadora? del evento|coordinator of the event|contact person|persona de contacto|"
                          r"focal point|punto focal"),
    ("documents", None, r"documentos?|documents?|anexos?|attachments?|downloads?|descargas?|links?|enlaces?|"
                        r"materials?|materiales|presentations?|presentaciones|resources|recursos|"
                        r"related documents|documentos relacionados"),
    ("ignore", None, r"tags?|etiquetas?|share|compartir|share this|compartir en|categor(?:y|ies)|categorias?|"
                     r"hora|horario|time|times|schedule|type|tipo|tipo de evento|event type|language|languages|"
                     r"idiomas?|registration|inscripcion|inscripciones|status|estado|keywords|palabras clave|"
                     r"posted in|publicado en|filed under|topics?|temas?|themes?|areas? tematicas?|"
                     # issue 13 (fields3): a course's practical facts: no event fact
                     r"carga horaria|workload|(?:number of )?hours|horas|certificados?|certificacion|certificates?|"
                     r"certification|cupos?|vacantes|seats|costo|cost|fees?|arancel"),
)
# the keys whose field gives the event's place, dates or attendance mode
FACT_KEYS = frozenset({"dateplace", "date", "place", "city", "country", "mode"})
_RX = re.compile("|".join(f"(?P<k{i}>{p})" for i, (_, _, p) in enumerate(_VOCABULARY)))

# issue 13 (labels): a plural printed as an optional ending ("Coordinating institution(s)",
# "Institución(es) coordinadora(s)", "Organizador(es)") is read as the plural
_PLURAL_END = r"\((?:s|es|as|os|a)\)"
_PLURAL = re.compile(rf"(?<=[^\W\d_]){_PLURAL_END}")
# issue 13 (round 32): a qualifier in brackets after a label ("Moderation (all sessions)", `classify` reads it)
_QUAL_PAREN = r"(?:[ \t]*\([^\W\d_][^():\n]{1,28}\))?"
_BULLET = r"[•·▪◦*■□▸►▶→]|[-–—](?=\s)|\d{1,2}[.)](?=\s)"
# "Label: value" / "Label:" (a label: up to six words, no sentence punctuation, starting with a letter)
_COLON = re.compile(rf"^(?P<lead>\s*(?:(?P<bullet>{_BULLET})\s*)?)(?P<label>[^\W\d_](?:[^:.;!?()\n]|{_PLURAL_END}){{0,45}}?{_QUAL_PAREN})\s*:(?!//)"
                    r"[ \t]*(?P<value>.*?)\s*$")
# "Label | value", "Label<TAB>value" (a flattened table row: its cells set apart by a bar or tabs); issue 13
# (fields3): "LABEL — value", "Label – value" (a spaced em or en dash after a known label, as a colon)
# issue 13 (fields37): or an arrow ("Convocatoria → X", "Host → Y")
_BAR = re.compile(rf"^(?P<lead>\s*(?:(?P<bullet>{_BULLET})\s*)?)(?P<label>[^\W\d_][^|\t\n—–→]{{0,45}}?)"
                  r"(?:\s+[|—–→]\s+|[ ]*\t+[ \t]*)(?P<value>\S.*?)\s*$")
# issue 13 (fields37): a label in square brackets, its value after it ("[Fecha] 26/09/2019", "[Hosted by] X")
_SQUARE = re.compile(r"^(?P<lead>\s*(?P<bullet>))\[\s*(?P<label>[^\W\d_][^\[\]\n]{0,45}?)\s*\]:?[ \t]*(?P<value>.*?)\s*$")
# issue 13 (event23): a two-cell table row, "| Label | value |" (no third cell: a header row "| Date | Event | Place |"
# is no label)
_ROW = re.compile(r"^(?P<lead>\s*\|\s*(?P<bullet>))(?P<label>[^\W\d_][^|\t\n]{0,45}?)\s*\|\s*(?P<value>[^|\s][^|]*?)"
                  r"\s*\|?\s*$")
# a label alone on its line ("When", "Dónde", "Organizadores")
_ALONE = re.compile(rf"^(?P<lead>\s*(?:(?P<bullet>{_BULLET})\s*)?)(?P<label>[^\W\d_](?:[^:.;!?()\n]|{_PLURAL_END}){{0,45}}?{_QUAL_PAREN})\s*$")
# issue 13 (fields24): "Label ........ value", "Label · · · value", "Label ____ value", "Label… value" (a leader of dots,
# middle dots, underscores or an ellipsis between a known label and its value, as in a printed index), or a known
# label and its value set apart by two or more spaces (an aligned column: "Apoyo técnico   Secretaría …"); a leader
# may close a label alone ("Fecha ........", its value on the next line)
_LEADER = re.compile(rf"^(?P<lead>\s*(?:(?P<bullet>{_BULLET})\s*)?)(?P<label>[^\W\d_][^|\t\n.·…‥⋯_:]{{0,45}}?)"
                     r"(?:[ \t]*(?:[.·…‥⋯_][ \t]?){2,}|[ \t]*[…‥⋯][ \t]*|[ ]{2,}(?=\S))[ \t]*(?P<value>\S.*?)?\s*$")
_PUNCT = re.compile(r"[^\w]+")
_NOTE = re.compile(r"\s*\([^()]*\)\s*$")


@dataclass(frozen=True, slots=True)
class Label:
    key: str  # see the module docstring
    role: str | None  # for key "role"
    text: str  # the label as printed ("Place and date")
    start: int  # offsets in the line: the label's first character
    end: int  # the end of the label (before its colon or bar)
    value_start: int | None  # the inline value's first character, None for a label alone
    bullet: bool
    colon: bool


@page_memo  # (speed25)
def classify(label: str) -> tuple[str, str | None] | None:
    """(key, role) of a label's text ("Con el apoyo de" -> ("role", "supporter")), else None."""
    folded = _PUNCT.sub(" ", fold_text(_PLURAL.sub(lambda m: m.group()[1:-1], label))).strip()
    m = _RX.fullmatch(folded) if folded and len(folded) <= 45 else None
    if m is None:
        got = _qualified(folded) if folded and len(folded) <= 45 else None
        if got is None and label.endswith(")") and (bare := _NOTE.sub("", label).strip()) and bare != label.strip():
            # issue 13 (fields33): a note in brackets after the label ("Coordinación general (moderó todas las
            # sesiones)", "Organizers (in alphabetical order)"), when the whole is no label: the label before it
            return classify(bare)
        return got
    key, role, _ = _VOCABULARY[int(m.lastgroup[1:])]
    return key, role


# issue 13 (round 32): a role label with a qualifier that says which part of the event it is about ("Moderation (all
# sessions)", "Moderation of all sessions" (issue 13, fields35), "Speakers (second panel)", "Moderación de la reunión", "Moderación del panel 2", "Ponentes de la sesión
# 1"): the role's label. Whoever moderates the whole meeting coordinates it, whoever moderates one panel or session
# takes part (the newer sets' convention).
_WHOLE = (r"(?:(?:of|for|in|during|throughout|across) )?(?:all|both|every|the whole|the entire|whole|entire) (?:the )?(?:sessions?|days?|meeting|event|workshop|"
          r"seminar|forum|conference|course)|(?:en |de |durante )?(?:todas las|ambas) (?:sesiones|jornadas|mesas)|"
          r"(?:en |de |durante )?todos los (?:dias|paneles)|"
          r"(?:(?:de|del|de la|la|el|of|of the|for the|the) )?(?:reunion|evento|taller|seminario|foro|encuentro|jornada|"
          r"conferencia|curso|meeting|event|workshop|seminar|forum|conference|course)|general")
_PART = (r"(?:(?:de|del|de la|en el|en la|la|el|of|of the|the|for|for the|in|in the) )?(?:(?:first|second|third|fourth|"
         r"morning|afternoon|opening|closing|closing|inaugural|primer|primera|segunda|segundo|tercer|tercera) )?"
         r"(?:panel|panels|paneles|session|sessions|sesion|sesiones|mesa|mesas|round ?table|working table|block|"
         r"bloque|module|modulo|day|dia)(?: (?:\d{1,2}|[ivx]{1,4}|[a-d]))?(?: (?:session|panel|de la manana|"
         r"de la tarde|dia \d))?")
_QUALIFIED = re.compile(rf"(?P<base>[a-z ]{{3,30}}?) (?:(?P<whole>{_WHOLE})|(?P<part>{_PART}))")
_MODERATION = re.compile(r"moderat\w*|moderac\w*|modera|moderan|modero|moderaron|moderad[oa]s? por|moderated by")


def _qualified(folded: str) -> tuple[str, str | None] | None:
    if " " not in folded:
        return None
    m = _QUALIFIED.fullmatch(folded)
    if m is None or (base := _RX.fullmatch(m.group("base"))) is None:
        return None
    key, role, _ = _VOCABULARY[int(base.lastgroup[1:])]
    if key == "coordinating" and m.group("whole"):
        return key, role  # issue 13 (fields33): "Coordinación general", "Overall coordination (…)"
    if key != "role":
        return None
    if _MODERATION.fullmatch(m.group("base")):
        return key, "coordinator" if m.group("whole") else "participant"
    return key, role


def is_end_date(label: str) -> bool:
    """issue 13 (fields2): a date label that names the end of the event ("Fecha de finalización", "End date")."""
    folded = _PUNCT.sub(" ", fold_text(label)).strip()
    return re.fullmatch(_END_DATE, folded) is not None


# issue 13 (listing37b): a date cell of a place-and-date line labelled as the range's start or its end ("Starts: Wed 26
# Apr 2023 — Ends: Thu 27 Apr 2023 — Venue: …", "Inicio: 3 de mayo · Fin: 5 de mayo", "From: … | To: …"): the start
# and end field labels, with the short ones a cell may use (never a line's label alone: "Inicio" is also a menu's)
_EDGE_START = re.compile(rf"{_START_DATE}|start|begin|from|inicio|inicia|comienza|de|del")
_EDGE_END = re.compile(rf"{_END_DATE}|end|finish|finishes|to|till|fin|finaliza|termina|al|a")


def date_edge(label: str) -> str | None:
    """Issue 13 (listing37b): "start" / "end" for a date cell's label that names the range's start / end, else None."""
    folded = _PUNCT.sub(" ", fold_text(label)).strip()
    if len(folded) > 30:
        return None
    return "start" if _EDGE_START.fullmatch(folded) else "end" if _EDGE_END.fullmatch(folded) else None


def find_date_part(line: str) -> Label | None:
    """issue 13 (fields2): a start- or end-date label the line starts with ("Fecha de inicio: 14/03/2019", "End date"
    alone), as a ``date`` label (`is_end_date` tells the end), else None."""
    m = _COLON.match(line) or _leader_match(line) or _ALONE.match(line)
    if m is None:
        return None
    folded = _PUNCT.sub(" ", fold_text(m.group("label"))).strip()
    if re.fullmatch(f"{_START_DATE}|{_END_DATE}", folded) is None:
        return None
    value = m.start("value") if "value" in m.re.groupindex and m.group("value") else None
    return Label("date", None, m.group("label"), m.start("label"), m.end("label"), value, bool(m.group("bullet")),
                 m.re is _COLON)


def role_of(label: str, *, coordinating: bool = False) -> str | None:
    """The role a role label gives the institutions of its value ("Funding" -> funder), else None. A
    coordinating field's label gives "coordinator" when `coordinating` is set (the layouts read such a
    field as the event's coordinating span)."""
    kr = classify(label)
    if kr is None:
        return None
    return kr[1] if kr[0] == "role" else "coordinator" if kr[0] == "coordinating" and coordinating else None


@lru_cache(maxsize=8192)  # a page's lines are read by several layouts' passes
def find(line: str, *, unknown: bool = False) -> Label | None:
    """The field label a line starts with (see the module docstring), else None. A "Label: value" line
    whose label is no known one gives key "unknown" when `unknown` is set (up to four words, capitalised)."""
    if line.lstrip()[:1] == "[" and (sq := _square(line)) is not None:
        return sq
    m = _COLON.match(line)
    if (m is None or classify(m.group("label")) is None) and (lead := leader(line)) is not None:
        return lead
    if m is not None and classify(m.group("label")) is None and (bar := _bar(line)) is not None:
        # issue 13 (fields3): a colon in a table row's or a dashed field's value ("Fecha<TAB>martes, 10:00",
        # "WHEN — Thursday, 11:00 a.m."): the label is the cell's
        return bar
    if m is not None:
        kr = classify(m.group("label"))
        if kr is None:
            words = m.group("label").split()
            if not unknown or len(words) > 4 or not m.group("label")[:1].isupper():
                return None
            kr = ("unknown", None)
        value = m.start("value") if m.group("value") else None
        return Label(kr[0], kr[1], m.group("label"), m.start("label"), m.end("label"), value,
                     bool(m.group("bullet")), True)
    if (bar := _bar(line)) is not None:
        return bar
    m = _ALONE.match(line)
    if m is not None and len(m.group("label")) <= 45 and (kr := classify(m.group("label"))) is not None:
        return Label(kr[0], kr[1], m.group("label"), m.start("label"), m.end("label"), None,
                     bool(m.group("bullet")), False)
    return None


def _square(line: str) -> Label | None:
    """issue 13 (fields37): a known label in square brackets, then its value or nothing ("[Lugar] Quito, Ecuador",
    "[Organizan] X; Y", "[Participants]" alone)."""
    m = _SQUARE.match(line)
    if m is None or (kr := classify(m.group("label"))) is None:
        return None
    return Label(kr[0], kr[1], m.group("label"), m.start("label"), m.end("label"),
                 m.start("value") if m.group("value") else None, False, True)


def _bar(line: str) -> Label | None:
    """A known label, then a bar, tabs or a spaced dash, then the value ("Fecha | 12/05/2021", "WHEN — 2023-08-22");
    issue 13 (event23): or a two-cell table row ("| Host | Ministry of … |", "| Sede | Quito |")."""
    if not any(c in line for c in "|\t—–→"):
        return None
    m = _BAR.match(line) if line.lstrip()[:1] != "|" else _ROW.match(line)
    if m is not None and (kr := classify(m.group("label"))) is not None:
        return Label(kr[0], kr[1], m.group("label"), m.start("label"), m.end("label"), m.start("value"),
                     bool(m.group("bullet")), False)
    return None


_HEADER_WORD = re.compile(r"meetings?|events?|activit(?:y|ies)|titles?|names?|descriptions?|eventos?|actividad(?:es)?|"
                          r"reunion(?:es)?|titulos?|nombres?|descripcion(?:es)?|detalles?|details?")


def _header_cell(value: str) -> bool:
    """issue 13 (fields24): the value after an aligned gap is a column's name (a known label, "Meeting", "Actividad"):
    the line is a table's header row."""
    folded = _PUNCT.sub(" ", fold_text(value)).strip().lower()
    return classify(value) is not None or _HEADER_WORD.fullmatch(folded) is not None \
        or all(classify(c) is not None or _HEADER_WORD.fullmatch(_PUNCT.sub(" ", fold_text(c)).strip().lower())
               for c in re.split(r"\s{2,}", value.strip()))


_GAP_BAR = re.compile(r"[|—–][ \t]+")


def _leader_match(line: str) -> re.Match | None:
    """issue 13 (fields24): the `_LEADER` match of a line that has a leader or an aligned gap (a cheap test first)."""
    if ".." not in line and "__" not in line and "·" not in line and "…" not in line and "‥" not in line \
            and "⋯" not in line and "  " not in line.strip():
        return None
    return _LEADER.match(line)


def leader(line: str) -> Label | None:
    """issue 13 (fields24): a known label, a leader of dots, middle dots or underscores (or an aligned gap of two or
    more spaces), then the value ("Fecha ........ 22/06/2017", "Venue · · · Belmopan", "Hosted by ___ X")."""
    m = _leader_match(line)
    if m is None or (kr := classify(m.group("label"))) is None:
        return None
    if m.group("value") and line[m.end("label"):m.start("value")].strip() == "" and _header_cell(m.group("value")):
        return None  # a table's header row ("Date      Meeting", "Fecha    Lugar"): no field
    value = m.start("value") if m.group("value") else None
    if value is not None and (bar := _GAP_BAR.match(line, value)) is not None and bar.end() < len(line.rstrip()):
        value = bar.end()  # issue 13 (listing29): an aligned gap, then a bar ("Location      | Quito"): the value's after it
    return Label(kr[0], kr[1], m.group("label"), m.start("label"), m.end("label"), value, bool(m.group("bullet")),
                 False)
