"""Roles of the institutions a sentence names, from role words in English and Spanish.

A *cue* is a phrase that states a role: "convened by", "with the support of",
"hosted by", "costs ... covered by", "organizado por", "con el apoyo de"... A
forward cue gives its role to the run of mentions that follows it: the first
mention may be preceded only by articles and the like ("by **the** Government of
Costa Rica"), and the next ones only by list words (",", "and", "y", "the",
"of", a parenthesised acronym); a few capitalised words in between are taken
for a name the reference data does not have ("financiado por la Unión Europea
y el PNUD": the PNUD is a funder). The run stops at anything else ("... (PPT)
**with the objective of** ... the RCM": the RCM is not a convener) and at the
next cue. A backward cue ("X **will host**", "X **como anfitrión**", "X and Y
**participated**") gives its role to the run of mentions right before it.

Collaboration ("in collaboration with", "collaboration of", "designed
jointly", "en colaboración con") makes an *organizer*: the text says the
institution shared in making the event. "Auspiciado por" (under the auspices
of) and sponsoring ("sponsored by", "co-sponsored by", "con el patrocinio de", "patrocinado
por") make a *supporter*; money words ("funded by", "financed by", "with a grant from",
"financiado por") and other money words ("financed", "costs covered by") make a
*funder*; "in coordination with" / "en coordinación con" and a "Coordinating
institution" field make a *coordinator*; "opportunity for", "participation
of", "Training for the officials of", "as observers" make a *participant*.

Taking part is said in many ways, and each makes a *participant*: presence and attendance
("in the presence of", "con (la) presencia / asistencia / representación de", "estuvieron
presentes", "attended by", "asistieron", "tomaron parte", "joined as an observer"), gathering
("the meeting gathered", "brought together", "reunió a"), speaking ("the contributions of",
"presentations by", "a keynote by the Secretary-General of", "expusieron sus experiencias",
"presented its ..."), sending ("sent delegations", "enviaron representantes"), and relative
clauses ("a la que asistieron", "..., all of which attended", "whose members took part"). The
people an institution sends may stand between the cue and its name ("gathered the liaison
officers of", "the consular networks of", "funcionarios del"); a private group does not
("empleadores agrícolas de Canadá" is not Canada's government). "together with" / "junto a" /
"alongside" right after a role phrase or its run shares that role ("participaron junto con
UNICEF").

A process named as the owner of unnamed members ("the Member Countries of the
RCM participated") gets no role from the cue: the role is the members'.

A mention no cue reaches is ``"mentioned"``, except a bare country name: a
country is an actor (its government) only when a cue names it so; otherwise it
is a place or a topic and is dropped.
"""

from __future__ import annotations

import re
import re._parser as _sre_parse
from collections.abc import Sequence
from dataclasses import dataclass
from re import _constants as _sre

from rcpkg.loaders.folding import PAGE_CACHES, fold_text, spaced
from rcpkg.loaders.gazetteer import PPT, Mention

ROLES = ("convener", "coordinator", "organizer", "supporter", "funder", "host", "participant", "mentioned")

# Patterns run on folded text: lowercase, no accents, hyphens read as spaces.
_THIS_EVENT = (r"(?: (?:el|la|este|esta|los|las) (?:evento|seminario|taller|foro|curso|reunion|encuentro|dialogo|"
               r"webinario|conversatorio|capacitacion|jornada|intercambio)s?)?\b")
_REMIT = (r"(?:migracion|trabajo|salud|justicia|cancilleria|seguridad|proteccion|aduanas|frontera|extranjeria|empleo|"
          r"relaciones exteriores|asilo|refugio|migraciones|inspeccion|identidad|registro civil)")
# a role phrase's object that is help, not a share in the making (issue 13, sixth held-out set)
_NOT_HELP = (r"(?! (?:the |el |la )?(?:support|participation|funding|financing|financial|technical|backing|assistance|"
             r"help|contribution|sponsorship|presence|attendance|apoyo|participacion|financiamiento|asistencia|"
             r"auspicio|patrocinio|presencia|colaboracion|cooperacion)\b)")
# what a body hosts or sponsors when it is the event or a part of it
_SESSION = (r"(?:sesion|sesiones|jornada|reunion|encuentro|evento|taller|seminario|foro|ceremonia|acto|curso|dialogo|"
            r"conferencia|conversatorio|intercambio)(?: (?:inaugural|de apertura|de clausura|final|plenaria|tecnica))?")
# the place and dates between a participle and its agent, not another participle's clause (", convocado por")
_NO_CLAUSE = r"(?:(?!,\s*[a-z]+(?:ed|ad[oa]s?|id[oa]s?)\b)[^.;()]){1,90}?"
# (issue 13, h-r8a) the nouns of an event held
_WORKSHOP = (r"(?:workshop|meeting|seminar|course|forum|training|conference|taller|reunion|seminario|"
             r"curso|foro|capacitacion|encuentro|conferencia)s?")  # (not a session of it: "held its dialogue with")
# (issue 13, h-mentions) the nouns of an event
# round 23 (event23): the kind of body observers are ("organismos observadores", "agencias observadoras")
_OBS_KIND = r"(?:organismos|organizaciones|agencias|entidades|instituciones|paises|estados|delegaciones|gobiernos) "
_EVENT_NOUN = (r"(?:event|meeting|workshop|seminar|forum|course|training|conference|dialogue|session|exchange|"
               r"webinar|evento|reunion|taller|seminario|foro|curso|capacitacion|conferencia|dialogo|sesion|"
               r"intercambio|encuentro|jornada|webinario|conversatorio)s?")
_FORWARD: tuple[tuple[str, str], ...] = (
    ("convener", r"\bconven(?:ed|es|ing)?(?: jointly| together)? by\b"),
    ("convener", r"\bconvened (?:in|at) [a-z]+(?: [a-z]+)? by\b"),  # issue 13 (names): "Convened in Bogotá by"
    ("convener", r"\bconvening\b[^.;]{0,80}?\b(?:conducted|carried out|done|made|led) by\b"),
    ("convener", r"\bconvocad[oa]s? (?:conjuntamente )?por\b"),
    # round 24 (country24): "Called by X together with Y" / "called jointly by X and Y"
    ("convener", r"\bcalled (?:jointly |together )?by\b"),
    ("convener", r"\bconvocatoria (?:estara )?a cargo del?\b"),
    # (round 37: not when the inviter is the meeting's host in apposition, "por invitación del Ministerio X,
    # anfitrión del encuentro": the host cue after it gives its role)
    ("convener", r"\b(?:at|upon|on) the invitation of\b(?![^.;,]{1,100}, (?:the )?(?:host|hosts) of (?:the|this) )"),
    ("convener", r"\b(?:por|a|ante la) invitacion del?\b(?![^.;]{1,100}, anfitri(?:on|ona) (?:del|de la|de este|de esta) )"),
    ("coordinator", r"\bcoordinat(?:ed|ing) by\b"),
    ("coordinator", r"\bunder the coordination of\b"),
    ("coordinator", r"\bin (?:close )?coordination with\b"),
    ("coordinator", r"\ben (?:estrecha )?coordinacion con\b"),
    ("coordinator", r"\bcoordinating institutions?\b\s*:?"),
    ("coordinator", r"\binstitucion(?:es)? coordinadoras?\b\s*:?"),
    ("coordinator", r"\bcoordinad[oa]s? por\b"),
    ("coordinator", r"\bbajo la coordinacion del?\b"),
    ("coordinator", r"\b(?:bajo|con) el liderazgo del?\b"),
    ("coordinator", r"\bunder the leadership of\b"),
    ("coordinator", r"\b(?:chaired|presided(?: over)?) (?:jointly )?by\b"),
    # issue 13 (event29): who moderates the event's sessions (all of them) runs its work, as "chaired the sessions":
    # "The (working) sessions were moderated by X", "Las sesiones (de trabajo) fueron / estuvieron moderadas por X"
    ("coordinator", r"\b(?:the )?(?:working |technical )?sessions (?:were|will be) (?:jointly )?moderated by\b"),
    ("coordinator", r"\b(?:las )?sesiones(?: de trabajo| tecnicas)? (?:fueron|seran|estuvieron|estaran) moderadas "
                    r"(?:conjuntamente )?por\b"),
    ("coordinator", r"\bunder the chair(?:manship)? of\b"),
    ("coordinator", r"\bpresidid[oa]s? por\b"),
    # a meeting held "under" a Presidency Pro-Tempore: its holder chairs it (the cue stops before the
    # presidency's words, which the gazetteer reads, so the run reaches the holder after "of / de")
    ("coordinator", r"\b(?:bajo|under) (?:la|the) (?=presiden(?:cia|cy) pro)"),
    ("organizer", r"\b(?:co|co )?organi[sz]ed\b(?: \w+){0,2}? by\b"),
    ("organizer", r"\b(?:co|co )?organizad[oa]s?\b(?: \w+){0,2}? por\b"),
    ("organizer", r"\bin (?:close )?collaboration with\b"),
    ("organizer", r"\bin (?:close )?cooperation with\b"),
    ("organizer", r"\ben (?:estrecha )?cooperacion con\b"),
    ("organizer", r"\b(?:together|jointly) with\b"),
    ("organizer", r"\bin (?:close )?partnership with\b"),
    ("organizer", r"\ben (?:alianza|asocio) con\b"),
    ("organizer", r"\bjunto (?:con|al?)\b"),
    ("organizer", r"\bin association with\b"),
    ("organizer", r"\ben asociacion con\b"),
    ("organizer", r"\borganised (?:jointly )?by\b"),
    # a course "offered / given by": the services "offered by" a ministry are not an event
    ("organizer", r"\b(?:courses?|trainings?|workshops?|seminars?|webinars?|sessions?|classes|lectures?|modules?)\b"
                  r"(?: [\w'’]+){0,2} (?:offered|given) (?:jointly )?by\b"),
    ("organizer", r"\brun by\b"),
    ("organizer", r"\b(?:desarrollad[oa]s?|liderad[oa]s?) (?:conjuntamente )?por\b"),
    ("organizer", r"\b(?:cursos?|talleres|taller|seminarios?|webinarios?|sesion(?:es)?|capacitacion(?:es)?|modulos?)\b"
                  r"(?: [\w'’]+){0,2} (?:ofrecid[oa]s?|dictad[oa]s?) (?:conjuntamente )?por\b"),
    ("organizer", r"\ba iniciativa del?\b"),
    ("organizer", r"\b(?:una )?iniciativa conjunta del?\b"),
    ("organizer", r"\b(?:a )?joint initiative of\b"),
    ("organizer", r"\b(?:designed|prepared|planned|co designed|codesigned) (?:jointly )?by\b"),
    ("organizer", r"\b(?:disenad[oa]s?|planificad[oa]s?) (?:conjuntamente )?por\b"),
    # issue 13 (names): "a workshop ... organized with the ILO" (not "organized with the support of")
    ("organizer", r"(?:(?<=,)|(?<=\band)) (?:co )?organi[sz]ed with\b(?! (?:the )?(?:support|participation|funding|financing|"
                  r"financial|technical|backing|assistance|help|contribution|sponsorship|presence|attendance|collaboration|"
                  r"cooperation|logistical|aim|objective|purpose|goal|intention)\b)"),
    ("participant", r"\b(?:for|para) (?:the |los |las )?(?:members|miembros|integrantes) (?:of|de|del)\b"),
    ("organizer", r"\b(?:implemented|carried out|delivered) (?:jointly )?with\b(?! (?:the )?(?:support|"
                  r"participation|funding|financing|financial|technical|backing|assistance|help|contribution|"
                  r"sponsorship|presence|attendance|collaboration|cooperation|logistical)\b)"),
    # a labelled list: "Organizers: ...", "Socios: ...", "Partners: ..."
    ("organizer", r"(?:^|[.;]\s*)(?:co|co )?(?:organi[sz]ers?|organizadores?|organizadoras?|partners|socios|"
                  r"co organizadores|coorganizadores)\s*:"),
    ("organizer", r"\b(?:an )?initiative of\b"),
    ("organizer", r"\b(?:una )?iniciativa del?\b"),
    ("organizer", r"\ba cargo del?\b"),
    ("organizer", r"\b(?:delivered|conducted|facilitated|led|implemented|carried out|taught) (?:jointly )?by\b"),
    ("organizer", r"\b(?:co )?led by\b"),
    ("organizer", r"\b(?:impartid[oa]s?|dictad[oa]s?|facilitad[oa]s?|dirigid[oa]s?|realizad[oa]s?|ejecutad[oa]s?|"
                  r"llevad[oa]s? a cabo) (?:conjuntamente )?por\b(?! invitacion)"),
    # (issue 13, h-r8b: the trainers' body delivers the course: "taught by officials of X", "impartido por
    # funcionarios de X y de Y"; one cue, so "officials of" does not make X a participant)
    ("organizer", r"\b(?:delivered|conducted|facilitated|taught|given) (?:jointly )?by (?:the )?(?:officials|officers|"
                  r"experts|specialists|staff|trainers|instructors|representatives|technicians) (?:of|from)\b"),
    ("organizer", r"\b(?:impartid[oa]s?|dictad[oa]s?|facilitad[oa]s?) (?:conjuntamente )?por (?:los |las )?"
                  r"(?:funcionari[oa]s|expert[oa]s|especialistas|tecnic[oa]s|oficiales|representantes|"
                  r"capacitador(?:es|as)|instructor(?:es|as))(?: de " + _REMIT + r")? del?\b"),
    ("organizer", r"\bcollaboration of\b"),
    ("organizer", r"\bjointly (?:\w+ ){0,3}?(?:with|by)\b"),
    ("organizer", r"\ben colaboracion con\b"),
    ("organizer", r"\bcon la colaboracion del?\b"),
    ("organizer", r"\bconjuntamente con\b"),
    ("organizer", r"\ben conjunto con\b"),
    ("organizer", r"\bin conjunction with\b"),
    ("organizer", r"\bde la mano del?\b"),
    ("organizer", r"\b(?:promoted|sponsored and organi[sz]ed) by\b"),
    ("organizer", r"\b(?:promovid[oa]s?|impulsad[oa]s?) por\b"),
    # the verb first: "Financian el seminario la Unión Europea y el BCIE", "Organizan: ..."
    ("funder", r"^\s*(?:financian|financia|financiaron|financio)" + _THIS_EVENT),
    # issue 13 (names): sponsoring is support, paying is funding ("sponsored by", "con el patrocinio de")
    ("supporter", r"^\s*(?:patrocinan|patrocina|copatrocinan|copatrocina)" + _THIS_EVENT),
    ("organizer", r"^\s*(?:organizan|organiza|co organizan|coorganizan)" + _THIS_EVENT),
    ("convener", r"^\s*(?:convocan|convoca)" + _THIS_EVENT),
    # issue 13 (listing35): the verb first, the event its object, the subject after ("Lo coordinó la Secretaría
    # Técnica", "Moderó la reunión la Secretaría Técnica"): who coordinates or moderates the whole event runs it
    ("coordinator", r"^\s*(?:lo|la) (?:coordino|coordinaron|presidio|presidieron|modero|moderaron)\b"),
    ("coordinator", r"^\s*(?:coordino|coordinaron|presidio|presidieron|modero|moderaron) (?:el|la|este|esta) "
                    r"(?:evento|seminario|taller|foro|reunion|encuentro|dialogo|conversatorio|jornada|conferencia)\b"),
    ("supporter", r"^\s*(?:apoyan|apoya|auspician|auspicia)" + _THIS_EVENT),
    ("supporter", r"\bwith the (?:technical |logistical |logistic |institutional |valuable |generous )?support of\b"),
    ("supporter", r"\bwith (?:technical |logistical |logistic |institutional )?support from\b"),
    ("supporter", r"\bwith the (?:technical )?cooperation of\b"),
    ("supporter", r"\bcon la cooperacion (?:tecnica )?del?\b"),
    ("supporter", r"\bcon el respaldo (?:tecnico |institucional )?del?\b"),
    ("supporter", r"\bwith the (?:technical |institutional )?backing of\b"),
    ("supporter", r"\bwith the (?:technical |logistical )?assistance of\b"),
    ("supporter", r"\bassisted by\b"),
    ("supporter", r"\b(?:fue|sera|es|ha sido) posible gracias (?:al apoyo del?|a la|al|a los|a las|a)\b"),
    ("supporter", r"\b(?:received |receives |with |and )?(?:the )?technical (?:assistance|advice|cooperation) (?:of|from|by)\b"),
    ("supporter", r"\b(?:la )?(?:asistencia|asesoria|cooperacion) tecnica del?\b"),
    ("supporter", r"\b(?:backed|endorsed) by\b"),
    ("supporter", r"\bsupported by\b"),
    ("supporter", r"\bcon el apoyo (?:tecnico |logistico |institucional )?del?\b"),
    ("participant", r"\b(?:inaugurad[oa]s?|clausurad[oa]s?) por\b|\b(?:inaugurated|opened|closed) by\b"),
    # "Participan los representantes de los países miembros de la CSM: Argentina, Bolivia, …": the list after the colon
    ("participant", r"\b(?:participan|participaron|participaran|asisten|asistieron|asistiran|attended|attend|"
                    r"took part|take part|participated)\b[^.:;]{0,80}\b(?:paises miembros|estados miembros|"
                    r"member countries|member states)\b[^.:;]{0,30}:"),
    ("supporter", r"\bcon apoyo del?\b"),
    # issue 13 (country27): the supporters listed after a colon: "con el apoyo de sus secretarías técnicas: la
    # Secretaría Técnica de X y la de Y", "with the support of their two secretariats: X and Y"
    ("supporter", r"\b(?:con (?:el )?apoyo|with (?:the )?support) (?:de|of) (?:sus|su|their|its|los|las|the|ambas|both) "
                  r"(?:[a-z]+ ){0,2}[a-z]+\s*:"),
    ("supporter", r"\b(?:el |al )?apoyo del?\b"),
    ("supporter", r"\bthanks to the (?:\w+ )?support of\b"),
    ("supporter", r"\breceived (?:the )?(?:(?!financial )\w+ )?support (?:of|from)\b"),  # (funds: a funder, below)
    ("supporter", r"\bsupport (?:was |is |will be )?(?:provided|given) by\b"),
    ("supporter", r"\b(?:el )?apoyo tecnico del?\b"),
    ("supporter", r"\btechnical support (?:of|from)\b"),
    ("supporter", r"\bapoyad[oa]s? por\b"),
    ("supporter", r"\bauspiciad[oa]s? por\b"),
    ("supporter", r"\bcon (?:el )?auspicio del?\b"),
    ("supporter", r"\b(?:y |e )?(?:el )?auspicio del?\b"),  # issue 13 (names): "... y el auspicio de Plan International"
    ("supporter", r"\bbajo (?:los|el) auspicios? del?\b"),
    ("supporter", r"\bunder the auspices of\b"),
    ("funder", r"\bcosts?\b[^.;]{0,120}?\b(?:covered|paid|financed|funded|borne) by\b"),
    ("funder", r"\b(?:funded|financed) by\b"),
    ("supporter", r"\b(?:co|co )?sponsored (?:jointly )?by\b"),
    ("funder", r"\bwith (?:the )?(?:financial support|funding|financing) (?:of|from)\b"),
    ("funder", r"\b(?:financial support|funding|financing) (?:was |is |will be )?(?:provided|given|granted) by\b"),
    # issue 13 (ppt26): what the funding was for between ("Funding for the meeting was provided by X", "El
    # financiamiento del taller fue otorgado por X")
    ("funder", r"\b(?:financial support|funding|financing|funds) for (?:the |this |that |these )?\w+(?: \w+){0,2}? "
               r"(?:was |were |is |are |will be )?(?:provided|given|granted|contributed) by\b"),
    ("funder", r"\b(?:el )?(?:financiamiento|apoyo financiero|financiacion) (?:del|de la|de este|de esta|para el|para la) "
               r"\w+(?: \w+){0,2}? (?:fue|sera|es) (?:otorgad[oa]|provist[oa]|aportad[oa]|proporcionad[oa]|brindad[oa]) por\b"),
    ("funder", r"\b(?:el |al )?apoyo financiero del?\b"),
    # issue 13 (listing23): a nominal funding line ("Financial support from the X", "Economic support of the Y")
    ("funder", r"\b(?:financial|economic) (?:support|assistance|backing) (?:from|of|by)\b"),
    ("funder", r"\bfinanciad[oa]s? por\b"),
    ("funder", r"\bcon (?:el )?(?:financiamiento|apoyo financiero) del?\b"),
    ("funder", r"\b(?:el |y el |y con el )?(?:financiamiento|cofinanciamiento|financiacion) (?:del?|otorgado por|de parte del?)\b"),
    ("funder", r"\b(?:and|with) (?:the )?(?:funding|financing|co funding|cofunding|co financing|cofinancing) (?:of|from|by)\b"),
    ("funder", r"\b(?:funding|financing|co funding|cofunding|co financing|cofinancing) (?:from|by)\b"),
    ("funder", r"\bwith (?:the )?funds (?:provided )?(?:of|from|by)\b"),
    ("funder", r"\bcon (?:los )?fondos (?:aportados por|del?)\b"),
    ("funder", r"\b(?:financial )?resources (?:came|come|were provided|are provided|were granted) (?:from|by)\b"),
    ("funder", r"\b(?:funding|financing|funds) (?:has been |have been |was |were |is |are )?(?:secured|obtained|received) "
               r"from\b"),
    ("funder", r"\b(?:cuenta|conto|contara|cuentan|contaron) con (?:los )?recursos (?:financieros )?del?\b"),
    ("funder", r"\bcon (?:los )?recursos (?:financieros )?del?\b"),
    ("funder", r"(?:^|[.;]\s*)(?:funders?|donors?|financiadores?|donantes?)\s*:"),
    ("supporter", r"(?:^|[.;]\s*)(?:co|co )?(?:sponsors?|patrocinadores?|copatrocinadores?)\s*:"),
    ("supporter", r"(?:^|[.;]\s*)(?:aliados|allies)\s*:"),  # issue 13 (mentions): allies support (set 9's convention)
    ("funder", r"\bcosts?\b[^.;]{0,60}?\b(?:shared|split|divided) (?:between|among|by)\b"),
    ("funder", r"\b(?:thanks to |with |through )?(?:a |the )?grants? (?:from|of|by)\b"),
    ("funder", r"\b(?:gracias a |con )?(?:una |la )?(?:donacion|subvencion) del?\b"),
    ("funder", r"\bfunds (?:were |was |are |is )?provided by\b"),
    ("funder", r"\b(?:financing|funding|funds?) (?:comes?|came|is provided|was provided|are provided|were provided) from\b"),
    ("funder", r"\b(?:with |and )?(?:the |a )?financial contributions? (?:of|from|by)\b"),
    ("funder", r"\b(?:gracias al |con el |el |al |y el )?aportes? financieros? del?\b"),
    ("supporter", r"\b(?:co|co )?patrocinad[oa]s? (?:conjuntamente )?por\b"),
    ("supporter", r"\bcon (?:el )?(?:co|co )?patrocinio del?\b"),
    ("supporter", r"\bwith (?:the )?(?:co|co )?sponsorship (?:of|from)\b"),
    ("funder", r"\bcostos?\b[^.;]{0,120}?\b(?:cubiertos?|financiados?|pagados?) por\b"),
    ("host", r"\bhosted by\b"),
    ("host", r"\bhost (?:country|government|institution)\s*:"),
    ("host", r"\b(?:pais |gobierno )?anfitri(?:on|ona)\s*:"),
    ("host", r"\bsiendo anfitri(?:on|ona)\b"),
    ("host", r"\bacogid[oa] por\b"),
    ("participant", r"\bopportunity for\b"),
    # issue 13 (names): wordings the held-out conventions list ("presenters came from", "convenes with",
    # "fue anfitriona la ...", a verb after ";": "...; expusieron la DNM y la UNA")
    ("participant", r"\b(?:presenters|speakers|panel(?:l)?ists|participants|delegates|experts|ponentes|panelistas) "
                    r"(?:came|come|were|are) from\b"),
    ("convener", r"\bconven(?:es|ed|e) (?:jointly )?with\b"),
    ("supporter", r"\b(?:benefit(?:ed|s|ted)? from|counted on|counts on|count on|relied on|enjoyed) the (?:technical |"
                  r"logistical |institutional |valuable )?support of\b"),
    ("host", r"^\s*(?:the |los |las |el |la )?(?:hosts?|anfitri(?:on|ona|ones|onas)) (?:were|was|are|is|will be|fue|fueron|"
             r"sera|seran|es|son)\b"),
    ("host", r"^\s*(?:fue|sera|es|fueron|seran|son) (?:el |la |los |las )?(?:anfitri(?:on|ona|ones|onas)|sede)\b"),
    ("participant", r"[;:]\s*(?:expusieron|expuso|intervinieron|intervino|participaron|participo|asistieron|asistio|"
                    r"presentaron|presento)\b"),
    ("participant", r"\b(?:with )?(?:the )?participation of\b"),
    ("participant", r"\battended by\b"),
    # (issue 13, h-r8b: also a body's technical staff, "technicians of", "técnicos del", "oficiales de")
    ("participant", r"\b(?:representatives?|delegates?|delegations?|speakers?|experts?|officials?|officers?|"
                    r"technicians?) (?:of|from)\b"),
    # (issue 13, names: with the group's remit, "funcionarios de migración de Guatemala")
    ("participant", r"\b(?:representantes?|delegad[oa]s?|delegaci(?:on|ones)|ponentes?|expert[oa]s?|funcionari[oa]s?|"
                    r"tecnic[oa]s|oficiales) "
                    # (issue 13, country22: the group's adjective after its noun, "funcionarios consulares de Belice",
                    # "delegados migratorios de Panamá", as English puts it before: "consular officials of")
                    r"(?:(?:consulares|migratori[oa]s|diplomatic[oa]s|fronteriz[oa]s|policiales|judiciales|"
                    r"gubernamentales|municipales|sanitari[oa]s|laborales|aduaner[oa]s) )?"
                    # (issue 13, prose: two remits, "funcionarios de migración y de asilo de Belice")
                    r"(?:de " + _REMIT + r"(?: (?:y|e) (?:de )?" + _REMIT + r")? )?del?\b"),
    ("participant", r"\bparticipants?\s*:"),
    # issue 13 (listing21): a field line naming who spoke, "Speakers: X; Y", "Ponentes: X y Y"
    ("participant", r"\b(?:speakers|panel(?:l)?ists|presenters|ponentes|panelistas|expositor(?:es|as))\s*:"),
    ("participant", r"\btraining for (?:the )?(?:officials|officers|staff|members|representatives) of\b"),
    # "… technical support to the host country, Paraguay": the host named after it
    ("host", r"\b(?:the )?host country,|\b(?:el )?pais anfitrion,"),
    # "con la participación, como observadores, de …": the role the participants have, between cue and names
    ("participant", r"\bcon la participacion(?:,? (?:como|en calidad de) (?:observador(?:es|as)|invitad[oa]s"
                    r"(?: especiales)?),?)? del?\b"),
    ("participant", r"\b(?:with )?(?:the )?participation,? as (?:observers|(?:special )?guests),? of\b"),
    ("participant", r"\bparticipantes?\s*:"),
    # round 23 (event23): the kind of body between "como" and "observadores" ("Como organismos observadores
    # asistieron …", "Asistieron como agencias observadoras …", "En calidad de países invitados participaron …")
    ("participant", r"^\s*(?:(?:como|en calidad de) (?:" + _OBS_KIND + r")?(?:observador(?:es|as)|invitad[oa]s"
                    r"(?: especiales)?),? |"
                    r"(?:en|durante|a) (?:la|el|esta|este) (?:reunion|encuentro|conferencia|sesion|evento|jornada),? )?"
                    r"(?:participaron|participaran|participo|participara|participan|participa|asistieron|asistiran|"
                    r"asistio|asistira|asisten|asiste)(?: (?:como|en calidad de) (?:" + _OBS_KIND + r")?(?:observador(?:es|as)?|"
                    r"invitad[oa]s?(?: especial(?:es)?)?))?\b"),  # "Asistieron como observadores la OIM y el ACNUR"
    ("participant", r"^\s*(?:also )?(?:attending|participating|present|taking part) as (?:observers?|(?:special )?"
                    r"guests|observer (?:organi[sz]ations|agencies|bodies|states|countries|delegations))"
                    r" (?:were|was|are|will be)\b"),  # "Attending as observer organizations were X and Y"
    ("participant", r"^\s*(?:attending|participating) (?:were|are|will be)\b"),
    ("participant", r"\bcapacitacion (?:para|dirigida a) (?:los |las )?(?:funcionari[oa]s|oficiales) de\b"),
    # presence and attendance: "contó con la presencia de", "con la asistencia de", "in the presence of"
    ("participant", r"\b(?:cont(?:o|aron|ara|aran) )?con (?:la )?(?:presencia|asistencia|participacion activa|"
                    r"representacion) del?\b"),
    ("participant", r"\b(?:the )?(?:involvement|engagement|representation) (?:of|from)\b"),
    ("participant", r"\b(?:la )?(?:representacion) del?\b"),
    ("participant", r"^\s*tom(?:o|aron|ara|aran) parte\b"),
    ("participant", r"\balongside\b"),
    ("participant", r"\b(?:speakers|panel(?:l)?ists|presenters|ponentes|panelistas) (?:included|were|will be|incluyeron|"
                    r"fueron)\b"),
    # who opens, closes or moderates the event speaks at it
    ("participant", r"\b(?:opened|inaugurated|closed|moderated|chaired the panel|facilitated the discussion) "
                    r"(?:jointly )?by\b"),
    ("participant", r"\b(?:inaugurad[oa]s?|clausurad[oa]s?|moderad[oa]s?|abiert[oa]s?) (?:conjuntamente )?por\b"),
    ("participant", r"\bcon la intervencion del?\b"),
    ("participant", r"\b(?:data|information|experiences?|findings|figures) (?:shared|presented|provided) by\b"),
    ("participant", r"\b(?:datos|informacion|experiencias|cifras) (?:compartid[oa]s|presentad[oa]s|aportad[oa]s) por\b"),
    ("mentioned", r"\b(?:as do|as did|as does|as will|as would|as have|as had)\b"),
    # round 26 (prose26): "X were present as observers, as were Y and Z", "as was W": the role of the clause before
    ("mentioned", r"\b(?:as were|as was|al igual que)\b"),
    ("participant", r"\b(?:with |in )?the (?:presence|attendance|active participation) of\b"),
    ("participant", r"\bla (?:presencia|asistencia) del?\b"),
    ("participant", r"\b(?:estuv(?:o|ieron)|estar(?:a|an)) presentes?\b"),
    ("participant", r"\b(?:present|among the participants|among those present|participants) (?:were|are|will be|included)\b"),
    # the event "gathered" / "brought together" / "reunió a" its participants
    ("participant", r"\b(?:gather(?:ed|s)|brought together|brings together|bringing together|will bring together|"
                    r"will gather)\b"),
    ("participant", r"\b(?:reuni(?:o|ra|ran|eron)|congreg(?:o|ara|aron)|convoc(?:o|aron) a) a\b"),
    ("participant", r"\breune a\b"),
    # a relative clause: "una mesa a la que asistieron", "en la que participaron"
    ("participant", r"\b(?:(?:a|en) (?:la|el|los|las) que|al que|donde|in which|which was attended by) "
                    r"(?:asistieron|participaron|asistio|participo|asistiran|participaran|took part)\b"),
    ("participant", r"\b(?:presentations?|talks|lectures|remarks|keynotes?) (?:by|from)\b"),
    ("participant", r"\b(?:presentaciones|charlas|conferencias) (?:de|por parte del?)\b"),
    # those who speak at the event: "the contributions of", "expusieron sus experiencias"
    ("participant", r"\b(?:the )?(?:contributions|inputs|interventions|testimonies) (?:of|from|by)\b"),
    ("participant", r"\b(?:los |las )?(?:aportes|ponencias|exposiciones|intervenciones|testimonios) del?\b"),
    ("participant", r"^\s*(?:expusieron|expuso|intervinieron|intervino|disertaron|diserto|presentaron|compartieron)"
                    r"(?: (?:sus|su) (?:experiencias?|resultados|avances|buenas practicas|programas?|iniciativas?))?\b"),
    # --- issue 13, rules4 block (forward cues) ------------------------------------------------------
    # a training "aimed at / for / dirigida a / destinada a" the officials of a country: they take part
    ("participant", r"\b(?:trainings?|courses?|workshops?|capacitacion(?:es)?|cursos?|talleres|taller) "
                    r"(?:aimed at|targeted at|intended for|for|dirigid[oa]s? a|destinad[oa]s? a|para)\b"
                    r"(?= (?:the |los |las )?(?:officials|officers|staff|funcionari[oa]s|servidor(?:es|as) public[oa]s|"
                    r"personal|oficiales|agentes|inspector(?:es|as)?|consul(?:es|ar)?)\b)"),
    # a training given "to" the officials of a country ("offered by the ILO to labour inspectors from
    # Honduras"): the group's lead words carry the run to the country
    ("participant", r"\b(?:to|a|para) (?=(?:the |los |las |sus |their )?(?:[a-z]+ ){0,2}(?:officials|officers|inspectors|"
                    r"staff|funcionari[oa]s|inspector(?:es|as)|servidor(?:es|as) public[oa]s|police officers|policias) "
                    r"(?:of|from|de|del)\b)"),
    # a labelled or introduced list of those who take part: "Among the institutions taking part were …"
    ("participant", r"\b(?:among )?(?:the )?(?:(?:institutions|organi[sz]ations|bodies|agencies|entities|countries) )?"
                    r"(?:taking part|participating|attending|present)(?: in (?:the|this) (?:event|workshop|meeting|seminar|"
                    r"forum|training|course))? (?:were|are|will be|included|include|was|is)\b"),
    ("participant", r"\bobservers? (?:of|from)\b"),
    ("participant", r"\bobservador(?:es|as)? (?:de|del)\b"),
    # the event as an object pronoun before the verb: "La organiza la Secretaría …", "Lo facilitó la OACNUDH"
    # (issue 13, round 32: also after a comma, "En junio de 2021, en modalidad virtual, lo convocó el Instituto …")
    ("organizer", r"(?:^|,)\s*(?:lo|la|los|las) (?:organiza|organizan|organizo|organizaron|organizara|organizaran|facilita|"
                  r"facilitan|facilito|facilitaron|imparte|imparten|impartio|impartieron|dicta|dictan|dicto|dictaron)\b"),
    ("convener", r"(?:^|,)\s*(?:lo|la|los|las) (?:convoca|convocan|convoco|convocaron|convocara|convocaran)\b"),
    # the verb first: "Enviaron representantes los ministerios de …", "Intervendrán las direcciones de …"
    ("participant", r"^\s*(?:enviaron|envio|enviaran|enviara|envian|envia) (?:sus |su )?(?:representantes|delegaciones|"
                    r"delegad[oa]s|delegacion|expert[oa]s)\b"),
    ("participant", r"^\s*(?:intervendran|intervendra|expondran|expondra|presentaran|presentara|disertaran|"
                    r"asistiran tambien|participaran tambien)\b"),
    # --- news articles (issue 15): the ways the press lists who was there
    # "organized by the Foreign Ministry with IOM support": the name between "with" and "support"
    ("supporter", r"\bwith(?= (?:the )?(?!(?:the|a|an|its|their|strong|full|broad|financial|technical|logistical|"
                  r"institutional|funding|financing)\b)[\w'’]+(?: [\w'’]+){0,5}?(?:\s?['’]s)? (?:technical |logistical |"
                  r"institutional )?support\b(?! (?:of|from|to|for)\b))"),
    # "Observers included IOM, UNICEF and …", "Among the observers were …", "Los observadores fueron …"
    ("participant", r"\b(?:(?:among )?the )?(?:observers|observer (?:organi[sz]ations|countries|states)|"
                    r"(?:special )?guests) (?:included|were|are|will be)\b\s*:?"),
    ("participant", r"\b(?:(?:entre )?(?:los |las )?)?(?:observador(?:es|as)|invitad[oa]s especiales) (?:fueron|"
                    r"incluyeron|estuvieron|seran)\b\s*:?"),
    # "Participating countries were …", "Countries attending included …", "Member countries in attendance: …"
    ("participant", r"\b(?:participating|attending) (?:countries|states|member states|delegations|organi[sz]ations|"
                    r"institutions|governments) (?:were|included|are|will be)\b\s*:?"),
    ("participant", r"\b(?:countries|member countries|member states|delegations|organi[sz]ations|governments) "
                    r"(?:attending|participating|present|in attendance)(?: (?:were|included|are))?\s*:?"),
    ("participant", r"\b(?:los |las )?(?:paises|estados|delegaciones|organismos|gobiernos) (?:participantes|asistentes|"
                    r"presentes)(?: (?:fueron|son|incluyeron))?\s*:?"),
    ("participant", r"\b(?:observers|observadores) (?:from|of|de|del)\b"),
    # "el país sede, Guatemala, …": the host named after it
    ("host", r"\b(?:el )?pais sede,|\b(?:the )?host nation,"),
    # "hosted in Lima by the Peruvian government", "organizada en Quito por la Cancillería"
    ("host", r"\bhosted (?:in|at) (?:the )?[\w'’]+(?: [\w'’]+){0,4}? by\b"),
    # issue 13 (ppt26): a meeting hosted at a ministry ("was hosted at the Ministry of Labour of X", "fue acogido en el
    # Ministerio de Trabajo"): the ministry hosts (a hotel or a hall is a venue, no institution)
    ("host", r"\bhosted at (?=(?:the )?(?:ministry|foreign ministry|chancellery|secretariat) )"),
    ("host", r"\bacogid[oa]s? en (?=(?:el |la )?(?:ministerio|cancilleria|secretaria) )"),
    ("organizer", r"\borgani[sz]ed (?:in|at) (?:the )?[\w'’]+(?: [\w'’]+){0,4}? by\b"),
    ("organizer", r"\borganizad[oa]s? en (?:la |el )?[\w'’]+(?: [\w'’]+){0,4}? por\b"),
    # issue 13 (h-left): the place and the date between the participle and "by" ("organized in San Pedro Sula on 3
    # March 2022 by", "convocado en La Ceiba el 9 de junio de 2022 por")
    ("organizer", r"\borgani[sz]ed (?:in|at) (?:the )?[\w'’]+(?: [\w'’]+){0,4}? (?:on|from|between) [\w'’]+(?: [\w'’]+){0,7}? by\b"),
    ("host", r"\bhosted (?:in|at) (?:the )?[\w'’]+(?: [\w'’]+){0,4}? (?:on|from|between) [\w'’]+(?: [\w'’]+){0,7}? by\b"),
    ("convener", r"\bconvened (?:in|at) (?:the )?[\w'’]+(?: [\w'’]+){0,4}?(?: (?:on|from|between) [\w'’]+(?: [\w'’]+){0,7}?)? by\b"),
    ("organizer", r"\borganizad[oa]s? en (?:la |el )?[\w'’]+(?: [\w'’]+){0,4}? (?:el|los dias|del|entre) [\w'’]+(?: [\w'’]+){0,7}? por\b"),
    ("convener", r"\bconvocad[oa]s? en (?:la |el )?[\w'’]+(?: [\w'’]+){0,4}?(?: (?:el|los dias|del|entre) [\w'’]+(?: [\w'’]+){0,7}?)? por\b"),
    # officials from countries: "Vice-ministers from Argentina, Colombia and Paraguay met" (their governments took part)
    ("participant", r"\b(?:vice[- ]?ministers|deputy ministers|ministers|foreign ministers|heads of delegation|"
                    r"viceministr[oa]s|ministr[oa]s|cancilleres|jef[ea]s de delegacion) (?:from|of|de|del)\b"),
    # who is expected: "Se prevé la participación de los gobiernos de …", "se espera la presencia de …"
    ("participant", r"\b(?:se (?:preve|espera|anticipa|contara con)|esta prevista|estaba prevista) la (?:participacion|"
                    r"presencia|asistencia) del?\b"),
    # member countries listed in brackets: "Delegations from the member countries of the RCM (Belize, Canada, …)"
    ("participant", r"\b(?:delegations?|representatives?|delegates|delegaciones|representantes|delegad[oa]s) (?:from|of|de|"
                    r"del) (?:the |los |las )?(?:[a-z]+ )?(?:member )?(?:countries|states|paises|estados)(?: miembros?)?"
                    r"(?: (?:of|de) (?:the |la )?(?:rcm|crm|csm|sacm|regional conference on migration|conferencia regional"
                    r" sobre migracion|south american conference on migration|conferencia suramericana sobre migraciones|"
                    r"process|proceso|conference|conferencia))? \("),
    # "… coordinated the organization of the meeting with the Executive Secretariat": who it was organized with
    # (the cue is the group "c": the words before it only anchor it)
    ("organizer", r"\b(?:organization of the meeting|organisation of the meeting|organization of the conference|"
                  r"organizacion de la reunion|organizacion del encuentro|organizacion de la conferencia)"
                  r"(?P<c> (?:together with|with|junto con|con)\b(?! (?:the |la |el )?(?:\w+ )?"
                  r"(?:support|apoyo|assistance|asistencia|financ\w*|funding|cooperation|cooperacion|participation|"
                  r"participacion|presence|presencia)\b))"),
    # "… organizes the meeting with the Executive Secretariat", "organizó el encuentro con la Secretaría Técnica"
    # (the cue is the group "c": the words before it only anchor it, a literal start keeps the scan fast)
    ("organizer", r"\b(?:organizes|organized|organize|organises|organised|organiza|organizan|organizo|organizaron|"
                  r"organizara|organizaran) (?:the meeting|the conference|el encuentro|la reunion|la conferencia|la cita)"
                  r"(?P<c> (?:together with|with|junto con|con)\b(?! (?:the |la |el |el )?(?:\w+ )?(?:support|apoyo|"
                  r"assistance|asistencia|financ\w*|funding|cooperation|cooperacion|participation|participacion|presence|"
                  r"presencia)\b))"),
    # "The troika of the South American Conference on Migration, Argentina, Ecuador and Peru, has been invited":
    # the countries named after the troika (the process is only theirs)
    ("participant", r"\b(?:the |la )?troika (?:of|de) (?:the |la )?(?:rcm|crm|csm|sacm|regional conference on migration|"
                    r"south american conference on migration|conferencia regional sobre migracion|conferencia "
                    r"suramericana sobre migraciones)(?: \((?:rcm|crm|csm|sacm)\))?(?:,| \((?=[a-z]))?"),
    # (country20: its countries in brackets, "la troika de la CSM (Argentina, Chile y Perú)": the bracket opens them)
    # "Guyana welcomed delegations from Suriname, Brazil and Venezuela": they took part (not hosts)
    ("participant", r"\b(?:welcomed|welcomes|will welcome|recibio|recibira|recibe) (?:the |las |a las )?(?:delegations|"
                    r"delegaciones|representatives|representantes) (?:from|of|de|del)\b"),
    # observers that follow the discussions: "Siguieron los debates como observadores el UNICEF y la OIT"
    ("participant", r"\b(?:siguieron|siguio|seguiran|acompanaron|acompano) (?:los |las )?(?:debates|deliberaciones|"
                    r"discusiones|trabajos|sesiones) (?:como|en calidad de) (?:observador(?:es|as)|organismos? "
                    r"observador(?:es)?|invitad[oa]s(?: especiales)?)\b"),
    # --- issue 13, rules5 (rules dev batches 11-12)
    # a labelled list closing a description: "Observers: …", "Special guests: …", "Financial support: …"
    ("participant", r"(?:^|[.;]\s*)(?:observers?|observador(?:es|as)?|(?:special )?guests|invitad[oa]s(?: especiales)?|"
                    r"participating (?:institutions|organi[sz]ations|countries)|instituciones participantes)\s*:"),
    ("funder", r"(?:^|[.;]\s*)(?:financial support|funding|financing|apoyo financiero|financiamiento|financiacion)\s*:"),
    ("supporter", r"(?:^|[.;]\s*)(?:(?:technical |logistical |logistic )?support|apoyo(?: tecnico| logistico)?|"
                  r"auspicio)\s*:"),
    # who came to speak: "Speakers came from X and Y", "especialistas del X"
    ("participant", r"\b(?:speakers|participants|delegates|experts|panel(?:l)?ists|ponentes|participantes|especialistas) "
                    r"(?:came|come|were|vinieron|llegaron) (?:from|de|del)\b"),
    ("participant", r"\b(?:especialistas|specialists) (?:del?|from|of)\b"),
    # the verb first after a semicolon: "…; participaron la X y la Y"
    ("participant", r";\s*(?:participaron|participaran|asistieron|asistiran|tomaron parte|intervinieron)"
                    r"(?: (?:tambien|ademas))?\b"),
    ("funder", r"\bcon (?:el )?respaldo financiero del?\b"),
    # "Sponsored by X and organized with Y": after "and", organizing with Y makes Y an organizer
    ("organizer", r"\b(?:and|y) (?:co |co)?(?:organi[sz]ed|organizad[oa]s?) (?:jointly |conjuntamente )?(?:with|con)\b"),
    # a training's trainees named by their trade: "for prosecutors from Guatemala", "para fiscales de Honduras"
    ("participant", r"\b(?:for|to|para|a) (?=(?:the |los |las )?(?:[a-z]+ ){0,2}(?:prosecutors|judges|fiscales|jueces|"
                    r"consuls|consules|border guards|guardias de frontera|eligibility officers|labou?r inspectors) "
                    r"(?:of|from|de|del)\b)"),
    # issue 13 (listing23): the body a training is given "for" takes part in it ("Delivered by UNODC for the Network of
    # ...", "Impartido por la OIM para el Grupo de Trabajo ..."); a body a session is "of", which another body
    # delivered, holds it with that body ("A session of the Network for ..., delivered by X": both organize)
    ("participant", r"\b(?:delivered|given|offered|taught|impartid[oa]s?|dictad[oa]s?|ofrecid[oa]s?) (?:jointly |"
                    r"conjuntamente )?(?:by|por)\b[^.;]{1,140}? (?P<c>(?:for|para) (?:the |la |el )?)(?=(?:[a-z-]+ ){0,3}?"
                    r"(?:network|group|committee|red|grupo|comite)\b)"),
    ("organizer", r"(?:^|[.;]\s*)(?:a|an|one|una|un) (?:[a-z-]+ )?(?:session|meeting|sesion|reunion) (?:of|de|del) "
                  r"(?:the |la |el )?(?=(?:[a-z-]+ ){0,3}?(?:network|group|committee|red|grupo|comite)\b[^.;]{0,140}?, "
                  r"(?:delivered|given|organi[sz]ed|led|run|impartid[oa]|dictad[oa]|organizad[oa]|conducid[oa]) (?:by|por)\b)"),
    # --- issue 13, sixth held-out set (rules dev batches 18-19)
    # a passive whose place and dates stand before its agent: "was convened in Tegucigalpa from 30 November
    # to 2 December 2022 by X", "fue organizado en San José del 3 al 5 de marzo de 2020 por X"
    ("convener", r"\bconvened (?:in|at|on|from|online|virtually)\b[^.;()]{1,90}? by\b"),
    ("organizer", r"\b(?:co )?organi[sz]ed (?:in|at|on|from|online|virtually)\b[^.;()]{1,90}? by\b"),
    ("convener", r"\bconvocad[oa]s? (?:en|el|los|las|del|desde|de manera|de forma)\b[^.;()]{1,90}? por\b"),
    ("organizer", r"\borganizad[oa]s? (?:en|el|los|las|del|desde|de manera|de forma)\b[^.;()]{1,90}? por\b"),
    # "X organized (the meeting) with Y", "X organizó la reunión con Y": Y organizes too (X has the verb's
    # backward role; the cue starts after the verb)
    ("organizer", r"\b(?:organized|organised) (?P<c>(?:it |them |(?:the|this) [a-z-]+ )?with\b" + _NOT_HELP + ")"),
    ("organizer", r"\b(?:organizo|organizaron) (?P<c>(?:(?:la|el|este|esta) [a-z]+ )?con\b" + _NOT_HELP + ")"),
    ("participant", r"\bentre (?:los|las) (?:participantes|asistentes|ponentes|expositor(?:es|as)|panelistas|invitad[oa]s) "
                    r"(?:estuvieron|estaban|figuraron|se encontraban|se contaron)\b"),
    ("participant", r"\bamong (?:the )?(?:participants|attendees|speakers|panel(?:l)?ists|presenters|guests) "
                    r"(?:were|was|are|included)\b"),
    # ", y expuso la Defensoría", ", and took part …": the verb first after a comma and "and"
    ("participant", r",\s*(?:y|and) (?:expuso|expusieron|intervino|intervinieron|participo|participaron|asistio|asistieron)\b"),
    ("funder", r"\bgracias (?:al?|a los) (?:aportes?|contribucion(?:es)?)(?: financier[oa]s?| economic[oa]s?)? del?\b"),
    ("funder", r"\bthanks to (?:a |the )?(?:financial )?contributions? (?:of|from)\b"),
    # the subject after the verb in a relative clause: "taller que organiza el Ministerio …", "foro que convocó la
    # Cancillería", "curso que imparte la OIM"
    ("organizer", r"\bque (?:organiza|organizan|organizo|organizaron|imparte|imparten|impartio|impartieron|dicta|dicto)"
                  r"(?= (?:el|la|los|las|conjuntamente) )"),
    ("convener", r"\bque (?:convoca|convocan|convoco|convocaron)(?= (?:el|la|los|las|conjuntamente) )"),
    # "Lo impartió el UNICEF" after another sentence of the same text
    ("organizer", r"[.;]\s+(?:lo|la|los|las) (?:organiza|organizan|organizo|organizaron|imparte|imparten|impartio|"
                  r"impartieron|dicta|dictan|dicto|dictaron)\b"),
    # --- issue 13, prose (rules dev batch 21)
    # the verb first, with what was hosted: "Fue anfitrión de la sesión inaugural el Gobierno del Estado de Chiapas"
    ("host", r"(?:^|[;:]|\by)\s*(?:fue|sera|es|fueron|seran|son) (?:el |la |los |las )?(?:co |co)?anfitri(?:on|ona|ones|onas) "
             r"(?:de|del) (?:la |el )?" + _SESSION + r"(?= (?:el|la|los|las) )"),
    # the verb first after ";" or "y", with an adverb: "; tomaron parte también la COB", "tomó parte asimismo UNICEF"
    ("participant", r"(?:^|[;:]|\by)\s*(?:tambien |asimismo |ademas )?tom(?:o|aron|ara|aran) parte"
                    r"(?: (?:tambien|asimismo|ademas))?\b"),
    # the verb first with any object before the names: "Expusieron sus modelos de atención la Dirección …"
    ("participant", r"^\s*(?:expusieron|expuso|presentaron|presento|compartieron|compartio|describieron|describio|"
                    r"explicaron|explico) (?:sus|su) [a-z]+(?: [a-z]+){0,3}?(?= (?:el|la|los|las) )"),
    # money received: "received financial support from", "obtuvo financiamiento de"
    ("funder", r"\b(?:received|receives|obtained|secured) (?:the |a )?(?:financial support|funding|financing|funds|"
               r"grant) (?:of|from|by)\b"),
    ("funder", r"\b(?:recibio|recibieron|obtuvo|obtuvieron) (?:el |un )?(?:financiamiento|apoyo financiero|"
               r"fondos|aporte financiero) del?\b"),
    # issue 13 (listing30b): the office an organizer works through ("X delivered this programme through its Ministry
    # of the Interior", "X impartió el curso a través de su Dirección de Migración"): the office organizes too (the
    # cue is the group "c", "through": the verb and its object stay the backward cue of the organizer before it)
    ("organizer", r"\b(?:delivered|delivers|ran|runs|organi[sz]ed|organi[sz]es|implemented|carried out|conducted|"
                  r"impartio|impartieron|dicto|dictaron|ejecuto|ejecutaron|organizo|organizaron|realizo|realizaron) "
                  r"(?:the |this |its |el |la |este |esta |su )?(?:[a-z-]+ ){0,8}?(?:online |virtually |"
                  r"en linea |virtualmente )?(?P<c>through|via|a traves del?|por medio del?)\b"),
    # "X convened the forum with Y", "X convocó el encuentro con Y", "X hosted it with Y": Y shares the verb's role
    ("convener", r"\b(?:convened|convenes|convoco|convocaron) (?P<c>(?:it |them |(?:the|this|el|la|este|esta) [a-z-]+ )?"
                 r"(?:with|together with|jointly with|con|junto con|junto a)\b" + _NOT_HELP + ")"),
    ("host", r"\b(?:hosted|hosts) (?P<c>(?:it |them |(?:the|this) [a-z-]+ )?(?:with|together with|jointly with)\b"
             + _NOT_HELP + ")"),
    # a passive whose place or date stands before its agent (the sixth set's block has convened / organized): "delivered
    # in Asunción in March 2022 by", "financiado en 2019 por"
    *((role, r"\b(?:" + verbs + r") (?:in|at|on|from|during|online|virtually)\b" + _NO_CLAUSE + r" by\b")
      for role, verbs in (("organizer", "delivered|conducted|facilitated|taught|given|run|led|carried out|implemented"),
                          ("host", "hosted|co hosted"), ("funder", "funded|financed|co funded|co financed"),
                          ("supporter", "sponsored|co sponsored|supported|backed"), ("coordinator", "coordinated"))),
    *((role, r"\b(?:" + stems + r")[oa]s? (?:en|el|los|las|del|desde|durante|de manera|de forma)\b" + _NO_CLAUSE
            + r" por\b")
      for role, stems in (("organizer", "impartid|dictad|facilitad|realizad|ejecutad|desarrollad"), ("host", "acogid"),
                          ("funder", "financiad|cofinanciad"), ("supporter", "patrocinad|auspiciad|apoyad"),
                          ("coordinator", "coordinad"))),
    # "X organized this online seminar on 25 November with Y", "X organizó el foro el 3 de mayo con Y": Y organizes too
    ("organizer", r"\b(?:organized|organised|organizo|organizaron) (?P<c>(?:(?:in|at|en) (?:the |la |el )?[a-z]+"
                  r"(?: (?:de |of )?[a-z]+){0,2} )?(?:it |them |"
                  r"(?:the|this|these|el|la|este|esta|los|las) (?:[a-z-]+ ){1,3}?)(?:(?:on|in|at|from|el|en|del|los dias) "
                  r"[^.;,()]{1,40}? )?(?:together with|jointly with|with|junto con|con)\b" + _NOT_HELP + ")"),
    # those who speak for a body: "Panelists from the Ombudsman's Office", "investigadores de la Universidad …"
    # (not "researchers from": between two names of a run that a verb ends, "X and researchers from Y presented")
    ("participant", r"\b(?:panel(?:l)?ists?|presenters?|lecturers?|trainers?) (?:of|from)\b"),
    ("participant", r"\b(?:panelistas|ponentes|expositor(?:es|as)|capacitador(?:es|as)) (?:de|del)\b"),
    # a group takes part, then some of it is named: "Participaron organizaciones de once países, entre ellas el SJM"
    ("participant", r"\b(?:participaron|participan|participaran|asistieron|asisten|took part|take part|participated|"
                    r"attended)\b(?![^.;:()]{0,80}?, [^.;:,()]{1,60}? (?:entre (?:ellas|ellos)|among them)\b)"
                    r"[^.;:()]{0,80}?,? (?:entre (?:ellas|ellos|las que|los que|las cuales|los cuales)|"
                    r"among them|among whom|among which|including|incluid[oa]s?|incluyendo)\b"),
    # issue 13 (country20): the named ones put before "among them" ("Nine countries took part, Peru among them",
    # "Asistieron diez países, Chile entre ellos"): the cue ends at the comma, the names follow it
    ("participant", r"\b(?:participaron|participan|participaran|asistieron|asisten|took part|take part|participated|"
                    r"attended)\b[^.;:()]{0,80}?,(?= [^.;:,()]{1,60}? (?:entre (?:ellas|ellos)|among them)\b)"),
    # issue 13 (country21): the one named for its first time ("Ten countries took part, Guyana for the first time",
    # "Asistieron nueve países, Surinam por primera vez"), the phrase ending the clause
    ("participant", r"\b(?:participaron|participan|participaran|asistieron|asisten|took part|take part|participated|"
                    r"attended)\b[^.;:()]{0,80}?,(?= [^.;:,()]{1,60}? (?:for the first time|por primera vez)"
                    r"\s*(?:[.;,)]|$))"),
    # a relative clause with the verb before its subject ("el encuentro, que patrocinó el CICR"; not "la OIM, que
    # organizó la reunión": the object is the event)
    *((role, r"\b(?:que|al que|a la que) (?:" + verbs + r")(?= (?:el|la|los|las) (?!" + _SESSION + r"\b))")
      for role, verbs in (("supporter", "patrocino|patrocinaron|copatrocino|copatrocinaron|auspicio|auspiciaron|apoyo|"
                                        "apoyaron|respaldo|respaldaron"),
                          ("funder", "financio|financiaron|cofinancio|cofinanciaron"),
                          ("host", "acogio|acogieron|albergo|albergaron"))),
    # --- issue 13, eighth held-out set (h-r8a: listing and event prose)
    # "made possible by a contribution from X", "with a financial contribution from X", "gracias a un aporte de X"
    # (issue 13, prose20: "made possible in part by a contribution from X", "en parte gracias a")
    ("funder", r"\b(?:(?:made )?possible (?:in part |partly |partially )?(?:by|thanks to)|thanks to|with) (?:a |an |the )?(?:generous )?(?:financial )?"
               r"contributions? (?:from|of|by)\b"),
    ("funder", r"\b(?:gracias a|con|mediante) (?:un |una |el |la |los )?(?:aportes?|contribucion(?:es)?) "
               r"(?:financier[oa]s? |economic[oa]s? )?(?:de|del)\b"),
    # "con el acompañamiento técnico de la OIT", "with the technical accompaniment of ILO"
    ("supporter", r"\b(?:con|bajo) (?:el )?acompanamiento (?:tecnico |institucional )?(?:de|del)\b"),
    ("supporter", r"\bwith the (?:technical )?accompaniment (?:of|from)\b"),
    # grants to the participants: "con becas de la AUCI", "with scholarships from X"
    ("funder", r"\b(?:con|mediante|gracias a) (?:las |unas )?becas (?:otorgadas |financiadas )?(?:de|del|por)\b"),
    ("funder", r"\bwith (?:the )?(?:scholarships|fellowships|grants) (?:from|of|by|awarded by|funded by)\b"),
    # --- issue 13 (h-country, round 11): wordings of country pages' events
    # "La convocatoria corrió a cargo del Ministerio", "la convocatoria estuvo a cargo de"
    ("convener", r"\bconvocatoria (?:corrio|correra|estuvo|quedo|queda|esta) a cargo del?\b"),
    # an adverb between the participle and its agent: "Hosted online by", "organizado virtualmente por"
    ("host", r"\b(?:co ?)?hosted (?:online|virtually|remotely) by\b"),
    ("convener", r"\bconvened (?:online|virtually|remotely) by\b"),
    ("coordinator", r"\bco ?(?:chaired|presided(?: over)?) by\b|\bcopresidid[oa]s? por\b"),
    # in-kind support: "with equipment donated by X", "con equipos donados por X"
    ("supporter", r"\bdonated by\b|\bdonad[oa]s? por\b"),
    # --- issue 13 (h-mentions): role phrases that left their names "mentioned"
    # a Presidency Pro Tempore with its holder's adjective or possessive before it: "Under the Panamanian Presidency
    # Pro Tempore", "Held under Belize's first Presidency Pro Tempore" (the cue stops before the holder's words)
    ("coordinator", r"\bunder (?:the )?(?=(?:[a-z]+(?:'s|’s)? ){0,2}(?:(?:first|second|third|new|current|outgoing) )?"
                    r"presidency pro tempore\b)"),
    # who is expected or confirmed: "Confirmed delegations include X", "Las delegaciones confirmadas son X"
    ("participant", r"\b(?:confirmed|expected|registered) (?:delegations|participants|speakers|panel(?:l)?ists|"
                    r"institutions|organi[sz]ations|countries) (?:include|included|are|were|will be)\b\s*:?"),
    ("participant", r"\b(?:las |los )?(?:delegaciones|participantes|ponentes|panelistas|instituciones|organizaciones) "
                    r"(?:confirmad[oa]s|inscrit[oa]s|previst[oa]s) (?:son|fueron|seran|incluyen|incluyeron)\b\s*:?"),
    # who chairs one session of the event speaks at it, it does not chair the event ("The opening session was
    # chaired by X", "La sesión inaugural fue presidida por X")
    ("participant", r"\b(?:opening|closing|inaugural|plenary|final|first|second|high level|technical) (?:session|panel|"
                    r"segment|ceremony)s? (?:was |were |will be )?(?:chaired|presided(?: over)?|led|moderated|"
                    r"opened|closed|conducted) (?:jointly )?by\b"),
    ("participant", r"\b(?:sesion|sesiones|ceremonia|panel|mesa) (?:inaugural|de apertura|de clausura|plenaria|final|"
                    r"de alto nivel|tecnica)(?: (?:fue|sera|estuvo|estara))? (?:presidid[oa]s?|dirigid[oa]s?|"
                    r"moderad[oa]s?|encabezad[oa]s?|abiert[oa]s?|clausurad[oa]s?) (?:conjuntamente )?por\b"),
    # those who run the sessions of a training are its trainers: "Las sesiones estuvieron a cargo de especialistas de
    # X", "sessions were led by experts from X" (one organizer cue: the people's words do not make X a participant)
    ("organizer", r"\ba cargo de (?:los |las )?(?:especialistas|expert[oa]s|funcionari[oa]s|tecnic[oa]s|"
                  r"profesionales|docentes|capacitador(?:es|as)|facilitador(?:es|as)|representantes|"
                  r"investigador(?:es|as)) (?:de|del)\b"),
    ("organizer", r"\b(?:led|run|facilitated) by (?:the )?(?:experts|specialists|officials|officers|staff|trainers|"
                  r"facilitators|professionals|lecturers|researchers) (?:of|from)\b"),
    # travel costs paid: "Los pasajes de las delegaciones fueron cubiertos por X", "Airfares were covered by X"
    ("funder", r"\b(?:pasajes|boletos|viaticos|gastos|hospedaje|alojamiento|traslados)\b[^.;]{0,80}?\b(?:fueron |seran |"
               r"son |han sido |estuvieron )?(?:cubiert[oa]s?|financiad[oa]s?|pagad[oa]s?|sufragad[oa]s?|"
               r"costead[oa]s?|asumid[oa]s?) por\b"),
    ("funder", r"\b(?:travel|airfares?|air tickets|tickets|flights|accommodation|lodging|expenses|per diems?)\b"
               r"[^.;]{0,80}?\b(?:covered|paid|financed|funded|borne|met) by\b"),
    # "at the call of X", "a convocatoria de X": X convenes
    ("convener", r"\b(?:at|upon|on) the call of\b"),
    ("convener", r"\b(?:a|por|bajo la|bajo) convocatoria del?\b"),  # (round 37: "Bajo convocatoria de X")
    ("convener", r"\bconvocatoria (?:(?:estuvo|corrio|correra|esta|quedo|quedara) )?a cargo del?\b"),
    # the verb first, in the past: "Convocaron el Ministerio … y el Ministerio …", "Coorganizaron la OIM y el ACNUR"
    ("convener", r"^\s*(?:convocaron|convoco|convocaran|convocara)" + _THIS_EVENT),
    ("organizer", r"^\s*(?:organizaron|organizo|coorganizaron|coorganizo|co organizaron|co organizo|organizaran)"
                  + _THIS_EVENT),
    # "fue posible gracias al financiamiento de X": money (not the support cue "fue posible gracias a")
    ("funder", r"\b(?:(?:fue|sera|es|ha sido) )?posible gracias (?:al|a la|a los|a las|a un|a una) (?:generos[oa] )?"
               r"(?:apoyo financiero|financiamiento|cofinanciamiento|aportes?(?: financieros?| economicos?)?|fondos|donacion|"
               r"subvencion|contribucion(?:es)?(?: financieras?| economicas?)?) del?\b"),
    # "made possible through a grant from", "gracias a una donación de"
    ("funder", r"\b(?:made )?possible (?:in part |partly |partially )?(?:through|by|with|thanks to) (?:a |an |the )?(?:generous )?(?:grant|funding|"
               r"financing|donation)s? (?:from|of|by)\b"),
    # --- issue 13 (mentions, round 12): event pages' wordings
    # where the money came from: "Funding for the training came from X", "El financiamiento del taller provino de X"
    ("funder", r"\b(?:funding|financing|financial support|the funds|funds|the money)(?: for (?:the|this) (?:[a-z-]+ ){0,2}?"
               + _EVENT_NOUN + r")? (?:came|comes|will come|was provided|were provided|was received) from\b"),
    ("funder", r"\b(?:el )?(?:financiamiento|apoyo financiero|los fondos|fondos|recursos)(?: (?:del|de la|de este|de esta|"
               r"para el|para la|para este|para esta) (?:[a-z-]+ ){0,2}?" + _EVENT_NOUN + r")? (?:provino|provinieron|proviene|provienen|"
               r"provendra|provendran|vino|vinieron|procede|proceden|procedio|procedieron) del?\b"),
    # help the event had: "el seminario contó además con la colaboración del PNUD", "counted on the collaboration of"
    # (the held-out sets' supporter; "en colaboración con" stays an organizer)
    ("supporter", r"\b(?:conto|contaron|contara|cuenta|cuentan) (?:ademas |tambien |asimismo )?con la (?:valiosa )?"
                  r"colaboracion del?\b"),
    ("supporter", r"\b(?:counted|relied|counts|relies) (?:also )?on the (?:valuable )?collaboration of\b"),
    # the verb first after an adverb: "También asistieron los enlaces de la Red …", "Also attending were X and Y"
    ("participant", r"^\s*(?:tambien|asimismo|ademas|igualmente),? (?:participaron|participo|participaran|asistieron|"
                    r"asistio|asistiran|intervinieron|intervino|expusieron|expuso)\b"),
    ("participant", r"^\s*also (?:attending|participating|present|taking part|speaking) (?:were|was|are|will be)\b\s*:?"),
    # a clause on who took part, then its list after a colon: "Civil-society organizations took part for the first
    # time: X and Y", "Participaron por primera vez organizaciones de la sociedad civil: X y Y"
    ("participant", r"\b(?:took part|participated|attended|participaron|asistieron|tomaron parte)\b[^.:;()]{0,100}:"),
    # issue 13 (event28): "The twelve Member States were represented: X, Y and Z", "Estuvieron representados los
    # Estados Miembros: X, Y y Z": the passive "represented" then its list after a colon
    ("participant", r"\b(?:were|was|estuvieron|estuvo) (?:all |also |todos |tambien )?represent(?:ed|ad[oa]s?)\b[^.:;()]{0,60}:"),
    # the office a host acts through: "hosted the Conference online through the Directorate of …", "acogió la reunión
    # a través de la Dirección …" (the host and the office, as "a través de"; the cue is the group "c")
    ("host", r"\b(?:hosted|hosts|will host|co hosted|acogio|acogieron|acogera) (?:the |this |la |el |este |esta )?"
             r"(?:[a-z]+ ){0,8}?(?:online |virtually |en linea |virtualmente |de forma virtual )?(?P<c>through|via|"
             r"by means of|a traves del?|por medio del?)\b"),
    # issue 13 (roles3): a relative clause on the bodies that took part, then the verb that lists them ("Observer
    # organizations that took part included X, Y", "Las organizaciones observadoras que asistieron fueron X y Y")
    ("participant", r"\b(?:organi[sz]ations|institutions|bodies|agencies|entities|countries|observers|delegations|"
                    r"partners) (?:that|which|who) (?:took part|participated|attended|were present|joined)"
                    r"(?: as observers| in (?:the|this) [a-z]+)? (?:included|include|were|comprised)\b"),
    ("participant", r"\b(?:organizaciones|instituciones|entidades|agencias|paises|delegaciones|observador(?:es|as))"
                    r"(?: [a-z]+)? que (?:participaron|asistieron|tomaron parte|estuvieron presentes)"
                    r"(?: como observador(?:es|as)| en (?:el|la) [a-z]+)? (?:fueron|incluyeron|figuraron|estuvieron|"
                    r"se encontraban)\b"),
    # "the handover of the Presidency Pro Tempore to Mexico", "el traspaso de la Presidencia Pro Tempore a Panamá": the
    # next holder is named (mentioned), as "handed over the Presidency to" names it
    ("mentioned", r"\b(?:handover|hand over|handing over|transfer|passing) of (?:the )?(?:presidency pro tempore|"
                  r"pro tempore presidency|presidency|chairmanship|chair) to\b"),
    ("mentioned", r"\b(?:traspaso|entrega|transferencia|relevo) de (?:la )?(?:presidencia pro tempore|presidencia) a\b"),
    # the countries a troika is made of ("La troika quedó integrada por X, Y y Z", "The troika was made up of X and
    # Y", "formed the troika with X"): named, no actors of the event (the conventions' "formed the troika with")
    ("mentioned", r"\btroika\b(?: [a-z]+){0,2}? (?:integrada|conformada|compuesta|formada) por\b"),
    ("mentioned", r"\btroika\b(?: [a-z]+){0,2}? (?:made up|composed|formed|comprised) of\b|\btroika (?:comprised|"
                  r"includes|included|consists of|consisted of)\b|\bformed the troika with\b|\bconformo la troika con\b"),
)
_BACKWARD: tuple[tuple[str, str], ...] = (
    # issue 13, rules4 block (backward cues): "X facilitated the sessions" runs the event
    ("organizer", r"\b(?:facilitated|facilitates|will facilitate) (?:the |all )?(?:sessions?|workshop|meeting|event|"
                  r"discussions?|debates?|training|course|seminar|dialogue|exchange)\b"),
    ("convener", r"\b(?:will )?conven(?:ed|es|e)\b(?! by)"),
    ("convener", r"\bconvoc(?:o|aron|a|an)\b(?! por)"),
    ("organizer", r"\b(?:jointly )?(?:co )?organi[sz](?:ed|es|e)\b(?! by)"),
    # (event33: "y la Dirección … coorganizó el encuentro": the co- form too)
    ("organizer", r"\b(?:co|co )?organiz(?:o|aron|a|an)\b(?! por)"),
    # issue 13 (listing25): the role the names before it had ("with X and Y as co-organizers", "con X e Y como
    # coorganizadores")
    ("organizer", r"\b(?:as|como) (?:the |los |las )?(?:co[ -]?)?(?:organi[sz]ers|organizador(?:es|as))\b"),
    # not "which will host the next meeting": that is another meeting's host
    ("host", r"\b(?:will )?host(?:ed|s)?\b(?! by| country| government| institution| (?:the )?(?:next|upcoming|following)\b)"),
    # round 24 (country24): who received or sheltered the event hosts it ("Panamá acogió el taller", "Guatemala recibió
    # la Reunión Viceministerial", "Belize received the technical meeting"), not the event's own report ("meeting's")
    ("host", r"\b(?:acogio|acogieron|acoge|acogera|albergo|albergaron|recibio|recibieron|received) (?:el|la|this|the|"
             r"este|esta) (?!(?:proxim[oa]|siguiente|next|upcoming|following)\b)(?:[a-z-]+ ){0,3}?" + _EVENT_NOUN + r"\b(?!['’])"),
    ("host", r"\b(?:as|como) (?:the )?(?:pais )?(?:host|anfitri(?:on|ona))(?: country)?\b"),
    ("host", r"\b(?:welcomed|welcomes) (?:the )?(?:delegations|delegates|participants)\b|"
             r"\bdio la bienvenida a (?:las |los )?(?:delegaciones|delegad[oa]s|participantes)\b"),
    ("host", r"\b(?:es|sera|fue|era|seran|fueron|son|is|was|will be|were|are) "
             # issue 13 (country20): an adverb between ("fue nuevamente sede", "was again the host"); issue 13 (ppt26): and
             # "sede" before its city or a comma ("..., de la que Ecuador fue sede en la ciudad de Cuenca")
             r"(?:(?:nuevamente|de nuevo|otra vez|una vez mas|again|once again|once more) )?(?:la |el |los |las |the )?"
             r"(?:(?:institucion|instituciones|entidad|entidades|pais|paises|gobierno|country|countries|institutions?|"
             r"government|organizacion|organizaciones|organismo|organization|organisation) )?(?:anfitri(?:on|ona|ones|onas)|hosts?|sede(?= (?:de|del|en) |\s*(?:[.;,]|$))(?! (?:de|del) (?:la |el )?(?:proxim|siguiente|next|following)))(?: (?:institutions?|countries|"
             r"country|governments?))?\b"),
    # a role named as what the institutions were: "..., which acted as co-organizers", "actuaron como coorganizadores"
    ("organizer", r"\b(?:acted|act|acts|served|serve|serves|actuo|actuaron|fungio|fungieron) (?:jointly )?(?:as|como) "
                  r"(?:the |los |las )?(?:co|co )?(?:organi[sz]ers?|organizador(?:es|as?)?)\b"),
    ("convener", r"\b(?:acted|act|acts|served|serve|serves|actuo|actuaron|fungio|fungieron) (?:jointly )?(?:as|como) "
                 r"(?:the |los |las )?(?:co|co )?(?:conveners?|convocantes?)\b"),
    ("funder", r"\b(?:acted|act|acts|served|serve|serves|actuo|actuaron|fungio|fungieron) (?:jointly )?(?:as|como) "
               r"(?:the |los |las )?(?:funders?|donors?|financiador(?:es|as?)?|donantes?)\b"),
    ("supporter", r"\b(?:acted|act|acts|served|serve|serves|actuo|actuaron|fungio|fungieron) (?:jointly )?(?:as|como) "
               r"(?:the |los |las )?(?:co|co )?(?:sponsors?|patrocinador(?:es|as?)?)\b"),
    ("funder", r"\b(?:will )?(?:cover|covers|covered|pay|pays|paid) (?:the )?(?:[\w'’]+ ){0,2}costs?\b"),
    ("funder", r"\b(?:financio|financiaron|financiara|cubrio|cubrieron|cubrira|cubriran|cubre|cubren|sufrago|sufragaron) "
               r"(?:los |el |las )?(?:costos?|gastos?|viaticos|pasajes|boletos)\b"),
    ("host", r"\b(?:el |the )?(?:pais anfitrion|host country)\b"),  # "en La Paz, Bolivia, país anfitrión"
    # "El Gobierno del Ecuador, anfitrión del encuentro, …"
    ("host", r", (?:the )?(?:host|anfitri(?:on|ona)) (?:of the|del|de la) (?:meeting|conference|event|encuentro|"
             r"reunion|conferencia|evento)\b"),
    ("funder", r"\b(?:financed|funded|financio|financiaron)\b(?! by| por)"),
    ("supporter", r"\b(?:sponsored|co sponsored|patrocino|patrocinaron|copatrocino|copatrocinaron)\b(?! by| por)"),
    ("funder", r"\b(?:provided|provides|gave|offered|granted|contributed) (?:the )?(?:funding|financing|funds|financial "
               r"support|a grant)\b"),
    ("funder", r"\b(?:aporto|aportaron|otorgo|otorgaron|brindo|brindaron) (?:el |los )?(?:financiamiento|fondos|"
               r"apoyo financiero)\b"),
    # (issue 13, h-r8b: "were in charge of organizing", "took charge of the organization", "tuvieron a su cargo
    # la organización")
    ("organizer", r"\b(?:(?:was|were|is|are|will be) (?:responsible for|in charge of)|(?:took|take|takes|will take) "
                  r"charge of) (?:its |the |their )?(?:organi[sz]ation|organi[sz]ing|logistics|preparation|"
                  # issue 13 (mentions, round 12): who made the event's programme ("was responsible for the academic
                  # programme", "estuvo a cargo del programa académico")
                  r"(?:(?:academic|technical|scientific|training) )?(?:programme|program|curriculum|contents|agenda))\b"),
    ("organizer", r"\b(?:(?:estuvo|estuvieron|estara|estaran|esta|estan) a cargo de|(?:tuvo|tuvieron|tiene|tienen|"
                  r"tendra|tendran) a su cargo|(?:fue|fueron|sera|seran) (?:el |la |los |las )?responsables? de) (?:la|su) "
                  r"(?:organizacion|logistica|preparacion)\b"),
    ("organizer", r"\b(?:(?:estuvo|estuvieron|estara|estaran|esta|estan) a cargo|(?:fue|fueron|sera|seran) "
                  r"(?:el |la |los |las )?responsables?) (?:del|de su) (?:programa|contenido|temario|curriculo)"
                  r"(?: (?:academico|tecnico|cientifico|formativo))?\b"),
    ("organizer", r"\bse (?:encargo|encargaron|encargara|encargaran) de (?:la|su) (?:organizacion|logistica)\b"),
    ("supporter", r"\b(?:provided|provides|gave|offered|offers|gives) (?:\w+ )?(?:technical assistance|technical advice|"
                  r"advice|assistance)\b"),
    ("supporter", r"\b(?:provided|provides|donated|donates) (?:the )?(?:\w+ )?(?:kits|supplies|materials|equipment|"
                  r"interpretation|transport|meals)\b"),
    ("host", r"\b(?:provided|provides|lent|lends|offered|made available) (?:its |their |the )?(?:premises|facilities|"
             r"venue|headquarters|campus|grounds)\b"),
    ("host", r"\b(?:presto|prestaron|cedio|cedieron|facilito|facilitaron|ofrecio|ofrecieron|brindo|brindaron) "
             r"(?:sus|las|su) (?:instalaciones|sede|local|oficinas|campus)\b"),
    # issue 13 (listing37b): who commented on the presentations took part ("CELS commented on them"; the Spanish
    # "comentó las ponencias" is read already)
    ("participant", r"\b(?:commented on|comment on) (?:them|it|the (?:presentations?|programmes?|programs?|reports?|"
                    r"proposals?|results|findings|experiences))\b"),
    ("supporter", r"\b(?:brindo|brindaron|presto|prestaron|ofrecio|ofrecieron) (?:su )?asesoria\b"),
    # issue 13 (round 26): "La OIT acompañó la organización del foro", "ILO accompanied the preparation of the course"
    ("supporter", r"\b(?:acompano|acompanaron|acompana|accompanied|accompanies) (?:la |the )?(?:organizacion|"
                  r"preparacion|realizacion|organization|organisation|preparation)\b"),
    ("coordinator", r"\b(?:coordinated|coordinates|will coordinate|coordino|coordinaron|coordinara|coordina)\b"
                    r"(?! by| por| con| with)"),
    ("supporter", r"\b(?:ofrecio|ofrecieron|brindo|brindaron|presto|prestaron|ofrece|brinda) (?:su )?(?:asistencia|"
                  r"asesoria|acompanamiento)(?: tecnica)?\b"),
    # (issue 13, event22: also two kinds of support joined, "provided technical and logistical support")
    ("supporter", r"\b(?:provide|provides|provided|gave|give|gives|will provide|lent|lends|lend)\b(?: \w+){0,2}"
                  r"(?:,? and \w+)? support\b"),
    # who takes over the presidency pro tempore at the meeting is there: "Ecuador asumió la Presidencia Pro Tempore"
    ("participant", r"\b(?:asumio|assumed|took over|recibio|received) (?:la |the )?(?:presidencia pro tempore|"
                    r"pro tempore presidency|presidency pro tempore)\b"),
    # who opens or closes the meeting is there: "El Viceministro … del Perú inauguró hoy la …"
    ("participant", r"\b(?:inaugur(?:o|aron|ara|aran)|clausur(?:o|aron|ara|aran)|abrio|abrieron|cerro|cerraron|opened|"
                    r"closed|inaugurated)"
                    r"(?: (?:hoy|today|ayer|yesterday|formalmente|oficialmente|formally|officially))? (?:the|la|el)"
                    # what is opened is a meeting ("closed the border" is not)
                    r"(?: [\w.]+){0,4}? (?:meeting|conference|session|event|forum|workshop|seminar|dialogue|reunion|"
                    r"conferencia|sesion|evento|encuentro|foro|taller|seminario|dialogo|jornada)s?\b"),
    # (round 35, event35: also the event's method or logistics, "UNDP supported the methodology of the workshop",
    # "el PNUD apoyó la metodología del Congreso")
    ("supporter", r"\b(?:supported|supports|support|will support|apoyo|apoyaron|apoyara|apoyan|apoya) (?:the |la |las |los )?"
                  r"(?:(?:(?:organi[sz]ation|methodology|logistics|design|metodologia|logistica|diseno) (?:of|de) )?"
                  r"(?:the|this|la|el|esta|este|las|los|these|estas|estos) |(?:metodologia|logistica|diseno) del )"
                  r"(?:meeting|event|conference|session|workshop|reunion|conferencia|evento|sesion|taller|sesione|"
                  r"forum|foro|course|curso|dialogue|dialogo|seminar|seminario|training|capacitacion|congress|congreso)s?\b"),
    # issue 13 (listing30b): support given to the event's delegations ("IOM supported the delegations throughout the
    # meeting", "la OIM apoyó a las delegaciones durante la reunión", "assisted the participating countries")
    ("supporter", r"\b(?:supported|supports|will support|assisted|apoyo|apoyaron|apoyara|apoya|apoyan|acompano|"
                  r"acompanaron) (?:a )?(?:the |las |los )?(?:participating |visiting |national |participantes )?"
                  r"(?:delegations|delegates|participants|delegaciones|delegad[oa]s|participantes|paises participantes)\b"),
    ("supporter", r"\b(?:brind(?:o|aron|a|an|ara|aran)|prest(?:o|aron|a|an)) (?:su )?(?:\w+ )?apoyo\b"),
    ("participant", r"\b(?:will )?(?:participated|participate|participates|took part|takes part|take part|attended|"
                    r"attends|attend)\b"),
    ("participant", r"\b(?:were|was|will be|are|is) (?:also )?trained\b"),
    ("participant", r"\b(?:fueron|fue|seran|sera) (?:tambien )?capacitad[oa]s?\b"),
    ("participant", r"\b(?:presented|shared|gave|offered) (?:its |their )?(?:data|testimon(?:y|ies)|experiences?|findings|"
                    r"results|information|studies|lessons|figures|case studies|cases|practices|good practices)\b"),
    ("participant", r"\b(?:presento|presentaron|compartio|compartieron|ofrecio|ofrecieron|aporto|aportaron) (?:su |sus )?"
                    r"(?:datos|testimonios?|experiencias?|resultados|informacion|estudios?|avances|cifras|lecciones)\b"),
    ("participant", r"\bparticip(?:o|aron|aran|ara|an)\b"),
    ("participant", r"\b(?:as|como|en calidad de) (?:an? |the |los |las )?observ(?:ers?|ador(?:es|as?)?)"
                    r"(?: (?:organi[sz]ations?|countries|states|members|institutions|agencies|bodies))?\b"),
    ("participant", r"\b(?:como|en calidad de) (?:organizaciones|organismos|paises|estados|miembros|instituciones) "
                    r"observador(?:es|as)\b"),
    # issue 13 (event36): a body that led or moderated a panel, spoke about a subject, gave a module or session, or
    # contributed its figures ("UN Women led the panel on …", "UNHCR spoke about …", "la CEPAL aportó proyecciones sobre …", "impartió el
    # módulo sobre …") took part
    # (not who chaired the sessions: "chaired each session" coordinates, tests/test_roles_r34.py)
    ("participant", r"\b(?:led|moderated|co-led|lideraron|lidero|moderaron|modero) (?:the |a |el |la |un |una )?(?:\w+ )?"
                    r"(?:panel|panels|roundtable|round table|conversatorio|mesa redonda)\b"),
    ("participant", r"\b(?:spoke|speaks|will speak) (?:about|on|of|at)\b"),
    ("participant", r"\b(?:hablo|hablaron|hablara) (?:sobre|de|acerca de)\b"),
    ("participant", r"\b(?:imparti(?:o|eron)|dict(?:o|aron)|delivered|gave) (?:el |la |los |las |un |una |the |a |an )?"
                    r"(?:modulo|modulos|sesion|sesiones|ponencia|presentacion|charla|conferencia magistral|module|modules|"
                    r"session|sessions|presentation|talk|keynote|lecture)\b"),
    ("participant", r"\b(?:aporto|aportaron|contributed|provided) (?:\w+ ){0,2}(?:proyecciones|analisis|insumos|estadisticas|"
                    r"projections|analysis|estimates|statistics)\b"),
    # "… asistieron a la reunión" (not "asistió a los migrantes": to assist them)
    ("participant", r"\basist(?:io|ieron|ira|iran|e|en) (?:a|en) (?:la|el|esta|este)(?: [\w.]+){0,4}? (?:reunion|"
                    r"conferencia|encuentro|sesion|evento|cita|cumbre|foro|taller|jornada)s?\b"),
    # issue 13 (h-left): "... asistieron." at the sentence's end: no one is assisted, the names before it attended
    ("participant", r"\b(?:tambien )?asist(?:io|ieron|ira|iran)(?: tambien)?(?=\s*(?:[.;]|$))"),
    ("participant", r"\b(?:were|was) (?:also )?present\b"),
    ("participant", r"\btom(?:o|aron|ara|aran) parte\b"),
    ("participant", r"\bjoined(?: as (?:an? )?observers?| the (?:meeting|event|session|exchange|workshop|discussion|"
                    r"forum|dialogue|seminar|course))?\b"),
    ("participant", r"\b(?:presento|presentaron|expuso|expusieron|compartio|compartieron) (?:su|sus)\b"),
    ("participant", r"\b(?:presented|shared|explained|described) (?:its|their)\b"),
    ("participant", r"\b(?:sent|send|will send) (?:a |their |its )?(?:[a-z]+ )?"
                    r"(?:delegations?|representatives|delegates|officials|officers|experts|staff)\b"),
    ("participant", r"\b(?:enviaron|envio|enviaran) (?:una |sus |su )?(?:delegaci(?:on|ones)|representantes|delegad[oa]s|"
                    r"funcionari[oa]s|expert[oa]s)\b"),
    ("participant", r"\b(?:were|was) represented\b"),
    ("participant", r"\b(?:estuvieron|estuvo) representad[oa]s?\b"),
    ("participant", r"\b(?:will )?(?:present|presents|share|shares) (?:their|its) (?:national )?(?:programmes?|programs?|"
                    r"experiences?|practices|good practices|work|systems?|initiatives?|findings|results|case studies)\b"),
    # issue 13 (listing30b): who delivers a programme or a course runs it ("X delivered this programme", "X impartió
    # el curso", "X ran the training"): X organizes it
    # (round 30 review: not who "taught the modules" of a course another body delivered, set 17: a presenter)
    ("organizer", r"\b(?:delivered|delivers|will deliver|ran|runs|impartio|impartieron|imparte|dicto|dictaron|"
                  r"ejecuto|ejecutaron) (?:the|this|its|el|la|este|esta|su)(?: [a-z-]+){0,3}? (?:programmes?|programs?|"
                  r"courses?|training|trainings|workshops?|webinars?|programas?|cursos?|talleres|taller|"
                  r"capacitacion|diplomado|seminarios? web|webinarios?)\b"),
    ("organizer", r"\b(?:led|leads|will lead|lidero|lideraron|dirigio|dirigieron) (?:the|this|el|la|este|esta) "
                  r"(?:webinar|workshop|meeting|session|course|training|seminar|dialogue|forum|webinario|taller|reunion|"
                  r"sesion|curso|seminario|dialogo|foro)\b"),
    ("supporter", r"\b(?:aporto|aportaron|dono|donaron|entrego|entregaron|proporciono|proporcionaron) (?:los |las )?"
                  r"(?:materiales|equipos|insumos|kits)\b"),
    ("participant", r"\b(?:presented|shared|explained) (?:their|its) (?:national )?(?:experiences?|findings|work|results|"
                    r"practices|good practices|programmes?|programs?|initiatives?)\b"),
    ("participant", r"\b(?:estuvo|estuvieron) (?:tambien )?presentes?(?=[.;,]|$)"),
    # issue 13 (names): a body that presents, speaks or is a special guest at the event takes part in it
    # ("CEMLA presented a regional study", "X will present its observatory"; not "presented by")
    ("participant", r"\b(?:presented|presents|will present|presentara|presentaran|presento|presentaron)\b"
                    r"(?! by| por| (?:the|la|el|los|las|this|esta|este) (?:meeting|event|workshop|reunion|evento|taller)\b"
                    # a law or a candidacy presented is not taking part in an event (news articles)
                    r"| (?:a |an |the |la |el |una |un |su |sus |its |their )?(?:new |nueva |nuevo )?(?:laws?|bills?|"
                    r"leyes?|proyectos? de ley|legislation|legislacion|candidac\w*|candidatura\w*)\b)"),
    ("participant", r"\b(?:delivered|made|gave|delivers|will deliver) (?:a |an |its |their )?(?:statement|remarks|"
                    r"presentations?|keynote|address|intervention|sessions?|talks?|lectures?|speech)\b"),
    ("participant", r"\b(?:took|take|takes|will take) the floor\b|\b(?:hizo|hicieron|tomo|tomaron) (?:uso de )?la palabra\b"),
    ("participant", r"\b(?:intervino|intervinieron|intervendra|intervendran|expuso|expusieron)\b"),
    ("participant", r"\b(?:fueron|fue|seran|sera|were|was|will be) (?:los |las |the )?(?:invitad[oa]s? especial(?:es)?|"
                    r"special guests?)\b"),
    # --- news articles (issue 15): the ways the press lists who was there
    # "IOM acted as the conference's technical secretariat": it supports the meeting
    ("supporter", r"\b(?:acted|acts|served|serves|actuo|actuaron|fungio|fungieron|ejercio|ejercieron) (?:as|como) "
                  r"(?:the |la )?(?:(?:conference|meeting|process)(?:\s?['’]s)? )?(?:technical secretariat|"
                  r"secretaria tecnica)\b"),
    ("supporter", r"\b(?:apoyo|apoyaron|apoyara|apoyaran) (?:la )?organizacion (?:de|del) (?:la |el |esta |este )?"
                  r"(?:reunion|conferencia|encuentro|evento|sesion|taller)\b"),
    # "with the Canadian and Peruvian delegations": the countries whose delegations came (the names before the noun)
    ("participant", r"\b(?:delegations?|delegates)\b(?! (?:from|of|to|for)\b)"),
    # "Mexico's Undersecretary for Foreign Affairs opened the meeting": the country's government took part
    # (the official is never recorded, only the office's government)
    ("participant", r"['’]s (?:under\s?secretary|vice\s?minister|deputy minister|(?:foreign )?minister|secretary|"
                    r"ambassador|director general)(?: (?:for|of) (?:the )?[a-z]+(?: (?:and|of|the) [a-z]+| [a-z]+){0,3})?"
                    r" (?:opened|inaugurated|closed|attended|addressed|chaired)(?: (?:today|yesterday|formally|officially))?"
                    r" the(?: [\w.]+){0,4}? (?:meeting|conference|session|forum|dialogue)s?\b"),
    # "Guatemala, como país sede, inauguró …"
    ("host", r"\b(?:as|como) (?:the |el )?(?:pais|country|nacion|nation) sede\b|\bas (?:the )?host nation\b"),
    # the countries that sign or adopt the meeting's declaration were there
    ("participant", r"\b(?:signed|adopted|approved|endorsed|suscribieron|firmaron|aprobaron|adoptaron|suscribio|firmo|"
                    r"aprobo|adopto) (?:the |la |el |una |a )?(?:final |joint )?(?:declaration|declaracion|communique|"
                    r"comunicado)(?: final| conjunt[oa])?\b"),
    # observers that follow the discussions: "IOM and UNHCR followed the discussions as observer organizations"
    ("participant", r"\b(?:followed|follow|follows|will follow|observed|attended) (?:the )?(?:discussions|debates|"
                    r"deliberations|proceedings|sessions|work) (?:as )?(?:an? )?(?:observer organi[sz]ations?|observers?|"
                    r"(?:special )?guests?)\b"),
    # "the Ministry … coordinated the organization of the meeting with the Executive Secretariat": organizers
    ("organizer", r"\b(?:coordinated|coordinates|will coordinate|coordino|coordinaron|coordinara|coordina) (?:the |la )?"
                  r"organi[sz]a(?:c|t)ion (?:of|de|del) (?:the |la |el |this |esta |este )?(?:meeting|conference|event|"
                  r"reunion|conferencia|encuentro|evento)\b"),
    # the holder of the presidency that hosts: "Costa Rica, which holds the Presidency Pro Tempore of the RCM, will
    # host …", "El Perú, que ejerce la Presidencia Pro Tempore de la CSM (CSM), recibirá …" (the process named in the
    # clause is not the host)
    ("host", r", (?:which|que) (?:holds|has held|held|ejerce|ejercia|ostenta) (?:the |la )?(?:presidency pro[- ]?tempore|"
             r"pro[- ]?tempore presidency|presidencia pro[- ]?tempore)[^,;]{0,90}, (?:will host|hosts|hosted|is hosting|"
             r"will welcome|welcomed|welcomes|recibira|recibe|recibio|acoge|acogera|acogio|sera (?:la )?sede|es (?:la )?"
             r"sede|fue (?:la )?sede)\b"),
    # "UNICEF asistirá como organismo observador", "ICRC will attend as an observer"
    ("participant", r"\b(?:asistira|asistiran|asistio|asistieron|participara|participaran|participo|participaron|"
                    r"will attend|attended|will take part|took part|will participate|participated) (?:como|en calidad de|as)"
                    r" (?:an? )?(?:organismos? observador(?:es)?|(?:pais|paises|estados?) observador(?:es)?|observador(?:es|as)?|"
                    r"observer (?:organi[sz]ations?|countr(?:y|ies)|states?)|observers?|"
                    r"invitad[oa]s?(?: especial(?:es)?)?|(?:special )?guests?)\b"
                    # not when the names follow ("participarán en calidad de observadores el ACNUR y la OIM")
                    r"(?! (?:el|la|los|las|the)\b)"),
    # "… has been invited as a special guest", "fue invitada en calidad de invitada especial"
    ("participant", r"\b(?:invited|invitad[oa]s?) (?:as|como|en calidad de) (?:an? )?(?:special guests?|guests?|observers?|"
                    r"invitad[oa]s? especiales|observador(?:es|as)?)\b"),
    # "RNCOM will present a statement", "presentará un pronunciamiento"
    ("participant", r"\b(?:will present|presented|presents|presentara|presentaran|presento|presentaron) (?:a|an|its|their|"
                    r"un|una|su|sus) (?:\w+ )?(?:statement|statements|recommendations|declaration|position|pronunciamiento|"
                    r"recomendaciones|posicion|ponencia)\b"),
    # who presents a study or report at the meeting takes part in it
    ("participant", r"\b(?:presented|presento|presentaron) (?:a|an|its|their|un|una|su|sus) (?:\w+ )?(?:study|studies|"
                    r"report|reports|estudio|estudios|informe|informes)\b"),
    # --- issue 13, rules5 (rules dev batches 11-12)
    # "…; Brasil envió sus aportes por escrito" (batch 2's convention: a participant)
    ("participant", r"\b(?:envio|enviaron|sent|submitted) (?:sus|su|its|their) (?:aportes|contribuciones|comentarios|"
                    r"contributions|comments|inputs)\b"),
    # issue 13 (prose20): who comments on a report or proposal at the meeting takes part in it ("ECLAC commented on
    # the report", "la CEPAL comentó el informe", "UNHCR made comments on the draft")
    ("participant", r"\b(?:commented on|comments on|comento|comentaron|made comments on|hizo comentarios (?:a|al|sobre)|"
                    r"formulo comentarios (?:a|al|sobre)) (?:the|its|their|el|la|los|las|su|sus)\b"),
    # --- issue 13, sixth held-out set (rules dev batches 18-19)
    # who moderates, sends people, describes or summarises at the event takes part in it
    # issue 13 (round 32): who moderates the whole event, not a panel of it, runs its work, as "the sessions were moderated
    # by" (event29): "X moderated the forum from start to finish", "X moderó el taller de principio a fin / en su totalidad"
    ("coordinator", r"\bmoderated (?:the|this|its) (?:whole |entire )?" + _EVENT_NOUN + r" (?:from (?:start|beginning) to "
                    r"(?:finish|end)|throughout|in (?:its|their) entirety)\b"),
    ("coordinator", r"\bmoder(?:o|aron) (?:el|la|este|esta|todo el|toda la) " + _SESSION + r" (?:de principio a fin|"
                    r"de inicio a fin|del principio al fin|en su totalidad|completa|completo|de punta a punta)\b"),
    ("participant", r"\bmoderated (?:the|a|an|its|their)\b|\bmoder(?:o|aron) (?:el|la|los|las|su)\b"),
    ("participant", r"\bsent (?:[a-z]+ ){0,3}?(?:inspectors|observers|participants|specialists|technicians|staff members)\b"),
    ("participant", r"\b(?:envio|enviaron) (?:[a-z]+ ){0,2}?(?:observador(?:es|as)|inspector(?:es|as)|especialistas|"
                    r"tecnic[oa]s)\b"),
    ("participant", r"\b(?:described|summari[sz]ed|outlined) (?:the|its|their|a|an)\b"),
    ("participant", r"\b(?:describio|describieron|resumio|resumieron|explico|explicaron) (?:el|la|los|las|su|sus)\b"),
    ("participant", r"\bdelivered (?:a|an|its|their) (?:\w+ )?(?:session|talk|lecture|presentation|module|class)\b"),
    # --- issue 13, prose (rules dev batch 21)
    # "explained how its service works", "outlined their plans", "explicó cómo su …"
    ("participant", r"\b(?:explained|described|outlined|detailed|showed|presented) (?:how|what|why|the way) (?:its|their)\b"),
    ("participant", r"\b(?:outlined|outlines|will outline|detailed) (?:its|their)\b"),
    ("participant", r"\b(?:explained|explains|will explain) (?:the|a|an)\b"),
    # "con la Superintendencia Nacional de Migraciones como institución anfitriona"
    ("host", r"\b(?:as|como) (?:the |la |el )?(?:host (?:institution|government|city|organi[sz]ation)|(?:institucion|"
             r"entidad|gobierno|ciudad|organizacion|organismo) anfitri(?:on|ona))\b"),
    ("participant", r"\b(?:explico|explicaron|describio|describieron|detallo|detallaron) (?:como|de que manera) (?:su|sus)\b"),
    # --- issue 13, eighth held-out set (h-r8a: listing and event prose)
    # the subject that holds the event: "X held a two-day regional workshop", "X realizó un taller regional"
    ("organizer", r"\b(?:held|holds|will hold|realizo|realizaron|realizara|llevo a cabo|llevaron a cabo|"
                  r"llevara a cabo|celebro|celebraron)"
                  # issue 13 (event17): the place before the object ("X realizó en Lima su taller", "X held in Quito
                  # its annual meeting")
                  r"(?: (?:in|at|en) (?:[a-z-]+ ){0,4}?[a-z-]+,?)? (?:a|an|the|this|its|un|una|el|la|este|esta|su)"
                  r"(?: [a-z0-9-]+){0,3}? " + _WORKSHOP + r"\b"),
    # a speech at the event: "X gave the closing address", "X pronunció el discurso de clausura"
    ("participant", r"\b(?:gave|delivered|made|will give|will deliver) the (?:opening |closing |inaugural |keynote |"
                    r"welcome |welcoming |final )?(?:address|remarks|speech|statement|lecture|presentation)\b"),
    ("participant", r"\b(?:pronuncio|pronunciaron|pronunciara|dio|dieron|dara|ofrecio|ofrecieron) (?:el|las|la|un|unas) "
                    r"(?:discurso|palabras|conferencia magistral|mensaje)(?: (?:de|del) (?:apertura|clausura|"
                    r"bienvenida|inauguracion|cierre))?\b"),
    # issue 13 (prose20): a speech at the event told by its audience ("the Director of X addressed the opening session",
    # "X se dirigió a los participantes en la sesión inaugural")
    ("participant", r"\b(?:addressed|will address|addresses) the (?:opening |closing |inaugural |plenary |final |high[- ]level )?"
                    r"(?:session|ceremony|plenary|meeting|conference|participants|delegates|delegations|audience|forum)\b"),
    ("participant", r"\b(?:se dirigio|se dirigieron|se dirigira) a (?:los|las|la) (?:participantes|asistentes|delegaciones|"
                    r"delegados|plenaria|audiencia)\b"),
    # a report to the event: "X reported on the follow-up", "X informó sobre los avances", "X rindió su informe"
    ("participant", r"\b(?:reported on|reports on|will report on|informo sobre|informaron sobre|informara sobre|"
                    r"rindio (?:un|su) informe|rindieron (?:un|su) informe)\b"),
    # money given: "X made a financial contribution", "X hizo un aporte financiero"
    ("funder", r"\b(?:made|makes|will make|provided|provides) (?:a |an )?(?:financial|monetary) contributions?\b"),
    ("funder", r"\b(?:hizo|hicieron|hara|realizo|realizaron|brindo|brindaron) (?:un |una )?(?:aporte|contribucion) "
               r"(?:financier[oa]|economic[oa])\b"),
    ("participant", r"\b(?:expondra|expondran|disertara|disertaran)\b"),
    # --- issue 13 (h-country, round 11): wordings of country pages' events
    # "X and Y co-chaired the meeting", "X y Y copresidieron la reunión"
    ("coordinator", r"\bco ?chaired (?:the|this|its) (?:[a-z]+ ){0,2}?(?:meeting|session|event|workshop|forum|"
                    r"conference|dialogue|exchange|committee|panel)\b"),
    # a country's own people, "Guyana's delegation took part", "Peru's officials attended": the cue starts at the
    # possessive, so the country right before it is reached
    ("participant", r"['’]s (?:delegations?|delegates|representatives|officials|officers|authorities)\b"
                    r"(?! +(?:from|of|to|for)\b)"),
    ("coordinator", r"\b(?:copresidio|copresidieron) (?:el|la|los|las|este|esta) (?:[a-z]+ ){0,2}?(?:reunion|sesion|"
                    r"evento|taller|foro|encuentro|conferencia|dialogo|intercambio|comite|mesa)\b"),
    # --- issue 13 (h-mentions): role phrases that left their names "mentioned"
    # "X received the participants at its building", "X recibió a las delegaciones en su sede": X hosts them
    ("host", r"\b(?:received|receives|will receive|welcomed|welcomes|will welcome) (?:the |all )?(?:participants|delegations|"
             r"delegates|attendees)\b(?! (?:from|of)\b)"),
    ("host", r"\b(?:recibio|recibieron|recibe|reciben|recibira|recibiran) a (?:las |los |todas las |todos los )?"
             r"(?:participantes|delegaciones|delegad[oa]s|asistentes)\b(?! (?:de|del)\b)"),
    # "X made the workshop possible through a grant", "X hizo posible el taller gracias a una donación"
    ("funder", r"\bmade (?:the|this|that) (?:[a-z-]+ ){0,2}?" + _EVENT_NOUN + r" possible (?:through|by|with|thanks to) "
               r"(?:a |an |its |their )?(?:generous )?(?:grant|funding|financing|donation|financial contribution)s?\b"),
    ("funder", r"\b(?:hizo|hicieron|hara|haran) posible (?:el|la|este|esta) (?:[a-z-]+ ){0,2}?" + _EVENT_NOUN +
               r" (?:gracias a|mediante|con|a traves de) (?:una |un |su |sus )?(?:donacion|subvencion|financiamiento|"
               r"aporte financiero|fondos|contribucion financiera)\b"),
    # who moderates the event's work takes part, as "moderated by" does: "X served as moderator", "X fungió como
    # moderadora"; so does its rapporteur (round 17, the project lead's convention: "X acted as rapporteur", "X actuó
    # como relatora", "X se desempeñó como relator"; rules batch 1 had read it as no role)
    ("participant", r"\b(?:acted|acts|served|serves|will act|will serve) as (?:the )?(?:moderator|rapporteur|"
                    r"facilitator of the (?:discussions?|panels?|sessions?)|master of ceremonies)s?\b"),
    ("participant", r"\b(?:actuo|actuaron|actuara|actuaran|fungio|fungieron|fungira|oficio|oficiaron|"
                    r"se desempeno|se desempenaron) (?:como|de) (?:la |el |los |las )?"
                    r"(?:moderador|relator)(?:a|es|as)?\b"),
    # what a body shared or presented with an article: "shared the results of", "compartió la experiencia de"
    ("participant", r"\b(?:presented|shared|explained|described) the (?:results|findings|experience|experiences|"
                    r"lessons|data|progress|outcomes|work|practices|good practices|achievements|"
                    r"model|models|methodology|protocol|protocols|tools|approach)\b"),  # (listing29: its working tools)
    ("participant", r"\b(?:presento|presentaron|compartio|compartieron|expuso|expusieron|explico|explicaron) "
                    r"(?:la|el|los|las) (?:experiencias?|resultados|avances|lecciones|datos|logros|practicas|"
                    r"buenas practicas|trabajo|hallazgos|modelo|modelos|metodologia|protocolo|protocolos|herramientas|"
                    r"enfoque)\b"),
    # support given to a part of the event's work: "apoyó la facilitación de los ejercicios", "supported the logistics"
    ("supporter", r"\b(?:supported|supports|will support|assisted with|helped with) the (?:facilitation|moderation|"
                  r"logistics|organi[sz]ation|preparations?|implementation|delivery|translation|interpretation|"
                  r"drafting)\b"),  # round 23: "supported the drafting committee"
    # round 35: "supported the preparations", "apoyó los preparativos" (of the meeting)
    ("supporter", r"\b(?:apoyo|apoyaron|apoya|apoyan|apoyara) (?:los )?preparativos\b"),
    # round 26 (prose26): support given to the event's presidency or host in its work ("supported the Presidency in
    # preparing the documents", "assisted the Chair with the organization", "apoyó a la Presidencia Pro Tempore en la
    # preparación de los documentos")
    ("supporter", r"\b(?:supported|assisted|helped) the (?:presidency|chair|chairmanship|host|host country)"
                  r"(?: pro tempore)? (?:in|with) (?:the )?(?:preparing|preparation|organi[sz]ing|organi[sz]ation|"
                  r"drafting|running|logistics)\b"),
    ("supporter", r"\b(?:apoyo|apoyaron|apoyara|asistio|asistieron|ayudo|ayudaron) a la (?:presidencia|anfitriona|sede)"
                  r"(?: pro tempore)? (?:en|con) (?:la |el )?(?:preparacion|organizacion|redaccion|logistica|preparar|"
                  r"organizar)\b"),
    ("supporter", r"\b(?:apoyo|apoyaron|apoyara|apoyaran|apoya|apoyan) (?:la|el|en la|en el) (?:facilitacion|moderacion|"
                  r"logistica|organizacion|preparacion|realizacion|implementacion|ejecucion|traduccion|interpretacion|"
                  r"redaccion|al comite de redaccion)\b"),  # round 23: "apoyó la redacción"
    # "X and Y co-chaired the meeting": both chair it
    ("coordinator", r"\b(?:co chaired|cochaired|co presided|copresidieron|copresidio|co presidieron|co presidio)\b(?! by| por)"),
    # issue 13 (fields21): "X chaired the meeting (together with Y)", "X presidió la sesión (junto con Y)": X
    # coordinates it, as "presided by X" says (a panel's chair only takes part: "chaired the panel" stays a participant)
    # (round 29: the plural too, "X chaired the sessions", "X presidió las sesiones")
    # (round 34: "every/each/all (of) the" too: "chaired every session", "presidió todas las sesiones / cada sesión")
    ("coordinator", r"\b(?:chaired|chairs|will chair|presided over|presides over|will preside over) (?:the|this|its|"
                    r"every|each|all(?: of)? the|all its) "
                    r"(?:[a-z]+ ){0,2}?(?:meeting|session|event|workshop|forum|conference|dialogue|exchange|"
                    r"committee|plenary)s?\b"),
    ("coordinator", r"\b(?:presidio|presidieron|preside|presiden|presidira|presidiran) (?:el|la|los|las|este|esta|estos|estas|"
                    r"cada|todas las|todos los|todas sus|todos sus) "
                    r"(?:[a-z]+ ){0,2}?(?:reunion(?:es)?|sesion(?:es)?|eventos?|taller(?:es)?|foros?|encuentros?|"
                    r"conferencias?|dialogos?|intercambios?|comites?|plenarias?)\b"),
    # --- issue 13 (mentions, round 12): event pages' wordings
    # who sends a person to teach or speak at the event takes part: "X sent an instructor for the practical
    # sessions", "X envió a un capacitador", "X sent two experts"
    ("participant", r"\bsent (?:an? |one |two |three |its |their |some )?(?:[a-z]+ ){0,2}?(?:instructors?|trainers?|"
                    r"experts?|speakers?|lecturers?|facilitators?|panel(?:l)?ists?|presenters?)\b"),
    ("participant", r"\b(?:envio|enviaron|enviara|enviaran) (?:a )?(?:un |una |dos |tres |sus |su )?(?:[a-z]+ ){0,2}?"
                    r"(?:instructor(?:es|as?)?|capacitador(?:es|as?)?|expert[oa]s?|ponentes?|conferencistas?|"
                    r"facilitador(?:es|as?)?|panelistas?|expositor(?:es|as?)?)\b"),
    # what a body presented at the event, with the article ("presented the study", "presentó el estudio")
    # the holder of the presidency that hosts, in a clause of its own: "Costa Rica held the Presidency Pro Tempore in
    # 2020 and hosted the Conference", "Perú ejerció la Presidencia Pro Tempore y fue anfitrión de la Conferencia"
    ("host", r"\b(?:held|holds|has held|ejercio|ejerce|ejercia|ostento|ostenta) (?:the |la )?(?:presidency pro tempore|"
             r"pro tempore presidency|presidencia pro tempore)(?: (?:in|for|de|en|del) (?:19|20)\d\d)?,? (?:and|y) "
             r"(?:(?:hosted|hosts|will host|acogio|acoge|acogera|fue (?:el |la )?anfitri(?:on|ona) de|fue (?:la )?sede de)"
             r"(?= (?:the|this|its|la|el|este|esta|su) )|"
             # issue 13 (country20): the clause ends with the host ("... y fue anfitrión.", "... and was the host.")
             r"(?:fue (?:el |la )?anfitri(?:on|ona)|fue (?:la )?sede|was (?:the )?host(?: country)?)(?=\s*(?:[.;]|$)|"
             # issue 13 (country22): or with the bodies it hosted through ("... and was host through its Ministry")
             r" (?:through|via|a traves|por medio)\b))"),
    ("participant", r"\b(?:presented|presento|presentaron) (?:the|el|la|los|las) (?:\w+ )?(?:study|studies|report|reports|"
                    r"estudio|estudios|informe|informes|diagnostico|investigacion|protocols?|protocolos?)\b"),
)
# Every cue above contains one of these stems: a sentence without any has no cue (a cheap test first).
_ANCHORS = re.compile(r"handover|hand over|handing over|transfer|passing|traspaso|entrega|relevo|"
                      r"conven|convoc|coordin|organi|collabor|colabor|jointly|conjunt|support|apoy|auspic|cost|"
                      r"fund|financ|sponsor|patrocin|host|anfitri|acogid|opportunit|particip|attend|training|"
                      r"capacitacion|took part|pay|paid|cover|cubri|observ|represent|delega|speaker|ponente|expert|official|"
                      r"funcionari|delivered|conducted|facilitat|led by|implemented|carried|taught|impartid|dictad|dirigid|"
                      r"realizad|ejecutad|llevad|sponsor|asist|provide|gave|give|brind|prest|together|partnership|alianza|asocio|"
                      r"junto|initiative|iniciativa|cargo|apoyo|thanks|received|presen|gather|together|reuni|reune|congreg|"
                      r"contribution|input|intervention|testimon|aporte|ponencia|exposicion|intervencion|expus|expuso|"
                      r"intervin|diserta|shared|explained|compartieron|sent|send|envi|talk|lecture|remark|keynote|charla|"
                      r"conferencia|in which|donde|involvement|engagement|tom|alongside|along with|joined|describ|donor|"
                      r"donante|presiden|compart|chair|presidid|trained|capacitad|takes part|take part|officer|respald|backing|backed|assistance|invitation|invitacion|conjunction|de la mano|promoted|promovid|"
                      r"impulsad|resources|recursos|secured|obtained|speakers|panel|presenters|panelistas|present|"
                      r"share|led|leads|will lead|lider|dirigi|aporto|aportaron|dono|donaron|entreg|proporcion|"
                      r"viaticos|pasajes|boletos|assisted|case|practices|premises|facilities|headquarters|instalaciones|campus|comment|"
                      r"sede|local|oficinas|conjunto|financian|financia|patrocina|organiza|convoca|apoya|auspicia|"
                      r"posible|possible|opened|inaugurat|closed|moderat|inaugurad|clausurad|abiert|"
                      r"intervencion|data|information|informacion|experienc|findings|figures|datos|cifras|kits|"
                      r"supplies|materials|equipment|interpretation|transport|venue|meals|donated|donates|fondos|"
                      r"coordina|asistencia|asesoria|designed|prepared|planned|disenad|planificad|"
                      r"implemented with|carried out with|delivered with|organized with|organised with|socios|aliados|"
                      r"donors|"
                      r"responsible|in charge|encarg|shared|split|divided|acompanamiento|advice|"
                      r"endorsed|lideraz|leadership|association|asociacion|offered|given|run by|course|curso|training|organised|ofrecid|"
                      r"desarrollad|liderad|grant|donacion|subvencion|as do|as did|as does|as will|as would|as have|as had|as were|as was|al igual que|cooperat|cooperac|aporte|led by|"
                      r"inaugur|clausur|opened|closed|asumio|assumed|took over|recibio|received|welcome|bienvenida|"
                      # issue 13, rules4 stems
                      r"inspector|intervendr|expondr|presentar|disertar|policias|taking part|participating|attending|observer|"
                      r"observador|facilit|organiza|imparte|dicta|"
                      # issue 13 (names) stems
                      r"statement|floor|palabra|guest|invitad|address|"
                      # issue 13 (h-r8b) stems
                      r"technician|tecnic|oficiales"
                      # news articles (issue 15): the ways the press lists who was there
                      r"|observ|guest|invitad|secretari|study|studies|report|estudio|informe|"
                      r"attend|sede|host|nation|signed|adopted|approved|endorsed|suscrib|firm|aprob|adopt|"
                      r"prevista|preve|espera|member|miembro|paises|countries|debates|discussions|deliberat|organizac|"
                      r"organizat|organisat|holds|ejerce|ostenta|troika|invited|invitad|statement|pronunciamiento|"
                      r"recomendacion|recommendation|ponencia|posicion|position|minister|ministr|cancilleres|heads of|jefes|jefas"
                      # issue 13, rules5 (rules dev batches 11-12)
                      r"|especialist|specialist|came from|come from|participating|participantes|"
                      r"respaldo financiero|funding|financing|guests|support|submitted|aportes|contribuciones|comentarios|comments|"
                      r"inputs|prosecutors|judges|fiscales|jueces|consuls|consules|border guards|guardias|eligibility"
                      # issue 13, sixth held-out set (rules dev batches 18-19)
                      r"|convened|organi|convocad|entre l|among|expuso|expusieron|intervin|gracias|"
                      r"thanks to|moder|sent|envi|describ|summari|outlined|resumi|explic|delivered|que organiz|que impart|"
                      r"que dict|que convoc|impart|dict"
                      # issue 13, prose (rules dev batch 21)
                      r"|anfitri|tom|expus|expuso|present|compart|describ|explic|received|obtained|"
                      # issue 13 (prose20): "commented on the report", "comentó el informe"
                      r"comment|coment|address|"
                      r"secured|recibi|obtuv|patrocin|auspic|apoy|respald|financ|acogi|alberg|explained|outlined|detail|"
                      r"showed|convened|convenes|convoco|convocaron|hosted|hosts|panel|presenter|researcher|specialist|academic|lecturer|"
                      r"trainer|panelista|ponente|investigador|expositor|capacitador|particip|asist|took part|take part|"
                      r"attended|explain"
                      # issue 13, eighth held-out set (h-r8a: listing and event prose)
                      r"|held|holds|hold|realiz|llevo|llevaron|llevara|celebr|gave|deliver|made|"
                      r"pronunci|dio|dieron|dara|ofreci|report|inform|rindi|contribution|aporte|contribucion|possible|gracias|"
                      r"acompanamiento|accompaniment|expondra|disertara|becas|scholarship|fellowship"
                      # issue 13 (h-country, round 11): wordings of country pages' events
                      r"|convocatoria|hosted|convened|chaired|presid|donat|donad"
                      # issue 13 (h-mentions): role phrases that left their names "mentioned"
                      r"|under|confirmed|expected|registered|confirmad|inscrit|previst|session|"
                      r"sesion|ceremon|panel|mesa|a cargo|led by|run by|pasajes|boletos|viaticos|gastos|hospedaje|"
                      r"alojamiento|traslados|travel|airfare|tickets|flights|accommodation|lodging|expenses|per diem|"
                      r"possible|posible|rapporteur|moderator|facilitator|relator|moderador|master of|results|findings|"
                      r"experienc|lessons|progress|outcomes|resultados|avances|lecciones|logros|hallazgos|facilitation|"
                      r"facilitacion|moderation|moderacion|logistic|preparat|preparac|implementa|delivery|translat|"
                      r"traduc|interpret|co chaired|cochaired|co presid|copresid|presided|encabezad|call of|convocatoria|"
                      r"received|receives|receive|welcom|recibi|recibe|reciben"
                      # issue 13 (mentions, round 12): event pages' wordings
                      r"|came from|comes from|come from|provided from|received from|provino|provinieron|proviene|"
                      r"provienen|provendr|vino|vinieron|procede|sent|envio|enviaron|enviara|presented|presento|"
                      r"presentaron|conto con|contaron con|contara con|cuenta con|cuentan con|colaboracion|collaboration|"
                      r"tambien|asimismo|ademas|igualmente|also|through|via|by means of|a traves|por medio|presidency|"
                      r"presidencia|responsable|programa|contenido|temario")
# a sentence opening with its verb has no subject before it: a backward cue there ("Convocaron el
# Ministerio …", "Moderó el Observatorio …") names its bodies after it, as a forward cue does
_VERB_FIRST = re.compile(r"(?:^|[.;!?]\s)\s*$")


_WHO_OF = re.compile(r"representa|delega|speaker|expert|official|officer|ponente|funcionari")
_STEMS = _ANCHORS.pattern.replace("\n", "").split("|")


def _table(cues: tuple[tuple[str, str], ...]) -> list[tuple[str, re.Pattern[str], frozenset[str]]]:
    """Each cue compiled, with the anchor stems its pattern spells out: a text holding none of
    them cannot hold the cue (a cheap test before the regex)."""
    out = []
    for role, p in cues:
        stems = frozenset(st for st in _STEMS if st.replace(" ", "") in p.replace(" ", "").replace("(?:", ""))
        out.append((role, re.compile(spaced(p)), stems))
    return out


_FORWARD_RE = _table(_FORWARD)
_BACKWARD_RE = _table(_BACKWARD)


def _add_cues(anchors: str = "", backward: tuple[tuple[str, str], ...] = (),
              forward: tuple[tuple[str, str], ...] = ()) -> None:
    """A later round's cues: its anchor stems first (so its cues' stems are found), then its tables."""
    global _ANCHORS, _STEMS, _BACKWARD_RE, _FORWARD_RE
    if anchors:
        _ANCHORS = re.compile(_ANCHORS.pattern + "|" + anchors)
        _STEMS = _ANCHORS.pattern.replace("\n", "").split("|")
    _BACKWARD_RE = _BACKWARD_RE + _table(backward)
    _FORWARD_RE = _FORWARD_RE + _table(forward)

# issue 13 (event26): a head count in words ("the RCM's eleven Member Countries", "los nueve Países Miembros")
_HEAD_COUNT = (r"(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
               r"twenty|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|catorce|quince|veinte)")
# issue 13 (fields23): a region's countries, no body of their own ("the Andean countries", "los países andinos")
_REGION_COUNTRIES = (r"(?:the|los|las|other|otros|otras) +(?:[a-z]+ +)?(?:countries|paises|states|estados)"
                     r"(?: +(?:centroamericanos|suramericanos|sudamericanos|latinoamericanos|andinos|caribenos|"
                     r"miembros|vecinos|de la region|of the region))?")
_LEAD = re.compile(
    r"(?:[\s,:]|\b(?:the|la|el|los|las|lo|del|de|of|its|their|sus|su|both|ambos|ambas|respective|"
    r"respectivas?|respectivos?|governments?|gobiernos?|delegations?|delegaciones|mr|ms|sr|sra|"
    # the people an institution sends: "gathered the liaison officers of", "asistieron funcionarios del"
    r"(?:liaison )?officers|officials|representatives|delegates|experts|staff|authorities|from|"
    r"funcionari[oa]s|representantes|delegad[oa]s|expert[oa]s|autoridades|"
    # issue 13 (sixth held-out set): "Expusieron investigadores del CONICET", "participó la organización HIAS"
    r"researchers|investigador(?:es|as)|organi[sz]ation|organizacion|"
    r"also|too|tambien|ademas|asimismo|a|as guests|as invitees|como invitad[oa]s|en calidad de invitad[oa]s|"
    r"as observers|como observador(?:es|as)|en calidad de observador(?:es|as)|"
    # a class noun before the names: "de organismos internacionales como la OIM", "organizations such as IOM"
    r"(?:international |regional )?(?:organi[sz]ations|agencies|bodies)(?: such as| including)?|such as|including|"
    r"(?:organismos|organizaciones|agencias)(?: internacionales| regionales)?(?: como| tales como)?|tales como|"
    # issue 13 (fields23): a region's countries before the first name ("attended by delegates from the Andean
    # countries and Peru", "asistieron delegados de los países centroamericanos y de Panamá"), a head count
    r"\d{1,4}|" + _HEAD_COUNT + "|" + _REGION_COUNTRIES + r" +(?:and|y|e)(?: +(?:from|de))?)\b)*")
_LIST = re.compile(
    # issue 13 (fields21): a relative or appositive clause between two items of a run ("under the coordination of
    # Chile, the country which chairs it, and of the Secretariat", "bajo la coordinación de Chile, país que la
    # preside, y de la Secretaría"): one link of the list, it does not cut the run
    r"(?:,\s*(?:(?:the|a|an|el|la|un|una) )?(?:[a-z]+ ){0,2}(?:que|which|who|quien) [^,.;:()]{1,60}?,(?=\s*(?:and|y|e)\b)|"
    # issue 13 (mentions): a country's office named by its possessive ("convened by Peru's foreign ministry with X")
    r"['’]s (?:[a-z]+ ){0,2}(?:ministry|government|office|secretariat|agency|authorities)\b|"
    # issue 13 (event26): a process's unnamed members between two items ("of the RCM's eleven Member Countries and of
    # X"): the process owns them (a mention), the run goes on to X
    r"['’]s (?:(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|twenty) )?"
    r"member (?:countries|states)\b(?= +(?:and|,))|"
    # issue 13 (country22): the year of an office in apposition ("Convened by X, Presidency Pro Tempore 2022, through Y")
    r"\b(?:19|20)\d\d\b(?=\s*,)|"
    r"[\s,;/&]|\([^()]{1,20}\)|['’]s(?= )|\b(?:and|y|e|as well as|asi como|the|la|el|los|las|of|de|del|its|su|sus|from|"
    # (issue 13, fields23: "su" as "its": "X, a través de su Programa Y, brindó apoyo")
    # issue 13 (roles3): the programme a body acts through ("funded by the European Union through its programme X",
    # "financiado por la Unión Europea a través del programa X"): the programme, named after it, has its role
    r"(?:through|via|a traves del?|por medio del?) (?:(?:the|its|their|su|sus|el|la) )?(?:programme|program|programa|"
    r"project|proyecto|initiative|iniciativa|fund|fondo|facility)|"
    r"through|a traves del?|por medio del?|by|por|ademas del?|besides|in addition to|along with|a|al|"
    r"their|both|also|together with|junto con|junto al|respectively|respectivamente|with|con|"
    # issue 13 (round 37): "delivered by X together with its partner Y", "con su socio Y"; "X and Y, the latter through
    # Z, shared …": the body the run's last name names, one link of the list
    r"(?:its|their|su|sus) (?:implementing |local |national )?(?:partners?|soci[oa]s?)|"
    r"(?:the latter|the former|este ultimo|esta ultima|este ultimo|el primero|la primera)|"
    r"in its capacity as|in their capacity as|en su calidad de|en calidad de|por parte del?|"
    # issue 13 (h-left): an office and who holds it, in apposition ("the Presidency Pro Tempore, held by Costa
    # Rica, attended"): one link of the list
    r"(?:which is |which was |then |currently )?(?:held|exercised) by|(?:entonces |actualmente )?(?:ejercid[oa]|ocupad[oa]) por|"
    # issue 13 (listing26): the body the office's task is entrusted to ("Convocada por la Presidencia Pro Tempore de
    # Argentina, a cargo de la Dirección Nacional de Migraciones", "in the hands of its Migration Department")
    r"(?:que esta |que estuvo )?a cargo del?|(?:which is |then )?in the hands of|"
    # issue 13 (country21): the office its holder exercises through a body ("the Presidency Pro Tempore of X, exercised
    # through its Migration Institute", "ejercida a través del Instituto ..."), and "via" as "through"
    r"(?:which is |which was |then |currently )?(?:held|exercised) (?:through|via)|"
    r"(?:entonces |actualmente )?(?:ejercid[oa]|ocupad[oa]) (?:a traves del?|por medio del?)|via|"
    # issue 13 (names): the people a body sends, between two names of a run ("IDC and researchers from the
    # University of Panama presented")
    r"(?:researchers|representatives|officials|experts|delegates|staff|investigador(?:es|as)|representantes|"
    r"funcionari[oa]s|expert[oa]s|delegad[oa]s) (?:from|of|de|del)|"
    # issue 13 (fields23): a region's countries as one item of the run, not a body ("delegates from the Andean
    # countries and Peru", "delegados de los países centroamericanos y de Panamá")
    + _REGION_COUNTRIES + r"|countries|paises)\b)*")  # ("the Central American countries and Spain")
# a group the institution sends, in lowercase words: "the participation of the consular networks of
# Costa Rica", "la presencia de las autoridades migratorias de Panamá"
# the nouns of groups of a government's (or an organization's) people or services: "the consular
# networks of", "las autoridades migratorias de", "fiscales y policías de", "labour inspectors from"
_OFFICIAL = (r"(?:networks?|authorit(?:y|ies)|delegations?|delegates?|officials?|officers?|ministries|institutions|"
             r"agencies|consulates|embassies|offices|teams|units|staff|bodies|directorates|departments|services|"
             r"representatives?|inspectors?|inspectorates?|prosecutors?|judges|police|policemen|consuls?|agents|"
             r"experts|governments?|ministers?|ambassadors?|members|focal points|central banks|organs|"
             r"redes|red|autoridad(?:es)?|delegaci(?:on|ones)|delegad[oa]s|funcionari[oa]s|instituciones|agencias|"
             r"consulados|embajadas|oficinas|equipos|unidades|personal|cuerpos|entidades|ministerios|direcciones|"
             r"departamentos|servicios|secretarias|representantes|inspector(?:es|as)|fiscales|fiscalias|jueces|"
             r"juezas|policias|policia|consules|agentes|expert[oa]s|gobiernos|ministr[oa]s|embajador(?:es|as)|"
             r"miembros|puntos focales|bancos centrales|organos|"
             # issue 13, rules4: registries and their offices ("los registros civiles de Colombia")
             r"registr(?:y|ies)|civil registries|registros?(?: civiles)?|servidor(?:es|as) public[oa]s|"
             r"institutes|institutos|commissions|comisiones"
             # news articles (issue 15): the officials the press names as a country's delegation
             r"|viceministr[oa]s|vice ministers|deputy ministers|cancilleres|foreign ministers|"
             r"heads of delegation|jef[ea]s de delegacion"
             # issue 13, rules5: a country's foreign ministries ("delegados de las cancillerías de Bolivia y Paraguay")
             r"|cancillerias|chancelleries|foreign ministries|border officials"
             # issue 13 (h-country, round 11): the people a body sends, "efectivos de la Policía", "personnel of
             # the Coast Guard"
             r"|efectivos|personnel"
             # issue 13 (mentions, round 12): a network's liaisons ("los enlaces de la Red de …")
             r"|enlaces|liaisons|liaison officers"
             # issue 13 (roles3): a university's or institute's teaching and research staff ("moderated by lecturers of
             # the University of X", "moderadas por docentes de la Universidad de X")
             r"|docentes|profesor(?:es|as)|academic[oa]s|investigador(?:es|as)|catedratic[oa]s|teachers|lecturers|"
             r"professors|academics|researchers|scholars|faculty members"
             # issue 13 (roles4): a government's service points ("officials of the returnee reception centres of X",
             # "funcionarios de los centros de atención al migrante retornado de X")
             r"|centres|centers|centros"
             # round 35 (event35): a government's programmes ("officials of the return and reception programmes of
             # Guatemala and Honduras", "funcionarios de los programas de retorno de Guatemala")
             r"|programmes|programs|programas"
             # issue 13 (event16): a body's technical staff ("técnicos de atención a la infancia de Honduras", "child
             # protection technicians of Panama")
             r"|tecnic[oa]s|technicians|especialistas|specialists"
             # issue 13 (prose20): a process's national coordinators ("los coordinadores nacionales de Chile y Perú",
             # "the national coordinators of Chile and Peru"): the people the countries send, not a coordinator role
             r"|coordinador(?:es|as)|coordinators)")
_GROUP = (r"(?:[a-záéíóúñü]+\s+){0,2}" + _OFFICIAL +
          # the group's remit: "de migración", "of labour", "migratorias", "de protección de la infancia"
          r"(?:\s+(?:(?:of|de)\s+)?(?:(?:la|el|the)\s+)?(?!(?:of|from|de|del)\b)[a-záéíóúñü]+){0,4}")
_GROUP_LEAD = re.compile(r"\s*(?:(?:the|la|el|los|las|their|sus)\s+)?" + _GROUP +
                         r"(?:\s*(?:,|\band\b|\by\b|\be\b)\s*(?:(?:the|la|el|los|las)\s+)?" + _GROUP + r")*"
                         r"\s+(?:of|from|de|del)\s+(?:(?:the|la|el|los|las)\s+)?")
# issue 13 (h-country, round 11): the people of the next body between two names of a run ("fiscales del
# Ministerio Público, efectivos de la Policía y servidores públicos de la DIGEMIG")
_GROUP_LINK = re.compile(r"\s*[,;]?\s*(?:(?:and|y|e|as well as|asi como)\s+)?"
                         r"(?=\S)(?!(?:for|para|to|a|al|with|con|by|por|in|en|from|of|de|del|on|sobre|at)\b)" + _GROUP_LEAD.pattern)
_OFFICE_LEAD = re.compile(r"\s*(?:(?:the|la|el|its|su)\s+)?(?:Secretary[- ]General|Executive Secretary|Deputy Director|"
                          r"Director(?:a)?(?: General)?|Vice[- ]?Minister|Minister|Ministr[oa]|Viceministr[oa]|"
                          r"Secretari[oa] General|Secretari[oa] Ejecutiv[oa]|President[ea]?|Head|Jef[ea]|"
                          r"Representative|Representante|Ambassador|Embajador(?:a)?|(?:High )?Commissioner|"
                          r"Comisionad[oa])\s+"
                          # the office's portfolio: "Minister of Foreign Affairs of", "Ministra de Relaciones Exteriores de"
                          r"(?:(?:of|for|de|del)\s+(?:(?:the|la|el)\s+)?[A-ZÁÉÍÓÚ][\w-]*"
                          r"(?:\s+(?:(?:and|y|e|de|del|of|the|la|las|los)\s+)?[A-ZÁÉÍÓÚ][\w-]*){0,4}\s+)?"
                          r"(?:of|de|del)\s+(?:(?:the|la|el)\s+)?", re.IGNORECASE)
_BACK = re.compile(r"(?:[\s,]|\b(?:(?:for|de|del|of) (?:el )?)?(?:19|20)\d\d\b|"  # issue 13 (mentions): "The … Presidency for 2020 convened"
                   # (country22: and the bare year, "X, Presidencia Pro Tempore 2017, convocó")
                   r"\b(?:will|would|has|have|had|jointly|also|together|both|conjuntamente|"
                   r"acts?|acted|serves?|served|actua|actuo|actuaron|actuara|funge|fungio|fungieron|"
                   r"been|invited|was invited|fue invitad[oa]|fueron invitad[oa]s|sido invitad[oa]s?|"
                   r"tambien|ha|han|would|que|which|who|quienes|all|todos|todas|all of which|all of whom|co|"
                   # issue 13 (event27): the first time an office is held ("X, holding the Presidency Pro Tempore
                   # for the first time, convened", "X, en ejercicio por primera vez de la PPT, convocó")
                   r"for the (?:first|second|third) time|por (?:primera|segunda|tercera) vez|"
                   r"each of which|whose members|whose representatives|cuyos miembros|cuyos representantes|"
                   r"todos los cuales|todas las cuales)\b|\([^()]{1,20}\)|\)|"  # ")": a name's acronym in brackets
                   # "The Government of El Salvador, in its capacity as Pro Tempore Presidency, welcomed …"
                   r",\s*(?:in (?:its|their) capacity as|en su (?:calidad|condicion) de)[^,.;]{1,120},|"
                   # news (issue 15): "la OIM, que ejerce la Secretaría Técnica de la Conferencia, brindó apoyo"
                   r",\s*(?:que|which|who) (?:ejerce|ejercio|ejercia|acts as|acted as|serves as|served as) (?:la |the |its )?"
                   r"(?:secretaria|secretariat|technical secretariat|executive secretariat)[^,.;]{0,60},|"
                   # news: "The National Migration Service (SNM), an agency of the Ministry of Public Security, organizes"
                   r",\s*(?:an? |una |la |el )?(?:agency|office|unit|body|department|directorate|service|dependencia|oficina|"
                   r"unidad|organo|entidad|direccion)(?: (?:attached to|adscrit[oa] al?|dependiente del?))? (?:of|de|del|"
                   r"under)[^,;]{1,80},|"
                   # issue 13 (sixth held-out set): "X, as Presidency Pro Tempore, hosted", "X, holder of the
                   # Presidency Pro Tempore, hosted", "X, en ejercicio de la Presidencia Pro Tempore, fue anfitrión"
                   r",\s*(?:as|holder of|holding|en ejercicio de|titular de|como) (?:the |la )?"
                   r"(?:presidency pro tempore|pro tempore presidency|presidencia pro tempore)[^,.;]{0,40},|"
                   # issue 13 (listing37b): the chair's office and its year in apposition ("Panama, as chair for 2023,
                   # convened", "Honduras, como presidencia de 2019, convocó")
                   r",\s*(?:as|como) (?:the |la |el )?(?:chair|chair country|chairmanship|presidency|presidencia|"
                   r"presidente|pais que preside)(?: (?:for|of|in|de|del|para|en) (?:(?:the|la|el) )?(?:19|20)\d\d)?,|"
                   # issue 13 (prose20): a guest's apposition before what it did ("ECLAC, invited to the workshop,
                   # commented on the report", "el ACNUR, invitado a la sesión, presentó sus observaciones")
                   r",\s*(?:(?:who|which|que) (?:was|were|had been|fue|fueron|habia sido) )?(?:specially )?"
                   r"(?:invited|invitad[oa]s?(?: especialmente)?) (?:to|a|al|para) [^,.;()]{1,60},|"
                   # issue 13 (h-r8b): "X, together with Y, hosted", "X, junto con Y, fue anfitrión"
                   r",\s*(?:together with|along with|jointly with|junto con|junto a|conjuntamente con)\s[^,.;:()]{1,100},|"
                   # "The IOM Regional Office, as Technical Secretariat, provided technical support"
                   r",\s*(?:as|como) (?:the |la |its |su )?(?:technical |executive )?(?:secretariat|secretaria"
                   r"(?: tecnica| ejecutiva)?)(?: (?:of|de|del) [^,.;]{1,40})?,|"
                   # issue 13 (names): "X, which holds the Presidency Pro Tempore, convened the meeting"
                   r",\s*(?:que|which|who) (?:holds?|held|ejerce|ejercia|ejercio|ostenta|ostentaba) "
                   r"(?:(?:for the (?:first|second|third) time|por (?:primera|segunda|tercera) vez) )?(?:the |la )?"
                   r"(?:presidency pro tempore|pro tempore presidency|presidencia pro tempore)[^,.;]{0,40},|"
                   # issue 13 (names): an apposition that names no body ("Mexico, co-facilitator of the Global
                   # Compact, were special guests"; the gap holds no mention)
                   # (not an apposition that gives a role of its own: "anfitrión del próximo encuentro")
                   r",\s*(?!(?:\w+\s+){0,3}(?:anfitri\w*|co ?hosts?|hosts?|sede|organi[sz]\w*|convoc\w*|conven\w*|"
                   r"financ\w*|fund\w*|patrocin\w*|sponsor\w*)\b)"
                   r"(?:(?:an?|the|el|la|un|una)\s+)?[a-z]+(?:\s+[a-z]+){0,2}\s+(?:of|de|del)\s[^,.;()]{1,60},)*")


# "the Member Countries of the RCM participated": the role is the (unnamed) countries', not the RCM's.
_MEMBERS_OF = re.compile(r"(?:member (?:countries|states)|countries|paises (?:miembros?)?|estados miembros?)"
                         r" +(?:of|de|del) +(?:(?:the|la|el|los|las) +)?$")


# a group named by a lowercase noun before "from / of" a country, not a group of its government's officials
_UNIT_OF = re.compile(r"\s*(?:\([^()]{1,20}\)\s*)?(?:,\s*(?:(?:an?|the|un|una|el|la)\s+)?)?(?:team|unit|programme|program|division|department|section|project|"
                      r"equipo|unidad|programa|division|departamento|seccion|proyecto) (?:of|de|del) (?:the |la |el )?")
# issue 13 (mentions): "officials of the RCM Member Countries", "the SACM member states": the process printed before
# its members owns them, as "the member countries of the RCM" does
# (event26: with the process's possessive and a head count, "the RCM's eleven Member Countries")
_MEMBERS_AFTER = re.compile(r"\s*(?:\([^()]{1,20}\)\s*)?(?:['’]s\s+)?(?:" + _HEAD_COUNT + r"\s+)?"
                            r"(?:member (?:countries|states|governments)|countries members)\b")
# issue 13 (mentions): "hosted by X in its capacity as Presidency Pro Tempore": the office is X's capacity, no actor
_IN_CAPACITY = re.compile(r"\s*,?\s*(?:in (?:its|their) capacity as|en su (?:calidad|condicion) de|en ejercicio de|"
                          r"as holder of|como titular de)\s+(?:the\s+|la\s+|el\s+)?"
                          # issue 13 (country20): the office of a process named after it ("en su calidad de Presidencia
                          # Pro Tempore de la CRM", "in its capacity as Chair of the SACM"): the process is the office's
                          r"(?:(?:pro tempore presidency|presidency pro tempore|presidencia pro tempore|technical secretariat|"
                          r"secretaria tecnica|vice ?chair|chair|vicepresidencia|presidency|presidencia)\s+(?:of|de|del)\s+"
                          r"(?:the\s+|la\s+|el\s+)?)?")
# issue 13 (country21): the office by a plain "as" ("Organized by Paraguay as Presidency Pro Tempore, through its
# Ministry ...", "Convocada por Chile como Presidencia Pro Tempore, a través de ..."): the office is its holder's capacity
_AS_OFFICE = re.compile(r"\s*,?\s*(?:as|como)\s+(?:(?:the|la|el)\s+)?(?:(?:current|then|actual|entonces)\s+)?")
_OFFICE_OF = re.compile(r"\s+(?:of|de|del)\s+(?:(?:the|la|el)\s+)?")
# issue 13 (country20): a list a semicolon and "also" carry on ("Attended Mexico and Peru; also UNHCR and ECLAC",
# "Asistieron México y Perú; también el ACNUR")
_SEMI_ALSO = re.compile(r"\s*;\s*(?:(?:and|y)\s+)?(?:also|tambien|asimismo|ademas)\s+(?:(?:the|el|la|los|las)\s+)?")

_PRIVATE_OF = re.compile(r"\b([a-z'’]+(?: [a-z'’]+){0,2}) (?:from|of|de|del) (?:the |la |el |los |las )?$")
_OFFICIAL_RE = re.compile(r"\b" + _OFFICIAL + r"\b")


def _private_group(before: str) -> bool:
    """True when `before` (folded) ends with a group named by lowercase nouns before "from / of" that
    is no group of a government's people or services ("employers' associations from")."""
    if _PRIVATE_SENDERS.search(before):  # rules4: "trade union representatives from"
        return True
    m = _PRIVATE_OF.search(before)
    # (event26: "delegations of the member states and of X": "and of" links a list's items, X is no group's)
    return bool(m) and not _OFFICIAL_RE.search(m.group(1)) and bool(re.search(r"[a-z]s['’]?(?: |$)", m.group(1))) \
        and not _COORDINATED.search(m.group(1))


_COORDINATED = re.compile(r"(?:^| )(?:and|y|e)$")


# issue 13, rules4: the venue's owner, named only as where the event is held
_VENUE_OF = re.compile(r"\b(?:en|at|in) (?:la |las |los |el |the )?(?:sede|sedes|instalaciones|oficinas|headquarters|"
                       r"premises|offices|facilities|auditorium|auditorio|salon|hall) (?:de|del|of) (?:la |el |los |las |the )?$"
                       # issue 13 (mentions): the subject's own place, "fue anfitrión ... en su Centro de Operaciones"
                       r"|\b(?:en|at|in) (?:su|sus|its|their) $"
                       # issue 13 (mentions, round 12): a place the participants visited ("incluyó una visita al Centro
                       # de Recepción …", "a field visit to the Reception Centre of …")
                       r"|\b(?:(?:una |a |la |the )?(?:(?:field|site|technical|study) )?visit(?:a|as|s)?(?: (?:de campo|"
                       r"tecnica|guiada))? (?:a|al|a la|a los|a las|to|to the)|visited|visitaron|visito|recorrieron|"
                       r"recorrio|toured) (?:the |el |la |los |las )?$"
                       # where the event or a part of it took place ("La jornada de práctica se realizó en el Centro de
                       # Atención …", "the practical session was held at the Reception Centre of …")
                       r"|\b(?:se realizo|se realizaron|se realizara|se llevo a cabo|se llevaron a cabo|se celebro|"
                       r"se celebraron|tuvo lugar|tuvieron lugar|was held|were held|will be held|took place|takes place|"
                       r"will take place) (?:en|at|in) (?:the |el |la |los |las )?$"
                       r"|^(?:[^.;]*[.;] )?held (?:on|from|between) [^.;,]{1,30} at (?:the )?$")
# issue 13, rules4: people of a country's private sector or civil society, not its government's
_PRIVATE_SENDERS = re.compile(
    r"\b(?:trade unions?|unions?|labou?r unions?|employers'?|business(?:es)?|private sector|civil society|"
    r"sindical(?:es)?|sindicatos?|empresarial(?:es)?|empleadores|sector privado|sociedad civil)\s+(?:[a-z]+\s+)?"
    r"(?:representatives?|delegates?|members|leaders|representantes|delegad[oa]s|miembros|lideres)\s+(?:of|from|de|del)\s+(?:(?:the|la|el|los|las)\s+)?$")
_IN_PLACE = re.compile(r"\s+(?:in|en)\s+(?:the\s+|los\s+)?")
_PLACE_BEFORE = re.compile(r"\b(?:in|en|at)\s+(?:the\s+)?$")

# role cues that name what the institutions were, and read either way ("X attended as observers",
# "attending as observers were X")
_EITHER_WAY = re.compile(r"(?:as|como|en calidad de) ")

_RELATIVE = re.compile(r"\b(?:which|who|que|quien|quienes|la cual|el cual|los cuales|las cuales)\b")
_OBJECT = re.compile(r" (?:of |de |del )?(?:the |el |la |los |las |its |su |this |these |este |esta |estos |estas )?"
                     # issue 13 (mentions): "convened this technical meeting together with Y"
                     r"(?:(?:technical|regional|national|virtual|online|hybrid|two day|tecnic[oa]|regional|nacional) )?(?:event|meeting|workshop|forum|course|session|dialogue|"
                     r"seminar|training|evento|reunion|taller|foro|curso|sesion|dialogo|seminario|capacitacion)"
                     r"(?: [a-z]+)? ")
_WITH = re.compile(r"(?:together|jointly) with|junto (?:con|a)|conjuntamente con|en conjunto con|in conjunction with|"
                   r"alongside|along with|"
                   r"as (?:do|did|does|will|would|have|had|were|was)\b|al igual que\b")
# "and co-organized with": the prefix makes the run before it a co-organizer ("and organized with" does not)
_AND_ORGANIZED = re.compile(r"(?:and|y) +co ?organi[sz]")
_PAREN_OPEN = re.compile(r"\s*\(\s*")
_PAREN_CLOSE = re.compile(r"\s*\)")
# between a clause's subject and its verb: an acronym, an adverb
_SUBJECT_GAP = re.compile(r"\s*(?:\([^()]{1,20}\)\s*)?(?:(?:also|then|later|in turn|tambien|luego|a su vez|por su parte)\s+)?")
# round 37: a clause's subject opened after an opening phrase's comma ("…, el Grupo", "…, the Network")
_CLAUSE_SUBJECT = re.compile(r",\s*(?:the|el|la|los|las)\s+$", re.IGNORECASE)
_CLAUSE_VERB = re.compile(r"(?:\s*\([^()]{1,20}\))?\s+(?:met|meets|gathered|sesion[oó]|sesionaron|se reuni[oó]|"
                          r"se reunieron)\b")
_COMMA_GAP = re.compile(r"\s*(?:\([^()]{1,20}\)\s*)?,\s*")
# ", as 2023 chair of the RCM, with" / ", en su calidad de presidencia de la CRM, con": a run's item's capacity
_CAPACITY = re.compile(r",\s*(?:as|como|en su calidad de|en calidad de|in (?:its|their) capacity as)\s[^,.;:()]{1,80},"
                       r"\s(?=(?:together with|jointly with|along with|with|junto con|junto a|con|and|y)\s)", re.IGNORECASE)
_WITH_APART = re.compile(r"[^,.;:()]{1,100},\s*(?:(?:also|tambien|jointly|conjuntamente)\s+)?")
_ADJOINING = re.compile(r"[\s,]*(?:(?:also|tambien|as well|ademas)[\s,]*)?")


@dataclass(frozen=True, slots=True)
class Cue:
    role: str
    start: int  # offsets into the sentence as given
    end: int
    forward: bool


_CAPACITY_CLAUSE = re.compile(r",\s*(?:in (?:its|their) capacity as|en su (?:calidad|condicion) de"
                              # issue 13 (roles4): "X and Y, as holders of the Presidencies, convened", "X, como
                              # titular de la Presidencia, convocó": the office in apposition is the subject's capacity
                              r"|as (?:the )?(?:current |then )?(?:holders?|chairs?|co chairs?|presidents?|heads?) of|"
                              r"como (?:(?:el|la|los|las) )?(?:actual(?:es)? )?(?:titulares?|presidentes?|presidentas?) de"
                              # round 34 (event32): the presidency in apposition, without "as" ("X, the outgoing
                              # Presidency Pro Tempore, presented", "X, Presidencia Pro Tempore saliente, presentó")
                              # (the rest of the office's words, up to the comma, as the other appositions')
                              r"|(?:the )?(?:(?:outgoing|incoming|current|new|saliente|entrante|actual) )?(?:presidency pro|"
                              r"presidencia pro|pro)(?= tempore\b)"
                              # issue 13 (event15): the subject's seat or parent in apposition ("X, based at the IOM
                              # Regional Office, supported", "X, con sede en la Oficina Regional de la OIM, apoyó"):
                              # the subject acts, the seat is named (mentioned)
                              r"|(?:based|headquartered|housed|located|seated) (?:at|in|within)|attached to|"
                              # round 37 (event37): the subject's parent body in apposition ("X, a specialized body of
                              # the SICA, took part", "X, organismo especializado del SICA, participó"): the subject acts
                              # (an article or "organismo" first: "the Technical Secretariat of the SACM" is a name)
                              r"an? (?:specialized|specialised|technical|regional|permanent) (?:body|organ|agency|"
                              r"institution|entity) of|(?:un |una )?(?:organismo|organo|entidad|institucion|instancia) "
                              r"(?:especializad[oa]|tecnic[oa]|regional|permanente) del?\b|"
                              r"(?:con sede|ubicad[oa]|alojad[oa]|radicad[oa]) en|adscrit[oa] a"
                              # issue 13 (event17): a standing office told by a relative clause ("Peru, which chairs
                              # the Network, convened", "Perú, que preside la Red, convocó"): the subject acts
                              r"|(?:which|who|que|quien) (?:currently |now |actualmente |ahora )?(?:chairs|presides over|"
                              r"preside|presidia|encabeza|holds the chair of|ejerce la presidencia del?)"
                              # issue 13 (prose20): the seat told by a relative clause ("X, which is based at the
                              # UNHCR office, prepared", "X, que tiene su sede en la oficina del ACNUR, preparó") and a
                              # membership in apposition ("Cuba and Belize, both members of the SACM, attended", "Cuba y
                              # Belice, ambos miembros de la CSM, asistieron"): the subject acts, the body is named
                              r"|(?:which|that|who|que) (?:is|are|was|were|esta|estan|estaba|estaban) (?:currently |now )?"
                              r"(?:based|headquartered|housed|located|seated|ubicad[oa]s?|alojad[oa]s?|radicad[oa]s?) "
                              r"(?:at|in|within|en)"
                              r"|(?:que|quienes) (?:tiene|tienen|tenia|tenian) (?:su )?sede en"
                              r"|(?:(?:both|all|each|ambos|ambas|todos|todas|cada uno|cada una) )?(?:members?|miembros?|"
                              r"integrantes?) (?:of|de|del)"
                              # round 35 (event35): an observer status in apposition ("UNDP, an external observer of
                              # the RCM since 2017, supported", "el PNUD, observador externo de la CRM, apoyó") and the
                              # presidency held, told by a relative clause with its time ("Panama, which held the
                              # Presidency Pro Tempore of the RCM in 2023, organized", "Chile, que ejercía la
                              # Presidencia Pro Tempore en 2019, organizó"): the subject acts, the process is named
                              r"|(?:(?:an?|the|un|una|el|la)\s+)?(?:(?:external|official|permanent)\s+)?(?:observers?|"
                              r"observador(?:a|es)?)(?:\s+(?:externo|externa|oficial|permanente|externos))?\s+(?:of|to|de|del|ante)"
                              # (and a co-facilitation in apposition, "Mexico, co-facilitator of the Global Compact,
                              # attended", "México, cofacilitador del Pacto Mundial, asistió")
                              r"|(?:(?:the|el|la)\s+)?co ?facilita(?:tors?|dor|dora|doras|dores)\s+(?:of|de|del)"
                              r"|(?:which|who|que|quien) (?:held|holds|had held|ejerce|ejercia|ejercio|ostenta|ostentaba|"
                              r"ocupaba|ocupo) (?:the |la )?(?:presidency pro tempore|pro tempore presidency|"
                              r"presidencia pro tempore)\b"
                              # (not the office exercised through bodies, who act too: "que ejerció la Presidencia Pro
                              # Tempore a través del Ministerio X, fue anfitriona")
                              r"(?![^,.;]*\b(?:through|via|a traves|por medio)\b))"
                              r"[^,.;]{1,120},\s*$")
# issue 13 (h-r8a): "practices such as those developed by X", "como las desarrolladas por X": X made the examples
_EXAMPLE_OF = re.compile(r"\b(?:such as|like|como|tales como) (?:those|the ones|los|las|el|la|lo)\s*$")
# issue 13 (h-r8a): a group only invited ("Se invitó a representantes de X", "officers of X were invited to the
# closing session"): the page names X, it does not say X took part (as the conventions' "were invited")
_INVITED_BEFORE = re.compile(r"\b(?:se invito|se invitaron|se invitara|se ha invitado|invito|invitaron|invitara|"
                             r"invited|will invite|invites)\b(?: (?:asimismo|tambien|ademas|also|as well))? (?:a |al )?$")
_INVITED_AFTER = re.compile(r"^[^.;:]{0,160}?\b(?:were|was|have been|has been|will be|fueron|fue|seran|han sido) "
                            r"invit(?:ed|ad[oa]s?)\b(?! (?:as|como|en calidad de|to (?:take part|participate|attend)|a "
                            r"(?:participar|asistir)))")


def _INVITED_ONLY(text: str, c) -> bool:
    folded = fold_text(text[max(0, c.start - 40):min(len(text), c.end + 170)])
    k = c.start - max(0, c.start - 40)
    return bool(_INVITED_BEFORE.search(folded[:k]) or _INVITED_AFTER.match(folded[k + (c.end - c.start):]))


# issue 13 (h-r8a): who holds an office, in apposition ("la Secretaría Técnica de la CSM, a cargo de la OIM"): not who
# runs the event; the holder is named (mentioned)
# (issue 13, event32: the office's full name, "la Presidencia Pro Tempore de la Conferencia Regional sobre Migración,
# a cargo de X": up to 90 characters before the comma)
_HOLDER_OF_OFFICE = re.compile(r"\b(?:secretaria|secretariat|presidencia|presidency)\b[^,.;]{0,90},\s*"
                               r"(?:a cargo del?|exercised by|ejercida por|held by)$")
# issue 13 (roles4): a relative clause whose verb has the main clause's subject ("X hosted the workshop, which it
# organized with Y"; "X fue la anfitriona del taller, que organizó junto con Y"): the object, a comma, the pronoun
_SAME_SUBJECT = re.compile(r"[^,.;:()]{0,80},\s*(?:which (?:it|they)|that (?:it|they)|que|la cual|el cual|las cuales|"
                           r"los cuales)\s+(?:(?:also|jointly|tambien|ademas|conjuntamente|a su vez)\s+)?"
                           # issue 13 (round 37): a second verb of the same subject after the first one's object ("X
                           # organized the Conference and chaired its three days of work", "X organizó la reunión y
                           # presidió sus sesiones")
                           r"|\s*(?:the|this|its|it|el|la|este|esta|lo|su)\b[^,.;:()]{0,60}?\s(?:and|y)\s+"
                           r"(?:(?:also|then|tambien|luego|ademas)\s+)?")
# round 37 (event37): "X organized the Conference and chaired it", "X organizó el taller y lo presidió": the second verb
# is the same subject's (its cue starts at "and"), X has both roles
_AND_CHAIRED_IT = re.compile(r"(?:and|y) (?:also |tambien )?(?:chaired|presided over|la presidio|lo presidio)\b")
_AND_GAP = re.compile(r"[^,.;:()]{0,60}")
# ... and a second verb joined by "and" after the first one's object ("X financed the delegations' travel and provided
# technical assistance", "X financió los traslados y brindó asistencia técnica"): the same subject, X has both roles
_AND_VERB_GAP = re.compile(r"[^,.;:()]{0,80}\s(?:and|y)\s+")
_SAME_SUBJECT_ROLES = frozenset(("organizer", "convener", "host", "funder", "supporter", "coordinator"))
_INTERJECTED = re.compile(r",\s*$")  # the comma that closes a role phrase put before the verb
# the verbs' roles whose subject a role phrase put before the verb may part from it (issue 13, event32: "X, con el apoyo
# de Y, coordinó la logística", "X, with funding from Y, coordinated the logistics": X's too)
# (not "supporter": "X, which held the Presidency, hosted the meeting, which adopted a guide prepared with Y" gave X
# the support of the guide's maker, set 8's Bolivia page, line 9)
_INTERJECTED_ROLES = frozenset(("organizer", "convener", "host", "coordinator", "funder"))
_SUBJECT_OPEN = re.compile(r"\s*(?:(?:the|la|el|los|las)\s+)?")


_CUE_INDEX: dict = {}


def _cue_index() -> tuple[list, dict[str, list[int]], list[int], dict[str, list[str]], frozenset[str]]:
    """The cue tables as one list (forward cues, then backward ones: (forward, role, regex, whether
    its span is the group "c")), which cues each anchor stem may start, the cues with no stem (tried
    on every text), and the stems by their first three characters: a text is tried only with the cues
    of the stems it holds. Built on first use from the tables as they are then (blocks below extend
    them)."""
    key = (id(_FORWARD_RE), len(_FORWARD_RE), id(_BACKWARD_RE), len(_BACKWARD_RE))
    if _CUE_INDEX.get("key") != key:
        entries, by_stem, always = [], {}, []
        for forward, table in ((True, _FORWARD_RE), (False, _BACKWARD_RE)):
            for role, rx, stems in table:
                i = len(entries)
                # a cue anchored by the words before it: its span is the group "c"
                entries.append((forward, role, rx, "c" in rx.groupindex))
                if not stems:
                    always.append(i)
                for st in stems:
                    by_stem.setdefault(st, []).append(i)
        # the stems by their first three characters: a text holds a stem only if it holds its first three
        # characters, so one pass over the text's trigrams picks the few stems worth a substring test
        # (a stem shorter than that is tested on every text, under the key "")
        by_head: dict[str, list[str]] = {}
        for st in sorted(by_stem):
            by_head.setdefault(st[:3] if len(st) >= 3 else "", []).append(st)
        _CUE_INDEX.update(key=key, value=(entries, by_stem, always, by_head, frozenset(by_head)),
                          needs=[_cue_needs(e[2]) for e in entries])
    return _CUE_INDEX["value"]


# speed24: what each cue's match needs in its text. A cue's regex runs only on a text that holds, for each of
# its needs, one of the need's words (literal runs its pattern must match, found by reading the parsed pattern;
# a lookaround's words count too, as the text must hold them as well): the same cues, in fewer regex runs.
def _needs_of(items) -> list[frozenset[str]] | None:
    """The needs of a parsed sequence: sets of words, of each set the text holds one (None: a part not read)."""
    needs: list[frozenset[str]] = []
    run = ""
    for op, av in items:
        if op is _sre.LITERAL:
            run += chr(av)
            continue
        if run:
            needs.append(frozenset((run,)))
            run = ""
        if op is _sre.SUBPATTERN:
            if av[1] or av[2]:  # inline flags (say, ignore case): not read
                return None
            inner = _needs_of(av[3])
        elif op is _sre.ASSERT:
            inner = _needs_of(av[1])
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT):
            inner = _needs_of(av[2]) if av[0] >= 1 else []
        elif op is _sre.BRANCH:
            alts = [_best_need(_needs_of(b)) for b in av[1]]
            inner = [] if any(a is None for a in alts) else [frozenset().union(*alts)]
        else:  # a class, \b, a negative lookaround, a group reference ...: no need of its own
            inner = []
        if inner is None:
            return None
        needs.extend(inner)
    if run:
        needs.append(frozenset((run,)))
    return needs


def _best_need(needs: list[frozenset[str]] | None) -> frozenset[str] | None:
    """Of a sequence's needs, the one a branch keeps: the longest shortest word (then the fewest words)."""
    if not needs:
        return None
    return max(needs, key=lambda n: (min(map(len, n)), -len(n)))


def _cue_needs(rx: re.Pattern[str]) -> tuple[tuple[str, ...], ...]:
    """The needs of the cue `rx`, the two most telling ones (none when its pattern is not read)."""
    if rx.flags & ~(re.UNICODE | re.DEBUG) & (re.IGNORECASE | re.VERBOSE | re.LOCALE):
        return ()
    try:
        needs = _needs_of(_sre_parse.parse(rx.pattern, rx.flags))
    except Exception:  # an unread construct: no need, the regex runs as before
        return ()
    if not needs:
        return ()
    out = []
    for n in sorted(set(needs), key=lambda n: (-min(map(len, n)), len(n)))[:2]:
        # a word holding another word of the set adds nothing
        words = sorted(w for w in n if not any(v != w and v in w for v in n))
        out.append(tuple(words))
    return tuple(out)


_HEADS_RX: dict[frozenset[str], re.Pattern[str]] = {}


def _heads_rx(heads: frozenset[str]) -> re.Pattern[str]:
    """speed24: one regex finding every head (three characters) the text holds, at each of its positions
    (a zero-width lookahead, so overlapping heads are all found): the heads factored as a trie."""
    rx = _HEADS_RX.get(heads)
    if rx is None:
        trie: dict = {}
        for h in heads:
            if len(h) == 3:
                node = trie
                for ch in h:
                    node = node.setdefault(ch, {})

        def emit(node: dict) -> str:
            alts = [re.escape(ch) + emit(sub) for ch, sub in sorted(node.items())]
            return "" if not alts else alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        rx = _HEADS_RX[heads] = re.compile("(?=(" + emit(trie) + "))") if trie else re.compile(r"(?!)()")
    return rx


def _stems_in(folded: str, by_head: dict[str, list[str]], heads: frozenset[str]) -> list[str]:
    """The anchor stems that `folded` holds (the same as testing every stem, in fewer tests)."""
    present = set(_heads_rx(heads).findall(folded))
    return [st for head in (*present, "") for st in by_head.get(head, ()) if st in folded]


_CUES_OF: dict[str, list[Cue]] = {}  # text -> its cues, for the page being read (cleared by folding.forget)
PAGE_CACHES.append(_CUES_OF)


def find_cues(text: str) -> list[Cue]:
    """The role cues in `text`, left to right (overlapping cues: the longer wins)."""
    known = _CUES_OF.get(text)
    if known is not None:  # a sentence of this page read before (Cue is frozen: a copy of the list will do)
        return list(known)
    if len(_CUES_OF) >= 20_000:
        _CUES_OF.clear()
    folded = fold_text(text)
    found: list[Cue] = []
    entries, by_stem, always, by_head, heads = _cue_index()
    chosen = set(always)
    for st in _stems_in(folded, by_head, heads):  # the anchor stems the text holds, tested once
        chosen.update(by_stem[st])
    if not chosen:  # no anchor stem (each is one of _ANCHORS's words, as plain text): no cue
        return []
    needs = _CUE_INDEX["needs"]
    for i in sorted(chosen):  # the tables' order: forward cues, then backward ones
        for words in needs[i]:  # speed24: a text without a word of each of the cue's needs cannot hold it
            for w in words:
                if w in folded:
                    break
            else:
                break
        else:
            forward, role, rx, at = entries[i]
            for m in rx.finditer(folded):
                found.append(Cue(role, m.start("c") if at else m.start(), m.end(), forward))
    # "representatives of" is a cue in running text, not inside a capitalised name
    # ("Red de Funcionarios de Enlace"): capitalised, it counts only at a sentence's start
    found = [c for c in found if not _capitalised_who(text, folded, c)]
    found.sort(key=lambda c: (c.start, -(c.end - c.start)))
    out: list[Cue] = []
    for c in found:
        if out and c.start < out[-1].end:
            continue
        if out and _WITH.match(folded, c.start) \
                and (_ADJOINING.fullmatch(folded, out[-1].end, c.start)
                     # "..., which also financed the event together with the IDB"
                     or not out[-1].forward and _OBJECT.fullmatch(folded, out[-1].end, c.start)):
            c = Cue(out[-1].role, c.start, c.end, True)  # "took part together with UNICEF": UNICEF took part too
        out.append(c)
    # issue 13 (h-country, round 11): a backward cue opening its sentence reads forward
    out = [Cue(c.role, c.start, c.end, True) if not c.forward and _VERB_FIRST.search(folded[:c.start]) else c
           for c in out]
    # issue 13 (h-r8b): "X, together with Y, hosted" / "X, junto con Y, fue anfitrión": Y has the verb's role
    for i in range(len(out) - 1):
        if _with_apart(folded, out[i], out[i + 1]):
            out[i] = Cue(out[i + 1].role, out[i].start, out[i].end, True)
    # issue 13 (event25): a passive in a "whose ..." clause of another thing ("the Plan, whose drafting was
    # facilitated by Canada", "la Declaración, cuyo texto fue coordinado por el Perú") gives that thing's making,
    # not the event's: no role (the names stay mentions). The event's own parts keep it ("whose sessions were
    # organized by", "cuyos gastos fueron cubiertos por")
    if "whose" in folded or "cuy" in folded:
        out = [c for c in out if not (c.forward and _WHOSE_OTHER.search(folded, max(0, c.start - 80), c.start))]
    _CUES_OF[text] = out
    return list(out)


_WHOSE_OTHER = re.compile(
    r"\b(?:whose|cuy[oa]s?) (?!" + _EVENT_NOUN + r"\b|" + _SESSION + r"s?\b|(?:agenda|programme|program|programa|"
    r"activities|actividades|works?|trabajos?|debates?|discussions?|deliberations?|deliberaciones|opening|closing|"
    r"apertura|clausura|inauguracion|logistics|logistica|organi[sz]ation|organizacion|costs?|costos?|gastos?|"
    r"expenses|funding|financing|financiamiento|financiacion|participants?|participantes?|delegates?|delegados?|"
    r"delegations?|delegaciones?|members?|miembros?|venue|sede|edition|edicion|secretariat|secretaria)\b)"
    r"[a-z]+(?: [a-z]+){0,3} (?:was|were|is|are|had been|has been|have been|will be|fue|fueron|es|son|ha sido|"
    r"han sido|habia sido|habian sido|sera|seran)(?: [a-z]+ (?:and|y))?(?: (?:co|jointly|conjuntamente|also|tambien))? ?$")


def _with_apart(folded: str, c: Cue, n: Cue) -> bool:
    """True when `c` is ", together with Y," / ", junto con Y," between a subject and the backward cue `n`."""
    return c.forward and not n.forward and bool(_WITH.match(folded, c.start)) \
        and folded[:c.start].rstrip().endswith(",") and bool(_WITH_APART.fullmatch(folded, c.end, n.start))


_LEAD_ARTICLE = re.compile(r"(?:la|el|los|las|the) ")


def _capitalised_who(text: str, folded: str, c: Cue) -> bool:
    """True when the cue's people word is capitalised inside a name, not at a sentence's start
    ("Red de Funcionarios de Enlace"; issue 13 (names): "de la Representación del ACNUR", the article
    before it in the cue)."""
    who = _WHO_OF.match(folded, c.start)
    if who is None:
        lead = _LEAD_ARTICLE.match(folded[c.start:c.end])
        who = _WHO_OF.match(folded, c.start + lead.end()) if lead else None
    if who is None or not text[who.start()].isupper():
        return False
    return text[:who.start()].rstrip()[-1:] not in ("", ".", ":", ";", "!", "?", "\n", "-", "—", "–")  # after a dateline


_PROPER = re.compile(r"(?<![\w'])[A-ZÁÉÍÓÚÑ][\w'’.-]*")
_MAX_UNKNOWN = 5


def _glue(rx: re.Pattern[str], gap: str) -> bool:
    """True when `gap` holds only list words, and at most a few capitalised words: a
    name the reference data does not know ("la Unión Europea y el PNUD") keeps the list going."""
    if rx.fullmatch(fold_text(gap)):
        return True
    unknown = _PROPER.findall(gap)
    if not unknown or len(unknown) > _MAX_UNKNOWN:
        return False
    rest = fold_text(_PROPER.sub(" ", gap))
    return rx.fullmatch(rest) is not None or _LIST.fullmatch(rest) is not None


# issue 13 (h-left): a country chosen for an office of the process ("chose Mexico for the Presidency Pro Tempore of
# 2021", "eligieron a Panamá para ejercer la Presidencia Pro Tempore"): named, no actor of the event (mentioned)
# issue 13 (fields36): a country given as an example of the countries of a standing in the process ("measures of
# observer countries, for example Colombia and Ecuador, were reviewed", "países observadores, por ejemplo Colombia y
# Ecuador"): a government only named, so mentioned (not dropped as a place); the names before it in the same list
# are examples too. (Countries of no standing, "census practices of countries such as X", stay places.)
_EXAMPLE_OF_COUNTRIES = re.compile(
    r"\b(?:(?:observer|member|donor|guest|invited|participating|partner) (?:countries|states|governments|nations)|"
    r"(?:paises|estados|gobiernos|naciones) (?:observadores|miembros|donantes|invitados|participantes|socios))"
    r"(?: [a-z-]+){0,3},? (?:for example|"
    r"for instance|such as|e g|including|among them|por ejemplo|tales como|como por ejemplo|entre ellos|entre ellas)"
    r",?(?: [^ ,.;:()]+(?: [^ ,.;:()]+){0,3}(?:,| and| y| e))*(?: (?:the|la|el|los|las))? $")


_PUNCT_SPACE = re.compile(r"(?:\s|\.(?=\w|\s))+")


def _country_example(text: str, start: int) -> bool:
    before = text[max(0, start - 160):start]
    if "xampl" not in before and "jemplo" not in before and "such" not in before and "tales" not in before \
            and "includ" not in before and "among" not in before and "e.g" not in before and "entre" not in before and "instance" not in before:
        return False
    return _EXAMPLE_OF_COUNTRIES.search(_PUNCT_SPACE.sub(" ", fold_text(before)).rstrip(" ") + " ") is not None


_NEXT_HOLDER = re.compile(r"\s+(?:(?:for|as) (?:the )?|(?:para|como) (?:ejercer |asumir |ocupar )?(?:la |el )?|"
                          r"(?:will|would|is to) (?:hold|assume|take over) (?:the )?|"
                          r"(?:asumira|ejercera|ocupara|asumiria|ejerceria) (?:la |el )?|"
                          # issue 13 (country20): chosen for it ("X was elected for the 2024 Presidency Pro Tempore",
                          # "X fue designado para ejercer la PPT")
                          r"(?:was|were|has been|had been|is|will be) (?:chosen|elected|designated|appointed|selected|named) "
                          r"(?:to|for|as) (?:the )?|(?:fue|ha sido|sera|fueron) (?:elegid|designad|nombrad|seleccionad|"
                          r"escogid)[oa]s? (?:para|como) (?:ejercer |asumir |ocupar )?(?:la |el )?)"
                          r"(?:(?:19|20)\d\d )?"
                          r"(?:presidency pro[ -]tempore|pro[ -]tempore presidency|presidencia pro[ -]tempore|ppt\b)")


# issue 13 (mentions, round 12): between a unit's name and its parent's ("… of the RCM", "… (DGPHM) de la Secretaría …")
_PARENT_LINK = re.compile(r"\s*(?:\([^()]{1,20}\)\s*)?(?:(?:of|de) (?:the |la |el )?|del )")
# the words of a name that stands for someone else (a presidency for its holder, a government, a delegation, an
# office held by a person: "a keynote by the Secretary-General of SICA"), or names a country's body by its country
_NOT_UNIT = re.compile(r"presiden|government|gobierno|delegation|delegacion|embass|embajada|consulad|consulate|"
                       r"secretary general|secretari[oa] general|\bdirector(?:a|es)?\b|\bminister\b|\bministr[oa]\b|"
                       r"ambassador|embajador|representative|representante|\bhead\b|\bjef[ea]\b|\bchair")


# issue 13 (mentions, round 12): a relative clause on a body's own numbered meeting ("… se remitirán al Proceso de
# Quito, que celebró su tercera reunión en abril", "the Network, which held its second meeting in May"): another event
_ORDINAL = (r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d+(?:st|nd|rd|th)|"
            r"primer[oa]?|segund[oa]|tercer[oa]?|cuart[oa]|quint[oa]|sext[oa]|septim[oa]|octav[oa]|noven[oa]|"
            r"decim[oa]|[ivx]+)")
_OWN_NUMBERED = re.compile(r".*,\s*(?:que|which|who|el cual|la cual)\s+(?:held|holds|had held|realizo|celebro|"
                           r"llevo a cabo|habia celebrado|habia realizado) (?:its|their|su|sus) " + _ORDINAL + r"\b.*")
# an acronym opening a bracket, with the country that ends it after it ("(FLACSO Ecuador)", "(UNICEF Perú)")
_ACRONYM_PLACE = re.compile(r"\(\s*[A-ZÁÉÍÓÚÑ][A-ZÁÉÍÓÚÑ&-]{1,11}\s+$")


_POSSESSIVE_GAP = re.compile(r"['’]s\s+")
_UNIT_HEAD = re.compile(r"\b(?:programmes?|programs?|division|unit|department|project|team|section|office|fund|"
                        r"initiative)\b")


_BRACKET_OPEN = re.compile(r"\s*\(\s*")
_AS_OFFICE_GAP = re.compile(r"\s*(?:\([^()]{1,20}\)\s*)?,\s*(?:as|como|en su calidad de|en calidad de|in its capacity as)\s+"
                            r"(?:(?:the|la|el|its|su)\s+)?")
_SEP_AFTER = re.compile(r"\s*(?:\([^()]{1,20}\)\s*)?,")
_OFFICE_WORD = re.compile(r"\b(?:secretariat|secretaria|presidency|presidencia)\b")


def _office_holder_bracket(text: str, m: Mention, ordered: Sequence[Mention], run: list[int], pos: int) -> bool:
    """round 35 (event35): an office with its holder in brackets before a verb ("The SACM Technical Secretariat (IOM
    Regional Office for South America) provided technical support", "La Secretaría Técnica (Oficina Regional de la
    OIM) brindó apoyo"): the office acts with its holder, the verb's role is both's."""
    if run and _AS_OFFICE_GAP.fullmatch(fold_text(text[m.end:pos])) and m.kind != "country" \
            and _OFFICE_WORD.search(fold_text(ordered[run[-1]].surface)) and len(run) == 1 \
            and _SEP_AFTER.match(text, ordered[run[-1]].end):
        # round 35 (event35): a body and the office it acts as, in apposition ("La OIM, como Secretaría Técnica de la
        # CSM, brindó apoyo", "IOM, as Technical Secretariat of the SACM, provided support"): the body acts with it
        return True
    if not run or not _BRACKET_OPEN.fullmatch(text, m.end, pos):
        return False
    after = text[ordered[run[-1]].end:ordered[run[-1]].end + 3].lstrip()
    return after.startswith(")") and bool(_OFFICE_WORD.search(fold_text(m.surface)))


def _unit_parent(text: str, unit: Mention, parent: Mention) -> bool:
    """Whether `parent` is printed as the parent inside `unit`'s full name ("X of the RCM")."""
    return unit.kind != "country" and parent.kind != "country" and unit.end <= parent.start \
        and not _NOT_UNIT.search(fold_text(unit.surface)) \
        and bool(_PARENT_LINK.fullmatch(fold_text(text[unit.end:parent.start])))


def owns_members(text: str, m: Mention) -> bool:
    """True when `m` is named as the owner of unnamed members ("the member countries of the RCM", "the SACM member
    states"): a mention, not the members' role."""
    return bool(_MEMBERS_OF.search(fold_text(text[max(0, m.start - 40):m.start]))
                or _MEMBERS_AFTER.match(fold_text(text[m.end:m.end + 30])))


def _GROUP_CUE(text: str, cue: Cue, m: Mention) -> bool:
    """issue 13 (event16): a people cue whose group's remit goes on past it ("funcionarios de protección de | la niñez
    de Guatemala"): the cue and the gap read together as the group the body sends."""
    if cue.role != "participant" or not cue.forward or m.start - cue.start > 120:
        return False
    # (the cue itself a group "of": "funcionarios de …", not a verb or a lone noun the gap's words would follow,
    # "Delegates reviewed the application of the …")
    # (nor members named by their process, "delegations of the member countries of the RCM": the RCM owns them)
    said = fold_text(text[cue.start:m.start])
    return bool(_GROUP_OF.search(fold_text(text[cue.start:cue.end])) and not _MEMBERS_OF.search(said)
                and _GROUP_LEAD.fullmatch(said))


_GROUP_OF = re.compile(r"\b(?:of|from|de|del)\s*$")


def assign_roles(text: str, mentions: Sequence[Mention]) -> list[tuple[Mention, str]]:
    """Each mention of `text` (offsets into `text`) with its role; bare country
    names that no cue names as an actor are left out."""
    return assign(text, mentions)[0]


# round 35 (event35): an observer status in apposition ("UNDP, an external observer of the RCM since 2017, supported
# the workshop"): the body's standing, not who took part in the event (the subject's verb gives its role)
_APPOSED_STATUS = re.compile(r",\s*(?:an?|the)\s+(?:(?:external|official|permanent)\s+)?$")


def assign(text: str, mentions: Sequence[Mention]) -> tuple[list[tuple[Mention, str]], list[Cue]]:
    """:func:`assign_roles`, and the forward cues that reached no mention (a role phrase
    whose institution is not named, or not recognised: the extractor warns)."""
    # issue 13 (mentions, round 12): "(FLACSO Ecuador)": a country inside a body's bracketed acronym is part of it
    ordered = sorted((m for m in mentions if not (m.kind == "country" and text[m.end:m.end + 1] == ")"
                                                  and _ACRONYM_PLACE.search(text, max(0, m.start - 16), m.start))),
                     key=lambda m: m.start)
    cues = find_cues(text)
    # issue 13 (h-r8a): a role word inside a name ("the Council of Ministers of Women's Affairs") is the name's
    cues = [c for c in cues if not any(m.start < c.start and c.end <= m.end for m in ordered)
            and not (c.forward and _EXAMPLE_OF.search(fold_text(text[max(0, c.start - 30):c.start])))
            and not (c.role == "participant" and c.forward and _INVITED_ONLY(text, c))
            and not (c.forward and _HOLDER_OF_OFFICE.search(fold_text(text[max(0, c.start - 110):c.end])))
            and not _OWN_NUMBERED.fullmatch(fold_text(text[max(0, c.start - 12):c.end]))
            and not (c.forward and c.role == "participant" and text[c.start:c.start + 8].lower() == "observer"
                     and _APPOSED_STATUS.search(fold_text(text[max(0, c.start - 24):c.start])))]
    roles: dict[int, str] = {}
    owners: set[int] = set()  # mentions named as the owners of unnamed members
    more: dict[int, list[str]] = {}  # a second role a backward cue gives a name a forward run reached
    unreached: list[Cue] = []
    capacity: set[int] = set()  # mentions inside a capacity apposition of a forward run's item
    run_end, run_role = -1, None  # where the last forward run stopped, and its role
    last_run: list[int] = []  # the mentions the last forward run reached
    back_runs: dict[int, list[int]] = {}  # (roles4) the mentions each backward cue reached, by the cue's index
    for i, cue in enumerate(cues):
        if cue.forward and run_role and _WITH.match(fold_text(text), cue.start) \
                and _glue(_LIST, text[run_end:cue.start]):
            cue = Cue(run_role, cue.start, cue.end, True)  # "participaron funcionarios de X junto a Y": Y took part
        if cue.forward and last_run and cue.role == "organizer" and _AND_ORGANIZED.match(fold_text(text), cue.start) \
                and _glue(_LIST, text[run_end:cue.start]):
            for j in last_run:  # issue 13 (prose): "Hosted by X and co-organized with Y": X organizes too
                if roles.get(j) not in (None, "organizer"):
                    more.setdefault(j, []).append("organizer")
        if cue.forward:
            last_run = []
        if cue.forward:
            reached = members = False
            limit = cues[i + 1].start if i + 1 < len(cues) else len(text)
            pos, rx = cue.end, _LEAD
            for j, m in enumerate(ordered):
                if m.start < cue.end:
                    continue
                if reached and (cap := _CAPACITY.match(text, pos)) and m.start < limit:
                    if m.start < cap.end():  # issue 13 (h-r8b): "Organized by X, as 2023 chair of the RCM, with Y":
                        capacity.add(j)      # the RCM is X's capacity, not an involvement; Y organizes with X
                        continue
                    pos = cap.end() - 1
                gap = text[pos:m.start]
                if reached and m.start < limit and (_IN_CAPACITY.fullmatch(fold_text(gap))
                                                    or m.entity_id == PPT and _AS_OFFICE.fullmatch(fold_text(gap))
                                                    or j - 1 in capacity and _OFFICE_OF.fullmatch(fold_text(gap))):
                    capacity.add(j)  # issue 13 (mentions): "hosted by X in its capacity as Presidency Pro Tempore"
                    pos = m.end      # (country20: "... as Presidency Pro Tempore of the RCM": the RCM too)
                    continue
                if reached and m.kind == "country" and _IN_PLACE.fullmatch(gap) and m.start < limit:
                    pos = m.end  # "los consulados de México en Estados Unidos y de ...": a place, the run goes on
                    continue
                if reached and _PAREN_OPEN.fullmatch(gap) and _PAREN_CLOSE.match(text, m.end) and m.start < limit:
                    roles.setdefault(j, cue.role)  # issue 13 (prose): "the Population Division of ECLAC (CELADE)"
                    pos = _PAREN_CLOSE.match(text, m.end).end()
                    continue
                semi_also = reached and rx is _LIST and bool(_SEMI_ALSO.fullmatch(fold_text(gap)))
                if m.start >= limit or not (semi_also or _glue(rx, gap) or rx is _LEAD and (_GROUP_LEAD.fullmatch(fold_text(gap))
                                                                               or _OFFICE_LEAD.fullmatch(gap)
                                                                               or _GROUP_CUE(text, cue, m))
                                            or rx is _LIST and _GROUP_LINK.fullmatch(fold_text(gap))):
                    break
                if reached and ";" in gap and not semi_also and not text[cue.start:cue.end].rstrip().endswith(":"):
                    break  # rules5: a semicolon closes a role phrase's list, not a labelled list's items
                if reached and i + 1 < len(cues) and not cues[i + 1].forward \
                        and _SUBJECT_GAP.fullmatch(text, m.end, cues[i + 1].start):
                    break  # issue 13 (prose): "Funding came from X, and Y lent its support": Y opens a clause of its own
                if "," in gap and _CLAUSE_SUBJECT.search(gap) and (
                        i + 1 < len(cues) and not cues[i + 1].forward and _SUBJECT_GAP.fullmatch(text, m.end, cues[i + 1].start)
                        or _CLAUSE_VERB.match(text, m.end)):
                    # round 37: "Con la participación de X, el Grupo Y sesionó …", "Convened by X, the Network Y met
                    # online": Y is the subject of the clause after the opening phrase's comma, not the phrase's
                    break

                # "representatives of the Member Countries of the RCM and SACM": the whole list owns
                # the (unnamed) members, none of its items has the role
                # (event26: a country owns no member countries: "… of the CSM and of Guyana": Guyana takes part)
                members = (members and m.kind != "country") \
                    or bool(_MEMBERS_OF.search(fold_text(text[max(0, m.start - 40):m.start])))
                if members:
                    owners.add(j)
                if not (m.kind == "country" and cue.role == "participant"
                        and _PRIVATE_SENDERS.search(fold_text(text[max(0, cue.start - 60):m.start]))):
                    roles.setdefault(j, cue.role)  # (rules4: "trade union representatives from X": not X's government)
                reached = True
                pos, rx = m.end, _LIST
                run_end, run_role = m.end, cue.role
                last_run.append(j)
            if not reached and not (i + 1 < len(cues)
                                    and (cues[i + 1].forward or _EITHER_WAY.match(fold_text(text), cues[i + 1].start))
                                    and _LEAD.fullmatch(fold_text(text[cue.end:cues[i + 1].start]))):
                # ("Asistieron también funcionarios del X": "funcionarios del" carries the run)
                unreached.append(cue)
        else:
            floor = cues[i - 1].end if i > 0 else 0
            if i > 0 and _with_apart(fold_text(text), cues[i - 1], cue):
                # issue 13 (h-r8b): "X, junto con Y, fue anfitrión": X, before the apposition, has the verb's role
                lead = cues[i - 1].start
                for j in range(len(ordered) - 1, -1, -1):
                    m = ordered[j]
                    if m.end <= lead:
                        if m.start >= (cues[i - 2].end if i > 1 else 0) and _COMMA_GAP.fullmatch(text, m.end, lead):
                            roles.setdefault(j, cue.role)
                        break
            pos, rx = cue.start, _BACK
            reached = False
            relative = False
            run: list[int] = []
            # issue 13 (h-r8a): "Mexico, in its capacity as co-facilitator of the Global Compact, attended": the names
            # of the capacity clause are not the subject
            cap = _CAPACITY_CLAUSE.search(fold_text(text[floor:cue.start]))
            if cap:
                pos = floor + cap.start()
            for j in range(len(ordered) - 1, -1, -1):
                m = ordered[j]
                if m.end > pos:
                    continue
                if m.start < floor or not (_glue(rx, text[m.end:pos]) or _office_holder_bracket(text, m, ordered, run, pos)):
                    break
                if run and ";" in text[m.end:pos]:
                    break  # issue 13 (h-r8b): "... en el marco del SICA; la OIM fue anfitriona": a clause of its own
                reached = reached or j not in roles  # (a name a forward run already reached is not the cue's)
                if not run:  # the relative clause names the run's role: "X and Y, which acted as co-organizers"
                    relative = bool(_RELATIVE.search(fold_text(text[m.end:pos])))
                if j in roles and roles[j] != cue.role and roles[j] != "mentioned" and relative:
                    more.setdefault(j, []).append(cue.role)  # "moderated by X, which also financed it"
                roles.setdefault(j, cue.role)
                run.append(j)
                pos, rx = m.start, _LIST
            if not run and i > 0 and not cues[i - 1].forward and back_runs.get(i - 1) \
                    and cue.role in _SAME_SUBJECT_ROLES and (_SAME_SUBJECT.fullmatch(fold_text(text[cues[i - 1].end:cue.start]))
                                                             or _AND_CHAIRED_IT.match(fold_text(text[cue.start:cue.end]))
                                                             and _AND_GAP.fullmatch(text, cues[i - 1].end, cue.start)
                                                             or _AND_VERB_GAP.fullmatch(fold_text(text[cues[i - 1].end:cue.start]))):
                # issue 13 (roles4): "X hosted the workshop, which it organized with Y", "X fue anfitriona del taller,
                # que organizó junto con Y": the relative clause's verb is the same subject's, X has both roles
                for j in back_runs[i - 1]:
                    if roles.get(j) != cue.role:
                        more.setdefault(j, []).append(cue.role)
            if run:
                back_runs[i] = run
            if not reached and i > 0 and cues[i - 1].forward and cue.role in _INTERJECTED_ROLES \
                    and _INTERJECTED.search(text, 0, cue.start):
                # issue 13 (h-r8a): "X, through its Y and in coordination with Z, held a workshop", "X, en coordinación
                # con Y, convoca al taller": the sentence's subject, before the role phrases put before its verb
                pos = _SUBJECT_OPEN.match(fold_text(text)).end()
                for j, m in enumerate(ordered):
                    if m.start < pos:
                        continue
                    if m.start >= cues[i - 1].start or j in roles \
                            or not (m.start == pos if not run else _glue(_LIST, text[pos:m.start])):
                        break
                    roles[j] = cue.role
                    run.append(j)
                    pos = m.end
            if run and (_private_group(fold_text(text[max(0, ordered[run[-1]].start - 60):ordered[run[-1]].start]))
                        or _PLACE_BEFORE.search(fold_text(text[max(0, ordered[run[-1]].start - 20):ordered[run[-1]].start]))):
                # "Employers' associations from Mexico and Canada also attended": the countries qualify a
                # group the page does not name as their governments' (a group of officials would be);
                # "Consuls accredited in Mexico attend": the country is a place
                for j in run:
                    if ordered[j].kind == "country" and roles.get(j) == cue.role:
                        del roles[j]
            if not reached and _EITHER_WAY.match(fold_text(text), cue.start):
                # "Participaron como observadores el CICR y la RROCM": a role named as what the
                # institutions were ("as observers", "como anfitrión") reads forward when none precedes it
                limit = cues[i + 1].start if i + 1 < len(cues) else len(text)
                pos, rx = cue.end, _LEAD
                for j, m in enumerate(ordered):
                    if m.start < cue.end:
                        continue
                    if m.start >= limit or not _glue(rx, text[pos:m.start]):
                        break
                    roles.setdefault(j, cue.role)
                    pos, rx = m.end, _LIST
    # issue 13 (mentions): "the Recruitment Integrity System (IRIS) team of IOM ... presented": the unit acts, its
    # parent named after it is mentioned (as a parent named apart from its unit)
    for j in range(len(ordered) - 1):
        k = j + 1
        if roles.get(k) and roles.get(j) in (None, roles[k]) and ordered[j].end <= ordered[k].start \
                and _UNIT_OF.fullmatch(fold_text(text[ordered[j].end:ordered[k].start])):
            roles[j] = roles.pop(k)
    # issue 13 (mentions, round 12): a unit named in full with its parent after "of the / de la" ("the Working Group
    # on Border Management of the RCM", "la Dirección General … (DGPHM) de la Secretaría de Relaciones Exteriores"):
    # the unit alone is the actor, its parent is part of its name (not the run's, nor a naming of its own)
    parents = {j + 1 for j in range(len(ordered) - 1) if _unit_parent(text, ordered[j], ordered[j + 1])
               and roles.get(j) is not None and roles.get(j + 1) == roles[j]}
    # round 35 (event35): a unit named by its parent's possessive ("IOM's Regional Program on Migration X supported
    # the logistics", "UNICEF's Division of Y"): the unit acts, its parent is named (mentioned)
    for j in range(len(ordered) - 1):
        if roles.get(j) is not None and roles.get(j + 1) == roles[j] and ordered[j].kind != "country" \
                and text[ordered[j].end:ordered[j].end + 1] in "'’" \
                and _POSSESSIVE_GAP.fullmatch(text, ordered[j].end, ordered[j + 1].start) \
                and _UNIT_HEAD.search(fold_text(ordered[j + 1].surface)):
            del roles[j]
    out: list[tuple[Mention, str]] = []
    for j, m in enumerate(ordered):
        if j in parents:
            continue
        role = roles.get(j)
        if j in capacity and role is None:
            continue
        if role and (j in owners or _MEMBERS_OF.search(fold_text(text[max(0, m.start - 40):m.start]))
                     or _MEMBERS_AFTER.match(fold_text(text[m.end:m.end + 30]))):
            role = None
        if role is None and m.kind == "country" and not _NEXT_HOLDER.match(fold_text(text), m.end) \
                and not _country_example(text, m.start):
            continue
        if role is None and _VENUE_OF.search(fold_text(text[max(0, m.start - 40):m.start])):
            continue  # rules4: a body named only as the venue ("en la sede de la CEPAL") is a place
        out.append((m, role or "mentioned"))
        if role is not None and j not in owners:
            out.extend((m, r) for r in dict.fromkeys(more.get(j, ())) if r != role)
    return out, unreached


# -- cues added by fields2 --
# issue 13 (fields2): an audience field naming a group of people of a body or country ("Dirigido a: fiscales y
# policías de Argentina y Brasil", "Target audience: labour inspectors of Belize"): the body, or the country's
# government, takes part (as "officials of X" does); the member countries of a process stay the process's mention
_FIELDS2_FORWARD = (
    ("participant", r"(?:^|\n)\s*(?:dirigid[oa]s? a|destinad[oa]s? a|target audiences?|audience|aimed at|intended for|"
                    r"publico objetivo|destinatari[oa]s)\s*:\s*(?:(?:los|las|the) )?"
                    # (the members of a body are the body, no participant of its own: "Members of the Ad Hoc Group")
                    r"(?!(?:members?|miembros?|integrantes?)\b)(?:[a-z]+ ){0,3}(?:de|del|of|from)\b"),
    # issue 13 (fields4): two trades of the same people ("Target audience: police officers and prosecutors of X")
    ("participant", r"(?:^|\n)\s*(?:dirigid[oa]s? a|destinad[oa]s? a|target audiences?|audience|aimed at|intended for|"
                    r"publico objetivo|destinatari[oa]s)\s*:\s*(?:(?:los|las|the) )?"
                    r"(?!(?:members?|miembros?|integrantes?)\b)(?:[a-z]+ ){1,2}(?:and|y|e) (?:[a-z]+ ){1,2}"
                    r"(?:de|del|of|from)\b"),
)
_FORWARD = _FORWARD + _FIELDS2_FORWARD
_ANCHORS = re.compile(_ANCHORS.pattern + r"|dirigid|destinad|audience|aimed at|intended for|publico objetivo|destinatari")
_STEMS = _ANCHORS.pattern.replace("\n", "").split("|")
_FORWARD_RE = _table(_FORWARD)

# -- cues added by country2 --------------------------------------------------------------------------------------
# issue 13 (round 12, country pages): "X coordinated the logistics together with Y", "X coordinó la organización con
# Y", "coordinó la logística junto con Y": Y coordinates with X (a coordinator too); "Participó como invitada la
# Secretaría …", "Asistió como observadora la …": a single guest or observer named after its verb
_COUNTRY2_FORWARD: tuple[tuple[str, str], ...] = (
    # (the cue starts after the verb, which stays the backward cue of the body before it)
    ("coordinator", r"(?:(?<=\bcoordinated\s)|(?<=\bcoordinates\s)|(?<=\bcoordino\s)|(?<=\bcoordinaron\s)|"
                    r"(?<=\bcoordina\s)|(?<=\bcoordinara\s))"
                    r"(?:the |la |el |los |las |its |su |sus )?(?:[a-z]+ ){0,1}[a-z]+ (?:together with|jointly with|with|"
                    r"junto con|junto a|conjuntamente con|con)\b(?! (?:the |la |el )?(?:support|apoyo|participa))"),
    ("participant", r"^\s*(?:participo|participara|asistio|asistira|intervino) (?:como|en calidad de) (?:observador[a]?|"
                    r"invitad[oa](?: especial)?)\b"),
    # "Chile handed over the Presidency Pro Tempore to Peru", "entregó la Presidencia Pro Tempore a Panamá": the
    # next holder is named (mentioned), as the giver is
    ("mentioned", r"\b(?:handed over|handed|passed|transferred|entrego|traspaso|transfirio|cedio) (?:the |la )?"
                  r"(?:presidency pro[- ]?tempore|pro[- ]?tempore presidency|presidencia pro[- ]?tempore|presidency|"
                  r"presidencia)(?: over)? (?:to|a)\b"),
    # "X hosted the Conference online through its Directorate of Migration", "fue anfitrión de la reunión a través de
    # su Dirección de Migración": the office the host hosted through hosts too (as "convocada por X, a través de Y")
    # (the cue is the words after the verb, group "c": the verb stays the backward cue of the host before it)
    ("host", r"\b(?:hosted|hosts|will host|co-hosted) (?P<c>(?:the |this |its )?(?:[a-z-]+ ){0,8}?(?:online |virtually |"
             r"in person )?(?:through|via))\b"),
    ("host", r"\b(?:fue|sera|es) (?:el |la )?(?:anfitrion|anfitriona|sede) (?P<c>(?:de|del) (?:la |el |esta |este )?"
             r"(?:[a-z]+ ){0,8}?(?:(?:en linea|virtualmente|de manera virtual) )?(?:a traves|por medio) del?)\b"),
    # "recibió la Presidencia Pro Tempore de manos del Ecuador", "took over the presidency from Chile": the giver
    ("mentioned", r"\b(?:de manos del?|(?:took|taking|takes) over (?:the )?(?:presidency pro[- ]?tempore |"
                  r"pro[- ]?tempore presidency |presidency )?from)\b"),
)
# "The Ministry of Foreign Affairs of X led the national delegation", "encabezó la delegación": it took part
_COUNTRY2_BACKWARD: tuple[tuple[str, str], ...] = (
    ("participant", r"\b(?:led|headed|leads|heads|will lead|will head|encabezo|encabezaron|encabeza|presidio|"
                    r"encabezara) (?:the |its |their |la |su |sus )?(?:national |country's |country |nacional |"
                    r"oficial |official )?(?:delegations?|delegacion(?:es)?)\b"),
)
_FORWARD_RE = _FORWARD_RE + _table(_COUNTRY2_FORWARD)
_BACKWARD_RE = _BACKWARD_RE + _table(_COUNTRY2_BACKWARD)
_ANCHORS = re.compile(_ANCHORS.pattern + r"|handed|passed|transferred|entrego|traspaso|transfirio|cedio|led|headed|manos|over|"
                      r"leads|heads|encabez|presidio|hosted|hosts|host|anfitri")
# -- end of the cues added by country2 ---------------------------------------------------------------------------
# -- cues added by roles4 (issue 13, round 14) -------------------------------------------------------------------
# a body or country that offers to host a later meeting ("which Mexico offered to host", "Chile ofreció ser sede de
# la próxima reunión") is named, it has no part in this event: mentioned (a country too, not dropped as a place)
_ROLES4_BACKWARD: tuple[tuple[str, str], ...] = (
    ("mentioned", r"\b(?:offered|offers|has offered|had offered|volunteered|proposed|agreed) to (?:host|be the host)\b|"
                  r"\b(?:ofrecio|ofrecieron|ha ofrecido|habia ofrecido|propuso|se ofrecio|se ofrecieron) "
                  r"(?:(?:ser|como) (?:la |el )?(?:sede|anfitrion(?:a|es)?|pais sede)|acoger|albergar|hospedar)\b"),
)
_BACKWARD_RE = _BACKWARD_RE + _table(_ROLES4_BACKWARD)
# -- end of the cues added by roles4 -----------------------------------------------------------------------------
# -- cues added by event15 (issue 13, round 15) ------------------------------------------------------------------
# bodies that spoke at the event, by their verb of speaking and what they spoke for, at or on ("X and Y spoke for the
# civil-society organizations", "X spoke on behalf of the observers", "Z habló en nombre de la sociedad civil",
# "hablaron durante el panel"): they took part (as "took the floor" does); the verb alone, with no such complement,
# says nothing of this event ("as X spoke of")
_EVENT15_BACKWARD: tuple[tuple[str, str], ...] = (
    ("participant", r"\b(?:spoke|speaks|will speak|hablo|hablaron|hablara|hablaran)\b(?= (?:for|on behalf of|at|during|"
                    r"in the name of|in representation of|en nombre de|en representacion de|durante|en el|en la|"
                    r"por (?:el|la|los|las))\b"
                    # round 35 (event35): in a part of the event ("UNHCR and IFRC spoke in the panel on relocation")
                    r"| (?:in|on) (?:the|a|its|both|each) (?:\w+ )?(?:panels?|sessions?|debates?|discussions?|dialogues?|"
                    r"round ?tables?|roundtables?|opening|closing|plenary|meeting|workshop|forum|seminar)\b)"),
)
_EVENT15_FORWARD: tuple[tuple[str, str], ...] = (
    # bodies or countries the meeting agreed to invite to join or to a later meeting ("agreed to invite Guyana and
    # Suriname", "acordaron invitar a Guyana y Surinam"): named, no part in this event (a country too, as "offered
    # to host", roles4)
    ("mentioned", r"\b(?:agreed|decided|resolved|agree|decide) to invite\b|\b(?:acordaron|acordo|decidieron|decidio|"
                  r"resolvieron|resolvio|convinieron) invitar(?: a)?\b"),
    # "X organized it through the Ministry of Foreign Affairs", "X convocó la reunión a través de su Dirección de
    # Migración": the office X acted through has the verb's role too (as "hosted … through", country2)
    # (issue 13, event32: the object told at length, "convocó a los Viceministros de los once Países Miembros a través
    # de su Ministerio": up to ten words between the verb and "through")
    ("organizer", r"\b(?:organized|organised|co-organized|organizes|organizo|organizaron|organiza|coorganizo) "
                  r"(?P<c>(?:it |them |the |this |its |la |el |lo |los |las |este |esta |su )?(?:[a-z-]+ ){0,10}?"
                  r"(?:through|via|a traves del?|por medio del?))\b"),
    ("convener", r"\b(?:convened|convenes|convoco|convocaron|convoca) "
                 r"(?P<c>(?:it |them |the |this |its |la |el |lo |los |las |este |esta |su |a )?(?:[a-z-]+ ){0,10}?"
                 r"(?:through|via|a traves del?|por medio del?))\b"),
    # the same role said again of another body by an elided clause ("Canada attended as a guest, and so did Panama",
    # "UNHCR supported the workshop, and so did UNICEF", "Chile participó, y también lo hizo Panamá"): as "as did X"
    # (the cue is one of _WITH's, which gives the run the role of the cue before it)
    ("mentioned", r"\band so (?:did|does|do|will|would|have|has|had)\b|\by (?:asi |tambien )?lo hi(?:zo|cieron|ciera)\b"),
)
_WITH = re.compile(_WITH.pattern + r"|and so (?:did|does|do|will|would|have|has|had)\b|"
                   r"y (?:asi |tambien )?lo hi(?:zo|cieron|ciera)\b")
_add_cues(r"spoke|speak|habl|and so|lo hi|invit", _EVENT15_BACKWARD, _EVENT15_FORWARD)
# -- end of the cues added by event15 ----------------------------------------------------------------------------
# -- cues added by event16 (issue 13, round 16) ------------------------------------------------------------------
# a body that attended or took part "as an observer / as a guest", the verb before the capacity ("X asistió en calidad
# de observadora", "X participó como invitada especial", "X took part as an observer"): X took part; the cue starts at
# the verb, so the verb does not stand between X and the capacity
_EVENT16_BACKWARD: tuple[tuple[str, str], ...] = (
    ("participant", r"\b(?:asisti(?:o|eron|ra|ran)|particip(?:o|aron|ara|aran)|estuv(?:o|ieron) presentes?|"
                    r"attended|took part|participated|was present|were present|joined) (?:tambien |also )?"
                    r"(?:como|en calidad de|as) (?:an? |the |un |una |los |las )?(?:observ(?:ers?|ador(?:es|as?)?)|"
                    r"invitad[oa]s?(?: especial(?:es)?)?|(?:special )?guests?)\b"
                    # (the names before it: the clause ends there, or names the meeting; "y participarán en calidad de
                    # observadores el ACNUR y la OIM" has its names after the verb, which other cues read)
                    r"(?=\s*(?:[.;,:)]|$)|\s+(?:a|en|al|del?|at|in|to|of|for|during|durante|and|y|e)\s)"),
)
# talks given by bodies, the passive with its agent after it ("Presentations were given by X and Y", "Las exposiciones
# estuvieron a cargo de X y de Y"): they took part (as "presentations by" does); in Spanish the cue is longer than
# "a cargo de" (an organizer's), so it wins
_EVENT16_FORWARD: tuple[tuple[str, str], ...] = (
    ("participant", r"\b(?:presentations?|talks|lectures|remarks|keynotes?|statements|speeches|interventions) "
                    r"(?:were |was |will be )?(?:given|made|delivered|offered) (?:jointly )?by\b"),
    ("participant", r"\b(?:las |los )?(?:exposiciones|presentaciones|ponencias|charlas|intervenciones|conferencias) "
                    r"(?:estuvieron|estaran|estuvo|fueron|seran|corrieron|correran) (?:a cargo del?|dictad[oa]s por|"
                    r"impartid[oa]s por|ofrecid[oa]s por)\b"),
)
_add_cues(r"asisti|estuv|speech|statements|exposiciones|presentaciones", _EVENT16_BACKWARD, _EVENT16_FORWARD)
# -- end of the cues added by event16 ----------------------------------------------------------------------------
# -- cues added by event17 (issue 13, round 17) ------------------------------------------------------------------
_EVENT17_FORWARD: tuple[tuple[str, str], ...] = (
    # round 17 (the lead's convention: a rapporteur takes part): "La relatoría estuvo a cargo de X", "the rapporteurship
    # was entrusted to X": a longer cue than "a cargo de" (an organizer's), so it wins
    ("participant", r"\b(?:la )?relatoria(?: (?:general|del? (?:[a-z]+ ){0,3}?(?:evento|encuentro|taller|reunion|foro|"
                    r"seminario|sesiones|mesas|trabajos|jornadas?)))? (?:estuvo|estara|esta|corrio|correra|quedo|quedara) "
                    r"a cargo del?\b"),
    ("participant", r"\b(?:the )?rapporteur(?:ship|s)?(?: (?:of|for) the (?:[a-z]+ ){0,2}?(?:meeting|event|workshop|"
                    r"sessions?|working groups?|discussions?))? (?:was|were|will be) (?:entrusted to|assigned to|"
                    r"in the hands of|provided by)\b"),
)
_add_cues(forward=_EVENT17_FORWARD)
# -- end of the cues added by event17 ----------------------------------------------------------------------------
# -- cues added by prose20 (issue 13, round 20) ------------------------------------------------------------------
# a body or country named as absent ("Guyana and Suriname did not send delegations", "Belice no envió delegación",
# "Cuba could not attend", "Haití no pudo asistir"): named, no part in this event (the gold headers' "named as
# absent"), a country too (as "offered to host", roles4)
_PROSE20_BACKWARD: tuple[tuple[str, str], ...] = (
    ("mentioned", r"\b(?:did not|didn't|could not|couldn't|was unable to|were unable to|failed to) (?:send|attend|"
                  r"take part|participate|be represented)\b|\b(?:was|were) (?:absent|not represented)\b"),
    ("mentioned", r"\bno (?:envio|enviaron|asistio|asistieron|participo|participaron|pudo asistir|pudieron asistir|"
                  r"pudo participar|pudieron participar|estuvo representad[oa]|estuvieron representad[oa]s)\b|"
                  r"\bestuvieron ausentes\b|\bestuvo ausente\b"),
)
# the author of a document the meeting discussed ("reviewed a regional assessment prepared by X", "analizaron un estudio
# elaborado por X"): named, the author of the document, not of the event (the gold headers' "authors of cited
# documents"); a longer cue than "prepared by" (an organizer's), so it wins
_DOCUMENT = (r"(?:study|studies|report|reports|assessment|assessments|guide|guidelines|document|documents|diagnostic|"
             r"analysis|survey|publication|paper|protocol|manual|profile|toolkit|handbook|estudio|estudios|informe|"
             r"informes|diagnostico|guia|documento|documentos|analisis|encuesta|publicacion|protocolo|perfil|"
             r"evaluacion)")
_PROSE20_FORWARD: tuple[tuple[str, str], ...] = (
    # (round 23, event23: the document's subject told at length, "a study of recruitment costs in the corridor
    # between A and B prepared by X": up to sixteen words between the document and its verb)
    ("mentioned", r"\b" + _DOCUMENT + r"\b(?: [\w-]+){0,16}?,? (?:prepared|written|drafted|published|produced|"
                  r"elaborated|compiled|authored)(?: (?:earlier|last|this|in|the|year|month|week|\d{4}))*? (?:by|"
                  # (issue 13, event22: "a report prepared with technical assistance from X": X helped the
                  # document, not the meeting that read it)
                  r"with (?:the )?(?:technical |methodological )?(?:assistance|support|help|input) (?:of|from))\b"),
    ("mentioned", r"\b" + _DOCUMENT + r"\b(?: [\w-]+){0,16}?,? (?:preparad[oa]s?|elaborad[oa]s?|redactad[oa]s?|"
                  r"publicad[oa]s?|producid[oa]s?)(?: (?:en|el|este|ano|pasado|\d{4}))*? (?:por|con (?:el |la )?"
                  r"(?:apoyo|asistencia|ayuda|asesoria)(?: tecnic[oa]| metodologic[oa])? del?)\b"),
)
_add_cues(r"did not|didn't|could not|couldn't|unable|failed|absent|not represented|no envi|no asist|no particip|"
          r"no pud|no estuv|ausente|written|drafted|published|produced|elaborated|compiled|authored|preparad|elaborad|"
          r"redactad|publicad|producid", _PROSE20_BACKWARD, _PROSE20_FORWARD)
# -- end of the cues added by prose20 ----------------------------------------------------------------------------
# -- cues added by prose21 (issue 13, round 21) ------------------------------------------------------------------
# a body that sat in session, or met with someone's support or under a presidency, held its own meeting ("The
# Network met with support from X", "La Red sesionó bajo la Presidencia de Y", "El Grupo se reunió con el apoyo de
# Z"): its organizer (the gold headers' "la Red sesionó", a body holding its own meeting); a bare "X met in <city>"
# stays as it was (set 8's convention reads the RCGM there, convened by another, as mentioned)
# a rapporteur or moderator said with the copula ("X fue relatora de las mesas", "X was the rapporteur of the
# groups"): took part, as "acted as rapporteur" does (round 17's convention)
_PROSE21_BACKWARD: tuple[tuple[str, str], ...] = (
    ("organizer", r"\b(?:sesiono|sesionaron|sesiona|sesionan|sesionara|sesionaran)\b"),
    ("organizer", r"\b(?:met|meets|will meet|se reunio|se reunieron|se reunira|se reuniran)\b(?= (?:with|under|con|bajo) "
                  r"(?:the |la |el )?(?:technical |logistical |financial |tecnico |logistico |financiero )?"
                  r"(?:support|assistance|backing|participation|presidency|apoyo|asistencia|respaldo|participacion|"
                  r"presidencia)\b)"),
    ("participant", r"\b(?:fue|fueron|sera|seran|was|were|will be) (?:el |la |los |las |the |a |an )?"
                    r"(?:relator(?:a|es|as)?|rapporteurs?|moderador(?:a|es|as)?|moderators?)\b"),
)
_add_cues(r"met|meets|sesion|se reuni|relator|rapporteur|moderat|moderador", _PROSE21_BACKWARD)
# -- end of the cues added by prose21 ----------------------------------------------------------------------------
# -- cues added by country22 (issue 13, round 22) ----------------------------------------------------------------
# the bodies a host hosted through, with no object between: "Chile was the host through its Migration Service",
# "fue anfitrión a través del Servicio ..." (the cue is the words after the verb, group "c", as country2's)
_COUNTRY22_FORWARD: tuple[tuple[str, str], ...] = (
    ("host", r"\b(?:was|will be|is) (?:the )?host(?: country)? (?P<c>(?:through|via))\b"),
    ("host", r"\b(?:fue|sera|es) (?:el |la )?(?:anfitrion|anfitriona|sede) (?P<c>(?:a traves|por medio) del?)\b"),
    # the body a workshop was held with holds it too: "X held this workshop with Y", "X realizó el taller con Y" (not
    # help, "with the support of", nor people, "with officials of"; a meeting "with" is a counterpart, not a maker)
    ("organizer", r"\b(?:held|holds|organized|organised|realizo|realizaron|organizo|organizaron|celebro) "
                  r"(?:a|an|the|this|its|un|una|el|la|este|esta|su)(?: [a-z0-9-]+){0,3}? (?:workshop|seminar|course|forum|"
                  r"training|taller|seminario|curso|foro|capacitacion)s?(?: [a-z-]+){0,2}? "
                  r"(?P<c>(?:together with|jointly with|with|junto con|junto a|conjuntamente con|con))\b" + _NOT_HELP +
                  r"(?! (?:the |los |las |el |la )?(?:[a-z]+ )?(?:officials|officers|delegates|representatives|experts|"
                  r"staff|participants|funcionari[oa]s|delegad[oa]s|representantes|expert[oa]s|participantes)\b)"),
)
_add_cues(r"through|a traves|por medio", forward=_COUNTRY22_FORWARD)
# -- end of the cues added by country22 --------------------------------------------------------------------------
# -- cues added by event32 (issue 13, round 32) ------------------------------------------------------------------
# a body that spoke at the event by "intervened" ("Por la sociedad civil intervino X", "X intervened for the observers"):
# it took part, as "took the floor" does
# a body that prepared the meeting's working papers ("X preparó los documentos de trabajo", "X prepared the background
# documents"): it supported the meeting (a document's author stays mentioned: "a study prepared by X", prose20)
# a country or body that "was the venue of" the meeting is its host, as "fue sede de" is
_EVENT32_BACKWARD: tuple[tuple[str, str], ...] = (
    ("participant", r"\b(?:intervino|intervinieron|intervendra|intervendran|intervened|intervenes|will intervene)\b"
                    r"(?!\s+(?:en|in)\s+(?:el|la|los|las|the)?\s*(?:conflict|crisis|conflicto|proceso)\b)"),
    ("supporter", r"\b(?:prepared|drafted|prepares|will prepare|preparo|prepararon|preparara|elaboro|elaboraron|"
                  r"redacto|redactaron) (?:the |all the |los |las |todos los )?(?:working |background |technical |"
                  r"meeting |preparatory )?(?:documents|papers|documentos|insumos|materiales)(?: de trabajo| tecnicos| base| "
                  r"preparatorios| de base| del encuentro| de la reunion| for the meeting)?\b"),
    ("host", r"\b(?:was|were|will be|is) (?:the )?venue (?:of|for)\b"),
    # who moderated the whole meeting, all its sessions, ran its work (as "the sessions were moderated by X", event29):
    # "X moderó la reunión en todas sus sesiones", "X moderó ambas jornadas", "X moderated both days of the workshop"
    ("coordinator", r"\bmoder(?:o|aron|ara|aran)(?: ademas| tambien| asimismo)? (?:(?:todas las|ambas|las dos|las tres) "
                    r"(?:sesiones|jornadas|dias)|(?:el|la) "
                    r"(?:reunion|encuentro|taller|evento|seminario|foro|conferencia|dialogo) en (?:todas )?sus (?:sesiones|jornadas))\b"),
    ("coordinator", r"\b(?:moderated|moderates|will moderate)(?: also)? (?:(?:all|both|all three|each) (?:the |of the )?"
                    r"(?:sessions|days)|the (?:meeting|"
                    r"workshop|event|seminar|forum|conference|dialogue) (?:in|on|throughout|through) all (?:of )?its (?:sessions|days))\b"),
)
# the event held "under the presidency of X" ("bajo la presidencia de X", "under the presidency of X"): X chaired it,
# as "under the chairmanship of" (the "pro tempore" presidency's own cue reads the holder through the gazetteer)
_EVENT32_FORWARD: tuple[tuple[str, str], ...] = (
    # (not "La OIM intervino en la sesión inaugural": a verb followed by its complement, not by a name, reads back)
    ("participant", r"\b(?:intervino|intervinieron|intervendra|intervendran)\b"
                    r"(?!\s*[.,;:]|\s+(?:en|durante|ante|sobre|con|para|por|a|al|desde|hasta|tambien|ademas)\b)"),
    ("coordinator", r"\b(?:bajo|under) (?:la|the) presiden(?:cia|cy) (?:del?|of)\b"),
)
_add_cues(r"interv|preparo|prepararon|preparara|elaboro|elaboraron|redacto|redactaron|prepared|drafted|prepares|venue",
          _EVENT32_BACKWARD, _EVENT32_FORWARD)
# -- end of the cues added by event32 ----------------------------------------------------------------------------
# review of round 34: the chair named after its verb, the meeting a pronoun before it ("la presidió Chile, a través
# del Servicio Nacional de Migraciones": Chile chaired it, through its service), as "presidido por" reads
_PRESIDED_IT = r"\b(?:lo|la|los|las) (?:presidio|presidieron|presidira|presidiran|preside|presiden)\b"
_add_cues("presid", (("coordinator", _PRESIDED_IT + r"(?=\s*(?:[.;:]|$))"),),  # "Chile la presidió."
          (("coordinator", _PRESIDED_IT + r"(?!\s*(?:[.,;:]|$))"),))  # "la presidió Chile"
# -- cues added by event33 (issue 13, round 33) ------------------------------------------------------------------
# a list of who attended goes on after a semicolon with the kind of the next ones and no verb of its own ("Asistieron
# como invitados X e Y; y como organismos, la OIT y la CEPAL", "X attended as observers; as special guests, Y and
# Z"): the next ones attended too (the span is the group "c", the kind after the semicolon)
_EVENT33_FORWARD: tuple[tuple[str, str], ...] = (
    ("participant", r"\b(?:asistieron|asistio|participaron|participo|estuvieron presentes|attended|attending|took part|"
                    r"participated|were present)\b[^.;]{0,240};\s*(?:y |and )?(?P<c>(?:como|as) (?:(?:los |las |the )?"
                    r"(?:observador(?:es|as)|invitad[oa]s(?: especiales)?|organismos(?: internacionales| observadores)?|"
                    r"organizaciones(?: internacionales| observadoras)?|agencias|observers|guests|special guests|"
                    r"(?:international )?organi[sz]ations|agencies|bodies)))\s*,"),
)
_add_cues(forward=_EVENT33_FORWARD)


# round 34 (event32): who drafts the meeting's outcome document supports the meeting ("X prepared the draft
# declaration", "X drafted the final report", "X redactó el proyecto de declaración", "preparó el borrador de
# la declaración final"); a study or report presented stays a participant's
_add_cues(anchors="drafted|drafts|will draft|wrote|prepares|will prepare|preparo|prepararon|preparara|redacto|redactaron|"
                  "redactara|elaboro|elaboraron",
          backward=(
              ("supporter", r"\b(?:prepared|drafted|wrote|prepares|drafts|will prepare|will draft) the "
                            r"(?:draft|final|outcome) (?:declaration|report|document|conclusions|recommendations|"
                            r"communique|action plan)\b"),
              ("supporter", r"\b(?:preparo|prepararon|redacto|redactaron|elaboro|elaboraron|preparara|redactara) "
                            r"(?:el (?:proyecto|borrador) de(?: la)? (?:declaracion|informe|documento|conclusiones|"
                            r"recomendaciones|comunicado|plan de accion)|(?:la declaracion|el informe|el documento|"
                            r"el comunicado|las conclusiones) final(?:es)?)\b"),
          ))


# round 34 (event32): who receives the presidency (from the outgoing holder) and hosts, in one clause ("X received
# the Presidency Pro Tempore from Y and hosted the meeting", "X recibió de Y la Presidencia Pro Tempore y fue
# anfitriona de la reunión"): X hosts (Y, inside the phrase, only hands the office over)
_add_cues(anchors="recibio|received|took over|asumio|assumed", backward=(
    ("host", r"\b(?:received|assumed|took over|recibio|asumio) (?:de [^,.;]{1,40}? )?(?:the |la )?(?:presidency pro "
             r"tempore|pro tempore presidency|presidencia pro tempore)(?: from [^,.;]{1,40}?)?,? (?:and|y) "
             r"(?:(?:hosted|acogio)(?= (?:the|this|its|la|el|este|esta|su) )|fue (?:el |la )?anfitri(?:on|ona)\b|"
             r"fue (?:la )?sede\b)"),
))


# round 35 (event35): bodies that held their own sessions at the meeting ("The Network for X and the Network for Y
# held their own sessions on the first day", "las Redes de X y de Y celebraron sus propias sesiones"): they took part
# (a body's numbered meeting, "held its second meeting", stays another event: _OWN_NUMBERED)
_add_cues(anchors="held|hold|celebraron|celebro|sostuvieron|sostuvo|realizaron|realizo", backward=(
    ("participant", r"\b(?:held|hold|holds|will hold) (?:their|its) (?:own|parallel|separate) (?:sessions?|meetings?)\b"),
    ("participant", r"\b(?:celebraron|celebro|celebraran|sostuvieron|sostuvo|realizaron|realizo) (?:sus|su) "
                    r"(?:propias (?:sesiones|reuniones)|propia (?:sesion|reunion)|(?:sesiones|reuniones) (?:propias|"
                    r"paralelas)|(?:sesion|reunion) (?:propia|paralela))\b"),
))


# round 36 (listing36a): the event "put together by" its makers, as "organized by" ("The workshop was put together by
# X and Y"); and a body that offered to host this very event ("X has offered to host this seminar", "X se ofreció a
# ser sede de este taller") hosts it; "offered to host it" stays mentioned, "it" may be a later round (roles4)
_add_cues(anchors="put together|pulled together|offered to host|se ofrecio a|ha ofrecido", forward=(
    ("organizer", r"\b(?:put|pulled) together (?:jointly )?by\b"),
), backward=(
    ("host", r"\b(?:offered|offers|has offered|had offered|volunteered|has volunteered) to host this (?:event|"
             r"meeting|seminar|workshop|forum|course|training|session|conference|dialogue)\b"),
    ("host", r"\b(?:se ofrecio|se ofrecieron|se ha ofrecido|ha ofrecido|ofrecio|ofrecieron) (?:a |para )?"
             r"ser (?:la )?sede de (?:este|esta) (?:evento|reunion|seminario|taller|foro|curso|encuentro|sesion|"
             r"conferencia|dialogo)\b"),
))


# round 37 (country37): country pages' wordings. Who keeps the meeting's minutes or drafts its proceedings' report takes
# part ("The Executive Secretariat kept the minutes", "La Secretaría Técnica elaboró la relatoría"; a declaration's
# drafter stays a supporter, event32); a body invited to send people or to attend an announced event takes part
# ("X has been invited to send instructors", "Serán invitadas las autoridades de X y Y"); the future of the money and
# making verbs ("el Gobierno de X financiará el traslado", "el Ministerio, que lo organizará con Y"); the host by its
# gerund ("X closed its Presidency by hosting the meeting"); a body that attended represented by its member ("La CRM
# asistió como invitada, representada por Honduras"); who chaired the meeting's days of work coordinates it
_add_cues(anchors="oficio|oficiaron|kept|minutes|relatoria|invited|invitad|financiara|will fund|will finance|organizara|hosting|"
                  "represented|representad|days of work|jornadas|deliberations|deliberaciones|shared",
          backward=(
              ("participant", r"\b(?:kept|took|keeps|will keep|wrote|drafted|prepared) (?:the )?(?:minutes|"
                              r"rapporteur'?s report|summary record)\b"),
              ("participant", r"\b(?:elaboro|elaboraron|redacto|redactaron|preparo|prepararon|levanto|levantaron|"
                              r"llevo|llevaron|tomo|elaborara|redactara) (?:la relatoria|el acta|las actas|la memoria|"
                              r"la minuta)\b"),
              ("participant", r"\b(?:has|have|had) been invited to (?:send|attend|take part|participate|join|present|"
                              r"contribute|speak)\b|\b(?:ha|han|habia|habian) sido invitad[oa]s? a (?:enviar|asistir|"
                              r"participar|presentar|exponer)\b"),
              ("funder", r"\b(?:financiara|financiaran|cofinanciara|cofinanciaran|will fund|will finance|will co ?finance)"
                         r"\b(?! by| por)"),
              ("organizer", r"\bque (?:lo|la|los|las) (?:organiza|organizan|organizo|organizaron|organizara|organizaran)\b"),
              ("host", r"\b(?:oficio|oficiaron|acted|served|actuo|actuaron|fungio|fungieron) (?:as|como) (?:the )?"
                       r"(?:host|anfitri(?:on|ona|ones|onas))\b"),
              ("host", r"\b(?:by|when|while) hosting (?:the|this|its)\b|\b(?:al ser|siendo) (?:sede|anfitri(?:on|ona)) "
                       r"(?:de|del) (?:la|el|este|esta)\b"),
              ("participant", r"\bshared (?:how|what|the ways?|in what ways?)\b|\b(?:compartio|compartieron) "
                              r"(?:como|de que manera|la forma en que)\b"),
              ("coordinator", r"\b(?:chaired|chairs|will chair|presided over|presides over) (?:the|its|all(?: of)? the|"
                              r"all its) (?:[a-z]+ ){0,2}?(?:days? of (?:work|deliberations?)|proceedings|deliberations|"
                              r"working sessions)\b"),
              ("coordinator", r"\b(?:presidio|presidieron|presidira) (?:las|los|sus|todas las|todas sus) (?:[a-z]+ ){0,2}?"
                              r"(?:jornadas(?: de trabajo)?|deliberaciones|trabajos)\b"),
          ),
          forward=(
              ("participant", r"^\s*(?:seran|sera|fueron|fue|han sido|ha sido|estan|esta) invitad[oa]s?\b(?= (?:a |al |"
                              r"las |los |el |la ))(?: a participar| al (?:taller|evento|seminario|foro|curso))?"),
              ("organizer", r"\b(?:lo |la )?(?:organizara|organizaran) (?P<c>(?:(?:la|el|este|esta) [a-z]+ )?con\b"
                            + _NOT_HELP + ")"),
              ("participant", r"\b(?:attended|asistio|participo|took part)\b[^.;,]{0,40},\s*(?P<c>(?:represented|"
                              r"representad[oa]) (?:by|por))\b"),
          ))


# round 37 (event37): role cues in prose the country and event pages of sets 34-35 showed missing
# - who prepared the meeting's sessions organizes it ("the National Directorate (DNM) prepared the sessions",
#   "la DNM preparó las sesiones"); "prepared the report" stays no role
# - support given to the event's method ("UNICEF apoyó la metodología de los talleres")
# - who received the governments / delegations in a place hosts them ("La Argentina recibió en Buenos Aires a los
#   gobiernos de los otros países", "Peru welcomed the delegations in Lima")
# - the presidency given for a later term is the next holder's, named only ("Perú asumió la Presidencia Pro Tempore
#   para 2022", "the Presidency was entrusted to Peru for 2021"): mentioned, not a participant
# - who announced its payment or contribution at the meeting took part ("Chile y Perú anunciaron el pago anticipado")
# - who organized the meeting and chaired it coordinates it too ("X organized the workshop and chaired it")
_add_cues(anchors="prepar|apoy|recib|welcom|asumi|assum|took over|entrust|confiad|encomendad|anunci|announc|chair|presidi|"
                  "se sum|se uni|se conect|particip|acompan|accompan|joined|attended|dialog|"
                  "convers|sirvi|actu|fungi|ofici|grant|donation|funding|contribution|guided|showed|guio|guiaron|condujo|"
                  "condujeron|llevo|embass|consulat|mission|embajad|consulado|statement|declaration|message|declaracion|"
                  "mensaje|pronunciamiento|joined|represent|shared|presented|compartio|compartieron|presento|presentaron",
          backward=(
    ("organizer", r"\b(?:prepared|prepares|will prepare|preparo|prepararon|preparara) (?:the|its|las|los|la|el|sus|su) "
                  r"(?:sessions|sesiones|meeting|reunion|workshop|taller|encuentro|conference|conferencia|seminar|"
                  r"seminario|forum|foro)\b"),
    ("supporter", r"\b(?:apoyo|apoyaron|apoyara|apoyaran|apoya|apoyan) (?:la|el) (?:metodologia|diseno metodologico)\b"),
    ("host", r"\b(?:recibio|recibieron|recibe|reciben|recibira|recibiran) en [^,.;]{1,40}? a (?:las |los |todas las |"
             r"todos los )?(?:gobiernos|delegaciones|participantes|delegad[oa]s|asistentes|paises)\b"),
    ("host", r"\b(?:received|receives|will receive|welcomed|welcomes|will welcome) (?:the |all )?(?:governments|"
             r"delegations|delegates|participants) (?:of [^,.;]{1,60}? )?(?:in|to|at) (?!the (?:meeting|workshop|"
             r"conference|event)\b)"),
    # (not in a relative clause: "Peru, which received the Presidency Pro Tempore for 2023, presented its priorities")
    # (not "received": "Panamá recibió la Presidencia Pro Tempore para 2018" at the close is there, sets 31-32)
    ("mentioned", r"(?<!which\s)(?<!that\s)(?<!who\s)(?<!que\s)(?<!quien\s)(?<!cual\s)"
                  r"\b(?:asumio|assumed|took over) (?:la |the )?(?:presidencia pro tempore|"
                  r"pro tempore presidency|presidency pro tempore|presidency|presidencia) (?:para|for) (?:el |the )?"
                  r"(?:(?:ano|periodo|year|term|period) )?(?:\d{4})\b"),
    ("participant", r"\b(?:announced|announce|anunciaron|anuncio) (?:the |their |its |el |la |su |sus )?(?:advance |early "
                    r")?(?:payment|pago|aporte|contributions?|contribucion(?:es)?)(?: anticipad[oa])?\b"),
    ("coordinator", r"\b(?:organized|organised|hosted|convened) (?:the |this )?(?:[a-z]+ ){0,3}?(?P<c>(?:and|,) "
                    r"(?:also )?(?:chaired|presided over) it)\b"),
    ("coordinator", r"\b(?:organizo|convoco|acogio) (?:la|el) (?:[a-z]+ ){0,3}?(?P<c>y (?:la|lo) presidio)\b"),
    # who joined remotely took part ("Bolivia se sumó de forma remota", "Bolivia se conectó en línea")
    ("participant", r"\b(?:se sumo|se sumaron|se unio|se unieron|se conecto|se conectaron|participo|participaron) "
                    r"(?:de forma|de manera|en forma|en linea|virtualmente|a distancia|remotamente)\b"),
    # who accompanied the meeting or was present as a guest took part ("la Secretaría Técnica acompañó el taller como
    # invitada", "The troika of the SACM was present as a guest")
    ("participant", r"\b(?:acompano|acompanaron|accompanied|joined|attended) (?:el|la|the|this|este|esta) (?:[a-z]+ ){0,2}?"
                    r"(?:como|as) (?:an? )?(?:invitad[oa]s?|observador(?:a|es|as)?|guests?|observers?)\b"),
    # what a body shared or presented of its own guidance ("la PDD compartió la guía", "shared the guide")
    ("participant", r"\b(?:shared|presented) (?:the|its|their) (?:guide|guides|guidelines|manual|toolkit|study)\b"),
    ("participant", r"\b(?:compartio|compartieron|presento|presentaron) (?:la|las|el|su|sus) (?:guias?|manual|"
                    r"caja de herramientas|estudio)\b"),
    # who held a dialogue with the meeting's body took part ("el MINEX dialogó con la Red", "held a dialogue with")
    ("participant", r"\b(?:dialogo|dialogaron|converso|conversaron|held a dialogue|held dialogues) (?:con|with)\b"),
    # who guided the delegates through its site took part ("X guided the delegates through its operations centre",
    # "X guió a las delegaciones por su centro de operaciones")
    ("participant", r"\b(?:guided|led|took|showed) the (?:delegates|delegations|participants|visitors) (?:through|around|"
                    r"on a (?:visit|tour) (?:of|to))\b"),
    ("participant", r"\b(?:guio|guiaron|condujo|condujeron|llevo) a (?:los |las )?(?:delegad[oa]s|delegaciones|"
                    r"participantes|visitantes) (?:por|a traves de|en un recorrido por)\b"),
    # a country there through its mission ("and Venezuela through its consulate general", "y Venezuela a través de
    # su embajada"): it took part
    ("participant", r"\b(?:through|via|by way of) (?:its|their) (?:embassy|embassies|consulate|consulates|"
                    r"permanent mission|mission)\b"),
    ("participant", r"\b(?:a traves|por medio) de (?:su|sus) (?:embajadas?|consulados?|mision(?:es)? permanentes?)\b"),
    # who read or delivered a statement at the meeting took part ("X read a statement at the opening", "X leyó
    # una declaración en la apertura")
    ("participant", r"\b(?:read|reads|delivered|delivers|will read|will deliver) (?:a|the|its|their) (?:joint )?"
                    r"(?:statement|declaration|message)\b"),
    ("participant", r"\b(?:leyo|leyeron|pronuncio|pronunciaron|leera) (?:una|la|su|sus) (?:declaracion|mensaje|"
                    r"pronunciamiento)\b"),
), forward=(
    # who joined the meeting's people took part ("They were joined by Chile", "Se sumó a ellos Chile")
    ("participant", r"\b(?:they|it|the delegations|the participants) (?:were|was) (?:also |later )?joined by\b"),
    # the body a meeting's guest acts through ("The RCM attended as a guest, represented by El Salvador"): it took part
    # (not "represented by its Secretariat": a body's own office, sets 21 and 33 leave it out)
    ("participant", r"(?<=,)\s*(?:represented by|representad[oa]s? por)\b(?! (?:its|their|su|sus)\b)"),
    # the event's host put before it, the verb first: "Sirvió de anfitriona, en su sede, la Pastoral de ..."
    ("host", r"(?<!que\s)(?<!cual\s)\b(?:sirvio|sirvieron|actuo|actuaron|fungio|fungieron|oficio) (?:de|como) (?:el |la )?anfitri(?:onas|ones|ona|on)"
             r"(?:,? (?:en su sede|en sus oficinas|en sus instalaciones),?)?(?=,? (?:el|la|los|las) )"),
    # "The workshop also received a grant from X", "received a contribution from X for the publication"
    ("funder", r"\b(?:received|had|got) (?:also )?(?:a |an )?(?:financial contribution|grant|donation|funding) from\b"),
    ("funder", r"\b(?:received|had) (?:also )?a contribution from\b(?=[^.;]{1,60}?\bfor (?:the )?(?:publication|"
               r"printing|travel|costs|expenses|logistics)\b)"),
    ("mentioned", r"\b(?:the )?(?:presidency pro tempore|pro tempore presidency|presidency) (?:was|will be|is) "
                  r"(?:entrusted|handed|given|passed|assigned) to\b(?=[^.;]{1,60}?\bfor (?:the (?:year|term|period) )?\d{4}\b)"),
    ("mentioned", r"\b(?:la )?presidencia(?: pro tempore)? (?:fue|sera|es|quedo) (?:confiada|encomendada|entregada|"
                  r"asignada) a\b(?=[^.;]{1,60}?\bpara (?:el )?(?:(?:ano|periodo) )?\d{4}\b)"),
))
