"""A title about another meeting has no kind of its own (`rcpkg.loaders.kinds`)."""

from __future__ import annotations

import pytest

from rcpkg.loaders.kinds import detect_kind


@pytest.mark.parametrize("title", [
    "Presentation of the outcomes of the III Forum on Migration and Health",
    "Follow-up to the XXI RCM agreements",
    "Seguimiento a los acuerdos de la XXI CRM",
    "Lanzamiento del informe del Foro Regional sobre Migración Laboral",
    "Results of the Regional Workshop on Labour Migration",
])
def test_a_title_about_another_meeting_has_no_kind(title):
    assert detect_kind(title) is None


@pytest.mark.parametrize("title,kind", [
    ("III Forum on Migration and Health", "forum"),
    ("Workshop on the presentation of consular tools", "workshop"),
    ("Follow-up meeting of the Regional Consultation Group", "meeting"),
    ("Reunión de Seguimiento del Grupo Ad Hoc", "meeting"),
    ("XXI RCM", "vice-ministerial-meeting"),
])
def test_a_meeting_named_first_keeps_its_kind(title, kind):
    assert detect_kind(title).kind == kind
