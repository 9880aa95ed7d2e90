"""A family head's every name (issue 13, round 23): the United Nations, known by "United Nations", "Naciones Unidas"
and "Organización de las Naciones Unidas", heads many longer known names; inside a longer name the reference does not
know, none of its names is the UN ("Organización de las Naciones Unidas para la Alimentación y la Agricultura" is
FAO's name; set 2 had read it as the UN organizing). Alone, each still names the UN."""

from __future__ import annotations

import pytest

from rcpkg.loaders.gazetteer import Gazetteer
from rcpkg.loaders.reference import load_reference
from rcpkg.resources import reference_dir


@pytest.fixture(scope="module")
def gaz():
    return Gazetteer.from_reference(load_reference(reference_dir()))


@pytest.mark.parametrize("text", [
    "La Organización de las Naciones Unidas para el Desarrollo Industrial (ONUDI) organizó el taller.",
    "The United Nations Office for Project Services (UNOPS) funded the course.",
    "Participó la Oficina de las Naciones Unidas de Servicios para Proyectos.",
])
def test_a_family_head_inside_a_longer_unknown_name_is_not_the_un(gaz, text):
    assert "un" not in {m.entity_id for m in gaz.find(text)}


@pytest.mark.parametrize("text", [
    "Participaron la OIM y la Organización de las Naciones Unidas.",
    "The United Nations and ECLAC took part.",
    "Asistieron representantes de Naciones Unidas.",
])
def test_the_un_alone_is_the_un(gaz, text):
    assert "un" in {m.entity_id for m in gaz.find(text)}
