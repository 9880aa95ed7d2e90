"""GENERATED from ontology/rcpkg.ttl by `python -m rcpkg.namespaces --write`; do not edit."""

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace


class RCP(DefinedNamespace):
    """Terms of the rcpkg ontology <https://w3id.org/rcpkg/ontology#>."""

    _NS = Namespace("https://w3id.org/rcpkg/ontology#")
    _fail = True

    AdHocGroup: URIRef  # class: Ad hoc group
    Body: URIRef  # class: Body of a process
    Certainty: URIRef  # class: Certainty
    City: URIRef  # class: City
    CivilSocietyNetwork: URIRef  # class: Civil society network
    Conference: URIRef  # class: Conference
    Congress: URIRef  # class: Congress
    Consultation: URIRef  # class: Consultation
    ConsultationGroup: URIRef  # class: Consultation group
    ConsultativeProcess: URIRef  # class: Regional consultative process
    Convener: URIRef  # individual: Convener
    Coordinator: URIRef  # individual: Coordinator
    Country: URIRef  # class: Country
    EditionStatement: URIRef  # class: Edition statement
    Event: URIRef  # class: Event
    EventSeries: URIRef  # class: Event series
    ExtractedInstitution: URIRef  # class: Extracted institution (not yet curated)
    Forum: URIRef  # class: Forum
    FoundingMemberRole: URIRef  # individual: Founding member
    Funder: URIRef  # individual: Funder
    Government: URIRef  # class: Government
    Host: URIRef  # individual: Host
    Inferred: URIRef  # individual: Inferred
    Institution: URIRef  # class: Institution
    IntergovernmentalOrganization: URIRef  # class: Intergovernmental organization
    Involvement: URIRef  # class: Involvement
    InvolvementRole: URIRef  # class: Involvement role
    LiaisonOfficerNetwork: URIRef  # class: Liaison officer network
    Meeting: URIRef  # class: Meeting
    MemberRole: URIRef  # individual: Member
    Mentioned: URIRef  # individual: Mentioned
    MinisterialMeetingBody: URIRef  # class: Ministerial meeting (body)
    NationalMinistry: URIRef  # class: National ministry or agency
    Objective: URIRef  # class: Objective
    ObserverRole: URIRef  # individual: Observer
    OrganizationUnit: URIRef  # class: Organization unit
    Organizer: URIRef  # individual: Organizer
    Participant: URIRef  # individual: Participant
    PlenaryMeeting: URIRef  # class: Plenary meeting
    PresidencyHandover: URIRef  # class: Presidency handover
    PresidencyProTemporeRole: URIRef  # individual: Presidency pro tempore
    RegionalCoordinationMechanism: URIRef  # class: Regional coordination mechanism
    RegionalOrganization: URIRef  # class: Regional organization
    RelatedProcess: URIRef  # class: Related process
    Secretariat: URIRef  # class: Secretariat
    SecretariatRole: URIRef  # individual: Secretariat
    Section: URIRef  # class: Section
    Seminar: URIRef  # class: Seminar
    SourceDocument: URIRef  # class: Source document
    SourceStatement: URIRef  # class: Source statement
    StateLedInitiative: URIRef  # class: State-led initiative
    Supporter: URIRef  # individual: Supporter
    ThemeAssignment: URIRef  # class: Theme assignment
    Training: URIRef  # class: Training
    UNAgency: URIRef  # class: United Nations agency
    Uncertain: URIRef  # individual: Uncertain
    ViceMinisterialMeeting: URIRef  # class: Vice-ministerial meeting
    VirtualMeeting: URIRef  # class: Virtual meeting
    Webinar: URIRef  # class: Webinar
    WorkingGroup: URIRef  # class: Working group
    Workshop: URIRef  # class: Workshop
    about: URIRef  # object property: about
    acronym: URIRef  # datatype property: acronym
    agent: URIRef  # object property: agent
    atEvent: URIRef  # object property: at event
    buildId: URIRef  # datatype property: build id
    certainty: URIRef  # object property: certainty
    certaintyNote: URIRef  # datatype property: certainty note
    concernsCountry: URIRef  # object property: concerns country
    contentHash: URIRef  # datatype property: content hash
    convenedBy: URIRef  # object property: convened by
    coordinatedBy: URIRef  # object property: coordinated by
    country: URIRef  # object property: country
    editionNumber: URIRef  # datatype property: edition number
    event: URIRef  # object property: event
    evidenceFor: URIRef  # annotation property: evidence for
    fileName: URIRef  # datatype property: file name
    firstRecordedAt: URIRef  # object property: first recorded at
    fundedBy: URIRef  # object property: funded by
    handedOverBy: URIRef  # object property: handed over by
    handedOverTo: URIRef  # object property: handed over to
    hasObjective: URIRef  # object property: has objective
    hasParticipant: URIRef  # object property: has participant
    hasSection: URIRef  # object property: has section
    heading: URIRef  # datatype property: heading
    hostedBy: URIRef  # object property: hosted by
    involves: URIRef  # object property: involves
    layout: URIRef  # datatype property: layout
    mentions: URIRef  # object property: mentions
    motto: URIRef  # datatype property: motto
    objectiveType: URIRef  # datatype property: objective type
    organizedBy: URIRef  # object property: organized by
    presidencyOf: URIRef  # object property: presidency of
    qualifiedInvolvement: URIRef  # object property: qualified involvement
    qualifiedSubject: URIRef  # object property: qualified subject
    role: URIRef  # object property: role
    roleProperty: URIRef  # annotation property: role property
    seriesOf: URIRef  # object property: series of
    sha256: URIRef  # datatype property: SHA-256
    statedEnd: URIRef  # datatype property: stated end
    statedPlace: URIRef  # object property: stated place
    statedStart: URIRef  # datatype property: stated start
    statedYear: URIRef  # datatype property: stated year
    subtitle: URIRef  # datatype property: subtitle
    supportedBy: URIRef  # object property: supported by
    theme: URIRef  # object property: theme
    trigger: URIRef  # datatype property: trigger
    year: URIRef  # datatype property: year


# Lists that restate the ontology, generated with the class above (the hand-kept ones are
# checked against the ontology by tests/test_ontology_lists.py).

#: event kind key -> its class: every subclass of rcp:Event
EVENT_KINDS: dict[str, str] = {
    "conference": "Conference",
    "congress": "Congress",
    "consultation": "Consultation",
    "forum": "Forum",
    "meeting": "Meeting",
    "plenary-meeting": "PlenaryMeeting",
    "seminar": "Seminar",
    "training": "Training",
    "vice-ministerial-meeting": "ViceMinisterialMeeting",
    "virtual-meeting": "VirtualMeeting",
    "webinar": "Webinar",
    "workshop": "Workshop",
}

#: involvement role key -> its rcp:InvolvementRole individual
INVOLVEMENT_ROLES: dict[str, str] = {
    "convener": "Convener",
    "coordinator": "Coordinator",
    "funder": "Funder",
    "host": "Host",
    "mentioned": "Mentioned",
    "organizer": "Organizer",
    "participant": "Participant",
    "supporter": "Supporter",
}

#: membership role key -> its org:Role individual (in rcp:)
MEMBERSHIP_ROLES: dict[str, str] = {
    "founding-member": "FoundingMemberRole",
    "member": "MemberRole",
    "observer": "ObserverRole",
    "presidency-pro-tempore": "PresidencyProTemporeRole",
    "secretariat": "SecretariatRole",
}

#: rcp:Institution and every subclass of it
INSTITUTION_CLASSES: tuple[str, ...] = (
    "Institution",
    "AdHocGroup",
    "Body",
    "CivilSocietyNetwork",
    "ConsultationGroup",
    "ConsultativeProcess",
    "ExtractedInstitution",
    "Government",
    "IntergovernmentalOrganization",
    "LiaisonOfficerNetwork",
    "MinisterialMeetingBody",
    "NationalMinistry",
    "OrganizationUnit",
    "RegionalCoordinationMechanism",
    "RegionalOrganization",
    "RelatedProcess",
    "Secretariat",
    "StateLedInitiative",
    "UNAgency",
    "WorkingGroup",
)
