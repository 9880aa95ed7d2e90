"""Namespaces. RCP is replaced by a DefinedNamespace generated from the ontology."""
from rdflib import Namespace
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, TIME, XSD

RCP = Namespace("https://w3id.org/rcpkg/ontology#")
ID = Namespace("https://w3id.org/rcpkg/id/")
SDO = Namespace("https://schema.org/")
ORG = Namespace("http://www.w3.org/ns/org#")
OA = Namespace("http://www.w3.org/ns/oa#")
GN = Namespace("https://www.geonames.org/ontology#")
