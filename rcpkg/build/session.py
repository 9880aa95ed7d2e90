"""What one process keeps from build to build: the session.

Loading the reference data (its gazetteer and theme matcher compiled into a PageProcessor) and
compiling the shapes take seconds; a session keeps them while the fingerprint of the code,
ontology, shapes and reference data holds. `build()` starts a new session (as a new process
would) unless it is given one: `rcpkg build --watch` keeps one for all its rebuilds.
"""

from __future__ import annotations

from pathlib import Path

from rcpkg.shapes_cache import ShapesCache


class Session:
    """The reference data, the page processor and the compiled shapes of one process's builds."""

    def __init__(self) -> None:
        self.code: str | None = None  # the code fingerprint these were made under
        self.key: tuple[str, str] | None = None  # (reference folder, fingerprint) of `reference`
        self.reference = None
        self._processor = None
        self.shapes = ShapesCache()

    def warm(self, reference_dir: Path, fp: str, code: str):
        """The reference data, loaded once per reference folder and fingerprint."""
        from rcpkg.loaders.reference import load_reference

        if self.code != code:
            self.shapes.forget()  # the shapes or the ontology may have changed
        key = (str(Path(reference_dir).resolve()), fp)
        if self.key != key:
            self.reference = load_reference(reference_dir)
            self.key, self.code, self._processor = key, code, None
        return self.reference

    def processor(self, reference):
        """The PageProcessor of `reference` (built once for the session's reference data)."""
        from rcpkg.build.pages import PageProcessor

        if reference is not self.reference:
            return PageProcessor(reference)
        if self._processor is None:
            self._processor = PageProcessor(reference)
        return self._processor
