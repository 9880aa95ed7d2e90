"""Functions the extraction runs on every line and sentence, rewritten for speed: each is the same as
the plain definition it replaced, on any text (hypothesis)."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from rcpkg.loaders import roles
from rcpkg.loaders.folding import fold_text
from rcpkg.loaders.layouts import blocks


def _fold_keep_plain(text: str) -> str:
    if text.isascii():
        return text.lower()
    return "".join(ch.lower() if ch.isascii() else blocks._fold_char(ch) for ch in text)


@settings(max_examples=2000, deadline=None)
@given(st.text())
def test_fold_keep_is_the_per_character_fold_and_keeps_the_length(text):
    folded = blocks.fold_keep(text)
    assert folded == _fold_keep_plain(text)
    assert len(folded) == len(text)


def test_fold_keep_on_spanish_letters():
    assert blocks.fold_keep("Reunión de la OIM en Bogotá") == "reunion de la oim en bogota"
    assert blocks.fold_keep("ÁÉÍÓÚÑÜ") == "aeiounu"


def _is_footer_plain(text: str) -> bool:
    """blocks.is_footer before its cheap pre-tests (every regex tried on every line)."""
    t = blocks.clean(text)
    if blocks.FOOTER.match(t) or len(t) <= 200 and bool(blocks._RIGHTS.search(t) or blocks._SIGNATURE.fullmatch(t)):
        return True
    if len(t) <= 200 and blocks._CREDIT.fullmatch(t):
        return True
    stamped = blocks._STAMP.sub("stamp", t) if len(t) <= 200 else t
    return stamped != t and bool(blocks._SIGNATURE_STAMPED.fullmatch(stamped.strip(" ·|–—"))
                                 or blocks._CREDIT_STAMPED.fullmatch(stamped.strip(" ·|–—")))


def test_is_footer_agrees_with_every_regex_tried_on_every_fixture_line():
    from pathlib import Path

    lines = [line for f in sorted((Path(__file__).parent / "fixtures").rglob("*.txt"))
             for line in f.read_text(encoding="utf-8", errors="replace").split("\n")]
    assert len(lines) > 5_000
    assert [blocks.is_footer(x) for x in lines] == [_is_footer_plain(x) for x in lines]


_FOOTERISH = st.lists(st.sampled_from(["Secretaría Técnica", "Technical Secretariat", ":", " · ", " | ", " – ", " — ",
                                       "csm@example.org", "Last updated 02/05/2019", "Última actualización: 1/2/2020",
                                       "©", "Regional Conference on Migration", "San José", "2019", ".", " "]),
                      max_size=8).map("".join)


@settings(max_examples=2000, deadline=None)
@given(st.one_of(_FOOTERISH, st.text()))
def test_is_footer_agrees_with_every_regex_tried_on_generated_lines(text):
    assert blocks.is_footer(text) == _is_footer_plain(text)


def _iris_fold_plain(text: str) -> str:
    import unicodedata

    if text.isascii():
        return " ".join(text.lower().split())
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(stripped.casefold().split())


@settings(max_examples=2000, deadline=None)
@given(st.text())
def test_the_iri_fold_drops_every_combining_mark_as_the_per_character_fold(text):
    from rcpkg.iris import fold

    assert fold(text) == _iris_fold_plain(text)


@settings(max_examples=500, deadline=None)
@given(st.text())
def test_control_characters_are_counted_as_before(text):
    from rcpkg.loaders.pages import _CONTROLS

    plain = sum(1 for c in text if (ord(c) < 32 and c not in "\t\n\r\f") or 0x7f <= ord(c) < 0xa0)
    assert len(_CONTROLS.findall(text)) == plain


def _stems_plain(folded: str) -> list[str]:
    """roles.find_cues's stem test before the trigram index: every stem tried on the text."""
    _, by_stem, _, _, _ = roles._cue_index()
    return sorted(stem for stem in by_stem if stem in folded)


def _stems_indexed(folded: str) -> list[str]:
    _, _, _, by_head, heads = roles._cue_index()
    return sorted(roles._stems_in(folded, by_head, heads))


_STEMS = sorted(roles._cue_index()[1])


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(_STEMS), st.text(alphabet="abcdeinorstu ,.", max_size=6)), max_size=12))
def test_the_stems_a_text_holds_are_those_every_stem_tried_finds(parts):
    folded = "".join(parts)
    assert _stems_indexed(folded) == _stems_plain(folded)


def test_the_stems_of_every_fixture_line_are_those_every_stem_tried_finds():
    for path in sorted((Path(__file__).parent / "fixtures").rglob("*.txt")):
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
            folded = fold_text(line)
            assert _stems_indexed(folded) == _stems_plain(folded), (path.name, line)


def test_a_stem_shorter_than_three_characters_is_tried_on_every_text():
    _, by_stem, _, by_head, heads = roles._cue_index()
    assert by_head.get("", []) == [s for s in by_stem if len(s) < 3]
    assert roles._stems_in("x de y", {"": ["de"], **by_head}, heads) == ["de"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.text(max_size=40), min_size=1, max_size=8))
def test_a_kept_fold_is_the_fold(texts):
    from rcpkg.loaders import folding

    for text in texts + texts:  # the second time from the kept folds
        assert folding.fold_text(text) == text.translate(folding._TABLE)
    folding.forget()
    assert not folding._FOLDED


def test_each_page_of_a_build_folds_its_own_text():
    """The kept folds are dropped before each page: what a page reads was folded on that page."""
    from rcpkg.build.pages import PageProcessor
    from rcpkg.build.report import BuildReport, PageReport, Timer
    from rcpkg.loaders import folding
    from rcpkg.loaders.pages import load_metadata
    from rcpkg.loaders.reference import load_reference
    from rcpkg.resources import reference_dir

    src = Path(__file__).parent / "fixtures" / "heldout15"
    meta = load_metadata(src)
    processor = PageProcessor(load_reference(reference_dir()))
    timer = Timer(BuildReport(store="", sources=str(src)))
    before = ""
    for name in sorted(meta)[:4]:
        processor.process(src / name, meta[name], PageReport(file=name), timer)
        page = (src / name).read_text(encoding="utf-8")
        kept = [t for t in folding._FOLDED if len(t) > 40]
        assert kept, name
        assert not [t for t in kept if t in before and t not in page], name  # nothing of the page before
        before = page


def _is_caps_heading_plain(line: str) -> bool:
    """sentences._is_caps_heading before its pre-test (every letter looked at)."""
    from rcpkg.loaders import sentences

    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 3 and not any(c.islower() for c in letters) and len(line) <= 80 \
        and not sentences._field_line(line)


@settings(max_examples=1500, deadline=None)
@given(st.text(alphabet=st.sampled_from("ABCÉÑabcéñ :-—ªº1"), max_size=90))
def test_a_caps_heading_is_read_as_before(line):
    from rcpkg.loaders import sentences

    assert sentences._is_caps_heading(line) == _is_caps_heading_plain(line)
