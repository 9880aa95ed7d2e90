"""Issue 13 end to end: `rcpkg build` on pages written here (four layouts' worth of
date lines, English and Spanish), then `rcpkg query --file` shows each event's
dates with their evidence, and the build reports the numeric date it could not read."""

from __future__ import annotations

import csv
import io
import subprocess
import sys
from pathlib import Path

RCPKG = [sys.executable, "-m", "rcpkg"]

PAGES = {
    "rcmvs.org_en_events_labour-migration-workshop.txt": ("https://rcmvs.org/en/events/labour-migration-workshop",
                                                         "en", "event", """Skip to main content
Regional Workshop on Labour Migration
About the event:
The workshop gathers labour officials of the Member Countries.
March 30 - April 1, 2019
San José
Hotel Real Intercontinental
Coordinating institution: IOM
"""),
    "crmsv.org_es_eventos_taller-consular.txt": ("https://crmsv.org/es/eventos/taller-consular", "es", "event",
                                                 """Saltar al contenido principal
Taller sobre Protección Consular de Personas Migrantes
Acerca del evento:
El taller reúne a funcionarios consulares de los Países Miembros.
Martes, 5 de marzo de 2019 - 10:00 a 16:00
Tegucigalpa
Institución Coordinadora: OIM
"""),
    "crmsv.org_es_taxonomy_term_9.txt": ("https://crmsv.org/es/taxonomy/term/9", "es", "fields", """Eventos de la Red
Presentación de los resultados del III Foro sobre Migración y Salud
Ciudad
Managua
Fecha
05/03/2019 - 09:00
Acerca del evento
Una presentación de los resultados del foro.
Institución Coordinadora
OPS
III Foro sobre Migración y Salud
Ciudad
San José
Fecha
Del 30 de noviembre al 2 de diciembre de 2016
Acerca del evento
El foro regional sobre migración y salud.
Institución Coordinadora
OIM
"""),
    "rcmvs.org_en_taxonomy_term_12.txt": ("https://rcmvs.org/en/taxonomy/term/12", "en", "fields",
                                          """Events of the Network
Workshop on Consular Protection
City
Managua
Date
03/05/2019 - 09:00
About the event
A workshop.
Coordinating institution
IOM
Seminar on Labour Migration
City
San José
Date
5th of March 2019, 10:00
About the event
A seminar.
Coordinating institution
ILO
"""),
    "crmsv.org_events_page-9.txt": ("https://crmsv.org/events?page=9", "en", "listing", """Skip to main content
XXIV RCM XXIV RCM

According to the structure of the RCM, the meetings of the Liaison Officers Network for Consular Protection took place during the morning of June 26th, while the Regional Consultation Group on Migration (RCGM) met during the afternoon of the same day and on the 27th, before the Vice-Ministerial meeting which took place on June 28th, 2018.

Guatemala City
Follow-up to the XXI RCM agreements Follow-up to the XXI RCM agreements

A review of the agreements.
Wednesday, April 3, 2019 - 09:00 to Friday, April 5, 2019 - 17:00

Tegucigalpa
"""),
}

QUERY = """PREFIX schema: <https://schema.org/>
PREFIX rcp: <https://w3id.org/rcpkg/ontology#>
PREFIX oa: <http://www.w3.org/ns/oa#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?title ?start ?end ?edition (GROUP_CONCAT(DISTINCT ?quote; separator=" | ") AS ?evidence)
WHERE {
  ?event a rcp:Event ; rdfs:label ?title .
  OPTIONAL { ?event schema:startDate ?start ; schema:endDate ?end .
             ?ann oa:hasBody ?event ; rcp:evidenceFor schema:startDate ;
                  oa:hasTarget/oa:hasSelector/oa:exact ?quote . }
  OPTIONAL { ?event rcp:editionNumber ?edition }
}
GROUP BY ?title ?start ?end ?edition
ORDER BY ?title
"""


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([*RCPKG, *args], capture_output=True, text=True, timeout=600)


def test_build_then_query_shows_dates_as_stated(tmp_path: Path):
    src = tmp_path / "pages"
    src.mkdir()
    meta = ["pages:"]
    for name, (url, lang, layout, text) in PAGES.items():
        (src / name).write_text(text, encoding="utf-8")
        meta += [f"  - file: {name}", f"    url: {url}", f"    lang: {lang}", f"    layout: {layout}"]
    (src / "sources.yaml").write_text("\n".join(meta) + "\n", encoding="utf-8")
    store = tmp_path / "store"
    built = _run("build", "--sources", str(src), "--store", str(store), "--no-explorer")
    assert built.returncode == 0, built.stderr[-3000:]
    out = built.stdout + built.stderr
    assert "rcmvs.org_en_taxonomy_term_12.txt:5: date not understood" in out and "'03/05/2019'" in out
    (tmp_path / "dates.rq").write_text(QUERY, encoding="utf-8")
    done = _run("query", "--store", str(store), "--file", str(tmp_path / "dates.rq"), "--format", "csv")
    assert done.returncode == 0, done.stderr[-2000:]
    rows = {r["title"]: r for r in csv.DictReader(io.StringIO(done.stdout))}

    def got(title):
        r = rows[title]
        return r["start"], r["end"], r["edition"], set(filter(None, r["evidence"].split(" | ")))

    assert got("Regional Workshop on Labour Migration") == (
        "2019-03-30", "2019-04-01", "", {"March 30 - April 1, 2019"})
    assert got("Taller sobre Protección Consular de Personas Migrantes") == (
        "2019-03-05", "2019-03-05", "", {"Martes, 5 de marzo de 2019"})
    # a Spanish page reads day/month; the presentation of the III Forum's outcomes is no edition of it
    assert got("Presentación de los resultados del III Foro sobre Migración y Salud") == (
        "2019-03-05", "2019-03-05", "", {"05/03/2019"})
    assert got("III Foro sobre Migración y Salud") == (
        "2016-11-30", "2016-12-02", "3", {"Del 30 de noviembre al 2 de diciembre de 2016"})
    # an English page that gives no convention: no date (and the warning above)
    assert got("Workshop on Consular Protection") == ("", "", "", set())
    # a spelling the rules leave to dateparser
    assert got("Seminar on Labour Migration") == ("2019-03-05", "2019-03-05", "", {"5th of March 2019"})
    # the sequence's evidence is its day phrases, not the sentence naming the bodies
    assert got("XXIV RCM") == ("2018-06-26", "2018-06-28", "24", {"June 26th", "27th", "June 28th, 2018"})
    assert got("Follow-up to the XXI RCM agreements") == (
        "2019-04-03", "2019-04-05", "", {"Wednesday, April 3, 2019 - 09:00 to Friday, April 5, 2019"})
